"""Markdown + front matter: the example loads; every error names file, line and field."""

from __future__ import annotations

import contextlib
from pathlib import Path

import pytest
import yaml
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

import govpub
from govpub import GovpubError, Post, PostError, load_post
from govpub.postfile import dump_post

EXAMPLES = Path(__file__).parents[2] / "examples"


def test_example_post_loads_with_images_and_cover() -> None:
    post = load_post(EXAMPLES / "post.md")
    assert "关于开展2026年春季义务植树活动的通知" == post.title
    assert ["images/tree-planting.png", "images/volunteers.png"] == [i.src for i in post.images]
    assert post.cover is not None
    assert "image/jpeg" == post.cover.mime_type
    assert post.publish_at is not None
    assert post.publish_at.utcoffset() is not None
    assert (
        "3月12日前后全市开展春季义务植树活动，欢迎市民就近参加。" == post.overrides["weibo"].summary
    )


def write(tmp_path: Path, text: str) -> Path:
    path = tmp_path / "post.md"
    path.write_text(text, encoding="utf-8")
    return path


ERRORS = [
    # (file text, line, field, words in the message)
    ("no front matter\n", 1, None, "缺少 front matter"),
    ("---\ntitle: a\n", 1, None, "没有结束"),
    ("---\ntitle: [unclosed\n---\nbody\n", 3, None, "YAML"),
    ("---\n- a\n- b\n---\n", 2, None, "键值对"),
    ("---\nsummary: s\n---\nbody\n", 2, "title", "缺少必填字段"),
    ("---\ntitle: t\ncolour: red\n---\n", 3, "colour", "未知字段"),
    ("---\ntitle: t\n\npublish_at: 2026-03-05T09:00:00\n---\n", 4, "publish_at", "time zone"),
    ("---\ntitle: t\ncover: missing.jpg\n---\n", 3, "cover.src", "图片文件不存在"),
    ("---\ntitle: t\n---\n正文 ![图](nowhere.png)\n", 4, "body[0].src", "图片文件不存在"),
    ("---\ntitle: t\nsource: {}\n---\n", 3, "source", "source needs a name or a url"),
    (
        "---\ntitle: t\noverrides:\n  wechat:\n    headline: x\n---\n",
        5,
        "overrides.wechat.headline",
        "未知字段",
    ),
    ("---\ntitle: t\nurl: ftp://x\n---\n", 3, "url", "http"),
    ("---\ntitle: &a t\nsummary: *a\n---\n", 3, None, "aliases"),
    ("---\ntitle: t\nbody: x\n---\n", 3, "body", "正文"),
]


@pytest.mark.parametrize(("text", "line", "field", "words"), ERRORS)
def test_errors_name_file_line_and_field(
    tmp_path: Path, text: str, line: int, field: str | None, words: str
) -> None:
    path = write(tmp_path, text)
    with pytest.raises(PostError) as info:
        load_post(path)
    error = info.value
    assert (str(path), line, field) == (error.file, error.line, error.field)
    assert words in str(error)
    assert str(error).startswith(f"{path}:{line}:")


def test_missing_file_and_bad_encoding(tmp_path: Path) -> None:
    with pytest.raises(PostError, match="文件不存在"):
        load_post(tmp_path / "none.md")
    bad = tmp_path / "gbk.md"
    bad.write_bytes("---\ntitle: 标题\n---\n".encode("gbk"))
    with pytest.raises(PostError, match="UTF-8"):
        load_post(bad)


def test_line_endings_are_read_as_newlines(tmp_path: Path) -> None:
    (tmp_path / "a.png").write_bytes(b"\x89PNG\r\n\x1a\n")
    for ending in ("\r\n", "\r"):
        text = ending.join(["---", "title: t", "---", "第一段", "", "![图](a.png)", ""])
        path = tmp_path / "post.md"
        path.write_bytes(text.encode())
        post = load_post(path)
        assert "第一段\n\n![图](a.png)\n" == post.body
        with pytest.raises(PostError) as info:
            load_post(path, limits=govpub.PostLimits(max_images=0))
        assert 6 == info.value.line


def test_from_markdown_reads_images_from_base_dir(tmp_path: Path) -> None:
    (tmp_path / "a.png").write_bytes(b"\x89PNG\r\n\x1a\nxx")
    post = Post.from_markdown("---\ntitle: t\n---\n![说明](a.png)", base_dir=tmp_path)
    assert [("a.png", "说明")] == [(i.src, i.alt) for i in post.images]


def test_numbers_in_text_fields_are_text() -> None:
    assert "2026" == Post.from_markdown("---\ntitle: 2026\n---\n").title


def test_dump_and_parse_round_trip(tmp_path: Path) -> None:
    post = load_post(EXAMPLES / "post.md")
    again = Post.from_markdown(dump_post(post), base_dir=EXAMPLES)
    assert post.digest() == again.digest()
    assert post.id == again.id


# -- property tests ---------------------------------------------------------------

scalars = st.one_of(
    st.none(),
    st.booleans(),
    st.integers(),
    st.floats(allow_nan=False),
    st.text(max_size=20),
    st.datetimes(),
    st.dates(),
)
yaml_values = st.recursive(
    scalars,
    lambda children: (
        st.lists(children, max_size=4) | st.dictionaries(st.text(max_size=10), children, max_size=4)
    ),
    max_leaves=12,
)
keys = st.sampled_from(
    [
        "title",
        "summary",
        "author",
        "category",
        "source",
        "url",
        "cover",
        "images",
        "publish_at",
        "tags",
        "overrides",
        "id",
        "other",
    ]
) | st.text(max_size=8)


@settings(max_examples=300, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(front=st.dictionaries(keys, yaml_values, max_size=6), body=st.text(max_size=80))
def test_arbitrary_front_matter_loads_or_fails_clearly(
    tmp_path: Path, front: dict[str, object], body: str
) -> None:
    text = "---\n" + yaml.safe_dump(front, allow_unicode=True) + "---\n" + body
    try:
        post = Post.from_markdown(text, base_dir=tmp_path)
    except GovpubError as exc:
        assert isinstance(exc, PostError)
        assert str(exc)
    else:
        assert post.title.strip()


@settings(max_examples=300)
@given(st.text(max_size=200))
def test_arbitrary_text_loads_or_fails_clearly(text: str) -> None:
    with contextlib.suppress(PostError):
        govpub.Post.from_markdown(text, base_dir=Path("/nonexistent-govpub-dir"))
