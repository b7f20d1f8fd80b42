"""Fixtures shared by the command-line tests."""

from __future__ import annotations

import contextlib
import io
import os
from dataclasses import dataclass
from pathlib import Path

import pytest


@dataclass(frozen=True)
class DemoRun:
    """One run of ``govpub demo``: its exit code, what it printed, and its workspace."""

    code: int
    out: str
    workspace: Path


@pytest.fixture(scope="session")
def demo_run(tmp_path_factory: pytest.TempPathFactory) -> DemoRun:
    """``govpub demo`` run once for the session: the story takes seconds, two tests read it."""
    from govpub.cli import main

    workspace = tmp_path_factory.mktemp("demo") / "demo"
    out = io.StringIO()
    with pytest.MonkeyPatch.context() as patch, contextlib.redirect_stdout(out):
        for name in [n for n in os.environ if n.startswith("GOVPUB_")]:
            patch.delenv(name)
        code = main(["demo", "--workspace", str(workspace)])
    return DemoRun(code, out.getvalue(), workspace)
