"""overridden_runs: what a right-to-left override (U+202E) shows, and where its run ends."""

from __future__ import annotations

import re
from pathlib import Path

import pytest
from check_timing import grows_linearly
from hypothesis import given
from hypothesis import strategies as st

from govpub import Policy, Post, check
from govpub.compliance.bidi import RLO, _uncommented, overridden_runs
from govpub.compliance.folding import fold
from govpub.compliance.folding.hidden_elements import unshown_elements

PDF, LRE = "\u202c", "\u202a"


def test_a_run_ends_at_its_pop() -> None:
    text = f"详见{RLO}x/nc.t{PDF}领取"
    assert [run[:3] for run in overridden_runs(text)] == [(2, 10, "t.cn/x")]


def test_a_run_without_pop_ends_at_the_paragraph() -> None:
    text = f"详见{RLO}x/nc.t\n\n下一段{RLO}ba"
    assert [run[:3] for run in overridden_runs(text)] == [(2, 9, "t.cn/x"), (14, 17, "ab")]


def test_a_single_line_break_ends_no_paragraph_but_in_an_editor() -> None:
    """HTML and a Markdown paragraph read one line break as a space (review 62's L6)."""
    text = f"详见{RLO}x/nc.t\n下一段{RLO}ba"
    assert [run[:3] for run in overridden_runs(text)] == [(2, 16, f"ab{RLO}段一下\nt.cn/x")]
    lines = [run[:3] for run in overridden_runs(text, lines=True)]
    assert lines == [(2, 9, "t.cn/x"), (13, 16, "ab")]


def test_a_block_element_starts_a_paragraph() -> None:
    """A block's tag ends every embedding (review 62's F2); a formatting tag does not."""
    for text in ("<p>&#x202E;abc</p><p>x</p>", "&#x202E;abc<div>x</div>", "&#x202E;abc<LI>x"):
        assert [run.shown for run in overridden_runs(text)] == ["cba"], text
    assert [run.shown for run in overridden_runs("&#x202E;abc<b>x</b>")] == ["xcba"]


def test_an_override_no_page_shows_overrides_nothing() -> None:
    """In a comment, a <style>, a script or a tag's value an override is none (review 62's
    F1); in a <textarea>, which shows its content, it is one."""
    for text in (
        "<!-- &#x202E; -->abc",
        '<a title="&#x202E;">x</a>abc',
        "<img alt='\u202e'>abc",
        "<style>&#x202E;</style>abc",
        "<script>x='<bdo dir=rtl>'</script>abc",
        "<!-- <bdo dir=rtl> -->abc",
        "<title>\u202e</title>abc",
    ):
        assert list(overridden_runs(text)) == [], text
    assert [run.shown for run in overridden_runs("<textarea>&#x202E;abc</textarea>")] == ["cba"]
    assert [run.shown for run in overridden_runs("<!-- x --><b><bdo dir=rtl>abc</bdo></b>")] == [
        "cba"
    ]


def test_a_css_comment_in_a_style_reads_as_nothing() -> None:
    """``direction:/**/rtl`` is ``direction:rtl`` (review 62's L5); a commented-out one none."""
    shown = '<span style="direction:/**/rtl;unicode-bidi:/*x*/bidi-override">abc</span>'
    assert [run.shown for run in overridden_runs(shown)] == ["cba"]
    assert (
        list(overridden_runs('<b style="/*direction:rtl;*/unicode-bidi:bidi-override">a</b>')) == []
    )


def test_an_override_takes_its_direction_from_its_open_ancestors() -> None:
    """``direction`` is inherited (review 62's L5): the nearest open element that sets one."""
    override = "<span style='unicode-bidi:bidi-override'>abc</span>"
    assert [run.shown for run in overridden_runs(f"<div dir=rtl><p>{override}</p></div>")] == [
        "cba"
    ]
    for text in (
        f"<div dir=rtl></div>{override}",
        f"<div dir=rtl><p dir=ltr>{override}</p></div>",
        f"<p dir=rtl><b>x</b></p><p>{override}</p>",
    ):
        assert list(overridden_runs(text)) == [], text
    nested = f"<div dir=rtl><div>x</div><div dir=ltr></div>{override}</div>"
    assert [run.shown for run in overridden_runs(nested)] == ["cba"]


def test_a_hidden_element_in_a_run_is_not_shown() -> None:
    """``8765<span hidden>9</span>4321831`` shows 13812345678 reversed (review 62's L7)."""
    text = "<bdo dir=rtl>8765<span hidden>9</span>4321831</bdo>"
    assert [run.shown for run in overridden_runs(text)] == ["13812345678"]


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        ("\u202eabc\n87654321831", ["personal.mobile"]),
        ("&#x202E;abc\n87654321831", ["personal.mobile"]),
        ("机密\u202e年01★\nabc", ["secrecy.marking"]),  # (as an editor shows it)
        ("\u202eabc\n\n87654321831", []),
        ("<p>&#x202E;abc</p><p>87654321831</p>", []),
        ("<!-- &#x202E; -->订单号：20241206131", []),
    ],
)
def test_what_a_run_over_a_line_break_shows(body: str, expected: list[str]) -> None:
    assert [f.rule for f in check(Post(title="通知", body=body)).findings] == expected


def test_runs_over_line_breaks_are_read_in_linear_time() -> None:
    for unit in (f"{RLO}1\n", f"{RLO}a<p>", f"{RLO}\n", "<!--&#x202E;-->"):
        assert grows_linearly(unit * 400, unit * 4000, within=0.5), unit


def test_nested_embeddings_are_one_run() -> None:
    text = f"{RLO}a{LRE}b{PDF}c{PDF}d"
    assert [run[:3] for run in overridden_runs(text)] == [(0, 7, f"c{PDF}b{LRE}a")]


def test_brackets_of_a_run_are_shown_mirrored() -> None:
    """UAX #9 rule L4: a bracket at a right-to-left level shows its mirror (red team 56)."""
    assert [shown for _, _, shown, _ in overridden_runs(f"{RLO}（开公予不件此）{PDF}")] == [
        "（此件不予公开）"
    ]
    assert [shown for _, _, shown, _ in overridden_runs(f"{RLO}[x/nc.t]")] == ["[t.cn/x]"]


def test_a_note_in_brackets_shown_by_an_override_blocks() -> None:
    """The page shows ``（此件不予公开）`` for the first and ``）此件不公开（`` for the second: a
    reader reads a note in either; the worse reading wins, one finding, not one a reading."""
    for body in (f"{RLO}（开公予不件此）{PDF}", f"{RLO}）开公不件此（{PDF}"):
        rules = [f.rule for f in check(Post(title="通知", body=body)).findings]
        assert rules == ["disclosure.not_public"], body


def test_no_override_no_run() -> None:
    assert [run[:3] for run in overridden_runs("详见https://www.gov.cn")] == []


@given(
    st.text(alphabet=st.sampled_from(f"ab.\n{RLO}{PDF}{LRE}"), max_size=40),
    st.booleans(),
)
def test_runs_start_at_overrides_and_do_not_overlap(text: str, lines: bool) -> None:
    end = 0
    for start, stop, shown, _ in overridden_runs(text, lines=lines):
        assert text[start] == RLO
        assert start >= end
        assert stop <= len(text)
        assert ("\n" if lines else "\n\n") not in shown
        assert set(shown) <= set(text[start + 1 : stop])
        assert shown.strip(f"\n{RLO}{PDF}{LRE}")  # (a run that shows nothing is none)
        end = stop
    assert end == 0 or RLO in text
    assert end > 0 or not any(f"{RLO}{letter}" in text for letter in "ab.")


def test_the_fold_removes_every_override() -> None:
    # check() looks for overridden runs only where the fold removed something
    assert not fold(f"详见{RLO}x/nc.t").identity


def test_personal_data_shown_by_an_override_blocks_even_where_masking_is_on(tmp_path: Path) -> None:
    # a mask laid on characters stored backwards is not one the page shows: nothing is masked
    body = f"联系电话{RLO}87654321831{PDF}，身份证{RLO}X20013219491501011{PDF}"
    masking = Policy.from_mapping({"personal_data": "mask"}, base_dir=tmp_path)
    result = check(Post(title="通知", body=body), masking)
    personal = [f for f in result.findings if f.rule.startswith("personal.")]
    assert [(f.rule, f.severity) for f in personal] == [
        ("personal.mobile", "block"),
        ("personal.id_number", "block"),
    ]
    assert [f.offset for f in personal] == [body.index(RLO), body.rindex(RLO)]
    assert all("U+202E" in f.message and "请删除这段文字" in f.message for f in personal)
    assert "13812345678" not in repr(result.findings)  # shown masked, as any finding
    assert result.post.body == body


def test_a_marking_shown_by_an_override_blocks_once() -> None:
    result = check(Post(title="通知", body=f"{RLO}年1★密机{PDF}\n\n正文"))
    assert [(f.rule, f.excerpt) for f in result.findings] == [("secrecy.marking", "机密★1年")]


def test_deeply_nested_overrides_are_read_once() -> None:
    # each level of nesting was a check of its own: thousands of U+202E were quadratic, then
    # a RecursionError; the run is read once, its controls dropped as the fold drops them
    body = RLO * 5000 + "87654321831"
    assert grows_linearly(RLO * 500 + "87654321831", body, within=1.5)
    findings = check(Post(title="通知", body=body)).findings
    assert [f.rule for f in findings] == ["personal.mobile"]
    assert check(Post(title="通知", body=(RLO + "ab") * 5000)).findings == ()


def test_an_html_comment_in_a_run_is_not_shown() -> None:
    # the page drops a comment before it lays the run out: ``\u202e）开<!-- -->公不件此（`` shows
    # the note, not the comment's characters reversed into it (red team 74); brackets mirrored
    assert [shown for _, _, shown, _ in overridden_runs(f"{RLO}）开<!-- -->公不件此（{PDF}")] == [
        "）此件不公开（"
    ]
    findings = check(Post(title="通知", body=f"{RLO}料资<!---->部内{PDF}")).findings
    assert [f.rule for f in findings] == ["secrecy.internal"]


def test_a_share_code_shown_by_an_override_blocks() -> None:
    # a 淘口令 is no address for the reversed-link reader, so the text rules' reading keeps it
    # (since lead127 the code as stored, eleven characters between two ￥, is one too: the
    # stored and the shown readings each report it — a known double, left)
    body = f"领取方式：{RLO}宝淘机手开打息信条这制复￥qs6Gi5UPaEr￥{PDF}"
    assert {"ad.share_code"} == {f.rule for f in check(Post(title="通知", body=body)).findings}


@given(st.lists(st.sampled_from(["<!--", "-->", "<!-->", "-", ">", "a", "机密"]), max_size=12))
def test_comments_are_dropped_as_the_expression_drops_them(pieces: list[str]) -> None:
    # the find loop (linear, review 33) against the expression it replaced
    content = "".join(pieces)
    assert _uncommented(content) == re.sub("<!--.*?-->", "", content, flags=re.DOTALL)


# ----- red team 96: references, a run's paragraph, <bdo dir="rtl"> and CSS overrides ------------


def test_a_reference_to_the_override_is_the_override() -> None:
    # the page shows &#x202E; as the character: read as a raw U+202E is (red team 96)
    for text in ("本刊为&#x202E;料资部内&#x202C;。", "本刊为&#8238;料资部内&#8236;。"):
        assert [run[:3] for run in overridden_runs(text)] == [(3, len(text) - 1, "内部资料")]
    assert [run[:3] for run in overridden_runs("&#X0202e料资")] == [(0, 10, "资料")]


def test_a_reference_markdown_prints_is_no_override() -> None:
    assert list(overridden_runs("示例：`&#x202E;料资部内`")) == []
    assert list(overridden_runs("&amp;#x202E;料资部内")) == []


def test_an_override_element_shows_its_content_reversed() -> None:
    bdo = '本刊为<bdo dir="rtl">料资<b>部内</b></bdo>。'
    assert [run.shown for run in overridden_runs(bdo)] == ["内部资料"]
    css = '<p style="Direction: RTL !important ; unicode-bidi:Isolate-Override">年01★密机</p>'
    assert [run.shown for run in overridden_runs(css)] == ["机密★10年"]
    nested = '<span style="unicode-bidi:bidi-override;direction:rtl">a<span>b</span>c</span>d'
    assert [run[:3] for run in overridden_runs(nested)] == [(0, len(nested) - 1, "cba")]


def test_no_override_element_reverses_nothing() -> None:
    for text in (
        '<bdo dir="ltr">料资部内</bdo>',
        '<p dir="rtl">料资部内</p>',
        '<span style="direction:rtl">料资部内</span>',
        '<span style="unicode-bidi:bidi-override">料资部内</span>',
        '`<bdo dir="rtl">料资部内</bdo>`',
    ):
        assert list(overridden_runs(text)) == [], text


def test_a_run_holding_an_items_tail_is_read_with_its_paragraph() -> None:
    """``机密\u202e年01★\u202c`` shows 机密★10年; the run alone shows ★10年 (red team 96)."""
    for body, rule, run_start in (
        (f"机密{RLO}年01★{PDF}", "secrecy.marking", 2),
        (f"本刊为内部{RLO}料资{PDF}。", "secrecy.internal", 5),
        ('本刊为<bdo dir="rtl">部内</bdo>资料。', "secrecy.internal", 3),
    ):
        findings = check(Post(title="通知", body=body)).findings
        # (the offset and message of a run's own finding: where the run starts)
        assert [(f.rule, f.offset) for f in findings] == [(rule, run_start)], body
        assert "倒序显示的文字中" in findings[0].message


def test_the_paragraph_adds_only_what_the_runs_show() -> None:
    # a mobile stored before a run is the field's finding, once; the run shows 内部资料
    body = f"联系电话：13912345678，{RLO}料资部内{PDF}"
    findings = check(Post(title="通知", body=body)).findings
    assert [(f.rule, f.offset) for f in findings] == [
        ("personal.mobile", 5),
        ("secrecy.internal", body.index(RLO)),
    ]
    assert check(Post(title="通知", body=f"本刊为内部{RLO}制控{PDF}建设专刊。")).findings == ()


def test_override_elements_are_read_in_linear_time() -> None:
    # nested elements left open each hold the rest of the text: only the outermost is shown
    for unit in ('<bdo dir="rtl">a', '<span style="unicode-bidi:bidi-override;direction:rtl">'):
        assert grows_linearly(unit * 500, unit * 5000, within=0.2), unit


@pytest.mark.parametrize(
    ("text", "hidden"),
    [
        ("<bdo dir=rtl hidden>x</bdo>", ["<bdo dir=rtl hidden>x</bdo>"]),
        ("<span hidden=false>x</span>", ["<span hidden=false>x</span>"]),
        ('<div style="display: none">x</div>', ['<div style="display: none">x</div>']),
        ('<bdo dir=rtl title="display:none">x</bdo>', []),
        ('<bdo dir=rtl title="a hidden b">x</bdo>', []),
        ("<del>x</del>", []),
        ("<del><span hidden>x</span></del>", ["<span hidden>x</span>"]),
    ],
)
def test_only_an_element_that_hides_itself_is_unshown(text: str, hidden: list[str]) -> None:
    """Review 65's L1, L2: a value naming display:none, or a struck element, hides nothing."""
    assert [text[start:end] for start, end in unshown_elements(text)] == hidden


_REVERSED_BODY = "<style>*{direction:rtl;unicode-bidi:bidi-override}</style>"


@pytest.mark.parametrize(
    ("content", "shown"),
    [
        ("<p>87654321831</p><p>9</p>", "13812345678\n\n9"),
        ("<div>87654321831</div><div>5</div>", "13812345678\n\n5"),
        ("<li>87654321831</li><li>5</li>", "13812345678\n\n5"),
        ("：话电系联<br>87654321831<br/>4202", "联系电话：\n\n13812345678\n\n2024"),
        ("87654321831\n\n9", "13812345678\n\n9"),
        # (a formatting tag, a hidden element and a <script>'s tags part nothing)
        ("8765<b>4321</b>831", "13812345678"),
        ("87654<p hidden>1</p>321831", "13812345678"),
        ("8765432<script></script>1831", "13812345678"),
    ],
)
def test_a_reversed_body_shows_each_block_reversed_in_its_place(content: str, shown: str) -> None:
    """Review 67's L1: each block (each line a <br> ends) is laid out on its own, not glued."""
    assert [run.shown for run in overridden_runs(_REVERSED_BODY + content)] == [shown]


def test_an_override_elements_blocks_are_parted_too() -> None:
    text = "<bdo dir=rtl><p>87654321831</p><p>9</p></bdo>"
    assert [run.shown for run in overridden_runs(text)] == ["13812345678\n\n9"]
    assert [f.rule for f in check(Post(title="通知", body=text)).findings] == ["personal.mobile"]


def test_an_editor_parts_a_reversed_body_at_each_line_break() -> None:
    text = _REVERSED_BODY + "87654321831\n9"
    assert [run.shown for run in overridden_runs(text)] == ["9\n13812345678"]
    assert [run.shown for run in overridden_runs(text, lines=True)] == ["13812345678\n\n9"]


@pytest.mark.parametrize(
    "content",
    [
        "<title>通知2024</title><p>87654321831</p>",
        "<p>87654321831</p><title>1</title>",
        "<p>87654321831</p><script>1</script>",
        "<script>x</script>87654321831",
        "<div><script>var a=1<b>2</b></script>87654321831</div>",
        "<noscript>x</noscript>87654321831",
        "<template>x<template>y</template>z</template>87654321831",
    ],
)
def test_what_a_page_never_shows_is_no_part_of_a_reversed_body(content: str) -> None:
    """Review 67's L2: a title's, a script's, a template's content shows nothing."""
    shown = next(run.shown for run in overridden_runs(_REVERSED_BODY + content))
    assert shown.startswith("13812345678")
    findings = check(Post(title="通知", body=_REVERSED_BODY + content)).findings
    assert [f.rule for f in findings] == ["personal.mobile"]


def test_a_textarea_and_an_open_template_are_shown() -> None:
    # (a <textarea> shows its content, in a box of its own: review 68's L5; a <template> left
    # open is read as shown, the safe side)
    for content, shown in (
        ("<textarea>1</textarea>2", "1\n\n2"),
        ("<template>1<p>2", "1\n\n2"),
    ):
        assert [run.shown for run in overridden_runs(_REVERSED_BODY + content)] == [shown]


def test_an_inner_left_to_right_override_is_read_reversed_with_its_run() -> None:
    """Review 67's F4, decided: an LRO or an ltr override inside a reversed run is read
    reversed with it, by every reader alike (the blocking side)."""
    for text in (
        _REVERSED_BODY + '<span style="direction:ltr">87654321831</span>',
        _REVERSED_BODY + "\u202d87654321831\u202c",
        '<bdo dir=rtl><span style="direction:ltr;unicode-bidi:bidi-override">87654321831</span></bdo>',
        f"{RLO}\u202d87654321831{PDF}{PDF}",
    ):
        assert [f.rule for f in check(Post(title="通知", body=text)).findings] == [
            "personal.mobile"
        ], text


def test_a_reversed_bodys_parts_are_read_in_linear_time() -> None:
    for unit in ("<p>1</p>", "<script>1</script>2", "<template>1", "\n\n1", " " * 10 + "\n"):
        assert grows_linearly(
            _REVERSED_BODY + unit * 800, _REVERSED_BODY + unit * 8000, within=0.3
        ), unit
