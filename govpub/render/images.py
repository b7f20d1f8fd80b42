"""Which :class:`~govpub.model.Image` an ``<img src>`` in the rendered HTML stands for.

The post file loader turns ``![说明](images/a.png)`` into ``post.images`` entries
whose ``src`` is written exactly as in the Markdown; markdown-it then
percent-encodes that ``src`` in the HTML (``images/%E5%9B%BE.png``).  The
renderers map each HTML ``src`` back to its image and write the image's own
``src`` into the output, so an adapter can find the ``<img>`` to re-point after
an upload by comparing with ``Image.src`` — nothing else.
"""

from __future__ import annotations

from collections.abc import Iterable

from govpub.model import Image
from govpub.platforms.base import Capabilities
from govpub.render._checks import refuse
from govpub.render.markdown import normalize_link

__all__ = ["BodyImages"]


class BodyImages:
    """Resolves ``<img src>`` values to images and remembers them in order of appearance.

    A remote ``src`` the post does not list becomes a new remote :class:`Image`
    (building it reads nothing); a local one the post does not list is refused,
    because its bytes were never loaded — and never reviewed.
    """

    def __init__(self, images: Iterable[Image], *, caps: Capabilities, platform: str) -> None:
        self._caps = caps
        self._platform = platform
        self._by_src: dict[str, Image] = {}
        for image in images:
            if image.src is None:
                continue
            self._by_src.setdefault(image.src, image)
            self._by_src.setdefault(normalize_link(image.src), image)
        self.order: list[Image] = []
        self._seen: set[str] = set()

    def resolve(self, src: str) -> Image:
        """The image for ``src`` as it appears in the HTML; recorded in order, once."""
        image = self._by_src.get(src)
        if image is None:
            if not src.lower().startswith(("http://", "https://")):
                raise refuse(
                    self._caps,
                    self._platform,
                    "images",
                    f"未登记：正文引用了本地图片 {src}，但它不在文章的图片列表中"
                    "（未读取、未审核）。请用 ![说明](路径) 引用，或把它加入 images。",
                )
            image = Image(src=src)
            self._by_src[src] = image
        key = image.src or src
        if key not in self._seen:
            self._seen.add(key)
            self.order.append(image)
        return image
