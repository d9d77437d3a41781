"""How an amount is spelt, once for the screens and the printed reports (domain.money): yuan to the fen
or whole, 万 from 100,000 up, rounded half up, a negative sum with a true minus before the ¥."""
from __future__ import annotations

from decimal import Decimal

import pytest

from domain.money import WAN_FROM, format_wan, format_yuan


@pytest.mark.parametrize(("amount", "places", "text"), [
    (Decimal("1425.28"), 2, "¥1,425.28"),
    (Decimal("17816"), 2, "¥17,816.00"),
    (Decimal("17816.5"), 0, "¥17,817"),  # half up, where Python's format would round half to even
    (Decimal("17815.5"), 0, "¥17,816"),
    (Decimal("-12.5"), 2, "−¥12.50"),
    (Decimal("0"), 2, "¥0.00"),
    (1234567, 0, "¥1,234,567"),
])
def test_yuan(amount: Decimal, places: int, text: str) -> None:
    assert format_yuan(amount, places) == text


def test_whole_yuan_drop_their_fen_only_when_asked() -> None:
    assert format_yuan(Decimal("17816.00"), drop_zero_fen=True) == "¥17,816"
    assert format_yuan(Decimal("1425.28"), drop_zero_fen=True) == "¥1,425.28"


@pytest.mark.parametrize(("amount", "text"), [
    (Decimal("1781600"), "¥178.16万"),
    (Decimal("1781650"), "¥178.17万"),  # 178.165: half up (half-even formatting gave 178.16)
    (Decimal("100000"), "¥10.00万"),
    (Decimal("-298700"), "−¥29.87万"),
    (Decimal("123456789"), "¥12,345.68万"),
])
def test_wan(amount: Decimal, text: str) -> None:
    assert format_wan(amount) == text


def test_below_the_threshold_there_is_no_wan_figure() -> None:
    assert format_wan(WAN_FROM - Decimal("0.01")) is None
    assert format_wan(-(WAN_FROM - 1)) is None
