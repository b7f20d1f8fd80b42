"""公开属性 notes: a document marked 不予公开 blocks; the same words in prose do not."""

from __future__ import annotations

import re

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from govpub import Post, check
from govpub.compliance import disclosure
from govpub.compliance._data import data_kinds
from govpub.compliance.disclosure import _anchors, find_disclosure_notes
from govpub.compliance.folding import fold

NOTES = [
    "(Not for public release)",  # an English version's note (red team 31)
    "(This document is not to be made public.)",
    "NOT FOR PUBLICATION",
    "（此件不公开）",
    "（此件不予公开）",
    "(此件不予公开)",
    "【此件不予公开】",
    "〔不予公开〕",
    "（不公开）",
    "（本件不予公开，注意保存）",
    "（此件不宜公开）",
    "（此件不予公开发布）",
    "公开属性：不予公开",
    "信息公开选项：不公开",
    "公开方式: 不予公开",
    "此件不予公开",
    "此件不公开。",
    "不予公开",
    "# 不予公开",
    "（此件内部公开）",
    "（此件限内部公开）",
    "公开属性：内部公开",
    "（此件不上网）",
    "（此件不公开、不上网）",
    "（此件不在网上公开）",
    "（此件*不予公开*）",  # Markdown italics: the fold keeps a single star
    "（_此件不公开_）",
    "（此件不予公开。）",  # a full stop inside the brackets
    "（‐此件‐不‐公开‐）",  # a letter-spacing hyphen or dash beside a bracket (red team 71)
    "（ー此ー件ー不予ー公开ー）",
    "此件*不予公开*",
    "公开属性：_不予公开_",
    "（此件不对外发布）",  # not to be issued
    "（此件不予发布）",
    "（此件不予公开",  # a bracket on one side only
    "（注：此件不予公开）",
    "是否公开：否",  # a form's yes/no field
    "（此件不主动公开）",  # the attribute 主动公开 denied (red team 28)
    "公开属性：不予主动公开",
    "公开方式：内部",  # a 政府信息公开 page's other field names
    "【严禁上网】",  # forbidden, not only denied (red team 39)
    "（此件请勿上网）",
    "公开范围：不公开",
    "信息公开类别：不予公开",
    "（此件不可公开）",  # 不可 as 不得 (session review, 2026-12-04)
    "（此件不得公布）",  # 公布 as 发布
    "（此件不予公布）",
    "（本文件不公布）",
    "此件不对外公布",
]


@pytest.mark.parametrize("note", NOTES)
def test_notes_block(note: str) -> None:
    body = f"各单位：\n请按要求执行。\n\n××市人民政府办公室\n2025年7月1日\n{note}\n"
    result = check(Post(title="通知", body=body))
    (finding,) = [f for f in result.findings if f.rule == "disclosure.not_public"]
    assert "block" == finding.severity
    assert body[finding.offset :].startswith(note.lstrip("# "))
    assert "政府信息公开条例" in finding.message
    assert "国办发〔2016〕80号" in finding.message


PROSE = [
    "The figures are not for public release before 15 March.",  # an embargo (red team 31)
    "Decisions not to disclose (not for publication in full) are explained below.",
    "经审查，属于依法不予公开的情形。",
    "行政机关决定不予公开的，应当告知申请人并说明理由。",
    "对不予公开的政府信息，要逐条说明理由（见附件）。",
    "（依法不予公开的情形除外）",
    "此件不予公开的理由如下：涉及第三方商业秘密。",
    "（此件公开发布）",
    "公开属性：主动公开",
    "政务公开工作要点",
    "推进厂务内部公开制度建设。",
    "请登录政府网站查询，网站公开征求意见。",
    "不上网课的学生可以回家。",
    "对不主动公开的政府信息，公民可以依申请获取。",
    "公开范围：面向社会",
    "本次公开范围内部门均需配合。",
    "依法不予公布的信息除外。",
    "考试成绩不予公布。",
    "依法可公开的信息应当及时公开。",
]


@pytest.mark.parametrize("text", PROSE)
def test_prose_does_not_block(text: str) -> None:
    result = check(Post(title="通知", body=text))
    assert not result.blocked, [(f.rule, f.excerpt) for f in result.findings]
    assert not [f for f in result.findings if f.rule.startswith("disclosure.")]


@pytest.mark.parametrize(
    "note", ["（此件不(cid:3)公开）", "（此件不=\n公开）", "（此件=E2=80=8B不公开）"]
)
def test_office_artefacts_inside_a_note_block(note: str) -> None:
    """A PDF's (cid:N), a quoted-printable soft break or escape inside the note (fix 98)."""
    test_notes_block(note)


@pytest.mark.parametrize("note", ["（此件依申请公开）", "公开属性：依申请公开", "此件依申请公开"])
def test_on_request_notes_warn(note: str) -> None:
    result = check(Post(title="通知", body=f"正文。\n{note}\n"))
    assert [("disclosure.on_request", "warn")] == [(f.rule, f.severity) for f in result.findings]


def test_the_note_is_reported_once_not_also_as_a_sensitive_word() -> None:
    result = check(Post(title="通知", body="正文。\n（此件不予公开）"))
    assert ["disclosure.not_public"] == [f.rule for f in result.findings]


@pytest.mark.parametrize(
    "note",
    [
        "（此件不予公開）",
        "（此 件 不 予 公 开）",
        "（此件不予\u200b公开）",
        "（此件不予公开）",
        "︵此件不予公开︶",  # (the vertical forms' parentheses: red team 28)
    ],
)
def test_written_variants(note: str) -> None:
    assert [(0, len(fold(note).text), "not_public")] == list(find_disclosure_notes(fold(note).text))


def test_a_long_text_without_notes_is_cheap_to_search() -> None:
    text = fold("政务公开" * 5000).text
    assert [] == list(find_disclosure_notes(text))


@settings(max_examples=300, deadline=None)
@given(st.text(alphabet="公开上网站不予依申请 \n", max_size=40))
def test_anchors_are_what_one_search_of_the_alternation_finds(text: str) -> None:
    expected = [m.start() for m in re.finditer("公开|上网|网站", text)]
    assert expected == _anchors(text)


@pytest.mark.parametrize(
    ("text", "rule"),
    [
        ("<td>此件不予公开</td>", "disclosure.not_public"),
        ("<p>（此件不公开）</p>", "disclosure.not_public"),
        ("<tr><td>公开属性</td><td>不予公开</td></tr>", "disclosure.not_public"),
        ("<tr><th>公开属性：</th><td>依申请公开</td></tr>", "disclosure.on_request"),
    ],
)
def test_notes_in_html_blocks(text: str, rule: str) -> None:
    findings = check(Post(title="通知", body=text)).findings
    assert [rule] == [f.rule for f in findings]
    assert "<" not in findings[0].message  # the note as the reader sees it


@pytest.mark.parametrize(
    ("text", "rules"),
    [
        # a bare verdict alone in an HTML cell of a row is the table's value, as in GFM
        (
            "<table><tr><th>信息类别</th><th>公开方式</th></tr>"
            "<tr><td>预算说明</td><td>依申请公开</td></tr></table>",
            [],
        ),
        ("<table><tr><td>不予公开</td><td>12</td></tr></table>", ["secrecy.sensitive_term"]),
        ("<table><tr><td>依申请公开</td><td>12</td></tr></table>", []),
        (
            "<table><tr><th>题名</th><th>公开形式</th></tr>"
            "<tr><td>工作通讯</td><td>内部公开</td></tr></table>",
            [],
        ),
        # the twins: a note's words, its label, a row of one cell, a column of no attribute
        ("<table><tr><td>此件不予公开</td><td>12</td></tr></table>", ["disclosure.not_public"]),
        ("<table><tr><td>备注</td><td>不予公开</td></tr></table>", ["disclosure.not_public"]),
        ("<table><tr><td>不予公开</td></tr></table>", ["disclosure.not_public"]),
        ("<table><tr><td>依申请公开</td></tr></table>", ["disclosure.on_request"]),
        ("<table><tr><td>公开方式</td><td>依申请公开</td></tr></table>", ["disclosure.on_request"]),
        (
            "<table><tr><th>题名</th><th>类型</th></tr>"
            "<tr><td>工作通讯</td><td>内部公开</td></tr></table>",
            ["disclosure.not_public"],
        ),
    ],
)
def test_html_table_cells_read_as_gfm_cells(text: str, rules: list[str]) -> None:
    """Red team 86 (fix 125): ``<td>依申请公开</td>`` is a 指南 table's value, as ``| 依申请公开 |``."""
    assert rules == [f.rule for f in check(Post(title="通知", body=text)).findings]


def test_public_in_an_html_table_passes() -> None:
    assert not check(
        Post(title="通知", body="<tr><td>公开属性</td><td>主动公开</td></tr>")
    ).findings


# -- distribution scopes and the web in 附注 (red team 22) ----------------------------------


@pytest.mark.parametrize(
    "note",
    [
        "（此件不在政府网站公开）",
        "（此件不在门户网站上公开）",
        "（本通知仅发至各街镇，不在政务网站公开）",
        "（此件发至各街镇）",
        "（此件发至街道）",
        "（此件发至县团级，不公开）",
    ],
)
def test_notes_keeping_a_document_off_the_web_or_within_a_scope_block(note: str) -> None:
    body = f"各单位：\n请按要求执行。\n\n××区人民政府办公室\n2026年3月1日\n\n{note}\n"
    rules = [f.rule for f in check(Post(title="通知", body=body)).findings]
    assert rules == ["disclosure.not_public"]


@pytest.mark.parametrize(
    "notes",
    [
        "（此件发至乡镇，主动公开）",
        "（此件发至各街镇，并在政府网站公开）",
        "（此件发至县团级，同时在网上公开）",
        "（此件发至乡镇）\n（此件公开发布）",
        "（此件发至县级人民政府）\n\n公开属性：主动公开",
    ],
)
def test_a_scope_in_a_document_that_says_it_is_public_passes(notes: str) -> None:
    body = f"各单位：\n请按要求执行。\n\n××区人民政府办公室\n2026年3月1日\n\n{notes}\n"
    assert check(Post(title="通知", body=body)).findings == ()


@pytest.mark.parametrize(
    "text",
    [
        "本通知发至各街镇后，各街镇应于一周内在政府网站公开。",
        "（二）本通知印发至各街镇，由各街镇负责解释。",
        "有关信息不在政府网站公开的，应说明理由。",
        "（此件在政府网站公开）",
    ],
)
def test_the_same_words_in_prose_pass(text: str) -> None:
    assert check(Post(title="通知", body=text)).findings == ()


@pytest.mark.parametrize(
    "text",
    [
        "对涉及国家秘密的政府信息，依法\n不予公开。",  # a word that governs the next line
        "经审查，本机关决定\n不予公开。",
        "该信息属于内部事务信息，\n不予公开。",  # a comma ends the line
        "依法确定为国家秘密的政府信息，行政机关\n不予公开。",  # a sentence ended on the next line
        "依法\\\n不予公开。",  # Markdown's hard break
        "以下信息不予公开：\n涉及国家秘密的\n不予公开",  # a kind of information, its verdict below
        # a guide's table: the cell before names a kind of information (fix 117)
        "| 信息类别 | 公开属性 |\n|---|---|\n| 涉及国家秘密的 | 不予公开 |",
        "| 事项 | 处理方式 |\n|---|---|\n| 属于国家秘密的 | 不予公开 |",
        # every bare verdict alone in a cell: a table's value (review 43, fix 120)
        "| 文件 | 备注 |\n|---|---|\n| 通知 | 不予公开。 |",
        "| 文件名称 | 公开属性 |\n|---|---|\n| 关于印发某某办法的通知 | 不予公开 |",
        "| 项目 | 数量 |\n|---|---|\n| 主动公开 | 120 |\n| 不予公开 | 12 |",
        "| 办理结果 | 不予公开 | 3 |",
        "| 涉及国家秘密的 | **不予公开** |",
    ],
)
def test_prose_wrapped_before_the_words_does_not_block(text: str) -> None:
    """The prose reading wins across a line break (red team 36): only a warning remains."""
    result = check(Post(title="通知", body=text))
    assert [("secrecy.sensitive_term", "warn")] == [(f.rule, f.severity) for f in result.findings]


@pytest.mark.parametrize(
    "text",
    [
        "2026年12月4日\n不予公开",  # below the date: the 附注's place
        "××市人民政府办公室\n不予公开",  # below the agency's name
        "依法\n\n不予公开。",  # a paragraph of its own
        "依法\n（此件不予公开）",  # brackets: a note
        "依法\n此件不予公开",  # 此件: a document's words
        "公开属性：\n不予公开",  # a field's value on the next line
        "请认真贯彻执行，抓好落实\n不予公开",  # no full stop: a note after the last sentence
    ],
)
def test_a_note_on_its_own_line_still_blocks(text: str) -> None:
    result = check(Post(title="通知", body=text))
    assert [("disclosure.not_public", "block")] == [(f.rule, f.severity) for f in result.findings]


# -- red team 35: other brackets, 不得上网, 备注, the kind of document named ---------------------


@pytest.mark.parametrize(
    "note",
    [
        "〖此件不予公开〗",
        "｛此件不予公开｝",
        "{此件不公开}",
        "︻此件不予公开︼",
        "（此件不得上网）",
        "（备注：此件不予公开）",
        "（本纪要不予公开）",
        "（此报告不公开）",
    ],
)
def test_more_brackets_and_wordings_of_a_note_block(note: str) -> None:
    body = f"各单位：\n请按要求执行。\n\n××区人民政府办公室\n2026年3月1日\n\n{note}\n"
    rules = [f.rule for f in check(Post(title="通知", body=body)).findings]
    assert rules == ["disclosure.not_public"]


@pytest.mark.parametrize(
    "text", ["网络安全法规定不得上网传播谣言。", "本报告不公开的部分已作说明", "（本纪要主动公开）"]
)
def test_those_words_in_prose_pass(text: str) -> None:
    assert check(Post(title="通知", body=text)).findings == ()


# -- red team 40: a date line with a stray comma is no sentence ----------------------------


@pytest.mark.parametrize(
    ("text", "rule"),
    [
        ("××市人民政府办公室\n2024年3月1日，\n不予公开", "disclosure.not_public"),
        ("××市人民政府办公室\n二〇二四年三月一日，\n不予公开", "disclosure.not_public"),
        ("市政府办公室\n2024.3.1，\n不予公开", "disclosure.not_public"),
        ("会议于3月1日，\n不予公开。", "secrecy.sensitive_term"),  # a sentence with a date
        ("本通知自2024年3月1日起施行，\n不予公开", "secrecy.sensitive_term"),
    ],
)
def test_a_note_under_a_date_with_a_comma_still_blocks(text: str, rule: str) -> None:
    """A document's date line ends in no sentence, a comma slipped after it or not: the bare
    note under it is the note, while a sentence holding a date still wraps into prose."""
    result = check(Post(title="通知", body=text))
    assert [rule] == [f.rule for f in result.findings]


@pytest.mark.parametrize(
    ("text", "rule"),
    [
        ("××市人民政府办公室<br>2024年3月1日<br>不予公开", "disclosure.not_public"),
        ("<p>××市人民政府办公室<br/>2024年3月1日<br />不予公开</p>", "disclosure.not_public"),
        ("<p>××市人民政府办公室<br>2024年3月1日，<br>不予公开</p>", "disclosure.not_public"),
        ("<p>对涉及国家秘密的政府信息，依法<br>不予公开。</p>", "secrecy.sensitive_term"),
        ("<p>经审查，该信息属于国家秘密，<br>不予公开。</p>", "secrecy.sensitive_term"),
        ("不予公开\n的情形包括以下几类", "secrecy.sensitive_term"),  # the sentence goes on
        ("<p>不予公开<br>的情形包括以下几类</p>", "secrecy.sensitive_term"),
    ],
)
def test_html_br_ends_a_line_of_a_note(text: str, rule: str) -> None:
    """An HTML ``<br>`` ends a line as a line break does (red team 40): a bare note under a
    date broken with ``<br>`` blocks, prose wrapped with it stays prose, and so do the words
    whose sentence goes on below them (``不予公开⏎的情形``)."""
    result = check(Post(title="通知", body=text))
    assert [rule] == [f.rule for f in result.findings]


@pytest.mark.parametrize(
    "body",
    [
        "2026年12月5日\r\n此-件-不-予-公-开\r\n各区县人民政府：",
        "各区县人民政府：\r\n此件不予公开\r\n现将有关事项通知如下。",
        "2026年12月5日\r\n不予公开\r\n",
        "2026年12月5日\r\n此\r\n件\r\n不\r\n予\r\n公\r\n开\r\n各区县人民政府：",
    ],
)
def test_a_note_on_its_line_of_a_text_with_windows_line_ends_blocks(body: str) -> None:
    """ "$" matches before "\n" only: a "\r\n" line ended before its "\r" all the same."""
    result = check(Post(title="通知", body=body))
    assert ["disclosure.not_public"] == [f.rule for f in result.findings]
    assert "block" == result.findings[0].severity


def test_a_note_line_before_a_carriage_return_is_its_line() -> None:
    text = "2026年12月5日\r\n不予公开\r\n"
    assert ["not_public"] == [kind for _, _, kind in find_disclosure_notes(text)]


@pytest.mark.parametrize(
    ("text", "blocks"),
    [
        ("请各单位执行。（此件不予公开\n）", True),  # the bracket wrapped, after a sentence
        ("请各单位执行。（此件不予公开ー\n\nー）", True),  # a dash beside it, a blank line
        ("（此件不予公开-\n）", True),  # a letter-spacing hyphen left at the line's end
        ("（ー此ー件ー不予ー公开ー\nー）", True),
        ("不予公开——\n以下为正文", False),  # a 破折号: a heading's words go on
        ("行政机关决定不予公开\n（依申请公开的除外）", False),
        ("（二）不予公开——\n涉及国家秘密的政府信息", False),
    ],
)
def test_a_note_whose_bracket_wraps_onto_the_next_line(text: str, blocks: bool) -> None:
    rules = {f.rule for f in check(Post(title="通知", body=text)).findings}
    assert ("disclosure.not_public" in rules) == blocks


@pytest.mark.parametrize(
    "text",
    [
        "| 文件 | 备注 |\n|---|---|\n| 通知 | 此件不予公开 |",  # red team 84 T1
        "| 文件 | 备注 |\n|---|---|\n| 通知 | （此件不予公开 |",
        "| 文件 | 备注 | 附注 |\n|---|---|---|\n| 通知 | 主动公开：否 | 无 |",  # Y1
        "| 通知 | 是否公开：否 | 无 |",
        "| 备注 | 不予公开 |",  # a note's label before the verdict (review 44, fix 122)
        "| 附注 | 不公开 |",
        "| 不公开 |",  # a row of one cell: a line of its own
        "| 涉及国家秘密的 | 此件不予公开 |",  # 此件: the document's own note (fix 117)
        "关于举办春季招聘会的公告（此件不予公开\n各有关单位：",  # N1
        "关于调整有关事项的通知（此件不公开\n各区县人民政府：",
    ],
)
def test_a_note_in_a_gfm_cell_or_after_a_title_blocks(text: str) -> None:
    """Fix 115: a GFM cell is a line of its own; a one-sided note may end a title's line."""
    findings = check(Post(title="通知", body=text)).findings
    assert any(f.rule == "disclosure.not_public" and f.severity == "block" for f in findings)


@pytest.mark.parametrize(
    "text",
    [
        "| 文件 | 公开方式 |\n|---|---|\n| 通知 | 依申请公开 |",
        "| 是否公开 | 是 |",
        "| 公开内容 | 公开形式 |\n|---|---|\n| 职工福利 | 内部公开 |",  # red team 86 (fix 123)
        "| 文件 | 是否公开 |\n|---|---|\n| 通知 | 是 |",
        "关于举办春季招聘会的公告（此件依申请公开\n各有关单位：",
    ],
)
def test_a_public_cell_or_an_on_request_title_stays_clean(text: str) -> None:
    assert not check(Post(title="通知", body=text)).findings


@pytest.mark.parametrize(
    "text",
    [
        "关于举办春季招聘会的公告（此件依申请公开）\n各有关单位：",  # warns, as before
        "对依法不予公开的情形，应当说明理由。",
        "| 情形 | 处理 |\n|---|---|\n| 涉及国家秘密 | 依法不予公开 |",
    ],
)
def test_no_note_blocks_in_prose_or_on_request(text: str) -> None:
    findings = check(Post(title="通知", body=text)).findings
    assert not any(f.severity == "block" for f in findings)


# every colon of _text.LABEL_COLONS ends a 公开 field's name or a 附注's 注 (mend 46)
@pytest.mark.parametrize("colon", ["：", "︰", "∶", "꞉", ":"])
@pytest.mark.parametrize("form", ["是否公开{}否", "公开属性{}不予公开", "（注{}此件不予公开）"])
def test_every_label_colon_ends_a_disclosure_field(form: str, colon: str) -> None:
    result = check(Post(title="通知", body=form.format(colon)))
    assert {f.rule for f in result.findings} == {"disclosure.not_public"}


@pytest.mark.parametrize("colon", ["：", "︰", "∶", "꞉", ":"])
def test_a_public_field_stays_clean_with_every_colon(colon: str) -> None:
    assert not check(Post(title="通知", body=f"是否公开{colon}是")).findings


# A <br> before the closing bracket is a line break there (red team 90's D8): the note is
# read after a block tag of any length, as after none.
@pytest.mark.parametrize(
    "body",
    [
        '<p style="text-indent:2em;line-height:1.75em;">（此件不公开<br>）</p>',
        '<p style="text-indent:2em;line-height:1.75em;font-family:仿宋;">（此件不予公开<br/>）</p>',
        "关于征收补偿（此件不予公开。<br>）",
    ],
)
def test_a_break_before_the_closing_bracket_is_read(body: str) -> None:
    result = check(Post(title="通知", body=body))
    assert ["disclosure.not_public"] == [f.rule for f in result.findings]


# A bilingual post puts the note's English beside it (red team 100): on one line, in one pair
# of brackets, and a field's name with its English gloss, still a note.
@pytest.mark.parametrize(
    "body",
    [
        "此件不公开 Not for public release",
        "此件不予公开 — Not for public release",
        "此件不予公开。Not for public release.",
        "此件不予公开 / Not for public release",
        "Not for public release — 此件不公开",
        "注：此件不公开。Note: not for public release.",
        "（此件不公开 Not for public release）",
        "(此件不公开 / Not for public release)",
        "公开属性（Disclosure）：不予公开",
        "公开属性/Disclosure：不予公开",
        "是否公开 Public：否",
    ],
)
def test_a_note_with_its_english_blocks(body: str) -> None:
    result = check(Post(title="通知", body=body))
    assert ["disclosure.not_public"] == [f.rule for f in result.findings]


@pytest.mark.parametrize(
    "body",
    [
        "（此件公开发布）/ (For public release)",
        "公开属性（Disclosure）：主动公开",
        "是否公开 Public：是",
        "The document is not for public release before Dec. 5.",
    ],
)
def test_a_public_note_with_its_english_stays_clean(body: str) -> None:
    assert () == check(Post(title="通知", body=body)).findings


# The English in brackets after the Chinese note is its gloss: one note, one finding; the
# English note on a line of its own is one of its own.
def test_a_bracketed_translation_is_one_note_with_the_chinese() -> None:
    result = check(Post(title="通知", body="此件不公开 (Not for public release)"))
    assert [("disclosure.not_public", 0)] == [(f.rule, f.offset) for f in result.findings]


def test_an_english_note_on_its_own_line_is_a_note_of_its_own() -> None:
    result = check(Post(title="通知", body="此件不公开\n(Not for public release)"))
    assert 2 == len(result.findings)


@pytest.mark.parametrize(
    "text",
    [
        "（此件不  gong  开）",
        "（此件  bu  予公开）",
        "（此件不<br>gong<br>开）",
        "此件不<br>gong<br>开",
        "（此件 bu<br>予公开）",
        "（此件不<br>\ngong<br>\n开）",
        "（此件 bu<br>\n予公开）",
    ],
)
def test_two_spaces_or_a_break_set_a_syllable_off_in_a_note(text: str) -> None:
    """Two spaces or a ``<br>`` (with the source's line break after it) set a pinyin 不 or 公
    off in a note as one space does (review 78's L6)."""
    folded = fold(text).text
    assert [kind for _, _, kind in find_disclosure_notes(folded)] == ["not_public"]


@pytest.mark.parametrize("text", ["本周不  gong  作日安排", "政务公开<br>\n工作要点"])
def test_a_set_off_syllable_that_says_no_note_is_none(text: str) -> None:
    """Twins: 不 gong 作日 and a 公开 of prose over a break are no notes."""
    assert list(find_disclosure_notes(fold(text).text)) == []


# A 附注 whose brackets hold other clauses: each clause parted by ，；。 is read as a note in
# brackets of its own would be (red team 107); a clause that makes the words a sentence's (a
# condition, a reason given) leaves them prose, and a scope beside 主动公开 stays a scope.
@pytest.mark.parametrize(
    ("body", "rules"),
    [
        ("（联系人：王某，电话：0571-87012345；此件不公开）", {"disclosure.not_public"}),
        ("（此件不予公开。联系人：王某）", {"disclosure.not_public"}),
        ("（请遵照执行，此件不公开）", {"disclosure.not_public"}),
        ("（此件请妥善保管，不对外发布）", {"disclosure.not_public"}),
        ("（此件送至各乡镇，不公开）", {"disclosure.not_public"}),
        ("（此件只发至县级以上单位）", {"disclosure.not_public"}),
        ("（联系人：王某；此件依申请公开）", {"disclosure.on_request"}),
        ("（涉及国家秘密的，不予公开）", {"secrecy.sensitive_term"}),
        ("（属于内部事务信息，不予公开）", {"secrecy.sensitive_term"}),
        ("（联系人：王某；此件主动公开）", set()),
        ("（主动公开；此件发至县级）", set()),
        ("（详见附件，联系人：王某）", set()),
    ],
)
def test_a_note_sharing_its_brackets_is_read_by_its_clause(body: str, rules: set[str]) -> None:
    found = check(Post(title="通知", body="各单位：\n现将有关事项通知如下。\n" + body)).findings
    assert rules == {f.rule for f in found}


def test_a_clause_note_spans_its_clause_only() -> None:
    folded = fold("（联系人：王某；此件不公开）").text
    assert [(8, 13, "not_public")] == list(find_disclosure_notes(folded))


# A note naming the document itself (此件, 本件) on a line it shares with the foot's other
# elements: after the date or a signature, before a hashtag, a contact line or the date (red
# team 108's item 2); prose that goes on from the words or leads to them is no note.
@pytest.mark.parametrize(
    ("body", "rules"),
    [
        ("某局办公室 2026年12月1日 此件不公开", {"disclosure.not_public"}),
        ("某局办公室2026年12月1日此件不予公开", {"disclosure.not_public"}),
        ("某区人民政府办公室 此件不公开", {"disclosure.not_public"}),
        ("此件不公开 联系人：王某，电话：0571-87012345", {"disclosure.not_public"}),
        ("此件不公开，联系人：王某", {"disclosure.not_public"}),
        ("此件不予公开 #政务公开#", {"disclosure.not_public"}),
        ("此件不公开 2026年12月1日", {"disclosure.not_public"}),
        ("#政务微博# 此件不公开", {"disclosure.not_public"}),
        ("电话：0571-87012345 此件不公开", {"disclosure.not_public"}),
        ("此件不公开的原因已向申请人说明。", set()),
        ("本件不公开审理的理由如下：涉及个人隐私。", set()),
        ("如此件不公开，申请人可以申请行政复议。", set()),
        ("2026年12月1日此件不公开的决定已送达申请人。", set()),
        ("经审查，本件不予公开。", {"secrecy.sensitive_term"}),
        ("2026年12月1日，本件不予公开。", {"secrecy.sensitive_term"}),
        ("经核实，该件不予公开。", {"secrecy.sensitive_term"}),
        ("2026年12月1日 此件主动公开 #政务公开#", set()),
    ],
)
def test_a_note_sharing_its_line_is_read_by_what_stands_beside_it(
    body: str, rules: set[str]
) -> None:
    found = check(Post(title="通知", body="各单位：\n现将有关事项通知如下。\n" + body)).findings
    assert rules == {f.rule for f in found}


def test_a_note_after_a_date_spans_the_note_only() -> None:
    text = "某局 2026年12月1日 此件不公开"
    folded = fold(text).text
    [(start, end, kind)] = find_disclosure_notes(folded)
    assert ("此件不公开", "not_public") == (folded[start:end], kind)


# The date as the foot prints it (at the line's start, after the signature, the seal or 印发),
# not a label's value, a sentence's time or a catalogue's column; 本件 after a number is the
# application a reply names; a guide's example and a topic named after the note are not read
# (review 84's F1-F5; L1-L4 the foot's forms it missed).
@pytest.mark.parametrize(
    ("body", "rules"),
    [
        ("答复日期：2026年12月1日 本件不予公开", {"secrecy.sensitive_term"}),
        ("申请编号：2026-0123 本件不予公开", {"secrecy.sensitive_term"}),
        ("办理结果 2026年12月1日 本件不予公开", {"secrecy.sensitive_term"}),
        ("1 关于开展安全检查的通知 2026年12月1日 此件不公开", set()),
        ("截至2026年12月1日本件不予公开", {"secrecy.sensitive_term"}),
        ("我们在2026年12月1日此件不公开", set()),
        ("示例：某局办公室 2026年12月1日 此件不公开", set()),
        ("#此件不公开# 这份文件为什么不公开？#政务#", set()),
        ("印发：2026年12月1日 此件不公开", {"disclosure.not_public"}),
        ("某局（盖章）此件不公开", {"disclosure.not_public"}),
        ("2026年12月1日印发 此件不公开", {"disclosure.not_public"}),
        ("某局 2026 年 12 月 1 日 此件不公开", {"disclosure.not_public"}),
        ("某局 2026年12月1号 此件不公开", {"disclosure.not_public"}),
        ("某街道办事处 此件不公开", {"disclosure.not_public"}),
        ("某区人民法院 此件不公开", {"disclosure.not_public"}),
    ],
)
def test_a_note_sharing_its_line_reads_the_date_as_the_foot_prints_it(
    body: str, rules: set[str]
) -> None:
    found = check(Post(title="通知", body="各单位：\n现将有关事项通知如下。\n" + body)).findings
    assert rules == {f.rule for f in found}


# The foot's other elements after a note sharing its line, each a label with its colon, a contact
# in brackets or a signature and its date; a full stop after the foot's date; a 发文字号 opening
# the line; 依申请公开 read the same way (review 84's L5-L8, L11). Without the colon, after 的
# or a sentence's words, the note goes on as prose.
@pytest.mark.parametrize(
    ("body", "rules"),
    [
        ("此件不公开 抄送：市委办公室", {"disclosure.not_public"}),
        ("2026年12月1日 此件不公开 咨询热线：12345", {"disclosure.not_public"}),
        ("2026年12月1日 此件不公开 地址：某市某路1号", {"disclosure.not_public"}),
        ("2026年12月1日 此件不公开（联系人：王某）", {"disclosure.not_public"}),
        ("某局 此件不公开 某区人民政府办公室 2026年12月1日", {"disclosure.not_public"}),
        ("2026年12月1日。此件不公开", {"disclosure.not_public"}),
        ("某政办发〔2026〕12号 此件不公开", {"disclosure.not_public"}),
        ("某局 2026年12月1日 此件依申请公开", {"disclosure.on_request"}),
        ("某政办发〔2026〕12号 此件依申请公开", {"disclosure.on_request"}),
        ("此件依申请公开 抄送：市委办公室", {"disclosure.on_request"}),
        ("此件不公开抄送范围由办公室确定。", set()),
        ("此件不公开地址等个人信息。", set()),
        ("此件不公开（联系人名单除外）", set()),
        ("此件不公开的决定由某局办公室于2026年12月1日作出。", set()),
        ("2026年12月1日。此件不公开审理", set()),
        ("某局 2026年12月1日 此件依申请公开的答复已送达。", set()),
        ("示例：某局 2026年12月1日 此件依申请公开", set()),
        ("1 关于开展安全检查的通知 某政办发〔2026〕12号 此件不公开", set()),
    ],
)
def test_a_note_sharing_its_line_reads_the_foots_elements_after_it(
    body: str, rules: set[str]
) -> None:
    found = check(Post(title="通知", body="各单位：\n现将有关事项通知如下。\n" + body)).findings
    assert rules == {f.rule for f in found}


def test_an_on_request_note_sharing_its_line_spans_the_note_only() -> None:
    folded = fold("某局 2026年12月1日 此件依申请公开 抄送：市委办公室").text
    [(start, end, kind)] = find_disclosure_notes(folded)
    assert ("此件依申请公开", "on_request") == (folded[start:end], kind)


# A date the foot does not print is a catalogue's column or a sentence's time whichever way it
# is written: a dotted one as 2026年12月1日 (review 84's F2, F3); 此件 after any other number is
# the foot's still (a phone's), 本件 after one a reply's application (F1, decided: warns).
@pytest.mark.parametrize(
    ("body", "rules"),
    [
        ("1 关于开展安全检查的通知 2026.12.1 此件不予公开", {"secrecy.sensitive_term"}),
        ("1 关于开展安全检查的通知 2026.12.1 本件不予公开", {"secrecy.sensitive_term"}),
        ("截至2026.12.1 此件不公开", set()),
        ("某局 2026.12.1 此件不公开", {"disclosure.not_public"}),
        ("2026.12.1 此件不公开", {"disclosure.not_public"}),
        ("电话：0571-87012345 此件不公开", {"disclosure.not_public"}),
        ("申请编号：2026-0123 本件不予公开", {"secrecy.sensitive_term"}),
    ],
)
def test_a_dotted_date_off_the_foot_is_a_columns(body: str, rules: set[str]) -> None:
    found = check(Post(title="通知", body="各单位：\n现将有关事项通知如下。\n" + body)).findings
    assert rules == {f.rule for f in found}


# More of the foot after a note sharing its line (review 92's L1-L7): 附件, 抄报 and 分送, more
# contact labels (Latin ones as the fold writes them), a web article's foot, a label in 【】 or
# [], a seal in the signature, Latin letters in the name, a mention. Without a label's colon,
# after 的, or with a verb going on from the note, it is prose still.
@pytest.mark.parametrize(
    ("body", "rules"),
    [
        ("2026年12月1日 此件不公开 附件：1.有关名单", {"disclosure.not_public"}),
        ("2026年12月1日 此件不公开 抄报：市委办公室", {"disclosure.not_public"}),
        ("2026年12月1日 此件不公开 分送：各区县", {"disclosure.not_public"}),
        ("2026年12月1日 此件不公开【抄送：某局】", {"disclosure.not_public"}),
        ("2026年12月1日 此件不公开 [抄送：某局]", {"disclosure.not_public"}),
        ("2026年12月1日 此件不公开 举报电话：12345", {"disclosure.not_public"}),
        ("2026年12月1日 此件不公开 联系单位：某局", {"disclosure.not_public"}),
        ("2026年12月1日 此件不公开 E-mail：ab@gov.cn", {"disclosure.not_public"}),
        ("2026年12月1日 此件不公开 QQ：12345678", {"disclosure.not_public"}),
        ("2026年12月1日 此件不公开 来源：某局", {"disclosure.not_public"}),
        ("2026年12月1日 此件不公开（编辑：王某）", {"disclosure.not_public"}),
        ("某局 此件不公开 某局办公室（盖章） 2026年12月1日", {"disclosure.not_public"}),
        ("某局 此件不公开 XX局 2026年12月1日", {"disclosure.not_public"}),
        ("某局 此件不公开 某市AI产业中心 2026年12月1日", {"disclosure.not_public"}),
        ("2026年12月1日 此件不公开 @某市发布", {"disclosure.not_public"}),
        ("2026年12月1日 此件依申请公开 附件：有关名单", {"disclosure.on_request"}),
        ("2026年12月1日 此件不公开附件内容另行通知。", set()),
        ("2026年12月1日 此件不公开来源于有关单位的意见。", set()),
        ("2026年12月1日 此件不公开的原因 来源：某局", set()),
        ("2026年12月1日 此件不公开【抄送范围另行确定】", set()),
        ("本件不公开审理 某区人民法院（盖章） 2026年12月1日", set()),
        ("此件不公开征求意见 某市AI产业中心 2026年12月1日", set()),
        ("2026年12月1日 此件不公开 @", set()),
    ],
)
def test_a_note_sharing_its_line_reads_more_of_the_foot(body: str, rules: set[str]) -> None:
    found = check(Post(title="通知", body="各单位：\n现将有关事项通知如下。\n" + body)).findings
    assert rules == {f.rule for f in found}


def test_a_note_before_a_mention_spans_the_note_only() -> None:
    folded = fold("2026年12月1日 此件不公开 @某市发布").text
    [(start, end, kind)] = find_disclosure_notes(folded)
    assert ("此件不公开", "not_public") == (folded[start:end], kind)


@pytest.mark.parametrize(
    "text",
    [
        "不公开" * 400,
        "此件不公开 " * 300,
        "某局办公室 2026年12月1日 此件不公开 抄送：某局\n" * 40,
        "（此件不公开）不予公开\n此件不公开 @某市发布 " * 40,
        "公开属性：不予公开 " * 100,
    ],
)
def test_a_window_no_note_can_start_in_is_skipped_without_changing_a_note(
    text: str, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Skipping the windows that hold no place a note can start (``_next_note_start``) finds
    what the notes' expression finds when run on every window."""
    folded = fold(text).text
    skipping = list(find_disclosure_notes(folded))
    monkeypatch.setattr(disclosure, "_next_note_start", lambda _text, start, _searched: start)
    assert list(find_disclosure_notes(folded)) == skipping


@pytest.mark.parametrize(
    ("body", "rules"),
    [
        # (review 95's F1: 本件 before a reply's attachment, source or mention is the application)
        ("本件不予公开 附件：不予公开告知书", {"secrecy.sensitive_term"}),
        ("市民您好：\n本件不予公开 来源：12345热线", {"secrecy.sensitive_term"}),
        ("市民您好：\n本件不予公开 @市民王某", {"secrecy.sensitive_term"}),
        ("2026年12月1日 本件不予公开 附件：告知书", {"secrecy.sensitive_term"}),
        ("此件不公开 附件：有关名单", {"disclosure.not_public"}),
        ("2026年12月1日 本件不予公开 抄送：某局", {"disclosure.not_public"}),
        # (F2: a question to the account goes on from the mention)
        ("#提问# 此件不公开 @某市发布 为什么？", set()),
        ("#政务# 此件不公开 @某市发布 @某区发布", {"disclosure.not_public"}),
        ("2026年12月1日 此件不公开 //@某市发布:转发微博", {"disclosure.not_public"}),
        # (F3: a guide's example on the line after its heading)
        ("公开指南示例：\n某局办公室 2026年12月1日 此件不公开", set()),
        ("现将有关事项通知如下：\n某局办公室 2026年12月1日 此件不公开", {"disclosure.not_public"}),
        # (L1-L7)
        ("2026年12月1日 此件不公开 附件1：有关名单", {"disclosure.not_public"}),
        ("2026年12月1日 此件不公开 「来源：某局」", {"disclosure.not_public"}),
        ("某局 此件不公开 某局办公室【盖章】 2026年12月1日", {"disclosure.not_public"}),
        ("某局 此件不公开 某市5G产业中心 2026年12月1日", {"disclosure.not_public"}),
        ("2026年12月1日 此件不公开 作者：王某", {"disclosure.not_public"}),
        ("2026年12月1日 此件不公开 | 来源：某局", {"disclosure.not_public"}),
        ("此件不公开作者的姓名", set()),
    ],
)
def test_a_replys_decision_and_more_of_a_foot(body: str, rules: set[str]) -> None:
    found = check(Post(title="通知", body="各单位：\n现将有关事项通知如下。\n" + body)).findings
    assert rules == {f.rule for f in found}


@pytest.mark.parametrize(
    ("body", "rules"),
    [
        # (review 95's L1, fix112c: the attachments listed without a colon, a numeral before it)
        ("2026年12月1日 此件不公开 附件 1.有关名单", {"disclosure.not_public"}),
        ("2026年12月1日 此件不公开 附件一：有关名单", {"disclosure.not_public"}),
        ("某局办公室 此件不公开 附件 一、有关名单", {"disclosure.not_public"}),
        ("2026年12月1日 此件不公开 附件1.2版本说明", set()),
        ("2026年12月1日 此件不公开附件一、二的理由如下", set()),
        ("2026年12月1日 此件不公开附件1、附件2另行印发", set()),
        ("2026年12月1日 本件不予公开 附件1.告知书", {"secrecy.sensitive_term"}),
    ],
)
def test_a_foot_lists_its_attachments_as_the_attachment_note_does(
    body: str, rules: set[str]
) -> None:
    found = check(Post(title="通知", body="各单位：\n现将有关事项通知如下。\n" + body)).findings
    assert rules == {f.rule for f in found}


def test_the_labels_a_reply_prints_are_marked_in_the_data_file() -> None:
    """The labels after which 本件 is a reply's application are the data file's ``reply`` kind
    (no list of them in the module), and the note reads every label of both kinds."""
    kinds = data_kinds("note_foot_labels.txt")
    assert {"foot", "reply"} == set(kinds)
    assert {"附件", "附", "来源", "编辑"} <= set(kinds["reply"])
    assert not set(kinds["foot"]) & set(kinds["reply"])
    assert set(disclosure._foot_labels()) == set(kinds["foot"]) | set(kinds["reply"])
    assert not hasattr(disclosure, "_REPLY_LABELS")
