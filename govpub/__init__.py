"""govpub — publish one post to a government new-media matrix, with the rules built in.

The public API is what this module exports (``__all__``); everything else is an
implementation detail.  ``import govpub`` loads no CLI, sandbox or platform
adapter: adapters load lazily by name through the ``govpub.platforms`` entry points.
"""

from __future__ import annotations

from typing import Any

from govpub.audit import AuditRecord, AuditTrail, AuditVerification
from govpub.compliance import CheckResult, Finding, Policy, check, find_links, strip_ad_links
from govpub.config import Matrix
from govpub.errors import (
    AuthExpiredError,
    ConfigError,
    DuplicateContentError,
    DuplicatePostError,
    GovpubError,
    LedgerError,
    NotSupported,
    OutcomeUnknownError,
    PlatformError,
    PlatformPostTakenError,
    PolicyError,
    PostError,
    QuotaExhaustedError,
    RateLimitedError,
    ReauthorizationRequired,
    RejectedError,
    ReviewError,
    TransientError,
)
from govpub.ledger.audit_store import SqliteAuditTrail
from govpub.limits import PostLimits
from govpub.model import Account, Image, Override, Post, Source
from govpub.postfile import load_post
from govpub.publisher import (
    AsyncPublisher,
    DeliveryEvent,
    DeliveryReport,
    Publisher,
    PublishReport,
    RetryPolicy,
)
from govpub.review import Approval, ReviewPolicy, ReviewProblem, ReviewStatus, approve

__all__ = [
    "Account",
    "Approval",
    "AsyncPublisher",
    "AuditRecord",
    "AuditTrail",
    "AuditVerification",
    "AuthExpiredError",
    "CheckResult",
    "ConfigError",
    "DeliveryEvent",
    "DeliveryReport",
    "DuplicateContentError",
    "DuplicatePostError",
    "Finding",
    "GovpubError",
    "Image",
    "LedgerError",
    "Matrix",
    "NotSupported",
    "OutcomeUnknownError",
    "Override",
    "PlatformError",
    "PlatformPostTakenError",
    "Policy",
    "PolicyError",
    "Post",
    "PostError",
    "PostLimits",
    "PublishReport",
    "Publisher",
    "QuotaExhaustedError",
    "RateLimitedError",
    "ReauthorizationRequired",
    "RejectedError",
    "RetryPolicy",
    "ReviewError",
    "ReviewPolicy",
    "ReviewProblem",
    "ReviewStatus",
    "Source",
    "SqliteAuditTrail",
    "TransientError",
    "approve",
    "check",
    "find_links",
    "load_post",
    "strip_ad_links",
]


def __getattr__(name: str) -> Any:
    """``govpub.__version__``, read from the installed package's metadata on first use."""
    if name == "__version__":
        from importlib.metadata import PackageNotFoundError, version  # noqa: PLC0415

        try:
            return version("govpub")
        except PackageNotFoundError:  # running from a source tree that is not installed
            from govpub._version import __version__  # noqa: PLC0415

            return __version__
    raise AttributeError(f"module 'govpub' has no attribute {name!r}")
