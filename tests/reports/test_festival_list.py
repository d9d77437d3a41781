"""节日关怀清单 built from a hand-made sitting (no workspace needed) and read back with pypdf."""
from __future__ import annotations

from datetime import date

from domain.care.festivals import Festival, festival_on
from domain.care.greetings import DEFAULT_GREETINGS, fill_greeting
from domain.services.festival_care import FestivalShop, FestivalSitting
from reports.festival_list import render_festival_list
from tests.reports.pdf_text import embedded_fonts, flat_text, page_texts

PRINTED_ON = date(2026, 9, 20)
MID_AUTUMN = Festival("mid_autumn", "中秋节", 8, 15)
ON = festival_on(MID_AUTUMN, 2026)  # 2026-09-25


def _shop(customer_id: int, license_no: str, shop: str, owner: str, sent_on: date | None = None) -> FestivalShop:
    greeting = fill_greeting(DEFAULT_GREETINGS["mid_autumn"], owner=owner, shop=shop, festival="中秋节",
                             manager="王经理", on=ON)
    return FestivalShop(customer_id, license_no, shop, owner, greeting, sent_on)


SHOPS = (
    _shop(1, "440106100001", "老陈便利店", "陈建国", sent_on=date(2026, 9, 24)),
    _shop(2, "440106100002", "好又多烟酒商行", "李秀英"),
    _shop(3, "440106100003", "街角小卖部", ""),  # no owner's name: greeted by the shop's name
)


def _sitting(shops: tuple[FestivalShop, ...] = SHOPS, festival: Festival = MID_AUTUMN,
             on: date = ON) -> FestivalSitting:
    return FestivalSitting(festival, on, shops, DEFAULT_GREETINGS["mid_autumn"])


def test_the_list_prints_every_shop_with_its_greeting_and_the_count() -> None:
    pdf = render_festival_list(_sitting(), "王经理", "天河区营销部", PRINTED_ON)
    assert pdf.startswith(b"%PDF")
    text = flat_text(pdf)  # white space dropped: pypdf splits CJK runs where it likes
    assert "节日关怀清单·中秋节" in text
    assert "2026年9月25日（星期五）·农历八月十五" in text
    assert "共3户；已发送祝福1户" in text
    for s in SHOPS:
        assert s.shop in text and s.license_no in text
        assert s.greeting.replace(" ", "") in text  # the whole greeting, wrapped but not cut
    assert "陈建国您好！中秋佳节" in text and "街角小卖部您好！" in text
    assert text.count("✓") == 1  # only the sent shop is ticked; the others are left to tick by hand
    assert "王经理·天河区营销部" in text and "打印日期2026-09-20" in text
    assert embedded_fonts(pdf), "the CJK font is embedded"


def test_a_solar_festival_prints_no_lunar_date() -> None:
    founding = Festival("founding", "店庆", 10, 8, lunar=False)
    pdf = render_festival_list(_sitting(festival=founding, on=date(2026, 10, 8)), "王经理", "", PRINTED_ON)
    text = flat_text(pdf)
    assert "2026年10月8日（星期四）" in text and "农历" not in text


def test_a_long_list_runs_onto_more_pages_with_the_header_repeated() -> None:
    shops = tuple(_shop(i, f"4401061{i:05d}", f"第{i}号烟酒店", f"店主{i}") for i in range(1, 61))
    pages = page_texts(render_festival_list(_sitting(shops), "王经理", "天河区营销部", PRINTED_ON))
    assert len(pages) > 1
    for n, page in enumerate(pages, 1):
        assert "许可证号" in page and f"第 {n} 页 / 共 {len(pages)} 页" in page
    assert "第60号烟酒店" in "".join(pages)


def test_a_festival_without_shops_says_so() -> None:
    text = flat_text(render_festival_list(_sitting(()), "王经理", "天河区营销部", PRINTED_ON))
    assert "共0户；已发送祝福0户" in text and "这个节日没有适用的客户。" in text
