"""The ``reply`` workload: kill ``govpub inbox reply`` at each crash point, recover, judge.

The inbox promises the same as the publisher — no reply to the public lost, none
sent twice (:mod:`govpub.inbox.replies`: the intent is committed before the send,
``govpub inbox sync`` asks the platform before any re-send).  This workload
checks it with real processes, the way an editor works on the command line:

*act*
    ``govpub inbox reply ID --text … --approval …``; when that ends with the
    outcome unknown (exit 1: a timeout, a gateway error), ``govpub inbox sync``
    right after, as the command tells the editor to — so the kill points of the
    settling path (the read-back, a re-send) are points of the run too;
*recover*
    ``govpub inbox sync`` in a new process; and if the ledger never learnt of the
    reply (the process died before the intent was committed, so the editor saw
    no answer), the editor's ``govpub inbox reply`` again — nothing can have been
    sent before the intent was on disk.

One ``govpub inbox sync`` settles a reply: it retries within the run, reads an
unknown outcome back and re-sends on confirmed absence (:mod:`govpub.inbox.replies`),
so wherever a sync runs here it runs once — a reply still in flight after it
fails the verdict.

:func:`reply_verdict` then judges from the platform's own record (the sandbox's
``GET /_sandbox/replies``) and the ledger: the reply is on the platform exactly
once, the interaction is ``replied`` with ``reply_state = 'sent'`` and the
platform's reply id, the ledger holds that one interaction (an account's own
reply must not come back as a message from the public), and the audit chain
verifies.  A run's details carry ``interaction`` (its id), ``text``,
``approval`` (the signed approval file) and ``to`` (what the reply answers, as
the sandbox names it).
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING, Any

from govpub.config import Matrix
from govpub.ledger import SqliteLedger
from govpub.ledger.stores import open_ledger
from govpub.testing.crashpoints.forkserver import HarnessError
from govpub.testing.crashpoints.judge import Verdict

if TYPE_CHECKING:
    from govpub.testing.crashpoints.child import ChildSpec

__all__ = ["ReplySnapshot", "reply_verdict", "run_reply"]

#: ``govpub inbox reply`` exit statuses: sent; failed or unknown (``sync`` settles an unknown one).
_SENT, _NOT_SENT = 0, 1
ACTOR = "crashpoints"


def run_reply(spec: ChildSpec) -> dict[str, Any]:
    """One child of the ``reply`` workload (see the module): act, or recover."""
    details = spec.details or {}
    interaction = str(details["interaction"])
    if spec.mode == "act":
        _reply(spec.config, details)
        return {"republished": False}
    if _reply_state(spec.config, interaction) is not None:
        _settle(spec.config)
        return {"republished": False}
    _reply(spec.config, details)  # the intent never reached the disk: nothing was sent
    return {"republished": True}


def _reply(config: str, details: Mapping[str, Any]) -> None:
    """``govpub inbox reply``, then ``govpub inbox sync`` if it was not ``sent``."""
    from govpub.cli import main  # noqa: PLC0415 - the command line only in the children

    status = main(
        [
            *("inbox", "reply", str(details["interaction"])),
            *("--text", str(details["text"]), "--approval", str(details["approval"])),
            *("--actor", ACTOR, "--config", config),
        ]
    )
    if status == _NOT_SENT:
        _settle(config)
    elif status != _SENT:
        raise HarnessError(f"govpub inbox reply exited {status}")


def _settle(config: str) -> None:
    """One ``govpub inbox sync``: it settles the reply in flight (``intended``, ``unknown``)."""
    from govpub.cli import main  # noqa: PLC0415 - the command line only in the children

    status = main(["inbox", "sync", "--config", config])
    if status != 0:
        raise HarnessError(f"govpub inbox sync exited {status}")


def _reply_state(config: str, interaction: str) -> str | None:
    """The ledger's ``reply_state`` of ``interaction`` (``None``: no reply was ever intended)."""
    ledger = open_ledger(Matrix.from_toml(config).store)
    try:
        return ledger.interaction(interaction).reply_state
    finally:
        ledger.close()


@dataclass(frozen=True)
class ReplySnapshot:
    """What the ledger says about a run's interaction, and whether its audit chain verifies."""

    interactions: int
    state: str | None = None
    reply_state: str | None = None
    reply_platform_id: str | None = None
    reply_text: str | None = None
    audit: tuple[str, ...] = ()
    audit_ok: bool = True
    audit_problem: str | None = None

    @classmethod
    def read(cls, path: Path, interaction: str) -> ReplySnapshot:
        """Read the interaction, its ``inbox.*`` audit records, and verify the chain."""
        if not path.exists():
            return cls(interactions=0)
        ledger = SqliteLedger(path)
        try:
            everything = ledger.interactions()
            found = next((i for i in everything if i.id == interaction), None)
            actions = tuple(
                r.action for r in ledger.trail.iter_records() if r.subject == interaction
            )
            verified = ledger.trail.verify()
        finally:
            ledger.close()
        return cls(
            interactions=len(everything),
            state=found.state if found else None,
            reply_state=found.reply_state if found else None,
            reply_platform_id=found.reply_platform_id if found else None,
            reply_text=found.reply_text if found else None,
            audit=actions,
            audit_ok=bool(verified),
            audit_problem=None if verified else f"{verified.reason} at {verified.first_bad_seq}",
        )

    def describe_lines(self) -> list[str]:
        """The interaction's state and reply, and its audit trail."""
        return [
            f"    interaction {self.state}, reply {self.reply_state} "
            f"(id {self.reply_platform_id}), {self.interactions} in the ledger",
            f"    audit {list(self.audit)}",
        ]


def reply_verdict(
    ledger: ReplySnapshot, replies: Sequence[Mapping[str, Any]], *, to: str
) -> Verdict:
    """Settled exactly once: ``replies`` are the platform's record of the run's account.

    The platform must hold one reply, to ``to``, with the ledger's text in it
    (Weibo prefixes "回复@…:"), and the ledger must name its id (``None`` where the
    platform gives none: WeChat).
    """
    problems = []
    if ledger.state is None:
        problems.append("the ledger does not know the interaction")
    elif (ledger.state, ledger.reply_state) != ("replied", "sent"):
        problems.append(f"interaction left {ledger.state}, reply {ledger.reply_state}")
    if ledger.interactions != 1:
        problems.append(f"{ledger.interactions} interactions in the ledger (expected 1)")
    if not ledger.audit_ok:
        problems.append(f"audit chain broken ({ledger.audit_problem})")
    if len(replies) != 1:
        problems.append(f"{len(replies)} replies on the platform (expected 1)")
    else:
        (reply,) = replies
        if reply["to"] != to:
            problems.append(f"the platform's reply answers {reply['to']}, not {to}")
        if ledger.reply_text is None or ledger.reply_text not in str(reply["text"]):
            problems.append("the platform's reply is not the text the ledger recorded")
        if ledger.state is not None and reply["id"] != ledger.reply_platform_id:
            problems.append(
                f"the ledger names reply {ledger.reply_platform_id}, the platform has {reply['id']}"
            )
    live = tuple(f"{r['to']}#{r['id']}" for r in replies)
    return Verdict(ledger, live, tuple(problems))
