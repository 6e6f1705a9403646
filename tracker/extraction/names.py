"""Company names on a page and how they tie together.

A page declares names in several ways: a full name ending in 有限公司 followed by
(以下简称"X") / (即"X") / (证券简称:X), a header 证券代码:600123 证券简称:*ST示例, a rename
股票简称由"A"变更为"B", and ST-prefixed short names (ST东时, *ST龙宇). The database may
add names it already knows. :class:`CompanyRegistry` groups all of them into companies.
"""

import re
from bisect import bisect_left
from collections import Counter
from dataclasses import dataclass, field
from functools import lru_cache, partial
from itertools import compress, filterfalse
from operator import itemgetter

from .listed import is_source_mention
from .patterns import COMPOUND_SURNAMES
from .text import CJK

ST_PREFIXES = ("S*ST", "*ST", "SST", "ST")
_ST_PREFIX_RE = re.compile(r"^(?:S\*ST|\*ST|SST|ST)")
# Words that follow "ST" without being a stock name: "*ST公司", "ST股".
_GENERIC_ST_CORES = (
    "公司",
    "股票",
    "个股",
    "企业",
    "板块",
    "概念",
    "股份",
    "标的",
    "风险",
    "摘帽",
    # "需警惕*ST退市风险": the label and what it may lead to, no company's name.
    "退市",
    "类股",
    "制度",
    "新规",
    # "突发ST警报", "戴上ST帽子", "ST预警": the label talked about, no company's name.
    "警报",
    "警示",
    "预警",
    "帽子",
    "危机",
    # "遭大股东占用18.65亿ST戴帽": the cap put on, no company's name.
    "戴帽",
    "摘星",
    "帽",
    # "实施其他风险警示(ST处理)": the treatment itself.
    "处理",
    "处分",
    # "摆脱ST状态": the state under the label.
    "状态",
    # "股票简称前冠以*ST字样", "代码前不再有ST标记": the mark itself.
    "字样",
    "标记",
    "标志",
    "标识",
    # "五家*ST上市公司年报难产": listed companies of the label, no company's name.
    "上市",
)
GENERIC_NAMES = {"公司", "本公司", "上市公司", "该公司", "发行人", "标的公司", "集团", "我公司", "上述公司", "我司", "本司", "贵司"}

# "*ST东海A": a company that has B shares too names its A shares by the letter (not "ST东时A股").
# (Not "被实行ST其他风险警示": the label's own words.)
# ("就在被实施ST前一晚": the label a company is given, then a time, not a name.)
ST_NAME_RE = re.compile(rf"(?<![A-Za-z])(?<!实施)(?:S\*ST|\*ST|SST|ST)(?!其他|风险|成功|顺利)(?P<core>[{CJK}]{{2}})(?:[AB](?![A-Za-z0-9股]))?")
_ST_ANYWHERE_RE = re.compile(r"(?:S\*ST|\*ST|SST|ST)")
_SUFFIX_RE = re.compile(r"(?:股份有限公司|有限责任公司|有限公司)")
_NAME_CHARS = re.compile(rf"[{CJK}()]")
_NOT_NAME_CHAR_RE = re.compile(rf"[^{CJK}()]")
_NOT_A_COMPANY = re.compile(r"证券交易所|股份转让系统|登记结算|证券监督|监督管理|交易所")
# A name run ends at the suffix; it starts after the last of these words, as long as a
# plausible name (4+ characters before the suffix) remains.
_LEFT_BOUNDARY_WORDS = (
    # Datelines glued to the first name of an article: "本报讯示例科技…", "新华社北京5月6日电示例…".
    "本报讯",
    # "南宫28官方网站- APP下载厦门示例股份有限公司关于…": a spam site's menu glued to the title it copied.
    "下载",
    # ("查看PDF原文广东示例玻璃科技股份有限公司关于…": a portal's link to the file.)
    "原文",
    # ("盛运退即是原安徽示例环保(集团)股份有限公司": "the former", before the name a company had.)
    "是原",
    "即原",
    "为原",
    # "转债简称:华钰转债西藏华钰矿业股份有限公司关于…": a convertible bond's name glued to the title below it.
    "转债",
    # "外交部通报江苏示例科技股份有限公司…": the verb of a notice, before whom it names.
    "通报",
    # "导读:特别提示深圳市示例能源股份有限公司关于…": a summary's heading glued to the title.
    "特别提示",
    "重要提示",
    "导读",
    # "违规减持示例科技股份有限公司股票": a trade in the company's shares, not part of its name.
    "减持",
    "增持",
    "买入",
    "卖出",
    # "涉嫌内幕交易、短线交易甬金科技集团股份有限公司股票": the trade, before whose shares.
    "内幕交易",
    "短线交易",
    "日电",
    "关于对",
    # "时任新疆示例健康产业股份有限公司(以下简称示例)董事长": a party's post, before the company it was held at.
    "时任",
    # "拟决定:1.责令湖北示例科技股份有限公司改正": the order's verb before the company it names.
    "责令",
    "现任",
    "曾任",
    # "上交所决定对常林股份有限公司…": a regulator's verb and 对, however short the name after them.
    "决定对",
    # ("深交所向鸿博示例股份有限公司发出关注函": the exchange and 向 or 对, however short the name after them.)
    "交所向",
    "交所对",
    "分别对",
    "依法对",
    "关于",
    "收到",
    "发布",
    "公告",
    "子公司",
    # ("向联营企业新疆示例牧业股份有限公司提供借款": the company's associate, by its kind, before its name.)
    "联营企业",
    "合营企业",
    "参股公司",
    "关联方",
    "控股股东",
    "股东",
    "旗下",
    "出具",
    "公司",
    "记者",
    "表示",
    "显示",
    # ("…的决定》,指出深圳示例互动网络股份有限公司(下称“示例”)…": what a decision points out, then whom.)
    "指出",
    "包括",
    "例如",
    "比如",
    "其中",
    "此外",
    "以及",
    "针对",
    "决定",
    "终止",
    # "关于撤销示例食品集团股份有限公司股票其他风险警示的申请": the warning lifted, before whose stock.
    "撤销",
    "同意",
    "要求",
    "督促",
    "批准",
    "核准",
    "认定",
    "处罚",
    "下发",
    "发出",
    "处分",
    "谴责",
    "批评",
    "宣布",
    "获悉",
    "通知",
    "了解到",
    # "交易所继续追问美尚示例景观股份有限公司董事会": the exchange asking again, before whom.
    "追问",
    # "子公司开拓了新客户嘉兴示例饮片股份有限公司": a trading partner, by its role before its name.
    "客户",
    "交易所",
    # "因公司涉嫌福建省示例林业(集团)股份有限公司持股变动信息披露违法": what a party is suspected of, about another.
    "涉嫌",
    # "虚假记载遭立案 受损投资者索赔窗口已开启 | 北京示例科技股份有限公司股票…": a long headline without a stop,
    # joined to the line below it as a wrapped line is.
    "立案",
    "索赔",
    "开启",
    # "给予云南示例药业股份有限公司…纪律处分", "对其保荐机构华融证券股份有限公司出具": the verb, the role.
    "给予",
    "予以",
    "保荐机构",
    "主办券商",
    "财务顾问",
    # "由本次债券受托管理人中国国际金融股份有限公司编制": a bond's trustee, by its role.
    "受托管理人",
    "主承销商",
    "证监局",
    "证监会",
    "监管局",
    "委员会",
    "披露",
    "公布",
    "显示",
    "获得",
    # "金龙控股集团有限公司及一致行动人合计持有金龙机电股份有限公司股份": the holding verb, then the company held.
    "持有",
    # "关于占用孚日集团股份有限公司资金的还款计划": the taking, then the company taken from.
    "占用",
    "侵占",
    "挪用",
    # "湘潭中院裁定受理龙牌食品股份有限公司对公司的重整申请": a court's ruling, then the applicant.
    "裁定",
    "受理",
    "内容",
    "如下",
    # "我局在日常监管中发现湖北示例化工股份有限公司存在…": what the regulator found, then whom.
    "发现",
    # "根据浙江示例科技股份有限公司…的公告": the source of what follows, then whose.
    "根据",
    # ("鉴于福建示例股份有限公司股票…": "given that", then the company.)
    "鉴于",
    # "青岚股份收购了广东示例控股集团股份有限公司51%的股权": the buyer, then the company bought.
    "收购",
    "收购了",
    # "本所接受天马示例集团股份有限公司(以下简称…)委托": a law firm engaged by the company.
    "接受",
    # "将聘请山西示例证券股份有限公司…提供股份转让服务": the firm a company engages, after the verb.
    "聘请",
    "聘任",
    "续聘",
    "改聘",
    "选聘",
    "并购",
    # A round-up's items: "一是东莞示例光电股份有限公司…", "二是…".
    *(f"{n}是" for n in "一二三四五六七八九十"),
)
_LEFT_BOUNDARY_CHARS = "对向与和及的是为在由将被据称于自经暨即等从把给因如"
# Boundary characters that also start a word of a name right after its place ("天津经纬", "浙江和顺").
_NAME_WORD_CHARS = "经和为由自如因"
_WORDS_STARTING_AS_BOUNDARIES = ("自动化", "自然", "和谐", "和平", "经纬", "如意")
# A single leading character that cannot start a company name ("一、对红岭新材料…").
_LEADING_VERB_CHARS = "对向被经由据于自将在称暨即从把给"
_DATE_RESIDUE_RE = re.compile(r"^[日号月年](?:晚间|早间|晚|午间|上午|下午|盘后|盘前)?")
_DATELINE_RESIDUE_RE = re.compile(r"^(?:[日号](?:电|讯|消息)|电|讯)")
ALIAS_RE = re.compile(
    r"\s*\((?:以下简称|以下称|下称|简称|即|证券简称|股票简称|股票代码|证券代码)[::]?\s*[\"“「]?"
    # "(证券简称:新纶科技 002341)": the code right after the short name, no separator; "(以下简称梦舟股份 证券代码:600255)":
    # a space before the code's label.
    rf"(?P<alias>[{CJK}A-Za-z*0-9]{{2,12}}?)[\"”」]?(?:\s*(?P<code2>\d{{6}}))?"
    rf"(?:或[\"“「]?(?P<alias2>[{CJK}A-Za-z*0-9]{{2,12}}?)[\"”」]?)?(?P<rest>(?:[,;、]|\s*(?=(?:证券|股票)代码))[^()]{{0,40}})?\)"
)
_FORMER_NAME_RE = re.compile(rf"(?:曾用名|原名称|原名)[::]?\s*[\"“]?(?P<name>[{CJK}]{{4,30}}?(?:股份有限公司|有限公司))")
_QUOTED_REST_RE = re.compile(rf"^[,、]\s*[\"“「]([*A-Za-z{CJK}0-9]{{2,12}}?)[\"”」]")
_REST_SHORT_NAME_RE = re.compile(
    rf"(?:证券|股票|A股)简称[::]\s*[\"“]?(?P<name>[*A-Za-z{CJK}]{{2,10}}?)[\"”]?(?=[,;、]|$)"
)
CODED_ALIAS_RE = re.compile(
    # (Not "(简称东方集团,600811)": the word that declares the name, read by ALIAS_RE.)
    rf"\((?!以下简称|简称|以下称|下称|即)(?P<alias>[*A-Z]{{0,3}}[{CJK}]{{2,6}}),\s*(?P<code>(?:00[0-3]|30[01]|60[0-5]|68[89]|92\d|[48][37]\d)\d{{3}})"
    r"(?:\.(?:SZ|SH|BJ))?\)"
)
# "宁川示例股份有限公司,A股证券简称:*ST宁川,A股证券代码:600917" (a party list in a decision).
LISTED_AS_RE = re.compile(
    rf"[,;]\s*(?:A股)?(?:证券|股票)简称[::]\s*(?P<alias>[*A-Za-z{CJK}]{{2,10}}?)(?=[,;。\s]|$)"
    r"(?:[,;]\s*(?:A股)?(?:证券|股票)代码[::]\s*(?P<code>\d{6}))?"
)
_CODE_RE = re.compile(
    r"(?<!\d)(?P<code>(?:00[0-3]|30[01]|60[0-5]|68[89]|92\d|[48][37]\d|900|200)\d{3})(?:\.(?:SH|SZ|BJ))?(?!\d)"
)
HEADER_RE = re.compile(
    r"(?:证券|股票)代码[::]\s*(?P<code>\d{6})[\s,;]*(?:证券|股票)简称[::]\s*"
    rf"(?P<name>[*A-Za-z{CJK}]{{2,10}}?)(?=\s|公告编号|公?编号|债券|$|[,;])",
    re.M,
)
# "证券简称:*ST广珠 证券代码:600382": the same header, the name first, opening its line (in a story's brackets,
# "(证券简称:瑞丰达,证券代码:600871)", the words declare a name, not an announcement's issuer).
HEADER_NAME_FIRST_RE = re.compile(
    rf"^[ \t]*(?:证券|股票)简称[::]\s*(?P<name>[*A-Za-z{CJK}]{{2,10}}?)[\s,;]*(?:证券|股票)代码[::]\s*(?P<code>\d{{6}})", re.M
)


def find_headers(text):
    """The code-and-name headers of announcements in ``text``, in either order, as matches with the groups ``name``
    and ``code``, by position."""
    if "代码" not in text:
        return []
    return sorted([*HEADER_RE.finditer(text), *HEADER_NAME_FIRST_RE.finditer(text)], key=lambda match: match.start())


# A site's quote link inside a new name's quotes: "变更为“泛微网络(行情603039,诊股)”".
QUOTE_LINK = r"(?:\(行情\d{6}(?:[, ]诊股)?\))?"
# "简称由“东旭光电、东旭B”变更为“ST旭电、ST东旭B”": the A share's name, then its other classes'.
OTHER_CLASS = r"(?:、[^\"”」、]{2,12}){0,2}"
# ("其股票简称26日起由“九芝堂”变更为“ST九芝”": the day between.)
# ("股票简称:由“天喻信息”变更为“ST天喻”": a colon after the word.)
# ("证券简称自12月23日起由“X”变更为“ST X”": the day it takes effect between.)
# ("股票简称就已由“X”变成了“*ST X”": 就, and 了 after the verb.)
_RENAME_ADVERBS = r"(?::|将|已|已经|就|才|刚|刚刚|才刚|也|随之|正式|(?:自|从)?(?:\d{4}年)?(?:\d{1,2}月)?\d{1,2}日(?:开市)?起)*"
_RENAMED_AS_RE = re.compile(
    rf"\((?:现|现已|已|已经|后|后来|目前已|如今已)?(?:更名为|改名为)[\"“]?(?P<new>[*A-Z{CJK}]{{2,8}}?)[\"”]?\)")
# "如今已经更名为祥源示例(600576)的万家示例": the old name after the new one and its code.
_RENAMED_BEFORE_RE = re.compile(
    rf"(?:已经|现已|如今已经?|已|后来|后)?(?:更名为|改名为)[\"“]?(?P<new>[*A-Z{CJK}]{{2,8}}?)[\"”]?"
    rf"(?:\((?:SH|SZ|BJ)?\d{{6}}(?:\.(?:SH|SZ|BJ))?\))?的(?P<old>[{CJK}]{{4}})")
RENAME_RE = re.compile(
    # ("公司简称“中国远洋”变更为“*ST远洋”": the old name in quotes without 由.)
    rf"简称{_RENAME_ADVERBS}(?:由|从)?[\"“「](?P<old>[^\"”」、]{{2,12}}){OTHER_CLASS}[\"”」](?:(?:变更|恢复|更名|改|调整|变)为|变成了?|变)"
    rf"(?:[\"“「](?P<new>[^\"”」、]{{2,12}}?){QUOTE_LINK}{OTHER_CLASS}[\"”」]"
    # ("简称由“*ST新宁”变更为新宁物流。": the new name bare; find_renames keeps it only where it holds the old core.)
    rf"|(?P<new_plain>[{CJK}]{{2,4}}?)(?=[,。;、\s(]|$))"
    # Unquoted, where the old name carries its label: "简称才刚从*ST猛狮变更为ST猛狮".
    rf"|简称{_RENAME_ADVERBS}(?:由|从)(?P<old_bare>\*?ST[{CJK}]{{2,4}}?)(?:(?:变更|恢复|更名|改|调整|变)为|变成了?)"
    rf"(?P<new_bare>(?:\*?ST)?[{CJK}]{{2,4}}?)(?=[,。;、\s(]|$)"
)


# "10月31日起“东尼示例”将正式变更为“ST东尼”": a name given its label, without the word 简称 (find_renames keeps it
# only where the old name holds the new one's core in order).
_LABELLED_RENAME_RE = re.compile(
    r"[\"“「](?P<old_q>[^\"”」、,。;]{2,12})[\"”」](?:将|已)?(?:正式)?(?:变更|更名|改)为"
    rf"[\"“「](?P<new_q>\*?ST ?[{CJK}]{{2,6}}?)[\"”」]")


# "安通示例因此变更为“ST安通”": the old name bare (kept, as above, only where it is a name and holds the new core).
_BARE_LABELLED_RENAME_RE = re.compile(
    rf"(?P<old_q>[{CJK}]{{4}})(?:因此|随之|也)?(?:将|已)?(?:正式)?(?:变更|更名|改)为"
    rf"[\"“「](?P<new_q>\*?ST ?[{CJK}]{{2,6}}?)[\"”」]")


# What every _LABELLED_RENAME_RE match holds (most pages hold none, and then the pattern, tried at each quote, is not).
_LABELLED_RENAME_HINTS = tuple(f"为{quote}{label}" for quote in "\"“「" for label in ("ST", "*ST"))


def may_hold_labelled_rename(text):
    """Whether ``text`` holds the words every _LABELLED_RENAME_RE match does (each holds ST: most texts lack it)."""
    return "ST" in text and any(hint in text for hint in _LABELLED_RENAME_HINTS)


def find_renames(text, is_name):
    """The renames in ``text`` (RENAME_RE's matches, and _LABELLED_RENAME_RE's outside them), in order; a bare new name
    after a quoted old one only where it holds the old name's core in order, as a company's own names do (not
    "简称由“ST甲乙”变更为其他名称"); a rename without 简称 only of a name ``is_name`` (a test of the old name) passes
    and whose new name's core the old one holds (not "将“其他风险警示”变更为“ST…”")."""
    found = [match for match in RENAME_RE.finditer(text)
             if not match.group("new_plain") or holds_in_order(match.group("new_plain"), strip_st(match.group("old")))]
    if may_hold_labelled_rename(text):
        spans = [match.span() for match in found]
        found += [match for pattern in (_LABELLED_RENAME_RE, _BARE_LABELLED_RENAME_RE) for match in pattern.finditer(text)
                  if not any(start <= match.start() < end for start, end in spans)
                  and holds_in_order(match.group("old_q"), strip_st(match.group("new_q")).replace(" ", ""))
                  and is_name(match.group("old_q").strip())]
        found.sort(key=lambda match: match.start())
    return found


def rename_names(match):
    """(old, new, old's position, new's position) of a find_renames match, quoted or bare."""
    groups = match.groupdict()
    if groups.get("old_q"):
        return groups["old_q"], groups["new_q"], match.start("old_q"), match.start("new_q")
    if groups["old_bare"]:
        return match.group("old_bare"), match.group("new_bare"), match.start("old_bare"), match.start("new_bare")
    new = "new" if match.group("new") is not None else "new_plain"
    return match.group("old"), match.group(new), match.start("old"), match.start(new)
# The parts of an announcement after the announcer's name: the day, words of when, and the announcing itself.
# ("利尔达在3月13日发布公告称": the day with 在 or 于 before it.)
# ("示例集团28日晚公告": the day alone, its month the story's.)
_ANNOUNCED_ON = r"(?:[在于]?(?:(?:\d{4}年)?\d{1,2}月)?\d{1,2}日)?"
# ("江苏示例就已发布公告称", "太原示例突然发布公告": an adverb between the name and the announcing.)
_ANNOUNCED_WHEN = ("今日|近日|日前|当日|当晚|今晚|昨晚|昨日|昨天|今天|晚间|早间|(?<=日)晚|近期|同日|也|亦|还|曾经|曾|又|再次|已"
                   "|就|突然|突|随即|随后|则|便|最新|最近"  # ("示例科技最新公告表示", "示例股份最近公告称")
                   # ("示例智慧却在5月1日公告称": the adverb, then the day; a day after every adverb cost the scan 40%.)
                   "|却(?:[在于](?:(?:\\d{4}年)?\\d{1,2}月)?\\d{1,2}日)?"
                   "|再度|再"  # ("示例国际再发公告称")
                   "|午间|中午|盘后|盘前|对外")  # ("示例生物今日午间发布公告", "示例集团对外公告称")
# ("普利示例发布关于立案调查事项进展的公告": the announcement by its title.)
# ("…概念的长城示例公布,公司于4月11日收到…": what the company made public, told of itself.)
_ANNOUNCES = r"(?:(?:发布|披露)?(?:公告称|发布公告|披露公告|发公告|晚间公告|公告显示|公告表示|公告指出)|(?:发布|披露)了?《?关于|公布(?=,(?:公司|该公司)))"
# Remarks some mirrors insert after a company's name: "ST尔雅(维权)", "广东嘉应制药(维权)股份有限公司".
_SITE_REMARK = r"\((?:维权|诉讼|索赔)\)"
_NAME_START = rf"(?<![{CJK}A-Za-z*])"
# "示例电气晚间公告称" / "示例电气(即"*ST示例")": a short name declared without its full name; several may announce
# together ("A、B相继发布公告").
ANNOUNCER_RE = re.compile(
    # "一央企子公司中船示例披露公告称", "上市公司示例股份公告称": a description may run into the name.
    rf"(?:{_NAME_START}|(?<=子公司)|(?<=上市公司)|(?<=企业))(?P<name>[{CJK}]{{2,6}}?){_ANNOUNCED_ON}"
    rf"(?:{_ANNOUNCED_WHEN}|相继|先后|分别|纷纷|均|同时)*{_ANNOUNCES}"
)
# "深交所和乐视网分别发布公告称": the second of two announcers, named after 和/与/、 (the word after it must say they
# announced together).
_CO_ANNOUNCER_RE = re.compile(
    rf"(?<=[和与、])(?P<name>[{CJK}]{{2,6}}?){_ANNOUNCED_ON}(?:分别|相继|先后|同时|均|纷纷)+(?:{_ANNOUNCED_WHEN})*{_ANNOUNCES}"
)
# "去年底曾爆出巨额商誉减值的数知科技公告称": a clause describing the announcer, then its four-character name.
_DESCRIBED_ANNOUNCER_RE = re.compile(
    rf"(?<=的)(?P<name>[{CJK}]{{2}}(?<!年度|业绩|临时|最新|相关|有关|正式|上述|该项|此次|本次)"
    rf"[{CJK}]{{2}}(?<![告报知件定明书函])){_ANNOUNCED_ON}(?:{_ANNOUNCED_WHEN})*{_ANNOUNCES}"
)
# "示例股份4月28日公告,公司股票…": the bare word before the comma that opens what it says, after a name of four
# characters, the usual short name, and nothing else in the run ("导读示例股份…" is a heading glued to it).
BARE_ANNOUNCER_RE = re.compile(rf"{_NAME_START}(?P<name>[{CJK}]{{4}}){_ANNOUNCED_ON}(?:{_ANNOUNCED_WHEN})*公告(?=[,:])")
# "据锦州港公告,因公司…": the company whose announcement the story cites, a name of three characters or more.
_CITED_ANNOUNCER_RE = re.compile(rf"(?<=据)(?P<name>[{CJK}]{{3,6}}?)(?:发布的|披露的|的)?(?:最新)?公告(?=[,:])")
# "太安堂(维权)发布公告称": a site's remark between the name and what it announces.
_REMARKED_ANNOUNCER_RE = re.compile(
    rf"{_NAME_START}(?P<name>[{CJK}]{{2,6}}){_SITE_REMARK}{_ANNOUNCED_ON}(?:{_ANNOUNCED_WHEN})*{_ANNOUNCES}"
)
# An announcer's match lies inside one run of Chinese characters and digits, and the run holds 公告.
_NOT_IN_RUN_RE = re.compile(rf"[^{CJK}\d]")


def _runs_holding(text, word):
    """(start, end) of each run of Chinese characters and digits in ``text`` that holds ``word`` (of such
    characters), found from where the word stands: most runs of a page do not hold it."""
    backwards = text[::-1]  # where the run starts: the first character before the word that is no part of it
    at = text.find(word)
    while at >= 0:
        before = _NOT_IN_RUN_RE.search(backwards, len(text) - at)
        after = _NOT_IN_RUN_RE.search(text, at)
        start, end = len(text) - before.start() if before else 0, after.start() if after else len(text)
        yield start, end
        at = text.find(word, end)


def _receipts(text):
    """Where a regulator's document or measure is received ("收到深交所…", "被证监会…"), ascending. (Each word found
    with str.find and the pattern tried there: a scan of the whole page by the pattern took 50 µs, a fiftieth of a
    page.)"""
    found = []
    for word in ("收到", "被"):
        at = text.find(word)
        while at >= 0:
            if _RECEIVED_FROM_RE.match(text, at):
                found.append(at)
            at = text.find(word, at + 1)
    return sorted(found)


def _announcements(text):
    """ANNOUNCER_RE's matches in ``text``, looked for only in the runs that hold 公告 (the same matches: none
    crosses a run's end; the character after the run is kept in view for the bare "公告,") instead of trying a
    name at the start of every run. A run with both kinds gives both (the registry keeps a name once)."""
    for start, end in _runs_holding(text, "公告"):
        yield from ANNOUNCER_RE.finditer(text, start, end)
        yield from _CO_ANNOUNCER_RE.finditer(text, start, end)
        yield from _DESCRIBED_ANNOUNCER_RE.finditer(text, start, end)
        yield from BARE_ANNOUNCER_RE.finditer(text, start, end + 1)
        if text.find("据", start, end) >= 0:
            yield from _CITED_ANNOUNCER_RE.finditer(text, start, end + 1)
    for start, end in _runs_holding(text, "公布,") if "公布," in text else ():
        # (The run ends at the comma, which the pattern looks past, at the pronoun after it.)
        yield from ANNOUNCER_RE.finditer(text, start, end + 4)
        yield from _DESCRIBED_ANNOUNCER_RE.finditer(text, start, end + 4)
    for word in ("发布了《", "披露了《"):
        # "2018年7月11日,融钰示例发布了《关于签署…的公告》": the title's mark ends the run (公告 is in the next).
        for start, end in _runs_holding(text, word[:-1]) if word in text else ():
            if text.startswith("《关于", end):
                yield from ANNOUNCER_RE.finditer(text, start, end + 3)
    if "(" in text and _SITE_REMARK_RE.search(text):
        yield from _REMARKED_ANNOUNCER_RE.finditer(text)


# "海岚股份(603517)", "东岳能源(SZ300512)": a short name with its stock code in brackets.
# Finance portals write "双环科技(行情000707,诊股)": the code inside a link to its quote and its diagnosis.
CODE_IN_BRACKETS = (
    # ("科示电器(0921.HK,000921.SZ)": a company listed in Hong Kong too, that code first.)
    r"\((?:行情)?(?:\d{4,5}\.HK[,、]\s?)?(?:(?:SZ|SH|BJ)[.:]?|(?:深|沪|京|北)(?:市|交所)?[::])?(?P<code>(?:00[0-3]|30[01]|60[0-5]|68[89]|92\d|[48][37]\d)\d{3})"
    # "深圳能源(SZ000027,股价6.48元,市值308亿元)", "华讯方舟(000687,股吧)": a portal's figures or link after the code.
    # ("创兴示例(600193,SH )": the exchange after a comma, a blank before the bracket.)
    r"(?:\.(?:SH|SZ|BJ)|,\s?(?:SH|SZ|BJ)\s?)?(?:[, ]诊股|,股吧|,(?:股价|市值|收盘价|现价)[^()\n]{0,30})?\)"
)
# ("“紫晶存储”(688086)": the name in quotes before its code; "立方数科(深:300344)": a Hong Kong outlet's market.)
CODED_NAME_RE = re.compile(rf"(?P<run>[{CJK}*A-Z]{{2,10}})[\"”]?{CODE_IN_BRACKETS}")
# The bracketed code alone, found in one quick pass: most pages have none, and then the scan above (which tries
# a run of names at every position) is skipped.
_CODE_IN_BRACKETS_RE = re.compile(CODE_IN_BRACKETS)
# A short name and its code in brackets, right before the rest of a full name (see find_full_names).
_CODED_HEAD_RE = re.compile(rf"(?P<head>[{CJK}]{{2,12}}){CODE_IN_BRACKETS}$")
# What may follow a short name: punctuation, a particle, or a common verb ("ST芯联科公告" vs "*ST华微的").
_AFTER_NAME_RE = re.compile(
    r"[^\u4e00-\u9fff]|[的于在已将被及和与等称因也还则是为自从对向并又再均仍曾拟获遭所今去此或系即以予受给亦]|"
    r"公告|表示|披露|发布|股票|收到|接到|近日|日前|目前|颇具|年报|控股|实际|董事|当日|晚间|早间|方面|相关|作为|成为|宣布|涉嫌|涉及|"
    r"面临|公司|股价|证券|监事|总经理|财务|高管|处以|处罚|"
    # "继*ST三维后", "*ST猛狮触及了退市条件": no short name ends with these.
    r"后(?=[,。;\s])|触及|触发"
    # "ST惠伦案:因掩盖关联方资金占用…": the company's case.
    r"|(?<![立结办报备])案(?=[:,。;\s])"
)
# "*ST数知更是在今年两度被立案": an adverb after the name, not its third character.
# ("*ST紫晶近6日累计涨约55%": a span of days after the name.)
_ADVERBS = ("更是", "也是", "还是", "就", "正是", "又是", "亦是", "仍是", "更为", "更加", "再度", "再次", "曾经", "依然", "近",
            "随即", "随后", "旋即", "立即")  # ("*ST南化随即在12月21日抛出…")
_CONJUNCTION_OPENING_RE = re.compile(r"尽管|虽然|虽|但是|而且|由于|因为|如果|此外|同时|另外|然而|不过|因此|所以|其中|随后|目前")
SHORT_ALIAS_RE = re.compile(
    # ("苏州第六家上市公司江苏示例(即退市苏示)": what it is, then the name.)
    # ("同济堂(股票代码:*ST济堂)": a name under the code's label, as a page may write it; 程式码 in Taiwan's words.)
    # ("ST锦示(即锦州示 SH600190,股价1.76元)": an ST name, then its plain one and the code.)
    rf"(?:(?<![{CJK}A-Za-z*])|(?<=上市公司)|(?<=A股公司))(?P<name>\*?ST[{CJK}]{{2,4}}|[{CJK}]{{2,6}})\((?:以下简称|以下称|下称|简称|即|证券简称|股票简称"
    r"|(?:股票|证券)(?:代码|程式码))[::]?\s*[\"“「]?"
    rf"(?P<alias>[{CJK}A-Za-z*]{{2,10}}?)[\"”」]?(?:\s*(?:SH|SZ|BJ)?\d{{6}})?(?:[,;、][^()]{{0,40}})?\)"
)
# The bracket that opens such a declaration: the name is the two to six characters right before it.
_ALIAS_OPENING_RE = re.compile(r"\((?:以下简称|以下称|下称|简称|即|证券简称|股票简称|股票代码|证券代码|股票程式码|证券程式码)")
# "上交所对华晟医药予以公开谴责", "向华源股份发出关注函": a four-character short name with a
# usual industry ending, right after 对/向 and right before a measure verb or an officer.
_INDUSTRY_ENDINGS = (
    "股份|科技|医药|电子|材料|智能|环境|新材|能源|电气|控股|实业|化工|生物|药业|光电|传媒|文化|环保|信息|通信|汽车|机械|"
    "装备|建设|地产|食品|农业|物流|矿业|电力|技术|软件|网络|数据|精密|重工|高科|纺织|服饰|家居|制药|健康|医疗|电器|设备|"
    "新能|集团|数字|数码|数科|教育|"
    # ("证监会拟对越博动力及相关责任人员给予警告": endings of many listed names, none a common noun's.)
    "国际|化学|精工|高新|动力|机电|激光|燃气|航空|石化|智控|数控|种业|电缆|纸业|节能|铝业|光学|通讯|水泥|钢铁|乳业|精机|"
    "智造|防务|水务|照明|啤酒|建工|园林|传动|生化|影视|液压|轮胎|特钢|客车"
)
_INDUSTRY_ENDING_SET = frozenset(_INDUSTRY_ENDINGS.split("|"))
# What a full name may add to a short name of three characters: an industry, or a word too common after other words to
# end a short name ("希示尔男装股份有限公司", "上海大示城企业股份有限公司").
_FULL_NAME_ENDINGS = _INDUSTRY_ENDING_SET | {"企业", "旅游", "服装", "男装", "百货", "商业", "酒店", "置业"}
_INDUSTRY_ENDING_NOT_GROUP = "(?:" + "|".join(e for e in _INDUSTRY_ENDINGS.split("|") if e != "集团") + ")"
CONTEXT_NAME_RE = re.compile(
    rf"(?<=[对向就])(?P<name>[{CJK}]{{2}}(?:{_INDUSTRY_ENDINGS}))"
    # ("创业板公司管理部向暴风示例集团再发关注函": a letter sent again.)
    r"(?=及其|及|和|、|采取|予以|给予|出具|发出|下发|作出|处以|董事长|董事会|总经理|时任|控股股东|实际控制人|\("
    r"|(?:再|又|再次)发|发(?:关注|问询|监管|工作)?函)"
)
# CONTEXT_NAME_RE with the character it looks behind for taken instead: the engine skips to it in C. (The same names:
# no industry ending ends with 对, 向 or 就, so no match holds the one that opens the next.)
_CONTEXT_NAME_AFTER_RE = re.compile("[对向就]" + CONTEXT_NAME_RE.pattern.removeprefix("(?<=[对向就])"))
_REGULATOR_TO_NAME_RE = re.compile(
    rf"(?:上交所|深交所|北交所|交易所)对(?P<name>[{CJK}]{{4}})(?=(?:下发|出具|发出)[^,。;]{{0,30}}?(?:问询|关注|工作)函)")
_PRONOUN_STARTS = "其该此本贵你我"
_NOT_CONTEXT_NAME = re.compile(
    r"^(?:相关|上述|其他|部分|多家|这些|该类|本次|一些|各类|有关|主要|头部|龙头|涉事|问题|违规|两家|三家|各家|某些|同类|此类|"
    r"光伏|锂电|新能|半导|房地|消费|基础|化学|有色|传统|高端|新型|数字|人工|金融|境外|国内|全球|国有|民营|上市|行业|板块|整体|"
    r"其控|公司|该股|个股|标的)"
)
# "5月5日晚间公告称": date words are not a company; nor is "但据其2月6日晚间公告", a conjunction and a pronoun
# (no listed short name starts with 但, 而 or 据).
# ("在《中国证券报》…及巨潮资讯网披露了《关于…》": where the company published, not who.)
# ("根据相关公告,…": what a fact rests on; "国盛金控(002670)点此报名索赔 公告称": a portal's link inserted.)
_NOT_ANNOUNCER = re.compile(r"^[日号月年但而据及]|^(?:根据|依据|按照|依照)|点此|索赔|资讯网|周[一二三四五六日天末](?:$|上午|下午|中午|晚间|晚|早间)|星期|[曾亦]$|先后|相继|分别|纷纷|发布|披露|晚间|早间|今日|近日|日前|当日|当晚|昨晚|昨日|昨天|今天|同日|另据|据其|此外|随后|同时")
_NOT_SHORT_NAME = re.compile(
    # ("多伦股份", "多氟多": a name may hold 多; "多家", "众多", "多只": a count never is one.)
    # ("香港联交所曾于今年初公开谴责…": an exchange, 联交所 or 港交所 as much as 上交所.)
    r"公司|家|多(?=[家只名个位数项次起年月日天方份种条股])|(?<=[众诸许较更最很])多|多$|些|交易所|交所|证监|监管|记者|投资者|股东|董事|机构|部门|政府|法院|中心|协会|委员会|本报|^在"
    # "阳川化工董事、财务总监被上交所…": an officer's role, not a company (no short name holds one).
    r"|总监|总经理|总裁|董秘|秘书|负责人|控制人|实控人|高管"
    # "深交所连开3张罚单,A、B等3家公司…": the tickets counted before the list, no item of it.
    r"|罚单|罚款|处罚"
    # "…高级管理人员(以下简称“公开认定”)": a measure's name, not a company's.
    r"|人员|认定"
    # "今年以来,ST青岚、*ST岳林、阳川化工等公司…": words of time before a list are no item of it.
    r"|以来|期间|目前|近期|近日|此前|截至|今年|去年|年初|年底"
    # ("此次绝味受罚…" beside "ST绝味": "this time", then the name's core.)
    r"|^(?:此次|这次|本次|此番|这番|这是|那是|就是|正是|也是|还是|这家|那家)"
    # ("二是泛海控股子公司…": a list's second point, then the name's core.)
    r"|^[一二三四五六七八九十]是"
    # "大唐同时公告称": a name, then "at the same time" (no company's name ends so).
    r"|同时$|随后$"
    # "9只股票发布公告": a count of stocks; "具体来看,A、B…": a phrase that opens a list.
    r"|只股|股票|来看|看来"
    # "发出2021年年报问询函(以下简称“问询函”)": a letter the page abbreviates, not a company.
    r"|函$|告知书|决定书"
    # "清偿债务本金不低于18,000万元(简称“首笔清偿款”)": a sum the page abbreviates; "你公司2019年年度报告(以下简称
    # “年报”)": a report.
    r"|元$|款$|报告$|年报$"
    # "以免像上次白云山那样,面对质疑发公告": what a company faced, before it announced.
    r"|^面对|^面临|质疑"
)

# Every alternative opens with its first character, any look-behind after it: the regex engine then scans for those
# characters in C instead of trying the pattern at each position of a sentence (1.7x faster).
PRONOUN_RE = re.compile(
    "(?:"
    "该公司|本公司|你公司|贵公司"
    # "上交所对其股票叠加实施退市风险警示": its stock, the story's company's.
    # "证监局决定对其采取出具警示函的措施": the story's company, its officer or its shareholder; the record is the
    # company's either way (the extractor skips 其 after an intermediary, see _INTERMEDIARY_RE).
    # ("北交所将自其股票复牌之日起对其实施退市风险警示": the warning put on its stock.)
    "|其(?:(?<=对其)(?=股票|采取|出具|予以|给予|作出|下发|处以|立案|责令|控股股东|实际控制人|实控人|董事|及|实施|实行|叠加)"
    # "其因涉嫌信息披露违法违规,于去年6月25日被证监会立案调查": a clause that opens with it.
    # ("其2017年度、2018年度净利润…连续两年为负,已于…起“披星戴帽”": its years, at the clause's start.)
    rf"|(?<![{CJK}]其)(?=因涉嫌|于\d|已于|曾于|此前|日前|近日|(?:19|20)\d\d年)"
    # "海南证监局曾因其2023年年报存在错报下达责令整改通知": the cause a regulator gives, about the story's company.
    r"|(?<=因其)(?=(?:19|20)\d\d年|年报|年度报告|半年报|定期报告|财务|信息披露|信披|未按|未及时))"
    # "这家曾被誉为“国产中间件龙头”的上市公司,…被证监会处以罚款": the story's company, described.
    rf"|这(?<![{CJK}]这)家(?:[^,。;]{{0,24}}?的)?(?:上市)?公司"
    # "2024年11月8日起,股票被实施其他风险警示": the story's company's stock, the clause's subject.
    # ("包括:延期公布年报、股票被ST“戴帽”、…": an item of a list of the company's troubles.)
    "|股票(?<=[,;—、:]股票)(?=被实施|被实行|将被实施|已被实施|被\\*?ST|被[\"“]\\*?ST)"
    # ("因此,按照规定股票交易自2023年5月5日起被实施“其他风险警示”": its stock's trading, from a day.)
    "|股票交易(?:(?<=[,;—、:]股票交易)|(?<=规定股票交易)|(?<=因此股票交易)|(?<=随后股票交易)|(?<=此后股票交易))"
    "(?=(?:自|于)[^,。;]{4,24}?(?:被|将被)(?:实施|实行))"
    # "上交所对上市公司及控股股东予以公开谴责": the decision's company with its parties ("证监会拟对上市公司罚款2.29亿元,
    # 对7名责任人合计罚款…": the company, as against its people).
    "|上市公司(?<=[对向]上市公司)(?=及|和|、|罚款|处以|给予|予以|采取|出具|责令|作出)"
    # (Not "公司部监管函〔2022〕第145号": the SZSE's department for listed companies; "公司部分董事" is the company's.)
    rf"|公司(?:(?<![{CJK}]公司)(?!部(?!分))"
    "|(?<=(?:否则|同时|此外|其中|随后|目前|因此|但是|然而|鉴于|由于|此前|之前|此后|当时|不过|另外|最终|最后|后来|随即|于是|如今)公司)"
    # ("拟罚公司700万": the fine's object; "证监会给予公司警告": the penalty's.)
    "|(?<=[但并且则称因对向由经若如而即令请日及致使求促止罚予]公司)(?!部(?!分))"
    # ("停牌原因为公司于11月28日收到…": the reason given, then the company.)
    "|(?<=(?:原因为|原因是|理由是)公司)"
    # ("从4月27日起公司股票简称变更为“*ST示例”": the day from which, then the company; "2005年起公司连续亏损": the year.)
    "|(?<=[年月日]起公司))"
    ")"
)


def strip_st(name):
    """Name without its risk-warning prefix: *ST华微 -> 华微."""
    return _ST_PREFIX_RE.sub("", name) if name.startswith(ST_PREFIXES) else name  # (most names have none)


def st_label(name):
    """The status a short name shows: '*ST', 'ST' or 'normal'."""
    match = _ST_PREFIX_RE.match(name or "")
    if not match:
        return "normal"
    return "*ST" if "*" in match.group() else "ST"


def is_generic_st(core):
    # "*ST未能在期限届满前…": a page that dropped the name after the prefix.
    # ("从ST到终止上市": from the label to delisting.)
    # ("公司有ST或者退市的风险吗": the label and another fate, joined.)
    return core.startswith(_GENERIC_ST_CORES) or core[:1] in "股类未已将被仍在于的到或及与等是还甚乃并且后"


@dataclass(slots=True)
class Mention:
    """A reference to a company in the text: by name, or a pronoun (公司/该公司) resolved later."""

    start: int
    end: int
    company: int | None
    text: str


@dataclass
class Company:
    names: list = field(default_factory=list)  # in order of first appearance
    code: str | None = None


# Evidence that a name belongs to a company that is not listed: a limited company that is
# not a joint-stock one (A shares are only issued by 股份有限公司), or a name the page
# introduces as someone's controlling shareholder, controller or related party.
# A page about the NEEQ (新三板): its companies are quoted there, not listed, unless they trade on the BSE.
# (Words, not a regex: a few substring tests are quicker than one alternation tried at each position.)
_OTC_PAGE_WORDS = ("新三板", "非上市公众公司", "全国中小企业股份转让系统", "全国股转系统", "挂牌公司")
_BSE_RE = re.compile(r"北交所|北京证券交易所|精选层")
_A_SHARE_MARKET_RE = re.compile(r"上交所|深交所|上海证券交易所|深圳证券交易所|沪市|深市|主板|创业板|科创板|A股")
_OTC_CODE_RE = re.compile(r"(?:43|83|87|88)\d{4}$")
_NON_JOINT_STOCK_RE = re.compile(r"(?<!股份)(?:有限责任公司|有限公司)$")
# "金元证券股份有限公司(以下简称“金元证券”或“保荐机构”)": an intermediary the page names by its role too.
# (The bracket with the alias and role first, found from its literal; the full name before it after.)
_INTERMEDIARY_ALIAS_RE = re.compile(
    r"\((?:以下简称|简称):?[“\"](?P<alias>[^”\"]{2,10})[”\"]"
    r"(?:或|、)[“\"](?:保荐机构|保荐人|独立财务顾问|财务顾问|持续督导机构|会计师事务所|审计机构|年审机构|律师事务所|主办券商)[”\"]\)")
_FULL_NAME_BEFORE_BRACKET_RE = re.compile(rf"(?P<full>[{CJK}()]{{2,30}}?(?:股份有限公司|有限责任公司|有限公司))$")
# "亿阳集团占用上市公司资金", "东旭集团及其关联方非经营性占用": the one who takes the money.
OCCUPIER_AFTER_RE = re.compile(r"(?:及其|及)?(?:关联方|关联人)?(?:存在)?(?:非经营性|违规)?(?:占用|占款|资金占用余额)")
# "交易完成后龙薇示例将成为万家示例的控股股东": the buyer of the stake, not a listed company.
BECOMES_HOLDER_RE = re.compile(r"(?:将|即将|拟)?成为[^,。;]{1,12}?的?(?:新)?(?:控股股东|第一大股东|实际控制人)")
# "海航集团是海航基石的控股股东": what the page says the name is.
IS_HOLDER_RE = re.compile(r"(?:是|为)[^,。;]{1,12}?的(?:控股股东|第一大股东|大股东|实际控制人|母公司)")
HOLDER_BEFORE_RE = re.compile(r"(?:控股股东|大股东|第一大股东|实际控制人|实控人|关联方|关联人|母公司|一致行动人)(?:为|是|之一)?$")
# The characters HOLDER_BEFORE_RE's matches end with and OCCUPIER_AFTER_RE's start with: most names have neither beside
# them, and are looked at no further.
_HOLDER_BEFORE_LAST = frozenset("东人方司为是一")
# "关联方钱安、杭州示例科技股份有限公司": a later item of a list the holder word opens.
_HOLDER_LIST_BEFORE_RE = re.compile(r"(?:控股股东|关联方|关联人|一致行动人)(?:为|是)?[^,。;:、]{1,20}、$")
_OCCUPIER_AFTER_FIRST = frozenset("及关存非违占资")
# "控股股东亿利资源集团(下称“亿利集团”)": the short name the page gives a holder is the holder's.
_HOLDER_ALIAS_BEFORE_RE = re.compile(
    r"(?:控股股东|大股东|第一大股东|实际控制人|实控人|母公司|一致行动人)[^,。;()“”]{2,20}\((?:以下|下文|下)?简?称:?\s*[“\"]?$")


def _holder_before(text, at):
    """Whether a holder word ("控股股东", "关联方是") ends at ``at`` (HOLDER_BEFORE_RE)."""
    return text[at - 1 : at] in _HOLDER_BEFORE_LAST and bool(HOLDER_BEFORE_RE.search(text, max(0, at - 8), at))


def _occupier_after(text, at):
    """Whether the taking of money ("占用", "及其关联方非经营性占用") starts at ``at`` (OCCUPIER_AFTER_RE)."""
    return text[at : at + 1] in _OCCUPIER_AFTER_FIRST and bool(OCCUPIER_AFTER_RE.match(text, at))


class CompanyRegistry:
    """Names on one page, grouped into companies (a small union-find).

    A company is *listed* unless the page shows otherwise: see :meth:`is_listed`.
    """

    def __init__(self):
        self._parent = []
        self._codes = {}
        self.name_to_id = {}
        self._index = None
        self.known = set()  # names a registry of listed companies (or the database) knows
        self.registry_cores = None  # first character -> short-name cores, when a whole registry is known
        self.holder_names = set()  # names the page introduces as a shareholder or related party
        self.announcers = set()  # names the page shows making an announcement: a listed company's own act
        self.otc_page = False  # the page is about NEEQ companies (and not the BSE): their codes are no listing
        self.otc_only = False  # …and names no exchange or board of the A-share market at all
        # Names grouped by company and the is_listed answers, kept until the registry changes: the extractor
        # asks for every mention, and a scan of every name per question was a tenth of a page's time.
        self._links = 0
        self._page_mentions = None  # (key, starts, mentions) of mentions_between
        self._page_scan = None  # (text, the index entries looked for, position -> longest name) of mentions_between
        self._members = None
        self._listed = {}

    def _new(self):
        self._parent.append(len(self._parent))
        return len(self._parent) - 1

    def find(self, cid):
        while self._parent[cid] != cid:
            self._parent[cid] = self._parent[self._parent[cid]]
            cid = self._parent[cid]
        return cid

    def link(self, a, b):
        if a is None or b is None:
            return  # (a generic word registered as no company: nothing to tie)
        ra, rb = self.find(a), self.find(b)
        if ra != rb:
            self._links += 1
            self._parent[max(ra, rb)] = min(ra, rb)
            if rb in self._codes or ra in self._codes:
                self._codes[min(ra, rb)] = self._codes.get(ra) or self._codes.get(rb)

    def add(self, name, cid=None):
        """Register ``name`` (and its ST spellings); return the company id it belongs to."""
        name = name.strip()
        if len(name) < 2 or name in GENERIC_NAMES:
            return cid
        known = self.name_to_id.get(name)
        if known is not None:
            # A name the page repeats: its ST spellings came with it (the loop below would find them all registered).
            if cid is not None:
                self.link(known, cid)
            return self.find(known if cid is None else cid)
        variants = [name]
        core = strip_st(name)
        if core != name:
            variants += [prefix + core for prefix in ST_PREFIXES]
        known = next((self.name_to_id[v] for v in variants if v in self.name_to_id), None)
        if cid is None:
            cid = known if known is not None else self._new()
        elif known is not None:
            self.link(known, cid)
        for variant in variants:
            if variant not in self.name_to_id:
                self.name_to_id[variant] = cid
                self._index = None  # only a new name changes what find_mentions looks for
        return self.find(cid)

    def set_code(self, cid, code):
        if cid is None:
            return  # ("股票简称:公司": a generic word in a name's place, registered as no company)
        root = self.find(cid)
        if self._codes.get(root, code) == code:
            # One code, one company: "600518:康美药业" in a portal's heading and "证券代码:600518 证券简称:ST康美"
            # in the announcement below it.
            holder = next((r for r, c in self._codes.items() if c == code and self.find(r) != root), None)
            if holder is not None:
                self.link(holder, root)
                return
        if root not in self._codes:
            self._links += 1
            self._codes[root] = code

    def code(self, cid):
        return self._codes.get(self.find(cid))

    def _state(self):
        # Names, links and codes only ever grow, and so do the sets filled from outside (known, holder_names).
        return (len(self.name_to_id), self._links, len(self.known), len(self.holder_names), id(self.registry_cores))

    def _names(self, root):
        """Every name of the company whose root is ``root``, in the order they were registered."""
        state = self._state()
        if self._members is None or self._members[0] != state:
            members = {}
            for name, cid in self.name_to_id.items():
                members.setdefault(self.find(cid), []).append(name)
            self._members = (state, members)
            self._listed = {}
        return self._members[1].get(root, [])

    def is_known(self, cid):
        """Whether a name of the company is in the registry of listed companies."""
        return any(n in self.known for n in self._names(self.find(cid)))

    def is_listed(self, cid):
        """Whether the company may be the subject of a record.

        Listed when any of its names carries an ST prefix, is known to the registry, or the
        page gives it a stock code; otherwise not listed when a name is a non-joint-stock
        full name or the page introduces it as a shareholder, controller or related party.
        """
        root = self.find(cid)
        names = self._names(root)  # also forgets the answers below when the registry has changed
        if root in self._codes:
            # "西安示例网络科技股份有限公司(以下简称“示例网”,831383)…在新三板挂牌": a quoted company.
            return not (self.otc_page and _OTC_CODE_RE.match(self._codes[root])
                        and not any(n in self.known or strip_st(n) != n for n in names))
        listed = self._listed.get(root)
        if listed is None:
            listed = self._listed[root] = self._is_listed(names)
        return listed

    def _is_listed(self, names):
        if any(n in self.known for n in names):
            return True
        if self.otc_only and self.registry_cores:
            # "ST大盛等3家新三板公司也成功摘帽": on a page about NEEQ companies alone, a name the registry of
            # listed companies does not know is a quoted company's, ST or not.
            return False
        if any(strip_st(n) != n for n in names):
            return True
        if self.registry_cores and all(_SUFFIX_RE.search(n) for n in names):
            # Only full names, and no listed company's short name fits any of them (亿阳集团股份有限公司
            # beside ST信通 of 亿阳信通股份有限公司): a co-addressee that is not listed.
            if not any(self._fits_registry(n) for n in names):
                return False
        return not any(_NON_JOINT_STOCK_RE.search(n) or n in self.holder_names for n in names)

    def _fits_registry(self, full_name):
        core = _SUFFIX_RE.split(full_name)[0]
        chars = set(core)
        for ch in chars:
            # (Each short name with the characters it cannot fit without, filed under the rarest: one set test in C
            # rules out nearly all of the few each character brings.)
            for short, stem, needed in _registry_core_needs(self.registry_cores).get(ch, ()):
                # "勤上股份" fits 东莞勤上光电股份有限公司, "钒钛股份" 攀钢集团钒钛资源股份有限公司, "奇信退" (its name
                # while being delisted) 江西奇信集团股份有限公司: the stem, first or after a place or group name.
                if needed <= chars and (holds_in_order(core, short) or (len(stem) >= 2 and 0 <= core.find(stem) <= 4)):
                    return True
        return False

    def company_of(self, name):
        cid = self.name_to_id.get(name)
        return None if cid is None else self.find(cid)

    def names_of(self, cid, order):
        """Names of a company, in the order they appear on the page (``order``: name -> position)."""
        return sorted((n for n in self._names(self.find(cid)) if n in order), key=order.get)

    def _build_index(self):
        # The page's names grouped by a word each of a group ends with: an ST name's four spellings ("S*ST康美",
        # "*ST康美", "SST康美", "ST康美") all end with "ST" + core; other names are alone. (No pattern of them all:
        # compiling one cost 0.2-0.7 ms, twice on a page, where these scans in C cost a few µs a word.)
        groups = {}
        for name in self.name_to_id:
            core = strip_st(name)
            if core == name:
                groups[name] = None  # a name alone: the word itself
            else:
                groups.setdefault("ST" + core, []).append((name, len(name) - len(core) - 2))
        self._index = list(groups.items())

    def mentions_between(self, text, start, end):
        """``find_mentions(text[start:end], start)``, from one scan of the whole ``text`` per state of the registry:
        the extractor asks for every sentence of the page. (The same matches: no name holds a sentence's end.)"""
        key = (text, len(self.name_to_id), self._links)
        if self._page_mentions is None or self._page_mentions[0] != key:
            if self._page_scan is None or self._page_scan[0] != text:
                self._page_scan = (text, {}, {})
            _, searched, longest = self._page_scan
            # Only the names registered since the last scan of the page are looked for: the longest name at each
            # position is the same whatever order the names are found in (two names as long at one place are one).
            new = [(word, names) for word, names in self._name_index() if searched.get(word, ()) != names]
            self._find_longest(text, new, longest)
            searched.update(new)
            mentions = self._resolve(text, longest, 0)
            self._page_mentions = (key, [m.start for m in mentions], mentions)
        _, starts, mentions = self._page_mentions
        # The mentions starting in the span; they do not overlap, so only the last may end past it.
        found = mentions[bisect_left(starts, start) : bisect_left(starts, end)]
        if found and found[-1].end > end:
            found.pop()
        return found

    def find_mentions(self, text, offset=0):
        """Longest registered names in ``text``, left to right (positions relative to ``offset``)."""
        longest = {}  # position -> the longest name that starts there
        self._find_longest(text, self._name_index(), longest)
        return self._resolve(text, longest, offset)

    def _name_index(self):
        if self._index is None:
            self._build_index()
        return self._index

    @staticmethod
    def _find_longest(text, index, longest):
        """Note in ``longest`` (position -> name) the longest name of ``index`` starting at each position."""
        find = text.find
        for word, names in index:
            at = find(word)
            while at >= 0:
                if names is None:
                    if len(word) > len(longest.get(at, "")):
                        longest[at] = word
                else:
                    for name, lead in names:
                        start = at - lead
                        if start >= 0 and text.startswith(name, start) and len(name) > len(longest.get(start, "")):
                            longest[start] = name
                at = find(word, at + 1)

    def _resolve(self, text, longest, offset):
        # The longest name at each position, on after its end, as a scan for an alternation of the names would.
        mentions = []
        roots = {}  # name -> company: a page writes its few names many times
        end = 0
        for start in sorted(longest):
            if start < end:
                continue
            name = longest[start]
            end = start + len(name)
            if end - start <= 3 and _PLACE_AFTER_RE.match(text, end):
                continue  # "湖南省张家界市中级人民法院": the city a listed company is named after, not the company
            root = roots.get(name)
            if root is None:
                root = roots[name] = self.company_of(name)
            mentions.append(Mention(offset + start, offset + end, root, name))
        return mentions


# After a name of three characters, the word that makes it a place: "张家界市中级人民法院" (not 市值, 市场).
# ("连云港化工园区", "连云港分公司": the city, its industrial park and a company's branch there.)
_PLACE_AFTER_RE = re.compile(r"[市县](?![值场盈净])|区(?:人民|政府)|化工园区|工业园区|经济开发区|高新区|分公司")


# A four-character word standing where a name does: after punctuation or a blank (a line's start too), as in
# "东旭蓝天自7月9日起…"; after 对/向 right after punctuation the word holds it (",对东方时尚…" gives "对东方时", whose
# 对 the old-name scan drops). (An optional 对/向 before the word was never taken, the word without it matching
# first: dropping it halved the scan.)
# The character before the word opens the match (no word holds one): the regex engine scans for those characters in C
# instead of trying look-behinds at each position of the page (1.7x faster). The page's own start is tried apart.
# ("格隆汇2月13日|新元科技公告称": a flash's bar after its dateline.)
# ("案例 - 广道数字:于…被摘牌": a list's dash, its blank gone.)
# (The blanks spelled out, \s's Unicode ones: a class of characters alone is tested in one lookup, where \s asks the
# Unicode database of each Chinese character; 20% faster.)
_SPACES = r"\t-\r\x1c-\x1f \x85\xa0\u1680\u2000-\u200a\u2028\u2029\u202f\u205f\u3000"
_FOUR_CHAR_RUN_RE = re.compile(rf"[{_SPACES},。;:、\"“”(|丨\-—](?P<word>[{CJK}]{{4}})")
_FOUR_CHAR_WORD_RE = re.compile(rf"(?P<word>[{CJK}]{{4}})")


_ENDING = itemgetter(slice(2, None))


def _with_industry_ending(words):
    """The four-character words of ``words`` that end with an industry ending, found in C (a test in Python per word
    took as long as the scan that found the words)."""
    return compress(words, map(_INDUSTRY_ENDING_SET.__contains__, map(_ENDING, words)))


def _four_char_runs(text):
    """The matches of four-character words standing where a name does (group "word"), the page's first word with
    them."""
    first = _FOUR_CHAR_WORD_RE.match(text)
    return [first, *_FOUR_CHAR_RUN_RE.finditer(text, 4)] if first else [*_FOUR_CHAR_RUN_RE.finditer(text)]


# "A股上市公司三圣股份收到关注函": a name right after the words that say what it is.
# ("作为最近被证监会调查的晋股": what the story's company is, before the passive.)
_NOT_LISTED_WORD_START = re.compile(r"涉嫌|存在|发生|出现|开展|进行|实施|作为|成为|身为|[因被对在将已未应需须均都可要的是为与和及等从]")
# ("退市公司元成环境涉及多年财报造假": a company delisted since, which the registry of listed ones no longer holds.)
# ("一年前已退市的三盛教育因历史造假行为被罚1500万元": the same, described as delisted.)
_AFTER_LISTED_WORD_RE = re.compile(rf"(?:A股上市公司|上市公司|A股公司|A股|退市公司|退市的)(?P<word>[{CJK}]{{4}})")

# Words that end in 于, which a name before them does not take the first character of.
_YU_WORDS = ("关于", "终于", "由于", "对于", "至于", "属于", "鉴于", "基于", "处于", "位于", "等于", "便于", "敢于", "勇于",
             "善于", "乐于", "忙于", "限于", "囿于", "出于", "源于", "归于", "在于", "用于", "趋于", "陷于", "急于", "过于")

# (Found from the verb and the regulator after it, which open with a literal the engine skips to; the name is then
# looked for right before them. A pattern opening with the name was tried at every position of the page: 10% of it.)
_RECEIVED_FROM_RE = re.compile(
    rf"(?:收到(?:了)?|被)(?:中国证监会|证监会|[上深北]交所|(?:上海|深圳|北京)证券交易所|[{CJK}]{{2,3}}(?:证监局|监管局))"
    # ("天夏示例被正式摘牌": a company delisted since, which the registry of listed ones no longer holds.)
    r"|被(?:正式|强制)?摘牌")
_RECEIVER_BEFORE_RE = re.compile(
    rf"(?<![{CJK}A-Za-z*\d])(?P<name>\*?ST[{CJK}]{{2,4}}?|[{CJK}]{{4}})(?:再度|再次|又|也|已|均|曾|仍|亦)?(?:于|在)?"
    # ("中飞示例14日收到…": the day alone, its month the story's.)
    rf"(?:(?:\d{{1,2}}月)?\d{{1,2}}日)?(?:晚间|晚)?"
    # ("多伦示例正因异常交易案被证监会调查": the cause between the name and the measure.)
    # (\Z, not $: the name must end right before the receipt, not on the line before it, "…-天天要闻\n被证监会立案".)
    rf"(?:(?:正|已|曾|均|也)?(?:因|由于)[^,。;被]{{1,14}}?)?\Z")
_PAIRED_RECEIVERS_RE = re.compile(
    rf"(?<![{CJK}A-Za-z*])(?P<name>[{CJK}]{{4}})[和与及、](?P<other>\*?ST[{CJK}]{{2,4}}?|[{CJK}]{{3,4}}?)\Z")


def _paired_receivers(text):
    """_PAIRED_RECEIVERS_RE's matches right before "分别收到", "均被" and the like (looked for only there: a pattern
    opening with a name was tried at each position of the page)."""
    for word in ("分别", "均"):
        for at in find_all(text, word, len(word)):
            if text.startswith(("收到", "接到", "被"), at + len(word)):
                match = _PAIRED_RECEIVERS_RE.search(text, max(0, at - 14), at)
                if match:
                    yield match
# Words of a clause, which no short name holds.
_RECEIVER_NOT_NAME_RE = re.compile(r"[已也还又将被悉称了曾]")
_HK_CODE_RE = re.compile(r"\((?:0\d{4}|\d{4,5}\.HK)\)")
_CJK_RUN_RE = re.compile(rf"[{CJK}]+")
_TERMINATED_LISTING_RE = re.compile(rf"终止(?P<name>[{CJK}()]{{4,30}}?(?:股份有限公司|有限公司))(?:A股)?股票上市")
_DELISTED_MARK_RE = re.compile(rf"(?P<run>[{CJK}]{{4,12}})\((?:已退市|已摘牌)\)")

_SITE_REMARK_RE = re.compile(_SITE_REMARK)


def without_site_remark(name):
    """The name as the company writes it: "江苏示例(维权)股份有限公司" -> "江苏示例股份有限公司"."""
    return _SITE_REMARK_RE.sub("", name) if "(" in name else name


def _inside_a_word(text, start, end):
    """Whether text[start:end] stands inside a run of characters, with none of a name's boundaries on either side."""
    before = text[start - 1 : start]
    return bool(re.match(rf"[{CJK}]", before)) and before not in _LEFT_BOUNDARY_CHARS and not _AFTER_NAME_RE.match(
        text, end)


def find_all(text, word, step=1):
    """Every position of ``word`` in ``text``, each looked for ``step`` characters after the last: with the word's
    length, those ``re.finditer(re.escape(word), text)`` gives, without compiling a pattern per name of each page."""
    at = text.find(word)
    while at >= 0:
        yield at
        at = text.find(word, at + step)


def _matches_at(pattern, text, starts):
    """``pattern.finditer(text)`` for a pattern whose every match starts at one of ``starts`` (ascending): tried
    there alone, not at each position of the page (a pattern that opens with a look-behind gives the regex engine
    nothing to skip ahead to)."""
    end = 0
    for start in starts:
        if start >= end:
            match = pattern.match(text, start)
            if match:
                yield match
                end = match.end()


def holds_in_order(word, chars):
    """Whether ``chars`` appear in ``word`` in that order."""
    position = 0
    for ch in chars:
        position = word.find(ch, position)
        if position < 0:
            return False
        position += 1
    return True


# The words by their first character: a run is searched only for the words whose first character it holds (a
# plain name holds few), and the best cut does not depend on the order the words are tried in.
_LEFT_BOUNDARY_WORDS_BY_FIRST = {}
for _word in dict.fromkeys(_LEFT_BOUNDARY_WORDS):
    _LEFT_BOUNDARY_WORDS_BY_FIRST.setdefault(_word[0], []).append(_word)


def _trim_left(run):
    """Cut the verb phrase off the front of a name run ("北京证监局发布关于对东方时尚驾驶学校")."""
    best = 0
    by_first = _LEFT_BOUNDARY_WORDS_BY_FIRST
    for word in (word for first in by_first.keys() & set(run) for word in by_first[first]):
        pos = run.rfind(word)
        while pos >= 0:
            cut = pos + len(word)
            # ("关于中潜股份有限公司股票终止上市的公告": a title's 关于, before a name of two characters.)
            # ("关于终止贵人鸟股份有限公司股票上市的决定": the decision's verb before a name of three.)
            if len(run) - cut >= 2 and cut > best and (len(run) - cut >= 4 or word in ("子公司", "关于", "终止", "撤销")
                                                       or word.endswith(("对", "向"))):
                best = cut
                break
            pos = run.rfind(word, 0, pos)
    for pos in range(len(run) - 5, best - 1, -1):
        if run[pos] in _LEFT_BOUNDARY_CHARS and pos + 1 >= 3 and not (
                # "天津经纬辉开光电股份有限公司": a place, then a character that starts many a name's word.
                run[pos] in _NAME_WORD_CHARS and run[max(0, pos - 2) : pos] in _SHARED_STEMS) and not (
                # ("深圳市劲拓自动化设备股份有限公司": a word of the name that starts with such a character.)
                run.startswith(_WORDS_STARTING_AS_BOUNDARIES, pos)):
            best = max(best, pos + 1)
            break
    if best == 0 and len(run) >= 3 and run[0] in _LEADING_VERB_CHARS:
        # ("于对江西示例光电股份有限公司…的决定": a title cut inside its 关于对, two such characters.)
        best = 2 if len(run) >= 6 and run[1] in _LEADING_VERB_CHARS else 1
    elif best == 0 and len(run) >= 5 and run[0] == "因":
        best = 1  # "此前,因江苏示例高科技股份有限公司…财务作假": the cause, then the company (no full name starts so)
        if run[1] == "在" and len(run) >= 6:
            best = 2  # ("因在银江示例股份有限公司…项目中": where, then the company.)
    return run[best:]


# _SUFFIX_RE's matches found from their 有限, a literal the regex engine skips ahead to (the alternation is tried at
# each 股 and 有 of the page: 5x slower); 股份 is looked for before it.
_LIMITED_SUFFIX_RE = re.compile(r"有限(?:责任)?公司")


def _suffix_spans(text):
    """(start, end) of each of _SUFFIX_RE's matches in ``text``."""
    for match in _LIMITED_SUFFIX_RE.finditer(text):
        start, end = match.span()
        if end - start == 4 and start >= 2 and text.startswith("股份", start - 2):
            start -= 2
        yield start, end


def find_full_names(text):
    """(start, end, name) of every "…有限公司" name in ``text``."""
    found = []
    backwards = text[::-1]
    for suffix_start, suffix_end in _suffix_spans(text):
        start = suffix_start
        limit = max(0, start - 40)
        # Where the name's characters before the suffix start, found in one search backwards; with an opening
        # bracket among them, the loop below goes back character by character to match it.
        stop = _NOT_NAME_CHAR_RE.search(backwards, len(text) - start, len(text) - limit)
        run_start = len(text) - stop.start() if stop else limit
        if "(" not in text[run_start:start]:
            start = run_start
        depth = 0
        while start > limit and _NAME_CHARS.match(text[start - 1]):
            ch = text[start - 1]
            if ch == ")":
                depth += 1
            elif ch == "(":
                if depth == 0:
                    break
                depth -= 1
            start -= 1
        run = text[start : suffix_start]
        if start and text[start - 1].isdigit():
            # "7月7日对西湖示例…": the run began inside a date.
            # ("中新经纬6月27日电 宁波示例股份有限公司(以下简称…)": a dateline's end, then the name.)
            residue = _DATELINE_RESIDUE_RE.match(run) if run[:1] in "日号" else None
            run = run[residue.end() :] if residue else _DATE_RESIDUE_RE.sub("", run)
            if len(run) >= 3 and run[0] in _LEADING_VERB_CHARS:
                run = run[1:]
        run = _trim_left(run)
        coded = _CODED_HEAD_RE.search(text, max(0, start - 40), start + 1) if run.startswith(")") else None
        if coded and len(run) > 1:
            # "关于对西上海(605151.SH)汽车服务股份有限公司": a portal's code inside the name; the short name before
            # it starts the name.
            head = _trim_left(coded.group("head"))
            start = coded.end("head") - len(head)
            run = head + run[1:]
        elif run.count(")") > run.count("("):
            # "华讯方舟(000687,股吧)股份有限公司": a portal's link inside the name; the run is its tail.
            # ("(以下简称“中兴”)对广东示例集团股份有限公司": the tail, trimmed as a run is.)
            run = _trim_left(run[run.rindex(")") + 1 :])
        if len(run.replace("(", "").replace(")", "")) < 2 or _NOT_A_COMPANY.search(run):
            continue
        found.append((suffix_start - len(run), suffix_end, run + text[suffix_start:suffix_end]))
    # "如东方集团股份有限公司对本所作出的终止上市决定不服": "if", then the company the page names in full elsewhere
    # (not 若羽臣科技股份有限公司, whose name starts so).
    names = {name for _, _, name in found}
    found = [(start + 1, end, name[1:]) if name[0] in "如若" and name[1:] in names else (start, end, name)
             for start, end, name in found]
    return found


# "中信证券股份有限公司(以下简称“保荐机构”)": a role the page gives a company, not its short name.
_ROLE_ALIAS_RE = re.compile(r"机构|会计师|律师|顾问|承销商|受托管理人|控股股东|实际控制人|交易对方|债权人|管理人$")


# How an announcer announced, written right after its name ("花王示例正式发公告回复").
_ANNOUNCING_ADVERBS = ("正式", "随后", "当天", "当日", "当晚", "同日", "近日", "日前", "再次", "再度", "也", "亦", "又", "再", "最近", "却")


# "上海证券交易(以下简称“上交所”)": a regulator's name, cut short by a slip, and the word the page uses for it;
# "…70%股权(以下简称原子公司)": stakes sold, called the former subsidiaries.
_NOT_COMPANY_ALIAS_RE = re.compile(r"交所|交易所|证监|监管局|股转|子公司$")


_BARE_ALIAS_RE = re.compile(rf"\((?P<alias>[{CJK}]{{3,6}})\)")


# The rest of a full name after a short name and its code.
_FULL_NAME_TAIL_RE = re.compile(rf"[{CJK}]{{0,12}}?(?:股份有限公司|有限公司)")


# No short name ends with these (a listed "…于" or "…将" would be a sentence, not a name).
_PARTICLES = "于在将被已对向与及的称等就也又却则便才还均都皆亦未"  # ("华闻集团、中青宝均被实施ST", "同济堂未及时披露")


# "3家", "这家": 家 counting companies, which a name declared with its code may hold otherwise ("御家汇(300740.SZ)").
_COUNTING_JIA_RE = re.compile(r"(?<=[\d一二三四五六七八九十两几多数每各这那该本此哪某同整全])家")


def _not_coded_short_name(name):
    """Whether ``name``, written with its code in brackets, cannot be a short name (_NOT_SHORT_NAME, but a 家 that counts
    nothing)."""
    return any(m.group() != "家" or _COUNTING_JIA_RE.match(name, m.start()) for m in _NOT_SHORT_NAME.finditer(name))


def build_registry(text, known_names=None):
    """Read every name declaration on the page. Returns ``(registry, first_position_of_each_name)``."""
    _has_holder_hint.cache_clear()  # (one page's answer: kept across pages it would serve only the benchmark)
    registry = CompanyRegistry()
    registry.otc_page = any(word in text for word in _OTC_PAGE_WORDS) and not _BSE_RE.search(text)
    registry.otc_only = registry.otc_page and not _A_SHARE_MARKET_RE.search(text)
    order = {}

    def note(name, pos):
        order.setdefault(name, pos)

    holders_checked = set()  # what _mark_holders looked at once (its answer stands when it runs again)
    # _four_char_runs(text) and their words, the different words and what each sift leaves of them, found once (when
    # first wanted) for the scans below
    four_char = {}

    def four_char_runs(keep, sift=None):
        """The matches of _four_char_runs(text) whose word ``keep`` (a test of the word alone) passes, in order.
        Each different word is tested once: a page writes its few names many times (40 words in 220 matches).
        ``sift`` (the different words -> the only ones ``keep`` may pass) tests them all in C first: it leaves few,
        where a call of ``keep`` per word took 0.1 ms a page."""
        if not four_char:
            matches = _four_char_runs(text)
            words = [match["word"] for match in matches]
            four_char.update(runs=(matches, words), words=set(words))
        if sift not in four_char:
            four_char[sift] = set(sift(four_char["words"])) if sift else four_char["words"]
        matches, words = four_char["runs"]
        kept = set(filter(keep, four_char[sift]))
        return list(compress(matches, map(kept.__contains__, words))) if kept else []

    for start, end, full in find_full_names(text):
        cid = registry.add(full)
        note(full, start)
        plain = _SITE_REMARK_RE.sub("", full)
        if plain != full:
            # "广东嘉应制药(维权)股份有限公司": a site's remark inside the name; the title names it plainly.
            registry.add(plain, cid)
        listed = LISTED_AS_RE.match(text, end)
        if listed:
            registry.add(listed.group("alias"), cid)
            note(listed.group("alias"), listed.start("alias"))
            if listed.group("code"):
                registry.set_code(cid, listed.group("code"))
        coded = CODED_ALIAS_RE.match(text, end)
        if coded and coded.group("alias") not in GENERIC_NAMES:
            # "苏交科集团股份有限公司(苏交科,300284.SZ)": the short name and the code, no 简称.
            registry.add(coded.group("alias"), cid)
            note(coded.group("alias"), coded.start("alias"))
            registry.set_code(cid, coded.group("code"))
        alias = ALIAS_RE.match(text, end)
        bare = None if listed or coded or alias else _BARE_ALIAS_RE.match(text, end)
        if bare and bare.group("alias") not in GENERIC_NAMES and holds_in_order(
                _SUFFIX_RE.split(full)[0], bare.group("alias")):
            # "浙江海控南科华铁数智科技股份有限公司(海南华铁)": the short name alone in brackets, made of the
            # full name's characters in order.
            registry.add(bare.group("alias"), cid)
            note(bare.group("alias"), bare.start("alias"))
        if alias:
            aliases = (alias.group("alias"), alias.group("alias2") or "")
            # "(证券代码:603230,证券简称:内蒙新华)": the short name after the code.
            named = _REST_SHORT_NAME_RE.search(alias.group("rest") or "")
            if named and named.group("name") not in GENERIC_NAMES:
                aliases += (named.group("name"),)
            if alias.group("alias") in GENERIC_NAMES:
                # "(以下简称"公司"、"ST示例")": the page's own word for it, then the short name.
                aliases += tuple(_QUOTED_REST_RE.findall(alias.group("rest") or ""))
            # "(以下简称“公司”,曾用名:广州示例实业股份有限公司)": the company's former full name, the one a decision
            # of its time addresses.
            former = _FORMER_NAME_RE.search(alias.group("rest") or "")
            if former:
                aliases += (former.group("name"),)
            codes = (alias.group("code2") or "", *_CODE_RE.findall(alias.group("rest") or ""))
            for value in (*aliases, *codes):
                if not value:
                    continue
                if _CODE_RE.fullmatch(value):
                    registry.set_code(cid, value)
                elif value not in GENERIC_NAMES and not value.isdigit() and not _ROLE_ALIAS_RE.search(value):
                    registry.add(value, cid)
                    note(value, alias.start("alias"))
            code = _CODE_RE.search(alias.group())
            if code:
                registry.set_code(cid, code.group("code"))
    # (Tried only where the name may start: most pages declare few names so, and hold no such bracket.)
    alias_starts = (start for match in _ALIAS_OPENING_RE.finditer(text)
                    for start in range(max(0, match.start() - 6), match.start() - 1))
    for match in _matches_at(SHORT_ALIAS_RE, text, sorted(set(alias_starts))):
        name, alias = match.group("name"), match.group("alias")
        start = match.start("name")
        if start and text[start - 1].isdigit():
            # "中新经纬客户端11月26日电长生生物(证券简称:长生退)": the dateline's end is no part of the name.
            residue = _DATELINE_RESIDUE_RE.match(name)
            if residue and len(name) - residue.end() >= 2:
                name, start = name[residue.end() :], start + residue.end()
        opening = _CONJUNCTION_OPENING_RE.match(name)
        if opening and len(name) - opening.end() >= 2:
            # "尽管锦州港(即“退市锦港”)已…": a clause's conjunction, then the name.
            name, start = name[opening.end() :], start + opening.end()
        if _NOT_SHORT_NAME.search(name) or name.endswith("公司") or alias in GENERIC_NAMES or _NOT_COMPANY_ALIAS_RE.search(alias):
            continue
        cid = registry.add(name)
        registry.add(alias, cid)
        note(name, start)
        note(alias, match.start("alias"))
    for match in _announcements(text):
        name, start = match.group("name"), match.start("name")
        if name.startswith("的") and len(name) >= 4:
            name, start = name[1:], start + 1  # "沦落到“三板”的乐视网发布公告": described, then named
        elif name.startswith(("导读", "摘要")) and len(name) >= 5:
            name, start = name[2:], start + 2  # "导读 观想科技于6月3日发布公告": a portal's summary label
        elif name.startswith(("日讯", "日电")) and len(name) >= 4:
            name, start = name[2:], start + 2  # "中国网财经1月24日讯 示例生物今日午间发布公告": a dateline before it
        elif known_names and name not in known_names and (cut := next(
                (k for k in range(1, len(name) - 2) if name[k:] in known_names), None)):
            name, start = name[cut:], start + cut  # "知名晶华微公告称": an epithet, then a name the registry knows
        elif name.endswith(_ANNOUNCING_ADVERBS) and name not in (known_names or ()):
            # "花王股份正式发公告回复": a name the registry or the page knows, then how it announced.
            bare = name[:-2] if name[-2:] in _ANNOUNCING_ADVERBS else name[:-1]
            if bare in order or bare in (known_names or ()):
                name = bare
        if (
            name in GENERIC_NAMES
            or _NOT_SHORT_NAME.search(name)
            or len(name) < 3
            or _NOT_ANNOUNCER.search(name)
        ):
            continue
        registry.announcers.add(name)
        if name in order:
            continue
        registry.add(name)
        note(name, start)
    for match in _CONTEXT_NAME_AFTER_RE.finditer(text):
        name = match.group("name")
        if name in order or _NOT_CONTEXT_NAME.match(name) or _NOT_SHORT_NAME.search(name):
            continue
        if name.endswith("集团") and re.search(re.escape(name[:2]) + _INDUSTRY_ENDING_NOT_GROUP, text):
            continue  # "对东旭集团时任董事长…" beside 东旭光电: the listed company's parent group
        registry.add(name)
        note(name, match.start("name"))
    for match in _REGULATOR_TO_NAME_RE.finditer(text) if "所对" in text else ():
        # "上交所对海航基础下发2018年年度报告事后审核问询函": four characters an exchange sends a letter about its
        # reports to, named again on the page, however the registry knows the company now (not a group, which is as
        # often the shareholder; nor an auditor the exchange censures, named once as it is).
        name = match.group("name")
        if (name in order or text.count(name) < 2 or _NOT_CONTEXT_NAME.match(name) or _NOT_SHORT_NAME.search(name)
                or name in GENERIC_NAMES
                or name.endswith(_GROUP_WORDS) or name[0] in _PRONOUN_STARTS
                or "某" in name or name.startswith(COMPOUND_SURNAMES)):  # (a person's name: "欧阳明辉", "张某某某")
            continue
        registry.add(name)
        note(name, match.start("name"))
    after_listed = [*_AFTER_LISTED_WORD_RE.finditer(text)] if "公司" in text or "A股" in text or "退市的" in text else []
    for match in after_listed:
        # "A股上市公司示例股份收到关注函": four characters with an industry ending, introduced as a listed company.
        name = match.group("word")
        if (name in order or name[2:] not in _INDUSTRY_ENDING_SET or _NOT_CONTEXT_NAME.match(name)
                or _NOT_SHORT_NAME.search(name) or _NOT_LISTED_WORD_START.match(name)
                or not _AFTER_NAME_RE.match(text, match.end("word")) or text.startswith("披露", match.end("word"))):
            # ("上市公司涉嫌信息披露违法": what it is suspected of, not its name.)
            continue
        registry.add(name)
        note(name, match.start("word"))
    for match in _TERMINATED_LISTING_RE.finditer(text) if "股票上市" in text else ():
        # "《关于终止沈机集团昆明机床股份有限公司股票上市的决定》": a company whose listing ends was listed, whatever
        # the registry of listed companies holds now.
        if registry.company_of(match.group("name")) is not None:
            registry.known.add(match.group("name"))
    for match in _DELISTED_MARK_RE.finditer(text) if "退市)" in text or "摘牌)" in text else ():
        # "6月6日,东旭蓝天(已退市)称,…": a company delisted since, which the registry of listed ones no longer holds.
        name = match.group("run")[-4:]
        if name in order or _NOT_CONTEXT_NAME.match(name) or _NOT_SHORT_NAME.search(name) or name[0] in "向对据和与及":
            continue
        registry.add(name)
        note(name, match.end("run") - 4)
    receivers = (_RECEIVER_BEFORE_RE.search(text, max(0, at - 20), at) for at in _receipts(text))
    for match in filter(None, receivers):
        # "4月13日, 暴风示例收到深交所下发的关注函", "示例易盛被上海证券交易所终止上市": a company the registry may
        # no longer hold, receiving a regulator's document or its measure. (Not one that starts with a core the registry knows, "青岚数科" of ST青岚: the
        # registry's own step ties it to that company.)
        name = match.group("name")
        if name[-1] + "于" in _YU_WORDS and text.startswith("于", match.end("name")):
            name = name[:-1]  # "*ST海创关于收到上交所…": the name, then 关于
        cores = _registry_cores(known_names).get(strip_st(name)[0], ()) if known_names else ()
        if (name in order or any(strip_st(name).startswith(core) for core in cores) or name in GENERIC_NAMES or _NOT_CONTEXT_NAME.match(name) or _NOT_SHORT_NAME.search(name)
                or _NOT_ANNOUNCER.search(name) or _NOT_LISTED_WORD_START.match(name)
                # ("俞建午于12月22日收到…": a person of three characters, then 于.)
                # ("*ST泽示宣布收到证监会处罚决定书": the name, then how it announced.)
                or name.endswith(("公告", "先后", "相继", "近日", "日前", "今日", "昨日", "再次", "于", "在", "宣布", "披露", "表示",
                                  # ("*ST长生就已收到…": the name, then an adverb.)
                                  "就", "也", "亦", "又", "还", "曾", "便", "则"))
                or _RECEIVER_NOT_NAME_RE.search(name)):
            continue  # ("ST青岚公告收到证监会…": the name, then the announcing; "获悉其已收到": no name at all)
        registry.add(name)
        note(name, match.start("name"))
    for match in find_headers(text):
        cid = registry.add(match.group("name"))
        registry.set_code(cid, match.group("code"))
        note(match.group("name"), match.start("name"))
    for match in CODED_NAME_RE.finditer(text) if _CODE_IN_BRACKETS_RE.search(text) else ():
        run = match.group("run")
        if text[match.start("run") - 1 : match.start("run")] == "#":
            continue  # "阅读数 39 #银行\n\n(002742)近日公布…": a site's tag, then the story without its subject
        # The last ST in the run: "ST青岚*ST岳林(300903)" of a repost that lost its separator is *ST岳林's code.
        st = next(reversed(list(_ST_ANYWHERE_RE.finditer(run))), None)
        if st:
            name = run[st.start() :]
        elif len(run) == 4 and run[0] in _LEADING_VERB_CHARS:
            name = run[1:]  # "向瑞普森(920118)"
        elif run[0] in "和与及" and known_names and run not in known_names and any(
                label + run[1:] in known_names for label in ("", "ST", "*ST")):
            # "广电网络(600831.SH)和易事特 (300376.SZ)": the list's 和, then a name the registry knows (with or
            # without its label).
            name = run[1:]
        elif (run[0] in "和与及" and len(run) == 4 and text[match.start("run") - 1 : match.start("run")] == ")"
              and not (known_names and run in known_names)):
            name = run[1:]  # "泛海控股(000046)和新华联(000620)": the list's 和 after the code before, then a name of three
        else:
            name = run[-4:]  # short names are mostly four characters: "向海岚股份(603517)"
            if name[0] in "据的":
                name = name[1:]  # "记者据同花顺(300033)", "被外交部通报的雅百特(002323)": no short name starts so
            elif name[0] == "司" and run[-5:-4] == "公":
                name = name[1:]  # "又一家上市公司锦州港(600190)": the word before ends the run
            elif name[0] == "一" and run[-5:-4] == "之":
                name = name[1:]  # "“双康事件”中的主角之一康得示(002450)": one of those the story is about
            elif name[0] in "初底末中" and run[-5:-4] in ("月", "年"):
                name = name[1:]  # "十一月初乐视网(300104.SZ)": the time of the month, then the name
            elif known_names and name not in known_names and name[1:] in known_names:
                name = name[1:]  # "照明工程龙头豪尔赛(002963.SZ)": a name of three the registry knows, after its epithet
            elif name[0] in "向对" and len(run) >= 5 and run[-5] in "所局会日号于":
                # "深交所向搜于特(002503)": a regulator, then to whom; "深交所10月10日向黑芝麻(000716)": a day, then whom
                # ("发布关于对西上海(605151.SH)汽车服务股份有限公司…的决定": a title's 关于对, then whom.)
                name = name[1:]
        # ("中金公司(601995.SH)": one of the few listed short names that end with 公司, as the registry knows them.)
        if name in GENERIC_NAMES or len(strip_st(name)) < 2 or (
                _not_coded_short_name(name) and not (name.endswith("公司") and known_names and name in known_names)):
            continue
        if is_source_mention(text, match.end("run") - len(name), match.end("run")):
            continue  # "据同花顺(300033)iFind数据统计": a source of the story
        cid = registry.add(name)
        registry.set_code(cid, match.group("code"))
        note(name, match.end("run") - len(name))
        tail = _FULL_NAME_TAIL_RE.match(text, match.end())
        if tail and name + tail.group() in registry.name_to_id:
            # "关于对西上海(605151.SH)汽车服务股份有限公司…": a portal's code inside the full name the page writes.
            registry.link(registry.company_of(name + tail.group()), cid)
    declared = set(order)
    # Declared ST names by their core: "-ST索菱收“预罚单”" in a headline is *ST索菱, declared below with its code.
    declared_cores = {strip_st(n) for n in declared if strip_st(n) != n}
    # Names the database knows: "*ST立方除收到千万罚单外" is *ST立方 (known as ST立方), then 除…外.
    known_cores = _registry_cores(known_names) if known_names else {}
    # An ST name starts at its ST or one or two characters before (*ST, SST, S*ST).
    st_starts = sorted({start for at in find_all(text, "ST") for start in range(max(0, at - 2), at + 1)})
    for match in _matches_at(ST_NAME_RE, text, st_starts):
        if is_generic_st(match.group("core")):
            continue
        name = match.group()
        # "ST芯联科公告": a third character that does not start the next word belongs to the name, unless the
        # page declares the shorter one ("证券简称:ST宇顺 公编号…", its blanks gone).
        if (name not in declared and match.group("core") not in declared_cores
                and match.group("core") not in known_cores.get(match.group("core")[0], ())
                and not _AFTER_NAME_RE.match(text, match.end()) and re.match(rf"[{CJK}]", text[match.end() : match.end() + 1])):
            longer = text[match.start() : match.end() + 1]
            if (_AFTER_NAME_RE.match(text, match.end() + 1) and not is_generic_st(strip_st(longer))
                    and not text.startswith(_ADVERBS, match.end())
                    # ("*ST昆机关于公司将被暂停上市…", "*ST围海终于迎来转机": the name, then a word of 于.)
                    and not text.startswith(_YU_WORDS, match.end())
                    # ("S*ST前锋早在2007年…" where the page writes "S*ST前锋在…" too: the shorter name stands alone.)
                    and not any(_AFTER_NAME_RE.match(text, at + len(name)) for at in find_all(text, name, len(name)))):
                name = longer
        core = match.group("core")
        if core in known_cores.get(core[0], ()):
            # "阳光城(ST阳光城)": the longer core the registry knows too ("ST阳光城", not "ST阳光" and 城).
            name += next((text[match.end() : match.end() + k] for k in (2, 1)
                          if core + text[match.end() : match.end() + k] in known_cores[core[0]]), "")
        # A declared longer spelling ("*ST新海宜") wins over the two-character default.
        if not any(text.startswith(n, match.start()) and len(n) > len(name) for n in order):
            registry.add(name)
        note(name, match.start())
    for match in _paired_receivers(text):
        # "1月26日,天泽示例和ST安控分别收到深交所关注函": the company named with another the page has, both receiving.
        name = match.group("name")
        if (match.group("other") in registry.name_to_id and name not in registry.name_to_id and name not in GENERIC_NAMES
                and not _NOT_CONTEXT_NAME.match(name) and not _NOT_SHORT_NAME.search(name) and not _NOT_ANNOUNCER.search(name)
                and not _NOT_LISTED_WORD_START.match(name) and not _RECEIVER_NOT_NAME_RE.search(name)):
            registry.add(name)
            note(name, match.start("name"))
    # (Without 简称, only a name the page or the registry already has.)
    for match in find_renames(text, lambda name: name in registry.name_to_id or name in (known_names or ())):
        old, new, old_start, new_start = rename_names(match)
        # (A name broken over two lines, "简称由“\n川化工”…", is registered without its blank; so it is noted.)
        old_start += len(old) - len(old.lstrip())
        new_start += len(new) - len(new.lstrip())
        old, new = old.strip(), new.strip()
        if old in GENERIC_NAMES or new in GENERIC_NAMES or len(old) < 2 or len(new) < 2:
            continue
        cid = registry.add(old)
        registry.add(new, cid)
        note(old, old_start)
        note(new, new_start)
    # "万家文化(现更名为祥源文化)": the company's later name in brackets after its old one.
    for match in _RENAMED_AS_RE.finditer(text) if "更名为" in text or "改名为" in text else ():
        before = text[max(0, match.start() - 12) : match.start()]
        old = max((n for n in order if before.endswith(n)), key=len, default=None)
        if old is None and re.fullmatch(rf"[{CJK}]{{4}}", before[-4:]) and before[-4:] not in GENERIC_NAMES:
            old = before[-4:]
            registry.add(old)
            note(old, match.start() - 4)
        new = match.group("new")
        if old is None or new in GENERIC_NAMES or _NOT_SHORT_NAME.search(new):
            continue
        if new in registry.name_to_id:
            registry.link(registry.company_of(new), registry.company_of(old))
        else:
            registry.add(new, registry.company_of(old))
            note(new, match.start("new"))
    # "东方时尚" beside "ST东时", "东旭蓝天" beside "ST旭蓝": a four-character short name whose
    # characters hold the ST name's core in order, written where a name stands, is its old name.
    _mark_holders(registry, text, order, holders_checked)
    # The page's full names (the old-name scan below adds only short ones, so this list holds to the end).
    full_names = [n for n in order if n.endswith("公司")]
    full_cores = {full: _SUFFIX_RE.split(full)[0] for full in full_names}  # (what the per-name passes below fit)
    if len(full_cores) > 1:
        # "江西示例光电集团股份有限公司" and "江西示例光电股份有限公司" (in a decision of before its rename): one
        # company, a group word added to its name, when both are joint-stock companies and neither a holder.
        by_plain = {}
        for full, core in full_cores.items():
            if full.endswith("股份有限公司") and full not in registry.holder_names:
                by_plain.setdefault(core.replace("(集团)", "").replace("集团", ""), []).append(full)
        for same in by_plain.values():
            if len(same) == 2 and sum("集团" in full_cores[f] for f in same) == 1:
                registry.link(registry.company_of(same[0]), registry.company_of(same[1]))
    counts = {}

    def count(word):
        """``text.count(word)``, counted once: the per-name passes below ask of the same full names again and again,
        and each count goes through the page."""
        if word not in counts:
            counts[word] = text.count(word)
        return counts[word]

    st_cores = {}
    for name in order:
        core = strip_st(name)
        # Only names the registry took: a short ST name inside a longer declared run ("ST青岚*ST红阳(000525)") is
        # noted where it stands but belongs to no company.
        if core != name and len(core) in (2, 3) and name in registry.name_to_id:
            st_cores.setdefault(core, name)
    if st_cores:
        first_chars = {core[0] for core in st_cores}
        st_name_of = {}  # word -> the first ST name whose core it holds in order
        holders = {}

        def may_be_old_name(word):
            """Whether ``word`` may be an ST name's old name, whatever stands around it (asked once per word, of those
            that share a character with a core's first)."""
            st_name = next((name for core, name in st_cores.items() if holds_in_order(word, core)), None)
            if st_name is None or word in GENERIC_NAMES or _NOT_SHORT_NAME.search(word) or word in registry.holder_names:
                return False
            if word.endswith(("转债", "转2", "债券", "转股")):
                return False  # "东时转债": the company's convertible bond, not an old name of it
            if word[0] == "即":
                return False  # "*ST东通(300379,即东方通)": "namely", then a name of three
            st_name_of[word] = st_name
            return True

        non_joint_stock = [f for f in full_names if _NON_JOINT_STOCK_RE.search(f)]
        # (Most words share no character with any core's first.)
        for match in four_char_runs(may_be_old_name, partial(filterfalse, first_chars.isdisjoint)):
            word = match.group("word")
            st_name = st_name_of[word]
            start = match.start("word")
            if word[0] in "据对向被由从的" and (word[1:] in registry.name_to_id or word[1:] in text.replace(word, "")) and (
                    holds_in_order(word[1:], strip_st(st_name))):
                # "据九芝堂此前发布的年报": the name the page writes alone elsewhere (or declares: "据锦州港公告").
                word, start = word[1:], start + 1
            sid = registry.company_of(st_name)
            if registry.company_of(word) == sid:
                continue  # tied already (a word may stand many times on the page): nothing below would change
            if word[-1] in _PARTICLES or (word[-1] == "因" and word[-2] != "基") or any(
                    text.startswith(f, start) for f in non_joint_stock):
                # "新华锦于2025年…", "海伦哲因2021年年报…": a three-character name and a particle ("示例基因" is a
                # name); "浙江宋都控股有限公司": the start of a company that cannot be listed (its shareholder), not
                # an old name of the ST company.
                short = word[:3]
                if (short[0] not in "据对向被由从的" and strip_st(st_name) != short and count(short) >= 2
                        and short not in registry.name_to_id and short not in GENERIC_NAMES
                        and not _NOT_SHORT_NAME.search(short) and not any(text.startswith(f, start) for f in non_joint_stock)
                        and not _introduced_as_holder(text, short)):
                    # "*ST济堂发布公告…同济堂未及时披露…": the three-character old name itself, written more than once
                    # (the ST name's core is no old name of it).
                    registry.add(short, sid)
                    note(short, start)
                continue
            if not _AFTER_NAME_RE.match(text, match.end("word")):
                continue
            if word.endswith("发") and text.startswith(("公告", "布", "出"), match.end("word")):
                continue  # "康得新发公告称": the name, then 发 (issued)
            if word not in holders:  # (a word may stand many times on the page)
                holders[word] = _introduced_as_holder(text, word)
            if holders[word]:
                continue  # "控股股东中珠集团", "中珠集团及其关联方资金占用": the shareholder, not an old name of ST中珠
            if word in registry.name_to_id:
                if registry.is_listed(registry.company_of(word)):
                    registry.link(registry.company_of(word), sid)
                # else "香港起步" beside "ST起步": the controlling shareholder, not an old name
            else:
                registry.add(word, sid)
                note(word, start)
    # A full name that contains a plain short name declared elsewhere ("海岳示例" in
    # "海岳示例科技股份有限公司") is the same company, unless that short name has its own.
    for short in [n for n in order if not n.endswith("公司") and len(n) >= 4 and strip_st(n) == n]:
        holders = [f for f in full_names if short in f and not _NON_JOINT_STOCK_RE.search(f)]
        if len(holders) > 1:
            # "长生示例科技股份有限公司" and its subsidiary "长春长生示例科技股份有限公司": the one the name starts.
            holders = [f for f in holders if f.startswith(short)] or holders
        sid = registry.company_of(short)
        if len(holders) == 1 and not any(registry.company_of(f) == sid for f in full_names):
            registry.link(sid, registry.company_of(holders[0]))
    # "昆明机床(00300)公布" beside "沈机集团昆明机床股份有限公司": the short name with its Hong Kong code, of the one
    # full name that holds it (alone, a Hong Kong code names no A-share company).
    # (The code found first, from its literal bracket, and the four characters before it read: a pattern opening with
    # them would be tried at each character of the page.)
    for match in _HK_CODE_RE.finditer(text) if "(0" in text or "HK)" in text else ():
        name = text[max(0, match.start() - 4) : match.start()]
        if len(name) < 4 or not _CJK_RUN_RE.fullmatch(name) or name in order or _NOT_SHORT_NAME.search(name):
            continue
        holders = [f for f in full_names if name in f and not _NON_JOINT_STOCK_RE.search(f) and f not in registry.holder_names]
        if len(holders) == 1:
            registry.add(name, registry.company_of(holders[0]))
            note(name, match.start() - 4)
    # "*ST宁示" and "宁示股份有限公司" on one page, with nothing else tying them: one company
    # when exactly one full name holds the core and neither has another partner.
    full_roots = {registry.company_of(f) for f in full_names}
    for st_name in [n for n in order if strip_st(n) != n and len(strip_st(n)) >= 2]:
        sid = registry.company_of(st_name)
        if sid is None or sid in full_roots:
            continue
        # "*ST西钢" and "西宁特殊钢股份有限公司": the core's characters in order, as short names are made.
        # Only a joint-stock company can be listed: "浙江宋都控股有限公司" beside "*ST宋都" is its shareholder.
        holders = [
            f
            for f in full_names
            if holds_in_order(_SUFFIX_RE.split(f)[0], strip_st(st_name)) and f not in registry.holder_names
            and not _NON_JOINT_STOCK_RE.search(f)
        ]
        # "内容西宁特殊钢股份有限公司" beside "西宁特殊钢股份有限公司": a heading glued to the name.
        holders = [f for f in holders if not any(other != f and other in f for other in holders)]
        if len(holders) == 1:
            registry.link(sid, registry.company_of(holders[0]))
            full_roots = {registry.company_of(f) for f in full_names}
    # An undeclared abbreviation used on the page: "明湖环保" for 明湖示例环保股份有限公司
    # (the first two characters and the two before the suffix, the usual way a short name is made).
    # A joint-stock company's four-character core is its own short name: "凯乐科技" for 凯乐科技股份有限公司.
    for full in full_names:
        core = _SUFFIX_RE.split(full)[0].replace("(", "").replace(")", "")
        if len(core) < 4 or (len(core) == 4 and _NON_JOINT_STOCK_RE.search(full)):
            continue
        for short in {core[:2] + core[-2:], core[:4]}:
            if short in order or short in registry.name_to_id or short in GENERIC_NAMES:
                continue
            inside = sum(count(f) for f in full_names if short in f)
            if short == core[:4] and len(core) > 4:
                # "南方黑芝麻集团股份有限公司…南方黑芝麻": the core's first four characters, where the page writes
                # more of it, are no name; the fifth ends the name the page uses.
                inside = max(inside, sum(1 for at in find_all(text, short, 4) if text.startswith(core[4], at + 4)))
                longer = core[:5]
                if (count(longer) > sum(count(f) for f in full_names if longer in f) and longer not in registry.name_to_id
                        and not _introduced_as_holder(text, longer)
                        and core[5:] in _GROUP_ENDINGS
                        and any(_AFTER_NAME_RE.match(text, at + 5) for at in find_all(text, longer, 5))):
                    registry.add(longer, registry.company_of(full))
                    note(longer, text.find(longer))
            if count(short) > inside and not _introduced_as_holder(text, short):
                registry.add(short, registry.company_of(full))
                note(short, text.find(short))
    if known_names and len(known_names) >= _WHOLE_REGISTRY:
        registry.registry_cores = _registry_cores(known_names)
    if known_names:
        by_key = {}

        def add_known(name, key, pos):
            """A name the database knows, with the company its key stands for ("code:600901" sets the code)."""
            cid = registry.add(name, by_key.get(key) if key is not None else None)
            registry.known.add(name)
            if isinstance(key, str) and key.startswith("code:"):
                registry.set_code(cid, key[5:])
            note(name, pos)
            return cid

        for name, key in _known_in_text(known_names, text):
            if len(name) < 2:
                continue
            if name not in order and all(
                is_source_mention(text, at, at + len(name)) or (len(name) <= 3 and _inside_a_word(text, at, at + len(name)))
                for at in find_all(text, name, len(name))
            ):
                # "东方财富网": a source of the story, never its subject; "钙钛矿太阳能电池": a short listed name
                # (太阳能) only ever inside a longer word ("责令东方资讯改正" holds a name of four).
                continue
            other = by_key.get(key)
            if (other is not None and name in registry.name_to_id
                    and registry.find(other) != (sid := registry.company_of(name))
                    and any(registry.company_of(f) == sid for f in full_names if f in registry.holder_names)):
                # "人福医药…控股股东武汉当代科技产业集团股份有限公司(以下简称“当代科技”)": a name the registry gives
                # the listed company on the page (its name of years ago), which the page declares its shareholder's.
                continue
            at = text.find(name)
            if at < 0:
                at = len(text)
            elif count(name) <= sum(count(f) * f.count(name) for f in full_names if name in f):
                # "苏州天沃科技股份有限公司…证券简称:*ST天沃": a name the registry knows (an earlier one) that the page
                # writes only inside the full name ties them, but is the last the page would be known by.
                at = len(text)
            cid = add_known(name, key, at)
            if key is not None:
                by_key.setdefault(key, cid)
        # "先河环保因涉嫌…" on a page that never writes ST先河, the only name the registry knows it by: the ST
        # name's two-character core and an industry ending, where a name stands, is that company.
        registry_st = _registry_st_cores(known_names)

        def st_core_and_ending(word):
            return word[:2] in registry_st and word[2:] in _INDUSTRY_ENDING_SET

        words = ([*four_char_runs(st_core_and_ending, _with_industry_ending),
                  *(m for m in after_listed if st_core_and_ending(m["word"]))] if registry_st else [])
        for match in words:
            word = match.group("word")
            found = registry_st[word[:2]]
            if (word in registry.name_to_id
                    or word in GENERIC_NAMES or _NOT_SHORT_NAME.search(word)
                    or not _AFTER_NAME_RE.match(text, match.end("word")) or _introduced_as_holder(text, word)
                    # "在集成电路、泛半导体、生物制药等领域提供设备": a field of business, not *ST生物.
                    or _FIELD_AFTER_RE.match(text, match.end("word"))):
                continue
            add_known(word, found[1], match.start("word"))
        if registry_st:
            _full_names_of_st_cores(registry, text, order, full_names, registry_st, note, known_names)
        _other_names_by_stem(registry, text, order, note, four_char_runs)
    for match in _RENAMED_BEFORE_RE.finditer(text) if "名为" in text else ():
        new, old = match.group("new"), match.group("old")
        if new not in registry.name_to_id or old in GENERIC_NAMES or _NOT_CONTEXT_NAME.match(old) or "公司" in old:
            continue  # (only a name the page or the registry holds; "万家文化" may hold 家 here, the rename says it is a name)
        if old in registry.name_to_id:
            registry.link(registry.company_of(new), registry.company_of(old))
        else:
            registry.add(old, registry.company_of(new))
            note(old, match.start("old"))
    # "獐子岛" and "獐子岛集团股份有限公司", "振东制药" and "山西振东制药股份有限公司": a listed short name (the
    # registry's: three plain characters are as often a person) that is exactly one full name's core, after a place
    # name and before a group word at most. (Names of the page itself were tied above.)
    for short in [n for n in order if len(n) >= 3 and n in registry.known and strip_st(n) == n
                  and not n.endswith("公司")]:
        _tie_to_its_full_name(registry, order, full_cores, count, short, lambda core, s=short: _core_is(s, core))
    # "科瑞思" and "珠海科瑞思科技股份有限公司": a listed name of three characters, then the industry the company
    # names itself by. (Not one of four: "中国石油化工股份有限公司" is 中国石化's, not 中国石油's.)
    for short in [n for n in order if len(n) == 3 and n in registry.known and strip_st(n) == n]:
        _tie_to_its_full_name(registry, order, full_cores, count, short,
                              lambda core, s=short: 0 <= core.find(s) <= 3 and core[core.find(s) + 3 :] in _FULL_NAME_ENDINGS)
    # "金花股份" and "金花企业(集团)股份有限公司": a short name made of the stem and 股份, the stem at the start
    # of exactly one full name (after a place name at most).
    for short in [n for n in order if n.endswith("股份") and len(n) >= 4 and strip_st(n) == n]:
        _tie_to_its_full_name(registry, order, full_cores, count, short,
                              lambda core, stem=short[:-2]: 0 <= core.find(stem) <= 2)
    # "奥联电子" and "南京奥联汽车电子电器股份有限公司", "建艺集团" and "深圳市建艺装饰集团股份有限公司": a listed
    # four-character name (the registry's, or one the page gives a code) whose first two characters stand at the start
    # of exactly one full name's core (after a place name at most) and whose others follow in order.
    for short in [n for n in order if len(n) == 4 and strip_st(n) == n
                  and (n in registry.known or registry.code(registry.company_of(n)))]:
        _tie_to_its_full_name(registry, order, full_cores, count, short,
                              lambda core, s=short: 0 <= core.find(s[:2]) <= 3 and holds_in_order(core, s))
    # "康得新" beside "ST康得新": a plain name of three characters that is an ST name's core is that company
    # (two characters are too often a word or another company's stem).
    for name in [n for n in order if len(n) >= 3 and n in st_cores and n in registry.name_to_id]:
        if name not in registry.holder_names:
            registry.link(registry.company_of(name), registry.company_of(st_cores[name]))
    # "退市西水" beside "西水股份": the name a stock trades under while it is being delisted, and the one short name
    # of the page that starts with its stem.
    for name in [n for n in order if n.startswith("退市") and len(n) >= 4 and n in registry.name_to_id]:
        stem = name[2:]
        roots = {registry.company_of(n) for n in order if n != name and not n.startswith("退市")
                 and not n.endswith("公司") and strip_st(n).startswith(stem) and n in registry.name_to_id}
        if len(roots) == 1:
            registry.link(registry.company_of(name), roots.pop())
    # "斯太退" beside "*ST斯太": the name a stock trades under while it is being delisted.
    for name in [n for n in order if n.endswith("退") and n[:-1] in st_cores]:
        registry.link(registry.company_of(name), registry.company_of(st_cores[name[:-1]]))
    _enumerated_names(registry, text, note)
    for name in [n for n in order if n.endswith("股份有限公司")]:
        # "中潜股份有限公司" beside "中潜股份": the full name is the short one with 有限公司 after it.
        short = name[: -len("有限公司")]
        if len(short) < 4:
            continue
        if short in registry.name_to_id:
            registry.link(registry.name_to_id[name], registry.name_to_id[short])
        elif count(short) > count(name):
            registry.add(short, registry.name_to_id[name])
            note(short, text.find(short))
    _mark_holders(registry, text, order, holders_checked)
    if "机构" in text or "顾问" in text or "事务所" in text:
        for match in _INTERMEDIARY_ALIAS_RE.finditer(text):
            # "金元证券股份有限公司(以下简称“金元证券”或“保荐机构”)": the sponsor replying about the company, no
            # subject of the company's records (unless the registry knows it: a listed broker is listed).
            full = _FULL_NAME_BEFORE_BRACKET_RE.search(text, max(0, match.start() - 40), match.start())
            registry.holder_names.update((full.group("full"), match.group("alias")) if full else (match.group("alias"),))
    return registry, order


# Two characters that start many companies' names (places, groups): no stem of one company in particular.
_SHARED_STEMS = frozenset(
    "中国 北京 上海 天津 重庆 深圳 广州 广东 浙江 江苏 山东 河南 河北 湖南 湖北 安徽 福建 江西 四川 云南 贵州 陕西 山西 甘肃 "
    "青海 辽宁 吉林 黑龙 内蒙 广西 新疆 西藏 宁夏 海南 厦门 大连 青岛 宁波 杭州 南京 武汉 成都 西安 苏州 无锡 长春 沈阳 东方 "
    "华夏 国际 中航 中电 中信 中金 华能 国投 华润 招商 保利 新华 长江 金融 国泰 国海 国联 中科 中材 中铁 中交 中建".split()
)


def _full_names_of_st_cores(registry, text, order, full_names, registry_st, note, known_names):
    """ "湖北美尔雅股份有限公司" and "美尔雅因…" on a page that never writes ST尔雅, the only name the registry knows it by
    (or "上海凯利泰医疗科技股份有限公司" and "凯利泰" beside ST凯利): a joint-stock full name tied to no listed company,
    whose stem (after a place) holds exactly one registry ST core among its first four characters, is that company;
    so is the stem's first three characters where the page writes them on their own."""
    for full in full_names:
        fid = registry.company_of(full)
        if (fid is None or registry.is_known(fid) or _NON_JOINT_STOCK_RE.search(full) or full in registry.holder_names
                or any(registry.company_of(n) == fid for n in order if n not in full_names)):
            continue
        core = _SUFFIX_RE.split(full)[0].replace("(", "").replace(")", "")
        stem = core[2:] if core[:2] in _SHARED_STEMS else core
        head = stem[:4]
        found = {registry_st[head[i] + head[j]] for i in range(len(head)) for j in range(i + 1, len(head))
                 if head[i] + head[j] in registry_st and head[i] + head[j] not in _SHARED_STEMS
                 # (Nor an industry's word: "安徽盛运环保(集团)股份有限公司" is not *ST环保's.)
                 and head[i] + head[j] not in _INDUSTRY_ENDING_SET}
        if len(found) != 1 or len(stem) < 3:
            continue
        # "广东天龙油墨集团股份有限公司" is 天龙集团's, whose whole short name it holds in order, not ST天龙's.
        fitting = [c for c in _registry_cores(known_names).get(stem[0], ()) if len(c) >= 4 and c.startswith(stem[:2])
                   and holds_in_order(stem, c)]
        # (The names may come as a mapping of name to company key, or as names alone.)
        keys = {known_names.get(c) for c in fitting} if hasattr(known_names, "get") else set(fitting)
        if len(fitting) > 1 and (len(keys) > 1 or None in keys):
            continue  # two companies' names fit it ("中珠医疗" and "中珠控股", one company's in turn, are one)
        if fitting:
            name = next((c for c in fitting if c in text), fitting[0])
            key = known_names.get(name) if hasattr(known_names, "get") else None
        else:
            name, key = found.pop()
        # Known, with its code, but not noted: the page never writes the name, so no record shows it.
        registry.link(registry.add(name), fid)
        registry.known.add(name)
        if isinstance(key, str) and key.startswith("code:"):
            registry.set_code(fid, key[5:])
        short = stem[:3]
        # (Not "中南建" of "中南建设": three characters only where the stem's fourth does not follow.)
        # (Nor "蓝丰生" of "蓝丰生化", a name the page declares: the three characters inside a longer name it knows.)
        longer = tuple(n for n in registry.name_to_id if len(n) > 3 and n.startswith(short))
        alone = len(stem) == 3 or any(not text.startswith(stem[3], m.end()) and not text.startswith(longer, m.start())
                                      for m in re.finditer(short, text))
        if (alone and short not in registry.name_to_id and short not in GENERIC_NAMES and not _NOT_SHORT_NAME.search(short)
                and text.count(short) > text.count(full) and not _introduced_as_holder(text, short)):
            registry.add(short, fid)
            note(short, text.find(short))


def _other_names_by_stem(registry, text, order, note, four_char_runs):
    """ "星徽股份(300464.SZ)…星徽精密2023年营业收入…": a four-character word with an industry ending, where a name
    stands, that shares its first two characters with the one known short name of the page (same kind of word) is that
    company's other name, its former one mostly. Not when the stem starts many names, nor for a holder."""
    stems = {}
    for name in order:
        if name in registry.known and len(name) == 4 and strip_st(name) == name and name[2:] in _INDUSTRY_ENDING_SET:
            stems.setdefault(name[:2], set()).add(registry.find(registry.company_of(name)))
    for stem in _SHARED_STEMS & stems.keys():
        del stems[stem]

    def one_stem_and_ending(word):
        return len(stems.get(word[:2], ())) == 1 and word[2:] in _INDUSTRY_ENDING_SET

    for match in four_char_runs(one_stem_and_ending, _with_industry_ending) if stems else ():
        word = match.group("word")
        roots = stems[word[:2]]
        if (word in registry.name_to_id
                or word in GENERIC_NAMES or _NOT_SHORT_NAME.search(word) or not _AFTER_NAME_RE.match(text, match.end("word"))
                or _introduced_as_holder(text, word)
                # "中超示例…中超集团将上市公司29%的股份转让": a group beside its listed company, on a page that tells of
                # shareholders, is the group holding it.
                or (word.endswith("集团") and _has_holder_hint(text))):
            continue
        registry.add(word, next(iter(roots)))
        note(word, match.start("word"))


# The words HOLDER_BEFORE_RE, OCCUPIER_AFTER_RE and BECOMES_HOLDER_RE cannot do without.
_HOLDER_HINT_RE = re.compile(r"股东|关联|实控人|实际控制人|母公司|一致行动人|占")


@lru_cache(maxsize=1)
def _has_holder_hint(text):
    """Whether anything on the page may introduce a holder; asked once per name, answered once per page."""
    return bool(_HOLDER_HINT_RE.search(text))


def _introduced_as_holder(text, name):
    """Whether the page introduces ``name`` as a shareholder or the one taking the money ("大股东康得集团"): then
    it is not an abbreviation of the listed company whose full name its characters happen to fit."""
    if not _has_holder_hint(text):
        return False  # nothing on the page introduces a holder: no scan per name
    return any(
        (_holder_before(text, at) or _occupier_after(text, at + len(name))
         or (text[at - 1 : at] in "“\"" and bool(_HOLDER_ALIAS_BEFORE_RE.search(text, max(0, at - 40), at))))
        # "控股股东鸿达兴业集团": the holder is the group, a longer name than the listed company's.
        and not text.startswith(_GROUP_WORDS, at + len(name))
        for at in find_all(text, name, len(name))
    )


def _tie_to_its_full_name(registry, order, full_cores, count, short, fits):
    """Tie ``short`` to the one full name on the page whose core ``fits`` it, when neither has a partner of its kind
    and the page uses ``short`` on its own ("光电股份" only inside "东莞示例光电股份有限公司" is no name of its own).
    ``full_cores``: the page's full names and their cores; ``count``: how often the page writes a name. ``fits``
    passes only cores that hold the short name's first two characters."""
    # (The fit first, then the partners, then the counts: most names fit no full name, and asking each full name's
    # company took half the time. Every fit holds the short name's first two characters: a test in C first.)
    head = short[:2]
    holders = [f for f, core in full_cores.items() if head in core and fits(core)
               and not _NON_JOINT_STOCK_RE.search(f) and f not in registry.holder_names]
    if len(holders) != 1:
        return
    sid = registry.company_of(short)
    if sid is None or any(registry.company_of(f) == sid for f in full_cores):
        return
    if count(short) <= sum(count(f) for f in full_cores if short in f):
        return
    fid = registry.company_of(holders[0])
    if not any(registry.company_of(n) == fid for n in order if n not in full_cores):
        registry.link(sid, fid)


# What may follow a short name inside its company's full name: "獐子岛集团股份有限公司". Another word makes it
# another company's name: "中国石油化工股份有限公司" is not 中国石油's.
_GROUP_TAILS = ("", "集团", "(集团)", "控股", "控股集团", "实业")


def _core_is(short, core):
    """Whether the full name's core is the short name, after a place name of up to three characters and before a
    group word at most."""
    at = core.find(short)
    return 0 <= at <= 3 and core[at + len(short) :] in _GROUP_TAILS


# id of the last known-names mapping -> (mapping, its size, what was built from it); one is enough.
_KNOWN_INDEX = {}
_CORES_INDEX = {}
_ST_CORES_INDEX = {}
_CORE_NEEDS_INDEX = {}
# A mapping this large is the registry of the whole market, not a few names of one database.
_WHOLE_REGISTRY = 1000


def _registry_st_cores(known_names):
    """The registry's ST names with a two-character core: core -> (name, key), built once per mapping."""
    return _per_mapping(_ST_CORES_INDEX, known_names, _build_st_cores)


def _build_st_cores(known_names):
    groups = known_names.items() if hasattr(known_names, "items") else ((n, None) for n in known_names)
    cores = {}
    for name, key in groups:
        # ("退市中新": the name a stock trades under while it is delisted, "中新科技" before.)
        core = name[2:] if name.startswith("退市") else strip_st(name)
        if core != name and len(core) == 2:
            cores.setdefault(core, (name, key))
    return cores


def _registry_cores(known_names):
    """Short names of the registry without ST prefix or share-class letter, by first character."""
    return _per_mapping(_CORES_INDEX, known_names, _build_registry_cores)


def _build_registry_cores(known_names):
    cores = {}
    for name in known_names:
        core = strip_st(name).rstrip("ABＡＢ")
        if len(core) >= 2 and not _SUFFIX_RE.search(core):
            cores.setdefault(core[0], set()).add(core)
    return cores


def _registry_core_needs(cores):
    """``cores`` (of _registry_cores) as (short name, its stem, the characters a full name must hold for either to
    fit it: the stem's when it has two or more, else the short name's), filed under the rarest of those characters
    (a full name that lacks it fits neither, and is asked of few), built once per index."""
    return _per_mapping(_CORE_NEEDS_INDEX, cores, _build_core_needs)


def _build_core_needs(cores):
    entries = []
    for shorts in cores.values():
        for short in shorts:
            stem = short[:-2] if short.endswith("股份") else short[:-1] if short.endswith("退") else ""
            entries.append((short, stem, frozenset(stem if len(stem) >= 2 else short)))
    frequency = Counter(ch for _short, _stem, needed in entries for ch in needed)
    needs = {}
    for entry in entries:
        needs.setdefault(min(entry[2], key=lambda ch: (frequency[ch], ch)), []).append(entry)
    return needs


def _per_mapping(cache, known_names, build):
    """``build(known_names)``, built once per mapping of known names (and again when it grows): the extractor
    asks for each page with the same one. ``cache`` keeps the one mapping last asked about."""
    cached = cache.get(id(known_names))
    if cached is not None and cached[0] is known_names and cached[1] == len(known_names):
        return cached[2]
    value = build(known_names)
    cache.clear()
    cache[id(known_names)] = (known_names, len(known_names), value)
    return value


def _known_index(known_names):
    """(head -> lengths of the known names starting with it, name -> (rank in the mapping, key), a regex finding
    the heads of three characters in a page, the heads of two), built once per mapping (the first key wins when a
    plain iterable repeats a name). A name's head is its first three characters, or the name itself when it has two."""
    return _per_mapping(_KNOWN_INDEX, known_names, _build_known_index)


def _build_known_index(known_names):
    groups = known_names.items() if hasattr(known_names, "items") else ((n, None) for n in known_names)
    lengths, keys = {}, {}
    for rank, (name, key) in enumerate(groups):
        if name and len(name) >= 2:
            lengths.setdefault(name[:3], set()).add(len(name))
            keys.setdefault(name, (rank, key))
    # "易事特收到立案告知书" where the registry, a snapshot, knows it as ST易事特: a labelled name's core of three
    # characters or more is the name the stock had without the label (a core of two is a shortened name).
    derived = len(keys)
    listed = set(keys)  # the names as the lists give them, before the cores below
    for name, (_rank, key) in list(keys.items()):
        core = strip_st(name[2:] if name.startswith("退市") else name)
        if core != name and len(core) >= 3 and core not in keys:
            lengths.setdefault(core[:3], set()).add(len(core))
            keys[core] = (derived, key)
            derived += 1
    # "万科收到警示函", "华侨城公告": news drops the share-class letter the registry writes ("万科Ａ", "华侨城A"). (Not
    # for a labelled name, nor for the core taken from one above: "*ST石化A" would make every 石化 a company, "ST中华A"
    # every 中华 of 中华人民共和国.)
    for name, (_rank, key) in list(keys.items()):
        core = name[:-1]
        if (name[-1] in "AＡBＢ" and len(core) >= 2 and _CJK_CHAR_RE.match(core[-1]) and strip_st(core) == core
                and core not in keys and name in listed):
            lengths.setdefault(core[:3], set()).add(len(core))
            keys[core] = (derived, key)
            derived += 1
    # The heads a page may hold, in one scan the regex engine runs in C: a character that starts one, then one that
    # is second in one, then one that is third in one. Most positions of a page fail this test. (Tried from a head's
    # last character, looking behind: the engine skips in C to a character that ends a head, where a look-ahead at
    # the head's start was tried at every position; 25% faster.)
    def chars(place):
        return re.escape("".join(sorted({head[place] for head in lengths if len(head) == 3})))

    triples = (re.compile(f"[{chars(2)}](?<=([{chars(0)}][{chars(1)}][{chars(2)}]))")
               if any(len(h) == 3 for h in lengths) else None)
    pairs = tuple(head for head in lengths if len(head) == 2)  # a few names of two characters, looked for one by one
    return {head: tuple(sorted(found)) for head, found in lengths.items()}, keys, triples, pairs


def _known_in_text(known_names, text):
    """``(name, key)`` of every known name that occurs in ``text``, in the order they first occur (names found at
    the same position in the mapping's order).

    Thousands of registry names against one page: the heads of names the page holds, then per position where
    one stands, a few slices (one per length of the names with that head) looked up in a dict, instead of a
    substring search per name.
    """
    lengths, keys, triples, pairs = _known_index(known_names)
    # Every place of every three characters the scan allows, in order: the heads' places are read off it, each looked
    # for from the one before (a search per head from the page's start went through the whole page after its last).
    candidates = triples.findall(text) if triples else []
    at, places = -1, set()
    for head in compress(candidates, map(lengths.keys().__contains__, candidates)):
        at = text.find(head, at + 1)
        places.add(at)
    places.update(at for head in pairs if head in text for at in find_all(text, head))
    found = {}
    for i in sorted(places):
        sizes = lengths.get(text[i : i + 3], ()) + lengths.get(text[i : i + 2], ())
        hits = [keys[name] + (name,) for name in (text[i : i + size] for size in sizes) if name in keys]
        if len(hits) > 1:
            # "阳光城(ST阳光城)": the longest name the registry knows there, not another company's it starts with
            # ("ST阳光"), which the page may still write elsewhere.
            longest = max(len(hit[2]) for hit in hits)
            hits = [hit for hit in hits if len(hit[2]) == longest]
        for _rank, key, name in sorted(hits):
            if name not in found:
                found[name] = key
    return list(found.items())


# "——ST易联众、普利制药、威创股份,、ST华铁——": a round-up's list of short names.
_LIST_ITEM = rf"(?:\*?ST)?[{CJK}]{{2,5}}"
# ("A、B、C三家公司纷纷收到…", "A、B、C均被…": the list's count or a word for all of its items after the last.)
_LIST = (rf"{_LIST_ITEM}(?:[,、]{{1,2}}{_LIST_ITEM}){{2,}}"
         rf"(?:(?![{CJK}])|(?=在内|等|[两二三四五六七八九十\d]{{1,2}}(?:家|大|只)|纷纷|均|分别|先后|相继))")
_NAME_LIST_RE = re.compile(rf"(?<![{CJK}])(?P<list>{_LIST})")
# An item between two separators, which every such list holds: most pages have none, and then no list is looked for.
# (The item's characters taken at once, never given back: a separator follows a whole run of them or none.)
_LIST_MIDDLE_RE = re.compile(rf"[,、][,、]?(?:\*?ST)?[{CJK}]{{2,5}}+[,、]")
# Where such a list may start: after a character that is not Chinese, an item, a separator and another item and
# separator (only there can _NAME_LIST_RE match). Found from the first separator, one pattern per separator (the
# engine skips to a literal in C, where a look-ahead after each character that is not Chinese was tried at every one,
# and a class of the two separators is scanned slowly): a run of two to five Chinese characters before it, not
# Chinese before the run. (The item after the separator tested first: after most separators a clause goes on past
# five characters, and the four looks behind are then not tried; 2x faster.)
_LIST_ITEM_BEFORE_RES = tuple(
    re.compile(sep + rf"(?=[,、]?(?:\*?ST)?[{CJK}]{{2,5}}+[,、])"
               + "(?:" + "|".join(rf"(?<=[^{CJK}]([{CJK}]{{{n}}}).)" for n in range(2, 6)) + ")") for sep in ",、")
_CJK_CHAR_RE = re.compile(rf"[{CJK}]")
# "包括香雪制药、*ST贤丰、…、华铭智能在内的10家": the words around a list are no part of its first and last items.
# (A pattern of its own: one alternation of look-behinds would be tried at every position of the page.)
# ("今年以来已有森源电气、…、獐子岛等超10家公司成功“摘帽”": the companies a round-up counts so far.)
_INTRODUCED_LIST_RE = re.compile(rf"(?:包括|包含|例如|涉及|已有)(?P<list>{_LIST})")


# A stock's name in its delisting period: "退市绿庭", "长动退" (not "退市风险", "面值退").
_DELISTING_NAME_RE = re.compile(
    rf"退市(?!风险|整理|新规|制度|标准|指标|情形|程序|规则|警示|公司|板块|股票)[{CJK}]{{2,3}}"
    rf"|(?!面值|财务|规范|交易|重大|主动|强制)[{CJK}]{{2,3}}(?<![市们])退"
)
# ("…、粤泰股份等8家广州A股上市公司": where they are listed, before what they are; "…、*ST必康15股": stocks.)
_COUNTED_AFTER_LIST_RE = re.compile(
    rf"(?:等|在内的?)?(?P<n>\d{{1,2}}|[二三四五六七八九十两])"
    rf"(?:家(?:[{CJK}]{{2,3}}(?=A股|上市))?(?:A股)?(?:上市)?公司|股(?![份东价票])|只(?:股票|个股))")
# Chinese numerals of a count ("上述三家公司", "两次被立案", "等4家").
COUNT_WORDS = {ch: n for n, ch in enumerate("一二三四五六七八九十", 1)} | {"两": 2}


def count_word(word):
    """A count written in digits or as one Chinese numeral ("4", "两")."""
    return int(word) if word.isdigit() else COUNT_WORDS[word]


_LIST_END_RE = re.compile(r"(?:在内的?|等(?:超|近|逾|约)?)$")  # ("獐子岛等超10家": about ten)
# ("如珈伟示例、智慧示例…": "such as" before the first item; 如 alone only before four characters, not 如意集团's.)
_LIST_START_RE = re.compile(r"^(?:还有|还包括|以及|包括|例如|比如|诸如|如(?=.{4}))(?=.{2})")
_LIST_START_WORDS = ("还有", "还包括", "以及", "包括", "例如", "比如", "诸如", "如")  # (_LIST_START_RE's words: in step)


def _list_item(item):
    """An item of a list without the words that close or open the list (each pattern only where its word stands)."""
    if "等" in item or "在内" in item:
        item = _LIST_END_RE.sub("", item)
    return _LIST_START_RE.sub("", item) if item.startswith(_LIST_START_WORDS) else item


def _list_openings(text):
    """Every position after a character that is not Chinese where two items, each with a separator after it, stand,
    ascending: the first item's Chinese run, and the ST or *ST before it (each a place of its own, as the "T" and "*"
    are not Chinese)."""
    starts = [match.start(match.lastindex) for pattern in _LIST_ITEM_BEFORE_RES for match in pattern.finditer(text)]
    for at in [at for at in starts if text[at - 2 : at] == "ST" and at >= 3] if "ST" in text else ():
        if text[at - 3] == "*" and at >= 4 and not _CJK_CHAR_RE.match(text, at - 4):
            starts.append(at - 3)
        if not _CJK_CHAR_RE.match(text, at - 3):
            starts.append(at - 2)
    return sorted(starts)


def _enumerated_names(registry, text, note):
    """Names in a list that holds at least two known companies are company names too.

    A list of people or of places rarely holds two listed companies; a round-up's list of
    companies always does, and its other items are the names the registry spells differently.
    """
    if not registry.name_to_id or not _LIST_MIDDLE_RE.search(text):
        return  # no item of a list is known, or the page holds no list
    list_starts = [0, *_list_openings(text)]
    for match in [*_matches_at(_NAME_LIST_RE, text, list_starts), *_INTRODUCED_LIST_RE.finditer(text)]:
        # "…、ST青岚等3家", "…、ST青岚在内的3家": words that close the list; no short name ends with them.
        # ("还有利尔达、凯大催化…": the words that open the list are no part of its first item either.)
        # ("…、ST乙、在内的9家": a closing word after the last separator is no item; a page was lost on it.)
        items = [item for item in map(_list_item, re.split(r"[,、]+", match.group("list"))) if item]
        # ("长动退、东电退、德奥退、退市绿庭": the names stocks take in their delisting period, known by their shape.)
        delisting = {item for item in items if _DELISTING_NAME_RE.fullmatch(item)}
        known = [item for item in items if item in registry.name_to_id or item in delisting]
        registered = sum(item in registry.name_to_id for item in items)
        # "赣锋锂业、太安堂、ST星源、岩石股份等4家上市公司": as many items as the companies counted after them are
        # all companies, even a name of three characters.
        counted = _COUNTED_AFTER_LIST_RE.match(text, match.end("list") - (1 if match.group("list").endswith("等") else 0))
        # ("今年已先后有力源科技、ST弘高…15股": the first item glued to the words before it, a name the registry has.)
        glued = text[max(0, match.start("list") - 12) : match.start("list")].rstrip("、")
        first = any(glued[-size:] in registry.name_to_id for size in range(3, len(glued) + 1))
        counted = bool(counted) and count_word(counted.group("n")) in {len(items), len(items) + first}
        if len(known) < (1 if counted else 2) or registered == len(items):
            continue
        for item in items:
            if item in registry.name_to_id or item in GENERIC_NAMES or _NOT_SHORT_NAME.search(item):
                continue
            if item[-1] in "和及与" and item[:-1] in registry.name_to_id:
                continue  # "海通证券和*ST美讯": the list's last 和, before a name the list cannot hold (its star)
            if len(strip_st(item)) < 2 or (strip_st(item) == item and len(item) < (3 if counted or item in delisting else 4)):
                continue  # two or three plain characters are a person's name as often as a company's
            registry.add(item)
            note(item, match.start("list") + match.group("list").find(item))


_FIELD_AFTER_RE = re.compile(r"(?:等)?(?:领域|行业|产业|板块|赛道|方向)")
_GROUP_WORDS = ("集团", "控股", "投资", "实业")
# What may follow a five-character short name in its full name: "南方黑芝麻集团股份有限公司".
_GROUP_ENDINGS = ("集团", "控股", "实业", "")


def _mark_holders(registry, text, order, checked):
    """Note the names the page introduces as a shareholder, controller or the one taking the money. ``checked``
    holds the mentions (by span) and full names a call before looked at: the answer depends on the page alone."""
    if not _has_holder_hint(text):
        return
    becomes = "成为" in text  # (or BECOMES_HOLDER_RE cannot match)
    # (The scan mentions_between keeps: the second call and the extractor's first sentence reuse it while the
    # registry stays as it is.)
    for mention in registry.mentions_between(text, 0, len(text)):
        start, end = mention.start, mention.end
        # Most names have no holder word ending before them nor a taking starting after them: looked at no further.
        listed_after = text[start - 1 : start] == "、"
        described = text[end : end + 1] in "是为" and bool(IS_HOLDER_RE.match(text, end))
        if not (becomes or listed_after or described or text[start - 1 : start] in _HOLDER_BEFORE_LAST
                or text[end : end + 1] in _OCCUPIER_AFTER_FIRST):
            continue
        span = (start, end)
        if span in checked:
            continue
        checked.add(span)
        if mention.text in registry.announcers:
            continue  # "…为关联方长城影视违规担保" of a company the page shows announcing: listed, whatever else it is
        if text.startswith(_GROUP_WORDS, mention.end):
            continue  # "控股股东太安堂集团": the holder is the group, a longer name than the listed company's
        if _holder_before(text, mention.start) or _occupier_after(text, mention.end) or (
                becomes and not mention.text.startswith(("ST", "*ST")) and BECOMES_HOLDER_RE.match(text, mention.end)) or (
                # (Not a name the registry knows: a listed company may hold another.)
                described and not mention.text.startswith(("ST", "*ST")) and mention.text not in registry.known) or (
                listed_after and _HOLDER_LIST_BEFORE_RE.search(text, max(0, start - 24), start)):
            registry.holder_names.add(mention.text)
    # "亿阳集团股份有限公司" written later as "亿阳集团占用上市公司资金": the core of a full name.
    for full in [n for n in order if "有限" in n and _SUFFIX_RE.search(n)]:  # (a test in C first: most are short)
        if full in registry.holder_names or full in checked:
            continue
        core = _SUFFIX_RE.split(full)[0]
        if len(core) < 4 or core in registry.announcers:
            continue
        checked.add(full)
        for at in find_all(text, core, len(core)):
            if text.startswith(full, at):
                continue
            if _occupier_after(text, at + len(core)) or _holder_before(text, at):
                registry.holder_names.add(full)
                break
