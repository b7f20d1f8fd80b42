"""A throw-away PostgreSQL server for tests: a temporary cluster on a free loopback port.

Uses the system's server binaries (Debian's ``postgresql`` package:
``/usr/lib/postgresql/<version>/bin``, or ``initdb``/``pg_ctl`` on the ``PATH``).
The server refuses to run as root (``initdb: cannot be run as root``), and CI
runs as root: the cluster then belongs to the ``postgres`` system user and its
commands run through ``runuser`` (see ``shared/reference/postgresql.md``).
Authentication is ``trust`` on 127.0.0.1 only; the cluster and its directory
are removed when the context ends.

::

    with TemporaryPostgres() as pg:
        url = pg.url            # postgresql://govpub@127.0.0.1:PORT/postgres

In a test suite, ``pytest_plugins = ["govpub.testing"]`` gives the
session-wide ``postgres_url`` fixture (skipped when no server binaries are
installed, unless ``GOVPUB_REQUIRE_POSTGRES=1`` makes their absence a failure).
"""

from __future__ import annotations

import os
import shutil
import socket
import subprocess
import tempfile
import time
from collections.abc import Iterator, Sequence
from pathlib import Path
from types import TracebackType

import pytest

__all__ = [
    "TemporaryPostgres",
    "find_server_binaries",
    "fresh_schema",
    "postgres_ledger_url",
    "postgres_url",
]

REQUIRE_ENV = "GOVPUB_REQUIRE_POSTGRES"
_USER = "govpub"


def find_server_binaries() -> Path | None:
    """The directory holding ``initdb`` and ``pg_ctl``, newest version first; ``None`` if none."""
    versions = sorted(
        Path("/usr/lib/postgresql").glob("*/bin"),
        key=lambda p: int(p.parent.name) if p.parent.name.isdigit() else 0,
        reverse=True,
    )
    for directory in versions:
        if (directory / "initdb").exists() and (directory / "pg_ctl").exists():
            return directory
    initdb = shutil.which("initdb")
    if initdb and shutil.which("pg_ctl"):
        return Path(os.path.realpath(initdb)).parent
    return None


def _free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        port: int = sock.getsockname()[1]
        return port


class TemporaryPostgres:
    """Start a cluster on entry, stop and delete it on exit."""

    def __init__(
        self, *, bin_dir: Path | None = None, port: int | None = None, durable: bool = False
    ) -> None:
        """``durable=True`` keeps the server's defaults (fsync on every commit) for benchmarks."""
        found = bin_dir or find_server_binaries()
        if found is None:
            raise RuntimeError("no PostgreSQL server binaries (apt-get install -y postgresql)")
        self.bin_dir = found
        self.port = port or _free_port()
        self.root = Path(tempfile.mkdtemp(prefix="govpub-pg-"))
        self.data = self.root / "data"
        self._as_root = os.geteuid() == 0
        self.durable = durable

    @property
    def url(self) -> str:
        """The connection URL of the ``postgres`` database as the trusted superuser."""
        return f"postgresql://{_USER}@127.0.0.1:{self.port}/postgres"

    def _run(self, argv: Sequence[str]) -> None:
        command = list(argv)
        if self._as_root:
            command = ["runuser", "-u", "postgres", "--", *command]
        result = subprocess.run(command, capture_output=True, text=True, check=False)  # noqa: S603
        if result.returncode != 0:
            log = (
                (self.root / "log").read_text(errors="replace")
                if (self.root / "log").exists()
                else ""
            )
            what = " ".join(argv[:2])
            raise RuntimeError(
                f"{what} failed ({result.returncode}): {result.stderr.strip()} {log[-800:]}"
            )

    def start(self) -> TemporaryPostgres:
        """initdb, then start the server and wait until it accepts connections."""
        if self._as_root:
            shutil.chown(self.root, user="postgres")
        self._run([str(self.bin_dir / "initdb"), "-D", str(self.data), "-A", "trust", "-U", _USER])
        options = f"-p {self.port} -k {self.root} -c listen_addresses=127.0.0.1 "
        options += "-c max_connections=200"
        if not self.durable:  # a throw-away cluster for tests: nothing needs to survive a crash
            options += " -c fsync=off -c synchronous_commit=off -c full_page_writes=off"
        pg_ctl = str(self.bin_dir / "pg_ctl")
        self._run(
            [
                pg_ctl,
                "-D",
                str(self.data),
                "-o",
                options,
                "-l",
                str(self.root / "log"),
                "-w",
                "start",
            ]
        )
        deadline = time.monotonic() + 30
        while time.monotonic() < deadline:
            try:
                with socket.create_connection(("127.0.0.1", self.port), timeout=1):
                    return self
            except OSError:
                time.sleep(0.05)
        raise RuntimeError(f"PostgreSQL did not listen on port {self.port}")

    def stop(self) -> None:
        """Stop the server (fast) and remove its directory."""
        try:
            if self.data.exists():
                self._run(
                    [str(self.bin_dir / "pg_ctl"), "-D", str(self.data), "-m", "fast", "stop"]
                )
        finally:
            shutil.rmtree(self.root, ignore_errors=True)

    def __enter__(self) -> TemporaryPostgres:
        return self.start()

    def __exit__(
        self,
        exc_type: type[BaseException] | None,
        exc: BaseException | None,
        tb: TracebackType | None,
    ) -> None:
        self.stop()


@pytest.fixture(scope="session")
def postgres_url() -> Iterator[str]:
    """A PostgreSQL server for the whole session (skipped where none can be started)."""
    if find_server_binaries() is None:
        if os.environ.get(REQUIRE_ENV) == "1":
            pytest.fail("PostgreSQL server binaries are missing and GOVPUB_REQUIRE_POSTGRES=1")
        pytest.skip("no PostgreSQL server binaries (apt-get install -y postgresql)")
    with TemporaryPostgres() as server:
        yield server.url


def fresh_schema(url: str) -> str:
    """A new, empty schema on the server at ``url``; the URL whose connections use it.

    Cheaper than a database per test (a schema is a few catalogue rows): each
    test's ledger sees only its own tables.
    """
    import uuid  # noqa: PLC0415
    from urllib.parse import quote  # noqa: PLC0415

    import psycopg  # noqa: PLC0415 - the postgres extra

    name = f"t_{uuid.uuid4().hex[:16]}"
    with psycopg.connect(url, autocommit=True) as conn:
        conn.execute(f"CREATE SCHEMA {name}")
    separator = "&" if "?" in url else "?"
    return f"{url}{separator}options={quote(f'-csearch_path={name}')}"


@pytest.fixture
def postgres_ledger_url(postgres_url: str) -> str:
    """A URL of the session's server whose connections see a fresh, empty schema."""
    return fresh_schema(postgres_url)
