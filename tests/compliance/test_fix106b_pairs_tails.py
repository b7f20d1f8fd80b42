"""fix106b: pasted pairs with tabs and JSON ``\\t`` escapes, names escaped twice or indexed
(review 78's L9, S2); a stray x after a number read with what follows it (review 77's F8,
L10).  Corpus family ``fix106b_pairs_tails``."""

from __future__ import annotations

import time

import pytest

from govpub import Policy, Post, check
from govpub.compliance.personal.query import (
    _last_field,
    _named,
    _read_length_most,
    find_in_bare_queries,
    find_in_query,
)


def _rules(body: str) -> list[str]:
    return sorted(f.rule for f in check(Post(title="通知", body=body), Policy.default()).findings)


@pytest.mark.parametrize(
    ("key", "field"),
    [
        ("tel[0]", "tel"),
        ("mobile[]", "mobile"),
        ("user[phone][1]", "phone"),
        ("form[mobile]", "mobile"),
        ("mobile[0][]", "mobile"),
    ],
)
def test_an_index_after_a_name_is_dropped(key: str, field: str) -> None:
    assert _last_field(key) == field


@pytest.mark.parametrize(
    ("key", "named"),
    [
        ("tel[0]", "mobile"),
        ("form%255Bmobile%255D", "mobile"),
        ("page[0]", None),
        ("form%255BorderNo%255D", None),
    ],
)
def test_an_indexed_or_twice_escaped_field_is_read_by_its_name(key: str, named: str | None) -> None:
    assert _named(key) == named


@pytest.mark.parametrize(
    "url",
    [
        "https://zwfw.gov.cn/a?form%255Bmobile%255D=138%201234%205678",
        "https://zwfw.gov.cn/a?tel[0]=138+1234+5678",
    ],
)
def test_a_links_escaped_or_indexed_name_is_read(url: str) -> None:
    hits = list(find_in_query(url))
    assert [hit.kind for hit in hits] == ["mobile"]
    assert url[hits[0].start :] == url[url.index("=") + 1 :]


@pytest.mark.parametrize(
    ("text", "written"),
    [
        ('{"mobile"\t:\t"138+1234+5678"}', "138+1234+5678"),
        ("tel\t=\t138+1234+5678", "138+1234+5678"),
        ('{"mobile":"138\\t1234\\t5678"}', "138\\t1234\\t5678"),
        ('{"sjh":"138\\t\\t1234\\t\\t5678"}', "138\\t\\t1234\\t\\t5678"),
        ("?tel[0]=138+1234+5678", "138+1234+5678"),
    ],
)
def test_a_pasted_pair_is_read_with_tabs_and_tab_escapes(text: str, written: str) -> None:
    hits = list(find_in_bare_queries(text))
    assert [hit.kind for hit in hits] == ["mobile"]
    assert text[hits[0].start : hits[0].end] == written


@pytest.mark.parametrize(
    "text",
    [
        '{"version"\t:\t"138+1234+5678"}',
        '{"mobile":"138\\t1234\\t567"}',
        '{"orderNo":"138\\t1234\\t5678"}',
        "?page[0]=138+1234+5678",
        "C:\\temp\\138+1234+5678.txt",
    ],
)
def test_a_twin_of_a_tabbed_or_indexed_pair_is_not_read(text: str) -> None:
    assert list(find_in_bare_queries(text)) == []


@pytest.mark.parametrize(
    ("value", "most"),
    [("\\u0031\\u00a0", 2), ("138\\t1234", 8), ("\\u0031\\u0033\\u0038", 3)],
)
def test_a_values_length_once_read_is_told_without_reading_it(value: str, most: int) -> None:
    assert _read_length_most(value) == most


def test_json_escapes_of_a_character_or_two_cost_no_reading() -> None:
    """``{"mobile":"\\u0031\\u00a0`` runs: a value too short for any number is passed over
    before its name is looked for (review 78's S2: 4.8 times base62's cost at 80k)."""
    unit = '{"mobile":"\\u0031\\u00a0'
    body = unit * (20_000 // len(unit))
    started = time.process_time()
    assert list(find_in_bare_queries(body)) == []
    assert time.process_time() - started < 0.5


@pytest.mark.parametrize(
    "body",
    [
        "手机：19910111234x",
        "联系电话：19901011234X",
        "如有疑问请联系手机19910111234x，谢谢。",
        "联系电话：13812345678x",
        "身份证号：******19860606048X，手机：19910111234x",
    ],
)
def test_a_labelled_mobile_loses_its_stray_x(body: str) -> None:
    assert _rules(body) == ["personal.mobile"]


@pytest.mark.parametrize(
    "body",
    [
        "共计15912345678x元",
        "合计：15912345678x 元",
        "******19860606048X",
        "身份证号：******19860606048X",
        "身份证：19910111234x",
        "手机：******19860606048X",
    ],
)
def test_what_follows_a_stray_x_is_the_numbers_context(body: str) -> None:
    """An amount's unit after the x (review 77's F8); an ID number's tail keeps its X."""
    assert _rules(body) == []
