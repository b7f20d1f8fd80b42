"""Review 71's mends: a foreign number in a query, a bullet that opens a line, a pasted
query's trailing full stop and a value's trailing spaces (corpus family ``mend103_review71``)."""

from __future__ import annotations

import pytest

from govpub.compliance.folding import fold
from govpub.compliance.personal.query import find_in_bare_queries, find_in_query
from govpub.compliance.spelled_links import find_spelled_links, find_wrapped_hosts


def _kinds(url: str) -> list[str]:
    return [hit.kind for hit in find_in_query(url)]


@pytest.mark.parametrize(
    "url",
    [
        "https://www.gov.cn/a?tel=+1-415-852-5900",
        "https://www.gov.cn/a?tel=%2B1%20415%20852%205900",
        "https://www.gov.cn/a?mobile=+13812345678",
    ],
)
def test_a_mobile_after_a_plus_that_is_not_chinas_code_is_foreign(url: str) -> None:
    assert _kinds(url) == []


@pytest.mark.parametrize(
    "url",
    [
        "https://www.gov.cn/a?mobile=+8613812345678",
        "https://www.gov.cn/a?mobile=13812345678%20",
        "https://www.gov.cn/a?mobile=138+1234+5678+",
    ],
)
def test_a_mobile_after_chinas_code_or_before_typed_spaces_is_read(url: str) -> None:
    assert _kinds(url) == ["mobile"]


def test_an_id_number_after_a_forms_leading_space_is_read() -> None:
    assert _kinds("https://www.gov.cn/a?sfzh=+110101+19900307+4514+") == ["id_number"]


@pytest.mark.parametrize("end", [".", "_", "~", "-", ".."])
def test_a_pasted_querys_trailing_punctuation_is_no_part_of_its_value(end: str) -> None:
    text = f"联系方式 mobile=138%201234%205678{end}"
    hits = list(find_in_bare_queries(text))
    assert [hit.kind for hit in hits] == ["mobile"]
    assert text[hits[0].start : hits[0].end] == "138%201234%205678"


def _hosts(text: str) -> list[str]:
    return [
        host for _, _, host in find_spelled_links(fold(text).text, {"t.cn", "a.co"}.__contains__)
    ]


@pytest.mark.parametrize(
    "text",
    ["评级 A\n● CO 浓度", "第一项 T\n· CN 标准", "评级 A\n\n● CO", "评级 A\n  ● CO 浓度"],
)
def test_a_symbol_that_opens_a_line_is_a_bullet(text: str) -> None:
    assert _hosts(text) == []


@pytest.mark.parametrize("text", ["t●cn/x", "t ● cn/x", "t·cn/x"])
def test_a_symbol_between_labels_on_a_line_is_a_dot(text: str) -> None:
    assert _hosts(text) == ["t.cn"]


@pytest.mark.parametrize(
    "text", ["https://t.c<br>\nn/x", "https://t.c<br><br>n/x", "https://t.c<br/ >n/x"]
)
def test_a_label_wrapped_over_a_br_and_a_line_break_is_read_joined(text: str) -> None:
    assert [host for _, _, host in find_wrapped_hosts(text, {"t.cn"}.__contains__)] == ["t.cn"]


@pytest.mark.parametrize(
    ("url", "kinds"),
    [
        ("https://www.gov.cn/a?mobile=+138+1234+5678", ["mobile"]),
        ("https://www.gov.cn/a?mobile=%2B138%201234%205678", ["mobile"]),
        ("https://www.gov.cn/a?tel=+1+604+734+7492", []),
    ],
)
def test_a_forms_plus_before_a_mobiles_groups_is_a_space(url: str, kinds: list[str]) -> None:
    assert _kinds(url) == kinds  # (review 72's L1)
