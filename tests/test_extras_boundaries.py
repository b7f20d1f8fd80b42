"""What each extra promises: the demo, the sandbox and the web console work without pytest
(``govpub[all]``); ``import govpub`` needs none of the web stack; without ``govpub[web]`` the
console says which extra to install."""

from __future__ import annotations

import subprocess
import sys

import pytest


@pytest.mark.parametrize("module", ["govpub.demo", "govpub.sandbox", "govpub.cli", "govpub.web"])
def test_runtime_modules_do_not_need_the_test_tools(module: str) -> None:
    code = (
        "import sys\n"
        "for name in ('pytest', 'respx', 'hypothesis'):\n"
        "    sys.modules[name] = None  # importing it now fails, as in a venv without them\n"
        f"import {module}\n"
    )
    subprocess.run([sys.executable, "-c", code], check=True, capture_output=True, text=True)


def test_import_govpub_does_not_import_the_web_console() -> None:
    code = (
        "import sys\n"
        "import govpub\n"
        "loaded = sorted(m for m in ('govpub.web', 'jinja2', 'itsdangerous') if m in sys.modules)\n"
        "assert not loaded, loaded\n"
    )
    subprocess.run([sys.executable, "-c", code], check=True, capture_output=True, text=True)


@pytest.mark.parametrize("missing", ["jinja2", "itsdangerous", "python_multipart"])
def test_the_web_console_names_its_extra_when_it_is_missing(missing: str) -> None:
    code = (
        "import sys\n"
        f"sys.modules[{missing!r}] = None\n"
        "try:\n"
        "    import govpub.web\n"
        "except ImportError as exc:\n"
        "    print(exc)\n"
    )
    done = subprocess.run([sys.executable, "-c", code], check=True, capture_output=True, text=True)
    assert "pip install 'govpub[web]'" in done.stdout


def test_check_without_the_fast_extra_finds_the_same() -> None:
    # govpub[fast] (Hyperscan) only speeds the term lists up: without it, the same findings
    code = (
        "import sys\n"
        "if sys.argv[1] == 'without':\n"
        "    sys.modules['hyperscan'] = None  # importing it now fails, as without the extra\n"
        "import govpub\n"
        "post = govpub.Post(title='通知', body='我认为此件不公开。详见 t . cn/x，内部资料请勿外传')\n"
        "print(sorted((f.rule, f.offset) for f in govpub.check(post).findings))\n"
        "from govpub.compliance.literal_scan import hyperscan_module\n"
        "print(hyperscan_module() is not None)\n"
    )
    runs = {
        side: subprocess.run(
            [sys.executable, "-c", code, side], check=True, capture_output=True, text=True
        ).stdout.splitlines()
        for side in ("with", "without")
    }
    assert runs["with"][1] == "True"
    assert runs["without"][1] == "False"
    assert runs["with"][0] == runs["without"][0] != "[]"
