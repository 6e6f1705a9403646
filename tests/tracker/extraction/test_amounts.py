import pytest

from tracker.extraction.amounts import find_amounts, parse_amount


@pytest.mark.parametrize(
    ("expression", "yuan"),
    [
        ("3.87亿元", 387_000_000),
        ("3997.7万元", 39_977_000),
        ("53,386.92万元", 533_869_200),
        ("1.2亿元人民币", 120_000_000),
        ("人民币300万元", 3_000_000),
        ("300万元", 3_000_000),
        ("五十万元", 500_000),
        ("12,500元", 12_500),
        ("0.35元", 0.35),
    ],
)
def test_amount_forms(expression, yuan):
    assert parse_amount(expression) == yuan


def test_amounts_in_a_sentence_keep_their_positions():
    text = "没收违法所得85万元,并处以170万元罚款"
    assert [(a.yuan, text[a.start : a.end]) for a in find_amounts(text)] == [
        (850_000, "85万元"),
        (1_700_000, "170万元"),
    ]


def test_percentages_and_plain_numbers_are_not_amounts():
    assert find_amounts("同比增长43%,共计48单") == []


@pytest.mark.parametrize(
    "text, yuan",
    [("合计被罚1450万", 14_500_000), ("罚款三倍3533万。", 35_330_000), ("并罚款60万", 600_000), ("被罚2.5亿,", 250_000_000)],
)
def test_a_fine_written_without_its_yuan_is_read(text, yuan):
    assert [a.yuan for a in find_amounts(text)] == [yuan]


@pytest.mark.parametrize("text", ["质押1450万股", "涉及投资者1.2万人", "受罚1450万元"])
def test_a_bare_ten_thousand_that_is_no_fine_is_not_read_twice(text):
    assert len(find_amounts(text)) == (1 if text.endswith("元") else 0)
