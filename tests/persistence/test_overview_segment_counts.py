"""The overview's customers-by-segment table accounts for every customer: those without a segment are one
unclassified row, so the rows sum to the customer count."""
from __future__ import annotations

from datetime import date

from domain.model.customers import Customer, CustomerStatus
from domain.services.workspace import ensure_defaults, workspace_overview
from persistence.workspace import Workspace

TODAY = date(2026, 11, 27)


def test_rows_sum_to_the_customer_count(workspace: Workspace) -> None:
    ensure_defaults(workspace.uow())
    with workspace.uow() as uow:
        segments = uow.segments.list()
        uow.customers.add_many([
            Customer("530102100001", "北环路烟酒店", segment_id=segments[1].id),
            Customer("530102100002", "兴旺便利店"),
            Customer("530102100003", "老街小卖部", status=CustomerStatus.SUSPENDED),
            Customer("530102100004", "已搬走", status=CustomerStatus.ARCHIVED),
        ])
        uow.commit()
    o = workspace_overview(workspace.uow(), TODAY)
    assert sum(s.customers for s in o.segments) == o.active_customers == 3
    unclassified = [s for s in o.segments if s.segment is None]
    assert [(s.customers, s.visit_every_days) for s in unclassified] == [(2, None)]
    assert o.segments[-1] is unclassified[0]  # after the named segments


def test_no_unclassified_row_when_every_customer_has_a_segment(workspace: Workspace) -> None:
    ensure_defaults(workspace.uow())
    with workspace.uow() as uow:
        uow.customers.add_many([Customer("530102100001", "北环路烟酒店", segment_id=uow.segments.list()[0].id)])
        uow.commit()
    o = workspace_overview(workspace.uow(), TODAY)
    assert all(s.segment is not None for s in o.segments)
    assert sum(s.customers for s in o.segments) == o.active_customers == 1
