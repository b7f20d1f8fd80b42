"""保密关: 密级 markings and internal markers block, in every field, after normalisation."""

from __future__ import annotations

import pytest

from govpub import Image, Post, check
from govpub.testing.contract import tiny_png

BLOCKED = [
    "机密★10年",
    "秘密★3年",
    "机密★1年",
    "绝密★",
    "秘密★三年",
    "机密★十年",
    "绝密★长期",
    "绝密·永久",
    "秘密*5年",
    "秘密 ☆ 3 年",  # star variant, spaces
    "机密⭐",
    "机密★１０年",  # full-width digits
    "機密★10年".replace("機", "机"),
    "机\u200b密★",  # zero-width space inside
    "㊙密★",  # circled ideograph 秘
    "密级：机密",
    "密级: 秘密",
    "（机密）",
    "【秘密】",
    "机密",  # a line with nothing but a 密级
    "# 绝 密",
    "内部资料",
    "内部资料　注意保存",
    "内部使用",
    "仅供内部参考",
    "不得外传",
    "严禁外传",
    "请勿外传",
    "注意保密",
    "征求意见稿（内部）",
]

NOT_BLOCKED = [
    "保守国家秘密是每个公民的义务",
    "**国家秘密**受法律保护",
    "机密文件的管理办法正在修订",  # bare 机密 in prose
    "秘密花园主题展",
    "内部装修已完成",
    "秘密★",  # see test below: this one is blocked
][:-1]


@pytest.mark.parametrize("text", BLOCKED)
def test_blocked_in_body(text: str) -> None:
    result = check(Post(title="通知", body=f"正文\n{text}\n其他"))
    assert result.blocked, text
    assert {"secrecy.marking", "secrecy.internal"} & {f.rule for f in result.findings}


@pytest.mark.parametrize("text", NOT_BLOCKED)
def test_not_blocked(text: str) -> None:
    result = check(Post(title="通知", body=text))
    assert [] == [f.rule for f in result.findings if f.rule.startswith("secrecy")]


@pytest.mark.parametrize(
    ("post", "field"),
    [
        (Post(title="机密★5年 关于…的通知"), "title"),
        (Post(title="通知", summary="内部资料，注意保存"), "summary"),
        (Post(title="通知", author="秘密★"), "author"),
        (Post(title="通知", tags=("普通", "绝密★")), "tags[1]"),
        (
            Post(title="通知", images=(Image(src="https://www.gov.cn/a.png", alt="机密★1年"),)),
            "images[0].alt",
        ),
        (
            Post(
                title="通知",
                images=(Image(data=tiny_png(), filename="通知(机密).png"),),
            ),
            "images[0].filename",
        ),
        (
            Post(title="通知", cover=Image(data=tiny_png(), filename="绝密扫描件.jpg")),
            "cover.filename",
        ),
        (
            Post(title="通知", overrides={"wechat": {"title": "秘密★三年"}}),
            "overrides.wechat.title",
        ),
    ],
)
def test_every_field_is_checked(post: Post, field: str) -> None:
    findings = [(f.rule, f.field) for f in check(post).findings if f.severity == "block"]
    assert findings
    assert {field} == {f for _, f in findings}


def test_offsets_point_at_the_original_text() -> None:
    body = "第一行\n发文：机\u200b密★１０年\n"
    (finding,) = check(Post(title="通知", body=body)).findings
    assert ("secrecy.marking", 7) == (finding.rule, finding.offset)
    assert body[7:].startswith("机")


def test_sensitive_terms_warn() -> None:
    result = check(Post(title="通知", body="对申请公开的信息依法不予公开。"))
    assert [("secrecy.sensitive_term", "warn")] == [(f.rule, f.severity) for f in result.findings]


@pytest.mark.parametrize(
    ("body", "warns"),
    [("特急\n关于…的通知", True), ("000123\n关于…", True), ("正文里说加急办理护照", False)],
)
def test_document_header_hints_warn(body: str, warns: bool) -> None:
    rules = [(f.rule, f.severity) for f in check(Post(title="通知", body=body)).findings]
    assert warns == (("secrecy.document_hint", "warn") in rules)
