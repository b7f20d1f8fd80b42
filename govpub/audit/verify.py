"""Walking a stored chain: the first record that breaks it, and why.

:func:`walk_chain` reads the rows of a trail in sequence order (any store: SQLite,
PostgreSQL) and checks each against the chain so far — its number, its link to the
previous hash, its own hash, then the form of its stored details — and against the
anchors kept elsewhere.  The first fault becomes an :class:`~govpub.audit.trail.AuditVerification`
with a stable reason id (``missing_record``, ``inserted_record``, ``hash_mismatch``…) and
a message naming the sequence number.  Apart because it reads records and judges
them; it writes nothing.
"""

from __future__ import annotations

from collections.abc import Iterator, Mapping
from dataclasses import replace
from typing import Any

from govpub._canonical import StrictJSONError, canonical_json, require_canonical
from govpub.audit.details import _details_fault, _parse_loosely, record_from_row
from govpub.audit.record import GENESIS_HASH, AuditRecord
from govpub.audit.trail import AuditVerification

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
