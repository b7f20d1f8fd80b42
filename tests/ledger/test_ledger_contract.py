"""The ledger contract: what every store must do, run against each store.

Every ``Ledger`` method the publisher, governance and the CLI rely on, with the
guarantees they need: the plan written in one transaction, the state machine,
one owner per platform post, steps and attempts durable, leases, filings,
the report queries, the audit chain.  A store proves itself by passing this
module unchanged (the ``store`` fixture lists the stores).
"""

from __future__ import annotations

import socket
import subprocess
import sys
import threading
from collections.abc import Callable, Iterator
from dataclasses import FrozenInstanceError, fields, replace
from datetime import UTC, date, datetime, timedelta, timezone
from pathlib import Path
from typing import Any

import pytest

from govpub import Image, LeaseLostError, LedgerError, PlatformPostTakenError, Post
from govpub.ledger import (
    DeliveryPlan,
    DeliveryRecord,
    Ledger,
    NewFiling,
    SqliteLedger,
    delivery_key,
)
from govpub.ledger.database import WouldWait
from govpub.ledger.postgres import PostgresLedger

PNG = b"\x89PNG\r\n\x1a\n" + b"\x00" * 32


class Clock:
    """A settable clock shared with the store (times are compared in the reports)."""

    def __init__(self) -> None:
        self.now = datetime(2026, 3, 5, 1, 0, tzinfo=UTC)

    def __call__(self) -> datetime:
        return self.now

    def advance(self, **delta: float) -> datetime:
        self.now += timedelta(**delta)
        return self.now


StoreFactory = Callable[[Clock], Ledger]


@pytest.fixture(params=["sqlite", "postgresql"])
def open_store(request: pytest.FixtureRequest, tmp_path: Path) -> Iterator[StoreFactory]:
    opened: list[Ledger] = []
    url = request.getfixturevalue("postgres_ledger_url") if request.param == "postgresql" else ""

    def make(clock: Clock) -> Ledger:
        store: Ledger
        if url:
            store = PostgresLedger(url, clock=clock)
        else:
            store = SqliteLedger(tmp_path / "ledger.db", clock=clock)
        opened.append(store)
        return store

    yield make
    for store in opened:
        store.close()


@pytest.fixture
def clock() -> Clock:
    return Clock()


@pytest.fixture
def store(open_store: StoreFactory, clock: Clock) -> Ledger:
    return open_store(clock)


def plan(store: Ledger, post: Post, *accounts: str, state: str = "active") -> list[str]:
    _, deliveries = store.submit(
        post,
        [DeliveryPlan(a, "memory") for a in accounts],
        state=state,  # type: ignore[arg-type]
        approvals=[{"reviewer": "张敏", "signature": "sig"}],
        actor="contract",
    )
    return [d.id for d in deliveries]


def publish(store: Ledger, delivery_id: str, platform_post_id: str) -> None:
    store.transition(delivery_id, "sending", actor="t", action="delivery.sending")
    store.transition(
        delivery_id,
        "published",
        actor="t",
        action="delivery.published",
        platform_post_id=platform_post_id,
        url=f"https://memory.invalid/{platform_post_id}",
    )


# -- the writer's batches ----------------------------------------------------------------


def test_a_batch_that_must_not_wait_begins_at_once_or_not_at_all(store: Ledger) -> None:
    """``batch(wait=False)``: SQLite commits it when its connection and file are free, and
    refuses (nothing run) while another thread or a caller's transaction holds them;
    PostgreSQL, whose every statement is a round trip, always refuses."""
    [delivery] = plan(store, Post(id="p1", title="t"), "a1")
    batch = store.batch  # type: ignore[attr-defined]
    if not store.begins_without_waiting:  # type: ignore[attr-defined]
        with pytest.raises(WouldWait), batch(wait=False):
            store.save_step(delivery, "draft", "never")
        assert "draft" not in store.get_delivery(delivery).steps
        return
    with batch(wait=False):
        store.save_step(delivery, "draft", "M1")
    with store.transaction(), pytest.raises(WouldWait), batch(wait=False):
        pass
    holding, done = threading.Event(), threading.Event()

    def hold() -> None:
        with store.transaction():
            holding.set()
            done.wait(10)

    holder = threading.Thread(target=hold)
    holder.start()
    try:
        assert holding.wait(10)
        with pytest.raises(WouldWait), batch(wait=False):
            store.save_step(delivery, "draft", "never")
    finally:
        done.set()
        holder.join()
    assert "M1" == store.get_delivery(delivery).steps["draft"]


# -- posts and the plan -------------------------------------------------------------------


def test_the_plan_is_stored_with_the_post_and_its_images(store: Ledger) -> None:
    post = Post(title="通知", body="正文", cover=Image(src="c.png", data=PNG))
    ids = plan(store, post, "a1", "a2")
    assert [delivery_key(post.id, "a1"), delivery_key(post.id, "a2")] == ids
    record = store.get_post(post.id)
    assert record is not None
    assert (post.digest(), "active", "通知") == (record.digest, record.state, record.title)
    assert "sig" == record.approvals[0]["signature"]  # approvals are kept exactly (signed)
    loaded = store.load_post(post.id)
    assert post.digest() == loaded.digest()
    assert loaded.cover is not None
    assert PNG == loaded.cover.data
    assert {"planned"} == {d.state for d in store.deliveries(post_id=post.id)}


def test_the_plan_returns_the_deliveries_as_stored(store: Ledger) -> None:
    """A new post's deliveries are returned without a read: exactly what a read gives."""
    post = Post(id="p1", title="通知")
    plans = [
        DeliveryPlan("b-2", "memory"),
        DeliveryPlan("a-10", "memory", skip_reason="账号已停用"),
        DeliveryPlan("a-9", "weibo"),
    ]
    _, returned = store.submit(post, plans, state="active", approvals=[], actor="contract")
    assert store.deliveries(post_id="p1") == returned
    assert [store.get_delivery(d.id) for d in returned] == returned
    again = [DeliveryPlan("a-9", "weibo"), DeliveryPlan("c-1", "memory")]  # one new, one stored
    _, after = store.submit(post, again, state="active", approvals=[], actor="contract")
    assert store.deliveries(post_id="p1") == after
    assert 4 == len(after)


def test_a_delivery_read_is_a_complete_record(store: Ledger) -> None:
    """Records are built without the dataclass ``__init__``: every field, frozen, comparable."""
    (key,) = plan(store, Post(title="t"), "a1")
    read = store.transition(
        key, "failed", actor="t", action="delivery.failed", error={"kind": "rejected"}
    )
    made = DeliveryRecord(**vars(read))
    assert made == read
    assert {f.name for f in fields(DeliveryRecord)} == set(vars(read))
    assert {"kind": "rejected"} == read.last_error
    with pytest.raises(FrozenInstanceError):
        read.state = "planned"  # type: ignore[misc]


def test_submitting_again_adds_missing_deliveries_and_refuses_other_content(store: Ledger) -> None:
    post = Post(id="p1", title="通知")
    plan(store, post, "a1")
    plan(store, post, "a1", "a2")
    assert ["a1", "a2"] == sorted(d.account_id for d in store.deliveries(post_id="p1"))
    with pytest.raises(LedgerError, match="other content"):
        plan(store, Post(id="p1", title="另一条通知"), "a1")


def test_submit_returns_the_deliveries_as_a_read_gives_them(store: Ledger) -> None:
    """The plan's records are built, not read back: they equal what a read returns."""
    plans = [DeliveryPlan(f"a{n}", "memory") for n in (3, 1, 2)]
    plans.append(DeliveryPlan("a0", "memory", skip_reason="账号停用"))
    _, returned = store.submit(
        Post(id="p-read", title="通知"), plans, state="active", approvals=[], actor="t"
    )
    assert store.deliveries(post_id="p-read") == returned


def test_posts_summaries_states_and_due(store: Ledger, clock: Clock) -> None:
    soon = Post(title="排期", publish_at=clock.now + timedelta(hours=1))
    now = Post(title="立即")
    plan(store, soon, "a1", state="scheduled")
    plan(store, now, "a1", "a2")
    assert [now.id] == [p.id for p in store.posts(states=["active"])]
    summaries = {s.post.id: s.deliveries for s in store.post_summaries()}
    assert {"planned": 2} == dict(summaries[now.id])
    assert [] == store.due_posts(clock.now)
    assert [soon.id] == [p.id for p in store.due_posts(clock.advance(hours=2))]
    store.set_post_state(soon.id, "active", actor="t")
    assert "active" == store.get_post(soon.id).state  # type: ignore[union-attr]
    assert store.get_post("p_none") is None
    with pytest.raises(LedgerError):
        store.load_post("p_none")


# -- deliveries -----------------------------------------------------------------------------


def test_the_state_machine_is_enforced(store: Ledger) -> None:
    (delivery,) = plan(store, Post(title="t"), "a1")
    with pytest.raises(LedgerError, match="not allowed"):
        store.transition(delivery, "published", actor="t", action="delivery.published")
    store.transition(delivery, "sending", actor="t", action="delivery.sending")
    record = store.transition(
        delivery,
        "failed",
        actor="t",
        action="delivery.failed",
        error={"kind": "transient", "message": "502"},
        attempt={"operation": "publish", "outcome": "transient"},
    )
    assert ("failed", 1, "transient") == (record.state, record.attempts, record.last_error["kind"])  # type: ignore[index]
    assert record == store.get_delivery(delivery)
    with pytest.raises(LedgerError):
        store.get_delivery("dlv_none")


def test_steps_are_saved_replaced_and_forgotten(store: Ledger) -> None:
    (delivery,) = plan(store, Post(title="t"), "a1")
    store.save_step(delivery, "draft_media_id", "D1")
    store.save_step(delivery, "image_url:1", {"a": [1, 2], "中文": "值"})
    store.save_step(delivery, "draft_media_id", "D2")
    assert {"draft_media_id": "D2", "image_url:1": {"a": [1, 2], "中文": "值"}} == dict(
        store.get_delivery(delivery).steps
    )
    with pytest.raises(LedgerError, match="step name"):
        store.save_step(delivery, 'weird "name"', 1)
    store.save_step(delivery, "draft_media_id", None)
    assert "draft_media_id" not in store.get_delivery(delivery).steps
    with pytest.raises(LedgerError):
        store.save_step("dlv_none", "x", 1)


def test_attempts_count_only_publish_calls(store: Ledger) -> None:
    (delivery,) = plan(store, Post(title="t"), "a1")
    store.record_attempt(delivery, operation="publish", outcome="transient", wait=1.5)
    store.record_attempt(delivery, operation="status", outcome="pending")
    assert 1 == store.get_delivery(delivery).attempts


def test_a_platform_post_belongs_to_one_delivery(store: Ledger) -> None:
    (first,) = plan(store, Post(title="一"), "a1")
    (second,) = plan(store, Post(title="二"), "a1")
    (other_account,) = plan(store, Post(title="三"), "a2")
    publish(store, first, "X1")
    publish(store, other_account, "X1")  # ids are per account
    store.transition(second, "sending", actor="t", action="delivery.sending")
    with pytest.raises(PlatformPostTakenError) as caught:
        store.transition(
            second, "published", actor="t", action="delivery.published", platform_post_id="X1"
        )
    assert Post(title="一").id == caught.value.owner_post_id
    assert "sending" == store.get_delivery(second).state
    held = store.get_delivery(second)  # as a runner holds it: the update itself refuses
    with pytest.raises(PlatformPostTakenError):
        store.transition(
            second,
            "published",
            actor="t",
            action="delivery.published",
            platform_post_id="X1",
            held=held,
        )
    assert held == store.get_delivery(second)
    assert first == store.owner_of("a1", "X1").id  # type: ignore[union-attr]
    assert store.owner_of("a1", "X1", exclude=first) is None


def test_find_by_step(store: Ledger) -> None:
    (delivery,) = plan(store, Post(title="t"), "a1")
    store.save_step(delivery, "publish_id", "2247483649")
    assert delivery == store.find_by_step("a1", "publish_id", "2247483649").id  # type: ignore[union-attr]
    assert store.find_by_step("a2", "publish_id", "2247483649") is None
    assert store.find_by_step("a1", "publish_id", "1") is None


def test_copies_of_the_same_text(store: Ledger, clock: Clock) -> None:
    original = Post(title="通知", body="正文")
    (delivery,) = plan(store, original, "a1")
    publish(store, delivery, "X1")
    copy = Post(title="通知", body="正 文", summary="新")
    since = clock.now - timedelta(days=30)
    found = store.copies_of(
        copy.content_key(), accounts=["a1", "a2"], since=since, exclude_post=copy.id
    )
    assert [(d.account_id, d.post_id) for d in found] == [("a1", original.id)]
    assert [] == store.copies_of(
        copy.content_key(), accounts=["a1"], since=since, exclude_post=original.id
    )


def test_leases(store: Ledger, clock: Clock) -> None:
    ids = plan(store, Post(title="t"), "a1", "a2")
    assert sorted(ids) == sorted(store.claim(ids, owner="other-host:1:1", lease_seconds=60))
    assert [] == store.claim(ids, owner="me-host:2:2", lease_seconds=60)
    clock.advance(seconds=61)
    assert sorted(ids) == sorted(store.claim(ids, owner="me-host:2:2", lease_seconds=60))
    store.release(owner="me-host:2:2")
    assert sorted(ids) == sorted(store.claim(ids, owner="third-host:3:3", lease_seconds=60))


def test_a_lease_is_taken_and_read_in_one_call(store: Ledger, clock: Clock) -> None:
    (delivery,) = plan(store, Post(title="t"), "a1")
    record, held = store.lease(delivery, owner="other-host:1:1", lease_seconds=60)
    assert held
    assert ("other-host:1:1", "planned") == (record.owner, record.state)
    assert record == store.get_delivery(delivery)
    assert store.lease(delivery, owner="other-host:1:1", lease_seconds=60)[1]  # its own
    taken, held = store.lease(delivery, owner="me-host:2:2", lease_seconds=60)
    assert not held
    assert "other-host:1:1" == taken.owner  # the record as stored, not ours
    clock.advance(seconds=61)
    expired, held = store.lease(delivery, owner="me-host:2:2", lease_seconds=60)
    assert held
    assert "me-host:2:2" == expired.owner
    store.release(owner="me-host:2:2")
    assert store.lease(delivery, owner="third-host:3:3", lease_seconds=60)[1]
    with pytest.raises(LedgerError, match="no delivery 'nope'"):
        store.lease("nope", owner="me-host:2:2", lease_seconds=60)


def test_a_move_fenced_by_a_lease_needs_the_lease(store: Ledger, clock: Clock) -> None:
    """The fence before a platform call: refused, with nothing written, once another took over."""
    (delivery,) = plan(store, Post(title="t"), "a1")
    mine, _ = store.lease(delivery, owner="me-host:1:1", lease_seconds=60)
    clock.advance(seconds=61)  # expired, but no one took it: still ours to use
    moved = store.transition(
        delivery, "sending", actor="t", action="delivery.sending", owner="me-host:1:1"
    )
    assert ("sending", "me-host:1:1") == (moved.state, moved.owner)
    store.transition(delivery, "failed", actor="t", action="delivery.failed")
    store.transition(delivery, "planned", actor="t", action="delivery.requeued")
    clock.advance(seconds=61)
    taken, held = store.lease(delivery, owner="other-host:2:2", lease_seconds=60)
    assert held
    chain = len(list(store.trail.iter_records()))
    # the stalled holder, with the record it holds (the runner's fast path) and without
    stale = replace(mine, state="planned")
    transition: Any = store.transition  # ``held`` is the SQL stores' own fast path
    for kwargs in ({"held": stale}, {}):
        with pytest.raises(LeaseLostError, match="other-host:2:2") as refused:
            transition(
                delivery,
                "sending",
                actor="t",
                action="delivery.sending",
                owner="me-host:1:1",
                **kwargs,
            )
        assert (delivery, "other-host:2:2") == (refused.value.delivery_id, refused.value.holder)
    assert taken == store.get_delivery(delivery)  # nothing written
    assert chain == len(list(store.trail.iter_records()))  # and nothing audited
    moved = store.transition(
        delivery, "sending", actor="t", action="delivery.sending", owner="other-host:2:2"
    )
    assert "sending" == moved.state
    store.release(owner="other-host:2:2")
    with pytest.raises(LeaseLostError, match="no one"):
        store.transition(
            delivery, "unknown", actor="t", action="delivery.unknown", owner="other-host:2:2"
        )


def test_a_lease_of_a_dead_local_process_is_taken_over(store: Ledger) -> None:
    (delivery,) = plan(store, Post(title="t"), "a1")
    dead = f"{socket.gethostname()}:{_dead_pid()}:1"
    assert store.lease(delivery, owner=dead, lease_seconds=600)[1]
    record, held = store.lease(delivery, owner="me-host:2:2", lease_seconds=60)
    assert held
    assert "me-host:2:2" == record.owner


def _dead_pid() -> int:
    """The id of a process that has exited (and been reaped)."""
    child = subprocess.Popen([sys.executable, "-c", "pass"])
    child.wait()
    return child.pid


def test_the_post_and_the_freeze_are_read_together(store: Ledger) -> None:
    post = Post(title="t")
    plan(store, post, "a1")
    record, frozen = store.post_and_freeze(post.id)
    assert (store.get_post(post.id), None) == (record, frozen)
    store.freeze(reason="演练", actor="t")
    record, frozen = store.post_and_freeze(post.id)
    assert store.get_post(post.id) == record
    assert frozen == store.frozen()
    assert (None, frozen) == store.post_and_freeze("no-such-post")


def test_published_since_counts_for_the_hourly_limit(store: Ledger, clock: Clock) -> None:
    ids = plan(store, Post(title="t"), "a1", "a2")
    start = clock.now
    publish(store, ids[0], "X1")
    clock.advance(minutes=10)
    assert [start] == store.published_since("a1", start - timedelta(hours=1))
    assert [] == store.published_since("a2", start - timedelta(hours=1))


def test_freeze(store: Ledger) -> None:
    assert store.frozen() is None
    state = store.freeze(reason="演练", actor="t")
    assert ("演练", "t") == (state.reason, state.actor)
    store.unfreeze(actor="t")
    assert store.frozen() is None
    with pytest.raises(LedgerError):
        store.freeze(reason=" ", actor="t")


# -- filings --------------------------------------------------------------------------------


def filing(kind: str, account: str = "a1", day: int = 1) -> NewFiling:
    return NewFiling(
        kind=kind,  # type: ignore[arg-type]
        account_id=account,
        platform="memory",
        account_name="某某发布",
        unit="某某市人民政府办公室",
        supervisor="某某市委网信办",
        event_date=date(2026, 3, day),
        reason="测试",
        actor="t",
    )


def test_filings_are_stored_checked_and_filed(store: Ledger) -> None:
    opened = store.add_filing(filing("opened"))
    seen: list[object] = []
    closed = store.add_filing(filing("closed", day=2), check=seen.append)
    assert [opened] == seen  # the check sees the previous event, inside the transaction

    def refuse(previous: object) -> None:
        raise LedgerError("no")

    with pytest.raises(LedgerError):
        store.add_filing(filing("opened", day=3), check=refuse)
    assert [opened.id, closed.id] == [e.id for e in store.filings(account_id="a1")]
    assert {"a1": closed} == store.closed_accounts()
    filed = store.mark_filed(closed.id, filed_on=date(2026, 3, 3), actor="t", receipt="R1")
    assert (date(2026, 3, 3), "R1") == (filed.filed_on, filed.receipt)
    assert filed == store.filing(closed.id)
    assert {"a1": filed} == store.latest_filings()
    with pytest.raises(LedgerError):
        store.filing(999)


# -- reports -------------------------------------------------------------------------------


def test_reports(store: Ledger, clock: Clock) -> None:
    start = clock.now
    post = Post(title="t", source={"name": "新华网", "url": "https://www.news.cn/a"})
    ids = plan(store, post, "a1", "a2")
    publish(store, ids[0], "X1")
    clock.advance(minutes=5)
    store.transition(ids[0], "retracting", actor="t", action="delivery.retracting")
    store.transition(ids[0], "retracted", actor="t", action="delivery.retracted")
    store.transition(ids[1], "sending", actor="t", action="delivery.sending")
    store.transition(ids[1], "failed", actor="t", action="delivery.failed", error={"kind": "x"})
    end = clock.advance(minutes=5)
    assert {} == store.last_live_publications(end)  # a retracted copy is no update
    assert [("a1", post.id)] == [(p.account_id, p.post_id) for p in store.publications(start, end)]
    assert {("a1", True), ("a2", False)} == {
        (o.account_id, o.published) for o in store.outcomes(start, end)
    }
    assert ["a1"] == store.retractions(start, end)
    settled = store.latest_settled_deliveries(end)
    assert {"a1": "retracted", "a2": "failed"} == {k: v.state for k, v in settled.items()}
    facts = store.post_facts([post.id])
    assert facts[post.id].is_reprint


# -- the audit trail ------------------------------------------------------------------------


def test_every_change_is_in_a_verifiable_audit_chain(store: Ledger) -> None:
    (delivery,) = plan(store, Post(title="t"), "a1")
    publish(store, delivery, "X1")
    store.audit(actor="t", action="custom.note", subject="matrix", details={"n": 1})
    actions = [r.action for r in store.trail.iter_records()]
    assert actions[:3] == ["post.submitted", "post.planned", "delivery.sending"]
    assert "custom.note" == actions[-1]
    assert store.trail.verify()


def test_an_attempt_is_recorded_once_when_the_held_state_was_stale(store: Ledger) -> None:
    (delivery,) = plan(store, Post(title="t"), "a1")
    planned = store.get_delivery(delivery)
    store.transition(delivery, "sending", actor="t", action="delivery.sending")
    record = store.transition(  # held as "planned": the update misses, the row is read again
        delivery,
        "failed",
        actor="t",
        action="delivery.failed",
        error={"kind": "rejected"},
        attempt={"operation": "publish", "outcome": "rejected"},
        held=planned,
    )
    assert (1, "failed") == (record.attempts, record.state)
    assert ["rejected"] == [a["outcome"] for a in store.attempts(delivery)]


def test_a_plan_is_one_audit_record_naming_each_delivery(store: Ledger) -> None:
    post = Post(title="t")
    _, deliveries = store.submit(
        post,
        [DeliveryPlan("a1", "memory"), DeliveryPlan("a2", "memory", skip_reason="账号已停用")],
        state="active",
        approvals=[],
        actor="contract",
    )
    _, more = store.submit(  # the same post again, one account more: only it is new
        post,
        [DeliveryPlan("a1", "memory"), DeliveryPlan("a3", "memory")],
        state="active",
        approvals=[],
        actor="contract",
    )
    plans = [r for r in store.trail.iter_records() if r.action == "post.planned"]
    assert [post.id, post.id] == [r.subject for r in plans]
    by_account = {d.account_id: d.id for d in [*deliveries, *more]}
    assert [
        [
            {"delivery_id": by_account["a1"], "account": "a1", "reason": None},
            {"delivery_id": by_account["a2"], "account": "a2", "reason": "账号已停用"},
        ],
        [{"delivery_id": by_account["a3"], "account": "a3", "reason": None}],
    ] == [r.details["deliveries"] for r in plans]
    assert store.trail.verify()


def test_a_transition_and_its_attempt_are_one_audit_record(store: Ledger) -> None:
    (delivery,) = plan(store, Post(title="t"), "a1")
    store.transition(delivery, "sending", actor="t", action="delivery.sending")
    before = len(list(store.trail.iter_records()))
    record = store.transition(
        delivery,
        "published",
        actor="t",
        action="delivery.published",
        platform_post_id="X1",
        attempt={"operation": "publish", "outcome": "published"},
    )
    assert 1 == record.attempts == store.get_delivery(delivery).attempts
    assert ["publish"] == [a["operation"] for a in store.attempts(delivery)]
    (last,) = list(store.trail.iter_records())[before:]
    assert "delivery.published" == last.action
    assert {"operation": "publish", "outcome": "published", "error": None, "wait": None} == (
        last.details["attempt"]
    )
    assert store.trail.verify()


def test_a_move_not_read_back_returns_the_row_as_stored(open_store: StoreFactory) -> None:
    """``read_back=False`` builds the record from the held one: equal to a read of the row."""
    store = open_store(TickingClock())
    assert isinstance(store, SqliteLedger | PostgresLedger)
    (delivery,) = plan(store, Post(title="t"), "a1")
    held = store.get_delivery(delivery)
    store.save_step(delivery, "kept", {"n": 1})
    held = store.get_delivery(delivery)
    moves: list[dict[str, Any]] = [
        {"state": "sending", "steps": {"event_time": "2026-03-05T01:00:00Z", "kept": None}},
        {"state": "sending", "steps": {"upload": {"media": ("m1", 2), "ok": True}}},
        {
            "state": "unknown",
            "error": {"kind": "transient", "message": "no answer", "retryable": True},
            "next_attempt_at": datetime(2026, 3, 5, 9, 0, tzinfo=timezone(timedelta(hours=8))),
        },
        {"state": "accepted", "platform_post_id": "X1", "instruction": "poll"},
        {
            "state": "published",
            "url": "https://memory.invalid/X1",
            "attempt": {"operation": "publish", "outcome": "published"},
        },
    ]
    for move in moves:
        state = move.pop("state")
        moved = store.transition(
            delivery,
            state,
            actor="t",
            action=f"delivery.{state}",
            held=held,
            read_back=False,
            **move,
        )
        assert store.get_delivery(delivery) == moved, state
        held = moved
    assert 1 == held.attempts
    assert held.published_at == held.updated_at
    assert store.trail.verify()


class TickingClock(Clock):
    """A clock that moves on by a microsecond each time it is read."""

    def __call__(self) -> datetime:
        return self.advance(microseconds=1)


def test_a_state_change_has_one_instant(open_store: StoreFactory) -> None:
    """The row's ``updated_at``, the attempt's ``at`` and the audit record's time agree."""
    store = open_store(TickingClock())
    (delivery,) = plan(store, Post(title="t"), "a1")
    store.transition(delivery, "sending", actor="t", action="delivery.sending")
    record = store.transition(
        delivery,
        "published",
        actor="t",
        action="delivery.published",
        platform_post_id="X1",
        attempt={"operation": "publish", "outcome": "published"},
    )
    assert record.updated_at is not None
    (attempt,) = store.attempts(delivery)
    last = list(store.trail.iter_records())[-1]
    assert "delivery.published" == last.action
    assert record.updated_at == record.published_at == datetime.fromisoformat(last.time)
    assert record.updated_at == datetime.fromisoformat(str(attempt["at"]))
    assert store.trail.verify()


def test_two_writers_on_one_store_keep_one_chain(open_store: StoreFactory, clock: Clock) -> None:
    """Each writer keeps the chain's head in memory; the other's appends are noticed."""
    first, second = open_store(clock), open_store(clock)
    for n in range(6):
        writer = first if n % 3 else second
        writer.audit(actor="t", action="custom.note", subject="matrix", details={"n": n})
    with first.transaction():  # several appends in one transaction, then the other writer
        first.audit(actor="t", action="custom.note", subject="matrix", details={"n": 6})
        first.audit(actor="t", action="custom.note", subject="matrix", details={"n": 7})
    second.audit(actor="t", action="custom.note", subject="matrix", details={"n": 8})
    first.audit(actor="t", action="custom.note", subject="matrix", details={"n": 9})
    records = list(first.trail.iter_records())
    assert list(range(1, 11)) == [r.seq for r in records]
    assert list(range(10)) == [r.details["n"] for r in records]
    assert first.trail.verify()
    assert second.trail.verify()


def test_a_rolled_back_append_is_not_the_next_ones_predecessor(store: Ledger) -> None:
    store.audit(actor="t", action="custom.note", subject="matrix", details={"n": 1})

    def rolled_back() -> None:
        with store.transaction():
            store.audit(actor="t", action="custom.note", subject="matrix", details={"n": 2})
            raise RuntimeError("rolled back")

    with pytest.raises(RuntimeError):
        rolled_back()
    store.audit(actor="t", action="custom.note", subject="matrix", details={"n": 3})
    assert [(1, 1), (2, 3)] == [(r.seq, r.details["n"]) for r in store.trail.iter_records()]
    assert store.trail.verify()


def test_a_savepoint_rolled_back_mid_transaction_is_not_the_next_ones_predecessor(
    store: Ledger,
) -> None:
    """In one transaction the head is trusted after the first append — until a rollback."""

    def rolled_back() -> None:
        with store.transaction():  # a savepoint
            store.audit(actor="t", action="custom.note", subject="matrix", details={"n": 3})
            raise RuntimeError("rolled back")

    with store.transaction():
        store.audit(actor="t", action="custom.note", subject="matrix", details={"n": 1})
        store.audit(actor="t", action="custom.note", subject="matrix", details={"n": 2})
        with pytest.raises(RuntimeError):
            rolled_back()
        store.audit(actor="t", action="custom.note", subject="matrix", details={"n": 4})
        store.audit(actor="t", action="custom.note", subject="matrix", details={"n": 5})
    store.audit(actor="t", action="custom.note", subject="matrix", details={"n": 6})
    records = [(r.seq, r.details["n"]) for r in store.trail.iter_records()]
    assert [(1, 1), (2, 2), (3, 4), (4, 5), (5, 6)] == records
    assert store.trail.verify()


def test_a_write_that_fails_leaves_no_audit_record(store: Ledger) -> None:
    (delivery,) = plan(store, Post(title="t"), "a1")
    before = len(list(store.trail.iter_records()))
    with pytest.raises(LedgerError):
        store.transition(delivery, "published", actor="t", action="delivery.published")
    assert before == len(list(store.trail.iter_records()))
