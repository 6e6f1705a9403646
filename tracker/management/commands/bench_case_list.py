"""Time the case list with typical filters and print p50/p95 page times.

    python manage.py bench_case_list --repeat 20

Requests go through the Django test client as a logged-in user (full middleware, templates, facet counts),
against whatever database DATABASE_URL names. Generate data first with `generate_demo_data`.
"""
import gc
import os
import statistics
import time
from datetime import timedelta

from django.contrib.auth import get_user_model
from django.core.cache import cache
from django.core.management.base import BaseCommand, CommandError
from django.db import connection
from django.http import QueryDict
from django.test import Client
from django.urls import reverse
from django.utils import timezone

from companies.models import Company
from tracker.filters import EnforcementActionFilterSet
from tracker.models import EnforcementAction, Issuer

BENCH_USER = "bench-analyst"


def typical_queries():
    """The filters analysts use most, as query strings of the case list."""
    today = timezone.localdate()
    year_ago = (today - timedelta(days=365)).isoformat()
    company = Company.objects.filter(enforcement_actions__isnull=False).exclude(code="").order_by("pk").first()
    issuer = Issuer.objects.filter(kind="csrc_bureau", actions__isnull=False).order_by("pk").first()
    queries = {
        "no filter": "",
        "measure + date range": f"measure=warning_letter&measure=rectification_order&decision_date_after={year_ago}",
        "company by code": f"q={company.code}" if company else "q=600",
        "company name without ST": "q=科技",
        "exchange + board + status ST/*ST": "exchange=SSE&board=main&status=ST&status=*ST",
        "issuer excluded + violation type": f"issuer={issuer.pk if issuer else 1}&issuer_not=on&violation_type=P2510",
        "fines by amount, sorted by amount": "measure=fine&amount_min=1000000&sort=-amount",
        "open deadline due within 90 days": "due_within=90",
        "announcement range, page 20": f"announcement_date_after={year_ago}&page=20",
    }
    return queries


class Command(BaseCommand):
    help = "Print p50 and p95 response times (ms) of the case list for typical filters."

    def add_arguments(self, parser):
        parser.add_argument("--repeat", type=int, default=20, help="requests per query (after one warm-up)")
        parser.add_argument("--per-page", type=int, default=50)
        parser.add_argument("--cold", action="store_true",
                            help="clear the cache before every request (facet counts recomputed each time)")

    def handle(self, *args, repeat, per_page, cold, **options):
        total = EnforcementAction.objects.count()
        if not total:
            raise CommandError("No enforcement actions: run `manage.py generate_demo_data --actions 200000` first.")
        # As tracker/wsgi.py does once the project is loaded (a server process is measured, not a cold import).
        gc.freeze()
        user, _ = get_user_model().objects.get_or_create(username=BENCH_USER)
        client = Client()
        client.force_login(user)
        url = reverse("tracker:action-list")

        all_times = []
        vendor = connection.vendor
        self.stdout.write(f"Case list on {total} enforcement actions, {Company.objects.count()} companies ({vendor}), "
                          f"{repeat} requests per query, {per_page} rows per page, {'cold' if cold else 'warm'} facet cache")
        self.stdout.write(f"{'query':<40} {'rows':>7} {'p50 ms':>8} {'p95 ms':>8}")
        for label, query in typical_queries().items():
            full = f"{url}?{query}&per_page={per_page}" if query else f"{url}?per_page={per_page}"
            response = client.get(full)  # warm-up (and a sanity check)
            if response.status_code != 200:
                raise CommandError(f"{full} answered {response.status_code}")
            times = []
            for _ in range(repeat):
                if cold:
                    cache.clear()
                started = time.perf_counter()
                client.get(full)
                times.append((time.perf_counter() - started) * 1000)
            all_times += times
            rows = EnforcementActionFilterSet(QueryDict(query)).qs.count()
            self.stdout.write(f"{label:<40} {rows:>7} {percentile(times, 50):>8.1f} {percentile(times, 95):>8.1f}")
        self.stdout.write(self.style.SUCCESS(
            f"all queries: p50 {percentile(all_times, 50):.1f} ms, p95 {percentile(all_times, 95):.1f} ms "
            f"over {len(all_times)} requests"
        ))
        # Other work on the machine shows in the tails: print the load to read the figures against.
        self.stdout.write(f"load average {' / '.join(f'{load:.2f}' for load in os.getloadavg())} "
                          f"on {os.cpu_count()} CPUs")


def percentile(values, pct):
    if len(values) == 1:
        return values[0]
    return statistics.quantiles(values, n=100, method="inclusive")[pct - 1]
