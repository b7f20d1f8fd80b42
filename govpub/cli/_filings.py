"""``govpub accounts open|change|close|cancel|filed|filings``: the account lifecycle (备案).

The commands record events in the ledger and the audit trail; they never edit
govpub.toml (the configuration stays the source of truth for accounts and
credentials).  After a closure the publisher stops planning the account at
once; the command says what to change in govpub.toml so the two agree again.
"""

from __future__ import annotations

import io
import json
import sys
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from datetime import UTC, date, datetime
from pathlib import Path
from typing import TYPE_CHECKING, Annotated, Any

import typer

from govpub.cli._common import ConfigOption, JsonOption, emit_json, load_matrix, resolve_options
from govpub.cli._publishing import actor
from govpub.cli._when import check_range
from govpub.errors import ConfigError, LedgerError

if TYPE_CHECKING:
    from govpub.config import Matrix
    from govpub.health.filings import FilingEvent, FilingKind, FilingRegistry
    from govpub.health.settings import HealthSettings
    from govpub.model import Account

__all__ = ["add_filing_commands", "parse_date"]

AccountArg = Annotated[str, typer.Argument(help="The account id (govpub.toml [[accounts]] id).")]
ReasonOption = Annotated[str, typer.Option("--reason", help="Why (recorded and exported).")]
DateOption = Annotated[
    str | None, typer.Option("--date", help="When it happened, YYYY-MM-DD (default: today).")
]
SupervisorOption = Annotated[
    str | None,
    typer.Option("--supervisor", help="The supervising unit (default: [agency] supervisor)."),
]
FiledOption = Annotated[
    str | None,
    typer.Option("--filed", help="Already filed in the national system on this date."),
]
ReceiptOption = Annotated[
    str | None, typer.Option("--receipt", help="The national system's reference, if any.")
]

_STATUS_FOR = {
    "opened": "active",
    "changed": "active",
    "closed": "closed",
    "cancelled": "cancelled",
}


def parse_date(value: str | None, *, key: str, default: date) -> date:
    """``YYYY-MM-DD`` → date; ``None`` gives ``default``; a bad value names the option."""
    if value is None:
        return default
    try:
        day = date.fromisoformat(value.strip())
    except ValueError:
        raise ConfigError(f"expected a date YYYY-MM-DD, got {value!r}", key=key) from None
    check_range(day, value, key=key)
    return day


@contextmanager
def _registry(matrix: Matrix) -> Iterator[FilingRegistry]:
    """The filing registry of the matrix's ledger, closed afterwards."""
    from govpub.health.filings import FilingRegistry
    from govpub.ledger.stores import open_ledger

    ledger = open_ledger(matrix.store)
    try:
        yield FilingRegistry(ledger)
    finally:
        ledger.close()


def _subject(matrix: Matrix, registry: FilingRegistry, account_id: str) -> Account:
    """The account as last filed (a 变更 may not be in govpub.toml yet), else from the config.

    An account no longer in the config (cancelled and removed) is known by its filings.
    """
    from govpub.model import Account

    last = registry.latest_of(account_id)
    try:
        account = matrix.account(account_id)
    except ConfigError:
        if last is None:
            raise
        return Account(
            id=account_id, platform=last.platform, name=last.account_name, unit=last.unit
        )
    if last is None:
        return account
    return account.model_copy(update={"name": last.account_name, "unit": last.unit})


def _record(
    kind: FilingKind,
    account_id: str,
    *,
    reason: str,
    when: str | None,
    supervisor: str | None,
    filed: str | None,
    receipt: str | None,
    config: Path | None,
    as_json: bool,
    name: str | None = None,
    unit: str | None = None,
    detail: str | None = None,
) -> int:
    from rich.console import Console

    from govpub.health.filings import EXPECTED_STATUS, export_json
    from govpub.health.settings import HealthSettings

    config, as_json = resolve_options(config, as_json)
    matrix = load_matrix(config)
    settings = HealthSettings.from_matrix(matrix)
    with _registry(matrix) as registry:
        account = _subject(matrix, registry, account_id)
        today = _today(settings)
        changes: dict[str, Any] = {}
        if kind == "changed":
            last = registry.latest_of(account.id)
            if name:
                old = last.account_name if last else account.name
                changes["name"] = {"from": None if old == name else old, "to": name}
                account = account.model_copy(update={"name": name})
            if unit:
                old = last.unit if last else account.unit
                changes["unit"] = {"from": None if old == unit else old, "to": unit}
                account = account.model_copy(update={"unit": unit})
            if detail:
                changes["detail"] = detail
        event = registry.record(
            kind,
            account,
            reason=reason,
            supervisor=supervisor or matrix.agency.supervisor or "",
            actor=actor(),
            event_date=parse_date(when, key="date", default=today),
            today=today,
            changes=changes,
            filed_on=parse_date(filed, key="filed", default=today) if filed else None,
            receipt=receipt,
        )
    configured = next((a for a in matrix.accounts if a.id == account_id), None)
    if as_json:
        emit_json(export_json([event])[0])
        return 0
    console = Console()
    console.print(
        f"已登记{event.label}（#{event.id}）：{event.account_name}（{event.platform}），"
        f"{event.unit}，{event.event_date.isoformat()}"
    )
    if configured is not None and configured.status not in EXPECTED_STATUS[kind]:
        console.print(
            f"请在 {matrix.path} 中把账号 {account_id} 的 status 改为 "
            f'"{_STATUS_FOR[kind]}"（配置与备案应一致；关停、注销后发布程序已不再向该账号发布）。'
        )
    if event.filed_on is None:
        console.print(
            f"请在全国政务新媒体信息报送系统报送{event.label}备案，报送后运行："
            f"govpub accounts filed {event.id} --date YYYY-MM-DD"
        )
    return 0


def _today(settings: HealthSettings) -> date:
    """Today in the agency's time zone."""
    return datetime.now(UTC).astimezone(settings.tz).date()


def _lifecycle_command(kind: FilingKind) -> Callable[..., int]:
    """The command for one lifecycle event without extra fields (open, close, cancel)."""

    def command(  # noqa: PLR0917 - typer maps options to parameters
        account: AccountArg,
        reason: ReasonOption,
        when: DateOption = None,
        supervisor: SupervisorOption = None,
        filed: FiledOption = None,
        receipt: ReceiptOption = None,
        config: ConfigOption = None,
        as_json: JsonOption = False,
    ) -> int:
        return _record(
            kind, account, reason=reason, when=when, supervisor=supervisor, filed=filed,
            receipt=receipt, config=config, as_json=as_json,
        )  # fmt: skip

    return command


def add_filing_commands(accounts: typer.Typer) -> None:
    """Add the lifecycle and export commands to the ``accounts`` group."""

    lifecycle: tuple[tuple[str, FilingKind, str], ...] = (
        (
            "open",
            "opened",
            "Record that an account was opened (开设) — add it to govpub.toml first.",
        ),
        (
            "close",
            "closed",
            "Record a closure (关停); the publisher stops publishing to it at once.",
        ),
        ("cancel", "cancelled", "Record a cancellation (注销); final."),
    )
    for name, kind, doc in lifecycle:
        accounts.command(name, help=doc)(_lifecycle_command(kind))

    @accounts.command("change")
    def change(  # noqa: PLR0917 - typer maps options to parameters
        account: AccountArg,
        reason: ReasonOption,
        name: Annotated[str | None, typer.Option("--name", help="The new account name.")] = None,
        unit: Annotated[str | None, typer.Option("--unit", help="The new unit.")] = None,
        detail: Annotated[
            str | None, typer.Option("--detail", help="Any other change, in words.")
        ] = None,
        when: DateOption = None,
        supervisor: SupervisorOption = None,
        filed: FiledOption = None,
        receipt: ReceiptOption = None,
        config: ConfigOption = None,
        as_json: JsonOption = False,
    ) -> int:
        """Record a change (变更): a new name, unit or other detail."""
        return _record(
            "changed", account, reason=reason, when=when, supervisor=supervisor, filed=filed,
            receipt=receipt, config=config, as_json=as_json, name=name, unit=unit, detail=detail,
        )  # fmt: skip

    @accounts.command("filed")
    def filed_(
        filing: Annotated[int, typer.Argument(help="The event number (#) shown when recorded.")],
        when: Annotated[
            str | None, typer.Option("--date", help="When it was filed (default: today).")
        ] = None,
        receipt: ReceiptOption = None,
        config: ConfigOption = None,
        as_json: JsonOption = False,
    ) -> int:
        """Record that an event was filed in the 全国政务新媒体信息报送系统."""
        from rich.console import Console

        from govpub.health.filings import export_json
        from govpub.health.settings import HealthSettings

        config, as_json = resolve_options(config, as_json)
        matrix = load_matrix(config)
        today = _today(HealthSettings.from_matrix(matrix))
        with _registry(matrix) as registry:
            try:
                registry.get(filing)
            except LedgerError:  # a number the user typed: a usage error, like an unknown post
                raise ConfigError(
                    f"no filing #{filing}; govpub accounts filings lists them",
                    file=str(matrix.store.path),
                    key="FILING",
                ) from None
            event = registry.mark_filed(
                filing,
                filed_on=parse_date(when, key="date", default=today),
                actor=actor(),
                receipt=receipt,
            )
        if as_json:
            emit_json(export_json([event])[0])
        else:
            Console().print(
                f"已记录报送：#{event.id} {event.label} {event.account_name}，"
                f"报送日期 {event.filed_on}"
            )
        return 0

    @accounts.command("filings")
    def filings(  # noqa: PLR0917 - typer maps options to parameters
        since: Annotated[
            str | None, typer.Option("--since", help="Only events on or after YYYY-MM-DD.")
        ] = None,
        account: Annotated[str | None, typer.Option("--account", help="Only this account.")] = None,
        fmt: Annotated[
            str, typer.Option("--format", help="table (people), csv or json (export).")
        ] = "table",
        output: Annotated[
            Path | None, typer.Option("--output", "-o", help="Write to this file.")
        ] = None,
        config: ConfigOption = None,
        as_json: JsonOption = False,
    ) -> int:
        """Export the lifecycle events for the 全国政务新媒体信息报送系统 (备案)."""
        from rich.console import Console

        config, as_json = resolve_options(config, as_json)
        if fmt not in ("table", "csv", "json"):
            raise ConfigError(f"expected table, csv or json, got {fmt!r}", key="--format")
        fmt = "json" if as_json else fmt
        with _registry(load_matrix(config)) as registry:
            events = registry.events(
                since=parse_date(since, key="since", default=date.min) if since else None,
                account_id=account,
            )
        text = _render(events, fmt)
        if output is not None:
            output.write_text(text, encoding="utf-8-sig" if fmt == "csv" else "utf-8")
            Console(stderr=True).print(f"已导出 {len(events)} 条备案事项：{output}")
        elif text:
            sys.stdout.write(text)
        return 0


def _render(events: list[FilingEvent], fmt: str) -> str:
    from rich.console import Console
    from rich.markup import escape
    from rich.table import Table

    from govpub.health.filings import KIND_LABELS, export_csv, export_json

    if fmt == "csv":
        buffer = io.StringIO()
        export_csv(events, buffer)
        return buffer.getvalue()
    if fmt == "json":
        return json.dumps(export_json(events), ensure_ascii=False, indent=2) + "\n"
    table = Table(title="账号备案事项（开设、变更、关停、注销）")
    for header in (
        "#",
        "事项",
        "日期",
        "账号名称",
        "平台",
        "主办单位",
        "主管单位",
        "变更内容",
        "原因",
        "报送",
    ):
        table.add_column(header, overflow="fold")
    for row in export_json(events):
        table.add_row(
            *(
                escape(str(value))
                for value in (
                    row["id"],
                    KIND_LABELS[row["kind"]],
                    row["event_date"],
                    row["account_name"],
                    row["platform_label"],
                    row["unit"],
                    row["supervisor"],
                    row["changes_text"],
                    row["reason"],
                    row["filed_on"] or "未报送",
                )
            )
        )
    buffer = io.StringIO()
    Console(file=buffer, width=160).print(table)
    return buffer.getvalue()
