"""Delivery events: one stream for progress bars, CMS callbacks and logs.

Every change of a delivery is a :class:`DeliveryEvent` with a stable dotted
name (``govpub.delivery.published``, ``govpub.delivery.retry_scheduled`` …).
The publisher emits them to callbacks (``on_event=``), to async iterators
(``publisher.events()``) and to the ``govpub`` logger.
"""

from __future__ import annotations

import inspect
import logging
from collections.abc import AsyncIterator, Awaitable, Callable, Mapping
from dataclasses import dataclass, field
from datetime import UTC, datetime
from typing import TYPE_CHECKING, Any

from govpub.logging import get_logger

if TYPE_CHECKING:
    import asyncio  # imported where a stream is made: reading govpub.toml needs this module

__all__ = ["DeliveryEvent", "EventBus", "EventHandler"]

EventHandler = Callable[["DeliveryEvent"], Awaitable[None] | None]

_log = get_logger("govpub.publisher")
#: The standard library logger behind ``_log``: asking it whether debug is on costs a
#: dictionary lookup; asking structlog's lazy proxy builds a bound logger (about 9 µs).
_stdlib_log = logging.getLogger("govpub.publisher")


@dataclass(frozen=True)
class DeliveryEvent:
    """Something that happened to one delivery (or to the post, when ``delivery_id`` is None)."""

    name: str
    post_id: str
    delivery_id: str | None = None
    account_id: str | None = None
    platform: str | None = None
    state: str | None = None
    attempt: int | None = None
    wait: float | None = None
    url: str | None = None
    error: Mapping[str, Any] | None = None
    details: Mapping[str, Any] | None = None
    at: datetime = field(default_factory=lambda: datetime.now(UTC))

    def to_dict(self) -> dict[str, Any]:
        """JSON-ready form (for webhooks and ``--json`` progress)."""
        return {
            "type": self.name,
            "post_id": self.post_id,
            "delivery_id": self.delivery_id,
            "account_id": self.account_id,
            "platform": self.platform,
            "state": self.state,
            "attempt": self.attempt,
            "wait": self.wait,
            "url": self.url,
            "error": dict(self.error) if self.error else None,
            "details": dict(self.details) if self.details else None,
            "at": self.at.isoformat(),
        }


class EventBus:
    """Fan-out of events to callbacks and async iterators; a slow consumer never blocks delivery."""

    def __init__(self) -> None:
        self._handlers: list[EventHandler] = []
        self._queues: list[asyncio.Queue[DeliveryEvent | None]] = []

    def subscribe(self, handler: EventHandler) -> None:
        """Call ``handler`` (sync or async) for every event."""
        self._handlers.append(handler)

    def listening(self) -> bool:
        """Whether an event would reach anyone: a handler, a stream or the debug log.

        A delivery asks before it builds an event (two per delivery, each a
        dataclass with a timestamp) that nobody would see.
        """
        return bool(self._handlers or self._queues) or _stdlib_log.isEnabledFor(logging.DEBUG)

    async def emit(self, event: DeliveryEvent) -> None:
        """Publish one event; a failing handler is logged, never raised into the delivery."""
        if _stdlib_log.isEnabledFor(logging.DEBUG):  # else the line is built only to be dropped
            _log.debug(
                event.name,
                **{k: v for k, v in event.to_dict().items() if k != "type" and v is not None},
            )
        for queue in self._queues:
            queue.put_nowait(event)
        for handler in self._handlers:
            try:
                result = handler(event)
                if inspect.isawaitable(result):
                    await result
            except Exception:
                _log.exception(
                    "govpub.events.handler_failed", handler=repr(handler), event=event.name
                )

    async def stream(self) -> AsyncIterator[DeliveryEvent]:
        """Iterate over events until the publisher closes."""
        import asyncio  # noqa: PLC0415 - see the imports

        queue: asyncio.Queue[DeliveryEvent | None] = asyncio.Queue()
        self._queues.append(queue)
        try:
            while (event := await queue.get()) is not None:
                yield event
        finally:
            self._queues.remove(queue)

    def close(self) -> None:
        """End every open stream."""
        for queue in self._queues:
            queue.put_nowait(None)
