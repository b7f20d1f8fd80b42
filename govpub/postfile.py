"""Markdown files with YAML front matter  <->  :class:`govpub.Post`.

The editor's file format (``docs/post-format.md``)::

    ---
    title: 关于开展2026年春季植树活动的通知
    summary: …
    source: {name: 新华网, url: https://www.news.cn/…}
    cover: {src: images/cover.jpg, alt: 植树现场}
    publish_at: 2026-03-12T09:00:00+08:00
    ---
    正文（Markdown）…

Every error is a :class:`~govpub.errors.PostError` naming the file, the line and
the field, so an editor can fix it without reading a traceback.  Images the body
refers to (``![说明](images/a.png)``) become part of the post, and their bytes
part of its digest.
"""

from __future__ import annotations

import re
from collections.abc import Mapping
from pathlib import Path
from typing import Any

import yaml
from pydantic import ValidationError

from govpub._files import FileTooLargeError, NotARegularFileError, read_at_most
from govpub._frontmatter import parse_front_matter
from govpub._postimages import ImageError, load_images
from govpub.errors import PostError
from govpub.limits import PostLimits, utf8_size_over
from govpub.model import Image, Post

__all__ = ["dump_post", "load_post", "parse_post"]

_FENCE = re.compile(r"^---[ \t]*$")
_CLOSE = re.compile(r"^(?:---|\.\.\.)[ \t]*$")
_FENCE_ALLOWANCE = 4096  # the two fence lines, whatever spaces trail them


def load_post(path: str | Path, *, limits: PostLimits | None = None) -> Post:
    """Read a post file; relative image paths are read from the file's own directory.

    ``limits`` (default :class:`PostLimits()`, or ``[policy.limits]``) are checked
    before the work they guard: the file's size before it is read, the front
    matter's size, depth and node count while it is parsed, the number of images
    before any is read and each image's size before it is read.
    """
    path = Path(path)
    limits = limits or PostLimits()
    try:
        raw = read_at_most(path, limits.max_bytes)
    except FileNotFoundError:
        raise PostError("文件不存在 (file not found)", file=str(path)) from None
    except NotARegularFileError:
        raise PostError("不是普通文件 (not a regular file)", file=str(path)) from None
    except FileTooLargeError as exc:
        raise PostError(limits.too_large(exc.size), file=str(path)) from None
    except OSError as exc:
        raise PostError(f"无法读取文件 ({exc.strerror})", file=str(path)) from None
    try:
        text = raw.decode("utf-8-sig")
    except UnicodeDecodeError as exc:
        raise PostError(f"文件不是 UTF-8 编码 (not UTF-8: {exc.reason})", file=str(path)) from None
    # universal newlines, as a file opened as text reads them: CRLF and CR become LF
    text = text.replace("\r\n", "\n").replace("\r", "\n")
    return parse_post(text, base_dir=path.parent, filename=str(path), limits=limits)


def parse_post(
    text: str, *, base_dir: Path, filename: str | None = None, limits: PostLimits | None = None
) -> Post:
    """Parse Markdown with YAML front matter into a :class:`Post`, within ``limits``."""
    limits = limits or PostLimits()
    if utf8_size_over(text, limits.max_bytes):
        raise PostError(limits.too_large(), file=filename)
    front, body, body_line = _split(text, filename, limits)
    front_size = len(front.encode("utf-8", "surrogatepass"))
    if front_size > limits.max_front_matter_bytes:
        raise PostError(limits.front_matter_too_large(front_size), file=filename, line=2)
    data, lines = parse_front_matter(front, limits=limits, filename=filename)
    if data is None:
        data = {}
    if not isinstance(data, dict):
        raise PostError("front matter 必须是键值对 (a mapping of fields)", file=filename, line=2)
    for key in data:
        if not isinstance(key, str):
            raise PostError(
                f"字段名必须是文字 (field names must be text, got {key!r:.40})",
                file=filename,
                line=2,
            )
    if "body" in data:
        raise PostError(
            "正文写在 front matter 之后，不能作为字段 (the body follows the front matter)",
            file=filename,
            line=lines.get(("body",), 2),
            field="body",
        )
    fields: dict[str, Any] = dict(data)
    fields["body"] = body
    try:
        load_images(fields, body, base_dir, limits)
        post = Post.model_validate(fields)
        # YAML numbers become text longer than written (1e5 → "100000.0"): what is loaded
        # must pass the limits that check() and the publisher apply to the Post itself
        limits.enforce(post)
    except PostError as exc:
        raise exc.in_file(filename) if filename is not None else exc from None
    except ImageError as exc:
        if exc.body_offset is not None:  # an image of the body: the line it is on
            line = body_line + body.count("\n", 0, exc.body_offset)
        else:
            line = lines.get(exc.loc[:2], lines.get(exc.loc[:1], body_line))
        raise PostError(exc.message, file=filename, line=line, field=_dotted(exc.loc)) from None
    except ValidationError as exc:
        first = exc.errors(include_url=False)[0]
        loc = tuple(first["loc"])
        line = _closest_line(lines, loc, default=2)
        count = exc.error_count()
        more = f"（另有 {count - 1} 处错误）" if count > 1 else ""
        raise PostError(
            _message(first) + more, file=filename, line=line, field=_dotted(loc) or None
        ) from None
    return post


def dump_post(post: Post) -> str:
    """Serialise a post back to Markdown with front matter (images by their ``src``)."""
    data = post.model_dump(mode="json", exclude_none=True, exclude={"body", "cover", "images"})
    if post.cover is not None:
        data["cover"] = _image_entry(post.cover)
    data["images"] = [_image_entry(image) for image in post.images]
    for key in ("images", "tags"):
        if not data.get(key):
            data.pop(key, None)
    if not data.get("overrides"):
        data.pop("overrides", None)
    front = yaml.safe_dump(data, allow_unicode=True, sort_keys=False)
    return f"---\n{front}---\n{post.body}"


def _image_entry(image: Image) -> dict[str, str]:
    entry = {"src": image.src or "", "alt": image.alt}
    if image.is_remote and image.sha256:
        entry["sha256"] = image.sha256
    return entry


def _split(text: str, filename: str | None, limits: PostLimits) -> tuple[str, str, int]:
    """Front matter, body, and the line the body starts on.

    Only the head of the text is split into lines: the closing ``---`` must come
    within ``max_front_matter_bytes``, so a 5 MB body is never walked line by line.
    """
    text = text.removeprefix("\ufeff")
    head = text[: limits.max_front_matter_bytes + _FENCE_ALLOWANCE]
    lines = head.splitlines(keepends=True)
    if not lines or not _FENCE.match(lines[0].rstrip("\r\n")):
        raise PostError(
            "缺少 front matter：文件须以 --- 开头，写明 title 等字段 (missing front matter)",
            file=filename,
            line=1,
        )
    offset = len(lines[0])
    for index in range(1, len(lines)):
        line = lines[index]
        whole = line.endswith(("\n", "\r")) or offset + len(line) == len(text)
        if whole and _CLOSE.match(line.rstrip("\r\n")):
            front = text[len(lines[0]) : offset]
            raw_body = text[offset + len(line) :]
            body = raw_body.lstrip("\r\n")
            skipped = len(raw_body[: len(raw_body) - len(body)].splitlines())
            return front, body, index + 2 + skipped
        offset += len(line)
    if len(head) < len(text):  # no closing line within the limit: too large, or none at all
        raise PostError(limits.front_matter_unterminated(), file=filename, line=1)
    raise PostError(
        "front matter 没有结束的 --- 行 (unterminated front matter)", file=filename, line=1
    )


def _closest_line(
    lines: Mapping[tuple[str | int, ...], int], loc: tuple[Any, ...], default: int
) -> int:
    for size in range(len(loc), 0, -1):
        line = lines.get(tuple(loc[:size]))
        if line is not None:
            return line
    return default


def _dotted(loc: tuple[Any, ...]) -> str:
    out = ""
    for part in loc:
        if isinstance(part, int):
            out += f"[{part}]"
        else:
            out += f".{part}" if out else str(part)
    return out


def _message(error: Mapping[str, Any]) -> str:
    kind = error.get("type", "")
    if kind == "extra_forbidden":
        return "未知字段 (unknown field)"
    if kind == "missing":
        return "缺少必填字段 (required field missing)"
    text = str(error.get("msg", "invalid value"))
    return text.removeprefix("Value error, ")
