"""The WeChat emulator's draft box and publish jobs: ``draft/*`` and ``freepublish/*``.

Reference §3.3-3.7: ``draft/add`` stores what :func:`~.wechat_articles.check_article`
accepts; ``freepublish/submit`` turns a draft into a job whose ``publish_status``
is 1 for ``publish_delay`` seconds, then 0 — or an injected 2/3/4 with
``fail_idx``; ``freepublish/get`` has a daily quota (45009); ``freepublish/delete``
with ``index`` 0 or missing deletes every article (the trap of §3.7, emulated
faithfully); ``getarticle`` and ``batchget`` read finished publications back.
Jobs finish lazily: every call settles the account's due jobs first.
:func:`set_publish_status` is the control API's "deleted by the user" (5) and
"banned" (6).  The handlers run under the state's lock (the emulator's common
path holds it).
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from typing import TYPE_CHECKING, Any, TypeVar

from govpub.errors import ConfigError
from govpub.sandbox._http import json_response
from govpub.sandbox.accounts import Draft, PublishJob
from govpub.sandbox.wechat_articles import (
    ARTICLES_MAX,
    ArticleRefused,
    check_article,
    draft_json,
    job_json,
)

if TYPE_CHECKING:
    from starlette.responses import Response

    from govpub.sandbox.accounts import WeChatApp
    from govpub.sandbox.faults import Decision
    from govpub.sandbox.state import SandboxState
    from govpub.sandbox.wechat import WeChatEmulator

__all__ = [
    "batchget",
    "delete",
    "draft_add",
    "draft_batchget",
    "draft_delete",
    "draft_get",
    "get",
    "getarticle",
    "set_publish_status",
    "submit",
]

_Row = TypeVar("_Row")

# -- drafts (reference §3.3, limits §4) ----------------------------------------------


def draft_add(
    emulator: WeChatEmulator, app: WeChatApp, body: dict[str, Any], _d: Decision
) -> Response:
    """``draft/add``: the articles checked and stored → the draft's ``media_id``."""
    articles = body.get("articles")
    if not isinstance(articles, list) or not articles:
        return emulator.error(app.app_id, 44003)
    if len(articles) > ARTICLES_MAX:
        return emulator.error(app.app_id, 45008)
    stored: list[dict[str, Any]] = []
    for index, article in enumerate(articles):
        try:
            stored.append(check_article(app, article, index, single=len(articles) == 1))
        except ArticleRefused as refused:
            return emulator.error(app.app_id, refused.code, refused.hint)
    now = emulator.state.clock.now()
    media_id = emulator.state.random_id(43)
    app.drafts[media_id] = Draft(media_id=media_id, articles=stored, created=now, updated=now)
    return json_response({"media_id": media_id})


def draft_get(
    emulator: WeChatEmulator, app: WeChatApp, body: dict[str, Any], _d: Decision
) -> Response:
    """``draft/get``: the draft with its content (40007 once it left the draft box)."""
    emulator.settle_app(app)
    draft = app.drafts.get(str(body.get("media_id", "")))
    if draft is None:
        return emulator.error(app.app_id, 40007)
    return json_response(draft_json(draft, with_content=True))


def draft_delete(
    emulator: WeChatEmulator, app: WeChatApp, body: dict[str, Any], _d: Decision
) -> Response:
    """``draft/delete``."""
    emulator.settle_app(app)
    if app.drafts.pop(str(body.get("media_id", "")), None) is None:
        return emulator.error(app.app_id, 40007)
    return emulator.ok()


def draft_batchget(
    emulator: WeChatEmulator, app: WeChatApp, body: dict[str, Any], _d: Decision
) -> Response:
    """``draft/batchget``: a page of the draft box, newest first."""
    emulator.settle_app(app)
    drafts = sorted(app.drafts.values(), key=lambda d: d.updated, reverse=True)
    return _page_of(
        emulator,
        app,
        body,
        drafts,
        lambda d, with_content: {
            "media_id": d.media_id,
            "content": draft_json(d, with_content=with_content),
            "update_time": int(d.updated),
        },
    )


# -- publishing (reference §3.4-3.7) -------------------------------------------------


def submit(
    emulator: WeChatEmulator, app: WeChatApp, body: dict[str, Any], decision: Decision
) -> Response:
    """``freepublish/submit``: a publish job of the draft, recorded per article."""
    emulator.settle_app(app)
    draft = app.drafts.get(str(body.get("media_id", "")))
    if draft is None:
        return emulator.error(app.app_id, 40007)
    state = emulator.state
    now = state.clock.now()
    seq = state.next_seq()
    publish_id = str(2_247_483_648 + seq)
    job = PublishJob(
        publish_id=publish_id,
        msg_data_id=str(2_147_483_648 + seq),
        draft_media_id=draft.media_id,
        articles=[dict(a) for a in draft.articles],
        submitted_at=now,
        finish_at=now + state.config.publish_delay,
        publish_id_number=state.chance(
            "publish_id_number", publish_id, state.config.publish_id_number
        ),
    )
    if decision.reject is not None:
        job.outcome = int(decision.reject.param("status"))
        idx = int(decision.reject.param("fail_idx"))
        job.fail_idx = [idx] if job.outcome in (2, 3, 4) and idx else []
    for idx, article in enumerate(job.articles, start=1):
        job.records.append(
            state.add_record(
                platform="wechat",
                account=app.app_id,
                platform_id=publish_id,
                title=article["title"],
                content=article["content"],
                state="pending",
                details={
                    "publish_id": publish_id,
                    "idx": idx,
                    "draft_media_id": draft.media_id,
                    "content_source_url": article["content_source_url"],
                    "filtered_images": article["filtered_images"],
                },
            )
        )
    app.jobs[publish_id] = job
    state.pending_apps.add(app.app_id)
    emulator.settle_app(app)
    number = job.publish_id_number
    return json_response(
        {
            "errcode": 0,
            "errmsg": "ok",
            "publish_id": int(publish_id) if number else publish_id,
            "msg_data_id": int(job.msg_data_id) if number else job.msg_data_id,
        }
    )


def get(emulator: WeChatEmulator, app: WeChatApp, body: dict[str, Any], _d: Decision) -> Response:
    """``freepublish/get``: the job's ``publish_status`` (a daily quota, then 45009)."""
    state = emulator.state
    quota = state.config.freepublish_get_daily_quota
    day = int(state.clock.now() // 86_400)
    if quota is not None:
        if app.get_calls.get(day, 0) >= quota:
            return emulator.error(app.app_id, 45009)
        app.get_calls[day] = app.get_calls.get(day, 0) + 1
    emulator.settle_app(app)
    raw_id = body.get("publish_id")
    job = app.jobs.get(str(raw_id)) if isinstance(raw_id, str | int) else None
    if job is None:
        return emulator.error(app.app_id, 53502)
    status = job.status(state.clock.now())
    answer: dict[str, Any] = {
        "publish_id": int(job.publish_id) if job.publish_id_number else job.publish_id,
        "publish_status": status,
    }
    if status == 0:
        answer["article_id"] = job.article_id
        answer["article_detail"] = {
            "count": len(job.urls),
            "item": [{"idx": i, "article_url": u} for i, u in enumerate(job.urls, start=1)],
        }
    elif status in (5, 6):
        answer["article_id"] = job.article_id
    answer["fail_idx"] = job.fail_idx if status in (2, 3, 4) else []
    return json_response(answer)


def delete(
    emulator: WeChatEmulator, app: WeChatApp, body: dict[str, Any], _d: Decision
) -> Response:
    """``freepublish/delete``: one article by its 1-based ``index``; 0 or none: all of them."""
    job = _published(emulator, app, body)
    if job is None:
        return emulator.error(app.app_id, 53600)
    index = body.get("index", 0)
    if isinstance(index, str) and index.isdigit():
        index = int(index)
    if not isinstance(index, int) or isinstance(index, bool) or index < 0:
        return emulator.error(app.app_id, 40097)
    if index > len(job.articles):
        return emulator.error(app.app_id, 40060)
    # index 0 or missing deletes every article of the publish (reference §3.7).
    targets = range(len(job.articles)) if index == 0 else [index - 1]
    now = emulator.state.clock.now()
    for i in targets:
        if not job.deleted[i]:
            job.deleted[i] = True
            job.records[i].deleted = True
            job.records[i].deleted_at = now
    return emulator.ok()


def getarticle(
    emulator: WeChatEmulator, app: WeChatApp, body: dict[str, Any], _d: Decision
) -> Response:
    """``freepublish/getarticle``: the published articles, ``is_deleted`` per item."""
    job = _published(emulator, app, body)
    if job is None:
        return emulator.error(app.app_id, 53600)
    return json_response(job_json(job, with_content=True))


def batchget(
    emulator: WeChatEmulator, app: WeChatApp, body: dict[str, Any], _d: Decision
) -> Response:
    """``freepublish/batchget``: a page of the finished publications, newest first."""
    emulator.settle_app(app)
    now = emulator.state.clock.now()
    done = [j for j in app.articles.values() if j.status(now) in (0, 5)]
    done.sort(key=lambda j: j.submitted_at, reverse=True)
    return _page_of(
        emulator,
        app,
        body,
        done,
        lambda j, with_content: {
            "article_id": j.article_id,
            "content": job_json(j, with_content=with_content),
            "update_time": int(j.finish_at),
        },
    )


def set_publish_status(state: SandboxState, app_id: str, publish_id: str, status: int) -> None:
    """Control API: a publish deleted by the user (5) or banned by the platform (6)."""
    if status not in (5, 6):
        raise ConfigError("only publish_status 5 or 6 can be set", key="status")
    with state.lock:
        state.settle()
        app = state.wechat.get(app_id)
        job = app.jobs.get(publish_id) if app is not None else None
        if job is None or job.article_id is None:
            raise ConfigError(
                f"no finished publish {publish_id!r} for {app_id!r}", key="publish_id"
            )
        job.override = status
        for record in job.records:
            if status == 5:
                record.deleted = True
                record.deleted_at = state.clock.now()
            else:
                record.state = "removed"


def _published(emulator: WeChatEmulator, app: WeChatApp, body: dict[str, Any]) -> PublishJob | None:
    emulator.settle_app(app)
    return app.articles.get(str(body.get("article_id", "")))


def _page_of(
    emulator: WeChatEmulator,
    app: WeChatApp,
    body: dict[str, Any],
    rows: Sequence[_Row],
    item: Callable[[_Row, bool], dict[str, Any]],
) -> Response:
    """One page of a ``batchget`` listing; 40097 for a bad offset, count or no_content."""
    window = _page(body)
    if window is None:
        return emulator.error(app.app_id, 40097)
    offset, count, with_content = window
    items = [item(row, with_content) for row in rows[offset : offset + count]]
    return json_response({"total_count": len(rows), "item_count": len(items), "item": items})


def _page(body: dict[str, Any]) -> tuple[int, int, bool] | None:
    offset, count, no_content = body.get("offset", 0), body.get("count"), body.get("no_content", 0)
    if not isinstance(offset, int) or not isinstance(count, int) or offset < 0:
        return None
    if not 1 <= count <= 20 or no_content not in (0, 1):
        return None
    return offset, count, not no_content
