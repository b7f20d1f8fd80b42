"""Fix helper 99c (review 66's L4 second form and F1): the fold's markup readers.

A formatting element the fold drops that sets ``white-space:normal`` or ``nowrap`` itself
shows its line breaks as spaces (``_collapsed_breaks``: the innermost element that sets a
``white-space`` decides); a legacy reference without ";" is read in its own case only
(``&NBSP`` is printed); the link scanner reads hidden content by the one reader of hiding
(``drop_hidden`` over ``unshown_elements``).
"""

from __future__ import annotations

import pytest
from check_timing import grows_linearly, repeated

from govpub import Policy, Post, check
from govpub.compliance.folding import drop_hidden, fold
from govpub.compliance.folding.hidden_elements import unshown_elements


def _rules(body: str) -> set[str]:
    result = check(Post(title="关于做好有关工作的通知", body=body), Policy.default())
    return {finding.rule for finding in result.findings}


@pytest.mark.parametrize(
    ("text", "shown"),
    [
        (
            '<p style="white-space:pre"><span style="white-space:normal">1308\n7610800</span></p>',
            "1308 7610800",
        ),
        ('<span style="white-space:nowrap">139 1234\n5678</span>', "139 1234 5678"),
        ('<span style="white-space:pre;white-space:normal">a\nb</span>', "a b"),
        ('<p style="white-space:pre"><span>1308\n7610800</span></p>', "1308\n7610800"),
        ('<span style="white-space:normal">x</span>1308\n7610800', "1308\n7610800"),
        ('<span style="white-space:normal;white-space:pre">a\nb</span>', "a\nb"),
        ('<span style="white-space:pre-line">a\nb</span>', "a\nb"),
        ("<span style=\"font-family:'white-space:normal'\">a\nb</span>", "a\nb"),
        ('<span title="white-space:normal">a\nb</span>', "a\nb"),
        ('<span style="white-space:normal"><i style="white-space:pre">a\nb</i></span>', "a\nb"),
        ('<span style="white-space:normal">a  \nb</span>', "a  \nb"),  # (a hard break)
        ('<span style="white-space:normal">a\\\nb</span>', "a\nb"),
        ('<span style="white-space:normal">a\n\nb</span>', "a\n\nb"),  # (a paragraph's end)
    ],
)
def test_own_white_space_of_a_dropped_element(text: str, shown: str) -> None:
    assert shown in fold(text).text


def test_inner_reset_shows_one_line() -> None:
    inner = '<span style="white-space:normal">1308\n7610800</span>'
    assert _rules(f'<p style="white-space:pre">{inner}</p>') == {"personal.mobile"}
    assert _rules('<p style="white-space:pre"><span>1308\n7610800</span></p>') == set()


@pytest.mark.parametrize(
    ("text", "shown"),
    [
        ("<p>139&NBSP1234</p>", "139&nbsp1234"),  # (no NBSP in capitals: printed)
        ("<p>139&Nbsp1234</p>", "139&nbsp1234"),
        ("<p>139&nbsp1234</p>", "139 1234"),
        ("<p>a&COPY b</p>", "a© b"),  # (one of the six legacy names in capitals)
        ("<p>a&REG b</p>", "a® b"),
    ],
)
def test_legacy_reference_in_its_own_case(text: str, shown: str) -> None:
    assert shown in fold(text).text


def test_upper_case_nbsp_is_no_mobile() -> None:
    assert _rules("<p>139&NBSP1234&NBSP5678</p>") == set()
    assert _rules("<p>139&nbsp1234&nbsp5678</p>") == {"personal.mobile"}


@pytest.mark.parametrize(
    ("text", "seen"),
    [
        ('t.cn<span style="display:none">.gov.cn</span>/x', "t.cn/x"),
        ('t.cn<span style="display:/**/none">.gov.cn</span>/x', "t.cn/x"),
        ("t.cn<del>.gov.cn</del>/x", "t.cn/x"),
        ("t.cn<span hidden>.gov.cn", "t.cn"),
        ('t.cn<span title="display:none">.gov.cn</span>/x', "t.cn.gov.cn/x"),
        ('t.cn<span style="display:none;display:inline">.gov.cn</span>/x', "t.cn.gov.cn/x"),
        ("t.cn<span style=\"content:'display:none'\">.gov.cn</span>/x", "t.cn.gov.cn/x"),
        ('t.cn<span title="display:none">.gov.cn', "t.cn.gov.cn"),
    ],
)
def test_drop_hidden_by_the_one_reader(text: str, seen: str) -> None:
    assert drop_hidden(text) == seen


def test_unshown_elements_leave_struck_ones_unless_asked() -> None:
    text = "a<del>b</del>c"
    assert unshown_elements(text) == []
    assert unshown_elements(text, struck=True) == [(1, 13)]


@pytest.mark.parametrize(
    "unit",
    [
        '<p style="white-space:pre"><span style="white-space:normal">1308\n7610800</span></p>',
        '<span style="white-space:normal">a\n' + "b\n" * 200,
        "<p>139&NBSP1234&nbsp5678</p>",
        '<span title="display:none">x<span style="display:none">y</span>',
    ],
)
def test_linear(unit: str) -> None:
    assert grows_linearly(repeated(unit, 8_000), repeated(unit, 80_000), within=0.05)
