"""Admin for the core records: sources and citations, issuers, enforcement actions, cases, deadlines."""
from django.contrib import admin, messages
from django.contrib.contenttypes.admin import GenericTabularInline
from django.db import models
from django.db.models import Count, Prefetch
from django.utils import timezone
from django.utils.html import format_html

from companies.admin import CompanySearchMixin, StatusChangeAdmin
from companies.history import HistoryAdmin
from companies.models import CompanyName, StatusChange

from ..choices import DeadlineStatus
from ..models import (
    ActionTarget,
    Citation,
    Deadline,
    EnforcementAction,
    FundOccupationCase,
    Issuer,
    Repayment,
    Source,
    ViolationType,
)

COMPANY_NAMES = Prefetch("company__names", queryset=CompanyName.objects.order_by("-valid_from"))


class CitationInline(GenericTabularInline):
    model = Citation
    extra = 0
    fields = ["source", "passage"]
    autocomplete_fields = ["source"]
    verbose_name = "来源引用"
    verbose_name_plural = "来源引用"


# Status changes live in `companies`, which must not import tracker; the citation inline is added here.
admin.site.unregister(StatusChange)


@admin.register(StatusChange)
class StatusChangeWithSourcesAdmin(StatusChangeAdmin):
    inlines = [*StatusChangeAdmin.inlines, CitationInline]


@admin.register(Source)
class SourceAdmin(HistoryAdmin):
    list_display = ["title", "publication", "published_on", "kind", "citation_count"]
    list_filter = ["kind", "publication"]
    date_hierarchy = "published_on"
    search_fields = ["title", "publication", "url", "text"]
    readonly_fields = ["text_hash", "created_at", "updated_at"]
    # A URL typed without a scheme is https (Django 6's default, chosen now).
    formfield_overrides = {models.URLField: {"assume_scheme": "https"}}

    def get_queryset(self, request):
        return super().get_queryset(request).annotate(num_citations=Count("citations"))

    @admin.display(description="引用数", ordering="num_citations")
    def citation_count(self, obj):
        return obj.num_citations


@admin.register(Citation)
class CitationAdmin(admin.ModelAdmin):
    list_display = ["source", "content_type", "object_id", "record_link", "short_passage"]
    list_filter = ["content_type"]
    search_fields = ["passage", "source__title"]
    autocomplete_fields = ["source"]
    list_select_related = ["source", "content_type"]

    @admin.display(description="记录")
    def record_link(self, obj):
        url = f"../../{obj.content_type.app_label}/{obj.content_type.model}/{obj.object_id}/change/"
        return format_html('<a href="{}">{}#{}</a>', url, obj.content_type.name, obj.object_id)

    @admin.display(description="依据段落")
    def short_passage(self, obj):
        return obj.passage[:60]


@admin.register(Issuer)
class IssuerAdmin(HistoryAdmin):
    list_display = ["name", "kind", "aliases"]
    list_filter = ["kind"]
    search_fields = ["name", "aliases"]


@admin.register(ViolationType)
class ViolationTypeAdmin(admin.ModelAdmin):
    list_display = ["code", "name"]
    search_fields = ["code", "name"]


class ActionTargetInline(admin.TabularInline):
    model = ActionTarget
    extra = 1
    fields = ["person", "role", "amount_yuan", "note"]
    autocomplete_fields = ["person"]


class DeadlineInline(admin.TabularInline):
    model = Deadline
    extra = 0
    fields = ["due_date", "kind", "obligation", "amount_yuan", "consequence", "consequence_status", "status"]
    show_change_link = True


@admin.register(EnforcementAction)
class EnforcementActionAdmin(CompanySearchMixin, HistoryAdmin):
    list_display = ["date_display", "company", "issuer", "measure", "targets_display", "amount_display", "proposed"]
    list_filter = ["measure", "issuer__kind", "issuer", "proposed", "violation_types"]
    date_hierarchy = "decision_date"
    search_fields = ["document_number", "summary", "targets__person__name", "issuer__name"]
    autocomplete_fields = ["company", "issuer", "violation_types"]
    inlines = [ActionTargetInline, DeadlineInline, CitationInline]
    fieldsets = [
        (None, {"fields": ["company", "issuer", "measure", "violation_types", "proposed"]}),
        ("日期与文号", {"fields": ["decision_date", "announcement_date", "document_number"]}),
        ("摘要", {"fields": ["summary"]}),
    ]
    list_per_page = 50

    def get_queryset(self, request):
        return (
            super().get_queryset(request)
            .select_related("company", "issuer")
            .prefetch_related(COMPANY_NAMES, Prefetch("targets", queryset=ActionTarget.objects.select_related("person")))
            .with_total_amount()
        )

    @admin.display(description="日期", ordering="decision_date")
    def date_display(self, obj):
        return obj.date or "—"

    @admin.display(description="对象")
    def targets_display(self, obj):
        return "、".join(str(t) for t in obj.targets.all()) or "—"

    @admin.display(description="金额(元)", ordering="annotated_total_amount")
    def amount_display(self, obj):
        return f"{obj.total_amount:,.2f}" if obj.total_amount is not None else "—"


class RepaymentInline(admin.TabularInline):
    model = Repayment
    extra = 1
    fields = ["paid_on", "amount_yuan", "method", "note"]


@admin.register(FundOccupationCase)
class FundOccupationCaseAdmin(CompanySearchMixin, HistoryAdmin):
    list_display = ["company", "occupier", "amount_occupied", "repaid_display", "balance_display", "occupied_as_of",
                    "rectified_on"]
    list_filter = ["occupier_role"]
    date_hierarchy = "occupied_as_of"
    search_fields = ["occupier", "description"]
    autocomplete_fields = ["company", "actions"]
    readonly_fields = ["repaid_display", "balance_display", "created_at", "updated_at"]
    inlines = [RepaymentInline, DeadlineInline, CitationInline]

    def related_history(self, request, obj):
        # Repayments are edited inline on the case: their changes belong on the case's history page.
        return [("还款记录的变更", Repayment.history.filter(case_id=obj.pk).select_related("history_user")
                 .order_by("-history_date", "-history_id"))]

    def get_queryset(self, request):
        return super().get_queryset(request).with_balance().select_related("company").prefetch_related(COMPANY_NAMES)

    @admin.display(description="已归还(元)", ordering="annotated_repaid")
    def repaid_display(self, obj):
        return f"{obj.repaid:,.2f}"

    @admin.display(description="未归还余额(元)", ordering="annotated_balance")
    def balance_display(self, obj):
        return f"{obj.balance:,.2f}"


class DueFilter(admin.SimpleListFilter):
    title = "到期情况"
    parameter_name = "due"

    def lookups(self, request, model_admin):
        return [("overdue", "已逾期（仍未处理）"), ("7", "7天内到期"), ("30", "30天内到期")]

    def queryset(self, request, queryset):
        if self.value() == "overdue":
            return queryset.overdue()
        if self.value() in ("7", "30"):
            return queryset.due_within(int(self.value()))
        return queryset


def _set_status(modeladmin, request, queryset, status):
    # Save one by one so history records who changed what, and the alert ledger hears of it.
    today = timezone.localdate()
    changed = 0
    for deadline in queryset.exclude(status=status):
        deadline.status = status
        deadline.resolved_on = today
        deadline.save(update_fields=["status", "resolved_on", "updated_at"])
        changed += 1
    modeladmin.message_user(request, f"已更新 {changed} 个截止日期为“{DeadlineStatus(status).label}”。", messages.SUCCESS)


@admin.register(Deadline)
class DeadlineAdmin(CompanySearchMixin, HistoryAdmin):
    list_display = ["company", "due_date", "days_left_display", "obligation", "amount_yuan", "consequence", "status",
                    "kind"]
    list_filter = [DueFilter, "status", "kind", "consequence_status"]
    date_hierarchy = "due_date"
    search_fields = ["obligation", "consequence", "notes"]
    # Thousands of deadlines, cases, actions and companies: search boxes, never a select of every row.
    autocomplete_fields = ["company", "case", "action", "follows"]
    readonly_fields = ["days_left_display", "created_at", "updated_at"]
    inlines = [CitationInline]
    actions = ["mark_met", "mark_missed", "mark_cancelled"]

    def get_queryset(self, request):
        return super().get_queryset(request).select_related("company").prefetch_related(COMPANY_NAMES)

    @admin.display(description="剩余天数", ordering="due_date")
    def days_left_display(self, obj):
        if not obj.due_date:
            return "—"
        days = obj.days_left()
        if not obj.is_open:
            return obj.get_status_display()
        if days < 0:
            return format_html('<strong style="color:#b00">已逾期 {} 天</strong>', -days)
        return "今天到期" if days == 0 else f"{days} 天"

    @admin.action(description="标记为已完成")
    def mark_met(self, request, queryset):
        _set_status(self, request, queryset, DeadlineStatus.MET)

    @admin.action(description="标记为逾期未完成")
    def mark_missed(self, request, queryset):
        _set_status(self, request, queryset, DeadlineStatus.MISSED)

    @admin.action(description="标记为已取消")
    def mark_cancelled(self, request, queryset):
        _set_status(self, request, queryset, DeadlineStatus.CANCELLED)


admin.site.site_header = "A股监管追踪 · 管理后台"
admin.site.site_title = "A股监管追踪"
admin.site.index_title = "记录维护"
