"""The reply target for the built-in platforms: answer the public on WeChat, Weibo and the own app.

Each run gets a world of its own (like :class:`~.sandbox.SandboxCrashTarget`):
one fresh sandbox account, so "exactly one reply" is counted on an account
nothing else touches; a post published to it (a WeChat comment needs an
article, a Weibo comment a status; the app takes the post too, so every world
is alike); one message from the public of the chosen kind, collected into the
ledger by :func:`govpub.inbox.sync.sync_inbox`; and a reviewer's signed
approval of the reply, in a file, as ``govpub inbox approve`` writes it.  The
child processes then run the ``reply`` workload
(:mod:`~govpub.testing.crashpoints.replies`) against it over loopback.

Scenarios (:data:`~.sandbox.SCENARIOS`) arm the reply call of the run's
account (WeChat ``comment/reply/add``, Weibo ``comments/reply`` or
``comments/create``, the app's ``POST /messages/{id}/replies``): ``clean``;
``gateway-error`` — a bare 502 before the platform stored the reply (unknown,
read back as absent, sent again by ``govpub inbox sync``); ``commit-then-drop``
— stored, then the connection drops (unknown, read back as there, never sent again).
"""

from __future__ import annotations

import asyncio
from collections.abc import Mapping, Sequence
from pathlib import Path
from typing import Any, Final

from govpub.config import Matrix
from govpub.inbox.replies import reply_post
from govpub.inbox.sync import sync_inbox
from govpub.interactions import Interaction
from govpub.ledger.stores import open_ledger
from govpub.publisher import AsyncPublisher
from govpub.review import approve, generate_private_key, public_key_text
from govpub.sandbox.matrix import sandbox_matrix
from govpub.testing.crashpoints.configfile import publisher_toml, toml_value
from govpub.testing.crashpoints.forkserver import HarnessError
from govpub.testing.crashpoints.judge import Verdict
from govpub.testing.crashpoints.replies import ReplySnapshot, reply_verdict
from govpub.testing.crashpoints.sandbox import ACCOUNT_SETTINGS, SCENARIOS, crash_post
from govpub.testing.crashpoints.target import PreparedRun

__all__ = ["REPLY_KINDS", "REPLY_TEXT", "SandboxReplyTarget"]

#: Platform → the kinds of message it can answer → the sandbox's name of the reply call.
REPLY_KINDS: Final[Mapping[str, Mapping[str, str]]] = {
    "wechat": {"comment": "comment.reply"},
    "weibo": {"comment": "comments.reply", "mention": "comments.create"},
    "app": {"message": "messages.reply"},
}
#: The reply every run sends (passes the compliance checks unchanged).
REPLY_TEXT: Final = "您好，办理流程已在市政府门户网站公布，也可拨打12345咨询。"
REVIEWER: Final = "审核员"


class SandboxReplyTarget:
    """A :class:`~govpub.testing.crashpoints.target.JudgingTarget` of the ``reply`` workload.

    ``sandbox`` is a :class:`~govpub.sandbox.SandboxProcess` or
    :class:`~govpub.sandbox.SandboxServer`; ``kind`` the message answered (the
    platform's first by default: WeChat and Weibo ``comment``, the app ``message``).
    """

    def __init__(self, sandbox: Any, platform: str, *, kind: str | None = None) -> None:
        if platform not in REPLY_KINDS:
            raise ValueError(f"no sandbox emulator for platform {platform!r}")
        kinds = REPLY_KINDS[platform]
        chosen = kind or next(iter(kinds))
        if chosen not in kinds:
            raise ValueError(f"{platform} cannot answer a {chosen!r} (only {', '.join(kinds)})")
        self.sandbox = sandbox
        self._platform = platform
        self.kind = chosen
        self._key = generate_private_key()

    def __repr__(self) -> str:
        return f"<SandboxReplyTarget {self._platform} {self.kind} at {self.sandbox.url}>"

    @property
    def platform(self) -> str:
        """The platform under test."""
        return self._platform

    def prepare(self, names: Sequence[str], directory: Path, scenario: str) -> list[PreparedRun]:
        """Per name: an account, a published post, one message collected, an approval; armed."""
        if scenario not in SCENARIOS:
            raise ValueError(f"unknown scenario {scenario!r} (known: {', '.join(SCENARIOS)})")
        self.sandbox.control.clear_faults()  # the worlds are made without faults
        runs = [self._world(name, directory / name) for name in names]
        fault = SCENARIOS[scenario]
        if fault is not None:
            operation = REPLY_KINDS[self._platform][self.kind]
            self.sandbox.control.set_faults(
                ",".join(
                    f"{self._platform}/{operation}:{fault}@account={_account(run)}" for run in runs
                )
            )
        return runs

    def live_publications(self, run: PreparedRun) -> list[str]:
        """The replies the run's account holds on the platform (``to#id``)."""
        return list(self.judge(run).live)

    def judge(self, run: PreparedRun) -> Verdict:
        """:func:`~govpub.testing.crashpoints.replies.reply_verdict` from the sandbox's record."""
        replies = self.sandbox.control.replies(platform=self._platform, account=_account(run))
        ledger = ReplySnapshot.read(run.ledger, str(run.details["interaction"]))
        return reply_verdict(ledger, replies, to=str(run.details["to"]))

    # -- one world ------------------------------------------------------------------------

    def _world(self, name: str, where: Path) -> PreparedRun:
        made = sandbox_matrix(
            self.sandbox,
            where,
            wechat=int(self._platform == "wechat"),
            weibo=int(self._platform == "weibo"),
            app=int(self._platform == "app"),
            settings={self._platform: ACCOUNT_SETTINGS[self._platform]},
            extra_toml=publisher_toml() + "\n" + _review_toml(public_key_text(self._key)),
        )
        (account,) = made.accounts
        matrix = made.load()
        post = crash_post(name)
        interaction = asyncio.run(self._collected(matrix, post, account.key.split(":", 1)[1]))
        approval = where / "approval.json"
        signed = approve(
            reply_post(interaction, REPLY_TEXT), reviewer=REVIEWER, role="editor", key=self._key
        )
        approval.write_text(signed.to_json(), encoding="utf-8")
        return PreparedRun(
            name=name,
            directory=where,
            config=made.config_path,
            ledger=where / "govpub.db",
            post=post,
            account_id=account.id,
            details={
                "sandbox_account": account.key,
                "interaction": interaction.id,
                "text": REPLY_TEXT,
                "approval": str(approval),
                "to": _answered(interaction),
            },
            workload="reply",
        )

    async def _collected(self, matrix: Matrix, post: Any, sandbox_name: str) -> Interaction:
        """Publish ``post``, have the public write one message, collect it: the interaction."""
        signed = approve(post, reviewer=REVIEWER, role="editor", key=self._key)
        async with AsyncPublisher(matrix, actor="crashpoints") as publisher:
            await publisher.publish(post, [signed])
        self.sandbox.control.public_messages(1, account=sandbox_name, kind=self.kind)
        ledger = open_ledger(matrix.store)
        try:
            report = await sync_inbox(matrix, ledger)
            found = ledger.interactions()
        finally:
            ledger.close()
        if not report.ok or len(found) != 1:
            raise HarnessError(
                f"preparing a reply world: collected {len(found)} interactions "
                f"({[a.error for a in report.accounts]})"
            )
        return found[0]


def _review_toml(public_key: str) -> str:
    """``[review]``: one reviewer, a single tier for posts (``daily``) and for replies.

    A matrix with a ``[review]`` section reviews its posts even when ``[publisher]
    require_review = false``, so the world's post is approved too.
    """
    tier = '[{ name = "审核", role = "editor" }]'
    return (
        '[review]\nmax_age = "7d"\n\n[review.roles]\neditor = "编辑"\n\n'
        f'[[review.reviewers]]\nname = {toml_value(REVIEWER)}\nroles = ["editor"]\n'
        f"public_key = {toml_value(public_key)}\n\n"
        f'[review.categories.daily]\nlabel = "日常信息"\ntiers = {tier}\n\n'
        f'[review.categories.reply]\nlabel = "政民互动回复"\ntiers = {tier}\n'
    )


def _answered(interaction: Interaction) -> str:
    """What the reply answers, as the sandbox's record names it (``GET /_sandbox/replies``)."""
    ref = interaction.reference
    if interaction.platform == "wechat":
        return f"{ref['msg_data_id']}/{ref['user_comment_id']}"
    if interaction.platform == "weibo":
        return (
            f"comment/{ref['id']}"
            if interaction.kind == "comment"
            else f"status/{ref['status_id']}"
        )
    return str(ref["id"])


def _account(run: PreparedRun) -> str:
    return str(run.details["sandbox_account"]).split(":", 1)[1]
