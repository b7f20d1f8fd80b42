"""An English gloss beside a Chinese word is read past (red team 100; :mod:`.glosses`)."""

from __future__ import annotations

import re

import pytest

from govpub.compliance.glosses import gloss, gloss_before

_WORD = re.compile(rf"密级{gloss('classification')}:")
_NOTE = re.compile(rf"{gloss_before('not for release')}不公开$")


@pytest.mark.parametrize(
    "text",
    ["密级:", "密级(classification):", "密级（classification）:", "密级 classification:",
     "密级/classification:", "密级 — classification:", "密级。classification:"],
)  # fmt: skip
def test_a_gloss_after_the_word_is_read_past(text: str) -> None:
    assert _WORD.fullmatch(text)


@pytest.mark.parametrize(
    "text", ["密级 classifications:", "密级 grade:", "密级(other words):", "密级classification:"]
)
def test_other_english_is_no_gloss(text: str) -> None:
    assert not _WORD.fullmatch(text)


@pytest.mark.parametrize(
    "text",
    ["不公开", "not for release 不公开", "not for release — 不公开", "not for release. 不公开"],
)
def test_a_gloss_may_come_first(text: str) -> None:
    assert _NOTE.fullmatch(text)


def test_a_gloss_first_is_a_whole_word() -> None:
    assert not _NOTE.fullmatch("xnot for release 不公开")
