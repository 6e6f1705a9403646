"""Six-digit A-share stock codes: which exchange and board a code belongs to.

Prefixes follow DOMAIN.md. A code that matches no known prefix is refused rather
than guessed, so a typo never files a company on the wrong exchange.
"""
import re

from django.core.exceptions import ValidationError

from .choices import Board, Exchange

CODE_RE = re.compile(r"^\d{6}$")

# Longest prefix first; each maps to (exchange, board).
_PREFIXES = [
    ("600", Exchange.SSE, Board.MAIN),
    ("601", Exchange.SSE, Board.MAIN),
    ("603", Exchange.SSE, Board.MAIN),
    ("605", Exchange.SSE, Board.MAIN),
    ("688", Exchange.SSE, Board.STAR),
    ("689", Exchange.SSE, Board.STAR),
    ("900", Exchange.SSE, Board.B_SHARE),
    ("000", Exchange.SZSE, Board.MAIN),
    ("001", Exchange.SZSE, Board.MAIN),
    ("002", Exchange.SZSE, Board.MAIN),
    ("003", Exchange.SZSE, Board.MAIN),
    ("300", Exchange.SZSE, Board.CHINEXT),
    ("301", Exchange.SZSE, Board.CHINEXT),
    ("302", Exchange.SZSE, Board.CHINEXT),  # ChiNext codes given since 2025 (302132)
    ("200", Exchange.SZSE, Board.B_SHARE),
    ("920", Exchange.BSE, Board.BSE),
    ("43", Exchange.BSE, Board.BSE),
    ("83", Exchange.BSE, Board.BSE),
    ("87", Exchange.BSE, Board.BSE),
    ("88", Exchange.BSE, Board.BSE),
]


def normalize_code(raw):
    """Strip blanks, full-width digits and exchange suffixes such as .SH / SZ."""
    if raw is None:
        return ""
    text = str(raw).strip().upper()
    text = text.translate(str.maketrans("０１２３４５６７８９", "0123456789"))
    text = re.sub(r"^(SH|SZ|BJ)|\.(SH|SZ|BJ|SS)$", "", text)
    return text.strip()


def classify(code):
    """Return (exchange, board) for a valid code; raise ValidationError otherwise."""
    code = normalize_code(code)
    if not CODE_RE.match(code):
        raise ValidationError(
            "股票代码必须是6位数字（例如 603377），收到：%(code)s", code="invalid_stock_code", params={"code": code}
        )
    for prefix, exchange, board in _PREFIXES:
        if code.startswith(prefix):
            return exchange, board
    raise ValidationError(
        "无法识别的股票代码前缀：%(code)s（沪市600/601/603/605/688/689，深市000-003/300-302，北交所920/43/83/87/88）",
        code="unknown_stock_code_prefix",
        params={"code": code},
    )


def validate_stock_code(value):
    classify(value)
