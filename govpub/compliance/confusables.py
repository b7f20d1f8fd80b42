"""Hosts that mix scripts, read as the ASCII host they imitate (UTS #39 confusables).

``t.сn`` with a Cyrillic ``с``, ``s.click.tаobao.com`` with a Cyrillic ``а``,
``u.jd.cοm`` with a Greek ``ο`` and ``ԁwz.cn`` with a Komi ``ԁ`` look like the
shortener and shopping hosts they imitate, and a reader types or taps what they see.
A browser opens another host (``xn--…``, shown as punycode because its letters mix
scripts), so no host rule matches them as written — and ``t.сn`` has no top-level
domain at all, so no link was found.  Here such a token is read the way a reader
reads it, letter for letter, so that the link scanner finds it and the ad rules
judge it like its Latin form (issue 12, red-team pass 8).

The table is ``data/confusable_letters.tsv``: the letters of Cyrillic, Greek,
Armenian and six other left-to-right scripts whose prototype in Unicode's
``confusables.txt`` (UTS #39, version 17.0.0) is one ASCII letter or digit, with that
prototype in lower case (its header says how it was derived).  Only what a host may
be is read, so that Russian and Greek prose stays as written:

* a **token** is a run of letters, digits, ``-``, ``_`` and dots (``.`` or ``。``)
  that holds a letter of the table; CJK text ends it;
* it is read when its letters **mix scripts** — ASCII letters (Latin) with a
  letter of the table, or letters of two scripts of the table (UTS #39's
  mixed-script test: ``tаobao``, ``сn`` of ``t.сn``) — or when it is written in one
  such script wholly and reads as a host with ASCII dots whose last label is a
  top-level domain (``ѕ.сс``; a ``。`` between two Russian words is a full stop);
* then each **label** (between dots) whose letters are all ASCII or in the table
  is read; a label with any other letter (``Москва``) stays as written.

``Москва``, ``ΑΘΗΝΑ`` or a Russian sentence full of ``с`` and ``о`` mix no scripts
and have no dotted top-level domain: nothing is read.  Reading is one character for
one, so offsets into the folded text stay what they were.  Reading never *allows*
anything: a host read so is an ad when its reading is one, and is otherwise judged
as written (``www.gоv.cn`` stays another host, never gov.cn).
"""

from __future__ import annotations

import re
from collections.abc import Callable
from functools import cache

from govpub.compliance._data import data_words
from govpub.compliance.regex_cache import regex

__all__ = ["TABLE_FILE", "lookalikes", "read_hosts", "table"]

TABLE_FILE = "confusable_letters.tsv"
_DOTS = ".\u3002"
_LABEL_DOTS = regex("([.\u3002])")  # (a group: the dots are kept between the labels)


@cache
def table() -> dict[str, tuple[str, str]]:
    """Each look-alike letter → (the ASCII character it reads as, its script)."""
    entries: dict[str, tuple[str, str]] = {}
    for line in data_words(TABLE_FILE):
        _, char, reading, script, _ = line.split("\t")
        entries[char] = (reading, script)
    return entries


@cache
def lookalikes() -> frozenset[str]:
    """The look-alike letters of :func:`table` (the fold finds them, so that most texts,
    which hold none, cost nothing here)."""
    return frozenset(table())


@cache
def _finder() -> re.Pattern[str]:
    chars = "".join(sorted(lookalikes()))
    return regex(f"[{re.escape(chars)}]")


# Latin strokes that pasted menus and input tools write as a separator bar (首页ǀt.cn/x): at
# a token's edge they part it from the host, read as nothing (review 67's L7); between two
# hosts, right after the first one's top-level domain (www.gov.cnǀt.cn/x), they part the two
# as the bar a reader sees does, read as a space (review 68's L6: _parting_bars); inside a
# label they are the letter they look like (S.CLǀCK, s.click.tǀobao.com).
_BARS = frozenset("\u01c0\u0196")
# (what a parting bar is read as: a space ends a host for the link scanner, one for one)
_PARTED = " "
# (no top-level domain is longer: a longer label before a bar is no host's end)
_LONGEST_LABEL = 63


def _in_token(char: str) -> bool:
    """Whether ``char`` may be part of a host-like token: letters, digits, ``-_`` and dots
    of any script but CJK (Chinese text around a host is no part of it)."""
    if char in _DOTS or char in "-_":
        return True
    if not char.isalnum():
        return False
    return not ("\u2e80" <= char <= "\ud7af" or "\uf900" <= char <= "\ufaff") or (
        char in lookalikes()
    )


def read_hosts(text: str, *, written: Callable[[int], str] | None = None) -> str:
    """``text`` with the host-like tokens that mix scripts read as ASCII, one for one.

    The same length as ``text``; unchanged when no token qualifies (see the module).  In
    text a reader is shown (the fold's: ``written`` gives the character written at an
    offset, its case, which the fold lowered) a bar between two hosts parts them
    (:func:`_parting_bars`); an address's own destination is read whole, as a browser opens
    it (``href="https://www.gov.cnǀt.cn"`` is one other host).
    """
    entries = table()
    pieces: list[str] = []
    position = 0
    at = 0
    length = len(text)
    search = _finder().search
    while True:
        found = search(text, at)
        if found is None:
            break
        start = end = found.start()
        while start > 0 and _in_token(text[start - 1]):
            start -= 1
        while end < length and _in_token(text[end]):
            end += 1
        at = end
        while start < end and text[start] in _BARS:
            start += 1  # (a separator bar before a host: 链接ǀt.cn/x)
        while end > start and text[end - 1] in _BARS:
            end -= 1
        token = text[start:end]
        bars = [] if written is None else _parting_bars(token, start, written, entries)
        read = _read_parts(token, bars, entries) if bars else _read_token(token, entries)
        if read is not None:
            pieces.append(text[position:start])
            pieces.append(read)
            position = end
    if not pieces:
        return text
    pieces.append(text[position:])
    return "".join(pieces)


def _parting_bars(
    token: str, start: int, written: Callable[[int], str], entries: dict[str, tuple[str, str]]
) -> list[int]:
    """Where a bar inside ``token`` parts two hosts: right after a host of two labels or more
    whose last is a top-level domain (``www.gov.cn``), and before a label and a dot that start
    another, the token ending in a top-level domain too (``ǀt.cn``) — a reader sees
    ``www.gov.cn|t.cn``, two addresses, where the letter ``l`` would make no host they could
    read (``cnlt``).  Not between two capitals, where the stroke is the capital I a reader
    sees (``S.CLǀCK.TAOBAO.COM``, :func:`_read_label`; ``CL`` and ``CK`` are top-level domains
    too).  One pass: the label before each bar is read within its bound only; ``start`` is
    the token's offset, ``written`` the written character at an offset."""
    if _BARS.isdisjoint(token) or not _ends_in_top_level_domain(token, len(token), entries):
        return []
    last_dot = max(token.rfind(dot) for dot in _DOTS)
    parts: list[int] = []
    host = 0  # where the host before the next bar starts
    dot = -1  # the last dot since host
    for at, char in enumerate(token):
        if char in _DOTS:
            dot = at
        elif (
            char in _BARS
            and host < dot < at - 1
            and token[host] not in _DOTS
            and at + 1 < last_dot
            and token[at + 1] not in _DOTS
            and at - dot <= _LONGEST_LABEL + 1
            and not (written(start + at - 1).isupper() and written(start + at + 1).isupper())
            and _ends_in_top_level_domain(token, at, entries)
        ):
            parts.append(at)
            host, dot = at + 1, -1
    return parts


def _ends_in_top_level_domain(token: str, end: int, entries: dict[str, tuple[str, str]]) -> bool:
    """Whether the label that ends at ``end`` in ``token`` (after its last dot) reads as a
    top-level domain."""
    from govpub.compliance.suffixes import is_top_level_domain  # noqa: PLC0415 - on use

    begin = max(token.rfind(dot, 0, end) for dot in _DOTS) + 1
    label = token[begin:end]
    if not label or len(label) > _LONGEST_LABEL:
        return False
    read = "".join(entries[c][0] if c in entries else c for c in label).lower()
    return read.isascii() and read.isalpha() and is_top_level_domain(read)


def _read_parts(token: str, bars: list[int], entries: dict[str, tuple[str, str]]) -> str:
    """``token`` read host by host between the bars that part them, each bar a space."""
    pieces: list[str] = []
    start = 0
    for at in [*bars, len(token)]:
        part = token[start:at]
        pieces.append(_read_token(part, entries) or part)
        start = at + 1
    return _PARTED.join(pieces)


def _read_token(token: str, entries: dict[str, tuple[str, str]]) -> str | None:
    """The reading of one token, or ``None`` when it is not read (see the module)."""
    scripts = {entries[c][1] for c in token if c in entries}
    if any("a" <= c.lower() <= "z" for c in token if c.isascii()):
        scripts.add("Latin")
    if "\u3002" in token and "Latin" not in scripts:
        return None  # (words of other scripts joined by 。: a full stop, А。ςΣ)
    labels = _LABEL_DOTS.split(token)
    readable = [_readable(label, entries) for label in labels[::2]]
    if len(scripts) < 2 and not (all(readable) and _dotted_host(labels, entries)):
        return None
    for index, label in enumerate(labels[::2]):
        if readable[index]:
            labels[2 * index] = _read_label(label, entries)
    read = "".join(labels)
    return read if read != token else None


def _read_label(label: str, entries: dict[str, tuple[str, str]]) -> str:
    """``label`` read letter for letter; a vertical stroke (``І``, ``Ι``, ``Ӏ``: read ``l``,
    confusables.txt's prototype for both ``l`` and ``I``) among capitals and no small
    letters is the capital I a reader sees (``CLІCK``, in full width too: red team 95) — as a
    browser, which folds case first, opens ``і``."""
    capitals = any(c.isupper() for c in label if c.isascii()) and not any(
        c.islower() for c in label if c.isascii()
    )
    read = [entries[c][0] if c in entries else c for c in label]
    if capitals:
        read = [
            "i" if r == _STROKE and c in entries else r for c, r in zip(label, read, strict=True)
        ]
    return "".join(read)


#: What confusables.txt reads a vertical stroke as, the capital I's look-alikes with the l's.
_STROKE = "l"


def _readable(label: str, entries: dict[str, tuple[str, str]]) -> bool:
    """Whether every character of ``label`` is ASCII or a look-alike letter."""
    return all(c.isascii() or c in entries for c in label)


def _dotted_host(labels: list[str], entries: dict[str, tuple[str, str]]) -> bool:
    """Whether a token written in one script reads as a host: two labels or more, the last
    a top-level domain (``ѕ.сс``)."""
    from govpub.compliance.suffixes import is_top_level_domain  # noqa: PLC0415 - on use

    names = labels[::2]
    while names and not names[-1]:
        names.pop()  # a trailing dot: "сом.сс."
    if len(names) < 2 or not all(names):
        return False
    last = "".join(entries[c][0] if c in entries else c for c in names[-1]).lower()
    return last.isalpha() and is_top_level_domain(last)
