"""The ledger's SQLite schema and its migrations, in one place.

Each component that keeps tables in the store (the ledger, the audit trail)
records its schema version in ``schema_versions``; a migration is a list of
statements run in one transaction when the stored version is older.

Versions: 1 — posts, images, deliveries, attempts, freeze; 2 — ``filings``, the
account lifecycle events (开设、变更、关停、注销) that must be filed (备案) with
the national system (国办发〔2018〕123号; :mod:`govpub.health.filings`); 3 — one
platform post, one delivery: a unique (account, platform post id), and each
post's ``content_key`` (its normalised title and body) for the duplicate-content
guard; 4 — the inbox of public interactions (政民互动): ``interactions`` (one
row per comment or message, unique per platform id), ``answers`` (the answer
library, 咨询答问库) and ``inbox_cursors`` (where each account's collection
stopped; :mod:`govpub.ledger.sql_inbox`).
A migration step is an SQL statement or a function of the connection.
"""

from __future__ import annotations

import json
import sqlite3
from collections.abc import Callable

from govpub.errors import LedgerError
from govpub.model import content_key

__all__ = ["INBOX_TABLES", "LEDGER_SCHEMA_VERSION", "migrate"]

LEDGER_SCHEMA_VERSION = 4

Step = str | Callable[[sqlite3.Connection], None]

#: Version 4, written once for both stores (the column types both accept).
INBOX_TABLES: tuple[str, ...] = (
    """CREATE TABLE IF NOT EXISTS interactions (
        id TEXT PRIMARY KEY,
        platform TEXT NOT NULL,
        account_id TEXT NOT NULL,
        platform_id TEXT NOT NULL,
        kind TEXT NOT NULL CHECK (kind IN ('comment', 'mention', 'message')),
        author TEXT NOT NULL,
        text TEXT NOT NULL,
        received_at TEXT NOT NULL,
        collected_at TEXT NOT NULL,
        platform_post_id TEXT,
        post_id TEXT,
        state TEXT NOT NULL CHECK (state IN
            ('new', 'assigned', 'replied', 'closed', 'no_reply_needed')),
        assignee TEXT,
        reason TEXT,
        profile TEXT NOT NULL,
        due_on TEXT NOT NULL,
        reference TEXT NOT NULL DEFAULT '{}',
        reply_text TEXT,
        reply_state TEXT CHECK (reply_state IN ('intended', 'sent', 'unknown', 'failed')),
        reply_platform_id TEXT,
        replied_at TEXT,
        reply_approvals TEXT NOT NULL DEFAULT '[]',
        updated_at TEXT NOT NULL,
        UNIQUE (platform, platform_id)
    )""",
    "CREATE INDEX IF NOT EXISTS interactions_open ON interactions(state, due_on)",
    "CREATE INDEX IF NOT EXISTS interactions_account ON interactions(account_id, received_at)",
    """CREATE TABLE IF NOT EXISTS answers (
        id TEXT PRIMARY KEY,
        question TEXT NOT NULL,
        answer TEXT NOT NULL,
        interaction_id TEXT,
        account_id TEXT,
        reviewers TEXT NOT NULL DEFAULT '[]',
        created_at TEXT NOT NULL
    )""",
    """CREATE TABLE IF NOT EXISTS inbox_cursors (
        account_id TEXT NOT NULL,
        channel TEXT NOT NULL,
        position TEXT NOT NULL,
        updated_at TEXT NOT NULL,
        PRIMARY KEY (account_id, channel)
    )""",
)


def _fill_content_keys(conn: sqlite3.Connection) -> None:
    """Give the posts stored before version 3 their content key (from the stored content)."""
    rows = conn.execute("SELECT id, content FROM posts WHERE content_key IS NULL").fetchall()
    for post_id, content in rows:
        data = json.loads(content)
        key = content_key(str(data.get("title", "")), str(data.get("body", "")))
        conn.execute("UPDATE posts SET content_key = ? WHERE id = ?", (key, post_id))


def _release_doubly_claimed(conn: sqlite3.Connection) -> None:
    """Before the unique index: a platform post recorded for two deliveries keeps its first owner.

    Earlier versions could record a Weibo status found by text for a second,
    near-identical post.  The later deliveries lose the id (kept in their steps as
    ``conflicting_platform_post_id``) and say why, so a retraction never deletes
    another post's publication; an editor checks them by hand.
    """
    conn.execute(
        """UPDATE deliveries SET
            steps = json_set(steps, '$.conflicting_platform_post_id', platform_post_id),
            instruction = '平台内容 ' || platform_post_id || ' 已属于另一稿件的投递，'
                || '本条投递是否另有发布无法确认，请人工核对。',
            platform_post_id = NULL
        WHERE platform_post_id IS NOT NULL AND EXISTS (
            SELECT 1 FROM deliveries AS first
            WHERE first.account_id = deliveries.account_id
              AND first.platform_post_id = deliveries.platform_post_id
              AND (first.created_at < deliveries.created_at
                   OR (first.created_at = deliveries.created_at AND first.id < deliveries.id))
        )"""
    )


_MIGRATIONS: dict[int, tuple[Step, ...]] = {
    1: (
        """CREATE TABLE IF NOT EXISTS posts (
            id TEXT PRIMARY KEY,
            digest TEXT NOT NULL,
            category TEXT NOT NULL,
            title TEXT NOT NULL,
            state TEXT NOT NULL,
            publish_at TEXT,
            created_at TEXT NOT NULL,
            content TEXT NOT NULL,
            approvals TEXT NOT NULL DEFAULT '[]',
            reason TEXT
        )""",
        "CREATE INDEX IF NOT EXISTS posts_due ON posts(state, publish_at)",
        """CREATE TABLE IF NOT EXISTS post_images (
            sha256 TEXT PRIMARY KEY,
            data BLOB NOT NULL
        )""",
        """CREATE TABLE IF NOT EXISTS deliveries (
            id TEXT PRIMARY KEY,
            post_id TEXT NOT NULL REFERENCES posts(id),
            account_id TEXT NOT NULL,
            platform TEXT NOT NULL,
            state TEXT NOT NULL,
            attempts INTEGER NOT NULL DEFAULT 0,
            platform_post_id TEXT,
            url TEXT,
            last_error TEXT,
            steps TEXT NOT NULL DEFAULT '{}',
            instruction TEXT,
            created_at TEXT NOT NULL,
            updated_at TEXT NOT NULL,
            published_at TEXT,
            next_attempt_at TEXT,
            owner TEXT,
            lease_until TEXT,
            UNIQUE (post_id, account_id)
        )""",
        "CREATE INDEX IF NOT EXISTS deliveries_state ON deliveries(state)",
        "CREATE INDEX IF NOT EXISTS deliveries_account ON deliveries(account_id, published_at)",
        """CREATE TABLE IF NOT EXISTS attempts (
            id INTEGER PRIMARY KEY AUTOINCREMENT,
            delivery_id TEXT NOT NULL REFERENCES deliveries(id),
            operation TEXT NOT NULL,
            outcome TEXT NOT NULL,
            error TEXT,
            wait REAL,
            at TEXT NOT NULL
        )""",
        "CREATE INDEX IF NOT EXISTS attempts_delivery ON attempts(delivery_id)",
        """CREATE TABLE IF NOT EXISTS freeze (
            id INTEGER PRIMARY KEY CHECK (id = 1),
            reason TEXT NOT NULL,
            actor TEXT NOT NULL,
            since TEXT NOT NULL
        )""",
    ),
    2: (
        """CREATE TABLE IF NOT EXISTS filings (
            id INTEGER PRIMARY KEY AUTOINCREMENT,
            kind TEXT NOT NULL CHECK (kind IN ('opened', 'changed', 'closed', 'cancelled')),
            account_id TEXT NOT NULL,
            platform TEXT NOT NULL,
            account_name TEXT NOT NULL,
            unit TEXT NOT NULL,
            supervisor TEXT NOT NULL,
            event_date TEXT NOT NULL,
            changes TEXT NOT NULL DEFAULT '{}',
            reason TEXT NOT NULL,
            actor TEXT NOT NULL,
            recorded_at TEXT NOT NULL,
            filed_on TEXT,
            receipt TEXT
        )""",
        "CREATE INDEX IF NOT EXISTS filings_account ON filings(account_id, event_date, id)",
    ),
    3: (
        "ALTER TABLE posts ADD COLUMN content_key TEXT",
        _fill_content_keys,
        "CREATE INDEX IF NOT EXISTS posts_content_key ON posts(content_key)",
        _release_doubly_claimed,
        "CREATE UNIQUE INDEX IF NOT EXISTS deliveries_platform_post "
        "ON deliveries(account_id, platform_post_id) WHERE platform_post_id IS NOT NULL",
    ),
    4: INBOX_TABLES,
}


def migrate(conn: sqlite3.Connection) -> None:
    """Bring the ledger tables to :data:`LEDGER_SCHEMA_VERSION` (idempotent)."""
    conn.execute(
        "CREATE TABLE IF NOT EXISTS schema_versions "
        "(component TEXT PRIMARY KEY, version INTEGER NOT NULL)"
    )
    row = conn.execute("SELECT version FROM schema_versions WHERE component = 'ledger'").fetchone()
    current = int(row[0]) if row else 0
    if current > LEDGER_SCHEMA_VERSION:
        raise LedgerError(
            f"the ledger was written by a newer govpub "
            f"(schema {current} > {LEDGER_SCHEMA_VERSION}); upgrade govpub"
        )
    for version in range(current + 1, LEDGER_SCHEMA_VERSION + 1):
        conn.execute("BEGIN IMMEDIATE")
        try:
            # Another process opening the same new file may have migrated while this one
            # waited for the write lock: the version read above is stale, and running a
            # step twice would fail ("duplicate column name").  Read it again under the lock.
            row = conn.execute(
                "SELECT version FROM schema_versions WHERE component = 'ledger'"
            ).fetchone()
            if row is not None and int(row[0]) >= version:
                conn.execute("COMMIT")
                continue
            for step in _MIGRATIONS[version]:
                if isinstance(step, str):
                    conn.execute(step)
                else:
                    step(conn)
            conn.execute(
                "INSERT INTO schema_versions(component, version) VALUES ('ledger', ?) "
                "ON CONFLICT(component) DO UPDATE SET version = excluded.version",
                (version,),
            )
        except BaseException:
            conn.execute("ROLLBACK")
            raise
        conn.execute("COMMIT")
