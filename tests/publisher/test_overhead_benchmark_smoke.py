"""benchmarks/overhead.py runs, both sides deliver everything, and the SQL count works."""

from __future__ import annotations

import importlib.util
import sys
from pathlib import Path
from types import ModuleType

import pytest

BENCHMARK = Path(__file__).parents[2] / "benchmarks" / "overhead.py"


def _load(monkeypatch: pytest.MonkeyPatch, name: str, path: Path) -> ModuleType:
    """A benchmark script as a module (benchmarks/ is no package)."""
    spec = importlib.util.spec_from_file_location(name, path)
    assert spec is not None
    assert spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    monkeypatch.setitem(sys.modules, spec.name, module)
    spec.loader.exec_module(module)
    return module


def test_benchmark_runs_in_quick_mode(monkeypatch: pytest.MonkeyPatch) -> None:
    module = _load(monkeypatch, "overhead_benchmark", BENCHMARK)
    figures = module.run(n=20, rounds=2)  # raises if either side misses a delivery
    assert figures["n"] == 20
    for name in ("plain", "govpub"):
        assert figures[f"{name} wall ms"] > 0
        assert figures[f"{name} cpu ms"] > 0
    # timing is the benchmark's job; here only sanity bounds that survive a busy machine
    assert figures["govpub/plain wall"] > 0.2
    assert figures["govpub/plain cpu"] > 0.2
    same = module.run(n=10, rounds=1, same_client=True)
    assert same["plain cpu ms"] > 0
    counts = module.count_sql(10)
    assert counts["sql per delivery"] >= 2  # at least the floor: one write before, one after
    assert counts["INSERT per delivery"] >= 1


def test_the_writer_ablation_runs_and_puts_the_writer_back(monkeypatch: pytest.MonkeyPatch) -> None:
    import govpub.publisher.core
    from govpub.publisher.writer import LedgerWriter

    monkeypatch.syspath_prepend(str(BENCHMARK.parent))  # it imports overhead.py beside it
    module = _load(monkeypatch, "writer_ablation", BENCHMARK.parent / "writer_ablation.py")
    samples = module.run(n=10, rounds=3)  # raises if a side misses a delivery
    assert {3} == {len(side) for side in samples.values()}
    assert all(wall > 0 and cpu > 0 for side in samples.values() for wall, cpu in side)
    assert govpub.publisher.core.LedgerWriter is LedgerWriter
