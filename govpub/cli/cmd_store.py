"""``govpub store status`` / ``migrate``: the ledger's schema, seen and brought up to date.

A SQLite file is migrated whenever govpub opens it for writing.  A PostgreSQL
database shared by several workers is usually migrated once, on purpose, by
whoever owns its schema: ``govpub store migrate``; ``status`` shows each
component's stored version against the one this govpub writes, and exits 1
when one is behind (for a deployment's readiness check).
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

import typer

from govpub.cli._common import (
    EXIT_FAILED,
    EXIT_OK,
    ConfigOption,
    JsonOption,
    emit_json,
    load_matrix,
    resolve_options,
)

if TYPE_CHECKING:
    from govpub.config import StoreConfig


def register(app: typer.Typer) -> None:
    """Add the ``store`` group (``status``, ``migrate``) to ``app``."""
    group = typer.Typer(
        help="The ledger's store: schema status and migration.", no_args_is_help=True
    )

    @group.command("status")
    def status_command(config: ConfigOption = None, as_json: JsonOption = False) -> int:
        """Show where the store is and each schema component's version (exit 1 if behind)."""
        config, as_json = resolve_options(config, as_json)
        store = load_matrix(config).store
        components = _status(store)
        behind = [name for name, (stored, target) in components.items() if stored < target]
        _emit(store, components, as_json=as_json, applied=None)
        return EXIT_FAILED if behind else EXIT_OK

    @group.command("migrate")
    def migrate_command(config: ConfigOption = None, as_json: JsonOption = False) -> int:
        """Bring the store's schema to this govpub's version (idempotent; one transaction)."""
        from govpub.ledger.stores import migrate_store

        config, as_json = resolve_options(config, as_json)
        store = load_matrix(config).store
        applied = migrate_store(store)
        after = _status(store)
        _emit(store, after, as_json=as_json, applied=applied)
        return EXIT_OK

    app.add_typer(group, name="store")


def _status(store: StoreConfig) -> dict[str, tuple[int, int]]:
    """Per component (stored, written by this govpub), read without changing anything."""
    from govpub.ledger.stores import schema_status

    return schema_status(store)


def _emit(
    store: StoreConfig,
    components: dict[str, tuple[int, int]],
    *,
    as_json: bool,
    applied: list[str] | None,
) -> None:
    from rich.console import Console
    from rich.text import Text

    data: dict[str, Any] = {
        "kind": store.kind,
        "where": store.describe(),
        "components": {
            name: {"stored": stored, "current": target, "up_to_date": stored == target}
            for name, (stored, target) in components.items()
        },
    }
    if applied is not None:
        data["applied"] = applied
    if as_json:
        emit_json(data)
        return
    console = Console(soft_wrap=True)
    console.print(Text(f"store: {store.kind} {store.describe()}"))
    for name, (stored, target) in components.items():
        mark = "✓" if stored == target else "✗"
        shown = "not created" if stored == 0 else f"version {stored}"
        console.print(Text(f"  {mark} {name}: {shown} (this govpub writes {target})"))
    if applied is not None:
        console.print(Text("applied: " + (", ".join(applied) if applied else "nothing to do")))
