"""The duplicate-content guard: the same title and body do not reach an account twice.

A post is known by its content (:meth:`govpub.Post.content_id`), so publishing
the same file again is the same post and sends nothing new.  An *edited* copy —
a new summary, a corrected tag, a new ``id`` — is a new post; if its title and
body (normalised: :func:`govpub.model.content_key`) already went to some of its
accounts within ``[publisher] duplicate_window``, publishing it is refused
before anything is planned, naming the earlier post and the accounts, unless the
caller says ``allow_duplicate=True`` (``--allow-duplicate``), which is audited.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from datetime import datetime, timedelta

from govpub.errors import DuplicatePostError
from govpub.ledger import DeliveryRecord, Ledger
from govpub.model import Post

__all__ = ["earlier_copies", "refusal"]


def earlier_copies(
    ledger: Ledger, post: Post, accounts: Sequence[str], *, now: datetime, window: timedelta
) -> dict[str, DeliveryRecord]:
    """For each account that already has this title and body from another post: that delivery."""
    if window <= timedelta(0):
        return {}
    found: dict[str, DeliveryRecord] = {}
    for record in ledger.copies_of(
        post.content_key(), accounts=accounts, since=now - window, exclude_post=post.id
    ):
        found.setdefault(record.account_id, record)
    return found


def refusal(
    post: Post, copies: Mapping[str, DeliveryRecord], window: timedelta
) -> DuplicatePostError:
    """The error that names the earlier posts and the accounts they reached."""
    by_post: dict[str, list[str]] = {}
    for account, record in sorted(copies.items()):
        by_post.setdefault(record.post_id, []).append(account)
    listed = "；".join(
        f"稿件 {post_id} → {'、'.join(accounts)}" for post_id, accounts in by_post.items()
    )
    days = window.total_seconds() / 86_400
    span = f"{days:g} 天" if days >= 1 else f"{window.total_seconds():g} 秒"
    return DuplicatePostError(
        f"稿件 {post.id} 的标题和正文与 {span}内已发布的内容相同：{listed}。"
        "如确需再次发布，请使用 --allow-duplicate（Python：allow_duplicate=True），"
        "或用 --accounts 选择其他账号",
        earlier={account: record.post_id for account, record in copies.items()},
    )
