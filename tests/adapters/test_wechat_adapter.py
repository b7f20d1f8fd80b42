"""The WeChat flow with respx: uploads, draft, submit, status, delete, reconcile, resume."""

from __future__ import annotations

import json
import time
from typing import Any

import httpx
import pytest
import respx
from adapter_helpers import JPEG, PNG, context, golden, image, wechat_account, wechat_rendered

from govpub.errors import (
    OutcomeUnknownError,
    QuotaExhaustedError,
    RejectedError,
    TransientError,
)
from govpub.platforms.wechat import WechatAdapter

BASE = "https://api.weixin.qq.com"


def ok(name: str) -> httpx.Response:
    return httpx.Response(200, json=golden("wechat", name))


def mock_flow(router: respx.MockRouter) -> dict[str, respx.Route]:
    router.post(f"{BASE}/cgi-bin/stable_token").mock(return_value=ok("stable_token_success"))
    uploads = iter(range(1, 100))
    return {
        "uploadimg": router.post(f"{BASE}/cgi-bin/media/uploadimg").mock(
            side_effect=lambda request: httpx.Response(
                200, json={"url": f"http://mmbiz.qpic.cn/mmbiz_png/UP{next(uploads)}/0"}
            )
        ),
        "add_material": router.post(f"{BASE}/cgi-bin/material/add_material").mock(
            return_value=ok("material_add_material_success")
        ),
        "draft": router.post(f"{BASE}/cgi-bin/draft/add").mock(
            return_value=ok("draft_add_success")
        ),
        "submit": router.post(f"{BASE}/cgi-bin/freepublish/submit").mock(
            return_value=ok("freepublish_submit_success")
        ),
    }


@respx.mock
async def test_publish_runs_the_whole_flow_and_saves_each_step() -> None:
    routes = mock_flow(respx.mock)
    ctx, recorder = context(wechat_account())
    async with WechatAdapter(wechat_account()) as adapter:
        outcome = await adapter.publish(wechat_rendered(), ctx)

    assert (outcome.state, outcome.details["publish_id"]) == ("pending", "100000001")
    names = [name for name, value in recorder.saved if value is not None]
    expected_names = [
        "image_url:1",
        "image_url:2",
        "cover_media_id",
        "draft_link_token",
        "draft_media_id",
        "submit_sent_at",
        "msg_data_id",  # for the comment APIs (the inbox), saved with the submit's answer
        "publish_id",
    ]
    assert expected_names == names
    assert routes["uploadimg"].call_count == 2
    assert routes["add_material"].calls[0].request.url.params["type"] == "image"

    draft_request = routes["draft"].calls[0].request
    raw = draft_request.content
    assert b"\\u" not in raw  # raw UTF-8, never \uXXXX (40033)
    assert "市政府召开常务会议".encode() in raw
    article = json.loads(raw)["articles"][0]
    assert "http://mmbiz.qpic.cn/mmbiz_png/UP1/0" in article["content"]
    assert "http://mmbiz.qpic.cn/mmbiz_png/UP2/0" in article["content"]
    assert "img/a.png" not in article["content"]
    expected = {
        "article_type": "news",
        "title": "市政府召开常务会议",
        "author": "市政府办",
        "digest": "会议研究部署近期重点工作。",
        "content_source_url": f"https://www.example.gov.cn/art/2025/1/6/art_1.html?gpd={ctx.token}",
        "thumb_media_id": "COVER_MEDIA_ID_PLACEHOLDER",
        "need_open_comment": 1,
        "only_fans_can_comment": 0,
    }
    assert expected == {k: v for k, v in article.items() if k != "content"}
    assert json.loads(routes["submit"].calls[0].request.content) == {
        "media_id": "DRAFT_MEDIA_ID_PLACEHOLDER"
    }


@respx.mock
async def test_a_resumed_delivery_continues_from_the_saved_steps() -> None:
    routes = mock_flow(respx.mock)
    steps = {
        "image_url:1": "http://mmbiz.qpic.cn/mmbiz_png/SAVED1/0",
        "image_url:2": "http://mmbiz.qpic.cn/mmbiz_png/SAVED2/0",
        "cover_media_id": "SAVED_COVER",
        "draft_media_id": "SAVED_DRAFT",
    }
    ctx, _ = context(wechat_account(), steps=steps)
    async with WechatAdapter(wechat_account()) as adapter:
        outcome = await adapter.publish(wechat_rendered(), ctx)
    assert outcome.state == "pending"
    calls = [routes[n].call_count for n in ("uploadimg", "add_material", "draft", "submit")]
    assert calls == [0, 0, 0, 1]
    assert json.loads(routes["submit"].calls[0].request.content) == {"media_id": "SAVED_DRAFT"}


@respx.mock
async def test_a_delivery_with_a_publish_id_is_never_submitted_again() -> None:
    routes = mock_flow(respx.mock)
    steps = {
        "image_url:1": "u1",
        "image_url:2": "u2",
        "cover_media_id": "c",
        "draft_media_id": "d",
        "publish_id": "100000001",
    }
    ctx, _ = context(wechat_account(), steps=steps)
    async with WechatAdapter(wechat_account()) as adapter:
        outcome = await adapter.publish(wechat_rendered(), ctx)
    assert (outcome.state, outcome.details["publish_id"]) == ("pending", "100000001")
    assert routes["submit"].call_count == 0


@pytest.mark.parametrize(
    "answer",
    [
        httpx.ReadTimeout("timed out"),
        httpx.RemoteProtocolError("peer closed connection"),
        httpx.Response(502, text="<html>bad gateway</html>"),
        httpx.Response(200, text="<html>proxy</html>"),
        httpx.Response(200, json={"errcode": -1, "errmsg": "system error"}),
        httpx.Response(200, json={"errcode": 0, "errmsg": "ok"}),
    ],
    ids=["timeout", "reset", "bare-502", "non-json-200", "system-busy", "no-publish-id"],
)
@respx.mock
async def test_submit_with_an_unclear_answer_is_an_unknown_outcome(answer: Any) -> None:
    routes = mock_flow(respx.mock)
    routes["submit"].mock(side_effect=[answer])
    ctx, _ = context(wechat_account())
    async with WechatAdapter(wechat_account()) as adapter:
        with pytest.raises(OutcomeUnknownError):
            await adapter.publish(wechat_rendered(), ctx)
    assert routes["submit"].call_count == 1
    assert "publish_id" not in ctx.steps
    assert ctx.steps["draft_media_id"] == "DRAFT_MEDIA_ID_PLACEHOLDER"


@respx.mock
async def test_a_draft_timeout_is_transient() -> None:
    routes = mock_flow(respx.mock)
    routes["draft"].mock(side_effect=httpx.ReadTimeout("timed out"))
    ctx, _ = context(wechat_account())
    async with WechatAdapter(wechat_account()) as adapter:
        with pytest.raises(TransientError):
            await adapter.publish(wechat_rendered(), ctx)


@pytest.mark.parametrize(
    ("route", "fixture", "code"),
    [
        ("uploadimg", "media_uploadimg_40005", 40005),
        ("uploadimg", "media_uploadimg_40009", 40009),
        ("draft", "draft_add_45003", 45003),
        ("draft", "draft_add_45166", 45166),
        ("draft", "draft_add_40007", 40007),
        ("draft", "draft_add_88000", 88000),
        ("submit", "freepublish_submit_53503", 53503),
    ],
)
@respx.mock
async def test_rejections_carry_code_message_and_rid(route: str, fixture: str, code: int) -> None:
    routes = mock_flow(respx.mock)
    routes[route].mock(return_value=ok(fixture))
    ctx, _ = context(wechat_account())
    async with WechatAdapter(wechat_account()) as adapter:
        with pytest.raises(RejectedError) as caught:
            await adapter.publish(wechat_rendered(), ctx)
    assert (code, "6780a1b2-1c2d3e4f-5a6b7c8d") == (caught.value.code, caught.value.request_id)


@respx.mock
async def test_a_saved_draft_that_vanished_is_not_silently_replaced() -> None:
    routes = mock_flow(respx.mock)
    routes["submit"].mock(return_value=ok("freepublish_submit_40007"))
    steps = {"image_url:1": "u1", "image_url:2": "u2", "cover_media_id": "c", "draft_media_id": "d"}
    ctx, _ = context(wechat_account(), steps=steps)
    async with WechatAdapter(wechat_account()) as adapter:
        with pytest.raises(OutcomeUnknownError) as caught:
            await adapter.publish(wechat_rendered(), ctx)
    assert caught.value.details["may_already_be_published"] is True
    assert routes["draft"].call_count == 0


LOCAL_REFUSALS = [
    ("title", {"title": "标" * 33}),
    ("author", {"fields": {"author": "作" * 17}}),
    ("digest", {"fields": {"digest": "摘" * 129}}),
    ("content_source_url", {"fields": {"content_source_url": "https://x.gov.cn/" + "a" * 1024}}),
    ("cover", {"cover": None}),
    ("cover", {"cover": image("cover.webp", b"RIFF0000WEBPVP8 ")}),
    ("images[1]", {"images": (image("img/a.png", b"GIF89a" + b"\x00" * 10),)}),
    ("images[1]", {"images": (image("img/a.png", PNG + b"\x00" * 1024 * 1024),)}),
    ("body", {"body": "<p>" + "字" * 20_000 + "</p>"}),
    ("body", {"body": '<p><img src="https://elsewhere.example/x.png"></p>', "images": ()}),
]


@pytest.mark.parametrize(("field", "change"), LOCAL_REFUSALS, ids=[f for f, _ in LOCAL_REFUSALS])
async def test_limits_are_refused_before_any_call(field: str, change: dict[str, Any]) -> None:
    rendered = wechat_rendered()
    if "fields" in change:
        change = {"fields": {**rendered.fields, **change["fields"]}}
    ctx, _ = context(wechat_account())
    with respx.mock(assert_all_called=False) as router:
        routes = mock_flow(router)
        async with WechatAdapter(wechat_account()) as adapter:
            with pytest.raises(RejectedError) as caught:
                await adapter.publish(rendered.model_copy(update=change), ctx)
    assert field == caught.value.details["field"]
    assert all(route.call_count == 0 for route in routes.values())


async def test_thumb_covers_must_be_small_jpegs() -> None:
    account = wechat_account(cover_material_type="thumb")
    rendered = wechat_rendered().model_copy(update={"cover": image("c.jpg", JPEG * 2000)})
    ctx, _ = context(account)
    async with WechatAdapter(account) as adapter:
        with pytest.raises(RejectedError, match="type=thumb"):
            await adapter.publish(rendered, ctx)


@respx.mock
async def test_content_source_url_falls_back_to_the_agency_page() -> None:
    routes = mock_flow(respx.mock)
    account = wechat_account(
        content_source_url="https://www.example.gov.cn/", need_open_comment=False
    )
    rendered = wechat_rendered(content_source_url=None)
    ctx, _ = context(account)
    async with WechatAdapter(account) as adapter:
        await adapter.publish(rendered, ctx)
    article = json.loads(routes["draft"].calls[0].request.content)["articles"][0]
    assert (
        article["content_source_url"],
        article["need_open_comment"],
    ) == (f"https://www.example.gov.cn/?gpd={ctx.token}", 0)


@respx.mock
async def test_the_read_more_link_carries_the_delivery_token_unless_switched_off() -> None:
    routes = mock_flow(respx.mock)
    ctx, recorder = context(wechat_account())
    async with WechatAdapter(wechat_account()) as adapter:
        await adapter.publish(wechat_rendered(), ctx)
    article = json.loads(routes["draft"].calls[0].request.content)["articles"][0]
    link = "https://www.example.gov.cn/art/2025/1/6/art_1.html"
    assert f"{link}?gpd={ctx.token}" == article["content_source_url"]
    assert ("draft_link_token", ctx.token) in recorder.saved
    off = wechat_account(link_token=False)
    ctx, recorder = context(off)
    async with WechatAdapter(off) as adapter:
        await adapter.publish(wechat_rendered(), ctx)
    article = json.loads(routes["draft"].calls[1].request.content)["articles"][0]
    assert link == article["content_source_url"]
    assert ("draft_link_token", None) in recorder.saved


# -- status --------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("fixture", "state", "post_id"),
    [
        ("freepublish_get_success", "published", "ARTICLE_ID_PLACEHOLDER"),
        ("freepublish_get_number_publish_id", "published", "ARTICLE_ID_PLACEHOLDER"),
        ("freepublish_get_publishing", "pending", None),
        ("freepublish_get_user_deleted", "removed", None),
        ("freepublish_get_banned", "removed", None),
    ],
)
@respx.mock
async def test_status_outcomes(fixture: str, state: str, post_id: str | None) -> None:
    respx.post(f"{BASE}/cgi-bin/stable_token").mock(return_value=ok("stable_token_success"))
    route = respx.post(f"{BASE}/cgi-bin/freepublish/get").mock(return_value=ok(fixture))
    ctx, _ = context(wechat_account(), steps={"publish_id": "2247483655"})
    async with WechatAdapter(wechat_account()) as adapter:
        outcome = await adapter.status(ctx)
    assert (state, post_id) == (outcome.state, outcome.platform_post_id)
    assert json.loads(route.calls[0].request.content) == {"publish_id": "2247483655"}
    if state == "published":
        assert outcome.url == "https://mp.weixin.qq.com/s/PERMANENT_PLACEHOLDER"
        assert ctx.steps["article_id"] == "ARTICLE_ID_PLACEHOLDER"
    if fixture == "freepublish_get_banned":
        assert outcome.details["banned"] is True


@pytest.mark.parametrize(
    ("fixture", "status", "fail_idx"),
    [
        ("freepublish_get_original_failed", 2, [1]),
        ("freepublish_get_general_failure", 3, [1]),
        ("freepublish_get_review_rejected", 4, [1]),
    ],
)
@respx.mock
async def test_failed_jobs_are_rejections_with_fail_idx(
    fixture: str, status: int, fail_idx: list[int]
) -> None:
    respx.post(f"{BASE}/cgi-bin/stable_token").mock(return_value=ok("stable_token_success"))
    respx.post(f"{BASE}/cgi-bin/freepublish/get").mock(return_value=ok(fixture))
    ctx, _ = context(wechat_account(), steps={"publish_id": "100000001"})
    async with WechatAdapter(wechat_account()) as adapter:
        with pytest.raises(RejectedError) as caught:
            await adapter.status(ctx)
    assert (f"publish_status:{status}", fail_idx) == (
        caught.value.code,
        caught.value.details["fail_idx"],
    )


@respx.mock
async def test_status_quota_waits_until_the_next_day() -> None:
    respx.post(f"{BASE}/cgi-bin/stable_token").mock(return_value=ok("stable_token_success"))
    respx.post(f"{BASE}/cgi-bin/freepublish/get").mock(return_value=ok("freepublish_get_45009"))
    ctx, _ = context(wechat_account(), steps={"publish_id": "100000001"})
    async with WechatAdapter(wechat_account()) as adapter:
        with pytest.raises(QuotaExhaustedError) as caught:
            await adapter.status(ctx)
    assert caught.value.retry_after is not None
    assert 0 < caught.value.retry_after <= 24 * 3600


def test_status_polling_is_sparse_and_capped() -> None:
    adapter = WechatAdapter(wechat_account())
    delays = [adapter.status_poll_delay(n) for n in range(1, 9)]
    assert delays == [30.0, 60.0, 120.0, 240.0, 480.0, 960.0, 1800.0, 1800.0]


# -- delete --------------------------------------------------------------------------


@respx.mock
async def test_delete_sends_an_explicit_index_and_verifies() -> None:
    respx.post(f"{BASE}/cgi-bin/stable_token").mock(return_value=ok("stable_token_success"))
    delete = respx.post(f"{BASE}/cgi-bin/freepublish/delete").mock(
        return_value=ok("freepublish_delete_success")
    )
    respx.post(f"{BASE}/cgi-bin/freepublish/getarticle").mock(
        return_value=ok("freepublish_getarticle_deleted")
    )
    ctx, _ = context(wechat_account(), steps={"article_id": "ARTICLE_ID_PLACEHOLDER"})
    async with WechatAdapter(wechat_account()) as adapter:
        outcome = await adapter.delete(ctx)
    assert outcome.state == "retracted"
    assert json.loads(delete.calls[0].request.content) == {
        "article_id": "ARTICLE_ID_PLACEHOLDER",
        "index": 1,
    }


@respx.mock
async def test_delete_not_yet_effective_is_transient() -> None:
    respx.post(f"{BASE}/cgi-bin/stable_token").mock(return_value=ok("stable_token_success"))
    respx.post(f"{BASE}/cgi-bin/freepublish/delete").mock(
        return_value=ok("freepublish_delete_success")
    )
    respx.post(f"{BASE}/cgi-bin/freepublish/getarticle").mock(
        return_value=ok("freepublish_getarticle_live")
    )
    ctx, _ = context(wechat_account(), steps={"article_id": "A"})
    async with WechatAdapter(wechat_account()) as adapter:
        with pytest.raises(TransientError):
            await adapter.delete(ctx)


@respx.mock
async def test_delete_of_an_unknown_article_is_already_gone() -> None:
    respx.post(f"{BASE}/cgi-bin/stable_token").mock(return_value=ok("stable_token_success"))
    respx.post(f"{BASE}/cgi-bin/freepublish/delete").mock(
        return_value=ok("freepublish_delete_53600")
    )
    ctx, _ = context(wechat_account(), steps={"article_id": "A"})
    async with WechatAdapter(wechat_account()) as adapter:
        assert (await adapter.delete(ctx)).state == "already_gone"


@respx.mock
async def test_delete_after_a_failed_job_removes_the_draft_left_behind() -> None:
    respx.post(f"{BASE}/cgi-bin/stable_token").mock(return_value=ok("stable_token_success"))
    respx.post(f"{BASE}/cgi-bin/freepublish/get").mock(
        return_value=ok("freepublish_get_review_rejected")
    )
    drop = respx.post(f"{BASE}/cgi-bin/draft/delete").mock(return_value=ok("draft_delete_success"))
    steps = {"draft_media_id": "D1", "submit_sent_at": 1.0, "publish_id": "100000001"}
    ctx, _ = context(wechat_account(), steps=steps)
    async with WechatAdapter(wechat_account()) as adapter:
        outcome = await adapter.delete(ctx)
    assert (outcome.state, outcome.details["draft_deleted"]) == ("already_gone", "D1")
    assert json.loads(drop.calls[0].request.content) == {"media_id": "D1"}


@respx.mock
async def test_delete_while_the_job_runs_asks_to_wait() -> None:
    respx.post(f"{BASE}/cgi-bin/stable_token").mock(return_value=ok("stable_token_success"))
    respx.post(f"{BASE}/cgi-bin/freepublish/get").mock(
        return_value=ok("freepublish_get_publishing")
    )
    ctx, _ = context(wechat_account(), steps={"publish_id": "1"})
    async with WechatAdapter(wechat_account()) as adapter:
        with pytest.raises(TransientError) as caught:
            await adapter.delete(ctx)
    assert caught.value.retry_after == 30.0


async def test_delete_refuses_while_the_submit_is_unknown() -> None:
    ctx, _ = context(wechat_account(), steps={"draft_media_id": "D", "submit_sent_at": 1.0})
    async with WechatAdapter(wechat_account()) as adapter:
        with pytest.raises(OutcomeUnknownError, match="reconcile"):
            await adapter.delete(ctx)


# -- reconcile -----------------------------------------------------------------------


@respx.mock
async def test_reconcile_with_a_publish_id_asks_freepublish_get() -> None:
    respx.post(f"{BASE}/cgi-bin/stable_token").mock(return_value=ok("stable_token_success"))
    respx.post(f"{BASE}/cgi-bin/freepublish/get").mock(return_value=ok("freepublish_get_success"))
    ctx, _ = context(wechat_account(), steps={"publish_id": "100000001"})
    async with WechatAdapter(wechat_account()) as adapter:
        outcome = await adapter.reconcile(wechat_rendered(), ctx)
    assert (outcome.state, outcome.platform_post_id) == ("published", "ARTICLE_ID_PLACEHOLDER")


@respx.mock
async def test_reconcile_of_a_removed_publication_asks_a_human() -> None:
    respx.post(f"{BASE}/cgi-bin/stable_token").mock(return_value=ok("stable_token_success"))
    respx.post(f"{BASE}/cgi-bin/freepublish/get").mock(return_value=ok("freepublish_get_banned"))
    ctx, _ = context(wechat_account(), steps={"publish_id": "100000001"})
    async with WechatAdapter(wechat_account()) as adapter:
        outcome = await adapter.reconcile(wechat_rendered(), ctx)
    assert outcome.state == "unknown"
    assert outcome.hint is not None
    assert "市政府召开常务会议" in outcome.hint


def reconcile_steps(sent_at: float) -> dict[str, Any]:
    return {"draft_media_id": "D1", "submit_sent_at": sent_at}


@pytest.mark.parametrize(
    ("listing", "draft", "sent_at", "expected"),
    [
        ("freepublish_batchget_with_match", None, 1736128800.0, "published"),
        ("freepublish_batchget_empty", "draft_get_success", 0.0, "absent"),
        ("freepublish_batchget_empty", "draft_get_40007", 0.0, "unknown"),
        ("freepublish_batchget_with_match", "draft_get_success", 1736128800.0 + 3600, "absent"),
    ],
    ids=["title-found", "draft-still-there", "draft-gone", "match-too-old"],
)
@respx.mock
async def test_reconcile_without_publish_id(
    listing: str, draft: str | None, sent_at: float, expected: str
) -> None:
    respx.post(f"{BASE}/cgi-bin/stable_token").mock(return_value=ok("stable_token_success"))
    respx.post(f"{BASE}/cgi-bin/freepublish/batchget").mock(return_value=ok(listing))
    if draft is not None:
        respx.post(f"{BASE}/cgi-bin/draft/get").mock(return_value=ok(draft))
    ctx, _ = context(wechat_account(reconcile_grace_seconds=0), steps=reconcile_steps(sent_at))
    async with WechatAdapter(wechat_account(reconcile_grace_seconds=0)) as adapter:
        outcome = await adapter.reconcile(wechat_rendered(), ctx)
    assert expected == outcome.state
    if expected == "published":
        assert ctx.steps["article_id"] == "ARTICLE_ID_MATCH"


@pytest.mark.parametrize(
    ("token", "owned", "expected"),
    [
        ("xy46rrsw", {}, "ARTICLE_ID_OURS"),
        ("8v51kb08", {}, "ARTICLE_ID_THEIRS"),
        ("00000000", {}, None),
        (None, {"ARTICLE_ID_THEIRS": "p_other"}, "ARTICLE_ID_OURS"),
        (None, {"ARTICLE_ID_THEIRS": "p_other", "ARTICLE_ID_OURS": "p_x"}, None),
    ],
    ids=["our-token", "their-token", "no-token-match", "title-not-owned", "all-owned"],
)
@respx.mock
async def test_reconcile_matches_the_token_of_the_read_more_link_and_never_anothers_article(
    token: str | None, owned: dict[str, str], expected: str | None
) -> None:
    """Two articles with the same title in one window: the token (or ownership) tells them apart."""
    respx.post(f"{BASE}/cgi-bin/stable_token").mock(return_value=ok("stable_token_success"))
    respx.post(f"{BASE}/cgi-bin/freepublish/batchget").mock(
        return_value=ok("freepublish_batchget_same_title")
    )
    respx.post(f"{BASE}/cgi-bin/draft/get").mock(return_value=ok("draft_get_success"))
    steps = {**reconcile_steps(1736128800.0), "draft_link_token": token}
    account = wechat_account(reconcile_grace_seconds=0)
    ctx, _ = context(account, steps=steps)

    async def owner(article_id: str) -> str | None:
        return owned.get(article_id)

    ctx.find_owner = owner
    async with WechatAdapter(account) as adapter:
        outcome = await adapter.reconcile(wechat_rendered(), ctx)
    if expected is None:
        assert "absent" == outcome.state
    else:
        assert ("published", expected) == (outcome.state, outcome.platform_post_id)


@respx.mock
async def test_reconcile_after_the_draft_is_gone_asks_again_within_the_grace_period() -> None:
    """The job may just have finished: the draft is gone, the article not listed yet."""
    respx.post(f"{BASE}/cgi-bin/stable_token").mock(return_value=ok("stable_token_success"))
    respx.post(f"{BASE}/cgi-bin/freepublish/batchget").mock(
        return_value=ok("freepublish_batchget_empty")
    )
    respx.post(f"{BASE}/cgi-bin/draft/get").mock(return_value=ok("draft_get_40007"))
    ctx, _ = context(wechat_account(), steps=reconcile_steps(time.time()))
    async with WechatAdapter(wechat_account()) as adapter:
        with pytest.raises(TransientError):
            await adapter.reconcile(wechat_rendered(), ctx)


@respx.mock
async def test_reconcile_within_the_grace_period_asks_again_later() -> None:
    respx.post(f"{BASE}/cgi-bin/stable_token").mock(return_value=ok("stable_token_success"))
    respx.post(f"{BASE}/cgi-bin/freepublish/batchget").mock(
        return_value=ok("freepublish_batchget_empty")
    )
    respx.post(f"{BASE}/cgi-bin/draft/get").mock(return_value=ok("draft_get_success"))
    ctx, _ = context(wechat_account(), steps=reconcile_steps(time.time()))
    async with WechatAdapter(wechat_account()) as adapter:
        with pytest.raises(TransientError) as caught:
            await adapter.reconcile(wechat_rendered(), ctx)
    assert caught.value.retry_after is not None
    assert 590 < caught.value.retry_after <= 600


async def test_reconcile_before_any_draft_is_absent() -> None:
    ctx, _ = context(wechat_account(), steps={"image_url:1": "u"})
    async with WechatAdapter(wechat_account()) as adapter:
        assert (await adapter.reconcile(wechat_rendered(), ctx)).state == "absent"


def test_capabilities_and_scopes() -> None:
    adapter = WechatAdapter(wechat_account())
    assert adapter.capabilities.asynchronous is True
    assert adapter.rate_limit_scopes() == ("account:wx-main", "wechat-app:wx0123456789abcdef")
    assert "wx-app-secret-value" not in repr(adapter) + repr(adapter.api) + repr(adapter.account)


def test_images_are_fine_in_jpeg_and_png() -> None:
    assert {"image/jpeg", "image/png"} == set(WechatAdapter.capabilities.image_types)
    assert PNG.startswith(b"\x89PNG")
