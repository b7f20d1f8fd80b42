"""The command line's logging: ``-v/--verbose``, ``--log-format``, and their environment variables.

The ``govpub`` command is quiet by default — warnings and errors only — because
its readable output is the tables and messages, and its machine output is the
``--json`` document on standard output.  Logs always go to standard error, so
``govpub publish … --json -v | jq`` still reads one clean JSON document.

* no ``-v``: WARNING for govpub's loggers (``govpub.*``) and every other library;
* ``-v``: DEBUG for govpub (every delivery event), INFO for the others (httpx's one
  line per request, its URL redacted);
* ``-vv``: DEBUG for all (the HTTP stack's connection-level chatter, markdown-it…).

``--log-format json|console`` chooses the renderer; without it
:func:`govpub.logging.configure_logging` decides (console in a terminal, JSON
otherwise) — one place decides, this module only passes ``None`` on.

The environment says the same for processes whose command line one does not
write (a cron job, the demo's child publication): ``GOVPUB_VERBOSE`` (a count,
as many ``-v``) and ``GOVPUB_LOG_FORMAT``.  The command line wins; a bad value
is a configuration error (exit 2) naming the variable.

Every run happens inside :func:`scope`, which gives the host its logging set-up
back afterwards: ``govpub.cli.main`` is also called in-process (tests, a CMS
that embeds the command line), and one verbose run must not leave the process
logging at DEBUG to a stream that is gone.
"""

from __future__ import annotations

import logging
import os
import sys
from collections.abc import Iterator, Mapping
from contextlib import contextmanager
from dataclasses import dataclass
from enum import StrEnum

from govpub.cli._common import State
from govpub.errors import ConfigError

__all__ = [
    "LOG_FORMAT_ENV",
    "VERBOSE_ENV",
    "LogFormat",
    "LogSettings",
    "apply",
    "current",
    "scope",
]

VERBOSE_ENV = "GOVPUB_VERBOSE"
LOG_FORMAT_ENV = "GOVPUB_LOG_FORMAT"


class LogFormat(StrEnum):
    """How log lines are rendered on standard error."""

    JSON = "json"
    CONSOLE = "console"


@dataclass(frozen=True)
class LogSettings:
    """The logging a run asked for, after the command line and the environment had their say."""

    verbose: int
    json: bool | None  # None: govpub.logging.configure_logging decides (terminal or not)

    @property
    def levels(self) -> tuple[int, int]:
        """(level of govpub's loggers, level of every other library's)."""
        if self.verbose <= 0:
            return logging.WARNING, logging.WARNING
        if self.verbose == 1:
            return logging.DEBUG, logging.INFO
        return logging.DEBUG, logging.DEBUG


def current(environ: Mapping[str, str] | None = None) -> LogSettings:
    """The settings of this run: the command line (:class:`State`), else the environment."""
    env = os.environ if environ is None else environ
    verbose = State.verbose
    if verbose == 0 and env.get(VERBOSE_ENV, "").strip():
        verbose = _count(env[VERBOSE_ENV])
    fmt = State.log_format
    if fmt is None and env.get(LOG_FORMAT_ENV, "").strip():
        fmt = _format(env[LOG_FORMAT_ENV])
    return LogSettings(verbose=verbose, json=None if fmt is None else fmt == LogFormat.JSON.value)


def _count(text: str) -> int:
    try:
        value = int(text.strip())
    except ValueError:
        value = -1
    if value < 0:
        raise ConfigError(
            f"expected a count of -v (0, 1 or 2), got {text!r}", file="environment", key=VERBOSE_ENV
        )
    return value


def _format(text: str) -> str:
    value = text.strip().lower()
    if value not in {f.value for f in LogFormat}:
        raise ConfigError(
            f"expected json or console, got {text!r}", file="environment", key=LOG_FORMAT_ENV
        )
    return value


class _Applied:
    """The settings last applied in this scope (so a group and its command configure once)."""

    settings: LogSettings | None = None


def apply() -> LogSettings:
    """Configure logging for this run (again only if the settings changed since)."""
    settings = current()
    if settings != _Applied.settings:
        from govpub.logging import _configure_on_first_record, configure_logging

        own, libraries = settings.levels
        if settings.verbose <= 0 and "structlog" not in sys.modules:
            # quiet: most runs log nothing, and need not import structlog to say so
            _configure_on_first_record(json=settings.json, level=own, libraries=libraries)
        else:
            configure_logging(json=settings.json, level=own, libraries=libraries)
        _Applied.settings = settings
    return settings


@contextmanager
def scope() -> Iterator[None]:
    """Run one command; afterwards the process's logging set-up is what it was before."""
    root = logging.getLogger()
    own = logging.getLogger("govpub")
    # structlog not imported yet (a command that logs nothing need not import it): then
    # whatever the run configures is undone by resetting it to its defaults.
    configured, config = False, {}
    if "structlog" in sys.modules:
        import structlog

        configured, config = structlog.is_configured(), structlog.get_config()
    handlers = list(root.handlers)
    levels = (root.level, own.level)
    _Applied.settings = None
    try:
        yield
    finally:
        _Applied.settings = None
        for handler in list(root.handlers):
            if handler not in handlers:
                root.removeHandler(handler)
        for handler in handlers:
            if handler not in root.handlers:
                root.addHandler(handler)
        root.setLevel(levels[0])
        own.setLevel(levels[1])
        if "structlog" in sys.modules:
            import structlog

            if configured:
                structlog.configure(**config)
            else:
                structlog.reset_defaults()
