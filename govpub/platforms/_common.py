"""Helpers the built-in adapters share: JSON bodies, images, hosts, errors, sections, times.

Kept out of :mod:`govpub.platforms.base` because they are conveniences for
adapter authors, not part of the contract the publisher relies on.  Each helper
exists once so that the WeChat, Weibo and app adapters never repeat each other.
"""

from __future__ import annotations

import hashlib
import json
import math
import time
from collections.abc import Callable, Mapping
from datetime import UTC, datetime, timedelta, timezone
from http import HTTPStatus
from typing import TYPE_CHECKING, Any, TypeVar

import ada_url
from pydantic import BaseModel, ValidationError

from govpub._redact import redact
from govpub.errors import ConfigError, PlatformError, RejectedError, TransientError

if TYPE_CHECKING:
    import httpx

    from govpub.model import Account, Image
    from govpub.platforms.base import Adapter, RenderingProblem

__all__ = [
    "BEIJING",
    "LATEST_PAGE",
    "MB",
    "constant",
    "dumps_utf8",
    "ensure_grace_passed",
    "host_of",
    "host_on_domain",
    "image_bytes",
    "image_file",
    "image_upload",
    "json_object",
    "latest_time",
    "local_rejection",
    "platform_error",
    "platform_time",
    "seconds_until_next_day",
    "typed_credentials",
    "typed_section",
    "typed_settings",
]

E = TypeVar("E", bound=PlatformError)
T = TypeVar("T")

#: One mebibyte: platform size limits ("< 1 MB", "10 MB") are checked in these units.
MB = 1024 * 1024

#: China Standard Time: platform quotas (WeChat's daily API quota) reset at 00:00 here.
BEIJING = timezone(timedelta(hours=8), "Asia/Shanghai")


def dumps_utf8(value: Any) -> bytes:
    """JSON as raw UTF-8 bytes, never ``\\uXXXX`` (WeChat answers escapes with 40033)."""
    return json.dumps(value, ensure_ascii=False, separators=(",", ":")).encode("utf-8")


def json_object(response: httpx.Response) -> dict[str, Any] | None:
    """The response body as a JSON object, or ``None`` (not JSON, or not an object).

    Platforms answer errors with JSON on HTTP 200, with JSON on 4xx/5xx, or with a
    bare HTML page from a proxy; callers decide what each case means.
    """
    try:
        value = json.loads(response.content)
    except (ValueError, UnicodeDecodeError):
        return None
    return value if isinstance(value, dict) else None


def platform_error(
    kind: type[E],
    adapter: Adapter,
    message: str,
    *,
    code: int | str | None = None,
    request_id: str | None = None,
    retry_after: float | None = None,
    http_status: int | None = None,
    details: Mapping[str, Any] | None = None,
) -> E:
    """An error of ``kind`` naming the adapter's platform and account; ``details`` redacted.

    Platforms sometimes quote the request back in their error text (token and
    all), so what goes into ``details`` passes through the secret redactor.
    """
    return kind(
        message,
        platform=adapter.platform,
        account=adapter.account.id,
        code=code,
        request_id=request_id,
        retry_after=retry_after,
        http_status=http_status,
        details=redact(dict(details)) if details else None,
    )


def local_rejection(adapter: Adapter, field: str, message: str) -> RejectedError:
    """A refusal found before any network call (a limit the platform would reject)."""
    return platform_error(
        RejectedError,
        adapter,
        f"{field}: {message} (checked locally; nothing was sent)",
        details={"field": field, "local": True},
    )


def seconds_until_next_day(now: datetime | None = None, *, tz: timezone = BEIJING) -> float:
    """Seconds until the next midnight in ``tz`` (when daily platform quotas reset)."""
    current = (now or datetime.now(UTC)).astimezone(tz)
    midnight = (current + timedelta(days=1)).replace(hour=0, minute=0, second=0, microsecond=0)
    return max((midnight - current).total_seconds(), 1.0)


async def image_bytes(adapter: Adapter, image: Image, *, field: str) -> bytes:
    """The bytes of ``image``: held in memory, or fetched from its URL and checked.

    A remote image pinned by ``sha256`` must still have those bytes — what was
    reviewed is what is uploaded (先审后发).  Fetching is idempotent, so a failure
    is transient.
    """
    if image.data is not None:
        return image.data
    if image.src is None:
        raise local_rejection(adapter, field, "image has neither bytes nor a source")
    response = await adapter.send("GET", image.src, idempotent=True)
    if response.status_code != HTTPStatus.OK:
        raise local_rejection(
            adapter, field, f"image {image.src} could not be fetched (HTTP {response.status_code})"
        )
    data = response.content
    if image.sha256 is not None and hashlib.sha256(data).hexdigest() != image.sha256:
        raise local_rejection(
            adapter, field, f"image {image.src} changed since it was reviewed (sha256 differs)"
        )
    return data


def image_file(image: Image, data: bytes, *, default_name: str) -> tuple[str, bytes, str]:
    """An httpx multipart file tuple ``(filename, bytes, media type)`` for an upload."""
    from govpub.model import sniff_image_type  # noqa: PLC0415 - keep import light

    mime = sniff_image_type(data) or image.mime_type or "application/octet-stream"
    extension = {"image/jpeg": ".jpg", "image/png": ".png", "image/gif": ".gif"}.get(mime, "")
    name = image.filename or f"{default_name}{extension}"
    return name, data, mime


async def image_upload(
    adapter: Adapter,
    image: Image,
    *,
    field: str,
    default_name: str,
    judge: Callable[[bytes], RenderingProblem | None],
) -> tuple[str, bytes, str]:
    """``image`` as a multipart file to upload, judged once its bytes are fetched.

    The bytes come from :func:`image_bytes`; ``judge`` says what the platform
    would refuse in them, refused like :meth:`~govpub.platforms.base.Adapter.validate`
    refuses (:meth:`~govpub.platforms.base.Adapter.rejection`); then :func:`image_file`.
    """
    data = await image_bytes(adapter, image, field=field)
    problem = judge(data)
    if problem is not None:
        raise adapter.rejection([problem])
    return image_file(image, data, default_name=default_name)


def host_of(url: str) -> str | None:
    """The ASCII (IDNA) host of an http(s) URL, lower-cased; ``None`` if it has none.

    Parsed with a WHATWG URL parser, so ``https://evil.example/?x=gov.cn`` and
    ``https://gov.cn@evil.example/`` have the host a browser would visit.
    """
    try:
        parsed = ada_url.URL(url)
    except ValueError:
        return None
    if parsed.protocol not in ("http:", "https:"):
        return None
    host = parsed.hostname.rstrip(".").lower()
    return host or None


def host_on_domain(url: str, domain: str) -> bool:
    """Whether ``url``'s host is ``domain`` or a subdomain of it (at a label boundary).

    ``www.example.gov.cn`` is on ``example.gov.cn``; ``badexample.gov.cn`` is not.
    """
    host = host_of(url)
    wanted = host_of(f"https://{domain.strip().rstrip('.')}/")
    if host is None or wanted is None:
        return False
    return host == wanted or host.endswith("." + wanted)


M = TypeVar("M", bound=BaseModel)


def typed_section(model: type[M], value: BaseModel, *, account: str, section: str) -> M:
    """``value`` as ``model`` (an account built by hand may carry the base model).

    Config loading already validates against the adapter's models; this covers
    :class:`~govpub.model.Account` objects made in code, with the same clear error.
    """
    if isinstance(value, model):
        return value
    try:
        return model.model_validate(value.model_dump())
    except ValidationError as exc:
        first = exc.errors(include_url=False, include_input=False)[0]
        where = ".".join(str(p) for p in first["loc"])
        raise ConfigError(
            f"{first['msg']} (expected {model.__name__})",
            key=f"accounts[{account}].{section}.{where}",
        ) from None


def typed_credentials(model: type[M], account: Account) -> M:
    """The account's ``credentials`` section as ``model`` (:func:`typed_section`)."""
    return typed_section(model, account.credentials, account=account.id, section="credentials")


def typed_settings(model: type[M], account: Account) -> M:
    """The account's ``settings`` section as ``model`` (:func:`typed_section`)."""
    return typed_section(model, account.settings, account=account.id, section="settings")


def ensure_grace_passed(adapter: Adapter, sent_at: float, grace: float, message: str) -> None:
    """Ask again later while ``grace`` seconds have not passed since ``sent_at``.

    Reconcile after an uncertain send: a post not found yet may still appear (a
    publish job still running, a timeline not showing it yet), so until the
    account's ``reconcile_grace_seconds`` have passed it is not called absent: a
    :class:`~govpub.errors.TransientError` with ``message`` and the time left as
    ``retry_after``.
    """
    waited = time.time() - sent_at
    if waited < grace:
        raise platform_error(TransientError, adapter, message, retry_after=grace - waited)


async def constant(value: T) -> T:
    """An awaitable of ``value``, to save an already-known reference with ``ctx.step``."""
    return value


# -- the account's latest publication (health checks) ----------------------------------

#: How many recent publications a ``latest_publication`` call asks for, in its one call.
#: Not one: a retracted or deleted newest post must not count as an update (the ledger
#: counts only live publications), so the newest *live* entry of a small page is taken.
LATEST_PAGE = 20

Live = Callable[[Mapping[str, Any]], bool]


def platform_time(
    adapter: Adapter,
    value: Any,
    *,
    endpoint: str,
    field: str,
    time_format: str | None = None,
) -> datetime:
    """An aware datetime from a platform's time field, or a classified error naming the field.

    Numbers are Unix seconds (WeChat ``update_time``, the own app's
    ``created_at``); text is parsed with ``time_format`` when given (Weibo's
    ``"%a %b %d %H:%M:%S %z %Y"``), else as ISO 8601 / RFC 3339.  Text without
    a UTC offset is refused rather than guessed: the dormancy count is in
    calendar days, and a guessed zone can move a post across midnight.  An
    unreadable answer is a :class:`~govpub.errors.TransientError`, like any
    other answer the adapter cannot use.
    """
    problem: str | None = None
    if isinstance(value, int | float) and not isinstance(value, bool):
        if math.isfinite(value) and value > 0:
            try:
                return datetime.fromtimestamp(value, UTC)
            except (OverflowError, OSError, ValueError):
                pass
        problem = "is not a plausible Unix time"
    elif isinstance(value, str) and value.strip():
        try:
            text = value.strip()
            # A format without %z parses naive: refused just below, never guessed.
            parsed = (
                datetime.strptime(text, time_format)  # noqa: DTZ007
                if time_format
                else datetime.fromisoformat(text)
            )
        except ValueError:
            problem = f"does not read as {time_format or 'an ISO 8601 time'}"
        else:
            if parsed.utcoffset() is not None:
                return parsed
            problem = "has no time zone"
    else:
        problem = "is missing" if value is None else "is not a time"
    raise platform_error(
        TransientError,
        adapter,
        f"{endpoint}: {field} {problem}: {value!r}",
        details={"endpoint": endpoint, "field": field},
    )


def latest_time(
    adapter: Adapter,
    payload: Mapping[str, Any],
    *,
    endpoint: str,
    entries: str,
    field: str,
    live: Live | None = None,
    time_format: str | None = None,
) -> datetime | None:
    """The newest ``field`` among the live entries of ``payload[entries]``; ``None`` if none.

    The shared half of every ``latest_publication``: the adapter makes its one
    call through its own error handling, then hands the listing here.  Entries
    are compared by time, not trusted to be in order.  A listing that is not a
    list is an answer the adapter cannot use (:class:`~govpub.errors.TransientError`).
    """
    listing = payload.get(entries)
    if not isinstance(listing, list):
        raise platform_error(
            TransientError,
            adapter,
            f"{endpoint}: answer without a list of {entries}",
            details={"endpoint": endpoint, "field": entries},
        )
    times = [
        platform_time(
            adapter,
            entry.get(field),
            endpoint=endpoint,
            field=f"{entries}[{index}].{field}",
            time_format=time_format,
        )
        for index, entry in enumerate(listing)
        if isinstance(entry, Mapping) and (live is None or live(entry))
    ]
    return max(times, default=None)
