"""``govpub demo``: the whole story against the sandbox platforms, with a little trouble.

1. start the sandbox (WeChat, Weibo and own-app emulators) on a free loopback port;
2. build a workspace: 12 accounts over 3 platforms, three reviewers with keys, two posts;
3. check the first post — a reprint whose body carries an affiliate (ad) link: stripped;
4. two reviewers approve it (Ed25519, bound to the digest of the checked post);
5. publish it with progress bars while the sandbox injects trouble: gateway errors,
   a rate limit with Retry-After, a WeChat token expiry, a commit-then-timeout;
6. publish the second post in a separate process and SIGKILL it halfway; resume; prove
   from the sandbox's own record that every account has it exactly once;
7. retract the first post everywhere (one Weibo app lacks delete permission: a manual task);
8. 政民互动: the public comments and writes (one message overdue), the inbox collects them,
   one reviewed reply goes out (:mod:`govpub.demo.inbox_step`);
9. verify the hash-chained audit trail.

Every step uses the public API the docs describe; nothing here is hard-coded.
"""

from __future__ import annotations

import asyncio
import os
import signal
import subprocess
import sys
import tempfile
import time
from collections.abc import Callable
from datetime import datetime, timedelta, timezone
from pathlib import Path
from typing import Any

from rich.console import Console
from rich.rule import Rule

from govpub import compliance
from govpub.cli._report import PlatformProgress, print_report, progress_for
from govpub.demo.inbox_step import inbox_step
from govpub.demo.workspace import REVIEWERS, Workspace, build_workspace
from govpub.errors import LedgerError
from govpub.ledger.stores import open_ledger
from govpub.postfile import load_post
from govpub.publisher import AsyncPublisher, DeliveryEvent, PublishReport
from govpub.review import approve, load_private_key
from govpub.sandbox import SandboxConfig, SandboxServer

__all__ = ["run_demo"]

#: Trouble for the first post, fired in arrival order (deterministic for a given run).
FIRST_POST_FAULTS = ",".join(
    (
        "app/posts.create:5xx=next2",
        "weibo/statuses.share:rate_limit=next@retry_after=1",
        "wechat/draft.add:token_expiry=next",
        "app/posts.create:commit_timeout=next@delay=2.5",
    )
)
#: Background trouble for the second post.
SECOND_POST_FAULTS = "*:5xx=0.05"


def run_demo(console: Console, *, workspace: Path | None = None, seed: int = 7) -> int:
    """Run the story; returns the exit code (0 when every claim checked out)."""
    started = time.monotonic()
    config = SandboxConfig(seed=seed, latency=0.05, publish_delay=0.4)
    with SandboxServer(config=config, seed=seed) as sandbox:
        root = workspace or Path(tempfile.mkdtemp(prefix="govpub-demo-"))
        _step(console, "1", f"沙箱平台已启动：{sandbox.url}（微信公众号 / 微博 / 客户端）")
        ws = build_workspace(sandbox, root)
        platforms = sorted({a.platform for a in ws.matrix.accounts})
        units = len({a.unit for a in ws.matrix.accounts})
        reviewers = "、".join(name for name, _, _ in REVIEWERS)
        console.print(f"工作目录：{ws.root}")
        console.print(
            f"矩阵：{len(ws.matrix.accounts)} 个账号，平台 {', '.join(platforms)}，"
            f"{units} 个单位；审核人：{reviewers}"
        )
        ok = asyncio.run(_story(console, ws, sandbox))
    elapsed = time.monotonic() - started
    verdict = "[green]演示完成[/green]" if ok else "[red]演示中有检查未通过[/red]"
    console.print(Rule(f"{verdict} · 用时 {elapsed:.1f} 秒"))
    return 0 if ok else 1


def _step(console: Console, number: str, text: str) -> None:
    console.print(Rule(f"[bold]{number}[/bold] {text}", align="left"))


async def _story(console: Console, ws: Workspace, sandbox: SandboxServer) -> bool:
    post = load_post(ws.posts[0])
    _step(console, "2", f"合规检查：{post.title}")
    result = compliance.check(post, compliance.Policy.from_matrix(ws.matrix))
    for finding in result.findings:
        console.print(
            f"  [{_color(finding.severity)}]{finding.severity}[/] {finding.rule}：{finding.message}"
        )
    checked = result.post
    console.print(f"  发送版本的内容指纹：{checked.digest()}")

    _step(console, "3", "先审后发：两级审核签名")
    approvals = _approve(ws, checked)
    for approval in approvals:
        console.print(f"  {approval.describe()}")

    _step(console, "4", "发布到矩阵（沙箱注入故障：网关错误、限流、令牌过期、提交后超时）")
    sandbox.state.tag_post(checked.id, checked.title[:16])
    sandbox.state.set_faults(FIRST_POST_FAULTS)
    first = await _publish_with_progress(console, ws, post, approvals)
    _trouble(console, sandbox)
    print_report(console, first)
    first_ok = first.ok and _exactly_once(console, sandbox, first.post_id)

    _step(console, "5", "断电演练：另一进程发布第二篇稿件，中途强制结束（SIGKILL），再继续")
    sandbox.state.set_faults(SECOND_POST_FAULTS)
    second_post = load_post(ws.posts[1])
    second_checked = compliance.check(second_post, compliance.Policy.from_matrix(ws.matrix)).post
    sandbox.state.tag_post(second_checked.id, second_checked.title[:16])
    killed_after = _publish_and_kill(console, ws, _approve(ws, second_checked), second_post.id)
    console.print(f"  进程已在 {killed_after} 个账号发布后被强制结束；台账中的状态：")
    console.print(f"  {_ledger_counts(ws, second_post.id)}")
    resumed = await _resume_with_progress(console, ws, second_post.id)
    print_report(console, resumed, title=f"继续发布后 · {resumed.title}")
    second_ok = resumed.ok and _exactly_once(console, sandbox, second_post.id)

    _step(console, "6", "全矩阵撤回第一篇稿件")
    no_delete = next(a for a in ws.matrix.accounts if a.platform == "weibo")
    uid = str(getattr(no_delete.settings, "uid", ""))
    sandbox.state.weibo[uid].delete_granted = False
    console.print(f"  （沙箱设定：{no_delete.name} 的微博应用未获删除授权）")
    retracted = await _retract(ws, first.post_id)
    print_report(console, retracted, title=f"撤回 · {retracted.title}")
    live = sandbox.state.publications(post_id=first.post_id)["total"]
    console.print(f"  平台上仍可见：{live} 条（需人工撤回的账号已给出操作说明）")

    _step(console, "7", "政民互动：收集群众留言，标出逾期，审核后回复")
    inbox_ok = await inbox_step(console, ws, sandbox)

    _step(console, "8", "审计链校验（govpub audit verify）")
    audit_ok = _verify_audit(console, ws)
    return first_ok and second_ok and inbox_ok and audit_ok and live <= 1


def _trouble(console: Console, sandbox: SandboxServer) -> None:
    """What the sandbox did to us, from its own counters."""
    totals: dict[str, int] = {}
    for counters in sandbox.state.counters.snapshot().values():
        for name, count in counters.items():
            totals[name] = totals.get(name, 0) + count
    faults = {k.removeprefix("fault."): v for k, v in totals.items() if k.startswith("fault.")}
    console.print(
        "  沙箱注入的故障："
        + "，".join(f"{kind} × {count}" for kind, count in sorted(faults.items()))
        + f"；微信令牌过期后刷新 {totals.get('error.42001', 0)} 次"
    )


def _color(severity: str) -> str:
    return {"block": "red", "warn": "yellow", "fixed": "cyan"}.get(severity, "white")


def _approve(ws: Workspace, post: Any) -> list[Any]:
    """Each reviewer signs in turn (the second tier a few minutes after the first)."""
    now = datetime.now(timezone(timedelta(hours=8)))
    approvals = []
    for tier, (name, role, _title) in enumerate(REVIEWERS, start=1):
        key = load_private_key(ws.keys[name])
        when = now - timedelta(minutes=10 * (len(REVIEWERS) - tier + 1))
        approvals.append(
            approve(
                post, reviewer=name, role=role, key=key, comment=f"第{tier}级审核通过", now=when
            )
        )
    return approvals


def _sizer(progress: PlatformProgress) -> Callable[[DeliveryEvent], None]:
    def on_event(event: DeliveryEvent) -> None:
        if event.name == "govpub.post.delivering" and event.details:
            progress.expect(dict(event.details.get("platforms", {})))
        else:
            progress(event)

    return on_event


async def _publish_with_progress(
    console: Console, ws: Workspace, post: Any, approvals: list[Any]
) -> PublishReport:
    with progress_for(console) as progress:
        async with AsyncPublisher(ws.matrix, actor="demo", on_event=_sizer(progress)) as publisher:
            report = await publisher.publish(post, approvals)
    retries = sum(progress.retries.values())
    console.print(f"  期间自动重试 {retries} 次；结果不明的投递先向平台核对，再决定是否重发。")
    return report


async def _resume_with_progress(console: Console, ws: Workspace, post_id: str) -> PublishReport:
    with progress_for(console) as progress:
        async with AsyncPublisher(ws.matrix, actor="demo", on_event=_sizer(progress)) as publisher:
            await publisher.resume(post_id)
            return await publisher.status(post_id)


async def _retract(ws: Workspace, post_id: str) -> PublishReport:
    async with AsyncPublisher(ws.matrix, actor="demo") as publisher:
        return await publisher.retract(post_id, "演示：撤回更正")


def _publish_and_kill(console: Console, ws: Workspace, approvals: list[Any], post_id: str) -> int:
    approval_files = []
    for number, approval in enumerate(approvals, start=1):
        path = ws.root / f"service-week.approval-{number}.json"
        path.write_text(approval.to_json(), encoding="utf-8")
        approval_files += ["--approval", str(path)]
    command = [sys.executable, "-m", "govpub", "publish", str(ws.posts[1]), *approval_files]
    command += ["--config", str(ws.config), "--json"]
    env = {**os.environ, "GOVPUB_ACTOR": "demo-child"}
    child = subprocess.Popen(command, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, env=env)  # noqa: S603
    deadline = time.monotonic() + 60
    published = 0
    while time.monotonic() < deadline and child.poll() is None:
        published = _published_count(ws, post_id)
        if published >= 3:
            break
        time.sleep(0.02)
    if child.poll() is None:
        child.send_signal(signal.SIGKILL)
    child.wait()
    console.print(f"  子进程 pid {child.pid} 退出码 {child.returncode}")
    return _published_count(ws, post_id)


def _published_count(ws: Workspace, post_id: str) -> int:
    """Publications of the post so far, read while another process writes (read-only)."""
    try:
        ledger = open_ledger(ws.matrix.store, read_only=True)
    except LedgerError:
        return 0  # not written yet
    try:
        return sum(1 for d in ledger.deliveries(post_id=post_id) if d.state == "published")
    except LedgerError:
        return 0
    finally:
        ledger.close()


def _ledger_counts(ws: Workspace, post_id: str) -> dict[str, int]:
    ledger = open_ledger(ws.matrix.store)
    try:
        counts: dict[str, int] = {}
        for delivery in ledger.deliveries(post_id=post_id):
            counts[delivery.state] = counts.get(delivery.state, 0) + 1
        return counts
    finally:
        ledger.close()


def _exactly_once(console: Console, sandbox: SandboxServer, post_id: str) -> bool:
    summary = sandbox.state.publications(post_id=post_id)
    accounts = summary["accounts"]
    ok = (
        len(accounts) == 12 and all(n == 1 for n in accounts.values()) and not summary["duplicates"]
    )
    mark = "[green]✓[/green]" if ok else "[red]✗[/red]"
    console.print(
        f"  {mark} 沙箱平台记录：{summary['total']} 条发布，覆盖 {len(accounts)} 个账号，"
        f"重复 {len(summary['duplicates'])} 个"
    )
    return ok


def _verify_audit(console: Console, ws: Workspace) -> bool:
    ledger = open_ledger(ws.matrix.store)
    try:
        result = ledger.trail.verify()
        head = ledger.trail.head()
        count = sum(1 for _ in ledger.trail.iter_records())
    finally:
        ledger.close()
    if result:
        console.print(f"  [green]✓[/green] 审计链完整：{count} 条记录，链头 {head}")
    else:
        console.print(f"  [red]✗[/red] 审计链异常：{result}")
    return bool(result)
