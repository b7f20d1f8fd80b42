"""One post, one publication (issue 10), against the strict sandbox over loopback.

* the same post file without ``id:`` published twice is one post: the second run
  sends nothing and says so; an edited copy is refused as a duplicate unless
  ``--allow-duplicate``;
* two posts with the same Weibo text to one account: Weibo refuses the second
  as repeated, and it fails as ``duplicate_content`` naming the first — it never
  takes the first post's status; retracting either deletes only its own status.
"""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from govpub import AsyncPublisher, Matrix, Post
from govpub.cli import main
from govpub.demo.workspace import Workspace, build_workspace
from govpub.ledger import SqliteLedger
from govpub.sandbox import SandboxServer, sandbox_matrix

pytest.importorskip("uvicorn")


def live_per_account(sandbox: SandboxServer) -> dict[str, int]:
    counts: dict[str, int] = {}
    for record in sandbox.state.records(live=True):
        key = f"{record.platform}:{record.account}"
        counts[key] = counts.get(key, 0) + 1
    return counts


@pytest.fixture
def workspace(sandbox: SandboxServer, tmp_path: Path) -> Workspace:
    return build_workspace(sandbox, tmp_path, per_platform=1)


def post_without_id(ws: Workspace) -> Path:
    """The demo's second post, with its ``id:`` line removed: known by its content."""
    path = ws.root / "week.md"
    text = ws.posts[1].read_text(encoding="utf-8")
    path.write_text(text.replace("id: demo-service-week\n", ""), encoding="utf-8")
    return path


def approvals(ws: Workspace, post: Path, capsys: pytest.CaptureFixture[str]) -> list[str]:
    """Both reviewers approve ``post`` through the CLI; the approval files' paths."""
    files = []
    for number, (name, role) in enumerate((("张敏", "editor"), ("王芳", "director")), 1):
        key, config = str(ws.keys[name]), str(ws.config)
        code = main(
            ["review", "approve", str(post), "--key", key, "--role", role, "--config", config]
        )
        assert 0 == code, capsys.readouterr().err
        target = ws.root / f"{post.stem}-approval-{number}.json"
        target.write_text(capsys.readouterr().out, encoding="utf-8")
        files += ["--approval", str(target)]
    return files


def publish(
    ws: Workspace, post: Path, signed: list[str], capsys: pytest.CaptureFixture[str], *extra: str
) -> tuple[int, str]:
    code = main(["publish", str(post), *signed, "--config", str(ws.config), *extra])
    captured = capsys.readouterr()
    return code, captured.out + captured.err


def test_the_same_file_published_twice_is_published_once(
    workspace: Workspace, sandbox: SandboxServer, capsys: pytest.CaptureFixture[str]
) -> None:
    post = post_without_id(workspace)
    signed = approvals(workspace, post, capsys)
    code, first = publish(workspace, post, signed, capsys)
    assert 0 == code, first
    once = live_per_account(sandbox)
    assert 3 == len(once)
    assert {1} == set(once.values())

    code, second = publish(workspace, post, signed, capsys)
    assert 0 == code, second
    assert "此前已提交发布" in second
    assert once == live_per_account(sandbox)  # nothing sent again

    code, out = publish(workspace, post, signed, capsys, "--json")
    report = json.loads(out)
    assert (0, True, {"published": 3}) == (code, report["already_submitted"], report["counts"])
    assert report["post_id"].startswith("p_")
    assert report["post_id"] in first  # the table shows the id the ledger uses


def test_an_edited_copy_is_refused_as_a_duplicate_unless_allowed(
    workspace: Workspace, sandbox: SandboxServer, capsys: pytest.CaptureFixture[str]
) -> None:
    post = post_without_id(workspace)
    code, out = publish(workspace, post, approvals(workspace, post, capsys), capsys, "--json")
    assert 0 == code, out
    earlier = json.loads(out)["post_id"]

    edited = workspace.root / "week-edited.md"
    text = post.read_text(encoding="utf-8")
    edited.write_text(text.replace("summary: 3月9日至15日", "summary: 3月9日—15日"), "utf-8")
    signed = approvals(workspace, edited, capsys)
    code, refused = publish(workspace, edited, signed, capsys)
    assert 3 == code
    assert earlier in refused
    assert "--allow-duplicate" in refused
    assert {1} == set(live_per_account(sandbox).values())

    code, out = publish(workspace, edited, signed, capsys, "--allow-duplicate", "--json")
    assert 0 == code, out
    second = json.loads(out)["post_id"]
    assert second != earlier
    assert {2} == set(live_per_account(sandbox).values())
    ledger = SqliteLedger(workspace.root / "govpub.db")
    try:
        actions = [(r.action, r.subject) for r in ledger.trail.iter_records()]
    finally:
        ledger.close()
    assert ("duplicate.refused", second) in actions
    assert ("duplicate.allowed", second) in actions


# -- the same Weibo text from two posts -------------------------------------------------

SAME_TEXT = "【通知】3月9日至15日开展服务体验周，欢迎市民参加。"


def weibo_post(title: str, body: str) -> Post:
    return Post(
        title=title,
        body=body,
        url="https://www.example.gov.cn/zwgk/tzgg/202603/t20260306_2002.html",
        overrides={"weibo": {"text": SAME_TEXT}},
    )


@pytest.mark.parametrize("retract_first", ["first", "second"])
async def test_the_same_weibo_text_twice_fails_as_duplicate_content_naming_the_first(
    sandbox: SandboxServer, tmp_path: Path, retract_first: str
) -> None:
    made = sandbox_matrix(
        sandbox,
        tmp_path,
        wechat=0,
        weibo=1,
        app=0,
        settings={"weibo": {"reconcile_grace_seconds": 0}},
        extra_toml='[publisher]\nrequire_review = false\noperator_ip = "127.0.0.1"\n',
    )
    matrix = Matrix.from_toml(made.config_path)
    first = weibo_post("服务体验周活动通知", "正文一。")
    second = weibo_post("关于服务体验周的说明", "正文二，与第一篇不同。")
    async with AsyncPublisher(matrix) as publisher:
        one = await publisher.publish(first)
        two = await publisher.publish(second)
        (delivered,) = one.deliveries
        (refused,) = two.deliveries
        assert "published" == delivered.state
        assert ("failed", "duplicate_content") == (refused.state, refused.error["kind"])
        assert first.id == refused.error["owner_post_id"]
        assert delivered.platform_post_id == refused.error["platform_post_id"]
        assert first.id in refused.error["message"]
        assert refused.platform_post_id is None  # never recorded as the second post's status

        (status,) = [r.platform_id for r in sandbox.state.records(platform="weibo", live=True)]
        order = [first, second] if retract_first == "first" else [second, first]
        for number, post in enumerate(order):
            await publisher.retract(post.id, reason="测试撤回")
            live = [r.platform_id for r in sandbox.state.records(platform="weibo", live=True)]
            first_gone = retract_first == "first" or number == 1
            assert ([] if first_gone else [status]) == live
        states = {(await publisher.status(p.id)).deliveries[0].state for p in (first, second)}
    assert {"retracted", "cancelled"} == states
