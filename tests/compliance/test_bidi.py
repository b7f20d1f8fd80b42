"""overridden_runs: what a right-to-left override (U+202E) shows, and where its run ends."""

from __future__ import annotations

from hypothesis import given
from hypothesis import strategies as st

from govpub.compliance.bidi import RLO, overridden_runs
from govpub.compliance.folding import fold

PDF, LRE = "\u202c", "\u202a"


def test_a_run_ends_at_its_pop() -> None:
    text = f"详见{RLO}x/nc.t{PDF}领取"
    assert list(overridden_runs(text)) == [(2, 10, "t.cn/x")]


def test_a_run_without_pop_ends_at_the_paragraph() -> None:
    text = f"详见{RLO}x/nc.t\n下一段{RLO}ba"
    assert list(overridden_runs(text)) == [(2, 9, "t.cn/x"), (13, 16, "ab")]


def test_nested_embeddings_are_one_run() -> None:
    text = f"{RLO}a{LRE}b{PDF}c{PDF}d"
    assert list(overridden_runs(text)) == [(0, 7, f"c{PDF}b{LRE}a")]


def test_no_override_no_run() -> None:
    assert list(overridden_runs("详见https://www.gov.cn")) == []


@given(st.text(alphabet=st.sampled_from(f"ab.\n{RLO}{PDF}{LRE}"), max_size=40))
def test_runs_start_at_overrides_and_do_not_overlap(text: str) -> None:
    end = 0
    for start, stop, shown in overridden_runs(text):
        assert text[start] == RLO
        assert start >= end
        assert stop <= len(text)
        assert "\n" not in shown
        assert set(shown) <= set(text[start + 1 : stop])
        end = stop
    assert (RLO in text) == (end > 0)


def test_the_fold_removes_every_override() -> None:
    # check() looks for overridden runs only where the fold removed something
    assert not fold(f"详见{RLO}x/nc.t").identity
