"""Fault injection for the sandbox: a small spec language, and deterministic decisions.

The publisher's promises (no post lost, none published twice) are only worth
what they survive.  The sandbox can make any platform call fail the ways real
platforms fail — gateway errors, "system busy", rate limits, expired tokens,
slow answers, and the worst one, *commit-then-timeout*: the platform accepts
the publication and the answer never reaches the client in time.

Grammar (``govpub sandbox --faults SPEC``, ``PUT /_sandbox/faults``;
``docs/sandbox.md`` has the full table)::

    spec    := rule ("," rule)*
    rule    := target ":" kind "=" amount ("@" param)*
    target  := platform ["/" operation]      platform: wechat | weibo | app | *
    amount  := probability (0..1) | "always" | "next" | "next" N
    param   := name "=" value                e.g. retry_after=2, delay=0.5, after=3

Example: ``wechat:5xx=0.1,weibo:rate_limit=0.05@retry_after=2,app:commit_timeout=0.05,
*:slow=0.1@delay=0.5,wechat:token_expiry=0.02,wechat:busy=0.05``.

**Determinism.**  A probabilistic rule does not draw from a shared random
stream (whose order would depend on how concurrent requests interleave).  The
decision for the *n*-th call of an operation by an account is a hash of
``(seed, rule, account, operation, n)``: the same seed and the same per-account
call sequence give the same faults, however many deliveries run at once.
``next N`` rules fire on the first N matching calls, in arrival order.
"""

from __future__ import annotations

import fnmatch
import hashlib
import math
import struct
import threading
from collections.abc import Mapping
from dataclasses import dataclass, field
from typing import Any, Final

from govpub.errors import ConfigError

__all__ = [
    "KINDS",
    "OPERATIONS",
    "PLATFORMS",
    "Decision",
    "FaultPlan",
    "FaultRule",
    "parse_faults",
]

PLATFORMS: Final = ("wechat", "weibo", "app")

#: Operation names per platform, as faults, counters and docs name them.
OPERATIONS: Final[Mapping[str, tuple[str, ...]]] = {
    "wechat": (
        "stable_token",
        "token",
        "media.uploadimg",
        "material.add_material",
        "material.del_material",
        "draft.add",
        "draft.get",
        "draft.delete",
        "draft.batchget",
        "freepublish.submit",
        "freepublish.get",
        "freepublish.delete",
        "freepublish.getarticle",
        "freepublish.batchget",
        "comment.list",
        "comment.reply",
    ),
    "weibo": (
        "statuses.share",
        "statuses.destroy",
        "statuses.user_timeline",
        "oauth2.get_token_info",
        "account.rate_limit_status",
        "comments.to_me",
        "statuses.mentions",
        "comments.by_me",
        "comments.reply",
        "comments.create",
    ),
    "app": (
        "posts.create",
        "posts.delete",
        "posts.get",
        "posts.latest",
        "posts.list",
        "messages.list",
        "messages.replies",
        "messages.reply",
    ),
}

#: Operations that change the platform: the only ones a commit-then-timeout applies to
#: unless a rule names its operation.
WRITES: Final[Mapping[str, frozenset[str]]] = {
    "wechat": frozenset(
        {
            "media.uploadimg",
            "material.add_material",
            "material.del_material",
            "draft.add",
            "draft.delete",
            "freepublish.submit",
            "freepublish.delete",
            "comment.reply",
        }
    ),
    "weibo": frozenset({"statuses.share", "statuses.destroy", "comments.reply", "comments.create"}),
    "app": frozenset({"posts.create", "posts.delete", "messages.reply"}),
}

_TOKEN_OPS: Final = frozenset({"stable_token", "token"})


@dataclass(frozen=True)
class _Kind:
    """A fault kind: its parameters (name → type, default) and the platforms it applies to."""

    params: Mapping[str, tuple[type, Any]]
    platforms: tuple[str, ...] = PLATFORMS
    replaces_answer: bool = True


#: Every fault kind.  ``after`` (skip the first N matching calls) and ``account``
#: (only this account) are accepted by every kind.
KINDS: Final[Mapping[str, _Kind]] = {
    "5xx": _Kind({"status": (int, 0), "body": (str, "bare")}),
    "busy": _Kind({"retry_after": (float, 1.0)}),
    "rate_limit": _Kind(
        {"retry_after": (float, 1.0), "code": (int, 0), "format": (str, "seconds")}
    ),
    "quota": _Kind({"retry_after": (float, 3600.0), "code": (int, 0)}),
    "token_expiry": _Kind({"code": (int, 0)}, platforms=("wechat", "weibo")),
    "slow": _Kind({"delay": (float, 0.5)}, replaces_answer=False),
    "commit_timeout": _Kind({"delay": (float, 5.0), "mode": (str, "delay")}, replaces_answer=False),
    "drop": _Kind({}),
    "reject": _Kind(
        {"status": (int, 3), "fail_idx": (int, 1)}, platforms=("wechat",), replaces_answer=False
    ),
}

_COMMON_PARAMS: Final[Mapping[str, tuple[type, Any]]] = {"after": (int, 0), "account": (str, "")}
_CHOICES: Final[Mapping[tuple[str, str], tuple[str, ...]]] = {
    ("5xx", "body"): ("bare", "json"),
    ("rate_limit", "format"): ("seconds", "date"),
    ("commit_timeout", "mode"): ("delay", "drop"),
}
#: Precedence when several answer-replacing faults fire on one call.
_PRECEDENCE: Final = ("drop", "5xx", "rate_limit", "quota", "busy", "token_expiry")


@dataclass(frozen=True)
class FaultRule:
    """One parsed rule: where it applies, what it does, how often, and its parameters."""

    platform: str
    operation: str | None
    kind: str
    probability: float = 0.0
    next_n: int | None = None
    params: Mapping[str, Any] = field(default_factory=dict)
    text: str = ""

    def param(self, name: str) -> Any:
        """A parameter's value, or the kind's default."""
        if name in self.params:
            return self.params[name]
        spec = KINDS[self.kind].params.get(name) or _COMMON_PARAMS[name]
        return spec[1]

    def applies_to(self, platform: str, operation: str) -> bool:  # noqa: PLR0911 - one answer per rule shape
        """Whether this rule can fire for ``operation`` of ``platform``."""
        if self.platform not in ("*", platform):
            return False
        if platform not in KINDS[self.kind].platforms:
            return False
        if self.operation is not None:
            return fnmatch.fnmatchcase(operation, self.operation)
        if self.kind == "commit_timeout":
            return operation in WRITES[platform]
        if self.kind == "reject":
            return operation == "freepublish.submit"
        if self.kind == "token_expiry":
            return operation not in _TOKEN_OPS
        return True

    def to_spec(self) -> str:
        """This rule in the spec language (``parse_faults(rule.to_spec())`` gives it back)."""
        target = self.platform + (f"/{self.operation}" if self.operation else "")
        if self.next_n is not None:
            amount = "next" if self.next_n == 1 else f"next{self.next_n}"
        elif self.probability >= 1.0:
            amount = "always"
        else:
            amount = repr(self.probability)
        params = "".join(f"@{k}={_format_value(v)}" for k, v in self.params.items())
        return f"{target}:{self.kind}={amount}{params}"


@dataclass
class Decision:
    """What the faults say about one call: delay it, replace its answer, delay/drop after commit."""

    delay: float = 0.0
    error: FaultRule | None = None
    commit_timeout: FaultRule | None = None
    reject: FaultRule | None = None
    fired: list[FaultRule] = field(default_factory=list)


class FaultPlan:
    """A parsed fault spec with its seed and the counters that make ``next``/``after`` work.

    Thread-safe: the server decides on its event loop while tests read counters.
    """

    def __init__(self, rules: tuple[FaultRule, ...] = (), *, seed: int = 0) -> None:
        self.rules = rules
        self.seed = seed
        self._lock = threading.Lock()
        self._matched: list[int] = [0] * len(rules)
        self._fired: list[int] = [0] * len(rules)
        self._calls: dict[tuple[int, str, str], int] = {}

    def __repr__(self) -> str:
        return f"<FaultPlan {self.to_spec()!r} seed={self.seed}>"

    def __bool__(self) -> bool:
        return bool(self.rules)

    def to_spec(self) -> str:
        """The plan in the spec language."""
        return ",".join(rule.to_spec() for rule in self.rules)

    def fired(self) -> list[dict[str, Any]]:
        """How often each rule matched and fired, for ``GET /_sandbox/faults``."""
        with self._lock:
            return [
                {"rule": rule.to_spec(), "matched": m, "fired": f}
                for rule, m, f in zip(self.rules, self._matched, self._fired, strict=True)
            ]

    def decide(self, platform: str, operation: str, account: str) -> Decision:
        """Which faults fire for this call (advances the rules' counters)."""
        decision = Decision()
        if not self.rules:
            return decision
        with self._lock:
            for index, rule in enumerate(self.rules):
                if not rule.applies_to(platform, operation):
                    continue
                wanted = rule.param("account")
                if wanted and wanted != account:
                    continue
                if self._fires(index, rule, account, operation):
                    self._fired[index] += 1
                    decision.fired.append(rule)
        for rule in decision.fired:
            if rule.kind == "slow":
                decision.delay += float(rule.param("delay"))
            elif rule.kind == "commit_timeout":
                decision.commit_timeout = decision.commit_timeout or rule
            elif rule.kind == "reject":
                decision.reject = decision.reject or rule
        errors = [r for r in decision.fired if KINDS[r.kind].replaces_answer]
        if errors:
            decision.error = min(errors, key=lambda r: _PRECEDENCE.index(r.kind))
        return decision

    def _fires(self, index: int, rule: FaultRule, account: str, operation: str) -> bool:
        self._matched[index] += 1
        matched = self._matched[index]
        after = int(rule.param("after"))
        if matched <= after:
            return False
        if rule.next_n is not None:
            return self._fired[index] < rule.next_n
        if rule.probability >= 1.0:
            return True
        if rule.probability <= 0.0:
            return False
        key = (index, account, operation)
        n = self._calls.get(key, 0)
        self._calls[key] = n + 1
        return _uniform(self.seed, index, account, operation, n) < rule.probability


def _uniform(seed: int, index: int, account: str, operation: str, n: int) -> float:
    raw = f"{seed}\x1f{index}\x1f{account}\x1f{operation}\x1f{n}".encode()
    (value,) = struct.unpack(">Q", hashlib.blake2b(raw, digest_size=8).digest())
    return float(value) / 2.0**64


def _format_value(value: Any) -> str:
    return repr(value) if isinstance(value, float) else str(value)


def parse_faults(spec: str | None, *, seed: int = 0) -> FaultPlan:
    """Parse a fault spec; a :class:`~govpub.errors.ConfigError` names the bad part.

    An empty or blank spec is a plan without faults.
    """
    if spec is None or not spec.strip():
        return FaultPlan((), seed=seed)
    rules = []
    for position, token in enumerate(spec.split(","), start=1):
        rules.append(_parse_rule(token.strip(), position))
    return FaultPlan(tuple(rules), seed=seed)


def _fail(token: str, position: int, problem: str) -> ConfigError:
    shown = f"'{token}'" if token else "an empty rule"
    return ConfigError(f"fault rule {position} ({shown}): {problem}", key="faults")


def _parse_rule(token: str, position: int) -> FaultRule:
    if not token:
        raise _fail(token, position, "empty rule (two commas in a row, or a trailing comma?)")
    target, sep, rest = token.partition(":")
    if not sep:
        raise _fail(token, position, "expected PLATFORM:KIND=AMOUNT, e.g. wechat:5xx=0.1")
    platform, slash, operation = target.strip().partition("/")
    platform = platform.strip()
    if platform not in (*PLATFORMS, "*"):
        raise _fail(
            token, position, f"unknown platform '{platform}' (expected wechat, weibo, app or *)"
        )
    op: str | None = None
    if slash:
        op = operation.strip()
        known = OPERATIONS[platform] if platform != "*" else sum(OPERATIONS.values(), ())
        if not op or not any(fnmatch.fnmatchcase(name, op) for name in known):
            raise _fail(
                token,
                position,
                f"unknown operation '{op}' for {platform} (known: {', '.join(known)})",
            )
    head, *param_tokens = rest.split("@")
    kind, eq, amount = head.partition("=")
    kind = kind.strip()
    if kind not in KINDS:
        raise _fail(
            token, position, f"unknown fault kind '{kind}' (expected one of: {', '.join(KINDS)})"
        )
    if platform != "*" and platform not in KINDS[kind].platforms:
        raise _fail(token, position, f"fault kind '{kind}' does not apply to platform {platform}")
    if not eq:
        raise _fail(token, position, f"missing '=AMOUNT' after '{kind}' (e.g. {kind}=0.1)")
    probability, next_n = _parse_amount(amount.strip(), token, position)
    params = {}
    for raw in param_tokens:
        name, value = _parse_param(kind, raw, token, position)
        if name in params:
            raise _fail(token, position, f"parameter '{name}' given twice")
        params[name] = value
    return FaultRule(
        platform=platform,
        operation=op,
        kind=kind,
        probability=probability,
        next_n=next_n,
        params=params,
        text=token,
    )


def _parse_amount(amount: str, token: str, position: int) -> tuple[float, int | None]:
    if amount == "always":
        return 1.0, None
    if amount.startswith("next"):
        count = amount[4:] or "1"
        if not count.isdigit() or int(count) < 1:
            raise _fail(token, position, f"bad amount '{amount}' (expected next or nextN, N ≥ 1)")
        return 0.0, int(count)
    try:
        value = float(amount)
    except ValueError:
        raise _fail(
            token, position, f"bad amount '{amount}' (a probability 0..1, always, next or nextN)"
        ) from None
    if not (math.isfinite(value) and 0.0 <= value <= 1.0):
        raise _fail(token, position, f"probability '{amount}' is not between 0 and 1")
    return value, None


def _parse_param(kind: str, raw: str, token: str, position: int) -> tuple[str, Any]:
    name, eq, value = raw.partition("=")
    name, value = name.strip(), value.strip()
    known = {**KINDS[kind].params, **_COMMON_PARAMS}
    if name not in known:
        names = ", ".join(known)
        raise _fail(token, position, f"unknown parameter '{name}' for {kind} (known: {names})")
    if not eq or not value:
        raise _fail(token, position, f"parameter '{name}' needs a value ({name}=VALUE)")
    typ = known[name][0]
    if typ is str:
        choices = _CHOICES.get((kind, name))
        if choices and value not in choices:
            raise _fail(token, position, f"{name}='{value}' is not one of: {', '.join(choices)}")
        if name == "account" and any(ch in value for ch in ",@=:"):
            raise _fail(token, position, f"account '{value}' contains one of , @ = :")
        return name, value
    try:
        number = int(value) if typ is int else float(value)
    except ValueError:
        kind_name = "an integer" if typ is int else "a number"
        raise _fail(token, position, f"parameter {name}='{value}' is not {kind_name}") from None
    if not math.isfinite(number) or number < 0:
        raise _fail(token, position, f"parameter {name}='{value}' must be ≥ 0")
    if kind == "5xx" and name == "status" and not 500 <= number <= 599:
        raise _fail(token, position, f"status='{value}' is not a 5xx status")
    if kind == "reject" and name == "status" and number not in (2, 3, 4):
        raise _fail(token, position, f"status='{value}' must be 2, 3 or 4 (publish_status)")
    return name, number
