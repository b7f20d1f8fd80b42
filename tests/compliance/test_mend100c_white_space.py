"""Mend helper 100c (review 67's F3, S1, L6 and L9): fix99c's collapsed white space.

A formatting element the fold drops that sets ``white-space:normal`` shows its line breaks as
spaces (``markup._collapsed_breaks``): up to its own end tag, elements of its name inside
counted (L6); not where the page prints its tag as text — a fenced or indented code block, a
``<textarea>`` or an ``<xmp>`` (F3); and in an HTML block two trailing spaces make no hard
break, they collapse with the line break (L9).  A column of figures whose first lines such an
element joins is read in linear time without asking every window for cell borders (S1).
"""

from __future__ import annotations

import pytest
from check_timing import grows_linearly, repeated

from govpub import Policy, Post, check
from govpub.compliance.folding import fold
from govpub.compliance.folding.markup import (
    _blanks_around,
    _element_end,
    _folded_tag,
    _markup_spans,
)

_NORMAL = '<span style="white-space:normal">'


def _rules(body: str) -> set[str]:
    result = check(Post(title="关于做好有关工作的通知", body=body), Policy.default())
    return {finding.rule for finding in result.findings}


@pytest.mark.parametrize(
    ("text", "shown"),
    [
        (
            f'<pre>{_NORMAL}<span style="font-weight:bold">13</span>08\n7610800</span></pre>',
            "08 76",
        ),
        (f"<pre>{_NORMAL}<span></span>1308\n7610800</span></pre>", "1308 7610800"),
        (f"<pre>{_NORMAL}<span><span>1</span>3</span>08\n7610800</span></pre>", "08 76"),
        (f"<pre><s {_NORMAL[6:]}<span>1308</span>\n7610800</s></pre>", "1308 7610800"),
        # (the outer element closed before the break: the break is the <pre>'s)
        (f"<pre>{_NORMAL}<span>x</span></span>1308\n7610800</pre>", "1308\n7610800"),
        (f'<pre>{_NORMAL}<span style="white-space:pre">a\nb</span></span></pre>', "a\nb"),
    ],
)
def test_nested_elements_of_its_name_are_counted(text: str, shown: str) -> None:
    assert shown in fold(text).text


def test_element_end_counts_depth_within_reach() -> None:
    text = "<span a><span>x</span>y</span>z</span>"
    tags = _markup_spans(text, _folded_tag())[0]
    assert _element_end(text, tags, 0, "span", len(text)) == text.index("</span>z")
    assert _element_end(text, tags, 0, "span", 10) == 10  # (none within reach)


@pytest.mark.parametrize(
    "text",
    [
        f"```\n{_NORMAL}1308\n7610800</span>\n```",
        f"~~~\n{_NORMAL}1308\n7610800</span>\n~~~",
        f"    {_NORMAL}1308\n    7610800</span>",
        f"<textarea>{_NORMAL}1308\n7610800</span></textarea>",
        f"<xmp>{_NORMAL}1308\n7610800</span></xmp>",
        f"<textarea>{_NORMAL}1308\n7610800</span>",
    ],
)
def test_a_printed_tag_sets_nothing(text: str) -> None:
    assert "1308\n" in fold(text).text
    assert _rules(text) == set()


@pytest.mark.parametrize(
    "text",
    [
        f"`{_NORMAL}1308\n7610800</span>`",  # (a code span shows its line end as a space)
        f"<div>\n```\n{_NORMAL}1308\n7610800</span>\n```\n</div>",  # (a fence in HTML: text)
        f"<pre>\n    {_NORMAL}1308\n    7610800</span>\n</pre>",  # (indented HTML: no code)
    ],
)
def test_code_marks_that_print_nothing_leave_the_element(text: str) -> None:
    assert _rules(text) == {"personal.mobile"}


@pytest.mark.parametrize(
    ("text", "shown"),
    [
        (f"<pre>{_NORMAL}1308  \n7610800</span></pre>", "<pre>1308 7610800</pre>"),
        (f"<div>{_NORMAL}1308  \n7610800</span></div>", "<div>1308 7610800</div>"),
        (f"<pre>{_NORMAL}1308 \n 7610800</span></pre>", "<pre>1308 7610800</pre>"),
        (f"<pre>{_NORMAL}1308\t\n\t7610800</span></pre>", "<pre>1308 7610800</pre>"),
        # (in a paragraph the two spaces are Markdown's hard break, a <br>: kept)
        (f"{_NORMAL}1308  \n7610800</span>", "1308  \n7610800"),
    ],
)
def test_blanks_collapse_with_the_break_in_html(text: str, shown: str) -> None:
    assert fold(text).text == shown


def test_hard_break_in_an_html_block_is_none() -> None:
    assert _rules(f"<pre>{_NORMAL}1308  \n7610800</span></pre>") == {"personal.mobile"}
    assert _rules(f"{_NORMAL}1308  \n7610800</span>") == set()


def test_blanks_around() -> None:
    assert _blanks_around("a  \n\tb", [3]) == [(1, 3), (4, 5)]
    assert _blanks_around("a\nb", [1]) == []


@pytest.mark.parametrize(
    "unit",
    [
        f"<pre>{_NORMAL}<span>1</span>3\n</span></pre>\n",
        f"<pre>{_NORMAL}1  \n2</span></pre>\n",
        f"```\n{_NORMAL}1\n2</span>\n```\n",
        f"<textarea>{_NORMAL}1\n2</span></textarea>",
        "<pre><span>" + f"{_NORMAL}<span>" * 30,
    ],
)
def test_linear(unit: str) -> None:
    assert grows_linearly(repeated(unit, 8_000), repeated(unit, 80_000), within=0.05)


def test_a_column_joined_at_its_head_is_linear() -> None:
    """Review 67's S1: 150 lines joined, 39,850 one a line: no window asks for cell borders."""

    def column(size: int) -> str:
        return f"<pre>{_NORMAL}" + "1\n" * (size // 2) + "</span></pre>"

    assert grows_linearly(column(8_000), column(80_000), within=0.05)
