"""商业秘密 levels (国资发〔2010〕41号 第十三条): a 核心商密/普通商密 mark blocks; the words in
prose do not."""

from __future__ import annotations

import pytest

from govpub import Post, check
from govpub.compliance.folding import fold
from govpub.compliance.trade_secrets import find_trade_secret_marks

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
    ],
)
def test_trade_secret_words_in_prose_are_no_mark(text: str) -> None:
    assert [] == list(find_trade_secret_marks(fold(text).text))


def test_a_mark_spans_the_mark_only() -> None:
    folded = fold("某集团 普通商密★2年\n正文").text
    [(start, end)] = find_trade_secret_marks(folded)
    assert "普通商密★2年" == folded[start:end]
