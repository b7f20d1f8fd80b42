"""Real use of the review and audit API, type-checked by ``mypy --strict`` (not run by pytest)."""

from __future__ import annotations

import sqlite3
from pathlib import Path

import govpub
from govpub.review import ApprovalRequest, approval_request, load_approval, load_private_key


def gate(matrix: govpub.Matrix, post: govpub.Post, files: list[Path]) -> govpub.ReviewStatus:
    policy = govpub.ReviewPolicy.from_mapping(matrix.review, base_dir=matrix.base_dir)
    approvals: list[govpub.Approval] = [load_approval(f) for f in files]
    status = policy.evaluate(post, approvals)
    problems: tuple[govpub.ReviewProblem, ...] = status.problems
    del problems
    return policy.verify(post, approvals)


def sign(post: govpub.Post, key_file: Path) -> str:
    approval = govpub.approve(
        post, reviewer="张敏", role="editor", key=load_private_key(key_file), expires_in="48h"
    )
    return approval.to_json()


def sign_elsewhere(post: govpub.Post, public_key: str, signature_of: bytes) -> govpub.Approval:
    """What the web console does: the fields here, the signature from the reviewer's browser."""
    unsigned: ApprovalRequest = approval_request(
        post, reviewer="李娜", role="editor", public_key=public_key, tier=1
    )
    payload: bytes = unsigned.payload()
    del payload
    return unsigned.with_signature(signature_of.decode("ascii"))


def serve(config: Path) -> object:
    from govpub.web import create_app

    return create_app(config, secret_key="typing-only", https_only=True)


def record(conn: sqlite3.Connection, status: govpub.ReviewStatus) -> str | None:
    govpub.SqliteAuditTrail.ensure_schema(conn)
    trail: govpub.AuditTrail = govpub.SqliteAuditTrail(conn)
    for approval in status.accepted:
        trail.append(
            actor=approval.reviewer,
            action="approval.accepted",
            subject=status.post_id,
            details={"tier": approval.tier, "key_id": approval.key_id},
        )
    result: govpub.AuditVerification = trail.verify()
    return result.head
