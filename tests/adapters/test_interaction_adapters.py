"""The interaction capability of the three adapters with respx, on golden files of the APIs' shapes.

WeChat ``comment/list`` / ``comment/reply/add``, Weibo ``comments/to_me`` /
``statuses/mentions`` / ``comments/reply`` / ``comments/by_me``, the own app's
``GET /messages`` / ``POST /messages/{id}/replies`` and its signed push: what
the adapter sends (ids as numbers, 0-based index, count < 50, ``rip``, the
``Idempotency-Key``) and what it makes of the answers (cursors, replies made
in the platform's back end, errors by their class).
"""

from __future__ import annotations

import json
from datetime import UTC, datetime
from urllib.parse import parse_qs

import httpx
import pytest
import respx
from adapter_helpers import WHSEC, app_account, golden, wechat_account, weibo_account

from govpub.errors import OutcomeUnknownError, RejectedError
from govpub.interactions import Interaction
from govpub.platforms.app import AppAdapter
from govpub.platforms.app_messages import message_from_push
from govpub.platforms.interaction import PublishedRef
from govpub.platforms.wechat import WechatAdapter
from govpub.platforms.weibo import WeiboAdapter
from govpub.webhooks import WebhookVerificationError, signed_headers

WX = "https://api.weixin.qq.com"
WB = "https://api.weibo.com"
APP = "https://app.example.gov.cn/govpub"
ARTICLE = PublishedRef("ARTICLE_1", {"msg_data_id": "2247483650"})


def stored(new: object, **changes: object) -> Interaction:
    """What the ledger would hand back for a collected interaction."""
    values = dict(vars(new))
    values.pop("reply_text", None)
    values.pop("replied_at", None)
    now = datetime(2026, 1, 2, tzinfo=UTC)
    return Interaction(
        id="itx_test",
        collected_at=now,
        state="new",
        profile="national",
        due_on=now.date(),
        updated_at=now,
        **{**values, **changes},
    )


@respx.mock
async def test_wechat_lists_comments_per_article_and_keeps_the_cursor() -> None:
    respx.post(f"{WX}/cgi-bin/stable_token").mock(
        return_value=httpx.Response(200, json=golden("wechat", "stable_token_success"))
    )
    route = respx.post(f"{WX}/cgi-bin/comment/list").mock(
        return_value=httpx.Response(200, json=golden("wechat", "comment_list_success"))
    )
    async with WechatAdapter(wechat_account()) as adapter:
        page = await adapter.fetch_interactions("comments", None, posts=[ARTICLE])
    body = json.loads(route.calls[0].request.content)
    assert {"msg_data_id": 2247483650, "index": 0, "begin": 0, "count": 49, "type": 0} == body
    assert {"2247483650": 2} == json.loads(page.cursor or "")
    first, answered = page.items
    assert ("2247483650:0:1", "ARTICLE_1", "comment") == (
        first.platform_id,
        first.platform_post_id,
        first.kind,
    )
    assert "微信用户 …abc123" == first.author
    assert datetime(2026, 1, 1, tzinfo=UTC) == first.received_at
    assert ("您好，周六上午窗口开放。", None) == (answered.reply_text, first.reply_text)


@respx.mock
async def test_wechat_skips_articles_without_msg_data_id_and_classifies_88000() -> None:
    respx.post(f"{WX}/cgi-bin/stable_token").mock(
        return_value=httpx.Response(200, json=golden("wechat", "stable_token_success"))
    )
    respx.post(f"{WX}/cgi-bin/comment/list").mock(
        return_value=httpx.Response(200, json=golden("wechat", "comment_list_88000"))
    )
    async with WechatAdapter(wechat_account()) as adapter:
        empty = await adapter.fetch_interactions("comments", None, posts=[PublishedRef("X", {})])
        assert () == empty.items
        with pytest.raises(RejectedError) as caught:
            await adapter.fetch_interactions("comments", None, posts=[ARTICLE])
    assert (88000, "6790a1b2-0c1d2e3f-4a5b6c7d") == (caught.value.code, caught.value.request_id)


@respx.mock
async def test_wechat_already_replied_is_settled_by_reading_the_reply_back() -> None:
    respx.post(f"{WX}/cgi-bin/stable_token").mock(
        return_value=httpx.Response(200, json=golden("wechat", "stable_token_success"))
    )
    reply = respx.post(f"{WX}/cgi-bin/comment/reply/add").mock(
        return_value=httpx.Response(200, json=golden("wechat", "comment_reply_add_88005"))
    )
    respx.post(f"{WX}/cgi-bin/comment/list").mock(
        return_value=httpx.Response(200, json=golden("wechat", "comment_list_success"))
    )
    async with WechatAdapter(wechat_account()) as adapter:
        page = await adapter.fetch_interactions("comments", None, posts=[ARTICLE])
        outcome = await adapter.send_reply(
            stored(page.items[1]), "您好，周六上午窗口开放。", key="k"
        )
    sent = json.loads(reply.calls[0].request.content)
    assert {"msg_data_id": 2247483650, "index": 0, "user_comment_id": 2} == {
        k: sent[k] for k in ("msg_data_id", "index", "user_comment_id")
    }
    assert True is outcome.details["same_text"]


@respx.mock
async def test_weibo_comments_and_mentions_oldest_first_with_since_id() -> None:
    to_me = respx.get(f"{WB}/2/comments/to_me.json").mock(
        return_value=httpx.Response(200, json=golden("weibo", "comments_to_me_success"))
    )
    respx.get(f"{WB}/2/statuses/mentions.json").mock(
        return_value=httpx.Response(200, json=golden("weibo", "statuses_mentions_success"))
    )
    async with WeiboAdapter(weibo_account()) as adapter:
        comments = await adapter.fetch_interactions("comments", "4800000000000000")
        mentions = await adapter.fetch_interactions("mentions", None)
    params = to_me.calls[0].request.url.params
    assert ("4800000000000000", "50") == (params["since_id"], params["count"])
    assert ["comment:4900000000000001", "comment:4900000000000002"] == [
        i.platform_id for i in comments.items
    ]
    assert "4900000000000002" == comments.cursor
    assert ("5000000000000001", "热心市民") == (
        comments.items[0].platform_post_id,
        comments.items[0].author,
    )
    (mention,) = mentions.items
    assert ("mention", "status:5100000000000003", None) == (
        mention.kind,
        mention.platform_id,
        mention.platform_post_id,
    )


@respx.mock
async def test_weibo_reply_sends_cid_id_and_rip_and_reads_errors_by_code() -> None:
    respx.get(f"{WB}/2/comments/to_me.json").mock(
        return_value=httpx.Response(200, json=golden("weibo", "comments_to_me_success"))
    )
    route = respx.post(f"{WB}/2/comments/reply.json").mock(
        side_effect=[
            httpx.Response(200, json=golden("weibo", "comments_reply_success")),
            httpx.Response(400, json=golden("weibo", "comments_reply_20012")),
        ]
    )
    async with WeiboAdapter(weibo_account()) as adapter:
        page = await adapter.fetch_interactions("comments", None)
        target = stored(page.items[0])
        outcome = await adapter.send_reply(target, "您好。", key="k", operator_ip="203.0.113.10")
        with pytest.raises(RejectedError) as caught:
            await adapter.send_reply(target, "长" * 200, key="k", operator_ip="203.0.113.10")
    sent = {k: v[0] for k, v in parse_qs(route.calls[0].request.content.decode()).items()}
    assert {
        "cid": "4900000000000001",
        "id": "5000000000000001",
        "comment": "您好。",
        "rip": "203.0.113.10",
    } == {k: sent[k] for k in ("cid", "id", "comment", "rip")}
    assert ("4950000000000009", 20012) == (outcome.platform_reply_id, caught.value.code)


@respx.mock
async def test_weibo_reply_timeout_is_an_unknown_outcome() -> None:
    respx.get(f"{WB}/2/comments/to_me.json").mock(
        return_value=httpx.Response(200, json=golden("weibo", "comments_to_me_success"))
    )
    respx.post(f"{WB}/2/comments/reply.json").mock(side_effect=httpx.ReadTimeout("slow"))
    async with WeiboAdapter(weibo_account(rip="203.0.113.10")) as adapter:
        page = await adapter.fetch_interactions("comments", None)
        with pytest.raises(OutcomeUnknownError):
            await adapter.send_reply(stored(page.items[0]), "您好。", key="k")


@respx.mock
async def test_app_messages_page_and_an_idempotent_reply() -> None:
    respx.get(f"{APP}/messages", params={"after": "m000002"}).mock(
        return_value=httpx.Response(200, json={"messages": [], "next": None})
    )
    listing = respx.get(f"{APP}/messages").mock(
        return_value=httpx.Response(200, json=golden("app", "messages_page"))
    )
    reply = respx.post(f"{APP}/messages/m000001/replies").mock(
        return_value=httpx.Response(201, json=golden("app", "messages_reply_created"))
    )
    async with AppAdapter(app_account()) as adapter:
        page = await adapter.fetch_interactions("messages", None)
        outcome = await adapter.send_reply(
            stored(page.items[0]), "您好，截止到12月31日。", key="rpl_1"
        )
    assert "webhook-signature" in listing.calls[0].request.headers
    assert "m000002" == page.cursor
    assert ["A1", None] == [i.platform_post_id for i in page.items]
    assert "您好，一般5个工作日。" == page.items[1].reply_text
    headers = reply.calls[0].request.headers
    assert ('"rpl_1"', "rpl_1") == (headers["idempotency-key"], headers["webhook-id"])
    assert "r000009" == outcome.platform_reply_id


def test_an_app_push_is_verified_before_it_is_read() -> None:
    body = json.dumps(
        {
            "type": "message.received",
            "timestamp": "2026-01-01T00:00:00Z",
            "data": {"id": "m9", "author": "市民", "text": "请问…", "created_at": 1767225600},
        },
        ensure_ascii=False,
    ).encode()
    adapter = AppAdapter(app_account())
    headers = signed_headers(WHSEC, "msg_push_1", body)
    item = message_from_push(adapter, headers, body)
    assert ("app-main:m9", "message") == (item.platform_id, item.kind)
    with pytest.raises(WebhookVerificationError):
        message_from_push(adapter, headers, body.replace("请问".encode(), "伪造".encode()))
    forged = signed_headers(WHSEC, "msg_push_2", b'{"type": "post.published"}')
    with pytest.raises(ValueError, match=r"message\.received"):
        message_from_push(adapter, forged, b'{"type": "post.published"}')
