"""``sync_inbox``: collect what the public said to every account, and settle replies in flight.

Per active account whose adapter has the interaction capability
(:class:`~govpub.platforms.interaction.InteractionCapable`), per channel: read
the cursor from the ledger, fetch what is newer, store it and move the cursor in
one transaction (:meth:`~govpub.ledger.records.Ledger.record_interactions`).
Each new interaction gets its deadline from the rule profile of ``[health]``
(:mod:`govpub.inbox.deadlines`).  WeChat comments are listed per article, so
the account's deliveries published in the last :data:`ARTICLE_WINDOW` (90 days)
are passed along (their ``msg_data_id``): one ``comment/list`` call per article
and sync, so older articles are not read again (their quota is undocumented).

Then every reply of the account left ``intended`` or ``unknown`` (a crash
between send and record, a timeout) is settled
(:func:`govpub.inbox.replies.settle_pending`), with ``[publisher.retry]``'s
retries and re-sends within this run.

One account failing (a platform error, an expired token) is reported and
does not stop the others: ``govpub inbox sync`` exits 1 when any failed.
"""

from __future__ import annotations

import asyncio
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from datetime import UTC, date, datetime, timedelta
from typing import TYPE_CHECKING

from govpub.config import Matrix
from govpub.config.secrets import ready_account
from govpub.errors import GovpubError, NotSupported
from govpub.health.settings import HealthSettings
from govpub.inbox.deadlines import due_function
from govpub.inbox.replies import operator_ip as configured_operator_ip
from govpub.inbox.replies import retry_policy, settle_pending
from govpub.ledger import Ledger
from govpub.logging import get_logger
from govpub.model import Account
from govpub.platforms.base import get_adapter_class, make_http_client
from govpub.platforms.interaction import InteractionCapable, PublishedRef
from govpub.publisher.retry import RetryPolicy

if TYPE_CHECKING:
    import httpx

__all__ = ["AccountSync", "SyncReport", "sync_inbox", "sync_inbox_sync"]

_log = get_logger("govpub.inbox")
ACTOR = "govpub inbox sync"
#: How far back published articles are read for comments (WeChat lists them per article).
ARTICLE_WINDOW = timedelta(days=90)


@dataclass
class AccountSync:
    """What one account's sync did."""

    account_id: str
    platform: str
    collected: dict[str, int] = field(default_factory=dict)
    settled: list[str] = field(default_factory=list)
    error: str | None = None
    note: str | None = None

    def to_dict(self) -> dict[str, object]:
        """JSON-ready form."""
        return {
            "account_id": self.account_id,
            "platform": self.platform,
            "collected": dict(self.collected),
            "settled_replies": list(self.settled),
            "error": self.error,
            "note": self.note,
        }


@dataclass
class SyncReport:
    """Every account's sync."""

    accounts: list[AccountSync] = field(default_factory=list)

    @property
    def ok(self) -> bool:
        """No account failed."""
        return all(a.error is None for a in self.accounts)

    @property
    def collected(self) -> int:
        """New interactions stored, all accounts together."""
        return sum(sum(a.collected.values()) for a in self.accounts)


async def sync_inbox(
    matrix: Matrix,
    ledger: Ledger,
    *,
    accounts: Sequence[str] | None = None,
    client: httpx.AsyncClient | None = None,
    profile: str | None = None,
) -> SyncReport:
    """Collect new interactions of every (or each named) active account into ``ledger``."""
    settings = HealthSettings.from_matrix(matrix)
    file = str(matrix.path) if matrix.path else None
    rules = settings.rule_profile(profile, file=file)
    due = due_function(rules, settings.calendar, settings.tz)
    wanted = [
        a
        for a in matrix.accounts
        if a.status == "active" and (accounts is None or a.id in accounts)
    ]
    own_client = client is None
    http = client or make_http_client()
    report = SyncReport()
    try:
        for account in wanted:
            result = AccountSync(account.id, account.platform)
            report.accounts.append(result)
            try:
                await _sync_account(
                    account,
                    ledger,
                    http,
                    result,
                    profile=rules.name,
                    due=due,
                    operator_ip=configured_operator_ip(matrix),
                    policy=retry_policy(matrix),
                )
            except GovpubError as exc:
                result.error = f"{type(exc).__name__}: {exc}"
                _log.warning("govpub.inbox.sync_failed", account=account.id, error=str(exc))
    finally:
        if own_client:
            await http.aclose()
    return report


def sync_inbox_sync(
    matrix: Matrix,
    ledger: Ledger,
    *,
    accounts: Sequence[str] | None = None,
    profile: str | None = None,
) -> SyncReport:
    """:func:`sync_inbox` for synchronous callers (runs its own event loop)."""
    return asyncio.run(sync_inbox(matrix, ledger, accounts=accounts, profile=profile))


async def _sync_account(
    account: Account,
    ledger: Ledger,
    client: httpx.AsyncClient,
    result: AccountSync,
    *,
    profile: str,
    due: Callable[[datetime], date],
    operator_ip: str | None,
    policy: RetryPolicy,
) -> None:
    adapter = get_adapter_class(account.platform)(ready_account(account), client=client)
    try:
        if not isinstance(adapter, InteractionCapable):
            result.note = "平台适配器不支持收集互动留言"
            return
        oldest = datetime.now(UTC) - ARTICLE_WINDOW
        refs = [
            PublishedRef(d.platform_post_id, d.steps, d.published_at)
            for d in ledger.deliveries(states=["published"])
            if d.account_id == account.id
            and d.platform_post_id
            and (d.published_at is None or d.published_at >= oldest)
        ]
        for channel in adapter.interaction_channels:
            cursor = ledger.inbox_cursor(account.id, channel)
            try:
                page = await adapter.fetch_interactions(channel, cursor, posts=refs)
            except NotSupported as exc:
                result.note = str(exc)
                continue
            stored = ledger.record_interactions(
                page.items,
                profile=profile,
                due=due,
                actor=ACTOR,
                cursor=(account.id, channel, page.cursor) if page.cursor is not None else None,
            )
            result.collected[channel] = len(stored)
        for pending in ledger.interactions(account_id=account.id, pending_reply=True):
            settled = await settle_pending(
                adapter, ledger, pending, actor=ACTOR, operator_ip=operator_ip, policy=policy
            )
            result.settled.append(f"{settled.id}:{settled.reply_state}")
    finally:
        await adapter.aclose()
