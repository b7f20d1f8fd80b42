"""``govpub audit``: verify the hash chain, print its head, export the records.

The trail lives in the ledger's SQLite file (``[store] path`` of govpub.toml,
or ``$GOVPUB_STORE``); these commands open it read-only.  ``verify`` exits 1
naming the first bad sequence number; ``head`` prints ``SEQ HASH`` to be
recorded somewhere else and passed back with ``verify --anchor SEQ:HASH``
(see ``docs/audit.md``).
"""

from __future__ import annotations

import sys
from datetime import datetime, tzinfo
from pathlib import Path
from typing import TYPE_CHECKING, Annotated

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
from govpub.cli._when import check_range
from govpub.errors import ConfigError, LedgerError

if TYPE_CHECKING:
    from govpub.audit import ExportFormat
    from govpub.config import Matrix
    from govpub.ledger.sql import SqlLedger


def _open(matrix: Matrix) -> SqlLedger:
    """The matrix's store, opened read-only for its audit trail (an auditor's copy will do)."""
    from govpub.ledger.stores import open_matrix_ledger

    where = str(matrix.path) if matrix.path is not None else None
    key = "store.path" if matrix.store.url is None else "store.url"
    try:
        return open_matrix_ledger(matrix, read_only=True)
    except LedgerError as exc:
        raise ConfigError(
            f"{matrix.store.describe()} holds no readable audit trail ({exc})", file=where, key=key
        ) from None


def _anchors(values: list[str] | None) -> dict[int, str]:
    anchors: dict[int, str] = {}
    for value in values or ():
        seq, _, digest = value.partition(":")
        if not seq.isdigit() or len(digest) != 64:
            raise ConfigError(f"expected SEQ:HASH (64 hex digits), got {value!r}", key="--anchor")
        anchors[int(seq)] = digest.lower()
    return anchors


def _since(value: str | None, tz: tzinfo) -> int | datetime | None:
    """A sequence number, or a date/time; one without an offset is on the agency's clock."""
    if value is None:
        return None
    if value.isdigit():
        return int(value)
    try:
        when = datetime.fromisoformat(value)
    except ValueError:
        raise ConfigError(
            f"expected a sequence number or a date/time (2026-03-01, 2026-03-01T09:00+08:00), "
            f"got {value!r}",
            key="--since",
        ) from None
    check_range(when.date(), value, key="--since")
    return when if when.tzinfo is not None else when.replace(tzinfo=tz)


def _export_format(fmt: str) -> ExportFormat:
    if fmt.lower() not in ("jsonl", "csv"):
        raise ConfigError(f"unknown format {fmt!r}; expected jsonl or csv", key="--format")
    return "csv" if fmt.lower() == "csv" else "jsonl"


def register(app: typer.Typer) -> None:
    """Add the ``audit`` group to ``app``."""
    audit = typer.Typer(
        help="The audit trail (审计记录): verify the hash chain, print its head, export it.",
        no_args_is_help=True,
    )

    @audit.command("verify")
    def verify(
        anchors: Annotated[
            list[str] | None,
            typer.Option("--anchor", help="SEQ:HASH recorded earlier with `audit head`."),
        ] = None,
        config: ConfigOption = None,
        as_json: JsonOption = False,
    ) -> int:
        """Walk the chain; exit 1 naming the first bad sequence number."""
        config, as_json = resolve_options(config, as_json)
        ledger = _open(load_matrix(config))
        try:
            result = ledger.trail.verify(anchors=_anchors(anchors))
        finally:
            ledger.close()
        if as_json:
            emit_json(result.to_dict())
        elif result.ok:
            typer.echo(f"审计记录完整：共 {result.checked} 条，链头 {result.head or '（空）'}")
        else:
            sys.stderr.write(
                f"govpub: 审计记录被篡改：第 {result.first_bad_seq} 条（{result.reason}）："
                f"{result.message}\n"
            )
        return EXIT_OK if result.ok else EXIT_FAILED

    @audit.command("head")
    def head(config: ConfigOption = None, as_json: JsonOption = False) -> int:
        """Print the newest record's sequence number and hash (record them elsewhere)."""
        config, as_json = resolve_options(config, as_json)
        ledger = _open(load_matrix(config))
        try:
            last = ledger.trail.last()
        finally:
            ledger.close()
        if as_json:
            emit_json(
                {"seq": last.seq, "hash": last.hash, "time": last.time}
                if last
                else {"seq": None, "hash": None, "time": None}
            )
        elif last is None:
            typer.echo("审计记录为空")
        else:
            typer.echo(f"{last.seq}:{last.hash}")
        return EXIT_OK

    @audit.command("export")
    def export(
        since: Annotated[
            str | None,
            typer.Option("--since", help="First sequence number, or a date/time."),
        ] = None,
        fmt: Annotated[
            str, typer.Option("--format", "-f", help="jsonl or csv.", case_sensitive=False)
        ] = "jsonl",
        out: Annotated[
            Path | None, typer.Option("--out", "-o", help="File to write (default: stdout).")
        ] = None,
        config: ConfigOption = None,
    ) -> int:
        """Write the records (JSON Lines or CSV), for supervisors and archives."""
        kind = _export_format(fmt)
        matrix = load_matrix(config)
        start = _since(since, matrix.agency.tz)
        ledger = _open(matrix)
        try:
            if out is None:
                ledger.trail.export(sys.stdout, since=start, fmt=kind)
            else:
                with out.open("w", encoding="utf-8", newline="") as handle:
                    count = ledger.trail.export(handle, since=start, fmt=kind)
                sys.stderr.write(f"已导出 {count} 条审计记录到 {out}\n")
        finally:
            ledger.close()
        return EXIT_OK

    app.add_typer(audit, name="audit")
