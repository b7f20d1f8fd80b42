"""Which kill points a run kills at: every one, one per durable state, or an even sample."""

from __future__ import annotations

from govpub.testing.crashpoints import CrashPoint, durable_states, every_point, spread

LABELS = [
    ("ledger", "ledger.transition(sending, delivery.sending) before"),
    ("ledger", "ledger.transition(sending, delivery.sending) committed"),
    ("step", "step weibo_status: before"),
    ("http", "http POST /2/statuses/share.json → 200"),
    ("step", "step weibo_status: done, unsaved"),
    ("ledger", "ledger.save_step(weibo_status) before"),
    ("ledger", "ledger.save_step(weibo_status) returned, commit pending"),
    ("ledger", "ledger.save_step(weibo_status) committed"),
    ("step", "step weibo_status: saved"),
]
POINTS = [CrashPoint(kind, label, 1, n) for n, (kind, label) in enumerate(LABELS, 1)]  # type: ignore[arg-type]


def test_durable_states_keeps_the_first_point_and_each_one_after_a_change() -> None:
    assert [1, 2, 4, 8] == [p.index for p in durable_states(POINTS)]


def test_every_point_is_every_point() -> None:
    assert POINTS == list(every_point(POINTS))


def test_spread_is_even_deterministic_and_keeps_both_ends() -> None:
    assert [1, 5, 9] == [p.index for p in spread(3)(POINTS)]
    assert spread(3)(POINTS) == spread(3)(POINTS)
    assert POINTS == list(spread(50)(POINTS))
    assert [] == list(spread(0)(POINTS))
