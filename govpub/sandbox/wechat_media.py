"""The WeChat emulator's materials: ``media/uploadimg`` and ``material/*``.

Reference §3.1-3.2: ``uploadimg`` takes a body image (JPEG/PNG < 1 MB) and
answers a URL on ``mmbiz.qpic.cn``, the only image host ``draft/add`` keeps;
``add_material`` stores permanent material with the limits of its ``type``
(image 10 MB, thumb 64 KB JPEG, voice, video) and answers a ``media_id`` (and a
URL for images) that a draft's ``thumb_media_id`` can name.  Apart from the
emulator because uploads are multipart, not the JSON of the other calls.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any, Final

from starlette.responses import Response

from govpub.model import sniff_image_type
from govpub.sandbox._http import json_response, leave, read_form
from govpub.sandbox.accounts import Media

if TYPE_CHECKING:
    from starlette.requests import Request

    from govpub.sandbox.accounts import WeChatApp
    from govpub.sandbox.faults import Decision
    from govpub.sandbox.wechat import WeChatEmulator

__all__ = ["UPLOADIMG_MAX", "add_material", "del_material", "uploadimg"]

UPLOADIMG_MAX = 1024 * 1024
_MATERIAL_LIMITS: Final[dict[str, tuple[int, frozenset[str], int]]] = {
    # type: (max bytes, accepted kinds, errcode when too large)
    "image": (
        10 * 1024 * 1024,
        frozenset({"image/bmp", "image/png", "image/jpeg", "image/gif"}),
        40009,
    ),
    "thumb": (64 * 1024, frozenset({"image/jpeg"}), 40012),
    "voice": (2 * 1024 * 1024, frozenset({"mp3", "wma", "wav", "amr"}), 40010),
    "video": (10 * 1024 * 1024, frozenset({"mp4"}), 40011),
}
_FORMATS: Final = {"image/jpeg": "jpeg", "image/png": "png", "image/gif": "gif", "image/bmp": "bmp"}


async def uploadimg(emulator: WeChatEmulator, request: Request) -> Response:
    """``media/uploadimg``: a body image → its ``mmbiz.qpic.cn`` URL."""
    authorised = await emulator.authorised(request, "media.uploadimg")
    if isinstance(authorised, Response):
        return authorised
    app, decision = authorised
    form = await read_form(request)
    files = form.files.get("media") if form is not None else None
    if not files:
        return emulator.error(app.app_id, 41005)
    data = files[0][1]
    kind = sniff_image_type(data)
    if kind not in ("image/jpeg", "image/png"):
        return emulator.error(app.app_id, 40005)
    if len(data) >= UPLOADIMG_MAX:
        return emulator.error(app.app_id, 40009)
    fmt = _FORMATS[kind]
    state = emulator.state
    with state.lock:
        url = (
            f"http://mmbiz.qpic.cn/mmbiz_{'jpg' if fmt == 'jpeg' else fmt}/"
            f"{state.random_id(40)}/0?wx_fmt={fmt}"
        )
        app.images[url] = len(data)
    return await leave(request, decision, json_response({"url": url}))


async def add_material(emulator: WeChatEmulator, request: Request) -> Response:
    """``material/add_material``: permanent material of a ``type`` → its ``media_id``."""
    authorised = await emulator.authorised(request, "material.add_material")
    if isinstance(authorised, Response):
        return authorised
    app, decision = authorised
    media_type = request.query_params.get("type", "")
    limits = _MATERIAL_LIMITS.get(media_type)
    if limits is None:
        return emulator.error(app.app_id, 40004)
    form = await read_form(request)
    files = form.files.get("media") if form is not None else None
    if not files:
        return emulator.error(app.app_id, 41005)
    filename, data = files[0]
    max_bytes, accepted, too_large = limits
    kind = sniff_image_type(data) if media_type in ("image", "thumb") else None
    found = kind or filename.rsplit(".", 1)[-1].lower()
    if found not in accepted:
        return emulator.error(app.app_id, 40005)
    if len(data) > max_bytes:
        return emulator.error(app.app_id, too_large)
    state = emulator.state
    with state.lock:
        media_id = state.random_id(43)
        url = None
        if media_type == "image":
            fmt = _FORMATS.get(kind or "", "jpeg")
            url = f"http://mmbiz.qpic.cn/mmbiz_{fmt}/{state.random_id(40)}/0?wx_fmt={fmt}"
        app.media[media_id] = Media(media_id=media_id, type=media_type, size=len(data), url=url)
    answer: dict[str, Any] = {"media_id": media_id}
    if url is not None:
        answer["url"] = url
    return await leave(request, decision, json_response(answer))


def del_material(
    emulator: WeChatEmulator, app: WeChatApp, body: dict[str, Any], _d: Decision
) -> Response:
    """``material/del_material``: forget a permanent material (40007 when unknown)."""
    if app.media.pop(str(body.get("media_id", "")), None) is None:
        return emulator.error(app.app_id, 40007)
    return emulator.ok()
