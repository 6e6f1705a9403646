"""What else a page states about an action or a case: document numbers, the violation types, the
persons' roles, and the repayments already made. None of it decides whether a record exists; it fills
in the record a curator reviews (the review queue stores it on acceptance).
"""

import re

from .amounts import find_amounts

# "(〔2024〕304号)", "[2024]11号", "闽证监函【2023】259号", "青证监措施字〔2024〕2号"
_OPEN, _YEAR, _CLOSE = r"[〔\[【(]\s?", r"(?:19|20)\d\d", r"\s?[〕\]】)]"
_YEAR_IN_BRACKETS = _OPEN + _YEAR + _CLOSE
# The issuer's prefix holds no 的: "下发的行政监管措施决定书〔2022〕63号" is numbered "行政监管措施决定书〔2022〕63号".
# (No verb of receiving in the issuer's abbreviation before the year: "8月17日已收到中国证监会【2015】25 号".)
DOCUMENT_NUMBER_RE = re.compile(rf"(?:(?:(?![的已收到日于在])[\u4e00-\u9fff]){{1,10}}(?:字|函|决|罚|措施)?)?{_YEAR_IN_BRACKETS}\s?第?\s?\d{{1,5}}\s?号")
# The bracketed year alone, found in one quick pass (it starts with a bracket): without it there is no number,
# and the scan above, which tries a run of characters at every position, is skipped.
_YEAR_IN_BRACKETS_RE = re.compile(_YEAR_IN_BRACKETS)

# Phrases of the CSMAR violation taxonomy (P25xx, DOMAIN.md) as the pages word them. Longest facts first.
VIOLATION_PHRASES = (
    ("P2510", r"资金占用|占用(?:上市)?公司资金|非经营性占用|非经营性资金占用|占用资金"),
    ("P2514", r"违规担保|违规对外担保|对外担保未|担保未履行"),
    ("P2501", r"虚增(?:收入|营业收入|利润|利润总额)|虚构(?:利润|收入|业务)|财务造假"),
    ("P2502", r"虚增(?:资产|存货|货币资金)|虚列资产"),
    ("P2503", r"虚假记载|误导性陈述"),
    ("P2505", r"重大遗漏"),
    ("P2504", r"未按(?:规定|期)披露|未及时披露|推迟披露|未在(?:规定期限|法定期限)内披露|延迟披露"),
    ("P2509", r"改变(?:募集)?资金用途|擅自改变"),
    ("P2511", r"内幕交易"),
    ("P2512", r"违规(?:买卖|减持)|短线交易|超比例减持"),
    ("P2513", r"操纵(?:证券市场|股价|市场)"),
    ("P2507", r"欺诈发行|欺诈上市"),
)
_VIOLATION_RE = [(code, re.compile(pattern)) for code, pattern in VIOLATION_PHRASES]
# Any of the phrases, in one pass: none of them stands before the first it finds, so each code's own scan starts there.
_ANY_VIOLATION_RE = re.compile("|".join(pattern for _, pattern in VIOLATION_PHRASES))

# "时任董事长章利民", "财务总监周泳", "实际控制人高明": the title right before a person's name.
TITLE_BEFORE_RE = re.compile(
    r"(?:时任|现任|原)?(?:董事长兼总经理|董事长兼总裁|副董事长|董事长|总经理|总裁|副总经理|财务总监|财务负责人|董事会秘书|董秘|"
    r"独立董事|董事|监事会主席|监事|实际控制人|实控人|控股股东|法定代表人)(?:暨[^,。;、]{1,12})?$"
)

REPAID_RE = re.compile(r"(?:已|累计|已累计|共计)(?:归还|偿还|清偿|收回)(?:了)?(?:占用资金|款项|资金)?")


def document_number(text, near):
    """The decision's number nearest ``near`` in ``text`` (a sentence), or ''."""
    found = list(DOCUMENT_NUMBER_RE.finditer(text)) if _YEAR_IN_BRACKETS_RE.search(text) else []
    if not found:
        return ""
    best = min(found, key=lambda m: abs(m.start() - near))
    # ("披露《关于对公司中小板年报问询函【2017】第83号…", "于深圳证券交易所关注函〔2024〕第30号": the words before the
    # letter's own name.)
    return _NUMBER_LEAD_RE.sub("", re.sub(r"\s", "", best.group()).strip("()"))


_NUMBER_LEAD_RE = re.compile(r"^(?:关于对公司|关于对|对公司|关于|于|对|向|就)")
# "上证公函【2024】0800号", "对公司中小板年报问询函【2017】第83号": the bracketed year and the number.
_NUMBER_CORE_RE = re.compile(rf"{_OPEN}({_YEAR}){_CLOSE}\s?第?\s?0*(\d{{1,5}})\s?号")


def number_core(number):
    """``(year, number)`` of a document number, whatever words name the document before them; else None."""
    found = _NUMBER_CORE_RE.search(number or "")
    return found.groups() if found else None


# "本公司…保证…不存在任何虚假记载、误导性陈述或者重大遗漏": every announcement's pledge, not a violation.
_PLEDGE_RE = re.compile(r"(?:不存在|没有|无)(?:任何)?虚(?:\s)?假记载[^。]{0,40}?重大遗漏")


def violation_types(text):
    """CSMAR codes the text describes, in the taxonomy's order (the boilerplate pledge left out)."""
    text = _PLEDGE_RE.sub("", text)
    first = _ANY_VIOLATION_RE.search(text)
    if first is None:
        return []
    return [code for code, pattern in _VIOLATION_RE if pattern.search(text, first.start())]


def person_titles(text, persons):
    """``[{"name", "title"}]`` for the persons, with the title written right before each name."""
    targets = []
    for name in persons:
        if name.startswith("["):
            targets.append({"name": name.strip("[]"), "title": name.strip("[]"), "role_only": True})
            continue
        title = ""
        at = text.find(name)
        while at >= 0:  # each occurrence, left to right
            found = TITLE_BEFORE_RE.search(text, max(0, at - 16), at)
            if found:
                title = found.group()
                break
            at = text.find(name, at + max(len(name), 1))
        targets.append({"name": name, "title": title})
    return targets


def repaid_amount(text):
    """Yuan the text says were already repaid ("已归还5000万元"), or None."""
    for match in REPAID_RE.finditer(text):
        # "累计已归还公司非经营占用资金31015.42万元": what was repaid stands between the verb and the sum.
        amounts = [a for a in find_amounts(text[match.end() : match.end() + 24]) if a.start <= 14]
        if amounts:
            return amounts[0].yuan
    return None
