"""benchmarks/http_pool.py runs: every side answers every request (the figures are for people)."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

BENCHMARK = Path(__file__).parents[2] / "benchmarks" / "http_pool.py"


def test_the_pool_benchmark_runs_every_side() -> None:
    env = {**os.environ, "PYTHONPATH": str(BENCHMARK.parents[1])}
    command = [sys.executable, str(BENCHMARK), "--n", "40", "--concurrency", "8", "--rounds", "1"]
    command += ["--raw", "--per-shard", "2"]
    done = subprocess.run(command, capture_output=True, text=True, check=True, env=env, timeout=120)
    for side in ("one pool", "keep-alive", "shards", "8 clients", "pools of 2"):
        assert f" {side} " in done.stdout
