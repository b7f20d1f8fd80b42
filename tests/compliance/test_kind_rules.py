"""A rule stated about 内部资料 as a kind (govpub.compliance.kind_rules, fix110e): the sentence
tells a rule about the licensed kind from a note on the post — not a word list after the marker."""

from __future__ import annotations

import pytest

from govpub import Post, check
from govpub.compliance.folding import fold
from govpub.compliance.kind_rules import stated_of_the_kind


def _stated(text: str, marker: str = "内部资料", nth: int = 0) -> bool:
    folded = fold(text).text
    start = -1
    for _ in range(nth + 1):
        start = folded.find(marker, start + 1)
    return stated_of_the_kind(folded, start, start + len(marker))


def _rules(body: str) -> set[str]:
    return {f.rule for f in check(Post(title="关于做好有关工作的通知", body=body)).findings}


@pytest.mark.parametrize(
    ("text", "marker", "nth"),
    [
        (
            "内部资料不得在政务新媒体发布。",
            "内部资料",
            0,
        ),  # a place no note names, a platform's act
        ("内部资料不准在社会上征订、发行。", "内部资料", 0),
        ("内部资料需在封面标注准印证号。", "内部资料", 0),
        ("内部资料只能在本系统内交流。", "内部资料", 0),
        ("内部资料须经审核后方可印制。", "内部资料", 0),  # the publisher's act after an approval
        ("内部资料出版单位应当建立健全编辑责任制度。", "内部资料", 0),  # the publisher, a modal
        ("内部资料《某某简报》已完成年度核验。", "内部资料", 0),  # a licensed title's fact
        ("内部资料、内部文件严禁在政务新媒体发布。", "内部资料", 0),  # a list of kinds
        ("内部资料、内部文件严禁在政务新媒体发布。", "内部文件", 0),
        ("第八条　内部资料不得收取任何费用。", "内部资料", 0),  # a statute's article
        ("印刷企业不得承印无准印证的内部资料。", "内部资料", 0),  # 承印…的 in its clause
        ("严禁在政务新媒体发布内部资料、内部文件等信息。", "内部文件", 0),
    ],
)
def test_a_rule_about_the_kind_is_stated_of_it(text: str, marker: str, nth: int) -> None:
    assert _stated(text, marker, nth)


@pytest.mark.parametrize(
    "text",
    [
        "内部资料不得在政务新媒体发布",  # no stop: a masthead's line
        "内部资料严禁在网上传播。",  # the reader's place and act
        "内部资料须在阅后收回。",
        "内部资料须经审批方可翻印。",  # 翻印 is the reader's act
        "内部资料不得在社会上扩散。",
        "内部资料不得在政务新媒体转载。",
        "内部资料出版单位：某某局。",  # a colophon's field: no modal
        "内部资料《某某简报》不得翻印。",  # a title, then a note
        "注意事项：\n1. 内部资料不得在政务新媒体发布。",  # the notes printed on the material
        "某某厂印制的内部资料，注意保存。",  # a comma after the marker
        "内部资料不得公开发行。",  # no place
    ],
)
def test_a_notes_wording_is_no_rule_about_the_kind(text: str) -> None:
    assert not _stated(text)


@pytest.mark.parametrize(
    "text",
    [
        "内部资料不得在政务新媒体发布。",
        "市民您好：您反映的问题已收悉。经核实，内部资料不得在政务新媒体发布。感谢您对我们工作的支持。",
        "📢 办事指南来啦～\n\n内部资料须在封面显著位置标注准印证号。\n\n👇 点击阅读原文了解更多",
        "市民您好：您反映某单位内部资料被上传网络的问题已转交相关部门处理。",  # 被 after it
        "市民您好：内部资料印刷需到新闻出版部门办理准印证。",
        "根据《内部资料性出版物管理规定》，印刷企业承印内部资料须验证准印证。",
        "內部資料不准在社會上徵訂、發行。",
    ],
)
def test_a_rule_about_the_kind_passes(text: str) -> None:
    assert set() == _rules(text)


@pytest.mark.parametrize(
    "text",
    [
        "内部资料 不得在政务新媒体发布。",  # a gap after the marker
        "内部资料，不得在政务新媒体发布。",
        "本资料属于内部资料不得在政务新媒体发布。",  # a copula
        "★内部资料不得在政务新媒体发布。",
        "● 内部资料不得在政务新媒体发布。",
        "（内部资料不得在政务新媒体发布。）",
        "内 部 资 料不得在政务新媒体发布。",
        "某某动态\n第12期\n内部资料不得在网上传播。",
        "内部资料泄密必究。",
        "內部資料不得在網上傳播。",
        # a masthead's line next to it, a note after the stop
        "某某通讯\n内部资料不得在社会上发行。",
        "内部资料不得在政务新媒体发布。\n某某局办公室编\n2024年第3期",
        "第3期\n内部资料《某某简报》已经批准印制。",
        "内部资料严禁在政务新媒体发布。请勿转发",
        "某某通讯 2024年第3期 内部资料不得在政务新媒体发布。",  # a masthead on its line
        "某某局办公室编 内部资料须经审核后方可印制。",
        "内部资料印刷：某某印刷厂。",  # a colophon's field
        "内部资料不得在政务新媒体发布。\n\n关于印发某某办法的通知",  # a document's head
        "内部资料须在封面显著位置标注准印证号。\n各单位：\n现将有关事项通知如下。",
    ],
)
def test_a_note_that_reads_like_a_rule_blocks(text: str) -> None:
    assert {"secrecy.internal"} == _rules(text)


def test_a_rule_under_a_levels_star_is_the_documents_note() -> None:
    body = "绝密★启用前\n内部资料不得在政务新媒体发布。"
    assert {"secrecy.internal", "secrecy.marking"} == _rules(body)
