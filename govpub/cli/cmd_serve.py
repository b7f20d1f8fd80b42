"""``govpub serve``: the web console for editors, reviewers and supervisors (``docs/web.md``).

Needs the ``web`` extra.  Binds to loopback by default: WebCrypto needs a
secure context, which ``http://127.0.0.1`` and ``http://localhost`` are; any
other address must be served over HTTPS (a TLS proxy in front, with
``--secure-cookies``).
"""

from __future__ import annotations

import socket
import sys
from pathlib import Path
from typing import Annotated

import typer

from govpub.cli._common import ConfigOption, State
from govpub.errors import ConfigError


def _family(host: str) -> socket.AddressFamily:
    return socket.AF_INET6 if ":" in host else socket.AF_INET


def register(app: typer.Typer) -> None:
    """Add the ``serve`` command to ``app``."""

    @app.command("serve")
    def serve(
        config: ConfigOption = None,
        host: Annotated[str, typer.Option(help="Interface to bind.")] = "127.0.0.1",
        port: Annotated[
            int, typer.Option(help="Port; 0 picks a free one.", min=0, max=65535)
        ] = 8400,
        drafts: Annotated[
            Path | None,
            typer.Option(help="Where posts wait for review (default: web-drafts by the config)."),
        ] = None,
        secure_cookies: Annotated[
            bool, typer.Option(help="Mark the session cookie Secure (served over HTTPS).")
        ] = False,
    ) -> int:
        """Serve the web console (写稿、审核、发布、撤回、监管) until stopped."""
        try:
            import uvicorn

            from govpub.web import create_app
        except ImportError as exc:
            raise ConfigError(str(exc), key="web") from None
        app = create_app(
            config if config is not None else State.config,
            drafts=drafts,
            https_only=secure_cookies,
        )
        try:  # bound here, so that a taken port is a usage error, not uvicorn's exit(1)
            sock = socket.create_server((host, port), family=_family(host))
        except OSError as exc:
            raise ConfigError(
                f"cannot listen on {host} port {port}: {exc.strerror or exc}", key="--host/--port"
            ) from None
        shown = f"[{host}]" if ":" in host else host
        bound = sock.getsockname()[1]
        sys.stdout.write(f"govpub web console on http://{shown}:{bound}/  (Ctrl+C to stop)\n")
        sys.stdout.flush()
        server = uvicorn.Server(uvicorn.Config(app, log_level="warning", lifespan="off"))
        with sock:
            server.run(sockets=[sock])  # Ctrl+C: uvicorn stops, then re-raises the signal
        return 0
