"""What every command shares: options, exit codes, consoles, config loading, JSON output."""

from __future__ import annotations

import json
import sys
from enum import IntEnum
from pathlib import Path
from typing import Annotated, Any

__all__ = [
    "EXIT_BLOCKED",
    "EXIT_FAILED",
    "EXIT_OK",
    "EXIT_USAGE",
    "ConfigOption",
    "ExitCode",
    "JsonOption",
    "State",
    "emit_json",
    "load_matrix",
]


class ExitCode(IntEnum):
    """The CLI's exit codes (DESIGN "Command line")."""

    OK = 0
    FAILED = 1
    USAGE = 2
    BLOCKED = 3


EXIT_OK = ExitCode.OK
EXIT_FAILED = ExitCode.FAILED
EXIT_USAGE = ExitCode.USAGE
EXIT_BLOCKED = ExitCode.BLOCKED

try:
    import typer

    ConfigOption = Annotated[
        Path | None,
        typer.Option(
            "--config",
            "-c",
            help="Configuration file (default: $GOVPUB_CONFIG, else ./govpub.toml).",
            show_default=False,
        ),
    ]
    JsonOption = Annotated[bool, typer.Option("--json", help="Print JSON for machines.")]
except ImportError:  # pragma: no cover - the cli extra is missing; main() says so
    pass


class State:
    """Options given before the command (``govpub --config X --json accounts``).

    ``verbose`` counts ``-v`` wherever it was given (before the command, after
    it, or both); ``log_format`` is the last ``--log-format`` given, ``None``
    when none was (then ``$GOVPUB_LOG_FORMAT``, else govpub.logging decides).
    :mod:`govpub.cli._logs` turns both into a logging set-up.
    """

    config: Path | None = None
    json: bool = False
    verbose: int = 0
    log_format: str | None = None

    @classmethod
    def reset(cls) -> None:
        """Forget the options of the previous run (tests run many in one process)."""
        cls.config = None
        cls.json = False
        cls.verbose = 0
        cls.log_format = None


def resolve_options(config: Path | None, as_json: bool) -> tuple[Path | None, bool]:
    """Command options win over the root options."""
    return (config if config is not None else State.config, as_json or State.json)


def load_matrix(config: Path | None) -> Any:
    """Load the matrix the way every command does (precedence in ``govpub.config``)."""
    from govpub.config import Matrix

    return Matrix.from_toml(config if config is not None else State.config)


def emit_json(data: Any) -> None:
    """Write ``data`` as UTF-8 JSON (Chinese unescaped) on standard output."""
    sys.stdout.write(json.dumps(data, ensure_ascii=False, indent=2, default=str) + "\n")
