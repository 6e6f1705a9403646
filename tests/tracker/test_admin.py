"""The curation admin: finding records fast, inlines, bulk actions, history and refusals shown to the curator."""
import re
from datetime import date

import pytest
from django.core.management import call_command
from django.urls import reverse

from companies.models import Company, StatusChange
from tracker.choices import DeadlineStatus
from tracker.models import Deadline, EnforcementAction, Repayment

pytestmark = pytest.mark.django_db


@pytest.fixture
def admin_client(client, curator):
    call_command("load_seeds", verbosity=0)
    client.force_login(curator)
    return client


@pytest.mark.parametrize(
    "model",
    ["companies.company", "companies.companyname", "companies.statuschange", "companies.person", "tracker.source",
     "tracker.citation", "tracker.issuer", "tracker.enforcementaction", "tracker.fundoccupationcase",
     "tracker.deadline", "tracker.violationtype"],
)
def test_every_changelist_opens(admin_client, model):
    app, name = model.split(".")
    response = admin_client.get(reverse(f"admin:{app}_{name}_changelist"))
    assert response.status_code == 200


@pytest.mark.parametrize("term", ["ST东时", "东时", "东方时尚驾驶学校股份有限公司"])
def test_company_search_works_with_or_without_the_st_prefix(admin_client, term):
    response = admin_client.get(reverse("admin:companies_company_changelist"), {"q": term})
    assert response.status_code == 200
    assert list(response.context["cl"].result_list) == [Company.objects.search("ST东时").get()]


def test_enforcement_actions_are_found_by_company_name_without_prefix(admin_client):
    response = admin_client.get(reverse("admin:tracker_enforcementaction_changelist"), {"q": "华微"})
    results = list(response.context["cl"].result_list)
    assert [a.measure for a in results] == ["work_letter"]
    assert results[0].company.current_short_name == "*ST华微"


def test_company_autocomplete_matches_any_name(admin_client):
    response = admin_client.get(
        reverse("admin:autocomplete"),
        {"term": "龙宇", "app_label": "tracker", "model_name": "enforcementaction", "field_name": "company"},
    )
    assert response.status_code == 200
    # The seeded *ST龙宇 got its code from the registry (listed there as 退市龙宇): one company, not two.
    assert [r["text"] for r in response.json()["results"]] == ["退市龙宇（603003）"]


def test_company_page_shows_names_and_status_changes_inline(admin_client):
    company = Company.objects.search("傲农").get()
    response = admin_client.get(reverse("admin:companies_company_change", args=[company.pk]))
    content = response.content.decode()
    assert "*ST傲农" in content and "福建傲农生物科技集团股份有限公司" in content
    assert "2025-05-20" in content


def test_bulk_mark_met_records_who_did_it(admin_client, curator):
    deadline = Deadline.objects.get(proposed=False)
    response = admin_client.post(
        reverse("admin:tracker_deadline_changelist"),
        {"action": "mark_met", "_selected_action": [deadline.pk]},
        follow=True,
    )
    assert "已完成" in response.content.decode()
    deadline.refresh_from_db()
    assert deadline.status == DeadlineStatus.MET
    assert deadline.resolved_on is not None
    assert deadline.history.first().history_user == curator
    history = admin_client.get(reverse("admin:tracker_deadline_history", args=[deadline.pk]))
    assert curator.username in history.content.decode()


def test_overdue_filter_lists_open_deadlines_past_due(admin_client):
    response = admin_client.get(reverse("admin:tracker_deadline_changelist"), {"due": "overdue"})
    # The seeded deadline (2025-06-19) is long past and nobody resolved it.
    listed = list(response.context["cl"].result_list)
    assert date(2025, 6, 19) in [d.due_date for d in listed]
    assert all(d.is_overdue() for d in listed)
    assert "已逾期" in response.content.decode()


def test_a_repayment_above_the_balance_is_refused_in_the_case_form(admin_client):
    deadline = Deadline.objects.get(proposed=False)
    case = deadline.case
    url = reverse("admin:tracker_fundoccupationcase_change", args=[case.pk])
    page = admin_client.get(url)
    form = page.context["adminform"].form
    data = {name: form.initial.get(name) or "" for name in form.fields}
    data.update({
        "company": case.company_id, "occupier": case.occupier, "amount_occupied": "387000000",
        "occupied_as_of": "2025-05-23", "occupier_role": case.occupier_role, "actions": [a.pk for a in case.actions.all()],
    })
    for formset in page.context["inline_admin_formsets"]:
        prefix = formset.formset.prefix
        data.update({f"{prefix}-TOTAL_FORMS": "0", f"{prefix}-INITIAL_FORMS": "0", f"{prefix}-MIN_NUM_FORMS": "0",
                     f"{prefix}-MAX_NUM_FORMS": "1000"})
        if formset.formset.model is Repayment:
            data.update({f"{prefix}-TOTAL_FORMS": "1", f"{prefix}-0-paid_on": "2025-06-01",
                         f"{prefix}-0-amount_yuan": "400000000", f"{prefix}-0-method": "cash"})
        elif formset.formset.model is Deadline:
            data.update({f"{prefix}-TOTAL_FORMS": "1", f"{prefix}-INITIAL_FORMS": "1",
                         f"{prefix}-0-id": deadline.pk, f"{prefix}-0-case": case.pk, f"{prefix}-0-due_date": "2025-06-19",
                         f"{prefix}-0-kind": deadline.kind, f"{prefix}-0-obligation": deadline.obligation,
                         f"{prefix}-0-amount_yuan": "387000000", f"{prefix}-0-consequence": deadline.consequence,
                         f"{prefix}-0-consequence_status": "*ST", f"{prefix}-0-status": "open"})
    response = admin_client.post(url, data)
    assert response.status_code == 200  # the form is shown again, not saved
    assert "超过未归还余额" in response.content.decode()
    assert not Repayment.objects.exists()


def test_a_contradicting_status_change_is_refused_in_admin(admin_client):
    company = Company.objects.search("科新发展").get()
    response = admin_client.post(reverse("admin:companies_statuschange_add"), {
        # The status was normal since 2025-05-20, so a change "from *ST" the next day contradicts it.
        "company": company.pk, "from_status": "*ST", "to_status": "ST", "effective_date": "2025-05-21",
        "trigger": "other", "citations-TOTAL_FORMS": "0", "citations-INITIAL_FORMS": "0",
        "tracker-citation-content_type-object_id-TOTAL_FORMS": "0",
        "tracker-citation-content_type-object_id-INITIAL_FORMS": "0",
    })
    assert response.status_code == 200
    assert "与记录矛盾" in response.content.decode()
    assert StatusChange.objects.filter(company=company).count() == 1


def test_an_action_page_shows_targets_and_its_source(admin_client):
    action = EnforcementAction.objects.get(measure="warning_letter")
    content = admin_client.get(reverse("admin:tracker_enforcementaction_change", args=[action.pk])).content.decode()
    for expected in ["孙翔", "闫文辉", "王红玉", "证券日报"]:
        assert expected in content


def test_large_tables_are_chosen_with_autocomplete_in_the_deadline_form(client, curator, occupied_company):
    client.force_login(curator)
    page = client.get(f"/admin/tracker/deadline/{occupied_company['deadline'].pk}/change/").content.decode()
    for field in ("company", "case", "action", "follows"):
        assert re.search(rf'<select name="{field}"[^>]*class="[^"]*admin-autocomplete', page), field
    # No <option> per deadline, case or action of the whole database in the page.
    assert page.count("<option") < 40


def test_a_deadline_cannot_follow_itself(client, curator, occupied_company):
    deadline = occupied_company["deadline"]
    client.force_login(curator)
    page = client.get(f"/admin/tracker/deadline/{deadline.pk}/change/")
    form = page.context["adminform"].form
    data = {name: value for name, value in form.initial.items() if value is not None and not isinstance(value, list)}
    data.update({"follows": deadline.pk, "company": deadline.company_id, "due_date": deadline.due_date.isoformat(),
                 "case": deadline.case_id or "", "action": deadline.action_id or "",
                 "deadlinecitations-TOTAL_FORMS": 0, "deadlinecitations-INITIAL_FORMS": 0})
    response = client.post(f"/admin/tracker/deadline/{deadline.pk}/change/", data)
    assert response.status_code == 200
    assert "不能跟在自己" in response.content.decode()
    deadline.refresh_from_db()
    assert deadline.follows_id is None
