"""Companies: the filtered list, and one company's story as a timeline with its status band."""
from dataclasses import dataclass, field
from datetime import date

from django.contrib.auth.decorators import login_required
from django.contrib.contenttypes.models import ContentType
from django.db.models import Count, OuterRef, Prefetch, Q, Subquery
from django.shortcuts import get_object_or_404, redirect, render
from django.utils import timezone
from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy

from companies.choices import RiskStatus
from companies.models import Company, CompanyName, MergedCompany, RegistryObservation, StatusChange
from tracker.filters import OPEN_STATUSES, CompanyFilterSet, risk_statuses
from tracker.models import (
    ActionTarget,
    Citation,
    Deadline,
    EnforcementAction,
    FundOccupationCase,
    Repayment,
    SearchList,
)

from .exports import COMPANY_HEADERS, company_rows, export_response, refuse_export
from .listing import filtered_list

COMPANY_COLUMNS = (
    ("code", gettext_lazy("代码")),
    (None, gettext_lazy("简称")),
    (None, gettext_lazy("交易所")),
    (None, gettext_lazy("板块")),
    (None, gettext_lazy("当前状态")),
    (None, gettext_lazy("监管措施")),
    (None, gettext_lazy("最近的未完成截止日期")),
)
BAND_WIDTH = 1000
STATUS_CSS = {RiskStatus.NORMAL: "normal", RiskStatus.ST: "st", RiskStatus.STAR_ST: "starst",
              RiskStatus.DELISTED: "delisted"}


def prepare_companies(qs):
    next_deadline = Deadline.objects.filter(company=OuterRef("pk"), status__in=OPEN_STATUSES).order_by("due_date")
    action_count = (EnforcementAction.objects.filter(company=OuterRef("pk")).order_by().values("company")
                    .annotate(n=Count("pk")).values("n"))
    return qs.annotate(
        next_due_date=Subquery(next_deadline.values("due_date")[:1]),
        action_count=Subquery(action_count),
    ).prefetch_related("names", "status_changes", "observations")


@login_required
def company_list(request):
    context = filtered_list(request, CompanyFilterSet, columns=COMPANY_COLUMNS, prepare=prepare_companies)
    context["search_list"] = SearchList.COMPANIES
    return render(request, "tracker/companies/list.html", context)


@login_required
def company_export(request, export_format):
    filterset = CompanyFilterSet(request.GET, request=request)
    if not filterset.is_valid():
        return refuse_export(request, filterset, "tracker:company-list")
    stamp = timezone.localtime().strftime("%Y%m%d-%H%M")
    return export_response(export_format, COMPANY_HEADERS, company_rows(filterset.qs, risk_statuses()),
                           f"companies-{stamp}", "公司")


@dataclass
class TimelineEvent:
    on: date | None
    kind: str  # name / status / action / case / repayment / deadline: the template's CSS class and icon
    kind_label: str
    title: str
    record: object
    details: list = field(default_factory=list)
    citations: list = field(default_factory=list)
    status: str = ""

    @property
    def sort_key(self):
        return (self.on or date.min, TIMELINE_ORDER.index(self.kind))


TIMELINE_ORDER = ["name", "status", "action", "case", "repayment", "deadline"]


def citations_by_record(records):
    """{(content type id, pk): [citations]} for all `records`, in one query."""
    by_model = {}
    for record in records:
        by_model.setdefault(type(record), set()).add(record.pk)
    if not by_model:
        return {}
    content_types = ContentType.objects.get_for_models(*by_model)
    condition = Q()
    for model, pks in by_model.items():
        condition |= Q(content_type=content_types[model], object_id__in=pks)
    found = {}
    for citation in Citation.objects.filter(condition).select_related("source").order_by("source__published_on", "id"):
        found.setdefault((citation.content_type_id, citation.object_id), []).append(citation)
    return {
        (model, pk): found.get((content_types[model].pk, pk), [])
        for model, pks in by_model.items() for pk in pks
    }


def status_intervals(changes, start, end, fallback=RiskStatus.NORMAL):
    """[(from, to, status)] covering start..end, derived from the status-change log (`fallback` without one)."""
    changes = sorted(changes, key=lambda c: c.effective_date)
    if not changes:
        return [(start, end, fallback)]
    intervals = []
    cursor, status = start, changes[0].from_status
    for change in changes:
        if change.effective_date > cursor:
            intervals.append((cursor, min(change.effective_date, end), status))
        cursor, status = max(cursor, change.effective_date), change.to_status
    if cursor < end:
        intervals.append((cursor, end, status))
    return intervals


def status_band(changes, start, end, fallback=RiskStatus.NORMAL):
    """Geometry of the SVG band: one rectangle per status interval, year ticks."""
    total = max((end - start).days, 1)

    def x(day):
        return round((day - start).days / total * BAND_WIDTH, 2)

    segments = [
        {"x": x(begin), "width": max(x(finish) - x(begin), 0.5), "status": status,
         "label": RiskStatus(status).label if status in RiskStatus.values else status,
         "css": STATUS_CSS.get(status, "normal"), "begin": begin, "end": finish}
        for begin, finish, status in status_intervals(changes, start, end, fallback)
    ]
    ticks = [{"x": x(date(year, 1, 1)), "year": year} for year in range(start.year + 1, end.year + 1)]
    return {"width": BAND_WIDTH, "segments": segments, "ticks": ticks, "start": start, "end": end}


def build_timeline(company):
    today = timezone.localdate()
    names = list(CompanyName.objects.filter(company=company))
    changes = list(StatusChange.objects.filter(company=company))
    observations = list(RegistryObservation.objects.filter(company=company))
    actions = list(
        EnforcementAction.objects.filter(company=company).select_related("issuer")
        .prefetch_related("violation_types", Prefetch("targets", queryset=ActionTarget.objects.select_related("person")))
    )
    cases = list(FundOccupationCase.objects.filter(company=company).with_balance())
    repayments = list(Repayment.objects.filter(case__company=company).select_related("case"))
    deadlines = list(Deadline.objects.filter(company=company))
    company._prefetched_objects_cache = {"names": names, "status_changes": changes, "observations": observations}
    citations = citations_by_record([*names, *changes, *actions, *cases, *repayments, *deadlines])

    def cited(record):
        return citations.get((type(record), record.pk), [])

    events = [
        TimelineEvent(n.valid_from, "name", _("名称"), n.name, n, [n.get_kind_display()]
                      + ([_("至 %(date)s") % {"date": n.valid_to}] if n.valid_to else []), cited(n))
        for n in names
    ]
    events += [
        TimelineEvent(c.effective_date, "status", _("风险警示变更"),
                      f"{c.get_from_status_display()} → {c.get_to_status_display()}", c,
                      [c.get_trigger_display(), c.reason] + ([_("叠加实施")] if c.stacked else []), cited(c),
                      status=STATUS_CSS.get(c.to_status, "normal"))
        for c in changes
    ]
    for a in actions:
        details = [a.issuer.name]
        if a.violation_types.all():
            details.append("、".join(str(v) for v in a.violation_types.all()))
        targets = [str(t) for t in a.targets.all()]
        if targets:
            details.append(_("对象：%(targets)s") % {"targets": "、".join(targets)})
        if a.document_number:
            details.append(a.document_number)
        if a.summary:
            details.append(a.summary)
        event = TimelineEvent(a.date, "action", _("监管措施"), a.get_measure_display(), a, details, cited(a))
        event.amount = a.total_amount_yuan
        events.append(event)
    for c in cases:
        details = [_("占用方：%(who)s") % {"who": c.occupier}]
        if c.rectified_on:
            details.append(_("整改完成：%(date)s") % {"date": c.rectified_on})
        event = TimelineEvent(c.occupied_as_of, "case", _("资金占用"), c.occupier, c, details, cited(c))
        event.amount, event.balance = c.amount_occupied, c.balance
        events.append(event)
    for r in repayments:
        event = TimelineEvent(r.paid_on, "repayment", _("还款"), r.get_method_display(), r,
                              [r.case.occupier] + ([r.note] if r.note else []), cited(r))
        event.amount = r.amount_yuan
        events.append(event)
    for d in deadlines:
        details = [d.get_kind_display(), d.get_status_display()]
        if d.consequence:
            details.append(_("未完成后果：%(what)s") % {"what": d.consequence})
        event = TimelineEvent(d.due_date, "deadline", _("截止日期"), d.obligation, d, details, cited(d))
        event.amount = d.amount_yuan
        event.days_left = d.days_left(today) if d.is_open else None
        events.append(event)
    events.sort(key=lambda e: e.sort_key)

    dated = [e.on for e in events if e.on]
    band = None
    if dated:
        start = min(dated)
        end = max(max(dated), today)
        if end > start:
            band = status_band(changes, start, end, fallback=company.current_status)
    return events, band, cases


@login_required
def company_detail(request, pk):
    company = Company.objects.filter(pk=pk).first()
    if company is None:
        # A duplicate merged into another company: send old links to the survivor.
        merged = get_object_or_404(MergedCompany, old_id=pk)
        return redirect("tracker:company-detail", merged.into_id, permanent=True)
    events, band, cases = build_timeline(company)
    return render(request, "tracker/companies/detail.html", {
        "company": company, "events": events, "band": band, "cases": cases,
        "open_deadlines": [e for e in events if e.kind == "deadline" and e.record.is_open],
        # What the registry lists saw, latest first: "*ST as of 2025-08-08", not a change.
        "observations": sorted(company.observations.all(), key=lambda o: o.observed_on, reverse=True)[:3],
    })
