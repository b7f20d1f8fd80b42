"""benchmarks/qr_codes.py runs, and govpub's side reads what it must and refuses the bombs."""

from __future__ import annotations

import importlib.util
import sys
from pathlib import Path

import pytest

BENCHMARK = Path(__file__).parents[2] / "benchmarks" / "qr_codes.py"


def test_benchmark_runs_in_quick_mode(monkeypatch: pytest.MonkeyPatch) -> None:
    spec = importlib.util.spec_from_file_location("qr_codes_benchmark", BENCHMARK)
    assert spec is not None
    assert spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    monkeypatch.setitem(sys.modules, spec.name, module)  # dataclasses look their module up
    spec.loader.exec_module(module)
    rows = {str(row["case"]): row for row in module.run(quick=True)}
    assert "1 code(s), 1/1 frame(s)" == rows["cover 900x383 JPEG, QR"]["govpub"]
    assert "0 code(s), 1/1 frame(s)" == rows["example cover 900x383 JPEG"]["govpub"]
    # the code is in frame 26: only a frame-by-frame scan sees it
    gif = rows["GIF 400x300, 40 frames, QR"]
    assert ("1 code(s), 40/40 frame(s)", "0 code(s)") == (gif["govpub"], gif["naive"])
    for bomb in ("bomb: PNG header 50000x50000", "bomb: PNG header 6000x5000"):
        assert "too_large" == rows[bomb]["govpub"]
