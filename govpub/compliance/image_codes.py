"""The ``image.*`` rules: QR codes and barcodes in a post's images, judged like its links.

国办发〔2018〕123号 四(三): no commercial ads and no links to ad pages.  A QR code
on a cover or a poster is such a link, and unlike a link in the text it cannot be
stripped — only the editor can replace the picture.  So every image of the post
(the cover and each body image) is decoded (:mod:`.barcodes`), each code's text is
judged (:mod:`.payloads`), and the findings name the image (``cover`` or
``images[n]`` and its file name), the code and where in the picture it is:

* ``image.ad_code`` (block) — an ad, affiliate or short link, or a shopping app link;
* ``image.payment_code`` (block) — a WeChat Pay, Alipay or UnionPay payment code;
* ``image.other_host`` (warn) — a link to a host that is neither allowed nor an ad;
* ``image.other_code`` (warn) — an app link or an address that cannot be judged;
* ``image.unreadable`` (block) — a corrupt, truncated or unsupported file: nobody
  can say what it shows (a browser may show half of it), and platforms refuse it;
* ``image.too_large`` (block) — over the size bounds: a decompression bomb, or a
  picture no platform takes; refused without being decoded;
* ``image.not_scanned`` — an image that was not (fully) scanned: a remote image
  without bytes (warn: the check does no network I/O, so a reviewer looks, or the
  editor downloads it first), an animation with more frames than the bounds
  (warn), or no decoder installed (block: never a silent pass).

Pure: the bytes are already in memory on :attr:`govpub.Image.data`.  A scan's result
depends on the bytes alone, so it is remembered by SHA-256 for the process (one
post is checked several times — review form, gate, publisher — and the codes of
the same picture are read once).
"""

from __future__ import annotations

import threading
from collections.abc import Iterator
from dataclasses import dataclass

from govpub.compliance._text import fold
from govpub.compliance.barcodes import DEFAULT_LIMITS, Code, Scan, scan_image
from govpub.compliance.findings import Finding, Severity
from govpub.compliance.payloads import PayloadLink, read_payload
from govpub.compliance.personal import mask_personal_data
from govpub.compliance.policy import Policy
from govpub.compliance.urls import display_host, parse_url
from govpub.model import Image, Post

__all__ = ["code_texts", "image_findings"]

_EXCERPT = 120
_CACHE_LIMIT = 256
_SCANS: dict[str, Scan] = {}
_LOCK = threading.Lock()
_AD_CLAUSE = "（国办发〔2018〕123号：不得刊登商业广告）"
#: link verdicts that block: another reading of a code counts only when it finds one
_BLOCKING = frozenset({"ad", "payment"})


@dataclass(frozen=True, slots=True)
class _Subject:
    """An image of the post and how findings name it."""

    field: str
    image: Image

    @property
    def label(self) -> str:
        name = self.image.filename or self.image.src or "未命名"
        return f"图片 {self.field}（{name}）"


def image_findings(
    post: Post, policy: Policy, *, skip: frozenset[int] = frozenset()
) -> Iterator[Finding]:
    """The ``image.*`` findings of ``post``: cover first, then body images in order.

    ``skip`` holds indexes of body images the check already removed (ad sources).
    """
    parsed_own = parse_url(post.url) if post.url else None
    own_host = parsed_own.host if parsed_own is not None else None
    for subject in _subjects(post, skip):
        yield from _image(subject, policy, own_host)


def code_texts(post: Post, *, skip: frozenset[int] = frozenset()) -> Iterator[tuple[str, str, str]]:
    """The text of every code in the post's images: ``(field, where, text)``, in order.

    A code can carry what a text field can — a 淘口令, a person's ID or mobile
    number (a contact card), a 密级 — and the check reads it with the text rules
    (its links are judged here, as codes).  ``field`` names the code
    (``images[0].codes[0]``); ``where`` says it in the editor's words.  The
    scans are the ones :func:`image_findings` made (remembered by SHA-256).
    """
    for subject in _subjects(post, skip):
        if subject.image.data is None:
            continue
        scan = _scan(subject.image.data, subject.image.sha256)
        for n, code in enumerate(scan.codes):
            if code.text.strip():
                what = "二维码" if code.matrix else "条码"
                yield f"{subject.field}.codes[{n}]", f"{subject.label}中{what}的内容：", code.text


def _subjects(post: Post, skip: frozenset[int]) -> list[_Subject]:
    subjects = [] if post.cover is None else [_Subject("cover", post.cover)]
    subjects += [
        _Subject(f"images[{i}]", image) for i, image in enumerate(post.images) if i not in skip
    ]
    return subjects


def _image(subject: _Subject, policy: Policy, own_host: str | None) -> Iterator[Finding]:
    image = subject.image
    if image.data is None:
        if image.src is not None and policy.links.classify_link(image.src) == "ad":
            return  # already blocked or removed as an image from an ad host
        parsed = parse_url(image.src) if image.src else None
        host = f"（{display_host(parsed.host)}）" if parsed is not None else ""
        yield _finding(
            "image.not_scanned",
            "warn",
            f"{subject.label}是远程图片{host}，检查时不下载，未检查其中的二维码；"
            "请下载到本地后再检查，或由审核人员人工核对",
            subject,
            image.src or "",
        )
        return
    scan = _scan(image.data, image.sha256)
    if scan.problem is not None:
        yield _problem(subject, scan)
        return
    seen: set[tuple[str, str]] = set()
    for code in scan.codes:
        links, other = _code_links(code, policy, own_host)
        for link in links:
            if (link.verdict, link.link) not in seen:
                seen.add((link.verdict, link.link))
                found = _link_finding(subject, code, link, reading=other)
                if found is not None:
                    yield found
    if scan.partial:
        yield _finding(
            "image.not_scanned",
            "warn",
            f"{subject.label}是动图，共 {scan.frame_count} 帧，只检查了前 {scan.frames} 帧中的"
            "二维码（检查量有上限），其余帧请人工核对",
            subject,
        )


def _code_links(
    code: Code, policy: Policy, own_host: str | None
) -> tuple[list[PayloadLink], str | None]:
    """The links of the code's reading that judges worst, and that reading if it is not the text.

    A code whose bytes name no character set reads differently in different scanners
    (:attr:`Code.other_readings`): ``B0 "t.cn/…"`` is ``皌.cn/…`` to WeChat and
    ``°t.cn/…`` to a Latin-1 scanner, which opens the short link.  The code's text is
    judged first; another reading replaces it only when it holds an ad or a payment
    code that the text does not (a garbled reading's broken addresses warn of nothing),
    and the finding's excerpt is then that reading (review 87's F3).
    """
    links = _payload_links(code.text, policy, own_host)
    if not code.other_readings or any(link.verdict in _BLOCKING for link in links):
        return links, None
    for reading in code.other_readings:
        other = _payload_links(reading, policy, own_host)
        if any(link.verdict in _BLOCKING for link in other):
            return other, reading
    return links, None


def _payload_links(text: str, policy: Policy, own_host: str | None) -> list[PayloadLink]:
    """The links of a code's text as written, or as folded when only the folded form reads.

    ``ｍ．ｔｂ．ｃｎ／ｈ．５ａｂ`` in a code is an ad address to a reader as it is in
    the text (which folds it before reading links); a payload that reads as
    written is judged as written (a scanner opens it so).
    """
    links = read_payload(text, policy, own_host=own_host)
    if all(link.verdict == "unparsable" for link in links):
        folded = fold(text).text
        if folded != text:
            readable = read_payload(folded, policy, own_host=own_host)
            if any(link.verdict != "unparsable" for link in readable):
                return readable
    return links


def _scan(data: bytes, sha256: str | None) -> Scan:
    if sha256 is None:  # an Image always has it with its bytes; kept for safety
        return scan_image(data, DEFAULT_LIMITS)
    with _LOCK:
        known = _SCANS.get(sha256)
    if known is not None:
        return known
    scan = scan_image(data, DEFAULT_LIMITS)  # outside the lock: checks may run in threads
    if scan.problem != "scanner_missing":  # a broken installation may be repaired meanwhile
        with _LOCK:
            if len(_SCANS) >= _CACHE_LIMIT:
                del _SCANS[next(iter(_SCANS))]  # the oldest
            _SCANS[sha256] = scan
    return scan


def _link_finding(
    subject: _Subject, code: Code, link: PayloadLink, *, reading: str | None = None
) -> Finding | None:
    what = "二维码" if code.matrix else "条码"
    place = f"（位置约 x={code.x}、y={code.y} 像素"
    place += f"，第 {code.frame + 1} 帧）" if code.frame else "）"
    shown = mask_personal_data((link.link if reading is None else reading)[:_EXCERPT])
    found = f"{subject.label}中有{what}{place}"
    if reading is not None:
        found += "，其内容未标明字符集，部分扫码软件读出的是摘录中的文字"
    if link.verdict == "ad":
        target = f"{link.name}链接" if link.name else f"广告、推广或短链接（{link.where}）"
        return _finding(
            "image.ad_code",
            "block",
            f"{found}，指向{target}：图片里的链接无法自动删除，请更换图片{_AD_CLAUSE}",
            subject,
            shown,
        )
    if link.verdict == "payment":
        return _finding(
            "image.payment_code",
            "block",
            f"{found}，是{link.name or '付款码'}（{link.where}）：政务新媒体不得刊登商业广告，"
            "收款码也常被冒用诈骗；缴费请引导至政务服务平台，请更换图片",
            subject,
            shown,
        )
    if link.verdict == "other_host":
        return _finding(
            "image.other_host",
            "warn",
            f"{found}，指向 {link.where}，不是党政机关网站或稿源单位，请核实",
            subject,
            shown,
        )
    if link.verdict == "app_link":
        return _finding(
            "image.other_code",
            "warn",
            f"{found}，是 App 链接（{link.where}），无法核验其去向，请核实",
            subject,
            shown,
        )
    if link.verdict == "unparsable":
        return _finding(
            "image.other_code",
            "warn",
            f"{found}，内容像网址但无法解析，读者可能无法打开，也无法核验其域名，请核实",
            subject,
            shown,
        )
    return None  # allowed


def _problem(subject: _Subject, scan: Scan) -> Finding:
    if scan.problem == "scanner_missing":
        return _finding(
            "image.not_scanned",
            "block",
            f"未能加载图片解码组件（Pillow、zxing-cpp：{scan.detail}），{subject.label}中的"
            "二维码未经检查；请重新安装 govpub（pip install --force-reinstall govpub）",
            subject,
        )
    if scan.problem == "too_large":
        limits = DEFAULT_LIMITS
        if scan.width:
            size = f"{scan.width}×{scan.height} 像素"
        elif len(subject.image.data or b"") > limits.max_bytes:
            size = f"{len(subject.image.data or b'')} 字节"
        else:
            size = "文件头声明的尺寸远超解码器上限"
        return _finding(
            "image.too_large",
            "block",
            f"{subject.label}过大（{size}；上限 {limits.max_pixels // 1_000_000} 百万像素、"
            f"{limits.max_bytes // (1024 * 1024)} MB），疑似解压炸弹，未解码检查其中的二维码；"
            "请缩小后重新导出",
            subject,
        )
    return _finding(
        "image.unreadable",
        "block",
        f"{subject.label}无法解码（{scan.detail}）：文件已损坏、不完整，或不是 JPEG、PNG、GIF、"
        "BMP、WebP 图片，无法检查其中的二维码，平台也可能拒收；请重新导出图片",
        subject,
    )


def _finding(
    rule: str, severity: Severity, message: str, subject: _Subject, excerpt: str = ""
) -> Finding:
    name = subject.image.filename or subject.image.src or ""
    return Finding(rule, severity, message, excerpt or name[:_EXCERPT], subject.field)
