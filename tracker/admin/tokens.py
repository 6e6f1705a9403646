"""API tokens in admin: see every token, expire one now or change when it expires; keys are never shown."""
from django.contrib import admin, messages
from django.utils import timezone
from django.utils.translation import gettext_lazy as _
from rest_framework.authtoken.models import TokenProxy

from ..models import ApiToken

# DRF's own token table only holds keys from before ApiToken (carried over by migration 0011): not a second list.
if admin.site.is_registered(TokenProxy):
    admin.site.unregister(TokenProxy)


@admin.register(ApiToken)
class ApiTokenAdmin(admin.ModelAdmin):
    list_display = ["prefix", "user", "name", "created_at", "last_used_at", "expires_at", "state_display"]
    list_filter = ["revoked_at", "expires_at"]
    search_fields = ["user__username", "user__email", "name", "prefix"]
    autocomplete_fields = ["user"]
    readonly_fields = ["user", "prefix", "created_at", "last_used_at", "revoked_at"]
    fields = ["user", "name", "prefix", "created_at", "last_used_at", "expires_at", "revoked_at"]
    actions = ["expire_now"]

    def has_add_permission(self, request):
        return False  # tokens are issued to their user (account page or /api/token/), who sees the key once

    @admin.display(description=_("状态"))
    def state_display(self, token):
        return token.get_state_display()

    @admin.action(description=_("立即过期所选令牌"))
    def expire_now(self, request, queryset):
        now = timezone.now()
        count = queryset.filter(revoked_at__isnull=True).exclude(expires_at__lte=now).update(expires_at=now)
        self.message_user(request, _("%(count)d 个令牌已过期。") % {"count": count}, messages.SUCCESS)
