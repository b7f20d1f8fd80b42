"""Showing publish reports to people: a progress bar per platform and a results table."""

from __future__ import annotations

from collections import Counter
from collections.abc import Iterator, Sequence
from contextlib import contextmanager

from rich.cells import cell_len
from rich.console import Console
from rich.markup import escape
from rich.progress import (
    BarColumn,
    MofNCompleteColumn,
    Progress,
    TaskID,
    TextColumn,
    TimeElapsedColumn,
)
from rich.table import Table

from govpub.publisher import DeliveryEvent, DeliveryReport, PublishReport

__all__ = ["PlatformProgress", "print_report", "progress_for"]

_RESTING = frozenset(
    {
        "govpub.delivery.published",
        "govpub.delivery.reconciled",
        "govpub.delivery.failed",
        "govpub.delivery.unknown",
        "govpub.delivery.accepted",
        "govpub.delivery.removed",
        "govpub.delivery.retracted",
        "govpub.delivery.retract_manual",
        "govpub.delivery.retract_failed",
        "govpub.delivery.cancelled",
    }
)
_STATE_STYLE = {
    "published": "green",
    "retracted": "green",
    "accepted": "cyan",
    "planned": "yellow",
    "skipped": "dim",
    "cancelled": "dim",
    "failed": "red",
    "unknown": "magenta",
    "retract_failed": "red",
    "retract_manual": "yellow",
    "removed": "red",
}


class PlatformProgress:
    """One bar per platform, advanced by delivery events as each account settles."""

    def __init__(self, progress: Progress) -> None:
        self.progress = progress
        self.tasks: dict[str, TaskID] = {}
        self.settled: set[str] = set()
        self.retries: Counter[str] = Counter()

    def expect(self, totals: dict[str, int]) -> None:
        """Create the bars (platform → number of deliveries)."""
        for platform, total in sorted(totals.items()):
            self.tasks[platform] = self.progress.add_task(platform, total=total)

    def __call__(self, event: DeliveryEvent) -> None:
        platform = event.platform or ""
        if event.name == "govpub.delivery.retry_scheduled":
            self.retries[platform] += 1
        if platform not in self.tasks:
            if event.name.startswith("govpub.delivery.") and platform:
                self.tasks[platform] = self.progress.add_task(platform, total=None)
            else:
                return
        task = self.tasks[platform]
        note = f"重试 {self.retries[platform]} 次" if self.retries[platform] else ""
        self.progress.update(task, description=f"{platform} {note}".strip())
        settles = event.name in _RESTING and event.name != "govpub.delivery.accepted"
        if settles and event.delivery_id and event.delivery_id not in self.settled:
            self.settled.add(event.delivery_id)
            self.progress.advance(task)


@contextmanager
def progress_for(console: Console, *, enabled: bool = True) -> Iterator[PlatformProgress]:
    """A live progress display on ``console`` (disabled for ``--json``)."""
    progress = Progress(
        TextColumn("{task.description:<16}"),
        BarColumn(),
        MofNCompleteColumn(),
        TimeElapsedColumn(),
        console=console,
        disable=not enabled,
        transient=False,
    )
    with progress:
        yield PlatformProgress(progress)


def print_report(console: Console, report: PublishReport, *, title: str | None = None) -> None:
    """The results table an editor reads: one row per account.

    The heading always ends with the post id, whatever ``title`` says: a post
    without ``id:`` is known by an id derived from its content, and this table
    is where the editor learns it (for ``status``, ``retract``, ``resume``).
    """
    heading = f"{title or report.title} · {report.post_id}"
    # At least as wide as its heading, so that a narrow table does not wrap the id away.
    table = Table(title=heading, show_lines=False, min_width=cell_len(heading))
    for header in ("账号", "平台", "单位", "状态", "尝试", "链接 / 说明"):
        table.add_column(header, overflow="fold")
    for row in report.deliveries:
        style = _STATE_STYLE.get(row.state, "")
        detail = escape(_detail(row))  # platform text may hold [brackets]: not markup
        table.add_row(
            row.account_name or row.account_id,
            row.platform,
            row.unit or "",
            f"[{style}]{row.label}[/{style}]" if style else row.label,
            str(row.attempts),
            detail,
        )
    console.print(table)
    summary = "，".join(
        f"{_label(state)} {count}" for state, count in sorted(report.counts.items())
    )
    console.print(f"合计：{summary}")
    if report.frozen:
        console.print(
            f"[yellow]矩阵已暂停发布（{report.frozen}），稿件已排队，解除暂停后发送。[/yellow]"
        )


#: States whose row needs a person: the instruction is shown even when the row has a URL.
_ACTION_STATES = frozenset({"retract_manual", "retract_failed", "unknown", "failed", "skipped"})


def _detail(row: DeliveryReport) -> str:
    """The last column: why (the error), what to do (the instruction), where (the URL).

    A 需人工撤回 row has a URL (the post is live) *and* a task for an editor;
    showing only the URL hid the task, so each part gets its own line.
    """
    lines = []
    if row.error:
        code = f"[{row.error.get('code')}] " if row.error.get("code") is not None else ""
        lines.append(f"{code}{row.error.get('message', '')}")
    if row.instruction and (row.state in _ACTION_STATES or not row.url):
        lines.append(row.instruction)
    if row.url and not any(row.url in line for line in lines):
        lines.append(row.url)
    return "\n".join(lines)


def _label(state: str) -> str:
    from govpub.publisher.report import STATE_LABELS

    return STATE_LABELS.get(state, state)


def platform_totals(
    report: PublishReport, *, states: Sequence[str] = ("planned",)
) -> dict[str, int]:
    """Deliveries per platform in ``states`` (to size the progress bars)."""
    return dict(Counter(d.platform for d in report.deliveries if d.state in states))
