"""A hidden element found as a browser finds it (fix104a, review 73's L3–L8): its end by
counting the elements of its own name inside it, content of any length, clip and clip-path
to nothing, the simple rules of a ``<style>`` in the field, character references in a style,
a ``<template>``'s content."""

from __future__ import annotations

import pytest

from govpub import Post, check
from govpub.compliance.folding.hidden_elements import (
    declared_at,
    drop_hidden,
    hiding_sheet,
    may_hide,
    shown_again_by,
    unshown_elements,
)
from govpub.compliance.folding.markup import drop_formatting

_PAD = "长" * 320


def _rules(text: str) -> list[str]:
    return sorted({f.rule for f in check(Post(title="关于做好有关工作的通知", body=text)).findings})


@pytest.mark.parametrize(
    ("text", "hidden"),
    [
        (
            '1<span style="display:none"><span>x</span>y</span>2',
            '<span style="display:none"><span>x</span>y</span>',
        ),
        (
            "1<span hidden><span><span>x</span></span>y</span>2",
            "<span hidden><span><span>x</span></span>y</span>",
        ),
        (
            "1<div hidden><div>a</div><div>b</div></div>2",
            "<div hidden><div>a</div><div>b</div></div>",
        ),
        (f"1<span hidden>{_PAD}</span>2", f"<span hidden>{_PAD}</span>"),
        (
            "1<template>x<template>y</template>z</template>2",
            "<template>x<template>y</template>z</template>",
        ),
        ("1<span hidden>x</SPAN >2", "<span hidden>x</SPAN >"),
    ],
)
def test_a_hidden_element_reaches_its_own_end_tag(text: str, hidden: str) -> None:
    start = text.index("<")
    assert [(start, start + len(hidden))] == unshown_elements(text)


def test_only_the_outermost_hidden_element_is_one() -> None:
    text = "<span hidden>a<b hidden>b</b><span hidden>c</span></span>d<i hidden>e</i>"
    assert [(0, text.index("d<i")), (text.index("<i"), len(text))] == unshown_elements(text)


@pytest.mark.parametrize(
    "text",
    [
        "<span hidden>x",  # (never closed: no element)
        "<span><span hidden>x</span",  # (an end tag left open ends nothing)
        "1<span><span>x</span>y</span>2",
        "</span><span>x</span>",
    ],
)
def test_an_element_never_closed_or_shown_hides_nothing(text: str) -> None:
    assert [] == unshown_elements(text)


def test_an_inner_hidden_element_of_an_open_one_is_found() -> None:
    text = "<span hidden>a<span hidden>b</span>"
    assert [(text.index("<span hidden>b"), len(text))] == unshown_elements(text)


@pytest.mark.parametrize(
    ("style", "hides"),
    [
        ("position:absolute;clip:rect(0 0 0 0)", True),
        ("position:absolute;clip:rect(0,0,0,0)", True),
        ("position:fixed;clip:rect(1px, 1px, 1px, 1px)", True),
        ("position:absolute;clip:rect(0 100px 20px 0)", False),
        ("position:absolute;clip:auto", False),
        ("clip:rect(0 0 0 0)", False),  # (clip applies to an absolute or fixed box only)
        ("clip-path:inset(50%)", True),
        ("clip-path:inset(0 50%)", True),
        ("clip-path:inset(10% 20% 90% 0)", True),
        ("clip-path:inset(0)", False),
        ("clip-path:inset(10% 20%)", False),
        ("clip-path:circle(0)", True),
        ("clip-path:circle(0px at 50% 50%)", True),
        ("clip-path:circle(50%)", False),
        ("display&#58;none", True),
        ("display&#x3A;none", True),
        ("display&colon;none", True),
        ("color&#58;red", False),
        # only the alpha makes a colour clear, not a last value of 0 (review 79's F3)
        ("color: rgb(255, 0, 0)", False),
        ("color: rgb(0, 0, 0)", False),
        ("color: hsl(0, 0%, 0%)", False),
        ("-webkit-text-fill-color: rgb(255, 0, 0)", False),
        ("color: rgba(255, 0, 0, 0)", True),
        ("color: rgb(0 0 0 / 0%)", True),
        ("color: hsla(0, 0%, 0%, .0)", True),
        ("color: rgba(0, 0, 0, 0.5)", False),
        # an alpha below 0 clamps to 0, none renders as 0; the slash forms of CSS Color 4
        # (review 80's L6)
        ("color: rgba(0, 0, 0, -0.5)", True),
        ("color: rgba(0,0,0,-0)", True),
        ("color: rgba(0,0,0,+0)", True),
        ("color: rgb(0 0 0 / none)", True),
        ("color: rgba(0,0,0,calc(0))", True),
        ("color: hwb(0 0% 0% / 0)", True),
        ("color: oklch(0.5 0.1 20 / 0)", True),
        ("color: lab(50% 40 59 / 0%)", True),
        ("color: color(srgb 1 0 0 / 0)", True),
        ("color: oklch(0.5 0.1 20 / 0.8)", False),
        ("color: hwb(0 0% 0%)", False),
        ("color: lab(0 0 0)", False),
        ("color: rgba(0,0,0,calc(0.5))", False),
    ],
)
def test_a_style_hides_as_a_browser_reads_it(style: str, hides: bool) -> None:
    text = f'<span style="{style}">x</span>'
    assert may_hide(text)
    assert (unshown_elements(text) != []) is hides


@pytest.mark.parametrize(
    ("sheet", "element", "hides"),
    [
        (".h{display:none}", '<span class="h">', True),
        (".h { visibility : hidden }", '<span class="a h">', True),
        ("u{font-size:0}", "<u>", True),
        (".a, .h{opacity:0}", '<b class="h">', True),
        (".h{display:none} .h{display:block}", '<span class="h">', False),
        (".h{display:none}", '<span class="h" style="display:inline">', False),
        (".h{display:none}", '<span class="g">', False),
        (".h{color:red}", '<span class="h">', False),
        # (a complex selector hides no element it may not select: review 77's F2; nor a rule
        # for some screens, F1)
        ("div .h{display:none}", '<span class="h">', False),
        (".faq.closed .ans{display:none}", '<span class="ans">', False),
        ("@media (max-width:767px){.h{display:none}}", '<span class="h">', False),
        # (a rule of every screen hides; one for some screens that shows it again shows it:
        # review 78's L2, F1)
        ("@media screen{.h{display:none}}", '<span class="h">', True),
        ("@media all{.h{display:none}}", '<span class="h">', True),
        (".h{display:none}@media (max-width:640px){.h{display:inline}}", '<span class="h">', False),
        ("span.h{display:none}", '<span class="h">', True),
        ("#x{display:none}", '<span id="x">', True),
        ("@media print{.h{display:none}}", '<span class="h">', False),
        (".h:hover{display:none}", '<span class="h">', False),
        ("/* .h{display:none} */", '<span class="h">', False),
    ],
)
def test_a_style_sheet_in_the_field_hides_what_its_simple_rules_select(
    sheet: str, element: str, hides: bool
) -> None:
    name = element[1:].split(">", maxsplit=1)[0].split(maxsplit=1)[0]
    text = f"<style>{sheet}</style>1{element}x</{name}>2"
    assert (unshown_elements(text) != []) is hides


def test_a_template_is_read_by_the_quick_test() -> None:
    assert may_hide("<TEMPLATE>x</TEMPLATE>")
    assert not may_hide("template")


def test_an_open_template_is_read_as_shown_for_a_link() -> None:
    """A ``<template>`` left open is read as shown (the blocking side, as the bidi reader
    reads one): an address across it keeps what follows."""
    text = "https://t.cn<template>/x"
    assert drop_hidden(text) == drop_formatting(text)


@pytest.mark.parametrize(
    ("text", "rules"),
    [
        ('138<span style="display:none"><span>x</span>y</span>12345678', ["personal.mobile"]),
        ('机<span style="display:none"><span>x</span>y</span>密★10年', ["secrecy.marking"]),
        (f'138<span style="display:none">{_PAD}</span>12345678', ["personal.mobile"]),
        ("138<template>x</template>12345678", ["personal.mobile"]),
        ('<style>.h{display:none}</style>138<span class="h">x</span>12345678', ["personal.mobile"]),
        ('<style>.h{color:red}</style>138<span class="h">x</span>12345678', []),
        ("138<span><span>x</span>y</span>12345678", []),
    ],
)
def test_the_page_shows_what_the_field_is_read_for(text: str, rules: list[str]) -> None:
    assert rules == _rules(text)


def test_a_reversed_run_is_not_read_again_as_shown() -> None:
    """The shown reading reads only the rules it keeps: a reversed run (read as shown by its
    own reader) is found once, where that reader finds it."""
    text = (
        "<style>*{direction:rtl;unicode-bidi:bidi-override}</style>"
        "<template>x</template>87654321831"
    )
    assert ["personal.mobile"] == [f.rule for f in check(Post(title="通知", body=text)).findings]


@pytest.mark.parametrize(
    ("opening", "sheet", "shown_by"),
    [
        ('<span style="font-size:0">', "", {"font-size"}),
        ('<span style="visibility:hidden">', "", {"visibility"}),
        ('<span style="color:transparent">', "", {"color"}),
        ('<span style="font-size:0;display:inline-block">', "", {"font-size"}),
        # (anything else hiding it too: nothing inside shows — review 77's L1)
        ('<span style="display:none">', "", set()),
        ('<span style="font-size:0;opacity:0">', "", set()),
        ("<span hidden>", "", set()),
        # (a sheet's rule hides it: by that rule's property — review 77's F3)
        ('<span class="row">', "<style>.row{font-size:0}</style>", {"font-size"}),
        ('<span class="h">', "<style>.h{display:none}</style>", set()),
    ],
)
def test_an_element_inside_shows_again_only_by_the_property_that_hid_it(
    opening: str, sheet: str, shown_by: set[str]
) -> None:
    text = f"{sheet}1{opening}x</span>2"
    start = text.index(opening)
    assert shown_again_by(opening, declared_at(text, start, hiding_sheet(text))) == shown_by


@pytest.mark.parametrize(
    ("opening", "hides"),
    [
        ("<style>", True),
        ('<style type="text/css">', True),  # (review 78's L1)
        ("<style type=text/css>", True),
        ('<style media="all">', True),
        ("<style media=screen>", True),
        ('<style type="text/plain">', False),  # (review 77's F7)
        ('<style media="print">', False),
        ('<style media="(max-width:640px)">', False),
    ],
)
def test_a_style_element_hides_where_it_applies_on_every_screen(opening: str, hides: bool) -> None:
    text = f'{opening}.h{{display:none}}</style>1<span class="h">x</span>2'
    assert (unshown_elements(text) != []) is hides


@pytest.mark.parametrize(
    ("style", "hides"),
    [
        ("color:transparent", True),
        ("color:transparent;background-clip:text", True),  # (nothing to paint: review 78's L3)
        ("color:transparent;background:none;-webkit-background-clip:text", True),
        ("color:transparent;background:linear-gradient(red,blue);background-clip:text", False),
        ("color:transparent;background-image:url(a.png);-webkit-background-clip:text", False),
        ("color:transparent;-webkit-text-fill-color:#333", False),  # (review 77's F5)
    ],
)
def test_clear_text_hides_unless_something_paints_it(style: str, hides: bool) -> None:
    assert (unshown_elements(f'1<span style="{style}">x</span>2') != []) is hides


# fix106c: review 77's and 78's leftovers — the tags a browser reads, openers of any length,
# !important, [hidden] under an author display, sheets that apply nowhere, more hiding forms


@pytest.mark.parametrize(
    ("text", "hidden"),
    [
        # (a tag in a comment, a value or raw text counts for nothing: review 77's F4, L4)
        ("1<span hidden><!--<span>-->x</span>y</span>", "<span hidden><!--<span>-->x</span>"),
        (
            '1<span hidden><img alt="<span>">x</span>y</span>',
            '<span hidden><img alt="<span>">x</span>',
        ),
        (
            "1<span hidden><textarea><span></textarea></span>y",
            "<span hidden><textarea><span></textarea></span>",
        ),
        ("1<span hidden><!--</span>-->x</span>y", "<span hidden><!--</span>-->x</span>"),
        (
            '1<span hidden><a title="</span>">x</a></span>y',
            '<span hidden><a title="</span>">x</a></span>',
        ),
        # (an opener of any length, a ">" in a quoted value: review 77's L2)
        ('1<span title="a>b" hidden>x</span>', '<span title="a>b" hidden>x</span>'),
        ("1<i " + "a" * 400 + " hidden>x</i>", "<i " + "a" * 400 + " hidden>x</i>"),
        # (a custom element's name, the first of two styles: review 77's L7)
        ("1<x-h hidden>x</x-h>", "<x-h hidden>x</x-h>"),
        (
            '1<b style="display:none" style="color:red">x</b>',
            '<b style="display:none" style="color:red">x</b>',
        ),
    ],
)
def test_a_hidden_elements_tags_are_those_a_browser_reads(text: str, hidden: str) -> None:
    assert [text[s:e] for s, e in unshown_elements(text)] == [hidden]


@pytest.mark.parametrize(
    "text",
    [
        '1<!--<span style="display:none">-->x<!--</span>-->',
        '1<b style="color:red" style="display:none">x</b>',
        '<style>.s{display:inline!important}</style>1<b class="s" style="display:none">x</b>',
        '<style>.s{display:inline}</style>1<b class="s" hidden>x</b>',
        '1<b hidden style="display:inline">x</b>',
        '<template><style>.h{display:none}</style></template>1<b class="h">x</b>',
        "<script>s='<style>.h{display:none}</style>'</script>1<b class=\"h\">x</b>",
        '1<b style="content-visibility:auto">x</b>',
        '1<b style="color:#000f">x</b>',
        '1<b style="display:inline-block;max-width:0">x</b>',
        '1<b style="position:absolute;left:-10em">x</b>',
        # (a negative margin of a box in the flow moves it by its margin only; an escape of a
        # escape that spells a value that shows: review 77's L7, lead110)
        '1<b style="margin-left:-9999px">x</b>',
        '1<b style="position:absolute;margin-left:-99px">x</b>',
        '1<b style="display:n\\6f rmal">x</b>',
        '1<b style="display:in\\line">x</b>',
    ],
)
def test_what_a_page_shows_is_not_read_as_hidden(text: str) -> None:
    """The ``<b>`` is shown (a ``<template>`` round a sheet hides the template alone)."""
    assert not [s for s, _ in unshown_elements(text) if text.startswith("<b", s)]


@pytest.mark.parametrize(
    "style",
    [
        "color:#00000000",
        "color:#0000",
        "color:rgb(0 0 0 / 0)",
        "-webkit-text-fill-color:transparent",
        "content-visibility:hidden",
        "display:inline-block;transform:scaleX(0)",
        "display:inline-block;transform:scaleY(0)",
        "display:inline-block;transform:scale(1,0)",
        "display:inline-block;max-width:0;overflow:hidden",
        "position:absolute;left:-100em",
        # (moved off by a margin, a CSS escape: review 77's L7, lead110)
        "position:absolute;margin-left:-9999px",
        "position:fixed;margin-top:-200em",
        "display:n\\one",
        "disp\\6c ay:\\6e one",
        "visibility:\\hidden",
    ],
)
def test_more_ways_to_hide_hide(style: str) -> None:
    text = f'1<b style="{style}">x</b>2'
    assert [text[s:e] for s, e in unshown_elements(text)] == [f'<b style="{style}">x</b>']


def test_a_sheets_important_declaration_beats_an_inline_style() -> None:
    text = '<style>.h{display:none!important}</style>1<b class="h" style="display:inline">x</b>'
    assert [text[s:e] for s, e in unshown_elements(text)] == [
        '<b class="h" style="display:inline">x</b>'
    ]
    own = '<style>.h{display:inline!important}</style>1<b class="h" style="display:none!important">x</b>'
    assert len(unshown_elements(own)) == 1


def test_a_rule_for_screens_of_any_width_holds_on_every_screen() -> None:
    text = '<style>@media screen and (min-width:0){.h{display:none}}</style>1<b class="h">x</b>'
    assert len(unshown_elements(text)) == 1
    wide = '<style>@media screen and (min-width:640px){.h{display:none}}</style>1<b class="h">x</b>'
    assert unshown_elements(wide) == []


@pytest.mark.parametrize(
    ("size", "rules"),
    [
        ("1em", ["secrecy.internal"]),
        ("100%", ["secrecy.internal"]),
        ("inherit", ["secrecy.internal"]),
        ("smaller", ["secrecy.internal"]),
        ("16px", []),
        ("1rem", []),
        ("medium", []),
    ],
)
def test_a_relative_size_under_font_size_0_is_0(size: str, rules: list[str]) -> None:
    """Review 78's L4: a child's size relative to a parent's 0 is 0; an absolute one shows."""
    text = f'内部<span style="font-size:0"><span style="font-size:{size}">审计</span></span>资料'
    assert _rules(text) == rules
