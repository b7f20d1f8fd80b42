"""Weibo endpoint calls: the access token, status-first answers, error_code → error kind.

Endpoints (open.weibo.com wiki, V2): ``statuses/share``, ``statuses/destroy``,
``statuses/user_timeline``, ``short_url/expand``, ``account/rate_limit_status``,
and any ``GET``/``POST /2/{endpoint}.json`` the comments module names
(:meth:`WeiboApi.read`, :meth:`WeiboApi.write`).  Every call carries the OAuth2
``access_token``; server apps get no refresh token, so the token's only handling
is refusing to send one past ``settings.token_expires_at``
(:meth:`WeiboApi.check_token_expiry`: a human re-authorises).

An answer is classified status first (:meth:`WeiboApi.payload`); a rate-limit
code is given the wait Weibo states (``Retry-After``, else
``account/rate_limit_status``).  Apart from the adapter, which decides what to
send and what an answer means for the delivery.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from datetime import UTC, datetime
from typing import TYPE_CHECKING, Any, Final

from govpub.errors import PlatformError, ReauthorizationRequired
from govpub.platforms._common import json_object, platform_error
from govpub.platforms.base import Adapter, parse_retry_after
from govpub.platforms.weibo.errors import Kind, error_code_of, error_from_payload, kind_of

if TYPE_CHECKING:
    import httpx  # imported where a request is made: none is made to check a post

    from govpub.platforms.weibo.models import WeiboCredentials, WeiboSettings

__all__ = ["CALL_LIMITS", "EXPAND_BATCH", "LIFTED_WAIT", "WeiboApi"]

EXPAND_BATCH: Final = 20  # short_url/expand.json takes at most 20 url_short
#: The call limits that ``account/rate_limit_status`` describes (IP, user, user per API).
CALL_LIMITS: Final = frozenset({10022, 10023, 10024})
#: Seconds to wait after a call limit that ``rate_limit_status`` shows lifted already.
LIFTED_WAIT: Final = 1.0


class WeiboApi:
    """The calls govpub makes for one account; errors name the account and carry the request."""

    def __init__(
        self, adapter: Adapter, *, credentials: WeiboCredentials, settings: WeiboSettings
    ) -> None:
        self._adapter = adapter
        self._credentials = credentials
        self._settings = settings

    def __repr__(self) -> str:
        return f"<WeiboApi account={self._adapter.account.id!r}>"

    # -- the token -------------------------------------------------------------------

    def token(self) -> str:
        """The account's ``access_token``."""
        return self._credentials.access_token.get_secret_value()

    def check_token_expiry(self) -> None:
        """Refuse to call with a token past ``token_expires_at`` (21327, local: no call made)."""
        expires = self._settings.token_expires_at
        if expires is not None and expires <= datetime.now(UTC):
            raise platform_error(
                ReauthorizationRequired,
                self._adapter,
                f"the access token expired at {expires.isoformat()}: re-authorise the account "
                "in a browser and update its credentials",
                code=21327,
                details={"local": True, "token_expires_at": expires.isoformat()},
            )

    # -- answers -----------------------------------------------------------------------

    async def payload(
        self, response: httpx.Response, endpoint: str, *, irreversible: bool
    ) -> dict[str, Any]:
        """The JSON body of a successful answer; every other answer raised as its error.

        Status first: a 2xx JSON object is Weibo's answer (an ``error_code`` in it
        still counts); a non-2xx is classified by its body only when that body
        has Weibo's error shape (``error_code``, with ``error`` and ``request``).
        A bare 4xx, a proxy's JSON, a redirect is
        :meth:`~govpub.platforms.base.Adapter.status_error`: transient for
        the timeline, an unknown outcome for ``statuses/share``, never a refusal.
        """
        payload = json_object(response)
        code = error_code_of(payload) if payload is not None else None
        if payload is None or (code is None and not response.is_success):
            raise self._adapter.status_error(response, endpoint, irreversible=irreversible)
        retry_after = None
        if code is not None and kind_of(code) is Kind.RATE_LIMITED:
            retry_after = await self._rate_limit_wait(response, code)
        error = error_from_payload(
            self._adapter,
            payload,
            endpoint=endpoint,
            http_status=response.status_code,
            irreversible=irreversible,
            retry_after=retry_after,
        )
        if error is not None:
            raise error
        return payload

    async def _rate_limit_wait(self, response: httpx.Response, code: int) -> float:
        """How long to wait after a rate-limit code: Retry-After, else the window's reset.

        ``rate_limit_status`` describes the call limits (10022–10024): when it
        already shows hits left on both, the window has passed since the refusal
        and a short wait is enough — ``reset_time_in_seconds`` is then the time to
        the *next* reset, up to an hour away.
        """
        told = parse_retry_after(response.headers.get("Retry-After"))
        if told is not None:
            return told
        try:
            status = await self._adapter.send(
                "GET",
                f"{self._adapter.api_base}/2/account/rate_limit_status.json",
                idempotent=True,
                params={"access_token": self.token()},
            )
        except PlatformError:
            return self._settings.rate_limit_wait
        payload = (json_object(status) if status.is_success else None) or {}  # status first
        hits = [payload.get("remaining_user_hits"), payload.get("remaining_ip_hits")]
        lifted = all(isinstance(h, int) and not isinstance(h, bool) and h > 0 for h in hits)
        if code in CALL_LIMITS and lifted:
            return LIFTED_WAIT
        reset = payload.get("reset_time_in_seconds")
        if isinstance(reset, int | float) and not isinstance(reset, bool) and reset > 0:
            return float(min(reset, 24 * 3600))
        return self._settings.rate_limit_wait

    # -- the calls ---------------------------------------------------------------------

    async def read(self, endpoint: str, params: Mapping[str, str]) -> dict[str, Any]:
        """``GET /2/{endpoint}.json`` with the token; Weibo's errors raised by their class."""
        response = await self._adapter.send(
            "GET",
            f"{self._adapter.api_base}/2/{endpoint}.json",
            idempotent=True,
            params={"access_token": self.token(), **params},
        )
        return await self.payload(response, endpoint, irreversible=False)

    async def write(self, endpoint: str, form: Mapping[str, str]) -> dict[str, Any]:
        """``POST /2/{endpoint}.json`` (form); irreversible: a lost answer is unknown."""
        response = await self._adapter.send(
            "POST",
            f"{self._adapter.api_base}/2/{endpoint}.json",
            idempotent=False,
            data={"access_token": self.token(), **form},
        )
        return await self.payload(response, endpoint, irreversible=True)

    async def share(
        self, text: str, rip: str, pic: tuple[str, bytes, str] | None
    ) -> tuple[dict[str, Any], int]:
        """``statuses/share.json``: the answer and its HTTP status; irreversible.

        Form-encoded, or multipart with the picture (an httpx file tuple) as ``pic``.
        """
        form = {"access_token": self.token(), "status": text, "rip": rip}
        url = f"{self._adapter.api_base}/2/statuses/share.json"
        if pic is None:
            response = await self._adapter.send("POST", url, idempotent=False, data=form)
        else:
            files = {"pic": pic}
            response = await self._adapter.send(
                "POST", url, idempotent=False, data=form, files=files
            )
        payload = await self.payload(response, "statuses/share", irreversible=True)
        return payload, response.status_code

    async def destroy(self, status_id: str) -> None:
        """``statuses/destroy.json``: delete one of the account's statuses."""
        response = await self._adapter.send(
            "POST",
            f"{self._adapter.api_base}/2/statuses/destroy.json",
            idempotent=True,
            data={"access_token": self.token(), "id": status_id},
        )
        await self.payload(response, "statuses/destroy", irreversible=False)

    async def timeline_page(self, count: int) -> dict[str, Any]:
        """``statuses/user_timeline.json``: the newest ``count`` statuses (``uid`` if set)."""
        params = {"access_token": self.token(), "count": str(count), "trim_user": "1"}
        if self._settings.uid:
            params["uid"] = self._settings.uid
        response = await self._adapter.send(
            "GET",
            f"{self._adapter.api_base}/2/statuses/user_timeline.json",
            idempotent=True,
            params=params,
        )
        return await self.payload(response, "statuses/user_timeline", irreversible=False)

    async def timeline(self) -> list[dict[str, Any]]:
        """The statuses of one timeline page of ``settings.timeline_count``."""
        statuses = (await self.timeline_page(self._settings.timeline_count)).get("statuses")
        return [s for s in statuses if isinstance(s, dict)] if isinstance(statuses, list) else []

    async def expand(self, links: Sequence[str]) -> dict[str, str]:
        """``short_url/expand.json``: ``t.cn`` link → long link (https://open.weibo.com/wiki/2/short_url/expand).

        At most 20 ``url_short`` per call; a short link Weibo does not know is left out.
        """
        found: dict[str, str] = {}
        for start in range(0, len(links), EXPAND_BATCH):
            params = [("access_token", self.token())]
            params += [("url_short", link) for link in links[start : start + EXPAND_BATCH]]
            response = await self._adapter.send(
                "GET",
                f"{self._adapter.api_base}/2/short_url/expand.json",
                idempotent=True,
                params=params,
            )
            payload = await self.payload(response, "short_url/expand", irreversible=False)
            for entry in payload.get("urls") or []:
                if isinstance(entry, Mapping) and entry.get("result") and entry.get("url_long"):
                    found[str(entry.get("url_short"))] = str(entry["url_long"])
        return found
