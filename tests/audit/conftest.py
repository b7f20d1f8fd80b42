"""An audit trail in a fresh SQLite file, with a clock that ticks one second per record."""

from __future__ import annotations

import sqlite3
from collections.abc import Iterator
from datetime import UTC, datetime, timedelta
from pathlib import Path

import pytest

from govpub import SqliteAuditTrail


class Tick:
    """A deterministic clock: 2026-03-04T01:00:00Z, then one second later per call."""

    def __init__(self) -> None:
        self.now = datetime(2026, 3, 4, 1, 0, tzinfo=UTC)

    def __call__(self) -> datetime:
        self.now += timedelta(seconds=1)
        return self.now


@pytest.fixture
def db(tmp_path: Path) -> Iterator[sqlite3.Connection]:
    conn = sqlite3.connect(tmp_path / "govpub.db")
    conn.execute("PRAGMA synchronous = OFF")  # tests need no durability; keeps the suite fast
    yield conn
    conn.close()


@pytest.fixture
def trail(db: sqlite3.Connection) -> SqliteAuditTrail:
    SqliteAuditTrail.ensure_schema(db)
    return SqliteAuditTrail(db, clock=Tick())


@pytest.fixture
def filled(trail: SqliteAuditTrail) -> SqliteAuditTrail:
    """Ten records of a plausible publication."""
    trail.append(actor="cms", action="post.submitted", subject="p_1", details={"category": "daily"})
    trail.append(
        actor="govpub", action="check.completed", subject="p_1", details={"blocked": False}
    )
    for reviewer, tier in (("张敏", 1), ("王芳", 2)):
        trail.append(
            actor=reviewer,
            action="approval.accepted",
            subject="p_1",
            details={"tier": tier, "key_id": "72af854ad840cb13"},
        )
    for account in ("wechat-city", "weibo-city", "app-city"):
        trail.append(
            actor="govpub",
            action="delivery.attempt",
            subject=f"p_1:{account}",
            details={"attempt": 1},
        )
    for account in ("wechat-city", "weibo-city", "app-city"):
        trail.append(
            actor="govpub",
            action="delivery.published",
            subject=f"p_1:{account}",
            details={"platform_post_id": f"{account}-42"},
        )
    return trail
