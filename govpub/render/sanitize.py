"""HTML allow-lists (nh3 / ammonia): what each platform's article body may contain.

WeChat publishes no HTML whitelist (``reference/wechat.md`` §4, "HTML
whitelist … UNCONFIRMED").  What is known: scripts are stripped, ``<video>`` is
removed, audio cannot be inserted, inline ``style`` and ``<section>`` are
accepted, and external ``<a href>`` are at best not clickable and at worst make
``draft/add`` fail with 45166.  govpub therefore sends only the plain article
vocabulary below — paragraphs, headings, emphasis, lists, quotes, tables, code,
images, rules — and treats everything else as unsafe.  Links are handled by
:mod:`govpub.render.wechat` (turned into a reference list), so the WeChat pass
here still keeps ``<a href>`` for that step to find.

The own app is the agency's own code, so its list is wider (links with
``rel="noopener"``, definition lists, figures, sub/superscript), but active
content is removed just the same.  Elements whose *content* is not article text
(script, style, media players, frames, forms) are removed with their content.
"""

from __future__ import annotations

import nh3

__all__ = [
    "APP_TAGS",
    "REMOVED_WITH_CONTENT",
    "WECHAT_TAGS",
    "sanitize_app",
    "sanitize_wechat",
]

#: What WeChat keeps (observed, not documented): the plain article vocabulary.
WECHAT_TAGS: frozenset[str] = frozenset(
    {
        "p", "br", "strong", "b", "em", "i", "u", "s",
        "h1", "h2", "h3", "h4", "h5", "h6",
        "blockquote", "ul", "ol", "li",
        "table", "caption", "thead", "tbody", "tfoot", "tr", "th", "td",
        "img", "section", "span", "pre", "code", "hr",
    }
)  # fmt: skip

#: The own app's list: WeChat's plus links and a few semantic elements.
APP_TAGS: frozenset[str] = WECHAT_TAGS | frozenset(
    {"a", "sup", "sub", "del", "ins", "figure", "figcaption", "dl", "dt", "dd", "mark", "small"}
)

#: Removed together with their content: not article text, or active content.
REMOVED_WITH_CONTENT: frozenset[str] = frozenset(
    {
        "script", "style", "iframe", "frame", "frameset", "object", "embed", "applet",
        "video", "audio", "source", "track", "canvas", "svg", "math", "noscript",
        "template", "form", "textarea", "select", "button", "mp-miniprogram",
    }
)  # fmt: skip

#: Inline style properties kept (WeChat accepts inline ``style``; layout-breaking ones go).
STYLE_PROPERTIES: frozenset[str] = frozenset(
    {
        "color", "background-color", "font-size", "font-weight", "font-style",
        "text-align", "text-decoration", "text-indent", "line-height", "letter-spacing",
        "margin", "margin-top", "margin-bottom", "padding", "border", "width", "max-width",
    }
)  # fmt: skip

_TABLE_CELL = {"colspan", "rowspan", "align", "style"}
_COMMON_ATTRIBUTES: dict[str, set[str]] = {
    "*": {"style"},
    "img": {"src", "alt", "title"},
    "td": _TABLE_CELL,
    "th": _TABLE_CELL,
    "ol": {"start", "style"},
}


def sanitize_wechat(fragment: str) -> str:
    """Keep only what a WeChat article body may contain; ``<a href>`` stays for the link step.

    Link targets are limited to http(s), mailto and tel; relative ``src``/``href``
    pass (local images are uploaded and re-pointed by the adapter).
    """
    return str(
        nh3.clean(
            fragment,
            tags=set(WECHAT_TAGS | {"a"}),
            clean_content_tags=set(REMOVED_WITH_CONTENT),
            attributes={**_COMMON_ATTRIBUTES, "a": {"href"}},
            url_schemes={"http", "https", "mailto", "tel"},
            link_rel=None,
            filter_style_properties=set(STYLE_PROPERTIES),
            strip_comments=True,
        )
    )


def sanitize_app(fragment: str) -> str:
    """Sanitise for the own app: links kept with ``rel="noopener"``."""
    return str(
        nh3.clean(
            fragment,
            tags=set(APP_TAGS),
            clean_content_tags=set(REMOVED_WITH_CONTENT),
            attributes={**_COMMON_ATTRIBUTES, "a": {"href", "title"}},
            url_schemes={"http", "https", "mailto", "tel"},
            link_rel="noopener",
            filter_style_properties=set(STYLE_PROPERTIES),
            strip_comments=True,
        )
    )
