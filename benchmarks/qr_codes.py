"""Benchmark: what reading the QR codes and barcodes of one image costs, per image size.

For each case the script times govpub's bounded scan
(``govpub.compliance.barcodes.scan_image``: JPEG decoded at reduced scale, frames
shrunk, the QR family at up to 8 MP and every other symbology at up to 2 MP) and,
in the same run, the naive call — ``zxingcpp.read_barcodes(Image.open(data))`` on
the full image, every symbology — and with ``--memory`` the peak memory each
side adds, measured in a fresh child process per case and side.

Cases: the example cover of ``examples/`` and the sizes editors use (WeChat's
900×383 cover, a 1080×1080 square, a 1920×1080 banner) as photograph-like
pictures with grain, a 1080×8,000 "一图读懂" strip, camera photos of 12 and 24 MP,
the bounds' worst cases (a flat 24 MP PNG: all of it must be decoded; 16 MP of
grey noise: the hardest search that fits in 20 MiB), a 40-frame GIF, and hostile
files (PNG headers that claim 50,000×50,000 and 6,000×5,000 pixels).

Run from the repository root::

    python benchmarks/qr_codes.py             # medians of 5 runs per case
    python benchmarks/qr_codes.py --memory    # and the peak memory of each side
    python benchmarks/qr_codes.py --quick     # one run, small cases (used by the test suite)
"""

from __future__ import annotations

import argparse
import io
import resource
import statistics
import subprocess
import sys
import tempfile
import time
import warnings
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

import zxingcpp
from PIL import Image

from govpub.compliance.barcodes import scan_image

LINK = "https://m.tb.cn/h.5abcdEF?tk=xyzAB"


@dataclass(frozen=True)
class Case:
    name: str
    make: Callable[[], bytes]
    quick: bool = False


def _symbol(scale: int) -> Image.Image:
    bitmap = zxingcpp.create_barcode(LINK, zxingcpp.BarcodeFormat.QRCode).to_image(scale=scale)
    height, width = bitmap.shape
    return Image.frombytes("L", (width, height), bytes(memoryview(bitmap))).convert("RGB")


def photo(width: int, height: int, *, noise: float = 0.08) -> Image.Image:
    """Gradient, stripes and grain: closer to a photograph than a blank page."""
    gradient = Image.linear_gradient("L").resize((width, height)).convert("RGB")
    stripes = Image.new("RGB", (width, height), (40, 120, 60))
    mask = Image.linear_gradient("L").rotate(90).resize((width, height))
    picture = Image.composite(gradient, stripes, mask)
    grain = Image.effect_noise((width, height), 64).convert("RGB")
    return Image.blend(picture, grain, noise)


def encode(image: Image.Image, fmt: str) -> bytes:
    buffer = io.BytesIO()
    image.save(buffer, fmt, **({"quality": 85} if fmt == "JPEG" else {}))
    return buffer.getvalue()


def picture(width: int, height: int, fmt: str, *, code: bool, noise: float = 0.08) -> bytes:
    image = photo(width, height, noise=noise)
    if code:
        symbol = _symbol(max(3, min(width, height) // 250))
        image.paste(symbol, (width - symbol.width - 20, height - symbol.height - 20))
    return encode(image, fmt)


def animation() -> bytes:
    frames = [photo(400, 300).convert("P") for _ in range(40)]
    frames[25].paste(_symbol(3).convert("P"), (200, 80))
    buffer = io.BytesIO()
    frames[0].save(buffer, "GIF", save_all=True, append_images=frames[1:], duration=80)
    return buffer.getvalue()


def header_only_png(width: int, height: int) -> bytes:
    import struct
    import zlib

    def chunk(kind: bytes, body: bytes) -> bytes:
        crc = struct.pack(">I", zlib.crc32(kind + body))
        return struct.pack(">I", len(body)) + kind + body + crc

    ihdr = struct.pack(">IIBBBBB", width, height, 8, 0, 0, 0, 0)
    idat = zlib.compress(b"\x00" * 64)
    return b"\x89PNG\r\n\x1a\n" + chunk(b"IHDR", ihdr) + chunk(b"IDAT", idat) + chunk(b"IEND", b"")


def noise_png(width: int, height: int) -> bytes:
    """Grey noise: the hardest picture for the barcode search that still fits in 20 MiB."""
    return encode(Image.effect_noise((width, height), 100).convert("L"), "PNG")


def flat_png(width: int, height: int) -> bytes:
    """A flat picture: small file, but every pixel must be decoded (PNG cannot be scaled)."""
    image = Image.linear_gradient("L").resize((width, height)).convert("RGB")
    return encode(image, "PNG")


def example_cover() -> bytes:
    return (Path(__file__).parents[1] / "examples" / "images" / "cover.jpg").read_bytes()


CASES = [
    Case("example cover 900x383 JPEG", example_cover, quick=True),
    Case("cover 900x383 JPEG, QR", lambda: picture(900, 383, "JPEG", code=True), quick=True),
    Case("cover 900x383 JPEG, grainy", lambda: picture(900, 383, "JPEG", code=False, noise=0.25)),
    Case("square 1080x1080 JPEG, QR", lambda: picture(1080, 1080, "JPEG", code=True)),
    Case("banner 1920x1080 PNG, QR", lambda: picture(1920, 1080, "PNG", code=True)),
    Case("strip 1080x8000 PNG, QR", lambda: picture(1080, 8000, "PNG", code=True)),
    Case("photo 4000x3000 JPEG, QR", lambda: picture(4000, 3000, "JPEG", code=True)),
    Case("photo 6000x4000 JPEG", lambda: picture(6000, 4000, "JPEG", code=False)),
    Case("flat 6000x4000 PNG", lambda: flat_png(6000, 4000)),
    Case("noise 4000x4000 PNG (worst)", lambda: noise_png(4000, 4000)),
    Case("GIF 400x300, 40 frames, QR", animation, quick=True),
    Case("bomb: PNG header 50000x50000", lambda: header_only_png(50_000, 50_000), quick=True),
    Case("bomb: PNG header 6000x5000", lambda: header_only_png(6_000, 5_000), quick=True),
]


def govpub_scan(data: bytes) -> str:
    scan = scan_image(data)
    if scan.problem is not None:
        return scan.problem
    return f"{len(scan.codes)} code(s), {scan.frames}/{scan.frame_count} frame(s)"


def naive_scan(data: bytes) -> str:
    try:
        with warnings.catch_warnings():
            warnings.simplefilter("ignore")
            with Image.open(io.BytesIO(data)) as image:
                return f"{len(zxingcpp.read_barcodes(image))} code(s)"
    except Exception as exc:  # the naive side may fail; the benchmark reports how
        return type(exc).__name__


def timed(side: Callable[[bytes], str], data: bytes, runs: int) -> tuple[float, str]:
    side(data)  # warm-up: imports, plugin registration
    times = []
    answer = ""
    for _ in range(runs):
        start = time.perf_counter()
        answer = side(data)
        times.append(time.perf_counter() - start)
    return statistics.median(times), answer


def peak_memory(path: Path, side: str) -> float:
    """Peak memory a side adds on top of the interpreter with the bytes loaded (MB)."""
    # VmHWM, not ru_maxrss: a child's ru_maxrss starts at its parent's peak on Linux.
    code = (
        "import sys\n"
        "sys.path.insert(0, 'benchmarks')\n"
        "import qr_codes\n"
        f"data = open({str(path)!r}, 'rb').read()\n"
        f"qr_codes.{side}(data[:64])  # imports and plugins, outside the figure\n"
        "before = qr_codes.high_water_kib()\n"
        f"qr_codes.{side}(data)\n"
        "print(qr_codes.high_water_kib() - before)\n"
    )
    command = [sys.executable, "-c", code]
    out = subprocess.run(command, capture_output=True, text=True, check=True)  # noqa: S603
    return int(out.stdout.strip()) / 1024


def high_water_kib() -> int:
    """This process's peak resident memory so far (Linux ``VmHWM``), in KiB."""
    for line in Path("/proc/self/status").read_text().splitlines():
        if line.startswith("VmHWM:"):
            return int(line.split()[1])
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss


def run(quick: bool = False, memory: bool = False) -> list[dict[str, object]]:
    rows: list[dict[str, object]] = []
    runs = 1 if quick else 5
    with tempfile.TemporaryDirectory() as scratch:
        for case in CASES:
            if quick and not case.quick:
                continue
            data = case.make()
            govpub_time, govpub_answer = timed(govpub_scan, data, runs)
            naive_time, naive_answer = timed(naive_scan, data, 1 if quick else 3)
            row: dict[str, object] = {
                "case": case.name,
                "bytes": len(data),
                "govpub_ms": govpub_time * 1000,
                "govpub": govpub_answer,
                "naive_ms": naive_time * 1000,
                "naive": naive_answer,
            }
            if memory:
                path = Path(scratch) / "image.bin"
                path.write_bytes(data)
                row["govpub_mb"] = peak_memory(path, "govpub_scan")
                row["naive_mb"] = peak_memory(path, "naive_scan")
            rows.append(row)
    return rows


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--quick", action="store_true", help="one run of the small cases")
    parser.add_argument("--memory", action="store_true", help="peak memory per case and side")
    args = parser.parse_args(argv)
    rows = run(quick=args.quick, memory=args.memory)
    print(f"{'case':32} {'KB':>7} {'govpub ms':>10} {'naive ms':>9}  govpub / naive")
    for row in rows:
        line = (
            f"{row['case']!s:32} {int(str(row['bytes'])) / 1024:7.0f}"
            f" {float(str(row['govpub_ms'])):10.1f} {float(str(row['naive_ms'])):9.1f}"
            f"  {row['govpub']} / {row['naive']}"
        )
        if args.memory:
            line += f"  (peak +{row['govpub_mb']:.0f} MB / +{row['naive_mb']:.0f} MB)"
        print(line)
    rss = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    print(f"(this process peaked at {rss:.0f} MB, making the test images included)")
    return 0


if __name__ == "__main__":
    sys.exit(main())
