"""Benchmark: ``govpub.check`` of this tree against another revision, in alternating processes.

A change to the compliance rules is kept when it pays for itself, and one per cent
is below what one run on a shared machine can tell.  This script tells it: each
*process* loads one tree (``PYTHONPATH``), warms up on a few posts of
``benchmarks/compliance.py``, then times ``check()`` once on each of a stream of
new posts (CPU time, ``time.process_time``) and reports the median; the two trees
alternate process by process, so that load and CPU frequency fall on both alike.
It prints every pair and, at the end, the medians and the best of each side and
their ratios (B/A < 1: this tree is faster).

The other side is a git revision, exported with ``git archive`` into a temporary
directory (``--base``, default ``main``), or a directory (``--base-dir``).  The
posts and the benchmark code are this tree's on both sides, so that both time the
same work.

Run from the repository root::

    python benchmarks/check_ab.py                     # 7 pairs against main
    python benchmarks/check_ab.py --base 2e82e07 --pairs 11
    python benchmarks/check_ab.py --quick             # 1 pair of few posts (the test suite)
"""

from __future__ import annotations

import argparse
import os
import statistics
import subprocess
import sys
import tarfile
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
WARM_UP = 20


def measure(posts: int) -> float:
    """In a child process: the median CPU milliseconds of ``check()`` over ``posts`` new posts."""
    sys.path.insert(0, str(ROOT / "benchmarks"))
    import compliance as bench  # (this tree's posts, whichever govpub is loaded)

    from govpub import Policy, check

    policy = Policy.default()
    stream = [bench.make_post(seed) for seed in range(WARM_UP + posts)]
    for post in stream[:WARM_UP]:
        check(post, policy)
    times = []
    for post in stream[WARM_UP:]:
        started = time.process_time()
        check(post, policy)
        times.append(time.process_time() - started)
    return statistics.median(times) * 1000


def _child(tree: Path, posts: int) -> float:
    """One process on ``tree``: its median, as :func:`measure` gives it.

    The process starts outside the repository: ``python -c`` puts its working directory
    first on ``sys.path``, ahead of ``PYTHONPATH``, and the root's ``govpub/`` would be
    loaded on both sides.  It says where its ``govpub`` came from, and that is checked."""
    code = f"import sys; sys.path.insert(0, {str(ROOT / 'benchmarks')!r}); import check_ab; "
    code += f"import govpub; print(govpub.__file__); print(check_ab.measure({posts}))"
    env = {**os.environ, "PYTHONPATH": str(tree)}
    out = subprocess.run(  # noqa: S603 - this interpreter, our own code
        [sys.executable, "-c", code],
        env=env,
        capture_output=True,
        text=True,
        check=True,
        cwd=tempfile.gettempdir(),
    )
    *_, loaded, median = out.stdout.strip().splitlines()
    if Path(loaded).parent.parent != tree:
        raise RuntimeError(f"govpub was loaded from {loaded}, not from {tree}")
    return float(median)


def _export(revision: str, into: Path) -> Path:
    """``revision`` of this repository as a plain directory under ``into``."""
    archive = into / "base.tar"
    with archive.open("wb") as out:
        subprocess.run(  # noqa: S603
            ["git", "archive", revision],  # noqa: S607 - git from PATH, as a developer runs it
            cwd=ROOT,
            stdout=out,
            check=True,
        )
    tree = into / "base"
    with tarfile.open(archive) as tar:
        tar.extractall(tree, filter="data")
    return tree


def compare(base: Path, pairs: int, posts: int) -> dict[str, float]:
    """Alternate ``base`` (A) and this tree (B) ``pairs`` times; print and return the figures."""
    a_side: list[float] = []
    b_side: list[float] = []
    for pair in range(pairs):
        order = [(base, a_side), (ROOT, b_side)]
        if pair % 2:
            order.reverse()  # (which side runs first alternates too)
        for tree, side in order:
            side.append(_child(tree, posts))
        print(f"pair {pair + 1:2}: A {a_side[-1]:.3f} ms   B {b_side[-1]:.3f} ms", flush=True)
    figures = {
        "A median": statistics.median(a_side),
        "B median": statistics.median(b_side),
        "A best": min(a_side),
        "B best": min(b_side),
    }
    figures["B/A median"] = figures["B median"] / figures["A median"]
    figures["B/A best"] = figures["B best"] / figures["A best"]
    return figures


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--base", default="main", help="git revision for side A (default main)")
    parser.add_argument("--base-dir", type=Path, help="a source tree for side A instead")
    parser.add_argument("--pairs", type=int, default=7, help="alternating pairs (default 7)")
    parser.add_argument("--posts", type=int, default=140, help="timed posts per process")
    parser.add_argument("--quick", action="store_true", help="1 pair of 3 posts")
    args = parser.parse_args(argv)
    pairs, posts = (1, 3) if args.quick else (args.pairs, args.posts)
    with tempfile.TemporaryDirectory() as scratch:
        base = args.base_dir.resolve() if args.base_dir else _export(args.base, Path(scratch))
        side_a = str(args.base_dir) if args.base_dir else args.base
        print(f"A: {side_a}   B: this tree ({ROOT}); {pairs} pairs, {posts} posts a process")
        figures = compare(base, pairs, posts)
    print(
        f"A median {figures['A median']:.3f} ms, best {figures['A best']:.3f} ms | "
        f"B median {figures['B median']:.3f} ms, best {figures['B best']:.3f} ms | "
        f"B/A median {figures['B/A median']:.3f}, best {figures['B/A best']:.3f}"
    )
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
