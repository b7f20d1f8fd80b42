"""Property tests for the Weibo counter and cutter (hypothesis).

The cutter must never exceed the limit, never cut inside a URL, never touch the
title, the link or the source line, and leave a text that already fits alone.
"""

from __future__ import annotations

from hypothesis import assume, example, given, settings
from hypothesis import strategies as st
from render_helpers import WEIBO_CAPS, make_post

from govpub.model import Override, Source
from govpub.render import fit_weibo_text, render_weibo, weibo_length
from govpub.render.links import find_urls
from govpub.render.text import ELLIPSIS, shorten
from govpub.render.weibo import remove_topics, weibo_halves

CJK = st.characters(min_codepoint=0x4E00, max_codepoint=0x9FA5)
PUNCT = st.sampled_from(list("。，、；：！？…“”（）《》【】 .,;:!?\n"))
ASCII_WORD = st.text(
    st.sampled_from("abcdefghijklmnopqrstuvwxyz0123456789"), min_size=1, max_size=8
)
URLS = st.builds(
    lambda host, path, frag: f"https://{host}.gov.cn/{path}{frag}",
    st.sampled_from(["www.example", "a", "xxgk.example", "www"]),
    st.text(st.sampled_from("abcdefghij0123456789/_-.?=&"), max_size=30).map(
        lambda p: p.rstrip(".?&=-_")
    ),
    st.sampled_from(["", "#/p#x", "#top"]),
)
PIECE = st.one_of(
    st.text(CJK, min_size=1, max_size=12),
    PUNCT,
    ASCII_WORD,
    URLS,
    URLS.map(lambda u: f" {u} "),
    st.sampled_from(["#话题#", "来源：", "…", "😀", "é", "\u3000"]),
)
MIDDLE = st.lists(PIECE, max_size=30).map("".join)
TITLE = st.text(st.one_of(CJK, st.sampled_from("0123456789ab ")), min_size=1, max_size=30).map(
    str.strip
)
SOURCE = st.one_of(st.none(), st.text(CJK, min_size=1, max_size=10))


def _tail(link: str, source: str | None) -> str:
    return f" {link}" + (f" 来源：{source}" if source else "")


@settings(max_examples=400, deadline=None)
@given(
    title=TITLE,
    middle=MIDDLE,
    link=URLS,
    source=SOURCE,
    limit=st.integers(min_value=1, max_value=200),
)
@example(
    title="标题",
    middle="详见https://www.example.gov.cn/a.html。其他内容",
    link="https://a.gov.cn/",
    source=None,
    limit=40,
)
def test_fit_never_exceeds_never_cuts_a_url_or_the_tail(
    title: str, middle: str, link: str, source: str | None, limit: int
) -> None:
    head, tail = f"【{title}】", _tail(link, source)
    assume(weibo_length(head + tail) <= limit)
    result = fit_weibo_text(head, middle, tail, limit)

    assert weibo_length(result) <= limit
    assert result.startswith(head)
    assert result.endswith(tail)
    kept = result[len(head) : len(result) - len(tail)]
    original_urls = [u.raw for u in find_urls(middle)]
    kept_urls = [u.raw for u in find_urls(kept)]
    assert original_urls[: len(kept_urls)] == kept_urls  # whole URLs, in order, none invented
    if weibo_length(head + middle + tail) <= limit:
        assert head + middle + tail == result  # idempotent when it already fits
    elif kept:
        assert kept.endswith(ELLIPSIS)
        assert middle.startswith(kept[: -len(ELLIPSIS)].rstrip())
    assert result == fit_weibo_text(head, kept, tail, limit)  # fitting again changes nothing


@settings(max_examples=300, deadline=None)
@given(text=MIDDLE, budget=st.integers(min_value=0, max_value=300))
@example(text="一一一一一一一一一一一一https://www.example.gov.cn/000000.,一一", budget=96)
def test_shorten_keeps_a_prefix_within_the_budget(text: str, budget: int) -> None:
    result = shorten(text, budget, weight=lambda c: 2)
    assert weibo_halves(result) <= budget
    if weibo_halves(text) <= budget:
        assert text == result
    else:
        assert not result or result.endswith(ELLIPSIS)
        assert text.startswith(result[: -len(ELLIPSIS)].rstrip())
        kept = [u.raw for u in find_urls(result)]
        assert [u.raw for u in find_urls(text)][: len(kept)] == kept


@given(a=MIDDLE, b=MIDDLE)
def test_weibo_length_counts_half_units_rounded_up(a: str, b: str) -> None:
    assert (weibo_halves(a) + 1) // 2 == weibo_length(a)
    assert weibo_length(a + b) <= weibo_length(a) + weibo_length(b)
    assert weibo_length(a + b) >= max(weibo_length(a), weibo_length(b))
    assert len(a) >= weibo_length(a) >= (len(a) + 1) // 2


@given(text=MIDDLE)
def test_topic_removal_never_touches_urls(text: str) -> None:
    cleaned, removed = remove_topics(text)
    assert [u.raw for u in find_urls(text)] == [u.raw for u in find_urls(cleaned)]
    assert len(text) - len(cleaned) == 2 * len(removed)


@settings(max_examples=200, deadline=None)
@given(title=TITLE, summary=MIDDLE, body=MIDDLE, source=SOURCE, text=st.none() | MIDDLE)
def test_rendered_status_fits_and_carries_link_and_source(
    title: str, summary: str, body: str, source: str | None, text: str | None
) -> None:
    post = make_post(
        title=title or "标题",
        summary=summary,
        body=body,
        source=Source(name=source) if source else None,
        overrides={"weibo": Override(text=text)} if text else {},
    )
    try:
        rendered = render_weibo(post, WEIBO_CAPS)
    except Exception as exc:  # only a clear refusal is acceptable
        from govpub.errors import PostError

        assert isinstance(exc, PostError)
        return
    assert weibo_length(rendered.body) <= 130
    assert rendered.fields["link"] in rendered.body
    assert rendered.fields["link"] in [u.raw for u in find_urls(rendered.body)]
    if source:
        assert f"来源：{source}" in rendered.body
