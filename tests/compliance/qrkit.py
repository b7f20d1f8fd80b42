"""Images with QR codes and barcodes, made in the tests with zxing-cpp's writer and Pillow.

Every picture a test needs is generated: no binary fixtures to trust or to go stale.
"""

from __future__ import annotations

import io
import struct
import zlib

import zxingcpp
from PIL import Image


def code_image(
    text: str, symbology: str = "QRCode", *, scale: int = 4, **options: str
) -> Image.Image:
    """A black-on-white symbol with its quiet zone, as an 8-bit grey image.

    ``options`` go to zxing-cpp's writer (``ec_level="H"`` for a code with a logo).
    """
    barcode = zxingcpp.create_barcode(text, zxingcpp.BarcodeFormat[symbology], **options)
    bitmap = barcode.to_image(scale=scale)
    height, width = bitmap.shape
    return Image.frombytes("L", (width, height), bytes(memoryview(bitmap)))


def gbk_code_image(text: str, *, scale: int = 4) -> Image.Image:
    """A QR code of ``text`` in GBK bytes without an ECI, as Chinese generators write Chinese text."""
    return legacy_code_image(text, "gbk", scale=scale)


def legacy_code_image(text: str, charset: str, *, scale: int = 4) -> Image.Image:
    """A QR code of ``text`` in ``charset``'s bytes (GBK, Shift_JIS, Big5) without an ECI.

    zxing-cpp's writer puts ``bytes`` behind an ECI 899 ("binary") and Chinese ``str``
    behind an ECI 26 (UTF-8); Latin-1 text, QR's default character set, it writes in byte
    mode with no ECI.  So the bytes go in as the Latin-1 characters of the same bytes;
    bytes 80–9F (C1 controls, which the writer does not take as Latin-1) cannot.
    """
    raw = text.encode(charset)
    if any(0x80 <= byte <= 0x9F for byte in raw):
        raise ValueError(f"{text!r}: {charset} bytes 80-9F cannot be written without an ECI")
    return code_image(raw.decode("latin-1"), scale=scale)


def encode(image: Image.Image, fmt: str = "PNG", **options: object) -> bytes:
    buffer = io.BytesIO()
    image.save(buffer, fmt, **options)
    return buffer.getvalue()


def picture(width: int, height: int) -> Image.Image:
    """A busy photograph-like background: a gradient with stripes, not a blank page."""
    image = Image.linear_gradient("L").resize((width, height)).convert("RGB")
    stripes = Image.new("RGB", (width, height), (40, 120, 60))
    mask = Image.linear_gradient("L").rotate(90).resize((width, height))
    return Image.composite(image, stripes, mask)


def poster(
    text: str,
    *,
    size: tuple[int, int] = (900, 383),
    at: tuple[int, int] | None = None,
    symbology: str = "QRCode",
    scale: int = 4,
    fmt: str = "PNG",
) -> bytes:
    """A picture with one code pasted in (bottom right unless ``at`` says where)."""
    background = picture(*size)
    symbol = code_image(text, symbology, scale=scale).convert("RGB")
    if at is None:
        at = (size[0] - symbol.width - 10, size[1] - symbol.height - 10)
    background.paste(symbol, at)
    return encode(background, fmt)


def place(
    symbol: Image.Image,
    *,
    size: tuple[int, int] = (900, 383),
    at: tuple[int, int] | None = None,
    ground: Image.Image | None = None,
) -> Image.Image:
    """``symbol`` pasted into a picture (``ground``, or :func:`picture`), bottom right by default."""
    background = (ground if ground is not None else picture(*size)).convert("RGB")
    if at is None:
        at = (background.width - symbol.width - 10, background.height - symbol.height - 10)
    background.paste(symbol.convert("RGB"), at)
    return background


def paint(
    symbol: Image.Image, dark: tuple[int, int, int], light: tuple[int, int, int]
) -> Image.Image:
    """A black-on-white symbol in colours: ``dark`` modules on a ``light`` ground."""
    bands = [symbol.point(lambda v, i=i: dark[i] if v < 128 else light[i]) for i in range(3)]
    return Image.merge("RGB", bands)


def on_transparent(symbol: Image.Image, ink: tuple[int, int, int]) -> Image.Image:
    """The dark modules of ``symbol`` drawn in ``ink`` on a fully transparent background."""
    drawn = Image.new("RGBA", symbol.size, (*ink, 0))
    drawn.putalpha(symbol.point(lambda v: 255 - v))
    return drawn


def animation(frames: list[Image.Image], fmt: str = "GIF") -> bytes:
    """An animated GIF, WebP or PNG of ``frames``, half a second each."""
    buffer = io.BytesIO()
    frames[0].save(buffer, fmt, save_all=True, append_images=frames[1:], duration=500, loop=0)
    return buffer.getvalue()


def _chunk(kind: bytes, body: bytes) -> bytes:
    return struct.pack(">I", len(body)) + kind + body + struct.pack(">I", zlib.crc32(kind + body))


def png_header_only(width: int, height: int) -> bytes:
    """A PNG that *says* it is width × height (a decompression bomb as the header sees it)."""
    header = struct.pack(">IIBBBBB", width, height, 8, 0, 0, 0, 0)  # 8-bit grey
    return (
        b"\x89PNG\r\n\x1a\n"
        + _chunk(b"IHDR", header)
        + _chunk(b"IDAT", zlib.compress(b"\x00" * 64))
        + _chunk(b"IEND", b"")
    )
