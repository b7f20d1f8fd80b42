"""The three adapters against the sandbox over real loopback HTTP (uvicorn, ephemeral port).

Each publishes a post with a cover and two body images, then deletes it; a WeChat
token that expires in the middle of the flow costs exactly one refresh; a rate
limit is waited out; a rejection comes back with the platform's code and message;
the contract kit runs for every adapter.
"""

from __future__ import annotations

import asyncio
from collections.abc import Iterator
from typing import Any

import pytest
import sandbox_accounts as sb

from govpub.errors import (
    OutcomeUnknownError,
    RateLimitedError,
    ReauthorizationRequired,
    RejectedError,
)
from govpub.platforms.base import Adapter, DeliveryContext, PublishOutcome
from govpub.platforms.wechat import WechatAdapter
from govpub.platforms.weibo import WeiboAdapter
from govpub.testing.contract import AdapterContract, make_context

pytest.importorskip("uvicorn")
SandboxServer = pytest.importorskip("govpub.sandbox", reason="the sandbox emulators").SandboxServer


@pytest.fixture
def server() -> Iterator[SandboxServer]:
    with SandboxServer() as running:
        yield running


def records(server: SandboxServer, key: str, **filters: Any) -> list[dict[str, Any]]:
    """The sandbox's accepted publications of the account ``key`` (``platform:id``)."""
    platform, account = key.split(":", 1)
    return server.control.records(platform=platform, account=account, **filters)


async def published(adapter: Adapter, ctx: DeliveryContext, rendered: Any) -> PublishOutcome:
    outcome = await adapter.publish(rendered, ctx)
    for _ in range(100):
        if outcome.state != "pending":
            break
        await asyncio.sleep(0.02)
        outcome = await adapter.status(ctx)
    return outcome


@pytest.mark.parametrize("platform", ["wechat", "weibo", "app"])
async def test_publish_with_cover_and_two_images_then_delete(
    server: SandboxServer, platform: str
) -> None:
    account, key = sb.MAKERS[platform](server)
    adapter_type = sb.ADAPTERS[platform]
    post = sb.post()
    rendered = adapter_type.render(post)
    ctx = make_context(adapter_type(account), operator_ip="127.0.0.1")
    async with adapter_type(account) as adapter:
        outcome = await published(adapter, ctx, rendered)
        assert "published" == outcome.state
        assert outcome.platform_post_id
        live = records(server, key, live=True)
        assert 1 == len(live)
        deleted = await adapter.delete(ctx)
    assert "retracted" == deleted.state
    assert [] == records(server, key, live=True)
    if platform == "wechat":
        counters = server.control.counters(key)[key]
        assert 2 == counters["media.uploadimg"]
        assert 1 == counters["material.add_material"]
    if platform == "app":
        assert 2 == rendered.fields["image_count"]  # carried inside the JSON document


async def test_wechat_token_expiry_mid_flow_costs_exactly_one_refresh(
    server: SandboxServer,
) -> None:
    account, key = sb.wechat(server)
    rendered = WechatAdapter.render(sb.post())
    ctx = make_context(WechatAdapter(account), operator_ip=None)
    server.control.set_faults("wechat/draft.add:token_expiry=next")
    async with WechatAdapter(account) as adapter:
        outcome = await published(adapter, ctx, rendered)
    assert "published" == outcome.state
    counters = server.control.counters(key)[key]
    assert 2 == counters["stable_token"]
    assert 1 == len(records(server, key))


async def test_concurrent_deliveries_share_one_token(server: SandboxServer) -> None:
    account, key = sb.wechat(server)
    rendered = WechatAdapter.render(sb.post())
    async with WechatAdapter(account) as adapter:
        contexts = [
            make_context(adapter, key=f"dlv_concurrent{n:020d}", operator_ip=None) for n in range(5)
        ]
        outcomes = await asyncio.gather(*(published(adapter, c, rendered) for c in contexts))
    assert {"published"} == {o.state for o in outcomes}
    assert 1 == server.control.counters(key)[key]["stable_token"]


async def test_a_rate_limit_is_waited_out(server: SandboxServer) -> None:
    account, key = sb.weibo(server)
    rendered = WeiboAdapter.render(sb.post())
    ctx = make_context(WeiboAdapter(account), operator_ip="127.0.0.1")
    server.control.set_faults("weibo/statuses.share:rate_limit=next@retry_after=0.2")
    waits: list[float] = []
    async with WeiboAdapter(account) as adapter:
        for _ in range(3):
            try:
                outcome = await adapter.publish(rendered, ctx)
                break
            except RateLimitedError as exc:
                assert exc.retry_after is not None
                waits.append(exc.retry_after)
                await asyncio.sleep(min(exc.retry_after, 1.0))
    assert 1 == len(waits)
    assert "published" == outcome.state
    assert 1 == len(records(server, key))


async def test_a_rejection_carries_the_platform_code_and_message(server: SandboxServer) -> None:
    account, key = sb.wechat(server)
    server.control.patch_account("wechat", key.split(":", 1)[1], verified=False)
    rendered = WechatAdapter.render(sb.post())
    ctx = make_context(WechatAdapter(account), operator_ip=None)
    async with WechatAdapter(account) as adapter:
        with pytest.raises(ReauthorizationRequired) as caught:
            await adapter.publish(rendered, ctx)
    assert 48001 == caught.value.code
    assert "48001" in str(caught.value)
    assert caught.value.request_id


async def test_weibo_text_too_long_is_rejected_by_the_platform(server: SandboxServer) -> None:
    account, _ = sb.weibo(server)
    rendered = WeiboAdapter.render(sb.post())
    long_text = "很长的微博" * 40 + " " + rendered.fields["link"]
    ctx = make_context(WeiboAdapter(account), operator_ip="127.0.0.1")
    async with WeiboAdapter(account) as adapter:
        with pytest.raises(RejectedError) as caught:
            await adapter.publish(rendered.model_copy(update={"body": long_text}), ctx)
    assert 20012 == caught.value.code
    assert caught.value.message


async def test_commit_then_timeout_is_reconciled_without_a_duplicate(
    server: SandboxServer,
) -> None:
    account, key = sb.weibo(server)
    rendered = WeiboAdapter.render(sb.post())
    import httpx

    client = httpx.AsyncClient(timeout=0.5)
    ctx = make_context(WeiboAdapter(account), operator_ip="127.0.0.1")
    server.control.set_faults("weibo/statuses.share:commit_timeout=next@delay=2")
    async with WeiboAdapter(account, client=client) as adapter:
        with pytest.raises(OutcomeUnknownError):
            await adapter.publish(rendered, ctx)
        found = await adapter.reconcile(rendered, ctx)
    await client.aclose()
    assert "published" == found.state
    assert 1 == len(records(server, key))


# -- the contract kit, for each adapter, against the sandbox ---------------------------


class _SandboxContract(AdapterContract):
    platform: str

    @pytest.fixture
    def contract_adapter(self, server: SandboxServer) -> Adapter:
        account, _ = sb.MAKERS[self.platform](server)
        return self.adapter_class(account)  # type: ignore[call-arg]

    @pytest.fixture
    def contract_post(self) -> Any:
        return sb.post()


class TestWechatContract(_SandboxContract):
    adapter_class = WechatAdapter
    platform = "wechat"


class TestWeiboContract(_SandboxContract):
    adapter_class = WeiboAdapter
    platform = "weibo"


class TestAppContract(_SandboxContract):
    adapter_class = sb.ADAPTERS["app"]
    platform = "app"
