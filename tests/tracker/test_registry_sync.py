"""Refreshing the registry of listed companies from the exchanges' lists (fixtures in their column shapes)."""

import io
from datetime import date

import pytest
from django.core.management import CommandError, call_command
from openpyxl import Workbook

from companies.choices import NameKind, RiskStatus
from companies.models import Company, CompanyName, RegistryObservation, StatusChange
from tracker.models import Proposal, ProposalKind

pytestmark = pytest.mark.django_db

# The Shanghai list's columns (证券代码, 证券简称, 公司全称, 上市日期) and the Shenzhen list's (A股代码, A股简称, A股上市日期).
SSE_FIRST = (
    "证券代码,证券简称,公司全称,上市日期\n"
    "600901,ST青岚,青岚示例科技股份有限公司,2010-03-02\n"
    "600902,青山股份,青山示例股份有限公司,2012-07-18\n"
)
SSE_SECOND = (
    "证券代码,证券简称,公司全称,上市日期\n"
    "600901,*ST青岚,青岚示例科技股份有限公司,2010-03-02\n"
    "600902,青山科技,青山示例股份有限公司,2012-07-18\n"
    "688903,岳林智能,岳林示例智能股份有限公司,2025-09-01\n"
)


def sync(tmp_path, text, day, name="sse.csv", encoding="utf-8"):
    path = tmp_path / name
    path.write_bytes(text.encode(encoding))
    out = io.StringIO()
    call_command("sync_companies", file=str(path), observed_on=day, stdout=out)
    return out.getvalue()


def test_a_changed_list_reports_what_changed_and_a_second_run_reports_nothing(tmp_path):
    first = sync(tmp_path, SSE_FIRST, "2025-08-01")
    assert "新增公司 2" in first
    second = sync(tmp_path, SSE_SECOND, "2025-09-05")
    assert "新增公司 1：688903" in second
    assert "更名 600901：ST青岚 → *ST青岚" in second and "更名 600902：青山股份 → 青山科技" in second
    assert "标签变化 600901：ST → *ST（2025-08-01 至 2025-09-05）" in second
    assert "待审核的风险警示变更建议 1 条" in second
    assert sync(tmp_path, SSE_SECOND, "2025-09-05") == "名录无变化：nothing to do.\n"

    qinglan = Company.objects.get(code="600901")
    # Dated names: the old one valid until the day before the list that showed the new one.
    assert sorted(qinglan.names.filter(kind=NameKind.SHORT).values_list("name", "valid_from", "valid_to")) == [
        ("*ST青岚", date(2025, 9, 5), None),
        ("ST青岚", None, date(2025, 9, 4)),
    ]
    assert qinglan.listed_on == date(2010, 3, 2) and qinglan.exchange == "SSE" and qinglan.board == "main"
    # Labels are observations: no status change is invented, the status follows what was seen and when.
    assert not StatusChange.objects.exists()
    assert qinglan.status_on(date(2025, 8, 20)) == RiskStatus.ST
    assert qinglan.status_on(date(2025, 9, 5)) == RiskStatus.STAR_ST
    proposal = Proposal.objects.get(kind=ProposalKind.STATUS_CHANGE)
    assert proposal.company == qinglan and proposal.payload["effective_date"] is None
    assert proposal.payload["changed_between"] == ["2025-08-01", "2025-09-05"]


def test_the_shenzhen_layout_in_gb18030_and_a_delisting(tmp_path):
    sync(tmp_path, "A股代码,A股简称,A股上市日期\n000901,示例电子,2001-05-08\n", "2025-08-01", "szse.csv", "gb18030")
    out = sync(tmp_path, "证券代码,证券简称,上市日期,终止上市日期\n000901,示例电子,2001-05-08,2025-08-20\n",
               "2025-09-01", "delisted.csv")
    assert "退市 000901" in out and "标签变化 000901：normal → delisted" in out
    assert Company.objects.get(code="000901").delisted_on == date(2025, 8, 20)


def test_an_xlsx_list_with_codes_that_lost_their_zeros(tmp_path):
    book = Workbook()
    sheet = book.active
    sheet.append(["A股代码", "A股简称", "A股上市日期"])
    sheet.append([901, "示例电子", "2001-05-08"])  # a spreadsheet that stored 000901 as a number
    path = tmp_path / "szse.xlsx"
    book.save(path)
    call_command("sync_companies", file=str(path), observed_on="2025-08-01", stdout=io.StringIO())
    assert Company.objects.get(code="000901").names.get(kind=NameKind.SHORT).name == "示例电子"


@pytest.mark.parametrize(
    "text,message",
    [
        ("证券代码,证券简称\n600901,ST青岚\n60090X,坏代码\n", "line 3"),
        ("证券代码,证券简称\n600901,ST青岚\n123456,无此板块\n", "line 3"),
        ("证券代码,证券简称\n600901,ST青岚\n600901,重复\n", "appears twice"),
        ("代码名称,日期\n600901 ST青岚,2025-01-01\n", "unknown layout"),
        ("证券代码,证券简称,上市日期\n600901,ST青岚,2025-13-45\n", "not a date"),
    ],
)
def test_a_broken_list_changes_nothing(tmp_path, text, message):
    sync(tmp_path, SSE_FIRST, "2025-08-01")
    before = (Company.objects.count(), CompanyName.objects.count(), RegistryObservation.objects.count())
    with pytest.raises(CommandError, match=message):
        sync(tmp_path, text, "2025-09-01", "broken.csv")
    assert (Company.objects.count(), CompanyName.objects.count(), RegistryObservation.objects.count()) == before


def test_a_company_recorded_by_name_gets_its_code_without_a_duplicate(tmp_path, make_company):
    curated = make_company("ST青岚", full_name="青岚示例科技股份有限公司")
    sync(tmp_path, SSE_FIRST, "2025-08-01")
    curated.refresh_from_db()
    assert curated.code == "600901"
    assert Company.objects.filter(names__bare_name="青岚").distinct().count() == 1
    assert list(Company.objects.search("600901")) == [curated]
    assert list(Company.objects.search("ＳＴ青岚")) == [curated]  # full-width input finds it too


def test_no_network_or_no_akshare_is_a_clear_error(monkeypatch):
    import builtins

    real_import = builtins.__import__

    def no_akshare(name, *args, **kwargs):
        if name == "akshare":
            raise ImportError("No module named 'akshare'")
        return real_import(name, *args, **kwargs)

    monkeypatch.setattr(builtins, "__import__", no_akshare)
    with pytest.raises(CommandError, match="AkShare is not installed"):
        call_command("sync_companies", akshare=True, stdout=io.StringIO())
    assert not Company.objects.exists()


def test_an_older_list_applied_after_a_newer_one_adds_former_names_and_keeps_today_s(tmp_path):
    sync(tmp_path, SSE_SECOND, "2025-09-05")
    report = sync(tmp_path, SSE_FIRST, "2025-08-01")
    assert "更名 600901：ST青岚 → *ST青岚" in report and "更名 600902：青山股份 → 青山科技" in report
    qinglan = Company.objects.get(code="600901")
    # The former name held on the older list's day; when the new one took over, neither list tells.
    assert sorted(qinglan.names.filter(kind=NameKind.SHORT).values_list("name", "valid_from", "valid_to")) == [
        ("*ST青岚", None, None),
        ("ST青岚", None, date(2025, 8, 1)),
    ]
    assert qinglan.display_name == "*ST青岚" and qinglan.name_on(date(2025, 8, 1)) == "ST青岚"
    assert qinglan.status_on(date(2025, 8, 20)) == RiskStatus.ST
    assert qinglan.current_status == RiskStatus.STAR_ST
    assert sync(tmp_path, SSE_FIRST, "2025-08-01") == "名录无变化：nothing to do.\n"


def test_registry_seeds_with_a_malformed_row_in_one_file_change_nothing(tmp_path):
    from companies.registry import RegistryError, load_seed

    header = "code,short_name,exchange,list_date,observed_on,source\n"
    newer = tmp_path / "listed.csv"
    newer.write_text(header + "600901,*ST青岚,SH,2010-03-02,2025-08-08,示例名单\n", encoding="utf-8")
    older = tmp_path / "earlier.csv"
    older.write_text(header + "60090X,青岚科技,SH,2010-03-02,2023-10-18,旧名单\n", encoding="utf-8")
    with pytest.raises(RegistryError, match="60090X"):
        load_seed((older, newer))
    assert not Company.objects.exists() and not RegistryObservation.objects.exists()
    older.write_text(header + "600901,青岚科技,SH,2010-03-02,2023-10-18,旧名单\n", encoding="utf-8")
    report = load_seed((older, newer))
    assert report.renamed == [("600901", "青岚科技", "*ST青岚")]
    assert Company.objects.get(code="600901").display_name == "*ST青岚"
    assert load_seed((older, newer)).nothing_to_do  # a second run changes nothing
