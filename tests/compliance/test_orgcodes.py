"""统一社会信用代码 (GB 32100-2015) and 组织机构代码 (GB 11714-1997): check characters and form."""

from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st
from number_makers import USCC_CHARS, org_code, uscc

from govpub.compliance.orgcodes import (
    AUTHORITY_CATEGORIES,
    org_code_check_char,
    registered_uscc,
    uscc_check_char,
    valid_org_code,
    valid_uscc,
)


def test_published_code_is_valid() -> None:
    # the code on a 福州 licence quoted by every validator; its 组织机构代码 is M000100Y4
    assert valid_uscc("91350100M000100Y43")
    assert valid_uscc("91350100m000100y43")  # detectors see folded (lower-cased) text
    assert valid_org_code("M000100Y4")
    assert registered_uscc("91350100M000100Y43")


def test_early_fujian_pilot_code_fails_its_check() -> None:
    # rules.md §9: computed check character 1, printed M
    assert "1" == uscc_check_char("91350100M0001TGQX")
    assert not valid_uscc("91350100M0001TGQXM")


@pytest.mark.parametrize("bad", ["", "9135010", "91350100M000100Y4", "91350100M000100Y433", "I1"])
def test_wrong_lengths_and_characters_are_not_codes(bad: str) -> None:
    assert not valid_uscc(bad)
    assert not registered_uscc(bad)


def test_letters_outside_the_set_have_no_check_character() -> None:
    assert uscc_check_char("91350100M000100YI") is None  # I is not used
    assert org_code_check_char("M000100!") is None


def test_org_code_forms() -> None:
    assert valid_org_code("m000100y-4")
    assert not valid_org_code("M000100Y-5")
    assert not valid_org_code("M000100Y")
    codes = [org_code(f"{n:08d}") for n in range(200)]
    assert {"X", "0"} <= {c[-1] for c in codes}  # both special check values occur
    assert all(valid_org_code(c) and valid_org_code(c[:8] + "-" + c[8]) for c in codes)


_SEVENTEEN = st.text(alphabet=USCC_CHARS, min_size=17, max_size=17)


@given(first17=_SEVENTEEN)
def test_check_character_agrees_with_an_independent_computation(first17: str) -> None:
    assert uscc(first17) == first17 + str(uscc_check_char(first17))
    assert valid_uscc(uscc(first17))


@given(first17=_SEVENTEEN, position=st.integers(0, 17), char=st.sampled_from(USCC_CHARS))
def test_every_single_substitution_is_caught(first17: str, position: int, char: str) -> None:
    # 31 is prime and no weight is 0 mod 31: a changed character always changes the check
    code = uscc(first17)
    changed = code[:position] + char + code[position + 1 :]
    assert valid_uscc(changed) == (changed == code)


@given(first8=st.text(alphabet="0123456789", min_size=8, max_size=8), position=st.integers(0, 8))
def test_org_code_catches_a_changed_digit(first8: str, position: int) -> None:
    code = org_code(first8)
    digit = "0123456789"[(int(code[position], 36) + 1) % 10] if code[position] != "X" else "1"
    changed = code[:position] + digit + code[position + 1 :]
    assert valid_org_code(code)
    assert not valid_org_code(changed)


@given(
    authority=st.sampled_from(sorted(AUTHORITY_CATEGORIES)),
    data=st.data(),
    division=st.sampled_from(["100000", "110108", "310115", "440300", "510107", "110119"]),
    body=st.text(alphabet="0123456789ABCDEFGHJKLMNPQRTUWXY", min_size=8, max_size=8),
)
def test_registered_codes_of_every_category(
    authority: str, data: st.DataObject, division: str, body: str
) -> None:
    category = data.draw(st.sampled_from(AUTHORITY_CATEGORIES[authority]))
    subject = org_code(body)
    if subject[-1] not in USCC_CHARS:  # an org code check "X" is in the set; nothing else is out
        return
    code = uscc(authority + category + division + subject)
    assert registered_uscc(code)
    assert not registered_uscc(uscc(authority + "8" + division + subject))  # no category 8
    assert not registered_uscc(uscc(authority + category + "990000" + subject))  # no province 99
    assert not registered_uscc(uscc(code[:16] + USCC_CHARS[(USCC_CHARS.index(code[16]) + 1) % 11]))


@pytest.mark.parametrize(
    "code",
    [
        uscc("B1110108" + org_code("12345678")),  # B is not an authority
        uscc("91" + "0A0000" + org_code("12345678")),  # the division is not digits
        uscc("01110108" + org_code("12345678")),  # 0 is not an authority
    ],
)
def test_not_registered(code: str) -> None:
    assert valid_uscc(code)
    assert not registered_uscc(code)


def test_districts_18_to_20_only_under_city_01() -> None:
    body = org_code("88010112")
    assert registered_uscc(uscc("91110119" + body))  # 北京市延庆区
    assert not registered_uscc(uscc("91321119" + body))  # 镇江 has no 19th district
    assert registered_uscc(uscc("91321181" + body))  # a county-level city is fine
