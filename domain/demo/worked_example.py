"""Seed 1's worked example (docs/domain.md, "Worked example"), present in every demo territory.

A tobacco-and-liquor shop on 北环路 which, in the last complete month before `today` (October 2026 for
a demo built on 2026-11-27), took 346 cartons for exactly 17,816.00 yuan (8% of which is 1,425.28),
was rated 5A8 (five stars, integrity A, customer value 8), and got a SWOT and a plan.
"""
from __future__ import annotations

from datetime import date, timedelta
from decimal import Decimal

from domain.demo.spec import add_months, month_end
from domain.model.customers import (
    Birthday,
    BirthdayCalendar,
    BusinessType,
    CareNotes,
    Competitor,
    Customer,
    Market,
    ShopEnvironment,
    ValueTier,
)
from domain.model.evaluations import (
    ImprovementPlan,
    PlanMetric,
    PlanTarget,
    StarEvaluation,
    SwotAnalysis,
)
from domain.money import yuan
from domain.schemes import DEFAULT_STAR_CRITERIA, result_code, star_level_for

LICENSE_NO = "530102100001"
NAME = "北环路烟酒店"
MONTH_CARTONS = 346
MONTH_AMOUNT = Decimal("17816.00")
VALUE_POINTS = 8
INTEGRITY_GRADE = "A"

# The month's cartons per product, at the demo catalogue's prices (which retail these products at
# exactly 8% above wholesale, so the shop's profit is 8% of its purchase amount and each class's profit
# follows its amount). Chosen so that the month reads as the source tells it: 346 cartons for exactly
# 17,816.00 yuan; classes 1–2 dominate (97 cartons, 28%, which is why the plan aims at 35%); class 2
# sells about as many cartons as class 3 (83 against 77) yet earns the shop more than twice the profit
# (607.04 against 261.44 yuan).
BASKET: tuple[tuple[str, int], ...] = (
    ("中华(硬)", 3), ("中华(软)", 1), ("芙蓉王(硬)", 2), ("玉溪(软)", 1), ("利群(新版)", 4),
    ("南京(炫赫门)", 2), ("黄鹤楼(硬珍品)", 1),
    ("云烟(紫)", 12), ("红塔山(经典)", 16), ("黄金叶(乐途)", 14), ("白沙(精品)", 15), ("七匹狼(白)", 12),
    ("真龙(硬)", 14),
    ("双喜(硬经典)", 10), ("白沙(软)", 12), ("红河(软甲)", 14), ("红梅(顺)", 12), ("大前门(短支)", 10),
    ("哈德门(精品)", 6), ("双喜(软)", 13),
    ("红梅(软黄)", 23), ("大前门(软)", 12), ("哈德门(软)", 26), ("红河(硬)", 38), ("白沙(硬)", 17),
    ("白沙(软绿)", 31), ("红梅(软红)", 25),
)
CLASS_1_2_CARTONS = 97

SCORES: dict[str, Decimal] = {
    "integrity": Decimal("18"),
    "monthly_cartons": Decimal("14"),
    "class1_share": Decimal("9.5"),
    "avg_carton_value": Decimal("13.5"),
    "brand_cultivation": Decimal("4"),  # open to new things (seed 1)
    "price_labels": Decimal("10"),  # seed 1: price labels and store layout good
    "display": Decimal("10"),
    "cooperation": Decimal("15"),
}
assert tuple(SCORES) == tuple(c.code for c in DEFAULT_STAR_CRITERIA)


def customer(today: date) -> Customer:
    return Customer(
        license_no=LICENSE_NO,
        name=NAME,
        owner="王建国",
        phone="13908716688",
        address="梧桐县城关镇北环路88号",
        route="线路一",
        business_type=BusinessType.TOBACCO_LIQUOR,
        market=Market.TOWN,
        customer_code="1100000001",
        grade=28,
        star_level=5,
        integrity_grade=INTEGRITY_GRADE,
        value_tier=ValueTier.KEY,
        opened_on=date(2009, 3, 18),
        license_expiry=today + timedelta(days=420),
        tags=["诚信示范户", "现代终端", "重点培育"],
        environment=ShopEnvironment(
            location="北环路中段，紧邻县交警大队和一家摩托车经销店",
            foot_traffic="人流量大",
            consumer_groups="过往行人、附近居民、机关上班族",
            consumer_income="较高",
            dominant_price_classes="一二类烟需求旺盛",
            competitors=[Competitor("马路对面的宏达烟酒行", 100), Competitor("马路对面的好又多超市", 150)],
            shop_area_m2=45,
            counters=3,
            terminal="电脑订货终端",
        ),
        care=CareNotes(
            birthday=Birthday(8, 16, BirthdayCalendar.LUNAR, 1971),
            hobbies="爱看《读者》杂志，每期都买；拜访时带上最新一期",
            family_notes="爱人帮忙看店，女儿在省城读大学",
            preferred_contact_time="上午10点后",
            preferred_channel="上门",
        ),
        notes="附近曾有店铺售假，本店坚持从公司正规渠道进货，口碑好",
    )


def analysed_on(today: date) -> date:
    """The month's analysis is done early in the following month, and never after today."""
    return min(today, today.replace(day=1) + timedelta(days=4))


def star_evaluation(today: date) -> StarEvaluation:
    total = sum(SCORES.values(), Decimal(0))
    stars = star_level_for(total)
    return StarEvaluation(
        customer_id=0,
        evaluated_on=analysed_on(today),
        scores=dict(SCORES),
        total_score=total,
        star_level=stars,
        integrity_grade=INTEGRITY_GRADE,
        value_points=VALUE_POINTS,
        result_code=result_code(stars, INTEGRITY_GRADE, VALUE_POINTS),
        notes="明码标价规范，店面布局合理，陈列整齐",
    )


def swot(today: date) -> SwotAnalysis:
    return SwotAnalysis(
        customer_id=0,
        analysed_on=analysed_on(today),
        strengths=[
            "地理位置好：紧邻交警大队和摩托车经销店，人流量大",
            "店主诚实热情、口碑好（附近有店卖假烟，本店从不经营）",
            "忠于公司渠道，坚持正规进货",
            "乐于接受新事物，愿意试销新品",
        ],
        weaknesses=["马路对面有两家烟店，竞争激烈", "低毛利品规价格竞争，利润空间小"],
        opportunities=["公司面向零售户的改革措施", "新上市的高毛利品牌"],
        threats=["非正常渠道卷烟和走私烟冲击市场"],
        conclusion="发挥位置和诚信优势，调整品规结构，提高一二类烟占比和毛利率，保持五星级",
    )


def improvement_plan(today: date) -> ImprovementPlan:
    month = add_months(today.replace(day=1), -1)
    share = (Decimal(CLASS_1_2_CARTONS * 100) / MONTH_CARTONS).quantize(Decimal("0.1"))
    created = analysed_on(today)
    return ImprovementPlan(
        customer_id=0,
        created_on=created,
        measures=[
            "引导店主增加一二类烟进货，重点培育新上市的高毛利品牌",
            "一二类烟移到柜台显眼位置，按规范陈列",
            "坚持明码标价，每次拜访检查价签",
            "低毛利品规控制进货量，不参与价格战",
            "每次拜访带上最新一期《读者》",
        ],
        targets=[
            PlanTarget(PlanMetric.MARGIN_PCT, Decimal("10"), Decimal("8")),
            PlanTarget(PlanMetric.GROSS_PROFIT, Decimal("1800"), yuan(MONTH_AMOUNT * Decimal("0.08"))),
            PlanTarget(PlanMetric.CLASS_1_2_SHARE, Decimal("35"), share),
            PlanTarget(PlanMetric.STAR_LEVEL, Decimal("5"), Decimal("5")),
        ],
        review_on=month_end(add_months(month, 2)),
        notes=f"依据{month.year}年{month.month}月经营分析：{MONTH_CARTONS}条，{MONTH_AMOUNT}元",
    )


def split_month(order_dates: list[date]) -> list[tuple[date, str, int]]:
    """Spread each product's month total over the month's orders: (order date, product, cartons)."""
    lines = []
    k = len(order_dates)
    for name, cartons in BASKET:
        for j, day in enumerate(order_dates):
            qty = cartons // k + (1 if j < cartons % k else 0)
            if qty:
                lines.append((day, name, qty))
    lines.sort(key=lambda line: line[0])
    return lines
