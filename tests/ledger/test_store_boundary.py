"""Only the ledger package speaks to a database: everything else goes through ``Ledger``.

A second store (PostgreSQL) is only a store if no command, report or
publisher path reaches past the protocol into SQLite; this keeps it so.
"""

from __future__ import annotations

import ast
from pathlib import Path

import govpub

PACKAGE = Path(govpub.__file__).parent
DRIVERS = {"sqlite3", "psycopg", "psycopg_pool"}
# the throw-away PostgreSQL server for tests creates each test's schema itself
ALLOWED = {PACKAGE / "testing" / "postgres.py"}


def drivers_imported(path: Path) -> set[str]:
    found: set[str] = set()
    for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
        if isinstance(node, ast.Import):
            found |= {a.name.split(".")[0] for a in node.names}
        elif isinstance(node, ast.ImportFrom) and node.module and not node.level:
            found.add(node.module.split(".")[0])
    return found & DRIVERS


def test_nothing_outside_govpub_ledger_imports_a_database_driver() -> None:
    offenders = {
        str(path.relative_to(PACKAGE)): sorted(drivers_imported(path))
        for path in sorted(PACKAGE.rglob("*.py"))
        if (PACKAGE / "ledger") not in path.parents and path not in ALLOWED
    }
    assert {} == {name: found for name, found in offenders.items() if found}


def test_the_guard_sees_an_import(tmp_path: Path) -> None:
    sample = tmp_path / "sample.py"
    sample.write_text("def f():\n    import sqlite3\n    from psycopg import rows\n")
    assert {"sqlite3", "psycopg"} == drivers_imported(sample)
