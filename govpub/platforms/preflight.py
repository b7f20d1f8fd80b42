"""Before anything is signed, stored or sent: would every target account take this post?

A post used to pass ``govpub check`` and two reviewers, then ``govpub publish``
refused it because WeChat needs a cover — and adding the cover voided both
approvals (issue 10, item 7).  This module asks every platform of the targets
the questions ``publish`` would ask, without I/O:

* :meth:`Adapter.render <govpub.platforms.base.Adapter.render>` once per
  platform (a :class:`~govpub.errors.PostError` is a problem for every target
  account of that platform);
* :meth:`Adapter.validate <govpub.platforms.base.Adapter.validate>` once per
  group of accounts with equal settings (validation may read only the settings,
  so a matrix of 50 WeChat accounts configured alike costs one call).

The publisher refuses before the plan is written (:func:`ensure_deliverable`);
``govpub check`` and ``govpub review approve`` turn each problem into a blocking
finding (:attr:`AccountProblem.rule`, ``platform.<platform>.<field>``).
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Mapping
from dataclasses import dataclass

from govpub.errors import PostError
from govpub.model import Account, Post
from govpub.platforms.base import Rendered, get_adapter_class

__all__ = ["AccountProblem", "ensure_deliverable", "preflight", "validate_renders"]

_FIELD_ROOT = re.compile(r"[\[.]")


@dataclass(frozen=True)
class AccountProblem:
    """Why one platform would refuse the post for some of the target accounts.

    ``message`` is for the editor, in Chinese, and names the platform;
    ``accounts`` are the target accounts concerned, in matrix order.
    """

    platform: str
    field: str
    message: str
    accounts: tuple[Account, ...]

    @property
    def rule(self) -> str:
        """The finding's rule id: ``platform.wechat.cover``, ``platform.weibo.link``…"""
        root = _FIELD_ROOT.split(self.field, maxsplit=1)[0] or "render"
        return f"platform.{self.platform}.{root}"

    def describe(self) -> str:
        """The message followed by the accounts it concerns (name and id)."""
        names = "、".join(f"{a.name}（{a.id}）" for a in self.accounts)
        return f"{self.message}（涉及账号：{names}）"


def _label(platform: str) -> str:
    caps = get_adapter_class(platform).capabilities
    return f"{caps.label}（{platform}）"


def validate_renders(
    renders: Mapping[str, Rendered], accounts: Iterable[Account]
) -> list[AccountProblem]:
    """:meth:`~govpub.platforms.base.Adapter.validate` for every account with a rendering.

    Accounts of one platform with equal settings are validated once; a problem
    found for several groups is reported once, with all their accounts.
    """
    groups: dict[tuple[str, str], list[Account]] = {}
    for account in accounts:
        if account.platform in renders:
            key = (account.platform, account.settings.model_dump_json())
            groups.setdefault(key, []).append(account)
    merged: dict[tuple[str, str, str], list[Account]] = {}
    for (platform, _), members in groups.items():
        adapter = get_adapter_class(platform)
        for problem in adapter.validate(renders[platform], members[0]):
            text = f"{_label(platform)}：{problem.message}"
            merged.setdefault((platform, problem.field, text), []).extend(members)
    return [
        AccountProblem(platform=platform, field=field, message=text, accounts=tuple(members))
        for (platform, field, text), members in merged.items()
    ]


def preflight(post: Post, accounts: Iterable[Account]) -> list[AccountProblem]:
    """Render ``post`` for each platform of ``accounts`` and validate it for each account.

    A rendering error counts as a problem for every account of its platform
    (its message already names the platform); nothing is raised for the post's
    content, so an editor sees every problem at once.
    """
    targets = list(accounts)
    renders: dict[str, Rendered] = {}
    problems: list[AccountProblem] = []
    for platform in sorted({a.platform for a in targets}):
        try:
            renders[platform] = get_adapter_class(platform).render(post)
        except PostError as exc:
            problems.append(
                AccountProblem(
                    platform=platform,
                    field=exc.field or "render",
                    message=exc.reason,
                    accounts=tuple(a for a in targets if a.platform == platform),
                )
            )
    return problems + validate_renders(renders, targets)


def ensure_deliverable(renders: Mapping[str, Rendered], accounts: Iterable[Account]) -> None:
    """Raise :class:`~govpub.errors.PostError` if any account would refuse its rendering.

    For the publisher, after rendering and before the plan is written: a refusal
    here stores and sends nothing.  The error names the first problem's field
    and lists every problem with its accounts.
    """
    problems = validate_renders(renders, accounts)
    if problems:
        raise PostError(
            "；".join(p.describe() for p in problems),
            field=problems[0].field,
        )
