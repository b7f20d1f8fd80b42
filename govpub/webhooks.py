"""Standard Webhooks signing (v1, HMAC-SHA256) and the Idempotency-Key header value.

Source: the Standard Webhooks spec v1.0.0 (GitHub ``standard-webhooks/standard-webhooks``
``spec/standard-webhooks.md``; reference library ``libraries/python/standardwebhooks/webhooks.py``)
and draft-ietf-httpapi-idempotency-key-header-06.

* signed content: ``{webhook-id}.{webhook-timestamp}.{body}`` over the *exact* bytes
  sent (sign after serialising, never re-serialise);
* ``webhook-signature: v1,<base64 HMAC-SHA256>`` with the key from ``whsec_<base64>``;
* ``webhook-timestamp`` is the Unix time of *this* attempt; receivers accept ±5 min;
* ``webhook-id`` is the same on every retry; govpub sends the delivery key, and the
  same value as ``Idempotency-Key`` — a Structured-Field string, quotes included.

The own-app adapter signs with :func:`signed_headers`; receivers (and govpub's
sandbox) check with :func:`verify`.
"""

from __future__ import annotations

import base64
import binascii
import hashlib
import hmac
import re
import time
from collections.abc import Mapping

__all__ = [
    "DEFAULT_TOLERANCE",
    "WebhookVerificationError",
    "check_secret",
    "secret_key",
    "sf_string",
    "sign",
    "signed_headers",
    "verify",
]

DEFAULT_TOLERANCE = 300
_PREFIX = "whsec_"
_SF_PRINTABLE = re.compile(r"[\x20-\x7e]*")  # what an sf-string may hold (RFC 8941 §3.3.3)


class WebhookVerificationError(ValueError):
    """A webhook request whose headers or signature do not check out."""


def secret_key(secret: str) -> bytes:
    """The HMAC key of a ``whsec_…`` secret (base64 after the prefix)."""
    encoded = secret.removeprefix(_PREFIX)
    try:
        key = base64.b64decode(encoded, validate=True)
    except (binascii.Error, ValueError):
        raise ValueError("a webhook secret is whsec_ followed by base64") from None
    if not key:
        raise ValueError("the webhook secret is empty")
    return key


def check_secret(secret: str, name: str = "the webhook secret") -> None:
    """Refuse what is not a Standard Webhooks secret: ``whsec_`` + base64 of 24–64 bytes."""
    if not secret.startswith(_PREFIX):
        raise ValueError(f"{name} must start with whsec_")
    if not 24 <= len(secret_key(secret)) <= 64:
        raise ValueError(f"{name} must hold 24 to 64 random bytes (Standard Webhooks)")


def _check_id(msg_id: str) -> None:
    if not msg_id or "." in msg_id or not msg_id.isascii() or not msg_id.isprintable():
        raise ValueError(
            f"webhook-id {msg_id!r} must be non-empty printable ASCII without '.' "
            "(the signed content joins id, timestamp and body with full stops)"
        )


def sign(secret: str, msg_id: str, timestamp: int, body: bytes) -> str:
    """The ``v1,<base64>`` signature of one attempt."""
    _check_id(msg_id)
    content = f"{msg_id}.{timestamp}.".encode() + body
    digest = hmac.new(secret_key(secret), content, hashlib.sha256).digest()
    return "v1," + base64.b64encode(digest).decode("ascii")


def sf_string(value: str) -> str:
    """``value`` as a Structured-Field string (RFC 8941 §3.3.3): quoted and escaped."""
    if not _SF_PRINTABLE.fullmatch(value):
        raise ValueError(f"an sf-string holds printable ASCII only: {value!r}")
    return '"' + value.replace("\\", "\\\\").replace('"', '\\"') + '"'


def signed_headers(
    secret: str, msg_id: str, body: bytes, *, timestamp: int | None = None
) -> dict[str, str]:
    """``webhook-id``, ``webhook-timestamp`` (now, unless given) and ``webhook-signature``."""
    when = int(time.time()) if timestamp is None else timestamp
    return {
        "webhook-id": msg_id,
        "webhook-timestamp": str(when),
        "webhook-signature": sign(secret, msg_id, when, body),
    }


def verify(
    secret: str,
    headers: Mapping[str, str],
    body: bytes,
    *,
    tolerance: int = DEFAULT_TOLERANCE,
    now: float | None = None,
) -> str:
    """Check a request's signature and timestamp; return its ``webhook-id``.

    Header names are matched case-insensitively; any ``v1`` entry of the
    space-separated list may match (key rotation); comparison is constant-time.
    """
    lower = {k.lower(): v for k, v in headers.items()}
    msg_id = lower.get("webhook-id")
    stamp = lower.get("webhook-timestamp")
    signatures = lower.get("webhook-signature")
    if not msg_id or not stamp or not signatures:
        raise WebhookVerificationError("missing webhook-id, webhook-timestamp or webhook-signature")
    if not stamp.isdigit():
        raise WebhookVerificationError(f"webhook-timestamp is not an integer: {stamp!r}")
    current = time.time() if now is None else now
    if int(stamp) < current - tolerance:
        raise WebhookVerificationError("message timestamp too old")
    if int(stamp) > current + tolerance:
        raise WebhookVerificationError("message timestamp too new")
    try:
        expected = sign(secret, msg_id, int(stamp), body).split(",", 1)[1]
    except ValueError as exc:
        raise WebhookVerificationError(str(exc)) from None
    for entry in signatures.split():
        version, _, value = entry.partition(",")
        if version == "v1" and hmac.compare_digest(value, expected):
            return msg_id
    raise WebhookVerificationError("no matching signature")
