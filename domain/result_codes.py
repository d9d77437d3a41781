"""A star evaluation's result code (5A8) spelled out for a reader who does not know the scheme."""
from __future__ import annotations

import re

_CODE = re.compile(r"^(\d)([A-Z]*)(\d*)$")


def spelled_result_code(code: str) -> str:
    """5A8 → "5A8（5星 · 诚信A · 客户价值8分）"; a code the scheme did not make is shown as it is.

    Printed reports go to a department head who reads them without the scheme at hand."""
    match = _CODE.match(code.strip())
    if not match:
        return code
    stars, grade, points = match.groups()
    parts = [f"{stars}星"]
    if grade:
        parts.append(f"诚信{grade}")
    if points:
        parts.append(f"客户价值{points}分")
    return f"{code.strip()}（{' · '.join(parts)}）"
