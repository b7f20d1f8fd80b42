"""The matrix publisher: plan, deliver, retry, reconcile, resume, retract, schedule, freeze."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from govpub import _lazy

if TYPE_CHECKING:  # imported on first use (govpub._lazy): reading [publisher] needs only settings
    from govpub.publisher.core import AsyncPublisher
    from govpub.publisher.events import DeliveryEvent
    from govpub.publisher.gate import Gate, GateResult
    from govpub.publisher.report import DeliveryReport, PublishReport
    from govpub.publisher.retry import RetryPolicy
    from govpub.publisher.settings import PublisherSettings
    from govpub.publisher.sync import Publisher

__all__ = [
    "AsyncPublisher",
    "DeliveryEvent",
    "DeliveryReport",
    "Gate",
    "GateResult",
    "PublishReport",
    "Publisher",
    "PublisherSettings",
    "RetryPolicy",
]

#: Where each public name lives.
_EXPORTS: dict[str, str] = {
    "AsyncPublisher": "govpub.publisher.core",
    "DeliveryEvent": "govpub.publisher.events",
    "DeliveryReport": "govpub.publisher.report",
    "Gate": "govpub.publisher.gate",
    "GateResult": "govpub.publisher.gate",
    "PublishReport": "govpub.publisher.report",
    "Publisher": "govpub.publisher.sync",
    "PublisherSettings": "govpub.publisher.settings",
    "RetryPolicy": "govpub.publisher.retry",
}


def __getattr__(name: str) -> Any:
    """A public name, imported from its module on first use."""
    return _lazy.load(globals(), _EXPORTS, name)


def __dir__() -> list[str]:
    """The package's attributes and every public name, imported or not yet."""
    return _lazy.names(globals(), _EXPORTS)
