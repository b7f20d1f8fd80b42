"""The platforms' answer to "when did this account last publish?", over real loopback HTTP.

After a publication through the real adapter, ``latest_publication()`` returns
its time (within a second of the sandbox's record); a retraction takes it back;
and ``govpub health`` uses the platform's answer — a post made *outside govpub*,
straight through the sandbox's API, keeps an account off the dormant list.
"""

from __future__ import annotations

import asyncio
import json
from collections.abc import Iterator
from datetime import UTC, datetime, timedelta
from pathlib import Path
from typing import Any

import httpx
import pytest
import sandbox_accounts as sb

from govpub.errors import NotSupported
from govpub.platforms.base import Adapter, DeliveryContext, PublishOutcome
from govpub.platforms.wechat import WechatAdapter
from govpub.testing.contract import make_context, tiny_png
from govpub.webhooks import sf_string, signed_headers

pytest.importorskip("uvicorn")
sandbox = pytest.importorskip("govpub.sandbox", reason="the sandbox emulators")
SandboxServer = sandbox.SandboxServer

from govpub.cli import main  # noqa: E402 - after the sandbox extra is known to be there
from govpub.health import check_health  # noqa: E402
from govpub.ledger import SqliteLedger  # noqa: E402
from govpub.testing import SandboxAccount, sandbox_matrix  # noqa: E402

PLATFORMS = ["wechat", "weibo", "app"]


@pytest.fixture
def server() -> Iterator[Any]:
    with SandboxServer() as running:
        yield running


async def published(adapter: Adapter, ctx: DeliveryContext, rendered: Any) -> PublishOutcome:
    outcome = await adapter.publish(rendered, ctx)
    for _ in range(100):
        if outcome.state != "pending":
            break
        await asyncio.sleep(0.02)
        outcome = await adapter.status(ctx)
    assert "published" == outcome.state
    return outcome


def record_time(server: Any, key: str) -> datetime:
    platform, account = key.split(":", 1)
    (record,) = server.control.records(platform=platform, account=account, live=True)
    return datetime.fromtimestamp(record["time"], UTC)


@pytest.mark.parametrize("platform", PLATFORMS)
async def test_latest_publication_follows_publish_and_retract(server: Any, platform: str) -> None:
    account, key = sb.MAKERS[platform](server)
    adapter_type = sb.ADAPTERS[platform]
    rendered = adapter_type.render(sb.post())
    async with adapter_type(account) as adapter:
        assert await adapter.latest_publication() is None  # a new account: never published
        ctx = make_context(adapter, operator_ip="127.0.0.1")
        await published(adapter, ctx, rendered)
        latest = await adapter.latest_publication()
        assert latest is not None
        assert abs(record_time(server, key) - latest) < timedelta(seconds=1)
        assert "retracted" == (await adapter.delete(ctx)).state
        assert await adapter.latest_publication() is None  # a retraction is not an update


async def test_an_unverified_wechat_account_cannot_tell(server: Any) -> None:
    account, key = sb.wechat(server)
    server.control.patch_account("wechat", key.split(":", 1)[1], verified=False)
    async with WechatAdapter(account) as adapter:
        with pytest.raises(NotSupported, match="48001"):
            await adapter.latest_publication()


# -- posting outside govpub: straight through each emulator's API ----------------------------


def post_outside(server: Any, account: SandboxAccount) -> None:
    """Publish one post the way an editor's own tool would: no adapter, no ledger."""
    with httpx.Client(timeout=10) as http:
        {"wechat": _wechat, "weibo": _weibo, "app": _app}[account.emulator](http, account)


def _wechat(http: httpx.Client, account: SandboxAccount) -> None:
    base = f"{account.api_base}/cgi-bin"
    token = http.post(
        f"{base}/stable_token",
        json={"grant_type": "client_credential", "appid": account.credentials["app_id"],
              "secret": account.credentials["app_secret"]},
    ).json()["access_token"]  # fmt: skip
    query = {"access_token": token}
    cover = http.post(
        f"{base}/material/add_material",
        params={**query, "type": "image"},
        files={"media": ("cover.png", tiny_png(4, 4), "image/png")},
    ).json()["media_id"]
    article = {
        "title": "编辑后台直接发布",
        "content": "<p>后台发布的内容</p>",
        "thumb_media_id": cover,
    }
    draft = http.post(f"{base}/draft/add", params=query, json={"articles": [article]}).json()
    answer = http.post(
        f"{base}/freepublish/submit", params=query, json={"media_id": draft["media_id"]}
    ).json()
    assert answer["publish_id"], answer


def _weibo(http: httpx.Client, account: SandboxAccount) -> None:
    form = {
        "access_token": account.credentials["access_token"],
        "status": "编辑在微博客户端直接发布 https://www.example.gov.cn/art/outside.html",
        "rip": "127.0.0.1",
    }
    answer = http.post(f"{account.api_base}/2/statuses/share.json", data=form).json()
    assert answer.get("idstr"), answer


def _app(http: httpx.Client, account: SandboxAccount) -> None:
    body = json.dumps(
        {"type": "post.published", "timestamp": "2026-01-01T00:00:00Z",
         "data": {"post_id": "cms-outside-1", "title": "客户端后台直接发布", "body_html": "<p>…</p>"}},
        ensure_ascii=False,
    ).encode()  # fmt: skip
    secret = account.credentials["webhook_secret"]
    headers = {
        **signed_headers(secret, "msg_outside_1", body),
        "Idempotency-Key": sf_string("msg_outside_1"),
        "Content-Type": "application/json",
    }
    answer = http.post(f"{account.api_base}/posts", content=body, headers=headers)
    assert 201 == answer.status_code, answer.text


async def test_health_counts_a_post_made_outside_govpub(server: Any, tmp_path: Path) -> None:
    made = sandbox_matrix(server, tmp_path, settings={"weibo": {"rip": "127.0.0.1"}})
    matrix = made.load()
    for account in made.accounts:
        post_outside(server, account)
    now = datetime.now(UTC)
    ledger = SqliteLedger(tmp_path / "empty.db")  # govpub itself never published anything
    try:
        today = await check_health(matrix, ledger=ledger, at=now + timedelta(seconds=5))
        later = await check_health(matrix, ledger=ledger, at=now + timedelta(days=15))
        blind = await check_health(matrix, ledger=ledger, at=now, remote=False)
    finally:
        ledger.close()
    for entry in today.accounts:
        dormant = entry.finding("R-DORMANT")
        assert dormant is not None
        assert ("platform", "ok", 0) == (
            entry.last_publication_source,
            dormant.level,
            entry.days_without_update,
        ), (entry.account_id, entry.notes)
        assert entry.last_publication is not None
        assert abs(entry.last_publication - now) < timedelta(seconds=5)
        assert entry.interaction is True
    # The same platform answer, two weeks on: 内容不更新, on the platform's evidence.
    assert {("platform", "fail")} == {
        (e.last_publication_source, e.finding("R-DORMANT").level)  # type: ignore[union-attr]
        for e in later.accounts
    }
    # Without asking the platforms, govpub knows of no publication at all.
    assert {(None, "warn")} == {
        (e.last_publication_source, e.finding("R-DORMANT").level)  # type: ignore[union-attr]
        for e in blind.accounts
    }


def test_govpub_health_json_reports_the_platform_answer(
    server: Any, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    made = sandbox_matrix(server, tmp_path, wechat=2, weibo=1, app=1)
    unverified = made.of("wechat")[1]
    server.control.patch_account("wechat", unverified.key.split(":", 1)[1], verified=False)
    for account in made.accounts:
        if account is not unverified:
            post_outside(server, account)
    capsys.readouterr()
    code = main(["health", "--config", str(made.config_path), "--json"])
    report = json.loads(capsys.readouterr().out)
    rows = {row["account"]: row for row in report["accounts"]}
    sources = {name: row["last_publication_source"] for name, row in rows.items()}
    expected = {a.id: "platform" for a in made.accounts}
    expected[unverified.id] = None
    assert expected == sources
    # The unverified account degrades to the ledger with a note, and nothing crashes.
    assert any("不支持查询最新发布" in note for note in rows[unverified.id]["notes"])
    assert code in (0, 1)
