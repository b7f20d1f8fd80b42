"""The gate every post passes before anything is stored or sent: compliance, then review.

:func:`default_gate` builds it from the matrix's ``[policy]`` and ``[review]``
sections.  The gate returns the post *as it will be sent* (ad links stripped,
personal data masked when the policy says so) with its remaining findings, or
raises ``PolicyError`` / ``ReviewError``.
"""

from __future__ import annotations

import json
from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field
from datetime import datetime
from typing import Any, Protocol

from govpub.config import Matrix
from govpub.errors import ConfigError, ReviewError
from govpub.model import Post
from govpub.review import Approval, ReviewPolicy

__all__ = ["Gate", "GateResult", "MatrixGate", "as_approvals", "default_gate", "open_gate"]


@dataclass(frozen=True)
class GateResult:
    """The post to send, the findings that did not block, and the approvals to store."""

    post: Post
    findings: list[Mapping[str, Any]] = field(default_factory=list)
    approvals: list[Mapping[str, Any]] = field(default_factory=list)


class Gate(Protocol):
    """Checks a post (and its approvals) at ``now``; raises when it must not go out."""

    def __call__(self, post: Post, approvals: Sequence[Any], *, now: datetime) -> GateResult:
        """Return what to send, or raise ``PolicyError``/``ReviewError``."""


def _as_document(approval: Any) -> Mapping[str, Any]:
    if isinstance(approval, Mapping):
        return dict(approval)
    dump = getattr(approval, "model_dump", None)
    if callable(dump):
        document: Mapping[str, Any] = dump(mode="json")
        return document
    raise TypeError(
        f"an approval must be a govpub.Approval or its JSON document, not {type(approval).__name__}"
    )


def open_gate(post: Post, approvals: Sequence[Any], *, now: datetime) -> GateResult:
    """A gate that lets everything through (for tests of the delivery machinery only)."""
    del now
    return GateResult(post=post, approvals=[_as_document(a) for a in approvals])


def as_approvals(documents: Sequence[Any]) -> list[Approval]:
    """Approval objects from objects or their JSON documents (a bad one names its position)."""
    approvals = []
    for number, item in enumerate(documents, start=1):
        if isinstance(item, Approval):
            approvals.append(item)
            continue
        try:
            approvals.append(
                Approval.from_json(
                    json.dumps(_as_document(item), ensure_ascii=False), source=f"approval #{number}"
                )
            )
        except TypeError as exc:
            raise ReviewError(f"approval #{number}: {exc}") from None
    return approvals


class MatrixGate:
    """The matrix's gate: review per ``[review]``, required unless the publisher says not."""

    def __init__(self, matrix: Matrix, *, require_review: bool = True) -> None:
        self.review: ReviewPolicy | None = None
        file = str(matrix.path) if matrix.path else None
        if matrix.review:
            self.review = ReviewPolicy.from_mapping(
                matrix.review, base_dir=matrix.base_dir, file=file
            )
        elif require_review:
            raise ConfigError(
                "a matrix needs a [review] section: nothing is published without review "
                "(先审后发); for a test matrix set [publisher] require_review = false",
                file=file,
                key="review",
            )

    def __call__(self, post: Post, approvals: Sequence[Any], *, now: datetime) -> GateResult:
        """Verify the approvals of the post as it will be sent; raise ``ReviewError`` if short."""
        objects = as_approvals(approvals)
        if self.review is not None:
            self.review.verify(post, objects, now=now)
        return GateResult(post=post, approvals=[a.model_dump(mode="json") for a in objects])


def default_gate(matrix: Matrix) -> Gate:
    """The gate for ``matrix``: its compliance policy and review rules."""
    from govpub.publisher.settings import PublisherSettings  # noqa: PLC0415 - avoids a cycle

    return MatrixGate(matrix, require_review=PublisherSettings.from_matrix(matrix).require_review)
