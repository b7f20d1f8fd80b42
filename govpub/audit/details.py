"""A record's details as stored: plain JSON in, canonical JSON text out, one strict reader.

The hash covers the canonical form of the details, but SQL reads the stored text, so
what is written must read back byte for byte: :func:`jsonable` turns Python values into
plain JSON or says which part cannot be recorded, :func:`stored_details` writes the
canonical text and reads it back, :func:`parse_details` is the one reader (duplicate
keys, NaN, non-canonical text refused), :func:`record_from_row` builds an
:class:`~govpub.audit.record.AuditRecord` from a stored row, and a refused text gets its
reason id and Chinese message here (:func:`unreadable_record`).  Apart from the cleaning
(:mod:`.cleaning`), which decides what the details say, not how they are stored.
"""

from __future__ import annotations

import hashlib
import math
import re
from collections.abc import Callable, Mapping
from datetime import date, datetime, timedelta
from enum import Enum
from pathlib import Path
from typing import Any

from pydantic import BaseModel, SecretStr

from govpub._canonical import StrictJSONError, canonical_json, loads_canonical, loads_strict
from govpub._redact import MASK
from govpub.audit.record import AuditRecord
from govpub.errors import LedgerError

_SURROGATE = re.compile(r"[\ud800-\udfff]")


def stored_details(details: dict[str, Any]) -> str:
    """The text stored for ``details``; it must read back through :func:`parse_details`.

    :func:`_jsonable` already refuses what could not; reading it back here makes
    sure that no future change to the cleaning can write a record that
    ``verify`` would then call tampered.
    """
    try:
        text = canonical_json(details).decode("utf-8")
        parse_details(text)
    except (StrictJSONError, ValueError) as exc:
        raise ValueError(f"details cannot be recorded in the audit trail: {exc}") from None
    return text


def parse_details(text: Any) -> dict[str, Any]:
    """The one reader of a stored record's ``details``: canonical JSON of an object, or refused.

    The hash covers the *canonical* form of the details, but SQL reads the
    stored text: ``json_extract('{"account":"FORGED","account":"app-001"}',
    '$.account')`` is ``FORGED`` while Python's ``json.loads`` keeps
    ``app-001``.  So the stored text must be exactly what :meth:`append` writes
    — the canonical JSON of an object — and anything else is refused with a
    :class:`~govpub._canonical.StrictJSONError` whose ``reason`` is
    ``duplicate_key``, ``non_finite``, ``not_canonical`` or ``malformed``.
    """
    return _object(text, loads_canonical)


def _parse_loosely(text: Any) -> dict[str, Any]:
    """:func:`parse_details` without the check of the form (``verify`` checks it after the hash)."""
    return _object(text, loads_strict)


def _object(text: Any, loads: Callable[[str], Any]) -> dict[str, Any]:
    if not isinstance(text, str):
        raise StrictJSONError("malformed", f"details is stored as {type(text).__name__}, not text")
    details = loads(text)
    if not isinstance(details, dict):
        raise StrictJSONError("malformed", "details is not a JSON object")
    return details


def unreadable_record(seq: int, exc: StrictJSONError) -> LedgerError:
    """The error for a reader (export, health) that meets record ``seq`` with refused details."""
    reason, message = _details_fault(seq, exc)
    return LedgerError(f"{message} [{reason}]；请运行 govpub audit verify 检查审计记录")


def _details_fault(seq: int, exc: StrictJSONError) -> tuple[str, str]:
    """The reason id and the Chinese message for record ``seq`` whose details were refused."""
    if exc.reason == "duplicate_key":
        return "duplicate_key", (
            f"第 {seq} 条记录的 details 中键 {exc.key!r} 出现了不止一次"
            "（SQLite 的 json_extract 与 Python 读出的值不同），记录被改动"
        )
    if exc.reason == "non_finite":
        return (
            "non_finite",
            f"第 {seq} 条记录的 details 含有 NaN 或 Infinity（不是 JSON），记录被改动",
        )
    if exc.reason == "not_canonical":
        return "not_canonical", (
            f"第 {seq} 条记录的 details 不是 govpub 写入时的规范 JSON（{exc}），记录被改动"
        )
    return "malformed_record", f"第 {seq} 条记录的 details 不是有效的 JSON 对象（{exc}）"


def record_from_row(
    row: tuple[Any, ...], *, parse: Callable[[Any], dict[str, Any]] = parse_details
) -> AuditRecord:
    details = parse(row[5])
    return AuditRecord(
        seq=int(row[0]),
        time=str(row[1]),
        actor=str(row[2]),
        action=str(row[3]),
        subject=str(row[4]),
        details=details,
        prev_hash=str(row[6]),
        hash=str(row[7]),
    )


_SCALARS: tuple[tuple[type | tuple[type, ...], Callable[[Any], Any]], ...] = (
    (SecretStr, lambda v: MASK),
    ((datetime, date), lambda v: v.isoformat()),
    (timedelta, lambda v: v.total_seconds()),
    (Path, str),
    ((bytes, bytearray), lambda v: f"sha256:{hashlib.sha256(v).hexdigest()}"),  # never raw bytes
    (BaseException, lambda v: f"{type(v).__name__}: {v}"),
)


def jsonable(value: Any, where: str) -> Any:  # noqa: PLR0911 - one return per JSON kind
    """Turn ``value`` into plain JSON types, or say which part cannot be recorded.

    What this returns, :func:`parse_details` reads back as it is: no NaN or
    infinity (refused, not normalised — a record says what happened or nothing),
    no two keys that JSON spells alike (``1`` and ``"1"``), no lone surrogate.
    """
    if isinstance(value, str):
        if _SURROGATE.search(value):
            raise ValueError(f"{where}: a lone surrogate is not Unicode text")
        return value
    if value is None or isinstance(value, bool | int):
        return value
    if isinstance(value, float):
        if not math.isfinite(value):
            raise ValueError(f"{where}: NaN and infinity cannot be recorded")
        return value
    for kind, convert in _SCALARS:
        if isinstance(value, kind):
            return convert(value)
    if isinstance(value, Enum):
        return jsonable(value.value, where)
    if isinstance(value, BaseModel):
        return jsonable(value.model_dump(mode="json"), where)
    if isinstance(value, Mapping):
        return _json_object(value, where)
    if isinstance(value, list | tuple):
        return [jsonable(v, f"{where}[{i}]") for i, v in enumerate(value)]
    if isinstance(value, set | frozenset):
        return sorted((jsonable(v, where) for v in value), key=str)
    raise ValueError(f"{where}: a {type(value).__name__} cannot be recorded in the audit trail")


def _json_object(value: Mapping[Any, Any], where: str) -> dict[str, Any]:
    """A mapping as a JSON object; two keys that JSON spells alike (``1``, ``"1"``) are refused."""
    out: dict[str, Any] = {}
    for k, v in value.items():
        key = jsonable(str(k), f"{where} key")
        if key in out:
            raise ValueError(f"{where}: two keys are both {key!r} in JSON")
        out[key] = jsonable(v, f"{where}.{k}")
    return out
