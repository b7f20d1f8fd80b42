"""The demo's 政民互动 step: the public writes, the inbox collects, one reply goes out.

A handful of comments and messages arrive from the sandbox's public (one of
them, in the app, ten days old — so overdue); ``sync_inbox`` collects them with
their deadlines; 张敏 reviews a reply to one Weibo comment, and it is sent with
the ledger's guarantees; ``govpub inbox list --overdue`` and the report show
the overdue one.
"""

from __future__ import annotations

from datetime import UTC, datetime, timedelta

from rich.console import Console

from govpub.demo.workspace import Workspace
from govpub.health.settings import HealthSettings
from govpub.inbox.replies import (
    deliver_reply,
    operator_ip,
    reply_post,
    retry_policy,
    vet_reply,
)
from govpub.inbox.sync import sync_inbox
from govpub.ledger.stores import open_ledger
from govpub.platforms.base import get_adapter_class
from govpub.platforms.interaction import InteractionCapable
from govpub.review import approve, load_private_key
from govpub.sandbox import SandboxServer
from govpub.sandbox.public import add_app_message, add_weibo_mention, generate

__all__ = ["ANSWER", "inbox_step"]

ANSWER = "您好，感谢关注。具体办理流程已在市政府门户网站公布，也可拨打12345热线咨询。"
MESSAGES = 5
WEIBO_QUESTION = "请问春季义务植树活动在哪里报名？"


async def inbox_step(console: Console, ws: Workspace, sandbox: SandboxServer) -> bool:
    """Collect, list the overdue one, reply to one comment; whether every claim held."""
    state = sandbox.state
    state.set_faults(None)  # the trouble of the earlier steps is over
    tenant = sorted(state.apps)[0]
    old = state.clock.now() - timedelta(days=10).total_seconds()
    with state.lock:
        add_app_message(
            state, tenant, "上周反映的路灯不亮问题，请问何时维修？", author="小区居民", at=old
        )
        # the comment the step answers is always there: the random ones may all go elsewhere
        add_weibo_mention(state, sorted(state.weibo)[0], WEIBO_QUESTION, name="热心市民")
    generate(state, MESSAGES - 1)
    settings = HealthSettings.from_matrix(ws.matrix)
    today = datetime.now(UTC).astimezone(settings.tz).date()
    ledger = open_ledger(ws.matrix.store)
    try:
        report = await sync_inbox(ws.matrix, ledger)
        collected = ledger.interactions()
        overdue = ledger.interactions(due_before=today)
        console.print(
            f"  收集到群众留言 {len(collected)} 条（评论、提及、客户端留言），"
            f"其中逾期未答复 {len(overdue)} 条："
        )
        for item in overdue:
            console.print(
                f"  [red]逾期[/red] {item.id} {item.account_id}「{item.text}」"
                f"答复期限 {item.due_on.isoformat()}"
            )
        target = next(i for i in collected if i.platform == "weibo" and i.is_open)
        key = load_private_key(ws.keys["张敏"])
        approval = approve(reply_post(target, ANSWER), reviewer="张敏", role="editor", key=key)
        vet_reply(ws.matrix, target, ANSWER, [approval])
        intended = ledger.intend_reply(
            target.id,
            text=ANSWER,
            approvals=[approval.model_dump(mode="json")],
            actor="张敏",
        )
        account = ws.matrix.account(target.account_id)
        from govpub.config.secrets import ready_account  # noqa: PLC0415 - only here

        adapter = get_adapter_class(account.platform)(ready_account(account))
        assert isinstance(adapter, InteractionCapable)  # noqa: S101 - every built-in is
        try:
            sent = await deliver_reply(
                adapter,
                ledger,
                intended,
                actor="张敏",
                operator_ip=operator_ip(ws.matrix),
                policy=retry_policy(ws.matrix),
            )
        finally:
            await adapter.aclose()
        console.print(
            f"  已审核并回复 {sent.id}（{sent.account_id}）：{sent.state_label}；"
            "查看：govpub inbox list --overdue"
        )
    finally:
        ledger.close()
    return report.ok and len(overdue) == 1 and sent.state == "replied"
