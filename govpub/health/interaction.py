"""R-INTERACT: 互动回应差 — an account without a working interaction channel fails.

For 政务新媒体 the checked failure is "未提供有效互动功能" (no working comment,
留言 or private-message channel): 连云港 2023 "未提供有效互动功能（3个）", 常德
2020, 西昌 2024 [local]; the indicator is one of the three 单项否决 items of
国办秘函〔2019〕19号 (rules.md §2, §3).  The adapter answers from the account's
settings (:meth:`~govpub.platforms.base.Adapter.interaction_enabled`: WeChat
``need_open_comment``, Weibo and own app ``comments_enabled``).

A reply-time SLA for 留言 has no national number for new media (UNCONFIRMED);
govpub does not check reply times yet.
"""

from __future__ import annotations

from govpub.health.profiles import RuleProfile
from govpub.health.results import HealthFinding

__all__ = ["INTERACT_SOURCE", "interaction_finding"]

INTERACT_SOURCE = (
    "国办秘函〔2019〕19号 单项否决“互动回应差”：未提供有效互动功能"
    "（连云港2023、常德2020、西昌2024 通报口径）"
)


def interaction_finding(enabled: bool | None, profile: RuleProfile) -> HealthFinding:
    """Fail (or warn, if the profile relaxes it) when interaction is switched off."""
    if enabled is False:
        return HealthFinding(
            check="R-INTERACT",
            level="fail" if profile.interaction_required else "warn",
            message="未开启留言/评论等互动功能：“未提供有效互动功能”属单项否决“互动回应差”",
            source=INTERACT_SOURCE,
            details={"interaction": False},
        )
    if enabled is None:
        return HealthFinding(
            check="R-INTERACT",
            level="ok",
            message="平台适配器未报告互动设置，请人工确认留言/评论功能可用",
            source=INTERACT_SOURCE,
            details={"interaction": None},
        )
    return HealthFinding(
        check="R-INTERACT",
        level="ok",
        message="互动功能已开启",
        source=INTERACT_SOURCE,
        details={"interaction": True},
    )
