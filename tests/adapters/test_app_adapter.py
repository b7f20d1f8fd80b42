"""The own-app adapter with respx: signing, the idempotency key, answers, delete, reconcile."""

from __future__ import annotations

import json
from types import SimpleNamespace
from typing import Any

import httpx
import pytest
import respx
from adapter_helpers import WHSEC, app_account, app_rendered, context, golden

from govpub.errors import (
    ConfigError,
    OutcomeUnknownError,
    PlatformError,
    RateLimitedError,
    RejectedError,
    TransientError,
)
from govpub.platforms._common import dumps_utf8
from govpub.platforms.app import AppAdapter, _event_body, _event_data
from govpub.webhooks import verify

BASE = "https://app.example.gov.cn/govpub"
KEY = "dlv_01JABCDEF0000000000000000"


def problem(name: str, status: int, **headers: str) -> httpx.Response:
    return httpx.Response(
        status,
        content=json.dumps(golden("app", name)).encode(),
        headers={"Content-Type": "application/problem+json", **headers},
    )


async def publish(*responses: Any, steps: dict[str, Any] | None = None) -> tuple[Any, respx.Route]:
    ctx, _ = context(app_account(), key=KEY, steps=steps)
    with respx.mock(assert_all_called=False) as router:
        route = router.post(f"{BASE}/posts").mock(side_effect=list(responses))
        async with AppAdapter(app_account()) as adapter:
            results: list[Any] = []
            for _ in responses:
                try:
                    results.append(await adapter.publish(app_rendered(), ctx))
                except PlatformError as exc:
                    results.append(exc)
            return results[-1] if len(results) == 1 else results, route


async def test_publish_is_signed_per_standard_webhooks_with_the_key() -> None:
    outcome, route = await publish(httpx.Response(201, json=golden("app", "posts_created")))
    assert (outcome.state, outcome.platform_post_id) == ("published", "APP_POST_ID_PLACEHOLDER")
    assert outcome.url == "https://app.example.gov.cn/posts/APP_POST_ID_PLACEHOLDER"
    request = route.calls[0].request
    assert verify(WHSEC, dict(request.headers), request.content) == KEY
    assert f'"{KEY}"' == request.headers["Idempotency-Key"]
    envelope = json.loads(request.content)
    assert envelope["type"] == "post.published"
    assert envelope["data"]["title"] == "市政府召开常务会议"
    assert envelope["data"]["comments_enabled"] is True
    assert "市政府".encode() in request.content


async def test_every_attempt_sends_the_same_bytes_with_a_fresh_signature(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    clock = iter([1767225600.0, 1767225660.0])
    monkeypatch.setattr("govpub.webhooks.time", SimpleNamespace(time=lambda: next(clock)))
    results, route = await publish(
        problem("posts_409_in_progress", 409),
        httpx.Response(200, json=golden("app", "posts_created")),
    )
    assert isinstance(results[0], TransientError)
    assert results[1].state == "published"
    first, second = (call.request for call in route.calls)
    assert first.content == second.content
    assert first.headers["webhook-id"] == second.headers["webhook-id"] == KEY
    assert (
        first.headers["webhook-timestamp"],
        second.headers["webhook-timestamp"],
    ) == ("1767225600", "1767225660")
    assert first.headers["webhook-signature"] != second.headers["webhook-signature"]


ANSWERS = [
    ("posts_400_validation", 400, RejectedError, "title exceeds 64 characters"),
    ("posts_422_key_reused", 422, RejectedError, "govpub bug"),
    ("posts_401_signature", 401, RejectedError, "Bad signature"),
    ("posts_410_gone", 410, RejectedError, "retired"),
    ("posts_409_in_progress", 409, TransientError, "still in progress"),
    ("posts_500_problem", 500, OutcomeUnknownError, "database timeout"),
]


@pytest.mark.parametrize(("fixture", "status", "kind", "text"), ANSWERS)
async def test_answers(fixture: str, status: int, kind: type[PlatformError], text: str) -> None:
    error, _ = await publish(problem(fixture, status))
    assert type(error) is kind
    assert (status, status) == (error.code, error.http_status)
    assert text in error.message
    assert golden("app", fixture)["type"] == error.details["problem_type"]
    if status == 410:
        assert error.details["endpoint_retired"] is True


@pytest.mark.parametrize(
    ("headers", "wait"),
    [
        ({"Retry-After": "120"}, 120.0),
        ({"Retry-After": "Thu, 01 Jan 2099 00:00:00 GMT"}, 3600.0),
        ({"Retry-After": "Thu, 01 Jan 2015 00:00:00 GMT"}, 0.0),
    ],
)
@pytest.mark.parametrize("status", [429, 503])
async def test_rate_limits_honour_retry_after(
    status: int, headers: dict[str, str], wait: float
) -> None:
    error, _ = await publish(problem("posts_429_rate_limited", status, **headers))
    assert isinstance(error, RateLimitedError)
    assert wait == error.retry_after


@pytest.mark.parametrize(("status", "kind"), [(429, RateLimitedError), (503, TransientError)])
async def test_without_retry_after_the_publisher_backs_off(status: int, kind: type) -> None:
    error, _ = await publish(problem("posts_429_rate_limited", status))
    assert type(error) is kind
    assert error.retry_after is None


@pytest.mark.parametrize(
    "response",
    [
        httpx.Response(502, text="<html>bad gateway</html>"),
        httpx.Response(504, text=""),
        httpx.ReadTimeout("timed out"),
    ],
    ids=["502", "504", "timeout"],
)
async def test_unclear_answers_are_unknown_but_safe_to_resend(response: Any) -> None:
    error, _ = await publish(response)
    assert isinstance(error, OutcomeUnknownError)
    assert AppAdapter.capabilities.idempotent_publish is True


async def test_a_saved_result_is_not_sent_again() -> None:
    steps = {"app_event_timestamp": "2026-01-01T00:00:00Z", "app_post": {"id": "X", "url": None}}
    outcome, route = await publish(httpx.Response(500), steps=steps)
    assert (outcome.state, outcome.platform_post_id, route.call_count) == ("published", "X", 0)


async def test_reconcile_resends_with_the_same_key() -> None:
    ctx, _ = context(app_account(), key=KEY, steps={"app_event_timestamp": "2026-01-01T00:00:00Z"})
    with respx.mock() as router:
        route = router.post(f"{BASE}/posts").mock(
            return_value=httpx.Response(200, json=golden("app", "posts_created"))
        )
        async with AppAdapter(app_account()) as adapter:
            outcome = await adapter.reconcile(app_rendered(), ctx)
    assert (outcome.state, outcome.platform_post_id) == ("published", "APP_POST_ID_PLACEHOLDER")
    envelope = json.loads(route.calls[0].request.content)
    assert envelope["timestamp"] == "2026-01-01T00:00:00Z"


async def test_reconcile_without_an_answer_asks_again() -> None:
    ctx, _ = context(app_account(), key=KEY, steps={"app_event_timestamp": "2026-01-01T00:00:00Z"})
    with respx.mock() as router:
        router.post(f"{BASE}/posts").mock(return_value=httpx.Response(502))
        async with AppAdapter(app_account()) as adapter:
            with pytest.raises(TransientError):
                await adapter.reconcile(app_rendered(), ctx)


async def test_reconcile_of_an_event_never_built_is_absent_without_a_call() -> None:
    ctx, _ = context(app_account(), key=KEY)
    with respx.mock() as router:
        async with AppAdapter(app_account()) as adapter:
            outcome = await adapter.reconcile(app_rendered(), ctx)
        assert not router.calls
    assert "absent" == outcome.state


@pytest.mark.parametrize(
    ("answer", "state"),
    [
        (httpx.Response(204), "retracted"),
        (httpx.Response(200), "retracted"),
        (problem("posts_latest_404_none", 404), "already_gone"),
        (httpx.Response(410), "already_gone"),
    ],
)
async def test_delete(answer: httpx.Response, state: str) -> None:
    ctx, _ = context(app_account(), key=KEY, steps={"app_post": {"id": "APP1", "url": None}})
    with respx.mock() as router:
        route = router.delete(f"{BASE}/posts/APP1").mock(return_value=answer)
        async with AppAdapter(app_account()) as adapter:
            outcome = await adapter.delete(ctx)
    assert state == outcome.state
    request = route.calls[0].request
    assert f"{KEY}-retract" == verify(WHSEC, dict(request.headers), request.content)


async def test_delete_errors() -> None:
    ctx, _ = context(app_account(), key=KEY, steps={"app_post": {"id": "APP1", "url": None}})
    with respx.mock() as router:
        router.delete(f"{BASE}/posts/APP1").mock(return_value=problem("posts_401_signature", 401))
        async with AppAdapter(app_account()) as adapter:
            with pytest.raises(RejectedError):
                await adapter.delete(ctx)


async def test_a_delivery_key_with_a_full_stop_is_refused_before_sending() -> None:
    ctx, _ = context(app_account(), key="p_1.app-main")
    async with AppAdapter(app_account()) as adapter:
        with pytest.raises(RejectedError, match=r"without '\.'"):
            await adapter.publish(app_rendered(), ctx)


async def test_a_non_json_payload_is_refused() -> None:
    ctx, _ = context(app_account(), key=KEY)
    rendered = app_rendered().model_copy(update={"body": "<p>not json</p>"})
    async with AppAdapter(app_account()) as adapter:
        with pytest.raises(RejectedError, match="JSON"):
            await adapter.publish(rendered, ctx)


def test_the_app_has_no_default_host() -> None:
    account = app_account().model_copy(update={"api_base": None})
    with pytest.raises(ConfigError, match="api_base"):
        _ = AppAdapter(account).api_base


@pytest.mark.parametrize("secret", ["not-whsec", "whsec_!!!", "whsec_" + "QUFB" * 2])
def test_webhook_secrets_are_validated(secret: str) -> None:
    from pydantic import SecretStr, ValidationError

    from govpub.platforms.app import AppCredentials

    with pytest.raises(ValidationError):
        AppCredentials(webhook_secret=SecretStr(secret))


@pytest.mark.parametrize("comments_enabled", [True, False])
@pytest.mark.parametrize("stamp", ["2026-03-05T09:00:00Z", 'odd "stamp" \\ 时间'])
def test_the_spliced_event_is_the_envelope_serialised_whole(
    comments_enabled: bool, stamp: str
) -> None:
    document = app_rendered().body
    data = {**json.loads(document), "comments_enabled": comments_enabled}
    expected = dumps_utf8({"type": "post.published", "timestamp": stamp, "data": data})
    assert expected == _event_body(stamp, _event_data(document, comments_enabled))
