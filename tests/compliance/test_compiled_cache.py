"""Compiled Hyperscan databases are kept between processes, and never trusted blindly."""

from __future__ import annotations

from pathlib import Path

import pytest

from govpub.compliance import literal_scan
from govpub.compliance.compiled_cache import cache_dir
from govpub.compliance.literal_scan import LiteralScanner

TEXT = "请访问 t.cn 或 dwz.cn，勿信 t.cn 的链接"
LITERALS = ["t.cn", "dwz.cn", "链接"]


def _no_compiling(monkeypatch: pytest.MonkeyPatch) -> None:
    def refuse(*_: object) -> None:
        raise AssertionError("compiled although the cache holds the database")

    monkeypatch.setattr(literal_scan, "_compile", refuse)


def test_a_database_is_compiled_once_and_then_loaded(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("GOVPUB_CACHE_DIR", str(tmp_path))
    found = LiteralScanner(LITERALS).scan(TEXT)
    [kept] = tmp_path.glob("hyperscan-*.db")
    _no_compiling(monkeypatch)
    assert LiteralScanner(LITERALS).scan(TEXT) == found == [(4, 0), (11, 1), (21, 0), (27, 2)]
    assert [kept] == list(tmp_path.glob("hyperscan-*.db"))
    with pytest.raises(AssertionError, match="compiled"):
        LiteralScanner(["t.cn"])  # another list: compiled, not loaded


def test_another_list_is_another_database(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("GOVPUB_CACHE_DIR", str(tmp_path))
    LiteralScanner(LITERALS)
    LiteralScanner([*LITERALS, "淘宝"])
    LiteralScanner(["t.c", "n"])  # the same bytes as one literal "t.cn", split otherwise
    LiteralScanner(["t.cn"])
    assert 4 == len(list(tmp_path.glob("hyperscan-*.db")))


def test_a_file_that_does_not_load_is_compiled_over(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("GOVPUB_CACHE_DIR", str(tmp_path))
    LiteralScanner(LITERALS)
    [kept] = tmp_path.glob("hyperscan-*.db")
    whole = kept.read_bytes()
    kept.write_bytes(whole[: len(whole) // 2])  # truncated, as by a full disk
    assert LiteralScanner(LITERALS).scan(TEXT)[0] == (4, 0)
    assert whole == kept.read_bytes()  # written again, whole


def test_nothing_is_kept_when_the_cache_is_off_or_cannot_be_written(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("GOVPUB_CACHE_DIR", "off")
    assert cache_dir() is None
    assert LiteralScanner(LITERALS).scan(TEXT)[0] == (4, 0)
    blocked = tmp_path / "a-file"
    blocked.write_text("not a directory")
    monkeypatch.setenv("GOVPUB_CACHE_DIR", str(blocked / "cache"))
    assert LiteralScanner(LITERALS).scan(TEXT)[0] == (4, 0)
    assert [blocked] == list(tmp_path.iterdir())


def test_the_cache_is_the_users_by_default(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.delenv("GOVPUB_CACHE_DIR", raising=False)
    monkeypatch.setenv("XDG_CACHE_HOME", str(tmp_path))
    assert tmp_path / "govpub" == cache_dir()
    monkeypatch.delenv("XDG_CACHE_HOME")
    monkeypatch.setenv("HOME", str(tmp_path))
    assert tmp_path / ".cache" / "govpub" == cache_dir()
