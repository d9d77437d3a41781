"""Greeting templates (祝福语), copy-ready for WeChat or SMS: the app fills them, it never sends.

A template names its blanks in braces: {owner}, {shop}, {festival}, {manager}, {date}. A blank the
template misspells is left as typed rather than failing, so a greeting always comes out; the settings
show `template_problems` so the manager can fix the wording.
"""
from __future__ import annotations

import string
from collections.abc import Mapping
from datetime import date
from typing import Any

FIELDS = ("owner", "shop", "festival", "manager", "date")

DEFAULT_GREETINGS: Mapping[str, str] = {
    "birthday": "{owner}您好！今天是您的生日，祝您生日快乐、身体健康、生意兴隆！——{manager}",
    "spring": "{owner}您好！新春佳节，祝您和家人新年快乐、万事如意，{shop}生意红红火火！——{manager}",
    "lantern": "{owner}您好！元宵佳节，祝您阖家团圆、幸福美满！——{manager}",
    "dragon_boat": "{owner}您好！端午安康，祝您和家人身体健康、生意兴隆！——{manager}",
    "mid_autumn": "{owner}您好！中秋佳节，月圆人团圆，祝您和家人幸福安康！——{manager}",
    "double_ninth": "{owner}您好！重阳节到了，祝您身体健康、福寿安康！——{manager}",
    "festival": "{owner}您好！{festival}到了，祝您节日快乐、生意兴隆！——{manager}",
}


class _Blanks(dict[str, str]):
    def __missing__(self, key: str) -> str:
        return "{" + key + "}"


class _Lenient(string.Formatter):
    def get_field(self, field_name: str, args: Any, kwargs: Any) -> Any:
        # no attribute or index lookups: a template is user text, not code
        return kwargs[field_name], field_name

    def format_field(self, value: Any, format_spec: str) -> str:
        return str(value)


def fill_greeting(wording: str, *, owner: str, shop: str, festival: str = "", manager: str = "",
                  on: date | None = None) -> str:
    """The greeting with its blanks filled; an owner without a name is greeted by the shop's name."""
    blanks = _Blanks(owner=owner.strip() or shop, shop=shop, festival=festival, manager=manager,
                     date=f"{on.month}月{on.day}日" if on else "")
    try:
        text = _Lenient().vformat(wording, (), blanks)
    except (ValueError, IndexError, KeyError):  # unbalanced braces: the words as typed
        return wording
    # a greeting without a signature should not end on a bare dash
    return text.removesuffix("——").rstrip() if not manager else text


def template_problems(wording: str) -> list[str]:
    """The blanks the template names that the app does not know, or a note of unbalanced braces."""
    try:
        names = [name for _, name, _, _ in string.Formatter().parse(wording) if name is not None]
    except ValueError:
        return ["{}"]
    return sorted({n for n in names if n not in FIELDS})
