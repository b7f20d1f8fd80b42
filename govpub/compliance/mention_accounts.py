"""An @mention's account name that ends in a verb of handling: a name, not the verb.

Weibo accounts are named for what they post (@北京发布, @某市发布, @北京转发).  A verb of
handling before an internal marker makes the marker its object (``严禁发布内部资料``:
:func:`.handled_materials.after_handling`), but the same verb closing an account's name
written whole before a gap is the name, and the marker marks the post (``@北京发布 内部资料``:
red team 111's M1).  A gap inside the name ends it before the verb (``@各单位 严禁擅自发布
内部资料`` is prose after a mention: review 97's F2).
"""

from __future__ import annotations

import bisect
from collections.abc import Sequence

from govpub.compliance._text import closed_at
from govpub.compliance.regex_cache import regex

__all__ = ["in_an_account_name"]


# An @mention's account name, written whole up to the verb of handling that ends it (@北京发布,
# @某市发布, @北京转发): Weibo names take ideographs, letters, digits, ``_`` and ``-`` (at most
# 30); an ``@`` after a letter or a digit is an email address's (a@b.com), no mention.
_ACCOUNT_REACH = 31
_ACCOUNT_NAME = regex(r"(?<![0-9A-Za-z._%+-])@[0-9A-Za-z_\-\u3400-\u9fff]{1,30}")


def in_an_account_name(folded: str, end: int, gaps: Sequence[int]) -> bool:
    """Whether the verb of handling that ends at ``end``, where the fold closed a gap, closes an
    @mention's account name written with no gap in it (``@某市发布 内部资料``, red team 111's M1):
    the account's name, not a verb taking the marker as its object — the marker blocks.  A gap
    inside ends the name before the verb (``@各单位 严禁擅自发布 内部资料`` is prose after a
    mention: review 97's F2), and so does no gap before the marker (``关于@某某发布内部资料``)."""
    at = folded.rfind("@", max(0, end - _ACCOUNT_REACH), end)
    if not closed_at(gaps, end) or at < 0 or _ACCOUNT_NAME.fullmatch(folded, at, end) is None:
        return False
    first_gap = bisect.bisect_right(gaps, at)
    return first_gap == len(gaps) or gaps[first_gap] >= end
