"""A small, varied set of cases for the web, API and browser tests (dates of deadlines relative to today)."""
from datetime import date, timedelta
from decimal import Decimal

import pytest
from django.core.cache import cache
from django.utils import timezone

from companies.choices import NameKind, RiskStatus
from companies.models import CompanyName, Person, StatusChange
from tracker.choices import DeadlineStatus, Measure, TargetRole
from tracker.models import (
    ActionTarget,
    Citation,
    Deadline,
    EnforcementAction,
    FundOccupationCase,
    Issuer,
    Source,
    ViolationType,
)


@pytest.fixture(autouse=True)
def _fresh_facet_cache():
    # Facet counts are cached per filter state; every test starts from an empty cache.
    cache.clear()
    yield
    cache.clear()


@pytest.fixture
def cases(make_company, bureau):
    today = timezone.localdate()
    # get_or_create: transactional (browser) tests flush the reference rows the migrations loaded.
    exchange = Issuer.objects.get_or_create(name="上交所", defaults={"kind": "exchange"})[0]
    csrc = Issuer.objects.get_or_create(name="中国证监会", defaults={"kind": "csrc"})[0]
    for code, name in [("P2503", "虚假记载(误导性陈述)"), ("P2505", "重大遗漏"), ("P2510", "占用公司资产"),
                       ("P2514", "违规担保")]:
        ViolationType.objects.get_or_create(code=code, defaults={"name": name})

    dongfang = make_company("ST东方", code="600111", full_name="东方实业股份有限公司", since=date(2023, 5, 1))
    CompanyName.objects.create(company=dongfang, name="东方实业", kind=NameKind.SHORT, valid_from=date(2010, 1, 1),
                               valid_to=date(2023, 4, 30))
    StatusChange.objects.create(company=dongfang, from_status=RiskStatus.NORMAL, to_status=RiskStatus.ST,
                                effective_date=date(2023, 5, 1), trigger="regulatory", reason="资金占用未整改")
    xinxing = make_company("新星科技", code="300222", full_name="新星科技股份有限公司")
    yuanhang = make_company("*ST远航", code="688333", full_name="远航智能股份有限公司", since=date(2024, 3, 1))
    StatusChange.objects.create(company=yuanhang, from_status=RiskStatus.NORMAL, to_status=RiskStatus.STAR_ST,
                                effective_date=date(2024, 3, 1), trigger="financial")

    zhang = Person.objects.create(name="张三", company=dongfang)
    li = Person.objects.create(name="李四", company=xinxing)

    rectification = EnforcementAction.objects.create(
        company=dongfang, issuer=bureau, measure=Measure.RECTIFICATION_ORDER, decision_date=date(2025, 3, 1),
        announcement_date=date(2025, 3, 3), document_number="示例〔2025〕1号")
    rectification.violation_types.add("P2510")
    ActionTarget.objects.create(action=rectification, role=TargetRole.COMPANY)
    ActionTarget.objects.create(action=rectification, person=zhang, role=TargetRole.CHAIRMAN)
    work_letter = EnforcementAction.objects.create(
        company=dongfang, issuer=exchange, measure=Measure.WORK_LETTER, decision_date=date(2024, 6, 10),
        announcement_date=date(2024, 6, 10))
    fine = EnforcementAction.objects.create(
        company=xinxing, issuer=csrc, measure=Measure.FINE, decision_date=date(2025, 1, 15),
        announcement_date=date(2025, 1, 20), document_number="示例罚字〔2025〕3号")
    fine.violation_types.add("P2503", "P2505")
    ActionTarget.objects.create(action=fine, role=TargetRole.COMPANY, amount_yuan=Decimal("500000"))
    ActionTarget.objects.create(action=fine, person=li, role=TargetRole.DIRECTOR, amount_yuan=Decimal("100000"))
    censure = EnforcementAction.objects.create(
        company=yuanhang, issuer=exchange, measure=Measure.PUBLIC_CENSURE, decision_date=date(2023, 11, 20),
        announcement_date=date(2023, 11, 22))
    censure.violation_types.add("P2514")
    warning = EnforcementAction.objects.create(
        company=yuanhang, issuer=bureau, measure=Measure.WARNING_LETTER, decision_date=date(2025, 6, 1))

    case = FundOccupationCase.objects.create(company=dongfang, occupier="东方控股集团",
                                             amount_occupied=Decimal("300000000"), occupied_as_of=date(2024, 12, 31))
    case.actions.add(rectification)
    case.repayments.create(paid_on=date(2025, 4, 1), amount_yuan=Decimal("100000000"), method="cash")
    upcoming = Deadline.objects.create(company=dongfang, case=case, due_date=today + timedelta(days=20),
                                       obligation="清收被占用资金", amount_yuan=Decimal("200000000"),
                                       consequence="股票停牌", status=DeadlineStatus.OPEN)
    overdue = Deadline.objects.create(company=yuanhang, action=warning, due_date=today - timedelta(days=5),
                                      obligation="提交整改报告", status=DeadlineStatus.OPEN)
    met = Deadline.objects.create(company=xinxing, action=fine, due_date=date(2025, 3, 1), obligation="缴纳罚款",
                                  status=DeadlineStatus.MET, resolved_on=date(2025, 2, 20))
    source = Source.objects.create(publication="示例财经", title="东方实业收到整改决定", published_on=date(2025, 3, 3),
                                   url="https://example.com/news/1")
    Citation.cite(rectification, source, "证监局要求公司限期收回被占用的资金。")
    return {
        "dongfang": dongfang, "xinxing": xinxing, "yuanhang": yuanhang, "bureau": bureau, "exchange": exchange,
        "csrc": csrc, "rectification": rectification, "work_letter": work_letter, "fine": fine, "censure": censure,
        "warning": warning, "case": case, "upcoming": upcoming, "overdue": overdue, "met": met, "source": source,
        "today": today,
    }


@pytest.fixture
def analyst_client(client, analyst):
    client.force_login(analyst)
    return client
