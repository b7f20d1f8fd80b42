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
from collections.abc import Iterator, Mapping
from pathlib import Path
from typing import Any

import yaml
from pydantic import ValidationError

from govpub.errors import PostError
from govpub.model import Image, Post

__all__ = ["dump_post", "load_post", "parse_post"]

_FENCE = re.compile(r"^---[ \t]*$")
_CLOSE = re.compile(r"^(?:---|\.\.\.)[ \t]*$")
_BODY_IMAGE = re.compile(
    r"!\[(?P<alt>[^\]\n]*)\]\(\s*<?(?P<src>[^)\s>]+)>?(?:\s+\"[^\"\n]*\")?\s*\)"
)


class _NoAliasLoader(yaml.SafeLoader):
    """SafeLoader that refuses anchors and aliases (no "billion laughs" in front matter)."""

    def compose_node(self, parent: yaml.Node | None, index: int) -> yaml.Node | None:
        if self.check_event(yaml.AliasEvent):
            event = self.peek_event()  # type: ignore[no-untyped-call]
            raise yaml.MarkedYAMLError(
                None, None, "YAML aliases (*name) are not allowed in front matter", event.start_mark
            )
        node: yaml.Node | None = super().compose_node(parent, index)
        return node


def load_post(path: str | Path) -> Post:
    """Read a post file; relative image paths are read from the file's own directory."""
    path = Path(path)
    try:
        text = path.read_text(encoding="utf-8-sig")
    except FileNotFoundError:
        raise PostError("文件不存在 (file not found)", file=str(path)) from None
    except UnicodeDecodeError as exc:
        raise PostError(f"文件不是 UTF-8 编码 (not UTF-8: {exc.reason})", file=str(path)) from None
    except OSError as exc:
        raise PostError(f"无法读取文件 ({exc.strerror})", file=str(path)) from None
    return parse_post(text, base_dir=path.parent, filename=str(path))


def parse_post(text: str, *, base_dir: Path, filename: str | None = None) -> Post:
    """Parse Markdown with YAML front matter into a :class:`Post`."""
    front, body, body_line = _split(text, filename)
    try:
        root = yaml.compose(front, Loader=_NoAliasLoader)
        data = yaml.load(front, Loader=_NoAliasLoader)  # noqa: S506 - a SafeLoader subclass
    except yaml.MarkedYAMLError as exc:
        mark = exc.problem_mark or exc.context_mark
        line = mark.line + 2 if mark is not None else None
        problem = exc.problem or exc.context or "invalid YAML"
        raise PostError(
            f"front matter 不是有效的 YAML: {problem}", file=filename, line=line
        ) from None
    except yaml.YAMLError as exc:
        raise PostError(f"front matter 不是有效的 YAML: {exc}", file=filename, line=2) from None
    if data is None:
        data = {}
    if not isinstance(data, dict):
        raise PostError("front matter 必须是键值对 (a mapping of fields)", file=filename, line=2)
    lines = _key_lines(root)
    for key in data:
        if not isinstance(key, str):
            raise PostError(
                f"字段名必须是文字 (field names must be text, got {key!r})", file=filename, line=2
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
        _load_images(fields, body, base_dir)
        return Post.model_validate(fields)
    except _ImageError as exc:
        raise PostError(
            exc.message,
            file=filename,
            line=lines.get(exc.loc[:2], lines.get(exc.loc[:1], body_line)),
            field=_dotted(exc.loc),
        ) from None
    except ValidationError as exc:
        first = exc.errors(include_url=False)[0]
        loc = tuple(first["loc"])
        line = _closest_line(lines, loc, default=2)
        count = exc.error_count()
        more = f"（另有 {count - 1} 处错误）" if count > 1 else ""
        raise PostError(
            _message(first) + more, file=filename, line=line, field=_dotted(loc) or None
        ) from None


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


class _ImageError(Exception):
    def __init__(self, message: str, loc: tuple[str | int, ...]) -> None:
        self.message = message
        self.loc = loc
        super().__init__(message)


def _split(text: str, filename: str | None) -> tuple[str, str, int]:
    text = text.removeprefix("\ufeff")
    lines = text.splitlines(keepends=True)
    if not lines or not _FENCE.match(lines[0].rstrip("\r\n")):
        raise PostError(
            "缺少 front matter：文件须以 --- 开头，写明 title 等字段 (missing front matter)",
            file=filename,
            line=1,
        )
    for index in range(1, len(lines)):
        if _CLOSE.match(lines[index].rstrip("\r\n")):
            front = "".join(lines[1:index])
            body = "".join(lines[index + 1 :])
            return front, body.lstrip("\r\n"), index + 2
    raise PostError(
        "front matter 没有结束的 --- 行 (unterminated front matter)", file=filename, line=1
    )


def _load_images(fields: dict[str, Any], body: str, base_dir: Path) -> None:
    """Turn image entries into :class:`Image` objects, reading local files from ``base_dir``."""
    if "cover" in fields and fields["cover"] is not None:
        fields["cover"] = _image(fields["cover"], base_dir, ("cover",))
    listed = fields.get("images")
    images: list[Image] = []
    if listed is not None:
        if not isinstance(listed, list):
            raise _ImageError("images 必须是列表 (a list of images)", ("images",))
        images = [_image(item, base_dir, ("images", i)) for i, item in enumerate(listed)]
    known = {image.src for image in images}
    for number, match in enumerate(_BODY_IMAGE.finditer(body)):
        src = match.group("src")
        if src in known:
            continue
        known.add(src)
        images.append(_image({"src": src, "alt": match.group("alt")}, base_dir, ("body", number)))
    if images or listed is not None:
        fields["images"] = images


def _image(entry: object, base_dir: Path, loc: tuple[str | int, ...]) -> Image:
    if isinstance(entry, str):
        entry = {"src": entry}
    if not isinstance(entry, Mapping):
        raise _ImageError("图片须写成路径或 {src, alt} (a path or {src, alt})", loc)
    unknown = set(entry) - {"src", "alt", "sha256"}
    if unknown:
        raise _ImageError(f"图片字段未知: {sorted(map(str, unknown))}", loc)
    src, alt, pin = entry.get("src"), entry.get("alt", ""), entry.get("sha256")
    if not isinstance(src, str) or not src.strip():
        raise _ImageError("图片缺少 src (path or URL)", (*loc, "src"))
    if not isinstance(alt, str):
        raise _ImageError("图片说明 alt 必须是文字", (*loc, "alt"))
    if pin is not None and not isinstance(pin, str):
        raise _ImageError("sha256 必须是文字", (*loc, "sha256"))
    try:
        if src.lower().startswith(("http://", "https://")):
            return Image(src=src, alt=alt, sha256=pin)
        path = base_dir / src
        try:
            data = path.read_bytes()
        except FileNotFoundError:
            raise _ImageError(f"图片文件不存在: {src}", (*loc, "src")) from None
        except (OSError, ValueError) as exc:
            raise _ImageError(f"图片文件无法读取: {src} ({exc})", (*loc, "src")) from None
        return Image(src=src, alt=alt, data=data, sha256=pin)
    except ValidationError as exc:
        raise _ImageError(_message(exc.errors(include_url=False)[0]), loc) from None


def _key_lines(
    node: yaml.Node | None, path: tuple[str | int, ...] = ()
) -> dict[tuple[str | int, ...], int]:
    """Map each key path of the front matter to its line in the file (front matter starts at 2)."""
    found: dict[tuple[str | int, ...], int] = {}
    for key_path, line in _walk(node, path):
        found.setdefault(key_path, line)
    return found


def _walk(
    node: yaml.Node | None, path: tuple[str | int, ...]
) -> Iterator[tuple[tuple[str | int, ...], int]]:
    if isinstance(node, yaml.MappingNode):
        for key_node, value_node in node.value:
            key = key_node.value if isinstance(key_node, yaml.ScalarNode) else str(key_node.value)
            yield (*path, key), key_node.start_mark.line + 2
            yield from _walk(value_node, (*path, key))
    elif isinstance(node, yaml.SequenceNode):
        for index, item in enumerate(node.value):
            yield (*path, index), item.start_mark.line + 2
            yield from _walk(item, (*path, index))


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
