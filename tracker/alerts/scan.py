"""The reminder scan: turn "a reminder's day has come" into ledger rows, in bulk, at most once each.

A scan is incremental. The latest finished scan is its watermark, and it looks only at
  - deadlines for which some reminder day fell between the watermark's day and today (a normal day: one day
    per reminder offset; after downtime: every day missed, which is the catch-up);
  - deadlines changed since the watermark (new, extended, reopened), or whose step before changed (missed);
  - every live deadline for subscriptions changed since the watermark (new, edited, re-enabled).
The first scan ever looks at everything. Each step is a fixed number of set-based queries, whatever the
number of deadlines or subscribers (see bench_reminder_scan).

Rows are inserted with ON CONFLICT DO NOTHING against the unique (deadline, user, due date, offset) key, so
two scans at once, or a beat that fires twice, cannot create a reminder twice; sending is claimed per row
(tracker.alerts.delivery).
"""
import logging
from datetime import date, datetime, time, timedelta
from functools import lru_cache
from typing import NamedTuple

from django.conf import settings
from django.db import connection, transaction
from django.db.models import Exists, OuterRef, Q
from django.utils import timezone

from ..filters import keys_in
from ..models import Deadline, DeliveryMode, DeliveryStatus, Digest, ReminderDelivery, ReminderScan
from ..models.alerts import OVERDUE_OFFSET
from .watch import OPEN_STATUSES, Watchlist, live_deadlines

logger = logging.getLogger(__name__)

# Re-check rows changed a little before the watermark: clocks of web and worker hosts differ slightly.
WATERMARK_MARGIN = timedelta(minutes=5)
STALE_STATISTICS_SHARE = 0.2
MAX_WINDOW_DAYS = 400  # a longer downtime: the window covers every live deadline anyway


def setting(name, default):
    return getattr(settings, name, default)


def stale_claim_cutoff(now):
    return now - timedelta(seconds=setting("ALERTS_STALE_CLAIM_SECONDS", 600))


def run_scan(now=None):
    """Create the ledger rows that are due, sweep stale claims, build today's digests once it is time.

    Returns (scan, reminder ids to send now, digest ids to send now); the caller enqueues them.
    """
    now = now or timezone.now()
    today = timezone.localdate(now)
    previous = ReminderScan.objects.filter(finished_at__isnull=False).order_by("-started_at").first()
    scan = ReminderScan.objects.create(started_at=now, scan_date=today, full=previous is None)
    watermark = previous.started_at - WATERMARK_MARGIN if previous else None

    watchlist = Watchlist.load(changed_since=watermark)
    planned = plan_reminders(watchlist, today, previous.scan_date if previous else None, watermark)
    created = insert_reminders(planned, queued_at=now)
    cancel_stale_reminders(older_than=now)
    superseded = supersede_older_reminders(today)
    sweep_stale_claims(now)
    if now >= digest_time(today):
        # A scan since the digests' hour today has built them already: only what changed since can add one.
        built_today = previous is not None and previous.started_at >= digest_time(today)
        build_digests(today, watchlist, changed_since=watermark if built_today else None)
    reminder_ids = due_reminder_ids(now, today)
    digest_ids = due_digest_ids(now, today)

    scan.finished_at = timezone.now()
    scan.created_count = created
    scan.superseded_count = superseded
    scan.enqueued_count = len(reminder_ids) + len(digest_ids)
    scan.save(update_fields=["finished_at", "created_count", "superseded_count", "enqueued_count", "updated_at"])
    logger.info("reminder scan: %d planned, %d new, %d superseded, %d reminders and %d digests to send",
                len(planned), created, superseded, len(reminder_ids), len(digest_ids))
    return scan, reminder_ids, digest_ids


class Planned(NamedTuple):
    deadline_id: int
    user_id: int
    subscription_id: int
    for_due_date: date
    offset_days: int
    remind_on: date
    mode: str


def plan_reminders(watchlist, today, previous_day, watermark):
    """One Planned row for every (deadline, user) whose latest due reminder may still be missing."""
    offsets = watchlist.offsets
    if not offsets:
        return []
    horizon = today + timedelta(days=max(offsets))
    live = live_deadlines().filter(due_date__lte=horizon)
    any_subscription_changed = any(s.changed for s in watchlist.subscriptions)
    if previous_day is None or any_subscription_changed:
        candidates = live
    else:
        # Changed since the last scan, or the step before changed (a missed deadline makes its next step due).
        candidates = live.filter(pk__in=in_window_or_changed(reminder_window(offsets, previous_day, today), watermark))
    facts = watchlist.load_facts(candidates)
    # Due dates with a reminder day in (previous_day, today]: every watcher is concerned by those.
    window = None if previous_day is None or (today - previous_day).days > MAX_WINDOW_DAYS else {
        previous_day + timedelta(days=n + (-1 if offset == OVERDUE_OFFSET else offset))
        for offset in offsets for n in range(1, (today - previous_day).days + 1)
    }

    planned = {}
    for deadline in facts.values():
        days_left = (deadline.due_date - today).days
        everyone = window is None or deadline.due_date in window or deadline.updated_at >= watermark
        for subscription in watchlist.watchers(deadline):
            if not (everyone or subscription.changed):
                continue
            offset = latest_due_offset(subscription.offsets, days_left)
            if offset is None:
                continue
            key = (deadline.id, subscription.user_id)
            # Several subscriptions of one user: the most recent reminder wins, then the oldest subscription.
            if key not in planned or (offset, subscription.id) < (planned[key].offset_days,
                                                                   planned[key].subscription_id):
                planned[key] = Planned(deadline.id, subscription.user_id, subscription.id, deadline.due_date, offset,
                                       remind_day(deadline.due_date, offset), subscription.delivery)
    return list(planned.values())


@lru_cache(maxsize=4096)
def latest_due_offset(offsets, days_left):
    """The most recent reminder whose day has come, or None.

    Reminders whose day passed while nothing ran are not sent one by one: the latest one stands for them
    (a user back from downtime gets "3 days left", not also "30 days" and "7 days").
    """
    if days_left < 0:
        return OVERDUE_OFFSET if OVERDUE_OFFSET in offsets else None
    due = [offset for offset in offsets if offset >= days_left]
    return min(due) if due else None


# The planned rows reach the database by COPY into a temporary table, then one INSERT … SELECT skips those
# already in the ledger. Sending them as seven array parameters cost more than the insert itself: the client
# quoted 14 million array elements into the statement's text (18 s of a 1M-deadline first scan).
PLANNED_TABLE_SQL = """
CREATE TEMPORARY TABLE IF NOT EXISTS planned_reminders (
    deadline_id bigint, user_id integer, subscription_id bigint, for_due_date date, offset_days smallint,
    remind_on date, mode text
) ON COMMIT DROP
"""
COPY_PLANNED_SQL = ("COPY planned_reminders (deadline_id, user_id, subscription_id, for_due_date, offset_days, "
                    "remind_on, mode) FROM STDIN (FORMAT BINARY)")
# Binary rows of these types are written by psycopg's C code: 0.5 µs a row against 1.2 µs as text.
PLANNED_TYPES = ["int8", "int4", "int8", "date", "int2", "date", "text"]
INSERT_SQL = """
INSERT INTO {table} (created_at, updated_at, status, attempts, last_error, message_id, queued_at,
                     deadline_id, user_id, subscription_id, for_due_date, offset_days, remind_on, mode)
SELECT %(now)s, %(now)s, %(pending)s, 0, '', '', CASE WHEN mode = %(each)s THEN %(queued_at)s::timestamptz END,
       deadline_id, user_id, subscription_id, for_due_date, offset_days, remind_on, mode
FROM planned_reminders
ON CONFLICT ON CONSTRAINT reminder_once_per_deadline_user_offset DO NOTHING
"""


def insert_reminders(planned, queued_at):
    """Insert the planned rows, skipping those already in the ledger. Returns how many were new.

    Single reminders are stamped `queued_at` = this scan: due_reminder_ids() hands exactly those (plus stale
    ones) to the workers, without a second pass over the new rows.
    On PostgreSQL: COPY into a temporary table, then one INSERT … SELECT … ON CONFLICT DO NOTHING (the table
    lives until the transaction ends; one already there from an earlier scan in the same transaction is
    emptied first). Elsewhere bulk_create(ignore_conflicts).
    """
    if not planned:
        return 0
    if connection.vendor == "postgresql":
        params = {"now": queued_at, "pending": DeliveryStatus.PENDING, "each": DeliveryMode.EACH,
                  "queued_at": queued_at}
        table = ReminderDelivery._meta.db_table
        with transaction.atomic(), connection.cursor() as cursor:
            cursor.execute("SELECT reltuples FROM pg_class WHERE oid = %s::regclass", [table])
            believed_rows = max(cursor.fetchone()[0], 0)
            cursor.execute(PLANNED_TABLE_SQL)
            cursor.execute("TRUNCATE planned_reminders")
            with cursor.copy(COPY_PLANNED_SQL) as copy:
                copy.set_types(PLANNED_TYPES)
                for row in planned:
                    copy.write_row(row)
            cursor.execute(INSERT_SQL.format(table=table), params)
            created = cursor.rowcount
            if created > STALE_STATISTICS_SHARE * believed_rows + 1000:
                # The planner would still believe the ledger small and pick nested loops for the sweeps below;
                # autovacuum would refresh the statistics only later.
                cursor.execute(f"ANALYZE {table}")
        return created
    before = ReminderDelivery.objects.count()
    ReminderDelivery.objects.bulk_create(
        [ReminderDelivery(**row._asdict(), queued_at=queued_at if row.mode == DeliveryMode.EACH else None)
         for row in planned],
        ignore_conflicts=True,
    )
    return ReminderDelivery.objects.count() - before


def in_window_or_changed(window, since):
    """Keys of the deadlines in `window` (a Q, or None), changed since `since`, or whose step before changed since.

    A UNION of three indexed lookups: the same test written as one OR across the join to the step before
    makes PostgreSQL read every deadline, on every scan.
    """
    keys = Deadline.objects.order_by().values("pk")
    changed = keys.filter(updated_at__gte=since).union(keys.filter(follows__updated_at__gte=since))
    return changed if window is None else keys.filter(window).union(changed)


@lru_cache(maxsize=65536)  # a few hundred due dates times a few offsets, asked for every planned row
def remind_day(due_date, offset):
    return due_date + timedelta(days=1) if offset == OVERDUE_OFFSET else due_date - timedelta(days=offset)


def reminder_window(offsets, previous_day, today):
    """Deadlines with a reminder day in (previous_day, today]: one date range per offset; None when that span is
    empty (a repeat scan the same day), so the scan asks only for what changed instead of reading every deadline.

    Open statuses only, so that PostgreSQL reads the ranges from the (status, due date) index: the scan keeps
    live deadlines alone anyway.
    """
    if previous_day >= today:
        return None
    query = Q()
    for offset in offsets:
        shift = -1 if offset == OVERDUE_OFFSET else offset
        query |= Q(due_date__gt=previous_day + timedelta(days=shift), due_date__lte=today + timedelta(days=shift))
    return query & Q(status__in=OPEN_STATUSES)


def cancel_stale_reminders(deadline_ids=None, older_than=None):
    """Cancel unsent rows whose deadline is no longer open or has moved to another date.

    The scan passes `older_than` = its own time: the rows it has just planned are for live deadlines.
    """
    rows = ReminderDelivery.objects.filter(status=DeliveryStatus.PENDING)
    if deadline_ids is not None:
        rows = rows.filter(deadline__in=deadline_ids)
    if older_than is not None:
        rows = rows.filter(updated_at__lt=older_than)
    # Correlated EXISTS, not a join: an UPDATE through a join becomes "id IN (self-join)", which PostgreSQL
    # plans as a nested loop whenever the ledger's statistics lag behind a large insert.
    resolved_or_moved = Deadline.objects.filter(pk=OuterRef("deadline_id")).filter(
        ~Q(status__in=OPEN_STATUSES) | ~Q(due_date=OuterRef("for_due_date")))
    return rows.filter(Exists(resolved_or_moved)).update(
        status=DeliveryStatus.CANCELLED, last_error="截止日期已完成、取消或改期。", updated_at=timezone.now())


def supersede_older_reminders(today):
    """An unsent reminder is pointless once a more recent one for the same deadline and user exists.

    A superseded row's day is before its successor's, which is at most today: only rows due before today
    (the backlog of a downtime) are candidates.
    """
    newer = ReminderDelivery.objects.filter(
        deadline=OuterRef("deadline"), user=OuterRef("user"), for_due_date=OuterRef("for_due_date"),
        offset_days__lt=OuterRef("offset_days"),
    )
    return ReminderDelivery.objects.filter(status=DeliveryStatus.PENDING, remind_on__lt=today).filter(
        Exists(newer)).update(status=DeliveryStatus.SUPERSEDED, updated_at=timezone.now())


def sweep_stale_claims(now):
    """Rows a dead worker left in 'sending'.

    Never handed to SMTP: certainly not sent, back to pending. Handed to SMTP: maybe delivered; marked
    'uncertain' and not resent automatically (at most once: see tracker.alerts.delivery).
    """
    cutoff = stale_claim_cutoff(now)
    for model in (ReminderDelivery, Digest):
        stuck = model.objects.filter(status=DeliveryStatus.SENDING, claimed_at__lt=cutoff)
        stuck.filter(handed_over_at__isnull=True).update(status=DeliveryStatus.PENDING, queued_at=None,
                                                         updated_at=now)
        stuck.filter(handed_over_at__isnull=False).update(
            status=DeliveryStatus.UNCERTAIN, updated_at=now,
            last_error="发送进程在交给邮件服务器后、记录结果前中断：邮件可能已送达，为避免重复未自动重发。")
    # A digest's reminders share its fate.
    ReminderDelivery.objects.filter(
        status=DeliveryStatus.PENDING, digest__in=Digest.objects.filter(status=DeliveryStatus.UNCERTAIN).values("pk"),
    ).update(status=DeliveryStatus.UNCERTAIN, updated_at=now)


def digest_time(day):
    hour, minute = setting("ALERTS_DIGEST_TIME", (8, 0))
    return timezone.make_aware(datetime.combine(day, time(hour, minute)))


def build_digests(today, watchlist=None, changed_since=None):
    """Create today's Digest rows, once per subscription and day.

    A digest is due for a subscription with reminders waiting, or with watched deadlines still overdue:
    those stay flagged in every digest until someone resolves them. With `changed_since` (today's digests were
    built by an earlier scan) only overdue deadlines changed since then, or watched by a subscription changed
    since then, are looked at again, instead of reloading every overdue deadline every few minutes.
    """
    watchlist = watchlist or Watchlist.load()
    digest_subscriptions = {s.id for s in watchlist.subscriptions if s.delivery == DeliveryMode.DIGEST}
    if not digest_subscriptions:
        return 0
    waiting = ReminderDelivery.objects.filter(status=DeliveryStatus.PENDING, mode=DeliveryMode.DIGEST,
                                              digest__isnull=True, remind_on__lte=today)
    wanted = set(waiting.order_by().values_list("subscription_id", flat=True).distinct()) & digest_subscriptions
    overdue = live_deadlines().filter(due_date__lt=today)
    if changed_since is not None and not any(s.changed for s in watchlist.subscriptions):
        overdue = overdue.filter(pk__in=in_window_or_changed(None, changed_since))
    overdue = watchlist.load_facts(overdue)
    for deadline in overdue.values():
        wanted.update(s.id for s in watchlist.watchers(deadline) if s.id in digest_subscriptions)
    # The reminders join their digest when it is sent (tracker.alerts.delivery.send_digest): per-digest work
    # belongs to the send task, the scan stays a fixed number of statements.
    Digest.objects.bulk_create([Digest(subscription_id=pk, digest_date=today) for pk in wanted],
                               ignore_conflicts=True)
    return len(wanted)


def due_reminder_ids(now, today):
    """Pending single reminders to hand to the workers now (and mark as queued, so the next scan waits)."""
    requeue_before = now - timedelta(seconds=setting("ALERTS_REQUEUE_SECONDS", 900))
    due = ReminderDelivery.objects.filter(
        Q(not_before__isnull=True) | Q(not_before__lte=now),
        Q(queued_at__isnull=True) | Q(queued_at__lte=requeue_before) | Q(queued_at=now),
        status=DeliveryStatus.PENDING, mode=DeliveryMode.EACH, remind_on__lte=today,
    )
    return _mark_queued(due, now)


def due_digest_ids(now, today):
    requeue_before = now - timedelta(seconds=setting("ALERTS_REQUEUE_SECONDS", 900))
    due = Digest.objects.filter(
        Q(not_before__isnull=True) | Q(not_before__lte=now),
        Q(queued_at__isnull=True) | Q(queued_at__lte=requeue_before),
        status=DeliveryStatus.PENDING, digest_date__lte=today,
    )
    return _mark_queued(due, now)


def _mark_queued(due, now):
    pks = list(due.order_by("pk").values_list("pk", flat=True))
    if pks:
        # Rows stamped at insert are not written twice. Compared in the database: reading every row's time
        # back (hundreds of thousands on a first scan) cost more than the update.
        due.model.objects.filter(keys_in("pk", pks)).exclude(queued_at=now).update(queued_at=now)
    return pks
