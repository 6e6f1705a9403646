"""Deadlines: upcoming and overdue, as a filtered list and as a month calendar (same filters)."""
import calendar
import re
from datetime import date

from django.contrib.auth.decorators import login_required
from django.shortcuts import get_object_or_404, render
from django.utils import timezone
from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy

from tracker.filters import DeadlineFilterSet
from tracker.models import Citation, Deadline, SearchList

from .exports import DEADLINE_HEADERS, deadline_rows, export_response, refuse_export
from .listing import filtered_list

DEADLINE_COLUMNS = (
    ("due_date", gettext_lazy("截止日期")),
    (None, gettext_lazy("剩余天数")),
    ("company", gettext_lazy("公司")),
    ("kind", gettext_lazy("类型")),
    (None, gettext_lazy("义务")),
    ("amount", gettext_lazy("金额")),
    (None, gettext_lazy("未完成后果")),
    ("status", gettext_lazy("状态")),
)
MONTH_RE = re.compile(r"^(\d{4})-(\d{1,2})$")
WEEKDAYS = [gettext_lazy("一"), gettext_lazy("二"), gettext_lazy("三"), gettext_lazy("四"), gettext_lazy("五"),
            gettext_lazy("六"), gettext_lazy("日")]


def prepare_deadlines(qs):
    return qs.select_related("company", "follows").prefetch_related("company__names")


@login_required
def deadline_list(request):
    context = filtered_list(request, DeadlineFilterSet, columns=DEADLINE_COLUMNS, prepare=prepare_deadlines)
    context["today"] = timezone.localdate()
    context["search_list"] = SearchList.DEADLINES
    return render(request, "tracker/deadlines/list.html", context)


@login_required
def deadline_detail(request, pk):
    """One deadline for every analyst and subscriber: where it stands, its statutory chain, where it comes from."""
    deadline = get_object_or_404(Deadline.objects.select_related("company", "follows", "case", "action__issuer"),
                                 pk=pk)
    chain_before, step = [], deadline
    while step.follows_id is not None:
        step = step.follows
        chain_before.insert(0, step)
    chain_after, step = [], deadline
    while (step := step.followed_by.order_by("id").first()) is not None:
        chain_after.append(step)
    return render(request, "tracker/deadlines/detail.html", {
        "deadline": deadline, "today": timezone.localdate(), "chain_before": chain_before, "chain_after": chain_after,
        "citations": Citation.for_record(deadline),
    })


def parse_month(value, today):
    """'2025-09' -> date(2025, 9, 1); None for anything else."""
    match = MONTH_RE.match(value or "")
    if not match:
        return None
    year, month = int(match.group(1)), int(match.group(2))
    if not (1 <= month <= 12 and 1900 <= year <= 2200):
        return None
    return date(year, month, 1)


def shift_month(first, months):
    index = first.year * 12 + first.month - 1 + months
    return date(index // 12, index % 12 + 1, 1)


@login_required
def deadline_calendar(request):
    today = timezone.localdate()
    errors = []
    month = parse_month(request.GET.get("month"), today)
    if request.GET.get("month") and month is None:
        errors.append(_("月份格式应为 YYYY-MM，例如 2025-09。"))
    month = month or today.replace(day=1)
    filterset = DeadlineFilterSet(request.GET, request=request)
    weeks = calendar.Calendar(firstweekday=0).monthdatescalendar(month.year, month.month)
    by_day = {}
    if filterset.is_valid():
        deadlines = filterset.qs.filter(due_date__gte=weeks[0][0], due_date__lte=weeks[-1][-1]).select_related(
            "company", "follows").prefetch_related("company__names").order_by("due_date", "id")
        for deadline in deadlines:
            by_day.setdefault(deadline.due_date, []).append(deadline)
    else:
        errors.append(_("筛选条件有误，请修正标出的字段。"))
    params = request.GET.copy()
    params.pop("month", None)
    query = params.urlencode()
    return render(request, "tracker/deadlines/calendar.html", {
        "filterset": filterset, "filter_errors": errors, "month": month, "today": today,
        "weekdays": WEEKDAYS, "current_query": query,
        "weeks": [[{"day": day, "in_month": day.month == month.month, "deadlines": by_day.get(day, []),
                    "days_left": (day - today).days} for day in week] for week in weeks],
        "previous_month": shift_month(month, -1), "next_month": shift_month(month, 1),
    })


@login_required
def deadline_export(request, export_format):
    filterset = DeadlineFilterSet(request.GET, request=request)
    if not filterset.is_valid():
        return refuse_export(request, filterset, "tracker:deadline-list")
    stamp = timezone.localtime().strftime("%Y%m%d-%H%M")
    return export_response(export_format, DEADLINE_HEADERS, deadline_rows(filterset.qs), f"deadlines-{stamp}", "截止日期")
