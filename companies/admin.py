"""Curation admin for companies: search by any name or code, with or without the ST prefix."""
from django.contrib import admin
from django.db.models import Prefetch

from .choices import RiskStatus
from .history import HistoryAdmin
from .models import Company, CompanyName, MergedCompany, Person, RegistryObservation, StatusChange, strip_risk_prefix


class CompanySearchMixin:
    """Admin search that finds records by their company's code or any of its names (ST prefix optional).

    `company_lookup` is the path from the admin's model to Company ("" for Company itself).
    Other search_fields still apply; the results are OR-ed.
    """

    company_lookup = "company"

    def get_search_results(self, request, queryset, search_term):
        results, may_have_duplicates = super().get_search_results(request, queryset, search_term)
        if not search_term.strip():
            return results, may_have_duplicates
        matching = Company.objects.search(search_term).values("pk")
        field = f"{self.company_lookup}__in" if self.company_lookup else "pk__in"
        return results | queryset.filter(**{field: matching}), True


class StatusOnTodayFilter(admin.SimpleListFilter):
    title = "当前状态"
    parameter_name = "current_status"

    def lookups(self, request, model_admin):
        return RiskStatus.choices

    def queryset(self, request, queryset):
        if self.value():
            # CompanyAdmin.get_queryset annotates the status once; filter on it.
            return queryset.filter(annotated_status=self.value())
        return queryset


class CompanyNameInline(admin.TabularInline):
    model = CompanyName
    extra = 1
    fields = ["name", "kind", "valid_from", "valid_to"]


class StatusChangeInline(admin.TabularInline):
    model = StatusChange
    extra = 0
    fields = ["effective_date", "from_status", "to_status", "stacked", "trigger", "announcement_date",
              "suspension_date", "price_limit_pct", "reason"]
    ordering = ["effective_date"]
    show_change_link = True


class RegistryObservationInline(admin.TabularInline):
    """What the registry lists saw: read-only facts with their source and day (a curator dates changes from articles)."""

    model = RegistryObservation
    extra = 0
    can_delete = False
    fields = ["observed_on", "short_name", "status", "listed_on", "delisted_on", "source"]
    readonly_fields = fields
    ordering = ["-observed_on"]

    def has_add_permission(self, request, obj=None):
        return False


@admin.register(Company)
class CompanyAdmin(CompanySearchMixin, HistoryAdmin):
    company_lookup = ""
    list_display = ["display_name", "code", "exchange", "board", "status_today", "updated_at"]
    list_filter = [StatusOnTodayFilter, "exchange", "board"]
    search_fields = ["code", "names__name"]
    readonly_fields = ["exchange", "board", "created_at", "updated_at"]
    fields = ["code", "exchange", "board", "listed_on", "delisted_on", "notes", "created_at", "updated_at"]
    inlines = [CompanyNameInline, StatusChangeInline, RegistryObservationInline]
    list_per_page = 50

    def get_queryset(self, request):
        return (
            super().get_queryset(request)
            .with_current_status()
            .prefetch_related(Prefetch("names", queryset=CompanyName.objects.order_by("-valid_from")))
        )

    @admin.display(description="名称")
    def display_name(self, obj):
        return obj.display_name

    @admin.display(description="当前状态", ordering="annotated_status")
    def status_today(self, obj):
        return RiskStatus(obj.current_status).label


@admin.register(CompanyName)
class CompanyNameAdmin(CompanySearchMixin, HistoryAdmin):
    list_display = ["name", "kind", "company", "valid_from", "valid_to"]
    list_filter = ["kind"]
    search_fields = ["name", "bare_name", "company__code"]
    autocomplete_fields = ["company"]
    list_select_related = ["company"]

    def get_search_results(self, request, queryset, search_term):
        # Also match "东时" against "ST东时" by the stored bare name.
        bare = strip_risk_prefix(search_term)
        return super().get_search_results(request, queryset, bare or search_term)


@admin.register(StatusChange)
class StatusChangeAdmin(CompanySearchMixin, HistoryAdmin):
    list_display = ["company", "from_status", "to_status", "effective_date", "announcement_date", "trigger",
                    "suspension_date", "price_limit_pct"]
    list_filter = ["to_status", "from_status", "trigger", "stacked"]
    date_hierarchy = "effective_date"
    search_fields = ["reason"]
    autocomplete_fields = ["company"]
    list_select_related = ["company"]
    inlines = []

    def get_queryset(self, request):
        return super().get_queryset(request).prefetch_related("company__names")


@admin.register(Person)
class PersonAdmin(CompanySearchMixin, HistoryAdmin):
    list_display = ["name", "company", "updated_at"]
    search_fields = ["name"]
    autocomplete_fields = ["company"]

    def get_queryset(self, request):
        return super().get_queryset(request).select_related("company").prefetch_related("company__names")


@admin.register(MergedCompany)
class MergedCompanyAdmin(admin.ModelAdmin):
    """Which duplicate records were folded into which company; written by the merge, read here."""

    list_display = ["old_id", "label", "into", "merged_at"]
    search_fields = ["label", "old_id"]
    readonly_fields = ["old_id", "label", "into", "merged_at"]

    def has_add_permission(self, request):
        return False

    def has_change_permission(self, request, obj=None):
        return False
