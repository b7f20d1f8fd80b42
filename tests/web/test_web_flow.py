"""The console's whole flow over HTTP: write, check, submit, approve (browser-style), publish."""

from __future__ import annotations

import base64
from collections.abc import Callable
from pathlib import Path

from govpub.compliance import Policy, check
from govpub.demo.workspace import Workspace
from govpub.postfile import load_post
from govpub.review import Approval, ReviewPolicy, load_approval, load_private_key
from tests.web.conftest import DIRECTOR, EDITOR, OTHER_EDITOR, TestClient

Client = Callable[[str], tuple[TestClient, str]]

POST = """---
title: 示例市开展“一网通办”服务体验周活动
summary: 3月9日至15日，我市开展“一网通办”服务体验周。
author: 示例市人民政府办公室
category: daily
url: https://www.example.gov.cn/zwgk/tzgg/202603/t20260306_2002.html
cover: {src: cover.jpg, alt: 服务体验周}
---
活动期间，市民可登录本市政务服务平台体验各类事项线上办理。

材料模板可在[此处领取优惠资料袋](https://s.click.taobao.com/t?e=m%3D2&pid=mm_1_2_3)。
"""


def write_post(client: TestClient, csrf: str, workspace: Workspace, text: str = POST) -> str:
    cover = (workspace.root / "cover.jpg").read_bytes()
    response = client.post(
        "/posts/new",
        data={"csrf": csrf, "text": text},
        files=[("images", ("cover.jpg", cover, "image/jpeg"))],
    )
    assert response.status_code == 303, response.text
    return response.headers["location"].rsplit("/", 1)[-1]


def approve_as(
    client: TestClient, csrf: str, key_file: Path, draft: str, tier: int
) -> dict[str, object]:
    headers = {"X-CSRF-Token": csrf, "Accept": "application/json"}
    prepared = client.post(
        f"/posts/{draft}/approve/prepare",
        json={"tier": tier, "comment": "同意", "not_passed": []},
        headers=headers,
    )
    if prepared.status_code != 200:
        return {"status": prepared.status_code, "body": prepared.json()}
    key = load_private_key(key_file)
    signature = base64.b64encode(key.sign(base64.b64decode(prepared.json()["payload"]))).decode()
    signed = client.post(
        f"/posts/{draft}/approve/sign",
        json={"token": prepared.json()["token"], "signature": signature},
        headers=headers,
    )
    return {"status": signed.status_code, "body": signed.json()}


def test_write_check_submit_approve_publish(signed_in: Client, workspace: Workspace) -> None:
    editor, csrf = signed_in(EDITOR)
    draft = write_post(editor, csrf, workspace)
    page = editor.get(f"/posts/{draft}").text
    assert "ads.affiliate_link" in page or "sev-fixed" in page  # the ad link was found and stripped
    assert 'sandbox=""' in page
    assert f"/posts/{draft}/preview/wechat" in page
    assert editor.post(f"/posts/{draft}/submit", data={"csrf": csrf}).status_code == 303

    first, csrf1 = signed_in(OTHER_EDITOR)
    assert draft in first.get("/review").text
    assert approve_as(first, csrf1, workspace.keys[OTHER_EDITOR], draft, 1)["status"] == 200
    director, csrf2 = signed_in(DIRECTOR)
    assert approve_as(director, csrf2, workspace.keys[DIRECTOR], draft, 2)["status"] == 200

    # the approval files are what the CLI reads, and the gate accepts them
    folder = workspace.root / "web-drafts" / draft
    approvals = [load_approval(p) for p in sorted((folder / "approvals").glob("*.json"))]
    assert all(isinstance(a, Approval) for a in approvals)
    written = load_post(folder / "post.md")
    checked = check(written, Policy.from_matrix(workspace.matrix)).post
    ReviewPolicy.from_matrix(workspace.matrix).verify(checked, approvals)

    response = director.post(f"/posts/{draft}/publish", data={"csrf": csrf2})
    assert response.status_code == 303, response.text
    stream = director.get(f"/posts/{draft}/events")  # ends when the job is done
    assert "event: done" in stream.text
    assert stream.text.count('"type": "govpub.delivery.published"') == 12
