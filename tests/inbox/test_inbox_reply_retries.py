"""A reply settles within one run: transient failures retried, an unknown outcome read back at once.

The rule of posts (:mod:`govpub.publisher.runner`), for replies
(:mod:`govpub.inbox.replies`): what the adapter calls retryable is tried again
under ``[publisher.retry]``; a send whose outcome is unknown is recorded, read
back, and sent again only when the platform confirmed it absent — at most
``max_resends`` times.  The memory adapter stands in for the platform.
"""

from __future__ import annotations

from collections.abc import Iterator
from datetime import UTC, datetime

import pytest

from govpub import Matrix
from govpub.config import StoreConfig
from govpub.inbox.replies import deliver_reply, retry_policy, settle_pending
from govpub.interactions import Interaction
from govpub.ledger import SqliteLedger
from govpub.model import Account
from govpub.platforms.memory import MemoryAdapter, MemorySettings, MemoryWorld
from govpub.publisher.retry import RetryPolicy

WORLD = "inbox-reply-retries"
POLICY = RetryPolicy.no_wait().model_copy(update={"max_attempts": 3, "max_resends": 2})


@pytest.fixture
def world() -> Iterator[MemoryWorld]:
    MemoryWorld.reset_all()
    yield MemoryWorld.get(WORLD)
    MemoryWorld.reset_all()


@pytest.fixture
def ledger() -> Iterator[SqliteLedger]:
    store = SqliteLedger(":memory:")
    yield store
    store.close()


@pytest.fixture
def adapter(world: MemoryWorld) -> MemoryAdapter:
    account = Account(
        id="m1", platform="memory", name="m1", unit="单位", settings=MemorySettings(world=WORLD)
    )
    return MemoryAdapter(account)


@pytest.fixture
async def intended(world: MemoryWorld, ledger: SqliteLedger, adapter: MemoryAdapter) -> Interaction:
    """One message from the public, collected, with a reply intended."""
    world.say("m1", "请问？", at=datetime(2026, 3, 2, 1, 0, tzinfo=UTC))
    page = await adapter.fetch_interactions("messages", None)
    (item,) = ledger.record_interactions(
        page.items, profile="national", due=lambda at: at.date(), actor="t"
    )
    return ledger.intend_reply(item.id, text="您好。", approvals=[], actor="t")


def calls(world: MemoryWorld) -> list[str]:
    return [c.operation for c in world.calls if c.operation in ("reply", "find_reply")]


def audit(ledger: SqliteLedger, interaction: Interaction) -> list[str]:
    return [r.action for r in ledger.trail.iter_records() if r.subject == interaction.id]


async def send(adapter: MemoryAdapter, ledger: SqliteLedger, item: Interaction) -> Interaction:
    return await deliver_reply(adapter, ledger, item, actor="t", policy=POLICY)


async def test_a_transient_failure_is_retried_in_the_same_run(
    world: MemoryWorld, ledger: SqliteLedger, adapter: MemoryAdapter, intended: Interaction
) -> None:
    world.fail("reply", "transient", times=2)
    done = await send(adapter, ledger, intended)
    assert ("sent", "replied") == (done.reply_state, done.state)
    assert ["reply", "reply", "reply"] == calls(world)
    assert 1 == len(world.replies)


async def test_retries_spent_leave_the_reply_unknown_for_the_next_sync(
    world: MemoryWorld, ledger: SqliteLedger, adapter: MemoryAdapter, intended: Interaction
) -> None:
    world.fail("reply", "transient", times=POLICY.max_attempts)
    done = await send(adapter, ledger, intended)
    assert "unknown" == done.reply_state
    assert ["reply"] * POLICY.max_attempts == calls(world)
    settled = await settle_pending(adapter, ledger, done, actor="t", policy=POLICY)
    assert ("sent", 1) == (settled.reply_state, len(world.replies))


async def test_an_unknown_outcome_is_read_back_and_sent_again_only_when_absent(
    world: MemoryWorld, ledger: SqliteLedger, adapter: MemoryAdapter, intended: Interaction
) -> None:
    world.fail("reply", "outcome_unknown")  # a 502 before the platform stored it
    done = await send(adapter, ledger, intended)
    assert ("sent", "replied") == (done.reply_state, done.state)
    assert ["reply", "find_reply", "reply"] == calls(world)
    assert ["inbox.reply_unknown", "inbox.reply_sent"] == audit(ledger, done)[-2:]


async def test_an_unknown_outcome_found_on_the_platform_is_never_sent_again(
    world: MemoryWorld, ledger: SqliteLedger, adapter: MemoryAdapter, intended: Interaction
) -> None:
    world.fail("reply", "outcome_unknown", after_commit=True)  # stored, then the answer lost
    done = await send(adapter, ledger, intended)
    assert ("sent", 1) == (done.reply_state, len(world.replies))
    assert ["reply", "find_reply"] == calls(world)


async def test_a_settling_re_send_that_fails_again_settles_in_the_same_run(
    world: MemoryWorld, ledger: SqliteLedger, adapter: MemoryAdapter, intended: Interaction
) -> None:
    """The gap this closes: a re-send meeting a 502 or a drop used to wait for the next sync."""
    world.fail("find_reply", "transient")  # the read-back itself is retried
    world.fail("reply", "outcome_unknown")  # the re-send's outcome is unknown: read back again
    done = await settle_pending(adapter, ledger, intended, actor="t", policy=POLICY)
    assert ("sent", 1) == (done.reply_state, len(world.replies))
    assert ["find_reply", "find_reply", "reply", "find_reply", "reply"] == calls(world)


async def test_re_sends_are_bounded_by_max_resends(
    world: MemoryWorld, ledger: SqliteLedger, adapter: MemoryAdapter, intended: Interaction
) -> None:
    world.fail("reply", "outcome_unknown", times=100)
    done = await send(adapter, ledger, intended)
    assert "unknown" == done.reply_state
    assert 1 + POLICY.max_resends == calls(world).count("reply")
    last = list(ledger.trail.iter_records())[-1]
    assert "resends_exhausted" == last.details["error"]["kind"]


async def test_a_read_back_that_keeps_failing_leaves_the_reply_unknown(
    world: MemoryWorld, ledger: SqliteLedger, adapter: MemoryAdapter, intended: Interaction
) -> None:
    world.fail("find_reply", "transient", times=POLICY.max_attempts)
    done = await settle_pending(adapter, ledger, intended, actor="t", policy=POLICY)
    assert ("unknown", []) == (done.reply_state, world.replies)
    assert ["find_reply"] * POLICY.max_attempts == calls(world)


async def test_a_refusal_is_not_retried(
    world: MemoryWorld, ledger: SqliteLedger, adapter: MemoryAdapter, intended: Interaction
) -> None:
    world.fail("reply", "rejected")
    done = await send(adapter, ledger, intended)
    assert ("failed", "new", ["reply"]) == (done.reply_state, done.state, calls(world))


def test_the_policy_is_the_publishers() -> None:
    matrix = Matrix(
        [],
        store=StoreConfig(path=":memory:"),
        sections={"publisher": {"retry": {"max_attempts": 2, "max_resends": 1}}},
    )
    assert (2, 1) == (retry_policy(matrix).max_attempts, retry_policy(matrix).max_resends)
    assert RetryPolicy() == retry_policy(Matrix([], store=StoreConfig(path=":memory:")))
