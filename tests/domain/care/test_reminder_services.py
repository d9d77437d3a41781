"""The reminder use cases over the fake unit of work: a dossier edit changes the reminders at once,
done and snoozed are kept, a follow-up or an own reminder is closed at its source."""
from __future__ import annotations

from dataclasses import replace
from datetime import UTC, date, datetime, timedelta

import pytest

from domain.care.reminders import CareKind, FamilyBirthday
from domain.model.customers import Birthday, BirthdayCalendar, CareNotes, Customer
from domain.model.visits import FollowUp, FollowUpStatus
from domain.services.customers import save_customer
from domain.services.reminders import (
    SnoozeInPast,
    add_own_reminder,
    list_reminders,
    mark_done,
    save_family_birthdays,
    shop_care,
    snooze,
)
from domain.validation import ValidationFailed
from tests.domain.fakes import FakeUnitOfWork

TODAY = date(2026, 9, 20)
NOW = datetime(2026, 9, 20, 1, 0, tzinfo=UTC)
KINDS = {CareKind.BIRTHDAY, CareKind.LICENSE, CareKind.FOLLOW_UP, CareKind.OWN}


@pytest.fixture
def uow() -> FakeUnitOfWork:
    uow = FakeUnitOfWork()
    with uow:
        uow.customers.add(Customer("530102100001", "北环路烟酒店", owner="张建国",
                                   care=CareNotes(Birthday(8, 16, BirthdayCalendar.LUNAR, 1971))))
        uow.commit()
    return uow


def test_a_lunar_birthday_typed_into_the_dossier_is_listed_on_its_solar_day(uow: FakeUnitOfWork) -> None:
    (r,) = list_reminders(uow, TODAY, 14, kinds=KINDS)
    assert (r.kind, r.on, r.lunar, r.shop) == (CareKind.BIRTHDAY, date(2026, 9, 26), "农历八月十六", "北环路烟酒店")


def test_a_dossier_edit_changes_the_reminders_at_once(uow: FakeUnitOfWork) -> None:
    with uow:
        customer = uow.customers.get(1)
    assert customer is not None
    edited = replace(customer, care=CareNotes(Birthday(9, 22)), license_expiry=TODAY + timedelta(days=25))
    save_customer(uow, edited, TODAY)
    rows = list_reminders(uow, TODAY, 14, kinds=KINDS)
    assert [(r.kind, r.on) for r in rows] == [(CareKind.BIRTHDAY, date(2026, 9, 22)),
                                               (CareKind.LICENSE, TODAY + timedelta(days=25))]


def test_done_and_snoozed_are_kept(uow: FakeUnitOfWork) -> None:
    (r,) = list_reminders(uow, TODAY, 14, kinds=KINDS)
    snooze(uow, r, "张建国生日", TODAY + timedelta(days=3), TODAY, NOW)
    assert list_reminders(uow, TODAY, 14, kinds=KINDS) == []
    (back,) = list_reminders(uow, TODAY + timedelta(days=3), 0, kinds=KINDS)
    assert back.snoozed_until == TODAY + timedelta(days=3)
    mark_done(uow, back, "张建国生日", TODAY + timedelta(days=3), NOW, note="送了贺卡")
    assert list_reminders(uow, TODAY + timedelta(days=4), 14, kinds=KINDS) == []
    history = shop_care(uow, 1, TODAY + timedelta(days=4)).history
    assert [(h.state.value, h.note) for h in history] == [("done", "送了贺卡"), ("snoozed", "")]
    with pytest.raises(SnoozeInPast):
        snooze(uow, back, "x", TODAY, TODAY, NOW)


def test_a_follow_up_marked_done_is_closed_at_its_source(uow: FakeUnitOfWork) -> None:
    with uow:
        uow.visits.add_follow_up(FollowUp(1, "补齐价签", due_on=TODAY - timedelta(days=2)))
        uow.commit()
    (r,) = list_reminders(uow, TODAY, 0, kinds={CareKind.FOLLOW_UP})
    assert r.overdue(TODAY)
    mark_done(uow, r, "补齐价签", TODAY, NOW)
    with uow:
        follow_up = uow.visits.get_follow_up(r.ref or 0)
    assert follow_up is not None and follow_up.status is FollowUpStatus.DONE
    assert list_reminders(uow, TODAY, 0, kinds={CareKind.FOLLOW_UP}) == []


def test_own_reminders(uow: FakeUnitOfWork) -> None:
    with pytest.raises(ValidationFailed):
        add_own_reminder(uow, 1, TODAY, "  ", TODAY)
    with pytest.raises(ValidationFailed):
        add_own_reminder(uow, 1, TODAY - timedelta(days=1), "带最新一期《读者》", TODAY)
    add_own_reminder(uow, 1, TODAY + timedelta(days=2), "带最新一期《读者》", TODAY)
    (r,) = list_reminders(uow, TODAY, 2, kinds={CareKind.OWN})
    assert r.subject == "带最新一期《读者》"
    mark_done(uow, r, r.subject, TODAY, NOW)
    assert list_reminders(uow, TODAY, 30, kinds={CareKind.OWN}) == []


def test_the_care_tab_shows_both_calendars_and_the_family(uow: FakeUnitOfWork) -> None:
    save_family_birthdays(uow, 1, [FamilyBirthday("爱人", Birthday(6, 3, BirthdayCalendar.LUNAR, leap_month=True))])
    care = shop_care(uow, 1, TODAY)
    owner, spouse = care.birthdays
    assert (owner.told_as, owner.occurrence.on, owner.days_to_go) == ("农历八月十六", date(2026, 9, 26), 6)
    # 2027 has no leap 6th month: the birthday falls in the ordinary 6th month, and says so
    assert spouse.who == "爱人" and spouse.occurrence.moved == "leap_month"
    with pytest.raises(ValidationFailed):
        save_family_birthdays(uow, 1, [FamilyBirthday(" ", Birthday(1, 1))])
