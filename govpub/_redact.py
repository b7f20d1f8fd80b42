"""Secret redaction shared by logging, errors, the ledger and the audit trail.

Two nets catch a secret: every value govpub resolves from a secret reference or
receives as a token is *registered* and replaced wherever it appears; and
anything that looks like a credential by its name (``access_token=`` in a query
string, an ``Authorization`` header, a ``webhook-signature``) is masked even if
it was never registered.
"""

from __future__ import annotations

import re
import threading
from collections.abc import Mapping
from typing import Any

import ahocorasick

__all__ = [
    "MASK",
    "SECRET_KEY_PATTERN",
    "forget_secrets",
    "is_secret_key",
    "redact",
    "redact_text",
    "register_secret",
    "secrets_generation",
]

MASK = "***"

#: Key names whose values are secret wherever they appear (dict keys, headers, query).
SECRET_KEY_PATTERN = re.compile(
    r"(?i)^(?:.*[_-])?(?:access[_-]?token|refresh[_-]?token|token|secret|app[_-]?secret|appsecret|"
    r"client[_-]?secret|password|passwd|authorization|cookie|set-cookie|signature|sign|api[_-]?key|"
    r"webhook[_-]?secret|private[_-]?key|credentials?)$"
)

_QUERY_SECRET = re.compile(
    r"(?i)(?P<key>\b(?:access_token|refresh_token|token|secret|appsecret|app_secret|client_secret|"
    r"password|sign|signature|api_key|key)=)(?P<value>[^&\s#\"'<>]+)"
)
_AUTH_HEADER = re.compile(
    r"(?i)\b(?P<key>(?:Bearer|OAuth2|Basic)\s+)(?P<value>[A-Za-z0-9._~+/=-]{6,})"
)
_WHSEC = re.compile(r"\bwh(?:sec|sk)_[A-Za-z0-9+/=]{8,}")
_SIGNATURE_ENTRY = re.compile(r"\bv1a?,[A-Za-z0-9+/]{20,}={0,2}")

_MIN_SECRET_LENGTH = 4


class _SecretRegistry:
    """The registered secret values, matched with one Aho-Corasick automaton.

    A matrix of thousands of accounts registers thousands of secrets; one
    automaton scans a text once whatever their number (a regex alternation
    would grow with every account), and it is rebuilt lazily — once after a
    burst of registrations, not once per secret.
    """

    def __init__(self) -> None:
        self._lock = threading.Lock()
        self._values: set[str] = set()
        self._automaton: Any = None
        self._dirty = False
        #: Changes whenever the set of secrets does (callers that cache clean text check it).
        self.generation = 0

    def add(self, value: str) -> None:
        with self._lock:
            if value not in self._values:
                self._values.add(value)
                self._dirty = True
                self.generation += 1

    def clear(self) -> None:
        with self._lock:
            self._values.clear()
            self._automaton = None
            self._dirty = False
            self.generation += 1

    def mask(self, text: str) -> str:
        automaton = self._current()
        if automaton is None:
            return text
        pieces: list[str] = []
        last = 0
        for end, length in automaton.iter_long(text):
            start = end - length + 1
            pieces.append(text[last:start])
            pieces.append(MASK)
            last = end + 1
        if not pieces:
            return text
        pieces.append(text[last:])
        return "".join(pieces)

    def _current(self) -> Any:
        if not self._dirty:
            return self._automaton
        with self._lock:
            if self._dirty:
                automaton = ahocorasick.Automaton()
                for value in self._values:
                    automaton.add_word(value, len(value))
                automaton.make_automaton()
                self._automaton = automaton if self._values else None
                self._dirty = False
            return self._automaton


_registry = _SecretRegistry()


def register_secret(value: str | None) -> None:
    """Remember ``value`` so that it is masked wherever it later appears."""
    if value and len(value) >= _MIN_SECRET_LENGTH:
        _registry.add(value)


def secrets_generation() -> int:
    """A number that changes whenever a secret is registered or forgotten.

    Text redacted under one generation stays redacted exactly so until it changes:
    a cache of clean text (the audit trail's) is valid while this number is.
    """
    return _registry.generation


def forget_secrets() -> None:
    """Drop every registered secret (for tests that want a clean registry)."""
    _registry.clear()


def is_secret_key(key: object) -> bool:
    """Whether a mapping key or header name names a secret."""
    return isinstance(key, str) and SECRET_KEY_PATTERN.match(key) is not None


def redact_text(text: str) -> str:
    """Mask registered secrets and credential-shaped substrings in ``text``."""
    text = _registry.mask(text)
    if "=" in text:
        text = _QUERY_SECRET.sub(lambda m: m.group("key") + MASK, text)
    text = _AUTH_HEADER.sub(lambda m: m.group("key") + MASK, text)
    text = _WHSEC.sub(MASK, text)
    return _SIGNATURE_ENTRY.sub(MASK, text)


def redact(value: Any) -> Any:
    """Return ``value`` with secrets masked, recursing into mappings and sequences."""
    if isinstance(value, str):
        return redact_text(value)
    if isinstance(value, Mapping):
        return {k: (MASK if is_secret_key(k) else redact(v)) for k, v in value.items()}
    if isinstance(value, list | tuple):
        return type(value)(redact(v) for v in value)
    if isinstance(value, bytes | bytearray):
        return redact_text(value.decode("utf-8", "replace"))
    if isinstance(value, BaseException):
        return redact_text(f"{type(value).__name__}: {value}")
    return value
