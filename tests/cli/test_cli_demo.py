"""``govpub demo`` runs the whole story end to end and every claim it makes checks out."""

from __future__ import annotations

from pathlib import Path

import pytest

from govpub.cli import main
from govpub.ledger import SqliteLedger


def test_demo_tells_the_whole_story(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    workspace = tmp_path / "demo"
    assert 0 == main(["demo", "--workspace", str(workspace)])
    out = capsys.readouterr().out
    for claim in (
        "ad.link_stripped",  # the affiliate link was stripped by the checks
        "审核通过",  # two reviewers signed
        "重复 0 个",  # the sandbox's own record: no account got a post twice
        "退出码 -9",  # the second publication was killed with SIGKILL …
        "合计：已发布 12",  # … and resumed to every account
        "需人工撤回 1",  # the Weibo app without delete permission became a manual task
        "审计链完整",
        "演示完成",
    ):
        assert claim in out, claim
    ledger = SqliteLedger(workspace / "govpub.db")
    try:
        states = {d.post_id: d.state for d in ledger.deliveries(states=["published"])}
        assert {"demo-service-week"} == set(states)
        assert ledger.trail.verify()
    finally:
        ledger.close()
