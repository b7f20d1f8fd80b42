"""Benchmark: ``overhead.py``'s two sides, with govpub from two source trees, in one run.

A before/after comparison on a shared, loaded machine is only fair when the
rounds interleave.  One interpreter cannot import two govpubs, so each sample
is a fresh process: it imports govpub from the tree given (``PYTHONPATH``),
publishes once to warm up (imports, first-use caches), then times one round of
one side exactly as ``overhead.py`` does.  Samples rotate through the sides,
and the figures are medians of wall and CPU time per delivery.

    git archive main govpub | tar -x -C /tmp/base     # the tree to compare with
    python benchmarks/overhead_compare.py --before /tmp/base --n 1000 --rounds 7

The durable script is timed with the current tree (it uses govpub only to load
the matrix and render the post, outside the timed part).
"""

from __future__ import annotations

import argparse
import asyncio
import json
import os
import statistics
import subprocess
import sys
import tempfile
from pathlib import Path

HERE = Path(__file__).resolve().parent


def sample(side: str, n: int) -> dict[str, float]:
    """In this process: warm up, then one timed round of ``side`` (ms per delivery)."""
    sys.path.insert(0, str(HERE))
    import overhead  # from the tree on PYTHONPATH, in a fresh process

    run = overhead.run_plain if side == "plain" else overhead.run_govpub
    with tempfile.TemporaryDirectory(prefix="govpub-compare-") as tmp:
        warm = Path(tmp) / "warm"
        warm.mkdir()
        asyncio.run(run(overhead.write_matrix(warm, 100)))
        timed = Path(tmp) / "timed"
        timed.mkdir()
        wall, cpu, done = asyncio.run(run(overhead.write_matrix(timed, n)))
    if done != n:
        raise SystemExit(f"{side} delivered {done} of {n}")
    return {"wall": 1000 * wall / n, "cpu": 1000 * cpu / n}


def compare(before: str, n: int, rounds: int) -> dict[str, dict[str, float]]:
    """Interleaved fresh-process samples of each side; medians per side."""
    here = str(HERE.parent)
    sides = {"plain": here, "before": before, "after": here}
    samples: dict[str, list[dict[str, float]]] = {name: [] for name in sides}
    for number in range(rounds):
        order = list(sides) if number % 2 == 0 else list(sides)[::-1]
        for name in order:
            side = "plain" if name == "plain" else "govpub"
            out = subprocess.run(  # noqa: S603 - this interpreter, our arguments
                [sys.executable, __file__, "--sample", side, "--n", str(n)],
                env={**os.environ, "PYTHONPATH": sides[name]},
                capture_output=True,
                text=True,
                check=True,
            ).stdout
            samples[name].append(json.loads(out))
    return {
        name: {kind: statistics.median(s[kind] for s in rows) for kind in ("wall", "cpu")}
        for name, rows in samples.items()
    }


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--before", help="a govpub source tree to compare with (PYTHONPATH)")
    parser.add_argument("--n", type=int, default=1000, help="accounts (deliveries per round)")
    parser.add_argument("--rounds", type=int, default=7, help="samples per side")
    parser.add_argument("--sample", choices=["plain", "govpub"], help=argparse.SUPPRESS)
    args = parser.parse_args()
    if args.sample:
        print(json.dumps(sample(args.sample, args.n)))
        return
    if not args.before:
        parser.error("--before is required")
    figures = compare(args.before, args.n, args.rounds)
    print(
        f"{args.n} own-app deliveries, medians of {args.rounds} interleaved fresh-process "
        "samples per side (ms per delivery)"
    )
    print("                                       wall    cpu   wall ×  cpu ×")
    plain = figures["plain"]
    for name, label in (
        ("plain", "durable script (WAL, 2 commits each)"),
        ("before", "govpub before"),
        ("after", "govpub after"),
    ):
        f = figures[name]
        print(
            f"{label:<37} {f['wall']:6.3f} {f['cpu']:6.3f}  "
            f"{f['wall'] / plain['wall']:5.2f} {f['cpu'] / plain['cpu']:5.2f}"
        )


if __name__ == "__main__":
    main()
