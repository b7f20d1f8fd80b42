"""benchmarks/scaleout.py runs: workers drain the queue, every account gets the post once."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest

from govpub.testing.postgres import REQUIRE_ENV, find_server_binaries

BENCHMARK = Path(__file__).parents[2] / "benchmarks" / "scaleout.py"

pytest.importorskip("procrastinate")


def test_scaleout_benchmark_quick_run() -> None:
    if find_server_binaries() is None:
        if os.environ.get(REQUIRE_ENV) == "1":
            pytest.fail(f"PostgreSQL server binaries are missing and {REQUIRE_ENV}=1")
        pytest.skip("no PostgreSQL server binaries")
    env = {**os.environ, "PYTHONPATH": os.pathsep.join(sys.path)}
    result = subprocess.run(
        [sys.executable, str(BENCHMARK), "--quick"],
        capture_output=True,
        text=True,
        timeout=600,
        check=False,
        env=env,
    )
    # the benchmark itself checks the sandbox's record (all stored, none twice) and exits 1 if not
    assert 0 == result.returncode, result.stdout + result.stderr[-3000:]
    rows = [line.split() for line in result.stdout.splitlines()[3:]]
    assert ["1", "2"] == [row[0] for row in rows]
    assert all(float(row[1]) > 0 for row in rows)
    if sys.platform == "linux":  # the server's and the sandbox's CPU, read from /proc
        assert all(float(row[4]) > 0 and float(row[5]) > 0 for row in rows), result.stdout
