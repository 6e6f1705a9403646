"""``manage.py score_extraction`` on a page and gold written here: the figures a curator reads."""

import io
import json

import pytest
from django.core.management import CommandError, call_command

from tracker.extraction.scoring import compare

PAGE = "6月9日,ST青岚(600901)公告称,公司收到湖南证监局下发的警示函。公司股票自6月12日起被实施其他风险警示。"


def test_matching_rules_count_hits_misses_and_false_records():
    gold = {
        "companies": [{"full_name": "青岚示例科技股份有限公司", "short_names": ["ST青岚"], "code": None}],
        "status_changes": [{"company": "青岚示例", "to": "ST", "effective_date": None}],
        "enforcement_actions": [
            {"company": "ST青岚", "measure": "warning_letter", "date": "2025-06-09"},
            {"company": "ST青岚", "measure": "fine", "date": None},
        ],
        "deadlines": [],
    }
    predicted = {
        "companies": [{"full_name": None, "short_names": ["*ST青岚"]}],  # prefixes do not matter
        "status_changes": [{"company": "ST青岚", "to": "ST", "effective_date": "2025-06-12"}],
        "enforcement_actions": [
            {"company": "青岚", "measure": "warning_letter", "date": "2025-06-09"},
            {"company": "ST青岚", "measure": "rectification_order", "date": None},
        ],
        "deadlines": [{"company": "ST青岚", "due_date": "2025-07-01"}],
    }
    scores = compare(gold, predicted)
    assert (scores["companies"].hits, scores["status_changes"].hits) == (1, 1)
    actions = scores["enforcement_actions"]
    assert (actions.hits, actions.precision, actions.recall) == (1, 0.5, 0.5)
    assert [m["measure"] for m in actions.missed] == ["fine"]
    # A deadline the gold does not have: nothing right, so both figures are 0, as in the team's scorer.
    assert (scores["deadlines"].precision, scores["deadlines"].recall, scores["deadlines"].f1) == (0.0, 0.0, 0.0)


@pytest.mark.django_db
def test_the_command_prints_a_line_per_kind_and_a_summary(tmp_path):
    (tmp_path / "pages").mkdir()
    (tmp_path / "gold").mkdir()
    (tmp_path / "pages" / "p1.txt").write_text(PAGE, encoding="utf-8")
    gold = {
        "published": "2025-06-10",
        "companies": [{"full_name": None, "short_names": ["ST青岚"], "code": None}],
        "status_changes": [{"company": "ST青岚", "from": None, "to": "*ST", "effective_date": "2025-06-12"}],
        "enforcement_actions": [{"company": "ST青岚", "measure": "warning_letter", "date": "2025-06-09"}],
        "deadlines": [],
    }
    (tmp_path / "gold" / "p1.json").write_text(json.dumps(gold, ensure_ascii=False), encoding="utf-8")
    (tmp_path / "gold" / "p2.json").write_text(json.dumps(gold, ensure_ascii=False), encoding="utf-8")
    out = io.StringIO()
    call_command("score_extraction", articles=str(tmp_path / "pages"), gold=str(tmp_path / "gold"), list=True, stdout=out)
    lines = out.getvalue().splitlines()
    assert "p1 status_changes MISSED" in out.getvalue()  # the page says ST, the gold *ST: a miss and a false record
    assert "pages without text (rebuild them into" in out.getvalue() and "p2" in out.getvalue()
    assert lines[-1] == (
        "extraction F1 companies=1.00 status_changes=0.00 enforcement_actions=1.00 deadlines=1.00 macro=0.75"
    )


@pytest.mark.django_db
def test_the_command_refuses_a_broken_gold_file(tmp_path):
    (tmp_path / "p1.txt").write_text(PAGE, encoding="utf-8")
    (tmp_path / "p1.json").write_text("{not json", encoding="utf-8")
    with pytest.raises(CommandError, match="not a JSON gold file"):
        call_command("score_extraction", articles=str(tmp_path), gold=str(tmp_path), stdout=io.StringIO())
