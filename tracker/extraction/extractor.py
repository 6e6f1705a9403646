"""The article extractor: page text in, regulatory events out (see shared/EXTRACTION.md).

Pure Python, no Django: the management command ``extract`` is a thin wrapper. The stages, one
module each:

- ``text``: decode, strip HTML, join broken lines, traditional to simplified (offsets kept);
- ``sentences``: articles, paragraphs, sentences and clauses;
- ``names`` / ``listed`` / ``dates`` / ``amounts`` / ``patterns``: the mentions (companies from the page
  and the listed-company registry, who is listed and who is a holder; dates; amounts; trigger phrases);
- this module: event frames sentence by sentence — a trigger, its company (named, or 公司/该公司
  standing for the company last named, or the issuer of a document), its date, regulator, persons;
- ``records``: one record per fact, labels and days settled against the page, a confidence, the
  page's own characters.

A measure's date is the nearest date before the trigger in its sentence (a day it was issued or
received beats the day it was announced); failing that, a date the paragraph gave to the
announcement or receipt just before ("3月21日晚间…公告。"), the day the story leads with, and in a
document the last "于X收到" date, then the date it is signed with.
"""

import datetime
import itertools
import re
from dataclasses import dataclass, field
from functools import cached_property

from . import details
from . import patterns as P
from .amounts import find_amounts
from .dates import (
    AS_OF_WORDS,
    CLOCK,
    DAY_BEFORE_AFTER_RE,
    YEAR_MONTH_RE,
    DateMention,
    find_dates,
    parse_published,
    shows_another_date,
    shows_its_date,
)
from .names import (
    CODE_IN_BRACKETS,
    COUNT_WORDS,
    GENERIC_NAMES,
    OTHER_CLASS,
    PRONOUN_RE,
    QUOTE_LINK,
    Mention,
    build_registry,
    count_word,
    find_headers,
    find_renames,
    holds_in_order,
    may_hold_labelled_rename,
    rename_names,
    st_label,
    strip_st,
    without_site_remark,
)
from .records import RecordsMixin, in_page_characters
from .sentences import SIGNATURE_DATE_RE as _SIGNATURE_DATE_RE
from .sentences import clause_end as _clause_end
from .sentences import clause_start as _clause_start
from .sentences import segment as _segment
from .text import (
    CJK,
    UnreadableInput,
    clean_text,
    decode_bytes,
    reading_form,
    to_simplified,
)

# A round-up's largest or average case: "8家公司…最高单案罚款超3800万元".
_SUPERLATIVE_RE = re.compile(r"最高|最多|最低|平均|单案|单笔")
# The parties a round-up's measure is taken on, counted ("其中对3家上市公司处以…", "并对4名责任人员采取…").
_COUNTED_PARTIES_RE = re.compile(r"对(?:其中)?(?:\d+|[两二三四五六七八九十]+)(?:家|名)")
# A company named as one example of a count ("对A等11家上市公司").
_EXAMPLE_OF_COUNT_RE = re.compile(r"等(?:\d+|[两二三四五六七八九十]+)家")
# What follows a span of days whose events the sentence counts: a comma, or the span named as a week first.
_SPAN_AFTER_RE = re.compile(r"(?:这一?周内?|当周|一周内)?,")
# "上述5家公司", "以上三家ST公司", "上述公司均/分别": the companies a round-up listed before.
# (Not "除上述3家公司之外,年内已有多家公司被实施ST": the others, besides those.)
_GROUP_REFERENCE_RE = re.compile(
    r"(?<!除)(?:上述|以上|前述|这)(?:(?P<count>\d{1,2}|[两二三四五六七八九十])家(?:\*?ST|深市|沪市|上市)*公司|公司(?=均|分别|都))"
)
# "*ST甲和*ST乙…触及终止上市情形。深交所决定两家公司终止上市": a bare count, right after the companies it counts
# (not "另有两家公司", "其中两家公司", "等两家公司").
_BARE_GROUP_REFERENCE_RE = re.compile(r"(?<![另有中余他等约近超逾共])(?P<count>[两二三四五六七八九十])家(?:\*?ST)?公司")
# Between two enumerated names: "、", "和", "及", or the doubled marks of a sloppy repost (",、").
_ENUM_GAP_RE = re.compile(r"^(?:[、,]{1,2}|和|及|与|以及|——)?$")
_GAP_NOISE_RE = re.compile(r"[\s\"“”'‘’「」()]")
# Other companies of a group: "旗下孙公司银湖网", "兄弟公司长城影视".
_SUBSIDIARY_WORDS = r"子公司|孙公司|分公司"
_GROUP_COMPANY_WORDS = r"兄弟公司|姊妹公司|姐妹公司|子公司|孙公司|母公司|关联公司"
_GROUP_COMPANY_WORD_RE = re.compile(f"{_SUBSIDIARY_WORDS}|{_GROUP_COMPANY_WORDS}")  # either pattern's words, found fast
_GROUP_COMPANY_NAME = rf"[“\"]?[{CJK}A-Za-z]{{2,12}}[”\"]?"
# Another company of the group, named right before the verb: "目睹了兄弟公司长城影视被"; not a reason ("因子公司违规担保被").
_OTHER_GROUP_COMPANY_RE = re.compile(
    rf"(?<![因为于])(?:{_GROUP_COMPANY_WORDS}){_GROUP_COMPANY_NAME}(?:已|也|曾|均|早已)?[被遭]?$"
)
# The company's subsidiary, named, right before the measure's verb: "旗下孙公司银湖网已被".
_SUBSIDIARY_SUBJECT_RE = re.compile(
    rf"(?:旗下|下属|的)?(?:全资|控股)?(?:{_SUBSIDIARY_WORDS}){_GROUP_COMPANY_NAME}(?:已|也|曾|均|近日|日前)?[被遭]?"
)
# "控股子公司收到《行政处罚决定书》", "收到控股子公司…发来的《…》": what a subsidiary received.
_SUBSIDIARY_RECEIVED_RE = re.compile(rf"(?:全资|控股)?(?:{_SUBSIDIARY_WORDS})[^,。;]{{0,30}}?(?:收到|接到|发来)")
_ROLE_BEFORE_RE = re.compile(
    # ("证券简称:美盛3 主办券商:山西证券": the broker that sponsors a quoted company, in its header.)
    r"(?:控股股东|大股东|股东|子公司|实际控制人|实控人|关联方|母公司|参股|收购|受让|出售|投资|间接控股|控制的|一致行动人"
    r"|主办券商:?"
    # ("子公司开拓了新客户嘉兴示例饮片股份有限公司": a trading partner, whom a later 公司 does not mean.)
    r"|客户|供应商"
    # ("向联营企业新疆示例牧业股份有限公司提供借款": the company's associate.)
    r"|联营企业|合营企业)$"
)
# The end of an officer's title right before the person's name: "示例科技(300999)股东、董事长兼总经理张三",
# "时任公司董事长的张三".
_OFFICER_BEFORE_RE = re.compile(
    # ("主要责任人龚某和胡某被分别采取…市场禁入措施": the people the decision holds responsible for the company.)
    r"(?:董事长|总经理|总裁|董事|监事|董事会秘书|董秘|财务总监|财务负责人|高级管理人员|高管|实际控制人|实控人|控股股东|股东"
    r"|责任人)的?$"
)
# "…的陈某,于10月底被": a name, then at most a comma and the day, before the passive.
_BARE_NAME_BEFORE_RE = re.compile(r"(?:^|[的,])(?P<name>[\u4e00-\u9fff]{2,4}),?(?:于|在)?[^,。;被]{0,10}?$")
# "2017年5月25日,孟某某因涉嫌违法违规被中国证监会立案调查": a bare name, then the suspicion the passive follows.
_SUSPECTED_NAME_BEFORE_RE = re.compile(r"(?:^|[的,])(?P<name>[\u4e00-\u9fff]{2,3})(?:因|由于)涉嫌[^,。;被]{0,20}$")
# "主要责任人龚某和胡某被分别采取…": the people held responsible, named right after the word.
_RESPONSIBLE_NAMES_BEFORE_RE = re.compile(r"责任人(?P<name>[\u4e00-\u9fff]{2,4}(?:[和及、][\u4e00-\u9fff]{2,4}){0,3})(?:分别)?$")
# "(公司)原董事长兼总经理张三、财务总监李四被…": the clause opens with officers, then the passive.
_OFFICER_TITLE = r"(?:原|时任|现任|前任)?(?:副?董事长|副?总经理|副?总裁|董事会秘书|董秘|财务总监|财务负责人|独立董事|董事|监事)"
_PASSIVE_OFFICERS_RE = re.compile(
    # "时任董事长、总经理、实际控制人黄永军": one person's titles listed before the name.
    rf"\s*(?:其中)?(?:该公司|本公司|公司|其)?的?(?P<officers>(?:{_OFFICER_TITLE}|实际控制人|实控人)"
    rf"(?:[兼、](?:{_OFFICER_TITLE}|实际控制人|实控人))*[{CJK}]{{2,4}}?"
    rf"(?:[、和及]{_OFFICER_TITLE}?(?:兼{_OFFICER_TITLE})*[{CJK}]{{2,4}}?)*)(?:(?:因|作为)[^,。;]{{0,30}}?[,]?)?"
    # ("时任独立董事冯某、陈某、郑某3人分别被罚50万元": the count of them after the names.)
    r"(?:等?(?:\d{1,2}|[两二三四五六七八九十])[人名])?(?:均|分别)?(?P<verb>被|予以)"
)
# ("…决定对X采取责令改正的监督管理措施。同时,对公司时任董事长…采取出具警示函的监督管理措施": the measures told together.)
_ALSO_BEFORE_RE = re.compile(r"(?:亦|也|同样)(?:对|向|于同日|在同日)|^同时,?(?:还)?(?:对|向)")
_ITEM_PARTIES_RE = re.compile(r"^(?:公司)?(?:及其?)?(?:相关|有关)?(?:当事人|责任人)")
_TITLED_NAME_BEFORE_RE = re.compile(rf"(?:{_OFFICER_TITLE}|实际控制人|实控人)(?P<name>[{CJK}]{{2,3}})$")
_PRONOUN_AND_RE = re.compile(r"[,:](?:该公司|本公司|公司)(?=及|和|以及)")
# The 对 that opens a measure's target list, its character first so the engine finds it in one quick pass.
_TARGET_DUI_RE = re.compile(r"对(?<![针相面绝]对)(?!于|外|此|其他|公司的)")
_BRACKETED_RE = re.compile(r"\([^()]*\)")
_PASSIVE_CONTINUES_RE = re.compile(r"(?:同时|并|也|还|又|另)?被")
# A sentence that opens with the passive: a day or year at most, a reason at most, then 被/遭 (and the regulator).
_SUBJECTLESS_OPENING = r"(?:\d{4}年(?:\d{1,2}月)?(?:\d{1,2}日)?[,:]?)?(?:又|还|也|曾|曾经|再次|此前|随后)?(?:因[^,。;]{0,30}?)?"
# (The measure's match may itself begin with the passive: "- 2026年1月14日:被证监会立案调查".)
_SUBJECTLESS_OPENING_RE = re.compile(r"(?:-\s*)?" + _SUBJECTLESS_OPENING)
_SUBJECTLESS_PASSIVE_RE = re.compile(
    r"(?:-\s*)?" + _SUBJECTLESS_OPENING + r"[被遭](?:中国证监会|证监会|中国证券监督管理委员会)?"
)
# …or with the receipt: "- 监管关注:2025年9月因资产评估问题收江苏证监局警示函" (a bullet of a report on one company).
_SUBJECTLESS_RECEIPT_RE = re.compile(
    r"(?:-\s*)?(?:[\u4e00-\u9fff]{2,6}:)?" + _SUBJECTLESS_OPENING + r"(?:收到|收|接到)(?:了)?" + P.REGULATOR_RE.pattern
    + r"(?:下发|出具|发出)?(?:的)?"
)
# …or a later clause with the receipt on the day just told: "公告中…点燃市场,公告发布当晚便收到上交所问询函".
_SUBJECTLESS_LATER_RECEIPT_RE = re.compile(
    r"(?:[^,。;]{0,8}?(?:当晚|当天|当日|次日|随即|随后|旋即))?(?:便|即|就|又|也|还)?(?:收到|接到)(?:了)?"
    + P.REGULATOR_RE.pattern + r"(?:下发|出具|发出)?(?:的)?"
)
# ("责令王志恒依法处理非法持有的“东杰智能”": the stock held.)
# ("阳光集团涉嫌内幕交易示例光伏科技股份有限公司股票案": the stock traded on inside information, likewise.)
_TRADED_STOCK_BEFORE_RE = re.compile(r"操纵[\"“]?$|操纵(?:了)?(?:股票|个股)[\"“]?$|(?:持有|买卖)的?[\"“]?$|(?:内幕|短线)交易[\"“]?$")
# The characters it can end with, looked at first: a search tried at every position of the window costs more than a
# test that rules most names out ("\n": $ matches before a final newline too). Keep it in step with the pattern.
_TRADED_STOCK_LAST = "纵票股有卖的易\"“\n"
# The intermediaries a measure may fall on instead of the listed company they serve.
_INTERMEDIARY_ROLES = "审计机构|年审机构|保荐机构|保荐人|保荐代表人|评估机构|会计师事务所|律师事务所|中介机构|审计师"
# "在X(2017年度)年报审计中": the audit of a company's accounts.
_AUDIT_OF = r"(?:\d{4}年(?:度)?)?(?:年报|年度报告|财务报表|财报)?审计(?:项目|工作|业务)?(?:过程)?中"
_AUDITED_BY_AFTER_RE = re.compile(r"(?:\d{4}年(?:度)?)?(?:年报|年度报告|财务报表|财报)?审计(?:项目|工作|业务)?的")
_AUDIT_CLIENT_AFTER_RE = re.compile(r"[\"”]?" + _AUDIT_OF)
_SERVED_CLIENT_AFTER_RE = re.compile(
    r"(?:\([^()]{0,20}\))?[^,。;]{0,30}?(?:项目(?:中|时|过程中)|(?:持续督导|保荐|审计|评估)(?:机构|人))")
_CASES_ABOUT_AFTER_RE = re.compile(r"[^,。;]{0,16}?(?:案件|系列案|案)中")
# ("第一创业证券股份有限公司(股票名称:第一创业)前从业人员谢某因…被采取出具警示函": a broker's (former) staff.)
_SPONSOR_STAFF_AFTER_RE = re.compile(r"(?:\)|\([^()]{0,20}\))?(?:的)?(?:保代|保荐代表人|前?从业人员|前?员工(?!持股))")
# "将被深圳证券交易所(以下简称"深交所")终止上市": who will do it, between 将被 and the verb.
_AFTER_WILL_BY_RE = re.compile(r"(?<=将被)(?:深圳证券交易所|上海证券交易所|北京证券交易所|深交所|上交所|北交所|交易所)")
_IN_FORCE_AFTER_RE = re.compile(r"(?:起)?(?:生效|施行|正式施行|正式实施)(?:的|之)")
_AUDIT_CONTEXT_RE = re.compile(r"在[^,。;]{2,20}?" + _AUDIT_OF)
# (Not "通报了X财务造假案的行政处罚决定": the decision on the company's own case.)
_LIKE_WORDS = ("类似", "相似", "一样", "相同")
# The last characters of the words a client or a company compared with comes after (在, 执行, 作为, 涉及; 与, 和, 同;
# 涉嫌; 负责), looked at first (as _TRADED_STOCK_LAST). Keep it in step with _mentions.
_CLIENT_BEFORE_LAST = "在行为及与和同嫌责"
# The verbs a firm the company engages comes after ("聘请示例证券股份有限公司为公司提供…"); their last characters, "请任聘",
# are looked at first.
_ENGAGED_BEFORE = ("聘请", "聘任", "续聘", "改聘", "选聘")
_CASE_OF_AFTER_RE = re.compile(r"[\"”]?(?:财务造假|造假|欺诈发行|虚假陈述)?案(?:涉案|中涉案|中)的")
# "因*ST立方长期财务造假被坐实,中兴财光华作为审计机构被立案调查": an intermediary, named as such, before the measure.
# ("公司可转债项目的持续督导券商收到预罚单": the company's broker, after the company.)
# ("…资金离奇失踪,审计机构瑞华所被证监会立案调查", "决定对公司审计师郭某的相关违规行为出具警示函": the same, by its role.)
_INTERMEDIARY_AS_RE = re.compile(
    rf"作为(?:其|公司|该公司)?(?:的)?(?:{_INTERMEDIARY_ROLES}|财务顾问|法律顾问)"
    rf"|的(?:[^,。;]{{0,8}}?的)?(?:持续督导)?(?:券商|{_INTERMEDIARY_ROLES})(?:[^,。;]{{0,4}})$"
    rf"|(?:^|[,;])[^,。;]{{0,6}}?(?:{_INTERMEDIARY_ROLES})[^,。;]{{0,10}}?$"
    r"|(?:公司|其)?(?:审计师|签字会计师|注册会计师)[^,。;]{0,16}?$")
# A word each of its alternatives holds, found in one quick pass: without one, the scan above is not run.
_INTERMEDIARY_WORD_RE = re.compile(r"机构|保荐人|事务所|审计师|会计师|顾问|券商")
# "*ST泽达中介机构被立案": the company's intermediaries, right after its name.
_INTERMEDIARIES_AFTER_RE = re.compile(rf"[\"”]?(?:的)?(?:{_INTERMEDIARY_ROLES})")
# "公司于10月18日收到辽宁证监局下发的《行政处罚决定书》" (not a 事先告知书 nor a decision to come).
# ("公司于2025年7月7日收到北京监管局下发的《行政处罚事先告知书》": the day for the proposals listed below it.)
_PENALTY_DECISION_RECEIVED_RE = re.compile(
    r"(?:收到|收悉|接到)(?P<issuer>[^,。;《]{0,20}?)(?:下发|出具|作出|送达)?(?:的)?"
    # ("收到…北京监管局下发的〔2024〕6号《行政处罚事先告知书》": its number before the title.)
    r"(?:[〔\[(]\d{4}[〕\])]\d{1,4}号)?"
    # ("收到河北证监局和深圳证监局的行政处罚决定书": the title without its marks.)
    r"《?(?:行政处罚决定书|行政处罚决定(?=》)|(?P<notice>行政处罚(?:[及和与]市场禁入)?事先告知书))》?")  # ("《行政处罚和市场禁入事先告知书》")
_DECIDED_FINE_BEFORE_RE = re.compile(r"(?:被|遭)(?:合计|共计|累计|证监会|中国证监会)?$")
_DAY_THEN_COMMA_RE = re.compile(r"(?:晚间|晚|早间|盘后|盘前|上午|下午|中午|午间)?,")
_AGAIN_BEFORE_RE = re.compile(r"(?:再次|再度|又一次)(?:被)?(?:实施|实行)?$")
_AT_ONCE_BEFORE_RE = re.compile(r"同时(?:也|还)?(?:被)?(?:实施|实行)?$")
_RANKING_AFTER_RE = re.compile(r"(?:的)?(?:数量|次数|家数)?最多")
_EACH_BEFORE_DAYS_RE = re.compile(r"(?:分别|先后)(?:于|在)?$")
# What a bureau's 行政监管措施决定书 may name (besides "other", the kinds with no code of their own).
_BUREAU_MEASURES = frozenset({"warning_letter", "rectification_order", "regulatory_talk", "public_explanation"})
# (The days' list, then 分别 and the verb.)
# ("2019年5月17日和18日,*ST飞示接连收到深交所的年报问询函和深圳证监局的《行政监管措施决定书》": the company, then
# one after the other.)
_EACH_AFTER_DAYS_RE = re.compile(r"[,]?(?:[^,。;]{0,12}?(?:接连|先后|相继)|(?:已经?|均|也)?分别)(?:收到|被|遭到?)")
_YEAR_IN_RE = re.compile(r"(?:19|20)\d\d年")
_YEAR_PART_RE = re.compile(r"(?:19|20)\d\d年(?:年初|年中|年底|年末|初|中期|底|末)")
_DISTANCE_BEFORE_RE = re.compile(r"(?:距离|距|离)(?:被)?[^,。;]{0,8}$")
# "强制终止上市进入倒计时", "本次终止上市的具体方案如下": a delisting counted down to or planned, not done.
_DELISTING_AHEAD_AFTER_RE = re.compile(r"(?:已|正式)?(?:进入|开启|步入)(?:了)?倒计时|的(?:具体)?(?:方案|安排|议案)")
_GIVEN_TO_RE = re.compile(rf"(?:予以|给予)(?P<who>[{CJK}、和及]{{2,20}})$")
_RECEIVED_RE = re.compile(r"(?:分别|均|同时)?(?:收到|被|遭)")
_TARGET_VERB_RE = re.compile(r"采取|出具|给予|予以|处以|作出|实施|进行|下发|发出|分别|并处|没收")
_PROPOSAL_RE = re.compile(r"拟(?:决定|作出|对[^。:]{0,20}作出)[^。]{0,10}:")
_LIST_ITEM_RE = re.compile(r"^(?:[一二三四五六七八九十]+、|\d+[、.]|\(\d+\)|\([一二三四五六七八九十]+\))")
# ("2022年4月15日,…。\n…当年4月20日,深交所…": that year, the one the paragraphs before gave.)
_RELATIVE_DAY_RE = re.compile(r"同日|同一[天日]|次日|翌日|隔日|隔天|当日|当天|当晚|彼时|天前|前一[日天]|当年\d|同年\d")
_NEW_NAME_RE = re.compile(
    # "简称自6月9日起变更为": the day the new name takes effect may stand inside.
    # ("股票简称正式变更为“ST萃华”": an adverb before the verb.)
    # ("公司简称“中国远洋”变更为“*ST远洋”": the old name without 由.)
    r"简称(?:将|已|正式)?(?:由?[\"“「](?P<old>[^\"”」、]{2,12})" + OTHER_CLASS + r"[\"”」])?"
    r"(?:(?:将)?(?:自|于|从)?(?:\d{4}年)?\d{1,2}月\d{1,2}日(?:开市)?起?)?(?:正式)?(?:(?:变更|更名|改|调整|变|恢复)为了?|变成了?)"
    # The new name in quotes, or an ST name bare: "股票简称变更为*ST东示,日涨跌幅限制为5%".
    r"(?:[\"“「](?P<new>[^\"”」、]{2,12}?)" + QUOTE_LINK + OTHER_CLASS + r"[\"”」]"
    # (A summary site's footnote mark may follow: "证券简称变更为ST萃华 [1][5]".)
    rf"|(?P<bare>\*?ST[{CJK}]{{2,4}}?)(?=[,。;、\s(\[]|$))"
)

# "变更为ST香雪、ST联创、ST朗源": new ST names of several companies, listed bare.
_NEW_NAME_LIST_RE = re.compile(rf"\*?ST[{CJK}]{{2,4}}?(?:、\*?ST[{CJK}]{{2,4}}?)+(?=[,。;\s(\[]|$)")

# "苏宁易购将在5月6日变成“ST易购”", "ST商城变身为*ST商城": a company becoming an ST name. (No old name is given.)
_BECOMES_ST_RE = re.compile(
    # "豫示例(300064.SZ,现更名为ST示例)": renamed to an ST name, the warning is on (not "拟更名为").
    # (The characters the verbs start with, looked ahead for: the look-behind would be tried everywhere.)
    # ("万林物流正式ST,改名为ST万林": 改名为.)
    rf"(?=[变摇更改])(?:变成|变身为|变身成|摇身变为|(?<![拟将])[更改]名为)[\"“「]?(?P<new>\*?ST[{CJK}]{{2,4}}?)(?=[\"”」,。;、\s()]|$)"
)

def _new_name(match):
    """(new name, its position in the sentence) of a _NEW_NAME_RE or _BECOMES_ST_RE match: quoted or bare."""
    group = "new" if match.group("new") is not None else "bare"
    return match.group(group), match.start(group)


# "6月15日,A、B等6家公司退市整理期满": the delisting period over (not "届满后", a day counted from it).
_DELISTING_PERIOD_OVER_RE = re.compile(r"退市整理期(?:已经?)?(?:届满|期满|满|结束)(?!的|后|之)")
# A day counted by the delisting procedure: "于退市整理期届满的次一交易日(摘牌)".
# ("上交所在公告…终止上市决定之日后5个交易日内对其予以摘牌": the day counted from the decision.)
_PROCEDURE_DAY_RE = re.compile(r"(?:届满|之日)(?:的|后的?)?(?:次一|[\d一二三四五六七八九十]+个)?交易日")
# ("上交所将…作出是否终止公司股票上市的决定": a decision still open.)
_IF_DELISTED_RE = re.compile(r"(?:(?:若|如果|如|一旦)[^。;]{0,20}?|是否)终止(?:公司)?(?:股票)?上市")
# "关于对X及有关责任人予以…的决定": the persons are named in the decision's list of parties.
_RESPONSIBLE_RE = re.compile(r"(?:有关|相关)责任人")
_PARTIES_RE = re.compile(r"当事人[::]\s*\n(?P<lines>(?:[^\n]*\n){1,30}?)\s*(?:[一二三四五六七八九十]、|经查)")
# A person's line of that list: the name (spaced as printed, "曾 明"), a comma, then who they are.
# A decision's parties, up to its findings; and its title, a discipline given ("关于对周某给予公开谴责处分的决定").
_PARTY_BLOCK_RE = re.compile(r"当事人[::](?P<block>[\s\S]{2,400}?)(?:[一二三四五六七八九十]、|经查)")
# ("中国证券监督管理委员会江苏监管局\n行政处罚决定书\n〔2024〕15号\n当事人:…": a bureau's own decision, as its site prints it.)
_DISCIPLINE_TITLE_RE = re.compile(r"关于对[^\n。]{2,80}?(?:给予|予以)[^\n。]{0,20}?(?:处分|批评|谴责)的决定"
                                  r"|^[^\n]{0,30}(?:行政处罚|市场禁入|行政监管措施)决定书", re.MULTILINE)
_PARTY_LINE_RE = re.compile(r"^\s*(?P<name>[\u4e00-\u9fff](?:\s?[\u4e00-\u9fff]){1,3})\s*[,，](?!\s*[AB]\s?股)")
# "你作为示例股份有限公司的实际控制人": whom a letter to a person is about, and the person it went to ("向张三发出").
_AS_OFFICER = (
    r"作为(?P<company>[^,。;]{2,40}?)(?:的)?(?:时任)?(?:实际控制人|控股股东|董事长|总经理|董事会秘书|财务总监|董事|监事|高级管理人员)"
)
# ("对董某某采取出具警示函措施": a bureau's measure on the person.)
_ADDRESSED_PERSON_RE = re.compile(r"[向对](?P<person>[\u4e00-\u9fff]{2,4}?)(?:采取|采取了)?(?:发出|出具|下发)")
# "《关于对古某某的关注函》": a letter whose title addresses a person.
_PERSON_IN_TITLE_RE = re.compile(r"《关于对(?P<person>[\u4e00-\u9fff]{2,4})的(?:[^《》,。;]{0,8})$")
# "还款最后期限2024年12月31日", "整改期限为6月30日": a deadline named before its day (没有 "前").
# ("回函期限为9月15日": the reply a letter asks for.)
_LAST_DAY_BEFORE_RE = re.compile(r"(?P<what>还款|归还|整改|改正|回函|回复)(?:的)?(?:最后)?(?:期限|期)(?:为|是|:|至|截至)?$")
# What was put off, right before 延期至: "归还资金延期至", "还款期限延长至".
_OBLIGATION_BEFORE_RE = re.compile(r"(?:归还|偿还|清偿|清收|收回|回复|整改)(?:工作)?(?:占用)?(?:资金|款项|欠款)?(?=(?:的?期限)?$)")
_REPAID_ON_RE = re.compile(r"(?:当日|当天)?(?:应)?(?:偿还|归还|清偿)(?!了)(?:金额|款项|资金)?(?:不低于|不少于)?")
# "将在公司2022年年度报告披露后停牌,并在复牌后…": what follows a report still to be published.
_AFTER_FUTURE_REPORT_RE = re.compile(r"(?:将|可能)[^。;]{0,12}?报告披露后")
# "被实施其他风险警示的,公司应当…": the case a rule speaks of, then what it asks.
_RULE_CASE_AFTER_RE = re.compile(r"[\"”]?的[,,][^。;]{0,12}?(?:应当|应|须|需)")
# "上交所将根据《股票上市规则》…规定,对X股票作出终止上市的决定": a decision still to come.
# ("上交所将在此后的15个交易日内召开上市委员会进行审议,并根据…审核意见,作出相应的终止上市决定".)
_DECISION_TO_COME_RE = re.compile(r"将(?:根据|依据|按照|依照|依法|对|在)[^。;]{0,80}?作出(?:相应的?)?$")
# "被深交所决定终止上市", "被上交所宣告退市": the exchange's decision to delist.
_DELISTING_DECIDED_RE = re.compile(r"被|决定|宣告|宣布")
# "拟将承诺履行期限改为延长至…,该议案未获得股东大会通过": a proposal that was voted down.
_PROPOSED_BEFORE_RE = re.compile(r"拟|提议|议案")
_REJECTED_RE = re.compile(r"未(?:能)?获(?:得)?[^,。;]{0,8}?通过|(?:被|遭)[^,。;]{0,8}?否决")
# "延期至最晚于2018年5月8日提交对关注函的回复".
# What is put off and owed to no one: a court's pre-reorganisation period, a trading halt.
_NOT_OWED_PERIOD_RE = re.compile(r"预重整|重整(?:期间|期限|计划执行期)|停牌")
# "详见公司于2023年6月17日在指定媒体披露的《关于收到…监管工作函的公告》": the notice of the receipt, by its day.
_SEE_BEFORE_WORDS = ("详见公司于", "详见本公司于", "详见于", "详见公司在", "详见公司")
_ANNOUNCED_RECEIPT_AFTER_RE = re.compile(r"[^,。;《]{0,30}?(?:披露|发布|刊登)的[^。;《]{0,20}?《[^》]{0,80}?收到")
# The company's own event in the month's clause: it listed, was founded.
_OTHER_EVENT_OF_MONTH_RE = re.compile(r"[^,。;]{0,8}?(?:上市|登陆|挂牌|成立|首发)")
_EXTENDED_TO_RE = re.compile(r"(?:延期|延长|推迟|延迟)(?:回复)?至(?:不晚于|最晚于|最迟于|最晚|最迟)?$")
# ("…已决定终止公司股票上市,2024年8月12日公司股票将摘牌": the stock as the subject between.)
_DELISTING_DATE_WORDS = ("终止上市日期为", "终止上市日期:", "终止上市日为", "摘牌日期为", "摘牌日期:", "摘牌日为")
_DELISTING_DAY_WORDS = ("摘牌", "起摘牌", "予以摘牌", "被摘牌", "公司股票将摘牌", "公司股票将被摘牌", "股票将摘牌", "将摘牌")
# Vague days of receipt.
_RECENTLY = ("近日", "日前", "近期")
_NOT_A_NAME_RE = re.compile(r"[\s,。;:、]|\d{6}")
# Words of a warning lifted: near them a plain name given an ST label is a *ST stock moving to ST.
_LIFTED_NEARBY_RE = re.compile(r"撤销|摘帽|摘星|解除")
# A date followed by these words tells when something was announced or received.
_REPORT_AFTER_RE = re.compile(
    # ("*ST示例、*ST示范昨日均公告": the companies announced together; not "作者2023-05-13发布于北京": the day a page
    # was posted, and where.)
    r"(?:晚间|晚|早间|盘后|午间)?(?:均|都|分别|相继|先后|同时)?(?:发布(?!于)|披露|公告|公布|收到|接到)|(?:晚间|盘后)[,，]"
    # "2月26日消息,X收到…《行政处罚事先告知书》": the day the news was told.
    r"|消息[,，]"
    # "《证券日报》记者2月6日获悉,上交所…", "记者6日从证监会获悉": the day the paper learned the news.
    r"|(?:从[^,。;]{2,16}?)?获悉[,，]"
    # "2月9日,ST华铁(000976)公告称": the company between the date and its announcement.
    # "4月9日,金达威(002626.SZ,股价14.86元,市值90.64亿元)公告称": a portal's bracket after the name.
    # ("10月25日晚间X公告,公司于近日收到…": no comma after the evening.)
    # ("格隆汇6月30日丨天夏示例(000662.SZ)公布,…": a portal's bar after its dateline.)
    # ("财联社5月27日电,ST示例公告,公司于近日收到…": a wire's dateline.)
    r"|(?:(?:晚间|晚|早间|盘后|深夜|凌晨),?|[,丨|]|[电讯][,\s]?)[^,。;(]{2,24}?(?:\((?:[^()]|\([^()]{0,8}\)){0,40}\))?(?:晚间|晚|早间|盘后)?"
    r"(?:发布公告|公告称|披露公告|公告显示|收到|接到|(?:公告|披露|公布)(?=[,:])|(?:发布|披露)关于收到"
    # "12月22日,健友股份(603707.SH)披露了《…关于收到…决定书的公告》": an announcement of a measure, by its title.
    r"|(?:发布|披露)了?《[^《》]{0,60}?(?:收到|措施|决定书|告知书|警示函|监管函|问询函|关注函|立案|处罚))"
    # "还有2023年4月28日《关于收到中国证券监督管理委员会立案告知书》的公告": the day, then the title it was told under.
    r"|《关于收到[^《》]{0,60}?》的公告"
)
# "于4月19日向上交所提交了撤销…的申请": the day of the application, not of the change.
_APPLIED_AFTER_RE = re.compile(r"[^,。;]{0,25}?(?:提交|申请)")
# "简称将变更为“*ST银河”,于5月5日停牌一天": the halt's day; the warning starts when trading resumes.
_HALT_AFTER_RE = re.compile(r"(?:\([^()]{0,6}\))?(?:开市起|起)?(?:临时)?停牌")
# "撤销退市风险警示的起始日:2025年5月6日": the date follows the trigger.
# ("终止上市暨摘牌日为2025年7月25日": the day the shares leave.)
_START_DAY_AFTER_RE = re.compile(r"(?:的)?(?:起始日|生效日|实施日|开始日|暨摘牌日|摘牌日)(?:期)?(?:为|是|:)?")
# "复牌后,公司股票简称将变更为…" opens a sentence about the day the previous one resumed trading on.
# "复牌开市后被实施…", "自复牌之日起,公司股票被实施…"
# ("根据公告,公司股票自复牌之日起…": where the words come from, then the same.)
_AFTER_RESUMPTION_RE = re.compile(r"(?:根据公告,|公告显示,|公告称,)?(?:公司股票)?(?:(?:自)?复牌(?:开市|交易)?(?:之)?后|自复牌之日起)")
_RESUMES_AFTER_RE = re.compile(r"(?:\([^)]{1,6}\))?(?:开市)?起?(?:恢复交易|复牌)")
# "公司股票已被实施其他风险警示,目前仍在风险警示板交易": a state, not a change.
_ONGOING_RE = re.compile(r"目前|仍在|仍然|依然")


def _condition_start(text, pos):
    """Where a condition ("如果", "若") begins after ``pos`` in the sentence, or its end."""
    found = P.HYPOTHETICAL_RE.search(text, pos)
    return found.start() if found else len(text)
_MONTH_ONLY_RE = re.compile(r"月(?:份|初|中旬|上旬|下旬|底|末)?$")
# A document's signature line: the signing office, if written on the same line, then the day.
_SIGNED_LINE_RE = re.compile(
    rf"^(?P<signer>[{CJK}]{{2,30}}?(?:部|所|局|会|处|室))?(?P<day>{_SIGNATURE_DATE_RE.pattern.strip('^$')})$"
)
# What may follow the regulator on a signature line: nothing, or its office ("创业板公司管理部", "上市公司监管一部").
_SIGNING_OFFICE_RE = re.compile(rf"(?:[{CJK}]{{0,12}}(?:部|处|室))?")
# "同月,宁夏证监局对公司采取…": a sentence dated by a month the story named, not by a later day.
_SAME_MONTH_RE = re.compile(r"同月|当月|同年|当年")
# "韩某诉证监会行政处罚决定、证券市场禁入决定两案宣判": a suit against decisions, no measure of its own.
_SUED_BEFORE_RE = re.compile(r"(?:诉|起诉|状告)(?:中国)?证监会[^,。;]{0,24}$")
# A day followed by the receipt of a decision ("8月1日,公司再次公告称,收到…《行政处罚决定书》": the announcement's
# clause may stand between).
_DECISION_RECEIVED_AFTER_RE = re.compile(
    r",?(?:[^,。;]{0,12}?(?:公告称|公告显示|披露)[,:])?[^,。;]{0,20}?(?:收到|接到)了?[^,。;《]{0,40}《[^《》]{0,40}(?:决定书|告知书)》")
_HOW_MANY = r"(?:\d+|[一二三四五六七八九十两]+)家"
# "7家A股公司年内遭证监会立案": a count of companies as the subject of a measure.
_COMPANY_COUNT_RE = re.compile(_HOW_MANY + r"(?:A股|上市|沪市|深市|创业板|科创板)*公司")
# A count with a description of its own ("两家华为概念股"), not the ones just named ("两家公司均被…").
_COUNTED_SUBJECT_RE = re.compile(_HOW_MANY + r"(?!上述|上市|A股)[^,。;]{2,8}?(?:公司|股|企业)")
# "部分房企则…": some companies of a kind, the subject of a clause.
_SOME_SUBJECT_RE = re.compile(r"(?:部分|一些|不少|多家|数家|另有|还有)[^,。;]{0,6}?(?:公司|企业|房企|券商|个股)(?:则|也|还)?")
# "在7月26日前共公告了14次延期回复": what was done up to a day, counted.
_TALLIED_BEFORE_RE = re.compile(r"(?:之前|以前|前)(?:共|累计|合计|先后|陆续|已经|已)")
# "上交所对苏亚示例予以公开谴责": a measure addressed to another party than the company (or to it: "对公司").
_ITSELF = r"(?:公司|其|该公司|上市公司|本公司)"
_ADDRESSED_OTHER_RE = re.compile(rf"对(?!{_ITSELF})[\u4e00-\u9fff]{{2,10}}?(?:予以|给予|采取|出具|作出|处以)")
_ADDRESSED_IT_RE = re.compile("对" + _ITSELF)
# "结束股价37.81元": a share price, no amount of a penalty.
_PRICE_BEFORE_RE = re.compile(r"(?:股价|价格|收盘价|开盘价|每股|单价|报)[^\d,。;]{0,2}$")
# "具体内容详见公司…披露的《关于收到…》": a pointer to an announcement, not a measure of its own.
_SEE_TITLE_RE = re.compile(r"详见[^。;《》]{0,30}《[^《》]*$")
# A day with its month and no year ("9月7日").
_YEARLESS_DAY_RE = re.compile(r"(?P<m>\d{1,2})月(?P<d>\d{1,2})[日号]")
# "被实施退市风险警示等退市相关风险": risks named, no change.
_RISKS_LISTED_AFTER_RE = re.compile(r"[\"”]?等[^,。;]{0,6}?风险")
# A verb negated right before it: "暂时无法撤销…", "未能撤销…" (not "无法表示意见", a cause, which is no verb of change).
_NEGATED_VERB_RE = re.compile(r"(?:无法|不能|未能|不得|暂不)$")
# "对上述人员采取出具警示函": the people the sentences before named; named as officers ("作为公司时任董事") in them.
_ABOVE_PERSONS_RE = re.compile(r"对(?:上述|前述|以上)(?:相关)?(?:人员|责任人员|责任人|当事人)")
_OFFICERS_NAMED_RE = re.compile(r"时任|董事|监事|高管|高级管理人员")
# "本次被撤销其他风险警示后,公司股票简称仍为“*ST示例”": the starred name a stock keeps.
_STILL_STARRED_RE = re.compile(rf"简称仍为[\"“](?P<name>\*ST[{CJK}]{{2,4}})[\"”]")
# "公开认定许某10年内不适合担任…": the person an exchange declares unfit, and the term.
_DECLARED_UNFIT_RE = re.compile(rf"公开认定(?P<name>[{CJK}]{{2,3}}?)(?:\d+年内|[一二三四五六七八九十]+年内|终身)")
# A rule's time frame with no day ("自复牌之日起"), under a condition the paragraph opened ("如公司…出现").
_GENERIC_TIMEFRAME_RE = re.compile(r"自复牌之日起|停牌之日|披露日起|之日后")
_CONDITION_OPENED_RE = re.compile(r"(?:^|[,。;])(?:如果|如|若|倘若|一旦)(?:公司)?[^。;]{0,80}?(?:出现|发生|触及|被)")
# Words that make a day one something is owed by ("须于…前"), not one it was done by.
_DUTY_RE = re.compile(r"须|应当|应在|应于|应该|需要|需在|需于|要求|责令|承诺|督促")
# "时任青岚股份总经理": a company named for a person's post.
_OFFICER_AFTER_RE = re.compile(r"(?:时任|原|前)?(?:副?董事长|董事|监事|副?总经理|副?总裁|财务总监|董事会秘书)")
_OFFICER_FIRST = ("时", "原", "前", "副", "董", "监", "总", "财")  # the characters it can start with. Keep it in step.
# A year alone ("到2023年被立案调查"), not a report's ("2023年年报", "2023年度").
# (Not a report's year: "因未在2024年业绩预告中…被通报批评".)
# "早在2016年,…": the year a sentence sets its event in (not "由于2024年仍未扭亏", a cause's year).
_YEAR_OF_EVENT_RE = re.compile(r"(?:早在|早于|曾于|曾在)((?:19|20)\d\d)年")
# ("《股票上市规则(2018年11月修订)》": a rulebook's revision, no year of an event.)
_BARE_YEAR_RE = re.compile(r"((?:19|20)\d\d)年(?![度报年第一二三四上下前后内底末初中\d]|业绩|财务|审计|季|修订)(?!\d{1,2}月修订)")
# "公司近日收到…决定书": received lately.
# The lines a document lists its other recipients on, below its signature.
_DISTRIBUTION_WORDS = ("抄报", "抄送", "主题词")
_PAGE_NUMBER_LINE_RE = re.compile(r"\s*[—\-–]\s*\d{1,3}\s*[—\-–]\s*")  # "—3—", "- 3 -": a PDF page's number
_PAGE_NUMBER_END_RE = re.compile(r"[—\-–]\s*\d{1,3}\s*[—\-–]\s*$")
# ("上交所决定终止公司股票上市。摘牌日期为2021年6月1日": the day told in a sentence of its own.)
_DELISTING_DAY_FIELD_RE = re.compile(r"摘牌日期(?:[::]|为|定为|是)\s*(?P<day>(?:19|20)\d\d年\d{1,2}月\d{1,2}日|(?:19|20)\d\d-\d\d-\d\d)")
# "问询函件(包括关注函、问询函)": the kinds of the letters just named, in brackets after them.
_KINDS_BRACKET_AFTER_RE = re.compile(r"件?\((?:包括|含|其中)[^()]{2,24}\)")
# (And a measure inside those brackets is no letter of its own.)
_KINDS_IN_BRACKETS_RE = re.compile(r"函件?\((?:包括|含|其中)[^()]{0,10}$")
# "…,现将有关情况公告如下": what the announcement goes on to tell.
_ANNOUNCED_BELOW_RE = re.compile(r"现将[^,。;]{0,12}?公告如下")
_RECENT_RECEIPT_RE = re.compile(r"(?:近日|日前|近期),?[^,。;]{0,14}?(?:收到|接到|收悉)")
_RECEIPT_AFTER_RE = re.compile(r",?[^,。;]{0,12}?(?:收到|接到|收悉)")
_ANNOUNCING_REGULATOR = (r"(?:中国)?证监会[^,。;()]{2,3}(?:证监局|监管局)|(?:中国)?证监会|[^,。;()]{2,3}证监局|上交所|深交所|北交所|[上深北][海圳京]证券交易所"
                         r"|中国证券监督管理委员会[^,。;()]{2,3}监管局")
# (Or issued its decision: "根据深圳证监局2025年9月12日下发的《行政处罚决定书》".)
_ANNOUNCES_AFTER_RE = re.compile(r"(?:晚间|当日)?,?(?:发布|通报|公布|宣布|披露|(?:下发|出具|作出)的《)")
# "12月30日,深圳证券交易所(以下简称"深交所")与中国证券监督管理委员会黑龙江监管局(…)接连发声": two regulators
# lead the story together.
_REGULATOR_ANNOUNCES_RE = re.compile(
    rf"(?:晚间|当日)?,?(?P<who>{_ANNOUNCING_REGULATOR})(?:\([^()]{{0,24}}\))?"
    rf"(?:[与和、](?P<who2>{_ANNOUNCING_REGULATOR})(?:\([^()]{{0,24}}\))?)?"
    # ("上海证券交易所在其官网披露了对X的处分决定书": where it published.)
    r"(?:在其?(?:官网|官方网站|网站)上?|官网)?(?:接连|相继|先后|同时)?"
    # "中国证监会湖南证监局下达了关于X的《行政处罚事先告知书》": the day the decision was issued.
    r"(?:发布|通报|公布|宣布|披露|表示|发声|(?:向|对)[^,。;]{1,20}?(?:送达|下发|出具|作出)|(?:下达|下发|送达)了?(?=[^,。;]{0,20}?《)"
    r"|(?P<acts>(?=对|向)))"
)
# "被实施退市风险警示后的首个年度报告", "…以来", "终止上市后可能转入退市板块": a time counted from a warning, or
# what would follow it, not its change.
_FIRST_TRADING_DAY_RE = re.compile(r"首个交易日|第一个交易日|首日")
# ("较去年9月18日即被戴帽的前一个交易日收盘价…上涨355%": the day before it, whose price is counted from.)
_SINCE_AFTER_RE = re.compile(r"(?:之)?后(?:的|披露的)|以来|(?:之)?后[,,]?(?:可能|将|拟|预计|需|应|如|若)"  # ("…后披露的首个年度报告")
                             r"|的?前一(?:个?交易日|$)")
# "退市警示刚撤销,…实行其他风险警示": the star said lifted ("…被实行退市风险警示的情形已消除": its grounds gone).
_STAR_LIFTED_RE = re.compile(r"(?:撤销|撤除|取消)[^,。;]{0,6}?退市(?:风险)?警示|退市(?:风险)?警示(?:已|刚|被)?(?:撤销|撤除|取消)"
                             r"|退市(?:风险)?警示的?情形(?:已经?)?消除")
# "2022年4月29日,公司被实施退市风险警示后首个会计年度财务会计报告显示…": a warning in passing, the day the report's.
_FIRST_YEAR_AFTER_RE = re.compile(r"(?:之)?后(?:首个|第一个)")
# A measure addressed to an intermediary right before it: "发布对民生证券的", "对天健会计师事务所采取出具".
_INTERMEDIARY_ADDRESSEE_RE = re.compile(
    rf"[对向][{CJK}()]{{2,16}}?(?:证券|银行|基金|会计师事务所|律师事务所|事务所|期货|信托|保险|评估)"
    rf"(?:股份有限公司|有限责任公司|有限公司|公司|\(特殊普通合伙\))?(?:的|采取|出具|下发|发出)[^,。;]{{0,6}}$"
)
# "交通银行深圳分行向法院申请冻结…": a listed bank's branch, a creditor.
# "审计机构示例会计师事务所未勤勉尽责。证监局决定对其采取…": 其 is the intermediary, not the story's company.
_INTERMEDIARY_RE = re.compile(r"事务所|会计师|律师|保荐|券商|证券公司|评估机构|审计机构|中介|财务顾问|银行|基金|私募")
_BROKER_SUFFIXES = ("证券股份有限公司", "证券有限责任公司", "证券有限公司")
# ("东方财富证券位于拉萨的多个营业部": a listed company's broker arm, its branches; "东方财富(300059)拉萨团结路第一营业部"
# on a list of trading seats, the code between.)
_BRANCH_AFTER_RE = re.compile(rf"(?:\(\d{{6}}\))?[{CJK}]{{0,8}}?(?:分行|支行|营业部)|证券[{CJK}]{{0,10}}?营业部")
# "苏大维格:东吴证券股份有限公司关于深圳证券交易所关注函之核查意见": a broker's (or law firm's) opinion on the
# company's letter.
_OPINION_OF_AFTER_RE = re.compile(r"(?:股份有限公司|有限责任公司|有限公司)?关于[^。\n]{0,60}?(?:核查意见|法律意见书)")
# The words after a name that rule it out as a subject, whichever of them it is: one match call instead of four.
_NOT_SUBJECT_AFTER_RE = re.compile("|".join(
    f"(?:{r.pattern})" for r in (_BRANCH_AFTER_RE, _CASE_OF_AFTER_RE, _SPONSOR_STAFF_AFTER_RE, _OPINION_OF_AFTER_RE)))
# "目前正在被中国证监会立案调查": an investigation under way, not one opened that day.
_ONGOING_BEFORE_RE = re.compile(r"正在|仍在|尚在|正处于|处于")
_ONGOING_AFTER_RE = re.compile(r"(?:事项)?(?:尚未结束|尚未完结|仍在进行|尚在进行|还在进行|未结束)")
# "4家此前被实施退市风险警示、其他风险警示的上市公司": companies described by a past warning.
# ("将成为2025年首只因面值退市而被摘牌的A股公司": what it will be one of.)
# Words that tell a change described before a name ("…终止上市的X") as done: "已", "而" after its cause, "刚", "曾".
_DONE_BEFORE_RELATIVE_RE = re.compile(r"已|而|刚|曾|此前|日前|先后")
_DONE_RELATIVE_CLAUSE_RE = re.compile(r"因|于|已|而|曾|早在|去年|今年|\d年|\d月")
_TO_COME_RE = re.compile(r"将|即将|拟|待|面临|或")
_DESCRIBED_AFTER_RE = re.compile(r"(?:[、和及或][^,。;]{0,12}?)?的(?:上市|A股)?公司")
# An announcement's own title: "关于公司股票交易被实施退市风险警示的公告", "关于撤销公司股票交易其他风险警示的公告".
_OWN_TITLE_RE = re.compile(r"(?:[^,。;《》]{2,40}?)?关于(?:撤销|申请撤销)?(?:公司|本公司)?股票[^,。;《》]{2,60}公告")
_LEAD_CHARS = 200  # a story's lead: the paragraphs that start within its first characters
# "关于对X的关注函 下载公告\n公告日期:2022-04-20": the day a portal posted the letter or decision it shows.
# ("关于对X予以通报批评的决定\n公告日期:2015-12-23": the field opens a line, with or without the link above it.)
_POSTED_DAY_RE = re.compile(r"(?<![^\n])公告日期:\s*(?P<day>(?:19|20)\d\d-\d\d-\d\d)")
# A portal's table of a company's regulatory records: each entry opens with its day ("监管关注 公告日期:2022-11-28"),
# then its title ("标题关于对X的监管函"), its number ("文件批号创业板监管函[2022]第189号") and the department.
_ENTRY_DAY_LINE_RE = re.compile(r"(?:^|\n)[^\n:]{0,8}?公告日期:\s*(?P<day>(?:19|20)\d\d-\d\d-\d\d)\s*\|?\s*\n")
_ENTRY_DAY_RE = re.compile(r"公告日期:\s*(?P<day>(?:19|20)\d\d-\d\d-\d\d)\s*\|?\s*\n")
_ENTRY_NUMBER_RE = re.compile(r"(?:\n\|?\s*)?文件批号\s*\|?\s*(?P<number>[^\n|]{4,40}?号|[^\n|]{4,40})")
# A data site's fields of a penalty decision: who made it, and when.
# ("发布机构: 证监会 发文日期: 2018年12月06日": the fields the CSRC's disclosure pages head a decision with.)
_DECISION_AUTHORITY_FIELD_RE = re.compile(r"(?:(?:作出)?处罚(?:决定)?的?机关|^发布机构):\s*(?P<who>[^\n•;]{2,30})", re.M)
_DECISION_DAY_FIELD_RE = re.compile(r"(?:(?:作出)?处罚决定的?日期|发文日期):\s*(?P<when>[^\n•;]{6,16})")
# "证监会7月13日下发的《行政处罚事先告知书》揭露…": the document a story's undated penalties come from.
_DOCUMENT_LEAD_RE = re.compile(
    r"(?P<who>(?:中国)?证监会|[^,。;《]{2,3}证监局|(?:中国证券监督管理委员会|中国证监会)?[^,。;《]{2,4}监管局)"
    r"(?P<when>(?:\d{4}年)?\d{1,2}月\d{1,2}日)?"
    r"(?:向[^,。;]{0,20}?)?(?:下发|出具|作出|发出|送达)的《[^《》]{0,20}?(?:事先告知书|处罚决定书)》"
)
# "2025年12月17日,示例生物收到了中国证监会与上交所的双重处罚。公司及6名时任高管合计被罚…": the penalties told
# after it are the first regulator's (an exchange neither fines nor bans).
_PENALTY_RECEIVED_LEAD_RE = re.compile(
    r"收到(?:了)?(?P<who>(?:中国)?证监会|中国证券监督管理委员会|[^,。;《]{2,3}证监局)(?:(?:与|和|及)[^,。;]{2,6}?)?"
    r"的(?:双重|行政)?(?:处罚|罚单)"
)
# "而就在7月22日,证监会刚刚公布了对示例的处罚结果。…证监会决定对示例责令改正…": the penalties told after it are
# those it published that day.
_PENALTY_PUBLISHED_LEAD_RE = re.compile(
    r"(?P<who>(?:中国)?证监会|中国证券监督管理委员会|[^,。;《]{2,3}证监局)(?:刚刚|正式|日前|已)?(?:公布|公开)了?"
    # ("广东证监局公布了一份针对ST示例的行政处罚决定书。时任独立董事…3人分别被罚50万元")
    r"(?:一份)?(?:对|针对)[^,。;]{2,12}?的(?:行政)?处罚(?:结果|决定)")
# "2024年12月27日,ST示例及相关责任人收到…": a day, then who received (no other day or verb between).
_RECEIVED_AFTER_DAY_RE = re.compile(r"(?:晚间|晚)?,?[^,。;\d]{2,20}?收到(?:了)?")
_LETTER_RE = re.compile(r"问询函|关注函|工作函|监管函|审核意见函")  # (a review's 审核意见函 asks questions too)
# ("关于立案调查事项进展暨风险提示的公告": a progress notice's title.)
# ("被证监会立案调查事项有了实质性进展": the case goes on, told with its next step.)
_TOPIC_AFTER_RE = re.compile(
    # ("董事长涉嫌违法被立案调查的事件,其源头…": the case told already, referred to.)
    r"(?:调查)?(?:的)?(?:情况|公司名单|名单|进展|结果|的事件|一事|事项(?:的)?进展|事项(?:有了|迎来|取得)[^,。;]{0,6}?进展"
    # (Not "被立案调查的公司分别为A、B": the companies, listed.)
    r"|的公司(?!(?:分别为|分别是|依次为|包括|有|为|是)(?![\d一二三四五六七八九十两多几数]))"
    r")")
_QUOTED_TITLE_RE = re.compile(r"为题|题为|标题")
_INSIDE_QUOTE_RE = re.compile(r"“[^”]*$")
# "朗进科技(维权)(300594.SZ)、ST惠伦": what stands in brackets between two enumerated names.
# A short aside in brackets, or a code with a portal's figures: "(SZ000027,股价6.48元,市值308亿元)".
_PARENTHETICAL_RE = re.compile(r"\((?:[^()]{0,20}|(?:SZ|SH|BJ)?\.?\d{6}[^()]{0,40})\)")


def _lists_only(gap):
    """True when only a list's separator stands between two names ("A、B", "A和B", "A(300300.SZ)、“B”")."""
    return bool(_ENUM_GAP_RE.match(_GAP_NOISE_RE.sub("", _PARENTHETICAL_RE.sub("", gap))))


# "11月27日,中国证监会决定立案", "中国证监会于2022年7月11日决定对公司立案": the day of the decision.
_DECIDED_AFTER_RE = re.compile(r"(?:[,,]?(?:中国)?(?:证监会|我会)(?:已|依法)?)?决定(?:对[^,。;]{1,20}?)?立案")
# "陕西证监局和上交所先后…": two issuers of one measure.
_JOINT_ISSUERS_RE = re.compile(r"[和与及、]")
_JOINTLY_AFTER_RE = re.compile(r"(?:已|也|亦)?(?:先后|分别|相继|均|都)")
# "收到上海证监局和上交所的问询函": the letters of both, right before the measure.
_JOINT_SENDERS_OF_RE = re.compile(r"(?:下发|出具|发出|发来)?的[《\"“]?")
# "收到中国证监会《行政处罚决定书》": the title of what was received or issued on a day.
_RECEIVED_TITLE_RE = re.compile(r"[^,。;《]{0,16}?(?:下发|送达|出具|作出|收到|接到|收悉)[^,。;《]{0,12}《(?P<title>[^》]{1,60})》")
_ISSUED_AFTER_RE = re.compile(r"(?:向[^,。;]{1,12}?)?(?:下发|送达|出具|作出)|(?:收到|接到|收悉)")
# "收到证监会调查通知书": a document received, named without its title's marks.
_RECEIVED_BARE_TITLE_RE = re.compile(r"(?:收到|接到|收悉)(?P<title>[^,。;《》]{1,20}?(?:通知书|告知书|决定书|函))")
# "上市审核中心出具的《关于…发行股份购买资产并募集配套资金申请的审核问询函》": questions on an application under
# review, no supervisory measure (a 事后审核问询函 on what was disclosed is one).
# ("…挂牌申请文件的审查问询函"; "企业的申报材料于4月30日获受理,在5月14日收到问询函": the same, as news tells it.)
_APPLICATION_REVIEW_RE = re.compile(r"申请(?:文件)?的审[核查]$|上市审核中心|重组审核(?:机构|中心)"
                                    r"|(?:申报材料|申请文件|发行申请|上市申请)[^。;]{0,24}?受理")
# "正在接受证监会立案调查的X公告称": a case that describes the company named right after it.
_DESCRIBED_BY_CASE_RE = re.compile(r"(?:调查|稽查)?(?:中)?的")
# "…,并于2022年11月22日起被实施退市风险警示" in the issuer's own announcement: its shares, the day in full.
_OWN_DATED_PASSIVE_RE = re.compile(r"(?:于|自)\d{4}年\d{1,2}月\d{1,2}日(?:开市)?起?(?:将)?被$")
# "《关于X被采取责令改正措施有关事项的监管工作函》": the measure a letter's title is about.
_TOPIC_OF_LETTER_TITLE_RE = re.compile(r"[^《》。;]{0,12}?(?:相关)?事项的[^《》。;]{0,6}?(?:监管工作函|问询函|关注函|监管函|工作函)》")
# A loan between companies, whose agreed repayment day is no order's ("出借…借款期限6个月,约定…前清偿").
# What stands between a due day and what is owed: its hour at most, then 前 ("2013年8月27日17:00前书面回复").
_DUE_AFTER_DAY_RE = re.compile(CLOCK + r"(?:\(含\)|\(含当日\))?(?:之前|以前|前)?")
_LOAN_RE = re.compile(r"借款|出借|借给|贷款|借贷")
_DAY_PARTS = ("", "晚间", "晚", "早间", "盘后", "午间")  # what may follow a year-less day that is still one day
# "X全资子公司长泰示例公司因未取得许可施工,被处以…罚款": the subsidiary the passive is of (not "因子公司…": the cause).
# (And its officer's, told after it: "…,直接责任人王某被处以19.7万元罚款".)
_SUBSIDIARY_PENALISED_RE = re.compile(r"(?<![因对及和与])(?:全资|控股)?子公司[^。;]{0,60}?被[^。;,]{0,16}$")
# "在交易所问询函回复等临时公告中存在虚假记载": a reply named as the place of a violation.
_REPLY_AS_PLACE_RE = re.compile(r"》?(?:的)?回复(?:公告)?(?:等[^,。;]{0,12})?中(?:存在|有|的)")
# "是对资金占用事项成功整改,还是最终摘牌退市": the second of two outcomes asked about.
# ("七只股票已锁定退市或已完成摘牌退市": which of the two for each, the sentence does not say.)
_ALTERNATIVE_BEFORE_RE = re.compile(r"是[^。;!?]{1,40}?[,、]还是[^,。;]{0,8}$|退市或(?:已经?)?(?:完成)?$")
# Authorities that open cases of their own, not securities ones: a supervisory commission, the police, prosecutors.
# ("副总经理王某因涉嫌违纪和职务违法犯罪,被立案调查并实施留置措施": a supervisory commission's words for its case.)
# ("董事长等被刑事立案调查": a criminal case, the police's.)
_OTHER_AUTHORITY_RE = re.compile(r"监察委员会|监察委|监委|监察机关|纪委|纪律检查委员会|公安|检察院|警方|违纪|职务违法|职务犯罪|留置|刑事")
# A page that names the CSRC or a bureau (whose case an unnamed 立案 may be; an exchange opens none).
_SECURITIES_REGULATOR_WORD_RE = re.compile(r"证监|证券监督|稽查")
# "示例网已被北京市公安局东城分局经侦支队立案": a case another authority opened, told after a headline's 被立案.
_POLICE_CASE_AFTER_RE = re.compile(r"被[^,。;]{0,16}?(?:公安|经侦|检察院|监察委员会|监委|纪委)[^,。;]{0,12}?立案")
# "签收了对张三进行立案调查并实施留置的通知书": a supervisory commission's case, told by its detention after.
_DETAINED_AFTER_RE = re.compile(r"[^,。;]{0,4}?(?:并|及|和)(?:实施|采取|被)?留置")
# Authorities that fine companies for other things than their securities: environment, tax, market supervision...
_OTHER_PENALTY_AUTHORITY_RE = re.compile(
    r"环保局|环境保护局|生态环境(?:局|厅|部)|税务局|市场监督管理局|市场监管局|工商(?:行政管理)?局|海关|应急管理局|安监局|"
    r"自然资源(?:局|厅)|住房和城乡建设|住建局|消防|人民法院|外汇管理局|卫生健康委|药品监督管理|药监局|药监部门"
    # Banking and insurance supervisors ("银保监会上海监管局出具的《行政处罚决定书》"): a trust's or bank's business.
    r"|银保监|银监(?:会|局|分局)|保监(?:会|局)|人民银行|金融监管总局|金融监督管理(?:总局|局)|交易商协会"
)
# "距离该公司…被立案调查已过去近一年": the time since the measure, counted to the day before it.
_SINCE_MEASURE_RE = re.compile(r"[,,]距(?:离)?[^。;]{0,40}?$")
# The measures such an authority takes too: its fines, its orders, its cases.
_OTHER_AUTHORITY_MEASURES = P.PENALTIES | {"rectification_order", "investigation"}
# "*ST泛海也因触及交易类退市指标被摘牌": what it met is the cause, and the passive the change itself.
# ("因…被出具无法表示意见的审计报告,…,触及财务类退市标准而被终止上市": the cause's last clause, 而 before the passive.)
# ("因触及《…上市规则》第9.3.2条第一款第(一)项、第(三)项规定于2024年4月30日起被实施…": the rule cited in full.)
_CAUSE_THEN_PASSIVE_RE = re.compile(r"因(?:触发|触及)[^,。;]{1,60}?(?:而)?(?=[被遭])|(?:触发|触及)[^,。;]{1,24}?而(?=[被遭])")
# "被证监会两次立案调查": as many records as the text counts.
# ("两度被证监会立案调查": the same, in other words.)
_TIMES_BEFORE_RE = re.compile(r"(?<!第)(?P<n>两|二|三|四)(?:次|度)(?:被)?(?:中国证监会|证监会)?$")
# "已连续两次就相关事项对X发出监管工作函": letters the text counts, the count before the verb that sends or
# receives them ("第二次", "再次", and a count of something else, "两次问询后", are not counts of letters).
_LETTERS_COUNTED_RE = re.compile(
    r"(?<![第再又])(?P<n>两|二|三|四)次[^,。;!?次函询查罚]{0,24}?(?:发出|下发|出具|发来|收到|接到|收悉)[^,。;!?]{0,8}$"
)
# "*ST示例接连收到两封关注函", "深交所向公司连发两封问询函": the count between the verb and the letter.
_LETTERS_COUNTED_AFTER_VERB_RE = re.compile(
    r"(?:收到|接到|收悉|下发|发出|出具|发来|连发|连收)了?(?P<n>两|二|三|四|五|六|七|八|九|(?<!\d)[2-9])(?:封|份)[^,。;!?函]{0,8}$")
# "两个月内公司两收监管函": the count in the headline's verb.
_LETTERS_COUNTED_IN_VERB_RE = re.compile(r"(?<![第])(?P<n>两|三|四)(?:度)?收(?:到)?[^,。;!?函]{0,8}$")
# "共计收到深交所出具的…监管函2份,关注函13份": the count right after the letter.
_LETTERS_COUNT_AFTER_RE = re.compile(r"(?P<n>(?<!\d)[1-9]\d?|[两二三四五六七八九十])(?:份|封)(?![\d%])")
# "2019年8月3日、8月5日,X先后两次收到…": what says each listed day is a letter of its own ("5月8日与5月10日,深交所
# 就曾向X连发两封关注函": a count of letters).
_EACH_DAY_RE = re.compile(r"先后|分别|相继|(?P<n>两|二|三|四)(?:次|封|份)")
# After a warning imposed, the next clause renaming the stock from a day: "…,股票简称自2025年9月23日起变更为…".
_RENAMED_FROM_RE = re.compile(r"[^,。;]{0,6}?[,;](?:公司)?(?:股票|证券|A股)?(?:简称|名称)(?:将)?(?:自|从|于)")
_FROM_THE_DAY_RENAMED_RE = re.compile(r"(?:开市)?起?(?:将)?(?:变更|改|调整)为")
# An open 《 before the trigger: the trigger is inside the title of an announcement or rule.
_INSIDE_TITLE_RE = re.compile(r"《[^《》]*$")
# ("收到…决定书【2018】73号《关于终止…": a decision received, by its title.)
_RECEIVED_DECISION_TITLE_RE = re.compile(r"收到[^,。;《》]{0,40}《关于[^《》]*$")
# "由于停牌期内仍未完成整改,…将从14日起被实施退市风险警示": a clause that gives the cause, told, not a condition.
_CAUSE_OPENS_RE = re.compile(r"(?:但|而)?(?:由于|因为|因)")
# "…撤销…退市风险警示。但…本公司股票交易继续实施其他特别处理": the other warning stays.
# ("撤销退市风险警示,但保留其他特别处理": kept.)
_OTHER_WARNING_GOES_ON_RE = re.compile(r"(?:继续|仍将|仍)(?:被)?(?:实施|实行)[\"“]?(?:其他特别处理|其他风险警示)"
                                       r"|保留[\"“]?(?:其他特别处理|其他风险警示)")
# "实施退市风险警示和其他风险警示": the second warning named with the first, both imposed at once.
_OTHER_WARNING_TOO_RE = re.compile(r"[\"”]?(?:和|及|与|、|并|(?<=”)(?=“))[\"“]?其他风险警示")  # ("“退市风险警示”“其他风险警示”": quoted side by side)
# "预计于2016年1月21日向上交所报送回复文件": the day a company expects to reply.
_EXPECTED_ON_RE = re.compile(r"预计(?:将)?(?:于|在)$")
# "关于上海证券交易所对公司三季报等有关事项的信息披露问询函的回复公告": a reply's title names who sent the letter.
# ("关于对上海证券交易所《关于对示例科技2023年年度报告的事后审核问询函》的回复公告": the letter's title after whom.)
# ("成都示例电气股份有限公司 关于2023年年报问询回复的公告": the company's own title, the sender unnamed.)
_REPLY_TITLE_RE = re.compile(r"关于(?:上海证券交易所|深圳证券交易所|北京证券交易所|上交所|深交所|北交所)对[^,。;《》]{0,50}$"
                             r"|^[^,。;]{0,30}?(?:股份有限公司|有限公司)\s*关于[^,。;《》]{0,40}$"
                             r"|关于对(?:上海证券交易所|深圳证券交易所|北京证券交易所|上交所|深交所|北交所)《[^,。;《》]{0,60}$")
_DISCLOSED_WORDS = ("披露的", "发布的", "披露了", "公告的")
# The rest of a rulebook's title after the regulator that wrote it ("上市规则(2020年修订)》", "信息披露管理办法》").
_RULEBOOK_AFTER_RE = re.compile(r"[^《》。;]{0,30}?(?:规则|指引|办法|规定|准则|指南|细则)(?:\([^()《》]{0,12}\))?》")
# "深交所再次对X发出关注函": a measure told as sent again.
_AGAIN_RE = re.compile(r"再次|再度|又一次|又对|又向|再向|再对|又收到|再收到|又收|再收")
# "粤示股份实控人等3人收警示函", "X再收两份监管函": a headline's 收 right before the letter, its issuer unsaid. (Not 收入,
# 回收, 吸收: no such word ends right before a letter's name.)
# ("X实控人获警示函": 获, the headline's other verb of receipt, right before the letter; not 荣获, an award.)
_HEADLINE_RECEIVED_RE = re.compile(r"(?:(?<![吸回征税营接])收|(?<![捕查截斩荣缴])获)(?:[一二两三四五\d]+[份张封])?$")
# "宣布再次延期回复深圳证券交易所(深交所)对其2023年年报的问询函": the reply, the regulator and the letter's topic between.
_REPLY_TO_BEFORE_RE = re.compile(r"回复[^,。;]{0,30}$")
# "上交所就互动平台回复内容向X下发监管工作函": a reply the letter is about, not the reply to it.
_REPLY_AS_TOPIC_RE = re.compile(
    r"就[^,。;]{0,20}?回复[^,。;]{0,6}?(?:内容|事项|情况|问题|信息)[^,。;]{0,20}?(?:下发|发出|出具|发送|下达|发来)[^,。;]{0,6}$"
)
_SENT_OR_RECEIVED_RE = re.compile(r"收到|接到|收悉|下发|发出|出具|发来|送达")
# "在股票停牌两个月内(至2024年7月5日)": a period's last day, in brackets after it.
_PERIOD_END_BEFORE_RE = re.compile(r"内\((?:至|截至|即)?$")
# "若公司在…前仍无法披露年报,公司股票将被实施退市风险警示": the if before a day, and what would follow.
_IF_BEFORE_DAY_RE = re.compile(r"若|如果|倘若|一旦|如(?<![^,;:]如)(?![下此今期实])")
_WILL_FOLLOW_RE = re.compile(r"将[^。]*")
# A report the law (not a letter) asks a company to publish by a day.
_PERIODIC_REPORT_RE = re.compile(r"(?:上述|相关)?(?:(?:19|20)\d\d年(?:年度|度)?)?(?:年度报告|年报|半年度报告|半年报|中期报告|(?:第[一三]|一|三)季度报告|季报|定期报告)")
# "拟不晚于2022年3月29日完成函件回复工作": the latest day, as good as a day followed by 前.
_NO_LATER_THAN_RE = re.compile(r"(?:不晚于|不迟于|最迟于|最晚于|最迟在)$")
# "…之前,针对《问询函》的有关问题书面回复", "在6月22日前、9月10日前将有关说明材料报送": what the reply is about, or
# the other days of a list, between the day and the obligation.
_ABOUT_GAP_RE = re.compile(r",?(?:针对|就|对)[^,。;]{0,30}?|(?:将|把)[^,。;]{0,20}|(?:[、和及](?:(?:19|20)\d\d年)?\d{1,2}月\d{1,2}日(?:之)?前)+[^,。;、]{0,8}")
# What a clause says was done by a day ("已于…前偿还完毕", "已于…前收回全部占用资金").
_DONE_BY_RE = re.compile(r"了|完毕|结清|还清|完成|全部|全额|收回|归还|偿还|清偿")
# "已被实施退市风险警示", "已于2024年5月6日起被实施…": a warning in place, told in passing.
_FINALLY_RE = re.compile(r"最终|最后|终于|已经?")
_PASSIVE_DONE_RE = re.compile(r"已(?:经)?(?:于[^,。;]{0,16}?)?(?:起)?被(?:实施|实行)"
                              # "这一天深交所做出了终止其上市的决定": the pronoun's company, its listing ended.
                              r"|终止其(?:股票)?上市"
                              # ("8月19日,深交所决定公司股票终止上市": the story's company, just named.)
                              r"|决定(?:对)?公司(?:股票)?终止上市")
# "证监会决定对5家公司…立案调查": the measure counts the companies the sentence before listed.
# "九家公司同日发布公告称": companies counted, named in the sentence after ("分别是…").
_COUNTED_HERE_RE = re.compile(r"(?<![\d第])(?P<n>\d{1,2}|[两二三四五六七八九十]{1,2})家(?:上市)?公司")
_LIST_OPENING_RE = re.compile(r"\s*(?:分别是|分别为|依次是|具体是|它们是|包括)[::]?")
_THIS_TIME_RE = re.compile(r"此次|这次")  # (本次 opens a notice's own boilerplate: "本次监管措施不会影响…")
# "除了刚上市的A外,其他7家…": the companies set apart from the others (not "除A外,B也…", which adds B to A).
_EXCEPT_OTHERS_RE = re.compile(r"除(?:了)?(?P<span>[^,。;]{1,40}?)(?:之)?外[,]?(?:的)?(?:其他|其余|其它|剩下|剩余)")
_COUNTED_COMPANIES_RE = re.compile(r"对(?:上述|这)?(?P<n>\d{1,2}|[两二三四五六七八九十])家(?:上市)?公司")
# "深交所要求公司…在X前报送": what the letter asks of the story's company.
# ("深交所下发关注函,要求12月29日前回复": the letter's day to reply, asked of the company unnamed.)
# "监管部门要求公司方面于7月4日核实说明": the reply a regulator asks on a day, 前 unsaid.
_ASKED_ON_BEFORE_RE = re.compile(r"(?:要求|请)(?:公司|你公司|其|该公司)?(?:方面)?(?:于|在)$")
_REPLY_ON_AFTER_RE = re.compile(r"(?:之前|以前|前)?(?:核实说明|书面回复|回复|回函|作出说明|说明|报送|补充披露)")
_ASKED_COMPANY_RE = re.compile(r"(?:要求|请|督促)(?:公司|你公司|(?:于|在)?(?:\d{4}年)?\d{1,2}月\d{1,2}日(?:之)?前(?:回复|回函|书面回复))")
_ASKED_BY_DAY_RE = re.compile(r"(?:要求|请)(?:于|在)?$")
# "…深交所将对公司股票交易实施…": a change still to come.
_FUTURE_BEFORE_RE = re.compile(r"将(?:对|被)?[^,。;]{0,12}$")
# ("提交撤销对公司股票实施退市风险警示的申请": the rest of the label's words, then the application.)
_APPLICATION_AFTER_RE = re.compile(r"[^,。;]{0,12}?的申请")
# ("撤销…退市风险警示的申请已获得深圳证券交易所审核同意": the application granted, the warning lifted.)
# "公司申请撤销…已获深交所审核同意", "经深交所审核同意,公司申请撤销…": an application granted, wherever the sentence says so.
_GRANTED = r"(?:获得?|得到|经)[^,。;]{0,14}?(?:审核同意|同意|审核通过|核准|批准)"
_GRANTED_RE = re.compile(rf"(?:已|已经)?{_GRANTED}(?![^,。;]{{0,6}}?(?:尚|不确定))")
_APPLICATION_GRANTED_RE = re.compile(rf"(?:已|已经){_GRANTED}")
# An announcement's title written without 《》: "关于公司股票实施其他风险警示暨临时停牌的提示性公告".
_TITLE_BEFORE_RE = re.compile(r"关于[^,。;《》]{0,30}$")
_TITLE_AFTER_RE = re.compile(r"[^,。;《》]{0,24}?的(?:提示性|风险提示|进展)?公告")
# "(2025年1月5日)届满", "2月25日责令改正期满", "期限已于X届满": the end of an order's period.
# "到期" after a day is an order's period ending only where the period stands just before the day.
# ("授权期限于7月6日到期", "质押期限…": a term of another kind than an order's.)
_TERM_BEFORE_RE = re.compile(r"(?:(?<!授权)(?<!委托)(?<!借款)(?<!贷款)(?<!担保)(?<!合同)(?<!租赁)(?<!质押)(?<!冻结)(?<!限售)"
                             r"(?<!锁定)(?<!存续)(?<!减持)(?<!增持)(?<!回购)(?<!任职)期限|整改期)(?:将|已|即将)?于?$")
# The characters _NO_LATER_THAN_RE, _TERM_BEFORE_RE, _LAST_DAY_BEFORE_RE and _EXTENDED_TO_RE can end with (and a line's
# end, which their $ may stand before), as _TRADED_STOCK_LAST. Keep it in step.
_DAY_WORDS_LAST = "于在限期将已为是:至晚迟\n"
_FALLS_DUE_RE = re.compile(r"(?:已|将|即将)?到期")
_EXPIRY_AFTER_RE = re.compile(
    # (A bare "X日到期" is a loan's or a bill's day: "尚有最后一期款项4004万元将于2022年12月31日到期".)
    r"\)?(?:的)?(?:责令改正|责令整改|整改|改正|还款|归还)?(?:的)?(?:期限|规定期限)?(?:已|将|即将)?(?:期满|届满)"
    r"|\)?(?:的)?(?:(?:责令改正|责令整改|整改|改正|还款|归还)(?:的)?(?:期限|规定期限)?|期限|规定期限)(?:已|将|即将)?到期"
    # "2024年11月10日,6个月整改期限已满"
    r"|[,\s]*(?:\d+|[一二三四五六六七八九十两]+)?(?:个月)?(?:的)?(?:责令改正|责令整改|整改|改正)?期限(?:已|已经)满"
)
# "上交所于5月3日同意撤销…": the day of the consent; the change takes effect on a day of its own.
# ("6月19日,深圳证券交易所同意撤销…": the day, then who consented.)
_APPROVED_AFTER_RE = re.compile(r"(?:[^,。;]{0,6}?|,[^,。;]{0,10}?(?:交易所|上交所|深交所|北交所))(?:审核同意|同意|批准)")
_BYLINE_AFTER_RE = re.compile(r"(?:\s*\d{1,2}:\d{2}(?::\d{2})?)?\s*(?:来源|作者|编辑|责任编辑)[:\s]")
_BYLINE_NOTE_RE = re.compile(r"\((?:编辑|记者|作者|实习生|通讯员|责编)[^()]{0,12}\)")
_REASON_RE = re.compile(r"因|由于|涉嫌")
# Words that set what the sentence tells before the story's day ("公司在前段时间刚收到…").
_EARLIER_RE = re.compile(r"此前|前段时间|前些天|前不久|不久前|早在|曾经|曾被|曾因|曾收到|曾遭|近期")
# (Not "公开认定…10年内不适合担任": the term of a declaration. The look-behind after 年: one before it would be tried at
# every position of the text, ten times the time of a search.)
_DESCRIBES_NAME_AFTER_RE = re.compile(r"[^,。;]{0,24}?(?:退市|摘牌|终止上市|退至老三板)的")
_CREDITOR_ACTS_AFTER_RE = re.compile(r"[^,。;]{0,6}?(?:申请|起诉|诉讼|冻结|向法院)")
_MEASURES_SUMMED_UP_RE = re.compile(r"(?:实施|采取|作出|给予)了[^。;]{2,40}?等(?:一系列)?(?:监管)?(?:措施|处罚|处分)")
_WHILE_RECEIVING_RE = re.compile(r"\s*(?:在|于)?(?:收到|接到)(?:上述|前述|该|此)[^,。;]{0,16}?的同时")
_BACKGROUND_RE = re.compile(_EARLIER_RE.pattern + r"|去年|前年|以往|历史上|此外,|另外,|同时,|年(?<![\d一二三四五六七八九十两]年)内|多次|再次|又")
# "依据《证券市场禁入规定》": a trigger word inside the title of a rule is no measure.
_RULE_TITLE_RE = re.compile(r"《[^《》]{0,30}$")
_RULE_TITLE_END_RE = re.compile(r"[^《》]{0,30}?(?:规定|办法|规则|法|指引|条例|准则|细则)》")
# "…的监管工作函" / "关于对X…的决定" at the top of a letter or decision: X is its addressee.
# "(原标题:宁夏证监局关于对宁夏示例科技股份有限公司…的决定)": a portal's copy names the title and its regulator;
# "ST示例:关于对示例股份有限公司有关责任人予以监管警示的决定 下载公告": a portal's announcement page, its stock's name first.
# A company's full name heading a title, a line or a salutation.
_TITLE_FULL_NAME = rf"[{CJK}()]{{2,40}}?(?:股份有限公司|有限责任公司|有限公司)"
_TITLE_ADDRESSEE_RE = re.compile(
    rf"^(?:\(原标题:)?(?:[*A-Z{CJK}]{{2,8}}:)?(?:[{CJK}]{{2,12}}?(?:证监局|监管局|交易所))?"
    rf"关于对({_TITLE_FULL_NAME})"
)
# "…,公司如今又收到了警示函": a clause later than the time the sentence opened with.
# A sender's verb right before the measure ("…就…事项发出问询函", "向你公司下发《关注函》").
_SENT_RIGHT_BEFORE_RE = re.compile(r"(?:发出|下发|出具|发来)了?[《“]?$")
# The letter a reply says its addressee sent ("贵所于2023年11月20日下发的《关注函》").
_YOUR_LETTER_RE = re.compile(
    rf"(?<![{CJK}])(?:贵所|贵部|贵会|贵局|贵中心)(?:于|在)?[^,。;]{{0,24}}?(?:下发|发出|出具|发来|送达)的[《“]?[^,。;《》]{{0,40}}$")
# An exchange's questions on a company's matters, told as done ("上交所对公司…等事项进行了问询").
_EXCHANGE_ASKED_RE = re.compile(r"(?:[上深北]交所|(?:上海|深圳|北京)证券交易所)(?:就|对)[^,。;]{1,40}?进行了?$")
# "深交所问询X": the exchange right before a bare 问询 whose company follows it.
_EXCHANGE_BEFORE_RE = re.compile(r"(?:[上深北]交所|(?:上海|深圳|北京)证券交易所)(?:火速|紧急|连夜|再度|再次|随即|随后|也|又|亦)?$")
# The matters a measure is about ("对公司迟迟未被注入资产等事项", "就…问题").
_TOPIC_RE = re.compile(r"(?:就|对)[^,。;]{1,40}?(?:事项|问题)")
# Where a company answered a letter, right after it ("在关注函回函中表示", "在问询函回复公告中").
_REPLIED_IN_RE = re.compile(r"(?:的)?(?:回复|回函)(?:公告)?中")
# What a measure is said to come to at last, after others told before it.
_AT_LAST_RE = re.compile(r"最终|最后")
_LATER_IN_CLAUSE_RE = re.compile(r"如今|现在|此后|随后|后来|之后|又|再")
# A news wire's opening without a day: "智通财经APP讯,X(300209.SZ)公告,".
_WIRE_LEAD_RE = re.compile(r"[^,。;\n]{2,16}?(?:APP|客户端)?讯[,:]\s*[^,。;]{2,24}?公告(?:称|显示)?[,:]")
# A company's announcement opening a story, its code after its name: "*ST示例(600530.SH)公布,".
_CODED_LEAD_RE = re.compile(rf"\*?[A-Z{CJK}]{{2,8}}{CODE_IN_BRACKETS}(?:公布|公告|发布公告)(?:称|显示)?[,:]")
# A line that is a company's full name alone (an announcement's title broken after it).
_ISSUER_LINE_RE = re.compile(rf"\s*{_TITLE_FULL_NAME}\s*")
# "南宁示例科技股份有限公司 关于公司股票被实施其他风险警示相关事项的进展公告": the issuer's own announcement,
# its title on one line without the code-and-name header.
_ANNOUNCEMENT_TITLE_RE = re.compile(rf"^\s*({_TITLE_FULL_NAME})\s*关于[^\n]{{2,80}}?公告\s*$")
# "(原标题:示例城开关于收到…行政监管措施决定书的公告)": a portal's summary of the issuer's own announcement;
# "ST示例:关于撤销公司股票其他风险警示的申请 下载公告": a portal's page of one, its short name before the title.
_ORIGINAL_ANNOUNCEMENT_RE = re.compile(
    rf"^\(原标题:([*A-Z{CJK}]{{2,8}}?)关于[^\n]{{2,80}}?公告\)|^([*A-Z{CJK}]{{2,8}}):关于[^\n]{{2,80}}?\s*下载公告$")
# A letter's number alone on its first line: "公司部监管函〔2022〕第 145 号", "上证公函【2024】0800号".
_LETTER_NUMBER_LINE_RE = re.compile(
    rf"[{CJK}]{{0,12}}(?:函|问询函|关注函|监管函|工作函)\s?[〔【\[(]\d{{4}}[〕】\])]\s?第?\s?\d{{1,5}}\s?号")
_SALUTATION_RE = re.compile(
    # ("雪松示例股份有限公司董事会:": a letter to the board is the company's.)
    rf"^({_TITLE_FULL_NAME})(?:\([^()]{{0,30}}\))?(?:董事会|全体董事)?(?:[、,][^:]{{0,80}})?:$"
)
# After the trigger: "上交所发出问询函,要求X说明…" names the company after the letter.
# (Not "根据…规定,公司出现“…”的情形,公司股票交易被深交所实施其他风险警示": the company's own case.)
# ("《上市规则》规定:“公司股票因第9.8.1条第(三)项规定情形被实施其他风险警示后,…": the rule quoted.)
# ("规定:上市公司股票因…被实施退市风险警示后,公司出现下列情形之一的,上海证券交易所决定终止其股票上市交易:".)
# ("规定,在本所仅发行A股股票的上市公司,…连续20个交易日…,深交所终止其股票上市交易": a class of
# companies the rule is about.)
_RULE_STATED_RE = re.compile(r"规定[,:][^。;]{0,10}?上市公司(?:股票)?(?:出现|触及|发生|存在|因)|规定:[“\"]公司股票因"
                             r"|(?:出现|存在|发生)下列情形之一的|规定[,:][^。;“”\"]{0,24}?的上市公司,")
_PASSIVE_BEFORE_TRIGGER_RE = re.compile(r"[被遭][^,。;被遭]{0,12}$")
# "在被中国证监会立案调查半年多后,X…": a passive opening the sentence, the time since, then its subject.
_TIME_AFTER_PASSIVE_RE = re.compile(r"[^,。;被]{0,8}?后,")
_OPENING_PASSIVE_RE = re.compile(r"(?:此前|早在)?,?在?被")
# "《关于对罗静、姜绍阳采取出具警示函措施的决定》": whom a bureau's decision is addressed to, by its title.
_PERSONS_TITLE_RE = re.compile(r"《关于对(?P<to>[^《》,。;]{2,40}?)(?:采取|出具|予以|给予)")
_PERSONS_SEPARATOR_RE = re.compile(r"、|和|及")
# A regulator's document as the subject of what it shows (or mentions), then (after a time, at most) the company it is about.
_SHOWS_AFTER_RE = re.compile(r"[》\"”]?中?(?:显示|指出|认定|提到|提及)[,:]?(?:经查,?)?(?:[^,。;]{0,24},)?(?:经查,?)?")
# ("下发《关注函》,要求X说明…": the title's closing mark; "发出责令改正决定,要求X…": the order's word for itself.)
# ("下发《监管工作函》,对X的…事项提出监管要求": the company the letter's demands are about.)
_DECISION_AFTER = r"(?:的?(?:措施(?:决定书?)?|决定书?))?》?"  # (the measure's word for itself, its title's end)
_TARGET_AFTER_RE = re.compile(rf"^{_DECISION_AFTER}[,]?(?:要求(?:说明|核实)?|请|督促|责令|就|关注|提醒|对)?$")
# What an order demands of whoever holds the money, up to the company it goes back to ("…,要求瑞丰集团在收到决定书之日起
# 六个月内,向…").
_DEMAND_BEFORE_RE = re.compile(rf"{_DECISION_AFTER},?(?:要求|责令)[^。;]{{0,40}}?")
_OWED_BACK_RE = re.compile(r"(?:\([^()]{0,20}\))?(?:全额|全部|足额)?(?:归还|偿还|返还|清偿)")
# A receipt right before the measure, read as a clause describing the company after it ("收了监管函的X").
_RECEIVED_BY_RE = re.compile(r"(?:收到|收了|接到|领了|领到|吃了|吃到|喜提|被|遭)[^,。;的]{0,12}$")
# "ST超讯摘帽", "ST國安、ST實達宣布“摘帽”": the names, at most a verb of saying, then the slang.
# ("…、獐子岛等超10家公司成功“摘帽”": a round-up's list, counted roughly.)
_SLANG_RIGHT_AFTER_RE = re.compile(r"(?:\([^()]{0,12}\))?(?:等(?:超|近|逾|约)?\d{0,3}家(?:公司)?)?(?P<verb>宣布|成功|顺利|正式|均|同日|集体)?[\"“]?")
# "被实施退市风险警示的可能", "…的风险": what may come, named after the change.
_POSSIBILITY_AFTER_RE = re.compile(r"[\"”]?(?:处理)?的(?:可能|风险)")
# "香梨示例被“披星戴帽”", "云南示例披星戴帽": the names, at most a passive, then the slang that puts a label on.
_SLANG_CLAUSE_END_RE = re.compile(r"[\"”]?了?(?:[,。;!?]|$)")
_IMPOSED_SLANG_RIGHT_AFTER_RE = re.compile(r"(?:\([^()]{0,12}\))?(?:也|亦|均|同日|集体)?(?:被|遭)?(?:正式)?[\"“]?")
# "对23起…异常交易行为采取…", "本所对1宗违规行为进行纪律处分": cases counted, nobody's record.
_COUNTED_CASES_RE = re.compile(r"对\d+(?:起|宗)")
# "4宗案件", "三起案件", "49个主体": cases or parties counted, a sum's scope.
_CASES_SUMMED_RE = re.compile(r"(?:\d+|[两二三四五六七八九十]+)(?:宗|起|个)(?:案件|主体|当事人)")
# "共发出公开谴责7份、通报批评14份": a year's tally of measures, nobody's record.
# ("深交所至少对X发出问询函件16封": letters over months, counted.)
_TALLY_AFTER_RE = re.compile(r"\d+(?:份|起|家次|人次)|件\d+封")
_ONE_DAY_RE = re.compile(r"一天|一日|同一天|同日|当天|当日")
# "此前已多次收到证监会、深交所的警示函、监管函": a habit told in summary, no letter or day of its own.
_HABITUAL_RE = re.compile(
    r"(?:多次|屡次|屡屡|频频|频繁|数次|每月都|每年都|经常|不断|接二连三|一再)(?:的|地|会)?(?:因[^。;]{0,40}?)?(?:收到|接到|被|遭|领到|收获)")
_LISTED_AFTER_RE = re.compile(
    # "在前述35家收到年报问询函的公司里,出现了A、B…": the same, in a round-up's words.
    # ("此前被立案调查的公司分别为A、B、C": the list of them.)
    # ("被深交所给予通报批评纪律处分的8家公司分别是A、B…": the kind's word and the count between.)
    r"^(?:纪律处分|处分)?(?:的)?(?:(?:\d{1,2}|[两二三四五六七八九十]{1,2})家)?(?:上市)?公司(?:中|里|当中)?[,]?(?:还|也|就)?"
    r"(?:有|包括|出现了|不乏|分别为|分别是|依次为|为|是)$"
    # "四份工作函同时抵达A、B、C": the letters reach the companies that follow.
    # ("于今年1月30日致关注函给X表示关注": 给 alone.)
    r"|^(?:同时|分别|先后|相继|均)?(?:抵达|送达|发往|发至|寄往|寄达|发给|送至|给)$"
)
# "多家上市公司披露被证监会立案调查的信息,…,如A(600185.SH)、B…": the examples the clause lists.
# ("披露3则警示函,警示对象分别为A、B以及C": whom the letters went to.)
_EXAMPLES_AFTER_RE = re.compile(
    r"^[^。;]{0,40},(?:如|例如|比如|其中包括|包括|分别为|分别是|(?:警示|处罚|处分|监管)?对象(?:分别)?(?:为|是|包括)"
    # ("发出关注函追问缘由,涉及公司包括A、B、C等")
    r"|涉及(?:的)?(?:上市)?公司(?:包括|有|为))$")
_EITHER_RE = re.compile(r"或(?:监管)?")
_EITHER_OR_RE = re.compile(r"或者?|或被")
# (And "直到2024年7月26日,深圳证监局发现…": until that day, the day of what then happened, no period's end.)
_BACK_TO_WORDS = ("回拨到", "回拨至", "回溯到", "回溯至", "追溯到", "追溯至", "回到", "拨回到", "直到", "直至")
_OWN_DAY_WORDS = ("当日", "同日", "同一天", "同一日", "当天", "当晚", "彼时", "次日", "翌日", "隔日", "隔天", "前一日", "前一天")
# ("合计为宁德时代供应…正极材料": the customer it supplies.)
_PARTNER_BEFORE_RE = re.compile(r"(?:[与和同](?:[^,。;与和同]{0,6}?(?:龙头|巨头|企业|厂商|客户|公司))?|为)$")
_PARTNER_LAST = "与和同头业商户司为\n"  # the characters it can end with (as _TRADED_STOCK_LAST). Keep it in step.
# ("与宁德时代的重大合同公告": the counterparty of the contract the story is about.)
# ("与宁德时代(SZ300750,股价352.32元,市值1.61万亿元)签署", "与宁德时代重大合同相关公告": a portal's figures after the
# name; the contract named right after it.)
# ("子公司与示例国药共发生业务往来1129万元": business done with the counterparty.)
_PARTNER_AFTER_RE = re.compile(rf"(?:{_PARENTHETICAL_RE.pattern})?(?:签订|签署|达成|合作|共同|订立|供应|供货"
                               r"|的?[^,。;]{0,4}?(?:合同|协议|订单|大单)|共?发生[^,。;]{0,4}?往来"
                               # ("因与宁德时代 1200 亿元磷酸铁锂正极材料采购合作协议公告": the deal's amount first.)
                               r"|\s*\d[\d.,]*\s*(?:万|亿)元[^,。;]{0,16}?(?:合同|协议|订单|大单))")
# What joins the days of a list ("2017年1月12日、2017年2月16日").
_DAY_LIST_LINKS = ("、", "和", "及", "与")
_VIOLATION_DAY_AFTER_RE = re.compile(r"[^,。;]{0,4}?(?:披露|发布)[^,。;]{0,30}?(?:涉嫌|存在)")
# "2026年1月7日,X披露签署…协议的公告,涉嫌误导性陈述": the day of the conduct the measure is about.
# ("公司于2025年3月5日披露了签署协议的公告,但未披露…条款": the disclosure the violation is in.)
# ("导致2015年9月10日发布的《…报告书(修订稿)》及各年相关年度信息披露不准确": the report the violation made wrong.)
_CONDUCT_REPORT_RE = re.compile(r",?[^,。;]{0,8}?(?:披露|发布)[^。;]{0,60}?(?:涉嫌|(?:信息|披露)(?:不准确|不完整)|[,,]但未(?:及时)?披露)")
# "交易所年内两次通报批评其…": when and how often, between the regulator and its measure.
_WHEN_BETWEEN_RE = re.compile(r"(?:年内|今年|去年|此前|先后|曾|已|又|再次|随后|也|还)*(?:(?:两|二|三|四)次)?(?:予以|给予)?")
_UNADDRESSED_LETTER_RE = re.compile(
    # "深交所亦火速下发关注函": a word of sequence, then one of speed. ("深交所20日下发关注函": the day between.)
    r"(?:(?:\d{1,2}月)?\d{1,2}日(?:晚间|晚)?)?(?:亦|也|又|还|已)?(?:火速|立即|随即|迅速|当即|即|也|已|再次|随后|旋即|第一时间)?"
    r"(?:下发|发出|发去|发来|出具|发函|发布|发)了?(?:一份|一封)?[《“]?"  # ("深圳证券交易所发出《关注函》")
    r"(?:监管|年报|年报事后审核|事后审核)?"  # ("上交所随即发布监管工作函": the letter's full name)
)
# "上交所在问询函中要求公司…", "深交所随即发出的关注函中指出": what the letter says, told of the story's company; the
# sender stands before the letter, which is quoted as the place its demand is made.
_LETTER_CONTENT_BEFORE_RE = re.compile(
    r"(?:亦|也|又|还|随后|随即|此前|同日|当日|当天)?(?:在|于)(?:其)?(?:(?:下发|发出|出具|发来)的)?[《“]?|"
    r"(?:亦|也|又|还|随后|随即|此前|同日|当日|当天)?(?:下发|发出|出具|发来)的[《“]?")
_LETTER_CONTENT_AFTER_RE = re.compile(r"[》”]?中?[,，]?(?:直指|指出|要求|提出|质疑|追问|问询|关注)")
# "深圳证监局依法作出责令改正": a bureau's order, its verb right after the bureau's name.
_UNADDRESSED_ORDER_RE = re.compile(r"(?:亦|也|又|还|已|随即|随后)?(?:依法)?(?:作出|采取|出具|下发|发出|下达)了?(?:《|[\"“])?")
# "撤销退市风险警示及实施其他风险警示事项,尚需深交所审核", "…撤销退市风险警示事宜存在不确定性": still open.
_OPEN_OUTCOME_AFTER_RE = re.compile(
    r"(?:的)?(?:事项|事宜)?,?(?:目前)?(?:仍|尚)?(?:存在(?:重大)?不确定性|(?:尚需|尚待|需经|须经|有待)[^。,;]{0,12}?审核)"
    # ("被强制退市已基本成为定局", "…几成定局", "退市只是时间问题": all but certain, not done; "走上被强制退市之路,或将成为
    # 今年第九家…": the road to it, what it may become.)
    r"|,?(?:已|也)?(?:基本|几乎|近乎|几)?成(?:为)?定局|(?:已)?(?:仅|只|只不过)是时间问题|之路,(?:或将|或|可能|恐将|将)")
# "披露了关于对深圳证券交易所《关注函》申请延期回复的公告": the reply put off, named by its title.
_DELAYED_REPLY_AFTER_RE = re.compile(r"》?(?:的)?(?:申请)?(?:延期|延迟|推迟)回复")
# "公司此前被证监会立案调查的事件进展": a case of the past named as an event (the topic words after it, below).
_PAST_CASE_BEFORE_RE = re.compile(r"(?:此前|曾经|曾|早前|之前)(?:被|遭)?$")
_CASE_REFERRED_RE = re.compile(r"(?:调查)?(?:的)?(?:事件|进展)")
# The rest of a clause that ends with 以来, after the day it opens with ("自11月11日晚间…以来").
_SINCE_CLAUSE_RE = re.compile(r"[^,。;]{0,40}?以来")
# ("其自2024年12月19日被证监会立案以来": the clause tells the measure, the day is its day.)
_RECEIVED_IN_CLAUSE_RE = re.compile(
    r"收到[^,。;]{0,30}?(?:立案告知书|调查通知书|函》?|决定书》?|告知书》?)"
    r"|被[^,。;]{0,12}?(?:立案|实施(?:退市)?风险警示|责令改正|出具警示函)")
# "责令改正期限内" refers back to an order, it is not a new one.
_BACK_REFERENCE_RE = re.compile(r"(?:的)?(?:期限|要求|事项|所涉|决定书?中|期满|届满|规定期限|限期届满)")
# "关于被吉林证监局责令改正的进展暨风险提示公告", "公司就资金占用责令改正进展情况进行说明": an order told before.
_PROGRESS_AFTER_RE = re.compile(r"(?:措施)?(?:的)?进展")
# Cheap pre-filter: a sentence without any of these cannot hold a record.
_EVENT_HINT_RE = re.compile(r"警示|监管关注|风险警$|复牌并变|要求公司(?:方面)?于|ST股|函|责令|谈话|谴责|批评|不适合|立案|警告|罚|没收|禁入|处分|摘|戴帽|带帽|上市|简称|前|余额|预计于|届满|期满|已满|期限|整改期|整改通知|整改的通知|还款期|被问询|被[上深北]交所(?:火速|紧急|连夜|再度|再次)?问询|问询(?=[,。;\s]|$)|交所问询|追问|ST[\"”]?帽子|问询回复|被(?:上交所|深交所|北交所|交易所|(?:上海|深圳|北京)证券交易所)?(?:(?:实施|实行)了?)?[\"“]?\*?ST|变成|变身|更名为\*?ST|改名为\*?ST|承诺|许诺|措施决定|措施书|调查通知书|会调查|会正式调查|特别处理|转入|退至|交所的?\d+连?问|退市(?:[。;,]|$|决定|(?<=已退市)的)")
_RUMOUR_RE = re.compile(r"传言|传闻|谣言|不实|小作文")
_CLAUSE_BREAK_RE = re.compile(r"[,;。]")
_EXPIRY_HINT_RE = re.compile(r"届满|期满|期限已满")


@dataclass
class Article:
    issuer: int | None = None  # announcement issuer: what 公司/本公司 always means
    current: int | None = None  # company most recently named
    current_name: str | None = None
    has_prior_notice: bool = False  # 行政处罚事先告知书 without a final decision
    last_regulator: str | None = None
    start: int = 0
    end: int = 0
    document: bool = False  # an announcement, decision or letter (not a news story)
    decision: str | None = None  # the regulator of a decision or letter in its own words, addressed to the company
    dates: list | None = None  # every date of the article, read when first needed
    has_letter: bool = False  # the article is about a 问询函/关注函/工作函/监管函
    proposing: bool = False  # inside the numbered list after "我会拟决定:"
    proposer: str | None = None  # the regulator that list's "X拟决定:" names
    group: list | None = None  # (company, name) of the last sentence naming several companies: "上述5家公司"
    group_paragraph: int | None = None  # the paragraph of that sentence
    number: str = ""  # a document's own number (上证公函〔2025〕0912号), when it prints one
    posted: datetime.date | None = None  # the day a portal posted the letter or decision it shows, printed below its title
    on_parties: bool = False  # a decision on parties of the issuer (its counterparty, shareholder), not on it
    _violations: list | None = None
    _lead: tuple | None = None  # (position, regulator, date) of the penalty document a story reports
    _fields: tuple | None = None  # (regulator, date) of a data site's penalty-decision fields

    def violations(self, text):
        """CSMAR violation codes the article describes (read once)."""
        if self._violations is None:
            self._violations = details.violation_types(text[self.start : self.end])
        return self._violations


@dataclass
class _Subject:
    company: int
    name: str
    start: int
    end: int
    explicit: bool
    persons: list = field(default_factory=list)


class _PageExtractor(RecordsMixin):
    def __init__(self, text, published, known_names):
        self.text = text
        self.published = published
        self.registry, self.order = build_registry(text, known_names)
        self.dated = shows_its_date(text[:400], published)  # (its 今日 and 昨日 count from ``published``)
        # A page that prints no day of its own is read as of ``published`` in the lead of each of its stories
        # ("昨日,创业板公司管理部发布关于对X的监管函"); not a repost that prints another day, nor deeper in a story,
        # where an older text may be quoted.
        self.lead_dated = bool(published) and not self.dated and not shows_another_date(text[:400], published)
        self.status_changes = []
        self.actions = []
        self.deadlines = []
        self.occupations = []
        self.used_companies = {}
        self.display = {}
        self.paragraph_dates = []
        self.approval_days = set()  # (company, status, day) of changes dated by the regulator's consent
        self.penalty_days = []  # (company, regulator, day, notice) a 行政处罚决定书 (or 事先告知书) was received on

    # -- subjects ---------------------------------------------------------------------------

    @cached_property
    def _other_authority_page(self):
        """Whether the page names another authority's case (a supervisory commission, the police) and not the CSRC or
        a bureau: its unnamed 立案 are that authority's."""
        return bool(_OTHER_AUTHORITY_RE.search(self.text)) and not _SECURITIES_REGULATOR_WORD_RE.search(self.text)

    def _mentions(self, sentence, article):
        """Company mentions in a sentence, pronouns resolved; updates the article's current company."""
        names = self.registry.mentions_between(self.text, sentence.start, sentence.end)
        text = sentence.text
        # Every pronoun holds 公司, 其 or 股票: most sentences hold none, and the scan is not cheap. (Nor is a pronoun
        # read before the article names a company: it would stand for none, and the sentence gives [] either way.)
        pronouns = [*PRONOUN_RE.finditer(text)] if (
            names or article.group or article.issuer is not None or article.current is not None) and (
            "公司" in text or "其" in text or "股票" in text) else []
        if not names and not pronouns and not article.group:
            return []  # (most sentences of a page: nothing below would change)
        covered = [(m.start, m.end) for m in names]
        mentions = [(m, True) for m in names]
        for match in pronouns:
            start, end = sentence.start + match.start(), sentence.start + match.end()
            if any(s <= start < e for s, e in covered):
                continue
            mentions.append((Mention(start, end, None, match.group()), False))
        if len(mentions) > len(names):
            mentions.sort(key=lambda item: item[0].start)  # (the names alone come in order)
        resolved = []
        references = [*_GROUP_REFERENCE_RE.finditer(sentence.text)] if article.group else []
        if article.group and article.group_paragraph == sentence.paragraph and not names:
            references += _BARE_GROUP_REFERENCE_RE.finditer(sentence.text)
        for match in references:
            # "上述5家公司均在5月10日收到…": each company of the list the story gave before, when the count agrees.
            count = match.group("count")
            wanted = len(article.group) if not count else COUNT_WORDS.get(count) or int(count)
            if wanted == len(article.group):
                # Named as surely as by their names (a statistic's "5家" does not make them anonymous).
                resolved += [_Subject(cid, name, sentence.start + match.start(), sentence.start + match.end(), True)
                             for cid, name in article.group]
        last_named = None
        role_of = set()  # the companies the sentence names in a role (a shareholder, a client)
        listed_ids = {}  # company -> is_listed (a sentence may name one company several times)
        for mention, explicit in mentions:
            if explicit:
                subject_ok = listed_ids.get(mention.company)
                if subject_ok is None:
                    subject_ok = listed_ids[mention.company] = self.registry.is_listed(mention.company)
                if not subject_ok:
                    continue  # a shareholder or related party: a target at most, never the subject
            # "交通银行深圳分行向法院申请冻结…": a listed bank's branch, the company's creditor;
            # "金通灵造假案涉案的多家中介机构…收到深交所罚单": the case named after the company;
            # "国元证券(000718)保代马志涛、徐明…被上交所采取…": a broker's sponsor representatives, not the broker.
            if explicit and _NOT_SUBJECT_AFTER_RE.match(self.text, mention.end):
                continue
            if explicit and self.text[mention.start - 1] in _TRADED_STOCK_LAST and _TRADED_STOCK_BEFORE_RE.search(
                    self.text, max(sentence.start, mention.start - 8), mention.start):
                continue  # "证监会对操纵“博士眼镜”的游资开出罚单": the stock traded, not whom the measure is on
            if explicit and self.text[mention.start - 1] in "请任聘" and self.text.endswith(_ENGAGED_BEFORE, 0, mention.start):
                continue  # "将聘请山西证券股份有限公司在公司股票被终止上市后…": the firm engaged, not the one delisted
            if explicit and self.text[mention.start - 1] in _CLIENT_BEFORE_LAST and (
                    # "因为在鼎龙文化年报审计中,…被出具警示函": the auditor's client, not the one the letter went to.
                    # ("因在鸿达示例股份有限公司2019年可转债项目中涉嫌…": the client of the project, likewise.)
                    (self.text.endswith("在", 0, mention.start) and (
                        _AUDIT_CLIENT_AFTER_RE.match(self.text, mention.end)
                        or _SERVED_CLIENT_AFTER_RE.match(self.text, mention.end)))
                    # "因公司在执行*ST泽达(688555)首次公开发行…项目中,涉嫌…": the client of a broker's project;
                    # "民生证券作为维康药业IPO持续督导机构": the client the broker serves.
                    or (self.text.endswith(("执行", "作为"), 0, mention.start)
                        and _SERVED_CLIENT_AFTER_RE.match(self.text, mention.end))
                    # "在涉及东尼电子重大合同签订的系列案件中,陈某…内幕交易": a case about the company's news.
                    or (self.text.endswith("涉及", 0, mention.start) and _CASES_ABOUT_AFTER_RE.match(self.text, mention.end))
                    # "东方通:与广道数字类似,因…被摘牌": the company another is compared with.
                    or (self.text.endswith(("与", "和", "同"), 0, mention.start)
                        and self.text.startswith(_LIKE_WORDS, mention.end))
                    # "因公司涉嫌永安林业持股变动信息披露违法违规": the company a suspicion is about, not the suspect.
                    or self.text.endswith("涉嫌", 0, mention.start)
                    # "分别对X、负责X审计的会计师事务所…下达警示函": the auditor's client, naming the auditor.
                    or (self.text.endswith("负责", 0, mention.start) and _AUDITED_BY_AFTER_RE.match(self.text, mention.end))):
                continue
            if explicit:
                before = self.text[max(sentence.start, mention.start - 6) : mention.start]
                # "股份被中信证券股份有限公司强制平仓": the agent of a passive is no one a later 公司 means either.
                role = bool(_ROLE_BEFORE_RE.search(before)) or before.endswith("被") or (
                    # "公司披露的与宁德时代(300750.SZ)签订的协议": the counterparty, not whom the story is about.
                    # ("与电池龙头宁德时代签订…大单": the counterparty described first.)
                    self.text[mention.start - 1] in _PARTNER_LAST
                    and bool(_PARTNER_BEFORE_RE.search(self.text, max(sentence.start, mention.start - 12), mention.start))
                    and bool(_PARTNER_AFTER_RE.match(self.text, mention.end))) or (
                    # "*ST示例(002047) - 中信建投证券股份有限公司关于…之持续督导意见": a sponsor's report on the company.
                    mention.text.endswith(_BROKER_SUFFIXES) and self.text.startswith("关于", mention.end)) or (
                    # "公司代关联方向交通银行偿还了1000万元": a listed bank as the company's lender, whom a later 公司
                    # does not mean.
                    mention.text.endswith("银行") and (self.text[mention.start - 1] in "向从在与和的"
                                                    # ("交通银行申请冻结公司的5个银行账户": a creditor.)
                                                    or _CREDITOR_ACTS_AFTER_RE.match(self.text, mention.end)))
                if role:
                    role_of.add(self.registry.find(mention.company))
                elif role_of and self.registry.find(mention.company) in role_of:
                    role = True  # ("新客户嘉兴示例饮片股份有限公司(以下简称“示例国药”)": the role's company, by its alias.)
                resolved.append(_Subject(mention.company, mention.text, mention.start, mention.end, True))
                if not role:
                    last_named = (mention.company, mention.text)
                continue
            if mention.text == "其" and not self.text.startswith("股票", mention.end) and _INTERMEDIARY_RE.search(
                    self.text, max(article.start, self.text.rfind("。", 0, sentence.start - 1) + 1), mention.start):
                continue
            if mention.text == "公司" and article.issuer is None and self._enumerated_before(resolved):
                # "A(300300.SZ)、B(300368.SZ)先后公告,…,公司及相关负责人受到行政处罚…": each of the companies listed,
                # not the last of them.
                continue
            if article.issuer is not None:
                cid, name = article.issuer, self.display.get(article.issuer)
            elif last_named:
                cid, name = last_named
            elif article.current is not None:
                cid, name = article.current, article.current_name
            else:
                continue
            resolved.append(_Subject(cid, name or mention.text, mention.start, mention.end, False))
        listed = {}
        for subject in resolved:
            if subject.explicit and self.text[subject.start : subject.end] == subject.name:
                listed.setdefault(self.registry.find(subject.company), (subject.company, subject.name))
        if len(listed) >= 2:
            article.group = list(listed.values())
            article.group_paragraph = sentence.paragraph
        if references:
            resolved.sort(key=lambda subject: subject.start)  # (else made in the mentions' order)
        if last_named:
            article.current, article.current_name = last_named
            self.display.setdefault(self.registry.find(last_named[0]), last_named[1])
            if len(resolved) >= 3 and len({self.registry.find(s.company) for s in resolved if s.explicit}) >= 3:
                # "*ST贤丰、ST旭蓝和诺德股份均一字跌停,联创股份收跌…": after a sentence about several companies, a
                # later "公司" is none of them in particular (a wrong company costs more than a missing one).
                article.current = article.current_name = None
        return resolved

    def _enumerated_before(self, resolved):
        """The companies the sentence listed last ("A、B和C"), when they are two or more different ones, else []."""
        named = [s for s in resolved if s.explicit]
        run = named[-1:]
        for previous in reversed(named[:-1]):
            if not _lists_only(self.text[previous.end : run[-1].start]):
                break
            run.append(previous)
        if len({self.registry.find(s.company) for s in run}) < 2:
            return []
        return run[::-1]

    def _subjects_before(self, sentence, subjects, pos):
        """The company (or enumerated companies) nearest before ``pos`` in the sentence."""
        before = [s for s in subjects if s.end <= pos]
        # "对青岚股份,以及时任青岚股份总经理、广东示例董事长张某…给予警告": a company that only describes a person's
        # post is not whom, when the sentence names whom before.
        # (A lone company is kept whatever it describes: the test is left for two or more.)
        # (The first character tested before the pattern: most names are followed by none of those it starts with.)
        described = [s for s in before if s.explicit and self.text.startswith(_OFFICER_FIRST, s.end)
                     and _OFFICER_AFTER_RE.match(self.text, s.end)] if len(before) > 1 else []
        if described and len(described) < len(before) and before[0] not in described:
            before = [s for s in before if s not in described]
        while len(before) >= 2:
            # "容百科技则因与宁德时代签订的合同公告存在误导性陈述,拟被处以罚款": the partner in the reason is not whom.
            gap = self.text[before[-2].end : before[-1].start]
            # ("因公司与宁德时代重大合同公告涉嫌误导性陈述": the cause may open before the first of the two.)
            opened = self.text[max(sentence.start, before[-2].start - 3) : before[-2].start]
            caused = "因" in gap or opened.endswith(("因", "因为", "由于"))
            # ("容百科技早前公告与电池龙头宁德时代签订…大单,引发关注并收到上交所问询函": the deal it announced.)
            announced = "公告" in gap and bool(_PARTNER_BEFORE_RE.search(gap)) and bool(
                _PARTNER_AFTER_RE.match(self.text, before[-1].end))
            if ((gap.endswith(("与", "和")) and caused) or announced) and not (_CLAUSE_BREAK_RE.search(gap)) and (
                self.registry.find(before[-2].company) != self.registry.find(before[-1].company)
            ):
                before.pop()
            else:
                break
        if not before:
            return []
        find = self.registry.find
        chosen = [before[-1]]
        for previous in reversed(before[:-1]):
            head = chosen[-1]
            gap = self.text[previous.end : head.start]
            same = find(previous.company) == find(head.company)
            if same and (len(gap) <= 20 or len(_PARENTHETICAL_RE.sub("", gap)) <= 20):  # (the brackets only shorten)
                chosen.append(previous)
            elif _lists_only(gap):
                chosen.append(previous)
            else:
                break
        unique = {}
        for subject in chosen:  # nearest first: "…有限公司(以下简称"X")" is reported as X
            root = find(subject.company)
            if root not in unique or (subject.explicit and not unique[root].explicit):
                unique[root] = subject
        return list(reversed(unique.values()))

    # -- helpers -----------------------------------------------------------------------------

    # (dates, what _periods_of sets aside) for the last list asked about: a sentence's, asked once for each of its events
    _periods = (None, set())

    def _periods_of(self, dates):
        """Indexes of the dates that are not the day of an event: periods, spans, a byline's."""
        # "2023年5月19日至2023年6月15日期间,…": a period the sentence describes, not the day of its event.
        # "6月15日以来,已接连有…": since when, not the day of an event either.
        # (One pass over the dates: asked for nearly every sentence read, four passes cost 5 µs each.)
        text = self.text
        period = set()
        spans = []
        for i, d in enumerate(dates):
            since = text.endswith("自", 0, d.start) and _SINCE_CLAUSE_RE.match(text, d.end)
            if text.startswith(("期间", "以来"), d.end) or (
                    # "自11月11日晚间X首度披露扇贝死亡以来,…已先后收到三封关注函": since an event, in its clause
                    # (not "自7月12日X收到…《立案告知书》以来", "其自12月19日被证监会立案以来": the day of the measure
                    # the clause tells).
                    since and not _RECEIVED_IN_CLAUSE_RE.search(since.group())):
                period.add(i)
                if i and text.startswith(("至", "到"), dates[i - 1].end):
                    period.add(i - 1)  # "2023年5月19日至2023年6月15日期间": the period's start too
            # "2024年1月30日至4月17日,深交所向X发出了7封关注函": a span, neither end the day of its events.
            # ("仅在9月8日至9月14日这一周内,深交所便对A、B下发监管函": the week the story counts.)
            if d.end_value and _SPAN_AFTER_RE.match(text, d.end):
                spans.append(d)
            # "2019-10-09 07:46:39来源:上海证券报作者:…": the page's byline, glued to the first sentence.
            if _BYLINE_AFTER_RE.match(text, d.end):
                period.add(i)
        if spans:
            period.update(i for i, d in enumerate(dates) if any(s.start <= d.start and d.end <= s.end for s in spans))
        return period

    def _date_before(self, dates, pos, sentence, after_in_clause=False, effective=False, event=False):
        """Value of the nearest date expression before ``pos`` in the sentence (None if vague).

        ``effective``: skip dates that tell when something was announced ("7月6日晚间公告"),
        which are not when a status change takes effect, and the day a figure is counted to ("截至2022年12月31日").
        ``event`` (a measure's day): skip a day the time since the measure is counted to.
        """
        if not dates:
            return None  # (no date, no day: what the steps below come to)
        if self._periods[0] is not dates:
            self._periods = (dates, self._periods_of(dates))
        period = self._periods[1]
        before = [d for i, d in enumerate(dates) if sentence.start <= d.start and d.end <= pos and i not in period]
        if effective and before and self.text.endswith(AS_OF_WORDS, 0, before[-1].start):
            # "截至2022年12月31日,因经审计净资产为负值,公司股票被实施退市风险警示": the day a figure is counted to.
            before = [d for d in before if not self.text.endswith(AS_OF_WORDS, 0, d.start)]
        if event and before and "距" in self.text[before[-1].end : pos] and _SINCE_MEASURE_RE.search(
                self.text, before[-1].end, pos):
            # "截至2025年7月24日,距离该公司…被中国证监会正式立案调查已过去近一年": the day counted to, from the measure.
            before = before[:-1]
        if effective:
            # Nor is a deadline ("未能在3月2日前归还") the day a warning takes effect.
            before = [
                d
                for d in before
                if not (
                    d.before
                    or _REPORT_AFTER_RE.match(self.text, d.end)
                    or _APPLIED_AFTER_RE.match(self.text, d.end)
                    or _HALT_AFTER_RE.match(self.text, d.end)
                )
            ]
        if before and not effective and _VIOLATION_DAY_AFTER_RE.match(self.text, before[-1].end):
            # "1月19日,证监会称,X1月14日披露的重大合同公告涉嫌误导性陈述,已对其立案调查": the day of the conduct
            # the measure is about, not the measure's (alone in its sentence too: "吉林证监局指出,X7月11日公告披露的
            # 相关信息与事实存在较大差异;决定,对X责令改正").
            # ("在2017年1月12日、2017年2月16日公告中披露的信息存在虚假记载": each day of the list before it, too.)
            while len(before) > 1 and self.text[before[-2].end : before[-1].start] in _DAY_LIST_LINKS:
                before = before[:-1]
            before = before[:-1]
        if before and before[-1].before and not effective:
            # "本应在4月28日披露年报,且在停牌期间还被立案调查": a day something was due is not the day of a measure.
            before = [d for d in before if not d.before]
        if before and before[-1].value is None and before[-1].text in _RECENTLY and not effective:
            # "X7月11日公告,公司于近日收到…": received "recently", told on the day of the announcement.
            told = [d for d in before[:-1] if d.value and _REPORT_AFTER_RE.match(self.text, d.end)]
            if told:
                return told[-1].value
        if before and event and before[-1].value:
            # "12月3日…北交所当日发函问询,证监会次日立案调查,最终对上市公司处以1000万元罚款": the day of the measures
            # before; the one that came of them, at last, was taken later.
            # (and each measure told after that word: "…,最终对上市公司处以1000万元罚款,对12名责任人合计罚款…")
            at_last = _AT_LAST_RE.search(self.text, before[-1].end, pos)
            if at_last and P.MEASURE_RE.search(self.text, before[-1].end, at_last.start()):
                return None
        if before and before[-1].value and self._year_of_clause(sentence, pos, before[-1].end) not in (
                None, before[-1].value.year):
            return None
        if before:
            return before[-1].value
        if after_in_clause:
            end = sentence.start + _clause_end(sentence.text, pos - sentence.start)
            after = [d for d in dates if pos <= d.start < end
                     and not (effective and _HALT_AFTER_RE.match(self.text, d.end))]
            if after:
                return after[0].value
        return None

    def _month_of_the_same_measure_before(self, sentence, measure):
        """Whether a sentence before ``sentence`` in its paragraph dates a measure of the same kind to a month of a
        year only ("2024年10月,公司收到中国证监会下发的《立案告知书》")."""
        for d in self.paragraph_dates:
            if d.value is None and d.start < sentence.start and _MONTH_ONLY_RE.search(d.text) and _YEAR_IN_RE.match(d.text):
                opened = self.text.rfind("。", 0, d.start) + 1
                closed = self.text.find("。", d.end)
                told = self.text[opened : sentence.start if closed < 0 else min(closed, sentence.start)]
                if any(m.lastgroup == measure for m in P.MEASURE_RE.finditer(told)):
                    return True
        return False

    def _yearless_day_before(self, dates, pos, sentence):
        """ "1月18日晚间,X公告称,公司收到…警示函" on a page with no year: the day (MM-DD) the text gives the measure,
        unresolved."""
        before = [d for d in dates if sentence.start <= d.start and d.end <= pos]
        found = _YEARLESS_DAY_RE.match(before[-1].text) if before and before[-1].value is None else None
        if found and before[-1].text[found.end() :] not in _DAY_PARTS:
            found = None  # (a span, "1月18日至20日", is no one day)
        return f"{int(found.group('m')):02d}-{int(found.group('d')):02d}" if found else None

    def _month_before(self, dates, pos, sentence):
        """ "2024年5月份,广东证监局对…": the month (YYYY-MM) the text dates the measure to, if only a month."""
        before = [d for d in dates if sentence.start <= d.start and d.end <= pos]
        if not before or before[-1].value is not None:
            return None
        if _OTHER_EVENT_OF_MONTH_RE.match(self.text, before[-1].end, pos):
            return None  # "于2022年7月登陆科创板上市,上市仅逾两年就遭证监会立案": the month it listed in
        if P.MEASURE_RE.search(self.text, before[-1].end, pos) and _LATER_IN_CLAUSE_RE.search(
                self.text, sentence.start + _clause_start(sentence.text, pos - sentence.start), pos):
            return None  # "2021年9月份,…被证监局立案调查,…公司如今又收到了警示函": the month of the measure told first
        found = YEAR_MONTH_RE.match(before[-1].text)
        if found:
            return f"{found.group('y')}-{int(found.group('m')):02d}"
        same = _SAME_YEAR_MONTH_RE.fullmatch(before[-1].text)
        if same:
            # "2019年4月,…被责令整改。同年6月,江苏证监局也对X出具警示函": the year the paragraph gave last.
            years = [d.value.year if d.value else int(YEAR_MONTH_RE.match(d.text).group("y"))
                     for d in self.paragraph_dates if d.end <= before[-1].start
                     and (d.value or YEAR_MONTH_RE.match(d.text))]
            return f"{years[-1]}-{int(same.group('m')):02d}" if years else None
        return None

    def _year_of_clause(self, sentence, pos, start=0):
        """ "从2022年…亏损,到2023年被立案调查": the year the clause gives its event (after ``start``), if only a year."""
        if "年" not in self.text[max(sentence.start, start) : pos]:
            return None  # (most clauses: no year at all)
        clause = sentence.start + _clause_start(sentence.text, pos - sentence.start)
        years = list(_BARE_YEAR_RE.finditer(self.text, max(clause, start), pos))
        return int(years[-1].group(1)) if years else None

    def _month_only_before(self, dates, pos, sentence):
        """ "于2024年5月…被立案调查": the text dates the measure to a month, so no day is borrowed."""
        # (Not "《股票上市规则(2018年11月修订)》": the month of a rulebook's revision.)
        before = [d for d in dates if sentence.start <= d.start and d.end <= pos and not self.text.startswith("修订", d.end)]
        return bool(before) and before[-1].value is None and bool(_MONTH_ONLY_RE.search(before[-1].text))

    def _document_lead(self, article):
        """The first penalty document a news story says a regulator sent: (position, regulator, date or None)."""
        if article._lead is None:
            article._lead = ()
            if not article.document:
                found = _DOCUMENT_LEAD_RE.search(self.text, article.start, article.end)
                received = None if found else (_PENALTY_RECEIVED_LEAD_RE.search(self.text, article.start, article.end)
                                               or _PENALTY_PUBLISHED_LEAD_RE.search(self.text, article.start, article.end))
                lead = found or received
                regulator = lead and P.REGULATOR_RE.match(lead.group("who"))
                if regulator and P.regulator_name(regulator):
                    # A day the date reader refuses ("0000年1月1日") leaves the lead undated.
                    when = found.group("when") if found else None
                    days = find_dates(when, self.published) if when else []
                    if not when:
                        # "2024年12月27日,X及相关责任人收到Y监管局出具的《行政处罚事先告知书》": the day of the
                        # receipt, earlier in the sentence ("2025年12月17日,…的示例生物(688076.SH),收到了…处罚": any
                        # words between, when the penalty is named only so).
                        at = found.start() if found else received.start("who")
                        opened = max(self.text.rfind(c, article.start, at) for c in "。\n") + 1
                        days = [d for d in find_dates(self.text[opened:at], self.published)
                                if received or _RECEIVED_AFTER_DAY_RE.fullmatch(self.text, opened + d.end, at)][-1:]
                    day = days[0].value if days else None
                    article._lead = (lead.start(), P.regulator_name(regulator), day)
        return article._lead or None

    def _table_entry(self, sentence):
        """(regulator or None, date, document number or None) of the entry of a portal's table of regulatory records whose title line
        ``sentence`` is (see _ENTRY_DAY_LINE_RE), or None."""
        opened = self.text.rfind("公告日期", max(0, sentence.start - 40), sentence.start)
        # (Its line may be joined to the entry above: "…处理人上海证券交易所警示公告日期:2023-09-04".)
        entry = _ENTRY_DAY_RE.match(self.text, opened) if opened >= 0 else None
        if entry is None or entry.end() != sentence.start:
            return None
        following = _ENTRY_DAY_LINE_RE.search(self.text, sentence.end)
        number = _ENTRY_NUMBER_RE.search(self.text, sentence.end, following.start() if following else len(self.text))
        regulator = None
        if number is not None:
            named = P.REGULATOR_RE.search(number.group("number"))
            regulator = (named and P.regulator_name(named)) or _numbering_exchange(number.group("number"))
        day = _iso_day(entry.group("day"))
        if day is None:
            return None  # ("公告日期:2023-02-30": no day at all)
        return regulator, day, number and number.group("number").strip()

    def _decision_fields(self, article):
        """A data site's fields of a penalty decision ("作出处罚决定的机关:…", "作出处罚决定的日期:2025年8月8日"):
        (regulator or None, date or None), or None where the article has neither."""
        if article._fields is None:
            article._fields = ()
            if "处罚决定" in self.text[article.start : article.end] or (
                    "发文日期" in self.text[article.start : article.end] and "决定书" in self.text[article.start : article.end]):
                who = _DECISION_AUTHORITY_FIELD_RE.search(self.text, article.start, article.end)
                when = _DECISION_DAY_FIELD_RE.search(self.text, article.start, article.end)
                regulator = who and P.REGULATOR_RE.match(who.group("who"))
                days = find_dates(when.group("when"), self.published) if when else []
                if (regulator and P.regulator_name(regulator)) or (days and days[0].value):
                    article._fields = (regulator and P.regulator_name(regulator), days[0].value if days else None)
        return article._fields or None

    def _signing_regulator(self, article):
        """The regulator a document is signed by: a last line that is its name alone, or with the signing office
        and the day ("深圳证券交易所\n2025年5月20日", "深圳证券交易所创业板公司管理部2024年3月15日")."""
        for line in reversed(self._closing_lines(article)):
            line = line.strip()
            signed = _SIGNED_LINE_RE.match(line) or self._signed_tail(line)
            signer = signed.group("signer") if signed else line
            found = P.REGULATOR_RE.match(signer) if signer and len(signer) <= 30 else None
            if found and _SIGNING_OFFICE_RE.fullmatch(signer, found.end()):
                return P.regulator_name(found)
        return None

    def _article_dates(self, article):
        if article.dates is None:
            article.dates = []
            anchor = None
            offset = article.start
            for paragraph in self.text[article.start : article.end].split("\n"):
                dated = self.dated or (self.lead_dated and offset < article.start + _LEAD_CHARS)
                for d in find_dates(paragraph, self.published, anchor, dated):
                    article.dates.append(
                        DateMention(d.start + offset, d.end + offset, d.value, d.end_value, d.before, d.text)
                    )
                    # Not a deadline: "22日" after "在3月31日之前…" is not in March.
                    anchor = d.value if d.value and not d.before else anchor
                offset += len(paragraph) + 1
        return article.dates

    def _fallback_date(self, sentence, pos, dates, article, companies=None):
        """Date of a measure whose sentence gives none.

        In order: a date the same paragraph gave to the announcement or receipt just before
        ("3月21日晚间…公告。证监局决定…"); in a document, the last "于X收到" before it;
        then the date the document is signed with.
        """
        if _MEASURES_SUMMED_UP_RE.search(sentence.text):
            return None  # "…对X实施了行政处罚、市场禁入及纪律处分等措施": the measures of a case summed up, on many days
        earlier = [d for d in self.paragraph_dates if d.end <= sentence.start and d.value]
        if _EARLIER_RE.search(sentence.text, 0, pos - sentence.start):
            earlier = []  # "5月20日,X收到…问询函。据悉,公司在前段时间刚收到…警示函": before that day
        for d in reversed(earlier):
            if _REPORT_AFTER_RE.match(self.text, d.end):
                if _CONDUCT_REPORT_RE.match(self.text, d.end):
                    # "2026年1月7日,X披露签署…协议的公告,涉嫌误导性陈述。近日,证监会已对X立案调查": the day of the
                    # conduct, not of the measure.
                    continue
                if not article.document and _RECENT_RECEIPT_RE.search(self.text, article.start, d.start):
                    # "近日,X收到…《事先告知书》。…2020年9月25日,X发布更正公告": the decision came lately, that day
                    # is the conduct's.
                    break
                return d.value
        if self.actions and _ALSO_BEFORE_RE.search(sentence.text, 0, pos - sentence.start):
            # "当天,受到深交所纪律处分的…包括A、B。上交所亦对C予以通报批评": the day of the measures just told.
            last = self.actions[-1]
            if last["date"] and last["evidence_start"] >= self.text.rfind("\n", 0, sentence.start) + 1:
                return datetime.date.fromisoformat(last["date"])
        if not article.document:
            # "1月14日,中国证监会发布消息称…" opens a news story; its decision paragraph is undated.
            regulator = self._regulator(sentence, pos, article)
            earlier = [d for d in self._article_dates(article) if d.end <= sentence.start and d.value]
            if regulator is not None:
                for d in reversed(earlier):
                    announced = _REGULATOR_ANNOUNCES_RE.match(self.text, d.end)
                    if announced is None and _ANNOUNCES_AFTER_RE.match(self.text, d.end):
                        # "中国证监会于9月12日通报了…的行政处罚决定", "根据深圳证监局2025年9月12日下发的《行政处罚决定书》":
                        # the regulator named right before its day.
                        named = list(P.REGULATOR_RE.finditer(self.text, max(0, d.start - 16), d.start))
                        # ("江苏证监局网站6月12日公布的监管措施信息显示": on its website.)
                        if (named and re.fullmatch(r"(?:(?:官方)?网站|官网)?(?:于|在)?", self.text[named[-1].end() : d.start])
                                and P.regulator_name(named[-1]) == regulator):
                            return d.value
                    if announced:
                        # ("中国证监会湖南证监局": the bureau, the last regulator of the name.)
                        found = [list(P.REGULATOR_RE.finditer(w))[-1:] for w in announced.group("who", "who2") if w]
                        if any(f and P.regulator_name(f[0]) == regulator for f in found):
                            return d.value
                        if announced.group("acts") is None:
                            return None
                        # "同日,深交所对…" is another regulator's act: an earlier lead may still be this one's.
            # "12月19日晚,ST东时发布公告称…" leads the story: what it reports from that announcement
            # carries its day, unless the sentence looks back ("此前", "去年").
            if _WHILE_RECEIVING_RE.match(sentence.text):
                # "在收到上述告知书的同时,…公司还收到上交所监管工作函": the day the story said that notice came.
                received = [d for d in earlier if _RECEIPT_AFTER_RE.match(self.text, d.end)]
                return received[-1].value if received else None
            if _BACKGROUND_RE.search(self.text, sentence.start, pos):
                return None
            # The story's first report day, whether or not it resolves: "证监会网站昨日公布…" leads a story whose
            # "X于2023年1月20日披露《2022年度业绩预告》" is the conduct, not the report.
            told = [d for d in self._article_dates(article) if d.end <= sentence.start]
            # (Nor "根据X 2019年1月26日、6月28日披露的公告,2017年…期间,…": the announcements a decision's facts rest on.)
            reports = [(d, told_as) for d in told if (told_as := _REPORT_AFTER_RE.match(self.text, d.end))
                       and not _CONDUCT_REPORT_RE.match(self.text, d.end)
                       and "根据" not in self.text[max(article.start, d.start - 24) : d.start]]
            lead = reports[0][0] if reports else None
            if lead is None and self.published and (_WIRE_LEAD_RE.match(sentence.text.lstrip()) or (
                    # "来源:格隆汇2023-07-24 | *ST示例(600530.SH)公布,收到…": a company's announcement told under the
                    # day the page shows.
                    _CODED_LEAD_RE.match(sentence.text.lstrip())
                    and (self.dated or self.published.isoformat() in self.text[: max(0, sentence.start) + 1][-200:]))):
                # "智通财经APP讯,ST示例(300209.SZ)公告,公司…近日收到…": a wire's report of an announcement, on no day
                # but the wire's own.
                return self.published
            # "11月18日深夜,A发布公告称…。11月19日凌晨,B也公告称…。证监会拟对A…;拟对B…": each company's own
            # announcement dates what it announced (its name stands between the day and the announcing).
            own = [d for d, told_as in reports if companies and d.value and any(
                self.registry.find(m.company) in companies
                for m in self.registry.mentions_between(self.text, d.end, told_as.end()))]
            if own and len({d.value for d, _ in reports if d.value}) > 1:
                lead = own[-1]
            if lead is None or _RECENT_RECEIPT_RE.search(self.text, article.start, lead.start):
                # ("公告显示,近日,X收到…《事先告知书》。…2020年9月25日,X发布更正公告": received lately, on no day given.)
                return None
            # "9月28日晚间公告,…收到《行政处罚决定书》。公告称,2020年9月27日,公司…收到了…《…决定书》": the day of
            # receipt the story gives after its lead is the decision's day (also after a lead of "近日…公告称").
            received = [d for d in earlier if d.start > lead.end and _DECISION_RECEIVED_AFTER_RE.match(self.text, d.end)]
            if lead.value is None:
                # (Only a decision's receipt, and not for a sentence dated by a month it names: "同月,…责令改正".)
                received = [d for d in received if _DECISION_RECEIVED_AFTER_RE.match(self.text, d.end).group().endswith(
                    "决定书》") and not _SAME_MONTH_RE.search(sentence.text)]
            return received[-1].value if received else lead.value
        article_dates = self._article_dates(article)
        # "近日,公司收到…《市场禁入决定书》": received lately, not on the day an earlier notice came.
        recently = any(word in self.text[sentence.start : pos] for word in _RECENTLY)
        for d in reversed([d for d in article_dates if d.end <= pos and d.value] if not recently else []):
            if _RECEIPT_AFTER_RE.match(self.text, d.end):
                return d.value
        # Told "近日" in the company's own announcement: the day it announced it, as for a news story's lead. A
        # regulator's decision whose own day the page cuts off was published on the page's day.
        if not recently and article.issuer is not None and not article.decision:
            # "公司近日收到天津证监局出具的4份《行政监管措施决定书》。…决定对公司…采取监管谈话": in the issuer's own
            # announcement, the decisions it said it received lately.
            recently = bool(_RECENT_RECEIPT_RE.search(self.text, article.start, sentence.start))
        if recently or article.issuer is not None:
            # "公司于近期收到…《监管工作函》,详见公司于2023年6月17日披露的《…关于收到…工作函的公告》": the day it
            # announced the receipt, which the later notice points to.
            for d in dates:
                if (d.start > pos and d.value and d.start < sentence.end
                        and self.text.endswith(_SEE_BEFORE_WORDS, max(sentence.start, d.start - 6), d.start)
                        and _ANNOUNCED_RECEIPT_AFTER_RE.match(self.text, d.end)):
                    return d.value
        signed = self._signature_date(article) or article.posted
        if signed or recently:
            return signed or self.published
        if (article.issuer is not None and not article.decision and self.published
                and _ANNOUNCED_BELOW_RE.search(sentence.text, pos - sentence.start)):
            # "公司收到江苏证监局…《警示函》,现将相关事项公告如下": the receipt the issuer's announcement is about, on no
            # day it gives: the day it announced it (as a receipt told "近日").
            return self.published
        if article.decision and self._regulator(sentence, pos, article) in (None, article.decision):
            # Not a measure the decision cites, of another regulator or with a number of its own ("〔2023〕133号").
            number = details.document_number(sentence.text, pos - sentence.start)
            if not number or not article.number or number == article.number:
                return self.published
        return None

    def _closing_lines(self, article):
        """A document's last three lines, without what may stand under its signature: who else gets it ("抄报:中国证监会
        上市公司监管司 / 抄送:广东证监局…") and a PDF's page number ("—3—")."""
        lines = self.text[article.start : article.end].rstrip().split("\n")
        while len(lines) > 1 and (lines[-1].startswith(_DISTRIBUTION_WORDS) or _PAGE_NUMBER_LINE_RE.fullmatch(lines[-1])):
            lines.pop()
        if lines[-1].endswith(("—", "-", "–")):
            lines[-1] = _PAGE_NUMBER_END_RE.sub("", lines[-1])  # ("…深圳证券交易所2020年12月31日—3—": the lines joined)
        return lines[-3:]

    @staticmethod
    def _signed_tail(line):
        """The signature a PDF's text glued to the last sentence ("…并向社会公开。深圳证券交易所2020年12月31日"), when
        a regulator signs it."""
        signed = _SIGNED_LINE_RE.match(line[line.rindex("。") + 1 :]) if "。" in line[:-1] else None
        found = signed and signed.group("signer") and P.REGULATOR_RE.match(signed.group("signer"))
        return signed if found and P.regulator_name(found) else None

    def _signature_date(self, article):
        """The day a document is signed with: its last line, the date alone or after the signing office
        ("深圳证券交易所创业板公司管理部2024年3月15日"); below it may stand only a link's residue ("附件:公告原文")."""
        for line in reversed(self._closing_lines(article)):
            signed = _SIGNED_LINE_RE.match(line) or self._signed_tail(line)
            if signed:
                signer = signed.group("signer")
                found = P.REGULATOR_RE.match(signer) if signer else None
                if signer is None or (found and P.regulator_name(found)):
                    return find_dates(signed.group("day"))[0].value
            if len(line) > 12 or line.endswith(("。", ";", ",")):
                break
        return None

    def _regulator(self, sentence, pos, article, trigger_end=None):
        """The regulator named nearest before ``pos`` (else the first after it). ``trigger_end``: where the
        measure's own words end; a regulator inside them wins ("在深交所上市,…被中国证监会立案调查")."""
        found = self._regulators(sentence.text)
        local = pos - sentence.start
        inside = [m for m in found if trigger_end is not None and local <= m.start() and m.end() <= trigger_end]
        before = [m for m in found if m.end() <= local]
        chosen = inside[0] if inside else before[-1] if before else next((m for m in found if m.start() >= local), None)
        if chosen and chosen.group("self"):
            # 我局/本所: the regulator the article named before, or the one that signs it.
            return article.last_regulator or self._signing_regulator(article)
        return P.regulator_name(chosen) if chosen else None

    # (text, its REGULATOR_RE matches) for the last sentence asked about: asked by each of its measures and by the run
    _regulators_read = (None, [])

    def _regulators(self, text):
        """The regulators a sentence names (REGULATOR_RE over the whole sentence, read once)."""
        if self._regulators_read[0] is not text:
            found = list(P.REGULATOR_RE.finditer(text))
            if "《" in text:
                # "违反了《深圳证券交易所创业板股票上市规则》": a rulebook's title names the exchange, which acts in it
                # no more than its reader does.
                found = [m for m in found if not (m.start() and text[m.start() - 1] == "《"
                                                  and _RULEBOOK_AFTER_RE.match(text, m.end()))]
            self._regulators_read = (text, found)
        return self._regulators_read[1]

    def _use(self, subject):
        root = self.registry.find(subject.company)
        self.used_companies.setdefault(root, subject.start)
        name = subject.name
        if name.endswith("公司"):
            # Readers (and the review queue) know a listed company by its short name: where the page gives one, the
            # record uses it rather than the full name the sentence happens to spell out.
            short = next((n for n in self.registry.names_of(root, self.order) if not n.endswith("公司")), None)
            name = short or name
        return {"company": without_site_remark(name), "company_code": self.registry.code(root), "_root": root,
                "_named": subject.explicit}

    def _evidence(self, sentence):
        text = sentence.text.strip()
        start = sentence.start + (len(sentence.text) - len(sentence.text.lstrip()))
        return {"evidence": text, "evidence_start": start, "evidence_end": start + len(text)}

    def _hypothetical(self, sentence, local):
        if sentence.text.find("(", 0, local) < 0:
            found = P.HYPOTHETICAL_RE.search(sentence.text, 0, local)  # (the prefix, not copied)
            if not found or not found.group().startswith("仍未"):
                return bool(found)  # (most sentences)
            prefix = sentence.text[:local]
        else:
            prefix = _BYLINE_NOTE_RE.sub("", sentence.text[:local])  # "(编辑 若宇)": an editor's name, not a condition
        return any(not (match.group().startswith("仍未") and _CAUSE_OPENS_RE.match(prefix, _clause_start(prefix, match.start())))
                   for match in P.HYPOTHETICAL_RE.finditer(prefix))

    # -- rules -------------------------------------------------------------------------------

    def _link_new_names(self, sentence, subjects, new_names):
        """ "(证券)简称变更为“X”": X is a new name of the one company the sentence is about (``new_names``: the
        sentence's _NEW_NAME_RE matches)."""
        for match in new_names:
            pos = sentence.start + match.start()
            before = {self.registry.find(s.company) for s in subjects if s.end <= pos and s.explicit}
            if len(before) != 1:
                continue
            new, new_start = _new_name(match)
            if new in GENERIC_NAMES or _NOT_A_NAME_RE.search(new):
                continue
            root = before.pop()
            self.registry.add(new, root)
            self.order.setdefault(new, sentence.start + new_start)
            old = match.group("old")
            if old and old not in GENERIC_NAMES and not _NOT_A_NAME_RE.search(old):
                self.registry.add(old, root)
                self.order.setdefault(old, sentence.start + match.start("old"))

    def _status(self, sentence, subjects, dates, article=None):
        found = {}
        # (Read once: the names link the sentence's companies first, then tell a change below.)
        new_names = list(_NEW_NAME_RE.finditer(sentence.text)) if "简称" in sentence.text else []
        if new_names:
            self._link_new_names(sentence, subjects, new_names)
        renames = (find_renames(sentence.text, lambda name: self.registry.company_of(name) is not None)
                   if "简称" in sentence.text or may_hold_labelled_rename(sentence.text) else [])
        statuses = P.STATUS_RE.finditer(sentence.text) if P.STATUS_HINT_RE.search(sentence.text) else ()
        for match in statuses:
            index = int(match.lastgroup[1:])
            _, old, new, kind = P.STATUS_PATTERNS[index]
            local = match.start()
            clause = sentence.text[_clause_start(sentence.text, local) : local]
            if self._hypothetical(sentence, local) or _POSSIBILITY_AFTER_RE.match(sentence.text, match.end()):
                continue  # ("仍有再度被实施退市风险警示的可能": a possibility, named after the change.)
            if _GENERIC_TIMEFRAME_RE.search(sentence.text, 0, local) and _CONDITION_OPENED_RE.search(
                    self.text, self.text.rfind("\n", 0, sentence.start) + 1, sentence.start):
                # "如公司…被出具无法表示意见的情况出现,…将…停牌。…自复牌之日起,上交所对公司股票实施退市风险警示": the
                # steps of a rule under the condition the paragraph opened, on no day.
                continue
            if _NEGATED_VERB_RE.search(clause):
                continue  # "受上述事项影响,公司股票目前暂时无法撤销其他风险警示": what cannot happen yet
            modal = P.MODAL_RE.search(clause)
            # Only an application can be overridden by its approval ("申请已获同意,…撤销"); "可能被" never.
            if modal and (
                modal.group() not in ("申请", "提交")
                or not P.APPROVAL_RE.search(sentence.text)
                or P.PENDING_APPROVAL_RE.search(sentence.text)
            ):
                continue
            if index >= P.FIRST_IMPOSED and P.CONTINUING_RE.search(sentence.text, max(0, local - 10), local):
                continue
            if new == "delisted" and _PROCEDURE_DAY_RE.search(sentence.text, 0, local) and _IF_DELISTED_RE.search(
                self.text, self.text.rfind("\n", 0, sentence.start) + 1, sentence.start
            ):
                # "若公司股票被决定终止上市,…。公司股票于退市整理期届满的次一交易日摘牌": the steps that would follow
                # (or "上交所将…作出是否终止公司股票上市的决定。…"; each step a rule's, counted from the one before).
                continue
            if P.NAMED_CONDITION_RE.match(sentence.text, match.end()) or (
                    P.TRIGGERED_RE.search(clause)
                    and not _CAUSE_THEN_PASSIVE_RE.search(sentence.text, local - len(clause), local + 1)
                    # ("因触及交易类退市指标于2024年2月摘牌的X": the cause of a delisting done.)
                    and not (kind == "relative" and "因" in clause)):
                continue  # "触发了“公司股票被实施其他风险警示”的情形": a rule's case, not the change
            if _RULE_STATED_RE.search(sentence.text, 0, local):
                continue  # "《上市规则》规定,上市公司出现“…”的情形,深交所将对其股票交易实施退市风险警示": the rule
            if _RULE_CASE_AFTER_RE.match(sentence.text, match.end()):
                continue  # "公司因…规定情形被实施其他风险警示的,公司应当至少每月披露…": what a rule asks in a case
            if P.PENDING_APPROVAL_RE.match(sentence.text, match.end()) or _OPEN_OUTCOME_AFTER_RE.match(
                    sentence.text, match.end()):
                continue  # "公司股票撤销退市风险警示尚需上交所审核同意": not granted yet
            if _ALTERNATIVE_BEFORE_RE.search(sentence.text, 0, local):
                continue  # "是成功整改,还是最终摘牌退市": one of two outcomes, neither yet
            since = _SINCE_AFTER_RE.match(sentence.text, match.end())
            if since and new == "normal" and _FIRST_TRADING_DAY_RE.match(sentence.text, since.end()):
                since = None  # "在摘除“ST”标记后的首个交易日迎来开门红": the first day after a removal that happened
            if since or _DESCRIBED_AFTER_RE.match(sentence.text, match.end()) or (
                    # ("公司股票被本所摘牌前,公司…应当继续遵守…": the time before it, what holds until then.)
                    new == "delisted" and sentence.text.startswith(("前", "之前", "以前"), match.end())):
                # "被实施退市风险警示后的首个年度报告": a time the sentence counts from; "4家此前被实施退市风险
                # 警示、其他风险警示的上市公司": companies described by what they went through, not a change.
                continue
            if _NUMBERED_HEADING_RE.match(sentence.text) and not dates and len(sentence.text) <= 40:
                continue  # "二、公司股票停牌情况及终止上市决定": a section's topic, on no day
            if _RISKS_LISTED_AFTER_RE.match(sentence.text, match.end()):
                continue  # "提醒投资者关注公司股票停牌、被实施退市风险警示等退市相关风险": risks named, no change
            if sentence.text.endswith("申请", 0, local) and not _GRANTED_RE.search(sentence.text):
                continue  # "公司已向深交所申请撤销…退市风险警示,上述申请审核批准尚存在不确定性": applied for, not granted
            application = _APPLICATION_AFTER_RE.match(sentence.text, match.end())
            # An application granted lifts the warning it names; not *ST's alone, which may leave the stock ST.
            granted = (application and index != P.REVOKE_DELISTING_WARNING
                       and _APPLICATION_GRANTED_RE.match(sentence.text, application.end()))
            if (_INSIDE_TITLE_RE.search(sentence.text, 0, local) and not (
                    # "收到上交所自律监管决定书【2018】73号《关于终止X股票上市的决定》": the decision received.
                    new == "delisted" and _RECEIVED_DECISION_TITLE_RE.search(sentence.text, 0, local)
                    and sentence.text.startswith("的决定》", match.end()))) or (application and not granted):
                continue  # "《关于…将被叠加实施退市风险警示的公告》", "提出撤销…退市风险警示的申请"
            date = self._date_before(dates, sentence.start + local, sentence, after_in_clause=True, effective=True)
            if date is not None and _FIRST_YEAR_AFTER_RE.match(sentence.text, match.end()):
                date = None
            fielded = False  # (the day named the delisting's, "摘牌日期为2021年6月1日", not the decision's)
            if new == "delisted" and sentence.text.endswith("(已", 0, local):
                date = None  # "6月6日,东旭蓝天(已退市)称": a remark on the name, not the day of the delisting
            elif new == "delisted" and date is None and "摘牌日期" in self.text:
                # "4.终止上市决定日期:2021年3月11日 5.摘牌日期:2021年3月18日": the notice's own field of the day.
                # (From the article on: a notice's title may stand as an article of its own above its fields.)
                field = _DELISTING_DAY_FIELD_RE.search(self.text, article.start)
                days = find_dates(field.group("day"), self.published) if field else []
                date = days[0].value if days else None
                fielded = date is not None
            if date is None and new in ("ST", "*ST"):
                # "…均将被实施其他风险警示,股票简称自2025年9月23日起变更为“ST”开头": the day the next clause gives the
                # new name, the day the warning starts.
                renamed = _RENAMED_FROM_RE.match(sentence.text, match.end())
                day = renamed and next((d for d in dates if d.start == sentence.start + renamed.end() and d.value), None)
                if day and _FROM_THE_DAY_RENAMED_RE.match(self.text, day.end):
                    date = day.value
            if date is not None and any(d.value == date and d.end <= sentence.start + local
                                        and _IN_FORCE_AFTER_RE.match(self.text, d.end) for d in dates):
                date = None  # "根据2024年4月30日生效的《…上市规则》…,公司股票将被实施其他风险警示": the rule's day
            if date is not None and index in (P.REVOKE_DELISTING_WARNING, P.REVOKE_OTHER_WARNING):
                day = next((d for d in dates if d.value == date and d.end <= sentence.start + local), None)
                if day and _CLAUSE_BREAK_RE.search(self.text, day.end, sentence.start + local) and P.STATUS_RE.search(
                        self.text, day.end, sentence.start + _clause_start(sentence.text, local)):
                    # "鉴于公司股票自2025年5月6日起被实行退市风险警示,本次被撤销其他风险警示后…": the day of the
                    # other warning, in a clause of its own.
                    date = None
            approved = date is not None and any(
                d.value == date and d.end <= sentence.start + local and _APPROVED_AFTER_RE.match(self.text, d.end)
                for d in dates
            )
            titled = _TITLE_BEFORE_RE.search(sentence.text, 0, local) and _TITLE_AFTER_RE.match(
                sentence.text, match.end())
            if match.group().endswith("退市整理期"):
                date = None  # (a delisting period entered or run: not the day the stock leaves the exchange)
            if titled and "进展" in titled.group():
                continue  # "关于实施其他风险警示的进展公告": how things stand under a warning long in place
            if titled and not fielded:
                # "9月20日,X发布关于公司股票实施其他风险警示暨临时停牌的提示性公告": the day of the notice,
                # not of the change; the notice's own sentences tell that (its field of the day, "摘牌日期:…", does).
                date = None
            if date is not None and _FUTURE_BEFORE_RE.search(sentence.text, max(0, local - 16), local) and any(
                    d.value == date and d.end <= sentence.start + local
                    and (_REPORT_AFTER_RE.match(self.text, d.end)
                         # ("财联社3月16日讯…即将被“*ST”": the dateline's day.)
                         or self.text.startswith(("消息", "晚间", "晚上", "讯", "电"), d.end))
                    for d in dates):
                # "4月30日消息,今日晚间,X公告称,…深交所将对公司股票交易实施…": the day it was told, not the day
                # the warning starts (which the notice gives, or not).
                date = None
            if (new == "delisted" and date is not None and "摘牌" not in match.group() and not fielded
                    and (_DELISTING_DECIDED_RE.search(sentence.text, max(0, local - 6), match.end())
                         or _RECEIVED_DECISION_TITLE_RE.search(sentence.text, 0, local))):
                # "5月28日晚间,…被上交所宣告退市", "2020年5月14日被深交所决定终止上市": the day of the decision; a
                # company is delisted on the day its shares leave the exchange, when the text gives it.
                date = None
            if date is None and new == "delisted":
                # "被深交所决定终止上市,将于2023年8月4日摘牌": the day its shares leave the exchange.
                # ("深交所决定终止公司股票上市,终止上市日期为2025年7月4日": the day named as the delisting's.)
                date = next((d.value for d in dates if d.start >= sentence.start + match.end() and d.value
                             and (self.text.startswith(_DELISTING_DAY_WORDS, d.end)
                                  or self.text.endswith(_DELISTING_DATE_WORDS, max(0, d.start - 8), d.start))), None)
            started = bool(_START_DAY_AFTER_RE.match(sentence.text, match.end()))
            if date is None and started:
                # ("起始日:…于3月17日停牌一天,将于3月18日开市起复牌,…实施其他风险警示": not the halt's day.)
                after = [d for d in dates if d.start >= sentence.start + match.end() and d.value
                         and not _HALT_AFTER_RE.match(self.text, d.end)]
                date = after[0].value if after else None
            if new == "delisted" and (_DISTANCE_BEFORE_RE.search(sentence.text, max(0, local - 12), local)
                                      or _DELISTING_AHEAD_AFTER_RE.match(sentence.text, match.end())):
                continue  # "距离被深交所终止上市仅一步之遥": how near it is, not the delisting
            if new == "delisted" and sentence.text.endswith(("提示", "提示了"), 0, local):
                continue  # "为什么三次提示终止上市": warnings that it may be delisted, not the delisting
            if new == "delisted" and (re.search(r"将(?:被)?$|将因[^,。;]{0,30}被$|将导致[^,。;]{0,12}?被$"
                                                # ("将在5个交易日后因总市值低于5亿元被终止上市": days to come, no date.)
                                                r"|将在\d+个(?:交易日|工作日|月)后(?:因[^,。;]{0,30})?被$"
                                                # ("交易所将依规对*ST锦港做出终止上市", "ST紫天:或终止上市": a
                                                # decision to come, a delisting that may be.)
                                                r"|将[^,。;]{0,20}?[做作]出$|或$",
                                                _PARENTHETICAL_RE.sub("", _AFTER_WILL_BY_RE.sub("", sentence.text[max(0, local - 50) : local])))
                                      or _DECISION_TO_COME_RE.search(sentence.text, 0, local)) and not any(
                    d.start >= sentence.start + match.end() and self.text.startswith(_DELISTING_DAY_WORDS, d.end)
                    for d in dates) and not (
                    # "6月15日,A、B等6家公司退市整理期满,股票将被终止上市": decided, its last step to come.
                    "整理期" in sentence.text and _DELISTING_PERIOD_OVER_RE.search(sentence.text, 0, local)):
                # "已触及财务类强制退市情形,公司股票将终止上市" (or "将因触及…被终止上市"): what the rules hold in
                # store, no decision yet, though the sentence dates the run of low prices ("连续二十个交易日
                # (2023年4月18日-5月22日)…").
                continue
            if date is None and _AFTER_FUTURE_REPORT_RE.search(sentence.text, 0, local):
                continue  # "股票将在公司2022年年度报告披露后停牌,并在复牌后被实施退市风险警示": when a report to come is out
            if date is None and "将" in sentence.text[max(0, local - 4) : local] and "预计" in self.text[
                    self.text.rfind("\n", 0, sentence.start) + 1 : sentence.start + local]:
                continue  # "公司预计2024年度净利润为负值…。根据规定,公司股票将被实施其他风险警示": a forecast's outcome
            if kind == "slang" and date is None and not self._named_slang(sentence, subjects, local, old is None and new != "normal"):
                continue
            if (
                date is None
                and sentence.text[max(0, local - 3) : local].endswith(("已被", "已"))
                and _ONGOING_RE.search(sentence.text, match.end(), _condition_start(sentence.text, match.end()))
            ):
                continue  # "已被实施其他风险警示,目前仍在风险警示板交易": a state; not "…,如果…仍然不到3亿元" after it
            if kind == "relative":
                # "今年7月因财务类指标退市的示例中程": only the company named right after, only a delisting told as done
                # (a cause, a day or 已 in the description).
                chosen, date = self._described_after(sentence, subjects, dates, match, date, _DONE_RELATIVE_CLAUSE_RE)
                if not chosen:
                    continue
                kind = "formal"
            else:
                chosen = []
                if sentence.text.startswith(("的", "退市的"), match.end()):
                    # "A、B、C,以及8月28日正式摘牌退市的D": the change describes the company named right after it,
                    # when its clause names none before it (the companies of the clauses before are not described).
                    clause_from = sentence.start + _clause_start(sentence.text, local)
                    if not any(clause_from <= s.start < sentence.start + local for s in subjects if s.explicit):
                        chosen, date = self._described_after(sentence, subjects, dates, match, date, _DONE_RELATIVE_CLAUSE_RE,
                                                             sentence.text.index("的", match.end()) + 1)
                chosen = chosen or self._subjects_before(sentence, subjects, sentence.start + local)
            # (A company described by the change stands after it, "…终止上市的X": none may stand before.)
            named_end = max((s.end for s in subjects if s.end <= sentence.start + local), default=None)
            if chosen and named_end is not None and _GROUP_COMPANY_WORD_RE.search(sentence.text, 0, local) and (
                    _OTHER_GROUP_COMPANY_RE.search(self.text, named_end, sentence.start + local)):
                continue  # "*ST長動目睹了兄弟公司長城影視被摘牌退市": another company of the group, named after it
            if not chosen:
                # "撤销对公司股票交易实施的其他风险警示": the company sits inside the trigger.
                chosen = self._subjects_before(sentence, subjects, sentence.start + match.end())
            if not chosen and new == "delisted":
                # "两家公司收到股票终止上市决定,分别是*ST甲(600804.SH)、*ST乙(603003.SH)": the companies listed after.
                chosen = self._subject_after(sentence, subjects, sentence.start + match.end(), lists_only=True)
            if not chosen and kind == "formal" and sentence.text.startswith("的", match.end()):
                # "日前因连续亏损而终止上市的*ST龙示", "已于2023年6月终止上市的示例退": the company the change describes.
                chosen, date = self._described_after(sentence, subjects, dates, match, date, _DONE_BEFORE_RELATIVE_RE)
            if not chosen and new in ("ST", "*ST") and sentence.text.startswith("(", match.end()):
                # "…连续两年巨亏,被实施退市风险警示(*ST天山)": the name it took, in brackets right after.
                chosen = [s for s in subjects if s.explicit and s.start == sentence.start + match.end() + 1
                          and st_label(s.name) == new][:1]
            if index == P.REVOKE_OTHER_WARNING and (
                P.DELISTING_WARNING_REMAINS_RE.search(sentence.text, match.end())
                # ("…撤销其他风险警示的起始日为6月27日;2、…本次被撤销其他风险警示后,公司股票简称仍为“*ST宇示”": the
                # name the stock keeps, told in the lines around.)
                or self._still_starred(sentence, chosen, article)
                or any(s.explicit and st_label(s.name) == "*ST" for s in chosen)
                # ("*ST宇顺(002289.SZ)…,公司撤销其他风险警示": the only label the page shows it under is *ST.)
                or (len(chosen) == 1 and {st_label(n) for n in self.registry.names_of(chosen[0].company, self.order)}
                    - {"normal"} == {"*ST"})
            ):
                # Lifting ST while *ST stays: the label shown is still *ST.
                old, new, kind = "*ST", "*ST", "stacked"
            elif index == P.REVOKE_OTHER_WARNING and P.OTHER_WARNING_PART_RE.search(match.group()):
                old, new, kind = "ST", "ST", "stacked"  # "撤销…部分其他风险警示": other grounds of ST stay
            elif index == P.REVOKE_DELISTING_WARNING and any(st_label(_new_name(m)[0]) == "ST" for m in new_names):
                # "自12月23日起,该公司股票将撤销退市风险警示,证券简称变更为“ST围示”": the star off, the ST stays.
                old, new = "*ST", "ST"
            elif index == P.REVOKE_DELISTING_WARNING and P.DELISTING_WARNING_REMAINS_RE.search(sentence.text, match.end()):
                # "同意撤销公司因重整而实施的退市风险警示,但…公司仍被实施退市风险警示": one of two grounds lifted, *ST stays.
                old, new, kind = "*ST", "*ST", "stacked"
            if (new == "ST" and kind == "formal" and len(chosen) == 1 and old is None
                    and _AGAIN_BEFORE_RE.search(sentence.text, max(0, local - 6), local)):
                # "东方时尚股票再次被实施其他风险警示" where the page calls it ST东时: a second ground stacked on the
                # warning in place (not a warning put back after a removal, on a page that shows no label).
                labels = {st_label(n) for n in self.registry.names_of(chosen[0].company, self.order)} - {"normal"}
                if len(labels) == 1:
                    old = new = labels.pop()
                    kind = "stacked"
            elif (new == "ST" and kind == "formal" and len(chosen) == 1 and old is None
                    and _AT_ONCE_BEFORE_RE.search(sentence.text, max(0, local - 6), local)
                    and {st_label(n) for n in self.registry.names_of(chosen[0].company, self.order)} - {"normal"} == {"*ST"}):
                # "…被实施退市风险警示。因…,公司股票同时被实施其他风险警示" where the page calls it *ST博示: the
                # second warning stacked on the first.
                old, new, kind = "*ST", "*ST", "stacked"
            if index == P.REVOKE_DELISTING_WARNING and len(chosen) == 1 and self._shown_only_as_st(chosen[0].company):
                # "ST西发…撤销退市风险警示" on a page that only ever writes ST西发: the other warning stays.
                new = "ST"
            elif index == P.REVOKE_DELISTING_WARNING and _OTHER_WARNING_GOES_ON_RE.search(
                    self.text, sentence.start + match.end(), self._paragraph_end(sentence)):
                # "自2010年5月31日起撤销…退市风险警示。但…本公司股票交易继续实施其他特别处理": ST stays.
                new = "ST"
            elif index == P.REVOKE_DELISTING_WARNING and _STAR_TO_ST_AFTER_RE.search(sentence.text, match.end()):
                new = "ST"  # "刚撤销股票交易退市风险警示,从*ST凯瑞变成ST凯瑞": the name it trades under says ST stays
            if not chosen and article is not None and article.document and article.issuer is not None and (
                    started or self._own_title(sentence)
                    # ("…详见《关于收到…事先告知书的公告》,并于2022年11月22日起被实施退市风险警示": the issuer's own
                    # shares, the day in full before the passive.)
                    or _OWN_DATED_PASSIVE_RE.search(sentence.text, max(0, local - 24), local)):
                # "撤销退市风险警示的起始日:2025年5月6日" in the issuer's own announcement, or its own title ("关于公司
                # 股票交易撤销退市风险警示和其他风险警示暨停复牌公告").
                name = self.display.get(article.issuer) or self.registry.names_of(article.issuer, self.order)[0]
                chosen = [_Subject(article.issuer, name, sentence.start + local, sentence.start + local, False)]
            for subject in chosen:
                key = self.registry.find(subject.company)
                prior = found.get(key)
                if prior is not None and prior[4] != (kind == "stacked") and {prior[2], new} <= {"*ST", "ST"}:
                    # "实施退市风险警示叠加其他风险警示": the stacked warning is a change of its own (see _result).
                    key = (key, kind == "stacked")
                    prior = found.get(key)
                if prior is not None and prior[2] != new and (
                        (None not in (prior[3], date) and prior[3] != date) or "delisted" in (prior[2], new)):
                    # "自2024年4月30日起被实施…,并于2025年1月6日起撤销…": two changes on two days. ("收到…《关于公司股票
                    # 终止上市的决定》,因…,公司股票交易被实施退市风险警示;…": the delisting and the warning before it.)
                    key = (key, new)
                    prior = found.get(key)
                if prior is None:
                    found[key] = (subject, old, new, date, kind == "stacked")
                    if approved and date is not None:  # (not a day dropped after: a delisting's decision)
                        self.approval_days.add((self.registry.find(subject.company), new, date))
                    if (new == "*ST" and kind == "formal" and _OTHER_WARNING_TOO_RE.match(sentence.text, match.end())
                            and not _OTHER_WARNING_GOES_ON_RE.search(self.text)):
                        # "实施退市风险警示和其他风险警示": both at once, the second stacked on the first. (Not where the
                        # page says the other one went on: "…被继续实施其他风险警示", the ST there before the star.)
                        found.setdefault((key, True), (subject, "*ST", "*ST", date, True))
                elif (kind == "formal" and not prior[4] and old is None and {prior[2], new} == {"*ST", "ST"}
                      and prior[3] == date and date is not None):
                    # "自2021年4月29日起对公司股票交易实施退市风险警示;…自2021年4月29日起被实施其他风险警示": both on
                    # one day, told in two clauses: the other stacked on the delisting warning, as when told together.
                    found[key] = (prior[0], prior[1] if prior[2] == "*ST" else None, "*ST", date, False)
                    found.setdefault((key, True), (subject, "*ST", "*ST", date, True))
                elif prior[3] is None and date is not None and prior[2] == new:
                    # "交易所同意撤销…,7月10日起撤销…": the dated mention tells when.
                    found[key] = (prior[0], prior[1], new, date, prior[4])
                elif (prior[2] == new and date is not None and prior[3] is not None and date > prior[3]
                      and (self.registry.find(subject.company), new, prior[3]) in self.approval_days):
                    # "上交所已于5月17日同意撤销…,5月19日起复牌并撤销…": the day of consent, then the day it takes effect.
                    found[key] = (prior[0], prior[1], new, date, prior[4])
                elif new == "delisted" == prior[2] and date is not None and prior[3] is not None and date > prior[3]:
                    # "已被深交所决定终止上市,将在11月27日被摘牌": the shares leave on the later day.
                    found[key] = (prior[0], prior[1], new, date, prior[4])
        for match in renames:
            old_name, new_name, old_start, new_start = rename_names(match)
            old_label, new_label = st_label(old_name), st_label(new_name)
            if old_label == new_label or self._hypothetical(sentence, match.start()):
                continue
            if new_label == "normal" and (new_name.startswith("退市") or new_name.endswith("退")):
                continue  # ("简称将由“*ST海医”变更为“退市海医”": the name of its delisting period, not a removal)
            local = match.start()
            if P.MODAL_RE.search(sentence.text[_clause_start(sentence.text, local) : local]):
                continue
            root = self.registry.company_of(old_name)
            subject = next((s for s in self._subjects_before(sentence, subjects, sentence.start + local)), None)
            if subject is None and root is not None:
                subject = _Subject(
                    root, new_name, sentence.start + new_start, sentence.start + new_start + len(new_name), True
                )
            if subject is None:
                continue
            key = self.registry.find(subject.company)
            # ("其股票简称26日起由“X”变更为“ST X”": the day inside the rename.)
            date = self._date_before(dates, sentence.start + old_start, sentence, effective=True)
            if key in found:
                prior = found[key]
                found[key] = (prior[0], prior[1] or old_label, new_label, prior[3] or date, prior[4])
            else:
                found[key] = (subject, old_label, new_label, date, False)
        if "简称" in sentence.text or "变" in sentence.text or "名为" in sentence.text:
            # "*ST有树 | …,股票简称变更为“有棵树”": the name it had is the one the sentence gives it; "X将在5月6日
            # 变成“ST易购”" says the same without 简称.
            if "变" in sentence.text or "名为" in sentence.text:
                new_names += _BECOMES_ST_RE.finditer(sentence.text)
            for match in new_names:
                if match.groupdict().get("old") or self._hypothetical(sentence, match.start()):
                    continue
                new, new_start = _new_name(match)
                local = match.start()
                if P.MODAL_RE.search(sentence.text[_clause_start(sentence.text, local) : local]):
                    continue
                before = self._subjects_before(sentence, subjects, sentence.start + local)
                named = [s for s in before if s.explicit]
                core = strip_st(new)
                if not named and len(before) == 1 and core != new:
                    # "公司股票…简称将变为“ST太安”" of 太安堂: the pronoun's company, when the new name's core is
                    # made of one of its plain names (as short names are).
                    plain = [n for n in self.registry.names_of(before[0].company, self.order)
                             if strip_st(n) == n and holds_in_order(n, core)]
                    if plain:
                        named = [_Subject(before[0].company, plain[0], before[0].start, before[0].end, True)]
                if len(named) > 1:
                    # "香雪示例、联创示例证券简称正式变更为ST香雪、ST联创": each company its new name, in order.
                    listed = _NEW_NAME_LIST_RE.match(sentence.text, new_start)
                    news = listed.group().split("、") if listed else []
                    if (len(news) == len(named) and all(st_label(n.name) == "normal" for n in named)
                            and all(holds_in_order(n.name, strip_st(m)) for n, m in zip(named, news, strict=True))
                            and not _LIFTED_NEARBY_RE.search(self.text, max(0, sentence.start - 200), sentence.end)):
                        date = self._date_before(dates, sentence.start + new_start, sentence, effective=True)
                        for subject, name in zip(named, news, strict=True):
                            found.setdefault(self.registry.find(subject.company), (subject, None, st_label(name), date, False))
                    continue
                if len(named) != 1:
                    continue
                old_label, new_label = st_label(named[0].name), st_label(new)
                key = self.registry.find(named[0].company)
                date = self._date_before(dates, sentence.start + new_start, sentence, effective=True)
                if key in found:
                    prior = found[key]
                    if prior[3] is None and date is not None and prior[2] == new_label:
                        # "ST青岚“摘帽”成功,6月9日起简称恢复为“青岚科技”": the new name tells the day.
                        found[key] = (*prior[:3], date, prior[4])
                    continue
                if old_label == "normal" and new_label != "normal":
                    # "自9月23日起,华示股份股票简称变更为“ST华示”": a plain name given a label is a warning
                    # imposed; not where a warning is lifted nearby (a *ST stock named plainly, then ST).
                    if not _LIFTED_NEARBY_RE.search(self.text, max(0, sentence.start - 200), sentence.end):
                        found[key] = (named[0], None, new_label, date, False)
                    continue
                # Otherwise only a plain new name after an ST one (a removal): writers name a company by its
                # newest label, so "*ST旭蓝…简称变更为“ST旭蓝”" may well be the other way round.
                if old_label == "normal" or new_label != "normal" or new.startswith("退市") or new.endswith("退"):
                    continue  # ("简称将变更为“退市秋林”": the name it trades under while being delisted, not a removal)
                found[key] = (named[0], old_label, new_label, date, False)
        after_resumption = bool(found) and _AFTER_RESUMPTION_RE.match(sentence.text.lstrip())
        for subject, old, new, date, stacked in found.values():
            worded = stacked  # "叠加实施…" in the text, not inferred from the label below
            if date is None and new != "delisted":
                # A warning takes effect when trading resumes after the day's halt: "…并于5月6日开市起复牌。
                # 复牌后,公司股票简称将变更为*ST锦港", or "公司股票将被实施退市风险警示。公司股票自4月30日开市起
                # 停牌1天,并于5月6日开市起复牌。"
                date = self._resumption_day(sentence, following=not after_resumption, company=subject.company)
            label = st_label(subject.name)
            if new == "ST" and old is None and label == "*ST" and self._near_publication(date):
                # Other risk warning on a stock under *ST: the label stays *ST, a warning is stacked; unless the
                # sentence renames the stock to its plain ST name ("…被实行其他风险警示,股票简称变更为“ST南示”": the
                # star lifted, the ST shown).
                # (Nor "退市警示刚撤销,*ST南示6月10日起实行其他风险警示": the star said lifted.)
                renamed = [m for m in _NEW_NAME_RE.finditer(sentence.text) if m.group("new") or m.group("bare")]
                if any(st_label(m.group("new") or m.group("bare")) == "ST" for m in renamed) or (
                        _STAR_LIFTED_RE.search(sentence.text)):
                    old = "*ST"
                else:
                    old, new, stacked = "*ST", "*ST", True
            if subject.explicit and label not in ("normal", new) and old is None and new != "normal":
                # "ST东时…被实施退市风险警示": the name still shows the status before the change.
                old = label
            if worded and old is None and label == new:
                # "公司股票交易被叠加实施退市风险警示" in *ST正邦's own notice: stacked on the label it shows.
                old = label
            if old == new and not stacked:
                continue
            record = self._use(subject)
            record.update({"from": old, "to": new, "effective_date": date and date.isoformat()})
            if (record["_root"], new, date) in self.approval_days:
                record["_approval"] = True
            if stacked:
                record["_stacked"] = True  # a change of its own; an unchanged label is settled in _stacked_labels
            if worded:
                record["_worded_stack"] = True
            if date is None:
                # "早在2016年,公司因…连续为负值,…被实施退市风险警示": a change of the year the sentence gives, not the
                # dated one of this year the story is about.
                year = _YEAR_OF_EVENT_RE.search(self.text, sentence.start, sentence.start + local)
                if year:
                    record["_month"] = year.group(1)
            record.update(self._evidence(sentence))
            self.status_changes.append(record)

    def _described_after(self, sentence, subjects, dates, match, date, done_re, name_at=None):
        """([the company], its day) for a change that describes the company named right after it ("…终止上市的X", the
        name at ``name_at`` in the sentence, by default right after the change and 的): only where ``done_re`` finds the
        change told as done in that description and nothing tells it as to come; dated only by a day inside the
        description. ([], ``date``) otherwise."""
        local = match.start()
        described_from = _clause_start(sentence.text, local)
        name_at = match.end() + 1 if name_at is None else name_at
        chosen = [s for s in subjects if s.explicit and s.start == sentence.start + name_at][:1]
        if not chosen or not done_re.search(sentence.text, described_from, local) or (
                _TO_COME_RE.search(sentence.text, described_from, local)):
            return [], date
        if date is not None and not any(
                d.value == date and sentence.start + described_from <= d.start < sentence.start + local for d in dates):
            date = None
        return chosen, date

    def _own_title(self, sentence):
        """Whether ``sentence`` is an announcement's own title ("关于公司股票交易撤销退市风险警示和其他风险警示暨停复牌公告"),
        also broken over two lines ("…撤销退市风险警示\n和其他风险警示暨停复牌公告")."""
        title = sentence.text.strip()
        if not title.endswith("公告") and self.text.startswith("\n", sentence.end):
            end = self.text.find("\n", sentence.end + 1)
            following = self.text[sentence.end + 1 : end if end >= 0 else len(self.text)]
            title += following.strip() if len(following) <= 30 else ""
        return bool(_OWN_TITLE_RE.fullmatch(title))

    def _still_starred(self, sentence, chosen, article):
        """Whether the lines around ``sentence`` say a company of ``chosen`` (none: the issuer of the document it is in)
        keeps its *ST name ("简称仍为“*ST示例”")."""
        roots = {self.registry.find(s.company) for s in chosen}
        if not roots and article is not None and article.document and article.issuer is not None:
            roots = {self.registry.find(article.issuer)}
        for match in _STILL_STARRED_RE.finditer(self.text, max(0, sentence.start - 600), sentence.end + 300):
            company = self.registry.company_of(match.group("name"))
            if company is not None and self.registry.find(company) in roots:
                return True
        return False

    def _shown_only_as_st(self, company):
        """Whether the page writes the company only by a name labelled ST (not *ST), besides full names."""
        shown = [n for n in self.registry.names_of(company, self.order) if n in self.text and not n.endswith("公司")]
        return bool(shown) and all(st_label(n) == "ST" for n in shown)

    def _named_slang(self, sentence, subjects, local, imposed=False):
        """ "*ST双环、ST超讯摘帽": undated slang is trusted where the names right before it (no other words
        between) all carry a risk-warning label; "云南示例被“披星戴帽”": slang that puts a label on, right after the
        names (a passive at most between)."""
        chosen = [s for s in self._subjects_before(sentence, subjects, sentence.start + local) if s.explicit]
        if imposed:
            # (Only 披星戴帽, which names the label: a bare 戴帽 is said of either. And the slang ends its clause:
            # "披星戴帽后股价下跌" tells of what follows it, as often feared as done.)
            text = sentence.text
            return (bool(chosen) and text.startswith("披星", local)
                    and bool(_IMPOSED_SLANG_RIGHT_AFTER_RE.fullmatch(text, chosen[-1].end - sentence.start, local))
                    and bool(_SLANG_CLAUSE_END_RE.match(text, local + len("披星戴帽"))))
        between = chosen and _SLANG_RIGHT_AFTER_RE.fullmatch(sentence.text, chosen[-1].end - sentence.start, local)
        if not between:
            return False
        # "森源电气、中基健康…等超10家公司成功“摘帽”": names already without their label, said to have succeeded.
        return between.group("verb") in ("成功", "顺利") or all(st_label(s.name) != "normal" for s in chosen)

    def _paired_days(self, sentence, dates, chosen):
        """ "10月23日、25日,*ST新亿、*ST济堂分别披露…": as many days, listed together, as companies, each its own."""
        if "分别" not in sentence.text:
            return None
        run = self._listed_run([d for d in dates if d.end <= chosen[0].start and d.value])
        return [d.value for d in run] if len(run) == len(chosen) else None

    def _day_of_listed_title(self, sentence, dates, local):
        """ "分别于2023年11月21日、2024年4月22日收到…《立案告知书》、《…事先告知书》": the day listed in the place of
        the title that holds the measure at ``local``, when days and titles are as many; else None."""
        text = sentence.text
        run = self._days_listed_before(sentence, dates, local)
        if not run or not re.search(r"分别(?:于|在)$", self.text[max(0, run[0].start - 3) : run[0].start]):
            return None
        after = run[-1].end - sentence.start
        titles = list(re.finditer(r"《[^《》]{2,60}》", text[after:]))[: len(run)]
        if len(titles) != len(run) or any(
                not _ENUM_GAP_RE.match(_PARENTHETICAL_RE.sub("", text[after + a.end() : after + b.start()]))
                for a, b in zip(titles, titles[1:], strict=False)):
            return None  # the days and the titles are not two lists of as many
        for title, day in zip(titles, run, strict=True):
            if after + title.start() <= local < after + title.end():
                return day.value
        return None

    def _day_of_measure_listed_after(self, sentence, dates, local):
        """ "于2022年5月7日、6月1日已分别收到河南证监局、证监会的责令改正措施的决定书和立案告知书": 分别 after the days,
        then as many measures of different kinds: the day in the place of the measure at ``local``; else None."""
        run = self._days_listed_before(sentence, dates, local)
        each = _EACH_AFTER_DAYS_RE.match(self.text, run[-1].end) if run else None
        if each is None:
            return None
        named = list(P.MEASURE_RE.finditer(sentence.text, each.end() - sentence.start))
        if len(named) != len(run) or len({m.lastgroup for m in named}) != len(run):
            return None
        return next((day.value for m, day in zip(named, run, strict=True) if m.start() == local), None)

    def _days_listed_before(self, sentence, dates, local):
        """The dates written as one list ("2022年5月7日、6月1日") that end last before ``local`` in the sentence, when
        there are two or more; else []."""
        listed = [d for d in dates if d.value and sentence.start <= d.start and d.end <= sentence.start + local]
        if len(listed) < 2:
            return []  # (a run of one at most: most measures)
        run = self._listed_run(listed)
        return run if len(run) >= 2 else []

    def _listed_run(self, listed):
        """The dates at the end of ``listed`` written as one list ("10月23日、25日"), in order."""
        run = listed[-1:]
        for d in reversed(listed[:-1]):
            if _ENUM_GAP_RE.match(self.text[d.end : run[0].start]):
                run.insert(0, d)
            else:
                break
        return run

    def _listed_days(self, sentence, dates, pos, date, measure):
        """ "2019年8月3日、8月5日,X先后两次收到…关注函": the days listed together before the measure, ending with
        ``date``, when the words between say each day is a measure of its own (先后, 分别, a count that matches), or
        分别 before the days does and as many measures of the kind follow ("分别于3月13日、3月17日收到…《…问询函》、
        《…二次问询函》")."""
        listed = [d for d in dates if sentence.start <= d.start and d.end <= pos and d.value]
        if len(listed) < 2:
            return None
        run = self._listed_run(listed)
        # ("分别于2022年3月13日、3月17日、3月23日收到…《…问询函》、《…二次问询函》": each word before the days.)
        each_before = _EACH_BEFORE_DAYS_RE.search(self.text, max(0, run[0].start - 4), run[0].start)
        if date != run[-1].value and not (each_before and date in [d.value for d in run]):
            return None
        between = self.text[run[-1].end : pos]
        each = _EACH_DAY_RE.search(between)
        if each and each.group().endswith("次") and self.text.startswith(("问询", "审核", "反馈"), run[-1].end + each.end()):
            each = None  # "《…二次问询函》": the second letter's title, no count
        if not each and each_before and (sum(
                # (Not "《关于立案调查进展暨风险提示公告》", the case's progress.)
                m.lastgroup == measure and not self.text.startswith("进展", m.end())
                for m in P.MEASURE_RE.finditer(self.text, run[-1].end, sentence.end)) >= len(run)
                # ("分别于2023年12月22日、2024年5月8日收到中国证监会出具的《立案告知书》": a receipt on each day.)
                or (between.startswith(("收到", "先后收到")) and self.text.count("《", run[-1].end, sentence.end) <= 1)
                # ("我部分别于2020年11月3日、2020年12月10日就…事项发出问询函": one sent on each day.)
                or (_SENT_RIGHT_BEFORE_RE.search(between) and self.text.count("《", run[-1].end, sentence.end) <= 1)):
            each = each_before
        if len(run) < 2 or not each or re.search(r"[。;!?]", between):
            return None
        count = each.groupdict().get("n")
        if count and COUNT_WORDS[count] != len(run):
            return None
        return [d.value for d in run]

    def _resumption_day(self, sentence, following=False, company=None):
        """The day trading resumes ("于5月6日开市起复牌") after a halt: said in the paragraph before ``sentence``,
        or (``following``) in the sentence right after it, which halts trading first and names no company but
        ``company``. None if neither says it. A halt and resumption in ``sentence`` itself ("将被实施其他风险警示,公司股票自
        6月5日开市起停牌1天,并于6月6日开市起复牌") come first."""
        for d in self.paragraph_dates:
            if sentence.start <= d.start and d.end <= sentence.end and d.value and _RESUMES_AFTER_RE.match(
                self.text, d.end
            ) and "停牌" in self.text[sentence.start : d.start]:
                return d.value
        if following:
            # The next sentence, which may open the next paragraph.
            end = self.text.find("。", sentence.end)
            following_text = self.text[sentence.end : len(self.text) if end < 0 else end]
            if following_text.count("\n") > 1 or "停牌" not in following_text:
                return self._resumption_day_before(sentence)
            day = next((d for d in find_dates(following_text, self.published) if d.value
                        and _RESUMES_AFTER_RE.match(following_text, d.end) and "停牌" in following_text[: d.start]), None)
            if day is None or any(self.registry.find(m.company) != self.registry.find(company)
                                  for m in self.registry.find_mentions(following_text[: day.start])):
                return None
            return day.value
        for d in reversed([d for d in self.paragraph_dates if d.end <= sentence.start and d.value]):
            if _RESUMES_AFTER_RE.match(self.text, d.end):
                return d.value
        return self._resumption_day_before(sentence)

    def _resumption_day_before(self, sentence):
        """"披露《关于公司股票被实施退市风险警示…暨停牌的公告》。公司股票于3月29日停牌,将于4月1日复牌。" as the paragraph
        before the one ``sentence`` opens: the warning of that halt starts when trading resumes."""
        start = self.text.rfind("\n", 0, sentence.start)
        if start < 0 or self.text[start + 1 : sentence.start].strip(" \u3000"):
            return None
        before = self.text[self.text.rfind("\n", 0, start) + 1 : start]
        if "风险警示" not in before or "停牌" not in before:
            return None
        day = next((d for d in reversed(find_dates(before, self.published)) if d.value
                    and _RESUMES_AFTER_RE.match(before, d.end) and "停牌" in before[: d.start]), None)
        return day and day.value

    def _enforcement(self, sentence, subjects, dates, article):
        text = sentence.text
        matches = list(P.MEASURE_RE.finditer(text)) if P.MEASURE_HINT_RE.search(text) else []
        if not matches:
            return
        kinds = {m.lastgroup for m in matches}
        if "的" in text and ("退" in text or "摘牌" in text or "终止上市" in text):
            # "今年7月因财务类指标退市的青岛示例,…被证监会处以…罚款": the day of the delisting that describes the
            # company, not the measure's.
            dates = [d for d in dates if not _DESCRIBES_NAME_AFTER_RE.match(self.text, d.end)]
        # (Every statistic holds 家, 名, 单 or 批: most sentences hold none, and the scan is skipped.)
        statistics = ("家" in text or "名" in text or "单" in text or "批" in text) and bool(P.STATISTICS_RE.search(text))
        # "公司部监管函〔2022〕第145号" heading the letter itself, above the company it salutes.
        number_line = article.document and bool(_LETTER_NUMBER_LINE_RE.fullmatch(text.strip()))
        rumoured = bool(_RUMOUR_RE.search(text))
        sent_letters = set()  # where each letter a sender's verb was found for ends
        if "investigation" in kinds and P.CLOSED_RE.search(text) and not (
                # "中国证监会2024年6月7日对X立案,目前该案已调查完毕": the case is over, its opening told with its day.
                _DATED_OPENING_RE.search(text) and not P.WITHDRAWN_RE.search(text)):
            kinds.discard("investigation")
        for index, match in enumerate(matches):
            measure = match.lastgroup
            if measure not in kinds:
                continue
            if (measure == "inquiry_letter" and match.group() == "问询" and not text.startswith("回复", match.end())
                    and not P.BARE_INQUIRY_BEFORE_RE.search(text, max(0, match.start() - 14), match.start())
                    # ("上交所对公司迟迟未注入资产等事项进行了问询": the exchange's questions on the company's matters.)
                    and not _EXCHANGE_ASKED_RE.search(text, _clause_start(text, match.start()), match.start())
                    # ("5月20日,深交所问询九芝示例(000989.SZ)": the exchange asking the company named right after.)
                    and not (_EXCHANGE_BEFORE_RE.search(text, max(0, match.start() - 12), match.start())
                             and any(s.explicit and s.start == sentence.start + match.end() for s in subjects))):
                continue  # "根据问询,…", "接受问询。": no letter said to be sent
            generic = measure == "other" and bool(P.GENERIC_DISCIPLINE_RE.match(match.group()))
            if generic and kinds & P.DISCIPLINE:
                continue
            if measure == "other" and P.GENERIC_MEASURE_RE.match(match.group()):
                if kinds & _BUREAU_MEASURES:
                    # "收到出具警示函的行政监管措施决定书": the decision of the measure the sentence names. (Not "收到深交所
                    # 的年报问询函和深圳证监局的《行政监管措施决定书》": an exchange's letter is no bureau's decision.)
                    continue
                generic = "measure"
            if text.endswith("或", 0, match.start()) and text.endswith(("书", "函", "决定"), 0, match.start() - 1):
                continue  # "已收到交易所决定退市前的事先告知书或监管函,包括A、B": one or the other, not said which
            if rumoured and (text.count("“", 0, match.start()) > text.count("”", 0, match.start())
                             or _RUMOUR_NOUN_AFTER_RE.match(text, match.end())):
                # "网络上出现了“公司被立案调查”等传言", "网上有关于公司被立案调查等帖子为不实言论": a rumour, not a measure
                continue
            previous = matches[index - 1] if index else None
            following = matches[index + 1] if index + 1 < len(matches) else None
            either_before = previous is not None and _EITHER_OR_RE.fullmatch(text, previous.end(), match.start())
            either_after = following is not None and _EITHER_OR_RE.fullmatch(text, match.end(), following.start())
            if either_before and previous.lastgroup == measure:
                continue  # "被口头警示或要求提交书面承诺": either is a measure of the one kind, reported with the first
            if not (measure in P.LETTER_MEASURES and (
                    (previous and previous.lastgroup in P.LETTER_MEASURES) or (
                    following and following.lastgroup in P.LETTER_MEASURES))) and (
                    (either_before and previous.lastgroup != measure) or (either_after and following.lastgroup != measure)):
                continue  # "收到了监管警示或立案调查": one or the other, the text does not say which
            last = index
            while last + 1 < len(matches) and text[matches[last].end() : matches[last + 1].start()] == "、":
                last += 1
            if text.startswith("或", matches[last].end()) and not (
                    last + 1 < len(matches) and _EITHER_RE.fullmatch(text, matches[last].end(), matches[last + 1].start())):
                continue  # "收到行政处罚、监管函、警示函或面临退市风险": what some of them got or face, each not said
            if measure in P.LETTER_MEASURES:
                # "发出监管问询函或工作函": one letter of either kind, not one of each.
                if index and _EITHER_RE.fullmatch(text, matches[index - 1].end(), match.start()) and (
                    matches[index - 1].lastgroup in P.LETTER_MEASURES
                ):
                    continue
                following = matches[index + 1] if index + 1 < len(matches) else None
                if (following and following.lastgroup in P.LETTER_MEASURES and following.lastgroup != measure
                        and _EITHER_RE.fullmatch(text, match.end(), following.start())):
                    measure = "other"
                # "3家公司收到深交所的问询函、关注函,分别是A、B、C": letters of two kinds among companies listed after
                # them, which got which not said: one letter each, of no kind the page gives.
                if (previous and previous.lastgroup in P.LETTER_MEASURES and previous.lastgroup != measure
                        and text[previous.end() : match.start()] in ("、", "和", "及", "与")
                        and _LISTED_AFTER_KINDS_RE.match(text, match.end())):
                    continue
                if (following and following.lastgroup in P.LETTER_MEASURES and following.lastgroup != measure
                        and text[match.end() : following.start()] in ("、", "和", "及", "与")
                        and _LISTED_AFTER_KINDS_RE.match(text, following.end())):
                    measure = "other"
                bracket = _KINDS_BRACKET_AFTER_RE.match(text, match.end()) if text.startswith(
                    ("(", "件("), match.end()) else None
                if bracket and len({m.lastgroup for m in P.MEASURE_RE.finditer(bracket.group())} & P.LETTER_MEASURES) > 1:
                    measure = "other"  # "17封问询函件(包括关注函、问询函)": letters of kinds each company's is not told
            local = match.start()
            if measure not in P.LETTER_MEASURES and "《" in text[:local] and _TOPIC_OF_LETTER_TITLE_RE.match(text, match.end()):
                opened = text.rfind("《", 0, local)
                if "》" not in text[opened:local]:
                    continue  # "《关于X被采取责令改正措施有关事项的监管工作函》": the letter's topic, not the sender's measure
            clause_start = _clause_start(text, local)
            clause = text[clause_start:local]
            if (
                self._hypothetical(sentence, local)
                or _modal_outside_cause(clause)
                # "面临多项处罚,包括巨额罚款及市场禁入措施" / "均未被证监会立案调查"
                or P.FACING_RE.search(text, max(0, local - 20), local)
                # "相较于过去常见的书面警示等监管措施,以及通报批评等纪律处分": kinds of measure compared with, none taken
                or (_KINDS_NAMED_AFTER_RE.match(text, match.end()) and _COMPARED_BEFORE_RE.search(text, max(0, local - 40), local))
                or P.NOT_BEFORE_RE.search(text, max(0, local - 2), local)
            ):
                continue
            replying = False
            if measure in P.LETTER_MEASURES:
                # (Not below 0: a negative end would count from the sentence's end in the searches below.)
                window_start = max(0, local - 40)
                title_open = text.rfind("《", clause_start, local)
                if title_open >= 0 and "》" not in text[title_open:local]:
                    # "收到上交所下发的《关于…(集团)股份有限公司2019年年报有关…事项的监管工作函》": who sent
                    # the letter stands before its title, however long the title.
                    window_start = min(window_start, title_open - 20)
                about = text.rfind("关于对", max(clause_start, local - 100), window_start) if title_open < 0 else -1
                if about >= 0:
                    # "深交所网站发布关于对X发行股份及支付现金购买资产…暨关联交易的问询函": the same, without the title's marks.
                    window_start = about - 20
                window = text[max(clause_start, window_start) : local]
                if "(" in window:
                    # "深交所发布的关于对示例(000687,股吧)股份有限公司(简称“示例”…)的监管函": brackets count for nothing.
                    wider = text[max(clause_start, window_start - 80) : local]
                    window = _PARENTHETICAL_RE.sub("", wider)[-len(window) :]
                if measure == "inquiry_letter" and _APPLICATION_REVIEW_RE.search(text, max(0, local - 80), local):
                    continue  # "…发行股份购买资产申请的审核问询函" from the listing review centre: a deal's review
                if text.endswith("发函", 0, local) and not P.REGULATOR_RE.search(window):
                    continue  # "公司向案件侦办单位及其家属发函问询": the company asking, not a regulator's letter
                if _REPLY_AS_PLACE_RE.match(text, match.end()):
                    continue  # "在交易所问询函回复等临时公告中存在虚假记载": where a violation was, not a letter sent
                # ("中青宝10月29日在关注函回函中表示": where the company answered the letter.)
                replied_in = text.endswith("在", max(clause_start, local - 1), local) and bool(
                    _REPLIED_IN_RE.match(text, match.end()))
                if (P.LETTER_REPLY_RE.search(text[max(0, local - 12) : match.end() + 4])
                        # "关于延期回复《关于对X…重大资产出售…的问询函》的公告": the reply, before the letter's long title.
                        or (title_open >= 0 and "》" not in text[title_open:local]
                            and P.LETTER_REPLY_RE.search(text, max(clause_start, title_open - 4), title_open))
                        or _DELAYED_REPLY_AFTER_RE.match(text, match.end()) or _REPLY_TO_BEFORE_RE.search(
                        text, clause_start, local) or replied_in) and not _REPLY_AS_TOPIC_RE.search(text, clause_start, local):
                    # "回复深交所关注函": the regulator sent the letter; the reply's day is not its day.
                    if not P.REGULATOR_RE.search(text, max(clause_start, local - 12), local) and not (
                            _REPLY_TITLE_RE.search(text, max(clause_start, local - 60), local)) and not (
                            # "公司披露的工作函回复显示,…": the company published its reply, so the letter came.
                            text.endswith(_DISCLOSED_WORDS, max(clause_start, local - 4), local)
                            and text.startswith("回复", match.end())) and not (
                            # "11月10日晚间,中青宝回复关注函,就…作出说明": the company answering a letter it was sent
                            # (or saying where it answered it).
                            (text.endswith(("回复", "回复了"), max(clause_start, local - 3), local) or replied_in)
                            and any(clause_start <= s.start - sentence.start < local and s.explicit for s in subjects)):
                        continue
                    replying = True
                elif text.startswith(("》后", "后"), match.end()) and "收到" in window and not article.document:
                    # "公司收到《关注函》后高度重视": the receipt the story told already; its day is not this one.
                    replying = True
                elif (not article.document and "回复" in text[match.end() :]
                      and not _SENT_OR_RECEIVED_RE.search(text, 0, local)):
                    # "因《关于对X…的问询函》中涉及部分问题仍需补充,公司预计无法…完成回复": the letter being answered,
                    # named by its title; the day is the reply's.
                    replying = True
                # ("深交所…公告,对X发关注函": 发, the letter's verb, right before it; "…发监管工作函": the same.)
                # ("共计收到深交所出具的…决定书1份,监管函2份": a received tally's item, the verb before the list.)
                elif not (P.LETTER_ISSUED_RE.search(window) or P.REGULATOR_RE.search(window) or number_line
                          or window.endswith(("发", "发监管")) or _HEADLINE_RECEIVED_RE.search(window)
                          or _received_tally(text, local, match.end()) or _LETTER_VERB_AFTER_RE.match(text, match.end())
                          # "连收4封关注函和1封监管函": the next item of a list of letters the verb before it took.
                          or (previous is not None and previous.end() in sent_letters
                              and _LETTER_LIST_JOIN_RE.fullmatch(text, previous.end(), local))):
                    continue
                sent_letters.add(match.end())
            if (measure in P.DISCIPLINE or measure == "unfit_declaration") and "意向书" in text[:local] and "拟" in text[
                    text.rfind("意向书", 0, local) : local]:
                continue  # "纪律处分意向书显示,刘辉…拟被处以公开谴责": what the exchange means to do, no decision yet
            if "之所以" in text[clause_start:local]:
                continue  # "X及相关人士之所以收到监管警示,是因为…": why the measure told before came, not another one
            if text.startswith(("处分程序", "程序", "处分流程", "流程"), match.end()):
                continue  # "对公司及相关当事人启动公开谴责处分程序": a procedure opened, no measure yet
            if measure == "rectification_order" and _BACK_REFERENCE_RE.match(text, match.end()):
                continue
            # The progress of an order: its record only where its regulator is named, and never dated by the report.
            progress = measure == "rectification_order" and bool(_PROGRESS_AFTER_RE.match(text, match.end()))
            if progress and not P.REGULATOR_RE.search(text, clause_start, local):
                continue
            if measure == "rectification_order" and match.group().startswith("决定") and len(kinds) > 1:
                continue  # "出具警示函的行政监管措施决定书,要求公司…整改": the letter's decision, not an order
            if _RANKING_AFTER_RE.match(text, match.end()):
                continue  # "*ST示例是2024年被深交所下发监管函最多的上市公司": a ranking, not one letter
            topic = measure == "investigation" and _TOPIC_AFTER_RE.match(text, match.end())
            if topic and not (_PAST_CASE_BEFORE_RE.search(text, clause_start, local)
                              and _CASE_REFERRED_RE.match(topic.group())):
                continue  # "被立案调查的情况", "被立案调查公司名单", "立案调查结果": a topic, not a case
            # ("公司此前被证监会立案调查的事件进展也备受关注": the case itself, told of the past; undated, it folds into
            # the case's own record where the page gives its day.)
            if _QUOTED_TITLE_RE.search(text) and _INSIDE_QUOTE_RE.search(text, 0, local):
                continue  # "以“31家上市公司已立案调查”为题报道": a headline quoted, not the event
            if _SEE_TITLE_RE.search(text, max(0, local - 60), local):
                continue  # "具体内容详见公司2022年4月6日披露的《关于收到<…事先告知书>的公告》": a pointer, told above
            if _RULE_TITLE_RE.search(text, max(0, local - 30), local) and _RULE_TITLE_END_RE.match(text, local):
                continue
            if _HABITUAL_RE.search(text, clause_start, local) and not any(
                    d.value and clause_start <= d.start - sentence.start < local for d in dates):
                continue
            if _COUNTED_CASES_RE.search(text, clause_start, local) or (
                    # ("公司共计收到深交所出具的…监管函2份,关注函13份": the letters one company received, counted.)
                    _TALLY_AFTER_RE.match(text, match.end()) and not (
                        measure.endswith("_letter") and _received_tally(text, local, match.end()))):
                continue  # "对23起…异常交易行为采取了书面警示等监管措施": a weekly tally of cases, nobody's record
            if measure == "fine" and text.startswith("金额", match.end()) and _CASES_SUMMED_RE.search(text, 0, local):
                continue  # "4宗案件共涉及49个主体,…罚款金额共计1113万元": the fines of several cases summed, nobody's record
            if measure == "fine" and not (
                find_amounts(text[clause_start : _clause_end(text, match.end())])
                # ("责令改正,给予警告,并各处罚款": each party fined, no amount told.)
                or re.search(r"处以|并处|给予|予以|罚款决定|罚单|各处|分别处", text[clause_start : match.end()])
                # ("证监会当时对该公司及数名高管进行了罚款": the verb the press puts before it, a regulator's.)
                or (text.endswith(("进行了", "进行"), 0, local) and P.REGULATOR_RE.search(text, clause_start, local))
            ):
                continue
            pos = sentence.start + local
            chosen = self._without_holders(sentence, self._subjects_before(sentence, subjects, pos), subjects)
            if chosen and self._addressed_to_another(sentence, chosen, pos):
                continue
            if chosen and ((_INTERMEDIARY_WORD_RE.search(self.text, max(s.end for s in chosen), pos)
                            and _INTERMEDIARY_AS_RE.search(self.text, max(s.end for s in chosen), pos)
                            # (Not "分别对X、负责X审计的会计师事务所及…会计师下达警示函": the company first of those
                            # each given one.)
                            and not (len(chosen) == 1 and self.text.endswith("分别对", 0, chosen[0].start)
                                     and self.text.startswith("、", chosen[0].end)))
                           or _INTERMEDIARIES_AFTER_RE.match(self.text, max(s.end for s in chosen))):
                continue  # "因X造假被坐实,中兴财光华作为审计机构被立案调查": the intermediary's measure
            if chosen and self._named_as_cause(sentence, chosen, pos):
                continue
            if chosen and max(s.end for s in chosen) <= sentence.start + clause_start and (
                    _COUNTED_SUBJECT_RE.search(text, clause_start, local) or _SOME_SUBJECT_RE.match(text, clause_start)):
                # "A、B被通报批评,两家华为概念股遭监管警示", "A被立案;部分房企则被出具警示函,包括C、D等": the clause has a
                # subject of its own, counted or some of a kind: the companies its list names after, if any.
                chosen = self._subject_after(sentence, subjects, sentence.start + match.end(), lists_only=True)
                if not chosen:
                    continue
            if chosen and _GROUP_COMPANY_WORD_RE.search(text, 0, local) and _SUBSIDIARY_SUBJECT_RE.fullmatch(
                    self.text, max(s.end for s in subjects if s.end <= pos), pos) and not (
                    # ("《关于对X控股子公司对外担保相关事项的问询函》": a letter to X, about its subsidiary.)
                    measure in P.LETTER_MEASURES and text.rfind("《", 0, local) > text.rfind("》", 0, local)):
                continue  # "公司旗下孙公司银湖网已被立案": the subsidiary's case (a police one, as often), not the company's
            last_end = max(s.end for s in chosen) if chosen else None
            if chosen and _GROUP_COMPANY_WORD_RE.search(self.text, last_end, pos) and _SUBSIDIARY_RECEIVED_RE.search(
                    self.text, last_end, pos) and not self._regulators(text):
                # "控股子公司收到《行政处罚决定书》和《责令改正违法行为决定书》", "收到控股子公司…发来的《…决定书》": a
                # subsidiary's penalty from an authority the page does not name as a securities regulator. (The word
                # 子公司 looked for first, in one quick pass.)
                continue
            if not chosen:
                # "责令公司改正": the company stands inside the trigger phrase.
                chosen = [s for s in subjects if pos <= s.start and s.end <= sentence.start + match.end()][:1]
            if not chosen:
                chosen = self._subject_after(sentence, subjects, sentence.start + match.end())
            if not chosen and measure == "rectification_order":
                chosen = self._owed_back(sentence, subjects, sentence.start + match.end())
            if (not chosen and number_line and article.issuer is not None and measure in P.LETTER_MEASURES
                    and sentence.start - article.start <= 40):
                # The letter's number over "雪松示例股份有限公司董事会:": the letter to the company it salutes.
                name = self.display.get(article.issuer) or self.registry.names_of(article.issuer, self.order)[0]
                chosen = [_Subject(article.issuer, name, pos, pos, False)]
            if not chosen and article.document and article.issuer is not None:
                # "二、对刘振江给予警告": in the issuer's own document, its officers' penalties are its record.
                chosen = self._officers_only(sentence, local, match.end(), article, pos)
            if (not chosen and article.document and article.issuer is not None and measure in P.LETTER_MEASURES
                    and _YOUR_LETTER_RE.search(text, clause_start, local)):
                # "贵所于2023年11月20日下发的公司部关注函…已收悉": the issuer's reply, to the letter sent to it that day.
                name = self.display.get(article.issuer) or self.registry.names_of(article.issuer, self.order)[0]
                chosen = [_Subject(article.issuer, name, pos, pos, False)]
            if not chosen and article.on_parties and any(
                    s.explicit and not self.registry.is_listed(s.company) for s in self._addressees(sentence, pos)):
                # "对宁波示例投资有限公司给予公开谴责处分" in a decision on the issuer's counterparty: the issuer's record.
                name = self.display.get(article.issuer) or self.registry.names_of(article.issuer, self.order)[0]
                chosen = [_Subject(article.issuer, name, pos, pos, False)]
            if not chosen and _AUDIT_CONTEXT_RE.search(text, 0, local):
                continue  # "因为在鼎龙文化年报审计中,…程序缺陷,被出具警示函": the auditor's measure
            officer_only = False
            if not chosen and not subjects and article.current is not None:
                chosen = self._officer_of_current(sentence, local, match.end(), article, pos)
                officer_only = bool(chosen)
            if not chosen and not subjects and article.current is not None and self._holder_before(sentence, pos):
                # "云南佳骏被深交所给予通报批评处分" after "ST京蓝控股股东云南佳骏…": a measure on the story's
                # company's shareholder is that company's record.
                chosen = [_Subject(article.current, article.current_name, pos, pos, False)]
            if not chosen and not subjects and article.current is not None and (
                    (measure == "investigation" and (_SUBJECTLESS_PASSIVE_RE.fullmatch(text, 0, local) or (
                        text[local] in "被遭" and _SUBJECTLESS_OPENING_RE.fullmatch(text, 0, local))))
                    or (measure in P.LETTER_MEASURES and (_SUBJECTLESS_RECEIPT_RE.fullmatch(text, 0, local) or (
                        clause_start and _SUBJECTLESS_LATER_RECEIPT_RE.fullmatch(text, clause_start, local))))):
                # "2018年至2019年,中珠医疗连续两年净利润为负。2019年因涉嫌违法违规被立案调查": the story's company goes on
                # as the subject a Chinese sentence leaves out, when the sentence opens with the passive (or the
                # receipt of a regulator's letter) itself.
                chosen = [_Subject(article.current, article.current_name, pos, pos, False)]
            # "对此,深交所立即发去了问询函": a letter sent to no one named, in a story about one company; "广东证监局作出
            # 责令改正决定,要求控股股东归还占用资金": so is an order that says what it demands. The regulator right before.
            unaddressed = (_UNADDRESSED_LETTER_RE if measure in P.LETTER_MEASURES else _UNADDRESSED_ORDER_RE
                           if measure == "rectification_order" and _DEMAND_BEFORE_RE.match(text, match.end()) else None)
            if (not chosen and unaddressed is not None and article.current is not None
                    # ("深交所发出《关注函》,要求结合奥联示例相关技术…说明": the story's company named in what is asked.)
                    and not any(s.explicit and self.registry.find(s.company) != self.registry.find(article.current)
                                for s in subjects)):
                senders = list(P.REGULATOR_RE.finditer(text, clause_start, local))
                if senders and (unaddressed.fullmatch(text, senders[-1].end(), local) or (
                        measure in P.LETTER_MEASURES and _LETTER_CONTENT_BEFORE_RE.fullmatch(text, senders[-1].end(), local)
                        and _LETTER_CONTENT_AFTER_RE.match(text, match.end()))):
                    chosen = [_Subject(article.current, article.current_name, pos, pos, False)]
            if (not chosen and article.current is not None and measure in P.DISCIPLINE
                    and not any(s.explicit for s in subjects) and text.startswith(("其", "该公司"), match.end())):
                # "此后,交易所年内两次通报批评其信披滞后": the story's company as the pronoun after the verb.
                senders = list(P.REGULATOR_RE.finditer(text, clause_start, local))
                if senders and _WHEN_BETWEEN_RE.fullmatch(text, senders[-1].end(), local):
                    chosen = [_Subject(article.current, article.current_name, pos, pos, False)]
            addressed = None
            if not chosen and (subjects or article.current is not None) and "作为" in text:
                # "深交所向张三发出监管函:…你作为示例股份有限公司的实际控制人,…", "深交所下发《关于对张三的关注函》
                # 指出,张三作为X的实际控制人…": a letter to a person about the company they run is that company's.
                named = (_ADDRESSED_PERSON_RE.search(text, max(0, local - 12), local)
                         or _PERSON_IN_TITLE_RE.search(text, max(0, local - 20), local))
                who = "你" if "你作为" in text else named and named.group("person")
                role = who and re.compile(f"(?:{re.escape(who)}|其)" + _AS_OFFICER).search(text, match.end())
                inside = role and [s for s in subjects if sentence.start + role.start("company") <= s.start
                                   and s.end <= sentence.start + role.end("company")]
                if role and not inside and role.group("company") in ("公司", "该公司") and article.current is not None:
                    # "深交所对张三下发关注函,称其作为公司实际控制人…": the story's company.
                    inside = [_Subject(article.current, article.current_name, pos, pos, False)]
                if inside:
                    chosen = inside[:1]
                    addressed = named
            case_described = False
            if not chosen and measure == "investigation" and (described := _DESCRIBED_BY_CASE_RE.match(text, match.end())):
                # "正在接受证监会立案调查的银河示例公告称": the company the case describes, named right after it (the
                # case told in passing: the sentence's day is not its day).
                chosen = [s for s in subjects if s.explicit and s.start == sentence.start + described.end()][:1]
                case_described = bool(chosen)
            if not chosen or (statistics and not any(s.explicit for s in chosen)):
                continue
            if statistics and measure in P.PENALTIES and _SUPERLATIVE_RE.search(text, clause_start, local):
                continue  # "八一钢铁、退市海越等8家公司…,最高单案罚款超3800万元": the largest case, whose is not said
            if statistics and _COUNTED_PARTIES_RE.search(text, clause_start, local) and _EXAMPLE_OF_COUNT_RE.search(text):
                # "对A等11家上市公司进行了行政处罚,其中对3家上市公司处以60万元罚款,并对4名责任人员采取市场禁入措施":
                # a measure on parties counted, not named; the company named is only an example of the year's.
                continue
            persons, target_has_company = self._targets(sentence, local, match.end(), chosen)
            if addressed and not persons:
                persons = P.find_persons(addressed.group("person"))
            if officer_only and not persons:
                persons = _bare_person_before_passive(text, local)
            if not persons and article.document and not any(s.explicit for s in chosen):
                # (The issuer's record, as _officers_only found.)
                persons = self._bare_persons(sentence, local, match.end())
            # "关于对X及有关责任人予以公开谴责的决定": the persons may be the parties the decision lists, when
            # no sentence of the decision names those this measure is for (see _result).
            parties = (self._parties(article) if not persons and article.document
                       and _RESPONSIBLE_RE.search(text, clause_start, local) else [])
            amount = None
            if measure in ("fine", "confiscation") and target_has_company:
                clause_text = text[clause_start : _clause_end(text, match.end())]
                # (Not a share price: "结束股价37.81元".)
                amounts = [a for a in find_amounts(clause_text)
                           if not _PRICE_BEFORE_RE.search(clause_text, max(0, a.start - 6), a.start)]
                if amounts:
                    amount = min(amounts, key=lambda a: abs(a.start - (local - clause_start))).yuan
            # Only penalties are proposed in a 事先告知书; a 责令改正 beside it is already made.
            proposed = measure in P.PENALTIES and (
                article.proposing or bool(re.search(r"拟|事先告知", text[:local])) or article.has_prior_notice
                or text.startswith("事先告知", match.end())  # "《行政处罚及市场禁入事先告知书》"
            )
            if measure == "investigation" and (text.startswith(("期间", "进展"), match.end()) or (
                    # "在依法对X涉嫌…立案调查中初步查实": what an investigation opened before found.
                    text.startswith("中", match.end()) and text.find("在", clause_start, local) >= 0)):
                continue  # "在立案调查期间,公司将积极配合…": every such announcement's boilerplate
            # "目前正在被中国证监会立案调查" in a later report: the investigation is not that day's.
            # ("同时公司被立案调查尚未结束": one still open, told after it.)
            ongoing = measure == "investigation" and (_ONGOING_BEFORE_RE.search(text, clause_start, local)
                                                      or _ONGOING_AFTER_RE.match(text, match.end()) or case_described)
            date = None if replying or ongoing or progress else self._date_before(dates, pos, sentence, event=True)
            if date is not None and self.published is not None and date > self.published + datetime.timedelta(days=1):
                date = self._past_year(date, dates)
            if (proposed and date is not None and measure in ("fine", "confiscation") and not re.search(r"拟|事先告知", text)
                    and _DECIDED_FINE_BEFORE_RE.search(text, clause_start, local)
                    and any(d.value == date and "年" in d.text and sentence.start <= d.start < pos for d in dates)):
                # "而2019年5月21日,X及17名责任人…被合计罚款102万元" on a page about a later notice: a fine decided on
                # a day the sentence gives in full, not one of the notice's proposals.
                proposed = False
            if date is not None and not replying:
                # "3月16日,公司公告称,…决定对X立案调查,并于3月15日向X下发《立案告知书》": the day it
                # was issued or received, not the day it was announced.
                # (Nor the day another measure's document came: "继2018年8月24日收到证监会调查通知书被立案调查后,…收到
                # 《行政处罚及市场禁入事先告知书》".)
                issued = {d.value for d in dates if d.value and _ISSUED_AFTER_RE.match(self.text, d.end)
                          and not self._other_document_after(d.end, measure)}
                if len(issued) == 1:
                    date = issued.pop()
                if measure == "investigation":
                    # "…收到《立案告知书》,…,11月27日,中国证监会决定立案": the day of the decision (as a notice
                    # received weeks later says it).
                    decided = {d.value for d in dates if d.value and _DECIDED_AFTER_RE.match(self.text, d.end)}
                    if len(decided) == 1:
                        date = decided.pop()
            # "在公司回复问询函的当日,证监会对其立案调查": the sentence names its day, one the text does not date.
            # ("就在该公告披露前的9月7日,公司刚刚披露过…立案告知书" with no year to be had: its own day, unknown.)
            borrowed = False  # the day comes from the story, not from the sentence
            # ("深交所向X发出关注函 要求说明… 3月17日 | 王某": a related story's headline over its year-less stamp.)
            unresolved = any(d.value is None and (d.text in _OWN_DAY_WORDS or _YEARLESS_DAY_RE.fullmatch(d.text))
                             and (sentence.start <= d.start < pos
                                  or (pos <= d.start < sentence.end and self.text.startswith("|", d.end)))
                             for d in dates)
            # "湖北证监局警示函显示,…": a measure cited for what it shows is no news of the story's day.
            cited = bool(_SHOWS_AFTER_RE.match(text, match.end()))
            if (date is None and not (replying or ongoing or progress or unresolved or cited)
                    and not self._month_only_before(dates, pos, sentence)
                    # "2025年初,公司就因…被责令改正": the sentence's own time, a part of a year.
                    and not _YEAR_PART_RE.search(text, 0, local)
                    # "2024年10月,公司收到《立案告知书》。因公司涉嫌…,证监会决定对公司立案。": the month the
                    # sentence before gives the same case.
                    and not self._month_of_the_same_measure_before(sentence, measure)):
                date = self._fallback_date(sentence, pos, dates, article,
                                           {self.registry.find(s.company) for s in chosen} if chosen else None)
                borrowed = date is not None
                if date is not None and self._year_of_clause(sentence, pos) not in (None, date.year):
                    date = None  # (the story's day, in another year than the clause gives)
            regulator = self._regulator(sentence, pos, article, match.end()) or (
                (article.last_regulator or _numbering_exchange(article.number) or self._signing_regulator(article))
                if article.document else None
            )
            if regulator is None and self.actions and _ALSO_BEFORE_RE.search(text, 0, local) and (
                    self.actions[-1]["evidence_start"] >= self.text.rfind("\n", 0, sentence.start) + 1):
                regulator = self.actions[-1]["regulator"]  # (the regulator of the measure just told, in its paragraph)
            if regulator is None and measure in P.DISCIPLINE and article.last_regulator in ("上交所", "深交所", "北交所"):
                # "上交所去年认定22人不适合担任…。…其中,公开认定三家公司的实际控制人…": an exchange's own measure, in a
                # story that names only that exchange so far.
                regulator = article.last_regulator
            if regulator is None and article.proposing and article.proposer:
                regulator = article.proposer  # "湖北证监局拟决定:\n对当代示例,给予警告,并处以760万元罚款"
            if regulator is None and match.group() == "警告函":
                continue  # "收到竞争对手发来的律师警告函": a regulator's 警示函 in other words only when one sends it
            if regulator in ("上交所", "深交所", "北交所") and measure == "fine" and "罚单" in match.group():
                continue  # "深交所对此开出了罚单": an exchange's ticket is a letter or discipline the story does not name
            if regulator in ("上交所", "深交所", "北交所") and measure in (
                    "warning", "fine", "confiscation", "market_ban", "investigation"):
                # "上交所相关负责人表示,针对X《行政处罚及市场禁入事先告知书》…": an exchange neither fines nor bans; the
                # penalty is the CSRC's or a bureau's, which this sentence does not name. Nor does it open a case
                # ("收到上交所《纪律处分决定书》,再到12月公司收到立案告知书").
                regulator = None
            if measure == "investigation" and text.endswith(("提请", "建议", "申请"), 0, local):
                continue  # "深交所将上报证监会提请立案稽查": a case the exchange asks for, none opened yet
            if regulator is None and measure == "investigation" and (_OTHER_AUTHORITY_RE.search(
                    text, max(0, local - 80), local) or _DETAINED_AFTER_RE.match(text, match.end()) or (
                    # "…已被立案,…发布公告称,银湖网已被北京市公安局东城分局经侦支队立案": the authority told after.
                    text.startswith(",", match.end()) and _POLICE_CASE_AFTER_RE.search(text, match.end())) or (
                    # "董事长…已经两次被立案调查" on a page whose cases are a supervisory commission's ("被监察委立案调查并留置")
                    # and which never names the CSRC.
                    self._other_authority_page)):
                continue  # "监察委员会签发的留置通知书和立案通知书": a case of another authority, not a securities one
            if regulator is None and measure in _OTHER_AUTHORITY_MEASURES and _OTHER_PENALTY_AUTHORITY_RE.search(
                    text, 0, local):
                # "盐城市大丰区环保局出具《行政处罚决定书》,…罚款十五万元": an environmental fine, not a securities one;
                # "被银行间市场交易商协会分处严重警告、警告,公司被责令整改": the bond market's self-regulator;
                # "吉林药监局早在2017年10月27日已对你公司予以立案调查": a drug regulator's case.
                continue
            if regulator is not None and measure in _OTHER_AUTHORITY_MEASURES and _OTHER_PENALTY_AUTHORITY_RE.search(
                    text, max([0, *(m.end() for m in self._regulators(text) if m.end() <= local)]), local):
                # "贵州证监局对X下发…;贵州省药监局则拟对X…罚款200万元": the fine of the authority named after it;
                # "收到山西证监局的告知书称,…公司陆续收到环境保护局出具的…决定书,责令其改正环境污染": its order.
                continue
            if text.find("(", max(0, local - 12), local) >= 0 and _KINDS_IN_BRACKETS_RE.search(
                    text, max(0, local - 12), local):
                continue  # "发出17封问询函件(包括关注函、问询函)": the kinds the letters told before it were of, no others
            if _SUED_BEFORE_RE.search(text, clause_start, local):
                continue  # "温某诉证监会行政处罚决定、证券市场禁入决定两案宣判": a suit against a decision made before
            if regulator is None and measure == "rectification_order" and text.startswith("违法行为决定书", match.end()):
                continue  # "子公司收到责令改正违法行为决定书": an administrative authority's document, not a securities order
            if regulator is None and measure in P.PENALTIES | {"rectification_order"} and self._other_authority_only(article):
                continue  # "ST示例:子公司因水污染物排放超标被责令整改" over a story of the city's environment bureau
            if regulator is None and measure in P.PENALTIES and "子公司" in text[max(0, local - 90) : local] and (
                    _SUBSIDIARY_PENALISED_RE.search(text, max(0, local - 90), local)):
                # "X全资子公司…因未取得许可施工,被处以150万元罚款": a subsidiary's fine, no securities regulator's.
                continue
            if regulator is None and "内部" in text[max(0, local - 40) : local]:
                continue  # "公司对王某的资金占用进行了内部通报,处以100万元的罚款": the company's own sanction
            if measure == "other" and regulator and regulator.endswith(("证监局", "监管局")) and _GIVEN_WARNING_RE.fullmatch(
                    match.group()):
                measure = "warning_letter"  # "浙江证监局决定对公司、董秘予以警示": a bureau's 警示 is its letter
            entry_number = None
            if (date is None or regulator is None or borrowed) and text.lstrip("| ").startswith("标题"):
                entry = self._table_entry(sentence)
                if entry is not None:
                    # "标题关于对X的关注函" under "监管关注 公告日期:2022-05-12": the entry's day and issuer (not a day
                    # the entry above told).
                    regulator, date = regulator or entry[0], entry[1] if date is None or borrowed else date
                    borrowed = False
                    entry_number = entry[2]
            if (date is None or borrowed) and measure in P.PENALTIES | {"rectification_order"}:
                fields = self._decision_fields(article)
                if fields is not None:
                    # "• 行政处罚决定:对X给予警告,并处罚款200万元 • 作出处罚决定的机关:… • 作出处罚决定的日期:…":
                    # the decision's own fields, not a day the story told before them.
                    regulator, date = regulator or fields[0], fields[1]
            if date is None and measure in P.PENALTIES | {"rectification_order"}:
                # "公司主体被责令改正、警告并处1000万元罚款" below "证监会7月13日下发的《…告知书》" (or below it
                # "江苏监管局拟决定:…", the same bureau again).
                lead = self._document_lead(article)
                if lead is not None and lead[0] < sentence.start and regulator in (None, lead[1]):
                    regulator, date = lead[1], lead[2]
            if date is None and regulator and "次" in text and _THIS_TIME_RE.search(text, clause_start, local):
                # "8日,深交所连开8张罚单,A、B等8家公司…被给予通报批评。…此次被深交所给予通报批评的8家公司分别是A、B…":
                # this time, the day of the same measure of the same regulator the story told.
                date = next((datetime.date.fromisoformat(a["date"]) for a in self.actions
                             if a["evidence_start"] >= article.start and a["date"] and a["measure"] == measure
                             and a["regulator"] == regulator and not a.get("proposed")), None)
            issuers = [regulator]
            joint = self._joint_regulator(sentence, pos, regulator) if regulator and len(kinds) <= 2 else None
            if joint and len(kinds) == 1:
                issuers.insert(0, joint)
            elif joint and "分别" in text[clause_start:local]:
                # "北京证监局和上交所分别对公司出具警示函和监管工作函": each issuer its own measure, in order.
                first_kind = next(m.lastgroup for m in matches if m.lastgroup in kinds)
                issuers = [joint if measure == first_kind else regulator]
            if len(chosen) > 1 and "分别" in text[clause_start:local]:
                # "A、B的控股股东…被分别予以公开谴责、通报批评的处分": as many measures of different kinds after 分别
                # as companies before it; each company its own, in order.
                each = text.rfind("分别", clause_start, local)
                order = list(dict.fromkeys(
                    m.lastgroup for m in matches if m.start() > each and m.lastgroup in kinds and not (
                        # ("…的处分", "…的监管措施": the word for them all)
                        m.lastgroup == "other" and (P.GENERIC_DISCIPLINE_RE.match(m.group())
                                                    or P.GENERIC_MEASURE_RE.match(m.group())))))
                if len(order) == len(chosen) and measure in order:
                    chosen = [sorted(chosen, key=lambda s: s.start)[order.index(measure)]]
            times = None
            if measure in ("investigation", "circulated_criticism", "public_censure"):
                times = _TIMES_BEFORE_RE.search(text, max(0, local - 9), local)
            elif measure.endswith("_letter"):
                times = _LETTERS_COUNTED_RE.search(text, clause_start, local) or _LETTERS_COUNTED_AFTER_VERB_RE.search(
                    text, max(clause_start, local - 18), local) or _LETTERS_COUNT_AFTER_RE.match(text, match.end())
                if times is None:
                    times = _LETTERS_COUNTED_IN_VERB_RE.search(
                        text, max(clause_start, local - 12), local) if text.find("收", max(clause_start, local - 12), local) >= 0 else None
                    if times is not None and borrowed:
                        date = None  # "两个月内公司两收监管函": letters over a span, not on the story's day
                if times is None and previous is not None and previous.end() in sent_letters:
                    # "连收1封监管函和4封关注函": a list's later item, counted itself.
                    join = _LETTER_LIST_JOIN_RE.fullmatch(text, previous.end(), local)
                    times = join if join and join.group("n") else None
            if date is not None:
                date = self._day_of_listed_title(sentence, dates, local) or date
            own_day = self._day_of_measure_listed_after(sentence, dates, local) if date is not None else None
            date = own_day or date
            paired = self._paired_days(sentence, dates, chosen) if date is not None and len(chosen) > 1 else None
            # (A measure given its own day of a list of days has that day only.)
            listed = self._listed_days(sentence, dates, pos, date, measure) if (
                date is not None and len(chosen) == 1 and own_day is None) else None
            if times is not None and _ONE_DAY_RE.search(text, clause_start, local):
                times = None  # "一天罕见收到3封关注函": letters of one day, one record as every day's
            count = len(listed) if listed else count_word(times.group("n")) if times and date is None else 1
            # "4月27日上午,深交所再次对X发出关注函" two days after the first: another letter, not the first reported late.
            again = date is not None and ("再" in text or "又" in text) and _AGAIN_RE.search(
                text, clause_start, local) is not None
            for nth in range(count):
                if listed:
                    date = listed[nth]
                for index, (subject, issuer) in enumerate(itertools.product(chosen, issuers)):
                    if paired:
                        date = paired[index // len(issuers)]
                    record = self._use(subject)
                    record["_nth"] = nth
                    record["_again"] = again
                    day = date
                    if borrowed and not listed and not paired:
                        # "公司于27日收到…。…山西证监局对公司做出了采取责令改正措施的决定": the measure the story dated
                        # already, told again; its day, not the story's.
                        day = self._told_day(record["_root"], measure, issuer, bool(proposed), article) or date
                    if len(issuers) > 1:
                        record["_joint"] = issuer
                    if date is None:
                        # A measure the text dates to a month is its own fact, not an undated mention
                        # of another one on a day of a different month.
                        record["_month"] = self._month_before(dates, pos, sentence)
                        record["_month_day"] = self._yearless_day_before(dates, pos, sentence)
                    record.update(
                        {
                            "regulator": issuer,
                            "measure": measure,
                            "date": day and day.isoformat(),
                            "persons": list(persons),
                            "amount_yuan": amount,
                        }
                    )
                    if proposed:
                        record["proposed"] = True
                    if generic:
                        record["_generic"] = generic  # True for a 纪律处分, "measure" for a 行政监管措施决定书
                    if parties:
                        record["_parties"] = parties
                    # What else the page states: the decision's number, the violations, the persons' titles.
                    record["document_number"] = entry_number or details.document_number(text, local) or article.number
                    record["violation_types"] = article.violations(self.text)
                    record["targets"] = details.person_titles(text, persons)
                    if record["document_number"] and persons and "关于对" in text:
                        title = _PERSONS_TITLE_RE.search(text, max(0, text.rfind("《", 0, local)), local)
                        if title and set(_PERSONS_SEPARATOR_RE.split(title.group("to"))) <= set(persons):
                            record["_to_persons"] = True  # "《关于对罗静采取出具警示函措施的决定》": to people alone
                    record.update(self._evidence(sentence))
                    self.actions.append(record)

    def _told_day(self, root, measure, regulator, proposed, article):
        """The day of the same measure (proposed or decided) of the same company and regulator recorded earlier in
        the article."""
        for action in reversed(self.actions):
            if (action["evidence_start"] >= article.start and action["date"] and action["measure"] == measure
                    and action["regulator"] == regulator and bool(action.get("proposed")) == proposed
                    and self.registry.find(action["_root"]) == self.registry.find(root)):
                return datetime.date.fromisoformat(action["date"])
        return None

    def _note_penalty_day(self, sentence, subjects, dates, article):
        """ "公司于10月18日收到辽宁证监局下发的《行政处罚决定书》": the day the decision came, for the penalties the
        story tells without a day ("*ST文投收《行政处罚决定书》 被处350万元罚款" in its headline)."""
        for match in _PENALTY_DECISION_RECEIVED_RE.finditer(sentence.text):
            local = match.start()
            clause = _clause_start(sentence.text, local)
            day = next((d.value for d in reversed(dates) if d.value and not d.before
                        and sentence.start + clause <= d.start < sentence.start + local), None) or next(
                # "2024年1月18日,公司收到北京证监局出具的《行政处罚事先告知书》": the day opening the sentence.
                # ("从中可以看到:2022年12月2日,公司收到…": the day as the clause before the receipt's.)
                # ("2021年11月16日盘后,X发布公告称,公司收到…": the time of day between.)
                (d.value for d in dates if d.value and not d.before and _DAY_THEN_COMMA_RE.match(self.text, d.end)
                 and d.end < sentence.start + local
                 and (d.start - sentence.start <= 2 or d.end + 1 == sentence.start + clause)), None)
            if day is None:
                continue
            named = [s for s in subjects if s.end <= sentence.start + local]
            if named:
                company = named[-1].company
            elif not subjects and article.current is not None:
                company = article.current  # "…于10月18日收到…《行政处罚决定书》": the story's company, unnamed
            else:
                continue
            # ("收到河北证监局和深圳证监局的行政处罚决定书": a decision from each.)
            issuers = [P.regulator_name(m) for m in P.REGULATOR_RE.finditer(match.group("issuer") or "")] or [None]
            for regulator in issuers:
                self.penalty_days.append((company, regulator, day, bool(match.group("notice"))))

    def _paragraph_end(self, sentence):
        """Where the paragraph of ``sentence`` ends in the text."""
        end = self.text.find("\n", sentence.end)
        return len(self.text) if end < 0 else end

    def _joint_regulator(self, sentence, pos, regulator):
        """The regulator named together with ``regulator`` as the measure's issuers ("陕西证监局和上交所先后…对X进行了
        监管警示": one measure from each), if any."""
        local = pos - sentence.start
        found = [m for m in P.REGULATOR_RE.finditer(sentence.text, _clause_start(sentence.text, local), local)
                 if not m.group("self")]
        if len(found) < 2 or P.regulator_name(found[-1]) != regulator:
            return None
        first, second = found[-2], found[-1]
        if not _JOINT_ISSUERS_RE.fullmatch(sentence.text, first.end(), second.start()):
            return None
        if not (_JOINTLY_AFTER_RE.match(sentence.text, second.end())
                or _JOINT_SENDERS_OF_RE.fullmatch(sentence.text, second.end(), local)):
            return None
        other = P.regulator_name(first)
        return other if other and other != regulator else None

    def _other_document_after(self, pos, measure):
        """Whether the document received or issued at ``pos`` is titled as another measure's ("被立案调查,并于
        2016年7月8日收到《行政处罚决定书》": the day of the penalty, not of the investigation)."""
        title = _RECEIVED_TITLE_RE.match(self.text, pos) or _RECEIVED_BARE_TITLE_RE.match(self.text, pos)
        if not title:
            return False
        kinds = {m.lastgroup for m in P.MEASURE_RE.finditer(title.group("title"))}
        return measure not in kinds and bool(kinds or "处罚" in title.group("title"))

    def _addressees(self, sentence, pos):
        """Companies named right after 对 or 向 before ``pos`` ("对宁波示例投资有限公司给予…"), listed or not."""
        return [_Subject(m.company, m.text, m.start, m.end, True)
                for m in self.registry.mentions_between(self.text, sentence.start, pos)
                if self.text[m.start - 1 : m.start] in ("对", "向")]

    def _party_company(self, article, start, end):
        """ "关于对周某给予公开谴责处分的决定 当事人:周某,示例风机股份有限公司重大资产重组交易对方…": a decision on
        a counterparty, shareholder or officer alone is the record of the one listed company its parties belong to."""
        if self.text.find("当事人", start, min(end, start + 1500)) < 0:
            return  # (looked for in place: most articles name no parties, and the slice would be copied for nothing)
        parties = _PARTY_BLOCK_RE.search(self.text, start, min(end, start + 1500))
        if not parties or not _DISCIPLINE_TITLE_RE.search(self.text, start, parties.start()):
            return
        listed = {self.registry.find(m.company): m.text
                  for m in self.registry.mentions_between(self.text, parties.start("block"), parties.end("block"))
                  if self.registry.is_listed(m.company)}
        if len(listed) == 1:
            article.issuer, name = listed.popitem()
            self.display.setdefault(article.issuer, name)
            article.document = article.on_parties = True
            issuer = P.REGULATOR_RE.search(self.text, start, parties.start())
            article.decision = (issuer and P.regulator_name(issuer)) or ""

    def _parties(self, article):
        """The persons of a decision's "当事人:" list ("曾 明,示例股份有限公司时任董事长;"), in order."""
        head = self.text[article.start : min(article.end, article.start + 1500)]
        block = _PARTIES_RE.search(head)
        if not block:
            return []
        persons = []
        # "伍某某,…时任董事;林某某,…时任独立董事;": a PDF's copy may run several parties on one line.
        for line in re.split(r"[\n;]", block.group("lines")):
            party = _PARTY_LINE_RE.match(line)
            if party:
                name = re.sub(r"\s", "", party.group("name"))
                if 2 <= len(name) <= 4 and name not in persons and P.find_persons(name):
                    persons.append(name)
        return persons

    def _other_authority_only(self, article):
        """Whether the story names an authority that fines for other things than securities, and no securities
        regulator at all."""
        body = self.text[article.start : article.end]
        return bool(_OTHER_PENALTY_AUTHORITY_RE.search(body)) and not any(
            P.regulator_name(m) for m in P.REGULATOR_RE.finditer(body))

    def _current_in_paragraph(self, sentence, article):
        """Whether the paragraph names the story's company before ``sentence``."""
        start = self.text.rfind("\n", 0, sentence.start) + 1
        root = self.registry.find(article.current)
        return any(self.registry.find(m.company) == root for m in self.registry.mentions_between(self.text, start, sentence.start))

    def _officers_only(self, sentence, local, trigger_end, article, pos):
        persons, _ = self._targets(sentence, local, trigger_end, [])
        if not persons:
            persons = self._bare_persons(sentence, local, trigger_end)
        if not persons:
            return []
        name = self.display.get(article.issuer) or self.registry.names_of(article.issuer, self.order)[0]
        return [_Subject(article.issuer, name, pos, pos, False)]

    def _bare_persons(self, sentence, local, trigger_end):
        """Persons the measure at ``local`` names without a title: whoever received its document ("张坚力收到…《市场禁入
        决定书》"), or those an investigation's own words name ("决定对张坚力立案")."""
        persons = _receiver_person_before(sentence.text, local)
        inner = sentence.text[local:trigger_end]
        if persons or "对" not in inner or not inner.endswith("立案"):
            return persons
        return P.find_persons(self._without_names(inner[inner.index("对") + 1 : -2].removesuffix("予以")),
                              self.registry.name_to_id)

    def _officer_of_current(self, sentence, local, trigger_end, article, pos):
        """ "示例科技董事长张三…。证监局决定对张三采取出具警示函的措施": a measure naming only a person the
        story introduced as an officer of its company is that company's record."""
        persons, _ = self._targets(sentence, local, trigger_end, [])
        if not persons:
            # "…的陈某,于10月底被江苏证监局处罚60万元": a bare name right before the passive, kept only when the
            # story named that person as its company's officer (below).
            persons = _bare_person_before_passive(sentence.text, local)
        if not persons:
            # "公开认定许某10年内不适合担任…": the person the exchange declares unfit, right after its words.
            persons = [m.group("name") for m in _DECLARED_UNFIT_RE.finditer(sentence.text, 0, trigger_end or len(sentence.text))]
        if not persons and _ABOVE_PERSONS_RE.search(sentence.text, _clause_start(sentence.text, local), local) and (
                _OFFICERS_NAMED_RE.search(self.text, max(article.start, sentence.start - 300), sentence.start)):
            # "张三、李四作为公司时任董事、监事、高管,对上述信息披露问题负有责任。对此,陕西证监局决定对上述人员采取出具
            # 警示函的监督管理措施": the officers the story just named, of its company.
            return [_Subject(article.current, article.current_name, pos, pos, False)]
        if not persons:
            return []
        story_start = article.start
        names = self.registry.names_of(article.current, self.order)
        for person in persons:
            for match in re.finditer(re.escape(person), self.text[story_start : sentence.start]):
                window = self.text[max(story_start, story_start + match.start() - 50) : story_start + match.start()]
                # "示例科技董事长张三", or "公司原实控人张三" in a story about that company.
                if _OFFICER_BEFORE_RE.search(window) and (any(name in window for name in names) or "公司" in window):
                    return [_Subject(article.current, article.current_name, pos, pos, False)]
            # "证监会对东方通7名责任人合计罚款…,其中实控人黄某…被处以…市场禁入": introduced by the sentence itself, which
            # names no company (the caller's condition), in the story of one.
            own = self.text[sentence.start : pos]
            at = own.find(person)
            if at > 0 and _OFFICER_BEFORE_RE.search(own, max(0, at - 8), at) and not any(
                    self.registry.find(m.company) != self.registry.find(article.current)
                    for m in self.registry.mentions_between(self.text, sentence.start + max(0, at - 16),
                                                            sentence.start + at)):
                # (Not "中鑫富盈实际控制人李建林": the officer of another company the sentence names.)
                return [_Subject(article.current, article.current_name, pos, pos, False)]
        return []

    def _addressed_to_another(self, sentence, chosen, pos):
        """ "给予生物谷…通报批评;对华融证券股份有限公司采取出具警示函": a measure addressed to an unlisted party named
        after the company (not its shareholder) is that party's, no record of the company."""
        last = max(subject.end for subject in chosen)
        if _INTERMEDIARY_ADDRESSEE_RE.search(self.text, last, pos):
            return True  # "北京监管局发布对民生证券的警示函": a broker, bank or auditor the page names in passing
        for mention in self.registry.mentions_between(self.text, last, pos):
            if self.registry.is_listed(mention.company) or mention.text in self.registry.holder_names:
                continue
            if self.text[max(sentence.start, mention.start - 1) : mention.start] in ("对", "向"):
                return True
        return False

    def _named_as_cause(self, sentence, chosen, pos):
        """ "因示例高科2017年至2021年财务作假,上交所对苏亚示例予以公开谴责": the company is the cause; the measure
        went to the party named after 对 (an auditor, a sponsor) that is not it."""
        if "因" not in sentence.text and "由于" not in sentence.text:
            return False
        roots = {self.registry.find(s.company) for s in chosen}
        # (Its first mention: "因江苏示例高科技股份有限公司(以下简称“示例高科”)…" is chosen by the short name.)
        first = min((m.start for m in self.registry.mentions_between(self.text, sentence.start, pos)
                     if self.registry.find(m.company) in roots), default=min(s.start for s in chosen))
        last = max(chosen, key=lambda s: s.end)
        clause = sentence.start + _clause_start(sentence.text, first - sentence.start)
        if not re.match(r"(?:因为|因|由于)$", self.text[clause:first]):
            return False
        other = _ADDRESSED_OTHER_RE.search(self.text, last.end, pos)
        return bool(other) and not _ADDRESSED_IT_RE.search(self.text, other.end(), pos)

    def _holder_before(self, sentence, pos):
        """Whether the last party the sentence names before ``pos`` is one the page introduced as a shareholder
        or related party (not listed), with nothing addressed to anyone else between ("云南佳骏被深交所给予…")."""
        mentions = self.registry.mentions_between(self.text, sentence.start, pos)
        if not mentions:
            return False
        last = mentions[-1]
        if self.registry.is_listed(last.company) or re.search(r"[对向]", self.text[last.end : pos]):
            return False
        return any(n in self.registry.holder_names for n in self.registry.names_of(last.company, self.order))

    def _without_holders(self, sentence, chosen, subjects):
        """ "公司控股股东海森投资有限公司收到警示函": the measure is the listed company's record."""
        if len(chosen) != 1:
            return chosen
        subject = chosen[0]
        if not _ROLE_BEFORE_RE.search(self.text[max(sentence.start, subject.start - 6) : subject.start]):
            return chosen
        root = self.registry.find(subject.company)
        owner = [s for s in subjects if s.end <= subject.start and self.registry.find(s.company) != root]
        return [owner[-1]] if owner else chosen

    def _subject_after(self, sentence, subjects, trigger_end, lists_only=False):
        """ "交易所发出问询函,要求X说明…": the company right after the trigger.

        ``lists_only``: only the companies a list after the trigger names ("收到终止上市决定,分别是A、B").
        """
        after = [s for s in subjects if s.start >= trigger_end]
        if not after:
            return []
        gap = _GAP_NOISE_RE.sub("", self.text[trigger_end : after[0].start])
        if lists_only:
            return self._listed_after(after, gap) if _LISTED_AFTER_RE.match(gap) or _EXAMPLES_AFTER_RE.match(gap) else []
        if gap in ("", ",") and _PASSIVE_BEFORE_TRIGGER_RE.search(
                self.text, max(sentence.start, trigger_end - 14), trigger_end):
            return []  # "…,被出具警示函,鼎龙文化也因…被终止上市": the passive's subject went before, the next clause's comes after
        if (after[0].explicit and _TIME_AFTER_PASSIVE_RE.fullmatch(gap) and _OPENING_PASSIVE_RE.match(sentence.text)
                and _clause_start(sentence.text, trigger_end - sentence.start) == 0):
            return [after[0]]  # "在被中国证监会立案调查半年多后,扬子新材(002652)…": the passive's subject, named after it
        if after[0].explicit and _SHOWS_AFTER_RE.fullmatch(gap) and P.REGULATOR_RE.search(
                sentence.text, _clause_start(sentence.text, trigger_end - sentence.start), trigger_end - sentence.start):
            return [after[0]]  # "湖北证监局警示函显示,2022年11月至2023年3月,美尔雅通过虚构…": whom the letter shows
        if _TARGET_AFTER_RE.match(gap):
            local = trigger_end - sentence.start
            if _COMPANY_COUNT_RE.search(sentence.text, _clause_start(sentence.text, local), local):
                return []  # "7家A股公司年内遭证监会立案,X董事长被罚…": the count is whom, not the company after
            return [after[0]]
        described = gap == "的" and _RECEIVED_BY_RE.search(self.text, max(sentence.start, trigger_end - 16), trigger_end)
        # "上周刚收了监管函的孚日股份又摊上事了": the measure describes the company that follows (or the list:
        # "被证监会立案的“A”“B”").
        if not (described or _LISTED_AFTER_RE.match(gap) or _EXAMPLES_AFTER_RE.match(gap)):
            return []
        return self._listed_after(after, gap)

    def _listed_after(self, after, gap):
        """The companies of the list that opens with ``after[0]``."""
        # "收到关注函的公司还有和晶科技、宣亚国际等": the list that follows (codes in brackets between).
        chosen = [after[0]]
        for following in after[1:]:
            between = _PARENTHETICAL_RE.sub("", self.text[chosen[-1].end : following.start])
            # "分别是*ST皇台公司及相关当事人、兰州黄河相关当事人、…": each item's parties before the mark.
            between = _ITEM_PARTIES_RE.sub("", between)
            if not _ENUM_GAP_RE.match(_GAP_NOISE_RE.sub("", between)):
                break
            chosen.append(following)
        return chosen

    def _past_year(self, date, dates):
        """A measure already taken, dated after the page was published by a day without a year ("5月24日,深交所
        公布…" on a page of 15 April): the day a year before (a measure is never in the future)."""
        told = next((d for d in dates if d.value == date), None)
        if told is None or _YEAR_IN_RE.search(told.text) or (date.month, date.day) == (2, 29):
            return date
        return date.replace(year=date.year - 1)

    def _owed_back(self, sentence, subjects, trigger_end):
        """ "责令改正决定,要求瑞丰集团在六个月内向ST摩登归还占用的资金": the order is about the company owed the money."""
        for s in subjects:
            if s.start >= trigger_end and s.explicit and self.text.endswith("向", 0, s.start) and (
                    _OWED_BACK_RE.match(self.text, s.end)
                    and _DEMAND_BEFORE_RE.fullmatch(self.text, trigger_end, s.start - 1)):
                return [s]
        return []

    def _targets(self, sentence, local, trigger_end, chosen):
        """Persons targeted by the measure at ``local``, and whether the company is a target too."""
        text = sentence.text
        duis = [m.start() for m in _TARGET_DUI_RE.finditer(text, 0, local)]
        names = self.registry.name_to_id  # (only asked what it holds)
        for dui in reversed(duis):
            verb = _TARGET_VERB_RE.search(text, dui + 1, trigger_end)
            if verb:
                verb_start = verb.start()
            elif text.endswith("的", 0, local) and local - dui <= 12:
                verb_start = local - 1  # "深交所下发对古钰瑭的关注函": the letter to whom, without a verb between
            else:
                continue
            span = text[dui + 1 : verb_start].rstrip("\"“")  # ("对邱某“采取出具警示函的…措施": the quote opens the measure)
            if len(span) > 80 or _CLAUSE_BREAK_RE.search(span):
                break  # "证监会对7名责任人合计罚款…,其中实控人张三被处以…": that 对 is another clause's
            persons = P.find_persons(self._without_names(span), names)
            span_start = sentence.start + dui + 1
            span_end = sentence.start + verb_start
            has_company = any(span_start <= s.start < span_end for s in chosen) or bool(
                PRONOUN_RE.search(span) or any(n in span for n in names)
            )
            return persons, has_company or not persons
        # "公司原董事长张三被证监会采取…": officers named in front of a passive measure are its persons, and the
        # company is only named. "实控人张三因组织违法行为,被处以…": the officers' clause may end before the passive.
        start = _clause_start(text, local)
        while start and _PASSIVE_CONTINUES_RE.match(text, start) and text[start - 1] in ",,":
            start = _clause_start(text, start - 1)  # "…,被给予警告…,同时被采取…市场禁入措施": the same officers
        # (Not a subject the story lends the sentence, which stands where the measure does.)
        start = max([start, *(s.end - sentence.start for s in chosen
                              if s.explicit and start <= s.end - sentence.start <= local)])
        passive = _PASSIVE_OFFICERS_RE.match(text, start, trigger_end)
        if passive and passive.group("verb") == "予以" and "对" in text[:start]:
            passive = None  # "对A、B,…时任董事C予以公开谴责": the last of a list that began with 对, not its only target
        if passive:
            persons = P.find_persons(passive.group("officers"), names)
            if persons:
                return persons, False
        bei = text.find("被", start, local)
        titled = _TITLED_NAME_BEFORE_RE.search(text, max(start, bei - 12), bei) if bei > 0 else None
        if titled:
            # "主导此次造假的原实际控制人何思模被处以1000万元罚款,并被实施十年市场禁入措施": the officer right before 被.
            persons = P.find_persons(titled.group("name"), names)
            if persons:
                return persons, False
        given = _GIVEN_TO_RE.search(text, max(0, local - 24), local)
        if given:
            # "上交所予以王润平监管警示": the persons between the verb and the measure.
            persons = P.find_persons(self._without_names(given.group("who")), names)
            if persons:
                return persons, bool(PRONOUN_RE.search(given.group("who")) or any(n in given.group("who") for n in names))
        if not chosen:
            return [], False
        # "公司及董事长张三收到警示函": co-targets right after the company.
        last = max(chosen, key=lambda s: s.end)
        # "健友股份及其董事长张三、董秘李四因…等原因,收到…": the reasons end the list.
        tail = _REASON_RE.split(text[last.end - sentence.start : local], 1)[0]
        # "阳川化工披露,公司及董事长张三、董秘李四分别收到…": the company again, by its pronoun, before them.
        again = _PRONOUN_AND_RE.search(tail)
        if again and not self.registry.find_mentions(tail[: again.start()]):
            tail = tail[again.end() :]
        tail = _RECEIVED_RE.split(tail, 1)[0]
        if re.match(r"^(?:\([^()]*\))?(?:及|和|、|以及)", tail):
            return P.find_persons(self._without_names(tail), names), True
        return [], True

    def _without_names(self, span):
        """A target list with parentheticals and company names replaced by separators."""
        if "(" in span:
            span = _BRACKETED_RE.sub("", span)
        for mention in reversed(self.registry.find_mentions(span)):
            span = span[: mention.start] + "、" + span[mention.end :]
        return span

    def _deadlines(self, sentence, subjects, dates, article):
        text = sentence.text
        may_expire = "满" in text or "到期" in text  # what every _EXPIRY_AFTER_RE match holds (most sentences do not)
        for date in dates:
            if not (date.value and sentence.start <= date.start < sentence.end):
                continue
            local_end = date.end - sentence.start
            # (Most days follow no word of a deadline: the four scans for one before the day are skipped.)
            worded = text[date.start - sentence.start - 1 : date.start - sentence.start] in _DAY_WORDS_LAST
            # "拟不晚于2022年3月29日完成函件回复工作": the day is the latest one, as if 前 followed it.
            due = date.before or (worded and bool(_NO_LATER_THAN_RE.search(
                text, max(0, date.start - sentence.start - 6), date.start - sentence.start))) or (
                # "若公司在股票停牌两个月内(至2024年7月5日)仍无法披露…": the period's last day, in brackets after it.
                text.startswith(")", local_end) and _PERIOD_END_BEFORE_RE.search(
                    text, max(0, date.start - sentence.start - 4), date.start - sentence.start) is not None)
            if not due and worded and _ASKED_ON_BEFORE_RE.search(
                    text, max(0, date.start - sentence.start - 16), date.start - sentence.start):
                # "监管部门要求公司方面于7月4日核实说明": the day a regulator asks the reply on, 前 unsaid.
                reply = _REPLY_ON_AFTER_RE.match(text, local_end)
                due = reply is not None
            expiry = _EXPIRY_AFTER_RE.match(text, local_end) if may_expire and not due else None
            if expiry and "时效" in text[max(0, date.start - sentence.start - 8) : date.start - sentence.start]:
                expiry = None  # "该部分案件诉讼时效至2024年5月26日届满": the investors' time to sue, no order's term
            if expiry is None and not due and worded and _TERM_BEFORE_RE.search(
                    text, max(0, date.start - sentence.start - 8), date.start - sentence.start):
                expiry = _FALLS_DUE_RE.match(text, local_end)  # "整改期限将于2025年12月31日到期"
            named = None
            if not (due or expiry):
                # "距离承诺还款最后期限2024年12月31日仅剩一天": the day named as the last one; "回复时间预计延期至
                # 2023年4月14日": the day a reply was put off to.
                local_start = date.start - sentence.start
                named = (_LAST_DAY_BEFORE_RE.search(text, max(0, local_start - 12), local_start) or (
                    _EXTENDED_TO_RE.search(text, max(0, local_start - 12), local_start)
                )) if worded else None
                if not named and "回" in text and re.search("回复|回函", text[local_end : _clause_end(text, local_end)]):
                    # "预计于2016年1月21日向上海证券交易所报送回复文件": the day the company expects to reply.
                    named = _EXPECTED_ON_RE.search(text, max(0, local_start - 6), local_start)
                if not named and "承诺" in text[:local_start]:
                    # "实控人承诺…,其中2024年11月1日偿还金额不低于2000万元": an instalment promised for the day.
                    named = _REPAID_ON_RE.match(text, local_end)
                if not named:
                    continue
            if named and named.re is _REPAID_ON_RE:
                verb_text = "偿还占用资金"
            elif named and named.re is _EXPECTED_ON_RE:
                verb_text = "回复(公司预计)"
            elif named and named.re is _EXTENDED_TO_RE:
                if "回复" not in text and _NOT_OWED_PERIOD_RE.search(text, _clause_start(text, named.start()), named.start()):
                    continue  # "公司预重整时间将延长至2023年6月15日": a court's period, or a halt's, not something owed
                verb_text = "回复(延期后)" if "回复" in text else "完成(延期后)"
            elif named:
                what = named.group("what")
                verb_text = "归还占用资金" if what in ("还款", "归还") else "回复" if what in ("回函", "回复") else "完成整改"
            elif expiry:
                # "截至2月25日责令改正期满,公司未能收回…4.06亿元资金": the period of an order ends.
                after = expiry
                obligation = P.DEADLINE_OBLIGATION_RE.search(text, expiry.end())
                verb_text = "完成整改"
                if obligation is not None and not obligation.group().startswith(P.REPLY_OBLIGATIONS):
                    verb_text = obligation.group()
            else:
                # (A day marked due by the words before it, "应于X披露", has no 前 after it.)
                after = _DUE_AFTER_DAY_RE.match(text, local_end)
                rest = text[after.end() :]
                obligation = P.DEADLINE_OBLIGATION_RE.search(rest)
                if obligation and obligation.start() > 12 and not _ABOUT_GAP_RE.fullmatch(rest, 0, obligation.start()):
                    obligation = None  # (but "…之前,针对《问询函》的有关问题书面回复": what about, then the reply)
                if not obligation:
                    # "控股股东申请归还资金延期至2021年1月31日前": the obligation before the day it was put off to.
                    local_start = date.start - sentence.start
                    extended = _EXTENDED_TO_RE.search(text, max(0, local_start - 12), local_start)
                    if not extended:
                        continue
                    clause = text[_clause_start(text, extended.start()) : extended.start()]
                    before = _OBLIGATION_BEFORE_RE.search(clause)
                    if not before:
                        continue  # "股票交易延期至…前": nothing owed
                    verb_text = f"{before.group()}(延期后)"
                    named = extended  # the obligation ends at the day
                else:
                    verb_text = obligation.group()
            if text.endswith(("已于", "已在", "截至", "截止"), 0, date.start - sentence.start) and (
                    _DONE_BY_RE.search(done_after := text[local_end : _clause_end(text, local_end)])
                    and (text[date.start - sentence.start - 2] == "已" or "已" in done_after)):
                # "已于2021年4月21日前全部解决了资金占用问题", "上述款项已于2021年4月30日前偿还完毕", "截至2023年5月1日前
                # 上述款项已全部收回": done by the day, no deadline
                continue
            if (text.endswith("内(", 0, date.start - sentence.start) and _DONE_BY_RE.search(
                    text, local_end, _clause_end(text, local_end)) and _FINALLY_RE.search(
                    text, _clause_start(text, date.start - sentence.start), date.start - sentence.start)):
                continue  # "最终在一个月内(2023年1月20日)偿还完毕": the day within the period it was done on
            if _TALLIED_BEFORE_RE.match(text, local_end):
                continue  # "在今年7月26日前共公告了14次延期回复": what was done up to the day, counted
            if text.endswith(("本应在", "本应于", "本该在", "本该于", "原应在", "原应于"), 0, date.start - sentence.start):
                continue  # "本应在2025年4月30日前披露年报,但直至7月2日才完成披露": a duty already missed
            if "约定" in text[_clause_start(text, date.start - sentence.start) : date.start - sentence.start] and (
                    _LOAN_RE.search(text, 0, date.start - sentence.start)):
                continue  # "甲向公司出借8000万元,期限半年,约定2019年10月20日之前清偿完毕": a loan's term, no order's
            if (text.endswith(("并于", "并在"), 0, date.start - sentence.start) and "了" in text[: date.start - sentence.start]
                    and not _DUTY_RE.search(text, 0, date.start - sentence.start)):
                continue  # "偿还了被占用的资金及利息共计15.56亿元,并于8月18日前完成全部清偿": told as done
            if _PROPOSED_BEFORE_RE.search(text, _clause_start(text, date.start - sentence.start),
                                          date.start - sentence.start) and _REJECTED_RE.search(text, local_end, local_end + 30):
                continue  # "拟将承诺履行期限延长至2019年6月30日,该议案未获得股东大会通过": a day voted down
            # A reply is due only to a letter: the story names one in this paragraph or in the few before it.
            # (Not a periodic report owed by law: "若公司在2024年7月5日前仍无法披露2023年年度报告,…将被实施退市风险警示".)
            owed_report = verb_text.startswith("披露") and _PERIODIC_REPORT_RE.match(verb_text, 2)
            if verb_text.startswith(P.REPLY_OBLIGATIONS) and not owed_report and not (
                _LETTER_RE.search(self.text, max(article.start, sentence.start - 600), sentence.end)
                or (article.document and article.has_letter)
            ):
                continue
            chosen = self._subjects_before(sentence, subjects, date.start)
            if not chosen and expiry:
                # "截至1月5日整改期限届满,公司仍有…未能清收": the company follows; or it is the story's.
                following = [s for s in subjects if s.start >= date.end]
                if following:
                    chosen = following[:1]
                elif article.current is not None:
                    chosen = [_Subject(article.current, article.current_name, date.start, date.start, False)]
            if (
                not chosen
                and article.document
                and article.issuer is not None
                and not any(s.explicit and self.registry.find(s.company) != article.issuer for s in subjects)
            ):
                # "控股股东应于7月14日前归还…" in the issuer's own announcement: the issuer's deadline.
                name = self.display.get(article.issuer) or self.registry.names_of(article.issuer, self.order)[0]
                chosen = [_Subject(article.issuer, name, date.start, date.start, False)]
            # ("许诺于2018年12月31日前还款": a reworded copy's word for 承诺.)
            promised = max(self.text.rfind("承诺", sentence.start, date.start), self.text.rfind("许诺", sentence.start, date.start))
            if (not chosen and article.current is not None and promised >= 0
                    and (any(not self.registry.is_listed(m.company)
                             for m in self.registry.mentions_between(self.text, sentence.start, date.start))
                         or P.find_persons(self.text[max(sentence.start, promised - 4) : promised])
                         # "华荣实业已承诺预计在2021年3月31日前分批将上述资金全部归还": a promise to pay back, by a
                         # shareholder the registry does not know, in a sentence that names no company.
                         or (not subjects and _REPAY_PROMISED_RE.search(verb_text)))):
                # "金沙江及实际控制人承诺:金沙江在6月30日之前归还全部占用资金", "但方华生承诺于2020年4月1日之前负责返还
                # 投资款及利息": the shareholder's (or a person's) promise to the story's company.
                chosen = [_Subject(article.current, article.current_name, date.start, date.start, False)]
            expected = (named is not None and named.re is _EXPECTED_ON_RE) or (
                # "故无法在10月15日前完成回复工作,预计于10月22日前回复并披露": the reply the company now expects, due.
                due and verb_text.startswith(P.REPLY_OBLIGATIONS) and _EXPECTED_ON_RE.search(
                    text, max(0, date.start - sentence.start - 6), date.start - sentence.start) is not None)
            if (not chosen and not subjects and article.current is not None and (expected or (
                    verb_text.startswith(P.REPLY_OBLIGATIONS) and (
                        _ASKED_COMPANY_RE.search(text, 0, date.start - sentence.start)
                        or _ASKED_BY_DAY_RE.search(text, 0, date.start - sentence.start))))):
                chosen = [_Subject(article.current, article.current_name, date.start, date.start, False)]
            if (not chosen and article.current is not None and not named
                    # ("由于问询函内容涉及的工作量较大,无法在5月19日前完成全部回复工作,公司申请再次延期": the reply
                    # owed by the story's company, named after the day by a pronoun alone.)
                    and ("占用" in text or (verb_text.startswith(P.REPLY_OBLIGATIONS) and subjects))
                    and all(not s.explicit and self.registry.find(s.company) == self.registry.find(article.current)
                            for s in subjects)):
                # "决定书要求,所有占用资金应在…(2025年8月12日前)归还": money taken from the story's company,
                # due back on the day, in a sentence that names no one (or names it after the day by a pronoun alone:
                # "如控股股东未能在2月21日前解决占用问题,公司股票将被实施其他风险警示").
                chosen = [_Subject(article.current, article.current_name, date.start, date.start, False)]
            if not chosen:
                continue
            obligation_end = (
                local_end if named
                else _clause_end(text, expiry.end()) if expiry else after.end() + obligation.end()
            )
            clause = text[local_end : _clause_end(text, obligation_end)]
            if expiry:
                # The amount sits in the clause that says what was (not) done by then.
                clause = text[local_end : _clause_end(text, _clause_end(text, expiry.end()) + 1)]
            amounts = find_amounts(clause)
            cleaned_obligation = verb_text
            for amount in reversed(find_amounts(verb_text)):
                cleaned_obligation = cleaned_obligation[: amount.start] + cleaned_obligation[amount.end :]
            consequence = None
            follow = P.CONSEQUENCE_RE.search(text, obligation_end)
            if not follow and _IF_BEFORE_DAY_RE.search(text, _clause_start(text, date.start - sentence.start),
                                                         date.start - sentence.start):
                # "若公司在2024年7月5日前仍无法披露年报,公司股票将被实施退市风险警示": the if before the day, what
                # follows after it.
                follow = _WILL_FOLLOW_RE.search(text, obligation_end)
            if follow:
                consequence_text = follow.group()
                if "退市风险警示" in consequence_text:
                    consequence = "*ST"
                elif "其他风险警示" in consequence_text:
                    consequence = "ST"
                elif re.search(r"终止上市|强制退市|退市", consequence_text):
                    consequence = "delisted"
                elif "停牌" in consequence_text:
                    consequence = "suspension"
            for subject in chosen:
                record = self._use(subject)
                record.update(
                    {
                        "due_date": date.value.isoformat(),
                        "obligation": cleaned_obligation.strip(),
                        "amount_yuan": amounts[0].yuan if amounts else None,
                        "consequence": consequence,
                    }
                )
                record.update(self._evidence(sentence))
                self.deadlines.append(record)

    def _occupations(self, sentence, subjects, dates):
        text = sentence.text
        for match in P.OCCUPATION_RE.finditer(text):
            amount = find_amounts(text[match.end() : match.end() + 20])
            if not amount or amount[0].start > 4:
                continue
            pos = sentence.start + match.start()
            # A company named right after 控股股东/关联方 is the occupier, not the occupied.
            candidates = [
                s
                for s in subjects
                if s.end <= pos and not _ROLE_BEFORE_RE.search(self.text[max(sentence.start, s.start - 6) : s.start])
            ]
            occupier = None
            occupier_match = None
            for found in P.OCCUPIER_RE.finditer(text[: match.start()]):
                if occupier_match is None or not occupier_match.group("name"):
                    occupier_match = found
            if occupier_match:
                occupier = occupier_match.group("name") or occupier_match.group("role")
                occupier_root = self.registry.company_of(occupier_match.group("name") or "")
                candidates = (
                    [s for s in candidates if self.registry.find(s.company) != occupier_root]
                    if occupier_root is not None
                    else candidates
                )
            if not candidates:
                continue
            subject = candidates[-1]
            as_of = self._date_before(dates, pos, sentence)
            record = self._use(subject)
            record.update({"occupier": occupier, "amount_yuan": amount[0].yuan, "as_of": as_of and as_of.isoformat(),
                           "repaid_yuan": details.repaid_amount(text)})
            record.update(self._evidence(sentence))
            self.occupations.append(record)

    # -- page --------------------------------------------------------------------------------

    def run(self):
        sentences = _segment(self.text)
        bounds = {}
        for sentence in sentences:
            first, _ = bounds.get(sentence.article, (sentence.start, 0))
            bounds[sentence.article] = (first, sentence.end)
        articles = {}
        paragraph_dates = {}
        listed_before = (None, [])  # the paragraph and the companies the sentence before named
        for index, sentence in enumerate(sentences):
            text = sentence.text
            article = articles.get(sentence.article)
            if article is None:
                article = articles[sentence.article] = self._start_article(*bounds[sentence.article])
            subjects = self._mentions(sentence, article)
            if subjects and "除" in text and (excepted := _EXCEPT_OTHERS_RE.search(text)):
                # "除了刚上市的A外,其他7家公司…被立案调查": the company set apart is not whom the sentence tells of.
                start, end = sentence.start + excepted.start(), sentence.start + excepted.end("span")
                subjects = [s for s in subjects if not start <= s.start < end]
            counted = _COUNTED_COMPANIES_RE.search(text) if not subjects and "家" in text else None  # (家: each match's)
            if counted and listed_before[0] == sentence.paragraph and len(listed_before[1]) == count_word(counted.group("n")):
                # "ST甲、ST乙…未披露年报。证监会决定对5家公司…立案调查": the companies just listed, as many as counted.
                at = sentence.start + counted.start()
                subjects = [_Subject(s.company, s.name, at, at, True) for s in listed_before[1]]
            elif not subjects and "家" in text and index + 1 < len(sentences):
                subjects = self._counted_then_listed(text, sentence, sentences[index + 1])
            named = {}
            for s in subjects:
                if s.explicit:
                    named.setdefault(self.registry.find(s.company), s)
            listed_before = (sentence.paragraph, list(named.values()) if named else [])
            # (Each reason below to read a sentence needs a company the sentence or the article is about, and a hint of
            # an event: most sentences have none, and go without the tests.)
            hint = (subjects or article.issuer is not None or article.current is not None) and bool(
                _EVENT_HINT_RE.search(text) or may_hold_labelled_rename(text))
            # In a document, a sentence about the issuer's officers alone still counts (_officers_only).
            # An order's period that ends ("期限已于1月5日届满") belongs to the story's company even unnamed.
            expiring = hint and article.current is not None and "满" in text and _EXPIRY_HINT_RE.search(text)  # (满: each match's)
            # A measure on a person alone ("对张三采取…") may be the story's company's (_officer_of_current).
            # Nor does one on its shareholder told in the passive ("云南佳骏被深交所给予通报批评", _holder_before).
            # ("交易所通报批评其…": the story's company as a pronoun.)
            officer = hint and not subjects and article.current is not None and (
                "对" in text or "函" in text or "被" in text or "批评其" in text or "谴责其" in text
                # "上交所曾因道衡投资未履行增持计划予以公开谴责": the party named in the cause, no 对.
                or "予以" in text or "给予" in text
                # "上交所下发《纪律处分决定书》,公开认定许某10年内不适合担任…": the exchange's declaration on a person.
                or "公开认定" in text
                # "这一天深交所做出了终止其上市的决定": the story's company as a pronoun, its listing ended.
                # ("深圳证券交易所决定公司股票终止上市": the same, as 公司.)
                or "终止其" in text or "决定公司" in text)
            # A shareholder's promise to repay the story's company names no company either, nor does the
            # day the money taken from it is due back ("所有占用资金应在…前归还").
            promise = hint and not subjects and article.current is not None and (
                "承诺" in text or "许诺" in text or "占用" in text
                # "深交所要求公司…在2024年3月8日前将有关说明材料报送": a reply the letter asks of the story's company.
                or bool(_ASKED_COMPANY_RE.search(text))
                # "公司将积极推进回复工作,预计于2016年1月21日…报送回复文件": the company's own expected day.
                or ("预计" in text and "回复" in text))
            if hint and (subjects or article.issuer is not None or expiring or officer or promise):
                if sentence.paragraph not in paragraph_dates:
                    # 次日 resolves against the previous date in the paragraph, so read whole paragraphs.
                    para_start = self.text.rfind("\n", 0, sentence.start) + 1
                    para_end = self._paragraph_end(sentence)
                    anchor = None
                    if _RELATIVE_DAY_RE.search(self.text, para_start, para_end):
                        # "同日,深交所…" may open a paragraph: the day is the article's last date.
                        earlier = [
                            d
                            for d in self._article_dates(article)
                            # Not a deadline, nor the day a balance is counted to ("截至2022年8月31日,…余额").
                            if d.end <= para_start and d.value and not d.before
                            and not self.text.endswith(AS_OF_WORDS, 0, d.start)
                            # (Nor the trading day before an event, its price's: "较9月18日即被戴帽的前一个交易日".)
                            and not DAY_BEFORE_AFTER_RE.match(self.text, d.end)
                            # Nor a period's end or start ("实施期限至2023年4月30日", "4月30日至2024年9月仍有…").
                            and not (self.text.endswith(("至", "到"), 0, d.start)
                                     # ("时间还要回拨到2023年4月18日。彼时,…": the day the story goes back to.)
                                     and not self.text.endswith(_BACK_TO_WORDS, 0, d.start))
                            and d.end_value is None
                            and not self.text.startswith(("至", "到"), d.end)
                        ]
                        anchor = earlier[-1].value if earlier else None
                        last_paragraph = self.text.rfind("\n", 0, earlier[-1].start) + 1 if earlier else 0
                        reports = [d for d in earlier if d.start >= last_paragraph and _REPORT_AFTER_RE.match(self.text, d.end)]
                        if reports and _REPORT_AFTER_RE.match(self.text, para_start + 2):
                            # "4月27日晚间,X公告称,…自4月29日开市起复牌…。\n同日晚间,X公告称": the day of the report before,
                            # not the day it says trading resumes.
                            anchor = reports[-1].value
                    paragraph_dates = {
                        sentence.paragraph: [
                            DateMention(
                                d.start + para_start, d.end + para_start, d.value, d.end_value, d.before, d.text
                            )
                            for d in find_dates(self.text[para_start:para_end], self.published, anchor,
                                                self.dated or (self.lead_dated and para_start < article.start + _LEAD_CHARS))
                        ]
                    }
                self.paragraph_dates = paragraph_dates[sentence.paragraph]
                dates = [d for d in self.paragraph_dates if sentence.start <= d.start < sentence.end]
                if ("处罚决定书" in text or "事先告知书" in text) and (
                        subjects or article.current is not None):
                    self._note_penalty_day(sentence, subjects, dates, article)
                if subjects or article.issuer is not None or expiring:
                    self._status(sentence, subjects, dates, article)
                    self._enforcement(sentence, subjects, dates, article)
                    self._deadlines(sentence, subjects, dates, article)
                    if "余额" in text:
                        self._occupations(sentence, subjects, dates)
                else:
                    if _PASSIVE_DONE_RE.search(text) and self._current_in_paragraph(sentence, article):
                        # "*ST示例(600589)近期股价波动较大。…因净资产为负值,已被实施退市风险警示。": the warning in
                        # place on the company the paragraph is about.
                        here = _Subject(article.current, article.current_name, sentence.start, sentence.start, False)
                        self._status(sentence, [here], dates, article)
                    self._enforcement(sentence, subjects, dates, article)
                    if promise:
                        # "示例投资承诺在6月30日之前归还占用资金": a shareholder's promise, no company named;
                        # "所有占用资金应在…前归还": the money owed back to the story's company.
                        self._deadlines(sentence, subjects, dates, article)
            proposal = _PROPOSAL_RE.search(text) if "拟" in text else None  # (拟: each match's)
            if proposal:
                # "湖北证监局拟决定:" above the list of proposed penalties: the regulator of each item.
                named = list(P.REGULATOR_RE.finditer(text, 0, proposal.start()))
                article.proposer = P.regulator_name(named[-1]) if named else None
            article.proposing = bool(proposal) or (
                article.proposing and bool(_LIST_ITEM_RE.match(text.lstrip()))
            )
            # Only a regulator with a name sets it, and each such name holds one of the words after the first three: a
            # sentence with 所 or 局 alone ("所有", "格局") is not scanned (the pattern is tried at each position: 4 µs).
            if ("证监" in text or "所" in text or "局" in text) and (
                    "证监" in text or "交所" in text or "证所" in text or "交易所" in text or "监管局" in text or "证券监督管理委员会" in text
                    or "股转公司" in text or "全国中小企业股份转让系统" in text):
                for regulator in self._regulators(text):
                    name = P.regulator_name(regulator)
                    # (A bare 交易所 after "上交所…" is that exchange: "上交所去年认定…。交易所加大监管力度".)
                    if name and not (name == "交易所" and article.last_regulator in ("上交所", "深交所", "北交所")):
                        article.last_regulator = name
        return self._result()

    def _counted_then_listed(self, text, sentence, following):
        """ "九家公司同日发布公告称,因涉嫌…被中国证监会立案调查。分别是A(000976),B,…": the companies the next
        sentence of the paragraph lists, as many as counted, are the subjects (placed where the count stands)."""
        counted = _COUNTED_HERE_RE.search(text)
        if counted is None or following.paragraph != sentence.paragraph or not _LIST_OPENING_RE.match(following.text):
            return []
        listed = {}
        for mention in self.registry.mentions_between(self.text, following.start, following.end):
            listed.setdefault(self.registry.find(mention.company), mention)
        if len(listed) != count_word(counted.group("n")):
            return []
        at = sentence.start + counted.start()
        return [_Subject(m.company, m.text, at, at, True) for m in listed.values()]

    def _start_article(self, start, end):
        article = Article(start=start, end=end)
        head = self.text[start : min(end, start + 400)]
        header = next(iter(find_headers(head)), None)  # (a news story has no code-and-name header)
        if header and self.registry.company_of(header.group("name")) is None:
            header = None  # a header cut by the head's end ("证券简称:ST贵" of "ST贵人"): the page read it whole
        if not header:
            # A decision or letter: "关于对X…的决定" as title, or "X、张三:" as salutation.
            lines = head.split("\n")[:10]
            for index, line in enumerate(lines):
                if "关于" not in line and not line.endswith(":"):
                    continue  # (each title below holds 关于, a salutation ends with a colon: most lines do neither)
                if index and line.startswith("关于") and _ISSUER_LINE_RE.fullmatch(lines[index - 1]):
                    # "苏州示例科技股份有限公司\n关于收到江苏证监局警示函的公告": the title broken after the issuer.
                    line = lines[index - 1] + line
                addressed = _TITLE_ADDRESSEE_RE.match(line) or _SALUTATION_RE.match(line)
                addressee = addressed or _ANNOUNCEMENT_TITLE_RE.match(line) or _ORIGINAL_ANNOUNCEMENT_RE.match(line)
                name = addressee and (addressee.group(1) or addressee.group(2))
                # (Only a listed company: a bureau's decision to a NEEQ company has no A-share subject.)
                if (addressee and self.registry.company_of(name) is not None
                        and self.registry.is_listed(self.registry.company_of(name))):
                    article.issuer = self.registry.find(self.registry.company_of(name))
                    self.display.setdefault(article.issuer, name)
                    article.document = True
                    if addressed is not None:
                        issuer = P.REGULATOR_RE.search(head)
                        # "上证公监函〔2023〕0213号" above a decision's title: the number names the exchange (below).
                        article.decision = (issuer and P.regulator_name(issuer)) or ("" if "决定" in line else None)
                        posted = _POSTED_DAY_RE.search(head)
                        article.posted = posted and _iso_day(posted.group("day"))
                    break
        if not header and article.issuer is None:
            self._party_company(article, start, end)
        if header:
            article.document = True
            issuer = self.registry.company_of(header.group("name"))
            # The title line "示例科技股份有限公司关于…的公告" names the same issuer in full, just
            # below the header or, on a newspaper page, just above it.
            lines = head.split("\n")[:9]
            at = next((i for i, line in enumerate(lines) if find_headers(line)), 0)
            for line in lines[at + 1 : at + 4] + lines[max(0, at - 4) : at]:
                title = re.match(rf"^({_TITLE_FULL_NAME})(?:关于|董事会|$)", line)
                if title and self.registry.company_of(title.group(1)) is not None:
                    self.registry.link(issuer, self.registry.company_of(title.group(1)))
                    break
            article.issuer = self.registry.find(issuer)
            self.display[article.issuer] = header.group("name")
        article_text = self.text[start:end]
        # "最终结果以…《行政处罚决定书》为准" mentions the decision without having it; "安徽监管局对公司下发《行政处罚
        # 决定书》" has it.
        article.has_prior_notice = "事先告知书" in article_text and not re.search(
            r"(?:收到|(?<![将拟待])(?:下发|出具|作出))[^。;]{0,30}(?:处罚|禁入)决定书", article_text
        )
        opening = article_text[:300]
        article.has_letter = "函" in opening and bool(_LETTER_RE.search(opening))  # (each letter's name ends in 函)
        if article.document:
            article.number = details.document_number(article_text[:400], 0)
            if article.decision == "":
                article.decision = _numbering_exchange(article.number)
        return article

# The exchanges' letters are numbered by the issuing board: "创业板监管函〔2024〕第92号" is the SZSE's.
_EXCHANGE_NUMBERS = (
    ("创业板", "深交所"), ("深证", "深交所"), ("中小板", "深交所"), ("公司部", "深交所"),  # 公司管理部 of the SZSE
    ("上证", "上交所"), ("北证", "北交所"),
)


def _modal_outside_cause(clause):
    """Whether a hedge ("可能", "预计", "未被"…) makes the clause before a measure not a fact; not one inside the
    measure's cause ("因未在业绩预告预计净资产为负被深交所通报批评": what the company failed to forecast)."""
    topics = [m.span() for m in _TOPIC_RE.finditer(clause)] if "事项" in clause or "问题" in clause else []
    for modal in P.ENFORCEMENT_MODAL_RE.finditer(clause):
        if any(start <= modal.start() and modal.end() <= end for start, end in topics):
            continue  # ("上交所对公司迟迟未被注入资产等事项进行了问询": the matters asked about, not a hedge)
        cause = clause.rfind("因", 0, modal.start())
        if (cause < 0 or "被" in clause[cause : modal.start()] or not re.search(r"被|遭", clause[modal.end() :])
                or re.match(r"(?:将|会)?[被遭]", clause[modal.end() :])):  # ("因涉嫌违规可能被立案")
            return True
    return False


def _bare_person_before_passive(text, local):
    """The bare name right before the passive of the measure at ``local`` ("陈某,于10月底被…处罚"), as a list."""
    bei = text.rfind("被", 0, local + 1)  # (the measure may open with it: "被中国证监会立案")
    bare = (_RESPONSIBLE_NAMES_BEFORE_RE.search(text, max(0, bei - 24), bei)
            or _SUSPECTED_NAME_BEFORE_RE.search(text, max(0, bei - 28), bei)
            or _BARE_NAME_BEFORE_RE.search(text, max(0, bei - 16), bei)) if bei > 0 else None
    return P.find_persons(bare.group("name")) if bare else []


# "2021年12月7日,张坚力收到…《行政处罚及市场禁入事先告知书》", "张坚力于2021年7月21日收到": a bare name, then its
# receipt, with its day before or after it (not "关于收到…的公告", a title).
_RECEIVER_NAME_BEFORE_RE = re.compile(
    r"(?:(?:19|20)\d\d年\d{1,2}月\d{1,2}日,?(?P<name>[\u4e00-\u9fff]{2,4})"
    r"|(?:^|[,。;])(?P<named>[\u4e00-\u9fff]{2,4})于[^,。;]{0,16})$")


def _receiver_person_before(text, local):
    """The bare name of whoever received, right before it, the document the measure at ``local`` is named in, as a
    list ("张坚力收到…《市场禁入决定书》")."""
    at = text.rfind("收到", 0, local)
    if at <= 0 or any(mark in text[at:local] for mark in ",。;"):
        return []
    bare = _RECEIVER_NAME_BEFORE_RE.search(text, max(0, at - 30), at)
    return P.find_persons(bare.group("name") or bare.group("named")) if bare else []


def _iso_day(value):
    """The day a "YYYY-MM-DD" field names, or None where the page wrote one that does not exist ("2023-02-30")."""
    try:
        return datetime.date.fromisoformat(value)
    except ValueError:
        return None


def _received_tally(text, local, trigger_end):
    """Whether the letter at ``local`` is an item of a tally of letters received ("共计收到深交所出具的…监管函2份,
    关注函13份": its count right after it)."""
    return text.find("收到", 0, local) >= 0 and bool(_LETTERS_COUNT_AFTER_RE.match(text, trigger_end))


# "中国证监会2024年6月7日对X立案": an investigation's opening told with its day (not a decision's account of
# its procedure, "立案调查、审理").
_DATED_OPENING_RE = re.compile(r"(?:19|20)\d\d年\d{1,2}月\d{1,2}日(?:起)?,?对[^,。;]{2,20}?(?:正式)?立案(?!调查、审理)")
# "…问询函、关注函,分别是A、B": the companies listed after the letters' kinds.
_LISTED_AFTER_KINDS_RE = re.compile(r"[,:]?(?:分别是|分别为|包括|涉及)")
# "从*ST凯瑞变成ST凯瑞": the name the stock trades under after a lift, still labelled ST.
_STAR_TO_ST_AFTER_RE = re.compile(r"(?:由|从)[\"“]?\*ST[^,。;\"”]{2,4}[\"”]?(?:变成|变为|变更为|改为)[\"“]?ST(?!\*)")
# "二、公司股票停牌情况及终止上市决定": a numbered section's heading.
_NUMBERED_HEADING_RE = re.compile(r"\s*[一二三四五六七八九十]{1,3}、")
# "被立案调查等帖子为不实言论": what a rumour is called, right after the measure it names.
_RUMOUR_NOUN_AFTER_RE = re.compile(r"[^,。;]{0,8}?(?:帖子|传言|传闻|谣言|言论|说法)")
# What a shareholder promises to pay back ("归还", "偿还占用资金", "还款").
_REPAY_PROMISED_RE = re.compile(r"归还|偿还|清偿|还款|返还")
# "4封关注函和1封监管函", "问询函、两份关注函": the join between two letters of a list, each maybe counted.
_LETTER_LIST_JOIN_RE = re.compile(r"(?:、|和|及|以及|与)(?:(?P<n>[1-9]\d?|[一二两三四五六七八九十])(?:份|封))?")
# "X也引起监管层的留意,关注函随之下达": the letter, then its verb.
_LETTER_VERB_AFTER_RE = re.compile(r"(?:随之|随即|随后|紧接着|旋即|也|便|就)?(?:下达|下发|而至|接踵而至|飞至|发出)")
# "X等监管措施" after "相较于…": the kinds a measure is compared with.
_KINDS_NAMED_AFTER_RE = re.compile(r"[^,。;]{0,10}?等[^,。;]{0,6}?(?:措施|处分|处罚|手段)")
_COMPARED_BEFORE_RE = re.compile(r"相较于|相比于|相对于|相比|不同于|有别于|比起")
# An exchange's "予以警示" is a supervisory measure of no code of its own; a bureau's is its warning letter.
_GIVEN_WARNING_RE = re.compile(r"(?:给予|予以)[^,。;]{0,12}?警示")
_SAME_YEAR_MONTH_RE = re.compile(r"(?:同年|当年)(?P<m>\d{1,2})月(?:份)?")


def _numbering_exchange(number):
    """The exchange a document's number names by its prefix, or None."""
    return next((exchange for prefix, exchange in _EXCHANGE_NUMBERS if number.startswith(prefix)), None)


_SURROGATE_RE = re.compile("[\ud800-\udfff]")


def _encodes(text):
    """Whether ``text`` is valid Unicode (no lone surrogate): one encode in C, a third of the time of a search."""
    try:
        text.encode("utf-8")
    except UnicodeEncodeError:
        return False
    return True


def extract(text, published=None, known_names=None):
    """Extract regulatory events from one page.

    ``text``: str, or bytes (decoded as UTF-8, then GB18030). ``published``: date or
    'YYYY-MM-DD'; dates without a year resolve against it (null without it).
    ``known_names``: names the database knows, as an iterable of names or a mapping of
    name -> company key (names with the same key are one company).

    Returns the EXTRACTION.md object plus ``occupations`` (balances of occupied funds), ``occupation_companies``
    (companies only those are about, kept out of ``companies``) and ``warnings``. Never raises
    for bad content: undecodable input gives an empty result with a warning.
    """
    warnings = []
    published_date = None
    if published:
        published_date = parse_published(published) if not hasattr(published, "year") else published
        if published_date is None:
            warnings.append(f"could not read the publication date {published!r}; dates without a year are null")
    if isinstance(text, (bytes, bytearray)):
        try:
            text, decode_warnings = decode_bytes(bytes(text))
            warnings += decode_warnings
        except UnreadableInput as error:
            warnings.append(str(error))
            text = ""
    elif isinstance(text, str) and not _encodes(text):
        # A str read with surrogateescape, or from JSON ("\udc80"), may hold lone surrogates, which no codec (OpenCC's
        # neither) takes: each becomes U+FFFD, as an undecodable byte does.
        text = _SURROGATE_RE.sub("\ufffd", text)
        warnings.append("the text held characters that are not Unicode (lone surrogates); each was replaced by �")
    # A paragraph's dates and a clause's start are asked for many times over a page, and cached; a cache kept from
    # page to page would serve no real feed, only the benchmark, which reads one page again and again.
    find_dates.cache_clear()
    _clause_start.cache_clear()
    original = clean_text(text or "", simplified=False)
    cleaned = reading_form(to_simplified(original))
    result = {"published": published_date and published_date.isoformat()}
    if not cleaned.strip():
        warnings.append("the input holds no text")
        result.update(companies=[], status_changes=[], enforcement_actions=[], deadlines=[], occupations=[],
                      occupation_companies=[])
    else:
        found = _PageExtractor(cleaned, published_date, known_names).run()
        if original != cleaned:
            found = in_page_characters(found, cleaned, original)
        result.update(found)
        if published_date is None and re.search(r"(?<![\d年])\d{1,2}月\d{1,2}[日号]", cleaned):
            warnings.append("no publication date given: dates without a year are left null")
    result["warnings"] = warnings
    return result
