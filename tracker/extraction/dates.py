"""Chinese date normalizer.

Resolves the date forms newspapers and announcements use (2025年6月19日, 5月23日晚,
今年5月17日, 5月27日至28日, 次日, 二〇二四年三月五日) against the publication date.
A form that does not fix a day (2024年4月份, 去年年末, 近日) is found but has value None,
so that it is not mistaken for the absence of a date.

dateparser is used only for the --published argument: it handles ISO and fully specified
forms correctly but returns None for 5月23日 (languages=['zh']) and guesses wrongly when
auto-detecting (10月10日 -> 2010-10-xx), and it is far too slow to call per match.
"""

import datetime
import re
from dataclasses import dataclass
from functools import lru_cache

from .names import CODE_IN_BRACKETS

_DIGITS = {"〇": 0, "零": 0, "一": 1, "二": 2, "两": 2, "三": 3, "四": 4, "五": 5, "六": 6, "七": 7, "八": 8, "九": 9}
_CN_NUM = "〇零一二三四五六七八九十两"
_PART = r"份|初|中旬|上旬|下旬|底|末"

# Every alternative below starts with one of these characters; testing them first lets the regex engine step
# over the rest of the text instead of trying seven alternatives at each position (8x faster on a page).
_DATE_START = r"(?=[\d〇零一二三四五六七八九十两今去明前上本当同近日这下次翌隔昨彼此])"
DATE_RE = re.compile(
    _DATE_START + "(?:"
    rf"(?P<ymd>(?P<y>(?:19|20)\d\d|[〇零一二三四五六七八九]{{4}})年(?P<m>\d{{1,2}}|[一二三四五六七八九十]{{1,2}})月"
    rf"(?:(?P<d>\d{{1,2}}|[{_CN_NUM}]{{1,3}})[日号]|(?P<ypart>{_PART}))?)"
    # ("2016 12 22 日": a PDF that lost its 年 and 月, the 日 kept.)
    r"|(?P<iso>(?<![\d.])(?P<iy>(?:19|20)\d\d)(?:(?P<sep>[-/.])(?P<im>\d{1,2})(?P=sep)(?P<id>\d{1,2})(?![\d.])"
    r"| (?P<sm>\d{1,2}) (?P<sd>\d{1,2}) ?日))"
    rf"|(?P<rel>(?<![\d年])(?P<ry>今年|去年|明年|前年|上年|本年|当年|同年)?(?P<rm>\d{{1,2}}|[一二三四五六七八九十]{{1,2}})月"
    rf"(?:(?P<rd>\d{{1,2}}|[{_CN_NUM}]{{1,3}})[日号]|(?P<rpart>{_PART}))?)"
    r"|(?P<vague>(?:今年|去年|上年|前年|本年|当年)(?:年末|年底|年初|年中|末|底|初|以来)|近日|日前|近期|前不久|上半年|下半年)"
    r"|(?P<mrel>(?P<mw>上月|上个月|本月|当月|这个月|下月|下个月)(?P<md>\d{1,2}|[〇零一二三四五六七八九十两]{1,3})[日号])"
    # ("3月29日晚间,X发布公告…。前一日,公司收到…", "此前一天,深交所刚刚发布…": the day before, opening its clause.)
    r"|(?P<relday>次日|翌日|隔日|隔天|同一天|同一日|当日|同日|当天|当晚|彼时|次一交易日|下一交易日|下一个交易日|(?<![^\n,。;])(?:此)?前一[日天](?=,))"
    # "就在6天前": days before the day the story is at (not "3日前", which is a deadline: before the 3rd).
    # "北京7月19日讯 昨日,…": the day before the dateline's.
    r"|(?P<yday>昨日|昨天|昨晚)"
    # "财联社4月15日讯 …今日晚间,X公告": the dateline's day (not "今日头条", a news app).
    r"|(?P<today>今日|今天)(?!头条)"
    r"|(?P<ago>(?P<an>\d{1,2}|[一二三四五六七八九十两]{1,3})天(?:前|之前))"
    # "4月20日当天,X收到关注函,三天后收到了证监会的调查通知书": days after the day just told, in its sentence.
    # (Opening its clause: "停牌一天后复牌" is how long the halt was.)
    r"|(?P<later>(?<![^\n,;])(?P<ln>\d{1,2}|[一二三四五六七八九十两]{1,3})天(?:后|之后)(?![的,]))"
    # Not after a bracketed year: "决定书〔2022〕63号" is a document's number.
    r"|(?P<bare>(?<![\d月年个第前后近内余\]〕】])(?P<bd>\d{1,2})[日号]"
    # ("深交所21日向X下发监管函", "证监会21日对X立案": the day, then to whom.)
    r"(?=晚|早|上午|下午|中午|午间|盘后|盘前|开市|复牌|收到|发布|公布|宣布|通报|公告|披露|消息|起|,|。|向|对"
    # "下周一(22日),…均将停牌": the weekday's day in brackets.
    r"|\)(?<=[周期][一二三四五六日天]\(\d日\))|\)(?<=[周期][一二三四五六日天]\(\d\d日\))))"
    ")"
)
# "【深圳商报讯】", "本报讯": a newspaper's dateline without a day (the day is the page's).
_UNDATED_DATELINE_RE = re.compile(r"(?:本报|商报|日报|晚报|时报|快报|早报)讯")
# "讯(记者张三 李四)26日,…": a day right after a reporter's byline; after any other bracket ("(2019)26号") no day.
_BYLINE_BEFORE = re.compile(r"\((?:记者|编辑|作者|实习生|通讯员|责编)[^()]{0,16}\)$")
_MONTH_ONLY = re.compile(r"\d月(?:份|底|末|初|中|上旬|中旬|下旬)?$")
_ANNOUNCED_BETWEEN = re.compile(r"^[^,]{0,3},[^,。;]{0,16}?(?:发布公告|公告称|披露公告|公告显示|发布公告称)")
_RANGE_END = re.compile(r"(?:至|到|-|—|~)(?:(?P<m>\d{1,2})月)?(?P<d>\d{1,2})[日号]")
_LATE_WORDS = ("迟至", "直至")
_LIST_LINK = re.compile(r"[、和及与]")
_DUE_WORDS = ("本应在", "本应于", "应在", "应于", "须在", "须于", "需在", "需于")
_CODE_BEFORE = re.compile(CODE_IN_BRACKETS + "$")
# ("应于2019年4月30日或之前偿还": on or before.)
# ("于2013年8月27日17:00前书面回复", "下午5点前": the hour of the day before it.)
CLOCK = r"(?:\s?(?:上午|下午|中午|晚上)?\d{1,2}(?::\d{2}|[时点](?:\d{1,2}分|整|半)?))?"
_DEADLINE_SUFFIX = re.compile(CLOCK + r"(?:\(含\)|\(含当日\))?(?:或者?|及)?(?:之前|以前|前)")


@dataclass(slots=True)
class DateMention:
    """A date expression in a text: ``value`` is None when the day is not fixed."""

    start: int
    end: int
    value: datetime.date | None
    end_value: datetime.date | None = None
    before: bool = False  # followed by 前/之前: a deadline
    text: str = ""


def _reads(token):
    """Whether cn_number reads ``token``: digits, or one 十 with at most one digit either side ("二十三")."""
    tens, ten, units = token.partition("十")
    return not ten or (len(tens) <= 1 and len(units) <= 1 and units != "十")


def cn_number(token):
    """Convert 二〇二五 / 二十三 / 23 to an int."""
    if token.isdigit():
        return int(token)
    if "十" not in token:
        value = 0
        for ch in token:
            value = value * 10 + _DIGITS[ch]
        return value
    tens, _, units = token.partition("十")
    return (_DIGITS[tens] if tens else 1) * 10 + (_DIGITS[units] if units else 0)


def _safe_date(year, month, day):
    try:
        return datetime.date(year, month, day)
    except ValueError:
        return None


@lru_cache(maxsize=4096)  # a page names the same few days again and again
def _nearest_year(month, day, published, deadline=False):
    """The year that puts month/day closest to the publication date.

    News reports what happened and announces what is due: a day the story tells of lies in the past twice as
    readily as in the future ("4月16日" printed in December is April gone), a deadline the other way round."""
    def distance(candidate):
        days = (candidate - published).days
        return days * (1 if deadline else 2) if days > 0 else -days * (2 if deadline else 1)

    best = None
    for year in (published.year - 1, published.year, published.year + 1):
        candidate = _safe_date(year, month, day)
        if candidate and (best is None or distance(candidate) < distance(best)):
            best = candidate
    return best


_YEAR_OFFSET = {"今年": 0, "本年": 0, "当年": 0, "同年": 0, "去年": -1, "上年": -1, "前年": -2, "明年": 1}


# "截至6月30日,…余额": the day a balance is counted to, no event of its own.
AS_OF_WORDS = ("截至", "截止", "截至到", "截止到")
# Not a day something happened: the day it was done late, or the day a figure is counted to.
_NOT_EVENT_WORDS = _LATE_WORDS + AS_OF_WORDS
# Nor the trading day before an event, whose price is counted from ("较9月18日即被戴帽的前一个交易日收盘价上涨355%").
# (The page may be cut right after 前一.)
DAY_BEFORE_AFTER_RE = re.compile(r"(?:即被[^,。;]{0,6}?)?的?前一(?:个?交易日|$)")
# The groups holding a month, a day or a count of days, which may be written in Chinese numerals.
_NUMBER_GROUPS = ("m", "d", "rm", "rd", "md", "an", "ln")
_KINDS = ("ymd", "iso", "rel", "vague", "mrel", "relday", "yday", "today", "ago", "later", "bare")
# "2019年,": a year alone, opening its clause (not "2023年年报", the report of a year).
_YEAR_OPENING_CLAUSE_RE = re.compile(r"((?:19|20)\d\d)年(?=,)")
# "2024年7月": a month of a year, no day.
YEAR_MONTH_RE = re.compile(r"(?P<y>(?:19|20)\d\d)年(?P<m>\d{1,2})月")


def _month_named_before(mentions, month):
    """The year of the date mentioned last when it is that month of a year alone ("2024年7月"), else None."""
    if not mentions or mentions[-1].value is not None:
        return None
    named = YEAR_MONTH_RE.fullmatch(mentions[-1].text)
    if named and int(named.group("m")) == month:
        return int(named.group("y"))
    return None


def find_dates(text, published=None, anchor=None, dated=False):
    """Every date expression in ``text``, in order, resolved against ``published``.

    次日/当日 resolve against the previous resolved date in the same text, so pass one
    paragraph at a time, with ``anchor`` the last date of the paragraphs before it (a
    paragraph may open with 同日). ``dated``: the page prints ``published`` as its own day
    (:func:`shows_its_date`), so its 今日 and 昨日 count from it.
    """
    # The extractor reads a paragraph's dates several times over (5 times each on the benchmark page): each text is
    # read once, and every call gets mentions of its own, which it may change.
    return [DateMention(*fields) for fields in _find_dates(text, published, anchor, dated)]


# "华商报 2021-06-04 03:37": a page's own day with its time, under its title.
_PAGE_DATE_RE = re.compile(r"(?<!\d)((?:19|20)\d\d)(?:-|/|年)(\d{1,2})(?:-|/|月)(\d{1,2})日?\s*\d{1,2}:\d\d(?!\d)")


def shows_another_date(head, published):
    """Whether a page's first lines ``head`` print a day with a time of day other than ``published`` (a repost's)."""
    if published is None or not any(ch.isdigit() for ch in head):
        return False
    return any(_safe_date(*map(int, match.groups())) not in (None, published) for match in _PAGE_DATE_RE.finditer(head))


def shows_its_date(head, published):
    """Whether a page's first lines ``head`` print ``published`` with a time of day, as a page prints its own date
    (not a repost's, which the page would not show so)."""
    if published is None or str(published.year) not in head:
        return False  # (most pages: the year looked for in C first, the pattern tried at each position is not)
    return any(_safe_date(*map(int, match.groups())) == published for match in _PAGE_DATE_RE.finditer(head))


_LEADING_YEAR_RE = re.compile(r"((?:19|20)\d{2})年")


@lru_cache(maxsize=256)
def _find_dates(text, published, anchor, dated=False):
    """find_dates, as a tuple of each mention's fields."""
    mentions = []
    last_value = anchor
    # 同日/次日 count from the last day something happened: not from a deadline ("于5月10日前整改") nor from
    # the day something was done late ("迟至3月14日才披露").
    last_event = anchor
    last_is_deadline = False
    for match in DATE_RE.finditer(text):
        kind = match.lastgroup
        if kind not in _KINDS:
            kind = next(k for k in _KINDS if match.group(k))
        if "十" in match.group() and not all(_reads(match.group(group)) for group in _NUMBER_GROUPS if match.group(group)):
            # "十十月1日": a typo of the page's, read as a date whose day is unknown rather than a page lost.
            mentions.append(DateMention(match.start(), match.end(), None, text=match.group()))
            continue
        if kind == "bare" and text.endswith(")", 0, match.start()) and not _BYLINE_BEFORE.search(
                text, 0, match.start()) and not (
                # "据贵州百灵(002424.SZ)19日公告": the company's code, then the day.
                _CODE_BEFORE.search(text, max(0, match.start() - 16), match.start()) and match.group().endswith("日")):
            continue
        value = None
        end = match.end()
        if kind == "ymd" and match.group("d"):
            value = _safe_date(cn_number(match.group("y")), cn_number(match.group("m")), cn_number(match.group("d")))
        elif kind == "iso":
            value = _safe_date(int(match.group("iy")), int(match.group("im") or match.group("sm")),
                               int(match.group("id") or match.group("sd")))
        elif kind == "rel" and match.group("rd") and match.group("ry") in ("同年", "当年") and (last_value or published):
            # "2024年5月8日…;同年9月6日…", "2016年4月30日…。当年7月22日…": the year of the date before it.
            month, day = cn_number(match.group("rm")), cn_number(match.group("rd"))
            year = (last_value or published).year
            if mentions and mentions[-1].value is None and (named_year := _LEADING_YEAR_RE.match(mentions[-1].text)):
                # ("2011年8月中旬,…而证监会也于当年10月19日宣布…": the year of a month named since.)
                year = int(named_year.group(1))
            # ("2019年,原董事长…被冻结股份。…当年11月25日,…": a year named alone since the last date is the one meant.)
            named = _YEAR_OPENING_CLAUSE_RE.findall(text, mentions[-1].end if mentions else 0, match.start())
            value = _safe_date(int(named[-1]) if named else year, month, day)
        elif kind == "rel" and match.group("rd") and not match.group("ry") and (
                year := _month_named_before(mentions, cn_number(match.group("rm")))):
            # "时间回溯至2024年7月,…,7月5日,深圳证监局…": a day in the month the text just named with its year.
            value = _safe_date(year, cn_number(match.group("rm")), cn_number(match.group("rd")))
        elif (kind == "rel" and match.group("rd") and not match.group("ry") and not published and mentions
              and mentions[-1].value and "。" not in text[mentions[-1].end : match.start()]
              and match.start() - mentions[-1].end <= 30
              and cn_number(match.group("rm")) >= mentions[-1].value.month):
            # "于2025年9月22日停牌1天,9月23日起复牌" on a page without a date: the year of the day just named.
            value = _safe_date(mentions[-1].value.year, cn_number(match.group("rm")), cn_number(match.group("rd")))
        elif kind == "rel" and match.group("rd") and published:
            month, day = cn_number(match.group("rm")), cn_number(match.group("rd"))
            if match.group("ry"):
                value = _safe_date(published.year + _YEAR_OFFSET[match.group("ry")], month, day)
            elif mentions and mentions[-1].value and _LIST_LINK.fullmatch(text, mentions[-1].end, match.start()):
                # "2019年8月3日、8月5日": the year of the date the list began with.
                value = _safe_date(mentions[-1].value.year, month, day)
            else:
                value = _nearest_year(month, day, published, deadline=bool(_DEADLINE_SUFFIX.match(text, end)))
        elif kind == "mrel" and match.group("mw") == "当月" and mentions and (
                mentions[-1].value or YEAR_MONTH_RE.match(mentions[-1].text)):
            # "2012年9月,湖南证监局在一次例行稽查中…。当月14日,…": that month, not the publication's.
            named = mentions[-1].value or YEAR_MONTH_RE.match(mentions[-1].text)
            year, month = (named.year, named.month) if mentions[-1].value else (int(named["y"]), int(named["m"]))
            value = _safe_date(year, month, cn_number(match.group("md")))
        elif kind == "mrel" and published:
            # "上月28日" printed on 5 April is 28 March.
            first = published.replace(day=1)
            if match.group("mw") in ("上月", "上个月"):
                first = (first - datetime.timedelta(days=1)).replace(day=1)
            elif match.group("mw") in ("下月", "下个月"):
                first = (first + datetime.timedelta(days=32)).replace(day=1)
            value = _safe_date(first.year, first.month, cn_number(match.group("md")))
        elif (kind == "relday" and "交易日" not in match.group() and text.endswith("的", 0, match.start())
              and mentions and mentions[-1].value and not mentions[-1].before
              and not re.search("[,。;\n]", text[mentions[-1].end : match.start()])):
            # "1月13日公告出炉的当晚": the day of the event just named, with it.
            value = mentions[-1].value
        elif kind == "relday" and last_event and "交易日" not in match.group() and not (
                # "在公司回复问询函的当日": the day of the event just named, which the text does not date.
                text.endswith("的", 0, match.start())) and not (
                # "2018年8月份,公司对外宣布…,当日,…": the day of a month the text does not give.
                mentions and mentions[-1].value is None and _MONTH_ONLY.search(mentions[-1].text)):
            base = last_event
            head = text[: match.start()].rstrip()
            if head and head[-1] in "。;\n":
                # "2024年3月22日,交易所出具监管函,指出公司迟至3月14日才披露。同日,…": the day the sentence
                # before is about, the first it names.
                opened = text.rfind("。", 0, len(head) - 1) + 1
                # (Not "截至3月31日,公司股东户数为…": the day a figure is counted to.)
                base = next((m.value for m in mentions if m.start >= opened and m.value and not m.before
                             and not text.endswith(_NOT_EVENT_WORDS, 0, m.start)
                             and not DAY_BEFORE_AFTER_RE.match(text, m.end)), base)
            days = 0 if match.group() in ("当日", "同日", "同一天", "同一日", "当天", "当晚", "彼时") else -1 if "前" in match.group() else 1
            value = base + datetime.timedelta(days=days)
        elif kind == "yday":
            # Only after a dateline: elsewhere 昨日 is the day before a publication the page may not show.
            # "5月22日,X发布公告称,公司已于昨日收到…": the day before the announcement the sentence dates.
            dateline = mentions[-1] if mentions else None
            between = text[dateline.end : match.start()] if dateline else ""
            if dateline and dateline.value and (
                    (text.startswith(("讯", "电"), dateline.end) and len(between) <= 3)
                    # "北京1月20日讯 正帆科技(688596.SH)昨晚发布…": the lead's first sentence, after its subject.
                    or (text.startswith(("讯", "电"), dateline.end) and len(between) <= 30 and "。" not in between)
                    # "4月20日消息,“区块链第一股”示例股份昨日披露": the day before the day of the news.
                    or (text.startswith("消息", dateline.end) and len(between) <= 40 and "。" not in between)
                    or (len(between) <= 40 and "。" not in between and _ANNOUNCED_BETWEEN.search(between))):
                value = dateline.value - datetime.timedelta(days=1)
            elif published and (undated := _UNDATED_DATELINE_RE.search(text, 0, match.start())) and (
                    match.start() - undated.end() <= 120):
                # "【深圳商报讯】(记者…)…公司股票被ST并于昨日复牌": a paper's own story, dated by its issue.
                value = published - datetime.timedelta(days=1)
            elif dated:
                # "华商报 2021-06-04 03:37 … 山东示例昨日发布公告称": a page that prints its own day.
                value = published - datetime.timedelta(days=1)
        elif kind == "today":
            dateline = next((m for m in reversed(mentions) if m.value and text.startswith(("讯", "电"), m.end)), None)
            value = dateline.value if dateline else None
            if value is None and published and (undated := _UNDATED_DATELINE_RE.search(text, 0, match.start())) and (
                    match.start() - undated.end() <= 120):
                # "【深圳商报讯】(记者…)今日,X公告…": a paper's own story, its day the (as 昨日 above).
                value = published
            elif value is None and dated:
                value = published
        elif kind == "ago" and (last_event or published):
            value = (last_event or published) - datetime.timedelta(days=cn_number(match.group("an")))
        elif (kind == "later" and last_event and mentions and mentions[-1].value == last_event
              and not re.search("[。;\n]", text[mentions[-1].end : match.start()])):
            value = last_event + datetime.timedelta(days=cn_number(match.group("ln")))
        elif kind == "bare":
            # "在3月31日之前还上。…22日晚间,…": a day alone is in the month of the last day something happened, not
            # of a deadline named since.
            base = last_event if last_is_deadline else last_value
            anchor = base or published
            if anchor:
                value = _safe_date(anchor.year, anchor.month, int(match.group("bd")))
                # "28日" printed on 3 May is last month's 28th; "29日起被ST" printed on 24 June is from the 29th to come.
                if value and not base and value > published + datetime.timedelta(days=3) and not (
                        text.startswith(("起", "开市"), match.end())):
                    previous = anchor.replace(day=1) - datetime.timedelta(days=1)
                    value = _safe_date(previous.year, previous.month, int(match.group("bd")))
        end_value = None
        if value:
            tail = _RANGE_END.match(text, end)
            if tail:
                end_value = _safe_date(value.year, int(tail.group("m") or value.month), int(tail.group("d")))
                end = tail.end()
            if not text.startswith(("以来", "期间"), end):
                # ("9月14日…,8月29日以来累计涨幅188%。14日晚间,…": since when, not the month the next day is in.)
                last_value = value
        # "本应在2025年4月28日披露年报": a day something was due, like "…前".
        before = bool(_DEADLINE_SUFFIX.match(text, end)) or text.endswith(_DUE_WORDS, 0, match.start())
        if value:
            last_is_deadline = before
        if value and not before and not text.endswith(_NOT_EVENT_WORDS, 0, match.start()) and not (
                DAY_BEFORE_AFTER_RE.match(text, end)):
            # (Nor is "截至6月30日" a day something happened: it is the day a balance is counted to.)
            last_event = value
        elif value is None and kind == "rel" and match.group("rd"):
            # "1月6日盘后…。当天,…" with no year to be had: 当天 is that unknown day, not an earlier one.
            last_event = last_value = None
        if before and value:
            # "应于2019年4月30日、2020年4月30日或之前分别偿还": each day of a list the last one closes is due too.
            later = match.start()
            for earlier in reversed(mentions):
                if not (earlier.value and _LIST_LINK.fullmatch(text, earlier.end, later)):
                    break
                earlier.before = True
                later = earlier.start
        mentions.append(DateMention(match.start(), end, value, end_value, before, text[match.start() : end]))
    return tuple((m.start, m.end, m.value, m.end_value, m.before, m.text) for m in mentions)


# The extractor empties it for each page (see extract()).
find_dates.cache_clear = _find_dates.cache_clear


def normalize_date(expression, published=None):
    """The date one expression stands for, or None when it does not fix a day."""
    mentions = find_dates(expression.strip(), published)
    return mentions[0].value if mentions else None


def parse_published(value):
    """Parse a publication date given by a user: ISO, 2025/5/29, 2025年5月29日, 29 May 2025."""
    if isinstance(value, datetime.date):
        return value
    value = (value or "").strip()
    if not value:
        return None
    own = normalize_date(value)
    if own:
        return own
    import dateparser  # slow to import; only needed for the unusual spellings

    parsed = dateparser.parse(
        value,
        languages=["zh", "en"],
        settings={"STRICT_PARSING": True, "REQUIRE_PARTS": ["day", "month", "year"], "DATE_ORDER": "YMD"},
    )
    return parsed.date() if parsed else None
