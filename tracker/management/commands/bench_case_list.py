"""Time the case list per filter state beside its lower bound, measured in the same run.

    python manage.py bench_case_list --repeat 20

For every filter state analysts use, it times the page as a logged-in user sees it (Django test client: full
middleware, templates, facet counts) and, on the same connection in the same run, the database's own time for
the same information, written by hand in SQL:

  warm  the same URL again (its counts, sidebar and table cached, as for the next analyst opening it);
        lower bound: one statement returning the page's rows with every column the page shows (names, status,
        issuer, violation codes, persons).
  cold  a filter state never seen before (a parameter the filters ignore makes each request new: its counts,
        sidebar and table are computed afresh; the session and the day's risk statuses stay cached, as they
        do for an analyst trying a new filter);
        lower bound: that statement plus one grouped count of the matches (total, exchange, board, issuer,
        measure) and one count of their violation types.

Before timing, each state checks that the hand-written statement returns the same rows in the same order as
the product's page, so the lower bound is a real alternative and not a shortcut. The last line is
`ratio warm_p95=<x> cold_p95=<y> queries=<n>`: the worst state's ratios of p95 times and the most queries
one warm page made. PostgreSQL only (the statements are PostgreSQL SQL; the figures are for production).
Generate data first: `generate_demo_data --actions 200000`.
"""
import itertools
import os
import statistics
import time
from dataclasses import dataclass, field
from datetime import timedelta

from django.core.management.base import BaseCommand, CommandError
from django.db import connection
from django.http import QueryDict
from django.test.utils import CaptureQueriesContext
from django.urls import reverse
from django.utils import timezone

from companies.models import Company
from tracker.filters import EnforcementActionFilterSet
from tracker.management.bench import analyst_client
from tracker.models import Issuer
from tracker.models.deadlines import ACTIVE_STATUSES

# The page's rows with every column it shows. {where} and {order} are filled in per state; the offset is taken
# over the matching keys first, so only the page's rows are joined.
PAGE_SQL = """
WITH page AS (SELECT a.id FROM tracker_enforcementaction a {company_join}
               WHERE {where} ORDER BY {order} LIMIT %(limit)s OFFSET %(offset)s)
SELECT a.id, a.decision_date, a.announcement_date, a.measure, a.total_amount_yuan, a.document_number, a.proposed,
       c.id, c.code, i.name,
       (SELECT n.name FROM companies_companyname n
         WHERE n.company_id = c.id AND n.kind = 'short'
           AND (n.valid_from IS NULL OR n.valid_from <= %(today)s) AND (n.valid_to IS NULL OR n.valid_to >= %(today)s)
         ORDER BY n.valid_from DESC NULLS LAST, n.id DESC LIMIT 1) AS short_name,
       (SELECT s.to_status FROM companies_statuschange s
         WHERE s.company_id = c.id AND s.effective_date <= %(today)s
         ORDER BY s.effective_date DESC LIMIT 1) AS status,
       (SELECT string_agg(l.violationtype_id, ',' ORDER BY l.violationtype_id)
          FROM tracker_enforcementaction_violation_types l WHERE l.enforcementaction_id = a.id) AS violation_codes,
       (SELECT string_agg(coalesce(p.name, '公司') || '/' || t.role, '、' ORDER BY t.id)
          FROM tracker_actiontarget t LEFT JOIN companies_person p ON p.id = t.person_id
         WHERE t.action_id = a.id) AS targets
  FROM page
  JOIN tracker_enforcementaction a ON a.id = page.id
  JOIN companies_company c ON c.id = a.company_id
  LEFT JOIN tracker_issuer i ON i.id = a.issuer_id
 ORDER BY {order}
"""
# The matches counted per action column first, then per company column (exchange, board) through the companies.
COUNT_SQL = """
SELECT c.exchange, c.board, g.issuer_id, g.measure, sum(g.n)
  FROM (SELECT a.company_id, a.issuer_id, a.measure, count(*) AS n
          FROM tracker_enforcementaction a {company_join}
         WHERE {where} GROUP BY a.company_id, a.issuer_id, a.measure) g
  JOIN companies_company c ON c.id = g.company_id
 GROUP BY GROUPING SETS ((), (c.exchange), (c.board), (g.issuer_id), (g.measure))
"""
VIOLATION_COUNT_SQL = """
SELECT l.violationtype_id, count(*)
  FROM tracker_enforcementaction_violation_types l JOIN tracker_enforcementaction a ON a.id = l.enforcementaction_id
  {company_join}
 WHERE {where}
 GROUP BY l.violationtype_id
"""
ALL_VIOLATIONS_COUNT_SQL = """
SELECT violationtype_id, count(*) FROM tracker_enforcementaction_violation_types GROUP BY violationtype_id
"""
DEFAULT_ORDER = "a.decision_date DESC, a.id DESC"
# Companies whose latest status change up to today put them at one of %(statuses)s.
STATUS_SQL = """a.company_id IN (
    SELECT company_id FROM (SELECT DISTINCT ON (company_id) company_id, to_status FROM companies_statuschange
                             WHERE effective_date <= %(today)s ORDER BY company_id, effective_date DESC) latest
     WHERE to_status = ANY(%(statuses)s))"""
# Actions with an unresolved deadline (not waiting on the step before) due in [today, today + days], tied
# directly or through a fund-occupation case.
DUE_SQL = """a.id IN (
    WITH due AS (SELECT d.action_id, d.case_id FROM tracker_deadline d LEFT JOIN tracker_deadline f ON f.id = d.follows_id
                  WHERE d.status = ANY(%(active)s) AND NOT coalesce(f.status = ANY(%(active)s), false)
                    AND d.due_date BETWEEN %(today)s AND %(until)s)
    SELECT action_id FROM due WHERE action_id IS NOT NULL
    UNION SELECT l.enforcementaction_id FROM tracker_fundoccupationcase_actions l JOIN due ON due.case_id = l.fundoccupationcase_id)"""


@dataclass
class FilterState:
    label: str
    query: str
    where: str = "true"
    params: dict = field(default_factory=dict)
    order: str = DEFAULT_ORDER
    page: int = 1


def filter_states():
    """The filters analysts use, each as the case list's query string and the same filter written in SQL."""
    today = timezone.localdate()
    year_ago = today - timedelta(days=365)
    company = Company.objects.filter(enforcement_actions__isnull=False).exclude(code="").order_by("pk").first()
    code = company.code if company else "600"
    issuer = Issuer.objects.filter(kind="csrc_bureau", actions__isnull=False).order_by("pk").first()
    issuer_pk = issuer.pk if issuer else 0
    surname = "王"
    return [
        FilterState("no filter", ""),
        FilterState("no filter, page 2000", "page=2000", page=2000),
        FilterState("measure + date range",
                    f"measure=warning_letter&measure=rectification_order&decision_date_after={year_ago}",
                    "a.measure IN ('warning_letter', 'rectification_order') AND a.decision_date >= %(since)s",
                    {"since": year_ago}),
        FilterState("measure = warning letter", "measure=warning_letter", "a.measure = 'warning_letter'"),
        FilterState("company by code", f"q={code}",
                    """a.company_id IN (SELECT id FROM companies_company WHERE code LIKE %(prefix)s
                                        UNION SELECT company_id FROM companies_companyname WHERE bare_name LIKE %(term)s)""",
                    {"prefix": f"{code}%", "term": f"%{code}%"}),
        FilterState("company name without ST", "q=科技",
                    "a.company_id IN (SELECT company_id FROM companies_companyname WHERE bare_name LIKE '%%科技%%')"),
        FilterState("person name", f"person={surname}",
                    """a.id IN (SELECT t.action_id FROM tracker_actiontarget t JOIN companies_person p ON p.id = t.person_id
                                 WHERE p.name LIKE %(person)s)""",
                    {"person": f"%{surname}%"}),
        FilterState("exchange + board + status ST/*ST", "exchange=SSE&board=main&status=ST&status=*ST",
                    f"c.exchange = 'SSE' AND c.board = 'main' AND {STATUS_SQL}", {"statuses": ["ST", "*ST"]}),
        FilterState("issuer excluded + violation type",
                    f"issuer={issuer_pk}&issuer_not=on&violation_type=P2510",
                    """(a.issuer_id IS NULL OR a.issuer_id <> %(issuer)s) AND EXISTS (
                         SELECT 1 FROM tracker_enforcementaction_violation_types l
                          WHERE l.enforcementaction_id = a.id AND l.violationtype_id = 'P2510')""",
                    {"issuer": issuer_pk}),
        FilterState("fines by amount, sorted by amount", "measure=fine&amount_min=1000000&sort=-amount",
                    "a.measure = 'fine' AND a.total_amount_yuan >= 1000000",
                    order="a.total_amount_yuan DESC NULLS LAST, a.id DESC"),
        FilterState("open deadline due within 90 days", "due_within=90", DUE_SQL,
                    {"until": today + timedelta(days=90), "active": list(ACTIVE_STATUSES)}),
        FilterState("announcement range, page 20", f"announcement_date_after={year_ago}&page=20",
                    "a.announcement_date >= %(since)s", {"since": year_ago}, page=20),
    ]


class Command(BaseCommand):
    help = "Time the case list per filter state beside its hand-written SQL lower bound; print the ratios."

    def add_arguments(self, parser):
        parser.add_argument("--repeat", type=int, default=20, help="timed runs per state and kind (after a warm-up)")
        parser.add_argument("--per-page", type=int, default=50)

    def handle(self, *args, repeat, per_page, **options):
        if repeat < 2:
            raise CommandError("--repeat must be at least 2 (p95 needs several runs).")
        client, total = analyst_client("hand-written SQL per filter state")
        url = reverse("tracker:action-list")
        today = timezone.localdate()

        self.stdout.write(f"Case list on {total} enforcement actions, {Company.objects.count()} companies, "
                          f"PostgreSQL {connection.cursor().connection.info.server_version}, {repeat} runs per figure, "
                          f"{per_page} rows per page; p95 in ms, lower bound (lb) = hand-written SQL")
        header = (f"{'filter state':<36} {'rows':>7} {'warm':>7} {'lb':>6} {'ratio':>6} {'cold':>7} {'lb':>6} "
                  f"{'ratio':>6} {'queries':>7}")
        self.stdout.write(header)
        worst_warm = worst_cold = 0.0
        nonces = itertools.count()  # shared by all states: two states differing only in the page never meet
        most_queries = 0
        for state in filter_states():
            params = {"today": today, "limit": per_page, "offset": (state.page - 1) * per_page, **state.params}
            # The companies are joined only where the filter needs them.
            company_join = "JOIN companies_company c ON c.id = a.company_id" if "c." in state.where else ""
            page_sql = PAGE_SQL.format(where=state.where, order=state.order, company_join=company_join)
            violations_sql = (VIOLATION_COUNT_SQL.format(where=state.where, company_join=company_join)
                              if state.where != "true" else ALL_VIOLATIONS_COUNT_SQL)
            counts_sql = [COUNT_SQL.format(where=state.where, company_join=company_join), violations_sql]
            rows = self.check_same_page(state, page_sql, params, per_page)
            full = f"{url}?{state.query}&per_page={per_page}" if state.query else f"{url}?per_page={per_page}"
            response = client.get(full)  # warm-up, and a sanity check
            if response.status_code != 200:
                raise CommandError(f"{full} answered {response.status_code}")
            with CaptureQueriesContext(connection) as queries:
                client.get(full)
            most_queries = max(most_queries, len(queries))

            warm = timed(repeat, client.get, full)
            fresh = (f"{full}&fresh={n}" for n in nonces)  # every URL a new filter state
            cold = timed(repeat, lambda urls=fresh: client.get(next(urls)))
            lower_warm = timed(repeat, run_sql, [page_sql], params)
            lower_cold = timed(repeat, run_sql, [page_sql, *counts_sql], params)
            warm_ratio = p95(warm) / p95(lower_warm)
            cold_ratio = p95(cold) / p95(lower_cold)
            worst_warm, worst_cold = max(worst_warm, warm_ratio), max(worst_cold, cold_ratio)
            self.stdout.write(f"{state.label:<36} {rows:>7} {p95(warm):>7.1f} {p95(lower_warm):>6.1f} "
                              f"{warm_ratio:>5.1f}x {p95(cold):>7.1f} {p95(lower_cold):>6.1f} {cold_ratio:>5.1f}x "
                              f"{len(queries):>7}")
        # Other work on the machine shows in the tails: print the load to read the figures against.
        self.stdout.write(f"load average {' / '.join(f'{load:.2f}' for load in os.getloadavg())} "
                          f"on {os.cpu_count()} CPUs")
        self.stdout.write(f"ratio warm_p95={worst_warm:.1f} cold_p95={worst_cold:.1f} queries={most_queries}")

    def check_same_page(self, state, page_sql, params, per_page):
        """The number of matching rows; raises when the SQL's page differs from the product's page."""
        filterset = EnforcementActionFilterSet(QueryDict(state.query))
        if not filterset.is_valid():
            raise CommandError(f"{state.label}: {filterset.errors.as_text()}")
        offset = (state.page - 1) * per_page
        product = list(filterset.qs.values_list("pk", flat=True)[offset:offset + per_page])
        with connection.cursor() as cursor:
            cursor.execute(page_sql, params)
            handwritten = [row[0] for row in cursor.fetchall()]
        if product != handwritten:
            raise CommandError(f"{state.label}: the hand-written SQL returns another page than the product "
                               f"({handwritten[:5]}… against {product[:5]}…)")
        return filterset.qs.count()


def run_sql(statements, params):
    with connection.cursor() as cursor:
        for sql in statements:
            cursor.execute(sql, params)
            cursor.fetchall()


def timed(repeat, run, *args, before=None):
    """Milliseconds of `repeat` runs of `run(*args)` after one untimed run; `before()` runs untimed before each."""
    run(*args)
    times = []
    for _ in range(repeat):
        if before is not None:
            before()
        started = time.perf_counter()
        run(*args)
        times.append((time.perf_counter() - started) * 1000)
    return times


def p95(values):
    return statistics.quantiles(values, n=100, method="inclusive")[94]
