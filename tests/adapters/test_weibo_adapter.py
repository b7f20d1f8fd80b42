"""The Weibo adapter with respx: share, the safe-domain rule, error bodies, delete, reconcile."""

from __future__ import annotations

import time
from datetime import UTC, datetime, timedelta
from typing import Any
from urllib.parse import parse_qs

import httpx
import pytest
import respx
from adapter_helpers import GIF, context, golden, image, weibo_account, weibo_rendered

from govpub.errors import (
    ConfigError,
    DuplicateContentError,
    OutcomeUnknownError,
    PlatformError,
    RateLimitedError,
    ReauthorizationRequired,
    RejectedError,
    TransientError,
)
from govpub.platforms.weibo import WeiboAdapter
from govpub.platforms.weibo.errors import ERROR_CODES, Kind, error_code_of, kind_of

BASE = "https://api.weibo.com"
SHARE = f"{BASE}/2/statuses/share.json"
IP = "203.0.113.10"


def answer(name: str, status: int = 200) -> httpx.Response:
    return httpx.Response(status, json=golden("weibo", name))


def form(request: httpx.Request) -> dict[str, str]:
    return {k: v[0] for k, v in parse_qs(request.content.decode()).items()}


async def share(response: Any, **kwargs: Any) -> tuple[Any, respx.Route]:
    account = weibo_account(**kwargs.pop("settings", {}))
    rendered = kwargs.pop("rendered", weibo_rendered())
    ctx, _ = context(account, operator_ip=kwargs.pop("operator_ip", IP), **kwargs)
    with respx.mock(assert_all_called=False) as router:
        route = router.post(SHARE).mock(side_effect=[response])
        router.get(f"{BASE}/2/account/rate_limit_status.json").mock(
            return_value=answer("account_rate_limit_status_success")
        )
        async with WeiboAdapter(account) as adapter:
            try:
                return await adapter.publish(rendered, ctx), route
            except PlatformError as exc:
                return exc, route


async def test_share_is_form_encoded_with_rip_and_token() -> None:
    outcome, route = await share(answer("statuses_share_success"))
    assert (outcome.state, outcome.platform_post_id) == ("published", "5000000000000001")
    assert outcome.url == "https://m.weibo.cn/status/5000000000000001"
    request = route.calls[0].request
    assert request.headers["Content-Type"].startswith("application/x-www-form-urlencoded")
    sent = form(request)
    assert (sent["rip"], sent["access_token"]) == (IP, "2.00weibo-token-value")
    assert sent["status"].startswith("【市政府召开常务会议】")


async def test_share_with_a_cover_is_multipart_with_pic() -> None:
    rendered = weibo_rendered(cover=image("cover.gif", GIF))
    outcome, route = await share(answer("statuses_share_success"), rendered=rendered)
    request = route.calls[0].request
    assert request.headers["Content-Type"].startswith("multipart/form-data")
    body = request.content
    assert b'name="pic"; filename="cover.gif"' in body
    assert b"Content-Type: image/gif" in body
    assert b'name="rip"' in body
    assert outcome.state == "published"


async def test_the_int64_id_is_kept_exactly() -> None:
    outcome, _ = await share(answer("statuses_share_int64_id"))
    assert outcome.platform_post_id == "5123456789012345678"


async def test_20032_is_success_with_the_id_maybe_later() -> None:
    outcome, _ = await share(answer("statuses_share_20032"))
    assert (outcome.state, outcome.platform_post_id, outcome.url) == ("published", None, None)
    assert "20032" in outcome.details["note"]


async def test_rip_falls_back_to_the_setting_and_else_is_a_config_error() -> None:
    _outcome, route = await share(
        answer("statuses_share_success"), operator_ip=None, settings={"rip": "198.51.100.1"}
    )
    assert form(route.calls[0].request)["rip"] == "198.51.100.1"
    with pytest.raises(ConfigError, match="rip"):
        await share(answer("statuses_share_success"), operator_ip=None)


@pytest.mark.parametrize(
    ("fixture", "http", "kind", "code"),
    [
        ("statuses_share_error_string_code", 400, RejectedError, 10006),
        ("statuses_share_10017", 200, RejectedError, 10017),
        ("statuses_share_20012", 400, RejectedError, 20012),
        ("statuses_share_20021", 200, RejectedError, 20021),
        ("statuses_share_10001", 500, TransientError, 10001),
        ("statuses_share_21327", 401, ReauthorizationRequired, 21327),
        ("statuses_share_21332", 200, ReauthorizationRequired, 21332),
        ("statuses_share_10010", 500, OutcomeUnknownError, 10010),
    ],
)
async def test_error_bodies(fixture: str, http: int, kind: type[PlatformError], code: int) -> None:
    error, _ = await share(answer(fixture, http))
    assert type(error) is kind
    assert (code, http) == (error.code, error.http_status)
    if kind is OutcomeUnknownError:
        assert error.details["may_already_be_published"] is True


@pytest.mark.parametrize(
    ("fixture", "wait"), [("statuses_share_10023", 1234.0), ("statuses_share_20016", 1234.0)]
)
async def test_rate_limits_wait_for_the_window_reset(fixture: str, wait: float) -> None:
    error, _ = await share(answer(fixture, 403))
    assert isinstance(error, RateLimitedError)
    assert wait == error.retry_after


async def test_a_call_limit_already_lifted_waits_briefly_not_for_the_next_reset() -> None:
    account = weibo_account()
    ctx, _ = context(account, operator_ip=IP)
    with respx.mock() as router:
        router.post(SHARE).mock(return_value=answer("statuses_share_10023", 403))
        router.get(f"{BASE}/2/account/rate_limit_status.json").mock(
            return_value=answer("account_rate_limit_status_lifted")
        )
        async with WeiboAdapter(account) as adapter:
            with pytest.raises(RateLimitedError) as caught:
                await adapter.publish(weibo_rendered(), ctx)
    assert 1.0 == caught.value.retry_after


async def test_a_retry_after_header_wins() -> None:
    response = httpx.Response(
        403, json=golden("weibo", "statuses_share_10023"), headers={"Retry-After": "90"}
    )
    error, _ = await share(response)
    assert error.retry_after == 90.0


@pytest.mark.parametrize(
    ("response", "kind"),
    [
        (httpx.Response(502, text="<html>502 Bad Gateway</html>"), OutcomeUnknownError),
        (httpx.Response(200, json=golden("weibo", "statuses_share_no_idstr")), OutcomeUnknownError),
        (httpx.Response(200, text="oops"), OutcomeUnknownError),
        # A bare 4xx is not Weibo's answer (no error_code): the share may have gone through.
        (httpx.Response(404, text="not found"), OutcomeUnknownError),
        (httpx.ReadTimeout("timed out"), OutcomeUnknownError),
        (httpx.ConnectError("refused"), TransientError),
    ],
    ids=["bare-502", "no-idstr", "non-json-200", "bare-404", "timeout", "connect"],
)
async def test_unclear_answers(response: Any, kind: type[PlatformError]) -> None:
    error, route = await share(response)
    assert type(error) is kind
    assert route.call_count == 1


def test_error_code_is_parsed_as_string_or_number() -> None:
    assert [
        error_code_of({"error_code": "10006"}),
        error_code_of({"error_code": 10017}),
        error_code_of({"idstr": "1"}),
        error_code_of({"error_code": "oops"}),
    ] == [10006, 10017, None, -1]


@pytest.mark.parametrize(
    ("code", "kind"),
    [
        (21399, Kind.REAUTH),
        (29999, Kind.REJECTED),
        (20032, Kind.SUCCESS),
        (10022, Kind.RATE_LIMITED),
    ],
)
def test_kinds(code: int, kind: Kind) -> None:
    assert kind == kind_of(code)


def test_every_reference_code_is_in_the_table() -> None:
    reference = {
        10001, 10002, 10003, 10004, 10005, 10006, 10008, 10009, 10010, 10011, 10012, 10013,
        10014, 10016, 10017, 10018, 10020, 10021, 10022, 10023, 10024, 20003, 20005, 20006,
        20007, 20008, 20012, 20013, 20014, 20015, 20016, 20017, 20018, 20019, 20020, 20021,
        20022, 20031, 20032, 20049, 20101, 20102, 20111, 21301, 21314, 21315, 21316, 21317,
        21319, 21320, 21321, 21322, 21323, 21324, 21325, 21326, 21327, 21328, 21329, 21330,
        21331, 21332,
    }  # fmt: skip
    assert reference == set(ERROR_CODES)


SAFE_DOMAIN_CASES = [
    ("https://www.example.gov.cn/a.html", True),
    ("https://example.gov.cn/a.html", True),
    ("http://news.www.example.gov.cn/", True),
    ("https://badexample.gov.cn/a.html", False),
    ("https://example.gov.cn.evil.com/a.html", False),
    ("https://evil.com/?u=example.gov.cn", False),
    ("https://example.gov.cn@evil.com/", False),
    ("https://WWW.EXAMPLE.GOV.CN/upper", True),
]


@pytest.mark.parametrize(("link", "allowed"), SAFE_DOMAIN_CASES)
async def test_safe_domain_is_checked_before_sending(link: str, allowed: bool) -> None:
    rendered = weibo_rendered(text=f"【标题】摘要 {link} 来源：某某", link=link)
    result, route = await share(answer("statuses_share_success"), rendered=rendered)
    if allowed:
        assert result.state == "published"
        return
    assert isinstance(result, RejectedError)
    assert "example.gov.cn" in result.message
    assert "wb-main" in result.message
    assert route.call_count == 0


async def test_text_without_any_safe_link_is_refused() -> None:
    rendered = weibo_rendered(text="【标题】没有链接的微博", link=None)
    error, route = await share(answer("statuses_share_success"), rendered=rendered)
    assert isinstance(error, RejectedError)
    assert (route.call_count, error.details["field"]) == (0, "text")


async def test_an_expired_token_stops_before_sending() -> None:
    expired = datetime.now(UTC) - timedelta(days=1)
    error, route = await share(
        answer("statuses_share_success"), settings={"token_expires_at": expired}
    )
    assert isinstance(error, ReauthorizationRequired)
    assert (error.code, route.call_count) == (21327, 0)


async def test_a_resumed_delivery_is_not_shared_again() -> None:
    steps = {"weibo_status": {"id": "5000000000000001", "mid": "5000000000000001"}}
    outcome, route = await share(answer("statuses_share_success"), steps=steps)
    assert (outcome.state, route.call_count) == ("published", 0)


# -- delete --------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("fixture", "http", "state"),
    [
        ("statuses_destroy_success", 200, "retracted"),
        ("statuses_destroy_20101", 400, "already_gone"),
        ("statuses_destroy_20102", 403, "manual"),
        ("statuses_destroy_10014", 403, "manual"),
    ],
)
@respx.mock
async def test_delete(fixture: str, http: int, state: str) -> None:
    route = respx.post(f"{BASE}/2/statuses/destroy.json").mock(return_value=answer(fixture, http))
    ctx, _ = context(weibo_account(), steps={"weibo_status": {"id": "5000000000000001"}})
    async with WeiboAdapter(weibo_account()) as adapter:
        outcome = await adapter.delete(ctx)
    assert state == outcome.state
    assert form(route.calls[0].request)["id"] == "5000000000000001"
    if state == "manual":
        assert outcome.instruction is not None
        assert "某某发布" in outcome.instruction


async def test_delete_without_permission_setting_is_manual_without_a_call() -> None:
    account = weibo_account(supports_delete=False)
    ctx, _ = context(account, steps={"weibo_status": {"id": "5"}})
    async with WeiboAdapter(account) as adapter:
        outcome = await adapter.delete(ctx)
    assert outcome.state == "manual"
    assert "https://m.weibo.cn/status/5" in (outcome.instruction or "")


# -- reconcile -----------------------------------------------------------------------

SENT_AT = datetime(2025, 1, 6, 1, 59, tzinfo=UTC).timestamp()  # 09:59 in Beijing
KEY = "dlv_01JABCDEF0000000000000000"  # the helpers' delivery key
TOKEN = "xy46rrsw"  # delivery_token(KEY)
LINK = "https://www.example.gov.cn/art/2025/1/6/art_1.html"
EXPAND = f"{BASE}/2/short_url/expand.json"
TIMELINE = f"{BASE}/2/statuses/user_timeline.json"


def owners(table: dict[str, str]) -> Any:
    """A ledger stand-in: which post owns which status id."""

    async def find(platform_post_id: str) -> str | None:
        return table.get(platform_post_id)

    return find


async def test_the_sent_link_carries_the_delivery_token_recorded_before_the_call() -> None:
    from govpub.platforms.base import delivery_token

    assert TOKEN == delivery_token(KEY)
    account = weibo_account()
    ctx, saved = context(account, operator_ip=IP)
    with respx.mock() as router:
        route = router.post(SHARE).mock(return_value=answer("statuses_share_success"))
        async with WeiboAdapter(account) as adapter:
            await adapter.publish(weibo_rendered(), ctx)
    assert f"{LINK}?gpd={TOKEN} 来源" in form(route.calls[0].request)["status"]
    (first_name, first_value), (second_name, _) = saved.saved
    assert ("share_sent", TOKEN, "weibo_status") == (first_name, first_value["token"], second_name)


async def test_the_token_can_be_switched_off() -> None:
    _outcome, route = await share(answer("statuses_share_success"), settings={"link_token": False})
    assert "gpd=" not in form(route.calls[0].request)["status"]


@respx.mock
async def test_reconcile_without_a_send_marker_is_absent_without_asking() -> None:
    ctx, _ = context(weibo_account())
    async with WeiboAdapter(weibo_account()) as adapter:
        outcome = await adapter.reconcile(weibo_rendered(), ctx)
    assert "absent" == outcome.state
    assert not respx.calls


@respx.mock
async def test_reconcile_takes_the_status_whose_short_link_carries_the_token() -> None:
    respx.get(TIMELINE).mock(return_value=answer("statuses_user_timeline_two_alike"))
    expand = respx.get(EXPAND).mock(return_value=answer("short_url_expand_success"))
    account = weibo_account(reconcile_grace_seconds=0)
    ctx, _ = context(account, steps={"share_sent": {"at": SENT_AT, "token": TOKEN}})
    async with WeiboAdapter(account) as adapter:
        outcome = await adapter.reconcile(weibo_rendered(), ctx)
    assert ("published", "5000000000000003") == (outcome.state, outcome.platform_post_id)
    asked = expand.calls[0].request.url.params.get_list("url_short")
    assert ["http://t.cn/A6other1", "http://t.cn/A6ours01"] == asked


@respx.mock
async def test_reconcile_never_takes_another_deliverys_status() -> None:
    """The near-identical status of another post is not this delivery's, even by text alone."""
    respx.get(TIMELINE).mock(return_value=answer("statuses_user_timeline_two_alike"))
    account = weibo_account(reconcile_grace_seconds=0, link_token=False)
    ctx, _ = context(account, steps={"share_sent": {"at": SENT_AT, "token": None}})
    ctx.find_owner = owners({"5000000000000003": "p_first"})
    async with WeiboAdapter(account) as adapter:
        outcome = await adapter.reconcile(weibo_rendered(), ctx)
    assert ("published", "5000000000000002") == (outcome.state, outcome.platform_post_id)
    ctx.find_owner = owners({"5000000000000003": "p_first", "5000000000000002": "p_second"})
    ctx.steps.pop("weibo_status")
    async with WeiboAdapter(account) as adapter:
        outcome = await adapter.reconcile(weibo_rendered(), ctx)
    assert "absent" == outcome.state


@respx.mock
async def test_reconcile_falls_back_to_text_when_links_cannot_be_expanded() -> None:
    respx.get(TIMELINE).mock(return_value=answer("statuses_user_timeline_two_alike"))
    respx.get(EXPAND).mock(return_value=httpx.Response(403, json={"error_code": 10014}))
    account = weibo_account(reconcile_grace_seconds=0)
    ctx, _ = context(account, steps={"share_sent": {"at": SENT_AT, "token": TOKEN}})
    ctx.find_owner = owners({"5000000000000003": "p_first"})
    async with WeiboAdapter(account) as adapter:
        outcome = await adapter.reconcile(weibo_rendered(), ctx)
    assert ("published", "5000000000000002") == (outcome.state, outcome.platform_post_id)


@respx.mock
async def test_reconcile_with_a_token_and_no_match_is_absent() -> None:
    respx.get(TIMELINE).mock(return_value=answer("statuses_user_timeline_two_alike"))
    respx.get(EXPAND).mock(return_value=answer("short_url_expand_success"))
    account = weibo_account(reconcile_grace_seconds=0)
    ctx, _ = context(account, steps={"share_sent": {"at": SENT_AT, "token": "00000000"}})
    async with WeiboAdapter(account) as adapter:
        outcome = await adapter.reconcile(weibo_rendered(), ctx)
    assert "absent" == outcome.state


async def repeated(code_fixture: str, *, owners_table: dict[str, str], expand: Any) -> Any:
    account = weibo_account()
    ctx, _ = context(account, operator_ip=IP)
    ctx.find_owner = owners(owners_table)
    with respx.mock() as router:
        router.post(SHARE).mock(return_value=answer(code_fixture, 400))
        router.get(TIMELINE).mock(return_value=answer("statuses_user_timeline_two_alike"))
        router.get(EXPAND).mock(return_value=expand)
        async with WeiboAdapter(account) as adapter:
            try:
                return await adapter.publish(weibo_rendered(), ctx)
            except PlatformError as exc:
                return exc


async def test_similar_text_of_another_post_is_duplicate_content_naming_it() -> None:
    other = httpx.Response(200, json={"urls": []})
    error = await repeated(
        "statuses_share_20017", owners_table={"5000000000000003": "p_first"}, expand=other
    )
    assert isinstance(error, DuplicateContentError)
    assert ("p_first", "5000000000000003", 20017) == (
        error.owner_post_id,
        error.platform_post_id,
        error.code,
    )
    assert "p_first" in str(error)
    assert "duplicate_content" == error.to_dict()["kind"]


async def test_repeated_text_not_sent_through_govpub_names_no_post() -> None:
    error = await repeated(
        "statuses_share_20017", owners_table={}, expand=httpx.Response(200, json={"urls": []})
    )
    assert isinstance(error, DuplicateContentError)
    assert (None, "5000000000000003") == (error.owner_post_id, error.platform_post_id)
    assert "非本系统发布" in str(error)


@pytest.mark.parametrize("fixture", ["statuses_share_20019", "statuses_share_20111"])
async def test_repeated_text_that_carries_this_deliverys_token_is_this_delivery(
    fixture: str,
) -> None:
    outcome = await repeated(fixture, owners_table={}, expand=answer("short_url_expand_success"))
    assert ("published", "5000000000000003") == (outcome.state, outcome.platform_post_id)


async def test_identical_text_with_the_token_not_yet_visible_is_an_unknown_outcome() -> None:
    error = await repeated(
        "statuses_share_20019", owners_table={}, expand=httpx.Response(200, json={"urls": []})
    )
    assert isinstance(error, OutcomeUnknownError)
    assert 20019 == error.code


@pytest.mark.parametrize(
    ("fixture", "expected"),
    [
        ("statuses_user_timeline_with_match", "published"),
        ("statuses_user_timeline_without_match", "absent"),
    ],
)
@respx.mock
async def test_reconcile_reads_the_timeline(fixture: str, expected: str) -> None:
    route = respx.get(f"{BASE}/2/statuses/user_timeline.json").mock(return_value=answer(fixture))
    account = weibo_account(reconcile_grace_seconds=0)
    ctx, _ = context(account, steps={"share_sent_at": SENT_AT})  # sent before delivery tokens
    async with WeiboAdapter(account) as adapter:
        outcome = await adapter.reconcile(weibo_rendered(), ctx)
    assert expected == outcome.state
    assert route.calls[0].request.url.params["uid"] == "1000000000"
    if expected == "published":
        assert outcome.platform_post_id == "5000000000000001"
        assert ctx.steps["weibo_status"]["id"] == "5000000000000001"


@respx.mock
async def test_reconcile_without_a_readable_timeline_leaves_it_to_a_human() -> None:
    respx.get(f"{BASE}/2/statuses/user_timeline.json").mock(
        return_value=httpx.Response(403, json={"error_code": 10014, "error": "no permission"})
    )
    account = weibo_account(reconcile_grace_seconds=0)
    ctx, _ = context(account, steps={"share_sent_at": SENT_AT})
    async with WeiboAdapter(account) as adapter:
        outcome = await adapter.reconcile(weibo_rendered(), ctx)
    assert outcome.state == "unknown"
    assert "【市政府召开常务会议】" in (outcome.hint or "")


@respx.mock
async def test_reconcile_soon_after_the_share_asks_again_later() -> None:
    respx.get(f"{BASE}/2/statuses/user_timeline.json").mock(
        return_value=answer("statuses_user_timeline_empty")
    )
    ctx, _ = context(weibo_account(), steps={"share_sent_at": time.time()})
    async with WeiboAdapter(weibo_account()) as adapter:
        with pytest.raises(TransientError):
            await adapter.reconcile(weibo_rendered(), ctx)


def test_capabilities_and_scopes() -> None:
    adapter = WeiboAdapter(weibo_account(app_key="123456"))
    caps = adapter.capabilities
    assert (caps.posts_per_hour, caps.delete_may_be_refused, caps.images_max) == (30, True, 1)
    assert adapter.rate_limit_scopes() == ("account:wb-main", "weibo-app:123456")
