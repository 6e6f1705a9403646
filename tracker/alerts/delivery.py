"""Sending one ledger row (a reminder or a digest): claim, hand to SMTP, record.

The guarantee
-------------
1. Claim: one conditional UPDATE moves the row from 'pending' to 'sending' (attempts + 1). Only one
   worker can win it, so duplicate tasks (two scans, a doubled beat, a redelivered message) send nothing.
2. Connect to SMTP. Any failure up to here means nothing was sent: the row goes back to 'pending' with
   a backoff and is retried; after ALERTS_MAX_ATTEMPTS it becomes 'failed' (visible and resendable in admin).
3. Record `handed_over_at` (committed), then transmit the message. An SMTP error reply (or a dropped
   connection) during transmission means the server did not accept it: back to step 2's retry.
4. The server accepted it: the row becomes 'sent'.

If the process dies between 3 and 4 we cannot know whether the server accepted the message. We choose
AT MOST ONCE for that window: the row is not resent automatically. The scan finds it stuck in 'sending'
with `handed_over_at` set and marks it 'uncertain' (shown in admin, with a "resend" action for a human).
Why: the window is a few milliseconds after a completed connection, so the message was almost certainly
delivered; the promise to users is "never doubled"; and reminders are redundant by design (30/7/3/1/0 days
and overdue), so the rare lost one is covered by the next. A worker that dies *before* step 3 leaves
`handed_over_at` empty: that row certainly went nowhere, and the scan puts it back to 'pending' after
ALERTS_STALE_CLAIM_SECONDS (at least once, where it is safe). Every message carries a Message-ID derived
from the row, so even a human resend is recognisable as the same message by mail systems.
"""
import logging
import smtplib
from dataclasses import dataclass
from datetime import timedelta

from django.conf import settings
from django.core.mail import get_connection
from django.db import transaction
from django.db.models import F
from django.utils import timezone

from .. import emails
from ..models import DeliveryMode, DeliveryStatus, Digest, ReminderDelivery, Subscription
from .scan import stale_claim_cutoff
from .watch import OPEN_STATUSES, live_deadlines, watch_filter

logger = logging.getLogger(__name__)

# What "the server did not take it" looks like from smtplib and the socket layer.
SEND_ERRORS = (smtplib.SMTPException, OSError)


@dataclass(frozen=True)
class Outcome:
    status: str  # "sent", "skipped", "cancelled", "retry", "failed"
    retry_in: int | None = None
    detail: str = ""


SKIPPED = Outcome("skipped", detail="not claimable: sent, claimed by another worker, or cancelled")


def max_attempts():
    return getattr(settings, "ALERTS_MAX_ATTEMPTS", 5)


def backoff_seconds(attempts):
    """Exponential backoff after the n-th failed attempt: base, 2·base, 4·base… capped at one hour."""
    base = getattr(settings, "ALERTS_RETRY_BASE_SECONDS", 60)
    return int(min(base * 2 ** max(attempts - 1, 0), 3600))


def claim(model, pk, now=None):
    """Atomically take row `pk` for sending; False when another worker has it or it is done."""
    now = now or timezone.now()
    return bool(
        model.objects.claimable(stale_claim_cutoff(now)).filter(pk=pk).update(
            status=DeliveryStatus.SENDING, claimed_at=now, handed_over_at=None, attempts=F("attempts") + 1,
            updated_at=now,
        )
    )


def _finish(model, pk, **fields):
    fields.setdefault("updated_at", timezone.now())
    model.objects.filter(pk=pk, status=DeliveryStatus.SENDING).update(**fields)


def _release_after_failure(model, pk, error):
    """Not accepted by SMTP: retry later, or give up after the last attempt."""
    row = model.objects.get(pk=pk)
    detail = f"{type(error).__name__}: {error}"[:2000]
    if row.attempts >= max_attempts():
        _finish(model, pk, status=DeliveryStatus.FAILED, last_error=detail, handed_over_at=None)
        logger.error("giving up on %s %s after %d attempts: %s", model.__name__, pk, row.attempts, detail)
        return Outcome("failed", detail=detail)
    delay = backoff_seconds(row.attempts)
    now = timezone.now()
    _finish(model, pk, status=DeliveryStatus.PENDING, last_error=detail, handed_over_at=None,
            not_before=now + timedelta(seconds=delay), queued_at=now)
    logger.warning("%s %s not sent (attempt %d), retrying in %ss: %s", model.__name__, pk, row.attempts, delay,
                   detail)
    return Outcome("retry", retry_in=delay, detail=detail)


def _hand_over(model, pk, message):
    connection = get_connection(fail_silently=False)
    try:
        connection.open()
    except SEND_ERRORS as error:
        return _release_after_failure(model, pk, error)
    try:
        _finish(model, pk, handed_over_at=timezone.now())
        try:
            sent = connection.send_messages([message])
        except SEND_ERRORS as error:
            return _release_after_failure(model, pk, error)
        if not sent:
            return _release_after_failure(model, pk, smtplib.SMTPException("the backend sent nothing"))
    finally:
        try:
            connection.close()
        except SEND_ERRORS:
            pass  # The message is already accepted; a failing QUIT changes nothing.
    _finish(model, pk, status=DeliveryStatus.SENT, sent_at=timezone.now(), message_id=message.extra_headers.get(
        "Message-ID", ""), last_error="")
    return Outcome("sent")


def why_not_deliverable(delivery):
    """The reason a claimed reminder must not go out any more, or ''."""
    deadline, subscription, user = delivery.deadline, delivery.subscription, delivery.user
    if deadline.status not in OPEN_STATUSES:
        return f"截止日期状态为“{deadline.get_status_display()}”。"
    if deadline.due_date != delivery.for_due_date:
        return f"截止日期已改为 {deadline.due_date}。"
    if subscription is None or not subscription.active:
        return "订阅已退订或删除。"
    if not user.is_active or not user.email:
        return "收件人已停用或没有邮箱。"
    return ""


def send_reminder(delivery_id):
    """Send one ReminderDelivery row (the body of the Celery task of the same name)."""
    if not claim(ReminderDelivery, delivery_id):
        return SKIPPED
    delivery = ReminderDelivery.objects.select_related("deadline__company", "deadline__action", "deadline__case",
                                                       "subscription", "user").get(pk=delivery_id)
    reason = why_not_deliverable(delivery)
    if reason:
        _finish(ReminderDelivery, delivery_id, status=DeliveryStatus.CANCELLED, last_error=reason)
        return Outcome("cancelled", detail=reason)
    return _hand_over(ReminderDelivery, delivery_id, emails.reminder_email(delivery))


def send_digest(digest_id):
    """Send one daily Digest with the reminders attached to it and the watched deadlines still overdue."""
    if not claim(Digest, digest_id):
        return SKIPPED
    digest = Digest.objects.select_related("subscription__user").get(pk=digest_id)
    subscription, user = digest.subscription, digest.subscription.user
    if not subscription.active or not user.is_active or not user.email:
        _cancel_digest(digest, "订阅已退订或收件人不可用。")
        return Outcome("cancelled")
    # Take the reminders waiting for this subscription (and those a failed attempt of this digest already took).
    subscription.deliveries.filter(status=DeliveryStatus.PENDING, mode=DeliveryMode.DIGEST, digest__isnull=True,
                                   remind_on__lte=digest.digest_date).update(digest=digest, updated_at=timezone.now())
    rows = [
        row for row in digest.deliveries.filter(status=DeliveryStatus.PENDING).select_related(
            "deadline__company", "deadline__action", "deadline__case")
        if not why_not_deliverable_in_digest(row)
    ]
    overdue = list(
        live_deadlines().filter(watch_filter(subscription), due_date__lt=timezone.localdate())
        .exclude(pk__in=[row.deadline_id for row in rows]).select_related("company").distinct()
        .order_by("due_date", "id")
    )
    if not rows and not overdue:
        _cancel_digest(digest, "没有需要提醒的内容。")
        return Outcome("cancelled")
    outcome = _hand_over(Digest, digest_id, emails.digest_email(digest, rows, overdue))
    if outcome.status == "sent":
        now = timezone.now()
        ReminderDelivery.objects.filter(pk__in=[row.pk for row in rows], status=DeliveryStatus.PENDING).update(
            status=DeliveryStatus.SENT, sent_at=now, updated_at=now)
    return outcome


def why_not_deliverable_in_digest(row):
    deadline = row.deadline
    if deadline.status not in OPEN_STATUSES or deadline.due_date != row.for_due_date:
        ReminderDelivery.objects.filter(pk=row.pk, status=DeliveryStatus.PENDING).update(
            status=DeliveryStatus.CANCELLED, last_error="截止日期已完成、取消或改期。", updated_at=timezone.now())
        return "moved"
    return ""


def _cancel_digest(digest, reason):
    with transaction.atomic():
        _finish(Digest, digest.pk, status=DeliveryStatus.CANCELLED, last_error=reason)
        digest.deliveries.filter(status=DeliveryStatus.PENDING).update(digest=None)


def resend(model, ids):
    """Staff decision: put failed/uncertain rows back to pending for a fresh round of attempts."""
    now = timezone.now()
    return model.objects.filter(pk__in=ids, status__in=[DeliveryStatus.FAILED, DeliveryStatus.UNCERTAIN]).update(
        status=DeliveryStatus.PENDING, attempts=0, not_before=None, queued_at=None, claimed_at=None,
        handed_over_at=None, updated_at=now)


def unsubscribe(token):
    """One-click unsubscribe: deactivate the subscription behind `token`. Returns it, or None if unknown."""
    subscription = Subscription.objects.filter(unsubscribe_token=token).select_related("user").first()
    if subscription is None:
        return None
    if subscription.active:
        subscription.active = False
        subscription.save(update_fields=["active", "updated_at"])
    return subscription
