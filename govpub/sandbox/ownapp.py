"""Emulator of an agency's own app backend (the push contract), under ``/app/{tenant}``.

Follows ``/work/shared/reference/own-app.md``:

* every request is signed per **Standard Webhooks v1** (§2): ``webhook-id``,
  ``webhook-timestamp`` (within ±``webhook_tolerance`` seconds, default 5
  minutes), ``webhook-signature`` = space-separated ``v1,<base64 HMAC-SHA256 of
  id.timestamp.body>`` entries (``v1a`` Ed25519 when a public key is
  registered); any matching entry passes, compared in constant time;
* ``POST /posts`` needs an ``Idempotency-Key`` (§3, an sf-string, quotes
  included): missing → 400; same key while the first is in progress → 409;
  same key, other payload → 422; same key after completion → the stored
  result replayed, success *or* error (``Idempotent-Replayed: true``);
* success is 201 ``{"id", "url"}``; errors are RFC 9457 ``application/problem+json`` (§4);
  a retired tenant answers 410 Gone (§2 delivery rules);
* ``DELETE /posts/{id}``, ``GET /posts/{id}``, ``GET /posts/latest`` (health
  checks) and ``GET /posts`` (recent posts) — signed the same way, over the empty body.

The payload follows the reference envelope: ``{"type": "post.published" |
"post.retracted", "timestamp", "data": {"post_id", "title", "body_html", …}}``.
Its fingerprint (for 422) is the canonical JSON of ``type`` and ``data``, so a
retry may carry a new envelope ``timestamp``.
"""

from __future__ import annotations

import asyncio
import base64
import hashlib
import hmac
import json
import time
from collections.abc import Callable
from typing import Any, Final

from cryptography.exceptions import InvalidSignature
from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PublicKey
from starlette.requests import Request
from starlette.responses import Response
from starlette.routing import Route

from govpub.sandbox._http import (
    FaultAnswer,
    bare_error,
    enter,
    json_body,
    json_response,
    leave,
    pick_5xx,
    retry_after_header,
)
from govpub.sandbox.accounts import AppPost, AppTenant, IdempotencyEntry
from govpub.sandbox.faults import Decision, FaultRule
from govpub.sandbox.state import SandboxState

__all__ = ["PROBLEM_BASE", "AppEmulator", "sign", "verify_signature"]

PROBLEM_BASE: Final = "https://sandbox.govpub.invalid/problems/"
PROBLEM_JSON: Final = "application/problem+json"
_TITLES: Final[dict[str, str]] = {
    "not-found": "Not found",
    "gone": "Tenant retired",
    "signature": "Invalid webhook signature",
    "idempotency-key-missing": "Idempotency-Key is required",
    "idempotency-key-invalid": "Invalid Idempotency-Key",
    "idempotency-key-in-use": "A request with this Idempotency-Key is in progress",
    "idempotency-key-reused": "Idempotency-Key reused with another payload",
    "invalid-json": "Body is not a JSON object",
    "validation": "Invalid post",
    "unavailable": "Service unavailable",
    "rate-limited": "Too many requests",
    "server-error": "Server error",
}


def sign(secret_key: bytes, msg_id: str, timestamp: int, body: bytes) -> str:
    """The ``v1,<base64>`` signature entry for one request (what a sender computes)."""
    signed = f"{msg_id}.{timestamp}.".encode() + body
    digest = hmac.new(secret_key, signed, hashlib.sha256).digest()
    return "v1," + base64.b64encode(digest).decode()


def verify_signature(  # noqa: PLR0911 - one answer per refusal
    tenant: AppTenant,
    headers: Any,
    body: bytes,
    *,
    now: float,
    tolerance: float,
) -> str | None:
    """``None`` when the request is signed by the tenant, else what is wrong (for ``detail``)."""
    msg_id = headers.get("webhook-id")
    stamp = headers.get("webhook-timestamp")
    signatures = headers.get("webhook-signature")
    missing = [
        name
        for name, value in (
            ("webhook-id", msg_id),
            ("webhook-timestamp", stamp),
            ("webhook-signature", signatures),
        )
        if not value
    ]
    if missing:
        return f"missing header(s): {', '.join(missing)}"
    if "." in msg_id:
        return "webhook-id must not contain '.'"
    if not stamp.isdigit():
        return "webhook-timestamp is not an integer number of seconds"
    skew = now - int(stamp)
    if skew > tolerance:
        return f"webhook-timestamp too old ({int(skew)} s > {int(tolerance)} s)"
    if -skew > tolerance:
        return f"webhook-timestamp too new ({int(-skew)} s ahead > {int(tolerance)} s)"
    signed = f"{msg_id}.{stamp}.".encode() + body
    expected = [
        base64.b64encode(hmac.new(key, signed, hashlib.sha256).digest()) for key in tenant.keys
    ]
    for entry in signatures.split():
        version, _, value = entry.partition(",")
        if version == "v1":
            given = value.encode()
            # Every candidate is compared, in constant time, whatever matched before.
            if sum(hmac.compare_digest(given, candidate) for candidate in expected):
                return None
        elif version == "v1a" and tenant.public_keys and _ed25519_ok(tenant, value, signed):
            return None
    return "no signature in webhook-signature matches"


def _ed25519_ok(tenant: AppTenant, value: str, signed: bytes) -> bool:
    try:
        raw = base64.b64decode(value, validate=True)
    except ValueError:
        return False
    for key in tenant.public_keys:
        try:
            Ed25519PublicKey.from_public_bytes(key).verify(raw, signed)
        except (InvalidSignature, ValueError):
            continue
        return True
    return False


def parse_idempotency_key(value: str) -> str | None:
    """The key inside an sf-string (``"…"``, printable ASCII, ``\\"``/``\\\\`` escapes)."""
    value = value.strip()
    if len(value) < 3 or value[0] != '"' or value[-1] != '"':
        return None
    out: list[str] = []
    chars = iter(value[1:-1])
    for ch in chars:
        if not " " <= ch <= "~":
            return None
        if ch == "\\":
            nxt = next(chars, "")
            if nxt not in ('"', "\\"):
                return None
            out.append(nxt)
        elif ch == '"':
            return None
        else:
            out.append(ch)
    key = "".join(out)
    return key if 1 <= len(key) <= 255 else None


def fingerprint(payload: Any, raw: bytes) -> str:
    """What "the same payload" means: ``type`` + ``data`` of the envelope (raw bytes otherwise)."""
    if isinstance(payload, dict):
        view = {"type": payload.get("type"), "data": payload.get("data")}
        raw = json.dumps(view, sort_keys=True, ensure_ascii=False, separators=(",", ":")).encode()
    return hashlib.sha256(raw).hexdigest()


class AppEmulator:
    """The ``/app/{tenant}`` routes over one :class:`SandboxState`."""

    def __init__(self, state: SandboxState) -> None:
        self.state = state

    def routes(self) -> list[Route]:
        """Every emulated path, relative to the ``/app`` mount."""
        return [
            Route("/{tenant}/posts", self._create, methods=["POST"]),
            Route("/{tenant}/posts", self._list, methods=["GET"]),
            Route("/{tenant}/posts/latest", self._latest, methods=["GET"]),
            Route("/{tenant}/posts/{post}", self._get, methods=["GET"]),
            Route("/{tenant}/posts/{post}", self._delete, methods=["DELETE"]),
            *self._message_routes(),
        ]

    def _message_routes(self) -> list[Route]:
        """Public messages and replies (:mod:`govpub.sandbox.app_messages`)."""
        from govpub.sandbox import app_messages as m  # noqa: PLC0415 - it imports this module

        def bound(handler: Any) -> Any:
            async def endpoint(request: Request) -> Response:
                response: Response = await handler(self, request)
                return response

            return endpoint

        return [
            Route("/{tenant}/messages", bound(m.list_messages), methods=["GET"]),
            Route("/{tenant}/messages/{message}/replies", bound(m.list_replies), methods=["GET"]),
            Route("/{tenant}/messages/{message}/replies", bound(m.post_reply), methods=["POST"]),
        ]

    async def begin(
        self, request: Request, operation: str, *, sleep: bool = True
    ) -> tuple[AppTenant, Decision, bytes] | Response:
        """Tenant, faults, 410, signature: the common path of every call."""
        return await self._begin(request, operation, sleep=sleep)

    async def once(
        self,
        request: Request,
        tenant: AppTenant,
        decision: Decision,
        *,
        key: str,
        print_: str,
        apply: Callable[[], Response],
    ) -> Response:
        """Run ``apply`` once per Idempotency-Key and store its answer; a key seen before
        gets 422, 409 or the stored answer replayed.  A call that fails forgets its key."""
        with self.state.lock:
            entry = tenant.idempotency.get(key)
            if entry is not None:
                return self._seen(tenant.tenant, key, entry, print_)
            entry = tenant.idempotency[key] = IdempotencyEntry(fingerprint=print_)
        try:
            if decision.delay:
                await asyncio.sleep(decision.delay)
            with self.state.lock:
                response = apply()
                entry.done = True
                entry.status = response.status_code
                entry.headers = {
                    k: v for k, v in response.headers.items() if k.lower() != "content-length"
                }
                entry.body = bytes(response.body)
        finally:
            if not entry.done:
                with self.state.lock:
                    tenant.idempotency.pop(key, None)
        return await leave(request, decision, response)

    # -- answers ----------------------------------------------------------------------

    def problem(
        self,
        tenant: str,
        status: int,
        slug: str,
        detail: str,
        *,
        instance: str = "",
        headers: dict[str, str] | None = None,
        **extensions: Any,
    ) -> Response:
        """An RFC 9457 problem, counted as ``error.<status>``."""
        self.state.count(f"app:{tenant}", f"error.{status}")
        body = {
            "type": PROBLEM_BASE + slug,
            "title": _TITLES.get(slug, slug),
            "status": status,
            "detail": detail,
            **({"instance": instance} if instance else {}),
            **extensions,
        }
        return json_response(body, status, headers=headers, media_type=PROBLEM_JSON)

    def _fault_answer(self, tenant: str) -> FaultAnswer:
        def answer(rule: FaultRule, wait: float) -> Response | None:
            now = self.state.clock.now()
            if rule.kind == "5xx":
                status = pick_5xx(self.state, rule)
                if rule.param("body") == "json":
                    return self.problem(tenant, status, "server-error", "injected server error")
                return bare_error(status)
            if rule.kind in ("busy", "rate_limit", "quota"):
                as_date = rule.kind == "rate_limit" and rule.param("format") == "date"
                header = {"Retry-After": retry_after_header(wait, as_date=as_date, now=now)}
                if rule.kind == "busy":
                    return self.problem(
                        tenant, 503, "unavailable", "the backend is busy", headers=header
                    )
                return self.problem(
                    tenant, 429, "rate-limited", f"retry after {wait:g} s", headers=header
                )
            return None

        return answer

    async def _begin(
        self, request: Request, operation: str, *, sleep: bool = True
    ) -> tuple[AppTenant, Decision, bytes] | Response:
        """Tenant, faults, 410 for a retired tenant, then the signature."""
        name = request.path_params["tenant"]
        tenant = self.state.apps.get(name)
        if tenant is None:
            return self.problem(name, 404, "not-found", f"no tenant {name!r}")
        entered = await enter(
            self.state,
            request,
            platform="app",
            operation=operation,
            account=name,
            answer=self._fault_answer(name),
            sleep=sleep,
        )
        if isinstance(entered, Response):
            return entered
        if tenant.retired:
            return self.problem(name, 410, "gone", f"tenant {name!r} no longer takes posts")
        body = await request.body()
        problem = verify_signature(
            tenant,
            request.headers,
            body,
            now=time.time(),
            tolerance=self.state.config.webhook_tolerance,
        )
        if problem is not None:
            return self.problem(name, 401, "signature", problem)
        return tenant, entered, body

    # -- POST /posts ------------------------------------------------------------------

    async def _create(self, request: Request) -> Response:
        begun = await self._begin(request, "posts.create", sleep=False)
        if isinstance(begun, Response):
            return begun
        tenant, decision, raw = begun
        name = tenant.tenant
        header = request.headers.get("idempotency-key")
        if header is None:
            return self.problem(name, 400, "idempotency-key-missing", "send an Idempotency-Key")
        key = parse_idempotency_key(header)
        if key is None:
            return self.problem(
                name,
                400,
                "idempotency-key-invalid",
                'Idempotency-Key must be a structured-field string, e.g. "msg_01J…" with quotes',
            )
        payload = json_body(raw)
        return await self.once(
            request,
            tenant,
            decision,
            key=key,
            print_=fingerprint(payload, raw),
            apply=lambda: self._apply(request, tenant, key, payload),
        )

    def _seen(self, tenant: str, key: str, entry: IdempotencyEntry, print_: str) -> Response:
        if entry.fingerprint != print_:
            return self.problem(
                tenant,
                422,
                "idempotency-key-reused",
                f"Idempotency-Key {key!r} was used with another payload",
            )
        if not entry.done:
            return self.problem(
                tenant, 409, "idempotency-key-in-use", f"request {key!r} is still in progress"
            )
        self.state.count(f"app:{tenant}", "replayed")
        headers = {**entry.headers, "Idempotent-Replayed": "true"}
        return Response(entry.body, status_code=entry.status, headers=headers)

    def _apply(self, request: Request, tenant: AppTenant, key: str, payload: Any) -> Response:
        name = tenant.tenant
        if not isinstance(payload, dict):
            return self.problem(name, 400, "invalid-json", "the body must be a JSON object")
        kind = payload.get("type")
        data = payload.get("data")
        errors: list[dict[str, str]] = []
        if kind not in ("post.published", "post.retracted"):
            errors.append({"pointer": "/type", "detail": "post.published or post.retracted"})
        if not isinstance(data, dict):
            errors.append({"pointer": "/data", "detail": "an object is required"})
            data = {}
        if not isinstance(data.get("post_id"), str) or not data.get("post_id"):
            errors.append({"pointer": "/data/post_id", "detail": "a non-empty string"})
        if kind == "post.published":
            if not isinstance(data.get("title"), str) or not data["title"].strip():
                errors.append({"pointer": "/data/title", "detail": "a non-empty string"})
            body = data.get("body_html", data.get("body", ""))
            if not isinstance(body, str):
                errors.append({"pointer": "/data/body_html", "detail": "a string"})
        if errors:
            details = "; ".join(f"{e['pointer']}: {e['detail']}" for e in errors)
            return self.problem(name, 422, "validation", details, errors=errors)
        if kind == "post.retracted":
            return self._retract(tenant, data["post_id"])
        return self._publish(request, tenant, key, payload, data)

    def _publish(
        self,
        request: Request,
        tenant: AppTenant,
        key: str,
        payload: dict[str, Any],
        data: dict[str, Any],
    ) -> Response:
        post_id = f"ap_{self.state.next_seq()}"
        base = str(request.base_url).rstrip("/")
        url = f"{base}/app/{tenant.tenant}/posts/{post_id}"
        content = data.get("body_html", data.get("body", "")) or ""
        record = self.state.add_record(
            platform="app",
            account=tenant.tenant,
            platform_id=post_id,
            title=data["title"],
            content=content,
            post_id=data["post_id"],
            details={
                "idempotency_key": key,
                "webhook_id": request.headers.get("webhook-id"),
                "post_digest": data.get("digest"),
            },
        )
        post = AppPost(
            id=post_id,
            post_id=data["post_id"],
            title=data["title"],
            body=content,
            url=url,
            created_at=self.state.clock.now(),
            record=record,
            data=payload,
        )
        tenant.posts[post_id] = post
        tenant.order.append(post_id)
        return json_response({"id": post_id, "url": url}, 201, headers={"Location": url})

    def _retract(self, tenant: AppTenant, post_id: str) -> Response:
        removed = [p for p in tenant.posts.values() if p.post_id == post_id and not p.deleted]
        for post in removed:
            self._mark_deleted(post)
        return json_response({"post_id": post_id, "retracted": [p.id for p in removed]})

    def _mark_deleted(self, post: AppPost) -> None:
        post.deleted = True
        post.record.deleted = True
        post.record.deleted_at = self.state.clock.now()

    # -- the other calls --------------------------------------------------------------

    async def _delete(self, request: Request) -> Response:
        begun = await self._begin(request, "posts.delete")
        if isinstance(begun, Response):
            return begun
        tenant, decision, _ = begun
        ident = request.path_params["post"]
        with self.state.lock:
            post = tenant.posts.get(ident)
            if post is None:
                response = self.problem(tenant.tenant, 404, "not-found", f"no post {ident!r}")
            else:
                if not post.deleted:
                    self._mark_deleted(post)
                response = Response(status_code=204)
        return await leave(request, decision, response)

    async def _get(self, request: Request) -> Response:
        begun = await self._begin(request, "posts.get")
        if isinstance(begun, Response):
            return begun
        tenant, decision, _ = begun
        ident = request.path_params["post"]
        with self.state.lock:
            post = tenant.posts.get(ident)
            response = (
                json_response(post.to_json())
                if post is not None
                else self.problem(tenant.tenant, 404, "not-found", f"no post {ident!r}")
            )
        return await leave(request, decision, response)

    async def _latest(self, request: Request) -> Response:
        begun = await self._begin(request, "posts.latest")
        if isinstance(begun, Response):
            return begun
        tenant, decision, _ = begun
        with self.state.lock:
            live = [tenant.posts[i] for i in reversed(tenant.order) if not tenant.posts[i].deleted]
            response = (
                json_response(live[0].to_json())
                if live
                else self.problem(tenant.tenant, 404, "not-found", "the tenant has no posts")
            )
        return await leave(request, decision, response)

    async def _list(self, request: Request) -> Response:
        begun = await self._begin(request, "posts.list")
        if isinstance(begun, Response):
            return begun
        tenant, decision, _ = begun
        try:
            limit = min(max(int(request.query_params.get("limit", "20")), 1), 100)
        except ValueError:
            limit = 20
        wanted = request.query_params.get("post_id")
        with self.state.lock:
            posts = [
                tenant.posts[i].to_json()
                for i in reversed(tenant.order)
                if not tenant.posts[i].deleted
                and (wanted is None or tenant.posts[i].post_id == wanted)
            ][:limit]
        return await leave(request, decision, json_response({"posts": posts}))
