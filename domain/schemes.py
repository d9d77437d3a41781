"""Default schemes shipped as editable templates (docs/domain.md, "Default schemes")."""
from __future__ import annotations

from decimal import Decimal

from domain.model.customers import Segment
from domain.model.evaluations import StarCriterion

# 城区商圈 and 乡镇主街 weekly, 公路沿线 every two weeks, 边远村屯 monthly.
DEFAULT_SEGMENTS: tuple[Segment, ...] = (
    Segment("城区商圈", 7, "商圈客流大、竞争激烈：重陈列、重新品推介、重价格规范", 1),
    Segment("乡镇主街", 7, "乡镇中心：抓结构提升与一二类烟培育，兼顾诚信经营", 2),
    Segment("公路沿线", 14, "过往客流为主：保证畅销品规不断货，关注节假日与农忙", 3),
    Segment("边远村屯", 30, "服务半径大：电话拜访为主，按月上门，帮助稳定货源", 4),
)

# 100 points after the published Fujian scheme: business capability is 45 points, of which its written bands
# cover 40 (cartons, class-1 share, carton value); the other 5 reward new products listed and moving
# (docs/domain.md, "Star evaluation").
DEFAULT_STAR_CRITERIA: tuple[StarCriterion, ...] = (
    StarCriterion("integrity", "诚信经营", Decimal(20), "诚信", 1),
    StarCriterion("monthly_cartons", "月均销量", Decimal(15), "经营能力", 2),
    StarCriterion("class1_share", "一类烟占比", Decimal(10), "经营能力", 3),
    StarCriterion("avg_carton_value", "单条值", Decimal(15), "经营能力", 4),
    StarCriterion("brand_cultivation", "新品上柜与品牌培育", Decimal(5), "经营能力", 5),
    StarCriterion("price_labels", "明码标价", Decimal(10), "店面管理", 6),
    StarCriterion("display", "陈列与店容店貌", Decimal(10), "店面管理", 7),
    StarCriterion("cooperation", "合作配合（订货、信息、会议）", Decimal(15), "配合度", 8),
)

STAR_THRESHOLDS: tuple[tuple[Decimal, int], ...] = (
    (Decimal(90), 5),
    (Decimal(80), 4),
    (Decimal(70), 3),
    (Decimal(60), 2),
)


def star_level_for(total: Decimal) -> int:
    """≥90 five stars, ≥80 four, ≥70 three, ≥60 two, else one."""
    for floor, stars in STAR_THRESHOLDS:
        if total >= floor:
            return stars
    return 1


def result_code(star_level: int, integrity_grade: str, value_points: int | None) -> str:
    """The evaluation's short code: star level, integrity grade, customer value points (5A8)."""
    return f"{star_level}{integrity_grade}{'' if value_points is None else value_points}"
