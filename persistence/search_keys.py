"""Pinyin search keys for Chinese names, computed once when a record is saved (not per keystroke).

A shop name often holds a character with several readings (行 xíng/háng, 长 cháng/zhǎng, 乐 lè/yuè).
The trade's own words fix the reading where the word makes it certain (烟酒行 is …háng); a character
left with several readings is indexed under each of them, so a user who types either finds the shop.
The keys hold the variants separated by a space: a typed word never contains one, so a match never
runs from one variant into the next. The first variant is the likeliest reading and sorts the list.
"""
from __future__ import annotations

import json
from itertools import combinations, product

from sqlalchemy import Engine, delete, insert, select, update

from persistence.tables.customers import CustomerRow
from persistence.tables.settings import SettingRow

# Bump when the keys are computed differently: workspaces opened afterwards recompute theirs.
SEARCH_KEYS_VERSION = 2
_VERSION_KEY = "search_keys_version"
MAX_VARIANTS = 16  # a name of many polyphones would otherwise multiply out
MAX_READINGS = 3  # per character: the rare readings past these are not how anyone says a shop's name

# Words of the trade whose reading the general dictionary gets wrong or leaves open, with tone marks
# as pypinyin's phrase data has them.
TRADE_PHRASES: dict[str, str] = {
    "烟酒行": "yān jiǔ háng", "烟行": "yān háng", "酒行": "jiǔ háng", "商行": "shāng háng",
    "车行": "chē háng", "银行": "yín háng", "茶行": "chá háng", "米行": "mǐ háng", "粮行": "liáng háng",
    "粮油行": "liáng yóu háng", "五金行": "wǔ jīn háng", "电器行": "diàn qì háng", "布行": "bù háng",
    "烟酒": "yān jiǔ", "名烟名酒": "míng yān míng jiǔ", "烟酒店": "yān jiǔ diàn",
    "超市": "chāo shì", "长街": "cháng jiē", "长青": "cháng qīng", "长兴": "cháng xīng",
    "长乐": "cháng lè", "长安": "cháng ān", "长寿": "cháng shòu", "长发": "cháng fā",
    "便利店": "biàn lì diàn", "便利": "biàn lì", "便民": "biàn mín", "便民店": "biàn mín diàn",
    "批发部": "pī fā bù", "批发": "pī fā", "副食": "fù shí", "副食店": "fù shí diàn",
    "食杂": "shí zá", "食杂店": "shí zá diàn", "杂货": "zá huò", "杂货店": "zá huò diàn",
    "百货": "bǎi huò", "百顺": "bǎi shùn", "小卖部": "xiǎo mài bù", "门市": "mén shì",
    "门市部": "mén shì bù", "宏达": "hóng dá", "发达": "fā dá", "顺发": "shùn fā",
    "家家乐": "jiā jiā lè", "农家乐": "nóng jiā lè", "喜乐": "xǐ lè", "康乐": "kāng lè",
    "乐购": "lè gòu", "快乐": "kuài lè", "重庆": "chóng qìng", "朝阳": "cháo yáng",
    "兴隆": "xīng lóng", "兴旺": "xīng wàng", "恒通": "héng tōng", "和顺": "hé shùn",
    "祥和": "xiáng hé", "和平": "hé píng", "好又多": "hǎo yòu duō", "棋牌室": "qí pái shì",
    "台球室": "tái qiú shì", "商务部": "shāng wù bù", "加油站": "jiā yóu zhàn",
}

_loaded = False


def _load_pypinyin() -> None:
    """pypinyin with the trade's words loaded: 0.4 s to load its dictionaries, so only when a name is
    saved, and once per process."""
    global _loaded
    import pypinyin

    if not _loaded:
        pypinyin.load_phrases_dict({w: [[s] for s in r.split()] for w, r in TRADE_PHRASES.items()})
        _loaded = True


def _readings(text: str) -> list[list[str]]:
    """Per character (or run of letters and digits), its readings, likeliest first; punctuation dropped."""
    _load_pypinyin()
    from pypinyin import Style, pinyin  # here, not at the top: loaded on first use (see _load_pypinyin)

    found: list[list[str]] = []
    for options in pinyin(text, style=Style.NORMAL, heteronym=True, errors="default"):
        cleaned: list[str] = []
        for option in options:
            key = "".join(ch for ch in option if ch.isascii() and ch.isalnum())
            key = key if _literal(key) else key.lower()
            if key and key not in cleaned:
                cleaned.append(key)
        if cleaned:
            found.append(cleaned[:MAX_READINGS])
    return found


def _literal(key: str) -> bool:
    """A run the name spells in letters or digits (pypinyin's readings are lower-case letters only)."""
    return not (key.isalpha() and key.islower())


def _variants(readings: list[list[str]]) -> list[list[str]]:
    """The likeliest reading first, then those that differ from it in one character, then in two, …
    up to MAX_VARIANTS: the readings a user is likeliest to type come first when the cap bites."""
    open_positions = [i for i, options in enumerate(readings) if len(options) > 1]
    variants: list[list[str]] = []
    for changed in range(len(open_positions) + 1):
        for positions in combinations(open_positions, changed):
            for picks in product(*(readings[i][1:] for i in positions)):
                syllables = [options[0] for options in readings]
                for i, pick in zip(positions, picks):
                    syllables[i] = pick
                variants.append(syllables)
                if len(variants) == MAX_VARIANTS:
                    return variants
    return variants


def pinyin_keys(text: str) -> tuple[str, str]:
    """(full pinyin, initials), lower case, one variant per reading separated by spaces:
    北环路烟酒店 → ("beihuanluyanjiudian", "bhlyjd"); 东风烟酒行 → ("dongfengyanjiuhang", "dfyjh")."""
    fulls: list[str] = []
    initials: list[str] = []
    for syllables in _variants(_readings(text)):
        # A run of letters and digits (G320, 24) is typed whole, also among initials.
        full, first = "".join(syllables), "".join(s if _literal(s) else s[0] for s in syllables)
        if full not in fulls:
            fulls.append(full)
        if first not in initials:
            initials.append(first)
    return " ".join(fulls).lower(), " ".join(initials).lower()


def refresh_search_keys(engine: Engine) -> bool:
    """Recompute every customer's keys if they were computed by an older rule; True if it did.

    Keys are stored, not computed per keystroke, so a change of rule would leave old rows keyed the
    old way: the version beside them says which rule made them."""
    with engine.begin() as conn:
        stored = conn.execute(select(SettingRow.value).where(SettingRow.key == _VERSION_KEY)).scalar()
        if stored is not None and json.loads(stored) == SEARCH_KEYS_VERSION:
            return False
        rows = conn.execute(select(CustomerRow.id, CustomerRow.name).order_by(CustomerRow.id)).all()
        for customer_id, name in rows:
            full, initials = pinyin_keys(name)
            conn.execute(update(CustomerRow).where(CustomerRow.id == customer_id)
                         .values(search_pinyin=full, search_initials=initials))
        conn.execute(delete(SettingRow).where(SettingRow.key == _VERSION_KEY))
        conn.execute(insert(SettingRow).values(key=_VERSION_KEY, value=json.dumps(SEARCH_KEYS_VERSION)))
    return True
