"""The process that publishes and dies: one run of the crash-point harness, in a forked child.

A run is described by a :class:`ChildSpec` (plain JSON, so it crosses from the
test process to the fork server): which ``govpub.toml``, which post, publish or
recover, and the point to die at.  The child installs the hooks
(:mod:`~govpub.testing.crashpoints.hooks`), then uses govpub's public API the way an
agency's script does — :class:`govpub.AsyncPublisher` over
:meth:`govpub.Matrix.from_toml` — and either dies at its point or finishes.

*Recover* is what an operator does after a crash: ``resume()``; and if the ledger
never learnt of the post (the process died before the plan was committed, so
the caller's ``publish`` never returned), publish it again — the plan is written
before any network call, so nothing can have been sent.
"""

from __future__ import annotations

import asyncio
import contextlib
import importlib
import json
import os
import pickle
import ssl
import sys
import traceback
from dataclasses import asdict, dataclass
from datetime import UTC, datetime
from pathlib import Path
from typing import TYPE_CHECKING, Any, Literal

from govpub.config import Matrix
from govpub.errors import GovpubError, LedgerError
from govpub.ledger import SqliteLedger
from govpub.model import Post
from govpub.platforms.base import get_adapter_class, make_http_client
from govpub.publisher import AsyncPublisher
from govpub.publisher.gate import default_gate
from govpub.testing.crashpoints.hooks import install
from govpub.testing.crashpoints.points import Tripwire

if TYPE_CHECKING:
    from _typeshed import StrOrBytesPath
    from typing_extensions import Buffer

__all__ = ["ChildSpec", "run_child", "warm_up"]

Mode = Literal["publish", "recover"]


@dataclass(frozen=True)
class ChildSpec:
    """One child run: what to do, with which files, and where (if anywhere) to die."""

    mode: Mode
    config: str
    #: the pickled :class:`~govpub.Post` (written by the harness, read by the child)
    post: str
    #: JSON lines, one per point passed (the enumeration when ``crash_label`` is ``None``)
    points: str
    #: the child's stdout and stderr
    log: str
    #: what happened, as JSON (``{"republished": bool}``); absent when the child died
    result: str
    crash_label: str | None = None
    crash_occurrence: int = 1

    def to_json(self) -> dict[str, Any]:
        """The spec as sent to the fork server."""
        return asdict(self)

    @classmethod
    def from_json(cls, data: dict[str, Any]) -> ChildSpec:
        """Read back what :meth:`to_json` wrote."""
        return cls(**data)


def run_child(spec: ChildSpec) -> int:
    """Run one spec in this (forked) process; the exit status, unless it died at its point."""
    _redirect(spec.log)
    target = None if spec.crash_label is None else (spec.crash_label, spec.crash_occurrence)
    try:
        with Path(spec.points).open("a", encoding="utf-8") as log:
            install(Tripwire(target=target, log=log))
            # The harness wrote this file for this child a moment ago (not untrusted input).
            post: Post = pickle.loads(Path(spec.post).read_bytes())  # noqa: S301
            result = asyncio.run(_run(spec, post))
        Path(spec.result).write_text(json.dumps(result), encoding="utf-8")
    except BaseException:  # whatever it was, the harness reads it from the log
        traceback.print_exc()
        sys.stderr.flush()
        return 1
    return 0


async def _run(spec: ChildSpec, post: Post) -> dict[str, Any]:
    matrix = Matrix.from_toml(spec.config)
    async with AsyncPublisher(matrix, actor="crashpoints") as publisher:
        if spec.mode == "publish":
            await publisher.publish(post)
            return {"republished": False}
        await publisher.resume()
        try:
            await publisher.status(post.id)
        except LedgerError:  # the plan never became durable: nothing was sent
            await publisher.publish(post)
            return {"republished": True}
        return {"republished": False}


def warm_up(spec: ChildSpec) -> None:
    """Do, once in the fork server, the work every child would repeat: imports and caches.

    Loads the matrix, passes the post through the gate and every renderer,
    opens an in-memory ledger and an HTTP client, and imports what govpub and
    httpx import lazily — no platform call, no file written, no thread left
    behind (the fork server must stay single-threaded).  Children then start warm.
    """
    # The harness wrote this file for this server a moment ago (not untrusted input).
    post: Post = pickle.loads(Path(spec.post).read_bytes())  # noqa: S301
    matrix = Matrix.from_toml(spec.config)
    gate = default_gate(matrix)
    with contextlib.suppress(GovpubError):
        gate(post, (), now=datetime.now(UTC))
    for platform in {account.platform for account in matrix.accounts}:
        with contextlib.suppress(GovpubError):
            get_adapter_class(platform).render(post)
    SqliteLedger(":memory:").close()
    _load_certificates_once()
    for module in _LAZY_IMPORTS:
        with contextlib.suppress(ImportError):
            importlib.import_module(module)

    async def client() -> None:
        await make_http_client().aclose()

    asyncio.run(client())


def _load_certificates_once() -> None:
    """Parse the CA bundle here, once, instead of in every child (the costliest part of a run).

    Each HTTP client loads the certificate store when it is made (50–80 ms, a
    third of a whole publication to the sandbox).  The server keeps the contexts
    :func:`ssl.create_default_context` makes, so every forked child gets its copy
    ready-made; what a child then does with its copy stays in that child.
    """
    original = ssl.create_default_context
    made: dict[tuple[Any, ...], ssl.SSLContext] = {}

    def create_default_context(
        purpose: ssl.Purpose = ssl.Purpose.SERVER_AUTH,
        *,
        cafile: StrOrBytesPath | None = None,
        capath: StrOrBytesPath | None = None,
        cadata: str | Buffer | None = None,
    ) -> ssl.SSLContext:
        key = (purpose, cafile, capath, cadata)
        if key not in made:
            made[key] = original(purpose, cafile=cafile, capath=capath, cadata=cadata)
        return made[key]

    ssl.create_default_context = create_default_context


#: Modules imported on first use by a publication (reading the filings, httpx's first connection).
_LAZY_IMPORTS = ("govpub.health.filings", "httpcore._backends.anyio", "anyio._backends._asyncio")


def _redirect(path: str) -> None:
    """Send this process's output to the run's log, and read nothing from the fork server's pipe."""
    sys.stdout.flush()
    sys.stderr.flush()
    fd = os.open(path, os.O_WRONLY | os.O_CREAT | os.O_APPEND, 0o644)
    os.dup2(fd, 1)
    os.dup2(fd, 2)
    os.close(fd)
    null = os.open(os.devnull, os.O_RDONLY)
    os.dup2(null, 0)
    os.close(null)
