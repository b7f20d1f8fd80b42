"""fix104c: personal data in a query, spelled the ways forms and exports send it (review 71's
L11–L16; corpus family ``fix104c_query_values``)."""

from __future__ import annotations

from pathlib import Path

import pytest

from govpub import Policy, Post, check
from govpub.compliance.personal import any_query_maybe, in_query_maybe
from govpub.compliance.personal.query import (
    _named,
    find_in_bare_queries,
    find_in_query,
    masked_as_written,
)

_FULL_WIDTH = "".join("%EF%BC%9" + digit for digit in "13812345678")


def _kinds(url: str) -> list[str]:
    return [hit.kind for hit in find_in_query(url)]


@pytest.mark.parametrize(
    ("key", "named"),
    [
        ("mobile1", "mobile"),
        ("linkman_phone", "mobile"),
        ("applicantMobile", "mobile"),
        ("applicantMobileNo", "mobile"),
        ("contact-tel2", "mobile"),
        ("lxrsj", "mobile"),
        ("sqrsjh", "mobile"),
        ("skzh", "bank_card"),
        ("%E6%89%8B%E6%9C%BA%E5%8F%B7", "mobile"),  # 手机号
        ("申请人手机号", "mobile"),
        ("身份证号", "id_number"),
        ("companyCreditCode", "code"),
        ("xmobile", None),
        ("hotel", None),
        ("pageNo2", None),
        ("callerId", None),
        ("lang", None),
        ("hl", None),
        ("%E8%AE%A2%E5%8D%95%E5%8F%B7", None),  # 订单号
        ("单号", None),
    ],
)
def test_a_names_number_last_words_and_chinese_are_read(key: str, named: str | None) -> None:
    assert _named(key) == named


@pytest.mark.parametrize(
    ("query", "kind"),
    [
        ("mobile=138++1234++5678", "mobile"),
        ("mobile=138+-+1234+-+5678", "mobile"),
        ("mobile=138.1234.5678", "mobile"),
        ("tel=138%2E1234%2E5678", "mobile"),
        ("tel=138%C2%A01234%C2%A05678", "mobile"),
        ("sfzhm=110101%E3%80%8019900307%E3%80%804514", "id_number"),
        ("%E6%89%8B%E6%9C%BA=138+1234+5678", "mobile"),
        ("redirect=%2Fa%3Fmobile%3D138%2B1234%2B5678", "mobile"),
        ("goto=%2Fa%3Fx%3D1%26tel%3D13812345678", "mobile"),
        ("mobile=138%25201234%25205678", "mobile"),
        ("tel=(+86)138+1234+5678", "mobile"),
        ("tel=" + _FULL_WIDTH, "mobile"),
        ("mobile=1+3+8+1+2+3+4+5+6+7+8", "mobile"),
        ("skzh=6222+0212+3456+7890+128", "bank_card"),
    ],
)
def test_a_value_spelled_as_forms_send_it_is_read(query: str, kind: str) -> None:
    url = f"https://zwfw.gov.cn/a?{query}"
    assert _kinds(url) == [kind]
    assert in_query_maybe(url)
    assert any_query_maybe(["https://a.cn/", url])


@pytest.mark.parametrize(
    "query",
    [
        "tel=+1.415.555.0123",
        "tel=(+1)415+555+0123",
        "tel=%2B852%202123%204567",
        "tel=(+86)10+6512+3456",
        "version=13.8.1234.5678",
        "mobile=138.1234.567",
        "id=138++1234++5678",
        "hotel=138+1234+5678",
        "lang=zh&hl=zh-CN&docNo=138+1234+5678",
        "redirect=%2Fa%3FpageNo%3D13812345678",
        "orderNo=138%25201234%25205678",
        "mobile=1+3+8+1+2+3+4+5+6+7",
        "lsh=6222+0212+3456+7890+128",
    ],
)
def test_a_twin_of_a_spelled_value_is_not_read(query: str) -> None:
    assert _kinds(f"https://zwfw.gov.cn/a?{query}") == []


@pytest.mark.parametrize(
    ("text", "kind", "written"),
    [
        ("%E6%89%8B%E6%9C%BA%E5%8F%B7=138+1234+5678&a=1", "mobile", "138+1234+5678"),
        ("手机号=138%201234%205678", "mobile", "138%201234%205678"),
        ('{"mobile":"138%201234%205678"}', "mobile", "138%201234%205678"),
        ('{"sfzh": "110101%2019900307%204514"}', "id_number", "110101%2019900307%204514"),
        ("mobile: 138%201234%205678", "mobile", "138%201234%205678"),
        ("联系电话：138+1234+5678", "mobile", "138+1234+5678"),
        ("tel=(+86)138%201234%205678", "mobile", "(+86)138%201234%205678"),
        ("（mobile=138+1234+5678）", "mobile", "138+1234+5678"),
        ("(mobile=138+1234+5678)", "mobile", "138+1234+5678"),
        ("tel=" + _FULL_WIDTH, "mobile", _FULL_WIDTH),
    ],
)
def test_a_pair_as_forms_and_exports_write_it_is_read(text: str, kind: str, written: str) -> None:
    hits = list(find_in_bare_queries(text))
    assert [hit.kind for hit in hits] == [kind]
    assert text[hits[0].start : hits[0].end] == written


@pytest.mark.parametrize(
    "text",
    [
        "推进5G+VR应用",
        "电话+微信：请扫码添加",
        "电话：1+1=2",
        "比赛比分：3+2，总分：138+1234+5678",
        "单号：138+1234+5678",
        '{"orderNo":"138%201234%205678"}',
        "订单号=138%201234%205678",
        "时间：10:30+08:00，地点：138+1234+5678",
    ],
)
def test_a_plus_or_an_escape_after_no_numbers_name_is_not_read(text: str) -> None:
    assert list(find_in_bare_queries(text)) == []


def test_a_names_capitals_are_read_as_written_in_a_folded_text() -> None:
    assert list(find_in_bare_queries("applicantmobile=138%201234%205678")) == []
    written = "applicantMobile=138%201234%205678"
    hits = list(find_in_bare_queries(written.lower(), lambda s, e: written[s:e]))
    assert [hit.kind for hit in hits] == ["mobile"]


@pytest.mark.parametrize(
    ("written", "masked"),
    [
        ("138%C2%A01234%C2%A05678", "138%C2%A0****%C2%A05678"),
        ("138%25201234%25205678", "138%2520****%25205678"),
    ],
)
def test_a_value_read_decoded_is_masked_as_written(written: str, masked: str) -> None:
    hit = next(find_in_query(f"?mobile={written}"))
    assert masked_as_written(written, hit.masked) == masked


@pytest.mark.parametrize("body", ["联系电话：138+1234+5678", "applicantMobile=138%201234%205678"])
def test_a_pair_read_here_blocks_once_and_is_masked_in_mask_mode(body: str) -> None:
    findings = check(Post(title="通知", body=body), Policy.default()).findings
    assert [(f.rule, f.severity) for f in findings] == [("personal.mobile", "block")]
    policy = Policy.from_mapping({"personal_data": "mask"}, base_dir=Path())
    result = check(Post(title="通知", body=body), policy)
    assert [(f.rule, f.severity) for f in result.findings] == [("personal.mobile", "fixed")]
    assert "1234" not in result.post.body
    assert [f.rule for f in check(result.post, policy).findings] == []


def test_a_name_folded_otherwise_than_by_case_is_read_folded() -> None:
    written = "ｍｏｂｉｌｅ＝１３８％２０１２３４％２０５６７８"
    hits = list(find_in_bare_queries("mobile=138%201234%205678", lambda s, e: written[s:e]))
    assert [hit.kind for hit in hits] == ["mobile"]
