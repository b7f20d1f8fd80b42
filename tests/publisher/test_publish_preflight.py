"""Every target account's rendering is validated before the plan: a refusal stores and sends nothing.

Also :mod:`govpub.platforms.preflight` itself: render errors count for every
account of the platform, accounts with equal settings are validated once, and a
problem shared by several accounts is reported once with all of them.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

import pytest
from conftest import Sleeps, memory_account
from pydantic import SecretStr

from govpub import Matrix, Post
from govpub.errors import PostError
from govpub.model import Account, Image
from govpub.platforms.base import Rendered, RenderingProblem
from govpub.platforms.memory import MemoryWorld
from govpub.platforms.preflight import preflight, validate_renders
from govpub.platforms.wechat import WechatAdapter, WechatCredentials, WechatSettings
from govpub.publisher import AsyncPublisher, RetryPolicy
from govpub.publisher.gate import open_gate

PNG = b"\x89PNG\r\n\x1a\n" + b"\x00" * 64
JPEG = b"\xff\xd8\xff\xe0" + b"\x00" * 64


def wechat(account_id: str, **settings: Any) -> Account:
    return Account(
        id=account_id,
        platform="wechat",
        name=f"公众号{account_id}",
        unit=f"单位{account_id}",
        api_base="http://127.0.0.1:9",  # never called: the post is refused before
        credentials=WechatCredentials(app_id=f"wx{account_id}", app_secret=SecretStr("s" * 16)),
        settings=WechatSettings(**settings),
    )


def post_with_cover(data: bytes = PNG, **changes: Any) -> Post:
    values: dict[str, Any] = {
        "id": "p_preflight",
        "title": "关于开展春季义务植树活动的通知",
        "body": "全市组织开展春季义务植树活动。",
        "url": "https://www.example.gov.cn/a.html",
        "cover": Image(src="cover.png", data=data),
    }
    values.update(changes)
    return Post(**values)


async def test_a_refused_rendering_writes_no_plan_and_sends_nothing(
    make_matrix: Callable[..., Matrix], sleeps: Sleeps, world: MemoryWorld
) -> None:
    matrix = make_matrix(
        memory_account("m1"),
        wechat("wx-ok"),
        wechat("wx-thumb", cover_material_type="thumb"),  # thumb takes JPEG only
    )
    async with AsyncPublisher(
        matrix, gate=open_gate, retry=RetryPolicy.no_wait(), sleep=sleeps
    ) as pub:
        with pytest.raises(PostError) as caught:
            await pub.publish(post_with_cover())
        assert [] == pub.ledger.posts()
    assert [] == world.published()
    error = caught.value
    assert "cover" == error.field
    assert "type=thumb" in str(error)
    assert "wx-thumb" in str(error)
    assert "wx-ok" not in str(error)


async def test_a_dry_run_is_refused_the_same_way(
    make_matrix: Callable[..., Matrix], sleeps: Sleeps
) -> None:
    matrix = make_matrix(wechat("wx-thumb", cover_material_type="thumb"))
    async with AsyncPublisher(
        matrix, gate=open_gate, retry=RetryPolicy.no_wait(), sleep=sleeps
    ) as pub:
        with pytest.raises(PostError, match="type=thumb"):
            await pub.publish(post_with_cover(), dry_run=True)


async def test_inactive_accounts_are_not_validated(
    make_matrix: Callable[..., Matrix], sleeps: Sleeps, world: MemoryWorld
) -> None:
    suspended = wechat("wx-thumb", cover_material_type="thumb").model_copy(
        update={"status": "suspended", "status_reason": "账号迁移中"}
    )
    matrix = make_matrix(memory_account("m1"), suspended)
    async with AsyncPublisher(
        matrix, gate=open_gate, retry=RetryPolicy.no_wait(), sleep=sleeps
    ) as pub:
        report = await pub.publish(post_with_cover())
    assert {"published": 1, "skipped": 1} == report.counts


def test_render_errors_count_for_every_account_of_the_platform() -> None:
    accounts = [wechat("wx-1"), wechat("wx-2"), memory_account("m1")]
    problems = preflight(post_with_cover().model_copy(update={"cover": None}), accounts)
    assert [("platform.wechat.cover", ("wx-1", "wx-2"))] == [
        (p.rule, tuple(a.id for a in p.accounts)) for p in problems
    ]
    text = problems[0].describe()
    assert "微信公众号（wechat）" in text
    assert "公众号wx-1（wx-1）、公众号wx-2（wx-2）" in text


def test_accounts_with_equal_settings_are_validated_once(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    seen: list[str] = []

    def spy(cls: type[WechatAdapter], rendered: Rendered, account: Account) -> Any:
        seen.append(account.id)
        return [RenderingProblem(field="images[3]", message="示例问题。")]

    monkeypatch.setattr(WechatAdapter, "validate", classmethod(spy))
    accounts = [wechat("a"), wechat("b"), wechat("c", cover_material_type="thumb")]
    renders = {"wechat": WechatAdapter.render(post_with_cover(JPEG))}
    problems = validate_renders(renders, accounts)
    assert ["a", "c"] == seen  # a and b share their settings
    assert 1 == len(problems)  # the same problem for both groups: reported once
    assert ("platform.wechat.images", ("a", "b", "c")) == (
        problems[0].rule,
        tuple(a.id for a in problems[0].accounts),
    )


def test_a_clean_post_has_no_problems() -> None:
    accounts = [wechat("wx-1"), wechat("wx-2", cover_material_type="thumb"), memory_account("m")]
    assert [] == preflight(post_with_cover(JPEG), accounts)
