"""Fuzzing post files: nothing escapes ``load_post`` but a PostError, and ``govpub check``
never prints a traceback (issue 11, item 6).

Five generators: random bytes; YAML token soup between the fences; random YAML
structures (deep, wide, every scalar type) dumped in block or flow style; random
image references (present, missing, too large, directories, a named pipe,
``/dev/zero``, remote, malformed); and random edits of the example post.  Every
input is read under random small limits as well as the defaults, so the limits'
own refusals are fuzzed too.

CI runs each generator with ``FAST`` (the example counts are in docs/performance.md);
``--run-slow`` runs them with ``THOROUGH``.  The deadline is generous (a busy CI
machine) but catches a parser that slows down on small inputs.
"""

from __future__ import annotations

import contextlib
import io
import os
import re
import shutil
from collections.abc import Callable
from datetime import timedelta
from pathlib import Path
from typing import Any

import pytest
import yaml
from hypothesis import HealthCheck, event, given, settings
from hypothesis import strategies as st

from govpub import GovpubError, Post, PostError, PostLimits, load_post
from govpub.cli import main

EXAMPLES = Path(__file__).parents[2] / "examples"
EXAMPLE = (EXAMPLES / "post.md").read_bytes()
PNG = b"\x89PNG\r\n\x1a\n" + b"\0" * 56  # 64 bytes

_COMMON = {
    "deadline": timedelta(seconds=2),
    "suppress_health_check": [HealthCheck.function_scoped_fixture, HealthCheck.too_slow],
}
FAST = settings(max_examples=150, **_COMMON)  # type: ignore[arg-type]
THOROUGH = settings(max_examples=3000, **_COMMON)  # type: ignore[arg-type]
CLI_FAST = settings(max_examples=25, **_COMMON)  # type: ignore[arg-type]
CLI_THOROUGH = settings(max_examples=600, **_COMMON)  # type: ignore[arg-type]


# -- the files a post may refer to ---------------------------------------------------


@pytest.fixture
def assets(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    """A working directory with every kind of thing an image reference can name."""
    (tmp_path / "a.png").write_bytes(PNG)
    (tmp_path / "big.png").write_bytes(PNG + b"\0" * 4000)
    (tmp_path / "dir.png").mkdir()
    os.mkfifo(tmp_path / "pipe.png")  # reading it would block: it must never be opened
    (tmp_path / "loop.png").symlink_to(tmp_path / "loop.png")
    (tmp_path / "sub").mkdir()
    shutil.copy(tmp_path / "a.png", tmp_path / "sub" / "图 片(1).png")
    shutil.copytree(EXAMPLES / "images", tmp_path / "images")  # the example post's images
    monkeypatch.chdir(tmp_path)  # no govpub.toml here: the CLI uses the defaults
    return tmp_path


# -- generators -------------------------------------------------------------------

SOURCES = [
    "a.png",
    "big.png",
    "missing.png",
    "dir.png",
    "pipe.png",
    "loop.png",
    "sub/图 片(1).png",
    "sub/图",
    "/dev/zero",
    "/dev/null",
    "/",
    "..",
    "",
    " ",
    "https://www.gov.cn/a.png",
    "HTTP://x",
    "https://",
    "data:image/png;base64,AAAA",
    "a.png?x=1",
    "<a.png>",
    "a.png\x00",
    "x" * 300,
]
sources = st.sampled_from(SOURCES) | st.text(max_size=12)
alts = st.text(max_size=8) | st.sampled_from(["[", "]", "![", "](", "\n", '"'])


@st.composite
def image_reference(draw: st.DrawFn) -> str:
    """A Markdown image, well formed or not."""
    src, alt = draw(sources), draw(alts)
    shape = draw(
        st.sampled_from(
            [
                "![{a}]({s})",
                "![{a}](<{s}>)",
                '![{a}]({s} "t")',
                "![{a}]({s}",
                "![{a}({s})",
                "![{a}] ({s})",
            ]
        )
    )
    return shape.format(a=alt, s=src)


bodies = st.lists(image_reference() | st.text(max_size=20), max_size=12).map("".join)

TOKENS = [
    *"[]{},:-?&*!|>'\"\\#%@`~\t\n",
    ": ",
    "- ",
    "? ",
    "  ",
    "    ",
    "\n  ",
    "\n- ",
    "&a ",
    "*a",
    "&b ",
    "*b",
    "<<: ",
    "!!binary ",
    "!!str ",
    "!!int ",
    "!!float ",
    "!!bool ",
    "!!null ",
    "!!timestamp ",
    "!!set ",
    "!!omap ",
    "!!pairs ",
    "!!seq ",
    "!!map ",
    "!!python/object:os.system ",
    "!local ",
    "!<tag:yaml.org,2002:str> ",
    "%YAML 1.1\n",
    "%TAG ! tag:x,2000:\n",
    "---\n",
    "...\n",
    "--- ",
    "|-\n",
    ">+\n",
    "null",
    "true",
    "no",
    "0x1F",
    "0o17",
    "017",
    "1:59:59",
    "1_000",
    "1e5",
    "9" * 120,
    ".inf",
    "-.nan",
    "2026-02-30",
    "2026-13-01",
    "2026-03-05T09:00:00+08:00",
    "2026-03-05T09:00:00+25:00",
    "2026-03-05 09:00:00",
    "title",
    "summary",
    "author",
    "category",
    "source",
    "url",
    "cover",
    "images",
    "tags",
    "overrides",
    "wechat",
    "weibo",
    "publish_at",
    "id",
    "body",
    "src",
    "alt",
    "sha256",
    "name",
    "text",
    "标题",
    "正文",
    "a.png",
    "https://www.gov.cn/",
    "\x00",
    "\x85",
    "\u2028",
    "\ufeff",
    "\r",
    "\r\n",
    "\x1b",
    "\ud800",
]
yaml_soup = st.lists(st.sampled_from(TOKENS) | st.text(max_size=4), max_size=80).map("".join)

FIELDS = [
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
    "body",
    "other",
]
scalars = st.one_of(
    st.none(),
    st.booleans(),
    st.integers(),
    st.floats(),
    st.text(max_size=20),
    st.binary(max_size=8),
    st.datetimes(),
    st.dates(),
    sources,
)
image_entries = sources | st.fixed_dictionaries(
    {"src": sources}, optional={"alt": alts | scalars, "sha256": st.text(max_size=3), "x": scalars}
)
keys = st.sampled_from([*FIELDS, "src", "alt", "sha256", "name", "wechat", "weibo"]) | scalars
yaml_values = st.recursive(
    scalars,
    lambda children: st.lists(children, max_size=4) | st.dictionaries(keys, children, max_size=4),
    max_leaves=40,
)


def dumped(value: object, flow: bool | None) -> str:
    """``value`` as YAML, or ``""`` for what PyYAML cannot write."""
    try:
        return yaml.safe_dump(value, allow_unicode=True, default_flow_style=flow, width=60)
    except yaml.YAMLError:
        return ""


structures = st.builds(
    dumped,
    st.dictionaries(st.sampled_from(FIELDS) | keys, yaml_values, max_size=8) | yaml_values,
    st.sampled_from([None, True, False]),
)


@st.composite
def edited_example(draw: st.DrawFn) -> bytes:
    """The example post with a few random edits of its text, and now and then of a byte."""
    text = EXAMPLE.decode("utf-8")
    for _ in range(draw(st.integers(1, 6))):
        at = draw(st.integers(0, len(text)))
        piece = draw(st.sampled_from(TOKENS) | st.text(min_size=1, max_size=4))
        match draw(st.sampled_from(["insert", "delete", "replace"])):
            case "insert":
                text = text[:at] + piece + text[at:]
            case "delete":
                text = text[:at] + text[at + len(piece) :]
            case _:
                text = text[:at] + piece + text[at + len(piece) :]
    data = bytearray(text.encode("utf-8", "surrogatepass"))
    if data and draw(st.integers(0, 4)) == 4:
        data[draw(st.integers(0, len(data) - 1))] = draw(st.integers(0, 255))
    return bytes(data)


def post_text(front: str, body: str) -> bytes:
    return f"---\n{front}\n---\n{body}".encode("utf-8", "surrogatepass")


small_limits = st.builds(
    PostLimits,
    max_bytes=st.integers(100, 20_000),
    max_front_matter_bytes=st.integers(1, 4000),
    max_front_matter_nodes=st.integers(1, 200),
    max_front_matter_depth=st.integers(1, 10),
    max_images=st.integers(0, 6),
    max_image_bytes=st.integers(1, 5000),
)
# mostly the defaults: the limits are fuzzed, but so is everything behind them
limits = st.one_of(st.none(), st.none(), small_limits)

FILES: dict[str, st.SearchStrategy[bytes]] = {
    "random-bytes": st.binary(max_size=600) | st.binary(max_size=300).map(lambda b: b"---\n" + b),
    "yaml-soup": st.builds(post_text, yaml_soup, bodies),
    "yaml-structures": st.builds(post_text, structures, bodies),
    "image-references": st.builds(
        post_text,
        st.builds(
            lambda cover, images, title: dumped(
                {"title": title, "cover": cover, "images": images}, None
            ),
            st.none() | sources | image_entries,
            st.integers(0, 5).flatmap(
                lambda n: (
                    scalars
                    if n == 0
                    else st.none()
                    if n == 1
                    else st.lists(image_entries, max_size=6)
                )
            ),
            st.text(min_size=1, max_size=5),
        ),
        bodies,
    ),
    "edited-example": edited_example(),
}


# -- the properties -----------------------------------------------------------------


def loads_or_refuses(folder: Path, data: bytes, limit: PostLimits | None) -> None:
    """``load_post`` gives a Post within its limits, or a PostError naming the file."""
    path = folder / "post.md"
    path.write_bytes(data)
    try:
        post = load_post(path, limits=limit)
    except GovpubError as exc:
        assert isinstance(exc, PostError)
        assert str(path) == exc.file
        assert str(exc).startswith(str(path))
        assert exc.reason
        event(f"refused: {re.sub(r'[0-9. ]+', ' ', exc.reason)[:12]}")  # show-statistics
    else:
        assert isinstance(post, Post)
        (limit or PostLimits()).enforce(post)
        event(f"loaded, {len(post.all_images())} images")


def check_never_prints_a_traceback(folder: Path, data: bytes) -> None:
    """``govpub check FILE`` exits 0, 2 or 3 and says why in one line, never a traceback."""
    path = folder / "post.md"
    path.write_bytes(data)
    out, err = io.StringIO(), io.StringIO()
    with contextlib.redirect_stdout(out), contextlib.redirect_stderr(err):
        code = main(["check", str(path)])
    assert code in (0, 2, 3), err.getvalue()
    event(f"exit {code}")
    assert "Traceback" not in err.getvalue() + out.getvalue()
    if code == 2:
        assert err.getvalue().startswith(f"govpub: {path}")


def _load_test(name: str, config: settings, **marks: Any) -> Callable[..., None]:
    @config
    @given(data=FILES[name], limit=limits)
    def test(assets: Path, data: bytes, limit: PostLimits | None) -> None:
        loads_or_refuses(assets, data, limit)

    return test


def _cli_test(name: str, config: settings) -> Callable[..., None]:
    @config
    @given(data=FILES[name])
    def test(assets: Path, data: bytes) -> None:
        check_never_prints_a_traceback(assets, data)

    return test


for _name in FILES:
    _id = _name.replace("-", "_")
    globals()[f"test_load_post_{_id}"] = _load_test(_name, FAST)
    globals()[f"test_load_post_{_id}_thorough"] = pytest.mark.slow(_load_test(_name, THOROUGH))
    globals()[f"test_cli_check_{_id}"] = _cli_test(_name, CLI_FAST)
    globals()[f"test_cli_check_{_id}_thorough"] = pytest.mark.slow(_cli_test(_name, CLI_THOROUGH))


# -- found by the fuzzer or by hand, kept as plain cases ------------------------------

FOUND = [
    # (what, front matter, words in the message)
    ("a typo in a date", "title: t\npublish_at: 2026-02-30", "无效的日期时间"),
    ("an offset over a day", "title: t\npublish_at: 2026-03-05T09:00:00+25:00", "无效的日期时间"),
    ("5000 digits", "title: " + "1" * 5000, "数字超过 100 位"),
    ("a sexagesimal bomb", "title: 1" + ":59" * 20000, "数字超过 100 位"),
    ("a control character", "title: \x00", "unacceptable character"),
    ("a binary key", "? !!binary " + "QUFB" * 1000 + "\n: 1", "字段名必须是文字"),
    ("an unhashable key", "? [a]\n: 1", "unhashable"),
    ("a python tag", "title: !!python/object/apply:os.system [ls]", "constructor"),
    ("an alias", "a: &a [x]\nb: *a", "aliases"),
    ("two documents", "title: t\n--- \ntitle: u", None),
]


@pytest.mark.parametrize(("what", "front", "words"), FOUND, ids=[f[0] for f in FOUND])
def test_found_inputs_are_refused_with_a_reason(
    tmp_path: Path, what: str, front: str, words: str | None
) -> None:
    del what
    text = f"---\n{front}\n---\n正文\n"
    try:
        Post.from_markdown(text, base_dir=tmp_path)
    except PostError as exc:
        assert words is None or words in str(exc)
        assert exc.line is not None
    else:
        assert words is None  # "--- " inside closes the front matter: a valid post


@pytest.mark.parametrize(
    "body",
    ["![" * 40000, "![a](" * 40000, '![a](x "' * 40000, "![a](b)" * 20000],
    ids=["open-brackets", "open-parens", "open-titles", "many-images"],
)
def test_the_body_image_scan_is_linear(tmp_path: Path, body: str) -> None:
    """A line of 40,000 ``![`` took 41 s to scan before the pattern was made linear."""
    import time

    start = time.perf_counter()
    with contextlib.suppress(PostError):
        Post.from_markdown("---\ntitle: t\n---\n" + body, base_dir=tmp_path)
    assert time.perf_counter() - start < 1.0
