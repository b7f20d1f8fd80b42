"""The ledger's posts: submitted once with their plan, read back, moved between states.

A post and its planned deliveries are stored in one transaction (with their
jobs, on a store with workers' queue), so there is never a plan without its
post or a post without its plan.  The deliveries' own moves are
:mod:`~govpub.ledger.sql_transitions`.
"""

from __future__ import annotations

import json
from collections.abc import Mapping, Sequence
from datetime import datetime
from typing import Any

from govpub.errors import LedgerError
from govpub.ledger import queue
from govpub.ledger.records import (
    DeliveryPlan,
    DeliveryRecord,
    FreezeState,
    PostRecord,
    PostState,
    PostSummary,
)
from govpub.ledger.sql_core import SqlCore
from govpub.ledger.sql_rows import POST_COLUMNS, column_json, iso_or_none, parse_iso, post_record
from govpub.model import Image, Post

__all__ = ["SqlPosts", "delivery_key"]


def delivery_key(post_id: str, account_id: str) -> str:
    """The stable id of one (post, account) delivery: same on every retry and restart.

    It doubles as the own app's ``Idempotency-Key`` and ``webhook-id``, so it
    has no ``.`` (Standard Webhooks forbids it in ids).
    """
    import hashlib  # noqa: PLC0415 - only here

    digest = hashlib.sha256(f"{post_id}\0{account_id}".encode()).hexdigest()
    return f"dlv_{digest[:32]}"


class SqlPosts(SqlCore):
    """``posts`` and ``post_images`` access for :class:`~govpub.ledger.sql.SqlLedger`."""

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
        now = iso_or_none(self._clock())
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
                        iso_or_none(post.publish_at),
                        now,
                        content,
                        column_json(list(approvals), redacted=False),
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
                    (column_json(list(approvals), redacted=False), post.id),
                )
            # a new post's deliveries are the rows inserted here, in the order a read would
            # give them (created_at is one instant, then the account id): no read back
            known = row is None and self._db.dialect.sorts_text_by_code_point
            planned: list[DeliveryRecord] | None = [] if known else None
            at = parse_iso(now)
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
                f"SELECT {POST_COLUMNS} FROM posts WHERE id = ?",  # noqa: S608 - a constant
                (post_id,),
            ).fetchone()
        return None if row is None else post_record(row)

    def post_and_freeze(self, post_id: str) -> tuple[PostRecord | None, FreezeState | None]:
        """:meth:`get_post` and :meth:`frozen` in one query: what a worker checks before a send."""
        with self._db.lock:
            row = self._db.execute(
                f"SELECT {POST_COLUMNS}, f.reason AS freeze_reason, f.actor AS freeze_actor, "  # noqa: S608 - constants
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
        return post_record(row), frozen

    def posts(
        self, *, states: Sequence[str] | None = None, since: datetime | None = None
    ) -> list[PostRecord]:
        """Stored posts, oldest first: only those in ``states``, created at or after ``since``."""
        where, args = _post_filter(states, since)
        with self._db.lock:
            # Only fixed clauses and "?" placeholders are joined; values travel as parameters.
            query = f"SELECT * FROM posts p{where} ORDER BY p.created_at, p.id"  # noqa: S608
            rows = self._db.execute(query, args).fetchall()
        return [post_record(row) for row in rows]

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
                post=post_record(row),
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
                (iso_or_none(now),),
            ).fetchall()
        return [post_record(row) for row in rows]


def _planned_record(
    key: str, post_id: str, plan: DeliveryPlan, at: datetime | None
) -> DeliveryRecord:
    """The record of the row :meth:`SqlPosts.submit` just inserted for ``plan``, as stored.

    ``at``: the plan's one instant, parsed once for all its rows.  Built as
    :func:`delivery_record` builds one (without the frozen ``__init__``: 4.7 → 1.1 µs).
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


def _remote(src: object) -> bool:
    return isinstance(src, str) and src.lower().startswith(("http://", "https://"))


def _post_filter(states: Sequence[str] | None, since: datetime | None) -> tuple[str, list[str]]:
    """The ``WHERE`` clause (over ``posts p``) and its parameters for :meth:`SqlPosts.posts`."""
    clauses: list[str] = []
    args: list[str] = []
    if states:
        clauses.append(f"p.state IN ({','.join('?' * len(states))})")
        args.extend(states)
    if since is not None:
        if since.utcoffset() is None:
            raise LedgerError("since has no time zone; give an aware datetime")
        clauses.append("p.created_at >= ?")  # stored as UTC text of one width: text order is time
        args.append(iso_or_none(since) or "")
    return (f" WHERE {' AND '.join(clauses)}" if clauses else "", args)
