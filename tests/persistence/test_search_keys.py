"""Pinyin keys of shop names: the trade's words read right, polyphones indexed under each reading,
every demo shop found by its initials and its full pinyin, old keys recomputed when a workspace opens."""
from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest
from pypinyin import lazy_pinyin

from domain.customer_search import CustomerFilter, haystack
from domain.demo import names
from domain.demo.generator import DemoSpec, generate
from domain.read_models import CustomerListRow
from domain.services.workspace import ensure_defaults
from persistence.search_keys import pinyin_keys
from persistence.workspace import open_workspace

# How the shop suffixes are said in the trade, written out by hand (not by the code under test).
SUFFIX_READINGS: dict[str, str] = {
    "烟酒店": "yan jiu dian", "烟酒商行": "yan jiu shang hang", "烟酒副食": "yan jiu fu shi",
    "名烟名酒": "ming yan ming jiu", "便利店": "bian li dian", "便民店": "bian min dian",
    "24小时便利店": "24 xiao shi bian li dian", "食杂店": "shi za dian", "小卖部": "xiao mai bu",
    "商店": "shang dian", "副食店": "fu shi dian", "杂货店": "za huo dian", "超市": "chao shi",
    "生活超市": "sheng huo chao shi", "平价超市": "ping jia chao shi", "棋牌室": "qi pai shi",
    "茶楼": "cha lou", "台球室": "tai qiu shi", "宾馆商务部": "bin guan shang wu bu",
    "百货商场": "bai huo shang chang", "购物广场": "gou wu guang chang",
    "加油站便利店": "jia you zhan bian li dian", "农资门市": "nong zi men shi", "农家乐": "nong jia le",
    "五金店": "wu jin dian",
}


def row(name: str) -> CustomerListRow:
    full, initials = pinyin_keys(name)
    return CustomerListRow(1, "530102100001", name, "", "", "", "", None, None, "", None, "active", None, None,
                           search_pinyin=full, search_initials=initials)


def finds(needle: str, name: str) -> bool:
    r = row(name)
    return CustomerFilter(text=needle).matches(r, haystack(r))


def expected_syllables(name: str) -> list[str]:
    """The name's reading: its trade suffix as written above, the rest as the dictionary reads it."""
    suffix = max((s for s in SUFFIX_READINGS if s in name), key=len)
    head, _, tail = name.partition(suffix)
    def plain(text: str) -> list[str]:
        return ["".join(c for c in s.lower() if c.isalnum()) for s in lazy_pinyin(text)
                if any(c.isalnum() for c in s)]
    return [*plain(head), *SUFFIX_READINGS[suffix].split(), *plain(tail)]


def test_the_trade_reads_hang_in_a_shop_name() -> None:
    assert finds("dfyjh", "东风烟酒行")
    assert finds("dongfengyanjiuhang", "东风烟酒行")
    assert finds("cqyjsh", "长青烟酒商行") and finds("changqing", "长青烟酒商行")


def test_a_character_left_with_two_readings_is_found_by_either() -> None:
    for needle in ("llcs", "ylcs", "lelechaoshi", "yuelechaoshi"):
        assert finds(needle, "乐乐超市"), needle
    assert finds("zjh", "张记行") and finds("zjx", "张记行")


def test_variants_do_not_run_into_each_other_and_stay_bounded() -> None:
    full, initials = pinyin_keys("和和和和和和乐乐乐行行")
    assert len(full.split()) <= 16 and len(initials.split()) <= 16
    assert full.split()[0] == "hehehehehehelelelexingxing"  # the likeliest reading first: it sorts the list
    assert not finds("hangle", "行乐")  # not "…hang" + "le…" across two variants
    assert finds("g320gd", "G320国道便利店")


def test_every_demo_shop_is_found_by_initials_and_full_pinyin() -> None:
    shops = generate(DemoSpec(customers=300, months=1, today=date(2026, 11, 27))).shops
    assert len(shops) == 300
    assert any("商行" in s.customer.name for s in shops)  # the case this is about is in the data
    missed = []
    for shop in shops:
        name = shop.customer.name
        syllables = expected_syllables(name)
        full = "".join(syllables)
        initials = "".join(s if s.isdigit() else s[0] for s in syllables)
        if not (finds(full, name) and finds(initials, name)):
            missed.append((name, full, initials, pinyin_keys(name)))
    assert missed == []


@pytest.mark.parametrize("suffix", list(names.SHOP_SUFFIXES["Y"]))
def test_each_tobacco_shop_suffix_is_read_as_the_trade_says(suffix: str) -> None:
    reading = SUFFIX_READINGS[suffix].split()
    assert finds("".join(reading), "兴旺" + suffix)
    assert finds("xw" + "".join(s[0] for s in reading), "兴旺" + suffix)


def test_old_keys_are_recomputed_when_the_workspace_opens(tmp_path: Path) -> None:
    from domain.model.customers import Customer
    ws = open_workspace(tmp_path / "w.db", create=True)
    try:
        ensure_defaults(ws.uow())
        with ws.uow() as uow:
            uow.customers.add_many([Customer(license_no="530102100009", name="东风烟酒行")])
            uow.commit()
        with ws.engine.begin() as conn:  # as an older Fieldbook left it
            conn.exec_driver_sql("UPDATE customers SET search_pinyin = 'dongfengyanjiuxing', "
                                 "search_initials = 'dfyjx'")
            conn.exec_driver_sql("DELETE FROM settings WHERE key = 'search_keys_version'")
    finally:
        ws.close()
    ws = open_workspace(tmp_path / "w.db", create=True)
    try:
        with ws.engine.connect() as conn:
            keys = conn.exec_driver_sql("SELECT search_pinyin, search_initials FROM customers").one()
        assert "dongfengyanjiuhang" in keys[0].split() and "dfyjh" in keys[1].split()
    finally:
        ws.close()
