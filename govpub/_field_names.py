"""What an editor calls the fields of a post and of the platforms' documents (Chinese).

One table for every message that names a field: the renderers' refusals and the
compliance findings.
"""

from __future__ import annotations

__all__ = ["field_name"]

_FIELD_NAMES = {
    "title": "标题",
    "author": "作者",
    "digest": "摘要",
    "summary": "摘要",
    "body": "正文",
    "content": "正文",
    "text": "正文",
    "url": "链接",
    "content_source_url": "原文链接",
    "cover": "封面图",
    "images": "图片",
    "document": "推送内容",
}


def field_name(field: str) -> str:
    """The editor's word for ``field``; the field itself where there is none."""
    return _FIELD_NAMES.get(field, field)
