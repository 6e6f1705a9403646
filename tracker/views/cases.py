"""Enforcement actions: the filtered list and its exports."""
from django.contrib.auth.decorators import login_required
from django.shortcuts import render
from django.utils import timezone
from django.utils.translation import gettext_lazy as _

from companies.choices import RiskStatus
from companies.models import attach_names
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


# What a row of the case list shows (tracker_web.action_rows); the rest of each record is not read.
ROW_FIELDS = ("decision_date", "announcement_date", "measure", "proposed", "total_amount_yuan", "document_number",
              "company__code", "issuer__name")


def prepare_actions(qs):
    return qs.select_related("company", "issuer").only(*ROW_FIELDS)


def add_row_details(actions):
    """Give one page of actions what their rows show beyond their own columns, in three light queries.

    `violation_list` [(code, name)] and `target_list` [{"name": person or None for the company, "role": label}];
    the companies' statuses come from the cached table of risk statuses. Plain tuples instead of prefetched
    model instances: building those was most of a page's time.
    """
    violations, targets = action_details([action.pk for action in actions])
    attach_names([action.company for action in actions])
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
