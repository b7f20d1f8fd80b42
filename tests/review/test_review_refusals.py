"""One case per refusal reason: the gate names the reviewer, the tier and the reason."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from datetime import timedelta
from typing import Any

import pytest
from reviewkit import KEYS, NOW, T0, Sign, review_section

from govpub import Approval, Post, ReviewError, ReviewPolicy, Source


@dataclass(frozen=True)
class Case:
    reason: str
    reviewer: str
    tier: int
    build: Callable[[Post, Sign, ReviewPolicy], tuple[Post, list[Approval], ReviewPolicy]]
    now: Any = NOW
    mentions: str = ""


def _missing(post: Post, sign: Sign, policy: ReviewPolicy) -> Any:
    return post, [sign(post, "张敏", "editor")], policy


def _digest(post: Post, sign: Sign, policy: ReviewPolicy) -> Any:
    approvals = [sign(post, "张敏", "editor"), sign(post, "王芳", "director", minutes=5)]
    edited = post.model_copy(update={"body": post.body.replace("春季", "春天", 1)})
    return edited, approvals, policy


def _unknown_reviewer(post: Post, sign: Sign, policy: ReviewPolicy) -> Any:
    return post, [sign(post, "外人", "editor"), sign(post, "王芳", "director", minutes=5)], policy


def _bad_signature(post: Post, sign: Sign, policy: ReviewPolicy) -> Any:
    forged = sign(post, "张敏", "editor").model_copy(update={"comment": "改过的意见"})
    return post, [forged, sign(post, "王芳", "director", minutes=5)], policy


def _key_not_registered(post: Post, sign: Sign, policy: ReviewPolicy) -> Any:
    wrong = sign(post, "张敏", "editor", key=KEYS["外人"])
    return post, [wrong, sign(post, "王芳", "director", minutes=5)], policy


def _role_not_held(post: Post, sign: Sign, policy: ReviewPolicy) -> Any:
    return post, [sign(post, "李强", "editor"), sign(post, "张敏", "director", minutes=5)], policy


def _tier_mismatch(post: Post, sign: Sign, policy: ReviewPolicy) -> Any:
    return post, [sign(post, "张敏", "editor", tier=2), sign(post, "王芳", "director")], policy


def _check_not_passed(post: Post, sign: Sign, policy: ReviewPolicy) -> Any:
    approvals = [
        sign(post, "张敏", "editor"),
        sign(post, "王芳", "director", minutes=5, checks={"legal": False}),
    ]
    return post, approvals, policy


def _same_person(post: Post, sign: Sign, policy: ReviewPolicy) -> Any:
    section = review_section()
    for entry in section["reviewers"]:
        if entry["name"] == "王芳":
            entry["roles"] = ["editor", "director"]
    two_hats = ReviewPolicy.from_mapping(section)
    approvals = [sign(post, "王芳", "editor"), sign(post, "王芳", "director", minutes=5)]
    return post, approvals, two_hats


def _self_approval(post: Post, sign: Sign, policy: ReviewPolicy) -> Any:
    own = post.model_copy(update={"author": "文/张敏 图/李四"})
    return own, [sign(own, "张敏", "editor"), sign(own, "王芳", "director", minutes=5)], policy


def _expired(post: Post, sign: Sign, policy: ReviewPolicy) -> Any:
    approvals = [sign(post, "张敏", "editor", expires_in="1h"), sign(post, "王芳", "director")]
    return post, approvals, policy


def _stale(post: Post, sign: Sign, policy: ReviewPolicy) -> Any:
    return post, [sign(post, "张敏", "editor"), sign(post, "王芳", "director")], policy


def _unknown_category(post: Post, sign: Sign, policy: ReviewPolicy) -> Any:
    other = post.model_copy(update={"category": "活动预告"})
    return other, [sign(other, "张敏", "editor", tier=1)], policy


def _out_of_order(post: Post, sign: Sign, policy: ReviewPolicy) -> Any:
    return post, [sign(post, "王芳", "director"), sign(post, "张敏", "editor", minutes=60)], policy


def _future(post: Post, sign: Sign, policy: ReviewPolicy) -> Any:
    approvals = [
        sign(post, "张敏", "editor"),
        sign(post, "王芳", "director", now=NOW + timedelta(hours=1)),
    ]
    return post, approvals, policy


CASES = [
    Case("missing_approval", "王芳 或 赵磊", 2, _missing),
    Case("digest_mismatch", "张敏", 1, _digest),
    Case("unknown_reviewer", "外人", 1, _unknown_reviewer),
    Case("bad_signature", "张敏", 1, _bad_signature),
    Case("key_not_registered", "张敏", 1, _key_not_registered),
    Case("role_not_held", "张敏", 2, _role_not_held),
    Case("tier_mismatch", "张敏", 2, _tier_mismatch),
    Case("check_not_passed", "王芳", 2, _check_not_passed, mentions="法律关"),
    Case("same_reviewer_two_tiers", "王芳", 2, _same_person, mentions="第1级"),
    Case("self_approval", "张敏", 1, _self_approval),
    Case("expired", "张敏", 1, _expired, mentions="过期"),
    Case("expired", "张敏", 1, _stale, now=T0 + timedelta(days=8), mentions="7天"),
    Case("unknown_category", "张敏", 1, _unknown_category, mentions="活动预告"),
    Case("out_of_order", "王芳", 2, _out_of_order),
    Case("not_yet_valid", "王芳", 2, _future),
]


@pytest.mark.parametrize("case", CASES, ids=[f"{c.reason}-{c.build.__name__}" for c in CASES])
def test_each_refusal_names_reviewer_tier_and_reason(
    case: Case, post: Post, sign: Sign, policy: ReviewPolicy
) -> None:
    target, approvals, used_policy = case.build(post, sign, policy)

    status = used_policy.evaluate(target, approvals, now=case.now)

    found = [p for p in status.problems if (p.reason, p.reviewer) == (case.reason, case.reviewer)]
    assert 1 == len(found), [p.message for p in status.problems]
    problem = found[0]
    assert (case.reviewer, case.tier) == (problem.reviewer, problem.tier)
    assert case.reviewer in problem.message
    assert f"第{case.tier}级" in problem.message
    assert f"（{case.reason}）" in problem.message
    assert case.mentions in problem.message
    assert not status.complete

    with pytest.raises(ReviewError) as raised:
        used_policy.verify(target, approvals, now=case.now)
    assert problem in raised.value.problems
    assert problem.message in str(raised.value)


def test_reprint_category_needs_a_source(post: Post, sign: Sign, policy: ReviewPolicy) -> None:
    original = post.model_copy(update={"category": "reprint"})
    status = policy.evaluate(original, [sign(original, "张敏", "editor")], now=NOW)
    assert ["category_not_applicable"] == [p.reason for p in status.problems]
    assert "reprint" in status.problems[0].message

    reprint = original.model_copy(
        update={"source": Source(name="新华网", url="https://www.news.cn/a.html")}
    )
    assert policy.evaluate(reprint, [sign(reprint, "张敏", "editor")], now=NOW).complete


def test_verify_lists_every_problem_not_just_the_first(
    post: Post, sign: Sign, policy: ReviewPolicy
) -> None:
    approvals = [
        sign(post, "张敏", "editor", key=KEYS["李强"]),
        sign(post, "外人", "director"),
    ]
    with pytest.raises(ReviewError) as raised:
        policy.verify(post, approvals, now=NOW)
    reasons = sorted(p.reason for p in raised.value.problems)
    assert [
        "key_not_registered",
        "missing_approval",
        "missing_approval",
        "unknown_reviewer",
    ] == reasons
    assert 4 == str(raised.value).count("\n  - ")
