"""The inbox (政民互动) against the strict sandbox over loopback: collect, reply, crash, faults.

The demo workspace publishes one post to its three accounts (WeChat, Weibo, own
app); the public then comments (a seeded stream from the sandbox); a sync
collects every comment once, linked to the post; a reply reviewed and sent
through each adapter lands once on its platform — also when the platform's
answer is lost or a gateway error comes first.  A process killed around the
send is tested by killing it: ``tests/crashpoints/test_reply_crash_points.py``.
"""

from __future__ import annotations

import asyncio
from collections.abc import Iterator
from pathlib import Path

import pytest

from govpub.cli import main
from govpub.config.secrets import ready_account
from govpub.demo.workspace import Workspace, build_workspace
from govpub.errors import ReviewError
from govpub.inbox.replies import deliver_reply, reply_post, vet_reply
from govpub.inbox.sync import sync_inbox
from govpub.interactions import Interaction
from govpub.ledger import Ledger
from govpub.ledger.stores import open_ledger
from govpub.platforms.base import get_adapter_class
from govpub.platforms.interaction import InteractionCapable
from govpub.review import Approval, approve, load_private_key
from govpub.sandbox import SandboxServer

pytest.importorskip("uvicorn")

ANSWER = "您好，办理流程已在市政府门户网站公布，也可拨打12345咨询。"


@pytest.fixture
def workspace(sandbox: SandboxServer, tmp_path: Path) -> Workspace:
    return build_workspace(sandbox, tmp_path, per_platform=1)


@pytest.fixture
def published(workspace: Workspace, capsys: pytest.CaptureFixture[str]) -> Workspace:
    post, config = workspace.posts[1], str(workspace.config)
    signed: list[str] = []
    for number, (name, role) in enumerate((("张敏", "editor"), ("王芳", "director")), 1):
        code = main(
            [
                *("review", "approve", str(post), "--key", str(workspace.keys[name])),
                *("--role", role, "--config", config),
            ]
        )
        assert 0 == code, capsys.readouterr().err
        target = workspace.root / f"approval-{number}.json"
        target.write_text(capsys.readouterr().out, encoding="utf-8")
        signed += ["--approval", str(target)]
    code = main(["publish", str(post), *signed, "--config", config])
    assert 0 == code, capsys.readouterr()
    capsys.readouterr()
    return workspace


@pytest.fixture
def ledger(published: Workspace) -> Iterator[Ledger]:
    store = open_ledger(published.matrix.store)
    yield store
    store.close()


def sync(ws: Workspace, store: Ledger) -> dict[str, tuple[dict[str, int], str | None]]:
    report = asyncio.run(sync_inbox(ws.matrix, store))
    return {a.account_id: (a.collected, a.error) for a in report.accounts}


def approval(ws: Workspace, interaction: Interaction, text: str) -> Approval:
    key = load_private_key(ws.keys["张敏"])
    return approve(reply_post(interaction, text), reviewer="张敏", role="editor", key=key)


def send(ws: Workspace, store: Ledger, interaction: Interaction, text: str) -> Interaction:
    vet_reply(ws.matrix, interaction, text, [approval(ws, interaction, text)])
    intended = store.intend_reply(
        interaction.id, text=text, approvals=[{"reviewer": "张敏"}], actor="t"
    )
    account = ready_account(ws.matrix.account(interaction.account_id))
    adapter = get_adapter_class(account.platform)(account)
    assert isinstance(adapter, InteractionCapable)

    async def run() -> Interaction:
        try:
            return await deliver_reply(adapter, store, intended, actor="t", operator_ip="127.0.0.1")
        finally:
            await adapter.aclose()

    return asyncio.run(run())


def by_platform(store: Ledger) -> dict[str, list[Interaction]]:
    found: dict[str, list[Interaction]] = {}
    for item in store.interactions():
        found.setdefault(item.platform, []).append(item)
    return found


def test_public_messages_are_collected_once_linked_to_the_post(
    published: Workspace, ledger: Ledger, sandbox: SandboxServer
) -> None:
    sandbox.control.public_messages(12)
    first = sync(published, ledger)
    assert all(error is None for _, error in first.values()), first
    stored = ledger.interactions()
    assert 12 == len(stored)
    assert {"wechat", "weibo", "app"} == {i.platform for i in stored}
    commented = [i for i in stored if i.kind == "comment"]
    assert commented
    assert all(i.post_id == "demo-service-week" for i in commented)
    assert all(i.state == "new" and i.due_on > i.received_at.date() for i in stored)

    again = sync(published, ledger)
    assert all(sum(collected.values()) == 0 for collected, _ in again.values()), again
    sandbox.control.public_messages(3)
    sync(published, ledger)
    assert 15 == len(ledger.interactions())


@pytest.mark.parametrize("platform", ["wechat", "weibo", "app"])
def test_a_reviewed_reply_lands_once(
    published: Workspace, ledger: Ledger, sandbox: SandboxServer, platform: str
) -> None:
    sandbox.control.public_messages(9)
    sync(published, ledger)
    target = by_platform(ledger)[platform][0]
    sent = send(published, ledger, target, ANSWER)
    assert ("replied", "sent") == (sent.state, sent.reply_state)
    assert 1 == replies_on(sandbox)
    # The platform shows it: a later sync of the same comment keeps it answered.
    sync(published, ledger)
    assert "replied" == ledger.interaction(target.id).state


def test_an_unreviewed_or_changed_reply_is_refused(
    published: Workspace, ledger: Ledger, sandbox: SandboxServer
) -> None:
    sandbox.control.public_messages(3)
    sync(published, ledger)
    target = ledger.interactions()[0]
    with pytest.raises(ReviewError):
        vet_reply(published.matrix, target, ANSWER, [])
    with pytest.raises(ReviewError):
        vet_reply(published.matrix, target, ANSWER + "！", [approval(published, target, ANSWER)])


@pytest.mark.parametrize(
    ("platform", "operation"),
    [("wechat", "comment.reply"), ("weibo", "comments.*"), ("app", "messages.reply")],
)
def test_a_lost_answer_is_read_back_in_the_same_run(
    published: Workspace, ledger: Ledger, sandbox: SandboxServer, platform: str, operation: str
) -> None:
    sandbox.control.public_messages(9)
    sync(published, ledger)
    target = by_platform(ledger)[platform][0]
    sandbox.control.set_faults(f"{platform}/{operation}:commit_timeout=next@mode=drop")
    found = send(published, ledger, target, ANSWER)
    assert ("replied", "sent") == (found.state, found.reply_state)
    assert 1 == replies_on(sandbox)
    actions = [r.action for r in ledger.trail.iter_records() if r.subject == target.id]
    # The app's reply carries an Idempotency-Key: a dropped answer is retried, a replay.
    unknown = [] if platform == "app" else ["inbox.reply_unknown"]
    assert ["inbox.reply_intended", *unknown, "inbox.reply_sent"] == actions[-2 - len(unknown) :]


@pytest.mark.parametrize(
    ("platform", "operation"),
    [("wechat", "comment.reply"), ("weibo", "comments.*"), ("app", "messages.reply")],
)
def test_a_gateway_error_on_the_reply_is_read_back_and_sent_in_the_same_run(
    published: Workspace, ledger: Ledger, sandbox: SandboxServer, platform: str, operation: str
) -> None:
    """A bare 502 before the platform stored the reply, twice: absent each time, sent once."""
    sandbox.control.public_messages(9)
    sync(published, ledger)
    target = by_platform(ledger)[platform][0]
    sandbox.control.set_faults(f"{platform}/{operation}:5xx=next2@status=502")
    sent = send(published, ledger, target, ANSWER)
    assert ("replied", "sent") == (sent.state, sent.reply_state)
    assert 1 == replies_on(sandbox)


def test_a_refusal_is_failed_and_a_corrected_reply_can_follow(
    published: Workspace, ledger: Ledger, sandbox: SandboxServer
) -> None:
    sandbox.control.public_messages(9)
    sync(published, ledger)
    target = by_platform(ledger)["weibo"][0]
    too_long = "您好，" + "相关事项请以官方通知为准。" * 20
    failed = send(published, ledger, target, too_long)
    assert ("new", "failed") == (failed.state, failed.reply_state)
    assert "replied" == send(published, ledger, target, ANSWER).state


def replies_on(sandbox: SandboxServer) -> int:
    counters = sandbox.control.counters()
    return sum(c.get("reply.stored", 0) for c in counters.values())
