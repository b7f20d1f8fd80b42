"""govpub — publish one post to a government new-media matrix, with the rules built in.

The public API is what this module exports (``__all__``); everything else is an
implementation detail.  ``import govpub`` imports none of it: each public name is
imported from its module the first time it is used (PEP 562 ``__getattr__``), so a
CMS that only checks posts never loads the publisher, httpx or cryptography, and
every ``govpub`` command starts without paying for the parts it does not run
(``docs/performance.md``, "Start-up").  Type checkers and ``dir(govpub)`` see every
name as if it were imported here.  No CLI, sandbox or platform adapter is ever
imported from here: adapters load lazily by name through the ``govpub.platforms``
entry points.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from govpub import _lazy

# What type checkers and IDEs read; at run time ``__getattr__`` imports each name on first use.
# ``check`` comes from its own module: ``govpub.compliance.check`` is also the name of a
# submodule, which mypy takes it for when two names are imported conditionally from
# ``govpub.compliance`` (the ambiguity of python/mypy#7419).
if TYPE_CHECKING:
    from govpub.audit import AuditRecord, AuditTrail, AuditVerification
    from govpub.compliance import CheckResult, Finding, Policy, find_links, strip_ad_links
    from govpub.compliance.check import check  # see the comment above
    from govpub.config import Matrix
    from govpub.errors import (
        AuthExpiredError,
        ConfigError,
        DuplicateContentError,
        DuplicatePostError,
        GovpubError,
        LeaseLostError,
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
        Dispatcher,
        Publisher,
        PublishReport,
        RetryPolicy,
        SendLimits,
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
    "Dispatcher",
    "DuplicateContentError",
    "DuplicatePostError",
    "Finding",
    "GovpubError",
    "Image",
    "LeaseLostError",
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
    "SendLimits",
    "Source",
    "SqliteAuditTrail",
    "TransientError",
    "approve",
    "check",
    "find_links",
    "load_post",
    "strip_ad_links",
]

#: Where each public name lives; imported on first access (PEP 562), then cached here.
_EXPORTS: dict[str, str] = {
    "Account": "govpub.model",
    "Approval": "govpub.review",
    "AsyncPublisher": "govpub.publisher",
    "AuditRecord": "govpub.audit",
    "AuditTrail": "govpub.audit",
    "AuditVerification": "govpub.audit",
    "AuthExpiredError": "govpub.errors",
    "CheckResult": "govpub.compliance",
    "ConfigError": "govpub.errors",
    "DeliveryEvent": "govpub.publisher",
    "DeliveryReport": "govpub.publisher",
    "Dispatcher": "govpub.publisher",
    "DuplicateContentError": "govpub.errors",
    "DuplicatePostError": "govpub.errors",
    "Finding": "govpub.compliance",
    "GovpubError": "govpub.errors",
    "Image": "govpub.model",
    "LeaseLostError": "govpub.errors",
    "LedgerError": "govpub.errors",
    "Matrix": "govpub.config",
    "NotSupported": "govpub.errors",
    "OutcomeUnknownError": "govpub.errors",
    "Override": "govpub.model",
    "PlatformError": "govpub.errors",
    "PlatformPostTakenError": "govpub.errors",
    "Policy": "govpub.compliance",
    "PolicyError": "govpub.errors",
    "Post": "govpub.model",
    "PostError": "govpub.errors",
    "PostLimits": "govpub.limits",
    "PublishReport": "govpub.publisher",
    "Publisher": "govpub.publisher",
    "QuotaExhaustedError": "govpub.errors",
    "RateLimitedError": "govpub.errors",
    "ReauthorizationRequired": "govpub.errors",
    "RejectedError": "govpub.errors",
    "RetryPolicy": "govpub.publisher",
    "ReviewError": "govpub.errors",
    "ReviewPolicy": "govpub.review",
    "ReviewProblem": "govpub.review",
    "ReviewStatus": "govpub.review",
    "SendLimits": "govpub.publisher",
    "Source": "govpub.model",
    "SqliteAuditTrail": "govpub.ledger.audit_store",
    "TransientError": "govpub.errors",
    "approve": "govpub.review",
    "check": "govpub.compliance.check",
    "find_links": "govpub.compliance",
    "load_post": "govpub.postfile",
    "strip_ad_links": "govpub.compliance",
}


def __getattr__(name: str) -> Any:
    """A public name, imported from its module on first use; ``__version__`` from metadata."""
    if name == "__version__":
        from importlib.metadata import PackageNotFoundError, version  # noqa: PLC0415

        try:
            return version("govpub")
        except PackageNotFoundError:  # running from a source tree that is not installed
            from govpub._version import __version__  # noqa: PLC0415

            return __version__
    return _lazy.load(globals(), _EXPORTS, name)


def __dir__() -> list[str]:
    """The module's attributes and every public name, imported or not yet."""
    return _lazy.names(globals(), {**_EXPORTS, "__version__": "govpub._version"})
