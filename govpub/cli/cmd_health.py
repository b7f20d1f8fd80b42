"""``govpub health``: where each account stands before the inspectors look (exit 1 on any fail).

Run it daily from cron: inspectors sample at arbitrary times (国办秘函〔2019〕19号),
and an account fails at 14 days without update.  ``--json`` for machines; a
table with Chinese labels for people.
"""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING, Annotated

import typer

from govpub.cli._common import ConfigOption, JsonOption, State, emit_json, resolve_options
from govpub.cli._when import parse_moment

if TYPE_CHECKING:
    from rich.console import Console

    from govpub.config import Matrix
    from govpub.health.results import AccountHealth, HealthReport

__all__ = ["AtOption", "NoRemoteOption", "ProfileOption", "register", "run_health"]

AtOption = Annotated[
    str | None,
    typer.Option("--at", help="Check as of this date (YYYY-MM-DD: end of that day) or time."),
]
ProfileOption = Annotated[
    str | None, typer.Option("--profile", help="Rule profile (default: [health] profile).")
]
NoRemoteOption = Annotated[
    bool, typer.Option("--no-remote", help="Do not ask the platforms; use the ledger only.")
]

_STYLE = {"ok": "green", "warn": "yellow", "fail": "bold red"}
_SOURCE_LABEL = {"ledger": "台账", "platform": "平台", "opened": "开设日"}
_STATUS = {"active": "在用", "suspended": "暂停", "closed": "关停", "cancelled": "注销"}


def load_lenient(config: Path | None) -> Matrix:
    """The matrix, with unresolvable credentials reported per account instead of raised."""
    from govpub.config import Matrix

    return Matrix.from_toml(config if config is not None else State.config, lenient=True)


def run_health(
    matrix: Matrix, *, at: str | None, profile: str | None, remote: bool
) -> HealthReport:
    """Check the matrix (what ``govpub health`` and ``govpub report`` share)."""
    import asyncio

    from govpub.health.check import check_health
    from govpub.health.settings import HealthSettings

    settings = HealthSettings.from_matrix(matrix)
    moment = parse_moment(at, settings.tz).astimezone(settings.tz)
    return asyncio.run(
        check_health(matrix, at=moment, profile=profile, remote=remote, settings=settings)
    )


def _cell(entry: AccountHealth, *checks: str) -> str:
    from govpub.health.results import LEVEL_LABELS

    found = [f for c in checks if (f := entry.finding(c)) is not None]
    bad = [f for f in found if f.level != "ok"]
    if not bad:
        return "[green]正常[/green]" if found else "—"
    worst = max(bad, key=lambda f: f.level == "fail")
    label = LEVEL_LABELS[worst.level]
    return f"[{_STYLE[worst.level]}]{label}[/{_STYLE[worst.level]}]"


def print_health(console: Console, report: HealthReport, tz_label: str) -> None:
    """The health table, then every finding that is not ok, then the notes."""
    from rich.markup import escape
    from rich.table import Table

    from govpub.health.results import LEVEL_LABELS

    table = Table(
        title=escape(
            f"政务新媒体矩阵健康检查 · {report.at.isoformat(timespec='minutes')} · "
            f"{report.profile_label}"
        )
    )
    for header in (
        "账号",
        "平台",
        "主办单位",
        "状态",
        "最近更新",
        "未更新天数",
        "互动",
        "凭据",
        "登记/备案",
        "结论",
    ):
        table.add_column(header, overflow="fold")
    for entry in report.accounts:
        dormant = entry.finding("R-DORMANT")
        days = "—" if entry.days_without_update is None else str(entry.days_without_update)
        if dormant is not None:
            days = f"[{_STYLE[dormant.level]}]{days}[/{_STYLE[dormant.level]}]"
        last = "—"
        if dormant is not None and "last_update" in dormant.details:
            basis = _SOURCE_LABEL.get(str(dormant.details.get("basis")), "")
            last = f"{dormant.details['last_update']}（{basis}）"
        interaction = {True: "开启", False: "[bold red]关闭[/bold red]", None: "未知"}[
            entry.interaction
        ]
        status = _STATUS.get(entry.status, entry.status) + (
            f"（{entry.status_reason}）" if entry.status_reason else ""
        )
        table.add_row(
            f"{escape(entry.name)}\n[dim]{escape(entry.account_id)}[/dim]",
            escape(entry.platform_label or entry.platform),
            escape(entry.unit),
            escape(status),
            last,
            days,
            interaction if entry.status in ("active", "suspended") else "—",
            _cell(entry, "G-CREDENTIALS", "G-TOKEN-EXPIRY", "G-REAUTH"),
            _cell(entry, "R-ONE-ACCOUNT", "G-NAMES", "R-FILING"),
            f"[{_STYLE[entry.level]}]{LEVEL_LABELS[entry.level]}[/{_STYLE[entry.level]}]",
        )
    console.print(table)
    for entry in report.accounts:
        for finding in entry.findings:
            if finding.level != "ok":
                mark = "✗" if finding.level == "fail" else "!"
                style = _STYLE[finding.level]
                console.print(
                    f"[{style}]{mark} {escape(entry.account_id)} {finding.check}[/{style}] "
                    f"{escape(finding.message)}\n    [dim]依据：{escape(finding.source)}[/dim]"
                )
        for note in entry.notes:
            console.print(f"[dim]· {escape(entry.account_id)}：{escape(note)}[/dim]")
    for finding in report.matrix_findings:
        style = _STYLE[finding.level]
        console.print(f"[{style}]! 矩阵 {finding.check}[/{style}] {escape(finding.message)}")
    counts = report.counts
    console.print(
        f"结论：[{_STYLE[report.level]}]{LEVEL_LABELS[report.level]}[/{_STYLE[report.level]}]　"
        f"通过 {counts['ok']}　警告 {counts['warn']}　不合格 {counts['fail']}　（时区 {tz_label}）"
    )


def health(
    at: AtOption = None,
    profile: ProfileOption = None,
    no_remote: NoRemoteOption = False,
    config: ConfigOption = None,
    as_json: JsonOption = False,
) -> int:
    """Check every account: updates, interaction, credentials, registry, filings (1 on fail)."""
    from rich.console import Console

    from govpub.health.settings import HealthSettings

    config, as_json = resolve_options(config, as_json)
    matrix = load_lenient(config)
    report = run_health(matrix, at=at, profile=profile, remote=not no_remote)
    if as_json:
        emit_json(report.to_dict())
    else:
        print_health(Console(), report, HealthSettings.from_matrix(matrix).tz_label)
    return report.exit_code


def register(app: typer.Typer) -> None:
    """Add ``health`` to ``app``."""
    app.command()(health)
