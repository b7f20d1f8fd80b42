"""The review form and ``review approve`` show the id the ledger will use: the checked post's."""

from __future__ import annotations

import json
import re
import shutil
import tomllib
from pathlib import Path

import pytest

from govpub import Policy, check, load_post
from govpub.cli import main
from govpub.config import Matrix

EXAMPLES = Path(__file__).parents[2] / "examples"


@pytest.fixture
def workspace(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    """The example workspace; the post has no id and no schedule, and an ad link to strip."""
    for name in ("images", "keys", "secrets"):
        shutil.copytree(EXAMPLES / name, tmp_path / name)
    base = (EXAMPLES / "govpub.toml").read_text(encoding="utf-8")
    if not tomllib.loads(base).get("review"):
        base = re.sub(r"(?m)^\[review\]\s*$", "", base) + "\n"
        base += (EXAMPLES / "review-section.toml").read_text(encoding="utf-8")
    (tmp_path / "govpub.toml").write_text(base, encoding="utf-8")
    text = (EXAMPLES / "post.md").read_text(encoding="utf-8")
    text = text.replace("publish_at: 2026-03-05T09:00:00+08:00\n", "")
    text += "\n相关商品见 [链接](https://s.click.taobao.com/t?e=abc)。\n"
    (tmp_path / "post.md").write_text(text, encoding="utf-8")
    monkeypatch.chdir(tmp_path)
    return tmp_path


def test_form_and_approve_show_the_id_publish_records(
    workspace: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    written = load_post(workspace / "post.md")
    checked = check(written, Policy.from_matrix(Matrix.from_toml(workspace / "govpub.toml"))).post
    assert written.id != checked.id  # the stripped ad link makes another post

    approvals = []
    for key, role in (("zhang-min", "editor"), ("wang-fang", "director")):
        out = f"{key}.json"
        assert 0 == main(
            [
                "review",
                "approve",
                "post.md",
                "--key",
                f"keys/{key}.example.pem",
                "--role",
                role,
                "-o",
                out,
            ]
        )
        assert f"稿件编号：{checked.id}" in capsys.readouterr().err
        approvals += ["-a", out]

    assert 0 == main(["review", "form", "post.md", *approvals, "-o", "form.html"])
    page = (workspace / "form.html").read_text(encoding="utf-8")
    assert f"<th>稿件编号</th><td>{checked.id}</td>" in page
    assert written.id not in page

    capsys.readouterr()
    assert 0 == main(["publish", "post.md", *approvals, "--json"])
    assert checked.id == json.loads(capsys.readouterr().out)["post_id"]
