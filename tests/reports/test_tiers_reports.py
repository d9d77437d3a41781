"""分层分级报告, and the 分层分级 parts of 月度经营分析 and 客户档案, built on the demo workspace after two
recomputes, a manual override and a star evaluation with fewer stars, and read back with pypdf."""
from __future__ import annotations

from datetime import date, datetime
from decimal import Decimal

import pytest

from domain.model.evaluations import StarEvaluation
from domain.services.analysis import month_analysis
from domain.services.dossier_report import dossier_data
from domain.services.tier_report import dossier_tiers, tier_month, tier_report_data, visit_cycle
from domain.services.tiers import NoOrdersInMonth, apply_recompute, override
from domain.services.workspace import load_settings
from domain.tiers.model import TierKind
from domain.tiers.recompute import DOWN, UP
from domain.tiers.schemes import ValueTierScheme
from reports.catalogue import report_catalogue
from reports.dossier import render_dossier
from reports.monthly import render_monthly
from reports.tiers_report import render_tiers_report
from tests.reports.pdf_text import embedded_fonts, flat_text
from tests.reports.test_embedded_fonts import _unembedded

TODAY = date(2026, 11, 27)
SEPTEMBER, OCTOBER = date(2026, 9, 1), date(2026, 10, 1)
NOW = datetime(2026, 11, 27, 9, 30)
NOTE = "店主换人，先观察一个月"


@pytest.fixture(scope="module")
def workspace(open_demo):
    ws = open_demo(40, 14)
    apply_recompute(ws.uow(), SEPTEMBER, NOW)
    apply_recompute(ws.uow(), OCTOBER, NOW)
    with ws.uow() as uow:
        ids = [cid for cid, _lic, _code in uow.customers.id_keys()]
    shop = ids[5]
    override(ws.uow(), shop, TierKind.GRADE, "1", OCTOBER, NOTE, NOW)
    with ws.uow() as uow:  # a shop that fell from five stars to three in October
        for on, stars, total in ((date(2026, 8, 20), 5, Decimal(92)), (date(2026, 10, 15), 3, Decimal(71))):
            uow.evaluations.add_star_evaluation(StarEvaluation(ids[7], on, {}, total, stars))
        uow.commit()
    return ws


def _names(ws) -> dict[int, str]:
    with ws.uow() as uow:
        return {s.customer_id: s.name for s in uow.tier_queries.shop_facts()}


def test_the_month_section_counts_every_shop_once(workspace) -> None:
    s = tier_month(workspace.uow(), OCTOBER)
    assert s.recomputed and s.graded == s.shops == s.tiered
    assert sum(n for _, n in s.grade_counts) == s.graded and [g for g, _ in s.grade_counts] == list(range(30, 0, -1))
    assert s.moves(TierKind.GRADE, UP) or s.moves(TierKind.GRADE, DOWN)
    assert all(m.before is not None and m.before.month == SEPTEMBER for m in s.moved if m.before_value)
    drop = [d for d in s.star_drops if d.previous_stars == 5 and d.stars == 3]
    assert len(drop) == 1 and drop[0].previous_on == date(2026, 8, 20)


def test_the_tiers_report(workspace) -> None:
    data = tier_report_data(workspace.uow(), OCTOBER)
    s = data.section
    pdf = render_tiers_report(data, "李明", "梧桐县", TODAY)
    text = flat_text(pdf)
    for heading in ("分层分级报告", "2026年10月", "一、分布", "按档位", "按价值分层", "二、升降及其依据", "升档", "降档",
                    "三、掉星客户", "四、价值×忠诚度四象限", "五、各层关怀方案", "李明·梧桐县"):
        assert heading in text, heading
    # every figure with its basis
    assert "得分=金额70%+条数20%+低焦油占比10%，各以全辖区最高值为满分" in text
    assert "按得分排名等分为30档" in text and "贡献=近12个月毛利（元）" in text
    assert "订货规律50%+客龄30%+诚信等级20%" in text
    assert f"{s.graded}户有档位" in text
    for grade, n in s.grade_counts[:3]:
        assert f"{grade}档{n}" in text
    for tier, n in s.tier_counts:
        assert n == sum(1 for p in data.quadrant.points if p.tier is tier)
    names = _names(workspace)
    moved = s.moves(TierKind.GRADE, DOWN)[0]
    assert names[moved.customer_id] in text and f"{moved.before_value}→{moved.after.value}" in text
    assert f"手动调整：{NOTE}" in text  # the override's note is its reason
    assert next(d.name for d in s.star_drops) in text and "5→3星" in text
    assert "重点维护：每周上门" in text  # the care plans
    assert embedded_fonts(pdf) and _unembedded(pdf) == []


def test_a_month_without_orders_is_refused(workspace) -> None:
    with pytest.raises(NoOrdersInMonth):
        tier_report_data(workspace.uow(), date(2020, 1, 1))


def test_the_monthly_analysis_gains_its_tiers_section(workspace) -> None:
    settings = load_settings(workspace.uow())
    s = tier_month(workspace.uow(), OCTOBER)
    pdf = render_monthly(month_analysis(workspace.uow(), OCTOBER), settings.owner_name, settings.unit_name, TODAY,
                         tiers=s)
    text = flat_text(pdf)
    assert "九、分层分级" in text and "十、备注" in text
    for heading in ("按档位", "按价值分层", f"升档（{len(s.moves(TierKind.GRADE, UP))}户）",
                    f"降档（{len(s.moves(TierKind.GRADE, DOWN))}户）", f"掉星客户（{len(s.star_drops)}户）"):
        assert heading in text, heading
    assert "得分=金额70%" in text
    assert _unembedded(pdf) == []
    # without the section, as before
    plain = flat_text(render_monthly(month_analysis(workspace.uow(), OCTOBER), "", "", TODAY))
    assert "分层分级" not in plain and "九、备注" in plain


def test_the_dossier_gains_history_timeline_and_cycle(workspace) -> None:
    with workspace.uow() as uow:
        shop = next(cid for cid, _lic, _code in uow.customers.id_keys())
    tiers = dossier_tiers(workspace.uow(), shop)
    assert tiers.grades and tiers.tiers and tiers.timeline
    pdf = render_dossier(dossier_data(workspace.uow(), shop), "", "", TODAY, tiers=tiers)
    text = flat_text(pdf)
    assert "八、档位、分层与星级历史" in text and "九、客户时间线" in text
    assert f"拜访周期每{tiers.cycle.days}天（" in text and "按区域类型" not in text.split("二、经营环境")[0]
    latest = tiers.grades[-1]
    assert f"{latest.month.year}年{latest.month.month}月{latest.value}档" in text
    assert f"共{len(tiers.timeline)}条" in text
    assert _unembedded(pdf) == []


def test_the_visit_cycle_is_the_shops_then_the_tiers_then_the_segments() -> None:
    from domain.model.customers import Customer, ValueTier

    scheme = ValueTierScheme()  # 重点 every 7 days, 普通 no override
    key = Customer("530102100001", "甲", value_tier=ValueTier.KEY)
    assert visit_cycle(key, scheme, 14).days == 7 and visit_cycle(key, scheme, 14).basis == "tier"
    ordinary = Customer("530102100002", "乙", value_tier=ValueTier.ORDINARY)
    assert (visit_cycle(ordinary, scheme, 14).days, visit_cycle(ordinary, scheme, 14).basis) == (14, "segment")
    own = Customer("530102100003", "丙", value_tier=ValueTier.KEY, visit_every_days=3)
    assert (visit_cycle(own, scheme, 14).days, visit_cycle(own, scheme, 14).basis) == (3, "customer")
    assert visit_cycle(ordinary, scheme, None).basis == "default"


def test_the_catalogue_makes_the_tiers_report_and_names_it(workspace) -> None:
    from domain.messages import untranslated
    from domain.report_catalogue import TiersRequest

    request = TiersRequest(OCTOBER, TODAY)
    catalogue = report_catalogue()
    assert catalogue.file_name(request, untranslated) == "Tiers report-2026-10.pdf"
    assert "分层分级报告" in flat_text(catalogue.pdf(workspace.uow, request))
