"""FilterSets of the analysts' lists, shared by the web pages, the exports, saved searches and the API.

Conventions (one per facet, the same on every list):
- "any of" facets are multiple-choice filters (`measure=fine&measure=warning`); a `<facet>_not` checkbox turns
  the facet into "none of".
- Filters on related rows (targets, violation types, deadlines) use `Exists`/`IN` subqueries, never joins, so a
  list never needs `.distinct()` and its COUNT(*) stays cheap.
- `facet_counts()` gives, for each facet, the number of records per choice within the records matched by all the
  OTHER filters: one GROUP BY query per facet on the small lists; the case list counts its facets in one scan
  (see `EnforcementActionFilterSet.compute_facet_summary`), whatever the page size.
"""
import copy
import hashlib
import re
from datetime import date
from decimal import Decimal

import django_filters
from django import forms
from django.core.cache import cache
from django.core.validators import MaxValueValidator, MinValueValidator
from django.db import connection
from django.db.models import (
    BooleanField,
    Count,
    Exists,
    ExpressionWrapper,
    F,
    Func,
    OuterRef,
    Q,
    QuerySet,
    Value,
    signals,
)
from django.http import QueryDict
from django.utils import timezone
from django.utils.translation import get_language, gettext_noop
from django.utils.translation import gettext_lazy as _
from drf_spectacular.types import OpenApiTypes
from drf_spectacular.utils import extend_schema_field

from companies.choices import Board, Exchange, RiskStatus
from companies.models import Company, CompanyName, Person, RegistryObservation, StatusChange
from tracker.choices import DeadlineKind, DeadlineState, DeadlineStatus, Measure
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
FACET_CACHE_SECONDS = 120
# Django's zh_Hans catalogue says "不允许是用空字符串" for a NUL in any text field (a typo, and "empty string" is
# wrong); locale/zh_Hans corrects it. Marked here so that makemessages keeps the entry.
NULL_CHARACTERS_MESSAGE = gettext_noop("Null characters are not allowed.")
# Full-width ASCII (ＳＴ, ０-９, －) and the ideographic space, as Chinese input methods type them.
FULL_WIDTH = {**{code: code - 0xFEE0 for code in range(0xFF01, 0xFF5F)}, 0x3000: 0x20}
FACET_VERSION_KEY = "tracker:facets:version"


def facet_cache_version():
    return cache.get(FACET_VERSION_KEY, 0)


def risk_statuses(on=None):
    """{company pk: status on `on`} for every company that is NOT normal that day (see `compute_risk_statuses`).

    Cached like the facet counts (several filters and counts of one page need it; saves of companies, names and
    status changes drop it).
    """
    on = on or timezone.localdate()
    key = f"tracker:risk-statuses:{on}:{facet_cache_version()}"
    statuses = cache.get(key)
    if statuses is None:
        statuses = compute_risk_statuses(on)
        cache.set(key, statuses, FACET_CACHE_SECONDS)
    return statuses


def compute_risk_statuses(on):
    """{company pk: status on `on`} for every company that is NOT normal that day; all others are normal.

    The same rules as `Company.with_current_status()` (the status-change log, and a registry observation of
    the label from its day on when it is later than the last change; never a name's prefix), computed in
    Python from two small queries instead of correlated subqueries per company.
    """
    statuses, logged = {}, {}
    for company_id, effective, before, after in StatusChange.objects.order_by("company_id", "effective_date").values_list(
        "company_id", "effective_date", "from_status", "to_status"
    ):
        if company_id not in logged:
            logged[company_id] = None
            statuses[company_id] = before  # until a change takes effect, the first change's "from" holds
        if effective <= on:
            statuses[company_id] = after
            logged[company_id] = effective
    for company_id, observed, status in (
        RegistryObservation.objects.filter(observed_on__lte=on).exclude(status="")
        .order_by("company_id", "observed_on").values_list("company_id", "observed_on", "status")
    ):
        last_change = logged.get(company_id)
        if last_change is None or observed > last_change:
            statuses[company_id] = status
    return {pk: status for pk, status in statuses.items() if status and status != RiskStatus.NORMAL}


def status_condition(values, company_field="company", on=None):
    """Q for "the company's status today is one of `values`" as a short list of primary keys."""
    statuses = risk_statuses(on)
    if RiskStatus.NORMAL in values:
        return ~in_list(company_field, [pk for pk, status in statuses.items() if status not in values])
    return in_list(company_field, [pk for pk, status in statuses.items() if status in values])


def keys_in(field, keys):
    """Q for `field` in `keys` (integer keys). On PostgreSQL one array parameter (= ANY(%s::bigint[])), written
    as its text: binding thousands of keys one parameter each, or as a list psycopg inspects item by item,
    cost more time than the database took to read the rows."""
    if connection.vendor == "postgresql":
        array = "{" + ",".join(str(int(key)) for key in keys) + "}"
        return Q(Func(F(field), Value(array), template="%(expressions)s::bigint[])", arg_joiner=" = ANY(",
                      output_field=BooleanField()))
    return Q(**{f"{field}__in": keys})


def in_list(field, pks):
    """Q for `field IN pks` (see `keys_in`); with no pks a plain FALSE, which (unlike an empty IN, that Django
    leaves out of the SQL) also works as a selected flag (see `as_flags`)."""
    return keys_in(field, pks) if pks else Q(Value(False, output_field=BooleanField()))


def with_open_deadline(deadlines=None):
    """Q for actions with one of `deadlines` (default: the open ones), tied directly or through a case.

    Deadlines are few next to actions, so two IN lists beat a correlated EXISTS over an OR.
    """
    deadlines = Deadline.objects.filter(status__in=OPEN_STATUSES) if deadlines is None else deadlines
    case_links = FundOccupationCase.actions.through.objects.filter(
        fundoccupationcase_id__in=deadlines.filter(case__isnull=False).values("case_id")
    )
    direct = deadlines.filter(action__isnull=False).order_by().values_list("action_id", flat=True)
    return Q(pk__in=direct.union(case_links.order_by().values_list("enforcementaction_id", flat=True)))


class CompanySearchFilter(django_filters.CharFilter):
    """Records whose company matches a code or any name, with or without the ST prefix (Company.objects.search).

    `field_name` is the path from the filtered model to its company ("company", or "pk" on Company itself).
    """

    def __init__(self, field_name="company", **kwargs):
        kwargs.setdefault("label", _("公司"))
        kwargs.setdefault("help_text", _("代码、简称或全称，可带或不带 ST 前缀。"))
        super().__init__(field_name=field_name, **kwargs)

    def filter(self, qs, value):
        value = (value or "").strip()
        if not value:
            return qs
        return qs.filter(**{f"{self.field_name}__in": Company.objects.search(value).values("pk")})


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
        condition = self.applied_condition(value)
        return qs if condition is None else qs.filter(condition)

    def applied_condition(self, value, condition=None):
        """The Q this facet filters by for `value` ("none of" when its negation is checked), None for no filter.

        `condition(values)` builds the Q (default: `self.condition`)."""
        # A model facet with nothing chosen gives an empty queryset: asking it `not value` first would compile its
        # SQL (twice a page).
        if isinstance(value, QuerySet) and value.query.is_empty() or not value:
            return None
        values = [getattr(item, "pk", item) for item in value]
        condition = (condition or self.condition)(values)
        negate = bool(self.parent.form.cleaned_data.get(f"{self.field_name_for_negation}_not"))
        return ~condition if negate else condition

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


class CompanyFacetFilter(FacetChoiceFilter):
    """A facet of the actions on their company (exchange, board, status): an IN over the small company table.

    `company_condition(values)` is the Q on Company itself, so that the facet scan can evaluate it once per
    company instead of once per action.
    """

    def __init__(self, *args, company_condition, **kwargs):
        self.company_condition = company_condition
        super().__init__(*args, **kwargs)

    def condition(self, values):
        return Q(company__in=Company.objects.filter(self.company_condition(values)).values("pk"))

    def applied_company_condition(self, value):
        return self.applied_condition(value, self.company_condition)


# Primary keys are 64-bit integers; a larger number is refused as a bad value before any query
# (SQLite raises OverflowError on it, PostgreSQL a DataError).
MAX_PK = 2**63 - 1


class BoundedModelMultipleChoiceField(forms.ModelMultipleChoiceField):
    def _check_values(self, value):
        for pk in value:
            text = str(pk).strip().lstrip("+-")
            if text.isdigit() and int(text) > MAX_PK:
                raise forms.ValidationError(
                    self.error_messages["invalid_pk_value"], code="invalid_pk_value", params={"pk": pk}
                )
        return super()._check_values(value)


# Typed for the API schema: some facets filter through a custom condition, not a model field spectacular can read.
@extend_schema_field(OpenApiTypes.INT)
class FacetModelChoiceFilter(FacetMixin, django_filters.ModelMultipleChoiceFilter):
    field_class = BoundedModelMultipleChoiceField

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


# "2025年5月1日", "2025/5/1", "2025.05.01", "2025-5-1": the ways an analyst writes a day.
_CHINESE_DATE_RE = re.compile(r"^\s*(\d{4})\s*[年/.\-]\s*(\d{1,2})\s*[月/.\-]\s*(\d{1,2})\s*[日号]?\s*$")


class ChineseDateField(forms.DateField):
    """A date typed the Chinese way or the ISO way; anything else is the usual "enter a valid date" error."""

    def to_python(self, value):
        if isinstance(value, str):
            match = _CHINESE_DATE_RE.match(value.translate(FULL_WIDTH))
            if match:
                try:
                    return date(*(int(part) for part in match.groups()))
                except ValueError:
                    raise forms.ValidationError(self.error_messages["invalid"], code="invalid") from None
        return super().to_python(value)


class DateRangeField(django_filters.fields.DateRangeField):
    def __init__(self, *args, **kwargs):
        django_filters.fields.RangeField.__init__(self, (ChineseDateField(), ChineseDateField()), *args, **kwargs)

    def compress(self, data_list):
        if data_list and all(data_list) and data_list[0] > data_list[1]:
            raise forms.ValidationError(
                _("开始日期 %(start)s 晚于结束日期 %(end)s：请交换或修改。"),
                code="reversed", params={"start": data_list[0], "end": data_list[1]})
        return super().compress(data_list)


class DateRangeFilter(django_filters.DateFromToRangeFilter):
    field_class = DateRangeField


def date_range(label):
    return DateRangeFilter(label=label, widget=DateRangeInputs)


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


@extend_schema_field(OpenApiTypes.NUMBER)
class AmountRangeFilter(django_filters.RangeFilter):
    field_class = AmountRangeField


class SortFilter(django_filters.OrderingFilter):
    """Ordering with empty values last in both directions (on every backend) and the id as a tie-breaker,
    so pages never overlap."""

    def filter(self, qs, value):
        if not value:
            return qs
        ordering = [self.get_ordering_value(param) for param in value]
        expressions = [
            F(field[1:]).desc(nulls_last=True) if field.startswith("-") else F(field).asc(nulls_last=True)
            for field in ordering
        ]
        return qs.order_by(*expressions, "-pk")


class FacetedFilterSet(django_filters.FilterSet):
    """A FilterSet that can count its facets' choices (see the module docstring)."""

    # facet name -> the lookup whose values are counted (a callable for the facets that need more than a GROUP BY).
    facets = {}

    _form_classes = {}  # FilterSet class -> its form class

    def __init__(self, data=None, queryset=None, *, request=None, prefix=None):
        # django_filters.FilterSet.__init__, but each filter copied shallowly: it deep-copies every filter with
        # its choices and querysets, a third of a cached page's time. A filter's own state is set when the class
        # is built; per FilterSet it gets only its parent and model (and a label it works out once).
        if queryset is None:
            queryset = self._meta.model._default_manager.all()
        self.is_bound = data is not None
        self.data = data or QueryDict()
        self.queryset = queryset
        self.request = request
        self.form_prefix = prefix
        self.filters = {name: self._own_copy(filter_) for name, filter_ in self.base_filters.items()}
        for filter_ in self.filters.values():
            filter_.model = queryset.model
            filter_.parent = self
        self.data = self.forgiving(self.data)

    @staticmethod
    def _own_copy(filter_):
        clone = copy.copy(filter_)
        clone.extra = dict(filter_.extra)
        if filter_.method is not None:
            clone.method = filter_.method  # its FilterMethod calls back the filter it was made for: this one
        return clone

    def get_form_class(self):
        """Built once per FilterSet class: its fields depend on the class's filters alone (each form still gets
        its own copies of them), and building them anew cost a quarter of a cached page."""
        form_class = FacetedFilterSet._form_classes.get(type(self))
        if form_class is None:
            form_class = FacetedFilterSet._form_classes[type(self)] = super().get_form_class()
        return form_class

    def forgiving(self, data):
        """Full-width input (ＳＴ东时, ２０２５) read as half-width; a sort the list does not know gives the default
        order instead of an error (old bookmarks, hand-edited URLs)."""
        if not hasattr(data, "getlist"):
            return data
        data = data.copy()
        for key in list(data):
            data.setlist(key, [value.translate(FULL_WIDTH) if isinstance(value, str) else value
                               for value in data.getlist(key)])
        sort = self.filters.get("sort")
        if sort is not None and data.get("sort"):
            known = {value for value, _label in sort.extra.get("choices", ())}
            kept = [part for part in data.get("sort").split(",") if part.strip() in known]
            if kept:
                data["sort"] = ",".join(kept)
            else:
                del data["sort"]
        return data

    def queryset_without(self, *facets):
        """The queryset filtered by every valid filter except `facets` (and their negations) and the ordering."""
        skipped = {*facets, *(f"{facet}_not" for facet in facets)}
        qs = self.queryset.all()
        for name, value in self.form.cleaned_data.items():
            if name in skipped or isinstance(self.filters[name], django_filters.OrderingFilter):
                continue
            qs = self.filters[name].filter(qs, value)
        return qs.order_by()

    def facet_cache_key(self):
        data = self.form.data
        params = sorted((key, value) for key in data for value in data.getlist(key)
                        if key not in ("sort", "page", "per_page") and value != "")
        digest = hashlib.sha1(repr(params).encode()).hexdigest()
        return f"tracker:facets:{type(self).__name__}:{timezone.localdate()}:{facet_cache_version()}:{digest}"

    def facet_summary(self):
        """{"facets": {facet: {choice value (as str): count}}, "total": rows matched or None when not counted}.

        Counting means scanning the filtered rows (200,000 actions), so the summary of one filter state is
        cached for FACET_CACHE_SECONDS (and dropped at once when this process saves a record it counts).
        """
        if not hasattr(self, "_facet_summary"):
            key = self.facet_cache_key()
            summary = cache.get(key)
            if summary is None:
                summary = self.compute_facet_summary()
                cache.set(key, summary, FACET_CACHE_SECONDS)
            self._facet_summary = summary
        return self._facet_summary

    def facet_counts(self):
        return self.facet_summary()["facets"]

    def facet_choices(self, name):
        """[(value, label)] of a facet. A facet over a table (issuers, violation types) would query it on every
        page; its choices are cached like the counts, per language, and dropped when one of its rows is saved."""
        field = self.form.fields[name]
        if not isinstance(field, forms.ModelChoiceField):
            return [(str(value), label) for value, label in field.choices]
        key = f"tracker:facet-choices:{type(self).__name__}:{name}:{get_language()}:{facet_cache_version()}"
        choices = cache.get(key)
        if choices is None:
            choices = [(str(value), str(label)) for value, label in field.choices]
            cache.set(key, choices, FACET_CACHE_SECONDS)
        return choices

    def matching_count(self):
        """The number of records matched by all filters when the facet scan counted it (saves a COUNT(*))."""
        return self.facet_summary()["total"]

    def compute_facet_summary(self):
        """One GROUP BY query per facet."""
        counts = {}
        for facet, lookup in self.facets.items():
            qs = self.queryset_without(facet)
            if callable(lookup):
                counts[facet] = lookup(qs)
            else:
                rows = qs.values_list(lookup).annotate(n=Count("pk")).order_by()
                counts[facet] = {str(value): n for value, n in rows if value not in (None, "")}
        return {"facets": counts, "total": None}

    @staticmethod
    def count_company_statuses(qs, company_field="company"):
        """One scan with a conditional count per risk status; normal is what is left."""
        by_status = {}
        for pk, status in risk_statuses().items():
            by_status.setdefault(status, []).append(pk)
        totals = qs.aggregate(
            total=Count("pk"),
            **{f"s{index}": Count("pk", filter=Q(**{f"{company_field}__in": pks}))
               for index, pks in enumerate(by_status.values())},
        )
        counts = {status: totals[f"s{index}"] for index, status in enumerate(by_status)}
        counts[RiskStatus.NORMAL] = totals["total"] - sum(counts.values())
        return counts


def as_flags(conditions):
    """{name: Q} -> {name: boolean expression}, to annotate each row with whether it passes each condition."""
    return {name: ExpressionWrapper(condition, output_field=BooleanField()) for name, condition in conditions.items()}


def company_status_filter(company_field="company"):
    def condition(values):
        return status_condition(values, company_field)

    return condition


class EnforcementActionFilterSet(FacetedFilterSet):
    q = CompanySearchFilter()
    exchange = CompanyFacetFilter(facet_name="exchange", choices=Exchange.choices, label=_("交易所"),
                                  company_condition=lambda values: Q(exchange__in=values))
    exchange_not = NegationFilter("exchange")
    board = CompanyFacetFilter(facet_name="board", choices=Board.choices, label=_("板块"),
                               company_condition=lambda values: Q(board__in=values))
    board_not = NegationFilter("board")
    status = CompanyFacetFilter(facet_name="status", choices=CURRENT_STATUS_CHOICES, label=_("当前状态"),
                                company_condition=company_status_filter("pk"))
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
    sort = SortFilter(
        label=_("排序"),
        fields=(
            ("decision_date", "decision_date"),
            ("announcement_date", "announcement_date"),
            ("company__code", "company"),
            ("issuer__name", "issuer"),
            ("measure", "measure"),
            ("document_number", "document_number"),
            ("total_amount_yuan", "amount"),
            ("id", "id"),
        ),
    )

    # The lookups each facet counts; `compute_facet_summary` counts them all in two queries.
    facets = {
        "exchange": "company__exchange",
        "board": "company__board",
        "status": "company",
        "issuer": "issuer_id",
        "measure": "measure",
        "violation_type": "violation_types",
    }
    COMPANY_FACETS = ("exchange", "board", "status")
    COLUMN_FACETS = {"issuer": "issuer_id", "measure": "measure"}

    class Meta:
        model = EnforcementAction
        fields = []

    def __init__(self, data=None, queryset=None, **kwargs):
        super().__init__(data, EnforcementAction.objects.all() if queryset is None else queryset, **kwargs)

    def compute_facet_summary(self):
        """All facet counts and the total in three queries, whatever the filters.

        1. One scan of the actions matched by the filters other than those five facets, grouped by company, by
           issuer and by measure at once (grouping sets on PostgreSQL, a UNION ALL elsewhere). Each group counts
           the actions passing the filters of the OTHER facets, so the issuer and measure counts come out directly
           and the exchange, board and status counts are the per-company counts added up here.
        2. The companies counted, each with whether it passes each company facet's filter (exchange, board,
           status).
        3. The violation types among the actions passing every filter but the violation type's.
        """
        data = self.form.cleaned_data
        company_filters = {}  # facet -> Q on Company
        for facet in self.COMPANY_FACETS:
            condition = self.filters[facet].applied_company_condition(data.get(facet))
            if condition is not None:
                company_filters[facet] = condition
        action_filters = {}  # flag name -> Q on EnforcementAction
        for facet in self.COLUMN_FACETS:
            condition = self.filters[facet].applied_condition(data.get(facet))
            if condition is not None:
                action_filters[f"passes_{facet}"] = condition
        if company_filters:
            passing = Company.objects.filter(*company_filters.values()).values("pk")
            action_filters["passes_company"] = Q(company__in=passing)
        flags = list(action_filters)
        scanned = self.queryset_without(*self.COMPANY_FACETS, *self.COLUMN_FACETS).annotate(**as_flags(action_filters))
        inner_sql, params = scanned.values("company_id", "issuer_id", "measure", *flags).query.sql_with_params()

        def tally(skipped):
            required = [flag for flag in flags if flag != skipped]
            return f"COUNT(CASE WHEN {' AND '.join(required)} THEN 1 END)" if required else "COUNT(*)"

        # Per company: the actions passing the issuer and measure filters; per issuer: those passing the company
        # and measure filters; per measure: those passing the company and issuer filters.
        tallies = ", ".join((tally("passes_company"), tally("passes_issuer"), tally("passes_measure")))
        if connection.vendor == "postgresql":
            sql = (f"SELECT company_id, issuer_id, measure, {tallies} FROM ({inner_sql}) matched "
                   "GROUP BY GROUPING SETS ((company_id), (issuer_id), (measure))")
        else:
            columns = ("company_id", "issuer_id", "measure")
            sql = " UNION ALL ".join(
                f"SELECT {', '.join(c if c == grouped else 'NULL' for c in columns)}, {tallies} "
                f"FROM ({inner_sql}) matched GROUP BY {grouped}" for grouped in columns
            )
            params = params * len(columns)
        with connection.cursor() as cursor:
            cursor.execute(sql, params)
            rows = cursor.fetchall()

        # Each company counted above with the company facets whose filter it fails (usually none); read for
        # those companies only when they are few (a search for one company reads one, not the registry).
        counted = {row[0] for row in rows if row[0] is not None}
        company_flags = as_flags({f"passes_{facet}": condition for facet, condition in company_filters.items()})
        company_rows = Company.objects.order_by().annotate(**company_flags)
        if connection.vendor == "postgresql" or len(counted) <= 1000:  # SQLite: a bounded number of parameters
            company_rows = company_rows.filter(keys_in("pk", counted))
        companies = {}
        if company_filters:
            for pk, exchange, board, *passes in company_rows.values_list("pk", "exchange", "board", *company_flags):
                failed = tuple(facet for facet, passed in zip(company_filters, passes, strict=True) if not passed)
                companies[pk] = (exchange, board, failed)
        else:
            companies = {pk: (exchange, board, ()) for pk, exchange, board in
                         company_rows.values_list("pk", "exchange", "board")}

        counts = {facet: {} for facet in self.facets}
        counts["status"] = {value: 0 for value, _label in CURRENT_STATUS_CHOICES}
        statuses = risk_statuses()
        total = 0
        for company_id, issuer_id, measure, per_company, per_issuer, per_measure in rows:
            if company_id in companies:
                exchange, board, failed = companies[company_id]
                values = {"exchange": exchange, "board": board,
                          "status": statuses.get(company_id, RiskStatus.NORMAL)}
                # A company passing every company filter counts in all three facets and the total; one failing
                # a single filter counts in that facet only; one failing two counts nowhere.
                if not failed:
                    total += per_company
                for facet in values if not failed else failed if len(failed) == 1 else ():
                    counts[facet][values[facet]] = counts[facet].get(values[facet], 0) + per_company
            elif issuer_id is not None:
                counts["issuer"][str(issuer_id)] = per_issuer
            elif measure is not None:
                counts["measure"][measure] = per_measure
        for facet in ("exchange", "board", "issuer", "measure"):
            counts[facet] = {value: n for value, n in counts[facet].items() if n and value}

        links = EnforcementAction.violation_types.through.objects.all()
        others_matched = self.queryset_without("violation_type")
        if others_matched.query.where:  # with no filter at all, count every link (no IN over every action)
            links = links.filter(enforcementaction_id__in=others_matched.values("pk"))
        counts["violation_type"] = {
            str(code): n for code, n in links.values_list("violationtype_id").annotate(n=Count("pk")).order_by()
        }
        return {"facets": counts, "total": total}

    def filter_amount(self, qs, name, value):
        # On the stored (indexed) sum of the targets' amounts.
        if value is None:
            return qs
        if value.start is not None:
            qs = qs.filter(total_amount_yuan__gte=value.start)
        if value.stop is not None:
            qs = qs.filter(total_amount_yuan__lte=value.stop)
        return qs

    def filter_person(self, qs, name, value):
        value = value.strip()
        if not value:
            return qs
        return qs.filter(Exists(ActionTarget.objects.filter(action=OuterRef("pk"), person__name__icontains=value)))

    def deadline_condition(self, name, deadlines=lambda: None):
        """The actions of with_open_deadline(deadlines()) as a list of keys, read once per FilterSet: the list and
        its facet scan apply every filter three times, and this union of subqueries was the costliest to build
        and to plan each time. Deadlines are few, and so are the actions they concern."""
        conditions = self.__dict__.setdefault("_deadline_conditions", {})
        if name not in conditions:
            keys = EnforcementAction.objects.filter(with_open_deadline(deadlines())).values_list("pk", flat=True)
            conditions[name] = in_list("pk", sorted(keys))
        return conditions[name]

    def filter_has_open_deadline(self, qs, name, value):
        return qs.filter(self.deadline_condition(name)) if value else qs

    def filter_due_within(self, qs, name, value):
        if value is None:
            return qs
        return qs.filter(self.deadline_condition(name, lambda: Deadline.objects.due_within(int(value))))

    def filter_overdue(self, qs, name, value):
        return qs.filter(self.deadline_condition(name, Deadline.objects.overdue)) if value else qs


class DeadlineFilterSet(FacetedFilterSet):
    q = CompanySearchFilter()
    exchange = FacetChoiceFilter(field_name="company__exchange", facet_name="exchange", choices=Exchange.choices,
                                 label=_("交易所"))
    exchange_not = NegationFilter("exchange")
    board = FacetChoiceFilter(field_name="company__board", facet_name="board", choices=Board.choices, label=_("板块"))
    board_not = NegationFilter("board")
    company_status = FacetChoiceFilter(facet_name="company_status", choices=CURRENT_STATUS_CHOICES,
                                       label=_("公司当前状态"), condition=company_status_filter())
    company_status_not = NegationFilter("company_status")
    # States, not the stored status: "overdue" here is what the overview, the API, exports and emails call overdue.
    status = FacetChoiceFilter(facet_name="status", choices=DeadlineState.choices, label=_("截止日期状态"),
                               condition=lambda values: Q(pk__in=Deadline.objects.in_state(*values).values("pk")))
    status_not = NegationFilter("status")
    kind = FacetChoiceFilter(field_name="kind", facet_name="kind", choices=DeadlineKind.choices, label=_("类型"))
    kind_not = NegationFilter("kind")
    due_date = date_range(_("截止日期"))
    due_within = DaysFilter(label=_("N 天内到期"), method="filter_due_within")
    overdue = django_filters.BooleanFilter(label=_("已逾期"), method="filter_overdue", widget=forms.CheckboxInput)
    open = django_filters.BooleanFilter(label=_("仅未完成"), method="filter_open", widget=forms.CheckboxInput)
    sort = SortFilter(
        label=_("排序"),
        fields=(("due_date", "due_date"), ("company__code", "company"), ("kind", "kind"), ("status", "status"),
                ("amount_yuan", "amount"), ("id", "id")),
    )

    facets = {
        "exchange": "company__exchange",
        "board": "company__board",
        "company_status": FacetedFilterSet.count_company_statuses,
        "status": lambda qs: qs.state_counts(),
        "kind": "kind",
    }

    class Meta:
        model = Deadline
        fields = []

    def __init__(self, data=None, queryset=None, **kwargs):
        super().__init__(data, Deadline.objects.all() if queryset is None else queryset, **kwargs)

    def filter_due_within(self, qs, name, value):
        return qs if value is None else qs.due_within(int(value))

    def filter_overdue(self, qs, name, value):
        return qs.overdue() if value else qs

    def filter_open(self, qs, name, value):
        return qs.open() if value else qs


class CompanyFilterSet(FacetedFilterSet):
    q = CompanySearchFilter(field_name="pk")
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
    sort = SortFilter(label=_("排序"), fields=(("code", "code"), ("id", "id")))

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

    def filter_has_open_deadline(self, qs, name, value):
        if not value:
            return qs
        return qs.filter(Exists(Deadline.objects.filter(company=OuterRef("pk"), status__in=OPEN_STATUSES)))


class StatusChangeFilterSet(django_filters.FilterSet):
    q = CompanySearchFilter()
    company = django_filters.NumberFilter(field_name="company_id", label=_("公司ID"))
    to_status = django_filters.MultipleChoiceFilter(choices=RiskStatus.choices, label=_("变更后状态"))
    effective_date = date_range(_("生效日期"))
    sort = SortFilter(fields=(("effective_date", "effective_date"), ("id", "id")))

    class Meta:
        model = StatusChange
        fields = []


class FundOccupationCaseFilterSet(django_filters.FilterSet):
    q = CompanySearchFilter()
    company = django_filters.NumberFilter(field_name="company_id", label=_("公司ID"))
    occupied_as_of = date_range(_("占用金额截至"))
    rectified = django_filters.BooleanFilter(label=_("已整改"), field_name="rectified_on", lookup_expr="isnull",
                                             exclude=True)
    sort = SortFilter(fields=(("occupied_as_of", "occupied_as_of"), ("amount_occupied", "amount"),
                                                 ("id", "id")))

    class Meta:
        model = FundOccupationCase
        fields = []


def forget_facet_counts(sender, **kwargs):
    """A record the facets count changed: later pages recount instead of showing cached counts."""
    try:
        cache.incr(FACET_VERSION_KEY)
    except ValueError:
        cache.set(FACET_VERSION_KEY, 1, None)


# Issuers and violation types are the choices of two facets (cached with the counts, see facet_choices);
# persons, issuers and registry observations (statuses) are shown in the cached tables of the lists.
for counted in (Company, CompanyName, StatusChange, RegistryObservation, Person, EnforcementAction, ActionTarget,
                Deadline, FundOccupationCase, Issuer, ViolationType, EnforcementAction.violation_types.through,
                FundOccupationCase.actions.through):
    signals.post_save.connect(forget_facet_counts, sender=counted, dispatch_uid=f"facets-save-{counted.__name__}")
    signals.post_delete.connect(forget_facet_counts, sender=counted, dispatch_uid=f"facets-delete-{counted.__name__}")
for through in (EnforcementAction.violation_types.through, FundOccupationCase.actions.through):
    signals.m2m_changed.connect(forget_facet_counts, sender=through, dispatch_uid=f"facets-m2m-{through.__name__}")


FILTERSETS_BY_LIST = {
    SearchList.ACTIONS: EnforcementActionFilterSet,
    SearchList.DEADLINES: DeadlineFilterSet,
    SearchList.COMPANIES: CompanyFilterSet,
}


# --- saved searches: replayed through their list's FilterSet ------------------------------
def saved_search_filterset(search, queryset=None, request=None):
    """The FilterSet of `search`'s list bound to its stored parameters."""
    return FILTERSETS_BY_LIST[search.list](QueryDict(search.query_string), queryset=queryset, request=request)


def describe_filters(filterset):
    """The filter state in words: "监管措施：警示函、责令改正；决定日期：2025-01-01 至 2025-06-30" ("" for none)."""
    if not filterset.is_valid():
        return _("（筛选条件已失效）")
    parts = []
    data = filterset.form.cleaned_data
    for name, value in data.items():
        filter_ = filterset.filters[name]
        if name.endswith("_not") or isinstance(filter_, django_filters.OrderingFilter) or value in (None, "", [], ()):
            continue
        if isinstance(value, slice):
            if value.start is None and value.stop is None:
                continue
            ends = [_format_end(value.start), _format_end(value.stop)]
            text = f"{ends[0] or '…'} 至 {ends[1] or '…'}"
        elif isinstance(value, bool):
            if not value:
                continue
            text = "是"
        elif isinstance(value, (list, tuple)) or hasattr(value, "model"):
            choices = dict(getattr(filter_.field, "choices", ()) or ())
            text = "、".join(str(choices.get(item, item)) for item in value)
        else:
            text = str(value)
        if data.get(f"{name}_not"):
            text += "（排除）"
        parts.append(f"{filter_.label}：{text}")
    return "；".join(parts)


def _format_end(value):
    if value is None:
        return ""
    return value.date().isoformat() if hasattr(value, "date") else str(value)


def saved_search_results(search):
    """Records matching `search` now; none when its stored parameters are no longer valid."""
    filterset = saved_search_filterset(search)
    if not filterset.is_valid():
        return filterset.queryset.none()
    return filterset.qs


def saved_search_deadline_filter(search):
    """A Q over Deadline: the deadlines `search` is about.

    A deadline search finds them directly; an action search finds the deadlines of the matching actions
    (directly or through their fund-occupation cases); a company search finds the companies' deadlines.
    """
    matches = saved_search_results(search).values("pk")
    if search.list == SearchList.DEADLINES:
        return Q(pk__in=matches)
    if search.list == SearchList.ACTIONS:
        return Q(action__in=matches) | Q(case__actions__in=matches)
    return Q(company__in=matches)
