"""The names real news gave listed codes (seeds/companies/news_names.csv) and the command that builds them."""

import csv
import io
import json
from pathlib import Path

import pytest
from django.conf import settings
from django.core.management import CommandError, call_command

SEEDS = Path(settings.BASE_DIR) / "seeds" / "companies"
HEADER = "code,short_name,exchange,list_date,observed_on,source\n"


def write_gold(folder, page_id, published, companies):
    folder.mkdir(exist_ok=True)
    gold = {"published": published, "companies": companies, "status_changes": [], "enforcement_actions": [],
            "deadlines": []}
    (folder / f"{page_id}.json").write_text(json.dumps(gold, ensure_ascii=False), encoding="utf-8")


def build(tmp_path, *extra):
    listed, earlier, out = tmp_path / "listed.csv", tmp_path / "earlier.csv", tmp_path / "news.csv"
    listed.write_text(HEADER + "000038,大通退,SZ,1994-08-08,2025-08-08,list\n600145,*ST新亿,SH,2004-07-12,2025-08-08,list\n"
                      "000667,美好退,SZ,1996-01-01,2025-08-08,list\n", encoding="utf-8")
    earlier.write_text(HEADER + "000667,美好置业,SZ,1996-01-01,2023-10-18,old list\n", encoding="utf-8")
    call_command("build_news_names_seed", str(tmp_path / "gold"), *extra, out=str(out), listed=str(listed),
                 earlier=str(earlier), stdout=io.StringIO())
    return [(r["code"], r["short_name"], r["exchange"], r["observed_on"], r["source"])
            for r in csv.DictReader(out.open(encoding="utf-8"))]


def test_a_former_name_a_story_gives_with_a_listed_code_is_kept_dated_by_its_first_story(tmp_path):
    gold = tmp_path / "gold"
    write_gold(gold, "r12", "2019-05-26", [{"full_name": None, "short_names": ["深大通"], "code": "000038"}])
    write_gold(gold, "r7", "2021-09-06", [{"full_name": None, "short_names": ["深大通", "大通退"], "code": "000038"}])
    # In traditional characters, the name as simplified pages are read.
    write_gold(gold, "r30", None, [{"full_name": None, "short_names": ["億陽信通"], "code": "600145"}])
    assert build(tmp_path) == [("000038", "深大通", "SZ", "2019-05-26", "real pages r7 r12"),
                               ("600145", "亿阳信通", "SH", "", "real pages r30")]


def test_unsure_names_are_left_out(tmp_path):
    gold = tmp_path / "gold"
    write_gold(gold, "r1", "2020-01-01", [
        {"full_name": None, "short_names": ["美好置业"], "code": "000667"},  # the older list has it
        {"full_name": None, "short_names": ["ST新亿"], "code": "600145"},  # its core is a list's name's core
        {"full_name": None, "short_names": ["新亿B"], "code": "600145"},  # a B share's name
        {"full_name": None, "short_names": ["大通"], "code": "000038"},  # two characters, no ST prefix
        {"full_name": None, "short_names": ["ST Red"], "code": "000038"},  # not Chinese
        {"full_name": None, "short_names": ["示例甲"], "code": "999999"},  # a code no list has
    ])
    # One name (by its core) given two codes: neither is sure.
    write_gold(gold, "r2", "2020-01-01", [{"full_name": None, "short_names": ["ST示例"], "code": "000038"}])
    write_gold(gold, "r3", "2020-01-01", [{"full_name": None, "short_names": ["*ST示例"], "code": "600145"}])
    assert build(tmp_path) == []


def test_held_out_pages_are_left_out_and_a_bad_range_or_gold_file_is_refused(tmp_path):
    gold = tmp_path / "gold"
    write_gold(gold, "r6140", "2022-01-01", [{"full_name": None, "short_names": ["深大通"], "code": "000038"}])
    assert build(tmp_path, "--exclude", "r6131-r6205") == []
    with pytest.raises(CommandError, match="rFIRST-rLAST"):
        build(tmp_path, "--exclude", "6131-6205")
    (gold / "r9.json").write_text("{not json", encoding="utf-8")
    with pytest.raises(CommandError, match="r9.json"):
        build(tmp_path)


def test_the_shipped_news_names_are_other_names_of_listed_codes():
    with (SEEDS / "listed.csv").open(encoding="utf-8") as handle:
        today = {row["code"]: row["short_name"] for row in csv.DictReader(handle)}
    with (SEEDS / "earlier_names.csv").open(encoding="utf-8") as handle:
        earlier = {row["short_name"] for row in csv.DictReader(handle)}
    with (SEEDS / "news_names.csv").open(encoding="utf-8") as handle:
        rows = list(csv.DictReader(handle))
    assert len(rows) >= 400
    assert all(row["code"] in today for row in rows)
    assert not {row["short_name"] for row in rows} & (set(today.values()) | earlier)
    assert len({row["short_name"] for row in rows}) == len(rows)  # one code a name
    assert ("000038", "深大通") in {(row["code"], row["short_name"]) for row in rows}
