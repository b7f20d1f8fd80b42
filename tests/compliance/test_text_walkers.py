"""run_end and run_start: the one clause and sentence walk, against the loops they replaced.

engagement and scam_demands each walked to a clause's or a sentence's end with a loop of
their own; the copies below are those loops as they stood (main 7486375), and the shared
walkers must give what they gave on every text and every bound their callers pass.
"""

from __future__ import annotations

from collections.abc import Container

from hypothesis import given
from hypothesis import strategies as st

from govpub.compliance._text import (
    SENTENCE_END,
    STATEMENT_END,
    run_end,
    run_start,
    sentence_around,
)

_DEMAND_CLAUSE_MARKS = "，,；;：:。！？!?\n"  # scam_demands' own, as it stood

texts = st.text(alphabet=st.sampled_from(list("。！？!?\n；;，,、：:“”转发ab 　")), max_size=40)


def _old_sentence_end(folded: str, start: int, stop: int) -> int:
    stop = min(stop, len(folded))
    for at in range(start, stop):
        if folded[at] in STATEMENT_END:
            return at
    return stop


def _old_clause_end(folded: str, start: int, stop: int) -> int:
    for at in range(start, stop):
        if folded[at] in "，,":
            return at
    return stop


def _old_clause_start(folded: str, end: int, low: int) -> int:
    low = max(0, low)
    for at in range(end - 1, low - 1, -1):
        if folded[at] in STATEMENT_END or folded[at] in "，,":
            return at + 1
    return low


def _old_demand_clause(folded: str, head: int, demand: int) -> int:
    at = demand
    while at > head and folded[at - 1] not in _DEMAND_CLAUSE_MARKS:
        at -= 1
    return at


def _old_clause_rest(folded: str, at: int, demand: int) -> int:
    end = at
    while end < demand and folded[end] not in _DEMAND_CLAUSE_MARKS:
        end += 1
    return end


@given(texts, st.integers(0, 45), st.integers(0, 90))
def test_run_end_is_the_sentence_end(text: str, start: int, reach: int) -> None:
    """engagement's sentence: any start, a stop past it that may pass the text's end."""
    assert _old_sentence_end(text, start, start + reach) == run_end(
        text, start, start + reach, STATEMENT_END
    )


@given(texts, st.data())
def test_run_end_is_the_clause_end(text: str, data: st.DataObject) -> None:
    """engagement's and scam_demands' comma: any start, a stop within the text."""
    stop = data.draw(st.integers(0, len(text)))
    start = data.draw(st.integers(0, len(text) + 3))
    assert _old_clause_end(text, start, stop) == run_end(text, start, stop, "，,")


@given(texts, st.data())
def test_run_end_is_the_rest_of_a_clause(text: str, data: st.DataObject) -> None:
    """scam_demands' walk on from a scam act or a scammer's word: 0 <= at <= demand <= len."""
    demand = data.draw(st.integers(0, len(text)))
    at = data.draw(st.integers(0, demand))
    assert _old_clause_rest(text, at, demand) == run_end(text, at, demand, _DEMAND_CLAUSE_MARKS)


@given(texts, st.data())
def test_run_start_is_the_clause_start(text: str, data: st.DataObject) -> None:
    """engagement's clause, read back a reach that may pass the text's start (the clamp)."""
    end = data.draw(st.integers(0, len(text)))
    low = data.draw(st.integers(end - 60, end))
    assert _old_clause_start(text, end, low) == run_start(text, end, low, STATEMENT_END + "，,")


@given(texts, st.data())
def test_run_start_is_the_demand_clause(text: str, data: st.DataObject) -> None:
    """scam_demands' demand clause: 0 <= head <= demand <= len."""
    demand = data.draw(st.integers(0, len(text)))
    head = data.draw(st.integers(0, demand))
    assert _old_demand_clause(text, head, demand) == run_start(
        text, demand, head, _DEMAND_CLAUSE_MARKS
    )


def test_walkers_on_a_demand() -> None:
    text = "各单位要高度重视，组织干部职工点赞转发；截图上报。"
    act = text.index("点赞")
    assert text[run_start(text, act, 0, STATEMENT_END + "，,") : act] == "组织干部职工"
    assert text[act : run_end(text, act, len(text), STATEMENT_END)] == "点赞转发"


# split67: the other readers' walks as they stood (main 1b64db7) — sales_contexts,
# quoted_speech, sales_cues, opinion_prose, secrecy and _text.sentence_around — each a
# while loop to a mark, read no further than a reach; their marks a str or a frozenset.

_MARKS = (
    SENTENCE_END,
    SENTENCE_END | frozenset("“「『"),  # quoted_speech: a sentence's end or a quotation's opening
    "，,；;：:。！？!?\n",  # sales_cues' clause, opinion_prose's (as a frozenset) too
    "。！？!?；;，,：:\n【[（(",  # secrecy's clause
)
marks = st.sampled_from(_MARKS + tuple(frozenset(m) for m in _MARKS))
wide_texts = st.text(
    alphabet=st.sampled_from(list("。！？!?\n；;，,、：:“”「『【（转发ab 　")), max_size=60
)


def _old_walk_on(text: str, start: int, reach: int, marks: Container[str]) -> int:
    stop = min(len(text), start + reach)
    tail = start
    while tail < stop and text[tail] not in marks:
        tail += 1
    return tail


def _old_walk_back(text: str, start: int, reach: int, marks: Container[str]) -> int:
    head = start
    while head > max(0, start - reach) and text[head - 1] not in marks:
        head -= 1
    return head


def _old_subject_clause(folded: str, start: int, reach: int, marks: Container[str]) -> int:
    lo = max(0, start - reach)
    for at in range(start - 1, lo - 1, -1):
        if folded[at] in marks:
            lo = at + 1
            break
    return lo


def _old_sentence_around(text: str, start: int, end: int, reach: int) -> tuple[int, int]:
    head, tail = start, end
    while head > max(0, start - reach) and text[head - 1] not in SENTENCE_END:
        head -= 1
    while tail < min(len(text), end + reach) and text[tail] not in SENTENCE_END:
        tail += 1
    return head, tail


@given(wide_texts, marks, st.data())
def test_run_end_is_a_walk_on(text: str, marks: Container[str], data: st.DataObject) -> None:
    """_sentence_end, _sentence_after (no heading), reported_speech's speaker after a
    quotation, _legal_condition: a start within the text, any reach."""
    start = data.draw(st.integers(0, len(text)))
    reach = data.draw(st.integers(0, 90))
    assert _old_walk_on(text, start, reach, marks) == run_end(text, start, start + reach, marks)


@given(wide_texts, marks, st.data())
def test_run_start_is_a_walk_back(text: str, marks: Container[str], data: st.DataObject) -> None:
    """warned_against's and reported_speech's head, sales_cues' and opinion_prose's clause,
    used_by_a_thing's subject clause: an end within the text, a reach past its start."""
    start = data.draw(st.integers(0, len(text)))
    reach = data.draw(st.integers(0, 90))
    new = run_start(text, start, start - reach, marks)
    assert _old_walk_back(text, start, reach, marks) == new
    assert _old_subject_clause(text, start, reach, marks) == new


@given(wide_texts, st.data())
def test_run_start_from_a_quotation(text: str, data: st.DataObject) -> None:
    """reported_speech: back from the opening mark, no further than a reach from the term."""
    start = data.draw(st.integers(0, len(text)))
    opened = data.draw(st.integers(max(0, start - 80), start))
    low = max(0, start - 80)
    head = opened
    while head > low and text[head - 1] not in SENTENCE_END:
        head -= 1
    assert head == run_start(text, opened, start - 80, SENTENCE_END)


@given(wide_texts, st.data())
def test_sentence_around_is_the_walk(text: str, data: st.DataObject) -> None:
    end = data.draw(st.integers(0, len(text)))
    start = data.draw(st.integers(0, end))
    reach = data.draw(st.integers(0, 90))
    assert _old_sentence_around(text, start, end, reach) == sentence_around(text, start, end, reach)


@given(wide_texts, st.data())
def test_sentence_after_a_text_s_end(text: str, data: st.DataObject) -> None:
    """_sentence_after(text, tail + 1) with ``tail == len(text)``: the old walk gave
    ``len + 1``, run_end gives ``len``; its callers slice ``text[tail:]`` with it, the same."""
    tail = data.draw(st.integers(0, len(text) + 1))
    old = _old_walk_on(text, tail, 80, SENTENCE_END)
    new = run_end(text, tail, tail + 80, SENTENCE_END)
    assert text[tail:old] == text[tail:new]
    assert old == new or (tail > len(text) and new == len(text))
