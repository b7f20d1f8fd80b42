"""Red team 110's C and G (fix110g): a bracketed 密级 in an exam's rule, 原密级 after 解密, and
a 附注 that a document's attachment is not for release."""

from __future__ import annotations

import pytest

from govpub import Post, check
from govpub.compliance.annex_notes import find_annex_notes, last_annex
from govpub.compliance.folding import fold
from govpub.compliance.secrecy import find_markings


def _rules(body: str) -> set[str]:
    return {
        finding.rule for finding in check(Post(title="关于做好有关工作的通知", body=body)).findings
    }


def _notes(text: str) -> list[str]:
    folded = fold(text).text
    return [folded[start:end] for start, end in find_annex_notes(folded)]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("（此件公开发布，附件不公开）", ["附件不公开"]),
        ("（附件不予公开）", ["附件不予公开"]),
        ("（此件删减后公开，附件2不公开）", ["附件2不公开"]),
        ("公开属性：主动公开（附件1、3不公开）", ["附件1、3不公开"]),
        ("附件2：考察对象详细信息表（此表不公开）", ["此表不公开"]),
        ("政府信息公开指南明确了附件不公开的情形。", []),
        ("申请人可以依法申请公开附件内容。", []),
        ("（有关单位对附件不公开提出异议的，可以申请复核）", []),
        ("（此件公开发布，附件同步公开）", []),
    ],
)
def test_an_attachments_note_is_a_clause_of_its_brackets(text: str, expected: list[str]) -> None:
    assert expected == _notes(text)


def test_the_last_attachment_after_a_note_is_found_in_one_pass() -> None:
    folded = fold("（附件不公开）\n附件1：名单\n正文\n| 姓名 |").text
    assert folded.rindex("\n|") == last_annex(folded, 0)
    assert -1 == last_annex(fold("（附件不公开）\n区人社局").text, 0)


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        ("……\n（此件公开发布，附件不公开）\n\n附件1：拟录用人员名单", {"disclosure.not_public"}),
        (
            "……\n（此件公开发布，附件不公开）\n<table><tr><td>王伟</td></tr></table>",
            {"disclosure.not_public"},
        ),
        ("……\n（此件公开发布，附件不公开）\n区人社局\n2025年6月3日", {"secrecy.sensitive_term"}),
        ("附件：名单\n\n区人社局\n（此件公开发布，附件不公开）", {"secrecy.sensitive_term"}),
        ("（本公告不予公开）", {"disclosure.not_public"}),
        ("（此件不予公开，附件不公开）\n附件1：名单", {"disclosure.not_public"}),
    ],
)
def test_an_attachments_note_blocks_only_with_the_attachment_after_it(
    body: str, expected: set[str]
) -> None:
    assert expected == _rules(body)


@pytest.mark.parametrize(
    "text",
    [
        "考试结束前，试卷、答题卡按国家秘密（机密级）管理。",
        "笔试试卷在考试结束前属于国家秘密（机密级），任何人不得泄露。",
        "面试题本属于国家秘密（秘密级），考生不得抄录。",
        "开考前，试卷属于国家秘密（绝密级）；开考后至考试结束前，属于国家秘密（机密级）。",
        "该批档案已于2024年解密（原密级：机密），现向社会开放查阅。",
    ],
)
def test_a_level_said_of_exam_materials_or_a_declassified_record_marks_nothing(text: str) -> None:
    assert [] == list(find_markings(fold(text).text))


@pytest.mark.parametrize(
    "text",
    [
        "试卷、答题卡属国家秘密（绝密★启用前）。",
        "本试卷属于国家秘密（机密级），考后收回。",
        "会议纪要属于国家秘密（机密级），会后收回。",
        "数学试卷国家秘密（机密级）\n一、选择题",
        "试卷属于国家秘密（机密级）\n一、选择题",
        "原密级：机密\n关于某某事项的报告",
        "（绝密级）\n关于做好考试工作的通知",
    ],
)
def test_a_documents_own_level_still_marks_it(text: str) -> None:
    assert 1 == len(list(find_markings(fold(text).text)))
