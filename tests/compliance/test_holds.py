"""``holds``: the quick test of whether a long field holds a short string, as ``in`` says."""

from __future__ import annotations

from hypothesis import given
from hypothesis import strategies as st

from govpub.compliance.holds import holds

# characters that matter: the needles' own, the regex engine's metacharacters, ideographs,
# a character beyond the BMP and a line break
_CHARS = st.sampled_from([*"<>&#*[]/\\.^$?()|+{}ab 此件公开\n", "\U0002a6a5"])
_LONG_TEXT = st.lists(_CHARS, min_size=256, max_size=600).map("".join)


@given(_LONG_TEXT, st.text(_CHARS, min_size=1, max_size=8))
def test_holds_says_what_in_says(text: str, needle: str) -> None:
    assert holds(text, needle) == (needle in text)


@given(st.text(_CHARS, max_size=40), st.text(_CHARS, min_size=1, max_size=4))
def test_holds_says_what_in_says_of_a_short_field(text: str, needle: str) -> None:
    assert holds(text, needle) == (needle in text)


def test_a_needle_at_the_end_of_a_long_field_is_found() -> None:
    field = "政务公开" * 5000
    assert not holds(field, "&#")
    assert holds(field + "&#x202e;", "&#")
    assert holds(field + "[/b]", "[/")
    assert not holds(field + "[b]", "[/")
    assert holds("*" * 300 + "\\*", "\\*")


@given(st.text(_CHARS, max_size=60), st.text(_CHARS, min_size=1, max_size=3))
def test_occurrences_are_every_start_of_the_needle(text: str, needle: str) -> None:
    from govpub.compliance.holds import occurrences

    expected = [at for at in range(len(text)) if text.startswith(needle, at)]
    assert list(occurrences(text, needle)) == expected
    assert list(occurrences(text, needle, 5, 40)) == [
        at for at in expected if at >= 5 and at + len(needle) <= 40
    ]
