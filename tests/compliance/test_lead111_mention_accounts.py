"""Red team 111's M1 after review 97: an @mention's account name that ends in a verb of handling
(``@北京发布 内部资料``) is no verb taking the marker as its object
(:func:`govpub.compliance.handled_materials.after_handling`,
:mod:`govpub.compliance.mention_accounts`); prose after a mention stays prose."""

from __future__ import annotations

import pytest

from govpub import Post, check
from govpub.compliance.folding import fold
from govpub.compliance.mention_accounts import in_an_account_name


def _rules(body: str) -> set[str]:
    return {f.rule for f in check(Post(title="通知", body=body)).findings}


@pytest.mark.parametrize(
    "body",
    [
        "@北京发布 内部资料",
        "#话题#@某市发布 内 部 资 料  欢迎扩散。",
        "@北京转发 內部資料",
        "@江苏教育发布 内部参考",
    ],
)
def test_an_account_named_for_its_releases_before_a_marker_blocks(body: str) -> None:
    assert _rules(body) == {"secrecy.internal"}


@pytest.mark.parametrize(
    "body",
    [
        "@各单位 严禁擅自发布内部资料",
        "@各单位 严禁擅自发布 内部资料。",
        "关于@某某发布内部资料一事的通报",
        "tougao@163发布 内部资料",
        "在个人微信朋友圈发布内部资料",
    ],
)
def test_prose_after_a_mention_or_an_email_stays_prose(body: str) -> None:
    assert _rules(body) == set()


def test_the_name_must_be_written_whole_up_to_the_verb() -> None:
    folded = fold("@各单位 严禁擅自发布 内部资料")
    start = folded.text.index("内部资料")
    assert not in_an_account_name(folded.text, start, folded.removals)
    folded = fold("@某市发布 内部资料")
    start = folded.text.index("内部资料")
    assert in_an_account_name(folded.text, start, folded.removals)
