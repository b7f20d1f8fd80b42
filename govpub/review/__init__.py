"""Review before publish (先审后发): policies, signed approvals and the gate.

* :class:`ReviewPolicy` — reviewers, roles and the tiers each category needs
  (``[review]`` in ``govpub.toml``; :mod:`govpub.review.policy`);
* :class:`Approval` and :func:`approve` — one reviewer's Ed25519-signed
  approval of one exact post digest (:mod:`govpub.review.approval`);
* :meth:`ReviewPolicy.evaluate` / :meth:`ReviewPolicy.verify` →
  :class:`ReviewStatus` — the gate (:mod:`govpub.review.gate`);
* key and approval files (:mod:`govpub.review.files`) and the printable
  review form, 审核表 (:mod:`govpub.review.form`).

Sources: 国办发〔2018〕123号 四(二); 国办公开办函〔2021〕31号 (五关); reference
``rules.md`` §3 R-REVIEW and §4, README lesson 5.  See ``docs/review.md``.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from govpub import _lazy

if TYPE_CHECKING:  # imported on first use (govpub._lazy): reading [review] needs only the policy
    from govpub.review.approval import (
        APPROVAL_FORMAT,
        Approval,
        ApprovalRequest,
        approval_request,
        approve,
    )
    from govpub.review.checks import CHECK_KEYS, CHECK_LABELS, ReviewChecks
    from govpub.review.files import load_approval, load_private_key, write_private_key
    from govpub.review.policy import MAX_TIERS, Category, Reviewer, ReviewPolicy, Tier
    from govpub.review.signing import (
        generate_private_key,
        key_id,
        parse_public_key,
        public_key_text,
    )
    from govpub.review.status import REASONS, ReviewProblem, ReviewStatus, TierStatus

__all__ = [
    "APPROVAL_FORMAT",
    "CHECK_KEYS",
    "CHECK_LABELS",
    "MAX_TIERS",
    "REASONS",
    "Approval",
    "ApprovalRequest",
    "Category",
    "ReviewChecks",
    "ReviewPolicy",
    "ReviewProblem",
    "ReviewStatus",
    "Reviewer",
    "Tier",
    "TierStatus",
    "approval_request",
    "approve",
    "generate_private_key",
    "key_id",
    "load_approval",
    "load_private_key",
    "parse_public_key",
    "public_key_text",
    "write_private_key",
]

#: Where each public name lives.
_EXPORTS: dict[str, str] = {
    "APPROVAL_FORMAT": "govpub.review.approval",
    "Approval": "govpub.review.approval",
    "ApprovalRequest": "govpub.review.approval",
    "approval_request": "govpub.review.approval",
    "CHECK_KEYS": "govpub.review.checks",
    "CHECK_LABELS": "govpub.review.checks",
    "Category": "govpub.review.policy",
    "MAX_TIERS": "govpub.review.policy",
    "REASONS": "govpub.review.status",
    "ReviewChecks": "govpub.review.checks",
    "ReviewPolicy": "govpub.review.policy",
    "ReviewProblem": "govpub.review.status",
    "ReviewStatus": "govpub.review.status",
    "Reviewer": "govpub.review.policy",
    "Tier": "govpub.review.policy",
    "TierStatus": "govpub.review.status",
    "approve": "govpub.review.approval",
    "generate_private_key": "govpub.review.signing",
    "key_id": "govpub.review.signing",
    "load_approval": "govpub.review.files",
    "load_private_key": "govpub.review.files",
    "parse_public_key": "govpub.review.signing",
    "public_key_text": "govpub.review.signing",
    "write_private_key": "govpub.review.files",
}


def __getattr__(name: str) -> Any:
    """A public name, imported from its module on first use."""
    return _lazy.load(globals(), _EXPORTS, name)


def __dir__() -> list[str]:
    """The package's attributes and every public name, imported or not yet."""
    return _lazy.names(globals(), _EXPORTS)
