"""Metrics on a ledger seeded through the real publisher (memory platform, injected clocks)."""

from __future__ import annotations

import csv
import io
import json
from datetime import datetime, time, timedelta
from pathlib import Path

import pytest
from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey
from healthkit import LOCAL, Desk, FakeClock, account, findings_gate, matrix, post, world

from govpub import approve
from govpub.cli import main
from govpub.health.metrics import compute_metrics
from govpub.ledger import SqliteLedger

DAY0 = datetime(2026, 3, 2, 9, 0, tzinfo=LOCAL)  # a Monday
SINCE = datetime.combine(DAY0.date(), time(0), LOCAL)
UNTIL = SINCE + timedelta(days=14)
FINDINGS = [
    {"rule": "link.tracking_removed", "severity": "fixed", "message": "已去除跟踪参数"},
    {"rule": "wording.opinion", "severity": "warn", "message": "疑似个人观点"},
]
KEY = Ed25519PrivateKey.generate()


@pytest.fixture
async def seeded(tmp_path: Path) -> Path:
    """Two units, three accounts, two weeks: 6 posts, 1 reprint, 1 rejection, 1 retraction."""
    built = matrix(
        tmp_path,
        account("a1", unit="某某市人民政府办公室"),
        account("a2", unit="某某市园林绿化局"),
        account("a3", unit="某某市园林绿化局", status="suspended"),
    )
    desk = Desk(built, FakeClock(), gate=findings_gate(FINDINGS))
    # day 0: to a1 and a2 (a3 is suspended: skipped, not counted)
    await desk.publish(DAY0, 1, ["a1", "a2", "a3"], approvals=_approvals(1, DAY0))
    # day 1: a reprint to a1
    await desk.publish(DAY0 + timedelta(days=1), 2, ["a1"], reprint=True)
    # day 3: a2's delivery is rejected
    world().fail("publish", "rejected", account="a2")
    await desk.publish(DAY0 + timedelta(days=3), 3, ["a1", "a2"])
    # day 4: published, then retracted the next day
    await desk.publish(DAY0 + timedelta(days=4), 4, ["a1"])
    desk.clock.set(DAY0 + timedelta(days=5))
    await desk.publisher.retract("p_health_4", "更正")
    # day 10: a2 again; day 12: a1
    await desk.publish(DAY0 + timedelta(days=10), 5, ["a2"])
    await desk.publish(DAY0 + timedelta(days=12), 6, ["a1"])
    # outside the period
    await desk.publish(DAY0 + timedelta(days=20), 7, ["a1"])
    await desk.aclose()
    return tmp_path


def _approvals(number: int, at: datetime) -> list[object]:
    subject = post(number)
    return [
        approve(
            subject, reviewer="张敏", role="editor", key=KEY, tier=1, now=at - timedelta(hours=5)
        ),
        approve(
            subject, reviewer="王芳", role="director", key=KEY, tier=2, now=at - timedelta(hours=2)
        ),
    ]


def _compute(path: Path) -> object:
    built = matrix(
        path,
        account("a1", unit="某某市人民政府办公室"),
        account("a2", unit="某某市园林绿化局"),
        account("a3", unit="某某市园林绿化局", status="suspended"),
    )
    ledger = SqliteLedger(built.store.path)
    try:
        return compute_metrics(
            built, ledger, since=SINCE, until=UNTIL, tz=LOCAL, now=UNTIL + timedelta(days=30)
        )
    finally:
        ledger.close()


def test_per_account_figures(seeded: Path) -> None:
    report = _compute(seeded)
    a1, a2, a3 = report.accounts  # type: ignore[attr-defined]
    assert (5, 4, 1) == (a1.publications, a1.originals, a1.reprints)
    assert 0.8 == a1.original_ratio
    assert (2, 2, 0) == (a2.publications, a2.originals, a2.reprints)
    assert (0, None, None) == (a3.publications, a3.original_ratio, a3.success_rate)
    # a1: day 0,1,3,4,12 → longest gap day 4 → day 12 = 8 days; a2: day 10 → end (day 14) = 4... day 0 → 10
    assert 8.0 == a1.longest_gap.days
    assert (DAY0 + timedelta(days=4), DAY0 + timedelta(days=12)) == (
        a1.longest_gap.start,
        a1.longest_gap.end,
    )
    assert 10.0 == a2.longest_gap.days
    assert 14.0 == a3.longest_gap.days
    # a2: 3 deliveries settled, 2 published
    assert (3, 2) == (a2.deliveries_settled, a2.deliveries_published)
    assert pytest.approx(2 / 3) == a2.success_rate
    assert 1.0 == a1.success_rate
    assert (1, 0) == (a1.retractions, a2.retractions)
    # the fake clock does not move inside one publish: submission and publication coincide
    assert 0.0 == a1.median_minutes_to_publish


def test_findings_by_rule_come_from_the_stored_post_records(seeded: Path) -> None:
    report = _compute(seeded)
    a1 = report.accounts[0]  # type: ignore[attr-defined]
    assert {"link.tracking_removed": 5, "wording.opinion": 5} == a1.findings
    assert a1.findings_recorded
    assert {"link.tracking_removed": 6, "wording.opinion": 6} == report.matrix.findings  # type: ignore[attr-defined]


def test_review_turnaround_per_tier(seeded: Path) -> None:
    tiers = _compute(seeded).matrix.review  # type: ignore[attr-defined]
    assert [1, 2] == sorted(tiers)
    assert (1, None, 5.0) == (
        tiers[1].approvals,
        tiers[1].median_hours_from_previous,
        tiers[1].median_hours_before_submission,
    )
    assert (1, 3.0, 2.0) == (
        tiers[2].approvals,
        tiers[2].median_hours_from_previous,
        tiers[2].median_hours_before_submission,
    )


def test_units_and_matrix_aggregate(seeded: Path) -> None:
    report = _compute(seeded)
    office, forestry = report.units  # type: ignore[attr-defined]
    assert ("某某市人民政府办公室", 5, 5) == (office.key, office.publications, office.posts)
    assert ("某某市园林绿化局", 2, 2) == (forestry.key, forestry.publications, forestry.posts)
    whole = report.matrix  # type: ignore[attr-defined]
    assert (7, 6, 1) == (whole.publications, whole.posts, whole.reprints)
    # the matrix updated on days 0,1,3,4,10,12: longest gap 4 → 10
    assert 6.0 == whole.longest_gap.days
    assert {SINCE.date(): 2, (SINCE + timedelta(days=1)).date(): 1} == {
        d: n for d, n in whole.daily.items() if d <= (SINCE + timedelta(days=1)).date()
    }


def test_a_ledger_without_findings_degrades(tmp_path: Path) -> None:
    built = matrix(tmp_path, account("a1"))
    ledger = SqliteLedger(built.store.path)
    try:
        report = compute_metrics(built, ledger, since=SINCE, until=UNTIL, tz=LOCAL)
    finally:
        ledger.close()
    a1 = report.accounts[0]
    assert (0, {}, False, None, None) == (
        a1.publications,
        a1.findings,
        a1.findings_recorded,
        a1.success_rate,
        a1.median_minutes_to_publish,
    )


def test_the_cli_writes_csv_and_json(seeded: Path, capsys: pytest.CaptureFixture[str]) -> None:
    (seeded / "govpub.toml").write_text(
        '[store]\npath = "ledger.db"\n'
        '[[accounts]]\nid = "a1"\nplatform = "memory"\nname = "账号a1"\nunit = "某某市人民政府办公室"\n'
        '[[accounts]]\nid = "a2"\nplatform = "memory"\nname = "账号a2"\nunit = "某某市园林绿化局"\n',
        encoding="utf-8",
    )
    config = str(seeded / "govpub.toml")
    args = ["metrics", "--config", config, "--since", "2026-03-02", "--until", "2026-03-15"]
    assert 0 == main([*args, "--format", "csv"])
    rows = list(csv.DictReader(io.StringIO(capsys.readouterr().out)))
    assert ["a1", "a2", "某某市人民政府办公室", "某某市园林绿化局", "matrix"] == [
        r["key"] for r in rows
    ]
    assert ("5", "0.8", "5", "3.0") == (
        rows[0]["publications"],
        rows[0]["original_ratio"],
        rows[0]["findings:wording.opinion"],
        rows[0]["review_tier2_median_hours_from_previous"],
    )
    assert 0 == main([*args, "--json"])
    data = json.loads(capsys.readouterr().out)
    assert ("2026-03-02T00:00:00+08:00", "2026-03-16T00:00:00+08:00") == (
        data["since"],
        data["until"],
    )
    assert 7 == data["matrix"]["publications"]
    assert 0 == main(args)
    assert "运行指标 · 2026-03-02 至 2026-03-15" in capsys.readouterr().out
