"""The console in a real browser: Playwright driving the system Chromium (no browser download).

An editor imports her key and signs in, writes a post with an ad link and sees
the finding, submits it; two reviewers, each in their own browser context,
approve it by signing in the browser; the director publishes it to the demo's
12 sandbox accounts and watches the progress; the post is retracted; the
approval files the browsers made verify with ``govpub review status`` from the
command line.  Hostile content opened in the browser runs nothing.  Each page
is saved as ``web-*.png``: into ``docs/images/`` for ``docs/web.md`` when
``GOVPUB_UPDATE_SCREENSHOTS=1``, else into a temporary directory, so that a test run leaves
the working tree as it found it.

Skipped only when Chromium is absent *and* ``GOVPUB_REQUIRE_CHROMIUM`` is unset
(CI sets it), like ``tests/health/test_health_report_chromium.py``.
"""

from __future__ import annotations

import os
import shutil
import socket
import subprocess
import sys
import tempfile
import threading
import time
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import pytest

CHROMIUM = shutil.which("chromium") or shutil.which("chromium-browser")
REQUIRED = bool(os.environ.get("GOVPUB_REQUIRE_CHROMIUM"))

if CHROMIUM is None and not REQUIRED:
    pytest.skip(
        "chromium is not installed (apt-get install -y chromium); "
        "set GOVPUB_REQUIRE_CHROMIUM=1 to make its absence a failure",
        allow_module_level=True,
    )

import uvicorn  # noqa: E402 - after the skip: only needed when the test runs
from playwright.sync_api import Browser, BrowserContext, Page, sync_playwright  # noqa: E402

from govpub.demo.workspace import Workspace, build_workspace  # noqa: E402
from govpub.review import load_private_key, public_key_text, write_private_key  # noqa: E402
from govpub.sandbox import SandboxConfig, SandboxServer  # noqa: E402
from govpub.web import create_app  # noqa: E402
from tests.web.conftest import DIRECTOR, EDITOR, OTHER_EDITOR  # noqa: E402
from tests.web.test_web_hostile import HOSTILE  # noqa: E402

FLAGS = [
    "--headless",
    "--no-sandbox",
    "--disable-gpu",
    "--disable-quic",
    "--no-first-run",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
]
DOCS_IMAGES = Path(__file__).resolve().parents[2] / "docs" / "images"
# (read at import: an autouse fixture clears the GOVPUB_* variables before each test)
IMAGES = (
    DOCS_IMAGES
    if os.environ.get("GOVPUB_UPDATE_SCREENSHOTS") == "1"
    else Path(tempfile.gettempdir()) / "govpub-web-screenshots"
)
TIMEOUT_MS = 60_000

POST = """---
title: 示例市开展“一网通办”服务体验周活动
summary: 3月9日至15日，我市开展“一网通办”服务体验周，邀请市民体验线上办事。
author: 示例市人民政府办公室
category: daily
url: https://www.example.gov.cn/zwgk/tzgg/202603/t20260306_2002.html
cover: {src: cover.jpg, alt: 服务体验周}
---
为持续提升政务服务水平，我市将于3月9日至15日开展“一网通办”服务体验周活动。

活动期间，市民可登录本市政务服务平台体验各类事项线上办理，并通过留言功能提出意见建议。
办事材料模板可在[此处领取优惠资料袋](https://s.click.taobao.com/t?e=m%3D2%26s%3Ddemo&pid=mm_12345_678_9)。

![市民体验线上办事](volunteers.png)
"""


@dataclass
class Console:
    url: str
    workspace: Workspace


def _free_port() -> int:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        port: int = probe.getsockname()[1]
        return port


@pytest.fixture
def console(tmp_path: Path) -> Iterator[Console]:
    with SandboxServer(config=SandboxConfig(seed=7), seed=7) as sandbox:
        workspace = build_workspace(sandbox, tmp_path / "agency")
        app = create_app(workspace.config)
        port = _free_port()
        server = uvicorn.Server(
            uvicorn.Config(app, host="127.0.0.1", port=port, log_level="warning", lifespan="off")
        )
        thread = threading.Thread(target=server.run, daemon=True)
        thread.start()
        deadline = time.monotonic() + 20
        while not server.started:
            assert time.monotonic() < deadline, "the console did not start"
            time.sleep(0.05)
        try:
            yield Console(f"http://127.0.0.1:{port}", workspace)
        finally:
            server.should_exit = True
            thread.join(timeout=20)


@pytest.fixture
def browser() -> Iterator[Browser]:
    assert CHROMIUM is not None, "GOVPUB_REQUIRE_CHROMIUM is set but chromium is not installed"
    with sync_playwright() as playwright:
        launched = playwright.chromium.launch(executable_path=CHROMIUM, args=FLAGS)
        try:
            yield launched
        finally:
            launched.close()


class Person:
    """One user in their own browser context, watched for dialogs and outside requests."""

    def __init__(self, browser: Browser, console: Console, name: str) -> None:
        self.console = console
        self.name = name
        self.context: BrowserContext = browser.new_context(
            viewport={"width": 1280, "height": 900}, locale="zh-CN"
        )
        self.context.set_default_timeout(TIMEOUT_MS)
        self.outside: list[str] = []
        self.dialogs: list[str] = []
        self.errors: list[str] = []
        self.context.on("request", self._request)
        self.page: Page = self.context.new_page()
        self.page.on("dialog", self._dialog)
        self.page.on("pageerror", lambda exc: self.errors.append(str(exc)))
        self.page.on("console", self._console)

    def _request(self, request: Any) -> None:
        url = str(request.url)
        if not url.startswith((self.console.url, "data:", "about:")):
            frame = request.frame.url if request.frame is not None else "?"
            self.outside.append(f"{url} ({request.resource_type}, from {frame})")

    def _console(self, message: Any) -> None:
        if message.type == "error":
            self.errors.append(f"console {message.type}: {message.text} at {message.location}")

    def _dialog(self, dialog: Any) -> None:
        self.dialogs.append(str(dialog.message))
        dialog.dismiss()

    def go(self, path: str) -> Page:
        self.page.goto(self.console.url + path)
        return self.page

    def sign_in(self) -> None:
        page = self.go("/login")
        page.locator('body[data-ready="yes"]').wait_for()
        page.locator("#key-missing").wait_for(state="visible")
        page.set_input_files("#pem-file", str(self.console.workspace.keys[self.name]))
        page.click("#import-key")
        page.locator("#key-present").wait_for(state="visible")
        page.click("#signin")
        page.wait_for_url(self.console.url + "/")
        assert self.name == page.text_content("#who")

    def stored_key(self) -> dict[str, Any]:
        """What the page's script can learn about the key it keeps (never its bytes)."""
        result: dict[str, Any] = self.page.evaluate(
            """async () => {
                const db = await new Promise((ok, fail) => {
                    const r = indexedDB.open("govpub-console", 1);
                    r.onsuccess = () => ok(r.result); r.onerror = () => fail(r.error);
                });
                const stored = await new Promise((ok, fail) => {
                    const r = db.transaction("keys").objectStore("keys").get("reviewer");
                    r.onsuccess = () => ok(r.result); r.onerror = () => fail(r.error);
                });
                let exported = "refused";
                try { await crypto.subtle.exportKey("pkcs8", stored.key); exported = "exported"; }
                catch (e) { exported = "refused"; }
                return {
                    type: stored.key.type, extractable: stored.key.extractable,
                    algorithm: stored.key.algorithm.name, exported, publicKey: stored.publicKey,
                };
            }"""
        )
        return result

    def shot(self, name: str) -> None:
        IMAGES.mkdir(parents=True, exist_ok=True)
        # a viewport as tall as the page rather than full_page=True, which leaves the
        # sandboxed (out-of-process) frames blank
        height = int(self.page.evaluate("() => document.documentElement.scrollHeight"))
        self.page.set_viewport_size({"width": 1280, "height": min(max(height, 600), 4000)})
        self.page.wait_for_timeout(300)
        self.page.screenshot(path=str(IMAGES / f"web-{name}.png"))
        self.page.set_viewport_size({"width": 1280, "height": 900})

    def clean(self) -> None:
        assert [] == self.outside, f"{self.name}: requests outside the console"
        assert [] == self.dialogs, f"{self.name}: script ran (a dialog opened)"
        assert [] == self.errors, f"{self.name}: script errors"


def _approve(person: Person, draft: str) -> None:
    page = person.go("/review")
    page.click(f'a[href="/posts/{draft}/review"]')
    page.wait_for_url(f"{person.console.url}/posts/{draft}/review")
    page.wait_for_load_state("load")
    page.locator('body[data-page="review"][data-ready="yes"]').wait_for()
    # by keyboard: the frames below the button load late and a pointer click may land
    # beside it while the page still settles
    page.focus("#approve")
    page.keyboard.press("Enter")
    try:
        page.wait_for_function(
            "() => !location.pathname.endsWith('/review') || "
            "document.querySelector('#status').textContent.startsWith('未签署')",
            timeout=20_000,
        )
    except Exception:
        page.screenshot(path="/tmp/webc-fail.png")
        state = page.evaluate(
            "() => [document.body.dataset.page, document.body.dataset.ready, "
            "document.querySelector('#approve').disabled]"
        )
        raise AssertionError(
            f"{person.name} {page.url}: {page.text_content('#status')!r} {person.errors} {state}"
        ) from None
    assert page.url == f"{person.console.url}/posts/{draft}", page.text_content("#status")


def test_editor_reviewers_and_director_in_the_browser(browser: Browser, console: Console) -> None:
    workspace = console.workspace
    editor = Person(browser, console, EDITOR)
    editor.go("/login")
    editor.page.locator("#key-missing").wait_for(state="visible")
    editor.shot("login")
    editor.sign_in()
    key = editor.stored_key()
    assert key["type"] == "private"
    assert key["extractable"] is False
    assert key["algorithm"] == "Ed25519"
    assert key["exported"] == "refused"

    # write the post, with its images, and see the ad link found and stripped
    page = editor.go("/posts/new")
    page.fill("#text", POST)
    page.set_input_files(
        'input[name="images"]',
        [str(workspace.root / "cover.jpg"), str(workspace.root / "volunteers.png")],
    )
    editor.shot("write")
    page.click("#check-post")
    page.wait_for_url(f"{console.url}/posts/d_*")
    draft = page.url.rsplit("/", 1)[-1]
    finding = page.locator("#findings tr.sev-fixed").first
    finding.wait_for(state="visible")
    assert page.locator("#marked-body mark").count() >= 1
    assert "s.click.taobao.com" not in page.text_content("#fixed-body")  # type: ignore[operator]
    page.frame_locator("iframe.phone").locator("h1").wait_for(state="visible")
    assert int(page.text_content("#weibo-count").split()[0]) > 0  # type: ignore[union-attr]
    editor.shot("post")
    page.click("#submit-review")
    page.wait_for_url(f"{console.url}/posts/{draft}")
    assert "待审核" == page.text_content("#post-state")

    # 初审 by the other editor, 终审 by the director: each in their own browser context
    first = Person(browser, console, OTHER_EDITOR)
    first.sign_in()
    first.go("/review")
    first.shot("queue")
    first.page.click(f'a[href="/posts/{draft}/review"]')
    first.page.frame_locator("iframe.form").locator("h1").wait_for(state="visible")
    first.shot("review")
    _approve(first, draft)
    director = Person(browser, console, DIRECTOR)
    director.sign_in()
    _approve(director, draft)
    page = director.page
    page.locator("#review-complete").wait_for(state="visible")

    # publish, with each account's progress
    page.click("#publish")
    page.wait_for_url(f"{console.url}/posts/{draft}/progress")
    page.locator('body[data-ready="yes"]').wait_for()
    page.locator('#job-state[data-done="yes"]').wait_for(timeout=120_000)
    assert "12" == page.text_content("#done-count")
    assert 12 == page.locator('tr[data-state="published"]').count()
    director.shot("progress")

    # the approvals the browsers made, verified by the command line
    folder = workspace.root / "web-drafts" / draft
    approvals = sorted((folder / "approvals").glob("*.json"))
    assert 2 == len(approvals)
    status = subprocess.run(
        [
            sys.executable,
            "-m",
            "govpub",
            "review",
            "status",
            str(folder / "post.md"),
            *[arg for path in approvals for arg in ("--approval", str(path))],
            "--config",
            str(workspace.config),
        ],
        capture_output=True,
        text=True,
        timeout=120,
        check=False,
        env={**os.environ, "NO_COLOR": "1"},
    )
    assert 0 == status.returncode, status.stdout + status.stderr

    # retract, with a reason
    page = director.go(f"/posts/{draft}")
    page.fill("#retract-reason", "活动时间调整，撤回重发")
    page.click("#retract")
    page.wait_for_url(f"{console.url}/posts/{draft}/progress")
    page.locator('#job-state[data-done="yes"]').wait_for(timeout=120_000)
    assert 0 == page.locator('tr[data-state="published"]').count()
    director.shot("retract")
    page = director.go(f"/posts/{draft}")
    assert "已撤回" == page.text_content("#post-state")
    assert 12 == page.locator("#deliveries tbody tr").count()
    assert 0 == page.locator('#deliveries tr[data-state="published"]').count()
    page = director.go("/admin")
    page.locator("#audit-ok").wait_for(state="visible")
    director.shot("admin")
    director.go("/")
    director.shot("posts")

    # hostile content, opened in the browser, runs nothing and loads nothing from outside
    page = editor.go("/posts/new")
    page.fill("#text", HOSTILE)
    page.set_input_files('input[name="images"]', str(workspace.root / "cover.jpg"))
    page.click("#check-post")
    page.wait_for_url(f"{console.url}/posts/d_*")
    page.frame_locator("iframe.phone").locator("h1").wait_for(state="visible")
    page.wait_for_timeout(500)
    for person in (editor, first, director):
        person.clean()
        person.context.close()


def test_a_key_file_with_a_passphrase_is_decrypted_in_the_browser(
    browser: Browser, console: Console, tmp_path: Path
) -> None:
    """``keygen --passphrase-env`` files: PBES2 (PBKDF2-SHA256, AES-256-CBC) by WebCrypto."""
    key = load_private_key(console.workspace.keys[DIRECTOR])
    encrypted = write_private_key(tmp_path / "wang-fang.pem", key, password="春风十里".encode())
    assert encrypted.read_text(encoding="ascii").startswith("-----BEGIN ENCRYPTED PRIVATE KEY")
    person = Person(browser, console, DIRECTOR)
    page = person.go("/login")
    page.locator('body[data-ready="yes"]').wait_for()
    for passphrase, expected in (("", "请同时输入口令"), ("春风十", "口令不对")):
        page.set_input_files("#pem-file", str(encrypted))
        page.fill("#passphrase", passphrase)
        page.click("#import-key")
        page.wait_for_function(
            "text => document.querySelector('#status').textContent.includes(text)", arg=expected
        )
        assert page.locator("#key-missing").is_visible()
    page.set_input_files("#pem-file", str(encrypted))
    page.fill("#passphrase", "春风十里")
    page.click("#import-key")
    page.locator("#key-present").wait_for(state="visible")
    assert "" == page.input_value("#passphrase")  # not kept on the page
    assert public_key_text(key) == person.stored_key()["publicKey"]
    assert person.stored_key()["extractable"] is False
    page.click("#signin")
    page.wait_for_url(console.url + "/")
    assert DIRECTOR == page.text_content("#who")
    person.clean()
    person.context.close()
