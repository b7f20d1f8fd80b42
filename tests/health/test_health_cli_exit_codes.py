"""``govpub health``: exit 0 when nothing fails, 1 when an account fails (cron), 2 on bad usage."""

from __future__ import annotations

import json
from datetime import timedelta
from pathlib import Path

import pytest
from healthkit import NOW

from govpub.cli import main
from govpub.platforms.memory import MemoryWorld

CONFIG = """
[agency]
name = "某某市人民政府"
supervisor = "某某市委网信办"

[health]
filing_record_required = false

[[accounts]]
id = "m1"
platform = "memory"
name = "某某发布"
unit = "某某市人民政府办公室"
settings = {{ world = "cli-health", outside_post_at = {m1} }}

[[accounts]]
id = "m2"
platform = "memory"
name = "某某园林"
unit = "某某市园林绿化局"
settings = {{ world = "cli-health", outside_post_at = {m2}, interaction = {interaction} }}
"""


def write(tmp_path: Path, *, m1: int, m2: int, interaction: bool = True, extra: str = "") -> str:
    def at(days: int) -> str:
        return (NOW - timedelta(days=days)).isoformat()

    text = CONFIG.format(m1=at(m1), m2=at(m2), interaction=str(interaction).lower()) + extra
    path = tmp_path / "govpub.toml"
    path.write_text(text, encoding="utf-8")
    return str(path)


def run(config: str, *args: str) -> int:
    return main(["health", "--config", config, "--at", NOW.isoformat(), *args])


def test_all_ok_exits_0(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("COLUMNS", "200")
    config = write(tmp_path, m1=1, m2=9)
    assert 0 == run(config)
    out = capsys.readouterr().out
    for text in ("政务新媒体矩阵健康检查", "某某发布", "某某园林", "通过", "结论"):
        assert text in out


def test_warnings_alone_exit_0(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    config = write(tmp_path, m1=1, m2=13)
    assert 0 == run(config, "--json")
    data = json.loads(capsys.readouterr().out)
    assert ("warn", {"ok": 1, "warn": 1, "fail": 0}) == (data["level"], data["counts"])


@pytest.mark.parametrize(("m2", "interaction"), [(14, True), (1, False)])
def test_any_failing_account_exits_1(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], m2: int, interaction: bool
) -> None:
    config = write(tmp_path, m1=1, m2=m2, interaction=interaction)
    assert 1 == run(config, "--json")
    data = json.loads(capsys.readouterr().out)
    m2_entry = next(a for a in data["accounts"] if a["account"] == "m2")
    failed = [f["check"] for f in m2_entry["findings"] if f["level"] == "fail"]
    assert ["R-DORMANT" if interaction else "R-INTERACT"] == failed
    assert all(f["source"] for f in m2_entry["findings"])


def test_json_is_complete_for_machines(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    config = write(tmp_path, m1=2, m2=10)
    run(config, "--json")
    data = json.loads(capsys.readouterr().out)
    assert {
        "at",
        "profile",
        "profile_label",
        "remote",
        "level",
        "counts",
        "accounts",
        "matrix_findings",
    } == set(data)
    entry = data["accounts"][0]
    assert ("m1", 2, "platform", True) == (
        entry["account"],
        entry["days_without_update"],
        entry["last_publication_source"],
        entry["interaction"],
    )


def test_no_remote_uses_the_ledger_only(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    config = write(tmp_path, m1=1, m2=1)
    assert 0 == run(config, "--json")
    capsys.readouterr()
    MemoryWorld.get("cli-health").calls.clear()
    # without the platform nothing is known: both accounts warn, none fails
    assert 0 == run(config, "--json", "--no-remote")
    data = json.loads(capsys.readouterr().out)
    assert (False, {"ok": 0, "warn": 2, "fail": 0}) == (data["remote"], data["counts"])
    assert 0 == len(MemoryWorld.get("cli-health").calls)


def test_a_date_checks_the_end_of_that_day(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    config = write(tmp_path, m1=0, m2=0)
    day = (NOW + timedelta(days=13)).date().isoformat()
    assert 0 == main(["health", "--config", config, "--at", day, "--json"])
    assert {"ok": 0, "warn": 2, "fail": 0} == json.loads(capsys.readouterr().out)["counts"]
    day = (NOW + timedelta(days=14)).date().isoformat()
    assert 1 == main(["health", "--config", config, "--at", day, "--json"])


def test_an_unknown_profile_is_a_usage_error(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    config = write(tmp_path, m1=1, m2=1)
    assert 2 == run(config, "--profile", "nowhere")
    assert "no rule profile 'nowhere'; profiles: national" in capsys.readouterr().err


def test_a_regional_profile_from_the_config(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    extra = '\n[health.profiles.minhou]\nlabel = "闽侯县"\ndormant_warn_days = 7\ndormant_fail_days = 10\n'
    config = write(tmp_path, m1=1, m2=10, extra=extra)
    assert 0 == run(config)
    capsys.readouterr()
    assert 1 == run(config, "--profile", "minhou", "--json")
    assert "minhou" == json.loads(capsys.readouterr().out)["profile"]


def test_a_broken_secret_fails_its_account_instead_of_stopping_the_check(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    config = write(tmp_path, m1=1, m2=1)
    path = Path(config)
    path.write_text(
        path.read_text(encoding="utf-8").replace(
            'unit = "某某市园林绿化局"\n',
            'unit = "某某市园林绿化局"\ncredentials = { token = "env:GOVPUB_NOT_SET" }\n',
        ),
        encoding="utf-8",
    )
    assert 0 == main(["accounts", "--config", config])  # listing reads no secret
    capsys.readouterr()
    assert 1 == run(config, "--json")  # asking the platforms does: m2's secret is missing
    data = json.loads(capsys.readouterr().out)
    m2 = next(a for a in data["accounts"] if a["account"] == "m2")
    assert ["G-CREDENTIALS"] == [f["check"] for f in m2["findings"] if f["level"] == "fail"]


def test_expiring_tokens_warn(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    config = write(tmp_path, m1=1, m2=1)
    path = Path(config)
    expiry = (NOW + timedelta(days=20)).isoformat()
    path.write_text(
        path.read_text(encoding="utf-8").replace(
            'settings = { world = "cli-health", outside_post_at',
            f'settings = {{ world = "cli-health", token_expires_at = {expiry}, outside_post_at',
            1,
        ),
        encoding="utf-8",
    )
    assert 0 == run(config, "--json")
    data = json.loads(capsys.readouterr().out)
    m1 = next(a for a in data["accounts"] if a["account"] == "m1")
    assert [("G-TOKEN-EXPIRY", "warn")] == [
        (f["check"], f["level"]) for f in m1["findings"] if f["level"] != "ok"
    ]
    assert any("（剩余 20 天）" in f["message"] for f in m1["findings"])


async def test_a_delivery_refused_for_reauthorisation_warns(tmp_path: Path) -> None:
    from healthkit import Desk, FakeClock, account, matrix, world

    from govpub.health import check_health

    built = matrix(tmp_path, account("m1"), health={"filing_record_required": False})
    desk = Desk(built, FakeClock())
    await desk.publish(NOW - timedelta(days=3), 1)
    world().fail("publish", "reauthorization_required", account="m1")
    await desk.publish(NOW - timedelta(days=1), 2)
    await desk.aclose()
    entry = (await check_health(built, at=NOW, remote=False)).account("m1")
    assert [("G-REAUTH", "warn")] == [(f.check, f.level) for f in entry.findings if f.level != "ok"]
    # a later success clears it
    desk = Desk(built, FakeClock())
    await desk.publish(NOW - timedelta(hours=1), 3)
    await desk.aclose()
    entry = (await check_health(built, at=NOW, remote=False)).account("m1")
    assert "ok" == entry.level
