"""Structured logging for govpub: JSON in production, console in a terminal, no secrets ever.

govpub emits events with stable dotted names (``govpub.delivery.retry_scheduled``)
through structlog.  :func:`configure_logging` is optional — a host application
with its own structlog set-up keeps it — but whatever the set-up, add
:func:`redact_secrets` to the processor chain.  :func:`configure_logging` does,
and it also routes the standard library's ``logging`` (where httpx writes every
request URL, query-string tokens included) through the same redaction.

Redaction removes every secret govpub resolved or received (registered values),
any field whose name is secret-like (``token``, ``app_secret``, ``Authorization``,
``webhook-signature``…), query-string credentials (``access_token=``, ``secret=``,
``appsecret=``), ``Bearer``/``OAuth2`` header values and ``whsec_`` keys — in
event fields, nested dicts and lists, exception text and tracebacks.

structlog itself is imported when a logger or the set-up needs it, not with this
module: its import (``structlog.dev`` loads rich's traceback and pygments,
``structlog.stdlib`` asyncio) costs a command that logs nothing as much as the
rest of its start-up (``docs/performance.md``, "Start-up").
"""

from __future__ import annotations

import logging
import sys
from collections.abc import MutableMapping
from typing import Any, TextIO

from govpub._redact import redact, redact_text, register_secret

__all__ = [
    "RedactingFilter",
    "configure_logging",
    "get_logger",
    "redact_secrets",
    "register_secret",
]


def redact_secrets(
    _logger: Any, _method: str, event_dict: MutableMapping[str, Any]
) -> MutableMapping[str, Any]:
    """structlog processor: mask secrets anywhere in the event (place it last before rendering)."""
    masked: MutableMapping[str, Any] = redact(dict(event_dict))
    return masked


class RedactingFilter(logging.Filter):
    """Standard-library filter that masks secrets in a record's message and arguments."""

    def filter(self, record: logging.LogRecord) -> bool:
        """Rewrite the record in place; never drops it."""
        if isinstance(record.msg, dict):  # a structlog event: redacted by redact_secrets already
            return True
        try:
            message = record.getMessage()
        except (TypeError, ValueError):
            message = str(record.msg)
        record.msg = redact_text(message)
        record.args = None
        if record.exc_info and record.exc_info[1] is not None:
            record.exc_text = redact_text(logging.Formatter().formatException(record.exc_info))
            record.exc_info = None
        return True


_FILTER = RedactingFilter()
for _name in ("httpx", "httpcore", "uvicorn.access", "govpub"):
    logging.getLogger(_name).addFilter(_FILTER)


def get_logger(name: str = "govpub") -> Any:
    """govpub's structured logger: events go to the standard library logger ``name``.

    A library must stay quiet unless its host asks: with no logging set up the
    events go nowhere (Python's default); :func:`configure_logging`, or any
    handler on the ``govpub`` logger, shows them.  Secrets are redacted before
    an event leaves this logger, whatever the host's set-up.

    The logger is made on its first use: a module that holds one at module level
    (``_log = get_logger(__name__)``) does not import structlog by being imported.
    """
    return _DeferredLogger(name)


class _DeferredLogger:
    """:func:`get_logger`'s answer: the structlog logger, made when first used."""

    __slots__ = ("_logger", "_name")

    def __init__(self, name: str) -> None:
        self._name = name
        self._logger: Any = None

    def __getattr__(self, attribute: str) -> Any:
        if self._logger is None:
            self._logger = _structlog_logger(self._name)
        return getattr(self._logger, attribute)

    def __repr__(self) -> str:
        return f"<govpub logger {self._name!r}>"


def _structlog_logger(name: str) -> Any:
    import structlog  # noqa: PLC0415 - see the module's docstring

    return structlog.wrap_logger(
        logging.getLogger(name),
        processors=[
            structlog.stdlib.filter_by_level,
            structlog.contextvars.merge_contextvars,
            structlog.stdlib.add_log_level,
            structlog.processors.TimeStamper(fmt="iso", utc=True),
            structlog.processors.format_exc_info,
            redact_secrets,
            structlog.stdlib.ProcessorFormatter.wrap_for_formatter,
        ],
        wrapper_class=structlog.stdlib.BoundLogger,
    )


def configure_logging(
    *,
    json: bool | None = None,
    level: int | str = logging.INFO,
    stream: TextIO | None = None,
    libraries: int | str | None = None,
) -> None:
    """Set up structlog and stdlib logging for govpub's own programs (CLI, worker, demo).

    ``json=None`` chooses JSON when ``stream`` is not a terminal — the one place
    that decides, so the CLI's ``--log-format`` passes ``None`` when not given.
    ``level`` applies to govpub's own loggers (``govpub.*``); ``libraries`` to
    everything else (httpx writes one line per request at INFO, httpcore and h2
    many per request at DEBUG), and defaults to ``level``: a debug session of
    govpub need not drown in the HTTP stack's wire-level chatter.  Libraries that
    embed govpub may skip this and use their own set-up with :func:`redact_secrets`.
    """
    out = stream if stream is not None else sys.stderr
    numeric = _level(level)
    others = numeric if libraries is None else _level(libraries)
    _install(_structlog_handler(out, json=json, level=numeric), numeric, others)


def _configure_on_first_record(*, json: bool | None, level: int, libraries: int) -> None:
    """:func:`configure_logging` for standard error, with structlog set up only if it is used.

    The levels take effect at once; the handler that renders records (and the
    structlog configuration that goes with it) is made when the first record
    reaches it.  The command line's quiet default (no ``-v``) shows warnings and
    errors only, which most runs do not have, so most runs never import
    structlog.  Code that logs through structlog's own loggers (not through
    :func:`get_logger` or the standard library) should not rely on this; the
    command line uses it only when structlog was not imported before the run.
    """
    _install(_FirstRecord(sys.stderr, json=json, level=level), level, libraries)


class _FirstRecord(logging.Handler):
    """Stands in for :func:`_structlog_handler`'s handler until a record arrives."""

    def __init__(self, out: TextIO, *, json: bool | None, level: int) -> None:
        super().__init__()
        self._out, self._json, self._level = out, json, level
        self._real: logging.Handler | None = None

    def emit(self, record: logging.LogRecord) -> None:
        """Make the real handler (once: ``handle`` holds this handler's lock) and pass it on."""
        if self._real is None:
            self._real = _structlog_handler(self._out, json=self._json, level=self._level)
        self._real.handle(record)


def _install(handler: logging.Handler, level: int, libraries: int) -> None:
    """``handler`` on the root logger in place of govpub's previous one; the levels."""
    root = logging.getLogger()
    for existing in list(root.handlers):
        if getattr(existing, "_govpub", False):
            root.removeHandler(existing)
    handler._govpub = True  # type: ignore[attr-defined]
    root.addHandler(handler)
    root.setLevel(libraries)
    logging.getLogger("govpub").setLevel(level)


def _structlog_handler(out: TextIO, *, json: bool | None, level: int) -> logging.Handler:
    """Configure structlog to write to ``out``; return the stdlib handler that renders alike.

    The part of :func:`configure_logging` that needs structlog.  The handler is
    not installed: :func:`configure_logging` adds it to the root logger, and the
    command line's quiet default (``govpub.cli._logs``) makes it only when the
    first record arrives, so a run that logs nothing never imports structlog.
    """
    import structlog  # noqa: PLC0415 - see the module's docstring

    use_json = (not out.isatty()) if json is None else json
    shared: list[Any] = [
        structlog.contextvars.merge_contextvars,
        structlog.processors.add_log_level,
        structlog.processors.TimeStamper(fmt="iso", utc=True),
        structlog.processors.format_exc_info,
        redact_secrets,
    ]
    renderer: Any = (
        structlog.processors.JSONRenderer(ensure_ascii=False)
        if use_json
        else structlog.dev.ConsoleRenderer(colors=out.isatty())
    )
    structlog.configure(
        processors=[*shared, renderer],
        wrapper_class=structlog.make_filtering_bound_logger(level),
        logger_factory=structlog.PrintLoggerFactory(file=out),
        cache_logger_on_first_use=False,
    )
    handler = logging.StreamHandler(out)
    handler.addFilter(_FILTER)
    handler.setFormatter(
        structlog.stdlib.ProcessorFormatter(
            processors=[
                structlog.stdlib.add_logger_name,  # which library spoke: httpx, govpub.publisher…
                structlog.stdlib.ProcessorFormatter.remove_processors_meta,
                redact_secrets,
                renderer,
            ],
            foreign_pre_chain=shared[:-1],
        )
    )
    return handler


def _level(level: int | str) -> int:
    """A numeric level from ``logging.DEBUG``, ``"DEBUG"`` or ``"debug"``."""
    numeric: int = logging.getLevelName(level.upper()) if isinstance(level, str) else level
    return numeric
