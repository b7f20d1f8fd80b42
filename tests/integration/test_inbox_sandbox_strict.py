"""The sandbox's interaction APIs refuse what the platforms refuse (strict, not a yes-machine).

WeChat: count ≥ 50 (88010), an unknown article (88001), an unknown comment (88008), a second
reply (88005), an empty reply (88007), a bad ``type`` (40097), no token (41001).  Weibo:
a reply without ``cid`` (10016), to a comment that is not on that status (20101), to a
status of another user (20102), over 140 characters (20012), GET on a write (10021).
Own app: unsigned (401), a reply without ``Idempotency-Key`` (400), the key reused with
another text (422), a bad ``limit`` (400), an unknown message (404).
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest

from govpub.cli import main
from govpub.config.secrets import ready_account
from govpub.demo.workspace import Workspace, build_workspace
from govpub.errors import PlatformError
from govpub.platforms.app import AppAdapter
from govpub.platforms.wechat import WechatAdapter
from govpub.platforms.weibo import WeiboAdapter
from govpub.sandbox import SandboxServer
from govpub.sandbox.public import add_app_message, add_wechat_comment, add_weibo_comment
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
