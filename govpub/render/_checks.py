"""Refusals before any network call: a post that cannot fit a platform, said in Chinese.

Every message names the platform, the field, the limit and the actual value,
and says where the editor can fix it (``overrides.<platform>.<field>`` in the
post's front matter).  Limits are *inclusive* maxima, as
:class:`~govpub.platforms.base.Capabilities` declares them: a platform rule
"< 5 MB" is declared as ``5 * 1024 * 1024 - 1``.
"""

from __future__ import annotations

from govpub._field_names import field_name
from govpub.errors import PostError
from govpub.model import Image, sniff_image_type
from govpub.platforms.base import Capabilities

__all__ = ["check_image", "check_length", "refuse"]


def _where(caps: Capabilities, platform: str) -> str:
    return f"{caps.label}（{platform}）"


def refuse(caps: Capabilities, platform: str, field: str, problem: str) -> PostError:
    """A :class:`PostError` for ``field`` on ``platform``: ``<平台>：<字段><problem>``."""
    name = field_name(field)
    return PostError(f"{_where(caps, platform)}：{name}{problem}", field=field)


def check_length(
    caps: Capabilities,
    platform: str,
    field: str,
    actual: int,
    limit: int | None,
    *,
    unit: str = "字",
    override: str | None = None,
    note: str = "",
) -> None:
    """Raise when ``actual`` exceeds the inclusive ``limit`` (``None``: no limit)."""
    if limit is None or actual <= limit:
        return
    fix = f"overrides.{platform}.{override or field}"
    raise refuse(
        caps,
        platform,
        field,
        f"过长：上限 {limit} {unit}，实际 {actual} {unit}{note}。"
        f"请精简，或在 {fix} 中为该平台单独填写。",
    )


def check_image(
    caps: Capabilities,
    platform: str,
    image: Image,
    *,
    field: str,
    max_bytes: int | None,
) -> None:
    """Refuse an image whose type the platform does not take, or whose size is over the limit.

    Local images are judged by their bytes (magic number); remote images only by
    the type their name suggests — the adapter checks their bytes after download.
    """
    name = image.src or image.filename or "(图片数据)"
    allowed = "、".join(sorted(t.removeprefix("image/").upper() for t in caps.image_types))
    if image.data is None:
        guessed = image.mime_type
        if guessed is not None and guessed not in caps.image_types:
            raise refuse(
                caps,
                platform,
                field,
                f"格式不受支持：{name} 看来是 {guessed}，平台只接受 {allowed}。",
            )
        return
    sniffed = sniff_image_type(image.data)
    if sniffed is None or sniffed not in caps.image_types:
        what = sniffed or "无法识别的格式"
        raise refuse(
            caps, platform, field, f"格式不受支持：{name} 是 {what}，平台只接受 {allowed}。"
        )
    size = len(image.data)
    if max_bytes is not None and size > max_bytes:
        raise refuse(
            caps,
            platform,
            field,
            f"过大：{name} 为 {size} 字节，上限 {max_bytes} 字节。请压缩或更换图片。",
        )
