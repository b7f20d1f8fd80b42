"""The HTML report renders in headless Chromium with no console error, no network request,
and every account of the matrix on the page.

Skipped only when Chromium is genuinely absent *and* ``GOVPUB_REQUIRE_CHROMIUM`` is not set;
``.ci/run`` installs Debian's ``chromium`` and sets the variable, so CI cannot skip it.  (The
variable is read when this module is imported: the autouse fixture clears ``GOVPUB_*`` later.)
"""

from __future__ import annotations

import json
import os
import re
import shutil
import subprocess
from dataclasses import dataclass
from datetime import timedelta
from pathlib import Path

import pytest
from healthkit import LOCAL, NOW, Desk, FakeClock, account, matrix

from govpub.health import check_health
from govpub.health.metrics import compute_metrics
from govpub.health.profiles import NATIONAL
from govpub.health.report import render_report
from govpub.ledger import SqliteLedger

CHROMIUM = shutil.which("chromium") or shutil.which("chromium-browser")
REQUIRED = bool(os.environ.get("GOVPUB_REQUIRE_CHROMIUM"))

if CHROMIUM is None and not REQUIRED:
    pytest.skip(
        "chromium is not installed (apt-get install -y chromium); "
        "set GOVPUB_REQUIRE_CHROMIUM=1 to make its absence a failure",
        allow_module_level=True,
    )

FLAGS = (
    "--headless",
    "--no-sandbox",
    "--disable-gpu",
    "--disable-quic",
    "--no-first-run",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
    "--enable-logging=stderr",
    "--v=0",
    "--host-resolver-rules=MAP * ~NOTFOUND",
    "--virtual-time-budget=3000",
)
CONSOLE = re.compile(r":CONSOLE(?:\(\d+\))?(?::\d+)?\] (.*)$")


@dataclass
class Rendered:
    dom: str
    console: list[str]
    requests: list[str]


def chromium(page: Path, work: Path, *extra: str) -> Rendered:
    """Open ``page`` headless; the DOM, the console lines and the page's network requests."""
    assert CHROMIUM is not None, "GOVPUB_REQUIRE_CHROMIUM is set but chromium is not installed"
    net_log = work / "net.json"
    result = subprocess.run(
        [
            CHROMIUM,
            *FLAGS,
            f"--user-data-dir={work / 'profile'}",
            f"--log-net-log={net_log}",
            *extra,
            page.as_uri(),
        ],
        capture_output=True,
        text=True,
        timeout=120,
        check=False,
    )
    assert 0 == result.returncode, result.stderr[-2000:]
    console = [m.group(1) for line in result.stderr.splitlines() if (m := CONSOLE.search(line))]
    return Rendered(dom=result.stdout, console=console, requests=_page_requests(net_log))


def _page_requests(net_log: Path) -> list[str]:
    """URLs the page itself asked for (the browser's own background traffic has another origin)."""
    text = net_log.read_text(encoding="utf-8").rstrip().rstrip(",")
    if not text.endswith("}"):
        text += "]}"  # a log cut short when the browser exits
    found = []
    for event in json.loads(text).get("events", []):
        params = event.get("params") or {}
        key = str(params.get("network_isolation_key", ""))
        url = str(params.get("url", ""))
        if key.startswith("file://") and url and not url.startswith(("file:", "data:")):
            found.append(url)
    return sorted(set(found))


def test_the_detector_sees_console_errors_and_network_requests(tmp_path: Path) -> None:
    """The checks below can fail: a page with an error and a remote image is caught."""
    canary = tmp_path / "canary.html"
    canary.write_text(
        '<!DOCTYPE html><html><head><meta charset="utf-8"></head><body><p>金丝雀</p>'
        '<img src="http://example.invalid/pixel.png">'
        '<script>console.error("canary-error"); missingFunction();</script></body></html>',
        encoding="utf-8",
    )
    seen = chromium(canary, tmp_path, "--dump-dom")
    assert "金丝雀" in seen.dom
    assert any("canary-error" in line for line in seen.console)
    assert any("Uncaught ReferenceError" in line for line in seen.console)
    assert ["http://example.invalid/pixel.png"] == seen.requests


async def _report(tmp_path: Path) -> tuple[str, list[tuple[str, str]]]:
    accounts = [
        account("city", name="某某发布", unit="某某市人民政府办公室"),
        account("forest", name="某某园林<绿化>", unit="某某市园林绿化局"),
        account(
            "old", name="某某旧账号", unit="某某市园林绿化局", status="suspended", interaction=False
        ),
        account("edu", name="某某教育 & 体育", unit="某某市教育局"),
    ]
    built = matrix(tmp_path, *accounts, health={"filing_record_required": False})
    desk = Desk(built, FakeClock())
    for days in range(40, 0, -3):
        await desk.publish(NOW - timedelta(days=days), days, ["city"], reprint=days % 2 == 0)
    await desk.publish(NOW - timedelta(days=11), 100, ["forest", "edu"])
    await desk.aclose()
    health = await check_health(built, at=NOW, remote=False)
    ledger = SqliteLedger(built.store.path)
    try:
        since = (NOW - timedelta(days=41)).replace(hour=0, minute=0, second=0, microsecond=0)
        figures = compute_metrics(built, ledger, since=since, until=NOW, tz=LOCAL, now=NOW)
    finally:
        ledger.close()
    html = render_report(health, figures, NATIONAL, agency="某某市人民政府")
    return html, [(a.id, a.name) for a in accounts]


async def test_the_report_renders_cleanly_with_every_account(tmp_path: Path) -> None:
    html, accounts = await _report(tmp_path)
    # self-contained: no script, nothing fetched from anywhere
    assert "<script" not in html.lower()
    assert re.search(r"""(?:src|href)\s*=\s*["']?(?:https?:)?//""", html) is None
    assert "url(" not in html
    page = tmp_path / "report.html"
    page.write_text(html, encoding="utf-8")

    seen = chromium(page, tmp_path, "--dump-dom")
    assert [] == seen.console
    assert [] == seen.requests
    rows = re.findall(
        r'<tr class="(ok|warn|fail)" data-account="([^"]+)">(.*?)</tr>', seen.dom, re.S
    )
    assert [a for a, _ in accounts] == [account_id for _, account_id, _ in rows]
    for (account_id, name), (_, _, cells) in zip(accounts, rows, strict=True):
        assert name.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;") in cells, (
            account_id
        )
    assert {"city": "ok", "forest": "warn", "old": "fail", "edu": "warn"} == {
        account_id: level for level, account_id, _ in rows
    }
    for section in (
        "一、矩阵总览",
        "二、更新日历",
        "三、每周发布量",
        "四、原创与转载",
        "五、运行指标",
    ):
        assert section in seen.dom
    charts = re.findall(r'<svg class="chart (\w+)"', seen.dom)
    assert ["calendar", "weekly", "ratio"] == charts


def test_the_report_paints(tmp_path: Path) -> None:
    page = tmp_path / "report.html"
    import asyncio

    html, _ = asyncio.run(_report(tmp_path))
    page.write_text(html, encoding="utf-8")
    shot = tmp_path / "report.png"
    chromium(page, tmp_path, "--window-size=1280,1600", f"--screenshot={shot}")
    data = shot.read_bytes()
    assert b"\x89PNG\r\n\x1a\n" == data[:8]
    width, height = int.from_bytes(data[16:20], "big"), int.from_bytes(data[20:24], "big")
    assert (1280, 1600) == (width, height)
    assert 20_000 < len(data)  # a blank page compresses to a few hundred bytes
