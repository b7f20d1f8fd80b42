"""publish / status / resume / retract / freeze / worker from the command line."""

from __future__ import annotations

import json
import shutil
from pathlib import Path

import pytest

from govpub.cli import main
from govpub.platforms.memory import MemoryWorld

EXAMPLES = Path(__file__).parents[2] / "examples"

CONFIG = """
[publisher]
require_review = false

[[accounts]]
id = "m1"
platform = "memory"
name = "某某发布"
unit = "某某市人民政府办公室"
settings = { world = "cli" }

[[accounts]]
id = "m2"
platform = "memory"
name = "某某园林"
unit = "某某市园林绿化局"
settings = { world = "cli", supports_delete = false }
"""


@pytest.fixture
def workspace(tmp_path: Path) -> Path:
    (tmp_path / "govpub.toml").write_text(CONFIG, encoding="utf-8")
    shutil.copy(EXAMPLES / "post.md", tmp_path / "post.md")
    shutil.copytree(EXAMPLES / "images", tmp_path / "images")
    text = (tmp_path / "post.md").read_text(encoding="utf-8")
    (tmp_path / "post.md").write_text(
        text.replace("publish_at: 2026-03-05T09:00:00+08:00\n", "id: p_cli_1\n"), encoding="utf-8"
    )
    return tmp_path


def run_json(args: list[str], capsys: pytest.CaptureFixture[str]) -> tuple[int, object]:
    code = main([*args, "--json"])
    return code, json.loads(capsys.readouterr().out)


def test_publish_status_retract_round_trip(
    workspace: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    config = str(workspace / "govpub.toml")
    code, report = run_json(["publish", str(workspace / "post.md"), "--config", config], capsys)
    assert 0 == code
    assert {"published": 2} == report["counts"]  # type: ignore[index]
    assert 2 == len(MemoryWorld.get("cli").published())

    code, status = run_json(["status", "p_cli_1", "--config", config], capsys)
    assert (0, {"published": 2}) == (code, status["counts"])  # type: ignore[index]

    code, retracted = run_json(
        ["retract", "p_cli_1", "--reason", "内容更正", "--config", config], capsys
    )
    assert 0 == code
    assert {"retracted": 1, "retract_manual": 1} == retracted["counts"]  # type: ignore[index]


def test_publish_shows_a_results_table(workspace: Path, capsys: pytest.CaptureFixture[str]) -> None:
    assert 0 == main(
        ["publish", str(workspace / "post.md"), "--config", str(workspace / "govpub.toml")]
    )
    out = capsys.readouterr().out
    assert "某某园林" in out
    assert "已发布" in out
    assert "合计：已发布 2" in out


def test_failed_delivery_exits_1_and_resume_finishes_it(
    workspace: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    MemoryWorld.get("cli").fail("publish", "rejected", account="m2")
    config = str(workspace / "govpub.toml")
    code, report = run_json(["publish", str(workspace / "post.md"), "--config", config], capsys)
    assert (1, {"published": 1, "failed": 1}) == (code, report["counts"])  # type: ignore[index]
    MemoryWorld.get("cli").fail("publish", "transient", account="m2", times=100)
    code, _ = run_json(["resume", "--config", config], capsys)
    assert 0 == code  # a rejection is final: resume leaves it for a human, nothing pending


def test_dry_run_sends_nothing(workspace: Path, capsys: pytest.CaptureFixture[str]) -> None:
    code, report = run_json(
        [
            "publish",
            str(workspace / "post.md"),
            "--dry-run",
            "--config",
            str(workspace / "govpub.toml"),
        ],
        capsys,
    )
    assert (0, {"planned": 2}) == (code, report["counts"])  # type: ignore[index]
    assert [] == MemoryWorld.get("cli").calls


def test_freeze_holds_and_unfreeze_releases(
    workspace: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    config = str(workspace / "govpub.toml")
    assert 0 == main(["freeze", "--reason", "演练", "--config", config])
    assert "矩阵已暂停发布：演练" in capsys.readouterr().out
    code, report = run_json(["publish", str(workspace / "post.md"), "--config", config], capsys)
    assert (0, "演练", {"planned": 2}) == (code, report["frozen"], report["counts"])  # type: ignore[index]
    assert 0 == main(["unfreeze", "--config", config])
    capsys.readouterr()
    code, reports = run_json(["worker", "--once", "--config", config], capsys)
    assert (0, {"published": 2}) == (code, reports[0]["counts"])  # type: ignore[index]


def test_bad_approval_file_is_refused_by_the_review_with_exit_3(
    workspace: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    """Issue 11: the file is read by the review's one reader; a missing one stays exit 2."""
    (workspace / "a.json").write_text("not json", encoding="utf-8")
    args = ["publish", str(workspace / "post.md"), "--config", str(workspace / "govpub.toml")]
    assert 3 == main([*args, "--approval", str(workspace / "a.json")])
    assert "a.json: 审批文件不是有效的 JSON" in capsys.readouterr().err
    assert 2 == main([*args, "--approval", str(workspace / "missing.json")])
    assert "missing.json: approval file not found" in capsys.readouterr().err
    assert [] == MemoryWorld.get("cli").calls


def test_unknown_post_exits_with_a_message(
    workspace: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    assert 2 == main(["status", "p_nope", "--config", str(workspace / "govpub.toml")])
    assert "p_nope: 既不是稿件文件，也不是台账中的稿件编号" in capsys.readouterr().err


def test_the_example_workspace_publishes_with_the_example_reviewers(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    """The editor's whole CLI flow on examples/: two approvals with the example keys, then publish."""
    workspace = tmp_path / "examples"
    shutil.copytree(EXAMPLES, workspace, ignore=shutil.ignore_patterns("*.db*", "__pycache__"))
    post = workspace / "post.md"
    post.write_text(
        post.read_text(encoding="utf-8").replace("publish_at: 2026-03-05T09:00:00+08:00\n", ""),
        encoding="utf-8",
    )
    config = str(workspace / "govpub.toml")
    approvals = []
    for reviewer, role, key in (("张敏", "editor", "zhang-min"), ("王芳", "director", "wang-fang")):
        assert 0 == main(
            [
                "review",
                "approve",
                str(post),
                "--key",
                str(workspace / "keys" / f"{key}.example.pem"),
                "--role",
                role,
                "--reviewer",
                reviewer,
                "--config",
                config,
            ]
        )
        path = workspace / f"{key}.json"
        path.write_text(capsys.readouterr().out, encoding="utf-8")
        approvals += ["--approval", str(path)]
    assert 3 == main(["publish", str(post), "--config", config, "--approval", approvals[1]])
    assert "终审" in capsys.readouterr().err
    code, report = run_json(["publish", str(post), *approvals, "--config", config], capsys)
    assert (0, {"published": 2, "skipped": 1}) == (code, report["counts"])  # type: ignore[index]
