"""Canonical JSON: the one byte serialisation govpub signs and hashes.

Approvals (``govpub.review``) are signed over it and audit records
(``govpub.audit``) are hash-chained over it, so both must turn the same value
into the same bytes on every machine and every Python version: UTF-8, keys
sorted, no insignificant whitespace, non-ASCII characters written as they are
(not ``\\uXXXX``), and no NaN or infinity (they are not JSON).
"""

from __future__ import annotations

import json
from typing import Any

__all__ = ["canonical_json", "loads_strict"]


def canonical_json(value: Any) -> bytes:
    """``value`` (JSON types only) as canonical UTF-8 bytes."""
    return json.dumps(
        value, ensure_ascii=False, sort_keys=True, separators=(",", ":"), allow_nan=False
    ).encode("utf-8")


def _no_duplicates(pairs: list[tuple[str, Any]]) -> dict[str, Any]:
    out: dict[str, Any] = {}
    for key, value in pairs:
        if key in out:
            raise ValueError(f"duplicate key {key!r}")
        out[key] = value
    return out


def _no_constant(name: str) -> Any:
    raise ValueError(f"{name} is not JSON")


def loads_strict(text: str) -> Any:
    """Parse JSON refusing duplicate keys and NaN/Infinity (two texts, one meaning, is a hole)."""
    return json.loads(text, object_pairs_hook=_no_duplicates, parse_constant=_no_constant)
