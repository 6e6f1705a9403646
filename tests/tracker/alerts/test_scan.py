"""The reminder scan: what becomes due, once, and what never does."""
from datetime import date

import pytest
from django.db import connection
from django.test.utils import CaptureQueriesContext

from tracker.alerts import deadline_changed, delivery
from tracker.alerts.scan import run_scan
from tracker.alerts.watch import Watchlist, live_deadlines, watch_filter
from tracker.choices import DeadlineStatus, Measure
from tracker.models import Deadline, DeliveryStatus, ReminderDelivery, ViolationType

from .conftest import scan_and_send

pytestmark = pytest.mark.django_db


def test_nothing_due_sends_nothing(at, subscriber, subscribe, deadline, mailoutbox):
    subscribe(subscriber, watch_all=True)
    at(2025, 7, 20, 9)  # 43 days before, beyond the 30-day reminder

    assert scan_and_send() == []
    assert mailoutbox == []
    assert not ReminderDelivery.objects.exists()


def test_running_the_scan_twice_sends_once(at, subscriber, subscribe, deadline, mailoutbox):
    subscribe(subscriber, watch_all=True)
    at(2025, 8, 25, 9)  # 7 days before

    scan_and_send()
    scan_and_send()
    at(2025, 8, 25, 9, 5)
    scan_and_send()

    assert len(mailoutbox) == 1
    assert "还剩7天" in mailoutbox[0].subject


def test_a_deadline_recorded_between_two_scans_of_one_day_is_reminded_by_the_second(at, subscriber, subscribe,
                                                                                      make_deadline, mailoutbox):
    subscribe(subscriber, watch_all=True)
    at(2025, 8, 29, 9)
    scan_and_send()  # nothing recorded yet
    at(2025, 8, 29, 14)
    make_deadline(date(2025, 9, 1))  # a curator records it in the afternoon: 3 days left
    at(2025, 8, 29, 14, 5)
    scan_and_send()
    at(2025, 8, 29, 14, 10)
    scan_and_send()

    assert [m.subject for m in mailoutbox] == ["【截止提醒】*ST示范 2025-09-01到期，还剩3天"]


def test_two_scans_at_once_and_a_doubled_task_send_once(at, subscriber, subscribe, deadline, mailoutbox):
    subscribe(subscriber, watch_all=True)
    at(2025, 8, 29, 9)

    _, first_ids, _ = run_scan()
    _, second_ids, _ = run_scan()  # overlapping scan: same rows, nothing new
    outcomes = [delivery.send_reminder(pk) for pk in first_ids + first_ids + second_ids]

    assert ReminderDelivery.objects.count() == 1
    assert [outcome.status for outcome in outcomes].count("sent") == 1
    assert len(mailoutbox) == 1


def test_catch_up_after_downtime_sends_the_missed_reminder_once(at, subscriber, subscribe, deadline, mailoutbox):
    subscribe(subscriber, watch_all=True, reminder_days=[30, 7, 3, 1, 0])
    at(2025, 8, 2, 9)  # 30 days before: sent
    scan_and_send()
    # Workers down from 3 Aug to 27 Aug: the 7-day reminder (25 Aug) passed unseen.
    at(2025, 8, 27, 10)
    scan_and_send()
    scan_and_send()

    assert [m.subject for m in mailoutbox] == [
        "【截止提醒】*ST示范 2025-09-01到期，还剩30天",
        "【截止提醒】*ST示范 2025-09-01到期，还剩5天",
    ]
    assert ReminderDelivery.objects.get(status=DeliveryStatus.SENT, offset_days=7).remind_on == date(2025, 8, 25)


def test_several_missed_reminders_become_one_email_not_a_flood(at, subscriber, subscribe, deadline, mailoutbox):
    subscribe(subscriber, watch_all=True)
    at(2025, 7, 1, 9)
    scan_and_send()  # nothing due yet; this scan is the watermark
    at(2025, 8, 31, 9)  # 30, 7, 3 and 1 days before all passed while down

    scan_and_send()

    assert len(mailoutbox) == 1
    assert "还剩1天" in mailoutbox[0].subject


def test_pending_reminder_left_by_downtime_is_superseded_by_a_newer_one(at, subscriber, subscribe, deadline,
                                                                        mailoutbox):
    subscribe(subscriber, watch_all=True)
    at(2025, 8, 25, 9)
    run_scan()  # the 7-day row is created, but no worker sends it
    at(2025, 8, 29, 9)

    scan_and_send()

    assert [m.subject[-4:] for m in mailoutbox] == ["还剩3天"]
    assert ReminderDelivery.objects.get(offset_days=7).status == DeliveryStatus.SUPERSEDED


def test_a_met_deadline_sends_nothing(at, subscriber, subscribe, deadline, mailoutbox):
    subscribe(subscriber, watch_all=True)
    at(2025, 8, 25, 9)
    _, ids, _ = run_scan()  # queued...
    deadline.status = DeadlineStatus.MET
    deadline.resolved_on = date(2025, 8, 25)
    deadline.save()  # ...and met before a worker took it

    outcomes = [delivery.send_reminder(pk) for pk in ids]
    at(2025, 8, 29, 9)
    scan_and_send()

    assert mailoutbox == []
    assert [outcome.status for outcome in outcomes] == ["skipped"]
    assert ReminderDelivery.objects.get().status == DeliveryStatus.CANCELLED


def test_met_by_a_bulk_update_is_caught_at_send_time_and_by_deadline_changed(at, subscriber, subscribe, deadline,
                                                                               mailoutbox):
    subscribe(subscriber, watch_all=True)
    at(2025, 8, 25, 9)
    _, ids, _ = run_scan()
    Deadline.objects.filter(pk=deadline.pk).update(status=DeadlineStatus.MET)  # no signal

    assert delivery.send_reminder(ids[0]).status == "cancelled"
    assert mailoutbox == []

    deadline.refresh_from_db()
    other = Deadline.objects.create(company=deadline.company, due_date=date(2025, 8, 28), obligation="披露整改进展")
    run_scan()
    Deadline.objects.filter(pk=other.pk).update(status=DeadlineStatus.CANCELLED)
    deadline_changed([other.pk])
    assert ReminderDelivery.objects.get(deadline=other).status == DeliveryStatus.CANCELLED


def test_an_extended_deadline_reminds_again_for_its_new_date(at, subscriber, subscribe, deadline, mailoutbox):
    subscribe(subscriber, watch_all=True)
    at(2025, 8, 29, 9)
    scan_and_send()  # "3 days left" for 1 Sep
    _, pending, _ = run_scan()
    at(2025, 8, 31, 9)
    run_scan()  # the 1-day row for 1 Sep, not yet sent
    deadline.due_date = date(2025, 10, 31)
    deadline.status = DeadlineStatus.EXTENDED
    deadline.save()

    scan_and_send()
    assert ReminderDelivery.objects.get(offset_days=1).status == DeliveryStatus.CANCELLED
    at(2025, 10, 1, 9)
    scan_and_send()

    assert [m.subject for m in mailoutbox] == [
        "【截止提醒】*ST示范 2025-09-01到期，还剩3天",
        "【截止提醒】*ST示范 2025-10-31到期，还剩30天",
    ]


def test_overdue_reminder_goes_out_once_while_the_deadline_stays_open(at, subscriber, subscribe, deadline,
                                                                       mailoutbox):
    subscribe(subscriber, watch_all=True, reminder_days=[0])
    at(2025, 9, 1, 9)
    scan_and_send()
    at(2025, 9, 2, 9)
    scan_and_send()
    at(2025, 9, 10, 9)
    scan_and_send()

    assert [m.subject[-6:] for m in mailoutbox] == ["-01到期，今天到期"[-6:], "到期，已逾期1天"[-6:]]
    assert deadline in Deadline.objects.overdue(date(2025, 9, 10))


def test_one_email_per_reminder_even_with_several_matching_subscriptions(at, subscriber, subscribe, company,
                                                                          deadline, mailoutbox):
    subscribe(subscriber, watch_all=True, reminder_days=[7])
    subscribe(subscriber, companies=[company], reminder_days=[7, 3])
    at(2025, 8, 25, 9)
    scan_and_send()
    at(2025, 8, 29, 9)
    scan_and_send()

    assert [m.subject[-4:] for m in mailoutbox] == ["还剩7天", "还剩3天"]
    assert {m.to[0] for m in mailoutbox} == {"watcher@example.com"}


def test_scope_companies_measures_and_violation_types(at, django_user_model, subscribe, make_company,
                                                      occupied_company, bureau, mailoutbox):
    by_company = django_user_model.objects.create_user("by_company", "c@example.com")
    by_measure = django_user_model.objects.create_user("by_measure", "m@example.com")
    by_type = django_user_model.objects.create_user("by_type", "t@example.com")
    unrelated = django_user_model.objects.create_user("unrelated", "u@example.com")
    action = occupied_company["action"]
    action.violation_types.add(ViolationType.objects.get(pk="P2510"))
    subscribe(by_company, companies=[occupied_company["company"]])
    subscribe(by_measure, measures=[Measure.RECTIFICATION_ORDER])
    subscribe(by_type, violation_types=["P2510"])
    subscribe(unrelated, companies=[make_company("其他公司", code="000001")], measures=[Measure.FINE],
              violation_types=["P2511"])
    at(2025, 8, 29, 9)  # the fixture's deadline is due 1 Sep

    scan_and_send()

    assert sorted(m.to[0] for m in mailoutbox) == ["c@example.com", "m@example.com", "t@example.com"]


def test_in_memory_matching_agrees_with_the_database_filter(subscriber, subscribe, make_company, occupied_company):
    """The scan's matcher and watch_filter() (digests, feed, web) must select the same deadlines."""
    other = make_company("另一家", code="000002")
    Deadline.objects.create(company=other, due_date=date(2025, 9, 3), obligation="补充披露")
    occupied_company["action"].violation_types.add("P2514")
    subscriptions = [
        subscribe(subscriber, watch_all=True),
        subscribe(subscriber, companies=[other]),
        subscribe(subscriber, measures=[Measure.RECTIFICATION_ORDER]),
        subscribe(subscriber, violation_types=["P2514"]),
        subscribe(subscriber, measures=[Measure.FINE]),
    ]
    watchlist = Watchlist.load()
    facts = watchlist.load_facts(Deadline.objects.all())

    for subscription in subscriptions:
        in_memory = {pk for pk, fact in facts.items() if subscription.id in {s.id for s in watchlist.watchers(fact)}}
        in_database = set(Deadline.objects.filter(watch_filter(subscription)).values_list("pk", flat=True))
        assert in_memory == in_database, subscription


def test_statutory_steps_are_not_reminded_until_the_step_before_is_missed(at, subscriber, subscribe,
                                                                          occupied_company, mailoutbox):
    subscribe(subscriber, watch_all=True)
    rectification = occupied_company["deadline"]
    suspension = rectification.followed_by.get()
    assert suspension not in live_deadlines()
    at(2025, 8, 29, 9)
    scan_and_send()
    assert {m.subject[-4:] for m in mailoutbox} == {"还剩3天"}
    assert len(mailoutbox) == 1

    rectification.status = DeadlineStatus.MISSED
    rectification.save()
    at(2025, 9, 1, 10)
    scan_and_send()

    assert "2025-09-02到期，还剩1天" in mailoutbox[-1].subject
    assert "停牌" in mailoutbox[-1].body


def test_scan_query_count_does_not_grow_with_deadlines_or_subscribers(at, django_user_model, subscribe,
                                                                      make_company, occupied_company):
    def scan_queries(deadlines, users):
        start = Deadline.objects.count()
        company = make_company(f"公司{start}", code=f"{600100 + start:06d}")
        for day in range(deadlines):
            Deadline.objects.create(company=company, due_date=date(2025, 9, 2 + day % 20), obligation=f"事项{day}")
        for n in range(users):
            user = django_user_model.objects.create_user(f"user{start}-{n}", f"u{start}-{n}@example.com")
            subscribe(user, companies=[company], measures=[Measure.FINE], violation_types=["P2510"])
        ReminderDelivery.objects.all().delete()
        with CaptureQueriesContext(connection) as queries:
            run_scan()
        statements = [query["sql"] for query in queries.captured_queries]
        inserts = [sql for sql in statements if sql.lstrip().startswith("INSERT") and "tracker_reminderdelivery" in sql[:60]]
        return len(statements), len(inserts), ReminderDelivery.objects.count()

    at(2025, 8, 30, 9)
    small_queries, small_inserts, small_rows = scan_queries(2, 2)
    large_queries, large_inserts, large_rows = scan_queries(40, 15)

    assert large_rows > small_rows * 10
    if connection.vendor == "postgresql":  # one INSERT … SELECT FROM unnest, whatever the number of rows
        assert large_queries == small_queries and small_inserts == large_inserts == 1
    else:  # SQLite caps the parameters of one statement, so bulk_create inserts in batches
        assert large_queries - large_inserts == small_queries - small_inserts
        assert large_inserts <= large_rows // 50 + 1
