"""Big5 codes with level-2 hanzi and GBK codes whose traditional hanzi read as Latin-1 words
(fix112d, review 99's L1 and L4): :func:`govpub.compliance.code_readings.readings` and
:mod:`govpub.compliance.charset_odds`."""

from __future__ import annotations

import random

import pytest
from qrkit import encode, legacy_code_image

from govpub import Post, check
from govpub.compliance.barcodes import scan_image
from govpub.compliance.charset_odds import costs, likelier_than_latin, likelier_than_noise
from govpub.compliance.code_readings import readings


def _read(text: str, charset: str, zxing: str = "latin-1") -> str:
    """The reading ``text``'s bytes in ``charset`` are judged by, zxing-cpp having read them
    in ``zxing``."""
    raw = text.encode(charset)
    return readings(raw.decode(zxing), raw)[0]


@pytest.mark.parametrize(
    "text",
    ["內部資料 店舖", "內部資料 人蔘", "機密★ 鄭淯", "機密★ 噁", "不得外傳 店舖", "內部資料 衚衕"],
)
def test_a_big5_code_with_a_level2_hanzi_is_read_as_big5(text: str) -> None:
    """L1: one level-2 hanzi (次常用字) broke the nine-in-ten share of level-1 ones."""
    [code] = scan_image(encode(legacy_code_image(text, "cp950"))).codes
    assert text == code.text


def test_zxing_cpps_own_gb18030_reading_is_weighed_against_big5() -> None:
    """zxing-cpp read ``機密★ 噁`` as GB 18030's 诀盞」 潸 itself."""
    assert "機密★ 噁" == _read("機密★ 噁", "cp950", "gb18030")


@pytest.mark.parametrize(
    "text",
    ["報證\n機密★", "奃襂磪泍躆罏畨颳\n機密★", "絕密★ 證", "秘密★ 資", "绝密★ 轉載", "秘密★ 门 關"],
)
def test_gbk_with_latin1_words_is_read_as_gb18030_when_far_likelier(text: str) -> None:
    """L4: 證 is D7 43 (×C), 機 99 43 (a C1 control and C): Latin-1 words no longer keep
    Latin-1 when GB 18030's reading is far likelier text."""
    assert text == _read(text, "gbk")


@pytest.mark.parametrize(
    ("text", "charset"),
    [
        ("Zürich 3 Ça", "latin-1"),
        ("Müller ±5 µg", "latin-1"),
        ("naïve façade", "latin-1"),
        ("ÂÊÎÔÛ Zoë", "latin-1"),
        ("Tel 13812345678 Zürich", "latin-1"),
        ("ﾐﾂﾋﾞｼﾕｰｴﾌｼﾞｪｲｷﾞﾝｺｳ", "shift_jis"),
        ("ｶﾀｶﾅ ﾃｽﾄ", "shift_jis"),
        ("机密★ 店铺", "gbk"),
        ("内部资料 芸", "gbk"),
    ],
)
def test_latin1_shift_jis_and_gb2312_codes_stay(text: str, charset: str) -> None:
    [code] = scan_image(encode(legacy_code_image(text, charset))).codes
    assert text == code.text


def test_chinese_is_likelier_than_noise_and_noise_is_not() -> None:
    assert likelier_than_noise("內部資料 店舖")
    assert likelier_than_noise("機密★ 鄭淯")
    assert not likelier_than_noise("鄭")  # one character tells nothing
    assert not likelier_than_noise("蠙蠛蠝蠟")  # rare hanzi only: 22 bits each


def test_latin1_words_outweigh_a_rare_gbk4_reading() -> None:
    """``Müller``: GB 18030 reads ül as one rare hanzi; Latin-1 places ü beside letters."""
    assert not likelier_than_latin("M黮ler", [4])
    assert likelier_than_latin("報證\n機密★", [32, 11, 11, 32, 4, 11, 11, 11])
    assert sum(costs("報證\n機密★")) == 49


def test_random_latin1_bytes_read_another_way_find_nothing() -> None:
    """Bytes of accented letters and ASCII letters (review 99's fuzz): whichever reading is
    shown, the text rules find nothing in it."""
    chance = random.Random(112)
    letters = [*range(0xC0, 0x100), *range(0x61, 0x7B)]
    for _ in range(300):
        raw = bytes(chance.choice(letters) for _ in range(chance.randint(3, 20)))
        shown = readings(raw.decode("latin-1"), raw)[0]
        assert () == check(Post(title="关于做好有关工作的通知", body=f"正文。{shown}。")).findings
