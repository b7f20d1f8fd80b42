"""R-DORMANT: 内容不更新 — days without update, from the ledger and the platform.

"监测时间点前2周内无更新" is a 单项否决 item for 政务新媒体 (国办秘函〔2019〕19号;
the 2-week reading from 咸阳 2021, 汉台区 2022, 渭南, 紫阳 and the 国办公开办 list
"发布类账号2周内无更新" [local]; rules.md §3).  Days are *calendar days* in the
agency's time zone between the last update and the check — see
:mod:`govpub.health.profiles` for why the boundary is where it is:
with the national profile 9 → ok, 10 → warn, 13 → warn, 14 → fail, 15 → fail.

The last update is the later of the ledger's last still-visible publication and
the platform's answer to :meth:`~govpub.platforms.base.Adapter.latest_publication`
(so posts made outside govpub count).  A platform answer later than the check
time is ignored (a check "as of" a past date cannot use it).  A new account
with no publication yet counts from its 开设 filing date.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, datetime, tzinfo
from typing import Literal

from govpub.health.profiles import RuleProfile
from govpub.health.results import HealthFinding, Level

__all__ = ["DORMANT_SOURCE", "LastUpdate", "days_without_update", "dormancy_finding", "last_update"]

DORMANT_SOURCE = (
    "国办秘函〔2019〕19号 单项否决“内容不更新”：监测时间点前2周内无更新"
    "（2周口径：咸阳2021、汉台区2022、渭南、紫阳；国办公开办问题清单“发布类账号2周内无更新”）"
)

UpdateSource = Literal["ledger", "platform", "opened"]


@dataclass(frozen=True)
class LastUpdate:
    """When the account was last updated, and how govpub knows."""

    at: datetime | date
    source: UpdateSource


def days_without_update(last: datetime | date, at: datetime, tz: tzinfo) -> int:
    """Calendar days between the last update's date and the check's date, in ``tz``."""
    last_day = last.astimezone(tz).date() if isinstance(last, datetime) else last
    return (at.astimezone(tz).date() - last_day).days


def last_update(
    ledger: datetime | None,
    platform: datetime | None,
    opened: date | None,
    at: datetime,
) -> LastUpdate | None:
    """The later of the ledger's and the platform's last publication (not after ``at``).

    Only when neither knows a publication does the 开设 date stand in.
    """
    candidates: list[LastUpdate] = []
    if ledger is not None and ledger <= at:
        candidates.append(LastUpdate(ledger, "ledger"))
    if platform is not None and platform <= at:
        candidates.append(LastUpdate(platform, "platform"))
    if candidates:
        return max(candidates, key=lambda c: c.at)
    if opened is not None and opened <= at.date():
        return LastUpdate(opened, "opened")
    return None


def dormancy_finding(
    last: LastUpdate | None, at: datetime, profile: RuleProfile, tz: tzinfo
) -> tuple[HealthFinding, int | None]:
    """The R-DORMANT finding and the days without update (``None`` when unknown)."""
    warn, fail = profile.dormant_warn_days, profile.dormant_fail_days
    thresholds = {"warn_days": warn, "fail_days": fail, "profile": profile.name}
    if last is None:
        return (
            HealthFinding(
                check="R-DORMANT",
                level="warn",
                message="台账和平台均无发布记录，无法确认更新情况；请核实账号是否在更新",
                source=DORMANT_SOURCE,
                details=thresholds,
            ),
            None,
        )
    days = days_without_update(last.at, at, tz)
    when = last.at.astimezone(tz).date() if isinstance(last.at, datetime) else last.at
    basis = {"ledger": "台账", "platform": "平台", "opened": "开设备案日期"}[last.source]
    details = {**thresholds, "days": days, "last_update": when.isoformat(), "basis": last.source}
    level: Level
    if days >= fail:
        level, message = (
            "fail",
            f"已 {days} 天未更新（最近：{when.isoformat()}，依据{basis}）："
            f"监测时间点前{fail}天内无更新，属单项否决“内容不更新”",
        )
    elif days >= warn:
        level, message = (
            "warn",
            f"已 {days} 天未更新（最近：{when.isoformat()}，依据{basis}）；"
            f"第 {fail} 天起判定为“内容不更新”，请尽快更新",
        )
    else:
        level, message = "ok", f"最近更新：{when.isoformat()}（{days} 天前，依据{basis}）"
    return (
        HealthFinding(
            check="R-DORMANT",
            level=level,
            message=message,
            source=DORMANT_SOURCE,
            details=details,
        ),
        days,
    )
