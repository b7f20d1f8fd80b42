"""``-v/--verbose`` and ``--log-format``: debug logs on stderr, redacted, never in ``--json`` output.

Issue 11, item 5.  A publication to a WeChat account of the sandbox over
loopback makes real HTTP requests — the token request carries the app secret
in its query string, every call after it ``access_token=`` — so the httpx
request log is the line most likely to leak a secret.
"""

from __future__ import annotations

import json
import logging
import re
import shutil
from collections.abc import Iterator
from pathlib import Path

import pytest
import structlog

from govpub.cli import main

pytest.importorskip("uvicorn")
from govpub.sandbox import SandboxServer
from govpub.testing import SandboxMatrix, sandbox_matrix

EXAMPLES = Path(__file__).parents[2] / "examples"

POST = """---
id: p_logging
title: 关于开展2026年春季义务植树活动的通知
summary: 全市组织开展春季义务植树活动，欢迎市民就近参加。
author: 市绿化委员会办公室
category: daily
url: https://www.example.gov.cn/zwgk/tzgg/202603/t20260305_1001.html
cover: {src: images/cover.jpg, alt: 春季义务植树活动}
---
市绿化委员会决定于植树节前后组织开展春季义务植树活动，欢迎市民就近参加。
"""

UNREDACTED_TOKEN = re.compile(r"(?i)(access_token|secret|appsecret)=(?!\*\*\*)")


@pytest.fixture
def workspace(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Iterator[SandboxMatrix]:
    with SandboxServer() as server:
        written = sandbox_matrix(
            server,
            tmp_path,
            wechat=1,
            weibo=0,
            app=0,
            settings={"wechat": {"status_poll_initial": 0.05, "status_poll_max": 0.2}},
            extra_toml="[publisher]\nrequire_review = false\n",
        )
        shutil.copytree(EXAMPLES / "images", tmp_path / "images")
        (tmp_path / "post.md").write_text(POST, encoding="utf-8")
        monkeypatch.chdir(tmp_path)
        yield written


def secrets_of(workspace: SandboxMatrix) -> list[str]:
    return [value for a in workspace.accounts for value in a.credentials.values() if len(value) > 8]


def test_verbose_publish_logs_redacted_http_requests(
    workspace: SandboxMatrix, capsys: pytest.CaptureFixture[str]
) -> None:
    assert 0 == main(["-v", "--log-format", "console", "publish", "post.md", "--json"])
    captured = capsys.readouterr()
    assert {"published": 1} == json.loads(captured.out)["counts"]  # stdout: the report only
    assert "HTTP Request: POST" in captured.err
    assert "access_token=***" in captured.err
    assert "govpub.delivery.published" in captured.err  # govpub's own debug events
    assert [] == UNREDACTED_TOKEN.findall(captured.err)
    for secret in secrets_of(workspace):
        assert secret not in captured.err
        assert secret not in captured.out


def test_log_format_json_writes_parseable_lines_on_stderr_only(
    workspace: SandboxMatrix, capsys: pytest.CaptureFixture[str]
) -> None:
    # the global options after the command work as well as before it
    assert 0 == main(["publish", "post.md", "--json", "-v", "--log-format", "json"])
    captured = capsys.readouterr()
    json.loads(captured.out)  # one JSON document, no log line mixed in
    lines = [json.loads(line) for line in captured.err.splitlines()]
    assert lines
    events = {line["event"] for line in lines}
    assert "govpub.delivery.published" in events
    requests = [e for e in events if e.startswith("HTTP Request:")]
    assert requests
    assert all("access_token=***" in e for e in requests if "?" in e)
    assert [] == UNREDACTED_TOKEN.findall(captured.err)
    assert {"debug", "info"} <= {line["level"] for line in lines}
    for secret in secrets_of(workspace):
        assert secret not in captured.err


def test_quiet_by_default(workspace: SandboxMatrix, capsys: pytest.CaptureFixture[str]) -> None:
    assert 0 == main(["publish", "post.md", "--json", "--log-format", "json"])
    captured = capsys.readouterr()
    assert "" == captured.err
    assert 1 == json.loads(captured.out)["counts"]["published"]


def test_one_v_keeps_the_http_stack_quiet_two_show_it(
    workspace: SandboxMatrix, capsys: pytest.CaptureFixture[str]
) -> None:
    def loggers(err: str) -> set[str]:
        return {json.loads(line)["logger"].split(".")[0] for line in err.splitlines()}

    assert 0 == main(["-v", "--log-format", "json", "publish", "post.md", "--json"])
    once = capsys.readouterr().err
    assert {"govpub", "httpx"} == loggers(once)
    assert 0 == main(["-vv", "--log-format", "json", "retract", "post.md", "--reason", "测试"])
    twice = capsys.readouterr().err
    assert {"govpub", "httpx", "httpcore"} <= loggers(twice)
    assert [] == UNREDACTED_TOKEN.findall(twice)


def test_the_environment_turns_logs_on(
    workspace: SandboxMatrix, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("GOVPUB_VERBOSE", "1")
    monkeypatch.setenv("GOVPUB_LOG_FORMAT", "json")
    assert 0 == main(["publish", "post.md", "--json"])
    err = capsys.readouterr().err
    assert "govpub.delivery.published" in {json.loads(line)["event"] for line in err.splitlines()}


def test_the_command_line_wins_over_the_environment(
    workspace: SandboxMatrix, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("GOVPUB_LOG_FORMAT", "json")
    assert 0 == main(["publish", "post.md", "--json", "-v", "--log-format", "console"])
    err = capsys.readouterr().err
    assert "HTTP Request" in err
    assert not err.lstrip().startswith("{")


@pytest.mark.parametrize(
    ("variable", "value"), [("GOVPUB_LOG_FORMAT", "xml"), ("GOVPUB_VERBOSE", "loud")]
)
def test_a_bad_environment_value_exits_2_naming_it(
    variable: str,
    value: str,
    capsys: pytest.CaptureFixture[str],
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    monkeypatch.setenv(variable, value)
    assert 2 == main(["accounts", "--config", str(EXAMPLES / "govpub.toml")])
    captured = capsys.readouterr()
    assert "" == captured.out
    assert f"environment: {variable}: expected" in captured.err
    assert repr(value) in captured.err


def test_a_bad_log_format_option_is_a_usage_error(capsys: pytest.CaptureFixture[str]) -> None:
    assert 2 == main(["--log-format", "xml", "accounts"])
    assert "--log-format" in capsys.readouterr().err


def test_a_run_leaves_the_process_logging_as_it_found_it(
    capsys: pytest.CaptureFixture[str],
) -> None:
    root, own = logging.getLogger(), logging.getLogger("govpub")
    before = (list(root.handlers), root.level, own.level, structlog.is_configured())
    assert 0 == main(
        ["-vv", "--log-format", "json", "accounts", "-c", str(EXAMPLES / "govpub.toml")]
    )
    assert before == (list(root.handlers), root.level, own.level, structlog.is_configured())
    capsys.readouterr()


def test_every_command_takes_the_logging_options(capsys: pytest.CaptureFixture[str]) -> None:
    import typer.main

    from govpub.cli import build_app
    from govpub.cli._root import share_global_options

    root = typer.main.get_command(build_app())
    share_global_options(root)
    pending = [(name, cmd) for name, cmd in root.commands.items()]  # type: ignore[attr-defined]
    seen = []
    while pending:
        name, command = pending.pop()
        seen.append(name)
        flags = {flag for p in command.params for flag in p.opts}
        assert {"-v", "--verbose", "--log-format"} <= flags, name
        # each flag once: a command's own -v would silently shadow the global one
        assert sorted(flags) == sorted(f for p in command.params for f in p.opts), name
        pending += [(f"{name} {n}", c) for n, c in getattr(command, "commands", {}).items()]
    assert {"publish", "review approve", "accounts filings"} <= set(seen)
