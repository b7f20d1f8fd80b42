"""Red team 17: QR codes and barcodes in a post's images, as an adversary and an editor make them.

Issue 12: every image of the post is decoded and each code's link goes through the
link policy — an ad or short link blocks (it cannot be stripped from a picture),
another host warns, an allowed source is fine; the finding names the image.  Each
test below is one way a code reaches a picture (turned, mirrored, tiny, blurred by
JPEG, coloured, transparent, animated, in another symbology…), one way its text
hides a link or personal data, one way an image reaches the post, one way a file
tries to crash or stall the scan — or an honest picture that must stay clean.
Every image is generated (:mod:`qrkit`); what govpub cannot see is ``xfail`` with
the reason.
"""

from __future__ import annotations

import io
import random
import struct
import time
from pathlib import Path

import pytest
from PIL import Image as PILImage
from PIL import ImageDraw, PngImagePlugin
from qrkit import (
    animation,
    code_image,
    encode,
    on_transparent,
    paint,
    picture,
    place,
    png_header_only,
    poster,
)

from govpub import Image, Post, check
from govpub.compliance.barcodes import scan_image
from govpub.compliance.findings import Finding
from govpub.errors import PostError
from govpub.platforms.base import Capabilities
from govpub.render import render_app

AD = "https://m.tb.cn/h.5abcdEF"  # a Taobao short link
SHORT = "https://t.cn/A6x"  # short enough for a Code 128 that fits a poster
GOV = "https://www.gov.cn/zhengce/"
APP_CAPS = Capabilities(label="本单位客户端")


def qr(text: str = AD, **options: str) -> PILImage.Image:
    return code_image(text, **options)


def findings(data: bytes, *, filename: str = "poster.png", url: str | None = None) -> list[Finding]:
    post = Post(
        title="关于开展春季植树活动的通知",
        body="正文。",
        images=(Image(data=data, filename=filename),),
        url=url,
    )
    return list(check(post).findings)


def assert_ad_code(data: bytes, link: str = AD, *, filename: str = "poster.png") -> Finding:
    """The one finding is ``image.ad_code``: it blocks, names the image and quotes the link."""
    [finding] = findings(data, filename=filename)
    assert ("image.ad_code", "block", "images[0]") == (
        finding.rule,
        finding.severity,
        finding.field,
    )
    assert filename in finding.message
    assert "更换图片" in finding.message
    assert link == finding.excerpt
    return finding


def _turned(angle: int) -> bytes:
    return encode(place(qr().rotate(angle, expand=True, fillcolor=255)))


def _logo(text: str) -> PILImage.Image:
    """A level-H code with a grey logo over its middle quarter (a quarter of the area)."""
    symbol = qr(text, ec_level="H")
    draw = ImageDraw.Draw(symbol)
    side = symbol.width
    draw.rectangle((side * 0.38, side * 0.38, side * 0.62, side * 0.62), fill=128)
    return symbol


def _exif_turned() -> bytes:
    """The poster stored sideways, as a phone stores it, with EXIF "turn right to show"."""
    exif = PILImage.Exif()
    exif[0x0112] = 6
    return encode(place(qr()).rotate(90, expand=True), "JPEG", exif=exif.tobytes())


# --- forms of the code itself: each must block -------------------------------------------

FORMS = {
    "inverted (white on black)": lambda: encode(place(qr().point(lambda v: 255 - v))),
    "turned 90°": lambda: _turned(90),
    "turned 180°": lambda: _turned(180),
    "turned 270°": lambda: _turned(270),
    "turned 30°": lambda: _turned(30),
    "turned 45°": lambda: _turned(45),
    "turned 13°": lambda: _turned(13),
    "mirrored": lambda: encode(place(qr().transpose(PILImage.Transpose.FLIP_LEFT_RIGHT))),
    "flipped": lambda: encode(place(qr().transpose(PILImage.Transpose.FLIP_TOP_BOTTOM))),
    "scale 1 in a poster": lambda: encode(place(code_image(AD, scale=1))),
    "scale 2 in a 3000×2000 photo": lambda: encode(
        place(code_image(AD, scale=2), size=(3000, 2000), at=(1500, 900)), "JPEG", quality=90
    ),
    "JPEG quality 5": lambda: encode(place(qr()), "JPEG", quality=5),
    "JPEG quality 10, scale 2": lambda: encode(place(code_image(AD, scale=2)), "JPEG", quality=10),
    "a logo over the centre (level H)": lambda: encode(place(_logo(AD))),
    "blue on yellow": lambda: encode(place(paint(qr(), (20, 40, 160), (250, 240, 180)))),
    "red on white": lambda: encode(place(paint(qr(), (200, 30, 30), (255, 255, 255)))),
    "low contrast (grey 100 on 160)": lambda: encode(
        place(paint(qr(), (100, 100, 100), (160, 160, 160)))
    ),
    "black on transparent": lambda: encode(on_transparent(qr(), (0, 0, 0))),
    "palette PNG": lambda: encode(
        place(qr()).convert("P", palette=PILImage.Palette.ADAPTIVE, colors=16)
    ),
    "1-bit PNG": lambda: encode(place(qr()).convert("1")),
    "grey with alpha (LA)": lambda: encode(place(qr()).convert("LA")),
    "16-bit grey PNG": lambda: encode(qr().point(lambda v: v * 257, "I").convert("I;16")),
    "GIF": lambda: encode(place(qr()), "GIF"),
    "animated GIF, the code on frame 2": lambda: animation([picture(900, 383), place(qr())]),
    "animated WebP, the code on frame 2": lambda: animation(
        [picture(900, 383), place(qr())], "WEBP"
    ),
    "animated PNG, the code on frame 2": lambda: animation([picture(900, 383), place(qr())], "PNG"),
    "WebP, lossy quality 20": lambda: encode(place(qr()), "WEBP", quality=20),
    "BMP": lambda: encode(place(qr()), "BMP"),
    "JPEG with an EXIF orientation": _exif_turned,
    "CMYK JPEG": lambda: encode(place(qr()).convert("CMYK"), "JPEG"),
    "no quiet zone, on the photo": lambda: encode(place(qr().crop((16, 16, 116, 116)))),
    "Data Matrix": lambda: encode(place(code_image(AD, "DataMatrix", scale=3))),
    "Data Matrix turned 30°": lambda: encode(
        place(code_image(AD, "DataMatrix", scale=3).rotate(30, expand=True, fillcolor=255))
    ),
    "Aztec": lambda: encode(place(code_image(AD, "Aztec", scale=3))),
    "Aztec mirrored": lambda: encode(
        place(code_image(AD, "Aztec", scale=3).transpose(PILImage.Transpose.FLIP_LEFT_RIGHT))
    ),
    "PDF417": lambda: encode(place(code_image(AD, "PDF417", scale=3))),
    "PDF417 turned 90°": lambda: encode(
        place(code_image(AD, "PDF417", scale=3).rotate(90, expand=True), size=(900, 700))
    ),
    "rMQR": lambda: encode(place(code_image(AD, "RMQRCode", scale=3))),
}


@pytest.mark.parametrize("make", FORMS.values(), ids=FORMS.keys())
def test_an_ad_code_in_any_form_blocks_and_names_the_image(make: object) -> None:
    assert callable(make)
    assert_ad_code(make())


@pytest.mark.parametrize(
    ("symbology", "text"),
    [
        ("MicroQRCode", "t.cn/A6x"),  # a bare host: scanners open it
        ("Code128", SHORT),
    ],
)
@pytest.mark.parametrize("turn", [0, 90, 180])
def test_small_symbologies_carrying_a_short_link_block(
    symbology: str, text: str, turn: int
) -> None:
    symbol = code_image(text, symbology, scale=2).rotate(turn, expand=True, fillcolor=255)
    size = (900, max(383, symbol.height + 40))  # a bar code turned upright needs a taller poster
    finding = assert_ad_code(encode(place(symbol, size=size)), text)
    assert ("条码" in finding.message) is (symbology == "Code128")


def test_a_light_code_on_a_transparent_background_blocks_it_shows_in_dark_mode() -> None:
    """White modules on transparency are blank on a white page but a code in dark mode.

    Fixed in red team 17: a frame with transparent pixels is scanned laid on white
    and on black (``barcodes._views``).
    """
    data = encode(on_transparent(qr(), (255, 255, 255)))
    assert_ad_code(data)


def test_a_code_seen_only_on_a_light_page_is_still_read() -> None:
    """Dark ink on transparency: the white view reads it; the black one adds nothing."""
    scan = scan_image(encode(on_transparent(qr(), (20, 20, 20))))
    assert [AD] == [code.text for code in scan.codes]


def test_an_opaque_rgba_picture_is_scanned_once() -> None:
    """An RGBA PNG with no transparent pixel (most exports) has one view, not two."""
    from govpub.compliance import barcodes

    opaque = PILImage.open(io.BytesIO(poster(AD))).convert("RGBA")
    assert 1 == len(barcodes._views(opaque, 8_000_000))
    see_through = opaque.copy()
    see_through.putpixel((0, 0), (0, 0, 0, 0))
    assert 2 == len(barcodes._views(see_through, 8_000_000))


def test_the_position_is_where_readers_see_the_code_under_an_exif_orientation() -> None:
    """Fixed in red team 17: the corner is mapped through EXIF tag 274 (``_Orientation``)."""
    [upright] = scan_image(encode(place(qr()), "JPEG")).codes
    [turned] = scan_image(_exif_turned()).codes
    assert abs(upright.x - turned.x) <= 3
    assert abs(upright.y - turned.y) <= 3
    [finding] = findings(_exif_turned())
    assert f"x={turned.x}、y={turned.y}" in finding.message


@pytest.mark.parametrize("tag", range(1, 9))
def test_every_exif_orientation_maps_the_corners_inside_the_picture(tag: int) -> None:
    from govpub.compliance.barcodes import _Orientation

    turn = _Orientation(tag, 400, 100)
    shown_size = (100, 400) if tag >= 5 else (400, 100)
    for corner in ((0, 0), (400, 0), (0, 100), (400, 100)):
        x, y = turn.shown(*corner)
        assert 0 <= x <= shown_size[0]
        assert 0 <= y <= shown_size[1]


def test_two_codes_in_one_image_the_clean_one_passes_the_ad_blocks() -> None:
    ground = picture(900, 383)
    ground.paste(qr(GOV).convert("RGB"), (10, 10))
    ground.paste(qr(AD).convert("RGB"), (500, 10))
    assert_ad_code(encode(ground))


# --- what a code says -----------------------------------------------------------------------


@pytest.mark.parametrize(
    ("payload", "rule", "severity", "field"),
    [
        ("weixin://", "image.other_code", "warn", "images[0]"),
        ("weixin://dl/scan", "image.other_code", "warn", "images[0]"),
        # the encrypted mini-program URL Scheme hides its mini-program as wxaurl.cn does: stripped
        # from text since 2026-12-05, so a code of it blocks (red team 57; warned before)
        ("weixin://dl/business/?t=abc", "image.ad_code", "block", "images[0]"),
        (
            "alipays://platformapi/startapp?saId=10000007&qrcode=https%3A%2F%2Fqr.alipay.com%2Fbax0123",
            "image.payment_code",
            "block",
            "images[0]",
        ),
        ("￥AbCd1234XyZ￥ 复制这段话打开淘宝", "ad.share_code", "block", "images[0].codes[0]"),
        ("8￥k2Ab3cD4eF5￥ https://m.tb.cn/h.5abc 【淘宝】", "image.ad_code", "block", "images[0]"),
        ("https://t\u200b.cn/A6xYz", "image.ad_code", "block", "images[0]"),
        ("https://t.cn/\u200bA6xYz", "image.ad_code", "block", "images[0]"),
        ("https://m．tb．cn/h.5ab", "image.ad_code", "block", "images[0]"),
        ("https://m。tb。cn/h.5ab", "image.ad_code", "block", "images[0]"),
        ("ｈｔｔｐｓ：／／ｔ．ｃｎ／Ａ６ｘ", "image.ad_code", "block", "images[0]"),
        ("HTTPS://T.CN/X", "image.ad_code", "block", "images[0]"),
        ("https://t.cn./A6x", "image.ad_code", "block", "images[0]"),
        ("https://t.cn\\@www.gov.cn/", "image.ad_code", "block", "images[0]"),
        ("https://%74.cn/A6x", "image.ad_code", "block", "images[0]"),
        ("//t.cn/A6x", "image.ad_code", "block", "images[0]"),
        ("URL:https://t.cn/A6x", "image.ad_code", "block", "images[0]"),
        ("https://www.gov.cn/\r\nhttps://t.cn/A6x", "image.ad_code", "block", "images[0]"),
        (
            "https://www.gov.cn/r?url=https%3A%2F%2Fm.tb.cn%2Fh.5ab",
            "image.ad_code",
            "block",
            "images[0]",
        ),
        ("https://v.douyin.com/iAbCdE/", "image.ad_code", "block", "images[0]"),
        ("https://u.jd.com/AbCd", "image.ad_code", "block", "images[0]"),
        # a WeChat 个人名片 and a group: another host — a reviewer decides (an office's
        # service account uses the same addresses)
        ("https://u.wechat.com/EAbCdEfGhIjK", "image.other_host", "warn", "images[0]"),
        ("https://weixin.qq.com/g/AbCdEf", "image.other_host", "warn", "images[0]"),
        ("http://1.2.3.4/x", "image.other_host", "warn", "images[0]"),
        ("intent://t.cn/x#Intent;scheme=https;end", "image.other_code", "warn", "images[0]"),
        # personal data in a code: read by the text rules, and a picture cannot be masked
        ("tel:13812345678", "personal.mobile", "block", "images[0].codes[0]"),
        ("TEL:+86 138 1234 5678", "personal.mobile", "block", "images[0].codes[0]"),
        ("MECARD:N:张三;TEL:13812345678;;", "personal.mobile", "block", "images[0].codes[0]"),
        ("SMSTO:13812345678:领红包", "personal.mobile", "block", "images[0].codes[0]"),
        ("110101199003074514", "personal.id_number", "block", "images[0].codes[0]"),
    ],
)
def test_what_a_code_says(payload: str, rule: str, severity: str, field: str) -> None:
    found = findings(poster(payload, scale=3))
    assert (rule, severity, field) in [(f.rule, f.severity, f.field) for f in found]
    assert all("poster.png" in f.message for f in found)


def test_a_vcard_with_a_mobile_and_an_id_number_blocks_on_both() -> None:
    card = (
        "BEGIN:VCARD\nVERSION:3.0\nFN:张三\nTEL;TYPE=CELL:13812345678\n"
        "NOTE:身份证号 110101199003074514\nEND:VCARD"
    )
    rules = {f.rule for f in findings(poster(card, scale=3)) if f.severity == "block"}
    assert {"personal.mobile", "personal.id_number"} <= rules


@pytest.mark.parametrize("symbology", ["Code128", "DataMatrix", "PDF417"])
def test_a_mobile_number_in_a_barcode_blocks(symbology: str) -> None:
    [finding] = findings(poster("13812345678", symbology=symbology, scale=3))
    assert ("personal.mobile", "block") == (finding.rule, finding.severity)
    assert "138****5678" in finding.excerpt


# --- how an image reaches the post ---------------------------------------------------------


@pytest.fixture
def post_dir(tmp_path: Path) -> Path:
    (tmp_path / "qr.png").write_bytes(poster(AD))
    return tmp_path


@pytest.mark.parametrize(
    ("front", "body", "field"),
    [
        ("", "![海报](qr.png)", "images[0]"),
        ("", '![海报](qr.png "活动海报")', "images[0]"),
        ("", "![海报](<qr.png>)", "images[0]"),
        ("cover: qr.png\n", "", "cover"),
        ("images:\n  - src: qr.png\n    alt: 海报\n", "", "images[0]"),
    ],
)
def test_an_image_of_a_post_file_is_scanned_wherever_it_is_listed(
    post_dir: Path, front: str, body: str, field: str
) -> None:
    post = Post.from_markdown(
        f"---\ntitle: 通知\n{front}---\n正文。\n\n{body}\n", base_dir=post_dir
    )
    result = check(post)
    assert result.blocked
    assert [("image.ad_code", field)] == [(f.rule, f.field) for f in result.findings]


def test_a_local_html_img_is_not_published_unscanned(post_dir: Path) -> None:
    """``<img src="qr.png">`` is not loaded as an image of the post — and so no renderer sends it."""
    post = Post.from_markdown(
        '---\ntitle: 通知\n---\n正文。\n\n<img src="qr.png">\n', base_dir=post_dir
    )
    assert () == post.images
    with pytest.raises(PostError, match="未登记"):
        render_app(post, APP_CAPS)


def test_a_data_uri_picture_in_a_post_file_is_refused_at_loading(post_dir: Path) -> None:
    import base64

    uri = "data:image/png;base64," + base64.b64encode(poster(AD)).decode()
    with pytest.raises(PostError):
        Post.from_markdown(f"---\ntitle: 通知\n---\n正文。\n\n![海报]({uri})\n", base_dir=post_dir)


def test_a_data_uri_picture_in_html_reaches_no_reader() -> None:
    """A ``data:`` picture in the body is dropped by the renderers (only http(s) sources)."""
    import base64

    uri = "data:image/png;base64," + base64.b64encode(poster(AD)).decode()
    post = Post(title="通知", body=f'正文。<img src="{uri}">')
    assert not check(post).blocked
    assert "data:" not in str(render_app(post, APP_CAPS).fields)


def test_the_same_ad_code_on_the_cover_and_in_the_body_is_reported_for_each() -> None:
    data = poster(AD)
    post = Post(
        title="通知",
        body="正文。",
        cover=Image(data=data, filename="cover.png"),
        images=(Image(data=data, filename="poster.png"),),
    )
    fields = [f.field for f in check(post).findings if f.rule == "image.ad_code"]
    assert ["cover", "images[0]"] == fields


# --- files that try to crash or stall the scan ---------------------------------------------


def _header(fmt: str) -> bytes:
    """A small file whose header claims 60,000 × 60,000 pixels."""
    data = bytearray(encode(picture(16, 16), fmt))
    if fmt == "GIF":
        data[6:10] = struct.pack("<HH", 60000, 60000)
    elif fmt == "BMP":
        data[18:26] = struct.pack("<ii", 60000, 60000)
    else:  # JPEG: the SOF0 frame header
        at = data.find(b"\xff\xc0")
        data[at + 5 : at + 9] = struct.pack(">HH", 60000, 60000)
    return bytes(data)


def _text_bomb() -> bytes:
    info = PngImagePlugin.PngInfo()
    info.add_text("comment", "A" * (50 * 1024 * 1024), zip=True)  # 50 MB in a few kB
    return encode(picture(16, 16), pnginfo=info)


@pytest.mark.parametrize(
    ("make", "rule"),
    [
        (lambda: png_header_only(100_000, 100_000), "image.too_large"),
        (lambda: png_header_only(6000, 4200), "image.too_large"),
        (lambda: _header("GIF"), "image.too_large"),
        (lambda: _header("BMP"), "image.too_large"),
        (lambda: _header("JPEG"), "image.too_large"),
        (_text_bomb, "image.unreadable"),
        (lambda: poster(AD, fmt="JPEG")[:2000], "image.unreadable"),
        (lambda: poster(AD)[:3000], "image.unreadable"),
        (
            lambda: animation([picture(900, 383), place(qr())])[:-400],
            "image.unreadable",
        ),
        (lambda: b"", "image.unreadable"),
        (lambda: b'<svg xmlns="http://www.w3.org/2000/svg"/>', "image.unreadable"),
        (lambda: b"\x00\x00\x00\x18ftypheic" + b"\x00" * 100, "image.unreadable"),
        (lambda: encode(place(qr()), "TIFF"), "image.unreadable"),
    ],
    ids=[
        "PNG 10 gigapixels",
        "PNG 25.2 MP",
        "GIF header",
        "BMP header",
        "JPEG header",
        "zTXt bomb",
        "truncated JPEG",
        "truncated PNG",
        "truncated animated GIF",
        "empty",
        "SVG",
        "HEIC",
        "TIFF",
    ],
)
def test_a_hostile_or_broken_file_is_a_clear_finding_quickly(make: object, rule: str) -> None:
    assert callable(make)
    data = make()
    started = time.perf_counter()
    [finding] = findings(data)
    assert time.perf_counter() - started < 2
    assert (rule, "block", "images[0]") == (finding.rule, finding.severity, finding.field)
    assert "poster.png" in finding.message


# --- honest pictures stay clean ------------------------------------------------------------


def _stripes(seed: int) -> PILImage.Image:
    """Random black and white bars of 2–8 pixels: a photo of a fence, a crossing, a shadow."""
    rng = random.Random(seed)
    image = PILImage.new("L", (900, 383), 255)
    draw = ImageDraw.Draw(image)
    x = 0
    while x < image.width:
        width = rng.choice([2, 3, 4, 6, 8])
        draw.rectangle((x, 50, x + width - 1, 330), fill=0 if rng.random() < 0.5 else 255)
        x += width
    return image


def _fence() -> PILImage.Image:
    image = PILImage.new("L", (900, 383), 255)
    draw = ImageDraw.Draw(image)
    for x in range(0, 900, 12):
        draw.rectangle((x, 0, x + 5, 383), fill=30)
    return image


HONEST = {
    "a gov.cn code": lambda: poster(GOV),
    "a gov.cn code with a logo (level H)": lambda: encode(place(_logo(GOV))),
    "a gov.cn code turned and in JPEG": lambda: encode(
        place(qr(GOV).rotate(30, expand=True, fillcolor=255)), "JPEG", quality=30
    ),
    "a provincial government code": lambda: poster("https://www.beijing.gov.cn/"),
    "the 12345 hotline": lambda: poster("tel:12345"),
    "an office card": lambda: poster(
        "MECARD:N:市政务服务中心;TEL:010-12345678;URL:https://www.gov.cn/;;", scale=3
    ),
    "a Wi-Fi code": lambda: poster("WIFI:S:gov-guest;T:WPA;P:welcome2025;;"),
    "a product barcode": lambda: poster("6901234567892", symbology="EAN13"),
    "no code at all": lambda: encode(picture(900, 383)),
    "random stripes": lambda: encode(_stripes(1)),
    "other random stripes": lambda: encode(_stripes(7)),
    "a fence in JPEG": lambda: encode(_fence(), "JPEG", quality=70),
    "a transparent logo without a code": lambda: encode(
        on_transparent(PILImage.new("L", (200, 200), 255).rotate(0), (0, 0, 0))
    ),
}


@pytest.mark.parametrize("make", HONEST.values(), ids=HONEST.keys())
def test_honest_pictures_stay_clean(make: object) -> None:
    assert callable(make)
    assert [] == findings(make())


def test_a_code_to_the_agency_own_site_is_fine() -> None:
    data = poster("https://www.example-agency.org.cn/hd/2025/")
    assert [] == findings(data, url="https://www.example-agency.org.cn/tz/1.html")
    [finding] = findings(data)  # without post.url: another host, a warning
    assert ("image.other_host", "warn") == (finding.rule, finding.severity)


# --- what govpub does not see (yet) --------------------------------------------------------

_COST = "too costly: "


@pytest.mark.xfail(
    strict=True,
    reason=_COST + "a 24 MP photo is shrunk to 8 MP for the QR search, so a code of 1-2 px "
    "modules falls under one pixel; a full-resolution pass would triple the cost of every "
    "large photo. Readers see the photo at screen width, where such a code is a speck.",
)
def test_a_scale_2_code_in_a_24_mp_photo() -> None:
    symbol = code_image(AD, scale=2)
    assert_ad_code(encode(place(symbol, size=(6000, 4000), at=(3000, 2000)), "JPEG", quality=90))


@pytest.mark.xfail(
    strict=True,
    reason="green on red of nearly equal luminance is one grey to zxing-cpp (and to most "
    "phone scanners, which read luminance too); a pass per colour channel would double "
    "the cost of every picture without a code.",
)
def test_a_code_in_colours_of_equal_luminance() -> None:
    assert_ad_code(encode(place(paint(qr(), (0, 150, 0), (230, 60, 60)))))


@pytest.mark.xfail(
    strict=True,
    reason="30 grey levels on a busy background: neither of zxing-cpp's binarizers (local "
    "average, global histogram) separates them; a local contrast stretch before decoding "
    "would be a second full pass over every picture, with false reads of its own.",
)
def test_a_code_in_very_low_contrast_on_a_busy_photo() -> None:
    assert_ad_code(encode(place(paint(qr(), (120, 120, 120), (150, 150, 150)))))


@pytest.mark.xfail(
    strict=True,
    reason="zxing-cpp reads mirrored QR, Aztec and PDF417 but not a mirrored Data Matrix "
    "(not a valid symbol: most scanners refuse it too); a mirrored second pass would cost "
    "as much as the first.",
)
def test_a_mirrored_data_matrix() -> None:
    symbol = code_image(AD, "DataMatrix", scale=3).transpose(PILImage.Transpose.FLIP_LEFT_RIGHT)
    assert_ad_code(encode(place(symbol)))


@pytest.mark.xfail(
    strict=True,
    reason="by design (barcodes module docstring): frames after the first are searched for "
    "the QR family only — the codes readers catch from a moving picture — because the other "
    "symbologies cost ten times as much per frame.",
)
def test_a_data_matrix_on_frame_2_of_an_animation() -> None:
    symbol = code_image(AD, "DataMatrix", scale=3)
    assert_ad_code(animation([picture(900, 383), place(symbol)]))


@pytest.mark.xfail(
    strict=True,
    reason="symbologies other than the QR family are searched at 2 MP (ten times the cost "
    "per pixel): in a 6 MP photo a 3-px module shrinks to 1.7 px, below what the Aztec "
    "and Code 128 readers need.",
)
@pytest.mark.parametrize(("symbology", "text"), [("Aztec", AD), ("Code128", SHORT)])
def test_a_small_non_qr_code_in_a_large_photo(symbology: str, text: str) -> None:
    symbol = code_image(text, symbology, scale=3)
    data = encode(place(symbol, size=(3000, 2000), at=(1500, 900)), "JPEG", quality=90)
    assert_ad_code(data, text)


@pytest.mark.xfail(
    strict=True,
    reason="without its quiet zone, on a dark ground, the finder patterns merge into the "
    "background and zxing-cpp finds no code; a synthetic margin needs to know where the "
    "code is. Most phone scanners need the margin too.",
)
def test_a_code_without_quiet_zone_on_a_dark_ground() -> None:
    dark = PILImage.new("RGB", (900, 383), (20, 20, 20))
    assert_ad_code(encode(place(qr().crop((16, 16, 116, 116)), ground=dark)))
