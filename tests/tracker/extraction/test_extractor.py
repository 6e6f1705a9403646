"""Behaviour of extract() on invented sentences, one phrasing family at a time."""

import pytest

from tracker.extraction import clean_text, extract

PUBLISHED = "2025-05-29"


def run(text, published=PUBLISHED, **kwargs):
    return extract(text, published, **kwargs)


def statuses(result):
    return [(r["company"], r["from"], r["to"], r["effective_date"]) for r in result["status_changes"]]


def actions(result):
    return [(r["company"], r["regulator"], r["measure"], r["date"]) for r in result["enforcement_actions"]]


def nothing_found(result):
    return not any(result[k] for k in ("companies", "status_changes", "enforcement_actions", "deadlines"))


# -- status changes -------------------------------------------------------------------------------


def test_removal_of_both_warnings_with_alias_and_rename():
    result = run(
        "南溪示例环保股份有限公司(以下简称“南溪环保”)公告,公司股票于5月21日复牌并撤销退市风险警示及其他风险警示,"
        "股票简称由“*ST南溪”变更为“南溪环保”。"
    )
    assert statuses(result) == [("南溪环保", "*ST", "normal", "2025-05-21")]
    assert result["companies"] == [
        {"full_name": "南溪示例环保股份有限公司", "short_names": ["南溪环保", "*ST南溪"], "code": None}
    ]


def test_rename_alone_is_a_status_change():
    result = run("东岳示例(即“*ST东岳”)于4月30日完成摘星,公司股票简称由“*ST东岳”变更为“ST东岳”。")
    assert statuses(result) == [("*ST东岳", "*ST", "ST", "2025-04-30")]


def test_announcement_imposing_delisting_warning():
    page = (
        "证券代码:002777 证券简称:远帆股份 公告编号:2024-031\n"
        "远帆示例装备股份有限公司关于公司股票被实施退市风险警示暨停牌的公告\n"
        "公司股票将于2024年4月30日停牌1天,自2024年5月6日起实施退市风险警示,股票简称由“远帆股份”变更为“*ST远帆”。"
    )
    result = run(page, None)
    assert statuses(result) == [("远帆股份", "normal", "*ST", "2024-05-06")]
    assert result["companies"][0]["code"] == "002777"
    assert result["status_changes"][0]["company_code"] == "002777"


def test_other_warning_stacked_on_delisting_warning_stays_star_st():
    result = run("*ST北漠公告,因存在违规担保未解除,公司股票自2025年3月3日起叠加实施其他风险警示。")
    assert statuses(result) == [("*ST北漠", "*ST", "*ST", "2025-03-03")]


def test_delisting_warning_removed_other_warning_kept():
    result = run(
        "2025年4月25日,西川示例旅游股份有限公司(以下简称“*ST西旅”)股票撤销退市风险警示并继续实施其他风险警示。"
    )
    assert statuses(result) == [("*ST西旅", "*ST", "ST", "2025-04-25")]


def test_next_day_effective_date():
    result = run("星野示例(即“ST星野”)股票于2025年4月29日停牌一天,次日起撤销其他风险警示。")
    assert statuses(result) == [("ST星野", "ST", "normal", "2025-04-30")]


@pytest.mark.parametrize(
    "sentence",
    [
        "若青松示例(即“ST青松”)未能在期限内完成整改,公司股票将被实施退市风险警示。",
        "青松示例(即“ST青松”)表示,公司股票可能被实施退市风险警示。",
        "青松示例(即“ST青松”)已向深交所提交撤销其他风险警示的申请。",
        "青松示例(即“ST青松”)完成整改后,公司股票于5月12日复牌。",
        "青松示例(即“ST青松”)股票于5月12日停牌一天。",
    ],
)
def test_conditional_pending_and_plain_halts_are_not_status_changes(sentence):
    assert run(sentence)["status_changes"] == []


# -- enforcement actions --------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("sentence", "regulator", "measure"),
    [
        ("6月3日,广东证监局对ST青岚采取责令改正措施。", "广东证监局", "rectification_order"),
        ("6月3日,广东证监局对ST青岚采取责令公开说明措施。", "广东证监局", "public_explanation"),
        ("6月3日,ST青岚收到广东证监局出具的警示函。", "广东证监局", "warning_letter"),
        ("6月3日,广东证监局对ST青岚采取监管谈话措施。", "广东证监局", "regulatory_talk"),
        ("6月3日,ST青岚收到上交所下发的工作函。", "上交所", "work_letter"),
        ("6月3日,ST青岚收到上交所下发的问询函。", "上交所", "inquiry_letter"),
        ("6月3日,ST青岚收到深交所发出的关注函。", "深交所", "concern_letter"),
        ("6月3日,深交所向ST青岚出具监管函。", "深交所", "regulatory_letter"),
        ("6月3日,上交所对ST青岚予以公开谴责。", "上交所", "public_censure"),
        ("6月3日,ST青岚因资金占用遭谴责。", None, "public_censure"),
        ("6月3日,上交所对ST青岚予以通报批评。", "上交所", "circulated_criticism"),
        ("6月3日,上交所公开认定ST青岚董事长张三三年内不适合担任上市公司董事。", "上交所", "unfit_declaration"),
        ("6月3日,ST青岚被中国证监会立案调查。", "中国证监会", "investigation"),
        ("6月3日,广东证监局依法对ST青岚立案。", "广东证监局", "investigation"),
        ("6月3日,ST青岚收到中国证监会的立案告知书。", "中国证监会", "investigation"),
        ("6月3日,广东证监局对ST青岚给予警告。", "广东证监局", "warning"),
        ("6月3日,广东证监局对ST青岚处以200万元罚款。", "广东证监局", "fine"),
        ("6月3日,ST青岚收到广东证监局开出的罚单。", "广东证监局", "fine"),
        ("6月3日,ST青岚领到广东证监局罚单。", "广东证监局", "fine"),
        ("6月3日,广东证监局没收ST青岚违法所得50万元。", "广东证监局", "confiscation"),
        ("6月3日,中国证监会对ST青岚实际控制人采取10年市场禁入措施。", "中国证监会", "market_ban"),
        ("6月3日,中国证监会公布处罚:ST青岚实控人被禁入10年。", "中国证监会", "market_ban"),
        ("6月3日,中国证监会公布处罚:ST青岚实控人遭终身禁入。", "中国证监会", "market_ban"),
        ("6月3日,上交所对ST青岚予以纪律处分。", "上交所", "other"),
        ("6月3日,上交所对ST青岚采取监管警示措施。", "上交所", "other"),
    ],
)
def test_every_measure_phrasing_is_read(sentence, regulator, measure):
    # One sentence per way a measure is written, each starting its phrase with a different word.
    assert actions(run(sentence, published="2025-06-06")) == [("ST青岚", regulator, measure, "2025-06-03")]


def test_bureau_rectification_and_warning_letters_to_officers_are_two_records():
    result = run(
        "5月26日,云南证监局发布关于对滇池示例物流股份有限公司(以下简称“滇池物流”)采取责令改正措施"
        "并对刘建新、马晓东、孙文采取出具警示函措施的决定。"
    )
    assert actions(result) == [
        ("滇池物流", "云南证监局", "rectification_order", "2025-05-26"),
        ("滇池物流", "云南证监局", "warning_letter", "2025-05-26"),
    ]
    assert [r["persons"] for r in result["enforcement_actions"]] == [[], ["刘建新", "马晓东", "孙文"]]


def test_received_decision_document():
    result = run(
        "海岳示例(即“ST海岳”)公告称,公司于5月20日收到广东证监局《关于对海岳示例科技股份有限公司"
        "采取责令改正措施的决定》。"
    )
    # Named by the short name the page gives it, the full name being in `companies`.
    assert actions(result) == [("海岳示例", "广东证监局", "rectification_order", "2025-05-20")]
    # The full name in the document title is tied to the short names given before.
    assert result["companies"] == [
        {"full_name": "海岳示例科技股份有限公司", "short_names": ["海岳示例", "ST海岳"], "code": None}
    ]


def test_work_letters_to_companies_listed_together():
    result = run(
        "5月22日晚,ST青禾、北溪示例电子股份有限公司(即“*ST北溪”)、南川示例数据股份有限公司(以下简称“*ST南川”)"
        "3家公司收到交易所工作函,要求尽快解决资金占用问题。"
    )
    assert sorted(r["company"] for r in result["enforcement_actions"]) == ["*ST北溪", "*ST南川", "ST青禾"]
    assert {(r["measure"], r["date"], r["regulator"]) for r in result["enforcement_actions"]} == {
        ("work_letter", "2025-05-22", "交易所")
    }


def test_investigation_with_vague_date_is_null_and_pronoun_resolves():
    result = run("例如,*ST海舟因年报被出具否定意见。去年年底,中国证监会已对该公司立案调查。")
    assert actions(result) == [("*ST海舟", "中国证监会", "investigation", None)]


def test_investigation_notice_in_announcement():
    page = (
        "证券代码:600888 证券简称:*ST示远 公告编号:临2024-018\n"
        "示远示例科技股份有限公司关于收到中国证券监督管理委员会立案告知书的公告\n"
        "本公司于2024年3月5日收到中国证券监督管理委员会下发的《立案告知书》(编号:证监立案字0392024012号),"
        "因公司涉嫌信息披露违法违规,中国证监会决定对公司立案。\n"
        "在立案调查期间,公司将积极配合中国证监会的各项工作。"
    )
    result = run(page, None)
    assert actions(result) == [("*ST示远", "中国证监会", "investigation", "2024-03-05")]
    assert result["companies"] == [
        {"full_name": "示远示例科技股份有限公司", "short_names": ["*ST示远"], "code": "600888"}
    ]


def test_public_censure_and_circulated_criticism_with_persons():
    result = run(
        "蓝湾示例(以下简称“蓝湾示例”)公告,6月2日,深圳证券交易所对公司及相关当事人给予公开谴责处分,"
        "对时任董事长赵明远给予通报批评处分。",
        published="2025-06-03",
    )
    assert actions(result) == [
        ("蓝湾示例", "深交所", "public_censure", "2025-06-02"),
        ("蓝湾示例", "深交所", "circulated_criticism", "2025-06-02"),
    ]
    assert result["enforcement_actions"][1]["persons"] == ["赵明远"]


def test_prior_notice_penalty_is_proposed_with_amount():
    page = (
        "证券代码:600555 证券简称:ST红杉 公告编号:2024-060\n"
        "红杉示例新材料股份有限公司关于收到行政处罚事先告知书的公告\n"
        "公司于2024年6月12日收到中国证监会福建监管局出具的《行政处罚事先告知书》。\n"
        "我局拟决定:对红杉示例新材料股份有限公司给予警告,并处以300万元罚款;对林海峰给予警告,并处以100万元罚款。"
    )
    records = run(page, None)["enforcement_actions"]
    assert [(r["measure"], r["amount_yuan"], r.get("proposed"), r["regulator"]) for r in records] == [
        ("warning", None, True, "福建证监局"),
        ("fine", 3_000_000, True, "福建证监局"),
    ]
    assert records[0]["persons"] == ["林海峰"]


def test_exchange_inquiry_letter_and_reply_deadline():
    result = run("示例电气今日晚间公告称,公司于6月3日收到上交所下发的年报问询函,要求公司在6月17日前书面回复。")
    assert actions(result) == [("示例电气", "上交所", "inquiry_letter", "2025-06-03")]
    assert [(d["due_date"], d["obligation"]) for d in result["deadlines"]] == [("2025-06-17", "书面回复")]


def test_a_reply_to_a_letter_records_the_letter_but_not_the_reply_day():
    # The letter was sent, so it is a record; the day of the reply is not the day it was sent.
    result = run("2月20日,宏远示例股份有限公司(以下简称“宏远示例”)在回复深交所关注函的公告中披露了占用资金的情况。")
    assert actions(result) == [("宏远示例", "深交所", "concern_letter", None)]
    assert run("宏远示例表示将尽快回复关注函。")["enforcement_actions"] == []


def test_regulatory_talk_names_the_chairman():
    result = run("3月8日,江苏证监局对南方示例建材股份有限公司(以下简称“南方建材”)董事长王立新采取监管谈话措施。")
    assert actions(result) == [("南方建材", "江苏证监局", "regulatory_talk", "2025-03-08")]
    assert result["enforcement_actions"][0]["persons"] == ["王立新"]


@pytest.mark.parametrize(
    "sentence",
    [
        "宏远示例股份有限公司(以下简称“宏远示例”)近日公告称,公司已就控股股东占用资金事项向法院提起诉讼。",
        "宏远示例股份有限公司(以下简称“宏远示例”)三名独立董事向公司提交了《督促函》。",
        "宏远示例股份有限公司(以下简称“宏远示例”)称,公司不存在被中国证监会立案调查的情形。",
        "宏远示例股份有限公司(以下简称“宏远示例”)若不能按期整改,可能被交易所公开谴责。",
        "今年以来,监管部门对23家公司采取警告、罚款、责令改正、公开谴责等措施。",
    ],
)
def test_lawsuits_letters_denials_and_statistics_give_nothing(sentence):
    assert run(sentence)["enforcement_actions"] == []


# -- deadlines and occupation --------------------------------------------------------------------


def test_occupation_deadline_with_amount_and_consequence():
    result = run(
        "北岸示例(即“ST北岸”)在公告中提示,公司被要求在2025年8月30日前清收2.35亿元被占用资金,"
        "否则公司股票将被实施退市风险警示。"
    )
    assert [
        (d["company"], d["due_date"], d["obligation"], d["amount_yuan"], d["consequence"]) for d in result["deadlines"]
    ] == [("ST北岸", "2025-08-30", "清收被占用资金", 235_000_000, "*ST")]
    assert result["status_changes"] == []  # 否则…将被实施 is conditional


def test_deadline_without_calendar_date_is_not_recorded():
    assert run("北岸示例(即“ST北岸”)被责令在六个月内归还被占用资金。")["deadlines"] == []


def test_occupation_balance():
    result = run(
        "海川示例医药股份有限公司(以下简称“海川医药”)公告,截至2024年12月31日,控股股东对公司非经营性资金占用余额为"
        "53,386.92万元。"
    )
    assert [(o["company"], o["amount_yuan"], o["as_of"], o["occupier"]) for o in result["occupations"]] == [
        ("海川医药", 533_869_200, "2024-12-31", "控股股东")
    ]
    # `companies` lists the subjects of status changes, actions and deadlines (EXTRACTION.md); a company only a
    # balance is about is listed apart.
    assert result["companies"] == []
    assert result["occupation_companies"] == [
        {"full_name": "海川示例医药股份有限公司", "short_names": ["海川医药"], "code": None}
    ]


# -- pages ---------------------------------------------------------------------------------------


def test_unrelated_articles_give_nothing():
    page = (
        "储能产业迎来扩张\n本报记者 示例\n今年以来,多地出台支持新型储能发展的政策,示例能源股份有限公司"
        "(以下简称“示例能源”)宣布扩产。证监会数据显示,年内已有十余家公司被立案调查。"
    )
    assert nothing_found(run(page))


def test_pronoun_does_not_cross_articles():
    page = (
        "公司动态\n本报记者 甲\n青石示例(即“ST青石”)今日发布年报。\n"
        "监管动态\n本报记者 乙\n5月20日,公司收到交易所下发的问询函。"
    )
    assert run(page)["enforcement_actions"] == []


def test_known_names_from_the_database_link_short_names():
    result = run("5月12日,南港示例收到上交所下发的监管工作函。", known_names={"南港示例": 1, "*ST南港": 1})
    assert actions(result) == [("南港示例", "上交所", "work_letter", "2025-05-12")]
    assert result["companies"][0]["short_names"] == ["南港示例"]


def test_evidence_offsets_point_into_cleaned_text():
    raw = "<p>5月12日，ＳＴ南 港收到上交所下发的监管工作函。</p>"
    result = run(raw)
    record = result["enforcement_actions"][0]
    assert clean_text(raw)[record["evidence_start"] : record["evidence_end"]] == record["evidence"]
    assert record["company"] == "ST南港"


def test_dates_without_publication_date_are_null_with_warning():
    result = extract("5月12日,ST南港收到上交所下发的监管工作函。")
    assert actions(result) == [("ST南港", "上交所", "work_letter", None)]
    assert result["published"] is None and result["warnings"]


@pytest.mark.parametrize("data", [b"", b"\x00\x01\x02\x03" * 100, b"   \n\n"])
def test_bad_input_gives_empty_result_with_warning(data):
    result = extract(data, PUBLISHED)
    assert nothing_found(result) and result["warnings"]


def test_a_text_with_lone_surrogates_is_read_with_a_warning():
    # As a file read with errors="surrogateescape" or a JSON string ("\udce5") can give it.
    text = "5月12日,ST南港收到上交所下发的监管工作函。\udce5\udc85"
    result = extract(text, PUBLISHED)
    assert actions(result) == [("ST南港", "上交所", "work_letter", "2025-05-12")]
    assert any("surrogate" in warning for warning in result["warnings"])


def test_gbk_bytes_are_read():
    result = extract("5月12日,ST南港收到上交所下发的监管工作函。".encode("gbk"), PUBLISHED)
    assert actions(result) == [("ST南港", "上交所", "work_letter", "2025-05-12")]


# -- phrasing families met on announcements, decisions and other newspapers ----------------------


def test_company_named_after_the_letter_and_same_day_in_the_next_paragraph():
    result = run(
        "5月26日,上交所发出问询函,要求东坡示例材料股份有限公司说明存货跌价准备的计提依据。\n"
        "同日,深交所向南坪示例电子股份有限公司下发关注函。"
    )
    assert actions(result) == [
        ("东坡示例材料股份有限公司", "上交所", "inquiry_letter", "2025-05-26"),
        ("南坪示例电子股份有限公司", "深交所", "concern_letter", "2025-05-26"),
    ]


def test_date_left_of_a_full_name_is_not_part_of_it():
    result = run("江西证监局5月20日对赣水示例股份有限公司采取责令改正措施。")
    assert result["companies"][0]["full_name"] == "赣水示例股份有限公司"


def test_decision_without_dates_in_its_sentences_takes_the_signature_date():
    page = (
        "关于对梅岭示例股份有限公司及有关责任人予以通报批评的决定\n"
        "当事人:\n梅岭示例股份有限公司,A股证券简称:ST梅岭,A股证券代码:600999;\n"
        "经查明,公司未及时披露重大诉讼。\n"
        "本所作出如下纪律处分决定:对梅岭示例股份有限公司及时任董事长吴宏予以通报批评。\n"
        "上海证券交易所\n2025年5月22日"
    )
    result = run(page)
    assert actions(result) == [("ST梅岭", "上交所", "circulated_criticism", "2025-05-22")]
    assert result["companies"][0]["short_names"] == ["ST梅岭"]
    assert result["companies"][0]["code"] == "600999"


def test_officer_penalty_in_an_announcement_is_the_issuers_record_dated_by_receipt():
    page = (
        "证券代码:600888 证券简称:*ST松原 公告编号:临2025-021\n"
        "松原示例股份有限公司关于收到行政处罚决定书的公告\n"
        "公司于2025年5月20日收到吉林证监局下发的《行政处罚决定书》。\n"
        "依据《证券市场禁入规定》,我局决定对郑晓东采取5年市场禁入措施。"
    )
    result = run(page)
    assert actions(result) == [("*ST松原", "吉林证监局", "market_ban", "2025-05-20")]
    assert result["enforcement_actions"][0]["persons"] == ["郑晓东"]


@pytest.mark.parametrize(
    "sentence",
    [
        "苍山示例(即“ST苍山”)表示,公司未收到任何监管函。",
        "苍山示例(即“ST苍山”)公告,公司申请撤销其他风险警示,尚需深交所审核同意。",
        "苍山示例(即“ST苍山”)股票已于5月20日复牌,但仍被实施其他风险警示。",
        "苍山示例(即“ST苍山”)表示,将努力争取早日撤销其他风险警示。",
    ],
)
def test_denials_pending_approvals_and_continuing_warnings_give_nothing(sentence):
    assert nothing_found(run(sentence))


def test_new_short_name_without_old_one_joins_the_company():
    result = run(
        "翠湖示例药业股份有限公司(以下简称“翠湖药业”)公告,公司股票自5月6日起被实施退市风险警示,"
        "股票简称变更为“*ST翠药”。"
    )
    assert statuses(result) == [("翠湖药业", None, "*ST", "2025-05-06")]
    assert result["companies"][0]["short_names"] == ["翠湖药业", "*ST翠药"]


# -- round-two phrasing families ------------------------------------------------------------------


def test_short_name_declared_by_its_stock_code_in_brackets():
    result = run("5月28日，上交所向蓝峪股份（603517）下发问询函，要求说明收购定价。")
    assert actions(result) == [("蓝峪股份", "上交所", "inquiry_letter", "2025-05-28")]
    assert result["companies"][0]["code"] == "603517"


def test_three_character_st_name_is_kept_whole():
    result = run("*ST恒丰源的股票在退市整理期届满后，已于5月18日被深交所予以摘牌。")
    assert statuses(result) == [("*ST恒丰源", "*ST", "delisted", "2025-05-18")]


def test_round_up_items_do_not_lend_their_company_to_the_next_item():
    text = (
        "【*ST泓川受到公开谴责】\n深交所5月27日对*ST泓川给予公开谴责的处分。\n"
        "【某某事项】\n公司于当日收到中国证监会下发的《立案告知书》。"
    )
    assert actions(run(text)) == [("*ST泓川", "深交所", "public_censure", "2025-05-27")]


def test_other_warning_imposed_with_delisting_warning_is_one_change():
    text = (
        "证券代码：603286 证券简称：晟峪科技 公告编号：2025-031\n"
        "公司股票将于2025年4月30日起被实施退市风险警示。公司股票将同时被实施其他风险警示。"
    )
    assert statuses(run(text)) == [("晟峪科技", None, "*ST", "2025-04-30")]


def test_possible_termination_after_a_penalty_decision_is_no_status_change():
    text = "*ST天峪表示，根据处罚决定认定的事实，公司股票可能被终止上市。"
    assert statuses(run(text)) == []


def test_news_decision_paragraph_takes_the_day_the_regulator_announced_it():
    text = (
        "1月14日，中国证监会发布消息称，已对*ST天峪作出行政处罚决定。\n"
        "经查，公司虚增收入。\n中国证监会决定：对*ST天峪给予警告，并处以800万元罚款。"
    )
    found = {(m, d) for _, _, m, d in actions(run(text, "2025-01-15"))}
    assert found == {("warning", "2025-01-14"), ("fine", "2025-01-14")}


def test_imposed_and_lifted_in_one_sentence_are_two_changes():
    text = "ST峪川公告，公司股票曾自2024年4月30日起被实施其他风险警示，并于2025年1月6日起撤销其他风险警示。"
    assert statuses(run(text)) == [
        ("ST峪川", None, "ST", "2024-04-30"),
        ("ST峪川", "ST", "normal", "2025-01-06"),
    ]


def test_occupation_deadline_of_the_controlling_shareholder_is_the_issuers():
    text = "证券代码：002871 证券简称：ST沃峪 公告编号：2025-058\n控股股东应于2025年7月14日前归还全部占用资金1.32亿元。"
    deadlines = run(text, "2025-06-10")["deadlines"]
    assert [(d["company"], d["due_date"], d["amount_yuan"]) for d in deadlines] == [("ST沃峪", "2025-07-14", 132000000)]


# -- round 3: phrasing families found on unseen pages ---------------------------------------------


def test_exchange_supervisory_warning_is_other_dated_by_chinese_numeral_signature():
    page = (
        "关于对青梧示例电子股份有限公司及有关责任人予以监管警示的决定\n"
        "当事人:青梧示例电子股份有限公司,A股证券简称:青梧电子,A股证券代码:603871;\n"
        "经查明,公司未及时披露对外担保事项。\n"
        "我部决定对青梧示例电子股份有限公司及时任董事长郑远航予以监管警示。\n"
        "上海证券交易所上市公司管理一部\n"
        "二〇二五年七月二日\n"
    )
    assert [(a["measure"], a["date"]) for a in run(page)["enforcement_actions"]] == [("other", "2025-07-02")]


def test_a_decision_that_names_no_regulator_before_its_measure_is_the_signer_s():
    page = ("关于对阳川化工股份有限公司及相关当事人给予通报批评处分的决定\n当事人:\n阳川化工股份有限公司;\n"
            "王建国,阳川化工股份有限公司董事长。\n经查明,公司控股股东非经营性占用公司资金1.2亿元。\n"
            "本所作出如下处分决定:对阳川化工股份有限公司及董事长王建国给予通报批评的处分。\n")
    assert actions(run(page + "深圳证券交易所\n2025年5月20日\n")) == [
        ("阳川化工股份有限公司", "深交所", "circulated_criticism", "2025-05-20")]
    assert actions(run(page + "深圳证券交易所创业板公司管理部\n2025年5月20日\n")) == [
        ("阳川化工股份有限公司", "深交所", "circulated_criticism", "2025-05-20")]
    # A last line of prose that begins with a regulator signs nothing.
    assert actions(run(page + "上海证券交易所的其他公告另行发布。\n")) == [
        ("阳川化工股份有限公司", None, "circulated_criticism", None)]


def test_short_name_after_dui_is_the_censured_company_not_its_holder():
    result = run("5月6日,上交所对青岚医药及其控股股东青岚控股集团有限公司予以公开谴责。")
    assert actions(result) == [("青岚医药", "上交所", "public_censure", "2025-05-06")]


def test_letter_pages_split_at_document_numbers():
    page = (
        "上海证券交易所\n上证公函〔2025〕0101号\n"
        "关于北栎示例机械股份有限公司的监管工作函\n"
        "北栎示例机械股份有限公司(证券简称:北栎机械):\n"
        "请你公司收到本工作函后立即对外披露,并于2025年6月6日前披露对本工作函的回复。\n"
        "上海证券交易所上市公司管理一部\n2025年5月28日\n"
        "上海证券交易所\n上证公函〔2025〕0102号\n"
        "关于南椿示例食品股份有限公司年度报告的信息披露监管问询函\n"
        "南椿示例食品股份有限公司(证券简称:南椿食品):\n"
        "请你公司收到本问询函后及时公告,并于2025年6月9日之前披露对本问询函的回复。\n"
        "上海证券交易所上市公司管理二部\n2025年5月29日\n"
    )
    result = run(page)
    assert {(r["company"][:2], r["measure"], r["date"]) for r in result["enforcement_actions"]} == {
        ("北栎", "work_letter", "2025-05-28"),
        ("南椿", "inquiry_letter", "2025-05-29"),
    }
    assert {(r["company"][:2], r["due_date"]) for r in result["deadlines"]} == {
        ("北栎", "2025-06-06"),
        ("南椿", "2025-06-09"),
    }


def test_star_removed_other_warning_kept_dated_by_start_day_line():
    page = (
        "证券代码:600321 证券简称:*ST禾丰 公告编号:2025-020\n"
        "禾丰示例农业股份有限公司关于撤销退市风险警示并继续实施其他风险警示的公告\n"
        "撤销退市风险警示后,公司股票继续被实施其他风险警示,股票简称由“*ST禾丰”变更为“ST禾丰”。\n"
        "撤销退市风险警示的起始日:2025年6月3日。\n"
        "公司于2025年5月10日提交了撤销退市风险警示的申请,交易所近日同意撤销对公司股票实施的退市风险警示。\n"
    )
    assert [(r["from"], r["to"], r["effective_date"]) for r in run(page)["status_changes"]] == [
        ("*ST", "ST", "2025-06-03")
    ]


def test_ongoing_warning_and_month_only_investigation_are_not_dated_changes():
    page = (
        "证券代码:300456 证券简称:ST岭川 公告编号:2025-033\n"
        "公司于2024年8月因涉嫌信息披露违法违规被中国证监会立案调查。\n"
        "公司股票因其他原因已被实施其他风险警示,目前仍在风险警示板交易。\n"
        "岭川示例科技股份有限公司董事会\n2025年5月29日\n"
    )
    result = run(page)
    assert result["status_changes"] == []
    assert [(a["measure"], a["date"]) for a in result["enforcement_actions"]] == [("investigation", None)]


def test_a_day_of_consent_dropped_for_a_delisting_decision_does_not_break_the_page():
    # (Found by fuzzing: the consent's day was kept for a change whose day the decision rule then dropped.)
    text = "ST南港董秘:经审核,深交所于2022年6月21日同意撤销对公司股票交易实施股票上市规则的相关规定,深交所决定公司股票终止上市"
    result = extract(text, PUBLISHED)
    assert [(r["company"], r["to"], r["effective_date"]) for r in result["status_changes"]] == [("ST南港", "delisted", None)]
