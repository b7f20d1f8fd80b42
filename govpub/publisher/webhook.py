"""The outbound webhook: delivery events to the agency's CMS, signed per Standard Webhooks.

Configured in ``govpub.toml``::

    [publisher.webhook]
    url = "https://cms.example.gov.cn/govpub/events"
    secret = "env:GOVPUB_CMS_WEBHOOK_SECRET"      # whsec_…, a secret reference
    events = ["govpub.delivery.published", "govpub.delivery.failed"]   # default: every state change

Each event is one POST of ``{"type", "timestamp", "data"}`` (the envelope of
own-app.md §2), signed with :func:`govpub.webhooks.signed_headers`; its
``webhook-id`` is stable for the event, so the CMS can de-duplicate retries.
Sending happens in a background task with a bounded queue and a few quick
retries: a slow or broken CMS never holds up a delivery.  What could not be sent
is logged (``govpub.webhook.dropped``) — the ledger remains the record.
"""

from __future__ import annotations

import contextlib
import hashlib
import json
from collections.abc import Awaitable, Callable
from datetime import UTC, datetime
from typing import TYPE_CHECKING

from pydantic import BaseModel, ConfigDict, Field, SecretStr, field_validator

from govpub.config.secrets import unresolved
from govpub.logging import get_logger
from govpub.publisher.events import DeliveryEvent
from govpub.publisher.retry import asyncio_sleep
from govpub.webhooks import check_secret, signed_headers

if TYPE_CHECKING:
    # imported by the sink that sends: every command reads [publisher.webhook] (the settings)
    import asyncio

    import httpx

__all__ = ["DEFAULT_EVENTS", "WebhookSettings", "WebhookSink"]

_log = get_logger("govpub.webhook")

#: The events sent when ``events`` is not given: every change of state.
DEFAULT_EVENTS = (
    "govpub.post.submitted",
    "govpub.delivery.accepted",
    "govpub.delivery.published",
    "govpub.delivery.reconciled",
    "govpub.delivery.failed",
    "govpub.delivery.unknown",
    "govpub.delivery.removed",
    "govpub.delivery.retracted",
    "govpub.delivery.retract_manual",
    "govpub.delivery.retract_failed",
)


class WebhookSettings(BaseModel):
    """``[publisher.webhook]``: where the CMS listens and how events are signed."""

    model_config = ConfigDict(frozen=True, extra="forbid")

    url: str = Field(pattern=r"^https?://", description="the CMS endpoint")
    secret: SecretStr = Field(description="whsec_… secret, given as env:NAME or file:PATH")
    events: tuple[str, ...] = DEFAULT_EVENTS
    timeout: float = Field(10.0, gt=0)
    attempts: int = Field(3, ge=1, le=10)
    queue: int = Field(10_000, ge=1, description="events held at most; beyond, the oldest wait")

    @field_validator("secret")
    @classmethod
    def _whsec(cls, value: SecretStr) -> SecretStr:
        if not unresolved(value):  # a reference is checked once read, before anything is sent
            check_secret(value.get_secret_value(), "the webhook secret")
        return value


class WebhookSink:
    """Subscribes to the publisher's events and posts the chosen ones to the CMS."""

    def __init__(
        self,
        settings: WebhookSettings,
        client: httpx.AsyncClient,
        *,
        sleep: Callable[[float], Awaitable[None]] = asyncio_sleep,
    ) -> None:
        import asyncio  # noqa: PLC0415 - see the imports

        self.settings = settings
        self._client = client
        self._sleep = sleep
        self._queue: asyncio.Queue[DeliveryEvent | None] = asyncio.Queue(settings.queue)
        self._task: asyncio.Task[None] | None = None
        self.sent = 0
        self.dropped = 0

    def __call__(self, event: DeliveryEvent) -> None:
        """The event handler: queue the event (never blocks the delivery)."""
        import asyncio  # noqa: PLC0415 - see the imports

        if event.name not in self.settings.events:
            return
        if self._task is None:
            self._task = asyncio.get_running_loop().create_task(self._run())
        try:
            self._queue.put_nowait(event)
        except asyncio.QueueFull:
            self.dropped += 1
            _log.warning("govpub.webhook.dropped", event_name=event.name, reason="queue full")

    async def aclose(self, grace: float = 10.0) -> None:
        """Send what is queued (for at most ``grace`` seconds), then stop."""
        import asyncio  # noqa: PLC0415 - see the imports

        if self._task is None:
            return
        await self._queue.put(None)
        try:
            await asyncio.wait_for(asyncio.shield(self._task), grace)
        except TimeoutError:
            self._task.cancel()
            with contextlib.suppress(asyncio.CancelledError):
                await self._task

    async def _run(self) -> None:
        while (event := await self._queue.get()) is not None:
            await self._send(event)

    async def _send(self, event: DeliveryEvent) -> None:
        import httpx  # noqa: PLC0415 - see the imports

        body = json.dumps(
            {
                "type": event.name,
                "timestamp": datetime.now(UTC).isoformat(timespec="seconds"),
                "data": event.to_dict(),
            },
            ensure_ascii=False,
            separators=(",", ":"),
        ).encode()
        msg_id = _event_id(event)
        secret = self.settings.secret.get_secret_value()
        for attempt in range(1, self.settings.attempts + 1):
            headers = {**signed_headers(secret, msg_id, body), "Content-Type": "application/json"}
            try:
                response = await self._client.post(
                    self.settings.url, content=body, headers=headers, timeout=self.settings.timeout
                )
            except httpx.HTTPError as exc:
                reason = type(exc).__name__
            else:
                if response.is_success:
                    self.sent += 1
                    return
                reason = f"HTTP {response.status_code}"
                if response.status_code < 500 and response.status_code != 429:
                    break
            if attempt < self.settings.attempts:
                await self._sleep(min(2 ** (attempt - 1), 10))
        self.dropped += 1
        _log.warning("govpub.webhook.dropped", event_name=event.name, reason=reason, id=msg_id)


def _event_id(event: DeliveryEvent) -> str:
    """Stable per event: the same id on every retry (Standard Webhooks de-duplication)."""
    raw = f"{event.post_id}|{event.delivery_id}|{event.name}|{event.at.isoformat()}"
    return "evt_" + hashlib.sha256(raw.encode()).hexdigest()[:32]
