"""``examples/publisher.py`` runs end to end against the sandbox."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pytest

pytest.importorskip("uvicorn")


def test_the_example_publisher_runs() -> None:
    script = Path(__file__).parents[2] / "examples" / "publisher.py"
    out = subprocess.run(
        [sys.executable, str(script)], capture_output=True, text=True, timeout=120, check=True
    )
    assert "published: {'published': 6}; ok = True" in out.stdout
    assert "retracted: {'retracted': 6}" in out.stdout
    assert "audit chain intact: True" in out.stdout
