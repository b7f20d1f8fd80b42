"""``Adapter.validate``: what each platform would refuse in a rendering, for one account, no I/O.

The same checks run first in ``publish`` (``ensure_valid``), so a problem found
here is exactly the local refusal ``publish`` would raise — one definition each.
"""

from __future__ import annotations

import socket
from typing import Any

import pytest
from adapter_helpers import (
    GIF,
    JPEG,
    PNG,
    app_account,
    app_rendered,
    context,
    image,
    wechat_account,
    wechat_rendered,
    weibo_account,
    weibo_rendered,
)

from govpub.errors import RejectedError
from govpub.model import Image
from govpub.platforms.app import AppAdapter
from govpub.platforms.base import Adapter, Rendered
from govpub.platforms.memory import MemoryAdapter
from govpub.platforms.wechat import WechatAdapter
from govpub.platforms.weibo import WeiboAdapter


@pytest.fixture(autouse=True)
def _no_network(monkeypatch: pytest.MonkeyPatch) -> None:
    def refuse(*args: Any, **kwargs: Any) -> None:
        raise AssertionError("validate() must not touch the network")

    monkeypatch.setattr(socket.socket, "connect", refuse)
    monkeypatch.setattr(socket, "create_connection", refuse)


def fields_of(problems: list[Any]) -> list[str]:
    return [p.field for p in problems]


# -- WeChat ---------------------------------------------------------------------------


def test_wechat_accepts_a_complete_article() -> None:
    assert [] == WechatAdapter.validate(wechat_rendered(), wechat_account())


WECHAT_CASES: list[tuple[str, dict[str, Any], dict[str, Any], str]] = [
    ("cover", {"cover": None}, {}, "封面图"),
    ("cover", {"cover": image("c.webp", b"RIFF0000WEBPVP8 ")}, {}, "image/webp"),
    ("cover", {"cover": image("c.png", PNG)}, {"cover_material_type": "thumb"}, "type=thumb"),
    ("cover", {"cover": image("c.jpg", JPEG * 2000)}, {"cover_material_type": "thumb"}, "65536"),
    ("title", {"title": "标" * 33}, {}, "上限 32 字，实际 33 字"),
    ("title", {"title": "  "}, {}, "标题为空"),
    ("author", {"fields": {"author": "作" * 17}}, {}, "上限 16 字"),
    ("digest", {"fields": {"digest": "摘" * 129}}, {}, "上限 128 字"),
    (
        "content_source_url",
        {"fields": {"content_source_url": "https://x.gov.cn/" + "a" * 1024}},
        {},
        "1024 字节",
    ),
    ("images[1]", {"images": (image("img/a.png", GIF), image("img/b.jpg", JPEG))}, {}, "JPEG/PNG"),
    ("images[2]", {"images": (image("img/a.png", PNG), image("img/b.jpg", PNG * 20_000))}, {}, ""),
    ("body", {"body": "<p>" + "字" * 20_000 + "</p>"}, {}, "20,000"),
    ("body", {"body": " "}, {}, "正文为空"),
    ("body", {"body": '<p><img src="https://elsewhere.example/x.png"></p>', "images": ()}, {}, ""),
]


@pytest.mark.parametrize(("field", "change", "settings", "words"), WECHAT_CASES)
def test_wechat_problems(
    field: str, change: dict[str, Any], settings: dict[str, Any], words: str
) -> None:
    rendered = wechat_rendered()
    if "fields" in change:
        change = {"fields": {**rendered.fields, **change["fields"]}}
    problems = WechatAdapter.validate(
        rendered.model_copy(update=change), wechat_account(**settings)
    )
    assert [field] == fields_of(problems)
    assert words in problems[0].message


def test_wechat_the_accounts_content_source_url_counts() -> None:
    rendered = wechat_rendered(content_source_url=None)
    account = wechat_account(content_source_url="https://www.example.gov.cn/" + "页" * 400)
    assert ["content_source_url"] == fields_of(WechatAdapter.validate(rendered, account))


def test_wechat_lists_every_problem_not_only_the_first() -> None:
    rendered = wechat_rendered().model_copy(update={"title": "标" * 40, "cover": None})
    assert ["title", "cover"] == fields_of(WechatAdapter.validate(rendered, wechat_account()))


def test_wechat_remote_images_wait_for_their_bytes() -> None:
    remote = Image(src="https://www.example.gov.cn/c.webp")  # judged once fetched
    rendered = wechat_rendered().model_copy(update={"cover": remote})
    assert [] == WechatAdapter.validate(rendered, wechat_account())


# -- Weibo ----------------------------------------------------------------------------


def test_weibo_accepts_a_status_with_a_safe_link() -> None:
    assert [] == WeiboAdapter.validate(weibo_rendered(cover=image("c.gif", GIF)), weibo_account())


WEIBO_CASES: list[tuple[list[str], Rendered, str]] = [
    (["text"], weibo_rendered(text="  "), "为空"),
    (["text"], weibo_rendered(text="【标题】没有链接的微博", link=None), "example.gov.cn"),
    (
        ["link", "text"],
        weibo_rendered(text="【标题】 https://evil.example/a 来源", link="https://evil.example/a"),
        "https://evil.example/a",
    ),
    (["cover"], weibo_rendered(cover=image("c.bmp", b"BM" + b"\x00" * 64)), "JPEG、GIF、PNG"),
    (["cover"], weibo_rendered(cover=image("c.jpg", JPEG * 80_000)), "5 MB"),
]


@pytest.mark.parametrize(("fields", "rendered", "words"), WEIBO_CASES)
def test_weibo_problems(fields: list[str], rendered: Rendered, words: str) -> None:
    problems = WeiboAdapter.validate(rendered, weibo_account())
    assert fields == fields_of(problems)
    assert words in problems[0].message


def test_weibo_the_safe_domain_is_the_accounts() -> None:
    rendered = weibo_rendered()
    assert [] == WeiboAdapter.validate(rendered, weibo_account())
    other = weibo_account(safe_domain="other.gov.cn")
    assert ["link", "text"] == fields_of(WeiboAdapter.validate(rendered, other))


def test_weibo_leaves_the_token_to_publish() -> None:
    expired = weibo_account(token_expires_at="2020-01-01T00:00:00+08:00")
    assert [] == WeiboAdapter.validate(weibo_rendered(), expired)


# -- own app, and the default ---------------------------------------------------------


def test_app_accepts_its_document() -> None:
    assert [] == AppAdapter.validate(app_rendered(), app_account())


@pytest.mark.parametrize(("body", "words"), [("not json", "不是 JSON"), ("[1, 2]", "JSON 对象")])
def test_app_problems(body: str, words: str) -> None:
    rendered = app_rendered().model_copy(update={"body": body})
    problems = AppAdapter.validate(rendered, app_account())
    assert ["body"] == fields_of(problems)
    assert words in problems[0].message


def test_an_adapter_without_validate_finds_nothing() -> None:
    assert "validate" not in vars(MemoryAdapter)
    rendered = app_rendered().model_copy(update={"platform": "memory", "body": "not json"})
    assert [] == MemoryAdapter.validate(rendered, app_account())


# -- publish refuses on the same problems ---------------------------------------------


PUBLISH_CASES: list[tuple[type[Adapter], Any, Rendered]] = [
    (
        WechatAdapter,
        wechat_account(cover_material_type="thumb"),
        wechat_rendered().model_copy(update={"cover": image("c.png", PNG)}),
    ),
    (WeiboAdapter, weibo_account(), weibo_rendered(text="【标题】没有链接", link=None)),
    (AppAdapter, app_account(), app_rendered().model_copy(update={"body": "[]"})),
]


@pytest.mark.parametrize(("cls", "account", "rendered"), PUBLISH_CASES)
async def test_publish_refuses_what_validate_finds(
    cls: type[Adapter], account: Any, rendered: Rendered
) -> None:
    problems = cls.validate(rendered, account)
    ctx, recorder = context(account, operator_ip="127.0.0.1")
    async with cls(account) as adapter:
        with pytest.raises(RejectedError) as caught:
            await adapter.publish(rendered, ctx)
    error = caught.value
    assert (problems[0].field, True) == (error.details["field"], error.details["local"])
    assert problems[0].message in error.message
    assert account.id in error.message
    assert [] == recorder.saved  # refused before any step


async def test_the_rejection_lists_every_problem() -> None:
    account = wechat_account()
    rendered = wechat_rendered().model_copy(update={"title": "标" * 40, "cover": None})
    async with WechatAdapter(account) as adapter:
        error = adapter.rejection(WechatAdapter.validate(rendered, account))
    assert ("title", "rejected") == (error.details["field"], error.kind)
    assert "; cover: 缺少封面图" in error.message
    assert "nothing was sent" in error.message
