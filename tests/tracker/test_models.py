from datetime import date
from decimal import Decimal

import pytest
import time_machine
from django.core.exceptions import ValidationError
from django.db import IntegrityError, transaction

from companies.models import Person
from tracker.choices import DeadlineStatus, Measure, RepaymentMethod, TargetRole
from tracker.models import (
    ActionTarget,
    Citation,
    Deadline,
    EnforcementAction,
    FundOccupationCase,
    Repayment,
    Source,
)

pytestmark = pytest.mark.django_db


class TestFundOccupationBalance:
    def test_balance_is_derived_from_repayments(self, occupied_company):
        case = occupied_company["case"]
        Repayment.objects.create(case=case, paid_on=date(2025, 4, 1), amount_yuan=Decimal("50000000"),
                                 method=RepaymentMethod.CASH)
        Repayment.objects.create(case=case, paid_on=date(2025, 5, 1), amount_yuan=Decimal("30000000"),
                                 method=RepaymentMethod.ASSET_OFFSET)
        assert case.balance == Decimal("120000000")
        annotated = FundOccupationCase.objects.with_balance().get(pk=case.pk)
        assert (annotated.repaid, annotated.balance) == (Decimal("80000000"), Decimal("120000000"))

    def test_a_repayment_larger_than_the_balance_is_refused_and_nothing_is_lost(self, occupied_company):
        case = occupied_company["case"]
        Repayment.objects.create(case=case, paid_on=date(2025, 4, 1), amount_yuan=Decimal("150000000"))
        too_much = Repayment(case=case, paid_on=date(2025, 5, 1), amount_yuan=Decimal("60000000"))
        with pytest.raises(ValidationError) as error:
            too_much.full_clean()
        assert "超过未归还余额" in error.value.message_dict["amount_yuan"][0]
        with pytest.raises(ValidationError):
            too_much.save()  # the save re-checks under a row lock, not only the form
        assert case.repayments.count() == 1
        assert case.balance == Decimal("50000000")

    def test_non_positive_amounts_are_refused_by_the_database(self, occupied_company):
        with pytest.raises(IntegrityError), transaction.atomic():
            FundOccupationCase.objects.filter(pk=occupied_company["case"].pk).update(amount_occupied=0)


class TestDeadlines:
    def test_a_deadline_before_its_action_is_refused(self, occupied_company):
        action = occupied_company["action"]
        early = Deadline(action=action, due_date=date(2025, 2, 1), obligation="提交整改报告")
        with pytest.raises(ValidationError) as error:
            early.full_clean()
        assert "早于其监管措施的日期" in error.value.message_dict["due_date"][0]

    def test_the_company_follows_from_the_linked_case(self, occupied_company):
        deadline = Deadline(case=occupied_company["case"], due_date=date(2025, 10, 1), obligation="披露整改进展")
        deadline.full_clean()
        deadline.save()
        assert deadline.company == occupied_company["company"]

    def test_a_deadline_linked_to_another_companys_case_is_refused(self, occupied_company, make_company):
        other = make_company("别家公司")
        deadline = Deadline(company=other, case=occupied_company["case"], due_date=date(2025, 10, 1),
                            obligation="披露整改进展")
        with pytest.raises(ValidationError) as error:
            deadline.full_clean()
        assert "另一家公司" in error.value.message_dict["company"][0]

    def test_days_left_and_overdue_are_derived_from_today(self, occupied_company):
        deadline = occupied_company["deadline"]  # due 2025-09-01
        with time_machine.travel(date(2025, 8, 25)):
            assert deadline.days_left() == 7
            assert not deadline.is_overdue()
            assert list(Deadline.objects.due_within(7)) == [deadline]
        with time_machine.travel(date(2025, 9, 3)):
            assert deadline.days_left() == -2
            assert deadline.is_overdue()
            assert list(Deadline.objects.overdue()) == [deadline]
            deadline.status = DeadlineStatus.MET
            deadline.save()
            assert not deadline.is_overdue()
            assert not Deadline.objects.overdue().exists()


class TestEnforcementActions:
    def test_one_action_targets_the_company_and_persons_with_a_fine_each(self, occupied_company, bureau):
        company = occupied_company["company"]
        action = EnforcementAction.objects.create(company=company, issuer=bureau, measure=Measure.FINE,
                                                  decision_date=date(2025, 6, 1))
        ActionTarget.objects.create(action=action, role=TargetRole.COMPANY, amount_yuan=Decimal("3000000"))
        ActionTarget.objects.create(action=action, person=occupied_company["person"], role=TargetRole.CHAIRMAN,
                                    amount_yuan=Decimal("1000000"))
        assert action.total_amount == Decimal("4000000")
        assert EnforcementAction.objects.with_total_amount().get(pk=action.pk).total_amount == Decimal("4000000")

    def test_a_person_target_needs_a_role_and_the_company_target_needs_none(self, occupied_company):
        action = occupied_company["action"]
        with pytest.raises(ValidationError):
            ActionTarget(action=action, person=None, role=TargetRole.CHAIRMAN).full_clean()
        director = Person.objects.create(name="李示例", company=occupied_company["company"])
        with pytest.raises(ValidationError):
            ActionTarget(action=action, person=director, role=TargetRole.COMPANY).full_clean()

    def test_the_same_action_twice_is_refused(self, occupied_company):
        action = occupied_company["action"]
        duplicate = EnforcementAction(company=action.company, issuer=action.issuer, measure=action.measure,
                                      decision_date=action.decision_date)
        with pytest.raises(ValidationError) as error:
            duplicate.full_clean()
        assert "同类措施" in str(error.value)

    def test_announcement_before_decision_is_refused(self, occupied_company, bureau):
        action = EnforcementAction(company=occupied_company["company"], issuer=bureau, measure=Measure.WARNING_LETTER,
                                   decision_date=date(2025, 3, 5), announcement_date=date(2025, 3, 4))
        with pytest.raises(ValidationError) as error:
            action.full_clean()
        assert "公告日期不能早于决定日期" in str(error.value)


class TestSources:
    def test_the_same_text_is_recognised_even_when_rewrapped(self):
        Source.objects.create(title="示例报道", text="示例公司收到\n警示函。")
        duplicate = Source(title="示例报道（转载）", text="示例公司 收到警示函。")
        with pytest.raises(ValidationError) as error:
            duplicate.full_clean()
        assert "相同正文" in str(error.value)

    def test_citing_a_record_twice_keeps_one_citation(self, occupied_company):
        action, source = occupied_company["action"], occupied_company["source"]
        Citation.cite(action, source, passage="示例证监局责令示例实业改正。")
        Citation.cite(action, source, passage="示例证监局责令示例实业改正。")
        assert [c.source for c in Citation.for_record(action)] == [source]
        assert action.citations.count() == 1


def test_a_title_cannot_show_reversed_or_split(db):
    from tracker.models import Source

    source = Source.objects.create(title="\u202e示例\u200b标题\ufeff", publication="示例报", text="正文")
    assert source.title == "示例标题"
