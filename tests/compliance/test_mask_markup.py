"""A mask in a Markdown field shows as stars: escaped in prose, as written in raw HTML and code."""

from __future__ import annotations

from pathlib import Path

import pytest
from number_makers import id_number, luhn

from govpub import Policy, Post, check
from govpub.compliance.mask_markup import shown_escapes, write_masks
from govpub.render.markdown import markdown_to_html

P = "\ue000"  # the checker's placeholder for a masked character
MASK = Policy.from_mapping({"personal_data": "mask"}, base_dir=Path("."))


@pytest.mark.parametrize(
    ("text", "written"),
    [
        (f"电话138{P * 4}5678和139{P * 4}4321", "电话138\\*\\*\\*\\*5678和139\\*\\*\\*\\*4321"),
        (f"| 李明 | 138{P * 4}5678 |", "| 李明 | 138\\*\\*\\*\\*5678 |"),
        (f"联系：<b>138{P * 4}5678</b>", "联系：<b>138\\*\\*\\*\\*5678</b>"),
        (
            f"<table><tr><td>138{P * 4}5678</td></tr></table>",
            "<table><tr><td>138****5678</td></tr></table>",
        ),
        (f"`138{P * 4}5678`", "`138****5678`"),
        (f"```\n138{P * 4}5678\n```", "```\n138****5678\n```"),
        (
            f'<img alt="138{P * 4}5678" src="a.png"> 见上',
            '<img alt="138****5678" src="a.png"> 见上',
        ),
        (
            f"<div>139{P * 4}4321</div>\n\n电话138{P * 4}5678",
            "<div>139****4321</div>\n\n电话138\\*\\*\\*\\*5678",
        ),
        (f"~~~\n138{P * 4}5678\n~~~", "~~~\n138****5678\n~~~"),
        (f"说明：\n\n    138{P * 4}5678", "说明：\n\n    138****5678"),
        (f"- 电话\n    138{P * 4}5678", "- 电话\n    138\\*\\*\\*\\*5678"),
        ("没有掩码", "没有掩码"),
    ],
    ids=[
        "prose",
        "md-table",
        "inline-tag",
        "html-block",
        "code-span",
        "fence",
        "attribute",
        "mixed",
        "tilde-fence",
        "indented-code",
        "list-continuation",
        "none",
    ],
)
def test_mask_written_as_markdown_shows_it(text: str, written: str) -> None:
    assert write_masks(text, P) == written


@pytest.mark.parametrize(
    "body",
    [
        f"<table><tr><td>李明</td><td>{id_number('37010219880101123')}</td><td>13812345678</td></tr></table>",
        f"<table>\n<tr><td>王芳</td><td>{luhn('622202100112345678')}</td></tr>\n</table>",
        "联系电话：`13812345678`",
    ],
)
def test_masked_html_and_code_show_no_backslash(body: str) -> None:
    """Red team 41: a 公示's HTML table was masked ``\\*``, which the page printed."""
    masked = check(Post(title="公示", body=body), MASK).post.body
    assert "\\" not in markdown_to_html(masked)
    assert "****" in markdown_to_html(masked)
    assert not [
        f
        for f in check(Post(title="公示", body=masked), MASK).findings
        if f.rule.startswith("personal.")
    ]


@pytest.mark.parametrize(
    ("text", "shown"),
    [
        # (``shown``: which of the text's backslashes, counted from 0, the page prints)
        # no code, no HTML: every escape is read, no render (fix 89)
        ("详见https://www\\.gov\\.cn/a.html", []),
        ("", []),
        ("`code`", []),  # (no escape)
        # an inline tag or comment is no block: read
        ("见<b>x</b>https://www\\.gov/", []),
        ("a\\.b<!--x-->c", []),
        # a code span, a code block, an HTML block print them
        ("见 `https://www\\.gov\\.cn/` 和 a\\.b", [0, 1]),
        ("示例：\n\n    https://www\\.gov\n", [0]),
        ("```\nwww\\.gov\n```\nwww\\.gov", [0]),
        ("<div>\nwww\\.gov\n</div>", [0]),
        # an escaped backslash: one shown in prose, both in code (the escaping one counts)
        ("www\\\\.gov `www\\\\.gov`", [2]),
    ],
)
def test_shown_escapes(text: str, shown: list[int]) -> None:
    backslashes = [at for at, char in enumerate(text) if char == "\\"]
    assert shown_escapes(text) == {backslashes[n] for n in shown}
