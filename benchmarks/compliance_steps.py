"""Benchmark: where ``govpub.check`` spends its time — each step alone, in floors.

``benchmarks/compliance.py`` says how far ``check()`` is from its targets; this
script says why.  On the same real-looking posts (20,000 characters, 100 links,
the shipped lists), each step that ``check()`` runs on a post's body is timed
alone, in the order ``check()`` runs them, and divided by the floor (one
pyahocorasick pass over the same body, ``compliance.py``'s floor) timed on the
same post: a figure of 0.5 F is half a floor.  Every post is new, so the link
classification caches start empty for its URLs, as in ``check()``; ``check()``
itself is timed on posts of its own for the same reason.  Figures are medians
over the posts, in CPU time (``time.process_time``), so that load from other
processes on a shared machine counts less.

    python benchmarks/compliance_steps.py            # 24 posts
    python benchmarks/compliance_steps.py --quick    # 3 posts (the test suite)
    python benchmarks/compliance_steps.py --by-links # check() by the links a post holds

``--by-links`` times ``check()`` whole on posts of the same length that hold all their
links, none, or only one kind (government, news, other sites, ads): the prose's cost,
and each kind's.

The steps do not add up to ``check()`` exactly: the title field, the findings'
excerpts and messages, sorting and the post's other fields are not timed alone.
"""

from __future__ import annotations

import argparse
import statistics
import sys
import time
from collections.abc import Callable
from pathlib import Path
from typing import Any

sys.path.insert(0, str(Path(__file__).parent))
from compliance import SEED, floor, floor_automaton, make_post

from govpub import Policy, Post, check
from govpub.compliance.anchors import find_anchors
from govpub.compliance.disclosure import find_disclosure_notes
from govpub.compliance.field_view import FieldView
from govpub.compliance.fields import rebuild_post, text_fields
from govpub.compliance.folding import fold
from govpub.compliance.internal_notes import find_internal_notes
from govpub.compliance.link_findings import link_warnings
from govpub.compliance.links import flatten, scan_links
from govpub.compliance.personal_findings import personal_data
from govpub.compliance.run import Run
from govpub.compliance.secrecy import find_markings
from govpub.compliance.share_codes import find_share_codes
from govpub.compliance.spelled_links import find_spelled_links
from govpub.compliance.strip import rewrite_links


def _cpu(function: Callable[[], Any]) -> tuple[float, Any]:
    start = time.process_time()
    result = function()
    return time.process_time() - start, result


def _steps(post: Post, policy: Policy) -> dict[str, float]:
    """CPU seconds of each step on ``post``'s body, in the order check() runs them."""
    spec = next(s for s in text_fields(post) if s.name == "body")
    body = spec.text
    times: dict[str, float] = {}
    times["fold"], folded = _cpu(lambda: fold(body))
    times["find links"], spans = _cpu(lambda: scan_links(body, folded=folded))
    view = FieldView(spec, folded, flatten(spans))
    run = Run(post, policy)
    times["personal data"], view.masks = _cpu(lambda: personal_data(run, view))
    times["terms and anchors (one pass)"], anchors = _cpu(
        lambda: find_anchors(folded.text, policy.terms)
    )
    times["markings, notes, share codes"], _ = _cpu(
        lambda: (
            list(find_markings(folded.text)),
            list(find_internal_notes(folded.text)),
            list(find_disclosure_notes(folded.text, anchors=anchors.notes)),
            list(find_share_codes(folded.text)),
        )
    )
    times["spelled-out ad hosts"], _ = _cpu(
        lambda: list(
            find_spelled_links(folded.text, policy.links.is_ad_host, candidates=anchors.spelled)
        )
    )
    times["link warnings"], _ = _cpu(lambda: link_warnings(run, spec, view.links))
    times["strip links"], (clean, _) = _cpu(lambda: rewrite_links(body, policy, spans))
    times["new post (content id)"], _ = _cpu(lambda: rebuild_post(post, {"body": clean}, set()))
    return times


def breakdown(posts: int) -> tuple[dict[str, float], float]:
    """Median floors per step, and the median floor in milliseconds."""
    policy = Policy.default()
    automaton = floor_automaton(policy)
    warm = make_post(SEED)
    check(warm, policy)
    _steps(warm, policy)
    ratios: dict[str, list[float]] = {}
    floors: list[float] = []
    for index in range(posts):
        stepped, whole = make_post(SEED + 2 * index + 1), make_post(SEED + 2 * index + 2)
        for post, measure in ((stepped, lambda p: _steps(p, policy)), (whole, None)):
            base, _ = _cpu(lambda post=post: floor(automaton, post.body))
            if base <= 0:
                continue  # a CPU clock too coarse to see the floor
            floors.append(base)
            if measure is None:
                spent, _ = _cpu(lambda post=post: check(post, policy))
                ratios.setdefault("check() whole", []).append(spent / base)
                continue
            for name, spent in measure(post).items():
                ratios.setdefault(name, []).append(spent / base)
    medians = {name: statistics.median(values) for name, values in ratios.items()}
    return medians, statistics.median(floors) * 1000


#: The posts ``--by-links`` compares: the link kinds each keeps (``None``: all of them).
LINK_MIXES: dict[str, tuple[str, ...] | None] = {
    "all 100 links": None,
    "no links": (),
    "only the 45 government links": ("gov",),
    "only the 24 news links": ("news",),
    "only the 19 other-site links": ("other",),
    "only the 12 ad links": ("ad",),
}


def by_links(posts: int) -> tuple[dict[str, float], float]:
    """Median floors of ``check()`` whole on each mix of :data:`LINK_MIXES`, and the
    median floor in milliseconds; the mixes take turns on each seed."""
    policy = Policy.default()
    automaton = floor_automaton(policy)
    check(make_post(SEED), policy)
    ratios: dict[str, list[float]] = {name: [] for name in LINK_MIXES}
    floors: list[float] = []
    for index in range(posts):
        for name, kinds in LINK_MIXES.items():
            post = make_post(SEED + 1 + index, kinds)
            base, _ = _cpu(lambda post=post: floor(automaton, post.body))
            if base <= 0:
                continue  # a CPU clock too coarse to see the floor
            floors.append(base)
            spent, _ = _cpu(lambda post=post: check(post, policy))
            ratios[name].append(spent / base)
    return {name: statistics.median(v) for name, v in ratios.items() if v}, (
        statistics.median(floors) * 1000
    )


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=(__doc__ or "").splitlines()[0])
    parser.add_argument("--quick", action="store_true", help="3 posts")
    parser.add_argument("--posts", type=int, default=24)
    parser.add_argument(
        "--by-links", action="store_true", help="check() whole by the links a post holds"
    )
    args = parser.parse_args(argv)
    posts = 3 if args.quick else args.posts
    if args.by_links:
        medians, floor_ms = by_links(posts)
        print(f"floor F = {floor_ms:.2f} ms CPU (median); check() whole, 20,000 characters, with:")
        for name, value in medians.items():
            print(f"  {name:<30} {value:5.2f} F  ({value * floor_ms:.2f} ms)")
        return 0
    medians, floor_ms = breakdown(posts)
    print(f"floor F = {floor_ms:.2f} ms CPU (median); each step of check() on the body, alone:")
    for name, value in medians.items():
        print(f"  {name:<30} {value:5.2f} F")
    steps = sum(v for k, v in medians.items() if k != "check() whole")
    print(f"  {'(the steps together)':<30} {steps:5.2f} F")
    return 0


if __name__ == "__main__":
    sys.exit(main())
