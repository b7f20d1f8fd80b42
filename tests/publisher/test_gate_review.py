"""The publisher's review gate (先审后发): approvals bound to the exact post, re-checked when due."""

from __future__ import annotations

from datetime import datetime, timedelta, timezone
from pathlib import Path
from typing import Any

import pytest
from conftest import Sleeps, memory_account

from govpub import ConfigError, Matrix, Post, ReviewError, approve
from govpub.config import StoreConfig
from govpub.platforms.memory import MemoryWorld
from govpub.publisher import AsyncPublisher, RetryPolicy
from govpub.review import generate_private_key, public_key_text

CST = timezone(timedelta(hours=8))
NOW = datetime(2026, 3, 4, 15, 0, tzinfo=CST)
KEYS = {"张敏": generate_private_key(), "王芳": generate_private_key()}


def review_section() -> dict[str, Any]:
    return {
        "roles": {"editor": "编辑", "director": "部门负责人"},
        "reviewers": [
            {"name": "张敏", "roles": ["editor"], "public_key": public_key_text(KEYS["张敏"])},
            {"name": "王芳", "roles": ["director"], "public_key": public_key_text(KEYS["王芳"])},
        ],
        "categories": {
            "daily": {
                "tiers": [{"name": "初审", "role": "editor"}, {"name": "终审", "role": "director"}]
            }
        },
    }


def matrix(tmp_path: Path, **sections: Any) -> Matrix:
    return Matrix(
        [memory_account("m1"), memory_account("m2")],
        store=StoreConfig(path=tmp_path / "ledger.db"),
        sections=sections,
        path=tmp_path / "govpub.toml",
    )


def sign_both(post: Post, when: datetime = NOW - timedelta(hours=1), **options: Any) -> list[Any]:
    return [
        approve(post, reviewer="张敏", role="editor", key=KEYS["张敏"], now=when, **options),
        approve(
            post,
            reviewer="王芳",
            role="director",
            key=KEYS["王芳"],
            now=when + timedelta(minutes=5),
            **options,
        ),
    ]


def publisher(m: Matrix, sleeps: Sleeps) -> AsyncPublisher:
    return AsyncPublisher(m, retry=RetryPolicy.no_wait(), sleep=sleeps, clock=lambda: NOW)


async def test_approved_post_goes_out_and_approvals_are_stored(
    tmp_path: Path, post: Post, world: MemoryWorld, sleeps: Sleeps
) -> None:
    async with publisher(matrix(tmp_path, review=review_section()), sleeps) as pub:
        report = await pub.publish(post, [a.model_dump(mode="json") for a in sign_both(post)])
        stored = pub.ledger.get_post(post.id)
        actions = [r.action for r in pub.ledger.trail.iter_records()]
    assert {"published": 2} == report.counts
    assert stored is not None
    assert ["张敏", "王芳"] == [a["reviewer"] for a in stored.approvals]
    assert "post.submitted" in actions
    assert 2 == actions.count("delivery.published")


async def test_missing_tier_refuses_and_nothing_is_stored(
    tmp_path: Path, post: Post, world: MemoryWorld, sleeps: Sleeps
) -> None:
    async with publisher(matrix(tmp_path, review=review_section()), sleeps) as pub:
        with pytest.raises(ReviewError, match="终审"):
            await pub.publish(post, sign_both(post)[:1])
        assert pub.ledger.get_post(post.id) is None
    assert [] == world.calls


async def test_one_character_changed_after_approval_refuses(
    tmp_path: Path, post: Post, sleeps: Sleeps
) -> None:
    approvals = sign_both(post)
    edited = post.model_copy(update={"body": post.body + "。"})
    async with publisher(matrix(tmp_path, review=review_section()), sleeps) as pub:
        with pytest.raises(ReviewError) as info:
            await pub.publish(edited, approvals)
    assert "张敏" in str(info.value)
    assert "王芳" in str(info.value)


async def test_scheduled_post_is_refused_when_its_approval_expired(
    tmp_path: Path, world: MemoryWorld, sleeps: Sleeps
) -> None:
    later = Post(id="p_later", title="定时稿件", publish_at=NOW + timedelta(days=2))
    approvals = sign_both(later, expires_in=timedelta(hours=24))
    async with publisher(matrix(tmp_path, review=review_section()), sleeps) as pub:
        report = await pub.publish(later, approvals)
        assert "scheduled" == report.post_state
        [due] = await pub.run_due(NOW + timedelta(days=2))
        refusals = [
            r.details for r in pub.ledger.trail.iter_records() if r.action == "review.refused"
        ]
    assert "refused" == due.post_state
    assert [] == world.calls
    assert {"expired", "missing_approval"} == {p["reason"] for p in refusals[0]["problems"]}


async def test_scheduled_approved_post_is_sent_when_due(
    tmp_path: Path, world: MemoryWorld, sleeps: Sleeps
) -> None:
    """The approvals re-read from the ledger still verify: their signatures are kept exact."""
    later = Post(id="p_due", title="定时稿件", publish_at=NOW + timedelta(days=1))
    approvals = sign_both(later)
    async with publisher(matrix(tmp_path, review=review_section()), sleeps) as pub:
        assert "scheduled" == (await pub.publish(later, approvals)).post_state
        stored = pub.ledger.get_post(later.id)
        assert stored is not None
        assert [a.signature for a in approvals] == [a["signature"] for a in stored.approvals]
        [due] = await pub.run_due(NOW + timedelta(days=1))
    assert {"published": 2} == due.counts
    assert 2 == len(world.published())


async def test_a_duplicate_key_document_cannot_reach_the_gate_and_nothing_is_stored(
    tmp_path: Path, post: Post, world: MemoryWorld, sleeps: Sleeps
) -> None:
    """Approval files given to the Python API as bytes are read like the CLI reads them."""
    editor, director = sign_both(post)
    text = editor.to_json()
    line = next(x for x in text.split("\n") if '"post_digest"' in x)
    forged = text.replace(line, f'  "post_digest": "{"0" * 64}",\n{line}', 1)
    async with publisher(matrix(tmp_path, review=review_section()), sleeps) as pub:
        with pytest.raises(ReviewError) as raised:
            await pub.publish(post, [forged.encode(), director.to_json()])
        assert pub.ledger.get_post(post.id) is None
    assert "duplicate_key" == raised.value.problems[0].reason
    assert "approval #1" == raised.value.problems[0].source
    assert [] == world.calls


def test_a_matrix_without_review_cannot_publish(tmp_path: Path, sleeps: Sleeps) -> None:
    with pytest.raises(ConfigError, match=r"needs a \[review\] section"):
        _ = publisher(matrix(tmp_path), sleeps).gate


async def test_review_can_be_switched_off_for_test_matrices_only_explicitly(
    tmp_path: Path, post: Post, sleeps: Sleeps
) -> None:
    async with publisher(matrix(tmp_path, publisher={"require_review": False}), sleeps) as pub:
        report = await pub.publish(post)
    assert {"published": 2} == report.counts


async def test_compliance_runs_first_and_the_stripped_post_is_what_is_sent(
    tmp_path: Path, world: MemoryWorld, sleeps: Sleeps
) -> None:
    post = Post(
        id="p_ad",
        title="春季义务植树",
        body="详见 [活动报名](https://www.example.gov.cn/a.html)，另见[优惠](https://s.click.taobao.com/abc)。",
    )
    async with publisher(matrix(tmp_path, publisher={"require_review": False}), sleeps) as pub:
        report = await pub.publish(post)
        actions = [r.action for r in pub.ledger.trail.iter_records()]
    record = world.published()[0]
    assert 2 == len(world.published())
    assert "s.click.taobao.com" not in record.body
    assert "优惠" in record.body
    assert any(f["rule"].startswith("ad.") and f["severity"] == "fixed" for f in report.findings)
    assert ["check.completed", "review.skipped"] == [
        a for a in actions if a in ("check.completed", "review.skipped")
    ]


async def test_a_blocking_finding_refuses_audits_and_stores_nothing(
    tmp_path: Path, world: MemoryWorld, sleeps: Sleeps
) -> None:
    from govpub import PolicyError

    secret = Post(id="p_secret", title="关于某项工作的通知", body="机密★1年\n\n正文。")
    async with publisher(matrix(tmp_path, publisher={"require_review": False}), sleeps) as pub:
        with pytest.raises(PolicyError) as info:
            await pub.publish(secret)
        [refusal] = [r for r in pub.ledger.trail.iter_records() if r.action == "check.blocked"]
        assert pub.ledger.get_post("p_secret") is None
    assert any(f.rule.startswith("secrecy") for f in info.value.findings)
    assert refusal.details["findings"]
    assert [] == world.calls


async def test_a_review_refusal_is_audited(tmp_path: Path, post: Post, sleeps: Sleeps) -> None:
    async with publisher(matrix(tmp_path, review=review_section()), sleeps) as pub:
        with pytest.raises(ReviewError):
            await pub.publish(post, [])
        [refusal] = [r for r in pub.ledger.trail.iter_records() if r.action == "review.refused"]
    assert any(p["reason"] == "missing_approval" for p in refusal.details["problems"])
