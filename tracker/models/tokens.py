"""API tokens: issued to a user, shown once, stored only as a digest; revocable by the user, expirable by an admin."""
import hashlib
import secrets
from datetime import timedelta

from django.conf import settings
from django.db import models
from django.utils import timezone
from django.utils.translation import gettext_lazy as _


def digest_of(key):
    return hashlib.sha256(key.encode()).hexdigest()


class ApiTokenQuerySet(models.QuerySet):
    def usable(self, now=None):
        now = now or timezone.now()
        return self.filter(revoked_at__isnull=True).filter(models.Q(expires_at__isnull=True) | models.Q(expires_at__gt=now))


class ApiToken(models.Model):
    """A bearer token for the REST API (`Authorization: Token <key>`).

    The key itself is never stored: a database dump gives nobody access. `prefix` lets a user tell tokens apart.
    """

    user = models.ForeignKey(settings.AUTH_USER_MODEL, on_delete=models.CASCADE, related_name="api_tokens",
                             verbose_name=_("用户"))
    name = models.CharField(_("名称"), max_length=100, blank=True)
    prefix = models.CharField(_("前缀"), max_length=8, editable=False)
    key_digest = models.CharField(max_length=64, unique=True, editable=False)
    created_at = models.DateTimeField(_("创建时间"), auto_now_add=True)
    last_used_at = models.DateTimeField(_("最近使用"), null=True, blank=True, editable=False)
    expires_at = models.DateTimeField(_("过期时间"), null=True, blank=True,
                                      help_text=_("到期后令牌失效；管理员可改早以立即让它失效。"))
    revoked_at = models.DateTimeField(_("吊销时间"), null=True, blank=True, editable=False)

    objects = ApiTokenQuerySet.as_manager()

    class Meta:
        verbose_name = _("API 令牌")
        verbose_name_plural = _("API 令牌")
        ordering = ["-created_at"]

    def __str__(self):
        return f"{self.prefix}… ({self.user})"

    @classmethod
    def issue(cls, user, name="", ttl_days=None):
        """Create a token; returns (token, key). The key is shown to the user once and never again."""
        key = secrets.token_urlsafe(30)
        ttl_days = settings.API_TOKEN_TTL_DAYS if ttl_days is None else ttl_days
        expires_at = timezone.now() + timedelta(days=ttl_days) if ttl_days > 0 else None
        token = cls.objects.create(user=user, name=name[:100], prefix=key[:8], key_digest=digest_of(key),
                                   expires_at=expires_at)
        return token, key

    @classmethod
    def authenticate(cls, key):
        """The usable token for `key`, or None (unknown, revoked, expired or inactive user)."""
        token = (cls.objects.usable().select_related("user").filter(key_digest=digest_of(key)).first()
                 if key else None)
        if token is None or not token.user.is_active:
            return None
        now = timezone.now()
        # One write per token per minute at most: a busy client must not turn every read into a write.
        if token.last_used_at is None or now - token.last_used_at > timedelta(minutes=1):
            cls.objects.filter(pk=token.pk).update(last_used_at=now)
        return token

    @property
    def state(self):
        if self.revoked_at:
            return "revoked"
        if self.expires_at and self.expires_at <= timezone.now():
            return "expired"
        return "active"

    def get_state_display(self):
        return {"revoked": "已吊销", "expired": "已过期", "active": "有效"}[self.state]

    def revoke(self):
        if self.revoked_at is None:
            self.revoked_at = timezone.now()
            self.save(update_fields=["revoked_at"])
