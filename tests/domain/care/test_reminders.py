"""The reminder rules (domain/care/reminders.py): lead times, the licence's stages, overdue work, and
what done and snoozed do to an occurrence."""
from __future__ import annotations

from datetime import date, timedelta

from hypothesis import given
from hypothesis import strategies as st

from domain.care.reminders import (
    ActionState,
    CareFacts,
    CareKind,
    DatedItem,
    KindSetting,
    ReminderAction,
    ReminderGroup,
    ReminderSettings,
    ShopCareFacts,
    due_reminders,
    snooze_until,
)
from domain.care.settings_json import settings_from_json, settings_to_json
from domain.model.customers import Birthday, BirthdayCalendar

TODAY = date(2026, 12, 6)  # a Sunday


def shop(cid: int = 1, **kw: object) -> ShopCareFacts:
    return ShopCareFacts(cid, f"5301021000{cid:02d}", f"店{cid}", f"店主{cid}", **kw)  # type: ignore[arg-type]


def only(kind: CareKind, lead: int) -> ReminderSettings:
    """One kind on, with this lead; festivals off so the traditional ones stay out of the way."""
    return ReminderSettings(kinds={k: KindSetting(k is kind, lead) for k in CareKind}, festivals=())


def listed(facts: CareFacts, settings: ReminderSettings, today: date, days: int = 0,
           actions: tuple[ReminderAction, ...] = ()) -> list[str]:
    return [r.occurrence for r in due_reminders(facts, settings, actions, today, days)]


def test_a_birthday_comes_up_its_lead_days_before() -> None:
    facts = CareFacts([shop(birthday=Birthday(12, 9))])
    assert listed(facts, only(CareKind.BIRTHDAY, 3), TODAY) == ["birthday:1:owner:2026"]
    assert listed(facts, only(CareKind.BIRTHDAY, 2), TODAY) == []
    assert listed(facts, only(CareKind.BIRTHDAY, 2), TODAY, days=1) == ["birthday:1:owner:2026"]
    assert listed(facts, only(CareKind.BIRTHDAY, 3), date(2026, 12, 10)) == []  # passed: gone


def test_a_lunar_birthday_is_listed_on_its_solar_day_with_its_lunar_form() -> None:
    facts = CareFacts([shop(birthday=Birthday(8, 16, BirthdayCalendar.LUNAR, 1971))])
    (r,) = due_reminders(facts, only(CareKind.BIRTHDAY, 7), (), date(2026, 9, 20))
    assert r.on == date(2026, 9, 26) and r.lunar == "农历八月十六" and r.age == 55


def test_the_licence_comes_up_at_each_stage_and_a_done_stage_leaves_the_next() -> None:
    expiry = TODAY + timedelta(days=45)
    facts = CareFacts([shop(license_expiry=expiry)])
    settings = only(CareKind.LICENSE, 0)
    assert listed(facts, settings, TODAY) == [f"license:1:{expiry}:60"]
    done = (ReminderAction(f"license:1:{expiry}:60", ActionState.DONE, TODAY),)
    assert listed(facts, settings, TODAY, actions=done) == []
    assert listed(facts, settings, expiry - timedelta(days=30), actions=done) == [f"license:1:{expiry}:30"]
    # expired and never dealt with: it stays, overdue
    (late,) = due_reminders(facts, settings, (), expiry + timedelta(days=3))
    assert late.stage == 7 and late.overdue(expiry + timedelta(days=3))


def test_work_stays_overdue_until_done() -> None:
    item = DatedItem(CareKind.FOLLOW_UP, 7, 1, TODAY - timedelta(days=4), "补齐价签")
    facts = CareFacts([shop()], [item])
    (r,) = due_reminders(facts, only(CareKind.FOLLOW_UP, 0), (), TODAY)
    assert r.group(TODAY) is ReminderGroup.OVERDUE and r.subject == "补齐价签" and r.shop == "店1"


def test_groups_and_order() -> None:
    items = [DatedItem(CareKind.OWN, n, 1, TODAY + timedelta(days=d), str(d)) for n, d in enumerate((9, 0, 3, -2))]
    rows = due_reminders(CareFacts([shop()], items), only(CareKind.OWN, 0), (), TODAY, days=10)
    assert [r.subject for r in rows] == ["-2", "0", "3", "9"]
    monday = date(2026, 12, 7)
    rows = due_reminders(CareFacts([shop()], items), only(CareKind.OWN, 0), (), monday, days=10)
    assert [r.group(monday) for r in rows] == [ReminderGroup.OVERDUE, ReminderGroup.OVERDUE,
                                              ReminderGroup.THIS_WEEK, ReminderGroup.LATER]


def test_a_kind_turned_off_is_not_listed() -> None:
    facts = CareFacts([shop(birthday=Birthday(12, 6))])
    off = ReminderSettings(kinds={CareKind.BIRTHDAY: KindSetting(False, 7)}, festivals=())
    assert listed(facts, off, TODAY) == []


def test_snooze_choices() -> None:
    assert snooze_until("tomorrow", TODAY) == date(2026, 12, 7)
    assert snooze_until("next_week", date(2026, 12, 9)) == date(2026, 12, 14)


def test_the_settings_survive_their_json() -> None:
    settings = ReminderSettings(kinds={CareKind.BIRTHDAY: KindSetting(False, 3)}, license_stages=(90, 14),
                                tray_notifications=False, greetings={"birthday": "{owner}生日快乐"})
    back = settings_from_json(settings_to_json(settings))
    assert back.of(CareKind.BIRTHDAY) == KindSetting(False, 3) and back.license_stages == (90, 14)
    assert not back.tray_notifications and back.greetings == {"birthday": "{owner}生日快乐"}
    assert [f.key for f in back.festivals] == [f.key for f in settings.festivals]
    assert settings_from_json({"kinds": {"birthday": {"lead_days": "x"}, "nonsense": {}}}).lead(CareKind.BIRTHDAY) == 7
    assert settings_from_json("garbage") == ReminderSettings()


days = st.integers(min_value=0, max_value=60)


@given(lead=days, offset=st.integers(min_value=-30, max_value=90), window=st.integers(min_value=0, max_value=30))
def test_an_own_reminder_comes_up_exactly_lead_days_ahead(lead: int, offset: int, window: int) -> None:
    on = TODAY + timedelta(days=offset)
    facts = CareFacts([shop()], [DatedItem(CareKind.OWN, 1, 1, on, "x")])
    shown = bool(listed(facts, only(CareKind.OWN, lead), TODAY, window))
    assert shown == (on - timedelta(days=lead) <= TODAY + timedelta(days=window))


@given(offset=st.integers(min_value=-20, max_value=40), snoozed_for=st.integers(min_value=1, max_value=60),
       lead=days, later=st.integers(min_value=0, max_value=120))
def test_a_snoozed_reminder_comes_back_exactly_on_its_day(offset: int, snoozed_for: int, lead: int,
                                                         later: int) -> None:
    on = TODAY + timedelta(days=offset)
    facts = CareFacts([shop()], [DatedItem(CareKind.OWN, 1, 1, on, "x")])
    until = TODAY + timedelta(days=snoozed_for)
    snoozed = (ReminderAction("own:1", ActionState.SNOOZED, TODAY, until),)
    day = TODAY + timedelta(days=later)
    assert bool(listed(facts, only(CareKind.OWN, lead), day, actions=snoozed)) == (day >= until)


@given(month=st.integers(1, 12), day=st.integers(1, 28), lunar=st.booleans(), leap=st.booleans(),
       seen=st.integers(0, 365))
def test_a_birthday_done_never_comes_back_that_year(month: int, day: int, lunar: bool, leap: bool,
                                                    seen: int) -> None:
    birthday = Birthday(month, day, BirthdayCalendar.LUNAR if lunar else BirthdayCalendar.SOLAR,
                        leap_month=lunar and leap)
    facts = CareFacts([shop(birthday=birthday)])
    settings = only(CareKind.BIRTHDAY, 30)
    first = due_reminders(facts, settings, (), TODAY, days=400)[0]
    done = (ReminderAction(first.occurrence, ActionState.DONE, TODAY),)
    on_day = TODAY + timedelta(days=seen)
    assert first.occurrence not in listed(facts, settings, on_day, days=30, actions=done)
