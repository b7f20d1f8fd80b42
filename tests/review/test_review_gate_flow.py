"""Whole review flows through the gate: tier order, any/all, either order, expiry, authors."""

from __future__ import annotations

import json
from datetime import timedelta

from reviewkit import NOW, T0, Sign, review_section

from govpub import Override, Post, ReviewPolicy
from govpub.review.gate import author_names


def test_policy_category_needs_all_directors_and_a_leader(
    post: Post, sign: Sign, policy: ReviewPolicy
) -> None:
    doc = post.model_copy(update={"category": "policy"})
    first = [sign(doc, "李强", "editor"), sign(doc, "王芳", "director", minutes=10)]

    status = policy.evaluate(doc, first, now=NOW)
    assert [1] == [t.number for t in status.satisfied]
    tier2 = status.tiers[1]
    assert ("赵磊",) == tier2.missing_reviewers
    assert "all" == tier2.mode
    missing = [p for p in status.problems if p.reason == "missing_approval"]
    assert [(2, "赵磊"), (3, "刘洋")] == [(p.tier, p.reviewer) for p in missing]

    complete = [
        *first,
        sign(doc, "赵磊", "director", minutes=20),
        sign(doc, "刘洋", "leader", minutes=30),
    ]
    done = policy.verify(doc, complete, now=NOW)
    assert done.complete
    assert T0 + timedelta(minutes=20) == done.tiers[1].completed_at
    assert 4 == len(done.accepted)


def test_leader_before_the_last_director_is_out_of_order(
    post: Post, sign: Sign, policy: ReviewPolicy
) -> None:
    doc = post.model_copy(update={"category": "policy"})
    approvals = [
        sign(doc, "李强", "editor"),
        sign(doc, "王芳", "director", minutes=10),
        sign(doc, "刘洋", "leader", minutes=15),
        sign(doc, "赵磊", "director", minutes=30),
    ]
    status = policy.evaluate(doc, approvals, now=NOW)
    assert [("out_of_order", "刘洋", 3), ("missing_approval", "刘洋", 3)] == [
        (p.reason, p.reviewer, p.tier) for p in status.problems
    ]


def test_clock_skew_within_tolerance_keeps_order(
    post: Post, sign: Sign, policy: ReviewPolicy
) -> None:
    approvals = [sign(post, "张敏", "editor", minutes=3), sign(post, "王芳", "director")]
    assert policy.evaluate(post, approvals, now=NOW).complete  # 3 min < 5 min skew


def test_emergency_in_either_order(post: Post, sign: Sign, policy: ReviewPolicy) -> None:
    doc = post.model_copy(update={"category": "emergency"})
    duty_first = [sign(doc, "陈静", "duty_officer"), sign(doc, "刘洋", "leader", minutes=5)]
    leader_first = [sign(doc, "刘洋", "leader"), sign(doc, "陈静", "duty_officer", minutes=5)]
    at = T0 + timedelta(hours=1)
    assert policy.verify(doc, duty_first, now=at).complete
    assert policy.verify(doc, leader_first, now=at).complete


def test_emergency_approvals_go_stale_after_the_category_max_age(
    post: Post, sign: Sign, policy: ReviewPolicy
) -> None:
    doc = post.model_copy(update={"category": "emergency"})
    approvals = [sign(doc, "陈静", "duty_officer"), sign(doc, "刘洋", "leader")]
    assert policy.evaluate(doc, approvals, now=T0 + timedelta(hours=11)).complete
    late = policy.evaluate(doc, approvals, now=T0 + timedelta(hours=13))
    assert ["expired", "expired"] == [p.reason for p in late.problems if p.approval]
    assert "12小时" in late.problems[0].message


def test_the_same_file_given_twice_counts_once(
    post: Post, sign: Sign, policy: ReviewPolicy
) -> None:
    editor = sign(post, "张敏", "editor")
    status = policy.evaluate(
        post, [editor, editor, sign(post, "王芳", "director", minutes=5)], now=NOW
    )
    assert status.complete
    assert 2 == len(status.accepted)


def test_ambiguous_role_needs_an_explicit_tier(post: Post, sign: Sign) -> None:
    section = review_section()
    section["categories"]["daily"]["tiers"] = [
        {"name": "一校", "role": "editor"},
        {"name": "二校", "role": "editor"},
        {"name": "终审", "role": "director"},
    ]
    policy = ReviewPolicy.from_mapping(section)
    vague = sign(post, "张敏", "editor")
    status = policy.evaluate(post, [vague], now=NOW)
    tier_problems = [p for p in status.problems if p.reason == "tier_mismatch"]
    assert 1 == len(tier_problems)
    assert "--tier" in tier_problems[0].message

    explicit = [
        sign(post, "张敏", "editor", tier=1),
        sign(post, "李强", "editor", tier=2, minutes=5),
        sign(post, "王芳", "director", minutes=10),
    ]
    assert policy.verify(post, explicit, now=NOW).complete


def test_author_in_a_platform_override_or_an_alias_cannot_approve(post: Post, sign: Sign) -> None:
    section = review_section()
    section["reviewers"][0]["aliases"] = ["林木"]
    policy = ReviewPolicy.from_mapping(section)
    by_alias = post.model_copy(update={"author": "林木"})
    in_override = post.model_copy(update={"overrides": {"wechat": Override(author="张敏")}})
    for doc in (by_alias, in_override):
        approvals = [sign(doc, "张敏", "editor"), sign(doc, "王芳", "director", minutes=5)]
        status = policy.evaluate(doc, approvals, now=NOW)
        assert ["self_approval"] == [p.reason for p in status.problems if p.approval]
        # another editor can still approve it
        approvals[0] = sign(doc, "李强", "editor")
        assert policy.evaluate(doc, approvals, now=NOW).complete


def test_author_names_split_bylines() -> None:
    post = Post(title="t", author="文／张敏、李强 摄影: 王五", category="daily")
    assert {"文", "张敏", "李强", "摄影:", "王五"} == set(author_names(post))


def test_the_only_holder_being_the_author_leaves_the_tier_missing(
    post: Post, sign: Sign, policy: ReviewPolicy
) -> None:
    doc = post.model_copy(update={"author": "刘洋", "category": "policy"})
    status = policy.evaluate(doc, [], now=NOW)
    leader = [p for p in status.problems if p.tier == 3]
    assert 1 == len(leader)
    assert "除作者外" in leader[0].message


def test_status_to_dict_is_json(post: Post, sign: Sign, policy: ReviewPolicy) -> None:
    status = policy.evaluate(post, [sign(post, "张敏", "editor", comment="同意")], now=NOW)
    data = json.loads(json.dumps(status.to_dict(), ensure_ascii=False))
    assert data["complete"] is False
    assert "同意" == data["tiers"][0]["approvals"][0]["comment"]
    assert ["missing_approval"] == [p["reason"] for p in data["problems"]]
    assert "审核未完成" in status.summary()
