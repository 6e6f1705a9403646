"""Input decoding and cleaning.

Everything downstream works on the *cleaned* text returned by :func:`clean_text`;
evidence offsets in the extractor output point into that string.
"""

import html
import re
from collections import Counter
from functools import lru_cache

CJK = "\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff"
# Characters that are neither ASCII nor spaces: Chinese text and its punctuation.
WIDE = CJK + "\u3000-\u303f\uff00-\uffef\u2018-\u201f\u2026\u2014\u00b7"


class UnreadableInput(ValueError):
    """The input is not text (binary, or in no encoding we read)."""


# Every byte but the control characters no text holds (tab, line feed, form feed and carriage return are text's).
_NOT_CONTROL_BYTES = bytes(b for b in range(256) if b >= 32 or b in (9, 10, 12, 13))


def decode_bytes(data):
    """Decode raw bytes: UTF-8 (BOM allowed), then GB18030; refuse binary.

    Returns ``(text, warnings)``. Raises :class:`UnreadableInput` for binary data.
    """
    warnings = []
    if not data:
        return "", warnings
    sample = data[:65536]
    if b"\x00" in sample:
        # UTF-16 files are full of NULs too; accept them only with their BOM.
        if sample[:2] in (b"\xff\xfe", b"\xfe\xff"):
            return data.decode("utf-16"), warnings
        raise UnreadableInput("input looks binary (contains NUL bytes); expected a text file")
    controls = len(sample.translate(None, _NOT_CONTROL_BYTES))  # (counted in C: a loop in Python took 0.25 ms a page)
    if controls > len(sample) * 0.1:
        raise UnreadableInput("input looks binary (mostly control characters); expected a text file")
    try:
        return data.decode("utf-8-sig"), warnings
    except UnicodeDecodeError:
        pass
    try:
        text = data.decode("gb18030")
        warnings.append("input is not UTF-8; decoded as GB18030")
        return text, warnings
    except UnicodeDecodeError:
        text = data.decode("utf-8", errors="replace")
        warnings.append("input is neither UTF-8 nor GB18030; undecodable bytes were replaced")
        return text, warnings


_TAG_BREAK = re.compile(
    r"(?i)<\s*/?\s*(?:br|p|div|h[1-6]|li|tr|article|section|header|footer|blockquote|pre|title)\b[^>]*>"
)
_SCRIPT = re.compile(r"(?is)<(script|style|head|noscript|template)\b.*?</\1\s*>|<!--.*?-->|<!doctype[^>]*>")
_TAG = re.compile(r"</?[A-Za-z][^<>]{0,500}>")
# Whole documents and fragments alike ("<b>…</b>", "<a href>"); "<1元" and the like are not tags.
_LOOKS_HTML = re.compile(
    r"(?i)<(?:!doctype|html|head|body|article|section|main|header|footer|p|div|br|span|table|td|th|h[1-6]|a|b|i|u"
    r"|em|strong|font|ul|ol|li|img|meta|title)\b[^<>]{0,500}>"
)

# Full-width ASCII variants (，：（）０-９ＳＴ＊) become ASCII, so the rules see one spelling;
# 。、“” have no ASCII twin and stay.
_FULLWIDTH = {c: c - 0xFEE0 for c in range(0xFF01, 0xFF5F)}
_FULLWIDTH.update({0x3000: 0x20, 0x00A0: 0x20, 0x2217: 0x2A, 0xFE61: 0x2A, 0x2022: 0xB7, 0xFF5E: 0x7E})
_FULLWIDTH_RE = re.compile("[" + "".join(re.escape(chr(c)) for c in _FULLWIDTH) + "]")


# Zero-width and bidirectional controls: invisible, but they split names ("东\u200b时").
# Shapes some mirrors scatter through a story ("被立案=,分别为宝馨科技(002514.SZ)、荃银高科(300087▼●◁.SZ)"), and
# list bullets: no word of it. ("=" only where no number or letter stands beside it.)
# (One class of every such character first, the "=" tested after it: a pattern that opens with a class, or with
# literals in each alternative, is skipped through in C; one alternative a class and the other a literal was tried at
# every position of the page, 3x slower.)
_SYMBOL_NOISE = re.compile(r"[▪◁▲◇▽▷★◆▼●☆■•△◀▶◎○□◈❖✦✧=](?<![0-9A-Za-z]=)(?:(?<!=)|(?![0-9A-Za-z]))")
_SYMBOL_NOISE_HINT = re.compile(r"[▪◁▲◇▽▷★◆▼●☆■•△◀▶◎○□◈❖✦✧=]")
_INVISIBLE = re.compile("[\u200b-\u200f\u202a-\u202e\u2060-\u2064\u2066-\u2069\ufeff\u00ad]")
# What _page_characters looks for: full-width forms, invisible controls and symbol noise's characters.
_ODD_CHAR_RE = re.compile("[" + _FULLWIDTH_RE.pattern[1:-1] + _INVISIBLE.pattern[1:-1] + _SYMBOL_NOISE_HINT.pattern[1:-1] + "]")


def _page_characters(text):
    """``(text, noise)``: `text` with its full-width forms made ASCII and its invisible controls dropped, and whether
    it then holds a character of symbol noise. One scan of the page instead of three (and 7x faster than
    ``text.translate(_FULLWIDTH)``, which takes a KeyError for every character it does not map): it goes on from
    each odd character found, and a form replaced or a control dropped is gone from the whole page."""
    noise = False
    pos = 0
    while match := _ODD_CHAR_RE.search(text, pos):
        char = match.group()
        pos = match.start()
        if ord(char) in _FULLWIDTH:
            text = text.replace(char, chr(_FULLWIDTH[ord(char)]))  # ("＝" becomes "=", found next: noise)
        elif _INVISIBLE.match(char):
            text = text.replace(char, "")
        else:
            noise = True
            pos += 1
    return text, noise


@lru_cache(maxsize=1)
def _converter():
    import opencc  # OpenCC's own dictionaries, shipped in the wheel: no download

    return opencc.OpenCC("t2s")


@lru_cache(maxsize=1)
def _t2s_spot():
    """A character at which t2s can change a text (or a lone surrogate, which OpenCC refuses); None if the table
    was made from another opencc than the installed one."""
    import opencc

    from .t2s_changes import OPENCC_VERSION, T2S_CHANGED

    return re.compile("[" + T2S_CHANGED + "\\ud800-\\udfff]") if opencc.__version__ == OPENCC_VERSION else None


def _convert_lines(text, convert):
    """``convert(text)``, converting only the lines that hold a character some t2s entry changes: no dictionary word
    holds a line end, so OpenCC converts a page line by line, and a line without one of them is its own conversion
    (most pages hold a few such lines or none: half the time, 0.05 to 0.1 ms a page)."""
    spot = _t2s_spot()
    if spot is None:
        return convert(text)
    parts = []
    done = 0
    found = spot.search(text)
    while found:
        start = text.rfind("\n", 0, found.start()) + 1
        end = text.find("\n", found.end())
        end = len(text) if end < 0 else end
        parts += (text[done:start], convert(text[start:end]))
        done = end
        found = spot.search(text, end)
    return "".join(parts) + text[done:] if parts else text


def to_simplified(text):
    """Traditional characters to simplified (證監會 -> 证监会), one character for one.

    Reposts from Hong Kong and Taiwan mirrors are in traditional characters; the rules are
    written in simplified ones. Length is kept so offsets stay valid.
    """
    if text.isascii():
        return text
    convert = _converter().convert
    converted = _convert_lines(text, convert)
    if len(converted) == len(text):
        return converted
    return "".join(c if len(c := convert(ch)) == 1 else ch for ch in text)


# Content farms repost news through a synonym spinner that swaps words for near-synonyms of the same length:
# "被实验退市风险警示", "扩充其他风险警示", "新光股分有限公司", "控股鼓舞", "羁系步伐". Each swap is undone only
# where the spun word cannot be meant literally, and one for one, so offsets into the page stay valid.
_SPUN_WORDS = (
    (re.compile(r"(?:实验|扩充|施行|扩张)(?=[\"“]?(?:退市|其他)(?:风险|危险)警示)"), "实施"),
    # "将被施行其他危险警示", "请求吊销其他危险警示", "《行政处罚事前奉告书》"
    (re.compile(r"(?<=退市|其他)危险(?=警示)"), "风险"),
    (re.compile(r"吊销(?=[\"“]?(?:退市|其他)风险警示)"), "撤销"),
    (re.compile(r"事前奉告书"), "事先告知书"),
    # "《行政处罚及商场禁入事前奉告书》", "责令改正,给予正告"
    (re.compile(r"商场禁入"), "市场禁入"),
    (re.compile(r"(?<=给予)正告"), "警告"),
    (re.compile(r"(?<=信息)揭露"), "披露"),
    (re.compile(r"股分(?=有限公司)"), "股份"),
    (re.compile(r"(?<=[\"”])变动为(?=[\"“])"), "变更为"),  # 简称由“ST新光”变动为“*ST新光”
    (re.compile(r"礼拜(?=[一二三四五六日天])"), "星期"),
    (re.compile(r"(?<=控股)鼓舞|(?<=第一大)鼓舞"), "股东"),
    (re.compile(r"袒露(?=公告)"), "披露"),
    (re.compile(r"羁系"), "监管"),
    (re.compile(r"存眷函"), "关注函"),
    (re.compile(r"实践掌握人"), "实际控制人"),
    # "收到重庆证监局的行政监管措施选择,要求公司在六个月内成功整改", "通常控制人", "非运营性占用"
    (re.compile(r"(?<=监管措施)选择"), "决定"),
    (re.compile(r"通常控制人"), "实际控制人"),
    (re.compile(r"非运营性"), "非经营性"),
    (re.compile(r"(?<=内)成功(?=整改|清收)"), "完成"),
    (re.compile(r"通报批判"), "通报批评"),
    (re.compile(r"(?<=监督)接续(?=委员会)"), "管理"),  # 中国证券监督接续委员会
    (re.compile(r"(?<=立案)示知(?=书)"), "告知"),
    (re.compile(r"选拔(?=责令)"), "采取"),
    (re.compile(r"(?<=责令改正)法子"), "措施"),
    # "信息发表监管作业函": 信息披露监管工作函.
    (re.compile(r"(?<=监管)作业函"), "工作函"),
    (re.compile(r"(?<=信息)发表(?=监管)"), "披露"),
    # "被立案查询拜访", "通知布告称", "信息表露违法违规", "黑幕买卖": 立案调查, 公告, 信息披露, 内幕交易 (every
    # replacement keeps the length: positions in the text stay those of the page).
    (re.compile(r"(?<=立案)查询拜访"), "调查取证"),
    (re.compile(r"通知布告"), "发布公告"),
    (re.compile(r"(?<=信息)表露"), "披露"),
    (re.compile(r"黑幕买卖"), "内幕交易"),
    # "败露对于收到《行政处罚决定书》的公告": 披露关于收到….
    (re.compile(r"败露(?=对于|关于)"), "披露"),
    (re.compile(r"(?<=披露)对于(?=收到)"), "关于"),
    # "英集芯裸露公告称,因公司涉嫌信息裸露非法违法": 披露公告, 信息披露违法违规.
    (re.compile(r"裸露(?=公告)|(?<=信息)裸露"), "披露"),
    (re.compile(r"(?<=披露)非法违法"), "违法违规"),
    # "予以通报品评", "给予公然谴责", "公然认定": 通报批评, 公开谴责, 公开认定.
    (re.compile(r"通报品评"), "通报批评"),
    (re.compile(r"公然(?=谴责|认定)"), "公开"),
)
# Each alternative opens with a literal, its word's rarest character (the part before it a look-behind): the regex
# engine then skips to the positions holding one of those (15% faster on a page than with each word's first).
_SPUN_HINT = re.compile(
    r"验(?<=实验)|充(?<=扩充)|扩张(?:其他|退市|[\"“])|施行|危险警示|吊销|奉告书|禁入(?<=商场禁入)|正告|揭露|分(?<=股分)|变动为"
    r"|礼拜|舞(?<=鼓舞)|袒露|羁系|眷(?<=存眷)|掌握人|择(?<=措施选择)|常控制人(?<=通常控制人)|运营性|功(?<=内成功)"
    r"|判(?<=通报批判)|督接续(?<=监督接续)|知(?<=立案示知)|拔责令(?<=选拔责令)|子(?<=改正法子)|作业函(?<=监管作业函)"
    r"|拜访(?<=查询拜访)|知布告(?<=通知布告)|露(?<=信息表露)|黑幕买卖|败露对于|裸露公告|信息裸露|品评|公然谴责|公然认定"
)


def undo_spinning(text):
    """``text`` with a synonym spinner's tell-tale swaps put back (same length, character for character)."""
    if not _SPUN_HINT.search(text):
        return text
    for pattern, word in _SPUN_WORDS:
        text = pattern.sub(word, text)
    return text


# "双环科技(行情000707,诊股)": a portal's links to the quote and its diagnosis. Their comma is no clause break.
_QUOTE_LINK_COMMA_RE = re.compile(r"(?<=\(行情\d{6}),(?=诊股\))")


def without_quote_link_commas(text):
    """``text`` with the comma inside a portal's "(行情000707,诊股)" made a blank (same length)."""
    return _QUOTE_LINK_COMMA_RE.sub(" ", text) if "诊" in text and "诊股" in text else text


# What a mirror leaves of a pinyin gloss it broke: "收到?jīng)Q定书" (its ? is no question mark ending a sentence).
_BROKEN_GLOSS_MARK_RE = re.compile(r"\?(?=[a-zāáǎàēéěèīíǐìōóǒòūúǔùǖǘǚǜü]{1,7}\))")


# An ASCII ? that stands for a blank on a page with runs of them (see clean_text), not a broken gloss's.
_LOST_BLANK_RE = re.compile(r"\?(?![a-zāáǎàēéěèīíǐìōóǒòūúǔùǖǘǚǜü]{1,7}\))")


def reading_form(simplified):
    """The simplified text as the rules read it, character for character (so spans still match the page):
    其它, an old spelling, as 其他 ("叠加实施其它风险警示"); 风险预警, a slip, as 风险警示; a spinner's swaps undone;
    a quote link's comma blank; 市场禁人, an OCR slip, as 市场禁入;
    the ? of a broken pinyin gloss a middle dot."""
    # (A word is looked for only on a page that holds its rarest character: one character is found 10x faster.)
    text = simplified.replace("其它", "其他") if "它" in simplified else simplified
    text = without_quote_link_commas(undo_spinning(text))
    if "预" in text and "风险预警" in text:
        # "3月28日被实施其他风险预警": a common slip for 警示 in the name of the two warnings.
        text = text.replace("其他风险预警", "其他风险警示").replace("退市风险预警", "退市风险警示")
    if "禁人" in text:
        text = text.replace("市场禁人", "市场禁入")  # ("《行政处罚及市场禁人事先告知书》": a scan read 入 as 人)
    return _BROKEN_GLOSS_MARK_RE.sub("·", text) if "?" in text else text


# Some mirrors print the pinyin of a converted character after it: "事項(xiàng)".
# It starts with its literal "(", so the regex engine jumps from one "(" to the next (the lookbehind then checks
# the character before it) instead of stepping through the text (20x faster on a page).
# ("證監(j\niān)會": a line broken inside the gloss.)
_PINYIN_GLOSS = re.compile(rf"\((?<=[{CJK}]\()(?=\s*[a-zāáǎàēéěèīíǐìōóǒòūúǔùǖǘǚǜüɡ])(?:[a-zāáǎàēéěèīíǐìōóǒòūúǔùǖǘǚǜüɡ]|\s){{1,9}}\)")
# Portals print a quote after each name: "德奥退(0.720, -0.08, -10.00%)、退市西水(0.770, -0.03, -3.75%)". Where
# the quote is all that separates two names ("中润资源(5.940, 0.23, 4.03%)永悦科技(…)") it was their 、.
_PRICE_QUOTE = re.compile(rf"(?<=[{CJK}A-Za-z])\(\d+\.\d+, ?[-+]?\d+\.\d+, ?[-+]?\d+\.\d+%\)(?P<next>\*?[{CJK}]?)")
# "西昌电力(资讯 行情 论坛)(600505)": a portal's links after a name, in the page's words or their traditional ones.
_PORTAL_LINKS = re.compile(r"(?<=[\w)])\((?:资讯|資訊)?\s*(?:行情)?\s*(?:论坛|論壇|股吧)\)")
# "常山药业(300255公告,行情,点评,财报)": another portal's links after the code (a clause broken at their commas lost
# the day after them: "…财报)24日晚间公告,收到…").
_LINK_WORDS = "公告|行情|点评|點評|财报|財報|资讯|資訊|股吧"
# "金字示例(维权)股份有限公司(简称:…)发布…": a portal's link inside a name, which hid the name's announcing.
_RIGHTS_LINK = re.compile(rf"(?<=[{CJK}])\((?:维权|維權)\)")
_CODE_LINKS = re.compile(rf"(?<=\(\d{{6}})(?:{_LINK_WORDS})(?:,(?:{_LINK_WORDS}))+(?=\))")
_NOT_A_NAME_START = set("等的在已将被于和及与均也都今昨近分先还因仍则为是以")


def _price_quote_separator(match):
    following = match.group("next")
    separator = "、" if following and following[0] not in _NOT_A_NAME_START else ""
    return separator + following


# A run of blanks after or before a wide character. It starts with the blank, not a lookaround, so the regex engine
# scans for blanks before it tries anything (2x faster on a page).
_SPACES_AROUND_WIDE = re.compile(rf"[ \t](?:(?<=[{WIDE}][ \t])[ \t]*|[ \t]*(?=[{WIDE}]))")
# The same on a page without tabs: a literal first character is found 6x faster than a set of two.
_SPACES_AROUND_WIDE_NO_TAB = re.compile(rf" (?:(?<=[{WIDE}] )[ \t]*|[ \t]*(?=[{WIDE}]))")
# "近日,ST" at a line's end: a label whose name the next line holds (not "…29日起被ST", a headline's verb).
_LABEL_AT_END_RE = re.compile(r"(?:^|[,、:;\s(“\"])\*?ST$")
_MD_HEADING = re.compile(r"^\s*#{1,6}\s*", re.M)
# "导读 示例股份4月28日公告,…叠加其他风...": a teaser cut off with three dots ends its paragraph too.
# A sentence's end mark, closing quotes and brackets after it at most.
_TERMINAL_MARKS = ("。", "！", "？", "!", "?", "；", ";", "…", "...")
_CLOSING_MARKS = "'\"”’」』）)"
# A byline opens a line (and, for the splitter, a new story); not "记者注意到,…", "记者梳理发现…": the reporter in the
# story's own sentences.
BYLINE_RE = re.compile(
    r"^[\W_]{0,3}(?:本报记者|本报讯|新华社|记者(?!注意|发现|了解|查阅|查询|梳理|获悉|统计|致电|采访|联系|留意|看到|询问"
    r"|从|在|以|向|对|就|通过)|通讯员|见习记者|文/|作者)"
)


# (Not "…的公告》(公告编号:2023-103),公司股" of a wrapped sentence: a number cited in brackets.)
_HEADER_FIELD = re.compile(r"(?<![(（])(?:(?:证券|股票)代码[:：]|公告编号)")
_TITLE_ENDS = ("公告", "决定书", "告知书", "决定", "函", "的说明", "的整改报告")
# ("海川资源股份有限公司关于…所涉相关事项的说明", "关于…的整改报告": a title whose 关于 says so.)
_TITLE_LINE = re.compile(r"[^。]{4,80}(?:公告|决定书|告知书|决定|函)$|[^。]{0,40}关于[^。]{2,80}的(?:说明|整改报告)$")


# ("公司股票自2023年5月4日起将被叠加实施并被继续实施 | 其他风险警示": a verb waiting for its object.)
# ("2月21日,深交所向 | 安诺其(300067)发出了一封关注函": a regulator and its 向 or 对, the name a link on its own line.)
_UNFINISHED_ENDS = ("的", "及", "、", "有关", "关于", "和", "与", "实施", "实行", "被", "给予", "予以", "采取", "于",
                    "交所向", "交所对", "证监会向", "证监会对", "证监局向", "证监局对", "监管局向", "监管局对")
_NAME_TAIL_START = re.compile(rf"[{CJK}]{{1,8}}(?:股份)?有限公司")
# A list item's mark opens a paragraph of its own ("- 2025年12月26日:深交所下发关注函,要求12月29日前回复").
_ITEM_START = re.compile(r"[-•·●▪?](?!\d)|\d{1,2}、|[一二三四五六七八九十]{1,3}、|\([一二三四五六七八九十\d]{1,3}\)")
# A headline of its own after a blank line, as a page's list of related stories prints them ("深交所向X发出关注函 要求…"):
# the regulator and what it did to whom open it.
_REGULATOR_HEADLINE_START = re.compile(r"(?:深交所|上交所|北交所|中国证监会|证监会)(?:向|对)")
# A news lead's opening: its day, after a regulator or company name at most ("8月3日,", "深交所8月3日下发").
# Or with the company and its code ("天山示例(旧名)(300313)发布公告,…").
# A list item's stamp, its day and its author ("2月15日 | 谢青海", as a page's related stories print them under each
# headline): the end of the item, whatever its headline's length.
_DAY_AUTHOR_STAMP = re.compile(r"(?:(?:19|20)\d\d[年-])?\d{1,2}[月-]\d{1,2}日?(?:\s*\d{1,2}:\d\d)?\s*[|丨]\s*[\u4e00-\u9fff]{2,4}$")
# Any punctuation a line of prose holds.
_ANY_MARK = re.compile(r"[,。;:!?、,.;:!?()“”\"《》]")
_LEAD_START = re.compile(
    r"^[^\d,。;]{0,8}?(?:(?:19|20)\d\d年)?\d{1,2}月\d{1,2}日"
    r"|^[*A-Z\u4e00-\u9fff]{2,10}(?:\([\u4e00-\u9fff]{1,4}\))?\((?:SZ|SH|BJ)?\d{6}(?:\.(?:SZ|SH|BJ))?\)"
)


# A page's furniture line: a web address, or a source line ending in its date ("来源:中证网2021-08-03"), or a portal's
# quote box ("昨收盘:0.000今开盘:0.000…52周最低:0.000").
_FURNITURE_LINE = re.compile(
    r"^https?://|(?:19|20)\d\d-\d{1,2}-\d{1,2}(?:\s*\d{1,2}:\d{2}(?::\d{2})?)?$|52周最低:[\d.]+$")
# A numbered section heading: "一、公司股票可能被实施…的风险暨立案调查进展情况" (an item that wraps onto the next
# line rarely stops on one of these words).
_SECTION_HEADING = re.compile(
    r"^(?:[一二三四五六七八九十]{1,3}、|[(（][一二三四五六七八九十]{1,3}[)）]|\d{1,2}[、.])[^。;；]{2,60}"
    r"(?:情况|原因|说明|事项|提示|内容|安排|进展|影响)$"
)
_SECTION_HEADING_ENDS = ("情况", "原因", "说明", "事项", "提示", "内容", "安排", "进展", "影响")


# A template's file name or path printed on the page ("index_new5.html", "../../zaker_core/tpl_caijing1.html"):
# no text of the story, and the end of the line before it.
_PATH_LINE = re.compile(r"^(?!https?:)[\w.~%#?=&:/-]*(?:/|\.(?:s?html?|php|aspx?|jsp)$)[\w.~%#?=&:/-]*$", re.ASCII)


# A page's own controls below or between stories ("评论", "相关阅读", "分享到"): no part of the paragraph beside them.
# (Read before the page is simplified, so in either script.)
_CHROME_LINE = re.compile(r"(?:[评評][论論]|[暂暫][无無][评評][论論]\S{0,20}|相[关關](?:[阅閱][读讀]|新[闻聞]|文章)|推[荐薦][阅閱][读讀]"
                          r"|[热熱][门門]推[荐薦]|延伸[阅閱][读讀]|分享到?:?|返回(?:[顶頂]部|首[页頁]))$")


# ("于2021 | 年6月3日收到": the year's digits left on the line above.)
_DATE_CUT_END = re.compile(r"(?:19|20)\d\d(?:年(?:\d{1,2}(?:月\d{0,2})?)?)?$|(?<![\d-])\d{1,2}月\d{0,2}$")
_DATE_CUT_START = re.compile(r"\d{0,2}[月日号]|年\d{1,2}月")
# "*st旭蓝": a risk-warning prefix typed in lower case.
_LABEL_BROKEN_OFF = re.compile(rf"(简称[:]?[ \t\u3000]*\*?ST)[ \t\u3000]*\n[ \t\u3000]*(?=[{CJK}])")
_STAR_BROKEN_OFF = re.compile(r"\*[ \t\u3000]*\n[ \t\u3000]*(?=ST)")
_LOWER_ST = re.compile(r"(?<![A-Za-z])(\*?)(?:st|St)(?=[\u4e00-\u9fff])")


def _leaves_open(line):
    """Whether the line stops with something open that the next line closes."""
    # An open quote means the paragraph was cut mid-name ("以下简称"傲农 | 生物").
    if (line.count('"') + line.count("“") - line.count("”")) % 2:
        return True
    if line.count("(") > line.count(")"):
        return True  # and an open bracket, mid-aside ("被中国证券监督管理委员会(以下 | 简称“中国证监会”)立案")
    if line.startswith("关于对") or (line.startswith("关于") and line.endswith("公司")):
        # "关于对示例科技股份有限公司、| 张三、李四 | 采取出具警示函措施的决定": a decision's title goes on to its
        # end (a finished title ends in 决定, 函 or 公告, below).
        return True
    # "关于对示例科技股份有限公司的 | 监管函", "…股份有限公司及有关 | 责任人予以公开谴责的决定": a line cut
    # after a particle or a word that needs what follows goes on.
    return line.endswith(_UNFINISHED_ENDS)


def _is_paragraph_end(line):
    if line.rstrip(_CLOSING_MARKS).endswith(_TERMINAL_MARKS) or line.endswith("下载公告"):
        return True  # (a portal's announcement title: "ST示例:关于…的公告 下载公告")
    # Headlines, bylines, captions; or a closed quote: unless the line leaves something open, whatever the tests
    # below find. (So they are left for the other lines: 2x faster on a headline.)
    if (len(line) < 30 or line[-1] in '"”’」】') and not _leaves_open(line):
        return True
    # A header field, a title, a page's furniture, a section heading: the end of a paragraph all the same.
    # (What the line ends in, or a word it must hold, is tested first: each regex scans the whole line.)
    return bool((("代码" in line or "公告编号" in line) and _HEADER_FIELD.search(line))
                or (line.endswith(_TITLE_ENDS) and _TITLE_LINE.match(line))
                or ((line.startswith("http") or line[-1:].isdecimal()) and _FURNITURE_LINE.search(line))
                or (line.endswith(_SECTION_HEADING_ENDS) and _SECTION_HEADING.match(line))
                # "…血亏2亿多元 - 天天要闻": a page's title with its site's name after a dash.
                or ("-" in line[-12:] and _SITE_AFTER_TITLE.search(line, len(line) - 12)))


_SITE_AFTER_TITLE = re.compile(r"(?<=[\u4e00-\u9fff!?!?”\"])-[\u4e00-\u9fff]{2,8}$")


def readable_text(text):
    """The page as its reader sees it, in its own characters: what a Source stores.

    HTML becomes text (tags and entities), line ends are unified, invisible and bidirectional controls go (they
    could reverse or split what is displayed), runs of blank lines shrink to one. Full-width forms, traditional
    characters, blanks and wrapped lines stay as printed: normalising them is :func:`clean_text`'s job.
    """
    if _LOOKS_HTML.search(text[:5000]):
        text = _SCRIPT.sub(" ", text)
        text = _TAG_BREAK.sub("\n", text)
        text = _TAG.sub("", text)
    if "&" in text:
        text = html.unescape(text)
    text = _INVISIBLE.sub("", text.replace("\r\n", "\n").replace("\r", "\n"))
    return _BLANK_LINES.sub("\n\n", text)


# "2 024年", "20 24年": a year's four digits with a blank among them.
_YEAR_SPLIT_BY_SPACE = re.compile(r"(?<![\d.])(\d{1,3}) (\d{1,3})(?=年)")
# What each of its matches holds, in a pattern that opens with its blank (the engine skips to a literal in C; the
# look-behind above is tried at every position, and a digit first at every digit: 10x slower): most pages hold none,
# and are not scanned so.
_YEAR_SPLIT_HINT = re.compile(r" (?<=\d )\d{1,3}年")


def _joined_year(match):
    year = match.group(1) + match.group(2)
    return year if len(year) == 4 and year.startswith(("19", "20")) else match.group()


_BLANK_LINES = re.compile(r"\n[ \t\u3000]*\n(?:[ \t\u3000]*\n)+")
# What clean_text drops from readable text: blanks, markdown heading marks, pinyin glosses.
_DROPPED = re.compile(r"[\s#()?a-zāáǎàēéěèīíǐìōóǒòūúǔùǖǘǚǜüɡ=▪◁▲◇▽▷★◆▼●☆■•△◀▶◎○□◈❖✦✧]")


def positions_in(text):
    """``(cleaned, positions)``: ``clean_text(text, simplified=False)`` and, for each of its characters, the index
    of the character of `text` it comes from, so evidence found in the cleaned text can be shown in `text`.

    `text` is readable text (:func:`readable_text`): the cleaned text is then `text` with characters dropped
    (blanks, heading marks, glosses) and some replaced one for one (full-width forms, 其它), in the same order.
    """
    cleaned = clean_text(text, simplified=False)
    positions = []
    j, n = 0, len(text)
    for char in cleaned:
        while j < n and text[j].translate(_FULLWIDTH) != char and _DROPPED.match(text[j]):
            j += 1
        positions.append(min(j, n - 1) if n else 0)
        j += 1
    return cleaned, positions


# What a wrapped line of a narrow layout does not stop with: the end of a sentence, a heading's colon, a closing mark.
_WRAPPED_LINE_STOPS = "。!?！？;；:：…”」】)）\"'"


def _narrow_wrap_width(lines):
    """The width (in characters) a narrow layout wraps its ``lines`` (stripped) at, under 30 where the paragraph rules do not join
    them ("你公司2023年期末经审计净资产为负,股票交易自2024 | 年4月27日…" in 28 characters); 0 for any other page.
    A page wraps so when at least six lines, and a third of them, are within two characters of one width."""
    if len(lines) < 6:
        return 0  # (most news pages: a few long paragraphs)
    narrow = [width for width in map(len, lines) if 15 <= width <= 31]
    if len(narrow) < 6 or len(narrow) * 3 < len(lines) - lines.count(""):
        return 0  # (a third of the lines can be within two characters of one width only if a third are narrow)
    counted = Counter(narrow)
    width, held = max(((w, sum(counted[x] for x in range(w - 2, w + 1))) for w in counted), key=lambda pair: pair[1])
    return width if held >= 6 and held * 3 >= len(lines) - lines.count("") else 0


def clean_text(text, simplified=True):
    """Return the text the extractor reads: no HTML, ASCII digits/star, joined lines.

    - HTML tags and entities are removed (block tags become line breaks);
    - full-width ASCII forms (digits, letters, ＊, （）) become ASCII; invisible controls go;
    - traditional characters become simplified ones (unless ``simplified=False``: the same text,
      character for character, in the page's own characters);
    - blanks next to Chinese characters are dropped (newspaper OCR puts them inside names);
    - a portal's price quote after a name ("(0.720, -0.08, -10.00%)") is dropped, and so are its links
      ("(资讯 行情 论坛)", "(300255公告,行情,点评,财报)" after the code);
    - a paragraph split across lines (or a column break) is joined again.
    """
    if _LOOKS_HTML.search(text[:5000]):
        text = _SCRIPT.sub(" ", text)
        text = _TAG_BREAK.sub("\n", text)
        text = _TAG.sub("", text)
    if "&" in text:
        text = html.unescape(text)
    # (A word is looked for only on a page that holds its rarest character: one character is found 10x faster.)
    if "?" in text and ("???" in text or "?年" in text):
        # "证券简称:ST?南卫??????公告编号", "于?2023?年?5?月?4?日": a mirror that wrote its blanks as ASCII question marks
        # (the page's own question marks are full-width, and so not touched here; nor is a broken gloss's ?).
        text = _LOST_BLANK_RE.sub(" ", text)
    if "\r" in text:
        text = text.replace("\r\n", "\n").replace("\r", "\n")
    text, noise = _page_characters(text)
    text = _PINYIN_GLOSS.sub("", text)
    if "t" in text and ("st" in text or "St" in text):
        text = _LOWER_ST.sub(r"\1ST", text)
    if "*" in text:
        text = _STAR_BROKEN_OFF.sub("*", text)  # "公告称,*\nST示例…": a line broken inside the label
    if "ST" in text and "简称" in text:
        text = _LABEL_BROKEN_OFF.sub(r"\1", text)  # "A股证券简称: *ST\n荣华": a line broken after the label
    if noise:  # (nothing since has added or dropped one of its characters)
        text = _SYMBOL_NOISE.sub("", text)
    if "%" in text and "%)" in text:
        text = _PRICE_QUOTE.sub(_price_quote_separator, text)
    if ("坛" in text and "论坛)" in text) or ("壇" in text and "論壇)" in text) or ("吧" in text and "股吧)" in text):
        text = _PORTAL_LINKS.sub("", text)
    if "权)" in text or "權)" in text:
        text = _RIGHTS_LINK.sub("", text)
    if "情," in text and "行情," in text:
        text = _CODE_LINKS.sub("", text)
    if simplified:
        text = to_simplified(text)
    if "#" in text:
        text = _MD_HEADING.sub("", text)
    if "\t" in text:
        text = _SPACES_AROUND_WIDE.sub("", text)
    elif " " in text:
        text = _SPACES_AROUND_WIDE_NO_TAB.sub("", text)
    if " " in text and _YEAR_SPLIT_HINT.search(text):
        text = _YEAR_SPLIT_BY_SPACE.sub(_joined_year, text)  # "于2 024 年10月11日": a PDF's year with a blank inside
    paragraphs = []
    current = ""
    lines = [raw.strip() for raw in text.split("\n")]
    narrow = _narrow_wrap_width(lines)
    previous = ""  # the last line joined into ``current``
    blank = False  # whether a blank line stands between ``current`` and ``line``
    for line in lines:
        if not line:
            blank = True
            continue
        opens = blank and line[0] in "深上北中证" and _REGULATOR_HEADLINE_START.match(line)
        # "米奥会展上市一年半就披星戴帽 | | 4月26日晚间,创业板公司米奥会展发布…": a subheading, a short line with no
        # mark at all, over a paragraph that opens with its day, is no part of the line before it nor of that paragraph.
        subheading = (blank and len(current) > len(previous) and len(previous) < 30
                      and not _ANY_MARK.search(previous) and _LEAD_START.match(line))
        blank = False
        if line.isascii() and _PATH_LINE.match(line):  # (its characters are all ASCII ones)
            if current:
                paragraphs.append(current)
            current = ""
            continue
        # "于2022年4 | 月14日收到": a date the layout broke, whatever the line's length.
        # (The line's start first: it rarely fits; its first character, a digit or 年月日号, before the regex is called,
        # in half the time. A date the line ends in is in its last 11 characters.)
        date_cut = (bool(current) and (line[0] in "年月日号" or line[0].isdecimal()) and _DATE_CUT_START.match(line)
                    and _DATE_CUT_END.search(current, max(0, len(current) - 11)))
        # A page's first line over a news lead that opens with its day ("深交所8月3日下发…") is the headline (not one
        # that ends in the first part of a date).
        headline = not paragraphs and not date_cut and "关于" not in current and _LEAD_START.match(line)
        stamped = len(previous) <= 24 and ("|" in previous or "丨" in previous) and _DAY_AUTHOR_STAMP.match(previous)
        if (current and not stamped and (date_cut or not _is_paragraph_end(current)
                         # "…与本所查明,科林环 | 保装备股份有限公司(以下简称…": a name the layout broke, in a line of prose
                         # (its comma).
                         or (line.find("有限公司", 0, 14) >= 0 and "," in current and "\u4e00" <= current[-1] <= "\u9fff"
                             and _NAME_TAIL_START.match(line))
                         # "你公司2023年期末经审计净资产为负,股票交易自2024 | 年4月27日起被我所实施…": a line as long as the
                         # page's narrow layout wraps them, that stops mid-sentence.
                         or (narrow and narrow - 2 <= len(previous) <= narrow + 1
                             and previous[-1] not in _WRAPPED_LINE_STOPS and not previous.endswith(_TERMINAL_MARKS)))
                and not BYLINE_RE.match(line) and not headline and not opens and not subheading
                and not _ITEM_START.match(line) and not _CHROME_LINE.match(line) and not _CHROME_LINE.match(current)):
            current += line
            previous = line
            continue
        if current and "\u4e00" <= line[0] <= "\u9fff" and (
                (current.endswith("ST") and _LABEL_AT_END_RE.search(current, max(0, len(current) - 4)) is not None)
                or current.rfind("《") > current.rfind("》")):
            # "…下发的《关于庞大示例\n集团股份有限\n公司股票终止上市的决定》": a title the layout broke, however short
            # its pieces (a short line of its own is otherwise a menu's); "近日,ST\n庞大公告": a label broken off its name.
            current += line
            previous = line
            continue
        if current:
            paragraphs.append(current)
        current = previous = line
    if current:
        paragraphs.append(current)
    return "\n".join(paragraphs)
