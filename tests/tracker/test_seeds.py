"""The seed facts: what a curator must find after `load_seeds`, and that loading is idempotent and atomic."""
from datetime import date
from decimal import Decimal

import pytest
from django.core.management import CommandError, call_command

from companies.choices import RiskStatus
from companies.models import Company, CompanyName, StatusChange
from tracker.choices import Measure, TargetRole
from tracker.models import Citation, Deadline, EnforcementAction, Source

pytestmark = pytest.mark.django_db


@pytest.fixture
def seeded():
    call_command("load_seeds", verbosity=0)


def company_named(name):
    return Company.objects.search(name).get()


def test_st_dongshi_has_its_rectification_order_warning_letters_work_letter_and_deadline(seeded):
    dongshi = company_named("ST东时")
    assert dongshi.full_name == "东方时尚驾驶学校股份有限公司"
    actions = {(a.measure, a.decision_date, a.issuer.name): a for a in dongshi.enforcement_actions.all()}
    assert (Measure.RECTIFICATION_ORDER, date(2025, 5, 27), "北京证监局") in actions
    letters = actions[(Measure.WARNING_LETTER, date(2025, 5, 27), "北京证监局")]
    targets = {(t.person.name, t.role) for t in letters.targets.select_related("person")}
    assert targets == {("孙翔", TargetRole.CHAIRMAN), ("闫文辉", TargetRole.OFFICER), ("王红玉", TargetRole.OFFICER)}
    assert "1.06亿元" in letters.summary  # why the officers were warned
    assert (Measure.WORK_LETTER, date(2025, 5, 23), "交易所") in actions

    deadline = Deadline.objects.get(company=dongshi, proposed=False)
    assert deadline.due_date == date(2025, 6, 19)
    assert deadline.amount_yuan == Decimal("387000000")
    assert deadline.consequence_status == RiskStatus.STAR_ST
    assert deadline.case.balance == Decimal("387000000")


def test_the_five_removals_of_may_2025_with_their_effective_dates(seeded):
    removals = {
        c.company.full_name: c.effective_date
        for c in StatusChange.objects.filter(to_status=RiskStatus.NORMAL).prefetch_related("company__names")
    }
    assert removals == {
        "北京东方园林环境股份有限公司": date(2025, 5, 29),
        "四川金时科技股份有限公司": date(2025, 5, 23),
        "福建傲农生物科技集团股份有限公司": date(2025, 5, 20),
        "山西科新发展股份有限公司": date(2025, 5, 20),
        "文投控股股份有限公司": date(2025, 5, 6),
    }
    yuanlin = StatusChange.objects.get(effective_date=date(2025, 5, 29))
    assert yuanlin.suspension_date == date(2025, 5, 28)
    assert yuanlin.price_limit_pct == Decimal("10")
    aonong = company_named("傲农生物")
    assert aonong.name_on(date(2025, 5, 19)) == "*ST傲农"
    assert aonong.name_on(date(2025, 5, 20)) == "傲农生物"
    assert aonong.status_on(date(2025, 5, 19)) == RiskStatus.STAR_ST
    assert aonong.current_status == RiskStatus.NORMAL


def test_work_letters_to_four_companies_and_an_undated_investigation(seeded):
    letters = EnforcementAction.objects.filter(measure=Measure.WORK_LETTER, decision_date=date(2025, 5, 23))
    assert {a.company.name_on(a.decision_date) for a in letters} == {"ST东时", "*ST华微", "*ST龙宇", "*ST观典"}
    investigation = EnforcementAction.objects.get(measure=Measure.INVESTIGATION)
    assert investigation.company == company_named("*ST龙宇")
    assert investigation.issuer.name == "中国证监会"
    assert investigation.decision_date is None


def test_every_seeded_record_cites_its_page(seeded):
    curated = Deadline.objects.filter(proposed=False)  # the statutory chain is computed, not cited
    for record in [*EnforcementAction.objects.all(), *StatusChange.objects.all(), *curated]:
        citations = list(Citation.for_record(record))
        assert citations, record
        assert all(c.source.publication == "证券日报" and c.source.published_on == date(2025, 5, 29) for c in citations)
        assert all(c.passage for c in citations)


def test_loading_twice_changes_nothing(seeded):
    def snapshot():
        return [
            sorted(model.objects.values_list("pk", "updated_at"))
            for model in (Company, CompanyName, StatusChange, EnforcementAction, Deadline, Source)
        ] + [Citation.objects.count()]

    before = snapshot()
    call_command("load_seeds", verbosity=0)
    assert snapshot() == before


@pytest.mark.parametrize(
    ("bad_line", "message"),
    [
        ("  - {key: x, code: '12345', names: [{name: 坏代码公司, kind: full}]}", "股票代码"),
        ("  - {key: x, names: [{name: 坏日期公司, kind: short, valid_from: 2025-13-40}]}", "valid_from"),
    ],
)
def test_a_bad_seed_file_is_refused_whole_with_a_clear_message(tmp_path, bad_line, message):
    path = tmp_path / "bad.yaml"
    path.write_text(
        "companies:\n  - {key: ok, names: [{name: 完好公司股份有限公司, kind: full}]}\n" + bad_line + "\n",
        encoding="utf-8",
    )
    with pytest.raises(CommandError) as error:
        call_command("load_seeds", str(path), verbosity=0)
    assert message in str(error.value)
    assert "bad.yaml" in str(error.value)
    assert not CompanyName.objects.filter(name="完好公司股份有限公司").exists()  # nothing half-loaded


def test_starting_again_never_undoes_a_curators_work(seeded):
    # Issue 11 point 0: dev.py run loads the seeds on every start; what curators did in between stays.
    from tracker.models import FundOccupationCase

    dongshi = company_named("ST东时")
    deadline = Deadline.objects.get(company=dongshi, due_date=date(2025, 6, 19))
    deadline.due_date = date(2025, 8, 19)  # extended
    deadline.notes = "延期至8月19日"
    deadline.save()
    order = EnforcementAction.objects.get(company=dongshi, measure=Measure.RECTIFICATION_ORDER)
    order.document_number = "京证监发〔2025〕99号"  # corrected
    order.save()
    case = FundOccupationCase.objects.get(company=dongshi)
    case.description = "策展人改写的说明"
    case.actions.clear()
    case.save()
    work_letter = EnforcementAction.objects.get(company=dongshi, measure=Measure.WORK_LETTER)
    work_letter.delete()  # a curator removed it

    def snapshot():
        return [
            sorted(model.objects.values_list("pk", "updated_at"))
            for model in (Company, CompanyName, StatusChange, EnforcementAction, Deadline, FundOccupationCase, Source)
        ] + [Citation.objects.count(), sorted(case.actions.values_list("pk", flat=True))]

    before = snapshot()
    call_command("load_seeds", verbosity=0)
    assert snapshot() == before
    assert not Deadline.objects.filter(company=dongshi, due_date=date(2025, 6, 19)).exists()
    assert EnforcementAction.objects.filter(company=dongshi, measure=Measure.RECTIFICATION_ORDER).count() == 1
    assert not EnforcementAction.objects.filter(company=dongshi, measure=Measure.WORK_LETTER).exists()
    case.refresh_from_db()
    assert case.description == "策展人改写的说明"
