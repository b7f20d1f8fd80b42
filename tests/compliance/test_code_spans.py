"""Code spans and code blocks as CommonMark reads them (folding/backticks.py, folding/verbatim.py).

Review 61's A2–A6: an escaped backtick opens no code span, a code span stays in its paragraph,
a list item's own indent is no indented code, and a GFM table reads ``\\|`` as a pipe, in code
too.  markdown-it (the ``commonmark`` preset with tables, as the renderer) is the reference: a
differential property test asserts that where it renders a hard break or a bare pipe, the
backslash reader does not say the backslash is printed.
"""

from __future__ import annotations

import re

import pytest
from check_timing import grows_linearly
from hypothesis import example, given, settings
from hypothesis import strategies as st
from markdown_it import MarkdownIt

from govpub.compliance.folding.backticks import code_spans, paragraph_breaks
from govpub.compliance.folding.verbatim import printed_as_written

_PLACES = re.compile(r"\\(?=\n)|(?<=[0-9])\\\|(?=[0-9])")


def _printed(text: str) -> set[int]:
    return printed_as_written(text, [found.start() for found in _PLACES.finditer(text)])


def _spans(text: str) -> list[str]:
    return [text[start:end] for start, end in code_spans(text)]


@pytest.mark.parametrize(
    ("text", "spans"),
    [
        ("`a` b `c`", ["`a`", "`c`"]),
        ("\\`a` b `c`", ["` b `"]),  # (the escaped one is literal: the next pairs)
        ("\\` `<style>`手机`</style>`", ["`<style>`", "`</style>`"]),
        ("`a\\`", ["`a\\`"]),  # (a backslash in code is literal: the run after it closes)
        ("\\\\`a`", ["`a`"]),  # (an escaped backslash, then a backtick that opens)
        ("\\``a``", []),  # (one of the two escaped: the other opens, and no run of one closes)
        ("\\``a`", ["`a`"]),
        ("注意 `\n\n`a`", ["`a`"]),
        ("注意 `\n# 标题\n`a`", ["`a`"]),
        ("注意 `\n> 引用 `", []),
        ("> 注意 `\n> 引用 `", ["`\n> 引用 `"]),  # (one quoted paragraph)
        ("> 注意 `\n引用 `", ["`\n引用 `"]),  # (a lazy continuation line)
        ("- 注意 `\n  续行 `", ["`\n  续行 `"]),  # (the item's paragraph goes on)
        ("注意 `\n- 条目 `", []),
        ("注意 `\n---\n说明 `", []),
        ("注意 `\n***\n说明 `", []),
        ("注意 `\n续行 `", ["`\n续行 `"]),
    ],
)
def test_code_spans_pair_as_commonmark(text: str, spans: list[str]) -> None:
    assert _spans(text) == spans


def test_paragraph_breaks_after_a_one_line_block() -> None:
    text = "# 标题\n说明"
    assert paragraph_breaks(text) == [0, len("# 标题")]


@pytest.mark.parametrize(
    "text",
    [
        "\\`内部\\\n资料\\`",
        "注意\\` 内部\\\n资料 `",
        "\\`手机138\\|1234\\|5678\\`",
        "注意 `\n# 标题\n内部\\\n资料 `",
        "注意 `\n> 内部\\\n> 资料 `",
        "注意 `\n- 内部\\\n  资料 `",
        "注意 `\n---\n内部\\\n资料 `",
        "- 说明\n\n    内部\\\n    资料",
        "1. 说明\n\n    手机138\\|1234\\|5678",
        "| a | b |\n|---|---|\n| 手机 | `138\\|1234\\|5678` |",
    ],
)
def test_paragraph_backslashes_are_not_printed(text: str) -> None:
    assert _printed(text) == set()


@pytest.mark.parametrize(
    "text",
    [
        "`内部\\\n资料`",
        "`a\\` `内部\\\n资料`",
        "`手机138\\|1234\\|5678`",
        "说明\n\n    内部\\\n    资料",
        "- 说明\n\n        内部\\\n        资料",  # (indented code in the item)
        "```\n内部\\\n资料\n```",
        "> 注意 `内部\\\n> 资料`",
        "```\n| a | b |\n|---|---|\n| `1\\|2` |\n```",  # (a table in a fence is no table)
        "    `a\n    b`\n    内部\\\n    资料",  # (indented code past a code span in it)
    ],
)
def test_code_prints_its_backslashes(text: str) -> None:
    assert _printed(text) == {found.start() for found in _PLACES.finditer(text)}


def _read(text: str) -> object:
    return code_spans(text), _printed(text)


@pytest.mark.parametrize(
    "unit", ["`", "\\`", "`a\\`\n", "> `\n- `\n", "1\\|2`", "- a\n\n    b\\\n", "# `\n"]
)
def test_readings_are_linear(unit: str) -> None:
    """Repeated backticks, escaped backticks, quote and list lines: ten times the text, about
    ten times the time — the readers' own, and check()'s."""
    small, large = unit * (8_000 // len(unit)), unit * (80_000 // len(unit))
    assert grows_linearly(small, large, within=0.5, work=_read)
    assert grows_linearly(small, large, within=1.0)


_MARKDOWN = MarkdownIt("commonmark").enable("table")
_TOKENS = st.sampled_from(
    [
        "`",
        "``",
        "\\`",
        "\\",
        "\n",
        "\n\n",
        "# ",
        "> ",
        "- ",
        "1. ",
        "    ",
        " ",
        "|",
        "\n|---|---|\n",
        "---",
        "内",
        "资料",
        "a",
    ]
)
# Each text's candidates: a unique ideograph before a line-end backslash, unique digits
# around an escaped pipe — found in the rendering by them
_MARKS = "甲乙丙丁戊"


def _with_candidates(draw: st.DrawFn) -> str:
    parts = draw(st.lists(_TOKENS, max_size=14))
    kinds = draw(st.lists(st.booleans(), min_size=1, max_size=4))
    for index, is_break in enumerate(kinds):
        at = draw(st.integers(0, len(parts)))
        parts.insert(at, f"{_MARKS[index]}\\\n" if is_break else f"{index}{index}\\|{index}{index}")
    return "".join(parts)


@settings(max_examples=300, deadline=None)
@given(st.composite(_with_candidates)())
@example("`11\\|11`甲\\\n---")  # a table of one column, no pipe in its delimiter row
@example("```00\\|00|\\\n|---|---|\n")  # a table's header, not a fence: tables go first
def test_what_markdown_it_reads_as_a_paragraph_is_not_printed(text: str) -> None:
    html = re.sub(r' class="[^"]*"', "", _MARKDOWN.render(text))  # (a fence's info string: unshown)
    printed = _printed(text)
    for found in _PLACES.finditer(text):
        at = found.start()
        before = text[at - 1] if at else ""
        if text[at + 1] == "\n":
            shown = f"{before}<br />" in html and before in _MARKS
        else:
            digits = text[at - 2 : at]
            shown = f"{digits}|{digits}" in html and f"{digits}\\|" not in html
        assert not (shown and at in printed), (text, at, html)
