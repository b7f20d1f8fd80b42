"""Benchmark: start-up — ``import govpub`` and whole ``govpub`` runs, against ``python -c pass``.

Every figure is a whole process of this interpreter, started N times.  The
cases run interleaved (one of each per round, in a rotated order), so that all
of them see the same machine load, and the script prints, per case, the median
wall-clock and CPU (user + system) time, the spread (min–max) and the ratio to
``python -c pass`` measured in the same rounds.  On a loaded machine the wall
clock moves most; CPU time and the ratios are the steadier figures.

    python benchmarks/startup.py                 # 21 rounds
    python benchmarks/startup.py --repeat 41 --importtime-runs 5
    python benchmarks/startup.py --quick         # 1 round, for the test suite

Bytecode: the children cache their ``.pyc`` files in a temporary
``PYTHONPYCACHEPREFIX`` (warmed before timing), as an installed package has them,
even where ``PYTHONDONTWRITEBYTECODE`` is set — an editable install then compiles
every govpub module from source at each start, which is not what users pay.
``--source`` measures that way instead.

Then ``python -X importtime`` breaks ``import govpub`` and ``govpub check`` down
by module (median self time over a few runs): the ten most expensive modules,
and the ten most expensive top-level packages, so a regression names itself.

Targets (issue 12, on an idle machine): ``import govpub`` <= 150 ms and
``govpub check POST.md`` <= 0.5 s as a whole process.  ``--budget`` makes the
script exit 1 when a median is over its target (not used in CI: timing on a
shared runner is noise; tests/core/test_import_budget.py guards the causes).
"""

from __future__ import annotations

import argparse
import os
import re
import resource
import statistics
import subprocess
import sys
import tempfile
import time
from collections import defaultdict
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
TARGETS_MS = {"import govpub": 150.0, "govpub check": 500.0}


def govpub_command() -> list[str]:
    """The installed ``govpub`` script next to this interpreter, else ``python -m govpub``."""
    script = Path(sys.executable).parent / "govpub"
    return [str(script)] if script.is_file() else [sys.executable, "-m", "govpub"]


Case = tuple[list[str], tuple[int, ...], dict[str, str]]


def cases(post: Path, config: Path | None, baseline: Path | None) -> dict[str, Case]:
    """Name -> (command, accepted exit codes, extra environment)."""
    py = sys.executable
    gp = govpub_command()
    plain: dict[str, tuple[list[str], tuple[int, ...]]] = {
        "python -c pass": ([py, "-c", "pass"], (0,)),
        "import govpub": ([py, "-c", "import govpub"], (0,)),
        "import govpub; govpub.check": (
            [py, "-c", "import govpub; govpub.check, govpub.Post, govpub.Policy"],
            (0,),
        ),
        "govpub --version": ([*gp, "--version"], (0,)),
        "govpub check": ([*gp, "check", str(post)], (0, 3)),
    }
    if config is not None:
        plain["govpub check --config"] = (
            [*gp, "--config", str(config), "check", str(post)],
            (0, 3),
        )
    out: dict[str, Case] = {name: (cmd, ok, {}) for name, (cmd, ok) in plain.items()}
    if baseline is not None:  # the same runs of another source tree, found first on sys.path
        for name, (cmd, ok) in plain.items():
            if name != "python -c pass":
                out[f"{name} [baseline]"] = (cmd, ok, {"PYTHONPATH": str(baseline)})
    return out


def child_env(pycache: str | None) -> dict[str, str]:
    """The environment without GOVPUB_* settings; bytecode cached under ``pycache`` if given."""
    env = {k: v for k, v in os.environ.items() if not k.startswith("GOVPUB_")}
    if pycache is not None:
        env.pop("PYTHONDONTWRITEBYTECODE", None)
        env["PYTHONPYCACHEPREFIX"] = pycache
    return env


def run_once(case: Case, env: dict[str, str], cwd: Path) -> tuple[float, float]:
    """(wall seconds, CPU seconds of the child) for one run of ``case``."""
    command, accepted, extra = case
    before = resource.getrusage(resource.RUSAGE_CHILDREN)
    start = time.perf_counter()
    proc = subprocess.run(  # noqa: S603 - this interpreter, our arguments
        command, capture_output=True, env={**env, **extra}, cwd=cwd, check=False
    )
    wall = time.perf_counter() - start
    after = resource.getrusage(resource.RUSAGE_CHILDREN)
    if proc.returncode not in accepted:
        sys.exit(
            f"{' '.join(command)} exited {proc.returncode}:\n"
            f"{proc.stderr.decode(errors='replace')[-2000:]}"
        )
    cpu = (after.ru_utime - before.ru_utime) + (after.ru_stime - before.ru_stime)
    return wall, cpu


def measure(
    table: dict[str, Case], repeat: int, env: dict[str, str], cwd: Path, warmups: int = 2
) -> dict[str, tuple[list[float], list[float]]]:
    """Interleaved rounds: each round runs every case once, in an order rotated by the round."""
    names = list(table)
    for _ in range(warmups):  # warm the file cache and write the .pyc files
        for name in names:
            run_once(table[name], env, cwd)
    results: dict[str, tuple[list[float], list[float]]] = {name: ([], []) for name in names}
    for round_ in range(repeat):
        shift = round_ % len(names)
        for name in names[shift:] + names[:shift]:
            wall, cpu = run_once(table[name], env, cwd)
            results[name][0].append(wall)
            results[name][1].append(cpu)
    return results


_LINE = re.compile(r"import time:\s+(\d+) \|\s+(\d+) \|( *)(\S+)")


def importtime(command: list[str], runs: int, env: dict[str, str], cwd: Path) -> dict[str, float]:
    """Median self time (ms) per module over ``runs`` runs of ``python -X importtime``."""
    samples: dict[str, list[float]] = defaultdict(list)
    for _ in range(runs):
        proc = subprocess.run(  # noqa: S603 - this interpreter, our arguments
            [sys.executable, "-X", "importtime", *command],
            capture_output=True,
            text=True,
            env=env,
            cwd=cwd,
            check=False,
        )
        for line in proc.stderr.splitlines():
            match = _LINE.match(line)
            if match:
                samples[match[4]].append(int(match[1]) / 1000)
    return {
        name: statistics.median(values + [0.0] * (runs - len(values)))
        for name, values in samples.items()
    }


def package_of(module: str) -> str:
    """``pydantic._internal._fields`` -> ``pydantic``; govpub modules by subpackage."""
    parts = module.split(".")
    return ".".join(parts[:2]) if parts[0] == "govpub" else parts[0]


def print_breakdown(title: str, selfs: dict[str, float], top: int) -> None:
    total = sum(selfs.values())
    print(f"\n{title}: {total:.0f} ms of imports in {len(selfs)} modules (median self times)")
    packages: dict[str, float] = defaultdict(float)
    for module, ms in selfs.items():
        packages[package_of(module)] += ms
    by_module = sorted(selfs.items(), key=lambda item: -item[1])[:top]
    by_package = sorted(packages.items(), key=lambda item: -item[1])[:top]
    print(f"  {'module':<44}{'self ms':>8}    {'package':<28}{'ms':>7}")
    for (module, ms), (package, pms) in zip(by_module, by_package, strict=False):
        print(f"  {module:<44}{ms:8.1f}    {package:<28}{pms:7.1f}")


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--repeat", type=int, default=21, help="interleaved rounds (default 21)")
    parser.add_argument("--post", type=Path, default=ROOT / "examples" / "post.md")
    parser.add_argument(
        "--config",
        type=Path,
        default=None,
        help="also time `govpub --config CONFIG check POST` (e.g. examples/govpub.toml)",
    )
    parser.add_argument(
        "--baseline",
        type=Path,
        default=None,
        help="also time another govpub source tree (PYTHONPATH=DIR), interleaved with this one "
        "(e.g. `git archive main | tar -x -C /tmp/base`)",
    )
    parser.add_argument("--top", type=int, default=10, help="modules in the breakdown")
    parser.add_argument("--importtime-runs", type=int, default=3)
    parser.add_argument("--quick", action="store_true", help="1 round, 1 importtime run")
    parser.add_argument("--budget", action="store_true", help="exit 1 when over a target")
    parser.add_argument(
        "--source", action="store_true", help="no bytecode cache: compile from source each time"
    )
    args = parser.parse_args()
    # The children run in an empty directory: no ./govpub.toml is found, and no source tree
    # in the working directory shadows the installed govpub (or the --baseline one).
    with tempfile.TemporaryDirectory(prefix="govpub-startup-") as scratch:
        cwd = Path(scratch) / "cwd"
        cwd.mkdir()
        return report(args, None if args.source else str(Path(scratch) / "pycache"), cwd)


def print_paired(results: dict[str, tuple[list[float], list[float]]]) -> None:
    """Per round, each case's baseline minus this tree: the median and middle half of those.

    The two runs of a round are seconds apart, so a difference of 20 ms stands out of load
    that moves the medians of either side by 50 ms from one minute to the next.
    """
    print("\npaired by round, baseline - this tree (CPU ms; > 0: this tree is faster)")
    for name, (_, cpus) in results.items():
        other = results.get(f"{name} [baseline]")
        if other is None or len(cpus) < 4:
            continue
        saved = sorted((b - a) * 1000 for a, b in zip(cpus, other[1], strict=True))
        low, middle, high = statistics.quantiles(saved, n=4)
        print(f"  {name:<38}{middle:7.0f}   (middle half {low:.0f} to {high:.0f})")


def report(args: argparse.Namespace, pycache: str | None, cwd: Path) -> int:
    """Measure, print, and say whether a target was missed."""
    repeat = 1 if args.quick else args.repeat
    runs = 1 if args.quick else args.importtime_runs

    table = cases(
        args.post.resolve(),
        args.config.resolve() if args.config else None,
        args.baseline.resolve() if args.baseline else None,
    )
    env = child_env(pycache)
    print(
        f"Python {sys.version.split()[0]} on {os.cpu_count()} CPUs, load average "
        f"{' '.join(f'{x:.2f}' for x in os.getloadavg())}; {repeat} interleaved rounds; "
        + ("bytecode cached" if pycache else "no bytecode cache (compiled from source)")
    )
    results = measure(table, repeat, env, cwd, warmups=1 if args.quick else 2)
    base_wall = statistics.median(results["python -c pass"][0])
    base_cpu = statistics.median(results["python -c pass"][1])
    print(
        f"\n{'case':<40}{'wall ms':>9}{'(min-max)':>15}{'x pass':>8}"
        f"{'cpu ms':>9}{'x pass':>8}{'target':>9}"
    )
    over = []
    for name, (walls, cpus) in results.items():
        wall, cpu = statistics.median(walls), statistics.median(cpus)
        spread = f"{min(walls) * 1000:.0f}-{max(walls) * 1000:.0f}"
        target = TARGETS_MS.get(name)
        mark = f"{target:.0f}" if target else ""
        if target and wall * 1000 > target:
            over.append(name)
            mark += "!"
        print(
            f"{name:<40}{wall * 1000:9.0f}{spread:>15}{wall / base_wall:8.1f}"
            f"{cpu * 1000:9.0f}{cpu / base_cpu:8.1f}{mark:>9}"
        )
    print("(medians; ! = the median is over the idle-machine target)")
    if args.baseline:
        print_paired(results)

    print_breakdown("import govpub", importtime(["-c", "import govpub"], runs, env, cwd), args.top)
    check = table["govpub check"][0]
    command = check[1:] if check[0] == sys.executable else ["-m", "govpub", *check[1:]]
    print_breakdown("govpub check", importtime(command, runs, env, cwd), args.top)
    return 1 if args.budget and over else 0


if __name__ == "__main__":
    sys.exit(main())
