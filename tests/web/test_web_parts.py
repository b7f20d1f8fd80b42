"""The console's small parts: findings marked in the text, post ids, nonces and rate limits."""

from __future__ import annotations

from govpub.compliance import Finding
from govpub.web.drafts import with_post_id
from govpub.web.highlight import marked_lines
from govpub.web.signin import SIGNIN_CONTEXT, Challenges, RateLimiter, signin_message


class Clock:
    def __init__(self) -> None:
        self.now = 0.0

    def __call__(self) -> float:
        return self.now


def test_a_finding_marks_its_excerpt_on_its_line() -> None:
    text = "第一行\n请访问 https://ad.example/x 领取\n第三行"
    finding = Finding("ad.link_stripped", "fixed", "广告链接", "https://ad.example/x", "body", 8)
    lines = marked_lines(text, [finding])
    assert 3 == len(lines)
    assert [("请访问 ", None), ("https://ad.example/x", finding), (" 领取", None)] == [
        (p.text, p.finding) for p in lines[1]
    ]
    assert [("第一行", None)] == [(p.text, p.finding) for p in lines[0]]


def test_a_masked_excerpt_marks_the_whole_line() -> None:
    text = "甲\n身份证号 110101199003071234 已登记\n乙"
    finding = Finding("personal.id_number", "block", "身份证号", "1101**********1234", "body", 7)
    lines = marked_lines(text, [finding])
    assert [finding] == [p.finding for p in lines[1]]
    assert "身份证号 110101199003071234 已登记" == lines[1][0].text


def test_findings_of_other_fields_are_not_marked_in_the_body() -> None:
    finding = Finding("wording.opinion", "warn", "个人观点", "我认为", "title", 0)
    assert [[("正文", None)]] == [
        [(p.text, p.finding) for p in line] for line in marked_lines("正文", [finding])
    ]


def test_a_post_without_an_id_gets_the_drafts() -> None:
    assert "---\nid: d_1\ntitle: t\n---\n正文" == with_post_id("---\ntitle: t\n---\n正文", "d_1")
    assert "---\nid: p_2\ntitle: t\n---\n" == with_post_id("---\nid: p_2\ntitle: t\n---\n", "d_1")
    assert "---\nid: d_1\ntitle: t\n---\nid: 正文里的\n" == with_post_id(
        "---\ntitle: t\n---\nid: 正文里的\n", "d_1"
    )
    assert "没有 front matter" == with_post_id("没有 front matter", "d_1")


def test_a_nonce_is_used_once_for_its_key_and_expires() -> None:
    clock = Clock()
    challenges = Challenges(ttl=120, clock=clock)
    nonce = challenges.issue("ed25519:A")
    assert not challenges.take(nonce, "ed25519:B")  # another key: refused, and used up
    assert not challenges.take(nonce, "ed25519:A")
    late = challenges.issue("ed25519:A")
    clock.now = 121
    assert not challenges.take(late, "ed25519:A")
    fresh = challenges.issue("ed25519:A")
    assert challenges.take(fresh, "ed25519:A")


def test_the_rate_limit_forgets_old_attempts() -> None:
    clock = Clock()
    limiter = RateLimiter(attempts=2, window=60, clock=clock)
    assert [True, True, False] == [limiter.allow("127.0.0.1") for _ in range(3)]
    assert limiter.allow("10.0.0.1")
    clock.now = 61
    assert limiter.allow("127.0.0.1")


def test_the_signed_sign_in_message_can_never_be_an_approval() -> None:
    message = signin_message("n0nce", "http://127.0.0.1:8400")
    assert message.startswith(SIGNIN_CONTEXT.encode())
    assert not message.startswith(b"{")  # approvals sign a canonical JSON object
