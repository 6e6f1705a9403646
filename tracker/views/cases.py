"""Enforcement actions: the filtered list and its exports."""
from django.contrib.auth.decorators import login_required
from django.db.models import Prefetch
from django.shortcuts import render
from django.utils import timezone
from django.utils.translation import gettext_lazy as _

from companies.choices import RiskStatus
from companies.models import CompanyName
from tracker.filters import EnforcementActionFilterSet, risk_statuses
from tracker.models import SearchList

from .exports import ACTION_HEADERS, action_details, action_rows, export_response, refuse_export
from .listing import filtered_list

ACTION_COLUMNS = (
    ("decision_date", _("决定日期")),
    ("announcement_date", _("公告日期")),
    ("company", _("公司")),
    (None, _("当前状态")),
    ("issuer", _("监管机构")),
    ("measure", _("措施")),
    (None, _("违规类型")),
    (None, _("对象")),
    ("amount", _("金额")),
    ("document_number", _("文号")),
)


def prepare_actions(qs):
    # Ordered as CompanyName.Meta.ordering but by the company's key, not its code (no join).
    names = CompanyName.objects.only("company_id", "name", "kind", "valid_from", "valid_to").order_by(
        "company_id", "kind", "-valid_from")
    return qs.select_related("company", "issuer").prefetch_related(Prefetch("company__names", queryset=names))


def add_row_details(actions):
    """Give one page of actions what their rows show beyond their own columns, in two light queries.

    `violation_list` [(code, name)] and `target_list` [{"name": person or None for the company, "role": label}];
    the companies' statuses come from the cached table of risk statuses. Plain tuples instead of prefetched
    model instances: building those was most of a page's time.
    """
    violations, targets = action_details([action.pk for action in actions])
    statuses = risk_statuses()
    for action in actions:
        action.violation_list = violations[action.pk]
        action.target_list = [{"name": name, "role": role} for name, role in targets[action.pk]]
        action.company.annotated_status = statuses.get(action.company_id, RiskStatus.NORMAL)


@login_required
def action_list(request):
    context = filtered_list(request, EnforcementActionFilterSet, columns=ACTION_COLUMNS, prepare=prepare_actions,
                            decorate=add_row_details)
    context["search_list"] = SearchList.ACTIONS
    return render(request, "tracker/actions/list.html", context)


@login_required
def action_export(request, export_format):
    filterset = EnforcementActionFilterSet(request.GET, request=request)
    if not filterset.is_valid():
        return refuse_export(request, filterset, "tracker:action-list")
    stamp = timezone.localtime().strftime("%Y%m%d-%H%M")
    return export_response(export_format, ACTION_HEADERS, action_rows(filterset.qs), f"enforcement-actions-{stamp}",
                           "监管措施")
