"""fix105b: pasted pairs and query values, neighbours of fix104c's forms (review 76's L4;
corpus family ``fix105b_pasted_pairs``)."""

from __future__ import annotations

from pathlib import Path

import pytest

from govpub import Policy, Post, check
from govpub.compliance.personal import any_query_maybe, in_query_maybe
from govpub.compliance.personal.query import _named, find_in_bare_queries, find_in_query


@pytest.mark.parametrize(
    ("key", "named"),
    [
        ("user.mobile", "mobile"),
        ("applicant.contact.tel", "mobile"),
        ("form[mobile]", "mobile"),
        ("form%5Bmobile%5D", "mobile"),
        ("user[contact][phone]", "mobile"),
        ("mobile[]", "mobile"),
        ("%25E6%2589%258B%25E6%259C%25BA", "mobile"),  # 手机 escaped twice
        ("app.version", None),
        ("car.automobile", None),
        ("mobile[page]", None),  # the last field names it
        ("form[orderNo]", None),
    ],
)
def test_a_dotted_nested_or_twice_escaped_name_is_read_by_its_last_word(
    key: str, named: str | None
) -> None:
    assert _named(key) == named


@pytest.mark.parametrize(
    "url",
    [
        "https://zwfw.gov.cn/a?user.mobile=138+1234+5678",
        "https://zwfw.gov.cn/a?form%5Bmobile%5D=138%201234%205678",
        "https://zwfw.gov.cn/a?form[mobile]=138+1234+5678",
        "https://zwfw.gov.cn/a?mobile=138%EF%BC%8D1234%EF%BC%8D5678",
        "https://zwfw.gov.cn/a?mobile=138%E2%80%941234%E2%80%945678",
        "https://zwfw.gov.cn/a?mobile=138%E2%80%931234%E2%80%935678",
        "https://zwfw.gov.cn/a?%25E6%2589%258B%25E6%259C%25BA=138+1234+5678",
        "https://zwfw.gov.cn/a?mobile=138%09%091234%09%095678",
    ],
)
def test_a_links_value_is_read_past_its_first_tests(url: str) -> None:
    """Each first test lets the address through, and the reading finds the mobile."""
    assert any_query_maybe([url])
    assert in_query_maybe(url)
    hits = list(find_in_query(url))
    assert [hit.kind for hit in hits] == ["mobile"]
    assert url[hits[0].start :].startswith("138")
    assert url[hits[0].end :] == ""


@pytest.mark.parametrize(
    ("text", "written"),
    [
        ('"mobile" : "138+1234+5678"', "138+1234+5678"),
        ("mobile = 138+1234+5678", "138+1234+5678"),
        ("联系电话：138 + 1234 + 5678", "138 + 1234 + 5678"),
        ("手机：138 +1234+ 5678。", "138 +1234+ 5678"),
        ('{"mobile":"138\\u00a01234\\u00a05678"}', "138\\u00a01234\\u00a05678"),
        ("user[contact][phone]=138+1234+5678&step=2", "138+1234+5678"),
        ("phone=138%091234%095678", "138%091234%095678"),
    ],
)
def test_a_pasted_pair_is_read_with_its_spaces_and_escapes(text: str, written: str) -> None:
    hits = list(find_in_bare_queries(text))
    assert [hit.kind for hit in hits] == ["mobile"]
    assert text[hits[0].start : hits[0].end] == written


@pytest.mark.parametrize(
    "text",
    [
        "a.mobile=138%201234%205678",  # in text, a path's or a file's tail (fix101e)
        "计算：1 + 1 = 2，138 + 1234 + 5678 = 7050",  # arithmetic, no phone's name
        "总分：138 + 1234 + 5678",
        "电话：1 + 1 = 2",
        "联系电话：+852 + 2123 + 4567",  # a Hong Kong number
        "tel = +86 10 6512 3456",  # a landline
        '{"orderNo":"138\\u00a01234\\u00a05678"}',
        '{"mobile":"138\\u00a01234\\u00a0567"}',  # ten digits
        "pageNo = 138+1234+5678",
        "mobile[page]=138+1234+5678",
    ],
)
def test_a_twin_of_a_pasted_pair_is_not_read(text: str) -> None:
    assert list(find_in_bare_queries(text)) == []


def test_a_pair_with_json_escapes_is_masked_in_mask_mode() -> None:
    body = '导出：{"mobile":"138\\u00a01234\\u00a05678"}'
    policy = Policy.from_mapping({"personal_data": "mask"}, base_dir=Path())
    result = check(Post(title="通知", body=body), policy)
    assert [(f.rule, f.severity) for f in result.findings] == [("personal.mobile", "fixed")]
    assert "1234" not in result.post.body
    assert [f.rule for f in check(result.post, policy).findings] == []


def test_a_spaced_pair_blocks_once_in_default_mode() -> None:
    result = check(Post(title="通知", body="联系电话：138 + 1234 + 5678"), Policy.default())
    assert [(f.rule, f.severity) for f in result.findings] == [("personal.mobile", "block")]


@pytest.mark.parametrize(
    "text",
    [
        "电话：138 + 1234 + 5678 = 7050",
        "联系电话：138+1234+5678=7050",
        "电话：138 + 1234 + 5678 ＝ 7050",
    ],
)
def test_a_sum_with_its_result_is_no_pasted_pair(text: str) -> None:
    """Terms with ``+`` followed by an equals sign are a sum (review 78's F3)."""
    assert list(find_in_bare_queries(text)) == []
