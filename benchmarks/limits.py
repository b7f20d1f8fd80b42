"""Benchmark: how long hostile posts take to be refused (issue 11, "limits before work").

Each case runs in this process (the CLI through ``govpub.cli.main``, so the
interpreter's start-up, about 1.5 s, is not counted) and reports the time, the
exit code or exception, and the first line of the message:

* a 50 MB post file: ``govpub check`` without and with a configuration, and
  ``govpub publish --dry-run`` to a memory, a WeChat and an app account;
* front matter nested 500 deep: block and flow mappings and sequences;
* a :class:`govpub.Post` built in Python with a 50 MB body: :func:`govpub.check`
  and :meth:`govpub.Publisher.publish` with ``dry_run=True``.

Run from the repository root::

    python benchmarks/limits.py            # every case
    python benchmarks/limits.py --quick    # 5 MB + 1 byte instead of 50 MB (the test suite)

Against a checkout without the limits (``PYTHONPATH=/path/to/old/tree``) the
same cases give the "before" figures in docs/performance.md; some take minutes.
"""

from __future__ import annotations

import argparse
import base64
import contextlib
import io
import os
import sys
import tempfile
import time
from collections.abc import Callable, Iterator
from pathlib import Path

from govpub import Matrix, Post, Publisher, check
from govpub.cli import main

MB = 1024 * 1024
DEPTH = 500
_LINE = "关于开展春季植树活动的通知，请各单位认真组织落实，按时报送工作情况。\n"

CONFIG = """
[publisher]
require_review = false

[[accounts]]
id = "m1"
platform = "memory"
name = "某某发布"
unit = "某某市人民政府办公室"
settings = { world = "bench" }

[[accounts]]
id = "w1"
platform = "wechat"
name = "某某发布"
unit = "某某市人民政府办公室"
api_base = "http://127.0.0.1:9/"
credentials = { app_id = "wx0123456789abcdef", app_secret = "env:BENCH_WX_SECRET" }

[[accounts]]
id = "a1"
platform = "app"
name = "某某发布"
unit = "某某市人民政府办公室"
api_base = "http://127.0.0.1:9/"
credentials = { webhook_secret = "env:BENCH_APP_SECRET" }
"""


def body_of(size: int) -> str:
    """Plain Chinese prose of at least ``size`` bytes in UTF-8."""
    line = _LINE.encode()
    return _LINE * (size // len(line) + 1)


def deep_posts() -> dict[str, str]:
    """Front matter nested ``DEPTH`` deep, in each YAML style."""
    block_map = "x:\n" + "".join(" " * i + "a:\n" for i in range(1, DEPTH)) + " " * DEPTH + "a: 1\n"
    block_seq = "x:\n" + "".join(" " * i + "-\n" for i in range(DEPTH)) + " " * DEPTH + "- 1\n"
    return {
        "block mappings": block_map,
        "block sequences": block_seq,
        "compact block sequences": "x:\n" + "- " * DEPTH + "1\n",
        "flow sequences": "x: " + "[" * DEPTH + "]" * DEPTH + "\n",
        "flow mappings": "x: " + "{a: " * DEPTH + "1" + "}" * DEPTH + "\n",
    }


@contextlib.contextmanager
def quiet() -> Iterator[io.StringIO]:
    """Capture what the CLI prints; the message is reported, not shown."""
    err = io.StringIO()
    with contextlib.redirect_stdout(io.StringIO()), contextlib.redirect_stderr(err):
        yield err


def timed(action: Callable[[], object]) -> tuple[float, str]:
    """Seconds taken and the outcome: an exit code, an exception's first line, or 'accepted'."""
    start = time.perf_counter()
    with quiet() as err:
        try:
            result = action()
        except Exception as exc:
            outcome = f"{type(exc).__name__}: {str(exc).splitlines()[0][:110]}"
        else:
            text = err.getvalue().strip().splitlines()
            outcome = f"exit {result}" if isinstance(result, int) else "accepted"
            if text:
                outcome += f" — {text[0][:110]}"
    return time.perf_counter() - start, outcome


def run(*, quick: bool = False) -> list[tuple[str, float, str]]:
    """Every case: (name, seconds, outcome)."""
    size = 5 * MB + 1 if quick else 50 * MB
    results: list[tuple[str, float, str]] = []
    os.environ.setdefault("BENCH_WX_SECRET", "bench-secret")
    key = base64.b64encode(b"k" * 32).decode()
    os.environ.setdefault("BENCH_APP_SECRET", f"whsec_{key}")
    with tempfile.TemporaryDirectory() as tmp:
        root = Path(tmp)
        config = root / "govpub.toml"
        config.write_text(CONFIG, encoding="utf-8")
        (root / "none").mkdir()
        empty = root / "none" / "govpub.toml"  # named but absent would be an error: write one
        empty.write_text("", encoding="utf-8")
        big = root / "big.md"
        big.write_text("---\ntitle: 大稿件\n---\n" + body_of(size), encoding="utf-8")
        label = f"{big.stat().st_size / MB:.0f} MB post file"
        cli_cases = {
            f"{label}: govpub check (no config)": ["check", str(big), "--config", str(empty)],
            f"{label}: govpub check (3 accounts)": ["check", str(big), "--config", str(config)],
            f"{label}: govpub publish --dry-run": [
                "publish",
                str(big),
                "--dry-run",
                "--config",
                str(config),
            ],
        }
        for style, front in deep_posts().items():
            path = root / f"deep-{style.replace(' ', '-')}.md"
            path.write_text(f"---\ntitle: t\n{front}---\nbody\n", encoding="utf-8")
            cli_cases[f"front matter {DEPTH} deep, {style}: govpub check"] = ["check", str(path)]
        for name, argv in cli_cases.items():
            seconds, outcome = timed(lambda argv=argv: main(argv))  # type: ignore[misc]
            results.append((name, seconds, outcome))

        post = Post(title="大稿件", body=body_of(size))
        label = f"Post with a {len(post.body.encode()) / MB:.0f} MB body"
        seconds, outcome = timed(lambda: check(post))
        results.append((f"{label}: govpub.check", seconds, outcome))
        matrix = Matrix.from_toml(config)

        def dry_run() -> object:
            with Publisher(matrix) as publisher:
                return publisher.publish(post, dry_run=True)

        here = Path.cwd()
        os.chdir(root)  # the matrix's ledger (./govpub.db) is created in the working directory
        try:
            seconds, outcome = timed(dry_run)
        finally:
            os.chdir(here)
        results.append((f"{label}: Publisher.publish(dry_run=True)", seconds, outcome))
    return results


def main_() -> None:
    """Print every case."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--quick", action="store_true", help="5 MB + 1 byte instead of 50 MB")
    args = parser.parse_args()
    for name, seconds, outcome in run(quick=args.quick):
        print(f"{seconds:8.3f} s  {name}\n            {outcome}")
    sys.stdout.flush()


if __name__ == "__main__":
    main_()
