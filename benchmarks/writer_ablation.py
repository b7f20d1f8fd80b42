"""Ablation: the ledger writer committing on the event loop's thread, or only on its own.

``overhead.py``'s workload (N own-app deliveries to an in-process platform) in one
process, three sides per round in rotating order: govpub as it is (a moment's
ledger calls committed on the event loop's thread when SQLite can begin without
waiting), govpub with every call sent to the writer's thread
(``LedgerWriter(on_loop=False)``, how it worked before), and the durable script.
Medians of wall and process CPU per delivery, and of the per-round ratios.

    python benchmarks/writer_ablation.py --n 1000 --rounds 9
"""

from __future__ import annotations

import argparse
import asyncio
import statistics
import tempfile
from functools import partial
from pathlib import Path

import overhead

import govpub.publisher.core
from govpub.publisher.writer import LedgerWriter

SIDES = ("on loop", "thread only", "script")


def run(n: int, rounds: int) -> dict[str, list[tuple[float, float]]]:
    samples: dict[str, list[tuple[float, float]]] = {side: [] for side in SIDES}
    with tempfile.TemporaryDirectory(prefix="govpub-writer-") as tmp:
        for number in range(rounds):
            for side in SIDES[number % 3 :] + SIDES[: number % 3]:
                govpub.publisher.core.LedgerWriter = partial(  # type: ignore[misc]
                    LedgerWriter, on_loop=side != "thread only"
                )
                root = Path(tmp) / f"{number}-{side.replace(' ', '-')}"
                root.mkdir()
                send = overhead.run_plain if side == "script" else overhead.run_govpub
                wall, cpu, done = asyncio.run(send(overhead.write_matrix(root, n)))
                samples[side].append((1000 * wall / done, 1000 * cpu / done))
    govpub.publisher.core.LedgerWriter = LedgerWriter  # type: ignore[misc]
    return samples


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--n", type=int, default=1000, help="accounts (deliveries per round)")
    parser.add_argument("--rounds", type=int, default=9, help="rounds (each side once per round)")
    args = parser.parse_args()
    samples = run(args.n, args.rounds)
    script = samples["script"]
    print(f"{args.n} own-app deliveries, {args.rounds} rounds (ms per delivery; ratios per round)")
    print("                     wall    cpu   wall ×  cpu ×  (to the durable script)")
    for side in SIDES:
        mine = samples[side]
        wall = statistics.median(w for w, _ in mine)
        cpu = statistics.median(c for _, c in mine)
        rw = statistics.median(a[0] / b[0] for a, b in zip(mine, script, strict=True))
        rc = statistics.median(a[1] / b[1] for a, b in zip(mine, script, strict=True))
        print(f"{side:<18} {wall:6.3f} {cpu:6.3f}  {rw:5.2f}  {rc:5.2f}")
    paired = statistics.median(
        a[1] / b[1] for a, b in zip(samples["on loop"], samples["thread only"], strict=True)
    )
    print(f"on loop / thread only, CPU, median of rounds: {paired:.3f}")


if __name__ == "__main__":
    main()
