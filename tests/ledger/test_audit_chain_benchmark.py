"""benchmarks/audit_chain.py runs on both stores and its concurrent writers leave one unbroken chain."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest

from govpub.testing.postgres import REQUIRE_ENV, find_server_binaries

BENCHMARK = Path(__file__).parents[2] / "benchmarks" / "audit_chain.py"


def test_audit_chain_benchmark_quick_run() -> None:
    if find_server_binaries() is None:
        if os.environ.get(REQUIRE_ENV) == "1":
            pytest.fail(f"PostgreSQL server binaries are missing and {REQUIRE_ENV}=1")
        pytest.skip("no PostgreSQL server binaries")
    result = subprocess.run(
        [sys.executable, str(BENCHMARK), "--quick"],
        capture_output=True,
        text=True,
        timeout=300,
        check=False,
    )
    assert result.returncode == 0, result.stderr
    rows = [line.split() for line in result.stdout.splitlines()[2:]]
    # the benchmark verifies the chain after every round and exits non-zero on a fork or a gap
    assert {(kind, writers) for kind, writers, *_ in rows} == {
        ("postgresql", "1"),
        ("postgresql", "2"),
        ("sqlite", "1"),
        ("sqlite", "2"),
    }
    assert all(float(rate) > 0 for _, _, rate, _ in rows)
