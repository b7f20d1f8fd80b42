"""``secrecy._markings``: the 密级 expression (``marking_forms.MARKING``) searched around its
keys gives what a search of the whole text gives (a text with 保密 or 密切 in it no longer pays
a whole-text pass)."""

from __future__ import annotations

from hypothesis import given, settings
from hypothesis import strategies as st

from govpub.compliance.marking_forms import MARKING
from govpub.compliance.secrecy import _markings

_PIECES = st.sampled_from(
    [
        "机密★10年",
        "绝密★永久",
        "秘密",
        "密级：",
        "机密",
        "机蜜★5年",
        "ji密",
        "mi",
        "保密",
        "密切",
        "★",
        "classification: ",
        "confidential",
        "10年",
        "（",
        "）",
        "| ",
        " |",
        "<td>",
        "</td>",
        "<p>",
        "</p>",
        "000123 ",
        "特急",
        "\n",
        "\n\n",
        "  ",
        "本件为",
        "级",
        "关于加强工作的通知。",
        "x" * 120,
        "政务" * 90,
        "#",
        "- ",
        "**",
        "1. ",
    ]
)


@settings(max_examples=300)
@given(st.lists(_PIECES, max_size=60).map("".join))
def test_the_windows_find_what_the_whole_text_gives(text: str) -> None:
    whole = [m.span() for m in MARKING.finditer(text)]
    assert [m.span() for m in _markings(text)] == whole


def test_a_long_post_with_a_marking_far_from_its_keys_neighbours() -> None:
    prose = "加强保密工作，密切配合。" + "关于做好有关工作的通知。" * 3000
    text = prose + "\n机密★10年\n" + prose
    assert [m.span() for m in _markings(text)] == [m.span() for m in MARKING.finditer(text)]
