import datetime

import pytest

from tracker.extraction.dates import find_dates, normalize_date, parse_published

PUBLISHED = datetime.date(2025, 5, 29)


@pytest.mark.parametrize(
    ("expression", "expected"),
    [
        ("2025年6月19日", "2025-06-19"),
        ("2025年6月19日前", "2025-06-19"),
        ("5月23日晚", "2025-05-23"),
        ("5月23日晚间", "2025-05-23"),
        ("今年5月17日", "2025-05-17"),
        ("去年12月30日", "2024-12-30"),
        ("明年1月5日", "2026-01-05"),
        ("5月27日至28日", "2025-05-27"),
        ("2024-03-05", "2024-03-05"),
        ("2024/3/5", "2024-03-05"),
        ("2024.03.05", "2024-03-05"),
        ("二〇二四年三月五日", "2024-03-05"),
        ("2024年12月31日", "2024-12-31"),
        ("6月3号", "2025-06-03"),
        ("27日晚间,公司公告", "2025-05-27"),
        # No year and published in May: December is last year's.
        ("12月30日", "2024-12-30"),
        # Counted from the publication month.
        ("上月28日", "2025-04-28"),
        ("本月3日", "2025-05-03"),
        ("下月5日", "2025-06-05"),
        ("上个月28日", "2025-04-28"),
        ("这个月8日", "2025-05-08"),
        ("当月2日", "2025-05-02"),
        ("下个月3日", "2025-06-03"),
        # Counted from the publication year.
        ("前年3月1日", "2023-03-01"),
        ("上年11月2日", "2024-11-02"),
        ("本年1月2日", "2025-01-02"),
        ("当年7月1日", "2025-07-01"),
        # Not a fixed day.
        ("本月初", None),
        ("去年年末", None),
        ("2024年4月份", None),
        ("4月份", None),
        ("今年以来", None),
        ("近日", None),
        ("2025年2月30日", None),
    ],
)
def test_normalize_date_forms(expression, expected):
    value = normalize_date(expression, PUBLISHED)
    assert (value.isoformat() if value else None) == expected


def test_dates_without_a_year_are_null_without_publication_date():
    assert normalize_date("5月23日") is None
    assert normalize_date("2025年5月23日").isoformat() == "2025-05-23"


def test_range_gives_start_and_end():
    (mention,) = find_dates("峰会于5月27日至28日召开", PUBLISHED)
    assert (mention.value.isoformat(), mention.end_value.isoformat()) == ("2025-05-27", "2025-05-28")


def test_next_day_resolves_against_previous_date():
    mentions = find_dates("公司股票于2024年4月29日停牌一天,次日起实施退市风险警示", PUBLISHED)
    assert [m.value.isoformat() for m in mentions] == ["2024-04-29", "2024-04-30"]


def test_deadline_suffix_is_flagged():
    mentions = find_dates("须在2025年6月19日之前归还,截至2025年5月31日", PUBLISHED)
    assert [m.before for m in mentions] == [True, False]


def test_durations_are_not_dates():
    assert find_dates("公司应在6个月内完成整改,收到函件后10日内回复", PUBLISHED) == []


@pytest.mark.parametrize("value", ["2025-05-29", "2025/5/29", "2025年5月29日", "29 May 2025"])
def test_parse_published(value):
    assert parse_published(value) == datetime.date(2025, 5, 29)


def test_parse_published_rejects_nonsense():
    assert parse_published("yesterday-ish") is None


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("公司于2025年5月6日收到决定书,翌日披露。", ["2025-05-06", "2025-05-07"]),
        ("公司于2025年5月6日收到决定书,当天披露。", ["2025-05-06", "2025-05-06"]),
        ("公司于2024年5月8日收到决定书,同年9月6日完成整改。", ["2024-05-08", "2024-09-06"]),
        ("公司于2020年11月18日公告,隔日收到关注函。", ["2020-11-18", "2020-11-19"]),
        ("公司于2025年4月29日公告。同一天,公司还披露了控股股东收到的决定书。", ["2025-04-29", "2025-04-29"]),
    ],
)
def test_a_day_counted_from_the_date_before_it(text, expected):
    assert [m.value.isoformat() for m in find_dates(text, PUBLISHED)] == expected


def test_each_day_of_a_list_closed_by_or_before_is_due():
    text = "应于2019年4月30日、2020年4月30日或之前偿还,并于2019年5月6日公告。"
    assert [m.before for m in find_dates(text, PUBLISHED)] == [True, True, False]


def test_that_year_is_the_year_of_a_month_named_since_the_last_day():
    text = "公司于2014年2月22日公告。\n2011年8月中旬,媒体质疑公司财务造假,证监会也于当年10月19日宣布对公司立案。"
    assert [m.value and m.value.isoformat() for m in find_dates(text, PUBLISHED)] == ["2014-02-22", None, "2011-10-19"]


@pytest.mark.parametrize("word", ["近日", "日前", "近期", "前不久", "上半年", "下半年", "去年年底", "今年年初"])
def test_a_vague_time_is_found_without_a_day(word):
    (mention,) = find_dates(f"公司{word}收到问询函。", PUBLISHED)
    assert (mention.text, mention.value) == (word, None)


def test_a_document_number_after_a_bracketed_year_is_no_day():
    found = find_dates("公司于近日收到行政监管措施决定书〔2022〕63号,7月11日公告。", datetime.date(2022, 7, 12))
    assert [d.text for d in found] == ["近日", "7月11日"]


def test_the_same_day_opening_a_sentence_is_the_day_the_sentence_before_is_about():
    published = datetime.date(2024, 6, 1)
    late = find_dates("2024年3月22日,交易所出具监管函,指出公司迟至2024年3月14日才披露。同日,证监局出具警示函。", published)
    assert [d.value for d in late][-1] == datetime.date(2024, 3, 22)
    due = find_dates("5月6日,公司收到警示函,要求于5月10日前整改。同日,交易所发出关注函。", published)
    assert [d.value for d in due][-1] == datetime.date(2024, 5, 6)


def test_a_day_without_a_year_is_one_the_story_tells_of_or_one_still_due():
    december = datetime.date(2019, 12, 12)
    # Told in December: April's events are this year's, not next year's (four months ahead).
    assert [d.value for d in find_dates("自4月12日起被实施其他风险警示", december)] == [datetime.date(2019, 4, 12)]
    # A deadline looks ahead: "12月31日前" printed in June is this December, not last.
    june = datetime.date(2025, 6, 6)
    assert [d.value for d in find_dates("须于12月31日前归还占用资金", june)] == [datetime.date(2025, 12, 31)]
    # Near days stay the nearest either way.
    assert [d.value for d in find_dates("将于1月5日起停牌", datetime.date(2025, 12, 28))] == [datetime.date(2026, 1, 5)]
    assert [d.value for d in find_dates("已于12月20日收到警示函", datetime.date(2026, 1, 4))] == [
        datetime.date(2025, 12, 20)
    ]


def test_dangtian_after_a_day_without_a_year_is_that_unknown_day():
    text = "2026年1月7日,公司披露公告。1月6日盘后,公司发布公告。当天,上交所下发问询函。"
    values = [d.value for d in find_dates(text)]
    assert values == [datetime.date(2026, 1, 7), None, None]
    # With a publication date both resolve.
    assert [d.value for d in find_dates(text, datetime.date(2026, 1, 10))][1:] == [datetime.date(2026, 1, 6)] * 2


def test_a_weekday_s_day_in_brackets_and_the_day_after_it():
    text = "9月19日晚间,示例公司公告称受到行政处罚。下周一(22日),示例公司将停牌,并自次日起被实施其他风险警示。"
    values = [d.value for d in find_dates(text, datetime.date(2025, 9, 20))]
    assert values == [datetime.date(2025, 9, 19), datetime.date(2025, 9, 22), datetime.date(2025, 9, 23)]
    # A day in other brackets is still no day: "(2019)26号" is a document's number.
    assert [d.text for d in find_dates("决定书(22日)收悉", datetime.date(2025, 9, 20))] == []


@pytest.mark.parametrize("typo", ["十十月1日", "二〇二五年十十月一日", "3月十二十日", "十二十天前"])
def test_chinese_numerals_that_do_not_read_give_a_date_of_no_day_not_an_error(typo):
    # A page's typo ("十十月") once raised KeyError and lost the whole page.
    (mention,) = find_dates(f"公司于{typo}收到警示函。", PUBLISHED)
    assert mention.value is None
    assert typo.endswith(mention.text) or mention.text in typo


def test_a_page_with_a_date_typo_still_gives_its_measure():
    from tracker.extraction import extract

    result = extract("ST青岚于十十月1日收到上海证监局出具的警示函。", "2025-06-06")
    (action,) = result["enforcement_actions"]
    assert (action["company"], action["measure"], action["date"]) == ("ST青岚", "warning_letter", None)
