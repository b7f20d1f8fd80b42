"""What the three emulators share: JSON answers, bare gateway errors, the fault pipeline.

Every emulated call goes through :func:`enter` and :func:`leave`:

1. count the call (and count it in flight until its answer is sent), add the configured
   fixed latency;
2. an open rate-limit window answers for the platform ("wait, you were told");
3. the fault plan decides: drop the connection, answer an injected error, or
   expire the token and let the normal check answer; ``slow`` delays;
4. the emulator does the work (checks, commits, records) and builds its answer;
5. a *commit-then-timeout* holds the committed answer back (``delay``) or
   drops the connection (``mode=drop``) — the client never learns the outcome.

Dropping a connection needs the socket: :class:`SandboxApp` hands the
server's transport ``abort`` to the request scope (uvicorn's ``send`` is bound
to the request cycle that owns the transport).
"""

from __future__ import annotations

import asyncio
import email.utils
import json
from collections.abc import Callable
from http import HTTPStatus
from typing import Any

from starlette.applications import Starlette
from starlette.datastructures import UploadFile
from starlette.exceptions import HTTPException
from starlette.formparsers import MultiPartException
from starlette.requests import ClientDisconnect, Request
from starlette.responses import Response
from starlette.types import Receive, Scope, Send

from govpub.sandbox.faults import Decision, FaultRule
from govpub.sandbox.state import SandboxState

__all__ = [
    "ABORT_KEY",
    "IN_FLIGHT_KEY",
    "FaultAnswer",
    "Form",
    "SandboxApp",
    "bare_error",
    "drop_connection",
    "enter",
    "json_body",
    "json_response",
    "leave",
    "read_form",
    "retry_after_header",
]

ABORT_KEY = "govpub.sandbox.abort"
#: Where :func:`enter` leaves the callable that ends the call's in-flight count.
IN_FLIGHT_KEY = "govpub.sandbox.in_flight"

#: Builds the platform's answer to an injected fault (or ``None``: carry on normally).
FaultAnswer = Callable[[FaultRule, float], Response | None]

_5XX = (502, 503, 500, 504)


class SandboxApp(Starlette):
    """Starlette, plus the transport's ``abort`` in each HTTP scope (to drop connections).

    A client that gives up while sending its body (a timeout) is normal here,
    not a server error: it is not logged as one.
    """

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] == "http":
            transport = getattr(getattr(send, "__self__", None), "transport", None)
            abort = getattr(transport, "abort", None)
            if abort is not None:
                scope[ABORT_KEY] = abort
        try:
            await super().__call__(scope, receive, send)
        except ClientDisconnect:
            # The client went away mid-request (a killed publisher, a timeout): like a
            # real platform, the sandbox just drops the request; nothing to answer.
            return
        finally:
            ended = scope.get(IN_FLIGHT_KEY)
            if ended is not None:
                ended()


class Form:
    """A parsed form: text fields (first value wins) and uploaded files (every one kept)."""

    def __init__(self) -> None:
        self.fields: dict[str, str] = {}
        self.files: dict[str, list[tuple[str, bytes]]] = {}
        self.multipart = False

    def get(self, name: str) -> str | None:
        """A text field's value."""
        return self.fields.get(name)


async def read_form(request: Request) -> Form | None:
    """The request's form (urlencoded or multipart), or ``None`` when it cannot be parsed."""
    form = Form()
    form.multipart = request.headers.get("content-type", "").startswith("multipart/form-data")
    try:
        async with request.form(max_files=20, max_fields=200) as parsed:
            for name, value in parsed.multi_items():
                if isinstance(value, UploadFile):
                    data = await value.read()
                    form.files.setdefault(name, []).append((value.filename or "", data))
                else:
                    form.fields.setdefault(name, value)
    except (HTTPException, MultiPartException, UnicodeDecodeError, ValueError):
        return None
    return form


def json_body(raw: bytes) -> Any:
    """The JSON value of a request body, or ``None`` when the body is not JSON."""
    try:
        return json.loads(raw)
    except (ValueError, UnicodeDecodeError):
        return None


def json_response(
    data: Any,
    status: int = 200,
    *,
    headers: dict[str, str] | None = None,
    media_type: str = "application/json",
) -> Response:
    """JSON as the platforms send it: raw UTF-8 (no ``\\uXXXX``), compact."""
    body = json.dumps(data, ensure_ascii=False, separators=(",", ":")).encode("utf-8")
    return Response(body, status_code=status, headers=headers, media_type=media_type)


def bare_error(status: int) -> Response:
    """A gateway's error page: HTML, no JSON — what a proxy in front of a platform sends."""
    phrase = HTTPStatus(status).phrase
    page = (
        f"<html>\r\n<head><title>{status} {phrase}</title></head>\r\n<body>\r\n"
        f"<center><h1>{status} {phrase}</h1></center>\r\n<hr><center>nginx</center>\r\n"
        "</body>\r\n</html>\r\n"
    )
    return Response(page, status_code=status, media_type="text/html")


def pick_5xx(state: SandboxState, rule: FaultRule) -> int:
    """The status of an injected 5xx: the rule's ``status``, else a rotation of 502/503/500/504."""
    status = int(rule.param("status"))
    return status or _5XX[state.next_seq() % len(_5XX)]


def retry_after_header(seconds: float, *, as_date: bool = False, now: float = 0.0) -> str:
    """A ``Retry-After`` value: delay-seconds (rounded up) or an HTTP-date (RFC 9110 §10.2.3)."""
    if as_date:
        return email.utils.formatdate(now + seconds, usegmt=True)
    whole = int(seconds)
    return str(whole if whole == seconds else whole + 1)


async def drop_connection(request: Request) -> Response:
    """Close the client's connection without an answer (a reset after the request was sent).

    Returns a response for Starlette to "send" into the closed connection,
    which the server ignores.
    """
    abort = request.scope.get(ABORT_KEY)
    if abort is None:  # not served by uvicorn: the closest we can do is an empty 502
        return Response(b"", status_code=502)
    abort()
    for _ in range(3):  # let the server notice the connection is gone
        await asyncio.sleep(0)
    return Response(b"", status_code=502)


async def enter(
    state: SandboxState,
    request: Request,
    *,
    platform: str,
    operation: str,
    account: str,
    answer: FaultAnswer,
    windows: bool = True,
    sleep: bool = True,
) -> Decision | Response:
    """Steps 1-3 of the pipeline: a :class:`Decision` to carry on with, or the answer to send.

    ``windows=False`` exempts the call from open rate-limit windows (Weibo's
    ``rate_limit_status`` must answer while the account is limited);
    ``sleep=False`` leaves a ``slow`` delay to the caller (the app sleeps
    *after* marking its Idempotency-Key in progress).
    """
    key = f"{platform}:{account}"
    state.count(key, operation)
    if IN_FLIGHT_KEY not in request.scope:  # counted until the answer is sent (SandboxApp)
        keys = (platform, key)
        state.in_flight.begin(keys)
        request.scope[IN_FLIGHT_KEY] = lambda: state.in_flight.end(keys)
    if state.config.latency:
        await asyncio.sleep(state.config.latency)
    window = state.window(key) if windows else None
    if window is not None:
        left, rule = window
        state.count(key, "rate_limited")
        limited = answer(rule, left)
        if limited is not None:
            return limited
    decision = state.faults.decide(platform, operation, account)
    for rule in decision.fired:
        state.count(key, f"fault.{rule.kind}")
    error = decision.error
    if error is not None:
        if error.kind == "drop":
            return await drop_connection(request)
        wait = 0.0
        if error.kind in ("rate_limit", "quota", "busy"):
            wait = float(error.param("retry_after"))
            if error.kind == "rate_limit" and wait > 0:
                state.open_window(key, error, wait)
        answered = answer(error, wait)
        if answered is not None:
            return answered
    if decision.delay and sleep:
        await asyncio.sleep(decision.delay)
    return decision


async def leave(request: Request, decision: Decision, response: Response) -> Response:
    """Step 5: hold back or drop a committed answer when a commit-then-timeout fired."""
    rule = decision.commit_timeout
    if rule is None:
        return response
    if rule.param("mode") == "drop":
        return await drop_connection(request)
    await asyncio.sleep(float(rule.param("delay")))
    return response
