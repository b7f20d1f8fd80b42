"""``python -m govpub.testing.crashpoints``: the harness's fork server (not a user command).

``--preload MODULE`` imports a module before the first child is forked (e.g. one
that calls :func:`~govpub.platforms.base.register_adapter`).  The harness starts
this itself (:class:`~govpub.testing.crashpoints.harness.CrashHarness`).
"""

from __future__ import annotations

import argparse

from govpub.testing.crashpoints.forkserver import serve


def main() -> None:
    """Parse the options and serve until the input ends."""
    parser = argparse.ArgumentParser(prog="python -m govpub.testing.crashpoints")
    parser.add_argument("--preload", action="append", default=[], metavar="MODULE")
    serve(preload=parser.parse_args().preload)


if __name__ == "__main__":
    main()
