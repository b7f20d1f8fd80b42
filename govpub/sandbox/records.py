"""The sandbox's own record of what it accepted, and its per-account call counters.

The reliability test of the publisher ends with one question: did every
account get the post exactly once?  The answer must come from the platform's
side, not from the ledger under test — so the sandbox writes down every
publication it accepts (one :class:`Record` per WeChat article, Weibo status or
app post), with a digest of the content *as the platform stores it* (after
WeChat filtered foreign images, after Weibo stripped ``#topics#``).

Digest: SHA-256 (hex) of the UTF-8 bytes of ``title + "\\n" + content`` for
WeChat articles and app posts, and of the stored text for Weibo (which has no
title) — see :func:`content_digest`.
"""

from __future__ import annotations

import hashlib
from collections import Counter
from collections.abc import Iterable
from dataclasses import dataclass, field
from typing import Any, Literal

__all__ = ["Counters", "Record", "RecordState", "content_digest", "summarize"]

RecordState = Literal["pending", "published", "rejected", "removed"]

_EXCERPT = 200


def content_digest(title: str, content: str) -> str:
    """SHA-256 hex of what the platform stores: ``title\\ncontent`` (or ``content`` alone)."""
    raw = f"{title}\n{content}" if title else content
    return hashlib.sha256(raw.encode("utf-8")).hexdigest()


@dataclass
class Record:
    """One publication the sandbox accepted.

    ``state`` is ``pending`` while a WeChat publish job runs, ``published`` once
    it is public, ``rejected`` when the job failed (not a publication), and
    ``removed`` when the platform banned it (status 6).  ``deleted`` turns true
    when the post is deleted through the API (or by the "user", status 5).
    """

    seq: int
    platform: str
    account: str
    platform_id: str
    digest: str
    time: float
    title: str = ""
    excerpt: str = ""
    post_id: str | None = None
    state: RecordState = "published"
    deleted: bool = False
    deleted_at: float | None = None
    details: dict[str, Any] = field(default_factory=dict)
    content: str = field(default="", repr=False)

    @classmethod
    def make(
        cls,
        seq: int,
        *,
        platform: str,
        account: str,
        platform_id: str,
        title: str,
        content: str,
        time: float,
        post_id: str | None = None,
        state: RecordState = "published",
        details: dict[str, Any] | None = None,
    ) -> Record:
        """A record whose digest and excerpt are computed from the stored content."""
        return cls(
            seq=seq,
            platform=platform,
            account=account,
            platform_id=platform_id,
            digest=content_digest(title, content),
            time=time,
            title=title,
            excerpt=content[:_EXCERPT],
            post_id=post_id,
            state=state,
            details=details or {},
            content=content,
        )

    @property
    def live(self) -> bool:
        """A publication readers can see, or will once the platform finishes the job."""
        return self.state in ("pending", "published") and not self.deleted

    def contains(self, needle: str) -> bool:
        """Whether the title or the stored content contains ``needle``."""
        return needle in self.title or needle in self.content

    def to_json(self) -> dict[str, Any]:
        """The record as the inspection endpoint shows it (content cut to an excerpt)."""
        return {
            "seq": self.seq,
            "platform": self.platform,
            "account": self.account,
            "post_id": self.post_id,
            "platform_id": self.platform_id,
            "digest": self.digest,
            "time": self.time,
            "state": self.state,
            "deleted": self.deleted,
            "deleted_at": self.deleted_at,
            "title": self.title,
            "excerpt": self.excerpt,
            "details": self.details,
        }


def summarize(records: Iterable[Record]) -> dict[str, Any]:
    """Live publications per ``platform:account``, and the accounts that have more than one.

    ``duplicates`` lists accounts with two or more live publications of the
    same post (same ``post_id`` when known, else the same digest).
    """
    per_account: Counter[str] = Counter()
    per_post: Counter[tuple[str, str]] = Counter()
    total = 0
    for record in records:
        if not record.live:
            continue
        total += 1
        key = f"{record.platform}:{record.account}"
        per_account[key] += 1
        per_post[(key, record.post_id or record.digest)] += 1
    duplicates = sorted({key for (key, _), n in per_post.items() if n > 1})
    return {"total": total, "accounts": dict(sorted(per_account.items())), "duplicates": duplicates}


class Counters:
    """Per-account call counters: ``{"wechat:wx1": {"stable_token": 1, "token.issued": 1}}``.

    Names: every operation (``draft.add``), ``token.issued`` for each token the
    sandbox minted, ``error.<code>`` for each platform error answered, and
    ``fault.<kind>`` for each injected fault.
    """

    def __init__(self) -> None:
        self._data: dict[str, Counter[str]] = {}

    def add(self, account: str, name: str, n: int = 1) -> None:
        """Count ``n`` more ``name`` for ``account``."""
        counter = self._data.get(account)
        if counter is None:
            counter = self._data[account] = Counter()
        counter[name] += n

    def get(self, account: str) -> dict[str, int]:
        """A copy of one account's counters (empty if it made no call)."""
        return dict(self._data.get(account, {}))

    def snapshot(self) -> dict[str, dict[str, int]]:
        """A copy of every account's counters."""
        return {account: dict(counter) for account, counter in sorted(self._data.items())}

    def clear(self) -> None:
        """Forget every count."""
        self._data.clear()
