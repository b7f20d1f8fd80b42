"""The fields of a post as the checks see them, and the post rebuilt from their new texts.

Findings name fields the way editors and the review form do: ``title``, ``body``,
``summary``, ``author``, ``source.name``, ``tags[0]``, ``images[2].alt``,
``images[2].filename``, ``cover.alt``, ``overrides.wechat.title``…  The checks
produce new texts for some of them (ad links stripped, numbers masked); the post
that will be sent is the original with exactly those fields replaced, everything
else the same (:meth:`Post.revise`) — and a post without an ``id`` of its own takes
the id of that checked content, the id it is reviewed, stored and sent under.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass
from typing import Any

from govpub.model import Image, Override, Post, Source

__all__ = ["TextField", "rebuild_post", "text_fields"]


@dataclass(frozen=True, slots=True)
class TextField:
    """A text field of the post and how to treat it."""

    name: str
    text: str
    links: bool = False
    markdown: bool = False
    filename: bool = False
    header: bool = False
    #: Whether the check may change the text (mask personal data, strip links): not the
    #: text of a code in a picture, which only a new picture changes.
    editable: bool = True
    #: What an editor does instead, for what the check cannot change (not ``editable``).
    remedy: str = "图片中的内容无法自动遮盖，请更换图片"
    #: Whether the text is all that a code in a picture holds: a payload that is nothing
    #: but a delimited token (``￥AbCd1234Ef￥``) is a share code without a trigger.
    payload: bool = False


def text_fields(post: Post) -> list[TextField]:
    """Every non-empty text field of ``post``, in the order findings are reported."""
    fields = [
        TextField("title", post.title, links=True),
        TextField("summary", post.summary, links=True),
        TextField("body", post.body, links=True, markdown=True, header=True),
        # an address in an author, tag or alt text is shown as text: it is judged too
        TextField("author", post.author, links=True),
    ]
    if post.source is not None and post.source.name:
        fields.append(TextField("source.name", post.source.name, links=True))
    fields += [TextField(f"tags[{i}]", tag, links=True) for i, tag in enumerate(post.tags)]
    images: list[tuple[str, Image]] = [(f"images[{i}]", im) for i, im in enumerate(post.images)]
    if post.cover is not None:
        images.insert(0, ("cover", post.cover))
    for prefix, image in images:
        fields.append(TextField(f"{prefix}.alt", image.alt, links=True))
        if image.filename:
            fields.append(TextField(f"{prefix}.filename", image.filename, filename=True))
    for platform, override in sorted(post.overrides.items()):
        prefix = f"overrides.{platform}"
        for name in ("title", "summary", "author", "body", "text"):
            value = getattr(override, name)
            if value is not None:
                fields.append(
                    TextField(
                        f"{prefix}.{name}",
                        value,
                        links=True,
                        markdown=name == "body",
                        # a platform's own body or full text is that platform's whole post:
                        # a 公文's header pasted there is read as in the body
                        header=name in ("body", "text"),
                    )
                )
    return [f for f in fields if f.text]


def rebuild_post(post: Post, updates: Mapping[str, str], drop: set[int]) -> Post:
    """``post`` with the fields in ``updates`` replaced and the images in ``drop`` left out."""
    if not updates and not drop:
        return post
    change: dict[str, Any] = {
        name: updates[name]
        for name in ("title", "summary", "body", "author", "url")
        if name in updates
    }
    if post.source is not None and ("source.name" in updates or "source.url" in updates):
        change["source"] = Source(
            name=updates.get("source.name", post.source.name),
            url=updates.get("source.url", post.source.url),
        )
    if any(k.startswith("tags[") for k in updates):
        # a tag that was nothing but an ad link goes (an empty tag is no tag)
        tags = (updates.get(f"tags[{i}]", t).strip() for i, t in enumerate(post.tags))
        change["tags"] = tuple(t for t in tags if t)
    if post.cover is not None:
        change_cover = _image_update(post.cover, "cover", updates)
        if change_cover is not post.cover:
            change["cover"] = change_cover
    images = tuple(
        _image_update(image, f"images[{i}]", updates)
        for i, image in enumerate(post.images)
        if i not in drop
    )
    if images != post.images:
        change["images"] = images
    overrides: dict[str, Override] = {}
    for platform, override in post.overrides.items():
        prefix = f"overrides.{platform}."
        # an override that was nothing but an ad link is no override: the platform shows
        # the value derived from the post (its title, its body), which is checked too
        fields = {
            k[len(prefix) :]: v if v.strip() else None
            for k, v in updates.items()
            if k.startswith(prefix)
        }
        overrides[platform] = override.model_copy(update=fields) if fields else override
    if overrides != post.overrides:
        change["overrides"] = overrides
    return post.revise(**change)


def _image_update(image: Image, prefix: str, updates: Mapping[str, str]) -> Image:
    fields = {
        name: updates[f"{prefix}.{name}"]
        for name in ("alt", "filename")
        if f"{prefix}.{name}" in updates
    }
    return image.model_copy(update=fields) if fields else image
