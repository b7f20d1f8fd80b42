"""The example publisher: the whole flow through govpub's public Python API.

What ``govpub demo`` shows on the command line, written as a script an agency
developer would start from: a matrix (here: sandbox accounts on loopback), the
compliance checks, two reviewers' approvals, publication with progress events,
status, retraction, and the audit trail.

    python examples/publisher.py

It needs ``govpub[all]`` (the sandbox extra) and no network: every platform is
the local sandbox.  In production the same code runs against a ``govpub.toml``
whose accounts point at the real platforms.
"""

from __future__ import annotations

import asyncio
import tempfile
from datetime import datetime, timedelta, timezone
from pathlib import Path

import govpub
from govpub.review import generate_private_key, public_key_text
from govpub.sandbox import SandboxServer, sandbox_matrix

CST = timezone(timedelta(hours=8))
IMAGES = Path(__file__).parent / "images"


def review_section(editor_key: str, director_key: str) -> str:
    """The agency's review rules (先审后发): an editor, then a director, must approve."""
    return f"""
[publisher]
require_review = true
operator_ip = "127.0.0.1"

[review]
[[review.reviewers]]
name = "张敏"
roles = ["editor"]
public_key = "{editor_key}"

[[review.reviewers]]
name = "王芳"
roles = ["director"]
public_key = "{director_key}"

[review.categories.daily]
tiers = [{{ name = "初审", role = "editor" }}, {{ name = "终审", role = "director" }}]
"""


async def main() -> None:
    editor, director = generate_private_key(), generate_private_key()
    with SandboxServer() as sandbox, tempfile.TemporaryDirectory() as tmp:
        # 1. The matrix: 2 WeChat, 2 Weibo and 2 app accounts on the sandbox, one unit each.
        made = sandbox_matrix(
            sandbox,
            Path(tmp),
            wechat=2,
            weibo=2,
            app=2,
            units=["示例市人民政府办公室", "示例市教育局"],
            settings={"wechat": {"status_poll_initial": 0.2}},
            extra_toml=review_section(public_key_text(editor), public_key_text(director)),
        )
        matrix = govpub.Matrix.from_toml(made.config_path)

        # 2. The post, with a cover and a body image (bytes are read now and digested).
        post = govpub.Post(
            id="example-2026-001",
            title="关于开展2026年春季义务植树活动的通知",
            summary="3月12日前后全市开展春季义务植树活动，欢迎市民就近参加。",
            body=(
                "全市组织开展春季义务植树活动，详见[市园林绿化局网站](https://www.example.gov.cn/ylj/)。"
                "\n\n![植树现场](tree-planting.png)"
            ),
            url="https://www.example.gov.cn/zwgk/tzgg/202603/t20260305_1001.html",
            cover=govpub.Image.from_path(IMAGES / "cover.jpg", alt="春季义务植树活动"),
            images=(
                govpub.Image(
                    src="tree-planting.png",
                    data=(IMAGES / "tree-planting.png").read_bytes(),
                    alt="植树现场",
                ),
            ),
        )

        # 3. Compliance: what will be sent is the checked post (ad links stripped, …).
        result = govpub.check(post, govpub.Policy.from_matrix(matrix))
        result.raise_for_blocked()
        checked = result.post
        print(f"checks: {result.counts()}; digest {checked.digest()[:16]}…")

        # 4. Two reviewers approve exactly that version (Ed25519 over its digest).
        now = datetime.now(CST)
        approvals = [
            govpub.approve(
                checked, reviewer="张敏", role="editor", key=editor, now=now - timedelta(minutes=20)
            ),
            govpub.approve(
                checked,
                reviewer="王芳",
                role="director",
                key=director,
                now=now - timedelta(minutes=5),
            ),
        ]

        # 5. Publish to the whole matrix, watching the events.
        def progress(event: govpub.DeliveryEvent) -> None:
            if event.name in ("govpub.delivery.published", "govpub.delivery.failed"):
                print(f"  {event.account_id:<12} {event.name.rsplit('.', 1)[1]}")

        async with govpub.AsyncPublisher(matrix, actor="example", on_event=progress) as publisher:
            report = await publisher.publish(post, approvals)
            print(f"published: {report.counts}; ok = {report.ok}")
            for row in report.deliveries:
                print(f"  {row.account_id:<12} {row.label:<6} {row.url}")

            # 6. Later: where does it stand?  And take it down everywhere.
            status = await publisher.status(post.id)
            print(f"status: {status.counts}")
            retracted = await publisher.retract(post.id, reason="示例：撤回")
            print(f"retracted: {retracted.counts}")

            # 7. The audit trail is hash-chained; record its head somewhere else.
            verification = publisher.ledger.trail.verify()
            print(f"audit chain intact: {verification.ok}; head {publisher.ledger.trail.head()}")


if __name__ == "__main__":
    asyncio.run(main())
