"""The corpus's number makers make what they say: a maker that made a 17-digit "统一社会信用代码"
left every look-alike case built on it testing a number no reader would take for a code."""

from __future__ import annotations

import random

import pytest
from number_makers import luhn, luhn_uscc, org_code, uscc


@pytest.mark.parametrize("prefix", ["51", "52", "53", "54", "55"])
def test_luhn_uscc_is_an_18_digit_code_that_passes_luhn(prefix: str) -> None:
    rng = random.Random(prefix)
    for _ in range(20):
        code = luhn_uscc(rng, prefix)
        assert len(code) == 18
        assert code.isdigit()
        assert code.startswith(prefix)
        assert uscc(code[:17]) == code  # its GB 32100 check character
        assert org_code(code[8:16]) == code[8:17]  # a well-formed 组织机构代码 inside
        assert luhn(code[:-1]) == code  # and a card's check digit by chance
