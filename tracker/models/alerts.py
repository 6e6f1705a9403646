"""Deadline alerts: what each user watches, and the ledger that makes every reminder go out exactly once.

The ledger (ReminderDelivery, Digest) is the source of truth for "was this reminder sent?". The scan
(tracker.alerts.scan) inserts due rows in bulk; a unique constraint makes concurrent scans harmless;
the send tasks claim a row with a conditional UPDATE before talking to SMTP. See tracker/alerts/delivery.py
for the crash-window policy.
"""
import secrets

from django.conf import settings
from django.core.exceptions import ValidationError
from django.db import models
from django.db.models import Q
from django.utils.translation import gettext_lazy as _

from companies.models import Company, TimeStampedModel

from ..choices import Measure

DEFAULT_REMINDER_DAYS = [30, 7, 3, 1, 0]
MAX_REMINDER_DAYS = 366
# A reminder "offset" is days before the due date; the overdue reminder is stored as -1 (the day after).
OVERDUE_OFFSET = -1


def new_token():
    return secrets.token_urlsafe(24)


def default_reminder_days():
    return list(DEFAULT_REMINDER_DAYS)


def validate_reminder_days(value):
    if not isinstance(value, list) or not value:
        raise ValidationError("请至少填写一个提醒天数。")
    for day in value:
        if not isinstance(day, int) or isinstance(day, bool) or not 0 <= day <= MAX_REMINDER_DAYS:
            raise ValidationError(f"提醒天数必须是 0 到 {MAX_REMINDER_DAYS} 之间的整数。")
    if len(set(value)) != len(value):
        raise ValidationError("提醒天数不能重复。")


def validate_measures(value):
    valid = set(Measure.values)
    if not isinstance(value, list) or any(item not in valid for item in value):
        raise ValidationError("包含未知的监管措施。")


class DeliveryMode(models.TextChoices):
    EACH = "each", _("每次提醒一封邮件")
    DIGEST = "digest", _("每日汇总")


class DeliveryStatus(models.TextChoices):
    PENDING = "pending", _("待发送")
    SENDING = "sending", _("发送中")
    SENT = "sent", _("已发送")
    FAILED = "failed", _("发送失败")
    # The worker died after handing the message to SMTP and before recording the result: see delivery.py.
    UNCERTAIN = "uncertain", _("结果不明（未自动重发）")
    CANCELLED = "cancelled", _("已取消")
    SUPERSEDED = "superseded", _("被更近的提醒取代")


class SubscriptionQuerySet(models.QuerySet):
    def deliverable(self):
        """Active subscriptions of active users who have an email address."""
        return self.filter(active=True, user__is_active=True).exclude(user__email="")


class Subscription(TimeStampedModel):
    """What one user watches, when to remind them, and how.

    A deadline is watched when `watch_all` is set, or its company is chosen, or its measure / violation
    type (from its action or the actions of its case) is chosen, or the saved search finds it (see
    tracker.filters.saved_search_deadline_filter): any match counts. A user may keep several
    subscriptions; the ledger still sends one reminder per deadline, reminder day and user.
    """

    user = models.ForeignKey(settings.AUTH_USER_MODEL, on_delete=models.CASCADE, related_name="alert_subscriptions",
                             verbose_name=_("用户"))
    name = models.CharField(_("名称"), max_length=100, default="截止日期提醒")
    watch_all = models.BooleanField(_("关注全部截止日期"), default=False)
    companies = models.ManyToManyField(Company, blank=True, related_name="alert_subscriptions", verbose_name=_("公司"))
    measures = models.JSONField(_("监管措施"), default=list, blank=True, validators=[validate_measures],
                                help_text=_("监管措施代码列表，例如 rectification_order。"))
    violation_types = models.ManyToManyField("tracker.ViolationType", blank=True, related_name="alert_subscriptions",
                                             verbose_name=_("违规类型"))
    saved_search = models.ForeignKey("tracker.SavedSearch", on_delete=models.CASCADE, null=True, blank=True,
                                     related_name="subscriptions", verbose_name=_("保存的搜索"),
                                     help_text=_("关注该搜索结果所涉及的截止日期。"))
    reminder_days = models.JSONField(_("提前提醒天数"), default=default_reminder_days,
                                     validators=[validate_reminder_days], help_text=_("0 表示到期当天。"))
    remind_overdue = models.BooleanField(_("逾期后提醒一次"), default=True)
    delivery = models.CharField(_("发送方式"), max_length=8, choices=DeliveryMode.choices, default=DeliveryMode.EACH)
    active = models.BooleanField(_("启用"), default=True)
    # Secret for the one-click unsubscribe link: whoever holds the email may stop it, nothing more.
    unsubscribe_token = models.CharField(_("退订令牌"), max_length=64, unique=True, default=new_token, editable=False)

    objects = SubscriptionQuerySet.as_manager()

    class Meta:
        verbose_name = _("提醒订阅")
        verbose_name_plural = _("提醒订阅")
        ordering = ["user", "id"]
        indexes = [models.Index(fields=["active", "updated_at"], name="subscription_updated_idx")]

    def __str__(self):
        return f"{self.user} · {self.name}"

    @property
    def offsets(self):
        """Reminder offsets in days, most distant first; -1 stands for the overdue reminder."""
        days = sorted(set(self.reminder_days or []), reverse=True)
        return days + ([OVERDUE_OFFSET] if self.remind_overdue else [])

    def get_measures_display(self):
        labels = dict(Measure.choices)
        return "、".join(str(labels.get(code, code)) for code in self.measures)

    def clean(self):
        if self.reminder_days:
            self.reminder_days = sorted(set(self.reminder_days), reverse=True)


class CalendarFeed(TimeStampedModel):
    """A user's private iCalendar feed of the deadlines they watch; the token in the URL is the only key."""

    user = models.OneToOneField(settings.AUTH_USER_MODEL, on_delete=models.CASCADE, related_name="calendar_feed",
                                verbose_name=_("用户"))
    token = models.CharField(_("令牌"), max_length=64, unique=True, default=new_token)

    class Meta:
        verbose_name = _("日历订阅")
        verbose_name_plural = _("日历订阅")

    def __str__(self):
        return f"{self.user} 的日历"

    @classmethod
    def for_user(cls, user):
        return cls.objects.get_or_create(user=user)[0]

    def regenerate(self):
        self.token = new_token()
        self.save(update_fields=["token", "updated_at"])


class ClaimableQuerySet(models.QuerySet):
    def claimable(self, stale_before):
        """Rows a send task may take: pending, or claimed by a worker that died before it reached SMTP."""
        return self.filter(
            Q(status=DeliveryStatus.PENDING)
            | Q(status=DeliveryStatus.SENDING, handed_over_at__isnull=True, claimed_at__lt=stale_before)
        )


class DeliveryAttempt(TimeStampedModel):
    """Fields both ledgers share: the claim/send/retry state machine of one email."""

    status = models.CharField(_("状态"), max_length=12, choices=DeliveryStatus.choices, default=DeliveryStatus.PENDING)
    attempts = models.PositiveSmallIntegerField(_("尝试次数"), default=0)
    last_error = models.TextField(_("最近错误"), blank=True)
    queued_at = models.DateTimeField(_("入队时间"), null=True, blank=True)
    not_before = models.DateTimeField(_("下次尝试不早于"), null=True, blank=True)
    claimed_at = models.DateTimeField(_("认领时间"), null=True, blank=True)
    handed_over_at = models.DateTimeField(_("交给SMTP时间"), null=True, blank=True)
    sent_at = models.DateTimeField(_("发送时间"), null=True, blank=True)
    message_id = models.CharField("Message-ID", max_length=200, blank=True)

    objects = ClaimableQuerySet.as_manager()

    class Meta:
        abstract = True


class Digest(DeliveryAttempt):
    """One daily digest email of one subscription; unique per day so a doubled beat sends it once."""

    subscription = models.ForeignKey(Subscription, on_delete=models.CASCADE, related_name="digests",
                                     verbose_name=_("订阅"))
    digest_date = models.DateField(_("汇总日期"))

    class Meta:
        verbose_name = _("每日汇总邮件")
        verbose_name_plural = _("每日汇总邮件")
        ordering = ["-digest_date", "-id"]
        constraints = [
            models.UniqueConstraint(fields=["subscription", "digest_date"], name="digest_once_per_day"),
        ]
        indexes = [models.Index(fields=["status", "digest_date"], name="digest_status_date_idx")]

    def __str__(self):
        return f"{self.subscription} · {self.digest_date}"


class ReminderDelivery(DeliveryAttempt):
    """One reminder of one deadline for one recipient: the row that says whether it went out.

    `for_due_date` is part of the key: when a deadline is extended its reminders start again for the new date,
    while everything already sent for the old date stays on record.
    """

    # No separate FK indexes: the unique key leads with deadline, an index below with user (fewer index writes
    # when a scan inserts tens of thousands of rows).
    deadline = models.ForeignKey("tracker.Deadline", on_delete=models.CASCADE, related_name="reminder_deliveries",
                                 verbose_name=_("截止日期"), db_index=False)
    user = models.ForeignKey(settings.AUTH_USER_MODEL, on_delete=models.CASCADE, related_name="reminder_deliveries",
                             verbose_name=_("收件人"), db_index=False)
    subscription = models.ForeignKey(Subscription, on_delete=models.SET_NULL, null=True, blank=True,
                                     related_name="deliveries", verbose_name=_("订阅"))
    for_due_date = models.DateField(_("对应截止日期"))
    offset_days = models.SmallIntegerField(_("提前天数"), help_text=_("-1 表示逾期提醒。"))
    remind_on = models.DateField(_("提醒日期"))
    mode = models.CharField(_("发送方式"), max_length=8, choices=DeliveryMode.choices, default=DeliveryMode.EACH)
    digest = models.ForeignKey(Digest, on_delete=models.SET_NULL, null=True, blank=True, related_name="deliveries",
                               verbose_name=_("所属汇总"))

    class Meta:
        verbose_name = _("提醒发送记录")
        verbose_name_plural = _("提醒发送记录")
        ordering = ["-remind_on", "-id"]
        constraints = [
            models.UniqueConstraint(fields=["deadline", "user", "for_due_date", "offset_days"],
                                    name="reminder_once_per_deadline_user_offset"),
        ]
        indexes = [
            models.Index(fields=["status", "mode", "remind_on"], name="reminder_status_mode_idx"),
            models.Index(fields=["user", "status"], name="reminder_user_status_idx"),
        ]

    def __str__(self):
        return f"{self.deadline_id} → {self.user} · {self.reminder_label}"

    @property
    def reminder_label(self):
        if self.offset_days == OVERDUE_OFFSET:
            return "逾期提醒"
        if self.offset_days == 0:
            return "到期当天提醒"
        return f"提前{self.offset_days}天提醒"


class ReminderScan(TimeStampedModel):
    """One run of the reminder scan. The latest finished run is the watermark of the next one."""

    started_at = models.DateTimeField(_("开始时间"))
    scan_date = models.DateField(_("扫描日期"))
    finished_at = models.DateTimeField(_("完成时间"), null=True, blank=True)
    full = models.BooleanField(_("全量扫描"), default=False)
    created_count = models.PositiveIntegerField(_("新建提醒"), default=0)
    superseded_count = models.PositiveIntegerField(_("被取代"), default=0)
    enqueued_count = models.PositiveIntegerField(_("入队"), default=0)

    class Meta:
        verbose_name = _("提醒扫描")
        verbose_name_plural = _("提醒扫描")
        ordering = ["-started_at"]
        indexes = [models.Index(fields=["-started_at"], name="reminderscan_started_idx")]

    def __str__(self):
        return f"{self.started_at:%Y-%m-%d %H:%M:%S}"
