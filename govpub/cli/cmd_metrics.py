"""``govpub metrics``: assessment figures per account and unit over a period (table, CSV, JSON)."""

from __future__ import annotations

import csv
import io
import json
import sys
from datetime import timedelta
from pathlib import Path
from typing import TYPE_CHECKING, Annotated

import typer

from govpub.cli._common import ConfigOption, JsonOption, load_matrix, resolve_options
from govpub.cli._when import parse_period
from govpub.errors import ConfigError

if TYPE_CHECKING:
    from rich.table import Table

    from govpub.config import Matrix
    from govpub.health.metrics import MetricsReport, ScopeMetrics

__all__ = ["SinceOption", "UntilOption", "metrics_for", "register"]

SinceOption = Annotated[
    str | None, typer.Option("--since", help="First day, YYYY-MM-DD (default: 29 days ago).")
]
UntilOption = Annotated[
    str | None, typer.Option("--until", help="Last day, YYYY-MM-DD, inclusive (default: today).")
]


def metrics_for(matrix: Matrix, since: str | None, until: str | None) -> MetricsReport:
    """Compute the period's figures from the matrix's ledger (shared with ``govpub report``)."""
    from govpub.health.metrics import compute_metrics
    from govpub.health.settings import HealthSettings
    from govpub.ledger.stores import open_ledger

    settings = HealthSettings.from_matrix(matrix)
    start, end = parse_period(since, until, settings.tz)
    ledger = open_ledger(matrix.store)
    try:
        return compute_metrics(matrix, ledger, since=start, until=end, tz=settings.tz)
    finally:
        ledger.close()


def _pct(value: float | None) -> str:
    return "—" if value is None else f"{value:.0%}"


def _num(value: float | None) -> str:
    return "—" if value is None else f"{value:.1f}"


def _table(report: MetricsReport) -> Table:
    from rich.markup import escape
    from rich.table import Table

    last_day = (report.until - timedelta(days=1)).date()
    table = Table(title=f"运行指标 · {report.since.date().isoformat()} 至 {last_day.isoformat()}")
    for header in (
        "范围",
        "名称",
        "发布",
        "原创",
        "转载",
        "原创比例",
        "最长未更新(天)",
        "投递成功率",
        "发布耗时中位数(分)",
        "撤回",
        "合规提示",
    ):
        table.add_column(header, overflow="fold")
    scope_label = {"account": "账号", "unit": "单位", "matrix": "合计"}

    def add(s: ScopeMetrics) -> None:
        table.add_row(
            scope_label[s.scope],
            escape(s.name if s.scope != "account" else f"{s.name}（{s.key}）"),
            str(s.publications),
            str(s.originals),
            str(s.reprints),
            _pct(s.original_ratio),
            _num(s.longest_gap.days if s.longest_gap else None),
            _pct(s.success_rate),
            _num(s.median_minutes_to_publish),
            str(s.retractions),
            escape("；".join(f"{r} {n}" for r, n in sorted(s.findings.items())) or "—"),
        )

    for scope in [*report.accounts, *report.units, report.matrix]:
        add(scope)
    return table


def metrics(
    since: SinceOption = None,
    until: UntilOption = None,
    fmt: Annotated[str, typer.Option("--format", help="table, csv or json.")] = "table",
    output: Annotated[
        Path | None, typer.Option("--output", "-o", help="Write to this file.")
    ] = None,
    config: ConfigOption = None,
    as_json: JsonOption = False,
) -> int:
    """Publications, 原创比例, gaps, success rate, time to publish, retractions, findings."""
    from rich.console import Console

    config, as_json = resolve_options(config, as_json)
    if fmt not in ("table", "csv", "json"):
        raise ConfigError(f"expected table, csv or json, got {fmt!r}", key="--format")
    fmt = "json" if as_json else fmt
    report = metrics_for(load_matrix(config), since, until)
    if fmt == "json":
        text = json.dumps(report.to_dict(), ensure_ascii=False, indent=2) + "\n"
    elif fmt == "csv":
        rows = report.rows()
        buffer = io.StringIO()
        writer = csv.DictWriter(buffer, fieldnames=list(rows[0]), lineterminator="\n")
        writer.writeheader()
        writer.writerows(rows)
        text = buffer.getvalue()
    else:
        buffer = io.StringIO()
        Console(file=buffer, width=200).print(_table(report))
        text = buffer.getvalue()
    if output is not None:
        output.write_text(text, encoding="utf-8-sig" if fmt == "csv" else "utf-8")
        Console(stderr=True).print(f"已写入 {output}")
    else:
        sys.stdout.write(text)
    return 0


def register(app: typer.Typer) -> None:
    """Add ``metrics`` to ``app``."""
    app.command()(metrics)
