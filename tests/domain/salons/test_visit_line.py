"""The handbook's salon line for a shop on the day's plan: an invitation to give, a reply to ask for."""
from __future__ import annotations

from dataclasses import replace
from datetime import date, time

from domain.salons.invitation_text import visit_line
from domain.salons.model import Event, EventKind, Invitation, InviteState, Reply

TASTING = Event("新品品鉴会", EventKind.TASTING, date(2026, 12, 24), time(14, 30), time(16, 30), "金叶宾馆", id=3)


def test_a_shop_on_the_list_is_to_be_invited_with_the_when_and_where() -> None:
    line = visit_line(TASTING, Invitation(3, 1), date(2026, 12, 7))
    assert line == "邀约：新品品鉴会（12月24日（星期四）14:30—16:30，金叶宾馆）"


def test_an_invited_shop_is_asked_for_its_reply_until_it_answers() -> None:
    invited = Invitation(3, 1, InviteState.INVITED, date(2026, 12, 1))
    assert visit_line(TASTING, invited, date(2026, 12, 7)) == "问回复：新品品鉴会（12月24日（星期四）14:30—16:30）"
    for reply in (Reply.CONFIRMED, Reply.DECLINED):
        assert visit_line(TASTING, Invitation(3, 1, InviteState.INVITED, reply=reply), date(2026, 12, 7)) is None


def test_nothing_once_the_event_is_past_or_cancelled() -> None:
    assert visit_line(TASTING, Invitation(3, 1), date(2026, 12, 25)) is None

    assert visit_line(replace(TASTING, cancelled=True), Invitation(3, 1), date(2026, 12, 7)) is None
