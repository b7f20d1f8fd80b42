"""A reference-style Markdown image is an image of the post (fix109b, red team 109's item 4):
``load_post`` reads it as it reads ``![说明](路径)``, so ``check`` sees what the renderer
publishes and the renderer does not refuse what ``check`` passed."""

from __future__ import annotations

from pathlib import Path

import pytest
from render_helpers import APP_CAPS, PNG

from govpub import PostError, load_post
from govpub.render import render_app


def _load(tmp_path: Path, body: str) -> list[tuple[str | None, str]]:
    (tmp_path / "qr.png").write_bytes(PNG)
    (tmp_path / "post.md").write_text(f"---\ntitle: 通知\n---\n{body}", encoding="utf-8")
    post = load_post(tmp_path / "post.md")
    render_app(post, APP_CAPS)  # (refuses a local picture the post does not list)
    return [(image.src, image.alt) for image in post.images]


@pytest.mark.parametrize(
    "body",
    [
        "扫码：![二维码][q]\n\n[q]: qr.png\n",
        '扫码：![二维码][Q]\n\n[q]: <qr.png> "标题"\n',
        "扫码：![二维码][]\n\n[二维码]: qr.png\n",
        "扫码：![二维码]\n\n[二维码]: qr.png\n",
        "[q]:\n  qr.png\n\n![二维码][q]\n",
        "扫码：![二维码][q]\n\n> [q]: qr.png\n",  # a definition in a blockquote (review 87's L2)
        "扫码：![二维码][q]\n\n> > [q]:\n> > qr.png\n",
        "扫码：![二维码][q]\n\n- > [q]: qr.png\n",  # … in a list item's blockquote (review 90's L5)
        "扫码：![二维码][q]\n\n- [q]: qr.png\n",  # … in a list item
        "扫码：![二维码][q]\n\n1. > [q]: qr.png\n",
        "扫码：![二维码][q]\n\n> - [q]: qr.png\n",
        "扫码：![二维码][q]\n\n* > [q]:\n  > qr.png\n",
        "扫码：![二维码][q]\n\n- 说明\n  - 子项\n\n    [q]: qr.png\n",  # a nested item's paragraph
        "扫码：![二维码][q]\n\n    [q]: none.png\n\n[q]: qr.png\n",  # the first the page uses
    ],
)
def test_a_reference_image_is_an_image_of_the_post(tmp_path: Path, body: str) -> None:
    assert [("qr.png", "二维码")] == _load(tmp_path, body)


def test_images_keep_their_order_and_are_listed_once(tmp_path: Path) -> None:
    (tmp_path / "b.png").write_bytes(PNG)
    body = "![甲][q] ![乙](b.png) ![丙][q]\n\n[q]: qr.png\n"
    assert [("qr.png", "甲"), ("b.png", "乙")] == _load(tmp_path, body)


def test_an_undefined_reference_or_a_link_is_no_image(tmp_path: Path) -> None:
    body = "![没有定义][x] 和 [链接][q]\n\n[q]: qr.png\n"
    assert [] == _load(tmp_path, body)


def test_a_missing_reference_file_names_its_line(tmp_path: Path) -> None:
    (tmp_path / "post.md").write_text(
        "---\ntitle: 通知\n---\n第一段\n\n![图][q]\n\n[q]: none.png\n", encoding="utf-8"
    )
    with pytest.raises(PostError, match="图片文件不存在") as info:
        load_post(tmp_path / "post.md")
    assert 6 == info.value.line


@pytest.mark.parametrize(
    "body",
    [
        "```\n![二维码][q]\n```\n\n[q]: none.png\n",  # a fenced code block
        "    ![二维码][q]\n\n[q]: none.png\n",  # an indented one
        "`![二维码][q]`\n\n[q]: none.png\n",  # a code span
        "<!-- ![二维码][q] -->\n\n[q]: none.png\n",  # a comment
        "\\![二维码][q]\n\n[q]: none.png\n",  # an escaped mark
        "![二维码][q]\n\n```\n[q]: none.png\n```\n",  # the definition in a code block
        "![二维码][q]\n\n> ```\n> [q]: none.png\n> ```\n",  # … in a blockquote's code block
        "![二维码][q]\n\n-[q]: none.png\n",  # no list item: no space after the marker
        "![二维码][q]\n\n- ```\n  [q]: none.png\n  ```\n",  # … in a list item's code block
        "![二维码][q]\n\n-     [q]: none.png\n",  # … indented code in a list item
    ],
)
def test_a_reference_image_the_page_does_not_show_is_no_image(tmp_path: Path, body: str) -> None:
    """As the renderer's parser reads it (review 87's L1): no picture readers never see,
    and no refusal of a file it would never load."""
    assert [] == _load(tmp_path, body)
