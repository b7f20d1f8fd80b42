"""Markdown → HTML → the platform's allow-list (nh3)."""

from __future__ import annotations

import pytest

from govpub.render.markdown import markdown_to_html
from govpub.render.sanitize import sanitize_app, sanitize_wechat


def test_tables_and_strikethrough_are_rendered() -> None:
    html = markdown_to_html("| a | b |\n|---|---|\n| 1 | ~~2~~ |\n")
    assert "<table>" in html
    assert "<td><s>2</s></td>" in html


@pytest.mark.parametrize(
    ("raw", "expected"),
    [
        ("<p>a<script>alert(1)</script>b</p>", "<p>ab</p>"),
        ("<style>p{}</style><p>x</p>", "<p>x</p>"),
        ('<p>a<iframe src="https://x.cn">f</iframe>b</p>', "<p>ab</p>"),
        ('<p>a<video src="v.mp4">不支持视频</video>b</p>', "<p>ab</p>"),
        ('<p>a<audio src="a.mp3">音频</audio>b</p>', "<p>ab</p>"),
        ('<form action="/x"><p>表单</p><input name="q"></form><p>y</p>', "<p>y</p>"),
        ('<p onclick="x()">a</p>', "<p>a</p>"),
        (
            '<section style="color:red;position:fixed">s</section>',
            '<section style="color:red">s</section>',
        ),
        ('<img src="javascript:alert(1)" alt="x">', '<img alt="x">'),
        ('<img src="images/a.png" alt="x" onerror="y">', '<img src="images/a.png" alt="x">'),
        ("<div><p>div dropped, text kept</p></div>", "<p>div dropped, text kept</p>"),
        ("<p>a<!-- comment -->b</p>", "<p>ab</p>"),
        ('<p><a href="https://x.cn/a">t</a></p>', '<p><a href="https://x.cn/a">t</a></p>'),
        ("<p><sup>1</sup></p>", "<p>1</p>"),
    ],
)
def test_wechat_allow_list(raw: str, expected: str) -> None:
    assert expected == sanitize_wechat(raw)


@pytest.mark.parametrize(
    ("raw", "expected"),
    [
        ("<p>a<script>alert(1)</script>b</p>", "<p>ab</p>"),
        (
            '<p><a href="https://x.cn/a" target="_blank">t</a></p>',
            '<p><a href="https://x.cn/a" rel="noopener">t</a></p>',
        ),
        ('<p><a href="javascript:alert(1)">t</a></p>', '<p><a rel="noopener">t</a></p>'),
        ("<p><sup>1</sup></p>", "<p><sup>1</sup></p>"),
        ('<p>a<video src="v.mp4">x</video>b</p>', "<p>ab</p>"),
    ],
)
def test_app_allow_list(raw: str, expected: str) -> None:
    assert expected == sanitize_app(raw)


def test_every_wechat_tag_in_the_brief_survives() -> None:
    raw = (
        "<h1>1</h1><h2>2</h2><h3>3</h3><h4>4</h4><h5>5</h5><h6>6</h6>"
        "<p><strong>s</strong><b>b</b><em>e</em><i>i</i><u>u</u><s>x</s><span>sp</span><br></p>"
        "<blockquote>q</blockquote><ul><li>l</li></ul><ol><li>o</li></ol>"
        "<table><thead><tr><th>h</th></tr></thead><tbody><tr><td>d</td></tr></tbody></table>"
        '<section>sec</section><pre><code>c</code></pre><hr><img src="a.png">'
    )
    assert raw == sanitize_wechat(raw)
