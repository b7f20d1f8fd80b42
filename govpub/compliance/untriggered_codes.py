"""Share codes that need no trigger: each is a code by its own form.

Most share codes count only near "复制…打开<app>" or a code's name (:mod:`.share_codes`).
These do not: a code between two currency signs no text puts around a word
(``₤AbCd12EfGh₤``, :func:`alone_codes`), a QR code that holds one token and nothing else
(:func:`whole_code`), a number to search for in 支付宝 (``支付宝搜索 12345678``,
:func:`search_codes`), and a mini-program link named for a shopping app
(``#小程序://京东购物/AbCd12x``, :func:`mini_programs`).  Each but the whole text looks for
a cheap sign first (a currency sign, an app's last character, the scheme), then runs one
expression of :class:`~.share_code_rules.ShareCodeRules`.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterator, Sequence

from govpub.compliance.lazy_pattern import LazyPattern
from govpub.compliance.regex_cache import regex
from govpub.compliance.share_code_rules import ShareCodeRules, token_span

__all__ = ["alone_codes", "mini_programs", "search_codes", "whole_code"]


def alone_codes(
    rules: ShareCodeRules,
    folded: str,
    written: Callable[[int, int], str] | None,
    signs: Sequence[int] | None,
) -> Iterator[tuple[int, int]]:
    """``₤AbCd12EfGh₤``: a code between two of the ``alone_delimiters`` (or a long one between
    two price signs, ``￥VAQz99KzQVD￥``), written as a random code is
    (:meth:`BareCodeRules.written_like_a_code`), with or without a trigger.

    Every sign is tried as an opening one but those inside a code found: a sign that closes
    a price or a word (``$12345678€VAQz99KzQVD€``, ``￥12345678￥VAQz99KzQVD￥``) still opens the
    code after it (review 128's F1–F3)."""
    patterns = [p for p in (rules.alone, rules.priced) if p is not None]
    if not patterns or written is None or rules.bare is None:
        return
    if signs is None:  # looked for here (about 1 µs a sign over 20,000 characters)
        if not any(c in folded for c in rules.alone_signs):
            return
        sign = regex(f"[{re.escape(''.join(sorted(rules.alone_signs)))}]")
        signs = [found.start() for found in sign.finditer(folded)]
    end = -1
    for at in signs:
        if at < end:  # (inside the code before)
            continue
        for pattern in patterns:
            match = pattern.match(folded, at)
            # (a spaced code is judged without its separators)
            if match is not None and rules.bare.written_like_a_code(
                rules.joined(written(*match.span("code")))
            ):
                yield match.span()
                end = match.end()  # (its closing sign opens no other code)
                break


def whole_code(
    rules: ShareCodeRules, folded: str, written: Callable[[int, int], str] | None, whole: bool
) -> list[tuple[int, int]]:
    """The whole (stripped) text as one delimited token written as a random code is, when
    the text is ``whole`` (all a QR code holds)."""
    if not whole:
        return []
    start = len(folded) - len(folded.lstrip())
    match = rules.token.fullmatch(folded, start, len(folded.rstrip()))
    if match is None or written is None or rules.bare is None:
        return []
    if not rules.bare.written_like_a_code(written(*token_span(match))):
        return []
    return [match.span()]


def search_codes(rules: ShareCodeRules, folded: str) -> Iterator[tuple[int, int]]:
    """Numbers to search for in an app (``支付宝搜索 12345678``): the ``[search_code]`` table."""
    if rules.search_code is not None and any(c in folded for c in rules.search_keys):
        for match in rules.search_code.finditer(folded):  # (one character first: 1 µs)
            yield match.span()


def mini_programs(rules: ShareCodeRules, folded: str) -> Iterator[tuple[int, int]]:
    """Mini-program links and cards whose name is a shopping app's."""
    app = rules.mini_app or rules.app
    if app is None:
        return
    if rules.mini_link is not None and rules.mini_scheme in folded:
        yield from _mini_program_links(rules.mini_link, app, folded)
    if rules.mini_card_key not in folded:
        return  # (one search for both attributes, "data-miniprogram-": most texts hold none)
    named: list[tuple[int, int]] = []
    if rules.mini_card is not None and rules.mini_card_name in folded:
        named = list(_mini_program_links(rules.mini_card, app, folded))
        yield from named
    if rules.mini_appid_card is not None and rules.mini_card_appid in folded:
        yield from _shop_appid_cards(rules, folded, named)


def _shop_appid_cards(
    rules: ShareCodeRules, folded: str, named: list[tuple[int, int]]
) -> Iterator[tuple[int, int]]:
    """A mini-program card or link without a shop's name whose appid is a shop's
    (``data-miniprogram-appid="wx91d27dbf599dff74"``, 京东购物): it opens that shop all the
    same (red team 55); an element already found by its name is not found twice."""
    pattern = rules.mini_appid_card
    if pattern is None:
        return
    for match in pattern.finditer(folded):
        if match.group("name") in rules.mini_shop_appids and match.span() not in named:
            yield match.span()


def _mini_program_links(
    link: LazyPattern, app: LazyPattern, folded: str
) -> Iterator[tuple[int, int]]:
    """``#小程序://京东购物/AbCd12x``, or a WeChat article's card of it: a mini-program link
    whose name is a shopping app's."""
    for match in link.finditer(folded):
        if app.search(match.group("name")):
            yield match.span()
