"""Every generated corpus family regenerates byte for byte from its generator.

A generator whose YAML was edited by hand (or whose imports moved) drifts silently: the next
person to regenerate it would bring back fixed xfails or lose cases. Each generator runs in a
copy of this folder, and its YAML is compared with the one committed.
"""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

HERE = Path(__file__).resolve().parent
ROOT = HERE.parents[1]
GENERATORS = sorted(path.name for path in (HERE / "corpus").glob("gen_*.py"))


@pytest.fixture(scope="module")
def regenerated(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """A copy of tests/compliance with every generator run in it once."""
    copy = tmp_path_factory.mktemp("compliance") / "compliance"
    shutil.copytree(HERE, copy, ignore=shutil.ignore_patterns("__pycache__", "*.pyc"))
    env = {**os.environ, "PYTHONPATH": str(ROOT)}
    for name in GENERATORS:
        run = subprocess.run(
            [sys.executable, name],
            cwd=copy / "corpus",
            env=env,
            capture_output=True,
            text=True,
            check=False,
        )
        assert run.returncode == 0, f"{name} failed:\n{run.stderr[-2000:]}"
    return copy / "corpus"


def test_there_are_generators() -> None:
    assert len(GENERATORS) > 40


@pytest.mark.parametrize("name", sorted(p.name for p in (HERE / "corpus").glob("*.yaml")))
def test_a_family_is_what_its_generator_writes(regenerated: Path, name: str) -> None:
    committed = (HERE / "corpus" / name).read_bytes()
    written = (regenerated / name).read_bytes()
    assert written == committed, f"{name} differs from what its generator writes now"


def test_generators_write_no_other_family(regenerated: Path) -> None:
    committed = {p.name for p in (HERE / "corpus").glob("*.yaml")}
    written = {p.name for p in regenerated.glob("*.yaml")}
    assert written == committed, f"new files: {sorted(written - committed)}"
