"""One platform post, one delivery: the ledger's schema refuses a second owner.

Also the duplicate guard's query (``copies_of``) and the migration of a ledger
written before the rule existed.
"""

from __future__ import annotations

import sqlite3
from datetime import UTC, datetime, timedelta
from pathlib import Path

import pytest

from govpub import PlatformPostTakenError, Post
from govpub.ledger import DeliveryPlan, SqliteLedger
from govpub.ledger.schema import LEDGER_SCHEMA_VERSION


@pytest.fixture
def ledger(tmp_path: Path) -> SqliteLedger:
    return SqliteLedger(tmp_path / "l.db")


def published(ledger: SqliteLedger, post: Post, account: str, platform_id: str) -> str:
    _, [delivery] = ledger.submit(
        post, [DeliveryPlan(account, "weibo")], state="active", approvals=[], actor="t"
    )
    ledger.transition(delivery.id, "sending", actor="t", action="delivery.sending")
    ledger.transition(
        delivery.id,
        "published",
        actor="t",
        action="delivery.published",
        platform_post_id=platform_id,
    )
    return delivery.id


def test_a_second_delivery_with_the_same_platform_post_is_refused(ledger: SqliteLedger) -> None:
    first = published(ledger, Post(title="一"), "wb1", "5000000000000001")
    _, [second] = ledger.submit(
        Post(title="二"), [DeliveryPlan("wb1", "weibo")], state="active", approvals=[], actor="t"
    )
    ledger.transition(second.id, "sending", actor="t", action="delivery.sending")
    with pytest.raises(PlatformPostTakenError) as caught:
        ledger.transition(
            second.id,
            "published",
            actor="t",
            action="delivery.published",
            platform_post_id="5000000000000001",
        )
    assert (Post(title="一").id, "wb1") == (caught.value.owner_post_id, caught.value.account)
    assert "sending" == ledger.get_delivery(second.id).state  # nothing half-written
    assert first == ledger.owner_of("wb1", "5000000000000001").id  # type: ignore[union-attr]
    assert ledger.owner_of("wb1", "5000000000000001", exclude=first) is None


def test_the_schema_itself_refuses_a_second_owner(ledger: SqliteLedger, tmp_path: Path) -> None:
    """Not only the check in ``transition``: the store's unique index (another writer, raw SQL)."""
    published(ledger, Post(title="一"), "wb1", "X1")
    _, [second] = ledger.submit(
        Post(title="二"), [DeliveryPlan("wb1", "weibo")], state="active", approvals=[], actor="t"
    )
    ledger.close()
    with sqlite3.connect(tmp_path / "l.db") as conn, pytest.raises(sqlite3.IntegrityError):
        conn.execute("UPDATE deliveries SET platform_post_id = 'X1' WHERE id = ?", (second.id,))


def test_the_same_platform_id_on_another_account_is_another_post(ledger: SqliteLedger) -> None:
    published(ledger, Post(title="一"), "wb1", "X1")
    published(ledger, Post(title="二"), "wb2", "X1")  # ids are per account: no conflict


def test_copies_of_finds_live_deliveries_of_other_posts_with_the_same_text(
    ledger: SqliteLedger,
) -> None:
    original = Post(title="通知", body="正文")
    published(ledger, original, "wb1", "X1")
    copy = Post(title="通 知", body="正文", summary="新摘要")  # same text for the public
    since = datetime.now(UTC) - timedelta(days=1)
    found = ledger.copies_of(
        copy.content_key(), accounts=["wb1", "wb2"], since=since, exclude_post=copy.id
    )
    assert [("wb1", original.id)] == [(d.account_id, d.post_id) for d in found]
    assert [] == ledger.copies_of(
        copy.content_key(), accounts=["wb1"], since=since, exclude_post=original.id
    )
    later = datetime.now(UTC) + timedelta(seconds=1)
    assert [] == ledger.copies_of(
        copy.content_key(), accounts=["wb1"], since=later, exclude_post=copy.id
    )


def test_a_ledger_from_before_the_rule_keeps_the_first_owner(tmp_path: Path) -> None:
    """Migration 3: two deliveries with one status (the old Weibo bug) — the later loses it."""
    path = tmp_path / "old.db"
    ledger = SqliteLedger(path)
    first = published(ledger, Post(title="一"), "wb1", "X1")
    _, [second] = ledger.submit(
        Post(title="二"), [DeliveryPlan("wb1", "weibo")], state="active", approvals=[], actor="t"
    )
    ledger.close()
    with sqlite3.connect(path) as conn:  # make it a version-2 ledger that holds the bug
        conn.execute("DROP INDEX deliveries_platform_post")
        conn.execute("DROP INDEX posts_content_key")
        conn.execute("ALTER TABLE posts DROP COLUMN content_key")
        conn.execute("UPDATE schema_versions SET version = 2 WHERE component = 'ledger'")
        conn.execute(
            "UPDATE deliveries SET state = 'published', platform_post_id = 'X1' WHERE id = ?",
            (second.id,),
        )
    migrated = SqliteLedger(path)
    try:
        kept, lost = migrated.get_delivery(first), migrated.get_delivery(second.id)
        assert ("X1", None) == (kept.platform_post_id, lost.platform_post_id)
        assert "X1" == lost.steps["conflicting_platform_post_id"]
        assert "人工核对" in (lost.instruction or "")
        assert (
            Post(title="二").content_key()
            == migrated.connection.execute(
                "SELECT content_key FROM posts WHERE id = ?", (second.post_id,)
            ).fetchone()[0]
        )
        version = migrated.connection.execute(
            "SELECT version FROM schema_versions WHERE component = 'ledger'"
        ).fetchone()[0]
        assert LEDGER_SCHEMA_VERSION == version
    finally:
        migrated.close()
