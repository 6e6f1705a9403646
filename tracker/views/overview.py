"""The overview: counts by month, by measure and by issuer (SVG charts), and the deadlines to watch."""
from datetime import date, timedelta

from django.contrib.auth.decorators import login_required
from django.db.models import Count
from django.db.models.functions import TruncMonth
from django.http import QueryDict
from django.shortcuts import render
from django.urls import reverse
from django.utils import timezone
from django.utils.translation import gettext as _

from tracker.choices import Measure
from tracker.filters import EnforcementActionFilterSet
from tracker.models import Deadline

from .charts import column_chart, row_chart

MONTHS_SHOWN = 24
TOP_ISSUERS = 12
UPCOMING_DAYS = 30


def _month_start(day):
    return day.replace(day=1)


def _months_back(first, count):
    index = first.year * 12 + first.month - 1
    return [date((index - n) // 12, (index - n) % 12 + 1, 1) for n in reversed(range(count))]


def _list_url(query, **params):
    data = QueryDict(query, mutable=True)
    for key, value in params.items():
        data.setlist(key, [value])
    return f"{reverse('tracker:action-list')}?{data.urlencode()}"


@login_required
def overview(request):
    today = timezone.localdate()
    filterset = EnforcementActionFilterSet(request.GET, request=request)
    errors = []
    if filterset.is_valid():
        actions = filterset.qs.order_by()
    else:
        errors.append(_("筛选条件有误，请修正标出的字段。"))
        actions = filterset.queryset.none()
    query = request.GET.urlencode()

    per_month = dict(
        actions.filter(decision_date__isnull=False).annotate(month=TruncMonth("decision_date"))
        .values_list("month").annotate(n=Count("pk")).order_by()
    )
    per_month = {(m.date() if hasattr(m, "date") else m): n for m, n in per_month.items()}
    last_month = _month_start(max(per_month)) if per_month else _month_start(today)
    last_month = max(last_month, _month_start(today)) if not request.GET.get("decision_date_before") else last_month
    months = _months_back(last_month, MONTHS_SHOWN)
    month_chart = column_chart([(m.strftime("%Y-%m"), per_month.get(m, 0)) for m in months])

    measures = dict(Measure.choices)
    by_measure = actions.values_list("measure").annotate(n=Count("pk")).order_by("-n")
    measure_chart = row_chart([(measures.get(code, code), n, _list_url(query, measure=code)) for code, n in by_measure])
    by_issuer = actions.values_list("issuer_id", "issuer__name").annotate(n=Count("pk")).order_by("-n")[:TOP_ISSUERS]
    issuer_chart = row_chart([(name, n, _list_url(query, issuer=str(pk))) for pk, name, n in by_issuer])

    upcoming = list(Deadline.objects.due_within(UPCOMING_DAYS, today).select_related("company", "follows")
                    .prefetch_related("company__names").order_by("due_date", "id")[:15])
    overdue = Deadline.objects.overdue(today)
    return render(request, "tracker/overview.html", {
        "filterset": filterset, "filter_errors": errors, "today": today,
        "month_chart": month_chart, "measure_chart": measure_chart, "issuer_chart": issuer_chart,
        "total": actions.count(),
        "upcoming": upcoming, "upcoming_days": UPCOMING_DAYS,
        "overdue_count": overdue.count(),
        "upcoming_until": today + timedelta(days=UPCOMING_DAYS),
    })
