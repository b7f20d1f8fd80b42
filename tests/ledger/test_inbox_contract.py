"""The inbox part of the ledger contract (政民互动), run against both stores.

Stored once per platform id; linked to the govpub post by the delivery's
platform post id; the cursor moves in the same transaction as the page it
covers; every state change audited; a reply recorded before it is sent, and
at most one reply in flight.
"""

from __future__ import annotations

from collections.abc import Callable, Iterator
from datetime import UTC, date, datetime, timedelta
from pathlib import Path

import pytest

from govpub import LedgerError, Post
from govpub.interactions import NewInteraction
from govpub.ledger import DeliveryPlan, Ledger, SqliteLedger
from govpub.ledger.postgres import PostgresLedger

NOW = datetime(2026, 3, 5, 1, 0, tzinfo=UTC)


def due(received: datetime) -> date:
    return (received + timedelta(days=7)).date()


@pytest.fixture(params=["sqlite", "postgresql"])
def store(request: pytest.FixtureRequest, tmp_path: Path) -> Iterator[Ledger]:
    clock: Callable[[], datetime] = lambda: NOW  # noqa: E731 - a fixed clock
    opened: Ledger
    if request.param == "postgresql":
        opened = PostgresLedger(request.getfixturevalue("postgres_ledger_url"), clock=clock)
    else:
        opened = SqliteLedger(tmp_path / "ledger.db", clock=clock)
    yield opened
    opened.close()


def comment(number: int, *, account: str = "wb", post_ref: str | None = None) -> NewInteraction:
    return NewInteraction(
        platform="weibo",
        account_id=account,
        platform_id=f"49{number:014d}",
        kind="comment",
        author=f"网友{number}",
        text=f"请问办理流程是什么？{number}",
        received_at=NOW - timedelta(days=number),
        platform_post_id=post_ref,
        reference={"comment_id": f"49{number:014d}", "status_id": post_ref},
    )


def test_interactions_are_stored_once_linked_and_audited(store: Ledger) -> None:
    post = Post(title="通知", body="正文")
    _, deliveries = store.submit(
        post, [DeliveryPlan("wb", "weibo")], state="active", approvals=[], actor="t"
    )
    store.transition(deliveries[0].id, "sending", actor="t", action="d.sending")
    store.transition(deliveries[0].id, "published", actor="t", action="d.ok", platform_post_id="S1")

    first = store.record_interactions(
        [comment(1, post_ref="S1"), comment(2)], profile="national", due=due, actor="sync"
    )
    again = store.record_interactions(
        [comment(1, post_ref="S1"), comment(3)], profile="national", due=due, actor="sync"
    )

    assert 2 == len(first)
    assert [comment(3).id] == [i.id for i in again]
    stored = store.interaction(comment(1).id)
    assert (post.id, "new", "national", due(comment(1).received_at)) == (
        stored.post_id,
        stored.state,
        stored.profile,
        stored.due_on,
    )
    assert {"comment_id": comment(1).platform_id, "status_id": "S1"} == dict(stored.reference)
    assert None is store.interaction(comment(2).id).post_id
    received = [r for r in store.trail.iter_records() if r.action == "inbox.received"]
    assert 3 == len(received)
    assert "请问" not in str([r.details for r in received])  # the words stay in the ledger


def test_listing_filters_and_ids_by_prefix(store: Ledger) -> None:
    store.record_interactions(
        [comment(1), comment(2), comment(3, account="wx")], profile="p", due=due, actor="t"
    )
    oldest_first = [i.platform_id for i in store.interactions()]
    assert [comment(n).platform_id for n in (3, 2, 1)] == oldest_first
    assert 2 == len(store.interactions(account_id="wb"))
    overdue_on = due(comment(3).received_at) + timedelta(days=1)
    assert [comment(3).id] == [i.id for i in store.interactions(due_before=overdue_on)]
    assert [comment(2).id] == [i.id for i in store.find_interactions(comment(2).id[:10])]
    assert [] == store.find_interactions("itx_%")
    with pytest.raises(LedgerError, match="no interaction 'itx_nope'"):
        store.interaction("itx_nope")


def test_the_cursor_moves_with_the_page(store: Ledger) -> None:
    assert None is store.inbox_cursor("wb", "comments")
    store.record_interactions(
        [comment(1)], profile="p", due=due, actor="t", cursor=("wb", "comments", "100")
    )
    store.record_interactions([], profile="p", due=due, actor="t", cursor=("wb", "comments", "200"))
    assert ("200", None) == (
        store.inbox_cursor("wb", "comments"),
        store.inbox_cursor("wb", "mentions"),
    )


def test_assign_close_and_reasons(store: Ledger) -> None:
    store.record_interactions([comment(1), comment(2)], profile="p", due=due, actor="t")
    assigned = store.assign_interaction(comment(1).id, assignee="李华", actor="主任")
    assert ("assigned", "李华") == (assigned.state, assigned.assignee)
    with pytest.raises(LedgerError, match="needs a reason"):
        store.close_interaction(comment(2).id, reason=" ", actor="t")
    closed = store.close_interaction(comment(2).id, reason="广告信息", actor="t")
    assert ("no_reply_needed", "广告信息", False) == (closed.state, closed.reason, closed.is_open)
    with pytest.raises(LedgerError, match="already no_reply_needed"):
        store.close_interaction(comment(2).id, reason="again", actor="t")
    with pytest.raises(LedgerError, match="only an open one"):
        store.assign_interaction(comment(2).id, assignee="李华", actor="t")
    actions = [r.action for r in store.trail.iter_records() if r.subject == comment(2).id]
    assert ["inbox.received", "inbox.no_reply_needed"] == actions


def test_a_reply_is_intended_before_it_is_sent_and_only_one_is_in_flight(store: Ledger) -> None:
    store.record_interactions([comment(1)], profile="p", due=due, actor="t")
    target = comment(1).id
    with pytest.raises(LedgerError, match="no reply in flight"):
        store.record_reply(target, outcome="sent", actor="t")
    intended = store.intend_reply(
        target, text="您好，流程见官网。", approvals=[{"reviewer": "张敏"}], actor="李华"
    )
    assert ("intended", "new") == (intended.reply_state, intended.state)
    with pytest.raises(LedgerError, match="reply in flight"):
        store.intend_reply(target, text="again", approvals=[], actor="t")
    with pytest.raises(LedgerError, match="reconcile"):
        store.close_interaction(target, reason="x", actor="t")
    unknown = store.record_reply(target, outcome="unknown", actor="t")
    assert ["unknown"] == [i.reply_state for i in store.interactions(pending_reply=True)]
    sent = store.record_reply(target, outcome="sent", actor="t", platform_reply_id="R9")
    assert ("unknown", "replied", "sent", "R9", NOW) == (
        unknown.reply_state,
        sent.state,
        sent.reply_state,
        sent.reply_platform_id,
        sent.replied_at,
    )
    assert ({"reviewer": "张敏"},) == sent.reply_approvals
    with pytest.raises(LedgerError, match="only an open one"):
        store.intend_reply(target, text="twice", approvals=[], actor="t")
    closed = store.close_interaction(target, reason="已答复", actor="t")
    assert "closed" == closed.state
    actions = [r.action for r in store.trail.iter_records() if r.subject == target]
    assert [
        "inbox.received",
        "inbox.reply_intended",
        "inbox.reply_unknown",
        "inbox.reply_sent",
        "inbox.closed",
    ] == actions


def test_a_failed_reply_lets_a_corrected_one_be_intended(store: Ledger) -> None:
    store.record_interactions([comment(1)], profile="p", due=due, actor="t")
    store.intend_reply(comment(1).id, text="太长" * 100, approvals=[], actor="t")
    store.record_reply(comment(1).id, outcome="failed", actor="t", error={"code": 20012})
    again = store.intend_reply(comment(1).id, text="您好。", approvals=[], actor="t")
    assert ("intended", "您好。") == (again.reply_state, again.reply_text)


def test_an_approved_reply_joins_the_answer_library_once(store: Ledger) -> None:
    store.record_interactions([comment(1), comment(2)], profile="p", due=due, actor="t")
    for number in (1, 2):
        target = comment(number).id
        store.intend_reply(
            target, text="您好，流程见官网。", approvals=[{"reviewer": "张敏"}], actor="t"
        )
        store.record_reply(target, outcome="sent", actor="t")
    store.record_interactions([comment(3)], profile="p", due=due, actor="t")
    store.intend_reply(comment(3).id, text="未经审核", approvals=[], actor="t")
    store.record_reply(comment(3).id, outcome="sent", actor="t")
    kept = store.answers()
    assert 2 == len(kept)  # two questions (their numbers differ); the unreviewed one is not kept
    assert {("您好，流程见官网。", ("张敏",))} == {(a.answer, a.reviewers) for a in kept}
