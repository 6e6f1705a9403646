"""Exports: exactly the filtered, sorted view, as CSV (UTF-8 with BOM) and XLSX."""
import csv
import io

import pytest
from django.db import connection
from django.test.utils import CaptureQueriesContext
from django.urls import reverse
from openpyxl import load_workbook

from tracker.views import exports

pytestmark = pytest.mark.django_db


def csv_rows(response):
    body = b"".join(response.streaming_content).decode("utf-8")
    assert body.startswith("\ufeff")
    return list(csv.reader(io.StringIO(body[1:])))


def test_csv_export_is_the_filtered_sorted_view(analyst_client, cases):
    query = "measure=fine&measure=rectification_order&measure=censure_none&sort=decision_date"
    refused = analyst_client.get(reverse("tracker:action-export", args=["csv"]) + "?" + query, follow=True)
    assert refused.redirect_chain[0][0].startswith(reverse("tracker:action-list") + "?")  # back to the list
    assert "无法导出" in refused.content.decode() and "censure_none" in refused.content.decode()
    query = "measure=fine&measure=rectification_order&sort=decision_date"
    response = analyst_client.get(reverse("tracker:action-export", args=["csv"]) + "?" + query)
    assert response.status_code == 200
    assert response["Content-Type"].startswith("text/csv")
    assert "attachment" in response["Content-Disposition"]
    header, *rows = csv_rows(response)
    assert header[:5] == ["ID", "决定日期", "公告日期", "股票代码", "证券简称"]
    assert [int(row[0]) for row in rows] == [cases["fine"].pk, cases["rectification"].pk]
    fine = rows[0]
    assert fine[3] == "300222" and fine[4] == "新星科技" and fine[8] == "罚款"
    assert fine[9] == "P2503、P2505" and fine[12] == "600000.00" and "李四" in fine[13]
    # The list page shows the same records in the same order.
    page = analyst_client.get(reverse("tracker:action-list") + "?" + query)
    assert [a.pk for a in page.context["rows"]] == [int(row[0]) for row in rows]


def test_xlsx_export(analyst_client, cases):
    response = analyst_client.get(reverse("tracker:action-export", args=["xlsx"]) + "?status=*ST&sort=-decision_date")
    assert response.status_code == 200
    workbook = load_workbook(io.BytesIO(b"".join(response.streaming_content)), read_only=True)
    rows = list(workbook.active.iter_rows(values_only=True))
    assert rows[0][0] == "ID"
    assert [row[0] for row in rows[1:]] == [cases["warning"].pk, cases["censure"].pk]
    assert rows[1][4] == "*ST远航"


def test_xlsx_streams_typed_cells_and_survives_control_characters(analyst_client, cases):
    """The first bytes leave before the rows are read; dates are dates and amounts numbers in Excel; a control
    character pasted into a summary is dropped instead of breaking the file."""
    cases["fine"].refresh_from_db()
    cases["fine"].summary = "罚款\x07决定\x1b"
    cases["fine"].save()
    response = analyst_client.get(reverse("tracker:action-export", args=["xlsx"]) + "?measure=fine")
    assert response.streaming
    chunks = iter(response.streaming_content)
    first = next(chunks)
    assert first.startswith(b"PK")  # the zip's first entry, sent before the sheet is written
    workbook = load_workbook(io.BytesIO(first + b"".join(chunks)))
    header, row = list(workbook.active.iter_rows(values_only=True))
    assert row[0] == cases["fine"].pk
    assert row[1].date() == cases["fine"].decision_date  # a real date cell
    assert row[12] == 600000  # the targets' amounts added up
    assert row[14] == "罚款决定"


def test_deadline_export(analyst_client, cases):
    response = analyst_client.get(reverse("tracker:deadline-export", args=["csv"]) + "?overdue=on")
    header, *rows = csv_rows(response)
    assert header[2] == "剩余天数"
    assert [int(row[0]) for row in rows] == [cases["overdue"].pk]
    assert rows[0][2] == "-5"


def test_export_needs_login(client, cases):
    assert client.get(reverse("tracker:action-export", args=["csv"])).status_code == 302


def test_export_reads_related_values_once_per_chunk(analyst_client, cases, monkeypatch):
    monkeypatch.setattr(exports, "CHUNK_SIZE", 2)
    response = analyst_client.get(reverse("tracker:action-export", args=["csv"]))
    with CaptureQueriesContext(connection) as queries:
        header, *rows = csv_rows(response)
    assert len({row[0] for row in rows}) == 5
    # 5 rows in chunks of 2: violation types fetched 3 times, not 5.
    assert sum('"tracker_enforcementaction_violation_types"' in q["sql"] for q in queries.captured_queries) == 3


@pytest.mark.parametrize("export_format", ["csv", "xlsx"])
def test_a_name_that_looks_like_a_formula_is_exported_as_text(analyst_client, cases, export_format):
    # A company name a curator (or a bad source) typed as a formula must not run in the analyst's Excel.
    from companies.models import CompanyName

    company = cases["fine"].company
    CompanyName.objects.filter(company=company).update(name='=HYPERLINK("http://example.invalid","点我")')
    url = reverse("tracker:action-export", args=[export_format]) + f"?q={company.code}"
    response = analyst_client.get(url)
    if export_format == "csv":
        header, *rows = csv_rows(response)
    else:
        workbook = load_workbook(io.BytesIO(b"".join(response.streaming_content)))
        rows = [list(row) for row in workbook.active.iter_rows(min_row=2, values_only=True)]
        cell = workbook.active.cell(row=2, column=5)
        assert cell.data_type == "s"  # a string cell, not a formula
    assert rows and rows[0][4] == "'=HYPERLINK(\"http://example.invalid\",\"点我\")"


def test_only_formula_looking_text_is_changed():
    assert exports.row_as_text(["ST东方", -5, None, "", "-5天", "@SUM(A1)", "\t=1"]) == [
        "ST东方", -5, None, "", "'-5天", "'@SUM(A1)", "'\t=1"]  # numbers stay numbers, empty cells empty


def test_the_companies_export_is_the_filtered_list(analyst_client, cases):
    response = analyst_client.get(reverse("tracker:company-export", args=["csv"]) + "?status=ST&status=*ST")
    header, *rows = csv_rows(response)
    assert header[:7] == ["ID", "股票代码", "证券简称", "公司全称", "交易所", "板块", "当前状态"]
    assert {int(row[0]) for row in rows} == {cases["dongfang"].pk, cases["yuanhang"].pk}
    assert {row[6] for row in rows} <= {"ST", "*ST"}

    workbook = load_workbook(io.BytesIO(b"".join(analyst_client.get(
        reverse("tracker:company-export", args=["xlsx"]) + "?exchange=SSE").streaming_content)))
    sheet = workbook.active
    assert sheet.title == "公司" and sheet.cell(1, 2).value == "股票代码"
    codes = {sheet.cell(row, 2).value for row in range(2, sheet.max_row + 1)}
    assert codes and all(code.startswith("6") for code in codes)
    assert "导出 CSV" in analyst_client.get(reverse("tracker:company-list")).content.decode()


@pytest.mark.parametrize("lookup_max", [0, exports.PERSON_LOOKUP_MAX])
def test_targets_are_named_whether_persons_are_looked_up_one_by_one_or_joined(analyst_client, cases, monkeypatch,
                                                                                 lookup_max):
    # A page's few actions look their persons up one by one, an export's large chunks join them: same names.
    monkeypatch.setattr(exports, "PERSON_LOOKUP_MAX", lookup_max)
    _header, *rows = csv_rows(analyst_client.get(reverse("tracker:action-export", args=["csv"])))
    persons = {int(row[0]): row[13] for row in rows}
    assert persons[cases["fine"].pk] == "李四（董事）"
    assert persons[cases["rectification"].pk] == "张三（董事长）"
