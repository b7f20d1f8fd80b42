"""``govpub demo`` runs the whole story end to end and every claim it makes checks out."""

from __future__ import annotations

from typing import Any

from govpub.ledger import SqliteLedger


def test_demo_tells_the_whole_story(demo_run: Any) -> None:
    """The run is shared with the exit-code table (tests/cli/test_cli_exit_codes.py)."""
    assert 0 == demo_run.code
    out, workspace = demo_run.out, demo_run.workspace
    for claim in (
        "ad.link_stripped",  # the affiliate link was stripped by the checks
        "审核通过",  # two reviewers signed
        "重复 0 个",  # the sandbox's own record: no account got a post twice
        "退出码 -9",  # the second publication was killed with SIGKILL …
        "合计：已发布 12",  # … and resumed to every account
        "需人工撤回 1",  # the Weibo app without delete permission became a manual task
        "逾期未答复 1 条",  # 政民互动: the public wrote, one message is overdue …
        "已回复",  # … and a reviewed reply went out
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
