"""The two salon lists carried on paper: the 邀约名单 (the target list with phone, invitation and reply,
and a wide column to note each call by hand) and the 签到表 (the confirmed guests by pinyin with a
signature box, then blank numbered rows for walk-ins).

    render_invitation_list(data: InvitationList, owner, unit, printed_on) -> bytes
    render_sign_in_sheet(data: SignInList, owner, unit, printed_on, blank_rows=8) -> bytes

Data in (domain.services.salon_report), PDF bytes out; the page speaks Chinese (reports/salon_words.py)."""
from __future__ import annotations

from datetime import date

from reportlab.lib.styles import ParagraphStyle
from reportlab.platypus import Flowable, Paragraph, Spacer, Table, TableStyle

from domain.services.salon_report import InvitationList, SignInList
from reports import base
from reports.base import CONTENT_WIDTH, MM, para
from reports.salon_words import capacity_text, event_line, invite_text, reply_text

INVITATION_TITLE = "邀约名单"
SIGN_IN_TITLE = "签到表"
INVITATION_HEADER = ["序", "店名", "户主", "电话", "许可证号", "邀约", "回复", "通话记录"]
# the short columns fixed, so that eleven-digit phones and twelve-digit licence numbers stay on one line;
# the invitation and the reply put their detail on a second line; the call notes take what is left
# (about 45 mm) to write in by hand
INVITATION_WIDTHS = [7 * MM, 28 * MM, 13 * MM, 21.5 * MM, 23 * MM, 19 * MM, 22 * MM, 0.0]
INVITATION_WIDTHS[-1] = CONTENT_WIDTH - sum(INVITATION_WIDTHS)
SIGN_IN_HEADER = ["序号", "店名", "户主", "电话", "签名"]
SIGN_IN_WIDTHS = [12 * MM, 48 * MM, 22 * MM, 26 * MM, 0.0]
SIGN_IN_WIDTHS[-1] = CONTENT_WIDTH - sum(SIGN_IN_WIDTHS)
SIGN_ROW_PADDING = 8  # points above and below: a row about 10 mm tall takes a signature, 21 to the first page


def _facts_line(text: str) -> Paragraph:
    # a subheading's size without its keep-with-next (a long list would push it and the title to page 2)
    style = ParagraphStyle("salon_facts", parent=base.styles()["subheading"], keepWithNext=0, spaceAfter=5)
    return Paragraph(text, style)


def _ruled(t: Table, padding: float) -> Table:
    # a list filled in by hand wants a ruled grid and room for a pen
    t.setStyle(TableStyle([
        ("GRID", (0, 0), (-1, -1), 0.5, base.RULE),
        ("TOPPADDING", (0, 1), (-1, -1), padding),
        ("BOTTOMPADDING", (0, 1), (-1, -1), padding),
    ]))
    return t


# --- 邀约名单 ----------------------------------------------------------------------------------------

def invitation_counts(data: InvitationList) -> str:
    f = data.funnel
    return (f"容纳 {capacity_text(data.event)} · 名单 {len(data.invitees)} 户 · 已邀约 {f.invited} 户 · "
            f"已确认 {f.confirmed} 户")


def invitation_story(data: InvitationList) -> list[Flowable]:
    story: list[Flowable] = [para(f"{INVITATION_TITLE} · {data.event.theme}", "title"),
                             para(event_line(data.event), "subtitle"), _facts_line(invitation_counts(data))]
    if not data.invitees:
        return [*story, para("这个活动还没有目标客户。", "small")]
    rows: list[list[object]] = [list(INVITATION_HEADER)]
    for n, i in enumerate(data.invitees, 1):
        inv = i.invitation
        rows.append([str(n), i.shop, i.owner or "—", i.phone or "—", i.license_no, invite_text(inv),
                     reply_text(inv), ""])
    story += [_ruled(base.table(rows, INVITATION_WIDTHS, align_right=(0,), zebra=False), 6), Spacer(1, 2 * MM)]
    story.append(para("按店名拼音排序。打电话或上门邀约时在“通话记录”栏记下答复，回到软件里登记邀约和回复。", "small"))
    return story


def render_invitation_list(data: InvitationList, owner: str, unit: str, printed_on: date) -> bytes:
    """The 邀约名单 PDF of one event: A4 portrait, the shared header and "第 x 页 / 共 y 页" footer."""
    title = f"{INVITATION_TITLE} · {data.event.theme} · {data.event.on.isoformat()}"
    return base.build_pdf(title, owner, unit, printed_on, invitation_story(data))


# --- 签到表 ------------------------------------------------------------------------------------------

def sign_in_rows(data: SignInList, blank_rows: int) -> list[list[object]]:
    """The header, one numbered row per confirmed guest, then `blank_rows` numbered empty rows."""
    rows: list[list[object]] = [list(SIGN_IN_HEADER)]
    for n, i in enumerate(data.confirmed, 1):
        rows.append([str(n), i.shop, i.owner or "", i.phone or "", ""])
    first_blank = len(data.confirmed) + 1
    rows += [[str(n), "", "", "", ""] for n in range(first_blank, first_blank + max(blank_rows, 0))]
    return rows


def sign_in_story(data: SignInList, blank_rows: int = 8) -> list[Flowable]:
    e = data.event
    story: list[Flowable] = [
        para(f"{SIGN_IN_TITLE} · {e.theme}", "title"), para(event_line(e), "subtitle"),
        _facts_line(f"已确认 {len(data.confirmed)} 户 · 另留空行 {max(blank_rows, 0)} 行供现场加入的客户签到"),
    ]
    story.append(_ruled(base.table(sign_in_rows(data, blank_rows), SIGN_IN_WIDTHS, align_right=(0,), zebra=False),
                        SIGN_ROW_PADDING))
    story += [Spacer(1, 2 * MM),
              para("已确认的客户按店名拼音排序。活动结束后在软件的“沙龙运作”里勾选到场，并添加现场加入的客户。", "small")]
    return story


def render_sign_in_sheet(data: SignInList, owner: str, unit: str, printed_on: date, blank_rows: int = 8) -> bytes:
    """The 签到表 PDF of one event: confirmed count + `blank_rows` numbered rows with a signature box."""
    title = f"{SIGN_IN_TITLE} · {data.event.theme} · {data.event.on.isoformat()}"
    return base.build_pdf(title, owner, unit, printed_on, sign_in_story(data, blank_rows))
