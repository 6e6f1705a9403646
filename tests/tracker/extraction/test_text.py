import pytest

from tracker.extraction.text import UnreadableInput, clean_text, decode_bytes, undo_spinning

SENTENCE = "示例科技股份有限公司收到警示函。"


def test_utf8_with_bom():
    text, warnings = decode_bytes(b"\xef\xbb\xbf" + SENTENCE.encode("utf-8"))
    assert (text, warnings) == (SENTENCE, [])


def test_gbk_input_is_decoded_with_a_warning():
    text, warnings = decode_bytes(SENTENCE.encode("gbk"))
    assert text == SENTENCE
    assert warnings and "GB18030" in warnings[0]


@pytest.mark.parametrize("data", [b"\x00\x01\x02PK\x03\x04" * 50, bytes(range(1, 32)) * 20])
def test_binary_input_is_refused(data):
    with pytest.raises(UnreadableInput):
        decode_bytes(data)


def test_html_tags_and_entities_are_removed():
    cleaned = clean_text("<html><body><p>示例科技&nbsp;收到<b>警示函</b>。</p><p>第二段。</p></body></html>")
    assert cleaned == "示例科技收到警示函。\n第二段。"


def test_blanks_inside_chinese_words_are_removed():
    assert clean_text("北京示 例园林股份有 限公司 收到 问询函。") == "北京示例园林股份有限公司收到问询函。"


def test_fullwidth_forms_become_ascii():
    assert clean_text("＊ＳＴ示例（６００１２３）：罚款３００万元，") == "*ST示例(600123):罚款300万元,"


def test_paragraph_split_inside_a_name_is_joined():
    raw = '5月8日,华北示例新材料股份有限公司(以下简称"示例\n\n新材")股票停牌一天后复牌,并撤销其他风险警示。\n\n下一段。'
    assert clean_text(raw).split("\n")[0].endswith('(以下简称"示例新材")股票停牌一天后复牌,并撤销其他风险警示。')


def test_headlines_and_bylines_stay_separate_lines():
    raw = "示例公司摘帽\n\n本报记者 张示\n\n示例科技股份有限公司今日公告。"
    assert clean_text(raw).split("\n") == ["示例公司摘帽", "本报记者张示", "示例科技股份有限公司今日公告。"]


def test_a_subheading_over_a_paragraph_that_opens_with_its_day_stands_apart():
    raw = ("太罕见,一晚上竟有五家公司被披星戴帽。\n\n股民有点懵,有网友表示4月26日刚买进去,有些网友则表示要开始数板了\n\n示例会展上市一年半就披星戴帽\n\n"
           "4月26日晚间,示例会展发布公告,股票简称变更为“*ST示会”。")
    assert clean_text(raw).split("\n")[1:] == ["股民有点懵,有网友表示4月26日刚买进去,有些网友则表示要开始数板了示例会展上市一年半就披星戴帽",
                                           "4月26日晚间,示例会展发布公告,股票简称变更为“*ST示会”。"]
    # A line the layout broke, with no blank line before the next, is still joined.
    raw = "示例会展公告。\n公司于2024年4月29日披露了年报及相关公告,因净资产为负值\n公司股票被实施退市风险警示\n4月30日起停牌一天。"
    assert len(clean_text(raw).split("\n")) == 2


def test_html_fragments_without_a_document_wrapper_are_stripped():
    assert clean_text("<b>示例科技</b>公告称，公司收到<a href='/x'>警示函</a>。") == "示例科技公告称,公司收到警示函。"


def test_a_less_than_sign_in_prose_is_not_taken_for_html():
    assert "<1元" in clean_text("股价连续20个交易日<1元。")


def test_a_portal_s_price_quotes_after_names_are_dropped_and_keep_the_list_apart():
    text = ("青岚科技(5.940, 0.23, 4.03%)阳川化工(4.230, -0.04, -0.95%)等此前的热门股。"
            "*ST岳林(0.720, -0.08, -10.00%)、东方资讯(0.770, 0.00, 0.00%)(维权)2家公司尚处在退市整理期。")
    # (The portal's (维权) link goes too.)
    assert clean_text(text) == "青岚科技、阳川化工等此前的热门股。*ST岳林、东方资讯2家公司尚处在退市整理期。"
    # A figure in brackets that is no quote stays.
    assert clean_text("营收(1.20, 同比-3.0%)下降。") == "营收(1.20,同比-3.0%)下降。"


def test_a_spinner_s_swaps_are_undone_keeping_every_position():
    spun = "*ST示例28日晚间通知布告称,因涉嫌信息表露违法违规,被立案查询拜访;董事长涉嫌黑幕买卖。"
    assert undo_spinning(spun) == "*ST示例28日晚间发布公告称,因涉嫌信息披露违法违规,被立案调查取证;董事长涉嫌内幕交易。"
    # The extractor reads names and dates at positions of the page: no swap may change a length.
    for text in (spun, "将被施行其他危险警示,收到《行政处罚及商场禁入事前奉告书》", "收到存眷函,实践掌握人被选拔责令改正法子",
                 "信息发表监管作业函,股票简称由“ST示例”变动为“*ST示例”"):
        assert len(undo_spinning(text)) == len(text) and undo_spinning(text) != text


def test_a_title_with_its_site_after_a_dash_is_not_joined_to_the_line_below():
    text = "昔日百亿巨头被立案!曾连续9年财务造假,女老板操纵自家股票血亏2亿多元 - 示例要闻\n\n被证监会立案\n\n4月21日晚,阳川化工公告称。"
    assert clean_text(text).split("\n")[:2] == ["昔日百亿巨头被立案!曾连续9年财务造假,女老板操纵自家股票血亏2亿多元-示例要闻", "被证监会立案"]
