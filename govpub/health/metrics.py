"""Assessment figures per account, per unit and for the matrix, over a period.

What supervisors and annual assessments ask about a matrix (the 年度考核 rows
themselves are UNCONFIRMED, rules.md §2 — these are the facts they are built
from), all read from the ledger and its audit trail:

* **publications** — deliveries that reached ``published`` in the period
  (retracted later or not), and the distinct **posts** behind them;
* **original vs reprint** (原创比例) — a post with a ``source`` is a reprint
  (123号 四(二): reprints carry their source), read from the stored post;
* **longest gap** without an update inside the period (from the start of the
  period, or the first publication, to the next; the last one runs to the end
  of the period or to now);
* **delivery success rate** — of the deliveries planned in the period that have
  settled, the share that reached ``published``;
* **median time to publish** — from submission (or the scheduled time, when
  later) to ``published``;
* **retractions** — deliveries taken down in the period;
* **compliance findings by rule** — the non-blocking findings stored with each
  post (``post.submitted`` / ``check.completed`` audit records); a ledger
  without them simply shows none, and ``findings_recorded`` says so;
* **review turnaround per tier** — from the stored approvals: hours from the
  previous tier's approval to this tier's (tier 1 has no recorded start: govpub
  does not know when a draft entered review), and hours from each tier's
  approval to submission;
* **interaction** (政民互动) — received, response rate, median hours to reply,
  open and overdue (:mod:`govpub.inbox.metrics`).
"""

from __future__ import annotations

import itertools
import statistics
from collections import Counter, defaultdict
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass, field
from datetime import UTC, date, datetime, timedelta, tzinfo
from typing import Any, Literal

from govpub.config import Matrix
from govpub.health.history import SETTLED_STATES, LedgerHistory, Outcome, PostFacts, Publication
from govpub.inbox.metrics import InteractionStats, interaction_stats
from govpub.interactions import Interaction
from govpub.ledger import Ledger

__all__ = ["Gap", "MetricsReport", "ScopeMetrics", "TierStats", "compute_metrics"]

Scope = Literal["account", "unit", "matrix"]


@dataclass(frozen=True)
class Gap:
    """The longest stretch without an update."""

    days: float
    start: datetime
    end: datetime


@dataclass(frozen=True)
class TierStats:
    """Review timings of one tier."""

    approvals: int
    median_hours_from_previous: float | None
    median_hours_before_submission: float | None


@dataclass
class ScopeMetrics:
    """The figures of one account, one unit, or the whole matrix."""

    scope: Scope
    key: str
    name: str
    unit: str | None = None
    platform: str | None = None
    publications: int = 0
    posts: int = 0
    originals: int = 0
    reprints: int = 0
    longest_gap: Gap | None = None
    deliveries_settled: int = 0
    deliveries_published: int = 0
    median_minutes_to_publish: float | None = None
    retractions: int = 0
    findings: dict[str, int] = field(default_factory=dict)
    findings_recorded: bool = False
    review: dict[int, TierStats] = field(default_factory=dict)
    daily: Counter[date] = field(default_factory=Counter)
    daily_reprints: Counter[date] = field(default_factory=Counter)
    interaction: InteractionStats = field(default_factory=InteractionStats)

    @property
    def original_ratio(self) -> float | None:
        """原创比例: originals / publications (``None`` without publications)."""
        return self.originals / self.publications if self.publications else None

    @property
    def success_rate(self) -> float | None:
        """Published / settled deliveries (``None`` when nothing settled)."""
        if not self.deliveries_settled:
            return None
        return self.deliveries_published / self.deliveries_settled

    def to_dict(self) -> dict[str, Any]:
        """JSON-ready form (without the per-day series)."""
        return {
            "scope": self.scope,
            "key": self.key,
            "name": self.name,
            "unit": self.unit,
            "platform": self.platform,
            "publications": self.publications,
            "posts": self.posts,
            "originals": self.originals,
            "reprints": self.reprints,
            "original_ratio": _round(self.original_ratio, 4),
            "longest_gap": None
            if self.longest_gap is None
            else {
                "days": round(self.longest_gap.days, 2),
                "from": self.longest_gap.start.isoformat(),
                "to": self.longest_gap.end.isoformat(),
            },
            "deliveries_settled": self.deliveries_settled,
            "deliveries_published": self.deliveries_published,
            "success_rate": _round(self.success_rate, 4),
            "median_minutes_to_publish": _round(self.median_minutes_to_publish, 2),
            "retractions": self.retractions,
            "findings": dict(sorted(self.findings.items())),
            "findings_recorded": self.findings_recorded,
            "review": {
                str(tier): {
                    "approvals": stats.approvals,
                    "median_hours_from_previous": _round(stats.median_hours_from_previous, 2),
                    "median_hours_before_submission": _round(
                        stats.median_hours_before_submission, 2
                    ),
                }
                for tier, stats in sorted(self.review.items())
            },
            "interaction": self.interaction.to_dict(),
        }


@dataclass
class MetricsReport:
    """The figures of a period: every account, every unit, and the matrix."""

    since: datetime
    until: datetime
    accounts: list[ScopeMetrics]
    units: list[ScopeMetrics]
    matrix: ScopeMetrics
    tz: tzinfo = UTC

    def to_dict(self) -> dict[str, Any]:
        """JSON-ready form (``govpub metrics --format json``)."""
        return {
            "since": self.since.isoformat(),
            "until": self.until.isoformat(),
            "matrix": self.matrix.to_dict(),
            "units": [u.to_dict() for u in self.units],
            "accounts": [a.to_dict() for a in self.accounts],
        }

    def rows(self) -> list[dict[str, Any]]:
        """Flat rows (accounts, units, the matrix) for CSV; one column per rule and tier."""
        scopes = [*self.accounts, *self.units, self.matrix]
        rules = sorted({rule for s in scopes for rule in s.findings})
        tiers = sorted({tier for s in scopes for tier in s.review})
        rows = []
        for s in scopes:
            data = s.to_dict()
            gap = data.pop("longest_gap") or {}
            data.pop("findings")
            data.pop("review")
            for name, value in data.pop("interaction").items():
                data[f"interaction_{name}"] = value
            row: dict[str, Any] = {
                **data,
                "longest_gap_days": gap.get("days"),
                "longest_gap_from": gap.get("from"),
                "longest_gap_to": gap.get("to"),
                "findings_total": sum(s.findings.values()),
            }
            for rule in rules:
                row[f"findings:{rule}"] = s.findings.get(rule, 0)
            for tier in tiers:
                stats = s.review.get(tier)
                row[f"review_tier{tier}_approvals"] = stats.approvals if stats else 0
                row[f"review_tier{tier}_median_hours_from_previous"] = (
                    _round(stats.median_hours_from_previous, 2) if stats else None
                )
                row[f"review_tier{tier}_median_hours_before_submission"] = (
                    _round(stats.median_hours_before_submission, 2) if stats else None
                )
            rows.append(row)
        return rows


def compute_metrics(
    matrix: Matrix,
    ledger: Ledger,
    *,
    since: datetime,
    until: datetime,
    tz: tzinfo = UTC,
    now: datetime | None = None,
) -> MetricsReport:
    """The figures of ``[since, until)`` for every account, every unit and the whole matrix."""
    if since.utcoffset() is None or until.utcoffset() is None:
        raise ValueError("since and until need a time zone")
    if until <= since:
        raise ValueError("until must be after since")
    end = min(until, now or datetime.now(UTC))
    end = max(end, since)
    history = LedgerHistory(ledger)
    publications = history.publications(since, until)
    outcomes = history.outcomes(since, until)
    retracted = history.retractions(since, until)
    posts = history.posts([p.post_id for p in publications])
    published_by: dict[str, list[Publication]] = defaultdict(list)
    for publication in publications:
        published_by[publication.account_id].append(publication)
    outcomes_by: dict[str, list[Outcome]] = defaultdict(list)
    for outcome in outcomes:
        outcomes_by[outcome.account_id].append(outcome)
    retracted_by = Counter(retracted)
    received_by: dict[str, list[Interaction]] = defaultdict(list)
    for item in ledger.interactions():
        if since <= item.received_at < until:
            received_by[item.account_id].append(item)
    today = end.astimezone(tz).date()

    def scope(
        kind: Scope,
        key: str,
        name: str,
        members: Sequence[str],
        *,
        unit: str | None = None,
        platform: str | None = None,
    ) -> ScopeMetrics:
        metrics = ScopeMetrics(
            scope=kind,
            key=key,
            name=name,
            unit=unit,
            platform=platform,
            interaction=interaction_stats(
                (i for m in members for i in received_by.get(m, ())), today
            ),
        )
        return _scope(
            metrics,
            sorted(
                (p for m in members for p in published_by.get(m, ())),
                key=lambda p: p.published_at,
            ),
            [o for m in members for o in outcomes_by.get(m, ())],
            sum(retracted_by.get(m, 0) for m in members),
            posts,
            since=since,
            end=end,
            tz=tz,
        )

    accounts = [
        scope("account", a.id, a.name, [a.id], unit=a.unit, platform=a.platform)
        for a in matrix.accounts
    ]
    by_unit: dict[str, list[str]] = defaultdict(list)
    for account in matrix.accounts:
        by_unit[account.unit].append(account.id)
    units = [scope("unit", u, u, ids, unit=u) for u, ids in sorted(by_unit.items())]
    whole = scope("matrix", "matrix", "矩阵合计", [a.id for a in matrix.accounts])
    return MetricsReport(
        since=since, until=until, accounts=accounts, units=units, matrix=whole, tz=tz
    )


def _scope(
    metrics: ScopeMetrics,
    publications: Sequence[Publication],
    outcomes: Sequence[Outcome],
    retractions: int,
    posts: Mapping[str, PostFacts],
    *,
    since: datetime,
    end: datetime,
    tz: tzinfo,
) -> ScopeMetrics:
    metrics.publications = len(publications)
    post_ids = sorted({p.post_id for p in publications})
    metrics.posts = len(post_ids)
    waits = []
    for publication in publications:
        facts = posts.get(publication.post_id)
        reprint = facts is not None and facts.is_reprint
        day = publication.published_at.astimezone(tz).date()
        metrics.daily[day] += 1
        if reprint:
            metrics.reprints += 1
            metrics.daily_reprints[day] += 1
        else:
            metrics.originals += 1
        if facts is not None:
            start = max(facts.created_at, facts.publish_at or facts.created_at)
            waits.append((publication.published_at - start).total_seconds() / 60)
    metrics.median_minutes_to_publish = statistics.median(waits) if waits else None
    metrics.longest_gap = _longest_gap(
        [p.published_at.astimezone(tz) for p in publications],
        since.astimezone(tz),
        end.astimezone(tz),
    )
    settled = [o for o in outcomes if o.state in SETTLED_STATES]
    metrics.deliveries_settled = len(settled)
    metrics.deliveries_published = sum(1 for o in settled if o.published)
    metrics.retractions = retractions
    facts_in_scope = [posts[i] for i in post_ids if i in posts]
    metrics.findings = dict(
        Counter(
            str(f.get("rule", "unknown")) for facts in facts_in_scope for f in facts.findings or ()
        )
    )
    metrics.findings_recorded = any(facts.findings is not None for facts in facts_in_scope)
    metrics.review = _review(facts_in_scope)
    return metrics


def _longest_gap(times: Iterable[datetime], since: datetime, end: datetime) -> Gap | None:
    points = [since, *sorted(t for t in times if since <= t <= end), end]
    best: Gap | None = None
    for start, stop in itertools.pairwise(points):
        days = (stop - start) / timedelta(days=1)
        if best is None or days > best.days:
            best = Gap(days=days, start=start, end=stop)
    return best


def _review(posts: Sequence[PostFacts]) -> dict[int, TierStats]:
    from_previous: dict[int, list[float]] = defaultdict(list)
    before_submission: dict[int, list[float]] = defaultdict(list)
    counts: Counter[int] = Counter()
    for post in posts:
        timed = []
        for approval in post.approvals:
            when = _time(approval.get("time"))
            if when is not None:
                timed.append((approval.get("tier"), when))
        timed.sort(key=lambda item: item[1])
        tiers: dict[int, datetime] = {}
        for position, (tier, when) in enumerate(timed, start=1):
            number = tier if isinstance(tier, int) else position
            tiers.setdefault(number, when)
            counts[number] += 1
            before_submission[number].append((post.created_at - when).total_seconds() / 3600)
        for number, when in tiers.items():
            previous = tiers.get(number - 1)
            if previous is not None:
                from_previous[number].append((when - previous).total_seconds() / 3600)
    return {
        tier: TierStats(
            approvals=counts[tier],
            median_hours_from_previous=(
                statistics.median(from_previous[tier]) if from_previous[tier] else None
            ),
            median_hours_before_submission=(
                statistics.median(before_submission[tier]) if before_submission[tier] else None
            ),
        )
        for tier in sorted(counts)
    }


def _time(value: Any) -> datetime | None:
    if not isinstance(value, str):
        return None
    try:
        parsed = datetime.fromisoformat(value)
    except ValueError:
        return None
    return parsed if parsed.utcoffset() is not None else None


def _round(value: float | None, digits: int) -> float | None:
    return None if value is None else round(value, digits)
