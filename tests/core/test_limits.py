"""PostLimits: every limit at its boundary (at the limit accepted, one over refused), for
post files, Markdown text and Posts built in Python, and read from ``[policy.limits]``."""

from __future__ import annotations

import os
import sys
import time
from pathlib import Path

import pytest

from govpub import (
    ConfigError,
    Image,
    Matrix,
    Policy,
    Post,
    PostError,
    PostLimits,
    Publisher,
    check,
    load_post,
)
from govpub._files import FileTooLargeError, NotARegularFileError, read_at_most
from govpub.limits import MB, format_size, utf8_size_over

PNG = b"\x89PNG\r\n\x1a\n"


def write(tmp_path: Path, text: str, name: str = "post.md") -> Path:
    path = tmp_path / name
    path.write_bytes(text.encode("utf-8"))
    return path


def refused(path: Path, limits: PostLimits, words: str) -> PostError:
    with pytest.raises(PostError) as info:
        load_post(path, limits=limits)
    assert words in str(info.value)
    assert str(path) == info.value.file
    return info.value


def test_defaults_are_stated() -> None:
    limits = PostLimits()
    assert (5 * MB, 128 * 1024, 1000, 10, 50, 10 * MB) == (
        limits.max_bytes,
        limits.max_front_matter_bytes,
        limits.max_front_matter_nodes,
        limits.max_front_matter_depth,
        limits.max_images,
        limits.max_image_bytes,
    )


# -- max_bytes ----------------------------------------------------------------------


def sized_post(size: int) -> str:
    """A valid post of exactly ``size`` bytes in UTF-8 (a 3-byte character where it fits)."""
    head = "---\ntitle: 标题\n---\n"
    rest = size - len(head.encode())
    return head + "正" * (rest // 3) + "a" * (rest % 3)


def test_post_file_at_max_bytes_is_read_one_byte_more_is_refused(tmp_path: Path) -> None:
    limits = PostLimits(max_bytes=1000)
    assert 1000 == len(sized_post(1000).encode())
    assert load_post(write(tmp_path, sized_post(1000)), limits=limits).title == "标题"
    error = refused(write(tmp_path, sized_post(1001)), limits, "policy.limits.max_bytes = 1000")
    assert "稿件过大：有 1001 字节" in error.reason


def test_default_max_bytes_boundary_is_five_mebibytes(tmp_path: Path) -> None:
    assert load_post(write(tmp_path, sized_post(5 * MB))).body
    start = time.perf_counter()
    refused(write(tmp_path, sized_post(5 * MB + 1)), PostLimits(), "稿件过大")
    assert time.perf_counter() - start < 0.5  # by stat: nothing is read


def test_markdown_text_is_measured_in_utf8_bytes(tmp_path: Path) -> None:
    limits = PostLimits(max_bytes=1000)
    assert Post.from_markdown(sized_post(1000), base_dir=tmp_path, limits=limits)
    with pytest.raises(PostError, match="稿件过大"):
        Post.from_markdown(sized_post(1001), base_dir=tmp_path, limits=limits)


def test_a_bom_is_not_content_but_counts_as_bytes_of_the_file(tmp_path: Path) -> None:
    path = tmp_path / "bom.md"
    path.write_bytes(b"\xef\xbb\xbf" + sized_post(997).encode())
    assert load_post(path, limits=PostLimits(max_bytes=1000)).title == "标题"
    path.write_bytes(b"\xef\xbb\xbf" + sized_post(998).encode())
    refused(path, PostLimits(max_bytes=1000), "稿件过大")


def test_post_object_text_at_max_bytes_passes_check_one_over_is_refused() -> None:
    limits = PostLimits(max_bytes=100)
    title = "标题"  # 6 bytes
    at_limit = Post(title=title, body="正" * 30 + "a" * 4)  # 6 + 90 + 4
    limits.enforce(at_limit)
    over = Post(title=title, body="正" * 30 + "a" * 5)
    with pytest.raises(PostError, match=r"policy\.limits\.max_bytes = 100") as info:
        limits.enforce(over)
    assert info.value.field is None  # no single field is too large on its own
    with pytest.raises(PostError) as info:
        limits.enforce(Post(title="t", body="a" * 101))
    assert "body" == info.value.field


def test_every_text_field_counts() -> None:
    limits = PostLimits(max_bytes=100)
    for post in (
        Post(title="t", summary="s" * 100),
        Post(title="t", tags=("x" * 100,)),
        Post(title="t", overrides={"weibo": {"text": "x" * 100}}),
        Post(title="t", author="a" * 100),
    ):
        with pytest.raises(PostError, match="稿件过大"):
            limits.enforce(post)


# -- front matter ------------------------------------------------------------------


def front_of(size: int) -> str:
    """Front matter of exactly ``size`` bytes (a summary padded to fit)."""
    head = "title: t\nsummary: \n"
    return head[:-1] + "s" * (size - len(head)) + "\n"


def test_front_matter_at_its_limit_is_parsed_one_byte_more_is_refused(tmp_path: Path) -> None:
    limits = PostLimits(max_front_matter_bytes=300)
    post = load_post(write(tmp_path, f"---\n{front_of(300)}---\nbody\n"), limits=limits)
    assert 300 - len("title: t\nsummary: \n") == len(post.summary)
    error = refused(
        write(tmp_path, f"---\n{front_of(301)}---\nbody\n"),
        limits,
        "policy.limits.max_front_matter_bytes = 300",
    )
    assert 2 == error.line


def test_front_matter_without_a_closing_line_within_the_limit(tmp_path: Path) -> None:
    limits = PostLimits(max_front_matter_bytes=300)
    error = refused(
        write(tmp_path, "---\ntitle: t\n" + "正文\n" * 5000), limits, "没有结束的 --- 行"
    )
    assert 1 == error.line
    assert "max_front_matter_bytes" in error.reason


def nodes_post(items: int) -> str:
    # root mapping, title key and value, tags key and list: 5 nodes, then one per item
    return "---\ntitle: t\ntags: [" + ", ".join(f"t{i}" for i in range(items)) + "]\n---\n"


def test_front_matter_at_the_node_limit_is_read_one_more_is_refused(tmp_path: Path) -> None:
    limits = PostLimits(max_front_matter_nodes=20)
    assert 15 == len(load_post(write(tmp_path, nodes_post(15)), limits=limits).tags)
    error = refused(
        write(tmp_path, nodes_post(16)), limits, "policy.limits.max_front_matter_nodes = 20"
    )
    assert 3 == error.line


def test_default_node_limit_fits_fifty_images_with_alt_and_every_field(tmp_path: Path) -> None:
    for i in range(50):
        (tmp_path / f"{i}.png").write_bytes(PNG)
    images = "".join(f"  - {{src: {i}.png, alt: 图{i}}}\n" for i in range(49))
    overrides = "".join(
        f"  {p}: {{title: 标题, summary: 摘要, author: 作者, url: https://a.gov.cn/}}\n"
        for p in ("wechat", "weibo", "app")
    )
    text = (
        "---\ntitle: t\nsummary: s\nauthor: a\ncategory: daily\nurl: https://a.gov.cn/\n"
        "source: {name: 新华网, url: https://www.news.cn/}\n"
        "cover: {src: 49.png, alt: 封面}\n"
        f"images:\n{images}tags: [{', '.join(f't{i}' for i in range(20))}]\n"
        f"overrides:\n{overrides}---\n正文\n"
    )
    assert 50 == len(load_post(write(tmp_path, text)).all_images())


def nested(depth: int) -> str:
    """A valid post whose front matter nests ``depth`` deep (overrides: depth 3)."""
    assert depth in (2, 3)
    if depth == 2:
        return "---\ntitle: t\ncover: {src: https://a.gov.cn/c.png}\n---\n"
    return "---\ntitle: t\noverrides: {wechat: {title: w}}\n---\n"


def test_front_matter_at_the_depth_limit_is_read_one_deeper_is_refused(tmp_path: Path) -> None:
    limits = PostLimits(max_front_matter_depth=2)
    assert load_post(write(tmp_path, nested(2)), limits=limits).cover is not None
    error = refused(write(tmp_path, nested(3)), limits, "policy.limits.max_front_matter_depth = 2")
    assert 3 == error.line
    assert load_post(write(tmp_path, nested(3)), limits=PostLimits(max_front_matter_depth=3))


@pytest.mark.parametrize("flow", [True, False])
def test_default_depth_boundary_is_ten(tmp_path: Path, flow: bool) -> None:
    def deep(depth: int) -> str:  # depth counts the front matter mapping itself
        if flow:
            return "---\ntitle: t\nx: " + "[" * (depth - 1) + "]" * (depth - 1) + "\n---\n"
        lines = "".join(" " * i + "- \n" for i in range(depth - 2))
        return "---\ntitle: t\nx:\n" + lines + " " * (depth - 2) + "- 1\n---\n"

    # at the limit the YAML is read and the post refused for what it says ...
    refused(write(tmp_path, deep(10)), PostLimits(), "未知字段")
    # ... one level deeper it is refused as too deep, before it is read any further
    refused(write(tmp_path, deep(11)), PostLimits(), "嵌套超过 10 层")


# -- images ------------------------------------------------------------------------


def images_post(tmp_path: Path, count: int) -> Path:
    """A post with a cover, one listed image and ``count - 2`` images in the body."""
    for i in range(count):
        (tmp_path / f"{i}.png").write_bytes(PNG)
    body = "".join(f"第{i}张 ![图{i}]({i}.png)\n" for i in range(2, count))
    return write(tmp_path, f"---\ntitle: t\ncover: 0.png\nimages: [1.png]\n---\n{body}")


def test_images_at_the_limit_are_read_one_more_is_refused(tmp_path: Path) -> None:
    limits = PostLimits(max_images=5)
    assert 5 == len(load_post(images_post(tmp_path, 5), limits=limits).all_images())
    error = refused(images_post(tmp_path, 6), limits, "policy.limits.max_images = 5")
    assert ("body[3]", 9) == (error.field, error.line)  # the sixth image, on its own line


def test_images_are_counted_before_any_is_read(tmp_path: Path) -> None:
    body = "".join(f"![图](missing-{i}.png)\n" for i in range(3))
    path = write(tmp_path, f"---\ntitle: t\n---\n{body}")
    refused(path, PostLimits(max_images=2), "图片超过 2 张")  # not "图片文件不存在"


def test_the_same_image_twice_in_the_body_counts_once(tmp_path: Path) -> None:
    (tmp_path / "a.png").write_bytes(PNG)
    path = write(tmp_path, "---\ntitle: t\nimages: [a.png]\n---\n![x](a.png) ![y](a.png)\n")
    assert 1 == len(load_post(path, limits=PostLimits(max_images=1)).images)


def test_image_file_at_the_limit_is_read_one_byte_more_is_refused(tmp_path: Path) -> None:
    limits = PostLimits(max_image_bytes=100)
    (tmp_path / "a.png").write_bytes(PNG + b"\0" * 92)
    path = write(tmp_path, "---\ntitle: t\n---\n正文\n\n![图](a.png)\n")
    assert 100 == len(load_post(path, limits=limits).images[0].data or b"")
    (tmp_path / "a.png").write_bytes(PNG + b"\0" * 93)
    error = refused(path, limits, "policy.limits.max_image_bytes = 100")
    assert ("body[0].src", 6) == (error.field, error.line)
    assert "a.png 有 101 字节" in error.reason


def test_cover_over_the_default_image_limit_is_refused_by_its_size(tmp_path: Path) -> None:
    with (tmp_path / "cover.png").open("wb") as file:
        file.truncate(10 * MB + 1)  # sparse: nothing to write, nothing read
    path = write(tmp_path, "---\ntitle: t\ncover: cover.png\n---\n")
    error = refused(path, PostLimits(), "图片文件过大")
    assert ("cover.src", 3) == (error.field, error.line)


def test_post_object_images_are_counted_and_sized() -> None:
    images = tuple(Image(data=PNG, alt=str(i)) for i in range(3))
    PostLimits(max_images=3).enforce(Post(title="t", images=images))
    with pytest.raises(PostError, match="图片超过 2 张"):
        PostLimits(max_images=2).enforce(Post(title="t", images=images))
    with pytest.raises(PostError, match="max_image_bytes = 7") as info:
        PostLimits(max_image_bytes=7).enforce(Post(title="t", cover=Image(data=PNG)))
    assert "cover" == info.value.field
    PostLimits(max_image_bytes=8).enforce(Post(title="t", cover=Image(data=PNG)))


# -- files that are not files ------------------------------------------------------


def test_devices_and_pipes_are_refused_without_reading(tmp_path: Path) -> None:
    if not Path("/dev/zero").exists():
        pytest.skip("no /dev/zero")
    refused(Path("/dev/zero"), PostLimits(), "不是普通文件")
    fifo = tmp_path / "pipe.png"
    os.mkfifo(fifo)  # opening it would block until a writer comes
    path = write(tmp_path, "---\ntitle: t\ncover: pipe.png\nimages: [/dev/zero]\n---\n")
    error = refused(path, PostLimits(), "图片不是普通文件: pipe.png")
    assert "cover.src" == error.field
    (tmp_path / "dir.png").mkdir()
    path = write(tmp_path, "---\ntitle: t\nimages: [/dev/zero, dir.png]\n---\n")
    assert "images[0].src" == refused(path, PostLimits(), "不是普通文件: /dev/zero").field


def test_a_file_that_says_it_is_empty_is_still_read_with_a_bound() -> None:
    proc = Path("/proc/self/status")  # a regular file whose size is reported as 0
    if not proc.exists() or proc.stat().st_size != 0:
        pytest.skip("no procfs")
    with pytest.raises(FileTooLargeError) as info:
        read_at_most(proc, 10)
    assert info.value.size is None
    assert read_at_most(proc, 1_000_000).startswith(b"Name:")
    with pytest.raises(NotARegularFileError):
        read_at_most(Path("/proc/self"), 10)


def test_an_image_built_in_python_refuses_special_files_too(tmp_path: Path) -> None:
    os.mkfifo(tmp_path / "pipe.png")
    for src in ("/dev/zero", str(tmp_path / "pipe.png"), str(tmp_path)):
        if not Path(src).exists():
            continue
        with pytest.raises(ValueError, match="not a regular file"):
            Image(src=src)
    (tmp_path / "a.png").write_bytes(PNG)
    assert PNG == Image.from_path(tmp_path / "a.png").data
    assert PNG == read_at_most(tmp_path / "a.png", sys.maxsize)  # no limit: read, not allocated


# -- configuration -----------------------------------------------------------------


def test_policy_reads_policy_limits() -> None:
    policy = Policy.from_mapping(
        {"limits": {"max_bytes": 2000, "max_images": 3}}, base_dir=Path.cwd()
    )
    assert PostLimits(max_bytes=2000, max_images=3) == policy.limits
    assert PostLimits() == Policy.default().limits


@pytest.mark.parametrize(
    ("limits", "key"),
    [
        ({"max_byte": 1}, "policy.limits.max_byte"),
        ({"max_bytes": "5MB"}, "policy.limits.max_bytes"),
        ({"max_bytes": 0}, "policy.limits.max_bytes"),
        ({"max_bytes": 1.5}, "policy.limits.max_bytes"),
        ({"max_images": True}, "policy.limits.max_images"),
        ({"max_front_matter_depth": 101}, "policy.limits.max_front_matter_depth"),
        ("5MB", "policy.limits"),
    ],
)
def test_bad_limits_name_the_key(limits: object, key: str) -> None:
    with pytest.raises(ConfigError) as info:
        Policy.from_mapping({"limits": limits}, base_dir=Path.cwd(), file="govpub.toml")
    assert key == info.value.key
    with pytest.raises(ConfigError) as info:
        PostLimits.from_mapping(limits, file="govpub.toml")
    assert key == info.value.key


def test_check_refuses_a_post_over_the_policy_limits_before_any_rule() -> None:
    policy = Policy.from_mapping({"limits": {"max_bytes": 50}}, base_dir=Path.cwd())
    post = Post(title="t", body="正文" * 10)
    assert not check(post).blocked
    with pytest.raises(PostError, match="max_bytes = 50"):
        check(post, policy)


def test_check_of_a_50_mb_post_object_is_refused_at_once() -> None:
    post = Post(title="t", body="正文内容。" * (10 * MB))
    start = time.perf_counter()
    with pytest.raises(PostError, match="稿件过大"):
        check(post)
    assert time.perf_counter() - start < 0.5


def test_publisher_refuses_a_post_over_the_limits_before_rendering(tmp_path: Path) -> None:
    matrix = Matrix.from_dict(
        {
            "store": {"path": str(tmp_path / "govpub.db")},
            "publisher": {"require_review": False},
            "policy": {"limits": {"max_images": 0}},
            "accounts": [
                {
                    "id": "m1",
                    "platform": "memory",
                    "name": "某某发布",
                    "unit": "某某市人民政府办公室",
                    "settings": {"world": "limits"},
                }
            ],
        }
    )
    with Publisher(matrix) as publisher:
        with pytest.raises(PostError, match="max_images = 0"):
            publisher.publish(Post(title="t", images=(Image(data=PNG),)))
        huge = Post(title="t", body="正" * (20 * MB))
        start = time.perf_counter()
        with pytest.raises(PostError, match="稿件过大"):
            publisher.publish(huge, dry_run=True)
        assert time.perf_counter() - start < 0.5
        assert [] == list(publisher.asynchronous.ledger.posts())


# -- helpers -----------------------------------------------------------------------


@pytest.mark.parametrize(
    ("size", "text"),
    [(0, "0 字节"), (1023, "1023 字节"), (1024, "1 KB"), (1536, "1.5 KB"), (5 * MB, "5 MB")],
)
def test_sizes_read_as_an_editor_would_say_them(size: int, text: str) -> None:
    assert text == format_size(size)


@pytest.mark.parametrize(
    ("text", "limit", "over"),
    [("", 0, False), ("a", 0, True), ("正", 2, True), ("正", 3, False), ("a" * 9, 8, True)],
)
def test_utf8_size_over(text: str, limit: int, over: bool) -> None:
    assert over == utf8_size_over(text, limit)
    assert over == (len(text.encode()) > limit)
