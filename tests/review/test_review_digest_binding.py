"""An approval covers exactly the reviewed content: one character voids it, a new schedule does not."""

from __future__ import annotations

from datetime import timedelta

import pytest
from reviewkit import NOW, Sign

from govpub import Image, Override, Post, ReviewPolicy


def _approved(post: Post, sign: Sign) -> list:  # type: ignore[type-arg]
    return [sign(post, "张敏", "editor"), sign(post, "王芳", "director", minutes=30)]


def test_approved_post_is_complete(post: Post, sign: Sign, policy: ReviewPolicy) -> None:
    status = policy.verify(post, _approved(post, sign), now=NOW)
    assert status.complete
    assert [1, 2] == [t.number for t in status.satisfied]
    assert () == status.missing


EDITS = {
    "title": lambda p: p.model_copy(update={"title": p.title + "。"}),
    "body_one_character": lambda p: p.model_copy(update={"body": p.body.replace("植", "值", 1)}),
    "summary": lambda p: p.model_copy(update={"summary": "新摘要"}),
    "author": lambda p: p.model_copy(update={"author": "市园林绿化局"}),
    "override_text": lambda p: p.model_copy(
        update={"overrides": {"weibo": Override(text="【植树】欢迎参加")}}
    ),
    "image_bytes": lambda p: p.model_copy(
        update={"images": (Image(data=b"\x89PNG\r\n\x1a\nother", filename="a.png"),)}
    ),
    "tags": lambda p: p.model_copy(update={"tags": ("植树节",)}),
}


@pytest.mark.parametrize("edit", sorted(EDITS))
def test_any_edit_after_approval_voids_every_approval(
    edit: str, post: Post, sign: Sign, policy: ReviewPolicy
) -> None:
    approvals = _approved(post, sign)
    edited = EDITS[edit](post)

    status = policy.evaluate(edited, approvals, now=NOW)

    mismatched = sorted(p.reviewer or "" for p in status.problems if p.reason == "digest_mismatch")
    assert ["张敏", "王芳"] == mismatched
    assert () == status.accepted
    assert not status.complete


def test_changing_only_publish_at_keeps_every_approval(
    post: Post, sign: Sign, policy: ReviewPolicy
) -> None:
    approvals = _approved(post, sign)
    assert post.publish_at is not None
    moved = post.model_copy(update={"publish_at": post.publish_at + timedelta(days=3)})

    status = policy.verify(moved, approvals, now=NOW)

    assert status.complete
    assert post.digest() == status.digest


def test_the_same_approvals_pass_again_after_the_edit_is_undone(
    post: Post, sign: Sign, policy: ReviewPolicy
) -> None:
    approvals = _approved(post, sign)
    edited = post.model_copy(update={"title": post.title + "（更正）"})
    restored = edited.model_copy(update={"title": post.title})
    assert not policy.evaluate(edited, approvals, now=NOW).complete
    assert policy.evaluate(restored, approvals, now=NOW).complete
