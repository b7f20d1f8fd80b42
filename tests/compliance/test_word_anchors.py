"""Fix helper 112f (red team 112's M1, M6): Word's bookmark anchors and paired line break.

An ``<a>`` that links nowhere — no ``href``, or an in-page one, and no attribute but a
bookmark's — shows its content and nothing of itself, as a ``<span>``: the fold drops its
start tag and its end tag (``_BOOKMARK``, ``_bookmark_ends``), so that
``138<a name="_GoBack"></a>12345678`` is one mobile.  A link, or an ``<a>`` with a title,
stays.  Word's paired line break reads as one break (``_word_break_pairs``).
"""

from __future__ import annotations

import pytest

from govpub import Policy, Post, check
from govpub.compliance.folding import fold

_PAIR = (
    "<br style='mso-special-character:line-break'>\n<![if !supportLineBreakNewLine]>"
    "<br style='mso-special-character:line-break'>\n<![endif]>"
)


def _rules(body: str) -> set[str]:
    result = check(Post(title="关于做好有关工作的通知", body=body), Policy.default())
    return {finding.rule for finding in result.findings}


@pytest.mark.parametrize(
    ("text", "shown"),
    [
        ('138<a name="_GoBack"></a>12345678', "13812345678"),
        ('138<a name="_Hlk1">1234</a>5678', "13812345678"),
        ("138<A NAME=OLE_LINK1></A>12345678", "13812345678"),
        ('138<a id="_Ref1" class="x" target=_self></a>12345678', "13812345678"),
        ('138<a href="#_Toc1"></a>12345678', "13812345678"),
        ('138<a href=""></a>12345678', "13812345678"),
        ('13<a name="a"></a>8123<a name="b"></a>45678', "13812345678"),
    ],
)
def test_a_bookmark_shows_its_content_and_nothing_of_itself(text: str, shown: str) -> None:
    assert fold(text).text == shown


@pytest.mark.parametrize(
    "text",
    [
        '138<a href="https://www.gov.cn/x"></a>12345678',  # (the link scanner's address)
        '138<a name="x" title="说明"></a>12345678',  # (a title is read as a title)
        '138<a name="x" onclick="go()"></a>12345678',
        '138<a name="x" data-href="https://u.jd.com/x"></a>12345678',
        # (a value that may hold a number stays for the reader of tags' values)
        '<a name="sfz110105199003071239"></a>',
        '<a name="_toc13812345678"></a>',
        "<a name=sec-138-0001-0002></a>",
        '<a href="#138-1234-5678"></a>',
    ],
)
def test_an_anchor_with_more_than_a_bookmark_stays(text: str) -> None:
    assert "<a" in fold(text).text


def test_a_links_end_after_a_bookmark_stays() -> None:
    """The ``</a>`` after a bookmark is its own only before any other ``<a``."""
    folded = fold('<a name="x">电话<a href="https://www.gov.cn/">详情</a>12345678').text
    assert folded.startswith("电话<a href=")
    assert folded.endswith("</a>12345678")


@pytest.mark.parametrize(
    ("body", "rules"),
    [
        ('<p>联系电话：138<a name="_GoBack"></a>12345678</p>', {"personal.mobile"}),
        ('<p>机<a name="_GoBack"></a>密★10年</p>', {"secrecy.marking"}),
        ('<p>内部<a name="_GoBack"></a>资料</p>', {"secrecy.internal"}),
        ('<p>（此件不予<a name="_Hlk1"></a>公开）</p>', {"disclosure.not_public"}),
        ('<p>https://u.jd.<a name="_Toc1"></a>com/abc</p>', {"ad.link_stripped"}),
        (f"<p>联系电话：138{_PAIR}12345678</p>", {"personal.mobile"}),
        # twins: a link's text, a row's cells, a paragraph's end keep two things apart
        ('<p>联系电话：138<a href="https://www.gov.cn/x">详情</a>12345678</p>', set()),
        ('<table><tr><td>138<a name="_GoBack"></a></td><td>12345678</td></tr></table>', set()),
        (f"<p>邮编：230001{_PAIR}</p><p>12345678</p>", set()),
        ('<p>https://www.gov.<a name="_Toc1"></a>cn/zhengce/</p>', set()),
        ('<p>通知<a name="sfz110105199003071239"></a></p>', {"personal.id_number"}),
    ],
)
def test_an_item_is_read_through_words_anchors(body: str, rules: set[str]) -> None:
    assert _rules(body) == rules


def test_words_paired_break_reads_as_one_break() -> None:
    assert fold(f"<p>138{_PAIR}12345678</p>").text == fold("<p>138<br>12345678</p>").text


def test_a_pair_whose_conditionals_markdown_prints_stays() -> None:
    """Outside an HTML block CommonMark prints ``<![if …]>`` as text: the page shows it
    between the two breaks, and both stay."""
    assert fold(f"138{_PAIR}12345678").text.count("<br>") == 2


def test_a_second_break_outside_the_pair_stays() -> None:
    """Two ``<br>`` written so, no Word conditional round the second: two breaks."""
    assert fold("138<br>\n<br>\n12345678").text.count("<br>") == 2


@pytest.mark.parametrize(
    ("body", "rules"),
    [
        ('<p>原文链接：<a name="_Hlk1"><span>www.s</span></a><span>h.gov.cn</span></p>', set()),
        (
            '<p>点击：<a name="_Hlk1"><span>ｍ．</span></a><span>ｔｂ．ｃｎ／ｈ．ＧｓｐｓＱＥＱ</span></p>',
            {"ad.link_stripped"},
        ),
    ],
)
def test_an_address_read_across_a_bookmarks_end_is_the_one_shown(
    body: str, rules: set[str]
) -> None:
    """The address's text as written starts inside the bookmark: its ``</a>`` has no start
    in it (``drop_formatting``'s orphan end; red team 112's word_bmwrap)."""
    assert _rules(body) == rules


def test_a_links_end_in_an_address_stays() -> None:
    from govpub.compliance.folding.markup import drop_formatting

    assert drop_formatting("www.s</span></a>h.gov.cn") == "www.sh.gov.cn"
    assert drop_formatting("www.s<!-- </a> -->h.gov.cn") == "www.sh.gov.cn"
    assert drop_formatting('a<a href="x">b</a>') == 'a<a href="x">b</a>'
