"""A labelled number padded with glued letters and digits, and a phone's pictograph as its label
(issue 12, fix 98d): ``身份证号：a9110101199003074514``, ``☎：abcde13812345678``."""

from __future__ import annotations

import pytest
from check_timing import grows_linearly

from govpub import Policy, Post, check
from govpub.compliance.folding import fold
from govpub.compliance.grouping import find_numbers
from govpub.compliance.personal.codes import without_id_padding
from govpub.compliance.personal.labels import PHONE_SIGN, with_phone_signs

_ID = "110101199003074514"  # a valid ID number: its check character holds


def _findings(body: str) -> list[tuple[str, str]]:
    report = check(Post(title="关于做好有关工作的通知", body=body), Policy.default())
    return [(f.severity, f.rule) for f in report.findings]


def _trimmed(text: str) -> str:
    """The digits :func:`without_id_padding` leaves of the text's only written number."""
    folded = fold(text).text
    (number,) = find_numbers(folded)
    return "".join(g.digits for g in without_id_padding(folded, number).groups)


@pytest.mark.parametrize(
    ("text", "digits"),
    [
        (f"身份证号：a9{_ID}", _ID),  # a letter and a digit before it
        (f"身份证号：ab12{_ID}", _ID),  # two of each
        (f"身份证号：{_ID}9a", _ID),  # after it
        (f"证件号码：x9{_ID}", _ID),
        # left as written: no ID label, a run of digits alone, a word too long, a letter on
        # each side, three digits glued, 18 digits that fail the check
        (f"订单号：a9{_ID}", f"9{_ID}"),
        (f"卡号：a9{_ID}", f"9{_ID}"),
        (f"身份证号：9{_ID}", f"9{_ID}"),
        (f"身份证号：abcdefgh9{_ID}", f"9{_ID}"),
        (f"身份证号：a9{_ID}b", f"9{_ID}"),
        (f"身份证号：a999{_ID}", f"999{_ID}"),
        (f"身份证号：a9{_ID[:-1]}3", f"9{_ID[:-1]}3"),
    ],
)
def test_an_id_numbers_padding_is_dropped_after_its_label(text: str, digits: str) -> None:
    assert _trimmed(text) == digits


@pytest.mark.parametrize(
    "body",
    [
        f"身份证号：a9{_ID}",
        f"身份证号：ab12{_ID}",
        f"身份证号：{_ID}9a",
        f"身份证号：<b>a9{_ID}</b>",
    ],
)
def test_a_padded_id_number_blocks(body: str) -> None:
    assert _findings(body) == [("block", "personal.id_number")]


@pytest.mark.parametrize(
    "body",
    [f"订单号：a9{_ID}", f"卡号：a9{_ID}", f"身份证号：a9{_ID[:-1]}3", f"身份证号：a9{_ID}b"],
)
def test_a_code_that_holds_an_id_numbers_shape_stays_clean(body: str) -> None:
    assert _findings(body) == []


def test_a_phone_pictograph_becomes_the_phone_sign() -> None:
    text = "☎：abcde13812345678，📞 010-65523456"
    folded = fold(text)
    signed = with_phone_signs(folded.text, text, folded.original)
    assert len(signed) == len(folded.text)  # (every offset stays)
    assert signed.count(PHONE_SIGN) == 2


def test_a_pictograph_between_digits_stays_a_space() -> None:
    text = "138☎1234 ☎ 5678"
    folded = fold(text)
    assert with_phone_signs(folded.text, text, folded.original) == folded.text


def test_a_text_without_a_phone_pictograph_is_returned_as_it_is() -> None:
    folded = fold("🔒 abcde13812345678")
    assert with_phone_signs(folded.text, "🔒 abcde13812345678", folded.original) is folded.text


@pytest.mark.parametrize(
    "body",
    [
        "☎：abcde13812345678",
        "☎ abcde13812345678",
        "☎️：abcde13812345678",  # (with its emoji presentation selector)
        "📞：abcde13812345678",
        "📱abcde13812345678",
        "✆ abcde13812345678",
        "℡：abcde13812345678",
        "<td>☎</td><td>abcde13812345678</td>",
        "☎：138\n1234\n5678",  # (a mobile over lines, as after 电话：)
    ],
)
def test_a_phone_pictograph_labels_a_mobile(body: str) -> None:
    assert _findings(body) == [("block", "personal.mobile")]


@pytest.mark.parametrize(
    "body",
    [
        "☎：400-810-8888",  # a company's hotline
        "☎ 12345",  # a service number
        "☎：010-65523456",  # a landline, as after 电话：
        "🔒 abcde13812345678",  # another pictograph labels nothing
        "✉：abcde13812345678",  # a mail's
        "📱扫码下载 abcde13812345678",  # a QR code to scan, as after 手机扫码
        "📱 AppID：wx7accf13812345678",  # an id's own label after it
        "| ☎ | 12345 | abcde13812345678 |",  # ☎ names the row's service number, as 电话 does
    ],
)
def test_a_phone_pictograph_before_no_personal_number_stays_clean(body: str) -> None:
    assert _findings(body) == []


def test_the_label_nearest_the_shape_names_it() -> None:
    """A person's label on the line before an id's own (小程序：) names no id's shape."""
    assert _findings("手机号码\n小程序：abcde13812345678") == []
    assert _findings("小程序\n手机号码：abcde13812345678") == [("block", "personal.mobile")]


def test_an_excerpt_shows_the_references_as_written() -> None:
    """An entity written escaped several times is shown as written, not escaped again."""
    body = "链接 https://s.click.taobao.com/t?a=1&amp;amp;amp;b=2"
    report = check(Post(title="关于做好有关工作的通知", body=body), Policy.default())
    assert [f.excerpt for f in report.findings] == [body[3:]]


@pytest.mark.parametrize("unit", ["☎ abcde13812345678 ", f"身份证号：a9{_ID} ", "☎ ☎1 "])
def test_padding_and_phone_signs_are_read_in_linear_time(unit: str) -> None:
    def repeated(size: int) -> str:
        return (unit * (size // len(unit) + 1))[:size]

    assert grows_linearly(repeated(8_000), repeated(80_000), within=0.05)
