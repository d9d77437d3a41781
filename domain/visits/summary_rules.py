"""拜访总结 about outcomes: what each visit found, agreed and left open, and what came up again and again.

Plain rules over the day read models (`DayData`), no storage and no clock:

- findings are split in two lists: problems (store-check faults, complaints, opinions, needs) and
  information (market news, competitor news);
- a problem entry whose visit produced no follow-up (no FollowUp with that visit_id) is flagged
  unfollowed (未建跟进); store-check faults are not flagged: they are put right on the spot;
- repeated themes: the same problem text, normalised (full-/half-width folded, punctuation and spaces
  left out), counted by the shops it came up in over the whole period, most shops first;
- the suggested vs agreed cartons of a visit are the sums over its counted products;
- days visited are the days with at least one done visit, not days only planned.
"""
from __future__ import annotations

import unicodedata
from collections.abc import Iterable
from dataclasses import dataclass
from datetime import date, datetime

from domain.visits.record_views import DayData, DayVisit

PROBLEM_KINDS = ("complaint", "opinion", "need")
INFORMATION_KINDS = ("market_info", "competitor_info")
CHECK_KINDS = ("price_labels", "license")  # store-check faults, shown among the problems
MIN_THEME_SHOPS = 2  # a theme is repeated when it came up in this many shops



def normalise_theme(text: str) -> str:
    """The key two problem texts share when they say the same thing: full-width folded to half-width
    (NFKC), then every punctuation mark (Chinese or Latin, full- or half-width) and white space left
    out, Latin letters lower-cased. "订货终端，登录不上！" and " 订货终端登录不上 " share one key."""
    folded = unicodedata.normalize("NFKC", text)
    return "".join(c for c in folded if not unicodedata.category(c).startswith(("P", "Z"))
                   and not c.isspace()).casefold()


@dataclass(frozen=True)
class Finding:
    """One thing a done visit found: a store-check fault or an entry."""

    visit_id: int | None
    customer_id: int
    customer_name: str
    kind: str  # CHECK_KINDS, PROBLEM_KINDS or INFORMATION_KINDS
    text: str
    unfollowed: bool = False  # a problem entry whose visit produced no follow-up (未建跟进)


@dataclass(frozen=True)
class Theme:
    """A problem that came up in several shops: the text as first written, the shops it came up in."""

    text: str
    shops: int


@dataclass(frozen=True)
class VisitOutcome:
    """What one done visit ended with: the times, the cartons suggested and agreed, the next visit."""

    visit_id: int
    visit_type: str  # in_person / phone
    started_at: datetime | None = None  # aware, UTC
    ended_at: datetime | None = None
    suggested: int | None = None  # cartons, summed over the counted products; None: nothing suggested
    agreed: int | None = None  # cartons agreed / ordered; None: nothing agreed recorded
    next_visit_on: date | None = None


@dataclass(frozen=True)
class DayOutcomes:
    """A day's findings split into problems and information, and its visits' outcomes by visit id."""

    day: date
    problems: tuple[Finding, ...] = ()
    information: tuple[Finding, ...] = ()
    visits: tuple[VisitOutcome, ...] = ()

    def outcome(self, visit_id: int | None) -> VisitOutcome | None:
        return next((v for v in self.visits if v.visit_id == visit_id), None) if visit_id is not None else None

    @property
    def unfollowed(self) -> int:
        return sum(f.unfollowed for f in self.problems)


def order_totals(counts: Iterable[tuple[int | None, int | None]]) -> tuple[int | None, int | None]:
    """(suggested, agreed) cartons over a visit's (suggested, agreed) counts; None where none was given."""
    suggested = agreed = None
    for s, a in counts:
        if s is not None:
            suggested = (suggested or 0) + s
        if a is not None:
            agreed = (agreed or 0) + a
    return suggested, agreed


def store_check_faults(v: DayVisit) -> list[Finding]:
    """The faults of a done in-person visit's store check (a phone visit has no store check)."""
    if v.status != "done" or v.visit_type == "phone":
        return []
    faults = []
    if v.price_labels_missing or v.price_labels_complete is False:
        faults.append(Finding(v.visit_id, v.customer_id, v.customer_name, "price_labels", str(v.price_labels_missing)))
    if v.license_shown is False:
        faults.append(Finding(v.visit_id, v.customer_id, v.customer_name, "license", ""))
    return faults


def split_findings(data: DayData) -> tuple[tuple[Finding, ...], tuple[Finding, ...]]:
    """(problems, information) of the day's done visits. Problems: store-check faults first, then the
    complaint, opinion and need entries, each flagged when its visit produced no follow-up."""
    followed = {f.visit_id for f in data.follow_ups if f.visit_id is not None}
    done = {v.visit_id: v for v in data.visits if v.status == "done" and v.visit_id is not None}
    problems: list[Finding] = [f for v in data.visits for f in store_check_faults(v)]
    information: list[Finding] = []
    for e in data.entries:
        visit = done.get(e.visit_id)
        if visit is None:
            continue
        if e.kind in PROBLEM_KINDS:
            problems.append(Finding(e.visit_id, visit.customer_id, e.customer_name, e.kind, e.text,
                                    unfollowed=e.visit_id not in followed))
        elif e.kind in INFORMATION_KINDS:
            information.append(Finding(e.visit_id, visit.customer_id, e.customer_name, e.kind, e.text))
    return tuple(problems), tuple(information)


def repeated_themes(problems: Iterable[Finding], min_shops: int = MIN_THEME_SHOPS) -> tuple[Theme, ...]:
    """The problem entries' texts that came up in at least `min_shops` shops, counted by shops (a shop
    saying it twice counts once), most shops first, then in the order first met. Store-check faults
    are not themes (the store-check figures count them)."""
    shops: dict[str, set[int]] = {}
    shown: dict[str, str] = {}
    for p in problems:
        if p.kind not in PROBLEM_KINDS:
            continue
        key = normalise_theme(p.text)
        if not key:
            continue
        shops.setdefault(key, set()).add(p.customer_id)
        shown.setdefault(key, p.text.strip())
    order = list(shops)
    themes = [Theme(shown[k], len(shops[k])) for k in order if len(shops[k]) >= min_shops]
    return tuple(sorted(themes, key=lambda t: -t.shops))  # stable: first met first among equals


def days_visited(days: Iterable[object]) -> int:
    """Days with at least one done visit: a day only planned (or all missed) is not a day visited.
    Takes anything with a `done` count or with `visits` carrying a `status`."""
    count = 0
    for d in days:
        done = getattr(d, "done", None)
        if done is None:
            done = sum(getattr(v, "status", "") == "done" for v in getattr(d, "visits", ()))
        count += bool(done)
    return count


def day_outcomes(data: DayData) -> DayOutcomes:
    """The day's findings split and flagged, and each done visit's outcome, as the day's query gives them."""
    problems, information = split_findings(data)
    visits = tuple(VisitOutcome(v.visit_id, v.visit_type, v.started_at, v.ended_at, v.suggested, v.agreed,
                                v.next_visit_on)
                   for v in data.visits if v.status == "done" and v.visit_id is not None)
    return DayOutcomes(data.day, problems, information, visits)
