"""Running the sandbox: in a thread (:class:`SandboxServer`), on the caller's event loop
(:class:`AsyncSandboxServer`), or as a separate process (:class:`SandboxProcess`).

Each binds its own socket first — loopback, port 0 by default, so the
operating system picks a free port — and hands it to uvicorn; the URL is known
before the first request and nothing races for a port.  IPv6 works the same
way (``host="::1"`` → ``http://[::1]:PORT``).

The separate process is ``python -m govpub sandbox --port 0 --port-file PATH``;
the process writes the port it got into ``PATH`` (atomically, once it is
serving), which is how another process finds it.
"""

from __future__ import annotations

import asyncio
import contextlib
import os
import shutil
import signal
import socket
import subprocess
import sys
import tempfile
import threading
import time
from collections.abc import Callable, Iterator, Mapping
from pathlib import Path
from typing import Any

import uvicorn

from govpub.sandbox.app import create_app
from govpub.sandbox.client import SandboxControl
from govpub.sandbox.faults import FaultPlan
from govpub.sandbox.state import SandboxConfig, SandboxState

__all__ = [
    "AsyncSandboxServer",
    "SandboxProcess",
    "SandboxServer",
    "bind_socket",
    "format_url",
    "serve_forever",
    "write_port_file",
]


KEEP_ALIVE = 75


def bind_socket(host: str = "127.0.0.1", port: int = 0) -> socket.socket:
    """A TCP socket bound to ``host:port`` (IPv4 or IPv6, by what ``host`` resolves to)."""
    family, kind, proto, _, address = socket.getaddrinfo(
        host, port, type=socket.SOCK_STREAM, flags=socket.AI_PASSIVE
    )[0]
    sock = socket.socket(family, kind, proto)
    try:
        sock.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
        sock.bind(address)
    except OSError:
        sock.close()
        raise
    return sock


def format_url(host: str, port: int) -> str:
    """``http://host:port``, with IPv6 literals in brackets."""
    return f"http://[{host}]:{port}" if ":" in host else f"http://{host}:{port}"


def write_port_file(path: str | os.PathLike[str], port: int) -> None:
    """Write ``port`` to ``path`` atomically (a reader never sees half a number)."""
    target = Path(path)
    tmp = target.with_name(f".{target.name}.{os.getpid()}.tmp")
    tmp.write_text(f"{port}\n", encoding="ascii")
    tmp.replace(target)


def _uvicorn_config(state: SandboxState, *, log_level: str, grace: float) -> uvicorn.Config:
    return uvicorn.Config(
        create_app(state),
        log_level=log_level,
        log_config=None,
        access_log=False,
        lifespan="off",
        timeout_graceful_shutdown=max(int(grace), 1),
        # Clients under load reuse pooled connections after long pauses; uvicorn's 5 s
        # default closes them under the client's feet (a ReadError that is not a fault).
        timeout_keep_alive=KEEP_ALIVE,
    )


class _EmbeddedServer(uvicorn.Server):
    """uvicorn for embedding: no signal handling, and a stop that takes milliseconds.

    The host process (pytest, a demo) owns its signals.  uvicorn polls for the
    exit flag every 0.1 s and sleeps 0.1 s more while shutting down; a test
    suite that starts a sandbox per test would spend most of its time there.
    Here the main loop wakes on :meth:`request_exit`, and the shutdown waits
    for in-flight answers (up to ``grace``) in short steps, then closes what remains.
    """

    def __init__(self, config: uvicorn.Config, *, grace: float = 1.0) -> None:
        super().__init__(config)
        self.grace = grace
        self._wake: asyncio.Event | None = None
        self._loop: asyncio.AbstractEventLoop | None = None

    @contextlib.contextmanager
    def capture_signals(self) -> Iterator[None]:
        yield

    def install_signal_handlers(self) -> None:  # uvicorn < 0.29
        return

    def request_exit(self) -> None:
        """Ask the server to stop (from any thread)."""
        self.should_exit = True
        loop, wake = self._loop, self._wake
        if loop is not None and wake is not None and not loop.is_closed():
            with contextlib.suppress(RuntimeError):  # the loop closed meanwhile
                loop.call_soon_threadsafe(wake.set)

    async def main_loop(self) -> None:
        self._loop = asyncio.get_running_loop()
        self._wake = asyncio.Event()
        counter = 0
        while not await self.on_tick(counter):
            counter = (counter + 1) % 864_000
            with contextlib.suppress(TimeoutError):
                await asyncio.wait_for(self._wake.wait(), 0.1)

    async def shutdown(self, sockets: list[socket.socket] | None = None) -> None:
        state = getattr(self, "server_state", None)
        servers = getattr(self, "servers", None)
        if state is None or servers is None:  # pragma: no cover - a uvicorn we do not know
            await super().shutdown(sockets)
            return
        for server in servers:
            server.close()
        for sock in sockets or []:
            sock.close()
        for connection in list(state.connections):
            connection.shutdown()
        loop = asyncio.get_running_loop()
        deadline = loop.time() + self.grace
        while (state.connections or state.tasks) and not self.force_exit:
            if loop.time() >= deadline:
                break
            await asyncio.sleep(0.005)
        for task in list(state.tasks):
            task.cancel()
        for connection in list(state.connections):
            transport = getattr(connection, "transport", None)
            if transport is not None:
                transport.close()
        await asyncio.sleep(0)
        for server in servers:
            with contextlib.suppress(TimeoutError):
                await asyncio.wait_for(server.wait_closed(), self.grace)


class _Base:
    """What the thread and async runners share: the state, the socket and the URLs."""

    def __init__(
        self,
        state: SandboxState | None = None,
        *,
        host: str = "127.0.0.1",
        port: int = 0,
        faults: FaultPlan | str | None = None,
        seed: int | None = None,
        config: SandboxConfig | None = None,
        log_level: str = "warning",
        grace: float = 1.0,
    ) -> None:
        if state is None:
            state = SandboxState(config, faults=faults, seed=seed)
        elif faults is not None or seed is not None:
            state.set_faults(faults if faults is not None else state.faults, seed=seed)
        self.state = state
        self.host = host
        self._requested_port = port
        self._log_level = log_level
        self.grace = grace
        self._sock: socket.socket | None = None
        self._server: _EmbeddedServer | None = None
        self._control: SandboxControl | None = None
        self.port = 0

    def __repr__(self) -> str:
        where = self.url if self.port else "not started"
        return f"<{type(self).__name__} {where}>"

    @property
    def url(self) -> str:
        """The sandbox's root URL (``http://127.0.0.1:PORT``)."""
        if not self.port:
            raise RuntimeError("the sandbox is not running")
        return format_url(self.host, self.port)

    @property
    def wechat_url(self) -> str:
        """``api_base`` for WeChat accounts."""
        return f"{self.url}/wechat"

    @property
    def weibo_url(self) -> str:
        """``api_base`` for Weibo accounts."""
        return f"{self.url}/weibo"

    def app_url(self, tenant: str) -> str:
        """``api_base`` for the own app's ``tenant``."""
        return f"{self.url}/app/{tenant}"

    @property
    def control(self) -> SandboxControl:
        """A :class:`SandboxControl` for this sandbox (the HTTP control API)."""
        if self._control is None:
            self._control = SandboxControl(self.url)
        return self._control

    def register(self, *specs: Mapping[str, Any]) -> list[str]:
        """Register accounts (same specs as ``POST /_sandbox/accounts``)."""
        return [self.state.register(spec) for spec in specs]

    def _prepare(self) -> _EmbeddedServer:
        self._sock = bind_socket(self.host, self._requested_port)
        self.port = self._sock.getsockname()[1]
        config = _uvicorn_config(self.state, log_level=self._log_level, grace=self.grace)
        self._server = _EmbeddedServer(config, grace=self.grace)
        return self._server

    def _release(self) -> None:
        if self._control is not None:
            self._control.close()
            self._control = None
        if self._sock is not None:
            self._sock.close()
            self._sock = None
        self._server = None
        self.port = 0


class SandboxServer(_Base):
    """The sandbox on a background thread of this process; a context manager.

    ``server.state`` is the live :class:`SandboxState` (read the record, register
    accounts, set faults directly); ``server.url`` its root URL.  ``stop()``
    shuts uvicorn down, joins the thread and closes the socket.
    """

    def __init__(self, *args: Any, startup_timeout: float = 10.0, **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        self._thread: threading.Thread | None = None
        self._error: BaseException | None = None
        self._startup_timeout = startup_timeout

    def __enter__(self) -> SandboxServer:
        return self.start()

    def __exit__(self, *exc_info: object) -> None:
        self.stop()

    def start(self) -> SandboxServer:
        """Start serving; returns once the server accepts connections."""
        if self._thread is not None:
            raise RuntimeError("the sandbox is already running")
        server = self._prepare()
        self._thread = threading.Thread(
            target=self._run, name=f"govpub-sandbox:{self.port}", daemon=True
        )
        self._thread.start()
        deadline = time.monotonic() + self._startup_timeout
        while not server.started:
            if not self._thread.is_alive() or time.monotonic() > deadline:
                self.stop()
                raise RuntimeError(f"the sandbox did not start: {self._error!r}")
            time.sleep(0.002)
        return self

    def _run(self) -> None:
        assert self._server is not None  # noqa: S101 - set by _prepare
        assert self._sock is not None  # noqa: S101
        try:
            asyncio.run(self._server.serve(sockets=[self._sock]))
        except BaseException as exc:
            self._error = exc

    def stop(self, timeout: float = 10.0) -> None:
        """Shut down (in-flight answers get ``grace`` s), join the thread, close the socket."""
        server, thread = self._server, self._thread
        if server is not None:
            server.request_exit()
        if thread is not None:
            thread.join(timeout)
            if thread.is_alive() and server is not None:
                server.force_exit = True
                thread.join(timeout)
        self._thread = None
        self._release()


class AsyncSandboxServer(_Base):
    """The sandbox as a task on the running event loop; ``async with`` it."""

    def __init__(self, *args: Any, **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        self._task: asyncio.Task[None] | None = None

    async def __aenter__(self) -> AsyncSandboxServer:
        server = self._prepare()
        assert self._sock is not None  # noqa: S101 - set by _prepare
        self._task = asyncio.create_task(server.serve(sockets=[self._sock]))
        while not server.started:
            if self._task.done():
                error = self._task.exception()
                self._release()
                raise RuntimeError(f"the sandbox did not start: {error!r}")
            await asyncio.sleep(0.002)
        return self

    async def __aexit__(self, *exc_info: object) -> None:
        if self._server is not None:
            self._server.request_exit()
        if self._task is not None:
            try:
                await asyncio.wait_for(asyncio.shield(self._task), 10)
            except TimeoutError:
                if self._server is not None:
                    self._server.force_exit = True
                await self._task
            self._task = None
        self._release()


class SandboxProcess:
    """The sandbox as a separate process (``python -m govpub sandbox``); a context manager.

    For the publisher's crash tests and the fan-out benchmark, where the
    sandbox must outlive (or not share a GIL with) the process under test.
    ``control`` is a :class:`SandboxControl`; ``settings`` are applied through
    it once the process serves.
    """

    def __init__(
        self,
        *,
        host: str = "127.0.0.1",
        port: int = 0,
        faults: str | None = None,
        seed: int | None = None,
        config_path: str | os.PathLike[str] | None = None,
        settings: Mapping[str, Any] | None = None,
        python: str = sys.executable,
        env: Mapping[str, str] | None = None,
        startup_timeout: float = 30.0,
    ) -> None:
        self.host = host
        self._port = port
        self._faults = faults
        self._seed = seed
        self._config_path = config_path
        self._settings = dict(settings or {})
        self._python = python
        self._env = dict(env) if env is not None else None
        self._startup_timeout = startup_timeout
        self._proc: subprocess.Popen[bytes] | None = None
        self._dir: Path | None = None
        self._log: Any = None
        self._control: SandboxControl | None = None
        self.port = 0

    def __repr__(self) -> str:
        return f"<SandboxProcess pid={self.pid} {self.url if self.port else 'not started'}>"

    def __enter__(self) -> SandboxProcess:
        return self.start()

    def __exit__(self, *exc_info: object) -> None:
        self.stop()

    @property
    def pid(self) -> int | None:
        """The process id, while running."""
        return self._proc.pid if self._proc is not None else None

    @property
    def url(self) -> str:
        """The sandbox's root URL."""
        if not self.port:
            raise RuntimeError("the sandbox process is not running")
        return format_url(self.host, self.port)

    @property
    def returncode(self) -> int | None:
        """``None`` while the process runs; its exit status once it ended (see ``log_text``)."""
        return self._proc.poll() if self._proc is not None else None

    @property
    def control(self) -> SandboxControl:
        """The control client."""
        if self._control is None:
            self._control = SandboxControl(self.url)
        return self._control

    def register(self, *specs: Mapping[str, Any]) -> list[str]:
        """Register accounts over the control API."""
        return self.control.register(*(dict(s) for s in specs))

    def command(self, port_file: Path) -> list[str]:
        """The command line that starts the sandbox."""
        cmd = [self._python, "-m", "govpub", "sandbox", "--host", self.host]
        cmd += ["--port", str(self._port), "--port-file", str(port_file), "--quiet"]
        cmd += ["--exit-with-parent"]
        if self._faults:
            cmd += ["--faults", self._faults]
        if self._seed is not None:
            cmd += ["--seed", str(self._seed)]
        if self._config_path is not None:
            cmd += ["--config", str(self._config_path)]
        return cmd

    def start(self) -> SandboxProcess:
        """Start the process; returns once it serves (its port file exists)."""
        if self._proc is not None:
            raise RuntimeError("the sandbox process is already running")
        self._dir = Path(tempfile.mkdtemp(prefix="govpub-sandbox-"))
        port_file = self._dir / "port"
        self._log = (self._dir / "sandbox.log").open("wb")
        self._proc = subprocess.Popen(  # noqa: S603 - our own interpreter and module
            self.command(port_file), stdout=self._log, stderr=subprocess.STDOUT, env=self._env
        )
        deadline = time.monotonic() + self._startup_timeout
        while not port_file.exists():
            if self._proc.poll() is not None or time.monotonic() > deadline:
                log = self.log_text()
                self.stop()
                raise RuntimeError(f"the sandbox process did not start:\n{log[-2000:]}")
            time.sleep(0.01)
        self.port = int(port_file.read_text(encoding="ascii"))
        if self._settings:
            self.control.configure(**self._settings)
        return self

    def log_text(self) -> str:
        """What the process wrote so far."""
        if self._dir is None:
            return ""
        path = self._dir / "sandbox.log"
        return path.read_text(encoding="utf-8", errors="replace") if path.exists() else ""

    def stop(self, timeout: float = 10.0) -> None:
        """SIGTERM (graceful), then SIGKILL after ``timeout``; cleans its temporary files."""
        if self._control is not None:
            self._control.close()
            self._control = None
        if self._proc is not None:
            if self._proc.poll() is None:
                self._proc.send_signal(signal.SIGTERM)
                try:
                    self._proc.wait(timeout)
                except subprocess.TimeoutExpired:
                    self._proc.kill()
                    self._proc.wait(timeout)
            self._proc = None
        if self._log is not None:
            self._log.close()
            self._log = None
        if self._dir is not None:
            shutil.rmtree(self._dir, ignore_errors=True)
            self._dir = None
        self.port = 0


def serve_forever(
    state: SandboxState,
    *,
    host: str = "127.0.0.1",
    port: int = 0,
    port_file: str | os.PathLike[str] | None = None,
    on_ready: Callable[[str], None] | None = None,
    log_level: str = "warning",
    exit_with_parent: bool = False,
) -> None:
    """Serve ``state`` until SIGINT/SIGTERM (the ``govpub sandbox`` command).

    The port file is written, and ``on_ready(url)`` called, once the server
    accepts.  ``exit_with_parent``: stop when the process that started this one
    is gone (a :class:`SandboxProcess` whose owner was killed leaves no server behind).
    """
    sock = bind_socket(host, port)
    url = format_url(host, sock.getsockname()[1])
    server = uvicorn.Server(_uvicorn_config(state, log_level=log_level, grace=2))
    parent = os.getppid()

    async def watch_parent() -> None:
        while not server.should_exit:
            if os.getppid() != parent:
                server.should_exit = True
            await asyncio.sleep(0.5)

    async def main() -> None:
        task = asyncio.create_task(server.serve(sockets=[sock]))
        watcher = asyncio.create_task(watch_parent()) if exit_with_parent else None
        while not server.started:
            if task.done():
                break
            await asyncio.sleep(0.005)
        if server.started:
            if port_file is not None:
                write_port_file(port_file, sock.getsockname()[1])
            if on_ready is not None:
                on_ready(url)
        await task
        if watcher is not None:
            watcher.cancel()

    try:
        asyncio.run(main())
    finally:
        sock.close()
