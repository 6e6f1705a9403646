"""Money amounts in yuan: 3.87亿元, 3997.7万元, 53,386.92万元, 1.2亿元人民币, 人民币300万元."""

import re
from dataclasses import dataclass
from decimal import Decimal, InvalidOperation

from .dates import cn_number

_UNITS = {
    "": 1,
    "万": 10_000,
    "十万": 100_000,
    "百万": 1_000_000,
    "千万": 10_000_000,
    "亿": 100_000_000,
    "万亿": 1_000_000_000_000,
}

# (The look-ahead tests the characters an amount starts with first: the regex engine then steps over the rest of the
# text instead of trying each alternative at each position, 3x faster.)
AMOUNT_RE = re.compile(
    r"(?=[人\d一二三四五六七八九十两])(?:人民币)?(?P<num>\d{1,3}(?:,\d{3})+(?:\.\d+)?|\d+(?:\.\d+)?|[一二三四五六七八九十两]{1,3})"
    r"(?P<unit>万亿|十万|百万|千万|万|亿)?元(?:人民币)?"
)


@dataclass(slots=True)
class AmountMention:
    start: int
    end: int
    yuan: int | float


def to_yuan(number, unit=""):
    """Number (as written) times its Chinese unit, as int yuan when whole."""
    try:
        value = Decimal(number.replace(",", "")) if number[0].isdigit() else Decimal(cn_number(number))
    except (InvalidOperation, KeyError, IndexError):
        return None
    value *= _UNITS[unit or ""]
    value = value.quantize(Decimal("0.01"))
    return int(value) if value == value.to_integral_value() else float(value)


# "合计被罚1450万", "罚款三倍3533万": a fine in a headline or a summary, its 元 left out (only right after 罚: elsewhere a
# bare 万 counts shares, people or anything else).
_BARE_FINE_RE = re.compile(
    r"(?<=罚)(?:公司|该公司|上市公司)?款?(?:合计|共计|总计|累计|[一二三四五两]倍)?(?P<num>\d+(?:\.\d+)?)(?P<unit>万|亿)(?![元股份手户人家余多])")


def find_amounts(text):
    """Every yuan amount in ``text``, in order."""
    found = []
    if "元" in text:  # (every amount ends in it, but a bare fine's)
        for match in AMOUNT_RE.finditer(text):
            yuan = to_yuan(match.group("num"), match.group("unit"))
            if yuan is not None:
                found.append(AmountMention(match.start(), match.end(), yuan))
    if "罚" in text:
        for match in _BARE_FINE_RE.finditer(text):
            yuan = to_yuan(match.group("num"), match.group("unit"))
            if yuan is not None:
                found.append(AmountMention(match.start("num"), match.end(), yuan))
        found.sort(key=lambda mention: mention.start)
    return found


def parse_amount(expression):
    """The yuan value of one amount expression, or None."""
    found = find_amounts(expression)
    return found[0].yuan if found else None
