"""The overview query against hand-computed figures."""
from __future__ import annotations

from datetime import date, datetime
from decimal import Decimal

from domain.model.care import Reminder, ReminderKind
from domain.model.customers import Customer, CustomerStatus
from domain.model.products import PriceClass, Product
from domain.model.sales import ImportBatch, ImportKind, SalesLine
from domain.model.visits import FollowUp
from domain.services.workspace import ensure_defaults, workspace_overview
from persistence.workspace import Workspace

TODAY = date(2026, 11, 27)


def test_overview_figures(workspace: Workspace) -> None:
    ensure_defaults(workspace.uow())
    with workspace.uow() as uow:
        segments = uow.segments.list()
        a, b, gone = uow.customers.add_many([
            Customer("530102100001", "北环路烟酒店", segment_id=segments[1].id),
            Customer("530102100002", "兴旺便利店", segment_id=segments[1].id),
            Customer("530102100003", "老街小卖部", segment_id=segments[0].id, status=CustomerStatus.ARCHIVED),
        ])
        (p,) = uow.products.add_many([Product("6901028001", "云烟(紫)", Decimal("51.50"), PriceClass.CLASS_3)])
        batch = uow.sales.add_batch(ImportBatch(ImportKind.SALES, "t.csv", imported_at=datetime(2026, 11, 27, 9, 0)))
        lines = [
            SalesLine(date(2026, 9, 7), a, p, 10, 10, Decimal("51.50"), Decimal("515.00"), batch),
            SalesLine(date(2026, 10, 5), a, p, 12, 8, Decimal("51.50"), Decimal("412.00"), batch),
            SalesLine(date(2026, 10, 31), b, p, 2, 2, Decimal("51.50"), Decimal("103.00"), batch),
        ]
        uow.sales.add_lines(lines)
        uow.care.add_reminder(Reminder(ReminderKind.OWN, "带最新一期《读者》", date(2026, 12, 3), a))
        uow.care.add_reminder(Reminder(ReminderKind.CUSTOM, "太远了", date(2027, 3, 1), b))
        uow.care.add_reminder(Reminder(ReminderKind.CUSTOM, "已办", date(2026, 11, 28), b, done_on=TODAY))
        uow.visits.add_follow_up(FollowUp(a, "补齐价签"))
        uow.commit()
    o = workspace_overview(workspace.uow(), TODAY)
    assert (o.active_customers, o.archived_customers, o.products, o.sales_lines) == (2, 1, 1, 3)
    assert o.latest_month is not None and o.latest_month.month == date(2026, 10, 1)
    assert (o.latest_month.cartons, o.latest_month.amount, o.latest_month.customers) == (10, Decimal("515.00"), 2)
    assert o.previous_month is not None and o.previous_month.cartons == 10
    # the own reminder due in the window, and the follow-up has no date; the far and the done ones are not listed
    assert [(r.subject, r.shop) for r in o.upcoming_reminders] == [("带最新一期《读者》", "北环路烟酒店")]
    assert o.open_follow_ups == 1
    by_segment = {s.segment: s.customers for s in o.segments}
    assert by_segment == {"城区商圈": 0, "乡镇主街": 2, "公路沿线": 0, "边远村屯": 0}
