"""``SandboxControl``: the ``/_sandbox`` API from another process, in Python.

The publisher's reliability test, ``govpub demo`` and the fan-out benchmark
run the sandbox as a separate process (``govpub sandbox``, see
:class:`~govpub.sandbox.server.SandboxProcess`) and talk to it through this
client: register the matrix, set faults, read the record.  It works the same
against an in-thread :class:`~govpub.sandbox.server.SandboxServer`.

Synchronous on purpose (control calls are few and happen between phases);
call it through ``asyncio.to_thread`` from async code if the loop must not block.
"""

from __future__ import annotations

from typing import Any

import httpx

from govpub.errors import ConfigError
from govpub.sandbox.accounts import specs_from_matrix

__all__ = ["SandboxControl"]


class SandboxControl:
    """A client of one sandbox's control API (``base_url`` = the sandbox root URL)."""

    def __init__(
        self, base_url: str, *, client: httpx.Client | None = None, timeout: float = 60.0
    ) -> None:
        self.base_url = base_url.rstrip("/")
        self._own = client is None
        self._client = client or httpx.Client(timeout=timeout)

    def __repr__(self) -> str:
        return f"<SandboxControl {self.base_url}>"

    def __enter__(self) -> SandboxControl:
        return self

    def __exit__(self, *exc_info: object) -> None:
        self.close()

    def close(self) -> None:
        """Close the HTTP client (if this object made it)."""
        if self._own:
            self._client.close()

    def _call(self, method: str, path: str, **kwargs: Any) -> Any:
        response = self._client.request(method, f"{self.base_url}/_sandbox{path}", **kwargs)
        if response.status_code >= 400:
            try:
                problem = response.json()
            except ValueError:
                problem = {"error": response.text[:200]}
            raise ConfigError(
                f"sandbox refused {method} /_sandbox{path}: {problem.get('error')}",
                key=problem.get("key"),
            )
        return response.json()

    # -- accounts -------------------------------------------------------------------

    def register(self, *specs: dict[str, Any]) -> list[str]:
        """Register accounts from specs (``{"platform": "wechat", "app_id", "app_secret"}`` …)."""
        if not specs:
            return []
        result: list[str] = self._call("POST", "/accounts", json={"accounts": list(specs)})[
            "registered"
        ]
        return result

    def register_wechat(self, app_id: str, app_secret: str, *, verified: bool = True) -> str:
        """Register an Official Account."""
        spec = {"platform": "wechat", "app_id": app_id, "app_secret": app_secret}
        return self.register({**spec, "verified": verified})[0]

    def register_weibo(self, access_token: str, safe_domain: str, *, uid: str | None = None) -> str:
        """Register a Weibo user (token, the app's 安全域名, uid)."""
        spec = {"platform": "weibo", "access_token": access_token, "safe_domain": safe_domain}
        return self.register({**spec, "uid": uid})[0]

    def register_app(self, tenant: str, webhook_secret: str) -> str:
        """Register an app-backend tenant with its ``whsec_`` secret."""
        return self.register(
            {"platform": "app", "tenant": tenant, "webhook_secret": webhook_secret}
        )[0]

    def register_matrix(self, matrix: Any, *, match_base_url: bool = True) -> list[str]:
        """Register every account of ``matrix`` whose ``api_base`` points at this sandbox."""
        base = self.base_url if match_base_url else None
        return self.register(*specs_from_matrix(matrix, base_url=base))

    def accounts(self) -> list[dict[str, Any]]:
        """The registered accounts (no secrets)."""
        result: list[dict[str, Any]] = self._call("GET", "/accounts")["accounts"]
        return result

    def patch_account(self, platform: str, account: str, **changes: Any) -> dict[str, Any]:
        """Change an account: ``verified``, ``delete_granted``, ``revoked``, ``retired`` …"""
        result: dict[str, Any] = self._call(
            "PATCH", f"/accounts/{platform}/{account}", json=changes
        )
        return result

    # -- faults, config, time -------------------------------------------------------

    def set_faults(self, spec: str, *, seed: int | None = None) -> dict[str, Any]:
        """Replace the fault plan (``parse_faults`` grammar); the answer echoes it."""
        result: dict[str, Any] = self._call("PUT", "/faults", json={"spec": spec, "seed": seed})
        return result

    def clear_faults(self) -> None:
        """No more faults."""
        self._call("DELETE", "/faults")

    def faults(self) -> dict[str, Any]:
        """The plan, its seed, and how often each rule matched and fired."""
        result: dict[str, Any] = self._call("GET", "/faults")
        return result

    def configure(self, **settings: Any) -> dict[str, Any]:
        """Change :class:`~govpub.sandbox.state.SandboxConfig` settings; returns them all."""
        result: dict[str, Any] = self._call("PATCH", "/config", json=settings)
        return result

    def advance_clock(self, seconds: float) -> float:
        """Move the sandbox's time forward; returns its new time."""
        result: float = self._call("POST", "/clock", json={"advance": seconds})["now"]
        return result

    def expire_token(self, platform: str, account: str) -> int:
        """Expire an account's current tokens (WeChat: next call 42001; Weibo: 21327)."""
        result: int = self._call(
            "POST", "/tokens/expire", json={"platform": platform, "account": account}
        )["expired"]
        return result

    def set_publish_status(self, app_id: str, publish_id: str, status: int) -> None:
        """A WeChat publish deleted by the user (5) or banned by the platform (6)."""
        self._call(
            "POST",
            "/wechat/publish-status",
            json={"app_id": app_id, "publish_id": publish_id, "status": status},
        )

    def public_messages(
        self, count: int, *, account: str | None = None, kind: str | None = None
    ) -> list[dict[str, Any]]:
        """Have the public write ``count`` messages (``POST /_sandbox/public/messages``).

        ``account`` (the sandbox's name: app id, uid, tenant) gets them all; ``kind``
        (``comment``, ``mention``, ``message``) makes them all that kind.
        """
        body: dict[str, Any] = {"count": count}
        if account is not None:
            body["account"] = account
        if kind is not None:
            body["kind"] = kind
        made: list[dict[str, Any]] = self._call("POST", "/public/messages", json=body)["messages"]
        return made

    def reset(self, *, keep_accounts: bool = False) -> None:
        """Forget everything (records, counters, faults, content, and accounts unless kept)."""
        self._call("POST", "/reset", json={"keep_accounts": keep_accounts})

    # -- the record -----------------------------------------------------------------

    def records(self, **filters: Any) -> list[dict[str, Any]]:
        """Accepted publications: ``platform``, ``account``, ``post_id``, ``contains``, ``live``."""
        params = {k: _param(v) for k, v in filters.items() if v is not None}
        result: list[dict[str, Any]] = self._call("GET", "/records", params=params)["records"]
        return result

    def publications(self, **filters: Any) -> dict[str, Any]:
        """``{"total", "accounts": {"wechat:wx1": 1, …}, "duplicates": [...]}``."""
        params = {k: _param(v) for k, v in filters.items() if v is not None}
        result: dict[str, Any] = self._call("GET", "/publications", params=params)
        return result

    def counters(self, account: str | None = None) -> dict[str, dict[str, int]]:
        """Per-account call counters (``{"wechat:wx1": {"stable_token": 1, …}}``)."""
        params = {"account": account} if account else {}
        result: dict[str, dict[str, int]] = self._call("GET", "/counters", params=params)
        return result

    def replies(
        self, *, platform: str | None = None, account: str | None = None
    ) -> list[dict[str, Any]]:
        """The accounts' stored answers to the public (the sandbox's own record).

        Each has ``platform``, ``account``, ``to``, ``id`` and ``text``
        (:func:`govpub.sandbox.public.replies`); ``account`` filters by a sandbox
        key (``weibo:1001``) or the bare name.
        """
        params = {k: v for k, v in (("platform", platform), ("account", account)) if v}
        result: list[dict[str, Any]] = self._call("GET", "/replies", params=params)["replies"]
        return result

    def in_flight(self, *, clear: bool = False) -> dict[str, dict[str, int]]:
        """Calls in progress and the most seen at once, per platform and account.

        ``{"now": {"weibo": 2, "weibo:1001": 1}, "peak": {"weibo": 4, …}}``;
        ``clear=True`` returns them and starts the peaks again from what is in progress.
        """
        result: dict[str, dict[str, int]] = self._call("DELETE" if clear else "GET", "/in-flight")
        return result

    def tag_post(self, post_id: str, contains: str) -> int:
        """Attribute WeChat/Weibo records containing ``contains`` to ``post_id``."""
        result: int = self._call(
            "POST", "/posts/tag", json={"post_id": post_id, "contains": contains}
        )["tagged"]
        return result

    def health(self) -> dict[str, Any]:
        """``{"ok": true, "accounts": N, "records": N, "faults": SPEC}``."""
        result: dict[str, Any] = self._call("GET", "/health")
        return result


def _param(value: Any) -> str:
    if isinstance(value, bool):
        return "true" if value else "false"
    return str(value)
