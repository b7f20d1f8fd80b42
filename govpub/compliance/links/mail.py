"""Bare links that are a mail address's domain: another site's host, but no warning.

``gov.cn@t.cn/x``, ``abc@163.com/010-…`` (a mail address, then a path:
:func:`mail_with_path`) and ``tougao#163.com``, ``tougao(at)163.com`` (an "@" written
otherwise, against harvesters: :func:`mail_written_around`).  The scanner finds them — a
browser opens the host after the sign, so an ad host is stripped — and the check asks these
before another site's host warns.  Apart: questions about a found link and the words before
it, with the stand-ins for "@" of ``data/mail_at_signs.txt``.
"""

from __future__ import annotations

import re
import unicodedata
from functools import cache

from govpub.compliance._data import data_words
from govpub.compliance.folding import is_cjk_unified
from govpub.compliance.lazy_pattern import LazyPattern
from govpub.compliance.links.bare import USER_PART_HEAD
from govpub.compliance.links.span import LinkSpan
from govpub.compliance.regex_cache import regex

__all__ = ["mail_with_path", "mail_written_around"]


def mail_with_path(span: LinkSpan, text: str) -> bool:
    """Whether the bare link ``span`` of ``text`` is a mail address with a path after it
    (``gov.cn@t.cn/x``, ``abc@163.com/010-…``): no scheme or ``www.`` before its ``@``.

    A browser opens the host after the ``@`` (``t.cn/x``), so an ad host is stripped; but
    posts write a mail address and a slash before the next contact, so another site's
    host does not warn.
    """
    return (
        span.kind == "bare"
        and span.start < span.url_start
        and text[span.url_start - 1] in "@＠﹫"
        and _USER_PART_START.match(text, span.start) is None
    )


_USER_PART_START = LazyPattern(USER_PART_HEAD, re.IGNORECASE)


@cache
def _mail_at_sign() -> re.Pattern[str]:
    """A user name's last character and a stand-in for "@" (``data/mail_at_signs.txt``),
    at the end of the text searched."""
    signs = [unicodedata.normalize("NFKC", line) for line in data_words("mail_at_signs.txt")]
    symbols = "|".join(re.escape(sign) for sign in signs if not sign.isalpha())
    # (a word as written, in capitals: English prose says "more at example.com")
    words = "|".join(re.escape(sign) for sign in signs if sign.isalpha())
    return regex(rf"[a-z0-9._%+-](?:\s*(?:{symbols})\s*|\s+(?-i:{words})\s+)\Z", re.IGNORECASE)


_MAIL_REACH = 12  # how far before a host a stand-in for "@" and the user name's end may start


@cache
def _sign_ends() -> frozenset[str]:
    """The characters a stand-in for "@" ends with (in either case), once NFKC has read it."""
    signs = [unicodedata.normalize("NFKC", line) for line in data_words("mail_at_signs.txt")]
    return frozenset(char for sign in signs for char in (sign[-1].lower(), sign[-1].upper()))


def _no_sign_before(char: str) -> bool:
    """Whether ``char``, right before a host, shows that no stand-in for "@" ends there: what
    NFKC makes of it (an ASCII character or a CJK ideograph stays itself, a full-width form
    becomes its ASCII one, and none of them joins the character before) is neither a space
    nor a sign's last character.  The cheap test before :func:`mail_written_around`'s NFKC
    and search, which most hosts ("详见https://…", "来源：https://…") never need (−0.01 ms a
    post)."""
    if "\uff01" <= char <= "\uff5e":
        char = chr(ord(char) - 0xFEE0)
    elif not char.isascii() and not is_cjk_unified(char):
        return False
    return not char.isspace() and char not in _sign_ends()


def mail_written_around(span: LinkSpan, text: str) -> bool:
    """Whether the bare link ``span`` of ``text`` is the domain of a mail address whose
    "@" is written otherwise, against harvesters: ``tougao#163.com``, ``tougao(at)163.com``,
    ``tougao AT 163.com``, ``zwgk★163.com``.  Another site's host does not warn then."""
    if span.kind != "bare" or span.url_start == 0 or _no_sign_before(text[span.url_start - 1]):
        return False
    before = text[max(0, span.url_start - _MAIL_REACH) : span.url_start]
    return _mail_at_sign().search(unicodedata.normalize("NFKC", before)) is not None
