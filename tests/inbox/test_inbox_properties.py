"""Properties of collection: whatever the interleaving of messages, syncs and failures,
every message is stored exactly once, and a reply is never doubled or lost.

The memory adapter stands in for a platform (collection and replies by its contract), a
SQLite ledger in memory for the store; hypothesis draws the schedule.
"""

from __future__ import annotations

import asyncio
import contextlib
from datetime import UTC, datetime, timedelta

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from govpub import Matrix
from govpub.config import StoreConfig
from govpub.inbox.replies import deliver_reply, settle_pending
from govpub.inbox.sync import sync_inbox
from govpub.interactions import Interaction
from govpub.ledger import SqliteLedger
from govpub.model import Account
from govpub.platforms.interaction import ReplyOutcome
from govpub.platforms.memory import MemoryAdapter, MemorySettings, MemoryWorld
from govpub.platforms.wechat.comments import _cursor
from govpub.publisher.retry import RetryPolicy

WORLD = "inbox-properties"
POLICY = RetryPolicy.no_wait()
START = datetime(2026, 3, 2, 1, 0, tzinfo=UTC)

steps = st.lists(
    st.one_of(
        st.tuples(st.just("say"), st.sampled_from(["m1", "m2"])),
        st.tuples(st.just("sync"), st.booleans()),  # True: the platform fails this time
    ),
    max_size=25,
)


def world_and_matrix() -> tuple[MemoryWorld, Matrix]:
    MemoryWorld.reset_all()
    accounts = [
        Account(
            id=name, platform="memory", name=name, unit="单位", settings=MemorySettings(world=WORLD)
        )
        for name in ("m1", "m2")
    ]
    return MemoryWorld.get(WORLD), Matrix(accounts, store=StoreConfig(path=":memory:"))


@settings(max_examples=20, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(schedule=steps)
def test_every_message_is_stored_exactly_once(schedule: list[tuple[str, object]]) -> None:
    world, matrix = world_and_matrix()
    ledger = SqliteLedger(":memory:")
    said = 0
    for number, (action, arg) in enumerate(schedule):
        if action == "say":
            world.say(str(arg), f"第{number}条", at=START + timedelta(minutes=number))
            said += 1
        else:
            if arg:
                world.fail("interactions", "transient", account="m1")
            asyncio.run(sync_inbox(matrix, ledger))
    asyncio.run(sync_inbox(matrix, ledger))  # a last, clean sync catches up
    stored = ledger.interactions()
    assert said == len(stored)
    assert len({i.platform_id for i in stored}) == len(stored)
    ledger.close()


class Killed(BaseException):
    """What a process killed at a crash point leaves: nothing after it runs."""


class KilledAroundTheSend(MemoryAdapter):
    """The memory platform, in a process that dies just before or just after it takes a reply.

    The kill-based crash test (``tests/crashpoints/test_reply_crash_points.py``)
    does this with real processes on the sandbox; here hypothesis combines it with
    the platform's answers.
    """

    def __init__(self, account: Account, *, at: str | None) -> None:
        super().__init__(account)
        self.at = at

    async def send_reply(
        self, interaction: Interaction, text: str, *, key: str, operator_ip: str | None = None
    ) -> ReplyOutcome:
        if self.at == "before_send":
            raise Killed(self.at)
        outcome = await super().send_reply(interaction, text, key=key, operator_ip=operator_ip)
        if self.at == "after_send":
            raise Killed(self.at)
        return outcome


@settings(max_examples=20, deadline=None)
@given(
    crash=st.sampled_from(["before_send", "after_send", None]),
    lost=st.booleans(),
    refused=st.booleans(),
)
def test_a_reply_is_neither_lost_nor_doubled(crash: str | None, lost: bool, refused: bool) -> None:
    world, matrix = world_and_matrix()
    world.say("m1", "请问？", at=START)
    ledger = SqliteLedger(":memory:")
    asyncio.run(sync_inbox(matrix, ledger))
    (item,) = ledger.interactions()
    if lost:
        world.fail("reply", "outcome_unknown", after_commit=True)
    elif refused:
        world.fail("reply", "rejected")
    intended = ledger.intend_reply(item.id, text="您好。", approvals=[], actor="t")
    dying = KilledAroundTheSend(matrix.account("m1"), at=crash)
    with contextlib.suppress(Killed):
        asyncio.run(deliver_reply(dying, ledger, intended, actor="t", policy=POLICY))
    after = ledger.interaction(item.id)
    if after.reply_state in ("intended", "unknown"):  # one sync, in a new process, settles it
        adapter = MemoryAdapter(matrix.account("m1"))
        asyncio.run(settle_pending(adapter, ledger, after, actor="t", policy=POLICY))
    final = ledger.interaction(item.id)
    replies = [m for m in world.messages if m.reply is not None]
    if final.reply_state == "failed":
        assert ([], "new") == (replies, final.state)
    else:
        assert ("sent", "replied", 1) == (final.reply_state, final.state, len(replies))
    sends = [c for c in world.calls if c.operation == "reply"]
    assert len(sends) <= 2  # at most: the send that was lost, and none after it was found
    ledger.close()


@given(st.text(max_size=200))
def test_a_wechat_cursor_never_breaks_collection(text: str) -> None:
    parsed = _cursor(text)
    assert all(isinstance(v, int) for v in parsed.values())
