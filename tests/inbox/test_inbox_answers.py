"""The answer library: key terms, suggestions by overlap through the compliance automaton."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta

from hypothesis import given
from hypothesis import strategies as st

from govpub.inbox.answers import AnswerLibrary, key_terms
from govpub.interactions import Answer, answer_id

T0 = datetime(2026, 3, 1, tzinfo=UTC)


def answer(question: str, text: str, *, days: int = 0) -> Answer:
    return Answer(answer_id(question, text), question, text, T0 + timedelta(days=days))


LIBRARY = AnswerLibrary(
    [
        answer("请问社保卡补办需要带什么材料？", "携带身份证到社保窗口办理。"),
        answer("居住证办理需要多长时间？", "一般5个工作日。", days=1),
        answer("农村医保缴费截止到哪天？", "截止到12月31日。", days=2),
    ]
)


def test_key_terms_are_bigrams_without_question_phrasing() -> None:
    assert {"社保", "保卡", "卡补", "补办", "办需", "要带", "带什", "材料", "么材"} <= key_terms(
        "请问社保卡补办需要带什么材料？"
    )
    assert "请问" not in key_terms("请问社保卡")
    assert {"app", "12345"} <= key_terms("ＡＰＰ打不开，12345打不通")  # folded like compliance


def test_the_same_question_worded_differently_gets_the_approved_answer() -> None:
    (best, *_) = LIBRARY.suggest("社保卡丢了，补办要带哪些材料")
    assert "携带身份证到社保窗口办理。" == best.answer.answer
    assert {"社保", "补办", "材料"} <= set(best.shared)
    assert [] == LIBRARY.suggest("今天天气怎么样")
    assert [] == AnswerLibrary([]).suggest("社保卡补办")


@given(st.text(max_size=80))
def test_scores_are_between_the_minimum_and_one(text: str) -> None:
    for suggestion in LIBRARY.suggest(text, minimum=0.0, limit=5):
        assert 0.0 <= suggestion.score <= 1.0
        assert set(suggestion.shared) <= key_terms(text)
