"""The command line over a PostgreSQL store: the whole path of a post, nothing SQLite-only.

``GOVPUB_STORE`` names the database (as a deployment's environment would);
every command that reads or writes the ledger — publish, posts, status,
retract, audit, accounts, metrics, store — runs against it, and the SQLite
file beside govpub.toml is never created.
"""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from govpub.cli import main
from govpub.demo.workspace import Workspace, build_workspace
from govpub.ledger.queue import queue_available
from govpub.sandbox import SandboxServer

pytest.importorskip("uvicorn")
pytest.importorskip("psycopg")


@pytest.fixture
def workspace(
    sandbox: SandboxServer,
    tmp_path: Path,
    postgres_ledger_url: str,
    monkeypatch: pytest.MonkeyPatch,
) -> Workspace:
    monkeypatch.setenv("GOVPUB_STORE", postgres_ledger_url)
    return build_workspace(sandbox, tmp_path, per_platform=1)


def run(ws: Workspace, capsys: pytest.CaptureFixture[str], *argv: str) -> tuple[int, str]:
    """Exit code and standard output (standard error goes into a failing assertion's message)."""
    code = main([*argv, "--config", str(ws.config)])
    captured = capsys.readouterr()
    if code not in (0, 1):
        return code, captured.out + captured.err
    return code, captured.out


def signed(ws: Workspace, post: Path, capsys: pytest.CaptureFixture[str]) -> list[str]:
    files: list[str] = []
    for number, (name, role) in enumerate((("张敏", "editor"), ("王芳", "director")), 1):
        code, out = run(
            ws, capsys, "review", "approve", str(post), "--key", str(ws.keys[name]), "--role", role
        )
        assert 0 == code, out
        target = ws.root / f"approval-{number}.json"
        target.write_text(out, encoding="utf-8")
        files += ["--approval", str(target)]
    return files


def test_publish_list_retract_and_audit_against_postgresql(
    workspace: Workspace, sandbox: SandboxServer, capsys: pytest.CaptureFixture[str]
) -> None:
    code, out = run(workspace, capsys, "store", "status")
    assert (1, True) == (code, "postgresql" in out), out
    code, out = run(workspace, capsys, "store", "migrate")
    assert (0, True) == (code, "applied: ledger 3, ledger 4, audit 1, audit 2" in out), out
    assert queue_available() == ("queue 1" in out), out

    post = workspace.posts[1]
    code, out = run(workspace, capsys, "publish", str(post), *signed(workspace, post, capsys))
    assert 0 == code, out
    assert 3 == len(sandbox.state.records(live=True))

    code, out = run(workspace, capsys, "posts", "--json")
    [listed] = json.loads(out)["posts"]
    assert (0, {"published": 3}) == (code, listed["deliveries"])
    post_id = listed["id"]

    code, out = run(workspace, capsys, "status", post_id, "--json")
    assert 0 == code, out
    code, out = run(workspace, capsys, "retract", post_id, "--reason", "内容有误，撤回更正")
    assert 0 == code, out
    assert [] == sandbox.state.records(live=True)

    code, out = run(workspace, capsys, "audit", "verify")
    assert 0 == code, out
    code, out = run(workspace, capsys, "audit", "export")
    actions = [json.loads(line)["action"] for line in out.splitlines() if line.strip()]
    assert "post.submitted" in actions
    assert any(a.startswith("delivery.retract") for a in actions)
    assert (0, True) == (run(workspace, capsys, "metrics")[0], True)
    assert not (workspace.root / "govpub.db").exists()  # nothing went to SQLite
