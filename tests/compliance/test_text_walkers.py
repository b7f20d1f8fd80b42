"""run_end and run_start: the one clause and sentence walk, against the loops they replaced.

engagement and scam_demands each walked to a clause's or a sentence's end with a loop of
their own; the copies below are those loops as they stood (main 7486375), and the shared
walkers must give what they gave on every text and every bound their callers pass.
"""

from __future__ import annotations

from hypothesis import given
from hypothesis import strategies as st

from govpub.compliance._text import STATEMENT_END, run_end, run_start

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
