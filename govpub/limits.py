"""Limits on a post, checked before any work is done on it.

A post file is read, its front matter parsed, its images read, its text checked
and rendered for every platform.  Each of those steps costs time and memory in
proportion to the input, some of them more than linearly (PyYAML parses front
matter at about 100 KB/s; a 50 MB body took 37 s to check and 73 s to be
refused by ``publish --dry-run``).  An input too large to be a real post —
by accident or on purpose — must be refused *before* that work, in a fraction
of a second, with a :class:`~govpub.PostError` that says which limit and how to
raise it.

:class:`PostLimits` holds the limits with their defaults; it is read from
``[policy.limits]`` in ``govpub.toml`` (the policy is what ``govpub check`` and
the publisher's gate already load) and used by :func:`govpub.load_post`,
:meth:`govpub.Post.from_markdown`, :func:`govpub.check` and the publisher.
The defaults are far above any real post and at or above what every built-in
platform accepts, so they refuse only what no platform would take.
"""

from __future__ import annotations

from collections.abc import Iterator, Mapping
from typing import TYPE_CHECKING, Any

from pydantic import BaseModel, ConfigDict, Field, ValidationError

from govpub.errors import ConfigError, PostError

if TYPE_CHECKING:
    from govpub.config import Matrix
    from govpub.model import Post

__all__ = ["KB", "MB", "PostLimits", "format_size", "utf8_size_over"]

KB = 1024
MB = 1024 * KB

_KEY = "policy.limits"


class PostLimits(BaseModel):
    """How large a post may be; every value has a stated default (``[policy.limits]``).

    ``max_front_matter_depth`` counts collections: the front matter mapping itself is depth 1,
    ``cover: {src: …}`` depth 2, ``overrides: {wechat: {title: …}}`` depth 3.  Its
    upper bound keeps the YAML composer, which recurses once per level, far from
    Python's recursion limit whatever the configuration says.
    """

    model_config = ConfigDict(frozen=True, extra="forbid", strict=True)

    max_bytes: int = Field(
        5 * MB,
        ge=1,
        description="the whole post file (front matter and body) in bytes; for a Post built "
        "in Python, the UTF-8 bytes of its text fields",
    )
    max_front_matter_bytes: int = Field(
        128 * KB,
        ge=1,
        description="the front matter in bytes (PyYAML scans it in pure Python, character by "
        "character)",
    )
    max_front_matter_nodes: int = Field(
        1000,
        ge=1,
        description="keys, values and list items in the front matter (dense YAML parses at "
        "about 10,000 nodes a second); a post with 50 images as {src, alt} has about 400",
    )
    max_front_matter_depth: int = Field(
        10,
        ge=1,
        le=100,
        description="how deeply mappings and lists may nest in the front matter",
    )
    max_images: int = Field(
        50, ge=0, description="images of a post: the cover, `images` and those in the body"
    )
    max_image_bytes: int = Field(
        10 * MB,
        ge=1,
        description="one image file in bytes (WeChat cover materials, the largest any "
        "built-in platform accepts, may be 10 MB)",
    )

    @classmethod
    def from_mapping(cls, section: Any, *, file: str | None = None) -> PostLimits:
        """Validate a ``[policy.limits]`` table; the error names the key (``policy.limits.…``)."""
        if section is None:
            return cls()
        if not isinstance(section, Mapping):
            raise ConfigError("expected a table", file=file, key=_KEY)
        try:
            return cls.model_validate(dict(section))
        except ValidationError as exc:
            from govpub.config.problems import validation_problems  # noqa: PLC0415 - no cycle

            raise ConfigError.of(validation_problems(exc, cls, _KEY, file=file)) from None

    @classmethod
    def from_matrix(cls, matrix: Matrix) -> PostLimits:
        """The limits of a loaded matrix (``[policy.limits]``; the defaults when absent)."""
        policy = matrix.policy
        return cls.from_mapping(
            policy.get("limits"), file=str(matrix.path) if matrix.path is not None else None
        )

    def enforce(self, post: Post) -> None:
        """Refuse a :class:`Post` built in Python that no post file within the limits could be.

        Cheap (no rendering, no check): the UTF-8 size of the text fields, the
        number of images and the size of each image's bytes.  The publisher and
        :func:`govpub.check` call it first, so a 50 MB body is refused at once.
        """
        fields = list(_text_fields(post))
        # a character takes at most 4 bytes: most posts are under the limit without encoding
        if 4 * sum(len(text) for _, text in fields) > self.max_bytes:
            budget = self.max_bytes
            for name, text in fields:
                if utf8_size_over(text, budget):
                    # name the field only when it alone is too large (a 50 MB body)
                    alone = utf8_size_over(text, self.max_bytes)
                    raise PostError(self.too_large(), field=name if alone else None)
                budget -= len(text.encode("utf-8", "surrogatepass"))
        images = post.all_images()
        if len(images) > self.max_images:
            raise PostError(self.too_many_images(), field="images")
        for number, image in enumerate(post.images):
            self.enforce_image(len(image.data or b""), image.src, field=f"images[{number}]")
        if post.cover is not None:
            self.enforce_image(len(post.cover.data or b""), post.cover.src, field="cover")

    def enforce_image(self, size: int, src: str | None, *, field: str) -> None:
        """Refuse one image of ``size`` bytes when it is over ``max_image_bytes``."""
        if size > self.max_image_bytes:
            raise PostError(self.image_too_large(src, size), field=field)

    # -- messages: one wording wherever a limit is hit ---------------------------

    def too_large(self, size: int | None = None) -> str:
        """The message for a post over ``max_bytes`` (``size`` when it is known)."""
        actual = f"有 {format_size(size)}，" if size is not None else ""
        return (
            f"稿件过大：{actual}上限 {format_size(self.max_bytes)} "
            f"(post larger than {_KEY}.max_bytes = {self.max_bytes})"
        )

    def front_matter_too_large(self, size: int | None = None) -> str:
        """The message for front matter over ``max_front_matter_bytes``."""
        actual = f"有 {format_size(size)}，" if size is not None else ""
        return (
            f"front matter 过大：{actual}上限 "
            f"{format_size(self.max_front_matter_bytes)} (front matter larger than "
            f"{_KEY}.max_front_matter_bytes = {self.max_front_matter_bytes})"
        )

    def front_matter_unterminated(self) -> str:
        """The message for a file whose first ``max_front_matter_bytes`` hold no closing line."""
        size = self.max_front_matter_bytes
        return (
            f"front matter 在 {format_size(size)} 内没有结束的 --- 行：缺少结束行，或 front "
            f"matter 过大 (no closing --- within {_KEY}.max_front_matter_bytes = {size})"
        )

    def too_deep(self) -> str:
        """The message for front matter nested deeper than ``max_front_matter_depth``."""
        depth = self.max_front_matter_depth
        return (
            f"front matter 嵌套超过 {depth} 层 "
            f"(nested deeper than {_KEY}.max_front_matter_depth = {depth})"
        )

    def too_many_nodes(self) -> str:
        """The message for front matter with more than ``max_front_matter_nodes`` values."""
        nodes = self.max_front_matter_nodes
        return (
            f"front matter 的字段和值超过 {nodes} 个 "
            f"(more than {_KEY}.max_front_matter_nodes = {nodes} keys, values and items)"
        )

    def image_too_large(self, src: str | None, size: int | None) -> str:
        """The message for an image over ``max_image_bytes`` (``size`` when it is known)."""
        actual = f"有 {format_size(size)}，" if size is not None else ""
        return (
            f"图片文件过大: {src or '(bytes)'} {actual}上限 {format_size(self.max_image_bytes)} "
            f"(image larger than {_KEY}.max_image_bytes = {self.max_image_bytes})"
        )

    def too_many_images(self) -> str:
        """The message for more than ``max_images`` images."""
        return (
            f"图片超过 {self.max_images} 张（含封面和正文中的图片）"
            f"(more than {_KEY}.max_images = {self.max_images} images)"
        )


def utf8_size_over(text: str, limit: int) -> bool:
    """Whether ``text`` takes more than ``limit`` bytes in UTF-8, encoding it only if needed.

    A character takes one to four bytes, so the length alone decides most cases
    (a 50 MB string is refused without being encoded).
    """
    if len(text) > limit:
        return True
    if 4 * len(text) <= limit:
        return False
    return len(text.encode("utf-8", "surrogatepass")) > limit


def format_size(size: int) -> str:
    """``5 MB``, ``256 KB``, ``1.5 MB`` or ``1234 字节``: a size an editor can read."""
    for unit, name in ((MB, "MB"), (KB, "KB")):
        if size >= unit:
            value = size / unit
            return f"{value:.0f} {name}" if size % unit == 0 else f"{value:.1f} {name}"
    return f"{size} 字节"


def _text_fields(post: Post) -> Iterator[tuple[str, str]]:
    """Every text of ``post`` the checks and renderers read, largest first in practice."""
    yield "body", post.body
    yield "title", post.title
    yield "summary", post.summary
    yield "author", post.author
    for tag in post.tags:
        yield "tags", tag
    for platform, override in post.overrides.items():
        for name in ("title", "summary", "author", "body", "text", "url"):
            value = getattr(override, name)
            if value:
                yield f"overrides.{platform}.{name}", value
    if post.source is not None:
        yield "source.name", post.source.name
        yield "source.url", post.source.url or ""
    yield "url", post.url or ""
    for image in post.all_images():
        yield "images", image.alt
        yield "images", image.src or ""
