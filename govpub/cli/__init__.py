"""The ``govpub`` command line (typer + rich; install ``govpub[cli]``).

Each command group lives in a module ``cmd_<name>.py`` in this package that
defines ``register(app)``; they are found here at start-up, so adding a command
touches no shared file; the global options (``-v``, ``--log-format``) reach it
without a line of its own (``govpub.cli._root.share_global_options``).  Exit codes
(per command in ``docs/cli.md``, which a test reads): 0 success, 1 some deliveries
failed, a check failed or an unexpected error, 2 usage or configuration error (one
line, no traceback), 3 refused by policy or review, 130 interrupted.
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


def build_app() -> typer.Typer:
    """The root typer app with every ``cmd_*`` module registered."""
    from govpub.cli._root import make_root  # noqa: PLC0415

    app = make_root()
    for info in sorted(pkgutil.iter_modules(__path__), key=lambda m: m.name):
        if info.name.startswith("cmd_"):
            module = importlib.import_module(f"{__name__}.{info.name}")
            module.register(app)
    return app


def main(argv: list[str] | None = None) -> int:
    """Entry point of the ``govpub`` script; returns the exit code."""
    if _MISSING is not None:
        sys.stderr.write(
            "govpub: the command line needs the 'cli' extra: "
            f"pip install 'govpub[cli]' ({_MISSING})\n"
        )
        return EXIT_USAGE
    from govpub.cli._root import run  # noqa: PLC0415

    return run(build_app(), argv)
