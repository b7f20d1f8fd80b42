"""The root command: global options, and the one place errors become exit codes.

Exit codes (DESIGN "Command line", per command in ``docs/cli.md``): 0 success,
1 the work did not all get done (failed or unknown deliveries, a broken audit
chain, a failing account — and an unexpected error, see :func:`_unexpected`),
2 usage or configuration, 3 refused by policy or review, 130 interrupted.
Nothing the command line does ends in a traceback unless ``-v`` asks for one.
"""

from __future__ import annotations

import sys
from collections.abc import Callable, Sequence
from functools import update_wrapper
from pathlib import Path
from typing import Annotated, Any

import typer
import typer.main

from govpub._redact import redact_text
from govpub.cli import _logs
from govpub.cli._common import EXIT_BLOCKED, EXIT_FAILED, EXIT_USAGE, State
from govpub.cli._logs import LOG_FORMAT_ENV, VERBOSE_ENV, LogFormat
from govpub.errors import ConfigError, GovpubError, PolicyError, PostError, ReviewError

#: The root options that every command also accepts after its name (``govpub publish X -v``).
SHARED_OPTIONS = ("verbose", "log_format")

EXIT_INTERRUPTED = 130  # 128 + SIGINT, what a shell reports for Ctrl+C

#: The root options followed by a value (a test checks them against :func:`make_root`).
VALUE_OPTIONS = frozenset({"--config", "-c", "--log-format"})

_MAX_DETAIL = 300


def _version(value: bool) -> None:
    if value:
        import govpub

        typer.echo(f"govpub {govpub.__version__}")
        raise typer.Exit


def command_name(args: Sequence[str]) -> str | None:
    """The command ``args`` run: the first word that is neither a root option nor its value.

    Only a guess that narrows the tree (:func:`govpub.cli.build_app`): a word
    that names no command leaves the whole tree to click, which then parses
    ``args`` itself.
    """
    words = iter(args)
    for word in words:
        if word == "--":
            return next(words, None)
        if word in VALUE_OPTIONS:
            next(words, None)
        elif not word.startswith("-"):
            return word
    return None


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
        verbose: Annotated[
            int,
            typer.Option(
                "--verbose",
                "-v",
                count=True,
                help="Debug logs on standard error: -v govpub's events and one line per "
                f"HTTP request, -vv the HTTP stack too (or ${VERBOSE_ENV}=1|2). "
                "An unexpected error then shows its traceback.",
                show_default=False,
            ),
        ] = 0,
        log_format: Annotated[
            LogFormat | None,
            typer.Option(
                "--log-format",
                case_sensitive=False,
                help="Log lines as json or console (default: console in a terminal, "
                f"json otherwise; or ${LOG_FORMAT_ENV}).",
                show_default=False,
            ),
        ] = None,
        version: Annotated[
            bool,
            typer.Option("--version", callback=_version, is_eager=True, help="Show the version."),
        ] = False,
    ) -> None:
        """Global options; they apply to every command."""
        State.config = config
        State.json = as_json
        _record(verbose, log_format)

    return app


def _record(verbose: int | None, log_format: str | None) -> None:
    """Add one command's share of the logging options to :class:`State`."""
    State.verbose += verbose or 0
    if log_format is not None:
        State.log_format = LogFormat(log_format).value


def share_global_options(command: Any) -> None:
    """Let every command below the root take ``-v`` and ``--log-format`` too.

    The root declares them once; their parameter objects are added to every
    group and command of the tree, whose callback records them and sets up
    logging before the command runs.  Commands added later (a new ``cmd_*.py``)
    get them without a line of their own.  A command that declares an option of
    the same name keeps its own, which a test forbids.
    """
    shared = [p for p in command.params if p.name in SHARED_OPTIONS]
    for sub in getattr(command, "commands", {}).values():
        _share(sub, shared)


def _share(command: Any, shared: list[Any]) -> None:
    names = {p.name for p in command.params}
    flags = {flag for p in command.params for flag in (*p.opts, *p.secondary_opts)}
    extra = [
        p
        for p in shared
        if p.name not in names and not flags.intersection((*p.opts, *p.secondary_opts))
    ]
    command.params.extend(extra)
    command.callback = _recording(command.callback, [p.name for p in extra])
    for sub in getattr(command, "commands", {}).values():
        _share(sub, shared)


def _recording(callback: Callable[..., Any] | None, names: list[str]) -> Callable[..., Any]:
    """``callback`` preceded by recording the shared options and setting up logging."""

    def wrapper(**kwargs: Any) -> Any:
        values = {name: kwargs.pop(name, None) for name in names}
        _record(values.get("verbose"), values.get("log_format"))
        _logs.apply()
        return None if callback is None else callback(**kwargs)

    if callback is not None:
        update_wrapper(wrapper, callback)
    return wrapper


def run(  # noqa: PLR0911 - one return per outcome
    app: typer.Typer, argv: list[str] | None = None
) -> int:
    """Run ``app``; every error prints one line and maps to an exit code, never a traceback."""
    State.reset()
    command = typer.main.get_command(app)
    share_global_options(command)
    with _logs.scope():
        try:
            result = command.main(args=argv, prog_name="govpub", standalone_mode=False)
        except typer.Exit as exc:
            return int(exc.exit_code)
        except typer.Abort:
            sys.stderr.write("govpub: aborted\n")
            return EXIT_INTERRUPTED
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
            return EXIT_FAILED
        except OSError as exc:
            if exc.filename is None:  # a socket, a pipe: nothing the user named
                return _unexpected(exc)
            return _unusable_file(exc)
        except Exception as exc:  # the last net: a bug must not print a traceback
            return _unexpected(exc)
    return int(result) if isinstance(result, int) else 0


def _unusable_file(exc: OSError) -> int:
    """A file that cannot be read or written — an output path, a key, a port file: exit 2.

    The path came from the command line or the configuration, so the fix is the
    user's (another path, a missing directory, permissions), as DESIGN's exit 2
    says: one line naming the file and what is wrong with it.
    """
    where = redact_text(str(exc.filename))
    sys.stderr.write(f"govpub: {where}: {exc.strerror or type(exc).__name__}\n")
    return EXIT_USAGE


def _unexpected(exc: Exception) -> int:
    """A bug or an unforeseen condition: one line naming the error; the traceback only with -v.

    Exit 1, not 2 or 3: those tell a script "fix the configuration" and "the
    content was refused", which would send it the wrong way; 1 says the command
    did not get its work done — and for the publishing commands, the ledger
    still knows where each delivery stands, so ``govpub resume`` finishes them.
    """
    try:
        verbose = _logs.apply().verbose > 0
    except Exception:  # a bad $GOVPUB_VERBOSE, or logging itself broken, must not hide the error
        verbose = State.verbose > 0
    if verbose:
        from govpub.logging import get_logger

        get_logger("govpub.cli").error("govpub.cli.unexpected_error", exc_info=exc)
    detail = " ".join(redact_text(str(exc)).split())
    if len(detail) > _MAX_DETAIL:
        detail = detail[: _MAX_DETAIL - 1] + "…"
    name = type(exc).__name__ + (f": {detail}" if detail else "")
    hint = "traceback above" if verbose else "run again with -v for the traceback"
    sys.stderr.write(f"govpub: unexpected error: {name} ({hint})\n")
    return EXIT_FAILED
