"""The crash-point target for the built-in platforms: WeChat, Weibo and the own app in the sandbox.

Each run gets an account of its own in the sandbox (so "exactly one live
publication" is counted on an account nothing else touches) and a post of its
own (id and title carry the run's name).  The sandbox must outlive the
publishing process — a :class:`~govpub.sandbox.SandboxProcess`, or an in-thread
:class:`~govpub.sandbox.SandboxServer` of the test process; the child processes
reach it over loopback.

Scenarios arm the platform's one irreversible call (WeChat ``freepublish/submit``,
Weibo ``statuses/share``, the app's ``POST /posts``) for the run's account only:

``clean``
    no fault: the plain path.
``gateway-error``
    the first call is answered with a bare 502 before the platform stores
    anything: an unknown outcome, reconciled as absent, then sent again — the
    kill points of a re-send.
``commit-then-drop``
    the first call is stored, then the connection drops: an unknown outcome that
    reconciliation must find published without sending again.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping, Sequence
from pathlib import Path
from typing import Any, Final

from govpub.model import Image, Post
from govpub.sandbox.matrix import SandboxLike, sandbox_matrix
from govpub.testing.contract import tiny_png
from govpub.testing.crashpoints.configfile import publisher_toml
from govpub.testing.crashpoints.target import PreparedRun

__all__ = ["PUBLISH_OPERATIONS", "SCENARIOS", "SandboxCrashTarget", "crash_post"]

#: Each built-in platform's irreversible publishing call, as the sandbox's faults name it.
PUBLISH_OPERATIONS: Final[Mapping[str, str]] = {
    "wechat": "freepublish.submit",
    "weibo": "statuses.share",
    "app": "posts.create",
}

#: Scenario → the fault armed on the publishing call of the run's account (``None``: none).
SCENARIOS: Final[Mapping[str, str | None]] = {
    "clean": None,
    "gateway-error": "5xx=next@status=502",
    "commit-then-drop": "commit_timeout=next@mode=drop",
}

#: Fast, deterministic settings: results are immediate in the sandbox, so no grace period.
ACCOUNT_SETTINGS: Final[Mapping[str, Mapping[str, Any]]] = {
    "wechat": {
        "status_poll_initial": 0.02,
        "status_poll_max": 0.2,
        "reconcile_grace_seconds": 0.0,
    },
    "weibo": {"reconcile_grace_seconds": 0.0, "rate_limit_wait": 1.0},
    "app": {},
}


def crash_post(name: str) -> Post:
    """The post of one run: a cover, two body images and a link, with ``name`` in id and title."""
    return Post(
        id=f"p-crash-{name}",
        title=f"春季义务植树活动通知（{name}）",
        summary="3月12日前后全市开展春季义务植树活动，欢迎市民就近参加。",
        author="市绿化委员会办公室",
        body=(
            f"全市组织开展春季义务植树活动（{name}）。\n\n"
            "![植树现场](crash-1.png)\n\n欢迎市民就近参加。\n\n![志愿者](crash-2.png)\n"
        ),
        url="https://www.example.gov.cn/zwgk/tzgg/202603/t20260305_1001.html",
        cover=Image(src="crash-cover.png", data=tiny_png(8, 8, shade=200), alt="植树"),
        images=(
            Image(src="crash-1.png", data=tiny_png(shade=10), alt="植树现场"),
            Image(src="crash-2.png", data=tiny_png(shade=20), alt="志愿者"),
        ),
    )


class SandboxCrashTarget:
    """A :class:`~govpub.testing.crashpoints.target.CrashTarget` for ``wechat``, ``weibo``, ``app``.

    ``sandbox`` is anything with ``url``, ``register`` and ``control`` (a
    :class:`~govpub.sandbox.SandboxProcess` or :class:`~govpub.sandbox.SandboxServer`).
    ``post`` makes the post of a run from the run's name (default :func:`crash_post`);
    ``workload`` is what the child that dies does (``publish``, or ``work``: each
    delivery as a ``govpub worker`` job runs it, under its own lease).
    """

    def __init__(
        self,
        sandbox: Any,
        platform: str,
        *,
        post: Callable[[str], Post] = crash_post,
        workload: str = "publish",
    ) -> None:
        if platform not in PUBLISH_OPERATIONS:
            raise ValueError(f"no sandbox emulator for platform {platform!r}")
        if workload not in ("publish", "work"):
            raise ValueError(f"workload {workload!r}: publish or work")
        self.workload = workload
        self.sandbox = sandbox
        self._platform = platform
        self._post = post

    def __repr__(self) -> str:
        return f"<SandboxCrashTarget {self._platform} at {self.sandbox.url}>"

    @property
    def platform(self) -> str:
        """The platform under test."""
        return self._platform

    def prepare(self, names: Sequence[str], directory: Path, scenario: str) -> list[PreparedRun]:
        """A fresh sandbox account, ``govpub.toml`` and post per name; the scenario armed."""
        if scenario not in SCENARIOS:
            known = ", ".join(SCENARIOS)
            raise ValueError(f"unknown scenario {scenario!r} (known: {known})")
        runs = []
        for name in names:
            where = directory / name
            made = sandbox_matrix(
                _registrar(self.sandbox),
                where,
                wechat=int(self._platform == "wechat"),
                weibo=int(self._platform == "weibo"),
                app=int(self._platform == "app"),
                settings={self._platform: ACCOUNT_SETTINGS[self._platform]},
                extra_toml=publisher_toml(),
            )
            (account,) = made.accounts
            runs.append(
                PreparedRun(
                    name=name,
                    directory=where,
                    config=made.config_path,
                    ledger=where / "govpub.db",
                    post=self._post(name),
                    account_id=account.id,
                    details={"sandbox_account": account.key},
                    workload=self.workload,
                )
            )
        fault = SCENARIOS[scenario]
        if fault is None:
            self.sandbox.control.clear_faults()
        else:
            operation = PUBLISH_OPERATIONS[self._platform]
            self.sandbox.control.set_faults(
                ",".join(
                    f"{self._platform}/{operation}:{fault}@account={_account(run)}" for run in runs
                )
            )
        return runs

    def live_publications(self, run: PreparedRun) -> list[str]:
        """Every live record of the run's account (nothing else publishes there)."""
        records = self.sandbox.control.records(
            platform=self._platform, account=_account(run), live=True
        )
        if self._platform == "wechat":
            # The record is the publish job; the ledger keeps the article it became.
            return [str(r["details"].get("article_id")) for r in records]
        return [str(r["platform_id"]) for r in records]


def _account(run: PreparedRun) -> str:
    return str(run.details["sandbox_account"]).split(":", 1)[1]


def _registrar(sandbox: Any) -> SandboxLike:
    registrar: SandboxLike = sandbox
    return registrar
