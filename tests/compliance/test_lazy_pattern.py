"""LazyPattern: an expression compiled on first use, that then reads like the compiled one."""

from __future__ import annotations

import re
import subprocess
import sys

import pytest

from govpub.compliance.lazy_pattern import LazyPattern

SOURCE = r"(?P<level>绝密|机密|秘密)★(?P<years>\d+)年"


def compiled_yet(pattern: LazyPattern) -> bool:
    return "_compiled" in vars(pattern)


def test_nothing_is_compiled_until_the_expression_is_used() -> None:
    pattern = LazyPattern(SOURCE + "(?#unique to this test)")
    assert pattern.pattern.startswith(SOURCE)
    assert pattern.flags == 0
    assert not compiled_yet(pattern)
    assert pattern.search("文件：机密★10年") is not None
    assert compiled_yet(pattern)


@pytest.mark.parametrize(
    ("method", "args"),
    [
        ("search", ("甲机密★10年乙",)),
        ("match", ("机密★5年",)),
        ("fullmatch", ("秘密★1年",)),
        ("findall", ("绝密★30年，机密★10年",)),
        ("split", ("甲机密★10年乙",)),
        ("sub", ("[密级]", "甲机密★10年乙")),
        ("subn", ("[密级]", "甲机密★10年乙")),
    ],
)
def test_each_method_answers_as_the_compiled_expression_does(
    method: str, args: tuple[str, ...]
) -> None:
    lazy, plain = LazyPattern(SOURCE), re.compile(SOURCE)

    def result(pattern: object) -> object:
        value = getattr(pattern, method)(*args)
        return value.group(0) if isinstance(value, re.Match) else value

    assert result(lazy) == result(plain)


def test_finditer_positions_groups_and_the_compiled_pattern() -> None:
    lazy, plain = LazyPattern(SOURCE, re.IGNORECASE), re.compile(SOURCE, re.IGNORECASE)
    text = "绝密★30年，机密★10年"
    assert [m.span() for m in lazy.finditer(text, 1)] == [m.span() for m in plain.finditer(text, 1)]
    assert lazy.groups == 2
    assert lazy.groupindex == {"level": 1, "years": 2}
    assert lazy.compiled == plain  # (equal: the same source, flags and program)


def test_after_the_first_use_the_methods_are_the_compiled_patterns_own() -> None:
    lazy = LazyPattern(SOURCE + "(?#bound)")
    lazy.match("")
    assert lazy.search == lazy.compiled.search  # bound methods of the one compiled pattern
    assert "search" in vars(lazy)  # found on the instance: no wrapper on later calls


def test_an_attribute_patterns_lack_is_an_attribute_error() -> None:
    with pytest.raises(AttributeError, match="scanner_of_everything"):
        LazyPattern(SOURCE).scanner_of_everything  # type: ignore[attr-defined]  # noqa: B018


def test_the_repr_shows_the_start_of_the_source() -> None:
    assert repr(LazyPattern("abc")) == "LazyPattern('abc')"
    assert repr(LazyPattern("x" * 100)).endswith("…)")


def test_a_built_expression_builds_its_source_once_when_first_needed() -> None:
    calls: list[str] = []

    def source() -> str:
        calls.append("built")
        return SOURCE + "(?#built)"

    lazy = LazyPattern.built(source, re.IGNORECASE)
    assert calls == []  # (not at construction: a word list is read on first need)
    assert lazy.pattern == SOURCE + "(?#built)"  # (right whenever read, compiled or not)
    assert not compiled_yet(lazy)
    assert repr(lazy).startswith("LazyPattern('(?P<level>")
    assert lazy.search("机密★10年") is not None
    assert lazy.compiled.flags & re.IGNORECASE
    assert calls == ["built"]


def test_a_built_expression_compiles_from_its_source_on_first_use() -> None:
    lazy = LazyPattern.built(lambda: SOURCE + "(?#first use)")
    assert lazy.groups == 2
    assert lazy.pattern.endswith("(?#first use)")


# Run in a fresh interpreter: in this one, other tests have used the expressions already.
_CLEAN_POST_SCRIPT = """
from govpub import Post, check
from govpub.compliance import grouping, marking_forms, share_codes
from govpub.compliance.personal import labels
result = check(Post(title="通知", body="本周六上午九点，社区开展义诊活动。欢迎居民参加。"))
assert not result.blocked, result
lazies = {
    "secrecy marking": marking_forms.MARKING,
    "number grouping": grouping._NUMBER,
    "personal-data label": labels._LABEL,
    "share-code trigger": share_codes.share_code_rules().trigger,
}
print(sorted(name for name, p in lazies.items() if "_compiled" in vars(p)))
"""


def test_a_clean_post_compiles_none_of_the_large_rarely_needed_expressions() -> None:
    """The start-up promise (docs/performance.md, "Start-up"): checking a post that holds
    no marking, no long number and no share code compiles none of their expressions."""
    done = subprocess.run(
        [sys.executable, "-c", _CLEAN_POST_SCRIPT], capture_output=True, text=True, check=False
    )
    assert done.returncode == 0, done.stderr
    assert done.stdout.strip() == "[]"
