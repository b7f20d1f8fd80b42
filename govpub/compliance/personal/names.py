"""A person's name as the number readers see one: a surname and one or two characters, no
place's (王小明, 欧阳娜娜, 张* — not 王府井, 沈阳, 李村).

Read by :mod:`.kinds` (whose name stands before a number, and where a name ends) and by
:mod:`.amounts` (a card's holder glued before a list of 12345 tickets: 张三2306…/2603…号问题,
review 96's L1) — its own module, so neither reads the other for it (amounts had imported
kinds inside a function to dodge the cycle kinds → amounts → kinds).
"""

from __future__ import annotations

from functools import cache

from govpub.compliance._data import data_words
from govpub.compliance.folding import CJK_UNIFIED
from govpub.compliance.lazy_pattern import LazyPattern

# (what masks a name's given part: 张*, 王＊＊, 李××)
NAME_MASK = "*＊×"


def _surnamed_source() -> str:
    """A surname and one or two characters, or a mask (张三, 欧阳娜娜, 张*)."""
    compound = "|".join(data_words("compound_surnames.txt"))
    single = "".join(data_words("surnames.txt"))
    return rf"(?:{compound}|[{single}])(?:[{CJK_UNIFIED}]{{1,2}}|[{NAME_MASK}]{{1,2}})"


def _place_endings_source() -> str:
    """Any place's kind of ``data/place_endings.txt`` at the end (高新区, 石家庄)."""
    return "(?:" + "|".join(data_words("place_endings.txt")) + ")$"


def _place_names() -> frozenset[str]:
    return frozenset(data_words("place_names.txt"))


# A surname (``data/surnames.txt``, ``data/compound_surnames.txt``) and one or two characters or
# a mask: ``SURNAMED.fullmatch`` asks whether a run is a name's shape
SURNAMED = LazyPattern.built(_surnamed_source)
_PLACE_ENDING = LazyPattern.built(_place_endings_source)
_PLACE_NAMES = cache(_place_names)
# (the kinds of place that end no given name of two characters: 村, 乡, 县, 区, 省, 街, 巷, 井,
# 桥, 屯, 寨 — not 庄, 州, 市, 镇, 路, 港, which do: 周庄, 吴州, 李镇, 王路; 桥 ends one of three:
# 刘金桥, review 65's L9 — so it is a place's only here, not in ``data/place_endings.txt``)
_PLACE_KINDS_ALONE = frozenset("村乡县区省街巷井桥屯寨")


def is_place(name: str) -> bool:
    """Whether ``name`` is a place's: one of ``data/place_names.txt`` (沈阳, 黄河), or of
    three characters or more and ending in a place's kind (高新区, 石家庄, 王府井: a person's
    name of two characters ends in 庄, 州 or 市 as often: 周庄, 吴州, 杨市 — review 52), or of
    two ending in a kind that ends no given name (:data:`_PLACE_KINDS_ALONE`: 李村, 王井 —
    review 64's F4)."""
    return (
        name in _PLACE_NAMES()
        or (len(name) >= 3 and _PLACE_ENDING.search(name) is not None)
        or (len(name) == 2 and name[-1] in _PLACE_KINDS_ALONE)
    )


def person_name(folded: str, begin: int, end: int) -> bool:
    """Whether ``folded[begin:end]`` is a person's name alone: a surname and one or two
    characters, or a compound surname and one or two, no place's (王小明, not 王府井)."""
    return SURNAMED.fullmatch(folded, begin, end) is not None and not is_place(folded[begin:end])
