"""拜访总结 outcome rules: problems apart from information, the 未建跟进 flag, repeated themes, days visited."""
from __future__ import annotations

from datetime import date

from domain.visits.record_views import DayData, DayEntry, DayVisit, FollowUpItem
from domain.visits.summary_rules import (
    Finding,
    normalise_theme,
    order_totals,
    repeated_themes,
    split_findings,
    store_check_faults,
)

DAY = date(2026, 12, 3)


def visit(visit_id: int, customer_id: int, *, status: str = "done", visit_type: str = "in_person",
          missing: int = 0, license_shown: bool | None = True) -> DayVisit:
    return DayVisit(visit_id, customer_id, f"店{customer_id}", "线路一", status, visit_type, "", missing,
                    None if visit_type == "phone" else missing == 0, license_shown, "", "")


def follow_up(visit_id: int, customer_id: int) -> FollowUpItem:
    return FollowUpItem(100 + visit_id, customer_id, f"店{customer_id}", "线路一", "回复", None, "", "open",
                        visit_id, DAY)


def problem(customer_id: int, text: str, kind: str = "complaint") -> Finding:
    return Finding(customer_id, customer_id, f"店{customer_id}", kind, text)


def test_normalising_folds_widths_punctuation_and_spaces() -> None:
    assert normalise_theme("  订货终端登录不上。 ") == normalise_theme("订货终端登录不上")
    assert normalise_theme("订货终端，登录不上！") == normalise_theme("订货终端,登录不上!")
    assert normalise_theme("ＡＰＰ  登录不上") == normalise_theme("app 登录不上")
    assert normalise_theme("（紧俏烟）货源不足") == normalise_theme("(紧俏烟)货源不足")
    assert normalise_theme("订货终端登录不上") != normalise_theme("订货终端偶尔登录不上")


def test_themes_are_counted_by_shops_most_first() -> None:
    problems = [
        problem(1, "订货终端登录不上"), problem(2, "订货终端登录不上。"), problem(3, " 订货终端登录不上 "),
        problem(3, "订货终端登录不上"),  # the same shop again: still 3 shops
        problem(4, "订货终端，登录不上！"), problem(5, "订货终端,登录不上!"),
        problem(1, "货源不足", "opinion"), problem(2, "货源不足！", "opinion"),
        problem(6, "只说了一次的问题"),
        Finding(7, 7, "店7", "market_info", "附近新开工业园"), Finding(8, 8, "店8", "market_info", "附近新开工业园"),
        Finding(7, 7, "店7", "price_labels", "2"), Finding(8, 8, "店8", "price_labels", "2"),
    ]
    themes = repeated_themes(problems)
    assert [(t.text, t.shops) for t in themes] == [("订货终端登录不上", 5), ("货源不足", 2)]
    assert repeated_themes(problems, min_shops=1)[-1].text == "只说了一次的问题"


def test_problems_apart_from_information_and_the_unfollowed_flag() -> None:
    data = DayData(DAY, 1, "", (visit(1, 1, missing=2), visit(2, 2), visit(3, 3, visit_type="phone"),
                                visit(4, 4, status="missed")),
                   (DayEntry(1, "店1", "complaint", "订货终端登录不上"),
                    DayEntry(1, "店1", "market_info", "附近新开工业园"),
                    DayEntry(2, "店2", "need", "希望增加供货"),
                    DayEntry(3, "店3", "competitor_info", "对面店让价"),
                    DayEntry(3, "店3", "opinion", "货源不足")),
                   (follow_up(2, 2),))
    problems, information = split_findings(data)
    assert [(p.customer_id, p.kind) for p in problems] == [(1, "price_labels"), (1, "complaint"), (2, "need"),
                                                           (3, "opinion")]
    assert [(p.customer_id, p.kind) for p in information] == [(1, "market_info"), (3, "competitor_info")]
    flagged = {(p.customer_id, p.kind): p.unfollowed for p in problems}
    assert flagged == {(1, "price_labels"): False, (1, "complaint"): True, (2, "need"): False,
                       (3, "opinion"): True}


def test_a_phone_visit_has_no_store_check_faults() -> None:
    assert store_check_faults(visit(3, 3, visit_type="phone", license_shown=None)) == []
    assert store_check_faults(visit(5, 5, status="planned", missing=3)) == []
    assert [f.kind for f in store_check_faults(visit(1, 1, missing=1, license_shown=False))] == \
        ["price_labels", "license"]


def test_order_totals() -> None:
    assert order_totals([(4, 3), (2, None), (None, 1)]) == (6, 4)
    assert order_totals([]) == (None, None)
    assert order_totals([(0, 0)]) == (0, 0)


def test_days_visited_counts_days_with_a_done_visit() -> None:
    from domain.services.visit_history import summarise_day
    from domain.visits.summary_rules import days_visited

    done = DayData(DAY, 1, "", (visit(1, 1), visit(2, 2, status="missed")), (), ())
    planned = DayData(date(2026, 12, 4), 2, "", (visit(3, 3, status="planned"),), (), ())
    missed = DayData(date(2026, 12, 5), 3, "", (visit(4, 4, status="missed"),), (), ())
    today = date(2026, 12, 4)
    assert days_visited([summarise_day(d, today) for d in (done, planned, missed)]) == 1
    assert days_visited([done, planned, missed]) == 1
