"""overridden_runs: what a right-to-left override (U+202E) shows, and where its run ends."""

from __future__ import annotations

import re
from pathlib import Path

from check_timing import grows_linearly
from hypothesis import given
from hypothesis import strategies as st

from govpub import Policy, Post, check
from govpub.compliance.bidi import RLO, _uncommented, overridden_runs
from govpub.compliance.folding import fold

PDF, LRE = "\u202c", "\u202a"


def test_a_run_ends_at_its_pop() -> None:
    text = f"详见{RLO}x/nc.t{PDF}领取"
    assert [run[:3] for run in overridden_runs(text)] == [(2, 10, "t.cn/x")]


def test_a_run_without_pop_ends_at_the_paragraph() -> None:
    text = f"详见{RLO}x/nc.t\n下一段{RLO}ba"
    assert [run[:3] for run in overridden_runs(text)] == [(2, 9, "t.cn/x"), (13, 16, "ab")]


def test_nested_embeddings_are_one_run() -> None:
    text = f"{RLO}a{LRE}b{PDF}c{PDF}d"
    assert [run[:3] for run in overridden_runs(text)] == [(0, 7, f"c{PDF}b{LRE}a")]


def test_brackets_of_a_run_are_shown_mirrored() -> None:
    """UAX #9 rule L4: a bracket at a right-to-left level shows its mirror (red team 56)."""
    assert [shown for _, _, shown, _ in overridden_runs(f"{RLO}（开公予不件此）{PDF}")] == [
        "（此件不予公开）"
    ]
    assert [shown for _, _, shown, _ in overridden_runs(f"{RLO}[x/nc.t]")] == ["[t.cn/x]"]


def test_a_note_in_brackets_shown_by_an_override_blocks() -> None:
    """The page shows ``（此件不予公开）`` for the first and ``）此件不公开（`` for the second: a
    reader reads a note in either; the worse reading wins, one finding, not one a reading."""
    for body in (f"{RLO}（开公予不件此）{PDF}", f"{RLO}）开公不件此（{PDF}"):
        rules = [f.rule for f in check(Post(title="通知", body=body)).findings]
        assert rules == ["disclosure.not_public"], body


def test_no_override_no_run() -> None:
    assert [run[:3] for run in overridden_runs("详见https://www.gov.cn")] == []


@given(st.text(alphabet=st.sampled_from(f"ab.\n{RLO}{PDF}{LRE}"), max_size=40))
def test_runs_start_at_overrides_and_do_not_overlap(text: str) -> None:
    end = 0
    for start, stop, shown, _ in overridden_runs(text):
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


def test_personal_data_shown_by_an_override_blocks_even_where_masking_is_on(tmp_path: Path) -> None:
    # a mask laid on characters stored backwards is not one the page shows: nothing is masked
    body = f"联系电话{RLO}87654321831{PDF}，身份证{RLO}X20013219491501011{PDF}"
    masking = Policy.from_mapping({"personal_data": "mask"}, base_dir=tmp_path)
    result = check(Post(title="通知", body=body), masking)
    personal = [f for f in result.findings if f.rule.startswith("personal.")]
    assert [(f.rule, f.severity) for f in personal] == [
        ("personal.mobile", "block"),
        ("personal.id_number", "block"),
    ]
    assert [f.offset for f in personal] == [body.index(RLO), body.rindex(RLO)]
    assert all("U+202E" in f.message and "请删除这段文字" in f.message for f in personal)
    assert "13812345678" not in repr(result.findings)  # shown masked, as any finding
    assert result.post.body == body


def test_a_marking_shown_by_an_override_blocks_once() -> None:
    result = check(Post(title="通知", body=f"{RLO}年1★密机{PDF}\n\n正文"))
    assert [(f.rule, f.excerpt) for f in result.findings] == [("secrecy.marking", "机密★1年")]


def test_deeply_nested_overrides_are_read_once() -> None:
    # each level of nesting was a check of its own: thousands of U+202E were quadratic, then
    # a RecursionError; the run is read once, its controls dropped as the fold drops them
    body = RLO * 5000 + "87654321831"
    assert grows_linearly(RLO * 500 + "87654321831", body, within=1.5)
    findings = check(Post(title="通知", body=body)).findings
    assert [f.rule for f in findings] == ["personal.mobile"]
    assert check(Post(title="通知", body=(RLO + "ab") * 5000)).findings == ()


def test_an_html_comment_in_a_run_is_not_shown() -> None:
    # the page drops a comment before it lays the run out: ``\u202e）开<!-- -->公不件此（`` shows
    # the note, not the comment's characters reversed into it (red team 74); brackets mirrored
    assert [shown for _, _, shown, _ in overridden_runs(f"{RLO}）开<!-- -->公不件此（{PDF}")] == [
        "）此件不公开（"
    ]
    findings = check(Post(title="通知", body=f"{RLO}料资<!---->部内{PDF}")).findings
    assert [f.rule for f in findings] == ["secrecy.internal"]


def test_a_share_code_shown_by_an_override_blocks() -> None:
    # a 淘口令 is no address for the reversed-link reader, so the text rules' reading keeps it
    body = f"领取方式：{RLO}宝淘机手开打息信条这制复￥qs6Gi5UPaEr￥{PDF}"
    assert [f.rule for f in check(Post(title="通知", body=body)).findings] == ["ad.share_code"]


@given(st.lists(st.sampled_from(["<!--", "-->", "<!-->", "-", ">", "a", "机密"]), max_size=12))
def test_comments_are_dropped_as_the_expression_drops_them(pieces: list[str]) -> None:
    # the find loop (linear, review 33) against the expression it replaced
    content = "".join(pieces)
    assert _uncommented(content) == re.sub("<!--.*?-->", "", content, flags=re.DOTALL)
