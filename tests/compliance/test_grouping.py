"""Numbers not read change nothing that is found.

``find_numbers(text, inside, skip, worth)`` does not look at the stretches of
digits that lie wholly inside a link's address (``skip``), nor at those that cannot
hold personal data (``worth``: a landline number); these properties check that the
stretches it looks at include every other one, and that the personal data found is
the personal data found when every stretch is read.
"""

from __future__ import annotations

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from govpub.compliance import grouping, personal
from govpub.compliance.folding import fold
from govpub.compliance.personal import find_personal_data

# digits, every kind of separator, letters that make codes and passports, a link's
# punctuation and CJK text: the characters that decide where a number starts and ends
_PIECES = st.one_of(
    st.text(alphabet="0123456789", min_size=1, max_size=12),
    st.sampled_from(list(" -–.／/_·\u3000+xXEeG:：?=&a中，。")),
)
_TEXTS = st.lists(_PIECES, max_size=40).map("".join)


@st.composite
def _text_and_ranges(draw: st.DrawFn) -> tuple[str, list[tuple[int, int]]]:
    text = draw(_TEXTS)
    cuts = sorted(draw(st.lists(st.integers(0, len(text)), max_size=10, unique=True)))
    # pairs of cuts are disjoint ranges, some of them touching
    ranges = [(low, high) for low, high in zip(cuts[::2], cuts[1::2], strict=False) if low < high]
    return text, ranges


def _overlaps(ranges: list[tuple[int, int]]) -> object:
    def inside(start: int, end: int) -> bool:
        return any(low < end and start < high for low, high in ranges)

    return inside


@settings(max_examples=500, deadline=None)
@given(case=_text_and_ranges())
def test_every_stretch_not_inside_a_range_is_looked_at(
    case: tuple[str, list[tuple[int, int]]],
) -> None:
    text, ranges = case
    everywhere = [m.span() for m in grouping._STRETCH.finditer(text)]
    outside = [
        (start, end)
        for start, end in everywhere
        if not any(low <= start and end <= high for low, high in ranges)
    ]
    looked_at = [m.span() for m in grouping._stretches(text, ranges)]
    # in order, each once, nothing that is not a stretch of the whole text
    assert looked_at == [span for span in everywhere if span in looked_at]
    assert set(outside) <= set(looked_at)


def test_the_stretches_inside_a_link_are_not_looked_at() -> None:
    text = "电话13812345678，见https://x.cn/2026-01/20261205063/c_20261205063.htm）0101-1234567"
    link = (text.index("h"), text.index("）"))
    looked_at = [text[m.start() : m.end()] for m in grouping._stretches(text, [link])]
    assert ["13812345678", "0101-1234567"] == looked_at


@settings(max_examples=500, deadline=None)
@given(case=_text_and_ranges())
def test_personal_data_found_with_the_jump_is_found_without_it(
    case: tuple[str, list[tuple[int, int]]],
) -> None:
    text, ranges = case
    inside = _overlaps(ranges)
    folded = text.lower()

    def hits(links: list[tuple[int, int]]) -> list[tuple[str, int, int, str]]:
        found = find_personal_data(folded, text, lambda i: i, inside, links)  # type: ignore[arg-type]
        return [(h.kind, h.start, h.end, h.masked) for h in found]

    assert hits([]) == hits(ranges)


def test_a_number_that_runs_out_of_a_link_is_still_read() -> None:
    text = "见https://x.cn/a/123 13812345678"
    link = (1, text.index(" "))
    hits = find_personal_data(text, text, lambda i: i, _overlaps([link]), [link])  # type: ignore[arg-type]
    assert [("mobile", "138****5678")] == [(h.kind, h.masked) for h in hits]


_NUMBERS = st.lists(
    st.one_of(
        st.text(alphabet="0123456789", min_size=1, max_size=19),
        st.sampled_from(
            ["1", "13812345678", "8613812345678", "4222222222222", "86", "+86 ", "0431-", "E", "x"]
        ),
        st.sampled_from(list(" -.／/_\u3000a中，：号码身份证卡")),
    ),
    max_size=12,
).map("".join)


@settings(
    max_examples=800, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture]
)
@given(text=_NUMBERS)
def test_the_stretches_not_read_hold_no_personal_data(
    text: str, monkeypatch: pytest.MonkeyPatch
) -> None:
    folded = fold(text)

    def hits() -> list[tuple[str, int, int, str, bool]]:
        found = find_personal_data(folded.text, text, folded.original, lambda s, e: False)
        return [(h.kind, h.start, h.end, h.masked, h.certain) for h in found]

    read_some = hits()
    with monkeypatch.context() as patch:
        patch.setattr(personal, "_worth_reading", lambda folded, start, end: True)
        assert hits() == read_some
