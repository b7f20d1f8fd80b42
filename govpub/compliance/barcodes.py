"""Reading QR codes and barcodes out of image bytes, within fixed bounds of time and memory.

Why: 国办发〔2018〕123号 四(三) forbids commercial ads and links to ad pages, and a QR
code on a poster is a link that no text scan sees — readers scan it with WeChat and
land on a Taobao page.  This module only *reads* the codes of one image; what a
code means for a government post is :mod:`.payloads`, and what the check reports
is :mod:`.image_codes`.

Pillow opens the image and zxing-cpp decodes every symbology it reads (QR, Micro
QR, rMQR, Data Matrix, Aztec, PDF417, MaxiCode, EAN/UPC, Code 128/39/93, ITF,
Codabar, DataBar…).  Both are imported on first use, never at ``import govpub``.
They are core dependencies, not an extra: a check must give the same verdict on
the editor's laptop and on the publishing server.  If they still cannot be
imported (a broken installation), :func:`scan_image` says so
(``problem="scanner_missing"``) and the check blocks: images that were not
scanned never pass silently.

An image is untrusted bytes handed to C decoders, so the work is bounded before
it starts (the figures are :class:`ScanLimits`' defaults, measured in
``docs/performance.md``):

* only the formats the platforms accept are opened — JPEG (and MPO, the JPEG of
  some cameras), PNG, GIF, BMP, WebP: fewer parsers, less attack surface;
* the file size (20 MiB: over every platform's upload limit) and the pixel count
  in the header (25 megapixels) are checked before any pixel is decoded, so a
  decompression bomb is refused without being decompressed (Pillow's own
  ``MAX_IMAGE_PIXELS`` guard, a warning at 89 MP and an error at 179 MP, fires
  even earlier for the worst ones; either way the answer is ``too_large``);
* a JPEG is decoded at reduced scale by libjpeg itself (Pillow's ``draft``), and
  every frame is shrunk before zxing-cpp sees it: QR codes, which are cheap to
  find, at up to 8 MP; every other symbology (its search costs ten times as much)
  at up to 2 MP, where a bar code of 3-pixel modules in a 3 MP picture stays readable;
* an animated GIF, WebP or PNG is scanned frame by frame until 64 frames, 25 MP
  decoded or 8 MP scanned; frames left over are reported (``partial``).  Frames
  after the first are searched for the QR family only: a code a reader can scan
  from an animation is a QR code that stays on screen, and a bar code in frame 25
  would cost ten times as much to look for;
* any exception from the decoders means "cannot be read" and is returned as
  ``problem="unreadable"``, never raised: a truncated or corrupt file is a
  finding, not a crash.  Truncated images are not half-loaded (Pillow's
  ``LOAD_TRUNCATED_IMAGES`` stays off): a browser may still show the top half,
  QR code included, so a file that cannot be read whole is reported as such.

Transparent pixels are laid on white before decoding, as a post's page shows them,
and — when some pixel is transparent — on black as well: in dark mode WeChat and the
phones show the page dark, and a light code drawn on a transparent background, blank
on white, appears there.  An opaque picture pays nothing for this.

Where a code is (:attr:`Code.x`, :attr:`Code.y`) is said in the picture as readers
see it: a camera's JPEG stored sideways with an EXIF orientation is shown turned,
and so are the coordinates.

What a code's bytes say when they name no character set (GBK, Big5 or Latin-1 written
without an ECI, which zxing-cpp may read as Shift_JIS) is :mod:`.code_readings`'.
"""

from __future__ import annotations

import io
import math
from dataclasses import dataclass
from functools import cache
from typing import TYPE_CHECKING, Literal

from govpub.compliance.code_readings import readings

if TYPE_CHECKING:
    from PIL.Image import Image as PILImage
    from zxingcpp import Barcode, BarcodeFormat, BarcodeFormats

__all__ = ["DEFAULT_LIMITS", "FORMATS", "Code", "Problem", "Scan", "ScanLimits", "scan_image"]

#: Pillow format names opened (JPEG includes MPO); anything else is ``unreadable``, as the
#: platforms refuse it too.
FORMATS = ("JPEG", "PNG", "GIF", "BMP", "WEBP")
# Formats whose further frames are shown to readers (an MPO's second image is a preview).
_ANIMATED = frozenset({"GIF", "PNG", "WEBP"})

Problem = Literal["scanner_missing", "unreadable", "too_large"]


@dataclass(frozen=True, slots=True)
class ScanLimits:
    """Bounds on the work spent on one image (see the module docstring for why)."""

    #: larger files are refused unread (every platform's upload limit is lower)
    max_bytes: int = 20 * 1024 * 1024
    #: larger images (width × height in the header) are refused undecoded; also the
    #: budget of pixels decoded over all frames of an animation
    max_pixels: int = 25_000_000
    #: each frame is shrunk to at most this many pixels for the QR-family pass
    qr_scan_pixels: int = 8_000_000
    #: … and to at most this many for the pass over every other symbology
    scan_pixels: int = 2_000_000
    #: pixels scanned over all frames of an animation
    animation_pixels: int = 8_000_000
    #: frames of an animation scanned at most
    max_frames: int = 64


DEFAULT_LIMITS = ScanLimits()


@dataclass(frozen=True, slots=True)
class Code:
    """One decoded symbol: what it says and where it is (pixels of the original image)."""

    symbology: str  # zxing-cpp's format name: "QRCode", "EAN13", "DataMatrix"…
    matrix: bool  # a two-dimensional symbol (QR, Data Matrix, Aztec, PDF417…), not a bar code
    #: what the code says as WeChat and Chinese phone scanners read it (:mod:`.code_readings`)
    text: str
    frame: int = 0
    x: int = 0
    y: int = 0
    #: what other scanners may read in the same bytes, when they name no character set
    #: (Latin-1, GB 18030…): :mod:`.image_codes` judges their links too
    other_readings: tuple[str, ...] = ()


@dataclass(frozen=True, slots=True)
class Scan:
    """What :func:`scan_image` found in one image, or why it could not look."""

    codes: tuple[Code, ...] = ()
    problem: Problem | None = None
    detail: str = ""  # English, for logs and the finding's reason
    format: str = ""
    width: int = 0
    height: int = 0
    frames: int = 0  # frames scanned
    frame_count: int = 0  # frames in the file
    #: frames were left unscanned because a budget of :class:`ScanLimits` ran out
    partial: bool = False


def scan_image(data: bytes, limits: ScanLimits = DEFAULT_LIMITS) -> Scan:
    """Every QR code and barcode in the image ``data``, within ``limits``; never raises."""
    if len(data) > limits.max_bytes:
        return Scan(problem="too_large", detail=f"{len(data)} bytes, more than {limits.max_bytes}")
    try:
        import zxingcpp  # noqa: F401, PLC0415 - native and heavy: only when an image is scanned
        from PIL import Image  # noqa: F401, PLC0415
    except ImportError as exc:
        return Scan(problem="scanner_missing", detail=str(exc))
    try:
        return _scan(data, limits)
    except Exception as exc:  # hostile bytes: the C decoders may raise anything at all
        return Scan(problem="unreadable", detail=_reason(exc))


def _reason(exc: BaseException) -> str:
    text = str(exc).split(" <_io.", 1)[0]  # Pillow names the BytesIO object: noise
    return f"{type(exc).__name__}: {text}" if text else type(exc).__name__


@cache
def _formats() -> tuple[str, ...]:
    """The FORMATS whose Pillow plugin loads (a Pillow built without WebP lacks one).

    Each plugin is registered by importing it: ``Image.open`` with ``formats`` calls
    ``Image.init()`` — every one of Pillow's ~40 parsers — for a name not registered yet.
    """
    import importlib  # noqa: PLC0415 - see scan_image

    from PIL import Image  # noqa: PLC0415 - see scan_image

    plugins = {"JPEG": "Jpeg", "PNG": "Png", "GIF": "Gif", "BMP": "Bmp", "WEBP": "WebP"}
    for name in FORMATS:
        try:
            importlib.import_module(f"PIL.{plugins[name]}ImagePlugin")
        except ImportError:
            continue
    return tuple(name for name in FORMATS if name in Image.OPEN)


def _scan(data: bytes, limits: ScanLimits) -> Scan:
    from PIL import Image  # noqa: PLC0415 - see scan_image

    try:
        opened = Image.open(io.BytesIO(data), formats=_formats())
    except (Image.DecompressionBombError, Image.DecompressionBombWarning) as exc:
        # the warning arrives as an exception only where warnings are errors (tests)
        return Scan(problem="too_large", detail=_reason(exc))
    with opened as image:
        width, height = image.size
        kind = str(image.format)
        if width * height > limits.max_pixels:
            return Scan(
                problem="too_large",
                detail=f"{width}x{height} pixels, more than {limits.max_pixels}",
                format=kind,
                width=width,
                height=height,
            )
        count = int(getattr(image, "n_frames", 1)) if kind in _ANIMATED else 1
        turn = _Orientation.of(image)
        codes: dict[tuple[str, str], Code] = {}
        decoded = scanned = frame = 0
        while frame < count:
            cost = min(width * height, limits.qr_scan_pixels)
            if frame and (
                frame >= limits.max_frames
                or decoded + width * height > limits.max_pixels
                or scanned + cost > limits.animation_pixels
            ):
                break
            if frame:
                image.seek(frame)
            for code in _frame_codes(image, frame, (width, height), limits, turn):
                codes.setdefault((code.symbology, code.text), code)
            decoded += width * height
            scanned += cost
            frame += 1
        return Scan(
            codes=tuple(codes.values()),
            format=kind,
            width=width,
            height=height,
            frames=frame,
            frame_count=count,
            partial=frame < count,
        )


def _frame_codes(
    image: PILImage,
    frame: int,
    size: tuple[int, int],
    limits: ScanLimits,
    turn: _Orientation,
) -> list[Code]:
    """The codes of the current frame: the QR family at up to 8 MP, the rest at up to 2 MP.

    Each view of the frame (:func:`_views`: one for an opaque picture, two for a
    transparent one) is searched the same way.
    """
    width, height = size
    if frame == 0 and image.format in ("JPEG", "MPO"):
        # libjpeg decodes at 1/2, 1/4 or 1/8 scale directly: less time and memory
        factor = math.sqrt(width * height / limits.qr_scan_pixels)
        if factor > 1:
            image.draft("L", (math.ceil(width / factor), math.ceil(height / factor)))
    image.load()  # errors (a truncated file) come from Pillow here, with Pillow's reason
    codes: list[Code] = []
    for grey in _views(image, limits.qr_scan_pixels):
        codes += _view_codes(grey, frame, size, limits, turn)
    return codes


def _view_codes(
    grey: PILImage, frame: int, size: tuple[int, int], limits: ScanLimits, turn: _Orientation
) -> list[Code]:
    """The codes of one grey view of a frame, placed in the original picture as shown."""
    import zxingcpp  # noqa: PLC0415 - see scan_image

    width = size[0]
    scale = width / grey.width
    if frame == 0 and grey.width * grey.height <= limits.scan_pixels:
        found = zxingcpp.read_barcodes(grey)  # small enough: every symbology at once
        return [_code(b, frame, scale, turn) for b in found]
    qr = zxingcpp.read_barcodes(grey, formats=_qr_formats())
    codes = [_code(b, frame, scale, turn) for b in qr]
    if frame:
        return codes  # later frames of an animation: the QR family only (module docstring)
    small = _shrink(grey, limits.scan_pixels)
    scale = width / small.width
    others = zxingcpp.read_barcodes(small, formats=_other_formats())
    return codes + [_code(b, frame, scale, turn) for b in others]


def _views(image: PILImage, budget: int) -> list[PILImage]:
    """The loaded frame in 8-bit grey, at most ``budget`` pixels, as readers may see it.

    An opaque frame has one view.  A frame with transparent pixels has two: laid on
    white (the page) and on black (the same page in dark mode, where a light code on
    a transparent background shows).  Opaque frames go to grey first and are shrunk
    after (a third of the pixels to average); transparent ones are shrunk first and
    laid on their backgrounds after.
    """
    from PIL import Image  # noqa: PLC0415 - see scan_image

    mode = image.mode
    if mode in ("RGBA", "LA", "PA", "La", "RGBa") or "transparency" in image.info:
        frame = _shrink(image if mode in ("RGBA", "LA") else image.convert("RGBA"), budget)
        if frame.mode != "RGBA":
            frame = frame.convert("RGBA")
        if frame.getchannel("A").getextrema()[0] == 255:  # fully opaque: one view
            return [frame.convert("L")]
        views = []
        for ground in (255, 0):
            laid = Image.new("RGBA", frame.size, (ground, ground, ground, 255))
            laid.alpha_composite(frame)
            views.append(laid.convert("L"))
        return views
    if mode.startswith("I"):
        # 16- and 32-bit grey: scale to 8 bits instead of clipping, which would whiten it
        grey = image.convert("I").point(lambda v: v * (1 / 256)).convert("L")
    else:  # L, RGB, P, 1, F, CMYK, YCbCr, LAB, HSV
        grey = image if mode == "L" else image.convert("L")
    return [_shrink(grey, budget)]


def _shrink(image: PILImage, budget: int) -> PILImage:
    from PIL import Image  # noqa: PLC0415 - see scan_image

    factor = math.sqrt(image.width * image.height / budget)
    if factor <= 1:
        return image
    size = (max(1, int(image.width / factor)), max(1, int(image.height / factor)))
    return image.resize(size, Image.Resampling.BOX)


def _code(barcode: Barcode, frame: int, scale: float, turn: _Orientation) -> Code:
    position = barcode.position
    corners = [
        turn.shown(p.x * scale, p.y * scale)
        for p in (
            position.top_left,
            position.top_right,
            position.bottom_left,
            position.bottom_right,
        )
    ]
    text, *others = readings(barcode.text, barcode.bytes)
    return Code(
        symbology=barcode.format.name,
        matrix=barcode.symbology in _matrix_symbologies(),
        text=text,
        other_readings=tuple(others),
        frame=frame,
        x=round(min(x for x, _ in corners)),
        y=round(min(y for _, y in corners)),
    )


@dataclass(frozen=True, slots=True)
class _Orientation:
    """How a picture is turned for display (EXIF tag 274), to place a code as readers see it.

    A phone's JPEG is often stored sideways with ``Orientation = 6``; browsers and
    the platforms show it turned, so "x=257, y=26" in the stored pixels would send the
    editor to the wrong corner.  Only the coordinates are mapped; the pixels are
    searched as stored (codes are read at any angle and mirrored).
    """

    tag: int
    width: int
    height: int

    @classmethod
    def of(cls, image: PILImage) -> _Orientation:
        try:
            tag = int(image.getexif().get(0x0112, 1))
        except Exception:  # a broken EXIF block hides no code: the pixels are read as stored
            tag = 1
        return cls(tag if 1 <= tag <= 8 else 1, image.width, image.height)

    def shown(self, x: float, y: float) -> tuple[float, float]:
        """Where the stored pixel ``(x, y)`` is in the picture as displayed."""
        w, h = self.width, self.height
        return {
            2: (w - x, y),  # mirrored left to right
            3: (w - x, h - y),  # upside down
            4: (x, h - y),  # mirrored top to bottom
            5: (y, x),  # transposed
            6: (h - y, x),  # stored turned left: shown turned right
            7: (h - y, w - x),  # transversed
            8: (y, w - x),  # stored turned right: shown turned left
        }.get(self.tag, (x, y))


@cache
def _qr_formats() -> BarcodeFormats:
    """The QR family (QR, Micro QR, rMQR): cheap to find at any angle, so scanned at 8 MP."""
    import zxingcpp  # noqa: PLC0415 - see scan_image

    return zxingcpp.BarcodeFormats(zxingcpp.BarcodeFormat.QRCode)


@cache
def _other_formats() -> BarcodeFormats:
    """Every other symbology zxing-cpp reads."""
    import zxingcpp  # noqa: PLC0415 - see scan_image

    qr = set(_family(zxingcpp.BarcodeFormat.QRCode))
    readable = _family(zxingcpp.BarcodeFormat.AllReadable)
    return zxingcpp.BarcodeFormats([f for f in readable if f not in qr])


@cache
def _matrix_symbologies() -> frozenset[BarcodeFormat]:
    import zxingcpp  # noqa: PLC0415 - see scan_image

    return frozenset(_family(zxingcpp.BarcodeFormat.AllMatrix))


def _family(group: BarcodeFormat) -> list[BarcodeFormat]:
    """The symbologies in a zxing-cpp group (``AllMatrix``, ``QRCode``…)."""
    import zxingcpp  # noqa: PLC0415 - see scan_image

    return list(zxingcpp.barcode_formats_list(zxingcpp.BarcodeFormats(group)))
