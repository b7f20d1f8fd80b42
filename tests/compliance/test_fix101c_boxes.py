"""Fix helper 101c (review 68's F6 and L5): elements that keep their own line breaks inside a
``white-space:normal`` span, and a reversed run parted at replaced and form elements.

F6: an element whose own ``white-space`` the UA stylesheet sets (``<textarea>`` pre-wrap,
``<xmp>``, ``<listing>``, ``<plaintext>``, ``<pre>`` pre) keeps its line breaks inside a span that
sets ``normal`` (``markup._OwnBreaks``); a ``<code>`` inherits.  L5: a run a page shows reversed
parts at a ``<textarea>``, ``<input>``, ``<button>``, ``<select>`` (``bidi._BREAK_TAG``), each such
form control laid out in a box of its own; not at an ``<img>`` or an ``<object>``, which may show
nothing (review 69's L2).
"""

from __future__ import annotations

import pytest
from check_timing import grows_linearly, repeated

from govpub import Policy, Post, check
from govpub.compliance.bidi import overridden_runs
from govpub.compliance.folding import fold
from govpub.compliance.folding.markup import _pre_elements, hidden_markup

_NORMAL = '<span style="white-space:normal">'
_REVERSED_BODY = "<style>*{direction:rtl;unicode-bidi:bidi-override}</style>"


def _rules(body: str) -> set[str]:
    result = check(Post(title="关于做好有关工作的通知", body=body), Policy.default())
    return {finding.rule for finding in result.findings}


@pytest.mark.parametrize(
    "inner",
    [
        "<textarea>1308\n7610800</textarea>",
        "<xmp>1308\n7610800</xmp>",
        "<listing>1308\n7610800</listing>",
        "<pre>1308\n7610800</pre>",
        "<PRE>1308\n7610800</PRE>",
        "<pre>a</listing>1308\n7610800</pre>",  # (an end tag of another name closes nothing)
        "<plaintext>1308\n7610800",
    ],
)
def test_an_element_with_its_own_white_space_keeps_its_breaks(inner: str) -> None:
    """Review 68's F6: the span's inherited normal does not reach the element's text."""
    text = f"<pre>{_NORMAL}{inner}</span></pre>"
    assert "1308\n7610800" in fold(text).text
    assert _rules(text) == set()


@pytest.mark.parametrize(
    "inner",
    [
        "<code>1308\n7610800</code>",  # (no white-space of its own: it inherits)
        "<pre>x</pre>1308\n7610800",  # (closed before the break)
        "<textarea>x</textarea>1308\n7610800",
        "<!-- <pre> -->1308\n7610800",  # (a comment opens nothing)
        "<!-- <textarea> -->1308\n7610800",
        "<b title='<pre>'>1308\n7610800</b>",  # (nor a value)
        "<script>'<pre>'</script>1308\n7610800",  # (nor a script's string)
        f"<pre>{_NORMAL}1308\n7610800</span></pre>",  # (a normal span inside the <pre>)
    ],
)
def test_the_span_still_collapses_the_rest(inner: str) -> None:
    text = f"<pre>{_NORMAL}{inner}</span></pre>"
    assert "1308 7610800" in fold(text).text
    assert _rules(text) == {"personal.mobile"}


def test_a_commented_textarea_prints_no_span_after_it() -> None:
    """A raw-text start tag in a comment opens nothing: the span after it is a tag, not text."""
    assert _rules(f"<pre><!-- <textarea> -->{_NORMAL}1308\n7610800</span></pre>") == {
        "personal.mobile"
    }


def test_pre_elements() -> None:
    text = "<pre>a<pre>b</pre>c</listing>d</pre><!-- <pre> --><b title='<pre>'><listing>e"
    found = _pre_elements(text, hidden_markup(text))
    inner, outer = text.index("<pre>b"), 0
    assert found == [
        (outer, text.index("</pre><!--")),
        (inner, text.index("</pre>c")),
        (text.index("<listing>e"), len(text)),
    ]
    # (an end tag closes the innermost of its name and what is open inside it)
    text = "<pre>a<listing>b</pre>c"
    assert _pre_elements(text, []) == [(0, 16), (6, 16)]


@pytest.mark.parametrize(
    ("content", "shown"),
    [
        ("<textarea>x</textarea>87654321831", "x\n\n13812345678"),
        ("<textarea>87654321831</textarea>9", "13812345678\n\n9"),
        ("<button>x</button>87654321831", "x\n\n13812345678"),
        ("8765<img src=a.png>4321831", "13812345678"),  # (an image may be of no size)
        ("8765<object></object>4321831", "13812345678"),
        ("87654321<input value=x>831", "12345678\n\n138"),
        ("8765<b>4321</b>831", "13812345678"),  # (a formatting tag parts nothing)
        ("8765<input type=hidden>4321831", "13812345678"),  # (nor a hidden input: no box)
    ],
)
def test_a_reversed_run_parts_at_a_box_of_its_own(content: str, shown: str) -> None:
    """Review 68's L5: a form control is laid out in its own box; review 69's L2: an image or
    an object may show nothing, so the digits either side read as one number."""
    assert [run.shown for run in overridden_runs(_REVERSED_BODY + content)] == [shown]


@pytest.mark.parametrize(
    "text",
    [
        _REVERSED_BODY + "<textarea>x</textarea>87654321831",
        _REVERSED_BODY + "<select><option>x</option></select>87654321831",
        "<bdo dir=rtl><textarea>x</textarea>87654321831</bdo>",
        "\u202e<textarea>x</textarea>87654321831",
    ],
)
def test_a_number_beside_a_box_blocks(text: str) -> None:
    assert _rules(text) == {"personal.mobile"}


@pytest.mark.parametrize(
    "text",
    [
        '<bdo dir="rtl">8765<img src="x.gif" width="0" height="0">4321831</bdo>',
        '<bdo dir="rtl">8765<img src="x.gif" alt="">4321831</bdo>',
        '\u202e8765<img src="x" width="0">4321831\u202c',
        _REVERSED_BODY + "8765<img width=0 height=0>4321831",
        '<bdo dir="rtl">8765<object></object>4321831</bdo>',
    ],
)
def test_an_image_or_object_in_a_reversed_number_blocks(text: str) -> None:
    """Review 69's L2: an image of no size or an empty object shows nothing between the
    groups, so the page shows one number (the blocking side)."""
    assert _rules(text) == {"personal.mobile"}


def test_a_number_split_by_a_box_reads_as_stored_forwards() -> None:
    """1381234 beside a box holding 5678 is no number, as 1381234<textarea>5678</textarea>."""
    for box in ("<textarea>8765</textarea>", "<button>8765</button>"):
        assert _rules(_REVERSED_BODY + box + "4321831") == set()
    assert _rules("1381234<textarea>5678</textarea>") == set()


@pytest.mark.parametrize(
    "unit",
    [
        f"<pre>{_NORMAL}<pre>1\n2</pre>\n</span></pre>\n",
        f"<pre>{_NORMAL}<textarea>1\n2</textarea>\n</span></pre>\n",
        f"{_NORMAL}<pre>1\n",  # (never closed)
        f"{_NORMAL}<listing>1\n</pre>",  # (end tags of another name)
    ],
)
def test_own_breaks_are_read_in_linear_time(unit: str) -> None:
    assert grows_linearly(repeated(unit, 8_000), repeated(unit, 80_000), within=0.05)


def test_boxes_in_a_reversed_body_are_read_in_linear_time() -> None:
    for unit in ("<textarea>1</textarea>2", "<img src=a>", "<button>"):
        assert grows_linearly(
            _REVERSED_BODY + unit * 800, _REVERSED_BODY + unit * 8000, within=0.3
        ), unit
