"""Big5 codes that GB 18030 reads too, and Big5's full-width forms (fix111f, review 90's L3):
:func:`govpub.compliance.code_readings.readings` and :mod:`govpub.compliance.charset_odds`."""

from __future__ import annotations

import random
import unicodedata

import pytest
from qrkit import encode, legacy_code_image

from govpub.compliance._data import data_kinds
from govpub.compliance.barcodes import scan_image
from govpub.compliance.charset_odds import big5_likelier, costs
from govpub.compliance.code_readings import readings


@pytest.mark.parametrize(
    "text",
    [
        "機密★",  # GB 18030 reads 诀盞」
        "絕密★",
        "機密 請勿外傳",
        "僅供內部使用",  # GB 18030 reads 度ㄑず场ㄏノ
        "不公開",
        "此件不公開",
        "報名：ｍ．ｔｂ．ｃｎ／h.5AbCdEf",  # full-width forms: Big5 row A2
        "掃碼領券 ｔ．ｃｎ／ＡＢＣ",
        "限時優惠 加微信",
    ],
)
def test_a_big5_code_is_read_as_big5(text: str) -> None:
    [code] = scan_image(encode(legacy_code_image(text, "cp950"))).codes
    assert text == code.text


@pytest.mark.parametrize(
    "text",
    ["机密★", "内部资料", "东莞内部资料", "机密★ Москва", "机ー密ー★", "内部资料 盞盞盞盞盞盞"],
)
def test_a_gbk_code_stays_gb18030(text: str) -> None:
    """Signs, Cyrillic or GBK-only characters added to a marking cannot tip it to Big5."""
    raw = text.encode("gbk")
    assert text == readings(raw.decode("latin-1"), raw)[0]


def test_the_big5_reading_is_another_reading_of_a_gbk_code() -> None:
    raw = "机密★".encode("gbk")
    assert ("机密★", "»úÃÜ¡ï", "儂躇∴") == readings(raw.decode("latin-1"), raw)


def test_no_gb2312_text_is_read_as_big5() -> None:
    """Random GB 2312 text (hanzi of both levels and rows 1-3) stays GB 18030, however likely
    its Big5 reading."""
    pool = [
        bytes([lead, trail]).decode("gb2312", errors="ignore")
        for lead in [*range(0xA1, 0xA4), *range(0xB0, 0xF8)]
        for trail in range(0xA1, 0xFF)
    ]
    pool = [c for c in pool if c]
    chance = random.Random(111)
    for _ in range(3000):
        text = "".join(chance.choice(pool) for _ in range(chance.randint(2, 12)))
        raw = text.encode("gb18030")
        try:
            big5 = raw.decode("cp950")
        except UnicodeDecodeError:
            continue
        assert not big5_likelier(text, big5), text


def test_one_character_tells_no_character_set() -> None:
    assert not big5_likelier("https://皌.cn/x", "https://配.cn/x")


def test_common_text_costs_less_than_its_other_reading() -> None:
    assert sum(costs("机密")) < sum(costs("儂躇"))
    assert sum(costs("機密★")) < sum(costs("诀盞」"))


def test_the_frequency_list_is_hanzi_by_rising_cost() -> None:
    bands = data_kinds("hanzi_frequency.txt")
    numbers = [int(n) for n in bands]
    assert sorted(numbers) == numbers
    chars = "".join(run for runs in bands.values() for run in runs)
    assert len(chars) == len(set(chars)) > 6000
    assert all(unicodedata.name(c).startswith("CJK") for c in chars)  # (t2s folds to ext. B too)
