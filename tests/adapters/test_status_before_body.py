"""Status before body (issue 10, item 5): a non-2xx answer is the platform's only in its error shape.

A gateway or proxy in front of a platform answers with its own page or JSON —
``404 {"error": "not found"}`` made WeChat's ``draft/get`` look like a draft, and
reconcile then re-submitted.  Every adapter now reads a body only after the
status: a 2xx as the API documents it; a non-2xx by its code only in the
platform's documented error shape (WeChat ``errcode``, Weibo ``error_code``, the
own app's problem+json); anything else by its status alone
(:meth:`~govpub.platforms.base.Adapter.status_error`): transient for an
idempotent call, an unknown outcome for an irreversible one, a 429 waiting as told.
"""

from __future__ import annotations

import time
from typing import Any

import httpx
import pytest
import respx
from adapter_helpers import (
    app_account,
    app_rendered,
    context,
    golden,
    wechat_account,
    wechat_rendered,
    weibo_account,
    weibo_rendered,
)

from govpub.errors import (
    OutcomeUnknownError,
    PlatformError,
    RateLimitedError,
    RejectedError,
    TransientError,
)
from govpub.platforms.app import AppAdapter
from govpub.platforms.base import Adapter
from govpub.platforms.wechat import WechatAdapter
from govpub.platforms.weibo import WeiboAdapter

WX = "https://api.weixin.qq.com"
WB = "https://api.weibo.com"
APP = "https://app.example.gov.cn/govpub"
KEY = "dlv_01JABCDEF0000000000000000"


def json_answer(platform: str, name: str, status: int, **headers: str) -> httpx.Response:
    return httpx.Response(status, json=golden(platform, name), headers=headers)


def proxy_404(platform: str, name: str) -> httpx.Response:
    """A gateway's own JSON on a 404 — not the platform speaking."""
    return json_answer(platform, name, 404)


# -- the one rule ---------------------------------------------------------------------

REDIRECT = httpx.Response(302, headers={"Location": "https://login.example/"})
RULE = [
    (httpx.Response(429, headers={"Retry-After": "30"}), False, RateLimitedError, 30.0),
    (httpx.Response(429, headers={"Retry-After": "30"}), True, RateLimitedError, 30.0),
    (httpx.Response(503, headers={"Retry-After": "30"}), False, RateLimitedError, 30.0),
    (httpx.Response(503, headers={"Retry-After": "30"}), True, OutcomeUnknownError, 30.0),
    (httpx.Response(503), False, TransientError, None),
    (httpx.Response(404, json={"error": "not found"}), False, TransientError, None),
    (httpx.Response(404, json={"error": "not found"}), True, OutcomeUnknownError, None),
    (httpx.Response(400, text="<html>Bad Request</html>"), False, TransientError, None),
    (REDIRECT, False, TransientError, None),
    (REDIRECT, True, OutcomeUnknownError, None),
    (httpx.Response(200, text="<html>login</html>"), True, OutcomeUnknownError, None),
]


@pytest.mark.parametrize(("response", "irreversible", "kind", "wait"), RULE)
async def test_the_status_decides(
    response: httpx.Response, irreversible: bool, kind: type[PlatformError], wait: float | None
) -> None:
    async with WeiboAdapter(weibo_account()) as adapter:
        error = adapter.status_error(response, "x/y", irreversible=irreversible)
    assert (kind, wait, response.status_code) == (type(error), error.retry_after, error.http_status)
    assert (kind is OutcomeUnknownError) == bool(error.details.get("may_already_be_published"))
    assert (error.platform, error.account) == ("weibo", "wb-main")
    if response.is_redirect:
        assert "https://login.example/" == error.details["location"]
        assert "api_base" in error.message


# -- WeChat ---------------------------------------------------------------------------


def wechat_routes(router: respx.MockRouter) -> None:
    router.post(f"{WX}/cgi-bin/stable_token").mock(
        return_value=json_answer("wechat", "stable_token_success", 200)
    )


async def test_wechat_draft_get_never_returns_a_proxys_json() -> None:
    with respx.mock() as router:
        wechat_routes(router)
        router.post(f"{WX}/cgi-bin/draft/get").mock(
            return_value=proxy_404("wechat", "draft_get_404_proxy")
        )
        async with WechatAdapter(wechat_account()) as adapter:
            with pytest.raises(TransientError) as caught:
                await adapter.api.get_draft("D1")
    assert (404, None) == (caught.value.http_status, caught.value.code)


async def test_wechat_reconcile_does_not_take_a_proxys_404_for_the_draft() -> None:
    """The incident: draft/get's proxy 404 meant "draft still there", so "absent", re-submit."""
    account = wechat_account(reconcile_grace_seconds=0)
    ctx, _ = context(account, steps={"draft_media_id": "D1", "submit_sent_at": time.time() - 3600})
    with respx.mock(assert_all_called=False) as router:
        wechat_routes(router)
        router.post(f"{WX}/cgi-bin/freepublish/batchget").mock(
            return_value=json_answer("wechat", "freepublish_batchget_empty", 200)
        )
        router.post(f"{WX}/cgi-bin/draft/get").mock(
            return_value=proxy_404("wechat", "draft_get_404_proxy")
        )
        submit = router.post(f"{WX}/cgi-bin/freepublish/submit")
        async with WechatAdapter(account) as adapter:
            with pytest.raises(TransientError):  # "ask again later", never "absent"
                await adapter.reconcile(wechat_rendered(), ctx)
    assert 0 == submit.call_count


async def test_wechat_submit_answered_by_a_proxy_is_an_unknown_outcome() -> None:
    steps = {"image_url:1": "u1", "image_url:2": "u2", "cover_media_id": "c", "draft_media_id": "d"}
    ctx, _ = context(wechat_account(), steps=steps)
    with respx.mock() as router:
        wechat_routes(router)
        router.post(f"{WX}/cgi-bin/freepublish/submit").mock(
            return_value=proxy_404("wechat", "freepublish_submit_404_proxy")
        )
        async with WechatAdapter(wechat_account()) as adapter:
            with pytest.raises(OutcomeUnknownError) as caught:
                await adapter.publish(wechat_rendered(), ctx)
    assert caught.value.details["may_already_be_published"] is True
    assert "publish_id" not in ctx.steps


@pytest.mark.parametrize(
    ("endpoint", "fixture", "status", "kind", "code"),
    [
        ("draft/get", "draft_get_40007", 500, RejectedError, 40007),
        ("freepublish/submit", "freepublish_submit_minus1", 502, OutcomeUnknownError, -1),
    ],
)
async def test_wechat_error_bodies_on_5xx_are_classified_by_errcode(
    endpoint: str, fixture: str, status: int, kind: type[PlatformError], code: int
) -> None:
    with respx.mock() as router:
        wechat_routes(router)
        router.post(f"{WX}/cgi-bin/{endpoint}").mock(
            return_value=json_answer("wechat", fixture, status)
        )
        async with WechatAdapter(wechat_account()) as adapter:
            with pytest.raises(PlatformError) as caught:
                await adapter.api.call(endpoint, body={}, irreversible=endpoint.endswith("submit"))
    assert (kind, code, status) == (type(caught.value), caught.value.code, caught.value.http_status)


async def test_wechat_429_keeps_its_retry_after_and_redirects_are_not_followed() -> None:
    with respx.mock() as router:
        wechat_routes(router)
        router.post(f"{WX}/cgi-bin/draft/get").mock(
            side_effect=[httpx.Response(429, headers={"Retry-After": "45"}), REDIRECT]
        )
        async with WechatAdapter(wechat_account()) as adapter:
            with pytest.raises(RateLimitedError) as limited:
                await adapter.api.get_draft("D1")
            with pytest.raises(TransientError) as redirected:
                await adapter.api.get_draft("D1")
    assert 45.0 == limited.value.retry_after
    assert 302 == redirected.value.http_status


async def test_wechat_token_endpoint_behind_a_proxy_is_transient() -> None:
    with respx.mock() as router:
        router.post(f"{WX}/cgi-bin/stable_token").mock(
            return_value=httpx.Response(404, json={"error": "not found"})
        )
        async with WechatAdapter(wechat_account()) as adapter:
            with pytest.raises(TransientError):
                await adapter.api.token()


# -- Weibo ----------------------------------------------------------------------------


async def weibo_share(response: httpx.Response) -> PlatformError:
    ctx, _ = context(weibo_account(), operator_ip="203.0.113.7")
    with respx.mock() as router:
        router.post(f"{WB}/2/statuses/share.json").mock(return_value=response)
        async with WeiboAdapter(weibo_account()) as adapter:
            with pytest.raises(PlatformError) as caught:
                await adapter.publish(weibo_rendered(), ctx)
    return caught.value


@pytest.mark.parametrize(
    ("response", "kind", "code"),
    [
        (proxy_404("weibo", "statuses_share_404_proxy"), OutcomeUnknownError, None),
        (httpx.Response(403, text="<html>Forbidden</html>"), OutcomeUnknownError, None),
        (REDIRECT, OutcomeUnknownError, None),
        (httpx.Response(429, headers={"Retry-After": "60"}), RateLimitedError, None),
        (json_answer("weibo", "statuses_share_10010", 400), OutcomeUnknownError, 10010),
        (json_answer("weibo", "statuses_share_10017", 400), RejectedError, 10017),
    ],
    ids=["proxy-404", "bare-403", "redirect", "429", "10010-on-400", "10017-on-400"],
)
async def test_weibo_share(
    response: httpx.Response, kind: type[PlatformError], code: int | None
) -> None:
    error = await weibo_share(response)
    assert (kind, code, response.status_code) == (type(error), error.code, error.http_status)
    if kind is RateLimitedError:
        assert 60.0 == error.retry_after
    if kind is OutcomeUnknownError:
        assert error.details["may_already_be_published"] is True


async def test_weibo_timeline_behind_a_proxy_is_transient_so_reconcile_asks_again() -> None:
    account = weibo_account(reconcile_grace_seconds=0)
    ctx, _ = context(account, steps={"share_sent_at": time.time() - 3600})
    with respx.mock(assert_all_called=False) as router:
        router.get(f"{WB}/2/statuses/user_timeline.json").mock(
            return_value=proxy_404("weibo", "statuses_user_timeline_404_proxy")
        )
        share = router.post(f"{WB}/2/statuses/share.json")
        async with WeiboAdapter(account) as adapter:
            with pytest.raises(TransientError):
                await adapter.latest_publication()
            with pytest.raises(TransientError):  # neither "absent" nor "unknown": ask again
                await adapter.reconcile(weibo_rendered(), ctx)
    assert 0 == share.call_count


# -- own app --------------------------------------------------------------------------


async def app_call(response: httpx.Response, action: str) -> Any:
    ctx, _ = context(app_account(), key=KEY, steps={"app_post": {"id": "APP1", "url": None}})
    if action == "publish":
        ctx.steps.clear()
    with respx.mock(assert_all_called=False) as router:
        router.post(f"{APP}/posts").mock(return_value=response)
        router.delete(f"{APP}/posts/APP1").mock(return_value=response)
        async with AppAdapter(app_account()) as adapter:
            try:
                if action == "publish":
                    return await adapter.publish(app_rendered(), ctx)
                return await adapter.delete(ctx)
            except PlatformError as exc:
                return exc


@pytest.mark.parametrize(
    ("response", "action", "kind"),
    [
        (proxy_404("app", "posts_404_proxy"), "publish", OutcomeUnknownError),
        (httpx.Response(400, text="<html>Bad Request</html>"), "publish", OutcomeUnknownError),
        (REDIRECT, "publish", OutcomeUnknownError),
        (proxy_404("app", "posts_404_proxy"), "delete", TransientError),  # not "already gone"
        (httpx.Response(429, headers={"Retry-After": "60"}), "publish", RateLimitedError),
    ],
    ids=["proxy-404-post", "html-400-post", "redirect-post", "proxy-404-delete", "429"],
)
async def test_app_answers_without_a_problem_document(
    response: httpx.Response, action: str, kind: type[PlatformError]
) -> None:
    error = await app_call(response, action)
    assert type(error) is kind
    assert response.status_code == error.http_status


async def test_app_a_problem_document_is_still_the_receivers_refusal() -> None:
    problem = httpx.Response(
        404,
        json={"type": "about:blank", "title": "Not Found", "detail": "no such tenant"},
        headers={"Content-Type": "application/problem+json"},
    )
    error = await app_call(problem, "publish")
    assert (RejectedError, 404) == (type(error), error.code)
    assert "no such tenant" in error.message


def test_every_adapter_uses_the_one_rule() -> None:
    for adapter in (WechatAdapter, WeiboAdapter, AppAdapter):
        assert "status_error" not in vars(adapter)
    assert callable(Adapter.status_error)


async def test_a_response_read_whole_is_freed_by_its_reference_count() -> None:
    """``Adapter.send`` detaches httpx's stream, which refers back to the response (a cycle)."""
    import gc
    import weakref

    client = httpx.AsyncClient(transport=httpx.MockTransport(lambda _: httpx.Response(200)))
    adapter = AppAdapter(app_account(), client=client)
    response = await adapter.send("POST", f"{APP}/posts", idempotent=False, content=b"{}")
    assert (200, b"", True) == (response.status_code, await response.aread(), response.is_closed)
    gone = weakref.ref(response)
    gc.disable()
    try:
        del response
        assert gone() is None
    finally:
        gc.enable()
        await client.aclose()
