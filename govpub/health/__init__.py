"""Matrix governance (矩阵治理): registry rules, filings, dormant and silent accounts, metrics.

Inspectors judge a matrix by its accounts (国办秘函〔2019〕19号): no update in the
two weeks before a check fails outright (内容不更新), so does an account without
a working interaction channel (未提供有效互动功能); a unit may in principle hold
one account per platform, and every 开设、变更、关停、注销 must be filed
(国办发〔2018〕123号).  This package tells an agency where it stands first:

* :func:`check_health` / :func:`check_health_sync` → :class:`HealthReport`;
* :class:`FilingRegistry` — lifecycle events in the ledger, exported for 备案;
* :func:`compute_metrics` → :class:`MetricsReport` (assessment figures);
* :func:`render_report` — one self-contained HTML page for supervisors;
* :func:`check_registry` — the registry rules as a non-raising report
  (the configuration loader enforces the one-account rule itself).

Modules: ``profiles`` (thresholds), ``settings`` (``[health]``), ``registry``,
``dormancy``, ``interaction``, ``credentials``, ``filings``, ``filing_status``,
``history`` (ledger reads), ``check``, ``metrics``, ``report``, ``charts``.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from govpub import _lazy

if TYPE_CHECKING:  # imported on first use (govpub._lazy): reading [health] needs only settings
    from govpub.health.check import check_health, check_health_sync
    from govpub.health.filings import FilingEvent, FilingRegistry
    from govpub.health.metrics import MetricsReport, ScopeMetrics, compute_metrics
    from govpub.health.profiles import NATIONAL, RuleProfile
    from govpub.health.registry import MatrixException, RegistryIssue, check_registry
    from govpub.health.report import render_report
    from govpub.health.results import AccountHealth, HealthFinding, HealthReport
    from govpub.health.settings import HealthSettings

__all__ = [
    "NATIONAL",
    "AccountHealth",
    "FilingEvent",
    "FilingRegistry",
    "HealthFinding",
    "HealthReport",
    "HealthSettings",
    "MatrixException",
    "MetricsReport",
    "RegistryIssue",
    "RuleProfile",
    "ScopeMetrics",
    "check_health",
    "check_health_sync",
    "check_registry",
    "compute_metrics",
    "render_report",
]

#: Where each public name lives.
_EXPORTS: dict[str, str] = {
    "AccountHealth": "govpub.health.results",
    "FilingEvent": "govpub.health.filings",
    "FilingRegistry": "govpub.health.filings",
    "HealthFinding": "govpub.health.results",
    "HealthReport": "govpub.health.results",
    "HealthSettings": "govpub.health.settings",
    "MatrixException": "govpub.health.registry",
    "MetricsReport": "govpub.health.metrics",
    "NATIONAL": "govpub.health.profiles",
    "RegistryIssue": "govpub.health.registry",
    "RuleProfile": "govpub.health.profiles",
    "ScopeMetrics": "govpub.health.metrics",
    "check_health": "govpub.health.check",
    "check_health_sync": "govpub.health.check",
    "check_registry": "govpub.health.registry",
    "compute_metrics": "govpub.health.metrics",
    "render_report": "govpub.health.report",
}


def __getattr__(name: str) -> Any:
    """A public name, imported from its module on first use."""
    return _lazy.load(globals(), _EXPORTS, name)


def __dir__() -> list[str]:
    """The package's attributes and every public name, imported or not yet."""
    return _lazy.names(globals(), _EXPORTS)
