"""Celery tasks. Each takes primary keys, does its work in a plain function, and is safe to run twice."""
import logging

from celery import shared_task
from celery.signals import worker_ready

logger = logging.getLogger(__name__)


# --- review: extraction of stored articles into the review queue ---------------
@shared_task(name="tracker.extract_source")
def extract_source(source_id, extraction_id=None):
    """Run the extractor over Source `source_id`; see tracker.review.jobs.extract_source."""
    from .review.jobs import extract_source as run

    extraction = run(source_id, extraction_id)
    return extraction.status if extraction else None


# --- alerts: the reminder scan, single reminders, daily digests -------------------
@shared_task(name="tracker.scan_reminders", ignore_result=True)
def scan_reminders():
    """Beat, every few minutes: create due ledger rows in bulk and enqueue what is due (tracker.alerts.scan)."""
    from .alerts.scan import run_scan

    _scan, reminder_ids, digest_ids = run_scan()
    enqueue(send_reminder, reminder_ids)
    enqueue(send_digest, digest_ids)
    return {"reminders": len(reminder_ids), "digests": len(digest_ids)}


@shared_task(name="tracker.send_daily_digests", ignore_result=True)
def send_daily_digests():
    """Beat, 08:00 Asia/Shanghai: build today's digests and send them (the scan also catches up a missed 08:00)."""
    from django.utils import timezone

    from .alerts.scan import build_digests, due_digest_ids

    build_digests(timezone.localdate())
    digest_ids = due_digest_ids(timezone.now(), timezone.localdate())
    enqueue(send_digest, digest_ids)
    logger.info("daily digests: %d to send", len(digest_ids))
    return {"digests": len(digest_ids)}


@shared_task(name="tracker.send_reminder", bind=True, ignore_result=True, max_retries=None)
def send_reminder(self, delivery_id):
    """Send ReminderDelivery `delivery_id` once; SMTP failures retry with backoff (tracker.alerts.delivery)."""
    from .alerts import delivery

    outcome = delivery.send_reminder(delivery_id)
    if outcome.retry_in is not None:
        raise self.retry(countdown=outcome.retry_in)
    return outcome.status


@shared_task(name="tracker.send_digest", bind=True, ignore_result=True, max_retries=None)
def send_digest(self, digest_id):
    from .alerts import delivery

    outcome = delivery.send_digest(digest_id)
    if outcome.retry_in is not None:
        raise self.retry(countdown=outcome.retry_in)
    return outcome.status


def enqueue(task, ids):
    """Publish one message per id over a single broker connection."""
    if not ids:
        return
    with task.app.producer_or_acquire() as producer:
        for pk in ids:
            task.apply_async((pk,), producer=producer)


@worker_ready.connect
def scan_when_worker_starts(sender, **kwargs):
    """Catch up at once after downtime instead of waiting for the next beat tick."""
    scan_reminders.delay()


@shared_task(name="tracker.sync_companies", ignore_result=True)
def sync_companies():
    """Daily refresh of the listed-company registry from the exchanges (beat entry only when REGISTRY_SYNC_AKSHARE)."""
    from companies.registry import RegistryError

    from .registry_sync import describe, sync_akshare

    try:
        report, proposals = sync_akshare()
    except RegistryError as error:
        logger.warning("registry sync skipped: %s", error)
        return
    logger.info("registry sync: %s", " / ".join(describe(report, proposals)))
