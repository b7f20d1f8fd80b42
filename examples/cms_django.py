"""Embedding govpub in a Django project (sync views), e.g. ``publishing/views.py``.

A synchronous ``govpub.Publisher`` per request is simple and safe; a busy CMS
keeps one per worker process instead (``_publisher()`` below), because the
publisher reuses its HTTP connections and token caches between calls.  Do not
use the sync ``Publisher`` inside an async view: use ``govpub.AsyncPublisher``
there, as in ``cms_fastapi.py``.

urls.py::

    path("govpub/posts/<int:article_id>/publish", views.publish_article),
    path("govpub/posts/<str:post_id>", views.post_status),
"""

from __future__ import annotations

import functools
import json

from django.conf import settings
from django.http import HttpRequest, JsonResponse
from django.views.decorators.http import require_GET, require_POST

import govpub


@functools.cache
def _publisher() -> govpub.Publisher:
    """One publisher per worker process, closed when the process ends."""
    matrix = govpub.Matrix.from_toml(settings.GOVPUB_CONFIG)
    return govpub.Publisher(matrix, actor="cms")


def _post_from_article(article: dict[str, object]) -> govpub.Post:
    """Map the CMS's article to a govpub post (adapt the field names to your models)."""
    cover = article.get("cover")
    return govpub.Post(
        id=f"cms-{article['id']}",
        title=str(article["title"]),
        body=str(article["body_markdown"]),
        summary=str(article.get("summary", "")),
        author=str(article.get("byline", "")),
        category=str(article.get("category", "daily")),
        url=str(article["public_url"]) if article.get("public_url") else None,
        cover=govpub.Image(data=cover["bytes"], filename=cover["name"], alt=cover.get("alt", ""))  # type: ignore[index]
        if isinstance(cover, dict)
        else None,
    )


@require_POST
def publish_article(request: HttpRequest, article_id: int) -> JsonResponse:
    payload = json.loads(request.body)
    post = _post_from_article({"id": article_id, **payload["article"]})
    try:
        report = _publisher().publish(post, payload.get("approvals", []))
    except govpub.PolicyError as exc:
        return JsonResponse(
            {"error": str(exc)}, status=422, json_dumps_params={"ensure_ascii": False}
        )
    except govpub.ReviewError as exc:
        return JsonResponse(
            {"error": str(exc)}, status=403, json_dumps_params={"ensure_ascii": False}
        )
    status = 200 if report.ok or report.frozen or report.post_state == "scheduled" else 207
    return JsonResponse(report.to_dict(), status=status, json_dumps_params={"ensure_ascii": False})


@require_GET
def post_status(request: HttpRequest, post_id: str) -> JsonResponse:
    try:
        report = _publisher().status(post_id)
    except govpub.LedgerError:
        return JsonResponse({"error": f"no post {post_id}"}, status=404)
    return JsonResponse(report.to_dict(), json_dumps_params={"ensure_ascii": False})
