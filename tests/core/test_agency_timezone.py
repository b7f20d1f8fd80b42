"""``[agency] timezone``: validated at load, Asia/Shanghai by default, usable without a tz database."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from datetime import UTC, datetime, timedelta
from pathlib import Path
from zoneinfo import ZoneInfo

import pytest

from govpub import ConfigError, Matrix
from govpub.cli import main
from govpub.health import HealthSettings


def write_config(tmp_path: Path, agency: str, extra: str = "") -> Path:
    path = tmp_path / "govpub.toml"
    path.write_text(f'[agency]\nname = "某某市"\n{agency}\n{extra}', encoding="utf-8")
    return path


def test_default_is_asia_shanghai(tmp_path: Path) -> None:
    matrix = Matrix.from_toml(write_config(tmp_path, ""))
    assert "Asia/Shanghai" == matrix.agency.timezone
    assert "+08:00" == datetime(2026, 7, 1, tzinfo=matrix.agency.tz).isoformat()[-6:]


def test_a_zone_with_daylight_saving(tmp_path: Path) -> None:
    matrix = Matrix.from_toml(write_config(tmp_path, 'timezone = "Europe/Berlin"'))
    summer = datetime(2026, 7, 1, 12, tzinfo=UTC).astimezone(matrix.agency.tz)
    winter = datetime(2026, 1, 1, 12, tzinfo=UTC).astimezone(matrix.agency.tz)
    assert ("+02:00", "+01:00") == (summer.isoformat()[-6:], winter.isoformat()[-6:])


@pytest.mark.parametrize("name", ["Mars/Olympus", "asia/shanghai", "../etc/passwd", "", "Asia"])
def test_a_bad_name_names_the_key(tmp_path: Path, name: str) -> None:
    path = write_config(tmp_path, f'timezone = "{name}"')
    with pytest.raises(ConfigError) as caught:
        Matrix.from_toml(path)
    assert ("agency.timezone", str(path)) == (caught.value.key, caught.value.file)
    assert "IANA time zone" in caught.value.reason


def test_a_bad_name_exits_2_on_the_command_line(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    path = write_config(tmp_path, 'timezone = "Beijing"')
    assert 2 == main(["accounts", "--config", str(path)])
    err = capsys.readouterr().err
    assert f"{path}:3: agency.timezone:" in err
    assert "'Beijing'" in err


def test_health_counts_days_in_the_agency_zone_unless_an_offset_is_set(tmp_path: Path) -> None:
    berlin = Matrix.from_toml(write_config(tmp_path, 'timezone = "Europe/Berlin"'))
    assert ZoneInfo("Europe/Berlin") == HealthSettings.from_matrix(berlin).tz
    assert "Europe/Berlin" == HealthSettings.from_matrix(berlin).tz_label
    fixed = Matrix.from_toml(
        write_config(tmp_path, 'timezone = "Europe/Berlin"', '[health]\nutc_offset = "+05:00"\n')
    )
    settings = HealthSettings.from_matrix(fixed)
    assert (timedelta(hours=5), "+05:00") == (settings.tz.utcoffset(None), settings.tz_label)


_WITHOUT_TZ_DATABASE = """
import json, sys
sys.modules["tzdata"] = None  # the package is not installed (an import fails)
from govpub import ConfigError, Matrix
out = {}
for name in ("Asia/Shanghai", "Europe/Berlin"):
    try:
        tz = Matrix.from_dict({"agency": {"timezone": name}}).agency.tz
        out[name] = __import__("datetime").datetime(2026, 7, 1, 4, tzinfo=tz).isoformat()
    except ConfigError as exc:
        out[name] = "ConfigError: " + str(exc)
print(json.dumps(out))
"""


def test_without_a_tz_database_shanghai_still_works() -> None:
    """A slim container has no /usr/share/zoneinfo and no tzdata: +08:00 is still known."""
    env = {**os.environ, "PYTHONTZPATH": ""}  # an empty search path: no system database
    result = subprocess.run(
        [sys.executable, "-c", _WITHOUT_TZ_DATABASE],
        env=env,
        capture_output=True,
        text=True,
        check=True,
        timeout=60,
    )
    out = json.loads(result.stdout)
    assert "2026-07-01T04:00:00+08:00" == out["Asia/Shanghai"]
    assert out["Europe/Berlin"].startswith("ConfigError: ")
    assert "agency.timezone" in out["Europe/Berlin"]
    assert "pip install tzdata" in out["Europe/Berlin"]
