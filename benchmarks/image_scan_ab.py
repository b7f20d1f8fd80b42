"""Benchmark: one image's scan before and after a change to ``govpub/compliance/barcodes.py``.

Times ``scan_image`` of the working tree against the same module at a git
revision (``--base``, default ``main``), in one process, alternating the two
runs so that noise (CPU frequency, other processes) falls on both sides alike,
and prints the median of each.  ``barcodes.py`` imports nothing from govpub, so
the old copy is loaded on its own from ``git show``.

Cases: WeChat's 900×383 cover as a PNG poster with a gov.cn QR code — the typical
image — the same picture as an RGBA PNG with no transparent pixel (most exports),
with transparent pixels, and without a code.

Run from the repository root::

    python benchmarks/image_scan_ab.py              # medians of 15 alternating runs
    python benchmarks/image_scan_ab.py --runs 31 --base 6d8cecc
"""

from __future__ import annotations

import argparse
import importlib.util
import io
import statistics
import subprocess
import sys
import tempfile
import time
from collections.abc import Callable
from pathlib import Path
from types import ModuleType

import zxingcpp
from PIL import Image

from govpub.compliance import barcodes

GOV = "https://www.gov.cn/zhengce/"


def _poster(mode: str = "RGB", *, code: bool = True, see_through: bool = False) -> bytes:
    picture = Image.linear_gradient("L").resize((900, 383)).convert("RGB")
    if code:
        bitmap = zxingcpp.create_barcode(GOV, zxingcpp.BarcodeFormat.QRCode).to_image(scale=4)
        height, width = bitmap.shape
        symbol = Image.frombytes("L", (width, height), bytes(memoryview(bitmap)))
        picture.paste(symbol.convert("RGB"), (900 - width - 10, 383 - height - 10))
    picture = picture.convert(mode)
    if see_through:
        picture.putalpha(Image.linear_gradient("L").resize(picture.size))
    buffer = io.BytesIO()
    picture.save(buffer, "PNG")
    return buffer.getvalue()


CASES: dict[str, Callable[[], bytes]] = {
    "900x383 PNG poster, gov.cn QR": _poster,
    "900x383 PNG, RGBA, opaque": lambda: _poster("RGBA"),
    "900x383 PNG, RGBA, transparent": lambda: _poster("RGBA", see_through=True),
    "900x383 PNG, no code": lambda: _poster(code=False),
}


def _base_module(revision: str) -> ModuleType:
    command = ["git", "show", f"{revision}:govpub/compliance/barcodes.py"]
    # git from PATH, on a revision name the developer typed
    source = subprocess.run(command, check=True, capture_output=True, text=True).stdout  # noqa: S603
    with tempfile.NamedTemporaryFile("w", suffix=".py", delete=False) as file:
        file.write(source)
    spec = importlib.util.spec_from_file_location("barcodes_base", file.name)
    if spec is None or spec.loader is None:
        raise SystemExit(f"cannot load barcodes.py of {revision}")
    module = importlib.util.module_from_spec(spec)
    sys.modules["barcodes_base"] = module  # dataclasses look their module up
    spec.loader.exec_module(module)
    Path(file.name).unlink()
    return module


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--base", default="main", help="git revision to compare with")
    parser.add_argument("--runs", type=int, default=15, help="alternating runs per side")
    args = parser.parse_args(argv)
    base = _base_module(args.base)
    print(f"scan_image per image, medians of {args.runs} alternating runs (ms)")
    print(f"{'case':34} {args.base:>10} {'this tree':>10}")
    for name, make in CASES.items():
        data = make()
        before: list[float] = []
        after: list[float] = []
        base.scan_image(data)  # warm: imports, plugin registration
        barcodes.scan_image(data)
        for _ in range(args.runs):
            for scan, times in ((base.scan_image, before), (barcodes.scan_image, after)):
                started = time.perf_counter()
                scan(data)
                times.append(time.perf_counter() - started)
        print(
            f"{name:34} {statistics.median(before) * 1000:10.2f} "
            f"{statistics.median(after) * 1000:10.2f}"
        )
    return 0


if __name__ == "__main__":
    sys.exit(main())
