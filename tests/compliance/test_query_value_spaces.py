"""personal.query: spaces at a query value's start before a nested host's "//" (review 65's L10)."""

from __future__ import annotations

import pytest
from check_timing import grows_linearly

from govpub.compliance.personal import query


@pytest.mark.parametrize(
    ("url", "found"),
    [
        ("https://x.cn/?a=+//13812345678.x.cn/", True),  # (a form's + is a space)
        ("https://x.cn/?a=++//13812345678.x.cn/", True),
        ("https://x.cn/?a= //13812345678.x.cn/", True),  # (%20 once decoded)
        ("https://x.cn/?a=1+//13812345678.x.cn/", False),  # (the value starts with 1)
        ("https://x.cn/?a=x //13812345678.x.cn/", False),
    ],
)
def test_spaces_at_a_values_start_go_before_a_nested_host(url: str, found: bool) -> None:
    assert bool(list(query._nested_hosts(url))) is found


def test_an_escaped_space_before_a_nested_host_is_found() -> None:
    assert ["mobile"] == [
        hit.kind for hit in query.find_in_query("https://x.cn/?a=%20//13812345678.x.cn/")
    ]


def test_runs_of_spaces_are_read_in_linear_time() -> None:
    assert grows_linearly(
        "https://x.cn/?a=" + "+" * 8000, "https://x.cn/?a=" + "+" * 80000, within=1.5
    )
    unit = "&a=++/"
    assert grows_linearly(
        "https://x.cn/?" + unit * 1500, "https://x.cn/?" + unit * 15000, within=1.5
    )
