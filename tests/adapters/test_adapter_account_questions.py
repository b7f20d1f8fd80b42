"""The health checks' account questions with respx: latest publication, interaction, expiry.

One read call per ``latest_publication``, through each adapter's own error
handling; golden answers in ``tests/fixtures/<platform>/`` named by endpoint.
"""

from __future__ import annotations

import json
from datetime import UTC, datetime, timedelta, timezone
from typing import Any

import httpx
import pytest
import respx
from adapter_helpers import (
    WHSEC,
    app_account,
    golden,
    wechat_account,
    weibo_account,
)

from govpub.errors import (
    NotSupported,
    PlatformError,
    QuotaExhaustedError,
    RateLimitedError,
    ReauthorizationRequired,
    RejectedError,
    TransientError,
)
from govpub.model import Account
from govpub.platforms.app import AppAdapter
from govpub.platforms.base import Adapter
from govpub.platforms.wechat import WechatAdapter
from govpub.platforms.weibo import WeiboAdapter
from govpub.webhooks import verify

WX = "https://api.weixin.qq.com"
WB = "https://api.weibo.com"
APP = "https://app.example.gov.cn/govpub"
CST = timezone(timedelta(hours=8))
#: 2025-01-06 10:00 Beijing time, the newest publication of every golden listing.
NEWEST = datetime(2025, 1, 6, 10, 0, tzinfo=CST)


def answer(platform: str, name: str, status: int = 200, **headers: str) -> httpx.Response:
    return httpx.Response(status, json=golden(platform, name), headers=headers)


def problem(name: str, status: int, **headers: str) -> httpx.Response:
    return httpx.Response(
        status,
        content=json.dumps(golden("app", name)).encode(),
        headers={"Content-Type": "application/problem+json", **headers},
    )


async def latest(adapter_type: type[Adapter], account: Account) -> datetime | None:
    async with adapter_type(account) as adapter:
        return await adapter.latest_publication()


# -- WeChat: freepublish/batchget --------------------------------------------------------


def wechat_routes(router: respx.MockRouter, *responses: httpx.Response) -> respx.Route:
    router.post(f"{WX}/cgi-bin/stable_token").mock(
        return_value=answer("wechat", "stable_token_success")
    )
    return router.post(f"{WX}/cgi-bin/freepublish/batchget").mock(side_effect=list(responses))


async def test_wechat_asks_one_page_without_content_and_reads_update_time() -> None:
    with respx.mock(assert_all_called=True) as router:
        route = wechat_routes(router, answer("wechat", "freepublish_batchget_latest"))
        found = await latest(WechatAdapter, wechat_account())
    assert NEWEST == found
    assert found is not None
    assert UTC == found.tzinfo
    assert 1 == route.call_count
    request = route.calls[0].request
    assert {"offset": 0, "count": 20, "no_content": 1} == json.loads(request.content)
    assert request.url.params["access_token"]


@pytest.mark.parametrize(
    ("fixture", "expected"),
    [
        ("freepublish_batchget_latest", NEWEST),
        ("freepublish_batchget_latest_retracted", datetime(2024, 12, 30, 10, 0, tzinfo=CST)),
        ("freepublish_batchget_empty", None),
    ],
)
async def test_wechat_latest_is_the_newest_live_publication(
    fixture: str, expected: datetime | None
) -> None:
    with respx.mock() as router:
        wechat_routes(router, answer("wechat", fixture))
        assert expected == await latest(WechatAdapter, wechat_account())


async def test_wechat_unverified_account_cannot_tell() -> None:
    with respx.mock() as router:
        route = wechat_routes(router, answer("wechat", "freepublish_batchget_48001"))
        with pytest.raises(NotSupported, match="48001") as caught:
            await latest(WechatAdapter, wechat_account())
    assert "verified (认证)" in str(caught.value)
    assert 1 == route.call_count


async def test_wechat_token_error_costs_one_refresh_like_every_other_call() -> None:
    with respx.mock() as router:
        route = wechat_routes(
            router,
            answer("wechat", "freepublish_batchget_40001"),
            answer("wechat", "freepublish_batchget_latest"),
        )
        assert NEWEST == await latest(WechatAdapter, wechat_account())
        assert 2 == router.routes[0].call_count  # the token, fetched twice
    assert 2 == route.call_count


@pytest.mark.parametrize(
    ("response", "kind", "code"),
    [
        (answer("wechat", "freepublish_batchget_45009"), QuotaExhaustedError, 45009),
        (answer("wechat", "freepublish_batchget_minus1"), TransientError, -1),
        (httpx.Response(502, text="<html>Bad Gateway</html>"), TransientError, None),
    ],
)
async def test_wechat_errors_are_classified_by_the_errcode_table(
    response: httpx.Response, kind: type[PlatformError], code: int | None
) -> None:
    with respx.mock() as router:
        route = wechat_routes(router, response)
        with pytest.raises(kind) as caught:
            await latest(WechatAdapter, wechat_account())
    assert (type(caught.value), code, 1) == (kind, caught.value.code, route.call_count)


@pytest.mark.parametrize(
    ("update_time", "says"),
    [
        (None, "is missing"),
        ("yesterday", "does not read as an ISO 8601 time"),
        (True, "is not a time"),
        (-5, "not a plausible Unix time"),
        (10**20, "not a plausible Unix time"),
    ],
)
async def test_wechat_unreadable_time_is_a_platform_error_naming_the_field(
    update_time: Any, says: str
) -> None:
    item = {"article_id": "A", "update_time": update_time}
    with respx.mock() as router:
        wechat_routes(router, httpx.Response(200, json={"item_count": 1, "item": [item]}))
        with pytest.raises(TransientError, match=r"item\[0\]\.update_time") as caught:
            await latest(WechatAdapter, wechat_account())
    assert says in caught.value.message


async def test_wechat_answer_without_a_listing_is_a_platform_error() -> None:
    with respx.mock() as router:
        wechat_routes(router, httpx.Response(200, json={"errcode": 0, "errmsg": "ok"}))
        with pytest.raises(TransientError, match="list of item"):
            await latest(WechatAdapter, wechat_account())


# -- Weibo: statuses/user_timeline ----------------------------------------------------------


async def test_weibo_asks_the_uid_timeline_and_reads_created_at() -> None:
    with respx.mock(assert_all_called=True) as router:
        route = router.get(f"{WB}/2/statuses/user_timeline.json").mock(
            return_value=answer("weibo", "statuses_user_timeline_latest")
        )
        found = await latest(WeiboAdapter, weibo_account())
    assert NEWEST == found
    assert found is not None
    assert timedelta(hours=8) == found.utcoffset()
    assert 1 == route.call_count
    params = route.calls[0].request.url.params
    expected = {
        "access_token": "2.00weibo-token-value",
        "uid": "1000000000",
        "count": "20",
        "trim_user": "1",
    }
    assert expected == dict(params)


@pytest.mark.parametrize(
    ("fixture", "expected"),
    [
        ("statuses_user_timeline_latest", NEWEST),
        # the newest status is marked deleted: the next one counts
        ("statuses_user_timeline_with_match", NEWEST),
        ("statuses_user_timeline_empty", None),
    ],
)
async def test_weibo_latest_is_the_newest_live_status(
    fixture: str, expected: datetime | None
) -> None:
    with respx.mock() as router:
        router.get(f"{WB}/2/statuses/user_timeline.json").mock(
            return_value=answer("weibo", fixture)
        )
        assert expected == await latest(WeiboAdapter, weibo_account())


async def test_weibo_skips_a_deleted_newest_status() -> None:
    body = golden("weibo", "statuses_user_timeline_latest")
    body["statuses"][0]["deleted"] = "1"
    with respx.mock() as router:
        router.get(f"{WB}/2/statuses/user_timeline.json").mock(
            return_value=httpx.Response(200, json=body)
        )
        found = await latest(WeiboAdapter, weibo_account())
    assert datetime(2025, 1, 5, 8, 0, tzinfo=CST) == found


async def test_weibo_without_uid_cannot_tell_and_sends_nothing() -> None:
    with respx.mock(assert_all_called=False) as router:
        route = router.get(f"{WB}/2/statuses/user_timeline.json")
        with pytest.raises(NotSupported, match=r"settings\.uid"):
            await latest(WeiboAdapter, weibo_account(uid=None))
    assert 0 == route.call_count


async def test_weibo_expired_token_fails_before_the_call() -> None:
    expired = datetime.now(UTC) - timedelta(minutes=1)
    with respx.mock(assert_all_called=False) as router:
        route = router.get(f"{WB}/2/statuses/user_timeline.json")
        with pytest.raises(ReauthorizationRequired) as caught:
            await latest(WeiboAdapter, weibo_account(token_expires_at=expired))
    assert (21327, 0) == (caught.value.code, route.call_count)


@pytest.mark.parametrize(
    ("response", "kind", "code"),
    [
        (answer("weibo", "statuses_user_timeline_21332", 403), ReauthorizationRequired, 21332),
        (answer("weibo", "statuses_user_timeline_10001"), TransientError, 10001),
        (
            answer("weibo", "statuses_user_timeline_10023", 403, **{"Retry-After": "120"}),
            RateLimitedError,
            10023,
        ),
        (httpx.Response(502, text="<html>Bad Gateway</html>"), TransientError, None),
        # Not Weibo's error shape (no error_code): a transport error, never a refusal.
        (httpx.Response(404, text="not found"), TransientError, None),
    ],
)
async def test_weibo_errors_are_classified_by_the_error_table(
    response: httpx.Response, kind: type[PlatformError], code: int | None
) -> None:
    with respx.mock() as router:
        route = router.get(f"{WB}/2/statuses/user_timeline.json").mock(return_value=response)
        with pytest.raises(PlatformError) as caught:
            await latest(WeiboAdapter, weibo_account())
    assert (kind, code, 1) == (type(caught.value), caught.value.code, route.call_count)


@pytest.mark.parametrize(
    "created_at", ["2025-01-06 10:00:00", "Mon Jan 06 10:00:00 2025", "", None]
)
async def test_weibo_unreadable_created_at_is_a_platform_error(created_at: Any) -> None:
    body = {"statuses": [{"idstr": "1", "created_at": created_at}]}
    with respx.mock() as router:
        router.get(f"{WB}/2/statuses/user_timeline.json").mock(
            return_value=httpx.Response(200, json=body)
        )
        with pytest.raises(TransientError, match=r"statuses\[0\]\.created_at"):
            await latest(WeiboAdapter, weibo_account())


# -- own app: GET /posts/latest ---------------------------------------------------------------


async def test_app_sends_a_signed_get_and_reads_created_at() -> None:
    with respx.mock(assert_all_called=True) as router:
        route = router.get(f"{APP}/posts/latest").mock(return_value=answer("app", "posts_latest"))
        found = await latest(AppAdapter, app_account())
    assert datetime(2025, 1, 6, 2, 0, 0, 250000, tzinfo=UTC) == found
    request = route.calls[0].request
    msg_id = verify(WHSEC, dict(request.headers), request.content)
    assert (b"", True) == (request.content, msg_id.startswith("msg_latest_"))
    assert "idempotency-key" not in request.headers


async def test_app_each_query_has_its_own_webhook_id() -> None:
    with respx.mock() as router:
        route = router.get(f"{APP}/posts/latest").mock(return_value=answer("app", "posts_latest"))
        async with AppAdapter(app_account()) as adapter:
            await adapter.latest_publication()
            await adapter.latest_publication()
    ids = {call.request.headers["webhook-id"] for call in route.calls}
    assert 2 == len(ids)


@pytest.mark.parametrize(
    ("created_at", "expected"),
    [
        (1736128800, NEWEST),
        ("2025-01-06T10:00:00+08:00", NEWEST),
        ("2025-01-06T02:00:00Z", NEWEST),
    ],
)
async def test_app_created_at_is_unix_seconds_or_rfc3339(
    created_at: Any, expected: datetime
) -> None:
    with respx.mock() as router:
        router.get(f"{APP}/posts/latest").mock(
            return_value=httpx.Response(200, json={"id": "a1", "created_at": created_at})
        )
        assert expected == await latest(AppAdapter, app_account())


@pytest.mark.parametrize("created_at", ["2025-01-06T10:00:00", "", None, [1]])
async def test_app_created_at_without_zone_or_value_is_refused(created_at: Any) -> None:
    with respx.mock() as router:
        router.get(f"{APP}/posts/latest").mock(
            return_value=httpx.Response(200, json={"id": "a1", "created_at": created_at})
        )
        with pytest.raises(TransientError, match="created_at"):
            await latest(AppAdapter, app_account())


async def test_app_without_posts_answers_none() -> None:
    with respx.mock() as router:
        router.get(f"{APP}/posts/latest").mock(return_value=problem("posts_latest_404_none", 404))
        assert await latest(AppAdapter, app_account()) is None


@pytest.mark.parametrize(
    "response",
    [
        httpx.Response(404, text="<html>Not Found</html>", headers={"Content-Type": "text/html"}),
        httpx.Response(404, json={"detail": "Not Found"}),
        httpx.Response(405, text="Method Not Allowed"),
        httpx.Response(501, text="Not Implemented"),
    ],
)
async def test_app_backend_without_the_endpoint_cannot_tell(response: httpx.Response) -> None:
    with respx.mock() as router:
        router.get(f"{APP}/posts/latest").mock(return_value=response)
        with pytest.raises(NotSupported, match="latest-post endpoint"):
            await latest(AppAdapter, app_account())


@pytest.mark.parametrize(
    ("response", "kind"),
    [
        (problem("posts_401_signature", 401), RejectedError),
        (problem("posts_410_gone", 410), RejectedError),
        (problem("posts_429_rate_limited", 429, **{"Retry-After": "30"}), RateLimitedError),
        (problem("posts_500_problem", 500), TransientError),  # a read: never "unknown"
        (httpx.Response(200, text="<html>portal</html>"), TransientError),
    ],
)
async def test_app_errors_are_classified_like_every_other_call(
    response: httpx.Response, kind: type[PlatformError]
) -> None:
    with respx.mock() as router:
        router.get(f"{APP}/posts/latest").mock(return_value=response)
        with pytest.raises(PlatformError) as caught:
            await latest(AppAdapter, app_account())
    assert kind is type(caught.value)


async def test_a_timeout_on_the_read_is_transient_not_unknown() -> None:
    with respx.mock() as router:
        router.get(f"{APP}/posts/latest").mock(side_effect=httpx.ReadTimeout("slow"))
        with pytest.raises(TransientError):
            await latest(AppAdapter, app_account())


# -- interaction_enabled, credentials_expire_at: settings only ------------------------------


@pytest.mark.parametrize("value", [True, False])
@pytest.mark.parametrize(
    ("adapter_type", "make", "setting"),
    [
        (WechatAdapter, wechat_account, "need_open_comment"),
        (WeiboAdapter, weibo_account, "comments_enabled"),
        (AppAdapter, app_account, "comments_enabled"),
    ],
)
async def test_interaction_comes_from_the_setting(
    adapter_type: type[Adapter], make: Any, setting: str, value: bool
) -> None:
    with respx.mock(assert_all_called=False) as router:
        async with adapter_type(make(**{setting: value})) as adapter:
            assert value is adapter.interaction_enabled()
    assert 0 == len(router.calls)


async def test_credentials_expiry_is_weibo_token_expires_at_and_none_elsewhere() -> None:
    expiry = datetime(2030, 1, 1, tzinfo=CST)
    answers = []
    for adapter_type, account in (
        (WeiboAdapter, weibo_account(token_expires_at=expiry)),
        (WeiboAdapter, weibo_account()),
        (WechatAdapter, wechat_account()),
        (AppAdapter, app_account()),
    ):
        async with adapter_type(account) as adapter:
            answers.append(adapter.credentials_expire_at())
    assert [expiry, None, None, None] == answers


def test_a_naive_token_expiry_is_refused_in_the_settings() -> None:
    from pydantic import ValidationError

    with pytest.raises(ValidationError, match="token_expires_at needs a time zone"):
        weibo_account(token_expires_at=datetime(2030, 1, 1))  # noqa: DTZ001 - the point
