"""The printed reports, one entry each: what the user asks for (a request), the data it needs
(domain/services), how it is drawn (reports/) and the file name it is saved under by default.

The window and the command line both produce a report through its entry; reports/catalogue.py fills
the catalogue and main.py hands it to the window, so adding a report is: its data, its renderer, its
entry, its button (docs/architecture.md)."""
from __future__ import annotations

import re
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass
from datetime import date
from typing import Any, Generic, TypeVar

from domain.messages import Translate
from domain.ports import UnitOfWorkFactory

# --- what the user asks for ------------------------------------------------------------------------


@dataclass(frozen=True)
class HandbookRequest:
    """拜访手册 of a day's plan."""

    day: date
    today: date


@dataclass(frozen=True)
class VisitSummaryRequest:
    """拜访总结 of a day's done visits, or of its week (Monday to Sunday)."""

    day: date
    today: date
    week: bool = False


@dataclass(frozen=True)
class OneVisitRequest:
    """拜访总结 of one visit; `shop` and `day` only name the file."""

    visit_id: int
    today: date
    shop: str = ""
    day: date | None = None


@dataclass(frozen=True)
class MonthlyRequest:
    """月度经营分析 of a month (any day of it), with the text of its notes section."""

    month: date
    today: date
    notes: str = ""


@dataclass(frozen=True)
class DossierRequest:
    """客户档案 of one customer, as stored; `shop` only names the file."""

    customer_id: int
    today: date
    shop: str = ""


@dataclass(frozen=True)
class FestivalListRequest:
    """节日关怀清单: the shops a festival applies to, with their greetings and a column to tick."""

    festival_key: str
    year: int  # the solar year of the festival's day
    today: date
    festival: str = ""  # its name, for the file name


@dataclass(frozen=True)
class TiersRequest:
    """分层分级报告 of a month (any day of it): grades, value tiers, their movements, the quadrant."""

    month: date
    today: date


@dataclass(frozen=True)
class InvitationListRequest:
    """邀约名单 of an event: its invitees with phone, invitation, reply and a column for call notes."""

    event_id: int
    today: date
    theme: str = ""  # for the file name


@dataclass(frozen=True)
class SignInSheetRequest:
    """签到表 of an event: the confirmed list by pinyin, numbered, a signature box, blank rows for walk-ins."""

    event_id: int
    today: date
    theme: str = ""
    blank_rows: int = 8


@dataclass(frozen=True)
class EventSummaryRequest:
    """活动总结 of an event: the funnel whole and by segment and tier, cost per attendee, outcomes, feedback."""

    event_id: int
    today: date
    theme: str = ""


@dataclass(frozen=True)
class CultivationRequest:
    """品牌培育报告 of one cultivation plan: funnel, reorder rate, volume against target, the target shops;
    `product` only names the file."""

    plan_id: int
    today: date
    product: str = ""


# --- the catalogue ---------------------------------------------------------------------------------

Request = TypeVar("Request")


@dataclass(frozen=True)
class ReportEntry(Generic[Request]):
    request: type[Request]
    data: Callable[[UnitOfWorkFactory, Request], Any]  # raises the domain's refusals (NoDayPlan …)
    render: Callable[[Any, Request], bytes]  # the data drawn as PDF bytes
    file_name: Callable[[Request, Translate], str]  # the default name to save it under

    def pdf(self, uow: UnitOfWorkFactory, request: Request) -> bytes:
        """Data, then drawing: call it off the GUI thread, it takes up to a few seconds."""
        return self.render(self.data(uow, request), request)


class ReportCatalogue:
    """The entries by the type of request they answer."""

    def __init__(self, entries: Iterable[ReportEntry[Any]] = ()) -> None:
        self._entries: dict[type, ReportEntry[Any]] = {}
        for entry in entries:
            self.register(entry)

    def register(self, entry: ReportEntry[Any]) -> None:
        if entry.request in self._entries:
            raise ValueError(f"a report for {entry.request.__name__} is already catalogued")
        self._entries[entry.request] = entry

    def __contains__(self, request_type: object) -> bool:
        return request_type in self._entries

    def __iter__(self) -> Iterator[ReportEntry[Any]]:
        return iter(self._entries.values())

    def __len__(self) -> int:
        return len(self._entries)

    def entry(self, request: object) -> ReportEntry[Any]:
        try:
            return self._entries[type(request)]
        except KeyError:
            raise LookupError(f"no report is catalogued for {type(request).__name__}") from None

    def pdf(self, uow: UnitOfWorkFactory, request: object) -> bytes:
        return self.entry(request).pdf(uow, request)

    def file_name(self, request: object, translate: Translate) -> str:
        return safe_file_name(self.entry(request).file_name(request, translate))


# --- file names ------------------------------------------------------------------------------------

_MAX_STEM = 120  # well under the 255-byte name limit even when every character takes 3 bytes in UTF-8
# Characters Windows, macOS or a USB stick's FAT refuse in a name, and control characters.
_UNSAFE = re.compile(r'[\\/:*?"<>|\x00-\x1f\x7f]+')
_RESERVED = {"CON", "PRN", "AUX", "NUL", *(f"COM{n}" for n in range(1, 10)), *(f"LPT{n}" for n in range(1, 10))}


def safe_file_name(name: str) -> str:
    """`name` as a file name every file system takes: unsafe characters become "_", no leading or
    trailing dots and spaces, no reserved device name, not too long; the .pdf ending is kept."""
    stem, dot, ending = name.rpartition(".") if name.lower().endswith(".pdf") else (name, "", "")
    stem = _UNSAFE.sub("_", stem).strip(" .")[:_MAX_STEM].strip(" .") or "report"
    if stem.upper() in _RESERVED:
        stem = f"_{stem}"
    return stem + dot + ending
