"""An approval: one reviewer's signed statement that one exact version of a post passed review.

What Hootsuite gets wrong (reference README, lesson 5) is that approvers can
edit after approving, so what was approved is not what is sent.  Here an
:class:`Approval` names the post's :meth:`~govpub.Post.digest` — everything a
reader sees, image bytes included, but not ``publish_at`` — and is signed with
the reviewer's Ed25519 key over a canonical serialisation of every other field.
Changing one character of the post, or one byte of the approval file, voids it
(:mod:`govpub.review.approval_file`, the one reader, lists the three changes
that copying a file between machines may make and that are undone first).

The file is JSON (``govpub review approve … > approval.json``)::

    {
      "format": "govpub-approval/1",
      "post_id": "p_…", "post_digest": "<64 hex>", "category": "daily",
      "reviewer": "张敏", "role": "editor", "tier": 1,
      "checks": {"political": true, "legal": true, "policy": true,
                 "secrecy": true, "wording": true},
      "comment": "同意发布", "time": "2026-03-04T16:20:00+08:00", "expires_at": null,
      "public_key": "ed25519:…", "key_id": "<16 hex>", "signature": "<base64>"
    }

An :class:`Approval` object always carries a signature that matches its own
``public_key``: construction and :meth:`Approval.from_json` check it.  Whether
that key is the *reviewer's registered* key, the role is held, the tier is
right and the approval is still fresh is the gate's business
(:meth:`govpub.ReviewPolicy.verify`), because only the policy knows.
"""

from __future__ import annotations

import json
import re
from collections.abc import Mapping
from dataclasses import dataclass
from datetime import datetime, timedelta
from typing import Any, Literal

from pydantic import (
    BaseModel,
    ConfigDict,
    Field,
    StrictInt,
    field_serializer,
    field_validator,
    model_validator,
)
from pydantic_core import PydanticCustomError

from govpub._canonical import canonical_json
from govpub.errors import ReviewError
from govpub.model import Post
from govpub.review._time import format_time, now_local, parse_canonical_time, parse_duration
from govpub.review.checks import CHECK_KEYS, ReviewChecks
from govpub.review.signing import (
    PUBLIC_KEY_PREFIX,
    PrivateKeyLike,
    coerce_private_key,
    key_id,
    parse_public_key,
    public_key_text,
    sign,
    signature_valid,
)
from govpub.review.status import ReviewProblem

__all__ = [
    "APPROVAL_FORMAT",
    "BAD_SIGNATURE",
    "Approval",
    "ApprovalRequest",
    "approval_request",
    "approve",
    "file_error",
]

APPROVAL_FORMAT: Literal["govpub-approval/1"] = "govpub-approval/1"
#: The reason id (and pydantic error type) of a signature that does not match the content.
BAD_SIGNATURE = "bad_signature"
#: Control characters, and lone surrogates (a ``str`` can hold them; UTF-8 and JSON cannot).
_CONTROL = re.compile(r"[\x00-\x08\x0b-\x1f\x7f\ud800-\udfff]")


def _clean_time(value: Any) -> Any:
    if isinstance(value, str):
        return parse_canonical_time(value)
    if isinstance(value, datetime):
        if value.tzinfo is None or value.utcoffset() is None:
            raise ValueError("time has no time zone; give an aware datetime")
        return value.replace(microsecond=0)
    return value


class Approval(BaseModel):
    """One signed approval of one post version by one reviewer for one tier (a JSON document)."""

    model_config = ConfigDict(frozen=True, extra="forbid")

    format: Literal["govpub-approval/1"] = APPROVAL_FORMAT
    post_id: str = Field(min_length=1)
    post_digest: str = Field(pattern=r"^[0-9a-f]{64}$")
    category: str = Field(min_length=1)
    reviewer: str = Field(min_length=1)
    role: str = Field(min_length=1)
    tier: StrictInt | None = Field(default=None, ge=1)
    checks: ReviewChecks
    comment: str | None = None
    time: datetime
    expires_at: datetime | None = None
    public_key: str
    key_id: str = Field(pattern=r"^[0-9a-f]{16}$")
    signature: str

    @field_validator("time", "expires_at", mode="before")
    @classmethod
    def _canonical_time(cls, value: Any) -> Any:
        return _clean_time(value)

    @field_validator("comment")
    @classmethod
    def _printable(cls, value: str | None) -> str | None:
        if value is not None and _CONTROL.search(value):
            raise ValueError("comment contains control characters or lone surrogates")
        return value

    @field_validator("reviewer", "role", "category")
    @classmethod
    def _trimmed(cls, value: str) -> str:
        if value != value.strip() or _CONTROL.search(value):
            raise ValueError(
                "must not have surrounding spaces, control characters or lone surrogates"
            )
        return value

    @field_validator("public_key")
    @classmethod
    def _canonical_key(cls, value: str) -> str:
        if not value.startswith(PUBLIC_KEY_PREFIX):
            raise ValueError(f"expected {PUBLIC_KEY_PREFIX}<base64>")
        parse_public_key(value)
        return value

    @field_serializer("time", "expires_at")
    def _write_time(self, value: datetime | None) -> str | None:
        return None if value is None else format_time(value)

    @model_validator(mode="after")
    def _self_consistent(self) -> Approval:
        public = parse_public_key(self.public_key)
        if key_id(public) != self.key_id:
            raise PydanticCustomError(
                BAD_SIGNATURE,
                "key_id {kid} is not the id of public_key",
                {"kid": self.key_id},
            )
        if self.expires_at is not None and self.expires_at <= self.time:
            raise ValueError("expires_at is not after time")
        if not signature_valid(public, self.signed_payload(), self.signature):
            raise PydanticCustomError(
                BAD_SIGNATURE,
                "signature does not match the approval's content (changed after signing, "
                "or signed by another key)",
            )
        return self

    def signed_payload(self) -> bytes:
        """The exact bytes the signature covers: canonical JSON of every field but the signature."""
        return canonical_json(self.model_dump(mode="json", exclude={"signature"}))

    def signature_ok(self) -> bool:
        """Re-check the signature (an object changed with ``model_copy`` skips validation)."""
        try:
            public = parse_public_key(self.public_key)
        except ValueError:
            return False
        return key_id(public) == self.key_id and signature_valid(
            public, self.signed_payload(), self.signature
        )

    def to_json(self) -> str:
        """The approval file: UTF-8 JSON, Chinese unescaped, one field per line.

        This exact text — field order, two-space indent, final newline — is part
        of the format ``govpub-approval/1``: :meth:`from_json` accepts no other
        spelling of the same approval (docs/review.md).
        """
        return json.dumps(self.model_dump(mode="json"), ensure_ascii=False, indent=2) + "\n"

    @classmethod
    def from_json(cls, text: str | bytes, *, source: str | None = None) -> Approval:
        """Read an approval file; a malformed, changed or reformatted one is a :class:`ReviewError`.

        The file must be what :meth:`to_json` writes, up to the copying changes
        that :mod:`govpub.review.approval_file` lists (the one reader of
        approvals).  ``source`` (a file name) is named in the error; its
        ``problems`` hold one :class:`~govpub.ReviewProblem` with the reason id.
        """
        from govpub.review.approval_file import read_approval  # noqa: PLC0415 - it builds Approvals

        return read_approval(text, source=source or "approval")

    def describe(self) -> str:
        """One line for people: who approved which tier of which version, when."""
        tier = f"第{self.tier}级" if self.tier is not None else "未指定层级"
        return (
            f"{self.reviewer}（{self.role}，{tier}）于 {format_time(self.time)} 审核通过 "
            f"{self.post_digest[:12]}…，密钥 {self.key_id}"
        )


def file_error(where: str, reason: str, message: str) -> ReviewError:
    """The error for an approval file that cannot be used at all (named by ``where``)."""
    text = f"{where}: {message} [{reason}]"
    problem = ReviewProblem(reason=reason, message=text, source=where)
    return ReviewError(text, problems=(problem,))


def approve(
    post: Post,
    *,
    reviewer: str,
    role: str,
    key: PrivateKeyLike,
    tier: int | None = None,
    comment: str | None = None,
    expires_in: timedelta | str | None = None,
    checks: ReviewChecks | Mapping[str, bool] | None = None,
    now: datetime | None = None,
) -> Approval:
    """Sign an approval of exactly this version of ``post``.

    ``key`` is the reviewer's Ed25519 private key (object, 32 raw bytes or PEM
    bytes; :func:`govpub.review.load_private_key` reads a key file).
    ``checks`` defaults to all five 关 passed; a mapping marks some as not
    attested (``{"legal": False}``) and leaves the others passed.  ``tier`` may be
    omitted when the role appears in one tier of the category.  ``expires_in``
    (``timedelta`` or ``"72h"``) bounds how long the approval stays valid.
    """
    signing_key = coerce_private_key(key)
    unsigned = approval_request(
        post,
        reviewer=reviewer,
        role=role,
        public_key=public_key_text(signing_key),
        tier=tier,
        comment=comment,
        expires_in=expires_in,
        checks=checks,
        now=now,
    )
    return unsigned.with_signature(sign(signing_key, unsigned.payload()))


@dataclass(frozen=True)
class ApprovalRequest:
    """Every field of an approval but its signature: what a reviewer signs elsewhere.

    The web console (``govpub serve``) builds one on the server, the reviewer's
    browser signs :meth:`payload` with the key it holds (WebCrypto Ed25519), and
    :meth:`with_signature` turns the signature into the same :class:`Approval`
    that :func:`approve` makes — the same bytes signed, the same file written.
    """

    fields: Mapping[str, Any]

    def payload(self) -> bytes:
        """The exact bytes to sign (:meth:`Approval.signed_payload` of the result)."""
        return canonical_json(dict(self.fields))

    def with_signature(self, signature: str) -> Approval:
        """The signed approval; a signature that does not match is a ``ValidationError``."""
        return Approval.model_validate({**self.fields, "signature": signature})


def approval_request(
    post: Post,
    *,
    reviewer: str,
    role: str,
    public_key: str,
    tier: int | None = None,
    comment: str | None = None,
    expires_in: timedelta | str | None = None,
    checks: ReviewChecks | Mapping[str, bool] | None = None,
    now: datetime | None = None,
) -> ApprovalRequest:
    """The fields :func:`approve` signs, for a reviewer whose key is elsewhere (``public_key``)."""
    public = parse_public_key(public_key)
    when = now if now is not None else now_local()
    if when.tzinfo is None or when.utcoffset() is None:
        raise ValueError("now has no time zone; give an aware datetime")
    when = when.replace(microsecond=0)
    expires_at: datetime | None = None
    if expires_in is not None:
        delta = parse_duration(expires_in) if isinstance(expires_in, str) else expires_in
        if delta <= timedelta(0):
            raise ValueError("expires_in must be positive")
        expires_at = when + delta
    attested = _coerce_checks(checks)
    fields: dict[str, Any] = {
        "format": APPROVAL_FORMAT,
        "post_id": post.id,
        "post_digest": post.digest(),
        "category": post.category,
        "reviewer": reviewer.strip(),
        "role": role.strip(),
        "tier": tier,
        "checks": attested.model_dump(),
        "comment": comment if comment else None,
        "time": format_time(when),
        "expires_at": format_time(expires_at) if expires_at is not None else None,
        "public_key": public_key_text(public),
        "key_id": key_id(public),
    }
    return ApprovalRequest(fields)


def _coerce_checks(checks: ReviewChecks | Mapping[str, bool] | None) -> ReviewChecks:
    if checks is None:
        return ReviewChecks.all_passed()
    if isinstance(checks, ReviewChecks):
        return checks
    unknown = set(checks) - set(CHECK_KEYS)
    if unknown:
        raise ValueError(
            f"unknown check(s) {sorted(unknown)}; expected some of {', '.join(CHECK_KEYS)}"
        )
    return ReviewChecks(**{key: bool(checks.get(key, True)) for key in CHECK_KEYS})
