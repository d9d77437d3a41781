"""Pinyin search keys for Chinese names, computed once when a record is saved (not per keystroke)."""
from __future__ import annotations


def pinyin_keys(text: str) -> tuple[str, str]:
    """(full pinyin, initials), lower case without spaces: 北环路烟酒店 → ("beihuanluyanjiudian", "bhlyjd")."""
    from pypinyin import lazy_pinyin  # 0.4 s to load its dictionaries: only when a name is saved

    syllables = [s.lower() for s in lazy_pinyin(text, errors="default") if s.strip()]
    full = "".join(syllables)
    initials = "".join(s[0] for s in syllables if s)
    return full, initials
