"""What an HTTP answer means by its status alone: the error kind, and how long to wait.

One rule for every adapter (:meth:`~govpub.platforms.base.Adapter.status_error`):
an answer whose body is not the platform's documented shape — a proxy's page,
a redirect, an unreadable 2xx — says nothing but its status, and the status
decides whether the call may be retried, must wait (``Retry-After``) or must
be reconciled because it may have been applied.
"""

from __future__ import annotations

import email.utils
from collections.abc import Mapping
from datetime import UTC, datetime
from http import HTTPStatus
from typing import TYPE_CHECKING, Any

from govpub.errors import OutcomeUnknownError, PlatformError, RateLimitedError, TransientError
from govpub.platforms._common import platform_error

if TYPE_CHECKING:
    import httpx

    from govpub.platforms.base import Adapter

__all__ = ["parse_retry_after", "status_error"]


def status_error(
    adapter: Adapter,
    response: httpx.Response,
    endpoint: str,
    *,
    irreversible: bool,
    message: str | None = None,
    code: int | str | None = None,
    details: Mapping[str, Any] | None = None,
) -> PlatformError:
    """The error an answer means by its HTTP status alone: one rule for every adapter.

    An adapter looks at the status before it trusts a body (issue 10, item 5):
    a 2xx is read as the API documents it; a non-2xx is classified by its body
    only when that body has the platform's documented error shape (WeChat
    ``errcode``, Weibo ``error_code``, the own app's problem+json).  Anything
    else — a proxy's or gateway's page or JSON, a redirect (never followed),
    a 2xx body that cannot be read — did not come from the platform's API and
    says nothing but its status; so do the statuses whose meaning *is* the
    status (429, 503, a 5xx of the own app):

    * 429 → :class:`~govpub.errors.RateLimitedError`: the request was not
      processed (RFC 6585 §4); wait ``Retry-After`` when given;
    * an irreversible call (WeChat ``freepublish/submit``, Weibo
      ``statuses/share``) → :class:`~govpub.errors.OutcomeUnknownError`: it may
      have been applied, so the publisher reconciles instead of re-sending;
    * otherwise a 503 with ``Retry-After`` → ``RateLimitedError``, anything
      else → :class:`~govpub.errors.TransientError` (safe to try again).

    ``Retry-After`` (RFC 9110 §10.2.3) is kept on every kind.  ``message``
    replaces the default text (which says what kind of answer it was);
    ``code`` and ``details`` are passed on.
    """
    status = response.status_code
    retry_after = parse_retry_after(response.headers.get("Retry-After"))
    kind: type[PlatformError]
    if status == HTTPStatus.TOO_MANY_REQUESTS:
        kind = RateLimitedError
    elif irreversible:
        kind = OutcomeUnknownError
    elif status == HTTPStatus.SERVICE_UNAVAILABLE and retry_after is not None:
        kind = RateLimitedError
    else:
        kind = TransientError
    extra: dict[str, Any] = {
        "endpoint": endpoint,
        "content_type": response.headers.get("Content-Type", ""),
        **(details or {}),
    }
    if response.is_success:
        what = "without a body the platform's API documents"
    elif response.is_redirect:
        what = "(a redirect, not followed: check the account's api_base)"
        extra["location"] = response.headers.get("Location", "")
    else:
        what = f"without a {adapter.capabilities.label} error body (a proxy or gateway answered?)"
    if kind is OutcomeUnknownError:
        extra["may_already_be_published"] = True
    return platform_error(
        kind,
        adapter,
        message or f"{endpoint}: HTTP {status} {what}",
        code=code,
        http_status=status,
        retry_after=retry_after,
        details=extra,
    )


def parse_retry_after(
    value: str | None, *, now: datetime | None = None, cap: float = 3600.0
) -> float | None:
    """Seconds to wait from a ``Retry-After`` header (RFC 9110 §10.2.3), or ``None``.

    Accepts delay-seconds and an HTTP-date; a date in the past gives 0; waits
    are capped at ``cap``; an unparsable value gives ``None`` (fall back to backoff).
    """
    if value is None:
        return None
    value = value.strip()
    if value.isdigit():
        return min(float(value), cap)
    try:
        when = email.utils.parsedate_to_datetime(value)
    except (TypeError, ValueError, IndexError):
        return None
    if when.tzinfo is None:
        when = when.replace(tzinfo=UTC)
    now = now or datetime.now(UTC)
    return min(max((when - now).total_seconds(), 0.0), cap)
