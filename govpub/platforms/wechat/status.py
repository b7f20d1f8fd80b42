"""``publish_status`` → govpub outcome, shared by ``freepublish/get`` and the push event.

Source: ``api_freepublish_get`` (new docs) and ``Publish/Get_status.html`` (old
docs); wechat.md §3.5.  The table today has six statuses (older docs had ten):

====  ========================  ==================================================
0     成功                       published: ``article_id``, ``article_url``
1     发布中                     pending: ask again later (prefer the push)
2     原创失败                   rejected, ``fail_idx`` = 1-based failing articles
3     常规失败                   rejected, no reason given
4     平台审核不通过              rejected, ``fail_idx``
5     成功后用户删除所有文章      removed (retracted outside govpub)
6     成功后系统封禁所有文章      removed and banned: alert a human
====  ========================  ==================================================

``publish_id`` is documented as a string but a real answer returned a number:
both are accepted and stored as a string.
"""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

from govpub.errors import RejectedError
from govpub.platforms.base import PublishOutcome

__all__ = ["FAILED_STATUSES", "STATUS_MEANINGS", "outcome_from_status", "publish_id_text"]

STATUS_MEANINGS: Mapping[int, str] = {
    0: "成功 published",
    1: "发布中 publishing",
    2: "原创声明失败 originality check failed",
    3: "常规失败 general failure (no reason given)",
    4: "平台审核不通过 platform review rejected",
    5: "成功后用户删除所有文章 deleted by a user after publication",
    6: "成功后系统封禁所有文章 banned by the platform after publication",
}
FAILED_STATUSES = frozenset({2, 3, 4})


def publish_id_text(value: Any) -> str:
    """A ``publish_id`` (string or JSON number) as the string govpub stores."""
    if isinstance(value, bool) or value is None:
        raise ValueError(f"not a publish_id: {value!r}")
    if isinstance(value, float) and value.is_integer():
        return str(int(value))
    return str(value).strip()


def _article(payload: Mapping[str, Any]) -> tuple[str | None, str | None]:
    article_id = payload.get("article_id")
    detail = payload.get("article_detail")
    url = None
    if isinstance(detail, Mapping):
        items = detail.get("item")
        if isinstance(items, list):
            for item in items:
                if isinstance(item, Mapping) and item.get("article_url"):
                    url = str(item["article_url"])
                    break
    return (str(article_id) if article_id not in (None, "") else None), url


def outcome_from_status(
    payload: Mapping[str, Any], *, platform: str, account: str | None
) -> PublishOutcome:
    """The outcome a ``freepublish/get`` answer (or push) states; failures raise.

    Statuses 2/3/4 raise :class:`~govpub.errors.RejectedError` with ``fail_idx``
    in ``details``; the draft is left in the draft box for an editor (delete
    it with the adapter's ``delete``).
    """
    status = int(payload.get("publish_status", -1))
    publish_id = publish_id_text(payload.get("publish_id"))
    details: dict[str, Any] = {"publish_id": publish_id, "publish_status": status}
    if status == 0:
        article_id, url = _article(payload)
        details["article_id"] = article_id
        if article_id is None:
            # Success without an article id cannot be retracted later: keep asking.
            return PublishOutcome(state="pending", details={**details, "missing": "article_id"})
        return PublishOutcome(
            state="published", platform_post_id=article_id, url=url, details=details
        )
    if status in FAILED_STATUSES:
        fail_idx = [int(i) for i in payload.get("fail_idx") or [] if str(i).isdigit()]
        raise RejectedError(
            f"publish job {publish_id} failed: {STATUS_MEANINGS[status]}"
            + (f"; failing articles (1-based): {fail_idx}" if fail_idx else ""),
            platform=platform,
            account=account,
            code=f"publish_status:{status}",
            details={**details, "fail_idx": fail_idx},
        )
    if status in (5, 6):
        return PublishOutcome(
            state="removed",
            details={**details, "banned": status == 6, "meaning": STATUS_MEANINGS[status]},
        )
    if status == 1:
        return PublishOutcome(state="pending", details=details)
    return PublishOutcome(state="pending", details={**details, "unknown_status": True})
