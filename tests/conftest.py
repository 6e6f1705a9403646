"""Fixtures shared by every test package: users and a small, realistic set of records."""
from datetime import date
from decimal import Decimal

import pytest

from companies.choices import NameKind, RiskStatus
from companies.models import Company, CompanyName, Person, StatusChange
from tracker.choices import DeadlineStatus, Measure, TargetRole
from tracker.models import ActionTarget, Deadline, EnforcementAction, FundOccupationCase, Issuer, Source


@pytest.fixture
def analyst(django_user_model):
    return django_user_model.objects.create_user("analyst", "analyst@example.com", "analyst-pass-123")


@pytest.fixture
def curator(django_user_model):
    return django_user_model.objects.create_superuser("curator", "curator@example.com", "curator-pass-123")


@pytest.fixture
def make_company():
    """make_company("示例科技", code="600001", full_name="示例科技股份有限公司")"""

    def make(short_name, code="", full_name="", since=None):
        company = Company.objects.create(code=code)
        CompanyName.objects.create(company=company, name=short_name, kind=NameKind.SHORT, valid_from=since)
        if full_name:
            CompanyName.objects.create(company=company, name=full_name, kind=NameKind.FULL)
        return company

    return make


@pytest.fixture
def bureau():
    return Issuer.objects.get_or_create(name="示例证监局", defaults={"kind": "csrc_bureau"})[0]


@pytest.fixture
def occupied_company(make_company, bureau):
    """A company under a rectification order with an open recovery deadline: the 资金占用 story in miniature."""
    company = make_company("ST示例", code="600999", full_name="示例实业股份有限公司", since=date(2024, 5, 6))
    StatusChange.objects.create(company=company, from_status=RiskStatus.NORMAL, to_status=RiskStatus.ST,
                                effective_date=date(2024, 5, 6), trigger="regulatory")
    source = Source.objects.create(publication="示例日报", title="示例实业收到责令改正决定", published_on=date(2025, 3, 2))
    action = EnforcementAction.objects.create(company=company, issuer=bureau, measure=Measure.RECTIFICATION_ORDER,
                                              decision_date=date(2025, 3, 1))
    ActionTarget.objects.create(action=action, role=TargetRole.COMPANY)
    chairman = Person.objects.create(name="张示例", company=company)
    ActionTarget.objects.create(action=action, person=chairman, role=TargetRole.CHAIRMAN)
    case = FundOccupationCase.objects.create(company=company, occupier="示例控股集团", amount_occupied=Decimal("200000000"),
                                             occupied_as_of=date(2024, 12, 31))
    case.actions.add(action)
    deadline = Deadline.objects.create(company=company, case=case, action=action, due_date=date(2025, 9, 1),
                                       obligation="清收被占用资金", amount_yuan=Decimal("200000000"),
                                       consequence="实施退市风险警示", consequence_status=RiskStatus.STAR_ST,
                                       status=DeadlineStatus.OPEN)
    return {"company": company, "source": source, "action": action, "case": case, "deadline": deadline,
            "person": chairman}
