"""The sandbox's own record of the accounts' replies, and a public stream of one kind.

The inbox's kill tests judge "no reply lost, none sent twice" from
``GET /_sandbox/replies``, never from the ledger they test; they ask the public
for one kind of message so that every run takes the same reply path.
"""

from __future__ import annotations

from collections.abc import Iterator

import httpx
import pytest
from sandbox_helpers import APP_SECRET, SAFE, Weibo

from govpub.sandbox import SandboxServer
from govpub.sandbox.public import add_app_message


@pytest.fixture
def http(sandbox: SandboxServer) -> Iterator[httpx.Client]:
    sandbox.state.register_weibo("tok1", SAFE, uid="1001")
    sandbox.state.register_app("city", APP_SECRET)
    with httpx.Client(base_url=sandbox.url, timeout=10) as client:
        yield client


@pytest.mark.parametrize("kind", ["comment", "mention"])
def test_the_public_writes_the_kind_asked_for(
    sandbox: SandboxServer, http: httpx.Client, kind: str
) -> None:
    Weibo(http).share()
    made = sandbox.control.public_messages(6, account="1001", kind=kind)
    assert 6 == len(made)
    public = sandbox.state.public
    stored = public.weibo_comments if kind == "comment" else public.weibo_mentions
    assert 6 == len(stored["1001"])


def test_an_unknown_kind_is_refused(http: httpx.Client) -> None:
    answer = http.post("/_sandbox/public/messages", json={"count": 1, "kind": "letter"})
    assert (400, "kind") == (answer.status_code, answer.json()["key"])


def test_replies_lists_what_each_account_answered(
    sandbox: SandboxServer, http: httpx.Client
) -> None:
    Weibo(http).share()
    (comment,) = sandbox.control.public_messages(1, account="1001", kind="comment")
    status = sandbox.state.weibo["1001"].statuses[-1].id
    answer = http.post(
        "/weibo/2/comments/reply.json",
        data={"access_token": "tok1", "id": str(status), "cid": comment["id"], "comment": "您好。"},
    )
    assert 200 == answer.status_code, answer.text
    with sandbox.state.lock:
        message = add_app_message(sandbox.state, "city", "请问？")
        message.replies.append({"id": "r1", "text": "请见通知。", "created_at": 0.0})

    weibo, app = (sandbox.control.replies(platform=p) for p in ("weibo", "app"))
    assert [("1001", f"comment/{comment['id']}", True)] == [
        (r["account"], r["to"], r["text"].endswith(":您好。")) for r in weibo
    ]
    assert str(answer.json()["idstr"]) == weibo[0]["id"]
    assert [("city", message.id, "r1", "请见通知。")] == [
        (r["account"], r["to"], r["id"], r["text"]) for r in app
    ]
    assert weibo == sandbox.control.replies(account="weibo:1001")
    assert [] == sandbox.control.replies(account="nobody")
