"""The sandbox's interaction APIs refuse what the platforms refuse (strict, not a yes-machine).

WeChat: count ≥ 50 (88010), an unknown article (88001), an unknown comment (88008), a second
reply (88005), an empty reply (88007), a bad ``type`` (40097), no token (41001).  Weibo:
a reply without ``cid`` (10016), to a comment that is not on that status (20101), to a
status of another user (20102), over 140 characters (20012), GET on a write (10021).
Own app: unsigned (401), a reply without ``Idempotency-Key`` (400), the key reused with
another text (422), a bad ``limit`` (400), an unknown message (404).
"""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest

from govpub.cli import main
from govpub.config.secrets import ready_account
from govpub.demo.workspace import Workspace, build_workspace
from govpub.errors import OutcomeUnknownError, PlatformError
from govpub.inbox.replies import settle_pending
from govpub.inbox.sync import sync_inbox
from govpub.interactions import Interaction
from govpub.ledger import SqliteLedger
from govpub.platforms.app import AppAdapter
from govpub.platforms.wechat import WechatAdapter
from govpub.platforms.weibo import WeiboAdapter
from govpub.platforms.weibo.comments import READ_BACK_PAGES
from govpub.publisher.retry import RetryPolicy
from govpub.sandbox import SandboxServer
from govpub.sandbox.public import (
    WeiboComment,
    add_app_message,
    add_wechat_comment,
    add_weibo_comment,
)
from govpub.webhooks import sf_string

pytest.importorskip("uvicorn")


@pytest.fixture
def ws(sandbox: SandboxServer, tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> Workspace:
    workspace = build_workspace(sandbox, tmp_path, per_platform=1)
    post, config = workspace.posts[1], str(workspace.config)
    signed: list[str] = []
    for number, (name, role) in enumerate((("张敏", "editor"), ("王芳", "director")), 1):
        argv = ["review", "approve", str(post), "--key", str(workspace.keys[name])]
        assert 0 == main([*argv, "--role", role, "--config", config])
        target = workspace.root / f"a{number}.json"
        target.write_text(capsys.readouterr().out, encoding="utf-8")
        signed += ["--approval", str(target)]
    assert 0 == main(["publish", str(post), *signed, "--config", config])
    capsys.readouterr()
    return workspace


def adapter_for(ws: Workspace, platform: str) -> Any:
    account = next(a for a in ws.matrix.accounts if a.platform == platform)
    cls = {"wechat": WechatAdapter, "weibo": WeiboAdapter, "app": AppAdapter}[platform]
    return cls(ready_account(account))


async def code_of(call: Any) -> Any:
    try:
        await call
    except PlatformError as exc:
        return exc.code
    return 0


async def test_wechat_comment_apis_are_strict(ws: Workspace, sandbox: SandboxServer) -> None:
    state = sandbox.state
    app_id, app = next(iter(state.wechat.items()))
    job = next(iter(app.jobs.values()))
    with state.lock:
        add_wechat_comment(state, app_id, job.msg_data_id, "请问？")
    adapter = adapter_for(ws, "wechat")
    api = adapter.api
    msg = job.msg_data_id
    listing = {"msg_data_id": int(msg), "index": 0, "begin": 0, "count": 10, "type": 0}
    assert 0 == await code_of(api.call("comment/list", body=listing))
    assert 88010 == await code_of(api.call("comment/list", body={**listing, "count": 50}))
    assert 40097 == await code_of(api.call("comment/list", body={**listing, "type": 7}))
    assert 88001 == await code_of(api.call("comment/list", body={**listing, "msg_data_id": 1}))
    assert 88001 == await code_of(api.call("comment/list", body={**listing, "index": 3}))
    reply = {"msg_data_id": int(msg), "index": 0, "user_comment_id": 1, "content": "您好。"}
    assert 88008 == await code_of(
        api.call("comment/reply/add", body={**reply, "user_comment_id": 9})
    )
    assert 88007 == await code_of(api.call("comment/reply/add", body={**reply, "content": " "}))
    assert 0 == await code_of(api.call("comment/reply/add", body=reply))
    assert 88005 == await code_of(api.call("comment/reply/add", body=reply))
    bare = await adapter.client.post(f"{sandbox.wechat_url}/cgi-bin/comment/list", json=listing)
    assert 41001 == bare.json()["errcode"]
    await adapter.aclose()


async def test_weibo_comment_apis_are_strict(ws: Workspace, sandbox: SandboxServer) -> None:
    state = sandbox.state
    uid, user = next(iter(state.weibo.items()))
    status = user.statuses[-1]
    with state.lock:
        comment = add_weibo_comment(state, uid, status.id, "请问？")
    adapter = adapter_for(ws, "weibo")
    form = {"id": str(status.id), "cid": str(comment.id), "comment": "您好。", "rip": "127.0.0.1"}
    assert 10016 == await code_of(
        adapter.write("comments/reply", {k: v for k, v in form.items() if k != "cid"})
    )
    assert 20101 == await code_of(
        adapter.write("comments/reply", {**form, "cid": "4900000000000000"})
    )
    assert 20012 == await code_of(adapter.write("comments/reply", {**form, "comment": "长" * 141}))
    assert 0 == await code_of(adapter.write("comments/reply", form))
    assert 10021 == await code_of(adapter.read("comments/reply", {}))
    await adapter.aclose()


async def test_own_app_message_apis_are_strict(ws: Workspace, sandbox: SandboxServer) -> None:
    state = sandbox.state
    tenant = sorted(state.apps)[0]
    with state.lock:
        message = add_app_message(state, tenant, "请问？")
    adapter = adapter_for(ws, "app")
    base = adapter.api_base
    assert 401 == (await adapter.client.get(f"{base}/messages")).status_code
    assert 400 == await code_of(adapter.signed_get("/messages?limit=0", "GET /messages"))
    assert 404 == await code_of(adapter.signed_get("/messages/nope/replies", "GET replies"))

    async def post(body: bytes, key: str | None) -> int:
        headers = adapter.signed_headers(key or "msg_nokey", body)
        if key is not None:
            headers["Idempotency-Key"] = sf_string(key)
        url = f"{base}/messages/{message.id}/replies"
        response = await adapter.client.post(url, content=body, headers=headers)
        return int(response.status_code)

    body = (
        b'{"type": "message.replied", "data": {"message_id": "%s", "text": "ok"}}'
        % message.id.encode()
    )
    assert 400 == await post(body, None)
    assert 201 == await post(body, "rpl_a")
    assert 201 == await post(body, "rpl_a")  # a replay of the stored answer
    assert 422 == await post(body.replace(b"ok", b"no"), "rpl_a")
    assert 1 == len(message.replies)
    await adapter.aclose()


def own_comments(
    sandbox: SandboxServer, uid: str, status_id: int, count: int, *, at: float
) -> None:
    """``count`` comments the account wrote itself at ``at`` (as ``comments/create`` stores them)."""
    state = sandbox.state
    with state.lock:
        for number in range(count):
            state.public.weibo_by_me.setdefault(uid, []).append(
                WeiboComment(
                    id=4_950_000_000_000_000 + state.next_seq(),
                    status_id=status_id,
                    text=f"感谢关注（{number}）",
                    created_at=at,
                    screen_name=state.weibo[uid].screen_name,
                    user_id=int(uid) if uid.isdigit() else 0,
                )
            )


@pytest.fixture
def ledger() -> Iterator[SqliteLedger]:
    store = SqliteLedger(":memory:")
    yield store
    store.close()


async def weibo_comment(
    ws: Workspace, sandbox: SandboxServer, ledger: SqliteLedger
) -> tuple[str, Interaction, int]:
    """A public comment on the account's status, collected: (uid, interaction, status id)."""
    state = sandbox.state
    uid, user = next(iter(state.weibo.items()))
    status = user.statuses[-1]
    with state.lock:
        add_weibo_comment(state, uid, status.id, "请问办理地点在哪里？")
    await sync_inbox(ws.matrix, ledger)
    (found,) = [i for i in ledger.interactions() if i.platform == "weibo"]
    return uid, found, status.id


def counting_reads(adapter: Any) -> list[dict[str, str]]:
    """The parameters of every ``comments/by_me`` read the adapter makes from now on."""
    reads: list[dict[str, str]] = []
    read = adapter.read

    async def counted(endpoint: str, params: dict[str, str]) -> Any:
        if endpoint == "comments/by_me":
            reads.append(dict(params))
        return await read(endpoint, params)

    adapter.read = counted
    return reads


async def test_weibo_by_me_pages_as_documented(
    ws: Workspace, sandbox: SandboxServer, ledger: SqliteLedger
) -> None:
    """``max_id`` inclusive, ``count`` 1..200, ``total_number`` all that match, newest first."""
    uid, _, status_id = await weibo_comment(ws, sandbox, ledger)
    own_comments(sandbox, uid, status_id, 120, at=sandbox.state.clock.now())
    adapter = adapter_for(ws, "weibo")
    first = await adapter.read("comments/by_me", {"count": "50"})
    ids = [int(c["idstr"]) for c in first["comments"]]
    assert (50, 120, sorted(ids, reverse=True)) == (len(ids), first["total_number"], ids)
    second = await adapter.read("comments/by_me", {"count": "50", "max_id": str(ids[-1])})
    assert ids[-1] == int(second["comments"][0]["idstr"])  # max_id is inclusive
    assert 10008 == await code_of(adapter.read("comments/by_me", {"count": "201"}))
    await adapter.aclose()


async def test_weibo_read_back_finds_a_reply_behind_fifty_newer_comments(
    ws: Workspace, sandbox: SandboxServer, ledger: SqliteLedger
) -> None:
    uid, item, status_id = await weibo_comment(ws, sandbox, ledger)
    adapter = adapter_for(ws, "weibo")
    sent = await adapter.send_reply(
        item, "您好，请到政务服务中心办理。", key="k", operator_ip="127.0.0.1"
    )
    own_comments(sandbox, uid, status_id, 120, at=sandbox.state.clock.now() + 60)
    reads = counting_reads(adapter)
    found = await adapter.find_reply(item, "您好，请到政务服务中心办理。")
    assert found is not None
    assert sent.platform_reply_id == found.platform_reply_id
    assert 3 == len(reads)  # 50 + 50 + the page holding the reply
    assert "max_id" in reads[1]  # paged by id: comments written meanwhile do not shift pages
    await adapter.aclose()


async def test_weibo_read_back_confirms_absence_only_back_past_the_message(
    ws: Workspace, sandbox: SandboxServer, ledger: SqliteLedger
) -> None:
    uid, item, status_id = await weibo_comment(ws, sandbox, ledger)
    now = sandbox.state.clock.now()
    own_comments(sandbox, uid, status_id, 60, at=now - 86_400)  # older than the message
    own_comments(sandbox, uid, status_id, 120, at=now + 60)
    adapter = adapter_for(ws, "weibo")
    reads = counting_reads(adapter)
    assert await adapter.find_reply(item, "您好。") is None
    assert 3 == len(reads)  # the third page reaches back past the message: no need to go on
    await adapter.aclose()


async def test_weibo_read_back_never_confirms_what_it_could_not_reach(
    ws: Workspace, sandbox: SandboxServer, ledger: SqliteLedger
) -> None:
    """More newer comments than the bound: unknown, and settling sends nothing."""
    uid, item, status_id = await weibo_comment(ws, sandbox, ledger)
    own_comments(sandbox, uid, status_id, READ_BACK_PAGES * 50 + 1, at=sandbox.state.clock.now())
    adapter = adapter_for(ws, "weibo")
    reads = counting_reads(adapter)
    with pytest.raises(OutcomeUnknownError):
        await adapter.find_reply(item, "您好。")
    assert READ_BACK_PAGES == len(reads)
    intended = ledger.intend_reply(item.id, text="您好。", approvals=[], actor="t")
    settled = await settle_pending(
        adapter, ledger, intended, actor="t", policy=RetryPolicy.no_wait()
    )
    assert "unknown" == settled.reply_state
    counters = sandbox.state.counters.get(f"weibo:{uid}")
    assert 0 == counters.get("reply.stored", 0)
    await adapter.aclose()
