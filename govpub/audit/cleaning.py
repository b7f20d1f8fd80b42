"""Cleaning details before they are chained: secrets redacted, personal data masked.

What is hashed can never be cleaned afterwards, so details pass through here first:
the value of a secret's key becomes ``MASK``, every string is redacted, personal data in
free text is masked, and identifiers and links a platform or govpub made (``_ID_FIELD``,
machine ids, govpub's own vocabulary in ``_STRUCTURED_FIELD``) are left readable — a
16-digit Weibo id can pass a bank card's Luhn check.  :func:`clean_details` is the
append path's one walk (keys classified once and remembered: ``_KEY_KINDS``);
:func:`scrub` and :func:`mask_strings` are the passes it equals.  The string cleaner is
the caller's (the store's redactor and masker): this module decides which strings it
gets, and whether to mask them.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Mapping
from functools import lru_cache
from typing import Any

from govpub._redact import MASK, is_secret_key
from govpub.audit.details import _SURROGATE, jsonable

_MACHINE_ID = re.compile(r"^(?=.*[a-zA-Z])(?:[0-9a-f]{16,}|[A-Za-z0-9+/]{43,}={0,2})$")
#: Fields that hold identifiers or links a platform or govpub made, not personal data: a
#: Weibo post id of 16 digits can pass the Luhn check of a bank card and must stay readable.
_ID_FIELD = re.compile(
    r"(?i)^(?:.*[_-])?(?:id|ids|idstr|mid|url|urls|link|digest|hash|sha256|key_id|public_key)$"
)


def is_machine_id(text: str) -> bool:
    """Whether ``text`` is a hex digest or a base64 token (no personal data to mask)."""
    return _MACHINE_ID.match(text) is not None


def _is_identifier(value: Any) -> bool:
    if isinstance(value, list):
        return all(_is_identifier(v) for v in value)
    return isinstance(value, str | int | None)


def mask_strings(value: Any, masker: Callable[[str], str]) -> Any:
    """Mask personal data in every string, except machine identifiers (see ``_ID_FIELD``)."""
    if isinstance(value, str):
        return value if _MACHINE_ID.match(value) else masker(value)
    if isinstance(value, dict):
        return {
            k: v if _ID_FIELD.match(k) and _is_identifier(v) else mask_strings(v, masker)
            for k, v in value.items()
        }
    if isinstance(value, list):
        return [mask_strings(v, masker) for v in value]
    return value


#: Keys whose values are govpub's own vocabulary or references, never free text: states,
#: operations, outcomes, error kinds, post and account ids.  The personal-data masker skips
#: them (a 16-digit id must stay readable); secrets are still redacted everywhere.
_STRUCTURED_FIELD = frozenset(
    {"from", "to", "state", "post", "account", "operation", "outcome", "kind", "platform"}
)


def scrub(value: Any, text: Callable[[str, bool], str]) -> Any:
    """``mask_strings(redact(value), masker)`` in one walk over plain JSON ``value``.

    ``text(s, mask)`` cleans one string: secrets redacted always, personal data
    masked when ``mask`` — which is false for identifiers (``_ID_FIELD``) and
    govpub's own vocabulary (``_STRUCTURED_FIELD``): masking only free text.
    """
    if isinstance(value, str):
        return text(value, True)
    if isinstance(value, dict):
        out: dict[str, Any] = {}
        for k, v in value.items():
            if _secret_key(k):
                out[k] = MASK
            elif isinstance(v, str):
                out[k] = text(v, not (k in _STRUCTURED_FIELD or _ID_FIELD.match(k)))
            elif v is None or isinstance(v, bool | int | float):
                out[k] = v
            elif (k in _STRUCTURED_FIELD or _ID_FIELD.match(k)) and _is_identifier(v):
                out[k] = _redacted(v, text)
            else:
                out[k] = scrub(v, text)
        return out
    if isinstance(value, list):
        return [scrub(v, text) for v in value]
    return value


def clean_details(details: Mapping[str, Any], text: Callable[[str, bool], str]) -> dict[str, Any]:
    """``scrub(jsonable(details, "details"), text)`` in one walk (the audit trail's hot path).

    Plain JSON values — strings, numbers, ``None``, dicts and lists — are
    checked, redacted and masked as they are met; anything else goes through
    :func:`jsonable` first and then :func:`scrub`, so the result and the errors
    are those of the two passes.
    """
    return _clean_object(details, "details", text)


def _clean_object(
    value: Mapping[Any, Any], where: str, text: Callable[[str, bool], str]
) -> dict[str, Any]:
    out: dict[str, Any] = {}
    for k, v in value.items():
        key = k if type(k) is str else jsonable(str(k), f"{where} key")
        kind = _KEY_KINDS.get(key)
        if kind is None:
            kind = _key_kind(key, where)
        if key in out:
            raise ValueError(f"{where}: two keys are both {key!r} in JSON")
        vtype = type(v)
        if kind == _SECRET:
            jsonable(v, f"{where}.{k}")  # refused as it would be without the mask
            out[key] = MASK
        elif vtype is str:
            if not v.isascii() and _SURROGATE.search(v):  # (an ASCII string has none)
                raise ValueError(f"{where}.{k}: a lone surrogate is not Unicode text")
            out[key] = text(v, kind == _FREE_TEXT)
        elif v is None or vtype is bool or vtype is int:
            out[key] = v
        elif vtype is float:
            out[key] = jsonable(v, f"{where}.{k}")
        elif vtype is dict:
            out[key] = _clean_object(v, f"{where}.{k}", text)
        elif vtype is list and kind == _FREE_TEXT:
            out[key] = _clean_list(v, f"{where}.{k}", text)
        else:
            plain = jsonable(v, f"{where}.{k}")
            identifier = kind == _PLAIN and _is_identifier(plain)
            out[key] = _redacted(plain, text) if identifier else scrub(plain, text)
    return out


#: What a details key says of its value: a secret (masked whole), an identifier or
#: govpub's vocabulary (``_plain_key``: never masked), or free text.
_SECRET, _PLAIN, _FREE_TEXT = 0, 1, 2
#: Keys already checked (no lone surrogate) and classified: the same few recur.
_KEY_KINDS: dict[str, int] = {}
_KEY_LENGTH, _KEY_KINDS_SIZE = 128, 4096


def _key_kind(key: str, where: str) -> int:
    """Check ``key`` and classify it (:data:`_KEY_KINDS`, remembered)."""
    if _SURROGATE.search(key):
        raise ValueError(f"{where} key: a lone surrogate is not Unicode text")
    kind = _SECRET if _secret_key(key) else _PLAIN if _plain_key(key) else _FREE_TEXT
    if len(key) <= _KEY_LENGTH:  # a key, not text
        if len(_KEY_KINDS) >= _KEY_KINDS_SIZE:
            _KEY_KINDS.clear()
        _KEY_KINDS[key] = kind
    return kind


def _clean_list(value: list[Any], where: str, text: Callable[[str, bool], str]) -> list[Any]:
    out: list[Any] = []
    for i, v in enumerate(value):
        kind = type(v)
        if kind is str:
            if not v.isascii() and _SURROGATE.search(v):
                raise ValueError(f"{where}[{i}]: a lone surrogate is not Unicode text")
            out.append(text(v, True))
        elif v is None or kind is bool or kind is int:
            out.append(v)
        elif kind is dict:
            out.append(_clean_object(v, f"{where}[{i}]", text))
        elif kind is list:
            out.append(_clean_list(v, f"{where}[{i}]", text))
        else:
            out.append(scrub(jsonable(v, f"{where}[{i}]"), text))
    return out


@lru_cache(maxsize=4096)
def _plain_key(key: str) -> bool:
    """A key whose value, if an identifier, is never masked (``scrub``)."""
    return key in _STRUCTURED_FIELD or _ID_FIELD.match(key) is not None


@lru_cache(maxsize=4096)
def _secret_key(key: str) -> bool:
    return is_secret_key(key)


def _redacted(value: Any, text: Callable[[str, bool], str]) -> Any:
    """An identifier (a string, a number or a list of them): secrets redacted, nothing masked."""
    if isinstance(value, str):
        return text(value, False)
    if isinstance(value, list):
        return [_redacted(v, text) for v in value]
    return value
