"""``check_health``: every account of the matrix against the rule profile, at one moment.

Per account: days without update (R-DORMANT, ledger + platform), the
interaction channel (R-INTERACT), unanswered messages (R-INTERACT-REPLY),
credentials (G-CREDENTIALS, G-TOKEN-EXPIRY, G-REAUTH), the registry rules
(R-ONE-ACCOUNT, G-NAMES) and filings (R-FILING).  Asking the platform is
best effort: an error, a timeout or an adapter that cannot tell degrades that
account to the ledger with a note — a health check that crashes alerts nobody.

``check_health`` is the async core; ``check_health_sync`` its twin for scripts.
"""

from __future__ import annotations

import asyncio
from collections import defaultdict
from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field
from datetime import UTC, date, datetime

import httpx

from govpub.config import Matrix
from govpub.config.secrets import ready_account, secret_problems
from govpub.errors import ConfigError, GovpubError, NotSupported, PlatformError
from govpub.health.credentials import expiry_finding, reauth_finding
from govpub.health.dormancy import dormancy_finding, last_update
from govpub.health.filing_status import account_filing_findings, orphan_filing_findings
from govpub.health.filings import FilingEvent, FilingRegistry, platform_label
from govpub.health.history import LedgerHistory
from govpub.health.interaction import interaction_finding
from govpub.health.profiles import RuleProfile
from govpub.health.registry import RegistryIssue, check_registry
from govpub.health.replies import reply_finding
from govpub.health.results import AccountHealth, HealthFinding, HealthReport
from govpub.health.settings import HealthSettings
from govpub.interactions import Interaction
from govpub.ledger import DeliveryRecord, Ledger
from govpub.ledger.stores import open_ledger
from govpub.logging import get_logger
from govpub.model import Account
from govpub.platforms.base import Adapter, get_adapter_class, make_http_client

__all__ = ["check_health", "check_health_sync"]

_log = get_logger("govpub.health")
_OPEN = ("active", "suspended")
_PROBES = 8


@dataclass
class _Probe:
    """What the adapter said about one account."""

    interaction: bool | None = None
    expires_at: datetime | None = None
    latest: datetime | None = None
    notes: list[str] = field(default_factory=list)


@dataclass(frozen=True)
class _Facts:
    """What every account's verdict is computed from."""

    moment: datetime
    today: date
    rules: RuleProfile
    settings: HealthSettings
    ledger_last: Mapping[str, datetime]
    latest_delivery: Mapping[str, DeliveryRecord]
    filings: Mapping[str, Sequence[FilingEvent]]
    issues: Sequence[RegistryIssue]
    blocked: frozenset[str]
    interactions: Mapping[str, Sequence[Interaction]] = field(default_factory=dict)


async def check_health(
    matrix: Matrix,
    *,
    ledger: Ledger | None = None,
    at: datetime | None = None,
    profile: str | None = None,
    remote: bool = True,
    client: httpx.AsyncClient | None = None,
    settings: HealthSettings | None = None,
) -> HealthReport:
    """Check every account of ``matrix`` at ``at`` (default: now) under ``profile``.

    ``ledger`` defaults to the matrix's store; ``remote=False`` asks no platform.
    """
    settings = settings or HealthSettings.from_matrix(matrix)
    file = str(matrix.path) if matrix.path else None
    rules = settings.rule_profile(profile, file=file)
    moment = at or datetime.now(UTC)
    if moment.utcoffset() is None:
        raise ConfigError("the check time needs a time zone", key="at")
    today = moment.astimezone(settings.tz).date()
    own_ledger = ledger is None
    store = ledger if ledger is not None else open_ledger(matrix.store)
    try:
        history = LedgerHistory(store)
        ledger_last = history.last_live_publications(moment)
        latest_delivery = history.latest_deliveries(moment)
        filings: dict[str, list[FilingEvent]] = defaultdict(list)
        for event in FilingRegistry(store).events():
            if event.event_date <= today:
                filings[event.account_id].append(event)
        interactions: dict[str, list[Interaction]] = defaultdict(list)
        for item in store.interactions(open_only=True):
            if item.received_at <= moment:
                interactions[item.account_id].append(item)
    finally:
        if own_ledger:
            store.close()
    # Secrets are read only to ask the platforms; without remote questions, none is read.
    open_accounts = [a for a in matrix.accounts if a.status in _OPEN]
    problems = secret_problems(open_accounts) if remote else {}
    issues = check_registry(matrix.accounts, matrix.extra, problems=problems, file=file)
    facts = _Facts(
        moment=moment,
        today=today,
        rules=rules,
        settings=settings,
        ledger_last=ledger_last,
        latest_delivery=latest_delivery,
        filings=filings,
        issues=issues,
        blocked=frozenset(i.accounts[0] for i in issues if i.rule == "G-CREDENTIALS"),
        interactions=interactions,
    )
    probes = await _probe_all(
        [a for a in matrix.accounts if a.status in _OPEN and a.id not in facts.blocked],
        remote=remote,
        seconds=settings.remote_timeout,
        client=client,
    )
    entries = [_entry(a, probes.get(a.id, _Probe()), facts) for a in matrix.accounts]
    matrix_findings = orphan_filing_findings(
        {k: v[-1] for k, v in filings.items() if v}, [a.id for a in matrix.accounts]
    )
    matrix_findings.extend(
        _as_finding(i) for i in issues if i.rule == "R-ONE-ACCOUNT" and i.severity == "warning"
    )
    return HealthReport(
        at=moment,
        profile=rules.name,
        profile_label=rules.label or rules.name,
        accounts=entries,
        matrix_findings=matrix_findings,
        remote=remote,
    )


def check_health_sync(
    matrix: Matrix,
    *,
    ledger: Ledger | None = None,
    at: datetime | None = None,
    profile: str | None = None,
    remote: bool = True,
    settings: HealthSettings | None = None,
) -> HealthReport:
    """:func:`check_health` for synchronous callers (runs its own event loop)."""
    return asyncio.run(
        check_health(
            matrix, ledger=ledger, at=at, profile=profile, remote=remote, settings=settings
        )
    )


def _entry(account: Account, probe: _Probe, facts: _Facts) -> AccountHealth:
    """One account's verdict."""
    entry = AccountHealth(
        account_id=account.id,
        name=account.name,
        unit=account.unit,
        platform=account.platform,
        status=account.status,
        status_reason=account.status_reason,
        platform_label=platform_label(account.platform),
        notes=list(probe.notes),
    )
    if probe.latest is not None and probe.latest > facts.moment:
        entry.notes.append("平台上的最新发布晚于检查时间点，未采用（按历史时间点检查时仅依据台账）")
    stopped = False
    if account.status in _OPEN:
        stopped = _open_account(entry, probe, facts)
    else:
        entry.notes.append("账号已关停或注销：不参与更新、互动检查")
    entry.findings.extend(
        account_filing_findings(
            account,
            facts.filings.get(account.id, ()),
            today=facts.today,
            profile=facts.rules,
            calendar=facts.settings.calendar,
            record_required=facts.settings.filing_record_required,
            stopped_updating=stopped,
        )
    )
    entry.findings.extend(_registry_findings(account, facts.issues))
    return entry


def _open_account(entry: AccountHealth, probe: _Probe, facts: _Facts) -> bool:
    """Updates, interaction and credentials of an active or suspended account; dormant-failed?"""
    opened = next(
        (
            e.event_date
            for e in reversed(facts.filings.get(entry.account_id, ()))
            if e.kind == "opened"
        ),
        None,
    )
    last = last_update(facts.ledger_last.get(entry.account_id), probe.latest, opened, facts.moment)
    finding, days = dormancy_finding(last, facts.moment, facts.rules, facts.settings.tz)
    entry.findings.append(finding)
    entry.days_without_update = days
    if last is not None:
        entry.last_publication = last.at if isinstance(last.at, datetime) else None
        entry.last_publication_source = last.source
    if entry.account_id not in facts.blocked:
        entry.interaction = probe.interaction
        entry.credentials_expire_at = probe.expires_at
        entry.findings.append(interaction_finding(probe.interaction, facts.rules))
        entry.findings.append(
            reply_finding(
                facts.interactions.get(entry.account_id, ()),
                today=facts.today,
                tz=facts.settings.tz,
                profile=facts.rules,
            )
        )
        horizon = facts.settings.credential_horizon_days
        for extra in (
            expiry_finding(probe.expires_at, facts.moment, horizon),
            reauth_finding(facts.latest_delivery.get(entry.account_id)),
        ):
            if extra is not None:
                entry.findings.append(extra)
    return finding.level == "fail"


def _as_finding(issue: RegistryIssue) -> HealthFinding:
    return HealthFinding(
        check=issue.rule,
        level="fail" if issue.severity == "error" else "warn",
        message=issue.message,
        source=issue.source,
        details={"unit": issue.unit, "platform": issue.platform, "accounts": list(issue.accounts)},
    )


def _registry_findings(account: Account, issues: Sequence[RegistryIssue]) -> list[HealthFinding]:
    found = [
        _as_finding(i)
        for i in issues
        if account.id in i.accounts and not (i.rule == "R-ONE-ACCOUNT" and i.severity == "warning")
    ]
    if account.is_active and not any(f.check == "R-ONE-ACCOUNT" for f in found):
        found.append(
            HealthFinding(
                check="R-ONE-ACCOUNT",
                level="ok",
                message="同一平台仅此一个在用账号（或已登记例外）",
                source="国办发〔2018〕123号 四(一)",
            )
        )
    return found


async def _probe_all(
    accounts: Sequence[Account],
    *,
    remote: bool,
    seconds: float,
    client: httpx.AsyncClient | None,
) -> dict[str, _Probe]:
    own_client = client is None
    http = client or make_http_client(timeout=seconds)
    limit = asyncio.Semaphore(_PROBES)
    try:
        results = await asyncio.gather(
            *(_probe(a, http, remote=remote, seconds=seconds, limit=limit) for a in accounts)
        )
    finally:
        if own_client:
            await http.aclose()
    return {a.id: r for a, r in zip(accounts, results, strict=True)}


async def _probe(
    account: Account,
    client: httpx.AsyncClient,
    *,
    remote: bool,
    seconds: float,
    limit: asyncio.Semaphore,
) -> _Probe:
    probe = _Probe()
    try:
        adapter: Adapter = get_adapter_class(account.platform)(
            ready_account(account), client=client
        )
    except GovpubError as exc:
        probe.notes.append(f"无法加载平台适配器：{exc}")
        return probe
    try:
        probe.interaction = adapter.interaction_enabled()
        probe.expires_at = adapter.credentials_expire_at()
        if remote:
            async with limit:
                probe.latest = await _latest(adapter, seconds, probe.notes)
        else:
            probe.notes.append("未查询平台（--no-remote），仅依据台账")
    finally:
        await adapter.aclose()
    return probe


async def _latest(adapter: Adapter, seconds: float, notes: list[str]) -> datetime | None:
    """The platform's latest publication, or ``None`` with a note saying why not."""
    try:
        latest = await asyncio.wait_for(adapter.latest_publication(), seconds)
    except NotSupported:
        notes.append("平台适配器不支持查询最新发布，仅依据台账")
    except PlatformError as exc:
        notes.append(
            f"查询平台最新发布失败（{exc.kind}{' ' + str(exc.code) if exc.code else ''}），"
            "仅依据台账"
        )
    except TimeoutError:
        notes.append(f"查询平台最新发布超时（{seconds:g} 秒），仅依据台账")
    except Exception as exc:  # a health check must not crash on one platform
        _log.warning("govpub.health.latest_failed", account=adapter.account.id, error=repr(exc))
        notes.append(f"查询平台最新发布出错（{type(exc).__name__}），仅依据台账")
    else:
        if latest is not None and latest.utcoffset() is None:
            notes.append("平台返回的最新发布时间没有时区，未采用")
            return None
        return latest
    return None
