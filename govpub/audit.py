"""The audit trail: append-only, hash-chained records of everything govpub did, and why.

Supervisors ask *who* approved, changed or published *what* (reference README
lesson 11; 国办秘函〔2019〕19号 checks 安全、泄露 incidents).  Each record names an
actor, a stable dotted ``action`` (:data:`ACTIONS`), a subject (a post id, an
account id…) and JSON details, and is chained to the one before it::

    hash = SHA-256( prev_hash ‖ canonical record )

where ``prev_hash`` is the previous record's hash as 64 lower-case hex ASCII
characters (sixty-four ``0`` for the first record) and the canonical record is
the UTF-8 canonical JSON (keys sorted, no spaces, non-ASCII as is) of
``{"v": "govpub-audit/1", "seq", "time", "actor", "action", "subject",
"details"}``.  Anyone can re-check a trail with ``sqlite3`` and ``sha256sum``.

:meth:`SqliteAuditTrail.verify` walks the chain and names the first bad
sequence number when a record was edited, deleted, inserted or the records were
reordered.  A chain without a secret cannot stop someone who rewrites *every*
later record, or who drops the newest ones: record ``govpub audit head`` (the
last sequence number and hash) somewhere else — a signed report, the OA
system, a printed register — and pass it back as an anchor
(``verify(anchors={seq: hash})``, ``govpub audit verify --anchor SEQ:HASH``).

The trail lives in the same SQLite file as the ledger, so an audit record and
the state change it describes commit together (see :meth:`SqliteAuditTrail.append`).
Details never hold secrets or unmasked personal data: they pass through
:func:`govpub._redact.redact` and the compliance checks' personal-data masker
(:func:`govpub.compliance.mask_personal_data`: ID, mobile, bank-card and passport
numbers, rules.md §9–§10) before they are hashed, so what is chained is already
clean.  Identifiers and links are left alone (``_ID_FIELD``).
"""

from __future__ import annotations

import hashlib
import math
import re
from collections.abc import Callable, Iterator, Mapping
from dataclasses import dataclass, replace
from datetime import date, datetime, timedelta
from enum import Enum
from functools import lru_cache
from json.encoder import encode_basestring as _encode_string  # what json.dumps uses for str
from pathlib import Path
from typing import IO, Any, Literal, Protocol, runtime_checkable

from pydantic import BaseModel, SecretStr

from govpub._canonical import (
    StrictJSONError,
    canonical_json,
    loads_canonical,
    loads_strict,
    require_canonical,
)
from govpub._redact import MASK, is_secret_key
from govpub.errors import LedgerError

__all__ = [
    "ACTIONS",
    "ACTION_NAME",
    "AUDIT_SCHEMA_VERSION",
    "GENESIS_HASH",
    "AuditRecord",
    "AuditTrail",
    "AuditVerification",
    "ExportFormat",
    "canonical_around_seq",
    "canonical_record",
    "clean_details",
    "is_machine_id",
    "jsonable",
    "mask_strings",
    "new_record",
    "parse_details",
    "record_from_row",
    "record_hash",
    "scrub",
    "stored_details",
    "unreadable_record",
    "walk_chain",
]

#: The audit table's schema (not the record format): 1 — ``audit_log`` with append-only
#: triggers; 2 — without the indexes on ``hash`` and ``subject`` (nothing reads by them).
AUDIT_SCHEMA_VERSION = 2
RECORD_FORMAT = "govpub-audit/1"
GENESIS_HASH = "0" * 64
ExportFormat = Literal["jsonl", "csv"]

#: The actions govpub records, with what they mean (any lower-case dotted name is accepted).
ACTIONS: Mapping[str, str] = {
    "post.submitted": "a post entered the publisher (digest, category)",
    "check.completed": "compliance checks ran (findings by rule and severity)",
    "approval.accepted": "an approval passed the review gate (reviewer, tier, key id)",
    "approval.refused": "an approval was refused (reviewer, tier, reason ids)",
    "review.refused": "the review gate refused the post (every problem)",
    "post.planned": "deliveries were written to the ledger (each one's id, account, skip reason)",
    "delivery.attempt": "one attempt to publish to one account",
    "delivery.published": "the platform confirmed the post (platform post id, URL)",
    "delivery.failed": "the delivery failed for good (error kind and code)",
    "delivery.unknown": "the outcome is unknown and will be reconciled",
    "retract.requested": "someone asked to take a post down everywhere",
    "retract.completed": "a copy was deleted, or became a manual task",
    "matrix.frozen": "publishing was frozen for the matrix or an account",
    "matrix.unfrozen": "publishing resumed",
    "account.opened": "an account was added to the matrix (开设)",
    "account.changed": "an account's name, unit or settings changed (变更)",
    "account.closed": "an account was closed (关停)",
    "account.cancelled": "an account was cancelled (注销)",
    "account.filed": "a lifecycle event was filed in the national system (备案)",
}

_SURROGATE = re.compile(r"[\ud800-\udfff]")
ACTION_NAME = re.compile(r"^[a-z][a-z0-9_]*(?:\.[a-z][a-z0-9_]*)+$")
_MACHINE_ID = re.compile(r"^(?=.*[a-zA-Z])(?:[0-9a-f]{16,}|[A-Za-z0-9+/]{43,}={0,2})$")
#: Fields that hold identifiers or links a platform or govpub made, not personal data: a
#: Weibo post id of 16 digits can pass the Luhn check of a bank card and must stay readable.
_ID_FIELD = re.compile(
    r"(?i)^(?:.*[_-])?(?:id|ids|idstr|mid|url|urls|link|digest|hash|sha256|key_id|public_key)$"
)

# -- records -------------------------------------------------------------------------------


@dataclass(frozen=True)
class AuditRecord:
    """One link of the chain."""

    seq: int
    time: str
    actor: str
    action: str
    subject: str
    details: Mapping[str, Any]
    prev_hash: str
    hash: str

    def canonical(self) -> bytes:
        """The canonical record the hash covers (module docstring)."""
        return canonical_json(
            {
                "v": RECORD_FORMAT,
                "seq": self.seq,
                "time": self.time,
                "actor": self.actor,
                "action": self.action,
                "subject": self.subject,
                "details": self.details,
            }
        )

    def expected_hash(self) -> str:
        """The hash this record must have, given its ``prev_hash``."""
        return record_hash(self.prev_hash, self.canonical())

    def to_dict(self) -> dict[str, Any]:
        """JSON-ready form (export, CLI)."""
        return {
            "seq": self.seq,
            "time": self.time,
            "actor": self.actor,
            "action": self.action,
            "subject": self.subject,
            "details": dict(self.details),
            "prev_hash": self.prev_hash,
            "hash": self.hash,
        }


def new_record(
    *,
    seq: int,
    time: str,
    actor: str,
    action: str,
    subject: str,
    details: Mapping[str, Any],
    prev_hash: str,
    hash: str,
) -> AuditRecord:
    """``AuditRecord(...)`` for the append path, without the frozen ``__init__``.

    A frozen dataclass sets each field through ``object.__setattr__``; the
    trail writes three records per delivery, so the fields go into the
    instance's ``__dict__`` at once (the result compares equal to the
    ``__init__``'s; a test holds it).
    """
    record: AuditRecord = object.__new__(AuditRecord)
    record.__dict__.update(
        seq=seq,
        time=time,
        actor=actor,
        action=action,
        subject=subject,
        details=details,
        prev_hash=prev_hash,
        hash=hash,
    )
    return record


def _text_json(value: str) -> bytes:
    """A JSON string as ``json.dumps(value, ensure_ascii=False)`` writes it (its own encoder)."""
    return _encode_string(value).encode("utf-8")


def canonical_record(
    *, seq: int, time: str, actor: str, action: str, subject: str, details: bytes
) -> bytes:
    """:meth:`AuditRecord.canonical` from the canonical bytes of ``details``, serialised once.

    The members are written in canonical (sorted) key order, each as
    :func:`~govpub._canonical.canonical_json` writes it, so the bytes are exactly
    those of ``canonical_json`` of the whole record (a test holds the two equal).
    """
    before, after = canonical_around_seq(
        time=time, actor=actor, action=action, subject=subject, details=details
    )
    return before + str(int(seq)).encode("ascii") + after


def canonical_around_seq(
    *, time: str, actor: str, action: str, subject: str, details: bytes
) -> tuple[bytes, bytes]:
    """The canonical record's bytes before and after the digits of ``seq``.

    A store that numbers the record itself (PostgreSQL, where the head is read
    in the inserting statement) joins ``before ‖ seq ‖ after`` and hashes it there.
    """
    return (
        b"".join(
            (
                b'{"action":',
                _text_json(action),
                b',"actor":',
                _text_json(actor),
                b',"details":',
                details,
                b',"seq":',
            )
        ),
        b"".join(
            (
                b',"subject":',
                _text_json(subject),
                b',"time":',
                _text_json(time),
                b',"v":"' + RECORD_FORMAT.encode("ascii") + b'"}',
            )
        ),
    )


def record_hash(prev_hash: str, canonical: bytes) -> str:
    """``SHA-256(prev_hash ‖ canonical)`` as lower-case hex (``prev_hash`` as ASCII hex)."""
    return hashlib.sha256(prev_hash.encode("ascii") + canonical).hexdigest()


@dataclass(frozen=True)
class AuditVerification:
    """The result of walking the chain."""

    ok: bool
    checked: int
    head: str | None = None
    first_bad_seq: int | None = None
    reason: str | None = None
    """Stable id: missing_record, bad_sequence, inserted_record, prev_hash_mismatch,
    hash_mismatch, malformed_record, duplicate_key, non_finite, not_canonical,
    anchor_mismatch, anchor_missing."""
    message: str | None = None
    """The problem in Chinese, naming the sequence number."""

    def __bool__(self) -> bool:
        return self.ok

    def to_dict(self) -> dict[str, Any]:
        """JSON-ready form (``govpub audit verify --json``)."""
        return {
            "ok": self.ok,
            "checked": self.checked,
            "head": self.head,
            "first_bad_seq": self.first_bad_seq,
            "reason": self.reason,
            "message": self.message,
        }


@runtime_checkable
class AuditTrail(Protocol):
    """What the publisher and ledger need from an audit trail (SQLite today, others later)."""

    def append(
        self, *, actor: str, action: str, subject: str, details: Mapping[str, Any] | None = None
    ) -> AuditRecord:
        """Add one record at the end of the chain."""
        ...

    def verify(self, *, anchors: Mapping[int, str] | None = None) -> AuditVerification:
        """Walk the chain; name the first bad sequence number."""
        ...

    def head(self) -> str | None:
        """The newest record's hash, ``None`` for an empty trail."""
        ...

    def iter_records(self, since: int | datetime | None = None) -> Iterator[AuditRecord]:
        """Records in sequence order, from ``since`` (a sequence number or a time) on."""
        ...

    def export(
        self, fp: IO[str], *, since: int | datetime | None = None, fmt: ExportFormat = "jsonl"
    ) -> int:
        """Write records to ``fp``; the number written."""
        ...


# -- SQLite --------------------------------------------------------------------------------


_Fault = tuple[int, str, str]  # (first bad sequence number, reason id, message)


def walk_chain(rows: Iterator[tuple[Any, ...]], anchors: dict[int, str]) -> AuditVerification:
    expected, prev, checked = 1, GENESIS_HASH, 0
    seen: dict[str, int] = {GENESIS_HASH: 0}
    fault: _Fault | None = None
    for row in rows:
        fault, record = _check_row(row, expected, prev, seen)
        if fault is None and record is not None:
            if record.seq in anchors and anchors[record.seq] != record.hash:
                fault = (
                    record.seq,
                    "anchor_mismatch",
                    f"第 {record.seq} 条记录的哈希与另行保存的锚点不符，该记录及其之前的记录被改写",
                )
            else:
                seen[record.hash] = record.seq
                prev, expected, checked = record.hash, expected + 1, checked + 1
        if fault is not None:
            break
    if fault is None:
        missing = sorted(s for s in anchors if s >= expected)
        if missing:
            fault = (
                missing[0],
                "anchor_missing",
                f"锚点指向的第 {missing[0]} 条记录不存在，审计记录被截断"
                f"（最后一条是第 {expected - 1} 条）",
            )
    if fault is None:
        return AuditVerification(ok=True, checked=checked, head=prev if checked else None)
    seq, reason, message = fault
    return AuditVerification(
        ok=False,
        checked=checked,
        head=prev if checked else None,
        first_bad_seq=seq,
        reason=reason,
        message=message,
    )


def _check_row(  # noqa: PLR0911 - one return per kind of fault
    row: tuple[Any, ...], expected: int, prev: str, seen: Mapping[str, int]
) -> tuple[_Fault | None, AuditRecord | None]:
    """One row against the chain so far: the fault it shows, or the parsed record."""
    seq = int(row[0])
    if seq > expected:
        return (
            expected,
            "missing_record",
            f"第 {expected} 条记录缺失（序号从 {expected - 1} 跳到 {seq}），记录被删除",
        ), None
    if seq < expected:
        return (seq, "bad_sequence", f"第 {seq} 条记录的序号不合法（应从 1 连续编号）"), None
    try:  # the stored text's form is judged last: a changed record is a hash_mismatch first
        record = record_from_row(row, parse=_parse_loosely)
    except StrictJSONError as exc:
        return (seq, *_details_fault(seq, exc)), None
    if record.prev_hash != prev:
        earlier = seen.get(record.prev_hash)
        if earlier is not None and earlier < seq - 1 and _shifted_intact(record, earlier + 1):
            return (
                earlier + 1,
                "inserted_record",
                f"第 {earlier + 1}–{seq - 1} 条记录是插入的"
                f"（第 {seq} 条原本接在第 {earlier} 条之后）",
            ), None
        return (
            seq,
            "prev_hash_mismatch",
            f"第 {seq} 条记录与前一条不衔接（prev_hash 不符）："
            "此前的记录被删除、插入、改动或调换了顺序",
        ), None
    if record.expected_hash() != record.hash:
        return (seq, "hash_mismatch", f"第 {seq} 条记录的内容与其哈希不符，记录被改动"), None
    try:
        require_canonical(row[5], canonical_json(record.details))
    except StrictJSONError as exc:
        return (seq, *_details_fault(seq, exc)), None
    return None, record


def _shifted_intact(record: AuditRecord, original_seq: int) -> bool:
    """Whether ``record`` is an untouched record renumbered from ``original_seq`` — the mark
    of records inserted before it (the chain skips them, the record itself is genuine)."""
    return replace(record, seq=original_seq).expected_hash() == record.hash


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


def __getattr__(name: str) -> Any:
    """``govpub.audit.SqliteAuditTrail``: the store moved under :mod:`govpub.ledger`."""
    if name == "SqliteAuditTrail":
        from govpub.ledger.audit_store import SqliteAuditTrail  # noqa: PLC0415 - avoids a cycle

        return SqliteAuditTrail
    raise AttributeError(f"module 'govpub.audit' has no attribute {name!r}")
