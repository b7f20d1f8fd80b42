"""The crash points, in this process: what each hook names, and where the durable point is.

The hooks are meant for a child that dies; here a :class:`Tripwire` without a
target only counts, and each test takes the hooks off again.
"""

from __future__ import annotations

import asyncio
import subprocess
import sys
import threading
from collections.abc import Iterator
from datetime import UTC, date, datetime
from pathlib import Path
from typing import Any

import httpx
import pytest
from pydantic import SecretStr

from govpub.errors import LedgerError
from govpub.interactions import NewInteraction
from govpub.ledger import DeliveryPlan, SqliteLedger
from govpub.model import Account, Post
from govpub.platforms.app import AppAdapter, AppCredentials
from govpub.platforms.base import Adapter, DeliveryContext
from govpub.publisher.writer import LedgerWriter
from govpub.testing.crashpoints import CRASH_EXIT
from govpub.testing.crashpoints.hooks import install
from govpub.testing.crashpoints.points import Tripwire, read_points


@pytest.fixture
def tripwire() -> Iterator[Tripwire]:
    counting = Tripwire()
    uninstall = install(counting)
    try:
        yield counting
    finally:
        uninstall()


@pytest.fixture
def ledger(tmp_path: Path) -> Iterator[SqliteLedger]:
    store = SqliteLedger(tmp_path / "govpub.db")
    try:
        yield store
    finally:
        store.close()


def labels(tripwire: Tripwire) -> list[str]:
    return [str(point) for point in tripwire.points]


def planned(ledger: SqliteLedger) -> str:
    _, (delivery,) = ledger.submit(
        Post(id="p-hooks", title="通知", body="明天上午九点开会。"),
        [DeliveryPlan(account_id="app-1", platform="app")],
        state="active",
        approvals=(),
        actor="test",
    )
    return delivery.id


def test_a_write_of_its_own_commits_before_it_returns(
    ledger: SqliteLedger, tripwire: Tripwire
) -> None:
    delivery = planned(ledger)
    ledger.transition(delivery, "sending", actor="test", action="delivery.sending")
    assert [
        "ledger.submit before",  # its audit records are part of it, not points of their own
        "ledger.submit committed",
        "ledger.transition(sending, delivery.sending) before",
        "ledger.transition(sending, delivery.sending) committed",
    ] == labels(tripwire)


def test_a_write_of_one_statement_outside_a_transaction_is_committed_when_it_returns(
    ledger: SqliteLedger, tripwire: Tripwire
) -> None:
    delivery = planned(ledger)
    with ledger.joined():  # as the writer runs a call alone in its moment
        ledger.lease(delivery, owner="me", lease_seconds=60)
        ledger.release(owner="me", delivery_ids=[delivery])
    assert [
        "ledger.lease before",
        "ledger.lease committed",
        "ledger.release before",
        "ledger.release committed",
    ] == labels(tripwire)[2:]


def test_a_reply_has_a_point_on_each_side_of_its_intent_and_its_outcome(
    ledger: SqliteLedger, tripwire: Tripwire
) -> None:
    """The inbox writes are points of their own; their audit records are part of them."""
    item = NewInteraction(
        platform="app",
        account_id="app-1",
        platform_id="app-1:m1",
        kind="message",
        author="市民",
        text="请问？",
        received_at=datetime(2026, 3, 2, 9, tzinfo=UTC),
        reference={"id": "m1"},
    )
    ledger.record_interactions([item], profile="p", due=lambda _: date(2026, 3, 9), actor="t")
    ledger.intend_reply(item.id, text="您好。", approvals=[], actor="t")
    ledger.record_reply(item.id, outcome="sent", actor="t", platform_reply_id="r1")
    assert [
        "ledger.record_interactions before",
        "ledger.record_interactions committed",
        "ledger.intend_reply before",
        "ledger.intend_reply committed",
        "ledger.record_reply(sent) before",
        "ledger.record_reply(sent) committed",
    ] == labels(tripwire)


def test_in_a_group_commit_a_returned_call_is_not_yet_durable(
    ledger: SqliteLedger, tripwire: Tripwire
) -> None:
    delivery = planned(ledger)
    del tripwire.points[:]
    # What the publisher's writer thread does with the calls that queued up together.
    with ledger.transaction():
        ledger.save_step(delivery, "publish_id", "2247")
        with pytest.raises(LedgerError):
            ledger.transition(delivery, "published", actor="test", action="delivery.published")
        ledger.save_step(delivery, "submit_sent_at", None)
    assert [
        "ledger.save_step(publish_id) before",
        "ledger.save_step(publish_id) returned, commit pending",
        "ledger.transition(published, delivery.published) before",  # refused: rolled back
        "ledger.save_step(submit_sent_at → forget) before",
        "ledger.save_step(submit_sent_at → forget) returned, commit pending",
        "(ledger.save_step(publish_id) + ledger.save_step(submit_sent_at → forget)) committed",
    ] == labels(tripwire)


async def test_the_publishers_writer_tells_no_caller_before_its_group_commit(
    ledger: SqliteLedger, tripwire: Tripwire
) -> None:
    delivery = planned(ledger)
    writer = LedgerWriter(ledger)
    release = threading.Event()
    try:
        # The first call holds the writer thread; the two behind it then queue up and are
        # run together, in one transaction (the group commit of govpub.publisher.writer).
        busy = asyncio.ensure_future(writer.run(release.wait, 10))
        await asyncio.sleep(0.05)

        async def save(name: str) -> None:
            await writer.run(ledger.save_step, delivery, name, 1)
            tripwire.hit("step", f"caller of {name} resumed")

        calls = asyncio.gather(save("a"), save("b"))
        await asyncio.sleep(0.05)
        release.set()
        await busy
        await calls
    finally:
        writer.close()
    seen = labels(tripwire)
    commit = "(ledger.save_step(a) + ledger.save_step(b)) committed"
    assert "ledger.save_step(b) returned, commit pending" in seen
    assert seen.index(commit) < seen.index("caller of a resumed")
    assert seen.index(commit) < seen.index("caller of b resumed")
    assert 1 == seen.count(commit)


def test_a_refused_write_has_no_durable_point(ledger: SqliteLedger, tripwire: Tripwire) -> None:
    delivery = planned(ledger)
    with pytest.raises(LedgerError):
        ledger.transition(delivery, "published", actor="test", action="delivery.published")
    assert "ledger.transition(published, delivery.published) before" == labels(tripwire)[-1]


async def test_a_step_has_points_around_its_action_and_its_save(tripwire: Tripwire) -> None:
    saved: list[tuple[str, Any]] = []

    async def save(name: str, value: Any) -> None:
        tripwire.hit("ledger", f"saving {name}")
        saved.append((name, value))

    async def upload() -> str:
        tripwire.hit("http", "platform called")
        return "media-1"

    ctx = DeliveryContext(
        key="dlv_1", post_id="p", post_digest="", account=_account(), save_step=save
    )
    assert "media-1" == await ctx.step("cover_media_id", upload)
    assert "media-1" == await ctx.step("cover_media_id", upload)  # saved: reused, no point
    assert [
        "step cover_media_id: before",
        "platform called",
        "step cover_media_id: done, unsaved",
        "saving cover_media_id",
        "step cover_media_id: saved",
    ] == labels(tripwire)
    assert [("cover_media_id", "media-1")] == saved


async def test_an_answer_is_named_by_its_path_below_api_base_without_the_query(
    tripwire: Tripwire,
) -> None:
    client = httpx.AsyncClient(transport=httpx.MockTransport(lambda r: httpx.Response(201)))
    adapter = AppAdapter(_account(), client=client)
    try:
        await adapter.send(
            "POST", f"{adapter.api_base}/posts?access_token=s3cret", idempotent=False
        )
    finally:
        await client.aclose()
    assert ["http POST /posts → 201"] == labels(tripwire)


def test_uninstall_puts_everything_back() -> None:
    originals = (SqliteLedger.transition, SqliteLedger.transaction, DeliveryContext.step)
    send = Adapter.send
    uninstall = install(Tripwire())
    assert SqliteLedger.transition is not originals[0]
    uninstall()
    assert originals == (SqliteLedger.transition, SqliteLedger.transaction, DeliveryContext.step)
    assert send is Adapter.send


def test_the_tripwire_counts_occurrences_and_logs_every_point(tmp_path: Path) -> None:
    log = tmp_path / "points.jsonl"
    with log.open("w", encoding="utf-8") as sink:
        counting = Tripwire(log=sink)
        for label in ("a", "b", "a"):
            counting.hit("ledger", label)
    text = log.read_text(encoding="utf-8") + '{"kind": "ledger", "lab'  # cut short by a crash
    points = read_points(text)
    assert [("a", 1, 1), ("b", 1, 2), ("a", 2, 3)] == [
        (p.label, p.occurrence, p.index) for p in points
    ]
    assert "a (#2)" == str(points[-1])


def test_the_tripwire_ends_the_process_at_its_target_without_cleaning_up() -> None:
    script = (
        "import atexit\n"
        "from govpub.testing.crashpoints.points import Tripwire\n"
        "atexit.register(lambda: print('atexit ran'))\n"
        "wire = Tripwire(target=('a', 2))\n"
        "wire.hit('ledger', 'a'); print('first a', flush=True)\n"
        "wire.hit('ledger', 'a'); print('second a')\n"
    )
    done = subprocess.run(
        [sys.executable, "-c", script], capture_output=True, text=True, timeout=60, check=False
    )
    assert (CRASH_EXIT, "first a\n") == (done.returncode, done.stdout)


def _account() -> Account:
    return Account(
        id="app-1",
        platform="app",
        name="示例市政务客户端",
        unit="示例市大数据中心",
        api_base="http://127.0.0.1:9/app/tenant-1",
        credentials=AppCredentials(webhook_secret=SecretStr("whsec_" + "QUJD" * 8)),
    )
