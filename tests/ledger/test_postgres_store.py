"""What the PostgreSQL store adds to the ledger contract: many connections, one truth.

Workers on several machines share one database, so what SQLite guaranteed by
its single write lock must hold across connections here: a delivery is leased
to one worker, the audit chain never forks, migrations run once, the audit
trail refuses changes, and the URL's password appears nowhere.
"""

from __future__ import annotations

import os
import socket
import threading
from collections.abc import Iterator
from pathlib import Path

import pytest

from govpub import ConfigError, LedgerError, Matrix, Post
from govpub.ledger import DeliveryPlan
from govpub.ledger.postgres import PostgresDatabase, PostgresLedger, connect, redact_url
from govpub.ledger.postgres_schema import POSTGRES_MIGRATIONS, schema_status
from govpub.ledger.queue import queue_available
from govpub.ledger.stores import open_ledger
from govpub.ledger.stores import schema_status as store_schema_status

psycopg = pytest.importorskip("psycopg")

#: Every component at this govpub's version; workers' ``queue`` where procrastinate is installed.
CURRENT = {"ledger": (4, 4), "audit": (2, 2), "limits": (3, 3)} | (
    {"queue": (2, 2)} if queue_available() else {}
)


@pytest.fixture
def url(postgres_ledger_url: str) -> str:
    return postgres_ledger_url


@pytest.fixture
def ledgers(url: str) -> Iterator[list[PostgresLedger]]:
    opened = [PostgresLedger(url) for _ in range(3)]  # three workers, three connections
    yield opened
    for ledger in opened:
        ledger.close()


def submit(ledger: PostgresLedger, accounts: int) -> list[str]:
    post = Post(id="p-pg", title="关于春季植树活动的通知", body="全市开展春季义务植树活动。")
    _, deliveries = ledger.submit(
        post,
        [DeliveryPlan(f"acct-{n}", "memory") for n in range(accounts)],
        state="active",
        approvals=[],
        actor="test",
    )
    return [d.id for d in deliveries]


def in_threads(*targets: object) -> None:
    threads = [threading.Thread(target=t) for t in targets]  # type: ignore[arg-type]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join(timeout=60)


def live_owners(count: int) -> list[str]:
    """Lease holders named after this process: all alive, so none is taken over."""
    return [f"{socket.gethostname()}:{os.getpid()}:{n}" for n in range(count)]


def test_each_delivery_is_leased_to_one_worker_when_workers_race(
    ledgers: list[PostgresLedger],
) -> None:
    ids = submit(ledgers[0], 60)
    owners = live_owners(len(ledgers))
    claimed: dict[str, list[str]] = {}

    def worker(ledger: PostgresLedger, owner: str) -> None:
        claimed[owner] = ledger.claim(ids, owner=owner, lease_seconds=300)

    in_threads(*(lambda lg=lg, o=o: worker(lg, o) for lg, o in zip(ledgers, owners, strict=True)))
    everything = [d for got in claimed.values() for d in got]
    assert sorted(everything) == sorted(ids)  # every delivery once, none twice
    holders = {d.id: d.owner for d in ledgers[0].deliveries(post_id="p-pg")}
    for owner, got in claimed.items():
        assert all(holders[d] == owner for d in got)


def test_a_delivery_is_leased_to_one_worker_when_workers_race_one_by_one(
    ledgers: list[PostgresLedger],
) -> None:
    """:meth:`lease` takes a free lease with one update: two workers never both get it."""
    ids = submit(ledgers[0], 30)
    owners = live_owners(len(ledgers))
    held: dict[str, list[str]] = {owner: [] for owner in owners}

    def worker(ledger: PostgresLedger, owner: str) -> None:
        for delivery_id in ids:
            record, ours = ledger.lease(delivery_id, owner=owner, lease_seconds=300)
            if ours:
                assert owner == record.owner
                held[owner].append(delivery_id)

    in_threads(*(lambda lg=lg, o=o: worker(lg, o) for lg, o in zip(ledgers, owners, strict=True)))
    assert sorted(d for got in held.values() for d in got) == sorted(ids)


def test_workers_moving_deliveries_at_once_keep_one_chain(ledgers: list[PostgresLedger]) -> None:
    """A state change takes the chain's lock in its update (one round trip less): no fork."""
    ids = submit(ledgers[0], 45)

    def move(ledger: PostgresLedger, mine: list[str]) -> None:
        for delivery_id in mine:
            held = ledger.get_delivery(delivery_id)
            sending = ledger.transition(
                delivery_id, "sending", actor="w", action="delivery.sending", held=held
            )
            ledger.transition(
                delivery_id,
                "published",
                actor="w",
                action="delivery.published",
                platform_post_id=f"X-{delivery_id}",
                held=sending,
            )

    in_threads(*(lambda lg=lg, n=n: move(lg, ids[n::3]) for n, lg in enumerate(ledgers)))
    verification = ledgers[1].trail.verify()
    assert verification.ok, verification
    moves = [r.action for r in ledgers[2].trail.iter_records()]
    assert 45 == moves.count("delivery.sending") == moves.count("delivery.published")


def statements_of(ledger: PostgresLedger) -> list[str]:
    """The statements ``ledger`` runs from now on, as sent."""
    sent: list[str] = []
    db = ledger._db
    execute = db.execute
    db.execute = lambda sql, params=(): sent.append(sql) or execute(sql, params)  # type: ignore[method-assign]
    return sent


def test_a_held_state_change_is_one_update_and_one_insert(ledgers: list[PostgresLedger]) -> None:
    ledger = ledgers[0]
    (delivery_id,) = submit(ledger, 1)
    held = ledger.get_delivery(delivery_id)
    ledger.audit(actor="w", action="test.appended", subject="s", details={})  # the head known
    sent = statements_of(ledger)
    with ledger.batch():  # as the publisher's writer runs it
        ledger.transition(delivery_id, "sending", actor="w", action="delivery.sending", held=held)
    assert ["BEGIN", "UPDATE", "INSERT", "COMMIT"] == [s.split()[0] for s in sent]
    assert "pg_advisory_xact_lock" in sent[1]


def test_a_state_change_with_its_attempt_is_one_statement_and_the_audit_insert(
    ledgers: list[PostgresLedger],
) -> None:
    """The attempt's row goes in with the update (``WITH moved AS …``), only if it applied."""
    ledger = ledgers[0]
    (delivery_id,) = submit(ledger, 1)
    sending = ledger.transition(delivery_id, "sending", actor="w", action="delivery.sending")
    sent = statements_of(ledger)
    with ledger.batch():
        record = ledger.transition(
            delivery_id,
            "published",
            actor="w",
            action="delivery.published",
            platform_post_id="X1",
            attempt={"operation": "publish", "outcome": "published"},
            held=sending,
        )
    assert ["BEGIN", "WITH", "INSERT", "COMMIT"] == [s.split()[0] for s in sent]
    assert (1, "published") == (record.attempts, record.state)
    assert [("publish", "published")] == [
        (a["operation"], a["outcome"]) for a in ledger.attempts(delivery_id)
    ]


def test_a_state_change_after_another_worker_appended_is_still_one_update_and_one_insert(
    ledgers: list[PostgresLedger],
) -> None:
    """The insert reads the head under the chain lock: a stale remembered head costs nothing."""
    ledger = ledgers[0]
    (delivery_id,) = submit(ledger, 1)
    held = ledger.get_delivery(delivery_id)
    ledger.audit(actor="w", action="test.appended", subject="s", details={})  # the head known
    ledgers[1].audit(actor="other", action="test.appended", subject="s", details={})  # now stale
    sent = statements_of(ledger)
    with ledger.batch():
        record = ledger.transition(
            delivery_id, "sending", actor="w", action="delivery.sending", held=held
        )
    assert ["BEGIN", "UPDATE", "INSERT", "COMMIT"] == [s.split()[0] for s in sent]
    assert "sending" == record.state
    *_, other, moved = ledgers[2].trail.iter_records()
    assert ("other", "delivery.sending") == (other.actor, moved.action)
    assert (other.seq + 1, other.hash) == (moved.seq, moved.prev_hash)
    verification = ledgers[2].trail.verify()
    assert verification.ok, verification


def test_the_audit_chain_never_forks_when_workers_append_at_once(
    ledgers: list[PostgresLedger],
) -> None:
    per_thread = 40

    def append(ledger: PostgresLedger, name: str) -> None:
        for n in range(per_thread):
            ledger.audit(actor=name, action="test.appended", subject=f"s{n}", details={"n": n})

    # two threads per connection (each connection serialises its own), three connections
    in_threads(*(lambda lg=lg, n=n: append(lg, f"w{n}") for n, lg in enumerate(ledgers + ledgers)))
    verification = ledgers[1].trail.verify()
    assert verification.ok, verification
    records = list(ledgers[2].trail.iter_records())
    assert [r.seq for r in records] == list(range(1, 6 * per_thread + 1))


def test_the_audit_trail_refuses_update_delete_and_truncate(url: str) -> None:
    PostgresLedger(url).close()
    ledger = PostgresLedger(url)
    ledger.audit(actor="张敏", action="test.appended", subject="s", details={})
    ledger.close()
    with psycopg.connect(url, autocommit=True) as conn:
        for statement in (
            "UPDATE audit_log SET actor = 'mallory'",
            "DELETE FROM audit_log",
            "TRUNCATE audit_log",
        ):
            with pytest.raises(psycopg.errors.RaiseException, match="append-only"):
                conn.execute(statement)


def test_workers_starting_at_once_migrate_once(url: str) -> None:
    errors: list[BaseException] = []
    opened: list[PostgresLedger] = []

    def start() -> None:
        try:
            opened.append(PostgresLedger(url))
        except BaseException as exc:
            errors.append(exc)

    in_threads(*([start] * 6))
    assert [] == errors
    assert CURRENT == schema_status(opened[0]._db)
    for ledger in opened:
        ledger.close()


def test_audit_version_2_drops_the_indexes_on_hash_and_subject(url: str) -> None:
    db = PostgresDatabase(connect(url), where="test")
    try:
        with db.transaction():  # a database at audit version 1, with a record
            db.execute("CREATE TABLE schema_versions (component TEXT PRIMARY KEY, version INTEGER)")
            for statement in POSTGRES_MIGRATIONS["audit"][1]:
                db.execute(statement)
            db.execute("INSERT INTO schema_versions VALUES ('audit', 1)")
    finally:
        db.close()
    ledger = PostgresLedger(url)  # migrates
    try:
        ledger.audit(actor="张敏", action="test.appended", subject="s", details={})
        assert CURRENT == schema_status(ledger._db)
        indexes = ledger._db.rows(
            "SELECT indexname FROM pg_indexes "
            "WHERE tablename = 'audit_log' AND schemaname = current_schema()"
        )
        assert ["audit_log_pkey"] == [row["indexname"] for row in indexes]
        assert ledger.trail.verify().ok
    finally:
        ledger.close()


def test_a_worker_that_may_not_migrate_refuses_an_empty_database(url: str) -> None:
    with pytest.raises(LedgerError, match="govpub store migrate"):
        PostgresLedger(url, migrate=False)
    PostgresLedger(url).close()
    PostgresLedger(url, migrate=False).close()  # up to date now


def test_a_database_written_by_a_newer_govpub_is_refused(url: str) -> None:
    PostgresLedger(url).close()
    with psycopg.connect(url, autocommit=True) as conn:
        conn.execute("UPDATE schema_versions SET version = 99 WHERE component = 'ledger'")
    with pytest.raises(LedgerError, match="newer govpub"):
        PostgresLedger(url)


def test_a_read_only_ledger_writes_nothing(url: str) -> None:
    PostgresLedger(url).close()
    reader = PostgresLedger(url, read_only=True)
    try:
        with pytest.raises(LedgerError, match="read-only"):
            reader.audit(actor="张敏", action="test.appended", subject="s", details={})
        assert reader.trail.verify().ok
    finally:
        reader.close()


def test_the_password_of_the_url_appears_nowhere(postgres_url: str) -> None:
    secret = "s3cr3t-Pa55"
    port = postgres_url.rsplit(":", 1)[1].split("/", maxsplit=1)[0]
    url = f"postgresql://nobody:{secret}@127.0.0.1:{port}/no_such_db"
    with pytest.raises(LedgerError) as caught:
        PostgresLedger(url)
    assert secret not in str(caught.value)
    assert "nobody:***@127.0.0.1" in str(caught.value)
    assert secret not in redact_url(url)


def test_call_slots_are_counted_by_index_scans_that_skip_freed_rows(url: str) -> None:
    """Freed slots are dead rows until autovacuum: a bitmap scan would walk them all, every call."""
    PostgresLedger(url).close()  # migrated
    with psycopg.connect(url) as conn:
        (config,) = conn.execute(
            "SELECT proconfig FROM pg_proc WHERE proname = 'govpub_take_slots'"
        ).fetchone()
        assert ["enable_bitmapscan=off"] == config
        conn.execute("SET enable_bitmapscan = off")  # as in the function
        conn.execute(
            "INSERT INTO limit_slots SELECT 'platform:app', 'h' || n, now() "
            "FROM generate_series(1, 500) n"
        )
        conn.execute("DELETE FROM limit_slots")
        plan = "\n".join(
            row[0]
            for row in conn.execute(
                "EXPLAIN SELECT count(*) FROM limit_slots WHERE scope = 'platform:app'"
            )
        )
    assert "Bitmap" not in plan


def test_store_status_reads_without_creating(url: str) -> None:
    from govpub.config import StoreConfig

    store = StoreConfig(url=url)
    assert {name: (0, target) for name, (_, target) in CURRENT.items()} == store_schema_status(
        store
    )
    open_ledger(store).close()
    assert CURRENT == store_schema_status(store)


def write_config(tmp_path: Path, store: str) -> Path:
    path = tmp_path / "govpub.toml"
    path.write_text(
        f'[agency]\nname = "示例市人民政府办公室"\n\n[store]\n{store}\n', encoding="utf-8"
    )
    return path


def test_a_url_with_a_password_in_govpub_toml_is_refused_naming_the_key(tmp_path: Path) -> None:
    path = write_config(tmp_path, 'url = "postgresql://govpub:hunter2@db.example.gov.cn/govpub"')
    with pytest.raises(ConfigError) as caught:
        Matrix.from_toml(path, environ={})
    assert "store.url" in str(caught.value)
    assert "PGPASSWORD" in str(caught.value)
    assert "hunter2" not in str(caught.value)


def test_path_and_url_together_are_refused(tmp_path: Path) -> None:
    path = write_config(tmp_path, 'path = "a.db"\nurl = "postgresql://govpub@db/govpub"')
    with pytest.raises(ConfigError, match="either path"):
        Matrix.from_toml(path, environ={})


def test_govpub_store_may_name_a_database(tmp_path: Path) -> None:
    path = write_config(tmp_path, 'path = "a.db"')
    url = "postgresql://govpub:pw@db.example.gov.cn/govpub"
    matrix = Matrix.from_toml(path, environ={"GOVPUB_STORE": url})
    assert ("postgresql", url) == (matrix.store.kind, matrix.store.url)
    assert "pw" not in repr(matrix.store)
    assert "govpub:***@db.example.gov.cn" in matrix.store.describe()


class _Dropped:
    """A connection whose statements fail as ``error``; libpq still reports it as open."""

    broken = False
    closed = False

    def __init__(self, error: Exception) -> None:
        self.error = error

    def execute(self, *args: object) -> None:
        raise self.error


def test_a_socket_closed_under_a_statement_is_a_lost_connection() -> None:
    """psycopg raises "connection socket closed" without marking the connection broken."""
    db = PostgresDatabase(_Dropped(psycopg.OperationalError("connection socket closed")))  # type: ignore[arg-type]
    with pytest.raises(LedgerError, match=r"lost the connection to the ledger.*socket closed"):
        db.execute("BEGIN")
    db.undo("ROLLBACK")  # nothing to roll back on a connection that is gone


def test_a_cancelled_statement_is_not_a_lost_connection() -> None:
    cancelled = psycopg.errors.QueryCanceled("canceling statement due to statement timeout")
    db = PostgresDatabase(_Dropped(cancelled))  # type: ignore[arg-type]
    with pytest.raises(psycopg.errors.QueryCanceled):
        db.execute("SELECT 1")


def test_a_lost_connection_is_a_ledger_error_and_keeps_what_was_committed(url: str) -> None:
    ledger = PostgresLedger(url)
    ids = submit(ledger, 2)
    ledger.audit(actor="editor", action="test.before", subject="p-pg", details={})
    with psycopg.connect(url, autocommit=True) as admin:
        admin.execute(
            "SELECT pg_terminate_backend(pid) FROM pg_stat_activity "
            "WHERE pid <> pg_backend_pid() AND application_name = 'govpub'"
        )
    with pytest.raises(LedgerError, match="lost the connection to the ledger") as caught:
        ledger.audit(actor="editor", action="test.after", subject="p-pg", details={})
    assert "govpub resume" in str(caught.value)
    ledger.close()
    again = PostgresLedger(url)
    try:
        assert sorted(d.id for d in again.deliveries(post_id="p-pg")) == sorted(ids)
        actions = [r.action for r in again.trail.iter_records()]
        assert "test.before" in actions
        assert "test.after" not in actions
        assert again.trail.verify().ok
    finally:
        again.close()
