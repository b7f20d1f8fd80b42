"""The example matrix, with the history examples/seed_health_demo.py writes, shows ok, warn and fail."""

from __future__ import annotations

import asyncio
import importlib.util
import json
from datetime import UTC, datetime
from pathlib import Path
from types import ModuleType

import pytest

from govpub.cli import main

EXAMPLES = Path(__file__).parents[2] / "examples"


def seed_module() -> ModuleType:
    spec = importlib.util.spec_from_file_location(
        "seed_health_demo", EXAMPLES / "seed_health_demo.py"
    )
    assert spec is not None
    assert spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


@pytest.fixture
def store(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    path = tmp_path / "demo.db"
    asyncio.run(seed_module().seed(EXAMPLES / "govpub.toml", path, datetime.now(UTC)))
    monkeypatch.setenv("GOVPUB_STORE", str(path))
    return path


def test_the_example_health_check_warns_and_fails(
    store: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    assert 1 == main(["health", "--config", str(EXAMPLES / "govpub.toml"), "--json"])
    data = json.loads(capsys.readouterr().out)
    levels = {a["account"]: a["level"] for a in data["accounts"]}
    assert {"mem-city": "ok", "mem-forestry": "warn", "mem-archive": "fail"} == levels
    archive = next(a for a in data["accounts"] if a["account"] == "mem-archive")
    assert {"R-DORMANT", "R-INTERACT"} == {
        f["check"] for f in archive["findings"] if f["level"] == "fail"
    }
    assert 20 == archive["days_without_update"]


def test_the_example_report_and_filings(
    store: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    config = str(EXAMPLES / "govpub.toml")
    out = tmp_path / "report.html"
    assert 0 == main(["report", "--config", config, "-o", str(out)])
    html = out.read_text(encoding="utf-8")
    for account_id in ("mem-city", "mem-forestry", "mem-archive"):
        assert f'data-account="{account_id}"' in html
    for label in (
        '<span class="badge ok">通过</span>',
        '<span class="badge warn">警告</span>',
        '<span class="badge fail">不合格</span>',
    ):
        assert label in html
    capsys.readouterr()
    assert 0 == main(["accounts", "filings", "--config", config, "--json"])
    assert ["mem-archive", "mem-city", "mem-forestry"] == [
        e["account_id"] for e in json.loads(capsys.readouterr().out)
    ]
    assert 0 == main(["metrics", "--config", config, "--json"])
    figures = json.loads(capsys.readouterr().out)["matrix"]
    assert figures["findings"]["link.tracking_removed"] > 0  # the compliance gate's, as stored
    assert figures["reprints"] > 0
    assert figures["originals"] > 0
    assert 1 == figures["retractions"]
    assert figures["success_rate"] < 1
    assert {"1", "2"} == set(figures["review"])
