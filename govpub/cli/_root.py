"""The root command: global options, and the one place expected errors become exit codes."""

from __future__ import annotations

import sys
from pathlib import Path
from typing import Annotated

import typer

from govpub.cli._common import EXIT_BLOCKED, EXIT_USAGE, State
from govpub.errors import ConfigError, GovpubError, PolicyError, PostError, ReviewError


def _version(value: bool) -> None:
    if value:
        import govpub  # noqa: PLC0415

        typer.echo(f"govpub {govpub.__version__}")
        raise typer.Exit


def make_root() -> typer.Typer:
    """A fresh root app (tests build one per invocation)."""
    app = typer.Typer(
        name="govpub",
        help="政务新媒体矩阵发布 — publish one post to every account of the matrix, "
        "with review and compliance checks built in.",
        no_args_is_help=True,
        pretty_exceptions_enable=False,
        add_completion=False,
        rich_markup_mode=None,
    )

    @app.callback()
    def root(
        config: Annotated[
            Path | None,
            typer.Option("--config", "-c", help="Configuration file (default: ./govpub.toml)."),
        ] = None,
        as_json: Annotated[bool, typer.Option("--json", help="Print JSON for machines.")] = False,
        version: Annotated[
            bool,
            typer.Option("--version", callback=_version, is_eager=True, help="Show the version."),
        ] = False,
    ) -> None:
        """Global options; they apply to every command."""
        State.config = config
        State.json = as_json

    return app


def run(app: typer.Typer, argv: list[str] | None = None) -> int:  # noqa: PLR0911 - one per outcome
    """Run ``app``; expected errors print one line and map to exit codes, never a traceback."""
    State.config = None
    State.json = False
    try:
        result = app(args=argv, prog_name="govpub", standalone_mode=False)
    except typer.Exit as exc:
        return int(exc.exit_code)
    except typer.Abort:
        sys.stderr.write("govpub: aborted\n")
        return 130
    except typer.TyperException as exc:  # usage errors: bad option, missing argument
        show = getattr(exc, "show", None)
        if show is not None:
            show()
        else:
            sys.stderr.write(f"govpub: {exc}\n")
        return EXIT_USAGE
    except (ConfigError, PostError) as exc:
        sys.stderr.write(f"govpub: {exc}\n")
        return EXIT_USAGE
    except (PolicyError, ReviewError) as exc:
        sys.stderr.write(f"govpub: {exc}\n")
        return EXIT_BLOCKED
    except GovpubError as exc:
        sys.stderr.write(f"govpub: {exc}\n")
        return 1
    return int(result) if isinstance(result, int) else 0
