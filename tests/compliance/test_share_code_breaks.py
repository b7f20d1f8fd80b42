"""Share codes cut by an HTML line break (fix127e): ``￥VAQz99<br>KzQVD￥`` is one code on two
lines, as ``￥VAQz99⏎KzQVD￥`` is; the tag's letters are no part of it, and two breaks part it."""

from __future__ import annotations

import pytest

from govpub import Policy, Post, check
from govpub.compliance.share_code_rules import share_code_rules


@pytest.mark.parametrize(
    ("spaced", "joined"),
    [
        ("VAQz99<br>KzQVD", "VAQz99KzQVD"),
        ("VAQz99<BR />KzQVD", "VAQz99KzQVD"),
        ("VAQz99<br/>\nKzQVD", "VAQz99KzQVD"),
        ("VAQz 99-KzQVD", "VAQz99KzQVD"),
        ("VAQz99KzQVD", "VAQz99KzQVD"),
    ],
)
def test_a_spaced_code_is_judged_without_its_separators(spaced: str, joined: str) -> None:
    assert share_code_rules().joined(spaced) == joined


def test_a_break_tag_reads_as_the_line_break_it_shows() -> None:
    assert share_code_rules().unbroken("DT9e<br>4vab<BR/>sbc") == "DT9e\n4vab\nsbc"
    assert share_code_rules().unbroken("a<b>c") == "a<b>c"  # (no other tag)


def _rules(body: str) -> list[str]:
    return [f.rule for f in check(Post(title="通知", body=body), Policy.default()).findings]


@pytest.mark.parametrize(
    "body",
    [
        "复制这段描述￥VAQz99<br>KzQVD￥后打开手机淘宝",
        "「VAQz99<BR />KzQVD」复制后打开淘宝",
        "￥VAQz99<br>\nKzQVD￥复制后打开淘宝",
        "€VAQz99<br>KzQVD€",
    ],
)
def test_a_code_cut_by_one_break_is_found(body: str) -> None:
    assert _rules(body) == ["ad.share_code"]


@pytest.mark.parametrize(
    "body",
    [
        "￥VAQz99<br><br>KzQVD￥复制后打开淘宝",  # a blank line parts it
        "《Taobao<br>Live》复制后打开淘宝",  # words, written as words are
        "复制订单号（JD2025<br>010112）打开京东APP可查询物流",  # a labelled number
    ],
)
def test_words_and_parted_halves_are_no_code(body: str) -> None:
    assert _rules(body) == []
