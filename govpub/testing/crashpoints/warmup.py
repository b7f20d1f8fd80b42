"""Warming the fork server: do once what every child would otherwise repeat.

A forked child inherits its server's memory, so whatever the server has already
imported, compiled or parsed is free for every child.  Before its first run in a
world, the server walks through the parts of a publication that touch no
platform and write nothing — load the matrix, pass the post through the gate and
the renderers, open an in-memory ledger, make (and close) an HTTP client — and
imports what govpub and httpx would import lazily on the first call.  It must
stay single-threaded: it starts no thread, and joins any it used.
"""

from __future__ import annotations

import asyncio
import contextlib
import importlib
import ssl
from datetime import UTC, datetime
from typing import TYPE_CHECKING, Any

from govpub.config import Matrix
from govpub.errors import GovpubError
from govpub.ledger import SqliteLedger
from govpub.platforms.base import get_adapter_class, make_http_client
from govpub.publisher.gate import default_gate
from govpub.testing.crashpoints.child import ChildSpec, read_post

if TYPE_CHECKING:
    from _typeshed import StrOrBytesPath
    from typing_extensions import Buffer

__all__ = ["warm_up"]


def warm_up(spec: ChildSpec) -> None:
    """Do, once in the fork server, the work every child would repeat: imports and caches.

    Loads the matrix, passes the post through the gate and every renderer,
    opens an in-memory ledger and an HTTP client, and imports what govpub and
    httpx import lazily — no platform call, no file written, no thread left
    behind (the fork server must stay single-threaded).  Children then start warm.
    """
    post = read_post(spec)
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
    if getattr(ssl.create_default_context, "_govpub_shared", False):
        return
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

    create_default_context._govpub_shared = True  # type: ignore[attr-defined]
    ssl.create_default_context = create_default_context


#: Modules imported on first use by a publication (reading the filings, httpx's first connection)
#: and by the ``reply`` workload (the command line, the inbox).
_LAZY_IMPORTS = (
    "govpub.health.filings",
    "httpcore._backends.anyio",
    "anyio._backends._asyncio",
    "govpub.cli._root",
    "govpub.cli.cmd_inbox",
    "govpub.inbox.sync",
    "govpub.inbox.replies",
    "govpub.testing.crashpoints.replies",
)
