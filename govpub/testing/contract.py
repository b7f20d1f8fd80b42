"""The adapter contract kit: the tests every govpub adapter must pass, built-in or plug-in.

A third-party adapter proves itself by inheriting :class:`AdapterContract` in
its own test suite (like fsspec's ``tests/abstract``)::

    import pytest
    from govpub.testing.contract import AdapterContract
    from my_package import DouyinAdapter

    class TestDouyinContract(AdapterContract):
        adapter_class = DouyinAdapter

        @pytest.fixture
        def contract_adapter(self, douyin_fake):      # your fake server or sandbox
            return DouyinAdapter(douyin_fake.account)

What is checked: the platform is registered under its name; ``capabilities``
is a frozen :class:`~govpub.platforms.base.Capabilities`; ``render`` is pure
(no network) and returns a :class:`~govpub.platforms.base.Rendered` for the
platform, bound to the post's digest; ``validate`` is pure too and finds no
problem in that rendering for the contract account; a publish → status → delete round trip
works against the fake; reconcile after a publication finds it, and answers
``absent`` for a delivery that never sent anything; failures are
:class:`~govpub.errors.PlatformError` subclasses (never a raw ``httpx``
exception); secrets stay out of ``repr``; poll delays are sane.

The account questions of the health checks are checked too, whether the
adapter answers them or keeps the defaults: ``latest_publication`` is a
coroutine that returns ``None`` or an aware time (or raises
:class:`~govpub.errors.NotSupported`), follows a publication made through the
adapter (within ``latest_publication_slack`` seconds), and fails with a
``PlatformError``; ``interaction_enabled`` and ``credentials_expire_at`` are
plain methods that answer without any I/O.

Override :meth:`AdapterContract.contract_post` to publish a post your fake
accepts (the default has a title, a summary, a body with two images, a cover
and a link on ``www.example.gov.cn``).  Tests are ``async`` and marked for
pytest-asyncio.
"""

from __future__ import annotations

import asyncio
import inspect
import math
import socket
import struct
import zlib
from datetime import UTC, datetime, timedelta
from typing import Any, ClassVar

import httpx
import pytest
from pydantic import BaseModel, SecretStr, ValidationError

from govpub.errors import ConfigError, NotSupported, PlatformError
from govpub.model import AccountCredentials, AccountSettings, Image, Post
from govpub.platforms.base import (
    Adapter,
    Capabilities,
    DeliveryContext,
    PublishOutcome,
    Rendered,
    get_adapter_class,
)

__all__ = ["AdapterContract", "make_context", "tiny_png"]


def tiny_png(width: int = 2, height: int = 2, *, shade: int = 0) -> bytes:
    """A valid PNG of ``width`` × ``height`` grey pixels (no imaging library needed)."""

    def chunk(kind: bytes, data: bytes) -> bytes:
        body = kind + data
        return struct.pack(">I", len(data)) + body + struct.pack(">I", zlib.crc32(body))

    header = struct.pack(">IIBBBBB", width, height, 8, 0, 0, 0, 0)
    rows = b"".join(b"\x00" + bytes([shade % 256]) * width for _ in range(height))
    return (
        b"\x89PNG\r\n\x1a\n"
        + chunk(b"IHDR", header)
        + chunk(b"IDAT", zlib.compress(rows))
        + chunk(b"IEND", b"")
    )


def make_context(
    adapter: Adapter, *, key: str = "dlv_contract0000000000000000000001", operator_ip: str | None
) -> DeliveryContext:
    """A delivery context whose steps live in memory (the ledger's role in the kit)."""
    return DeliveryContext(
        key=key,
        post_id="p_contract",
        post_digest="",
        account=adapter.account,
        steps={},
        operator_ip=operator_ip,
    )


def _secrets_of(model: BaseModel) -> list[str]:
    found = []
    for name in type(model).model_fields:
        value = getattr(model, name)
        if isinstance(value, SecretStr):
            found.append(value.get_secret_value())
    return [s for s in found if len(s) >= 4]


class AdapterContract:
    """Inherit and provide ``adapter_class`` and a ``contract_adapter`` fixture."""

    adapter_class: ClassVar[type[Adapter]]
    #: the operator IP handed to publish (Weibo's ``rip``)
    operator_ip: ClassVar[str | None] = "127.0.0.1"
    #: how often and how fast the kit polls ``status`` of an asynchronous platform
    status_polls: ClassVar[int] = 50
    status_interval: ClassVar[float] = 0.05
    #: whether ``publish`` with the saved steps of a finished delivery returns the same
    #: publication instead of making another (true for adapters that use ``ctx.step``)
    publish_is_resumable: ClassVar[bool] = True
    #: how far (seconds) the platform's ``latest_publication`` may sit before the moment
    #: the kit started publishing (platforms that report whole seconds, clock skew)
    latest_publication_slack: ClassVar[float] = 2.0

    @pytest.fixture
    def contract_adapter(self) -> Adapter:
        """An adapter instance connected to a fake or sandbox of the platform."""
        raise NotImplementedError("provide a contract_adapter fixture in your test class")

    @pytest.fixture
    def contract_post(self) -> Post:
        """The post the round trip publishes."""
        return Post(
            id="p_contract",
            title="政务公开工作会议召开",
            summary="会议部署下一阶段政务公开重点工作。",
            author="办公室",
            body=(
                "会议部署下一阶段政务公开重点工作。\n\n"
                "![会场](contract-1.png)\n\n要求各部门抓好落实。\n\n![展板](contract-2.png)\n"
            ),
            url="https://www.example.gov.cn/art/2025/1/6/art_1.html",
            cover=Image(src="contract-cover.png", data=tiny_png(4, 4, shade=200)),
            images=(
                Image(src="contract-1.png", data=tiny_png(shade=10), alt="会场"),
                Image(src="contract-2.png", data=tiny_png(shade=20), alt="展板"),
            ),
        )

    # -- declaration -----------------------------------------------------------

    def test_platform_is_registered(self) -> None:
        assert self.adapter_class is get_adapter_class(self.adapter_class.platform)

    def test_capabilities_are_frozen_data(self) -> None:
        caps = self.adapter_class.capabilities
        assert isinstance(caps, Capabilities)
        with pytest.raises(ValidationError):
            caps.title_max = 1  # type: ignore[misc]

    def test_credentials_and_settings_are_typed_models(self) -> None:
        assert issubclass(self.adapter_class.Credentials, AccountCredentials)
        assert issubclass(self.adapter_class.Settings, AccountSettings)

    def test_rate_limit_scopes_include_the_account(self, contract_adapter: Adapter) -> None:
        scopes = contract_adapter.rate_limit_scopes()
        assert f"account:{contract_adapter.account.id}" in scopes

    def test_status_poll_delays_are_sane(self, contract_adapter: Adapter) -> None:
        delays = [contract_adapter.status_poll_delay(n) for n in range(1, 12)]
        assert all(math.isfinite(d) and d >= 0 for d in delays)
        assert delays == sorted(delays)

    def test_repr_shows_no_secret(self, contract_adapter: Adapter) -> None:
        account = contract_adapter.account
        text = repr(contract_adapter) + repr(account) + str(account)
        for secret in _secrets_of(account.credentials):
            assert secret not in text

    # -- render ----------------------------------------------------------------

    def test_render_is_pure_and_bound_to_the_post(
        self, contract_post: Post, monkeypatch: pytest.MonkeyPatch
    ) -> None:
        def no_network(*args: Any, **kwargs: Any) -> None:
            raise AssertionError("render() must not touch the network")

        monkeypatch.setattr(socket.socket, "connect", no_network)
        monkeypatch.setattr(socket, "create_connection", no_network)
        first = self.adapter_class.render(contract_post)
        second = self.adapter_class.render(contract_post)
        assert isinstance(first, Rendered)
        assert (self.adapter_class.platform, contract_post.id, contract_post.digest()) == (
            first.platform,
            first.post_id,
            first.post_digest,
        )
        assert first.payload_digest() == second.payload_digest()

    def test_validate_is_pure_and_accepts_the_contract_post(
        self, contract_adapter: Adapter, contract_post: Post, monkeypatch: pytest.MonkeyPatch
    ) -> None:
        rendered = self.adapter_class.render(contract_post)

        def no_network(*args: Any, **kwargs: Any) -> None:
            raise AssertionError("validate() must not touch the network")

        monkeypatch.setattr(socket.socket, "connect", no_network)
        monkeypatch.setattr(socket, "create_connection", no_network)
        problems = self.adapter_class.validate(rendered, contract_adapter.account)
        assert [] == problems, "the contract post must fit the contract account"
        contract_adapter.ensure_valid(rendered)  # publish's first step: no refusal either

    # -- behaviour -------------------------------------------------------------

    async def _published(
        self, adapter: Adapter, rendered: Rendered, ctx: DeliveryContext
    ) -> PublishOutcome:
        outcome = await adapter.publish(rendered, ctx)
        for _ in range(self.status_polls):
            if outcome.state != "pending":
                break
            await asyncio.sleep(self.status_interval)
            outcome = await adapter.status(ctx)
        assert "published" == outcome.state, f"still {outcome.state} after polling"
        return outcome

    @pytest.mark.asyncio
    async def test_publish_status_delete_round_trip(
        self, contract_adapter: Adapter, contract_post: Post
    ) -> None:
        rendered = self.adapter_class.render(contract_post)
        ctx = make_context(contract_adapter, operator_ip=self.operator_ip)
        async with contract_adapter as adapter:
            await self._published(adapter, rendered, ctx)
            caps = adapter.capabilities
            if not caps.supports_delete:
                return
            first = await adapter.delete(ctx)
            allowed = {"retracted", "manual"} if caps.delete_may_be_refused else {"retracted"}
            assert first.state in allowed
            if first.state == "manual":
                assert first.instruction
                return
            second = await adapter.delete(ctx)
            assert second.state in {"already_gone", "retracted"}

    @pytest.mark.asyncio
    async def test_reconcile_finds_a_publication(
        self, contract_adapter: Adapter, contract_post: Post
    ) -> None:
        rendered = self.adapter_class.render(contract_post)
        ctx = make_context(contract_adapter, operator_ip=self.operator_ip)
        async with contract_adapter as adapter:
            first = await self._published(adapter, rendered, ctx)
            if self.publish_is_resumable:
                again = await self._published(adapter, rendered, ctx)
                assert first.platform_post_id == again.platform_post_id
            if adapter.capabilities.supports_reconcile:
                found = await adapter.reconcile(rendered, ctx)
                assert "published" == found.state

    @pytest.mark.asyncio
    async def test_reconcile_of_a_delivery_never_sent_is_absent(
        self, contract_adapter: Adapter, contract_post: Post, monkeypatch: pytest.MonkeyPatch
    ) -> None:
        """No send step recorded proves nothing was sent: ``absent``, without asking.

        Anything else leaves a delivery killed before its first call stuck for
        ever (``unknown`` is never re-sent).  Adapters save a marker through
        ``ctx.step``/``ctx.record`` *before* each irreversible call.
        """
        if not self.adapter_class.capabilities.supports_reconcile:
            return

        def no_network(*args: Any, **kwargs: Any) -> None:
            raise AssertionError("reconcile() of a delivery never sent must not need the network")

        monkeypatch.setattr(socket.socket, "connect", no_network)
        monkeypatch.setattr(socket, "create_connection", no_network)
        rendered = self.adapter_class.render(contract_post)
        ctx = make_context(contract_adapter, operator_ip=self.operator_ip)
        async with contract_adapter as adapter:
            answer = await adapter.reconcile(rendered, ctx)
        assert "absent" == answer.state

    @pytest.mark.asyncio
    async def test_failures_are_platform_errors(
        self, contract_adapter: Adapter, contract_post: Post
    ) -> None:
        def refuse(request: httpx.Request) -> httpx.Response:
            raise httpx.ConnectError("connection refused", request=request)

        client = httpx.AsyncClient(transport=httpx.MockTransport(refuse))
        adapter = type(contract_adapter)(contract_adapter.account, client=client)
        rendered = self.adapter_class.render(contract_post)
        ctx = make_context(adapter, operator_ip=self.operator_ip)
        try:
            await adapter.publish(rendered, ctx)
        except (PlatformError, ConfigError):
            pass
        finally:
            await client.aclose()
            await contract_adapter.aclose()

    # -- the account questions of the health checks -----------------------------

    def test_account_questions_have_the_declared_shape(self) -> None:
        cls = self.adapter_class
        assert inspect.iscoroutinefunction(cls.latest_publication)
        assert not inspect.iscoroutinefunction(cls.interaction_enabled)
        assert not inspect.iscoroutinefunction(cls.credentials_expire_at)

    @pytest.mark.asyncio
    async def test_settings_questions_do_no_io(
        self, contract_adapter: Adapter, monkeypatch: pytest.MonkeyPatch
    ) -> None:
        def no_io(*args: Any, **kwargs: Any) -> Any:
            raise AssertionError("interaction_enabled/credentials_expire_at must not do I/O")

        monkeypatch.setattr(socket.socket, "connect", no_io)
        monkeypatch.setattr(socket, "create_connection", no_io)
        client = httpx.AsyncClient(transport=httpx.MockTransport(no_io))
        adapter = type(contract_adapter)(contract_adapter.account, client=client)
        try:
            interaction = adapter.interaction_enabled()
            expires = adapter.credentials_expire_at()
        finally:
            await client.aclose()
            await contract_adapter.aclose()
        assert interaction is None or isinstance(interaction, bool)
        assert expires is None or isinstance(expires, datetime)
        assert expires is None or expires.utcoffset() is not None, "credentials_expire_at: naive"

    @pytest.mark.asyncio
    async def test_latest_publication_follows_a_publication(
        self, contract_adapter: Adapter, contract_post: Post
    ) -> None:
        rendered = self.adapter_class.render(contract_post)
        ctx = make_context(contract_adapter, operator_ip=self.operator_ip)
        async with contract_adapter as adapter:
            try:
                before = await adapter.latest_publication()
            except NotSupported:
                return  # the platform cannot tell: the health check uses the ledger
            assert before is None or before.utcoffset() is not None
            started = datetime.now(UTC)
            await self._published(adapter, rendered, ctx)
            latest = await adapter.latest_publication()
        assert latest is not None, "latest_publication() is None after a publication"
        assert latest.utcoffset() is not None, "latest_publication() must be aware"
        slack = timedelta(seconds=self.latest_publication_slack)
        assert started - slack <= latest <= datetime.now(UTC) + slack

    @pytest.mark.asyncio
    async def test_latest_publication_failure_is_a_platform_error(
        self, contract_adapter: Adapter
    ) -> None:
        def refuse(request: httpx.Request) -> httpx.Response:
            raise httpx.ConnectError("connection refused", request=request)

        client = httpx.AsyncClient(transport=httpx.MockTransport(refuse))
        adapter = type(contract_adapter)(contract_adapter.account, client=client)
        try:
            latest = await adapter.latest_publication()
        except (PlatformError, NotSupported):
            return
        finally:
            await client.aclose()
            await contract_adapter.aclose()
        # An adapter that answers without the network (the memory platform) may answer.
        assert latest is None or latest.utcoffset() is not None
