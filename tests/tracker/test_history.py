"""History a reader can follow: every curated record, many-to-many links, who did it, in plain words."""
from datetime import date
from decimal import Decimal

import pytest
from django.core.management import call_command

from companies.history import SEED_LOADER, changes_made_by
from tracker.choices import Measure
from tracker.models import Citation, EnforcementAction, Proposal, Repayment, ViolationType

pytestmark = pytest.mark.django_db


@pytest.fixture
def admin_client(client, curator):
    client.force_login(curator)
    return client


def history_page(client, model, pk):
    response = client.get(f"/admin/tracker/{model}/{pk}/history/")
    assert response.status_code == 200
    return response.content.decode()


def test_an_issuer_edited_in_admin_has_history_naming_the_curator(admin_client, bureau):
    response = admin_client.post(f"/admin/tracker/issuer/{bureau.pk}/change/",
                                 {"name": bureau.name, "kind": bureau.kind, "aliases": "示例局"})
    assert response.status_code == 302
    page = history_page(admin_client, "issuer", bureau.pk)
    assert "curator" in page and "别称" in page and "示例局" in page
    # Headers in the product's language, nothing shown as None or pk=None.
    assert "变更内容" in page and "修改人" in page
    assert "Changes" not in page and "None" not in page and "pk=" not in page


def test_violation_types_and_linked_actions_are_in_the_history(admin_client, occupied_company, curator):
    action, case = occupied_company["action"], occupied_company["case"]
    occupation = ViolationType.objects.order_by("code").first()  # CSMAR types, loaded by a migration
    with changes_made_by(curator.username):
        action.violation_types.add(occupation)
        case.actions.remove(action)
    page = history_page(admin_client, "enforcementaction", action.pk)
    assert occupation.name in page and "违规类型" in page
    page = history_page(admin_client, "fundoccupationcase", case.pk)
    assert "相关监管措施" in page and "→ —" in page  # the link removed: from the action to nothing


def test_repayments_edited_on_the_case_show_on_its_history_page(admin_client, occupied_company, curator):
    case = occupied_company["case"]
    with changes_made_by(curator.username):
        repayment = Repayment.objects.create(case=case, paid_on=date(2025, 4, 1), amount_yuan=Decimal("50000000"))
        repayment.amount_yuan = Decimal("60000000")
        repayment.save()
    page = history_page(admin_client, "fundoccupationcase", case.pk)
    assert "还款记录的变更" in page
    assert "金额(元)" in page and "50000000.00 → 60000000.00" in page
    assert "None" not in page


def test_the_seed_loader_names_itself_in_the_history():
    call_command("load_seeds", verbosity=0)
    action = EnforcementAction.objects.filter(measure=Measure.RECTIFICATION_ORDER).first()
    assert action is not None
    assert {record.history_user.username for record in action.history.all()} == {SEED_LOADER}
    citations = list(Citation.history.all()[:50])
    assert citations and all(record.history_user.username == SEED_LOADER for record in citations)


def test_a_proposals_history_shows_what_the_curator_changed_only(admin_client, curator, occupied_company):
    proposal = Proposal.objects.create(source=occupied_company["source"], kind="enforcement_action",
                                       payload={"measure": "warning_letter", "regulator": "示例证监局"},
                                       payload_hash="x" * 64, evidence="示例", evidence_start=0, evidence_end=2)
    with changes_made_by(curator.username):
        proposal.payload = {"measure": "rectification_order", "regulator": "示例证监局"}
        proposal.evidence_start = 1  # bookkeeping of a re-run: not a curator's change
        proposal.save()
    changes = list(proposal.history.all())
    assert len(changes) == 2
    delta = changes[0].diff_against(changes[1])
    assert delta.changed_fields == ["payload"]
    page = history_page(admin_client, "proposal", proposal.pk)
    assert "rectification_order" in page and "依据起点" not in page



def test_proposals_made_by_the_extractor_say_so(occupied_company, django_capture_on_commit_callbacks):
    from tracker.review.ingest import ingest_text
    from tracker.review.jobs import EXTRACTOR, extract_source

    source = ingest_text("本报记者 李明\n示例实业股份有限公司（以下简称“示例实业”）公告，公司于2025年3月12日收到"
                         "示例证监局出具的警示函。\n", published_on=date(2025, 3, 14), enqueue=False).source
    extract_source(source.pk)
    authors = {record.history_user.username for record in Proposal.history.filter(source_id=source.pk)}
    assert authors == {EXTRACTOR}
