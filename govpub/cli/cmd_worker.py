"""``govpub worker``, ``freeze``, ``unfreeze``: scheduled sending and the emergency stop."""

from __future__ import annotations

import os
from typing import TYPE_CHECKING, Annotated

import typer

from govpub.cli._common import ConfigOption, JsonOption, emit_json, resolve_options
from govpub.cli._publishing import exit_code_for, open_publisher

if TYPE_CHECKING:
    from govpub.publisher import PublishReport


def worker(
    once: Annotated[
        bool, typer.Option("--once", help="One pass (or until the queue is empty), then exit.")
    ] = False,
    interval: Annotated[float, typer.Option("--interval", help="Seconds between passes.")] = 30.0,
    concurrency: Annotated[
        int, typer.Option("--concurrency", min=1, help='Jobs at once (dispatcher = "workers").')
    ] = 16,
    name: Annotated[
        str | None, typer.Option("--name", help='Worker name (dispatcher = "workers").')
    ] = None,
    sweep_cron: Annotated[
        str,
        typer.Option("--sweep-cron", help="When the sweep runs (cron; a 6th field is seconds)."),
    ] = "* * * * *",
    stalled_after: Annotated[
        float,
        typer.Option(
            "--stalled-after", min=1, help="Seconds without a heartbeat before a worker is dead."
        ),
    ] = 30.0,
    config: ConfigOption = None,
    as_json: JsonOption = False,
) -> int:
    """Send scheduled posts when due and finish unfinished deliveries; with
    ``dispatcher = "workers"``, run deliveries from the job queue (docs/scale-out.md)."""
    import asyncio
    import gc
    import signal

    from rich.console import Console

    from govpub.cli._common import load_matrix
    from govpub.cli._report import print_report
    from govpub.publisher.settings import PublisherSettings

    config, as_json = resolve_options(config, as_json)
    console = Console(stderr=as_json)
    matrix = load_matrix(config)
    if PublisherSettings.from_matrix(matrix).dispatcher == "workers":
        import socket

        from govpub.worker import WorkerOptions, run_worker

        options = WorkerOptions(
            concurrency=concurrency,
            sweep_cron=sweep_cron,
            stalled_seconds=stalled_after,
            heartbeat_seconds=min(10.0, stalled_after / 3),
            name=name or f"{socket.gethostname()}:{os.getpid()}",
            wait=not once,
        )
        # This process is the worker: what start-up built (modules, the matrix) lives as long
        # as it does, so the collector need not walk it again on every full collection.
        gc.freeze()
        asyncio.run(run_worker(matrix, options))
        return 0

    async def run() -> list[PublishReport]:
        stop = asyncio.Event()
        loop = asyncio.get_running_loop()
        for signum in (signal.SIGINT, signal.SIGTERM):
            loop.add_signal_handler(signum, stop.set)
        _, publisher = open_publisher(config)
        done: list[PublishReport] = []
        async with publisher:
            while True:
                reports = [*await publisher.run_due(), *await publisher.resume()]
                done.extend(reports)
                for report in reports if not as_json else ():
                    print_report(console, report)
                if once or stop.is_set():
                    return done
                try:
                    await asyncio.wait_for(stop.wait(), timeout=interval)
                except TimeoutError:
                    continue
                return done

    reports = asyncio.run(run())
    if as_json:
        emit_json([r.to_dict() for r in reports])
    return max((exit_code_for(r) for r in reports), default=0)


def freeze(
    reason: Annotated[str, typer.Option("--reason", help="Why sending stops (audited).")],
    config: ConfigOption = None,
    as_json: JsonOption = False,
) -> int:
    """Emergency stop: nothing is sent until unfreeze, except exempt categories (e.g. emergency)."""
    import asyncio

    config, as_json = resolve_options(config, as_json)

    async def run() -> None:
        _, publisher = open_publisher(config)
        async with publisher:
            await publisher.freeze(reason)

    asyncio.run(run())
    if as_json:
        emit_json({"frozen": True, "reason": reason})
    else:
        from rich.console import Console

        Console().print(f"矩阵已暂停发布：{reason}（govpub unfreeze 解除）")
    return 0


def unfreeze(config: ConfigOption = None, as_json: JsonOption = False) -> int:
    """Lift the emergency stop; held deliveries go out on the next resume or worker pass."""
    import asyncio

    config, as_json = resolve_options(config, as_json)

    async def run() -> None:
        _, publisher = open_publisher(config)
        async with publisher:
            await publisher.unfreeze()

    asyncio.run(run())
    if as_json:
        emit_json({"frozen": False})
    else:
        from rich.console import Console

        Console().print("已解除暂停；排队的稿件将在下一次 govpub resume / worker 时发送。")
    return 0


def register(app: typer.Typer) -> None:
    """Add ``worker``, ``freeze`` and ``unfreeze`` to ``app``."""
    for command in (worker, freeze, unfreeze):
        app.command()(command)
