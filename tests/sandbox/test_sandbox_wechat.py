"""The WeChat emulator refuses what the platform refuses (reference wechat.md §2-§5)."""

from __future__ import annotations

import json
import re
from collections.abc import Iterator
from typing import Any

import httpx
import pytest
from sandbox_helpers import BMP, GIF, JPEG, PNG, WEBP, WeChat, dumps

from govpub.sandbox import SandboxServer, content_digest

RID = re.compile(r" rid: [0-9a-f]{8}-[0-9a-f]{8}-[0-9a-f]{8}$")


@pytest.fixture
def http(sandbox: SandboxServer) -> Iterator[httpx.Client]:
    sandbox.state.register_wechat("wx1", "secret1")
    sandbox.state.register_wechat("wx2", "secret2")
    with httpx.Client(base_url=sandbox.url, timeout=10) as client:
        yield client


@pytest.fixture
def wx(http: httpx.Client) -> WeChat:
    return WeChat(http)


# -- tokens (§2) --------------------------------------------------------------------


@pytest.mark.parametrize(
    ("change", "expected"),
    [
        ({"appid": "wx-unknown"}, 40013),
        ({"secret": "wrong"}, 40125),
        ({"appid": ""}, 41002),
        ({"secret": ""}, 41004),
        ({"grant_type": "password"}, 40002),
    ],
)
def test_wechat_token_endpoints_refuse_bad_credentials(
    http: httpx.Client, change: dict[str, str], expected: int
) -> None:
    body = {"grant_type": "client_credential", "appid": "wx1", "secret": "secret1", **change}
    stable = http.post("/wechat/cgi-bin/stable_token", content=dumps(body)).json()
    classic = http.get(
        "/wechat/cgi-bin/token",
        params={"grant_type": body["grant_type"], "appid": body["appid"], "secret": body["secret"]},
    ).json()
    assert (expected, expected) == (stable["errcode"], classic["errcode"])
    assert RID.search(stable["errmsg"])


def test_wechat_stable_token_normal_mode_returns_the_same_token_with_remaining_lifetime(
    sandbox: SandboxServer, wx: WeChat
) -> None:
    first = wx.fetch_token()
    sandbox.state.advance_clock(100)
    second = wx.fetch_token()
    assert first["access_token"] == second["access_token"]
    assert 7200 == first["expires_in"]
    assert 7100 == second["expires_in"] or 7099 == second["expires_in"]
    assert 1 == sandbox.state.counters.get("wechat:wx1")["token.issued"]


def test_wechat_token_expires_after_the_configured_lifetime(
    sandbox: SandboxServer, wx: WeChat
) -> None:
    sandbox.state.config.token_ttl = 60
    wx.fetch_token()
    assert "item" in wx.call("draft/batchget", {"offset": 0, "count": 1})
    sandbox.state.advance_clock(61)
    assert 42001 == wx.call("draft/batchget", {"offset": 0, "count": 1})["errcode"]


def test_wechat_classic_token_call_invalidates_the_previous_token_after_a_grace(
    sandbox: SandboxServer, http: httpx.Client, wx: WeChat
) -> None:
    params = {"grant_type": "client_credential", "appid": "wx1", "secret": "secret1"}
    old = http.get("/wechat/cgi-bin/token", params=params).json()["access_token"]
    new = http.get("/wechat/cgi-bin/token", params=params).json()["access_token"]
    assert old != new
    wx.token = old
    assert "item" in wx.call("draft/batchget", {"offset": 0, "count": 1})  # grace: 5 minutes
    sandbox.state.advance_clock(301)
    assert 40001 == wx.call("draft/batchget", {"offset": 0, "count": 1})["errcode"]
    wx.token = new
    assert "item" in wx.call("draft/batchget", {"offset": 0, "count": 1})


def test_wechat_force_refresh_invalidates_the_stable_token_and_is_limited_per_day(
    sandbox: SandboxServer, wx: WeChat
) -> None:
    old = wx.fetch_token()["access_token"]
    new = wx.fetch_token(force_refresh=True)["access_token"]
    assert old != new
    wx.token = old
    assert 40001 == wx.call("draft/batchget", {"offset": 0, "count": 1})["errcode"]
    sandbox.state.config.stable_force_per_day = 1
    assert 45009 == wx.fetch_token(force_refresh=True)["errcode"]


@pytest.mark.parametrize(("token", "expected"), [("", 41001), ("not-a-token", 40014)])
def test_wechat_business_call_without_a_valid_token(
    http: httpx.Client, token: str, expected: int
) -> None:
    answer = http.post(
        "/wechat/cgi-bin/draft/batchget",
        params={"access_token": token},
        content=dumps({"offset": 0, "count": 1}),
    ).json()
    assert expected == answer["errcode"]


def test_wechat_business_calls_require_post(http: httpx.Client, wx: WeChat) -> None:
    wx.fetch_token()
    answer = http.get("/wechat/cgi-bin/draft/add", params={"access_token": wx.token}).json()
    assert 43002 == answer["errcode"]


# -- request bodies -----------------------------------------------------------------


def test_wechat_unicode_escapes_are_refused_with_40033(wx: WeChat) -> None:
    ascii_json = json.dumps({"articles": [wx.article()]}).encode()  # ensure_ascii: \uXXXX
    assert b"\\u" in ascii_json
    assert 40033 == wx.call("draft/add", None, raw=ascii_json)["errcode"]


def test_wechat_an_escaped_backslash_before_u_is_not_a_unicode_escape(wx: WeChat) -> None:
    answer = wx.call("draft/add", {"articles": [wx.article(content="<p>路径 C:\\u1234</p>")]})
    assert "media_id" in answer


@pytest.mark.parametrize(
    ("raw", "expected"), [(b"", 44002), (b"{not json", 47001), (b"[1, 2]", 47001)]
)
def test_wechat_empty_or_malformed_json(wx: WeChat, raw: bytes, expected: int) -> None:
    assert expected == wx.call("draft/add", None, raw=raw)["errcode"]


# -- draft/add limits (§3.3, §4) ----------------------------------------------------


@pytest.mark.parametrize(
    ("fields", "expected"),
    [
        ({"title": "题" * 32}, None),
        ({"title": "题" * 33}, 45003),
        ({"title": ""}, 47001),
        ({"author": "作" * 16}, None),
        ({"author": "作" * 17}, 45110),
        ({"digest": "摘" * 128}, None),
        ({"digest": "摘" * 129}, 45004),
        ({"content": "<p>" + "字" * 19_992 + "</p>"}, None),
        ({"content": "<p>" + "字" * 19_993 + "</p>"}, 45002),
        ({"content": ""}, 44004),
        ({"content_source_url": "https://www.example.gov.cn/" + "a" * 1000}, 41039),
        ({"need_open_comment": 2}, 47001),
        ({"thumb_media_id": "not-a-media-id"}, 40007),
        ({"article_type": "video"}, 47001),
    ],
)
def test_wechat_draft_add_limits(wx: WeChat, fields: dict[str, Any], expected: int | None) -> None:
    answer = wx.call("draft/add", {"articles": [wx.article(**fields)]})
    assert expected == answer.get("errcode")
    assert (expected is None) == ("media_id" in answer)


def test_wechat_thumb_media_id_must_be_a_permanent_material_of_the_same_app(
    http: httpx.Client,
) -> None:
    other = WeChat(http, "wx2", "secret2")
    foreign_cover = other.cover()
    wx = WeChat(http)
    uploaded = wx.upload("media/uploadimg", PNG)["url"]
    assert (
        40007
        == wx.call("draft/add", {"articles": [wx.article(thumb_media_id=foreign_cover)]})["errcode"]
    )
    assert (
        40007
        == wx.call("draft/add", {"articles": [wx.article(thumb_media_id=uploaded)]})["errcode"]
    )
    thumb = wx.upload("material/add_material", JPEG, "t.jpg", type="thumb")["media_id"]
    assert "media_id" in wx.call("draft/add", {"articles": [wx.article(thumb_media_id=thumb)]})


@pytest.mark.parametrize(("count", "expected"), [(0, 44003), (8, None), (9, 45008)])
def test_wechat_number_of_articles(wx: WeChat, count: int, expected: int | None) -> None:
    cover = wx.cover()
    answer = wx.call(
        "draft/add", {"articles": [wx.article(thumb_media_id=cover) for _ in range(count)]}
    )
    assert expected == answer.get("errcode")


def test_wechat_images_not_from_uploadimg_are_filtered_out_and_recorded(
    sandbox: SandboxServer, wx: WeChat
) -> None:
    own = wx.upload("media/uploadimg", PNG)["url"]
    content = (
        f'<p>一</p><img src="{own}"><img src="https://www.example.com/ad.png" alt="x">'
        "<p>二</p><img data-src='http://other.cdn.example/b.jpg'><script>alert(1)</script>"
    )
    media_id = wx.draft(content=content)
    stored = wx.call("draft/get", {"media_id": media_id})["news_item"][0]["content"]
    assert f'<p>一</p><img src="{own}"><p>二</p>' == stored
    wx.call("freepublish/submit", {"media_id": media_id})
    (record,) = sandbox.state.records(platform="wechat")
    expected = ["https://www.example.com/ad.png", "http://other.cdn.example/b.jpg"]
    assert expected == record.details["filtered_images"]
    assert content_digest("关于开展安全生产检查的通知", stored) == record.digest


def test_wechat_digest_defaults_to_the_first_54_characters_and_is_dropped_for_multi_article(
    wx: WeChat,
) -> None:
    body = "<p>" + "正文内容" * 20 + "</p>"
    single = wx.draft(content=body, digest="")
    item = wx.call("draft/get", {"media_id": single})["news_item"][0]
    assert ("正文内容" * 20)[:54] == item["digest"]
    cover = wx.cover()
    multi = wx.call(
        "draft/add",
        {"articles": [wx.article(thumb_media_id=cover, digest="摘要") for _ in range(2)]},
    )["media_id"]
    assert ["", ""] == [i["digest"] for i in wx.call("draft/get", {"media_id": multi})["news_item"]]


# -- materials (§3.1, §3.2) ---------------------------------------------------------


@pytest.mark.parametrize(
    ("data", "filename", "expected"),
    [
        (PNG, "a.png", None),
        (JPEG, "a.jpg", None),
        (GIF, "a.gif", 40005),
        (BMP, "a.bmp", 40005),
        (PNG + b"\x00" * (1024 * 1024), "big.png", 40009),
    ],
)
def test_wechat_uploadimg_accepts_jpg_png_under_1mb(
    wx: WeChat, data: bytes, filename: str, expected: int | None
) -> None:
    answer = wx.upload("media/uploadimg", data, filename)
    assert expected == answer.get("errcode")
    if expected is None:
        assert answer["url"].startswith("http://mmbiz.qpic.cn/")


def test_wechat_uploadimg_without_a_file(http: httpx.Client, wx: WeChat) -> None:
    wx.fetch_token()
    answer = http.post(
        "/wechat/cgi-bin/media/uploadimg",
        params={"access_token": wx.token},
        data={"media": "not a file"},
    ).json()
    assert 41005 == answer["errcode"]


@pytest.mark.parametrize(
    ("media_type", "data", "filename", "expected"),
    [
        ("image", PNG, "a.png", None),
        ("image", GIF, "a.gif", None),
        ("image", BMP, "a.bmp", None),
        ("image", WEBP, "a.webp", 40005),
        ("image", JPEG + b"\x00" * (10 * 1024 * 1024), "big.jpg", 40009),
        ("thumb", JPEG, "t.jpg", None),
        ("thumb", PNG, "t.png", 40005),
        ("thumb", JPEG + b"\x00" * (64 * 1024), "t.jpg", 40012),
        ("voice", b"ID3" + b"\x00" * 10, "v.mp3", None),
        ("voice", b"\x00" * 10, "v.txt", 40005),
        ("voice", b"\x00" * (2 * 1024 * 1024 + 1), "v.mp3", 40010),
        ("video", b"\x00" * (10 * 1024 * 1024 + 1), "v.mp4", 40011),
        ("news", PNG, "a.png", 40004),
    ],
)
def test_wechat_add_material_type_and_size_limits(
    wx: WeChat, media_type: str, data: bytes, filename: str, expected: int | None
) -> None:
    answer = wx.upload("material/add_material", data, filename, type=media_type)
    assert expected == answer.get("errcode")
    if expected is None:
        assert ("url" in answer) == (media_type == "image")


def test_wechat_del_material(wx: WeChat) -> None:
    cover = wx.cover()
    assert 0 == wx.call("material/del_material", {"media_id": cover})["errcode"]
    assert 40007 == wx.call("material/del_material", {"media_id": cover})["errcode"]
    assert (
        40007 == wx.call("draft/add", {"articles": [wx.article(thumb_media_id=cover)]})["errcode"]
    )


# -- publishing (§3.4-3.7) ----------------------------------------------------------


def test_wechat_submit_unknown_draft_and_get_unknown_publish_id(wx: WeChat) -> None:
    assert 40007 == wx.call("freepublish/submit", {"media_id": "nope"})["errcode"]
    assert 53502 == wx.call("freepublish/get", {"publish_id": "123"})["errcode"]


def test_wechat_publish_job_is_status_1_until_the_delay_then_0_and_the_draft_leaves(
    sandbox: SandboxServer, wx: WeChat
) -> None:
    sandbox.state.config.publish_delay = 30
    media_id = wx.draft()
    submitted = wx.call("freepublish/submit", {"media_id": media_id})
    assert (0, "ok") == (submitted["errcode"], submitted["errmsg"])
    publish_id = submitted["publish_id"]
    assert 1 == wx.call("freepublish/get", {"publish_id": publish_id})["publish_status"]
    assert "pending" == sandbox.state.records()[0].state
    assert "news_item" in wx.call("draft/get", {"media_id": media_id})  # still in the box
    sandbox.state.advance_clock(31)
    done = wx.call("freepublish/get", {"publish_id": publish_id})
    assert 0 == done["publish_status"]
    assert [] == done["fail_idx"]
    assert 1 == done["article_detail"]["count"]
    assert done["article_detail"]["item"][0]["article_url"].startswith(
        "https://mp.weixin.qq.com/s/"
    )
    assert 40007 == wx.call("draft/get", {"media_id": media_id})["errcode"]
    assert "published" == sandbox.state.records()[0].state


@pytest.mark.parametrize("status", [2, 3, 4])
def test_wechat_injected_rejection_ends_the_job_with_fail_idx(
    sandbox: SandboxServer, wx: WeChat, status: int
) -> None:
    sandbox.state.set_faults(f"wechat:reject=next@status={status}")
    media_id = wx.draft()
    publish_id = wx.call("freepublish/submit", {"media_id": media_id})["publish_id"]
    answer = wx.call("freepublish/get", {"publish_id": publish_id})
    assert (status, [1]) == (answer["publish_status"], answer["fail_idx"])
    assert "article_id" not in answer
    assert "rejected" == sandbox.state.records()[0].state
    assert 0 == sandbox.state.publications()["total"]
    assert "news_item" in wx.call("draft/get", {"media_id": media_id})  # the draft stays


def test_wechat_publish_id_is_a_number_when_configured_and_get_accepts_both(
    sandbox: SandboxServer, wx: WeChat
) -> None:
    sandbox.state.config.publish_id_number = 1.0
    submitted = wx.call("freepublish/submit", {"media_id": wx.draft()})
    assert isinstance(submitted["publish_id"], int)
    by_number = wx.call("freepublish/get", {"publish_id": submitted["publish_id"]})
    by_string = wx.call("freepublish/get", {"publish_id": str(submitted["publish_id"])})
    assert (0, 0) == (by_number["publish_status"], by_string["publish_status"])
    assert isinstance(by_number["publish_id"], int)
    sandbox.state.config.publish_id_number = 0.0
    assert isinstance(wx.call("freepublish/submit", {"media_id": wx.draft()})["publish_id"], str)


def _published_two(wx: WeChat) -> str:
    cover = wx.cover()
    articles = [wx.article(thumb_media_id=cover, title=f"第{i}篇") for i in (1, 2)]
    media_id = wx.call("draft/add", {"articles": articles})["media_id"]
    publish_id = wx.call("freepublish/submit", {"media_id": media_id})["publish_id"]
    article_id: str = wx.call("freepublish/get", {"publish_id": publish_id})["article_id"]
    return article_id


def _deleted_flags(wx: WeChat, article_id: str) -> list[bool]:
    return [i["is_deleted"] for i in wx.call("freepublish/getarticle", {"article_id": article_id})["news_item"]]  # fmt: skip


def test_wechat_delete_with_an_explicit_index_deletes_that_article_only(
    sandbox: SandboxServer, wx: WeChat
) -> None:
    article_id = _published_two(wx)
    assert 0 == wx.call("freepublish/delete", {"article_id": article_id, "index": 2})["errcode"]
    assert [False, True] == _deleted_flags(wx, article_id)
    assert [False, True] == [r.deleted for r in sandbox.state.records()]
    assert 40060 == wx.call("freepublish/delete", {"article_id": article_id, "index": 3})["errcode"]


@pytest.mark.parametrize("body", [{"index": 0}, {}])
def test_wechat_delete_with_index_0_or_none_deletes_every_article(
    sandbox: SandboxServer, wx: WeChat, body: dict[str, int]
) -> None:
    article_id = _published_two(wx)
    assert 0 == wx.call("freepublish/delete", {"article_id": article_id, **body})["errcode"]
    assert [True, True] == _deleted_flags(wx, article_id)
    publish_id = sandbox.state.records()[0].platform_id
    assert 5 == wx.call("freepublish/get", {"publish_id": publish_id})["publish_status"]
    assert 0 == sandbox.state.publications()["total"]


def test_wechat_delete_or_getarticle_of_an_unknown_article(wx: WeChat) -> None:
    assert 53600 == wx.call("freepublish/delete", {"article_id": "nope", "index": 1})["errcode"]
    assert 53600 == wx.call("freepublish/getarticle", {"article_id": "nope"})["errcode"]


def test_wechat_batchget_lists_finished_publishes_newest_first(wx: WeChat) -> None:
    for title in ("第一篇", "第二篇"):
        wx.publish(title=title)
    listing = wx.call("freepublish/batchget", {"offset": 0, "count": 10, "no_content": 1})
    titles = [i["content"]["news_item"][0]["title"] for i in listing["item"]]
    assert (2, ["第二篇", "第一篇"]) == (listing["total_count"], titles)
    assert "content" not in listing["item"][0]["content"]["news_item"][0]
    assert 40097 == wx.call("freepublish/batchget", {"offset": 0, "count": 21})["errcode"]


def test_wechat_draft_batchget_and_delete(wx: WeChat) -> None:
    first, second = wx.draft(title="草稿一"), wx.draft(title="草稿二")
    listing = wx.call("draft/batchget", {"offset": 0, "count": 20})
    assert {first, second} == {i["media_id"] for i in listing["item"]}
    assert 0 == wx.call("draft/delete", {"media_id": first})["errcode"]
    assert 40007 == wx.call("draft/delete", {"media_id": first})["errcode"]
    assert 1 == wx.call("draft/batchget", {"offset": 0, "count": 20})["total_count"]


def test_wechat_unverified_account_cannot_use_freepublish(
    sandbox: SandboxServer, wx: WeChat
) -> None:
    sandbox.state.register_wechat("wx1", "secret1", verified=False)
    media_id = wx.draft()  # drafts are open to every account
    assert 48001 == wx.call("freepublish/submit", {"media_id": media_id})["errcode"]


def test_wechat_freepublish_get_daily_quota(sandbox: SandboxServer, wx: WeChat) -> None:
    sandbox.state.config.freepublish_get_daily_quota = 2
    publish_id = wx.publish()["publish_id"]
    codes = [wx.call("freepublish/get", {"publish_id": publish_id}).get("errcode") for _ in "abc"]
    assert [None, None, 45009] == codes


@pytest.mark.parametrize("status", [5, 6])
def test_wechat_publish_deleted_by_user_or_banned(
    sandbox: SandboxServer, wx: WeChat, status: int
) -> None:
    publish_id = wx.publish()["publish_id"]
    sandbox.control.set_publish_status("wx1", publish_id, status)
    assert status == wx.call("freepublish/get", {"publish_id": publish_id})["publish_status"]
    (record,) = sandbox.state.records()
    assert (status == 5, "removed" if status == 6 else "published") == (
        record.deleted,
        record.state,
    )


def test_wechat_every_error_carries_a_rid(wx: WeChat) -> None:
    answers = [
        wx.call("draft/add", {"articles": []}),
        wx.call("freepublish/get", {"publish_id": "1"}),
        wx.call("draft/get", {"media_id": "x"}),
    ]
    assert all(RID.search(a["errmsg"]) for a in answers)
