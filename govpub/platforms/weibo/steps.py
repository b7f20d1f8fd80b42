"""What a Weibo delivery saves (``ctx.steps``) and what the saved status means.

``share`` is irreversible, so a delivery records before the call that it sent
(:data:`STEP_SENT`: when, and the token its link carried) and after it the
status Weibo answered (:data:`STEP_STATUS`).  Publishing, reconciling and
deleting all read these steps back: the helpers here are the one reading of
them, apart from the adapter and :mod:`~.reconcile` that both need it.
"""

from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Final

from govpub.platforms.base import DeliveryContext, PublishOutcome, Rendered, tag_link
from govpub.platforms.weibo.timeline import status_id

if TYPE_CHECKING:
    from govpub.platforms.weibo.models import WeiboSettings

__all__ = [
    "LEGACY_STEP_SENT",
    "STEP_SENT",
    "STEP_STATUS",
    "published",
    "saved_status",
    "sent_marker",
    "sent_text",
    "status_url",
]

STEP_SENT: Final = "share_sent"  # {"at": unix seconds, "token": the link's token | None}
LEGACY_STEP_SENT: Final = "share_sent_at"  # before delivery tokens: the time alone
STEP_STATUS: Final = "weibo_status"  # {"id": idstr | None, "mid": str | None}


def sent_text(rendered: Rendered, token: str | None) -> str:
    """The text as sent: the rendered text with the token in its link.

    The renderer keeps room for the token (``LINK_TOKEN_CHARS``) below the limit.
    """
    text = rendered.body.strip()
    if token is None:
        return text
    link = str(rendered.fields["link"])
    return text.replace(link, tag_link(link, token), 1)


def sent_marker(ctx: DeliveryContext) -> tuple[float, str | None] | None:
    """When the share was (last) sent and with which token; ``None``: never sent."""
    marker = ctx.steps.get(STEP_SENT)
    if isinstance(marker, Mapping) and isinstance(marker.get("at"), int | float):
        token = marker.get("token")
        return float(marker["at"]), str(token) if token else None
    legacy = ctx.steps.get(LEGACY_STEP_SENT)
    if isinstance(legacy, int | float):
        return float(legacy), None
    return None


def saved_status(status: Mapping[str, Any]) -> dict[str, Any]:
    """A timeline status as :data:`STEP_STATUS` holds it: ``{"id", "mid"}``."""
    mid = status.get("mid")
    return {"id": status_id(status), "mid": str(mid) if mid is not None else None}


def status_url(settings: WeiboSettings, saved: Mapping[str, Any]) -> str:
    """The saved status's page, from ``settings.post_url_template``."""
    return settings.post_url_template.format(
        id=saved.get("id") or "", mid=saved.get("mid") or "", uid=settings.uid or ""
    )


def published(settings: WeiboSettings, saved: Mapping[str, Any]) -> PublishOutcome:
    """The outcome a saved status states: ``published`` (20032: the id may come later)."""
    saved_id = saved.get("id")
    details: dict[str, Any] = {"mid": saved.get("mid")}
    if saved.get("code") == 20032:
        details["note"] = "20032: published; the server is slow, the id may come later"
    return PublishOutcome(
        state="published",
        platform_post_id=saved_id,
        url=status_url(settings, saved) if saved_id else None,
        details=details,
    )
