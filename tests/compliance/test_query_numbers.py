"""Personal numbers in query strings (fix101e, red team 101): a form's query string pasted as
text, a form's ``+`` for a space, an ID number or a card in groups under its own name, and a
caller's names (``caller``, ``callerNo``, ``contactNo``)."""

from __future__ import annotations

from pathlib import Path

import pytest
from number_makers import id_number, luhn

from govpub import Policy, Post, check
from govpub.compliance import personal
from govpub.compliance.personal.query import find_in_bare_queries

ID = id_number("11010119900307451")  # 110101199003074514
CARD = luhn("622202123456789012")  # 19 digits


def _findings(body: str, policy: Policy | None = None) -> list[tuple[str, str, str]]:
    result = check(Post(title="通知", body=body), policy or Policy.default())
    return [(f.rule, f.severity, f.excerpt) for f in result.findings]


@pytest.mark.parametrize(
    ("text", "kind", "written"),
    [
        ("mobile=138%201234%205678", "mobile", "138%201234%205678"),
        ("?tel=185+7514+5522", "mobile", "185+7514+5522"),
        ("name=%E5%BC%A0&phone=193%205714%203217&step=2", "mobile", "193%205714%203217"),
        ("sjhm=%2B8613812345678&step=2", "mobile", "%2B8613812345678"),
        ("callerno=158%205662%202905", "mobile", "158%205662%202905"),
        (f"idcard={ID[:6]}%20{ID[6:14]}%20{ID[14:]}", "id_number", f"{ID[:6]}%20"),
        (f"yhkh={CARD[:4]}+{CARD[4:8]}+{CARD[8:12]}+{CARD[12:16]}+{CARD[16:]}", "bank_card", ""),
        ("申请表：lxdh=138%2D1234%2D5678。", "mobile", "138%2D1234%2D5678"),
    ],
)
def test_a_bare_query_string_is_read_as_a_links_query(text: str, kind: str, written: str) -> None:
    """A pair under a number's name whose value a form encoded (an escape, a ``+``)."""
    hits = list(find_in_bare_queries(text))
    assert [hit.kind for hit in hits] == [kind]
    assert text[hits[0].start : hits[0].end].startswith(written)
    assert text[hits[0].end :][:1] in ("", "&", "。")


@pytest.mark.parametrize(
    "text",
    [
        "mobile=13812345678",  # the text's to read (no escape, no +)
        "pageNo=138%201234%205678",  # a page's number
        "orderNo=138%201234%205678",
        "xmobile=138%201234%205678",  # a longer word's tail
        "a.mobile=138%201234%205678",
        "q=138+1234+5678",  # no number's name
        "tel=0571%2088881234",  # a landline
        "mobile=138+1234+567",  # ten digits
        f"mobile=138%201234%205678{'1' * 80}",  # a value longer than any number's
    ],
)
def test_a_bare_pair_not_under_a_numbers_name_or_not_encoded_is_not_read(text: str) -> None:
    assert list(find_in_bare_queries(text)) == []


def test_a_bare_query_string_blocks_once_and_is_masked_in_mask_mode() -> None:
    body = "导出：mobile=138%201234%205678&step=2"
    assert _findings(body) == [
        ("personal.mobile", "block", "导出：mobile=138%20****%205678&step=2"),
    ]
    policy = Policy.from_mapping({"personal_data": "mask"}, base_dir=Path())
    result = check(Post(title="通知", body=body), policy)
    assert [(f.rule, f.severity) for f in result.findings] == [("personal.mobile", "fixed")]
    assert "1234" not in result.post.body
    assert [f.rule for f in check(result.post, policy).findings] == []


def test_a_pair_in_a_links_query_is_the_links_to_read() -> None:
    """The link's reading reports it (``链接参数``), not the bare query's as well."""
    result = check(
        Post(title="通知", body="办理：https://zwfw.zj.gov.cn/a?mobile=138%201234%205678"),
        Policy.default(),
    )
    assert [(f.rule, f.message[:4]) for f in result.findings] == [("personal.mobile", "链接参数")]


@pytest.mark.parametrize(
    ("query", "kind"),
    [
        ("mobile=138+1234+5678", "mobile"),  # a form's + is a space
        ("phone=%2B86+13812345678", "mobile"),
        ("tel=+8613812345678", "mobile"),  # a space (or a plus) before 86: either way China's
        ("tel=%2B8613812345678", "mobile"),
        (f"sfzh={ID[:6]}-{ID[6:14]}-{ID[14:]}", "id_number"),
        (f"sfzh={ID[:6]}%20{ID[6:14]}%20{ID[14:]}", "id_number"),
        (f"idcard={ID[:3]}+{ID[3:9]}+{ID[9:]}", "id_number"),  # any grouping
        (f"account={CARD[:4]}-{CARD[4:8]}-{CARD[8:12]}-{CARD[12:16]}-{CARD[16:]}", "bank_card"),
        (f"yhkh={CARD[:4]}%20{CARD[4:10]}%20{CARD[10:]}", "bank_card"),
        ("caller=13812345678", "mobile"),
        ("callerNo=13812345678", "mobile"),
        ("caller_phone=13812345678", "mobile"),
        ("contactNo=13812345678", "mobile"),
    ],
)
def test_a_query_value_in_groups_or_under_a_callers_name_is_read(query: str, kind: str) -> None:
    hits = list(personal.find_in_query(f"https://zwfw.zj.gov.cn/a?{query}&step=2"))
    assert [hit.kind for hit in hits] == [kind]
    assert personal.in_query_maybe(f"https://zwfw.zj.gov.cn/a?{query}")
    assert personal.any_query_maybe(["https://a.cn/", f"https://zwfw.zj.gov.cn/a?{query}"])


@pytest.mark.parametrize(
    "query",
    [
        "pageNo=13812345678",  # decided: a page's number
        "callerId=13812345678",  # decided: an account's id
        "orderNo=13812345678",
        "t=1381234567890",
        "page=138+1234+5678",
        "tel=0571+8888+1234",
        # decided: a grouped number is one only under its own name (a 区划代码-date-serial
        # document id passes the ID check one time in eleven); whole, under any name it is
        f"doc={id_number('33010020240301001')[:6]}-20240301-{id_number('33010020240301001')[14:]}",
        f"id={CARD[:4]}-{CARD[4:8]}-{CARD[8:12]}-{CARD[12:16]}-{CARD[16:]}",
        f"sfzh={ID[:6]}-{ID[6:14]}-{ID[14:17]}{(int(ID[17]) + 1) % 10}",  # a wrong check
    ],
)
def test_a_query_value_not_under_its_name_or_not_a_number_is_not_read(query: str) -> None:
    assert list(personal.find_in_query(f"https://zwfw.zj.gov.cn/a?{query}")) == []
