"""Every exception govpub raises, in one tree.

::

    GovpubError
    ├── ConfigError            govpub.toml, secret references, CLI usage (exit code 2)
    ├── PostError              a post file or Post object that cannot be read or is invalid
    ├── PolicyError            a compliance rule refused (123号 四(二)/(三)); exit 3
    │   └── DuplicatePostError     the same title and body already went to these accounts
    ├── ReviewError            refused by the review gate (先审后发); exit 3
    ├── NotSupported           the platform cannot do this (e.g. delete without an API)
    ├── LedgerError            the durable store refused or is inconsistent
    │   ├── PlatformPostTakenError a platform post already belongs to another delivery
    │   └── LeaseLostError     another worker took over the delivery's lease: do not call
    └── PlatformError          a platform answered with an error, or did not answer
        ├── TransientError         try again with backoff (5xx, WeChat -1, Weibo 10001)
        ├── RateLimitedError       wait ``retry_after`` seconds, then try again
        ├── AuthExpiredError       the token expired; refresh once and retry once
        ├── ReauthorizationRequired  a human must re-authorise (Weibo 213xx); never retried
        ├── QuotaExhaustedError    a daily or monthly quota is spent; stop the account
        ├── RejectedError          the platform refused the content or request; permanent
        │   └── DuplicateContentError  the platform holds this content already (Weibo 20019)
        └── OutcomeUnknownError    the request may have been applied; reconcile, never re-send

Adapters classify platform answers into these kinds; the publisher obeys the kind
and never string-matches messages (STYLE: "the adapter classifies; the retry
layer obeys").  ``str()`` of any govpub error passes through the secret redactor,
so a token that slipped into a message is still never shown.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from typing import Any, ClassVar

__all__ = [
    "AuthExpiredError",
    "ConfigError",
    "DuplicateContentError",
    "DuplicatePostError",
    "GovpubError",
    "LeaseLostError",
    "LedgerError",
    "NotSupported",
    "OutcomeUnknownError",
    "PlatformError",
    "PlatformPostTakenError",
    "PolicyError",
    "PostError",
    "QuotaExhaustedError",
    "RateLimitedError",
    "ReauthorizationRequired",
    "RejectedError",
    "ReviewError",
    "TransientError",
]


class GovpubError(Exception):
    """Base of every error govpub raises on purpose."""

    def __str__(self) -> str:
        from govpub._redact import redact_text  # noqa: PLC0415 - avoid an import cycle

        return redact_text(super().__str__())


class ConfigError(GovpubError):
    """The configuration is unusable; names the file, the key path and what was expected.

    One format everywhere: ``govpub.toml:12: accounts[0].credentials.app_secert:
    unknown key (did you mean app_secret?)``.  ``problems`` lists every problem when
    several were found at once (:meth:`ConfigError.of`); a single error lists itself.
    """

    def __init__(
        self,
        message: str,
        *,
        file: str | None = None,
        key: str | None = None,
        line: int | None = None,
    ) -> None:
        self.file = file
        self.key = key
        self.line = line
        self.reason = message
        self.problems: tuple[ConfigError, ...] = (self,)
        where = file or "<config>"
        if line is not None:
            where = f"{where}:{line}"
        super().__init__(f"{where}: {key}: {message}" if key else f"{where}: {message}")

    @classmethod
    def of(cls, problems: Sequence[ConfigError]) -> ConfigError:
        """One error standing for several: its text lists every problem, one per line."""
        flat = [p for problem in problems for p in problem.problems]
        if len(flat) == 1:
            return flat[0]
        first = flat[0]
        error = cls(first.reason, file=first.file, key=first.key, line=first.line)
        error.problems = tuple(flat)
        error.args = ("\n".join(str(p) for p in flat),)
        return error


class PostError(GovpubError):
    """A post cannot be read or is invalid; names the file, the line and the field."""

    def __init__(
        self,
        message: str,
        *,
        file: str | None = None,
        line: int | None = None,
        field: str | None = None,
    ) -> None:
        self.file = file
        self.line = line
        self.field = field
        self.reason = message
        where = file or "<post>"
        if line is not None:
            where = f"{where}:{line}"
        super().__init__(f"{where}: {field}: {message}" if field else f"{where}: {message}")

    def in_file(self, file: str) -> PostError:
        """This error naming ``file``: the CLI knows the post's file, the renderer does not."""
        if self.file is not None:
            return self
        return PostError(self.reason, file=file, line=self.line, field=self.field)


class PolicyError(GovpubError):
    """A compliance rule refused the post; ``findings`` holds every blocking finding."""

    def __init__(self, message: str, *, findings: tuple[Any, ...] = ()) -> None:
        self.findings = findings
        super().__init__(message)


class DuplicatePostError(PolicyError):
    """The post's title and body already went to some of its accounts within the window.

    ``earlier`` maps each such account to the post that reached it.  Publishing
    again needs an explicit ``allow_duplicate=True`` (``--allow-duplicate``), which
    is audited.
    """

    def __init__(self, message: str, *, earlier: Mapping[str, str]) -> None:
        self.earlier = dict(earlier)
        super().__init__(message)


class ReviewError(GovpubError):
    """The review gate refused; ``problems`` lists every reason, not just the first."""

    def __init__(self, message: str, *, problems: tuple[Any, ...] = ()) -> None:
        self.problems = problems
        super().__init__(message)


class NotSupported(GovpubError):  # noqa: N818 - named for what it says, like httpx's names
    """The platform has no API for this operation (the caller turns it into a manual task)."""


class LedgerError(GovpubError):
    """The durable store failed or holds something it should not."""


class PlatformPostTakenError(LedgerError):
    """A platform post is already recorded for another delivery: one platform post, one owner.

    The ledger's schema refuses a second delivery with the same (account,
    platform post id); ``owner_post_id`` names the post that holds it.
    """

    def __init__(
        self, message: str, *, account: str, platform_post_id: str, owner_post_id: str
    ) -> None:
        self.account = account
        self.platform_post_id = platform_post_id
        self.owner_post_id = owner_post_id
        super().__init__(message)


class LeaseLostError(LedgerError):
    """The delivery's lease is held by another worker now: the caller must not call the platform.

    A worker stalled for a whole lease (a paused machine, a long garbage collection)
    finds on waking that another worker took the delivery over.  The move that
    records the intent before a platform call is fenced by the lease's owner, so
    the stalled worker is refused there and sends nothing; ``holder`` names the
    worker that holds the lease now (``None``: released).
    """

    def __init__(self, message: str, *, delivery_id: str, holder: str | None) -> None:
        self.delivery_id = delivery_id
        self.holder = holder
        super().__init__(message)


class PlatformError(GovpubError):
    """A platform call failed; carries what the retry layer and a human need.

    ``retryable`` and ``retry_after`` are decided by the adapter from the platform's
    documented error codes, so the publisher never parses ``message``.
    """

    kind: ClassVar[str] = "error"
    retryable: bool = False

    def __init__(
        self,
        message: str,
        *,
        platform: str | None = None,
        account: str | None = None,
        code: int | str | None = None,
        request_id: str | None = None,
        retry_after: float | None = None,
        http_status: int | None = None,
        details: Mapping[str, Any] | None = None,
    ) -> None:
        self.message = message
        self.platform = platform
        self.account = account
        self.code = code
        self.request_id = request_id
        self.retry_after = retry_after
        self.http_status = http_status
        self.details: Mapping[str, Any] = dict(details or {})
        super().__init__(message)

    def __str__(self) -> str:
        from govpub._redact import redact_text  # noqa: PLC0415 - avoid an import cycle

        parts = [p for p in (self.platform, self.account) if p]
        head = "/".join(parts)
        code = f" [{self.code}]" if self.code is not None else ""
        rid = f" (rid: {self.request_id})" if self.request_id else ""
        text = f"{head}{code}: {self.message}{rid}" if head else f"{self.message}{code}{rid}"
        return redact_text(text)

    def __repr__(self) -> str:
        return f"{type(self).__name__}({str(self)!r})"

    def with_context(self, *, platform: str | None, account: str | None) -> PlatformError:
        """Fill in platform and account where the raising code did not know them."""
        self.platform = self.platform or platform
        self.account = self.account or account
        return self

    def to_dict(self) -> dict[str, Any]:
        """A JSON-ready summary for the ledger and reports (redacted, no secrets)."""
        from govpub._redact import redact_text  # noqa: PLC0415 - avoid an import cycle

        return {
            "kind": self.kind,
            "code": self.code,
            "message": redact_text(self.message),
            "request_id": self.request_id,
            "retryable": self.retryable,
            "retry_after": self.retry_after,
            "http_status": self.http_status,
        }


class TransientError(PlatformError):
    """A passing fault: retry with exponential backoff and jitter."""

    kind = "transient"
    retryable = True


class RateLimitedError(PlatformError):
    """Too many requests: wait ``retry_after`` seconds (shared by the whole account/app)."""

    kind = "rate_limited"
    retryable = True


class AuthExpiredError(PlatformError):
    """The access token expired or was replaced: refresh once, retry once."""

    kind = "auth_expired"
    retryable = True


class ReauthorizationRequired(PlatformError):  # noqa: N818 - a state, not an accident
    """The grant is dead; a human must re-authorise the account. Never retried."""

    kind = "reauthorization_required"


class QuotaExhaustedError(PlatformError):
    """A daily or monthly quota is spent: the account stops until ``retry_after``."""

    kind = "quota_exhausted"


class RejectedError(PlatformError):
    """The platform refused the request or the content; retrying cannot help."""

    kind = "rejected"


class OutcomeUnknownError(PlatformError):
    """The request may have taken effect (timeout after sending, bare 5xx, "repeated text").

    An irreversible publish in this state is never re-sent blindly: the publisher
    asks the adapter to ``reconcile`` first (reference README, lesson 1).
    """

    kind = "outcome_unknown"


class DuplicateContentError(RejectedError):
    """The platform already holds this content, published by another delivery or by hand.

    Weibo answers repeated text with 20017/20019/20111; the adapter looks the
    status up and, unless it carries this delivery's own token, raises this
    error naming the post that owns it (``owner_post_id``, ``None`` when the
    platform post was not made through this ledger).  Never ``published``: the
    platform post is not this delivery's to claim — or to delete on retraction.
    """

    kind = "duplicate_content"

    def __init__(
        self,
        message: str,
        *,
        owner_post_id: str | None = None,
        platform_post_id: str | None = None,
        **kwargs: Any,
    ) -> None:
        self.owner_post_id = owner_post_id
        self.platform_post_id = platform_post_id
        super().__init__(message, **kwargs)

    def to_dict(self) -> dict[str, Any]:
        """The summary, with the owning post and the platform post it is about."""
        return {
            **super().to_dict(),
            "owner_post_id": self.owner_post_id,
            "platform_post_id": self.platform_post_id,
        }
