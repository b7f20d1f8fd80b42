"""The common post model: one post, written once, for every platform of the matrix.

A :class:`Post` holds what readers see (title, Markdown body, summary, author,
source, images, link, tags, per-platform overrides) and what they do not (id,
schedule).  :meth:`Post.digest` fingerprints only the first group, so an approval
bound to a digest (先审后发) survives a change of schedule but not a change of a
single character or image byte.

An :class:`Image` carries its bytes once it is built from a local path: what was
digested (and approved) is exactly what is uploaded, even if the file on disk
changes later.  This is the one place the model reads files.
"""

from __future__ import annotations

import hashlib
import json
import mimetypes
import os
import secrets
import sys
import time
import unicodedata
from datetime import datetime
from pathlib import Path
from typing import TYPE_CHECKING, Any, Literal

from pydantic import (
    BaseModel,
    ConfigDict,
    Field,
    SerializeAsAny,
    field_validator,
    model_validator,
)

from govpub._files import NotARegularFileError, read_at_most

if TYPE_CHECKING:
    from govpub.limits import PostLimits

__all__ = [
    "Account",
    "AccountCredentials",
    "AccountSettings",
    "AccountStatus",
    "Image",
    "Override",
    "Post",
    "Source",
    "content_key",
    "new_post_id",
    "sniff_image_type",
]

AccountStatus = Literal["active", "suspended", "closed", "cancelled"]

_DIGEST_VERSION = "govpub-post-digest/1"
_CONTENT_ID_VERSION = b"govpub-post-id/1\0"
_CROCKFORD = "0123456789ABCDEFGHJKMNPQRSTVWXYZ"
_ID_PATTERN = r"^[A-Za-z0-9][A-Za-z0-9_.:-]{0,127}$"


def new_post_id() -> str:
    """A new, time-ordered post id (``p_`` + 26 Crockford base-32 characters, like a ULID).

    Not the default: a post without an id gets :meth:`Post.content_id`, so the
    same content is the same post however often it is loaded.  Use this for a
    CMS that wants time-ordered ids and stores them with its posts.
    """
    return "p_" + _base32((time.time_ns() // 1_000_000) << 80 | secrets.randbits(80))


def _base32(value: int) -> str:
    """The low 130 bits of ``value`` as 26 Crockford base-32 characters."""
    chars = []
    for _ in range(26):
        chars.append(_CROCKFORD[value & 31])
        value >>= 5
    return "".join(reversed(chars))


def content_key(title: str, body: str) -> str:
    """SHA-256 (hex) of a title and body as the public reads them, for the duplicate guard.

    Normalised so that a copy is found whatever its spacing and spelling: NFKC
    (full-width letters and digits), invisible format characters (zero-width
    spaces) and all whitespace removed (Chinese text does not use spaces between
    words, so spacing is layout, not content), case folded.
    """
    parts = []
    for text in (title, body):
        folded = unicodedata.normalize("NFKC", text)
        visible = "".join(ch for ch in folded if unicodedata.category(ch) != "Cf")
        parts.append("".join(visible.split()).casefold())
    return hashlib.sha256("\n".join(parts).encode()).hexdigest()


def _is_remote(src: str) -> bool:
    return src.lower().startswith(("http://", "https://"))


def _normalise_text(value: str) -> str:
    """Line endings are not content: CRLF and CR become LF before anything is digested."""
    if "\r" not in value:
        return value  # most texts: no copies
    return value.replace("\r\n", "\n").replace("\r", "\n")


#: The canonical serialisation (:meth:`Post.canonical_content`), built once.
_CANONICAL_JSON = json.JSONEncoder(ensure_ascii=False, sort_keys=True, separators=(",", ":"))
#: What the body stands for in the canonical JSON until its bytes are put in (see below).
_EMPTY_BODY = '"body":""'
#: The control characters JSON escapes other than tab and line feed: rare in a post.
_OTHER_CONTROLS = bytes(code for code in range(0x20) if chr(code) not in "\t\n")


def _json_text(value: str) -> bytes | None:
    """``json.dumps(value, ensure_ascii=False).encode()`` when ``value`` has no control
    character but tabs and line feeds (else ``None``): escaped in its UTF-8 bytes, where a
    search for ``"``, ``\\`` and those two runs at C speed — a body of 20,000 characters
    in 0.04 ms instead of 0.065 (the JSON encoder looks at every character twice, and
    its text is encoded after)."""
    try:
        encoded = value.encode()
    except UnicodeEncodeError:
        return None  # (a lone surrogate: the JSON encoder's path raises as it did)
    # (a control character is ASCII: looked for among the few ASCII characters of the text)
    ascii_part = value.encode("ascii", "ignore")
    if len(ascii_part.translate(None, _OTHER_CONTROLS)) != len(ascii_part):
        return None
    escaped = (
        encoded.replace(b"\\", b"\\\\")
        .replace(b'"', b'\\"')
        .replace(b"\n", b"\\n")
        .replace(b"\t", b"\\t")
    )
    return b'"' + escaped + b'"'


class _Frozen(BaseModel):
    model_config = ConfigDict(frozen=True, extra="forbid", coerce_numbers_to_str=True)


class Source(_Frozen):
    """Where a reprint comes from (转载来源). A post with ``source=None`` is original content.

    123号 四(二): reprints only from allowed sources, and 转载时必须注明来源 — the
    compliance checks decide whether ``url`` is allowed and whether ``name``
    matches it; the model only records them.
    """

    name: str = ""
    url: str | None = None

    @field_validator("name")
    @classmethod
    def _strip_name(cls, value: str) -> str:
        return value.strip()

    @model_validator(mode="after")
    def _something_given(self) -> Source:
        if not self.name and not self.url:
            raise ValueError("a source needs a name or a url (omit source for original content)")
        return self


class Image(_Frozen):
    """An image of a post: a local file (read into memory) or a remote URL.

    ``src`` is the path or URL as written; ``data`` the bytes (filled from a local
    ``src`` when the image is built); ``sha256`` pins a remote image's bytes so
    that the digest, and with it an approval, covers them.
    """

    src: str | None = None
    alt: str = ""
    data: bytes | None = Field(default=None, repr=False, exclude=True)
    filename: str | None = None
    sha256: str | None = Field(default=None, pattern=r"^[0-9a-f]{64}$")

    @model_validator(mode="after")
    def _load(self) -> Image:
        if self.src is None and self.data is None:
            raise ValueError("an image needs src (a path or URL) or data (its bytes)")
        if self.src is not None and not self.src.strip():
            raise ValueError("image src is empty")
        if self.data is None and self.src is not None and not _is_remote(self.src):
            path = Path(self.src)
            try:
                # a device (/dev/zero) or a named pipe would be read for ever: files only
                data = read_at_most(path, sys.maxsize)
            except FileNotFoundError:
                raise ValueError(f"image file not found: {self.src}") from None
            except NotARegularFileError:
                raise ValueError(f"image path is not a regular file: {self.src}") from None
            except OSError as exc:
                raise ValueError(
                    f"image file cannot be read: {self.src} ({exc.strerror})"
                ) from None
            object.__setattr__(self, "data", data)
        if self.filename is None and self.src is not None:
            name = self.src.rstrip("/").rsplit("/", 1)[-1].split("?", 1)[0]
            object.__setattr__(self, "filename", os.path.basename(name) or None)
        if self.data is not None:
            actual = hashlib.sha256(self.data).hexdigest()
            if self.sha256 is not None and self.sha256 != actual:
                raise ValueError(f"image bytes do not match sha256 {self.sha256[:12]}…")
            object.__setattr__(self, "sha256", actual)
        return self

    @classmethod
    def from_path(cls, path: str | os.PathLike[str], alt: str = "") -> Image:
        """Read a local image file into an :class:`Image`."""
        return cls(src=str(Path(path)), alt=alt)

    @property
    def is_remote(self) -> bool:
        """Whether the image lives at a URL and has not been downloaded."""
        return self.data is None and self.src is not None and _is_remote(self.src)

    @property
    def mime_type(self) -> str | None:
        """The media type, from the bytes' magic number when known, else from the name."""
        if self.data is not None:
            sniffed = sniff_image_type(self.data)
            if sniffed:
                return sniffed
        if self.filename:
            return mimetypes.guess_type(self.filename)[0]
        return None

    def _digest_view(self) -> dict[str, Any]:
        # Local paths are not content (moving a file must not void an approval);
        # the bytes are.  A remote image is known by its URL and, if pinned, its hash.
        return {
            "alt": _normalise_text(self.alt),
            "sha256": self.sha256,
            "url": self.src if self.src is not None and _is_remote(self.src) else None,
        }


def sniff_image_type(data: bytes) -> str | None:
    """Recognise JPEG, PNG, GIF, BMP and WebP by their first bytes."""
    if data.startswith(b"\xff\xd8\xff"):
        return "image/jpeg"
    if data.startswith(b"\x89PNG\r\n\x1a\n"):
        return "image/png"
    if data.startswith((b"GIF87a", b"GIF89a")):
        return "image/gif"
    if data.startswith(b"BM"):
        return "image/bmp"
    if data[:4] == b"RIFF" and data[8:12] == b"WEBP":
        return "image/webp"
    return None


class Override(_Frozen):
    """What one platform shows instead of the derived value (e.g. a shorter WeChat title)."""

    title: str | None = None
    summary: str | None = None
    author: str | None = None
    body: str | None = None
    text: str | None = Field(
        default=None, description="the full text of a short-text platform (Weibo), used as is"
    )
    url: str | None = None


class Post(BaseModel):
    """One post, written once, for every account of the matrix."""

    model_config = ConfigDict(frozen=True, extra="forbid", coerce_numbers_to_str=True)

    id: str = Field(
        default="",
        pattern=_ID_PATTERN,
        description="a stable id; when not given, derived from the content (:meth:`content_id`)",
    )
    title: str = Field(min_length=1)
    body: str = ""
    summary: str = ""
    author: str = ""
    category: str = Field(default="daily", min_length=1)
    source: Source | None = None
    url: str | None = Field(
        default=None, description="the post's page on the agency's own site (阅读原文, Weibo link)"
    )
    images: tuple[Image, ...] = ()
    cover: Image | None = None
    publish_at: datetime | None = None
    tags: tuple[str, ...] = ()
    overrides: dict[str, Override] = Field(default_factory=dict)

    @model_validator(mode="after")
    def _derive_id(self) -> Post:
        if not self.id:
            object.__setattr__(self, "id", self.content_id())
        return self

    @field_validator("title")
    @classmethod
    def _title_not_blank(cls, value: str) -> str:
        if not value.strip():
            raise ValueError("title is empty")
        return value

    @field_validator("publish_at")
    @classmethod
    def _aware(cls, value: datetime | None) -> datetime | None:
        if value is not None and (value.tzinfo is None or value.utcoffset() is None):
            raise ValueError(
                "publish_at has no time zone; write it with an offset, "
                "e.g. 2026-01-01T09:00:00+08:00"
            )
        return value

    @field_validator("url")
    @classmethod
    def _http_url(cls, value: str | None) -> str | None:
        if value is not None and not _is_remote(value.strip()):
            raise ValueError("url must be an http:// or https:// address")
        return value.strip() if value is not None else None

    @field_validator("tags")
    @classmethod
    def _clean_tags(cls, value: tuple[str, ...]) -> tuple[str, ...]:
        return tuple(t.strip() for t in value if t.strip())

    @property
    def is_reprint(self) -> bool:
        """A post with a source is a reprint (转载); without one it is original (原创)."""
        return self.source is not None

    def all_images(self) -> tuple[Image, ...]:
        """The cover (if any) followed by the body images, in order."""
        return ((self.cover,) if self.cover is not None else ()) + self.images

    def for_platform(self, platform: str) -> Override:
        """The override for ``platform`` (an empty one when the post has none)."""
        return self.overrides.get(platform, Override())

    @property
    def derives_id(self) -> bool:
        """Whether the id comes from the content (none was given) rather than from the author."""
        return "id" not in self.model_fields_set

    def content_id(self) -> str:
        """The id a post without ``id`` gets: ``p_`` + 26 base-32 characters of its content hash.

        The same content (everything :meth:`digest` covers) always gives the same
        id, so publishing the same file twice is publishing the same post; any
        visible change gives a new id — a new post, which needs new approvals.
        """
        hashed = hashlib.sha256(_CONTENT_ID_VERSION + self.canonical_content()).digest()
        return "p_" + _base32(int.from_bytes(hashed[:17], "big") >> 6)

    def content_key(self) -> str:
        """:func:`content_key` of the title and body: same key, same text for the public.

        The duplicate-content guard refuses a post whose key already went to an
        account within ``[publisher] duplicate_window`` — an edited copy (new
        summary, new id) of something already published.
        """
        return content_key(self.title, self.body)

    def revise(self, **changes: Any) -> Post:
        """A copy with ``changes`` applied (unvalidated, like ``model_copy``).

        A post whose id is derived from its content gets the id of the *new*
        content: compliance fixes (a stripped ad link) make the post that is
        reviewed and sent, and its id is that post's.
        """
        revised = self.model_copy(update=changes)
        if self.derives_id and "id" not in changes:
            object.__setattr__(revised, "id", revised.content_id())
        return revised

    def digest(self) -> str:
        """SHA-256 (hex) of everything a reader sees, in a canonical serialisation.

        Covered: title, body, summary, author, category, source, url, tags,
        overrides, and the bytes of the cover and every image (a remote image by
        its URL and pinned hash).  Not covered: ``id`` and ``publish_at`` — moving
        a post in time does not change what was reviewed.
        """
        return hashlib.sha256(self.canonical_content()).hexdigest()

    def canonical_content(self) -> bytes:
        """The exact bytes :meth:`digest` hashes (UTF-8 JSON, sorted keys, no spaces)."""
        body = _normalise_text(self.body)
        view = {
            "v": _DIGEST_VERSION,
            "title": _normalise_text(self.title),
            "body": body,
            "summary": _normalise_text(self.summary),
            "author": _normalise_text(self.author),
            "category": self.category,
            "source": None
            if self.source is None
            else {"name": self.source.name, "url": self.source.url},
            "url": self.url,
            "tags": list(self.tags),
            "cover": None if self.cover is None else self.cover._digest_view(),
            "images": [image._digest_view() for image in self.images],
            "overrides": {
                platform: {
                    k: _normalise_text(v) for k, v in override.model_dump(exclude_none=True).items()
                }
                for platform, override in sorted(self.overrides.items())
                if override.model_dump(exclude_none=True)
            },
        }
        written = _json_text(body)
        if written is None:
            return _CANONICAL_JSON.encode(view).encode()
        # the body, most of the bytes, written apart (:func:`_json_text`): the first
        # '"body":""' is its key ("author" alone sorts before it, and a quotation mark
        # inside a string is escaped)
        view["body"] = ""
        head, _, tail = _CANONICAL_JSON.encode(view).partition(_EMPTY_BODY)
        return b"".join((head.encode(), b'"body":', written, tail.encode()))

    @classmethod
    def from_markdown(
        cls,
        text: str,
        *,
        base_dir: str | os.PathLike[str] | None = None,
        limits: PostLimits | None = None,
    ) -> Post:
        """Read a post from Markdown with YAML front matter (see ``docs/post-format.md``).

        Relative image paths are read from ``base_dir`` (default: the working
        directory).  ``limits`` (default :class:`~govpub.PostLimits`) are checked
        before the work they guard, as :func:`govpub.load_post` does.
        """
        from govpub.postfile import parse_post  # noqa: PLC0415 - postfile imports this module

        return parse_post(
            text,
            base_dir=Path(base_dir) if base_dir is not None else Path.cwd(),
            limits=limits,
        )


class AccountCredentials(BaseModel):
    """Base of each platform's credentials model; secret fields are ``SecretStr``.

    In ``govpub.toml`` every secret is a reference (``env:NAME`` or ``file:PATH``),
    resolved once when the matrix is loaded.
    """

    model_config = ConfigDict(frozen=True, extra="forbid")


class AccountSettings(BaseModel):
    """Base of each platform's non-secret account settings model."""

    model_config = ConfigDict(frozen=True, extra="forbid")


class Account(BaseModel):
    """One account of the matrix: a unit's presence on one platform."""

    model_config = ConfigDict(frozen=True, extra="forbid", arbitrary_types_allowed=True)

    id: str = Field(pattern=r"^[A-Za-z0-9][A-Za-z0-9_.-]{0,63}$")
    platform: str = Field(min_length=1)
    name: str = Field(min_length=1, description="the account's display name (账号名称)")
    unit: str = Field(min_length=1, description="the unit that runs it (主办单位)")
    status: AccountStatus = "active"
    status_reason: str | None = None
    api_base: str | None = None
    credentials: SerializeAsAny[AccountCredentials] = Field(default_factory=AccountCredentials)
    settings: SerializeAsAny[AccountSettings] = Field(default_factory=AccountSettings)

    @property
    def is_active(self) -> bool:
        """Only active accounts receive posts; suspended ones are skipped with a reason."""
        return self.status == "active"
