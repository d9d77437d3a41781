"""分层分级报告: a month's grades (档位) and value tiers (价值分层) on paper — the distribution, the shops
that moved with the figures behind both values, the shops that fell a star, the value × loyalty quadrant
and each tier's care plan. Every figure says what it is computed from.

    render_tiers_report(data, owner, unit, printed_on) -> bytes
    distribution_story(section) / movements_story(section, limit) / star_drops_story(section)
        the parts the monthly analysis prints too (reports/monthly.py)

``data`` is domain.services.tier_report.tier_report_data(uow, month)."""
from __future__ import annotations

from datetime import date
from decimal import ROUND_HALF_UP, Decimal

from reportlab.lib import colors
from reportlab.platypus import Flowable, KeepTogether, Spacer

from domain.model.custom_fields import CustomField
from domain.model.customers import ValueTier
from domain.services.tier_report import MovedShop, TierMonth, TierReportData
from domain.tiers.model import AssignmentReason, TierAssignment, TierKind
from domain.tiers.recompute import DOWN, TIER_ORDER, UP
from domain.tiers.schemes import (
    TENURE_FULL_MONTHS,
    ContributionMeasure,
    GradeMeasure,
    GradeMethod,
    GradeScheme,
    LoyaltyMeasure,
    SplitMethod,
    ValueTierScheme,
)
from reports.base import CONTENT_WIDTH, MM, SERIES, build_pdf, kpi_table, money, num, para, percent, table
from reports.tier_charts import count_bars, quadrant_chart

TITLE = "分层分级报告"
TIER_NAMES = {ValueTier.KEY: "重点", ValueTier.POTENTIAL: "潜力", ValueTier.ORDINARY: "普通", ValueTier.AT_RISK: "流失风险"}
TIER_COLOURS = {ValueTier.KEY.value: SERIES[0], ValueTier.AT_RISK.value: SERIES[3],
                ValueTier.POTENTIAL.value: SERIES[2], ValueTier.ORDINARY.value: colors.HexColor("#9aa5b1")}
# which side of each split a tier is on (value_tiers.tier_of)
TIER_RULE = {ValueTier.KEY: "贡献高、忠诚度高", ValueTier.AT_RISK: "贡献高、忠诚度低",
             ValueTier.POTENTIAL: "贡献低、忠诚度高", ValueTier.ORDINARY: "贡献低、忠诚度低"}
MEASURES = {GradeMeasure.AMOUNT: "金额", GradeMeasure.CARTONS: "条数", GradeMeasure.LOW_TAR_SHARE: "低焦油占比"}
LOYALTY = {LoyaltyMeasure.REGULARITY: "订货规律", LoyaltyMeasure.TENURE: "客龄", LoyaltyMeasure.INTEGRITY: "诚信等级"}
CONTRIBUTION = {ContributionMeasure.GROSS_PROFIT: "毛利", ContributionMeasure.AMOUNT: "进货额",
                ContributionMeasure.CARTONS: "条数"}
REASONS = {AssignmentReason.COMPUTED: "重算", AssignmentReason.MANUAL: "手动调整", AssignmentReason.NEW_SHOP: "新店定档"}
LIST_LIMIT = 40


def month_label(m: date) -> str:
    return f"{m.year}年{m.month}月"


def _places(v: Decimal, places: str) -> str:
    return f"{v.quantize(Decimal(places), ROUND_HALF_UP)}"


def score_text(v: Decimal | None) -> str:
    """The grade's score, 0–100, as printed: two decimals."""
    return "—" if v is None else _places(v, "0.01")


def _weight_pct(weight: Decimal, total: Decimal) -> str:
    v = (weight * 100 / total) if total else Decimal(0)
    return f"{v.quantize(Decimal(1), ROUND_HALF_UP) if v == v.to_integral_value() else _places(v, '0.1')}%"


def grade_basis(s: GradeScheme) -> str:
    """得分 = 金额70% + 条数20% + 低焦油占比10%，…: the grade scheme in one sentence."""
    total = sum((w for _, w in s.weights), Decimal(0))
    parts = " + ".join(f"{MEASURES[m]}{_weight_pct(w, total)}" for m, w in s.weights if w)
    if s.method is GradeMethod.SCORE_TABLE and s.score_table:
        how = "按分数段表定档"
    else:
        how = f"按得分排名等分为 {s.grades} 档"
    return (f"得分 = {parts}，各以全辖区最高值为满分，满分 100；取近 {s.months} 个月（含本月）的订单，"
            f"{how}，第 {s.grades} 档最高。低焦油指焦油量不高于 {num(s.low_tar_max_mg)} 毫克；"
            f"有订单的月份不足 {s.new_shop_months} 个的新店按市场类型与营业面积定档，不参与排名。")


def contribution_unit(s: ValueTierScheme, custom: CustomField | None) -> str:
    if s.contribution is ContributionMeasure.CUSTOM:
        return custom.unit if custom is not None else ""
    return "条" if s.contribution is ContributionMeasure.CARTONS else "元"


def contribution_measure(s: ValueTierScheme, custom: CustomField | None) -> str:
    """近 12 个月毛利（元）; a custom field is a value the manager keeps, not a sum over months."""
    unit = contribution_unit(s, custom)
    if s.contribution is ContributionMeasure.CUSTOM:
        name = custom.name if custom is not None else "自定义字段（已删除）"
        return f"档案中的“{name}”" + (f"（{unit}）" if unit else "")
    return f"近 {s.months} 个月{CONTRIBUTION[s.contribution]}（{unit}）"


def contribution_text(v: Decimal, s: ValueTierScheme, custom: CustomField | None) -> str:
    if s.contribution is ContributionMeasure.CUSTOM:
        unit = contribution_unit(s, custom)
        return f"{num(v)} {unit}".rstrip()
    return f"{num(v)} 条" if s.contribution is ContributionMeasure.CARTONS else money(v)


def tier_basis(s: ValueTierScheme, contribution_split: Decimal | None = None,
               loyalty_split: Decimal | None = None, custom: CustomField | None = None) -> str:
    """贡献 = 近12个月毛利；忠诚度 = …；以中位数划分: the value-tier scheme in one sentence."""
    total = sum((w for _, w in s.loyalty_weights), Decimal(0))
    parts = " + ".join(f"{LOYALTY[m]}{_weight_pct(w, total)}" for m, w in s.loyalty_weights if w)
    text = (f"贡献 = {contribution_measure(s, custom)}；忠诚度 = {parts}，各 0–100 分"
            f"（订货规律 = 有订货的月数 ÷ {s.months}，客龄满 {TENURE_FULL_MONTHS} 个月为满分，诚信等级 AAA 为满分）。")
    way = "全辖区中位数" if s.split is SplitMethod.MEDIAN else "固定阈值"
    if s.split is SplitMethod.FIXED:
        contribution_split, loyalty_split = s.contribution_threshold, s.loyalty_threshold
    if contribution_split is None or loyalty_split is None:
        lines = ""
    else:
        c_text = contribution_text(contribution_split, s, custom)
        lines = f"（贡献 {c_text}，忠诚度 {_places(loyalty_split, '0.01')} 分，达到即为高）"
    return text + f"贡献与忠诚度各以{way}划分高低{lines}；贡献为零的客户不算贡献高。"


def _share(n: int, total: int) -> str:
    return percent(Decimal(n * 100) / total) if total else "—"


def distribution_story(s: TierMonth, heading: str = "subheading") -> list[Flowable]:
    """Shops per grade (a bar chart and a table) and per tier (a table), for the values in force, each with
    the scheme it was computed by."""
    grade_basis_text = grade_basis(s.grade_scheme) if s.grade_scheme else ""
    out: list[Flowable] = [para(f"按档位（{num(s.graded)} 户有档位，共 {num(s.shops)} 户）", heading)]
    if not s.graded:
        return out + [para(f"{month_label(s.month)}还没有档位：在“分层分级”页重新计算后再打印。", "small")]
    if grade_basis_text:
        out.append(para(grade_basis_text, "small"))
    ordered = sorted(s.grade_counts)
    out.append(count_bars([str(g) for g, _ in ordered], [n for _, n in ordered], height=50 * MM,
                          label_size=6.5 if len(ordered) > 20 else 7))
    out.append(para("横轴为档位（右高左低），纵轴为户数。", "small"))
    third = -(-len(s.grade_counts) // 3)
    rows: list[list[object]] = [["档位", "户数", "占比"] * 3]
    columns = [s.grade_counts[i * third:(i + 1) * third] for i in range(3)]
    for r in range(third):
        row: list[object] = []
        for col in columns:
            row += [f"{col[r][0]} 档", num(col[r][1]), _share(col[r][1], s.graded)] if r < len(col) else ["", "", ""]
        rows.append(row)
    w = CONTENT_WIDTH / 3
    out.append(table(rows, [w * 0.36, w * 0.3, w * 0.34] * 3, align_right=(1, 2, 4, 5, 7, 8)))
    reasons = "；".join(f"{REASONS[r]} {num(n)} 户" for r, n in sorted(s.reasons.items(), key=lambda kv: kv[0].value))
    out.append(para(f"档位来由：{reasons}。", "small"))
    out.append(para(f"按价值分层（{num(s.tiered)} 户有分层）", heading))
    if not s.tiered:
        return out + [para(f"{month_label(s.month)}还没有价值分层。", "small")]
    rows = [["价值分层", "条件", "户数", "占比"]]
    rows += [[TIER_NAMES[t], TIER_RULE[t], num(n), _share(n, s.tiered)] for t, n in s.tier_counts]
    out.append(table(rows, [30 * MM, CONTENT_WIDTH - 90 * MM, 30 * MM, 30 * MM], align_right=(2, 3)))
    if s.tier_scheme is not None:
        c_split, l_split = s.splits or (None, None)
        out.append(para(tier_basis(s.tier_scheme, c_split, l_split, s.contribution_field), "small"))
    return out


def _input(a: TierAssignment | None, key: str) -> str | None:
    return None if a is None else a.inputs.get(key)


def _pair(before: str | None, after: str | None) -> str:
    return f"{before or '—'} → {after or '—'}"


def _money_input(v: str | None) -> str | None:
    return None if v is None else money(Decimal(v))


def _reason(a: TierAssignment) -> str:
    return REASONS[a.reason] + (f"：{a.note}" if a.reason is AssignmentReason.MANUAL and a.note else "")


def _grade_rows(moves: list[MovedShop], months: int) -> list[list[object]]:
    rows: list[list[object]] = [["客户", "档位", "得分", f"近{months}个月金额", f"近{months}个月条数", "低焦油占比", "依据"]]
    for m in moves:
        b, a = m.before, m.after
        low = _pair(*(None if x is None else f"{x}%" for x in (_input(b, "low_tar_share"), _input(a, "low_tar_share"))))
        rows.append([f"{m.name}\n{m.license_no}", f"{m.before_value} → {a.value}",
                     _pair(score_text(b.score) if b else None, score_text(a.score) if a.score is not None else None),
                     _pair(_money_input(_input(b, "amount")), _money_input(_input(a, "amount"))),
                     _pair(_input(b, "cartons"), _input(a, "cartons")), low, _reason(a)])
    return rows


def _tier_name(value: str) -> str:
    try:
        return TIER_NAMES[ValueTier(value)]
    except ValueError:
        return value


def _tier_rows(moves: list[MovedShop], scheme: ValueTierScheme | None, custom: CustomField | None) -> list[list[object]]:
    rows: list[list[object]] = [["客户", "价值分层", "贡献", "忠诚度（分）", "依据"]]
    for m in moves:
        b, a = m.before, m.after

        def contribution(x: TierAssignment | None) -> str | None:
            v = _input(x, "contribution")
            if v is None:
                return None
            return contribution_text(Decimal(v), scheme, custom) if scheme is not None else money(Decimal(v))

        rows.append([f"{m.name}\n{m.license_no}", f"{_tier_name(m.before_value)} → {_tier_name(a.value)}",
                     _pair(contribution(b), contribution(a)), _pair(_input(b, "loyalty"), _input(a, "loyalty")),
                     _reason(a)])
    return rows


def _omitted(total: int, shown: int) -> list[Flowable]:
    return [para(f"另有 {total - shown} 户未列出（共 {total} 户）。", "small")] if total > shown else []


def movements_story(s: TierMonth, heading: str = "subheading", limit: int = LIST_LIMIT) -> list[Flowable]:
    """升档 / 降档 and the tier moves of the month, each with the figures before and after."""
    out: list[Flowable] = []
    grade_w = [34 * MM, 15 * MM, 25 * MM, 0.0, 21 * MM, 24 * MM, 18 * MM]
    grade_w[3] = CONTENT_WIDTH - sum(grade_w)
    tier_w = [44 * MM, 32 * MM, 0.0, 30 * MM, 26 * MM]
    tier_w[2] = CONTENT_WIDTH - sum(tier_w)
    for kind, direction, title in ((TierKind.GRADE, UP, "升档"), (TierKind.GRADE, DOWN, "降档"),
                                   (TierKind.VALUE_TIER, UP, "价值分层上升"), (TierKind.VALUE_TIER, DOWN, "价值分层下降")):
        moves = s.moves(kind, direction)
        out.append(para(f"{title}（{num(len(moves))} 户）", heading))
        if not moves:
            out.append(para(f"本月没有{title}的客户。", "small"))
            continue
        if kind is TierKind.GRADE:
            out.append(table(_grade_rows(moves[:limit], s.grade_months), grade_w, align_right=(2, 3, 4, 5)))
        else:
            out.append(table(_tier_rows(moves[:limit], s.tier_scheme, s.contribution_field), tier_w, align_right=(2, 3)))
        out += _omitted(len(moves), limit)
    out.append(para(f"箭头前后为上月与本月的记录；金额、条数、低焦油占比为截至该月近 {s.grade_months} 个月的订单，"
                    "即得分所用的数；档位按全辖区排名，别家的变化也会让档位变动。", "small"))
    return out


def star_drops_story(s: TierMonth, heading: str | None = "subheading") -> list[Flowable]:
    """The shops whose latest evaluation of the month has fewer stars than the one before; `heading`
    None: without a title (the caller has one)."""
    out: list[Flowable] = [para(f"掉星客户（{num(len(s.star_drops))} 户）", heading)] if heading else []
    if not s.star_drops:
        return out + [para(f"{month_label(s.month)}的星级测评中没有比上次测评少星的客户。", "small")]
    rows: list[list[object]] = [["客户", "许可证号", "本次测评", "星级", "总分", "上次测评"]]
    for d in s.star_drops:
        rows.append([d.name, d.license_no, d.evaluated_on.isoformat(), f"{d.previous_stars} → {d.stars} 星",
                     f"{num(d.previous_total)} → {num(d.total_score)}", d.previous_on.isoformat()])
    out.append(table(rows, [CONTENT_WIDTH - 134 * MM, 30 * MM, 24 * MM, 24 * MM, 30 * MM, 26 * MM],
                     align_right=(4,)))
    out.append(para("取本月最近一次测评，与该客户的上一次测评相比。", "small"))
    return out


def _quadrant(data: TierReportData) -> list[Flowable]:
    q, scheme = data.quadrant, data.tier_scheme
    title = para("四、价值 × 忠诚度四象限", "heading")
    if not q.points:
        return [title, para(f"{month_label(data.section.month)}还没有计算价值分层。", "small")]
    out: list[Flowable] = [title, para("贡献与忠诚度的算法及划分线见“一、分布”的按价值分层。", "small")]
    points = [(float(p.contribution), float(p.loyalty), p.tier.value) for p in q.points]
    def corner(t: ValueTier) -> str:
        return f"{TIER_NAMES[t]}（{num(sum(1 for p in q.points if p.tier is t))} 户）"

    corners = (corner(ValueTier.KEY), corner(ValueTier.POTENTIAL), corner(ValueTier.AT_RISK), corner(ValueTier.ORDINARY))
    out.append(quadrant_chart(points, float(q.contribution_split), float(q.loyalty_split), TIER_COLOURS,
                              corners,
                              f"贡献：{contribution_measure(scheme, data.section.contribution_field)}",
                              "忠诚度（分）"))
    legend = "；".join(f"{TIER_NAMES[t]}：{name}" for t, name in ((ValueTier.KEY, "蓝"), (ValueTier.POTENTIAL, "绿"),
                                                                  (ValueTier.AT_RISK, "红"), (ValueTier.ORDINARY, "灰")))
    out.append(para(f"每个点是一户客户（共 {num(len(q.points))} 户；{legend}）；虚线为划分线，右上重点、左上潜力、"
                    "右下流失风险、左下普通。", "small"))
    return [KeepTogether(out)]


def _care_plans(scheme: ValueTierScheme) -> list[Flowable]:
    rows: list[list[object]] = [["价值分层", "服务策略", "拜访频次", "沙龙邀请"]]
    for t in TIER_ORDER:
        p = scheme.care_plan(t)
        every = f"每 {p.visit_every_days} 天" if p.visit_every_days else "按区域类型"
        rows.append([TIER_NAMES[t], p.strategy or "—", every, "邀请" if p.invite_to_salons else "不邀请"])
    return [para("五、各层关怀方案", "heading"),
            table(rows, [24 * MM, CONTENT_WIDTH - 70 * MM, 26 * MM, 20 * MM]),
            para("拜访频次：客户自己设定的频次优先，其次为所在分层的频次，再次为区域类型的频次。", "small")]


def tiers_story(data: TierReportData) -> list[Flowable]:
    s = data.section
    moved_grades = len(s.moves(TierKind.GRADE, UP)) + len(s.moves(TierKind.GRADE, DOWN))
    moved_tiers = len(s.moves(TierKind.VALUE_TIER, UP)) + len(s.moves(TierKind.VALUE_TIER, DOWN))
    story: list[Flowable] = [
        para(f"{TITLE} · {month_label(s.month)}", "title"),
        para(f"档位方案第 {data.grade_scheme.version} 版（{data.grade_scheme.grades} 档），价值分层方案第 "
             f"{data.tier_scheme.version} 版；各值为本月生效的记录，升降与上月相比。", "subtitle"),
    ]
    if not s.recomputed:
        story.append(para(f"提示：{month_label(s.month)}尚未重新计算，下表为此前月份延续下来的档位与分层。", "note"))
    story.append(kpi_table([
        ("有档位", f"{num(s.graded)} 户", f"共 {num(s.shops)} 户"),
        ("升档 / 降档", f"{num(len(s.moves(TierKind.GRADE, UP)))} / {num(len(s.moves(TierKind.GRADE, DOWN)))}",
         f"变动 {num(moved_grades)} 户"),
        ("分层升 / 降", f"{num(len(s.moves(TierKind.VALUE_TIER, UP)))} / "
                     f"{num(len(s.moves(TierKind.VALUE_TIER, DOWN)))}", f"变动 {num(moved_tiers)} 户"),
        ("掉星", f"{num(len(s.star_drops))} 户", "本月测评比上次少星"),
    ]))
    story += [para("一、分布", "heading"), *distribution_story(s)]
    story.append(para("二、升降及其依据", "heading"))
    story += movements_story(s)
    story.append(para(f"三、掉星客户（{num(len(s.star_drops))} 户）", "heading"))
    story += star_drops_story(s, heading=None)
    story.append(Spacer(1, 2 * MM))
    story += _quadrant(data)
    story += _care_plans(data.tier_scheme)
    return story


def render_tiers_report(data: TierReportData, owner: str, unit: str, printed_on: date) -> bytes:
    """The 分层分级报告 PDF of ``data``'s month."""
    return build_pdf(f"{TITLE} · {month_label(data.section.month)}", owner, unit, printed_on, tiers_story(data))
