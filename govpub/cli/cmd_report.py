"""``govpub report``: the matrix health and the period's figures as one offline HTML file."""

from __future__ import annotations

from datetime import UTC, datetime
from pathlib import Path
from typing import Annotated

import typer

from govpub.cli._common import ConfigOption, resolve_options
from govpub.cli._when import parse_period
from govpub.cli.cmd_health import NoRemoteOption, ProfileOption, load_lenient, run_health
from govpub.cli.cmd_metrics import SinceOption, UntilOption, metrics_for


def report(
    output: Annotated[Path, typer.Option("--output", "-o", help="The HTML file to write.")],
    since: SinceOption = None,
    until: UntilOption = None,
    at: Annotated[
        str | None,
        typer.Option("--at", help="Health as of this date or time (default: now, or --until)."),
    ] = None,
    profile: ProfileOption = None,
    no_remote: NoRemoteOption = False,
    config: ConfigOption = None,
) -> int:
    """Write a self-contained HTML report for supervisors (health, calendar, charts, figures)."""
    from rich.console import Console

    from govpub.health.report import render_report
    from govpub.health.settings import HealthSettings

    config, _ = resolve_options(config, False)
    matrix = load_lenient(config)
    settings = HealthSettings.from_matrix(matrix)
    figures = metrics_for(matrix, since, until)
    if at is None and until is not None:
        _, end = parse_period(since, until, settings.tz)
        if end <= datetime.now(UTC):
            at = until  # a past period: health as of its last day
    health = run_health(matrix, at=at, profile=profile, remote=not no_remote)
    html = render_report(
        health,
        figures,
        settings.rule_profile(profile),
        agency=matrix.agency.name,
    )
    output.parent.mkdir(parents=True, exist_ok=True)
    output.write_text(html, encoding="utf-8")
    counts = health.counts
    Console(stderr=True).print(
        f"已生成报告：{output}（账号 {len(health.accounts)}，通过 {counts['ok']}，"
        f"警告 {counts['warn']}，不合格 {counts['fail']}）"
    )
    return 0


def register(app: typer.Typer) -> None:
    """Add ``report`` to ``app``."""
    app.command()(report)
