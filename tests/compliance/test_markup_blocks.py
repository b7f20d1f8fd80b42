"""Where hidden markup's HTML blocks, indented code and foreign elements end (review 61, mend61a).

A type-1 HTML block (``<pre>``, ``<script>``, ``<style>``, ``<textarea>``) ends at the line
holding its end tag (CommonMark 0.31.2 §4.6); indented code is four columns in, a tab to the
next stop, in a block quote too (§4.4, §5.1); an ``<svg>`` ends at its own end tag, none in a
CDATA section, a comment, a quoted value or a nested svg, and ``<svg/>`` at once (WHATWG); a
start tag in another tag's quoted value opens nothing; an HTML start tag (``<div>``, ``<img>``,
``<font size=3>``) breaks out of foreign content outside an integration point, and an svg's
``<style>`` ends there (review 62's L3).
"""

from __future__ import annotations

import pytest
from check_timing import grows_linearly

from govpub.compliance.folding import fold
from govpub.compliance.folding.foreign import foreign_end, start_tag_end
from govpub.compliance.folding.html_blocks import in_html_blocks
from govpub.compliance.folding.verbatim import PrintedBackslashes


def _in_block(text: str, needle: str) -> bool:
    at = text.index(needle)
    return list(in_html_blocks(text, [(at, at + 1)])) == [(at, at + 1)]


@pytest.mark.parametrize(
    ("text", "inside"),
    [
        ("<style>p{}</style>\n内部", False),  # (a type-1 block ends on its start line)
        ("<script>var a;</script>\n内部", False),
        ("<pre>x</pre>\n内部", False),
        ("<textarea>x</textarea>\n内部", False),
        ("<pre>\nx\n</pre>\n内部", False),
        ("<pre>\nx\n\n内部\n</pre>", True),  # (a blank line ends no type-1 block)
        ("<style>\np{}\n</pre>\n内部", False),  # (any of the four end tags)
        ("</style>\n内部", False),  # (an end tag opens no type-1 block)
        ("<div>x</div>\n内部", True),  # (type 6: to a blank line)
        ("<div>x</div>\n\n内部", False),
        ("<!-- x -->\n内部", False),
    ],
)
def test_type_one_blocks_end_at_their_end_tags_line(text: str, inside: bool) -> None:
    assert inside == _in_block(text, "内部")


@pytest.mark.parametrize(
    "text",
    [
        "<style>p{}</style>\n内部\\\n资料",
        "<script>var a;</script>\n内部\\\n资料",
        "<pre>\nx\n</pre>\n内部\\\n资料",
        "<textarea>x</textarea>\n内部\\\n资料",
    ],
)
def test_a_hard_break_after_a_type_one_block_is_read(text: str) -> None:
    assert not PrintedBackslashes(text).printed(text.index("\\"))


def test_a_backslash_in_a_type_one_block_is_printed() -> None:
    text = "<pre>\n内部\\\n资料\n</pre>"
    assert PrintedBackslashes(text).printed(text.index("\\"))


@pytest.mark.parametrize(
    "text",
    [
        "见`x`\n\n>     <style>本件为内部资料</style>\n",
        "见`x`\n\n  \t<style>本件为内部资料</style>\n",
        "说明：\n\n  \t<style>本件为内部资料</style>\n",
        ">     <!-- 本件为内部资料 -->",
        "> >     <!-- 本件为内部资料 -->",
        ">\t\t<!-- 本件为内部资料 -->",
        "说明：\n\n   \t<?php 本件为内部资料 ?>\n",
    ],
)
def test_indented_code_in_quotes_and_after_spaces_and_a_tab_is_shown(text: str) -> None:
    assert "本件为内部资料" in fold(text).text


@pytest.mark.parametrize(
    "text",
    [
        ">    <!-- 本件为内部资料 -->",  # (the quote's space, then three: no code)
        "> <!-- 本件为内部资料 -->",
        "   <style>本件为内部资料</style>",
    ],
)
def test_markup_indented_less_than_code_stays_hidden(text: str) -> None:
    assert "本件为内部资料" not in fold(text).text


@pytest.mark.parametrize(
    "text",
    [
        "<svg><![CDATA[ </svg> ]]>x</svg>",
        "<svg><!-- </svg> -->x</svg>",
        '<svg><text title="</svg>">x</text></svg>',
        "<svg><svg></svg>x</svg>",
        "<svg><svg/>x</svg>",
        "<svg><?x </svg> ?>x</svg>",  # (a bogus comment, to its first ">")
        "<math><math></math>x</MATH>",
    ],
)
def test_a_foreign_element_ends_at_its_own_end_tag(text: str) -> None:
    name = text[1 : text.index(">")]
    assert text.rindex("</") == foreign_end(text, name, text.index(">") + 1)


def test_an_unclosed_foreign_element_runs_to_the_end() -> None:
    text = "<svg><![CDATA[ </svg>"
    assert len(text) == foreign_end(text, "svg", 5)


@pytest.mark.parametrize(
    ("text", "breaks_at"),
    [
        ("<svg><style><div>x</div></style></svg>", "<div>"),
        ("<svg><g><img src=x>x</g></svg>", "<img"),
        ("<svg><font size=3>x</font></svg>", "<font"),
        ("<svg><FONT Color=red>x</FONT></svg>", "<FONT"),
        ("<svg><font/face>x</font></svg>", "<font"),
        ("<math><mrow></p>x</mrow></math>", "</p>"),
        ("<svg><svg><H1>x</H1></svg></svg>", "<H1>"),  # (out of both)
        ("<svg><foreignObject><p>x</p></foreignObject><br></svg>", "<br>"),
    ],
)
def test_an_html_start_tag_breaks_out_of_foreign_content(text: str, breaks_at: str) -> None:
    name = text[1 : text.index(">")]
    assert text.index(breaks_at) == foreign_end(text, name, text.index(">") + 1)


@pytest.mark.parametrize(
    "text",
    [
        "<svg><font>x</font></svg>",  # (a <font> without color, face or size)
        '<svg><font title="size=3">x</font></svg>',
        "<svg><foreignObject><div>x</div></foreignObject></svg>",  # (an integration point)
        "<svg><desc><p>x</p></desc></svg>",
        "<math><mi><b>x</b></mi></math>",
        "<svg><g><divx>x</divx></g></svg>",
        "<svg><style>p{}</style><g>x</g></svg>",
    ],
)
def test_other_tags_leave_foreign_content_open(text: str) -> None:
    name = text[1 : text.index(">")]
    assert text.rindex("</") == foreign_end(text, name, text.index(">") + 1)


@pytest.mark.parametrize(
    "text",
    [
        "<svg><style><div>本件为内部资料</div></style></svg>",
        "<svg><style><img src=x>本件为内部资料</style></svg>",
        "<svg><style><font size=3>本件为内部资料</font></style></svg>",
        "<math><style></p>本件为内部资料</style></math>",
        "<svg><style>p{}</svg>本件为内部资料</style>",  # (the svg's <style> ends with it)
    ],
)
def test_a_foreign_style_ends_where_its_element_does(text: str) -> None:
    assert "本件为内部资料" in fold(text).text


@pytest.mark.parametrize(
    "text",
    [
        "<svg><style><font>本件为内部资料</font></style></svg>",
        "<svg><style><g>本件为内部资料</g></style></svg>",
        "<svg><foreignObject><style><div>本件为内部资料</div></style></foreignObject></svg>",
        "<svg><div>x</div><style>本件为内部资料</style></svg>",  # (an HTML <style> again)
    ],
)
def test_a_foreign_style_with_no_breakout_stays_hidden(text: str) -> None:
    assert "本件为内部资料" not in fold(text).text


@pytest.mark.parametrize(
    ("tag", "closes"),
    [
        ("<svg/>", True),
        ('<svg a="b"/>', True),
        ("<svg a/>", True),
        ("<svg a=/>", False),  # (the "/" is the value)
        ("<svg a=b/>", False),
        ("<svg>", False),
        ('<svg a="/>">', False),
    ],
)
def test_a_self_closing_start_tag(tag: str, closes: bool) -> None:
    assert (len(tag), closes) == start_tag_end(tag + "x", 4)


@pytest.mark.parametrize(
    "text",
    [
        "<svg><![CDATA[ </svg> ]]><![CDATA[本件为内部资料>]]></svg>",
        "<svg><!-- </svg> --><![CDATA[本件为内部资料>]]></svg>",
        '<svg><text title="</svg>"><![CDATA[本件为内部资料>]]></text></svg>',
        "<svg><svg></svg><![CDATA[本件为内部资料>]]></svg>",
        "<svg><svg/><![CDATA[本件为内部资料>]]></svg>",
        '<p title="<svg>">x</p><svg><![CDATA[本件为内部资料>]]></svg>',
        "<p>x</p><textarea><!-- 本件为内部资料 --></textarea>",
        # (a "<p title="" inside a comment is no tag: the start tag after it opens)
        '<!-- <p title=" --><textarea><!-- 本件为内部资料 --></textarea>',
        '<!-- <p title=" --><svg><![CDATA[本件为内部资料>]]></svg>',
    ],
)
def test_cdata_in_an_open_svg_and_markup_in_a_textarea_are_shown(text: str) -> None:
    assert "本件为内部资料" in fold(text).text


@pytest.mark.parametrize(
    "text",
    [
        "<svg/><![CDATA[本件为内部资料>]]>",
        '<p title="<svg>">x</p><![CDATA[ 本件为内部资料 > ]]>',
        "<svg><rect/></svg><![CDATA[本件为内部资料>]]>",
        '<p title="<textarea>">说明</p><!-- 本件为内部资料 -->',
        '<img alt="<xmp>"><style>p{}</style><!-- 本件为内部资料 -->',
        '<p title="<plaintext>">x</p><!-- 本件为内部资料 -->',
        "<textarea><!-- x</textarea><!-- 本件为内部资料 -->",
    ],
)
def test_markup_after_a_closed_or_quoted_element_stays_hidden(text: str) -> None:
    assert "本件为内部资料" not in fold(text).text


@pytest.mark.parametrize(
    "form",
    [
        "<svg><svg><![CDATA[ </svg> ]]><!-- </svg> -->",  # nested, never closed
        '<svg><text title="</svg>"><![CDATA[x>]]></text></svg>',
        '<p title="<svg>"><!-- x -->',
        "<svg><style><font size=3>x</style>",  # (each svg broken out of at its <font>)
        "<svg><foreignObject><div>x</div>",  # (never closed)
        "文字 <!-- | a | b |\n|-|-x\n",  # (header rows with no delimiter row)
        "<style>p{}</style>\n内部\\\n资料\n",
        ">     <!-- x -->\n",
    ],
)
def test_foreign_elements_and_blocks_are_read_in_linear_time(form: str) -> None:
    body = form * (80_000 // len(form))
    assert grows_linearly(body[: len(body) // 10], body, within=1.5, work=fold)
