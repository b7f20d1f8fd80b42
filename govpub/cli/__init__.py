"""The ``govpub`` command line (typer + rich; install ``govpub[cli]``).

Each command group lives in a module ``cmd_<name>.py`` in this package that
defines ``register(app)``; they are found here at start-up, so adding a command
touches no shared file.  Exit codes (see ``docs/cli.md``): 0 success, 1 some
deliveries failed or a check failed, 2 usage or configuration error (one line,
no traceback), 3 refused by policy or review.
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
