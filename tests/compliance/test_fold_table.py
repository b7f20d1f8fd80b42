"""The fold's map shipped precomputed (data/fold_table.json): equal to a fresh build."""

from __future__ import annotations

import json
import unicodedata
from collections.abc import Iterator

import pytest

from govpub.compliance import fold_table, folding
from govpub.compliance._data import data_text
from govpub.compliance.folding import tables


@pytest.fixture
def fresh_tables() -> Iterator[None]:
    """``tables._tables`` built again inside the test, and as before after it."""
    tables._tables.cache_clear()
    yield
    tables._tables.cache_clear()


def shipped() -> dict[str, object]:
    table: dict[str, object] = json.loads(data_text(fold_table.FILE))
    return table


def test_the_shipped_table_is_a_fresh_build_for_its_unicode_version() -> None:
    """Fails after a change to a list or a rule of the fold until the file is written
    again: ``govpub.compliance.fold_table.write_fold_table()``."""
    if shipped()["unicode"] != unicodedata.unidata_version:
        assert fold_table.load_fold_table() is None  # another Python: it builds instead
        return
    assert fold_table.load_fold_table() == tables.build_tables()
    assert data_text(fold_table.FILE) == fold_table.render_fold_table(*tables.build_tables())


def test_another_unicode_version_builds_the_map(
    monkeypatch: pytest.MonkeyPatch, fresh_tables: None
) -> None:
    monkeypatch.setattr(fold_table.unicodedata, "unidata_version", "99.0.0")
    assert fold_table.load_fold_table() is None
    built = []
    real = tables.build_tables

    def counting() -> tuple[dict[int, str | None], str]:
        built.append(1)
        return real()

    monkeypatch.setattr(tables, "build_tables", counting)
    assert folding.fold("機密★１０年").text == "机密★10年"
    assert built == [1]


def test_the_fold_reads_the_shipped_table_without_building(
    monkeypatch: pytest.MonkeyPatch, fresh_tables: None
) -> None:
    if shipped()["unicode"] != unicodedata.unidata_version:
        pytest.skip(f"the table is for Unicode {shipped()['unicode']}, not this Python's")

    def refuse() -> None:
        raise AssertionError("built, though a table for this Unicode version is shipped")

    monkeypatch.setattr(tables, "build_tables", refuse)
    assert folding.fold("ｓ．ｃｌｉｃｋ　內部資料\u200b").text == "s.click 内部资料"


def test_a_missing_or_other_format_file_is_no_table(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(fold_table, "FILE", "no_such_table.json")
    assert fold_table.load_fold_table() is None
    monkeypatch.setattr(fold_table, "_FORMAT", 0)
    monkeypatch.setattr(fold_table, "FILE", "fold_table.json")
    assert fold_table.load_fold_table() is None


def test_a_target_of_more_than_one_character_cannot_be_written() -> None:
    with pytest.raises(ValueError, match="one character"):
        fold_table.render_fold_table({ord("ﬁ"): "fi"}, "ﬁ")
    assert '"drop": "\u200b"' in fold_table.render_fold_table({0x200B: None}, "\u200b")
