"""The matrix publisher: plan, deliver, retry, reconcile, resume, retract, schedule, freeze."""

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
