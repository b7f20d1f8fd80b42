"""Processes that open the same new SQLite ledger at once all get it, migrated once.

A worker fleet, or the audit-chain benchmark's writers, start together on a file
that does not exist yet; each runs the migrations, and one that waited for the
write lock must not run a step that another already committed.
"""

from __future__ import annotations

import multiprocessing
from pathlib import Path

from govpub.ledger import SqliteLedger
from govpub.ledger.schema import LEDGER_SCHEMA_VERSION

OPENERS = 6


def _open(path: str, start: multiprocessing.synchronize.Barrier) -> None:
    start.wait(60)
    SqliteLedger(path).close()


def test_openers_of_a_new_file_at_once_all_succeed(tmp_path: Path) -> None:
    context = multiprocessing.get_context("spawn")
    for attempt in range(3):
        path = str(tmp_path / f"ledger-{attempt}.db")
        start = context.Barrier(OPENERS)
        openers = [context.Process(target=_open, args=(path, start)) for _ in range(OPENERS)]
        for process in openers:
            process.start()
        for process in openers:
            process.join(120)
        assert [0] * OPENERS == [p.exitcode for p in openers], f"attempt {attempt}"
        ledger = SqliteLedger(path)
        try:
            rows = ledger.connection.execute(
                "SELECT version FROM schema_versions WHERE component = 'ledger'"
            ).fetchall()
        finally:
            ledger.close()
        assert [(LEDGER_SCHEMA_VERSION,)] == [tuple(r) for r in rows]
