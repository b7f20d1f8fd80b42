"""Ad hosts spelled out for the reader to type (``t . cn``, ``t点cn``): found, and only those."""

from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from govpub import Policy, Post, check
from govpub.compliance.folding import fold
from govpub.compliance.spelled_links import (
    _BRACKETS,
    _SPACES,
    _STAND_INS,
    _candidates,
    _label_end,
    find_spelled_links,
)

POLICY = Policy.default()
AD_HOSTS = ["t.cn", "dwz.cn", "s.click.taobao.com", "u.jd.com", "m.tb.cn", "bit.ly", "b23.tv"]
CLEAN_HOSTS = ["www.gov.cn", "www.news.cn", "www.example.gov.cn", "v1.example.org"]
ODD_DOTS = [
    " . ",
    "[.]",
    "(.)",
    "（.）",
    "【.】",
    " dot ",
    "[dot]",
    "点",
    "點",
    "·",
    "‧",
    "・",
    "•",
    " 。",
    "\u3000.\u3000",
    ".\n",  # a line break beside the dot: the page shows a space (t.⏎cn)
    "\n.",
    " .\n",
    # red team 11: the other brackets, and the look-alikes of a dot spam writes
    "{.}",
    "<dot>",
    "「.」",
    "［.］",
    "〔点〕",
    "丶",
    "、",
    "◦",
    "∘",
    "˙",
    "ㆍ",
]
PROSE = st.text(alphabet="春季植树活动通知，。欢迎市民参加 ", max_size=12)


def spell(host: str, separators: list[str]) -> str:
    labels = host.split(".")
    out = labels[0]
    for label, separator in zip(labels[1:], separators, strict=False):
        out += separator + label
    return out


def test_each_separator_is_read_as_a_dot() -> None:
    for separator in ODD_DOTS:
        text = fold(f"报名入口 t{separator}cn/A6xYz9 请填写").text  # as check() gives it
        found = list(find_spelled_links(text, POLICY.is_ad_host))
        assert [("t.cn")] == [host for _, _, host in found], separator


def test_a_plain_link_is_left_to_the_link_scanner() -> None:
    assert [] == list(find_spelled_links(fold("详见 t.cn/A6x").text, POLICY.is_ad_host))


def test_the_finding_names_the_host_and_the_text_as_written() -> None:
    result = check(Post(id="p", title="通知", body="复制t点cn/A6xYz9到浏览器打开"), POLICY)
    [finding] = result.findings
    assert ("ad.spelled_link", "block", "body", 2) == (
        finding.rule,
        finding.severity,
        finding.field,
        finding.offset,
    )
    assert "t点cn/A6xYz9" in finding.message
    assert "t.cn" in finding.message


@settings(max_examples=300, deadline=None)
@given(
    host=st.sampled_from(AD_HOSTS),
    separators=st.lists(st.sampled_from([*ODD_DOTS, "."]), min_size=3, max_size=3),
    before=PROSE,
    after=PROSE,
    upper=st.booleans(),
)
def test_an_ad_host_spelled_with_any_separators_blocks(
    host: str, separators: list[str], before: str, after: str, upper: bool
) -> None:
    spelled = spell(host, separators)
    if spelled == host:  # every separator a plain dot: an ordinary link, stripped elsewhere
        separators[0] = " . "
        spelled = spell(host, separators)
    if upper:
        spelled = spelled.upper()
    result = check(Post(id="p", title="通知", body=f"{before}{spelled}/AbC12{after}"), POLICY)
    assert "ad.spelled_link" in {f.rule for f in result.findings}, (spelled, result.findings)
    assert result.blocked


@settings(max_examples=200, deadline=None)
@given(
    host=st.sampled_from(AD_HOSTS),
    gaps=st.lists(st.sampled_from([" ", "  ", " \u200b ", "\u3000\u3000", " \u3000 "]), min_size=1),
    before=PROSE,
)
def test_an_ad_host_spaced_out_letter_by_letter_with_wide_gaps_blocks(
    host: str, gaps: list[str], before: str
) -> None:
    """One to three spaces between letters (a zero-width or ideographic space beside a
    space): each gap drawn in turn from ``gaps``."""
    letters = list(host)
    spelled = letters[0] + "".join(gaps[i % len(gaps)] + c for i, c in enumerate(letters[1:]))
    result = check(Post(id="p", title="通知", body=f"{before}{spelled}/AbC12"), POLICY)
    assert "ad.spelled_link" in {f.rule for f in result.findings}, (spelled, result.findings)


@settings(max_examples=200, deadline=None)
@given(
    host=st.sampled_from(CLEAN_HOSTS),
    separators=st.lists(st.sampled_from(ODD_DOTS), min_size=3, max_size=3),
    before=PROSE,
    after=PROSE,
)
def test_other_hosts_and_prose_with_the_same_separators_stay_free_of_it(
    host: str, separators: list[str], before: str, after: str
) -> None:
    text = f"{before}{spell(host, separators)}{after} 阿卜杜·热合曼 3点30分 第1 . 2条"
    result = check(Post(id="p", title="通知", body=text), POLICY)
    assert "ad.spelled_link" not in {f.rule for f in result.findings}


def _candidates_one_by_one(text: str) -> list[int]:
    """The candidates as found before the anchors had expressions: every anchor in turn."""
    found: set[int] = set()
    for anchor in _STAND_INS + _BRACKETS + _SPACES:
        at = text.find(anchor)
        while at != -1:
            label_end = _label_end(text, at, anchor)
            if label_end is not None:
                found.add(label_end)
            at = text.find(anchor, at + 1)
    return sorted(found)


@settings(max_examples=500, deadline=None)
@given(st.text(alphabet="tcnAZ09.。点·[(（【]) \tdot重", max_size=30))
def test_anchor_expressions_find_the_candidates_every_anchor_in_turn_finds(text: str) -> None:
    assert _candidates_one_by_one(text) == _candidates(text)


def test_a_list_number_before_a_link_is_no_label() -> None:
    assert [] == list(find_spelled_links(fold("1. t.cn/A6x").text, POLICY.is_ad_host))
    found = find_spelled_links(fold("1. t . cn/A6x").text, POLICY.is_ad_host)
    assert ["1.t.cn"] == [host for _, _, host in found]


def test_a_list_number_and_an_enumeration_comma_are_no_host() -> None:
    # "3、cn域名": the list's third item, not JD's 3.cn; "t、cn" is spam's dot
    for text in ("3、cn域名注册量持续增长", "1、com域名；2、cn域名；3、cn域名"):
        assert [] == list(find_spelled_links(fold(text).text, POLICY.is_ad_host))
    found = find_spelled_links(fold("领券：t、cn/A6x").text, POLICY.is_ad_host)
    assert ["t.cn"] == [host for _, _, host in found]


@pytest.mark.parametrize(
    "text",
    [
        "详见https://t·cn/AbC1 领取",
        "详见HTTPS://u・jd・com/x",
        "详见https://s.click.taobao·com/t?e=1",
        '<a href="https://t·cn/x">领取</a>',
        "[领取](https://bit‧ly/x)",
        "ｈｔｔｐｓ：／／ｔ・ｃｎ／x",
        "//t·cn/x",
    ],
)
def test_a_host_spelled_after_a_scheme_blocks_as_spelled(text: str) -> None:
    """A scheme before a host spelled with a middle dot (red team 35): the link scanner
    reads one label, ``t·cn``, which no browser opens as ``t.cn`` — the reader types it.
    The spelled host blocks, and the link is no other host."""
    rules = [f.rule for f in check(Post(title="通知", body=text)).findings]
    assert rules == ["ad.spelled_link"]


def test_a_spelled_host_in_a_links_path_is_the_links() -> None:
    body = "https://www.gov.cn/a/t·cn"
    assert check(Post(title="通知", body=body)).findings == ()


@pytest.mark.parametrize(
    "text",
    [
        "ཞིབ་ཕྲ་ t་cn/A6xyZq ལ་ལྟོས།",  # the tsheg
        "ཞིབ་ཕྲ་ t ། cn/A6xyZq",  # the shad, spaced
        "ئۇلىنىش: t، cn/A6xyZq",  # the Arabic comma
        "ئۇلىنىش: t۔cn/A6xyZq",  # the Arabic full stop
        "ᠮᠡᠳᠡᠭᠳᠡᠯ t᠃cn/A6xyZq",  # the Mongolian full stop
        "ᠮᠡᠳᠡᠭᠳᠡᠯ u᠂jd᠂com/8Kx2",  # the Mongolian comma
    ],
)
def test_the_dots_and_commas_of_other_scripts_spell_a_host(text: str) -> None:
    """Red team 69: a Tibetan, Uyghur or Mongolian writer types the script's stop or comma
    where a Chinese one types 。 or 、 — the reader still types t.cn."""
    rules = [f.rule for f in check(Post(title="通知", body=text)).findings]
    assert rules == ["ad.spelled_link"]


@pytest.mark.parametrize(
    "text",
    [
        "དྲ་ཚིགས། www་xizang་gov་cn",  # a spelled gov.cn host: no ad
        "བོད་ལྗོངས་མི་དམངས་སྲིད་གཞུང་། ༢༠༢༦ ལོ།",
        "ئاي بالام، ئاي بالام، يۇلتۇزلار چاقنايدۇ؛",
        "ᠮᠣᠩᠭᠣᠯ ᠤᠨ ᠡᠷᠬᠡ ᠴᠢᠯᠦᠭᠡ ᠃ ᠮᠣᠩᠭᠣᠯ ᠃",
        "WTO་ དང་ UN། ཚོགས་ཆེན།",  # Latin words before a tsheg and a shad
    ],
)
def test_the_other_scripts_prose_stays_clean(text: str) -> None:
    assert check(Post(title="通知", body=text)).findings == ()


@pytest.mark.parametrize(
    ("text", "host"),
    [
        ("报名网址：https://t.c\nn/A6xYz8kQ", "t.cn"),
        ("报名网址：https://s.click.tao\nbao.com/t?e=abc", "s.click.taobao.com"),
        ("详见https://u.j\nd.com/AbCd 领取", "u.jd.com"),
        ("请访问HTTPS://T.C\nN，谢谢", "t.cn"),
        ("详见https://s.click.tao  \nbao.com/x", "s.click.taobao.com"),  # a hard break
    ],
)
def test_a_host_a_pdf_wrapped_inside_a_label_blocks(text: str, host: str) -> None:
    """Red team 99: a PDF wraps a line where its width ends, inside a host's label too; the
    page showed one address, as the wrap at a dot (``u.jd.⏎com``) does."""
    folded = fold(text).text
    assert [h for _, _, h in find_spelled_links(folded, POLICY.links.is_ad_host)] == [host]
    rules = {f.rule for f in check(Post(title="通知", body=text)).findings}
    assert "ad.spelled_link" in rules


@pytest.mark.parametrize(
    "text",
    [
        "https://www.gov.cn/a\n各单位要做好有关工作",  # a link ending its line, prose below
        "https://www.gov.cn/a\nhttps://www.news.cn/b",  # two links on consecutive lines
        "https://www.gov.cn\nhttps://t.cn/abc",  # the one below an ad link of its own
        "https://www.gov.cn\nbit.ly/abc",
        "https://www.gov.c\nn/zhengce/a.htm",  # joined, no ad host
        "https://www.example.c\nom/abc",
        "https://t.cn\nabc",  # the ad link above is the link rules'
    ],
)
def test_a_wrap_that_makes_no_ad_host_is_no_spelled_host(text: str) -> None:
    folded = fold(text).text
    assert list(find_spelled_links(folded, POLICY.links.is_ad_host)) == []
    rules = {f.rule for f in check(Post(title="通知", body=text)).findings}
    assert "ad.spelled_link" not in rules


def test_a_wrapped_host_piece_of_a_spelled_one_is_read_once() -> None:
    folded = fold("https://t . c\nn/x").text
    assert len(list(find_spelled_links(folded, POLICY.links.is_ad_host))) <= 1


@pytest.mark.parametrize(
    "text",
    [
        "https://t.c\n— 2 —\nn/x",  # review 68's L7
        "https://t.c\n\n— 2 —\n\nn/x",  # blank lines around the page's number
        "https://t.c\n第 2 页 共 5 页\nn/x",  # a footer
        "https://t.c\n-3-\nn/x",
        "报名网址：https://s.click.tao\n— 12 —\nbao.com/t?e=abc",
    ],
)
def test_a_page_break_inside_a_wrapped_host_is_a_wrap(text: str) -> None:
    """A PDF's page break between the two halves of a host: its number or footer on a line of
    its own is read past, as a number's reading reads it (grouping.PAGE_TAIL)."""
    folded = fold(text).text
    assert len(list(find_spelled_links(folded, POLICY.links.is_ad_host))) == 1
    rules = {f.rule for f in check(Post(title="通知", body=text)).findings}
    assert "ad.spelled_link" in rules


@pytest.mark.parametrize(
    "text",
    [
        "https://www.gov.cn/x\n— 2 —\nn/x 说明",  # a link that ends its line, a page break
        "https://www.gov.c\n— 2 —\nn/zhengce/a.htm",  # joined, no ad host
        "https://t.c\n说明\nn/x",  # a line of prose between: no page break
        "https://t.c\n\nn/x",  # a blank line alone: a paragraph
        "详见https://t.c\n— 2 —\nnews",
    ],
)
def test_a_page_break_that_makes_no_ad_host_is_no_spelled_host(text: str) -> None:
    rules = {f.rule for f in check(Post(title="通知", body=text)).findings}
    assert "ad.spelled_link" not in rules
