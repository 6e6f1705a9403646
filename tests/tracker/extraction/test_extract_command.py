"""End-to-end tests of ``manage.py extract`` and ``manage.py bench_extraction``.

They run the commands in a subprocess, as the scorer and users do, so they need a working
``manage.py`` but no test database.
"""

import json
import subprocess
import sys
from pathlib import Path

import pytest

PROJECT = Path(__file__).resolve().parents[3]
PAGE = (
    "市场动态\n本报记者 示例\n"
    "5月26日,云南证监局对滇池示例物流股份有限公司(以下简称“滇池物流”)采取责令改正措施。"
    "滇池物流公告称,公司须在2025年11月26日前归还1.2亿元人民币被占用资金,逾期未归还的,股票将被实施退市风险警示。\n"
)


def manage(*args, stdin=None):
    return subprocess.run(
        [sys.executable, "manage.py", *args], cwd=PROJECT, input=stdin, capture_output=True, timeout=120
    )


def test_extract_prints_the_contract_object(tmp_path):
    page = tmp_path / "page.txt"
    page.write_text(PAGE, encoding="utf-8")
    run = manage("extract", str(page), "--published", "2025-05-29", "--json", "--no-db")
    assert run.returncode == 0, run.stderr.decode()
    result = json.loads(run.stdout)
    assert result["published"] == "2025-05-29"
    assert [(a["company"], a["measure"], a["date"]) for a in result["enforcement_actions"]] == [
        ("滇池物流", "rectification_order", "2025-05-26")
    ]
    assert [(d["due_date"], d["amount_yuan"], d["consequence"]) for d in result["deadlines"]] == [
        ("2025-11-26", 120_000_000, "*ST")
    ]
    assert result["companies"][0]["full_name"] == "滇池示例物流股份有限公司"


def test_extract_reads_stdin_in_gbk():
    run = manage("extract", "-", "--published", "2025-05-29", "--json", stdin=PAGE.encode("gbk"))
    assert run.returncode == 0
    assert json.loads(run.stdout)["deadlines"]
    assert "GB18030" in run.stderr.decode()


def test_extract_strips_html(tmp_path):
    page = tmp_path / "page.html"
    page.write_text(
        "<html><body>" + "".join(f"<p>{line}</p>" for line in PAGE.splitlines()) + "</body></html>", encoding="utf-8"
    )
    run = manage("extract", str(page), "--published", "2025-05-29", "--json")
    assert json.loads(run.stdout)["enforcement_actions"]


@pytest.mark.parametrize(("content", "message"), [(b"", "no text"), (b"\x00\x89PNG\r\n" * 100, "binary")])
def test_empty_and_binary_files_give_an_empty_result_and_a_message(tmp_path, content, message):
    page = tmp_path / "page.bin"
    page.write_bytes(content)
    run = manage("extract", str(page), "--json")
    assert run.returncode == 0
    result = json.loads(run.stdout)
    assert result["enforcement_actions"] == [] and result["companies"] == []
    assert message in run.stderr.decode()


def test_missing_file_fails_with_a_clear_message():
    run = manage("extract", "/nonexistent/page.txt", "--json")
    assert run.returncode != 0
    assert "cannot read /nonexistent/page.txt" in run.stderr.decode()


def test_bad_publication_date_is_refused(tmp_path):
    page = tmp_path / "page.txt"
    page.write_text(PAGE, encoding="utf-8")
    run = manage("extract", str(page), "--published", "someday", "--json")
    assert run.returncode != 0 and "--published" in run.stderr.decode()


def test_large_page_is_handled(tmp_path):
    page = tmp_path / "big.txt"
    page.write_text(PAGE * 2500, encoding="utf-8")  # about 5 MB
    run = manage("extract", str(page), "--published", "2025-05-29", "--json")
    assert run.returncode == 0
    assert len(json.loads(run.stdout)["enforcement_actions"]) >= 1


def test_bench_reports_pages_per_second():
    run = manage("bench_extraction", "--seconds", "0.5")
    assert run.returncode == 0
    # A benchmark prints figures, it asserts none: the summary lines a script reads are there and are numbers.
    lines = run.stdout.decode().splitlines()
    rate = next(line for line in lines if line.startswith("pages_per_second="))
    assert int(rate.split("=")[1]) > 0
    bound = next(line for line in lines if line.startswith("lower bound"))
    assert "pages/s" in bound


def test_bench_reads_a_folder_of_pages_in_turn_and_says_when_it_holds_none(tmp_path):
    (tmp_path / "a.txt").write_text(PAGE, encoding="utf-8")
    (tmp_path / "b.txt").write_text("ST青岚于5月6日收到上海证监局出具的警示函。", encoding="utf-8")
    run = manage("bench_extraction", "--seconds", "0.5", "--dir", str(tmp_path))
    assert run.returncode == 0, run.stderr.decode()
    lines = run.stdout.decode().splitlines()
    assert lines[0].startswith("pages: 2 files of ")
    assert int(next(line for line in lines if line.startswith("pages_per_second=")).split("=")[1]) > 0
    empty = tmp_path / "empty"
    empty.mkdir()
    run = manage("bench_extraction", "--seconds", "0.5", "--dir", str(empty))
    assert run.returncode != 0 and "no *.txt page" in run.stderr.decode()


def test_extract_knows_every_listed_company_from_the_seed_without_a_database(tmp_path):
    # Neither name is declared on the page: only the shipped registry says they are listed companies.
    page = tmp_path / "page.txt"
    page.write_text("两天之内,ST东时与阳煤化工先后收到地方证监局开出的罚单。", encoding="utf-8")
    run = manage("extract", str(page), "--published", "2025-09-16", "--json", "--no-db")
    assert run.returncode == 0, run.stderr.decode()
    result = json.loads(run.stdout)
    assert sorted(a["company"] for a in result["enforcement_actions"]) == ["ST东时", "阳煤化工"]
    assert {c["short_names"][0]: c["code"] for c in result["companies"]} == {"ST东时": "603377", "阳煤化工": "600691"}
