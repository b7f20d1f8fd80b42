"""A post that passes ``check`` and review never fails ``publish`` on a rendering requirement.

Issue 10, item 7: a WeChat post without a cover used to pass ``govpub check``
and two reviewers, then ``publish`` refused it (``govpub: <post>: cover: …``),
and adding the cover voided both approvals.  Now ``check`` and ``review
approve`` ask every platform of the matrix first, naming the file; once the
cover is there, check, both approvals and the publication go through against
the sandbox over loopback.
"""

from __future__ import annotations

import json
import shutil
from collections.abc import Iterator
from pathlib import Path

import pytest

from govpub.cli import main

pytest.importorskip("uvicorn")
from govpub.sandbox import SandboxServer
from govpub.testing import sandbox_matrix

EXAMPLES = Path(__file__).parents[2] / "examples"

POST = """---
title: 关于开展2026年春季义务植树活动的通知
summary: 全市组织开展春季义务植树活动，欢迎市民就近参加。
author: 市绿化委员会办公室
category: daily
url: https://www.example.gov.cn/zwgk/tzgg/202603/t20260305_1001.html
{cover}---
市绿化委员会决定于植树节前后组织开展春季义务植树活动，欢迎市民就近参加。
"""
COVER = "cover: {src: images/cover.jpg, alt: 春季义务植树活动}\n"


@pytest.fixture
def workspace(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Iterator[SandboxServer]:
    with SandboxServer() as server:
        sandbox_matrix(
            server,
            tmp_path,
            wechat=1,
            weibo=0,
            app=0,
            settings={"wechat": {"status_poll_initial": 0.05, "status_poll_max": 0.2}},
            extra_toml=(EXAMPLES / "review-section.toml").read_text(encoding="utf-8"),
        )
        shutil.copytree(EXAMPLES / "keys", tmp_path / "keys")
        shutil.copytree(EXAMPLES / "images", tmp_path / "images")
        (tmp_path / "post.md").write_text(POST.format(cover=""), encoding="utf-8")
        monkeypatch.chdir(tmp_path)
        yield server


def approve(key: str, role: str, out: str) -> int:
    return main(
        ["review", "approve", "post.md", "-k", f"keys/{key}.example.pem", "-r", role, "-o", out]
    )


def test_a_missing_cover_is_caught_before_review_and_the_fix_goes_out(
    workspace: SandboxServer, capsys: pytest.CaptureFixture[str]
) -> None:
    assert 3 == main(["check", "post.md"])
    out = capsys.readouterr().out
    assert "post.md：不能发布" in out
    assert "platform.wechat.cover · cover" in out
    assert "微信公众号（wechat）：封面图缺失" in out
    assert "wechat-001" in out

    assert 3 == main(["check", "post.md", "--json"])
    data = json.loads(capsys.readouterr().out)
    assert ("post.md", True) == (data["file"], data["blocked"])
    assert ["platform.wechat.cover"] == [f["rule"] for f in data["findings"]]

    assert 3 == approve("zhang-min", "editor", "a1.json")
    err = capsys.readouterr().err
    assert "未签署审批：post.md 有 1 项问题阻止发布" in err
    assert "platform.wechat.cover" in err
    assert not Path("a1.json").exists()

    Path("post.md").write_text(POST.format(cover=COVER), encoding="utf-8")
    assert 0 == main(["check", "post.md"])
    assert 0 == approve("zhang-min", "editor", "a1.json")
    assert 0 == approve("wang-fang", "director", "a2.json")
    assert 0 == main(["review", "status", "post.md", "-a", "a1.json", "-a", "a2.json"])
    capsys.readouterr()

    code = main(["publish", "post.md", "-a", "a1.json", "-a", "a2.json", "--json"])
    report = json.loads(capsys.readouterr().out)
    assert (0, {"published": 1}) == (code, report["counts"])
    assert 1 == len(workspace.control.records(platform="wechat"))


def test_review_status_shows_the_platform_problem(
    workspace: SandboxServer, capsys: pytest.CaptureFixture[str]
) -> None:
    assert 3 == main(["review", "status", "post.md", "--json"])
    data = json.loads(capsys.readouterr().out)
    assert (True, False) == (data["compliance"]["blocked"], data["complete"])
    assert ["platform.wechat.cover"] == [f["rule"] for f in data["compliance"]["findings"]]
