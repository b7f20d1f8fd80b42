"""``govpub.health`` exports what its docstring lists; ``import govpub`` does not load it."""

from __future__ import annotations

import subprocess
import sys

import govpub.health


def test_every_exported_name_exists_and_is_documented() -> None:
    for name in govpub.health.__all__:
        assert getattr(govpub.health, name) is not None
    for name in (
        "check_health",
        "FilingRegistry",
        "compute_metrics",
        "render_report",
        "check_registry",
    ):
        assert name in (govpub.health.__doc__ or "")


def test_import_govpub_does_not_load_the_health_package() -> None:
    code = "import sys, govpub; print('govpub.health' in sys.modules)"
    result = subprocess.run(
        [sys.executable, "-c", code], capture_output=True, text=True, check=True
    )
    assert "False" == result.stdout.strip()
