"""Which corpus cases make ``check()`` grow faster than the text: every case, repeated.

A reader that asks every earlier finding, or the whole text, again for each new finding is
linear on a short post and quadratic on a long one — an annual report with a table row per
person, a page of share codes.  This script repeats the text of every case of
``tests/compliance/corpus/`` to ``--size`` characters and to ``--factor`` times as many,
times ``check()`` on both (CPU, best of two) and prints the cases whose time grew most:
linear work grows about ``--factor`` times, quadratic work ``--factor`` squared.

Run from the repository root::

    python benchmarks/growth.py                      # 2,000 and 8,000 characters, all cases
    python benchmarks/growth.py --size 4000 --factor 10 --only NAME …   # confirm a few

A reader whose reach is bounded (a table's header looked for 4,000 characters up) grows
faster until the text passes the reach, and linearly after it: confirm a case at a larger
size before calling it quadratic.  Readers found quadratic this way are guarded in
``tests/compliance/test_linear_time.py``.
"""

from __future__ import annotations

import argparse
import statistics
import time
from collections.abc import Iterator
from pathlib import Path

import yaml

from govpub import Policy, Post, check

CORPUS = Path(__file__).parents[1] / "tests" / "compliance" / "corpus"


def corpus_texts() -> Iterator[tuple[str, str]]:
    """``(family:id, text)`` of every corpus case with a text, each text once."""
    seen: set[str] = set()
    for path in sorted(CORPUS.glob("*.yaml")):
        family = yaml.safe_load(path.read_text("utf-8"))
        for case in family.get("cases", []):
            text = case.get("text")
            if isinstance(text, str) and text.strip() and text not in seen:
                seen.add(text)
                yield f"{family['family']}:{case['id']}", text


def repeated(text: str, size: int) -> str:
    """``text`` repeated to ``size`` characters, a line or a space between the copies."""
    unit = text + ("\n" if len(text) > 40 else " ")
    return (unit * (size // len(unit) + 1))[:size]


def cpu_seconds(body: str, policy: Policy) -> float:
    """The best of two runs of ``check()`` on a post with ``body`` (CPU seconds)."""
    best = float("inf")
    for _ in range(2):
        started = time.process_time()
        check(Post(title="通知", body=body), policy)
        best = min(best, time.process_time() - started)
    return best


def growth(
    size: int, factor: int, only: set[str] | None = None
) -> list[tuple[float, float, float, str]]:
    """``(ratio, small seconds, large seconds, case)`` for each case, the fastest-growing first."""
    policy = Policy.default()
    check(Post(title="通知", body="预热"), policy)  # first-use tables built before timing
    rows = []
    for name, text in corpus_texts():
        if only is not None and name not in only:
            continue
        small = cpu_seconds(repeated(text, size), policy)
        large = cpu_seconds(repeated(text, size * factor), policy)
        rows.append((large / max(small, 1e-4), small, large, name))
    return sorted(rows, reverse=True)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--size", type=int, default=2_000, help="characters of the small text")
    parser.add_argument("--factor", type=int, default=4, help="how many times larger the other")
    parser.add_argument("--top", type=int, default=30, help="how many cases to print")
    parser.add_argument("--only", nargs="*", help="time only these cases (family:id)")
    args = parser.parse_args(argv)
    rows = growth(args.size, args.factor, set(args.only) if args.only else None)
    print(f"{len(rows)} cases, {args.size:,} and {args.size * args.factor:,} characters")
    print(f"{'ratio':>6} {'small ms':>9} {'large ms':>9}  case")
    for ratio, small, large, name in rows[: args.top]:
        print(f"{ratio:6.1f} {small * 1000:9.1f} {large * 1000:9.1f}  {name}")
    if rows:
        print(f"median ratio {statistics.median(r[0] for r in rows):.2f} (linear: {args.factor})")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
