"""The gate every post passes before anything is stored or sent: compliance, then review.

:func:`default_gate` builds it from the matrix's ``[policy]`` and ``[review]``
sections.  Compliance runs first (国办发〔2018〕123号 四(二)/(三)): a ``block``
finding refuses the post, ad links are stripped, personal data masked when the
policy says so.  Review then verifies the approvals against *that* post — the
post as it will be sent — so what reviewers signed is exactly what goes out
(先审后发; ``govpub review approve`` signs the checked post too).

The gate does no I/O.  It returns the post to send, the findings that did not
block, the approvals to store, and the audit records of its decision; when it
refuses it raises ``PolicyError`` / ``ReviewError`` and the publisher audits
the refusal before re-raising.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field
from datetime import datetime
from typing import Any, Protocol

from govpub.compliance import Policy, check
from govpub.config import Matrix
from govpub.errors import ConfigError, ReviewError
from govpub.model import Post
from govpub.review import Approval, ReviewPolicy
from govpub.review.approval_file import approval_from_document, read_approval

__all__ = [
    "Gate",
    "GateResult",
    "MatrixGate",
    "as_approvals",
    "default_gate",
    "open_gate",
    "refusal_details",
]

AuditEntry = tuple[str, Mapping[str, Any]]


@dataclass(frozen=True)
class GateResult:
    """The post to send, the findings that did not block, the approvals, the audit records."""

    post: Post
    findings: list[Mapping[str, Any]] = field(default_factory=list)
    approvals: list[Mapping[str, Any]] = field(default_factory=list)
    audit: list[AuditEntry] = field(default_factory=list)


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
        "an approval must be a govpub.Approval, its JSON document or the contents of its file, "
        f"not {type(approval).__name__}"
    )


def as_approvals(documents: Sequence[Any]) -> list[Approval]:
    """Approval objects from objects, JSON documents or files' contents (a bad one says which).

    Documents and file contents go through the one reader of approvals
    (:mod:`govpub.review.approval_file`), as the CLI's files do: a duplicate key,
    NaN, a converted value or a reformatted file is refused with its reason id.
    """
    approvals = []
    for number, item in enumerate(documents, start=1):
        where = f"approval #{number}"
        if isinstance(item, Approval):
            approvals.append(item)
        elif isinstance(item, str | bytes):
            approvals.append(read_approval(item, source=where))
        else:
            try:
                document = _as_document(item)
            except TypeError as exc:
                raise ReviewError(f"{where}: {exc}") from None
            approvals.append(approval_from_document(document, source=where))
    return approvals


def open_gate(post: Post, approvals: Sequence[Any], *, now: datetime) -> GateResult:
    """A gate that lets everything through (for tests of the delivery machinery only)."""
    del now
    return GateResult(post=post, approvals=[_as_document(a) for a in approvals])


class MatrixGate:
    """The matrix's gate: ``[policy]`` compliance, then ``[review]`` (unless not required)."""

    def __init__(self, matrix: Matrix, *, require_review: bool = True) -> None:
        file = str(matrix.path) if matrix.path else None
        self.policy = Policy.from_matrix(matrix)
        self.review: ReviewPolicy | None = None
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
        """Check, then verify the approvals of the post as it will be sent."""
        result = check(post, self.policy)
        result.raise_for_blocked()
        sent = result.post
        findings: list[Mapping[str, Any]] = [f.to_dict() for f in result.findings]
        audit: list[AuditEntry] = [
            ("check.completed", {"digest": sent.digest(), "counts": result.counts()})
        ]
        objects = as_approvals(approvals)
        if self.review is None:
            audit.append(("review.skipped", {"reason": "[publisher] require_review = false"}))
        else:
            status = self.review.evaluate(sent, objects, now=now)
            status.raise_for_problems()
            audit.extend(
                (
                    "approval.accepted",
                    {
                        "reviewer": a.reviewer,
                        "role": a.role,
                        "tier": a.tier,
                        "key_id": a.key_id,
                        "digest": a.post_digest,
                    },
                )
                for a in status.accepted
            )
        return GateResult(
            post=sent,
            findings=findings,
            approvals=[a.model_dump(mode="json") for a in objects],
            audit=audit,
        )


def refusal_details(exc: Exception) -> dict[str, Any]:
    """What the audit trail records of a refusal: findings or review problems, never content."""
    findings = getattr(exc, "findings", ())
    problems = getattr(exc, "problems", ())
    return {
        "message": str(exc),
        "findings": [_summary(f) for f in findings],
        "problems": [_summary(p) for p in problems],
    }


def _summary(item: Any) -> Any:
    to_dict = getattr(item, "to_dict", None)
    return to_dict() if callable(to_dict) else item


def default_gate(matrix: Matrix) -> Gate:
    """The gate for ``matrix``: its compliance policy and review rules."""
    from govpub.publisher.settings import PublisherSettings  # noqa: PLC0415 - avoids a cycle

    return MatrixGate(matrix, require_review=PublisherSettings.from_matrix(matrix).require_review)
