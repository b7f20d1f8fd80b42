"""``govpub accounts``: the matrix as a table (people) or JSON (machines); secrets masked.

Sub-commands record the account lifecycle (备案): ``open``, ``change``,
``close``, ``cancel``, ``filed`` and ``filings`` (see :mod:`govpub.cli._filings`).
"""

from __future__ import annotations

import typer

from govpub.cli._common import ConfigOption, JsonOption, emit_json, load_matrix, resolve_options
from govpub.cli._filings import add_filing_commands


def register(app: typer.Typer) -> None:
    """Add the ``accounts`` group to ``app``."""
    accounts = typer.Typer(
        help="List the accounts of the matrix (账号矩阵); record and export filings (备案).",
        invoke_without_command=True,
    )

    @accounts.callback()
    def list_accounts(
        ctx: typer.Context, config: ConfigOption = None, as_json: JsonOption = False
    ) -> None:
        """List the accounts of the matrix, secrets masked."""
        if ctx.invoked_subcommand is not None:
            return
        from rich.console import Console
        from rich.table import Table

        from govpub.config.view import account_view

        config, as_json = resolve_options(config, as_json)
        matrix = load_matrix(config)
        rows = [account_view(a) for a in matrix.accounts]
        if as_json:
            emit_json({"config": str(matrix.path), "accounts": rows})
            return
        table = Table(title=f"账号矩阵 · {matrix.path}", show_lines=False)
        for header in ("ID", "平台", "账号名称", "主办单位", "状态", "接口地址"):
            table.add_column(header, overflow="fold")
        for row in rows:
            status = row["status"] + (f"（{row['status_reason']}）" if row["status_reason"] else "")
            table.add_row(
                row["id"],
                row["platform"],
                row["name"],
                row["unit"],
                status,
                row["api_base"] or "默认",
            )
        Console().print(table)

    add_filing_commands(accounts)
    app.add_typer(accounts, name="accounts")
