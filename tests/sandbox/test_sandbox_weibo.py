"""The Weibo emulator refuses what the platform refuses (reference weibo.md §2-§9)."""

from __future__ import annotations

from collections.abc import Iterator

import httpx
import pytest
from sandbox_helpers import BMP, GIF, JPEG, LINK, PNG, SAFE, Weibo, code_of

from govpub.sandbox import SandboxServer
from govpub.sandbox.weibo import short_link, weibo_length

TEXT = f"市政府发布防汛通知 {LINK} "


@pytest.fixture
def http(sandbox: SandboxServer) -> Iterator[httpx.Client]:
    sandbox.state.register_weibo("tok1", SAFE, uid="1001", screen_name="示例发布")
    sandbox.state.register_weibo("tok2", SAFE, uid="1002")
    with httpx.Client(base_url=sandbox.url, timeout=10) as client:
        yield client


@pytest.fixture
def wb(http: httpx.Client) -> Weibo:
    return Weibo(http)


def test_weibo_share_returns_a_status_object(sandbox: SandboxServer, wb: Weibo) -> None:
    response = wb.share(TEXT)
    assert 200 == response.status_code
    status = response.json()
    shown = TEXT.strip().replace(LINK, short_link(LINK))
    assert (shown, str(status["id"]), status["idstr"]) == (
        status["text"],
        status["idstr"],
        status["mid"],
    )
    assert "1001" == status["user"]["idstr"]
    assert status["created_at"].endswith("+0800 " + status["created_at"][-4:])
    (record,) = sandbox.state.records(platform="weibo")
    assert ("1001", status["idstr"]) == (record.account, record.platform_id)


@pytest.mark.parametrize(
    ("token", "expected"),
    [("", 10006), ("unknown-token", 21332)],
)
def test_weibo_token_is_checked(wb: Weibo, token: str, expected: int) -> None:
    wb.token = token
    assert expected == code_of(wb.share(TEXT))


def test_weibo_expired_token_needs_reauthorisation(sandbox: SandboxServer, wb: Weibo) -> None:
    sandbox.state.config.weibo_token_ttl = 100
    sandbox.state.register_weibo("tok1", SAFE, uid="1001")
    sandbox.state.advance_clock(101)
    response = wb.share(TEXT)
    assert (21327, 401) == (code_of(response), response.status_code)
    sandbox.state.reauthorize("1001")
    assert 200 == wb.share(TEXT).status_code


def test_weibo_revoked_token(sandbox: SandboxServer, wb: Weibo) -> None:
    sandbox.control.patch_account("weibo", "1001", revoked=True)
    assert 21319 == code_of(wb.share(TEXT))


def test_weibo_token_in_the_oauth2_header_is_accepted(http: httpx.Client) -> None:
    response = http.get(
        "/weibo/2/statuses/user_timeline.json", headers={"Authorization": "OAuth2 tok1"}
    )
    assert 200 == response.status_code


@pytest.mark.parametrize(
    ("status", "expected"),
    [
        ("没有链接的微博", 10017),
        ("链接不在安全域名 https://www.example.com/a.html 上", 10017),
        ("同站其他子域名 https://news.example.gov.cn/a.html 不算", 10017),
        ("仿冒域名 https://www.example.gov.cn.evil.com/a 不算", 10017),
        (f"正文 {LINK}", None),
    ],
)
def test_weibo_status_needs_a_link_on_the_safe_domain(
    wb: Weibo, status: str, expected: int | None
) -> None:
    response = wb.share(status)
    if expected is None:
        assert 200 == response.status_code, response.text
    else:
        assert (expected, "text not find domain!") == (
            code_of(response),
            response.json()["error"],
        )


def test_weibo_safe_domain_covers_its_subdomains(sandbox: SandboxServer, wb: Weibo) -> None:
    sandbox.state.register_weibo("tok1", "example.gov.cn", uid="1001")
    assert 200 == wb.share("子域名 https://news.example.gov.cn/a.html 的链接").status_code


def test_weibo_app_without_a_safe_domain(sandbox: SandboxServer, wb: Weibo) -> None:
    sandbox.state.register_weibo("tok1", "", uid="1001")
    response = wb.share(TEXT)
    assert (10017, "appkey not bind domain!") == (code_of(response), response.json()["error"])


def test_weibo_length_over_140_characters_is_refused(wb: Weibo) -> None:
    fill = 140 - len(f" {LINK}")
    assert 200 == wb.share("字" * fill + f" {LINK}").status_code
    assert 20012 == code_of(wb.share("文" * (fill + 1) + f" {LINK}"))


@pytest.mark.parametrize(
    ("text", "chars", "half_ascii"),
    [("", 0, 0), ("中文", 2, 2), ("abc", 3, 2), ("中a", 2, 2), ("ab中", 3, 2)],
)
def test_weibo_length_counting_modes(text: str, chars: int, half_ascii: int) -> None:
    assert (chars, half_ascii) == (weibo_length(text), weibo_length(text, "half_ascii"))


def test_weibo_half_ascii_mode_counts_links_at_half(sandbox: SandboxServer, wb: Weibo) -> None:
    sandbox.state.config.weibo_length_mode = "half_ascii"
    text = "字" * 114 + f" {LINK}"  # 114 + (1 + 51) / 2 = 140
    assert 140 == weibo_length(text, "half_ascii")
    assert 200 == wb.share(text).status_code


def test_weibo_same_text_twice_in_a_row_is_refused(sandbox: SandboxServer, wb: Weibo) -> None:
    assert 200 == wb.share(TEXT).status_code
    assert 20019 == code_of(wb.share(TEXT))
    assert 1 == len(sandbox.state.records())


def test_weibo_same_text_within_the_window_even_after_another_post(
    sandbox: SandboxServer, wb: Weibo
) -> None:
    other = f"另一条 {LINK}"
    assert 200 == wb.share(TEXT).status_code
    assert 200 == wb.share(other).status_code
    assert 20019 == code_of(wb.share(TEXT))
    sandbox.state.advance_clock(601)
    assert 200 == wb.share(TEXT).status_code


def test_weibo_topics_are_stripped_silently_and_recorded(sandbox: SandboxServer, wb: Weibo) -> None:
    response = wb.share(f"#防汛#市政府发布通知 #安全# {LINK}")
    assert f"市政府发布通知  {short_link(LINK)}" == response.json()["text"]
    (record,) = sandbox.state.records()
    assert ["#防汛#", "#安全#"] == record.details["topics_stripped"]
    assert f"市政府发布通知  {LINK}" == record.content  # the record keeps what was sent


def test_weibo_shows_links_as_short_links_that_expand(
    sandbox: SandboxServer, wb: Weibo, http: httpx.Client
) -> None:
    status = wb.share(f"市政府发布通知 {LINK}?gpd=abc").json()
    short = short_link(f"{LINK}?gpd=abc")
    assert short.startswith("http://t.cn/")
    assert f"市政府发布通知 {short}" == status["text"]
    answer = http.get(
        "/weibo/2/short_url/expand.json",
        params=[("access_token", "tok1"), ("url_short", short), ("url_short", "http://t.cn/x")],
    ).json()
    assert [
        {"url_short": short, "url_long": f"{LINK}?gpd=abc", "type": 0, "result": True},
        {"url_short": "http://t.cn/x", "url_long": "", "type": 0, "result": False},
    ] == answer["urls"]
    missing = http.get("/weibo/2/short_url/expand.json", params={"access_token": "tok1"})
    assert 10016 == code_of(missing)
    sandbox.state.config.weibo_short_links = False
    assert f"另一条 {LINK}" == wb.share(f"另一条 {LINK}").json()["text"]


def test_weibo_similar_text_with_other_links_is_refused_within_the_window(
    sandbox: SandboxServer, wb: Weibo
) -> None:
    assert 200 == wb.share(f"市政府发布防汛通知 {LINK}?gpd=one").status_code
    assert 20017 == code_of(wb.share(f"市政府发布防汛通知 {LINK}?gpd=two"))
    sandbox.state.advance_clock(601)
    assert 200 == wb.share(f"市政府发布防汛通知 {LINK}?gpd=two").status_code


@pytest.mark.parametrize(
    ("pic", "expected"),
    [
        (JPEG, None),
        (PNG, None),
        (GIF, None),
        (BMP, 20005),
        (JPEG + b"\x00" * (5 * 1024 * 1024), 20006),
    ],
)
def test_weibo_picture_rules(wb: Weibo, pic: bytes, expected: int | None) -> None:
    response = wb.share(TEXT, pic=pic)
    if expected is None:
        assert response.json()["original_pic"].startswith("https://wx1.sinaimg.cn/large/")
    else:
        assert expected == code_of(response)


def test_weibo_picture_only_as_a_multipart_file_and_only_one(http: httpx.Client) -> None:
    form = {"access_token": "tok1", "rip": "203.0.113.7", "status": TEXT}
    as_field = http.post("/weibo/2/statuses/share.json", data={**form, "pic": "aGVsbG8="})
    assert 20007 == code_of(as_field)
    two = http.post(
        "/weibo/2/statuses/share.json",
        data=form,
        files=[("pic", ("a.jpg", JPEG, "image/jpeg")), ("pic", ("b.jpg", JPEG, "image/jpeg"))],
    )
    assert 10008 == code_of(two)


@pytest.mark.parametrize(
    ("form", "expected"),
    [
        ({"rip": ""}, 10016),
        ({"rip": "not-an-ip"}, 10008),
        ({"status": "   "}, 20008),
    ],
)
def test_weibo_required_parameters(wb: Weibo, form: dict[str, str], expected: int) -> None:
    status = form.pop("status", TEXT)
    assert expected == code_of(wb.share(status, **form))


def test_weibo_missing_status(wb: Weibo) -> None:
    response = wb.share(None)
    assert 10016 == code_of(response)
    assert "status" in response.json()["error"]


def test_weibo_share_requires_post(http: httpx.Client) -> None:
    response = http.get("/weibo/2/statuses/share.json", params={"access_token": "tok1"})
    assert 10021 == code_of(response)


def test_weibo_posts_per_hour(sandbox: SandboxServer, wb: Weibo) -> None:
    sandbox.state.config.weibo_posts_per_hour = 2
    codes = [wb.share(f"第{i}条 {LINK}").status_code for i in range(3)]
    assert [200, 200, 403] == codes
    assert 20016 == code_of(wb.share(f"第4条 {LINK}"))
    sandbox.state.advance_clock(3601)
    assert 200 == wb.share(f"第5条 {LINK}").status_code


@pytest.mark.parametrize(("share", "code_type"), [(1.0, str), (0.0, int)])
def test_weibo_error_code_is_a_string_or_a_number(
    sandbox: SandboxServer, wb: Weibo, share: float, code_type: type
) -> None:
    sandbox.state.config.weibo_error_code_string = share
    body = wb.share("没有链接").json()
    assert (code_type, 10017) == (type(body["error_code"]), int(body["error_code"]))
    assert "/2/statuses/share.json" == body["request"]


@pytest.mark.parametrize(("share", "http_status"), [(1.0, 200), (0.0, 400)])
def test_weibo_errors_come_with_http_200_or_4xx(
    sandbox: SandboxServer, wb: Weibo, share: float, http_status: int
) -> None:
    sandbox.state.config.weibo_error_http_200 = share
    assert http_status == wb.share("没有链接").status_code


# -- destroy, timeline, token info, rate limits -------------------------------------


def test_weibo_destroy_deletes_the_post_and_marks_the_record(
    sandbox: SandboxServer, http: httpx.Client, wb: Weibo
) -> None:
    ident = wb.share(TEXT).json()["idstr"]
    response = http.post(
        "/weibo/2/statuses/destroy.json", data={"access_token": "tok1", "id": ident}
    )
    assert (200, ident) == (response.status_code, response.json()["idstr"])
    assert [True] == [r.deleted for r in sandbox.state.records()]
    again = http.post("/weibo/2/statuses/destroy.json", data={"access_token": "tok1", "id": ident})
    assert 20101 == code_of(again)


def test_weibo_destroy_refusals(sandbox: SandboxServer, http: httpx.Client, wb: Weibo) -> None:
    ident = wb.share(TEXT).json()["idstr"]

    def destroy(token: str, status_id: str) -> int:
        form = {"access_token": token, "id": status_id}
        return code_of(http.post("/weibo/2/statuses/destroy.json", data=form))

    assert 20102 == destroy("tok2", ident)
    assert 20101 == destroy("tok1", "123")
    sandbox.control.patch_account("weibo", "1001", delete_granted=False)
    assert 10014 == destroy("tok1", ident)
    assert [False] == [r.deleted for r in sandbox.state.records()]


def test_weibo_user_timeline_lists_the_users_recent_statuses(http: httpx.Client, wb: Weibo) -> None:
    ids = [wb.share(f"第{i}条 {LINK}").json()["idstr"] for i in range(3)]
    Weibo(http, "tok2").share(f"别人的 {LINK}")
    http.post("/weibo/2/statuses/destroy.json", data={"access_token": "tok1", "id": ids[1]})
    timeline = http.get(
        "/weibo/2/statuses/user_timeline.json", params={"access_token": "tok1", "count": 5}
    ).json()
    assert [ids[2], ids[0]] == [s["idstr"] for s in timeline["statuses"]]
    assert 2 == timeline["total_number"]
    first = timeline["statuses"][0]
    assert {"idstr", "mid", "text", "created_at"} <= set(first)


def test_weibo_get_token_info(sandbox: SandboxServer, http: httpx.Client) -> None:
    info = http.post("/weibo/oauth2/get_token_info", data={"access_token": "tok1"}).json()
    assert 1001 == info["uid"]
    assert 157_679_990 < info["expire_in"] <= 157_680_000
    sandbox.state.expire_tokens("weibo", "1001")
    expired = http.post("/weibo/oauth2/get_token_info", data={"access_token": "tok1"})
    assert 21327 == code_of(expired)


def test_weibo_rate_limit_status_reports_the_posting_window(
    sandbox: SandboxServer, http: httpx.Client, wb: Weibo
) -> None:
    sandbox.state.config.weibo_posts_per_hour = 2
    wb.share(f"一 {LINK}")
    status = http.get(
        "/weibo/2/account/rate_limit_status.json", params={"access_token": "tok1"}
    ).json()
    assert (2, 1) == (status["user_limit"], status["remaining_user_hits"])
    wb.share(f"二 {LINK}")
    status = http.get(
        "/weibo/2/account/rate_limit_status.json", params={"access_token": "tok1"}
    ).json()
    assert 0 == status["remaining_user_hits"]
    assert 3595 <= status["reset_time_in_seconds"] <= 3600
