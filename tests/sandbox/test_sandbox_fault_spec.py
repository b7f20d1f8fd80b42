"""The fault spec language: parsing, errors that name the bad part, deterministic decisions."""

from __future__ import annotations

import random

import pytest
from hypothesis import given
from hypothesis import strategies as st

from govpub.errors import ConfigError
from govpub.sandbox.faults import KINDS, OPERATIONS, PLATFORMS, FaultPlan, parse_faults

EXAMPLE = (
    "wechat:5xx=0.1,weibo:rate_limit=0.05@retry_after=2,app:commit_timeout=0.05,"
    "*:slow=0.1@delay=0.5,wechat:token_expiry=0.02,wechat:busy=0.05"
)


def test_fault_spec_the_documented_example_parses() -> None:
    plan = parse_faults(EXAMPLE, seed=7)
    summary = [(r.platform, r.kind, r.probability, dict(r.params)) for r in plan.rules]
    assert [
        ("wechat", "5xx", 0.1, {}),
        ("weibo", "rate_limit", 0.05, {"retry_after": 2.0}),
        ("app", "commit_timeout", 0.05, {}),
        ("*", "slow", 0.1, {"delay": 0.5}),
        ("wechat", "token_expiry", 0.02, {}),
        ("wechat", "busy", 0.05, {}),
    ] == summary
    assert 7 == plan.seed


@pytest.mark.parametrize(
    ("spec", "operation", "next_n", "probability"),
    [
        ("wechat/freepublish.submit:commit_timeout=next", "freepublish.submit", 1, 0.0),
        ("wechat/draft.*:5xx=next3", "draft.*", 3, 0.0),
        ("app:5xx=always", None, None, 1.0),
        (" weibo : drop = 0 ", None, None, 0.0),
    ],
)
def test_fault_spec_amounts_and_operations(
    spec: str, operation: str | None, next_n: int | None, probability: float
) -> None:
    (rule,) = parse_faults(spec).rules
    assert (operation, next_n, probability) == (rule.operation, rule.next_n, rule.probability)


@pytest.mark.parametrize(
    ("spec", "names"),
    [
        ("wechat:5xx", "missing '=AMOUNT'"),
        ("wechat=0.1", "expected PLATFORM:KIND=AMOUNT"),
        ("douyin:5xx=0.1", "unknown platform 'douyin'"),
        ("wechat:explode=0.1", "unknown fault kind 'explode'"),
        ("wechat:5xx=1.5", "probability '1.5' is not between 0 and 1"),
        ("wechat:5xx=lots", "bad amount 'lots'"),
        ("wechat:5xx=next0", "bad amount 'next0'"),
        ("wechat:5xx=nan", "probability 'nan'"),
        ("wechat:5xx=0.1@delay=2", "unknown parameter 'delay' for 5xx"),
        ("wechat:slow=0.1@delay=soon", "delay='soon' is not a number"),
        ("wechat:slow=0.1@delay=-1", "delay='-1' must be ≥ 0"),
        ("wechat:slow=0.1@delay=1@delay=2", "parameter 'delay' given twice"),
        ("wechat:5xx=0.1@status=404", "status='404' is not a 5xx status"),
        ("wechat:reject=0.1@status=5", "status='5' must be 2, 3 or 4"),
        ("app:token_expiry=0.1", "does not apply to platform app"),
        ("weibo:reject=0.1", "does not apply to platform weibo"),
        ("wechat/draft.nothing:5xx=0.1", "unknown operation 'draft.nothing'"),
        ("wechat:commit_timeout=0.1@mode=explode", "mode='explode' is not one of: delay, drop"),
        ("wechat:5xx=0.1,,weibo:5xx=0.1", "fault rule 2 (an empty rule)"),
        ("wechat:5xx=0.1,", "fault rule 2 (an empty rule)"),
        ("wechat:5xx=0.1@after", "parameter 'after' needs a value"),
    ],
)
def test_fault_spec_errors_name_the_bad_part(spec: str, names: str) -> None:
    with pytest.raises(ConfigError) as caught:
        parse_faults(spec)
    assert names in caught.value.reason
    assert "faults" == caught.value.key


def test_fault_spec_error_quotes_the_whole_bad_rule() -> None:
    with pytest.raises(ConfigError) as caught:
        parse_faults("wechat:5xx=0.1,weibo:rate_limit=2")
    assert caught.value.reason.startswith("fault rule 2 ('weibo:rate_limit=2'): ")


@pytest.mark.parametrize("spec", [None, "", "   "])
def test_fault_spec_empty_means_no_faults(spec: str | None) -> None:
    assert not parse_faults(spec)


_GRAMMAR_BITS = st.sampled_from(
    [*PLATFORMS, "*", *KINDS, ":", "=", "@", ",", "/", "0.1", "1", "next", "next2", "always",
     "delay", "retry_after", "status", "mode", "drop", "after", "account", "x", "-", " ", "draft.add",
     "freepublish.*", "2.5", "503"]
)  # fmt: skip


@given(st.lists(_GRAMMAR_BITS, max_size=12).map("".join) | st.text(max_size=40))
def test_fault_spec_any_text_parses_or_names_the_bad_rule(spec: str) -> None:
    try:
        plan = parse_faults(spec)
    except ConfigError as exc:
        tokens = [t.strip() for t in spec.split(",")]
        assert any(f"'{t}'" in exc.reason for t in tokens if t) or "an empty rule" in exc.reason
    else:
        assert parse_faults(plan.to_spec()).to_spec() == plan.to_spec()


_rules = st.builds(
    lambda platform, kind, amount, delay: (
        f"{platform}:{kind}={amount}" + (f"@delay={delay}" if kind in ("slow", "commit_timeout") else "")
    ),
    st.sampled_from(["wechat", "*"]),
    st.sampled_from(sorted(KINDS)),
    st.one_of(
        st.floats(0, 1, allow_nan=False).map(repr),
        st.integers(1, 9).map(lambda n: f"next{n}"),
        st.just("always"),
    ),
    st.floats(0, 10, allow_nan=False).map(repr),
)  # fmt: skip


@given(st.lists(_rules, min_size=1, max_size=5).map(",".join))
def test_fault_spec_round_trips(spec: str) -> None:
    plan = parse_faults(spec)
    again = parse_faults(plan.to_spec())
    assert [(r.platform, r.kind, r.probability, r.next_n, dict(r.params)) for r in plan.rules] == [
        (r.platform, r.kind, r.probability, r.next_n, dict(r.params)) for r in again.rules
    ]


# -- decisions ------------------------------------------------------------------------


def _pattern(plan: FaultPlan, calls: list[tuple[str, int]]) -> dict[tuple[str, int], bool]:
    return {
        (account, n): bool(plan.decide("wechat", "draft.add", account).error)
        for account, n in calls
    }


def test_fault_decisions_do_not_depend_on_how_calls_interleave() -> None:
    calls = [(f"wx{a}", n) for a in range(50) for n in range(20)]
    shuffled = calls[:]
    random.Random(1).shuffle(shuffled)
    shuffled.sort(key=lambda c: c[1])  # per account the order is kept; accounts interleave
    first = _pattern(parse_faults("wechat:5xx=0.3", seed=42), calls)
    second = _pattern(parse_faults("wechat:5xx=0.3", seed=42), shuffled)
    other = _pattern(parse_faults("wechat:5xx=0.3", seed=43), calls)
    assert first == second
    assert first != other


def test_fault_probability_is_honoured_over_many_calls() -> None:
    plan = parse_faults("*:busy=0.1", seed=3)
    fired = sum(bool(plan.decide("weibo", "statuses.share", f"u{i}").error) for i in range(20_000))
    assert 1800 < fired < 2200


def test_fault_next_after_and_account_parameters() -> None:
    plan = parse_faults("wechat:token_expiry=next2@after=1@account=wx1")
    fired = [
        bool(plan.decide("wechat", "draft.add", account).error)
        for account in ("wx1", "wx2", "wx1", "wx1", "wx1", "wx1")
    ]
    assert [False, False, True, True, False, False] == fired
    assert [{"rule": plan.rules[0].to_spec(), "matched": 5, "fired": 2}] == plan.fired()


def test_fault_default_operations_per_kind() -> None:
    plan = parse_faults("wechat:commit_timeout=always,wechat:token_expiry=always")
    writes = plan.decide("wechat", "freepublish.submit", "wx")
    reads = plan.decide("wechat", "freepublish.get", "wx")
    token = plan.decide("wechat", "stable_token", "wx")
    assert (True, False) == (writes.commit_timeout is not None, reads.commit_timeout is not None)
    assert ("token_expiry", None) == (reads.error.kind if reads.error else None, token.error)


def test_fault_precedence_and_accumulated_delay() -> None:
    plan = parse_faults(
        "*:slow=always@delay=0.25,*:slow=always@delay=0.5,*:busy=always,*:5xx=always"
    )
    decision = plan.decide("app", "posts.create", "t")
    assert (0.75, "5xx") == (decision.delay, decision.error.kind if decision.error else None)


def test_fault_operations_table_names_every_emulated_call() -> None:
    assert {"wechat", "weibo", "app"} == set(OPERATIONS)
    assert 16 == len(OPERATIONS["wechat"])  # 14 for publishing, 2 for comments (the inbox)
