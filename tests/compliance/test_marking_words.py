"""Internal-use markers spelled out with a list mark between every character."""

from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st

from govpub import Policy, Post, check
from govpub.compliance.marking_words import _LIST_MARKS, listed_apart


def _rules(text: str) -> set[str]:
    return {f.rule for f in check(Post(title="通知", body=text), Policy.default()).findings}


@pytest.mark.parametrize("mark", list(_LIST_MARKS))
def test_a_marker_listed_apart_blocks(mark: str) -> None:
    assert "secrecy.internal" in _rules(f"{mark.join('内部资料')}\n各单位：")


def test_short_words_and_non_ideographs_are_not_listed_apart() -> None:
    # (two characters with a list mark between them are a list: 手机、密码)
    assert listed_apart("机密") == []
    assert listed_apart("neibu ziliao") == []
    assert "内、部、资、料" in listed_apart("内部资料")


@given(
    st.lists(st.sampled_from("省市县乡镇村组户内外部资料"), min_size=3, max_size=8),
    st.sampled_from(list(_LIST_MARKS)),
)
def test_lists_of_single_characters_stay_clean_unless_a_marker(items: list[str], mark: str) -> None:
    text = f"检查范围：{mark.join(items)}。"
    found = "secrecy.internal" in _rules(text)
    assert found == (mark.join("内部资料") in text)
