"""The one pass for terms and anchors finds what the separate searches find."""

from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from govpub import Policy
from govpub.compliance.anchors import find_anchors
from govpub.compliance.disclosure import ANCHOR_LITERALS, _anchors, find_disclosure_notes
from govpub.compliance.marking_notes import key_positions
from govpub.compliance.share_codes import share_code_rules
from govpub.compliance.spelled_links import _candidates, anchor_literals
from govpub.compliance.wording import Engine, Term, TermMatcher

# terms that start where the anchors start (公开…, 点…, a space, a bracket) and that are
# anchors themselves, so that a term's alternative hides an anchor at the same place
# (and where the internal-use phrases' keys start: 参阅, 外传, 内部交流…)
_TERMS = [
    "公开发布", "公开", "点赞", "点", "网站", " t", "（内部）", "[密]", "我认为", "t", "€元",
    "参", "外传资料", "内部", "扩散",
]  # fmt: skip
_ALPHABET = (
    "公开上网站点赞·[(（【]） \n\tdot.。tcn0我认为内部密发布不予依申请此件：属性主动对外否:|至行€₤元"
    "参阅考外传扩散交流收回即焚勿得严禁领导可"
)


def _separate(text: str, matcher: TermMatcher) -> tuple[object, ...]:
    return (
        sorted(matcher.find(text), key=lambda hit: hit[0]),
        list(find_disclosure_notes(text)),
        _candidates(text),
        key_positions(text),
    )


def _one_pass(text: str, matcher: TermMatcher) -> tuple[object, ...]:
    found = find_anchors(text, matcher)
    # the notes' anchors are the detector's own, less the 公开, 发布 and 公布 no note can start
    assert set(found.notes) <= set(_anchors(text))
    assert all(
        text.startswith(("公开", "发布", "公布", "对外", "发行"), at)
        for at in set(_anchors(text)) - set(found.notes)
    )
    # the share codes' signs: every one of them, where it stands (the regex pass leaves them)
    signs = [i for i, c in enumerate(text) if c in share_code_rules().alone_signs]
    assert found.signs in (signs, None)
    assert (found.signs is None) is (matcher.literals() is None)
    terms = found.terms if found.terms is not None else list(matcher.find(text))
    notes = list(find_disclosure_notes(text, anchors=found.notes))
    return terms, notes, found.spelled, found.marks


@pytest.mark.parametrize("engine", ["hyperscan", "regex"])
@settings(max_examples=500, deadline=None)
@given(st.text(alphabet=_ALPHABET, max_size=40), st.sets(st.sampled_from(_TERMS)))
def test_one_pass_finds_what_the_separate_searches_find(
    engine: Engine, text: str, terms: set[str]
) -> None:
    # with Hyperscan, one pass of literals; without, one expression (the terms' and the anchors')
    matcher = TermMatcher((Term("terms.x", "warn", t) for t in sorted(terms)), engine=engine)
    assert _separate(text, matcher) == _one_pass(text, matcher)


@settings(max_examples=200, deadline=None)
@given(st.text(alphabet=_ALPHABET, max_size=40))
def test_the_shipped_terms_in_one_pass(text: str) -> None:
    matcher = Policy.default().terms
    assert _separate(text, matcher) == _one_pass(text, matcher)


def test_a_long_list_leaves_the_terms_to_its_automaton() -> None:
    matcher = TermMatcher(
        (Term("terms.x", "warn", f"词{i}") for i in range(300)), engine="automaton"
    )
    text = "（此件不公开） t . cn 词12"
    found = find_anchors(text, matcher)
    assert found.terms is None
    assert (found.notes, found.spelled) == (_anchors(text), _candidates(text)) != ([], [])
    assert list(find_disclosure_notes(text, anchors=found.notes)) == [(0, 7, "not_public")]


def _every_literal() -> list[str]:
    return [word for word, _ in ANCHOR_LITERALS] + [lit for lit, _, _ in anchor_literals()]


@pytest.mark.parametrize("literal", _every_literal())
def test_each_literal_of_the_fast_pass_finds_what_its_expression_finds(literal: str) -> None:
    # the literals spell out the expressions' conditions: text around each, both engines agree
    matcher = TermMatcher([Term("terms.x", "warn", "我认为")], engine="hyperscan")
    for text in (literal, f"t{literal}cn/x", f"此件{literal}。", f"a {literal} b"):
        assert _separate(text, matcher) == _one_pass(text, matcher), text


@pytest.mark.parametrize(
    "text",
    [
        "t dot cn",
        "t\tdot cn",
        "t\ndot cn",
        "t   .cn",
        "t \t\n。cn",
        "t    .cn",
        "t[.]cn",
        "t【d",
        "T点cn",
    ],
)
def test_the_fast_pass_finds_each_condition(text: str) -> None:
    matcher = TermMatcher([Term("terms.x", "warn", "我认为")], engine="hyperscan")
    assert _separate(text, matcher) == _one_pass(text, matcher)
