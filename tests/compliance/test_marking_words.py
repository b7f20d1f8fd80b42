"""Internal-use markers spelled out with list marks between their characters."""

from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st

from govpub import Policy, Post, check
from govpub.compliance.marking_words import _LIST_MARKS, apart_anchors, spelled_apart


def _rules(text: str) -> set[str]:
    return {f.rule for f in check(Post(title="通知", body=text), Policy.default()).findings}


@pytest.mark.parametrize("mark", list(_LIST_MARKS))
def test_a_marker_listed_apart_blocks(mark: str) -> None:
    assert "secrecy.internal" in _rules(f"{mark.join('内部资料')}\n各单位：")


@pytest.mark.parametrize(
    "text",
    [
        "内、 部、 资、 料",  # a space after each mark
        "内 、部 、资 、料",  # ... or before it
        "内，部、资、料",  # two kinds of marks
        "【仅、供、内、部、参、考】",
        "不，得，外，传",
    ],
)
def test_spaces_and_mixed_marks_block(text: str) -> None:
    assert "secrecy.internal" in _rules(text)


@pytest.mark.parametrize(
    "text",
    [
        "本次检查覆盖省、市、县、乡四级。",
        "国内、外部资料均已归档。",  # 内、 is an anchor; 外部资料 is no marker spelled apart
        "内、部、资料",  # a mark missing: not spelled out letter by letter
        "机、密、文、件",  # (机密 is no internal-use marker)
    ],
)
def test_lists_and_partial_spellings_stay_clean(text: str) -> None:
    assert "secrecy.internal" not in _rules(text)


def test_anchors_are_a_first_character_and_a_mark() -> None:
    anchors = apart_anchors()
    assert {"内、", "内 、", "不，"} <= set(anchors)
    assert spelled_apart("x内、部、资、料", 1) == ("内部资料", 8)
    assert spelled_apart("国内、外", 1) is None


@given(
    st.lists(st.sampled_from("省市县乡镇村组户内外部资料"), min_size=3, max_size=8),
    st.sampled_from(list(_LIST_MARKS)),
)
def test_lists_of_single_characters_stay_clean_unless_a_marker(items: list[str], mark: str) -> None:
    text = f"检查范围：{mark.join(items)}。"
    found = "secrecy.internal" in _rules(text)
    assert found == (mark.join("内部资料") in text)
