"""The matrix publisher: plan, deliver, retry, reconcile, resume, retract, schedule, freeze."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from govpub import _lazy

if TYPE_CHECKING:  # imported on first use (govpub._lazy): reading [publisher] needs only settings
    from govpub.publisher.core import AsyncPublisher
    from govpub.publisher.delivery import Deliveries, open_deliveries
    from govpub.publisher.dispatch import Dispatcher, InProcessDispatcher
    from govpub.publisher.events import DeliveryEvent
    from govpub.publisher.gate import Gate, GateResult
    from govpub.publisher.report import DeliveryReport, PublishReport
    from govpub.publisher.retry import RetryPolicy
    from govpub.publisher.settings import PublisherSettings
    from govpub.publisher.sync import Publisher
    from govpub.publisher.throttle import SendLimits
    from govpub.publisher.throttle_memory import InMemoryLimits
    from govpub.publisher.throttle_postgres import PostgresLimits

__all__ = [
    "AsyncPublisher",
    "Deliveries",
    "DeliveryEvent",
    "DeliveryReport",
    "Dispatcher",
    "Gate",
    "GateResult",
    "InMemoryLimits",
    "InProcessDispatcher",
    "PostgresLimits",
    "PublishReport",
    "Publisher",
    "PublisherSettings",
    "RetryPolicy",
    "SendLimits",
    "open_deliveries",
]

#: Where each public name lives.
_EXPORTS: dict[str, str] = {
    "AsyncPublisher": "govpub.publisher.core",
    "Deliveries": "govpub.publisher.delivery",
    "DeliveryEvent": "govpub.publisher.events",
    "DeliveryReport": "govpub.publisher.report",
    "Dispatcher": "govpub.publisher.dispatch",
    "Gate": "govpub.publisher.gate",
    "GateResult": "govpub.publisher.gate",
    "InMemoryLimits": "govpub.publisher.throttle_memory",
    "InProcessDispatcher": "govpub.publisher.dispatch",
    "PostgresLimits": "govpub.publisher.throttle_postgres",
    "PublishReport": "govpub.publisher.report",
    "Publisher": "govpub.publisher.sync",
    "PublisherSettings": "govpub.publisher.settings",
    "RetryPolicy": "govpub.publisher.retry",
    "SendLimits": "govpub.publisher.throttle",
    "open_deliveries": "govpub.publisher.delivery",
}


def __getattr__(name: str) -> Any:
    """A public name, imported from its module on first use."""
    return _lazy.load(globals(), _EXPORTS, name)


def __dir__() -> list[str]:
    """The package's attributes and every public name, imported or not yet."""
    return _lazy.names(globals(), _EXPORTS)
