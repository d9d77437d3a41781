"""Custom fields (自定义字段): numbers the manager keeps on every shop that the app has no column for —
a bank branch's assets under management (管户资产), a shop's monthly rent. Numeric only, so that a
value tier can be measured by one of them."""
from __future__ import annotations

from dataclasses import dataclass
from decimal import Decimal

NAME_MAX = 20
UNIT_MAX = 8
# 18 digits before the point and 4 after: a bank's assets in yuan fit, so do fractions of a carton
VALUE_MAX = Decimal("1e18")
VALUE_PLACES = 4


@dataclass(frozen=True)
class CustomField:
    name: str  # the column's heading, in lists, imports and reports
    unit: str = ""  # 元, 万元, 平方米 …; printed after the value
    sort_order: int = 0
    archived: bool = False  # no longer shown or imported; its values stay
    id: int | None = None
