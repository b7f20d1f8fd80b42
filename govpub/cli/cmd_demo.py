"""``govpub demo``: the whole flow on a throw-away workspace, against built-in fake platforms.

This version runs what exists today — load the example post, fingerprint it,
render it, and deliver it to a matrix of in-memory accounts through the
platform seam.  Compliance checks, review, the sandbox platforms and the
durable publisher join the story as they land (see CHANGELOG.md).
"""

from __future__ import annotations

import asyncio
from pathlib import Path

import typer
from rich.console import Console
from rich.table import Table

from govpub.model import Account, Post
from govpub.platforms.base import DeliveryContext
from govpub.platforms.memory import MemoryAdapter, MemorySettings, MemoryWorld
from govpub.postfile import load_post


def _example_post() -> Post:
    here = Path(__file__).resolve().parents[2] / "examples" / "post.md"
    if here.exists():
        return load_post(here)
    return Post(title="关于开展春季义务植树活动的通知", body="全市组织开展春季义务植树活动。")


async def _deliver(
    post: Post, accounts: list[Account], console: Console
) -> list[tuple[Account, str, str]]:
    rendered = MemoryAdapter.render(post)
    results: list[tuple[Account, str, str]] = []
    for account in accounts:
        async with MemoryAdapter(account) as adapter:
            context = DeliveryContext(
                key=f"{post.id}:{account.id}",
                post_id=post.id,
                post_digest=post.digest(),
                account=account,
            )
            outcome = await adapter.publish(rendered, context)
            results.append((account, outcome.state, outcome.url or ""))
            console.print(f"  → {account.name}: {outcome.state}")
    return results


def register(app: typer.Typer) -> None:
    """Add ``demo`` to ``app``."""

    @app.command()
    def demo() -> int:
        """Run the publishing flow end to end on a throw-away workspace."""
        console = Console()
        post = _example_post()
        console.rule("govpub demo")
        console.print(f"稿件：{post.title}")
        console.print(f"内容指纹 (digest)：{post.digest()}")
        accounts = [
            Account(
                id=f"demo-{i}",
                platform="memory",
                name=name,
                unit=unit,
                settings=MemorySettings(world="demo"),
            )
            for i, (name, unit) in enumerate(
                [
                    ("某某发布", "某某市人民政府办公室"),
                    ("某某园林", "某某市园林绿化局"),
                    ("某某应急", "某某市应急管理局"),
                ]
            )
        ]
        console.print("发布到内存平台（in-memory platform）：")
        results = asyncio.run(_deliver(post, accounts, console))
        table = Table(title="发布结果")
        for header in ("账号", "单位", "状态", "链接"):
            table.add_column(header, overflow="fold")
        for account, state, url in results:
            table.add_row(account.name, account.unit, state, url)
        console.print(table)
        world = MemoryWorld.get("demo")
        console.print(f"平台记录：{len(world.published(post_id=post.id))} 条发布，无重复。")
        console.print(
            "[dim]This demo covers the post model, digest and platform seam. The compliance "
            "checks, review gate, sandbox platforms and resumable publisher are added by "
            "later releases.[/dim]"
        )
        return 0
