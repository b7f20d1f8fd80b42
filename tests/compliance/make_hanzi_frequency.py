"""Writes ``govpub/compliance/data/hanzi_frequency.txt``: the hanzi by how often they are used.

Run from the repository root with the path of jieba 0.42.1's ``jieba/dict.txt`` (MIT
licence, ``data/LICENSE.jieba``; ``pip download --no-deps --no-binary :all: jieba==0.42.1``
and unpack it)::

    PYTHONPATH=. python tests/compliance/make_hanzi_frequency.py path/to/jieba/dict.txt

A character's count is the sum of the frequencies of the dictionary's words that hold it
(once per occurrence), traditional characters folded to simplified by govpub's own table
(:func:`govpub.compliance.hanzi.traditional_to_simplified`), so the list is of simplified
characters and a reader folds before looking one up.  Each line is ``n: characters``: the
characters whose share of all counted occurrences rounds to 2⁻ⁿ (their cost in bits), most
frequent first, at most ``PER_LINE`` to a line.  A word list's counts, not a running-text
corpus, are good enough for what reads them — which of a code's two Chinese readings is
likelier (:mod:`govpub.compliance.code_readings`).
"""

from __future__ import annotations

import math
import sys
from collections import Counter
from pathlib import Path

from govpub.compliance.hanzi import traditional_to_simplified

#: the rarest cost written, in bits: the 6,400 characters down to it cover 99.9 % of the
#: counted occurrences; a character not listed costs more (code_readings' _UNLISTED)
RAREST = 20
PER_LINE = 50
OUT = Path("govpub/compliance/data/hanzi_frequency.txt")
HEADER = """\
# Hanzi (simplified) by how often they are used: "n: characters" — the characters whose share
# of all counted occurrences rounds to 2^-n, most frequent first, n from the commonest to {rarest}.
# Made by tests/compliance/make_hanzi_frequency.py from jieba 0.42.1's dict.txt (MIT licence,
# LICENSE.jieba; https://github.com/fxsjy/jieba): a character's count is the sum of the
# frequencies of the words that hold it, traditional characters folded to simplified by
# t2s_chars.txt.  Read by govpub.compliance.code_readings: which of a QR code's two Chinese
# readings (GB 18030 or Big5) is likelier Chinese text.
"""


def counted(dictionary: Path) -> Counter[str]:
    """The CJK unified ideographs of the dictionary's words, with their counts."""
    fold = traditional_to_simplified()
    counts: Counter[str] = Counter()
    for line in dictionary.read_text(encoding="utf-8").splitlines():
        word, frequency, *_ = line.split()
        for c in word:
            if "\u4e00" <= c <= "\u9fff":
                counts[fold.get(c, c)] += int(frequency)
    return counts


def lines(counts: Counter[str]) -> list[str]:
    """The ``n: characters`` lines, most frequent first (ties by code point: the same file
    on every run)."""
    total = sum(counts.values())
    out: list[str] = []
    band, chars = 0, ""
    for c in sorted(counts, key=lambda c: (-counts[c], c)):
        cost = round(-math.log2(counts[c] / total))
        if cost > RAREST:
            break
        if cost != band or len(chars) == PER_LINE:
            if chars:
                out.append(f"{band}: {chars}")
            band, chars = cost, ""
        chars += c
    out.append(f"{band}: {chars}")
    return out


def main(dictionary: str) -> None:
    text = HEADER.format(rarest=RAREST) + "\n".join(lines(counted(Path(dictionary)))) + "\n"
    OUT.write_text(text, encoding="utf-8")


if __name__ == "__main__":
    main(sys.argv[1])
