"""Sending: claim, retry, give up, the crash windows, and what the email says."""
import smtplib
from datetime import date, timedelta
from unittest import mock

import pytest
from django.core import mail
from django.core.mail.backends.locmem import EmailBackend
from django.urls import reverse
from django.utils import timezone

from tracker import celery_app
from tracker.alerts import delivery
from tracker.alerts.scan import run_scan
from tracker.models import Citation, DeliveryStatus, Digest, ReminderDelivery, Source

from .conftest import scan_and_send

pytestmark = pytest.mark.django_db


class DownBackend(EmailBackend):
    """An SMTP server that is not there."""

    def open(self):
        raise ConnectionRefusedError(111, "Connection refused")


class RejectingBackend(EmailBackend):
    """An SMTP server that answers DATA with a temporary failure."""

    def send_messages(self, messages):
        raise smtplib.SMTPDataError(451, b"try again later")


@pytest.fixture
def due_reminder(at, subscriber, subscribe, deadline):
    subscribe(subscriber, watch_all=True)
    at(2025, 8, 25, 9)
    _, ids, _ = run_scan()
    return ReminderDelivery.objects.get(pk=ids[0])


def smtp(backend):
    return mock.patch("tracker.alerts.delivery.get_connection", lambda **kwargs: backend())


def test_smtp_down_then_up_retries_with_backoff_and_sends_once(due_reminder, at, mailoutbox, settings):
    settings.ALERTS_RETRY_BASE_SECONDS = 60
    with smtp(DownBackend):
        first = delivery.send_reminder(due_reminder.pk)
    with smtp(RejectingBackend):
        second = delivery.send_reminder(due_reminder.pk)
    due_reminder.refresh_from_db()
    assert (first.status, first.retry_in, second.retry_in) == ("retry", 60, 120)
    assert due_reminder.status == DeliveryStatus.PENDING and due_reminder.attempts == 2
    assert "SMTPDataError" in due_reminder.last_error
    assert run_scan()[1] == []  # the task's own retry is in charge, the scan does not jump the queue

    at(2025, 8, 25, 9, 3)  # server back; the retry (countdown 120 s) runs
    outcome = delivery.send_reminder(due_reminder.pk)

    assert outcome.status == "sent"
    assert len(mailoutbox) == 1
    due_reminder.refresh_from_db()
    assert (due_reminder.status, due_reminder.attempts) == (DeliveryStatus.SENT, 3)


def test_a_lost_retry_message_is_requeued_by_the_scan(due_reminder, at, mailoutbox):
    with smtp(DownBackend):
        delivery.send_reminder(due_reminder.pk)  # its retry message is then lost with the broker
    at(2025, 8, 25, 9, 10)
    assert run_scan()[1] == []
    at(2025, 8, 25, 9, 16)  # ALERTS_REQUEUE_SECONDS later

    scan_and_send()

    assert len(mailoutbox) == 1


def test_after_the_last_try_the_row_shows_as_failed_in_admin(due_reminder, client, curator, settings):
    settings.ALERTS_MAX_ATTEMPTS = 3
    with smtp(DownBackend):
        outcomes = [delivery.send_reminder(due_reminder.pk) for _ in range(4)]

    assert [o.status for o in outcomes] == ["retry", "retry", "failed", "skipped"]
    client.force_login(curator)
    page = client.get(reverse("admin:tracker_reminderdelivery_changelist"), {"status__exact": "failed"})
    assert page.status_code == 200
    assert "发送失败" in page.content.decode() and "Connection refused" in page.content.decode()


def test_admin_resend_puts_a_failed_row_back_and_it_goes_out(due_reminder, client, curator, settings, mailoutbox):
    settings.ALERTS_MAX_ATTEMPTS = 1
    with smtp(DownBackend):
        delivery.send_reminder(due_reminder.pk)
    client.force_login(curator)

    celery_app.conf.task_always_eager = True  # the worker runs inline
    try:
        client.post(reverse("admin:tracker_reminderdelivery_changelist"),
                    {"action": "resend", "_selected_action": [due_reminder.pk]})
    finally:
        celery_app.conf.task_always_eager = False

    due_reminder.refresh_from_db()
    assert due_reminder.status == DeliveryStatus.SENT
    assert len(mailoutbox) == 1


def test_only_one_worker_can_claim_a_row(due_reminder):
    assert delivery.claim(ReminderDelivery, due_reminder.pk) is True
    assert delivery.claim(ReminderDelivery, due_reminder.pk) is False
    assert delivery.send_reminder(due_reminder.pk) == delivery.SKIPPED


def test_worker_killed_before_handing_to_smtp_is_resent_after_the_stale_timeout(due_reminder, at, mailoutbox):
    delivery.claim(ReminderDelivery, due_reminder.pk)  # ...and the worker dies here
    at(2025, 8, 25, 9, 5)
    assert scan_and_send() == []  # another worker may still be on it
    at(2025, 8, 25, 9, 11)

    scan_and_send()

    assert len(mailoutbox) == 1
    assert ReminderDelivery.objects.get().status == DeliveryStatus.SENT


def test_worker_killed_after_handing_to_smtp_is_not_resent(due_reminder, at, mailoutbox):
    """At most once for the crash window: the server may have the message already."""

    class DyingBackend(EmailBackend):
        def send_messages(self, messages):
            super().send_messages(messages)  # accepted...
            raise SystemExit("worker killed")  # ...and the process dies before recording it

    with smtp(DyingBackend), pytest.raises(SystemExit):
        delivery.send_reminder(due_reminder.pk)
    at(2025, 8, 25, 9, 11)
    scan_and_send()
    at(2025, 8, 26, 9)
    scan_and_send()

    assert len(mailoutbox) == 1
    row = ReminderDelivery.objects.get()
    assert row.status == DeliveryStatus.UNCERTAIN and row.handed_over_at is not None


def test_reminder_email_content_and_headers(due_reminder, deadline, mailoutbox, settings):
    settings.SITE_URL = "https://tracker.example.cn"
    source = Source.objects.create(publication="示例财经", title="示范制造收到整改通知",
                                   url="https://news.example.cn/a/1", published_on=date(2025, 6, 1))
    Citation.cite(deadline, source, "公司须在期限内归还资金")

    delivery.send_reminder(due_reminder.pk)

    message = mailoutbox[0]
    assert message.subject == "【截止提醒】*ST示范 2025-09-01到期，还剩7天"
    assert message.to == ["watcher@example.com"]
    for text in (message.body, message.alternatives[0][0]):
        assert "归还控股股东占用的资金" in text
        assert "3.87亿元" in text
        assert "股票被实施退市风险警示" in text
        assert "https://news.example.cn/a/1" in text
        assert f"https://tracker.example.cn/deadlines/{deadline.pk}/" in text and "/admin/" not in text
    assert message.alternatives[0][1] == "text/html"
    token = due_reminder.subscription.unsubscribe_token
    assert message.extra_headers["List-Unsubscribe"] == f"<https://tracker.example.cn/unsubscribe/{token}/>"
    assert message.extra_headers["List-Unsubscribe-Post"] == "List-Unsubscribe=One-Click"
    assert message.message()["Message-ID"] == f"<reminder-{due_reminder.pk}@tracker.example.cn>"
    assert ReminderDelivery.objects.get().message_id == message.message()["Message-ID"]


def test_an_unsubscribe_stops_the_next_reminder(at, subscriber, subscribe, deadline, client, mailoutbox):
    subscribe(subscriber, watch_all=True)
    at(2025, 8, 25, 9)
    scan_and_send()
    token = mailoutbox[0].extra_headers["List-Unsubscribe"].strip("<>").rsplit("/", 2)[-2]

    response = client.post(reverse("tracker:unsubscribe", args=[token]), {"List-Unsubscribe": "One-Click"})
    at(2025, 8, 29, 9)
    scan_and_send()

    assert response.status_code == 200
    assert len(mailoutbox) == 1


def test_unsubscribe_between_scan_and_send_stops_that_reminder(due_reminder, mailoutbox):
    delivery.unsubscribe(due_reminder.subscription.unsubscribe_token)

    assert delivery.send_reminder(due_reminder.pk) == delivery.SKIPPED  # its unsent row was dropped
    assert mailoutbox == []


def test_daily_digest_groups_by_due_date_and_flags_overdue(at, subscriber, subscribe, make_deadline, mailoutbox):
    subscribe(subscriber, watch_all=True, delivery="digest", name="我的汇总")
    make_deadline(date(2025, 9, 1))
    make_deadline(date(2025, 9, 1), obligation="披露资金占用整改进展")
    make_deadline(date(2025, 9, 4), obligation="召开股东大会审议整改方案")
    make_deadline(date(2025, 8, 20), obligation="回复监管工作函")  # overdue, still open
    at(2025, 8, 29, 7, 55)
    assert scan_and_send() == []  # digest mode: nothing before 08:00
    at(2025, 8, 29, 8, 0)

    from tracker.tasks import send_daily_digests

    with mock.patch("tracker.tasks.enqueue") as enqueue:
        send_daily_digests()
        send_daily_digests()  # beat fired twice
    digest_ids = [pk for call in enqueue.call_args_list for pk in call.args[1]]
    for pk in digest_ids + digest_ids:
        delivery.send_digest(pk)
    scan_and_send()

    assert len(mailoutbox) == 1
    message = mailoutbox[0]
    assert message.subject == "【每日汇总】2025-08-29 3条截止提醒，1项逾期未处理"
    body = message.body
    assert body.index("2025年9月1日 到期（还剩3天）") < body.index("2025年9月4日 到期（还剩6天）")
    assert body.index("披露资金占用整改进展") < body.index("召开股东大会审议整改方案") < body.index("逾期仍未处理")
    assert "回复监管工作函（2025-08-20到期，已逾期9天）" in body
    assert "List-Unsubscribe" in message.extra_headers
    assert set(ReminderDelivery.objects.values_list("status", flat=True)) == {DeliveryStatus.SENT}

    at(2025, 8, 30, 8, 1)  # next day: no new reminder, but the overdue one is still open
    scan_and_send()
    assert len(mailoutbox) == 2 and "逾期仍未处理" in mailoutbox[1].body
    assert mailoutbox[1].subject == "【每日汇总】2025-08-30 1项逾期未处理"
    assert Digest.objects.filter(status=DeliveryStatus.SENT).count() == 2


def test_missed_digest_time_is_caught_up_by_the_scan(at, subscriber, subscribe, deadline, mailoutbox):
    subscribe(subscriber, watch_all=True, delivery="digest")
    at(2025, 8, 29, 11, 30)  # workers were down at 08:00

    scan_and_send()

    assert [m.subject for m in mailoutbox] == ["【每日汇总】2025-08-29 1条截止提醒"]


def test_backoff_grows_and_is_capped(settings):
    settings.ALERTS_RETRY_BASE_SECONDS = 60
    assert [delivery.backoff_seconds(n) for n in (1, 2, 3, 4, 10)] == [60, 120, 240, 480, 3600]


def test_sent_at_is_recorded(due_reminder):
    delivery.send_reminder(due_reminder.pk)
    row = ReminderDelivery.objects.get()
    assert row.sent_at is not None and abs(row.sent_at - timezone.now()) < timedelta(seconds=1)
    assert len(mail.outbox) == 1


@pytest.mark.django_db
def test_the_reminder_names_the_source_its_deadline_was_taken_from(at, subscriber, subscribe, deadline, mailoutbox):
    source = Source.objects.create(publication="示例财经报", title="示范制造收到整改通知", published_on=date(2025, 3, 2))
    Citation.cite(deadline, source, passage="示范制造须在9月1日前归还占用资金。")
    subscribe(subscriber, watch_all=True)
    at(2025, 8, 25, 9)

    scan_and_send()

    text = mailoutbox[0].body
    html = mailoutbox[0].alternatives[0][0]
    assert "来源：示例财经报 · 2025-03-02 · 示范制造收到整改通知" in text
    assert "示范制造收到整改通知" in html
