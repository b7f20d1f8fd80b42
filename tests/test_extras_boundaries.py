"""What each extra promises: the demo and the sandbox work without pytest (``govpub[all]``)."""

from __future__ import annotations

import subprocess
import sys

import pytest


@pytest.mark.parametrize("module", ["govpub.demo", "govpub.sandbox", "govpub.cli"])
def test_runtime_modules_do_not_need_the_test_tools(module: str) -> None:
    code = (
        "import sys\n"
        "for name in ('pytest', 'respx', 'hypothesis'):\n"
        "    sys.modules[name] = None  # importing it now fails, as in a venv without them\n"
        f"import {module}\n"
    )
    subprocess.run([sys.executable, "-c", code], check=True, capture_output=True, text=True)
