"""Expressions rewritten to start with their literal (the regex engine skips to a literal, and
tries an expression that opens with a class, an alternation of different characters or a
look-behind at every position): each gives what the expression it replaced gave."""

from __future__ import annotations

import re

from hypothesis import given, settings
from hypothesis import strategies as st

from govpub.compliance.folding.emphasis import _EMPHASIS, _ITALICS, _emphasis_runs
from govpub.compliance.undermasked import may_hold_under_masked

_TEXT = st.text(st.sampled_from(list("**__~~``\\ 1２3ab机密\n＊x")), max_size=80)

# what each replaced, as it was written
_OLD_ITALICS = re.compile(r"(?<![*\\])\*(?=[^\s*])[^*\n\u2028\u2029]{0,60}?(?<=[^\s*\\])\*(?!\*)")
_OLD_DIGIT_BY_MASK = re.compile(r"\d[*＊]|[*＊]\d")


@settings(max_examples=500)
@given(_TEXT)
def test_the_emphasis_runs_are_the_alternations(text: str) -> None:
    assert [m.span() for m in _emphasis_runs(text)] == [m.span() for m in _EMPHASIS.finditer(text)]


@settings(max_examples=500)
@given(_TEXT)
def test_the_italics_with_the_star_first_are_as_before(text: str) -> None:
    assert [m.span() for m in _ITALICS.finditer(text)] == [
        m.span() for m in _OLD_ITALICS.finditer(text)
    ]


@settings(max_examples=500)
@given(_TEXT)
def test_a_mask_beside_a_digit_is_found_as_before(text: str) -> None:
    if _OLD_DIGIT_BY_MASK.search(text) is not None:
        assert may_hold_under_masked(text)


_STARRY = st.lists(st.sampled_from([*"加 ★微薇v信x\n", "★★", "微信"]), max_size=40).map("".join)


@settings(max_examples=800)
@given(_STARRY)
def test_the_starred_spellings_around_the_stars_are_the_whole_texts(text: str) -> None:
    from govpub.compliance.contacts import _STARRED, _starred

    assert [m.span() for m in _starred(text)] == [m.span() for m in _STARRED.finditer(text)]


@settings(max_examples=500)
@given(st.text(st.sampled_from(list("★ 密\n机a1")), max_size=40))
def test_the_star_gap_with_the_star_first_is_as_before(text: str) -> None:
    from govpub.compliance.folding.spacing import _IDEOGRAPH_AHEAD, _STAR_GAP

    old = re.compile("(?<=[^密\n])★ ?" + _IDEOGRAPH_AHEAD)
    assert [m.span() for m in _STAR_GAP.finditer(text)] == [m.span() for m in old.finditer(text)]
