"""Red team 110's C and G (fix110g): a bracketed 密级 in an exam's rule, 原密级 after 解密, and
a 附注 that a document's attachment is not for release."""

from __future__ import annotations

import pytest

from govpub import Post, check
from govpub.compliance import annex_notes
from govpub.compliance.annex_notes import Annexes, find_annex_notes
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


def test_the_attachments_after_a_note_are_read_in_one_pass() -> None:
    folded = fold("（附件不公开）\n附件1：名单\n附件二：表\n正文\n| 姓名 |").text
    annexes = Annexes(folded, 0)
    assert folded.rindex("\n|") == annexes.last == annexes.table
    assert {1: folded.index("\n附件1"), 2: folded.index("\n附件二")} == annexes.numbered
    assert -1 == Annexes(fold("（附件不公开）\n区人社局").text, 0).last


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


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        # review 91's F1: the note's number compared with the heading's
        (
            "（此件公开发布，附件2不公开）\n附件1：考察对象名单\n张三 李四",
            {"secrecy.sensitive_term"},
        ),
        (
            "（此件公开发布，附件2不公开）\n附件2：考察对象名单\n张三 李四",
            {"disclosure.not_public"},
        ),
        ("（此件公开发布，附件1至3不公开）\n附件2：名单\n张三", {"disclosure.not_public"}),
        # L4: a Chinese numeral heading
        ("（此件公开发布，附件不公开）\n附件一：名单\n张三", {"disclosure.not_public"}),
        # F2: quoted, an example, a catalogue's line, a reply, a download line warn
        (
            "指引：在附注处标注“（此件公开发布，附件不公开）”。\n附件：示例",
            {"secrecy.sensitive_term"},
        ),
        ("示例：（附件不公开）\n附件：示例说明", {"secrecy.sensitive_term"}),
        ("目录：\n1. 关于人员调整的通知（附件不公开）\n附件：目录说明", {"secrecy.sensitive_term"}),
        ("（此件公开发布，附件不公开）\n<p>附件：正文PDF版下载</p>", {"secrecy.sensitive_term"}),
        ("2025年6月3日（此件公开发布，附件不公开）\n附件：名单", {"disclosure.not_public"}),
    ],
)
def test_a_note_blocks_as_a_foot_with_its_numbered_attachment(
    body: str, expected: set[str]
) -> None:
    assert expected == _rules(body)


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        # review 91's L3: 原密级 cleared only after a completed 解密 in its sentence
        ("本文件不得解密，原密级：机密。", {"secrecy.marking"}),
        ("本文件拟解密（原密级：机密），待审批。", {"secrecy.marking"}),
        ("本文件尚未解密，原密级：绝密★长期", {"secrecy.marking"}),
        ("该档案已于2024年解密。本文件原密级：机密★10年，现予公布。", {"secrecy.marking"}),
        ("本文件已降密（原密级：绝密），现为机密级。", {"secrecy.marking"}),
        ("该批档案解密后（原密级：机密）向社会开放。", set()),
        ("均已解密，原密级：机密。", set()),
        # L1, L2: the material the verb's subject; a paper's first line with questions after it
        ("关于试题命制工作的请示属于国家秘密（机密级），现报上。", {"secrecy.marking"}),
        ("答案为国家秘密（绝密级），公布如下：1.A 2.B", {"secrecy.marking"}),
        ("面试题本属于国家秘密（秘密级），考试结束后收回。\n题目一：请谈谈", {"secrecy.marking"}),
        ("面试题本属于国家秘密（秘密级），考试结束后收回。", set()),
        ("公告\n试卷属于国家秘密（机密级），不得泄露。\n一、考试时间", set()),
    ],
)
def test_former_levels_and_exam_rules_after_review_91(body: str, expected: set[str]) -> None:
    assert expected == _rules(body)


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        # review 91's F3: the rule's level in any of a 密级's brackets, blanks and a quote around it,
        # 上述材料 for the materials of the sentence before
        ("试卷在考试结束前属于国家秘密【机密级】，任何人不得泄露。", set()),
        ("试卷属于国家秘密[机密级]，不得泄露。", set()),
        ("试卷在考试结束前属于国家秘密 (机密级), 任何人不得泄露.", set()),
        ("试卷属于国家秘密（机密级） ，任何人不得泄露。", set()),
        ("“试卷在考试结束前属于国家秘密（机密级）”，这是考场规则的内容。", set()),
        ("试卷、答题卡由专人保管。上述材料属于国家秘密（机密级），任何人不得泄露。", set()),
        ("考试用卷由专人运送。以上材料在考试结束前属于国家秘密（绝密级），不得开启。", set()),
        # their twins: the post is the paper, a document's own mark, nothing going on after it
        ("本试卷属于国家秘密【机密级】，考试结束前不得带出考场。", {"secrecy.marking"}),
        ("关于试题命制工作的请示属于国家秘密 (机密级), 现报上.", {"secrecy.marking"}),
        ("会议讨论了人事安排。上述材料属于国家秘密（机密级），现报上。", {"secrecy.marking"}),
        ("试卷由专人保管\n上述材料属于国家秘密（机密级），不得泄露。", {"secrecy.marking"}),
        ("“试卷属于国家秘密（机密级）”", {"secrecy.marking"}),
        ("试卷属于国家秘密【机密★1年】，任何人不得泄露。", {"secrecy.marking"}),
    ],
)
def test_exam_rules_phrasings_after_review_91_f3(body: str, expected: set[str]) -> None:
    assert expected == _rules(body)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("（此件公开发布，附件二不公开）", ["附件二不公开"]),
        ("（附件一至三不予公开）", ["附件一至三不予公开"]),
        ("（此件公开发布， 附件 不 公开）", ["附件不公开"]),
    ],
)
def test_a_note_names_its_attachment_in_chinese_numerals_or_spaced_out(
    text: str, expected: list[str]
) -> None:
    assert expected == _notes(text)


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        # review 91's L4: 附件二 in a note is attachment 2, whichever way its heading is written
        ("（此件公开发布，附件二不公开）\n附件二：名单\n张三", {"disclosure.not_public"}),
        ("（附件二不公开）\n附件2：名单\n张三", {"disclosure.not_public"}),
        ("（附件一至三不公开）\n附件二：信息表\n张三", {"disclosure.not_public"}),
        ("（附件十二不公开）\n附件12：名单\n张三", {"disclosure.not_public"}),
        ("（此件公开发布，附件一律不公开）\n附件一：名单\n张三", {"disclosure.not_public"}),
        ("（此件公开发布，附件二不公开）\n附件一：报名表\n姓名", {"secrecy.sensitive_term"}),
        ("（附件一、三不公开）\n附件二：报名表\n姓名", {"secrecy.sensitive_term"}),
        # the attachment posted as a link named as it: published (review 94's L6)
        (
            "（附件不公开）\n附件：[名单.xlsx](https://www.gov.cn/a.xlsx)",
            {"disclosure.not_public"},
        ),
        ("（附件不公开）\n附件：名单.xlsx\n张三", {"disclosure.not_public"}),
    ],
)
def test_a_note_in_chinese_numerals_blocks_with_its_attachment(
    body: str, expected: set[str]
) -> None:
    assert expected == _rules(body)


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        # review 94's L4-L6: a picture, a link named as the attachment or further on the line block
        (
            "（附件2不公开）\n附件2：![困难群众名单](https://x.gov.cn/2.png)",
            {"disclosure.not_public"},
        ),
        ("（附件不公开）\n附件：![名单下载](https://x.gov.cn/2.png)", {"disclosure.not_public"}),
        (
            "（附件不公开）\n附件：有关名单。另见[政策解读](https://x.gov.cn/jd.html)",
            {"disclosure.not_public"},
        ),
        (
            "（附件2不公开）\n附件2：[困难群众名单.xlsx](https://x.gov.cn/2.xlsx)",
            {"disclosure.not_public"},
        ),
        (
            '（附件2不公开）\n附件2：<a href="https://x.gov.cn/2.xlsx">名单.xlsx</a>',
            {"disclosure.not_public"},
        ),
        # the public text's download: the note alone, a reviewer's look
        ("（附件不公开）\n附件：[正文.pdf](https://x.gov.cn/zw.pdf)", {"secrecy.sensitive_term"}),
        (
            '（附件不公开）\n附件：<a href="https://x.gov.cn/zw.pdf">正文下载</a>',
            {"secrecy.sensitive_term"},
        ),
        (
            "（附件2不公开）\n附件2：名单 [下载](https://x.gov.cn/2.xlsx)",
            {"secrecy.sensitive_term"},
        ),
    ],
)
def test_an_attachment_posted_as_a_link_or_picture_blocks(body: str, expected: set[str]) -> None:
    assert expected == _rules(body)


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        # review 94's L1: a paper's title lines above the rule, questions after it
        (
            "2026年度公务员录用考试\n行政职业能力测验试卷\n试卷属于国家秘密【机密级】，考试结束后解密\n一、常识判断",
            {"secrecy.marking"},
        ),
        ("试卷（A卷）\n试卷属于国家秘密 【机密级】 ，考试结束后解密\n1.A 2.B", {"secrecy.marking"}),
        ("考务须知\n试卷属于国家秘密【机密级】，考试结束后解密。\n一、考生须提前入场", set()),
        (
            "本次考试使用新版试卷。\n试卷属于国家秘密（机密级），考试结束后解密。\n一、考生须知",
            set(),
        ),
        # L2: questions on the rule's line
        ("试卷属于国家秘密【机密级】，考试结束后解密。一、常识判断 1. 下列", {"secrecy.marking"}),
        ("试卷属于国家秘密（机密级）. 一、单项选择题", {"secrecy.marking"}),
        ("试卷属于国家秘密（机密级），考试结束后解密。2026.1.5起开放查询。", set()),
        # L3: 上述材料 only after a sentence said of exam material
        (
            "会议审议了《2026年考试试卷印制方案》等文件。上述材料属于国家秘密（机密级），会后收回。",
            {"secrecy.marking"},
        ),
        (
            "会议传达了关于试卷安全保密工作的要求。上述材料属于国家秘密【机密级】，会后收回。",
            {"secrecy.marking"},
        ),
        (
            "请核对标准答案以外的信息。上述材料属于国家秘密（机密级），会后收回。",
            {"secrecy.marking"},
        ),
        ("考生须知已印发，试卷由专人保管。上述材料属于国家秘密（机密级），严禁泄露。", set()),
    ],
)
def test_exam_rules_after_review_94(body: str, expected: set[str]) -> None:
    assert expected == _rules(body)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # review 94's L7: numerals up to 九十九; 一二, 二二 are no number
        ("（附件二十一不公开）", ["附件二十一不公开"]),
        ("（此件公开发布，附件九十九不公开）", ["附件九十九不公开"]),
        ("（附件一二不公开）", []),
        ("（附件二二不公开）", []),
        # L8: the list names 附件 again after its mark
        ("（附件一、附件二不公开）", ["附件一、附件二不公开"]),
        ("（附件1至附件3不公开）", ["附件1至附件3不公开"]),
    ],
)
def test_a_notes_numbers_up_to_ninety_nine_and_its_word_repeated(
    text: str, expected: list[str]
) -> None:
    assert expected == _notes(text)


@pytest.mark.parametrize(
    ("text", "number"),
    [("1", 1), ("12", 12), ("一", 1), ("十", 10), ("十二", 12), ("二十", 20), ("二十一", 21)],
)
def test_an_attachments_number_is_read_as_written(text: str, number: int) -> None:
    assert number == annex_notes._number(text)


@pytest.mark.parametrize(
    ("note", "numbers"),
    [
        ("附件一、附件二不公开", {1, 2}),
        ("附件1至附件3不公开", {1, 2, 3}),
        ("附件十一至十三不公开", {11, 12, 13}),
        ("附件二十一不公开", {21}),
    ],
)
def test_a_notes_list_names_its_numbers(note: str, numbers: set[int]) -> None:
    assert numbers == annex_notes._note_numbers(note)


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        ("（附件二十一不公开）\n附件21：有关名单", {"disclosure.not_public"}),
        ("（附件一、附件二不公开）\n附件一：名单", {"disclosure.not_public"}),
        ("（附件十不公开）\n附件十一：名单", {"secrecy.sensitive_term"}),
        ("（附件1、附件2不公开）\n附件3：名单", {"secrecy.sensitive_term"}),
        ("（附件一二不公开）\n附件一：名单", set()),
    ],
)
def test_a_note_in_numerals_past_twenty_or_naming_its_word_again_blocks(
    body: str, expected: set[str]
) -> None:
    assert expected == _rules(body)
