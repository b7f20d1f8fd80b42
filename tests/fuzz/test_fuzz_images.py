"""Damaged and hostile image bytes never crash ``scan_image`` and never hang it.

Valid pictures of every accepted format, with a QR code in them, are truncated,
bit-flipped, overwritten and spliced by hypothesis; whatever comes out, the scan
returns an answer — codes, ``unreadable`` or ``too_large`` — and the check turns it
into findings.
"""

from __future__ import annotations

import sys
from pathlib import Path

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

sys.path.insert(0, str(Path(__file__).parents[1] / "compliance"))  # the shared image kit

from qrkit import code_image, encode

from govpub import Image, Post, check
from govpub.compliance.barcodes import scan_image

FUZZ = settings(max_examples=120, deadline=None, suppress_health_check=[HealthCheck.too_slow])
SYMBOL = code_image("https://m.tb.cn/h.5abcdEF", scale=2)
SEEDS = {fmt: encode(SYMBOL, fmt) for fmt in ("PNG", "JPEG", "GIF", "BMP", "WEBP")}


@st.composite
def damaged(draw: st.DrawFn) -> bytes:
    data = bytearray(SEEDS[draw(st.sampled_from(sorted(SEEDS)))])
    for _ in range(draw(st.integers(1, 4))):
        action = draw(st.sampled_from(["truncate", "flip", "overwrite", "splice"]))
        at = draw(st.integers(0, max(0, len(data) - 1)))
        if action == "truncate":
            del data[at:]
        elif action == "flip" and data:
            data[at] ^= 1 << draw(st.integers(0, 7))
        elif action == "overwrite":
            patch = draw(st.binary(min_size=1, max_size=8))
            data[at : at + len(patch)] = patch
        else:
            data[at:at] = draw(st.binary(min_size=1, max_size=32))
    return bytes(data)


@FUZZ
@given(damaged())
def test_damaged_images_always_get_an_answer(data: bytes) -> None:
    scan = scan_image(data)
    assert scan.problem in (None, "unreadable", "too_large")
    if scan.problem is None:
        assert all(c.text for c in scan.codes)
    findings = check(Post(title="通知", body="正文", images=[Image(data=data, filename="x")]))
    rules = {f.rule for f in findings.findings}
    assert rules <= {"image.ad_code", "image.other_host", "image.other_code", *_problems()}


def _problems() -> set[str]:
    return {"image.unreadable", "image.too_large", "image.not_scanned"}


@FUZZ
@given(st.binary(max_size=2048))
def test_arbitrary_bytes_are_unreadable_or_an_image(data: bytes) -> None:
    assert scan_image(data).problem in (None, "unreadable", "too_large")
