"""Care-reminder wording in the user's language, for the 今日 page, the dossier, the handbook, the
calendar file and the command line alike. Context "Care"."""
from __future__ import annotations

from datetime import date

from domain.care.reminders import ActionState, CareKind, DueReminder, ReminderGroup
from domain.messages import Translate

CONTEXT = "Care"


def kind_label(kind: CareKind, translate: Translate) -> str:
    return {
        CareKind.BIRTHDAY: translate("Care", "Birthday"),
        CareKind.FESTIVAL: translate("Care", "Festival"),
        CareKind.LICENSE: translate("Care", "Licence expiry"),
        CareKind.PLAN: translate("Care", "Plan review"),
        CareKind.FOLLOW_UP: translate("Care", "Follow-up"),
        CareKind.VISIT: translate("Care", "Visit due"),
        CareKind.OWN: translate("Care", "Own reminder"),
    }[kind]


def group_label(group: ReminderGroup, translate: Translate) -> str:
    return {
        ReminderGroup.OVERDUE: translate("Care", "Overdue"),
        ReminderGroup.TODAY: translate("Care", "Today"),
        ReminderGroup.THIS_WEEK: translate("Care", "This week"),
        ReminderGroup.LATER: translate("Care", "Later"),
    }[group]


def state_label(state: ActionState, translate: Translate) -> str:
    return translate("Care", "Done") if state is ActionState.DONE else translate("Care", "Snoozed")


def moved_note(moved: str, translate: Translate) -> str:
    """Why a birthday falls on another day this year, said in the dossier and on the reminder."""
    return {
        "leap_month": translate("Care", "no leap month this year: kept in the ordinary month"),
        "day_30": translate("Care", "this lunar month has no 30th: kept on the 29th"),
        "feb_29": translate("Care", "no 29 February this year: kept on 28 February"),
    }.get(moved, "")


def describe_reminder(r: DueReminder, today: date, translate: Translate) -> str:
    """One line: what the reminder is about, with its dates as the manager needs them."""
    if r.kind is CareKind.BIRTHDAY:
        who = r.owner or r.shop
        text = (translate("Care", "{owner}'s {who}: birthday").format(owner=who, who=r.subject) if r.subject
                else translate("Care", "{owner}: birthday").format(owner=who))
        if r.age is not None:
            text += translate("Care", " ({age} years)").format(age=r.age)
        if r.lunar:
            text += translate("Care", ", {lunar} (solar {date})").format(lunar=r.lunar, date=r.on.isoformat())
        note = moved_note(r.moved, translate)
        return text + (translate("Care", "; {note}").format(note=note) if note else "")
    if r.kind is CareKind.FESTIVAL:
        text = translate("Care", "{festival}: care for {n} shops").format(festival=r.subject, n=r.shops)
        return text + (f"（{r.lunar}）" if r.lunar else "")
    if r.kind is CareKind.LICENSE:
        if r.on < today:
            return translate("Care", "Licence expired on {date}").format(date=r.on.isoformat())
        return translate("Care", "Licence expires on {date}, in {days} days").format(
            date=r.on.isoformat(), days=(r.on - today).days)
    if r.kind is CareKind.PLAN:
        return translate("Care", "Review the improvement plan: {text}").format(text=r.subject) if r.subject \
            else translate("Care", "Review the improvement plan")
    if r.kind is CareKind.FOLLOW_UP:
        return translate("Care", "Follow-up: {text}").format(text=r.subject)
    if r.kind is CareKind.VISIT:
        return translate("Care", "Not visited beyond its cycle: due since {date}").format(date=r.on.isoformat())
    return r.subject


def snoozed_note(r: DueReminder, translate: Translate) -> str:
    return translate("Care", "snoozed until {date}").format(date=r.snoozed_until.isoformat()) \
        if r.snoozed_until else ""


def licence_line(license_no: str, translate: Translate) -> str:
    return translate("Care", "Licence no. {no}").format(no=license_no)


def visit_plan_title(shops: int, translate: Translate) -> str:
    return translate("Care", "Visit plan: {n} shops").format(n=shops)
