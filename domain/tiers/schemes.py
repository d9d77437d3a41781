"""The schemes that sort shops, as data the manager edits in 设置 (docs/domain.md, "Tiers and grades").

Each scheme is stored versioned: saving a change adds a version, and every assignment keeps the version
it was made with. `to_dict`/`from_dict` are the stored form (JSON), so that a stored scheme of an older
Fieldbook with fewer fields still reads, with the defaults filling in."""
from __future__ import annotations

from dataclasses import dataclass, field, fields, replace
from decimal import Decimal
from enum import Enum
from typing import Any

from domain.model.customers import Market, ValueTier


class SchemeKind(str, Enum):
    GRADE = "grade"
    VALUE_TIER = "value_tier"
    STAR = "star"


class GradeMeasure(str, Enum):
    AMOUNT = "amount"  # 金额
    CARTONS = "cartons"  # 订足量
    LOW_TAR_SHARE = "low_tar_share"  # 低焦油占比


class GradeMethod(str, Enum):
    RANK = "rank"  # by rank, in equal-sized bands: the top 1/grades of shops get the top grade
    SCORE_TABLE = "score_table"  # by the score: the band table's thresholds


@dataclass(frozen=True)
class GradePlacement:
    """Where a shop without enough months of orders starts: the first rule that matches wins."""

    grade: int
    market: Market | None = None  # None: any
    min_area_m2: int | None = None  # None: any size


@dataclass(frozen=True)
class GradeScheme:
    grades: int = 30  # 30 highest; 15 or 16 in some regions
    months: int = 3  # the score reads the last this many months, the month recomputed included
    weights: tuple[tuple[GradeMeasure, Decimal], ...] = (
        (GradeMeasure.AMOUNT, Decimal("0.7")),
        (GradeMeasure.CARTONS, Decimal("0.2")),
        (GradeMeasure.LOW_TAR_SHARE, Decimal("0.1")),
    )
    method: GradeMethod = GradeMethod.RANK
    score_table: tuple[tuple[Decimal, int], ...] = ()  # (lowest score, grade), highest score first
    low_tar_max_mg: Decimal = Decimal(8)  # 低焦油: tar at or below this
    new_shop_months: int = 3  # fewer months with orders than this: placed, not scored
    placements: tuple[GradePlacement, ...] = (
        GradePlacement(12, Market.TOWN, 40),
        GradePlacement(10, Market.TOWN),
        GradePlacement(8, Market.RURAL, 40),
        GradePlacement(6),
    )
    version: int = 0


class ContributionMeasure(str, Enum):
    GROSS_PROFIT = "gross_profit"  # 毛利, yuan
    AMOUNT = "amount"  # 金额, yuan
    CARTONS = "cartons"
    CUSTOM = "custom"  # a numeric custom field's value (ValueTierScheme.contribution_field_id)


class LoyaltyMeasure(str, Enum):
    REGULARITY = "regularity"  # months with orders ÷ months in the window
    TENURE = "tenure"  # months as a customer, up to TENURE_FULL_MONTHS
    INTEGRITY = "integrity"  # the integrity grade's points


class SplitMethod(str, Enum):
    MEDIAN = "median"  # at or above the territory's median is high
    FIXED = "fixed"  # at or above the scheme's thresholds is high


@dataclass(frozen=True)
class TierCarePlan:
    """How the manager looks after one value tier."""

    tier: ValueTier
    strategy: str = ""
    visit_every_days: int | None = None  # overrides the segment's frequency for the tier's shops
    invite_to_salons: bool = False


@dataclass(frozen=True)
class ValueTierScheme:
    contribution: ContributionMeasure = ContributionMeasure.GROSS_PROFIT
    contribution_field_id: int | None = None  # CUSTOM only: which custom field
    months: int = 12
    loyalty_weights: tuple[tuple[LoyaltyMeasure, Decimal], ...] = (
        (LoyaltyMeasure.REGULARITY, Decimal("0.5")),
        (LoyaltyMeasure.TENURE, Decimal("0.3")),
        (LoyaltyMeasure.INTEGRITY, Decimal("0.2")),
    )
    split: SplitMethod = SplitMethod.MEDIAN
    contribution_threshold: Decimal = Decimal(0)  # FIXED only, in the measure's unit
    loyalty_threshold: Decimal = Decimal(50)  # FIXED only, loyalty points 0–100
    care_plans: tuple[TierCarePlan, ...] = (
        TierCarePlan(ValueTier.KEY, "重点维护：每周上门，优先保障紧俏货源，邀请参加品鉴与沙龙", 7, True),
        TierCarePlan(ValueTier.AT_RISK, "防流失：贡献高而订货不稳，查明原因，经理亲自回访", 7, True),
        TierCarePlan(ValueTier.POTENTIAL, "挖潜力：忠诚度高、贡献尚低，推荐一二类烟与新品，培育结构", None, True),
        TierCarePlan(ValueTier.ORDINARY, "常规服务：按区域类型的频次拜访，电话为主", None, False),
    )
    version: int = 0

    def care_plan(self, tier: ValueTier) -> TierCarePlan:
        return next((p for p in self.care_plans if p.tier is tier), TierCarePlan(tier))


TENURE_FULL_MONTHS = 36
INTEGRITY_POINTS: dict[str, int] = {"AAA": 100, "AA": 90, "A": 80, "B": 60, "C": 40, "D": 20, "W": 0}
UNKNOWN_INTEGRITY_POINTS = 50


@dataclass(frozen=True)
class StarBand:
    """From `at_least` of the measure (cartons a month, per cent, yuan a carton) the criterion gets `points`."""

    at_least: Decimal
    points: Decimal


def _cartons_bands() -> tuple[StarBand, ...]:
    # 15 points from 750 cartons a month, one point less per 50 cartons less, 3 points under 50
    steps = [StarBand(Decimal(750 - 50 * i), Decimal(15 - i)) for i in range(12)]  # 750→15 … 200→4
    return (*steps, StarBand(Decimal(50), Decimal(4)), StarBand(Decimal(0), Decimal(3)))


def _class1_bands() -> tuple[StarBand, ...]:
    # 10 points from 26%, half a point less per 2 points of share, 4 points under 2%
    steps = [StarBand(Decimal(26 - 2 * i), Decimal(10) - Decimal("0.5") * i) for i in range(13)]  # 26→10 … 2→4
    return (*steps, StarBand(Decimal(0), Decimal(4)))


def _carton_value_bands() -> tuple[StarBand, ...]:
    # 15 points from ¥150 a carton, one point less per ¥10 less
    return tuple(StarBand(Decimal(150 - 10 * i), Decimal(15 - i)) for i in range(15)) + (StarBand(Decimal(0), Decimal(0)),)


@dataclass(frozen=True)
class StarScheme:
    thresholds: tuple[tuple[Decimal, int], ...] = (
        (Decimal(90), 5), (Decimal(80), 4), (Decimal(70), 3), (Decimal(60), 2),
    )  # (lowest total, stars), highest first; below the last: one star
    bands: tuple[tuple[str, tuple[StarBand, ...]], ...] = field(default_factory=lambda: (
        ("monthly_cartons", _cartons_bands()),
        ("class1_share", _class1_bands()),
        ("avg_carton_value", _carton_value_bands()),
    ))  # criterion code → its bands, highest first
    result_code_form: str = "{stars}{integrity}{value_points}"  # 5A8
    version: int = 0

    def bands_of(self, code: str) -> tuple[StarBand, ...]:
        return next((b for c, b in self.bands if c == code), ())


Scheme = GradeScheme | ValueTierScheme | StarScheme
SCHEME_TYPES: dict[SchemeKind, type[GradeScheme] | type[ValueTierScheme] | type[StarScheme]] = {
    SchemeKind.GRADE: GradeScheme,
    SchemeKind.VALUE_TIER: ValueTierScheme,
    SchemeKind.STAR: StarScheme,
}


def template(kind: SchemeKind) -> Scheme:
    """The shipped default, to restore."""
    return SCHEME_TYPES[kind]()


def with_version(scheme: Scheme, version: int) -> Scheme:
    return replace(scheme, version=version)


# --- the stored form -------------------------------------------------------------------------------

def _plain(value: Any) -> Any:
    if isinstance(value, Enum):
        return value.value
    if isinstance(value, Decimal):
        return str(value)
    if isinstance(value, tuple):
        return [_plain(v) for v in value]
    if hasattr(value, "__dataclass_fields__"):
        return {f.name: _plain(getattr(value, f.name)) for f in fields(value)}
    return value


def to_dict(scheme: Scheme) -> dict[str, Any]:
    out: dict[str, Any] = _plain(scheme)
    out.pop("version", None)  # the version is the stored row's, not the body's
    return out


def _dec(v: Any) -> Decimal:
    return Decimal(str(v))


def _market(v: Any) -> Market | None:
    return None if v in (None, "") else Market(v)


def _grade_from(d: dict[str, Any], version: int) -> GradeScheme:
    base = GradeScheme()
    return GradeScheme(
        grades=int(d.get("grades", base.grades)),
        months=int(d.get("months", base.months)),
        weights=tuple((GradeMeasure(m), _dec(w)) for m, w in d["weights"]) if "weights" in d else base.weights,
        method=GradeMethod(d.get("method", base.method.value)),
        score_table=tuple((_dec(s), int(g)) for s, g in d.get("score_table", ())),
        low_tar_max_mg=_dec(d.get("low_tar_max_mg", base.low_tar_max_mg)),
        new_shop_months=int(d.get("new_shop_months", base.new_shop_months)),
        placements=tuple(GradePlacement(int(p["grade"]), _market(p.get("market")), p.get("min_area_m2"))
                         for p in d["placements"]) if "placements" in d else base.placements,
        version=version,
    )


def _tier_from(d: dict[str, Any], version: int) -> ValueTierScheme:
    base = ValueTierScheme()
    plans = base.care_plans
    if "care_plans" in d:
        plans = tuple(TierCarePlan(ValueTier(p["tier"]), p.get("strategy", ""), p.get("visit_every_days"),
                                   bool(p.get("invite_to_salons", False))) for p in d["care_plans"])
    return ValueTierScheme(
        contribution=ContributionMeasure(d.get("contribution", base.contribution.value)),
        contribution_field_id=d.get("contribution_field_id"),
        months=int(d.get("months", base.months)),
        loyalty_weights=tuple((LoyaltyMeasure(m), _dec(w)) for m, w in d["loyalty_weights"])
        if "loyalty_weights" in d else base.loyalty_weights,
        split=SplitMethod(d.get("split", base.split.value)),
        contribution_threshold=_dec(d.get("contribution_threshold", base.contribution_threshold)),
        loyalty_threshold=_dec(d.get("loyalty_threshold", base.loyalty_threshold)),
        care_plans=plans,
        version=version,
    )


def _star_from(d: dict[str, Any], version: int) -> StarScheme:
    base = StarScheme()
    return StarScheme(
        thresholds=tuple((_dec(t), int(s)) for t, s in d["thresholds"]) if "thresholds" in d else base.thresholds,
        bands=tuple((code, tuple(StarBand(_dec(b["at_least"]), _dec(b["points"])) for b in bands))
                    for code, bands in d["bands"]) if "bands" in d else base.bands,
        result_code_form=d.get("result_code_form", base.result_code_form),
        version=version,
    )


def from_dict(kind: SchemeKind, data: dict[str, Any], version: int) -> Scheme:
    if kind is SchemeKind.GRADE:
        return _grade_from(data, version)
    if kind is SchemeKind.VALUE_TIER:
        return _tier_from(data, version)
    return _star_from(data, version)
