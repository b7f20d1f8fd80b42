"""Hostile post content is shown, never run: pages escape it, previews sanitise and sandbox it.

The real-browser test (``test_web_browser.py``) also loads such a post in
Chromium; here the HTML the server sends is checked directly.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from html.parser import HTMLParser

import pytest

from govpub.demo.workspace import Workspace
from tests.web.conftest import EDITOR, TestClient
from tests.web.test_web_flow import write_post

Client = Callable[[str], tuple[TestClient, str]]

HOSTILE = """---
title: 标<script>alert(1)</script>
summary: 摘要<img src=x onerror=alert('summary')>
author: 示例市人民政府办公室
category: daily
url: https://www.example.gov.cn/zwgk/1.html
cover: {src: cover.jpg, alt: "封面\\" onload=\\"alert('alt')"}
---
第一段<script>alert('body')</script>正文。

<img src="https://www.example.gov.cn/a.png" onerror="alert('img')">

<svg onload="alert('svg')"><script>alert('svg-script')</script></svg>

[点我](javascript:alert('link')) 和 <a href="javascript:alert('raw')">这个</a>

<iframe src="https://evil.example/"></iframe><form action="https://evil.example/"><input name=a></form>

<p style="background:url(javascript:alert('css'))" onclick="alert('click')">样式</p>
"""


class _Active(HTMLParser):
    """Every element or attribute in a page that could run script or load from outside."""

    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.found: list[str] = []

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        values = {name: (value or "") for name, value in attrs}
        if tag == "script" and values.get("src") != "/static/console.js":
            self.found.append(f"<script {values}>")
        if tag in ("svg", "object", "embed", "math", "base", "meta") and tag != "meta":
            self.found.append(f"<{tag}>")
        if tag == "meta" and "http-equiv" in values:
            self.found.append(f"<meta http-equiv={values['http-equiv']}>")
        if tag == "iframe" and values.get("sandbox") != "":
            self.found.append(f"<iframe {values}> without sandbox")
        for name, value in values.items():
            lowered = value.strip().lower()
            if name.startswith("on"):
                self.found.append(f"<{tag} {name}=…>")
            if name in ("href", "src", "action", "formaction") and lowered.startswith(
                ("javascript:", "vbscript:", "data:text")
            ):
                self.found.append(f"<{tag} {name}={value[:30]}>")
            if name == "style" and ("javascript:" in lowered or "expression(" in lowered):
                self.found.append(f"<{tag} style={value[:30]}>")
            if tag == "form" and name == "action" and lowered.startswith(("http:", "https:", "//")):
                self.found.append(f"<form action={value[:30]}>")


def _active(html: str) -> list[str]:
    parser = _Active()
    parser.feed(html)
    parser.close()
    return parser.found


@pytest.fixture
def hostile(signed_in: Client, workspace: Workspace) -> tuple[TestClient, str]:
    client, csrf = signed_in(EDITOR)
    return client, write_post(client, csrf, workspace, HOSTILE)


def test_post_page_escapes_everything(hostile: tuple[TestClient, str]) -> None:
    client, draft = hostile
    page = client.get(f"/posts/{draft}")
    assert page.status_code == 200
    assert [] == _active(page.text)
    assert "&lt;script&gt;" in page.text  # shown as text, for the editor to see


def test_wechat_preview_is_sanitised_and_sandboxed(hostile: tuple[TestClient, str]) -> None:
    client, draft = hostile
    preview = client.get(f"/posts/{draft}/preview/wechat")
    errors = re.findall(r'<p class="error">([^<]*)</p>', client.get(f"/posts/{draft}").text)
    assert preview.status_code == 200, errors
    assert [] == _active(preview.text)
    csp = preview.headers["content-security-policy"]
    assert csp.startswith("sandbox;")
    assert "script-src" not in csp  # default-src 'none' covers it
    assert "default-src 'none'" in csp


def test_review_form_frame_is_escaped_and_sandboxed(
    hostile: tuple[TestClient, str], signed_in: Client
) -> None:
    client, draft = hostile
    form = client.get(f"/posts/{draft}/form")
    assert [] == _active(form.text)
    assert form.headers["content-security-policy"].startswith("sandbox;")


def test_an_svg_upload_is_refused(signed_in: Client, workspace: Workspace) -> None:
    client, csrf = signed_in(EDITOR)
    response = client.post(
        "/posts/new",
        data={"csrf": csrf, "text": "---\ntitle: t\ncategory: daily\n---\n![a](x.svg)\n"},
        files=[("images", ("x.svg", b"<svg onload='alert(1)'/>", "image/svg+xml"))],
    )
    assert response.status_code == 400
    assert [] == _active(response.text)


def test_an_svg_data_image_is_refused(signed_in: Client) -> None:
    client, csrf = signed_in(EDITOR)
    svg = "PHN2ZyBvbmxvYWQ9ImFsZXJ0KDEpIi8+"  # <svg onload="alert(1)"/>
    text = f"---\ntitle: t\ncategory: daily\n---\n![a](data:image/svg+xml;base64,{svg})\n"
    response = client.post("/posts/new", data={"csrf": csrf, "text": text})
    assert response.status_code == 400
    assert [] == _active(response.text)
    assert "/tmp/" not in response.text  # the server's paths are not shown


def test_a_bad_post_is_reported_escaped(signed_in: Client) -> None:
    client, csrf = signed_in(EDITOR)
    response = client.post(
        "/posts/new", data={"csrf": csrf, "text": "---\ntitle: [<script>alert(1)</script>\n---\n"}
    )
    assert response.status_code == 400
    assert [] == _active(response.text)
