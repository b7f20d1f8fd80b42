"""Property tests for the HTML renderers: whatever the Markdown, the output stays inside the allow-list."""

from __future__ import annotations

import html
import re

from hypothesis import given, settings
from hypothesis import strategies as st
from render_helpers import APP_CAPS, PNG, WECHAT_CAPS, image, make_post

from govpub.errors import PostError
from govpub.render import render_app, render_wechat
from govpub.render.sanitize import WECHAT_TAGS, sanitize_wechat

PIECES = st.sampled_from(
    [
        "# ", "## ", "\n", "\n\n", "**", "*", "~~", "`", "```\n", "> ", "- ", "1. ",
        "| a | b |\n|---|---|\n| 1 | 2 |\n", "正文", "植树", "。", "，", "&", "<", ">", '"',
        "[链接](https://www.news.cn/a.html)", "[往期](https://mp.weixin.qq.com/s/x)",
        "https://www.gov.cn/x.html", "www.gov.cn", "![图](a.png)", "![远程](https://img.gov.cn/r.png)",
        "<script>alert(1)</script>", "<b>粗</b>", '<a href="https://x.cn">x</a>',
        '<img src="a.png" onerror="x">', "<iframe src=x></iframe>", "<section>节</section>",
        "<!-- c -->", "&amp;", "&#60;", "[相对](/a.html)", "[](https://e.cn)",
    ]
)  # fmt: skip
MARKDOWN = st.lists(PIECES, max_size=25).map("".join)
TAG = re.compile(r"<\s*([a-zA-Z0-9-]+)")


@settings(max_examples=300, deadline=None)
@given(body=MARKDOWN)
def test_wechat_body_is_allow_listed_and_stable(body: str) -> None:
    post = make_post(body=body or "正文", images=(image("a.png", PNG),))
    try:
        rendered = render_wechat(post, WECHAT_CAPS)
    except PostError as exc:
        assert "body" == exc.field  # only "empty body" can happen here
        return
    tags = {t.lower() for t in TAG.findall(rendered.body)}
    assert tags <= WECHAT_TAGS | {"a"}
    for href in re.findall(r'<a href="([^"]*)"', rendered.body):
        assert href.startswith("https://mp.weixin.qq.com/")
    assert rendered.body == sanitize_wechat(rendered.body)
    srcs = re.findall(r'<img src="([^"]*)"', rendered.body)
    assert set(srcs) == {i.src for i in rendered.images}
    for n, url in enumerate(rendered.fields["references"], start=1):
        assert f"<p>[{n}] {html.escape(url, quote=False)}</p>" in rendered.body


@settings(max_examples=200, deadline=None)
@given(body=MARKDOWN)
def test_app_body_has_no_active_content(body: str) -> None:
    rendered = render_app(make_post(body=body, images=(image("a.png", PNG),)), APP_CAPS)
    lowered = rendered.body.lower()
    for forbidden in ("<script", "<iframe", 'href="javascript:'):
        assert forbidden not in lowered
    assert not re.search(r"<[^<>]*\son\w+=", lowered)  # no event-handler attribute in a tag
