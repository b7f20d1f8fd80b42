"""Fixtures for publisher tests: a memory matrix, a ledger on disk, a recording sleep."""

from __future__ import annotations

from collections.abc import AsyncIterator, Callable
from pathlib import Path

import pytest

from govpub import Matrix, Post
from govpub.ledger import SqliteLedger
from govpub.model import Account
from govpub.platforms.memory import MemorySettings, MemoryWorld
from govpub.publisher import AsyncPublisher, RetryPolicy
from govpub.publisher.gate import open_gate


class Sleeps:
    """A sleep that records how long it was asked to wait, and returns at once."""

    def __init__(self) -> None:
        self.calls: list[float] = []

    async def __call__(self, seconds: float) -> None:
        self.calls.append(seconds)


def memory_account(
    account_id: str,
    *,
    unit: str = "某某市人民政府办公室",
    status: str = "active",
    **settings: object,
) -> Account:
    return Account(
        id=account_id,
        platform="memory",
        name=f"账号{account_id}",
        unit=unit,
        status=status,  # type: ignore[arg-type]
        status_reason="账号迁移中" if status == "suspended" else None,
        settings=MemorySettings(world="pub", **settings),  # type: ignore[arg-type]
    )


@pytest.fixture
def world() -> MemoryWorld:
    return MemoryWorld.get("pub")


@pytest.fixture
def sleeps() -> Sleeps:
    return Sleeps()


@pytest.fixture
def make_matrix(tmp_path: Path) -> Callable[..., Matrix]:
    from govpub.config import StoreConfig

    def make(*accounts: Account) -> Matrix:
        return Matrix(
            list(accounts),
            store=StoreConfig(path=tmp_path / "ledger.db"),
            path=tmp_path / "govpub.toml",
        )

    return make


@pytest.fixture
def post() -> Post:
    return Post(
        id="p_test_1", title="关于开展春季义务植树活动的通知", body="全市组织开展春季义务植树活动。"
    )


@pytest.fixture
async def publisher(
    make_matrix: Callable[..., Matrix], sleeps: Sleeps
) -> AsyncIterator[AsyncPublisher]:
    matrix = make_matrix(memory_account("m1"), memory_account("m2"), memory_account("m3"))
    async with AsyncPublisher(
        matrix, gate=open_gate, retry=RetryPolicy.no_wait(), sleep=sleeps
    ) as pub:
        yield pub


def reopen(matrix: Matrix) -> SqliteLedger:
    return SqliteLedger(matrix.store.path)
