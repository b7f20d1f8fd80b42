"""``govpub posts``: find a post again — filters by state and time, counts per delivery state."""

from __future__ import annotations

import json
import shutil
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

import pytest

from govpub import Post
from govpub.cli import main
from govpub.ledger import DeliveryPlan, SqliteLedger

EXAMPLES = Path(__file__).parents[2] / "examples"

CONFIG = """
[agency]
name = "某某市"
timezone = "Asia/Urumqi"

[store]
path = "ledger.db"

[publisher]
require_review = false

[[accounts]]
id = "m1"
platform = "memory"
name = "某某发布"
unit = "某某市人民政府办公室"
settings = { world = "posts" }

[[accounts]]
id = "m2"
platform = "memory"
name = "某某园林"
unit = "某某市园林绿化局"
settings = { world = "posts", supports_delete = false }
"""


@pytest.fixture
def config(tmp_path: Path) -> Path:
    path = tmp_path / "govpub.toml"
    path.write_text(CONFIG, encoding="utf-8")
    return path


def posts_json(config: Path, capsys: pytest.CaptureFixture[str], *args: str) -> list[Any]:
    capsys.readouterr()
    assert 0 == main(["posts", *args, "--json", "--config", str(config)])
    data = json.loads(capsys.readouterr().out)
    assert "Asia/Urumqi" == data["timezone"]
    rows: list[Any] = data["posts"]
    return rows


def test_lists_published_retracted_and_scheduled_posts(
    config: Path, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("COLUMNS", "200")  # a wide terminal: no cell folded over two lines
    workspace = config.parent
    shutil.copytree(EXAMPLES / "images", workspace / "images")
    text = (EXAMPLES / "post.md").read_text(encoding="utf-8")
    (workspace / "later.md").write_text(
        text.replace(
            "publish_at: 2026-03-05T09:00:00+08:00",
            "id: p_later\npublish_at: 2099-03-05T09:00:00+08:00",
        ).replace("活动的通知\n", "活动的通知（二）\n", 1),  # another text: not a duplicate
        encoding="utf-8",
    )
    (workspace / "now.md").write_text(
        text.replace("publish_at: 2026-03-05T09:00:00+08:00\n", "id: p_now\n"), encoding="utf-8"
    )
    (workspace / "gone.md").write_text(
        text.replace("publish_at: 2026-03-05T09:00:00+08:00\n", "id: p_gone\n").replace(
            "活动的通知\n", "活动的通知（三）\n", 1
        ),
        encoding="utf-8",
    )
    for name in ("later.md", "now.md", "gone.md"):
        assert 0 == main(["publish", str(workspace / name), "--json", "--config", str(config)])
    assert 0 == main(["retract", "p_gone", "--reason", "更正", "--json", "--config", str(config)])

    rows = posts_json(config, capsys)
    assert ["p_gone", "p_now", "p_later"] == [r["id"] for r in rows]  # newest first
    by_id = {r["id"]: r for r in rows}
    assert ("retracted", {"retracted": 1, "retract_manual": 1}) == (
        by_id["p_gone"]["state"],
        by_id["p_gone"]["deliveries"],
    )
    assert ("done", {"published": 2}) == (by_id["p_now"]["state"], by_id["p_now"]["deliveries"])
    assert ("scheduled", {"planned": 2}) == (
        by_id["p_later"]["state"],
        by_id["p_later"]["deliveries"],
    )
    assert "2099-03-05T07:00:00+06:00" == by_id["p_later"]["publish_at"]
    assert by_id["p_now"]["created_at"].endswith("+06:00")
    assert ("关于开展2026年春季义务植树活动的通知", "daily") == (
        by_id["p_now"]["title"],
        by_id["p_now"]["category"],
    )

    assert ["p_gone"] == [r["id"] for r in posts_json(config, capsys, "--state", "retracted")]
    assert ["p_now", "p_later"] == [
        r["id"] for r in posts_json(config, capsys, "--state", "done,已排期")
    ]
    assert ["p_gone", "p_later"] == [
        r["id"] for r in posts_json(config, capsys, "--state", "retracted", "--state", "scheduled")
    ]

    assert 0 == main(["posts", "--config", str(config)])
    out = capsys.readouterr().out
    for expected in ("p_gone", "p_now", "p_later", "已撤回", "已完成", "已排期", "需人工撤回 1"):
        assert expected in out
    assert "+06:00" in out
    assert "时区 Asia/Urumqi" in out


def seed(config: Path) -> None:
    """Two posts created 2026-02-28 17:00 and 19:00 UTC: 23:00 and 01:00 (next day) in Ürümqi."""
    times = iter([datetime(2026, 2, 28, 17, tzinfo=UTC), datetime(2026, 2, 28, 19, tzinfo=UTC)])
    current = {"now": datetime(2026, 2, 28, 17, tzinfo=UTC)}
    ledger = SqliteLedger(config.parent / "ledger.db", clock=lambda: current["now"])
    for post_id in ("p_evening", "p_night"):
        current["now"] = next(times)
        ledger.submit(
            Post(id=post_id, title=post_id),
            [DeliveryPlan("m1", "memory")],
            state="active",
            approvals=[],
            actor="t",
        )
    ledger.close()


@pytest.mark.parametrize(
    ("since", "expected"),
    [
        ("2026-02-28", ["p_night", "p_evening"]),
        ("2026-03-01", ["p_night"]),  # a date is midnight on the agency's clock, not UTC
        ("2026-03-01T00:30", ["p_night"]),  # no offset: the agency's clock
        ("2026-02-28T23:30", ["p_night"]),
        ("2026-02-28T17:30:00+00:00", ["p_night"]),  # an offset is honoured
        ("2026-03-01T02:00", []),
    ],
)
def test_since_is_on_the_agency_clock(
    config: Path, capsys: pytest.CaptureFixture[str], since: str, expected: list[str]
) -> None:
    seed(config)
    rows = posts_json(config, capsys, "--since", since)
    assert expected == [r["id"] for r in rows]
    assert [{"planned": 1}] * len(expected) == [r["deliveries"] for r in rows]


@pytest.mark.parametrize(
    ("args", "message"),
    [
        (["--since", "yesterday"], "--since: expected YYYY-MM-DD or an ISO date-time"),
        (["--state", "published"], "--state: unknown post state 'published'"),
    ],
)
def test_bad_filters_exit_2(
    config: Path, capsys: pytest.CaptureFixture[str], args: list[str], message: str
) -> None:
    assert 2 == main(["posts", *args, "--config", str(config)])
    assert message in capsys.readouterr().err


def test_an_empty_ledger_is_not_created(config: Path, capsys: pytest.CaptureFixture[str]) -> None:
    assert 0 == main(["posts", "--config", str(config)])
    assert "没有符合条件的稿件" in capsys.readouterr().out
    assert [] == posts_json(config, capsys)
    assert not (config.parent / "ledger.db").exists()
