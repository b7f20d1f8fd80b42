"""Mend 99b (review 66's L2 and L4): a style is read by the declarations that take effect.

One reader of a declaration list (:mod:`govpub.compliance.folding.declarations`) serves the
hidden elements (``_hides``), the kept ``white-space`` of the fold and the ``<style>`` rules:
the last declaration of a property wins (an ``!important`` one over a later plain one), and
only a property at a declaration's start counts.  And L9: a value CSS drops (``direction:foo``)
overrides nothing, nor does a print-only rule undo the screen's reversal.
"""

from __future__ import annotations

import pytest
from check_timing import grows_linearly, repeated

from govpub import Policy, Post, check
from govpub.compliance.bidi_styles import _VALID as _BIDI_VALUES
from govpub.compliance.folding.attributes import blank_layout
from govpub.compliance.folding.declarations import declarations
from govpub.compliance.folding.hidden_elements import unshown_elements
from govpub.compliance.personal.reading import _in_html_flow

_REVERSED = "<bdo dir=rtl>87654321831</bdo>"


def _rules(body: str) -> set[str]:
    result = check(Post(title="关于做好有关工作的通知", body=body), Policy.default())
    return {finding.rule for finding in result.findings}


@pytest.mark.parametrize(
    ("style", "expected"),
    [
        ("display:none;display:inline", {"display": "inline"}),
        ("display:none!important;display:inline", {"display": "none"}),
        ("display:inline ! IMPORTANT;display:none !important", {"display": "none"}),
        ("content:'display:none'", {"content": "'display:none'"}),
        ("--x:display:none", {"--x": "display:none"}),
        ("background:url(a;display:none)", {"background": "url(a;display:none)"}),
        ('font-family:"a;white-space:pre"', {"font-family": '"a;white-space:pre"'}),
        ("DIRECTION:/**/RTL", {"direction": "rtl"}),
        ("; ;display", {}),
        ("'a;display:none", {}),
    ],
)
def test_declarations_take_effect(style: str, expected: dict[str, str]) -> None:
    assert declarations(style) == expected


@pytest.mark.parametrize(
    ("style", "hidden"),
    [
        ("display:none", True),
        ("display:inline;display:none", True),
        ("display:none!important;display:inline", True),
        ("opacity:0", True),
        ("font-size:0px", True),
        ("width:0;overflow:hidden;display:inline-block", True),
        ("display:none;display:inline", False),
        ("opacity:0;opacity:1", False),
        ("font-size:0;font-size:16px", False),
        ("content:'display:none'", False),
        ("--x:display:none", False),
        ("background:url(display:none)", False),
        ("width:0", False),
    ],
)
def test_unshown_elements_read_the_declaration_that_takes_effect(style: str, hidden: bool) -> None:
    text = f'<span style="{style}">x</span>'
    assert bool(unshown_elements(text)) is hidden


@pytest.mark.parametrize(
    "body",
    [
        f'<span style="display:none;display:inline">{_REVERSED}</span>',
        f'<span style="opacity:0;opacity:1">{_REVERSED}</span>',
        f'<span style="font-size:0;font-size:16px">{_REVERSED}</span>',
        f"<span style=\"content:'display:none'\">{_REVERSED}</span>",
    ],
)
def test_a_reversal_shown_blocks(body: str) -> None:
    assert _rules(body) == {"personal.mobile"}


def test_a_reversal_hidden_stays_clean() -> None:
    assert _rules(f'<span style="display:none">{_REVERSED}</span>') == set()


@pytest.mark.parametrize(
    ("html", "kept"),
    [
        ('<p style="white-space:pre-wrap;white-space:normal">', "white-space:normal"),
        ('<p style="white-space:normal;white-space:pre-wrap">', "white-space:pre-wrap"),
        ('<p style="white-space:pre !important;white-space:normal">', "white-space:pre"),
        ("<p style=\"font-family:'white-space:pre'\">", None),
        ('<p style="--a:white-space:pre">', None),
        ('<p style="white-space:pretty">', None),
    ],
)
def test_the_fold_keeps_the_white_space_that_takes_effect(html: str, kept: str | None) -> None:
    blanked = blank_layout(html)
    assert len(blanked) == len(html)
    assert blanked.split() == ["<p", *([kept] if kept else []), ">"]


@pytest.mark.parametrize(
    ("folded", "expected"),
    [
        ("<p white-space:normal>1308\n7610800</p>", True),
        ("<div white-space:pre><p white-space:normal>1308\n7610800</p></div>", True),
        ("<div white-space:normal><p white-space:pre>1308\n7610800</p></div>", False),
        ("<pre white-space:normal>1308\n7610800</pre>", True),
        ("<p white-space:pre>1308\n7610800</p>", False),
    ],
)
def test_the_innermost_white_space_decides(folded: str, expected: bool) -> None:
    start = folded.index("1308")
    assert _in_html_flow(folded, start, start + 12) is expected


@pytest.mark.parametrize(
    ("body", "rules"),
    [
        (
            '<p style="white-space:pre-wrap;white-space:normal">1308\n7610800</p>',
            {"personal.mobile"},
        ),
        (
            '<div style="white-space:pre"><p style="white-space:normal">1308\n7610800</p></div>',
            {"personal.mobile"},
        ),
        ("<p style=\"font-family:'white-space:pre'\">1308\n7610800</p>", {"personal.mobile"}),
        ('<p style="white-space:pre">1308\n7610800</p>', set()),
    ],
)
def test_a_wrapped_mobile_shown_on_one_line_blocks(body: str, rules: set[str]) -> None:
    assert _rules(body) == rules


@pytest.mark.parametrize(
    "unit",
    [
        "<span style=\"display:none;display:inline;content:'a;b'\">x</span>",
        '<p style="white-space:pre;white-space:normal;--a:(;">1308\n7610800</p>',
        "<p style=\"a:'",
        '<p style="a:(',
    ],
)
def test_the_declarations_are_read_in_linear_time(unit: str) -> None:
    assert grows_linearly(repeated(unit, 8_000), repeated(unit, 80_000), within=0.05)


@pytest.mark.parametrize(
    ("style", "expected"),
    [
        ("direction:rtl;direction:foo", {"direction": "rtl"}),
        ("direction:rtl;direction:ltr x", {"direction": "rtl"}),
        ("direction:rtl;direction:ltr", {"direction": "ltr"}),
        ("unicode-bidi:bidi-override;unicode-bidi:sideways", {"unicode-bidi": "bidi-override"}),
        ("direction:rtl !important;direction:inherit", {"direction": "rtl"}),
    ],
)
def test_an_invalid_value_is_dropped(style: str, expected: dict[str, str]) -> None:
    assert declarations(style, _BIDI_VALUES) == expected


_OVERRIDE = ".a{direction:rtl;unicode-bidi:bidi-override}"


@pytest.mark.parametrize(
    ("sheet", "rules"),
    [
        (f"{_OVERRIDE}@media print{{.a{{direction:ltr}}}}", {"personal.mobile"}),
        (f"{_OVERRIDE}@media only print, speech{{.a{{direction:ltr}}}}", {"personal.mobile"}),
        (f"{_OVERRIDE}@media not screen{{.a{{direction:ltr}}}}", {"personal.mobile"}),
        (f"{_OVERRIDE}.a{{direction:foo}}", {"personal.mobile"}),
        (f"{_OVERRIDE}.a{{direction:ltr x}}", {"personal.mobile"}),
        (f"@media print{{{_OVERRIDE}}}", {"personal.mobile"}),
        (f"{_OVERRIDE}@media screen{{.a{{direction:ltr}}}}", set()),
        (f"{_OVERRIDE}@media print, screen{{.a{{direction:ltr}}}}", set()),
        (f"{_OVERRIDE}.a{{direction:ltr}}", set()),
    ],
)
def test_a_print_rule_undoes_no_screen_reversal(sheet: str, rules: set[str]) -> None:
    assert _rules(f"<style>{sheet}</style><span class=a>87654321831</span>") == rules
