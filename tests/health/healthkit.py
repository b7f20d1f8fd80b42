"""Helpers for the health tests: a fake clock, memory accounts, a real publisher on a ledger."""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from datetime import datetime, timedelta, timezone
from pathlib import Path
from typing import Any

from govpub import Matrix, Post, Source
from govpub.config import StoreConfig
from govpub.ledger import SqliteLedger
from govpub.model import Account
from govpub.platforms.memory import MemorySettings, MemoryWorld
from govpub.publisher import AsyncPublisher, RetryPolicy
from govpub.publisher.gate import GateResult, open_gate

LOCAL = timezone(timedelta(hours=8))
#: A Wednesday, 10:00 in Beijing.
NOW = datetime(2026, 3, 18, 10, 0, tzinfo=LOCAL)
WORLD = "health"


class FakeClock:
    """A clock that stays where it is told (and can be moved)."""

    def __init__(self, now: datetime = NOW) -> None:
        self.now = now

    def __call__(self) -> datetime:
        return self.now

    def set(self, moment: datetime) -> None:
        self.now = moment


def account(
    account_id: str,
    *,
    unit: str = "某某市人民政府办公室",
    name: str | None = None,
    status: str = "active",
    platform: str = "memory",
    **settings: Any,
) -> Account:
    return Account(
        id=account_id,
        platform=platform,
        name=name or f"账号{account_id}",
        unit=unit,
        status=status,  # type: ignore[arg-type]
        status_reason="账号迁移中" if status == "suspended" else None,
        settings=MemorySettings(world=WORLD, **settings),
    )


def matrix(
    tmp_path: Path,
    *accounts: Account,
    health: Mapping[str, Any] | None = None,
    supervisor: str = "某某市委网信办",
) -> Matrix:
    from govpub.config import AgencyConfig

    return Matrix(
        list(accounts),
        agency=AgencyConfig(name="某某市人民政府", supervisor=supervisor),
        store=StoreConfig(path=tmp_path / "ledger.db"),
        sections={"health": dict(health or {})},
        path=tmp_path / "govpub.toml",
    )


def world() -> MemoryWorld:
    return MemoryWorld.get(WORLD)


def post(number: int, *, reprint: bool = False, category: str = "daily") -> Post:
    return Post(
        id=f"p_health_{number}",
        title=f"测试稿件{number}",
        body=f"第{number}条测试内容。",
        category=category,
        source=Source(name="新华网", url="https://www.news.cn/a.htm") if reprint else None,
    )


def findings_gate(findings: Sequence[Mapping[str, Any]]) -> Any:
    """A gate that lets the post through with these (non-blocking) compliance findings."""

    def gate(p: Post, approvals: Sequence[Any], *, now: datetime) -> GateResult:
        opened = open_gate(p, approvals, now=now)
        return GateResult(post=opened.post, findings=list(findings), approvals=opened.approvals)

    return gate


class Desk:
    """A real publisher and ledger on the matrix's store, both on one fake clock."""

    def __init__(self, the_matrix: Matrix, clock: FakeClock, *, gate: Any = open_gate) -> None:
        self.matrix = the_matrix
        self.clock = clock
        self.ledger = SqliteLedger(the_matrix.store.path, clock=clock)
        world().clock = clock
        self.publisher = AsyncPublisher(
            the_matrix, ledger=self.ledger, gate=gate, clock=clock, retry=RetryPolicy.no_wait()
        )

    async def publish(
        self,
        when: datetime,
        number: int,
        accounts: Sequence[str] | None = None,
        *,
        reprint: bool = False,
        approvals: Sequence[Any] = (),
    ) -> Any:
        self.clock.set(when)
        return await self.publisher.publish(
            post(number, reprint=reprint), approvals, accounts=accounts
        )

    async def aclose(self) -> None:
        await self.publisher.aclose()
        self.ledger.close()
