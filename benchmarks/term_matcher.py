"""Benchmark: which engine a term list should get without Hyperscan — expression or automaton.

:class:`govpub.compliance.wording.TermMatcher` matches a term list by one regular
expression or by a pyahocorasick automaton.  The regex engine skips to the terms' first
characters at C speed, so its cost follows how many different first characters the terms
have (and how often the text holds them), not how many terms there are; the automaton
steps through every character whatever the list.  This times both, interleaved, on the
benchmark posts of ``benchmarks/compliance.py`` (folded), for the shipped lists and for
synthetic lists of N terms whose first characters are F characters the posts hold.

Run from the repository root::

    python benchmarks/term_matcher.py            # median µs a post, CPU, per engine
"""

from __future__ import annotations

import random
import statistics
import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).parent))

from compliance import make_post

from govpub import Policy
from govpub.compliance.folding import fold
from govpub.compliance.wording import Term, TermMatcher


def _time(matcher: TermMatcher, texts: list[str]) -> float:
    start = time.process_time()
    for text in texts:
        for _ in matcher.find(text):
            pass
    return (time.process_time() - start) / len(texts) * 1e6


def compare(terms: list[Term], texts: list[str], rounds: int = 5) -> tuple[float, float]:
    """Median µs a post by the expression and by the automaton, the two taking turns."""
    regex = TermMatcher(terms, engine="regex")
    automaton = TermMatcher(terms, engine="automaton")
    times: dict[str, list[float]] = {"regex": [], "automaton": []}
    _time(regex, texts[:1]), _time(automaton, texts[:1])
    for index in range(rounds):
        pair = [("regex", regex), ("automaton", automaton)]
        for name, matcher in pair if index % 2 else reversed(pair):
            times[name].append(_time(matcher, texts))
    return statistics.median(times["regex"]), statistics.median(times["automaton"])


def main() -> int:
    texts = [fold(make_post(seed).body).text for seed in range(20)]
    shipped = [t for _, _, group in Policy.default().terms._entries.values() for t in group]
    firsts = len({key[0] for key in Policy.default().terms._entries})
    print("terms  first chars   expression µs  automaton µs")
    regex, automaton = compare(shipped, texts)
    print(f"{len(shipped):5}  {firsts:11}   {regex:13.0f}  {automaton:12.0f}   (shipped)")
    rng = random.Random(1)
    held = sorted(c for c in set("".join(texts)) if "\u4e00" <= c <= "\u9fff")
    for count in (20, 64, 100, 150):
        for size in (200, 800):
            heads = rng.sample(held, count)
            terms = [
                Term("terms.x", "warn", rng.choice(heads) + rng.choice(held) + rng.choice(held))
                for _ in range(size)
            ]
            regex, automaton = compare(terms, texts)
            print(f"{size:5}  {count:11}   {regex:13.0f}  {automaton:12.0f}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
