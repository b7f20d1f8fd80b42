"""Write six weeks of history for the example matrix, so that `govpub health` and `govpub report`
have something real to judge: posts published through the real publisher (memory platform,
signed approvals from the example reviewer keys), one rejected delivery, one retraction,
and the accounts' filings (备案).

    python examples/seed_health_demo.py --store /tmp/govpub-demo.db
    GOVPUB_STORE=/tmp/govpub-demo.db govpub health -c examples/govpub.toml
    GOVPUB_STORE=/tmp/govpub-demo.db govpub report -c examples/govpub.toml -o /tmp/report.html

Relative to *now* (run it just before looking):

* 某某发布 (mem-city) posts every two or three days, its last yesterday → 通过;
* 某某园林绿化 (mem-forestry) was opened three weeks ago and last posted 11 days ago → 警告;
* 某某旧账号 (mem-archive), the bureau's old account, stopped 20 days ago when it was
  suspended for the migration, with comments closed → 不合格.

Nothing is hard-coded: the health check and the report compute every verdict from this
ledger.  EXAMPLE KEYS ONLY — see examples/keys/README.md.
"""

from __future__ import annotations

import argparse
import asyncio
import tomllib
from datetime import UTC, date, datetime, timedelta, timezone
from pathlib import Path

from govpub import Matrix, Post, Source, approve, check
from govpub.config import StoreConfig
from govpub.health import FilingRegistry
from govpub.ledger import SqliteLedger
from govpub.platforms.memory import MemoryWorld
from govpub.publisher import AsyncPublisher, RetryPolicy
from govpub.review import load_private_key

HERE = Path(__file__).parent
EDITOR = ("张敏", "editor", "zhang-min.example.pem")
DIRECTOR = ("王芳", "director", "wang-fang.example.pem")
TOPICS = (
    "春季义务植树活动",
    "城市公园开放时间调整",
    "河道绿带养护",
    "政务服务“一网通办”新增事项",
    "防汛工作部署",
    "文明城市创建",
    "社区养老服务",
    "中小学开学安全检查",
)


class TickingClock:
    """A clock set to a chosen moment that moves a few seconds each time it is read."""

    def __init__(self, start: datetime) -> None:
        self.now = start

    def set(self, moment: datetime) -> None:
        self.now = moment

    def __call__(self) -> datetime:
        self.now += timedelta(seconds=3)
        return self.now


def load_matrix(config: Path, store: Path) -> Matrix:
    """The example matrix, with the recommended [review] section merged in."""
    data = tomllib.loads(config.read_text(encoding="utf-8"))
    review = tomllib.loads((HERE / "review-section.toml").read_text(encoding="utf-8"))
    data["review"] = review["review"]
    data["store"] = {"path": str(store)}
    return Matrix.from_dict(data, path=config)


def post_for(number: int, day: datetime) -> Post:
    topic = TOPICS[number % len(TOPICS)]
    reprint = number % 3 == 2
    return Post(
        id=f"demo-{number:03d}",
        title=f"{topic}（{day:%m月%d日}）",
        body=f"{day:%Y年%m月%d日}，{topic}相关工作有序推进。"
        + (
            # a shared link with tracking parameters: the compliance checks remove them and
            # record a `link.tracking_removed` finding, which `govpub metrics` counts
            f"详情见 https://www.example.gov.cn/zwgk/{number}.html?utm_source=weibo&utm_medium=social"
            if number % 4 == 0
            else "详情请见市政府网站。"
        ),
        author="市政府办公室新媒体科",
        category="reprint" if reprint else "daily",
        source=Source(name="新华网", url=f"https://www.news.cn/local/{day:%Y%m%d}/{number}.htm")
        if reprint
        else None,
        url=f"https://www.example.gov.cn/zwgk/{day:%Y%m}/t{day:%Y%m%d}_{number}.html",
    )


def approvals_for(post: Post, at: datetime) -> list[object]:
    """Approvals of the post *as govpub will send it* (``check(post).post``), tier by tier."""
    keys = HERE / "keys"
    post = check(post).post
    tiers = [EDITOR] if post.category == "reprint" else [EDITOR, DIRECTOR]
    signed = []
    for tier, (name, role, key_file) in enumerate(tiers, start=1):
        when = at - timedelta(hours=4 - 2 * tier, minutes=10 * tier)
        signed.append(
            approve(
                post,
                reviewer=name,
                role=role,
                key=load_private_key(keys / key_file),
                tier=tier,
                now=when.replace(microsecond=0),
            )
        )
    return signed


#: Days before now on which each account published (09:30 local time).
CITY = (41, 38, 36, 33, 31, 28, 26, 23, 21, 18, 16, 13, 11, 8, 6, 3, 1)
ARCHIVE = (41, 38, 35, 31, 28, 24, 20)
FORESTRY = (19, 17, 14, 11)
MIGRATION = 20  # days ago: the old account was suspended, the new one had just opened
LOCAL = timezone(timedelta(hours=8))


async def seed(config: Path, store: Path, now: datetime) -> None:
    matrix = load_matrix(config, store)
    clock = TickingClock(now - timedelta(days=42))
    world = MemoryWorld.get("example")
    world.clock = clock
    ledger = SqliteLedger(store, clock=clock)
    # Before the migration the old account was active and the new one not yet used.
    before = Matrix(
        [a.model_copy(update={"status": "active", "status_reason": None}) for a in matrix],
        agency=matrix.agency,
        store=StoreConfig(path=store),
        sections={"review": matrix.review},
        path=matrix.path,
    )
    today = now.astimezone(LOCAL)
    async with (
        AsyncPublisher(before, ledger=ledger, clock=clock, retry=RetryPolicy.no_wait()) as old,
        AsyncPublisher(matrix, ledger=ledger, clock=clock, retry=RetryPolicy.no_wait()) as new,
    ):
        number = 0
        for days_ago in range(max(CITY + ARCHIVE + FORESTRY), 0, -1):
            targets = [
                account_id
                for account_id, days in (
                    ("mem-city", CITY),
                    ("mem-archive", ARCHIVE),
                    ("mem-forestry", FORESTRY),
                )
                if days_ago in days
            ]
            if not targets:
                continue
            moment = (today - timedelta(days=days_ago)).replace(hour=9, minute=30, second=0)
            clock.set(moment)
            post = post_for(number, moment)
            if number == 7:
                world.fail("publish", "rejected", account="mem-city")  # one refused delivery
            publisher = old if days_ago >= MIGRATION else new
            await publisher.publish(post, approvals_for(post, moment), accounts=targets)
            if days_ago == 8:
                clock.set(moment + timedelta(hours=2))
                await publisher.retract(post.id, "标题有误，更正后重发")
            number += 1
    clock.set(now)
    filings = FilingRegistry(ledger, clock=clock)
    supervisor = matrix.agency.supervisor or "某某市委网信办"
    opened = (today - timedelta(days=MIGRATION + 1)).date()
    for account_id, event_date, filed_on, reason in (
        ("mem-archive", date(2018, 3, 1), date(2018, 3, 6), "开设园林绿化局账号（历史补录）"),
        ("mem-city", date(2019, 6, 1), date(2019, 6, 5), "开设市政府发布账号（历史补录）"),
        ("mem-forestry", opened, opened + timedelta(days=2), "园林绿化局新账号开设，旧账号迁移"),
    ):
        filings.record(
            "opened",
            matrix.account(account_id),
            reason=reason,
            supervisor=supervisor,
            actor="seed",
            event_date=event_date,
            filed_on=filed_on,
        )
    ledger.close()


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--config", type=Path, default=HERE / "govpub.toml")
    parser.add_argument("--store", type=Path, required=True, help="the ledger to write (new)")
    args = parser.parse_args()
    if args.store.exists():
        parser.error(f"{args.store} exists; give a new path (the demo never overwrites a ledger)")
    asyncio.run(seed(args.config, args.store, datetime.now(UTC)))
    print(f"demo history written to {args.store}")


if __name__ == "__main__":
    main()
