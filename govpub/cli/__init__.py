"""The ``govpub`` command line (typer + rich; install ``govpub[cli]``).

Each command group lives in a module ``cmd_<name>.py`` in this package that
defines ``register(app)``; they are found here at start-up, so adding a command
touches no shared file; the global options (``-v``, ``--log-format``) reach it
without a line of its own (``govpub.cli._root.share_global_options``).  Exit codes
(per command in ``docs/cli.md``, which a test reads): 0 success, 1 some deliveries
failed, a check failed or an unexpected error, 2 usage or configuration error (one
line, no traceback), 3 refused by policy or review, 130 interrupted.

Every run builds the tree, so registering must be cheap: a ``cmd_*`` module
imports rich, the publisher, the ledger… inside its command functions, and
:func:`main` hands typer only the command the arguments name
(``docs/performance.md``, "Start-up"; ``tests/core/test_import_budget.py``).
"""

from __future__ import annotations

import importlib
import pkgutil
import sys

from govpub.cli._common import EXIT_USAGE, ExitCode

__all__ = ["ExitCode", "build_app", "main"]

try:
    import rich  # noqa: F401
    import typer
except ImportError as exc:  # pragma: no cover - exercised only without the extra
    _MISSING: ImportError | None = exc
else:
    _MISSING = None


def build_app(command: str | None = None) -> typer.Typer:
    """The root typer app with every ``cmd_*`` module registered.

    With ``command``, only the command or group of that name stays in the tree,
    when there is one.  typer reads the signature of every command function when
    it turns the app into a click command, which for the whole tree cost more
    than the rest of ``govpub --version``; a run needs one.  A name that matches
    nothing (a typo, or no command at all: ``--help``) keeps the whole tree, so
    that click can list the commands or suggest the right one.
    """
    from govpub.cli._root import make_root

    app = make_root()
    for info in sorted(pkgutil.iter_modules(__path__), key=lambda m: m.name):
        if info.name.startswith("cmd_"):
            module = importlib.import_module(f"{__name__}.{info.name}")
            module.register(app)
    if command is not None:
        _keep_only(app, command)
    return app


def _keep_only(app: typer.Typer, name: str) -> None:
    """Drop every command and group of ``app`` but ``name``; nothing if none is ``name``."""
    from typer.main import get_command_name

    commands = [
        c
        for c in app.registered_commands
        if c.callback is not None and (c.name or get_command_name(c.callback.__name__)) == name
    ]
    groups = [g for g in app.registered_groups if g.name == name]
    if commands or groups:
        app.registered_commands = commands
        app.registered_groups = groups


def main(argv: list[str] | None = None) -> int:
    """Entry point of the ``govpub`` script; returns the exit code."""
    if _MISSING is not None:
        sys.stderr.write(
            "govpub: the command line needs the 'cli' extra: "
            f"pip install 'govpub[cli]' ({_MISSING})\n"
        )
        return EXIT_USAGE
    from govpub.cli._root import command_name, run

    return run(build_app(command_name(sys.argv[1:] if argv is None else argv)), argv)
