"""Merging a company recorded by name alone into the record that has its stock code: nothing is lost."""
from datetime import date
from decimal import Decimal

import pytest
from django.core.exceptions import ValidationError

from companies.choices import NameKind, RiskStatus
from companies.models import Company, CompanyName, Person, StatusChange
from tracker.choices import Measure, TargetRole
from tracker.models import (
    ActionTarget,
    Citation,
    Deadline,
    EnforcementAction,
    FundOccupationCase,
    Proposal,
    ProposalKind,
    Repayment,
    Source,
)
from tracker.review.merge import merge_companies

pytestmark = pytest.mark.django_db


@pytest.fixture
def pair(make_company, bureau):
    """The coded company, and the same company recorded from a news page by name alone."""
    coded = make_company("ST青禾", code="600321", full_name="青禾环境科技股份有限公司")
    named = make_company("青禾环境")
    news = Source.objects.create(title="青禾环境收到责令改正决定", published_on=date(2025, 3, 14), text="示例正文一")
    filing = Source.objects.create(title="关于收到责令改正决定的公告", published_on=date(2025, 3, 13), text="示例正文二")

    # The same action recorded on both: from the company's filing on the coded record, from the news on the other.
    kept_action = EnforcementAction.objects.create(company=coded, issuer=bureau, measure=Measure.RECTIFICATION_ORDER,
                                                   decision_date=date(2025, 3, 12))
    ActionTarget.objects.create(action=kept_action, role=TargetRole.COMPANY)
    Citation.cite(kept_action, filing)
    twin_action = EnforcementAction.objects.create(company=named, issuer=bureau, measure=Measure.RECTIFICATION_ORDER,
                                                   decision_date=date(2025, 3, 12))
    ActionTarget.objects.create(action=twin_action, role=TargetRole.COMPANY)
    chairman = Person.objects.create(name="李青", company=named)
    ActionTarget.objects.create(action=twin_action, person=chairman, role=TargetRole.CHAIRMAN)
    Citation.cite(twin_action, news, passage="江苏证监局对公司采取责令改正措施")

    # Records only the name-only company has.
    warning = EnforcementAction.objects.create(company=named, issuer=bureau, measure=Measure.WARNING_LETTER,
                                               decision_date=date(2025, 3, 12))
    ActionTarget.objects.create(action=warning, person=chairman, role=TargetRole.CHAIRMAN)
    change = StatusChange.objects.create(company=named, from_status=RiskStatus.NORMAL, to_status=RiskStatus.ST,
                                         effective_date=date(2024, 5, 6))
    Citation.cite(change, news)
    case = FundOccupationCase.objects.create(company=named, occupier="青禾控股集团", amount_occupied=Decimal("215000000"))
    case.actions.add(twin_action)
    Repayment.objects.create(case=case, paid_on=date(2025, 2, 1), amount_yuan=Decimal("15000000"))
    deadline = Deadline.objects.create(company=named, case=case, action=twin_action, due_date=date(2025, 9, 12),
                                       obligation="清收被占用资金")
    Citation.cite(deadline, news)
    proposal = Proposal.objects.create(source=news, kind=ProposalKind.DEADLINE, payload={}, payload_hash="x" * 64,
                                       company=named, company_name="青禾环境")
    return {"coded": coded, "named": named, "kept_action": kept_action, "warning": warning, "change": change,
            "case": case, "deadline": deadline, "chairman": chairman, "news": news, "filing": filing,
            "proposal": proposal}


def test_merging_moves_every_record_and_folds_the_shared_action(pair):
    coded, named = pair["coded"], pair["named"]
    merge_companies(coded, named)

    assert not Company.objects.filter(pk=named.pk).exists()
    assert set(coded.names.values_list("name", flat=True)) == {"ST青禾", "青禾环境科技股份有限公司", "青禾环境"}
    assert coded.code == "600321"

    # The action both recorded is one action now, cited by both sources, targeting company and chairman.
    rectification = EnforcementAction.objects.get(company=coded, measure=Measure.RECTIFICATION_ORDER)
    assert rectification == pair["kept_action"]
    assert {c.source for c in Citation.for_record(rectification)} == {pair["news"], pair["filing"]}
    assert {(t.person_id, t.role) for t in rectification.targets.all()} == {
        (None, TargetRole.COMPANY), (pair["chairman"].pk, TargetRole.CHAIRMAN)
    }
    assert EnforcementAction.objects.filter(company=coded).count() == 2  # + the warning letter

    pair["chairman"].refresh_from_db()
    assert pair["chairman"].company == coded
    assert Citation.for_record(StatusChange.objects.get(company=coded)).get().source == pair["news"]
    case = FundOccupationCase.objects.with_balance().get(company=coded)
    assert case.balance == Decimal("200000000")
    assert list(case.actions.all()) == [rectification]
    deadline = Deadline.objects.get(pk=pair["deadline"].pk)
    assert deadline.company == coded
    # Deadlines the alerts derive from it (suspension, *ST...) belonged to the other record: they follow too.
    assert not Deadline.objects.exclude(company=coded).exists()
    assert deadline.action == rectification and deadline.case == case
    assert Citation.for_record(deadline).get().source == pair["news"]
    pair["proposal"].refresh_from_db()
    assert pair["proposal"].company == coded


def test_the_code_moves_to_the_kept_record_when_only_the_other_has_it(pair):
    coded, named = pair["coded"], pair["named"]
    merge_companies(named, coded)
    named.refresh_from_db()
    assert named.code == "600321" and named.exchange == "SSE"
    assert CompanyName.objects.filter(company=named, kind=NameKind.FULL, name="青禾环境科技股份有限公司").exists()
    assert EnforcementAction.objects.filter(company=named).count() == 2


def test_same_name_rows_are_kept_once(make_company):
    keep = make_company("云岭股份", code="600777")
    other = make_company("云岭股份")
    merge_companies(keep, other)
    assert list(keep.names.values_list("name", flat=True)) == ["云岭股份"]


def test_companies_with_different_codes_are_not_merged(make_company):
    first, second = make_company("甲公司", code="600001"), make_company("乙公司", code="000002")
    with pytest.raises(ValidationError, match="股票代码不同"):
        merge_companies(first, second)
    assert Company.objects.count() == 2


def test_conflicting_status_changes_on_one_day_block_the_merge(make_company):
    keep, other = make_company("ST丙", code="600003"), make_company("丙公司")
    StatusChange.objects.create(company=keep, from_status=RiskStatus.NORMAL, to_status=RiskStatus.ST,
                                effective_date=date(2024, 5, 6))
    StatusChange.objects.create(company=other, from_status=RiskStatus.NORMAL, to_status=RiskStatus.STAR_ST,
                                effective_date=date(2024, 5, 6))
    with pytest.raises(ValidationError, match="不同的风险警示变更"):
        merge_companies(keep, other)
    assert StatusChange.objects.count() == 2 and Company.objects.count() == 2


def test_watchers_of_either_company_watch_the_merged_one(pair, curator, analyst):
    from tracker.models import Subscription

    both = Subscription.objects.create(user=curator)
    both.companies.add(pair["coded"], pair["named"])
    named_only = Subscription.objects.create(user=analyst)
    named_only.companies.add(pair["named"])

    merge_companies(pair["coded"], pair["named"])

    assert list(both.companies.all()) == [pair["coded"]]
    assert list(named_only.companies.all()) == [pair["coded"]]


def test_the_merged_companys_old_page_redirects_to_the_survivor(pair, make_company, client, analyst):
    coded, named = pair["coded"], pair["named"]
    old_url = f"/companies/{named.pk}/"
    merge_companies(coded, named)
    client.force_login(analyst)
    response = client.get(old_url)
    assert response.status_code == 301 and response["Location"] == f"/companies/{coded.pk}/"
    assert "青禾环境" in client.get(response["Location"]).content.decode()

    # Merged again later: the first old link follows to the final company.
    third = make_company("青禾环保", code="")
    merge_companies(third, coded)
    assert client.get(old_url)["Location"] == f"/companies/{third.pk}/"
    assert client.get("/companies/999999/").status_code == 404
