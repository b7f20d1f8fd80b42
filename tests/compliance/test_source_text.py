"""The second reading of what a page's source ships unshown (fix127d: red team 112's M4)."""

from __future__ import annotations

from govpub.compliance.source_text import (
    _highlights,
    _obsidian_comments,
    may_ship_unshown,
    source_pieces,
    unhighlighted,
)


def _texts(text: str) -> list[str]:
    return [text[start:end] for start, end in source_pieces(text)]


def test_a_comment_is_read_without_its_markers() -> None:
    assert _texts("<p>a</p><!-- 机密★10年 --><p>b</p>") == [" 机密★10年 "]


def test_an_empty_or_blank_comment_is_no_piece() -> None:
    assert _texts("<p>a</p><!----><!--   --><p>b</p>") == []


def test_a_style_gives_its_content_strings_and_comments_only() -> None:
    text = "<style>/* 注 */ p{color:#138123}a::after{content:\"→\" 'x'}</style><p>b</p>"
    assert _texts(text) == [" 注 ", "→", "x"]


def test_obsidian_comments_pair_their_markers() -> None:
    text = "a%%b%%c%%d"
    assert [text[s:e] for s, e in _obsidian_comments(text)] == ["b"]


def test_an_obsidian_comment_reaches_so_far_only() -> None:
    assert _obsidian_comments("%%" + "x" * 10_001 + "%%") == []


def test_highlights_need_a_character_inside_each_marker() -> None:
    assert _highlights("==a== a == b ==c d== ====") == [(0, 5), (13, 20)]


def test_a_highlight_ends_with_its_line() -> None:
    assert _highlights("==a\nb==") == []


def test_the_field_without_its_highlights_markers() -> None:
    text = "138==1234==5678"
    assert "".join(text[s:e] for s, e in unhighlighted(text)) == "13812345678"
    assert unhighlighted("a == b") == []


def test_the_quick_test() -> None:
    assert not may_ship_unshown("<p>正文</p> 5% a=b")
    assert all(map(may_ship_unshown, ["<!-- -->", "<STYLE>", "%%", "=="]))


def test_an_escaped_percent_sign_opens_no_obsidian_comment() -> None:
    """``5%%`` is a percent sign written twice (printf's escape), no comment marker: a stray one
    shifted the pairing, hiding the comment after it and cutting tables apart (review 134)."""
    text = "增长5%%，%%联系人13812345678%%"
    assert ["联系人13812345678"] == [text[s:e] for s, e in source_pieces(text)]
    assert [] == source_pieces("| 增速 | 5%% |\n| 增速 | 3%% |")
