"""``govpub sandbox``: serve the WeChat, Weibo and own-app emulators until stopped.

Needs the ``sandbox`` extra.  With ``--config``, every account of the matrix
whose ``api_base`` is on a loopback host and ends in ``/wechat``, ``/weibo`` or
``/app/<tenant>`` is registered at start.  ``--port-file`` tells another
process the port that ``--port 0`` got.  See ``docs/sandbox.md``.
"""

from __future__ import annotations

import sys
from pathlib import Path
from typing import Annotated
from urllib.parse import urlsplit

import typer

from govpub.cli._common import JsonOption, emit_json, resolve_options
from govpub.errors import ConfigError


def register(app: typer.Typer) -> None:
    """Add the ``sandbox`` command to ``app``."""

    @app.command("sandbox")
    def sandbox(
        host: Annotated[str, typer.Option(help="Interface to bind (::1 for IPv6).")] = "127.0.0.1",
        port: Annotated[int, typer.Option(help="Port; 0 picks a free one.", min=0, max=65535)] = 0,
        faults: Annotated[
            str | None,
            typer.Option(help="Fault spec, e.g. 'wechat:5xx=0.1,*:slow=0.1@delay=0.5'."),
        ] = None,
        seed: Annotated[int, typer.Option(help="Seed for faults and random choices.")] = 0,
        latency: Annotated[
            float, typer.Option(help="Fixed delay added to every API call (seconds).", min=0)
        ] = 0.0,
        port_file: Annotated[
            Path | None, typer.Option(help="Write the chosen port here once serving.")
        ] = None,
        quiet: Annotated[
            bool, typer.Option(help="Print nothing (errors still go to stderr).")
        ] = False,
        exit_with_parent: Annotated[
            bool, typer.Option(help="Stop when the process that started this one ends.")
        ] = False,
        config: Annotated[
            Path | None,
            typer.Option(
                "--config",
                "-c",
                help="Register the accounts of this govpub.toml that point at the sandbox.",
                show_default=False,
            ),
        ] = None,
        as_json: JsonOption = False,
    ) -> int:
        """Serve the platform emulators (微信公众号, 微博, own app) on one loopback port."""
        try:
            from govpub.sandbox.server import serve_forever
            from govpub.sandbox.state import SandboxConfig, SandboxState
        except ImportError as exc:
            raise ConfigError(str(exc), key="sandbox") from None
        config, as_json = resolve_options(config, as_json)
        state = SandboxState(SandboxConfig(seed=seed, latency=latency), faults=faults)
        registered: list[str] = []
        ports: set[int] = set()
        if config is not None:
            from govpub.cli._common import load_matrix

            matrix = load_matrix(config)
            registered = state.register_matrix(matrix)
            ports = {
                urlsplit(a.api_base).port or 80
                for a in matrix.accounts
                if a.api_base and urlsplit(a.api_base).hostname in ("127.0.0.1", "::1", "localhost")
            }

        def ready(url: str) -> None:
            if quiet:
                return
            if as_json:
                emit_json(
                    {
                        "url": url,
                        "wechat": f"{url}/wechat",
                        "weibo": f"{url}/weibo",
                        "app": f"{url}/app/<tenant>",
                        "control": f"{url}/_sandbox",
                        "registered": registered,
                        "faults": state.faults.to_spec(),
                    }
                )
            else:
                lines = [
                    f"govpub sandbox serving on {url}",
                    f"  微信公众号 WeChat  {url}/wechat",
                    f"  微博 Weibo         {url}/weibo",
                    f"  own app            {url}/app/<tenant>",
                    f"  control            {url}/_sandbox/records",
                ]
                if config is not None:
                    lines.append(f"  registered {len(registered)} accounts from {config}")
                    actual = int(url.rsplit(":", 1)[1])
                    if ports and ports != {actual}:
                        lines.append(
                            f"  note: the matrix points at port(s) {sorted(ports)}, "
                            f"the sandbox is on {actual}"
                        )
                if state.faults:
                    lines.append(f"  faults: {state.faults.to_spec()} (seed {seed})")
                lines.append("Press Ctrl+C to stop.")
                sys.stdout.write("\n".join(lines) + "\n")
            sys.stdout.flush()

        if port_file is not None and not port_file.parent.is_dir():
            raise ConfigError(
                f"no such directory: {port_file.parent}", file=str(port_file), key="--port-file"
            )
        try:
            serve_forever(
                state,
                host=host,
                port=port,
                port_file=port_file,
                on_ready=ready,
                exit_with_parent=exit_with_parent,
            )
        except OSError as exc:
            if exc.filename is not None:  # a file named on the command line: the root says which
                raise
            # the address cannot be had: unknown host, not an address of this machine, taken
            raise ConfigError(
                f"cannot listen on {host} port {port}: {exc.strerror or exc}", key="--host/--port"
            ) from None
        return 0
