"""Hyperscan's literal pass (govpub.compliance.literal_scan) finds what the regex engine finds."""

from __future__ import annotations

import re

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from govpub.compliance.literal_scan import LiteralScanner


@settings(max_examples=400, deadline=None)
@given(
    st.lists(st.text(alphabet="中文ab \n𠀀", min_size=1, max_size=3), min_size=1, max_size=5),
    st.text(alphabet="中文ab \n𠀀", max_size=40),
)
def test_literals_as_the_regex_engine_finds_them(literals: list[str], text: str) -> None:
    expected = sorted(
        (m.start(), index)
        for index, literal in enumerate(literals)
        for m in re.finditer(f"(?={re.escape(literal)})", text)
    )
    assert sorted(LiteralScanner(literals).scan(text)) == expected


def test_no_match_across_two_units() -> None:
    # "\u4e2d\u6587" is 2d 4e 87 65 in UTF-16-LE; "\u874e" is its middle two bytes
    assert LiteralScanner(["\u874e"]).scan("\u4e2d\u6587") == []
    assert LiteralScanner(["\u874e"]).scan("a\u874e") == [(1, 0)]


def test_refusals() -> None:
    with pytest.raises(ValueError, match="empty literal"):
        LiteralScanner(["a", ""])


def test_matchers_of_the_same_lists_share_one_database() -> None:
    from govpub.compliance.anchors import _scanner
    from govpub.compliance.wording import Term, TermMatcher

    def matcher() -> TermMatcher:
        return TermMatcher([Term("terms.x", "warn", "违禁词")], engine="hyperscan")

    first, second = matcher(), matcher()
    list(first.find("违禁词")), list(second.find("违禁词"))
    assert first._scanner is second._scanner is not None
    assert _scanner(first)[0] is _scanner(second)[0]
