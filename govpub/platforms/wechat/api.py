"""WeChat endpoint calls: token in the query, raw UTF-8 JSON, errcode → error kind.

Endpoints (new docs ``https://developers.weixin.qq.com/doc/subscription/api/…``
and ``…/doc/service/api/…``; page names as in ``shared/reference/wechat.md`` §3):
``cgi-bin/stable_token`` and ``cgi-bin/token``, ``media/uploadimg``,
``material/add_material``, ``draft/add``, ``draft/get``, ``draft/delete``,
``freepublish/submit``, ``freepublish/get``, ``freepublish/delete``,
``freepublish/getarticle``, ``freepublish/batchget``; the comment management
of the old docs (``offiaccount/Comments_management/Image_Comments_Management_Interface``):
``comment/list`` and ``comment/reply/add``.

A token error (40001/40014/42001) on a business call drops the token *only if it
is still the one that failed*, fetches one fresh token (under the per-appid lock)
and retries that call once; a second token error is raised, never retried again.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any

from pydantic import SecretStr

from govpub.errors import OutcomeUnknownError, TransientError
from govpub.platforms._common import dumps_utf8, json_object, platform_error
from govpub.platforms.base import Adapter
from govpub.platforms.wechat.errors import TOKEN_CODES, errcode_of, error_from_payload
from govpub.platforms.wechat.token import TokenStore

if TYPE_CHECKING:
    import httpx  # imported where a request is made: none is made to check a post

__all__ = ["WechatApi"]

_JSON = {"Content-Type": "application/json; charset=utf-8"}
#: ``comment/list``: "获取数目（>=50会被拒绝）".
COMMENT_PAGE_LIMIT = 50
FileTuple = tuple[str, bytes, str]


@dataclass(frozen=True)
class _Request:
    endpoint: str
    body: Mapping[str, Any] | None
    files: Mapping[str, FileTuple] | None
    params: Mapping[str, str] | None
    irreversible: bool


def _is_wechat_error(payload: Mapping[str, Any]) -> bool:
    """WeChat's documented error shape: ``{"errcode": N, "errmsg": "…"}`` with N ≠ 0."""
    return "errcode" in payload and errcode_of(payload) != 0


def _number(value: str) -> int | str:
    """WeChat documents these ids as Uint32: send a number when the text is one."""
    return int(value) if value.isdigit() else value


class WechatApi:
    """The calls govpub makes for one account; errors name the account and carry the rid."""

    def __init__(
        self,
        adapter: Adapter,
        *,
        app_id: str,
        app_secret: SecretStr,
        token_endpoint: str,
        tokens: TokenStore,
    ) -> None:
        self._adapter = adapter
        self._app_id = app_id
        self._secret = app_secret
        self._token_endpoint = token_endpoint
        self.tokens = tokens

    def __repr__(self) -> str:
        return f"<WechatApi appid={self._app_id!r}>"

    @property
    def token_key(self) -> str:
        """The cache key: one token per (endpoint host, appid, token endpoint)."""
        return f"{self._adapter.api_base}|{self._app_id}|{self._token_endpoint}"

    # -- token -------------------------------------------------------------------

    async def token(self) -> str:
        """A fresh access token (cached; at most one refresh at a time per appid)."""
        return await self.tokens.get(self.token_key, self._fetch_token)

    async def _fetch_token(self) -> tuple[str, float]:
        base = self._adapter.api_base
        if self._token_endpoint == "stable":  # noqa: S105 - an endpoint name
            body = {
                "grant_type": "client_credential",
                "appid": self._app_id,
                "secret": self._secret.get_secret_value(),
                "force_refresh": False,
            }
            response = await self._adapter.send(
                "POST",
                f"{base}/cgi-bin/stable_token",
                idempotent=True,
                content=dumps_utf8(body),
                headers=_JSON,
            )
            endpoint = "stable_token"
        else:
            params = {
                "grant_type": "client_credential",
                "appid": self._app_id,
                "secret": self._secret.get_secret_value(),
            }
            response = await self._adapter.send(
                "GET", f"{base}/cgi-bin/token", idempotent=True, params=params
            )
            endpoint = "token"
        payload = self._payload(response, endpoint, irreversible=False)
        token = payload.get("access_token")
        if isinstance(token, str) and token:
            expires_in = payload.get("expires_in", 7200)
            return token, float(expires_in) if isinstance(expires_in, int | float) else 7200.0
        error = error_from_payload(
            self._adapter,
            payload,
            endpoint=endpoint,
            http_status=response.status_code,
            token_endpoint=True,
        )
        raise error or platform_error(
            TransientError, self._adapter, f"{endpoint}: answer without access_token"
        )

    # -- the call ------------------------------------------------------------------

    def _payload(
        self, response: httpx.Response, endpoint: str, *, irreversible: bool
    ) -> dict[str, Any]:
        """The JSON body WeChat answered with: status first, then the body.

        A 2xx JSON object is the answer (an ``errcode`` in it is classified by the
        caller).  A non-2xx is WeChat's only when its body is WeChat's error shape,
        a JSON object with a non-zero ``errcode`` (classified by that code); any
        other answer — a proxy's ``{"error": "not found"}`` on a 404, an HTML page,
        a redirect — is :meth:`~govpub.platforms.base.Adapter.status_error`,
        never a result: ``draft/get`` answering a proxy's 404 must not say the
        draft exists.
        """
        payload = json_object(response)
        if payload is not None and (response.is_success or _is_wechat_error(payload)):
            return payload
        raise self._adapter.status_error(response, endpoint, irreversible=irreversible)

    async def call(
        self,
        endpoint: str,
        *,
        body: Mapping[str, Any] | None = None,
        files: Mapping[str, FileTuple] | None = None,
        params: Mapping[str, str] | None = None,
        irreversible: bool = False,
    ) -> dict[str, Any]:
        """POST ``/cgi-bin/{endpoint}``; the token-error rule applied; errors raised."""
        request = _Request(endpoint, body, files, params, irreversible)
        token = await self.token()
        response = await self._post(request, token)
        payload = self._payload(response, endpoint, irreversible=irreversible)
        if errcode_of(payload) in TOKEN_CODES:
            self.tokens.invalidate(self.token_key, token)
            token = await self.token()
            response = await self._post(request, token)
            payload = self._payload(response, endpoint, irreversible=irreversible)
        error = error_from_payload(
            self._adapter,
            payload,
            endpoint=endpoint,
            http_status=response.status_code,
            irreversible=irreversible,
        )
        if error is not None:
            raise error
        return payload

    async def _post(self, request: _Request, token: str) -> httpx.Response:
        query = {"access_token": token, **(request.params or {})}
        url = f"{self._adapter.api_base}/cgi-bin/{request.endpoint}"
        idempotent = not request.irreversible
        if request.files is not None:
            return await self._adapter.send(
                "POST", url, idempotent=idempotent, params=query, files=dict(request.files)
            )
        return await self._adapter.send(
            "POST",
            url,
            idempotent=idempotent,
            params=query,
            content=dumps_utf8(dict(request.body or {})),
            headers=_JSON,
        )

    # -- endpoints -----------------------------------------------------------------

    async def upload_image(self, file: FileTuple) -> str:
        """``media/uploadimg``: a body image → its ``mmbiz.qpic.cn`` URL."""
        payload = await self.call("media/uploadimg", files={"media": file})
        return self._field(payload, "url", "media/uploadimg")

    async def add_material(self, file: FileTuple, *, material_type: str) -> str:
        """``material/add_material``: the cover → a permanent ``media_id``."""
        payload = await self.call(
            "material/add_material", files={"media": file}, params={"type": material_type}
        )
        return self._field(payload, "media_id", "material/add_material")

    async def add_draft(self, article: Mapping[str, Any]) -> str:
        """``draft/add`` with one article → the draft ``media_id``."""
        payload = await self.call("draft/add", body={"articles": [dict(article)]})
        return self._field(payload, "media_id", "draft/add")

    async def get_draft(self, media_id: str) -> dict[str, Any]:
        """``draft/get``: the draft (40007 when it is no longer in the draft box)."""
        return await self.call("draft/get", body={"media_id": media_id})

    async def delete_draft(self, media_id: str) -> None:
        """``draft/delete``: remove a draft left behind (irreversible, but only a draft)."""
        await self.call("draft/delete", body={"media_id": media_id})

    async def submit(self, media_id: str) -> dict[str, Any]:
        """``freepublish/submit``: irreversible; unknown outcomes are never retried here."""
        payload = await self.call(
            "freepublish/submit", body={"media_id": media_id}, irreversible=True
        )
        if payload.get("publish_id") in (None, ""):
            raise platform_error(
                OutcomeUnknownError,
                self._adapter,
                "freepublish/submit: errcode 0 without publish_id; the job may exist",
                details={"endpoint": "freepublish/submit", "draft_media_id": media_id},
            )
        return payload

    async def get_publish(self, publish_id: str) -> dict[str, Any]:
        """``freepublish/get``: the job's ``publish_status`` (a small daily quota)."""
        return await self.call("freepublish/get", body={"publish_id": publish_id})

    async def delete_publish(self, article_id: str, index: int) -> None:
        """``freepublish/delete`` with an explicit 1-based ``index`` (0 would delete all)."""
        if index < 1:
            raise ValueError("freepublish/delete index must be ≥ 1: 0 deletes every article")
        await self.call("freepublish/delete", body={"article_id": article_id, "index": index})

    async def get_article(self, article_id: str) -> dict[str, Any]:
        """``freepublish/getarticle``: the published article, with ``is_deleted`` per item."""
        return await self.call("freepublish/getarticle", body={"article_id": article_id})

    async def list_published(self, *, count: int = 20) -> dict[str, Any]:
        """``freepublish/batchget``: the most recent publications, without content."""
        return await self.call(
            "freepublish/batchget", body={"offset": 0, "count": count, "no_content": 1}
        )

    async def list_comments(
        self, msg_data_id: str, index: int, *, begin: int, count: int
    ) -> dict[str, Any]:
        """``comment/list``: ``{"total", "comment": [...]}`` of one article (``type`` 0: all).

        ``index`` is **0-based** here (the first article of the publish is 0), unlike
        ``freepublish/delete``; ``count`` must stay below 50 ("≥50会被拒绝").
        """
        if not 1 <= count < COMMENT_PAGE_LIMIT:
            raise ValueError(f"comment/list count must be 1..{COMMENT_PAGE_LIMIT - 1}, not {count}")
        return await self.call(
            "comment/list",
            body={
                "msg_data_id": _number(msg_data_id),
                "index": index,
                "begin": begin,
                "count": count,
                "type": 0,
            },
        )

    async def reply_comment(
        self, msg_data_id: str, index: int, user_comment_id: str, content: str
    ) -> None:
        """``comment/reply/add``: the account's one reply to one comment (88005 if it exists).

        Not idempotent (a second call answers 88005 "already reply"), so a timeout
        is an unknown outcome: the inbox reads ``comment/list`` before trying again.
        """
        await self.call(
            "comment/reply/add",
            body={
                "msg_data_id": _number(msg_data_id),
                "index": index,
                "user_comment_id": _number(user_comment_id),
                "content": content,
            },
            irreversible=True,
        )

    def _field(self, payload: Mapping[str, Any], name: str, endpoint: str) -> str:
        value = payload.get(name)
        if value in (None, ""):
            raise platform_error(
                TransientError,
                self._adapter,
                f"{endpoint}: answer without {name}",
                details={"endpoint": endpoint},
            )
        return str(value)
