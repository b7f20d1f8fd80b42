"""``[health]`` in govpub.toml: the default rule profile, regional profiles, and how to check.

::

    [health]
    profile = "national"            # default for `govpub health` (--profile overrides)
    # utc_offset = "+08:00"         # count calendar days at this fixed offset instead of
                                    # the agency's zone ([agency] timezone, the default)
    credential_horizon_days = 30    # warn this long before credentials expire
    remote_timeout = 20.0           # seconds per platform query (latest publication)
    filing_record_required = true   # an active account with no filing on record warns
    holidays = [2026-10-01, 2026-10-02]   # 放假安排: weekdays that are not working days
    workdays = [2026-09-27]               # 调休: weekend days that are working days

    [health.profiles.minhou]        # see govpub.health.profiles
    dormant_fail_days = 10
"""

from __future__ import annotations

import re
from collections.abc import Mapping
from datetime import date, timedelta, timezone, tzinfo
from typing import Any

from pydantic import BaseModel, ConfigDict, Field, PrivateAttr, ValidationError, field_validator

from govpub.config import AgencyConfig, Matrix
from govpub.config.problems import validation_problems
from govpub.errors import ConfigError
from govpub.health.profiles import RuleProfile, load_profiles
from govpub.health.workdays import WorkCalendar

__all__ = ["HealthSettings"]

_OFFSET = re.compile(r"^([+-])(\d{2}):(\d{2})$")


class HealthSettings(BaseModel):
    """The ``[health]`` section, validated; every value has a stated default."""

    model_config = ConfigDict(frozen=True, extra="forbid")

    profile: str = "national"
    profiles: dict[str, Any] = Field(default_factory=dict)
    utc_offset: str | None = Field(
        default=None,
        description="a fixed offset (+08:00) that overrides the agency's zone for calendar days",
    )
    credential_horizon_days: int = Field(30, ge=0)
    remote_timeout: float = Field(20.0, gt=0)
    filing_record_required: bool = True
    holidays: tuple[date, ...] = ()
    workdays: tuple[date, ...] = ()
    _agency_tz: tzinfo = PrivateAttr(default_factory=lambda: AgencyConfig().tz)

    @field_validator("utc_offset")
    @classmethod
    def _offset(cls, value: str | None) -> str | None:
        if value is None:
            return None
        match = _OFFSET.match(value)
        if match is None or int(match.group(2)) > 14 or int(match.group(3)) > 59:
            raise ValueError("utc_offset must look like +08:00")
        return value

    @property
    def tz(self) -> tzinfo:
        """The zone calendar days are counted in: ``utc_offset`` if set, else the agency's zone."""
        if self.utc_offset is None:
            return self._agency_tz
        match = _OFFSET.match(self.utc_offset)
        assert match is not None  # noqa: S101 - validated
        sign = -1 if match.group(1) == "-" else 1
        return timezone(sign * timedelta(hours=int(match.group(2)), minutes=int(match.group(3))))

    @property
    def calendar(self) -> WorkCalendar:
        """Working days for filing deadlines."""
        return WorkCalendar.of(self.holidays, self.workdays)

    def rule_profile(self, name: str | None = None, *, file: str | None = None) -> RuleProfile:
        """The profile called ``name`` (default: ``profile``); an unknown name lists the known."""
        profiles = load_profiles(self.profiles, file=file)
        wanted = name or self.profile
        try:
            return profiles[wanted]
        except KeyError:
            raise ConfigError(
                f"no rule profile {wanted!r}; profiles: {', '.join(sorted(profiles))}",
                file=file,
                key="health.profile",
            ) from None

    @classmethod
    def from_matrix(cls, matrix: Matrix) -> HealthSettings:
        """Read the matrix's ``[health]`` section; errors name the key."""
        settings = cls.check_section(matrix.health, file=str(matrix.path) if matrix.path else None)
        settings._agency_tz = matrix.agency.tz  # set once, before anyone reads it
        return settings

    @classmethod
    def check_section(
        cls, section: Mapping[str, Any], *, file: str | None = None
    ) -> HealthSettings:
        """Validate ``[health]`` (every key, and the rule profile it names) when it is loaded."""
        try:
            settings = cls.model_validate(dict(section))
        except ValidationError as exc:
            raise ConfigError.of(validation_problems(exc, cls, "health", file=file)) from None
        settings.rule_profile(file=file)  # the default profile must exist and be valid
        return settings

    @property
    def tz_label(self) -> str:
        """How the zone reads in a report: the offset if one is set, else the zone's name."""
        return self.utc_offset or str(self._agency_tz)
