"""Fixtures for the alert tests: subscribers, deadlines, frozen Asia/Shanghai time, scan-and-send."""
from datetime import date, datetime
from decimal import Decimal
from zoneinfo import ZoneInfo

import pytest
import time_machine

from tracker.alerts import delivery
from tracker.alerts.scan import run_scan
from tracker.models import Deadline, Subscription

SHANGHAI = ZoneInfo("Asia/Shanghai")


@pytest.fixture
def at():
    """at(2025, 8, 20, 9) freezes the clock at that Asia/Shanghai time until the next call or the test's end."""
    current = []

    def travel(*when):
        if current:
            current.pop().stop()
        traveller = time_machine.travel(datetime(*when, tzinfo=SHANGHAI), tick=False)
        traveller.start()
        current.append(traveller)

    yield travel
    if current:
        current.pop().stop()


@pytest.fixture
def subscriber(django_user_model):
    return django_user_model.objects.create_user("watcher", "watcher@example.com", "watcher-pass-123")


@pytest.fixture
def subscribe():
    def make(user, companies=(), violation_types=(), **fields):
        subscription = Subscription.objects.create(user=user, **fields)
        subscription.companies.set(companies)
        subscription.violation_types.set(violation_types)
        return subscription

    return make


@pytest.fixture
def company(make_company):
    return make_company("*ST示范", code="600888", full_name="示范制造股份有限公司")


@pytest.fixture
def make_deadline(company):
    def make(due_date, **fields):
        fields.setdefault("company", company)
        fields.setdefault("obligation", "归还控股股东占用的资金")
        fields.setdefault("amount_yuan", Decimal("387000000"))
        fields.setdefault("consequence", "股票被实施退市风险警示")
        return Deadline.objects.create(due_date=due_date, **fields)

    return make


@pytest.fixture
def deadline(make_deadline):
    return make_deadline(date(2025, 9, 1))


def scan_and_send():
    """One beat tick as a worker would run it: the scan, then every send it enqueued. Returns the outcomes."""
    _scan, reminder_ids, digest_ids = run_scan()
    return [delivery.send_reminder(pk) for pk in reminder_ids] + [delivery.send_digest(pk) for pk in digest_ids]
