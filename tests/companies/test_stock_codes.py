import pytest
from django.core.exceptions import ValidationError

from companies.choices import Board, Exchange
from companies.stock_codes import classify, normalize_code


@pytest.mark.parametrize(
    ("code", "exchange", "board"),
    [
        ("600519", Exchange.SSE, Board.MAIN),
        ("603377", Exchange.SSE, Board.MAIN),
        ("688287", Exchange.SSE, Board.STAR),
        ("900901", Exchange.SSE, Board.B_SHARE),
        ("000001", Exchange.SZSE, Board.MAIN),
        ("002310", Exchange.SZSE, Board.MAIN),
        ("300750", Exchange.SZSE, Board.CHINEXT),
        ("301001", Exchange.SZSE, Board.CHINEXT),
        ("200002", Exchange.SZSE, Board.B_SHARE),
        ("920001", Exchange.BSE, Board.BSE),
        ("830799", Exchange.BSE, Board.BSE),
        ("430047", Exchange.BSE, Board.BSE),
    ],
)
def test_exchange_and_board_follow_from_the_code(code, exchange, board):
    assert classify(code) == (exchange, board)


@pytest.mark.parametrize("raw", ["603377.SH", "sh603377", " 603377 ", "６０３３７７"])
def test_codes_written_with_suffixes_or_full_width_digits_are_normalised(raw):
    assert normalize_code(raw) == "603377"


@pytest.mark.parametrize("bad", ["60337", "6033770", "60A377", "999999", "123456", ""])
def test_invalid_codes_are_refused_with_a_clear_message(bad):
    with pytest.raises(ValidationError) as error:
        classify(bad)
    assert "股票代码" in " ".join(error.value.messages)
