"""Dates on the command line outside 1970…2999 exit 2 naming the option (they crashed).

Found by tests/cli/test_cli_fuzz.py: ``--until 9999-12-31`` overflowed when the
period's end (the day after) was computed, ``--since 0001-01-01`` when the
agency's midnight was turned into UTC, ``--expires 99999999d`` when added to now.
"""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest

from govpub.cli import main

EXAMPLES = Path(__file__).parents[2] / "examples"
APPROVE = ["review", "approve", "post.md", "-k", "keys/zhang-min.example.pem", "-r", "editor"]


@pytest.fixture(autouse=True)
def workspace(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    shutil.copytree(EXAMPLES, tmp_path, dirs_exist_ok=True, ignore=shutil.ignore_patterns("*.db*"))
    monkeypatch.chdir(tmp_path)


@pytest.mark.parametrize(
    ("argv", "option"),
    [
        (["metrics", "--until", "9999-12-31"], "--until"),
        (["metrics", "--since", "0001-01-01"], "--since"),
        (["metrics", "--until", "0001-01-01"], "--until"),  # the default start is 29 days before
        (["report", "-o", "r.html", "--until", "9999-12-31"], "--until"),
        (["report", "-o", "r.html", "--at", "3000-01-01"], "--at"),
        (["posts", "--since", "0001-01-01T00:00"], "--since"),
        (["health", "--at", "0001-01-01"], "--at"),
        (["audit", "export", "--since", "0001-01-01"], "--since"),
        (["accounts", "open", "mem-city", "--reason", "r", "--date", "1969-12-31"], "date"),
        (["accounts", "filings", "--since", "9999-12-31"], "since"),
        ([*APPROVE, "--expires", "99999999d"], "--expires"),
        ([*APPROVE, "--expires", "9999999999d"], "--expires"),
        ([*APPROVE, "--expires", "9999-12-31T00:00+08:00"], "--expires"),
    ],
)
def test_a_date_out_of_range_exits_2_naming_the_option(
    argv: list[str], option: str, capsys: pytest.CaptureFixture[str]
) -> None:
    if argv[0] == "audit":
        assert 0 == main(["freeze", "--reason", "创建台账"])  # the audit trail must exist
    capsys.readouterr()
    assert 2 == main(argv)
    err = capsys.readouterr().err
    assert f": {option}: " in err
    assert "out of range: expected a date from 1970-01-01 to 2999-12-31" in err


@pytest.mark.parametrize(
    "argv",
    [
        ["metrics", "--since", "1970-01-01", "--until", "2999-12-31"],
        ["posts", "--since", "1970-01-01"],
        [*APPROVE, "--expires", "2999-12-30T00:00+08:00"],
    ],
)
def test_the_edges_of_the_range_are_accepted(
    argv: list[str], capsys: pytest.CaptureFixture[str]
) -> None:
    assert 0 == main(argv)
    capsys.readouterr()
