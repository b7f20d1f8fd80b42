"""``govpub posts``: the posts in the ledger, newest first, with where their deliveries stand.

A post without ``id:`` is known by an id derived from its content, which no
one remembers; this list is how an editor finds it again (and sees at a
glance which posts still have failed, unknown or 需人工撤回 deliveries).
Times are shown in the agency's zone (``[agency] timezone``).
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from datetime import datetime, tzinfo
from typing import TYPE_CHECKING, Annotated, Any, get_args

import typer

from govpub.cli._common import ConfigOption, JsonOption, emit_json, load_matrix, resolve_options
from govpub.cli._when import parse_start
from govpub.errors import ConfigError

if TYPE_CHECKING:
    from rich.table import Table

    from govpub.ledger import Ledger, PostSummary

__all__ = ["POST_STATE_LABELS", "register"]

#: How each post state reads to an editor.
POST_STATE_LABELS: Mapping[str, str] = {
    "scheduled": "已排期",
    "active": "发送中",
    "done": "已完成",
    "refused": "已拒绝",
    "retracted": "已撤回",
}
_STATE_STYLE = {"active": "yellow", "done": "green", "refused": "red", "retracted": "dim"}

StateOption = Annotated[
    list[str] | None,
    typer.Option(
        "--state",
        help="Only posts in this state: scheduled, active, done, refused, retracted "
        "(repeat, or separate with commas; the Chinese labels work too).",
        show_default=False,
    ),
]
SinceOption = Annotated[
    str | None,
    typer.Option(
        "--since",
        help="Only posts created from this date (YYYY-MM-DD) or time on; "
        "without an offset, in the agency's time zone.",
        show_default=False,
    ),
]


def parse_states(values: Sequence[str] | None) -> list[str] | None:
    """``--state`` values → post states; an unknown one is a usage error listing the known."""
    if not values:
        return None
    from govpub.ledger import PostState

    known = get_args(PostState)
    by_label = {label: state for state, label in POST_STATE_LABELS.items()}
    states: list[str] = []
    for value in values:
        for item in (v.strip() for v in value.split(",")):
            if not item:
                continue
            state = by_label.get(item, item.lower())
            if state not in known:
                choices = ", ".join(f"{s} ({POST_STATE_LABELS[s]})" for s in known)
                raise ConfigError(f"unknown post state {item!r}; expected {choices}", key="--state")
            states.append(state)
    return states or None


def _when(value: datetime | None, tz: tzinfo) -> str | None:
    return None if value is None else value.astimezone(tz).isoformat(timespec="seconds")


def _row(summary: PostSummary, tz: tzinfo) -> dict[str, Any]:
    post = summary.post
    return {
        "id": post.id,
        "title": post.title,
        "category": post.category,
        "state": post.state,
        "created_at": _when(post.created_at, tz),
        "publish_at": _when(post.publish_at, tz),
        "reason": post.reason,
        "deliveries": dict(sorted(summary.deliveries.items())),
    }


def _counts(deliveries: Mapping[str, int]) -> str:
    from govpub.publisher.report import STATE_LABELS

    return "，".join(f"{STATE_LABELS.get(s, s)} {n}" for s, n in sorted(deliveries.items())) or "—"


def _table(rows: Sequence[Mapping[str, Any]], tz: tzinfo) -> Table:
    from rich.markup import escape
    from rich.table import Table

    table = Table(title=f"稿件 · 共 {len(rows)} 篇 · 时区 {tz}", show_lines=False)
    # The id is what editors copy into status/retract: never folded or cut.
    table.add_column("编号", no_wrap=True, min_width=max(len(r["id"]) for r in rows))
    for header in ("标题", "类别", "创建时间", "状态", "投递"):
        table.add_column(header, overflow="fold")
    for row in rows:
        state = POST_STATE_LABELS.get(row["state"], row["state"])
        if row["state"] == "scheduled" and row["publish_at"]:
            state += f"（{_short(row['publish_at'])}）"
        style = _STATE_STYLE.get(row["state"])
        table.add_row(
            row["id"],
            escape(row["title"]),
            escape(row["category"]),
            _short(row["created_at"]),
            f"[{style}]{state}[/{style}]" if style else state,
            _counts(row["deliveries"]),
        )
    return table


def _short(iso: str) -> str:
    """``2026-03-05T09:00:12+08:00`` → ``2026-03-05 09:00+08:00`` (the offset stays)."""
    return datetime.fromisoformat(iso).isoformat(sep=" ", timespec="minutes")


def posts(
    state: StateOption = None,
    since: SinceOption = None,
    config: ConfigOption = None,
    as_json: JsonOption = False,
) -> int:
    """List the posts in the ledger, newest first: id, title, state, counts per delivery state."""
    from rich.console import Console

    from govpub.ledger.stores import open_ledger

    config, as_json = resolve_options(config, as_json)
    matrix = load_matrix(config)
    tz = matrix.agency.tz
    states = parse_states(state)
    start = parse_start(since, tz) if since is not None else None
    summaries: list[PostSummary] = []
    store = matrix.store
    # a listing never creates a SQLite file
    if store.url is not None or str(store.path) == ":memory:" or store.path.exists():
        ledger: Ledger = open_ledger(store)
        try:
            summaries = ledger.post_summaries(states=states, since=start)
        finally:
            ledger.close()
    rows = [_row(s, tz) for s in reversed(summaries)]
    if as_json:
        emit_json({"timezone": str(tz), "posts": rows})
    elif not rows:
        Console().print("没有符合条件的稿件。")
    else:
        Console().print(_table(rows, tz))
    return 0


def register(app: typer.Typer) -> None:
    """Add ``posts`` to ``app``."""
    app.command()(posts)
