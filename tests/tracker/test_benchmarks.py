"""The benchmark commands on a small data set: each checks its lower bound returns what the product returns,
and ends with the one summary line a script reads. Figures are printed, never asserted as speeds."""
import re
from io import StringIO

import pytest
from django.core.management import call_command
from django.db import connection

pytestmark = [
    pytest.mark.django_db,
    pytest.mark.skipif(connection.vendor != "postgresql",
                       reason="the benchmarks measure PostgreSQL (CI runs the suite on it)"),
]
NUMBER = r"(\d+(?:\.\d+)?)"


def run(*args):
    out = StringIO()
    call_command(*args, stdout=out)
    return out.getvalue().strip().splitlines()


@pytest.fixture
def demo_data():
    run("generate_demo_data", "--actions", "400", "--companies", "40")


def test_bench_case_list_prints_every_filter_state_and_the_ratio_line(demo_data):
    lines = run("bench_case_list", "--repeat", "2", "--per-page", "10")
    # Every state ran: its hand-written SQL returned the product's page (the command stops otherwise).
    assert any(line.startswith("no filter, page 2000") for line in lines)
    assert any(line.startswith("person name") for line in lines)
    summary = re.fullmatch(rf"ratio warm_p95={NUMBER} cold_p95={NUMBER} queries=(\d+)", lines[-1])
    assert summary, lines[-1]
    assert float(summary[1]) > 0 and float(summary[2]) > 0
    assert 3 <= int(summary[3]) <= 7


def test_bench_reminder_scan_prints_lower_bounds_and_the_ratio_line():
    lines = run("bench_reminder_scan", "--deadlines", "300", "--subscribers", "20", "--companies", "30")
    assert any("lower bound for" in line for line in lines)
    summary = re.fullmatch(rf"ratio cold={NUMBER} repeat_seconds={NUMBER} next_day={NUMBER}", lines[-1])
    assert summary, lines[-1]
    assert float(summary[1]) > 0 and float(summary[3]) > 0


def test_bench_exports_reads_every_row_in_both_formats(demo_data):
    lines = run("bench_exports")
    summary = re.fullmatch(rf"exports csv_rows_per_second={NUMBER} copy_ratio={NUMBER} "
                           rf"xlsx_first_byte_seconds={NUMBER} xlsx_seconds={NUMBER}", lines[-1])
    assert summary, lines[-1]
    assert float(summary[3]) <= float(summary[4])  # the first byte came before the end
