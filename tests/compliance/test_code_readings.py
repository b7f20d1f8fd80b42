"""What a code's bytes say when no ECI names a character set (fix110c, review 87's F1–F4):
:func:`govpub.compliance.code_readings.readings`, fed zxing-cpp's text as it reads such codes,
and codes read from pictures."""

from __future__ import annotations

import random

import pytest
from qrkit import code_image, encode, legacy_code_image

from govpub import Image, Post, check
from govpub.compliance.barcodes import scan_image
from govpub.compliance.code_readings import readings


def _shown(raw: bytes, zxing: str) -> str:
    return readings(zxing, raw)[0]


@pytest.mark.parametrize(
    ("text", "charset"),
    [
        ("ﾐﾂﾋﾞｼﾕｰｴﾌｼﾞｪｲｷﾞﾝｺｳ", "shift_jis"),  # F1: GB 18030 reads 新宿颊按碳蕺卜掭撼
        ("ﾐｽﾞﾎｷﾞﾝｺｳ", "shift_jis"),
        ("ｶﾀｶﾅ ﾃｽﾄ", "shift_jis"),  # no GB 18030 reading at all
        ("Temp 25°C", "latin-1"),  # F2: zxing-cpp read 25ｰC, GB 18030 25癈
        ("±5°C", "latin-1"),
        ("5µg/m³", "latin-1"),
        ("£5 off", "latin-1"),
        ("§3 Abs.2", "latin-1"),
        ("«Ça va»", "latin-1"),
        ("Zürich Straße", "latin-1"),
        ("內部資料", "cp950"),  # F4: Big5, GB 18030 falls into its user-defined area
        ("報名：https://m.tb.cn/h.5AbCdEf", "cp950"),
    ],
)
def test_a_code_is_read_in_the_character_set_it_was_written_in(text: str, charset: str) -> None:
    [code] = scan_image(encode(legacy_code_image(text, charset))).codes
    assert text == code.text


@pytest.mark.parametrize(
    ("text", "shown"),
    [
        ("ﾄﾚｲｿﾗﾊﾁﾏ", "内部资料"),  # the bytes of 内部资料 in GBK: common Chinese, as WeChat shows
        ("ｶﾀｶﾅ", "独杜"),  # a short kana word that is common Chinese too: read as WeChat reads it
    ],
)
def test_kana_that_read_as_common_chinese_are_read_as_chinese(text: str, shown: str) -> None:
    [code] = scan_image(encode(legacy_code_image(text, "shift_jis"))).codes
    assert shown == code.text


def test_gbk_traditional_characters_read_as_kana_stay_chinese() -> None:
    """內部資料 in GBK (83 C8 …, not writable without an ECI here): zxing-cpp read κｲｿﾙYﾁﾏ."""
    assert "內部資料" == _shown("內部資料".encode("gbk"), "κｲｿﾙYﾁﾏ")


@pytest.mark.parametrize(
    ("kana", "chinese"),
    [
        ("ﾄﾚｲｿﾙYﾁﾏ", "内部資料"),  # an ASCII letter glued to a kana: GBK's second byte
        ("ﾊﾖﾌ硴間張ｺ9123 4567", "手提電話：9123 4567"),  # a kanji glued to a kana
        ("｢ﾙ138 ｢ﾚ1234", "①138 ②1234"),  # ｢ never closed
    ],
)
def test_kana_that_are_no_japanese_leave_a_chinese_reading(kana: str, chinese: str) -> None:
    assert chinese == _shown(chinese.encode("gbk"), kana)


def test_other_readings_are_kept_for_the_links() -> None:
    raw = b"https://\xb0t.cn/A6Xyz12q"
    assert (
        "https://皌.cn/A6Xyz12q",
        "https://°t.cn/A6Xyz12q",
        "https://配.cn/A6Xyz12q",  # Big5 (fix111f): one character, so GB 18030 is shown
        "https://t.cn/A6Xyz12q",
    ) == readings(raw.decode("latin-1"), raw)


@pytest.mark.parametrize(
    ("raw", "text"),
    [(b"https://www.gov.cn/", "https://www.gov.cn/"), ("内部资料".encode(), "内部资料")],
)
def test_ascii_and_utf8_have_one_reading(raw: bytes, text: str) -> None:
    assert (text,) == readings(text, raw)


def _findings(text: str) -> list[tuple[str, str]]:
    post = Post(
        title="通知",
        body="正文。",
        images=(Image(data=encode(code_image(text)), filename="a.png"),),
    )
    return [(f.rule, f.excerpt) for f in check(post).findings]


@pytest.mark.parametrize(
    ("text", "excerpt"),
    [
        ("°t.cn/A6Xyz12q", "°t.cn/A6Xyz12q"),
        ("°dwz.cn/AbCd12", "°dwz.cn/AbCd12"),
        ("https://°t.cn/A6Xyz12q", "https://t.cn/A6Xyz12q"),
    ],
)
def test_an_ad_another_reading_holds_blocks_with_that_reading(text: str, excerpt: str) -> None:
    """B0 before an ad host: WeChat reads 皌.cn, a Latin-1 scanner °t.cn (F3)."""
    assert [("image.ad_code", excerpt)] == _findings(text)


def test_another_readings_warning_does_not_replace_the_texts() -> None:
    assert [("image.other_host", "xample.cn/abc")] == _findings("°example.cn/abc")


def test_the_message_says_the_code_reads_otherwise_elsewhere() -> None:
    post = Post(
        title="通知",
        body="正文。",
        images=(Image(data=encode(code_image("°t.cn/A6Xyz12q")), filename="a.png"),),
    )
    [finding] = check(post).findings
    assert "其内容未标明字符集，部分扫码软件读出的是摘录中的文字" in finding.message


@pytest.mark.parametrize(
    ("kana", "chinese"),
    [
        ("ｶｫﾝｸﾄﾚｲｿﾗﾊﾁﾏ", "东莞内部资料"),  # 莞 is level 2: one hanzi in six (review 90's L1)
        ("ﾛｴﾖﾝﾄﾚｲｿﾗﾊﾁﾏ", "鄞州内部资料"),
        ("ﾄﾚｲｿﾗﾊﾁﾏ ﾜｿ", "内部资料 芸"),
    ],
)
def test_four_common_hanzi_in_a_row_beat_unvoiced_kana(kana: str, chinese: str) -> None:
    assert kana == chinese.encode("gbk").decode("shift_jis")
    assert chinese == _shown(chinese.encode("gbk"), kana)


def test_voiced_kana_stay_japanese_beside_a_run_of_common_hanzi() -> None:
    """Review 87's F1: GB 18030 reads 新宿颊按碳…, four common hanzi first."""
    kana = "ﾐﾂﾋﾞｼﾕｰｴﾌｼﾞｪｲｷﾞﾝｺｳ"
    assert kana == _shown(kana.encode("shift_jis"), kana)


@pytest.mark.parametrize("chinese", ["內部資料 請勿外傳", "內部資料，請勿外傳"])
def test_a_gbk4_trail_letter_does_not_make_chinese_latin(chinese: str) -> None:
    """Review 90's L2: 資 is D9 59 (Ù Y); zxing-cpp guessed Latin-1."""
    raw = chinese.encode("gbk")
    assert chinese == _shown(raw, raw.decode("latin-1"))


def test_latin_words_without_a_run_of_hanzi_stay_latin() -> None:
    raw = "Zürich 3 Ça".encode("latin-1")
    assert "Zürich 3 Ça" == _shown(raw, raw.decode("latin-1"))


def test_noise_read_as_chinese_finds_nothing() -> None:
    """Random kana-range bytes (review 90 ran 4,000 noise payloads): whichever reading is
    shown, the text rules find nothing in it."""
    rnd = random.Random(117)
    for _ in range(200):
        raw = bytes(
            rnd.choice([rnd.randrange(0xA1, 0xE0)] * 6 + [0x20, rnd.randrange(0x30, 0x3A)])
            for _ in range(rnd.randint(4, 30))
        )
        try:
            text = raw.decode("shift_jis")
        except UnicodeDecodeError:
            text = raw.decode("latin-1")
        shown = readings(text, raw)[0]
        assert () == check(Post(title="关于做好有关工作的通知", body=f"正文。{shown}。")).findings
