"""Personal data (个保法): validated detectors, masking, and excerpts that never show a number."""

from __future__ import annotations

import itertools
import random
import re
import unicodedata
import urllib.parse
from collections.abc import Iterator
from datetime import date
from pathlib import Path
from typing import Any

import pytest
from hypothesis import example, given, settings
from hypothesis import strategies as st
from number_makers import chunks, full_width, grouped, id_number, luhn, org_code, uscc, vin

from govpub import Policy, Post, Source, check
from govpub.compliance import mask_personal_data, personal
from govpub.compliance._text import excerpt
from govpub.compliance.folding import fold
from govpub.compliance.grouping import find_numbers
from govpub.compliance.idnumbers import living_holder, valid_id18
from govpub.compliance.orgcodes import valid_uscc
from govpub.compliance.personal import amounts, id_check_char, labels, luhn_ok, reading

ID = "11010519491231002X"  # the GB 11643 test vector (rules.md §9)


def _id(first17: str) -> str:
    return first17 + id_check_char(first17)


def test_check_digit_vector() -> None:
    assert "X" == id_check_char(ID[:17])


@pytest.mark.parametrize(
    ("number", "valid"),
    [("4111111111111111", True), ("4111111111111112", False), ("79927398713", True)],
)
def test_luhn(number: str, valid: bool) -> None:
    assert valid == luhn_ok(number)


def _rules(text: str, policy: Policy | None = None) -> list[tuple[str, str]]:
    return [(f.rule, f.severity) for f in check(Post(title="通知", body=text), policy).findings]


CASES = [
    (f"身份证{ID}。", [("personal.id_number", "block")]),
    (f"身份证{ID.lower()}。", [("personal.id_number", "block")]),
    (
        "身份证１１０１０５１９４９１２３１００２Ｘ。",
        [("personal.id_number", "block")],
    ),  # full-width
    (f"身份证{ID[:6]} {ID[6:14]} {ID[14:]}。", [("personal.id_number", "block")]),
    (f"身份证{_id('44030419900307123')}", [("personal.id_number", "block")]),
    ("身份证110105194912310021。", []),  # wrong check digit: not an ID
    ("编号110105194913310025。", []),  # month 13
    (f"编号{_id('99010519491231002')}", []),  # no such province
    ("旧证110105491231002。", [("personal.id_number", "block")]),  # 15 digits
    ("订单110105491331002。", []),  # 15 digits, month 13
    ("电话13812345678。", [("personal.mobile", "block")]),
    ("电话+86 138 1234 5678。", [("personal.mobile", "block")]),
    ("电话138-1234-5678。", [("personal.mobile", "block")]),
    ("电话１３８１２３４５６７８。", [("personal.mobile", "block")]),
    ("电话12345678901。", []),  # 12x is not a mobile range
    ("热线010-12345678，12345。", []),
    ("卡号4111111111111111。", [("personal.bank_card", "block")]),
    ("卡号6222 0212 3456 7890 128。", [("personal.bank_card", "block")]),
    ("卡号6222021234567890123。", [("personal.bank_card", "warn")]),  # 62…, Luhn fails
    ("卡号4111111111111112。", []),  # 4…, Luhn fails
    ("护照E12345678。", [("personal.passport", "block")]),
    ("护照EA1234567。", [("personal.passport", "block")]),
    ("型号e12345678。", []),  # lower case: not a passport number
    ("链接https://www.gov.cn/13812345678/110105194912310021.htm", []),  # digits in URLs
    # (fix 130: a checked ID number in a path is no page id; a mobile-shaped segment is)
    (
        "链接https://www.gov.cn/13812345678/11010519491231002X.htm",
        [("personal.id_number", "block")],
    ),
    ("电话١٣٨١٢٣٤٥٦٧٨。", [("personal.mobile", "block")]),  # Arabic-Indic digits
    # a piece of an account written in fours is no mobile or legacy ID number
    ("账号6228 1381 2345 678。", []),
    ("账号1001 2345 6789 0123 456。", []),
    ("手机1381 2345 678。", [("personal.mobile", "block")]),
    ("身份证3101 0485 1122 368。", [("personal.id_number", "block")]),
    # a Word paste's object placeholder (U+FFFC) between groups separates them (red team 73)
    (f"身份证{ID[:6]}\ufffc{ID[6:]}", [("personal.id_number", "block")]),
    ("手机138\ufffc1234\ufffc5678", [("personal.mobile", "block")]),
    # (fix 98) a PDF's (cid:N) is read as U+FFFC; a quoted-printable soft break is joined and
    # an escape is the character it encodes; a page footer on its line is a page break
    ("手机：(cid:45)138\n1234 5678。", [("personal.mobile", "block")]),
    ("银行卡号：(cid:345)48506100\n36773355", [("personal.bank_card", "block")]),
    ("联系电话：138123=\n45678。", [("personal.mobile", "block")]),
    (f"身份证号：{ID[:6]}=\n{ID[6:]}。", [("personal.id_number", "block")]),
    ("手机：=E2=80=8B13812345678。", [("personal.mobile", "block")]),
    (f"身份证号：=E2=80=8B{ID}。", [("personal.id_number", "block")]),
    ("联系电话：138 1234\n第 3 页 共 5 页\n5678。", [("personal.mobile", "block")]),
    ("联系电话：138 1234\n第3页/共5页\n5678。", [("personal.mobile", "block")]),
    (
        f"身份证号：{ID[:6]} {ID[6:14]}\n  第 12 页  \n{ID[14:]}。",
        [("personal.id_number", "block")],
    ),
    ("详见第3页共5页的附表。", []),
    ("编号：(cid:3)12(cid:3)34", []),
]


@pytest.mark.parametrize(("text", "expected"), CASES)
def test_detectors(text: str, expected: list[tuple[str, str]]) -> None:
    assert expected == _rules(text)


def test_random_18_digit_numbers_with_a_wrong_check_digit_are_not_ids() -> None:
    rng = random.Random(4)
    for _ in range(200):
        first17 = "11" + "".join(rng.choice("0123456789") for _ in range(15))
        wrong = next(c for c in "0123456789X" if c != id_check_char(first17))
        assert [] == [r for r, _ in _rules(f"号码{first17}{wrong}。") if r == "personal.id_number"]


MASK = Policy.from_mapping({"personal_data": "mask"}, base_dir=Path())


@pytest.mark.parametrize(
    ("text", "masked"),
    [
        (f"身份证{ID}。", "身份证110105********002X。"),
        ("电话13812345678。", "电话138****5678。"),
        ("电话+86 138-1234-5678。", "电话+86 138-****-5678。"),
        ("卡号4111111111111111。", "卡号************1111。"),
        ("护照E12345678。", "护照E*****678。"),
        ("旧证110105491231002。", "旧证110105*****1002。"),
        # a hidden digit written as a character reference is masked whole: "*#49;" would
        # still read as 1 to anyone who decodes it
        ("电话138&#49;&#x32;3&#52;5678。", "电话138" + "*" * 17 + "5678。"),
        ("电话1&#51;812345&#54;78。", "电话1&#51;8****5&#54;78。"),  # shown ones stay
    ],
)
def test_mask_mode_masks_and_reports_fixed(text: str, masked: str) -> None:
    post = Post(title="通知", summary=text)
    result = check(post, MASK)
    assert masked == result.post.summary
    assert not result.blocked
    assert {"fixed"} == {f.severity for f in result.findings}
    assert Post(title="通知", summary=masked).id == result.post.id


def test_masks_in_markdown_are_escaped() -> None:
    result = check(Post(title="通知", body="电话13812345678和13987654321。"), MASK)
    assert "电话138\\*\\*\\*\\*5678和139\\*\\*\\*\\*4321。" == result.post.body


def test_every_field_is_masked() -> None:
    post = Post(
        title="通知13812345678",
        tags=("13812345678",),
        overrides={"weibo": {"text": "电话13812345678"}},
    )
    result = check(post, MASK)
    assert "通知138****5678" == result.post.title
    assert ("138****5678",) == result.post.tags
    assert "电话138****5678" == result.post.overrides["weibo"].text


def test_what_masking_bares_is_masked_too() -> None:
    # found by fuzzing: the card's reading took the numerals' run with it, and only once
    # the card was masked did the mobile in numerals stand alone
    body = "卡号：5678月身份证：护照号：邮箱：张三一三八一二三四五六七八|6222 0210 0112 3456 789，"
    result = check(Post(title="通知", body=body), MASK)
    assert {"personal.bank_card", "personal.mobile"} == {f.rule for f in result.findings}
    assert "一三八\\*\\*\\*\\*五六七八" in result.post.body
    assert () == check(result.post, MASK).findings


_SOUP = st.lists(
    st.sampled_from(
        [
            ID,
            "13812345678",
            "138",
            "1234",
            "5678",
            "6222 0210 0112 3456 789",
            "一三八一二三四五六七八",
            "110105 1949 1231 002X",
            "E12345678",
            "张三",
            "联系电话：",
            "卡号：",
            "护照号：",
            "身份证：",
            "|",
            "-",
            " ",
            "\u3000",
            "\u200b",
            "**",
            "`",
            "<br>",
            "\n",
            "，",
            "月",
            "@qq.com",
        ]
    ),
    min_size=1,
    max_size=20,
).map("".join)


@settings(max_examples=150, deadline=None)
@given(_SOUP)
def test_a_masked_post_holds_no_personal_data(body: str) -> None:
    """``personal_data = "mask"``: what ``check()`` returns, checked again, shows nothing more."""
    result = check(Post(title="通知", body=body), MASK)
    if not result.blocked:
        assert [] == [f.rule for f in check(result.post, MASK).findings if "personal" in f.rule]


def test_public_numbers_are_allowed(tmp_path: Path) -> None:
    policy = Policy.from_mapping({"public_numbers": ["138-1234-5678"]}, base_dir=tmp_path)
    assert [] == _rules("热线13812345678，或+8613812345678", policy)
    assert [("personal.mobile", "block")] == _rules("电话13912345678", policy)


RAW = [ID, "13812345678", "4111111111111111", "E12345678"]


@pytest.mark.parametrize("mode", ["block", "mask"])
def test_excerpts_and_messages_never_show_the_number(mode: str) -> None:
    policy = Policy.from_mapping({"personal_data": mode}, base_dir=Path())
    text = f"我认为应联系{RAW[1]}，身份证{RAW[0]}，卡{RAW[2]}，护照{RAW[3]}，机密★"
    result = check(Post(title="通知", body=text), policy)
    assert len(result.findings) >= 6  # opinion, 4 numbers, marking
    dumped = str(result.to_dict()["findings"])
    for raw in RAW:
        assert raw not in dumped


@pytest.mark.parametrize("mode", ["block", "mask"])
@pytest.mark.parametrize(
    "link",
    [
        f"https://example.gov.cn/q?idcard={ID}",  # a checked ID number under an ID's name
        f"https://example.gov.cn/q?id={ID}&page=2",  # under any name
        "https://example.com/q?phone=13812345678",  # another host: link.other_host too
        f"https://example.gov.cn/q?sfzh={ID}&utm_source=wx",  # tracking removed too
        "https://example.gov.cn/pay?cardno=4111111111111111#top",
        f"https://example.gov.cn/q?q=%E8%AF%81{ID}",  # after a percent-encoded label (证)
        f"https://example.gov.cn/q?wd=%E5%BC%A0+{ID}&page=2",  # after a name and a plus
    ],
)
def test_personal_data_in_a_link_query_blocks_and_never_leaks(mode: str, link: str) -> None:
    policy = Policy.from_mapping({"personal_data": mode}, base_dir=Path())
    for text in (link, f"[查询]({link})", f'<a href="{link}">查询</a>'):
        result = check(Post(title="通知", body=text), policy)
        personal = [f for f in result.findings if f.rule.startswith("personal.")]
        assert [("block", "链接参数中含")] == [(f.severity, f.message[:6]) for f in personal]
        dumped = str(result.to_dict()["findings"])
        assert not any(raw in dumped for raw in RAW)


@settings(max_examples=150, deadline=None)
@given(label=st.text(st.characters(blacklist_categories=("Cs", "Nd")), max_size=8))
@example(label="=")  # (?q=%3D1101…: an escaped "=" before the number, decoded since fix104c)
def test_a_checked_id_after_any_label_in_a_query_value_is_found(label: str) -> None:
    """Whatever words come before it in a value, as typed or as a browser encodes them (the
    escapes' hex digits, ``%E8%AF%81``, touch the number), the ID number is read."""
    typed = label if not any(c in label for c in "%&#;=") else ""  # (as typed: no delimiters)
    for written in (urllib.parse.quote(label), typed):
        url = f"https://example.gov.cn/q?q={written}{ID}&page=2"
        hits = list(personal.find_in_query(url, inside=True))
        assert [url[h.start : h.end] for h in hits] == [ID], url


@pytest.mark.parametrize(
    "link",
    [
        "https://www.gov.cn/13812345678/110105194912310021.htm",  # a path: page ids
        "https://example.gov.cn/q?id=13812345678",  # a mobile's digits under no mobile's name
        "https://example.gov.cn/q?page=4111111111111111",
        f"https://example.gov.cn/q?phone={ID[:11]}9",  # 12 digits under a phone's name
        f"https://example.gov.cn/q?idcard={ID[:-1]}0",  # the check character fails
        f"https://example.gov.cn/q?q=%E8%AF%81{ID[:-1]}0",  # and after a label
        "https://example.gov.cn/q?code=91110000600037341L",  # a 统一社会信用代码
    ],
)
def test_page_ids_in_a_link_query_pass(link: str) -> None:
    assert [] == _rules(link)


# -- fix 130: red team 88's d1–d6 and c1: a link's address read as its server and page read it --


@pytest.mark.parametrize(
    ("link", "number"),
    [
        ("https://www.gov.cn/s?id=410105196601107702", "410105196601107702"),  # d1: GB 32100 too
        ("https://www.gov.cn/s?cardNo=410105196601107702", "410105196601107702"),
        (
            "https://www.gov.cn/s?tel=%31%33%38%31%32%33%34%35%36%37%38",
            "%31%33%38%31%32%33%34%35%36%37%38",
        ),
        ("https://www.gov.cn/s?sfzh=11010519491231002%58", "11010519491231002%58"),  # d2
        ("https://13812345678@www.gov.cn/a.html", "13812345678"),  # d3
        ("https://user:11010519491231002X@www.gov.cn/login", "11010519491231002X"),
        ("https://www.gov.cn/a.html#tel=13812345678", "13812345678"),  # d4
        ("https://www.gov.cn/a.html#/q?idcard=11010519491231002X", "11010519491231002X"),
        ("https://www.gov.cn/q?phoneNumber=13812345678", "13812345678"),  # d6
        ("https://www.gov.cn/q?mobile_no=13812345678&page=1", "13812345678"),
        ("https://www.gov.cn/q?accountNo=6222021234567894", "6222021234567894"),
        ("https://www.gov.cn/q?yhzh=6222021234567894", "6222021234567894"),
        ("https://www.gov.cn/q?tel=+8613812345678", "+8613812345678"),
        ("https://www.gov.cn/q?tel=%2B8613812345678", "%2B8613812345678"),
        ("https://www.gov.cn/q?tel=138-1234-5678", "138-1234-5678"),
        ("https://www.gov.cn/upload/idcard/11010519491231002X.jpg", "11010519491231002X"),  # c1
        ("https://www.gov.cn/files/张三_11010519491231002X.pdf", "11010519491231002X"),
    ],
)
def test_fix130_numbers_in_an_address_are_found_where_written(link: str, number: str) -> None:
    """Each number is found at the characters written (escapes too), so that it is masked there."""
    hits = list(personal.find_in_written_query(link))
    assert [link[h.start : h.end] for h in hits] == [number]
    assert number not in personal.mask_query(link)


@pytest.mark.parametrize(
    "link",
    [
        "https://www.gov.cn/s?tyshxydm=410105196601107702",  # d1: a code's name says a code
        "https://www.gov.cn/s?id=91110000600037341L",  # a code valid in every part
        "https://www.gov.cn/view.do?docid=%31%33%38%31%32%33%34%35%36%37%38",  # d2: a page id
        "https://www.gov.cn/s?q=https%3A%2F%2Fwww.gov.cn%2F13812345678",
        "https://guest:guest@www.gov.cn/a.html",  # d3: no number
        "https://12345@www.gov.cn/a.html",
        "https://www.gov.cn/a.html#id=13812345678",  # d4: under no mobile's name
        "https://www.gov.cn/q?page=138-1234-5678",  # d6: grouped, under no mobile's name
        "https://www.gov.cn/q?tel=010-1234-5678",  # a landline
        "https://www.gov.cn/q?yhzh=6222021234567890",  # Luhn fails
        "https://www.gov.cn/attach/13812345678/photo.png",  # c1 decided: a page id
        "https://www.gov.cn/files/110105194912310021.pdf",  # wrong check character
        "https://www.gov.cn/xxgk/91110000600037341L/index.html",
    ],
)
def test_fix130_look_alikes_in_an_address_pass(link: str) -> None:
    assert list(personal.find_in_written_query(link, inside=True)) == []


def test_fix130_a_full_width_address_is_masked_in_the_characters_written() -> None:
    """d5: link.unparsable's excerpt (:func:`mask_query`) of an address no browser opens."""
    raw = "ＨＴＴＰＳ:／／ＷＷＷ．ＧＯＶ．ＣＮ／Ｑ？ＳＪＨ＝１３８１２３４５６７８"
    assert (
        personal.mask_query(raw)
        == "ＨＴＴＰＳ:／／ＷＷＷ．ＧＯＶ．ＣＮ／Ｑ？ＳＪＨ＝１３８****５６７８"
    )


@pytest.mark.parametrize(
    ("field", "url"),
    [
        ("url", "https://www.gov.cn/cx/query.do?tel=%31%33%38%31%32%33%34%35%36%37%38"),
        ("url", "https://www.gov.cn/a.html#idcard=11010519491231002X"),
        ("source", "https://13812345678@www.gov.cn/a.html"),
    ],
)
def test_fix130_an_address_field_blocks(field: str, url: str) -> None:
    """d2–d4 in ``Post.url`` and ``source.url``."""
    post = (
        Post(title="通知", body="正文", url=url)
        if field == "url"
        else Post(title="通知", body="正文", source=Source(name="中国政府网", url=url))
    )
    result = check(post, Policy.default())
    assert result.blocked
    shown = str(result.to_dict())
    assert "13812345678" not in shown
    assert "11010519491231002X" not in shown


# -- fix 127: a person's number in a link's host is read (a page id stands in a path or query) --


@pytest.mark.parametrize(
    ("text", "rule"),
    [
        ("就诊人手机号：13938513134。ID号另行公布。", "personal.mobile"),  # read as a bare host
        ("就诊人手机号：139 3851 3134。ID号另行公布。", "personal.mobile"),
        ("社会保障卡号：120104197702210679。TV端同步公布。", "personal.id_number"),
        ("退费银行卡号：6222021234567894。ID号另行公布。", "personal.bank_card"),
        ("详见http://13938513134.com", "personal.mobile"),
        ("[查询](https://120104197702210679.cn/a)", "personal.id_number"),
        ('<a href="ｈｔｔｐ：／／１３９３８５１３１３４．ｃｏｍ">查询</a>', "personal.mobile"),
    ],
)
@pytest.mark.parametrize("mode", ["block", "mask"])
def test_a_persons_number_in_a_links_host_is_read(text: str, rule: str, mode: str) -> None:
    policy = Policy.from_mapping({"personal_data": mode}, base_dir=Path())
    result = check(Post(title="通知", body=text), policy)
    assert rule in {f.rule for f in result.findings}
    digits = "".join(c for c in text if c.isdigit())
    assert digits not in str(result.to_dict())  # masked in every excerpt and in the text sent


# -- mend 47c (review 47's F4): every link finding masks a person's number in a host --------


@pytest.mark.parametrize(
    ("text", "number"),
    [
        ("https://13938513134.t.cn/x", "13938513134"),  # ad.link_stripped
        ("https://13938513134.u.jd.com/x", "13938513134"),
        ("http://13938513134.dwz.cn/abc", "13938513134"),
        ("13938513134。t。cn/x", "13938513134"),
        ("详见１３９３８５１３１３４．ｔ．ｃｎ／ｘ", "13938513134"),
        ("https://110101199003077571.t.cn/x", "110101199003077571"),
        ("https://6222021234567890128.t.cn/x", "6222021234567890128"),
        ("[点此](https://13938513134.t.cn/x)", "13938513134"),
        ('<a href="https://13938513134.t.cn/x">看</a>', "13938513134"),
        ('<img src="http://13938513134.com/a.jpg">', "13938513134"),  # image.not_scanned
        ("![图](http://13938513134.com/a.jpg)", "13938513134"),
        ('<img src="https://13938513134.t.cn/a.jpg">', "13938513134"),
        ("https://13938513134.example.com/x?utm_source=a", "13938513134"),  # tracking removed
        ("http://110101199003077571.com/", "110101199003077571"),  # link.other_host
        ("http://13938513134.com:99999/a", "13938513134"),  # link.unparsable
        ("13938513134[.]t[.]cn/x", "13938513134"),  # ad.spelled_link
        ("13938513134点t点cn/x", "13938513134"),
        ("\u202ex/nc.t.43131583931", "13938513134"),  # shown reversed
        ("13938513134.t.c[n](https://u.jd.com/a)/x", "13938513134"),  # a later pass's edit
    ],
)
@pytest.mark.parametrize("mode", ["block", "mask"])
def test_no_link_finding_shows_a_persons_number(text: str, number: str, mode: str) -> None:
    """Every finding of every rule: no run of eleven or more of the number's digits unmasked
    in an excerpt or a message (its host is read as any text: fix 127)."""
    policy = Policy.from_mapping({"personal_data": mode}, base_dir=Path())
    result = check(Post(title="通知", body=text), policy)
    assert any(f.rule.startswith("personal.") for f in result.findings)
    for finding in result.findings:
        for shown in (finding.excerpt, finding.message):
            runs = re.findall(r"[0-9]{11,}", unicodedata.normalize("NFKC", shown))
            assert not [run for run in runs if run in number], (finding.rule, shown)


@pytest.mark.parametrize(
    "link",
    [
        "https://www.gov.cn/13938513134/a.htm",  # a path's id
        "https://www.gov.cn/q?id=13938513134",  # a query's, under no mobile's name
        "https://www.12345.gov.cn/a",  # a hotline's digits in a government host
        "https%3A%2F%2Fwww.gov.cn%2F13938513134",  # encoded whole: the path is no host
    ],
)
def test_digits_outside_a_links_host_stay_page_ids(link: str) -> None:
    assert [] == [r for r in _rules(f"详见{link}") if r[0].startswith("personal.")]


@settings(max_examples=200, deadline=None)
@given(
    born=st.dates(min_value=date(1900, 1, 1), max_value=date(2020, 12, 31)),
    sequence=st.integers(0, 999),
    around=st.text(alphabet="，。的了和在电话", max_size=5),
)
def test_valid_ids_are_found_and_never_leak(born: date, sequence: int, around: str) -> None:
    first17 = f"440304{born:%Y%m%d}{sequence:03d}"
    number = first17 + id_check_char(first17)
    result = check(Post(title="通知", body=f"{around}{number}{around}"))
    assert ["personal.id_number"] == [f.rule for f in result.findings]
    for finding in result.findings:
        assert number not in finding.excerpt
        assert number not in finding.message


def test_mask_personal_data_helper() -> None:
    assert "电话138****5678，证110105********002X" == mask_personal_data(f"电话13812345678，证{ID}")


@pytest.mark.parametrize(
    ("written", "masked"),
    [
        ("联系电话：一三八一二三四五六七八", "联系电话：一三八****五六七八"),  # no digit at all
        ("电话①③⑧①②③④⑤⑥⑦⑧", "电话①③⑧****⑤⑥⑦⑧"),  # enclosed digits, no \d either
        ("〡〣〨〡〢〣〤〥〦〧〨", "〡〣〨****〥〦〧〨"),  # Suzhou numerals
        ("第三十一届一二九运动纪念", "第三十一届一二九运动纪念"),  # numerals, no number
    ],
)
def test_mask_personal_data_reads_numbers_without_ascii_digits(written: str, masked: str) -> None:
    """The helper the audit trail masks with finds what check() finds: its quick exit for
    texts without enough digits counts every character the fold may read as one."""
    assert masked == mask_personal_data(written)


_DIGIT_RUNS = st.text("0123456789", min_size=7, max_size=12) | st.from_regex(
    r"(?:86)?1[3-9][0-9]{9}", fullmatch=True
)


@settings(max_examples=500, deadline=None)
@given(
    digits=_DIGIT_RUNS,
    cuts=st.lists(st.integers(1, 12), max_size=3, unique=True),
    separator=st.sampled_from([" ", "-", "－", "—", ".", "  ", "/"]),
    before=st.sampled_from(["", "电话", "+", "卡号", "身份证号", "a", "e"]),
    after=st.sampled_from(["", "元", "x", "。", "号"]),
)
def test_numbers_passed_over_at_a_glance_have_no_reading(
    digits: str, cuts: list[int], separator: str, before: str, after: str
) -> None:
    # the shortcut in _readings skips only what the full reading finds nothing in
    bounds = [0, *sorted(c for c in cuts if c < len(digits)), len(digits)]
    written = separator.join(digits[a:b] for a, b in itertools.pairwise(bounds))
    text = fold(before + written + after).text
    for number in find_numbers(text):
        if reading._unreadable(number):
            assert [] == list(reading._all_readings(text, number))


def test_numerals_are_read_in_a_field_with_links() -> None:
    # a field with links is scanned with its addresses blanked; numerals are read there too
    body = "详见https://www.gov.cn/a/13812345678.html，联系电话一三八一二三四五六七八，[原文](https://t.cn/x)"
    found = [
        f for f in check(Post(title="通知", body=body)).findings if f.rule.startswith("personal.")
    ]
    assert [("personal.mobile", body.index("一三八"))] == [(f.rule, f.offset) for f in found]


class _CountingMasks(list[tuple[int, int, str]]):
    """Masks that count how many of them are looked at."""

    looked = 0

    def __getitem__(self, index: Any) -> Any:
        self.looked += 1
        return super().__getitem__(index)

    def __iter__(self) -> Iterator[tuple[int, int, str]]:
        for mask in super().__iter__():
            self.looked += 1
            yield mask


def test_an_excerpt_looks_only_at_the_masks_near_it() -> None:
    """A post of thousands of numbers has thousands of findings, each excerpted: looking at
    every mask for each made checking it quadratic."""
    text = "13812345678 " * 5000
    masks = _CountingMasks((12 * i, 12 * i + 11, "138****5678") for i in range(5000))
    middle = 12 * 2500
    shown = excerpt(text, middle, middle + 11, masks)
    assert masks.looked < 100
    assert "…138****5678 138****5678 138****5678…" == shown  # the neighbours widen it whole


def test_personal_data_in_a_url_field_query_blocks_and_never_leaks() -> None:
    post = Post(title="通知", body="正文", url=f"https://example.gov.cn/a?idcard={ID}&utm_source=x")
    result = check(post)
    assert ("personal.id_number", "block", "url") in [
        (f.rule, f.severity, f.field) for f in result.findings
    ]
    assert ID not in str(result.to_dict()["findings"])
    plain = Post(title="通知", body="正文", url="https://example.gov.cn/a?id=1")
    assert not check(plain).findings


_HEADED = [
    "| 姓名 | 电话 |\n|---|---|\n| 张三 | 138<br>1234<br>5678 |",
    "| 姓名 | 手机号码 | 备注 |\n| :--- | :---: | --- |\n| 李四 | 无 | 无 |\n"
    "| 张三 | 138<br>1234<br>5678 | 无 |",
    "<table><tr><th>姓名</th><th>联系电话</th></tr>"
    "<tr><td>张三</td><td>138<br>1234<br>5678</td></tr></table>",
]


@pytest.mark.parametrize("text", _HEADED)
def test_a_table_header_labels_its_column(text: str) -> None:
    """A number over ``<br>`` in a cell is read when the header over its column names it."""
    assert ["personal.mobile"] == [f.rule for f in check(Post(title="通知", body=text)).findings]


@pytest.mark.parametrize(
    "text",
    [
        "| 项目 | 数量 |\n|---|---|\n| 甲 | 138<br>1234<br>5678 |",
        "| 姓名 | 电话 |\n|---|---|\n| 张三 | 0571<br>8888<br>1234 |",
        "<table><tr><th>项目</th><th>金额</th></tr>"
        "<tr><td>甲</td><td>138<br>1234<br>5678</td></tr></table>",
        "| 电话 |\n| 138<br>1234<br>5678 |",  # no delimiter row: no header
    ],
)
def test_other_columns_and_landlines_stay_unread(text: str) -> None:
    assert () == check(Post(title="通知", body=text)).findings


@pytest.mark.parametrize(
    ("text", "found"),
    [
        ("身份证号：一一〇一〇五一九四九一二三一〇〇二叉", True),
        ("身份证号：11010519491231002叉。", True),
        ("设备编号11010519491231002叉车一台", False),  # 叉车, a forklift
    ],
)
def test_the_check_character_read_aloud_as_cha(text: str, found: bool) -> None:
    rules = [f.rule for f in check(Post(title="通知", body=text)).findings]
    assert (["personal.id_number"] if found else []) == rules


# Red team 12 (A): what the words before a number, or its column's header, say it is.
@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("合同编号：HT-2026-", "serial"),
        ("合同编号：2026-", "serial"),
        ("抽样单编号：NCP", "serial"),
        ("证书编号 No.", "serial"),
        ("合同编号：HT—2026—", "serial"),
        ("合同编号：[2026]", "serial"),
        ("合同编号：2026年", "serial"),
        ("编号为HT-", "serial"),
        ("№", "serial"),
        ("NO:", "serial"),
        ("| **项目编号** |\n|:---:|\n| ", "serial"),
        ("No. ", "serial"),
        ("Tel No. ", None),
        ("手机号码 No.", None),
        ("合同编号：HT-001，联系人手机", None),
        ("执照号 ", "org"),
        ("| 项目编号 |\n|---|\n| ", "serial"),
        ("| 注册号 | 电话 |\n|---|---|\n| ", "org"),
        ("| 注册号 | 电话 |\n|---|---|\n| 310104000123456 | ", None),
        ("<table><tr><th>抽样编号</th></tr><tr><td>", "serial"),
        ("<table><tr><td>订单号</td><td>", "serial"),
        ("<table><tr><th>注册号</th><td>", "org"),
        ("| 姓名 | 身份证号 |\n|---|---|\n| 张三 | ", "id"),
        # certificates', accounts' and payment codes' labels (red team 12A)
        ("登记证号：", "serial"),
        ("非税缴款码：", "serial"),
        ("电子票据号码：", "serial"),
        ("执业证号：", "serial"),
        ("项目负责人手机：", None),
        ("缴款人手机：", None),
        ("燃气户号：", "serial"),
        # a utility meter's number (电能表表号, 水表号: 19 digits may have a card's shape; red
        # team 70); 代表 names a person, no meter
        ("电能表表号：", "serial"),
        ("水表号 ", "serial"),
        ("燃气表编号：", "serial"),
        ("表箱号：", "serial"),
        ("水表表身号：", "serial"),
        ("人大代表：", None),
        # the meters by name: 表 ending 代表, 手表, 图表 names no meter (review 29: 代表号码 is
        # a representative's phone, 代表证号 a deputy's card); 表号 alone heads a meter column
        ("业主代表号码：", None),
        ("代表证号：", None),
        ("职工代表号：", None),
        ("儿童手表号码：", None),
        ("热量表表号：", "serial"),
        ("总表表号", "serial"),
        ("电表箱号：", "serial"),
        ("| 户号 | 表号 |\n| --- | --- |\n| 0100123456 | ", "serial"),
        # a 核酸 sample's, a blood donation's and a station's numbers (Xinjiang's codes start 65)
        ("采样码：", "serial"),
        ("采样管号：", "serial"),
        ("样本编号 ", "serial"),
        ("献血码：", "serial"),
        ("献血证号：", "serial"),
        ("台站代码：", "serial"),
        ("采样点电话：", None),
        ("献血者手机：", None),
        ("账户号：", "card"),
        ("身份证号：", "id"),
        # a label ending in the brackets of a wider one (red team 28)
        ("补贴发放账户（个人银行卡）：", "card"),
    ],
)
def test_label_before_a_number_or_over_its_column(text: str, expected: str | None) -> None:
    folded = fold(text + "13812345678").text
    assert expected == labels.label_at(folded, len(folded) - 11)


@pytest.mark.parametrize(
    ("source", "name"),
    [
        (labels._label_source, "serial_label_stems.txt"),
        (labels._lines_label_source, "number_labels_scripts.txt"),
    ],
)
def test_an_empty_label_word_list_is_refused_by_name(
    monkeypatch: pytest.MonkeyPatch, source: Any, name: str
) -> None:
    """An empty list would be an empty alternative that matches before every number (review
    33)."""
    monkeypatch.setattr(labels, "data_words", lambda _: ())
    with pytest.raises(ValueError, match=f"data/{name} lists no words"):
        source()


# Red team 67: one serial label names every item of the list it heads, and English serial
# labels; a phone's or an ID's label does not become a serial one.
@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("发票号码分别为", "serial"),
        ("工单号如下：", "serial"),
        ("Order ID: ", "serial"),
        ("tracking number ", "serial"),
        ("border id: ", None),
        ("联系电话：010-12345678、", None),
        ("订单号：202412051234567890，收货人手机", None),
        ("订单号：202412051234567890，收货人张三\n", None),
        ("身份证号：110105194912310021、", None),
        # 如下 after a number's word only (review 23: 案件如下 announces no numbers)
        ("案件如下：", None),
        ("登记如下：\n", None),
    ],
)
def test_a_serial_label_names_its_list(text: str, expected: str | None) -> None:
    folded = fold(text + "13812345678").text
    assert expected == labels.label_at(folded, len(folded) - 11)


# An item has the shape of the item before it (as many letters and digits, the same first):
# a mobile, a card or an ID number after an order number is read on its own (review 23).
@pytest.mark.parametrize(
    ("text", "number", "expected"),
    [
        ("涉案订单号：6202405123456789012、", "6202405123456789020", "serial"),
        ("订单号：2024120512345678、2025 0318 0000 1235/", "2412051234567893", "serial"),
        ("涉案工单号如下：\n2412051234567893\n", "2412051234567901", "serial"),
        ("Order ID 6202405123456789012、", "6202405123456789020", "serial"),
        ("订单号：SF1234567890123；", "SF1234567890456", "serial"),
        ("涉案订单号：202412051234567890、", "13812345678", None),
        ("涉案订单号：20230101001、", "13812345678", None),  # (11 digits, another first)
        ("订单号：20241205123\n", "13812345678", None),  # (alone on the next line)
        ("退款订单号：2023120100001、", "6222021234567890128", None),
        ("涉案订单号：2023120100001、", "110101900307123", None),
        ("Transaction ID: 4200001234567890; ", "13812345678", None),
        # the same length, another head (review 24): 6202… orders and a 6217… card, 1301…
        # orders and a 1381… mobile; a legacy ID number after an order number of its head
        ("退款订单号：6202412010000123456、", "6217000123456789019", None),
        ("涉案订单号：13012345678、", "13812345678", None),
        ("涉案订单号：110101202312001、", "110101900307123", None),
        ("涉案订单号：A202312001、", "A123456789", None),
        # numbered from a date, another year: one system (red team 67's 2412…, 2601…)
        ("涉案工单号如下：\n2412051234567890\n", "2601059876543211", "serial"),
        ("涉案订单号：20230101001、", "13012345678", None),  # (a mobile is no date: 2013-01-23)
        # a Mastercard of 23–25 after a dated serial: read on its own when it alone passes Luhn;
        # a dated legacy ID number after another one (review 25)
        ("涉案订单号：2412051234567893、", "2301011234567898", None),
        ("订单号：2412051234567893、", "2512019876543213", None),
        ("涉案订单号：110101900307123、", "110102850612345", None),
        ("订单号：2412051234ab、", "2501011234cd", "serial"),  # (letters: no Luhn to read)
        # a card passing Luhn after an order number of its first four that does not; a Taiwan
        # or Hong Kong ID number after an order number of its letter (review 26)
        ("订单号：6222020000000000、", "6222021234567894", None),
        ("订单号：A123000000、", "A123456789", None),
        ("订单号：A123000、", "A123456(3)", None),
        ("订单号：2412051234567893、2412051234567901、", "13812345678", None),
    ],
)
def test_a_list_item_has_the_shape_of_the_item_before(
    text: str, number: str, expected: str | None
) -> None:
    folded = fold(text + number).text
    assert expected == labels.label_at(folded, len(folded) - len(number))


# The end of a range a serial label names shares the first's length and first eight
# characters — one numbering's: read as the first is, a dated legacy ID's shape too (red team 77)
@pytest.mark.parametrize(
    ("text", "number", "expected"),
    [
        ("准考证号330185250724804至", "330185250818006", "serial"),
        ("准考证号：330185250724804—", "330185250818006", "serial"),
        ("工单号 2412051234567893 到 ", "2412051234567901", "serial"),
        ("准考证号330185250724804至", "330185520818006", None),  # (the head differs)
        ("订单号：330185250724804至", "110105491231002", None),  # (another region)
        ("准考证号33018525072480至", "330185250818006", None),  # (another length)
        ("联系人330185250724804至", "330185250818006", None),  # (no serial label)
    ],
)
def test_the_end_of_a_serial_range_is_read_as_its_start(
    text: str, number: str, expected: str | None
) -> None:
    folded = fold(text + number).text
    assert expected == labels.label_at(folded, len(folded) - len(number))


@pytest.mark.parametrize(
    ("text", "clean"),
    [
        ("2022—2025年12345热线受理量（件）：6226 1234 5678 9010", True),  # a count's unit
        ("全年接待量（万人次）：13812345678", True),
        ("一般公共预算收入（元）：15812345678", True),
        ("联系电话（个人）：13812345678", False),  # (no unit: 个人 is a person)
        ("联系人（户主）：13812345678", False),
        ("联系电话（人）：13812345678", False),  # a phone's label before the unit (review 37)
        ("银行卡号（件）：6222 0212 3456 7890 128", False),
        ("联系电话（元）：13812345678", False),
    ],
)
def test_a_unit_in_brackets_before_a_number_makes_it_a_quantity(text: str, clean: bool) -> None:
    assert clean == (not check(Post(title="通知", body=text)).findings)


@pytest.mark.parametrize(
    "text",
    [
        "订单号：2023120112345 / 13812345678 buyer",  # (a word after it is no part of it)
        "涉案订单号：2023120100001、1381654*678",  # (an under-masked mobile)
        "涉案订单号：2023120100001、8613812345678",
        "订单号：2023120100001、138 1234 5678 a",
    ],
)
def test_a_mobile_after_an_order_number_blocks(text: str) -> None:
    rules = {f.rule for f in check(Post(title="通报", body=text)).findings}
    assert rules == {"personal.mobile"}


@settings(max_examples=150, deadline=None)
@given(
    label=st.sampled_from(["涉案订单号：", "工单号如下：\n", "受理编号分别为", "Order ID: "]),
    prefix=st.sampled_from(["24", "25", "26", "62"]),
    tails=st.lists(st.from_regex(r"[0-9]{10}", fullmatch=True), min_size=2, max_size=5),
    separator=st.sampled_from(["、", "/", "；", "\n"]),
    fours=st.booleans(),
)
def test_a_list_of_card_shaped_serials_after_a_serial_label_stays_clean(
    label: str, prefix: str, tails: list[str], separator: str, fours: bool
) -> None:
    """Serials of one system numbered from a date (22–27: a Mastercard's prefix) or from
    甘肃's 62 that pass Luhn are no cards in a serial label's list; an ID number among them
    still blocks, and so does a mobile after them (no item of their shape)."""
    items = [luhn(prefix + "12" + tail + "0") for tail in tails]  # (one system: one head)
    written = [chunks(item, 4, " ") if fours else item for item in items]
    body = label + separator.join(written)
    assert () == check(Post(title="通报", body=body)).findings
    with_id = body + separator + id_number("11010519491231002")
    rules = {f.rule for f in check(Post(title="通报", body=with_id)).findings}
    assert rules == {"personal.id_number"}
    with_mobile = body + separator + "13812345678"
    rules = {f.rule for f in check(Post(title="通报", body=with_mobile)).findings}
    assert rules == {"personal.mobile"}


@pytest.mark.parametrize(
    "text", ["金额（元）：13812345678", "合同总额(万元)：13812345678", "金额：13812345678"]
)
def test_an_amount_label_with_its_unit_in_brackets(text: str) -> None:
    folded = fold(text).text
    assert amounts._amount(folded, len(folded) - 11, len(folded))


@settings(max_examples=200, deadline=None)
@given(
    label=st.sampled_from(["合同编号", "检测报告编号", "档案号", "项目编号", "抽样单编号"]),
    segments=st.lists(
        st.from_regex(r"[A-Z]{1,4}|20[0-9]{2}", fullmatch=True), min_size=0, max_size=2
    ),
    joiner=st.sampled_from(["-", "/", "_"]),
    mobile=st.from_regex(r"1[3-9][0-9]{9}", fullmatch=True),
)
def test_a_serial_code_ending_in_a_mobile_shape_stays_clean(
    label: str, segments: list[str], joiner: str, mobile: str
) -> None:
    code = "".join(segment + joiner for segment in segments) + mobile
    assert [] == _rules(f"{label}：{code}")


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("〔2026〕13812345678号", True),
        ("(2026)13812345678号", True),
        ("〔2026〕13812345678", False),
    ],
)
def test_a_document_numbers_sequence_is_no_mobile(text: str, expected: bool) -> None:
    folded = fold(text).text
    start = folded.index("138")
    assert expected == amounts._amount(folded, start, start + 11)


@pytest.mark.parametrize(
    ("number", "alive"),
    [("310104000123456", False), ("310104080123456", False), ("310104090123456", True)],
)
def test_a_legacy_id_holder_born_before_1909_is_no_living_person(number: str, alive: bool) -> None:
    assert alive == living_holder(number)


@settings(max_examples=200, deadline=None)
@given(
    born=st.dates(date(1900, 1, 1), date(1907, 12, 31)),
    division=st.sampled_from(["310104", "110108", "440301", "320106"]),
    sequence=st.integers(0, 999),
)
def test_a_15_digit_number_of_a_birth_before_1908_is_an_id_only_after_its_label(
    born: date, division: str, sequence: int
) -> None:
    number = f"{division}{born:%y%m%d}{sequence:03d}"
    assert [] == _rules(f"某某公司 {number}")
    assert [("personal.id_number", "block")] == _rules(f"身份证号：{number}")


# -- red team 13: a label's letters glued to the number, and addresses as written ----------------


@settings(max_examples=200, deadline=None)
@given(
    letters=st.text(
        st.sampled_from("abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ"),
        min_size=1,
        max_size=16,
    ),
    after=st.text(st.sampled_from("abcxyzXYZ_.-"), max_size=15),
    then=st.sampled_from(["", "&page=2", "#top", ";x=1"]),
)
def test_a_checked_id_with_letters_glued_to_it_is_found_in_any_link(
    letters: str, after: str, then: str
) -> None:
    """``?kw=sfz3101…`` (and ``…3688abc``): read in every link's query (no ``inside``, no
    percent escape), by the expression that reads whole values, at the number's own offsets."""
    url = f"https://example.gov.cn/s?kw={letters}{ID}{after}{then}"
    hits = list(personal.find_in_query(url))
    assert [("id_number", ID)] == [(h.kind, url[h.start : h.end]) for h in hits]


@settings(max_examples=200, deadline=None)
@given(
    letters=st.text(st.sampled_from("abcdefghijklmnopqrstuvwxyz"), min_size=1, max_size=16),
    digits=st.text(st.sampled_from("0123456789"), min_size=11, max_size=19),
)
def test_letters_glued_to_digits_are_an_id_number_only_when_checked(
    letters: str, digits: str
) -> None:
    """Letters before an order, a mobile or a card number under any name: nothing; only a
    checked 18-digit ID number that is no 统一社会信用代码 is read."""
    url = f"https://example.gov.cn/s?phone={letters}{digits}"
    hits = list(personal.find_in_query(url))
    expected = len(digits) == 18 and valid_id18(digits) and not valid_uscc(digits)
    assert expected == bool(hits)


@pytest.mark.parametrize(
    "raw",
    [
        f"https://example.gov.cn/s?idcard={ID[:6]}\u200b{ID[6:]}",
        f"https://example.gov.cn/s?q=sfz\u2060{ID}",
        f"https://example.gov.cn/s?q=s\u00adfz{ID}&a=1",
        f"https://example.gov.cn/s?idcard={ID.translate({c: c + 0xFEE0 for c in range(48, 58)})}",
        f"https://example.gov.cn/s?kw=ｓｆｚ{ID}",
        f"https://example.gov.cn/s?kw=身份证号{ID}",  # (sent percent-encoded)
    ],
)
def test_a_query_as_written_is_read_as_a_browser_sends_it(raw: str) -> None:
    """Invisible characters dropped, full-width forms as ASCII; the hit covers the
    characters written for the number."""
    hits = list(personal.find_in_written_query(raw))
    assert ["id_number"] == [h.kind for h in hits]
    written = raw[hits[0].start : hits[0].end]
    assert written[0] in "1１"
    assert written[-1] in "Xx"


@settings(max_examples=200, deadline=None)
@given(
    places=st.lists(st.integers(0, 17), min_size=1, max_size=4),
    invisible=st.sampled_from("\u200b\u200c\u2060\ufeff\u00ad"),
)
def test_invisible_characters_in_a_query_value_change_no_reading(
    places: list[int], invisible: str
) -> None:
    chars = list(ID)
    for at in sorted(set(places), reverse=True):
        chars.insert(at + 1, invisible)
    raw = f"https://example.gov.cn/s?idcard={''.join(chars)}&page=2"
    hits = list(personal.find_in_written_query(raw))
    assert [ID] == [raw[h.start : h.end].replace(invisible, "") for h in hits]


_ADDRESS_CHARS = "0123456789" * 6 + "0123456789%%3=@&?#/:.- abcdxADX\n\u200b１身"


@settings(max_examples=500, deadline=None)
@given(urls=st.lists(st.text(st.sampled_from(_ADDRESS_CHARS), max_size=60), min_size=1, max_size=4))
def test_one_look_at_a_fields_addresses_misses_no_address_to_read(urls: list[str]) -> None:
    """``any_query_maybe`` (the field's addresses at once) is false only when
    ``in_query_maybe`` is false for each of them: no reading is skipped."""
    if any(personal.in_query_maybe(url) for url in urls):
        assert personal.any_query_maybe(urls)
    assert personal.any_query_maybe(["https://a.cn/x?id=1", "tel=138-1234-5678"])
    assert personal.any_query_maybe(["https://a.cn/x?p=1", "https://b.cn/?tel=%31%33%38"])
    assert personal.any_query_maybe(["https://a.cn/?tel=138%201234%2D5678"])  # (mend 48c)
    assert personal.any_query_maybe(["https://a.cn/?tel=138+1234%2B5678"])  # (fix101e)
    assert personal.any_query_maybe([f"https://a.cn/?sfzh={ID[:6]}-{ID[6:14]}-{ID[14:]}"])
    assert not personal.any_query_maybe(["https://a.cn/12345/t2026_12345.html?from=1"] * 3)


_ADDRESS_PIECES = (
    *("https://", "//", "%2F%2F", "/", "?", "&", "#", ";", "=", "@", ":", ".", "-", " ", "%20"),
    *("%2D", "%31", "%33", "+86", "0086", "X", "a", "E", "tel", "sfz", "id", "q", "1234"),
    *("+", "%2B", "sfzh=110105-", "yhkh=6222-"),
    *("20261205035", "t.cn", "www.gov.cn", "/art/2026/9/", ".html", "?from=timeline"),
)
# (what a reading looks for right before and after a number: a name, a host, a user part)
_NUMBER_OPENERS = (
    *("?tel=", "&mobile=", "#idcard=", "?passport=", "&txz=", "?kw=sfz", ";card=", "?id="),
    *("https://", "https://a:", "?u=https%3A%2F%2F", "?u=//", "/idcard/", "/", "=", "-"),
)
_NUMBERS = ("13812345678", ID, "6222021234567890128", "20261205035", "E12345678", "C1234567")
_NUMBER_CLOSERS = (
    "",
    "@t.cn/x?f=1",
    "@t.cn/x",
    ".t.cn/",
    "%2Et.cn",
    "&p=2",
    ".jpg",
    "#x",
    "abc",
    "-1",
)


_ADDRESSES = st.builds(
    lambda before, opener, number, closer, after: "".join(
        [*before, opener, number, closer, *after]
    ),
    st.lists(st.sampled_from(_ADDRESS_PIECES), max_size=4),
    st.sampled_from(_NUMBER_OPENERS),
    st.sampled_from(_NUMBERS),
    st.sampled_from(_NUMBER_CLOSERS),
    st.lists(st.sampled_from(_ADDRESS_PIECES), max_size=3),
)


@settings(max_examples=1500, deadline=None)
@given(url=_ADDRESSES, inside=st.booleans())
@example(url="https://13812345678@t.cn/x", inside=False)  # a user part, no value
@example(url="?https://13812345678.t.cn/", inside=False)  # a nested host, no value (hypothesis)
@example(url=f"https://a.cn/idcard/{ID}.jpg", inside=False)  # an ID number in a path
@example(url="https://a.cn/x?passport=E12345678", inside=False)  # a passport's shape
@example(url="https://a.cn/x?u=https%3A%2F%2F13812345678.t.cn%2F", inside=False)
@example(url="https://a.cn/x?tel=138-1234-5678", inside=False)  # a grouped mobile
@example(url="https://a.cn/x?tel=138%2d1234%2d5678", inside=False)  # escaped in lower case
@example(url="https://a.cn/x?tel=138+1234+5678", inside=False)  # a form's + (fix101e)
@example(url=f"https://a.cn/x?sfzh={ID[:6]}-{ID[6:14]}-{ID[14:]}", inside=False)  # grouped
@example(url="https://a.cn/x?yhkh=6222%200212%203456%207890%20128", inside=False)
@example(url="https://a.cn/x?tel=%31%33%38%31%32%33%34%35%36%37%38", inside=False)
def test_an_address_in_query_maybe_passes_over_holds_nothing_to_read(
    url: str, inside: bool
) -> None:
    """``in_query_maybe`` (the first test of every address's reading) is false only where the
    reading itself finds nothing (a number in a value, a nested host, a user part, an ID
    number's 17 digits in a path are read)."""
    if not personal.in_query_maybe(url):
        assert list(personal.query._reading(url, inside)) == []
    assert personal.in_query_maybe("https://a.cn/20261205035?tel=13812345678")
    assert personal.in_query_maybe("https://a.cn/x?u=https%3A%2F%2F13812345678.t.cn%2F")


# -- figures in statistics and budget tables (red team 14) ---------------------------------


def _personal_rules(body: str) -> list[str]:
    findings = check(Post(title="通知", body=body), Policy.default()).findings
    return [f.rule for f in findings if f.rule.startswith("personal.")]


@pytest.mark.parametrize(
    "body",
    [
        # the row's first cell gives the unit
        "| 指标 | 2024年 | 2025年 |\n|---|---|---|\n| 一般公共预算收入（元） | 15812345678 | 16012345678 |",
        "<table><tr><th>指标</th><th>2025年</th></tr>"
        "<tr><td>全社会用电量（万千瓦时）</td><td>15812345678</td></tr></table>",
        "指标\t2024年\t2025年\n一般公共预算收入（元）\t15812345678\t16012345678",
        # the column's header gives it
        "| 项目 | 金额 |\n|---|---|\n| 合计 | 15812345678 |",
        "| 项目 | 决算数（元） |\n|---|---|\n| 税收收入 | 13812345678 |",
        # the table's caption gives it, over a column of figures
        "单位：元\n\n| 项目 | 预算数 |\n|---|---|\n| 税收收入 | 13812345678 |",
        "收支决算表（单位：万元）\n\n| 区县 | 2025年 |\n|---|---|\n| 上城区 | 13812345678 |",
        "<p>单位：元</p><table><tr><th>项目</th><th>决算数</th></tr>"
        "<tr><td>税收收入</td><td>13812345678</td></tr></table>",
        # a label with the unit in brackets
        "一般公共预算收入（元）：15812345678",
    ],
)
def test_figures_of_a_measured_row_column_or_table_are_no_mobiles(body: str) -> None:
    assert _personal_rules(body) == []


@pytest.mark.parametrize("colon", ["：", "︰", "∶", "꞉"])
@pytest.mark.parametrize(
    ("form", "rules"),
    [
        ("收支决算表（单位{}万元）\n\n| 区县 | 2025年 |\n|---|---|\n| 上城区 | 13812345678 |", []),
        ("| 项目 | 金额（单位{}万元） |\n| --- | --- |\n| 拨款 | 13812345678 |", []),
        ("收入（单位{}元）：13812345678", []),
        ("金额{}13812345678", []),
        ("请凭No{}13812345678到窗口领取", []),
        ("户名{}张三 账号{}6222021234567890128", ["personal.bank_card"]),
    ],
)
def test_every_label_colon_reads_as_the_full_width_one(
    form: str, rules: list[str], colon: str
) -> None:
    """Review 48 (lost blocks 2, the grep): the unit caption's, an amount's, ``No︰``'s and a
    holder's colon were written ``[:：]`` by hand; ``单位︰万元`` left a figure a mobile."""
    assert _personal_rules(form.replace("{}", colon)) == rules


@pytest.mark.parametrize(
    "body",
    [
        "（单位：元）\n\n| 姓名 | 联系电话 | 补贴金额 |\n|---|---|---|\n| 张三 | 13812345678 | 1000 |",
        "单位：元\n\n| 姓名 | 补贴金额 | 备注 |\n|---|---|---|\n| 张三 | 1000 | 13812345678 |",
        "| 补贴金额（元） | 联系电话 |\n|---|---|\n| 1000 | 13812345678 |",
        "| 联系人（办公室） | 13812345678 |",
        "| 张三（户主） | 13812345678 |",
        "| 指标（元） | 说明 |\n|---|---|\n| 收入 | 13812345678 |",
        "张三\t13812345678",
    ],
)
def test_a_unit_elsewhere_in_the_table_does_not_hide_a_mobile(body: str) -> None:
    assert _personal_rules(body) == ["personal.mobile"]


# -- a 单位 column in a 统计公报's table (red team 22) ----------------------------------------


@pytest.mark.parametrize(
    "body",
    [
        "| 指标 | 单位 | 2025年 | 比上年增长（%） |\n|---|---|---|---|\n"
        "| 一般公共预算收入 | 元 | 15812345678 | 3.7 |",
        "| 项目 | 计量单位 | 本年决算数 | 上年决算数 |\n|---|---|---|---|\n"
        "| 一般公共预算收入 | 元 | 15812345678 | 14987654321 |",
        "| 指标 | 2025年 | 单位 |\n|---|---|---|\n| 全年客运量 | 13912345678 | 人次 |",
        "<table><tr><td>指标</td><td>单位</td><td>绝对数</td></tr>"
        "<tr><td>一般公共预算收入</td><td>万元</td><td>15812345678</td></tr></table>",
        "| 指标 | **单位** | 2025年 |\n|---|---|---|\n| 货物吞吐量 | **吨** | 15867003214 |",
    ],
)
def test_figures_in_a_row_whose_unit_column_names_a_unit_are_no_mobiles(body: str) -> None:
    assert _personal_rules(body) == []


@pytest.mark.parametrize(
    "body",
    [
        # a 单位 column holding a workplace, not a unit of measure
        "| 姓名 | 单位 | 联系电话 |\n|---|---|---|\n| 张三 | 某某街道 | 13816542378 |",
        "| 姓名 | 单位 | 补贴 |\n|---|---|---|\n| 张三 | 某某村委会 | 13816542378 |",
        # a unit under another header, or a 电话 column beside a unit column
        "| 姓名 | 人数 | 电话 |\n|---|---|---|\n| 张三 | 人 | 13816542378 |",
        "| 项目 | 单位 | 联系电话 |\n|---|---|---|\n| 补贴 | 元 | 13816542378 |",
    ],
)
def test_a_unit_column_does_not_hide_a_mobile_elsewhere(body: str) -> None:
    assert _personal_rules(body) == ["personal.mobile"]


@settings(max_examples=150, deadline=None)
@given(
    st.sampled_from(["元", "万元", "人", "户", "万千瓦时", "吨"]),
    st.integers(min_value=13000000000, max_value=19999999999),
    st.sampled_from(["| {label}（{unit}） | {n} |", "{label}（{unit}）\t{n}"]),
)
def test_any_figure_in_a_row_with_a_unit_stays_clean(unit: str, number: int, row: str) -> None:
    body = "| 指标 | 2025年 |\n|---|---|\n" + row.format(label="收入", unit=unit, n=number)
    assert _personal_rules(body) == []


# -- a 施工许可证编号 (red team 15) ------------------------------------------------------------


def _permit(county_and_date: str) -> str:
    """A 施工许可证编号 whose serial and kind make GB 11643's check pass."""
    for tail in range(100):
        number = f"{county_and_date}{tail:02d}"
        if valid_id18(number):
            return number
    raise AssertionError(county_and_date)


@pytest.mark.parametrize(
    "body",
    [
        "施工许可证编号：{n}",
        "建筑工程施工许可证编号 {n}",
        "施工许可证号：{n}",
        "施工许可证（编号：{n}）",
        "| 工程名称 | 施工许可证编号 |\n|---|---|\n| 某学校新建工程 | {n} |",
        "<table><tr><th>施工许可证编号</th></tr><tr><td>{n}</td></tr></table>",
    ],
)
@pytest.mark.parametrize("county_and_date", ["3101042024123101", "1101082014010101"])
def test_a_construction_permit_number_after_its_name_is_no_id_number(
    body: str, county_and_date: str
) -> None:
    number = _permit(county_and_date)
    assert valid_id18(number)
    assert _personal_rules(body.format(n=number)) == []


@pytest.mark.parametrize(
    "body",
    [
        "施工许可证编号：{n}",  # a date before 2014: a holder's birth date
        "| 施工许可证编号 |\n|---|\n| {n} |",
        "申请人：{n}",  # no permit name
        "项目编号：{n}",  # a serial label alone never hides a checked ID number
    ],
)
def test_an_id_number_near_a_permit_still_blocks(body: str) -> None:
    adult = _id("31010419850312368")
    child = _permit("3101042024123101")
    number = child if ("申请人" in body or "项目编号" in body) else adult
    assert _personal_rules(body.format(n=number)) == ["personal.id_number"]


def test_an_id_number_after_a_permit_number_blocks_once() -> None:
    body = (
        f"施工许可证编号：{_permit('3101042024123101')}，负责人身份证号：{_id('44030519920715234')}"
    )
    assert _personal_rules(body) == ["personal.id_number"]


# -- a reading over a cell border takes whole cells (red team 22) ---------------------------


@pytest.mark.parametrize(
    "body",
    [
        # a masked ID's last two groups and the head of a masked mobile: 1975 4211 | 138
        "| 姓名 | 身份证号 | 手机 |\n|---|---|---|\n| 李** | 310115 1975**** 4211 | 138-XXXX-2378 |",
        "<table><tr><th>身份证号</th><th>手机</th></tr>"
        "<tr><td>310115 1975 4211</td><td>138-XXXX-2378</td></tr></table>",
    ],
)
def test_no_mobile_is_read_from_the_tail_of_one_cell_and_the_head_of_the_next(
    body: str,
) -> None:
    assert _personal_rules(body) == []


@pytest.mark.parametrize(
    "body",
    [
        "| 姓名 | 手机 |  |  |\n|---|---|---|---|\n| 张三 | 138 | 1234 | 5678 |",
        "手机：\n138\n1234\n5678",
        "| 序号 | 手机 |\n|---|---|\n| 1 | 138 1234 5678 |",
        # a line wraps anywhere: after a landline, inside a cell too
        "电话：0571-8705 1234/138\n1654 2378",
        "联系电话：021-68541234、138\n1654 2378",
        "政策咨询：021-68541234、138\n1654 2378",  # (咨询 labels a phone number too)
        "联系方式：68541234 138\n16542378",
        "| 联系电话 |\n|---|\n| 021-68541234 138<br>1654 2378 |",
        "联系电话（手机）：\n138\n1234\n5678",  # (a label in a wider one's brackets: red team 28)
    ],
)
def test_a_mobile_split_over_whole_cells_or_lines_still_blocks(body: str) -> None:
    assert _personal_rules(body) == ["personal.mobile"]


_MASKED_IDS = [
    "310115********4211",
    "3101151975****4211",
    "310115 1975**** 4211",
    "310115 1975 **** 4211",
    "310115-1975****-4211",
    "310115＊＊＊＊＊＊＊＊4211",
]
_MASKED_MOBILES = ["138****2378", "138 **** 2378", "138-XXXX-2378", "138 XXXX 2378", "****2378"]


@pytest.mark.parametrize("masked_id", _MASKED_IDS)
@pytest.mark.parametrize("masked_mobile", _MASKED_MOBILES)
def test_a_list_of_masked_ids_beside_masked_mobiles_stays_clean(
    masked_id: str, masked_mobile: str
) -> None:
    rows = (
        f"| 1 | 李** | {masked_id} | {masked_mobile} |\n| 2 | 王* | {masked_id} | {masked_mobile} |"
    )
    body = "| 序号 | 姓名 | 身份证号 | 手机 |\n|---|---|---|---|\n" + rows
    assert _personal_rules(body) == []


@pytest.mark.parametrize(
    "text",
    ["4 0 0 0 0 0 1 2 3 4 5 6 2 7", "4 4 0 3 0 4 - 2 0 2 6 - 0 3 1 2"],
)
def test_no_card_out_of_part_of_a_spaced_out_number(text: str) -> None:
    # (the first 13 digits are a Visa number's shape passing Luhn; the whole has 14)
    assert not check(Post(title="通知", body=text), Policy.default()).findings


def test_a_spaced_out_card_is_read_whole() -> None:
    card = " ".join("6222021001123456789")
    rules = {f.rule for f in check(Post(title="通知", body=card), Policy.default()).findings}
    assert rules == {"personal.bank_card"}


def test_no_legacy_id_out_of_part_of_a_spaced_out_code() -> None:
    # (a 53… 统一社会信用代码 spaced out; digits 2–16 are a 15-digit ID number's shape)
    text = "| 代码 | 5 3 1 2 0 2 3 1 9<br> 0 3 1 5 3 0 7 3 0 |"
    assert not check(Post(title="通知", body=text), Policy.default()).findings


# -- 港澳台 mobile numbers (red team 36) ------------------------------------------------


@pytest.mark.parametrize(
    ("text", "masked"),
    [
        ("+852 9123 4567", "+852 91** **67"),
        ("(852) 6123-4567", "(852) 61**-**67"),
        ("852-5123 4567", "852-51** **67"),
        ("00853 6612 3456", "00853 66** **56"),
        ("+85291234567", "+85291****67"),
        ("+886 912 345 678", "+886 912 *** *78"),
        ("+886 0912 345 678", "+886 0912 *** *78"),
        ("手提電話：9123 4567", "手提電話：91** **67"),
        ("Mobile: 4612 3456", "Mobile: 46** **56"),
        ("行動電話：0912-345-678", "行動電話：0912-***-*78"),
        ("聯絡電話：0912345678", "聯絡電話：0912****78"),
    ],
)
def test_hmt_mobiles_are_read_after_a_code_or_a_label(text: str, masked: str) -> None:
    """A 港澳台 mobile after its country code or a mobile label blocks and is masked."""
    assert [("personal.mobile", "block")] == _rules(text)
    assert masked == mask_personal_data(text)


@pytest.mark.parametrize(
    "text",
    [
        "+852 2123 4567",  # landlines: Hong Kong's 2 and 3, Macau's 28, Taipei's 2
        "(852) 3142 2345",
        "+853 2833 2886",
        "+886 2 2712 9292",
        "手提電話：2123 4567",
        "访客91234567人次",  # eight digits without a code or a label
        "编号：91234567",
        "档案编号：852 9123 4567 0012",  # 852 starting a longer number
        "批次：0912-345-678",
        "+852 1823",
    ],
)
def test_hmt_look_alikes_stay_clean(text: str) -> None:
    assert [] == _rules(text)


def test_hmt_mobiles_listed_are_each_read() -> None:
    text = "+852 9123 4567、+853 6612 3456 / +852 2123 4567"
    assert 2 == len(_rules(text))
    assert "+852 91** **67、+853 66** **56 / +852 2123 4567" == mask_personal_data(text)


@pytest.mark.parametrize(
    ("text", "count"),
    [
        ("联系电话：138 1234 5678、l39 1234 5678", 2),  # the label names the second item too
        ("联系电话：13812345678或I39-1234-5678", 2),
        ("联系电话：021-68541234、l39 1234 5678", 1),  # after a landline
        ("联系电话：138 1234 5678，ISO 9001 2015认证", 1),  # a word starts no item
    ],
)
def test_a_later_item_may_start_with_a_letter_for_a_digit(text: str, count: int) -> None:
    """``、l39 1234 5678``: a letter for a digit right before digits starts a list's next item,
    which the list's label names (red team 36); a word (``ISO``) does not."""
    assert [("personal.mobile", "block")] * count == _rules(text)


@pytest.mark.parametrize(
    ("first2", "separator"), [("A1", " "), ("N1", "-"), ("Y1", " "), ("A9", "-")]
)
def test_a_lettered_credit_code_in_groups_holds_no_mobile(first2: str, separator: str) -> None:
    """A 统一社会信用代码 starting with a letter and written in fours (``A131 0115 1529 5071 89``)
    holds a mobile's shape in its digits (``131 0115 1529``); the letters glued before the
    first group make the groups a code (red team 35)."""
    code = uscc(first2 + "310115" + org_code("15295071"))
    assert (
        check(Post(title="公示", body=f"统一社会信用代码：{chunks(code, 4, separator)}")).findings
        == ()
    )
    # a letter that makes no code leaves the mobile a mobile
    assert check(Post(title="公示", body="联系人A 138 1234 5678")).blocked


@pytest.mark.parametrize(
    ("first2", "parts", "separator"),
    [
        ("Y1", [4, 4, 4, 4, 2], " "),  # the check character and a letter in the last group
        ("92", [2, 6, 9, 1], " "),  # in its parts: a legacy ID number's shape in the middle
        ("35", [2, 6, 9, 1], "-"),
        ("79", [2, 6, 9, 1], " "),
    ],
)
def test_a_credit_code_in_its_parts_holds_no_personal_data(
    first2: str, parts: list[int], separator: str
) -> None:
    """A 统一社会信用代码 written in groups or in its parts (2-6-9-1) holds shapes of a mobile, a
    legacy ID number or a card in its digits; the letters and digits around the number make it
    a code (red team 35)."""
    for body in ("47060770", "50061226", "83909218", "97030596"):
        code = uscc(first2 + "440106" + org_code(body))
        text = f"某协会（{grouped(code, parts, separator)}）"
        assert check(Post(title="公示", body=text)).findings == ()


@pytest.mark.parametrize(
    ("text", "count"),
    [
        ("聯絡：+886 2 2345 6789 / 0912-345-678", 1),  # the list's label names the later item
        ("手提：9123 4567 / 6123 4567", 2),
        ("电话：0571-85252210、0912-345-678", 1),
        ("電話：2123 4567、9123 4567", 0),  # a phone label names no Hong Kong mobile
    ],
)
def test_hmt_mobiles_listed_after_one_label(text: str, count: int) -> None:
    assert [("personal.mobile", "block")] * count == _rules(text)


@pytest.mark.parametrize(
    ("body", "rule"),
    [
        ("| 姓名 | 港澳通行证号码 |\n|---|---|\n| 李明 | C12345678 |", "personal.permit"),
        ("| 姓名 | 回乡证 |\n|---|---|\n| 李明 | H12345678 |", "personal.permit"),
        ("| 姓名 | 证件号码 |\n|---|---|\n| 李明 | M12345678 |", "personal.permit"),
        ("| 姓名 | 护照号码 |\n|---|---|\n| Tom | K12345678 |", "personal.passport"),
        (
            "<table><tr><th>姓名</th><th>通行证号码</th></tr>"
            "<tr><td>李明</td><td>C12345678</td></tr></table>",
            "personal.permit",
        ),
        ("| 合同编号 | 金额 |\n|---|---|\n| C12345678 | 1200 |", None),
        ("| 型号 | 数量 |\n|---|---|\n| K12345678 | 12 |", None),
    ],
)
def test_a_travel_document_named_in_its_column_header(body: str, rule: str | None) -> None:
    """A 公示's table names the document once, in its header (red team 41: a permit under
    `| 港澳通行证号码 |` was neither blocked nor masked)."""
    assert [(rule, "block")] * (rule is not None) == _rules(body)


@pytest.mark.parametrize("delimiter", ["| :-- | :-: |", "|-|-|", "| :- | -: |"])
def test_a_column_header_over_a_short_delimiter_row(delimiter: str) -> None:
    """GFM's delimiter cell is one hyphen or more (red team 41: `| :-: |` hid the header)."""
    body = f"| 姓名 | 电话 |\n{delimiter}\n| 李明 | 138<br>1234<br>5678 |"
    assert [("personal.mobile", "block")] == _rules(body)
    figures = f"| 指标 | 金额（元） |\n{delimiter}\n| 收入 | 15812345678 |"
    assert [] == _rules(figures)


# -- red team 40: a code listed last, a list after the mobile, a column's header ----------


@pytest.mark.parametrize(
    ("text", "count"),
    [
        ("电话：13812345678、886", 1),  # a code listed last crashed check() (IndexError)
        ("区号：0755、852、853、886", 0),
        ("+852 9123 4567 / +853", 1),
        ("手提：9123 4567 / 852", 1),  # 11 digits in the stretch hid the mobile
        ("手提電話：9123 4567、8521", 1),
        ("手提：9123 4567，852", 1),
    ],
)
def test_hmt_mobiles_in_a_list_with_a_bare_code(text: str, count: int) -> None:
    assert [("personal.mobile", "block")] * count == _rules(text)


@pytest.mark.parametrize(
    ("text", "count"),
    [
        ("| 姓名 | 手提電話 |\n|---|---|\n| 陳大文 | 9123 4567 |", 1),
        ("<table><tr><th>姓名</th><th>手提電話</th></tr><tr><td>陳</td><td>9123 4567</td>", 1),
        ("| 姓名 | 聯絡電話 |\n|---|---|\n| 林小美 | 0912-345-678 |", 1),  # any phone: 09 only
        ("| Name | **Mobile** |\n|---|---|\n| Chan | 5123 4567 |", 1),
        ("| 姓名 | 聯絡電話 |\n|---|---|\n| 陳大文 | 2345 6789 |", 0),  # a landline
        ("| 姓名 | 聯絡電話 |\n|---|---|\n| 陳大文 | 9123 4567 |", 0),  # a phone column: 8 digits
        ("| 项目 | 金额（元） |\n|---|---|\n| 合计 | 9123 4567 |", 0),
    ],
)
def test_hmt_mobiles_under_a_column_header(text: str, count: int) -> None:
    """A column headed 手提電話 names the 港澳台 mobiles under it, as a label before each would
    (red team 40); a column of any phone names only Taiwan's 09 mobiles."""
    assert [("personal.mobile", "block")] * count == _rules(text)


_HMT_PIECES = st.sampled_from(
    [
        "+852", "852", "00853", "(886)", "886", "手提電話：", "Mobile:", "聯絡電話：", "电话：",
        "9123", "4567", "6612", "0912", "345", "678", "13812345678", "元", "、", " / ", "，",
        " ", "-", "\n", "| 手提電話 |\n|---|\n| ",
    ]
)  # fmt: skip


@settings(max_examples=150, deadline=None)
@given(st.lists(_HMT_PIECES, max_size=12).map("".join))
def test_hmt_pieces_never_crash_and_mask_clean(text: str) -> None:
    """Any mixture of 港澳台 codes, labels and digit groups: no exception, offsets inside the
    body, and the masked body has no personal data left (red team 40's fuzzer, kept small)."""
    result = check(Post(title="通知", body=text))
    assert all(0 <= (f.offset or 0) <= len(text) for f in result.findings if f.field == "body")
    masked = check(Post(title="通知", body=text), MASK).post.body
    again = check(Post(title="通知", body=masked)).findings
    assert [f.rule for f in again if f.rule.startswith("personal.")] == []


@pytest.mark.parametrize(
    ("body", "rule"),
    [
        ("> | 姓名 | 电话 |\n> |---|---|\n> | 李明 | 138<br>1234<br>5678 |", "personal.mobile"),
        (
            ">> | 姓名 | 港澳通行证号码 |\n>> | :-: | :-: |\n>> | 李明 | C12345678 |",
            "personal.permit",
        ),
        ("> | 指标 | 金额（元） |\n> |---|---|\n> | 收入 | 15812345678 |", None),
    ],
)
def test_a_table_in_a_blockquote_has_its_header(body: str, rule: str | None) -> None:
    """A table quoted in a blockquote is a table (red team 41: its header was not read, so a
    mobile over `<br>` passed and a figure under `金额（元）` blocked)."""
    assert [(rule, "block")] * (rule is not None) == _rules(body)


@pytest.mark.parametrize(
    ("text", "count"),
    [
        ("手提電話︰9123 4567", 1),  # the Big5 colon (U+FE30), which the fold keeps
        ("手提電話∶9123 4567", 1),  # the ratio sign as a colon
        ("聯絡電話︰0912-345-678", 1),
        ("手提電話：9 1 2 3 4 5 6 7", 1),  # digit by digit: eight groups
        ("手機：0 9 1 2 3 4 5 6 7 8", 1),  # ten
        ("手提電話：9 1 2 3 4 5 6 7 8", 0),  # nine: no mobile
        ("比例尺1∶50000", 0),
    ],
)
def test_hmt_mobiles_after_big5_colons_and_digit_by_digit(text: str, count: int) -> None:
    """Red team 40: ︰ and ∶ stand between a label and its number as a colon does, and a
    港澳台 mobile spelled digit by digit has up to ten groups."""
    assert [("personal.mobile", "block")] * count == _rules(text)


@pytest.mark.parametrize(
    "text", ["1381234*5678", "1381234＊5678", "138*12345678", "名单：1381234*5678"]
)
def test_a_star_inside_a_whole_mobile_is_an_inserted_separator(text: str) -> None:
    """Eleven digits and one star: nothing masked, so no mask — the number as written."""
    result = check(Post(title="名单", body=text))
    assert ["personal.mobile"] == [f.rule for f in result.findings]


@pytest.mark.parametrize("text", ["3*4", "1381234*56789", "2381234*5678", "编号 1381234*5678"])
def test_a_star_between_other_digits_is_no_mobile(text: str) -> None:
    assert () == check(Post(title="名单", body=text)).findings


@pytest.mark.parametrize(
    "text",
    [
        "面积=1381234*5678平方厘米",
        "1381234*5678的积是多少",
        "版本1381234*5678号文件",
        "1381234*5678 = 7854",
    ],
)
def test_a_star_in_a_sum_or_in_code_is_a_multiplication_sign(text: str) -> None:
    """Review of fix51: "=", a unit, a sum's word or a code span beside the number."""
    assert () == check(Post(title="名单", body=text)).findings


@pytest.mark.parametrize("text", ["例：1381234*5678", "示例 1381234*5678"])
def test_an_example_keeps_the_star_read_as_inserted(text: str) -> None:
    """例 marks an example, not a sum: a number given as one is still someone's number."""
    result = check(Post(title="名单", body=text))
    assert ["personal.mobile"] == [f.rule for f in result.findings]


# ----- fix 100: red team 81's false blocks of numbers ----------------------------------------

_U16 = luhn("620120260100032")  # a UnionPay 16 passing Luhn
_E13 = luhn("442634000430")  # a Visa 13 passing Luhn


@pytest.mark.parametrize(
    "text",
    [
        "抽检发现标示国食健注G20177607的保健食品不符合规定。",
        "保健食品批准文号：国食健字G20040123。",
        "抽检发现标示国妆特字G20170123的化妆品不合格。",
        "卫食健字G20040123、国妆特进字G20170123、国妆备进字G20170123。",
        "国械注准G20170123",
        "国食健注 G20177607",
        "國食健注G20177607",
    ],
)
def test_an_approval_number_prefix_names_a_product_not_a_passport(text: str) -> None:
    """Fix 100 (d2): G + 8 digits after a 批准文号's prefix (data/approval_number_prefixes.txt)."""
    assert [] == _rules(text)


@pytest.mark.parametrize(
    "text",
    [
        "护照号码：G12345678",
        "申请人张三，护照G12345678，已办理。",
        "国食健注G20177607，申请人护照号码：G12345678",
        "申请人G12345678",
    ],
)
def test_a_passport_beside_an_approval_number_still_blocks(text: str) -> None:
    assert ("personal.passport", "block") in _rules(text)


@pytest.mark.parametrize(
    "text",
    [
        "监测发现IP地址192.168.175.27存在异常访问，已封禁。",
        "主机 183.136.210.51:443 已停止对外服务。",
        "网关192.168.100.1，地址段192.168.100.10-192.168.100.200分配给各科室。",
        "源地址：139.196.112.58",
        "ip 172.168.134.56，端口8080",
    ],
)
def test_a_dotted_ipv4_address_is_no_mobile(text: str) -> None:
    """Fix 100 (d1): four dotted groups of up to three digits, each up to 255."""
    assert [] == _rules(text)


@pytest.mark.parametrize(
    "text",
    [
        "联系人：张三，手机：138.1234.5678",
        "联系人张三 13812345678",
        "服务器192.168.1.1 13812345678",
    ],
)
def test_a_mobile_beside_or_dotted_like_an_address_still_blocks(text: str) -> None:
    assert [("personal.mobile", "block")] == _rules(text)


def test_the_addresses_of_a_written_number() -> None:
    folded = fold("192.168.175.27，1.2.3.4.5，10.0.0.300，2026 192.168.1.1").text
    (number,) = find_numbers(folded)  # (one written number: its groups listed)
    marked = [1] * 4 + [0] * 5 + [0] * 4 + [0] + [1] * 4  # (not a version's or an OID's five
    counts = [sum(marked[:i]) for i in range(len(marked) + 1)]  # dotted groups, nor 300)
    assert counts == reading._addresses(number)


@pytest.mark.parametrize(
    "text",
    [
        f"江西省人民政府 版权所有 赣公网安备 {luhn('3601020200012')}号",
        f"某餐饮店网站（赣公网安备{luhn('3604030200345')}号）已完成备案核查。",
        f"京ICP备{luhn('3601020200012')}号",
        f"网安备{luhn('3601020200012')}号",
    ],
)
def test_a_number_after_a_filing_label_is_no_card(text: str) -> None:
    """Fix 100 (d3): 公网安备, ICP备, 网安备 name a filing number."""
    assert [] == _rules(text)


@pytest.mark.parametrize(
    "text",
    [f"持卡人银行卡号：{luhn('3601020200012')}", f"赣公网安备号，卡号{luhn('3601020200012')}"],
)
def test_a_card_after_a_card_label_still_blocks(text: str) -> None:
    assert [("personal.bank_card", "block")] == _rules(text)


_FOURS = " ".join(_U16[i : i + 4] for i in range(0, 16, 4))


@pytest.mark.parametrize(
    "text",
    [
        f"涉案订单号：2021 {_FOURS}，已移交处理。",
        f"受理编号：2021 {_FOURS}的申请已受理。",
        f"订单号：2021-{_FOURS.replace(' ', '-')}",
        "订单号：2021 1381 2345 678",
    ],
)
def test_a_labelled_serial_in_fours_is_read_whole(text: str) -> None:
    """Fix 100 (d6): the label names the whole run, read as if unspaced."""
    assert [] == _rules(text)


@pytest.mark.parametrize(
    "text",
    [
        f"银行卡号：{_FOURS}",
        f"订单号：2021，银行卡号：{_FOURS}",
        f"订单号：2021、{_FOURS}",
        "学号：2021001 138 1234 5678",
    ],
)
def test_a_card_or_mobile_after_a_serial_of_other_groups_still_blocks(text: str) -> None:
    assert _rules(text)[:1] in ([("personal.bank_card", "block")], [("personal.mobile", "block")])


# Fix 128 (red team 87's d3–d6): sector codes after their labels, letters included.
_VISA_HEAD = "4110 3701 0220 2641 9751"  # a 特种设备注册代码 whose first 16 pass Luhn


@pytest.mark.parametrize(
    "text",
    [
        "耗材代码：C162 9554 2150 3027 3691",  # a mobile's 3-4-4 glued to the code's letter
        "医用耗材编码：C010 4814 7805 8686 5375",  # a Visa's 16 after the letter's group
        "医用耗材编码C091 2452 3408 0039 3554",
        "耗材代码：Ｃ１６２　９５５４　２１５０　３０２７　３６９１",
        f"特种设备注册代码：{_VISA_HEAD}",
        f"电梯注册代码︰{_VISA_HEAD.replace(' ', '-')}",
        f"设备代码:{_VISA_HEAD}",
        "快递单号：SF17 1340 8992 224",  # a mobile's 4-4-3 after the letters' group
        "运单号：JD05 1624 8230 108",
        "运单号：JDV0 5162 4823 0108 3",
        "快递单号：ＳＦ１７　１３４０　８９９２　２２４",
    ],
)
def test_a_sector_code_in_its_groups_after_its_label_is_read_whole(text: str) -> None:
    assert [] == _rules(text)


@pytest.mark.parametrize(
    ("text", "rule"),
    [
        (f"经核查，{_VISA_HEAD}已登记。", "personal.bank_card"),  # no label: one chunk more
        ("快递单号：SF17 1340 8992 224，联系电话：138 1234 5678", "personal.mobile"),
        (
            "医用耗材编码：C010 4814 7805 8686 5375；退费银行卡号：6222 0212 3456 7894",
            "personal.bank_card",
        ),
        ("运单号：JD05 138 1234 5678", "personal.mobile"),  # groups of other sizes
        ("手机：SF17 1340 8992 224", "personal.mobile"),  # a phone's label: letters hide nothing
        ("注册号：" + _VISA_HEAD, "personal.bank_card"),  # 注册号 is an organisation's label
    ],
)
def test_a_persons_number_beside_or_after_other_labels_still_blocks(text: str, rule: str) -> None:
    assert (rule, "block") in _rules(text)


def test_a_code_letter_counts_in_a_labelled_serials_first_group() -> None:
    folded = fold("快递单号：SF17 1340 8992 224").text
    (number,) = find_numbers(folded)
    assert reading._serial_tail(folded, number, 1, 4)
    folded = fold("快递单号：SF171 340 8992 224").text  # (4, 3, 4, 3: no equal groups)
    (number,) = find_numbers(folded)
    assert not reading._serial_tail(folded, number, 1, 4)


@pytest.mark.parametrize(
    "text",
    [
        f"组织机构代码：{org_code('E3030783')}",
        f"组织机构代码：{full_width(org_code('G2877818'))}",
        "组织机构代码：G12345678",  # G1234567-8: a valid code and a passport's test shape
        "组织机构代码：E12345674",  # decided: a mistyped code after its label is no passport
        "機構代碼為E30307830。",
        "统一社会信用代码：E30307830",
        "| 单位名称 | 组织机构代码 |\n|---|---|\n| 某市某协会 | E30307830 |",
    ],
)
def test_an_organisation_code_after_its_label_is_no_passport(text: str) -> None:
    assert [] == _rules(text)


@pytest.mark.parametrize(
    "text",
    [
        "护照号：E30307830",
        "组织机构代码：E30307830，法定代表人护照号码：G28778187",
        "组织机构代码/护照号：E30307830",
        "申请人E30307830已办理。",
        "| 姓名 | 护照号码 |\n|---|---|\n| 张三 | E30307830 |",
    ],
)
def test_a_passport_beside_an_organisation_code_still_blocks(text: str) -> None:
    assert ("personal.passport", "block") in _rules(text)


@pytest.mark.parametrize(
    "text",
    ["请凭No.13548126723到窗口领取。", "请凭 No.13548126723到窗口领取。", "No.13548126723"],
)
def test_no_after_an_ideograph_is_a_serial_label(text: str) -> None:
    """Fix 100 (d7)."""
    assert [] == _rules(text)


@pytest.mark.parametrize(
    "text",
    [
        "手机号码No.13548126723",
        "联系电话 No.13548126723",
        "Tel No.13548126723",
        "联系方式 No.13548126723",
    ],
)
def test_no_after_a_phone_word_still_blocks(text: str) -> None:
    assert [("personal.mobile", "block")] == _rules(text)


@pytest.mark.parametrize(
    "text",
    [
        "请凭案卷号15048912632到档案馆查阅。",
        "请凭档案号15048912632到档案馆查阅。",
        "请凭卷宗号15048912632到档案馆查阅。",
        "全宗号15048912632",
    ],
)
def test_an_archive_number_is_a_serial(text: str) -> None:
    """Fix 100 (d8): data/serial_label_stems.txt."""
    assert [] == _rules(text)


def test_a_mobile_after_an_archive_sentence_still_blocks() -> None:
    assert [("personal.mobile", "block")] == _rules("案卷号12，联系人手机15048912632")


@pytest.mark.parametrize(
    "text",
    [
        f"准考证号为{_E13[:-3]}289-{_E13}的考生请于12月20日参加面试。",
        f"准考证号{_U16[:-3]}101-{_U16}的考生成绩已公布。",
        f"准考证号为{_E13[:-3]}289至{_E13}的考生",
    ],
)
def test_a_hyphen_joins_a_serial_range(text: str) -> None:
    """Fix 100 (d4)."""
    assert [] == _rules(text)


def test_a_card_after_an_id_label_and_a_hyphen_still_blocks() -> None:
    assert [("personal.bank_card", "block")] == _rules(f"身份证号-{_U16}")


@pytest.mark.parametrize(
    "text",
    [
        f"涉案车辆（车辆识别代号{vin('LFV2AK13', '71234567')}）已依法扣押。",
        f"车架号：{vin('LSVXZA15', '51098765')}，发动机号：CKD123456。",
        f"车辆{vin('LFV2AK13', '71234567')}已扣押。",
        "车辆识别代号LFV2AK13471234567",
        "VIN：LSVXZA15051098765",
    ],
)
def test_a_vin_is_read_whole(text: str) -> None:
    """Fix 100 (d5): a checked VIN, or any 17 after a VIN's label."""
    assert [] == _rules(text)


@pytest.mark.parametrize(
    "text", ["型号AB13812345678，联系人手机13812345678", "联系人手机：13812345678，车架号见附件"]
)
def test_a_mobile_beside_a_vin_label_still_blocks(text: str) -> None:
    assert [("personal.mobile", "block")] == _rules(text)


@pytest.mark.parametrize(
    "text",
    [
        "四、联系方式\n1.采购人：某区政务服务管理局\n联系电话：010-86135512-8001\n"
        "2.采购代理机构：某招标代理有限公司\n联系电话：010-65123456",
        "联系电话：010-86135512-8001\n2、采购代理机构：某招标代理有限公司",
        "联系电话：0791 86135512-8001\n3.其他事项",
    ],
)
def test_a_landline_with_an_extension_is_read_whole(text: str) -> None:
    """Fix 100 (d10): the local number's 86 is no country code."""
    assert [] == _rules(text)


@pytest.mark.parametrize(
    "text",
    [
        "联系电话：+86-13812345678\n2、采购代理机构",
        "联系电话：0086-13812345678",
        "手机：86 138 1234 5678",
    ],
)
def test_a_mobile_after_a_country_code_still_blocks(text: str) -> None:
    assert [("personal.mobile", "block")] == _rules(text)


# -- review 39: what fix 100's readings of whole numbers must not take ----------------------


@pytest.mark.parametrize(
    "text",
    [
        "联系人王五No.13812345678",  # No. after a name: the mobile's, not a designation
        "负责人：李四No.13912345678",
        "联系人王五 No.13812345678",
        "手机：183.136.210.51",  # a labelled phone written with dots is no IPv4 address
        "联系电话 183.136.210.51",
    ],
)
def test_a_name_before_no_and_a_phone_label_before_dots_keep_the_mobile(text: str) -> None:
    assert [f.rule for f in check(Post(title="通知", body=text)).findings] == ["personal.mobile"]


@pytest.mark.parametrize(
    "text",
    ["请凭No.13548126723到窗口领取。", "持 No.13548126723办理", "IP：183.136.210.51"],
)
def test_a_designation_to_show_and_an_address_after_ip_stay_clean(text: str) -> None:
    assert check(Post(title="通知", body=text)).findings == ()


# Fix 118 (red team 85): one middle dot, slash or tilde in a listed grouping, without a label.
_PROSE = "本次活动由区文明办联合举办。{}。请执行。"


@pytest.mark.parametrize(
    ("number", "rule"),
    [
        ("138・12345678", "personal.mobile"),
        ("1381234‧5678", "personal.mobile"),
        ("1787581·3196", "personal.mobile"),
        ("1381234～5678", "personal.mobile"),
        ("138／12345678", "personal.mobile"),
        ("138/12345678", "personal.mobile"),
        ("1381234~5678", "personal.mobile"),
        ("622202・1001123456789", "personal.bank_card"),
        ("622202·1001123456789", "personal.bank_card"),
        ("453201・5112830366", "personal.bank_card"),
        ("6222・021001・123456789", "personal.bank_card"),
        ("6222 021001 123456789", "personal.bank_card"),
    ],
)
def test_one_weak_separator_in_a_listed_grouping_blocks(number: str, rule: str) -> None:
    assert _rules(_PROSE.format(number)) == [(rule, "block")]


@pytest.mark.parametrize(
    "text",
    [
        "档案编号：第138／12345678号",
        "订单号：1381234/5678",
        "合同编号：622202・1001123456789",
        "详见第138／200页。",
        "约占1/2。",
        "面积=1381234/5678平方厘米",
        "2026・03・15召开会议。",
        "活动时间2026・03・15～2026・04・15。",
        "活动时间20260315～20260415。",
        "编号1381～5678的档案。",
        "总计1381234.5678吨。",
        "系数138.12345678。",
        "编码453201・5112830367。",
        "电话021/62345678。",
        "编号1281234・5678。",
        # a count's measure word after, a range's or a ratio's word around (review 44, fix 122)
        "参会人数1381234～5678名。",
        "办结1381234／5678件",
        "申请数1381234～5678份不等",
        "比例为1381234/5678",
        "区间 1381234/5678 之间",
        "2025年12345热线受理量／办结量：1381234／5678（件）。",  # a unit in brackets (red team 86)
    ],
)
def test_one_weak_separator_stays_clean_elsewhere(text: str) -> None:
    assert _rules(text) == []


# -- left25: last session's leftovers (issue 12) --


@pytest.mark.parametrize(
    ("link", "kind", "number"),
    [
        ("https://t.cn/x?passport=E12345678", "passport", "E12345678"),
        ("https://www.gov.cn/s?hzh=E12345678", "passport", "E12345678"),  # (护照号)
        ("https://www.gov.cn/s?pass_no=G12345678&page=2", "passport", "G12345678"),
        ("https://www.gov.cn/s?passportNo=EA1234567#top", "passport", "EA1234567"),
        ("https://www.gov.cn/s?passport=e12345678", "passport", "e12345678"),  # (as a label)
        ("https://www.gov.cn/s?a=1&txz=C12345678", "permit", "C12345678"),  # 港澳通行证
        ("https://www.gov.cn/s?hxz=H1234567890", "permit", "H1234567890"),  # 回乡证, 2013
        ("https://www.gov.cn/s?passport=%45%31%32%33%34%35%36%37%38", "passport", None),
    ],
)
def test_a_passport_or_permit_under_its_name_in_a_query_is_read(
    link: str, kind: str, number: str | None
) -> None:
    """A travel document's number is read in a query as in text after its label: under a
    parameter named for it (passport, hzh 护照号, pass_no; txz 通行证, hxz 回乡证), in the
    document's shape (its letters and digits, nine characters; 回乡证 H/M and ten digits)."""
    hits = list(personal.find_in_query(link))
    written = number or link[link.index("=") + 1 :]
    assert [(kind, written)] == [(h.kind, link[h.start : h.end]) for h in hits]
    assert "2345" not in urllib.parse.unquote(personal.mask_query(link))


@pytest.mark.parametrize(
    "link",
    [
        "https://www.gov.cn/s?id=E12345678",  # an order or page id: no check character
        "https://www.gov.cn/s?no=E20240315",  # a letter and a date, an id's commonest form
        "https://www.gov.cn/s?passport=123456789",  # a login system's user id (Sohu 通行证)
        "https://www.gov.cn/s?passport=E1234567",  # eight characters: no passport's
        "https://www.gov.cn/s?passport=E123456789",  # ten
        "https://www.gov.cn/s?txz=E12345678",  # a passport's letter under a permit's name
        "https://www.gov.cn/s?passport=C12345678x",  # more after the number
        "https://www.gov.cn/s?passport=E1234-5678",
    ],
)
def test_a_passport_shape_under_no_document_name_in_a_query_passes(link: str) -> None:
    assert [] == list(personal.find_in_query(link))
    assert [] == _rules(link)


def test_a_query_passport_blocks_masked_in_every_excerpt() -> None:
    """``?passport=E12345678`` blocks (链接参数), and no finding beside it shows its digits
    cut from its letter (``…12345678 ，手机…``)."""
    for gap in range(10):
        body = f"详见 https://www.gov.cn/x?passport=E12345678 {'的' * gap}，手机13812345678"
        found = check(Post(title="通知", body=body)).findings
        passport = [f for f in found if f.rule == "personal.passport"]
        assert [("block", "链接参数中含护照号码（E*****678）")] == [
            (f.severity, f.message[: f.message.index("）") + 1]) for f in passport
        ]
        for f in found:
            assert "2345678" not in f.excerpt, f
