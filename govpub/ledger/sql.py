"""The ledger's logic, written once in SQL both SQLite and PostgreSQL accept.

Every state change is its own committed transaction, written *before* the
publisher moves on, so a process killed at any instant leaves a ledger that
says exactly which deliveries are planned, in flight, done or in doubt.  The
audit record of a change is written in the same transaction as the change.

:class:`SqlLedger` runs over a :class:`~govpub.ledger.database.Database`; the
stores (:class:`~govpub.ledger.sqlite.SqliteLedger`,
:class:`~govpub.ledger.postgres.PostgresLedger`) open it and migrate the schema.
"""

from __future__ import annotations

import json
import os
import re
import socket
from collections.abc import Callable, Iterator, Mapping, Sequence
from contextlib import AbstractContextManager, contextmanager, nullcontext
from datetime import UTC, datetime, timedelta
from typing import Any, NamedTuple

from govpub._redact import redact
from govpub.errors import LeaseLostError, LedgerError, PlatformPostTakenError
from govpub.ledger import queue
from govpub.ledger.audit_store import SqlAuditTrail
from govpub.ledger.database import Cursor, Database, _dumps
from govpub.ledger.records import (
    DeliveryPlan,
    DeliveryRecord,
    FreezeState,
    PostRecord,
    PostState,
    PostSummary,
)
from govpub.ledger.sql_filings import SqlFilings
from govpub.ledger.sql_inbox import SqlInbox
from govpub.ledger.sql_reports import SqlReports
from govpub.ledger.states import TRANSITIONS, DeliveryState, check_transition
from govpub.model import Image, Post

__all__ = ["SqlLedger", "delivery_key", "worker_identity"]


_STEP_NAME = re.compile(r"^[A-Za-z0-9_][A-Za-z0-9_:.-]{0,127}$")


def delivery_key(post_id: str, account_id: str) -> str:
    """The stable id of one (post, account) delivery: same on every retry and restart.

    It doubles as the own app's ``Idempotency-Key`` and ``webhook-id``, so it
    has no ``.`` (Standard Webhooks forbids it in ids).
    """
    import hashlib  # noqa: PLC0415 - only here

    digest = hashlib.sha256(f"{post_id}\0{account_id}".encode()).hexdigest()
    return f"dlv_{digest[:32]}"


def worker_identity() -> str:
    """``host:pid:start`` — who holds a delivery's lease."""
    return f"{socket.gethostname()}:{os.getpid()}:{int(datetime.now(UTC).timestamp())}"


def _now() -> datetime:
    return datetime.now(UTC)


def _iso(value: datetime | None) -> str | None:
    return None if value is None else _instant(value)


def _instant(value: datetime) -> str:
    """An instant as the ledger writes instants (:func:`_iso` of a value that is there)."""
    return value.astimezone(UTC).isoformat(timespec="microseconds")


def _parse(value: str | None) -> datetime | None:
    return None if value is None else datetime.fromisoformat(value)


def _json(value: Any, *, redacted: bool = True) -> str:
    """JSON for a column; errors are redacted, approvals and platform references kept exact.

    An approval is signed: masking its ``signature`` (a key name the redactor
    treats as secret) would void it, and a scheduled post could then never pass
    the gate again when it falls due.  It holds no secret — a public key, a key
    id and a signature are public by design.
    """
    data = redact(value) if redacted else value
    return json.dumps(data, ensure_ascii=False, sort_keys=True, default=str)


class _Change(NamedTuple):
    """What one transition writes to a delivery's row (see :meth:`SqlLedger.transition`).

    A named tuple: built on every transition, and a frozen dataclass's ``__init__``
    sets each field through ``object.__setattr__``.
    """

    state: DeliveryState
    #: The change's instant as the ledger writes instants (:func:`_iso`): the row's
    #: ``updated_at``, the attempt's ``at`` and the audit record's ``time`` are one value.
    now: str
    platform_post_id: str | None
    url: str | None
    error: Mapping[str, Any] | None
    instruction: str | None
    next_attempt_at: datetime | None
    counts: bool
    steps: Mapping[str, Any] | None


class SqlLedger(SqlFilings, SqlInbox, SqlReports):
    """The :class:`~govpub.ledger.records.Ledger` over one database (:mod:`~.database`).

    Assembled from parts, one concern each: this module keeps posts, deliveries,
    attempts, leases and the freeze; :class:`~govpub.ledger.sql_filings.SqlFilings`
    the lifecycle filings; :class:`~govpub.ledger.sql_inbox.SqlInbox` the inbox of
    public interactions (政民互动); :class:`~govpub.ledger.sql_reports.SqlReports` the
    read queries of health and metrics.
    """

    def __init__(self, db: Database, *, path: str, clock: Callable[[], datetime] = _now) -> None:
        self._db = db
        self.path = path
        self._clock = clock
        self._audit = SqlAuditTrail(db, clock=clock)

    @property
    def trail(self) -> SqlAuditTrail:
        """The hash-chained audit trail kept in the same database."""
        return self._audit

    def transaction(self) -> AbstractContextManager[Database]:
        """One write transaction; a nested one is a savepoint that fails alone.

        The publisher's writer runs many calls inside one outer transaction
        (group commit): each call's own ``transaction()`` is then a savepoint,
        rolled back by itself if the call fails.
        """
        return self._db.transaction()

    @contextmanager
    def batch(self, *, wait: bool = True) -> Iterator[Database]:
        """One transaction for many calls without a savepoint each (the writer's group commit).

        A call that fails spoils the batch: everything is rolled back and
        :class:`~govpub.ledger.database.BatchSpoiled` raised, for the caller to
        run the calls again one by one (:meth:`Database.batch`).  ``wait=False``:
        :class:`~govpub.ledger.database.WouldWait` (nothing ran) unless the
        batch can begin at once and then wait for nothing (:attr:`begins_without_waiting`).
        """
        with self._db.batch(wait=wait), self.transaction() as db:
            yield db

    @property
    def begins_without_waiting(self) -> bool:
        """Whether ``batch(wait=False)`` can begin at all (SQLite, not read-only).

        The publisher's writer then commits a moment's calls on the event loop's
        thread when nothing else holds the database (see :mod:`govpub.publisher.writer`).
        """
        return self._db.begins_without_waiting and not getattr(self, "read_only", False)

    @contextmanager
    def joined(self) -> Iterator[None]:
        """A batch of one call: nested transactions join its outermost, but no transaction
        is opened for it — a call of one statement (a lease, a read) is one round trip.

        As in :meth:`batch`, a failure that passes through a nested transaction
        spoils the call's outermost one (:class:`~govpub.ledger.database.BatchSpoiled`),
        for the caller to run it again without this.
        """
        with self._db.batch():
            yield

    def audit(self, *, actor: str, action: str, subject: str, details: Mapping[str, Any]) -> None:
        """Append to the audit trail (inside the current transaction, if any)."""
        with self.transaction():
            self._audit.append(actor=actor, action=action, subject=subject, details=dict(details))

    # -- posts ---------------------------------------------------------------

    def submit(
        self,
        post: Post,
        plans: Sequence[DeliveryPlan],
        *,
        state: PostState,
        approvals: Sequence[Mapping[str, Any]],
        actor: str,
        details: Mapping[str, Any] | None = None,
        enqueue: bool = False,
    ) -> tuple[PostRecord, list[DeliveryRecord]]:
        """Store the post and its plan; re-submitting the same content is a no-op.

        ``enqueue`` (an active post, a store with workers' queue) defers a job for
        each planned delivery in the same transaction: no plan without its jobs.
        """
        if enqueue:
            self._require_queue()
        now = _iso(self._clock())
        with self.transaction() as conn:
            row = conn.execute("SELECT digest FROM posts WHERE id = ?", (post.id,)).fetchone()
            if row is not None and row["digest"] != post.digest():
                raise LedgerError(
                    f"post {post.id} was already submitted with other content "
                    f"(digest {row['digest'][:12]}…); give the changed post a new id"
                )
            if row is None:
                content = post.model_dump_json()
                conn.execute(
                    "INSERT INTO posts(id, digest, category, title, state, publish_at, created_at, "
                    "content, approvals, content_key) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
                    (
                        post.id,
                        post.digest(),
                        post.category,
                        post.title,
                        state,
                        _iso(post.publish_at),
                        now,
                        content,
                        _json(list(approvals), redacted=False),
                        post.content_key(),
                    ),
                )
                for image in post.all_images():
                    if image.data is not None and image.sha256 is not None:
                        conn.execute(
                            "INSERT INTO post_images(sha256, data) VALUES (?, ?) "
                            "ON CONFLICT DO NOTHING",
                            (image.sha256, image.data),
                        )
                self.audit(
                    actor=actor,
                    action="post.submitted",
                    subject=post.id,
                    details={
                        "digest": post.digest(),
                        "category": post.category,
                        "state": state,
                        "deliveries": len(plans),
                        **(details or {}),
                    },
                )
            else:
                conn.execute(
                    "UPDATE posts SET approvals = ? WHERE id = ?",
                    (_json(list(approvals), redacted=False), post.id),
                )
            # a new post's deliveries are the rows inserted here, in the order a read would
            # give them (created_at is one instant, then the account id): no read back
            known = row is None and self._db.dialect.sorts_text_by_code_point
            planned: list[DeliveryRecord] | None = [] if known else None
            at = _parse(now)
            written: list[dict[str, Any]] = []  # the plan's one audit record lists them
            for plan in plans:
                key = delivery_key(post.id, plan.account_id)
                inserted = conn.execute(
                    "INSERT INTO deliveries(id, post_id, account_id, platform, state, "
                    "instruction, created_at, updated_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?) "
                    "ON CONFLICT DO NOTHING",
                    (
                        key,
                        post.id,
                        plan.account_id,
                        plan.platform,
                        "skipped" if plan.skip_reason else "planned",
                        plan.skip_reason,
                        now,
                        now,
                    ),
                ).rowcount
                if inserted:
                    written.append(
                        {"delivery_id": key, "account": plan.account_id, "reason": plan.skip_reason}
                    )
                if planned is not None and inserted:
                    planned.append(_planned_record(key, post.id, plan, at))
                elif planned is not None:  # not inserted (an account listed twice): read back
                    planned = None
            if written:  # one record for the plan (one state change), in this transaction
                self._audit.append(
                    actor=actor,
                    action="post.planned",
                    subject=post.id,
                    details={"deliveries": written},
                )
            record = self.get_post(post.id)
            assert record is not None  # noqa: S101 - inserted above
            deliveries = (
                self.deliveries(post_id=post.id)
                if planned is None
                else sorted(planned, key=lambda d: d.account_id)
            )
            if enqueue and record.state == "active":
                ids = [d.id for d in deliveries if d.state == "planned"]
                queue.enqueue_deliveries(self._db, ids)
            return record, deliveries

    def enqueue(self, delivery_ids: Sequence[str], *, at: datetime | None = None) -> list[str]:
        """A ``govpub.deliver`` job for each delivery without one waiting (``at``: not before)."""
        self._require_queue()
        with self.transaction():
            return queue.enqueue_deliveries(self._db, delivery_ids, at=at)

    def enqueue_retractions(self, delivery_ids: Sequence[str], reason: str) -> list[str]:
        """A ``govpub.retract`` job for each delivery without one waiting."""
        self._require_queue()
        with self.transaction():
            return queue.enqueue_retractions(self._db, delivery_ids, reason)

    def _require_queue(self) -> None:
        if self._db.dialect.name != "postgresql":
            raise LedgerError(
                f"the store {self.path} has no job queue: workers need a PostgreSQL store "
                "([store] url) with govpub[workers] installed"
            )

    def get_post(self, post_id: str) -> PostRecord | None:
        """The stored post record, if any."""
        with self._db.lock:
            row = self._db.execute(
                f"SELECT {_POST_COLUMNS} FROM posts WHERE id = ?",  # noqa: S608 - a constant
                (post_id,),
            ).fetchone()
        return None if row is None else _post_record(row)

    def post_and_freeze(self, post_id: str) -> tuple[PostRecord | None, FreezeState | None]:
        """:meth:`get_post` and :meth:`frozen` in one query: what a worker checks before a send."""
        with self._db.lock:
            row = self._db.execute(
                f"SELECT {_POST_COLUMNS}, f.reason AS freeze_reason, f.actor AS freeze_actor, "  # noqa: S608 - constants
                'f.since AS freeze_since FROM posts LEFT JOIN "freeze" f ON f.id = 1 '
                "WHERE posts.id = ?",
                (post_id,),
            ).fetchone()
        if row is None:
            return None, self.frozen()
        frozen = None
        if row["freeze_reason"] is not None:
            frozen = FreezeState(
                reason=row["freeze_reason"],
                actor=row["freeze_actor"],
                since=datetime.fromisoformat(row["freeze_since"]),
            )
        return _post_record(row), frozen

    def posts(
        self, *, states: Sequence[str] | None = None, since: datetime | None = None
    ) -> list[PostRecord]:
        """Stored posts, oldest first: only those in ``states``, created at or after ``since``."""
        where, args = _post_filter(states, since)
        with self._db.lock:
            # Only fixed clauses and "?" placeholders are joined; values travel as parameters.
            query = f"SELECT * FROM posts p{where} ORDER BY p.created_at, p.id"  # noqa: S608
            rows = self._db.execute(query, args).fetchall()
        return [_post_record(row) for row in rows]

    def post_summaries(
        self, *, states: Sequence[str] | None = None, since: datetime | None = None
    ) -> list[PostSummary]:
        """Like :meth:`posts`, each with its delivery counts per state, in one statement.

        The counts come from a correlated sub-query over the ``(post_id, account_id)``
        index, so a list of a thousand posts is one round trip, not a thousand.
        """
        where, args = _post_filter(states, since)
        grouped = self._db.dialect.group_object("state", "n")
        counts = (
            f"(SELECT {grouped} FROM (SELECT state, COUNT(*) AS n FROM deliveries d "  # noqa: S608 - the dialect's constant
            "WHERE d.post_id = p.id GROUP BY state) AS per_state)"
        )
        with self._db.lock:
            # Only fixed clauses and "?" placeholders are joined; values travel as parameters.
            query = (
                f"SELECT p.*, {counts} AS delivery_counts FROM posts p{where} "  # noqa: S608
                "ORDER BY p.created_at, p.id"
            )
            rows = self._db.execute(query, args).fetchall()
        return [
            PostSummary(
                post=_post_record(row),
                deliveries=json.loads(row["delivery_counts"]) if row["delivery_counts"] else {},
            )
            for row in rows
        ]

    def load_post(self, post_id: str) -> Post:
        """The stored post with its image bytes, exactly as submitted."""
        with self._db.lock:
            row = self._db.execute("SELECT content FROM posts WHERE id = ?", (post_id,)).fetchone()
            if row is None:
                raise LedgerError(f"no post {post_id!r} in the ledger")
            data = json.loads(row["content"])
            for image in [data.get("cover"), *data.get("images", [])]:
                if image and image.get("sha256") and not _remote(image.get("src")):
                    blob = self._db.execute(
                        "SELECT data FROM post_images WHERE sha256 = ?", (image["sha256"],)
                    ).fetchone()
                    if blob is None:
                        raise LedgerError(
                            f"post {post_id}: image {image['sha256'][:12]}… is missing"
                        )
                    image["data"] = bytes(blob["data"])
        data["cover"] = Image.model_validate(data["cover"]) if data.get("cover") else None
        data["images"] = [Image.model_validate(i) for i in data.get("images", [])]
        return Post.model_validate(data)

    def set_post_state(
        self, post_id: str, state: PostState, *, actor: str, reason: str | None = None
    ) -> None:
        """Move a post to ``state`` (audited)."""
        with self.transaction() as conn:
            changed = conn.execute(
                "UPDATE posts SET state = ?, reason = ? WHERE id = ? AND state != ?",
                (state, reason, post_id, state),
            ).rowcount
            if changed:
                self.audit(
                    actor=actor, action=f"post.{state}", subject=post_id, details={"reason": reason}
                )

    def due_posts(self, now: datetime) -> list[PostRecord]:
        """Scheduled posts whose ``publish_at`` has come."""
        with self._db.lock:
            rows = self._db.execute(
                "SELECT * FROM posts WHERE state = 'scheduled' AND publish_at <= ? "
                "ORDER BY publish_at",
                (_iso(now),),
            ).fetchall()
        return [_post_record(row) for row in rows]

    # -- deliveries ----------------------------------------------------------

    def deliveries(
        self, *, post_id: str | None = None, states: Sequence[str] | None = None
    ) -> list[DeliveryRecord]:
        """Deliveries, optionally of one post and/or in some states, oldest first."""
        clauses, args = [], []
        if post_id is not None:
            clauses.append("post_id = ?")
            args.append(post_id)
        if states:
            clauses.append(f"state IN ({','.join('?' * len(states))})")
            args.extend(states)
        where = f" WHERE {' AND '.join(clauses)}" if clauses else ""
        with self._db.lock:
            # Only fixed clauses and "?" placeholders are joined; values travel as parameters.
            query = f"SELECT * FROM deliveries{where} ORDER BY created_at, account_id"  # noqa: S608
            rows = self._db.execute(query, args).fetchall()
        return [_delivery_record(row) for row in rows]

    def get_delivery(self, delivery_id: str) -> DeliveryRecord:
        """One delivery; ``LedgerError`` if unknown."""
        with self._db.lock:
            row = self._db.execute(
                "SELECT * FROM deliveries WHERE id = ?", (delivery_id,)
            ).fetchone()
        if row is None:
            raise LedgerError(f"no delivery {delivery_id!r} in the ledger")
        return _delivery_record(row)

    def _locked_delivery(self, delivery_id: str) -> DeliveryRecord:
        """The delivery, its row locked until the transaction ends (other workers wait)."""
        lock = self._db.dialect.for_update
        row = self._db.row(f"SELECT * FROM deliveries WHERE id = ?{lock}", (delivery_id,))  # noqa: S608 - a constant
        if row is None:
            raise LedgerError(f"no delivery {delivery_id!r} in the ledger")
        return _delivery_record(row)

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
        now = _instant(self._clock())
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
                    "next_attempt_at": _iso(next_attempt_at),
                    **({} if attempt is None else {"attempt": _attempt_details(**attempt)}),
                    **(details or {}),
                },
            )
            return _moved(current, change) if row is _APPLIED else _delivery_record(row)

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
        args: list[Any] = [change.state, now, _iso(change.next_attempt_at)]
        for column, value in (
            ("platform_post_id", platform_post_id),
            ("url", change.url),
            ("last_error", None if change.error is None else _json(change.error)),
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
            else:  # stored exact, as _json(value, redacted=False) would write it
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

    def owner_of(
        self, account_id: str, platform_post_id: str, *, exclude: str | None = None
    ) -> DeliveryRecord | None:
        """The delivery that recorded ``platform_post_id`` on ``account_id`` (but ``exclude``)."""
        with self._db.lock:
            row = self._db.execute(
                "SELECT * FROM deliveries WHERE account_id = ? AND platform_post_id = ? "
                "AND (CAST(? AS TEXT) IS NULL OR id <> ?)",
                (account_id, platform_post_id, exclude, exclude),
            ).fetchone()
        return None if row is None else _delivery_record(row)

    def copies_of(
        self,
        content_key: str,
        *,
        accounts: Sequence[str],
        since: datetime,
        exclude_post: str,
    ) -> list[DeliveryRecord]:
        """Deliveries of *other* posts with this content key to these accounts since ``since``.

        Counted: deliveries that reached the account or are on their way
        (planned, sending, accepted, unknown, published, and published ones being
        or not yet retracted); not the failed, skipped, cancelled, removed or
        retracted ones.
        """
        if not accounts:
            return []
        marks = ",".join("?" * len(accounts))
        # Only fixed clauses and "?" placeholders are joined; values travel as parameters.
        query = (
            "SELECT d.* FROM deliveries AS d JOIN posts AS p ON p.id = d.post_id "  # noqa: S608
            f"WHERE p.content_key = ? AND p.id != ? AND d.account_id IN ({marks}) "
            "AND d.state NOT IN ('failed', 'skipped', 'cancelled', 'removed', 'retracted') "
            "AND COALESCE(d.published_at, d.created_at) >= ? "
            "ORDER BY d.created_at, d.account_id"
        )
        with self._db.lock:
            rows = self._db.execute(
                query, (content_key, exclude_post, *accounts, _iso(since))
            ).fetchall()
        return [_delivery_record(row) for row in rows]

    def find_by_step(self, account_id: str, step: str, value: str) -> DeliveryRecord | None:
        """The delivery of ``account_id`` whose saved ``step`` is ``value`` (a platform's push)."""
        saved, key = self._db.dialect.json_text("steps", step)
        row = self._db.row(
            f"SELECT * FROM deliveries WHERE account_id = ? AND {saved} = ? "  # noqa: S608 - fixed
            "ORDER BY created_at LIMIT 1",
            (account_id, *key, value),
        )
        return None if row is None else _delivery_record(row)

    def save_step(self, delivery_id: str, name: str, value: Any) -> None:
        """Persist one platform step's reference before the adapter moves on (``None`` forgets)."""
        steps, params = self._steps_update({name: value})
        with self.transaction() as conn:
            changed = conn.execute(
                f"UPDATE deliveries SET steps = {steps}, updated_at = ? WHERE id = ?",  # noqa: S608
                (*params, _iso(self._clock()), delivery_id),
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
                _instant(self._clock()),
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

    def attempts(self, delivery_id: str) -> list[dict[str, Any]]:
        """The recorded platform calls of one delivery, in order."""
        with self._db.lock:
            rows = self._db.execute(
                "SELECT operation, outcome, error, wait, at FROM attempts "
                "WHERE delivery_id = ? ORDER BY id",
                (delivery_id,),
            ).fetchall()
        return [
            {**dict(row), "error": json.loads(row["error"]) if row["error"] else None}
            for row in rows
        ]

    def claim(self, delivery_ids: Sequence[str], *, owner: str, lease_seconds: float) -> list[str]:
        """Lease deliveries to ``owner``; a dead process's lease (same host) is taken over.

        Set-based: the leases of up to :data:`_CHUNK` deliveries are read in one
        query and the free ones taken in one update (the in-process dispatcher
        claims a whole post's deliveries at once).
        """
        now = self._clock()
        until = _iso(now + timedelta(seconds=lease_seconds))
        lock = self._db.dialect.for_update  # a constant of the dialect
        free: set[str] = set()
        with self.transaction() as conn:
            for chunk in _chunks(delivery_ids):
                marks = ",".join("?" * len(chunk))
                # Only "?" placeholders and the dialect's constant are joined.
                rows = conn.execute(
                    f"SELECT id, owner, lease_until FROM deliveries WHERE id IN ({marks}){lock}",  # noqa: S608
                    chunk,
                ).fetchall()
                taken = [row["id"] for row in rows if _lease_free(row, owner, now)]
                if taken:
                    conn.execute(
                        "UPDATE deliveries SET owner = ?, lease_until = ? "  # noqa: S608
                        f"WHERE id IN ({','.join('?' * len(taken))})",
                        (owner, until, *taken),
                    )
                    free.update(taken)
        return [delivery_id for delivery_id in delivery_ids if delivery_id in free]

    def lease(
        self, delivery_id: str, *, owner: str, lease_seconds: float
    ) -> tuple[DeliveryRecord, bool]:
        """:meth:`claim` one delivery and read it: the record as stored, and whether it is ours.

        A free, expired or own lease is taken and the row returned by one
        statement (a worker's every job starts here); a lease another holder
        has not let expire goes through :meth:`claim`, which takes it over
        only from a process that is gone.  ``LedgerError`` if unknown.
        """
        now = self._clock()
        until = _iso(now + timedelta(seconds=lease_seconds))
        with self._db.lock:
            row = self._db.execute(
                "UPDATE deliveries SET owner = ?, lease_until = ? WHERE id = ? AND "
                "(owner IS NULL OR owner = ? OR lease_until IS NULL OR lease_until <= ?) "
                "RETURNING *",
                (owner, until, delivery_id, owner, _iso(now)),
            ).fetchone()
        if row is not None:
            return _delivery_record(row), True
        taken = self.claim([delivery_id], owner=owner, lease_seconds=lease_seconds)
        return self.get_delivery(delivery_id), bool(taken)

    def release(self, *, owner: str, delivery_ids: Sequence[str] | None = None) -> None:
        """Give back every delivery ``owner`` holds (or only ``delivery_ids`` of them)."""
        if delivery_ids is None:
            self._db.execute(
                "UPDATE deliveries SET owner = NULL, lease_until = NULL WHERE owner = ?", (owner,)
            )
            return
        chunks = list(_chunks(delivery_ids))
        with self.transaction() if len(chunks) > 1 else nullcontext():  # one statement: atomic
            for chunk in chunks:
                self._db.execute(
                    "UPDATE deliveries SET owner = NULL, lease_until = NULL "  # noqa: S608
                    f"WHERE owner = ? AND id IN ({','.join('?' * len(chunk))})",
                    (owner, *chunk),
                )

    def published_since(self, account_id: str, since: datetime) -> list[datetime]:
        """Publication times of ``account_id`` after ``since``, oldest first."""
        with self._db.lock:
            rows = self._db.execute(
                "SELECT published_at FROM deliveries WHERE account_id = ? AND published_at >= ? "
                "ORDER BY published_at",
                (account_id, _iso(since)),
            ).fetchall()
        return [datetime.fromisoformat(row["published_at"]) for row in rows]

    # -- freeze --------------------------------------------------------------

    def freeze(self, *, reason: str, actor: str) -> FreezeState:
        """Stop all sending until :meth:`unfreeze`."""
        if not reason.strip():
            raise LedgerError("a freeze needs a reason")
        now = self._clock()
        with self.transaction() as conn:
            conn.execute(
                'INSERT INTO "freeze"(id, reason, actor, since) VALUES (1, ?, ?, ?) '
                "ON CONFLICT(id) DO UPDATE SET reason = excluded.reason, actor = excluded.actor",
                (reason, actor, _iso(now)),
            )
            self.audit(
                actor=actor, action="matrix.frozen", subject="matrix", details={"reason": reason}
            )
        state = self.frozen()
        assert state is not None  # noqa: S101 - written above
        return state

    def unfreeze(self, *, actor: str) -> None:
        """Lift the emergency stop."""
        with self.transaction() as conn:
            if conn.execute('DELETE FROM "freeze" WHERE id = 1').rowcount:
                self.audit(actor=actor, action="matrix.unfrozen", subject="matrix", details={})

    def frozen(self) -> FreezeState | None:
        """The emergency stop in force, if any."""
        with self._db.lock:
            row = self._db.execute(
                'SELECT reason, actor, since FROM "freeze" WHERE id = 1'
            ).fetchone()
        if row is None:
            return None
        return FreezeState(
            reason=row["reason"], actor=row["actor"], since=datetime.fromisoformat(row["since"])
        )

    def close(self) -> None:
        """Close the connection (idempotent)."""
        self._db.close()


def _planned_record(
    key: str, post_id: str, plan: DeliveryPlan, at: datetime | None
) -> DeliveryRecord:
    """The record of the row :meth:`SqlLedger.submit` just inserted for ``plan``, as stored.

    ``at``: the plan's one instant, parsed once for all its rows.  Built as
    :func:`_delivery_record` builds one (without the frozen ``__init__``: 4.7 → 1.1 µs).
    """
    record: DeliveryRecord = object.__new__(DeliveryRecord)
    record.__dict__.update(
        id=key,
        post_id=post_id,
        account_id=plan.account_id,
        platform=plan.platform,
        state="skipped" if plan.skip_reason else "planned",
        attempts=0,
        platform_post_id=None,
        url=None,
        last_error=None,
        steps={},
        instruction=plan.skip_reason,
        created_at=at,
        updated_at=at,
        published_at=None,
        next_attempt_at=None,
        owner=None,
    )
    return record


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
    """An attempt's columns after ``delivery_id``, as :meth:`SqlLedger._insert_attempt` writes.

    ``now``: the attempt's instant as :func:`_iso` writes it.
    """
    return (operation, outcome, None if error is None else _json(error), wait, now)


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


#: Ids per ``IN (…)`` list: far below SQLite's and PostgreSQL's limits on parameters.
_CHUNK = 500


def _chunks(ids: Sequence[str]) -> Iterator[list[str]]:
    """``ids`` (without repeats) in lists of at most :data:`_CHUNK`."""
    unique = list(dict.fromkeys(ids))
    for start in range(0, len(unique), _CHUNK):
        yield unique[start : start + _CHUNK]


def _lease_free(row: Any, owner: str, now: datetime) -> bool:
    """Whether the lease in ``row`` may be taken by ``owner``: none, its own, expired or dead."""
    holder, lease = row["owner"], _parse(row["lease_until"])
    return (
        holder is None
        or holder == owner
        or lease is None
        or lease <= now
        or not _holder_alive(holder)
    )


def _remote(src: object) -> bool:
    return isinstance(src, str) and src.lower().startswith(("http://", "https://"))


def _holder_alive(holder: str) -> bool:
    """Whether the process named in a lease (``host:pid:start``) may still be running."""
    host, _, rest = holder.partition(":")
    pid_text = rest.partition(":")[0]
    if host != socket.gethostname() or not pid_text.isdigit():
        return True
    try:
        os.kill(int(pid_text), 0)
    except ProcessLookupError:
        return False
    except PermissionError:
        return True
    return True


def _post_filter(states: Sequence[str] | None, since: datetime | None) -> tuple[str, list[str]]:
    """The ``WHERE`` clause (over ``posts p``) and its parameters for :meth:`SqliteLedger.posts`."""
    clauses: list[str] = []
    args: list[str] = []
    if states:
        clauses.append(f"p.state IN ({','.join('?' * len(states))})")
        args.extend(states)
    if since is not None:
        if since.utcoffset() is None:
            raise LedgerError("since has no time zone; give an aware datetime")
        clauses.append("p.created_at >= ?")  # stored as UTC text of one width: text order is time
        args.append(_iso(since) or "")
    return (f" WHERE {' AND '.join(clauses)}" if clauses else "", args)


#: The columns of a :class:`PostRecord` (not the post's content, which can be large).
_POST_COLUMNS = ", ".join(
    f"posts.{column}"
    for column in (
        "id",
        "digest",
        "category",
        "title",
        "state",
        "publish_at",
        "created_at",
        "approvals",
        "reason",
    )
)


def _post_record(row: Any) -> PostRecord:
    return PostRecord(
        id=row["id"],
        digest=row["digest"],
        category=row["category"],
        title=row["title"],
        state=row["state"],
        publish_at=_parse(row["publish_at"]),
        created_at=datetime.fromisoformat(row["created_at"]),
        approvals=tuple(json.loads(row["approvals"])),
        reason=row["reason"],
    )


#: What :meth:`SqlLedger._update_delivery` returns for an update applied and not read back.
_APPLIED = object()


def _moved(held: DeliveryRecord, change: _Change) -> DeliveryRecord:
    """``held`` with ``change`` applied, each column as a read of the updated row would give it.

    Built like :func:`_delivery_record` (no frozen ``__init__``); a test holds it equal
    to the row read back.
    """
    record: DeliveryRecord = object.__new__(DeliveryRecord)
    fields = dict(held.__dict__)
    now = datetime.fromisoformat(change.now)
    fields.update(
        state=change.state,
        updated_at=now,
        next_attempt_at=_parse(_iso(change.next_attempt_at)),
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
        fields["last_error"] = json.loads(_json(change.error))
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


def _delivery_record(row: Any) -> DeliveryRecord:
    """The record of a ``deliveries`` row (every transition returns one; a list reads many).

    Built without the frozen dataclass's ``__init__``, which sets each of the
    sixteen fields through ``object.__setattr__``: the fields go into the new
    instance's ``__dict__`` at once (a test holds the result equal to the
    ``__init__``'s).
    """
    record: DeliveryRecord = object.__new__(DeliveryRecord)
    last_error = row["last_error"]
    record.__dict__.update(
        id=row["id"],
        post_id=row["post_id"],
        account_id=row["account_id"],
        platform=row["platform"],
        state=row["state"],
        attempts=row["attempts"],
        platform_post_id=row["platform_post_id"],
        url=row["url"],
        last_error=json.loads(last_error) if last_error else None,
        steps=json.loads(row["steps"]),
        instruction=row["instruction"],
        created_at=_parse(row["created_at"]),
        updated_at=_parse(row["updated_at"]),
        published_at=_parse(row["published_at"]),
        next_attempt_at=_parse(row["next_attempt_at"]),
        owner=row["owner"],
    )
    return record
