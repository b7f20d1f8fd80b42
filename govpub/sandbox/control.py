"""The ``/_sandbox/…`` endpoints: inspect the record, register accounts, set faults and time.

These are for tests, the demo and benchmarks — a sandbox started as a process
of its own (``govpub sandbox``) is configured and read through them.  They
never answer with a secret.  Faults never apply to them.

=========================================  ==================================================
``GET  /_sandbox/health``                   ``{"ok": true, "accounts": N, "records": N}``
``GET  /_sandbox/records``                  ``?platform=&account=&post_id=&contains=&live=``
``GET  /_sandbox/publications``             live publications per account, ``duplicates``
``GET  /_sandbox/counters``                 per-account call counters (``?account=wechat:wx1``)
``GET  /_sandbox/replies``                  the accounts' answers (``?platform=&account=``)
``GET  /_sandbox/accounts``                 registered accounts (no secrets)
``POST /_sandbox/accounts``                 register: one spec, a list, or ``{"accounts": [...]}``
``PATCH /_sandbox/accounts/{platform}/{id}``  ``verified``, ``delete_granted``, ``revoked``,
                                            ``retired``, ``reauthorize``, ``safe_domain``
``GET|PUT|DELETE /_sandbox/faults``         ``{"spec": "...", "seed": N}`` (PUT), counts (GET)
``GET|PATCH /_sandbox/config``              :class:`~govpub.sandbox.state.SandboxConfig`
``GET|POST /_sandbox/clock``                ``{"advance": seconds}``
``POST /_sandbox/tokens/expire``            ``{"platform": "wechat", "account": "wx…"}``
``POST /_sandbox/posts/tag``                ``{"post_id": "...", "contains": "..."}``
``POST /_sandbox/wechat/publish-status``    ``{"app_id", "publish_id", "status": 5|6}``
``POST /_sandbox/reset``                    ``{"keep_accounts": false}``
``POST /_sandbox/public/messages``          ``{"count": N, "account"?: id, "kind"?: "comment"}``
=========================================  ==================================================
"""

from __future__ import annotations

import json
from collections.abc import Awaitable, Callable
from typing import Any

from pydantic import ValidationError
from starlette.requests import Request
from starlette.responses import Response
from starlette.routing import Route

from govpub.errors import ConfigError
from govpub.sandbox._http import json_response
from govpub.sandbox.public import generate, replies
from govpub.sandbox.state import SandboxState
from govpub.sandbox.wechat_publish import set_publish_status

__all__ = ["ControlAPI"]

Endpoint = Callable[[Request], Awaitable[Response]]


def _bool(value: str | None) -> bool | None:
    if value is None or value == "":
        return None
    return value.lower() in ("1", "true", "yes")


class ControlAPI:
    """The ``/_sandbox`` routes over one :class:`SandboxState`."""

    def __init__(self, state: SandboxState) -> None:
        self.state = state

    def routes(self) -> list[Route]:
        """Every control path, relative to the ``/_sandbox`` mount."""
        return [
            Route("/health", self._guard(self._health), methods=["GET"]),
            Route("/records", self._guard(self._records), methods=["GET"]),
            Route("/publications", self._guard(self._publications), methods=["GET"]),
            Route("/counters", self._guard(self._counters), methods=["GET"]),
            Route("/replies", self._guard(self._replies), methods=["GET"]),
            Route("/in-flight", self._guard(self._in_flight), methods=["GET", "DELETE"]),
            Route("/accounts", self._guard(self._accounts), methods=["GET", "POST"]),
            Route(
                "/accounts/{platform}/{account}",
                self._guard(self._patch_account),
                methods=["PATCH"],
            ),
            Route("/faults", self._guard(self._faults), methods=["GET", "PUT", "DELETE"]),
            Route("/config", self._guard(self._config), methods=["GET", "PATCH"]),
            Route("/clock", self._guard(self._clock), methods=["GET", "POST"]),
            Route("/tokens/expire", self._guard(self._expire), methods=["POST"]),
            Route("/posts/tag", self._guard(self._tag), methods=["POST"]),
            Route("/wechat/publish-status", self._guard(self._publish_status), methods=["POST"]),
            Route("/reset", self._guard(self._reset), methods=["POST"]),
            Route("/public/messages", self._guard(self._public), methods=["POST"]),
        ]

    @staticmethod
    def _guard(endpoint: Endpoint) -> Endpoint:
        """Turn a refused request into a 400 that names the problem (and the bad key)."""

        async def guarded(request: Request) -> Response:
            try:
                return await endpoint(request)
            except ConfigError as exc:
                return json_response({"error": exc.reason, "key": exc.key}, 400)
            except ValidationError as exc:
                first = exc.errors(include_url=False, include_input=False)[0]
                key = ".".join(str(p) for p in first["loc"])
                return json_response({"error": first["msg"], "key": key}, 400)
            except (ValueError, TypeError, KeyError) as exc:
                return json_response({"error": str(exc)}, 400)

        return guarded

    @staticmethod
    async def _json(request: Request) -> Any:
        raw = await request.body()
        if not raw.strip():
            return {}
        try:
            return json.loads(raw)
        except ValueError:
            raise ConfigError("the body is not JSON", key="body") from None

    # -- reading --------------------------------------------------------------------

    async def _health(self, _request: Request) -> Response:
        with self.state.lock:
            return json_response(
                {
                    "ok": True,
                    "accounts": len(self.state.wechat)
                    + len(self.state.weibo)
                    + len(self.state.apps),
                    "records": len(self.state.records()),
                    "faults": self.state.faults.to_spec(),
                }
            )

    def _filters(self, request: Request) -> dict[str, Any]:
        params = request.query_params
        return {
            "platform": params.get("platform") or None,
            "account": params.get("account") or None,
            "post_id": params.get("post_id") or None,
            "contains": params.get("contains") or None,
            "live": _bool(params.get("live")),
        }

    async def _records(self, request: Request) -> Response:
        records = self.state.records(**self._filters(request))
        return json_response({"count": len(records), "records": [r.to_json() for r in records]})

    async def _publications(self, request: Request) -> Response:
        return json_response(self.state.publications(**self._filters(request)))

    async def _counters(self, request: Request) -> Response:
        account = request.query_params.get("account")
        with self.state.lock:
            if account:
                return json_response({account: self.state.counters.get(account)})
            return json_response(self.state.counters.snapshot())

    async def _replies(self, request: Request) -> Response:
        params = request.query_params
        found = replies(
            self.state,
            platform=params.get("platform") or None,
            account=params.get("account") or None,
        )
        return json_response({"count": len(found), "replies": found})

    async def _in_flight(self, request: Request) -> Response:
        if request.method == "DELETE":
            return json_response(self.state.in_flight.clear_peaks())
        return json_response(self.state.in_flight.snapshot())

    # -- accounts -------------------------------------------------------------------

    async def _accounts(self, request: Request) -> Response:
        if request.method == "GET":
            return json_response({"accounts": self.state.accounts()})
        body = await self._json(request)
        specs = body.get("accounts", body) if isinstance(body, dict) else body
        if isinstance(specs, dict):
            specs = [specs]
        if not isinstance(specs, list) or not all(isinstance(s, dict) for s in specs):
            raise ConfigError("expected an account spec, a list of them, or {accounts: [...]}")
        keys = [self.state.register(spec) for spec in specs]
        return json_response({"registered": keys}, 201)

    async def _patch_account(self, request: Request) -> Response:
        platform = request.path_params["platform"]
        ident = request.path_params["account"]
        changes = await self._json(request)
        if not isinstance(changes, dict):
            raise ConfigError("expected a JSON object of changes")
        with self.state.lock:
            if platform == "wechat" and ident in self.state.wechat:
                target: Any = self.state.wechat[ident]
                allowed = {"verified"}
            elif platform == "weibo" and ident in self.state.weibo:
                target = self.state.weibo[ident]
                allowed = {"delete_granted", "revoked", "safe_domain", "reauthorize"}
            elif platform == "app" and ident in self.state.apps:
                target = self.state.apps[ident]
                allowed = {"retired"}
            else:
                raise ConfigError(f"no {platform} account {ident!r}", key="account")
            unknown = sorted(set(changes) - allowed)
            if unknown:
                raise ConfigError(
                    f"cannot change {unknown[0]!r} of a {platform} account "
                    f"(can: {', '.join(sorted(allowed))})",
                    key=unknown[0],
                )
            for name, value in changes.items():
                if name == "reauthorize":
                    if value:
                        self.state.reauthorize(ident)
                elif name == "safe_domain":
                    target.safe_domain = str(value).lower().strip().rstrip(".")
                else:
                    setattr(target, name, bool(value))
            return json_response(target.describe())

    # -- faults, config, time -------------------------------------------------------

    async def _faults(self, request: Request) -> Response:
        if request.method == "PUT":
            body = await self._json(request)
            if isinstance(body, str):
                body = {"spec": body}
            if not isinstance(body, dict):
                raise ConfigError('expected {"spec": "...", "seed": N}', key="faults")
            seed = body.get("seed")
            self.state.set_faults(
                str(body.get("spec") or ""), seed=int(seed) if seed is not None else None
            )
        elif request.method == "DELETE":
            self.state.set_faults(None)
        plan = self.state.faults
        return json_response({"spec": plan.to_spec(), "seed": plan.seed, "rules": plan.fired()})

    async def _config(self, request: Request) -> Response:
        if request.method == "PATCH":
            changes = await self._json(request)
            if not isinstance(changes, dict):
                raise ConfigError("expected a JSON object of settings", key="config")
            with self.state.lock:
                for name, value in changes.items():
                    if name not in type(self.state.config).model_fields:
                        raise ConfigError(f"unknown setting {name!r}", key=name)
                    setattr(self.state.config, name, value)
        return json_response(self.state.config.model_dump())

    async def _clock(self, request: Request) -> Response:
        if request.method == "POST":
            body = await self._json(request)
            self.state.advance_clock(float(body.get("advance", 0)))
        return json_response({"now": self.state.clock.now(), "offset": self.state.clock.offset})

    async def _expire(self, request: Request) -> Response:
        body = await self._json(request)
        count = self.state.expire_tokens(str(body.get("platform")), str(body.get("account")))
        return json_response({"expired": count})

    async def _tag(self, request: Request) -> Response:
        body = await self._json(request)
        tagged = self.state.tag_post(str(body.get("post_id", "")), str(body.get("contains", "")))
        return json_response({"tagged": tagged})

    async def _publish_status(self, request: Request) -> Response:
        body = await self._json(request)
        set_publish_status(
            self.state, str(body.get("app_id")), str(body.get("publish_id")), int(body["status"])
        )
        return json_response({"ok": True})

    async def _public(self, request: Request) -> Response:
        """``{"count": N, "account"?: id, "kind"?: …}``: a seeded stream of public messages."""
        body = await self._json(request)
        count = body.get("count", 1)
        if not isinstance(count, int) or isinstance(count, bool):
            raise ConfigError("count must be an integer", key="count")
        account, kind = body.get("account"), body.get("kind")
        made = generate(
            self.state,
            count,
            account=str(account) if account else None,
            kind=str(kind) if kind else None,
        )
        return json_response({"messages": made})

    async def _reset(self, request: Request) -> Response:
        body = await self._json(request)
        self.state.reset(keep_accounts=bool(body.get("keep_accounts", False)))
        return json_response({"ok": True})
