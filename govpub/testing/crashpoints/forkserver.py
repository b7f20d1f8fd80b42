"""A fork server: import govpub once, then fork one child per run.

Starting a Python process and importing govpub, httpx and the adapters takes
about a second; the harness makes two runs per kill point.  So a helper process
(``python -m govpub.testing.crashpoints``) imports everything once and forks a
child for each run — a fresh process in every way that matters (its own ledger
connection, HTTP client, token cache and event loop), started in milliseconds.

The server is a process of its own, started with ``subprocess``: the test process
is never forked (it may run threads — an in-thread sandbox, pytest plugins — and
forking a threaded process can deadlock the child).  The server itself never
starts a thread.  It runs one child at a time; the harness runs several servers
for parallel runs.

Protocol, one JSON object per line: the harness writes ``{"spec": {…}}``
(:class:`~govpub.testing.crashpoints.child.ChildSpec`); the server answers
``{"pid": N}`` once the child is forked and ``{"exit": status, "seconds": s}``
when it has been reaped — a dead child is always reaped before the answer, so its
pid is free and its ledger lease visibly abandoned when the next run starts.
"""

from __future__ import annotations

import contextlib
import importlib
import json
import os
import select
import signal
import subprocess
import sys
import time
import traceback
from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import IO, Any

from govpub.errors import GovpubError

__all__ = ["ChildExit", "ForkServer", "HarnessError", "serve"]


class HarnessError(GovpubError):
    """The crash-point harness itself could not do its work (not a finding about govpub)."""


@dataclass(frozen=True)
class ChildExit:
    """How a child ended: its exit status (negative: the signal), and how long it took."""

    status: int
    seconds: float
    timed_out: bool = False


class ForkServer:
    """The test side of one fork server; one run at a time (use one server per worker)."""

    def __init__(
        self,
        *,
        preload: Sequence[str] = (),
        log: Path | None = None,
        startup_timeout: float = 60.0,
    ) -> None:
        command = [sys.executable, "-m", "govpub.testing.crashpoints"]
        for module in preload:
            command += ["--preload", module]
        self._log: IO[bytes] | None = log.open("ab") if log is not None else None
        # The children import what the test process can: its sys.path (test helper modules,
        # an adapter package under development) comes along.
        paths = [p for p in sys.path if p]
        env = {**os.environ, "PYTHONPATH": os.pathsep.join(paths)}
        self._process = subprocess.Popen(  # noqa: S603 - this interpreter, our own module
            command,
            env=env,
            stdin=subprocess.PIPE,
            stdout=subprocess.PIPE,
            stderr=self._log if self._log is not None else subprocess.DEVNULL,
        )
        self._buffer = b""
        ready = self._read(startup_timeout)
        if ready is None or not ready.get("ready"):
            self.close()
            where = f" (see {log})" if log is not None else ""
            raise HarnessError(f"the crash-point fork server did not start{where}")

    def __enter__(self) -> ForkServer:
        return self

    def __exit__(self, *exc_info: object) -> None:
        self.close()

    def warm_up(self, spec: dict[str, Any], *, timeout: float) -> None:
        """Let the server do once what each child would (imports, caches) for ``spec``'s world."""
        self._send({"warm": spec})
        answer = self._read(timeout)
        if answer is None or not answer.get("warm"):
            raise HarnessError("the crash-point fork server failed to warm up (see its log)")

    def _send(self, request: dict[str, Any]) -> None:
        stdin = self._process.stdin
        assert stdin is not None  # noqa: S101 - opened with PIPE
        stdin.write(json.dumps(request).encode() + b"\n")
        stdin.flush()

    def run(self, spec: dict[str, Any], *, timeout: float) -> ChildExit:
        """Fork a child for ``spec`` and wait for it; a child past ``timeout`` is killed."""
        self._send({"spec": spec})
        forked = self._read(10.0)
        if forked is None or "pid" not in forked:
            raise HarnessError("the crash-point fork server stopped answering")
        answer = self._read(timeout)
        timed_out = answer is None
        if timed_out:
            with contextlib.suppress(ProcessLookupError):
                os.kill(int(forked["pid"]), signal.SIGKILL)  # the child this server forked for us
            answer = self._read(10.0)
        if answer is None or "exit" not in answer:
            raise HarnessError("the crash-point fork server stopped answering")
        return ChildExit(int(answer["exit"]), float(answer["seconds"]), timed_out)

    def close(self) -> None:
        """Stop the server (it exits when its input ends)."""
        if self._process.stdin is not None:
            with contextlib.suppress(OSError):
                self._process.stdin.close()
        try:
            self._process.wait(timeout=10)
        except subprocess.TimeoutExpired:
            self._process.kill()
            self._process.wait()
        if self._process.stdout is not None:
            self._process.stdout.close()
        if self._log is not None:
            self._log.close()

    def _read(self, timeout: float) -> dict[str, Any] | None:
        """The next line from the server as JSON; ``None`` on timeout or end of output."""
        stdout = self._process.stdout
        assert stdout is not None  # noqa: S101 - opened with PIPE
        deadline = time.monotonic() + timeout
        while b"\n" not in self._buffer:
            left = deadline - time.monotonic()
            if left <= 0 or not select.select([stdout], [], [], left)[0]:
                return None
            chunk = os.read(stdout.fileno(), 65536)
            if not chunk:
                return None
            self._buffer += chunk
        line, _, self._buffer = self._buffer.partition(b"\n")
        data: dict[str, Any] = json.loads(line)
        return data


def serve(*, preload: Sequence[str] = ()) -> None:
    """The server's loop: import, say ready, then fork, wait and answer for each spec."""
    # The protocol keeps the real stdout; anything printed on import goes to stderr.
    channel = os.dup(1)
    os.dup2(2, 1)
    from govpub.testing.crashpoints.child import ChildSpec, run_child  # noqa: PLC0415 - redirected
    from govpub.testing.crashpoints.warmup import warm_up  # noqa: PLC0415

    for module in preload:
        importlib.import_module(module)

    def answer(data: dict[str, Any]) -> None:
        os.write(channel, json.dumps(data).encode() + b"\n")

    answer({"ready": True, "pid": os.getpid()})
    for line in sys.stdin.buffer:
        request = json.loads(line)
        if "warm" in request:
            try:
                warm_up(ChildSpec.from_json(request["warm"]))
            except Exception:  # reported to the harness, which stops
                traceback.print_exc()
                answer({"warm": False})
            else:
                answer({"warm": True})
            continue
        spec = ChildSpec.from_json(request["spec"])
        started = time.monotonic()
        pid = os.fork()
        if pid == 0:  # the child: it never returns into this loop
            status = 1
            try:
                os.close(channel)
                status = run_child(spec)
            finally:
                os._exit(status)
        answer({"pid": pid})
        _, wait_status = os.waitpid(pid, 0)
        answer(
            {
                "exit": os.waitstatus_to_exitcode(wait_status),
                "seconds": round(time.monotonic() - started, 4),
            }
        )
