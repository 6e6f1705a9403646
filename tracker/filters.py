"""FilterSets of the analysts' lists, shared by the web pages, the exports, saved searches and the API.

Conventions (one per facet, the same on every list):
- "any of" facets are multiple-choice filters (`measure=fine&measure=warning`); a `<facet>_not` checkbox turns
  the facet into "none of".
- Filters on related rows (targets, violation types, deadlines) use `Exists`/`IN` subqueries, never joins, so a
  list never needs `.distinct()` and its COUNT(*) stays cheap.
- `facet_counts()` gives, for each facet, the number of records per choice within the records matched by all the
  OTHER filters: one GROUP BY query per facet, whatever the page size.
"""
from datetime import timedelta
from decimal import Decimal

import django_filters
from django import forms
from django.core.validators import MaxValueValidator, MinValueValidator
from django.db.models import Count, DecimalField, Exists, OuterRef, Q, Subquery, Sum
from django.utils import timezone
from django.utils.translation import gettext_lazy as _

from companies.choices import Board, Exchange, RiskStatus
from companies.models import Company, StatusChange
from tracker.choices import DeadlineKind, DeadlineStatus, Measure
from tracker.models import (
    ActionTarget,
    Deadline,
    EnforcementAction,
    FundOccupationCase,
    Issuer,
    SearchList,
    ViolationType,
)

OPEN_STATUSES = (DeadlineStatus.OPEN, DeadlineStatus.EXTENDED)
# The statuses an analyst filters by; "delisted" companies keep their last status in the log.
CURRENT_STATUS_CHOICES = [
    (RiskStatus.NORMAL.value, RiskStatus.NORMAL.label),
    (RiskStatus.ST.value, RiskStatus.ST.label),
    (RiskStatus.STAR_ST.value, RiskStatus.STAR_ST.label),
    (RiskStatus.DELISTED.value, RiskStatus.DELISTED.label),
]
MAX_DAYS = 3650
MONEY = DecimalField(max_digits=20, decimal_places=2)


def companies_with_status(statuses, on=None):
    """Primary keys of companies whose status on `on` (default today) is one of `statuses`."""
    return Company.objects.with_current_status(on).filter(annotated_status__in=statuses).values("pk")


def action_total_amount():
    """The sum of the targets' amounts of the outer action, as a subquery (NULL when no amount)."""
    totals = (
        ActionTarget.objects.filter(action=OuterRef("pk")).order_by().values("action")
        .annotate(total=Sum("amount_yuan")).values("total")
    )
    return Subquery(totals, output_field=MONEY)


def open_deadlines_of_actions():
    """Open deadlines tied to the outer action directly or through one of its fund-occupation cases."""
    return Deadline.objects.filter(status__in=OPEN_STATUSES).filter(
        Q(action=OuterRef("pk")) | Q(case__actions=OuterRef("pk"))
    )


class NegationFilter(django_filters.BooleanFilter):
    """The "none of" checkbox of a facet; read by the facet's own filter, filters nothing by itself."""

    def __init__(self, facet, **kwargs):
        self.facet = facet
        kwargs.setdefault("label", _("排除所选"))
        kwargs.setdefault("widget", forms.CheckboxInput)
        super().__init__(**kwargs)

    def filter(self, qs, value):
        return qs


class FacetMixin:
    """Multiple-choice filter whose selection can be negated by the sibling `<name>_not` checkbox."""

    def filter(self, qs, value):
        if not value:
            return qs
        values = [getattr(item, "pk", item) for item in value]
        condition = self.condition(values)
        negate = bool(self.parent.form.cleaned_data.get(f"{self.field_name_for_negation}_not"))
        return qs.exclude(condition) if negate else qs.filter(condition)

    @property
    def field_name_for_negation(self):
        return self.facet_name

    def condition(self, values):
        return Q(**{f"{self.field_name}__in": values})


class FacetChoiceFilter(FacetMixin, django_filters.MultipleChoiceFilter):
    def __init__(self, *args, facet_name, condition=None, **kwargs):
        self.facet_name = facet_name
        self._condition = condition
        super().__init__(*args, **kwargs)

    def condition(self, values):
        return self._condition(values) if self._condition else super().condition(values)


class FacetModelChoiceFilter(FacetMixin, django_filters.ModelMultipleChoiceFilter):
    def __init__(self, *args, facet_name, condition=None, **kwargs):
        self.facet_name = facet_name
        self._condition = condition
        super().__init__(*args, **kwargs)

    def condition(self, values):
        return self._condition(values) if self._condition else super().condition(values)


class NativeDateInput(forms.DateInput):
    input_type = "date"

    def __init__(self, attrs=None):
        super().__init__(attrs, format="%Y-%m-%d")


class DateRangeInputs(django_filters.widgets.DateRangeWidget):
    """Two browser date pickers named <field>_after and <field>_before."""

    def __init__(self, attrs=None):
        forms.MultiWidget.__init__(self, (NativeDateInput(), NativeDateInput()), attrs)


def date_range(label):
    return django_filters.DateFromToRangeFilter(label=label, widget=DateRangeInputs)


class DaysField(forms.IntegerField):
    def __init__(self, **kwargs):
        super().__init__(min_value=0, max_value=MAX_DAYS, **kwargs)


class DaysFilter(django_filters.NumberFilter):
    field_class = DaysField


class AmountField(forms.DecimalField):
    def __init__(self, **kwargs):
        kwargs.setdefault("max_digits", 18)
        kwargs.setdefault("decimal_places", 2)
        kwargs.setdefault("validators", [MinValueValidator(Decimal("0")), MaxValueValidator(Decimal("1e16"))])
        super().__init__(**kwargs)


class AmountRangeField(django_filters.fields.RangeField):
    def __init__(self, *args, **kwargs):
        fields = (AmountField(), AmountField())
        super().__init__(fields, *args, **kwargs)


class AmountRangeFilter(django_filters.RangeFilter):
    field_class = AmountRangeField


class FacetedFilterSet(django_filters.FilterSet):
    """A FilterSet that can count its facets' choices (see the module docstring)."""

    # facet name -> the lookup whose values are counted (a callable for the facets that need more than a GROUP BY).
    facets = {}

    def queryset_without(self, facet):
        """The queryset filtered by every valid filter except `facet` (and its negation) and the ordering."""
        qs = self.queryset.all()
        for name, value in self.form.cleaned_data.items():
            if name in (facet, f"{facet}_not") or isinstance(self.filters[name], django_filters.OrderingFilter):
                continue
            qs = self.filters[name].filter(qs, value)
        return qs.order_by()

    def facet_counts(self):
        """{facet: {choice value (as str): count}}; one query per facet (two for a company's status)."""
        counts = {}
        for facet, lookup in self.facets.items():
            qs = self.queryset_without(facet)
            if callable(lookup):
                counts[facet] = lookup(qs)
            else:
                rows = qs.values_list(lookup).annotate(n=Count("pk")).order_by()
                counts[facet] = {str(value): n for value, n in rows if value not in (None, "")}
        return counts

    @staticmethod
    def count_company_statuses(qs, company_field="company"):
        per_company = dict(qs.values_list(company_field).annotate(n=Count("pk")).order_by())
        statuses = Company.objects.with_current_status().filter(pk__in=qs.values(company_field)).values_list(
            "pk", "annotated_status"
        )
        counts = {}
        for pk, status in statuses:
            counts[status] = counts.get(status, 0) + per_company.get(pk, 0)
        return counts


def company_status_filter(company_field="company"):
    def condition(values):
        return Q(**{f"{company_field}__in": companies_with_status(values)})

    return condition


class EnforcementActionFilterSet(FacetedFilterSet):
    q = django_filters.CharFilter(label=_("公司"), method="filter_company",
                                  help_text=_("代码、简称或全称，可带或不带 ST 前缀。"))
    exchange = FacetChoiceFilter(field_name="company__exchange", facet_name="exchange", choices=Exchange.choices,
                                 label=_("交易所"))
    exchange_not = NegationFilter("exchange")
    board = FacetChoiceFilter(field_name="company__board", facet_name="board", choices=Board.choices, label=_("板块"))
    board_not = NegationFilter("board")
    status = FacetChoiceFilter(facet_name="status", choices=CURRENT_STATUS_CHOICES, label=_("当前状态"),
                               condition=company_status_filter())
    status_not = NegationFilter("status")
    issuer = FacetModelChoiceFilter(field_name="issuer", facet_name="issuer", queryset=Issuer.objects.order_by("kind", "name"),
                                    label=_("监管机构"))
    issuer_not = NegationFilter("issuer")
    measure = FacetChoiceFilter(field_name="measure", facet_name="measure", choices=Measure.choices, label=_("措施"))
    measure_not = NegationFilter("measure")
    violation_type = FacetModelChoiceFilter(
        facet_name="violation_type", queryset=ViolationType.objects.all(), label=_("违规类型"),
        condition=lambda codes: Q(Exists(
            EnforcementAction.violation_types.through.objects.filter(
                enforcementaction_id=OuterRef("pk"), violationtype_id__in=codes
            )
        )),
    )
    violation_type_not = NegationFilter("violation_type")
    decision_date = date_range(_("决定日期"))
    announcement_date = date_range(_("公告日期"))
    amount = AmountRangeFilter(label=_("金额(元)"), method="filter_amount")
    person = django_filters.CharFilter(label=_("人员"), method="filter_person")
    has_open_deadline = django_filters.BooleanFilter(label=_("有未完成的截止日期"), method="filter_has_open_deadline",
                                                     widget=forms.CheckboxInput)
    due_within = DaysFilter(label=_("N 天内到期"), method="filter_due_within")
    overdue = django_filters.BooleanFilter(label=_("已逾期"), method="filter_overdue", widget=forms.CheckboxInput)
    sort = django_filters.OrderingFilter(
        label=_("排序"),
        fields=(
            ("decision_date", "decision_date"),
            ("announcement_date", "announcement_date"),
            ("company__code", "company"),
            ("issuer__name", "issuer"),
            ("measure", "measure"),
            ("document_number", "document_number"),
            ("amount_total", "amount"),
            ("id", "id"),
        ),
    )

    facets = {
        "exchange": "company__exchange",
        "board": "company__board",
        "status": FacetedFilterSet.count_company_statuses,
        "issuer": "issuer_id",
        "measure": "measure",
        "violation_type": lambda qs: {
            str(code): n for code, n in EnforcementAction.violation_types.through.objects.filter(
                enforcementaction_id__in=qs.values("pk")
            ).values_list("violationtype_id").annotate(n=Count("pk")).order_by()
        },
    }

    class Meta:
        model = EnforcementAction
        fields = []

    def __init__(self, data=None, queryset=None, **kwargs):
        if queryset is None:
            queryset = EnforcementAction.objects.annotate(amount_total=action_total_amount())
        super().__init__(data, queryset, **kwargs)

    def filter_company(self, qs, name, value):
        value = value.strip()
        return qs.filter(company__in=Company.objects.search(value).values("pk")) if value else qs

    def filter_amount(self, qs, name, value):
        if value is None or (value.start is None and value.stop is None):
            return qs
        totals = ActionTarget.objects.order_by().values("action").annotate(total=Sum("amount_yuan"))
        if value.start is not None:
            totals = totals.filter(total__gte=value.start)
        if value.stop is not None:
            totals = totals.filter(total__lte=value.stop)
        return qs.filter(pk__in=totals.values("action"))

    def filter_person(self, qs, name, value):
        value = value.strip()
        if not value:
            return qs
        return qs.filter(Exists(ActionTarget.objects.filter(action=OuterRef("pk"), person__name__icontains=value)))

    def filter_has_open_deadline(self, qs, name, value):
        return qs.filter(Exists(open_deadlines_of_actions())) if value else qs

    def filter_due_within(self, qs, name, value):
        if value is None:
            return qs
        today = timezone.localdate()
        due = open_deadlines_of_actions().filter(due_date__gte=today, due_date__lte=today + timedelta(days=int(value)))
        return qs.filter(Exists(due))

    def filter_overdue(self, qs, name, value):
        if not value:
            return qs
        return qs.filter(Exists(open_deadlines_of_actions().filter(due_date__lt=timezone.localdate())))


class DeadlineFilterSet(FacetedFilterSet):
    q = django_filters.CharFilter(label=_("公司"), method="filter_company",
                                  help_text=_("代码、简称或全称，可带或不带 ST 前缀。"))
    exchange = FacetChoiceFilter(field_name="company__exchange", facet_name="exchange", choices=Exchange.choices,
                                 label=_("交易所"))
    exchange_not = NegationFilter("exchange")
    board = FacetChoiceFilter(field_name="company__board", facet_name="board", choices=Board.choices, label=_("板块"))
    board_not = NegationFilter("board")
    company_status = FacetChoiceFilter(facet_name="company_status", choices=CURRENT_STATUS_CHOICES,
                                       label=_("公司当前状态"), condition=company_status_filter())
    company_status_not = NegationFilter("company_status")
    status = FacetChoiceFilter(field_name="status", facet_name="status", choices=DeadlineStatus.choices,
                               label=_("截止日期状态"))
    status_not = NegationFilter("status")
    kind = FacetChoiceFilter(field_name="kind", facet_name="kind", choices=DeadlineKind.choices, label=_("类型"))
    kind_not = NegationFilter("kind")
    due_date = date_range(_("截止日期"))
    due_within = DaysFilter(label=_("N 天内到期"), method="filter_due_within")
    overdue = django_filters.BooleanFilter(label=_("已逾期"), method="filter_overdue", widget=forms.CheckboxInput)
    open = django_filters.BooleanFilter(label=_("仅未完成"), method="filter_open", widget=forms.CheckboxInput)
    sort = django_filters.OrderingFilter(
        label=_("排序"),
        fields=(("due_date", "due_date"), ("company__code", "company"), ("kind", "kind"), ("status", "status"),
                ("amount_yuan", "amount"), ("id", "id")),
    )

    facets = {
        "exchange": "company__exchange",
        "board": "company__board",
        "company_status": FacetedFilterSet.count_company_statuses,
        "status": "status",
        "kind": "kind",
    }

    class Meta:
        model = Deadline
        fields = []

    def __init__(self, data=None, queryset=None, **kwargs):
        super().__init__(data, Deadline.objects.all() if queryset is None else queryset, **kwargs)

    def filter_company(self, qs, name, value):
        value = value.strip()
        return qs.filter(company__in=Company.objects.search(value).values("pk")) if value else qs

    def filter_due_within(self, qs, name, value):
        return qs if value is None else qs.due_within(int(value))

    def filter_overdue(self, qs, name, value):
        return qs.overdue() if value else qs

    def filter_open(self, qs, name, value):
        return qs.open() if value else qs


class CompanyFilterSet(FacetedFilterSet):
    q = django_filters.CharFilter(label=_("公司"), method="filter_company",
                                  help_text=_("代码、简称或全称，可带或不带 ST 前缀。"))
    exchange = FacetChoiceFilter(field_name="exchange", facet_name="exchange", choices=Exchange.choices,
                                 label=_("交易所"))
    exchange_not = NegationFilter("exchange")
    board = FacetChoiceFilter(field_name="board", facet_name="board", choices=Board.choices, label=_("板块"))
    board_not = NegationFilter("board")
    status = FacetChoiceFilter(facet_name="status", choices=CURRENT_STATUS_CHOICES, label=_("当前状态"),
                               condition=company_status_filter("pk"))
    status_not = NegationFilter("status")
    has_open_deadline = django_filters.BooleanFilter(label=_("有未完成的截止日期"), method="filter_has_open_deadline",
                                                     widget=forms.CheckboxInput)
    sort = django_filters.OrderingFilter(label=_("排序"), fields=(("code", "code"), ("id", "id")))

    facets = {
        "exchange": "exchange",
        "board": "board",
        "status": lambda qs: FacetedFilterSet.count_company_statuses(qs, company_field="pk"),
    }

    class Meta:
        model = Company
        fields = []

    def __init__(self, data=None, queryset=None, **kwargs):
        super().__init__(data, Company.objects.all() if queryset is None else queryset, **kwargs)

    def filter_company(self, qs, name, value):
        value = value.strip()
        return qs.filter(pk__in=Company.objects.search(value).values("pk")) if value else qs

    def filter_has_open_deadline(self, qs, name, value):
        if not value:
            return qs
        return qs.filter(Exists(Deadline.objects.filter(company=OuterRef("pk"), status__in=OPEN_STATUSES)))


class StatusChangeFilterSet(django_filters.FilterSet):
    q = django_filters.CharFilter(label=_("公司"), method="filter_company")
    company = django_filters.NumberFilter(field_name="company_id", label=_("公司ID"))
    to_status = django_filters.MultipleChoiceFilter(choices=RiskStatus.choices, label=_("变更后状态"))
    effective_date = date_range(_("生效日期"))
    sort = django_filters.OrderingFilter(fields=(("effective_date", "effective_date"), ("id", "id")))

    class Meta:
        model = StatusChange
        fields = []

    def filter_company(self, qs, name, value):
        value = value.strip()
        return qs.filter(company__in=Company.objects.search(value).values("pk")) if value else qs


class FundOccupationCaseFilterSet(django_filters.FilterSet):
    q = django_filters.CharFilter(label=_("公司"), method="filter_company")
    company = django_filters.NumberFilter(field_name="company_id", label=_("公司ID"))
    occupied_as_of = date_range(_("占用金额截至"))
    rectified = django_filters.BooleanFilter(label=_("已整改"), field_name="rectified_on", lookup_expr="isnull",
                                             exclude=True)
    sort = django_filters.OrderingFilter(fields=(("occupied_as_of", "occupied_as_of"), ("amount_occupied", "amount"),
                                                 ("id", "id")))

    class Meta:
        model = FundOccupationCase
        fields = []

    def filter_company(self, qs, name, value):
        value = value.strip()
        return qs.filter(company__in=Company.objects.search(value).values("pk")) if value else qs


FILTERSETS_BY_LIST = {
    SearchList.ACTIONS: EnforcementActionFilterSet,
    SearchList.DEADLINES: DeadlineFilterSet,
    SearchList.COMPANIES: CompanyFilterSet,
}
