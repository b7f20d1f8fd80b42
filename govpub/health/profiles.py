"""Rule profiles: the thresholds inspectors apply, national by default, regional in config.

The national inspection regime (国办秘函〔2019〕19号) judges 政务新媒体 pass/fail on
单项否决 items; regions add their own cadences and deadlines (rules.md §2), so the
numbers live in a *profile*, not in code.  ``national`` is built in::

    [health]
    profile = "minhou"                  # the default profile for `govpub health`

    [health.profiles.minhou]            # a regional profile: unset keys come from national
    label = "闽侯县（每10天至少更新1次）"
    dormant_warn_days = 7
    dormant_fail_days = 10
    reply_working_days = 3              # 政民互动: answer within 3 working days

**How days are counted (R-DORMANT).**  "监测时间点前2周内无更新" fails an account.
govpub counts *calendar days* in the agency's time zone (UTC+8 by default)
between the date of the last publication and the date of the check:
``days = check_date − last_publication_date``.  The two weeks "before the check
time" are read as the 14 calendar days that end with the check day (D−13 … D,
inclusive): an account whose last update is on D−14 or earlier has *14 or more
days without update* and **fails**; 10 to 13 days **warn** (闽侯县 asks for an
update "每10天内"); 0 to 9 days are fine.  So 9 → ok, 10 → warn, 13 → warn,
14 → fail, 15 → fail.

This is the strictest reading that the wording allows: it fails whatever a
rolling 14 × 24 h window ending at the check instant would fail (calendar days
are never fewer than whole elapsed days), and one day earlier than the lenient
reading that counts D−14 itself as inside the window.  The national row's
literal text is UNCONFIRMED (rules.md §3, R-DORMANT cites 咸阳 2021, 汉台区 2022,
渭南, 紫阳 "每两周至少更新一次" and the 国办公开办 problem list "发布类账号2周内无更新"
[local]); a region that reads it leniently sets ``dormant_fail_days = 15``.
"""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

from pydantic import BaseModel, ConfigDict, Field, ValidationError, model_validator

from govpub.errors import ConfigError

__all__ = ["NATIONAL", "RuleProfile", "load_profiles"]


class RuleProfile(BaseModel):
    """The thresholds of one inspection regime."""

    model_config = ConfigDict(frozen=True, extra="forbid")

    name: str = Field(pattern=r"^[A-Za-z0-9][A-Za-z0-9_.-]{0,63}$")
    label: str = ""
    dormant_warn_days: int = Field(
        10, ge=1, description="calendar days without update that warn (闽侯县 '每10天内')"
    )
    dormant_fail_days: int = Field(
        14, ge=1, description="calendar days without update that fail (内容不更新: 2 weeks)"
    )
    filing_working_days: int = Field(
        5, ge=0, description="working days to file 开设/变更/关停/注销 (湖北 5 working days)"
    )
    interaction_required: bool = Field(
        True, description="no working interaction channel fails (未提供有效互动功能)"
    )
    reply_working_days: int = Field(
        5,
        ge=1,
        le=250,
        description="working days to answer a public message; later is overdue and warns "
        "(no national number for new media: R-INTERACT, suggested 5)",
    )
    reply_limit_days: int = Field(
        90,
        ge=1,
        le=3660,
        description="calendar days a message may stay unanswered before the account fails "
        "(互动回应差; the website analogue's 3 months)",
    )
    sources: tuple[str, ...] = ()

    @model_validator(mode="after")
    def _ordered(self) -> RuleProfile:
        if self.dormant_warn_days > self.dormant_fail_days:
            raise ValueError(
                f"dormant_warn_days ({self.dormant_warn_days}) must not exceed "
                f"dormant_fail_days ({self.dormant_fail_days})"
            )
        # A working day is at least a calendar day: a limit shorter than the deadline
        # would fail an account before its messages were even overdue.
        if self.reply_limit_days < self.reply_working_days:
            raise ValueError(
                f"reply_limit_days ({self.reply_limit_days}) must not be shorter than "
                f"reply_working_days ({self.reply_working_days})"
            )
        return self


NATIONAL = RuleProfile(
    name="national",
    label="全国（国办秘函〔2019〕19号 单项否决指标）",
    sources=(
        "国办秘函〔2019〕19号《政府网站与政务新媒体检查指标》单项否决：内容不更新、互动回应差",
        "“发布类账号2周内无更新” — 国办公开办问题清单 "
        "(http://www1.jilinxinxicj.com/pgst/pgst/3690.html) [local]",
        "预警10天：闽侯县“每10天内”更新 (http://www.js-changyou.com/xjwz/zwgk/tzgg/"
        "zfwzyzwxmt/202505/t20250516_5020050.htm) [local]",
        "“未提供有效互动功能” — 连云港 2023 (rules.md §3 R-INTERACT) [local]",
        "备案5个工作日：湖北办法 (http://m-wangshuo.cjyun.org/p/127185.html) [local]",
        "留言答复：全国无新媒体时限（UNCONFIRMED），建议5个工作日预警、3个月未答复告警 "
        "(rules.md §3 R-INTERACT)",
    ),
)


def load_profiles(section: Mapping[str, Any], *, file: str | None = None) -> dict[str, RuleProfile]:
    """``national`` plus every ``[health.profiles.<name>]`` (unset keys inherit from national).

    A regional table may also set ``based_on = "<name>"`` to inherit from
    another profile defined before it or built in.
    """
    profiles: dict[str, RuleProfile] = {NATIONAL.name: NATIONAL}
    for name, table in section.items():
        key = f"health.profiles.{name}"
        if not isinstance(table, Mapping):
            raise ConfigError("expected a table", file=file, key=key)
        values = dict(table)
        parent_name = str(values.pop("based_on", NATIONAL.name))
        parent = profiles.get(parent_name)
        if parent is None:
            raise ConfigError(
                f"based_on names an unknown profile {parent_name!r}; "
                f"known: {', '.join(sorted(profiles))}",
                file=file,
                key=f"{key}.based_on",
            )
        merged = {**parent.model_dump(), "label": "", "sources": (), **values, "name": name}
        try:
            profiles[name] = RuleProfile.model_validate(merged)
        except ValidationError as exc:
            error = exc.errors(include_url=False, include_input=False)[0]
            loc = ".".join(str(p) for p in error["loc"])
            where = f"{key}.{loc}" if loc else key
            message = str(error["msg"]).removeprefix("Value error, ")
            raise ConfigError(f"expected: {message}", file=file, key=where) from None
    return profiles
