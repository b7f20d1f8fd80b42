"""The hooks: where a publishing process passes a crash point, installed in that process only.

Nothing in govpub's production code knows about crash points; :func:`install`
wraps, in the one process that is to die, the three places where durability is
decided:

**Ledger writes** — every top-level call of a write method of the ledger class
(``submit``, ``transition``, ``save_step``, ``record_attempt``, ``claim``,
``release``, ``set_post_state``, ``audit``, ``freeze``, ``unfreeze``; and the
inbox's ``record_interactions``, ``assign_interaction``, ``close_interaction``,
``intend_reply``, ``record_reply``).  The durable
point of a call is the ``COMMIT`` of the outermost transaction it ran in, not its
return: the publisher's writer thread runs the calls that queue up together in
one transaction, each in a savepoint, and commits once (group commit,
:mod:`govpub.publisher.writer`).  So each call has a point on both sides of that
commit:

* ``ledger.<call> before`` — nothing of the call is on disk;
* ``ledger.<call> returned, commit pending`` — only inside a group: the call is
  done but still undone by a crash (its caller has not been told yet either);
* ``ledger.<call> committed`` — right after the commit, before any caller learns
  that the call returned (one point per commit, naming every call it made durable);
  a call alone in its moment that writes one statement runs outside any
  transaction (:meth:`~govpub.ledger.sql.SqlLedger.joined`), and is committed
  when it returns.

A call made inside another write call (``submit`` auditing) is part of it, not a point.

**Adapter steps** — :meth:`~govpub.platforms.base.DeliveryContext.step`, when the
action runs (a saved step is reused and passes no point):

* ``step <name>: before`` — the platform has not been asked;
* ``step <name>: done, unsaved`` — the platform did it, the ledger does not know;
* ``step <name>: saved`` — the reference is committed, the adapter has not moved on
  (a deferred step has no such point: the transition that saves it has its own).

**Platform answers** — :meth:`~govpub.platforms.base.Adapter.send`, right after the
platform answered: ``http POST /2/statuses/share.json → 200``.  The path is taken
relative to the account's ``api_base`` (stable across runs and accounts), and a
segment that holds an id the platform gave (letters and digits, such as the app's
message ``m000042``) is written ``{id}`` — ``http POST /messages/{id}/replies →
201`` — so the same moment has the same name in every world; the query string,
which carries tokens, is never part of a name.  An adapter that
bypasses ``Adapter.send`` passes no ``http`` point.
"""

from __future__ import annotations

import functools
import re
import threading
from collections.abc import Awaitable, Callable, Iterator, Mapping
from contextlib import contextmanager
from typing import Any, Final, TypeVar
from urllib.parse import urlsplit

import httpx

from govpub.errors import ConfigError
from govpub.ledger import SqliteLedger
from govpub.platforms.base import Adapter, DeliveryContext
from govpub.testing.crashpoints.points import Tripwire

__all__ = ["LEDGER_WRITES", "install"]

T = TypeVar("T")

#: The write methods of :class:`~govpub.ledger.records.Ledger`: each top-level call is a point.
LEDGER_WRITES: Final = (
    "submit",
    "set_post_state",
    "transition",
    "save_step",
    "record_attempt",
    "claim",
    "lease",
    "release",
    "freeze",
    "unfreeze",
    "audit",
    # the inbox (政民互动): collection, assignment, closing, and a reply's intent and outcome
    "record_interactions",
    "assign_interaction",
    "close_interaction",
    "intend_reply",
    "record_reply",
)


#: Write methods whose calls differ by one keyword argument: ``audit(inbox.assigned)``.
_NAMED_BY: Final = {"audit": "action", "record_reply": "outcome"}


class _LedgerState(threading.local):
    """Per thread: how deep in write calls and transactions, and the calls awaiting a commit."""

    def __init__(self) -> None:
        self.calls = 0
        self.transactions = 0
        self.uncommitted: list[str] = []


def describe(method: str, args: tuple[Any, ...], kwargs: Mapping[str, Any]) -> str:
    """A stable name for one ledger call: the method and what tells its calls apart.

    Only values that are the same in every run of a scenario go into a name
    (states, actions, step names) — never ids, times or payloads.
    """

    def arg(position: int, name: str) -> Any:
        return kwargs[name] if name in kwargs else args[position] if len(args) > position else None

    if method == "transition":
        return f"transition({arg(1, 'state')}, {kwargs.get('action')})"
    if method == "save_step":
        forget = " → forget" if arg(2, "value") is None else ""
        return f"save_step({arg(1, 'name')}{forget})"
    if method == "record_attempt":
        return f"record_attempt({kwargs.get('operation')}: {kwargs.get('outcome')})"
    if method == "set_post_state":
        return f"set_post_state({arg(1, 'state')})"
    if method in _NAMED_BY:
        return f"{method}({kwargs.get(_NAMED_BY[method])})"
    return method


def install(tripwire: Tripwire, *, ledger_class: type[Any] = SqliteLedger) -> Callable[[], None]:
    """Wrap the ledger, ``DeliveryContext.step`` and ``Adapter.send``; returns the undo.

    Meant for the process that is to die (the harness calls it in a forked
    child); the undo exists for tests of the hooks themselves.
    """
    undo = [
        *_hook_ledger(tripwire, ledger_class),
        _patch(DeliveryContext, "step", _step_hook(tripwire, DeliveryContext.step)),
        _patch(Adapter, "send", _send_hook(tripwire, Adapter.send)),
    ]

    def uninstall() -> None:
        for restore in reversed(undo):
            restore()

    return uninstall


def _patch(owner: type[Any], name: str, replacement: Any) -> Callable[[], None]:
    """Replace ``owner.name`` (defined on it or inherited); undoing restores what was there."""
    if name in owner.__dict__:
        original = owner.__dict__[name]
        setattr(owner, name, replacement)
        return lambda: setattr(owner, name, original)
    setattr(owner, name, replacement)
    return lambda: delattr(owner, name)


def _defined(owner: type[Any], name: str) -> Any:
    """``name`` as the class defines it, on itself or on the nearest base (the MRO)."""
    for klass in owner.__mro__:
        if name in klass.__dict__:
            return klass.__dict__[name]
    raise KeyError(name)


# -- the ledger ---------------------------------------------------------------------------


def _hook_ledger(tripwire: Tripwire, ledger_class: type[Any]) -> list[Callable[[], None]]:
    state = _LedgerState()
    undo = [_patch(ledger_class, "transaction", _transaction_hook(tripwire, state, ledger_class))]
    for name in LEDGER_WRITES:
        if hasattr(ledger_class, name):
            original = _defined(ledger_class, name)
            undo.append(_patch(ledger_class, name, _write_hook(tripwire, state, name, original)))
    return undo


def _write_hook(
    tripwire: Tripwire, state: _LedgerState, name: str, original: Callable[..., Any]
) -> Callable[..., Any]:
    @functools.wraps(original)
    def write(self: Any, *args: Any, **kwargs: Any) -> Any:
        if state.calls:
            return original(self, *args, **kwargs)  # part of the call that made it
        label = "ledger." + describe(name, args, kwargs)
        tripwire.hit("ledger", f"{label} before")
        state.calls += 1
        state.uncommitted.append(label)
        try:
            result = original(self, *args, **kwargs)
        except BaseException:
            # Rolled back (its savepoint, or its own transaction): nothing to commit.
            if label in state.uncommitted:
                state.uncommitted.remove(label)
            raise
        finally:
            state.calls -= 1
        if state.transactions:
            tripwire.hit("ledger", f"{label} returned, commit pending")
        elif label in state.uncommitted:  # one statement outside any transaction: committed
            state.uncommitted.remove(label)
            tripwire.hit("ledger", f"{label} committed")
        return result

    return write


def _transaction_hook(
    tripwire: Tripwire, state: _LedgerState, ledger_class: type[Any]
) -> Callable[..., Any]:
    original = _defined(ledger_class, "transaction")

    @contextmanager
    def transaction(self: Any) -> Iterator[Any]:
        state.transactions += 1
        committed = False
        try:
            with original(self) as conn:
                yield conn
            committed = True
        finally:
            state.transactions -= 1
            if not state.transactions:
                labels, state.uncommitted = state.uncommitted, []
                if committed and labels:
                    names = labels[0] if len(labels) == 1 else "(" + " + ".join(labels) + ")"
                    tripwire.hit("ledger", f"{names} committed")

    return transaction


# -- steps and answers ----------------------------------------------------------------------


def _step_hook(
    tripwire: Tripwire, original: Callable[..., Awaitable[Any]]
) -> Callable[..., Awaitable[Any]]:
    @functools.wraps(original)
    async def step(
        self: DeliveryContext, name: str, action: Callable[[], Awaitable[T]], **options: Any
    ) -> T:
        if name in self.steps:
            value: T = await original(self, name, action, **options)
            return value

        async def observed() -> T:
            tripwire.hit("step", f"step {name}: before")
            result = await action()
            tripwire.hit("step", f"step {name}: done, unsaved")
            return result

        saved: T = await original(self, name, observed, **options)
        if name in self.unsaved:  # deferred: saved by the next transition, which has its points
            return saved
        tripwire.hit("step", f"step {name}: saved")
        return saved

    return step


def _send_hook(
    tripwire: Tripwire, original: Callable[..., Awaitable[httpx.Response]]
) -> Callable[..., Awaitable[httpx.Response]]:
    @functools.wraps(original)
    async def send(self: Adapter, method: str, url: str, **kwargs: Any) -> httpx.Response:
        response = await original(self, method, url, **kwargs)
        tripwire.hit("http", f"http {method} {_relative_path(self, url)} → {response.status_code}")
        return response

    return send


def _relative_path(adapter: Adapter, url: str) -> str:
    """The path of ``url`` below the account's ``api_base`` (or all of it); no query, no ids."""
    path = urlsplit(url).path
    try:
        base = urlsplit(adapter.api_base).path.rstrip("/")
    except ConfigError:  # no api_base and no default host: name the full path
        base = ""
    if base and path.startswith(base + "/"):
        path = path[len(base) :]
    return "/".join("{id}" if _ID_SEGMENT.match(part) else part for part in path.split("/")) or "/"


#: A path segment that is an id, not a name: three characters or more, one of them a digit
#: (``m000042``, ``1700000000123``) — not an API version such as Weibo's ``/2/``.
_ID_SEGMENT: Final = re.compile(r"^(?=.*\d)[^/]{3,}$")
