"""The phrases that signal a regulatory event, and the words that cancel one."""

import re

from .text import CJK

# Measure codes of DOMAIN.md. Order matters where phrases overlap: the first match at a
# position wins (责令公开说明 before 责令改正, 公开谴责 before the generic 纪律处分).
MEASURE_PATTERNS = (
    ("public_explanation", r"责令(?:公开说明|其?公开说明)"),
    (
        "rectification_order",
        r"责令(?:其?限期|其)?(?:改正|整改)|(?:采取|作出)[\"“]?(?:责令)?改正"
        # "责令公司及公司实际控制人6个月内完成整改": the parties stand between the verb and the order.
        r"|责令(?:公司|其|你公司|上市公司)[^,。;的]{0,16}?(?:在)?(?:(?:\d+|[一二三四五六七八九十两]+)个月内)?(?:完成)?(?:改正|整改)"
        # "责令公司清收被占用的资金", "责令其六个月内归还占用资金": what the order demands, its name unsaid.
        r"|责令(?:公司|其|你公司|上市公司|控股股东)[^,。;的]{0,12}?(?:清收|收回|追回|归还|偿还)"
        # "责令所有占用资金在收到决定书之日起六个月内归还": the money the order demands back, the company unnamed.
        r"|责令(?:所有|全部)?(?:被)?占用(?:的)?资金[^,。;]{0,40}?(?:归还|偿还|清偿|收回|追回)"
        # "公司被责令6个月内完成整改", "被责令30日内对相关年度报告进行更正"
        r"|责令(?:在)?(?:\d+|[一二三四五六七八九十两]+)(?:个月|日|天|个工作日)内(?:[^,。;]{0,20}?)?(?:完成)?(?:改正|整改|更正)"
        # "证监会拟决定责令*ST索菱改正", "责令ST示例进行整改", "责令示例股份限期整改": the company's name between.
        r"|责令\*?(?:ST)?[\u4e00-\u9fff]{2,8}?(?:改正|(?:进行|予以)?(?:限期)?整改)"
        # ("拟决定:1.责令湖北示例科技股份有限公司改正": the full name.)
        r"|责令[\u4e00-\u9fff]{2,16}?(?:股份)?有限公司改正"
        # "证监局责令示例公司就控股股东占用资金问题进行整改": the company, then what the order is about.
        r"|责令\*?(?:ST)?[\u4e00-\u9fff]{2,8}?就[^,。;]{2,30}?(?:进行|予以)?(?:改正|整改)"
        # "收到重庆证监局的行政监管措施决定书,要求公司在六个月内完成整改": the order, its name unsaid.
        r"|(?<=监管措施)决定(?:书)?[》\"”]?[,]?要求(?:公司|你公司|其|上市公司)?(?:在)?"
        r"(?:(?:\d+|[一二三四五六七八九十两]+)个月内)?(?:完成)?(?:改正|整改)"
        # "下发了《限期整改通知书》", "《关于示例股份有限公司限期整改的通知》", "《整改通知》": a bureau's order after its
        # inspection, by the name it went by before 责令改正 (the 2000s).
        r"|限期整改(?:通知书?|的通知|的函)|(?<![的后])整改通知书?",
    ),
    # ("接到浙江证监局发出的警示信": a reworded repost's word for it; not 警示信息 or 警示信号.)
    # ("…由于募集资金使用不规范,受江苏证监局警示。": a bureau's 警示, the clause's last word, is its letter; an
    # exchange's 监管警示 is another measure, below.)
    # ("被浙江证监局发函警示", "受到湖南证监局的警示": a bureau's 警示, its letter.)
    ("warning_letter", r"警示函|警告函|警示信(?![息号])|(?:(?<=证监局)|(?<=监管局)|(?<=证监局发函)|(?<=监管局发函)|(?<=证监局的)"
                       r"|(?<=监管局的))警示(?=[,。;]|$)"),
    ("regulatory_talk", r"监管谈话"),
    ("work_letter", r"工作函"),
    # "强力新材、同益股份因为高送转预案被问询。", "深圳交易所发函问询,要求说明…"
    # "深交所就对X扭亏的具体原因进行了详细追问", "遭到了深交所的追问": the exchange's follow-up questions.
    # "年报遭深交所51问", "收到深交所的51问": the exchange's questions counted, a headline's name for its letter.
    # ("当晚,X被上交所火速问询。": the exchange named between 被 and its questions.)
    # ("《关于对X2019年半年度报告的事后审核意见函》": the exchange's questions after its review of a report.)
    ("inquiry_letter", r"问询函|(?<=审核)意见函|(?:(?<=被)|(?<=被[上深北]交所)|(?<=被[上深北]交所(?:火速|紧急|连夜|再度|再次)))问询(?=[,。;])"
                       # ("担保问题已引发上交所问询,并要求…": the exchange's questions the matter drew.)
                       r"|(?:(?<=引发[上深北]交所)|(?<=引来[上深北]交所)|(?<=遭到[上深北]交所)|(?<=引发交易所)|(?<=引来交易所))"
                       r"问询(?=[,。;并])"
                       r"|问询(?=回复(?:的)?公告)|(?<=发函)问询|(?:(?<=进行了详细)|(?<=进行了)|(?<=交所的))追问(?=[,。;])"
                       r"|(?:(?<=交所的)|(?<=交所))\d{1,3}连?问(?![题询])"
                       # ("迎来了监管部门闪电问询。", "瞒报处罚遭深交所问询 X…": kept only after BARE_INQUIRY_BEFORE_RE.)
                       r"|问询(?=[,。;\s]|$)"
                       # ("深交所问询九芝示例(000989.SZ)": the exchange asking the company named after it; kept only then.)
                       r"|(?:(?<=[上深北]交所))问询(?=[\u4e00-\u9fff*])"),
    # ("《关于对X予以监管关注的函》": a bureau's letter of concern by its full title.)
    ("concern_letter", r"关注函|(?<=监管)关注的函"),
    ("regulatory_letter", r"监管函(?!件)"),
    ("public_censure", r"公开谴责|(?<=[遭被])谴责"),
    ("circulated_criticism", r"通报批评"),
    # "公开认定终身", "分别予以公开认定、公开谴责": the exchange's word for it, with its term or in a list of sanctions.
    ("unfit_declaration", r"公开认定[^,。;]{0,20}?不适合担任|不适合担任[^,。;]{0,12}?(?:董事|监事|高级管理人员|董监高|职务)"
                          r"|公开认定(?=终身|[\d一二三四五六七八九十]+年|、公开谴责|、通报批评|和公开谴责|及公开谴责)"),
    (
        "investigation",
        # "收到证监会《调查通知书》": the notice that opened an investigation before 2020 (not a 协助调查通知书).
        # ("山东证监局曾在2020年8月对X涉嫌信息披露违法违规行为进行立案稽查": a bureau's word for it.)
        rf"立案调查|立案稽查|立案告知书|立案通知书|(?<!协助)调查通知书|(?:决定|已|依法)对[{CJK}A-Za-z*、]{{1,60}}?(?:予以)?立案(?![{CJK}])"
        # "中国证券监督管理委员会对公司立案": the regulator right before, no 决定.
        rf"|(?:(?<=证监会)|(?<=委员会)|(?<=证监局)|(?<=监管局))对[{CJK}A-Za-z*、]{{1,60}}?立案(?![{CJK}])"
        # ("证监会于5月12日对公司立案": the day of the decision right before.)
        rf"|(?<=日)对[{CJK}A-Za-z*、]{{1,60}}?立案(?![{CJK}])"
        # "公司或相关方被立案," with the regulator unnamed, in a sentence (not a headline; not "被立案侦查").
        # "被中国证券监督管理委员会(以下简称“中国证监会”)立案": the regulator's name declared in between.
        # ("…等15股遭到证监会立案": 遭到.)
        r"|(?:被|遭到?)(?:中国证监会|证监会|中国证券监督管理委员会)(?:\([^()]{0,20}\))?(?:依法|再次|再度|两度|又|又一次|第二次|正式)?立案"
        # ("正因异常交易案被证监会调查": the regulator's investigation, 立案 left out; not 协助调查 or 调查完毕.)
        # ("而被中国证监会正式调查": the word for its opening between.)
        r"|(?:(?<=被证监会)|(?<=遭证监会)|(?<=被中国证监会)|(?<=遭中国证监会)|(?<=被证监会正式)|(?<=被中国证监会正式))"
        r"调查(?![完结取组人员])"
        # ("另外,X也遭立案,…": 遭.)
        r"|[被遭]立案(?=[,。;[]|$)",  # (a summary site's footnote mark may follow: "被立案 [8]")
    ),
    # An exchange's "监管警告" is a supervisory measure of its own (other), not the penalty.
    # "责令改正,并警告、罚款800万元": the warning listed with the fine.
    # "被证监会警告,处以892万元的罚款": the penalty's words in the passive, the fine right after.
    # ("被证监会警告,处罚金额合计达到约1.51亿元": the passive, the regulator right before the word.)
    # ("处以罚款并警告": the fine, then the warning; each its own measure.)
    # ("予以责令改正、警告并处罚款": an order before the warning, which is a measure of its own.)
    ("warning", r"(?:给予|予以|处以)(?:(?!罚款|责令)[^,。;]){0,15}?(?<!监管)警告|(?<!监管)警告[,、]?(?:并|并处|及|和|罚款|处以)"
                r"|(?:(?<=罚款并)|(?<=罚款和)|(?<=罚款及)|(?<=罚款、)|(?<=改正、)|(?<=整改、))警告"
                r"|(?:(?<=被证监会)|(?<=被中国证监会)|(?<=被证监局))警告(?=[,。;、])"),
    (
        "fine",
        # ("拟决定对公司以及15名相关责任人进行处罚,总额达到3250万元": the total after a comma.)
        # ("被处罚金额超1.4亿元": more than the amount.)
        r"罚款|(?:处罚|罚没)(?:[,]?总?金?额|款)?(?:合计|共计|总计|累计)?(?:达到|高达|达|为|超过|超)?约?(?=\d[\d.,]*(?:万|亿)?元)"
        # ("处以943万元罚没款": the amount, then the fine and the gains confiscated together.)
        r"|(?<=元)罚没款"
        # ("收到了监管罚单": the press's word for any supervisory measure, not a fine.)
        # ("领到相关罚单": the measures just named, whatever they were.)
        # ("已收到“预罚单”": the press's word for a 事先告知书, which says no kind.)
        # ("收到了两份罚单": measures counted, their kinds not said; an amount, if any, is read on its own.)
        r"|(?<=收到|领到|开出|吃到|领取|领受)[^,。;]{0,14}?(?<!监管)(?<!相关)(?<!预)(?<![份张])罚单|(?<=领|吃)罚单"
        # "及实际控制人赵德中等6人合计被罚7620万元", "泽达易盛连续6年财务造假,被重罚1.5亿元": the passive with the amount.
        # ("合计被罚1450万": a headline's amount without 元.)
        r"|(?:(?<=[被遭])|(?<=[被遭]重)|(?<=[被遭]顶格))罚(?=(?:合计|共计|总计|累计|了)?\d[\d.,]*(?:(?:万|亿)?元|(?:万|亿)(?![股份手户人家余多])))"
        # ("拟罚公司700万,董事长张三350万": the press's verb for a proposed fine, the company and the amount after it.)
        # (The pronoun inside the phrase: the story's company is the one fined.)
        r"|(?<=拟)罚(?:公司|该公司|上市公司)(?=(?:合计|共计)?\d[\d.,]*(?:(?:万|亿)?元|(?:万|亿)(?![股份手户人家余多])))"
        # ("被顶格处罚60万": a headline's penalty with its amount, 元 left out.)
        r"|(?:(?<=[被遭])|(?<=[被遭]顶格)|(?<=[被遭]重))处罚(?=(?:合计|共计)?\d[\d.,]*(?:万|亿)(?![元股份手户人家余多]))"
        # ("拟被罚金额共计145万元": the amount the party is to be fined.)
        r"|(?<=[被遭])罚(?=金额(?:合计|共计|总计|累计)?(?:达到|达|为)?约?\d[\d.,]*(?:万|亿)?元)"
        # ("给予警告,并处以300万元的" where the page is cut off: the amount the warning goes with.)
        r"|(?<=并)处以?(?=\d[\d.,]*(?:万|亿)?元(?!的?罚款))"
        # ("公司被处以60万元顶格处罚": the amount, then the penalty's generic word.)
        r"|(?<!并)处以(?=\d[\d.,]*(?:万|亿)?元(?:的)?(?:顶格|最高|最严)?(?:行政)?处罚)",
    ),
    # ("没收赵某、王某、刘某违法所得1543.91万元": the parties listed between.)
    ("confiscation", r"没收[^,。;]{0,6}?(?:违法|非法)所得|没收[\u4e00-\u9fff、]{2,24}?(?:违法|非法)所得|没收(?:其)?(?:业务收入|违法收入|保荐业务收入)"),
    # A headline's "实控人被禁入10年", "终身禁入".
    ("market_ban", r"市场禁入|禁入(?=(?:\d+|[一二三四五六七八九十]+)年)|终身禁入"),
    # 监管警示 and the exchanges' 口头警示/书面警示 are supervisory measures with no code of their own.
    # A 纪律处分意向书 only announces what the exchange means to do.
    # "沪市受处分公司中,包括桐昆股份、康缘药业…": a round-up of the exchanges' discipline.
    # "上海证券交易所给予公司股东警示": an exchange's 警示 given to someone, no 函 and no 风险.
    # "收到广东证监局行政监管措施决定书": a bureau's measure whose kind the sentence does not give (see
    # GENERIC_MEASURE_RE; "…决定书,要求公司…整改" is the order above).
    ("other", r"(?<!自律)监管措施(?:决定)?书(?![》\"”]?[,]?要求)|纪律处分(?!意向)|监管警示(?!函)|监管警告|(?<=予以|给予|发出|采取)监管关注(?!函|的函)|(?:口头|书面)警示(?!函)|(?<=受)处分(?=公司)"
              r"|(?:给予|予以)[^,。;]{0,12}?(?<!风险)(?<!监管)(?<!退市)警示(?!函)"
              # ("被口头警示或要求提交书面承诺": the Beijing exchange's measure of that name.)
              r"|(?<=要求提交)书面承诺|(?<=要求其提交)书面承诺"),
)
# The characters a measure phrase can start with, tested first: the regex engine tries every alternative at
# every position otherwise (a page took 8x longer). Keep it in step with MEASURE_PATTERNS. (The look-behinds go
# after one test of the character before, which most positions fail.)
_MEASURE_START = (r"(?:(?=[责采作警监工问关公谴通不立决已依被遭给予处罚没市禁终纪口书调追意限整])|(?<=[到出取受会局所的日])(?:"
                  r"(?<=收到|领到|开出|吃到|领取|领受)|(?<=会|局|日)(?=对)|(?<=交所)(?=\d)|(?<=交所的)(?=\d)))")
# Each code's group (read by lastgroup) is an empty one at the pattern's end, as in STATUS_RE below: the engine passes
# over at once a pattern that opens with another character than the one it stands on, but enters every one that opens
# with a group.
MEASURE_RE = re.compile(
    _MEASURE_START + "(?:" + "|".join(f"(?:{pattern})(?P<{code}>)" for code, pattern in MEASURE_PATTERNS) + ")"
)
# A word every measure phrase holds, found in one quick pass (each alternative starts with a character): a sentence
# without one holds no measure, and MEASURE_RE, whose look-arounds the engine tries at every position, is not run
# (3 sentences in 4 of a page). Keep it in step with MEASURE_PATTERNS. (Not 风险警示 alone: a status, no measure.)
MEASURE_HINT_RE = re.compile(
    r"责令|改正|整改|警示(?:函|信|(?<!风险警示))|警告|谈话|工作函|问询|意见函|追问|问(?<=[\d连]问)|关注函|监管函|谴责|通报批评"
    r"|公开认定|不适合担任|立案|调查通知书|罚|没收|禁入|监管措施决定书|监管措施书|处分|监管关注|并处|会调查|会正式调查|书面承诺"
)
# Who asked, and how, before a bare 问询 ("被上交所火速问询", "迎来了监管部门闪电问询", "遭深交所问询"): only then a letter.
BARE_INQUIRY_BEFORE_RE = re.compile(
    r"(?:被|遭到?|收到|迎来了?|引发|引来|发函)(?:[上深北]交所|交易所|监管部门|监管层|监管)?(?:的)?"
    r"(?:闪电|火速|紧急|连夜|再度|再次)?$")
# The words that say a discipline was given without saying which: another sentence usually names it.
GENERIC_DISCIPLINE_RE = re.compile(r"纪律处分|处分")
# A bureau's 行政监管措施决定书 named without its kind: `other` only when nothing on the page names the kind.
GENERIC_MEASURE_RE = re.compile(r"监管措施(?:决定)?书")
LETTER_MEASURES = {"work_letter", "inquiry_letter", "concern_letter", "regulatory_letter", "warning_letter"}
PENALTIES = {"warning", "fine", "confiscation", "market_ban", "circulated_criticism"}
DISCIPLINE = {"public_censure", "circulated_criticism", "unfit_declaration"}

# A letter counts when the text says it was sent or received, not when it is answered.
LETTER_ISSUED_RE = re.compile(r"关于对|收到|收悉|接到|下发|发出|发来|出具|送达|发函|致|下达|采取|被|印发|向|收了|领了|领到|吃了|吃到|喜提|收获")
LETTER_REPLY_RE = re.compile(r"回复")

# What may follow a label used as a verb ("被ST后", "被*ST,"): not a name's next character ("被ST东时占用").
_LABEL_VERB_END = r"(?=后|以来|并|处理|[\"“]?戴帽|[,。;、\s)(]|$)"  # ("被ST并于昨日复牌", "公司股票被ST处理", "被ST“戴帽”")
# The exchange that gives a label, and its verb, between 被 and the label ("被上交所实施ST", "被ST").
# ("就被实施了ST": done.)
_EXCHANGE_GIVING = r"(?:上交所|深交所|北交所|交易所|(?:上海|深圳|北京)证券交易所)?(?:(?:实施|实行)了?)?"
# What makes 摘帽 or 摘星 a topic: "摘帽问题", "摘帽进程", "摘星之路".
# ("摘星脱帽又进一步", "摘星脱帽初战告捷", "摘帽有望": a step towards it, not the lifting.)
_SLANG_TOPIC_AFTER = (r"(?![\"”]?(?:问题|事项|事宜|进程|进展|之路|条件|预期|前景|难度|计划|申请|工作|相关"
                      r"|(?:又|更)?进一步|一步|初战|有望|在望|可期|无望))")
# The words between 撤销 and the warning lifted; not "撤销相关风险警示暨继续被叠加实施退市风险警示": that warning stays.
_LIFTED_SPAN = r"(?:(?!暨|继续|叠加)[^,。;]){0,16}?"
# (pattern, from, to, kind). kind "stacked": 叠加实施 is a change even when the label stays
# (ST on top of *ST is still *ST); "slang" (摘帽) is only trusted with a date.
STATUS_PATTERNS = (
    (
        # ("撤销退市风险警示及实施其他风险警示": the one change, *ST to ST.)
        # ("撤销退市风险警示同时对公司股票实施其他特别处理": other special treatment, the rules' name for it until 2012.)
        r"[撤取][销消]" + _LIFTED_SPAN + r"退市风险警示[^。;]{0,14}?(?:继续|仍|并|同时|及)[^。;]{0,6}?(?:实施|实行|被实施)[\"“]?"
        r"其他(?:风险警示|特别处理)",
        "*ST",
        "ST",
        "formal",
    ),
    (
        r"[撤取][销消]" + _LIFTED_SPAN + r"退市(?:风险警示)?(?:[及和与并以、]+|,同时|,并)(?:撤销)?(?:对)?(?:公司)?(?:股票)?(?:交易)?(?:的)?其他风险警示",
        "*ST",
        "normal",
        "formal",
    ),
    (r"[撤取][销消]" + _LIFTED_SPAN + r"退市风险警示", "*ST", "normal", "formal"),
    (r"[撤取][销消]" + _LIFTED_SPAN + r"其他(?:风险警示|特别处理)", "ST", "normal", "formal"),
    # "深交所审核同意公司撤销叠加退市风险警示": the stacked warning lifted, the first one stays (*ST as before).
    (r"撤销(?:对公司股票)?叠加(?:实施|实行)?(?:的)?退市风险警示", "*ST", "*ST", "stacked"),
    # "实施退市风险警示叠加其他风险警示": the second warning named right after the first.
    # (The scan resumes after the first warning, so the joining word stands in the look-behind.)
    # ("自5月4日起将被叠加实施并被继续实施其他风险警示": a second ground stacked on the ST in place.)
    # ("被实施叠加其他风险警示": the verb before the word.)
    (r"叠加(?:(?:实施|实行)(?:并(?:被)?继续(?:实施|实行))?[\"“]?其他风险警示|(?:(?<=退市风险警示叠加)|(?<=退市风险警示并叠加)"
     r"|(?<=退市风险警示及叠加)|(?<=退市风险警示,并叠加)|(?<=实施叠加)|(?<=实行叠加)|(?<=警示\(\*ST\)叠加))[\"“]?其他风险警示)",
     "*ST", "*ST", "stacked"),  # ("被实施退市风险警示(*ST)叠加其他风险警示": the label in brackets between)
    # ("于2017年6月8日被新增实施其他风险警示": a new ground, the same stacking.)
    (r"新增(?:实施|实行)[\"“]?其他风险警示", "*ST", "*ST", "stacked"),
    # ("公司股票被叠加实施规范类退市风险警示": the kind of delisting risk named before it.)
    # (Not "被叠加实施退市风险警示及其他风险警示": the two warnings put on together, the one change *ST shows.)
    (r"叠加(?:实施|实行|(?<=实施叠加)|(?<=实行叠加))[\"“]?(?:(?:重大违法|规范|财务|交易)类)?退市风险警示(?![及和与][\"“]?其他风险警示)",
     None, "*ST", "stacked"),
    # (Not "规则第9.8.1条所列实施其他风险警示中第(五)项": a ground the rule lists, no change.)
    # ("被实施重大违法类强制退市风险警示": the kind of delisting risk named before it.)
    # ("于2025年4月30日被实施了退市风险警示": the particle between; "被实施退市警示": 风险 left out.)
    # ("公司股票自2021年5月6日起被实施其他风险警": a copy cut off in the last word.)
    # ("自2018年5月20日起,公司股票将被给予其他风险警示": the exchange's older verb.)
    (r"(?:实(?<!所列实)[施行]|(?<=被)给予)了?[\"“]?(?:(?:重大违法|规范|财务|交易)类?)?(?:强制)?退市(?:风险)?警(?:示|$)(?!中第)",
     None, "*ST", "formal"),
    # ("自2011年9月2日开市时起被实行其他特别处理": the rules' name for it until 2012.)
    (r"(?:实(?<!所列实)[施行]|(?<=被)给予)了?[\"“]?其他(?:风险警(?:示|$)|特别处理)(?!中第)", None, "ST", "formal"),
    # ("股票于2025年4月30日开市起被实施“*ST”标识": the label itself put on.)
    (r"(?<=被)实[施行]了?[\"“]\*ST[\"”](?:的)?(?:标识|标记|帽子)", None, "*ST", "formal"),
    (r"(?<=被)实[施行]了?[\"“]ST[\"”](?:的)?(?:标识|标记|帽子)", None, "ST", "formal"),
    # "金通灵将“披星戴帽”,变更为*ST金灵": the star and the cap put on (slang, trusted only with a date).
    (r"披星[戴带]帽", None, "*ST", "slang"),
    # ("复牌已正式“带帽”,成为ST示例": 带, a common slip for 戴.)
    (r"[戴带](?<!披星戴)(?<!披星带)帽", None, "ST", "slang"),
    # "正式戴上“*ST”帽子": the label named, put on.
    (r"戴上[\"“]?\*ST[\"”]?(?:的)?帽子", None, "*ST", "formal"),
    (r"戴上[\"“]?ST[\"”]?(?:的)?帽子", None, "ST", "formal"),
    # "在摘除“ST”标记后的首个交易日": the label named, taken off.
    (r"摘(?:除|掉|下)了?[\"“]?ST[\"”]?(?:的)?(?:标记|帽子|标识|标志)", "ST", "normal", "formal"),
    # "*ST广田摘星摘帽": both warnings lifted at once.
    # (Not "提及摘帽问题的关注函", "摘帽进程": the topic, not the event.)
    (r"[摘脱](?:(?<=摘)星(?:脱帽|摘帽)|帽)" + _SLANG_TOPIC_AFTER, None, "normal", "slang"),  # (摘星脱帽|摘星摘帽|摘帽|脱帽)
    (r"摘星(?!脱帽|摘帽)" + _SLANG_TOPIC_AFTER, "*ST", "ST", "slang"),
    (
        r"终止(?:公司|其)?(?:股票|A股股票)?上市(?![^,。;]{0,4}(?:风险|情形|条件|程序|标准|指标|告知|议案|事项|申请|可能|影响|决定后,(?![^。;]{0,20}?已)))|予以摘牌|被[^,。;]{0,8}?摘牌|(?:股票|公司)(?:正式)?摘牌(?!退市整理|日)|正式(?:从[A-Z]股市场|从[^,。;]{2,6}所)?摘牌|摘牌退市"
        # "深交所正式终止华铁股份股票上市": the company's name inside (its short name in brackets after it: "终止珠海市
        # 示例投资股份有限公司(下称*ST示例)股票上市").
        r"|终止(?:[^,。;()]|\([^()]{1,16}\)){2,20}?股票上市(?![^,。;]{0,4}(?:风险|情形|条件|程序|标准|指标|告知|可能))"
        # "示例公司:股票终止在深圳证券交易所上市": the exchange inside ("被终止在上交所上市": by its short name).
        r"|终止(?:公司|其)?(?:股票)?在(?:(?:上海|深圳|北京)证券交易所|[上深北]交所)上市(?![^,。;]{0,4}(?:风险|情形|条件|程序|标准|指标|告知|议案|事项|申请|可能))"
        # "去年就已从A股市场退市摘牌", "于2024年8月15日退市摘牌"
        r"|(?:(?<=[已日])|(?<=已经))(?:从[A-Z]股市场|从[^,。;]{2,6}所)?退市摘牌"
        # "今年以来已有A、B和C 3家上市公司退市": the companies listed before their count.
        r"|(?:(?<=\d家上市公司)|(?<=\d家公司)|(?<=\d家企业))退市(?=[。;,])"
        # "已有A、B、C三家企业相继退市": one after another, a count in words.
        r"|退市(?:(?<=相继退市)|(?<=先后退市)|(?<=[两三四五六七八九十]家上市公司退市)|(?<=[两三四五六七八九十]家公司退市)"
        r"|(?<=[两三四五六七八九十]家企业退市))(?=[。;,]|$)"
        # "退市后转入全国中小企业股份转让系统(俗称“老三板”)挂牌交易": where a delisted stock trades.
        r"|转入(?:全国中小企业股份转让系统|股转系统|老三板|退市板块)"
        # "东旭蓝天(已退市)称,…": a remark in brackets after the name.
        r"|(?:退市(?<=\(已退市)|摘牌(?<=\(已摘牌))(?=\))"
        # "其中,*ST美讯已经摘牌,退市卓朗处于退市整理期": done, the clause's last word.
        r"|(?:(?<=已经)|(?<=[^经]已))摘牌(?=[,。;]|$)"
        # "*ST旭蓝和*ST嘉寓已经因为连续20个交易日股价低于1元而完成退市".
        r"|(?<=[已而])完成退市"
        # "*ST同达、*ST园城和*ST碳元被上交所宣告退市".
        r"|被[^,。;]{0,8}?宣告(?:终止上市|退市)"
        # ("因…收市价低于1元,被下令退市", "上月被深交所要求退市", "自本年7月底于深交所摘牌": ordered off, or off an
        # exchange named.)
        r"|被(?:[上深北]交所|交易所)?(?:勒令|下令|强制|要求)退市|摘牌(?<=[^将]于[上深北]交所摘牌)"
        # "长动退、东电退等目前已进入退市整理期", "退市拉夏也已走完退市整理期": delisting decided (the day of 摘牌 not
        # given by it).
        # (From 退, the words before it looked behind for: a pattern opening with 进 would be tried at each 进 of a page.)
        r"|退市整理期(?:(?<=已进入退市整理期)|(?<=目前进入退市整理期)|(?<=正式进入退市整理期)|(?<=已走完退市整理期))"
        # "*ST科林因连续3年亏损而退市": the cause, then the delisting done.
        r"|(?<=而)退市(?=[。;,]|$)"
        # "深交所依法对其作出退市决定" (作出终止上市决定 is read by 终止上市 above).
        # ("已收到深交所重大违法强制退市决定": the decision received, its grounds before 退市.)
        r"|退市(?:(?<=作出退市)|(?<=作出了退市)|(?<=违法强制退市)|(?<=收到强制退市)|(?<=作出强制退市)|(?<=交所强制退市))决定"
        # "在已退市的股票中,4只与面值退市相关,分别是A、B、C、D": the companies listed after.
        r"|退市(?<=已退市)(?=的(?:股票|公司|个股|企业)[^。;]{0,30}?(?:分别是|分别为))",
        None,
        "delisted",
        "formal",
    ),
    # "“摘星”由*ST变ST": the labels themselves, in a round-up.
    (r"由[\"“]?\*ST[\"”]?变(?:为|成|更为)?[\"“]?ST(?![A-Za-z\u4e00-\u9fff])", "*ST", "ST", "formal"),
    (r"由[\"“]?ST[\"”]?变(?:为|成|更为)?[\"“]?\*ST", "ST", "*ST", "formal"),
    # "股票6月11日起被ST", "4月30日被*ST后", "因年报存在虚假记载而均被ST": the label as a verb (a change that
    # happened, dated or not, as the annotation rules count one mentioned in passing).
    # ("公司股票也是在此期间被上交所“ST”": the exchange that gave the label named in between.)
    # ("公司因此被实施ST。": the label as the warning's name.)
    # ("但7月9日复牌也将变成ST股": the label of the kind of stock it becomes.)
    (r"(?:变成|变为|成为|沦为)[\"“]?\*ST股", None, "*ST", "formal"),
    (r"(?:变成|变为|成为|沦为)[\"“]?ST股", None, "ST", "formal"),
    # "因为连续亏损变身*ST融捷", "沦为“ST示例”": the new name alone shows the label, after a verb of becoming (not
    # "变身*ST股", which names no stock).
    (r"(?:变身|沦为)(?:为|成)?[\"“]?\*ST(?!股)(?=[\u4e00-\u9fff])", None, "*ST", "formal"),
    (r"(?:变身|沦为)(?:为|成)?[\"“]?ST(?!股)(?=[\u4e00-\u9fff])", None, "ST", "formal"),
    # ("被上海证券交易所实施ST处理": the exchange by its full name.)
    (r"被" + _EXCHANGE_GIVING + r"[\"“]?\*ST[\"”]?" + _LABEL_VERB_END, None, "*ST", "formal"),
    (r"被" + _EXCHANGE_GIVING + r"[\"“]?ST[\"”]?" + _LABEL_VERB_END, None, "ST", "formal"),
    # "9月23日起复牌并变更为“ST示例”": the new name alone shows the label (not "由“*ST示例”变更为“ST示例”", a rename).
    # ("股票于1月6日复牌后变更为“ST示例”": the same after 复牌后.)
    # (Only after 复牌并 or 复牌后: after 简称 the rename reads it, which knows a warning lifted nearby and whose name it is.)
    (r"变(?:(?<=复牌并变)|(?<=复牌后变))更?为[\"“]\*ST(?=[\u4e00-\u9fff])", None, "*ST", "formal"),
    (r"变(?:(?<=复牌并变)|(?<=复牌后变))更?为[\"“]ST(?=[\u4e00-\u9fff])", None, "ST", "formal"),
    # "2025年4月23日起实施风险警示" in a broker's notice of an ST imposition: the generic word, trusted only with a
    # date (like 摘帽).
    (r"(?:实施|实行)[\"“]?风险警示(?![的之期板])", None, "ST", "slang"),
    # "连续两年亏损被退市风险警示", "遭退市风险警示": the warning itself as the verb, without 实施; not a reason
    # ("被退市风险警示的原因"), a period ("…期间") or a time counted from it ("…之日").
    # ("因营收不足被处以退市风险警示": the sentence's verb of a penalty.)
    (r"[被遭](?:(?<=被)处以)?[\"“]?退市风险警示(?![的之期])", None, "*ST", "formal"),  # ([被遭]|被处以)
    (r"[被遭](?:(?<=被)处以)?[\"“]?其他风险警示(?![的之期])", None, "ST", "formal"),
    # "股票自2024年5月6日起已处于退市风险警示状态": the state since the day it was imposed.
    (r"处(?:(?<=起处)|(?<=起已处))于[\"“]?退市风险警示状态", None, "*ST", "formal"),
    (r"处(?:(?<=起处)|(?<=起已处))于[\"“]?其他风险警示状态", None, "ST", "formal"),
    # "舍得酒业股票被特别处理": the old name of the ST label, as a verb.
    (r"被(?:实行|实施)?[\"“]?特别处理(?![的之期])", None, "ST", "formal"),
    # "因触及交易类退市指标于2024年2月摘牌的示例控股", "已退至老三板的示例": a delisting that describes the company
    # named right after it (read as such only with a cause, a day or "已" before it; see the extractor).
    (r"(?:摘牌|退市|退至(?:老三板|新三板|三板|股转系统))(?=的)", None, "delisted", "relative"),
)
REVOKE_DELISTING_WARNING = 2  # index of "撤销…退市风险警示" above
REVOKE_OTHER_WARNING = 3  # index of "撤销…其他风险警示" above
FIRST_IMPOSED = 5  # index of the first pattern that puts a warning on (those before lift one)
# "撤销其他风险警示,因公司仍存在退市风险警示情形": *ST stays after ST is lifted.
DELISTING_WARNING_REMAINS_RE = re.compile(r"(?:仍|继续|依然|仍然)[^。;]{0,12}?退市风险警示")
# "撤销…部分其他风险警示,不过公司仍存在其他风险警示": some grounds of ST lifted, ST stays.
OTHER_WARNING_PART_RE = re.compile(r"部分(?:的)?[\"“]?其他风险警示")
# As for measures: the characters a status phrase can start with. Keep it in step with STATUS_PATTERNS.
_STATUS_START = r"(?=[撤取带叠新实摘脱终予被股公由正遭从退转完披戴变处成沦给])"
# Each pattern's group (s0, s1…, read by lastgroup) is an empty one at its end: the engine passes over at once an
# alternative that opens with another character than the one it stands on, but enters one that opens with a group.
# (Nor a look-behind or an alternation: a pattern opens with its first character (or a class of them), and the
# look-behinds before it are written after it, "实(?<!所列实)" for "(?<!所列)实": a sixth less time on a sentence.)
STATUS_RE = re.compile(
    _STATUS_START + "(?:" + "|".join(f"(?:{p})(?P<s{i}>)" for i, (p, _, _, _) in enumerate(STATUS_PATTERNS)) + ")"
)
# A word every status phrase holds, found in one quick pass: a sentence without one (nearly half of those read) holds
# no change, and STATUS_RE is not run. Keep it in step with STATUS_PATTERNS.
STATUS_HINT_RE = re.compile(r"警示|风险警|帽|摘|上市|退市|退至|转入|ST|特别处理")

# "触及“…被实施退市风险警示”的情形": the name of a case in the rules, not a change.
NAMED_CONDITION_RE = re.compile(
    # ("触动终止上市红线": the line a price crossed, the decision still to come.)
    r"[^,。;]{0,12}?[\"”」]?(?:的)?(?:情形|情况|条件|标准|规定|红线)"
    # "一、公司股票之前被实施其他风险警示的主要原因": a section on why, not the change; nor is
    # "一、公司被实施退市风险警示及其他风险警示的原因", the heading the template gives either way.
    r"|(?:[及和与、]其他风险警示)?的(?:主要)?原因$"
    # "2、关于资金占用未归还,公司股票被叠加实施其他风险警示的风险提示": a section on the risk, not the change.
    r"|的风险提示$"
    # "(一)公司股票被实施退市风险警示相关风险提示…披露不真实": a topic, not the event.
    r"|(?:的)?(?:相关|有关)"
    # "被实施退市风险警示之日起的两个月内", "实施退市风险警示期间": a period named after it.
    r"|(?:之日|期间)"
)
TRIGGERED_RE = re.compile(r"触发|触及|符合|满足|适用|属于")
# Words that make the rest of the sentence hypothetical ("若未…将被实施退市风险警示").
# As for measures, the characters a hedge can start with, tested first (4x faster). Keep it in step with the words.
HYPOTHETICAL_RE = re.compile(
    r"(?=[若如倘假一否届未不无没仍可直根情依按之即哪作做])(?:"
    r"若|如果|如未|如不|如公司|如届时|如在|倘若|假如|一旦|否则|届时(?:仍)?未|如仍"
    # "即便收到问询函,公司也以保密为由不予披露": even if, a concession, no letter received on a day.
    r"|即便|即使|哪怕"
    # "如根据正式的处罚决定书,…将被终止上市": 如 opening a clause is "if" (not 如下, 如此, 如期, 如实, 如前所述,
    # nor 如意集团 or 如通股份).
    # Only with what would follow ("将", "则"): "如ST起步、*ST明诚均被公开谴责" is "such as".
    # ("如X因…财务会计报告被出具…,于7月3日被摘牌": 会 of 会计 is no "would".)
    r"|(?:^|(?<=[,;:]))如(?![下此今图期实上前所同何意通])[^。;]*?(?:将|则|会(?!计)|可能)"
    # "如后续*ST示例股票被深交所决定终止上市,…": what would follow a decision not made.
    r"|(?:如|若|如果)(?:后续|今后|未来|最终)"
    # A rule's condition: "停牌后两个月内仍未完成整改的,对公司股票实施退市风险警示".
    r"|(?:未|不能|无法|没有)[^,。;]{0,30}?的,"
    # "未完成整改将被实施退市风险警示": the consequence of a failure that has not happened (not "因未…将被", a cause).
    r"|(?<![因由])(?:未|不能|无法)(?:按期|如期|在[^,。;]{1,12}?内)?完成[^,。;]{0,6}?将"
    # "…之日起的两个月内仍未完成整改,深交所将决定终止…": the rule's next step, not an event.
    r"|仍未(?:能)?完成(?:整改|改正)[^,。;]{0,6},"
    # "公司可能在年度报告披露后,股票将被实施退市风险警示": what may follow, with no day set.
    r"|可能[^。;]{0,40}?,[^,。;]{0,10}?将(?!于)"
    # The boilerplate of a risk notice: "每五个交易日披露一次…,直至相应情形消除或者本所终止其股票上市".
    r"|直至[^,。;]{0,12}?(?:消除|解决)[^,。;]{0,4}?或"
    # "如果届时…无法解决,公司将触及…的情形。根据该规则,交易所将对其股票实施…": what the rule just cited says.
    r"|根据该(?:规则|规定)[^。;]{0,30}?将(?!于)"
    # "根据《股票上市规则》,公司存在…占用资金或违规担保,情形严重的,将被实施其他风险警示": the rule quoted.
    r"|根据《[^》]{0,30}?(?:规则|规定|办法)》[^。;]{0,80}?的,[^,。;]{0,10}?将(?!于)"
    r"|情形严重的,"
    # "依据中国证监会行政处罚决定,公司…触及重大违法强制退市标准的,公司股票将被终止上市": a rule, not a decision.
    r"|(?:依据|根据|按照)[^。;]{0,80}?的,[^,。;]{0,10}?将(?!于)"
    # "上交所在公司股票停牌之日后5个交易日内,根据实际情况,对公司股票实施退市风险警示": what the rule allows, in a span.
    r"|之日(?:起|后)[^,。;]{0,4}?(?:\d+|[一二三四五六七八九十]+)个交易日内,根据实际情况"
    # "公司股票被深交所作出终止上市决定后,公司股票在十五个交易日内摘牌,公司股票终止上市": the rule's next steps
    # (not "…决定后,公司股票已于3月5日摘牌").
    r"|(?:作出|做出)[^,。;]{0,12}?决定后,(?![^。;]{0,20}?已))"
)
# Words that, in the same clause before the trigger, make it not (yet) a fact.
MODAL_RE = re.compile(
    # (Not "因被法院受理重整申请,公司股票交易被叠加实施…": a court accepted the creditors' application.)
    # ("该公司大概率会被终止上市": an expert's guess; "恐将被*ST": a fear.)
    # ("深圳证券交易所有权终止公司股票上市交易": what the exchange may do, a rule's power.)
    r"可能|或将|或被|大概率|恐将|恐怕|或许|也许|有权|是否|能否|可否|预计|有望|面临|存在(?:被|可能|[^,。;]{0,2}风险)|(?<!重整)(?<!破产)(?<!清算)申请|请求|提交|提出|"
    r"如何|不会|不再|避免|以免|防止|规避|未被|未因|不被|不$|"  # ("却不被强制退市": not done)
    r"不存在|尚未|并未|没有|免于|"
    r"无需|不予|担忧|警惕|意味着|情形下|需要|应当|须|将会|争取|力争|努力|尽快|等待|等候|静待"
    # "还拟被实施重大违法强制退市": proposed, not decided.
    r"|拟"
    # "公司股票或因多项财务指标不达标被终止上市": 或 as "may" before the cause (not "因甲或因乙", either cause).
    r"|(?:股票|公司|股价|ST[\u4e00-\u9fff]{2,4})或因"
)
# (Not "经公司董事会审议批准": the board's own approval of the application.)
# (Nor "董事会同意向深交所申请撤销…": the board agreeing to apply.)
# (Not "收到《行政处罚决定书》之日起满十二个月后…申请撤销": a decision's name, not an approval.)
# ("经公司董事会审议,同意向深交所申请撤销…": the board's consent to apply, not the exchange's to the application.)
APPROVAL_RE = re.compile(r"(?<!董事会)(?<!股东大会)(?<!股东会)(?<!审议,)同意(?![^,。;]{0,30}?申请)|审核通过|核准|(?<!审议)批准|决定(?!书)")
# "尚需深交所审核同意": the approval is still to come; "将于…五个交易日内决定是否撤销": so is the decision.
PENDING_APPROVAL_RE = re.compile(
    r"(?:尚需|尚待|需经|须经|有待|待|能否|是否)[^。,;]{0,15}?(?:同意|审核通过|核准|批准|决定)|决定是否"
    # "申请撤销其他风险警示事项正处于补充材料阶段": still under review.
    r"|正处于[^。,;]{0,10}?阶段|作出相关决定的期限"
)
# "仍被实施其他风险警示": the status goes on, it does not change.
# ("继续被交易所实施其他风险警示": the exchange named in between.)
CONTINUING_RE = re.compile(r"(?:仍|依然|仍然|继续)(?:将)?(?:被)?(?:上交所|深交所|北交所|交易所)?(?:对其|对公司)?(?:叠加)?$")
# Market statistics ("48单", "37家公司") describe many companies, never one.
# (Not "对公司及13名当事人作出行政处罚": the company and its people, one case.)
# (Nor "对东方通7名责任人合计罚款": the people of one case.)
STATISTICS_RE = re.compile(
    # (Not the officers a measure names beside the company: "X及其董事长张三等6名相关负责人被追责".)
    # (The look-ahead lets the engine skip at once the positions where none of the words can start.)
    r"(?=[\d多数若家共批])(?:\d+家|多家|数家|若干家|(?<!公司及)(?<!\d)\d+名(?!(?:时任|原|现任)?(?:相关)?(?:责任人|负责人|当事人|董监高|高管|高级管理人员|董事|监事|人员))|共\d+单|\d+单|家(?:上市)?公司|批公司)"
)
# A case closed or withdrawn. (Not "账户冻结案例": 冻结, then 案例.)
_WITHDRAWN = r"(?<!冻)结案|终止调查|撤销立案|解除"
WITHDRAWN_RE = re.compile(_WITHDRAWN)
# An investigation that is over: closed, or measured by how long it took ("从被立案调查到收到处罚决定书仅用时24天",
# "立案调查用时不超过一个月"), which a story tells of a case already decided.
CLOSED_RE = re.compile(
    _WITHDRAWN +
    # A decision's account of its procedure: "我局对X…进行了立案调查、审理,并依法向当事人告知…".
    r"|调查、审理|立案调查,(?:并)?依法向当事人告知"
    # "安徽证监局对X信息披露违法违规行为进行立案调查发现,…": what the investigation behind a decision found.
    r"|进行(?:了)?立案调查(?:后)?(?:发现|查明)"
    r"|(?:用时|历时|耗时)(?:不超过|不到|仅为|仅|约|只有)?(?:\d+|[一二三四五六七八九十两半]+)个?(?:天|日|月|年|周)"
    # "经过一年多的立案调查,…一案,已调查完毕": the investigation behind a penalty, long opened.
    r"|调查完毕|经过(?:了)?(?:\d+|[一二三四五六七八九十两半]+)个?(?:天|月|年|周)多?的?(?:立案)?调查"
)

# The characters a regulator's name can start with (see _MEASURE_START). Keep it in step with REGULATOR_RE.
_REGULATOR_START = r"(?=[中证北天河山内辽吉黑上江浙安福湖广海重四贵云西陕甘青宁新深大厦沪交全股监我本创])"
REGULATOR_RE = re.compile(
    _REGULATOR_START + "(?:"
    # ("证监会甘肃局拟对X给予警告": the bureau as papers shorten it.)
    r"(?:中国证券监督管理委员会|中国证监会|证监会)(?P<bureau>北京|天津|河北|山西|内蒙古|辽宁|吉林|黑龙江|上海|江苏|浙江|安徽|福建|江西|"
    r"山东|河南|湖北|湖南|广东|广西|海南|重庆|四川|贵州|云南|西藏|陕西|甘肃|青海|宁夏|新疆|深圳|大连|宁波|厦门|青岛)(?:监管)?局"
    # ("中证监": the CSRC as Hong Kong outlets write it.)
    r"|中国证券监督管理委员会|中国证监会|证监会|中证监(?!会)"
    r"|(?P<local>北京|天津|河北|山西|内蒙古|辽宁|吉林|黑龙江|上海|江苏|浙江|安徽|福建|江西|山东|河南|湖北|湖南|广东|广西|海南|重庆|四川|"
    r"贵州|云南|西藏|陕西|甘肃|青海|宁夏|新疆|深圳|大连|宁波|厦门|青岛)证监局"
    # "江苏监管局拟决定" after the bureau's full name: the CSRC bureau, not a banking one ("…总局江苏监管局").
    r"|(?<!总局)(?<!银保监会)(?<!银监会)(?<!保监会)(?P<bureau2>北京|天津|河北|山西|内蒙古|辽宁|吉林|黑龙江|上海|江苏|浙江|安徽|福建|"
    r"江西|山东|河南|湖北|湖南|广东|广西|海南|重庆|四川|贵州|云南|西藏|陕西|甘肃|青海|宁夏|新疆|深圳|大连|宁波|厦门|青岛)监管局"
    # ("上证所公开认定X不适合担任…": the SSE as older papers shorten it.)
    r"|上海证券交易所|深圳证券交易所|北京证券交易所|上交所|深交所|北交所|上证所|深证所|沪深交易所|证券交易所"
    r"|上海交易所|深圳交易所|北京交易所|交易所"
    # ("创业板公司管理部向X再发关注函": the SZSE's department for the companies of a board.)
    r"|创业板公司管理部|中小板公司管理部"
    # ("深交所关注函回复、证监局警示函": a bureau the text does not name, not the exchange before it.)
    r"|全国中小企业股份转让系统(?:有限责任公司)?|全国股转公司|股转公司|监管部门|监管机构|监管层|证监局"
    # ("根据贵所《关于对X的重组问询函》": the regulator a reply is addressed to, named above it; not 宝贵部分.)
    r"|(?P<self>我局|本局|我会|本所|我所|(?<![宝珍富昂高尊显可名])贵(?:所|部|会|局))"
    ")"
)
_REGULATOR_NAMES = {
    "中国证券监督管理委员会": "中国证监会",
    "证监会": "中国证监会",
    "中证监": "中国证监会",
    "上海证券交易所": "上交所",
    "深圳证券交易所": "深交所",
    "北京证券交易所": "北交所",
    "上海交易所": "上交所",
    "上证所": "上交所",
    "深证所": "深交所",
    "创业板公司管理部": "深交所",
    "中小板公司管理部": "深交所",
    "深圳交易所": "深交所",
    "北京交易所": "北交所",
    "证券交易所": "交易所",
    "全国中小企业股份转让系统": "全国股转公司",
    "全国中小企业股份转让系统有限责任公司": "全国股转公司",
    "股转公司": "全国股转公司",
}
_GENERIC_REGULATORS = {"监管部门", "监管机构", "监管层", "证监局"}


def regulator_name(match):
    """Short official name of a regulator mention; None for 监管部门 and the like."""
    text = match.group()
    if text in _GENERIC_REGULATORS or match.group("self"):
        return None
    if match.group("bureau") or match.group("bureau2"):
        return (match.group("bureau") or match.group("bureau2")) + "证监局"
    return _REGULATOR_NAMES.get(text, text)


DEADLINE_OBLIGATION_RE = re.compile(
    r"(?:清收|归还|返还|偿还|(?<!的)还款|还清|收回|清偿|追回|解决|消除|完成整改|整改完毕|完成改正|改正|整改|回复|书面回复|完成回复|回函|补充披露|披露|报送|提交|"
    r"作出书面说明|作出说明|书面说明|说明(?!材料)"
    # "未在6月23日前收到上述占用资金": the money due back, seen from the company.
    r"|收到(?=[^,。;]{0,8}?(?:占用资金|占用款))"
    # "承诺将于8月31日前向公司支付5,000万元资金占用款": a payment of the money taken.
    r"|支付(?=(?:[^,。;]|(?<=\d),(?=\d)){0,16}?(?:占用资金|占用款|欠款)))(?:[^,。;]|(?<=\d),(?=\d)){0,30}"
)
REPLY_OBLIGATIONS = (
    "回复",
    "回函",  # "要求公司在2024年1月9日前回函"
    "书面回复",
    "完成回复",
    "补充披露",
    "披露",
    "报送",
    "提交",
    "作出书面说明",
    "作出说明",
    "书面说明",
    "说明",  # "要求公司在6月12日前说明资金占用情况": a reply to the letter
)
CONSEQUENCE_RE = re.compile(r"(?:否则|逾期|如未|若未|如不|若不|届时未|未能)[^。]*")
OCCUPATION_RE = re.compile(r"占用(?:资金|款项|余额)?(?:的)?(?:本息)?余额(?:合计|共计|为|约|尚余|仍有|达)*")
OCCUPIER_RE = re.compile(
    rf"(?P<role>控股股东|实际控制人|实控人|关联方|大股东)"
    rf"(?P<name>[{CJK}()]{{2,30}}?(?:有限责任公司|有限公司|集团(?!有限|股份)))?"
)

_ROLES = (
    "公司",
    "时任",
    "原",
    "现任",
    "前任",
    "副董事长",
    "代董事长",
    "代理董事长",
    "代总经理",
    "代理总经理",
    "常务副总裁",
    "常务副总经理",
    "执行总裁",
    "执行董事",
    "董事长",
    "副总经理",
    "总经理",
    "董事会秘书",
    "董秘",
    "财务总监",
    "财务负责人",
    "首席财务官",
    "独立董事",
    "董事",
    "监事会主席",
    "监事",
    "实际控制人",
    "实控人",
    "控股股东",
    "副总裁",
    "总裁",
    "会计机构负责人",
    "证券事务代表",
    "总会计师",
    "兼",
    "及",
    "和",
    "、",
    "暨",
    "高级管理人员",
    "高管",
)
_ROLES_RE = re.compile("^(?:" + "|".join(sorted(_ROLES, key=len, reverse=True)) + ")+")
# ("董事会秘书何永祥等高管": the officers' word after the last of them.)
_PERSON_TAIL_RE = re.compile(r"(?:等[\d一二三四五六七八九十两]+人|等人|等(?:高管|高级管理人员|董监高|相关人员|责任人)?|先生|女士|分别|拟|的)$")
_SURNAMES = set(
    "王李张刘陈杨黄赵吴周徐孙马朱胡郭何高林罗郑梁谢宋唐许韩冯邓曹彭曾肖田董袁潘于蒋蔡余杜叶程苏魏吕丁任沈姚卢姜崔钟谭陆汪范金石廖贾夏"
    "韦付方白邹孟熊秦邱江尹薛闫段雷侯龙史陶黎贺顾毛郝龚邵万钱严覃武戴莫孔向汤常温康施文牛樊葛邢安齐易乔伍庞颜倪庄聂章鲁岳翟殷詹申"
    "欧耿关兰焦俞左柳甘祝包宁尚符舒阮柯纪梅童凌毕单季裴霍涂成苗谷盛曲翁冉骆蓝路游辛靳管柴蒙鲍华喻祁蒲房滕屈饶解牟艾尤阳时穆农司卓"
    "古吉缪简车项连芦麦褚娄窦戚岑景党宫费卜冷晏席卫米柏宗瞿桂全佟应臧闵苟邬边卞姬师和仇栾隋商刁沙荣巫寇桑郎甄丛仲虞敖巩明佘池查"
    "麻苑迟邝官封谈匡鞠惠荆乐冀郁胥南班储原栗燕楚鄢劳谌奚皮粟冼蔺楼盘满闻位厉伊仝区郜海阚花权强帅屠豆朴盖练廉禹井祖漆巴丰支卿国狄"
    "平计索宣晋相初门云容敬来扈晁芮都普阙浦戈伏鹿薄邸雍辜羊阿乌母裘亓修邰赫杭况那宿鲜印逯隆茹诸战慕危玉银亢嵇公哈湛宾戎勾茅利於呼居揭"
    "洪阎丘訾郦钮郗桓荀谯钭巢密"
)
COMPOUND_SURNAMES = (
    "欧阳",
    "司马",
    "上官",
    "诸葛",
    "东方",
    "皇甫",
    "尉迟",
    "公孙",
    "慕容",
    "长孙",
    "宇文",
    "司徒",
    "夏侯",
    "令狐",
    "端木",
)
_NOT_PERSON = re.compile(
    r"公司|股东|人员|董事|监事|高管|董监高|当事人|责任人|集团|机构|单位|中心|事务所|银行|证券|基金|其他|相关|上述|有关"
)
_PERSON_SPLIT_RE = re.compile(r"[、,和及与]|以及")
# "对该公司董事长张三…", "X及其董事长张三": the company, named by a pronoun, in front of its officer's title.
_PERSON_HEAD_RE = re.compile(r"^(?:该公司|本公司|公司|其)")
# The last characters of _PERSON_TAIL_RE's words (and a line's end, which its $ may stand before): a piece ending
# otherwise has no tail, and the scan for one is skipped.
_PERSON_TAIL_ENDS = ("人", "等", "生", "士", "别", "拟", "的", "管", "员", "高", "\n")
_CJK_ONLY_RE = re.compile("[\u4e00-\u9fff]+")


def find_persons(span, company_names=()):
    """Person names in a target list such as "董事长孙翔、财务总监王红玉等三人"."""
    persons = []
    for piece in _PERSON_SPLIT_RE.split(span):
        piece = _ROLES_RE.sub("", _PERSON_HEAD_RE.sub("", piece.strip()))
        if piece.endswith(_PERSON_TAIL_ENDS):
            piece = _PERSON_TAIL_RE.sub("", _PERSON_TAIL_RE.sub("", piece))
        if len(piece) >= 3 and piece[-1] in "也亦均还又":
            # "财务总监王燕也被处以70万元罚款", "其董事长姜伟还被采取…禁入措施" (not 李均, two characters)
            piece = piece[:-1]
        if not 2 <= len(piece) <= 4 or piece in company_names or _NOT_PERSON.search(piece):
            continue
        compound = piece.startswith(COMPOUND_SURNAMES)
        if not (compound or (piece[0] in _SURNAMES and len(piece) <= 3)):
            continue
        if _CJK_ONLY_RE.fullmatch(piece) and piece not in persons:
            persons.append(piece)
    return persons


# Enforcement wording is causal more often than status wording ("因存在资金占用被出具警示函"),
# so fewer words cancel it.
# Strong hedges that reach over a comma: "面临多项处罚,包括…".
FACING_RE = re.compile(r"面临|可能面临|或将面临|或面临")
NOT_BEFORE_RE = re.compile(r"(?:未|没有|不曾|从未)$")
ENFORCEMENT_MODAL_RE = re.compile(
    r"可能|或将|或被|大概率|恐将|恐怕|或许|也许|是否|预计|有望|面临|不会|避免|以免|防止|规避|未被|未受到|未曾|未收到|未接到|不存在|尚未|并未|没有|免于|不在|"
    r"无需|不予|情形下|担心"
)
