"""Benchmark: what common constructs the compliance benchmark's workload lacks cost ``check()``.

``benchmarks/compliance.py``'s posts hold no ``&nbsp;``, no tag the fold removes, no Markdown
emphasis, no tab, no ★ and no 密; a reader gated on such a character that then runs a
whole-text pass shows up only on posts that hold one.  This script adds five of one construct
to each of eight of that benchmark's posts (after ``工作``) and prints ``check()``'s CPU time,
ms a post (the median over the posts of each post's minimum of five), for each construct.

Run from a tree's root to time that tree (``PYTHONPATH=. python <this file>``); to compare two
trees, run it in each, alternately, on a quiet machine (docs/performance.md, *What the
workload lacks*).
"""

from __future__ import annotations

import statistics
import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).parent))
from compliance import make_post

from govpub import Policy, check

CONSTRUCTS = ("", "保密", "&nbsp;", "**", "\t", "★", "<span>x</span>", "秘书")


def main() -> int:
    policy = Policy.default()
    posts = [make_post(seed) for seed in range(2000, 2008)]
    check(posts[0], policy)  # (compiles and loads what check() uses)
    figures = []
    for construct in CONSTRUCTS:
        per_post = []
        for post in posts:
            body = post.body.replace("工作", "工作" + construct, 5)
            changed = post.model_copy(update={"body": body})
            times = []
            for _ in range(5):
                start = time.process_time()
                check(changed, policy)
                times.append(time.process_time() - start)
            per_post.append(min(times))
        figures.append(f"{construct or 'none'!r}: {statistics.median(per_post) * 1e3:.2f} ms")
    sys.stdout.write("\n".join(figures) + "\n")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
