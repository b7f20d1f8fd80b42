"""The ``image.*`` rules: QR codes and barcodes in a post's images, through ``govpub.check``."""

from __future__ import annotations

import io
import subprocess
import sys
from pathlib import Path

import pytest
import zxingcpp
from PIL import Image as PILImage
from qrkit import code_image, encode, gbk_code_image, picture, png_header_only, poster

from govpub import Image, Policy, Post, check
from govpub.compliance import image_codes
from govpub.compliance.barcodes import scan_image
from govpub.compliance.findings import Finding

TAOBAO_SHORT = "https://m.tb.cn/h.5abcdEF?tk=xyzAB"
TAOBAO_CLICK = "https://s.click.taobao.com/t?e=m%3D2%26s%3Dabc"
GOV = "https://www.gov.cn/zhengce/content/2025-06/20/content_7000000.htm"


def post_with(*images: Image, cover: Image | None = None, url: str | None = None) -> Post:
    return Post(
        title="关于开展春季植树活动的通知", body="正文。", images=images, cover=cover, url=url
    )


def image_rules(post: Post, policy: Policy | None = None) -> list[Finding]:
    return [f for f in check(post, policy).findings if f.rule.startswith("image.")]


@pytest.mark.parametrize(
    "link", [TAOBAO_SHORT, TAOBAO_CLICK, "HTTPS://E.TB.CN/h.Ab1", "t.cn/A6xYz"]
)
@pytest.mark.parametrize("fmt", ["PNG", "JPEG", "GIF", "BMP", "WEBP"])
def test_ad_link_in_a_qr_code_blocks_and_names_the_image(link: str, fmt: str) -> None:
    data = poster(link, fmt=fmt)
    post = post_with(Image(data=data, filename=f"poster.{fmt.lower()}"))
    result = check(post)
    assert result.blocked
    [finding] = image_rules(post)
    assert ("image.ad_code", "block", "images[0]") == (
        finding.rule,
        finding.severity,
        finding.field,
    )
    assert f"poster.{fmt.lower()}" in finding.message
    assert "二维码" in finding.message
    assert "更换图片" in finding.message
    assert link == finding.excerpt
    # the image cannot be stripped: it is still in the post that would be sent
    assert 1 == len(result.post.images)


def test_the_cover_is_scanned_too() -> None:
    post = post_with(cover=Image(data=poster(TAOBAO_SHORT), filename="cover.png"))
    [finding] = image_rules(post)
    assert ("image.ad_code", "cover") == (finding.rule, finding.field)
    assert "cover.png" in finding.message


def test_a_gov_cn_qr_code_passes() -> None:
    post = post_with(Image(data=poster(GOV), filename="gov.png"))
    assert GOV == scan_image(post.images[0].data or b"").codes[0].text  # it was read…
    result = check(post)
    assert [] == list(result.findings)  # …and found fine
    assert not result.blocked


@pytest.mark.parametrize(
    ("payload", "name"),
    [
        ("wxp://f2f0Qe3abcDEFghiJKL", "微信支付收款码"),
        ("weixin://wxpay/bizpayurl?pr=AbCdEfG", "微信支付"),
        ("HTTPS://QR.ALIPAY.COM/FKX07101FYSJGTNCAPYW3", "支付宝收款码"),
        ("alipays://platformapi/startapp?appId=20000067", "支付宝"),
    ],
)
def test_a_payment_code_blocks(payload: str, name: str) -> None:
    post = post_with(Image(data=poster(payload), filename="pay.png"))
    result = check(post)
    assert result.blocked
    [finding] = image_rules(post)
    assert ("image.payment_code", "block", "images[0]") == (
        finding.rule,
        finding.severity,
        finding.field,
    )
    assert name in finding.message
    assert "pay.png" in finding.message


def test_an_ean_barcode_without_a_url_is_fine() -> None:
    data = poster("4006381333931", symbology="EAN13", scale=3)
    [code] = scan_image(data).codes  # the barcode is read…
    assert ("EAN13", "4006381333931", False) == (code.symbology, code.text, code.matrix)
    result = check(post_with(Image(data=data, filename="product.png")))
    assert [] == list(result.findings)  # …and a product number is no link


def test_a_barcode_holding_a_short_link_blocks_as_a_barcode() -> None:
    # big enough (3.4 MP) for the second pass: every symbology but QR, shrunk to 2 MP
    data = poster("T.CN/A6XYZ", symbology="Code128", scale=3, size=(2400, 1400))
    [finding] = image_rules(post_with(Image(data=data, filename="bar.png")))
    assert "image.ad_code" == finding.rule
    assert "条码" in finding.message


def test_another_host_warns_and_does_not_block() -> None:
    post = post_with(Image(data=poster("https://www.example.com/activity"), filename="a.png"))
    result = check(post)
    assert not result.blocked
    [finding] = image_rules(post)
    assert ("image.other_host", "warn") == (finding.rule, finding.severity)
    assert "www.example.com" in finding.message


def test_userinfo_does_not_hide_the_host() -> None:
    post = post_with(Image(data=poster("https://www.gov.cn@m.tb.cn/h.x"), filename="a.png"))
    assert ["image.ad_code"] == [f.rule for f in image_rules(post)]


def test_the_agency_own_page_and_link_domains_are_fine(tmp_path: Path) -> None:
    link = "https://www.example-city.cn/zwgk/notice.html"
    data = poster(link)
    own = post_with(Image(data=data, filename="a.png"), url="https://www.example-city.cn/a.html")
    assert [] == image_rules(own)
    policy = Policy.from_mapping({"link_domains": ["example-city.cn"]}, base_dir=tmp_path)
    assert [] == image_rules(post_with(Image(data=data, filename="a.png")), policy)
    assert ["image.other_host"] == [f.rule for f in image_rules(post_with(Image(data=data)))]


def test_configured_ad_hosts_apply_to_codes(tmp_path: Path) -> None:
    policy = Policy.from_mapping({"ad_hosts": ["shop.example.com"]}, base_dir=tmp_path)
    post = post_with(Image(data=poster("https://shop.example.com/item/1"), filename="a.png"))
    assert ["image.other_host"] == [f.rule for f in image_rules(post)]
    assert ["image.ad_code"] == [f.rule for f in image_rules(post, policy)]


def test_an_app_link_warns() -> None:
    post = post_with(Image(data=poster("weixin://dl/scan"), filename="a.png"))
    [finding] = image_rules(post)
    assert ("image.other_code", "warn") == (finding.rule, finding.severity)
    assert "weixin:" in finding.message


def test_an_app_link_the_text_strips_blocks() -> None:
    """WeChat's encrypted mini-program URL Scheme is stripped from text: a code of it blocks."""
    post = post_with(Image(data=poster("weixin://dl/business/?t=AbCdEf"), filename="a.png"))
    assert ["image.ad_code"] == [f.rule for f in image_rules(post)]


def test_a_shopping_app_link_blocks() -> None:
    post = post_with(Image(data=poster("taobao://item.taobao.com/item.htm?id=1"), filename="a.png"))
    assert ["image.ad_code"] == [f.rule for f in image_rules(post)]


def test_text_in_a_code_is_searched_for_links() -> None:
    post = post_with(Image(data=poster("扫码领券 https://m.tb.cn/h.5abc 限时"), filename="a.png"))
    assert ["image.ad_code"] == [f.rule for f in image_rules(post)]
    assert [] == image_rules(post_with(Image(data=poster("欢迎参加义务植树"), filename="b.png")))


def test_personal_data_in_a_code_is_masked_in_the_excerpt() -> None:
    data = poster("https://www.example.com/?phone=13812345678")
    [finding] = image_rules(post_with(Image(data=data, filename="a.png")))
    assert "13812345678" not in finding.excerpt + finding.message
    assert "138****5678" in finding.excerpt


def test_two_codes_in_one_image_are_two_findings() -> None:
    background = picture(1200, 600)
    background.paste(code_image(TAOBAO_SHORT).convert("RGB"), (20, 20))
    background.paste(code_image("wxp://f2f0abcdef").convert("RGB"), (700, 20))
    post = post_with(Image(data=encode(background), filename="two.png"))
    assert {"image.ad_code", "image.payment_code"} == {f.rule for f in image_rules(post)}


def test_the_finding_says_where_the_code_is() -> None:
    data = poster(TAOBAO_SHORT, size=(1000, 800), at=(600, 500))
    [finding] = image_rules(post_with(Image(data=data, filename="a.png")))
    # the symbol starts after its quiet zone (4 px × 4 modules... of 4 px)
    assert "x=616" in finding.message
    assert "y=516" in finding.message


# -- pictures that are harder to read -------------------------------------------------


def test_a_large_jpeg_is_decoded_at_reduced_scale_and_still_read() -> None:
    data = poster(TAOBAO_SHORT, size=(4000, 3000), scale=8, fmt="JPEG")
    scan = scan_image(data)
    [code] = scan.codes
    assert (4000, 3000) == (scan.width, scan.height)
    # positions are in the original's pixels, whatever scale it was decoded at
    assert 3600 < code.x < 3800
    assert 2600 < code.y < 2800


def test_a_long_image_keeps_its_small_qr_code_readable() -> None:
    # 1080 × 12,000 (13 MP, a "一图读懂" strip): shrunk to 8 MP for the QR pass, not to 2 MP
    data = poster(TAOBAO_SHORT, size=(1080, 12_000), scale=3)
    assert ["image.ad_code"] == [f.rule for f in image_rules(post_with(Image(data=data)))]


def test_a_transparent_qr_code_is_read_on_white() -> None:
    symbol = code_image(TAOBAO_SHORT)
    transparent = PILImage.new("RGBA", symbol.size, (0, 0, 0, 0))
    transparent.putalpha(symbol.point(lambda v: 255 - v))  # black modules, nothing else
    data = encode(transparent)
    assert [TAOBAO_SHORT] == [c.text for c in scan_image(data).codes]


def test_a_gif_with_a_transparent_background_is_read_on_white() -> None:
    symbol = code_image(TAOBAO_SHORT)
    # palette: 0 black (the modules), 1 also black but transparent (the background)
    paletted = symbol.point(lambda v: 0 if v == 0 else 1).convert("P")
    paletted.putpalette([0, 0, 0, 0, 0, 0] + [0, 0, 0] * 254)
    data = encode(paletted, "GIF", transparency=1)
    assert "transparency" in PILImage.open(io.BytesIO(data)).info
    assert [TAOBAO_SHORT] == [c.text for c in scan_image(data).codes]


def test_a_16_bit_grey_qr_code_is_scaled_not_clipped() -> None:
    symbol = code_image(TAOBAO_SHORT)
    deep = symbol.point(lambda v: 10_000 if v == 0 else 65_535, mode="I").convert("I;16")
    data = encode(deep)
    assert "I;16" == PILImage.open(io.BytesIO(data)).mode
    assert [TAOBAO_SHORT] == [c.text for c in scan_image(data).codes]


def test_an_inverted_qr_code_is_read() -> None:
    symbol = code_image(TAOBAO_SHORT).point(lambda v: 255 - v)
    assert [TAOBAO_SHORT] == [c.text for c in scan_image(encode(symbol)).codes]


def gif(frames: list[PILImage.Image]) -> bytes:
    return encode(frames[0], "GIF", save_all=True, append_images=frames[1:], duration=100)


def test_every_frame_of_an_animation_is_scanned() -> None:
    blank = PILImage.new("L", (200, 200), 255)
    frame = blank.copy()
    frame.paste(code_image("https://m.tb.cn/h.x", scale=3), (20, 20))
    data = gif([blank, blank.point(lambda v: v - 1), frame])
    [finding] = image_rules(post_with(Image(data=data, filename="anim.gif")))
    assert "image.ad_code" == finding.rule
    assert "第 3 帧" in finding.message


def test_an_animation_past_the_bounds_says_frames_were_not_scanned() -> None:
    frames = [PILImage.new("L", (40, 40), 255 - i) for i in range(70)]
    post = post_with(Image(data=gif(frames), filename="long.gif"))
    result = check(post)
    [finding] = image_rules(post)
    assert ("image.not_scanned", "warn") == (finding.rule, finding.severity)
    assert "共 70 帧" in finding.message
    assert "前 64 帧" in finding.message
    assert not result.blocked


# -- broken and hostile files ---------------------------------------------------------


@pytest.mark.parametrize(
    ("data", "why"),
    [
        (poster(GOV)[:400], "truncated"),
        (poster(GOV, fmt="JPEG")[:-200], "truncated"),
        (b"\x89PNG\r\n\x1a\n" + b"\x00" * 64, "cannot identify"),
        (b"not an image at all", "cannot identify"),
        (encode(code_image(TAOBAO_SHORT), "TIFF"), "cannot identify"),  # no platform takes it
    ],
    ids=["png-truncated", "jpeg-truncated", "png-garbage", "text", "tiff"],
)
def test_a_corrupt_or_unsupported_file_is_a_clear_finding(data: bytes, why: str) -> None:
    post = post_with(Image(data=data, filename="broken.img"))
    result = check(post)
    assert result.blocked
    [finding] = image_rules(post)
    assert ("image.unreadable", "block", "images[0]") == (
        finding.rule,
        finding.severity,
        finding.field,
    )
    assert "broken.img" in finding.message
    assert why in finding.message


def test_a_png_whose_chunk_length_lies_is_unreadable() -> None:
    # Pillow raises SyntaxError here, not OSError: any exception means "cannot be read"
    data = bytearray(poster(GOV))
    at = data.index(b"IDAT")
    length = int.from_bytes(data[at - 4 : at], "big")
    data[at - 4 : at] = (length // 2).to_bytes(4, "big")
    scan = scan_image(bytes(data))
    assert ("unreadable", "SyntaxError") == (scan.problem, scan.detail.split(":")[0])


def test_a_png_with_a_bad_checksum_is_unreadable() -> None:
    data = bytearray(poster(GOV))
    data[40] ^= 0xFF  # inside the first IDAT chunk: its CRC no longer matches
    assert "unreadable" == scan_image(bytes(data)).problem


@pytest.mark.parametrize(
    ("width", "height"),
    [(50_000, 50_000), (10_000, 10_000), (6_000, 5_000)],
    ids=["pillow-refuses", "pillow-warns", "over-govpub-bound"],
)
def test_a_decompression_bomb_is_refused_without_decoding(width: int, height: int) -> None:
    post = post_with(Image(data=png_header_only(width, height), filename="bomb.png"))
    [finding] = image_rules(post)
    assert ("image.too_large", "block") == (finding.rule, finding.severity)
    assert "bomb.png" in finding.message


def test_the_pillow_warning_band_is_refused_where_warnings_are_not_errors() -> None:
    import warnings

    with warnings.catch_warnings():
        warnings.simplefilter("ignore")
        assert "too_large" == scan_image(png_header_only(10_000, 10_000)).problem


def test_a_file_over_the_byte_bound_is_refused_unread(tmp_path: Path) -> None:
    # policy.limits (10 MB by default) would refuse the post first; raised, the scan's own
    # bound (20 MiB) is what stops the decoder
    policy = Policy.from_mapping(
        {"limits": {"max_image_bytes": 64 * 1024 * 1024}}, base_dir=tmp_path
    )
    data = poster(GOV) + b"\x00" * (20 * 1024 * 1024)
    [finding] = image_rules(post_with(Image(data=data, filename="huge.png")), policy)
    assert "image.too_large" == finding.rule
    assert "字节" in finding.message


def test_a_remote_image_says_it_was_not_scanned() -> None:
    post = post_with(Image(src="https://mmbiz.qpic.cn/mmbiz_png/abc/0?wx_fmt=png"))
    result = check(post)
    [finding] = image_rules(post)
    assert ("image.not_scanned", "warn", "images[0]") == (
        finding.rule,
        finding.severity,
        finding.field,
    )
    assert "远程图片" in finding.message
    assert not result.blocked


def test_a_remote_image_can_be_made_to_block_by_policy(tmp_path: Path) -> None:
    policy = Policy.from_mapping({"severity": {"image.not_scanned": "block"}}, base_dir=tmp_path)
    post = post_with(Image(src="https://img.example.com/a.png"))
    assert check(post, policy).blocked


def test_a_remote_image_from_an_ad_host_is_reported_once() -> None:
    post = post_with(Image(src="https://s.click.taobao.com/a.png"))
    result = check(post)
    assert ["ad.link_stripped"] == [f.rule for f in result.findings]


def test_the_same_picture_is_decoded_once(monkeypatch: pytest.MonkeyPatch) -> None:
    data = poster("https://m.tb.cn/h.once")
    calls: list[int] = []

    def counting(payload: bytes, limits: object) -> object:
        calls.append(len(payload))
        return scan_image(payload)

    monkeypatch.setattr(image_codes, "_SCANS", {})
    monkeypatch.setattr(image_codes, "scan_image", counting)
    post = post_with(Image(data=data, filename="b.png"), cover=Image(data=data, filename="c.png"))
    first = [f.field for f in image_rules(post)]
    second = [f.field for f in image_rules(post)]
    assert ["cover", "images[0]"] == first == second
    assert 1 == len(calls)


def test_without_the_decoders_images_block_as_not_scanned() -> None:
    code = (
        "import sys\n"
        "sys.modules['zxingcpp'] = None  # importing it now fails, as in a broken install\n"
        "from govpub import Image, Post, check\n"
        "post = Post(title='通知', body='正文', images=[Image(data=b'\\x89PNG', filename='p.png')])\n"
        "result = check(post)\n"
        "for f in result.findings:\n"
        "    print(f.rule, f.severity, f.field, f.message)\n"
        "print(result.blocked)\n"
    )
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    lines = out.stdout.strip().splitlines()
    assert "True" == lines[-1]
    assert lines[0].startswith("image.not_scanned block images[0] ")
    assert "zxing-cpp" in lines[0]
    assert "p.png" in lines[0]


def test_import_govpub_and_a_text_check_load_no_image_decoder() -> None:
    code = (
        "import sys, govpub\n"
        "govpub.check(govpub.Post(title='通知', body='详见https://www.gov.cn/a.html'))\n"
        "heavy = ('PIL', 'zxingcpp', 'govpub.compliance.image_codes', 'govpub.compliance.barcodes')\n"
        "print(sorted(m for m in sys.modules if m.startswith(heavy)))\n"
    )
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert "[]" == out.stdout.strip()


# -- what a code's text says: the text rules read it too ----------------------------------

CONTACT_CARD = "BEGIN:VCARD\nVERSION:3.0\nFN:张三\nTEL;TYPE=CELL:13812345678\nEND:VCARD"


@pytest.mark.parametrize(
    ("payload", "rule"),
    [
        ("￥AbCd1234XyZ￥ 复制这段话打开淘宝", "ad.share_code"),
        (CONTACT_CARD, "personal.mobile"),
        ("张三 身份证11010519491231002X", "personal.id_number"),
        ("机密★10年", "secrecy.marking"),
        ("（此件不予公开）", "disclosure.not_public"),
    ],
)
def test_a_code_is_read_by_the_text_rules_and_names_the_image(payload: str, rule: str) -> None:
    """A 淘口令, a private contact card or a 密级 in a code blocks as in the text."""
    post = post_with(Image(data=poster(payload), filename="poster.png"))
    result = check(post)
    assert result.blocked
    [finding] = result.findings
    assert (rule, "block", "images[0].codes[0]", None) == (
        finding.rule,
        finding.severity,
        finding.field,
        finding.offset,
    )
    assert finding.message.startswith("图片 images[0]（poster.png）中二维码的内容：")
    assert "13812345678" not in finding.excerpt + finding.message
    assert "19491231" not in finding.excerpt + finding.message


def test_personal_data_in_a_code_blocks_even_where_the_text_is_masked(tmp_path: Path) -> None:
    """``personal_data = "mask"`` masks the text; a picture cannot be masked, so it still blocks."""
    masking = Policy.from_mapping({"personal_data": "mask"}, base_dir=tmp_path)
    post = Post(
        title="通知",
        body="联系电话13812345678",
        images=[Image(data=poster(CONTACT_CARD), filename="card.png")],
    )
    result = check(post, masking)
    assert [("fixed", "body"), ("block", "images[0].codes[0]")] == [
        (f.severity, f.field) for f in result.findings
    ]
    assert "请更换图片" in result.findings[1].message
    assert result.post.images == post.images  # the picture is as it was


def test_an_ad_address_in_full_width_in_a_code_blocks() -> None:
    """A code's text is folded as the post's text is, when only the folded form reads."""
    data = poster("ｈｔｔｐｓ：／／ｍ．ｔｂ．ｃｎ／ｈ．５ａｂ")
    [finding] = check(post_with(Image(data=data, filename="a.png"))).findings
    assert ("image.ad_code", "https://m.tb.cn/h.5ab") == (finding.rule, finding.excerpt)


@pytest.mark.parametrize(
    ("payload", "symbology"),
    [
        (
            "BEGIN:VCARD\nFN:某某市政务服务中心\nTEL:0571-12345678\nURL:https://www.hangzhou.gov.cn/\nEND:VCARD",
            "QRCode",
        ),
        ("MECARD:N:市民热线;TEL:12345;;", "QRCode"),
        ("WIFI:S:gov-guest;T:WPA;P:12345678;;", "QRCode"),
        ("6901234567892", "EAN13"),
        ("SN20261203000123456789", "Code128"),
        ("欢迎关注某某市人民政府门户网站", "QRCode"),
    ],
)
def test_ordinary_code_texts_stay_clean(payload: str, symbology: str) -> None:
    """An office's card, a hotline, a Wi-Fi code, product and serial numbers: no text finding."""
    post = post_with(Image(data=poster(payload, symbology=symbology), filename="a.png"))
    assert [] == [f.rule for f in check(post).findings if not f.rule.startswith("image.")]


@pytest.mark.parametrize(
    ("raw", "text"),
    [
        ("内部资料".encode("gbk"), "内部资料"),  # GBK without an ECI: zxing-cpp guesses Latin-1
        ("Café".encode("latin-1"), "Café"),  # Latin-1 that is no GB 18030 stays
        ("ｍ．ｔｂ．ｃｎ", "ｍ．ｔｂ．ｃｎ"),  # written in QR Kanji mode (Shift_JIS): stays
    ],
)
def test_a_code_in_gbk_is_read_as_chinese(raw: bytes | str, text: str) -> None:
    matrix = zxingcpp.create_barcode(raw, zxingcpp.BarcodeFormat.QRCode).to_image(scale=4)
    height, width = matrix.shape
    symbol = PILImage.frombytes("L", (width, height), bytes(memoryview(matrix)))
    [code] = scan_image(encode(symbol)).codes
    assert text == code.text


@pytest.mark.parametrize(
    "text",
    [
        "内部资料",  # valid Shift_JIS too: zxing-cpp read ﾄﾚｲｿﾗﾊﾁﾏ
        "内 部 资 料",
        "联系电话：138－1234－5678",  # ﾁｪﾏｵｵ扈ｰ｣ｺ138｣ｭ…
        "t。cn/A6Xyz12q",  # t｡｣cn
        "扫码领券：u。jd。com/AbCdEf1",  # Shift_JIS with U+FFFD
        "ｍ．ｔｂ．ｃｎ／ｈ．５ＡｂＣｄＥｆ",  # full-width only: zxing-cpp read Latin-1 £í£®…
        "机密★5年",  # Latin-1 with ideographs: read so before
    ],
)
def test_a_gbk_code_without_an_eci_reads_as_wechat_shows_it(text: str) -> None:
    """GBK bytes in byte mode with no ECI, as Chinese generators write them (red team 109)."""
    [code] = scan_image(encode(gbk_code_image(text))).codes
    assert text == code.text


@pytest.mark.parametrize(
    "text",
    [
        "Café",  # Latin-1 without an ECI: E9 ends the bytes, no GB 18030
        "Zürich Straße",  # FC 72 is one GBK ideograph, but ü before r is a Latin-1 word
        "naïve Ärger",
        "こんにちは",  # Shift_JIS (Kanji mode): kana, no half-width kana
        "東京都",  # kanji only, no half-width kana: no GBK misreading
        "内部资料",  # UTF-8 behind an ECI
        "ｍ．ｔｂ．ｃｎ",
    ],
)
def test_other_code_texts_keep_their_reading(text: str) -> None:
    [code] = scan_image(encode(code_image(text))).codes
    assert text == code.text


def test_a_gbk_codes_excerpt_shows_the_chinese() -> None:
    """It blocked before, but its excerpt was Shift_JIS mojibake (ﾁｪﾏｵｵ扈ｰ｣ｺ138****5678)."""
    post = post_with(Image(data=encode(gbk_code_image("联系电话：13812345678")), filename="a.png"))
    [finding] = check(post).findings
    assert ("personal.mobile", "联系电话：138****5678") == (finding.rule, finding.excerpt)
