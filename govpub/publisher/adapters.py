"""One adapter per account, sharing one HTTP client and the limits' token store.

Secrets are read once per account (:func:`~govpub.config.secrets.ready_account`)
— before the plan is written, so that a missing secret stores and sends nothing
— and the adapter built on first use.
"""

from __future__ import annotations

import inspect
from collections.abc import Sequence
from functools import cache

import httpx

from govpub.config.secrets import ready_account
from govpub.errors import ConfigError
from govpub.model import Account
from govpub.platforms.base import Adapter, get_adapter_class, make_http_client
from govpub.publisher.retry import Sleep, asyncio_sleep
from govpub.publisher.settings import PublisherSettings
from govpub.publisher.throttle import SendLimits

__all__ = ["AdapterPool"]


class AdapterPool:
    """The adapters of a publisher or worker, and the HTTP client they share."""

    def __init__(
        self,
        settings: PublisherSettings,
        limits: SendLimits,
        *,
        client: httpx.AsyncClient | None = None,
        sleep: Sleep = asyncio_sleep,
    ) -> None:
        self._settings = settings
        self._limits = limits
        self._sleep = sleep
        self._own_client = client is None
        self._client = client
        self._ready: dict[str, Account] = {}
        self._adapters: dict[str, Adapter] = {}

    def http(self) -> httpx.AsyncClient:
        """The one HTTP client the adapters (and the CMS webhook) share."""
        if self._client is None:
            self._client = make_http_client(
                timeout=self._settings.timeout, max_connections=self._settings.concurrency
            )
        return self._client

    def ready(self, account: Account) -> Account:
        """``account`` with its secrets read and validated (once)."""
        ready = self._ready.get(account.id)
        if ready is None:
            ready = self._ready[account.id] = ready_account(account)
        return ready

    def check_secrets(self, accounts: Sequence[Account]) -> None:
        """Read the secrets of every account about to be planned; all problems at once."""
        problems: list[ConfigError] = []
        for account in accounts:
            try:
                self.ready(account)
            except ConfigError as exc:
                problems.extend(exc.problems)
        if problems:
            raise ConfigError.of(problems)

    def adapter(self, account: Account) -> Adapter:
        """The account's adapter, built once (with the limits' token store if it takes one)."""
        adapter = self._adapters.get(account.id)
        if adapter is None:
            cls = get_adapter_class(account.platform)
            if _takes_tokens(cls):
                adapter = cls(self.ready(account), client=self.http(), tokens=self._limits.tokens)  # type: ignore[call-arg]
            else:
                adapter = cls(self.ready(account), client=self.http())
            adapter.abandoned_call_grace = self._settings.call_grace
            adapter.sleep = self._sleep
            self._adapters[account.id] = adapter
        return adapter

    async def aclose(self) -> None:
        """Close the adapters and, if the pool made it, the HTTP client."""
        for adapter in self._adapters.values():
            await adapter.aclose()
        self._adapters.clear()
        if self._own_client and self._client is not None:
            await self._client.aclose()


@cache
def _takes_tokens(cls: type[Adapter]) -> bool:
    """Whether the adapter keeps access tokens (``tokens=`` in its constructor, e.g. WeChat)."""
    return "tokens" in inspect.signature(cls.__init__).parameters
