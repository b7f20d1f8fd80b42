"""The ledger: schema, state machine, steps, leases, images kept for resume."""

from __future__ import annotations

from pathlib import Path

import pytest

from govpub import Image, LedgerError, Post
from govpub.ledger import DeliveryPlan, SqliteLedger, delivery_key
from govpub.ledger.states import TRANSITIONS


@pytest.fixture
def ledger(tmp_path: Path) -> SqliteLedger:
    return SqliteLedger(tmp_path / "l.db")


def submit(ledger: SqliteLedger, post: Post) -> str:
    _, [delivery] = ledger.submit(
        post, [DeliveryPlan("a1", "memory")], state="active", approvals=[], actor="t"
    )
    return delivery.id


def test_plan_is_stored_before_anything_is_sent(ledger: SqliteLedger) -> None:
    post = Post(id="p1", title="t")
    delivery_id = submit(ledger, post)
    assert delivery_key("p1", "a1") == delivery_id
    assert "." not in delivery_id
    assert "planned" == ledger.get_delivery(delivery_id).state


@pytest.mark.parametrize(
    ("path", "allowed"),
    [
        (["sending", "published"], True),
        (["sending", "unknown", "planned", "sending", "published"], True),
        (["sending", "accepted", "published", "retracting", "retracted"], True),
        (["published"], False),
        (["sending", "published", "planned"], False),
        (["sending", "failed", "published"], False),
        (["planned"], False),
        (["cancelled", "planned"], False),
    ],
)
def test_state_machine(ledger: SqliteLedger, path: list[str], allowed: bool) -> None:
    delivery_id = submit(ledger, Post(id="p1", title="t"))
    if allowed:
        for state in path:
            ledger.transition(delivery_id, state, actor="t", action="delivery.test")  # type: ignore[arg-type]
        assert path[-1] == ledger.get_delivery(delivery_id).state
    else:
        *ok, bad = path
        for state in ok:
            ledger.transition(delivery_id, state, actor="t", action="delivery.test")  # type: ignore[arg-type]
        with pytest.raises(LedgerError, match="is not allowed"):
            ledger.transition(delivery_id, bad, actor="t", action="delivery.test")  # type: ignore[arg-type]


def test_every_state_has_a_row() -> None:
    targets = {t for row in TRANSITIONS.values() for t in row}
    assert targets <= set(TRANSITIONS)


def test_steps_survive_a_reopen(tmp_path: Path) -> None:
    ledger = SqliteLedger(tmp_path / "l.db")
    delivery_id = submit(ledger, Post(id="p1", title="t"))
    ledger.save_step(delivery_id, "draft_media_id", "MEDIA_1")
    ledger.save_step(delivery_id, "publish_id", "2247483655")
    ledger.save_step(delivery_id, "draft_media_id", None)
    ledger.close()
    again = SqliteLedger(tmp_path / "l.db")
    assert {"publish_id": "2247483655"} == dict(again.get_delivery(delivery_id).steps)


def test_images_are_kept_so_a_resume_sends_the_same_bytes(
    ledger: SqliteLedger, tmp_path: Path
) -> None:
    path = tmp_path / "a.png"
    path.write_bytes(b"\x89PNG\r\n\x1a\nORIGINAL")
    post = Post(
        id="p1", title="t", images=(Image.from_path(path, alt="图"),), cover=Image.from_path(path)
    )
    submit(ledger, post)
    path.write_bytes(b"\x89PNG\r\n\x1a\nCHANGED")
    loaded = ledger.load_post("p1")
    assert post.digest() == loaded.digest()
    assert b"\x89PNG\r\n\x1a\nORIGINAL" == loaded.images[0].data


def test_leases_keep_two_workers_apart(ledger: SqliteLedger) -> None:
    delivery_id = submit(ledger, Post(id="p1", title="t"))
    assert [delivery_id] == ledger.claim([delivery_id], owner="otherhost:1:1", lease_seconds=60)
    assert [] == ledger.claim([delivery_id], owner="me:2:2", lease_seconds=60)
    ledger.release(owner="otherhost:1:1")
    assert [delivery_id] == ledger.claim([delivery_id], owner="me:2:2", lease_seconds=60)


def test_a_dead_local_process_loses_its_lease(ledger: SqliteLedger) -> None:
    import socket

    delivery_id = submit(ledger, Post(id="p1", title="t"))
    dead = f"{socket.gethostname()}:999999999:1"
    assert [delivery_id] == ledger.claim([delivery_id], owner=dead, lease_seconds=600)
    assert [delivery_id] == ledger.claim([delivery_id], owner="me:2:2", lease_seconds=600)


def test_freeze_needs_a_reason(ledger: SqliteLedger) -> None:
    with pytest.raises(LedgerError, match="needs a reason"):
        ledger.freeze(reason="  ", actor="t")
    ledger.freeze(reason="演练", actor="张三")
    state = ledger.frozen()
    assert state is not None
    assert "演练" == state.reason
    ledger.unfreeze(actor="张三")
    assert ledger.frozen() is None


def test_errors_in_the_ledger_are_redacted(ledger: SqliteLedger) -> None:
    from govpub._redact import register_secret

    register_secret("TOKEN-abcdef-123")
    delivery_id = submit(ledger, Post(id="p1", title="t"))
    ledger.transition(delivery_id, "sending", actor="t", action="delivery.x")
    ledger.transition(
        delivery_id,
        "failed",
        actor="t",
        action="delivery.x",
        error={"message": "bad token TOKEN-abcdef-123 in ?access_token=TOKEN-abcdef-123"},
    )
    dump = "\n".join(ledger.connection.iterdump())
    assert "TOKEN-abcdef-123" not in dump
