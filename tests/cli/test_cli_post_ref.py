"""``status``, ``retract`` and ``resume`` take the post file as well as the id; tables show the id.

The file is a post without ``id:`` whose ad link the checks strip, so the id the
ledger uses (the checked post's) differs from the id of the file as written: a
helper that skipped the checks would name a post that was never published.
"""

from __future__ import annotations

import json
import shutil
from pathlib import Path
from typing import Any

import pytest

from govpub import Policy, check, load_post
from govpub.cli import main
from govpub.config import Matrix
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
settings = { world = "ref" }

[[accounts]]
id = "m2"
platform = "memory"
name = "某某园林"
unit = "某某市园林绿化局"
settings = { world = "ref", supports_delete = false }
"""


@pytest.fixture
def workspace(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    (tmp_path / "govpub.toml").write_text(CONFIG, encoding="utf-8")
    shutil.copytree(EXAMPLES / "images", tmp_path / "images")
    text = (EXAMPLES / "post.md").read_text(encoding="utf-8")
    text = text.replace("publish_at: 2026-03-05T09:00:00+08:00\n", "")
    text += "\n相关商品见 [链接](https://s.click.taobao.com/t?e=abc)。\n"
    (tmp_path / "post.md").write_text(text, encoding="utf-8")
    monkeypatch.chdir(tmp_path)
    monkeypatch.setenv("COLUMNS", "200")  # a wide terminal: table cells are not folded
    return tmp_path


def ledger_id(workspace: Path) -> str:
    matrix = Matrix.from_toml(workspace / "govpub.toml")
    return check(load_post(workspace / "post.md"), Policy.from_matrix(matrix)).post.id


def run_json(args: list[str], capsys: pytest.CaptureFixture[str]) -> tuple[int, Any]:
    capsys.readouterr()
    code = main([*args, "--json"])
    return code, json.loads(capsys.readouterr().out)


def test_the_checked_id_is_not_the_written_one(workspace: Path) -> None:
    assert load_post(workspace / "post.md").id != ledger_id(workspace)


def test_publish_table_shows_the_post_id(
    workspace: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    assert 0 == main(["publish", "post.md"])
    out = capsys.readouterr().out
    assert f"关于开展2026年春季义务植树活动的通知 · {ledger_id(workspace)}" in out
    assert 0 == main(["publish", "post.md", "--dry-run"])
    assert f"试运行（未发送）· 关于开展2026年春季义务植树活动的通知 · {ledger_id(workspace)}" in (
        capsys.readouterr().out
    )


def test_status_retract_and_resume_accept_the_post_file(
    workspace: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    post_id = ledger_id(workspace)
    MemoryWorld.get("ref").fail("publish", "rejected", account="m2")
    code, published = run_json(["publish", "post.md"], capsys)
    assert (1, post_id) == (code, published["post_id"])

    code, status = run_json(["status", "post.md"], capsys)
    assert (1, post_id, {"published": 1, "failed": 1}) == (
        code,
        status["post_id"],
        status["counts"],
    )
    assert 1 == main(["status", str(workspace / "post.md")])  # an absolute path too
    assert post_id in capsys.readouterr().out

    code, resumed = run_json(["resume", "post.md"], capsys)
    assert [post_id] == [r["post_id"] for r in resumed]

    code, retracted = run_json(["retract", "post.md", "--reason", "更正"], capsys)
    assert (0, post_id, {"retracted": 1, "cancelled": 1}) == (
        code,
        retracted["post_id"],
        retracted["counts"],
    )
    assert [] == MemoryWorld.get("ref").published()


def test_the_id_still_works(workspace: Path, capsys: pytest.CaptureFixture[str]) -> None:
    assert 0 == main(["publish", "post.md"])
    code, status = run_json(["status", ledger_id(workspace)], capsys)
    assert (0, {"published": 2}) == (code, status["counts"])


@pytest.mark.parametrize(
    ("command", "ref", "message"),
    [
        (["status"], "missing.md", "missing.md: 文件不存在 (post file not found)"),
        (["retract", "--reason", "x"], "drafts/missing", "drafts/missing: 文件不存在"),
        (["resume"], "p_nope", "p_nope: 既不是稿件文件，也不是台账中的稿件编号"),
        (["status"], "post.md", "post.md: 台账中没有这篇稿件（编号 "),
    ],
)
def test_an_unknown_post_exits_2_naming_what_was_given(
    workspace: Path,
    capsys: pytest.CaptureFixture[str],
    command: list[str],
    ref: str,
    message: str,
) -> None:
    """Nothing published yet: a file that exists names the id it would have."""
    assert 2 == main([*command, ref])
    err = capsys.readouterr().err
    assert message in err
    if ref == "post.md":
        assert ledger_id(workspace) in err
    assert [] == MemoryWorld.get("ref").calls


def test_manual_retraction_row_shows_why_and_what_to_do(
    workspace: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    """需人工撤回: the URL of the live copy no longer hides the instruction and the reason."""
    assert 0 == main(["publish", "post.md"])
    [live] = [r for r in MemoryWorld.get("ref").published() if r.account == "m2"]
    capsys.readouterr()
    assert 0 == main(["retract", "post.md", "--reason", "更正"])
    row = capsys.readouterr().out.split("某某园林", 1)[1].split("└")[0]  # the row's lines
    assert "需人工撤回" in row
    assert "memory: delete through the API was refused or is not enabled for this account" in row
    assert "请在平台后台手动删除该内容" in row
    assert f"https://memory.invalid/m2/{live.platform_post_id}" in row
    _code, status = run_json(["status", "post.md"], capsys)
    [manual] = [d for d in status["deliveries"] if d["state"] == "retract_manual"]
    assert ("manual", f"https://memory.invalid/m2/{live.platform_post_id}") == (
        manual["error"]["kind"],
        manual["url"],
    )
