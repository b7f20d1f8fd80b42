"""Fix 101b (review 68's L1, L3 twins and S1): a schedule's label however its field is written
(:mod:`govpub.compliance.personal.reading`), a span raised by ``vertical-align: super`` as a
footnote mark, and the tails' second reading cut to the text around them
(:mod:`govpub.compliance.personal.number_tails`, :func:`~govpub.compliance.personal.find_personal_data`)."""

from __future__ import annotations

import pytest
from check_timing import best_of_each

from govpub import Post, check
from govpub.compliance._text import fold
from govpub.compliance.personal import find_personal_data
from govpub.compliance.personal.number_tails import tail_blanks

M = "1391 2345678"


def _rules(body: str) -> set[str]:
    return {f.rule for f in check(Post(title="通知", body=body)).findings}


@pytest.mark.parametrize(
    "body",
    [
        f"公示时间为2024年3月5日至3月10日，{M}",
        f"公示期为3月5日至3月10日，{M}",
        f"公示期3月5日至3月10日，{M}",
        f"办理时间 3月5日至3月10日，{M}",
        f"报名时间是3月5日至3月10日，{M}",
        f"开放时间为每周一至周五，{M}",
        f"活动时间为3月5日以来的每个周末，{M}",
        f"报名时间：3月5日至3月10日，{M}",
    ],
)
def test_a_schedule_however_written_leaves_the_number_alone(body: str) -> None:
    assert _rules(body) == {"personal.mobile"}


@pytest.mark.parametrize(
    "body",
    [
        f"2024年1月1日至3月5日，全市累计接待游客{M}人次",
        f"截至3月5日，{M}",
        f"2024年1月1日至3月5日，{M}",
        f"统计时间为2024年1月1日至3月5日，{M}",
        f"办理时间为3月5日至3月10日，累计办理{M}件",
    ],
)
def test_a_period_alone_or_counted_stays_figures(body: str) -> None:
    assert _rules(body) == set()


@pytest.mark.parametrize(
    "style",
    [
        "vertical-align:super",
        "font-size:8pt; Vertical-Align : SUPER ;",
        "vertical-align: super !important",
    ],
)
def test_a_span_raised_as_a_superscript_is_a_mark(style: str) -> None:
    assert _rules(f'联系电话：13812345678<span style="{style}">1</span>') == {"personal.mobile"}


_GOOGLE_DOCS = (
    "font-size:11pt;font-family:Arial,sans-serif;color:#000000;background-color:transparent;"
    "font-weight:400;font-style:normal;font-variant:normal;text-decoration:none;"
    "vertical-align:{};white-space:pre;white-space:pre-wrap;"
)


def test_a_google_docs_export_is_read() -> None:
    body = (
        f'联系电话：<span style="{_GOOGLE_DOCS.format("baseline")}">13812345678</span>'
        f'<span style="{_GOOGLE_DOCS.format("super")}">1</span>'
    )
    assert _rules(body) == {"personal.mobile"}


@pytest.mark.parametrize(
    "body",
    [
        '经费13812345678<span style="vertical-align:super">1</span>元',
        '联系电话：13812345678<span style="vertical-align:sub">1</span>',
        '联系电话：13812345678<span style="vertical-align:super;vertical-align:top">1</span>',
        "联系电话：13812345678<span>1</span>",
        "联系电话：13812345678<sub>1</sub>",
        '联系电话：13812345678<span title="vertical-align:super">1</span>',
    ],
)
def test_other_spans_and_units_stay(body: str) -> None:
    assert _rules(body) == set()


def test_a_float_before_a_spaced_bracket_ends_the_number() -> None:
    assert _rules("手机：13812345678.0 （本人）") == {"personal.mobile"}


def _hits(text: str) -> list[tuple[str, int, int]]:
    folded = fold(text)
    return [
        (hit.kind, hit.start, hit.end)
        for hit in find_personal_data(folded.text, text, folded.original, lambda s, e: False)
    ]


def test_the_tails_are_read_where_they_stand_in_a_long_post() -> None:
    filler = "全市各级机关单位认真做好有关工作。\n" * 300
    text = f"{filler}联系电话：13812345678¹，{filler}手机：13912345678.0\n{filler}"
    folded = fold(text)
    hits = _hits(text)
    assert [kind for kind, _, _ in hits] == ["mobile", "mobile"]
    assert [folded.text[start:end] for _, start, end in hits] == ["13812345678", "13912345678"]
    assert len(tail_blanks(folded.text, text, folded.original)) == 2


def test_one_tail_does_not_read_the_post_twice() -> None:
    tailed = "13812345678¹\n" + "13812345678\n" * 2000
    plain = "13812345678\n" + "13812345678\n" * 2000
    tailed_seconds, plain_seconds = best_of_each(tailed, plain)
    assert tailed_seconds < 1.4 * plain_seconds + 0.02


def _far_table(header: str, row: str, filler: str) -> str:
    """A Markdown table whose header stands more than 600 characters above its last row."""
    columns = header.count("|") - 1
    body = "".join(f"| {i} | {filler} |\n" for i in range(1, 40))
    return header + "\n|" + "---|" * columns + "\n" + body + row


@pytest.mark.parametrize(
    ("header", "row", "filler", "rules"),
    [
        (
            "| 序号 | 单位 | 联系电话 |",
            "| 40 | 城东街道 | 1391 2345678¹ |",
            "城东街道 | 0571-88888880",
            {"personal.mobile"},
        ),
        ("| 序号 | 设备编号 |", "| 40 | 13812345678.0 |", "20240000001", set()),
        ("| 序号 | 订单编号 | 备注 |", "| 40 | 13812345678¹ | 无 |", "20240000001 | 无", set()),
    ],
)
def test_a_tail_reads_its_column_far_below_the_header(
    header: str, row: str, filler: str, rules: set[str]
) -> None:
    """Review 69's F1 and L1: a tail's second reading reaches a table's header as far as the
    first reading does (``table_cells.HEADER_REACH``), not 600 characters only."""
    body = _far_table(header, row, filler)
    assert len(body) > 700
    assert _rules(body) == rules


@pytest.mark.parametrize(
    "body",
    [
        '联系电话：13812345678<span style="font-size:9pt"><sup>1</sup></span>',
        "联系电话：13812345678<small><sup>1</sup></small>",
        '联系电话：13812345678<span style="vertical-align:super">１</span>',
    ],
)
def test_a_mark_in_small_print_or_full_width_is_a_mark(body: str) -> None:
    """Review 69's L4: a superscript inside a span or <small>, or of a full-width digit."""
    assert _rules(body) == {"personal.mobile"}
