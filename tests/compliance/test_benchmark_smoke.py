"""benchmarks/compliance.py runs, and both sides of it do the same term matching."""

from __future__ import annotations

import importlib.util
import sys
from pathlib import Path

import pytest

BENCHMARK = Path(__file__).parents[2] / "benchmarks" / "compliance.py"


def test_benchmark_runs_in_quick_mode(monkeypatch: pytest.MonkeyPatch) -> None:
    spec = importlib.util.spec_from_file_location("compliance_benchmark", BENCHMARK)
    assert spec is not None
    assert spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    monkeypatch.setitem(sys.modules, spec.name, module)  # dataclasses look their module up
    spec.loader.exec_module(module)
    figures = module.run(quick=True)
    assert 20_000 == figures["chars"]
    assert figures["govpub_terms"] == figures["naive_terms"] >= 20
    # timing is the benchmark's job; here only a sanity bound that survives a busy machine
    assert figures["ratio"] > 2
