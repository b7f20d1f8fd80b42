"""The command line: version, accounts (table and JSON, no secrets), exit code 2 on bad config."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

import govpub
from govpub.cli import main

EXAMPLES = Path(__file__).parents[2] / "examples"


def test_version(capsys: pytest.CaptureFixture[str]) -> None:
    assert 0 == main(["--version"])
    assert f"govpub {govpub.__version__}\n" == capsys.readouterr().out


def test_accounts_json_has_the_matrix_and_no_secret(capsys: pytest.CaptureFixture[str]) -> None:
    assert 0 == main(["accounts", "--config", str(EXAMPLES / "govpub.toml"), "--json"])
    out = capsys.readouterr().out
    data = json.loads(out)
    assert ["mem-city", "mem-forestry", "mem-archive"] == [a["id"] for a in data["accounts"]]
    # the reference (a file name), never the value; nothing is read to list the accounts
    assert "file:secrets/memory-token.txt" == data["accounts"][0]["credentials"]["token"]
    secret = (EXAMPLES / "secrets" / "memory-token.txt").read_text(encoding="utf-8").strip()
    assert secret not in out


def test_root_options_work_before_the_command(capsys: pytest.CaptureFixture[str]) -> None:
    assert 0 == main(["--config", str(EXAMPLES / "govpub.toml"), "--json", "accounts"])
    assert "mem-city" in json.loads(capsys.readouterr().out)["accounts"][0]["id"]


def test_accounts_table_for_people(capsys: pytest.CaptureFixture[str]) -> None:
    assert 0 == main(["accounts", "--config", str(EXAMPLES / "govpub.toml")])
    out = capsys.readouterr().out
    assert "mem-forestry" in out
    assert "暂停更新" in out


BROKEN = {
    "bad_toml": ("[agency\n", "invalid TOML"),
    "missing_key": (
        '[[accounts]]\nid = "a"\nplatform = "memory"\nname = "n"\n',
        "accounts[0].unit: required key is missing",
    ),
    "wrong_type": (
        '[[accounts]]\nid = "a"\nplatform = "memory"\nname = 1\nunit = "u"\n',
        "accounts[0].name: expected",
    ),
    "unknown_platform": (
        '[[accounts]]\nid = "a"\nplatform = "fax"\nname = "n"\nunit = "u"\n',
        "accounts[0].platform: unknown platform 'fax'; installed platforms:",
    ),
    "duplicate_id": (
        '[[accounts]]\nid = "a"\nplatform = "memory"\nname = "n"\nunit = "u"\n' * 2,
        "accounts[1].id: duplicate account id 'a'",
    ),
    "misspelt_credential": (
        '[[accounts]]\nid = "a"\nplatform = "memory"\nname = "n"\nunit = "u"\n'
        'credentials = { tokn = "env:GOVPUB_TEST_UNSET_VAR" }\n',
        "accounts[0].credentials.tokn: unknown key (did you mean token?)",
    ),
}


@pytest.mark.parametrize("case", sorted(BROKEN))
def test_broken_config_exits_2_with_one_line(
    case: str, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    text, expected = BROKEN[case]
    config = tmp_path / "govpub.toml"
    config.write_text(text, encoding="utf-8")
    assert 2 == main(["accounts", "--config", str(config)])
    captured = capsys.readouterr()
    assert "" == captured.out
    lines = captured.err.strip().splitlines()
    assert 1 == len(lines)
    assert lines[0].startswith(f"govpub: {config}")
    assert expected in lines[0]
    assert "Traceback" not in captured.err


def test_missing_config_exits_2(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    monkeypatch.chdir(tmp_path)
    assert 2 == main(["accounts"])
    assert "govpub.toml: configuration file not found" in capsys.readouterr().err


def test_usage_error_exits_2(capsys: pytest.CaptureFixture[str]) -> None:
    assert 2 == main(["accounts", "--no-such-option"])
    assert "No such option" in capsys.readouterr().err


def test_console_script_runs(tmp_path: Path) -> None:
    import subprocess
    import sys

    out = subprocess.run(
        [
            sys.executable,
            "-m",
            "govpub",
            "accounts",
            "--config",
            str(EXAMPLES / "govpub.toml"),
            "--json",
        ],
        capture_output=True,
        text=True,
        check=True,
    )
    assert "mem-city" in out.stdout
