"""R-INTERACT-REPLY: 互动回应差 — messages from the public left unanswered.

A working channel is not enough: the 互动回应差 item of 国办秘函〔2019〕19号
is about answering.  No national reply time for new media is confirmed
(rules.md §3 R-INTERACT, UNCONFIRMED), so the rule profile decides: an open
message past its deadline (``reply_working_days``, default 5 working days)
**warns**; one unanswered for more than ``reply_limit_days`` (default 90
calendar days, the website analogue's "3 months") **fails** the account.
"""

from __future__ import annotations

from collections.abc import Sequence
from datetime import date, tzinfo

from govpub.health.profiles import RuleProfile
from govpub.health.results import HealthFinding
from govpub.inbox.deadlines import is_overdue, past_limit
from govpub.interactions import Interaction

__all__ = ["REPLY_SOURCE", "reply_finding"]

REPLY_SOURCE = (
    "国办秘函〔2019〕19号 单项否决“互动回应差”；答复时限全国未明确（UNCONFIRMED），"
    "按规则配置：逾期预警、超过上限不合格"
)


def reply_finding(
    items: Sequence[Interaction], *, today: date, tz: tzinfo, profile: RuleProfile
) -> HealthFinding:
    """The verdict on one account's open interactions as of ``today``."""
    overdue = [i for i in items if is_overdue(i, today)]
    too_old = [i for i in items if past_limit(i, today, tz, profile)]
    details = {
        "open": sum(1 for i in items if i.is_open),
        "overdue": len(overdue),
        "past_limit": len(too_old),
        "oldest_due_on": min((i.due_on for i in overdue), default=None),
        "reply_working_days": profile.reply_working_days,
        "reply_limit_days": profile.reply_limit_days,
    }
    if too_old:
        return HealthFinding(
            check="R-INTERACT-REPLY",
            level="fail",
            message=f"{len(too_old)} 条群众留言超过 {profile.reply_limit_days} 天未答复",
            source=REPLY_SOURCE,
            details=details,
        )
    if overdue:
        return HealthFinding(
            check="R-INTERACT-REPLY",
            level="warn",
            message=f"{len(overdue)} 条群众留言已超过答复期限"
            f"（{profile.reply_working_days} 个工作日），"
            f"最早应于 {details['oldest_due_on']} 前答复",
            source=REPLY_SOURCE,
            details=details,
        )
    return HealthFinding(
        check="R-INTERACT-REPLY",
        level="ok",
        message=f"无逾期未答复的群众留言（待答复 {details['open']} 条）",
        source=REPLY_SOURCE,
        details=details,
    )
