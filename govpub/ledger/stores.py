"""Open the ledger that ``[store]`` of govpub.toml names: a SQLite file or a PostgreSQL database.

Every command and the publisher open their store here, so adding a store is
one branch in :func:`open_ledger`, not an edit in each caller.
"""

from __future__ import annotations

from collections.abc import Callable
from contextlib import closing
from datetime import UTC, datetime
from typing import TYPE_CHECKING

from govpub.errors import ConfigError

if TYPE_CHECKING:
    from govpub.config import Matrix, StoreConfig
    from govpub.ledger.sql import SqlLedger

__all__ = ["migrate_store", "open_ledger", "open_matrix_ledger", "schema_status"]


def _now() -> datetime:
    return datetime.now(UTC)


def open_ledger(
    store: StoreConfig,
    *,
    clock: Callable[[], datetime] = _now,
    read_only: bool = False,
    migrate: bool = True,
) -> SqlLedger:
    """The ledger at ``store``; ``read_only`` for reports and auditors (nothing is written).

    ``migrate=False`` refuses a PostgreSQL schema that is missing or old rather
    than changing it (``govpub store migrate`` does that, once, by whoever owns
    the schema); a SQLite file is always brought up to date when opened for writing.
    """
    if store.url is not None:
        from govpub.ledger.postgres import PostgresLedger  # noqa: PLC0415 - optional dependency

        return PostgresLedger(store.url, clock=clock, read_only=read_only, migrate=migrate)
    from govpub.ledger.sqlite import SqliteLedger  # noqa: PLC0415

    return SqliteLedger(store.path, clock=clock, read_only=read_only)


def open_matrix_ledger(matrix: Matrix, *, read_only: bool = False) -> SqlLedger:
    """The matrix's store; a read-only SQLite store that does not exist yet is a ``ConfigError``."""
    store = matrix.store
    missing = store.url is None and str(store.path) != ":memory:" and not store.path.is_file()
    if read_only and missing:
        where = str(matrix.path) if matrix.path is not None else None
        raise ConfigError(f"the store {store.path} does not exist", file=where, key="store.path")
    return open_ledger(store, read_only=read_only)


def schema_status(store: StoreConfig) -> dict[str, tuple[int, int]]:
    """Per schema component (``ledger``, ``audit``): (stored version, version this govpub writes).

    Reads without creating or changing anything; 0 is "not created yet".
    """
    from govpub.audit import AUDIT_SCHEMA_VERSION  # noqa: PLC0415
    from govpub.ledger.schema import LEDGER_SCHEMA_VERSION  # noqa: PLC0415

    if store.url is not None:
        from govpub.ledger import postgres, postgres_schema  # noqa: PLC0415

        db = postgres.PostgresDatabase(postgres.connect(store.url), where=store.describe())
        try:
            return postgres_schema.schema_status(db)
        finally:
            db.close()
    stored: dict[str, int] = {}
    if str(store.path) != ":memory:" and store.path.is_file():
        import sqlite3  # noqa: PLC0415

        uri = f"{store.path.resolve().as_uri()}?mode=ro"
        with closing(sqlite3.connect(uri, uri=True)) as conn:
            try:
                rows = conn.execute("SELECT component, version FROM schema_versions").fetchall()
            except sqlite3.OperationalError:  # an empty file: nothing created yet
                rows = []
        stored = {str(name): int(version) for name, version in rows}
    targets = {"ledger": LEDGER_SCHEMA_VERSION, "audit": AUDIT_SCHEMA_VERSION}
    return {name: (stored.get(name, 0), target) for name, target in targets.items()}


def migrate_store(store: StoreConfig) -> list[str]:
    """Bring the store's schema up to date; the steps applied (``"ledger 3"``), none if current."""
    if store.url is not None:
        from govpub.ledger import postgres, postgres_schema  # noqa: PLC0415

        db = postgres.PostgresDatabase(postgres.connect(store.url), where=store.describe())
        try:
            return postgres_schema.migrate_postgres(db)
        finally:
            db.close()
    before = schema_status(store)
    open_ledger(store).close()  # a SQLite file is migrated when opened for writing
    return [
        f"{name} {version}"
        for name, (stored, _) in schema_status(store).items()
        for version in range(before[name][0] + 1, stored + 1)
    ]
