"""bidi_styles: a <style> element's simple rules that set a direction or a bidi override, and
overrides that only a hidden element holds (review 62's L5 and F4, fix98c)."""

from __future__ import annotations

import pytest
from check_timing import grows_linearly

from govpub import Policy, Post, check
from govpub.compliance.bidi import overridden_runs
from govpub.compliance.bidi_styles import declarations, style_rules

RULE = "direction:rtl;unicode-bidi:bidi-override"


def _rules(sheet: str) -> dict[str, str]:
    rules = style_rules(f"<style>{sheet}</style>")
    assert rules is not None
    return rules.values("span", "x y", "a")


def test_declarations_drop_comments_and_important() -> None:
    assert {"direction": "rtl", "unicode-bidi": "bidi-override"} == declarations(
        "Direction:/**/RTL !important; unicode-bidi: bidi-override"
    )


@pytest.mark.parametrize(
    "sheet",
    [
        f".x{{{RULE}}}",
        f"span{{{RULE}}}",
        f"#a{{{RULE}}}",
        f"span.x.y{{{RULE}}}",
        f"*{{{RULE}}}",
        f"p, .x{{{RULE}}}",
        f"div > .x{{{RULE}}}",
        f"@media screen{{.x{{{RULE}}}}}",
        f"<!-- .x{{{RULE}}} -->",
    ],
)
def test_a_simple_selector_matches(sheet: str) -> None:
    assert {"direction": "rtl", "unicode-bidi": "bidi-override"} == _rules(sheet)


@pytest.mark.parametrize(
    "sheet",
    [f".z{{{RULE}}}", f"p{{{RULE}}}", f"#b{{{RULE}}}", f"span.z{{{RULE}}}", f"span#a.z{{{RULE}}}"],
)
def test_a_selector_the_element_does_not_meet_matches_nothing(sheet: str) -> None:
    assert {} == _rules(sheet)


@pytest.mark.parametrize(
    "text",
    [
        f"<style>/* .x{{{RULE}}} */</style>",
        f"<style>.x:hover{{{RULE}}}</style>",
        f"<style>[class]{{{RULE}}}</style>",
        "<style>.x{color:red}</style>",
        f"<!-- <style>.x{{{RULE}}}</style> -->",
        f"`<style>.x{{{RULE}}}</style>`",
        f'<a title="<style>.x{{{RULE}}}</style>">',
        "no style here",
    ],
)
def test_no_rule_is_read(text: str) -> None:
    assert style_rules(text) is None


def test_specificity_orders_the_rules_and_the_inline_style_wins() -> None:
    rules = style_rules("<style>#a{direction:rtl} .x.y{direction:ltr} span{direction:ltr}</style>")
    assert rules is not None
    assert {"direction": "rtl"} == rules.values("span", "x y", "a")
    assert {"direction": "ltr"} == rules.values("span", "x y", "")
    text = f'<style>.x{{{RULE}}}</style><span class=x style="direction:ltr">87654321831</span>'
    assert [] == list(overridden_runs(text))


def test_a_class_rule_reverses_the_element() -> None:
    text = f"<style>.x{{{RULE}}}</style><span class=x>87654321831</span>"
    assert ["13812345678"] == [run.shown for run in overridden_runs(text)]
    result = check(Post(title="通知", body=text), Policy.default())
    assert ["personal.mobile"] == [f.rule for f in result.findings]


@pytest.mark.parametrize(
    "text",
    [
        "<bdo dir=rtl hidden>87654321831</bdo>",
        "<div hidden><bdo dir=rtl>87654321831</bdo></div>",
        '<span style="display:none"><bdo dir=rtl>87654321831</bdo></span>',
        "<span hidden>&#x202E;87654321831</span>",
        f"<style>.x{{{RULE}}}</style><span class=x hidden>87654321831</span>",
    ],
)
def test_a_reversal_only_in_a_hidden_element_shows_nothing(text: str) -> None:
    assert [] == list(overridden_runs(text))
    assert () == check(Post(title="通知", body=text), Policy.default()).findings


@pytest.mark.parametrize(
    "text",
    [
        "<span hidden>13812345678</span>",  # the hidden data itself
        "<span hidden>\u202e87654321831</span>",  # an editor lays out U+202E too
        "<div hidden></div><bdo dir=rtl>87654321831</bdo>",
        "<bdo dir=rtl>8765<span hidden>9</span>4321831</bdo>",
    ],
)
def test_hidden_data_and_shown_reversals_still_block(text: str) -> None:
    result = check(Post(title="通知", body=text), Policy.default())
    assert ["personal.mobile"] == [f.rule for f in result.findings]


def test_rules_and_their_elements_are_read_in_linear_time() -> None:
    rules = "".join(f".c{i}, span.d{i} .e{i}{{{RULE}}}" for i in range(100))
    unit = '<span class="c1 c2 c3 d4 e5">ab</span>'
    assert grows_linearly(
        f"<style>{rules}</style>" + unit * 200,
        f"<style>{rules}</style>" + unit * 2000,
        within=1.5,
    )
    unit = f"<style>.x{{{RULE}}}</style><b class=x>1</b>"
    assert grows_linearly(unit * 150, unit * 1500, within=1.5)
    unit = "<div hidden><bdo dir=rtl>12</bdo></div>"
    assert grows_linearly(unit * 200, unit * 2000, within=1.5)


DECOYS = "".join(f".a{i}{{direction:ltr}}" for i in range(64))


@pytest.mark.parametrize(
    "sheet",
    [
        DECOYS + f".x{{{RULE}}}",  # review 65's L6
        "".join(f".a{i}{{unicode-bidi:normal}}" for i in range(70)) + f".x{{{RULE}}}",
        ".x{direction:ltr}" * 80 + f".x{{{RULE}}}",  # one selector's rules merge
        "".join(f".x.y{i}{{direction:ltr}}" for i in range(70)) + f".x{{{RULE}}}",  # past the cap
    ],
)
def test_decoy_rules_before_the_real_one_hide_nothing(sheet: str) -> None:
    text = f"<style>{sheet}</style><span class=x>87654321831</span>"
    assert ["13812345678"] == [run.shown for run in overridden_runs(text)]


def test_a_selectors_later_value_wins_and_an_unmatched_class_reverses_nothing() -> None:
    assert [] == list(
        overridden_runs(f"<style>.x{{{RULE}}}.x{{direction:ltr}}</style><b class=x>1</b>")
    )
    assert [] == list(overridden_runs(f"<style>{DECOYS}.y{{{RULE}}}</style><b class=x>12</b>"))


def test_the_pages_html_direction_is_inherited() -> None:
    text = '<style>html{direction:rtl}</style><span style="unicode-bidi:bidi-override">4321</span>'
    assert ["1234"] == [run.shown for run in overridden_runs(text)]
    assert [] == list(overridden_runs("<style>body{direction:rtl}</style><span>4321</span>"))


def test_many_selectors_of_one_class_are_read_in_linear_time() -> None:
    rules = "".join(f".a.b{i}{{{RULE}}}" for i in range(100))
    unit = '<span class="a b1">ab</span>'
    assert grows_linearly(
        f"<style>{rules}</style>" + unit * 200,
        f"<style>{rules}</style>" + unit * 2000,
        within=1.5,
    )
    unit = f"<style>.a.b{{{RULE}}}</style><b class=a>1</b>"
    assert grows_linearly(unit * 150, unit * 1500, within=1.5)


@pytest.mark.parametrize(
    "text",
    [
        f"<style>*{{{RULE}}}</style>87654321831",  # review 65's L11
        f"<style>body{{{RULE}}}</style>87654321831",
        f"<style>html{{{RULE}}}</style>87654321831",  # (html's override read as the body's)
        f"<style>html,body{{{RULE}}}</style>87654321831",
        "<style>html{direction:rtl}body{unicode-bidi:bidi-override}</style>87654321831",
        f"87654321831<style>body{{{RULE}}}</style>",  # (the sheet applies to the whole page)
        f"<style>body{{{RULE}}}</style>8765<b>4321</b><span hidden>9</span>831",
        f"<style media=print>body{{{RULE}}}</style>87654321831",  # (as decided: review 65's F2)
        f"<style>body{{{RULE}}}@media print{{body{{direction:ltr}}}}</style>87654321831",
        f"<style>*{{{RULE}}}</style><p>87654321831</p>",
    ],
)
def test_the_pages_body_reverses_the_bare_text(text: str) -> None:
    result = check(Post(title="通知", body=text), Policy.default())
    assert ["personal.mobile"] == [f.rule for f in result.findings]


@pytest.mark.parametrize(
    "text",
    [
        f"<style>/* body{{{RULE}}} */</style>87654321831",
        f"<!-- <style>body{{{RULE}}}</style> -->87654321831",
        "<style>body{direction:ltr;unicode-bidi:bidi-override}</style>87654321831",
        "<style>body{direction:rtl;unicode-bidi:normal}</style>87654321831",
        "<style>body{direction:rtl}</style>87654321831",  # (digits keep their order)
        f"<style>p{{{RULE}}}</style>87654321831",  # (bare text is in no <p>)
        f"<style>body{{{RULE}}}body{{direction:ltr}}</style>87654321831",
        f"<style>*{{{RULE}}}body{{direction:ltr}}</style>87654321831",  # (an ltr override)
        f"<style>html{{{RULE}}}body{{unicode-bidi:normal}}</style>87654321831",
        f"```\n<style>body{{{RULE}}}</style>\n```\n87654321831",  # (a sheet in code)
    ],
)
def test_a_body_the_sheet_does_not_reverse_shows_the_text_as_stored(text: str) -> None:
    assert () == check(Post(title="通知", body=text), Policy.default()).findings


def test_the_reversed_body_is_one_run_from_its_first_shown_character() -> None:
    sheet = f"<style>body{{{RULE}}}</style><!-- a --> "
    runs = list(overridden_runs(f"{sheet}8765<bdo dir=rtl>12</bdo>\u202e34"))
    # (the controls inside left in, as in any run: the fold drops them)
    assert [(len(sheet), "43\u202e215678")] == [(run.start, run.shown) for run in runs]
    assert [] == list(overridden_runs(f"{sheet}\n"))  # (nothing shown: no run)


def test_the_reversed_body_is_read_in_linear_time() -> None:
    sheet = f"<style>*{{{RULE}}}</style>"
    unit = "<p>8765</p>\n43<b>21</b>"
    assert grows_linearly(sheet + unit * 400, sheet + unit * 4000, within=1.5)
    unit = f"<style>body{{{RULE}}}</style>"
    assert grows_linearly(unit * 130, unit * 1300, within=1.5)
