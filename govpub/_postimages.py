"""The images of a post file: counted before any is read, each sized before it is read.

An image is part of the post (its bytes are digested and approved), so a post
file's images are read when the post is loaded.  Reading is the expensive step,
so the limits come first: the references are collected from the front matter
and the body, their number is checked against ``max_images``, and each file's
size against ``max_image_bytes`` by ``stat`` before a byte is read.
"""

from __future__ import annotations

import re
from collections.abc import Mapping
from pathlib import Path
from typing import Any

from pydantic import ValidationError

from govpub._files import FileTooLargeError, NotARegularFileError, read_at_most
from govpub.limits import PostLimits
from govpub.model import Image

__all__ = ["ImageError", "load_images"]

# ``![alt](src "title")``.  Neither the alt text nor the src may hold a bracket or
# a parenthesis, so every match attempt stops at the next ``![``: the scan stays
# linear (with ``[^\]]*`` a line of 40,000 ``![`` took 41 s).
_BODY_IMAGE = re.compile(
    r"!\[(?P<alt>[^\[\]\n]*)\]\(\s*<?(?P<src>[^\s()<>\[\]]+)>?(?:\s+\"[^\"\n]*\")?\s*\)"
)

# ``![alt][label]``, ``![alt][]`` and ``![label]`` (CommonMark's full, collapsed and
# shortcut reference images) and the definitions they name, ``[label]: src "title"``
# at a line's start — or inside blockquotes and list items, after their ``>`` and list
# markers (``> [q]: qr.png``, review 87's L2; ``- > [q]: qr.png``, ``1. [q]: qr.png``,
# review 90's L5), indented as a list item's later paragraphs are.  The renderer
# (markdown-it) resolves them as it does inline images, so the loader must read them
# too, or check() passes a picture publish then refuses.  What looks like a definition
# and is none (in a code block) is weeded out by the renderer's own parse
# (_rendered_image_sources).  No part may hold a bracket: each attempt stops at the next
# ``[``, linear as above; each container marker is one character (or a number and its
# ``.``/``)``) that no white space before or after it can take.
_REFERENCE_IMAGE = re.compile(r"!\[(?P<alt>[^\[\]\n]*)\](?:\[(?P<label>[^\[\]\n]*)\])?(?!\()")
_REFERENCE_DEFINITION = re.compile(
    r"^(?:[ \t]*(?:>|[-+*][ \t]|\d{1,9}[.)][ \t]))*[ \t]*"
    r"\[(?P<label>[^\[\]\n]+)\]:[ \t]*(?:\n[ \t>]*)?<?(?P<src>[^\s<>]+)>?",
    re.MULTILINE,
)

Loc = tuple[str | int, ...]


class ImageError(Exception):
    """An image entry is wrong; ``loc`` names it, ``body_offset`` places a body image."""

    def __init__(self, message: str, loc: Loc, body_offset: int | None = None) -> None:
        self.message = message
        self.loc = loc
        self.body_offset = body_offset
        super().__init__(message)


def load_images(fields: dict[str, Any], body: str, base_dir: Path, limits: PostLimits) -> None:
    """Turn image entries into :class:`Image` objects, reading local files from ``base_dir``."""
    entries: list[tuple[object, Loc, int | None]] = []
    cover = fields.get("cover")
    if cover is not None:
        entries.append((cover, ("cover",), None))
    listed = fields.get("images")
    if listed is not None and not isinstance(listed, list):
        raise ImageError("images 必须是列表 (a list of images)", ("images",))
    entries += [(item, ("images", i), None) for i, item in enumerate(listed or ())]
    known = {_src_of(item) for item in listed or ()}
    for number, (src, alt, start) in enumerate(_body_images(body)):
        if len(entries) > limits.max_images:
            break  # refused below: no need to find the others
        if src in known:
            continue
        known.add(src)
        entries.append(({"src": src, "alt": alt}, ("body", number), start))
    if len(entries) > limits.max_images:
        _, loc, offset = entries[limits.max_images]
        raise ImageError(limits.too_many_images(), loc, offset)
    images = [_image(entry, base_dir, loc, offset, limits) for entry, loc, offset in entries]
    if cover is not None:
        fields["cover"] = images.pop(0)
    if images or listed is not None:
        fields["images"] = images


def _body_images(body: str) -> list[tuple[str, str, int]]:
    """The body's images as ``(src, alt, offset)`` in order: inline ``![alt](src)`` and
    reference-style ``![alt][label]`` whose label a definition gives a ``src``."""
    found = [(m.group("src"), m.group("alt"), m.start()) for m in _BODY_IMAGE.finditer(body)]
    if "]:" in body:  # (most posts define no reference: no second scan)
        defined = _definitions(body)
        for match in _REFERENCE_IMAGE.finditer(body):
            label = match.group("label") or match.group("alt")
            src = defined.get(_label_key(label))
            if src is not None:
                found.append((src, match.group("alt"), match.start()))
        found.sort(key=lambda image: image[2])
    return found


def _definitions(body: str) -> dict[str, str]:
    """``{label: src}`` of the body's reference definitions that the page shows an image of:
    for each label the first such one (a look-alike in a code block before it is none)."""
    written: dict[str, list[str]] = {}
    for match in _REFERENCE_DEFINITION.finditer(body):
        written.setdefault(_label_key(match.group("label")), []).append(match.group("src"))
    rendered = _rendered_image_sources(body) if written else frozenset()
    defined: dict[str, str] = {}
    for label, sources in written.items():
        src = next((s for s in sources if _normalized(s) in rendered), None)
        if src is not None:
            defined[label] = src
    return defined


def _rendered_image_sources(body: str) -> frozenset[str]:
    """The ``src`` of every image the renderer's parser makes of ``body`` (normalised as it
    writes them): a reference image in a code block, a code span or a comment, or one whose
    definition stands in a code block, is no picture on the page (review 87's L1)."""
    from govpub.render.markdown import markdown_parser  # noqa: PLC0415 - the renderers: 0.2 s

    sources: set[str] = set()
    for token in markdown_parser().parse(body):
        for child in token.children or ():
            if child.type == "image":
                sources.add(str(child.attrGet("src")))
    return frozenset(sources)


def _normalized(src: str) -> str:
    """``src`` as the renderer's parser writes it into an ``<img>``."""
    from govpub.render.markdown import normalize_link  # noqa: PLC0415 - as above

    return normalize_link(src)


def _label_key(label: str) -> str:
    """A reference label as CommonMark matches it: case-folded, its white space collapsed."""
    return " ".join(label.split()).casefold()


def _src_of(entry: object) -> str | None:
    src = entry.get("src") if isinstance(entry, Mapping) else entry
    return src if isinstance(src, str) else None


def _image(
    entry: object, base_dir: Path, loc: Loc, offset: int | None, limits: PostLimits
) -> Image:
    if isinstance(entry, str):
        entry = {"src": entry}
    if not isinstance(entry, Mapping):
        raise ImageError("图片须写成路径或 {src, alt} (a path or {src, alt})", loc, offset)
    unknown = set(entry) - {"src", "alt", "sha256"}
    if unknown:
        raise ImageError(f"图片字段未知: {sorted(map(str, unknown))}", loc, offset)
    src, alt, pin = entry.get("src"), entry.get("alt", ""), entry.get("sha256")
    if not isinstance(src, str) or not src.strip():
        raise ImageError("图片缺少 src (path or URL)", (*loc, "src"), offset)
    if not isinstance(alt, str):
        raise ImageError("图片说明 alt 必须是文字", (*loc, "alt"), offset)
    if pin is not None and not isinstance(pin, str):
        raise ImageError("sha256 必须是文字", (*loc, "sha256"), offset)
    try:
        if src.lower().startswith(("http://", "https://")):
            return Image(src=src, alt=alt, sha256=pin)
        return Image(src=src, alt=alt, data=_read(src, base_dir, loc, offset, limits), sha256=pin)
    except ValidationError as exc:
        raise ImageError(_first_message(exc), loc, offset) from None


def _read(src: str, base_dir: Path, loc: Loc, offset: int | None, limits: PostLimits) -> bytes:
    where = (*loc, "src")
    try:
        return read_at_most(base_dir / src, limits.max_image_bytes)
    except FileNotFoundError:
        raise ImageError(f"图片文件不存在: {src}", where, offset) from None
    except NotARegularFileError:
        raise ImageError(f"图片不是普通文件: {src} (not a regular file)", where, offset) from None
    except FileTooLargeError as exc:
        raise ImageError(limits.image_too_large(src, exc.size), where, offset) from None
    except (OSError, ValueError) as exc:
        raise ImageError(f"图片文件无法读取: {src} ({exc})", where, offset) from None


def _first_message(exc: ValidationError) -> str:
    return str(exc.errors(include_url=False)[0].get("msg", "invalid image")).removeprefix(
        "Value error, "
    )
