"""Share codes in brackets the fold does not keep: emoji, and a sign before "://" (the
[bare.brackets] table of data/share_codes.toml; fix98c)."""

from __future__ import annotations

import pytest
from check_timing import grows_linearly

from govpub import Policy, Post, check

CASES = [
    ("🔑VAQz99KzQVD🔑 打开淘宝APP", True),
    ("$VAQz99KzQVD:// 打开淘宝", True),
    ("¥VAQz99KzQVD:/ 打开淘宝", True),
    ("😆VAQz99KzQVD😆 CZ3457 打开淘宝", True),
    ("❤️VAQz99KzQVD❤️ 打开京东", True),
    ("🔑重点🔑 打开淘宝APP看看", False),  # words
    ("🔑Welcome🔑 打开淘宝", False),  # an English word
    ("🔑Windows10🔑 打开淘宝", False),  # a product name
    ("网址https://www.gov.cn 打开淘宝", False),  # a scheme after a word
    ("$Https:// 打开淘宝", False),
    ("🔑VAQz99KzQVD🔑 型号说明", False),  # no trigger
    ("VAQz99KzQVD 打开淘宝APP", False),  # no brackets
    ("★VAQz99KzQVD★ 打开淘宝", False),  # (the fold keeps ★: not read as an emoji's space)
    ("型号🔑VAQz99KzQVD🔑 打开淘宝", False),  # a label
]


@pytest.mark.parametrize(("text", "blocks"), CASES)
def test_bracketed_share_codes(text: str, blocks: bool) -> None:
    result = check(Post(title="通知", body=text), Policy.default())
    assert blocks == any(f.rule == "ad.share_code" for f in result.findings)


def test_bracketed_share_codes_are_read_in_linear_time() -> None:
    for unit in ("🔑VAQz99KzQVD🔑 打开淘宝 ", "$VAQz99KzQVD:// 打", "🔑 " * 5 + "打开"):
        assert grows_linearly(unit * 40, unit * 400, within=2.0), unit
