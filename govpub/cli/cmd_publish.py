"""``govpub publish``, ``status``, ``resume``, ``retract``: the matrix publisher from a terminal."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING, Annotated

import typer

from govpub.cli._common import ConfigOption, JsonOption, emit_json, resolve_options
from govpub.cli._publishing import exit_code_for, open_publisher, read_approvals
from govpub.errors import PostError

if TYPE_CHECKING:
    from govpub.cli._report import PlatformProgress
    from govpub.publisher import DeliveryEvent, PublishReport

ApprovalOption = Annotated[
    list[Path] | None,
    typer.Option("--approval", "-a", help="An approval file (repeat for each tier)."),
]
AccountsOption = Annotated[
    str | None,
    typer.Option("--accounts", help="Only these account ids, comma-separated."),
]
PlatformsOption = Annotated[
    str | None, typer.Option("--platforms", help="Only these platforms, comma-separated.")
]
UnitsOption = Annotated[
    str | None, typer.Option("--units", help="Only these units, comma-separated.")
]


PostArgument = Annotated[
    str, typer.Argument(help="The post id (shown by publish and posts), or the post file.")
]


def _split(value: str | None) -> list[str] | None:
    return [v.strip() for v in value.split(",") if v.strip()] if value else None


def publish(
    post_file: Annotated[Path, typer.Argument(help="The post: Markdown with front matter.")],
    approval: ApprovalOption = None,
    accounts: AccountsOption = None,
    platforms: PlatformsOption = None,
    units: UnitsOption = None,
    dry_run: Annotated[
        bool, typer.Option("--dry-run", help="Check and plan; send nothing.")
    ] = False,
    allow_duplicate: Annotated[
        bool,
        typer.Option(
            "--allow-duplicate",
            help="Publish even if the same title and body reached these accounts within "
            "[publisher] duplicate_window (recorded in the audit trail).",
        ),
    ] = False,
    config: ConfigOption = None,
    as_json: JsonOption = False,
) -> int:
    """Check, verify approvals and publish a post to the matrix (先审后发)."""
    import asyncio

    from rich.console import Console

    from govpub.cli._postfile import read_post
    from govpub.cli._report import print_report, progress_for

    config, as_json = resolve_options(config, as_json)
    post = read_post(post_file, config)
    approvals = read_approvals(approval or [])
    console = Console(stderr=as_json)

    async def run() -> PublishReport:
        _, publisher = open_publisher(config)
        with progress_for(console, enabled=not as_json and not dry_run) as progress:
            publisher.subscribe(_sizer(progress))
            async with publisher:
                return await publisher.publish(
                    post,
                    approvals,
                    accounts=_split(accounts),
                    platforms=_split(platforms),
                    units=_split(units),
                    dry_run=dry_run,
                    allow_duplicate=allow_duplicate,
                )

    try:
        report = asyncio.run(run())
    except PostError as exc:  # a platform refuses the post: say which file, not "<post>"
        raise exc.in_file(str(post_file)) from None
    if as_json:
        emit_json(report.to_dict())
    else:
        if report.findings:
            for finding in report.findings:
                console.print(
                    f"[yellow]{finding.get('severity')}[/yellow] {finding.get('message')}"
                )
        if report.already_submitted:
            console.print(
                f"稿件 {report.post_id} 此前已提交发布：本次没有重复发送，只继续了尚未完成的投递。"
            )
        print_report(
            console, report, title=("试运行（未发送）· " if dry_run else "") + report.title
        )
        if report.post_state == "scheduled" and not dry_run:
            console.print(
                f"已排期：{report.post_id} 将于 {post.publish_at} 由 govpub worker 发送。"
            )
    return 0 if dry_run else exit_code_for(report)


def status(
    post: PostArgument,
    config: ConfigOption = None,
    as_json: JsonOption = False,
) -> int:
    """Where each delivery of a post stands."""
    import asyncio

    from rich.console import Console

    from govpub.cli._postref import resolve_post_id
    from govpub.cli._report import print_report

    config, as_json = resolve_options(config, as_json)

    async def run() -> PublishReport:
        matrix, publisher = open_publisher(config)
        async with publisher:
            return await publisher.status(resolve_post_id(post, matrix, publisher.ledger))

    report = asyncio.run(run())
    if as_json:
        emit_json(report.to_dict())
    else:
        print_report(Console(), report)
    return exit_code_for(report)


def resume(
    post: Annotated[
        str | None,
        typer.Argument(help="Only this post (its id, or the post file)."),
    ] = None,
    config: ConfigOption = None,
    as_json: JsonOption = False,
) -> int:
    """Finish every delivery a stopped or failed run left: nothing lost, nothing doubled."""
    import asyncio

    from rich.console import Console

    from govpub.cli._postref import resolve_post_id
    from govpub.cli._report import print_report, progress_for

    config, as_json = resolve_options(config, as_json)
    console = Console(stderr=as_json)

    async def run() -> list[PublishReport]:
        matrix, publisher = open_publisher(config)
        with progress_for(console, enabled=not as_json) as progress:
            publisher.subscribe(_sizer(progress))
            async with publisher:
                only = None if post is None else resolve_post_id(post, matrix, publisher.ledger)
                return await publisher.resume(only)

    reports = asyncio.run(run())
    if as_json:
        emit_json([r.to_dict() for r in reports])
    elif not reports:
        console.print("没有需要继续的投递。")
    for report in reports if not as_json else ():
        print_report(console, report)
    return max((exit_code_for(r) for r in reports), default=0)


def retract(
    post: PostArgument,
    reason: Annotated[str, typer.Option("--reason", help="Why (recorded in the audit trail).")],
    config: ConfigOption = None,
    as_json: JsonOption = False,
) -> int:
    """Take a post down from every account it reached (撤回)."""
    import asyncio

    from rich.console import Console

    from govpub.cli._postref import resolve_post_id
    from govpub.cli._report import print_report

    config, as_json = resolve_options(config, as_json)

    async def run() -> PublishReport:
        matrix, publisher = open_publisher(config)
        async with publisher:
            return await publisher.retract(resolve_post_id(post, matrix, publisher.ledger), reason)

    report = asyncio.run(run())
    if as_json:
        emit_json(report.to_dict())
    else:
        print_report(Console(), report, title=f"撤回 · {report.title}")
    bad = {"retract_failed", "unknown"}
    return 1 if any(d.state in bad for d in report.deliveries) else 0


def register(app: typer.Typer) -> None:
    """Add ``publish``, ``status``, ``resume`` and ``retract`` to ``app``."""
    for command in (publish, status, resume, retract):
        app.command()(command)


def _sizer(progress: PlatformProgress) -> Callable[[DeliveryEvent], None]:
    """Size the progress bars when the publisher says how many deliveries it will run."""

    def on_event(event: DeliveryEvent) -> None:
        if event.name == "govpub.post.delivering" and event.details:
            progress.expect(dict(event.details.get("platforms", {})))
        else:
            progress(event)

    return on_event
