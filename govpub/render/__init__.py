"""Rendering: one post → what each platform accepts (pure; no I/O, no network).

Each renderer takes the post and the platform's declared
:class:`~govpub.platforms.base.Capabilities` and returns one
:class:`~govpub.platforms.base.Rendered`, computed once per platform and sent to
every account of that platform.  A post that cannot fit is refused with a
:class:`~govpub.errors.PostError` that names the platform, the field, the limit
and the actual value — before any network call.  Per-platform overrides
(``post.overrides[<platform>]``) win over derived values.

* :func:`render_wechat` — WeChat article: sanitised HTML, external links as a
  reference list, digest cut at a sentence boundary (:mod:`.wechat`);
* :func:`render_weibo` — Weibo share: 【标题】摘要 链接 来源, fitted to Weibo's
  length rule with :func:`fit_weibo_text` and counted by :func:`weibo_length`
  (:mod:`.weibo`);
* :func:`render_app` — the own app's JSON document (:mod:`.app`);
* :func:`attribution` — the ``来源：…`` line every reprint carries on every platform.

See ``docs/rendering.md`` for what each platform gets and why.
"""

from __future__ import annotations

from govpub.render.app import render_app
from govpub.render.text import attribution
from govpub.render.wechat import render_wechat, replace_image_sources
from govpub.render.weibo import fit_weibo_text, render_weibo, weibo_length

__all__ = [
    "attribution",
    "fit_weibo_text",
    "render_app",
    "render_wechat",
    "render_weibo",
    "replace_image_sources",
    "weibo_length",
]
