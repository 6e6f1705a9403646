"""The error classes found on real pages (issue 9), each on sentences written here in their style.

No sentence is copied from a page: names, numbers and dates are invented, the phrasing is the
kind real news and announcements use.
"""

import datetime

import pytest

from tracker.extraction import clean_text, extract
from tracker.extraction.dates import find_dates
from tracker.extraction.names import build_registry

PUBLISHED = "2025-06-10"
# A registry of listed companies as the review queue passes it: name -> "code:NNNNNN".
REGISTRY = {"ST青岚": "code:600901", "阳川化工": "code:600902", "*ST岳林": "code:300903", "东方资讯": "code:300904"}


def run(text, published=PUBLISHED, known_names=None):
    return extract(text, published, known_names=known_names)


def actions(result):
    return [(r["company"], r["measure"], r["date"]) for r in result["enforcement_actions"]]


def statuses(result):
    return [(r["company"], r["from"], r["to"], r["effective_date"]) for r in result["status_changes"]]


def full_and_short_names(result):
    return [(c["full_name"], c["short_names"]) for c in result["companies"]]


def company_names(result):
    return [c["full_name"] or c["short_names"][0] for c in result["companies"]]


# -- 1. who the action is about ---------------------------------------------------------------------


def test_an_unlisted_controlling_shareholder_is_never_a_company():
    result = run(
        "6月5日,湖南证监局决定对青岚示例科技股份有限公司(以下简称“ST青岚”)及其控股股东青岚投资有限公司"
        "(以下简称“青岚投资”)采取责令改正措施。"
    )
    assert company_names(result) == ["青岚示例科技股份有限公司"]
    assert actions(result) == [("ST青岚", "rectification_order", "2025-06-05")]


def test_the_company_taking_the_money_is_a_holder_even_as_a_joint_stock_company():
    result = run(
        "ST青岚公告,公司于6月5日收到湖南证监局《关于对青岚示例科技股份有限公司、青岚集团股份有限公司采取责令改正措施的决定》。"
        "经查,青岚集团占用上市公司资金余额3.2亿元。"
    )
    assert [r["company"] for r in result["enforcement_actions"]] == ["ST青岚"]
    assert company_names(result) == ["青岚示例科技股份有限公司"]
    assert result["companies"][0]["short_names"] == ["ST青岚"]


def test_a_listed_name_from_the_registry_is_found_without_a_declaration():
    text = "两天之内,ST青岚与阳川化工先后收到地方证监局开出的罚单。"
    without = run(text)
    with_registry = run(text, known_names=REGISTRY)
    assert [r["company"] for r in without["enforcement_actions"]] == ["ST青岚"]
    assert sorted(r["company"] for r in with_registry["enforcement_actions"]) == ["ST青岚", "阳川化工"]
    codes = {c["short_names"][0]: c["code"] for c in with_registry["companies"]}
    assert codes == {"ST青岚": "600901", "阳川化工": "600902"}


def test_a_listed_media_site_named_as_a_source_is_not_a_subject():
    result = run("据东方资讯网统计,6月5日ST青岚收到湖南证监局警示函。", known_names=REGISTRY)
    assert [c["short_names"][0] for c in result["companies"]] == ["ST青岚"]


def test_an_old_short_name_is_tied_to_the_st_name_that_replaced_it():
    result = run("其中,青山蓝海自6月3日起被实施其他风险警示,证券简称变为ST蓝海。7月1日,深圳证监局对青山蓝海采取责令改正措施。",
                 published="2025-07-02")
    assert statuses(result) == [("青山蓝海", None, "ST", "2025-06-03")]
    assert actions(result) == [("青山蓝海", "rectification_order", "2025-07-01")]
    assert result["companies"][0]["short_names"] == ["青山蓝海", "ST蓝海"]


def test_a_convertible_bond_is_not_an_old_name():
    result = run("ST东海公告称将于6月20日前归还占用资金。东海转债同日停牌。")
    assert result["companies"][0]["short_names"] == ["ST东海"]


# -- 2. status on the date ---------------------------------------------------------------------------


def test_stacking_keeps_the_label_the_stock_shows():
    result = run("ST青岚公告,公司股票因资金占用事项于6月3日起被叠加实施其他风险警示。")
    assert statuses(result) == [("ST青岚", "ST", "ST", "2025-06-03")]


def test_stacking_before_a_financial_star_was_under_st():
    # The page shows *ST today, but the *ST rests on the 2024 annual report: in January it was ST.
    result = run(
        "证券代码:300903 证券简称:*ST岳林 公告编号:2025-050\n岳林示例股份有限公司关于风险警示的进展公告\n"
        "2025年1月20日,公司因存在资金占用未收回事项,被叠加实施其他风险警示。"
        "公司仍存在因2024年度的财务会计报告被出具无法表示意见的审计报告而被实施的退市风险警示情形。",
        published="2025-08-01",
    )
    assert statuses(result) == [("*ST岳林", "ST", "ST", "2025-01-20")]


def test_a_stacked_delisting_warning_is_a_change_beside_the_earlier_one():
    result = run(
        "*ST岳林公告,公司股票将于1月14日复牌,并被叠加实施退市风险警示。此前,公司股票已被实施退市风险警示。",
        published="2025-01-10",
    )
    assert sorted(statuses(result), key=lambda s: s[3] or "") == [
        ("*ST岳林", None, "*ST", None),
        # Stacked on the label the stock shows.
        ("*ST岳林", "*ST", "*ST", "2025-01-14"),
    ]


# -- 3. removals and effective dates ------------------------------------------------------------------


def test_a_removal_takes_the_day_trading_resumes():
    result = run(
        "*ST岳林:撤销公司股票交易退市风险警示\n"
        "*ST岳林公告,公司股票将于2025年6月16日起恢复上市,导致公司股票被实行退市风险警示的情形已消除,"
        "公司股票简称自恢复上市之日起变更为“岳林股份”。"
    )
    assert statuses(result) == [("*ST岳林", "*ST", "normal", "2025-06-16")]


def test_a_rule_case_and_a_missed_deadline_are_not_the_day_of_a_warning():
    result = run(
        "岳林股份发布公告称,控股股东未能在6月2日前归还占用资金,该事项触发了“公司股票被实施其他风险警示”的情形。"
        "公司股票自6月4日开市起被实施其他风险警示。"
    )
    assert statuses(result) == [("岳林股份", None, "ST", "2025-06-04")]


def test_a_rule_stated_as_a_condition_is_not_a_change():
    result = run("ST青岚公告称,停牌后两个月内仍未完成整改的,交易所对公司股票交易实施退市风险警示。")
    assert result["status_changes"] == []


# -- 4. several parties, one record per measure ---------------------------------------------------------


def test_fines_for_several_parties_in_one_sentence_are_one_fine_record_with_the_date_of_the_story():
    result = run(
        "6月6日晚,ST青岚发布公告称,湖南证监局对公司出具行政处罚事先告知书,并同步作出责令改正措施。\n"
        "针对违规行为,湖南证监局对ST青岚责令改正并处以400万元的罚款,对实际控制人处以600万元罚款,对其他责任人处以合计300万元罚款。"
    )
    assert sorted(actions(result)) == [
        ("ST青岚", "fine", "2025-06-06"),
        ("ST青岚", "rectification_order", "2025-06-06"),
    ]
    order = next(r for r in result["enforcement_actions"] if r["measure"] == "rectification_order")
    assert "proposed" not in order  # only the penalties are proposed in a 事先告知书


def test_a_penalty_in_yuan_without_the_word_fine():
    result = run("6月3日,ST青岚公告称,公司收到湖南证监局下发的事先告知书,湖南证监局拟对公司以及相关负责人处罚1630万元。")
    assert actions(result) == [("ST青岚", "fine", "2025-06-03")]
    assert result["enforcement_actions"][0]["proposed"] is True


def test_an_order_with_the_parties_between_verb_and_object():
    result = run(
        "ST青岚公告,公司于2025年5月12日收到湖南证监局下发的《行政监管措施决定书》,责令公司及实际控制人6个月内完成整改。"
    )
    assert actions(result) == [("ST青岚", "rectification_order", "2025-05-12")]


# -- 5. deadlines -------------------------------------------------------------------------------------


def test_the_end_of_an_orders_period_is_a_deadline_not_a_new_order():
    result = run("ST青岚公告称,截至6月8日责令改正期满,公司未能收回控股股东占用的2.1亿元资金。")
    assert result["enforcement_actions"] == []
    assert [(d["due_date"], d["amount_yuan"]) for d in result["deadlines"]] == [("2025-06-08", 210_000_000)]


def test_a_deadline_in_brackets_inside_the_issuers_conditional_sentence():
    result = run(
        "证券代码:600901 证券简称:ST青岚 公告编号:2025-060\n青岚示例科技股份有限公司关于进展的公告\n"
        "若公司未能按照责令改正要求在6个月内(2025年8月12日前)清收上述被占用资金,公司股票将于8月13日起开市停牌。"
    )
    assert [(d["company"], d["due_date"]) for d in result["deadlines"]] == [("ST青岚", "2025-08-12")]


# -- 6. dates -------------------------------------------------------------------------------------------


def test_a_letter_being_answered_was_sent_but_its_day_is_unknown():
    result = run("6月1日,青岚示例股份有限公司(以下简称“青岚示例”)在回复深交所关注函的公告中披露了相关情况。")
    assert actions(result) == [("青岚示例", "concern_letter", None)]


def test_a_report_date_with_the_company_between_date_and_announcement():
    result = run("6月9日,ST青岚(600901)公告称,公司收到湖南证监局下发的警示函。")
    assert actions(result) == [("ST青岚", "warning_letter", "2025-06-09")]


# -- 7. noise -------------------------------------------------------------------------------------------


def test_a_fine_ticket_in_a_story_about_several_companies():
    result = run("6月3日,ST青岚收到大额罚单。", known_names=REGISTRY)
    assert actions(result) == [("ST青岚", "fine", "2025-06-03")]


# -- normalisation ---------------------------------------------------------------------------------------


def test_traditional_characters_read_like_simplified_ones_and_are_quoted_as_written():
    result = run(
        "湖南證監局決定對ST青嵐採取責令改正措施。*ST岳林於2025年6月3日起被實施退市風險警示。",
        known_names={"ST青岚": "code:600901"},
    )
    # The rules read simplified text; names and evidence come back in the page's own characters.
    assert actions(result) == [("ST青嵐", "rectification_order", None)]
    assert result["enforcement_actions"][0]["evidence"] == "湖南證監局決定對ST青嵐採取責令改正措施。"
    assert result["enforcement_actions"][0]["company_code"] == "600901"  # the registry's simplified name
    assert statuses(result) == [("*ST岳林", None, "*ST", "2025-06-03")]


def test_invisible_characters_and_pinyin_glosses_are_dropped():
    assert clean_text("ST青\u200b岚事項(xiàng)被疊加實(shí)施") == "ST青岚事项被叠加实施"


# -- found on the second set of real pages ---------------------------------------------------------


def test_an_orders_period_that_ended_belongs_to_the_storys_company_even_unnamed():
    result = run(
        "据公告,2024年7月5日,*ST岳林收到深圳证监局下发的责令改正决定。责令整改事项的期限已于2025年1月5日届满,"
        "股票自1月6日开市起停牌。"
    )
    assert [(d["company"], d["due_date"]) for d in result["deadlines"]] == [("*ST岳林", "2025-01-05")]


def test_a_period_already_full_is_a_deadline_too():
    result = run("2024年11月10日,6个月整改期限已满,ST青岚仍未完成款项清收。")
    assert [(d["company"], d["due_date"]) for d in result["deadlines"]] == [("ST青岚", "2024-11-10")]


def test_the_day_a_notice_was_issued_beats_the_day_it_was_announced():
    result = run("3月16日,ST青岚公告称,中国证监会决定对公司立案调查,并于3月15日向公司下发《立案告知书》。")
    assert actions(result) == [("ST青岚", "investigation", "2025-03-15")]


def test_same_year_and_counted_investigations():
    result = run("2024年5月8日,ST青岚被证监会立案;同年9月6日,ST青岚再度被证监会立案调查。")
    assert sorted(actions(result)) == [("ST青岚", "investigation", "2024-05-08"), ("ST青岚", "investigation", "2024-09-06")]
    twice = run("此外,ST青岚还因信息披露违法违规被证监会两次立案调查。")
    assert actions(twice) == [("ST青岚", "investigation", None), ("ST青岚", "investigation", None)]


def test_a_co_addressee_no_listed_short_name_fits_is_not_listed():
    registry = {f"示例{n:04d}": f"code:{600000 + n}" for n in range(1200)} | {"ST信川": "code:600999"}
    result = run(
        "2024年5月10日,ST信川收到黑龙江证监局《关于对信川通信股份有限公司、信和集团股份有限公司采取责令改正措施的决定》。",
        known_names=registry,
    )
    assert [c["full_name"] for c in result["companies"]] == ["信川通信股份有限公司"]


def test_an_undated_stacking_is_added_on_the_day_of_the_imposition_it_comes_with():
    # Two warnings are added (the shared annotation: 叠加实施 is a change of its own, from == to), on one day.
    result = run(
        "证券代码:688901 证券简称:ST岳林 公告编号:2025-020\n岳林示例股份有限公司关于实施退市风险警示的公告\n"
        "上海证券交易所将对公司股票实施退市风险警示。公司股票将被上海证券交易所叠加实施其他风险警示。\n"
        "实施起始日为2025年4月30日。",
        published="2025-04-28",
    )
    assert [(s["from"], s["to"], s["effective_date"]) for s in result["status_changes"]] == [
        (None, "*ST", "2025-04-30"), ("*ST", "*ST", "2025-04-30")]
    # Named right after the first warning, without a verb of its own.
    joined = run("阳川化工4月28日公告,公司股票于2023年5月5日起实施退市风险警示叠加其他风险警示。", published="2023-04-28",
                 known_names=REGISTRY)
    assert [(s["from"], s["to"], s["effective_date"]) for s in joined["status_changes"]] == [
        (None, "*ST", "2023-05-05"), ("*ST", "*ST", "2023-05-05")]


def test_a_month_dated_fine_is_not_folded_into_a_later_one():
    result = run(
        "2024年5月份,广东证监局对ST青岚处以罚款合计1620万元。2024年12月5日,ST青岚公告称,广东证监局对公司处以300万元罚款。"
    )
    assert sorted((a[0], a[2] or "") for a in actions(result)) == [("ST青岚", ""), ("ST青岚", "2024-12-05")]


def test_a_short_name_before_a_penalty_verb_keeps_its_length():
    # "对ST青岚处以…": 处 starts the verb, it is not a third character of the name.
    result = run("6月3日,广东证监局对ST青岚处以警告。", published="2025-06-06")
    assert [c["short_names"] for c in result["companies"]] == [["ST青岚"]]


def test_delisting_by_removal_from_the_board():
    result = run("2024年8月27日,ST青岚股票摘牌。")
    assert statuses(result) == [("ST青岚", "ST", "delisted", "2024-08-27")]


def test_a_title_and_an_application_are_no_changes():
    assert run("ST青岚发布了《关于公司股票交易将被叠加实施退市风险警示的公告》。")["status_changes"] == []
    assert run("ST青岚已向上海证券交易所提出撤销对公司股票实施退市风险警示的申请。")["status_changes"] == []


def test_other_warning_on_a_star_stock_is_stacked_not_a_change():
    result = run("*ST岳林公告,公司股票将被实施其他风险警示。公司股票简称仍为“*ST岳林”。")
    assert [(s["from"], s["to"]) for s in result["status_changes"]] == [("*ST", "*ST")]


def test_a_bare_short_name_and_code_in_brackets_after_the_full_name():
    result = run("12月16日,深交所向青岚集团股份有限公司(青岚集团,300901.SZ)发出监管函。")
    assert result["companies"] == [{"full_name": "青岚集团股份有限公司", "short_names": ["青岚集团"], "code": "300901"}]


def test_censured_in_a_headline_and_a_warning_as_a_topic():
    result = run("青岚医疗违规为关联方输血 实控人张三遭谴责\n青岚医疗控股股份有限公司(以下简称“青岚医疗”)公告了纪律处分决定书。")
    assert [a[1] for a in actions(result)] == ["public_censure"]
    topic = run("(一)ST青岚股票被实施退市风险警示相关风险提示披露不真实、不准确。")
    assert topic["status_changes"] == []


def test_round_up_rows_rename_to_a_plain_name_and_elided_warnings():
    table = run("*ST青岚 | 5月12日停牌1天,5月13日复牌,股票简称变更为“青岚股份”。 | 5月13日大涨。 |")
    assert [(s["company"], s["from"], s["to"]) for s in table["status_changes"]] == [("*ST青岚", "*ST", "normal")]
    elided = run("*ST岳林5月11日晚公告,股票交易5月13日开市起撤销退市及其他风险警示,简称由“*ST岳林”变“岳林科技”。")
    assert [(s["from"], s["to"]) for s in elided["status_changes"]] == [("*ST", "normal")]
    labels = run("5月以来,仅ST宁岚“摘星”由*ST变ST。")
    assert [(s["company"], s["from"], s["to"]) for s in labels["status_changes"]] == [("ST宁岚", "*ST", "ST")]
    also = run("*ST科岚亦发布公告称,因撤销退市风险警示,公司股票将于2025年5月20日复牌。")
    assert [c["short_names"] for c in also["companies"]] == [["*ST科岚"]]


def test_a_sites_remark_inside_a_full_name_is_one_company():
    result = run(
        "近日,广东青岚(维权)股份有限公司(股票简称:青岚股份)发布公告称,根据《关于对广东青岚股份有限公司、张三采取出具警示函措施的决定》,"
        "监管机构对青岚股份及张三采取出具警示函的行政监管措施。"
    )
    # Named as the company writes itself, without the site's remark.
    assert result["companies"] == [{"full_name": "广东青岚股份有限公司", "short_names": ["青岚股份"], "code": None}]
    assert [a[1] for a in actions(result)] == ["warning_letter"]


def test_denials_hedges_and_quoted_headlines_give_no_record():
    assert run("ST青岚:公司不在31家被立案调查公司名单。")["enforcement_actions"] == []
    assert run("ST青岚表示,公司及董事、监事均未被证监会立案调查。")["enforcement_actions"] == []
    assert run("ST青岚面临多项处罚,包括巨额罚款及市场禁入措施。")["enforcement_actions"] == []
    quoted = run("ST青岚公告,部分媒体以“证监会:31家上市公司已立案调查”为题报道了新闻发布会。")
    assert quoted["enforcement_actions"] == []


def test_a_round_up_list_with_known_companies_names_the_others_too():
    registry = {"ST青岚": "code:600901", "岳林股份": "code:600902"}
    result = run(
        "5月8日晚,四家上市公司——ST青岚,、岳林股份、山川智造,、东海新材——宣布收到中国证监会的《立案告知书》。",
        known_names=registry,
    )
    assert sorted(a[0] for a in actions(result)) == ["ST青岚", "东海新材", "山川智造", "岳林股份"]
    # A list of people is not a list of companies, even beside one company.
    people = run("ST青岚公告,张小明、李大华、王建国收到浙江证监局警示函。", known_names=registry)
    assert [c["short_names"][0] for c in people["companies"]] == ["ST青岚"]


def test_a_letter_received_and_announced_a_day_apart_is_one_record_of_the_first_day():
    result = run(
        "2024年12月21日,青岚医药发布《关于公司股东收到重庆证监局警示函的公告》。"
        "青岚医药披露,2024年12月20日,该公司收到重庆证监局对公司股东出具的警示函。",
        known_names={"青岚医药": "code:000901"},
    )
    assert actions(result) == [("青岚医药", "warning_letter", "2024-12-20")]


def test_an_issuers_st_name_and_a_full_name_made_of_other_characters():
    result = run(
        "证券代码:600901 证券简称:*ST西岚 编号:临2024-035\n本公司董事会保证公告内容真实。\n"
        "西宁青岚特殊钢股份有限公司于2024年3月21日收到青海证监局警示函,警示函件内容如下:\n"
        "西宁青岚特殊钢股份有限公司、周泳:\n我局决定对你公司及周泳采取出具警示函的行政监督管理措施。",
        published="2024-03-22",
    )
    assert len(result["companies"]) == 1 and result["companies"][0]["code"] == "600901"


# -- 9. what else the pages state -------------------------------------------------------------------


def test_document_number_violations_and_titles_of_an_action():
    result = run(
        "证券代码:600901 证券简称:ST青岚 公告编号:2025-040\n青岚示例科技股份有限公司关于收到警示函的公告\n"
        "本公司董事会保证本公告内容不存在任何虚假记载、误导性陈述或者重大遗漏。\n"
        "公司于2025年6月3日收到湖南证监局《关于对青岚示例科技股份有限公司、张三采取出具警示函措施的决定》(〔2025〕58号)。"
        "经查,公司控股股东非经营性占用公司资金,公司未按规定披露,且存在违规担保。"
        "时任董事长张三对上述违规行为负有主要责任。我局决定对公司、时任董事长张三采取出具警示函的监督管理措施。"
    )
    action = result["enforcement_actions"][0]
    assert action["document_number"] == "〔2025〕58号"
    # Named after the words that bring it, the number starts after their 的.
    brought = run("青岚示例科技股份有限公司(以下简称“ST青岚”)公告称,公司收到湖南证监局下发的行政监管措施决定书〔2025〕63号,"
                  "湖南证监局决定对公司采取出具警示函的行政监管措施。")
    assert [r["document_number"] for r in brought["enforcement_actions"]] == ["行政监管措施决定书〔2025〕63号"]
    # The pledge against 虚假记载/重大遗漏 every announcement prints is no violation.
    assert action["violation_types"] == ["P2510", "P2514", "P2504"]
    assert action["targets"] == [{"name": "张三", "title": "时任董事长"}]


def test_repayments_already_made_are_kept_with_the_balance():
    result = run("ST青岚公告,截至6月5日,公司控股股东累计已归还公司非经营性占用资金3.1亿元,占用余额为6067.49万元。")
    occupation = result["occupations"][0]
    assert (occupation["amount_yuan"], occupation["repaid_yuan"]) == (60_674_900, 310_000_000)


def test_the_rules_next_steps_are_no_changes():
    result = run(
        "ST青岚公告:1、公司股票在责令改正期限届满后次一交易日(2025年1月6日)开市起被实施停牌。"
        "2、若在公司股票停牌两个月内仍未完成整改,公司股票将被实施退市风险警示。"
        "3、公司股票交易被实施退市风险警示之日起的两个月内仍未完成整改,深交所将决定终止公司股票上市交易。"
    )
    assert result["status_changes"] == []


# -- found on the third set of real pages (r64-r87) ------------------------------------------------------


def test_a_round_ups_numbered_items_are_not_part_of_the_names():
    result = run(
        "本所对2宗违规行为进行纪律处分。\n"
        "一是南屏示例科技股份有限公司未及时披露业绩预告。本所对公司及董事长王一鸣给予通报批评的处分。\n"
        "二是北汀示例材料股份有限公司对外担保未履行审议程序。本所对公司及财务总监李清给予通报批评的处分。"
    )
    assert company_names(result) == ["南屏示例科技股份有限公司", "北汀示例材料股份有限公司"]
    assert [(r["company"], r["measure"], r["persons"]) for r in result["enforcement_actions"]] == [
        ("南屏示例科技股份有限公司", "circulated_criticism", ["王一鸣"]),
        ("北汀示例材料股份有限公司", "circulated_criticism", ["李清"]),
    ]


def test_a_company_quoted_on_the_neeq_is_not_a_listed_company():
    decision = "陕西证监局决定对西安云岭网络科技股份有限公司(以下简称“云岭网络”,{code})采取出具警示函措施。"
    quoted = run(decision.format(code="831999") + "公司于2015年在新三板挂牌。")
    assert quoted["companies"] == [] and quoted["enforcement_actions"] == []
    # An A-share code, or a page that says the company moved on to the BSE, keeps the record.
    a_share = run(decision.format(code="600999") + "公司于2015年在新三板挂牌。")
    moved_on = run(decision.format(code="831999") + "公司于2015年在新三板挂牌,2021年在北交所上市。")
    assert actions(a_share) == actions(moved_on) == [("云岭网络", "warning_letter", None)]


def test_a_short_name_of_stem_and_gufen_ties_an_undeclared_full_name_to_the_registry():
    # With the whole registry loaded, a full name no listed short name fits is a co-addressee, not a
    # listed company; "勤川股份" fits 东莞勤川光电股份有限公司 (the stem after the place name).
    registry = {f"名录{i:04d}": f"code:{600000 + i}" for i in range(1200)}
    registry["勤川股份"] = "code:002999"
    fits = run("深圳证监局对东莞勤川光电股份有限公司采取出具警示函措施。", known_names=registry)
    fits_nothing = run("深圳证监局对东莞云岭光电股份有限公司采取出具警示函措施。", known_names=registry)
    assert actions(fits) == [("东莞勤川光电股份有限公司", "warning_letter", None)]
    registry["钒川股份"] = "code:000998"  # the stem after a group's name
    after_group = run("四川证监局对南屏集团钒川资源股份有限公司采取监管谈话措施。", known_names=registry)
    assert actions(after_group) == [("南屏集团钒川资源股份有限公司", "regulatory_talk", None)]
    assert fits_nothing["enforcement_actions"] == []


def test_a_warning_stacked_after_the_pages_own_st_imposition_keeps_st():
    result = run(
        "3月30日,南屏示例科技股份有限公司(以下简称“南屏科技”)发布进展公告。公司股票自2021年5月6日开市起被实施其他风险警示。"
        "因违规担保未解决,公司股票已于2021年6月2日开市起被叠加实施其他风险警示。"
    )
    assert statuses(result) == [("南屏科技", None, "ST", "2021-05-06"), ("南屏科技", "ST", "ST", "2021-06-02")]


def test_an_undated_proposal_takes_the_day_the_story_says_the_regulator_acted():
    lead = "3月11日,广东证监局对南屏示例科技股份有限公司(以下简称“南屏科技”)的5名高管作出处罚。"
    result = run(lead + "3月12日,南屏科技披露了事先告知书。\n广东证监局拟对南屏科技责令改正,给予警告,并处以300万元罚款。")
    assert actions(result) == [
        ("南屏科技", "rectification_order", "2025-03-11"),
        ("南屏科技", "warning", "2025-03-11"),
        ("南屏科技", "fine", "2025-03-11"),
    ]
    # Another regulator acting the same day does not hide the lead that dates this one.
    result = run(lead + "同日,深交所对北汀示例材料股份有限公司(以下简称“北汀材料”)下发关注函。\n广东证监局拟对南屏科技责令改正。")
    assert ("南屏科技", "rectification_order", "2025-03-11") in actions(result)


def test_occupied_funds_not_received_by_a_day_is_a_missed_deadline():
    result = run(
        "南屏示例科技股份有限公司(以下简称“南屏科技”)控股股东曾于3月26日书面承诺,将在3个月内归还占用资金,"
        "但公司未在6月23日前收到上述占用资金。"
    )
    assert [(r["company"], r["due_date"]) for r in result["deadlines"]] == [("南屏科技", "2025-06-23")]
    # A customer's payment is no occupation.
    assert run("南屏示例科技股份有限公司(以下简称“南屏科技”)称,公司未在6月23日前收到客户的还款。")["deadlines"] == []


def test_a_listed_media_site_in_the_byline_is_not_the_subject():
    # "来源:东方资讯" names where the story comes from; the 公司 of the story is not that site.
    page = "发布时间:2015-07-23 来源:东方资讯\n公告披露,2015年7月21日,公司收到四川证监局下发的监管谈话措施决定。"
    result = run(page, known_names=REGISTRY)
    assert result["companies"] == [] and result["enforcement_actions"] == []


def test_a_reply_deadline_counts_when_the_letter_was_named_a_paragraph_before():
    result = run("6月3日,南屏示例科技股份有限公司(以下简称“南屏科技”)收到深交所关注函。\n深交所要求公司说明担保的详细情况。\n"
                 "深交所表示,请公司就上述事项作出书面说明,并在6月10日前将有关说明材料报送我部。")
    assert [(r["company"], r["due_date"]) for r in result["deadlines"]] == [("南屏科技", "2025-06-10")]
    # Without a letter, "在…前报送" is some other filing, not a reply.
    assert run("南屏示例科技股份有限公司(以下简称“南屏科技”)表示,公司将在6月10日前报送年度报告。")["deadlines"] == []


def test_the_day_trading_halts_is_not_the_day_a_warning_starts():
    headline = "南屏科技简称将变更为“*ST南屏” 于5月5日停牌一天\n"
    body = ("南屏示例科技股份有限公司(以下简称“南屏科技”)公告,公司股票自2025年5月5日开市起停牌一天,"
            "自2025年5月6日开市起复牌并被实施退市风险警示。")
    assert statuses(run(headline + body)) == [("南屏科技", None, "*ST", "2025-05-06")]
    # Halted one day and warned after: the day is not given.
    alone = run("南屏示例科技股份有限公司(以下简称“南屏科技”)公告,公司股票将于5月5日停牌一天,复牌后被实施退市风险警示。")
    assert statuses(alone) == [("南屏科技", None, "*ST", None)]


def test_what_may_follow_a_report_is_no_change_but_a_set_day_is():
    may = run("南屏示例科技股份有限公司(以下简称“南屏科技”)公告,根据相关规定,公司可能在2024年年度报告披露后,股票将被实施退市风险警示。")
    assert may["status_changes"] == []
    scheduled = run("南屏示例科技股份有限公司(以下简称“南屏科技”)公告,因净资产为负值,公司可能被实施退市风险警示,"
                    "公司股票将于2025年4月30日起被实施退市风险警示。")
    assert statuses(scheduled) == [("南屏科技", None, "*ST", "2025-04-30")]


def test_a_quote_link_inside_the_new_name_does_not_hide_the_removal():
    result = run("ST南屏3月30日公告,公司股票于2023年3月31日开市起停牌1天。撤销其他风险警示后,"
                 "公司股票简称由“ST南屏”变更为“南屏科技(行情603999,诊股)”。")
    assert statuses(result) == [("ST南屏", "ST", "normal", None)]
    assert result["companies"][0]["short_names"] == ["ST南屏", "南屏科技"]


def test_its_stock_is_the_stories_company():
    result = run("*ST南屏即日起被叠加退市风险警示\n自7月14日起,上海证券交易所对其股票叠加实施退市风险警示。")
    assert [(r["company"], r["to"], r["effective_date"]) for r in result["status_changes"]] == [
        ("*ST南屏", "*ST", "2025-07-14")
    ]
    # "终止其股票上市" in a rule's conditions is not the company's delisting.
    rule = run("*ST南屏公告,公司将每五个交易日披露一次风险提示公告,直至相应情形消除或者本所终止其股票上市。")
    assert rule["status_changes"] == []


def test_the_name_a_stock_is_delisted_under_is_the_same_company():
    result = run("深交所对“*ST南屏”股票作出终止上市决定。公司股票将于6月10日起进入退市整理期,"
                 "退市整理期间公司股票简称将变更为“南屏退”。", known_names={"南屏退": "code:000999"})
    assert [c["short_names"] for c in result["companies"]] == [["*ST南屏", "南屏退"]]
    assert [(r["company"], r["to"]) for r in result["status_changes"]] == [("*ST南屏", "delisted")]


def test_a_full_name_fits_its_delisting_name_and_a_time_counted_from_a_warning_is_no_change():
    registry = {f"名录{i:04d}": f"code:{600000 + i}" for i in range(1200)}
    registry["南屏退"] = "code:002999"
    result = run("深交所公告,江西南屏集团股份有限公司因净资产为负值,公司股票交易自2022年5月6日起被实施退市风险警示。"
                 "2023年4月29日,公司披露股票交易被实施退市风险警示后的首个年度报告。", known_names=registry)
    assert statuses(result) == [("江西南屏集团股份有限公司", None, "*ST", "2022-05-06")]


def test_a_storys_undated_penalties_come_from_the_notice_it_reports():
    result = run(
        "*ST南屏财务造假遭重罚\n证监会7月13日下发的《行政处罚事先告知书》显示,该公司虚增营业收入。\n"
        "处罚措施\n公司主体被责令改正、警告并处1000万元罚款。"
    )
    assert [(r["regulator"], r["measure"], r["date"]) for r in result["enforcement_actions"]] == [
        ("中国证监会", "rectification_order", "2025-07-13"),
        ("中国证监会", "warning", "2025-07-13"),
        ("中国证监会", "fine", "2025-07-13"),
    ]


def test_companies_described_by_their_past_warnings_are_no_changes():
    result = run("6月6日晚间,*ST南屏、ST北汀2家此前被实施退市风险警示、其他风险警示的上市公司宣布将撤销风险警示。")
    assert [r["to"] for r in result["status_changes"]] == []


def test_a_data_source_with_its_stock_code_is_not_a_company():
    result = run("记者据同花顺(300033)iFind数据统计发现,今年以来已有上百家公司领到罚单,其中不乏公开谴责、通报批评。")
    assert result["companies"] == [] and result["enforcement_actions"] == []


def test_an_investigation_under_way_is_dated_by_its_notice_not_by_a_later_report():
    result = run(
        "9月23日晚间,南屏科技发布公告称,公司目前正在被中国证券监督管理委员会(以下简称“中国证监会”)立案调查。\n"
        "南屏科技于2024年4月25日收到中国证监会《立案告知书》,中国证监会决定对公司立案。\n"
        "南屏科技表示,在立案调查期间,公司将积极配合中国证监会的调查工作。",
        published="2024-09-24",
    )
    assert actions(result) == [("南屏科技", "investigation", "2024-04-25")]


def test_a_removal_that_still_needs_the_exchanges_consent_is_no_change():
    result = run("*ST南屏公告,公司已向上交所提交申请。上交所将决定是否撤销对公司股票实施的退市风险警示,"
                 "公司股票撤销退市风险警示尚需上交所审核同意。")
    assert result["status_changes"] == []


def test_a_listed_banks_branch_is_a_creditor_not_the_story_s_company():
    result = run(
        "南屏科技晚间公告,近日,东方资讯深圳分行向法院申请冻结公司5个银行账户。\n"
        "公司认为触及相关规定,公司股票交易将于2月27日起被实施其他风险警示,股票简称由“南屏科技”变为“ST南屏”。",
        known_names={**REGISTRY, "南屏科技": "code:002999"},
    )
    assert [(r["company"], r["to"]) for r in result["status_changes"]] == [("南屏科技", "ST")]


def test_an_adverb_after_an_st_name_is_not_part_of_it():
    result = run("在上述公司中,*ST南屏更是在今年两度被立案。公司于2025年5月15日收到中国证监会《立案告知书》。")
    assert [c["short_names"] for c in result["companies"]] == [["*ST南屏"]]


def test_a_letter_of_intended_discipline_is_not_yet_a_measure():
    result = run("上交所已及时启动纪律处分程序,并向*ST南屏及责任人发出纪律处分意向书。")
    assert result["enforcement_actions"] == []


def test_the_evening_a_change_was_made_public_is_not_the_day_it_takes_effect():
    result = run("ST南屏7月5日晚间公布,公司股票将被深交所实施退市风险警示。\n"
                 "7月9日开市起,公司股票简称由“ST南屏”变更为“*ST南屏”。")
    assert statuses(result) == [("ST南屏", "ST", "*ST", "2025-07-09")]


def test_the_day_of_a_notice_named_by_its_title_is_not_the_day_of_the_change():
    result = run("9月20日,南屏示例科技股份有限公司(以下简称“南屏科技”)发布关于公司股票实施其他风险警示暨临时停牌的提示性公告。"
                 "公告称,公司股票将于2025年9月21日停牌1天,9月22日起实施其他风险警示。")
    assert statuses(result) == [("南屏科技", None, "ST", "2025-09-22")]
    # The title alone still tells the change, undated.
    alone = run("9月20日,南屏示例科技股份有限公司(以下简称“南屏科技”)发布关于公司股票实施其他风险警示的提示性公告。")
    assert statuses(alone) == [("南屏科技", None, "ST", None)]


def test_a_measure_given_a_short_name_is_not_a_company():
    result = run("常见的纪律处分类型为通报批评、公开谴责以及公开认定不适合担任上市公司董事、监事、高级管理人员"
                 "(以下简称“公开认定”)。2024年交易所作出公开认定13人次。")
    assert result["companies"] == [] and result["enforcement_actions"] == []


def test_a_notice_that_delisting_is_intended_is_not_the_delisting():
    result = run("*ST南屏就相关风险提示称,公司收到终止上市事先告知书后,可以根据规定申请听证,提出陈述和申辩。")
    assert result["status_changes"] == []


def test_jiu_after_an_st_name_is_not_part_of_it():
    result = run("6月3日,*ST南屏就相关事项收到深交所下发的关注函。")
    assert [c["short_names"] for c in result["companies"]] == [["*ST南屏"]]


def test_a_notice_dated_with_an_impossible_year_leaves_its_penalties_undated():
    # A broken date in the lead must not stop the page: the records come, without a day.
    result = run("*ST南屏遭重罚\n证监会0000年1月1日下发的《行政处罚事先告知书》显示。\n公司主体被责令改正、警告并处1000万元罚款。")
    assert [(r["regulator"], r["measure"], r["date"]) for r in result["enforcement_actions"]] == [
        ("中国证监会", "rectification_order", None),
        ("中国证监会", "warning", None),
        ("中国证监会", "fine", None),
    ]


def test_a_plain_name_given_an_st_label_tells_the_day_of_the_warning():
    result = run("根据规定,南屏科技股票将被实施其他风险警示。9月22日停牌一天,自9月23日起,南屏科技A股股票简称变更为"
                 "“ST南屏”,日涨跌幅限制为5%。")
    assert statuses(result) == [("南屏科技", None, "ST", "2025-09-23")]
    # Beside a warning lifted, the same words are a *ST stock moving to ST: no imposition is read from them.
    lifted = run("南屏科技撤销退市风险警示的申请获深交所同意。自9月23日起,南屏科技股票简称变更为“ST南屏”。")
    assert ("南屏科技", None, "ST", "2025-09-23") not in statuses(lifted)


def test_a_short_name_announcing_with_the_bare_word_is_the_company():
    result = run("长河股份4月28日公告,公司股票于2025年5月5日起实施退市风险警示。")
    assert statuses(result) == [("长河股份", None, "*ST", "2025-05-05")]
    letter = run("南屏科技晚间公告,收到深交所下发的关注函。")
    assert [c["short_names"] for c in letter["companies"]] == [["南屏科技"]]
    # Only a name of four characters that fills its run: a heading glued in front is no part of the name.
    glued = run("导读长河股份4月28日公告,公司股票于2025年5月5日起实施退市风险警示。")
    assert glued["companies"] == [] and glued["status_changes"] == []


def test_a_measure_on_an_officer_alone_is_the_company_s_record():
    result = run("11月25日,广东证监局官网公布,南屏科技(300999)股东、董事长兼总经理张明远此前公告拟减持公司股份。"
                 "其后,张明远实际减持超出计划。为此,广东证监局决定对张明远采取出具警示函的行政监管措施。")
    assert [(r["company"], r["measure"], r["persons"]) for r in result["enforcement_actions"]] == [
        ("南屏科技", "warning_letter", ["张明远"])
    ]
    # A person the paragraph does not tie to the company as an officer gives no record of it.
    stranger = run("南屏科技今日复牌。广东证监局决定对张明远采取出具警示函的行政监管措施。")
    assert stranger["enforcement_actions"] == []


def test_a_proposed_penalty_names_its_person_before_ni():
    result = run("广东证监局拟对南屏示例股份有限公司责令改正,给予警告,并处以300万元罚款。\n"
                 "对该公司董事长兼总经理张明远拟给予警告,并处以330万元罚款,同时实施3年证券市场禁入。")
    bans = [r for r in result["enforcement_actions"] if r["measure"] == "market_ban"]
    assert [(r["persons"], r["proposed"]) for r in bans] == [(["张明远"], True)]


def test_a_measure_received_recently_takes_the_day_it_was_announced():
    result = run("南屏科技7月11日公告,公司控股股东南屏集团于近日收到浙江证监局下发的决定书,浙江证监局决定对南屏集团"
                 "采取出具警示函的行政监管措施。", published="2022-07-12")
    assert actions(result) == [("南屏科技", "warning_letter", "2022-07-11")]
    # Without the day of an announcement, "近日" stays undated.
    vague = run("南屏科技公告称,公司于近日收到浙江证监局下发的警示函。", published="2022-07-12")
    assert actions(vague) == [("南屏科技", "warning_letter", None)]


def test_a_coded_name_after_a_regulator_and_xiang_loses_the_xiang():
    result = run("深交所向搜示特(002999.SZ)发出关注函,要求说明前期补充流动资金的具体用途。")
    assert [(c["short_names"], c["code"]) for c in result["companies"]] == [(["搜示特"], "002999")]


def test_what_a_rule_just_cited_says_is_no_change():
    text = ("如果届时资金占用问题确实无法解决,ST青岚将触及《上海证券交易所股票上市规则》第9.8.1条所述的情形。"
            "根据该规则,交易所将对其股票交易实施其他风险警示。")
    assert run(text, known_names=REGISTRY)["status_changes"] == []
    # A day set for it is a change announced.
    dated = run("根据该规则,ST青岚股票将于6月20日起被实施退市风险警示。", known_names=REGISTRY)
    assert statuses(dated) == [("ST青岚", "ST", "*ST", "2025-06-20")]


def test_an_exchange_letter_with_its_title_on_two_lines_and_a_board_number():
    result = run("关于对广东示例技术股份有限公司的\n监管函\n创业板监管函〔2024〕第92号\n"
                 "广东示例技术股份有限公司董事会、吴明、胡东:\n你公司存在如下违规行为:")
    assert [(r["company"], r["regulator"], r["measure"], r["document_number"])
            for r in result["enforcement_actions"]] == [
        ("广东示例技术股份有限公司", "深交所", "regulatory_letter", "创业板监管函〔2024〕第92号")
    ]
    # The SZSE's 公司管理部 numbers its letters "公司部…".
    concern = run("关于对东示蓝天新能源股份有限公司的关注函\n公司部关注函〔2020〕第10号\n东示蓝天新能源股份有限公司董事会:\n")
    assert [(r["regulator"], r["measure"]) for r in concern["enforcement_actions"]] == [("深交所", "concern_letter")]


def test_the_steps_that_would_follow_a_delisting_are_no_delisting():
    text = ("*ST南屏就相关风险提示称,若公司股票被深交所决定终止上市,自深交所公告之日起五个交易日后的次一交易日复牌"
            "并进入退市整理期交易。公司股票于退市整理期届满的次一交易日摘牌,公司股票终止上市。")
    assert run(text)["status_changes"] == []
    # The exchange's own decision says the same steps: the delisting stands.
    decided = run("南屏示例科技股份有限公司(以下简称“南屏科技”):本所决定公司股票终止上市。退市整理期届满的次一交易日,"
                  "本所对公司股票予以摘牌。")
    assert [r["to"] for r in decided["status_changes"]] == ["delisted"]


def test_a_warning_stacked_on_a_stock_renamed_from_its_plain_name_is_the_imposition():
    text = ("南屏科技晚间公告,公司主要银行账户被冻结,公司股票交易将被叠加实施其他风险警示。"
            "公司股票将于2月26日停牌一天,于2月27日开市时起复牌,复牌后公司股票被实施其他风险警示,"
            "股票简称由“南屏科技”变为“ST南屏”。")
    assert statuses(run(text, published="2024-02-23")) == [("南屏科技", "normal", "ST", "2024-02-27")]


def test_a_decision_title_wrapped_after_you_guan_is_one_title():
    result = run("上海证券交易所\n纪律处分决定书\n〔2024〕69 号\n关于对上海示例发展股份有限公司及有关\n责任人予以公开谴责的决定\n"
                 "当事人:\n上海示例发展股份有限公司,A股证券简称:示例发展,A股证券代码:600999;")
    assert [(r["company"], r["regulator"], r["measure"]) for r in result["enforcement_actions"]] == [
        ("示例发展", "上交所", "public_censure")
    ]


def test_a_decision_on_the_company_and_responsible_persons_names_its_parties():
    head = ("上海证券交易所\n纪律处分决定书\n〔2024〕69号\n关于对上海示例发展股份有限公司及有关责任人予以公开谴责的决定\n"
            "当事人:\n上海示例发展股份有限公司,A股证券简称:示例发展,A股证券代码:600999;\n"
            "曾 明,上海示例发展股份有限公司时任董事长;\n唐钧,上海示例发展股份有限公司时任总裁。\n一、上市公司及相关主体违规情况\n")
    result = run(head + "经查明,公司未及时披露业绩预亏。")
    assert [(r["measure"], r["persons"]) for r in result["enforcement_actions"]] == [("public_censure", ["曾明", "唐钧"])]
    # Where the decision says whom the measure is for, the list of parties does not override it.
    split = run(head + "经查明,公司未及时披露业绩预亏。本所决定对上海示例发展股份有限公司及时任董事长曾明予以公开谴责。")
    censures = [r for r in split["enforcement_actions"] if r["measure"] == "public_censure"]
    assert [r["persons"] for r in censures] == [["曾明"]]


def test_a_letter_to_a_person_about_the_company_they_control_is_the_company_s():
    result = run("2025年3月21日,深交所向张明远发出监管函:根据本所查明,你作为南屏示例股份有限公司的实际控制人,"
                 "未及时将知悉的有关情况书面告知公司。")
    assert [(r["company"], r["measure"], r["persons"]) for r in result["enforcement_actions"]] == [
        ("南屏示例股份有限公司", "regulatory_letter", ["张明远"])
    ]


def test_an_exchange_s_oral_or_written_warning_is_a_measure_of_its_own():
    result = run("2023年7月31日,ST青岚收到上交所口头警示。", known_names=REGISTRY)
    assert [(r["company"], r["regulator"], r["measure"], r["date"]) for r in result["enforcement_actions"]] == [
        ("ST青岚", "上交所", "other", "2023-07-31")
    ]
    written = run("对此,上交所已向ST青岚和相关责任人员作出书面警示。", known_names=REGISTRY)
    assert [r["measure"] for r in written["enforcement_actions"]] == ["other"]
    # The year's count of them is statistics, no one's record.
    counted = run("2023年,上交所共发出公开谴责47份、书面警示244份。")
    assert counted["enforcement_actions"] == []


def test_a_site_remark_after_an_announcer_and_a_holder_group_named_after_the_company():
    result = run("9月26日晚,太平示(维权)发布公告称,因控股股东资金占用未能在规定期限内清偿,公司股票将被实行其他风险警示。"
                 "根据公告,太平示控股股东太平示集团通过划转款项方式占用上市公司资金。", published="2022-09-27")
    assert [(r["company"], r["to"]) for r in result["status_changes"]] == [("太平示", "ST")]


def test_a_short_full_name_after_jueding_dui_and_a_person_before_de():
    result = run("上交所决定对常示股份有限公司和时任公司董事长吴明予以通报批评。")
    assert company_names(result) == ["常示股份有限公司"]
    letter = run("关于对浙江松示汽车股份有限公司及董事会秘书叶明的监管函\n浙江松示汽车股份有限公司、叶明:")
    assert [r["persons"] for r in letter["enforcement_actions"]] == [["叶明"]]


def test_an_adverb_between_announcers_and_their_announcement_is_no_part_of_a_name():
    result = run("3月25日晚间,塞示医疗、仁示股份相继发布公告,因涉嫌信息披露违法违规,两家公司均被中国证监会立案。",
                 published="2024-03-26", known_names={"塞示医疗": "code:603999"})
    assert sorted(c["short_names"][0] for c in result["companies"]) == ["仁示股份", "塞示医疗"]


def test_a_delisting_is_dated_by_the_day_the_shares_leave_not_by_a_period_before_it():
    result = run("7月31日,南屏科技发布公告,股票已被深圳证券交易所决定终止上市,将于2023年8月4日摘牌。\n"
                 "深交所称,2023年5月19日至2023年6月15日期间,南屏科技股票收盘价均低于1元,决定南屏科技股票终止上市。",
                 published="2023-07-31")
    assert statuses(result) == [("南屏科技", None, "delisted", "2023-08-04")]


def test_a_company_s_own_internal_sanction_is_no_regulator_s_measure():
    text = "5月19日,ST青岚对董事长王明的资金占用问题进行了内部通报,处以100万元的罚款。"
    assert run(text, known_names=REGISTRY)["enforcement_actions"] == []


def test_a_deadline_named_before_its_day_without_qian():
    result = run("ST青岚曝出被控股股东累计占用9.17亿元,距离承诺还款最后期限2025年12月31日仅剩一天。",
                 known_names=REGISTRY)
    assert [(r["company"], r["due_date"], r["obligation"]) for r in result["deadlines"]] == [
        ("ST青岚", "2025-12-31", "归还占用资金")
    ]
    # The day a period of rectification began is no deadline.
    assert run("ST青岚自2025年5月6日起进入整改期限,并收到警示函。", known_names=REGISTRY)["deadlines"] == []


def test_a_spun_repost_reads_as_the_announcement_it_was_spun_from():
    # Content farms swap words for same-length "synonyms": 实施 -> 实验/扩充, 股份 -> 股分, 星期 -> 礼拜.
    result = run(
        "青岚示例股分有限公司(以下简称“公司”)股票因被实验退市风险警示,将于2025年6月3日(礼拜二)开市起停牌1天,"
        "并于2025年6月4日(礼拜三)开市起复牌,复牌后实验退市风险警示,公司股票简称由“ST青岚”变动为“*ST青岚”。"
    )
    # The companies list names it as the page spells it.
    assert statuses(result) == [("ST青岚", "ST", "*ST", "2025-06-04")]
    assert company_names(result) == ["青岚示例股分有限公司"]
    spun = run("阳川化工6月3日袒露公告称,公司股票将被扩充其他风险警示。公司股票将于2025年6月5日起被扩充其他风险警示。")
    assert statuses(spun) == [("阳川化工", None, "ST", "2025-06-05")]
    # The same words meant literally stay what they are.
    assert statuses(run("阳川化工6月3日公告称,公司实验室扩充了设备,控股鼓舞人心的说法并无依据。")) == []


def test_a_letter_is_dated_by_its_signature_even_with_the_office_on_the_same_line_or_a_link_below():
    letter = (
        "关于对青岚示例科技股份有限公司的监管函\n创业板监管函〔2025〕第12号\n青岚示例科技股份有限公司:\n"
        "你公司未按规定及时披露重大诉讼事项,违反了本所《创业板股票上市规则》的规定。请你公司充分重视上述问题。\n"
        "特此函告。\n{signature}"
    )
    signed_inline = run(letter.format(signature="深圳证券交易所创业板公司管理部2025年5月20日\n附件:公告原文"))
    assert actions(signed_inline) == [("青岚示例科技股份有限公司", "regulatory_letter", "2025-05-20")]
    signed_below = run(letter.format(signature="深圳证券交易所\n创业板公司管理部\n2025年5月20日\n查看原文"))
    assert actions(signed_below) == [("青岚示例科技股份有限公司", "regulatory_letter", "2025-05-20")]
    # A date inside the last paragraph of the body is no signature.
    unsigned = run(letter.format(signature="公司应于2025年5月30日前提交整改报告。"))
    assert actions(unsigned) == [("青岚示例科技股份有限公司", "regulatory_letter", None)]


def test_a_warning_takes_effect_on_the_day_trading_resumes_after_its_halt():
    # The halt and the resumption come in the sentence after the warning...
    following = run(
        "ST青岚6月3日晚间公告,因2024年度经审计的期末净资产为负值,公司股票将被实施退市风险警示。"
        "公司股票自2025年6月5日开市起停牌1天,并于6月6日开市起复牌。"
    )
    assert statuses(following) == [("ST青岚", None, "*ST", "2025-06-06")]
    # ...or before the sentence that renames the stock "复牌后".
    before = run(
        "阳川化工6月3日晚间公告,公司股票自2025年6月5日开市起停牌1天,并于6月6日开市起复牌。"
        "复牌后,公司股票简称由“阳川化工”变更为“ST阳川”。"
    )
    assert statuses(before) == [("阳川化工", "normal", "ST", "2025-06-06")]
    # A resumption that follows no halt, in a sentence about something else, dates nothing.
    unrelated = run(
        "ST青岚6月3日晚间公告,公司股票将被实施退市风险警示。公司重大资产重组事项于6月6日复牌后继续推进。"
    )
    assert statuses(unrelated) == [("ST青岚", "ST", "*ST", None)]


def test_an_announcement_named_by_its_title_dates_the_measure_it_reports():
    story = (
        "6月5日,阳川化工(600902.SH)披露了《{title}》。在现场检查后,阳川化工及其董事长王建国、董秘李明华因关联交易"
        "未按规定履行审议程序等原因,收到了江苏证监局的警示函。"
    )
    reported = run(story.format(title="阳川化工关于收到江苏证监局行政监管措施决定书的公告"))
    assert [(r["company"], r["measure"], r["date"], r["persons"]) for r in reported["enforcement_actions"]] == [
        ("阳川化工", "warning_letter", "2025-06-05", ["王建国", "李明华"])
    ]
    # An announcement of something else says nothing of when the letter came.
    unrelated = run(story.format(title="阳川化工关于拟收购资产的公告"))
    assert actions(unrelated) == [("阳川化工", "warning_letter", None)]


def test_a_conjunction_and_a_pronoun_before_an_announcement_are_no_company():
    result = run(
        "阳川化工被立案调查的缘由尚未披露。但据其6月3日晚间公告显示,公司股票将于6月5日开市时起停牌一天,"
        "于6月6日开市时起复牌,复牌后公司股票被实施其他风险警示,股票简称由“阳川化工”变为“ST阳川”。"
    )
    assert company_names(result) == ["阳川化工"]
    assert statuses(result) == [("阳川化工", "normal", "ST", "2025-06-06")]


def test_the_day_of_the_exchange_s_consent_is_not_a_second_change():
    result = run(
        "*ST青岚6月3日晚间公告称,公司股票于6月4日停牌一天,自6月5日起撤销退市风险警示并实施其他风险警示,"
        "股票简称由“*ST青岚”变更为“ST青岚”。由于公司主要银行账户仍被冻结,故上交所于6月3日同意撤销对公司股票实施的"
        "退市风险警示,并对公司股票实施其他风险警示。"
    )
    assert statuses(result) == [("*ST青岚", "*ST", "ST", "2025-06-05")]
    # Where the consent is the only day the page gives, it stays the change's day.
    alone = run("上交所于6月3日同意撤销对*ST青岚股票实施的退市风险警示,并对其股票实施其他风险警示。")
    assert [(r["to"], r["effective_date"]) for r in alone["status_changes"]] == [("ST", "2025-06-03")]


def test_a_decision_to_delist_and_the_day_the_shares_leave_are_one_delisting():
    result = run(
        "2025-06-06 15:36│阳川退(600902):关于公司股票终止上市暨摘牌的公告 特别风险提示:1.公司股票已被上海证券交易所"
        "决定终止上市,公司股票于2025年5月19日进入退市整理期。2.公司股票将在2025年6月9日被摘牌。"
    )
    assert [(r["company"], r["to"], r["effective_date"]) for r in result["status_changes"]] == [
        ("阳川退", "delisted", "2025-06-09")
    ]


def test_the_time_stamp_of_a_page_s_byline_dates_no_event():
    result = run(
        "ST青岚被决定终止上市\n2025-06-06 07:46:39来源:示例证券报作者:记者甲6月5日晚,ST青岚发布公告称,公司于当日收到"
        "上海证券交易所的决定,公司股票将终止上市。"
    )
    # Decided on the 5th; the day its shares leave is not told.
    assert [(r["company"], r["to"], r["effective_date"]) for r in result["status_changes"]] == [
        ("ST青岚", "delisted", None)
    ]
    stamped = run("发布时间:2025-06-06 作者:记者甲\n上交所对阳川化工予以公开谴责。")
    assert actions(stamped) == [("阳川化工", "public_censure", None)]


def test_a_round_up_s_list_between_baokuo_and_zainei_names_every_company_investigated():
    registry = {**REGISTRY, "北岸物流": "code:600905"}
    result = run(
        "示例社10月6日讯(编辑 若宇)据不完全统计,9月包括海川药业、阳川化工、东方资讯、*ST岳林在内的4家A股上市公司"
        "公告公司或相关方被立案,详细情况见下表。\n海川药业9月30日公告,公司于2025年9月30日收到中国证监会的《立案告知书》。",
        known_names=registry,
    )
    assert sorted(company_names(result)) == sorted(["海川药业", "阳川化工", "东方资讯", "*ST岳林"])
    assert sorted((r["company"], r["regulator"]) for r in result["enforcement_actions"]) == sorted(
        [("海川药业", "中国证监会"), ("阳川化工", None), ("东方资讯", None), ("*ST岳林", None)]
    )
    # 等 and 在内 close a list; they are no part of its last name.
    closed = run("9月,阳川化工、东方资讯、ST青岚等3家上市公司公告被证监会立案调查。", known_names=REGISTRY)
    assert company_names(closed) == ["阳川化工", "东方资讯", "ST青岚"]
    # A headline saying the same is no record of its own.
    assert actions(run("公司及实控人同被立案\n阳川化工6月3日公告称,公司收到中国证监会的《立案告知书》。")) == [
        ("阳川化工", "investigation", "2025-06-03")
    ]


def test_after_a_sentence_about_several_companies_a_bare_gongsi_is_none_of_them():
    text = (
        "公告次日,阳川化工、东方资讯和*ST岳林均一字跌停,ST青岚收跌9.5%。\n"
        "广东老字号品牌海川药业9月30日公告,公司及实际控制人于2025年9月30日收到中国证监会的《立案告知书》。"
    )
    # 海川药业 is in no registry and stands where no announcer is looked for: better no record than ST青岚's.
    assert actions(run(text, known_names=REGISTRY)) == []


def test_only_a_joint_stock_company_is_taken_for_the_listed_one():
    result = run(
        "6月20日晚间,*ST青岚(600901.SH)披露了控股股东承诺事项的进展。公司此前披露,浙江青岚控股有限公司、王建国承诺,"
        "最晚于2025年12月31日前彻底消除与公司之间以存单形式的互保情形。"
    )
    # The shareholder's full name is no name of the listed company, and the deadline is the listed company's.
    assert [(c["full_name"], c["short_names"]) for c in result["companies"]] == [(None, ["*ST青岚"])]
    assert [(d["company"], d["due_date"]) for d in result["deadlines"]] == [("*ST青岚", "2025-12-31")]
    # "新华锦于…": a three-character name and a particle are not a four-character old name.
    particle = run("ST海青宝于2025年6月3日收到青岛证监局出具的警示函。海青宝于当日披露了该事项。")
    assert [c["short_names"] for c in particle["companies"]] == [["ST海青宝"]]


def test_the_day_a_reply_is_put_off_to_is_a_deadline():
    result = run(
        "阳川化工于2025年6月3日收到深圳证券交易所下发的关注函,要求在2025年6月10日前报送有关说明材料。"
        "2025年6月9日,公司向深圳证券交易所申请延期回复关注函,回复时间预计延期至2025年6月13日。"
        "经公司申请,延期至不晚于2025年6月20日回复关注函。",
        known_names=REGISTRY,
    )
    assert [(d["company"], d["due_date"]) for d in result["deadlines"]] == [
        ("阳川化工", "2025-06-10"), ("阳川化工", "2025-06-13"), ("阳川化工", "2025-06-20")
    ]
    # A meeting put off to a day is no reply due.
    meeting = run("阳川化工公告,公司2024年年度股东大会延期至2025年6月20日召开。", known_names=REGISTRY)
    assert meeting["deadlines"] == []


def test_a_story_s_later_mention_of_receiving_the_letter_is_the_same_letter():
    result = run(
        "据悉,阳川化工于6月3日收到深圳证券交易所出具的《关于对阳川化工的关注函》(以下简称“《关注函》”)。"
        "公司于2025年6月9日披露了延期回复的公告。另悉,公司收到《关注函》后高度重视,立即组织中介机构逐项落实。",
        known_names=REGISTRY,
    )
    assert actions(result) == [("阳川化工", "concern_letter", "2025-06-03")]


def test_a_portal_s_quote_link_after_a_name_gives_its_code_and_breaks_no_clause():
    result = run("5月31日,深交所公布了对阳川化工(行情600902,诊股)的监管函。究其原因,是公司未及时披露重大诉讼。")
    assert [(c["short_names"], c["code"]) for c in result["companies"]] == [(["阳川化工"], "600902")]
    assert actions(result) == [("阳川化工", "regulatory_letter", "2025-05-31")]
    # The evidence is the page's own text, comma and all.
    assert "(行情600902,诊股)" in result["enforcement_actions"][0]["evidence"]


def test_a_round_up_s_letters_named_after_the_trigger_or_by_bei_wenxun():
    registry = {**REGISTRY, "北岸物流": "code:600905", "海川药业": "code:600906"}
    result = run(
        "上周沪深交易所公开披露问询函件29封。北岸物流、海川药业因为高送转预案被问询。"
        "ST青岚同样因近期涨幅较大收到关注函。因类似情况收到关注函的公司还有阳川化工、东方资讯等,"
        "交易所均要求它们核实说明公司基本面是否发生重大变化。",
        known_names=registry,
    )
    assert sorted((r["company"], r["measure"]) for r in result["enforcement_actions"]) == sorted([
        ("北岸物流", "inquiry_letter"), ("海川药业", "inquiry_letter"), ("ST青岚", "concern_letter"),
        ("阳川化工", "concern_letter"), ("东方资讯", "concern_letter"),
    ])
    # Being asked questions by an analyst or at a meeting is no letter.
    assert run("阳川化工董事长在股东大会上被问询公司发展规划。", known_names=registry)["enforcement_actions"] == []


def test_a_letter_sent_to_no_one_named_in_a_story_about_one_company_is_that_company_s():
    story = run(
        "6月3日,阳川化工披露控股股东占用资金的情况。对此,深交所立即发去了问询函。",
        known_names=REGISTRY,
    )
    assert [(r["company"], r["regulator"], r["measure"]) for r in story["enforcement_actions"]] == [
        ("阳川化工", "深交所", "inquiry_letter")
    ]
    asked = run("此事引来深圳交易所发函问询,要求说明阳川化工控股股东偿还占用资金的详细计划。", known_names=REGISTRY)
    assert [(r["company"], r["regulator"], r["measure"]) for r in asked["enforcement_actions"]] == [
        ("阳川化工", "深交所", "inquiry_letter")
    ]
    # After a sentence about several companies, the letter is none of theirs in particular.
    several = run(
        "6月3日,阳川化工、东方资讯和ST青岚股价异动。对此,深交所立即发去了问询函。", known_names=REGISTRY
    )
    assert several["enforcement_actions"] == []


def test_a_person_s_measure_belongs_to_the_company_the_story_introduced_them_with_paragraphs_before():
    result = run(
        "6月3日,阳川化工(600902.SH)披露,公司职工代表董事王建国、副总经理李明华因短线交易收到处罚决定书。\n"
        "王建国于2024年至今担任公司董事。其间多次在6个月内买入又卖出公司股票。\n"
        "针对上述短线交易行为,江苏证监局决定对王建国、李明华给予警告。",
        known_names=REGISTRY,
    )
    assert [(r["company"], r["measure"], r["persons"]) for r in result["enforcement_actions"]] == [
        ("阳川化工", "warning", ["王建国", "李明华"])
    ]
    # People the story never tied to its company stay unfiled.
    stranger = run(
        "6月3日,阳川化工(600902.SH)披露了年度报告。\n针对短线交易行为,江苏证监局决定对赵小红给予警告。",
        known_names=REGISTRY,
    )
    assert stranger["enforcement_actions"] == []


def test_an_investigation_opened_again_is_still_an_investigation():
    for again in ("再次", "两度", "又"):
        result = run(f"ST青岚6月3日公告,公司实控人王建国年内被证监会{again}立案。", known_names=REGISTRY)
        assert actions(result) == [("ST青岚", "investigation", "2025-06-03")], again


def test_slang_right_after_labelled_names_is_a_change_even_undated():
    result = run("近周,*ST岳林、ST青岚摘帽,ST海川摘星。", published=None)
    assert sorted(statuses(result)) == sorted(
        [("*ST岳林", None, "normal", None), ("ST青岚", None, "normal", None), ("ST海川", "*ST", "ST", None)]
    )
    # Hopes and plain names are no change.
    assert statuses(run("ST青岚有望摘帽,阳川化工摘帽。", published=None)) == []


def test_the_resumption_told_of_another_company_dates_no_change():
    result = run(
        "3月24日晚,ST青岚和阳川化工公告称,公司股票将被实施退市风险警示。阳川化工公告,公司股票将于2025年3月25日"
        "停牌一天,并于2025年3月26日开市起复牌。",
        known_names=REGISTRY,
    )
    assert sorted((r["company"], r["to"], r["effective_date"]) for r in result["status_changes"]) == sorted(
        [("ST青岚", "*ST", None), ("阳川化工", "*ST", "2025-03-26")]
    )


def test_the_halt_and_resumption_may_open_the_next_paragraph():
    result = run(
        "9月26日晚,阳川化工发布公告称,因控股股东资金占用未能在规定期限内清偿,公司股票将被实施其他风险警示。\n"
        "自9月27日开市起,公司股票停牌一天,9月28日开市起复牌。\n"
        "9月26日,阳川化工开盘后不久跌停。",
        published="2025-09-27",
        known_names=REGISTRY,
    )
    assert statuses(result) == [("阳川化工", None, "ST", "2025-09-28")]


def test_a_short_name_that_becomes_an_st_name_in_other_words():
    for becomes in ("变为", "变为了", "变成"):
        result = run(f"阳川化工公告称,公司股票于6月5日起简称{becomes}“ST阳川”。", known_names=REGISTRY)
        assert statuses(result) == [("阳川化工", None, "ST", "2025-06-05")], becomes


def test_a_pronoun_s_stock_renamed_to_an_st_name_made_of_its_short_name():
    result = run(
        "阳川化工6月3日晚间发布公告。因控股股东资金占用未能在规定期限内清偿,自6月5日起,公司股票简称将变为“ST阳川”。",
        known_names=REGISTRY,
    )
    assert statuses(result) == [("阳川化工", None, "ST", "2025-06-05")]
    # An ST name not made of the company's name is no change of its.
    other = run(
        "阳川化工6月3日晚间发布公告。自6月5日起,公司股票简称将变为“ST海川”。", known_names=REGISTRY
    )
    assert statuses(other) == []


def test_days_and_companies_listed_with_fenbie_pair_in_order():
    result = run(
        "10月23日、25日,ST青岚、*ST岳林分别披露公告称,收到证监会《行政处罚及市场禁入事先告知书》。",
        published="2025-10-30",
        known_names=REGISTRY,
    )
    assert sorted((r["company"], r["date"]) for r in result["enforcement_actions"]) == [
        ("*ST岳林", "2025-10-25"), ("ST青岚", "2025-10-23")
    ]
    # Without 分别 (or with a count that does not fit) the day is the one told last.
    unpaired = run("10月23日、25日,ST青岚、*ST岳林、阳川化工分别收到监管函。", published="2025-10-30", known_names=REGISTRY)
    assert {r["date"] for r in unpaired["enforcement_actions"]} == {"2025-10-25"}


def test_a_weekly_supervision_round_up():
    # Companies disciplined, listed after "受处分公司中,包括".
    disciplined = run("沪市受处分公司中,包括阳川化工、东方资讯、ST青岚,均为1月受处分。", known_names=REGISTRY)
    assert sorted((r["company"], r["measure"]) for r in disciplined["enforcement_actions"]) == [
        ("ST青岚", "other"), ("东方资讯", "other"), ("阳川化工", "other")
    ]
    # A tally of cases ("对23起…行为") is nobody's record, though a company was named earlier in the sentence.
    tally = run(
        "上交所对*ST岳林等风险警示股票和阳川化工等严重异常波动股票进行重点监控,对23起虚假申报等异常交易行为"
        "采取了书面警示等监管措施。",
        known_names=REGISTRY,
    )
    assert tally["enforcement_actions"] == []


def test_a_notice_of_a_proposed_ban_named_by_its_title_is_proposed():
    # The page goes on to the final decision, so the notice alone has to say what it proposes.
    result = run(
        "ST青岚于2025年2月8日收到中国证监会广东监管局下发的《行政处罚及市场禁入事先告知书》(广东证监处罚字[2025]2号)。"
        "2025年5月10日,公司收到《行政处罚决定书》及《市场禁入决定书》。",
        known_names=REGISTRY,
    )
    assert [(r["measure"], r["date"], r.get("proposed")) for r in result["enforcement_actions"]] == [
        ("market_ban", "2025-02-08", True), ("market_ban", "2025-05-10", None)
    ]


def test_a_rename_of_both_share_classes_names_the_a_share():
    result = run(
        "2、公司股票自2025年7月9日起被实施“其他风险警示”,公司股票简称由“北岸物流、北岸B”变更为“ST北岸、ST北岸B”。"
    )
    assert [c["short_names"] for c in result["companies"]] == [["北岸物流", "ST北岸"]]
    assert statuses(result) == [("ST北岸", "normal", "ST", "2025-07-09")]


def test_yesterday_evening_is_no_part_of_an_announcer_s_name():
    result = run("阳川化工昨晚发布公告称,该公司于6月5日收到中国证监会的行政处罚决定书,对公司给予警告。")
    assert company_names(result) == ["阳川化工"]


def test_a_record_names_its_company_by_the_short_name_the_page_gives():
    result = run(
        "阳川示例化工股份有限公司(以下简称“阳川化工”)公告,公司于6月3日收到江苏证监局出具的警示函。\n"
        "江苏证监局决定对阳川示例化工股份有限公司采取责令改正措施。"
    )
    assert {r["company"] for r in result["enforcement_actions"]} == {"阳川化工"}
    assert result["companies"][0]["full_name"] == "阳川示例化工股份有限公司"
    # With no short name on the page, the full name it is.
    alone = run("江苏证监局决定对阳川示例化工股份有限公司采取责令改正措施。")
    assert [r["company"] for r in alone["enforcement_actions"]] == ["阳川示例化工股份有限公司"]


def test_a_decision_received_lately_is_not_dated_by_the_notice_received_before():
    announcement = (
        "证券代码:600901 证券简称:ST青岚 公告编号:2025-050\n"
        "青岚示例科技股份有限公司关于收到市场禁入决定书的公告\n"
        "青岚示例科技股份有限公司(以下简称“公司”)于2025年4月7日收到中国证券监督管理委员会送达的"
        "《行政处罚及市场禁入事先告知书》。\n"
        "近日,公司及相关人员收到中国证券监督管理委员会送达的《市场禁入决定书》(〔2025〕21号)。"
    )
    result = run(announcement, published="2025-07-14")
    assert sorted((r["measure"], r["date"], r.get("proposed")) for r in result["enforcement_actions"]) == [
        ("market_ban", "2025-04-07", True), ("market_ban", "2025-07-14", None)
    ]


def test_an_officer_of_the_company_named_before_a_passive_measure_is_its_person():
    result = run(
        "阳川化工6月5日晚公告,公司原董事长周志远被中国证监会采取5年证券市场禁入措施,"
        "财务总监兼董事会秘书钱雨被湖南证监局出具警示函。",
        known_names=REGISTRY,
    )
    found = [(r["company"], r["measure"], r["persons"]) for r in result["enforcement_actions"]]
    assert found == [("阳川化工", "market_ban", ["周志远"]), ("阳川化工", "warning_letter", ["钱雨"])]
    investigated = run("阳川化工董事长周志远因涉嫌信息披露违法违规被中国证监会立案调查。", known_names=REGISTRY)
    assert [(r["measure"], r["persons"]) for r in investigated["enforcement_actions"]] == [("investigation", ["周志远"])]
    # The company itself is named, not targeted: after a comma its officer's words are no target list.
    said = run("阳川化工董事长周志远表示,公司6月5日收到湖南证监局出具的警示函。", known_names=REGISTRY)
    assert [r["persons"] for r in said["enforcement_actions"]] == [[]]


def test_a_header_whose_word_for_number_lost_a_character_still_ends_the_short_name():
    # A PDF-derived announcement: "公告编号" printed "公编号", the blanks before it gone.
    result = run(
        "证券代码:600901 证券简称:ST青岚 公编号:2025-031\n"
        "青岚示例科技股份有限公司(以下简称“公司”)于2025年6月5日收到上海证券交易所下发的《问询函》。"
    )
    assert result["companies"][0]["short_names"] == ["ST青岚"]
    assert actions(result) == [("ST青岚", "inquiry_letter", "2025-06-05")]


def test_the_companies_a_round_up_listed_are_what_the_next_sentence_calls_the_n_companies():
    text = (
        "6月3日晚,多家公司发布整改进展公告。上述3家公司分别为ST青岚(600901)、*ST岳林(300903)、阳川化工(600902)。"
        "公告显示,上述3家公司均在今年3月12日收到了证监局的责令改正决定。"
    )
    assert sorted(actions(run(text))) == [
        ("*ST岳林", "rectification_order", "2025-03-12"),
        ("ST青岚", "rectification_order", "2025-03-12"),
        ("阳川化工", "rectification_order", "2025-03-12"),
    ]
    # A count that does not agree with the list names some other set of companies: no record.
    assert actions(run(text.replace("上述3家公司均", "上述5家公司均"))) == []


def test_the_end_of_a_rectification_period_is_a_deadline():
    result = run("ST青岚此前公告,公司3.2亿元资金被控股股东占用,整改期至2025年9月12日。")
    assert [(d["company"], d["due_date"]) for d in result["deadlines"]] == [("ST青岚", "2025-09-12")]


def test_a_stock_leaving_the_market_formally_is_delisted_that_day():
    result = run("2025年6月9日,ST青岚正式从A股市场摘牌,结束了二十年的上市历程。")
    assert statuses(result) == [("ST青岚", "ST", "delisted", "2025-06-09")]
    assert statuses(run("若被终止上市,ST青岚将正式摘牌。")) == []


def test_letters_that_reach_a_list_of_companies_are_each_its_record():
    result = run("2025年5月20日,三份来自交易所的监管工作函同时抵达ST青岚、*ST岳林、东方资讯。", known_names=REGISTRY)
    assert sorted(actions(result)) == [
        ("*ST岳林", "work_letter", "2025-05-20"),
        ("ST青岚", "work_letter", "2025-05-20"),
        ("东方资讯", "work_letter", "2025-05-20"),
    ]


def test_the_day_a_new_short_name_takes_effect_dates_the_change():
    lifted = run("ST青岚“摘帽”成功,6月9日起简称恢复为“青岚科技”。")
    assert [(r["company"], r["to"], r["effective_date"]) for r in lifted["status_changes"]] == [
        ("ST青岚", "normal", "2025-06-09")
    ]
    imposed = run("阳川化工股票简称自6月9日起变更为“ST阳川”。", known_names=REGISTRY)
    assert statuses(imposed) == [("阳川化工", None, "ST", "2025-06-09")]
    assert statuses(run("若整改未完成,阳川化工股票简称将自7月9日起变更为“ST阳川”。", known_names=REGISTRY)) == []


def test_a_day_to_explain_to_the_letter_is_a_deadline():
    result = run("深交所对阳川化工下发关注函,要求公司在6月12日前说明资金占用情况。", known_names=REGISTRY)
    assert [(d["company"], d["due_date"]) for d in result["deadlines"]] == [("阳川化工", "2025-06-12")]
    # With no letter in the story, a day to explain something is no reply due.
    assert run("阳川化工称,公司将在6月12日前说明资金占用情况。", known_names=REGISTRY)["deadlines"] == []


def test_words_of_time_before_a_list_of_companies_are_no_company():
    result = run("今年以来,ST青岚、*ST岳林、阳川化工等公司先后收到监管部门的警示函。", known_names=REGISTRY)
    assert sorted(r["company"] for r in result["enforcement_actions"]) == ["*ST岳林", "ST青岚", "阳川化工"]
    assert "今年以来" not in company_names(result)


def test_officers_after_the_company_named_again_by_its_pronoun_are_co_targets():
    result = run("阳川化工披露,公司及董事长周志远、董秘钱雨分别收到湖南证监局出具的警示函。", known_names=REGISTRY)
    assert [(r["company"], r["persons"]) for r in result["enforcement_actions"]] == [("阳川化工", ["周志远", "钱雨"])]


def test_the_companies_a_clause_gives_as_examples_after_the_measure_are_each_its_record():
    text = (
        "上周多家上市公司披露被证监会立案调查的信息,事由多为涉嫌信息披露违法违规,"
        "如ST青岚(600901.SH)、*ST岳林(300903.SZ)、阳川化工(600902.SH)。"
    )
    assert sorted(r["company"] for r in run(text)["enforcement_actions"]) == ["*ST岳林", "ST青岚", "阳川化工"]
    tally = run("5月共有13家上市公司收到警示函,包括ST青岚、阳川化工等。", known_names=REGISTRY)
    assert sorted(actions(tally)) == [("ST青岚", "warning_letter", None), ("阳川化工", "warning_letter", None)]
    pair = run("5月16日共有两家公司收到警示函,分别为ST青岚和*ST岳林。")
    assert sorted(actions(pair)) == [("*ST岳林", "warning_letter", "2025-05-16"), ("ST青岚", "warning_letter", "2025-05-16")]
    # Examples of something else (a price fall) are no measure's.
    assert actions(run("多家公司股价大跌,如ST青岚、阳川化工。", known_names=REGISTRY)) == []


def test_a_news_story_dates_a_decision_by_the_receipt_it_gives_after_its_lead():
    text = (
        "ST青岚6月9日晚间公告,公司及相关当事人收到中国证监会《行政处罚决定书》。\n"
        "公告称,2025年6月6日,公司及实际控制人周志远收到了证监会下发的《行政处罚决定书》。\n"
        "证监会决定:对ST青岚责令改正,给予警告,并处以300万元罚款。"
    )
    assert sorted(actions(run(text))) == [
        ("ST青岚", "fine", "2025-06-06"),
        ("ST青岚", "rectification_order", "2025-06-06"),
        ("ST青岚", "warning", "2025-06-06"),
    ]
    # Without a day of receipt, the lead's day stands.
    lead_only = text.replace("公告称,2025年6月6日,公司及实际控制人周志远收到了证监会下发的《行政处罚决定书》。\n", "")
    assert {date for _, _, date in actions(run(lead_only))} == {"2025-06-09"}


def test_a_letter_of_either_kind_is_one_letter_of_no_known_kind():
    either = run("上交所已针对ST青岚、*ST岳林等多家公司的三季报发出监管问询函或工作函。")
    assert sorted(actions(either)) == [("*ST岳林", "other", None), ("ST青岚", "other", None)]
    both = run("上交所向ST青岚发出问询函及工作函。")
    assert sorted(actions(both)) == [("ST青岚", "inquiry_letter", None), ("ST青岚", "work_letter", None)]


def test_st_names_glued_into_one_coded_run_do_not_break_the_page():
    # A repost that lost the separator between two names in front of a code; the old-name scan used to fail on it.
    result = run("ST青岚*ST岳林(300903.SZ)、阳川化工被立案调查。\n青岚科技公告称,公司收到证监会警示函。")
    found = sorted(actions(result))
    assert ("*ST岳林", "investigation", None) in found and ("ST青岚", "investigation", None) in found
    assert [a for a in found if a[1] == "warning_letter"] == [("青岚科技", "warning_letter", None)]
    assert {c["short_names"][0]: c["code"] for c in result["companies"]}["*ST岳林"] == "300903"


def test_the_label_used_as_a_verb_is_a_change():
    # "被ST", "被*ST后": news writes the label as what happens to the stock.
    imposed = run("阳川化工公告,公司股票将于6月11日起被ST。", known_names=REGISTRY)
    assert statuses(imposed) == [("阳川化工", None, "ST", "2025-06-11")]
    after = run("因年报被出具无法表示意见的审计报告,阳川化工股票自2025年4月30日起被*ST后连续跌停。", known_names=REGISTRY)
    assert statuses(after) == [("阳川化工", None, "*ST", "2025-04-30")]
    # Undated, a change mentioned in passing is still one ("因年报存在虚假记载而均被ST后"); an ST name after 被 is
    # no label; a condition and a description ("被ST的公司") are none.
    assert statuses(run("阳川化工此前被ST,目前仍在整改。", known_names=REGISTRY)) == [("阳川化工", None, "ST", None)]
    listed = run("本月,阳川化工(600902)、东方资讯(300904)等多家公司因年报存在虚假记载而均被ST后,"
                 "又一家上市公司青岚港(600190)也因相同的原因被ST。")
    assert sorted(s["company"] for s in listed["status_changes"]) == ["东方资讯", "阳川化工", "青岚港"]
    assert statuses(run("阳川化工6月11日被ST岳林的控股股东起诉。", known_names=REGISTRY)) == []
    assert statuses(run("今年以来被ST的公司有12家,阳川化工不在其中。", known_names=REGISTRY)) == []
    assert statuses(run("阳川化工若6月30日前未完成整改,股票将被*ST。", known_names=REGISTRY)) == []


def test_an_st_name_given_without_quotes_is_the_new_name():
    result = run("阳川化工公告,自6月11日起公司股票简称变更为*ST阳川,日涨跌幅限制为5%。", known_names=REGISTRY)
    assert statuses(result) == [("阳川化工", None, "*ST", "2025-06-11")]
    assert result["companies"][0]["short_names"] == ["阳川化工", "*ST阳川"]
    # A plain name without quotes is not taken: the words after 变更为 may be anything.
    assert statuses(run("阳川化工公告,自6月11日起公司股票简称变更为阳川股份。", known_names=REGISTRY)) == []


def test_a_spinner_s_danger_warning_is_the_risk_warning():
    # Another spinner's swaps: 实施 -> 施行, 风险 -> 危险, 撤销 -> 吊销, 事先告知书 -> 事前奉告书, 申请 -> 请求.
    result = run(
        "阳川化工公告,公司于2025年6月3日收到《行政处罚事前奉告书》。因公司年报存在虚假记载,股票交易将被施行其他危险警示,"
        "公司股票自2025年6月5日开市起停牌1天,并于2025年6月6日开市起复牌。公司将在收到处罚决定之日起满十二个月后"
        "向上交所请求吊销其他危险警示。",
        known_names=REGISTRY,
    )
    assert statuses(result) == [("阳川化工", None, "ST", "2025-06-06")]


def test_a_warning_takes_effect_on_the_resumption_the_same_sentence_gives():
    result = run("阳川化工公告,因年报存在虚假记载,股票交易将被实施其他风险警示,公司股票自2025年6月5日开市起停牌1天,"
                 "并于2025年6月6日开市起复牌。", known_names=REGISTRY)
    assert statuses(result) == [("阳川化工", None, "ST", "2025-06-06")]


def test_an_investigation_told_by_how_long_it_took_is_no_new_record():
    # A story about how fast cases are decided names companies whose investigations are over.
    fast = run("今年查办效率明显提速,如阳川化工(600902.SH)从被立案调查到收到处罚决定书仅用时20天。", known_names=REGISTRY)
    assert actions(fast) == []
    short = run("ST青岚、阳川化工等2家公司的立案调查用时不超过一个月。", known_names=REGISTRY)
    assert actions(short) == []
    # A decision's account of its own procedure is no investigation either.
    decision = run("依据《证券法》的有关规定,我局对阳川化工信息披露违法违规行为进行了立案调查、审理,并依法向当事人告知了"
                   "作出行政处罚的事实、理由、依据。", known_names=REGISTRY)
    assert [a for a in actions(decision) if a[1] == "investigation"] == []
    # A new case stays one.
    assert actions(run("阳川化工6月5日公告,公司收到证监会《立案告知书》。", known_names=REGISTRY)) == [
        ("阳川化工", "investigation", "2025-06-05")
    ]


def test_a_company_described_before_its_name_still_announces():
    result = run("10月21日,一央企子公司岚川应急披露公告称,公司近日收到证监会下发的《立案告知书》。")
    assert actions(result) == [("岚川应急", "investigation", "2024-10-21")]
    # "该公司发布…公告称" names no company: the description is a pronoun's.
    assert company_names(run("ST青岚近期涨幅较大。该公司发布风险提示公告称,公司收到证监会《立案告知书》。")) == ["ST青岚"]


def test_one_stock_code_is_one_company():
    # A portal's heading ("600901:青岚科技…的公告", the registry's name and code) above the announcement's own
    # header with its ST name.
    result = run(
        "首页 公告 600901:青岚科技关于公司股票被实施退市风险警示暨临时停牌的公告\n\n公告日期:2025-06-10\n\n"
        "证券代码:600901            证券简称:ST青岚        编号:临2025-026\n\n"
        "          青岚科技股份有限公司关于\n\n  公司股票被实施退市风险警示暨临时停牌的公告\n\n"
        "公司股票将于2025年6月12日起实施退市风险警示,股票简称由“ST青岚”变更为“*ST青岚”。",
        known_names={"青岚科技": "code:600901", "阳川化工": "code:600902"},
    )
    assert [(c["code"], c["short_names"]) for c in result["companies"]] == [("600901", ["青岚科技", "ST青岚", "*ST青岚"])]
    assert [(s["from"], s["to"], s["effective_date"]) for s in result["status_changes"]] == [("ST", "*ST", "2025-06-12")]


def test_the_company_a_dated_letter_goes_to_is_not_read_with_the_day_s_to():
    result = run("深交所6月5日向岚川药(000716.SZ)下发关注函,要求公司说明增资原因。")
    assert actions(result) == [("岚川药", "concern_letter", "2025-06-05")]


def test_the_partner_in_a_reason_is_not_the_one_fined():
    result = run("6月6日晚间,ST青岚公告收到证监会的《立案告知书》,阳川化工则因与东方资讯签订的合同公告存在误导性陈述,"
                 "拟被处以罚款。", known_names=REGISTRY)
    assert sorted(actions(result)) == [("ST青岚", "investigation", "2025-06-06"), ("阳川化工", "fine", "2025-06-06")]


def test_a_list_of_coded_names_with_a_portal_s_figures_is_each_its_record():
    result = run("已有十余家公司因上述原因收到警示函,包括岚川能源(SZ000027,股价6.48元,市值308亿元)、"
                 "岚山集团(SZ000039,股价8.83元,市值476亿元)和岚海啤酒(SZ000729,股价8.92元,市值251亿元)等。")
    assert set(actions(result)) == {("岚川能源", "warning_letter", None), ("岚山集团", "warning_letter", None),
                                    ("岚海啤酒", "warning_letter", None)}
    assert sorted(c["code"] for c in result["companies"]) == ["000027", "000039", "000729"]


def test_a_dateline_glued_to_a_declared_name_is_no_part_of_it():
    result = run("中新经纬客户端11月26日电 岚川生物(证券简称:岚川退)26日晚间公告称,公司股票的退市整理期已结束。"
                 "公司股票已被深交所决定终止上市,将在2019年11月27日被深交所摘牌。", published="2019-11-26")
    assert [c["short_names"] for c in result["companies"]] == [["岚川生物", "岚川退"]]
    assert statuses(result) == [("岚川退", None, "delisted", "2019-11-27")]


def test_the_second_of_two_announcers_is_declared():
    result = run("5月14日,深交所和岚川网分别发布公告称,公司股票将被终止上市。2020年5月14日,深交所决定岚川网股票终止上市。",
                 published="2020-05-15")
    assert statuses(result) == [("岚川网", None, "delisted", "2020-05-14")]


def test_an_order_with_only_its_period_is_an_order_and_its_failure_is_a_condition():
    result = run("ST青岚公告,2024年5月10日,公司被责令6个月内完成整改,未完成整改将被实施退市风险警示。",
                 known_names=REGISTRY)
    assert actions(result) == [("ST青岚", "rectification_order", "2024-05-10")]
    assert statuses(result) == []
    # A failure that happened is a cause, not a condition.
    caused = run("ST青岚公告,因未完成整改将被实施退市风险警示。", known_names=REGISTRY)
    assert [(s["company"], s["to"]) for s in caused["status_changes"]] == [("ST青岚", "*ST")]


def test_a_delisting_decided_and_carried_out_in_one_sentence_is_dated_by_the_day_the_shares_leave():
    # The dateline's day stands before the decision in the same sentence.
    result = run("新华社北京11月26日电 岚川生物(证券简称:岚川退)晚间公告称,公司股票已被深交所决定终止上市,"
                 "将在2019年11月27日被深交所摘牌。", published="2019-11-26")
    assert statuses(result) == [("岚川退", None, "delisted", "2019-11-27")]


def test_the_warning_as_a_verb_is_a_change():
    # "被退市风险警示" / "遭退市风险警示": the warning without 实施, as news writes it.
    result = run("阳川化工连续两年亏损被退市风险警示,股价连续跌停。", known_names=REGISTRY)
    assert statuses(result) == [("阳川化工", None, "*ST", None)]
    listed = run("ST青岚、东方资讯、*ST岳林等3只股票发布公告要遭退市风险警示。", known_names=REGISTRY)
    assert sorted((s["company"], s["to"]) for s in listed["status_changes"]) == [
        ("*ST岳林", "*ST"), ("ST青岚", "*ST"), ("东方资讯", "*ST")]
    # "3只股票" is a count, never a company; a reason, a period and a condition are no change.
    assert "只股票" not in company_names(listed)
    for text in ("阳川化工此前被退市风险警示的原因已消除。", "阳川化工被退市风险警示期间,将每月披露进展。",
                 "如果2025年继续亏损,阳川化工将被退市风险警示。"):
        assert statuses(run(text, known_names=REGISTRY)) == [], text


def test_a_word_ending_in_deng_is_no_old_name():
    # "、全新好等9只股票": 等 closes the list; "全新好等" is not an old name of *ST全新.
    result = run("*ST全新此前公告。ST青岚、全新好等2只股票被实施退市风险警示。")
    assert [(s["company"], s["to"]) for s in result["status_changes"]] == [("ST青岚", "*ST")]
    assert company_names(result) == ["ST青岚"]


def test_a_short_name_after_the_code_in_a_full_name_s_brackets_is_its_short_name():
    result = run("青岚示例集团股份有限公司(证券代码:603230,证券简称:岚新集团)于2025年5月19日收到湖南证监局下发的"
                 "《关于对青岚示例集团股份有限公司采取责令改正措施的决定》。岚新集团表示将积极整改。",
                 known_names={"岚新集团": 4366, "阳川化工": 4367})
    assert [(c["full_name"], c["short_names"], c["code"]) for c in result["companies"]] == [
        ("青岚示例集团股份有限公司", ["岚新集团"], "603230")]
    assert actions(result) == [("岚新集团", "rectification_order", "2025-05-19")]


def test_a_repayment_put_off_to_a_day_is_a_deadline_and_a_halt_put_off_is_not():
    result = run("*ST岳林披露,非经营性资金占用余额为10.7亿元,控股股东申请归还资金延期至2021年1月31日前。",
                 published="2020-11-29")
    assert [(d["company"], d["due_date"], d["obligation"]) for d in result["deadlines"]] == [
        ("*ST岳林", "2021-01-31", "归还资金(延期后)")]
    assert run("*ST岳林披露,公司股票交易延期至2021年1月31日前。", published="2020-11-29")["deadlines"] == []


def test_a_company_becoming_an_st_name_is_a_warning_imposed():
    result = run("此外,阳川化工也因为同样的原因将在6月16日变成“ST阳川”,股票交易的日涨跌幅限制为5%。", known_names=REGISTRY)
    assert statuses(result) == [("阳川化工", None, "ST", "2025-06-16")]
    # A condition stays one, and "变身*ST股" names no stock.
    assert statuses(run("阳川化工若未能整改,可能变成ST阳川。", known_names=REGISTRY)) == []
    assert statuses(run("ST青岚、*ST岳林在年报披露后变身*ST股。", known_names=REGISTRY)) == []


def test_payments_of_the_money_taken_promised_for_a_day_are_deadlines():
    paid = run("ST青岚公告称,控股股东曾在法院调解中承诺将于2022年8月31日前向公司支付5,000万元资金占用款。",
               published="2022-10-20")
    assert [(d["due_date"], d["obligation"], d["amount_yuan"]) for d in paid["deadlines"]] == [
        ("2022-08-31", "支付资金占用款", 50000000)]
    instalment = run("ST青岚公告称,实控人承诺及时偿还其余款项,其中2022年11月1日偿还金额不低于2000万元。",
                     published="2022-10-20")
    assert [(d["due_date"], d["amount_yuan"]) for d in instalment["deadlines"]] == [("2022-11-01", 20000000)]
    # A dividend is no money taken; a repayment made is no promise.
    for text in ("ST青岚公告称,公司将于2022年12月30日前向股东支付现金红利。",
                 "ST青岚公告称,控股股东承诺,2022年11月1日归还了2000万元。"):
        assert run(text, published="2022-10-20")["deadlines"] == [], text


def test_a_measure_quoted_as_a_rumour_is_no_record():
    result = run("阳川化工披露,公司关注到网络上出现了“公司被封”、“公司被立案调查”等诸多传言,上述传闻均为谣言。",
                 known_names=REGISTRY)
    assert actions(result) == []
    # Quotes alone do not make a rumour.
    quoted = run("阳川化工公告,公司收到证监会《立案告知书》,“公司被立案调查”一事已如实披露。", known_names=REGISTRY)
    assert [a[1] for a in actions(quoted)] == ["investigation"]


def test_a_phrase_that_opens_a_list_is_no_company():
    result = run("具体来看,ST青岚、阳川化工、*ST岳林等3家是公司本身被立案调查。", known_names=REGISTRY)
    assert "具体来看" not in company_names(result)


def test_the_agent_of_a_passive_is_not_whom_a_later_pronoun_means():
    result = run(
        "阳川化工公告,公司股东青岚投资收到湖南证监局《关于对青岚投资采取出具警示函措施的决定》。\n"
        "经查,你公司持有的阳川化工股份于2025年5月21日被东方资讯股份有限公司以集中竞价方式强制平仓,未披露减持计划。"
        "我局决定对你公司采取出具警示函的行政监管措施。",
        known_names=REGISTRY,
    )
    assert "东方资讯股份有限公司" not in [a[0] for a in actions(result)]


def test_a_spun_ban_and_warning_read_as_the_measures():
    result = run("*ST岳林(300903)公告称,公司收到中国证监会下发的《行政处罚及商场禁入事前奉告书》。"
                 "证监会拟决议责令*ST岳林改正,给予正告,并处以60万元的罚款;对董事长张三采取10年商场禁入措施。")
    assert {a[1] for a in actions(result)} == {"rectification_order", "warning", "fine", "market_ban"}


def test_a_headline_s_st_name_is_the_declared_one_when_a_character_follows():
    # "-ST岳林收“预罚单”": 收 starts the next word; the page declares *ST岳林 with its code.
    result = run("-ST岳林收“预罚单”被罚款60万元\n4月12日晚间,*ST岳林(300903)发布公告称,公司收到中国证监会下发的"
                 "《行政处罚事先告知书》,拟被罚款60万元。")
    assert [n for c in result["companies"] for n in c["short_names"] if n.endswith("收")] == []
    assert [a[0] for a in actions(result)] == ["*ST岳林"]


def test_a_dated_warning_without_its_kind_is_the_st_the_notice_announces():
    # A broker's notice: "将被实施风险警示", the new name, and the day it takes effect.
    result = run("根据交易所公告,青岚示例股份有限公司(股票简称:阳川化工,股票代码:600902)公司股票交易触及其他风险警示情形,"
                 "将被实施风险警示。A股股票简称由“阳川化工”变更为“ST阳川”;公司股票将于2025年4月22日停牌1天,"
                 "2025年4月23日起实施风险警示。", known_names=REGISTRY)
    assert [(s["from"], s["to"], s["effective_date"]) for s in result["status_changes"]] == [("normal", "ST", "2025-04-23")]
    # Undated, or the board it trades on, it is nothing by itself.
    assert statuses(run("阳川化工的股票将被实施风险警示。", known_names=REGISTRY)) == []
    assert statuses(run("阳川化工于2025年4月23日起在风险警示板交易,实施风险警示板交易规则。", known_names=REGISTRY)) == []


def test_an_exchange_s_supervisory_warning_is_no_penalty_warning():
    result = run("今年3月5日,上海证券交易所发布通告,对阳川化工及其实际控制人张三给予监管警告。", known_names=REGISTRY)
    assert actions(result) == [("阳川化工", "other", "2025-03-05")]
    # The penalty stays one.
    penalty = run("湖南证监局决定对阳川化工给予警告,并处以100万元罚款。", known_names=REGISTRY)
    assert sorted(a[1] for a in actions(penalty)) == ["fine", "warning"]


def test_an_investigation_is_dated_by_the_decision_the_notice_quotes():
    result = run("12月3日晚间,阳川化工发布公告称,公司及董事长张三收到中国证监会的《立案告知书》,因涉嫌信息披露违法违规,"
                 "11月27日,中国证监会决定立案。", known_names=REGISTRY, published="2021-12-04")
    assert actions(result) == [("阳川化工", "investigation", "2021-11-27")]
    quoted = run("ST青岚公告,公司于2021年9月18日收到中国证监会《立案告知书》:“因涉嫌信息披露违法违规,2021年9月1日,"
                 "我会决定对你单位立案”。", known_names=REGISTRY)
    assert actions(quoted) == [("ST青岚", "investigation", "2021-09-01")]
    # Without a decision's day, the receipt dates it.
    received = run("ST青岚公告,公司于2021年9月18日收到中国证监会《立案告知书》。", known_names=REGISTRY)
    assert actions(received) == [("ST青岚", "investigation", "2021-09-18")]


def test_an_exchange_s_warning_given_to_someone_is_a_supervisory_measure():
    result = run("今年9月16日,ST青岚还发布一份公告,称上海证券交易所给予公司股东警示,原因在于此前的减持行为未按规定披露信息。",
                 published="2021-12-04")
    assert actions(result) == [("ST青岚", "other", "2021-09-16")]
    # A risk warning and a warning letter are other things.
    assert actions(run("ST青岚公告,上交所决定对公司股票交易予以其他风险警示。")) == []
    assert [a[1] for a in actions(run("ST青岚公告,证监局决定给予公司出具警示函措施。"))] == ["warning_letter"]



def test_letters_received_again_and_again_in_summary_give_no_record():
    # A habit told in passing: no letter, no day, no count.
    result = run("阳川化工此前已多次收到证监会、深交所的警示函、监管函、关注函,公司治理问题突出。", known_names=REGISTRY)
    assert actions(result) == []
    assert actions(run("ST青岚近年来屡次被上交所出具监管工作函。", known_names=REGISTRY)) == []
    assert actions(run("这并不是阳川化工第一次因为类似事情接二连三的收到监管函。", known_names=REGISTRY)) == []
    reasons = "阳川化工此前已多次因财务风险、未及时披露关联方占用资金等问题收到证监会、深交所的警示函、监管函。"
    assert actions(run(reasons, known_names=REGISTRY)) == []
    assert actions(run("自从5月以来,ST青岚几乎每月都会收到上交所监管函。", known_names=REGISTRY)) == []
    # A letter of its own, after a fault repeated many times, is one; so is a dated receipt.
    one = run("阳川化工多次未按期披露定期报告,深交所于5月6日向公司发出关注函。", known_names=REGISTRY)
    assert actions(one) == [("阳川化工", "concern_letter", "2025-05-06")]
    dated = run("阳川化工公告,公司于2024年3月8日多次收到深交所关注函。", known_names=REGISTRY)
    assert actions(dated) == [("阳川化工", "concern_letter", "2024-03-08")]


def test_a_full_name_after_the_verb_of_taking_starts_after_it():
    result = run("阳川化工公告,控股股东出具了《青岚实业关于占用阳川化工股份有限公司资金的还款计划》,承诺2021年1月31日前,"
                 "归还资金不低于3.8亿元。", published="2021-01-20", known_names=REGISTRY)
    assert company_names(result) == ["阳川化工股份有限公司"]
    assert [(d["company"], d["due_date"]) for d in result["deadlines"]] == [("阳川化工", "2021-01-31")]


def test_a_letter_the_company_received_may_describe_it_before_its_name():
    result = run("上周刚收了监管函的阳川化工又出事了!公司公告称,控股股东占用资金余额为3亿元。", known_names=REGISTRY)
    assert actions(result) == [("阳川化工", "regulatory_letter", None)]
    assert actions(run("阳川化工上周刚吃了一张关注函。", known_names=REGISTRY)) == [("阳川化工", "concern_letter", None)]
    # Who sent it, not who got it, before the letter: no record for the company after.
    assert actions(run("深交所发出的关注函引起了阳川化工股东的注意。", known_names=REGISTRY)) == []


def test_a_letter_with_a_long_title_is_still_the_letter_its_sender_sent():
    text = ("5月5日,阳川化工披露称,公司于4月30日收到上交所下发的《关于阳川化工(集团)股份有限公司2019年年度报告有关"
            "非经营性资金占用事项的监管工作函》。")
    result = run(text, published="2020-05-22", known_names=REGISTRY)
    assert actions(result) == [("阳川化工", "work_letter", "2020-04-30")]
    assert company_names(result) == ["阳川化工(集团)股份有限公司"]
    assert result["companies"][0]["short_names"] == ["阳川化工"]


def test_a_short_name_of_stem_and_gufen_is_the_full_name_that_starts_with_the_stem():
    result = run("5月5日,金岭股份披露称,公司收到上交所下发的《关于金岭企业(集团)股份有限公司有关事项的监管工作函》。",
                 published="2020-05-22", known_names={"金岭股份": "code:600080"})
    assert [r["company"] for r in result["enforcement_actions"]] == ["金岭股份"]
    assert result["companies"] == [{"full_name": "金岭企业(集团)股份有限公司", "short_names": ["金岭股份"], "code": "600080"}]


def test_a_headline_s_supervision_letter_is_the_work_letter_of_the_story():
    text = ("阳川化工:因资金占用事项收到上交所监管函\n"
            "5月5日,阳川化工披露称,公司于4月30日收到上交所下发的《关于阳川化工有关事项的监管工作函》。监管函指出,公司存在问题。")
    assert actions(run(text, published="2020-05-22", known_names=REGISTRY)) == [("阳川化工", "work_letter", "2020-04-30")]
    # A supervision letter of its own stays.
    both = run("阳川化工公告,公司于4月30日收到上交所监管工作函。5月8日,公司收到上交所监管函。", published="2020-05-22",
               known_names=REGISTRY)
    assert sorted(a[1:] for a in actions(both)) == [("regulatory_letter", "2020-05-08"), ("work_letter", "2020-04-30")]


def test_a_rule_quoted_with_its_condition_is_no_change():
    text = ("阳川化工公告,公司收到监管工作函。根据《上海证券交易所股票上市规则》,公司存在控股股东非经营性占用资金,"
            "情形严重的,将被实施其他风险警示(ST)。")
    assert statuses(run(text, known_names=REGISTRY)) == []
    dated = run("阳川化工公告,根据《股票上市规则》第9.8.1条,公司股票将于2025年5月6日起被实施其他风险警示。",
                known_names=REGISTRY)
    assert statuses(dated) == [("阳川化工", None, "ST", "2025-05-06")]


def test_an_order_without_its_name_in_a_supervisory_decision_to_rectify():
    text = "ST青岚公告,公司已于2024年5月10日收到重庆证监局的行政监管措施决定书,要求公司在六个月内完成整改。"
    assert actions(run(text, known_names=REGISTRY)) == [("ST青岚", "rectification_order", "2024-05-10")]
    # The spinner's words for it.
    spun = "ST青岚公告,其通常控制人非运营性占用公司资金。公司已于2024年5月10日收到重庆证监局的行政监管措施选择,要求公司在六个月内成功整改。"
    assert actions(run(spun, known_names=REGISTRY)) == [("ST青岚", "rectification_order", "2024-05-10")]
    # A warning letter's decision asks for rectification too: the letter is the measure.
    letter = "ST青岚公告,公司于2024年5月10日收到浙江证监局出具警示函的行政监管措施决定书,要求公司在六个月内完成整改。"
    assert actions(run(letter, known_names=REGISTRY)) == [("ST青岚", "warning_letter", "2024-05-10")]


def test_a_site_s_tag_before_a_code_is_no_company():
    text = ("资金占用高达32.79% ST岭南被责令整改 (资金占用量大)\n\nadmin1 6个月前 (09-27) 阅读数 39 #银行\n\n(002742)近日公布公告,披露其实际控制人"
            "非经营性占用公司资金余额达1.1亿元。针对此问题,公司已于2024年5月10日收到重庆证监局的责令改正决定。")
    result = run(text, published="2024-09-27")
    assert company_names(result) == ["ST岭南"]
    assert actions(result) == [("ST岭南", "rectification_order", "2024-05-10")]


def test_the_label_talked_about_is_no_company():
    result = run("“家纺第一股”突发ST警报,近11亿元被新东家占用\n上周刚收了监管函的阳川化工又出事了!", known_names=REGISTRY)
    assert company_names(result) == ["阳川化工"]
    assert actions(result) == [("阳川化工", "regulatory_letter", None)]


def test_a_secretary_given_supervisory_attention_beside_a_criticism():
    text = ("ST青岚1月4日晚间发布公告称,公司于2020年12月31日收到上海证券交易所纪律处分决定书及相关监管关注的决定,公司、"
            "实际控制人张大伟及有关责任人被予以通报批评,董事会秘书李小明予以监管关注。")
    result = run(text, published="2021-01-06", known_names=REGISTRY)
    got = sorted((r["measure"], r["date"], tuple(r["persons"])) for r in result["enforcement_actions"])
    assert got == [("circulated_criticism", "2020-12-31", ("张大伟",)), ("other", "2020-12-31", ("李小明",))]
    # The bare 纪律处分 beside the criticism it names is that criticism, once.
    plain = run("ST青岚公告,公司收到上交所纪律处分决定书,公司被予以通报批评。", known_names=REGISTRY)
    assert [r["measure"] for r in plain["enforcement_actions"]] == ["circulated_criticism"]
    # The last officer of a long list that began with 对 is not the measure's only target.
    listed = run("上交所作出如下纪律处分决定:对阳川化工及实际控制人暨时任董事长张大伟,关联方青岚示例建筑材料有限公司、"
                 "青岚示例养生山城有限公司,公司时任董事长兼总裁李小四,时任董事长赵小六,时任董事兼总裁钱小七,"
                 "时任董事兼财务总监王小五予以公开谴责。", known_names=REGISTRY)
    assert [r["persons"] for r in listed["enforcement_actions"]] != [["王小五"]]
    alone = run("6月3日,上交所对ST青岚予以纪律处分。", known_names=REGISTRY)
    assert [r["measure"] for r in alone["enforcement_actions"]] == ["other"]
    # The records carry the contract's fields only.
    assert not [k for r in result["enforcement_actions"] + alone["enforcement_actions"] for k in r if k.startswith("_")]


def test_an_announcer_described_before_its_name():
    text = ("1月18日晚间,去年底曾爆出巨额商誉减值的青岚科技公告称,如果公司控股股东未能在2021年1月25日前解决非经营性占用"
            "公司资金问题,公司股票将于当日开市起停牌一天。")
    result = run(text, published="2021-01-21")
    assert [(d["company"], d["due_date"]) for d in result["deadlines"]] == [("青岚科技", "2021-01-25")]
    # A document described so is no company.
    described = run("市场关注的业绩预告公告称,阳川化工5月6日收到深交所关注函。", known_names=REGISTRY)
    assert company_names(described) == ["阳川化工"]


def test_the_investigation_behind_a_penalty_notice_is_no_new_one():
    text = ("阳川化工公告称,公司于2021年12月3日收到证监会下发的《行政处罚事先告知书》。至此,经过一年多的立案调查,公司涉嫌"
            "信息披露违法违规一案已调查完毕,证监会拟决定对公司给予警告并处40万元罚款。")
    assert sorted(a[1:] for a in actions(run(text, known_names=REGISTRY))) == [("fine", "2021-12-03"), ("warning", "2021-12-03")]
    opened = run("阳川化工公告,公司于2021年12月3日收到证监会《立案告知书》,证监会决定对公司立案调查。", known_names=REGISTRY)
    assert actions(opened) == [("阳川化工", "investigation", "2021-12-03")]


def test_the_progress_of_an_order_is_no_new_order():
    text = ("2月4日,ST青岚(600901)发布公告,公司就资金占用责令改正进展情况进行说明。截至公告披露日,占用资金余额约为4.06亿元。"
            "公司需在2026年2月25日前完成整改,否则将于2026年2月26日起被实施停牌。")
    result = run(text, published="2026-02-04", known_names=REGISTRY)
    assert actions(result) == []
    assert [(d["company"], d["due_date"]) for d in result["deadlines"]] == [("ST青岚", "2026-02-25")]
    # A progress report that names the regulator keeps the order on record, but not dated by the report.
    titled = run("ST青岚:关于被湖南证监局责令改正的进展暨风险提示公告\n2月4日,ST青岚发布公告。", published="2026-02-04",
                 known_names=REGISTRY)
    assert actions(titled) == [("ST青岚", "rectification_order", None)]
    # The order itself, received that day, is one.
    order = run("2月4日,ST青岚公告,公司收到湖南证监局责令改正措施的决定。", published="2026-02-04", known_names=REGISTRY)
    assert actions(order) == [("ST青岚", "rectification_order", "2026-02-04")]


def test_a_controller_named_before_a_passive_investigation_is_its_person():
    result = run("阳川化工6月20日晚间公告,公司实际控制人张大伟因涉嫌信息披露违法违规被中国证监会立案调查。", "2025-06-21",
                 known_names=REGISTRY)
    assert [(r["company"], r["measure"], r["date"], r["persons"]) for r in result["enforcement_actions"]] == [
        ("阳川化工", "investigation", "2025-06-20", ["张大伟"])]


def test_a_measure_on_it_is_the_story_companys():
    # "对其": the story's company, its officer or its shareholder; each way the record is the company's.
    for before in ("ST青岚因信息披露违规被调查。", "ST青岚实际控制人张大伟涉嫌违规占用资金。",
                   "ST青岚的控股股东青岚投资有限公司通过多种方式占用公司资金。"):
        result = run(before + "2025年5月9日,湖南证监局决定对其采取出具警示函的监督管理措施。", known_names=REGISTRY)
        assert actions(result) == [("ST青岚", "warning_letter", "2025-05-09")], before
    # An intermediary the sentence before introduces is whom 其 means: no record of the company.
    auditor = run("ST青岚的年报审计机构示例会计师事务所未勤勉尽责。2025年5月9日,湖南证监局决定对其采取出具警示函的措施。",
                  known_names=REGISTRY)
    assert actions(auditor) == []
    # "其股票" as before; "其他" is no pronoun.
    other = run("ST青岚发布公告。2025年5月9日,湖南证监局对其他3家公司采取出具警示函的措施。", known_names=REGISTRY)
    assert actions(other) == []


def test_the_listed_company_with_its_parties_is_the_story_companys():
    result = run("ST青岚发布公告。2025年5月9日,上交所对上市公司及控股股东、实际控制人予以公开谴责。", known_names=REGISTRY)
    assert actions(result) == [("ST青岚", "public_censure", "2025-05-09")]
    # A regulator's tally over listed companies in general is nobody's record.
    tally = run("ST青岚发布公告。今年以来,证监会对上市公司采取行政监管措施120余家次。", known_names=REGISTRY)
    assert actions(tally) == []


def test_a_decision_title_printed_over_several_lines_is_one_title():
    text = ("中国证监会湖南监管局\n关于对青岚示例科技股份有限公司、\n张大伟、李小梅\n采取出具警示函措施的决定\n〔2025〕12号\n"
            "青岚示例科技股份有限公司、张大伟、李小梅:\n经查,你公司存在以下问题。")
    result = run(text)
    assert [(r["company"], r["measure"], r["persons"]) for r in result["enforcement_actions"]] == [
        ("青岚示例科技股份有限公司", "warning_letter", ["张大伟", "李小梅"])]
    # A title that ends on its line stays a line of its own.
    assert clean_text("关于对示例科技股份有限公司的监管函\n经查,公司存在以下问题。") == (
        "关于对示例科技股份有限公司的监管函\n经查,公司存在以下问题。")


def test_the_spinners_word_for_a_circulated_criticism():
    text = "同样因为前述违规事项,深交所决定对阳川化工给予通报批判的处罚。"
    assert actions(run(text, known_names=REGISTRY)) == [("阳川化工", "circulated_criticism", None)]


def test_a_listed_three_character_name_that_starts_the_full_name_is_that_company():
    known = {**REGISTRY, "岚山港": "code:600905"}
    text = ("7月10日,岚山港集团股份有限公司公告称,7月9日收到证监会下发的《行政处罚及市场禁入事先告知书》。"
            "证监会拟对岚山港给予警告,并处以60万元罚款。")
    result = run(text, published="2025-07-11", known_names=known)
    assert full_and_short_names(result) == [("岚山港集团股份有限公司", ["岚山港"])]
    # One company: each measure once (the notice's title names a market ban too).
    assert sorted(a[1:] for a in actions(result)) == [
        ("fine", "2025-07-09"), ("market_ban", "2025-07-09"), ("warning", "2025-07-09")]
    # Two full names that start with it: the page does not say which one it is.
    two = run("岚山港集团股份有限公司与岚山港控股股份有限公司均发布公告。证监会拟对岚山港给予警告。", known_names=known)
    assert len(two["companies"]) >= 1 and all(c["short_names"] != ["岚山港"] or c["full_name"] is None
                                             for c in two["companies"])


def test_a_listed_name_inside_the_full_name_after_a_place_is_that_company():
    known = {**REGISTRY, "青禾制药": "code:300906"}
    text = ("青禾制药发布午间公告 收到责令改正决定书\n青禾制药12月8日午间公告,山西证监局于近日作出了"
            "《关于对山西青禾制药股份有限公司的责令改正决定书》,要求公司就存在的问题进行改正。")
    result = run(text, published="2011-12-08", known_names=known)
    assert full_and_short_names(result) == [("山西青禾制药股份有限公司", ["青禾制药"])]
    # The headline's order and the story's are one.
    assert actions(result) == [("青禾制药", "rectification_order", "2011-12-08")]
    # The registry's name seen only inside the full name is not what the page calls the company.
    inside = run("2月6日,青禾股份公告,公司收到浙江证监局《关于对浙江青禾制药股份有限公司采取出具警示函措施的决定》。",
                 published="2025-02-10", known_names=known)
    assert full_and_short_names(inside) == [("浙江青禾制药股份有限公司", ["青禾股份"])]
    # A longer word after it makes another company's name: "岚山石化股份有限公司" is not 岚山石's.
    other = {**REGISTRY, "岚山石": "code:600907"}
    two = run("岚山石化股份有限公司公告,公司收到证监局警示函。另据报道,岚山石股价大涨。", known_names=other)
    assert [c["short_names"] for c in two["companies"] if c["full_name"]] == [[]]


def test_a_teaser_cut_off_with_three_dots_ends_its_paragraph():
    text = ("导读 阳川化工4月28日公告,公司股票于2023年5月5日起实施退市风险警示。实施后简称...\n"
            "阳川化工4月28日公告,公司股票于2023年5月5日起实施退市风险警示。实施后A股简称为*ST阳川。")
    assert clean_text(text).split("\n")[1].startswith("阳川化工4月28日公告")
    result = run(text, published="2023-04-28", known_names={"*ST阳川": "code:600902"})
    assert [c["short_names"] for c in result["companies"]] == [["阳川化工", "*ST阳川"]]


def test_an_order_named_by_what_it_demands():
    text = "ST青岚2月12日晚公告,公司收到《行政监管措施决定书》,责令公司清收被占用的巨额资金。"
    assert actions(run(text, published="2025-02-13", known_names=REGISTRY)) == [
        ("ST青岚", "rectification_order", "2025-02-12")]
    shareholder = run("ST青岚公告,湖南证监局责令其控股股东六个月内归还占用资金。", known_names=REGISTRY)
    assert actions(shareholder) == [("ST青岚", "rectification_order", None)]
    # Repayment the shareholder promised is no order.
    promise = run("ST青岚公告,控股股东承诺六个月内归还占用资金。", known_names=REGISTRY)
    assert actions(promise) == []


def test_the_day_a_company_announced_is_not_the_day_its_warning_is_stacked():
    text = ("24日,*ST岳林(岳林科技)公告,法院裁定受理公司重整,公司股票交易将被叠加实施退市风险警示。"
            "公司股票交易将于25日起被叠加实施退市风险警示。")
    result = run(text, published="2022-10-25", known_names=REGISTRY)
    assert [s["effective_date"] for s in result["status_changes"]] == ["2022-10-25"]
    # The day of a measure it announced stays the day it tells.
    letter = run("24日,*ST岳林公告,公司收到深交所关注函。", published="2022-10-25", known_names=REGISTRY)
    assert actions(letter) == [("*ST岳林", "concern_letter", "2022-10-24")]


def test_a_summary_site_s_footnote_marks_close_its_sentences():
    text = ("ST青岚于2025年12月12日收到中国证监会下发的《立案告知书》,因涉嫌信息披露违法违规被立案调查 [1][3] - "
            "根据以往案例,上市公司被立案调查后最终受到处罚的可能性较大,调查期间公司将面临投资者的诉讼 [1][3] "
            "公司面临退市风险 - 2025年4月30日,ST青岚股票交易已被实施其他风险警示 [2][4] - "
            "若公司2025年营业收入低于3亿元,股票将被终止上市 [2][4]")
    result = run(text, published=None, known_names=REGISTRY)
    assert statuses(result) == [("ST青岚", None, "ST", "2025-04-30")]
    assert actions(result) == [("ST青岚", "investigation", "2025-12-12")]
    # A decision's number in brackets is no footnote.
    number = run("ST青岚公告,公司收到湖南证监局《关于对ST青岚采取出具警示函措施的决定》([2024]223号)。", known_names=REGISTRY)
    assert actions(number) == [("ST青岚", "warning_letter", None)]


def test_a_source_line_ending_in_its_date_is_a_line_of_its_own():
    text = ("*ST岳林:将于8月10日恢复上市 首日不设涨跌幅\nhttp://www.example.cn  2021-08-03  *ST岳林内幕信息\n"
            "来源 :示例网2021-08-03\n\n  8月2日晚间,*ST岳林公告称,撤销公司股票交易退市风险警示及其他风险警示,公司股票恢复上市的首个"
            "交易日为8月10日,公司股票自恢复上市次一交易日(即8月11日)起,日涨跌幅限制为10%。")
    assert clean_text(text).split("\n")[3].startswith("8月2日晚间")
    result = run(text, published="2021-08-03", known_names=REGISTRY)
    # Not the page's date: the first trading day is when the warnings go.
    assert statuses(result) == [("*ST岳林", "*ST", "normal", "2021-08-10")]


def test_a_section_on_why_a_warning_was_imposed_is_no_change():
    text = ("ST青岚:关于公司股票继续被实施其他风险警示的公告\n公司股票将于2022年4月29日开市起继续被实施其他风险警示。\n"
            "一、公司股票之前被实施其他风险警示的主要原因\n经审计,公司最近三个会计年度净利润均为负值。")
    assert statuses(run(text, published="2022-04-29", known_names=REGISTRY)) == []


def test_a_warning_imposed_once_trading_resumes_takes_the_resumption_day():
    text = ("阳川化工公告,公司股票自2021年3月2日开市起停牌一天,自2021年3月3日开市起复牌。复牌开市后被实施其他风险警示,"
            "公司股票简称由“阳川化工”变更为“ST阳川”。")
    assert statuses(run(text, known_names=REGISTRY)) == [("阳川化工", "normal", "ST", "2021-03-03")]


def test_an_investigation_the_regulator_opens_without_saying_decided():
    text = "ST青岚公告。2024年5月8日,因公司未在规定期限内披露2023年年报,中国证券监督管理委员会对公司立案。"
    assert actions(run(text, known_names=REGISTRY)) == [("ST青岚", "investigation", "2024-05-08")]


def test_the_company_right_after_a_date():
    text = "ST青岚公告。2024年9月6日公司及公司控股股东青岚投资有限公司收到中国证监会下发的《立案告知书》。"
    assert actions(run(text, known_names=REGISTRY)) == [("ST青岚", "investigation", "2024-09-06")]


def test_the_spinners_words_for_the_commission_and_its_notices():
    text = ("ST青岚公告,公司于2024年7月5日收到中国证券监督接续委员会湖南监管局《关于对ST青岚选拔责令改正法子的决定》。"
            "2024年9月6日公司收到中国证券监督接续委员会下发的《立案示知书》。")
    assert sorted(a[1:] for a in actions(run(text, known_names=REGISTRY))) == [
        ("investigation", "2024-09-06"), ("rectification_order", "2024-07-05")]


def test_a_warning_already_imposed_before_a_condition_is_on_record():
    text = ("*ST岳林公告。鉴于公司因2023年年度报告被出具无法表示意见的审计报告已被实施退市风险警示,如果公司2024年度"
            "经审计的营业收入仍然不到3亿元,且净利润为负,公司股票将触及终止上市的风险。")
    assert statuses(run(text, known_names=REGISTRY)) == [("*ST岳林", None, "*ST", None)]
    # A state the sentence goes on to describe is no change.
    state = run("*ST岳林公告。公司股票已被实施其他风险警示,目前仍在风险警示板交易。", known_names=REGISTRY)
    assert statuses(state) == []


def test_a_clause_opened_by_if_is_no_change():
    text = ("青岚示例科技股份有限公司(以下简称“ST青岚”)因涉嫌信息披露违法违规被中国证监会立案调查。"
            "如根据正式的行政处罚决定书,公司触及重大违法强制退市情形,公司股票将被终止上市。")
    assert statuses(run(text, known_names=REGISTRY)) == []
    # 如 as "as" still reads the fact: "如前所述".
    done = run("ST青岚公告。如前所述,公司股票已于2024年5月6日被实施退市风险警示。", known_names=REGISTRY)
    assert statuses(done) == [("ST青岚", None, "*ST", "2024-05-06")]


def test_a_numbered_section_heading_is_a_line_of_its_own():
    # The heading is long and has no full stop; joined to the next line, its "可能" would make the receipt below
    # a possibility.
    text = ("ST青岚:关于公司股票可能被实施重大违法强制退市的风险提示公告\n"
            "青岚示例科技股份有限公司(以下简称“公司”)因涉嫌信息披露违法违规被中国证监会立案调查。\n"
            "一、公司股票可能被实施重大违法强制退市的风险暨立案调查进展情况\n"
            "公司于2024年3月12日收到中国证监会《立案告知书》(编号:证监立案字0372024001号)。")
    result = run(text, published="2024-12-20", known_names=REGISTRY)
    assert actions(result) == [("ST青岚", "investigation", "2024-03-12")]
    assert result["enforcement_actions"][0]["evidence"].startswith("公司于2024年3月12日收到")


def test_a_joint_stock_companys_four_character_core_is_its_short_name():
    text = ("2024年8月1日至8月28日,宁远通信股票连续20个交易日的每日收盘价均低于1元,上交所决定终止公司股票上市。"
            "宁远通信此前还收到上交所下发的监管工作函。公开资料显示,宁远通信股份有限公司主营光纤光缆。")
    result = run(text, published=None)
    assert full_and_short_names(result) == [("宁远通信股份有限公司", ["宁远通信"])]
    assert [a[:2] for a in actions(result)] == [("宁远通信", "work_letter")]


def test_a_controlling_shareholder_that_fits_the_abbreviation_is_not_the_company():
    # "宁远集团" is how a short name of 宁远新材料集团股份有限公司 would be made, but the page introduces it as the
    # controlling shareholder.
    text = ("深交所决定对宁远新材料集团股份有限公司(简称宁远新材)股票实施重大违法强制退市。"
            "宁远新材大股东宁远集团利用违规担保、资金归集等手段占用上市公司资金。随后,证监会对宁远新材立案调查。")
    result = run(text, published=None)
    assert company_names(result) == ["宁远新材料集团股份有限公司"]
    assert [a[:2] for a in actions(result)] == [("宁远新材", "investigation")]


def test_the_plain_name_of_an_st_stock_is_the_same_company():
    # "沐川新发公告称" is the plain name and 发 (issued), not a name "沐川新发".
    text = ("ST沐川新一夜之间被ST后又有新进展。22日晚间,沐川新发公告称,被证监会立案调查。"
            "ST沐川新公告称,公司于2019年1月22日收到证监会送达的《调查通知书》。")
    result = run(text, published="2019-01-22")
    assert [sorted(c["short_names"]) for c in result["companies"]] == [["ST沐川新", "沐川新"]]
    assert [a[1:] for a in actions(result)] == [("investigation", "2019-01-22")]


def test_a_day_alone_is_not_in_the_month_of_a_deadline_named_before_it():
    text = ("ST青岚董事长表示,可以在3月31日之前把钱逐步还上。\n"
            "22日晚间,ST青岚公告称,被证监会立案调查。\nST青岚:收到证监会立案调查通知")
    assert actions(run(text, published="2019-01-22", known_names=REGISTRY)) == [
        ("ST青岚", "investigation", "2019-01-22")]


def test_a_name_changed_to_an_st_name_is_a_warning():
    text = "阳川化工(600902.SH,现更名为ST阳川)1月3日发布重大风险提示公告,公司涉嫌重大财务造假。"
    assert statuses(run(text, known_names=REGISTRY)) == [("阳川化工", None, "ST", None)]
    # A rename the company only plans is none.
    plan = run("阳川化工公告,公司拟更名为ST阳川。", known_names=REGISTRY)
    assert statuses(plan) == []


def test_a_rule_read_out_with_according_to_is_no_delisting():
    text = ("2021年1月4日,ST青岚发布重大风险提示公告,依据中国证监会行政处罚决定,公司调整后的任意连续会计年度"
            "财务类指标触及重大违法强制退市标准的,公司股票将被终止上市。")
    assert statuses(run(text, known_names=REGISTRY)) == []


def test_confiscated_business_income_is_a_confiscation():
    text = ("2017年5月9日,东方资讯公告称,收到证监会《行政处罚事先告知书》,因担任财务顾问未勤勉尽责,"
            "被证监会没收业务收入100万元,并处罚款500万元。")
    assert sorted(a[1] for a in actions(run(text, known_names=REGISTRY))) == ["confiscation", "fine"]


def test_days_ago_counts_back_from_the_day_the_story_is_at():
    text = ("5月29日晚间,阳川化工发布公告,公司收到证监会《调查通知书》。\n"
            "就在6天前,阳川化工就收到了湖南证监局的行政监管措施决定书,公司被湖南证监局出具警示函。")
    assert sorted(actions(run(text, published="2019-05-31", known_names=REGISTRY))) == [
        ("阳川化工", "investigation", "2019-05-29"), ("阳川化工", "warning_letter", "2019-05-23")]


def test_a_notice_of_investigation_is_an_investigation_but_a_notice_to_assist_is_not():
    text = "阳川化工公告,公司于2019年5月29日收到中国证监会《调查通知书》(编号:湘调查字19019号)。"
    assert actions(run(text, known_names=REGISTRY)) == [("阳川化工", "investigation", "2019-05-29")]
    assist = "阳川化工公告,公司于2019年5月29日收到公安机关《协助调查通知书》。"
    assert actions(run(assist, known_names=REGISTRY)) == []


def test_a_company_already_taken_off_the_exchange_is_delisted():
    text = "北京证监局近日开出罚单。值得注意的是,东方资讯原本是A股上市公司,但去年就已从A股市场退市摘牌。"
    assert statuses(run(text, published="2021-05-18", known_names=REGISTRY)) == [("东方资讯", None, "delisted", None)]


def test_a_portals_link_inside_a_name_hides_neither_the_company_nor_the_regulator():
    text = ("中国网财经2月24日讯 深交所发布的关于对东方资讯(300904,股吧)股份有限公司(简称“东方资讯或公司”证券代码:"
            "300904)的监管函指出,东方资讯迟至2020年2月19日才披露子公司贷款逾期的公告。")
    result = run(text, published=None)
    assert actions(result) == [("东方资讯", "regulatory_letter", None)]
    # The link's tail is no company of its own.
    assert company_names(result) == ["东方资讯"]


def test_the_name_of_a_stock_being_delisted_is_the_company_whose_short_name_starts_with_its_stem():
    text = ("6月7日晚,退市青禾(600299)发布公告称,公司股票将于2022年6月14日被上交所予以摘牌。"
            "内蒙古青禾创业股份有限公司(以下简称“青禾股份”)自2021年5月6日起被实施退市风险警示。")
    result = run(text, published="2022-06-08")
    assert [sorted(c["short_names"]) for c in result["companies"]] == [["退市青禾", "青禾股份"]]
    assert sorted(s[2:] for s in statuses(result)) == [("*ST", "2021-05-06"), ("delisted", "2022-06-14")]


def test_yesterday_after_a_dateline_is_the_day_before_it():
    text = ("东方资讯违规担保追责 前董事长张三被谴责\n"
            "中国经济网北京7月19日讯 昨日,深交所网站公布的纪律处分决定书《关于对东方资讯股份有限公司及时任董事长"
            "张三予以纪律处分的决定》显示,公司未履行股东大会决策程序。")
    result = run(text, published="2022-07-19", known_names=REGISTRY)
    assert actions(result) == [("东方资讯", "public_censure", "2022-07-18")]
    # Without a dateline, the lead of a page that prints no day of its own is read as of its publication...
    plain = run("7月15日东方资讯收到问询函。昨日,东方资讯被深交所公开谴责。", published="2022-07-19",
                known_names=REGISTRY)
    assert [a for a in actions(plain) if a[1] == "public_censure"] == [("东方资讯", "public_censure", "2022-07-18")]
    # ...not a repost's, which prints another day, nor a paragraph deep in a story, where an older text may be quoted.
    repost = run("转载于 2022-08-02 10:15\n7月15日东方资讯收到问询函。昨日,东方资讯被深交所公开谴责。", published="2022-07-19",
                 known_names=REGISTRY)
    assert [a for a in actions(repost) if a[1] == "public_censure"] == [("东方资讯", "public_censure", None)]
    deep = run("东方资讯近况\n" + "东方资讯主营业务为资讯服务,近年来营收稳定增长。" * 8 + "\n昨日,东方资讯被深交所公开谴责。",
               published="2022-07-19", known_names=REGISTRY)
    assert actions(deep) == [("东方资讯", "public_censure", None)]


def test_waiting_for_a_delisting_decision_is_no_delisting():
    text = ("因连续四年重大财务造假,今天(3月18日),东方资讯被实施退市风险警示,股票简称变更为*ST东资。"
            "后续收到行政处罚决定书后,公司股票将被停牌,等待被作出终止上市决定。")
    assert [s[2] for s in statuses(run(text, known_names=REGISTRY))] == ["*ST"]


def test_the_question_mark_of_a_broken_pinyin_gloss_ends_no_sentence():
    # A mirror broke the gloss of 到 and 决 ("到(dào)决(jué)") into "到?jué)": the condition goes on past it.
    text = ("阳川化工公告称,若公司未能在收到?jué)定书之日起一个月内完成资金清收,上交所将对公司股票实施其他风险警示。")
    assert statuses(run(text, known_names=REGISTRY)) == []


def test_a_section_headed_as_a_risk_notice_is_no_change():
    text = ("*ST岳林公告。\n2、关于资金占用未归还,公司股票被叠加实施其他风险警示的风险提示\n"
            "截至2025年4月26日,公司仍有共计9,694.72万元被划扣未归还。")
    assert statuses(run(text, known_names=REGISTRY)) == []


def test_the_company_and_its_people_in_one_penalty_is_no_statistic():
    text = ("近日,已退市的东方资讯发布公告称,公司收到广东证监局的《行政处罚事先告知书》。"
            "广东证监局依法拟对公司及13名当事人作出行政处罚,合计罚款金额超2400万元。")
    assert [a[:2] for a in actions(run(text, known_names=REGISTRY))] == [("东方资讯", "fine")]


def test_the_exchange_ending_a_named_companys_listing_is_a_delisting():
    text = "2024年8月27日,因触发面值退市规则,深交所正式终止东方资讯股票上市。"
    assert statuses(run(text, known_names=REGISTRY)) == [("东方资讯", None, "delisted", "2024-08-27")]


def test_st_put_on_like_a_cap_is_no_company():
    text = "东方资讯遭大股东占用18.65亿ST戴帽,去年已被立案调查。"
    assert [c for c in company_names(run(text, known_names=REGISTRY)) if c.startswith("ST")] == []


def test_a_day_alone_with_from_is_a_day_to_come():
    text = "阳川化工29日起被ST\n阳川化工6月24日公告称,公司股票简称将变为“ST阳川”。"
    assert statuses(run(text, published="2020-06-24", known_names=REGISTRY)) == [("阳川化工", None, "ST", "2020-06-29")]


def test_a_listed_date_takes_the_year_of_the_date_the_list_began_with():
    text = "2019年8月3日、8月5日,阳川化工先后两次收到深交所关注函。"
    assert actions(run(text, published="2020-06-24", known_names=REGISTRY)) == [
        ("阳川化工", "concern_letter", "2019-08-03"), ("阳川化工", "concern_letter", "2019-08-05")]


def test_a_measure_on_an_unlisted_party_named_after_the_company_is_not_the_companys():
    text = ("7月12日,北交所发布公告称,东方资讯及相关责任主体涉及资金占用等违规行为。北交所给予东方资讯以及时任财务总监"
            "张三通报批评的纪律处分;对示例证券有限责任公司采取出具警示函的自律监管措施。")
    assert [a[1] for a in actions(run(text, published="2022-07-13", known_names=REGISTRY))] == [
        "circulated_criticism"]


def test_and_the_company_is_the_storys_company():
    text = ("7月12日,北交所发布公告称,东方资讯及相关责任主体涉及资金占用等违规行为。北交所给予控股股东示例投资"
            "以及公司实际控制人、时任董事长李四公开谴责的纪律处分。")
    assert actions(run(text, published="2022-07-13", known_names=REGISTRY)) == [
        ("东方资讯", "public_censure", "2022-07-12")]


def test_a_shareholders_promise_to_repay_is_the_storys_companys_deadline():
    text = ("东方资讯公告,公司控股股东示例投资有限公司(以下简称“示例投资”)累计占用公司资金3.56亿元。"
            "针对前述资金占用事实,示例投资及实际控制人承诺:示例投资在2022年6月30日之前归还全部占用资金及资金收益。")
    result = run(text, published="2022-07-13", known_names=REGISTRY)
    assert [(d["company"], d["due_date"]) for d in result["deadlines"]] == [("东方资讯", "2022-06-30")]


def test_a_years_tally_of_measures_is_nobodys_record():
    text = ("2023年,上交所共对违规股票交易行为发出公开谴责7份、通报批评14份、书面警示43份,如东方资讯股东违规减持"
            "数量、金额巨大,予以公开谴责。")
    assert [a[:2] for a in actions(run(text, known_names=REGISTRY))] == [("东方资讯", "public_censure")]


def test_a_motion_to_withdraw_the_listing_is_no_delisting():
    text = "8月8日,*ST岳林召开董事会,审议通过主动终止股票上市的议案;8月25日,公司股东会审议通过主动终止上市事项。"
    assert statuses(run(text, published="2025-08-27", known_names=REGISTRY)) == []


def test_a_day_something_was_due_is_not_the_day_of_a_measure():
    text = "ST青岚本应在2025年4月28日披露2024年年报,但因信息需补充而延期,且在停牌期间还被证监会立案调查。"
    assert actions(run(text, known_names=REGISTRY)) == [("ST青岚", "investigation", None)]


def test_a_penalty_told_after_the_decision_was_received_takes_the_decisions_day():
    text = ("4月28日晚间,东方资讯公告显示,上交所决定终止公司股票上市。\n"
            "2024年5月17日,该公司收到中国证券监督管理委员会(以下简称中国证监会)浙江监管局下发的《行政处罚决定书》。\n"
            "浙江证监局对东方资讯及相关责任人的处罚可谓严厉。公司被责令改正,处以550万元罚款;时任董秘张玉兰、"
            "财务总监王燕也被处以70万元罚款。")
    result = run(text, published="2025-06-13", known_names=REGISTRY)
    assert sorted(a[1:] for a in actions(result)) == [("fine", "2024-05-17"), ("rectification_order", "2024-05-17")]
    fine = next(a for a in result["enforcement_actions"] if a["measure"] == "fine")
    assert fine["persons"] == ["张玉兰", "王燕"]


def test_taken_off_the_exchange_on_a_day_is_a_delisting_that_day():
    text = "东方资讯因触发面值退市规则,于2024年8月15日退市摘牌。"
    assert statuses(run(text, known_names=REGISTRY)) == [("东方资讯", None, "delisted", "2024-08-15")]


def test_special_treatment_is_the_st_label():
    text = "9月22日,东方资讯股票被特别处理,是因为公司资金被实控人所控制企业占用超40亿元。"
    assert [s[2] for s in statuses(run(text, known_names=REGISTRY))] == ["ST"]


def test_a_measure_on_the_companys_former_controller_is_the_companys():
    text = ("证监会拟决定责令东方资讯改正,并警告、罚款800万元;拟对公司原实控人李四处以1000万元罚款。"
            "同时,证监会拟决定对李四采取10年市场禁入措施。")
    assert sorted(a[1] for a in actions(run(text, known_names=REGISTRY))) == [
        "fine", "market_ban", "rectification_order", "warning"]


def test_each_item_of_a_listing_under_its_source_stamp_is_an_article_of_its_own():
    text = ("ST青岚:股票可能被终止上市的第九次风险提示\nZheng Quan Zhi Xing· 2025-06-03 10:37\n"
            "证券代码:600901 证券简称:ST青岚 公告编号:2025-029 青岚示例科技股份有限公司(以下简称\"公司\")股票已连续16个"
            "交易日低于1元。\n"
            "*ST岳林:公司股票可能被终止上市\nnews flash· 2025-05-19 12:25\n"
            "*ST岳林(300903)公告,公司股票连续10个交易日低于1元。此外,公司因2024年度财务报表被出具无法表示意见的审计报告,"
            "已被实施退市风险警示。")
    assert statuses(run(text, published=None, known_names=REGISTRY)) == [("*ST岳林", None, "*ST", None)]


def test_shapes_scattered_through_a_story_are_no_part_of_it():
    text = ("开年首月●▲,已有3家上市公司因涉嫌信息披露违法违规被立案=,分别为东方资讯(300904▼●◁.SZ)、"
            "阳川化工(600902=☆.SH)和ST青岚(600901=.SH)。")
    assert sorted(a[0] for a in actions(run(text, published="2026-02-03", known_names=REGISTRY))) == [
        "ST青岚", "东方资讯", "阳川化工"]


def test_one_measure_or_another_is_neither():
    text = "到了2026年开年,东方资讯、阳川化工等近20家公司,都因为信息披露问题,收到了监管警示或立案调查。"
    assert actions(run(text, published="2026-02-03", known_names=REGISTRY)) == []


def test_the_day_of_the_conduct_and_a_partner_in_it_are_not_the_measures():
    text = ("1月19日,证监会称,东方资讯1月14日披露日常经营重大合同的公告涉嫌误导性陈述,已对其立案调查。"
            "上述重大合同直指公司披露的与阳川化工(600902.SH)签订的一份采购合作协议。"
            "公告当日,交易所即下发问询函。在公司回复问询函的当日,证监会对其立案调查。")
    assert actions(run(text, published="2026-02-03", known_names=REGISTRY)) == [
        ("东方资讯", "investigation", "2026-01-19"), ("东方资讯", "inquiry_letter", "2026-01-14")]


def test_letters_the_text_counts_are_as_many_records():
    text = ("东方资讯日前公告,再一次收到深圳证券交易所的关注函。此前深圳证券交易所已连续两次就同一事项对东方资讯"
            "发出监管工作函,公司均未作出明确答复。")
    assert sorted(a[1] for a in actions(run(text, published=None, known_names=REGISTRY))) == [
        "concern_letter", "work_letter", "work_letter"]


def test_each_listed_day_of_letters_received_one_after_another_is_a_letter():
    text = "2025年3月4日、3月9日,阳川化工先后两次收到上海证券交易所的问询函,被要求说明大额预付款的去向。"
    assert actions(run(text, known_names=REGISTRY)) == [
        ("阳川化工", "inquiry_letter", "2025-03-04"), ("阳川化工", "inquiry_letter", "2025-03-09")]


def test_a_second_letter_or_a_count_of_something_else_is_one_letter():
    text = ("东方资讯第二次收到深圳证券交易所的关注函。阳川化工经过两次问询后,收到上海证券交易所发出的监管工作函。"
            "2025年3月4日、3月9日,ST青岚发布公告,称收到上海证券交易所的问询函。")
    assert sorted(a[:2] for a in actions(run(text, known_names=REGISTRY))) == [
        ("ST青岚", "inquiry_letter"), ("东方资讯", "concern_letter"), ("阳川化工", "work_letter")]


def test_a_letter_whose_title_names_the_controller_is_the_companys():
    text = ("3月2日,深圳证券交易所下发《关于对李四的关注函》指出,李四作为东方资讯的实际控制人,未经董事会同意以公司名义"
            "发布公开信。")
    result = run(text, known_names=REGISTRY)
    assert actions(result) == [("东方资讯", "concern_letter", "2025-03-02")]
    assert result["enforcement_actions"][0]["persons"] == ["李四"]


def test_money_taken_from_the_story_s_company_is_due_back_on_the_day_even_in_a_sentence_naming_no_one():
    text = ("阳川化工公告,公司于2025年3月10日收到湖南证监局下发的责令改正决定书,控股股东非经营性占用公司资金2.6亿元。"
            "决定书要求,全部占用资金应在收到决定书之日起六个月内(2025年9月10日前)归还。")
    assert [(d["company"], d["due_date"]) for d in run(text, known_names=REGISTRY)["deadlines"]] == [
        ("阳川化工", "2025-09-10")]


def test_a_reply_named_as_where_a_violation_was_is_no_letter():
    text = "经查,东方资讯在交易所问询函回复等临时公告中存在虚假记载,湖南证监局决定对东方资讯给予警告。"
    assert actions(run(text, known_names=REGISTRY)) == [("东方资讯", "warning", None)]


def test_the_company_after_a_word_of_earlier_times_is_the_story_s():
    text = "阳川化工于5月16日收到证监会的《立案告知书》。此前公司已被实施其他风险警示,原因是年报被出具非标审计意见。"
    assert statuses(run(text, known_names=REGISTRY)) == [("阳川化工", None, "ST", None)]


def test_a_day_in_the_month_the_text_just_named_with_its_year_takes_that_year():
    text = "时间回溯至2024年7月,阳川化工迟迟披露年报,7月5日,湖南证监局对阳川化工下发责令改正决定。"
    assert actions(run(text, published=None, known_names=REGISTRY)) == [
        ("阳川化工", "rectification_order", "2024-07-05")]


def test_one_of_two_outcomes_asked_about_is_no_change():
    text = "对于ST青岚而言,是完成资金占用整改,还是最终摘牌退市,答案将在四个月内揭晓。"
    assert statuses(run(text, known_names=REGISTRY)) == []
    assert statuses(run("ST青岚最终还是被实施退市风险警示。", known_names=REGISTRY)) == [
        ("ST青岚", "ST", "*ST", None)]


def test_an_announcement_titled_with_the_issuer_s_full_name_is_the_issuer_s():
    text = ("青岚示例科技股份有限公司 关于公司股票被实施其他风险警示相关事项的进展公告\n\n"
            "违规担保情况 - 子公司时任负责人擅自以存单对外担保,该违规担保事件导致公司股票自2020年7月2日起被实行其他风险警示(ST) [1]")
    assert [(s["to"], s["effective_date"]) for s in run(text, known_names=REGISTRY)["status_changes"]] == [
        ("ST", "2020-07-02")]


def test_a_letter_to_a_person_the_text_calls_the_company_s_controller_is_the_company_s():
    text = ("1月20日,东方资讯发布澄清公告。\n同日晚间,深圳证券交易所对李四下发关注函,称其作为公司实际控制人,"
            "通过非法定渠道发布的信息涉嫌误导性陈述。")
    result = run(text, known_names=REGISTRY)
    assert actions(result) == [("东方资讯", "concern_letter", "2025-01-20")]
    assert result["enforcement_actions"][0]["persons"] == ["李四"]


def test_the_day_a_balance_is_counted_to_is_not_the_day_that_follows_a_story():
    text = ("12月27日,阳川化工收到湖南证监局出具的责令改正决定书。\n"
            "其中,控股股东于2019年至2022年8月期间多次占用公司资金,截至2022年8月31日,占用余额为6.26亿元。\n"
            "当天,上海证券交易所即对阳川化工下发关注函。")
    assert ("阳川化工", "concern_letter", "2024-12-27") in actions(
        run(text, published="2025-01-05", known_names=REGISTRY))


def test_the_warning_a_forecast_would_bring_is_no_change():
    text = ("阳川化工预计2024年度经审计的净利润为负值,最近连续三个会计年度扣非前后净利润均为负值。"
            "根据《上海证券交易所股票上市规则》第9.8.1条规定,公司股票将被实施其他风险警示。")
    assert statuses(run(text, known_names=REGISTRY)) == []
    told = "根据《上海证券交易所股票上市规则》相关规定,阳川化工股票将被实施其他风险警示。"
    assert statuses(run(told, known_names=REGISTRY)) == [("阳川化工", None, "ST", None)]


def test_an_investigation_of_the_company_and_a_list_of_its_shareholders_is_the_company_s():
    text = ("证券代码:600901 证券简称:ST青岚 公告编号:2025-005\n青岚示例科技股份有限公司\n关于实施其他风险警示的进展公告\n"
            "因涉嫌信息披露违法违规,中国证监会已对公司及公司股东青岚海涵交通发展有限公司、青岚天圣交通发展投资有限公司立案。")
    assert actions(run(text, known_names=REGISTRY)) == [("ST青岚", "investigation", None)]


def test_a_progress_report_on_a_warning_long_in_place_is_no_change():
    text = "ST青岚:青岚示例科技股份有限公司关于实施其他风险警示的进展公告2025-01-18\n公司将每月披露一次进展。"
    assert statuses(run(text, known_names=REGISTRY)) == []


def test_a_measure_on_the_company_s_shareholder_told_in_the_passive_is_the_company_s():
    text = ("12 月 30 日,深圳证券交易所(以下简称\"深交所\")与中国证券监督管理委员会湖南监管局接连发声,直指东方资讯控股股东"
            "青岚靶材科技有限公司(以下简称\"青岚靶材\")。\n"
            "因业绩承诺未能兑现,青岚靶材被深交所给予通报批评处分,并被湖南证监局采取责令改正的行政监管措施。")
    assert sorted(actions(run(text, published="2025-12-31", known_names=REGISTRY))) == [
        ("东方资讯", "circulated_criticism", "2025-12-30"), ("东方资讯", "rectification_order", "2025-12-30")]


def test_a_template_s_file_names_are_no_part_of_the_headline_above_them():
    text = ("东方资讯控股股东遭通报批评\nindex_new5.html\n../../../zaker_core/zaker_tpl_static/wap/tpl_caijing1.html\n"
            "12月30日,深交所对东方资讯控股股东给予通报批评。")
    cleaned = clean_text(text)
    assert "html" not in cleaned and cleaned.startswith("东方资讯控股股东遭通报批评\n")


def test_a_case_opened_by_a_supervisory_commission_is_no_securities_investigation():
    text = "5月20日晚间,阳川化工公告,董事会收到某区监察委员会签发的关于公司实际控制人李四的留置通知书和立案通知书。"
    assert actions(run(text, known_names=REGISTRY)) == []


def test_a_warning_prefix_in_lower_case_and_a_case_met_by_遭_are_read():
    text = ("3月16日,*st岳林发布公告称,2024年5月8日,因未按期披露年报,*st岳林遭证监会立案;同年9月6日,"
            "公司再度被证监会立案调查。4月17日,*st岳林披露了被证监会立案调查的进展。")
    assert sorted(actions(run(text, known_names=REGISTRY))) == [
        ("*ST岳林", "investigation", "2024-05-08"), ("*ST岳林", "investigation", "2024-09-06")]


def test_a_stock_moved_to_the_share_transfer_system_was_delisted_and_what_may_follow_a_delisting_is_no_change():
    moved = "令人窒息的一幕发生在退市之后。当阳川化工转入全国中小企业股份转让系统(俗称“老三板”)挂牌交易后,股价继续跌停。"
    assert statuses(run(moved, known_names=REGISTRY)) == [("阳川化工", None, "delisted", None)]
    may = "阳川化工公告,公司股票终止上市后可能转入退市板块挂牌转让。"
    assert statuses(run(may, known_names=REGISTRY)) == []


def test_questions_on_an_application_under_review_are_no_inquiry_letter():
    review = ("东方资讯于2021年3月18日收到深圳证券交易所上市审核中心出具的《关于东方资讯发行股份购买资产并募集配套资金申请的"
              "审核问询函》。")
    assert actions(run(review, known_names=REGISTRY)) == []
    after = "东方资讯于2021年3月18日收到深圳证券交易所《关于对东方资讯的年报问询函》。"
    assert actions(run(after, known_names=REGISTRY)) == [("东方资讯", "inquiry_letter", "2021-03-18")]


def test_a_delisting_proposed_or_held_in_store_by_the_rules_is_no_change():
    proposed = "*ST岳林除收到千万罚单外,还拟被实施重大违法强制退市。"
    assert statuses(run(proposed, known_names=REGISTRY)) == []
    in_store = "事实上,目前*ST岳林已触及财务类强制退市情形,公司股票将终止上市。"
    assert statuses(run(in_store, known_names=REGISTRY)) == []


def test_a_known_st_name_before_除_is_the_whole_name():
    text = "湖南证监局2月14日公布的处罚决定书显示,湖南证监局决定对*ST青岚给予警告。*ST青岚除收到千万罚单外,还面临退市。"
    result = run(text, known_names=REGISTRY)
    assert len(result["companies"]) == 1 and "*ST青岚" in result["companies"][0]["short_names"]
    assert not any("除" in name for c in result["companies"] for name in c["short_names"])


def test_the_investigation_behind_a_decision_is_no_case_of_its_own():
    text = "湖南证监局对*ST岳林信息披露违法违规行为进行立案调查发现,*ST岳林虚增营业收入。湖南证监局决定对公司给予警告。"
    assert [a[1] for a in actions(run(text, known_names=REGISTRY))] == ["warning"]


def test_the_plain_name_of_a_company_the_registry_knows_only_by_its_st_name_is_that_company():
    text = "8月19日晚间,青岚环保因涉嫌信息披露违法违规,中国证监会决定对其控股股东和前实际控制人张三进行立案调查。"
    result = run(text, "2025-08-20", known_names=REGISTRY)
    assert actions(result) == [("青岚环保", "investigation", "2025-08-19")]
    assert result["enforcement_actions"][0]["company_code"] == "600901"
    # A word that starts with the core but is no company name stays nobody's.
    assert run("青岚地区因暴雨停电,证监局决定对其立案调查。", known_names=REGISTRY)["enforcement_actions"] == []


def test_letters_counted_between_the_verb_and_the_letter_are_as_many_records():
    text = "上周,东方资讯接连收到两封深交所关注函。第一封涉及土地出让,第二封涉及董事会议案。"
    assert [a[1] for a in actions(run(text, known_names=REGISTRY))] == ["concern_letter", "concern_letter"]


def test_the_results_of_an_investigation_are_no_new_case_and_a_spun_warning_is_read():
    results = "1月29日,证监会公布了对*ST岳林的立案调查结果。调查显示,公司定期报告存在虚假记载。"
    assert actions(run(results, known_names=REGISTRY)) == []
    spun = "同日晚间,阳川化工公告称,深交所将对公司股票交游扩张其他风险警示,公司股票自3月25日开市起被扩张其他风险警示。"
    assert [(s[0], s[2]) for s in statuses(run(spun, known_names=REGISTRY))] == [("阳川化工", "ST")]


def test_a_stock_delisted_because_it_met_a_rule_was_delisted():
    text = "资料显示,阳川化工成立于1993年。而就在今年2月,*ST岳林也因触及交易类退市指标被摘牌。"
    assert statuses(run(text, known_names=REGISTRY)) == [("*ST岳林", "*ST", "delisted", None)]
    rule = "*ST岳林公告,公司触发了“公司股票被实施其他风险警示”的情形。"
    assert statuses(run(rule, known_names=REGISTRY)) == []


def test_a_bare_count_right_after_the_companies_it_counts_is_each_of_them():
    text = ("6月3日晚间,深交所公告,*ST岳林和ST青岚连续二十个交易日的每日股票收盘价均低于1元。深交所决定两家公司终止上市。"
            "\n另有两家公司也收到了事先告知书。")
    assert sorted(s[0] for s in statuses(run(text, known_names=REGISTRY)) if s[2] == "delisted") == ["*ST岳林", "ST青岚"]
    # A count of other companies is none of them; nor one in a later paragraph.
    other = "*ST岳林和ST青岚连续二十个交易日的收盘价均低于1元。其中两家公司被深交所决定终止上市。"
    assert [s for s in statuses(run(other, known_names=REGISTRY)) if s[2] == "delisted"] == []
    later = "*ST岳林和ST青岚连续二十个交易日的收盘价均低于1元。\n深交所决定两家公司终止上市。"
    assert [s for s in statuses(run(later, known_names=REGISTRY)) if s[2] == "delisted"] == []


def test_a_clause_opening_with_its_pronoun_is_the_company_s():
    text = ("5月24日,江苏示例新材股份有限公司(证券简称:示例新材)公告称,公司近日收到证监会下发的《行政处罚决定书》。"
            "其因涉嫌信息披露违法违规,于去年6月25日被证监会立案调查。")
    assert [(a[0], a[1]) for a in actions(run(text))] == [("示例新材", "investigation")]


def test_a_code_right_after_the_short_name_is_the_code_not_part_of_the_name():
    text = "江苏示例新材股份有限公司(证券简称:示例新材 002941)公告称,公司收到江苏证监局出具的警示函。"
    result = run(text)
    assert full_and_short_names(result) == [("江苏示例新材股份有限公司", ["示例新材"])]
    assert result["enforcement_actions"][0]["company_code"] == "002941"


def test_an_investigation_is_dated_by_the_day_the_csrc_decided_it():
    text = ("江苏示例新材股份有限公司(以下简称“示例新材”)于2022年7月20日收到中国证监会《立案告知书》,因公司涉嫌信息披露"
            "违法违规,中国证监会于2022年7月11日决定对示例新材立案。")
    assert actions(run(text)) == [("示例新材", "investigation", "2022-07-11")]


def test_a_letter_the_company_sends_a_subsidiary_s_case_and_a_bill_falling_due_are_no_records():
    asking = "为掌握案件进展,ST青岚通过多种方式向案件侦办单位以及实际控制人家属发函问询。"
    assert actions(run(asking, known_names=REGISTRY)) == []
    asked = "9月5日,深圳证券交易所向ST青岚发函问询,要求说明土地出让事项。"
    assert actions(run(asked, "2025-09-06", known_names=REGISTRY)) == [("ST青岚", "inquiry_letter", "2025-09-05")]
    subsidiary = "9月5日,ST青岚提示风险称,公司旗下孙公司银河网贷已被立案,相关兑付工作尚未完成。"
    assert actions(run(subsidiary, known_names=REGISTRY)) == []
    bill = "ST青岚称,垫付给投资者的款项尚有最后一期3000万元将于2025年12月31日到期,截至目前尚未收回。"
    assert run(bill, known_names=REGISTRY)["deadlines"] == []
    order = "ST青岚称,公司被责令改正的整改期限将于2025年12月31日到期,占用资金尚未收回。"
    assert [d["due_date"] for d in run(order, known_names=REGISTRY)["deadlines"]] == ["2025-12-31"]


def test_a_delisting_the_rules_hold_in_store_is_no_change_though_the_sentence_dates_the_low_prices():
    text = "阳川化工股票已连续二十个交易日(2025年4月18日-2025年5月22日)收盘价均低于1元,公司股票将被终止上市。"
    assert statuses(run(text, known_names=REGISTRY)) == []
    day = text + "公司股票将于2025年6月5日被摘牌。"
    assert statuses(run(day, known_names=REGISTRY)) == [("阳川化工", None, "delisted", "2025-06-05")]


def test_days_listed_with_as_many_titles_date_each_title_s_measure():
    text = ("东方资讯分别于2023年11月21日、2024年4月22日收到中国证监会出具的《立案告知书》(编号:证监立案字001号)、"
            "《行政处罚及市场禁入事先告知书》(〔2024〕2号)。")
    assert sorted(actions(run(text, known_names=REGISTRY))) == [
        ("东方资讯", "investigation", "2023-11-21"), ("东方资讯", "market_ban", "2024-04-22")]


def test_a_decision_s_account_of_its_investigation_is_no_case_of_its_own():
    text = ("当事人:东方资讯股份有限公司(以下简称东方资讯)。我局对东方资讯信息披露违法违规行为进行了立案调查,依法向当事人告知了"
            "作出行政处罚的事实、理由、依据及当事人依法享有的权利。")
    assert actions(run(text, known_names=REGISTRY)) == []


def test_other_authorities_fines_an_opened_procedure_and_a_broker_s_letter_are_no_records():
    fine = ("ST青岚回复称,2024年1月8日青州市环保局出具《行政处罚决定书》,因公司废气未经收集处理,无组织排放,罚款十五万元。")
    assert actions(run(fine, known_names=REGISTRY)) == []
    procedure = "深交所表示,将对ST青岚及相关当事人启动公开谴责处分程序。"
    assert actions(run(procedure, known_names=REGISTRY)) == []
    broker = "因在ST青岚被立案调查后仍发布强烈推荐的研报,湖南证监局发布对远山证券的警示函。"
    assert "warning_letter" not in [a[1] for a in actions(run(broker, known_names=REGISTRY))]


def test_an_st_name_before_后_or_触及_ends_there_and_an_unquoted_rename_is_a_change():
    result = run("在年报被出具无法表示意见的审计报告后,*ST三川触及了退市条件,深交所对其下发关注函。")
    assert [c["short_names"] for c in result["companies"]] == [["*ST三川"]]
    rename = "2020年11月,公司简称才刚从*ST岳林变更为ST岳林,艰难保壳。"
    assert statuses(run(rename, known_names=REGISTRY)) == [("ST岳林", "*ST", "ST", None)]
    # "日前" after a name is a word of its own, not the name's last character and the particle 前.
    lately = run("东方资讯日前发布公告称,公司收到深交所下发的关注函。", known_names=REGISTRY)
    assert [c["short_names"] for c in lately["companies"]] == [["东方资讯"]]
    unknown = run("示例电气日前发布公告称,公司收到深交所下发的关注函。")
    assert [c["short_names"] for c in unknown["companies"]] == [["示例电气"]]


def test_a_company_introduced_as_listed_and_persons_given_a_measure_without_对():
    text = "6月7日,A股上市公司示例股份收到关注函,深交所要求核查实控人被采取强制措施的时间。"
    assert actions(run(text, published="2021-06-08")) == [("示例股份", "concern_letter", "2021-06-07")]
    # What a listed company is suspected of is no name.
    suspected = "上市公司涉嫌信息披露违法违规被证监会立案调查后,需发布公告。"
    assert run(suspected)["companies"] == []
    officer = "上交所的一则监管措施显示,东方资讯时任监事王润平的配偶存在短线交易。对此,上交所予以王润平监管警示。"
    result = run(officer, known_names=REGISTRY)
    assert actions(result) == [("东方资讯", "other", None)]
    assert result["enforcement_actions"][0]["persons"] == ["王润平"]


def test_an_exchange_s_公开认定_with_its_term_is_an_unfit_declaration():
    text = "上交所决定,对*ST岳林予以公开谴责,对时任董事长、总经理两人予以公开谴责并公开认定终身的顶格处分。"
    assert sorted(a[1] for a in actions(run(text, known_names=REGISTRY))) == ["public_censure", "unfit_declaration"]


def test_a_portal_s_link_words_after_a_name_go_and_a_day_since_which_is_no_event_day():
    text = ("近期上市公司的违规担保问题一直未获改善。6月15日以来,已接连有西川电力(资讯 行情 论坛)(600505)、"
            "青岚天桥(资讯 行情 论坛)(600657)因巨额违规担保遭上证所的公开谴责。")
    result = run(text, published="2005-06-20")
    assert sorted(actions(result)) == [("西川电力", "public_censure", None), ("青岚天桥", "public_censure", None)]
    assert clean_text("西川电力(資訊 行情 論壇)(600505)") == "西川电力(600505)"


def test_fined_told_in_the_passive_with_its_amount_and_a_fine_ticket_written_out():
    passive = "6月5日,东方资讯及实际控制人张三等6人合计被罚7620万元。"
    assert actions(run(passive, known_names=REGISTRY)) == [("东方资讯", "fine", "2025-06-05")]
    ticket = "东方资讯及相关责任人被中国证监会开出合计7620万元的超万罚单。"
    assert [a[1] for a in actions(run(ticket, known_names=REGISTRY))] == ["fine"]
    # Not a penalty: being fined nothing in particular, or a fine the company imposes.
    assert actions(run("东方资讯称,违约方被罚没有先例。", known_names=REGISTRY)) == []


def test_warnings_that_a_stock_may_be_delisted_are_no_delisting():
    title = "*st岳林为什么三次提示终止上市\n公司股票交易自2022年5月6日起被实施退市风险警示。"
    assert statuses(run(title, known_names=REGISTRY)) == [("*ST岳林", None, "*ST", "2022-05-06")]


def test_a_controller_the_sentence_introduces_among_a_case_s_responsible_persons_is_the_company_s():
    text = ("9月12日,证监会对东方资讯给予警告并处以2.29亿元罚款。证监会对7名责任人合计罚款4400万元,其中实控人黄某因组织、"
            "指使违法行为,被处以2650万元罚款并采取10年证券市场禁入措施。")
    assert ("东方资讯", "market_ban", "2025-09-12") in actions(run(text, known_names=REGISTRY))


def test_a_story_of_a_decision_the_regulator_announced_on_a_day_and_the_officer_it_names():
    text = ("中国证监会于9月12日通报了东方资讯财务造假案的行政处罚决定。这家曾被誉为“中间件龙头”的上市公司,因连续四年虚增"
            "收入,被证监会处以2.29亿元罚款。时任董事长、总经理、实际控制人黄永军作为造假主导者,被给予警告并罚款2650万元,"
            "同时被采取10年证券市场禁入措施。公司股票距离被深交所终止上市仅一步之遥。")
    result = run(text, known_names=REGISTRY)
    assert ("东方资讯", "fine", "2025-09-12") in actions(result)
    # The officer's warning and ban are the company's records too (their sentence names no regulator, so no day).
    assert {a[1] for a in actions(result)} == {"fine", "warning", "market_ban"}
    assert statuses(result) == []


def test_delistings_done_and_not_done_and_a_sister_company_s():
    done = "截至目前,*ST岳林和ST青岚已经因为连续20个交易日股价低于1元而完成退市。"
    assert sorted(s[0] for s in statuses(run(done, published="2025-05-12", known_names=REGISTRY))) == ["*ST岳林", "ST青岚"]
    pending = "公司已向深交所提交撤销申请。*ST岳林股票交易能否撤销退市风险警示,尚需深圳证券交易所审核。"
    assert statuses(run(pending, known_names=REGISTRY)) == []
    renamed = "*ST岳林3月18日晚公告,公司股票3月19日进入退市整理期,股票简称将变更为“退市岳林”。"
    assert [s[2] for s in statuses(run(renamed, known_names=REGISTRY))] == []
    sister = "作为“青岚系”旗下三家上市公司之一,*ST岳林目睹了兄弟公司青岚影视被摘牌退市,而自己也挣扎在退市边缘。"
    assert [s for s in statuses(run(sister, known_names=REGISTRY)) if s[0] == "*ST岳林"] == []


def test_a_sentence_opening_with_the_passive_the_shareholder_s_name_and_a_warning_miswritten():
    story = ("5月17日,阳川化工(股票名称“ST青岚”)停牌一天。2018年至2019年,阳川化工连续两年净利润为负。2019年因涉嫌违法违规"
             "被立案调查,存在违规为控股股东青岚集团提供关联担保等问题。截至2020年底,青岚集团及其关联方资金占用余额为3亿元。")
    result = run(story, known_names=REGISTRY)
    assert [a[1] for a in actions(result)] == ["investigation"]
    assert not any("青岚集团" in c["short_names"] for c in result["companies"])
    # The listed company's name before 集团 in "控股股东X集团" is the group's start, not the company's introduction.
    group = "退市后,青岚环保股票转入全国中小企业股份转让系统挂牌交易,股价继续下跌。控股股东青岚环保集团自2021年起资金链紧张。"
    assert [s[2] for s in statuses(run(group, known_names=REGISTRY))] == ["delisted"]
    slip = "5月13日,ST青岚再次跌停。公司股票3月28日被实施其他风险预警后一路下跌。"
    assert [s[2] for s in statuses(run(slip, known_names=REGISTRY))] == ["ST"]


def test_a_pdf_line_cut_inside_brackets_goes_on():
    text = ("阳川化工股份有限公司公告\n公司因涉嫌信息披露违法违规被中国证券监督管理委员会(以下\n简称“中国证监会”)立案,"
            "公司将积极配合调查。")
    assert [a[1] for a in actions(run(text, known_names=REGISTRY))] == ["investigation"]


def test_another_name_with_the_known_short_name_s_stem_is_that_company_s():
    text = ("2024年5月13日,深交所向青禾股份(300904.SZ)发出年报问询函。问询函指出,青禾精密2023年营业收入同比下降。"
            "深交所要求青禾精密在2024年5月27日前将有关说明材料报送深交所并对外披露。")
    registry = {"青禾股份": "code:300904", "阳川股份": "code:300905"}
    result = run(text, known_names=registry)
    assert [d["due_date"] for d in result["deadlines"]] == ["2024-05-27"]
    assert [c["short_names"] for c in result["companies"]] == [["青禾股份", "青禾精密"]]
    # A stem many companies start with (a place, "东方") ties nothing.
    shared = text.replace("青禾", "东方")
    assert run(shared, known_names={"东方股份": "code:300904"})["deadlines"] == []


def test_a_regulator_s_decision_whose_own_day_is_cut_takes_the_page_s_day():
    decision = ("(原标题:湖南证监局关于对青岚示例科技股份有限公司及相关责任人采取出具警示函措施的决定)\n"
                "青岚示例科技股份有限公司、张三:\n经查,青岚示例科技股份有限公司(以下简称“ST青岚”)存在以下问题:未按规定披露"
                "关联交易。根据有关规定,我局决定对公司、张三分别采取出具警示函的监督管理措施。")
    assert actions(run(decision, published="2025-04-07", known_names=REGISTRY)) == [("ST青岚", "warning_letter", "2025-04-07")]
    # A story about the same decision is no decision of its own: its page's day is not the measure's.
    story = "近日,湖南证监局决定对ST青岚、张三分别采取出具警示函的监督管理措施。"
    assert actions(run(story, published="2025-04-07", known_names=REGISTRY)) == [("ST青岚", "warning_letter", None)]


def test_an_officer_right_before_the_passive_takes_both_of_its_measures():
    text = ("监管部门依法对东方资讯处以800万元的罚款。主导此次造假的原实际控制人何思模被处以1000万元罚款,"
            "并被实施十年市场禁入措施。")
    result = run(text, known_names=REGISTRY)
    assert sorted(a[1] for a in actions(result)) == ["fine", "market_ban"]
    ban = next(r for r in result["enforcement_actions"] if r["measure"] == "market_ban")
    assert ban["persons"] == ["何思模"]


def test_a_verb_or_a_role_before_a_full_name_and_the_st_treatment_are_no_names():
    text = ("北交所于2022年7月11日出具《关于给予云南青岚药业股份有限公司及相关责任主体纪律处分的决定》。另外,北交所于2022年7月12日"
            "对青岚药业的保荐机构远山证券股份有限公司出具《监管执行函》。")
    names = [n for c in run(text)["companies"] for n in [c["full_name"] or "", *c["short_names"]]]
    assert not any(n.startswith(("予", "给予", "保荐机构")) for n in names)
    treated = "对14家财务造假公司股票依规实施其他风险警示(ST处理),及时跟进纪律处分。"
    assert run(treated)["companies"] == []


def test_a_round_up_s_list_of_companies_each_with_its_parties():
    text = ("今年以来新增21家公司或相关当事人受到两大交易所公开谴责,分别是*ST岳林公司及相关当事人、东方资讯相关当事人、"
            "阳川化工公司及相关当事人等。")
    assert sorted(a[0] for a in actions(run(text, known_names=REGISTRY))) == ["*ST岳林", "东方资讯", "阳川化工"]


def test_a_story_dates_the_decision_by_the_day_the_bureau_issued_it_not_by_its_own_lead():
    text = ("2026年1月5日晚,东方资讯发布公告,公司股票被终止上市并摘牌。\n根据湖南证监局2025年9月12日下发的《行政处罚决定书》,"
            "东方资讯系统性财务造假长达数年。\n湖南证监局决定对东方资讯责令改正,给予警告,并处以1000万元罚款。")
    assert sorted(actions(run(text, known_names=REGISTRY))) == [
        ("东方资讯", "fine", "2025-09-12"), ("东方资讯", "rectification_order", "2025-09-12"),
        ("东方资讯", "warning", "2025-09-12")]


def test_a_measure_told_as_also_taken_takes_the_day_of_the_measures_just_told():
    text = ("3月8日,沪深两大交易所在一天内共开出10张“罚单”。\n当天,受到深交所纪律处分的上市公司包括东方资讯(300904.SZ)。"
            "上交所亦对阳川化工(600902.SH)及董秘予以通报批评的纪律处分。")
    assert ("阳川化工", "circulated_criticism", "2025-03-08") in actions(run(text, known_names=REGISTRY))


def test_a_digital_company_named_where_a_name_stands():
    text = "3月25日晚间,北交所上市公司广青数字发布关于立案调查进展的公告。去年12月4日,广青数字收到中国证监会下发的《立案告知书》。"
    assert actions(run(text, published="2025-03-27")) == [("广青数字", "investigation", "2024-12-04")]


def test_a_subsidiary_s_violation_as_the_reason_leaves_the_company_s_own_warning():
    text = "6月5日,阳川化工因子公司违规担保被实施其他风险警示。"
    assert statuses(run(text, known_names=REGISTRY)) == [("阳川化工", None, "ST", "2025-06-05")]


# -- fourteenth session: what the thirty-fourth set of real pages taught ------------------------------


def test_the_regulator_inside_the_passive_wins_over_the_exchange_the_company_is_listed_on():
    text = "青岚示例电气股份有限公司在深交所创业板上市,2015年7月14日被中国证监会立案调查。"
    result = run(text)
    assert [(a["regulator"], a["measure"], a["date"]) for a in result["enforcement_actions"]] == [
        ("中国证监会", "investigation", "2015-07-14")]


def test_the_day_another_decision_was_received_does_not_date_the_investigation():
    text = "东方资讯于2015年7月14日被中国证监会立案调查,并于2016年7月8日收到中国证监会《行政处罚决定书》。"
    assert actions(run(text, known_names=REGISTRY)) == [("东方资讯", "investigation", "2015-07-14")]


def test_that_year_takes_the_year_the_story_just_named_not_the_page_s():
    text = ("2016年4月30日,东方资讯公告收到中国证监会《调查通知书》。当年7月22日,中国证监会对东方资讯作出处罚,"
            "处以60万元罚款。")
    assert ("东方资讯", "fine", "2016-07-22") in actions(run(text, published="2019-04-26", known_names=REGISTRY))


def test_the_delisting_decision_and_the_delisting_months_later_after_a_review_are_one_change():
    text = ("东方资讯股票已于2025年5月14日被深圳证券交易所决定终止上市。2025年6月17日公司收到《股票终止上市复核决定书》,"
            "公司股票自2025年6月18日起进入退市整理期,公司股票将于2025年8月4日被深圳证券交易所予以摘牌。")
    assert [s for s in statuses(run(text, known_names=REGISTRY)) if s[2] == "delisted"] == [
        ("东方资讯", None, "delisted", "2025-08-04")]


def test_a_supervisory_ticket_is_no_fine():
    text = "阳川化工(600902.SH)再次因为信披违规收到了监管罚单。"
    assert [a[1] for a in actions(run(text, known_names=REGISTRY))] == []


def test_two_issuers_of_one_measure_give_one_record_each():
    text = "今年6月和10月,湖南证监局和上交所先后发布公告对阳川化工及其相关责任人进行了监管警示。"
    result = run(text, known_names=REGISTRY)
    assert sorted((a["regulator"], a["measure"]) for a in result["enforcement_actions"]) == [
        ("上交所", "other"), ("湖南证监局", "other")]


def test_two_issuers_of_two_measures_each_give_their_own():
    text = "2025年6月1日,北京证监局和上交所分别对ST青岚出具警示函和监管工作函。"
    result = run(text, known_names=REGISTRY)
    assert sorted((a["regulator"], a["measure"]) for a in result["enforcement_actions"]) == [
        ("上交所", "work_letter"), ("北京证监局", "warning_letter")]


def test_a_disclosure_the_case_is_about_does_not_date_a_measure_the_story_reports_from_an_undated_lead():
    text = ("证监会网站昨日公布关于对阳川化工采取出具警示函措施的决定。\n"
            "阳川化工于2025年1月20日披露《2024年度业绩预告》,业绩预告相关信息披露不准确。\n"
            "湖南证监局决定对阳川化工采取出具警示函的监督管理措施。")
    # (The day before the page's, on which the lead says it was published; not the disclosure's.)
    assert actions(run(text, known_names=REGISTRY)) == [("阳川化工", "warning_letter", "2025-06-09")]


def test_a_court_s_ruling_is_no_part_of_the_applicant_s_name():
    text = ("青岚超市公告,公司收到湘潭中院送达的《民事裁定书》,湘潭中院裁定受理龙牌示例食品股份有限公司对公司的重整申请。"
            "公司股票将于6月12日停牌一天,并自6月13日复牌交易起被实施退市风险警示,股票简称改为“*ST青超”。")
    result = run(text)
    assert "湘潭中院" not in str(result["companies"])
    assert [(s[2], s[3]) for s in statuses(result)] == [("*ST", "2025-06-13")]


def test_a_spun_work_letter_is_a_work_letter():
    assert actions(run("阳川化工6月20日公告,收到上交所下发的信息发表监管作业函。", "2025-06-21", known_names=REGISTRY)) == [
        ("阳川化工", "work_letter", "2025-06-20")]


def test_a_second_letter_sent_swiftly_also_in_a_story_about_one_company():
    text = "2月14日晚间,ST青岚公告称实际控制人计划增持公司股份。\n同日晚间,深交所亦火速下发关注函,要求公司核查增持资金来源。"
    assert actions(run(text, known_names=REGISTRY)) == [("ST青岚", "concern_letter", "2025-02-14")]


def test_a_reply_put_off_to_the_latest_day():
    text = "ST青岚收到深交所关注函。经公司申请,延期至最晚于2025年6月18日提交对关注函的回复。"
    assert [d["due_date"] for d in run(text, known_names=REGISTRY)["deadlines"]] == ["2025-06-18"]


def test_an_extension_voted_down_is_no_deadline():
    text = ("阳川化工控股股东承诺将于2025年6月30日前偿还上述非经营性占用款项。2025年7月17日公司召开临时股东大会,"
            "审议议案,拟将承诺履行期限改为延长至2026年6月30日,该议案未获得股东大会通过。")
    assert [d["due_date"] for d in run(text, known_names=REGISTRY)["deadlines"]] == ["2025-06-30"]


def test_a_person_s_promise_to_return_money_to_the_company():
    text = "东方资讯公告,示例基金将公司投资款用作其债务往来,但原董事长方明生承诺于2025年8月1日之前负责返还投资款及利息。"
    assert [(d["company"], d["due_date"]) for d in run(text, known_names=REGISTRY)["deadlines"]] == [
        ("东方资讯", "2025-08-01")]


def test_a_place_then_a_word_that_starts_with_a_boundary_character_stays_in_the_full_name():
    text = "深交所网站24日公布了关于对天津经纬示例光电股份有限公司(简称“经纬示例”)的监管函。"
    result = run(text, published="2025-06-24")
    assert full_and_short_names(result) == [("天津经纬示例光电股份有限公司", ["经纬示例"])]
    assert actions(result) == [("经纬示例", "regulatory_letter", "2025-06-24")]


def test_a_company_with_b_shares_names_its_a_shares_with_the_letter():
    text = "*ST青岚A:关于撤销公司股票交易退市风险警示的公告\n*ST青岚A股票自2018年3月15日起撤销退市风险警示。"
    assert statuses(run(text)) == [("*ST青岚A", "*ST", "normal", "2018-03-15")]


def test_both_stars_and_the_cap_lifted_at_once():
    assert statuses(run("*ST岳林摘星摘帽 6月18日复牌", known_names=REGISTRY)) == [("*ST岳林", None, "normal", "2025-06-18")]


def test_a_ground_the_rule_lists_is_no_warning():
    text = ("证券代码:300903 证券简称:*ST岳林 公告编号:2025-050\n岳林示例股份有限公司关于撤销退市风险警示并继续实施"
            "其他风险警示的公告\n●公司股票自2025年5月20日开市起撤销退市风险警示并继续实施其他风险警示,股票简称将由"
            "“*ST岳林”变更为“ST岳林”。\n●公司股票交易的其他风险警示暂未撤销,仍将被实施“其他风险警示”,原因是《深圳证券交易所股票上市规则》"
            "第9.8.1条所列实施其他风险警示中第(五)项“公司生产经营活动受到严重影响且预计在三个月内不能恢复正常”的情形"
            "尚未完全得以消除。")
    assert statuses(run(text, known_names=REGISTRY)) == [("*ST岳林", "*ST", "ST", "2025-05-20")]


def test_a_delisting_decided_on_a_day_is_undated_without_the_day_shares_leave():
    text = "此前的5月28日晚间,*ST岳林和ST青岚被上交所宣告退市。次日,阳川化工被深交所终止上市。"
    assert sorted(statuses(run(text, known_names=REGISTRY))) == [
        ("*ST岳林", "*ST", "delisted", None), ("ST青岚", "ST", "delisted", None), ("阳川化工", None, "delisted", None)]


def test_a_delisting_decision_the_exchange_will_make_is_no_change():
    text = "上交所将根据《股票上市规则》第9.2.7条等规定,对阳川化工股票作出终止上市的决定。"
    assert statuses(run(text, known_names=REGISTRY)) == []


def test_the_first_day_of_the_delisting_period_is_not_the_day_of_the_delisting():
    text = ("东方资讯股份有限公司关于收到股票终止上市决定的公告\n1.终止上市的证券简称:东方资讯;证券代码:300904;\n"
            "2.退市整理期的交易起始日为2025年6月1日,预计最后交易日期为2025年6月22日。\n"
            "公司股票于退市整理期届满的次一交易日摘牌,公司股票终止上市。")
    assert [s[3] for s in statuses(run(text, known_names=REGISTRY)) if s[2] == "delisted"] == [None]


def test_an_officer_introduced_as_the_company_s_with_de_before_the_name():
    text = ("12月19日晚间,ST青岚公告收到湖南证监局的《行政处罚事先告知书》。湖南证监局对ST青岚给予警告。"
            "具体来看,时任公司董事长的周明被给予警告。此外,湖南证监局还对周明采取10年证券市场禁入措施。")
    result = run(text, published="2025-12-20", known_names=REGISTRY)
    assert [(a["measure"], a["persons"]) for a in result["enforcement_actions"] if a["measure"] == "market_ban"] == [
        ("market_ban", ["周明"])]


def test_a_label_given_by_the_exchange_named_in_between():
    text = "5月19日晚间,ST青岚发布公告。公司股票也是在此期间被上交所“ST”(特别处理)。"
    assert statuses(run(text, known_names=REGISTRY)) == [("ST青岚", None, "ST", None)]


def test_a_portal_s_bracket_between_the_day_and_the_announcement():
    text = ("4月9日,阳川化工(600902.SH,股价14.86元,市值90.64亿元)公告称,其于近日收到湖南证监局出具的"
            "《关于对阳川化工采取出具警示函措施的决定》。")
    assert actions(run(text, known_names=REGISTRY)) == [("阳川化工", "warning_letter", "2025-04-09")]


def test_why_a_measure_came_is_no_second_measure():
    text = ("4月9日,阳川化工公告称收到湖南证监局出具的警示函。记者注意到,阳川化工及相关人士之所以收到监管警示,"
            "是因为公司年度报告中净资产收益率计算错误。")
    assert actions(run(text, known_names=REGISTRY)) == [("阳川化工", "warning_letter", "2025-04-09")]


def test_a_full_name_that_is_the_short_name_with_youxian_gongsi():
    text = ("中岚股份因存在未披露关联关系等信息披露违规行为,广东证监局对公司董事长张顺采取出具警示函措施。"
            "资料显示,中岚股份有限公司注册地址为广东省惠州市。中岚股份今年以来多次收到深交所关注函。")
    result = run(text)
    assert full_and_short_names(result) == [("中岚股份有限公司", ["中岚股份"])]
    assert [(a["company"], a["measure"]) for a in result["enforcement_actions"]][0] == ("中岚股份", "warning_letter")


def test_st_names_on_a_page_about_neeq_companies_alone_are_not_listed_companies():
    text = ("继ST嘉岚撤销风险警示后,ST大岚等3家新三板公司也成功“摘帽”。根据《全国中小企业股份转让系统业务规则(试行)》"
            "第4.2.8条的规定,ST大岚股票交易从2023年5月5日起被实行风险警示,2024年7月2日起撤销风险警示。")
    # As the review queue runs it: with the whole registry of listed companies, which does not know them.
    whole = {**REGISTRY, **{f"示例{n:04d}": f"code:{600000 + n}" for n in range(1200)}}
    assert run(text, known_names=whole)["status_changes"] == []
    # A page that also speaks of the A-share market keeps them.
    assert run("深交所主板公司" + text, known_names=whole)["status_changes"] != []


def test_the_officer_of_another_company_the_sentence_names_is_not_the_story_s():
    text = ("特力示例(000025)的幕后操盘手近日现形,为深圳市中鑫示例基金管理有限公司(以下简称“中鑫示例”)。"
            "证监会依法作出处罚,没收中鑫示例违法所得约1.5亿元;中鑫示例实际控制人李建林为直接负责的主管人员,"
            "对李建林给予警告,并处以罚款60万元。")
    assert run(text, known_names={"特力示例": "code:000025"})["enforcement_actions"] == []


def test_the_case_a_rule_speaks_of_is_no_change():
    text = ("证券代码:300903 证券简称:*ST岳林 编号:2025-125\n岳林示例股份有限公司\n"
            "根据《深圳证券交易所创业板股票上市规则》第9.8条的规定,公司因《股票上市规则》第9.4条规定情形被实施其他风险"
            "警示的,公司应当至少每月披露一次进展公告,直至相应情形消除。")
    assert statuses(run(text, known_names=REGISTRY)) == []


def test_a_headline_over_a_lead_that_opens_with_its_day_is_a_line_of_its_own():
    text = ("ST青岚年报再遭问询,被要求自查是否符合申请撤销退市风险警示和其他风险警示的条件\n"
            "深交所8月3日下发关于对ST青岚2024年年报的二次问询函。")
    assert actions(run(text, published="2025-08-03", known_names=REGISTRY)) == [
        ("ST青岚", "inquiry_letter", "2025-08-03")]


def test_a_name_in_quotes_before_its_code():
    text = "“紫岚存储”(688086)于2022年4月30日发布公告,公司股票将于2022年5月6日复牌,自复牌之日实施退市风险警示。"
    result = run(text)
    assert [(c["short_names"], c["code"]) for c in result["companies"]] == [(["紫岚存储"], "688086")]
    assert statuses(result) == [("紫岚存储", None, "*ST", "2022-05-06")]


def test_the_star_and_the_cap_put_on_on_a_day():
    text = "得润示例将自1月6日开市起实施其他风险警示。另据披露,同日,阳川化工(600902.SZ)将“披星戴帽”,变更为*ST阳川。"
    assert ("阳川化工", None, "*ST", "2026-01-06") in statuses(run(text, published="2026-01-05", known_names=REGISTRY))


def test_the_same_day_is_not_the_day_a_figure_was_counted_to():
    text = ("5月12日晚间,ST青岚公告称,中国证监会决定对公司立案。截至3月31日,公司股东户数为4.8万户。"
            "同日晚间,阳川化工也公告,因涉嫌信息披露违法违规,中国证监会决定对公司立案。")
    assert actions(run(text, published="2025-05-15", known_names=REGISTRY)) == [
        ("ST青岚", "investigation", "2025-05-12"), ("阳川化工", "investigation", "2025-05-12")]


def test_what_was_done_by_a_day_is_no_deadline():
    text = "ST青岚公告显示,公司新一届董事会已于2025年4月21日前全部解决了资金占用、违规担保问题,收回了占用资金本息。"
    assert run(text, known_names=REGISTRY)["deadlines"] == []


def test_cases_counted_by_zong_are_nobody_s_record():
    text = "深交所:本周对阳川化工等涨跌异常股票实行了重点监控一、上市公司监管动态本所对1宗违规行为进行纪律处分。"
    assert actions(run(text, known_names=REGISTRY)) == []


def test_frozen_accounts_case_is_no_closed_case():
    text = "立案调查与账户冻结案例 - 阳川化工因涉嫌财务数据虚假记载于2025年11月1日被立案,其3个证券账户被冻结。"
    assert actions(run(text, known_names=REGISTRY)) == [("阳川化工", "investigation", "2025-11-01")]


def test_a_summary_s_footnote_mark_right_after_the_passive():
    text = "立案调查类型多元化 - 阳川化工实控人马学军因涉嫌操纵证券市场于2025年2月4日被立案 [8]"
    assert actions(run(text, known_names=REGISTRY)) == [("阳川化工", "investigation", "2025-02-04")]


def test_a_heavy_fine_told_in_the_passive():
    text = "从处罚金额上来看,阳川化工连续6年财务造假,被重罚1.5亿元;ST青岚被顶格罚600万元。"
    result = run(text, known_names=REGISTRY)
    assert sorted((a["company"], a["measure"], a["amount_yuan"]) for a in result["enforcement_actions"]) == [
        ("ST青岚", "fine", 6000000), ("阳川化工", "fine", 150000000)]


def test_a_spun_story_of_an_investigation():
    text = "*ST岳林28日晚间通知布告称,因涉嫌信息表露违法违规,按照有关划定,证监会决议对公司立案查询拜访。"
    assert actions(run(text, known_names=REGISTRY)) == [("*ST岳林", "investigation", "2025-05-28")]


def test_a_document_header_cut_by_the_first_lines_read_does_not_break_the_page():
    # The header of a reposted notice begins 377 characters into a story: the look at an article's first 400
    # characters sees "证券简称:ST青" of "ST青岚". The page is still read (no error) and the notice's company found.
    filler = "与此同时,示例公司还存在数笔大额资金“有去无回”的商业交易。" * 13
    text = filler[:377] + "证券代码:600901证券简称:ST青岚公告编号:2024-038\n公司于2024年5月6日起被实施其他风险警示。"
    result = run(text, known_names=REGISTRY)
    assert ("ST青岚", None, "ST", "2024-05-06") in statuses(result)


def test_a_warning_after_a_report_still_to_be_published_is_no_change():
    text = "根据有关规定,ST青岚股票将在公司2024年年度报告披露后停牌,并在复牌后被实施退市风险警示(*ST)。"
    assert statuses(run(text, known_names=REGISTRY)) == []


def test_a_subsidiary_s_penalty_from_an_authority_not_named_is_no_record():
    text = ("ST青岚(600901):控股子公司收到《行政处罚决定书》和《责令改正违法行为决定书》\n"
            "青岚示例股份有限公司(以下简称“公司”)于近日收到控股子公司通海示例水务发展有限公司发来的《行政处罚决定书》"
            "《责令改正违法行为决定书》。")
    assert actions(run(text, known_names=REGISTRY)) == []


def test_the_csrc_decided_by_law_on_its_own_day():
    text = ("A股上市公司ST青岚(600901)日前公告称,公司2021年12月24日收到《立案告知书》,因涉嫌信息披露违法违规,"
            "2021年12月10日,证监会依法决定对其立案。")
    assert actions(run(text, published="2022-01-05", known_names=REGISTRY)) == [
        ("ST青岚", "investigation", "2021-12-10")]


def test_a_spun_lead_with_a_portal_s_nested_bracket_dates_the_decision_it_reports():
    text = ("8月9日,青岚示例股份有限公司(ST青岚(维权),600901)败露对于收到《行政处罚决定书》的公告。\n"
            "ST青岚在年度报告中存在虚假记载。\n决定对ST青岚责令改正,给予警告,并处以1250万元罚款。")
    assert ("ST青岚", "fine", "2025-08-09") in actions(run(text, published="2025-08-11", known_names=REGISTRY))


# -- fifteenth session: exchange discipline, occupation and status pages ------------------------------------


def test_a_portal_announcement_page_of_an_exchange_decision_takes_its_parties_and_day():
    # The portal puts the stock's name before the title and quote residue above it; the parties of a PDF's copy
    # run several to a line.
    text = ("读取中,请稍候\n\n00-00 00:00:00\n--.--\n0.00 (0.000%)\n昨收盘:0.000今开盘:0.000\n成交额:0成交量:0\n"
            "市盈率:0.000\n"
            "ST青岚:关于对青岚示例科技股份有限公司有关责任人予以监管警示的决定 下载公告\n公告日期:2025-06-09\n\n"
            "上海证券交易所\n\n监管措施决定书\n\n〔2025〕12号\n\n关于对青岚示例科技股份有限公司有关\n\n责任人予以监管警示的决定\n\n"
            "当事人:\n\n曾 明,青岚示例科技股份有限公司时任董事长;\n\n"
            "韩立新,青岚示例科技股份有限公司时任董事;邵云,青岚示例科技股份有限公司时任独立董事;\n\n"
            "一、上市公司及相关主体违规情况\n\n青岚示例科技股份有限公司(以下简称公司)为本所上市公司。")
    result = run(text, published="2025-06-09", known_names=REGISTRY)
    assert [(r["company"], r["regulator"], r["measure"], r["date"], r["persons"])
            for r in result["enforcement_actions"]] == [
        ("ST青岚", "上交所", "other", "2025-06-09", ["曾明", "韩立新", "邵云"])]


def test_an_exchange_decision_numbered_by_the_exchange_is_dated_by_the_page():
    text = ("ST青岚:关于对青岚示例科技股份有限公司有关责任人予以监管警示的决定\n上证公监函〔2025〕0213号\n"
            "关于对青岚示例科技股份有限公司\n有关责任人予以监管警示的决定\n当事人:\n"
            "韩立新,青岚示例科技股份有限公司时任董事会秘书。\n经查明,公司存在资金占用。")
    assert [(r["regulator"], r["date"]) for r in run(text, published="2025-06-09",
                                                     known_names=REGISTRY)["enforcement_actions"]] == [
        ("上交所", "2025-06-09")]


def test_a_day_right_after_a_reporter_s_byline_dates_the_measure():
    text = ("中国网财经9月27日讯(记者韩立新 邵云)26日,深交所发布的公告显示,阳川化工业绩预告不准确。"
            "为此,深交所对阳川化工及相关当事人给予通报批评处分。")
    assert actions(run(text, published="2025-09-27", known_names=REGISTRY)) == [
        ("阳川化工", "circulated_criticism", "2025-09-26")]
    # After a document's bracketed number a day stays no day.
    assert "26日" not in [d.text for d in find_dates("依据(2025)26号决定", datetime.date(2025, 9, 27))]


def test_a_role_given_as_a_company_s_short_name_is_no_company():
    text = ("证券代码:600901 证券简称:ST青岚 公告编号:2025-022\n青岚示例科技股份有限公司\n关于延期回复问询函的公告\n"
            "公司会同保荐机构东方资讯股份有限公司(以下简称“保荐机构”)逐项核查。由于保荐机构出具的核查意见亦需"
            "履行内部审核流程,故公司无法在2025年6月20日前完成问询函的回复。")
    result = run(text, known_names=REGISTRY)
    assert [(r["company"], r["due_date"]) for r in result["deadlines"]] == [("ST青岚", "2025-06-20")]


def test_every_quoted_company_after_a_measure_that_describes_them():
    text = "深交所对因涉嫌财务造假被中国证监会立案的“ST青岚”“*ST岳林”进行重点监控。"
    assert actions(run(text, known_names=REGISTRY)) == [
        ("ST青岚", "investigation", None), ("*ST岳林", "investigation", None)]


def test_unfit_to_be_a_director_or_officer_in_short():
    text = "ST青岚资金占用问题不小,董事长则被认定为五年不适合担任上市公司董监高。"
    assert actions(run(text, known_names=REGISTRY)) == [("ST青岚", "unfit_declaration", None)]


def test_the_label_s_own_words_are_no_st_company():
    text = ("按照8月29日公告,阳川化工发现存在控股股东占用公司资金事项,而控股股东示例集团有限公司(下称示例集团)"
            "承诺于2025年6月29日前解决对外担保及资金占用事项。如果示例集团在一个月内解决不了归还占用资金问题,"
            "公司可能会被实行ST其他风险警示。\n示例集团原承诺于2025年6月29日前解决公司对外担保及资金占用事项,"
            "但示例集团暂时未能与各债权人协调一致。")
    result = run(text, known_names=REGISTRY)
    assert company_names(result) == ["阳川化工"]
    assert [r["company"] for r in result["deadlines"]] == ["阳川化工"]


def test_yesterday_of_an_announcement_the_sentence_dates():
    text = "5月22日,ST青岚发布公告称,公司已于昨日收到湖南证监局下发的《行政处罚决定书》,公司被予以警告。"
    assert actions(run(text, published="2025-05-23", known_names=REGISTRY)) == [("ST青岚", "warning", "2025-05-21")]
    # Yesterday of a day the sentence does not say was an announcement stays unknown.
    found = find_dates("5月22日,公司股价大跌,昨日公司收到", datetime.date(2025, 5, 23))
    assert [d.value for d in found] == [datetime.date(2025, 5, 22), None]


def test_the_same_day_as_a_month_is_no_day():
    text = ("6月19日晚,阳川化工宣布实行其他风险警示叠加。2024年8月份,公司对外宣布存在违规担保,当日,"
            "深交所向公司连发两封问询函。")
    assert actions(run(text, known_names=REGISTRY)) == [
        ("阳川化工", "inquiry_letter", None), ("阳川化工", "inquiry_letter", None)]


def test_an_officer_the_story_introduced_fined_by_name_alone():
    text = ("阳川化工时任董事长、实际控制人韩立新违规担保。而把公司当做提款机的韩立新,"
            "于10月底被江苏证监局处罚60万元。")
    result = run(text, known_names=REGISTRY)
    assert [(r["company"], r["measure"], r["amount_yuan"], r["persons"]) for r in result["enforcement_actions"]] == [
        ("阳川化工", "fine", 600000, ["韩立新"])]
    # A person the story never called the company's officer is no record of it.
    stranger = "阳川化工时任董事长韩立新违规担保。股民邵云于10月底被江苏证监局处罚60万元。"
    assert actions(run(stranger, known_names=REGISTRY)) == []


def test_a_supervisory_decision_whose_kind_is_not_given_is_other():
    text = "ST青岚公告称,公司于2025年6月7日收到广东证监局下发的《行政监管措施决定书》。"
    assert actions(run(text, known_names=REGISTRY)) == [("ST青岚", "other", "2025-06-07")]
    # When the page names its kind, the decision is that measure alone.
    named = text + "广东证监局决定对公司采取出具警示函的监管措施。"
    assert actions(run(named, known_names=REGISTRY)) == [("ST青岚", "warning_letter", "2025-06-07")]


def test_the_day_a_bureau_issued_a_prior_notice_dates_the_penalties_told_below():
    text = ("2024年8月,阳川化工收到调查通知书。2025年4月18日,中国证监会湖南证监局下达了关于阳川化工的"
            "《行政处罚事先告知书》。\n其中,公司虚增营业收入1805.88万元。\n"
            "对此情况,湖南证监局对阳川化工进行了处罚,其中对阳川化工责令改正,给予警告,并处以60万元罚款。")
    found = actions(run(text, published="2025-04-19", known_names=REGISTRY))
    assert ("阳川化工", "warning", "2025-04-18") in found and ("阳川化工", "fine", "2025-04-18") in found


def test_a_day_with_the_regulator_s_news_dates_its_proposal():
    text = "证监会16日消息,证监会拟决定对阳川化工处以60万元罚款的顶格处罚。"
    assert actions(run(text, published="2025-10-17", known_names=REGISTRY)) == [("阳川化工", "fine", "2025-10-16")]


def test_a_second_announcement_of_a_decision_dates_the_penalties_below():
    text = ("2025年6月17日,阳川化工公告称,公司收到中国证监会《行政处罚事先告知书》。不久后,即8月1日,公司再次公告称,"
            "收到中国证监会《行政处罚决定书》。\n公告显示,阳川化工虚增收入45亿元。\n"
            "证监会决定对阳川化工给予警告并处50万元罚款。")
    found = actions(run(text, published="2025-12-05", known_names=REGISTRY))
    assert ("阳川化工", "warning", "2025-08-01") in found and ("阳川化工", "fine", "2025-08-01") in found


def test_a_suit_against_a_decision_is_no_measure_and_a_passive_warning_is_one():
    text = ("5月21日,北京一中院就原阳川化工董事长韩立新诉证监会行政处罚决定、证券市场禁入决定两案公开宣判。"
            "2024年7月份,作为阳川化工董事长的韩立新被证监会警告,处以892万元的罚款。")
    assert actions(run(text, published="2025-05-23", known_names=REGISTRY)) == [
        ("阳川化工", "warning", None), ("阳川化工", "fine", None)]


def test_a_short_name_listed_after_the_page_s_own_word_for_the_company():
    # (The company's stock still bears its old name, which shares nothing with its full name.)
    text = ("2025年2月23日,广西青岚示例科技股份有限公司(以下简称\"公司\"、\"ST北生\")收到中国证券监督管理委员会"
            "《行政处罚及市场禁入事先告知书》。拟对ST北生采取终身市场禁入措施。")
    result = run(text)
    assert full_and_short_names(result) == [("广西青岚示例科技股份有限公司", ["ST北生"])]


def test_a_short_name_belongs_to_the_full_name_it_starts_not_to_its_subsidiary():
    text = ("示例生物科技股份有限公司11日公告称,收到证监会行政处罚决定书。公告显示,证监会对示例生物给予警告。"
            "此前药监局对长春示例生物科技股份有限公司进行飞行检查。")
    assert full_and_short_names(run(text, published="2025-12-13")) == [("示例生物科技股份有限公司", ["示例生物"])]


def test_an_adverb_between_the_company_and_its_announcement_is_no_part_of_its_name():
    text = "4月14日晚,阳川化工曾发布公告,称公司股票自4月16日起撤销其他风险警示。"
    assert statuses(run(text, published="2025-04-16", known_names=REGISTRY)) == [
        ("阳川化工", "ST", "normal", "2025-04-16")]


def test_a_delisting_warning_of_a_named_kind_is_star_st():
    text = "12月19日,ST青岚公告,股票已于2024年11月1日起被实施重大违法类强制退市风险警示。"
    assert statuses(run(text, published="2024-12-19", known_names=REGISTRY)) == [
        ("ST青岚", "ST", "*ST", "2024-11-01")]


def test_a_headline_is_not_read_into_a_lead_that_opens_with_the_company_and_its_code():
    text = ("停牌1天!撤销退市警示,股价从34元跌到5元,1.6万股东翘首以盼\n\n"
            "示例生物(旧名)(300313)发布公告,停牌一天,并且在第二天复牌,撤销退市风险警示并继续实施其他风险警示,"
            "股票名称由“*ST示例”变更为“ST示例”。")
    assert statuses(run(text, known_names={"*ST示例": "code:300313"})) == [("示例生物", "*ST", "ST", None)]


def test_an_application_the_board_approved_is_no_change():
    # The headline runs into the lead; the application is the headline's, the approval the board's.
    text = ("*ST岳林(300903.SZ):申请撤销退市风险警示及可能被实施其他风险警示\n时间:25-04-22 19:28来源:格隆汇\n"
            "格隆汇4月22日丨*ST岳林(300903)(300903.SZ)公布,经公司第九届董事会第十二次会议审议批准,公司于2025年4月22日"
            "向深圳证券交易所提交撤销对公司股票实施退市风险警示的申请,深圳证券交易所将于收到公司申请之日后五个交易日内"
            "决定是否撤销对公司股票实施的退市风险警示。")
    assert statuses(run(text, published="2025-04-22", known_names=REGISTRY)) == []


def test_both_warnings_at_once_from_the_day_the_notice_gives():
    text = ("4月30日消息,今日晚间,阳川化工公告称,深圳证券交易所将对公司股票交易实施“退市风险警示”和“其他风险警示”。"
            "公司股票于2025年5月6日停牌一天,自2025年5月7日复牌之日起,深圳证券交易所对公司股票交易实施退市风险警示"
            "和其他风险警示。")
    assert statuses(run(text, published="2025-04-30", known_names=REGISTRY)) == [
        ("阳川化工", None, "*ST", "2025-05-07"), ("阳川化工", "*ST", "*ST", "2025-05-07")]


def deadlines(result):
    return [(r["company"], r["due_date"]) for r in result["deadlines"]]


def test_reply_days_put_off_expected_or_no_later_than():
    extended = ("阳川化工公告称,公司收到深交所问询函。经公司向深圳证券交易所申请,上述问询函的回复工作延期至"
                "2025年6月10日前完成。")
    assert deadlines(run(extended, known_names=REGISTRY)) == [("阳川化工", "2025-06-10")]
    expected = ("阳川化工收到上交所问询函。目前无法在交易所要求的时间内完成,公司将积极推进相关回复工作,"
                "预计于2025年1月21日向上海证券交易所报送回复文件。")
    assert deadlines(run(expected, known_names=REGISTRY)) == [("阳川化工", "2025-01-21")]
    no_later = "阳川化工收到关注函。经向深交所申请,公司将不晚于2025年9月9日完成《关注函》回复工作。"
    assert deadlines(run(no_later, known_names=REGISTRY)) == [("阳川化工", "2025-09-09")]
    # A day the company expects to publish its annual report is no reply owed.
    report = "阳川化工收到关注函。公司预计于2025年4月30日披露年度报告。"
    assert deadlines(run(report, known_names=REGISTRY)) == []


def test_a_reply_the_letter_asks_of_the_story_s_company_in_a_sentence_that_names_none():
    text = ("3月1日,阳川化工再收深交所关注函,要求公司说明相关问题的进展。深交所要求公司做出书面说明,"
            "在2025年3月8日前将有关说明材料报送并对外披露,同时抄送派出机构。")
    assert deadlines(run(text, known_names=REGISTRY)) == [("阳川化工", "2025-03-08")]


def test_what_stands_between_a_reply_day_and_the_reply():
    about = ("阳川化工收到上交所问询函,要求公司在2025年1月18日之前,针对《问询函》的有关问题书面回复上海证券交易所。")
    assert deadlines(run(about, known_names=REGISTRY)) == [("阳川化工", "2025-01-18")]
    listed = ("深交所向阳川化工发出年报问询函、半年报问询函和三季报问询函,要求公司作出书面说明,并在2024年6月22日前、"
              "2024年9月10日前、2024年11月19日前将有关说明材料报送深交所。")
    assert deadlines(run(listed, known_names=REGISTRY)) == [
        ("阳川化工", "2024-06-22"), ("阳川化工", "2024-09-10"), ("阳川化工", "2024-11-19")]
    what = ("阳川化工收到深交所关注函,要求公司作出说明,并于2025年5月12日前将有关说明材料及律师核查意见报送"
            "深圳证券交易所公司部。")
    assert deadlines(run(what, known_names=REGISTRY)) == [("阳川化工", "2025-05-12")]


def test_a_letter_abbreviated_by_the_page_is_no_company():
    text = ("4月22日,深交所向阳川化工发出2024年年报问询函(以下简称“问询函”)。问询函要求阳川化工对19个问题做出"
            "书面说明。")
    assert company_names(run(text, known_names=REGISTRY)) == ["阳川化工"]


def test_a_letter_being_answered_is_not_dated_by_the_answer():
    put_off = ("2025年7月4日,阳川化工公告,宣布再次延期回复深圳证券交易所(深交所)对其2024年年报的问询函。"
               "公司于2025年5月20日收到深交所的《年报问询函》。")
    assert actions(run(put_off, known_names=REGISTRY)) == [("阳川化工", "inquiry_letter", "2025-05-20")]
    titled = ("9月6日晚间,阳川化工发布公告称,因《关于对阳川化工股份有限公司2024年年度报告的信息披露监管问询函》中"
              "涉及部分问题仍需补充,公司预计无法在规定时间内完成回复。")
    assert actions(run(titled, published="2025-09-07", known_names=REGISTRY)) == [
        ("阳川化工", "inquiry_letter", None)]


def test_words_of_a_round_up_are_no_companies_and_its_lists_are_read_whole():
    text = ("5月28盘后,ST青岚(600901.SH)、阳川化工(600902.SH)、东方资讯(300904.SZ)先后发布公告,收到浙江证监局对公司"
            "及相关责任人出具的警示函。")
    assert company_names(run(text, known_names=REGISTRY)) == ["ST青岚", "阳川化工", "东方资讯"]
    listed = ("5月份以来,除阳川化工外,还有利尔达科技、凯大催化、*ST岳林等24家上市公司因业绩预告不准确而收到"
              "监管函或警示函。其中,仅5月24日一天就有东方资讯、ST青岚等5家上市公司领到相关罚单。")
    result = run(listed, known_names=REGISTRY)
    assert "还有利尔达科技" not in company_names(result)
    assert [r for r in result["enforcement_actions"] if r["measure"] == "fine"] == []


def test_the_companies_a_round_up_finds_among_those_that_got_a_letter():
    text = "在前述35家收到年报问询函的公司里,出现了ST青岚、*ST岳林、东方资讯等多家公司。"
    assert actions(run(text, known_names=REGISTRY)) == [
        ("ST青岚", "inquiry_letter", None), ("*ST岳林", "inquiry_letter", None), ("东方资讯", "inquiry_letter", None)]


def test_the_exchange_s_follow_up_questions_are_an_inquiry():
    assert actions(run("深交所就对*ST岳林扭亏的具体原因进行了详细追问。", known_names=REGISTRY)) == [
        ("*ST岳林", "inquiry_letter", None)]
    # A reporter's follow-up question is none.
    assert actions(run("对此记者进行了追问,阳川化工未予回应。", known_names=REGISTRY)) == []


def test_a_listed_short_name_and_the_full_name_that_holds_it_after_a_place():
    registry = {**REGISTRY, "奥联电子": "code:300585", "太阳能": "code:000591"}
    text = ("4月8日,奥联电子发布关于收到行政处罚决定书的公告。\n我会决定:一、对南京奥联汽车电子电器股份有限公司责令改正,"
            "给予警告,并处以300万元罚款。\n2022年12月9日,奥联电子披露公司拟从事钙钛矿太阳能电池的研发。\n"
            "2023年2月10日,深圳证券交易所发出《关注函》,要求说明奥联光能从事相关业务的可行性。")
    result = run(text, published="2024-05-06", known_names=registry)
    assert full_and_short_names(result) == [("南京奥联汽车电子电器股份有限公司", ["奥联电子"])]
    assert ("奥联电子", "concern_letter", "2023-02-10") in actions(result)


def test_a_trade_in_a_company_s_shares_is_no_part_of_its_name():
    text = "2024年10月,张某因违规减持示例重钢科技股份有限公司股票,被江苏证监局责令改正。"
    assert [c["full_name"] for c in run(text)["companies"]] == ["示例重钢科技股份有限公司"]


def test_a_warning_in_place_on_the_company_the_paragraph_is_about():
    text = ("尊敬的投资者:\n*ST岳林(300903)近期股价波动较大。公司多次发布风险提示公告称,公司存在财务类退市风险。"
            "因2024年年末经审计的净资产为负值,已被实施退市风险警示。")
    assert statuses(run(text, known_names=REGISTRY)) == [("*ST岳林", None, "*ST", None)]
    # Not when the paragraph never named the company.
    other = "*ST岳林(300903)近期股价波动较大。\n因2024年年末经审计的净资产为负值,已被实施退市风险警示。"
    assert statuses(run(other, known_names=REGISTRY)) == []


def test_a_list_locked_for_delisting_or_delisted_says_neither_of_each():
    text = "开年来包括ST青岚、*ST岳林和东方资讯在内的三只股票已锁定退市或已完成摘牌退市。"
    assert statuses(run(text, known_names=REGISTRY)) == []


def test_a_decision_received_on_a_day_dates_the_penalties_below_a_lead_of_lately():
    text = ("ST青岚(600901)近日发布公告称,公司于10月12日收到浙江证监局《行政处罚决定书》。\n"
            "经查明,ST青岚存在未按规定披露关联方非经营性资金占用的情况。\n"
            "基于上述违法事实,浙江证监局决定:对ST青岚责令改正,给予警告,并处以60万元罚款。")
    found = actions(run(text, published="2025-10-15", known_names=REGISTRY))
    assert ("ST青岚", "fine", "2025-10-12") in found and ("ST青岚", "warning", "2025-10-12") in found
    # A notice of investigation received is no decision, and a measure of "the same month" keeps its month's day.
    earlier = ("ST青岚(600901)日前公告称,公司2025年12月24日收到《立案告知书》。\n2025年6月,ST青岚被宁夏证监局出具警示函。"
               "同月,宁夏证监局对公司采取责令改正的监督管理措施。")
    assert ("ST青岚", "rectification_order", None) in actions(run(earlier, published="2025-12-27", known_names=REGISTRY))


def test_today_is_the_dateline_s_day():
    text = ("财联社4月15日讯(记者张三)年报高峰即将到来之际,阳川化工业绩预告“大变脸”引起监管关注。今日晚间,阳川化工公告,"
            "公司及相关责任人员收到了福建证监局出具的警示函。")
    assert actions(run(text, published="2025-04-15", known_names=REGISTRY)) == [
        ("阳川化工", "warning_letter", "2025-04-15")]
    # Without a dateline "today" is no day the page gives; nor is a news app's name a day.
    assert find_dates("今日晚间,公司公告", datetime.date(2025, 4, 16))[0].value is None
    assert find_dates("来源:今日头条", datetime.date(2025, 4, 16)) == []


def test_a_span_of_days_after_an_st_name_is_no_part_of_it():
    text = "*ST示例近6日累计涨约55%。公司于2022年2月11日收到中国证监会《立案告知书》。"
    assert company_names(run(text, published="2022-12-01")) == ["*ST示例"]


def test_an_order_of_another_authority_on_a_subsidiary_is_no_securities_measure():
    text = ("ST青岚:子公司因水污染物排放超标被责令整改\n"
            "2025年8月1日,青岚示例股份有限公司子公司青岚示例生物有限责任公司收到长春市环境保护局《责令改正违法行为决定书》。")
    assert actions(run(text, published="2025-08-02", known_names=REGISTRY)) == []
    # A securities regulator's order told the same way stays one.
    securities = "ST青岚:公司因资金占用被责令整改\n2025年8月1日,公司收到吉林证监局《行政监管措施决定书》,要求公司六个月内完成整改。"
    assert [a[1] for a in actions(run(securities, published="2025-08-02", known_names=REGISTRY))] == ["rectification_order"]


def test_directors_officers_and_supervisors_in_short_are_no_person():
    text = "证监会决定,对ST青岚给予警告,处以30万元罚款;并对时任董监高给予警告及3万元至60万元不等的罚款。"
    result = run(text, known_names=REGISTRY)
    assert [(r["measure"], r["persons"]) for r in result["enforcement_actions"]] == [("warning", []), ("fine", [])]


def test_a_later_name_in_brackets_and_a_buyer_that_will_control_the_company():
    text = ("女星让万家示例(现更名为祥源示例)的投资者经历了过山车行情。11月10日,祥源示例公告称,公司收到中国证监会"
            "《行政处罚及市场禁入事先告知书》。中证监拟决定:对万家示例罚款60万元;对龙薇示例罚款60万元。\n"
            "事缘2016年12月23日,万家示例发公告,交易完成后龙薇示例将成为万家示例的控股股东。")
    result = run(text, published="2017-11-13")
    assert full_and_short_names(result) == [(None, ["万家示例", "祥源示例"])]
    # (The notice's title proposes a market ban too: one company, not the buyer.)
    assert sorted((a[1], a[2]) for a in actions(result)) == [("fine", "2017-11-10"), ("market_ban", "2017-11-10")]


def test_a_coded_short_name_and_its_full_name_after_a_city():
    text = ("示例集团收到深圳证监局行政监管措施决定书\n示例集团8月5日公告,公司收到深圳监管局《关于对深圳市示例装饰集团股份有限公司"
            "采取监管谈话措施的决定》。深圳证监局决定对公司采取监管谈话的监管措施。\n·示例集团(002789.SZ):新增诉讼")
    result = run(text, published="2025-08-06")
    assert full_and_short_names(result) == [("深圳市示例装饰集团股份有限公司", ["示例集团"])]
    assert actions(result) == [("示例集团", "regulatory_talk", "2025-08-05")]


def test_companies_listed_then_counted_by_the_measure():
    text = ("截至4月30日,ST青岚(600901)、*ST岳林(300903)、东方资讯(300904)未披露年度报告。"
            "证监会决定对3家公司涉嫌信息披露违法行为立案调查。")
    assert actions(run(text, known_names=REGISTRY)) == [
        ("ST青岚", "investigation", None), ("*ST岳林", "investigation", None), ("东方资讯", "investigation", None)]
    # A count that is not the list's says nothing of whom.
    other = text.replace("对3家公司", "对5家公司")
    assert actions(run(other, known_names=REGISTRY)) == []


def test_delisted_by_now_and_companies_counted_after_their_list():
    text = "年内已有3只股票将被“1元退市”。其中,ST青岚、*ST岳林已经退市摘牌。"
    assert [s[0] for s in statuses(run(text, known_names=REGISTRY))] == ["ST青岚", "*ST岳林"]
    counted = "今年以来已有ST青岚、东方资讯和*ST岳林3家上市公司退市。"
    result = run(counted, known_names=REGISTRY)
    assert [s[0] for s in statuses(result)] == ["ST青岚", "东方资讯", "*ST岳林"]
    assert company_names(result) == ["ST青岚", "东方资讯", "*ST岳林"]


def test_a_warning_told_that_evening_starts_when_trading_resumes():
    text = ("*ST岳林6月10日上午即以6.30元/股封涨停。当天晚间公司公告称:“公司股票将被实施退市风险警示。"
            "6月11日停牌一天,6月12日复牌。”")
    assert statuses(run(text, published="2025-06-15", known_names=REGISTRY)) == [("*ST岳林", None, "*ST", "2025-06-12")]


# -- sixteenth session: rules from the r1500–r1613 pages -------------------------------------------------

WHOLE_REGISTRY = {f"名录{i:04d}": f"code:{600000 + i}" for i in range(1200)} | REGISTRY


def test_what_the_bureau_found_is_no_part_of_the_company_name():
    text = ("阳川化工收到湖北证监局警示函\n阳川化工股份有限公司(以下简称“公司”)于2024年3月8日收到湖北证监局的警示函。"
            "我局在日常监管中发现阳川化工股份有限公司(以下简称阳川化工或公司)存在关联交易未及时披露的问题。")
    result = run(text, known_names=REGISTRY)
    assert full_and_short_names(result) == [("阳川化工股份有限公司", ["阳川化工"])]
    assert actions(result) == [("阳川化工", "warning_letter", "2024-03-08")]


def test_a_decision_addressed_to_a_neeq_company_has_no_subject():
    text = ("关于对闽北示例智能科技股份有限公司采取出具警示函措施的决定\n闽北示例智能科技股份有限公司:\n"
            "经查,你公司未及时披露关联交易,违反了《非上市公众公司信息披露管理办法》的规定。"
            "我局决定对你公司采取出具警示函的行政监管措施。")
    assert run(text, known_names=WHOLE_REGISTRY)["enforcement_actions"] == []


def test_a_same_day_letter_is_not_dated_by_a_period_in_the_findings():
    text = ("阳川化工2月17日公告,近日,公司收到湖北证监局出具的警示函。经查,公司募投项目实施期限至2023年4月30日,"
            "项目在2023年4月30日至2024年9月期间仍有投入。\n同日,深交所下发关于对公司的监管函。")
    assert actions(run(text, published="2025-02-17", known_names=REGISTRY)) == [
        ("阳川化工", "warning_letter", "2025-02-17"), ("阳川化工", "regulatory_letter", "2025-02-17")]


def test_decisions_received_lately_in_a_summary_of_the_issuer_announcement():
    text = ("(原标题:阳川化工关于收到湖北证监局行政监管措施决定书的公告)\n"
            "阳川化工股份有限公司近日收到湖北证监局出具的2份《行政监管措施决定书》。主要内容包括:未及时披露重大诉讼。"
            "湖北证监局决定对公司采取监管谈话及出具警示函的监督管理措施。")
    assert sorted(actions(run(text, published="2025-01-22", known_names=REGISTRY))) == [
        ("阳川化工", "regulatory_talk", "2025-01-22"), ("阳川化工", "warning_letter", "2025-01-22")]


def test_the_mark_itself_is_no_company():
    text = ("阳川化工公告,公司股票交易将被实施退市风险警示(在公司股票简称前冠以*ST字样)。\n"
            "公司股票交易将被实施其他风险警示(在公司股票简称前冠以ST字样)。")
    assert company_names(run(text, known_names=REGISTRY)) == ["阳川化工"]
    lifted = "阳川化工撤销其他风险警示。\n(注:撤销特别处理的股票代码前不再有ST标记)。2021年2月10日,ST标记摘帽。"
    assert company_names(run(lifted, known_names=REGISTRY)) == ["阳川化工"]


def test_both_warnings_at_once_start_when_trading_resumes_after_the_halt_told_before():
    text = ("阳川化工(600902.SH)昨日晚间披露《关于公司股票被实施退市风险警示及叠加其他风险警示暨停牌的公告》。"
            "公司股票于2024年3月29日停牌一天,将于2024年4月1日复牌。\n"
            "因公司2023年度期末净资产为负值,公司股票被实施退市风险警示及叠加其他风险警示。")
    assert statuses(run(text, published="2024-03-29", known_names=REGISTRY)) == [
        ("阳川化工", None, "*ST", "2024-04-01"), ("阳川化工", "*ST", "*ST", "2024-04-01")]
    # Without the halt's paragraph just before, no day is borrowed.
    alone = "阳川化工(600902.SH)公告,因公司2023年度期末净资产为负值,公司股票被实施退市风险警示及叠加其他风险警示。"
    assert [s[3] for s in statuses(run(alone, published="2024-03-29", known_names=REGISTRY))] == [None, None]


def test_the_exchange_named_between_the_day_and_its_consent():
    text = ("6月19日晚间,ST青岚披露了关于撤销其他风险警示暨停复牌的公告。\n"
            "6月19日,深圳证券交易所同意撤销对公司股票交易实施的其他风险警示。公司股票将于2023年6月20日开市起停牌1天,"
            "并于2023年6月21日开市起撤销其他风险警示并恢复交易。")
    assert statuses(run(text, published="2023-06-20", known_names=REGISTRY)) == [("ST青岚", "ST", "normal", "2023-06-21")]


def test_a_number_cited_in_brackets_does_not_end_a_wrapped_line():
    text = ("证券代码:300903 证券简称:*ST 岳林 公告编号:2023—222\n"
            "1、公司于 2023 年 7 月 21 日发布了《关于公司股票交易将被叠加实施退市风险警示的公告》(公告编号:2023-103),公司股\n"
            "票交易于 2023 年 7 月 21 日被叠加实施退市风险警示。")
    assert statuses(run(text, published="2023-12-20", known_names=REGISTRY)) == [("*ST岳林", "*ST", "*ST", "2023-07-21")]


def test_a_court_accepting_creditors_application_is_no_pending_application():
    text = "[预警]*ST岳林(300903):因被法院受理重整申请公司股票交易被叠加实施退市风险警示"
    assert statuses(run(text, known_names=REGISTRY)) == [("*ST岳林", "*ST", "*ST", None)]
    applied = "*ST岳林(300903):公司董事会同意向深交所申请撤销其他风险警示"
    assert statuses(run(applied, known_names=REGISTRY)) == []


def test_a_warning_that_goes_on_is_no_change():
    kept = "*ST岳林公告,撤销相关风险警示暨继续被叠加实施退市风险警示和其他风险警示。"
    assert statuses(run(kept, known_names=REGISTRY)) == []
    denied = "ST青岚表示,公司未因出现退市风险警示情形而被交易所实施退市风险警示,年报披露后继续被交易所实施其他风险警示。"
    assert statuses(run(denied, known_names=REGISTRY)) == []


def test_a_bare_stock_is_the_story_company_stock():
    text = ("时间回溯至2024年4月1日,ST青岚收到中国证监会《行政处罚事先告知书》。"
            "这场定性如同给公司戴上了枷锁——2024年11月8日起,股票被实施其他风险警示,股价应声下跌。")
    assert statuses(run(text, published=None, known_names=REGISTRY)) == [("ST青岚", None, "ST", "2024-11-08")]


def test_an_investigation_told_under_its_announcement_title_takes_its_day():
    text = ("东方资讯发布了年报。比年报早一天发布的,还有2023年4月28日《关于收到中国证券监督管理委员会立案告知书》的公告。"
            "公告显示,因公司涉嫌信息披露违法违规,中国证监会决定对公司立案调查。")
    assert actions(run(text, published="2023-11-18", known_names=REGISTRY)) == [
        ("东方资讯", "investigation", "2023-04-28")]


def test_a_reply_title_names_who_sent_the_letter():
    text = ("证券代码:300903 证券简称:*ST岳林 公告编号:临2024-124\n岳林示例股份有限公司\n"
            "关于上海证券交易所对公司三季报等有关事项的信息披露问询函的回复公告\n本公司董事会保证本公告内容真实。")
    result = run(text, published="2024-11-20", known_names=REGISTRY)
    assert [(r["measure"], r["regulator"], r["date"]) for r in result["enforcement_actions"]] == [
        ("inquiry_letter", "上交所", None)]


def test_a_year_in_the_clause_keeps_the_story_day_off_the_event():
    text = ("东方资讯在11月13日晚间披露的投资者关系活动记录表显示,从2022年公司因商誉减值引发亏损,到2023年被立案调查,"
            "历时将近两年。")
    assert actions(run(text, published="2024-11-14", known_names=REGISTRY)) == [("东方资讯", "investigation", None)]


def test_a_discipline_of_the_counterparty_is_the_listed_company_record():
    text = ("关于对周某某给予公开谴责处分的决定\n公告日期:2022-03-10\n当事人:\n"
            "周某某,阳川化工股份有限公司重大资产重组交易对方和业绩补偿义务人。\n一、违规事实\n经查明,周某某未履行业绩补偿义务。")
    assert [r["company"] for r in run(text, published="2022-03-10", known_names=REGISTRY)["enforcement_actions"]] == [
        "阳川化工股份有限公司"]
    company = ("(原标题:关于对宁波示例投资有限公司给予公开谴责处分的决定)\n深圳证券交易所文件 关于对宁波示例投资有限公司"
               "给予公开谴责处分的决定 当事人: 宁波示例投资有限公司,阳川化工股份有限公司交易对手方和业绩补偿承诺方。 经查明,"
               "宁波示例投资有限公司未履行业绩补偿义务。")
    assert [r["company"] for r in run(company, published="2023-12-29", known_names=REGISTRY)["enforcement_actions"]] == [
        "阳川化工股份有限公司"]


def test_an_adverb_between_the_announcer_and_its_announcing():
    text = "而在2025年2月26日,阳川化工就已发布公告称,当天收到中国证监会《立案告知书》,中国证监会决定对公司立案。"
    result = run(text, known_names=REGISTRY)
    assert company_names(result) == ["阳川化工"]
    assert actions(result) == [("阳川化工", "investigation", "2025-02-26")]
    sudden = "就在10月31日晚上,阳川化工突然发布公告,公司股票将被实施其他风险警示。"
    assert company_names(run(sudden, known_names=REGISTRY)) == ["阳川化工"]


def test_an_announcement_by_its_title_declares_the_announcer():
    text = ("9月5日,普禾示例发布关于立案调查事项进展暨风险提示的公告。公司于2024年7月7日披露了公司收到中国证监会"
            "《立案告知书》。")
    assert actions(run(text)) == [("普禾示例", "investigation", "2024-07-07")]


def test_the_company_bought_and_the_officers_post_are_not_whom():
    text = ("近日,阳川化工及相关责任人收到山东证监局下发的《行政处罚事先告知书》。2018年12月,阳川化工收购了广东示例联合控股集团"
            "股份有限公司(以下简称广东示例)51%的股权。2020年9月25日,阳川化工发布更正公告。山东证监局拟决定对阳川化工,以及"
            "时任阳川化工总经理、广东示例董事长张某某等人均给予警告,并且合计处以1050万元的罚款。")
    result = run(text, published="2025-03-23", known_names=REGISTRY)
    assert company_names(result) == ["阳川化工"]
    # Received lately: not on the day of the correction told before.
    assert actions(result) == [("阳川化工", "warning", None), ("阳川化工", "fine", None)]


def test_a_count_of_companies_is_whom_not_the_company_after_it():
    text = "7家A股公司年内遭证监会立案,阳川化工董事长被罚四年市场禁入。"
    assert actions(run(text, known_names=REGISTRY)) == [("阳川化工", "market_ban", None)]


def test_the_day_of_the_conduct_is_not_the_measure_day():
    text = ("2026年1月7日,阳川化工披露签署战略合作框架协议的公告,涉嫌误导性陈述。近日,中国证监会已对阳川化工立案调查。")
    assert actions(run(text, published="2026-02-10", known_names=REGISTRY)) == [("阳川化工", "investigation", None)]


def test_a_listed_company_named_with_its_delisting_name():
    text = ("苏州第六家上市公司江苏示例(即退市苏示)结束A股旅程。据公司盘后公告,退市整理期已结束。"
            "上交所将在2025年12月31日对公司股票予以摘牌。")
    result = run(text, published="2025-12-30")
    assert full_and_short_names(result) == [(None, ["江苏示例", "退市苏示"])]
    assert [s[1:] for s in statuses(result)] == [(None, "delisted", "2025-12-31")]


def test_a_spinner_s_exposure_is_a_disclosure():
    text = "2月13日晚间,东方资讯裸露公告称,因公司涉嫌信息裸露非法违法,证监会决定对公司进行立案。"
    result = run(text, published="2026-02-14", known_names=REGISTRY)
    assert company_names(result) == ["东方资讯"]
    assert actions(result) == [("东方资讯", "investigation", "2026-02-13")]


def test_a_repayment_told_as_done_by_a_day_is_no_deadline():
    done = ("*ST岳林公告。公司积极应对,通过控股股东转让其所持股份,利用所得资金偿还了被占用的资金及利息共计15.56亿元,"
            "并于8月18日前完成全部清偿。")
    assert run(done, published="2025-08-21", known_names=REGISTRY)["deadlines"] == []
    owed = "*ST岳林公告,控股股东已偿还了部分资金,并承诺于8月18日前完成全部清偿。"
    assert [d["due_date"] for d in run(owed, published="2025-06-21", known_names=REGISTRY)["deadlines"]] == ["2025-08-18"]


def test_lifting_the_delisting_warning_of_a_stock_the_page_names_only_st():
    text = ("ST青岚:控股股东持续协助公司化解风险。2023年度公司期末净资产转正;2024年7月19日起,公司股票正式撤销退市风险警示。")
    assert statuses(run(text, published="2024-07-20", known_names=REGISTRY)) == [("ST青岚", "*ST", "ST", "2024-07-19")]
    plain = "*ST岳林公告,2024年7月19日起,公司股票正式撤销退市风险警示。"
    assert statuses(run(plain, published="2024-07-20", known_names=REGISTRY)) == [
        ("*ST岳林", "*ST", "normal", "2024-07-19")]


def test_an_adverb_after_an_st_name_the_page_writes_alone_elsewhere():
    text = ("S*ST前锋早在今年2月就收到来自上交所的问询函。此后,S*ST前锋在停牌期间未公布工作进展。")
    result = run(text, published="2017-08-01")
    assert company_names(result) == ["S*ST前锋"]
    assert [(r["company"], r["measure"]) for r in result["enforcement_actions"]] == [("S*ST前锋", "inquiry_letter")]


def test_what_was_done_up_to_a_day_is_no_deadline():
    text = "这封问询函让*ST岳林在今年7月26日前共公告了14次延期回复。"
    assert run(text, published="2017-08-01", known_names=REGISTRY)["deadlines"] == []


def test_a_banking_supervisor_s_penalty_is_no_record():
    text = ("东方资讯(300904)公告称,近日收到银保监会上海监管局出具的《审慎监管强制措施决定书》及《行政处罚决定书》,"
            "责令公司改正,并处罚款合计1400万元。")
    assert run(text, known_names=REGISTRY)["enforcement_actions"] == []


def test_a_delisting_decision_still_to_come_is_no_change():
    text = ("12月22日晚间,东方资讯发布公告称,已收到上交所的监管工作函。因连续20个交易日收盘价均低于股票面值,触及终止上市条件;"
            "公司股票将自12月23日开市起停牌,上交所将在此后的15个交易日内召开上市委员会进行审议,并根据上市委员会的审核意见,"
            "作出相应的终止上市决定。")
    assert statuses(run(text, published="2020-12-23", known_names=REGISTRY)) == []


def test_the_time_of_the_month_is_no_part_of_a_coded_name():
    text = "十一月初乐享网(300104.SZ)公布,北京证监局已对其创办人采取责令改正行政监管措施。"
    assert company_names(run(text, published="2017-12-08")) == ["乐享网"]


def test_the_company_named_as_the_cause_of_an_auditor_s_censure_gets_no_record():
    text = ("此前,因江苏阳川高科技股份有限公司(以下简称“阳川高科”)2017年至2021年财务作假,上交所对苏亚示例予以公开谴责,"
            "被罚没共计1950万元。")
    result = run(text, known_names=WHOLE_REGISTRY)
    assert result["enforcement_actions"] == []
    # The company's own censure, with the same cause named first, stays its record.
    own = "此前,因财务作假,上交所对阳川化工予以公开谴责。"
    assert actions(run(own, known_names=REGISTRY)) == [("阳川化工", "public_censure", None)]


def test_a_sudden_announcement():
    text = "时间回溯至今年2月12日,东方资讯突发公告因“涉嫌信息披露违法”被立案调查。"
    assert actions(run(text, published="2022-04-22")) == [("东方资讯", "investigation", "2022-02-12")]


def test_a_described_announcer_and_an_adverb_after_an_old_name():
    text = "2021年4月12日晚,沦落到“三板”的乐享网发布公告,公司收到了证监会做出的《行政处罚决定书》,被罚款2.41亿元。"
    assert company_names(run(text, published="2021-04-13")) == ["乐享网"]
    adverb = ("*ST深川本名“深川地A”,以商品混凝土为主营业务。然而4个月后,深川地却宣布终止重组。"
              "在2022年的年报后,深川地就因立案调查变成ST深川。")
    names = [n for c in run(adverb, published="2023-05-01")["companies"] for n in c["short_names"]]
    assert not any(n.endswith(("就", "却")) for n in names)


def test_the_partner_named_in_the_cause_after_the_company():
    text = ("2026年2月7日,阳川化工发布公告,称收到宁波证监局《行政处罚事先告知书》,因公司与东方资讯重大合同公告涉嫌误导性陈述,"
            "将被处以合计950万元的罚款。")
    assert [r["company"] for r in run(text, published="2026-02-08", known_names=REGISTRY)["enforcement_actions"]] == [
        "阳川化工"]


def test_the_steps_of_a_rule_under_a_condition_the_paragraph_opened():
    text = ("阳川化工称,如公司2022年度财务报告被审计机构出具无法表示意见的情况出现,根据相关规定,公司股票将于年度报告披露日起"
            "开始停牌。上交所在公司股票停牌之日后5个交易日内,根据实际情况,对公司股票实施退市风险警示。自复牌之日起,"
            "上交所对公司股票实施退市风险警示。")
    assert statuses(run(text, published="2023-04-25", known_names=REGISTRY)) == []


def test_a_label_broken_across_lines_and_a_second_ground_stacked():
    text = "*\nST岳林(300903)发布公告,公司股票自2025年2月17日起将被上交所叠加实施其他风险警示。"
    assert statuses(run(text, known_names=REGISTRY)) == [("*ST岳林", "*ST", "*ST", "2025-02-17")]
    also = "ST青岚公告,公司股票自2023年5月4日起将被叠加实施并被继续实施其他风险警示。"
    assert statuses(run(also, published="2023-04-29", known_names=REGISTRY)) == [("ST青岚", "ST", "ST", "2023-05-04")]


def test_a_name_after_a_closing_bracket_and_to_whom():
    text = ("2021年4月28日,华兴示例会计师事务所(特殊普通合伙)(以下简称“华兴”)对广东阳川集团股份有限公司2020年度财务报告出具"
            "无法表示意见的审计报告,公司股票自2021年5月6日起被实施退市风险警示。")
    assert company_names(run(text)) == ["广东阳川集团股份有限公司"]


def test_the_day_inside_a_rename_and_letters_received_before_the_story_day():
    text = ("5月20日,九川堂收到深交所的年报问询函引发关注。据悉,公司在前段时间刚收到来自证监局的警示函。\n"
            "因此在4月25日,九川堂停牌一天,其股票简称26日起由“九川堂”变更为“ST九川”。据九川堂此前发布的年报显示,公司营收下降。")
    result = run(text, published="2024-05-22")
    assert full_and_short_names(result) == [(None, ["九川堂", "ST九川"])]
    assert statuses(result) == [("九川堂", "normal", "ST", "2024-04-26")]
    assert ("九川堂", "warning_letter", "2024-05-20") not in actions(result)


def test_a_clause_with_a_counted_subject_of_its_own():
    text = "“减肥药”阳川化工、东方资讯被通报批评,两家华为概念股遭监管警示。"
    assert sorted(actions(run(text, known_names=REGISTRY))) == [
        ("东方资讯", "circulated_criticism", None), ("阳川化工", "circulated_criticism", None)]


def test_a_company_s_case_is_no_part_of_its_name():
    text = "2026年初监管处罚案例总结 - ST青岚案:因掩盖关联方资金占用及连续两年财务造假,公司及相关责任人被合计罚款1140万元。"
    assert company_names(run(text, published="2026-03-01")) == ["ST青岚"]


def test_each_company_s_own_announcement_dates_what_it_announced():
    text = ("阳川化工、东方资讯被立案调查一事有了新进展。\n11月18日深夜,阳川化工发布公告称,该公司涉嫌虚增营业收入。"
            "紧随其后,11月19日凌晨,东方资讯也公告称,该公司涉嫌虚增利润。\n"
            "对此,证监会拟对阳川化工责令改正,处以3668.52万元罚款;拟对东方资讯责令改正,处以8600万元罚款。\n"
            "上交所相关负责人表示,上交所将立即启动相应的纪律处分流程。")
    result = run(text, published="2022-11-20", known_names=REGISTRY)
    assert sorted((r["company"], r["measure"], r["date"]) for r in result["enforcement_actions"]
                  if r["measure"] != "investigation") == [
        ("东方资讯", "fine", "2022-11-19"), ("东方资讯", "rectification_order", "2022-11-19"),
        ("阳川化工", "fine", "2022-11-18"), ("阳川化工", "rectification_order", "2022-11-18")]


def test_what_would_follow_a_decision_not_made_and_risks_named_are_no_changes():
    later = ("深交所指出,如后续*ST岳林股票被深圳证券交易所决定终止上市,根据相关规定,公司股票将转入退市板块挂牌转让。")
    assert statuses(run(later, known_names=REGISTRY)) == []
    risks = "虽然*ST岳林一直在提醒投资者充分关注公司股票停牌、被实施退市风险警示等退市相关风险,公司股价却遭到资金热炒。"
    assert statuses(run(risks, known_names=REGISTRY)) == []
    pending = ("截至本公告披露日,公司股票申请撤销其他风险警示事项正处于补充材料阶段,补充材料期间不计入上交所作出相关决定的期限。")
    assert statuses(run("ST青岚公告。" + pending, known_names=REGISTRY)) == []


def test_the_delisting_day_given_after_its_words():
    text = ("证券代码:600902 证券简称:退市阳川 公告编号:2025-088\n阳川化工股份有限公司\n股票终止上市暨摘牌的公告\n"
            "因公司股票终止上市,本公司的相关证券停复牌情况如下:\n● 退市整理期最后交易日为2025年7月18日。\n"
            "● 终止上市暨摘牌日为 2025年7月25日。")
    assert [s[2:] for s in statuses(run(text, published="2025-07-19", known_names=REGISTRY))] == [
        ("delisted", "2025-07-25")]


def test_an_exchange_neither_fines_nor_bans():
    text = ("上海证券交易所相关负责人表示,针对阳川化工《行政处罚及市场禁入事先告知书》揭示的违法违规事项,"
            "上交所将立即启动相应的纪律处分流程。")
    result = run(text, published="2022-11-20", known_names=REGISTRY)
    assert [(r["measure"], r["regulator"]) for r in result["enforcement_actions"]] == [("market_ban", None)]


def test_a_day_without_a_year_to_be_had_is_not_replaced_by_the_story_day():
    text = ("2023年9月28日,东方资讯披露《关于股东收到行政处罚决定书的公告》。\n就在该公告披露前的9月7日,公司刚刚披露过"
            "《关于股东收到中国证券监督管理委员会立案告知书的公告》,中国证监会决定对股东立案调查。")
    assert actions(run(text, published=None, known_names=REGISTRY)) == [("东方资讯", "investigation", None)]


def test_the_regulator_of_a_proposed_list_and_the_day_of_the_news():
    text = ("2月26日消息,武汉阳川化工股份有限公司(证券简称阳川化工)收到湖北监管局下发的《行政处罚事先告知书》。\n"
            "经查,公司年报存在虚假记载。\n湖北证监局拟决定:\n对阳川化工,给予警告,并处以760万元罚款;")
    result = run(text, published="2024-02-26", known_names=REGISTRY)
    assert [(r["measure"], r["regulator"], r["date"]) for r in result["enforcement_actions"]] == [
        ("warning", "湖北证监局", "2024-02-26"), ("fine", "湖北证监局", "2024-02-26")]


def test_yesterday_after_the_day_of_the_news():
    values = [d.value for d in find_dates("4月20日消息,“示例第一股”东方资讯昨日披露,其收到《事先告知书》。",
                                          datetime.date(2022, 4, 20))]
    assert values == [datetime.date(2022, 4, 20), datetime.date(2022, 4, 19)]


def test_a_measure_told_again_keeps_the_day_the_story_gave_it():
    text = ("千龙网北京7月31日讯 7月31日,阳川化工发布公告称,公司于27日收到山西证监局下发的处罚书,因关联交易未履行审批程序,"
            "被山西证监局采取责令改正的措施。\n处罚书显示,2017年8月,阳川化工与关联方签订采购合同,累计金额2.64亿元。\n"
            "根据《上市公司信息披露管理办法》第五十九条之规定,山西证监局对阳川化工做出了采取责令改正措施的决定。")
    assert actions(run(text, published="2018-07-31", known_names=REGISTRY)) == [
        ("阳川化工", "rectification_order", "2018-07-27")]


def test_a_pointer_to_an_announcement_is_no_second_measure():
    text = ("2022年4月1日,公司收到证监会江苏监管局下发的《行政处罚及市场禁入事先告知书》,具体内容详见公司2022年4月6日披露的"
            "《关于收到<行政处罚及市场禁入事先告知书>的公告》。")
    result = run("阳川化工公告。" + text, published="2022-06-08", known_names=REGISTRY)
    assert [(r["measure"], r["date"]) for r in result["enforcement_actions"]] == [("market_ban", "2022-04-01")]


def test_a_share_price_is_no_fine_amount():
    text = "操纵前后股价对比 阳川化工 起始股价13.72元-结束股价37.81元 深圳证监局对阳川化工处以罚款。"
    result = run(text, known_names=REGISTRY)
    assert [(r["measure"], r["amount_yuan"]) for r in result["enforcement_actions"]] == [("fine", None)]


# -- seventeenth session: rules from the r2000–r2083 pages -------------------------------------------------


def test_a_flash_after_its_bar_names_the_st_company_by_its_plain_name():
    text = ("*ST岚科:公司股票或因多项财务指标不达标被终止上市\n"
            "示例网2月13日|岚科环境公告称,会计师事务所对公司2024年度财报出具无法表示意见的审计报告,"
            "公司股票自2025年5月6日起被实施退市风险警示。")
    result = run(text, published=None)
    assert [sorted(c["short_names"]) for c in result["companies"]] == [["*ST岚科", "岚科环境"]]
    assert [(r["to"], r["effective_date"]) for r in result["status_changes"]] == [("*ST", "2025-05-06")]


def test_a_warning_dealt_out_as_a_penalty_is_imposed():
    text = "2024年5月,张三出任ST青岚总经理。当时ST青岚正因营收不足被处以退市风险警示,股价连续跌停。"
    assert [(r["company"], r["to"]) for r in run(text, published=None)["status_changes"]] == [("ST青岚", "*ST")]


def test_the_template_heading_on_the_reasons_stacks_no_warning():
    text = ("证券代码:300901 证券简称:青岚股份 公告编号:2025-019\n示例青岚股份有限公司关于公司股票交易将被实施退市风险警示的公告\n"
            "公司股票自2025年3月20日开市起被实施“退市风险警示”,股票简称由“青岚股份”变更为“*ST青岚”。\n"
            "一、公司被实施退市风险警示及其他风险警示的原因\n公司2024年度经审计期末净资产为负值。")
    assert [(r["from"], r["to"], r["effective_date"]) for r in run(text, published="2025-03-19")["status_changes"]] == [
        ("normal", "*ST", "2025-03-20")]


def test_a_delisting_the_rules_hold_in_store_is_no_change():
    text = ("*ST青岚两次发布可能被终止上市的风险提示公告。公司预计2025年度营业收入低于3亿元。"
            "根据深交所相关规定,公司股票将因触及财务类退市情形被终止上市。")
    assert run(text, published="2026-02-07")["status_changes"] == []


def test_a_label_put_on_like_a_cap_is_a_warning_imposed():
    text = "2025年4月29日,青岚电子(600901.SH)正式戴上“*ST”帽子,成为又一家触及退市红线的风险警示股。"
    assert statuses(run(text, published="2025-05-07")) == [("青岚电子", None, "*ST", "2025-04-29")]


def test_the_start_day_of_a_warning_is_the_resumption_not_the_halt():
    text = ("证券代码:000793 证券简称:青岚传媒 公告编号:2025-008\n示例青岚传媒股份有限公司关于公司股票被实施其他风险警示暨停复牌的公告\n"
            "(四)实施其他风险警示的起始日:根据《深圳证券交易所股票上市规则》第9.1.5条规定,公司股票交易于2025年3月17日(星期一)"
            "停牌一天,将于2025年3月18日(星期二)开市起复牌,深圳证券交易所对公司股票交易实施其他风险警示;")
    assert [(r["to"], r["effective_date"]) for r in run(text, published="2025-03-17")["status_changes"]] == [
        ("ST", "2025-03-18")]


def test_a_bureau_named_short_after_its_full_name_and_the_day_of_the_notice():
    text = ("值得关注的是,2024年12月27日,ST青岚及相关责任人收到中国证券监督管理委员会江苏监管局出具的《行政处罚事先告知书》。\n"
            "经查明,ST青岚年报存在虚假记载。\n依据《证券法》的规定,江苏监管局拟决定:一、对ST青岚给予警告,并处以八百万元罚款;")
    result = run(text, published=None)
    assert [(r["measure"], r["regulator"], r["date"]) for r in result["enforcement_actions"]] == [
        ("warning", "江苏证监局", "2024-12-27"), ("fine", "江苏证监局", "2024-12-27")]


def test_a_banking_bureau_is_no_securities_regulator():
    from tracker.extraction.patterns import REGULATOR_RE

    assert REGULATOR_RE.search("国家金融监督管理总局江苏监管局") is None
    assert REGULATOR_RE.search("中国银保监会江苏监管局") is None


def test_the_label_before_the_risk_of_delisting_is_no_company():
    text = "*ST青岚(300901)投资报告\n短期涨停由新业务预期驱动,但需警惕*ST退市风险。\n公司股票被实施退市风险警示(*ST)。"
    assert company_names(run(text, published="2025-10-15")) == ["*ST青岚"]


def test_a_report_bullet_on_a_letter_received_is_the_company_s():
    text = ("*ST青岚(300901)股票价值分析报告\n一、核心结论\n短期机会有限。\n- 监管关注:2025年9月因资产评估问题收江苏证监局警示函,"
            "内幕信息管理存漏洞。")
    assert [(r["company"], r["regulator"], r["measure"]) for r in run(text, published="2025-10-15")[
        "enforcement_actions"]] == [("*ST青岚", "江苏证监局", "warning_letter")]


def test_the_label_as_the_name_of_the_warning():
    text = "ST青岚公告称收到《立案告知书》。4月,审计机构对其内控出具否定意见,公司因此被实施ST。"
    assert [(r["to"], r["effective_date"]) for r in run(text, published=None)["status_changes"]] == [("ST", None)]


def test_a_part_of_a_year_takes_no_day_from_the_story():
    text = ("2025年12月28日晚,ST青岚公告称公司收到《立案告知书》。\n"
            "2025年初,公司就因2023年年报信披不准确被责令改正,随后大幅调减营收。")
    assert ("ST青岚", "rectification_order", None) in actions(run(text, published=None))


def test_an_exchange_criticising_the_story_s_company_by_pronoun_twice():
    text = "ST青岚公告称收到《立案告知书》。此后,交易所年内两次通报批评其信披滞后与财报失真。"
    assert [(r["company"], r["regulator"], r["measure"]) for r in run(text, published=None)["enforcement_actions"]
            if r["measure"] == "circulated_criticism"] == [("ST青岚", "交易所", "circulated_criticism")] * 2


def test_a_sponsor_s_report_is_about_the_company_not_the_sponsor():
    text = ("*ST青岚(002047) - 示例证券股份有限公司关于示例集团要约收购公司之持续督导意见\n"
            "监管处罚 - 2025年10月17日公司因内控缺陷、信息披露不准确被深圳证监局责令改正[4]")
    assert actions(run(text, published=None)) == [("*ST青岚", "rectification_order", "2025-10-17")]


def test_a_forecast_inside_the_cause_does_not_hedge_the_measure():
    text = "ST青岚报告。2025年7月1日公司因未在2024年业绩预告预计净资产负值及未披露风险提示被深交所通报批评。"
    assert actions(run(text, published=None)) == [("ST青岚", "circulated_criticism", "2025-07-01")]
    assert actions(run("ST青岚报告。公司因涉嫌违规可能被证监会立案调查。", published=None)) == []


def test_an_industry_is_no_st_company_of_the_same_stem():
    from tracker.extraction.listed import read_listed_names
    from tracker.review.jobs import LISTED_COMPANIES_SEED

    # The registry of every listed company (it holds *ST生物), as the review queue reads it.
    text = "青岚科技是一家在集成电路、泛半导体、生物制药等领域提供设备的企业。青岚科技因投资管理不规范被上海证监局出具警示函。"
    result = run(text, published=None, known_names=read_listed_names(LISTED_COMPANIES_SEED))
    assert "生物制药" not in company_names(result)


def test_a_date_broken_after_its_month_number_is_joined_again():
    assert clean_text("示例股份有限公司(以下简称“公司”)于 2022 年 4\n\n月 14 日收到中国证监会") == (
        "示例股份有限公司(以下简称“公司”)于2022年4月14日收到中国证监会")


def test_a_bare_day_before_to_whom():
    text = "因关联交易未及时履行审议程序,深交所21日向青岚股份下发监管函。"
    assert actions(run(text, published="2023-02-21")) == [("青岚股份", "regulatory_letter", "2023-02-21")]


def test_an_exchange_s_counted_questions_are_its_inquiry_letter():
    text = "青岚国际(300178.SZ)债务危机愈演愈烈。公司年报被出具无法表示意见的审计报告,5月6日收到深交所的51问。"
    assert [(r["company"], r["regulator"], r["measure"]) for r in run(text, published=None)["enforcement_actions"]] == [
        ("青岚国际", "深交所", "inquiry_letter")]


def test_if_before_a_full_name_the_page_gives_elsewhere_is_no_part_of_it():
    text = ("关于青岚示例股份有限公司股票终止上市的决定\n上海证券交易所决定终止青岚示例股份有限公司股票上市。\n"
            "如青岚示例股份有限公司对本所作出的终止上市决定不服,可以在5个交易日内申请复核。")
    assert full_and_short_names(run(text, published="2025-04-29")) == [("青岚示例股份有限公司", [])]


def test_the_partner_of_an_announced_deal_does_not_receive_the_letter():
    text = "青岚科技早前公告与电池龙头东方资讯签订1,200亿元大单,引发市场关注并收到上交所问询函。"
    known = REGISTRY | {"青岚科技": "code:688005"}
    assert [(r["company"], r["measure"]) for r in run(text, published=None, known_names=known)[
        "enforcement_actions"]] == [("青岚科技", "inquiry_letter")]


def test_the_listed_company_as_against_its_people_is_the_story_s_company():
    text = ("近日,证监会对*ST青岚(300901,即青岚通)涉嫌财务造假作出行政处罚事先告知。经查,*ST青岚连续四年虚增收入。"
            "证监会拟对上市公司罚款2.29亿元,对7名责任人合计罚款4400万元。")
    result = run(text, published=None)
    assert [(r["company"], r["measure"], r["amount_yuan"]) for r in result["enforcement_actions"]] == [
        ("*ST青岚", "fine", 229000000)]
    assert company_names(result) == ["*ST青岚"]


def test_a_holder_acting_in_concert_is_no_later_company():
    text = ("*ST青岚股价大跌。值得注意的是,公司近日披露控股股东一致行动人东方资讯所持公司股份的进展公告。\n"
            "公告显示,公司于9月20日收到《立案告知书》。因公司涉嫌信息披露违法违规,证监会决定对公司立案。")
    assert [r["company"] for r in run(text, published=None, known_names=REGISTRY)["enforcement_actions"]] == ["*ST青岚"]


def test_a_new_st_name_on_resumption_tells_the_warning_and_its_year():
    text = "东方资讯公告称,公司股票于2025年9月22日停牌1天,9月23日起复牌并变更为“ST东资”。"
    assert statuses(run(text, published=None, known_names=REGISTRY)) == [("东方资讯", None, "ST", "2025-09-23")]


def test_what_the_reporter_noticed_is_no_byline_of_a_new_story():
    text = ("*ST青岚(300901)股价下跌。\n业绩方面,8月21日,*ST青岚披露半年度报告。\n"
            "记者注意到,公司股票交易自2024年4月29日起被实施退市风险警示,若公司净利润为负值,公司股票将被终止上市交易。")
    assert [(r["company"], r["to"], r["effective_date"]) for r in run(text, published=None)["status_changes"]] == [
        ("*ST青岚", "*ST", "2024-04-29")]


def test_the_notice_of_a_decided_investigation_is_the_same_case():
    text = "回顾此前风波,始于2024年6月7日,因涉嫌信息披露违法违规,证监会决定对东方资讯立案,并在2024年8月向东方资讯下发立案告知书。"
    assert actions(run(text, published=None, known_names=REGISTRY)) == [("东方资讯", "investigation", "2024-06-07")]


def test_the_case_going_on_and_the_month_the_sentence_before_gives_it():
    text = ("时隔大半年,东方资讯(300904.SZ)被证监会立案调查事项有了实质性进展。\n"
            "7月2日晚间,公司公告称,当日公司收到了湖北证监局出具的《行政处罚事先告知书》。\n"
            "2024年10月,公司收到中国证监会下发的《立案告知书》。因公司涉嫌信息披露违法违规,中国证监会决定对公司立案。")
    result = run(text, published="2025-07-03", known_names=REGISTRY)
    assert [(r["measure"], r["date"]) for r in result["enforcement_actions"] if r["measure"] == "investigation"] == [
        ("investigation", None)]


def test_letters_received_on_the_days_listed_each_after_its_own():
    text = ("东方资讯分别于2022年3月13日、3月17日、3月23日收到上海证券交易所下发的《关于违规担保事项的问询函》、"
            "《关于违规担保事项的二次问询函》、《关于股份质押事项的问询函》,公司就问询函相关事项逐项落实。")
    assert sorted(actions(run(text, published="2022-04-02", known_names=REGISTRY))) == [
        ("东方资讯", "inquiry_letter", "2022-03-13"), ("东方资讯", "inquiry_letter", "2022-03-17"),
        ("东方资讯", "inquiry_letter", "2022-03-23")]


def test_letters_counted_over_a_span_and_a_ranking():
    text = ("东方资讯是2024年被深交所下发监管函最多的上市公司。据记者统计,2024年1月30日至4月17日,深交所向东方资讯发出了7封关注函。")
    result = run(text, published="2024-04-18", known_names=REGISTRY)
    assert actions(result) == [("东方资讯", "concern_letter", None)] * 7


def test_a_reply_to_the_exchange_s_titled_letter_tells_the_letter():
    text = "东方资讯股份有限公司关于对上海证券交易所《关于对东方资讯股份有限公司2023年年度报告的事后审核问询函》的回复公告"
    result = run(text, published="2024-05-25", known_names=REGISTRY)
    assert [(r["regulator"], r["measure"], r["date"]) for r in result["enforcement_actions"]] == [
        ("上交所", "inquiry_letter", None)]


def test_a_bare_day_after_a_day_since_is_in_the_month_of_the_news():
    text = ("9月14日,东方资讯继续涨停,8月29日以来累计涨幅高达188%。14日晚间,公司收到了深交所关注函。"
            "深交所于9月8日向公司发出问询函,回函期限为9月15日,截至目前,公司尚未回复。")
    result = run(text, published="2023-09-15", known_names=REGISTRY)
    assert ("东方资讯", "concern_letter", "2023-09-14") in actions(result)
    assert [(r["due_date"], r["obligation"]) for r in result["deadlines"]] == [("2023-09-15", "回复")]


def test_the_company_asked_to_reply_by_a_day():
    text = ("2024年1月2日,深交所向东方资讯发出关注函,要求公司说明相关事项。\n"
            "深交所要求公司在2024年1月9日前回函,截至目前,公司仍未提交回函。")
    assert [(r["company"], r["due_date"]) for r in run(text, published=None, known_names=REGISTRY)["deadlines"]] == [
        ("东方资讯", "2024-01-09")]


def test_from_the_label_to_delisting_is_no_company():
    text = "关键节点:第1年未摘帽被*ST;最短退市时间:2年(从ST到终止上市)。"
    assert run(text, published="2025-04-30")["companies"] == []


def test_a_full_name_and_its_plain_stem_beside_the_registry_s_st_name():
    from tracker.extraction.listed import read_listed_names
    from tracker.review.jobs import LISTED_COMPANIES_SEED

    # The registry knows 600107 only as ST尔雅 and 000961 as ST中南.
    known = read_listed_names(LISTED_COMPANIES_SEED)
    text = ("4月18日,湖北美尔雅股份有限公司(600107.SH)发布公告称,公司被中国证监会立案调查。"
            "同日,湖北证监局对美尔雅及相关责任人出具警示函。")
    result = run(text, published="2025-04-21", known_names=known)
    assert full_and_short_names(result) == [("湖北美尔雅股份有限公司", ["美尔雅"])]
    assert [(r["company"], r["measure"]) for r in result["enforcement_actions"]] == [
        ("美尔雅", "investigation"), ("美尔雅", "warning_letter")]
    other = run("江苏中南建设集团股份有限公司收到江苏证监局警示函。中南建设表示将整改。", published=None, known_names=known)
    assert "中南建" not in [n for c in other["companies"] for n in c["short_names"]]


def test_a_rename_after_the_word_and_a_colon():
    text = "2024年1月26日,东方资讯披露公告,股票简称:由“东方资讯”变更为“ST东资”。"
    assert [(r["from"], r["to"]) for r in run(text, published=None, known_names=REGISTRY)["status_changes"]] == [
        ("normal", "ST")]


# -- eighteenth session: rules from real pages r2190–r2449 ------------------------------------------------------


def test_a_letter_sent_about_the_company_s_reply_is_no_reply():
    text = "2026年1月6日,上交所就互动平台回复内容向东方资讯紧急下发监管工作函。"
    assert actions(run(text, published="2026-01-08", known_names=REGISTRY)) == [
        ("东方资讯", "work_letter", "2026-01-06")]
    # The company answering a letter still tells the letter, not its day.
    reply = "2026年1月8日,东方资讯回复上交所向公司下发的监管工作函。"
    assert actions(run(reply, published="2026-01-08", known_names=REGISTRY)) == [("东方资讯", "work_letter", None)]


def test_the_counterparty_of_a_contract_is_not_the_story_s_company():
    text = ("2026年1月13日晚,阳川化工因一纸与东方资讯的重大合同公告陷入舆论风暴。公告中“总金额超1200亿元”的表述迅速点燃市场,"
            "公告发布当晚便收到上交所问询函。5天后,公司又因重大合同公告涉嫌误导性陈述被中国证监会立案调查。")
    assert actions(run(text, published="2026-02-01", known_names=REGISTRY)) == [
        ("阳川化工", "inquiry_letter", "2026-01-13"), ("阳川化工", "investigation", None)]


def test_the_companies_investigated_before_listed_after_the_word_for_them():
    text = ("这已是今年以来第4家被立案调查的上市公司。此前被立案调查的公司分别为东方资讯(300904.SZ)、"
            "阳川化工(600902.SH)、ST青岚(600901.SH)。")
    assert actions(run(text, published="2026-02-14", known_names=REGISTRY)) == [
        ("东方资讯", "investigation", None), ("阳川化工", "investigation", None), ("ST青岚", "investigation", None)]
    # A count of them is no list, and no case of the story's company.
    counted = "东方资讯发布年度报告。今年以来被立案调查的公司有30家。"
    assert actions(run(counted, published="2026-02-14", known_names=REGISTRY)) == []


def test_officers_of_the_common_surnames_hong_and_yan_are_targets():
    text = "3月20日,东方资讯及董事长洪建明、董事会秘书阎忠平收到北京证监局出具的警示函。"
    [action] = run(text, published="2026-03-22", known_names=REGISTRY)["enforcement_actions"]
    assert action["persons"] == ["洪建明", "阎忠平"]


def test_the_undated_letter_takes_the_day_of_the_decision_that_carries_it():
    text = ("1月20日晚间,东方资讯发布公告称,公司及董事长洪建明收到北京证监局出具的警示函。"
            "公告披露,公司于2026年1月20日收到北京证监局《行政监管措施决定书》。")
    assert actions(run(text, published=None, known_names=REGISTRY)) == [("东方资讯", "warning_letter", "2026-01-20")]
    # Another regulator's decision is another matter.
    other = text.replace("收到北京证监局《", "收到上海证监局《")
    assert ("东方资讯", "warning_letter", None) in actions(run(other, published=None, known_names=REGISTRY))


def test_the_evening_of_the_day_just_named():
    text = "梳理事件经过发现,东方资讯1月13日公告出炉的当晚,上交所火速下发问询函,要求公司补充披露。"
    assert actions(run(text, published="2026-01-30", known_names=REGISTRY)) == [
        ("东方资讯", "inquiry_letter", "2026-01-13")]
    later = "1月13日,东方资讯披露重大合同公告。当晚,上交所向公司下发问询函。"
    assert actions(run(later, published="2026-01-30", known_names=REGISTRY)) == [
        ("东方资讯", "inquiry_letter", "2026-01-13")]


def test_a_warning_again_on_a_stock_the_page_calls_st_is_stacked():
    text = ("12月19日晚间,阳川化工(600902.SH,股票简称“ST阳川”)发布公告。此外,因资金占用未能在1个月内完成清偿,"
            "阳川化工股票再次被实施其他风险警示。此前,在今年5月6日,由于会计师事务所出具了否定意见,该公司股票已经被实施其他风险警示。")
    assert sorted(statuses(run(text, published="2024-12-20", known_names=REGISTRY)), key=str) == [
        ("阳川化工", "ST", "ST", None), ("阳川化工", None, "ST", "2024-05-06")]
    # After a removal, "again" is a warning put back, not one stacked.
    back = "阳川化工2023年撤销了其他风险警示。因资金占用未能在1个月内完成清偿,阳川化工股票再次被实施其他风险警示。"
    assert ("阳川化工", None, "ST", None) in statuses(run(back, published="2024-12-20", known_names=REGISTRY))


def test_the_label_joined_to_another_fate_is_no_name():
    text = "东方资讯互动平台问答\n投资者提问:公司有ST或者退市的风险吗?\n您好,公司因内部控制审计报告被出具否定意见被实施其他风险警示。"
    result = run(text, published=None, known_names=REGISTRY)
    assert statuses(result) == [("东方资讯", None, "ST", None)]


def test_a_rename_with_an_adverb_before_the_verb():
    text = "2026年2月10日,东方资讯股票简称正式变更为“ST东资”,日涨跌幅限制调整为5%。"
    assert [(r["to"], r["effective_date"]) for r in run(text, published="2026-02-11", known_names=REGISTRY)[
        "status_changes"]] == [("ST", "2026-02-10")]


def test_the_name_taken_in_brackets_after_the_warning_is_its_company():
    text = ("阳川化工成立于2003年。2018年后通过收购示例广告试图转型,却因示例广告财务造假爆雷,导致2019、2020连续两年巨亏,"
            "被实施退市风险警示(*ST阳川)。")
    assert statuses(run(text, published=None, known_names=REGISTRY)) == [("*ST阳川", None, "*ST", None)]


def test_the_stock_a_trader_manipulated_is_not_the_one_fined():
    text = ("近期,证监会对操纵“东方资讯”的游资,开出了超10亿元罚单。1月23日,中国证监会下发行政处罚决定书,"
            "对余某操纵证券市场行为作出处罚。经查明,余某控制使用67个账户交易“东方资讯”。")
    assert run(text, published="2026-01-30", known_names=REGISTRY)["enforcement_actions"] == []


def test_investigated_twice_in_other_words_and_not_the_second_time():
    twice = "东方资讯(300904.SZ)因控股股东资金占用尚未解决等问题,两度被证监会立案调查。"
    assert actions(run(twice, published=None, known_names=REGISTRY)) == [("东方资讯", "investigation", None)] * 2
    second = "东方资讯第二次被证监会立案调查。"
    assert actions(run(second, published=None, known_names=REGISTRY)) == [("东方资讯", "investigation", None)]


def test_a_reworded_warning_letter_and_a_case_referred_to():
    text = ("8月1日,东方资讯公告称,前任董事长张某因涉嫌职务侵占罪已被警方立案调查。\n"
            "东方资讯的董事长涉嫌违法被立案调查的事件,其源头可以追溯到今年的4月29日。\n"
            "3月25日,公司接到浙江证监局发出的警示信,信中提到公司存在虚报收入等问题。")
    assert actions(run(text, published="2025-08-04", known_names=REGISTRY)) == [
        ("东方资讯", "warning_letter", "2025-03-25")]
    assert actions(run("东方资讯收到交易所发出的风险警示信息。", published="2025-08-04", known_names=REGISTRY)) == []


def test_a_rename_with_the_old_name_quoted_and_no_word_before_it():
    text = "阳川化工昨晚公布业绩。该公司公告称,公司简称“阳川化工”变更为“*ST阳川”,3月28日公司股票停牌一天。"
    assert statuses(run(text, published="2013-03-27", known_names=REGISTRY)) == [("阳川化工", "normal", "*ST", None)]


def test_a_short_pdf_line_ending_in_a_verb_goes_on():
    text = ("东方资讯股份有限公司关于公司股票被继续实施其他风险警示的公告\n"
            "重要内容提示:\n"
            "?公司股票自2023年5月4日起将被叠加实施并被继续实施\n"
            "其他风险警示,公司股票简称仍为“ST东资”。\n")
    assert [(r["from"], r["to"], r["effective_date"]) for r in run(text, published="2023-04-29", known_names=REGISTRY)[
        "status_changes"]] == [("ST", "ST", "2023-05-04")]


def test_letters_received_from_two_regulators_at_once():
    text = "该事件引发监管关注,东方资讯因此收到上海证监局和上交所的问询函。"
    result = run(text, published="2026-01-20", known_names=REGISTRY)
    assert [(r["regulator"], r["measure"]) for r in result["enforcement_actions"]] == [
        ("上海证监局", "inquiry_letter"), ("上交所", "inquiry_letter")]


def test_a_timeline_s_items_are_paragraphs_and_the_day_asked_to_reply():
    text = ("东方资讯重组终止。从资本运作时间线来看:\n"
            "- 2025年12月26日:深交所下发关注函,要求12月29日前回复\n"
            "- 2025年12月29日:公司未在规定期限内回复关注函\n"
            "- 2026年1月14日:被证监会立案调查,重组终止")
    result = run(text, published=None, known_names=REGISTRY)
    assert [(r["company"], r["due_date"], r["obligation"]) for r in result["deadlines"]] == [
        ("东方资讯", "2025-12-29", "回复")]
    assert actions(result) == [("东方资讯", "concern_letter", "2025-12-26"), ("东方资讯", "investigation", "2026-01-14")]


def test_a_new_st_name_before_a_footnote_mark():
    text = "东方资讯公告称,公司股票自2月10日开市起复牌,证券简称变更为ST东资 [1][5]"
    assert statuses(run(text, published="2026-02-10", known_names=REGISTRY)) == [("东方资讯", None, "ST", "2026-02-10")]


def test_what_a_letter_of_intent_says_the_exchange_means_to_do_is_no_decision():
    text = ("尽管阳川化工(即“退市阳川”)已因重大违法被强制退市,监管追责却未止步。上海证券交易所最新发布的纪律处分意向书显示,"
            "阳川化工时任总经理刘某因主导财务造假,拟被处以公开谴责,以及终身不适合担任上市公司董事、监事、高级管理人员的纪律处分。")
    result = run(text, published="2025-08-20", known_names=REGISTRY)
    assert result["enforcement_actions"] == []
    decided = text.replace("最新发布的纪律处分意向书显示", "最新发布的纪律处分决定书显示").replace("拟被处以", "被处以")
    assert {r["measure"] for r in run(decided, published="2025-08-20", known_names=REGISTRY)["enforcement_actions"]} == {
        "public_censure", "unfit_declaration"}


def test_a_conjunction_before_a_declared_name_is_no_part_of_it():
    text = "尽管锦州港(即“退市锦港”)已因重大违法被强制退市,监管追责却未止步。今年7月,锦州港被上交所终止上市。"
    names = [n for c in run(text, published="2025-08-20")["companies"] for n in c["short_names"]]
    assert "尽管锦州港" not in names and "锦州港" in names


def test_a_bare_day_right_after_the_company_s_code():
    text = ("据东方资讯(300904.SZ)19日公告,公司及相关当事人收到贵州证监局出具的《行政处罚事先告知书》。"
            "贵州证监局拟对东方资讯给予警告,处以1000万元罚款。")
    assert actions(run(text, published="2025-12-21", known_names=REGISTRY)) == [
        ("东方资讯", "warning", "2025-12-19"), ("东方资讯", "fine", "2025-12-19")]
    # A document's number in brackets is no day.
    assert [d.value for d in find_dates("见决定书(2024)19号。", datetime.date(2025, 12, 21))] == []


def test_an_adverb_after_an_officer_s_name_is_no_part_of_it():
    text = "12月19日晚,东方资讯公告收到证监会送达的《行政处罚事先告知书》。其董事长姜伟还被采取10年证券市场禁入措施。"
    result = run(text, published="2025-12-21", known_names=REGISTRY)
    assert [r["persons"] for r in result["enforcement_actions"] if r["measure"] == "market_ban"] == [["姜伟"]]


def test_the_broker_in_a_quoted_company_s_header_is_not_the_issuer():
    text = ("示例3:关于公司及相关责任人收到行政处罚决定书的公告\n公告编号:2024-085\n"
            "证券代码:400213 证券简称:示例3 主办券商:山西证券\n示例文化创意股份有限公司\n"
            "关于公司及相关责任人收到《行政处罚决定书》的公告\n"
            "示例文化创意股份有限公司(以下简称“示例文化”、“公司”)于2024年10月10日在全国中小企业股份转让系统(http://www.neeq.cn)披露了《关于收到中国证券监督管理委员会"
            "浙江监管局<行政处罚及市场禁入事先告知书>的公告》,具体内容详见公告。")
    from tracker.extraction.listed import read_listed_names
    from tracker.review.jobs import LISTED_COMPANIES_SEED

    result = run(text, published="2024-12-19", known_names=read_listed_names(LISTED_COMPANIES_SEED))
    assert "山西证券" not in [n for c in result["companies"] for n in c["short_names"]]


def test_a_penalty_told_in_the_headline_takes_the_day_its_decision_came():
    text = ("东方资讯收《行政处罚决定书》 被处350万元罚款\n"
            "东方资讯(300904)10月18日晚公告,公司于10月18日收到辽宁证监局下发的《行政处罚决定书》。"
            "此前,公司于9月13日收到辽宁证监局下发的《行政处罚事先告知书》。")
    assert actions(run(text, published="2024-10-19", known_names=REGISTRY)) == [("东方资讯", "fine", "2024-10-18")]


def test_a_company_s_own_reply_title_tells_the_letter_its_sender_unnamed():
    for title in ("东方资讯股份有限公司 关于2023年年报问询回复的公告", "(上接D24版)东方资讯股份有限公司 关于调整购买资产方案问询函的回复公告"):
        text = title + "\n3、上述事件公告后,公司经营管理团队第一时间积极与客户沟通。"
        result = run(text, published="2024-07-03", known_names=REGISTRY)
        assert [(r["regulator"], r["measure"], r["date"]) for r in result["enforcement_actions"]] == [
            (None, "inquiry_letter", None)]
    # Talk of a reply names no letter of its own.
    talk = "东方资讯近15亿资金异常流转的问询回复陷入争议。"
    assert run(talk, published="2024-07-03", known_names=REGISTRY)["enforcement_actions"] == []


def test_a_group_beside_the_listed_company_of_its_stem_is_its_parent():
    text = ("证监局经调查,2017年示旭光电不符合股票发行条件,以欺骗手段骗取发行核准。"
            "证监局拟对示旭集团时任董事长李某等43名责任主体合计罚款17亿元。")
    assert "示旭集团" not in [n for c in run(text, published="2024-09-30")["companies"] for n in c["short_names"]]


def test_the_first_trading_day_after_the_label_was_taken_off():
    text = "东方资讯在摘除“ST”标记后的首个交易日迎来开门红,早盘直接涨停。"
    assert statuses(run(text, published="2024-07-04", known_names=REGISTRY)) == [("东方资讯", "ST", "normal", None)]
    rule = "公司股票被实施退市风险警示后的首个会计年度,如净利润为负,将被终止上市。"
    assert run(rule, published="2024-07-04", known_names=REGISTRY)["status_changes"] == []


def test_the_other_warning_lifted_from_a_stock_the_page_shows_only_as_star_st():
    text = ("已连续多年亏损的*ST岳林(300903.SZ)退市风险高悬,由于2024年仍未扭亏,公司撤销其他风险警示转而寄希望于新的审计意见。"
            "不过,公告显示,鉴于公司股票自2025年5月6日起被实行“退市风险警示”特别处理,本次被撤销其他风险警示后,"
            "公司股票交易仍继续实施退市风险警示。而后,公司股票顺利于2025年6月27日起撤销其他风险警示。")
    result = statuses(run(text, published="2025-07-01", known_names=REGISTRY))
    assert ("*ST岳林", "*ST", "*ST", "2025-06-27") in result
    assert ("*ST岳林", "*ST", "*ST", "2025-05-06") not in result and ("*ST岳林", "ST", "normal", "2025-06-27") not in result


def test_the_state_under_the_label_is_no_name():
    text = ("东方资讯发布2025年半年报。值得注意的是,公司目前仍处于ST状态,被实施退市风险警示的主要原因是2024年度"
            "经审计的净利润为负值。")
    assert company_names(run(text, published="2025-07-01", known_names=REGISTRY)) == ["东方资讯"]


def test_a_year_with_a_blank_among_its_digits():
    text = "东方资讯于2 024 年10月11日收到中国证监会的《立案告知书》。"
    assert actions(run(text, published="2024-12-21", known_names=REGISTRY)) == [("东方资讯", "investigation", "2024-10-11")]
    assert clean_text("共计3 000年") == "共计3 000年"


def test_the_day_the_story_goes_back_to_and_the_passive_warning_with_its_total():
    text = ("回溯案情,时间还要回拨到2023年4月18日。\n"
            "彼时,东方资讯和它的时任董事长林某等六人,因存在虚假记载,而一起被证监会警告,处罚金额合计达到约1.51亿元;"
            "同时,林某等人也被判终身市场禁入。")
    result = run(text, published="2025-03-01", known_names=REGISTRY)
    assert actions(result) == [("东方资讯", "warning", "2023-04-18"), ("东方资讯", "fine", "2023-04-18"),
                               ("东方资讯", "market_ban", "2023-04-18")]
    assert [r["amount_yuan"] for r in result["enforcement_actions"]] == [None, 151000000, None]


def test_proposals_listed_below_take_the_day_their_notice_came():
    text = ("近日,东方资讯发布了关于收到《行政处罚事先告知书》的公告。从中可以看到:公司于2025年7月7日收到中国证券监督管理委员会"
            "北京监管局下发的《行政处罚事先告知书》。\n"
            "经查明,东方资讯2022年至2023年未按规定披露非经营性资金占用。\n"
            "根据当事人违法行为的事实、性质、情节与社会危害程度,拟决定:一、对东方资讯给予警告,并处以950万元的罚款。")
    assert actions(run(text, published=None, known_names=REGISTRY)) == [
        ("东方资讯", "warning", "2025-07-07"), ("东方资讯", "fine", "2025-07-07")]


def test_a_warning_imposed_with_the_particle_le():
    text = "东方资讯因2024年净利润为负值,于2025年4月30日被实施了退市风险警示(*ST)。"
    assert statuses(run(text, published="2025-12-17", known_names=REGISTRY)) == [("东方资讯", None, "*ST", "2025-04-30")]


def test_measures_on_intermediaries_and_traders_are_not_the_listed_company_s():
    cases = [
        # The auditor's client, then the auditor's letter; the client's own delisting stays.
        "今年年初,因为在东方资讯年报审计中,存货风险评估缺失、银行函证执行不到位,被出具警示函,"
        "东方资讯也因连续两年虚增利润被终止上市,示例会计师事务所作为审计机构被追责。",
        # An intermediary named as such before its investigation.
        "前期,因东方资讯(300904.SZ)长期财务造假被坐实,示例光华作为审计机构被立案调查。",
        # The stock a trader held.
        "证监会决定:对王某操纵\"东方资讯\"股票的行为,责令王某依法处理非法持有的\"东方资讯\",并处以200万元罚款。",
        # The parties of the company's case.
        "5月14日,东方资讯造假案涉案的多家中介机构及执业人员收到深交所“罚单”。",
    ]
    for text in cases:
        assert run(text, published="2025-06-01", known_names=REGISTRY)["enforcement_actions"] == [], text
    delisted = run(cases[0], published="2025-06-01", known_names=REGISTRY)["status_changes"]
    assert [(r["company"], r["to"]) for r in delisted] == [("东方资讯", "delisted")]


def test_what_a_rule_says_the_exchange_does_in_a_case_is_no_change():
    text = ("东方资讯业绩变脸将导致公司触及财务类退市红线。《深圳证券交易所股票上市规则》规定,上市公司出现“最近一个会计年度"
            "净利润为负值且营业收入低于3亿元”的情形,深交所将对其股票交易实施退市风险警示。")
    assert run(text, published="2025-01-20", known_names=REGISTRY)["status_changes"] == []
    own = ("东方资讯回复称,根据《创业板股票上市规则》第9.4条规定,公司出现“内部控制被出具无法表示意见的审计报告”的情形,"
           "公司股票交易被深圳证券交易所实施其他风险警示。")
    assert statuses(run(own, published="2025-01-20", known_names=REGISTRY)) == [("东方资讯", None, "ST", None)]


def test_a_broker_s_sponsor_representatives_are_not_the_broker():
    from tracker.extraction.listed import read_listed_names
    from tracker.review.jobs import LISTED_COMPANIES_SEED

    text = "2月25日,国元证券(000718)保代马某、徐某因保荐项目违规,被上交所采取6个月内不接受其签字文件的纪律处分。"
    result = run(text, published="2025-03-01", known_names=read_listed_names(LISTED_COMPANIES_SEED))
    assert result["enforcement_actions"] == []


def test_a_delisting_still_to_come_by_the_exchange_named_between():
    for text in ("1月29日晚,*ST岳林(300903,股价0.60元)发布公告称,公司股票将被深圳证券交易所(以下简称\"深交所\")终止上市交易。",
                 "此外,*ST岳林因重整失败而被宣告破产的风险依然存在,这将导致公司股票被终止上市。"):
        assert run(text, published="2026-01-30", known_names=REGISTRY)["status_changes"] == [], text


def test_the_day_a_rule_came_into_force_is_not_the_warning_s():
    text = ("根据2024年4月30日生效的《深圳证券交易所创业板股票上市规则》衔接安排第六条,东方资讯股票将被实施其他风险警示。"
            "公司股票自2024年5月14日起被实施“其他风险警示”,股票简称由“东方资讯”变更为“ST东资”。")
    assert statuses(run(text, published="2024-05-10", known_names=REGISTRY)) == [("东方资讯", "normal", "ST", "2024-05-14")]


def test_the_company_s_broker_receiving_a_penalty_notice():
    text = "东方资讯公告称,公司可转债项目的持续督导券商收到预罚单,罚没金额接近1700万元。"
    assert run(text, published="2025-06-01", known_names=REGISTRY)["enforcement_actions"] == []


def test_measures_on_a_company_s_auditors_brokers_and_insiders_are_not_its_own():
    cases = [
        "此前,因东方资讯(300904.SZ)逾百亿资金离奇失踪,审计机构示例所被证监会立案调查。",
        "3月31日晚间,东方资讯中介机构被立案调查,或对投资者损失承担连带责任。",
        "因公司在执行东方资讯(300904)首次公开发行股票项目中涉嫌保荐未勤勉尽责,证监会决定对示例券商立案。",
        "5月11日,北京证监局发布公告,由于东方资讯2017年度财务报表审计项目存在问题,决定对公司审计师郭某的相关违规行为出具警示函。",
        "示例证券作为东方资讯IPO持续督导机构,因核查结论不谨慎,被浙江证监局出具警示函。",
        "在涉及东方资讯重大合同签订的系列案件中,陈某在敏感期内突击买入股票获利579万元,最终被合计罚没3474.95万元。",
    ]
    for text in cases:
        assert run(text, published="2025-06-01", known_names=REGISTRY)["enforcement_actions"] == [], text
    # The company's own penalty beside them stays.
    own = "浙江证监局对东方资讯及相关责任人合计罚款1460万元,其中公司被罚500万元。"
    assert [r["measure"] for r in run(own, published="2025-06-01", known_names=REGISTRY)["enforcement_actions"]] == ["fine"]


# -- nineteenth session: rules from real pages ------------------------------------------------------------------


def test_a_hong_kong_outlet_s_market_and_code_and_its_name_for_the_csrc():
    text = ("中证监网站今日通报安徽证监局查处岚峰数科(深:300917)财务造假案件。近日中证监对岚峰数科作出行政处罚及市场禁入"
            "事先告知。安徽证监局拟对岚峰数科处以1000万元罚款。")
    result = run(text, published="2025-11-28")
    assert [(c["short_names"], c["code"]) for c in result["companies"]] == [(["岚峰数科"], "300917")]
    assert sorted((r["measure"], r["regulator"]) for r in result["enforcement_actions"]) == [
        ("fine", "安徽证监局"), ("market_ban", "中国证监会")]
    # The plain forms of the same market words.
    for code in ("沪:600917", "深交所:300917", "SZ:300917"):
        assert run(f"岚峰数科({code})收到警示函。")["companies"][0]["code"] == code[-6:], code


def test_a_listed_name_of_three_characters_inside_its_full_name_with_an_industry_word():
    registry = {**REGISTRY, "岚峰思": "code:301917"}
    text = ("关于对岚峰思的监管函\n深圳证券交易所\n关于对珠海岚峰思科技股份有限公司和相关责任人的监管函\n"
            "珠海岚峰思科技股份有限公司:\n鉴于上述违规事实,本所决定对你公司给予监管函。")
    result = run(text, published="2025-11-25", known_names=registry)
    assert full_and_short_names(result) == [("珠海岚峰思科技股份有限公司", ["岚峰思"])]
    assert actions(result) == [("岚峰思", "regulatory_letter", "2025-11-25")]


def test_the_label_given_then_a_time_is_no_st_name():
    text = "就在被实施ST前一晚,东方资讯披露,公司收到中国证监会下发的《立案告知书》。"
    result = run(text, published="2026-01-10", known_names=REGISTRY)
    assert company_names(result) == ["东方资讯"]
    assert actions(result) == [("东方资讯", "investigation", None)]


def test_a_notice_of_delisting_received_is_no_delisting():
    text = "*ST岳林(300903.SZ)于2026年1月23日收到深交所《终止上市事先告知书》,成为2026年首家收到终止上市告知的公司。"
    assert run(text, published="2026-02-01", known_names=REGISTRY)["status_changes"] == []


def test_a_round_up_s_dashed_items_and_the_company_another_is_compared_with():
    text = ("已确定退市的公司案例 - 青岚能源:作为首例因重大违法被强制退市的公司,于2026年1月5日被摘牌 [8];"
            "公司年报存在虚假记载 [8] - 东方资讯:与青岚能源类似,因年报虚假记载,于2026年1月22日被摘牌 [9]")
    result = run(text, published="2026-02-01", known_names=REGISTRY)
    assert sorted((c, to, day) for c, _, to, day in statuses(result)) == [
        ("东方资讯", "delisted", "2026-01-22"), ("青岚能源", "delisted", "2026-01-05")]


def test_a_delisting_some_trading_days_ahead_is_still_to_come():
    text = "以1月22日收盘价计算,基本可以确定,*ST岳林将在5个交易日后因总市值低于5亿元被终止上市。"
    assert run(text, published="2026-01-23", known_names=REGISTRY)["status_changes"] == []


def test_the_company_after_finally_and_the_name_it_resumes_trading_under():
    text = ("阳川化工的问题堪称典型。2025年12月31日,公司收到深圳证监局行政处罚事先告知书。"
            "最终公司被罚款700万元,股票于1月6日复牌后变更为“ST阳川”。")
    result = run(text, published="2026-01-02", known_names=REGISTRY)
    assert [(r["company"], r["measure"], r["amount_yuan"]) for r in result["enforcement_actions"]] == [
        ("阳川化工", "fine", 7000000)]
    assert [(c, to, day) for c, _, to, day in statuses(result)] == [("阳川化工", "ST", "2026-01-06")]


def test_a_bond_trustee_named_by_its_role_before_its_full_name():
    from tracker.extraction.names import find_full_names

    for text in ("本报告依据相关规定,由本次债券受托管理人示例国际金融股份有限公司编制。",
                 "阳川转债的主承销商示例证券股份有限公司出具了核查意见。"):
        assert [name for _, _, name in find_full_names(text)] in (
            ["示例国际金融股份有限公司"], ["示例证券股份有限公司"]), text


def test_a_letter_to_the_company_s_controller_without_a_verb_between():
    text = ("据报道,上述信息是*ST岳林实际控制人古某明于1月18日通过媒体发布。*ST岳林表示,公司对此不知情。"
            "1月20日晚,深交所下发对古某明的关注函,措辞严厉。")
    result = run(text, published="2026-01-23", known_names=REGISTRY)
    assert [(r["company"], r["measure"], r["date"], r["persons"]) for r in result["enforcement_actions"]] == [
        ("*ST岳林", "concern_letter", "2026-01-20", ["古某明"])]


def test_the_state_of_a_warning_since_the_day_it_was_imposed():
    text = ("*ST岳林近日发布风险提示公告,指出公司股票因2023年度净资产为负已被实施退市风险警示。"
            "根据深交所的规则,*ST岳林的股票自2024年5月6日起已处于退市风险警示状态。")
    result = run(text, published="2025-01-10", known_names=REGISTRY)
    assert [(c, to, day) for c, _, to, day in statuses(result)] == [("*ST岳林", "*ST", "2024-05-06")]


def test_penalties_after_the_day_the_company_received_them():
    text = ("2025年12月17日,曾经风光无限的东方资讯(300904.SZ),收到了中国证监会与深交所的双重处罚。"
            "公司及6名时任高管因财务造假,合计被罚7620万元。")
    result = run(text, published="2025-12-20", known_names=REGISTRY)
    assert [(r["company"], r["measure"], r["regulator"], r["date"], r["amount_yuan"])
            for r in result["enforcement_actions"]] == [("东方资讯", "fine", "中国证监会", "2025-12-17", 76200000)]


def test_the_company_the_letter_urges_after_it():
    text = ("上交所公开谴责东方资讯。另经核实,针对本次回购事项,上交所曾于2022年9月30日发出监管工作函,"
            "督促公司及时根据披露的回购计划履行回购义务。")
    result = run(text, published="2023-09-14", known_names=REGISTRY)
    assert ("东方资讯", "work_letter", "2022-09-30") in actions(result)


def test_a_company_delisted_since_is_named_by_what_it_is():
    text = ("典型案例:财务造假与重罚 - *ST岳林因2021年至2023年年度报告连续造假,触及重大违法强制退市红线 [11][25] "
            "- 退市公司青禾环境涉及多年财报造假及欺诈发行,实控人被处10年市场禁入 [11][25]")
    result = run(text, published=None, known_names=REGISTRY)
    assert [(r["company"], r["measure"]) for r in result["enforcement_actions"]] == [("青禾环境", "market_ban")]


def test_a_rename_with_the_day_it_takes_effect_between():
    text = ("东方资讯因年度报告财务指标存在虚假记载,将被实施其他风险警示,证券简称自12月23日起由“东方资讯”变更为“ST东资”。")
    assert statuses(run(text, published="2025-12-20", known_names=REGISTRY)) == [
        ("东方资讯", "normal", "ST", "2025-12-23")]


def test_an_officer_held_by_a_supervisory_commission_is_no_securities_case():
    text = "同一晚,东方资讯发布公告称,公司副总经理王某正因涉嫌违纪和职务违法犯罪,被立案调查并实施留置措施。"
    assert run(text, published="2026-02-12", known_names=REGISTRY)["enforcement_actions"] == []


def test_an_exchange_opens_no_investigation():
    text = "8月东方资讯收到深交所《纪律处分决定书》,再到12月公司及董事长收到立案告知书,问题一个接一个。"
    result = run(text, published="2025-12-30", known_names=REGISTRY)
    assert [(r["measure"], r["regulator"]) for r in result["enforcement_actions"] if r["measure"] == "investigation"] == [
        ("investigation", None)]


def test_received_recently_as_the_company_disclosed_that_evening():
    text = "2025年12月31日晚,东方资讯披露,公司近日收到中国证监会下发的《立案告知书》,因涉嫌信息披露违法违规,证监会决定对公司立案。"
    assert actions(run(text, published="2026-01-02", known_names=REGISTRY)) == [
        ("东方资讯", "investigation", "2025-12-31")]


def test_a_pre_penalty_ticket_names_no_kind():
    text = ("2月5日,东方资讯发布公告称,公司于2025年1月24日收到吉林证监局下发的《行政处罚事先告知书》。"
            "鉴于东方资讯已收到“预罚单”,律师表示,受损投资者或可向公司索赔。")
    assert run(text, published="2025-02-06", known_names=REGISTRY)["enforcement_actions"] == []


def test_a_filing_duty_already_missed_is_no_deadline():
    text = ("8月7日晚,*ST岳林(300903)公告称,《关于上海证监局监管问询函回复说明的议案》未获通过。"
            "*ST岳林本应在2025年4月30日前披露2024年年度报告,但直至7月2日才完成披露。")
    assert run(text, published="2025-08-08", known_names=REGISTRY)["deadlines"] == []


def test_a_digital_technology_company_named_by_its_st_core():
    text = "青岚数科4月28日收到证监会下发的《立案告知书》,因定期报告涉嫌信息披露违法违规,证监会决定对公司立案。"
    assert actions(run(text, published="2025-04-30", known_names=REGISTRY)) == [
        ("青岚数科", "investigation", "2025-04-28")]


def test_a_source_word_and_a_bare_short_name_in_brackets_after_the_full_name():
    text = ("根据浙江海控南科青岚数智科技股份有限公司(海南青岚)10月16日发布的公告,10月16日该公司收到中国证监会送达的《立案告知书》,"
            "因公司涉嫌信息披露违法违规,中国证监会决定对公司立案。")
    result = run(text, published="2025-10-20")
    assert full_and_short_names(result) == [("浙江海控南科青岚数智科技股份有限公司", ["海南青岚"])]
    assert actions(result) == [("海南青岚", "investigation", "2025-10-16")]


def test_an_announcer_with_the_day_after_a_particle():
    text = ("利岚达在3月13日发布公告称,公司于3月13日收到中国证监会下发的《立案告知书》。"
            "因涉嫌信息披露违法违规,中国证监会决定对公司立案。")
    assert company_names(run(text, published="2026-03-17")) == ["利岚达"]


def test_listed_short_names_that_end_with_company_and_whom_letters_went_to():
    registry = {**REGISTRY, "中岚公司": "code:601995", "岚兴证券": "code:601198"}
    text = ("1月16日,证监会网站一口气披露2则警示函,警示对象分别为中岚公司(601995.SH)以及岚兴证券(601198.SH)。")
    result = run(text, published="2025-01-17", known_names=registry)
    assert [(c["full_name"], c["short_names"], c["code"]) for c in result["companies"]] == [
        (None, ["中岚公司"], "601995"), (None, ["岚兴证券"], "601198")]
    assert actions(result) == [("中岚公司", "warning_letter", "2025-01-16"), ("岚兴证券", "warning_letter", "2025-01-16")]


def test_a_warning_from_the_day_trading_resumes():
    text = ("公司股票将于2025年12月1日停牌一天,并于2025年12月2日(星期二)起复牌。"
            "自复牌之日起,公司股票被实施退市风险警示,股票简称由“ST青岚”变更为“*ST青岚”。")
    assert statuses(run(text, published="2025-11-30", known_names=REGISTRY)) == [("*ST青岚", "ST", "*ST", "2025-12-02")]


def test_a_delisting_decision_to_come_and_one_that_may_be():
    for text in ("*ST岳林股票将于5月30日起停牌,后续进入退市实施流程。与此同时,交易所将依规对*ST岳林做出终止上市决定。",
                 "*ST岳林:或终止上市,今年累跌87.01%"):
        assert run(text, published="2025-05-29", known_names=REGISTRY)["status_changes"] == [], text


def test_new_st_names_of_several_companies_in_order_and_the_others_besides_them():
    text = ("3月25日,香岚制药、联岚股份证券简称正式变更为ST香岚、ST联岚,复牌均跌停。除上述2家公司之外,年内已有多家A股公司被实施ST。")
    result = run(text, published="2025-03-26")
    assert sorted((c, to, day) for c, _, to, day in statuses(result)) == [
        ("联岚股份", "ST", "2025-03-25"), ("香岚制药", "ST", "2025-03-25")]


def test_both_after_a_name_is_no_part_of_it():
    text = "如,3月18日,华闻示例、中青岚均被实施ST,证券简称分别变更为ST华闻、ST中青岚。"
    result = run(text, published="2025-03-26")
    assert all("中青岚均" not in c["short_names"] for c in result["companies"])


def test_the_day_the_stock_leaves_told_with_the_stock_between():
    text = "8月12日消息,阳川化工(证券简称:ST阳川)发布公告:深圳证券交易所已决定终止公司股票上市,2024年8月12日公司股票将摘牌。"
    assert statuses(run(text, published="2024-08-12", known_names=REGISTRY)) == [("ST阳川", "ST", "delisted", "2024-08-12")]


def test_a_round_up_s_largest_penalty_is_nobody_s_in_particular():
    text = ("11月7日晚间,阳川化工、东方资讯等8家公司密集披露立案或处罚公告,其中3家已退市的公司照样被追责罚款,"
            "最高单案罚款超3800万元。")
    result = run(text, published="2025-11-08", known_names=REGISTRY)
    assert [r for r in result["enforcement_actions"] if r["measure"] == "fine"] == []


def test_the_company_after_a_list_of_companies_is_each_of_them():
    text = ("5月12日晚间,东方资讯(300904.SZ)、阳川化工(600902.SH)先后公告,由于存在年报虚假记载等违规行为,"
            "公司及相关负责人受到相应行政处罚,并将在5月13日停牌,5月14日被实施“其他风险警示”。")
    result = run(text, published="2025-05-13", known_names=REGISTRY)
    assert sorted((c, to) for c, _, to, _ in statuses(result)) == [("东方资讯", "ST"), ("阳川化工", "ST")]


def test_a_company_delisted_a_year_ago_fined_for_its_old_fraud():
    text = "同样,一年前已退市的三岚教育因历史造假行为被罚1500万元。"
    result = run(text, published="2025-07-20", known_names=REGISTRY)
    assert [(r["company"], r["measure"], r["amount_yuan"]) for r in result["enforcement_actions"]] == [
        ("三岚教育", "fine", 15000000)]


def test_a_list_of_measures_some_companies_got_or_may_get():
    text = "上周已有超过百家个股收到行政处罚、监管函、警示函或面临退市风险,包括东方资讯、阳川化工、ST青岚等。"
    assert run(text, published="2025-01-06", known_names=REGISTRY)["enforcement_actions"] == []


def test_a_measure_on_a_broker_s_former_staff_is_not_the_broker_s():
    registry = {**REGISTRY, "第一岚业": "code:002797"}
    text = ("深圳证监局日前发布的行政监管措施决定书显示,第一岚业证券股份有限公司(股票名称:第一岚业)前从业人员谢某兰因在从业期间"
            "存在违规推介外部场外期权平台的行为,被采取出具警示函的行政监管措施。")
    assert run(text, published="2025-12-01", known_names=registry)["enforcement_actions"] == []


def test_an_application_a_year_after_a_penalty_decision_is_still_to_come():
    text = ("伴随着处罚,公司股票自2024年5月21日起被实施其他风险警示,股票简称由“阳川化工”变更为“ST阳川”。\n"
            "公司回复称,根据相关规定,公司将在收到《行政处罚决定书》之日起满十二个月后,及时向深圳证券交易所申请撤销其他风险警示。")
    assert statuses(run(text, published="2024-07-31", known_names=REGISTRY)) == [("ST阳川", "normal", "ST", "2024-05-21")]


# -- twentieth session: rules from real pages --------------------------------------------------------


def test_a_reply_dated_later_than_the_letter_it_names_by_number_is_that_letter():
    text = ("公司公告\n\n*ST岳林:关于对公司中小板年报问询函【2025】第57号有关问题的专项说明2025-06-09\n\n"
            "关于对岳林示例股份有限公司\n中小板年报问询函【2025】第57号\n有关问题的专项说明\n\n"
            "深圳证券交易所中小板公司管理部:\n"
            "由岳林示例股份有限公司(以下简称“公司”)转来贵所于2025年5月26日出具的中小板年报问询函【2025】第57号问询函,"
            "作为公司的年审会计师,我们对相关问题进行了核查。")
    result = run(text, published="2025-06-09", known_names=REGISTRY)
    assert [(r["measure"], r["date"]) for r in result["enforcement_actions"]] == [("inquiry_letter", "2025-05-26")]


def test_the_company_after_a_contract_s_counterparty_is_the_one_that_announced_it():
    registry = {**REGISTRY, "宁岚时代": "code:300950"}
    text = ("2月7日,东方资讯(300904.SZ)发布公告称,公司收到宁波证监局出具的行政处罚事先告知书,因此前披露的与宁岚时代重大合同"
            "相关公告存在误导性陈述,公司及相关负责人合计被罚款950万元。")
    result = run(text, published="2026-02-13", known_names=registry)
    assert [(r["company"], r["measure"]) for r in result["enforcement_actions"]] == [("东方资讯", "fine")]


def test_a_counterparty_with_a_portal_s_figures_in_brackets_is_not_the_company_investigated():
    registry = {**REGISTRY, "宁岚时代": "code:300950"}
    text = ("1月18日晚间,东方资讯(SZ300904,股价37.35元,市值266.95亿元)披露问询函回复公告,回答此前与宁岚时代"
            "(SZ300950,股价352.32元,市值 1.61万亿元)签署日常经营合同而引发的疑问。同日,公司收到中国证监会下发的《立案告知书》。")
    result = run(text, published="2026-01-18", known_names=registry)
    assert ("东方资讯", "investigation", "2026-01-18") in actions(result)
    assert all(r["company"] != "宁岚时代" for r in result["enforcement_actions"])


def test_the_customer_a_company_supplies_is_not_the_company_a_later_reply_is_about():
    registry = {**REGISTRY, "宁岚时代": "code:300950"}
    text = ("东方资讯于2026年1月13日晚发布重大合同公告,披露公司合计为宁岚时代供应正极材料,协议总金额超1200亿元。"
            "公司在1月19日关于对深圳证券交易所问询函的回复公告中称,合同总金额是公司估算得出。")
    result = run(text, published="2026-02-13", known_names=registry)
    assert {r["company"] for r in result["enforcement_actions"]} == {"东方资讯"}


def test_the_exchange_s_questions_told_as_a_verb_on_the_evening_just_named():
    text = ("1月13日晚间,东方资讯称与某客户签下长期供货协议,合同总金额预计超过500亿元。当晚,东方资讯被深交所火速问询。")
    assert actions(run(text, published="2026-01-18", known_names=REGISTRY)) == [
        ("东方资讯", "inquiry_letter", "2026-01-13")]


def test_a_mirror_that_wrote_its_blanks_as_question_marks():
    text = ("证券代码:600901?????????证券简称:ST?青岚??????公告编号:2025-038\n"
            "????青岚示例股份有限公司(以下简称“公司”)2024?年度内部控制被出具否定意见审计报告,公司股\n"
            "????票于?2025?年?5?月?6?日起被实施其他风险警示。")
    assert statuses(run(text, published="2025-06-10", known_names=REGISTRY)) == [("ST青岚", None, "ST", "2025-05-06")]


def test_plain_names_a_round_up_counts_among_this_year_s_removals():
    text = "今年以来已有东方资讯、阳川化工、海岳科技等超10家公司成功“摘帽”。"
    result = run(text, published="2025-06-10", known_names=REGISTRY)
    assert sorted((c, to) for c, _, to, _ in statuses(result)) == [
        ("东方资讯", "normal"), ("海岳科技", "normal"), ("阳川化工", "normal")]


def test_a_spam_site_s_download_link_glued_to_a_copied_title():
    text = ("南宫28官网- 南宫28官方网站- APP下载厦门海岳股份有限公司关于上海证券交易所业绩预告相关事项监管工作函的回复公告\n\n"
            "2026-02-15\n\n南宫28官网,南宫28APP下载")
    result = run(text, published="2026-02-15")
    assert full_and_short_names(result) == [("厦门海岳股份有限公司", [])]


def test_a_portal_s_bot_named_as_author_is_not_the_listed_company_of_that_name():
    registry = {**REGISTRY, "机器人": "code:300024"}
    text = ("【2026-02-10】 ST青岚于2026年2月10日复牌 【出处】本站iNews【作者】机器人 ST青岚于今日复牌,此前停牌原因为公司股票交易"
            "被实施其他风险警示。")
    result = run(text, published="2026-02-10", known_names=registry)
    assert "机器人" not in [n for c in result["companies"] for n in c["short_names"]]


def test_a_bureau_s_warning_as_the_clause_s_last_word_is_its_letter_to_each_listed():
    text = "3月12日晚间,东方资讯、阳川化工由于募集资金使用不规范、信息披露不准确等,受江苏证监局警示。"
    assert sorted(actions(run(text, published="2024-03-13", known_names=REGISTRY))) == [
        ("东方资讯", "warning_letter", "2024-03-12"), ("阳川化工", "warning_letter", "2024-03-12")]


def test_a_bureau_warning_investors_is_no_measure():
    text = "3月12日,江苏证监局警示投资者防范以东方资讯名义实施的非法荐股活动。"
    assert run(text, published="2024-03-13", known_names=REGISTRY)["enforcement_actions"] == []


def test_the_day_before_opening_a_paragraph_counts_back_from_the_day_just_told():
    text = ("3月29日晚间,*ST岳林发布风险提示公告,公司股票可能将被终止上市。\n\n"
            "前一日,公司收到广东证监局送达的《行政处罚决定书》,经查明,公司年度报告存在虚假记载。\n\n"
            "根据上述违法行为,公司及时任董事长等人被广东证监局给予警告并合计罚款790万元。")
    assert sorted(actions(run(text, published="2023-03-30", known_names=REGISTRY))) == [
        ("*ST岳林", "fine", "2023-03-28"), ("*ST岳林", "warning", "2023-03-28")]


def test_the_day_before_a_halt_is_no_date_of_its_own():
    days = [d.value for d in find_dates("3月29日,公司公告称停牌前一日股价涨停。", datetime.date(2023, 3, 30))]
    assert days == [datetime.date(2023, 3, 29)]


def test_a_pre_reorganisation_period_put_off_is_nothing_owed():
    text = "公司工作人员表示,目前资金占用还款进度无更多消息;同时表示*ST岳林预重整时间将延长至2023年6月15日。"
    assert run(text, published="2023-03-30", known_names=REGISTRY)["deadlines"] == []


def test_the_day_before_in_the_sentence_of_the_penalty():
    text = ("3月29日晚间,*ST岳林发布风险提示公告,公司股票可能将被终止上市。\n\n"
            "前一日,公司收到广东证监局送达的《行政处罚决定书》,公司被广东证监局给予警告并罚款790万元。")
    assert sorted(actions(run(text, published="2023-04-30", known_names=REGISTRY))) == [
        ("*ST岳林", "fine", "2023-03-28"), ("*ST岳林", "warning", "2023-03-28")]


def test_a_company_in_a_page_s_topic_tags_is_not_the_story_s():
    registry = {**REGISTRY, "同花岚": "code:300933"}
    text = ("发布日期:2024-6-5 文章分类:财经资讯 专题:上市公司】 【同花岚】 【板块指数】 【披星戴帽\n"
            "今年以来A股已经有94家公司新增“披星戴帽”,其中28家上市公司被实施ST。")
    assert run(text, published="2024-06-05", known_names=registry)["status_changes"] == []


def test_the_company_whose_announcement_the_story_cites_labelled_as_a_verb():
    text = "据锦岚港公告,因公司2018年至2021年年报存在虚假记载,公司股票被ST并于6月4日复牌。4日,ST锦港一字跌停。"
    result = run(text, published="2024-06-05")
    assert statuses(result) == [("锦岚港", None, "ST", "2024-06-04")]
    assert full_and_short_names(result) == [(None, ["锦岚港", "ST锦港"])]


def test_last_night_in_a_dated_lead_after_the_company_s_name():
    text = ("中国经济网北京1月20日讯 东方资讯(300904.SZ)昨晚发布关于收到上海证监局警示函的公告。"
            "东方资讯于近日收到上海证监局下发的《关于对东方资讯股份有限公司采取出具警示函的决定》。")
    assert actions(run(text, published="2026-01-20", known_names=REGISTRY)) == [
        ("东方资讯", "warning_letter", "2026-01-19")]


def test_two_letters_of_one_kind_named_by_their_numbers_are_two():
    text = ("中新经纬3月7日电 深交所7日向*ST岳林下发关注函,要求说明有关款项构成资金闭环的原因。\n"
            "关注函显示,3月6日晚间,公司披露《关于深圳证券交易所关注函〔2024〕第30号的回复公告》以及"
            "《关于深圳证券交易所关注函〔2024〕第34号的回复公告》,但年审会计师尚未发表核查意见。")
    result = run(text, published="2024-03-07", known_names=REGISTRY)
    letters = [r for r in result["enforcement_actions"] if r["measure"] == "concern_letter"]
    assert len(letters) == 2
    assert "2024-03-07" in [r["date"] for r in letters]
    assert all(not r["document_number"].startswith("于") for r in letters)


def test_the_month_a_company_listed_in_is_not_the_month_of_its_investigation():
    text = ("11月15日晚间,东方资讯披露公告称,因公司涉嫌信息披露违法违规,证监会决定对公司立案。\n"
            "资料显示,东方资讯于2022年7月登陆科创板上市,上市仅逾两年就遭证监会立案,这在A股市场并不多见。")
    assert actions(run(text, published="2024-11-17", known_names=REGISTRY)) == [
        ("东方资讯", "investigation", "2024-11-15")]


def test_a_letter_received_recently_before_the_story_s_day_is_undated():
    text = ("11月15日晚间,东方资讯披露公告称,因公司涉嫌信息披露违法违规,证监会决定对公司立案。"
            "近期,东方资讯便曾收到上交所下发的关于2024年半年报的信息披露监管问询函。")
    assert ("东方资讯", "inquiry_letter", None) in actions(run(text, published="2024-11-17", known_names=REGISTRY))


def test_penalties_counted_without_their_kind_are_no_fine():
    text = "而前不久,创业板公司东方资讯也因信披违规等问题收到了两份罚单。"
    assert run(text, published="2023-11-08", known_names=REGISTRY)["enforcement_actions"] == []


def test_a_portal_s_code_inside_a_full_name_after_a_title_s_about():
    registry = {**REGISTRY, "西岚海": "code:605151"}
    text = ("11月7日,上交所发布关于对西岚海(605151.SH)汽车服务股份有限公司及有关责任人予以监管警示的决定。"
            "上交所决定,对西岚海汽车服务股份有限公司及时任董事会秘书李某予以监管警示。")
    result = run(text, published="2023-11-07", known_names=registry)
    assert full_and_short_names(result) == [("西岚海汽车服务股份有限公司", ["西岚海"])]
    assert {r["company"] for r in result["enforcement_actions"]} == {"西岚海"}


@pytest.mark.parametrize("becomes", ["变成", "变为", "成为", "沦为"])
def test_companies_that_will_become_st_stocks_on_resumption(becomes):
    # (成为 and 沦为 were never read: the status pattern's start gate and the sentence's event hint lacked them.)
    text = f"上述公司中,东方资讯和阳川化工的处境相对较好,但7月9日复牌也将{becomes}ST股。"
    assert sorted(statuses(run(text, published="2024-07-06", known_names=REGISTRY))) == [
        ("东方资讯", None, "ST", "2024-07-09"), ("阳川化工", None, "ST", "2024-07-09")]


def test_a_company_that_became_a_star_st_stock_and_one_that_would_if_it_failed_to_repay():
    text = "阳川化工6月12日复牌后正式沦为*ST股。东方资讯若无法按期归还占用资金,也将沦为*ST股。"
    assert statuses(run(text, published="2025-06-06", known_names=REGISTRY)) == [("阳川化工", None, "*ST", "2025-06-12")]


def test_a_proposed_penalty_s_total_after_a_comma_and_a_listed_name_after_and_with_its_code():
    registry = {**REGISTRY, "ST易岚特": "code:300376"}
    text = ("江苏青岚、阳川化工(600902.SH)和易岚特 (300376.SZ)的处境相对较好。\n"
            "和江苏青岚情形类似,易岚特涉嫌虚增业绩,证监会拟决定对公司以及15名相关责任人进行处罚,总额达到3250万元。")
    result = run(text, published="2024-07-06", known_names=registry)
    assert [(r["company"], r["measure"], r["amount_yuan"], r.get("proposed")) for r in result["enforcement_actions"]] == [
        ("易岚特", "fine", 32500000, True)]


def test_a_name_the_registry_knows_only_with_its_label_written_without_it():
    registry = {**REGISTRY, "ST易岚特": "code:300376"}
    text = "易岚特收到证监会下发的立案告知书,因公司涉嫌信息披露违法违规,证监会决定对公司立案。"
    result = run(text, published="2024-05-08", known_names=registry)
    assert [(r["company"], r["company_code"], r["measure"]) for r in result["enforcement_actions"]] == [
        ("易岚特", "300376", "investigation")]


def test_yesterday_in_a_paper_s_own_story_under_a_dateline_without_a_day():
    text = ("【深圳商报讯】(记者 张三)ST股票的扩容速度进入峰值。据锦岚港公告,因公司年报存在虚假记载,"
            "公司股票被ST并于昨日复牌。")
    assert statuses(run(text, published="2024-06-05")) == [("锦岚港", None, "ST", "2024-06-04")]


def test_yesterday_without_any_dateline_stays_unresolved():
    days = [d.value for d in find_dates("公司股票被ST并于昨日复牌。", datetime.date(2024, 6, 5))]
    assert days == [None]


def test_a_portal_s_picture_placeholder_is_no_heading_of_a_new_item():
    text = ("证券代码:002485 证券简称:*ST岳林 公告编号:2023-016\n岳林示例股份有限公司\n"
            "本公司及董事会全体成员保证信息披露的内容真实、准确、完整,\n【资料图】\n没有虚假记载、误导性陈述或重大遗漏。\n"
            "特别提示:\n公司股票于2022年5月6日开市起被实施退市风险警示。")
    assert statuses(run(text, published="2023-04-25", known_names=REGISTRY)) == [("*ST岳林", None, "*ST", "2022-05-06")]


def test_a_letter_received_lately_dated_by_the_notice_of_its_receipt_the_text_points_to():
    text = ("证券代码:600902 证券简称:阳川化工 公告编号:临2023-031\n阳川化工股份有限公司\n"
            "关于再次延期回复上海证券交易所2022年年度报告信息披露监管工作函的公告\n"
            "阳川化工股份有限公司(以下简称“公司”)于近期收到上海证券交易所《关于阳川化工股份有限公司2022年年度报告的"
            "信息披露监管工作函》(上证公函【2023】0523号),详见公司于2023年6月17日披露的《阳川化工关于收到上海证券交易所"
            "2022年年度报告信息披露监管工作函的公告》(临2023-028)。")
    assert actions(run(text, published="2023-07-06", known_names=REGISTRY)) == [
        ("阳川化工", "work_letter", "2023-06-17")]


def test_a_proposed_penalty_told_on_the_dateline_is_dated_by_the_notice_s_receipt():
    text = ("中新经纬1月21日电 多期年报存在错报,北京证监局拟决定对东方资讯责令改正,给予警告,并处罚150万元。\n"
            "东方资讯21日公告,公司于2023年7月12日收到中国证监会下发的《立案告知书》。"
            "2024年1月18日,公司收到北京证监局出具的《行政处罚事先告知书》(下称《告知书》)。")
    result = run(text, published="2024-01-21", known_names=REGISTRY)
    assert sorted((m, d) for _, m, d in actions(result)) == [
        ("fine", "2024-01-18"), ("investigation", "2023-07-12"), ("rectification_order", "2024-01-18"),
        ("warning", "2024-01-18")]


def test_a_penalty_told_undated_takes_the_day_opening_the_sentence_of_its_notice():
    text = ("北京证监局拟决定对东方资讯责令改正,给予警告,并处以500万元的罚款。\n"
            "2023年12月7日,公司收到北京证监局出具的《行政处罚事先告知书》。")
    result = run(text, published="2023-12-09", known_names=REGISTRY)
    assert sorted((m, d) for _, m, d in actions(result)) == [
        ("fine", "2023-12-07"), ("rectification_order", "2023-12-07"), ("warning", "2023-12-07")]


def test_a_related_link_s_headline_above_the_page_s_comment_control():
    text = ("东旭示例\n\n  • 开始还钱?东旭集团近期归还2.69亿元给ST旭岚(000040.SZ),尚余75亿元\n"
            "  • ST旭岚:因涉嫌信息披露违法违规,证监会决定对公司及控股股东立案\n\n评论\n\n暂无评论哦,快来评价一下吧!")
    assert [(r["company"], r["measure"]) for r in run(text, published="2024-06-01")["enforcement_actions"]] == [
        ("ST旭岚", "investigation")]


def test_a_bureau_s_letter_cited_for_what_it_shows_is_the_company_s_undated():
    text = ("2025年4月18日,东方资讯(300904.SZ)发布公告称,公司及实控人因涉嫌信息披露违法违规被证监会立案调查。\n"
            "资金占用揭治理漏洞\n"
            "湖北证监局警示函显示,2022年11月至2023年3月,东方资讯通过虚构能源业务、设备采购等名义,向第三方支付2.13亿元资金。")
    result = run(text, known_names=REGISTRY, published=None)
    assert sorted(actions(result), key=str) == sorted(
        [("东方资讯", "investigation", "2025-04-18"), ("东方资讯", "warning_letter", None)], key=str)


def test_an_exchange_s_letter_headed_by_its_number_and_saluting_the_board():
    text = ("公司部监管函〔2022〕第145号\n阳川化工股份有限公司董事会:\n"
            "2022年1月29日,你公司披露《2021年度业绩预告》。你公司未在2021年度业绩预告中披露营业收入。\n"
            "特此函告\n深圳证券交易所上市公司管理二部2022年6月22日")
    result = run(text, published=None, known_names=REGISTRY)
    assert [(r["company"], r["regulator"], r["measure"], r["date"]) for r in result["enforcement_actions"]] == [
        ("阳川化工股份有限公司", "深交所", "regulatory_letter", "2022-06-22")]


def test_the_szse_s_department_for_companies_is_no_company():
    text = "深交所公司部向东方资讯发出关注函,要求说明相关情况。"
    assert [r["company"] for r in run(text, published="2024-01-05", known_names=REGISTRY)["enforcement_actions"]] == [
        "东方资讯"]


def test_background_words_after_the_measure_leave_it_the_lead_s_day():
    text = ("北京商报讯(记者 张三)7月6日讯 昨日晚间,因虚假记载等问题,多家公司齐齐公告遭行政处罚。其中,东方资讯(300904.SZ)"
            "合计虚增利润总额9.34亿元。\n据相关公告,东方资讯通过虚假自循环业务虚增营收。经证监会查实后,决定对东方资讯给予警告并处以"
            "罚款1000万元,此外,对5名相关责任人处以总计430万元罚款。")
    result = run(text, published="2024-07-06", known_names=REGISTRY)
    assert sorted(actions(result)) == [("东方资讯", "fine", "2024-07-05"), ("东方资讯", "warning", "2024-07-05")]


def test_a_company_the_registry_knows_by_its_delisting_name_written_by_its_old_one():
    registry = {**REGISTRY, "退市中岚": "code:603996"}
    text = ("另外,中岚科技涉及未按规定如实披露关联方资金占用和违规担保,导致公司信披违法,浙江监管局对公司实际控制人、董事及高管"
            "等9人开出9张罚单,合计处罚660万元。")
    result = run(text, published="2023-03-31", known_names=registry)
    assert [(r["company"], r["company_code"], r["measure"], r["amount_yuan"]) for r in result["enforcement_actions"]] == [
        ("中岚科技", "603996", "fine", 6600000)]


def test_a_pdf_line_broken_after_the_label_of_a_short_name():
    text = ("上海证券交易所\n纪律处分决定书\n〔2023〕22号\n关于对岳林示例股份有限公司及\n有关责任人予以通报批评的决定\n当事人:\n"
            "岳林示例股份有限公司, A 股证券简称: *ST\n岳林, A 股证券代码: 600311;\n刘 永, 岳林示例股份有限公司时任董事长;")
    result = run(text, published="2023-03-14")
    assert [c["short_names"] for c in result["companies"]] == [["*ST岳林"]]


def test_a_portal_s_summary_label_before_the_announcer():
    text = "观岚科技收到四川证监局警示函\n张三\n导读 观岚科技于6月3日发布公告,称其收到了四川证监局的警示函。"
    result = run(text, published="2024-06-04")
    assert [c["short_names"] for c in result["companies"]] == [["观岚科技"]]


def test_a_fine_told_as_more_than_an_amount_among_a_spam_site_s_glyphs():
    text = ("根据证监会的行政处罚决定书★◈,东方资讯原董事长等三人因合谋操纵“东方资讯”股价被处罚金额超1.4亿元★◈。")
    result = run(text, published="2025-01-10", known_names=REGISTRY)
    assert [(r["company"], r["measure"], r["amount_yuan"]) for r in result["enforcement_actions"]] == [
        ("东方资讯", "fine", 140000000)]
    assert "◈" not in clean_text(text)


def test_a_passive_opening_the_sentence_whose_subject_is_named_after_the_time_since():
    text = "在被中国证监会立案调查半年多后,东方资讯(300904)及相关责任人的行政处罚结果出炉。"
    assert actions(run(text, published="2025-08-02", known_names=REGISTRY)) == [("东方资讯", "investigation", None)]


def test_a_measure_then_another_company_after_the_time_since_is_not_that_company_s():
    text = "证监会对阳川化工立案调查半年多后,东方资讯(300904)股价大涨。"
    assert [r["company"] for r in run(text, published="2025-08-02", known_names=REGISTRY)["enforcement_actions"]] == [
        "阳川化工"]


def test_the_city_a_listed_company_is_named_after_is_no_mention_of_it():
    registry = {**REGISTRY, "ST张岚界": "code:000430"}
    text = ("11月3日,ST张岚界公告称,公司于2025年11月3日收到湖南省张岚界市中级人民法院送达的《民事裁定书》,法院裁定受理公司的"
            "重整申请。公司股票将于11月4日停牌一天,自11月5日起被实施退市风险警示。")
    result = run(text, published="2025-11-03", known_names=registry)
    assert {r["company"] for r in result["status_changes"]} == {"ST张岚界"}


def test_a_chart_s_data_source_is_no_company():
    registry = {**REGISTRY, "同花岚": "code:300933"}
    text = ("东方资讯是一家从深圳崛起的连锁超市。\n\n图片说明:营业收入,数据来源于同花岚\n\n"
            "2021-2023年,公司深陷亏损泥潭。公司股票自2024年4月22日起被深交所实施退市风险警示。")
    result = run(text, published="2025-07-01", known_names=registry)
    assert {r["company"] for r in result["status_changes"]} == {"东方资讯"}


def test_a_delisting_dated_by_the_day_named_as_its_own():
    text = ("“民营超市第一股”东岚乐宣布退市,7月3日之后将被摘牌\n"
            "曾被称为“民营超市第一股”的东岚乐(即,*ST岚乐,002336.SZ)迎来退市倒计时。\n"
            "6月5日晚间公告显示,深交所决定终止公司股票上市,终止上市日期为2025年7月4日,公司股票于2025年6月13日复牌并进入"
            "退市整理期。\n公告显示,2024年4月22日,*ST岚乐股票交易被实施退市风险警示。2025年4月30日,*ST岚乐在股票交易被实施"
            "退市风险警示后披露的首个年度报告显示,公司期末净资产为负。")
    result = run(text, published="2025-06-06")
    assert sorted((c, to, day) for c, _, to, day in statuses(result)) == [
        ("*ST岚乐", "*ST", "2024-04-22"), ("*ST岚乐", "delisted", "2025-07-04")]
    assert [c["short_names"][0] for c in result["companies"]] == ["东岚乐"]


def test_a_delisting_warning_stacked_on_an_st_stock_is_one_change_to_star_st():
    text = ("ST青岚:法院裁定受理公司重整并叠加实施退市风险警示\n2025-11-03 19:25:32 每日经济新闻\n"
            "11月3日,ST青岚公告称,公司于2025年11月3日收到法院送达的《民事裁定书》,法院裁定受理公司的重整申请。根据《上市规则》,"
            "公司股票将于11月4日停牌一天,自11月5日起被实施退市风险警示,股票简称改为“*ST青岚”。")
    assert statuses(run(text, published="2025-11-03", known_names=REGISTRY)) == [("ST青岚", "ST", "*ST", "2025-11-05")]


def test_a_delisting_warning_written_without_its_risk():
    text = "因2024年度经审计的净资产为负值,东方资讯股票交易被实施退市警示。"
    assert [(c, to) for c, _, to, _ in statuses(run(text, published="2025-05-06", known_names=REGISTRY))] == [
        ("东方资讯", "*ST")]


def test_a_penalty_ticket_accepted_with_its_amount_is_a_fine():
    text = "值得注意的是,此前东方资讯刚因36.9亿元算力合同信披违规领受800万元罚单。"
    result = run(text, published="2026-01-17", known_names=REGISTRY)
    assert [(r["company"], r["measure"], r["amount_yuan"]) for r in result["enforcement_actions"]] == [
        ("东方资讯", "fine", 8000000)]


def test_a_letter_whose_reply_the_company_disclosed_came_on_no_day_the_text_gives():
    text = "2022年11月29日,东方资讯披露的工作函回复显示,公司存在应履行股东大会决议程序而未履行的情形。"
    assert actions(run(text, published="2023-03-14", known_names=REGISTRY)) == [("东方资讯", "work_letter", None)]


# -- the twenty-third session's blind pages (r2966–r2989): errors of kinds the sets had not shown ------------------


def test_a_bare_new_name_after_a_quoted_star_st_name_is_a_removal():
    result = run(
        "阳川示例化工股份有限公司(证券简称“*ST阳川”)公告,公司股票将于2025年6月16日开市起复牌,"
        "证券简称由“*ST阳川”变更为阳川化工。"
    )
    assert statuses(result) == [("*ST阳川", "*ST", "normal", "2025-06-16")]


def test_a_bare_word_after_a_quoted_name_that_shares_none_of_its_core_is_no_new_name():
    result = run("东方资讯公告,证券简称由“*ST东讯”变更为其他名称。", known_names=REGISTRY)
    assert statuses(result) == []


@pytest.mark.parametrize(("lifted", "old"), [("退市风险警示及其他风险警示", "*ST"), ("其他风险警示", "ST")])
def test_an_application_to_lift_a_warning_granted_lifts_it_on_the_day_trading_resumes(lifted, old):
    result = run(
        f"阳川示例化工股份有限公司(以下简称“阳川化工”)公告,公司撤销{lifted}的申请已获得深圳证券交易所审核同意。"
        "公司股票将于2025年6月13日停牌一天,并于2025年6月16日开市起复牌。"
    )
    assert statuses(result) == [("阳川化工", old, "normal", "2025-06-16")]


@pytest.mark.parametrize("pending", ["尚需深圳证券交易所审核同意", "已提交深圳证券交易所"])
def test_an_application_to_lift_a_warning_not_yet_granted_is_no_change(pending):
    result = run(f"阳川示例化工股份有限公司(以下简称“阳川化工”)公告,公司撤销其他风险警示的申请{pending}。")
    assert statuses(result) == []


def test_lifting_star_st_alone_on_a_granted_application_is_left_to_the_new_name():
    # *ST lifted alone may leave the stock ST: "ST阳川" below says so, and nothing here says which.
    result = run("阳川化工撤销退市风险警示的申请已获深交所同意。自6月16日起,阳川化工股票简称变更为“ST阳川”。",
                 known_names=REGISTRY)
    assert statuses(result) == []


def test_a_bureau_orders_a_company_to_rectify_what_its_holder_took():
    result = run("6月5日,湖南证监局责令阳川化工就控股股东违规占用其资金问题进行整改。", known_names=REGISTRY)
    assert actions(result) == [("阳川化工", "rectification_order", "2025-06-05")]


def test_an_occupation_deadline_whose_company_is_named_after_the_day_by_its_pronoun():
    result = run(
        "阳川化工(600902)公告,经自查,控股股东存在占用公司资金的情形。如控股股东未能在2025年7月10日(含)前"
        "解决其非经营性占用公司资金问题,公司股票将被上海证券交易所实施其他风险警示。"
    )
    assert [(d["company"], d["due_date"]) for d in result["deadlines"]] == [("阳川化工", "2025-07-10")]


def test_a_company_listed_after_a_related_party_is_a_related_party_too():
    result = run(
        "ST青岚披露,关联方王一、杭州岭东示例科技股份有限公司(下称“岭东示例”)占用公司资金900万元。"
        "6月5日,上交所对ST青岚及关联方王一、岭东示例予以监管警示。",
        known_names=REGISTRY,
    )
    assert [r["company"] for r in result["enforcement_actions"]] == ["ST青岚"]
    assert company_names(result) == ["ST青岚"]


def test_a_company_listed_after_a_holder_that_the_registry_knows_stays_listed():
    result = run("深圳证监局对控股股东东方示例集团、ST青岚采取责令改正措施。", known_names=REGISTRY)
    assert [r["company"] for r in result["enforcement_actions"]] == ["ST青岚"]


def test_a_listing_ended_on_the_exchange_named_inside():
    result = run("东方资讯:股票终止在深圳证券交易所上市", known_names=REGISTRY)
    assert statuses(result) == [("东方资讯", None, "delisted", None)]


def test_an_old_name_broken_over_two_lines_inside_its_quotes_is_read_not_a_crash():
    # (The page used to be lost: the name was noted with its line break and registered without it.)
    result = run("股票代码:300905 股票简称由“\n岭东光”变更为“ST岭东”,自2025年4月22日起实施其他风险警示。")
    assert full_and_short_names(result) == [(None, ["岭东光", "ST岭东"])]
    assert statuses(result) == [("ST岭东", None, "ST", "2025-04-22")]


def test_a_letter_sent_with_the_bare_verb_fa_is_sent():
    result = run("深交所6月5日公告,对阳川化工发关注函,要求公司说明相关情况。", known_names=REGISTRY)
    assert actions(result) == [("阳川化工", "concern_letter", "2025-06-05")]


@pytest.mark.parametrize("sentence", ["5月25日,阳川化工对提及摘帽问题的关注函延期回复。", "5月25日,阳川化工的摘帽进程备受关注。",
                                      "5月25日,阳川化工的摘星之路仍有变数。"])
def test_lifting_a_warning_as_a_topic_is_no_change(sentence):
    assert statuses(run(sentence, known_names=REGISTRY)) == []


def test_lifting_a_warning_told_in_slang_with_its_day_is_still_a_change():
    result = run("6月5日,阳川化工成功摘帽。", known_names=REGISTRY)
    assert statuses(result) == [("阳川化工", None, "normal", "2025-06-05")]


@pytest.mark.parametrize("new", ["“ST阳川”", "“ST 阳川”"])
def test_a_name_given_its_label_without_the_word_for_short_name(new):
    result = run(f"阳川化工公告,公司股票6月12日停牌一天后,6月13日起“阳川化工”将正式变更为{new}。", known_names=REGISTRY)
    assert statuses(result) == [("阳川化工", "normal", "ST", "2025-06-13")]


def test_a_quoted_word_given_a_label_without_the_word_for_short_name_is_no_rename():
    result = run("阳川化工公告,拟将“其他风险警示”变更为“ST警示”。", known_names=REGISTRY)
    assert statuses(result) == []


def test_an_order_to_return_all_the_money_taken_is_a_rectification_order():
    result = run(
        "阳川化工公告,湖南证监局曾在2025年6月5日下发《行政监管措施决定书》,责令所有占用资金在收到"
        "《行政监管措施决定书》之日起六个月内归还。",
        known_names=REGISTRY,
    )
    assert actions(result) == [("阳川化工", "rectification_order", "2025-06-05")]


def test_warnings_imposed_on_several_companies_take_the_day_the_next_clause_renames_them():
    result = run(
        "阳川化工与东方资讯两家公司因财务造假被查实,均将被实施其他风险警示,股票简称自2025年6月13日起变更为“ST”开头。",
        known_names=REGISTRY,
    )
    assert statuses(result) == [("阳川化工", None, "ST", "2025-06-13"), ("东方资讯", None, "ST", "2025-06-13")]


def test_a_day_in_the_next_clause_that_renames_nothing_does_not_date_a_warning():
    result = run("阳川化工公告,公司股票将被实施退市风险警示,公司于2025年6月13日召开董事会。", known_names=REGISTRY)
    assert statuses(result) == [("阳川化工", None, "*ST", None)]


# -- the twenty-fourth session's blind pages ----------------------------------------------------------


@pytest.mark.parametrize("sentence", [
    "6月5日,深交所下发《关注函》,要求阳川化工说明资金往来情况。",
    "6月5日,湖南证监局发出责令改正决定,要求阳川化工收回被占用的资金。",
    "6月5日,上交所已下发《监管工作函》,对阳川化工的退市风险、持续经营等事项提出监管要求。",
])
def test_the_company_after_a_titled_letter_or_an_order_s_decision_is_its_addressee(sentence):
    assert [a[0] for a in actions(run(sentence, known_names=REGISTRY))] == ["阳川化工"]


def test_an_order_demanding_money_back_for_a_company_is_that_company_s_record():
    result = run(
        "2025年6月5日,湖南证监局发出责令改正决定,要求青岚投资在收到决定书之日起六个月内,向阳川化工归还占用的2亿元资金。",
        known_names=REGISTRY,
    )
    assert actions(result) == [("阳川化工", "rectification_order", "2025-06-05")]


def test_an_order_to_no_one_named_in_a_story_about_one_company_is_that_company_s():
    text = "阳川化工(600902)资金占用问题持续。2025年6月5日,湖南证监局发出责令改正决定,要求控股股东在六个月内归还占用资金。"
    assert actions(run(text, known_names=REGISTRY)) == [("阳川化工", "rectification_order", "2025-06-05")]
    # A decision that demands nothing names no order of its own.
    assert actions(run("阳川化工(600902)资金占用问题持续。2025年6月5日,湖南证监局发出决定。", known_names=REGISTRY)) == []


def test_a_fine_and_then_a_warning_are_two_measures():
    result = run("尽管阳川化工及实际控制人张大伟被监管处以罚款并警告,但占用资金仍未归还。", known_names=REGISTRY)
    assert sorted(a[1] for a in actions(result)) == ["fine", "warning"]


def test_a_counted_list_of_companies_makes_a_name_of_three_characters_a_company():
    text = "阳川化工、青岚堂、ST青岚、东方资讯等4家上市公司均公告,收到证监会的立案告知书。"
    assert [a[0] for a in actions(run(text, known_names=REGISTRY))] == ["阳川化工", "青岚堂", "ST青岚", "东方资讯"]
    # Counted otherwise, three characters may be a person's name.
    text = "阳川化工、青岚堂、ST青岚、东方资讯等5家上市公司均公告,收到证监会的立案告知书。"
    assert "青岚堂" not in [a[0] for a in actions(run(text, known_names=REGISTRY))]


def test_the_day_a_period_starts_since_an_event_does_not_date_a_letter():
    text = "自6月1日晚间阳川化工首度披露存货异常以来,该公司已先后收到三封深交所下发的关注函。"
    assert {a[2] for a in actions(run(text, known_names=REGISTRY))} == {None}


def test_a_bureau_s_investigation_and_the_exchange_s_questions_drawn():
    result = run("山东证监局曾在2024年8月对阳川化工涉嫌信息披露违法违规行为进行立案稽查。", known_names=REGISTRY)
    assert actions(result) == [("阳川化工", "investigation", None)]
    result = run("此前,阳川化工为控股股东担保问题已引发上交所问询,并要求公司反复核查。", known_names=REGISTRY)
    assert actions(result) == [("阳川化工", "inquiry_letter", None)]


def test_a_party_s_post_is_no_part_of_the_company_s_full_name():
    result = run("当事人:张大伟,男,1963年7月出生,时任湖南阳川化工股份有限公司(以下简称阳川化工)董事长。"
                 "湖南证监局对阳川化工给予警告。", known_names=REGISTRY)
    assert full_and_short_names(result)[0][0] == "湖南阳川化工股份有限公司"


def test_a_proposed_order_naming_the_full_name_takes_the_notice_s_day_and_issuer():
    result = run(
        "近日,ST青岚公告收到中国证监会《行政处罚和市场禁入事先告知书》。从公告看:2025年6月2日,公司收到中国证监会"
        "《行政处罚和市场禁入事先告知书》。\n经查,ST青岚定期报告存在虚假记载。\n"
        "依据《证券法》的规定,拟决定:1.责令青岚示例科技股份有限公司改正,给予警告,并处以1,000万元的罚款。",
        known_names=REGISTRY,
    )
    assert {(a["measure"], a["regulator"], a["date"]) for a in result["enforcement_actions"]} == {
        ("market_ban", "中国证监会", "2025-06-02"), ("rectification_order", "中国证监会", "2025-06-02"),
        ("warning", "中国证监会", "2025-06-02"), ("fine", "中国证监会", "2025-06-02")}
    assert not any(c["full_name"] and c["full_name"].startswith("责令") for c in result["companies"])


def test_companies_listed_after_a_delisting_decision_are_delisted():
    result = run("6月5日晚间,又有两家上市公司收到股票终止上市决定,分别是*ST岳林(300903.SZ)、ST青岚(600901.SH)。",
                 known_names=REGISTRY)
    assert [(s[0], s[2]) for s in statuses(result)] == [("*ST岳林", "delisted"), ("ST青岚", "delisted")]


def test_a_company_already_taken_off_the_board_is_delisted():
    result = run("其中,*ST岳林已经摘牌,ST青岚处于退市整理期。", known_names=REGISTRY)
    assert statuses(result) == [("*ST岳林", "*ST", "delisted", None)]


def test_a_company_remarked_as_delisted_is_one_the_registry_may_not_know():
    result = run("6月6日,青岚蓝天(已退市)称,其收到湖南证监局和深圳证监局的行政处罚决定书。"
                 "深圳证监局决定对青岚蓝天处以1200万元罚款。", known_names=REGISTRY)
    assert statuses(result) == [("青岚蓝天", None, "delisted", None)]  # the remark is not the day it was delisted
    assert actions(result) == [("青岚蓝天", "fine", "2025-06-06")]  # the day the decision came, from either bureau


def test_the_board_s_consent_to_apply_is_no_exchange_s_consent():
    text = "经公司董事会审议,同意向深圳证券交易所申请撤销对公司股票实施的退市风险警示。"
    assert statuses(run("*ST岳林公告。" + text, known_names=REGISTRY)) == []


@pytest.mark.parametrize("sentence", ["*ST岳林公告。公司股票交易撤销退市风险警示及实施其他风险警示事项,尚需深圳证券交易所审核。",
                                      "*ST岳林公告。公司股票撤销退市风险警示事宜存在不确定性。"])
def test_a_lifting_still_under_review_is_no_change(sentence):
    assert statuses(run(sentence, known_names=REGISTRY)) == []


def test_lifting_st_star_and_imposing_st_is_one_change():
    result = run("*ST岳林公告,公司股票自6月5日起撤销退市风险警示及实施其他风险警示。", known_names=REGISTRY)
    assert statuses(result) == [("*ST岳林", "*ST", "ST", "2025-06-05")]


def test_an_undated_lifting_of_st_star_is_not_folded_into_an_st_imposed_years_before():
    result = run(
        "证券代码:300903 证券简称:ST岳林\n1、因控股股东占用资金,公司股票交易自2019年6月5日起被实施其他风险警示。\n"
        "2、公司股票已被撤销退市风险警示,但仍继续被实行其他风险警示,证券简称由“*ST岳林”变更为“ST岳林”。",
        known_names=REGISTRY,
    )
    assert sorted((s[1] or "", s[2], s[3] or "") for s in statuses(result)) == [("", "ST", "2019-06-05"), ("*ST", "ST", "")]


def test_a_company_that_announces_is_listed_though_named_a_related_party():
    result = run(
        "4月12日,头顶“影视第一股”概念的青岚影视公布,公司于2025年4月11日收到中国证监会立案告知书。\n"
        "11月4日,阳川化工公告,公司为关联方青岚影视违规担保1亿元。\n"
        "5月24日,深交所公布《对青岚影视股份有限公司相关当事人给予公开谴责处分的公告》。",
        "2025-12-01", known_names=REGISTRY,
    )
    assert ("青岚影视", "investigation", "2025-04-11") in actions(result)
    assert ("阳川化工", "public_censure", "2025-05-24") not in actions(result)


def test_a_measure_dated_after_the_page_without_a_year_is_last_year_s():
    result = run("5月24日,深交所对阳川化工给予公开谴责处分。", "2025-04-15", known_names=REGISTRY)
    assert actions(result) == [("阳川化工", "public_censure", "2024-05-24")]
    # With its year, the day stands as written; a deadline may lie ahead.
    result = run("2025年5月24日,深交所对阳川化工给予公开谴责处分。", "2025-04-15", known_names=REGISTRY)
    assert actions(result) == [("阳川化工", "public_censure", "2025-05-24")]


def test_an_investigation_decided_and_its_notice_received_weeks_later_are_one():
    result = run("阳川化工因涉嫌信息披露违法违规,6月9日,证监会决定对其立案调查。6月26日晚间,阳川化工发布公告称,"
                 "公司收到《中国证券监督管理委员会立案告知书》。", "2025-06-28", known_names=REGISTRY)
    assert actions(result) == [("阳川化工", "investigation", "2025-06-09")]


def test_a_warning_a_dateline_says_is_coming_takes_no_day_from_the_dateline():
    result = run("财联社6月16日讯 阳川化工(600902.SH)正在1元生死线徘徊,且即将被“*ST”。", "2025-06-16", known_names=REGISTRY)
    assert statuses(result) == [("阳川化工", None, "*ST", None)]


def test_illegal_gains_confiscated_from_parties_listed_between():
    result = run("阳川化工公告,证监会拟决定没收张大伟、王小明、刘一峰违法所得1543.91万元。", known_names=REGISTRY)
    assert [(a["measure"], a["amount_yuan"]) for a in result["enforcement_actions"]] == [("confiscation", 15439100)]


def test_a_letter_named_in_the_title_of_a_delayed_reply_takes_no_day_from_it():
    result = run("阳川化工近况。2025年6月14日,公司披露了关于对深圳证券交易所《关注函》申请延期回复的公告》(2025-034),"
                 "申请延期至2025年6月20日前完成《关注函》的回复披露工作。", "2025-06-30", known_names=REGISTRY)
    assert actions(result) == [("阳川化工", "concern_letter", None)]


def test_a_company_receiving_a_regulator_s_letter_is_a_company_the_registry_may_not_hold():
    result = run("中新网6月13日电 6月13日 , 海川影音收到深交所下发的关注函 。", "2025-06-13", known_names=REGISTRY)
    assert actions(result) == [("海川影音", "concern_letter", "2025-06-13")]
    result = run("记者获悉其已收到证监会下发的立案告知书。", "2025-06-13", known_names=REGISTRY)
    assert result["companies"] == []


def test_a_work_letter_published_to_no_one_named_is_the_story_s_company_s():
    result = run("阳川化工(600902)公告更正。上交所随即发布监管工作函表示:公司公告的相关表述不准确,请公司及时予以更正。",
                 known_names=REGISTRY)
    assert actions(result) == [("阳川化工", "work_letter", None)]


def test_a_company_the_registry_may_not_hold_named_in_the_passive_of_a_regulator():
    result = run("2025年7月7日,海川易盛被上海证券交易所终止上市并摘牌。", known_names=REGISTRY)
    assert statuses(result) == [("海川易盛", None, "delisted", "2025-07-07")]
    # An adverb between a known name and the passive is no part of the name.
    result = run("2024年5月8日,ST青岚被证监会立案;同年9月6日,ST青岚再度被证监会立案调查。", known_names=REGISTRY)
    assert company_names(result) == ["ST青岚"]


def test_companies_listed_before_the_enterprises_counted_as_delisted():
    result = run("数据显示,今年以来已有*ST岳林、ST青岚、退市海川在内的3家企业退市。", known_names=REGISTRY)
    assert [(s[0], s[2]) for s in statuses(result)] == [("*ST岳林", "delisted"), ("ST青岚", "delisted"),
                                                        ("退市海川", "delisted")]


def test_a_rule_quoted_after_its_word_is_no_change():
    text = ("对此,ST青岚表示,《上海证券交易所股票上市规则》规定:“公司股票因第9.8.1条第(三)项规定情形被实施其他风险警示后,"
            "公司内部控制缺陷整改完成的,可以向本所申请撤销。")
    assert statuses(run(text, known_names=REGISTRY)) == []


def test_a_past_investigation_referred_to_as_an_event_is_a_case_of_its_own():
    result = run("阳川化工近况。除了上述事项,公司此前被证监会立案调查的事件进展也备受市场关注。", known_names=REGISTRY)
    assert actions(result) == [("阳川化工", "investigation", None)]
    # Not the topic of a case the story has not said happened.
    assert actions(run("阳川化工近况。公司被证监会立案调查的事件进展备受关注。", known_names=REGISTRY)) == []


def test_a_code_with_its_exchange_after_a_comma_and_a_decision_s_number_without_the_receipt():
    result = run("海川资源(600193,SH )8月18日发布公告称,公司在8月17日已收到中国证监会【2025】25 号《行政处罚决定书》,"
                 "公司因此被给予警告且处以30万元罚款。", "2025-08-18", known_names=REGISTRY)
    assert [c["code"] for c in result["companies"]] == ["600193"]
    assert {(a["measure"], a["date"], a["document_number"]) for a in result["enforcement_actions"]} == {
        ("warning", "2025-08-17", "中国证监会【2025】25号"), ("fine", "2025-08-17", "中国证监会【2025】25号")}


def test_a_company_whose_latest_announcement_says_it_was_investigated():
    result = run("海川科技最新公告表示,公司去年6月4日收到证监会的调查通知书,公司因涉嫌违法违规被立案调查。", "2025-04-18",
                 known_names=REGISTRY)
    assert actions(result) == [("海川科技", "investigation", "2024-06-04")]


def test_a_letter_to_a_company_about_its_subsidiary_is_the_company_s():
    text = ("阳川化工近况。此前的2025年6月24日,公司就收到了上海证券交易所《关于对阳川化工股份有限公司控股子公司对外担保"
            "相关事项的问询函》。")
    assert actions(run(text, known_names=REGISTRY)) == [("阳川化工", "inquiry_letter", "2025-06-24")]
    # A subsidiary's own case is still not the company's.
    assert actions(run("阳川化工公告,公司旗下孙公司海川网已被立案调查。", known_names=REGISTRY)) == []


def test_a_list_whose_closing_words_stand_after_its_last_separator_is_read_not_a_crash():
    # (The page used to be lost: the words that close a list were taken for an empty last item.)
    result = run("今年以来已有*ST岳林、ST青岚、海川化工、在内的3家企业退市。", known_names=REGISTRY)
    assert "ST青岚" in company_names(result)


def test_today_in_a_paper_s_own_story_is_its_issue_s_day():
    text = "【深圳商报讯】(记者 王五)今日,阳川化工公告称,公司收到中国证监会下发的《立案告知书》。"
    assert actions(run(text, "2025-06-20", known_names=REGISTRY)) == [("阳川化工", "investigation", "2025-06-20")]
    # Without the paper's own dateline, the lead of a page that prints no day is read as of the page's date; a
    # repost that prints another day is not.
    assert actions(run(text.split(")", 1)[1], "2025-06-20", known_names=REGISTRY)) == [
        ("阳川化工", "investigation", "2025-06-20")]
    assert actions(run("2025-07-02 08:00\n" + text.split(")", 1)[1], "2025-06-20", known_names=REGISTRY)) == [
        ("阳川化工", "investigation", None)]


def test_a_short_name_declared_without_quotes_and_a_space_before_its_code():
    text = ("上交所近日发布关于对海川资源实业股份有限公司(以下简称海川资源 证券代码:600193)控股股东及实际控制人"
            "予以纪律处分的决定。")
    result = run(text)
    assert [(c["short_names"], c["code"]) for c in result["companies"]] == [(["海川资源"], "600193")]
    assert actions(result) == [("海川资源", "other", None)]


def test_a_censure_of_the_shareholder_named_in_its_cause_is_the_company_s():
    text = ("阳川化工发布公告。阳川化工第一大股东海川投资有限公司(以下简称“海川投资”)所持股份被司法拍卖。"
            "2021年3月11日,上交所就曾因海川投资未履行增持计划予以公开谴责。")
    assert actions(run(text, known_names=REGISTRY)) == [("阳川化工", "public_censure", "2021-03-11")]


def test_a_full_name_the_layout_broke_in_a_line_of_prose_is_read_whole():
    text = ("关于对海川环保装备股份有限公司给予纪律处分的决定\n一、违规事实\n经江苏证监局与本所查明,海川环\n"
            "保装备股份有限公司(以下简称“海川退”或“公司”)存在以下违规行为。\n")
    assert "海川环保装备股份有限公司(以下简称" in clean_text(text)
    assert [(c["full_name"], c["short_names"]) for c in run(text)["companies"]] == [
        ("海川环保装备股份有限公司", ["海川退"])]
    # A title's name on a line of its own after a header is no broken name.
    assert "\n浙江示例股份有限公司关于" in clean_text("证券代码:600000 证券简称:示例\n浙江示例股份有限公司关于收到警示函的公告\n")


def test_yesterday_and_today_on_a_page_that_prints_its_own_day_and_time():
    page = ("涉嫌信息披露违法违规 阳川化工被证监会调查\n西川日报 2021-06-04 03:37\n"
            "阳川化工昨日发布公告称,因公司涉嫌信息披露违法违规,中国证监会决定对其立案调查。\n"
            "另据报道,ST青岚今日晚间公告,公司收到上交所下发的问询函。")
    assert actions(run(page, "2021-06-04", known_names=REGISTRY)) == [
        ("阳川化工", "investigation", "2021-06-03"), ("ST青岚", "inquiry_letter", "2021-06-04")]
    # A page whose printed day is not the one it is dated by (a repost) counts from neither.
    assert actions(run(page, "2021-06-09", known_names=REGISTRY)) == [
        ("阳川化工", "investigation", None), ("ST青岚", "inquiry_letter", None)]


def test_a_company_named_after_suspected_of_is_what_the_suspicion_is_about_not_the_suspect():
    text = ("海川证券股份有限公司(以下简称“公司”)于近期收到中国证监会下发的《立案告知书》。因公司涉嫌东方示例林业"
            "(集团)股份有限公司持股变动信息披露违法违规,中国证监会决定对公司立案。")
    result = run(text, "2026-02-14")
    assert [c["full_name"] for c in result["companies"]] == ["海川证券股份有限公司"]
    assert actions(result) == [("海川证券股份有限公司", "investigation", None)]


def test_its_cause_a_regulator_gives_names_the_story_s_company_as_its():
    text = "阳川化工近日收到上交所纪律处分。早在2025年3月,浙江证监局就曾因其2023年年报存在财务数据错报下达责令整改通知。"
    assert ("阳川化工", "rectification_order", None) in actions(run(text, known_names=REGISTRY))


def test_nine_officers_then_in_office_fined_with_the_company_are_no_statistic():
    text = "阳川化工发布公告。公司及原控股股东、9名时任高管因涉嫌信息披露违法违规,被合计罚款3670万元。"
    assert actions(run(text, known_names=REGISTRY)) == [("阳川化工", "fine", None)]


@pytest.mark.parametrize("label", ["股票代码", "股票程式码"])
def test_a_name_declared_under_the_code_s_label(label):
    text = (f"10月25日,海川堂({label}:*ST海川)公布中国证监会调查处罚结果。\n"
            "2020年4月27日,中国证监会正式对海川堂进行立案调查。")
    result = run(text, "2021-10-26")
    assert [c["short_names"] for c in result["companies"]] == [["海川堂", "*ST海川"]]
    assert actions(result) == [("海川堂", "investigation", "2020-04-27")]


def test_an_old_name_of_three_before_not_or_its_cause_is_no_name_of_four():
    text = ("*ST海川公告,公司于3月9日收到深交所关注函。三、海川堂未及时披露关联交易。"
            "海川堂因2021年年报被出具无法表示意见而被深交所两度予以退市警示。")
    result = run(text, "2023-03-10")
    assert [c["short_names"] for c in result["companies"]] == [["*ST海川", "海川堂"]]
    # (A delisting warning is a status, no measure of the exchange's.)
    assert actions(result) == [("*ST海川", "concern_letter", "2023-03-09")]


def test_a_decision_its_actual_controller_received_is_the_issuer_s_record_in_its_own_notice():
    text = ("证券简称:*ST海川 证券代码:600193 编号:临2021-088\n"
            "海川资源股份有限公司关于公司实际控制人收到行政处罚决定书的公告\n"
            "2021年12月7日,张坚强收到中国证监会广东监管局《行政处罚及市场禁入事先告知书》(处罚字【2021】20号)。\n"
            "2021年12月23日,张坚强收到中国证监会广东监管局《市场禁入决定书》【2021】4号。")
    result = run(text, "2021-12-24")
    assert [(a["company"], a["measure"], a["date"], a["persons"]) for a in result["enforcement_actions"]] == [
        ("*ST海川", "market_ban", "2021-12-07", ["张坚强"]), ("*ST海川", "market_ban", "2021-12-23", ["张坚强"])]


def test_a_header_with_the_short_name_before_the_code_and_an_investigation_of_the_controller():
    text = ("证券简称:*ST海川 证券代码:600193 编号:临2021-088\n海川资源股份有限公司\n"
            "关于公司实际控制人收到行政处罚决定书的公告\n"
            "因张坚强涉嫌信息披露违法违规,2021年6月25日,中国证券监督管理委员会决定对张坚强立案。")
    result = run(text, "2021-12-24")
    assert [(c["short_names"], c["code"]) for c in result["companies"]] == [(["*ST海川"], "600193")]
    assert [(a["company"], a["measure"], a["date"], a["persons"]) for a in result["enforcement_actions"]] == [
        ("*ST海川", "investigation", "2021-06-25", ["张坚强"])]


@pytest.mark.parametrize("letter", ["关注函", "问询函"])
def test_two_days_joined_by_and_before_a_count_of_letters_are_a_letter_each(letter):
    text = f"阳川化工公告称收到警示函。早在5月8日与5月10日,深交所就曾向阳川化工连发两封{letter}。"
    assert [a[2] for a in actions(run(text, "2018-06-28", known_names=REGISTRY)) if a[1] != "warning_letter"] == [
        "2018-05-08", "2018-05-10"]


def test_a_fine_of_another_authority_named_after_the_regulator_is_no_record():
    text = ("4月12日晚间,阳川化工公告称,公司近期接连收到处罚决定。其中,贵州证监局对阳川化工下发行政监管措施决定书;"
            "贵州省药监局则拟对阳川化工药品生产违规行为罚款200万元。")
    assert "fine" not in [a[1] for a in actions(run(text, "2024-04-13", known_names=REGISTRY))]
    # Named after no other authority, the same fine is the regulator's.
    assert "fine" in [a[1] for a in actions(run(text.replace("贵州省药监局则", "贵州证监局还"), "2024-04-13",
                                                known_names=REGISTRY))]


def test_measures_told_at_the_same_time_in_the_next_sentence_share_their_regulator_and_day():
    text = ("4月12日晚间,阳川化工公告称,公司近期收到贵州证监局的决定书。对此,贵州证监局决定对阳川化工采取责令改正的"
            "监督管理措施。同时,对公司时任董事长张明远采取出具警示函的监督管理措施。")
    result = run(text, "2024-04-13", known_names=REGISTRY)
    assert [(a["measure"], a["regulator"], a["date"]) for a in result["enforcement_actions"]] == [
        ("rectification_order", "贵州证监局", "2024-04-12"), ("warning_letter", "贵州证监局", "2024-04-12")]


def test_a_second_decision_named_twice_is_one_record():
    text = ("阳川化工控股股东为海川投资有限公司。"
            "5月8日,阳川化工收到山西证监局下发的《关于对阳川化工股份有限公司、张明远采取责令改正并出具警示函措施的决定》"
            "(〔2023〕3号)、《关于对海川投资有限公司采取出具警示函措施的决定》(〔2023〕4号)(以下简称“《警示函措施决定4号》”)。")
    letters = [a["document_number"] for a in run(text, "2023-05-09", known_names=REGISTRY)["enforcement_actions"]
               if a["measure"] == "warning_letter"]
    assert sorted(letters) == ["〔2023〕3号", "〔2023〕4号"]


def test_a_counted_list_whose_count_names_where_the_companies_are_listed():
    text = "从监管措施来看,ST青岚、阳川化工、海川堂、东方资讯等4家广州A股上市公司被出具警示函。"
    assert [a[0] for a in actions(run(text, "2019-07-01", known_names=REGISTRY))] == [
        "ST青岚", "阳川化工", "海川堂", "东方资讯"]


def test_a_scan_that_read_the_market_ban_s_character_wrong():
    text = "2021年12月6日,阳川化工及相关当事人收到证监会出具的《行政处罚及市场\n禁人事先告知书》(处罚字〔2021〕117号)。"
    assert actions(run(text, "2021-12-08", known_names=REGISTRY)) == [("阳川化工", "market_ban", "2021-12-06")]


def test_the_stacked_delisting_warning_lifted_leaves_the_first_and_a_step_towards_lifting_is_no_lifting():
    text = ("*ST海川摘星脱帽又进一步\n*ST海川公告。去年12月12日公司披露半年报,12月27日,深交所审核同意公司撤销叠加退市"
            "风险警示,公司摘星脱帽初战告捷。")
    assert statuses(run(text, "2023-03-10", known_names={"*ST海川": "code:300201"})) == [
        ("*ST海川", "*ST", "*ST", "2022-12-27")]


def test_an_old_name_of_three_written_more_than_once_before_particles_is_the_st_company_s():
    text = ("4月11日晚间,*ST海川发布公告,收到中国证监会《行政处罚决定书》。\n三、同海川未及时披露关联交易。\n"
            "中国证监会决定:\n1、对同海川责令改正,给予警告,并处以300万元罚款;")
    result = run(text, "2022-04-12")
    assert [c["short_names"] for c in result["companies"]] == [["*ST海川", "同海川"]]
    assert {a[1] for a in actions(result)} == {"rectification_order", "warning", "fine"}
    # Written once, three characters are as likely a person's name.
    once = run("4月11日晚间,*ST海川公告,公司于4月11日收到上交所问询函。同海川未及时披露关联交易。", "2022-04-12")
    assert [c["short_names"] for c in once["companies"]] == [["*ST海川"]]


def test_names_of_the_delisting_period_listed_as_entering_it_and_a_letter_or_notice_unsaid():
    text = ("今年以来,已有多家公司确定退出A股市场,ST青岚已退市并被摘牌;海川退、东方退、退市阳川等目前已进入退市整理期。\n"
            "此外,还有多家公司已收到交易所决定退市前的事先告知书或监管函,包括*ST岳林、东方资讯等多家公司。")
    result = run(text, known_names=REGISTRY)
    assert statuses(result) == [("ST青岚", "ST", "delisted", None), ("海川退", None, "delisted", None),
                                ("东方退", None, "delisted", None), ("退市阳川", None, "delisted", None)]
    assert actions(result) == []


def test_delisted_for_a_cause_and_a_delisting_period_entered_now():
    text = ("今年以来,已有ST青岚(600901)、阳川化工(600902)2家上市公司因股价连续20个交易日低于面值而退市,"
            "*ST岳林因连续3年亏损而退市,另外东方资讯目前进入退市整理期。")
    assert [(s[0], s[2]) for s in statuses(run(text, known_names=REGISTRY))] == [
        ("ST青岚", "delisted"), ("阳川化工", "delisted"), ("*ST岳林", "delisted"), ("东方资讯", "delisted")]
    # Not a delisting a company faces.
    assert statuses(run("*ST岳林面临因连续3年亏损而退市的风险。", known_names=REGISTRY)) == []


def test_a_count_of_stocks_after_a_list_whose_first_item_is_glued_to_the_words_before_it():
    text = "经统计,今年已先后有阳川化工、ST青岚、海川泰、东方资讯4股遭到证监会立案。"
    assert [a[0] for a in actions(run(text, "2023-04-17", known_names=REGISTRY))] == [
        "阳川化工", "ST青岚", "海川泰", "东方资讯"]


def test_a_summary_s_heading_glued_to_the_title_is_no_part_of_the_name():
    text = ("导读:特别提示海川新能源股份有限公司关于公司股票交易被实行退市风险警示暨停牌的公告特别提示:"
            "1、公司股票将于2020年4月27日起被实行“退市风险警示”处理,股票简称由“海川股份”变更为“*ST海川”。")
    result = run(text, "2020-04-24")
    assert [c["full_name"] for c in result["companies"]] == ["海川新能源股份有限公司"]


def test_letters_a_company_counts_it_received_are_as_many_records():
    text = "阳川化工公告。最近五年,公司共计收到深交所出具的通报批评处分决定书1份,监管函2份,关注函3份。"
    assert sorted(a[1] for a in actions(run(text, "2020-06-01", known_names=REGISTRY))) == [
        "circulated_criticism", "concern_letter", "concern_letter", "concern_letter", "regulatory_letter",
        "regulatory_letter"]
    # An exchange's own tally of what it sent is nobody's record.
    assert actions(run("今年以来,深交所共发出监管函12份、关注函30份。", "2020-06-01", known_names=REGISTRY)) == []


def test_a_narrow_layout_s_wrapped_lines_are_one_paragraph():
    lines = ["证券代码:300167证券简称:*ST海川公告编号:2025-046", "海川资源股份有限公司",
             "一、关于申请撤销退市风险警示", "你公司2023年期末经审计净资产为负,股票交易自2024",
             "年4月27日起被我所实施退市风险警示。本报告期,你公", "司财务报表审计意见类型为带强调事项段以及带持续经营",
             "能力存在重大不确定性段落的无保留意见,强调事项为公司", "不存在实际支配公司股份表决权超过30%的股东,且股权较",
             "为分散,各股东所持股份表决权均不足以对公司股东大会的", "决议产生重大影响,也不能够决定公司董事会半数以上成员",
             "的选任。"]
    cleaned = clean_text("\n".join(lines))
    assert "股票交易自2024年4月27日起被我所实施退市风险警示。本报告期,你公司财务报表" in cleaned
    # The header and the title keep their lines.
    assert cleaned.startswith("证券代码:300167证券简称:*ST海川公告编号:2025-046\n海川资源股份有限公司\n一、")
    assert statuses(run("\n".join(lines), "2025-05-20")) == [("*ST海川", None, "*ST", "2024-04-27")]


def test_a_termination_of_listing_received_by_its_title_names_a_company_listed_until_then():
    text = ("公告称,2018年5月22日公司收到上海证券交易所自律监管决定书【2018】73号《关于终止沈海集团昆川机床股份有限公司"
            "股票上市的决定》,上海证券交易所决定终止该公司股票")
    result = run(text, known_names=WHOLE_REGISTRY)
    assert statuses(result) == [("沈海集团昆川机床股份有限公司", None, "delisted", None)]


def test_the_measures_one_title_names_take_the_day_its_decision_came():
    text = ("股票代码:600193 股票简称:*ST海川 公告编号:2019-082\n"
            "海川资源股份有限公司关于深圳证监局对公司采取责令公开说明及责令改正措施的决定所涉相关事项的说明\n"
            "本公司及董事会全体成员保证信息披露的内容真实、准确、完整。\n"
            "海川资源股份有限公司(以下简称“公司”)于2019年8月13日收到深圳证监局出具的《行政监管措施决定书》【2019】165号。")
    assert sorted(actions(run(text, "2019-09-16"))) == [
        ("*ST海川", "public_explanation", "2019-08-13"), ("*ST海川", "rectification_order", "2019-08-13")]
    # The title keeps its line over the body, however long.
    title = "海川资源股份有限公司关于深圳证监局对公司采取责令公开说明及责令改正措施的决定所涉相关事项的说明"
    assert clean_text(f"{title}\n海川资源股份有限公司于2019年8月13日收到决定书。").startswith(f"{title}\n")


def test_a_short_name_with_its_hong_kong_code_is_the_full_name_s_that_holds_it():
    text = ("智通财经APP讯,昆川机床(00300)公布,公司股票交易异常波动。\n公告称,2018年5月22日公司收到上海证券交易所"
            "自律监管决定书【2018】73号《关于终止沈海集团昆川机床股份有限公司股票上市的决定》。")
    result = run(text, known_names=WHOLE_REGISTRY)
    assert full_and_short_names(result) == [("沈海集团昆川机床股份有限公司", ["昆川机床"])]
    # A Hong Kong code alone names no A-share company.
    assert run("智通财经APP讯,海川控股(00700)公布,公司收到香港联交所问询函。", known_names=WHOLE_REGISTRY)["companies"] == []


def test_two_undated_letters_a_year_apart_by_the_same_year_s_months_are_two():
    text = ("2019年4月,阳川化工被银行间市场交易商协会警告,公司被责令整改。同年6月,江苏证监局也对阳川化工出具警示函。\n"
            "2020年7月,公司被上交所公开谴责。同年8月,江苏证监局再次对阳川化工出具警示函。")
    result = run(text, "2022-01-10", known_names=REGISTRY)
    assert sorted(a[1] for a in actions(result)) == ["public_censure", "warning_letter", "warning_letter"]


def test_a_convertible_bond_s_name_glued_to_the_title_is_no_part_of_the_full_name():
    text = ("证券代码:601020 证券简称:ST海川 公告编号:临2022-042号 转债代码:113027 转债简称:海川转债"
            "西藏海川矿业股份有限公司关于公司股票撤销其他风险警示的公告\n"
            "公司股票将于2022年5月26日起撤销其他风险警示,股票简称由“ST海川”变更为“海川矿业”。")
    assert [c["full_name"] for c in run(text, "2022-05-25")["companies"]] == ["西藏海川矿业股份有限公司"]


def test_since_the_day_a_notice_was_received_that_day_is_the_notice_s():
    text = "自7月12日阳川化工收到中国证监会对公司下发的《立案告知书》以来,45个交易日内股价下跌超六成。"
    assert actions(run(text, "2023-09-20", known_names=REGISTRY)) == [("阳川化工", "investigation", "2023-07-12")]
    # Letters received since an event are not that event's day.
    since = "自11月11日晚间阳川化工首度披露扇贝死亡以来,公司已先后收到三封关注函。"
    assert {a[2] for a in actions(run(since, "2023-12-20", known_names=REGISTRY))} == {None}


def test_a_pdf_date_that_lost_its_year_and_month_characters():
    text = "2016 12 22 日, 阳川化工收到中国证券监督管理委员会调查通知书,中国证监会决定对公司进行立案调查。"
    assert actions(run(text, "2018-01-16", known_names=REGISTRY)) == [("阳川化工", "investigation", "2016-12-22")]


def test_words_before_a_coded_name_and_a_phrase_before_an_announcement_are_no_names():
    text = ("此前被外交部通报的海川科(002323,SZ)7月4日晚间公告。外交部通报海川科技股份有限公司的情况。"
            "与此同时,在7月5日停牌一天的海川科,股票自2018年7月6日起实行“退市风险警示”特别处理。")
    result = run(text, "2018-07-06", known_names=WHOLE_REGISTRY)
    assert statuses(result) == [("海川科", None, "*ST", "2018-07-06")]
    _, names = build_registry(clean_text(text), WHOLE_REGISTRY)
    assert "海川科技股份有限公司" in names and not any(name.startswith(("通报", "的")) for name in names)
    page = "以免像上次阳川化工那样,面对质疑发公告“澄而不清”,结果逼得交易所出手发出长篇问询函。"
    assert "面对质疑" not in company_names(run(page, known_names=REGISTRY))


def test_the_possibility_of_a_termination_is_no_delisting():
    text = "阳川化工表示,不排除被暂停上市后两个月内仍然无法披露年报而被终止上市的可能。"
    assert statuses(run(text, known_names=REGISTRY)) == []


def test_a_name_an_exchange_sends_a_letter_to_and_the_page_names_again_is_a_company():
    text = ("近日,上交所对海航基石下发2018年年度报告事后审核问询函。该问询函共有18个问题。\n"
            "海航基石是海航旗下专注于基础设施投资建设运营的企业。")
    assert actions(run(text, "2019-05-10", known_names=WHOLE_REGISTRY)) == [("海航基石", "inquiry_letter", None)]
    # Named once (as an auditor the exchange writes to may be), it is not.
    assert run(text.split("\n")[0], "2019-05-10", known_names=WHOLE_REGISTRY)["enforcement_actions"] == []


def test_a_group_the_page_says_is_the_company_s_controlling_shareholder_is_its_holder():
    text = ("阳川化工公告。陕西证监局对海川集团出具警示函。据2022年年报,海川集团为阳川化工的控股股东。")
    assert actions(run(text, "2023-06-01", known_names=REGISTRY)) == [("阳川化工", "warning_letter", None)]
    # A listed company the registry knows may hold another, and stays a company.
    listed = "陕西证监局对东方资讯出具警示函。东方资讯是阳川化工的控股股东。"
    assert [a[0] for a in actions(run(listed, "2023-06-01", known_names=REGISTRY))] == ["东方资讯"]


def test_a_delisting_warning_lifted_while_the_other_goes_on_in_the_next_sentence_leaves_st():
    text = ("海川资源股份有限公司董事会\n经深圳证券交易所核准,自2010年5月31日起撤销对本公司股票交易实施的退市风险警示。"
            "但目前公司主营业务尚未恢复,本公司股票交易继续实施其他特别处理。")
    assert [s[2:] for s in statuses(run(text, "2010-05-28"))] == [("ST", "2010-05-31")]


def test_the_same_evening_opening_a_paragraph_is_the_report_s_day_not_the_day_trading_resumes():
    text = ("4月27日晚间,阳川化工公告称,公司股票4月28日停牌一天,自4月29日开市起复牌并被实施退市风险警示。\n"
            "同日晚间,阳川化工公告称,公司近日收到广东证监局下发的《警示函》。")
    assert actions(run(text, "2025-04-27", known_names=REGISTRY)) == [("阳川化工", "warning_letter", "2025-04-27")]


def test_a_name_of_three_the_registry_knows_after_its_epithet_and_before_its_code():
    text = "11月21日晚间,照明工程龙头海川泰(002963.SZ)突发公告,公司因涉嫌信息披露违法违规,已收到中国证监会下发的《立案告知书》。"
    known = REGISTRY | {"海川泰": "code:002963"}
    assert actions(run(text, "2025-11-22", known_names=known)) == [("海川泰", "investigation", "2025-11-21")]


def test_a_letter_received_even_if_is_no_letter():
    text = "阳川化工的客户颇为“神秘”,即便收到问询函,公司也以保密为由不予披露。"
    assert actions(run(text, known_names=REGISTRY)) == []
    assert actions(run("阳川化工收到问询函,公司以保密为由不予披露客户名称。", known_names=REGISTRY)) == [
        ("阳川化工", "inquiry_letter", None)]


def test_a_rectification_not_finished_told_as_the_cause_is_no_condition():
    text = ("阳川化工资金被占用已有六年。股票也在2024年11月11日停牌。由于停牌期内仍未完成整改,该公司股票将从11月14日起"
            "被实施退市风险警示。")
    assert statuses(run(text, "2024-11-13", known_names=REGISTRY)) == [("阳川化工", None, "*ST", "2024-11-14")]
    rule = "若在公司股票停牌两个月内仍未完成整改,阳川化工股票将被实施退市风险警示。"
    assert statuses(run(rule, "2024-11-13", known_names=REGISTRY)) == []


def test_a_bureau_the_paper_shortens_to_the_commission_and_its_province():
    text = "经查明,阳川化工虚增存货1.2亿元。因此,证监会江西局拟对阳川化工给予警告,并处以80万元罚款。"
    result = run(text, known_names=REGISTRY)
    assert [(r["regulator"], r["measure"], r["amount_yuan"]) for r in result["enforcement_actions"]] == [
        ("江西证监局", "warning", None), ("江西证监局", "fine", 800000)]


def test_a_delisting_counted_down_to_or_planned_is_none_yet():
    counted = "这意味着,*ST岳林财务造假已被坐实,强制终止上市进入倒计时。"
    assert statuses(run(counted, known_names=REGISTRY)) == []
    planned = "*ST岳林拟以股东大会决议方式主动撤回A股股票在深交所的上市交易。*ST岳林本次终止上市的具体方案如下:"
    assert statuses(run(planned, known_names=REGISTRY)) == []
    done = "*ST岳林公告称,公司股票已被深交所终止上市,并于2025年6月9日摘牌。"
    assert statuses(run(done, known_names=REGISTRY)) == [("*ST岳林", "*ST", "delisted", "2025-06-09")]


def test_the_short_name_a_page_gives_the_controlling_shareholder_is_not_the_listed_company_s():
    # The registry knows the listed company as "ST青岚" only; "青岚集团" fits its core and an industry ending.
    text = ("9月12日,青岚股份发布公告:公司、控股股东青岚资源集团(下称“青岚集团”)及12名相关责任人,收到江苏证监局"
            "《行政处罚事先告知书》,拟合计罚款1.2亿元。\n青岚集团还曾多次占用上市公司资金。")
    result = run(text, "2025-09-15", known_names=REGISTRY)
    assert "青岚集团" not in [name for c in result["companies"] for name in c["short_names"]]
    assert "青岚集团" not in [r["company"] for r in result["enforcement_actions"]]


def test_a_listed_company_s_broker_arm_and_its_branches_are_no_subject():
    text = ("*ST岳林复牌再涨17%\n龙虎榜数据显示,东方资讯证券位于拉萨的多个营业部频繁现身买卖前五席位。"
            "安徽证监局拟对公司责令改正、警告并处1000万元罚款。")
    assert {r["company"] for r in run(text, known_names=REGISTRY)["enforcement_actions"]} == {"*ST岳林"}


def test_a_notice_received_lately_takes_the_evening_it_was_announced_without_a_comma():
    text = ("阳川化工遭立案\n10月25日晚间阳川化工公告,公司于近日收到中国证监会下发的《立案告知书》。"
            "因涉嫌信息披露违法违规,中国证监会决定对公司立案。")
    assert actions(run(text, "2024-10-25", known_names=REGISTRY)) == [("阳川化工", "investigation", "2024-10-25")]


def test_an_investigation_decided_on_a_day_the_sentence_gives_before_the_company():
    text = "阳川化工年报难产\n根据相关法律法规,证监会于5月12日对阳川化工立案。目前公司经营正常。"
    assert actions(run(text, "2024-06-10", known_names=REGISTRY)) == [("阳川化工", "investigation", "2024-05-12")]


def test_money_repaid_by_a_day_is_no_deadline():
    done = "阳川化工控股股东曾在2020年占用上市公司资金1.6亿元,上述款项已于2021年4月30日前偿还完毕。"
    assert run(done, known_names=REGISTRY)["deadlines"] == []
    owed = "阳川化工控股股东占用上市公司资金1.6亿元,须于2021年4月30日前偿还完毕。"
    assert [d["due_date"] for d in run(owed, known_names=REGISTRY)["deadlines"]] == ["2021-04-30"]


def test_a_clause_about_some_companies_of_a_kind_names_them_after_its_measure():
    text = ("房企监管观察\n近期,ST青岚等房企收到来自证监会的《立案告知书》;部分房企则因各种问题被监管层出具警示函,"
            "包括阳川化工、东方资讯等。")
    assert sorted(actions(run(text, "2023-07-24", known_names=REGISTRY))) == [
        ("ST青岚", "investigation", None), ("东方资讯", "warning_letter", None), ("阳川化工", "warning_letter", None)]
    unnamed = "房企监管观察\n近期,ST青岚等房企收到来自证监会的《立案告知书》;部分房企则因各种问题被监管层出具警示函。"
    assert actions(run(unnamed, "2023-07-24", known_names=REGISTRY)) == [("ST青岚", "investigation", None)]


def test_the_company_a_regulator_s_letter_mentions_after_it():
    text = "阳川化工年报难产\n上交所于4月30日下发的《监管工作函》提到,阳川化工2019年及2020年年报均被出具非标准审计意见。"
    assert actions(run(text, "2022-06-14", known_names=REGISTRY)) == [("阳川化工", "work_letter", "2022-04-30")]


def test_penalties_of_a_decision_handed_down_are_not_proposed_by_the_earlier_notice():
    text = ("阳川化工遭退市\n处罚与退市 - 安徽证监局对公司下发《行政处罚决定书》,对公司责令改正、给予警告,并处以1000万元罚款 [3] "
            "退市进程 - 公司已于2025年11月28日收到安徽证监局的《行政处罚及市场禁入事先告知书》 [4]")
    result = run(text, "2026-02-14", known_names=REGISTRY)
    assert [(r["measure"], r.get("proposed", False)) for r in result["enforcement_actions"]] == [
        ("rectification_order", False), ("warning", False), ("fine", False), ("market_ban", True)]


def test_related_stories_after_blank_lines_are_headlines_of_their_own_each_undated_by_its_stamp():
    text = ("阳川化工补偿款落地\n2021年12月31日,阳川化工披露了现金补偿款的公告。\n\n相关阅读\n\n"
            "深交所向东方资讯(300904.SZ)发出关注函,要求其说明计提减值的依据是否充分\n\n3月17日 | 王某\n\n"
            "深交所向ST青岚(600901.SH)发出问询函 要求说明认购资金的来源\n\n3月16日 | 李某\n")
    assert sorted(actions(run(text, None, known_names=REGISTRY))) == [
        ("ST青岚", "inquiry_letter", None), ("东方资讯", "concern_letter", None)]
    # The related story's stamp has no year: its day is not the one the story above gives.
    story = ("阳川化工收监管函\n3月17日,深交所向阳川化工发出监管函。根据阳川化工2021年12月31日披露的公告,公司直至12月31日"
             "才支付补偿款。\n\n相关阅读\n\n深交所向东方资讯(300904.SZ)发出关注函 要求说明计提减值的依据是否充分\n\n3月17日 | 王某\n")
    assert actions(run(story, None, known_names=REGISTRY)) == [
        ("阳川化工", "regulatory_letter", None), ("东方资讯", "concern_letter", None)]


def test_a_sum_the_page_abbreviates_is_no_company():
    text = ("阳川化工:关于撤销公司股票其他风险警示的申请\n控股股东应清偿债务本金不低于18,000万元(简称“首笔清偿款”);"
            "2020年6月15日,深交所对公司股票交易实施其他风险警示。")
    assert statuses(run(text, "2020-09-22", known_names=REGISTRY)) == [("阳川化工", None, "ST", "2020-06-15")]


def test_a_portal_s_announcement_page_names_its_issuer_above_the_quote_box_and_title():
    text = ("读取中,请稍候\n昨收盘:0.000今开盘:0.000最高价:0.000最低价:0.000\n成交额:0成交量:0市盈率:0.000收益率:0.00052周最高:0.000"
            "52周最低:0.000\nST加丰:关于撤销公司股票其他风险警示的申请 下载公告\n公告日期:2020-09-22\n\n"
            "关于撤销加丰示例食品集团股份有限公司股票\n\n其他风险警示的申请深圳证券交易所:\n\n"
            "加丰示例食品集团股份有限公司(以下简称“公司”或“加丰食品”)存在违规担保的情形,其中湖南示例银行股份有限公司"
            "(以下简称“示例银行”)担保本金余额为18,800万元;2020年6月15日,深圳证券交易所对公司股票交易实施其他风险警示。")
    result = run(text, "2020-09-22", known_names={"ST加丰": "code:002650"})
    assert statuses(result) == [("ST加丰", None, "ST", "2020-06-15")]
    assert full_and_short_names(result) == [("加丰示例食品集团股份有限公司", ["ST加丰", "加丰食品"])]


def test_the_longest_name_the_registry_knows_where_a_page_writes_it():
    # The registry knows "ST青山城" and another company's "ST青山", the first four characters of it.
    text = ("青山城终止上市\n8月4日晚又有两家公司收到深交所终止上市决定书,一家是地产公司青山城(ST青山城)。\n"
            "8月4日晚,青山城公告,于当日收到深交所下发的《关于青山城集团股份有限公司股票终止上市的决定》。")
    known = {"ST青山城": "code:000671", "ST青山": "code:600220"}
    result = run(text, "2023-08-05", known_names=known)
    assert [(c["short_names"], c["code"]) for c in result["companies"]] == [(["青山城", "ST青山城"], "000671")]
    assert [s["company_code"] for s in result["status_changes"]] == ["000671"]


def test_a_data_site_s_fields_give_the_penalty_its_authority_and_day():
    text = ("【企业动态】阳川化工新增1件行政处罚,被罚款200万元\n证券之星消息,根据企查查数据显示,8月8日阳川化工(600902)新增1件"
            "行政处罚如下:\n行政处罚决定书文号:广东证监处罚字〔2025〕11号\n"
            "• 被处罚原因:经查明,阳川化工在2025年1月24日披露的2024年度业绩预告存在误导性陈述。\n"
            "• 行政处罚决定:对阳川化工给予警告,并处罚款200万元\n• 作出处罚决定的机关:中国证券监督管理委员会广东监管局\n"
            "• 作出处罚决定的日期:2025年8月8日\n")
    result = run(text, "2025-08-09", known_names=REGISTRY)
    assert sorted((r["measure"], r["regulator"], r["date"]) for r in result["enforcement_actions"]) == [
        ("fine", "广东证监局", "2025-08-08"), ("warning", "广东证监局", "2025-08-08")]


def test_a_sponsor_the_page_names_by_its_role_is_no_subject_of_the_letter_it_answers():
    text = ("阳川化工:北辰证券股份有限公司关于阳川化工股份有限公司资产减值相关事项的监管工作函的回复\n"
            "阳川化工股份有限公司(以下简称“上市公司”)于2024年1月12日收到上海证券交易所《关于阳川化工股份有限公司资产减值"
            "相关事项的监管工作函》(上证公函【2024】0036号);北辰证券股份有限公司(以下简称“北辰证券”或“保荐机构”)收到"
            "上市公司转发的工作函后高度重视。")
    result = run(text, "2024-02-03", known_names=REGISTRY)
    assert [(r["company"], r["measure"]) for r in result["enforcement_actions"]] == [("阳川化工股份有限公司", "work_letter")]


def test_a_person_of_three_characters_before_the_day_he_received_a_decision_is_no_company():
    text = "阳川化工晚间公告,公司实际控制人俞建午告知公司,俞建午于12月22日收到证监会出具的《行政处罚决定书》,证监会决定对其处以1.1亿元罚款。"
    result = run(text, "2021-12-23", known_names=REGISTRY)
    assert [c["short_names"] for c in result["companies"]] == [["阳川化工"]]


def test_a_portal_s_table_of_regulatory_records_gives_each_entry_its_day_and_issuer():
    text = ("*ST岳林\n- 300903\n昨收盘:- 今开盘:- 最高价:- 最低价:-\n监管关注  公告日期:2022-05-12\n"
            "标题关于对岳林示例集团股份有限公司的关注函\n相关法规 \n文件批号创业板关注函[2022]第237号\n"
            "批复原因公司收到创业板公司管理部下发的关注函\n处理人创业板公司管理部\n问讯  公告日期:2022-05-04\n"
            "标题关于对岳林示例集团股份有限公司的年报问询函\n文件批号创业板年报问询函[2022]第195号\n处理人创业板公司管理部\n")
    result = run(text, None, known_names=REGISTRY)
    assert [(r["measure"], r["regulator"], r["date"]) for r in result["enforcement_actions"]] == [
        ("concern_letter", "深交所", "2022-05-12"), ("inquiry_letter", "深交所", "2022-05-04")]


def test_a_short_name_written_without_the_share_class_letter_the_registry_gives_it():
    # The registry writes "青禾Ａ" and "南岸城A" (A shares); the news writes "青禾" and "南岸城". A labelled name's letter
    # is kept: "*ST示化A" makes no company of every 示化.
    known = {"青禾Ａ": "code:000912", "南岸城A": "code:000969", "*ST示化A": "code:000913"}
    text = ("3月1日晚间,青禾公告称,公司收到深圳证监局出具的警示函。南岸城3月2日晚公告,公司收到深圳证监局出具的警示函。"
            "示化行业分析人士认为,此事对行业影响有限。")
    result = run(text, "2025-03-03", known_names=known)
    assert sorted((r["company"], r["company_code"], r["date"]) for r in result["enforcement_actions"]) == [
        ("南岸城", "000969", "2025-03-02"), ("青禾", "000912", "2025-03-01")]
    assert sorted(c["code"] for c in result["companies"]) == ["000912", "000969"]


def test_a_headline_s_bare_receipt_of_a_letter_is_a_record():
    # "收" alone before the letter, its issuer named only in the story below (or not at all).
    text = ("粤岭股份4宗信披违规 实控人杨某坪等3人收警示函\n\n"
            "中国经济网北京6月23日讯 广东证监局对广州粤岭集团股份有限公司(以下简称“粤岭股份”, 600393.SH)进行了现场检查。")
    result = run(text, None)
    assert [(r["company"], r["measure"], r["date"]) for r in result["enforcement_actions"]] == [
        ("粤岭股份", "warning_letter", None)]


def test_a_company_receiving_on_a_day_of_the_month_alone_is_named_before_it():
    text = "中飞示例14日收到黑龙江证监局行政监管措施决定书和深交所关注函,该公司股价本周已累计下跌超四成。"
    result = run(text, "2021-01-22")
    # (The bureau's decision whose kind it does not give is one measure, the exchange's letter another.)
    assert [(r["company"], r["measure"], r["date"]) for r in result["enforcement_actions"]] == [
        ("中飞示例", "other", "2021-01-14"), ("中飞示例", "concern_letter", "2021-01-14")]


def test_a_rulebook_s_title_names_no_issuer_of_the_measure():
    text = ("阳川化工公告,公司未及时履行信息披露义务,违反了《深圳证券交易所创业板股票上市规则(2020年修订)》相关规定,"
            "拟对公司采取出具警示函的行政监管措施。")
    result = run(text, "2021-01-22", known_names=REGISTRY)
    assert [(r["measure"], r["regulator"]) for r in result["enforcement_actions"]] == [("warning_letter", None)]


def test_the_evening_of_the_day_a_story_came_to_is_that_day():
    text = ("阳川化工实控人被采取强制措施七个月未披露\n早在2023年12月29日,实控人已被采取强制措施。"
            "直到2024年7月26日,深圳证监局发现公司违规未及时披露相关事项,对阳川化工采取责令改正措施。\n"
            "当日傍晚,阳川化工才发布公告。因未及时披露,阳川化工也在当晚收到了深交所监管函。")
    result = run(text, None, known_names=REGISTRY)
    assert sorted((r["measure"], r["date"]) for r in result["enforcement_actions"]) == [
        ("rectification_order", "2024-07-26"), ("regulatory_letter", "2024-07-26")]


def test_letters_of_a_bureau_and_of_the_exchange_on_one_day_are_two():
    text = "4月26日,阳川化工公告称,公司于4月25日收到江苏证监局下发的关注函,当日公司也收到了深交所发来的关注函。"
    result = run(text, "2022-04-28", known_names=REGISTRY)
    assert sorted((r["regulator"], r["measure"], r["date"]) for r in result["enforcement_actions"]) == [
        ("江苏证监局", "concern_letter", "2022-04-25"), ("深交所", "concern_letter", "2022-04-25")]


def test_a_letter_sent_again_two_days_later_is_another_letter():
    text = ("4月27日上午,深交所再次对阳川化工发出关注函,要求说明未按期披露年报的原因。\n"
            "此前的4月26日,阳川化工公告称,公司于4月25日收到深交所发来的关注函。")
    result = run(text, "2022-04-28", known_names=REGISTRY)
    assert sorted(r["date"] for r in result["enforcement_actions"]) == ["2022-04-25", "2022-04-27"]


def test_letters_counted_in_the_verb_over_a_span_are_as_many_undated():
    text = ("2月21日,ST青岚公告称收到证监会立案告知书。公司连年亏损,控股股东所持股份被轮候冻结;"
            "两个月内公司两收监管函。")
    result = run(text, "2022-02-22", known_names=REGISTRY)
    assert sorted((r["measure"], r["date"] or "") for r in result["enforcement_actions"]) == [
        ("investigation", "2022-02-21"), ("regulatory_letter", ""), ("regulatory_letter", "")]


def test_a_law_firm_engaged_by_the_company_is_not_part_of_its_name():
    text = ("北京示例律师事务所(以下简称“本所”)接受天岭轴承集团股份有限公司(以下简称“天岭股份”或“公司”)委托。"
            "就深圳证券交易所于2023年1月31日向公司下发的《关于对天岭轴承集团股份有限公司的关注函》所涉法律事项进行核查。")
    result = run(text, None)
    assert full_and_short_names(result) == [("天岭轴承集团股份有限公司", ["天岭股份"])]
    assert [(r["company"], r["measure"], r["date"]) for r in result["enforcement_actions"]] == [
        ("天岭股份", "concern_letter", "2023-01-31")]


def test_a_group_beside_its_listed_company_on_a_page_about_its_shareholders_is_no_other_name_of_it():
    text = ("青超控股(002971)公告称收到证监会立案告知书。2017年,青超集团将上市公司29%的股份转让给他人,"
            "上市公司实控人随之变更。2019年9月,青超集团、杨某被深交所通报批评。")
    result = run(text, "2024-01-05", known_names={"青超控股": "code:002971"})
    assert [c["short_names"] for c in result["companies"]] == [["青超控股"]]
    assert "青超集团" not in {r["company"] for r in result["enforcement_actions"]}


def test_an_earlier_name_written_only_inside_the_full_name_is_not_the_name_records_use():
    # The registry knows the company by an earlier name ("天岭科技") too; the page writes it only in the full name.
    text = ("苏州天岭科技股份有限公司关于收到江苏证监局警示函的公告\n证券代码:002964 证券简称:*ST天岭 公告编号:2023-079\n"
            "苏州天岭科技股份有限公司(以下简称“公司”)于2023年8月8日收到中国证券监督管理委员会江苏监管局出具的警示函。")
    result = run(text, "2023-08-09", known_names={"*ST天岭": "code:002964", "天岭科技": "code:002964"})
    assert [r["company"] for r in result["enforcement_actions"]] == ["*ST天岭"]


def test_a_receipt_the_issuer_s_announcement_is_about_takes_its_day():
    text = ("证券代码:002964 证券简称:*ST天岭 公告编号:2023-079\n苏州天岭科技股份有限公司关于收到江苏证监局警示函的公告\n"
            "苏州天岭科技股份有限公司(以下简称“公司”)收到中国证券监督管理委员会江苏监管局行政监管措施决定书"
            "《关于对苏州天岭科技股份有限公司采取出具警示函措施的决定》,现将相关事项公告如下:")
    result = run(text, "2023-08-09")
    assert [(r["measure"], r["date"]) for r in result["enforcement_actions"]] == [("warning_letter", "2023-08-09")]


def test_at_the_same_time_after_a_name_is_not_part_of_it():
    text = ("*ST大岭(600998)公告,公司2017年度经审计净资产为负。大岭同时公告称,自4月27日起,公司实施退市风险警示。"
            "实施退市风险警示后,大岭电信股票简称变更为“*ST大岭”。")
    result = run(text, "2018-04-26")
    assert "大岭同时" not in {r["company"] for r in result["status_changes"]}
    assert [c["code"] for c in result["companies"]] == ["600998"]


def test_a_title_s_about_before_a_name_of_two_characters_is_no_part_of_it():
    text = ("证券代码:300926 证券简称:*ST中岭 公告编号:2023-041\n中岭股份有限公司关于公司股票终止上市的公告\n"
            "中岭股份有限公司于2023年6月9日收到深圳证券交易所下发的《关于中岭股份有限公司股票终止上市的决定》。")
    result = run(text, "2023-06-10")
    assert [c["full_name"] for c in result["companies"]] == ["中岭股份有限公司"]


def test_an_application_to_lift_a_warning_still_under_review_is_no_change():
    text = ("*ST炼岭:关于申请撤销对公司股票交易实施退市风险警示和其他风险警示的公告\n"
            "公司已向深圳证券交易所申请撤销对公司股票交易实施退市风险警示和其他风险警示,上述申请审核批准尚存在不确定性。")
    assert run(text, "2024-03-20")["status_changes"] == []
    granted = "*ST炼岭(000967)申请撤销退市风险警示已获深交所审核同意,股票简称自3月25日起变更为“炼岭航空”。"
    assert [(s["from"], s["to"]) for s in run(granted, "2024-03-22")["status_changes"]] == [("*ST", "normal")]


def test_companies_counted_then_listed_in_the_next_sentence_are_the_subjects():
    text = ("2023年7月13日,六家公司同日发布公告称,因涉嫌信息披露违法违规被中国证监会立案调查。"
            "分别是ST青岚(青岚股份 600901 ),阳川化工( 600902 ),*ST岳林( 300903 ),东方资讯,天岭重工( 601989 ),北岭凤凰( 600679 )。")
    known = {**REGISTRY, "天岭重工": "code:601989", "北岭凤凰": "code:600679"}
    result = run(text, None, known_names=known)
    assert sorted((r["company"], r["date"]) for r in result["enforcement_actions"]) == sorted(
        (name, "2023-07-13") for name in ("ST青岚", "阳川化工", "*ST岳林", "东方资讯", "天岭重工", "北岭凤凰"))


def test_an_announcement_s_title_broken_after_its_issuer_names_the_issuer():
    text = ("·我的订阅\n·财经\n苏州天岭科技股份有限公司关于收到江苏证监局警示函的公告\n类别:财经 发布时间:2023-08-09 18:15:00\n"
            "证券代码:002964 证券简称:*ST天岭 公告编号:2023-079\n\n苏州天岭科技股份有限公司\n关于收到江苏证监局警示函的公告\n"
            "来源:证券时报 2023-08-09 B055版\n本公司及董事会全体成员保证信息披露的内容真实、准确和完整。\n"
            "苏州天岭科技股份有限公司(以下简称“公司”)收到中国证券监督管理委员会江苏监管局行政监管措施决定书"
            "《关于对苏州天岭科技股份有限公司采取出具警示函措施的决定》,现将相关事项公告如下:")
    result = run(text, "2023-08-09", known_names={"*ST天岭": "code:002964"})
    assert [(r["company"], r["measure"], r["date"]) for r in result["enforcement_actions"]] == [
        ("*ST天岭", "warning_letter", "2023-08-09")]


def test_a_wire_s_report_of_an_announcement_without_a_day_is_of_the_wire_s_day():
    text = ("智通财经APP讯,ST青岚(600901.SH)公告,公司及公司董事长张某先生近日收到中国证券监督管理委员会湖南监管局下发的"
            "《关于对青岚科技股份有限公司采取出具警示函措施的决定》。")
    result = run(text, "2023-10-12", known_names=REGISTRY)
    assert [(r["measure"], r["date"]) for r in result["enforcement_actions"]] == [("warning_letter", "2023-10-12")]
    # Without the publication day, no day.
    assert [r["date"] for r in run(text, None, known_names=REGISTRY)["enforcement_actions"]] == [None]


def test_the_month_of_a_measure_told_first_does_not_date_the_letter_received_now():
    text = ("阳川化工(600902)在2021年12月15日发布了《关于收到黑龙江证监局警示函的公告》。\n"
            "2021年9月份,实控人王某及公司分别以涉嫌信息披露违规被证监局立案调查,公司如今又收到了警示函。")
    result = run(text, None, known_names=REGISTRY)
    assert sorted((r["measure"], r["date"] or "") for r in result["enforcement_actions"]) == [
        ("investigation", ""), ("warning_letter", "2021-12-15")]


def test_a_table_entry_whose_day_line_is_joined_to_the_entry_above_keeps_its_own_day_and_number():
    text = ("阳川化工\n- 600902\n昨收盘:- 今开盘:- 最高价:- 最低价:-\n监管关注  公告日期:2024-02-22\n"
            "标题阳川化工:关于业绩预告相关事项监管工作函的回复公告\n文件批号上海证券交易所[2024]0108号\n"
            "批复原因阳川化工股份有限公司(以下简称“公司”)于2024年1月30日收到上海证券交易所下发的【2024】0108号"
            "《关于阳川化工股份有限公司业绩预告相关事项的监管工作函》。\n批复内容现就公司回复的相关内容披露如下:\n"
            "处理人上海证券交易所\n警示  公告日期:2023-09-04\n"
            "标题阳川化工:关于对阳川化工股份有限公司及有关责任人予以监管警示的决定\n"
            "相关法规《上海证券交易所股票上市规则(2020年修订)》\n文件批号上证公监函[2023]0144号\n")
    result = run(text, None, known_names=REGISTRY)
    assert sorted((r["measure"], r["date"], r["document_number"]) for r in result["enforcement_actions"]) == [
        ("other", "2023-09-04", "上证公监函[2023]0144号"), ("work_letter", "2024-01-30", "【2024】0108号")]


def test_a_market_ban_on_the_people_held_responsible_is_the_company_s_record():
    text = ("2019年11月18日,阳川化工(600902)收到中国证监会《行政处罚决定书》。中国证监会决定对公司责令改正、给予警告并处以"
            "罚款60万元的处罚。此外,主要责任人龚某和胡某被分别采取终身和十年证券市场禁入措施。")
    result = run(text, None, known_names=REGISTRY)
    bans = [r for r in result["enforcement_actions"] if r["measure"] == "market_ban"]
    assert [(r["company"], r["date"], r["persons"]) for r in bans] == [("阳川化工", "2019-11-18", ["龚某", "胡某"])]


def test_the_day_a_regulator_asks_the_company_to_reply_on_is_a_deadline_without_before():
    text = ("6月29日,阳川化工公告收到来自深交所的关注函。针对近期披露的相关产品信息,以及公司股价异动等情形,"
            "监管部门要求公司方面于7月4日核实说明。")
    result = run(text, "2023-06-29", known_names=REGISTRY)
    assert [(d["company"], d["due_date"]) for d in result["deadlines"]] == [("阳川化工", "2023-07-04")]
    # The company asking its shareholder is no regulator's deadline.
    other = "6月29日,阳川化工公告收到来自深交所的关注函。公司要求控股股东于7月4日核实说明。"
    assert run(other, "2023-06-29", known_names=REGISTRY)["deadlines"] == []


def test_a_reply_put_off_to_a_letter_named_by_its_long_title_is_no_new_letter():
    text = ("2月18日,阳川化工(600902.SH)发布关于延期回复《关于对阳川化工股份有限公司重大资产出售暨关联交易预案信息披露的问询函》"
            "的公告。公告显示,阳川化工于2022年1月12日收到上交所《关于对阳川化工股份有限公司重大资产出售暨关联交易预案信息披露"
            "的问询函》,要求对重组相关问题作出进一步说明。")
    result = run(text, "2022-02-18", known_names=REGISTRY)
    assert [(r["measure"], r["date"]) for r in result["enforcement_actions"]] == [("inquiry_letter", "2022-01-12")]


def test_an_imposition_of_an_earlier_year_is_not_the_one_of_the_story_s_day():
    text = ("3月25日晚,阳川化工公告,公司股票自3月27日起被实施退市风险警示。实际上,这并非阳川化工首次“披星戴帽”,早在2016年,"
            "公司因2014年度、2015年度两个会计年度经审计的净利润连续为负值,公司股票交易被实施退市风险警示。")
    result = run(text, "2025-03-26", known_names=REGISTRY)
    assert sorted((s["to"], s["effective_date"] or "") for s in result["status_changes"]) == [("*ST", ""), ("*ST", "2025-03-27")]


def test_a_company_announcing_on_a_day_of_the_month_alone_is_named_before_it():
    text = ("融岭集团28日晚公告,公司及相关当事人收到吉林证监局下发的《行政处罚决定书》。吉林证监局指出,融岭集团7月11日公告披露的"
            "相关信息与事实存在较大差异,具有较大的误导性;决定,对融岭集团责令改正,给予警告,并处以50万元罚款。")
    result = run(text, "2018-12-29")
    # The day of the announcement, not the day of the misleading one the decision is about.
    assert sorted((r["company"], r["measure"], r["date"]) for r in result["enforcement_actions"]) == [
        ("融岭集团", "fine", "2018-12-28"), ("融岭集团", "rectification_order", "2018-12-28"),
        ("融岭集团", "warning", "2018-12-28")]


def test_a_title_and_a_label_the_layout_broke_over_short_lines_are_joined():
    text = ("易车讯 近日,ST\n阳川公告,\n公司收到上海证券交易所下发的《关于\n阳川汽贸\n集团股份有限\n公司股票终止上市的决定》,"
            "上交所决定终止\n公司股票上市。上交所将在2023年6月30日对\n公司股票予以摘牌,\n公司股票终止上市。")
    assert "《关于阳川汽贸集团股份有限公司股票终止上市的决定》" in clean_text(text)
    assert "近日,ST阳川公告," in clean_text(text)
    result = run(text, None)
    assert [(s["company"], s["to"], s["effective_date"]) for s in result["status_changes"]] == [
        ("ST阳川", "delisted", "2023-06-30")]


def test_companies_given_as_examples_after_the_letters_are_their_subjects():
    known = {**REGISTRY, "兴岭环境": "code:300966", "奥岭娱乐": "code:002992"}
    text = ("2月1日,深交所发出17封问询函,主要针对业绩“爆雷”的公司,如珈岭新能、智慧岭德、兴岭环境、奥岭娱乐等。")
    result = run(text, "2019-02-02", known_names=known)
    assert sorted(r["company"] for r in result["enforcement_actions"]) == ["兴岭环境", "奥岭娱乐", "智慧岭德", "珈岭新能"]
    text = "交易所第一时间发出关注函追问缘由,涉及公司包括ST青岚、阳川化工、*ST岳林、东方资讯等。"
    result = run(text, "2019-02-02", known_names=REGISTRY)
    assert sorted(r["company"] for r in result["enforcement_actions"]) == ["*ST岳林", "ST青岚", "东方资讯", "阳川化工"]


def test_a_short_name_of_five_characters_is_not_cut_to_four():
    text = ("中国证监会广西监管局18日发布公告称,对南方黑岭麻集团股份有限公司、韦某文采取出具警示函措施。经查,南方黑岭麻在2018年未按"
            "规定披露关联交易。南方黑岭麻通过多个账户调节利润。")
    result = run(text, "2019-12-19")
    assert full_and_short_names(result) == [("南方黑岭麻集团股份有限公司", ["南方黑岭麻"])]
    assert [r["company"] for r in result["enforcement_actions"]] == ["南方黑岭麻"]


def test_letters_of_kinds_a_bracket_lists_together_are_of_no_one_kind_per_company():
    text = "2月1日,深交所发出17封问询函件(包括关注函、问询函),主要针对业绩“爆雷”的公司,如ST青岚、阳川化工、*ST岳林等。"
    result = run(text, "2019-02-02", known_names=REGISTRY)
    assert sorted((r["company"], r["measure"]) for r in result["enforcement_actions"]) == [
        ("*ST岳林", "other"), ("ST青岚", "other"), ("阳川化工", "other")]


def test_a_report_the_page_abbreviates_is_no_company():
    text = ("关于对阳川化工股份有限公司的年报问询函\n公司部年报问询函〔2020〕第144号\n阳川化工股份有限公司董事会:\n"
            "我部在对你公司2019年年度报告(以下简称“年报”)事后审查中关注如下事项:")
    result = run(text, "2020-06-04")
    assert [c["full_name"] for c in result["companies"]] == ["阳川化工股份有限公司"]
    assert {r["company"] for r in result["enforcement_actions"]} == {"阳川化工股份有限公司"}


def test_the_amount_a_party_is_to_be_fined_names_the_fine():
    text = ("全景网12月17日讯 阳川化工(600902)于15日晚发布公告称,公司因2017年年度报告存在虚假记载,收到上海证监局出具的"
            "《行政处罚事先告知书》,拟被罚金额共计145万元。")
    result = run(text, "2021-12-17", known_names=REGISTRY)
    assert [(r["measure"], r["amount_yuan"], r.get("proposed"), r["date"]) for r in result["enforcement_actions"]] == [
        ("fine", 1450000, True, "2021-12-15")]


def test_a_company_named_with_another_both_receiving_letters_is_a_subject_too():
    text = "1月26日,天岭信息和ST青岚分别收到深交所关注函。"
    result = run(text, "2022-01-27", known_names=REGISTRY)
    assert sorted((r["company"], r["measure"], r["date"]) for r in result["enforcement_actions"]) == [
        ("ST青岚", "concern_letter", "2022-01-26"), ("天岭信息", "concern_letter", "2022-01-26")]


def test_a_delisting_notice_s_field_gives_the_day_of_the_delisting():
    text = ("[2021-03-12] (600901)*ST青岚:关于公司股票终止上市的公告\n    一、终止上市的股票种类、简称、证券代码以及终止上市的日期\n"
            "    2.证券简称:*ST青岚\n    3.证券代码:600901\n    4.终止上市决定日期:2021年3月11日\n    5.摘牌日期:2021年3月18日\n"
            "    二、终止上市决定的主要内容\n    2021年3月11日,公司收到上海证券交易所《关于青岚示例股份有限公司股票终止上市的决定》。\n"
            "    本所将在公告公司股票终止上市决定之日起5个交易日内,对你公司股票予以摘牌,你公司股票终止上市。\n")
    result = run(text, "2021-03-12", known_names=REGISTRY)
    assert [(s["to"], s["effective_date"]) for s in result["status_changes"]] == [("delisted", "2021-03-18")]


def test_the_company_after_the_day_from_which_its_name_changes_is_the_subject():
    text = ("4月24日,阳川化工(600902.SZ)发布2019年年报。因为连续两个会计年度经审计的净利润均为负值,"
            "从4月27日起公司股票简称变更为“*ST阳川”。")
    result = run(text, "2020-04-25", known_names=REGISTRY)
    assert [(s["company"], s["to"], s["effective_date"]) for s in result["status_changes"]] == [
        ("阳川化工", "*ST", "2020-04-27")]


def test_a_letter_signed_above_its_distribution_list_takes_the_day_it_is_signed():
    text = ("深圳证券交易所\n关于对阳川化工股份有限公司及相关责任人\n的监管函\n公司部监管函〔2024〕第 135 号\n阳川化工股份有限公司、龙某:\n"
            "2024年1月31日,你公司披露《2023年度业绩预告》,相关信息不准确且未及时修正。\n特此函告。\n深圳证券交易所\n"
            "上市公司管理二部\n2024年7月31日\n抄报:中国证监会上市公司监管司\n抄送:广东证监局上市公司监管处")
    result = run(text, None, known_names=REGISTRY)
    assert [(r["measure"], r["date"]) for r in result["enforcement_actions"]] == [("regulatory_letter", "2024-07-31")]


def test_a_disclosure_page_s_fields_give_a_decision_its_issuer_and_day():
    text = ("索 引 号:40000895X/ 分类: 市场禁入 ; 市场禁入决定\n发布机构: 证监会 发文日期: 2018年12月06日\n"
            "名  称: 中国证监会市场禁入决定书(高某、张某等2名责任人员)\n文  号: 〔2018〕18号 主 题 词:\n\n"
            "当事人高某,女,1954年10月出生,时任阳川化工股份有限公司(以下简称阳川化工)董事长。\n"
            "依据《证券法》的有关规定,我会依法对阳川化工信息披露违法违规行为进行了立案调查、审理,并依法向当事人告知了作出"
            "市场禁入的事实、理由、依据及当事人依法享有的权利。")
    result = run(text, None, known_names=REGISTRY)
    assert [(r["measure"], r["regulator"], r["date"]) for r in result["enforcement_actions"]] == [
        ("market_ban", "中国证监会", "2018-12-06")]


def test_the_day_of_the_disclosure_a_violation_is_in_does_not_date_the_proposed_penalties():
    text = ("2025年12月26日晚,阳川化工发布关于收到《行政处罚事先告知书》的公告。公司于2025年3月5日披露了签署协议的公告,"
            "但未披露对协议履行有重大影响的条款。浙江证监局综合上述两项事实,拟决定:对阳川化工责令改正,给予警告,并处以800万元罚款。")
    result = run(text, None, known_names=REGISTRY)
    assert {r["date"] for r in result["enforcement_actions"]} == {"2025-12-26"}


def test_a_stock_handled_as_st_was_given_the_warning():
    text = "阳川化工董事长被立案调查。2024年上半年,公司股票被ST处理;此后公司经营重回正轨。"
    result = run(text, "2025-09-01", known_names=REGISTRY)
    assert [(s["company"], s["to"]) for s in result["status_changes"]] == [("阳川化工", "ST")]


def test_a_delisting_warning_of_a_named_kind_stacked():
    text = ("智通财经APP讯,*ST岳林(300903.SZ)公告,2021年11月18日,法院裁定受理债权人对公司的重整申请,根据相关规定,"
            "公司股票被叠加实施规范类退市风险警示。")
    result = run(text, "2021-11-19", known_names=REGISTRY)
    assert [(s["from"], s["to"]) for s in result["status_changes"]] == [("*ST", "*ST")]


def test_a_ticket_the_press_names_over_a_supervisory_measure_alone_is_no_fine():
    text = ("阳川化工被罚!公司回应\n昔日“妖股”阳川化工(600902.sh)再吃罚单。7月30日,阳川化工发布关于中国证监会深圳监管局"
            "对公司采取责令改正措施的整改报告。")
    result = run(text, "2024-07-31", known_names=REGISTRY)
    assert [r["measure"] for r in result["enforcement_actions"]] == ["rectification_order"]
    # Beside a fine the story tells, the ticket is that fine.
    fined = "阳川化工再吃罚单。7月30日,阳川化工公告,广东证监局对公司给予警告,并处以100万元罚款。"
    assert sorted(r["measure"] for r in run(fined, "2024-07-31", known_names=REGISTRY)["enforcement_actions"]) == [
        "fine", "warning"]


def test_its_years_opening_a_sentence_are_the_story_s_company_s():
    text = ("*ST岳林全称岳林示例动力股份有限公司,是一家汽车零部件制造与销售公司。其2017年度、2018年度净利润分别为-1.69亿元、"
            "-13.08亿元,连续两年为负,已于2019年5月6日起“披星戴帽”。")
    result = run(text, None, known_names=REGISTRY)
    assert [(s["company"], s["to"], s["effective_date"]) for s in result["status_changes"]] == [
        ("*ST岳林", "*ST", "2019-05-06")]


def test_the_day_of_the_delisting_named_as_a_time_is_no_delisting_of_the_day_before():
    text = ("新京报讯 9月28日,深交所发布关于对阳川化工股份有限公司的监管函。\n监管函称,深交所于2023年5月5日向阳川化工发出"
            "《关于对阳川化工股份有限公司2022年年报的问询函》,并要求该公司在5月19日前回复,截至阳川化工股票摘牌日,阳川化工"
            "未能按要求回复深交所的问询函件。")
    result = run(text, None, known_names=REGISTRY)
    assert result["status_changes"] == []


def test_the_exchange_and_its_preposition_are_no_part_of_a_full_name():
    text = "2月15日,深交所向阳川股份有限公司(阳川化工,600902.SH)发出关注函,要求公司说明资金往来情况。"
    result = run(text, known_names=REGISTRY)
    assert full_and_short_names(result) == [("阳川股份有限公司", ["阳川化工"])]
    assert actions(result) == [("阳川化工", "concern_letter", "2025-02-15")]


def test_each_related_story_under_its_day_and_author_is_its_own():
    text = ("相关阅读\n\n深交所向阳川化工(600902.SH)发出关注函 要求说明应收账款大幅增加的原因及合理性\n\n2月15日 | 王晓\n\n"
            "未履行信息披露义务仍反复交易东方资讯(300904.SZ)股票 张华、刘强被公开谴责处分\n\n2月15日 | 赵敏\n\n"
            "未能及时披露重大诉讼事项 ST青岚(600901.SH)收深交所通报批评处分\n\n2月15日 | 李明\n")
    result = run(text, None, known_names=REGISTRY)
    assert [(r["company"], r["measure"]) for r in result["enforcement_actions"]] == [
        ("阳川化工", "concern_letter"), ("东方资讯", "public_censure"), ("ST青岚", "circulated_criticism")]
    # The curator checks each against its own headline, not the list run together.
    assert [r["evidence"] for r in result["enforcement_actions"]][1] == (
        "未履行信息披露义务仍反复交易东方资讯(300904.SZ)股票张华、刘强被公开谴责处分2月15日|赵敏")


def test_a_bureau_s_warning_given_is_its_warning_letter_an_exchange_s_is_not():
    bureau = run("3月10日,浙江证监局决定对阳川化工、董秘张某予以警示,并记入证券期货市场诚信档案。", known_names=REGISTRY)
    assert [(r["measure"], r["persons"]) for r in bureau["enforcement_actions"]] == [("warning_letter", ["张某"])]
    exchange = run("3月10日,上交所决定对阳川化工及董秘张某予以警示。", known_names=REGISTRY)
    assert [r["measure"] for r in exchange["enforcement_actions"]] == ["other"]


def test_kinds_of_measure_a_penalty_is_compared_with_are_none_taken():
    text = ("截至9月28日,阳川化工公告,相关股东收到江苏证监局的《行政处罚决定书》,被处以300万元罚款。此次处罚不同寻常,"
            "相较于阳川化工股东过去常见的书面警示等监管措施,以及通报批评和公开谴责等纪律处分措施,采取了更严厉的措施。")
    result = run(text, "2024-11-10", known_names=REGISTRY)
    assert [r["measure"] for r in result["enforcement_actions"]] == ["fine"]


def test_a_case_investigated_to_its_end_was_opened_on_the_day_told():
    text = ("9月19日晚阳川化工公告,称收到中国证券监督管理委员会湖南监管局下发的《行政处罚事先告知书》,因涉嫌信息披露违法违规,"
            "中国证监会2024年6月7日对阳川化工立案,目前该案已调查完毕。")
    result = run(text, "2025-09-20", known_names=REGISTRY)
    assert actions(result) == [("阳川化工", "investigation", "2024-06-07")]
    # Closed cases told without the day they were opened stay out.
    closed = run("阳川化工公告,证监会对公司的立案调查已结案。", "2025-09-20", known_names=REGISTRY)
    assert closed["enforcement_actions"] == []


def test_this_time_before_a_name_s_core_is_no_other_name():
    text = "ST青岚公告,收到浙江证监局警示函。分析师表示,此次青岚受罚对企业的商誉造成较大损失。"
    result = run(text, known_names=REGISTRY)
    assert full_and_short_names(result) == [(None, ["ST青岚"])]


def test_an_exchange_s_ticket_is_no_fine():
    text = "如阳川化工的控股股东因所持股份被司法拍卖,导致在禁止减持期间减持公司股份,深交所对此开出了罚单。"
    assert run(text, known_names=REGISTRY)["enforcement_actions"] == []
    fined = run("浙江证监局对阳川化工开出罚单,对公司处以50万元罚款。", known_names=REGISTRY)
    assert [(r["measure"], r["amount_yuan"]) for r in fined["enforcement_actions"]] == [("fine", 500000)]


def test_a_proposed_ban_the_headline_tells_as_done_is_one_measure():
    text = ("阳川化工及当事人遭证监会罚725万元 时任董事长遭10年市场禁入\n\n2024-02-05 23:56:00\n"
            "阳川化工2月5日公告,收到中国证监会下发的《行政处罚决定书》。证监会决定对公司责令改正,给予警告,并处以300万元罚款;"
            "拟对张某采取10年市场禁入措施。")
    result = run(text, "2024-02-06", known_names=REGISTRY)
    assert [(r["measure"], r["date"], r.get("proposed")) for r in result["enforcement_actions"]] == [
        ("rectification_order", "2024-02-05", None), ("warning", "2024-02-05", None), ("fine", "2024-02-05", None),
        ("market_ban", "2024-02-05", True)]


def test_the_amount_a_warning_goes_with_is_a_fine_where_the_page_is_cut_off():
    text = "10月27日,阳川化工公告,北京证监局拟决定对阳川化工给予警告,并处以300万元的"
    result = run(text, "2024-10-28", known_names=REGISTRY)
    assert [(r["measure"], r["amount_yuan"]) for r in result["enforcement_actions"]] == [("warning", None), ("fine", 3000000)]
    whole = run("北京证监局决定对阳川化工给予警告,并处以300万元的罚款。", "2024-10-28", known_names=REGISTRY)
    assert [r["measure"] for r in whole["enforcement_actions"]] == ["warning", "fine"]


def test_a_notice_received_on_each_of_the_days_listed_is_one_a_day():
    text = ("阳川化工公告,公司分别于2023年12月22日、2024年5月8日收到中国证券监督管理委员会(以下简称“中国证监会”)出具的"
            "《立案告知书》(编号:证监立案字0062023038号、0062024011号)。")
    result = run(text, "2024-07-10", known_names=REGISTRY)
    assert actions(result) == [("阳川化工", "investigation", "2023-12-22"), ("阳川化工", "investigation", "2024-05-08")]


def test_a_letter_named_by_a_long_title_without_its_marks_is_sent_by_the_issuer_before_it():
    text = ("深圳证券交易所网站近日发布关于对上海阳川化工股份有限公司发行股份及支付现金购买资产并募集配套资金暨关联交易的"
            "问询函(并购重组问询函〔2023〕第17号)。")
    result = run(text, "2023-06-20")
    assert [(r["company"], r["regulator"], r["measure"]) for r in result["enforcement_actions"]] == [
        ("上海阳川化工股份有限公司", "深交所", "inquiry_letter")]


def test_a_letter_whose_verb_follows_it_was_sent():
    text = "2月21日,表现火爆的阳川化工也引起监管层的留意,关注函随之下达。"
    assert actions(run(text, "2024-02-22", known_names=REGISTRY)) == [("阳川化工", "concern_letter", "2024-02-21")]


def test_a_company_s_announcement_told_under_the_day_the_page_shows_is_of_that_day():
    text = ("来源 :格隆汇2023-07-24\n*ST岳林(300903.SZ)公布,收到深圳证券交易所下发的《关于岳林动力股份有限公司仍未披露年报"
            "相关事项的监管工作函》。")
    assert [(r["measure"], r["date"]) for r in run(text, "2023-07-24", known_names=REGISTRY)["enforcement_actions"]] == [
        ("work_letter", "2023-07-24")]
    # A page that does not show the day: the receipt stays undated.
    bare = text.split("\n", 1)[1]
    assert [r["date"] for r in run(bare, "2023-07-24", known_names=REGISTRY)["enforcement_actions"]] == [None]


def test_a_name_may_hold_many_and_be_investigated_for_a_cause():
    text = "目前,多伦示例股份正因异常交易案被证监会调查,而公司股价则已转为暴跌。"
    result = run(text.replace("示例", ""), "2015-07-07")
    assert actions(result) == [("多伦股份", "investigation", None)]
    # A count is still no name.
    assert run("多家公司正因信息披露违规被证监会立案调查。", "2015-07-07")["companies"] == []


def test_a_case_the_police_opened_or_the_exchange_asks_for_is_no_investigation():
    police = "阳川化工确认旗下平台示例网已被立案,上半年净利为负阳川化工发布公告称,示例网已被北京市公安局东城分局经侦支队立案。"
    assert run(police, "2019-08-30", known_names=REGISTRY)["enforcement_actions"] == []
    asked = "*ST岳林无法如期披露定期报告 深交所将上报证监会提请立案稽查"
    assert run(asked, "2017-04-29", known_names=REGISTRY)["enforcement_actions"] == []


def test_penalties_told_after_the_day_their_result_was_published_take_that_day():
    text = ("7月25日,阳川化工董事长张某申请辞职。而就在7月22日,证监会刚刚公布了对阳川化工的处罚结果。据悉,公司虚增利润1.2亿余元。"
            "依据《证券法》,证监会决定对阳川化工责令改正,给予警告,并处以60万元罚款。")
    assert {r["date"] for r in run(text, "2016-07-28", known_names=REGISTRY)["enforcement_actions"]} == {"2016-07-22"}


def test_letters_of_two_kinds_among_companies_listed_after_are_one_each_of_no_kind_given():
    text = ("近期有3家上市公司因涉工业大麻概念而收到深交所的问询函、关注函,分别是阳川化工(600902,SH)、东方资讯(300904,SZ)、"
            "ST青岚(600901,SH)。")
    assert sorted(actions(run(text, "2019-03-14", known_names=REGISTRY))) == [
        ("ST青岚", "other", None), ("东方资讯", "other", None), ("阳川化工", "other", None)]


def test_a_letter_sent_to_no_one_named_asks_of_the_story_s_company_named_in_the_request():
    text = ("阳川化工披露公告,称子公司与自然人张某共同设立公司。\n"
            "2023年2月10日,深交所发出《关注函》(创业板关注函〔2023〕第67号),要求结合阳川化工相关技术、资金、资质详细说明。")
    assert actions(run(text, "2024-02-21", known_names=REGISTRY)) == [("阳川化工", "concern_letter", "2023-02-10")]


def test_the_old_name_after_the_new_one_and_its_code_is_the_company_s():
    text = ("如今已经更名为阳川化工(600902)的万家示例发布公告称,公司收到证监会告知书。"
            "证监会依法拟对万家示例给予警告并处以60万元罚款。")
    result = run(text, "2017-11-13", known_names=REGISTRY)
    assert full_and_short_names(result) == [(None, ["阳川化工", "万家示例"])]
    assert [r["measure"] for r in result["enforcement_actions"]] == ["warning", "fine"]


def test_a_company_publishing_an_announcement_by_its_title_is_named_so():
    text = "2018年7月11日,融钰示例发布了《关于签署战略合作协议的公告》。公司于2018年7月13日收到了深交所的关注函。"
    result = run(text.replace("示例", "集团"), "2019-01-05")
    assert actions(result) == [("融钰集团", "concern_letter", "2018-07-13")]


def test_a_weekday_after_an_announcer_is_no_part_of_its_name():
    text = "路透北京3月16日 - 手机部件生产商--阳川化工周二公告称,近日收到深交所关注函。"
    result = run(text, "2021-03-16", known_names=REGISTRY)
    assert full_and_short_names(result) == [(None, ["阳川化工"])]


def test_an_exchange_s_opinion_letter_after_its_review_of_a_report_is_an_inquiry():
    text = ("河北阳川化工股份有限公司(以下简称“公司”)于2019年9月9日收到上海证券交易所下发的《关于对河北阳川化工股份有限公司"
            "2019年半年度报告的事后审核意见函》(上证公函【2019】2716号,以下简称“《意见函》”)后,高度重视。")
    assert actions(run(text, "2019-09-18")) == [("河北阳川化工股份有限公司", "inquiry_letter", "2019-09-09")]


def test_a_city_a_listed_company_is_named_after_is_no_mention_before_its_park_or_a_branch():
    text = ("阳川化工传来旗下仍有部分子公司未能复产的消息。\n工作人员表示,公司子公司与连云港分公司已经完成全部整改。\n"
            "2018年4月28日,为配合连云港化工园区企业停产自查,公司子公司停产。受子公司停产影响,公司股票于2018年8月14日被实施"
            "其他风险警示。")
    result = run(text, "2019-08-20", known_names={**REGISTRY, "连云港": "code:601008"})
    assert [(s["company"], s["to"]) for s in result["status_changes"]] == [("阳川化工", "ST")]


def test_a_delisting_warning_lifted_from_star_st_to_st_by_the_name_leaves_st():
    text = "前不久,阳川化工才刚撤销股票交易退市风险警示,从*ST阳川变成ST阳川。"
    assert [(s["from"], s["to"]) for s in run(text, "2020-06-01", known_names=REGISTRY)["status_changes"]] == [("*ST", "ST")]


def test_a_numbered_section_s_topic_is_no_change():
    text = ("*ST岳林关于公司股票可能被终止上市的第三次风险提示公告\n一、公司股票可能被终止上市的原因\n"
            "因公司2020年度经审计的净利润为负值且营业收入低于人民币1亿元,公司股票已被实施退市风险警示。\n"
            "二、公司股票停牌情况及终止上市决定\n若公司2021年度经审计的净利润为负值,公司股票将被终止上市。")
    result = run(text, "2022-01-28", known_names=REGISTRY)
    assert [s["to"] for s in result["status_changes"]] == ["*ST"]


def test_an_amount_with_the_penalty_s_generic_word_is_a_fine():
    text = "1月7日晚间,ST青岚发布公告称收到安徽证监局的行政处罚决定书,因未按规定披露关联交易,公司被处以60万元顶格处罚。"
    result = run(text, "2021-01-08", known_names=REGISTRY)
    assert [(r["measure"], r["amount_yuan"], r["date"]) for r in result["enforcement_actions"]] == [
        ("fine", 600000, "2021-01-07")]


def test_this_is_before_a_name_s_core_is_no_other_name():
    text = ("ST青岚发布关于上海证券交易所问询函回复的公告。7月29日,青岚控股还发布了关于股份被冻结的公告。"
            "这是青岚控股连日来发布的第8次股权冻结公告了。")
    assert full_and_short_names(run(text, known_names=REGISTRY)) == [(None, ["ST青岚", "青岚控股"])]


def test_a_measure_named_in_a_rumour_denied_is_none():
    text = "19日,*ST岳林(行情300903,诊股)表示,网上有关于公司被立案调查等帖子为不实言论。"
    assert run(text, "2023-05-20", known_names=REGISTRY)["enforcement_actions"] == []


def test_given_that_is_no_part_of_a_full_name():
    text = "鉴于福建岳林股份有限公司股票被终止上市,本所决定其股票于2023年6月6日摘牌。"
    assert [c["full_name"] for c in run(text, "2023-06-01")["companies"]] == ["福建岳林股份有限公司"]


def test_a_letter_sent_to_no_one_named_on_a_day_told_between_the_exchange_and_its_verb():
    text = ("挖贝网 2月20日消息,近日阳川化工(600902)在互动易回复投资者称公司具备制造设备能力,随后公司连续六个交易日涨停。"
            "深交所20日下发关注函,询问是否炒作公司股价。")
    assert actions(run(text, "2020-02-20", known_names=REGISTRY)) == [("阳川化工", "concern_letter", "2020-02-20")]


def test_the_day_another_measure_s_notice_came_does_not_date_a_penalty():
    text = ("继2018年8月24日收到证监会调查通知书被立案调查后,阳川化工于2020年7月14日晚发布公告,公司收到中国证监会"
            "《行政处罚及市场禁入事先告知书》。")
    result = run(text, "2020-07-15", known_names=REGISTRY)
    assert [(r["measure"], r["date"]) for r in result["enforcement_actions"]] == [("market_ban", "2020-07-14")]


def test_still_after_a_name_is_no_part_of_it():
    text = ("退市窘境下,*ST海川仍被证监会立案调查\n近日,*ST海川(300999.SZ)公告收到中国证券监督管理委员会的《立案告知书》。")
    result = run(text, "2023-05-08")
    assert [c["short_names"] for c in result["companies"]] == [["*ST海川"]]


def test_the_sse_as_older_papers_shorten_it():
    text = "6月15日以来,阳川化工(600902)因巨额违规担保遭上证所的公开谴责。"
    result = run(text, "2023-07-01", known_names=REGISTRY)
    assert [(r["measure"], r["regulator"]) for r in result["enforcement_actions"]] == [("public_censure", "上交所")]


def test_a_list_s_second_point_is_no_part_of_a_name():
    text = ("*ST青岚公告称,公司收到北京证监局警示函。一是公司未及时披露担保事项;二是青岚控股子公司示例商务区股份有限公司"
            "(以下简称示例公司)曾与示例信托签署协议。")
    names = [name for c in run(text, "2024-05-27", known_names=REGISTRY)["companies"] for name in c["short_names"]]
    assert "二是青岚" not in names


def test_successfully_after_the_label_is_no_name():
    text = "从2023年7月28日开市起,ST青岚撤销其他风险警示,时隔一年多,“ST青岚”终于甩掉ST成功摘帽。"
    result = run(text, "2023-08-17", known_names=REGISTRY)
    assert [(s["company"], s["to"]) for s in result["status_changes"]] == [("ST青岚", "normal")]


def test_the_company_a_broker_s_project_was_for_is_not_the_one_investigated():
    text = ("示例证券股份有限公司全资子公司示例承销保荐有限责任公司因在鸿达示例股份有限公司2019年可转债项目中涉嫌持续督导"
            "业务未勤勉尽责,于2025年10月31日收到中国证监会立案告知书。")
    result = run(text, "2025-12-08", known_names=REGISTRY)
    assert "鸿达示例股份有限公司" not in [r["company"] for r in result["enforcement_actions"]]


def test_a_warning_stacked_with_the_verb_before_its_word():
    text = ("*ST岳林公告称,公司2022年度财务报告被出具无法表示意见的审计报告,公司股票被实施退市风险警示;"
            "因持续经营能力存在不确定性,公司股票被实施叠加其他风险警示。")
    result = run(text, "2023-05-22", known_names=REGISTRY)
    assert [(s["from"], s["to"]) for s in result["status_changes"]] == [(None, "*ST"), ("*ST", "*ST")]


def test_the_label_put_on_in_quotes_as_a_cap():
    text = "阳川化工去年经历了股票被ST“戴帽”、收到深交所问询函等一系列事件。"
    result = run(text, "2023-05-22", known_names=REGISTRY)
    assert [(s["company"], s["to"]) for s in result["status_changes"]] == [("阳川化工", "ST")]


def test_the_day_a_figure_is_counted_to_does_not_date_a_warning():
    text = "截至2022年12月31日,因经审计净资产为负值,*ST岳林股票交易被实施退市风险警示。"
    result = run(text, "2024-03-20", known_names=REGISTRY)
    assert [(s["to"], s["effective_date"]) for s in result["status_changes"]] == [("*ST", None)]


def test_a_penalty_told_without_its_issuer_is_that_of_the_decision_received_that_day():
    text = ("阳川化工公告,公司于6月24日收到河北证监局下发的《行政处罚决定书》。决定书显示,公司未及时披露关联交易。"
            "根据当事人违法行为的事实,决定对阳川化工给予警告,并处以罚款60万元。")
    result = run(text, "2018-06-25", known_names=REGISTRY)
    assert {(r["measure"], r["regulator"], r["date"]) for r in result["enforcement_actions"]} == {
        ("warning", "河北证监局", "2018-06-24"), ("fine", "河北证监局", "2018-06-24")}


def test_a_portal_s_links_after_the_code_do_not_break_the_clause():
    text = ("阳川化工(600902公告,行情,点评,财报)24日晚间公告,收到河北证监局行政处罚事先告知书。决定对阳川化工给予警告,"
            "并处以罚款60万元。")
    result = run(text, "2018-06-24", known_names=REGISTRY)
    assert {(r["measure"], r["date"]) for r in result["enforcement_actions"]} == {
        ("warning", "2018-06-24"), ("fine", "2018-06-24")}


def test_an_announcement_at_noon_and_one_made_to_the_public():
    noon = "中国网财经1月24日讯 示例生物今日午间发布公告,公司与控股股东示例集团近日收到证监会《调查通知书》。"
    assert actions(run(noon, "2019-01-24")) == [("示例生物", "investigation", "2019-01-24")]
    public = "9月27日晚间,示例集团对外公告称,收到证监会《立案告知书》。"
    assert [c["short_names"] for c in run(public, "2021-09-29")["companies"]] == [["示例集团"]]


def test_the_investors_time_to_sue_is_no_deadline():
    text = "ST青岚被证监会两次立案调查。满足该条件的投资者可报名登记。该部分案件诉讼时效至2024年5月26日届满。"
    assert run(text, "2023-05-09", known_names=REGISTRY)["deadlines"] == []


def test_a_bureau_the_text_does_not_name_is_not_the_exchange_before_it():
    text = "“根据此前存货风险提示公告、深交所关注函回复、证监局警示函,阳川化工被证监会立案调查早在预料之中。”"
    result = run(text, known_names=REGISTRY)
    assert ("深交所", "warning_letter") not in [(r["regulator"], r["measure"]) for r in result["enforcement_actions"]]


def test_cases_and_orders_of_other_authorities_are_no_securities_measures():
    drug = "2、根据《行政处罚决定书》,吉林药监局早在2017年10月27日已对你公司予以立案调查,请说明阳川化工是否存在信息披露不及时的情形。"
    assert run(drug, "2018-07-22", known_names=REGISTRY)["enforcement_actions"] == []
    environment = ("5月25日,阳川化工收到证监会山西监管局的行政处罚告知书称,2014年至2017年,公司陆续收到洪洞县环境保护局"
                   "出具的七份《行政处罚决定书》,责令其改正环境污染行为。")
    assert "rectification_order" not in [r["measure"] for r in run(environment, "2018-07-20", known_names=REGISTRY)["enforcement_actions"]]


def test_days_after_the_day_just_told():
    text = "4月20日当天,阳川化工收到了深交所的关注函,三天后收到了证监会的调查通知书。"
    assert actions(run(text, "2018-07-20", known_names=REGISTRY)) == [
        ("阳川化工", "concern_letter", "2018-04-20"), ("阳川化工", "investigation", "2018-04-23")]
    # (How long a halt lasted is no day: "停牌一天后复牌".)
    halt = "5月20日,阳川化工股票在停牌一天后复牌,并撤销其他风险警示。"
    assert [s["effective_date"] for s in run(halt, "2025-06-06", known_names=REGISTRY)["status_changes"]] == ["2025-05-20"]


def test_the_day_the_time_since_a_measure_is_counted_to_does_not_date_it():
    text = "截至2025年7月24日,距离阳川化工因涉嫌信息披露违法违规被中国证监会正式立案调查已过去近一年,但监管结论仍未出炉。"
    assert actions(run(text, known_names=REGISTRY)) == [("阳川化工", "investigation", None)]


def test_the_stock_capped_as_an_item_of_the_company_s_troubles():
    text = ("不过,当前ST青岚麻烦缠身。\n包括:延期公布2021年报、股票被ST“戴帽”、公司因财报审计问题收到深交所问询函、"
            "多次延期答复问询函等。")
    result = run(text, None, known_names=REGISTRY)
    assert [(s["company"], s["to"]) for s in result["status_changes"]] == [("ST青岚", "ST")]


def test_a_letter_sent_again_by_the_board_s_department():
    text = "28日,因业绩巨亏等4方面重大不利变化,创业板公司管理部向示例集团再发关注函。"
    result = run(text, "2019-11-28")
    assert [(r["company"], r["regulator"], r["measure"], r["date"]) for r in result["enforcement_actions"]] == [
        ("示例集团", "深交所", "concern_letter", "2019-11-28")]


def test_a_delisting_whose_cause_ends_with_the_standard_it_met():
    text = ("退市示例公告,公司于2025年7月3日因财务报告被出具无法表示意见的审计报告,以及内控被出具否定意见,"
            "触及财务类退市标准而被终止上市。")
    result = run(text, "2025-09-06", known_names={"退市示例": "code:603999"})
    assert [s["to"] for s in result["status_changes"]] == ["delisted"]


def test_the_same_month_is_the_month_just_named():
    text = ("2012年9月,湖南证监局在一次例行稽查中发现了阳川化工财务造假的端倪。当月14日,阳川化工发布被湖南证监局立案稽查的公告。")
    assert actions(run(text, "2016-05-20", known_names=REGISTRY)) == [("阳川化工", "investigation", "2012-09-14")]


def test_what_a_decision_points_out_is_no_part_of_the_name_after_it():
    text = ("1月6日,深圳证监局发布《关于对深圳示例互动网络股份有限公司采取责令改正措施的决定》,指出深圳示例互动网络股份有限公司"
            "(下称“示例互动”)在三会运作方面存在不规范情形,对其采取责令改正的监管措施。")
    assert [c["full_name"] for c in run(text, "2022-01-07")["companies"]] == ["深圳示例互动网络股份有限公司"]


def test_a_supervisory_letter_in_a_headline_is_the_bureau_s_warning_letter_below_it():
    text = "阳川化工再收监管函\n继去年被警示后,3月25日晚间,阳川化工收到浙江证监局警示函。"
    result = run(text, None, known_names=REGISTRY)
    assert [(r["measure"], r["regulator"]) for r in result["enforcement_actions"]] == [("warning_letter", "浙江证监局")]


def test_where_a_company_published_is_not_who():
    text = ("公司已于2023年7月28日在《中国证券报》、《证券日报》及巨潮资讯网披露了《关于收到中国证券监督管理委员会立案告知书的公告》。"
            "阳川化工于2023年7月27日收到中国证监会下发的《立案告知书》。")
    result = run(text, "2023-07-30", known_names=REGISTRY)
    assert [c["short_names"] for c in result["companies"]] == [["阳川化工"]]


def test_that_year_is_the_year_named_alone_since_the_last_day():
    text = ("2017年3月1日,阳川化工发布年报。2019年,阳川化工原董事长违规担保,涉案金额2.51亿元。此外,公司资金被占用。"
            "当年11月25日,阳川化工被实施其他风险警示。")
    result = run(text, "2022-07-27", known_names=REGISTRY)
    assert [s["effective_date"] for s in result["status_changes"]] == ["2019-11-25"]
    # (A year's report is no year the text turns to: "披露2023年年报;同年9月6日" is the year of the day before.)
    report = "2024年5月8日,阳川化工披露2023年年报;同年9月6日,阳川化工收到深交所问询函。"
    assert actions(run(report, "2025-06-06", known_names=REGISTRY)) == [("阳川化工", "inquiry_letter", "2024-09-06")]


def test_one_of_those_the_story_is_about_is_no_part_of_the_name():
    text = "6月28日晚间,“双示例事件”中的主角之一岚得新(002999)第二次收到中国证监会下发的《行政处罚及市场禁入事先告知书》。"
    assert [c["short_names"] for c in run(text, "2020-06-29")["companies"]] == [["岚得新"]]


def test_an_order_given_before_the_warning_is_a_measure_of_its_own():
    text = "江苏证监局决定对阳川化工、原实控人张三等直接责任人予以责令改正、警告并处罚款。"
    assert [r["measure"] for r in run(text, "2024-01-05", known_names=REGISTRY)["enforcement_actions"]] == [
        "rectification_order", "warning", "fine"]
    alone = "江苏证监局决定对阳川化工予以责令改正、警告。"
    assert [r["measure"] for r in run(alone, "2024-01-05", known_names=REGISTRY)["enforcement_actions"]] == [
        "rectification_order", "warning"]


def test_each_day_of_a_list_the_violation_is_about_does_not_date_the_measure():
    text = ("去年4月,阳川化工曾收到证监会的行政处罚决定书,示例传媒通过阳川化工在2017年1月12日、2017年2月16日公告中披露的"
            "信息存在虚假记载,对阳川化工责令改正,给予警告,并处60万元罚款。")
    result = run(text, "2019-01-23", known_names=REGISTRY)
    assert {(r["measure"], r["date"]) for r in result["enforcement_actions"]} == {
        ("rectification_order", None), ("warning", None), ("fine", None)}


def test_a_listed_bank_the_company_repaid_is_not_whom_a_later_company_means():
    text = ("2020年度,阳川化工为担保人的示例银行保理业务3500万元,关联方已就上述款项向示例银行办理了贴现,"
            "公司代关联方向示例银行偿还了1000万元。根据上市规则的相关规定,公司股票将被实施其他风险警示。")
    result = run(text, "2021-12-28", known_names={**REGISTRY, "示例银行": "code:601999"})
    assert [s["company"] for s in result["status_changes"]] == ["阳川化工"]


def test_a_count_of_people_before_their_receipt_is_no_company():
    text = "阳川化工及控股股东示例集团等17名责任人收到江西证监局行政处罚事先告知书,拟合计罚款1.2亿元。"
    result = run(text, "2025-03-02", known_names=REGISTRY)
    assert company_names(result) == ["阳川化工"]
    assert {r["company"] for r in result["enforcement_actions"]} == {"阳川化工"}


def test_a_name_before_guanyu_of_a_title_stops_before_it():
    text = "*ST岚机关于公司将被暂停上市暨持续停牌的公告\n公司于2017年3月22日收到中国证监会《调查通知书》。"
    result = run(text, "2017-06-01")
    assert [c["short_names"] for c in result["companies"]] == [["*ST岚机"]]
    assert actions(result) == [("*ST岚机", "investigation", "2017-03-22")]


def test_the_and_of_a_coded_list_is_no_part_of_the_next_name():
    text = "示例控股(000946)和新岚联(000947)因净资产为负被实施退市风险警示。"
    result = run(text, "2023-05-04", known_names=REGISTRY)
    assert sorted(s["company"] for s in result["status_changes"]) == ["新岚联", "示例控股"]


def test_warnings_stacked_on_each_other_at_once_are_dated():
    text = ("青岚股份有限公司(以下简称“公司”)于2024年4月29日披露了公司股票交易被实施退市风险警示及其他风险警示的公告。"
            "公司股票自2024年5月6日起被深圳证券交易所叠加实施退市风险警示及其他风险警示,简称随之改为“*ST青岚”。")
    result = run(text, "2025-02-06", known_names=REGISTRY)
    assert ("*ST青岚", None, "*ST", "2024-05-06") in statuses(result)
    assert all(s[3] == "2024-05-06" for s in statuses(result))


def test_a_full_name_after_a_dateline_leaves_the_dateline_out():
    text = ("示例宁波股份有限公司因存在控股股东非经营性资金占用情形未及时披露,被宁波证监局出具警示函。\n"
            "中新经纬6月27日电 示例宁波股份有限公司(以下简称示例宁波)27日晚公告,公司收到宁波证监局出具的警示函。")
    result = run(text, "2024-06-28")
    assert full_and_short_names(result) == [("示例宁波股份有限公司", ["示例宁波"])]
    assert len(result["enforcement_actions"]) == 1


def test_a_headline_dated_on_the_day_of_consent_takes_the_day_the_lift_takes_effect():
    text = ("撤销退市风险警示 *ST岳林7月5日起停牌一天,岳林股份最新消息,300903最新信息\n\n《岳林股份300903》\n\n"
            "涨停原因 | 十大股东\n\n撤销退市风险警示 *ST岳林7月5日起停牌一天\n2024-07-04 19:57:00\n\n"
            "7月4日晚间,*ST岳林披露公告称,深交所于2024年7月4日同意撤销对公司股票实施的退市风险警示,"
            "公司股票于2024年7月5日停牌一天,于2024年7月8日起复牌交易。\n"
            "*ST岳林表示,自2024年7月8日起,公司股票将撤销退市风险警示,股票简称由“*ST岳林”变更为“岳林股份”。")
    result = run(text, "2024-07-04", known_names=REGISTRY)
    assert statuses(result) == [("*ST岳林", "*ST", "normal", "2024-07-08")]


@pytest.mark.parametrize("verb", ["取消", "撤消"])
def test_a_warning_cancelled_is_lifted(verb):
    text = f"阳川化工公告称,上交所已于5月17日同意{verb}对公司股票实施的其他风险警示,5月19日起复牌。"
    assert statuses(run(text, "2021-05-18", known_names=REGISTRY)) == [("阳川化工", "ST", "normal", "2021-05-17")]


def test_the_day_of_consent_then_the_day_the_lift_takes_effect_in_one_sentence():
    text = "阳川化工公告称,上交所已于5月17日同意撤销对公司股票实施的其他风险警示,5月19日起复牌并撤销其他风险警示。"
    assert statuses(run(text, "2021-05-18", known_names=REGISTRY)) == [("阳川化工", "ST", "normal", "2021-05-19")]


def test_a_warning_that_cannot_be_lifted_yet_is_no_change():
    text = "截至本公告披露日,上述款项尚未追回。受上述事项影响,ST青岚股票目前暂时无法撤销其他风险警示。"
    assert statuses(run(text, "2024-08-01", known_names=REGISTRY)) == []
    lifted = "受上述事项影响,ST青岚股票自8月5日起撤销其他风险警示。"
    assert statuses(run(lifted, "2024-08-01", known_names=REGISTRY)) == [("ST青岚", "ST", "normal", "2024-08-05")]


def test_one_ground_of_the_delisting_warning_lifted_leaves_the_star():
    text = ("1月21日晚间,*ST岳林披露公告称,深交所已审核同意撤销公司因重整而实施的退市风险警示,但因净资产为负,"
            "公司仍被实施退市风险警示及其他风险警示,股票简称维持“*ST岳林”不变。")
    assert all(s[2] != "normal" for s in statuses(run(text, "2026-01-22", known_names=REGISTRY)))


def test_the_warning_a_delisting_decision_recounts_is_a_change_too():
    text = ("5月28日,阳川化工收到深交所送达的《关于公司股票终止上市的决定》,因公司2023年经审计的净利润为负值且营业收入"
            "低于1亿元,公司股票交易被实施退市风险警示;2024年经审计的净利润为负值,深交所决定终止公司股票上市。")
    assert sorted(s[2] for s in statuses(run(text, None, known_names=REGISTRY))) == ["*ST", "delisted"]


def test_a_criminal_case_against_officers_is_no_securities_investigation():
    text = ("一片狼藉!ST青岚董事长等被刑事立案调查!\n2020年9月24日从示例市公安机关获悉,ST青岚董事长张三先生因涉嫌背信损害"
            "上市公司利益罪被公安机关刑事立案调查。")
    assert run(text, "2020-09-25", known_names=REGISTRY)["enforcement_actions"] == []


def test_a_decision_addressed_to_the_former_full_name_is_the_company_s():
    text = ("证券代码:600905 证券简称:示例股份\n示例发展集团股份有限公司(以下简称“公司”,曾用名:示例实业开发股份有限公司)"
            "自上市以来规范运作。\n2020年8月5日,上海证券交易所出具《关于对示例实业开发股份有限公司及有关责任人予以通报批评的决定》。")
    known = {**REGISTRY, "示例股份": "code:600905", "示例发展集团股份有限公司": "code:600905"}
    result = run(text, "2024-01-30", known_names=known)
    assert full_and_short_names(result) == [("示例发展集团股份有限公司", ["示例股份"])]
    assert actions(result) == [("示例股份", "circulated_criticism", "2020-08-05")]


def test_an_exchange_s_discipline_told_without_its_issuer_is_the_exchange_the_story_names():
    text = ("上交所去年认定22人不适合担任上市公司董监高\n齐鲁网1月21日讯 2018年,上交所继续保持从严监管态势。\n"
            "一是控股股东侵占上市公司利益。交易所加大监管力度。ST青岚和*ST岳林是其中的典型案件。"
            "其中,公开认定两家公司的实际控制人共2人终身不适合担任上市公司董监高。")
    result = run(text, "2019-01-21", known_names=REGISTRY)
    assert {(r["regulator"], r["measure"]) for r in result["enforcement_actions"]} == {("上交所", "unfit_declaration")}


def test_an_epithet_before_an_announcer_the_registry_knows_is_no_part_of_its_name():
    text = "11月15日晚间,知名阳川化工公告称,公司因涉嫌信息披露违法违规,被中国证监会立案。"
    result = run(text, "2024-11-16", known_names=REGISTRY)
    assert company_names(result) == ["阳川化工"]
    assert actions(result) == [("阳川化工", "investigation", "2024-11-15")]


def test_an_st_name_declared_with_its_plain_name_and_code_is_one_company():
    text = ("12月18日,ST锦岚披露公司被叠加实施其他风险警示。\n"
            "12月18日,ST锦岚(即锦州岚 SH600190,股价1.76元,市值35.24亿元)披露了公司被叠加实施其他风险警示的公告。")
    result = run(text, "2024-12-18", known_names={**REGISTRY, "锦州岚": "code:600190"})
    assert [(c["short_names"], c["code"]) for c in result["companies"]] == [(["ST锦岚", "锦州岚"], "600190")]


def test_a_csrc_penalty_takes_the_day_the_bureau_s_decision_came():
    text = ("该索赔案源于2024年4月3日阳川化工公告收到厦门证监局《行政处罚决定书》。经查明,公司年度报告存在虚假记载。"
            "针对阳川化工连续6年财务造假的严重违法事实,中国证监会已对其给予警告、责令改正,并处以总计6556万元的罚款。")
    result = run(text, "2024-06-01", known_names=REGISTRY)
    assert {(r["measure"], r["date"]) for r in result["enforcement_actions"]} == {
        ("warning", "2024-04-03"), ("rectification_order", "2024-04-03"), ("fine", "2024-04-03")}


def test_a_measure_on_the_officers_just_named_is_their_company_s():
    text = ("经查明,阳川化工存在未按规定披露关联交易事项。张三、李四作为公司时任董事、高管,对上述信息披露问题负有责任。\n"
            "对此,陕西证监局决定对上述人员采取出具警示函的监督管理措施。")
    result = run(text, "2024-06-01", known_names=REGISTRY)
    assert [(r["company"], r["regulator"], r["measure"]) for r in result["enforcement_actions"]] == [
        ("阳川化工", "陕西证监局", "warning_letter")]


def test_companies_delisted_one_after_another_are_delisted():
    text = "2025年以来,已有阳川化工、东方资讯两家企业相继退市,而临近年末,又一家上市公司陷入退市险境。"
    result = run(text, "2025-12-26", known_names=REGISTRY)
    assert sorted((s[0], s[2]) for s in statuses(result)) == [("东方资讯", "delisted"), ("阳川化工", "delisted")]
    feared = "阳川化工、东方资讯两家企业面临退市风险。"
    assert statuses(run(feared, "2025-12-26", known_names=REGISTRY)) == []


def test_a_name_that_becomes_its_st_name_without_jiancheng_is_put_under_st():
    text = ("6月17日,阳川化工发布公告称,实控人未在承诺期限解决违规担保问题。根据有关规定,公司向上交所申请对公司股票实施"
            "“其他风险警示”,阳川化工因此变更为“ST阳川”,公司股票于今日起停牌1天。")
    assert statuses(run(text, None, known_names=REGISTRY)) == [("阳川化工", "normal", "ST", None)]


def test_a_copy_cut_off_in_the_last_word_of_the_warning_still_tells_it():
    text = ("证券代码:600902 证券简称:阳川化工 公告编号:2024-032\n●截至本公告披露日,公司资金占用事项尚未得到解决。\n\n"
            "●公司股票自2021年5月6日起被实施其他风险警")
    assert statuses(run(text, "2024-04-11", known_names=REGISTRY)) == [("阳川化工", None, "ST", "2021-05-06")]


def test_a_company_delisted_since_is_read_from_its_delisting():
    text = ("今年4月12日,昔日“日化股”岚夏智慧被正式摘牌,结束A股之旅。\n"
            "2020年7月1日,岚夏智慧被实施退市风险警示。直至今年4月12日,岚夏智慧正式退市。")
    result = run(text, "2025-12-29", known_names=REGISTRY)
    assert sorted((s[0], s[2], s[3]) for s in statuses(result)) == [
        ("岚夏智慧", "*ST", "2020-07-01"), ("岚夏智慧", "delisted", "2025-04-12")]


def test_a_claims_headline_joined_to_the_line_below_is_no_part_of_the_full_name():
    text = ("从“东方资讯”到“*ST东资” 虚假记载遭立案 受损投资者索赔窗口已开启\n\n"
            "北京东方资讯科技股份有限公司股票自2025年5月6日开市起被实施“退市风险警示”“其他风险警示”,股票简称由“东方资讯”"
            "变更为“*ST东资”,证券代码仍为“300904”。")
    result = run(text, "2025-05-20", known_names=REGISTRY)
    assert full_and_short_names(result)[0][0] == "北京东方资讯科技股份有限公司"
    assert sorted((s[1], s[2]) for s in statuses(result)) == [("*ST", "*ST"), ("normal", "*ST")]


def test_the_day_of_resumption_dates_a_warning_told_after_where_it_comes_from():
    text = ("11月28日,ST青岚发布公告称,公司股票于2025年12月2日(星期二)开市起复牌。根据公告,公司股票自复牌之日起被实施"
            "退市风险警示,股票简称由“ST青岚”变更为“*ST青岚”。")
    assert statuses(run(text, "2025-11-29", known_names=REGISTRY)) == [("ST青岚", "ST", "*ST", "2025-12-02")]


def test_other_warning_lifted_while_the_name_stays_starred_keeps_the_star():
    text = ("证券代码:300903 证券简称:*ST岳林 公告编号:2025-060\n岳林电子股份有限公司关于撤销其他风险警示的公告\n"
            "1、岳林电子股份有限公司(以下简称“公司”)股票交易被撤销其他风险警示的起始日为2025年6月27日;\n"
            "2、鉴于公司股票自2025年5月6日起被实行“退市风险警示”特别处理,本次被撤销其他风险警示后,公司股票简称仍为“*ST岳林”。\n"
            "4、撤销其他风险警示的起始日:2025年6月27日;")
    result = run(text, "2025-06-26", known_names=REGISTRY)
    assert ("*ST岳林", "*ST", "*ST", "2025-06-27") in statuses(result)
    assert all(s[2] != "normal" for s in statuses(result))


def test_the_star_lifted_with_a_new_st_name_leaves_st():
    text = "随着深交所一纸批复的到来,*ST岳林终于迎来转机,自2025年12月23日起,该公司股票将撤销退市风险警示,证券简称变更为“ST岳林”。"
    result = run(text, "2025-12-20", known_names=REGISTRY)
    assert statuses(result) == [("*ST岳林", "*ST", "ST", "2025-12-23")]
    assert [c["short_names"][0] for c in result["companies"]] == ["*ST岳林"]


def test_a_drug_regulator_s_fine_is_no_securities_fine():
    text = ("*ST岳林表示,2018年10月16日,公司主要子公司因违法违规生产疫苗,被药品监督管理部门给予吊销药品生产许可证、"
            "处罚没款91亿元等行政处罚。")
    assert run(text, "2018-11-17", known_names=REGISTRY)["enforcement_actions"] == []


def test_several_notices_of_one_case_on_one_day_are_one_penalty():
    text = ("阳川化工于2017年2月23日收到中国证券监督管理委员会《行政处罚和市场禁入事先告知书》处罚字[2017]16号、"
            "《行政处罚及市场禁入事先告知书》处罚字[2017]17号、《行政处罚和市场禁入事先告知书》处罚字[2017]18号。")
    result = run(text, "2017-05-20", known_names=REGISTRY)
    assert [(r["measure"], r["date"]) for r in result["enforcement_actions"]] == [("market_ban", "2017-02-23")]


def test_a_spinner_s_words_for_criticism_censure_and_unfit_are_undone():
    text = "上交所网站显示,ST青岚因违规事项被上交所处以通报品评、公然认定及公然谴责等纪律处分。"
    result = run(text, "2019-11-08", known_names=REGISTRY)
    assert sorted(r["measure"] for r in result["enforcement_actions"]) == [
        "circulated_criticism", "public_censure", "unfit_declaration"]


def test_a_notice_received_under_its_number_dates_the_penalties_it_proposes():
    text = ("6月5日,*ST岳林发布关于收到行政处罚事先告知书的公告。公司于2024年6月4日收到中国证券监督管理委员会北京监管局下发的"
            "〔2024〕6号《行政处罚事先告知书》。\n北京证监局拟决定:一、对*ST岳林给予警告,并处以150万元的罚款。")
    result = run(text, None, known_names=REGISTRY)
    assert {(r["measure"], r["date"]) for r in result["enforcement_actions"]} == {
        ("warning", "2024-06-04"), ("fine", "2024-06-04")}


def test_dai_mao_written_with_dai_of_carrying_is_put_under_st():
    text = "4月16日,阳川化工复牌已正式“带帽”,成为ST阳川,复牌后公司股价接连三日一字跌停。"
    assert statuses(run(text, "2019-04-20", known_names=REGISTRY)) == [("阳川化工", None, "ST", "2019-04-16")]


def test_a_case_opened_with_detention_is_a_supervisory_commission_s():
    text = ("去年4月张三被调查时,ST青岚就因没能及时履行信息披露义务而收到《监管函》。理由是,公司总经理李四于2022年4月1日"
            "签收了对张三进行立案调查并实施留置的通知书。")
    result = run(text, "2023-06-02", known_names=REGISTRY)
    assert [r["measure"] for r in result["enforcement_actions"]] == ["regulatory_letter"]


def test_a_code_in_hong_kong_before_the_a_share_code_and_an_investigation_made_formal():
    text = "2005年5月11日,岚龙电器(0921.HK,000921.SZ)发布正式公告称,公司因为涉嫌违反证券法而被中国证监会正式调查。"
    result = run(text, None)
    assert [(c["short_names"], c["code"]) for c in result["companies"]] == [(["岚龙电器"], "000921")]
    assert actions(result) == [("岚龙电器", "investigation", "2005-05-11")]


def test_the_short_name_of_a_work_letter_gives_its_day():
    text = ("A股惊现清仓式减持 监管函火速下达\n财联社9月6日讯 阳川化工(600902.SH)股价8连板之际,公司持股5%以上股东近日完成"
            "“清仓式减持”,与此同时,上交所就公司股东涉嫌违规减持下发监管工作函。\n当晚,阳川化工收到了监管函。")
    result = run(text, "2023-09-07", known_names=REGISTRY)
    assert [(r["regulator"], r["measure"], r["date"]) for r in result["enforcement_actions"]] == [
        ("上交所", "work_letter", "2023-09-06")]


def test_an_exchange_s_declaration_on_the_story_s_controller_is_the_company_s():
    text = ("中新经纬9月12日电 ST青岚12日盘后公告,公司实际控制人张三于8月30日因涉嫌挪用资金罪被逮捕。\n"
            "资料显示,张三曾任ST青岚董事长等职务。2020年3月9日,上交所下发《纪律处分决定书》(〔2020〕23号),公开认定张三10年内不适合担任上市公司董事、"
            "监事和高级管理人员。")
    result = run(text, "2023-09-12", known_names=REGISTRY)
    assert [(r["company"], r["measure"], r["date"]) for r in result["enforcement_actions"]] == [
        ("ST青岚", "unfit_declaration", "2020-03-09")]


def test_a_headline_fine_without_its_yuan_is_a_fine():
    text = "存在连续两年虚增利润等问题 阳川化工及相关高管合计被罚1450万\n5月17日,广东证监局披露关于阳川化工等15人的行政处罚决定书。"
    result = run(text, "2021-05-17", known_names=REGISTRY)
    assert [(r["measure"], r["amount_yuan"]) for r in result["enforcement_actions"]] == [("fine", 14_500_000)]


def test_the_kuai_of_kuaiji_accounting_does_not_make_ru_an_if():
    text = "如阳川化工因2023年度、2024年度财务会计报告被出具无法表示意见的审计报告,触及财务类退市指标,于2025年7月3日被交易所摘牌退市。"
    assert statuses(run(text, "2025-09-08", known_names=REGISTRY)) == [("阳川化工", None, "delisted", "2025-07-03")]
    conditional = "如阳川化工2025年度财务指标仍不达标,公司股票将被交易所终止上市。"
    assert statuses(run(conditional, "2025-09-08", known_names=REGISTRY)) == []


def test_st_given_by_the_exchange_named_in_full_is_a_change():
    text = "在前两任实际控制人控制期间,阳川化工因存在公司治理问题被上海证券交易所实施ST处理,转入风险警示板交易。"
    assert statuses(run(text, "2017-06-01", known_names=REGISTRY)) == [("阳川化工", None, "ST", None)]


def test_the_company_after_the_reason_given_is_the_story_s():
    text = ("11月28日,ST青岚发布公告称,经营正常。停牌原因为公司于2025年11月28日收到中国证券监督管理委员会安徽监管局"
            "《行政处罚及市场禁入事先告知书》(处罚字[2025]8号)。")
    result = run(text, "2025-11-29", known_names=REGISTRY)
    assert actions(result) == [("ST青岚", "market_ban", "2025-11-28")]


def test_a_promise_to_pay_back_in_two_halves_holds_two_deadlines():
    text = ("阳川化工及其子公司向示例集团额外支付收购意向金5000万元;根据示例集团授意,相关资金最终实际流向控股股东示例集团,"
            "形成控股股东非经营性资金占用。\n2016-2017年,阳川化工及其全资子公司向示例集团及其关联方转让所持5家公司股权。"
            "股权转让后形成控股股东及其关联方对公司的欠款,初始本金为9.9亿元。示例集团承诺于2018年12月31日前还款50%,"
            "于2019年12月31日前还清剩余的50%。")
    result = run(text, "2023-02-08", known_names=REGISTRY)
    assert [(d["company"], d["due_date"]) for d in result["deadlines"]] == [
        ("阳川化工", "2018-12-31"), ("阳川化工", "2019-12-31")]


def test_days_listed_before_respectively_go_to_the_measures_in_their_order():
    text = ("因未在法定期限内披露年度报告,阳川化工于2024年5月8日、6月3日已分别收到湖南证监局、证监会的责令改正措施的"
            "决定书和立案告知书。")
    result = run(text, "2024-06-20", known_names=REGISTRY)
    assert [(r["regulator"], r["measure"], r["date"]) for r in result["enforcement_actions"]] == [
        ("湖南证监局", "rectification_order", "2024-05-08"), ("中国证监会", "investigation", "2024-06-03")]


def test_an_exchange_whose_name_is_cut_short_is_no_company():
    text = ("上海证券交易(以下简称“上交所”)将在公司触及交易类退市情形之后5个交易日内,向公司发出拟终止其股票上市的事先告知书。"
            "上交所在公告终止上市决定之日后5个交易日内予以摘牌。")
    result = run(text, "2024-06-01", known_names=REGISTRY)
    assert (company_names(result), statuses(result)) == ([], [])


def test_the_steps_after_a_delisting_decision_still_open_are_no_delisting():
    text = ("证券代码:600902 证券简称:阳川化工\n公司股票收盘价已连续20个交易日低于1元,已触及交易类退市情形。上交所将在15个"
            "交易日内作出是否终止公司股票上市的决定。上交所在公告上市公司股票终止上市决定之日后5个交易日内对其予以摘牌,"
            "公司股票终止上市。")
    assert statuses(run(text, "2024-06-01", known_names=REGISTRY)) == []
    decided = ("证券代码:600902 证券简称:阳川化工\n公司于2024年6月20日收到上交所作出的终止公司股票上市的决定。上交所将在决定之日后"
               "5个交易日内对公司股票予以摘牌。")
    assert [(c[0], c[2]) for c in statuses(run(decided, "2024-06-21", known_names=REGISTRY))] == [("阳川化工", "delisted")]


def test_a_broker_s_branch_on_a_list_of_seats_is_not_what_the_company_pronoun_means():
    text = ("ST青岚6月9日晚间公告,公司股票将被终止上市。龙虎榜显示,东方资讯(300904)西宁长江路第一营业部买入200万元。\n"
            "回溯公告,公司因内部控制被出具否定意见的审计报告,公司股票于2023年5月5日开市起被实施其他风险警示。")
    result = run(text, "2023-06-10", known_names=REGISTRY)
    assert statuses(result) == [("ST青岚", None, "ST", "2023-05-05")]
    assert company_names(result) == ["ST青岚"]


def test_a_firm_the_company_engages_is_neither_named_in_full_nor_delisted():
    text = ("2月6日,*ST岳林公告称,公司股票已被深交所决定终止上市。*ST岳林表示,将聘请西岭证券股份有限公司在公司股票被终止上市后"
            "为公司提供股份转让服务。")
    result = run(text, "2024-02-07", known_names=REGISTRY)
    assert company_names(result) == ["*ST岳林"]
    assert [(c[0], c[2]) for c in statuses(result)] == [("*ST岳林", "delisted")]


def test_companies_whose_delisting_period_is_over_are_delisted():
    known = {"退市青岚": "code:600911", "退市岳林": "code:600912"}
    text = "6月15日,退市青岚、退市岳林等2家公司退市整理期满,股票将被终止上市。"
    assert statuses(run(text, "2022-06-16", known_names=known)) == [
        ("退市青岚", None, "delisted", None), ("退市岳林", None, "delisted", None)]
    pending = "6月15日,退市青岚、退市岳林等2家公司已触及财务类退市情形,股票将被终止上市。"
    assert statuses(run(pending, "2022-06-16", known_names=known)) == []


def test_the_other_warning_put_on_at_the_same_time_is_stacked_on_the_star():
    text = ("资料显示,*ST岳林主营污水处理,因2023年度经审计的期末净资产为负值,公司股票被实施退市风险警示。因公司持续经营能力"
            "存在不确定性,公司股票同时被实施其他风险警示。")
    assert statuses(run(text, "2024-05-10", known_names=REGISTRY)) == [
        ("*ST岳林", None, "*ST", None), ("*ST岳林", "*ST", "*ST", None)]


def test_a_reworded_promise_to_repay_holds_its_deadlines():
    text = ("阳川化工向控股股东示例集团有限公司(以下简称“示例集团”)转让所持子公司70%股权(以下简称原子公司),股权转让后构成控股股东"
            "对公司的欠款。示例集团于2017年12月31日出具还款许诺,许诺于2018年12月31日前还款50%,于2019年12月31日前还清剩下的50%。")
    result = run(text, "2023-02-08", known_names=REGISTRY)
    assert company_names(result) == ["阳川化工"]
    assert [(d["company"], d["due_date"]) for d in result["deadlines"]] == [
        ("阳川化工", "2018-12-31"), ("阳川化工", "2019-12-31")]


def test_how_a_company_announced_is_no_part_of_its_name():
    text = "近日,上交所向东方资讯下发问询函。20多天后,东方资讯正式发公告回复上交所的问询函。"
    assert company_names(run(text, "2021-06-01", known_names=REGISTRY)) == ["东方资讯"]
    declared = "近日,示例股份公告称收到上交所问询函。20多天后,示例股份正式发公告回复上交所的问询函。"
    assert company_names(run(declared, "2021-06-01")) == ["示例股份"]


def test_a_portal_s_bar_after_its_dateline_marks_the_day_of_the_report():
    text = ("格隆汇6月30日丨阳川化工(600902.SH)公布,因公司最近一个会计年度的财务会计报告被出具无法表示意见的审计报告,公司股票将在"
            "年度报告披露后被实施退市风险警示。\n公司股票将于2020年6月30日开市起停牌一天,于2020年7月1日起复牌实施退市风险警示。")
    assert statuses(run(text, "2020-06-30", known_names=REGISTRY)) == [("阳川化工", None, "*ST", "2020-07-01")]


def test_a_periodic_report_owed_by_a_day_is_a_deadline_with_what_follows_if_it_is_missed():
    text = "若阳川化工在股票停牌两个月内(至2024年7月5日)仍无法披露2023年年度报告,公司股票交易将被实施退市风险警示。"
    assert [(d["company"], d["due_date"], d["consequence"]) for d in run(text, "2024-05-08", known_names=REGISTRY)[
        "deadlines"]] == [("阳川化工", "2024-07-05", "*ST")]
    missed = "阳川化工无法在法定期限内(4月30日)披露上述定期报告,公司股票自5月6日起停牌。"
    assert [(d["company"], d["due_date"]) for d in run(missed, "2024-05-08", known_names=REGISTRY)["deadlines"]] == [
        ("阳川化工", "2024-04-30")]
    # A reply owed to no letter the story names is still no deadline.
    reply = "交易所要求阳川化工于2021年8月31日前披露相关事项。"
    assert run(reply, "2021-08-20", known_names=REGISTRY)["deadlines"] == []


def test_an_order_to_correct_a_report_within_days_is_a_rectification_order():
    text = "ST青岚于2025年2月14日收到福建证监局出具的《决定书》,因公司财务会计报告存在虚假记载,被责令30日内对相关年度报告进行更正。"
    assert actions(run(text, "2025-02-20", known_names=REGISTRY)) == [("ST青岚", "rectification_order", "2025-02-14")]


def test_an_exchange_publishing_on_its_site_dates_the_discipline_told_below():
    text = ("2018年12月28日,上海证券交易所在其官网披露了对阳川化工及多位公司高管的处分决定书。经查明,阳川化工定期报告披露不真实。\n"
            "经上交所纪律处分委员会审核通过,做出如下纪律处分决定:对阳川化工和时任董事长张三予以公开谴责;对时任董事会秘书李四予以通报批评。")
    assert actions(run(text, None, known_names=REGISTRY)) == [
        ("阳川化工", "public_censure", "2018-12-28"), ("阳川化工", "circulated_criticism", "2018-12-28")]


def test_the_term_of_a_declaration_is_no_background():
    text = ("本报综合消息 *ST岳林(300903)5月25日晚间公告称,上交所做出了纪律处分决定。\n具体来看,上交所决定对公司及时任董事长张三"
            "予以公开谴责;公开认定张三10年内不适合担任上市公司董事、监事和高级管理人员;对时任董事李四予以通报批评。")
    assert actions(run(text, "2021-05-28", known_names=REGISTRY)) == [
        ("*ST岳林", "public_censure", "2021-05-25"), ("*ST岳林", "unfit_declaration", "2021-05-25"),
        ("*ST岳林", "circulated_criticism", "2021-05-25")]


def test_the_day_named_the_delisting_s_in_a_sentence_of_its_own():
    text = "*ST岳林(300903)5月25日晚间公告称,根据有关规定,上交所决定终止公司股票上市。摘牌日期为2021年6月1日。"
    assert [(c[0], c[2], c[3]) for c in statuses(run(text, "2021-05-28", known_names=REGISTRY))] == [
        ("*ST岳林", "delisted", "2021-06-01")]


def test_a_pinyin_gloss_broken_across_lines_is_dropped():
    assert clean_text("勝利示例因信披違規(guī)被證監(j\niān)會立案調查") == "胜利示例因信披违规被证监会立案调查"


def test_a_page_of_a_supervisory_commission_s_cases_holds_no_securities_investigation():
    text = ("阳川化工实际控制人张三,在一年多的时间里,已经两次被立案调查。\n阳川化工5月31日晚间披露,当天收到通知,实际控制人、董事长张三"
            "被示例县监察委立案调查并留置。")
    assert actions(run(text, "2023-06-01", known_names=REGISTRY)) == []
    securities = ("阳川化工实际控制人张三,在一年多的时间里,已经两次被立案调查。\n阳川化工5月31日晚间披露,公司收到中国证监会下发的"
                  "《立案告知书》。")
    result = run(securities, "2023-06-01", known_names=REGISTRY)
    assert ("中国证监会", "investigation") in [(r["regulator"], r["measure"]) for r in result["enforcement_actions"]]


def test_that_year_in_a_later_paragraph_is_the_year_the_story_gave():
    text = ("2022年4月15日早间,阳川化工公告称,实际控制人张三被监察委员会立案调查。\n"
            "由于公司披露不及时,当年4月20日,深圳证券交易所向阳川化工发出监管函。")
    assert actions(run(text, "2023-06-08", known_names=REGISTRY)) == [("阳川化工", "regulatory_letter", "2022-04-20")]


def test_where_before_a_full_name_is_no_part_of_it():
    text = "山东证监局对示例证券出具警示函,因在银川示例技术股份有限公司(300920.SZ)2023年向特定对象发行股票项目中未勤勉尽责。"
    registry, _ = build_registry(text)
    assert "银川示例技术股份有限公司" in registry.name_to_id
    assert "在银川示例技术股份有限公司" not in registry.name_to_id


def test_some_grounds_of_st_lifted_leave_the_stock_st():
    text = ("ST青岚最新公告显示,公司因触及资金占用而实施的其他风险警示已消除,深交所已同意撤销ST青岚股票交易部分其他风险警示,"
            "不过公司仍存在其他风险警示。")
    assert statuses(run(text, "2023-10-24", known_names=REGISTRY)) == [("ST青岚", "ST", "ST", None)]


def test_a_rename_told_in_an_announcement_takes_effect_when_trading_resumes():
    text = ("*ST岳林董秘:经审核,深交所于2022年6月21日同意撤销对公司股票交易实施的退市风险警示。公司于2022年6月22日披露了《关于公司"
            "股票交易撤销退市风险警示并继续被实施其他风险警示暨临时停牌的公告》,公司股票简称由“*ST岳林”变为“ST岳林”。公司股票于"
            "2022年6月22日开市起停牌一天,并于2022年6月23日开市起复牌。")
    assert [(c[1], c[2], c[3]) for c in statuses(run(text, "2022-06-24", known_names=REGISTRY))] == [
        ("*ST", "ST", "2022-06-23")]


def test_the_time_before_a_delisting_is_no_delisting():
    text = ("关于阳川化工股份有限公司的监管工作函\n阳川化工股份有限公司:\n二、公司股票被本所摘牌前,公司和全体董事、监事、高级管理人员"
            "应当继续遵守本所《股票上市规则》,并履行相关义务,披露重要信息。")
    assert statuses(run(text, "2022-04-28", known_names=REGISTRY)) == []


def test_a_year_left_on_the_line_above_its_month_is_joined_to_it():
    text = ("    阳川化工股份有限公司(以下简称“阳川化工”)于 2021\n年 6 月 3 日收到深圳证券交易所《关于对阳川化工股份有限公司\n"
            "的年报问询函》(公司部年报问询函〔2021〕第 300 号),公司董事会给予高度重视。")
    assert "于2021年6月3日收到" in clean_text(text)
    assert actions(run(text, None)) == [("阳川化工", "inquiry_letter", "2021-06-03")]


def test_what_a_company_will_be_one_of_is_no_delisting():
    text = "ST青岚股价已连续16个交易日低于1元。这意味着,ST青岚将成为2025年首只因面值退市而被摘牌的A股公司。"
    assert statuses(run(text, "2025-03-20", known_names=REGISTRY)) == []


def test_what_bears_on_a_delisting_and_a_rule_s_list_of_cases_are_no_delisting():
    text = ("关于对阳川化工股份有限公司有关事项的监管工作函\n阳川化工股份有限公司:\n鉴于公司2021年财务数据对公司股票终止上市具有重大影响,"
            "根据本所《股票上市规则》有关规定,现对你公司提出如下要求。")
    assert statuses(run(text, "2022-02-26", known_names=REGISTRY)) == []
    rule = ("ST青岚公告称,根据《股票上市规则》第9.3.11条规定:上市公司股票因第9.3.2条规定情形被实施退市风险警示后,公司出现下列情形"
            "之一的,上海证券交易所决定终止其股票上市交易:")
    assert statuses(run(rule, "2022-06-10", known_names=REGISTRY)) == []


def test_a_receiver_s_name_before_guanyu_ends_before_it():
    text = "[2022-02-26] (600555)*ST岚创:*ST岚创关于收到上海证券交易所监管工作函的公告"
    assert company_names(run(text, "2022-02-26")) == ["*ST岚创"]


def test_what_the_company_is_before_a_passive_is_no_name():
    text = "作为最近被证监会调查的晋股,示例化工在官司二审的同时,也迎来了中国证监会和山西证监局的双重“罚单”。"
    assert "作为最近" not in company_names(run(text, "2024-07-01"))


def test_progress_notices_of_a_case_are_no_cases_of_their_own():
    text = ("证券代码:600902 证券简称:阳川化工\n阳川化工股份有限公司(以下简称“公司”)于2020年1月14日收到中国证监会《调查通知书》,"
            "因公司涉嫌信息披露违法违规,中国证监会决定对公司进行立案调查。公司已分别于2020年1月15日、2020年2月18日、2020年3月17日"
            "披露了《关于收到中国证监会调查通知书的公告》、《关于立案调查进展暨风险提示公告》、《关于立案调查进展暨风险提示公告》。")
    assert actions(run(text, "2020-04-15", known_names=REGISTRY)) == [("阳川化工", "investigation", "2020-01-14")]


def test_money_recovered_already_by_a_day_is_no_deadline():
    text = "阳川化工公告称,控股股东已出具承诺,将于2024年12月31日前归还占用资金。公司已于2024年6月30日前收回全部占用资金。"
    assert [d["due_date"] for d in run(text, "2024-07-05", known_names=REGISTRY)["deadlines"]] == ["2024-12-31"]


def test_a_bureau_s_own_penalty_decision_is_the_listed_party_s_with_its_regulator_and_day():
    text = ("中国证券监督管理委员会江苏监管局\n行政处罚决定书\n〔2024〕15号\n"
            "当事人:阳川化工股份有限公司(以下简称阳川化工),住所:江苏省示例市。\n张三,男,1970年5月出生,时任阳川化工董事长。\n"
            "依据《证券法》的有关规定,我局对阳川化工信息披露违法违规行为进行了立案调查、审理。本案现已调查、审理终结。\n"
            "经查明,阳川化工2021年年度报告存在虚假记载。\n依据《证券法》第一百九十七条第二款的规定,我局决定:\n"
            "一、对阳川化工股份有限公司责令改正,给予警告,并处以500万元罚款;\n二、对张三给予警告,并处以200万元罚款。\n"
            "江苏证监局\n2024年8月20日")
    result = run(text, "2024-08-21", known_names=REGISTRY)
    assert [(r["company"], r["regulator"], r["measure"], r["date"]) for r in result["enforcement_actions"]] == [
        ("阳川化工", "江苏证监局", "rectification_order", "2024-08-20"), ("阳川化工", "江苏证监局", "warning", "2024-08-20"),
        ("阳川化工", "江苏证监局", "fine", "2024-08-20")]
    assert [r["persons"] for r in result["enforcement_actions"]][1:] == [["张三"], ["张三"]]


def test_the_day_a_since_clause_opens_with_is_the_day_of_the_measure_it_tells():
    text = "以*ST岳林为例,其自2024年12月19日被证监会立案以来,前后发布风险提示公告多达19次。"
    assert actions(run(text, "2025-06-20", known_names=REGISTRY)) == [("*ST岳林", "investigation", "2024-12-19")]
    # Since an event that is no measure: the day is no measure's ("自3月2日股价跌破1元以来").
    text = "阳川化工自2025年3月2日股价跌破1元以来,已被深交所下发关注函。"
    assert actions(run(text, "2025-06-20", known_names=REGISTRY)) == [("阳川化工", "concern_letter", None)]


def test_money_recovered_by_a_cut_off_day_is_no_deadline():
    text = "在半年报问询函回复中,阳川化工称,截至2023年5月1日前上述占用款项已全部收回。"
    assert run(text, "2023-09-01", known_names=REGISTRY)["deadlines"] == []
    # What is owed by the cut-off day still is one.
    text = "阳川化工公告称,控股股东承诺截至2023年12月31日前归还全部占用资金。"
    assert [d["due_date"] for d in run(text, "2023-09-01", known_names=REGISTRY)["deadlines"]] == ["2023-12-31"]


def test_an_officer_s_role_in_a_list_is_no_company():
    page = "阳川化工董事、财务总监被上交所给予监管警示\n本报记者 张三\n9月7日,上交所对阳川化工时任财务总监林峥予以监管警示。"
    result = run(page, "2023-09-09", known_names=REGISTRY)
    assert company_names(result) == ["阳川化工"]
    assert actions(result) == [("阳川化工", "other", "2023-09-07")]


def test_companies_listed_before_respectively_take_the_measures_listed_after_in_order():
    text = ("5月23日晚间,阳川化工(600902.SH)、*ST岳林(300903.SZ)的控股股东、实际控制人,因违规担保等行为,"
            "被深交所分别予以公开谴责、通报批评的处分。")
    assert actions(run(text, "2019-05-26", known_names=REGISTRY)) == [
        ("阳川化工", "public_censure", "2019-05-23"), ("*ST岳林", "circulated_criticism", "2019-05-23")]
    # One kind for both ("…的处分" is the word for it): each company has it.
    text = "5月23日,深交所对阳川化工、*ST岳林分别给予公开谴责的处分。"
    assert actions(run(text, "2019-05-26", known_names=REGISTRY)) == [
        ("阳川化工", "public_censure", "2019-05-23"), ("*ST岳林", "public_censure", "2019-05-23")]


def test_a_delisting_decision_made_and_the_delisted_stocks_listed_are_delistings():
    text = "2016年7月5日,阳川化工因欺诈发行受到证监会行政处罚,深交所依法对其作出退市决定。"
    assert statuses(run(text, "2018-09-22", known_names=REGISTRY)) == [("阳川化工", None, "delisted", None)]
    text = "今年以来,在已退市的股票中,3只股票与面值退市相关,分别是ST青岚、阳川化工、*ST岳林。"
    assert statuses(run(text, "2024-06-01", known_names=REGISTRY)) == [
        ("ST青岚", "ST", "delisted", None), ("阳川化工", None, "delisted", None), ("*ST岳林", "*ST", "delisted", None)]
    # A decision the exchange may still make is none.
    for text in ("阳川化工公告称,深交所拟对其作出退市决定。", "若阳川化工触及上述情形,深交所将对其作出退市决定。"):
        assert statuses(run(text, "2024-06-01", known_names=REGISTRY)) == []


def test_a_pdf_decision_s_signature_glued_to_its_last_sentence_above_a_page_number_dates_and_signs_it():
    page = ("—1—关于对阳川化工股份有限公司股东金磊给予通报批评处分的决定当事人:金磊,阳川化工股份有限公司股东。\n"
            "—2—经查明,金磊违规减持。依据本所《股票上市规则(2018年11月修订)》第17.2条的规定,经本所纪律处分委员会审议通过,"
            "本所作出如下处分决定:对金磊给予通报批评的处分。对于金磊上述违规行为,本所将记入上市公司诚信档案。"
            "深圳证券交易所2020年12月31日\n—3—\n")
    result = run(page, None)
    assert [(r["regulator"], r["measure"], r["date"], r["persons"]) for r in result["enforcement_actions"]] == [
        ("深交所", "circulated_criticism", "2020-12-31", ["金磊"])]


def test_what_a_fact_rests_on_and_a_portal_s_link_are_no_announcers():
    text = "2019年9月24日,根据相关公告,青岚水泵厂已完成工商登记变更。2019年9月30日,ST青岚收到上交所下达的监管工作函。"
    assert company_names(run(text, "2020-06-24", known_names=REGISTRY)) == ["ST青岚"]
    text = "2020年8月14日晚间,阳川化工(600902)点此报名索赔 公告称,因涉嫌信披违法违规,公司控股股东被证监会立案调查。"
    result = run(text, "2020-08-15", known_names=REGISTRY)
    assert company_names(result) == ["阳川化工"]
    assert actions(result) == [("阳川化工", "investigation", "2020-08-14")]


def test_the_announcements_a_decision_s_facts_rest_on_do_not_date_its_measure():
    page = ("经查明,阳川化工股份有限公司(以下简称“阳川化工”)原实际控制人张三存在以下违规行为:\n"
            "根据阳川化工2019年1月26日、6月28日披露的公告,2017年8月至10月期间,张三私自以公司名义对外担保。\n"
            "鉴于上述违规事实及情节,依据本所《股票上市规则(2018年11月修订)》第17.2条的规定,本所作出如下处分决定:\n"
            "对阳川化工原实际控制人张三给予公开谴责的处分。\n")
    assert actions(run(page, None, known_names=REGISTRY)) == [("阳川化工", "public_censure", None)]


def test_officers_counted_before_their_fines_are_the_company_s_whose_decision_the_bureau_published():
    text = "5月17日,广东证监局公布了一份针对ST青岚的行政处罚决定书。时任独立董事冯某升、陈某挟、郑某彬3人分别被罚50万元。"
    result = run(text, "2021-07-10", known_names=REGISTRY)
    assert [(r["company"], r["regulator"], r["measure"], r["date"], r["persons"]) for r in result["enforcement_actions"]] == [
        ("ST青岚", "广东证监局", "fine", "2021-05-17", ["冯某升", "陈某挟", "郑某彬"])]


def test_the_companies_a_discipline_counts_and_lists_after_it_and_an_exchange_s_supervisory_attention():
    text = "此次被深交所给予通报批评纪律处分的3家公司分别是ST青岚、阳川化工、*ST岳林。"
    assert actions(run(text, "2020-03-09", known_names=REGISTRY)) == [
        ("ST青岚", "circulated_criticism", None), ("阳川化工", "circulated_criticism", None),
        ("*ST岳林", "circulated_criticism", None)]
    text = "7月8日,上交所对东方资讯股东发出监管关注。"
    assert actions(run(text, "2015-07-09", known_names=REGISTRY)) == [("东方资讯", "other", "2015-07-08")]


def test_a_company_set_apart_from_the_others_is_not_whom_the_sentence_tells_of():
    text = "除了刚在今年3月13日上市的阳川化工外,其他7家上市公司因未能按时公布年度报告而被立案调查。"
    assert actions(run(text, "2024-05-11", known_names=REGISTRY)) == []
    # "Besides A, B also…": B's.
    text = "除ST青岚外,阳川化工也被证监会立案调查。"
    assert actions(run(text, "2024-05-11", known_names=REGISTRY)) == [("阳川化工", "investigation", None)]


def test_a_new_ground_of_other_risk_warning_is_stacked():
    text = "因公司基本银行账户被法院冻结,ST青岚股票交易于2017年6月8日被新增实施其他风险警示。"
    assert statuses(run(text, "2017-06-10", known_names=REGISTRY)) == [("ST青岚", "ST", "ST", "2017-06-08")]
    page = ("1、因公司2016年度经审计的净资产为负值,公司股票交易于2017年4月27日被实施退市风险警示。\n"
            "2、因公司基本银行账户被法院冻结,公司股票交易于2017年6月8日被新增实施其他风险警示。")
    result = run("证券代码:300903 证券简称:*ST岳林\n" + page, "2017-06-10", known_names=REGISTRY)
    assert statuses(result) == [("*ST岳林", None, "*ST", "2017-04-27"), ("*ST岳林", "*ST", "*ST", "2017-06-08")]


def test_this_time_s_measure_is_on_the_day_the_story_told_it_and_tickets_counted_are_no_company():
    page = ("8日,深交所连开3张罚单,ST青岚、阳川化工等3家公司因蹭热点被给予通报批评的纪律处分。\n"
            "此次被深交所给予通报批评纪律处分的3家公司分别是ST青岚、阳川化工、*ST岳林。")
    result = run(page, "2020-03-09", known_names=REGISTRY)
    assert company_names(result) == ["ST青岚", "阳川化工", "*ST岳林"]
    assert actions(result) == [("ST青岚", "circulated_criticism", "2020-03-08"),
                               ("阳川化工", "circulated_criticism", "2020-03-08"),
                               ("*ST岳林", "circulated_criticism", "2020-03-08")]


def test_a_letter_a_portal_posts_below_its_title_is_dated_by_the_day_posted():
    page = ("市盈率:0.000收益率:0.000\n关于对青岚示例科技股份有限公司的关注函 下载公告\n公告日期:2022-04-20\n\n"
            "创业板关注函〔2022〕第 203 号\n\n青岚示例科技股份有限公司董事会:\n\n"
            "2022年4月19日晚间,你公司披露《关于出售参股公司股权的公告》。我部对此表示关注。")
    assert actions(run(page, None)) == [("青岚示例科技股份有限公司", "concern_letter", "2022-04-20")]
    # The company's reply posted that day is no letter of that day.
    reply = "安控科技:关于深圳证券交易所关注函的回复公告 下载公告\n公告日期:2020-03-24\n\n北京安控科技股份有限公司于近期收到关注函。"
    assert [a["date"] for a in run(reply, None)["enforcement_actions"]] == [None]


def test_the_label_in_brackets_between_a_warning_and_the_one_stacked_on_it():
    text = "由于*ST岳林2024年期末净资产为负值,公司股票已于2025年4月28日起被实施退市风险警示(*ST)叠加其他风险警示。"
    assert statuses(run(text, "2025-08-07", known_names=REGISTRY)) == [
        ("*ST岳林", None, "*ST", "2025-04-28"), ("*ST岳林", "*ST", "*ST", "2025-04-28")]


def test_an_announcement_s_own_title_even_broken_over_two_lines_tells_its_change():
    page = ("证券代码:000697 证券简称:*ST岳林 公告编号:2024-043\n\n岳林示例科技股份有限公司\n\n关于公司股票交易撤销退市风险警示\n\n"
            "和其他风险警示暨停复牌公告\n\n本公司及董事会全体成员保证信息披露的内容真实、准确、完整。\n\n特别提示:\n\n"
            "1、公司股票交易将于2024年5月15日停牌一天,并于2024年5月16日开市起复牌。")
    assert statuses(run(page, "2024-05-15", known_names=REGISTRY)) == [("*ST岳林", "*ST", "normal", "2024-05-16")]
    # A title another announcement cites is no change of its own.
    cited = "证券代码:000697 证券简称:*ST岳林\n公司于2024年5月10日披露了《关于公司股票交易撤销退市风险警示的进展公告》。"
    assert statuses(run(cited, "2024-05-15", known_names=REGISTRY)) == []


def test_the_verb_a_star_name_announced_with_is_no_part_of_it():
    text = "4月21日,*ST青禾宣布收到证监会处罚决定书。公司因虚增收入被罚8600万元,实控人被罚3800万并被终身禁入。"
    result = run(text, "2023-04-21")
    assert [c["short_names"] for c in result["companies"]] == [["*ST青禾"]]
    assert actions(result) == [("*ST青禾", "fine", "2023-04-21"), ("*ST青禾", "market_ban", "2023-04-21")]


def test_a_delisting_notice_s_own_title_takes_the_day_its_field_gives():
    page = ("证券代码:600901 证券简称:*ST岳林 公告编号:临2025-088\n岳林示例科技股份有限公司关于股票终止上市暨摘牌的公告\n"
            "重要内容提示:\n●终止上市的证券种类:A股\n●终止上市日期:2025年7月21日\n●摘牌日期:2025年7月21日\n")
    assert [(s["to"], s["effective_date"]) for s in run(page, "2025-07-22", known_names=REGISTRY)["status_changes"]] == [
        ("delisted", "2025-07-21")]


def test_a_receipt_told_lately_under_a_wire_s_dateline_is_dated_by_the_announcement_it_reports():
    text = "财联社5月27日电,ST青岚公告,公司于近日收到湖北证监局下发的《关于对青岚示例科技股份有限公司采取责令改正措施的决定》。"
    assert actions(run(text, "2025-05-27", known_names=REGISTRY)) == [("ST青岚", "rectification_order", "2025-05-27")]
    text = "中国经济网北京5月27日讯 ST青岚公告称,公司近日收到湖北证监局警示函。"
    assert actions(run(text, "2025-05-27", known_names=REGISTRY)) == [("ST青岚", "warning_letter", "2025-05-27")]


def test_what_a_letter_says_tells_of_the_letter_sent_to_the_story_s_company():
    story = "*ST岳林在11月21日抛出债权出售方案。"
    for told in ("上交所在问询函中要求公司补充披露回收可能性。", "对此,上交所在问询函指出,转让价格过高。",
                 "上交所随后发出的问询函中,直指转让价格过高。"):
        assert actions(run(story + told, "2016-11-26", known_names=REGISTRY)) == [("*ST岳林", "inquiry_letter", None)]
    # The company it names in its demand is the one the letter went to, not the story's.
    result = run(story + "上交所在问询函中要求阳川化工补充披露。", "2016-11-26", known_names=REGISTRY)
    assert actions(result) == [("阳川化工", "inquiry_letter", None)]
    # A letter quoted without a sender is no letter sent.
    assert actions(run(story + "问询函中的问题较多。", "2016-11-26", known_names=REGISTRY)) == []


def test_each_kind_of_a_counted_list_of_letters_received_is_recorded_as_counted():
    result = run("阳川化工十多天连收3封关注函和1封监管函。", None, known_names=REGISTRY)
    assert sorted(actions(result)) == [("阳川化工", "concern_letter", None)] * 3 + [("阳川化工", "regulatory_letter", None)]
    result = run("阳川化工连收1封监管函和两封关注函。", None, known_names=REGISTRY)
    assert sorted(actions(result)) == [("阳川化工", "concern_letter", None)] * 2 + [("阳川化工", "regulatory_letter", None)]


def test_the_reply_day_a_company_expects_after_missing_another_is_its_deadline():
    text = ("*ST岳林于2020年8月19日收到上交所问询函。截止目前,公司对其中5个问题进行了回复。因其余问题尚在核查中,"
            "故无法在2020年10月15日前完成回复工作,预计于2020年10月22日前回复并披露。")
    result = run(text, None, known_names=REGISTRY)
    assert [(d["company"], d["due_date"]) for d in result["deadlines"]] == [("*ST岳林", "2020-10-22")]


def test_a_promise_to_pay_back_by_a_shareholder_the_registry_does_not_know_is_the_story_s_deadline():
    text = ("1月19日,阳川化工披露大股东占款。截至目前,资金占用余额6.2亿元。青川实业已承诺预计在2021年3月31日前"
            "分批将上述资金全部归还。")
    result = run(text, None, known_names=REGISTRY)
    assert [(d["company"], d["due_date"]) for d in result["deadlines"]] == [("阳川化工", "2021-03-31")]
    # In traditional characters, the same.
    text = "1月19日,陽川化工披露大股東佔款。青川實業已承諾預計在2021年3月31日前分批將上述資金全部歸還。"
    assert [d["due_date"] for d in run(text, None, known_names=REGISTRY)["deadlines"]] == ["2021-03-31"]
    # A promise of something else is no deadline of the company's.
    assert run("1月19日,阳川化工披露大股东占款。青川实业承诺在2021年3月31日前完成增持。", None,
               known_names=REGISTRY)["deadlines"] == []


def test_a_company_turning_into_its_star_name_is_a_warning_imposed():
    result = run("阳川化工、东方资讯因为连续亏损变身*ST阳川、*ST东方,股价双双跌停。", None, known_names=REGISTRY)
    assert statuses(result) == [("阳川化工", None, "*ST", None), ("东方资讯", None, "*ST", None)]
    assert statuses(run("阳川化工沦为“ST阳川”。", None, known_names=REGISTRY)) == [("阳川化工", None, "ST", None)]


def test_fines_summed_over_counted_cases_are_nobody_s_fine():
    text = "5月5日,证监会披露,对阳川化工信息披露违法等4宗案件进行了听证,4宗案件共涉及49个主体,罚款金额共计1113万元。"
    assert actions(run(text, "2017-10-20", known_names=REGISTRY)) == []
    text = "5月5日,证监会对阳川化工处以罚款,罚款金额共计1113万元。"
    assert actions(run(text, "2017-10-20", known_names=REGISTRY)) == [("阳川化工", "fine", "2017-05-05")]


def test_a_decision_s_posted_day_on_the_line_below_its_title_dates_it():
    page = ("关于对阳川化工股份有限公司及有关责任人予以通报批评的决定\n公告日期:2015-12-23\n"
            "关于对阳川化工股份有限公司及有关责任人予以通报批评的决定\n纪律处分决定书〔2015〕55号\n当事人:\n"
            "阳川化工股份有限公司,A股证券简称:阳川化工,A股证券代码:600902;\n")
    assert actions(run(page, None, known_names=REGISTRY)) == [("阳川化工", "circulated_criticism", "2015-12-23")]


def test_an_adverb_after_an_unknown_star_name_is_no_part_of_it():
    result = run("*ST南岭随即在12月21日抛出债权出售方案。对此,上交所在问询函中要求公司补充披露。", "2016-12-26")
    assert [c["short_names"] for c in result["companies"]] == [["*ST南岭"]]
    result = run("今年1月14日,*ST南岭就已收到深交所关注函。", "2016-12-26")
    assert [c["short_names"] for c in result["companies"]] == [["*ST南岭"]]


def test_a_reply_day_missed_by_the_story_s_company_named_after_it_by_a_pronoun_is_its_deadline():
    text = ("5月12日,*ST岳林收到上交所下发的年报问询函。由于问询函内容涉及的工作量较大,部分问题仍需进一步完善,"
            "无法在5月19日前完成全部回复工作,公司申请再次延期回复。")
    result = run(text, "2021-05-20", known_names=REGISTRY)
    assert [(d["company"], d["due_date"]) for d in result["deadlines"]] == [("*ST岳林", "2021-05-19")]
    # Not a day another company named in the sentence owes.
    text = ("5月12日,*ST岳林收到上交所下发的年报问询函。由于工作量较大,阳川化工无法在5月19日前完成回复工作。")
    assert [d["company"] for d in run(text, "2021-05-20", known_names=REGISTRY)["deadlines"]] == ["阳川化工"]


def test_the_trade_before_a_full_name_is_no_part_of_it():
    text = "曹某涉嫌内幕交易、短线交易阳川示例科技股份有限公司(以下简称阳川化工)股票一案,我局决定对其立案调查。"
    result = run(text, known_names=REGISTRY)
    assert full_and_short_names(result) == [("阳川示例科技股份有限公司", ["阳川化工"])]


def test_披星戴帽_right_after_a_name_is_a_star_put_on_even_undated():
    result = run("太罕见,一晚上竟有五家公司被披星戴帽。阳川化工披星戴帽,股民有点懵。东方资讯也被“披星戴帽”了。", None,
                 known_names=REGISTRY)
    assert sorted(statuses(result)) == [("东方资讯", None, "*ST", None), ("阳川化工", None, "*ST", None)]
    # Feared or to come, or with words between, or the bare 戴帽 that either label is called: no change.
    for text in ("股民担心阳川化工披星戴帽后股价下跌。", "阳川化工或将面临披星戴帽。", "阳川化工上市一年半就披星戴帽。",
                 "阳川化工戴帽。"):
        assert statuses(run(text, None, known_names=REGISTRY)) == [], text


def test_other_special_treatment_is_the_old_name_of_the_other_risk_warning():
    text = ("*ST岳林、ST青岚昨日均公告,*ST岳林被批准撤销退市风险警示同时对公司股票实施其他特别处理,"
            "股票简称变更为“ST岳林”;ST青岚获准撤销股票交易其他特别处理。")
    assert sorted(statuses(run(text, "2011-12-22", known_names=REGISTRY))) == [
        ("*ST岳林", "*ST", "ST", None), ("ST青岚", "ST", "normal", None)]


def test_a_change_named_as_a_possibility_is_none():
    text = "ST青岚此前已完成破产重整,不过仍有再度被实施退市风险警示的可能。"
    assert statuses(run(text, known_names=REGISTRY)) == []
    text = "ST青岚面临被实施退市风险警示的风险。"
    assert statuses(run(text, known_names=REGISTRY)) == []


def test_a_warning_after_the_rule_cited_in_full_as_its_cause_is_dated():
    text = ("阳川化工公告。公司因触及《上海证券交易所股票上市规则》第9.3.2条第一款第(一)项、第(三)项规定"
            "于2024年4月30日起被实施退市风险警示。")
    assert statuses(run(text, known_names=REGISTRY)) == [("阳川化工", None, "*ST", "2024-04-30")]


def test_a_forced_delisting_decision_received_is_a_delisting():
    assert statuses(run("*ST岳林就已收到深交所重大违法强制退市决定。", None, known_names=REGISTRY)) == [
        ("*ST岳林", "*ST", "delisted", None)]
    for text in ("投资者关注*ST岳林的强制退市决定何时作出。", "*ST岳林面临重大违法强制退市决定。"):
        assert statuses(run(text, None, known_names=REGISTRY)) == [], text


def test_listed_companies_of_a_label_are_no_company():
    result = run("多重退市风险警示加身,五家*ST上市公司年报难产被证监会立案调查。", None)
    assert result["companies"] == [] and result["enforcement_actions"] == []


def test_listing_ended_for_a_full_name_with_its_short_name_in_brackets_is_a_delisting():
    text = "上交所昨晚公告称,终止珠海市岳林投资股份有限公司(下称*ST岳林)股票上市。"
    assert statuses(run(text, "2016-03-22", known_names=REGISTRY)) == [("*ST岳林", "*ST", "delisted", None)]
    assert statuses(run("上交所可能终止珠海市岳林投资股份有限公司(下称*ST岳林)股票上市。", "2016-03-22",
                        known_names=REGISTRY)) == []


def test_an_exchange_asking_again_in_a_headline_is_no_part_of_the_name_below_it():
    text = ("财务造假遭处罚,交易所继续追问\n\n阳川示例景观股份有限公司董事会:\n"
            "你公司于2023年4月7日收到证监会送达的《行政处罚及市场禁入事先告知书》。")
    assert full_and_short_names(run(text)) == [("阳川示例景观股份有限公司", [])]


def test_a_client_named_in_full_is_not_whom_a_later_company_means():
    text = ("阳川化工解释称,公司子公司开拓了新客户嘉兴示例饮片股份有限公司(以下简称“示例饮片”),与其开展销售业务。"
            "子公司与示例饮片共发生业务往来1129万元。但公司在收到上交所年报问询函后进行了自查。")
    result = run(text, known_names=REGISTRY)
    assert company_names(result) == ["阳川化工"]
    assert actions(result) == [("阳川化工", "inquiry_letter", None)]


def test_listing_ended_on_an_exchange_by_its_short_name_is_a_delisting():
    assert statuses(run("2023年6月,阳川化工股票被终止在上交所上市。", known_names=REGISTRY)) == [
        ("阳川化工", None, "delisted", None)]
    assert statuses(run("若公司股票被终止在上交所上市,阳川化工将转入退市板块。", known_names=REGISTRY)) == []


def test_officers_counted_beside_the_company_are_no_statistic():
    text = "4月16日晚间,阳川化工及其董事长张三等6名相关负责人被追责,浙江证监局对其出具警示函。"
    assert actions(run(text, "2025-04-20", known_names=REGISTRY)) == [("阳川化工", "warning_letter", "2025-04-16")]


def test_a_letter_of_supervisory_concern_by_its_full_title_is_a_concern_letter():
    text = "阳川化工公告称,2017年8月21日,宁波证监局下达了《关于对宁波阳川化工股份有限公司予以监管关注的函》。"
    assert actions(run(text, "2018-06-01", known_names=REGISTRY)) == [("阳川化工", "concern_letter", "2017-08-21")]


def test_a_change_or_a_measure_guessed_at_is_none():
    for text in ("有专家认为,阳川化工大概率会被终止上市。", "阳川化工恐将被实施退市风险警示。", "阳川化工或许会被证监会立案调查。"):
        result = run(text, known_names=REGISTRY)
        assert statuses(result) == [] and actions(result) == [], text


def test_what_an_investigation_under_way_found_is_no_new_investigation():
    text = "1月29日晚间,证监会发布公告称,在依法对阳川化工涉嫌信息披露违法违规立案调查中初步查实,公司年报存在虚假记载。"
    assert actions(run(text, "2021-01-31", known_names=REGISTRY)) == []
    text = "1月29日,证监会决定对阳川化工立案调查。"
    assert actions(run(text, "2021-01-31", known_names=REGISTRY)) == [("阳川化工", "investigation", "2021-01-29")]


def test_a_change_told_as_done_right_before_a_name_is_that_companys():
    text = "日前因2005年继续亏损而终止上市的*ST岳林今日公告。"
    assert statuses(run(text, "2006-06-01", known_names=REGISTRY)) == [("*ST岳林", "*ST", "delisted", None)]
    # The day inside the description dates it; the day the sentence opens with is another event's.
    text = "已于2023年6月5日终止上市的阳川化工今日公告。"
    assert statuses(run(text, known_names=REGISTRY)) == [("阳川化工", None, "delisted", "2023-06-05")]
    text = "5月20日,已被实施退市风险警示的*ST岳林公告称,公司收到问询函。"
    assert statuses(run(text, known_names=REGISTRY)) == [("*ST岳林", None, "*ST", None)]
    # Not one that may come, nor one told of no company named.
    for text in ("可能被终止上市的*ST岳林今日公告。", "已被实施退市风险警示的公司今日公告。"):
        assert statuses(run(text, known_names=REGISTRY)) == [], text


def test_a_notice_received_after_hours_dates_the_penalties_told_paragraphs_later():
    text = ("阳川化工对外担保总额超1亿元\n日前,阳川化工披露,公司已于近日完成了工商变更登记手续。\n"
            "2021年11月16日盘后,阳川化工发布公告称,公司收到浙江证监局下发的《行政处罚事先告知书》。\n"
            "浙江证监局拟决定对阳川化工给予警告,并处以100万元罚款。")
    assert sorted(actions(run(text, None, known_names=REGISTRY))) == [
        ("阳川化工", "fine", "2021-11-16"), ("阳川化工", "warning", "2021-11-16")]


def test_a_fine_decided_on_a_full_day_is_no_proposal_of_the_later_notice():
    text = ("阳川化工公布的《行政处罚及市场禁入事先告知书》显示,证监会拟对公司罚款60万元,合计罚款575万元。"
            "而2019年5月21日,阳川化工及17名责任人因未及时披露年报而被合计罚款102万元。")
    result = run(text, "2019-07-01", known_names=REGISTRY)
    fines = [(r["date"], bool(r.get("proposed"))) for r in result["enforcement_actions"] if r["measure"] == "fine"]
    assert fines == [(None, True), ("2019-05-21", False)]


def test_an_investigation_told_as_not_over_is_not_the_days_own():
    text = ("阳川化工公告称,公司于5月12日收到广西证监局出具的调查通知书,决定对公司立案调查。"
            "昨晚,阳川化工公告称,由于公司被立案调查尚未结束,故决定终止本次重组。")
    assert actions(run(text, "2015-06-30", known_names=REGISTRY)) == [("阳川化工", "investigation", "2015-05-12")]


def test_a_warning_to_the_sponsor_representatives_is_not_the_clients():
    text = ("阳川化工的保荐机构示例证券收到罚单:证监会拟没收示例证券阳川化工发行上市项目业务收入2555万元,"
            "暂停其保荐机构资格3个月;对两位保荐代表人给予警告。")
    assert [m for _, m, _ in actions(run(text, "2013-08-23", known_names=REGISTRY))] == []


def test_an_unknown_name_with_a_usual_ending_is_a_company_before_a_measure():
    result = run("证监会拟对示例动力及相关责任人员给予警告,处以合计3080万元罚款。", None)
    assert [(r["company"], r["measure"]) for r in result["enforcement_actions"]] == [
        ("示例动力", "warning"), ("示例动力", "fine")]
    # A common noun with no such ending is none.
    assert run("证监会拟对市场秩序及相关责任人员给予警告。", None)["enforcement_actions"] == []


def test_a_penalty_told_as_an_amount_of_fines_and_confiscations_is_a_fine():
    result = run("证监会对阳川化工涉嫌信息披露违法违规系列案件处以943万元罚没款。", None, known_names=REGISTRY)
    assert [(r["company"], r["measure"], r["amount_yuan"]) for r in result["enforcement_actions"]] == [
        ("阳川化工", "fine", 9430000)]


def test_a_regulator_carrying_out_a_fine_without_its_amount_is_a_fine():
    text = "2012年阳川化工虚增收入约45.5亿元。对此,中国证监会当时对该公司及数名高管进行了罚款。"
    assert actions(run(text, None, known_names=REGISTRY)) == [("阳川化工", "fine", None)]
    # Not the company's own fine on someone else, with no regulator named.
    assert actions(run("阳川化工将对违规减持股东进行罚款。", None, known_names=REGISTRY)) == []


def test_a_delisting_told_as_done_right_before_a_name_is_that_companys():
    text = "同为问题股的还有因触及交易类退市指标于2024年2月摘牌的阳川化工、今年7月因财务类指标退市的东方资讯。"
    assert statuses(run(text, "2025-10-31", known_names=REGISTRY)) == [
        ("阳川化工", None, "delisted", None), ("东方资讯", None, "delisted", None)]
    text = "去年已退至老三板的*ST岳林今日公告。"
    assert statuses(run(text, "2025-10-31", known_names=REGISTRY)) == [("*ST岳林", "*ST", "delisted", None)]
    # One to come, or feared, or told of no company: none.
    for text in ("即将退市的阳川化工今日公告。", "面临退市的阳川化工今日公告。", "将于7月退市的阳川化工今日公告。",
                 "今年已退市的公司有12家。"):
        assert statuses(run(text, "2025-10-31", known_names=REGISTRY)) == [], text


def test_two_days_and_two_documents_received_one_after_the_other_pair_up():
    text = "2019年5月17日和18日,*ST岳林接连收到深交所的年报问询函和深圳证监局的《行政监管措施决定书》。"
    assert actions(run(text, "2019-06-01", known_names=REGISTRY)) == [
        ("*ST岳林", "inquiry_letter", "2019-05-17"), ("*ST岳林", "other", "2019-05-18")]
    # A decision that names its measure is that measure, not one more.
    assert actions(run("*ST岳林收到深圳证监局出具警示函的行政监管措施决定书。", None, known_names=REGISTRY)) == [
        ("*ST岳林", "warning_letter", None)]


def test_the_day_a_debt_was_finally_paid_within_its_period_is_no_deadline():
    text = "阳川化工控股股东提出在2023年1月27日前归还全部资金,且最终在一个月内(2023年1月20日)偿还完毕。"
    assert [d["due_date"] for d in run(text, "2023-02-10", known_names=REGISTRY)["deadlines"]] == ["2023-01-27"]
    text = "阳川化工控股股东须在一个月内(2023年1月20日前)偿还完毕。"
    assert [d["due_date"] for d in run(text, "2023-02-10", known_names=REGISTRY)["deadlines"]] == ["2023-01-20"]


def test_a_supervisory_measure_document_by_its_shorter_name_is_a_measure():
    text = "2020年10月13日,阳川化工收到湖北证监局出具的行政监管措施书。"
    assert actions(run(text, "2020-10-20", known_names=REGISTRY)) == [("阳川化工", "other", "2020-10-13")]


def test_a_site_s_name_over_a_subheading_is_no_company_receiving_the_measure():
    text = ("昔日巨头被立案!女老板血亏2亿多元 - 示例要闻\n\n被证监会立案\n\n"
            "4月21日晚,阳川化工公告称,公司于当日收到中国证监会下发的《立案告知书》。")
    result = run(text, "2024-04-29", known_names=REGISTRY)
    assert company_names(result) == ["阳川化工"]
    assert actions(result) == [("阳川化工", "investigation", "2024-04-21")]


def test_neither_the_day_a_page_was_posted_nor_the_leads_dates_a_summary_of_measures():
    text = ("关于阳川化工财务造假事件的备忘录\n抱朴守拙2023-05-13发布于北京\n"
            "2022年2月11日,阳川化工收到中国证监会《立案告知书》。3月13日,阳川化工表示公司存在违规担保。"
            "针对此事件,中国证监会对阳川化工及相关人员实施了市场禁入等措施。")
    assert ("阳川化工", "market_ban", None) in actions(run(text, "2023-05-13", known_names=REGISTRY))


def test_the_day_of_a_delisting_that_describes_the_company_is_not_its_penaltys():
    text = ("10月31日晚间,阳川化工与东方资讯相继发布公告,确认收到行政处罚决定书。\n"
            "今年7月因财务类指标退市的阳川化工,则因财务造假被证监会处以公司及相关责任人合计2060万元的罚款。")
    assert ("阳川化工", "fine", "2025-10-31") in actions(run(text, "2025-11-03", known_names=REGISTRY))


def test_the_company_whose_stock_was_traded_on_inside_information_is_not_fined():
    text = ("告知书显示:示例集团涉嫌内幕交易阳川示例科技股份有限公司股票案已由证监会调查完毕,"
            "证监会依法拟对示例集团处以2.32亿元罚款。")
    assert actions(run(text, None)) == []


def test_a_portal_s_link_to_the_file_and_our_company_are_no_names():
    text = ("阳川化工:关于对深圳证券交易所半年报问询函的回复PDF查看PDF原文广东阳川化工科技股份有限公司关于对深圳证券交易所"
            "半年报问询函的回复\n2021年9月13日,广东阳川化工科技股份有限公司(以下简称“公司”、“我司”)收到贵部下发的"
            "《关于对广东阳川化工科技股份有限公司的半年报问询函》。")
    result = run(text, "2021-09-24", known_names=REGISTRY)
    assert full_and_short_names(result) == [("广东阳川化工科技股份有限公司", ["阳川化工"])]


def test_a_letter_a_headline_says_the_company_got_is_its_record():
    for text, measure in (("阳川化工实控人获警示函 1.38亿股遭冻结未告知", "warning_letter"),
                          ("阳川化工获监管函", "regulatory_letter")):
        assert actions(run(text, None, known_names=REGISTRY)) == [("阳川化工", measure, None)], text
    # An award is no letter.
    assert actions(run("阳川化工荣获警示函设计大赛一等奖。", None, known_names=REGISTRY)) == []


def test_a_label_given_as_done_with_了_is_a_change():
    assert statuses(run("7月7号复牌后,阳川化工就被实施了ST,股票一直跌停。", "2021-08-01", known_names=REGISTRY)) == [
        ("阳川化工", None, "ST", "2021-07-07")]


def test_letters_of_one_day_are_one_record_and_letters_counted_over_months_none():
    text = ("上周,沪深交易所共披露问询函22封,从阳川化工一天罕见收到3封关注函中即可看出监管之严。"
            "自今年8月份以来,深交所至少对阳川化工发出问询函件16封。11月2日,阳川化工连收三封关注函。")
    assert actions(run(text, "2018-11-05", known_names=REGISTRY)) == [("阳川化工", "concern_letter", "2018-11-02")]


def test_a_stock_ordered_off_or_taken_off_an_exchange_named_is_delisted():
    assert statuses(run("*ST岳林自本年7月底于深交所摘牌。", "2024-10-01", known_names=REGISTRY)) == [
        ("*ST岳林", "*ST", "delisted", None)]
    assert statuses(run("ST青岚因为连续20个交易日收市价低于1元,被下令退市。", "2024-10-01", known_names=REGISTRY)) == [
        ("ST青岚", "ST", "delisted", None)]
    # To come on no day, or if: none.
    for text in ("*ST岳林将于深交所摘牌。", "若ST青岚被强制退市,投资者将受损。"):
        assert statuses(run(text, "2024-10-01", known_names=REGISTRY)) == [], text


def test_the_company_first_of_those_each_given_a_letter_beside_its_auditor_is_one():
    text = "2020年11月、12月,四川证监局分别对阳川化工、负责阳川化工审计的示例会计师事务所及两名签字注册会计师下达警示函。"
    assert actions(run(text, "2021-08-01", known_names=REGISTRY)) == [("阳川化工", "warning_letter", None)]
    # The auditor alone, its client named only as such: no record.
    text = "四川证监局对负责阳川化工审计的示例会计师事务所下达警示函。"
    assert actions(run(text, "2021-08-01", known_names=REGISTRY)) == []


def test_a_company_the_exchange_required_to_delist_under_its_former_full_name():
    text = "示例退即是原安徽阳川示例环保(集团)股份有限公司,上月被深交所要求退市。"
    result = run(text, "2020-08-01")
    assert full_and_short_names(result) == [("安徽阳川示例环保(集团)股份有限公司", [])]
    assert statuses(result) == [("安徽阳川示例环保(集团)股份有限公司", None, "delisted", None)]
    assert statuses(run("若阳川化工被深交所要求退市,将转入退市板块。", None, known_names=REGISTRY)) == []


def test_an_industry_word_in_a_full_name_is_no_st_core_of_another_company():
    # The registry's *ST环保 has the core 环保; the full name below holds it only as its industry.
    registry = {**REGISTRY, "*ST环保": "code:000730"}
    result = run("安徽盛运示例环保(集团)股份有限公司上月被深交所要求退市。", "2020-08-01", known_names=registry)
    assert [(c["full_name"], c["code"]) for c in result["companies"]] == [("安徽盛运示例环保(集团)股份有限公司", None)]


def test_a_word_of_a_full_name_that_starts_like_a_preposition_is_kept():
    text = "证券代码:300400证券简称:劲拓示例\n深圳市劲拓自动化设备股份有限公司\n关于对深圳证券交易所关注函回复的公告\n公司于2021年7月7日收到深交所关注函。"
    assert full_and_short_names(run(text, "2021-07-13"))[0][0] == "深圳市劲拓自动化设备股份有限公司"


def test_a_weekday_s_afternoon_or_a_name_with_its_adverb_is_no_announcer():
    text = "阳川化工(600902)周一下午发布公告称,深交所将对公司股票交易实行“退市风险警示”的特别处理。"
    assert company_names(run(text, "2016-05-03", known_names=REGISTRY)) == ["阳川化工"]
    text = "早在2016年12月27日,还没有“戴帽”的示例千里曾公告称,由于涉嫌信披违法违规,被证监会立案调查。"
    assert all(not name.endswith("曾") for name in company_names(run(text, "2017-08-01")))


def test_a_listed_bank_applying_to_freeze_the_company_s_accounts_is_its_creditor():
    text = ("近日,阳川化工股价连日反弹。公司收到法院裁定书,交通银行申请冻结公司的5个银行账户共计5566万元。"
            "公司股票自2023年10月9日起被实施其他风险警示。")
    assert statuses(run(text, "2023-10-10", known_names={**REGISTRY, "交通银行": "code:601328"})) == [
        ("阳川化工", None, "ST", "2023-10-09")]


def test_other_risk_warning_with_the_plain_st_name_after_lifts_the_star():
    text = ("6月8日,*ST岳林公告,公司股票于6月9日停牌一天,并于6月10日起复牌。"
            "公司股票6月10日起被实行其他风险警示,股票简称变更为“ST岳林”。")
    assert statuses(run(text, "2020-06-09", known_names=REGISTRY)) == [("*ST岳林", "*ST", "ST", "2020-06-10")]
    text = "6月8日,*ST岳林公告,公司股票6月10日起被实行其他风险警示。"
    assert statuses(run(text, "2020-06-09", known_names=REGISTRY)) == [("*ST岳林", "*ST", "*ST", "2020-06-10")]


def test_ending_the_listing_of_a_full_name_with_a_three_character_core():
    text = "关于终止示例鸟股份有限公司股票上市的公告\n2024年3月22日,上交所决定终止示例鸟股份有限公司股票上市。"
    assert full_and_short_names(run(text, "2024-03-22")) == [("示例鸟股份有限公司", [])]


def test_a_posted_day_that_does_not_exist_dates_nothing_and_breaks_nothing():
    text = ("ST青岚:关于对青岚示例科技股份有限公司有关责任人予以监管警示的决定 下载公告\n公告日期:2025-02-30\n\n"
            "上海证券交易所\n\n监管措施决定书\n\n〔2025〕12号\n\n关于对青岚示例科技股份有限公司有关\n\n责任人予以监管警示的决定\n\n"
            "当事人:\n\n曾 明,青岚示例科技股份有限公司时任董事长。")
    result = run(text, published=None, known_names=REGISTRY)
    assert [(r["company"], r["measure"], r["date"]) for r in result["enforcement_actions"]] == [("ST青岚", "other", None)]


def test_the_first_year_counted_from_a_warning_takes_no_day_and_the_exchange_s_power_to_delist_is_no_change():
    text = ("阳川化工股票交易自2022年4月8日起被实施退市风险警示。2022年4月29日,公司被实施退市风险警示后首个会计年度"
            "财务会计报告显示,公司净资产为负值。")
    assert statuses(run(text, "2022-06-01", known_names=REGISTRY)) == [("阳川化工", None, "*ST", "2022-04-08")]
    text = "根据规定,公司股票连续二十个交易日收盘价低于面值,深圳证券交易所有权终止阳川化工股票上市交易。"
    assert statuses(run(text, "2018-10-17", known_names=REGISTRY)) == []


def test_other_risk_warning_after_the_star_said_lifted_is_no_stacking():
    for text in ("退市警示刚撤销,*ST岳林6月10日起实行其他风险警示",
                 "*ST岳林公告,公司股票被实行退市风险警示的情形已消除,鉴于主营业务盈利能力较弱,"
                 "公司股票自2020年6月10日起被实行其他风险警示。"):
        assert statuses(run(text, "2020-06-09", known_names=REGISTRY)) == [("*ST岳林", "*ST", "ST", "2020-06-10")], text


def test_a_delisting_describing_a_company_after_a_word_for_a_subsidiary_breaks_nothing():
    # (Found by fuzzing: no company stands before the change, and the group check asked for the last one that did.)
    text = "控股子公司中,因触及交易类退市指标于2024年2月摘牌的东方资讯近日公告。"
    assert statuses(run(text, "2025-01-01", known_names=REGISTRY)) == [("东方资讯", None, "delisted", None)]


def test_the_core_of_a_labelled_a_share_name_is_no_plain_name():
    # "ST中华A" in the registry: "中华" of 中华人民共和国 is no company; "万科A" still makes 万科 one.
    text = "根据《中华人民共和国证券法》,证监会决定对公司立案调查。"
    assert run(text, known_names={"ST中华A": "code:000017"})["companies"] == []
    assert company_names(run("万科收到深交所关注函。", known_names={"万科A": "code:000002"})) == ["万科"]


def test_the_day_before_said_as_此前一天_dates_a_measure():
    text = "5月18日晚间,深交所对东方资讯给予公开谴责处分。此前一天,深交所刚刚发布对阳川化工的公开谴责处分公告。"
    assert actions(run(text, "2016-05-20", known_names=REGISTRY)) == [
        ("东方资讯", "public_censure", "2016-05-18"), ("阳川化工", "public_censure", "2016-05-17")]


def test_a_generic_word_in_a_header_s_name_field_breaks_nothing():
    # (Found by fuzzing: "公司" in the short name's place is registered as no company, and its code tied to none.)
    text = "股票代码:002354股票简称:公司\n2023年3月1日,阳川化工收到深交所关注函。"
    assert actions(run(text, "2023-03-02", known_names=REGISTRY)) == [("阳川化工", "concern_letter", "2023-03-01")]


def test_a_bureau_s_警告函_is_its_warning_letter_and_a_lawyer_s_is_none():
    # A reworded repost's word for 警示函; counted only where a regulator sends it.
    text = "阳川化工6月3日晚间公告,公司收到浙江证监局下发的警告函,因未及时披露关联交易。"
    assert actions(run(text, "2025-06-05", known_names=REGISTRY)) == [("阳川化工", "warning_letter", "2025-06-03")]
    text = "阳川化工6月3日公告,公司收到竞争对手发来的律师警告函,要求停止使用相关商标。"
    assert actions(run(text, "2025-06-05", known_names=REGISTRY)) == []


def test_a_short_name_declared_with_its_code_in_brackets_keeps_no_declaring_word():
    text = "2024年6月20日,证监会对阳川化工股份有限公司(简称阳川化工,600902)立案调查。"
    result = run(text, "2025-01-01")
    assert full_and_short_names(result) == [("阳川化工股份有限公司", ["阳川化工"])]
    assert actions(result) == [("阳川化工", "investigation", "2024-06-20")]


def test_a_bureau_s_decisions_on_the_company_and_on_its_controller_alone_are_one_measure():
    text = ("阳川化工及实际控制人张明远于2020年2月12日收到浙江证监局下发的《关于对阳川化工股份有限公司采取出具警示函措施"
            "的决定》[2020]14号和《关于对张明远采取出具警示函措施的决定》[2020]13号。")
    result = run(text, "2020-02-13", known_names=REGISTRY)
    assert [(a["measure"], a["date"], a["persons"]) for a in result["enforcement_actions"]] == [
        ("warning_letter", "2020-02-12", ["张明远"])]


def test_a_term_of_another_kind_than_an_order_s_falling_due_is_no_deadline():
    text = "7月6日,阳川化工公告称,董事长张明远授权董事李华代为履行董事长职责,授权期限于7月6日到期。"
    assert run(text, "2022-07-07", known_names=REGISTRY)["deadlines"] == []
    text = "阳川化工公告,浙江证监局对公司采取责令改正措施,整改期限将于2022年12月31日到期。"
    assert [d["due_date"] for d in run(text, "2022-07-07", known_names=REGISTRY)["deadlines"]] == ["2022-12-31"]


def test_the_name_of_a_delisting_period_is_no_removal():
    text = "*ST岳林公告,公司股票将于6月28日进入退市整理期交易,证券简称将由“*ST岳林”变更为“退市岳林”。"
    assert ("*ST", "normal") not in [(s[1], s[2]) for s in statuses(run(text, "2022-06-21", known_names=REGISTRY))]


def test_officers_titled_as_executive_vice_presidents_or_followed_by_their_group_word_are_persons():
    text = ("6月20日晚,*ST岳林公告称,海南证监局决定对公司、董事长密春雷、时任常务副总裁兼财务总监刘蕾、财务总监蔡泽华、"
            "董事会秘书何永祥等高管采取出具警示函的行政监管措施。")
    assert [a["persons"] for a in run(text, "2022-06-21", known_names=REGISTRY)["enforcement_actions"]] == [
        ["密春雷", "刘蕾", "蔡泽华", "何永祥"]]


def test_an_investigation_told_as_遭立案_is_one():
    text = "另外,阳川化工也遭立案,一季度末股东户数1.48万户。"
    assert actions(run(text, "2024-04-30", known_names=REGISTRY)) == [("阳川化工", "investigation", None)]


def test_the_regulator_a_reply_calls_贵所_is_the_one_it_is_addressed_to():
    text = ("关于阳川化工重组问询函的专项核查意见\n\n深圳证券交易所:\n\n根据贵所《关于对阳川化工股份有限公司的重组问询函》"
            "(中小板重组问询函(不需行政许可)[2016]第 12 号)涉及的核查要求,以及根据中国证券监督管理委员会2016年6月24日"
            "发布的《问题与解答》的相关要求,本独立财务顾问出具本专项核查意见。")
    assert [(a["measure"], a["regulator"]) for a in run(text, "2016-07-13", known_names=REGISTRY)["enforcement_actions"]] == [
        ("inquiry_letter", "深交所")]


def test_the_steps_after_a_delisting_decision_not_yet_made_are_no_delisting():
    text = "*ST岳林公告,公司股票被深交所作出终止上市决定后,公司股票在十五个交易日内摘牌,公司股票终止上市。"
    assert statuses(run(text, "2025-04-01", known_names=REGISTRY)) == []
    text = "*ST岳林公告,深交所作出终止上市决定后,公司股票已于3月5日摘牌。"
    assert statuses(run(text, "2025-04-01", known_names=REGISTRY)) == [("*ST岳林", "*ST", "delisted", "2025-03-05")]


def test_a_letter_sent_给_a_company_is_that_company_s():
    text = "深圳证券交易所于今年1月30日致关注函给阳川化工表示关注。"
    assert actions(run(text, "2023-02-10", known_names=REGISTRY)) == [("阳川化工", "concern_letter", "2023-01-30")]


def test_a_delisting_of_the_story_s_company_told_with_a_pronoun_is_its():
    text = ("回顾阳川化工的发展历程,其曾经的辉煌令人瞩目。命运的转折发生在2022年6月17日,这一天深圳证券交易所做出了"
            "终止其上市的决定。")
    assert statuses(run(text, "2023-02-10", known_names=REGISTRY)) == [("阳川化工", None, "delisted", "2022-06-17")]
    assert statuses(run("阳川化工近日发布公告。公司提示,深交所可能终止其上市。", "2023-02-10", known_names=REGISTRY)) == []


def test_a_letter_received_together_with_a_notice_takes_the_notice_s_day():
    text = ("5月26日,*ST岳林发布关于收到上海证券交易所拟终止公司股票上市事先告知书的公告。公告显示,公司于2023年5月26日"
            "收到上海证券交易所下发的《关于拟终止公司股票上市的事先告知书》。\n上述告知书称,截至2023年5月25日,公司股票"
            "已连续20个交易日的每日股票收盘价均低于人民币1元。\n在收到上述告知书的同时,*ST岳林的公告还显示,"
            "公司还收到上海证券交易所监管工作函。")
    assert actions(run(text, "2023-05-28", known_names=REGISTRY)) == [("*ST岳林", "work_letter", "2023-05-26")]


def test_the_day_a_paper_learned_of_a_measure_dates_it_and_an_acting_chairman_is_a_person():
    text = ("《证券日报》记者2月6日获悉,上交所在日常信息披露监管中发现,阳川化工存在违规行为。上交所决定,对阳川化工和"
            "时任董事长兼总经理刘效军、时任代董事长兼总经理任鸿虎、时任财务总监兼董事会秘书林旭南予以公开谴责。")
    assert [(a["measure"], a["date"], a["persons"]) for a in run(text, "2017-05-10", known_names=REGISTRY)[
        "enforcement_actions"]] == [("public_censure", "2017-02-06", ["刘效军", "任鸿虎", "林旭南"])]


def test_a_partner_named_with_the_amount_of_its_deal_is_no_subject_of_the_company_s_fine():
    text = ("2026年2月,阳川化工因与东方资讯 1200 亿元正极材料采购合作协议公告涉嫌误导性陈述,收到宁波证监局《行政处罚事先"
            "告知书》,公司及董事长、董秘合计拟被罚款 950 万元。")
    assert actions(run(text, known_names=REGISTRY)) == [("阳川化工", "fine", None)]


def test_the_day_a_report_made_wrong_by_the_violation_was_published_does_not_date_the_measure():
    text = ("阳川化工未披露相关对外担保信息,导致2015年9月10日发布的《发行股份购买资产暨关联交易报告书(修订稿)》及各年"
            "相关年度信息披露不准确。张明远作为阳川化工董事,是上述违规行为的主要责任人,被浙江证监局采取责令改正措施。")
    assert actions(run(text, "2021-02-23", known_names=REGISTRY)) == [("阳川化工", "rectification_order", None)]


def test_a_broker_s_opinion_on_the_company_s_letter_gives_the_letter_to_the_company():
    text = "阳川化工:海川证券股份有限公司关于深圳证券交易所关注函之核查意见2022-03-30"
    assert actions(run(text, "2022-03-30", known_names={**REGISTRY, "海川证券": "code:600999"})) == [
        ("阳川化工", "concern_letter", None)]


def test_questions_an_exchange_or_regulator_is_said_to_send_without_the_word_letter_are_an_inquiry_letter():
    for text in ("疑问重重的阳川化工,迎来了监管部门闪电问询。", "阳川化工遭深交所问询,要求说明资金占用情况。",
                 "5月14日,被高管“自曝家丑”的阳川化工再度被交易所问询\n"):
        assert [a[1] for a in actions(run(text, "2023-02-10", known_names=REGISTRY))] == ["inquiry_letter"], text
    for text in ("阳川化工董事长接受媒体问询。", "根据问询,阳川化工回复如下。"):
        assert actions(run(text, "2023-02-10", known_names=REGISTRY)) == [], text


def test_the_company_after_the_year_from_which_is_the_story_s_company():
    text = ("阳川化工近期两次权益变动公告引发市场关注。\n2005年起公司连续亏损,被上交所实施退市风险警示,2007年,海川集团"
            "入主阳川化工成为控股股东。")
    assert statuses(run(text, None, known_names=REGISTRY)) == [("阳川化工", None, "*ST", None)]


def test_a_day_said_on_or_before_is_a_deadline():
    text = "阳川化工公告,控股股东承诺于2019年4月30日或之前向公司偿还占用资金1.2亿元。"
    assert [(d["due_date"], d["amount_yuan"]) for d in run(text, "2019-01-10", known_names=REGISTRY)["deadlines"]] == [
        ("2019-04-30", 120000000)]


def test_the_hong_kong_exchange_is_no_company():
    text = "香港联交所曾于今年初公开谴责海川玻璃及公司现任董事长刘宝瑛。联交所公告称,上市委员会于2005年6月7日作出决定。"
    assert "联交所" not in [c["short_names"][0] for c in run(text, "2006-11-15", known_names=REGISTRY)["companies"]]


def test_an_old_full_name_holding_a_listed_short_name_in_order_is_that_company_s_not_an_st_core_s():
    known = {"*ST天龙": "code:300029", "天龙集团": "code:300063"}
    text = "2019年1月7日,深圳证券交易所作出《关于对广东天龙油墨集团股份有限公司及相关当事人给予通报批评处分的决定》。"
    assert [c["code"] for c in run(text, "2019-03-01", known_names=known)["companies"]] == ["300063"]
    assert [c["code"] for c in run(text, "2019-03-01", known_names=list(known))["companies"]] == [None]


def test_the_company_s_associate_named_by_its_kind_is_neither_part_of_its_name_nor_whom_公司_means():
    text = ("8月1日,深交所官网披露《关于对阳川化工股份有限公司的监管函》。监管函称,阳川化工同意向联营企业新疆西部示例牧业"
            "股份有限公司提供1,000万元借款。公司于2021年7月21日披露的《关于对深圳证券交易所年报问询函回复的公告》显示,"
            "公司尚有借款未收回。")
    result = run(text, "2021-08-01", known_names=REGISTRY)
    assert [c["full_name"] for c in result["companies"]] == ["阳川化工股份有限公司"]
    assert [a[:2] for a in actions(result)] == [("阳川化工", "regulatory_letter"), ("阳川化工", "inquiry_letter")]


def test_both_warnings_put_on_one_day_in_two_clauses_are_the_delisting_warning_and_the_other_stacked_on_it():
    for text in ("*ST岳林公告。深圳证券交易所自2021年4月29日起对公司股票交易实施“退市风险警示”;因触及上市规则第9.4条"
                 "情形,公司股票交易自2021年4月29日起被实施其他风险警示。",
                 "*ST岳林公告。公司股票交易自2021年4月29日起被实施其他风险警示;深圳证券交易所自2021年4月29日起对公司"
                 "股票交易实施退市风险警示。"):
        assert statuses(run(text, "2022-05-05", known_names=REGISTRY)) == [
            ("*ST岳林", None, "*ST", "2021-04-29"), ("*ST岳林", "*ST", "*ST", "2021-04-29")], text


def test_a_rename_told_with_就已_and_变成了_is_a_rename():
    text = "自2020年5月6日起,股票简称就已由“阳川化工”变成了“*ST阳川”。"
    assert statuses(run(text, "2024-10-01", known_names=REGISTRY)) == [("*ST阳川", "normal", "*ST", "2020-05-06")]


def test_other_special_treatment_put_on_is_the_other_risk_warning():
    text = "阳川化工发布公告称,公司股票交易自2011年9月2日开市时起被实行其他特别处理。"
    assert statuses(run(text, None, known_names=REGISTRY)) == [("阳川化工", None, "ST", "2011-09-02")]


def test_the_press_s_拟罚公司_is_a_proposed_fine_of_the_story_s_company():
    text = "阳川化工股价再度跌停。三天前证监会认定了这些问题,拟罚公司600万,董事长王某280万。"
    [fine] = run(text, None, known_names=REGISTRY)["enforcement_actions"]
    assert (fine["company"], fine["measure"], fine["amount_yuan"], fine.get("proposed")) == (
        "阳川化工", "fine", 6000000, True)


def test_a_round_up_s_measures_on_parties_counted_are_not_those_of_the_company_named_as_an_example():
    text = ("去年全年,监管部门办结了12宗披露违规的案子,对阳川化工等9家上市公司进行了行政处罚,其中对4家上市公司"
            "处以60万元顶格处罚,并对6名责任人员采取终身市场禁入措施。")
    assert actions(run(text, "2016-03-01", known_names=REGISTRY)) == []
    # The company's own fine, told with the others counted, stays its own.
    text = "证监会对阳川化工处以60万元罚款,并对3名责任人员采取市场禁入措施。"
    assert ("阳川化工", "fine", None) in actions(run(text, "2016-03-01", known_names=REGISTRY))


def test_the_measures_of_a_week_named_by_its_first_and_last_day_are_undated():
    text = ("仅在5月8日至5月14日这一周内,深交所便对阳川化工、东方资讯2家公司下发监管函,并对*ST岳林业绩预告修正严重滞后的"
            "违规行为进行纪律处分。")
    assert actions(run(text, "2017-05-18", known_names=REGISTRY)) == [
        ("阳川化工", "regulatory_letter", None), ("东方资讯", "regulatory_letter", None), ("*ST岳林", "other", None)]


def test_a_company_renamed_with_改名为_to_an_st_name_had_the_warning_put_on():
    text = "4月29日,阳川化工正式ST,改名为ST阳川。"
    assert statuses(run(text, "2022-05-13", known_names=REGISTRY)) == [("阳川化工", None, "ST", "2022-04-29")]
    assert statuses(run("阳川化工拟改名为ST阳川。", "2022-05-13", known_names=REGISTRY)) == []


def test_the_other_warning_said_to_go_on_was_not_stacked_with_the_delisting_warning():
    text = ("*ST岳林发布风险提示。公司目前已被实施退市风险警示及其他风险警示。公司股票交易自2024年4月23日起被实施"
            "退市风险警示。由于持续经营能力存疑,年报发布之后公司股票交易仍被继续实施其他风险警示。")
    assert statuses(run(text, "2024-12-05", known_names=REGISTRY)) == [("*ST岳林", None, "*ST", "2024-04-23")]
    text = "*ST岳林公告。4月23日开市起,公司股票被一并实施退市风险警示和其他风险警示。"
    assert len(statuses(run(text, "2024-12-05", known_names=REGISTRY))) == 2


def test_a_measure_said_to_come_at_last_is_not_dated_by_the_day_of_the_measures_before_it():
    text = ("阳川化工造假一案始末。2024年12月3日记者披露此事,上交所随即发出问询函,证监会12月5日立案调查,最终对上市公司处以"
            "1000万元罚款,对9名责任人合计罚款2050万元。")
    [fine] = [r for r in run(text, "2026-01-05", known_names=REGISTRY)["enforcement_actions"] if r["measure"] == "fine"]
    assert (fine["company"], fine["date"]) == ("阳川化工", None)


def test_a_warning_put_on_对其_is_put_on_the_story_s_company():
    text = "阳川化工可能触及重大违法强制退市情形。上交所将自6月17日起对其实施退市风险警示,请投资者注意投资风险。"
    assert statuses(run(text, "2025-06-16", known_names=REGISTRY)) == [("阳川化工", None, "*ST", "2025-06-17")]


def test_the_reply_to_a_review_s_审核意见函_put_off_to_a_day_is_a_deadline():
    text = "阳川化工表示,已获上交所同意,公司会延期至2020年4月15日前披露对《审核意见函》的回复。"
    assert [(d["company"], d["due_date"]) for d in run(text, "2020-04-08", known_names=REGISTRY)["deadlines"]] == [
        ("阳川化工", "2020-04-15")]


def test_a_warning_given_or_a_written_undertaking_asked_is_a_measure_of_the_one_kind_either_way():
    text = "在北交所,阳川化工、东方资讯等公司过去都因披露不及时被口头警示或要求提交书面承诺。"
    assert actions(run(text, "2022-08-20", known_names=REGISTRY)) == [
        ("阳川化工", "other", None), ("东方资讯", "other", None)]
    # Two measures of different kinds, one or the other: which is not said.
    assert actions(run("阳川化工收到了监管警示或立案调查。", "2022-08-20", known_names=REGISTRY)) == []


def test_再_after_an_announcer_s_name_is_not_part_of_it():
    text = "周五晚上,示例国际再发公告称,其已收到广东证监局出具的《行政监管措施决定书》。"
    assert company_names(run(text, "2019-05-20")) == ["示例国际"]


def test_the_stock_s_trading_put_under_a_warning_from_a_day_is_the_story_s_company_s():
    text = ("阳川化工的年审机构对其内部控制出具了否定意见。因此,按照规定股票交易自2023年5月8日起被"
            "实施“其他风险警示”。")
    assert statuses(run(text, None, known_names=REGISTRY)) == [("阳川化工", None, "ST", "2023-05-08")]


def test_the_trading_day_before_a_warning_whose_price_is_counted_from_dates_no_change():
    text = ("5月19日,阳川化工复牌摘帽。当日收盘价比去年9月18日即被戴帽的前一个交易日高出两倍多。\n"
            "与阳川化工同日起摘帽的还有另外7家公司。")
    assert statuses(run(text, "2021-05-20", known_names=REGISTRY)) == [("阳川化工", None, "normal", "2021-05-19")]


def test_the_delisting_warning_lifted_with_other_special_treatment_kept_leaves_st():
    text = "阳川化工公告,经深交所批准,公司股票撤销退市风险警示,同时保留其他特别处理。"
    assert [s[1:3] for s in statuses(run(text, "2006-11-21", known_names=REGISTRY))] == [("*ST", "ST")]


def test_an_officer_the_story_introduced_investigated_on_suspicion_is_the_company_s_record():
    text = ("阳川化工发布公告,中国证监会对阳川化工控股股东赵德山作出行政处罚。\n2017年5月25日,赵德山因涉嫌违法违规被"
            "中国证监会立案调查。")
    [record] = [r for r in run(text, "2020-06-01", known_names=REGISTRY)["enforcement_actions"]
                if r["measure"] == "investigation"]
    assert (record["company"], record["date"], record["persons"]) == ("阳川化工", "2017-05-25", ["赵德山"])


def test_a_name_holding_家_declared_with_its_code_is_a_company():
    text = "1月9日晚间,御家示(300740.SZ)收到深交所的问询函,须说明是否蹭热点。"
    assert [(c["short_names"], c["code"]) for c in run(text, "2020-01-10")["companies"]] == [(["御家示"], "300740")]
    assert company_names(run("其中3家公司收到深交所问询函。", "2020-01-10")) == []


def test_a_quote_left_open_before_the_measure_keeps_the_person_it_is_taken_on():
    text = ("阳川化工(600902.SH)发布公告称,因董事会秘书邱某某的配偶短线交易。对此,上海证监局决定对邱某某“采取出具"
            "警示函的行政监管措施。")
    [letter] = run(text, "2022-08-20", known_names=REGISTRY)["enforcement_actions"]
    assert (letter["company"], letter["measure"], letter["persons"]) == ("阳川化工", "warning_letter", ["邱某某"])


def test_a_work_letter_sent_with_发_after_a_topic_is_the_company_s():
    text = "上交所8月4日公告,就理财产品到期未兑付一事对阳川化工发监管工作函。"
    assert actions(run(text, "2023-08-05", known_names=REGISTRY)) == [("阳川化工", "work_letter", "2023-08-04")]


def test_letters_sent_on_each_of_days_listed_are_one_letter_a_day():
    text = "ST青岚公告。我部分别于2020年10月9日、2020年11月16日就募集资金去向向你公司发出问询函。"
    assert [a[2] for a in actions(run(text, "2021-01-25", known_names=REGISTRY))] == ["2020-10-09", "2020-11-16"]


def test_the_letter_a_reply_says_the_exchange_sent_on_a_day_is_the_issuer_s_of_that_day():
    text = ("证券代码:600902 证券简称:阳川化工 公告编号:2023-062\n阳川化工股份有限公司关于对深圳证券交易所关注函的回复公告\n"
            "深圳证券交易所:\n贵所于2023年11月20日下发的《关注函》已收悉,现将相关情况说明如下。")
    assert [a[1:] for a in actions(run(text, "2023-11-22", known_names=REGISTRY))] == [("concern_letter", "2023-11-20")]


def test_a_penalty_given_公司_is_the_story_s_company_s_and_a_delisting_not_done_is_none():
    text = ("阳川化工已连亏四年。证监会给予公司警告,同时处以50万元罚款。然而,阳川化工却不被强制退市,市场颇感"
            "意外。")
    result = run(text, "2014-05-22", known_names=REGISTRY)
    assert [a[:2] for a in actions(result)] == [("阳川化工", "warning"), ("阳川化工", "fine")]
    assert statuses(result) == []


def test_最近_after_an_announcer_s_name_is_not_part_of_it():
    text = "示例股份最近公告称,公司日前接到中国证监会立案调查通知书。"
    assert company_names(run(text, "2005-07-22")) == ["示例股份"]


def test_却_after_an_announcer_s_name_is_not_part_of_it():
    text = "示例智慧却在5月3日公告称,公司前一日已接到中国证监会的调查通知书。"
    assert company_names(run(text, "2015-05-05")) == ["示例智慧"]


def test_a_headline_s_penalty_with_its_amount_in_万_is_a_fine():
    [fine] = run("阳川化工夸大宣传,被顶格处罚60万", "2018-06-01", known_names=REGISTRY)["enforcement_actions"]
    assert (fine["measure"], fine["amount_yuan"]) == ("fine", 600000)
    assert actions(run("阳川化工被处罚60万股。", "2018-06-01", known_names=REGISTRY)) == []


def test_a_company_answering_a_letter_was_sent_that_letter():
    text = "11月10日晚间,备受资本关注的阳川化工回复关注函,就股价短期涨幅较大的原因作出说明。"
    assert actions(run(text, "2021-11-11", known_names=REGISTRY)) == [("阳川化工", "concern_letter", None)]
    assert actions(run("公司回复关注函称,相关事项正常。", "2021-11-11", known_names=REGISTRY)) == []


def test_an_exchange_s_questions_on_the_company_s_matters_told_as_done_are_an_inquiry_letter():
    text = "4月22日,阳川化工(600902.SH)发布公告称,上交所对公司迟迟未被注入资产等事项进行了问询。"
    assert actions(run(text, "2021-04-25", known_names=REGISTRY)) == [("阳川化工", "inquiry_letter", "2021-04-22")]
    assert actions(run("阳川化工公告称,公司未被上交所问询。", "2021-04-25", known_names=REGISTRY)) == []


def test_a_company_saying_something_in_its_reply_to_a_letter_was_sent_that_letter():
    for text in ("此前阳川化工于10月29日在关注函回函中称,白酒业务仍在筹划。",
                 "东方资讯直到11月30日才在问询函回复公告中就互动平台的说法作出解释。"):
        assert [a[1:] for a in actions(run(text, "2021-12-01", known_names=REGISTRY))] == [
            (a, None) for a in ("concern_letter" if "关注" in text else "inquiry_letter",)], text


def test_an_unknown_item_of_a_list_of_companies_closed_by_its_count_is_a_company():
    text = "周三,骅示文化、阳川化工、东方资讯三家公司纷纷收到深交所关注函。"
    assert [a[0] for a in actions(run(text, "2018-09-27", known_names=REGISTRY))] == ["骅示文化", "阳川化工", "东方资讯"]
    assert actions(run("张三、李四、王五均被证监会警告。", "2018-09-27", known_names=REGISTRY)) == []


def test_a_full_name_two_names_of_one_company_fit_takes_that_company_s_code():
    # The registry knows 600951 by its ST name and by two names it bore before; the page writes its full name alone.
    known = WHOLE_REGISTRY | {"ST岚珠": "code:600951", "岚珠医疗": "code:600951", "岚珠控股": "code:600951"}
    text = "上交所决定对岚珠医疗控股股份有限公司、控股股东珠海岚珠集团股份有限公司及有关责任人予以纪律处分。"
    result = run(text, "2021-10-12", known_names=known)
    assert [(c["full_name"], c["code"]) for c in result["companies"]] == [("岚珠医疗控股股份有限公司", "600951")]
    assert [a["company_code"] for a in result["enforcement_actions"]] == ["600951"]
    # Two companies' names fitting it leave it without a code.
    known = known | {"岚珠控股": "code:600952"}
    assert [c["code"] for c in run(text, "2021-10-12", known_names=known)["companies"]] == [None]


def test_a_name_the_registry_gives_the_company_that_the_page_declares_its_shareholder_s_stays_the_shareholder_s():
    # "当代示例" was 600979's name years ago; today it is its controlling shareholder's short name.
    known = REGISTRY | {"人示医药": "code:600979", "当代示例": "code:600979"}
    text = ("10月22日晚间,人示医药公告,公司及控股股东武汉当代示例产业集团股份有限公司(以下简称“当代示例”)收到立案"
            "告知书,中国证监会决定对公司及当代示例立案。")
    result = run(text, "2024-10-23", known_names=known)
    assert [(c["short_names"], c["code"]) for c in result["companies"]] == [(["人示医药"], "600979")]
    assert [(a["company"], a["measure"]) for a in result["enforcement_actions"]] == [("人示医药", "investigation")]


def test_a_full_name_of_a_known_three_character_name_and_a_common_trade_word_is_that_company_s():
    # "希示尔" was 002985's name before the page's "雪示发展"; the full name adds the trade the company named itself by.
    known = REGISTRY | {"希示尔": "code:002985", "雪示发展": "code:002985"}
    text = ("周二晚间雪示发展(002985.SZ)披露,公司当天接到证监会的立案告知书:希示尔男装股份有限公司涉嫌信息披露违法"
            "违规,证监会决定对公司立案。雪示发展的前身是服装上市公司希示尔,今年8月才更名。")
    result = run(text, "2021-10-13", known_names=known)
    assert [(c["full_name"], c["code"]) for c in result["companies"]] == [("希示尔男装股份有限公司", "002985")]
    assert [(a["company_code"], a["measure"]) for a in result["enforcement_actions"]] == [("002985", "investigation")]


def test_a_bureau_s_notice_to_rectify_within_a_time_limit_is_a_rectification_order():
    # The name a bureau's order after its inspection went by in the 2000s, before 责令改正.
    for text in ("2006年8月3日,阳川化工收到示例证监局下发的《限期整改通知书》,指出公司治理方面的问题。",
                 "示例证监局于2006年8月3日向阳川化工下发了《关于阳川化工股份有限公司限期整改的通知》。",
                 "2006年8月3日,阳川化工收到示例证监局《整改通知》。"):
        assert actions(run(text, "2006-08-05", known_names=REGISTRY)) == [
            ("阳川化工", "rectification_order", "2006-08-03")], text
    # The notice told again, by what it asks: no second order.
    assert actions(run("阳川化工已按整改通知书的要求完成整改。", "2006-08-05", known_names=REGISTRY)) == []


def test_an_order_to_rectify_with_the_company_named_between_verb_and_order():
    for text in ("因上述问题,示例证监局于2005年3月2日责令ST青岚进行整改。",
                 "示例证监局于2005年3月2日责令阳川化工限期整改。",
                 "阳川化工公告,示例证监局于2005年3月2日责令该公司切实整改,并对相关责任人进行内部问责。"):
        assert [a[1:] for a in actions(run(text, "2005-03-05", known_names=REGISTRY))] == [
            ("rectification_order", "2005-03-02")], text


def test_a_change_describing_the_company_named_after_it_is_not_the_listed_companies_before():
    known = REGISTRY | {"示例汽车": "code:600997"}
    text = "阳川化工、东方资讯,以及8月28日正式摘牌退市的示例汽车,均为示例系成员,实际控制人为同一人。"
    assert statuses(run(text, "2024-09-01", known_names=known)) == [("示例汽车", None, "delisted", "2024-08-28")]
    text = "今年3月又被实施退市风险警示的*ST岳林发布公告称,公司收到问询函。"
    assert statuses(run(text, "2024-09-01", known_names=known)) == [("*ST岳林", None, "*ST", None)]


def test_a_letter_near_the_sentence_s_start_is_kept_when_a_reply_s_title_follows():
    # The letter opens the sentence; the title of the reply it asks about comes later in the same sentence.
    text = ("2021年3月8日,上交所向阳川化工(600902)发出问询函,针对“2021年3月5日,你公司披露对《关于对阳川化工股份有限公司"
            "收购资产预案的问询函》的回复公告”一事,要求公司补充说明。")
    assert actions(run(text, "2021-03-09", known_names=REGISTRY)) == [("阳川化工", "inquiry_letter", "2021-03-08")]


def test_a_full_name_in_a_title_cut_inside_its_opening_words_loses_them():
    text = ("证券代码:600902 证券简称:阳川化工\n一、最近五年被采取监管措施的情况\n"
            "于对阳川示例化工股份有限公司和时任董事会秘书周某予以监管关注的决定》(上证公监函〔2020〕0051号)")
    result = run(text, None, known_names=REGISTRY)
    assert [c["full_name"] for c in result["companies"]] == ["阳川示例化工股份有限公司"]
    assert [a["persons"] for a in result["enforcement_actions"]] == [["周某"]]


def test_a_rule_about_a_class_of_listed_companies_is_no_change_of_the_story_s_company():
    text = ("*ST岳林公告称,公司股票收盘价已连续15个交易日低于1元。*ST岳林表示,根据上市规则的相关规定,在本所仅发行A股"
            "股票的上市公司,经本所交易系统连续二十个交易日的每日收盘价都低于1元,深交所终止其股票上市交易。")
    assert statuses(run(text, "2024-06-10", known_names=REGISTRY)) == []


def test_a_delisting_told_as_all_but_certain_is_no_change():
    for text in ("记者了解到,*ST岳林因触及重大违法退市情形,被强制退市已基本成为定局。",
                 "上市二十年的*ST岳林,终因多年财务造假走上被强制退市之路,或将成为今年第五家重大违法退市公司。",
                 "*ST岳林股价连续多日低于面值,触动终止上市红线。"):
        assert statuses(run(text, "2024-07-15", known_names=REGISTRY)) == [], text


def test_questions_on_a_listing_application_under_review_are_no_supervisory_letter():
    known = REGISTRY | {"青岚家居": "code:831999"}
    for text in ("拟进入精选层的青岚家居(831999)的申报材料4月28日被全国股转公司受理,5月12日收到问询函,共40问。",
                 "青岚家居收到《关于青岚示例家居股份有限公司在精选层挂牌的申请文件的审查问询函》。"):
        assert actions(run(text, "2020-05-15", known_names=known)) == [], text


def test_a_subsidiary_s_fine_with_no_securities_regulator_is_no_record():
    text = "阳川化工公告,公司全资子公司示例建设有限公司因未批先建,被处以150万元罚款,直接责任人周某被处以15万元罚款。"
    assert actions(run(text, "2024-12-20", known_names=REGISTRY)) == []
    # A fine for what a subsidiary did is still the company's.
    text = "阳川化工因子公司虚增收入,被处以150万元罚款。"
    assert [a[1] for a in actions(run(text, "2024-12-20", known_names=REGISTRY))] == ["fine"]


def test_a_bureau_s_letter_the_headline_calls_a_regulatory_letter_is_its_warning_letter():
    text = ("东方资讯收到北京证监局监管函\n"
            "东方资讯(300904)1月16日收到北京证监局出具的《关于对东方资讯、周某采取出具警示函措施的决定》。")
    assert actions(run(text, "2026-01-19", known_names=REGISTRY)) == [("东方资讯", "warning_letter", "2026-01-16")]


def test_a_loan_s_agreed_repayment_day_is_no_deadline():
    text = ("2019年4月,示例投资向阳川化工出借资金共8000万元,期限半年,双方约定2019年10月20日之前清偿完毕。"
            "阳川化工因资金占用被证监会立案调查。")
    assert run(text, "2020-01-10", known_names=REGISTRY)["deadlines"] == []


def test_a_portal_s_rights_link_inside_a_full_name_does_not_hide_the_report_s_day():
    text = ("2022年7月11日,阳川示例(维权)股份有限公司(简称:阳川化工;代码:600902)发布《关于收到行政处罚事先告知书的公告》。\n"
            "到2021年9月末,公司期货亏损已达4000万元,公司迟至2022年1月27日才予以披露。\n"
            "故示例证监局拟决定:对阳川化工及相关责任人员责令改正,给予警告,并各处罚款。")
    result = run(text, None, known_names=REGISTRY)
    assert [c["full_name"] for c in result["companies"]] == ["阳川示例股份有限公司"]
    assert actions(result) == [("阳川化工", "rectification_order", "2022-07-11"), ("阳川化工", "warning", "2022-07-11"),
                               ("阳川化工", "fine", "2022-07-11")]


def test_an_exchange_ending_the_listing_of_the_company_just_named():
    text = ("*ST岳林股票连续二十个交易日收盘价低于面值。8月19日,深交所作出决定:决定公司股票终止上市。")
    assert [(s[0], s[2]) for s in statuses(run(text, "2019-08-24", known_names=REGISTRY))] == [("*ST岳林", "delisted")]


def test_a_company_described_by_its_open_case_has_that_investigation_undated():
    for text in ("3月5日,正在接受证监会立案调查的阳川化工公告称,公司为控股股东提供的担保已涉及诉讼。",
                 "3月5日,被证监会立案调查的阳川化工公告称,公司为控股股东提供的担保已涉及诉讼。"):
        assert actions(run(text, "2019-03-08", known_names=REGISTRY)) == [("阳川化工", "investigation", None)], text


def test_a_warning_given_or_its_label_put_on_is_a_change():
    for text, label in (("按上交所的有关规定,ST青岚股票从2018年5月24日起将被给予其他风险警示。", "ST"),
                        ("*ST岳林自2025年4月30日起被给予“退市风险警示”。", "*ST"),
                        ("因2024年净资产为负,*ST岳林的股票于2025年4月30日开市起被实施“*ST”标识。", "*ST")):
        assert [(s[2], s[3]) for s in statuses(run(text, "2025-05-10", known_names=REGISTRY))] == [
            (label, "2025-04-30" if label == "*ST" else "2018-05-24")], text


def test_the_first_three_characters_of_a_declared_name_are_no_name_of_their_own():
    known = REGISTRY | {"*ST岚丰": "code:002913", "岚丰生化": "code:002913"}
    text = ("江苏岚丰生物化工股份有限公司关于对深交所年报问询函的回复公告\n证券代码:002913 证券简称:岚丰生化\n"
            "江苏岚丰生物化工股份有限公司(简称“公司”)2018年5月23日收到深交所发来的年报问询函。")
    result = run(text, "2018-06-05", known_names=known)
    assert [c["short_names"] for c in result["companies"]] == [["岚丰生化"]]


def test_a_full_name_before_a_group_word_was_added_is_the_same_company():
    text = ("证券代码:600902 证券简称:阳川化工\n阳川示例化工集团股份有限公司关于最近五年被采取监管措施的公告\n"
            "上交所于2020年2月10日作出《关于对阳川示例化工股份有限公司和时任董事会秘书周某予以监管关注的决定》。")
    result = run(text, None, known_names=REGISTRY)
    assert [(c["full_name"], c["short_names"], c["code"]) for c in result["companies"]] == [
        ("阳川示例化工集团股份有限公司", ["阳川化工"], "600902")]
    assert [a["company"] for a in result["enforcement_actions"]] == ["阳川化工"]


def test_an_announcement_s_subjectless_warning_dated_in_full_is_the_issuer_s():
    text = ("证券代码:600902 证券简称:阳川化工 公告编号:2022-056\n阳川示例化工股份有限公司股票交易异常波动公告\n"
            "一、公司于2022年11月18日收到《行政处罚及市场禁入事先告知书》。已于2022年11月19日披露于上海证券交易所网站,"
            "详见《关于收到事先告知书的公告》,并于2022年11月22日起被实施退市风险警示。")
    assert [(s[2], s[3]) for s in statuses(run(text, "2022-11-24", known_names=REGISTRY))] == [("*ST", "2022-11-22")]


def test_an_exchange_asking_the_company_named_after_it_is_an_inquiry():
    text = "5月20日,深交所问询阳川化工(600902.SH),要求公司说明资金占用的情况。"
    assert actions(run(text, "2024-06-12", known_names=REGISTRY)) == [("阳川化工", "inquiry_letter", "2024-05-20")]
    assert actions(run("深交所问询内容涉及阳川化工的资金占用。", "2024-06-12", known_names=REGISTRY)) == []


def test_a_letter_on_a_year_less_day_far_from_a_dated_one_is_another_letter():
    text = ("1月18日晚间,阳川化工公告称,公司收到江苏证监局下发的《关于对阳川化工及相关人员采取出具警示函措施的决定》。\n"
            "此前,2023年7月14日,公司收到江苏证监局《关于对阳川化工采取出具警示函措施的决定》。")
    assert actions(run(text, None, known_names=REGISTRY)) == [
        ("阳川化工", "warning_letter", None), ("阳川化工", "warning_letter", "2023-07-14")]
    # A day or two apart, the receipt and its announcement are one letter.
    text = ("1月18日晚间,阳川化工公告称,公司收到江苏证监局下发的警示函。\n"
            "公司于2023年1月17日收到江苏证监局《关于对阳川化工采取出具警示函措施的决定》。")
    assert actions(run(text, None, known_names=REGISTRY)) == [("阳川化工", "warning_letter", "2023-01-17")]


def test_a_bureau_s_measure_takes_the_day_its_website_published_it():
    text = ("7月10日,深交所向阳川化工下发监管函,称公司2023年4月20日披露的2022年年报显示亏损。\n"
            "因上述事项,阳川化工此前已被江苏证监局警示。江苏证监局网站6月12日公布的监管措施信息显示,公司迟至2023年4月15日"
            "披露业绩预告。\n江苏证监局决定对阳川化工、周某采取出具警示函的监管措施。")
    assert ("阳川化工", "warning_letter", "2023-06-12") in actions(run(text, "2023-07-10", known_names=REGISTRY))


def test_a_measure_a_letter_s_title_is_about_is_not_the_exchange_s():
    text = ("公司在2021年10月20日收到上交所《关于阳川化工股份有限公司被采取责令改正措施有关事项的监管工作函》。"
            "2021年10月20日晚间,你公司公告称,收到江苏证监局对公司采取责令改正措施的决定。")
    result = run(text, "2021-10-21", known_names=REGISTRY)
    assert sorted((a["measure"], a["regulator"]) for a in result["enforcement_actions"]) == [
        ("rectification_order", "江苏证监局"), ("work_letter", "上交所")]


def test_a_regulator_and_its_preposition_at_a_line_s_end_go_on_to_the_linked_name():
    text = "2月21日,深交所向\n阳川化工(\n600902)发出了一封关注函。关注函要求公司说明收购的必要性。"
    assert actions(run(text, "2024-02-25", known_names=REGISTRY)) == [("阳川化工", "concern_letter", "2024-02-21")]


def test_a_bureau_s_measure_on_a_chairman_is_the_company_s_the_text_says_they_chair():
    text = ("广东证监局网站显示,该局1月31日对周某某采取出具警示函措施,经查,周某某作为阳川化工董事长,在1月16日召开的"
            "股东大会上发布了未公开的业绩信息。")
    result = run(text, "2019-02-02", known_names=REGISTRY)
    assert [(a["company"], a["measure"], a["date"], a["persons"]) for a in result["enforcement_actions"]] == [
        ("阳川化工", "warning_letter", "2019-01-31", ["周某某"])]


def test_the_st_cap_put_on_is_read_in_a_sentence_with_no_other_hint():
    text = "公司连续九年分红,却因内控审计被出具否定意见,阳川化工就这样被戴上ST帽子了。"
    assert [(s[0], s[2]) for s in statuses(run(text, "2024-06-12", known_names=REGISTRY))] == [("阳川化工", "ST")]


def test_a_due_day_with_its_hour_before_the_word_for_before_is_a_deadline():
    for text in ("上交所向阳川化工发出问询函,要求公司于2013年8月27日17:00前书面回复并披露。",
                 "上交所向阳川化工发出问询函,要求公司于2013年8月27日下午5点前书面回复并披露。"):
        result = run(text, "2013-08-23", known_names=REGISTRY)
        assert [(d["company"], d["due_date"]) for d in result["deadlines"]] == [("阳川化工", "2013-08-27")], text


def test_a_bureau_s_warning_sent_by_letter_or_received_is_its_warning_letter():
    for text in ("阳川化工董事长周某上个月刚刚被江苏证监局发函警示。", "阳川化工及其高管在四月底已受到江苏证监局的警示。"):
        assert [a[:2] for a in actions(run(text, "2024-06-12", known_names=REGISTRY))] == [
            ("阳川化工", "warning_letter")], text
