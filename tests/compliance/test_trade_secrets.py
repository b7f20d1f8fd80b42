"""商业秘密 levels (国资发〔2010〕41号 第十三条): a 核心商密/普通商密 mark blocks; the words in
prose do not."""

from __future__ import annotations

import pytest

from govpub import Post, check
from govpub.compliance.folding import fold
from govpub.compliance.trade_secrets import find_trade_secret_cells, find_trade_secret_marks

_HEAD = "\n关于某集团重组方案的报告\n集团各部门：\n现将有关情况报告如下。"


@pytest.mark.parametrize(
    "mark",
    [
        "核心商密★5年",
        "普通商密★2年",
        "某集团 普通商密★2年",
        "核心商密▲长期",
        "普通商密*3年",
        "核心商密★",
        "核心商密 5年",
        "商密★3年",
        "核 心 商 密 ★ 5 年",
        "核心商密★公布前",
        "普通商密☆1年",
        "【核心商密】★5年",  # (the level or the star in brackets: review 84's L10)
        "核心商密（★5年）",
        "（普通商密）★长期",
        "核心商密（★）",
    ],
)
def test_a_trade_secret_level_blocks_as_a_marking(mark: str) -> None:
    found = check(Post(title="报告", body=mark + _HEAD)).findings
    assert [("secrecy.marking", "block")] == [(f.rule, f.severity) for f in found]
    assert "商业秘密" in found[0].message


@pytest.mark.parametrize(
    "text",
    [
        "各单位要加强商密管理，落实核心商密保护责任。",
        "中央企业商业秘密的密级标注统一为“核心商密”、“普通商密”。",
        "商业秘密分为核心商业秘密（核心商密）和普通商业秘密（普通商密）两级。",
        "核心商密5年以上的事项须报保密办备案。",
        "普通商密文件应当存放在保密柜中。",
        "核心商密保密期限一般为10年，普通商密一般为5年。",
        "各方协商密切配合，共同推进项目建设。",
        "平台与核心商密切合作5年，带动就业。",
        "核心商密★5年级",
        "（核心商密）★5年级",
        "《核心商密》★★★★★好评",
        "核心商密（★5年以上）",
        "【核心商密】",
    ],
)
def test_trade_secret_words_in_prose_are_no_mark(text: str) -> None:
    assert [] == list(find_trade_secret_marks(fold(text).text))


def test_a_mark_spans_the_mark_only() -> None:
    folded = fold("某集团 普通商密★2年\n正文").text
    [(start, end)] = find_trade_secret_marks(folded)
    assert "普通商密★2年" == folded[start:end]


@pytest.mark.parametrize(
    "text",
    [
        "核心商密 10年\n普通商密 5年",
        "保密期限\n核心商密 长期\n普通商密 5年",
        "其中核心商密10年",
    ],
)
def test_a_lessons_list_of_levels_and_prose_glued_to_a_level_are_no_mark(text: str) -> None:
    # (as 机密 10年⏎秘密 5年 and 其中机密10年 are none: review 84's F6 and F7)
    assert [] == list(find_trade_secret_marks(fold(text).text))


@pytest.mark.parametrize(
    ("text", "count"),
    [
        ("核心商密 10年\n核心商密 5年", 2),  # (one level twice lists nothing)
        ("核心商密★10年\n普通商密★5年", 2),  # (a star keeps a mark a mark)
        ("本公司核心商密5年", 1),
        ("某集团 普通商密 2年", 1),
    ],
)
def test_levels_on_their_own_lines_stay_marks_unless_listed(text: str, count: int) -> None:
    assert count == len(list(find_trade_secret_marks(fold(text).text)))


@pytest.mark.parametrize(
    ("text", "cells"),
    [
        ("| 密级 | 核心商密 |", ["核心商密"]),
        ("| 标题 | 密级 |\n|---|---|\n| 关于XX的报告 | 普通商密 |", ["普通商密"]),
        ("<table><tr><td>密级</td><td>核心商密</td></tr></table>", ["核心商密"]),
        ("| 标题 | 备注 |\n|---|---|\n| 关于XX的报告 | 核心商密 |", []),
        ("| 等级 | 期限 |\n|---|---|\n| 核心商密 | 10年 |", []),
    ],
)
def test_a_bare_level_in_a_secrecy_cell_is_found(text: str, cells: list[str]) -> None:
    folded = fold(text).text
    assert cells == [folded[start:end] for start, end in find_trade_secret_cells(folded)]


def test_a_bracketed_mark_spans_its_brackets() -> None:
    folded = fold("【核心商密】★5年\n正文").text
    [(start, end)] = find_trade_secret_marks(folded)
    assert "【核心商密】★5年" == folded[start:end]


@pytest.mark.parametrize(
    ("text", "span"),
    [
        # review 92's L8: the level in brackets with a stand-in for its star, 商密 ungraded in them
        ("【核心商密】*5年\n正文", "【核心商密】*5年"),
        ("[普通商密]·长期\n正文", "[普通商密]·长期"),
        ("【商密】★5年\n正文", "【商密】★5年"),
        ("〔商密〕★3年\n正文", "〔商密〕★3年"),
    ],
)
def test_a_bracketed_level_with_a_stand_in_or_ungraded_is_a_mark(text: str, span: str) -> None:
    folded = fold(text).text
    assert [span] == [folded[start:end] for start, end in find_trade_secret_marks(folded)]


@pytest.mark.parametrize(
    "text",
    [
        "加强【商密】管理。",
        "【商密】★标识另行规定。",
        "【核心商密】*5年级学生不涉及。",
        # review 94's F1: ungraded 商密 in brackets after a Chinese character is prose
        "商业秘密可标注为【商密】★5年等形式。",
        "根据【商密】★5年的标注要求，",
    ],
)
def test_a_bracketed_level_without_its_star_and_period_is_no_mark(text: str) -> None:
    assert [] == list(find_trade_secret_marks(fold(text).text))
