"""The sandbox's record, counters and control API — what tests use to count duplicates."""

from __future__ import annotations

from collections.abc import Iterator

import httpx
import pytest
from sandbox_helpers import APP_SECRET, LINK, SAFE, App, WeChat, Weibo

from govpub.errors import ConfigError
from govpub.sandbox import SandboxServer, content_digest


@pytest.fixture
def http(sandbox: SandboxServer) -> Iterator[httpx.Client]:
    sandbox.state.register_wechat("wx1", "secret1")
    sandbox.state.register_weibo("tok1", SAFE, uid="1001")
    sandbox.state.register_app("city", APP_SECRET)
    with httpx.Client(base_url=sandbox.url, timeout=10) as client:
        yield client


def publish_everywhere(http: httpx.Client, title: str = "防汛通知") -> None:
    WeChat(http).publish(title=title, content=f"<p>{title}正文</p>")
    Weibo(http).share(f"【{title}】 {LINK}")
    App(http).post(App.payload("p_42", title), key=f'"k-{title.encode().hex()}"')


def test_records_endpoint_lists_every_accepted_publication(
    sandbox: SandboxServer, http: httpx.Client
) -> None:
    publish_everywhere(http)
    body = http.get("/_sandbox/records").json()
    assert 3 == body["count"]
    by_platform = {r["platform"]: r for r in body["records"]}
    assert {"wechat", "weibo", "app"} == set(by_platform)
    wechat, weibo, app = by_platform["wechat"], by_platform["weibo"], by_platform["app"]
    assert ("wx1", "1001", "city") == (wechat["account"], weibo["account"], app["account"])
    assert (None, None, "p_42") == (wechat["post_id"], weibo["post_id"], app["post_id"])
    assert content_digest("防汛通知", "<p>防汛通知正文</p>") == wechat["digest"]
    assert content_digest("", f"【防汛通知】 {LINK}") == weibo["digest"]
    assert content_digest("防汛通知", "<p>正文</p>") == app["digest"]
    assert all(isinstance(r["time"], float) and r["deleted"] is False for r in body["records"])
    assert {"seq", "platform_id", "state", "title", "excerpt", "details"} <= set(wechat)


@pytest.mark.parametrize(
    ("query", "platforms"),
    [
        ({"platform": "weibo"}, ["weibo"]),
        ({"account": "city"}, ["app"]),
        ({"post_id": "p_42"}, ["app"]),
        ({"contains": "正文"}, ["wechat", "app"]),
        ({"live": "true"}, ["wechat", "weibo", "app"]),
        ({"live": "false"}, []),
    ],
)
def test_records_filters(http: httpx.Client, query: dict[str, str], platforms: list[str]) -> None:
    publish_everywhere(http)
    records = http.get("/_sandbox/records", params=query).json()["records"]
    assert platforms == [r["platform"] for r in records]


def test_publications_count_live_posts_per_account_and_find_duplicates(
    sandbox: SandboxServer, http: httpx.Client
) -> None:
    publish_everywhere(http)
    App(http).post(App.payload("p_42", "防汛通知"), key='"a second delivery key"')
    summary = sandbox.control.publications()
    assert (4, ["app:city"]) == (summary["total"], summary["duplicates"])
    assert {"wechat:wx1": 1, "weibo:1001": 1, "app:city": 2} == summary["accounts"]
    one = sandbox.control.publications(post_id="p_42")
    assert {"app:city": 2} == one["accounts"]


def test_deleted_publications_are_not_live(sandbox: SandboxServer, http: httpx.Client) -> None:
    app = App(http)
    created = app.post().json()
    app.request("DELETE", f"/posts/{created['id']}")
    (record,) = sandbox.control.records()
    assert (True, False) == (record["deleted"], record["deleted_at"] is None)
    assert 0 == sandbox.control.publications()["total"]
    assert [] == sandbox.control.records(live=True)


def test_tag_post_attributes_wechat_and_weibo_records_now_and_later(
    sandbox: SandboxServer, http: httpx.Client
) -> None:
    WeChat(http).publish(title="防汛通知")
    assert 1 == sandbox.control.tag_post("p_7", "防汛")
    Weibo(http).share(f"【防汛】 {LINK}")
    Weibo(http).share(f"【别的】 {LINK}")
    tagged = sandbox.control.records(post_id="p_7")
    assert ["wechat", "weibo"] == [r["platform"] for r in tagged]
    with pytest.raises(ConfigError):
        sandbox.control.tag_post("p_8", "")


def test_counters_per_account(sandbox: SandboxServer, http: httpx.Client) -> None:
    WeChat(http).publish()
    counters = sandbox.control.counters("wechat:wx1")["wechat:wx1"]
    expected = {
        "stable_token": 1,
        "token.issued": 1,
        "material.add_material": 1,
        "draft.add": 1,
        "freepublish.submit": 1,
    }
    assert expected == counters
    assert {"wechat:wx1"} == set(sandbox.control.counters())


def test_accounts_are_registered_over_http_and_listed_without_secrets(
    sandbox: SandboxServer, http: httpx.Client
) -> None:
    control = sandbox.control
    keys = control.register(
        {"platform": "wechat", "app_id": "wx9", "app_secret": "very-secret-9"},
        {"platform": "weibo", "access_token": "2.00secret-token", "safe_domain": SAFE, "uid": "9"},
        {"platform": "app", "tenant": "t9", "webhook_secret": APP_SECRET},
    )
    assert ["wechat:wx9", "weibo:9", "app:t9"] == keys
    assert "wechat:wx2" == control.register_wechat("wx2", "s2")
    single = http.post(
        "/_sandbox/accounts",
        json={"platform": "app", "tenant": "t10", "webhook_secret": APP_SECRET},
    )
    assert (201, ["app:t10"]) == (single.status_code, single.json()["registered"])
    listing = http.get("/_sandbox/accounts")
    assert {"wx1", "wx9", "wx2", "1001", "9", "city", "t9", "t10"} == {
        a["account"] for a in listing.json()["accounts"]
    }
    for secret in ("very-secret-9", "2.00secret-token", APP_SECRET, "secret1"):
        assert secret not in listing.text


@pytest.mark.parametrize(
    ("path", "body", "key"),
    [
        ("/accounts", {"platform": "douyin"}, "platform"),
        ("/accounts", {"platform": "wechat", "app_id": "wx"}, "accounts.app_secret"),
        ("/accounts", {"platform": "app", "tenant": "a/b", "webhook_secret": APP_SECRET}, "tenant"),
        ("/faults", {"spec": "wechat:nope=1"}, "faults"),
    ],
)
def test_control_refusals_name_the_bad_key(
    http: httpx.Client, path: str, body: dict[str, str], key: str
) -> None:
    method = "PUT" if path == "/faults" else "POST"
    response = http.request(method, f"/_sandbox{path}", json=body)
    assert (400, key) == (response.status_code, response.json()["key"])


def test_control_patch_account_and_config(sandbox: SandboxServer, http: httpx.Client) -> None:
    bad = http.patch("/_sandbox/accounts/weibo/1001", json={"retired": True})
    assert (400, "retired") == (bad.status_code, bad.json()["key"])
    missing = http.patch("/_sandbox/accounts/app/nowhere", json={"retired": True})
    assert 400 == missing.status_code
    settings = sandbox.control.configure(publish_delay=5, weibo_length_mode="half_ascii")
    assert (5.0, "half_ascii") == (settings["publish_delay"], settings["weibo_length_mode"])
    invalid = http.patch("/_sandbox/config", json={"publish_delay": -1})
    assert (400, "publish_delay") == (invalid.status_code, invalid.json()["key"])
    unknown = http.patch("/_sandbox/config", json={"speed": "fast"})
    assert (400, "speed") == (unknown.status_code, unknown.json()["key"])


def test_control_clock_and_token_expiry(sandbox: SandboxServer, http: httpx.Client) -> None:
    wx = WeChat(http)
    wx.fetch_token()
    before = http.get("/_sandbox/clock").json()["now"]
    assert sandbox.control.advance_clock(60) >= before + 60
    assert 1 == sandbox.control.expire_token("wechat", "wx1")
    assert 42001 == wx.call("draft/batchget", {"offset": 0, "count": 1})["errcode"]
    with pytest.raises(ConfigError):
        sandbox.control.expire_token("app", "city")


def test_control_reset(sandbox: SandboxServer, http: httpx.Client) -> None:
    publish_everywhere(http)
    sandbox.state.set_faults("app:busy=always")
    sandbox.state.config.publish_delay = 9
    sandbox.control.reset(keep_accounts=True)
    assert ([], {}, "") == (
        sandbox.control.records(),
        sandbox.control.counters(),
        sandbox.control.faults()["spec"],
    )
    assert 0.0 == sandbox.state.config.publish_delay
    assert 3 == len(sandbox.control.accounts())
    App(http).post()  # the tenant's key survived
    assert 1 == len(sandbox.control.records())
    sandbox.control.reset()
    assert [] == sandbox.control.accounts()


def test_health(sandbox: SandboxServer, http: httpx.Client) -> None:
    publish_everywhere(http)
    assert {"ok": True, "accounts": 3, "records": 3, "faults": ""} == sandbox.control.health()
