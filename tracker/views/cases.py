"""Enforcement actions: the filtered list and its exports."""
from django.contrib.auth.decorators import login_required
from django.db.models import Prefetch
from django.shortcuts import render
from django.utils import timezone
from django.utils.translation import gettext_lazy as _

from tracker.filters import EnforcementActionFilterSet
from tracker.models import ActionTarget, SearchList

from .exports import ACTION_HEADERS, action_rows, export_response, refuse_export
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
    return qs.select_related("company", "issuer").prefetch_related(
        "company__names", "company__status_changes", "company__observations", "violation_types",
        Prefetch("targets", queryset=ActionTarget.objects.select_related("person").order_by("id")),
    )


@login_required
def action_list(request):
    context = filtered_list(request, EnforcementActionFilterSet, columns=ACTION_COLUMNS, prepare=prepare_actions)
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
