"""The demo product list (卷烟规格): about sixty real-looking brands and specs over the five price classes.

Prices are per carton and sit inside the class bands of PRICE_CLASS_FLOORS, which the model applies
to the wholesale price; the list does not depend on the seed, so the worked example can rely on it.
"""
from __future__ import annotations

from decimal import ROUND_HALF_UP, Decimal

from domain.demo.worked_example import BASKET
from domain.model.products import Product, price_class_for

SH = "上海烟草集团"
YN = "云南中烟"
HB = "湖北中烟"
HN = "湖南中烟"
ZJ = "浙江中烟"
JS = "江苏中烟"
HEN = "河南中烟"
SD = "山东中烟"
SC = "四川中烟"
HEB = "河北中烟"
GX = "广西中烟"
AH = "安徽中烟"
FJ = "福建中烟"
SX = "陕西中烟"
GD = "广东中烟"
GZ = "贵州中烟"
JX = "江西中烟"
CQ = "重庆中烟"
JL = "吉林烟草工业"
BJ = "北京卷烟厂"

# name, manufacturer, wholesale yuan per carton, tar mg, popularity (relative pull in shops), flags:
# N new (新品), S scarce (紧俏).
PRODUCT_TABLE: tuple[tuple[str, str, str, str, int, str], ...] = (
    ("中华(硬)", SH, "390.00", "11", 5, "S"),
    ("中华(软)", SH, "600.00", "11", 2, "S"),
    ("中华(双中支)", SH, "420.00", "10", 2, "NS"),
    ("黄鹤楼(硬珍品)", HB, "245.00", "10", 3, ""),
    ("芙蓉王(硬)", HN, "220.00", "11", 5, ""),
    ("玉溪(软)", YN, "200.00", "11", 5, ""),
    ("利群(新版)", ZJ, "125.00", "11", 5, ""),
    ("南京(炫赫门)", JS, "160.00", "8", 4, ""),
    ("苏烟(五星红杉树)", JS, "210.00", "10", 2, ""),
    ("泰山(心悦)", SD, "135.00", "10", 3, ""),
    ("娇子(宽窄平安)", SC, "180.00", "10", 2, "N"),
    ("钻石(荷花)", HEB, "280.00", "10", 3, "S"),
    ("真龙(起源)", GX, "170.00", "10", 2, "N"),
    ("贵烟(跨越)", GZ, "190.00", "10", 2, "N"),
    ("云烟(紫)", YN, "92.00", "11", 6, ""),
    ("红塔山(经典)", YN, "85.00", "11", 6, ""),
    ("黄金叶(乐途)", HEN, "96.00", "10", 4, "N"),
    ("白沙(精品)", HN, "92.00", "11", 4, ""),
    ("七匹狼(白)", FJ, "95.00", "10", 3, ""),
    ("黄山(红方印)", AH, "88.00", "11", 3, ""),
    ("泰山(红将军)", SD, "86.00", "11", 3, ""),
    ("好猫(长乐)", SX, "88.00", "11", 2, ""),
    ("真龙(硬)", GX, "90.00", "11", 3, ""),
    ("长白山(777)", JL, "98.00", "10", 2, "N"),
    ("钻石(硬蓝)", HEB, "80.00", "11", 3, ""),
    ("红河(硬88)", YN, "78.00", "11", 3, ""),
    ("云烟(软珍品)", YN, "64.00", "11", 4, ""),
    ("双喜(硬经典)", GD, "52.00", "11", 5, ""),
    ("白沙(软)", HN, "48.00", "11", 5, ""),
    ("红金龙(硬神州)", HB, "50.00", "11", 3, ""),
    ("红旗渠(天行健)", HEN, "60.00", "11", 3, ""),
    ("中南海(5mg)", BJ, "65.00", "5", 2, ""),
    ("将军(软红)", SD, "42.00", "11", 3, ""),
    ("延安(软)", SX, "48.00", "11", 2, ""),
    ("大前门(短支)", SH, "45.00", "11", 3, ""),
    ("红河(软甲)", YN, "35.00", "11", 4, ""),
    ("双喜(软)", GD, "38.00", "12", 4, ""),
    ("黄山(硬黄)", AH, "40.00", "11", 3, ""),
    ("石狮(硬)", FJ, "36.00", "12", 2, ""),
    ("红梅(顺)", YN, "45.00", "11", 4, ""),
    ("金圣(硬)", JX, "55.00", "11", 2, ""),
    ("天子(金)", CQ, "68.00", "11", 2, "N"),
    ("哈德门(精品)", SD, "33.00", "12", 3, ""),
    ("红梅(软黄)", YN, "26.00", "12", 4, ""),
    ("红河(硬)", YN, "25.00", "12", 4, ""),
    ("大前门(软)", SH, "22.00", "12", 3, ""),
    ("金桥(硬)", SH, "20.00", "12", 2, ""),
    ("庐山(软)", JX, "24.00", "12", 2, ""),
    ("红三环(软)", HEN, "18.00", "12", 2, ""),
    ("哈德门(软)", SD, "19.00", "12", 3, ""),
    ("蝴蝶泉(软)", YN, "21.00", "12", 3, ""),
    ("白沙(硬)", HN, "28.00", "12", 4, ""),
    ("迎客松(软)", AH, "27.00", "12", 2, ""),
    ("红梅(软红)", YN, "12.00", "13", 3, ""),
    ("北戴河(软)", HEB, "15.00", "13", 2, ""),
    ("红旗渠(软红)", HEN, "15.00", "13", 3, ""),
    ("白沙(软绿)", HN, "13.00", "13", 3, ""),
    ("游泳(软)", SH, "16.00", "13", 2, ""),
    ("金沙江(软)", SC, "14.00", "13", 2, ""),
    ("飞马(软)", SH, "10.50", "13", 2, ""),
)

# Retail runs 11–14% above wholesale, rounded the way price lists are (whole yuan, or 0.1 yuan on
# cheap cartons), which keeps these products within the 10–15% the shops see.
MARKUPS = (Decimal("1.12"), Decimal("1.13"), Decimal("1.11"), Decimal("1.14"))

# Except the products of the worked example's month: the source reckons that shop's profit at 8% of
# what it paid (17,816 yuan → 1,425.28), so these retail at exactly wholesale × 1.08 (their wholesale
# prices are whole yuan, so the fen rounding never bites), and any shop buying them earns 8% on them.
WORKED_EXAMPLE_MARKUP = Decimal("1.08")
WORKED_EXAMPLE_PRODUCTS = frozenset(name for name, _cartons in BASKET)


def retail_price_for(wholesale: Decimal, position: int) -> Decimal:
    if PRODUCT_TABLE[position][0] in WORKED_EXAMPLE_PRODUCTS:
        return (wholesale * WORKED_EXAMPLE_MARKUP).quantize(Decimal("0.01"), rounding=ROUND_HALF_UP)
    raw = wholesale * MARKUPS[position % len(MARKUPS)]
    step = Decimal("1") if wholesale >= 50 else Decimal("0.1")
    return raw.quantize(step, rounding=ROUND_HALF_UP).quantize(Decimal("0.01"))


def product_code(position: int) -> str:
    """A 13-digit bar code in the 690 (China) range, unique per position."""
    return f"6901028{position + 1:06d}"


def build_products() -> list[Product]:
    products = []
    for position, (name, maker, price, tar, _pop, flags) in enumerate(PRODUCT_TABLE):
        wholesale = Decimal(price)
        products.append(
            Product(
                code=product_code(position),
                name=name,
                wholesale_price=wholesale,
                price_class=price_class_for(wholesale),
                retail_price=retail_price_for(wholesale, position),
                manufacturer=maker,
                tar_mg=Decimal(tar),
                is_new="N" in flags,
                is_scarce="S" in flags,
            )
        )
    return products


def popularity(position: int) -> int:
    return PRODUCT_TABLE[position][4]


def position_of(name: str) -> int:
    for position, row in enumerate(PRODUCT_TABLE):
        if row[0] == name:
            return position
    raise KeyError(name)
