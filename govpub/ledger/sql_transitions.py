"""The ledger's state changes of a delivery: checked, written, attempted and audited as one.

Each move is checked against the state machine (:mod:`govpub.ledger.states`),
written in one update that sets only the columns it changes, and audited in
the same transaction, with the platform call that led to it and the step
references that belong to it: one state change, one record, one commit.  The
reads are :mod:`~govpub.ledger.sql_deliveries`; who may move a delivery is
:mod:`~govpub.ledger.sql_leases`.
"""

from __future__ import annotations

import json
import re
from collections.abc import Mapping, Sequence
from datetime import datetime
from typing import Any, NamedTuple

from govpub.errors import LeaseLostError, LedgerError, PlatformPostTakenError
from govpub.ledger.database import Cursor, _dumps
from govpub.ledger.records import DeliveryRecord
from govpub.ledger.sql_core import SqlCore
from govpub.ledger.sql_rows import column_json, delivery_record, iso, iso_or_none, parse_iso
from govpub.ledger.states import TRANSITIONS, DeliveryState, check_transition

__all__ = ["SqlTransitions"]


_STEP_NAME = re.compile(r"^[A-Za-z0-9_][A-Za-z0-9_:.-]{0,127}$")


class _Change(NamedTuple):
    """What one transition writes to a delivery's row (see :meth:`SqlTransitions.transition`).

    A named tuple: built on every transition, and a frozen dataclass's ``__init__``
    sets each field through ``object.__setattr__``.
    """

    state: DeliveryState
    #: The change's instant as the ledger writes instants (:func:`~.sql_rows.iso`): the
    #: row's ``updated_at``, the attempt's ``at`` and the audit record's ``time`` are one value.
    now: str
    platform_post_id: str | None
    url: str | None
    error: Mapping[str, Any] | None
    instruction: str | None
    next_attempt_at: datetime | None
    counts: bool
    steps: Mapping[str, Any] | None


class SqlTransitions(SqlCore):
    """Delivery state changes, steps and attempts for :class:`~govpub.ledger.sql.SqlLedger`."""

    def transition(
        self,
        delivery_id: str,
        state: DeliveryState,
        *,
        actor: str,
        action: str,
        platform_post_id: str | None = None,
        url: str | None = None,
        error: Mapping[str, Any] | None = None,
        instruction: str | None = None,
        details: Mapping[str, Any] | None = None,
        next_attempt_at: datetime | None = None,
        attempt: Mapping[str, Any] | None = None,
        steps: Mapping[str, Any] | None = None,
        held: DeliveryRecord | None = None,
        owner: str | None = None,
        read_back: bool = True,
    ) -> DeliveryRecord:
        """Move a delivery to ``state``, checked against the state machine and audited.

        ``next_attempt_at`` (for a failure that must wait, e.g. a rate-limit window)
        is kept until the next transition, which clears it.  ``attempt`` (the
        keyword arguments of :meth:`record_attempt`) records the platform call that
        led here in the same transaction, and in the same audit record (its
        ``attempt`` member) — one state change, one record, one commit.  ``steps``
        are saved with it as :meth:`save_step` would save each (``None`` forgets),
        in the same update: a step reference and the state change it belongs to
        are one write.

        ``held`` is the delivery as the caller holds it (a runner under its
        lease): its row is then not read first.  The update applies only while the
        stored state is still ``held.state``; if it is not (another process moved
        the delivery), the row is read and the move checked against what is stored,
        exactly as without ``held``.

        ``owner`` fences the move by the delivery's lease: it applies only while
        ``owner`` holds the lease (expired but not taken over counts as held), and
        :class:`~govpub.errors.LeaseLostError` says another worker took it over
        (nothing written).  The runner fences each move that a platform call
        follows, so a worker that stalled for a whole lease sends nothing.

        ``read_back=False`` (with ``held``), for a caller that will move the delivery
        again and needs no read: the record returned is ``held`` with this change
        applied, as written, not the row read back (a column another write changed
        since ``held`` was read — a step saved on its own, a lease renewed — is as
        ``held`` has it).  SQLite's ``RETURNING *`` and the record built from it cost
        a fifth of a state change.  A dialect whose update must return something
        (PostgreSQL's chain lock) reads back anyway.
        """
        now = iso(self._clock())
        change = _Change(
            state=state,
            now=now,
            platform_post_id=platform_post_id,
            url=url,
            error=error,
            instruction=instruction,
            next_attempt_at=next_attempt_at,
            counts=_counts(attempt),
            steps=steps,
        )
        # PostgreSQL: the attempt's row goes in with the update, in the same statement
        beside = None
        if attempt is not None and self._db.dialect.writes_in_with:
            beside = _attempt_values(now, **attempt)
        with self.transaction():
            current = held if held is not None and held.id == delivery_id else None
            row = None
            if current is not None and state in TRANSITIONS[current.state]:
                row = self._update_delivery(
                    current,
                    change,
                    expect_state=True,
                    attempt=beside,
                    owner=owner,
                    read_back=read_back,
                )
            if current is None or row is None:  # not held, or no longer as the caller holds it
                current = self._locked_delivery(delivery_id)
                if owner is not None and current.owner != owner:
                    raise LeaseLostError(
                        f"delivery {delivery_id}: its lease is held by "
                        f"{current.owner or 'no one'}, not {owner}; nothing was sent",
                        delivery_id=delivery_id,
                        holder=current.owner,
                    )
                check_transition(delivery_id, current.state, state)
                row = self._update_delivery(current, change, expect_state=False, attempt=beside)
                if row is None:  # the row is locked: only a vanished guard's owner gets here
                    raise LedgerError(f"delivery {delivery_id}: the update was refused")
            if attempt is not None and beside is None:
                self._insert_attempt(delivery_id, now, **attempt, audited=False)
            self._audit.append(  # in this transaction (what self.audit would open joins it)
                at=now,
                actor=actor,
                action=action,
                subject=delivery_id,
                details={
                    "post": current.post_id,
                    "account": current.account_id,
                    "from": current.state,
                    "to": state,
                    "platform_post_id": platform_post_id,
                    "url": url,
                    "error": dict(error) if error else None,
                    "next_attempt_at": iso_or_none(next_attempt_at),
                    **({} if attempt is None else {"attempt": _attempt_details(**attempt)}),
                    **(details or {}),
                },
            )
            return _moved(current, change) if row is _APPLIED else delivery_record(row)

    def _update_delivery(
        self,
        current: DeliveryRecord,
        change: _Change,
        *,
        expect_state: bool,
        attempt: Sequence[Any] | None = None,
        owner: str | None = None,
        read_back: bool = True,
    ) -> Any:
        """Apply ``change`` to ``current``'s row; the row as stored now (``None``: not applied).

        ``read_back=False``: :data:`_APPLIED` instead of the row when the dialect's
        update need return nothing (see :meth:`transition`).

        ``expect_state``: only while the stored state is still ``current.state``
        (and, with ``owner``, while ``owner`` holds the lease).
        ``attempt`` (:func:`_attempt_values`; a dialect that ``writes_in_with``): the
        attempt's row is inserted by the same statement, if and only if the row is updated.
        """
        platform_post_id = change.platform_post_id
        dialect = self._db.dialect
        # PostgreSQL: a broken unique index would abort the transaction, so the update
        # itself refuses a platform post id another delivery of the account recorded
        # (SQLite: the index's refusal, caught below)
        guard = (
            platform_post_id is not None
            and platform_post_id != current.platform_post_id
            and dialect.constraint_error_aborts_transaction
        )
        # Only the columns this change sets: an index over a column left out of SET is not
        # touched (a move to "sending" rewrites neither the account nor the post-id index).
        now = change.now
        sets = ["state = ?", "updated_at = ?", "next_attempt_at = ?"]
        args: list[Any] = [change.state, now, iso_or_none(change.next_attempt_at)]
        for column, value in (
            ("platform_post_id", platform_post_id),
            ("url", change.url),
            ("last_error", None if change.error is None else column_json(change.error)),
            ("instruction", change.instruction),
        ):
            if value is not None:
                sets.append(f"{column} = ?")
                args.append(value)
        if change.state == "published":
            sets.append("published_at = COALESCE(published_at, ?)")
            args.append(now)
        if change.counts:
            sets.append("attempts = attempts + 1")
        if change.steps:
            steps_sql, steps_args = self._steps_update(change.steps)
            sets.append(f"steps = {steps_sql}")
            args.extend(steps_args)
        where = "id = ? AND state = ?" if expect_state else "id = ?"
        args.extend([current.id, current.state] if expect_state else [current.id])
        if owner is not None:
            where += " AND owner = ?"
            args.append(owner)
        if guard:
            where += (
                " AND NOT EXISTS (SELECT 1 FROM deliveries taken WHERE taken.account_id = ? "
                "AND taken.platform_post_id = ? AND taken.id <> ?)"
            )
            args.extend([current.account_id, platform_post_id, current.id])
        read_back = read_back or attempt is not None or bool(dialect.lock_audit_chain_column)
        # the chain lock for the audit record that follows, in the same round trip
        returning = " RETURNING *" + dialect.lock_audit_chain_column if read_back else ""
        # Only fixed clauses and "?" placeholders are joined; values travel as parameters.
        statement = f"UPDATE deliveries SET {', '.join(sets)} WHERE {where}{returning}"  # noqa: S608
        if attempt is not None:
            # the update above and a constant: values travel as parameters
            statement = f"WITH moved AS ({statement}), {_ATTEMPT_FROM_MOVED} SELECT * FROM moved"  # noqa: S608
            args.extend(attempt)
        with self._db.lock:
            cursor = self._execute_unique(current, platform_post_id, statement, args)
            rows = cursor.fetchall() if read_back else [_APPLIED] * cursor.rowcount
        if not rows:
            if guard and platform_post_id is not None:
                self._refuse_taken(current, platform_post_id)
            return None
        if dialect.lock_audit_chain_column:
            self._audit.chain_locked(self._db)
        return rows[0]

    def _steps_update(self, steps: Mapping[str, Any]) -> tuple[str, list[Any]]:
        """The ``steps`` column with each of ``steps`` set (``None``: removed); its arguments."""
        dialect = self._db.dialect
        column, args = "steps", list[Any]()
        for name, value in steps.items():
            if not _STEP_NAME.match(name):
                raise LedgerError(
                    f"step name {name!r}: letters, digits and _ : . - only "
                    "(it is a JSON path member)"
                )
            if value is None:
                column, more = dialect.remove_json_key(column, name)
            else:  # stored exact, as column_json(value, redacted=False) would write it
                column, more = dialect.set_json_key(column, name, value)
            args = [*args, *more]  # the inner expression's placeholders come first
        return column, args

    def _execute_unique(
        self,
        record: DeliveryRecord,
        platform_post_id: str | None,
        statement: str,
        args: Sequence[Any],
    ) -> Cursor:
        """Run an update that may set a platform post id; the unique index's refusal, named.

        :meth:`_refuse_taken` checks first; this catches what another writer
        (another process on the same file) recorded between the check and the write.
        """
        try:
            return self._db.execute(statement, args)
        except self._db.integrity_error:
            if platform_post_id is not None:
                self._refuse_taken(record, platform_post_id)
            raise

    def _refuse_taken(self, record: DeliveryRecord, platform_post_id: str) -> None:
        """One platform post, one delivery: refuse to record another delivery's post here.

        The unique index on (account, platform post id) is the guarantee; this
        check turns a violation into an error that names the post that owns it.
        """
        owner = self.owner_of(record.account_id, platform_post_id, exclude=record.id)
        if owner is not None:
            raise PlatformPostTakenError(
                f"delivery {record.id}: platform post {platform_post_id} of account "
                f"{record.account_id} already belongs to delivery {owner.id} of post "
                f"{owner.post_id}",
                account=record.account_id,
                platform_post_id=platform_post_id,
                owner_post_id=owner.post_id,
            )

    def _locked_delivery(self, delivery_id: str) -> DeliveryRecord:
        """The delivery, its row locked until the transaction ends (other workers wait)."""
        lock = self._db.dialect.for_update
        row = self._db.row(f"SELECT * FROM deliveries WHERE id = ?{lock}", (delivery_id,))  # noqa: S608 - a constant
        if row is None:
            raise LedgerError(f"no delivery {delivery_id!r} in the ledger")
        return delivery_record(row)

    def save_step(self, delivery_id: str, name: str, value: Any) -> None:
        """Persist one platform step's reference before the adapter moves on (``None`` forgets)."""
        steps, params = self._steps_update({name: value})
        with self.transaction() as conn:
            changed = conn.execute(
                f"UPDATE deliveries SET steps = {steps}, updated_at = ? WHERE id = ?",  # noqa: S608
                (*params, iso_or_none(self._clock()), delivery_id),
            ).rowcount
            if not changed:
                raise LedgerError(f"no delivery {delivery_id!r} in the ledger")

    def record_attempt(
        self,
        delivery_id: str,
        *,
        operation: str,
        outcome: str,
        error: Mapping[str, Any] | None = None,
        wait: float | None = None,
    ) -> None:
        """Record one platform call (only publish calls count as attempts)."""
        with self.transaction():
            self._insert_attempt(
                delivery_id,
                iso(self._clock()),
                operation=operation,
                outcome=outcome,
                error=error,
                wait=wait,
            )

    def _insert_attempt(
        self,
        delivery_id: str,
        now: str,
        *,
        operation: str,
        outcome: str,
        error: Mapping[str, Any] | None = None,
        wait: float | None = None,
        audited: bool = True,
    ) -> None:
        """The attempt's row; counted and audited on its own unless a transition does both."""
        self._db.execute(
            "INSERT INTO attempts(delivery_id, operation, outcome, error, wait, at) "
            "VALUES (?, ?, ?, ?, ?, ?)",
            (
                delivery_id,
                *_attempt_values(now, operation=operation, outcome=outcome, error=error, wait=wait),
            ),
        )
        if not audited:
            return
        if _counts({"operation": operation}):
            self._db.execute(
                "UPDATE deliveries SET attempts = attempts + 1 WHERE id = ?", (delivery_id,)
            )
        self.audit(
            actor="govpub",
            action=f"delivery.attempt.{operation}",
            subject=delivery_id,
            details=_attempt_details(outcome=outcome, error=error, wait=wait),
        )


#: The attempt that led to a state change, inserted beside the update (``WITH moved AS …``):
#: only a row the update returned gets one.  Placeholders: :func:`_attempt_values`.
_ATTEMPT_FROM_MOVED = (
    "attempt AS (INSERT INTO attempts(delivery_id, operation, outcome, error, wait, at) "
    "SELECT id, ?, ?, ?, ?, ? FROM moved)"
)


def _attempt_values(
    now: str,
    *,
    operation: str,
    outcome: str,
    error: Mapping[str, Any] | None = None,
    wait: float | None = None,
) -> tuple[Any, ...]:
    """An attempt's columns after ``delivery_id``, as :meth:`SqlTransitions._insert_attempt` writes.

    ``now``: the attempt's instant as :func:`~govpub.ledger.sql_rows.iso` writes it.
    """
    return (operation, outcome, None if error is None else column_json(error), wait, now)


def _attempt_details(
    *,
    outcome: str,
    error: Mapping[str, Any] | None = None,
    wait: float | None = None,
    operation: str | None = None,
) -> dict[str, Any]:
    """What the audit trail says of one platform call."""
    details = {"outcome": outcome, "error": dict(error) if error else None, "wait": wait}
    return details if operation is None else {"operation": operation, **details}


def _counts(attempt: Mapping[str, Any] | None) -> bool:
    """Only publish calls count as attempts of a delivery (status polls and reconciles do not)."""
    return attempt is not None and attempt.get("operation") == "publish"


#: What :meth:`SqlTransitions._update_delivery` returns for an update applied and not read back.
_APPLIED = object()


def _moved(held: DeliveryRecord, change: _Change) -> DeliveryRecord:
    """``held`` with ``change`` applied, each column as a read of the updated row would give it.

    Built like :func:`delivery_record` (no frozen ``__init__``); a test holds it equal
    to the row read back.
    """
    record: DeliveryRecord = object.__new__(DeliveryRecord)
    fields = dict(held.__dict__)
    now = datetime.fromisoformat(change.now)
    fields.update(
        state=change.state,
        updated_at=now,
        next_attempt_at=parse_iso(iso_or_none(change.next_attempt_at)),
    )
    fields.update(
        (column, value)
        for column, value in (
            ("platform_post_id", change.platform_post_id),
            ("url", change.url),
            ("instruction", change.instruction),
        )
        if value is not None
    )
    if change.error is not None:
        fields["last_error"] = json.loads(column_json(change.error))
    if change.state == "published" and held.published_at is None:
        fields["published_at"] = now
    if change.counts:
        fields["attempts"] = held.attempts + 1
    if change.steps:
        steps = dict(held.steps)
        for name, value in change.steps.items():
            if value is None:
                steps.pop(name, None)
            else:  # as stored (Dialect.set_json_key) and read back
                steps[name] = json.loads(_dumps(value))
        fields["steps"] = steps
    record.__dict__.update(fields)
    return record
