"""The statutory chain of 资金占用: suspension, *ST, termination proposed from a rectification deadline."""
import socket
from datetime import date, timedelta
from decimal import Decimal

import pytest
from django.utils import timezone

from companies.choices import RiskStatus
from tracker.alerts import deadline_changed, propose_statutory_chain
from tracker.alerts.statutory import add_months, next_trading_day, trading_calendar
from tracker.choices import DeadlineKind, DeadlineStatus, Measure
from tracker.models import Deadline, EnforcementAction, MarketClosure, Repayment

pytestmark = pytest.mark.django_db


def chain_of(deadline):
    steps, step = [], deadline
    while (step := step.followed_by.order_by("id").first()) is not None:
        steps.append(step)
    return steps


def test_rectification_deadline_proposes_the_three_statutory_steps(occupied_company):
    rectification = occupied_company["deadline"]  # due Mon 1 Sep 2025

    suspension, warning, termination = chain_of(rectification)

    assert [(s.kind, s.due_date) for s in (suspension, warning, termination)] == [
        (DeadlineKind.SUSPENSION, date(2025, 9, 2)),
        (DeadlineKind.DELISTING_WARNING, date(2025, 11, 2)),
        (DeadlineKind.TERMINATION, date(2026, 1, 2)),
    ]
    assert all(s.case == occupied_company["case"] and s.proposed and s.status == DeadlineStatus.OPEN
               for s in (suspension, warning, termination))
    assert (warning.consequence_status, termination.consequence_status) == (RiskStatus.STAR_ST, RiskStatus.DELISTED)
    assert warning.amount_yuan == Decimal("200000000")


def test_suspension_starts_the_next_trading_day_after_a_holiday(occupied_company):
    rectification = occupied_company["deadline"]
    rectification.due_date = date(2025, 9, 30)  # the National Day week follows
    rectification.status = DeadlineStatus.EXTENDED
    rectification.save()

    assert [s.due_date for s in chain_of(rectification)] == [date(2025, 10, 9), date(2025, 12, 9), date(2026, 2, 9)]


def test_proposing_twice_creates_nothing_new(occupied_company):
    rectification = occupied_company["deadline"]
    before = Deadline.objects.count()

    propose_statutory_chain(rectification)
    deadline_changed([rectification.pk])
    rectification.save()

    assert Deadline.objects.count() == before
    assert len(chain_of(rectification)) == 3


def test_a_curators_date_is_kept_when_the_deadline_before_moves(occupied_company):
    rectification = occupied_company["deadline"]
    suspension, warning, _ = chain_of(rectification)
    warning.due_date = date(2025, 11, 14)  # the exchange announced a different date
    warning.save()
    warning.refresh_from_db()
    assert warning.proposed is False

    rectification.due_date = date(2025, 10, 15)
    rectification.save()

    suspension.refresh_from_db()
    warning.refresh_from_db()
    assert suspension.due_date == date(2025, 10, 16) and suspension.proposed
    assert warning.due_date == date(2025, 11, 14)


def test_rectified_case_cancels_the_chain(occupied_company):
    case = occupied_company["case"]
    case.rectified_on = date(2025, 8, 20)
    case.save()

    assert {(s.status, s.resolved_on) for s in chain_of(occupied_company["deadline"])} == {
        (DeadlineStatus.CANCELLED, date(2025, 8, 20))}


def test_full_repayment_cancels_the_chain(occupied_company):
    case = occupied_company["case"]
    Repayment.objects.create(case=case, paid_on=date(2025, 8, 1), amount_yuan=Decimal("150000000"))
    assert {s.status for s in chain_of(occupied_company["deadline"])} == {DeadlineStatus.OPEN}

    Repayment.objects.create(case=case, paid_on=date(2025, 8, 15), amount_yuan=Decimal("50000000"))

    assert {s.status for s in chain_of(occupied_company["deadline"])} == {DeadlineStatus.CANCELLED}


def test_met_rectification_cancels_the_chain_and_missed_keeps_it(occupied_company):
    rectification = occupied_company["deadline"]
    rectification.status = DeadlineStatus.MISSED
    rectification.save()
    assert {s.status for s in chain_of(rectification)} == {DeadlineStatus.OPEN}

    suspension = chain_of(rectification)[0]
    suspension.status = DeadlineStatus.MET  # rectified during the suspension
    suspension.save()

    assert [s.status for s in chain_of(rectification)] == [DeadlineStatus.MET, DeadlineStatus.CANCELLED,
                                                           DeadlineStatus.CANCELLED]


def test_only_rectification_orders_of_an_occupation_case_start_a_chain(occupied_company, bureau):
    company = occupied_company["company"]
    letter = EnforcementAction.objects.create(company=company, issuer=bureau, measure=Measure.WARNING_LETTER,
                                              decision_date=date(2025, 3, 5))
    without_case = Deadline.objects.create(company=company, action=occupied_company["action"],
                                           due_date=date(2025, 10, 1), obligation="提交整改报告")
    other_measure = Deadline.objects.create(company=company, action=letter, due_date=date(2025, 10, 2),
                                            obligation="提交书面说明")

    assert chain_of(without_case) == [] and chain_of(other_measure) == []


def test_calendar_months_clamp_to_month_end():
    assert add_months(date(2025, 12, 31), 2) == date(2026, 2, 28)
    assert add_months(date(2025, 11, 30), 3) == date(2026, 2, 28)


def test_trading_calendar_works_offline(monkeypatch):
    """exchange-calendars computes XSHG from rules it ships: no network at run time."""

    def no_network(*args, **kwargs):
        raise AssertionError("network access attempted")

    monkeypatch.setattr(socket, "socket", no_network)
    monkeypatch.setattr(socket, "create_connection", no_network)
    trading_calendar.cache_clear()

    assert next_trading_day(date(2025, 1, 27)) == (date(2025, 2, 5), False)  # Spring Festival 2025
    # Beyond the published calendar: weekdays, and provisional until the year's closures are entered.
    assert next_trading_day(date(2030, 6, 7)) == (date(2030, 6, 10), True)


def test_past_the_published_calendar_steps_are_provisional_until_the_closures_are_entered(occupied_company, client,
                                                                                        curator):
    rectification = occupied_company["deadline"]
    rectification.due_date = date(2026, 12, 31)  # the calendar shipped with exchange-calendars ends here
    rectification.save()
    suspension, warning, termination = chain_of(rectification)
    # 2027-01-01 is a Friday, and a holiday the package does not know yet: a guess, and marked as one.
    assert (suspension.due_date, suspension.due_date_provisional) == (date(2027, 1, 1), True)
    assert (warning.due_date, warning.due_date_provisional) == (date(2027, 3, 1), True)
    assert termination.due_date_provisional

    client.force_login(curator)
    response = client.post("/admin/tracker/marketclosure/add/", {"day": "2027-01-01", "reason": "元旦"})
    assert response.status_code == 302 and MarketClosure.objects.filter(day=date(2027, 1, 1)).exists()

    suspension, warning, termination = chain_of(rectification)
    assert (suspension.due_date, suspension.due_date_provisional) == (date(2027, 1, 4), False)
    assert (warning.due_date, warning.due_date_provisional) == (date(2027, 3, 4), False)
    assert not termination.due_date_provisional


def test_a_curator_who_sets_a_provisional_date_owns_it(occupied_company):
    rectification = occupied_company["deadline"]
    rectification.due_date = date(2026, 12, 31)
    rectification.save()
    suspension = chain_of(rectification)[0]
    suspension.due_date = date(2027, 1, 4)
    suspension.save()
    suspension.refresh_from_db()
    assert not suspension.proposed and not suspension.due_date_provisional
    MarketClosure.objects.create(day=date(2027, 1, 5), reason="示例")
    suspension.refresh_from_db()
    assert suspension.due_date == date(2027, 1, 4)


def test_marking_a_deadline_missed_makes_its_next_step_due_within_one_scan(occupied_company, at, subscriber,
                                                                          subscribe, mailoutbox):
    from .conftest import scan_and_send

    rectification = occupied_company["deadline"]  # due 2025-09-01; suspension step due 2025-09-02
    suspension = chain_of(rectification)[0]
    at(2025, 9, 3, 9)
    subscribe(subscriber, watch_all=True)
    Deadline.objects.update(updated_at=timezone.now() - timedelta(days=30))  # recorded long ago, as in real life
    scan_and_send()
    at(2025, 9, 10, 9)  # a week later the curator has still not resolved the rectification deadline
    scan_and_send()
    assert [m for m in mailoutbox if f"/deadlines/{suspension.pk}/" in m.body] == []  # waits for its parent

    at(2025, 9, 10, 9, 10)
    rectification.status = DeadlineStatus.MISSED
    rectification.save()
    at(2025, 9, 10, 9, 15)  # the next scan, five minutes later
    scan_and_send()

    step_mail = [m for m in mailoutbox if f"/deadlines/{suspension.pk}/" in m.body]
    assert len(step_mail) == 1 and "逾期" in step_mail[0].subject
