"""The salon lists on paper (邀约名单, 签到表, 活动总结) and the dossier's 沙龙活动 section, built from the demo
workspace through the report catalogue and read back."""
from __future__ import annotations

import re

import pytest

from domain.errors import NotFound
from domain.report_catalogue import DossierRequest, EventSummaryRequest, InvitationListRequest, SignInSheetRequest
from domain.salons.funnel import cost_per_attendee, funnel_by, funnel_of
from domain.salons.model import EventKind, Reply
from domain.services.salon_report import event_summary, invitation_list, sign_in_list
from domain.services.salon_steps import add_walk_in
from domain.services.salons import event_with_invitees, list_events
from persistence.workspace import Workspace
from reports.base import money2
from reports.catalogue import report_catalogue
from tests.reports.conftest import TODAY
from tests.reports.pdf_text import flat_text, page_texts


def _translate(context: str, text: str) -> str:
    return text


@pytest.fixture(scope="module")
def workspace(open_demo) -> Workspace:
    """The demo, with one walk-in added to its past training, so that every part of the summary prints."""
    ws = open_demo(40, 3)
    training = next(s.event for s in list_events(ws.uow(), TODAY) if s.event.kind is EventKind.TRAINING)
    assert training.id is not None and training.past(TODAY)
    on_list = {i.invitation.customer_id for i in event_with_invitees(ws.uow(), training.id).invitees}
    with ws.uow() as uow:
        stranger = next(cid for cid, *_ in uow.customers.id_keys() if cid not in on_list)
    add_walk_in(ws.uow(), training.id, stranger, TODAY)
    return ws


def _event_id(ws: Workspace, *, past: bool, kind: EventKind | None = None) -> int:
    found = next(s.event for s in list_events(ws.uow(), TODAY)
                 if s.event.past(TODAY) == past and (kind is None or s.event.kind is kind))
    assert found.id is not None
    return found.id


def _pdf(ws: Workspace, request: object) -> bytes:
    return report_catalogue().pdf(ws.uow, request)


def _assert_page_x_of_y(pdf: bytes) -> None:
    pages = page_texts(pdf)
    for n, text in enumerate(pages, 1):
        assert re.search(rf"第\s*{n}\s*页\s*/\s*共\s*{len(pages)}\s*页", text), text[-200:]


def test_the_invitation_list_prints_every_listed_shop_by_pinyin_with_its_invitation_and_reply(workspace) -> None:
    event_id = _event_id(workspace, past=False)
    data = invitation_list(workspace.uow(), event_id)
    whole = event_with_invitees(workspace.uow(), event_id)
    listed = [i for i in whole.invitees if not i.invitation.walk_in]
    assert len(data.invitees) == len(listed) > 0
    assert [i.pinyin for i in data.invitees] == sorted(i.pinyin for i in listed)
    f = funnel_of(whole.invitees)
    assert 0 < f.invited < f.listed  # the demo's coming tasting is half invited

    pdf = _pdf(workspace, InvitationListRequest(event_id, TODAY))
    text = flat_text(pdf)
    assert f"邀约名单·{whole.event.theme}".replace(" ", "") in text
    for heading in ("店名", "户主", "电话", "许可证号", "邀约", "回复", "通话记录"):
        assert heading in text
    assert f"名单{len(listed)}户·已邀约{f.invited}户·已确认{f.confirmed}户" in text
    for n, i in enumerate(data.invitees, 1):
        assert f"{n}{i.shop}{i.owner}{i.phone}{i.license_no}" in text
    assert text.count("未邀约") == f.listed - f.invited
    assert text.count("已邀约") == f.invited + 1  # and once in the count line
    assert "待回复" in text and "已确认" in text
    _assert_page_x_of_y(pdf)


def test_the_sign_in_sheet_numbers_the_confirmed_guests_then_blank_rows(workspace) -> None:
    event_id = _event_id(workspace, past=True, kind=EventKind.MEETING)
    whole = event_with_invitees(workspace.uow(), event_id)
    confirmed = sorted((i for i in whole.invitees if i.invitation.reply is Reply.CONFIRMED), key=lambda i: i.pinyin)
    assert confirmed
    assert [i.shop for i in sign_in_list(workspace.uow(), event_id).confirmed] == [i.shop for i in confirmed]

    pdf = _pdf(workspace, SignInSheetRequest(event_id, TODAY, blank_rows=5))
    pages = page_texts(pdf)
    # each row's number is a line of its own; phones (11 digits) are left out by the length
    numbers = [int(m) for p in pages for m in re.findall(r"^\s*(\d{1,3})\s*$", p, re.MULTILINE)]
    assert numbers == list(range(1, len(confirmed) + 5 + 1))
    text = flat_text(pdf)
    assert "签名" in text and "序号" in text and f"已确认{len(confirmed)}户" in text
    for n, i in enumerate(confirmed, 1):
        assert f"{n}{i.shop}{i.owner}{i.phone}" in text
    declined = [i.shop for i in whole.invitees if i.invitation.reply is Reply.DECLINED]
    unlike = [shop for shop in declined if not any(shop in c.shop for c in confirmed)]  # not part of a guest's name
    assert unlike and not any(shop in text for shop in unlike)
    _assert_page_x_of_y(pdf)

    none_blank = page_texts(_pdf(workspace, SignInSheetRequest(event_id, TODAY, blank_rows=0)))
    assert [int(m) for p in none_blank for m in re.findall(r"^\s*(\d{1,3})\s*$", p, re.MULTILINE)] == \
        list(range(1, len(confirmed) + 1))


def test_the_walk_in_is_neither_on_the_invitation_list_nor_on_the_sign_in_sheet(workspace) -> None:
    event_id = _event_id(workspace, past=True, kind=EventKind.TRAINING)
    walk_in = next(i for i in event_with_invitees(workspace.uow(), event_id).invitees if i.invitation.walk_in)
    assert walk_in.invitation.customer_id not in {
        i.invitation.customer_id for i in invitation_list(workspace.uow(), event_id).invitees}
    assert walk_in.invitation.customer_id not in {
        i.invitation.customer_id for i in sign_in_list(workspace.uow(), event_id).confirmed}


def test_the_event_summary_prints_the_domain_funnel_whole_by_segment_and_tier(workspace) -> None:
    event_id = _event_id(workspace, past=True, kind=EventKind.TRAINING)
    whole = event_with_invitees(workspace.uow(), event_id)
    f = funnel_of(whole.invitees)
    assert f.walk_ins == 1 and f.attended > 0 and f.converted > 0

    pdf = _pdf(workspace, EventSummaryRequest(event_id, TODAY))
    text = flat_text(pdf)
    assert "活动总结" in text and "比例以已邀约户数为基数" in text
    steps = [("目标名单", f.listed, None), ("已邀约", f.invited, f.invited), ("已确认", f.confirmed, f.confirmed),
             ("到场", f.attended, f.attended), ("已回访", f.followed_up, f.followed_up),
             ("促成", f.converted, f.converted)]
    for name, count, of in steps:
        rate = "—" if of is None else f"{f.rate(of)}%"
        assert f"{name}{count}{rate}" in text, name
    assert f"含现场加入{f.walk_ins}户" in text

    for segment, g in funnel_by(whole.invitees, lambda i: i.segment):
        row = f"{segment}{g.listed}{g.invited}{g.confirmed}{g.attended}{g.followed_up}{g.converted}"
        assert row in text, segment
    tiers = dict(funnel_by(whole.invitees, lambda i: i.value_tier))
    names = {"key": "重点", "potential": "潜力", "ordinary": "普通", "at_risk": "流失风险"}
    for code, g in tiers.items():
        rate = "—" if g.rate(g.confirmed) is None else f"{g.rate(g.confirmed)}%"
        assert f"{names[code]}{g.listed}{g.invited}{g.confirmed}{g.attended}{g.followed_up}{g.converted}{rate}" in text
    assert "key" not in text and "at_risk" not in text

    cost = cost_per_attendee(whole.event.budget, f.attended)
    assert cost is not None and f"人均成本{money2(cost)}" in text
    walk_in = next(i for i in whole.invitees if i.invitation.walk_in)
    assert f"现场加入1户：{walk_in.shop}" in text

    report = event_summary(workspace.uow(), event_id)
    assert report.funnel == f and len(report.attendees) == f.attended
    for n, i in enumerate(report.attendees, 1):
        assert f"{n}{i.shop}" in text
    assert text.count("订货") >= sum(i.invitation.outcome.value == "ordered" for i in report.attendees)
    assert f"已回访{f.followed_up}户" in text
    assert whole.event.feedback and re.sub(r"\s+", "", whole.event.feedback) in text
    _assert_page_x_of_y(pdf)


def test_an_upcoming_event_summary_says_it_has_not_been_held(workspace) -> None:
    event_id = _event_id(workspace, past=False)
    text = flat_text(_pdf(workspace, EventSummaryRequest(event_id, TODAY)))
    assert "活动尚未举行" in text and "无到场客户" in text


def test_an_unknown_event_is_not_found_and_the_files_are_named_after_the_theme(workspace) -> None:
    catalogue = report_catalogue()
    for request in (InvitationListRequest(999, TODAY), SignInSheetRequest(999, TODAY), EventSummaryRequest(999, TODAY)):
        with pytest.raises(NotFound):
            catalogue.pdf(workspace.uow, request)
    assert catalogue.file_name(InvitationListRequest(1, TODAY, "品鉴会"), _translate) == \
        "Invitation list-品鉴会-2026-11-27.pdf"
    assert catalogue.file_name(SignInSheetRequest(1, TODAY, "a/b"), _translate) == "Sign-in sheet-a_b-2026-11-27.pdf"
    assert catalogue.file_name(EventSummaryRequest(7, TODAY), _translate) == "Event summary-7-2026-11-27.pdf"


def test_the_dossier_lists_the_shops_salons_and_says_none_for_a_shop_without(workspace) -> None:
    with workspace.uow() as uow:
        ids = [cid for cid, *_ in uow.customers.id_keys()]
        invited = {inv.customer_id for inv in (i.invitation for i in uow.salons.invitees())}
    shop = next(cid for cid in ids if cid in invited)
    with workspace.uow() as uow:
        salons = uow.salons.invitations_of(shop)
    text = flat_text(_pdf(workspace, DossierRequest(shop, TODAY)))
    assert "十、沙龙活动" in text
    section = text[text.index("十、沙龙活动"):]
    for event, _inv in salons:
        assert f"{event.on.isoformat()}{event.theme}".replace(" ", "") in section

    lonely = next(cid for cid in ids if cid not in invited)
    text = flat_text(_pdf(workspace, DossierRequest(lonely, TODAY)))
    assert "十、沙龙活动无。" in text
