"""Who is signed in, and what their ``[review]`` roles let them see and do.

The console has no user table of its own: a user is a reviewer registered in
``[review.reviewers]`` (name, roles, public key), and what they may do follows
from the review policy, so that the people who decide who approves also decide
who uses the console (``docs/review.md``, *Identity*):

* everyone registered may write posts and submit them for review;
* a user reviews the tiers whose role they hold (the gate still decides whether
  their approval counts: tier order, self-approval, expiry…);
* publishing, retracting, freezing and the supervisors' pages (health report,
  audit verification) belong to the roles that give some category's *last*
  tier (终审) — those who answer for what goes out.

Each request finds the user again by name and checks that the key they signed
in with is still their registered key, so removing a reviewer or rotating their
key ends their sessions too.
"""

from __future__ import annotations

from dataclasses import dataclass

from govpub.review import Reviewer, ReviewPolicy, Tier

__all__ = ["Permissions", "User"]


@dataclass(frozen=True)
class User:
    """A signed-in person: a registered reviewer."""

    name: str
    title: str
    roles: tuple[str, ...]
    key_id: str

    @classmethod
    def of(cls, reviewer: Reviewer) -> User:
        """The user for a registered reviewer."""
        return cls(reviewer.name, reviewer.title, reviewer.roles, reviewer.key_id)


class Permissions:
    """What each user may do, derived from the review policy (see the module docstring)."""

    def __init__(self, policy: ReviewPolicy) -> None:
        self.policy = policy
        self.review_roles = frozenset(
            tier.role for category in policy.categories.values() for tier in category.tiers
        )
        self.final_roles = frozenset(
            category.tiers[-1].role for category in policy.categories.values() if category.tiers
        )

    def user(self, name: str, key_id: str) -> User | None:
        """The registered user ``name`` if ``key_id`` is still their key."""
        reviewer = self.policy.reviewer(name)
        if reviewer is None or reviewer.key_id != key_id:
            return None
        return User.of(reviewer)

    def can_review(self, user: User) -> bool:
        """Whether the user holds a role that approves some tier."""
        return bool(self.review_roles.intersection(user.roles))

    def can_publish(self, user: User) -> bool:
        """Publish, retract, freeze, and see the health report and the audit trail."""
        return bool(self.final_roles.intersection(user.roles))

    def tiers_for(self, user: User, category: str) -> list[tuple[int, Tier]]:
        """The tiers of ``category`` the user's roles approve, with their numbers."""
        found = self.policy.categories.get(category)
        if found is None:
            return []
        return [(n, t) for n, t in enumerate(found.tiers, start=1) if t.role in user.roles]

    def role_labels(self, user: User) -> str:
        """The user's roles in Chinese, for the page header."""
        return "、".join(self.policy.role_label(role) for role in user.roles)
