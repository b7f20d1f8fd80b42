"""An unexpected exception in a command: one line and exit 1; the traceback only with ``-v``."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from govpub.cli import main

EXAMPLES = Path(__file__).parents[2] / "examples"
CANARY = "CANARY-5e1d0c"


@pytest.fixture
def broken(monkeypatch: pytest.MonkeyPatch) -> None:
    """``govpub accounts`` crashes with an error that mentions a credential."""

    def explode(*_args: object, **_kwargs: object) -> None:
        raise RuntimeError(f"boom at https://x.example/?access_token={CANARY}&a=1")

    monkeypatch.setattr("govpub.config.view.account_view", explode)


ACCOUNTS = ["accounts", "--config", str(EXAMPLES / "govpub.toml")]


@pytest.mark.usefixtures("broken")
def test_no_traceback_without_verbose(capsys: pytest.CaptureFixture[str]) -> None:
    assert 1 == main(ACCOUNTS)
    captured = capsys.readouterr()
    assert "" == captured.out
    assert "Traceback" not in captured.err
    assert [
        "govpub: unexpected error: RuntimeError: boom at https://x.example/?access_token=***&a=1 "
        "(run again with -v for the traceback)"
    ] == captured.err.splitlines()


@pytest.mark.usefixtures("broken")
@pytest.mark.parametrize("log_format", ["console", "json"])
def test_the_traceback_with_verbose_redacted(
    log_format: str, capsys: pytest.CaptureFixture[str]
) -> None:
    assert 1 == main([*ACCOUNTS, "-v", "--log-format", log_format])
    err = capsys.readouterr().err
    assert "Traceback" in err
    assert "in explode" in err  # the frame that raised
    assert CANARY not in err
    assert err.rstrip().endswith("(traceback above)")
    if log_format == "json":
        record = json.loads(err.splitlines()[0])
        assert ("error", "govpub.cli.unexpected_error") == (record["level"], record["event"])
        assert "RuntimeError: boom" in record["exception"]


@pytest.mark.usefixtures("broken")
def test_json_output_stays_empty_on_a_crash(capsys: pytest.CaptureFixture[str]) -> None:
    assert 1 == main([*ACCOUNTS, "--json"])
    captured = capsys.readouterr()
    assert ("", 1) == (captured.out, len(captured.err.splitlines()))


def test_a_long_multiline_message_stays_one_line(
    monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    def explode(*_args: object, **_kwargs: object) -> None:
        raise KeyError("first line\nsecond line " + "x" * 1000)

    monkeypatch.setattr("govpub.config.view.account_view", explode)
    assert 1 == main(ACCOUNTS)
    (line,) = capsys.readouterr().err.splitlines()
    assert line.startswith("govpub: unexpected error: KeyError: ")
    assert len(line) < 400


def test_an_error_without_a_message_is_named(
    monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    def explode(*_args: object, **_kwargs: object) -> None:
        raise RecursionError

    monkeypatch.setattr("govpub.config.view.account_view", explode)
    assert 1 == main(ACCOUNTS)
    assert (
        "govpub: unexpected error: RecursionError (run again with -v for the traceback)\n"
        == capsys.readouterr().err
    )
