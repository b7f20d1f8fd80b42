"""Compiled expressions are kept between processes, made equal to ``re.compile``'s, and never
trusted blindly."""

from __future__ import annotations

import json
import os
import re
import subprocess
import sys
from pathlib import Path

import pytest

import govpub
from govpub.compliance import regex_cache
from govpub.compliance.regex_cache import regex

ROOT = Path(__file__).resolve().parents[2]
PATTERN = r"(?P<area>\d{3})-(\d{4})(?:[-－](?P<line>\d{4}))?"


@pytest.fixture
def programs(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> regex_cache._Programs:
    """A process's programs of its own, kept in ``tmp_path``."""
    monkeypatch.setenv("GOVPUB_CACHE_DIR", str(tmp_path))
    fresh = regex_cache._Programs()
    monkeypatch.setattr(regex_cache, "_PROGRAMS", fresh)
    return fresh


def _new_process(monkeypatch: pytest.MonkeyPatch) -> regex_cache._Programs:
    """The state of the next process: nothing known until the file is read."""
    fresh = regex_cache._Programs()
    monkeypatch.setattr(regex_cache, "_PROGRAMS", fresh)
    return fresh


def _no_compiling(monkeypatch: pytest.MonkeyPatch) -> None:
    def refuse(*_: object) -> None:
        raise AssertionError("compiled although the file holds the program")

    monkeypatch.setattr(regex_cache, "_compiled_program", refuse)


def test_every_expression_of_a_check_equals_re_compiles() -> None:
    """``==`` of two patterns compares their source, flags and compiled program."""
    govpub.check(govpub.Post(title="通知", body="请联系 138-1234-5678，详见 https://t.cn/x"))
    known = regex_cache._PROGRAMS.known or {}
    assert len(regex_cache._PROGRAMS.used) > 300
    for pattern, flags in regex_cache._PROGRAMS.used:
        assert (pattern, flags) in known
        assert re.compile(pattern, flags) == regex(pattern, flags), pattern[:80]


def test_a_program_is_compiled_once_and_then_read(
    programs: regex_cache._Programs, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    made = regex(PATTERN, re.IGNORECASE)
    programs.keep()
    [kept] = tmp_path.glob("regex-*.marshal")
    _new_process(monkeypatch)
    _no_compiling(monkeypatch)
    again = regex(PATTERN, re.IGNORECASE)
    assert made == again == re.compile(PATTERN, re.IGNORECASE)
    assert {"area": 1, "line": 3} == dict(again.groupindex)
    assert ("138", "1234", "5678") == again.fullmatch("138-1234－5678").groups()  # type: ignore[union-attr]
    with pytest.raises(AssertionError, match="compiled"):
        regex(PATTERN)  # other flags: another program
    assert [kept] == list(tmp_path.glob("regex-*.marshal"))


def test_what_another_process_kept_meanwhile_is_not_lost(
    programs: regex_cache._Programs, monkeypatch: pytest.MonkeyPatch
) -> None:
    regex("甲+")
    other = _new_process(monkeypatch)
    regex("乙+")
    other.keep()
    monkeypatch.setattr(regex_cache, "_PROGRAMS", programs)
    programs.keep()  # read again, and merged
    _new_process(monkeypatch)
    _no_compiling(monkeypatch)
    assert regex("甲+").fullmatch("甲甲")
    assert regex("乙+").fullmatch("乙")


@pytest.mark.parametrize(
    "damage",
    [
        lambda whole: whole[: len(whole) // 2],  # truncated, as by a full disk
        lambda whole: b"not marshal at all",
        lambda whole: b"\xe9" * 40,
    ],
)
def test_a_file_that_does_not_load_is_compiled_over(
    programs: regex_cache._Programs, tmp_path: Path, monkeypatch: pytest.MonkeyPatch, damage: object
) -> None:
    regex(PATTERN)
    programs.keep()
    [kept] = tmp_path.glob("regex-*.marshal")
    whole = kept.read_bytes()
    kept.write_bytes(damage(whole))  # type: ignore[operator]
    again = _new_process(monkeypatch)
    assert re.compile(PATTERN) == regex(PATTERN)
    again.keep()
    assert whole == kept.read_bytes()  # written again, whole


def test_a_program_the_matcher_refuses_is_compiled_anew(
    programs: regex_cache._Programs, monkeypatch: pytest.MonkeyPatch
) -> None:
    regex(PATTERN)
    programs.keep()
    again = _new_process(monkeypatch)
    known = again.load()
    flags, code, groups, groupindex, indexgroup = known[(PATTERN, 0)]
    known[(PATTERN, 0)] = (flags, [99999, *code[1:]], groups, groupindex, indexgroup)
    assert re.compile(PATTERN) == regex(PATTERN)
    known[(PATTERN, 0)] = ("not a program",)  # type: ignore[assignment]
    assert re.compile(PATTERN) == regex(PATTERN)


def test_errors_and_flags_are_re_compiles(programs: regex_cache._Programs) -> None:
    with pytest.raises(re.error, match="missing \\), unterminated subpattern"):
        regex("(甲")
    assert re.compile("a", re.I | re.M) == regex("a", re.I | re.M)
    assert re.compile("(?i)a") == regex("(?i)a")
    assert re.compile(r"\w") == regex(r"\w")
    assert re.compile(r"\w", re.ASCII) == regex(r"\w", re.ASCII) != regex(r"\w")


def test_nothing_is_kept_when_the_cache_is_off(
    monkeypatch: pytest.MonkeyPatch, tmp_path: Path
) -> None:
    monkeypatch.setenv("GOVPUB_CACHE_DIR", "off")
    off = _new_process(monkeypatch)
    assert re.compile(PATTERN) == regex(PATTERN)
    off.keep()
    assert off.path is None
    assert [] == list(tmp_path.iterdir())


def test_an_unwritable_directory_costs_only_the_compile(
    programs: regex_cache._Programs, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    blocked = tmp_path / "file"
    blocked.write_text("")
    monkeypatch.setenv("GOVPUB_CACHE_DIR", str(blocked / "below"))
    unwritable = _new_process(monkeypatch)
    assert re.compile(PATTERN) == regex(PATTERN)
    unwritable.keep()  # logged, not raised


def test_the_expressions_are_the_same_in_every_process(tmp_path: Path) -> None:
    """An expression built from a set's order (string hashing differs by process) would be
    a new one in each process, compiled each time and the file growing without end."""
    script = (
        "import json, govpub\n"
        "from govpub.compliance import regex_cache\n"
        "govpub.check(govpub.Post(title='通知', body='内部资料 138-1234-5678 https://t.cn/x'))\n"
        "print(json.dumps(sorted(p for p, _ in regex_cache._PROGRAMS.used)))\n"
    )
    seen = []
    for seed in ("1", "2"):
        env = {**os.environ, "PYTHONHASHSEED": seed, "GOVPUB_CACHE_DIR": str(tmp_path / seed)}
        env["PYTHONPATH"] = os.pathsep.join([str(ROOT), env.get("PYTHONPATH", "")])
        out = subprocess.run(
            [sys.executable, "-c", script], env=env, capture_output=True, text=True, check=True
        )
        seen.append(json.loads(out.stdout))
    assert seen[0] == seen[1]
