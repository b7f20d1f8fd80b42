"""Each fault kind, on each platform, over real loopback HTTP."""

from __future__ import annotations

import email.utils
import time
from collections.abc import Callable, Iterator

import httpx
import pytest
from sandbox_helpers import APP_SECRET, LINK, SAFE, App, WeChat, Weibo, code_of

from govpub.sandbox import SandboxServer

#: A dropped connection reaches the client as a closed stream or a reset, depending on timing.
DROPPED = (httpx.RemoteProtocolError, httpx.ReadError)

Call = Callable[[], httpx.Response]


@pytest.fixture
def http(sandbox: SandboxServer) -> Iterator[httpx.Client]:
    sandbox.state.register_wechat("wx1", "secret1")
    sandbox.state.register_weibo("tok1", SAFE, uid="1001")
    sandbox.state.register_app("city", APP_SECRET)
    with httpx.Client(base_url=sandbox.url, timeout=10) as client:
        yield client


def calls(http: httpx.Client) -> dict[str, Call]:
    """One representative write per platform (WeChat's token is fetched before faults are set)."""
    wx = WeChat(http)
    wx.fetch_token()
    draft = {"offset": 0, "count": 1}
    return {
        "wechat": lambda: http.post(
            "/wechat/cgi-bin/draft/batchget", params={"access_token": wx.token}, json=draft
        ),
        "weibo": lambda: Weibo(http).share(f"通知 {LINK} {time.monotonic_ns()}"),
        "app": lambda: App(http).post(key=f'"k{time.monotonic_ns()}"'),
    }


@pytest.mark.parametrize("platform", ["wechat", "weibo", "app"])
def test_fault_5xx_is_a_bare_gateway_page(
    sandbox: SandboxServer, http: httpx.Client, platform: str
) -> None:
    call = calls(http)[platform]
    sandbox.state.set_faults(f"{platform}:5xx=next@status=502")
    response = call()
    assert (502, "text/html; charset=utf-8") == (
        response.status_code,
        response.headers["content-type"],
    )
    assert "502 Bad Gateway" in response.text
    assert 0 == len(sandbox.state.records())
    assert response.status_code != call().status_code  # next: only once


def test_fault_5xx_statuses_rotate_without_a_status_parameter(
    sandbox: SandboxServer, http: httpx.Client
) -> None:
    call = calls(http)["app"]
    sandbox.state.set_faults("app:5xx=always")
    assert {500, 502, 503, 504} == {call().status_code for _ in range(8)}


@pytest.mark.parametrize(
    ("platform", "check"),
    [
        ("wechat", lambda r: -1 == r.json()["errcode"]),
        ("weibo", lambda r: 10001 == code_of(r)),
        ("app", lambda r: "application/problem+json" == r.headers["content-type"]),
    ],
)
def test_fault_5xx_with_a_json_body(
    sandbox: SandboxServer,
    http: httpx.Client,
    platform: str,
    check: Callable[[httpx.Response], bool],
) -> None:
    call = calls(http)[platform]
    sandbox.state.set_faults(f"{platform}:5xx=next@status=503@body=json")
    response = call()
    assert 503 == response.status_code
    assert check(response)


@pytest.mark.parametrize(
    ("platform", "status", "code"),
    [("wechat", 200, -1), ("weibo", 500, 10001), ("app", 503, None)],
)
def test_fault_busy(
    sandbox: SandboxServer, http: httpx.Client, platform: str, status: int, code: int | None
) -> None:
    call = calls(http)[platform]
    sandbox.state.set_faults(f"{platform}:busy=next@retry_after=3")
    response = call()
    assert status == response.status_code
    if platform == "wechat":
        assert code == response.json()["errcode"]
    elif platform == "weibo":
        assert code == code_of(response)
    else:
        assert "3" == response.headers["retry-after"]
    assert call().status_code in (200, 201)


@pytest.mark.parametrize(
    ("platform", "refused"),
    [
        ("wechat", lambda r: 45011 == r.json()["errcode"]),
        ("weibo", lambda r: (403, 10023) == (r.status_code, code_of(r))),
        ("app", lambda r: (429, "2") == (r.status_code, r.headers["retry-after"])),
    ],
)
def test_fault_rate_limit_holds_for_its_window(
    sandbox: SandboxServer,
    http: httpx.Client,
    platform: str,
    refused: Callable[[httpx.Response], bool],
) -> None:
    call = calls(http)[platform]
    sandbox.state.set_faults(f"{platform}:rate_limit=next@retry_after=2")
    assert refused(call())
    assert refused(call())  # the window is still open: waiting is the only way out
    assert 1 == sandbox.state.counters.get(f"{platform}:{_account(platform)}")["rate_limited"]
    sandbox.state.advance_clock(2)
    assert call().status_code in (200, 201)


def _account(platform: str) -> str:
    return {"wechat": "wx1", "weibo": "1001", "app": "city"}[platform]


def test_fault_rate_limit_retry_after_as_an_http_date(
    sandbox: SandboxServer, http: httpx.Client
) -> None:
    call = calls(http)["app"]
    sandbox.state.set_faults("app:rate_limit=next@retry_after=120@format=date")
    response = call()
    when = email.utils.parsedate_to_datetime(response.headers["retry-after"])
    assert 110 < when.timestamp() - time.time() < 125


def test_fault_weibo_rate_limit_status_answers_during_the_window(
    sandbox: SandboxServer, http: httpx.Client
) -> None:
    call = calls(http)["weibo"]
    sandbox.state.set_faults("weibo:rate_limit=next@retry_after=30@code=20016")
    assert 20016 == code_of(call())
    status = http.get(
        "/weibo/2/account/rate_limit_status.json", params={"access_token": "tok1"}
    ).json()
    assert (0, 30) == (status["remaining_user_hits"], status["reset_time_in_seconds"])


@pytest.mark.parametrize(
    ("platform", "check"),
    [
        ("wechat", lambda r: 45009 == r.json()["errcode"]),
        ("weibo", lambda r: 10022 == code_of(r)),
        ("app", lambda r: (429, "3600") == (r.status_code, r.headers["retry-after"])),
    ],
)
def test_fault_quota(
    sandbox: SandboxServer,
    http: httpx.Client,
    platform: str,
    check: Callable[[httpx.Response], bool],
) -> None:
    call = calls(http)[platform]
    sandbox.state.set_faults(f"{platform}:quota=next")
    assert check(call())


def test_fault_wechat_token_expiry_needs_exactly_one_refresh(
    sandbox: SandboxServer, http: httpx.Client
) -> None:
    wx = WeChat(http)
    wx.fetch_token()
    sandbox.state.set_faults("wechat:token_expiry=next@after=1")
    assert 0 == wx.call("draft/batchget", {"offset": 0, "count": 1}).get("errcode", 0)
    assert 42001 == wx.call("draft/batchget", {"offset": 0, "count": 1})["errcode"]
    wx.fetch_token()
    assert 0 == wx.call("draft/batchget", {"offset": 0, "count": 1}).get("errcode", 0)
    counters = sandbox.state.counters.get("wechat:wx1")
    assert (2, 2, 1) == (
        counters["stable_token"],
        counters["token.issued"],
        counters["error.42001"],
    )


def test_fault_wechat_token_expiry_as_40001(sandbox: SandboxServer, http: httpx.Client) -> None:
    wx = WeChat(http)
    wx.fetch_token()
    sandbox.state.set_faults("wechat:token_expiry=next@code=40001")
    assert 40001 == wx.call("draft/batchget", {"offset": 0, "count": 1})["errcode"]


def test_fault_weibo_token_expiry_lasts_until_reauthorised(
    sandbox: SandboxServer, http: httpx.Client
) -> None:
    call = calls(http)["weibo"]
    sandbox.state.set_faults("weibo:token_expiry=next")
    assert 21327 == code_of(call())
    assert 21327 == code_of(call())
    sandbox.control.patch_account("weibo", "1001", reauthorize=True)
    assert 200 == call().status_code


@pytest.mark.parametrize("platform", ["wechat", "weibo", "app"])
def test_fault_slow(sandbox: SandboxServer, http: httpx.Client, platform: str) -> None:
    call = calls(http)[platform]
    sandbox.state.set_faults(f"{platform}:slow=next@delay=0.3")
    started = time.monotonic()
    assert call().status_code in (200, 201)
    assert 0.3 <= time.monotonic() - started


def test_fault_fixed_latency_applies_to_every_call(
    sandbox: SandboxServer, http: httpx.Client
) -> None:
    call = calls(http)["app"]
    sandbox.state.config.latency = 0.1
    started = time.monotonic()
    for _ in range(3):
        call()
    assert 0.3 <= time.monotonic() - started


def _publish_call(http: httpx.Client, platform: str, timeout: float) -> Call:
    if platform == "wechat":
        wx = WeChat(http)
        media_id = wx.draft()
        return lambda: http.post(
            "/wechat/cgi-bin/freepublish/submit",
            params={"access_token": wx.token},
            json={"media_id": media_id},
            timeout=timeout,
        )
    if platform == "weibo":
        form = {"access_token": "tok1", "rip": "203.0.113.7", "status": f"通知 {LINK}"}
        return lambda: http.post("/weibo/2/statuses/share.json", data=form, timeout=timeout)
    app = App(http)
    body = App.payload()
    return lambda: http.post(
        "/app/city/posts",
        content=body,
        headers={**app.headers(body), "Idempotency-Key": '"k1"'},
        timeout=timeout,
    )


@pytest.mark.parametrize("platform", ["wechat", "weibo", "app"])
def test_fault_commit_then_timeout_accepts_and_answers_too_late(
    sandbox: SandboxServer, http: httpx.Client, platform: str
) -> None:
    call = _publish_call(http, platform, timeout=0.3)
    sandbox.state.set_faults(f"{platform}:commit_timeout=next@delay=2")
    with pytest.raises(httpx.ReadTimeout):
        call()
    (record,) = sandbox.state.records(platform=platform)
    assert record.live


@pytest.mark.parametrize("platform", ["wechat", "weibo", "app"])
def test_fault_commit_then_drop_accepts_and_resets_the_connection(
    sandbox: SandboxServer, http: httpx.Client, platform: str
) -> None:
    call = _publish_call(http, platform, timeout=5)
    sandbox.state.set_faults(f"{platform}:commit_timeout=next@mode=drop")
    with pytest.raises(DROPPED):
        call()
    assert 1 == len(sandbox.state.records(platform=platform))


def test_fault_commit_then_timeout_then_retry_shows_what_the_platform_does(
    sandbox: SandboxServer, http: httpx.Client
) -> None:
    """A blind re-send: WeChat publishes twice (while the first job runs), Weibo says 20019,
    the app replays.  This is what the publisher's reconciliation must prevent."""
    sandbox.state.config.publish_delay = 60
    for platform in ("wechat", "weibo", "app"):
        call = _publish_call(http, platform, timeout=5)
        sandbox.state.set_faults(f"{platform}:commit_timeout=next@mode=drop")
        with pytest.raises(DROPPED):
            call()
        retry = call()
        if platform == "wechat":
            assert 0 == retry.json()["errcode"]
        elif platform == "weibo":
            assert 20019 == code_of(retry)
        elif platform == "app":
            assert "true" == retry.headers["idempotent-replayed"]
    assert {"wechat:wx1": 2, "weibo:1001": 1, "app:city": 1} == sandbox.state.publications()[
        "accounts"
    ]
    assert ["wechat:wx1"] == sandbox.state.publications()["duplicates"]


def test_wechat_resubmit_after_the_job_finished_finds_no_draft(
    sandbox: SandboxServer, http: httpx.Client
) -> None:
    call = _publish_call(http, "wechat", timeout=5)
    sandbox.state.set_faults("wechat:commit_timeout=next@mode=drop")
    with pytest.raises(DROPPED):
        call()
    assert 40007 == call().json()["errcode"]  # published drafts leave the draft box
    assert 1 == sandbox.state.publications()["total"]


@pytest.mark.parametrize("platform", ["wechat", "weibo", "app"])
def test_fault_drop_before_processing_records_nothing(
    sandbox: SandboxServer, http: httpx.Client, platform: str
) -> None:
    call = _publish_call(http, platform, timeout=5)
    sandbox.state.set_faults(f"{platform}:drop=next")
    with pytest.raises(DROPPED):
        call()
    assert [] == sandbox.state.records()
    assert call().status_code in (200, 201)


def test_faults_never_touch_the_control_api(sandbox: SandboxServer, http: httpx.Client) -> None:
    sandbox.state.set_faults("*:5xx=always,*:drop=always")
    assert 200 == http.get("/_sandbox/records").status_code


def test_fault_counters_and_fired_rules(sandbox: SandboxServer, http: httpx.Client) -> None:
    call = calls(http)["app"]
    sandbox.control.set_faults("app:busy=next2", seed=5)
    statuses = [call().status_code for _ in range(3)]
    assert [503, 503, 201] == statuses
    assert 2 == sandbox.state.counters.get("app:city")["fault.busy"]
    (rule,) = sandbox.control.faults()["rules"]
    assert (3, 2) == (rule["matched"], rule["fired"])


def test_seeded_faults_repeat_over_http(http: httpx.Client, sandbox: SandboxServer) -> None:
    call = calls(http)["wechat"]

    def run(seed: int) -> list[int]:
        sandbox.state.set_faults("wechat:busy=0.5", seed=seed)
        return [call().json().get("errcode", 0) for _ in range(30)]

    first, second, third = run(11), run(11), run(12)
    assert first == second
    assert first != third
    assert {0, -1} == set(first)
