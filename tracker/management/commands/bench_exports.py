"""Time the case exports on every action beside the database's own time for the same rows.

    python manage.py bench_exports

Requests go through the Django test client as a logged-in user, unfiltered (every action). For the CSV it prints
rows per second beside PostgreSQL's COPY of the same columns (joined names, issuers, violation codes and
persons) measured in the same run; for the XLSX the time to the first byte and in all; for both the growth of
the process's peak memory (flat when the export streams). The last line is
`exports csv_rows_per_second=<n> copy_ratio=<x> xlsx_first_byte_seconds=<s> xlsx_seconds=<s>`.
Generate data first: `generate_demo_data --actions 200000`.
"""
import resource
import time

from django.core.management.base import BaseCommand, CommandError
from django.db import connection
from django.urls import reverse

from tracker.management.bench import analyst_client

# The export's columns, joined by the database alone (the lower bound of reading them out).
COPY_SQL = """
COPY (
SELECT a.id, a.decision_date, a.announcement_date, c.code, n.name, c.exchange, c.board, i.name, a.measure,
       (SELECT string_agg(l.violationtype_id, '、' ORDER BY l.violationtype_id)
          FROM tracker_enforcementaction_violation_types l WHERE l.enforcementaction_id = a.id),
       a.document_number, a.proposed, a.total_amount_yuan,
       (SELECT string_agg(p.name || '（' || t.role || '）', '、' ORDER BY t.id)
          FROM tracker_actiontarget t JOIN companies_person p ON p.id = t.person_id WHERE t.action_id = a.id),
       a.summary
  FROM tracker_enforcementaction a
  JOIN companies_company c ON c.id = a.company_id
  LEFT JOIN tracker_issuer i ON i.id = a.issuer_id
  LEFT JOIN LATERAL (SELECT name FROM companies_companyname n
                      WHERE n.company_id = c.id AND n.kind = 'short'
                        AND (n.valid_from IS NULL OR n.valid_from <= current_date)
                        AND (n.valid_to IS NULL OR n.valid_to >= current_date)
                      ORDER BY n.valid_from DESC NULLS LAST, n.id DESC LIMIT 1) n ON true
 ORDER BY a.decision_date DESC, a.id DESC
) TO STDOUT WITH (FORMAT csv)
"""


def peak_rss_mb():
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024


class Command(BaseCommand):
    help = "Time the CSV and XLSX exports of every action beside a COPY of the same rows; print rows/s."

    def handle(self, *args, **options):
        client, total = analyst_client("a COPY of the same columns")
        self.stdout.write(f"Exports of {total} enforcement actions (PostgreSQL), peak memory {peak_rss_mb():.0f} MB "
                          "before")

        started = time.perf_counter()
        with connection.cursor() as cursor, cursor.copy(COPY_SQL) as copy:
            copied = sum(len(block) for block in copy)
        copy_seconds = time.perf_counter() - started
        self.stdout.write(f"COPY of the same columns: {copy_seconds:.2f} s ({copied / 1e6:.1f} MB), "
                          f"{total / copy_seconds:,.0f} rows/s")

        csv_seconds, _first, size, rows, growth = self.download(client, "csv")
        rate = (rows - 1) / csv_seconds
        self.stdout.write(f"CSV: {csv_seconds:.2f} s ({size / 1e6:.1f} MB), {rate:,.0f} rows/s, "
                          f"{csv_seconds / copy_seconds:.1f}x the COPY; peak memory +{growth:.0f} MB")
        xlsx_seconds, first_byte, size, _rows, growth = self.download(client, "xlsx")
        self.stdout.write(f"XLSX: first byte after {first_byte:.2f} s, all {xlsx_seconds:.2f} s ({size / 1e6:.1f} MB); "
                          f"peak memory +{growth:.0f} MB")
        self.stdout.write(f"exports csv_rows_per_second={rate:.0f} copy_ratio={csv_seconds / copy_seconds:.1f} "
                          f"xlsx_first_byte_seconds={first_byte:.2f} xlsx_seconds={xlsx_seconds:.2f}")

    def download(self, client, export_format):
        """(seconds in all, seconds to the first chunk, bytes, lines, growth of the peak memory in MB)."""
        url = reverse("tracker:action-export", args=[export_format])
        before = peak_rss_mb()
        started = time.perf_counter()
        response = client.get(url)
        if response.status_code != 200:
            raise CommandError(f"{url} answered {response.status_code}")
        first_byte = size = lines = 0
        for chunk in response.streaming_content:
            if not size:
                first_byte = time.perf_counter() - started
            size += len(chunk)
            lines += chunk.count(b"\n")
        return time.perf_counter() - started, first_byte, size, lines, peak_rss_mb() - before
