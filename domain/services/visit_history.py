"""Visit history (拜访记录查询) and the day summary (日常分析与拜访总结)."""
from __future__ import annotations

from datetime import date

from domain.ports import UnitOfWork
from domain.validation import FieldError, ValidationFailed
from domain.visits.record import MAX_TEXT_CHARS
from domain.visits.record_views import DayData, DaySummary, Problem, VisitFilter, VisitHistoryRow

MAX_DAY_SUMMARY_CHARS = 2 * MAX_TEXT_CHARS


def visit_history(uow: UnitOfWork, flt: VisitFilter) -> list[VisitHistoryRow]:
    """Visits matching the filter, newest first."""
    with uow:
        return uow.visit_queries.visit_history(flt)


def visit_routes(uow: UnitOfWork) -> list[str]:
    with uow:
        return uow.visit_queries.routes()


def problems_of(data: DayData) -> list[Problem]:
    """What the day's visits found: store-check faults, then complaints, opinions, needs and market news."""
    problems: list[Problem] = []
    for v in data.visits:
        if v.status != "done":
            continue
        if v.price_labels_missing or v.price_labels_complete is False:
            problems.append(Problem(v.customer_name, "price_labels", str(v.price_labels_missing)))
        if v.license_shown is False:
            problems.append(Problem(v.customer_name, "license", ""))
    problems.extend(Problem(e.customer_name, e.kind, e.text) for e in data.entries)
    return problems


def summarise_day(data: DayData, today: date) -> DaySummary:
    done = sum(v.status == "done" for v in data.visits)
    marked_missed = sum(v.status == "missed" for v in data.visits)
    still_planned = sum(v.status == "planned" for v in data.visits)
    past = data.day < today
    return DaySummary(
        day=data.day,
        plan_id=data.plan_id,
        summary=data.summary,
        visits=data.visits,
        done=done,
        missed=marked_missed + (still_planned if past else 0),
        planned=0 if past else still_planned,
        phone=sum(v.status == "done" and v.visit_type == "phone" for v in data.visits),
        problems=tuple(problems_of(data)),
        follow_ups=data.follow_ups,
    )


def day_summary(uow: UnitOfWork, day: date, today: date) -> DaySummary:
    with uow:
        data = uow.visit_queries.day_data(day)
    return summarise_day(data, today)


def save_day_summary(uow: UnitOfWork, day: date, text: str) -> int:
    """Keep the day's summary text on its day plan, creating the plan row if the day has none."""
    text = text.strip()
    if len(text) > MAX_DAY_SUMMARY_CHARS:
        raise ValidationFailed([FieldError("summary", "The day summary is longer than {max} characters.",
                                           (("max", MAX_DAY_SUMMARY_CHARS),))])
    with uow:
        plan_id = uow.visits.set_day_summary(day, text)
        uow.commit()
    return plan_id
