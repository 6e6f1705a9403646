"""Admin for alerts: everyone's subscriptions, the delivery ledger (failed rows stand out), the scans."""
from django import forms
from django.contrib import admin, messages
from django.utils.html import format_html

from ..alerts import delivery
from ..alerts.forms import ReminderDaysField
from ..alerts.statutory import propose_statutory_chain
from ..choices import Measure
from ..models import CalendarFeed, DeliveryStatus, Digest, ReminderDelivery, ReminderScan, Subscription
from ..models.alerts import DEFAULT_REMINDER_DAYS

STATUS_COLOURS = {
    DeliveryStatus.FAILED: "#b42318",
    DeliveryStatus.UNCERTAIN: "#b54708",
    DeliveryStatus.SENT: "#027a48",
}


def status_badge(obj):
    colour = STATUS_COLOURS.get(obj.status)
    label = obj.get_status_display()
    return format_html('<strong style="color:{}">{}</strong>', colour, label) if colour else label


class SubscriptionAdminForm(forms.ModelForm):
    reminder_days = ReminderDaysField(label="提前提醒天数", initial=DEFAULT_REMINDER_DAYS,
                                      help_text="以逗号分隔，0 表示到期当天。")
    measures = forms.MultipleChoiceField(label="监管措施", choices=Measure.choices, required=False,
                                         widget=forms.CheckboxSelectMultiple)


@admin.register(Subscription)
class SubscriptionAdmin(admin.ModelAdmin):
    form = SubscriptionAdminForm
    list_display = ["user", "name", "watch_all", "delivery", "reminder_days", "remind_overdue", "active", "updated_at"]
    list_filter = ["active", "delivery", "watch_all"]
    search_fields = ["user__username", "user__email", "name"]
    autocomplete_fields = ["user", "companies", "violation_types"]
    raw_id_fields = ["saved_search"]
    filter_horizontal = ["violation_types"]
    readonly_fields = ["unsubscribe_token", "created_at", "updated_at"]
    actions = ["deactivate"]

    @admin.action(description="停用所选订阅")
    def deactivate(self, request, queryset):
        # Saved one by one: the post_save signal drops their unsent reminders.
        count = 0
        for subscription in queryset.filter(active=True):
            subscription.active = False
            subscription.save(update_fields=["active", "updated_at"])
            count += 1
        self.message_user(request, f"已停用 {count} 个订阅。", messages.SUCCESS)


class DeliveryAdminMixin:
    list_filter = ["status"]
    readonly_fields = ["status", "attempts", "last_error", "queued_at", "not_before", "claimed_at", "handed_over_at",
                       "sent_at", "message_id", "created_at", "updated_at"]
    actions = ["resend"]

    @admin.display(description="状态", ordering="status")
    def status_display(self, obj):
        return status_badge(obj)

    @admin.action(description="重新发送（发送失败或结果不明的）")
    def resend(self, request, queryset):
        from .. import tasks

        ids = list(queryset.filter(status__in=[DeliveryStatus.FAILED, DeliveryStatus.UNCERTAIN])
                   .values_list("pk", flat=True))
        delivery.resend(self.model, ids)
        task = tasks.send_reminder if self.model is ReminderDelivery else tasks.send_digest
        tasks.enqueue(task, ids)
        self.message_user(request, f"已重新排队 {len(ids)} 封邮件。", messages.SUCCESS)

    def has_add_permission(self, request):
        return False


@admin.register(ReminderDelivery)
class ReminderDeliveryAdmin(DeliveryAdminMixin, admin.ModelAdmin):
    list_display = ["deadline", "user", "offset_days", "remind_on", "mode", "status_display", "attempts", "sent_at",
                    "last_error"]
    list_filter = ["status", "mode", "offset_days", "remind_on"]
    search_fields = ["user__username", "user__email", "deadline__obligation"]
    list_select_related = ["deadline__company", "user"]
    raw_id_fields = ["deadline", "user", "subscription", "digest"]
    readonly_fields = [*DeliveryAdminMixin.readonly_fields, "for_due_date", "offset_days", "remind_on", "mode"]
    date_hierarchy = "remind_on"

    def get_queryset(self, request):
        return super().get_queryset(request).prefetch_related("deadline__company__names")


@admin.register(Digest)
class DigestAdmin(DeliveryAdminMixin, admin.ModelAdmin):
    list_display = ["subscription", "digest_date", "status_display", "attempts", "sent_at", "last_error"]
    list_filter = ["status", "digest_date"]
    search_fields = ["subscription__user__username", "subscription__user__email"]
    raw_id_fields = ["subscription"]
    readonly_fields = [*DeliveryAdminMixin.readonly_fields, "digest_date"]


@admin.register(ReminderScan)
class ReminderScanAdmin(admin.ModelAdmin):
    list_display = ["started_at", "finished_at", "scan_date", "full", "created_count", "superseded_count",
                    "enqueued_count"]
    list_filter = ["full"]

    def has_add_permission(self, request):
        return False

    def has_change_permission(self, request, obj=None):
        return False


@admin.register(CalendarFeed)
class CalendarFeedAdmin(admin.ModelAdmin):
    list_display = ["user", "updated_at"]
    search_fields = ["user__username"]
    autocomplete_fields = ["user"]
    readonly_fields = ["token"]


@admin.action(description="按法定流程推算后续截止日期（停牌、*ST、终止上市）")
def propose_statutory_chain_action(modeladmin, request, queryset):
    """For DeadlineAdmin.actions (the lead's admin): run the statutory chain over the selected deadlines."""
    proposed = 0
    for deadline in queryset.select_related("case", "action"):
        proposed += len(propose_statutory_chain(deadline))
    modeladmin.message_user(request, f"已检查所选截止日期，当前后续截止日期共 {proposed} 个。", messages.SUCCESS)
