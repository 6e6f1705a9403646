"""Time the reminder scan with many open deadlines and subscribers; print seconds and query counts.

    DATABASE_URL=postgres://postgres@127.0.0.1:5432/tracker_alerts_bench \\
        python manage.py migrate && python manage.py bench_reminder_scan --deadlines 10000,100000

Everything is generated in one transaction that is rolled back at the end (nothing is left behind, nothing
is sent). For each size it times five scans, as a worker would see them:
  cold      the first scan ever: no watermark, every live deadline considered
  repeat    five minutes later, same day: nothing new (the common case, every few minutes)
  next-day  the first scan of the next day at 09:00: that day's reminders and digests
  repeat    five minutes later, after the digests' hour: nothing new either
  catch-up  the first scan after three days of downtime
Between scans the created rows are marked sent and the ledger analyzed, as workers and autovacuum would do.

Beside the cold and next-day scans, in the same transaction, it times their lower bound: one hand-written
SELECT of the (deadline, subscriber) pairs due that day (live deadlines in the reminder window, matched to
subscriptions by company, measure, violation type or "everything"). The last line is
`ratio cold=<x> repeat_seconds=<s> next_day=<y>` for the largest size: the two ratios and the slower repeat.
"""
import random
import time
from datetime import timedelta

from django.contrib.auth import get_user_model
from django.core.management.base import BaseCommand, CommandError
from django.db import connection, transaction
from django.test.utils import CaptureQueriesContext
from django.utils import timezone

from companies.models import Company
from tracker.alerts.scan import run_scan
from tracker.choices import Measure
from tracker.models import (
    Deadline,
    DeliveryMode,
    DeliveryStatus,
    Digest,
    EnforcementAction,
    FundOccupationCase,
    Issuer,
    ReminderDelivery,
    Subscription,
    ViolationType,
)

# Live deadlines (open or extended, not waiting on an open step before) due in {window}, matched to the
# subscriptions watching them; measures and violation types come from the deadline's action or its case's.
DUE_PAIRS_SQL = """
WITH live AS (
    SELECT d.id, d.company_id, d.action_id, d.case_id FROM tracker_deadline d
      LEFT JOIN tracker_deadline f ON f.id = d.follows_id
     WHERE d.status IN ('open', 'extended') AND NOT coalesce(f.status IN ('open', 'extended'), false) AND {window}
), acts AS (
    SELECT id AS deadline_id, action_id FROM live WHERE action_id IS NOT NULL
    UNION SELECT live.id, ca.enforcementaction_id FROM live
      JOIN tracker_fundoccupationcase_actions ca ON ca.fundoccupationcase_id = live.case_id
), subs AS (SELECT s.id, s.user_id, s.watch_all, s.measures FROM tracker_subscription s WHERE s.active)
SELECT live.id, subs.user_id FROM live JOIN subs ON subs.watch_all
UNION SELECT live.id, subs.user_id FROM live
  JOIN tracker_subscription_companies sc ON sc.company_id = live.company_id JOIN subs ON subs.id = sc.subscription_id
UNION SELECT acts.deadline_id, subs.user_id FROM acts JOIN tracker_enforcementaction a ON a.id = acts.action_id
  JOIN subs ON subs.measures @> jsonb_build_array(a.measure)
UNION SELECT acts.deadline_id, subs.user_id FROM acts
  JOIN tracker_enforcementaction_violation_types l ON l.enforcementaction_id = acts.action_id
  JOIN tracker_subscription_violation_types sv ON sv.violationtype_id = l.violationtype_id
  JOIN subs ON subs.id = sv.subscription_id
"""


class Rollback(Exception):
    pass


class Command(BaseCommand):
    help = "Benchmark the reminder scan (tracker.alerts.scan) on generated data; rolled back afterwards."

    def add_arguments(self, parser):
        parser.add_argument("--deadlines", default="100000",
                            help="comma-separated sizes, e.g. 10000,100000 (default 100000)")
        parser.add_argument("--subscribers", type=int, default=1000)
        parser.add_argument("--companies", type=int, default=5000)
        parser.add_argument("--seed", type=int, default=20250901)

    def handle(self, *args, **options):
        self.verbosity = options["verbosity"]
        if connection.vendor != "postgresql":
            self.stderr.write(self.style.WARNING(f"Running on {connection.vendor}: the target is PostgreSQL."))
        try:
            sizes = [int(size) for size in options["deadlines"].split(",")]
        except ValueError:
            raise CommandError("--deadlines takes integers separated by commas") from None
        results = []
        for size in sizes:
            results += self.bench(size, options["subscribers"], options["companies"], options["seed"])
        self.stdout.write(f"\n{'deadlines':>10} {'scan':>9} {'seconds':>8} {'lower bound':>11} {'ratio':>6} "
                          f"{'queries':>8} {'new rows':>9} {'to send':>8}")
        for size, name, seconds, lower, queries, created, enqueued in results:
            bound = f"{lower:>11.3f} {seconds / lower:>5.1f}x" if lower else f"{'':>11} {'':>6}"
            self.stdout.write(f"{size:>10} {name:>9} {seconds:>8.3f} {bound} {queries:>8} {created:>9} {enqueued:>8}")
        largest = [row for row in results if row[0] == sizes[-1]]
        by_name = {}
        for _size, name, seconds, lower, *_rest in largest:
            by_name.setdefault(name, []).append((seconds, lower))
        self.stdout.write(
            f"ratio cold={by_name['cold'][0][0] / by_name['cold'][0][1]:.1f} "
            f"repeat_seconds={max(seconds for seconds, _lower in by_name['repeat']):.3f} "
            f"next_day={by_name['next-day'][0][0] / by_name['next-day'][0][1]:.1f}"
        )

    def bench(self, deadline_count, subscriber_count, company_count, seed):
        rng = random.Random(seed)
        results = []
        if connection.vendor == "postgresql":
            # An earlier run's rolled-back rows are still in every table it filled, and its statistics would
            # mislead the planner about the empty ledger: without this, a second run in a row measured the
            # scans 1.5–2x slower than the first. VACUUM cannot run inside a transaction (as under the test
            # suite): there only the ledger is analyzed.
            with connection.cursor() as cursor:
                if connection.in_atomic_block:
                    cursor.execute(f"ANALYZE {ReminderDelivery._meta.db_table}, {Digest._meta.db_table}")
                else:
                    cursor.execute("VACUUM ANALYZE")
        try:
            with transaction.atomic():
                self.stdout.write(f"generating {deadline_count} open deadlines, {subscriber_count} subscribers…")
                now = timezone.now()
                self.generate(rng, deadline_count, subscriber_count, company_count, timezone.localdate(now))
                with connection.cursor() as cursor:
                    if connection.vendor == "postgresql":
                        cursor.execute("ANALYZE")
                scans = [
                    ("cold", now + timedelta(minutes=10)),
                    ("repeat", now + timedelta(minutes=15)),
                    ("next-day", self.at_nine(now, days=1)),
                    ("repeat", self.at_nine(now, days=1) + timedelta(minutes=5)),
                    ("catch-up", self.at_nine(now, days=4)),
                ]
                previous_day = None
                for name, moment in scans:
                    lower = None
                    if name in ("cold", "next-day") and connection.vendor == "postgresql":
                        lower = self.lower_bound(timezone.localdate(moment), previous_day)
                    previous_day = timezone.localdate(moment)
                    with CaptureQueriesContext(connection) as queries:
                        started = time.perf_counter()
                        scan, reminder_ids, digest_ids = run_scan(now=moment)
                        seconds = time.perf_counter() - started
                    results.append((deadline_count, name, seconds, lower, len(queries), scan.created_count,
                                    len(reminder_ids) + len(digest_ids)))
                    self.stdout.write(f"  {name:>9}: {seconds:.3f} s, {len(queries)} queries, "
                                      f"{scan.created_count} new rows")
                    if self.verbosity > 1:
                        for query in sorted(queries.captured_queries, key=lambda q: -float(q["time"]))[:4]:
                            self.stdout.write(f"      {query['time']} s  {query['sql'][:160]}")
                    # The workers send everything before the next scan, and autovacuum analyzes the ledger
                    # meanwhile (it runs every minute; here the whole day passes at once).
                    ReminderDelivery.objects.filter(status=DeliveryStatus.PENDING).update(status=DeliveryStatus.SENT)
                    Digest.objects.filter(status=DeliveryStatus.PENDING).update(status=DeliveryStatus.SENT)
                    if connection.vendor == "postgresql":
                        with connection.cursor() as cursor:
                            cursor.execute(f"ANALYZE {ReminderDelivery._meta.db_table}, {Digest._meta.db_table}")
                raise Rollback
        except Rollback:
            pass
        return results

    def lower_bound(self, today, previous_day):
        """Seconds of the hand-written SELECT of the pairs due on `today` (best of three runs).

        The first scan: every live deadline within the longest reminder offset (or overdue). A later one: the
        deadlines one of whose reminder days fell in (previous_day, today].
        """
        offsets = sorted({offset for days in Subscription.objects.values_list("reminder_days", flat=True)
                          for offset in days} | {-1})  # -1: the day after the due date (overdue reminder)
        if previous_day is None:
            window = "d.due_date <= %(horizon)s"
            params = {"horizon": today + timedelta(days=max(offsets))}
        else:
            days = {previous_day + timedelta(days=n + offset) for offset in offsets
                    for n in range(1, (today - previous_day).days + 1)}
            window = "d.due_date = ANY(%(days)s)"
            params = {"days": sorted(days)}
        best = None
        with connection.cursor() as cursor:
            for _ in range(3):
                started = time.perf_counter()
                cursor.execute(DUE_PAIRS_SQL.format(window=window), params)
                pairs = len(cursor.fetchall())
                seconds = time.perf_counter() - started
                best = seconds if best is None else min(best, seconds)
        self.stdout.write(f"  lower bound for {today}: {pairs} due pairs in {best:.3f} s")
        return best

    @staticmethod
    def at_nine(now, days):
        day = timezone.localtime(now).replace(hour=9, minute=0, second=0, microsecond=0)
        return day + timedelta(days=days)

    def generate(self, rng, deadline_count, subscriber_count, company_count, today):
        companies = Company.objects.bulk_create([Company(code="") for _ in range(company_count)])
        issuer, _ = Issuer.objects.get_or_create(name="基准测试证监局", defaults={"kind": "csrc_bureau"})
        measures = Measure.values
        violation_types = list(ViolationType.objects.values_list("pk", flat=True))
        actions = EnforcementAction.objects.bulk_create([
            EnforcementAction(company=company, issuer=issuer, measure=rng.choice(measures), document_number=f"B{n}")
            for n, company in enumerate(companies)
        ])
        through = EnforcementAction.violation_types.through
        through.objects.bulk_create([
            through(enforcementaction_id=action.pk, violationtype_id=code)
            for action in actions for code in rng.sample(violation_types, 1)
        ])
        cases = FundOccupationCase.objects.bulk_create([
            FundOccupationCase(company=action.company, occupier=f"控股股东{n}", amount_occupied=100_000_000)
            for n, action in enumerate(actions[: company_count // 5])
        ])
        case_actions = FundOccupationCase.actions.through
        case_actions.objects.bulk_create([
            case_actions(fundoccupationcase_id=case.pk, enforcementaction_id=actions[n].pk)
            for n, case in enumerate(cases)
        ])
        case_by_company = {case.company_id: case for case in cases}
        # Open deadlines due from 30 days ago to about 20 months ahead, 20 per company on average.
        deadlines = []
        for n in range(deadline_count):
            action = actions[n % company_count]
            deadlines.append(Deadline(
                company_id=action.company_id, action=action, case=case_by_company.get(action.company_id),
                due_date=today + timedelta(days=rng.randint(-30, 600)), obligation=f"基准事项{n}",
                amount_yuan=rng.randint(1, 500) * 1_000_000,
            ))
        Deadline.objects.bulk_create(deadlines, batch_size=5000)

        users = get_user_model().objects.bulk_create([
            get_user_model()(username=f"bench-{n}", email=f"bench-{n}@example.com") for n in range(subscriber_count)
        ])
        # 1% watch everything (by digest), 79% ten chosen companies, 10% one measure, 10% one violation type;
        # 30% of the others take the digest too.
        subscriptions = []
        for n, user in enumerate(users):
            share = n / subscriber_count
            subscriptions.append(Subscription(
                user=user, watch_all=share < 0.01,
                measures=[rng.choice(measures)] if 0.80 <= share < 0.90 else [],
                delivery=DeliveryMode.DIGEST if share < 0.01 or rng.random() < 0.3 else DeliveryMode.EACH,
            ))
        subscriptions = Subscription.objects.bulk_create(subscriptions)
        chosen_companies = Subscription.companies.through
        chosen_types = Subscription.violation_types.through
        company_rows, type_rows = [], []
        for n, subscription in enumerate(subscriptions):
            share = n / subscriber_count
            if 0.01 <= share < 0.80:
                company_rows += [chosen_companies(subscription_id=subscription.pk, company_id=company.pk)
                                 for company in rng.sample(companies, 10)]
            elif share >= 0.90:
                type_rows.append(chosen_types(subscription_id=subscription.pk,
                                              violationtype_id=rng.choice(violation_types)))
        chosen_companies.objects.bulk_create(company_rows)
        chosen_types.objects.bulk_create(type_rows)
