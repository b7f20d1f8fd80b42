"""Start-up budget (issue 12): what ``import govpub`` and the ``govpub`` command must not import.

Timing on a shared CI runner is noise (``benchmarks/startup.py`` measures it);
the causes of a slow start are not: a module that imports httpx, structlog or
the publisher at module level, a command module that imports what its command
runs, a table or automaton built at import.  Each test starts a fresh
interpreter, does one thing, and lists the modules it imported.
"""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import pytest

EXAMPLES = Path(__file__).parents[2] / "examples"
BENCHMARK = Path(__file__).parents[2] / "benchmarks" / "startup.py"

#: Heavy for a process that does not publish: HTTP, logging set-up, signatures, retries, the
#: event loop, the ledger's SQLite, and every part of govpub that ``check`` does not run.
NOT_FOR_CHECKING = (
    "httpx",
    "httpcore",
    "h2",
    "anyio",
    "asyncio",
    "structlog",
    "cryptography",
    "tenacity",
    "sqlite3",
    "markdown_it",
    "nh3",
    "pygments",
    "rich.console",  # (the check's findings are plain lines: rich's console costs 20 ms)
    "govpub.audit",
    "govpub.demo",
    "govpub.health",
    "govpub.ledger",
    "govpub.platforms",
    "govpub.publisher",
    "govpub.render",
    "govpub.review",
    "govpub.sandbox",
    "govpub.testing",
    "govpub.webhooks",
)


def imported_by(code: str, *, cwd: Path | None = None) -> set[str]:
    """The modules a fresh interpreter holds after running ``code``."""
    script = (
        f"{code}\nimport json, sys\nsys.stderr.write('\\n' + json.dumps(sorted(sys.modules)))\n"
    )
    done = subprocess.run(
        [sys.executable, "-c", script], capture_output=True, text=True, check=False, cwd=cwd
    )
    assert done.returncode in (0, 3), done.stderr
    return set(json.loads(done.stderr.rsplit("\n", 1)[1]))


def present(modules: set[str], names: tuple[str, ...]) -> list[str]:
    """The ``names`` (packages included: ``httpx`` covers ``httpx._main``) found in ``modules``."""
    return sorted(n for n in names if any(m == n or m.startswith(n + ".") for m in modules))


def test_import_govpub_imports_nothing_of_govpub() -> None:
    modules = imported_by("import govpub")
    assert ["govpub", "govpub._lazy"] == sorted(m for m in modules if m.startswith("govpub"))
    heavy = ("pydantic", "rich", "typer", "yaml", "ada_url", "ahocorasick", "idna", "email")
    assert [] == present(modules, NOT_FOR_CHECKING + heavy)


def test_the_checking_api_loads_no_publisher_and_builds_nothing() -> None:
    code = (
        "import govpub\n"
        "govpub.check, govpub.Post, govpub.Policy, govpub.load_post, govpub.find_links\n"
        "from govpub.compliance.links import expressions as ex\n"
        "for built in (ex.full_patterns, ex.plain_patterns, ex.markup_patterns):\n"
        "    assert 0 == built.cache_info().currsize, 'the link scanner was compiled at import'\n"
    )
    modules = imported_by(code)
    assert [] == present(modules, (*NOT_FOR_CHECKING, "rich", "typer"))


def test_govpub_check_runs_without_the_publisher_or_structlog() -> None:
    code = (
        f"from govpub.cli import main\nassert 0 == main(['check', {str(EXAMPLES / 'post.md')!r}])\n"
    )
    modules = imported_by(code, cwd=EXAMPLES.parent)  # no govpub.toml there: no matrix
    assert [] == present(modules, NOT_FOR_CHECKING)


#: With a configuration, every section is validated and the matrix's adapters render the post
#: (preflight): the review keys need cryptography, the adapters pydantic and the renderers —
#: but nothing that sends, retries, logs or stores.
NOT_FOR_READING_A_CONFIG = (
    "httpx",
    "httpcore",
    "anyio",
    "asyncio",
    "structlog",
    "tenacity",
    "sqlite3",
    "govpub.audit",
    "govpub.demo",
    "govpub.health.check",
    "govpub.ledger",
    "govpub.publisher.core",
    "govpub.sandbox",
    "govpub.testing",
)


def test_govpub_check_with_a_configuration_loads_nothing_that_sends() -> None:
    post, config = EXAMPLES / "post.md", EXAMPLES / "govpub.toml"
    code = (
        f"from govpub.cli import main\nmain(['--config', {str(config)!r}, 'check', {str(post)!r}])"
    )
    assert [] == present(imported_by(code), NOT_FOR_READING_A_CONFIG)


def test_govpub_version_loads_no_command() -> None:
    modules = imported_by("from govpub.cli import main\nassert 0 == main(['--version'])")
    heavy = ("govpub.compliance", "govpub.config", "govpub.model", "pydantic", "yaml")
    assert [] == present(modules, (*NOT_FOR_CHECKING, *heavy, "rich.console"))


@pytest.mark.parametrize(
    "module",
    sorted(p.stem for p in (Path(__file__).parents[2] / "govpub" / "cli").glob("cmd_*.py")),
)
def test_registering_a_command_module_is_cheap(module: str) -> None:
    """A new ``cmd_*.py`` that imports what its command runs at module level fails here."""
    modules = imported_by(f"import govpub.cli.{module}")
    heavy = ("govpub.compliance", "govpub.config", "govpub.model", "pydantic", "yaml")
    assert [] == present(modules, (*NOT_FOR_CHECKING, *heavy, "rich.console"))


def test_the_startup_benchmark_runs() -> None:
    """benchmarks/startup.py works; its figures are for people (docs/performance.md)."""
    done = subprocess.run(
        [sys.executable, str(BENCHMARK), "--quick"], capture_output=True, text=True, check=True
    )
    for case in ("python -c pass", "import govpub", "govpub --version", "govpub check"):
        assert f"\n{case} " in done.stdout
    assert "govpub check: " in done.stdout  # the -X importtime breakdown


def test_a_quiet_run_sets_up_structlog_only_when_something_is_logged() -> None:
    """The deferred set-up renders the first record as configure_logging would, redacted."""
    code = (
        "import logging, sys\n"
        "from govpub.cli import _logs\n"
        "from govpub.cli._common import State\n"
        "from govpub.logging import get_logger\n"
        "log = get_logger('govpub.test')\n"
        "with _logs.scope():\n"
        "    State.log_format = 'json'\n"
        "    _logs.apply()\n"
        "    assert 'structlog' not in sys.modules\n"
        "    logging.getLogger('govpub.test').info('not shown: below the quiet level')\n"
        "    assert 'structlog' not in sys.modules\n"
        "    logging.getLogger('httpx').warning('GET https://x.cn/a?access_token=abc123')\n"
        "    assert 'structlog' in sys.modules\n"
        "    log.warning('govpub.test.event', token='s3cret')\n"
    )
    done = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    lines = [json.loads(line) for line in done.stderr.splitlines()]
    assert ["warning", "warning"] == [line["level"] for line in lines]
    assert "GET https://x.cn/a?access_token=***" == lines[0]["event"]
    assert "httpx" == lines[0]["logger"]
    assert ("govpub.test.event", "***") == (lines[1]["event"], lines[1]["token"])
    assert "abc123" not in done.stderr
    assert "s3cret" not in done.stderr
