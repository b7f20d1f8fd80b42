"""``govpub demo``: the whole story against the built-in sandbox platforms, in about 30 seconds."""

from __future__ import annotations

from pathlib import Path
from typing import Annotated

import typer


def demo(
    workspace: Annotated[
        Path | None,
        typer.Option(
            "--workspace", help="Keep the demo's files here (default: a temporary folder)."
        ),
    ] = None,
    seed: Annotated[int, typer.Option("--seed", help="Seed of the sandbox's fault injection.")] = 7,
) -> int:
    """Check, approve, publish to 12 sandbox accounts with trouble; kill, resume, retract, audit."""
    from rich.console import Console

    try:
        from govpub.demo import run_demo  # needs the sandbox extra
    except ImportError as exc:
        raise typer.BadParameter(f"the demo needs govpub[all]: {exc}") from None
    return run_demo(Console(), workspace=workspace, seed=seed)


def register(app: typer.Typer) -> None:
    """Add ``demo`` to ``app``."""
    app.command()(demo)
