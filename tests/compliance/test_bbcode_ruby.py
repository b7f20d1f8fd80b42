"""Forum BBCode and ruby annotations as a reader sees them (red team 96, fix96b).

``内部[b]资料[/b]`` shows 内部资料 and ``[b]138[/b]12345678`` one mobile (folding/bbcode.py);
``<ruby>138<rt>幺三八</rt></ruby>12345678`` shows the mobile along the line and 幺三八 above
it (folding/ruby.py: the base reads on, the annotation is read apart by the check).
"""

from __future__ import annotations

import pytest
from check_timing import grows_linearly

from govpub import Policy, Post, check
from govpub.compliance.folding import fold, written_url
from govpub.compliance.folding.bbcode import drop_bbcode
from govpub.compliance.folding.ruby import annotation_spans, drop_annotations


def _rules(body: str) -> set[tuple[str, str]]:
    return {
        (f.severity, f.rule)
        for f in check(Post(title="通知", body=body), Policy.default()).findings
    }


@pytest.mark.parametrize(
    ("written", "folded"),
    [
        ("本刊为内部[b]资料[/b]。", "本刊为内部资料。"),
        ("联系电话：[B]138[/B]12345678", "联系电话:13812345678"),
        ("秘密[size=1]★5年[/size]", "秘密★5年"),
        ("[color=#ff0000]机密[/color]★10年", "机密★10年"),
        ("[i]内部[/i][u]资料[/u]", "内部资料"),
        ("call [b]138[/b]12345678", "call 13812345678"),  # (ASCII: not the fast path)
        ("内部[font=微软雅黑]资料[/font]", "内部资料"),
        ("[url]https://t.cn/x[/url]", "https://t.cn/x"),
    ],
)
def test_bbcode_tags_in_pairs_fold_to_nothing(written: str, folded: str) -> None:
    assert folded == fold(written).text


@pytest.mark.parametrize(
    "written",
    [
        "见[1]和[2024]。",  # a footnote, a year
        "选项[A] [B]。",  # a list
        "内部[b]资料",  # a lone [b]: no end tag after it
        "内部[/b]资料[b]",  # an end tag before its opening tag
        "`内部[b]资料[/b]`",  # code shows it as written
        "    内部[b]资料[/b]",  # an indented code block
        "[b](https://www.gov.cn)内部[/b]",  # a Markdown link's words
        "[b=x\ny]内部[/b]资料",  # a value over a line break
        "[bold]内部[/bold]资料",  # no known name
        "[url=https://www.gov.cn]内部[/url]资料",  # a link's tags stay, as <a href> does
    ],
)
def test_bbcode_lookalikes_stay(written: str) -> None:
    assert "[" in fold(written).text


@pytest.mark.parametrize(
    "body",
    [
        "[quote]1381[/quote]2345678",
        "[center]1381[/center]2345678",
        "[LEFT]1381[/LEFT]2345678",
        "[right]1381[/right]2345678",
        "[quote=张三]1381[/quote]2345678",
    ],
)
def test_bbcode_block_boxes_split_a_number(body: str) -> None:
    """A forum shows a [quote] or an aligned [center]/[left]/[right] in a box of its own, as
    it does [h1] or [list]: a number is not read across it (review 62 F5)."""
    assert set() == _rules(body)
    assert "[" in fold(body).text


def test_inline_bbcode_inside_a_block_box_still_joins() -> None:
    assert {("block", "secrecy.internal")} == _rules("[center]内部[b]资料[/b][/center]")
    assert {("block", "personal.mobile")} == _rules("[quote][b]138[/b]12345678[/quote]")


def test_an_address_across_bbcode_reads_without_it() -> None:
    assert "https://u.jd.com/x" == written_url("https://u.[SIZE=1]jd.com/x")
    assert "https://u.jd.com/x" == drop_bbcode("https://u.[size=1]jd.com/x")
    assert "[url=https://t.cn/x]" == drop_bbcode("[url=https://t.cn/x]")


@pytest.mark.parametrize(
    ("body", "finding"),
    [
        ("本刊为内部[b]资料[/b]。", ("block", "secrecy.internal")),
        ("联系电话：[b]138[/b]12345678", ("block", "personal.mobile")),
        ("购买链接：https://u.[size=1]jd.com/AbCd23[/size]。", ("fixed", "ad.link_stripped")),
        ("详见[url=https://u.jd.com/AbCd23]官网[/url]。", ("fixed", "ad.link_stripped")),
    ],
)
def test_bbcode_round_an_item_is_caught(body: str, finding: tuple[str, str]) -> None:
    assert {finding} == _rules(body)


@pytest.mark.parametrize(
    "body",
    [
        "详见https://www.[b]gov.cn/zhengce/[/b]。",
        "详见https://www.<ruby>g<rt>·</rt>ov</ruby>.cn/zhengce/。",
    ],
)
def test_a_gov_link_across_bbcode_or_ruby_stays_clean(body: str) -> None:
    assert set() == _rules(body)


def test_an_address_across_ruby_reads_without_its_annotations() -> None:
    assert "www.gov.cn" == drop_annotations("w<RT>·</RT>w<rp>(</rp>w.gov.cn")


@pytest.mark.parametrize(
    ("written", "folded"),
    [
        ("联系电话：<ruby>138<rt>幺三八</rt></ruby>12345678", "联系电话:13812345678"),
        ("<ruby>内<rt>·</rt>部<rt>·</rt>资<rt>·</rt>料<rt>·</rt></ruby>", "内部资料"),
        ("<ruby>内部<rt>注</rt></ruby>资料", "内部资料"),
        ("<ruby>4<rp>(</rp><rt>·</rt><rp>)</rp>4</ruby>", "44"),
        # an <rtc> is an annotation container like <rt> (review 62 L9): its text goes
        ("<ruby>13812<rtc>a</rtc>345678</ruby>", "13812345678"),
        ("<ruby>内部<RTC>注</RTC>资料</ruby>", "内部资料"),
        ("<ruby>内部<rtc><rt>a</rt></rtc>资料</ruby>", "内部资料"),
        ("<ruby>内部<rtc>a</ruby>资料", "内部资料"),  # (</rtc> left out before </ruby>)
    ],
)
def test_ruby_annotations_fold_to_nothing(written: str, folded: str) -> None:
    assert folded == fold(written).text


def test_ruby_annotations_are_found_as_written() -> None:
    text = "<ruby>附注<RT>内部资料</RT>见<rt>https://t.cn/x</rt><rt> </rt></ruby>"
    assert [(12, 16)] == annotation_spans(text)


@pytest.mark.parametrize(
    ("body", "finding"),
    [
        ("联系电话：<ruby>138<rt>幺三八</rt></ruby>12345678", ("block", "personal.mobile")),
        (
            "本刊为<ruby>内<rt>·</rt>部<rt>·</rt>资<rt>·</rt>料<rt>·</rt></ruby>。",
            ("block", "secrecy.internal"),
        ),
        ("<ruby>附注<rt>内部资料</rt></ruby>", ("block", "secrecy.internal")),
        ("<ruby>附注<rt>13812345678</rt></ruby>", ("block", "personal.mobile")),
        ("<ruby>13812<rtc>a</rtc>345678</ruby>", ("block", "personal.mobile")),
        ("<ruby>内部<rtc>a</rtc>资料</ruby>", ("block", "secrecy.internal")),
        ("<ruby>附注<rtc>内部资料</rtc></ruby>", ("block", "secrecy.internal")),
    ],
)
def test_ruby_round_an_item_is_caught(body: str, finding: tuple[str, str]) -> None:
    assert {finding} == _rules(body)


@pytest.mark.parametrize(
    "body",
    [
        "<ruby>内<rt>nèi</rt>容<rt>róng</rt></ruby>资料",
        "<ruby>内部<rt>·</rt></ruby>控制制度",
        "<ruby>附注<rt>·</rt></ruby>：电话<ruby>010<rt>·</rt></ruby>-12345678",
        "<ruby>内容<rtc>a</rtc>资料</ruby>",
        "<ruby>010<rtc>a</rtc>12345678</ruby>",
    ],
)
def test_ruby_lookalikes_stay_clean(body: str) -> None:
    assert set() == _rules(body)


@pytest.mark.parametrize(
    "unit",
    [
        "内部[b]资料[/b]",
        "[b]",
        "[/b]x[b]",
        "<ruby>内<rt>·</rt>部<rt>注</rt></ruby>",
        "<rt>x",
        "<rtc>a<rtc",
    ],
)
def test_bbcode_and_ruby_are_read_in_linear_time(unit: str) -> None:
    small = (unit * (8_000 // len(unit) + 1))[:8_000]
    large = (unit * (80_000 // len(unit) + 1))[:80_000]
    assert grows_linearly(small, large, within=0.05)
