"""The ledger's inbox (政民互动): interactions and collection cursors, each change audited.

Written once for both stores (SQLite and PostgreSQL accept the same statements).
The guarantees:

* **stored once** — the primary key is derived from (platform, platform id)
  and the insert is ``ON CONFLICT DO NOTHING``: a second collection of the same
  comment changes nothing and is not audited again;
* **the cursor moves with what it covers** — :meth:`SqlInbox.record_interactions`
  stores a page and advances the account's cursor in one transaction, so a
  crash between the two is impossible;
* **a reply is recorded before it is sent** — :meth:`SqlInbox.intend_reply`
  commits ``reply_state = 'intended'`` (with the text and approvals) before
  the adapter is called; :meth:`SqlInbox.record_reply` then commits ``sent``,
  ``unknown`` or ``failed``.  A process killed in between leaves ``intended``,
  which the next run reconciles with the platform before any re-send
  (:mod:`govpub.inbox.replies`);
* **approved answers are kept** — a reply recorded as sent with its approvals
  joins the answer library (``answers``) in the same transaction
  (:mod:`govpub.inbox.answers`).
"""

from __future__ import annotations

import json
from collections.abc import Callable, Mapping, Sequence
from datetime import date, datetime
from typing import Any

from govpub.errors import LedgerError
from govpub.interactions import (
    OPEN_STATES,
    Answer,
    Interaction,
    NewInteraction,
    ReplyState,
    answer_id,
)
from govpub.ledger.sql_core import SqlCore
from govpub.ledger.sql_rows import iso

__all__ = ["SqlInbox"]

_PENDING_REPLY = ("intended", "unknown")


class SqlInbox(SqlCore):
    """``interactions`` and ``inbox_cursors`` access for :class:`~govpub.ledger.sql.SqlLedger`."""

    def record_interactions(
        self,
        items: Sequence[NewInteraction],
        *,
        profile: str,
        due: Callable[[datetime], date],
        actor: str,
        cursor: tuple[str, str, str] | None = None,
    ) -> list[Interaction]:
        """Store what is new of ``items`` and move ``cursor`` (account, channel, position).

        ``due`` gives the reply deadline of a message received at a time (from
        the rule profile ``profile``).  Returns the interactions stored by this
        call; those already in the ledger are left as they are.  Each new one
        is linked to its govpub post when a delivery of the same account has
        its ``platform_post_id``, and audited as ``inbox.received`` (without
        the text: the trail is for who did what, the ledger keeps the words).
        """
        now = iso(self._clock())
        stored: list[Interaction] = []
        with self.transaction() as conn:
            for item in items:
                post_id = None
                if item.platform_post_id:
                    row = conn.execute(
                        "SELECT post_id FROM deliveries WHERE account_id = ? "
                        "AND platform_post_id = ?",
                        (item.account_id, item.platform_post_id),
                    ).fetchone()
                    post_id = row["post_id"] if row is not None else None
                due_on = due(item.received_at)
                answered = item.reply_text is not None
                inserted = conn.execute(
                    "INSERT INTO interactions(id, platform, account_id, platform_id, kind, author, "
                    "text, received_at, collected_at, platform_post_id, post_id, state, profile, "
                    "due_on, reference, reply_text, reply_state, replied_at, updated_at) "
                    "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?) "
                    "ON CONFLICT DO NOTHING",
                    (
                        item.id,
                        item.platform,
                        item.account_id,
                        item.platform_id,
                        item.kind,
                        item.author,
                        item.text,
                        iso(item.received_at),
                        now,
                        item.platform_post_id,
                        post_id,
                        "replied" if answered else "new",
                        profile,
                        due_on.isoformat(),
                        _dumps(dict(item.reference)),
                        item.reply_text,
                        "sent" if answered else None,
                        iso(item.replied_at or self._clock()) if answered else None,
                        now,
                    ),
                ).rowcount
                if not inserted:
                    continue
                self.audit(
                    actor=actor,
                    action="inbox.received",
                    subject=item.id,
                    details={
                        "platform": item.platform,
                        "account": item.account_id,
                        "platform_id": item.platform_id,
                        "kind": item.kind,
                        "post_id": post_id,
                        "profile": profile,
                        "due_on": due_on.isoformat(),
                        "answered_on_platform": answered,
                    },
                )
                stored.append(self.interaction(item.id))
            if cursor is not None:
                account_id, channel, position = cursor
                conn.execute(
                    "INSERT INTO inbox_cursors(account_id, channel, position, updated_at) "
                    "VALUES (?, ?, ?, ?) ON CONFLICT(account_id, channel) DO UPDATE SET "
                    "position = excluded.position, updated_at = excluded.updated_at",
                    (account_id, channel, position, now),
                )
        return stored

    def inbox_cursor(self, account_id: str, channel: str) -> str | None:
        """Where the account's collection on ``channel`` stopped (``None``: from the start)."""
        row = self._db.row(
            "SELECT position FROM inbox_cursors WHERE account_id = ? AND channel = ?",
            (account_id, channel),
        )
        return None if row is None else str(row["position"])

    def interaction(self, interaction_id: str) -> Interaction:
        """One interaction; ``LedgerError`` naming the id if there is none."""
        row = self._db.row("SELECT * FROM interactions WHERE id = ?", (interaction_id,))
        if row is None:
            raise LedgerError(f"no interaction {interaction_id!r} in the ledger {self.path}")
        return _interaction(row)

    def find_interactions(self, prefix: str) -> list[Interaction]:
        """Interactions whose id starts with ``prefix`` (how people type ids)."""
        escaped = prefix.replace("!", "!!").replace("%", "!%").replace("_", "!_")
        rows = self._db.rows(
            "SELECT * FROM interactions WHERE id LIKE ? ESCAPE '!' ORDER BY id LIMIT 10",
            (escaped + "%",),
        )
        return [_interaction(row) for row in rows]

    def interactions(
        self,
        *,
        account_id: str | None = None,
        open_only: bool = False,
        due_before: date | None = None,
        pending_reply: bool = False,
    ) -> list[Interaction]:
        """Interactions by time received, oldest first, filtered as asked.

        ``due_before``: open ones whose deadline is before that date (overdue
        on that day).  ``pending_reply``: a reply intended or of unknown outcome
        (what a resume must reconcile).
        """
        clauses: list[str] = []
        args: list[Any] = []
        if account_id is not None:
            clauses.append("account_id = ?")
            args.append(account_id)
        if open_only or due_before is not None:
            clauses.append("state IN (?, ?)")
            args.extend(sorted(OPEN_STATES))
        if due_before is not None:
            clauses.append("due_on < ?")
            args.append(due_before.isoformat())
        if pending_reply:
            clauses.append("reply_state IN (?, ?)")
            args.extend(_PENDING_REPLY)
        where = f" WHERE {' AND '.join(clauses)}" if clauses else ""
        query = f"SELECT * FROM interactions{where} ORDER BY received_at, id"  # noqa: S608 - fixed clauses
        return [_interaction(row) for row in self._db.rows(query, args)]

    def assign_interaction(self, interaction_id: str, *, assignee: str, actor: str) -> Interaction:
        """Give an open interaction to ``assignee`` (audited ``inbox.assigned``)."""
        with self.transaction() as conn:
            current = self._locked(interaction_id)
            if not current.is_open:
                raise LedgerError(
                    f"interaction {interaction_id} is {current.state}; only an open one "
                    "(new, assigned) can be assigned"
                )
            conn.execute(
                "UPDATE interactions SET state = 'assigned', assignee = ?, updated_at = ? "
                "WHERE id = ?",
                (assignee, iso(self._clock()), interaction_id),
            )
            self.audit(
                actor=actor,
                action="inbox.assigned",
                subject=interaction_id,
                details={"assignee": assignee, "from": current.state},
            )
        return self.interaction(interaction_id)

    def close_interaction(self, interaction_id: str, *, reason: str, actor: str) -> Interaction:
        """End an interaction: ``no_reply_needed`` if never answered, else ``closed`` (audited).

        ``reason`` is required (an unanswered message closed without one is what
        inspectors call 互动回应差).  A reply still in flight must settle first.
        """
        if not reason.strip():
            raise LedgerError(f"closing interaction {interaction_id} needs a reason")
        with self.transaction() as conn:
            current = self._locked(interaction_id)
            if current.reply_state in _PENDING_REPLY:
                raise LedgerError(
                    f"interaction {interaction_id} has a reply whose outcome is "
                    f"{current.reply_state}; run `govpub inbox sync` to reconcile it first"
                )
            if current.state in ("closed", "no_reply_needed"):
                raise LedgerError(f"interaction {interaction_id} is already {current.state}")
            state = "closed" if current.state == "replied" else "no_reply_needed"
            conn.execute(
                "UPDATE interactions SET state = ?, reason = ?, updated_at = ? WHERE id = ?",
                (state, reason, iso(self._clock()), interaction_id),
            )
            self.audit(
                actor=actor,
                action=f"inbox.{state}",
                subject=interaction_id,
                details={"reason": reason, "from": current.state},
            )
        return self.interaction(interaction_id)

    def intend_reply(
        self,
        interaction_id: str,
        *,
        text: str,
        approvals: Sequence[Mapping[str, Any]],
        actor: str,
        check: Callable[[Interaction], None] | None = None,
    ) -> Interaction:
        """Record the reply about to be sent (``reply_state = 'intended'``), before any send.

        Refused when the interaction is closed, already answered, or has a reply
        in flight (``intended``/``unknown``: reconcile that one first) — so two
        editors cannot both send.  ``check`` vets the current record inside the
        transaction.
        """
        with self.transaction() as conn:
            current = self._locked(interaction_id)
            if current.reply_state in _PENDING_REPLY:
                raise LedgerError(
                    f"interaction {interaction_id} already has a reply in flight "
                    f"({current.reply_state}); run `govpub inbox sync` to reconcile it"
                )
            if not current.is_open:
                raise LedgerError(
                    f"interaction {interaction_id} is {current.state}; only an open one "
                    "(new, assigned) can be answered"
                )
            if check is not None:
                check(current)
            conn.execute(
                "UPDATE interactions SET reply_text = ?, reply_state = 'intended', "
                "reply_approvals = ?, reply_platform_id = NULL, updated_at = ? WHERE id = ?",
                (
                    text,
                    _dumps(list(approvals)),
                    iso(self._clock()),
                    interaction_id,
                ),
            )
            self.audit(
                actor=actor,
                action="inbox.reply_intended",
                subject=interaction_id,
                details={
                    "text": text,
                    "approvals": [_approval_summary(a) for a in approvals],
                },
            )
        return self.interaction(interaction_id)

    def record_reply(
        self,
        interaction_id: str,
        *,
        outcome: ReplyState,
        actor: str,
        platform_reply_id: str | None = None,
        error: Mapping[str, Any] | None = None,
    ) -> Interaction:
        """Record what the send of an intended reply did (audited ``inbox.reply_<outcome>``).

        ``sent`` moves the interaction to ``replied``; ``unknown`` keeps it open
        with the reply in flight (reconcile before any re-send); ``failed`` keeps
        it open and lets a corrected reply be intended.
        """
        if outcome == "intended":
            raise LedgerError("record_reply records an outcome: sent, unknown or failed")
        now = iso(self._clock())
        with self.transaction() as conn:
            current = self._locked(interaction_id)
            if current.reply_state not in _PENDING_REPLY:
                raise LedgerError(
                    f"interaction {interaction_id} has no reply in flight "
                    f"(reply state {current.reply_state})"
                )
            if outcome == "sent":
                conn.execute(
                    "UPDATE interactions SET reply_state = 'sent', state = 'replied', "
                    "reply_platform_id = ?, replied_at = ?, updated_at = ? WHERE id = ?",
                    (platform_reply_id, now, now, interaction_id),
                )
                self._keep_answer(current, now)
            else:
                conn.execute(
                    "UPDATE interactions SET reply_state = ?, updated_at = ? WHERE id = ?",
                    (outcome, now, interaction_id),
                )
            self.audit(
                actor=actor,
                action=f"inbox.reply_{outcome}",
                subject=interaction_id,
                details={"platform_reply_id": platform_reply_id, "error": dict(error or {})},
            )
        return self.interaction(interaction_id)

    def _keep_answer(self, interaction: Interaction, now: str) -> None:
        """An approved reply that went out joins the answer library (咨询答问库)."""
        reviewers = [
            str(a.get("reviewer")) for a in interaction.reply_approvals if a.get("reviewer")
        ]
        if not reviewers or not interaction.reply_text:
            return
        self._db.execute(
            "INSERT INTO answers(id, question, answer, interaction_id, account_id, reviewers, "
            "created_at) VALUES (?, ?, ?, ?, ?, ?, ?) ON CONFLICT DO NOTHING",
            (
                answer_id(interaction.text, interaction.reply_text),
                interaction.text,
                interaction.reply_text,
                interaction.id,
                interaction.account_id,
                _dumps(reviewers),
                now,
            ),
        )

    def answers(self) -> list[Answer]:
        """The answer library, oldest first."""
        rows = self._db.rows("SELECT * FROM answers ORDER BY created_at, id")
        return [
            Answer(
                id=row["id"],
                question=row["question"],
                answer=row["answer"],
                created_at=datetime.fromisoformat(row["created_at"]),
                interaction_id=row["interaction_id"],
                account_id=row["account_id"],
                reviewers=tuple(json.loads(row["reviewers"])),
            )
            for row in rows
        ]

    def _locked(self, interaction_id: str) -> Interaction:
        """The interaction, row-locked for the current transaction (PostgreSQL)."""
        row = self._db.row(
            f"SELECT * FROM interactions WHERE id = ?{self._db.dialect.for_update}",  # noqa: S608 - a dialect constant
            (interaction_id,),
        )
        if row is None:
            raise LedgerError(f"no interaction {interaction_id!r} in the ledger {self.path}")
        return _interaction(row)


def _dumps(value: Any) -> str:
    return json.dumps(value, ensure_ascii=False, sort_keys=True, default=str)


def _approval_summary(approval: Mapping[str, Any]) -> dict[str, Any]:
    return {k: approval.get(k) for k in ("reviewer", "role", "key_id", "digest") if k in approval}


def _time(value: str | None) -> datetime | None:
    return None if value is None else datetime.fromisoformat(value)


def _interaction(row: Any) -> Interaction:
    received = datetime.fromisoformat(row["received_at"])
    return Interaction(
        id=row["id"],
        platform=row["platform"],
        account_id=row["account_id"],
        platform_id=row["platform_id"],
        kind=row["kind"],
        author=row["author"],
        text=row["text"],
        received_at=received,
        collected_at=datetime.fromisoformat(row["collected_at"]),
        state=row["state"],
        profile=row["profile"],
        due_on=date.fromisoformat(row["due_on"]),
        updated_at=datetime.fromisoformat(row["updated_at"]),
        platform_post_id=row["platform_post_id"],
        post_id=row["post_id"],
        assignee=row["assignee"],
        reason=row["reason"],
        reference=json.loads(row["reference"]),
        reply_text=row["reply_text"],
        reply_state=row["reply_state"],
        reply_platform_id=row["reply_platform_id"],
        replied_at=_time(row["replied_at"]),
        reply_approvals=tuple(json.loads(row["reply_approvals"])),
    )
