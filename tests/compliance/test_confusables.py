"""Hosts that mix scripts: the look-alike table, where it is read, and what check() makes of it."""

from __future__ import annotations

import unicodedata

import pytest
from check_timing import grows_linearly
from hypothesis import example, given, settings
from hypothesis import strategies as st

from govpub import Policy, Post, check
from govpub.compliance._data import data_text
from govpub.compliance.confusables import TABLE_FILE, read_hosts, table
from govpub.compliance.folding import fold, written_url

POLICY = Policy.default()
_SCRIPTS = {
    "Cyrillic": "CYRILLIC",
    "Greek": "GREEK",
    "Armenian": "ARMENIAN",
    "Georgian": "GEORGIAN",
    "Coptic": "COPTIC",
    "Cherokee": "CHEROKEE",
    "Canadian_Aboriginal": "CANADIAN SYLLABICS",
    "Tifinagh": "TIFINAGH",
    "Lisu": "LISU",
    "Latin": "LATIN",  # the letters added by hand for review 61's A14 (IPA, African)
}


def test_the_table_says_where_it_comes_from() -> None:
    header = data_text(TABLE_FILE)
    assert "confusables.txt" in header
    assert "Version 17.0.0" in header
    assert "Unicode License" in header


def test_every_row_is_a_letter_of_another_script_read_as_one_ascii_character() -> None:
    rows = [
        line.split("\t")
        for line in data_text(TABLE_FILE).splitlines()
        if line and not line.startswith("#")
    ]
    assert len(rows) == 236
    for point, char, reading, script, name in rows:
        assert chr(int(point, 16)) == char, point
        assert unicodedata.name(char) == name, point
        assert name.startswith(_SCRIPTS[script] + " "), point
        assert unicodedata.category(char).startswith("L"), point
        assert unicodedata.normalize("NFKC", char) == char, point  # the fold's NFKC goes first
        assert len(reading) == 1, point
        assert reading.isascii(), point
        assert reading.islower() or reading.isdigit(), point


@pytest.mark.parametrize(
    ("char", "reading"),
    [
        ("\u0430", "a"),  # Cyrillic a
        ("\u0441", "c"),  # Cyrillic es
        ("\u043e", "o"),  # Cyrillic o
        ("\u03bf", "o"),  # Greek omicron
        ("\u0501", "d"),  # Komi de
        ("\u0458", "j"),  # Cyrillic je
        ("\u0421", "c"),  # Cyrillic capital es
        ("\u0417", "3"),  # Cyrillic capital ze
        ("\u0585", "o"),  # Armenian oh
        ("\u03ba", "k"),  # Greek kappa (added by hand, red team 32)
        ("\u03c4", "t"),  # Greek tau
        ("\u03b7", "n"),  # Greek eta
        ("\u0251", "a"),  # Latin alpha (added by hand, review 61's A14)
        ("\u0261", "g"),  # Latin script g
        ("\u0131", "i"),  # Latin dotless i
        ("\u01c0", "l"),  # Latin dental click: a stroke
        ("\u0196", "l"),  # Latin capital iota: a stroke
    ],
)
def test_known_lookalikes(char: str, reading: str) -> None:
    assert reading == table()[char][0]


def test_what_the_table_leaves_out() -> None:
    entries = table()
    assert "\u03bb" not in entries  # Greek lambda looks like no ASCII letter
    assert "\u3007" not in entries  # 〇, a numeral zero in Chinese text
    assert "\u0627" not in entries  # Arabic alef: right to left
    assert "\u0966" not in entries  # Devanagari zero: the fold reads it as a digit
    assert "\u043c" not in entries  # Cyrillic small em looks like no m


@pytest.mark.parametrize(
    ("text", "read"),
    [
        ("详见t.\u0441n/abc", "详见t.cn/abc"),
        ("s.click.t\u0430obao.com", "s.click.taobao.com"),
        ("\u0501wz.cn", "dwz.cn"),
        ("t\u3002\u0441n", "t\u3002cn"),
        ("\u0455.\u0441\u0441", "s.cc"),  # one script, a host with a top-level domain
        ("москва.t\u0430obao.com", "москва.taobao.com"),  # a label with other letters stays
        ("Москва", "Москва"),
        ("ΑΘΗΝΑ", "ΑΘΗΝΑ"),
        ("\u0441\u043e\u0441\u0443\u0434", "\u0441\u043e\u0441\u0443\u0434"),
        ("у.е.", "у.е."),  # reads y.e: no top-level domain
        ("\u043e\u0435\u3002\u0430\u0441", "\u043e\u0435\u3002\u0430\u0441"),  # a full stop
    ],
)
def test_read_hosts(text: str, read: str) -> None:
    assert read == read_hosts(text)


def test_the_fold_reads_hosts_one_for_one() -> None:
    text = "详见t.\u0441\u200bn/x和Москва"
    folded = fold(text)
    assert "详见t.cn/x和Москва" == folded.text  # (prose keeps its letters and their case)
    assert text[folded.original(4)] == "\u0441"


def test_a_compatibility_form_of_a_lookalike_is_read_too() -> None:
    # the mathematical bold nu is a Greek nu by NFKC: the fold reads it in one pass
    # (hypothesis found "A\U0001d6ce" folding to "aν", then to "av")
    assert "av" == fold("A\U0001d6ce").text
    assert "u.jd.com/x" == fold("u.jd.c\U0001d6d0m/x").text


def test_the_lunate_sigma_is_read_as_c() -> None:
    # U+03F2 is a c to the eye; NFKC makes it the final sigma, so that is the row (red team 74)
    assert "t.cn/x" == fold("t.\u03f2n/x").text
    findings = check(Post(title="通知", body="￥Gukvx\u03f2uWHzR￥复制后打开淘宝"), POLICY).findings
    assert [f.rule for f in findings] == ["ad.share_code"]
    assert "της Ελλάδας." == fold("της Ελλάδας.").text  # Greek prose: nothing mixes, nothing read


def test_the_capital_lunate_sigma_is_read_as_c() -> None:
    # U+03F9 is a capital C to the eye; NFKC makes it the capital sigma (red team 75)
    assert "t.cn/x" == fold("\u03a4.\u03f9\u03b7/x").text  # Greek capital tau, eta
    assert "http://t.cn/x" == fold("\u04bb\u03c4tp://\u03a4.\u03f9\u03b7/x").text
    findings = check(Post(title="通知", body="详见\u03a4.\u03f9\u03b7/Akufu。"), POLICY).findings
    assert [f.rule for f in findings] == ["ad.link_stripped"]
    assert "ΣΤΑ ΑΘΗΝΑ." == fold("ΣΤΑ ΑΘΗΝΑ.").text  # Greek capitals: nothing mixes, nothing read


def test_written_url_reads_the_host() -> None:
    assert "https://u.jd.com/X" == written_url("https://u.jd.c\u043em/X")
    assert "https://www.gov.cn/a" == written_url("https://www.g\u043ev.cn/a")


def test_a_vertical_stroke_among_capitals_reads_as_i() -> None:
    # confusables.txt reads І (U+0406) as l, the prototype of I too: among capitals it is
    # the I the reader sees, in full width or beside a zero-width joiner (red team 95)
    assert "S.CLiCK.TAOBAO.COM/T" == written_url("Ｓ．ＣＬ\u0406ＣＫ．ＴＡＯＢＡＯ．ＣＯＭ／Ｔ")
    assert "HTTPS://S.CLiCK.TAOBAO.COM/T" == written_url("HTTPS://S.CL\u0406CK.TA\u200dOBAO.COM/T")
    assert "t.cl.com" == read_hosts("t.c\u0406.com")  # among small letters it is an l
    for body in (
        "链接：Ｓ．ＣＬ\u0406ＣＫ．ＴＡＯＢＡＯ．ＣＯＭ／Ｔ？Ｅ＝７６７",
        "链接：HTTPS://S.CL\u0406CK.TA\u200cOBAO.COM/T",
    ):
        findings = check(Post(title="通知", body=body), POLICY).findings
        assert ["ad.link_stripped"] == [f.rule for f in findings]


@pytest.mark.parametrize(
    "body",
    [
        "详见 s.click.t\u0251obao.com/x",  # ɑ
        "详见 s.cl\u0131ck.taobao.com/x",  # ı
        "详见 S.CL\u01c0CK.TAOBAO.COM/x",  # ǀ among capitals: the I a reader sees
        "详见 S.CL\u0196CK.TAOBAO.COM/x",  # Ɩ
        "详见 u.j\u0501.com/x",
    ],
)
def test_a_host_with_latin_lookalike_letters_is_read(body: str) -> None:
    findings = check(Post(title="通知", body=body), POLICY).findings
    assert ["ad.link_stripped"] == [f.rule for f in findings]


@pytest.mark.parametrize(
    "text",
    [
        "拼音字母 \u0251 o e，\u0261uó jiā",  # the pinyin alphabet's own a and g
        "Bak\u0131rköy.com.tr",  # a Turkish host: ö is no look-alike, nothing is read
        "\u0251.\u0261",  # no top-level domain
    ],
)
def test_latin_lookalikes_outside_a_host_stay_as_written(text: str) -> None:
    assert text == read_hosts(text)


def test_a_government_host_in_latin_lookalikes_is_never_allowed() -> None:
    findings = check(Post(title="通知", body="详见 www.\u0261ov.cn/a"), POLICY).findings
    assert ["link.other_host"] == [f.rule for f in findings]


def test_a_government_host_written_so_is_never_allowed() -> None:
    assert "other" == POLICY.classify_link("https://www.g\u043ev.cn/a")
    assert not POLICY.allows_source("https://www.g\u043ev.cn/a")


# -- properties ---------------------------------------------------------------------

_AD_HOSTS = [
    "t.cn",
    "dwz.cn",
    "u.jd.com",
    "s.click.taobao.com",
    "m.tb.cn",
    "uland.taobao.com",
    "b23.tv",
    "xhslink.com",
    "bit.ly",
]


def _lookalikes_of() -> dict[str, list[str]]:
    found: dict[str, list[str]] = {}
    for char, (reading, _) in sorted(table().items()):
        found.setdefault(reading, []).append(char)
    return found


_OF = _lookalikes_of()


@st.composite
def _disguised(draw: st.DrawFn) -> tuple[str, str]:
    """A listed ad host with some of its letters swapped for look-alikes of other scripts."""
    host = draw(st.sampled_from(_AD_HOSTS))
    places = [i for i, c in enumerate(host) if c in _OF]
    chosen = draw(st.sets(st.sampled_from(places), min_size=1, max_size=len(places)))
    chars = list(host)
    for index in chosen:
        chars[index] = draw(st.sampled_from(_OF[host[index]]))
    return host, "".join(chars)


@settings(max_examples=300, deadline=None)
@given(
    pair=_disguised(),
    form=st.sampled_from(["详见{h}/A6x", "https://{h}/A6x", "[领取]({s}{h}/x)", "领取：{h}/x，"]),
)
def test_a_disguised_ad_host_is_stripped_like_its_latin_form(
    pair: tuple[str, str], form: str
) -> None:
    host, written = pair
    result = check(Post(title="标题", body=form.format(h=written, s="https://")), POLICY)
    stripped = [f for f in result.findings if f.rule == "ad.link_stripped"]
    assert [f.rule for f in result.findings] == ["ad.link_stripped"], result.findings
    assert written in stripped[0].excerpt  # what the editor wrote
    assert host in stripped[0].message  # named as the host it imitates
    assert written not in result.post.body


_CYRILLIC = "".join(map(chr, range(0x0410, 0x0450)))
_GREEK = "".join(chr(c) for c in range(0x0391, 0x03CA) if unicodedata.category(chr(c))[0] == "L")
_WORDS = st.one_of(
    st.text(alphabet=_CYRILLIC, min_size=1, max_size=12),
    st.text(alphabet=_GREEK, min_size=1, max_size=12),
)


@example(words=["А", "А", "ςΣ"], separators=[" ", "。", " "] + [" "] * 9)  # (hypothesis: a.cc)
@settings(max_examples=300, deadline=None)
@given(
    words=st.lists(_WORDS, min_size=1, max_size=12),
    separators=st.lists(
        st.sampled_from([" ", ", ", ". ", "。", "，", "、", "和", "的"]), min_size=12
    ),
)
def test_cyrillic_and_greek_words_hold_no_link(words: list[str], separators: list[str]) -> None:
    text = "".join(w + s for w, s in zip(words, separators, strict=False))
    result = check(Post(title="标题", body=text), POLICY)
    assert [] == [f for f in result.findings if f.rule.startswith(("ad.", "link."))]
    assert text == result.post.body


@pytest.mark.parametrize(
    ("text", "stripped"),
    [
        ("www.gov.cnǀt.cn/A1b2", "t.cn/A1b2"),  # review 68's L6
        ("www.gov.cnƖt.cn/A1b2", "t.cn/A1b2"),
        ("gov.cnǀt.cn/A1b2", "t.cn/A1b2"),
        ("https://www.gov.cnǀt.cn/A1b2", "t.cn/A1b2"),
        ("<b>www.gov.cn</b>ǀt.cn/A1b2", "t.cn/A1b2"),
        ("www.gov.cnǀT.CN/x", "T.CN/x"),  # capitals on one side only
    ],
)
def test_a_bar_between_two_hosts_parts_them(text: str, stripped: str) -> None:
    """A reader sees ``www.gov.cn|t.cn/…``: the bar after a host's top-level domain is a
    separator, as it is at a token's edge (``链接ǀt.cn/…``), and the ad host after it is
    stripped; the host before it is judged on its own."""
    result = check(Post(title="标题", body=text), POLICY)
    assert [("ad.link_stripped", stripped)] == [(f.rule, f.excerpt) for f in result.findings]


def test_a_parting_bar_is_read_as_a_space_one_for_one() -> None:
    assert "www.gov.cn t.cn/x" == fold("www.gov.cnǀt.cn/x").text
    assert "www.gov.cn t.cn u.jd.com/x" == fold("www.gov.cnǀt.cnǀu.jd.com/x").text


@pytest.mark.parametrize(
    "text",
    [
        "s.click.tǀobao.com/x",  # "t" is no top-level domain: the bar is the letter
        "S.CLǀCK.TAOBAO.COM/x",  # between capitals: the I a reader sees (CL, CK are TLDs)
        "www.gov.cnǀabc",  # nothing host-like after it
        "www.gov.cnǀ.cn",
    ],
)
def test_a_bar_that_parts_no_two_hosts_is_read_as_before(text: str) -> None:
    assert " " not in fold(text).text


def test_an_address_destination_is_read_whole() -> None:
    """A browser opens ``href="https://www.gov.cnǀt.cn/x"`` as one host (an IDN): no bar
    parts an address's own destination, only text a reader is shown."""
    assert "www.gov.cnlt.cn" == read_hosts("www.gov.cnǀt.cn")
    body = '<a href="https://www.gov.cnǀt.cn/x">链接</a>'
    result = check(Post(title="标题", body=body), POLICY)
    assert ["link.other_host"] == [f.rule for f in result.findings]


def test_parting_bars_stay_linear() -> None:
    unit = "a.cnǀ" + "bǀ" * 30 + "c.cn "
    assert grows_linearly(unit * 120, unit * 1200, within=2.0)
