"""Rule profiles from ``[health]`` and the working-day calendar."""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest
from healthkit import matrix

from govpub import ConfigError
from govpub.health import NATIONAL, HealthSettings
from govpub.health.profiles import load_profiles
from govpub.health.workdays import WorkCalendar


def test_national_is_built_in_with_sources() -> None:
    assert (10, 14, 5, True) == (
        NATIONAL.dormant_warn_days,
        NATIONAL.dormant_fail_days,
        NATIONAL.filing_working_days,
        NATIONAL.interaction_required,
    )
    assert any("国办秘函〔2019〕19号" in s for s in NATIONAL.sources)


def test_regional_profiles_inherit_and_chain() -> None:
    profiles = load_profiles(
        {
            "hubei": {"label": "湖北", "filing_working_days": 5},
            "wuhan": {"based_on": "hubei", "dormant_fail_days": 12},
        }
    )
    assert ["hubei", "national", "wuhan"] == sorted(profiles)
    assert (10, 12, "wuhan") == (
        profiles["wuhan"].dormant_warn_days,
        profiles["wuhan"].dormant_fail_days,
        profiles["wuhan"].name,
    )


@pytest.mark.parametrize(
    ("section", "key", "message"),
    [
        ({"x": {"dormant_warn_days": 15}}, "health.profiles.x", "must not exceed"),
        (
            {"x": {"dormant_fail_days": "two weeks"}},
            "health.profiles.x.dormant_fail_days",
            "integer",
        ),
        ({"x": {"based_on": "nowhere"}}, "health.profiles.x.based_on", "unknown profile"),
        ({"x": {"dormant_days": 3}}, "health.profiles.x.dormant_days", "Extra inputs"),
        ({"x": 3}, "health.profiles.x", "expected a table"),
    ],
)
def test_bad_profiles_name_their_key(section: dict[str, object], key: str, message: str) -> None:
    with pytest.raises(ConfigError) as caught:
        load_profiles(section)
    assert key == caught.value.key
    assert message in caught.value.reason


def test_health_settings_are_validated(tmp_path: Path) -> None:
    with pytest.raises(ConfigError) as caught:
        HealthSettings.from_matrix(matrix(tmp_path, health={"utc_offset": "Asia/Shanghai"}))
    assert "health.utc_offset" == caught.value.key
    with pytest.raises(ConfigError, match="no rule profile 'js'"):
        HealthSettings.from_matrix(matrix(tmp_path, health={"profile": "js"}))
    settings = HealthSettings.from_matrix(matrix(tmp_path, health={"utc_offset": "-03:30"}))
    assert -3.5 * 3600 == settings.tz.utcoffset(None).total_seconds()  # type: ignore[union-attr]


@pytest.mark.parametrize(
    ("start", "count", "expected"),
    [
        (date(2026, 3, 2), 5, date(2026, 3, 9)),  # Monday → next Monday
        (date(2026, 3, 6), 1, date(2026, 3, 9)),  # Friday → Monday
        (date(2026, 3, 7), 1, date(2026, 3, 9)),  # Saturday → Monday
        (date(2026, 9, 30), 1, date(2026, 10, 9)),  # 国庆 holidays, 调休 Saturday 10-10 below
        (date(2026, 10, 9), 1, date(2026, 10, 10)),
        (date(2026, 3, 2), 0, date(2026, 3, 2)),
    ],
)
def test_working_days(start: date, count: int, expected: date) -> None:
    calendar = WorkCalendar.of(
        holidays=[date(2026, 10, d) for d in range(1, 9)], workdays=[date(2026, 10, 10)]
    )
    assert expected == calendar.add_working_days(start, count)
    assert count == calendar.working_days_between(start, expected)
