"""R-FILING in ``govpub health``: unfiled events, and config and filings that disagree.

开设、变更、关停、注销 must be filed (备案) with the 全国政务新媒体信息报送系统
(国办发〔2018〕123号); Hubei: within 5 working days [local].  "已停止维护的账号未履行
注销程序" is on the 国办公开办 problem list (rules.md §3).  Every finding here is a
warning: the filing is an administrative duty, not a 单项否决 item.

* an event with no ``filed_on`` later than the profile's working days → warn;
* the config's ``status`` and the latest filing disagree (``closed`` without a
  关停 on record, an open account whose last filing is 注销…), or its name or
  unit differs from the latest filing's → warn;
* an open account with no filing at all → warn (``[health]
  filing_record_required = false`` turns this off for matrices whose history
  predates govpub — or back-fill it: ``govpub accounts open ID --date … --filed …``);
* a suspended account that has stopped updating (dormant past the fail line)
  and has no 关停/注销 on record → warn;
* an account the ledger knows as open but the config no longer lists → warn.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from datetime import date

from govpub.health.filings import EXPECTED_STATUS, KIND_LABELS, FilingEvent
from govpub.health.profiles import RuleProfile
from govpub.health.results import HealthFinding
from govpub.health.workdays import WorkCalendar
from govpub.model import Account

__all__ = ["FILING_SOURCE", "account_filing_findings", "orphan_filing_findings"]

FILING_SOURCE = (
    "国办发〔2018〕123号：开设、变更、关停、注销应向全国政务新媒体信息报送系统备案；"
    "湖北办法：5个工作日内（[local]）"
)
_STATUS_LABELS = {"active": "在用", "suspended": "暂停", "closed": "关停", "cancelled": "注销"}


def _warn(message: str, **details: object) -> HealthFinding:
    return HealthFinding(
        check="R-FILING", level="warn", message=message, source=FILING_SOURCE, details=details
    )


def account_filing_findings(
    account: Account,
    events: Sequence[FilingEvent],
    *,
    today: date,
    profile: RuleProfile,
    calendar: WorkCalendar,
    record_required: bool = True,
    stopped_updating: bool = False,
) -> list[HealthFinding]:
    """The filing warnings of one configured account (``events`` oldest first)."""
    findings: list[HealthFinding] = []
    for event in events:
        if event.filed_on is not None or event.event_date > today:
            continue
        deadline = calendar.add_working_days(event.event_date, profile.filing_working_days)
        if today > deadline:
            findings.append(
                _warn(
                    f"{event.label}（#{event.id}，{event.event_date.isoformat()}）尚未报送备案，"
                    f"已超过 {profile.filing_working_days} 个工作日（截止 {deadline.isoformat()}）",
                    filing=event.id,
                    kind=event.kind,
                    deadline=deadline.isoformat(),
                )
            )
    latest = events[-1] if events else None
    status = account.status
    if latest is None:
        if status in ("closed", "cancelled"):
            findings.append(
                _warn(
                    f"配置中账号状态为“{_STATUS_LABELS[status]}”，但没有对应的"
                    f"{'关停' if status == 'closed' else '注销'}备案记录",
                    status=status,
                )
            )
        elif record_required:
            findings.append(
                _warn(
                    "没有开设备案记录；请补录（govpub accounts open … --date … --filed …）",
                    status=status,
                )
            )
    elif status not in EXPECTED_STATUS[latest.kind]:
        findings.append(
            _warn(
                f"配置中账号状态为“{_STATUS_LABELS.get(status, status)}”，与最近备案"
                f"“{KIND_LABELS[latest.kind]}”（#{latest.id}，{latest.event_date.isoformat()}）不一致；"
                "请修改 govpub.toml 或补录备案",
                status=status,
                filing=latest.id,
                kind=latest.kind,
            )
        )
    if latest is not None and (latest.account_name, latest.unit) != (account.name, account.unit):
        findings.append(
            _warn(
                f"配置中的账号名称/主办单位（{account.name}，{account.unit}）与最近备案"
                f"（#{latest.id}：{latest.account_name}，{latest.unit}）不一致；"
                "请修改 govpub.toml，或登记变更备案（govpub accounts change）",
                filing=latest.id,
            )
        )
    if (
        stopped_updating
        and status == "suspended"
        and (latest is None or latest.kind not in ("closed", "cancelled"))
    ):
        findings.append(
            _warn(
                "账号已暂停且长期未更新，但未办理关停/注销备案（“已停止维护的账号未履行注销程序”）",
                status=status,
            )
        )
    return findings


def orphan_filing_findings(
    latest: Mapping[str, FilingEvent], configured: Sequence[str]
) -> list[HealthFinding]:
    """Accounts the ledger knows as not cancelled that the configuration no longer lists."""
    known = set(configured)
    return [
        _warn(
            f"账号 {event.account_id}（{event.account_name}）不在配置中，但最近备案为"
            f"“{event.label}”（#{event.id}），未办理注销备案",
            account=event.account_id,
            filing=event.id,
        )
        for account_id, event in sorted(latest.items())
        if account_id not in known and event.kind != "cancelled"
    ]
