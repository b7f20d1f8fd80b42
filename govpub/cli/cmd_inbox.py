"""``govpub inbox``: the public's comments and messages (政民互动), their deadlines, the replies.

* ``sync`` — collect from every active account, settle replies in flight
  (exit 1 when an account failed);
* ``list [--overdue] [--account ID]`` — oldest first, with the deadline;
* ``approve ID --text … --key K --role R`` — a reviewer signs a reply (JSON out);
* ``reply ID --text … --approval A.json`` — checked, reviewed, recorded, sent
  (exit 3 when compliance or review refuses, 1 when the platform refuses or the
  outcome is unknown — ``sync`` settles it);
* ``assign ID --to NAME`` — give an open interaction to the person who answers it
  (``assigned``; exit 1 when it is no longer open);
* ``close ID --reason …`` — no reply needed (or 办结 after a reply), with the reason;
* ``suggest ID`` — approved answers to similar questions (咨询答问库).

An ID may be shortened to any unique prefix (at least ``itx_`` and 4 more).
"""

from __future__ import annotations

import sys
from contextlib import closing
from datetime import UTC, datetime
from pathlib import Path
from typing import TYPE_CHECKING, Annotated, Any

import typer

from govpub.cli._common import (
    EXIT_FAILED,
    EXIT_OK,
    ConfigOption,
    JsonOption,
    emit_json,
    load_matrix,
    resolve_options,
)
from govpub.errors import ConfigError, LedgerError

if TYPE_CHECKING:
    from govpub.config import Matrix
    from govpub.interactions import Interaction
    from govpub.ledger import Ledger

__all__ = ["register"]

IdArgument = Annotated[str, typer.Argument(help="The interaction's id (a unique prefix will do).")]
TextOption = Annotated[str, typer.Option("--text", "-t", help="The reply, as it will be sent.")]
_MIN_PREFIX = len("itx_") + 4


def _find(ledger: Ledger, given: str) -> Interaction:
    """The interaction ``given`` names; an unknown or ambiguous id is a usage error."""
    if len(given) < _MIN_PREFIX:
        raise ConfigError(
            f"interaction id {given!r} is too short (at least {_MIN_PREFIX} characters)", key="ID"
        )
    found = ledger.find_interactions(given)
    exact = [i for i in found if i.id == given]
    if exact:
        return exact[0]
    if len(found) == 1:
        return found[0]
    if not found:
        raise ConfigError(f"no interaction {given!r} in the ledger (govpub inbox list)", key="ID")
    raise ConfigError(
        f"interaction id {given!r} is ambiguous: {', '.join(i.id for i in found)}", key="ID"
    )


def _today(matrix: Matrix) -> Any:
    from govpub.health.settings import HealthSettings

    settings = HealthSettings.from_matrix(matrix)
    return datetime.now(UTC).astimezone(settings.tz).date(), settings


def _row(item: Interaction, today: Any, tz: Any) -> dict[str, Any]:
    from govpub.inbox.deadlines import is_overdue

    data = item.to_dict()
    data["received_at"] = item.received_at.astimezone(tz).isoformat(timespec="seconds")
    data["overdue"] = is_overdue(item, today)
    data["overdue_days"] = (today - item.due_on).days if data["overdue"] else 0
    return data


def _print_rows(rows: list[dict[str, Any]], *, overdue_only: bool) -> None:
    from rich.console import Console
    from rich.markup import escape
    from rich.table import Table

    console = Console()
    if not rows:
        console.print("没有逾期未回复的留言。" if overdue_only else "没有符合条件的留言。")
        return
    table = Table(title=f"政民互动 · 共 {len(rows)} 条")
    table.add_column("编号", no_wrap=True)
    for header in ("账号", "类型", "留言人", "内容", "收到", "答复期限", "状态"):
        table.add_column(header, overflow="fold")
    for row in rows:
        state = row["state_label"]
        if row["state"] == "assigned" and row["assignee"]:
            state += f"（{escape(row['assignee'])}）"
        if row["overdue"]:
            state = f"[red]{state}（逾期 {row['overdue_days']} 天）[/red]"
        elif row["reply_state"] in ("intended", "unknown"):
            state += "（回复待确认）"
        elif row["reply_state"] == "failed":
            state += "（回复被拒）"
        table.add_row(
            row["id"],
            escape(row["account_id"]),
            row["kind_label"],
            escape(row["author"]),
            escape(row["text"][:60]),
            row["received_at"][:16].replace("T", " "),
            row["due_on"],
            state,
        )
    console.print(table)


def sync_command(config: ConfigOption = None, as_json: JsonOption = False) -> int:
    """Collect new comments and messages of every active account; settle replies in flight."""
    import asyncio

    from rich.console import Console

    from govpub.inbox.sync import sync_inbox
    from govpub.ledger.stores import open_ledger

    config, as_json = resolve_options(config, as_json)
    matrix = load_matrix(config)
    with closing(open_ledger(matrix.store)) as ledger:
        report = asyncio.run(sync_inbox(matrix, ledger))
    if as_json:
        emit_json({"ok": report.ok, "accounts": [a.to_dict() for a in report.accounts]})
    else:
        console = Console(soft_wrap=True)
        for account in report.accounts:
            got = "，".join(f"{k} {v}" for k, v in account.collected.items()) or "—"
            line = f"{account.account_id}：新收 {got}"
            if account.settled:
                line += f"；补结回复 {len(account.settled)} 条"
            if account.note:
                line += f"（{account.note}）"
            if account.error:
                line = f"[red]{account.account_id}：收集失败 {account.error}[/red]"
            console.print(line)
        console.print(f"共新收 {report.collected} 条。")
    return EXIT_OK if report.ok else EXIT_FAILED


def list_command(
    overdue: Annotated[
        bool, typer.Option("--overdue", help="Only open ones past their deadline.")
    ] = False,
    account: Annotated[str | None, typer.Option("--account", help="Only this account's.")] = None,
    open_only: Annotated[
        bool, typer.Option("--open", help="Only those still owed a reply.")
    ] = False,
    config: ConfigOption = None,
    as_json: JsonOption = False,
) -> int:
    """List the interactions, oldest first, with their deadlines (逾期 in red)."""
    from govpub.ledger.stores import open_ledger

    config, as_json = resolve_options(config, as_json)
    matrix = load_matrix(config)
    if account is not None:
        matrix.account(account)  # an unknown account is a usage error naming it
    today, settings = _today(matrix)
    with closing(open_ledger(matrix.store)) as ledger:
        items = ledger.interactions(
            account_id=account, open_only=open_only, due_before=today if overdue else None
        )
    rows = [_row(i, today, settings.tz) for i in items]
    if as_json:
        emit_json({"today": today.isoformat(), "interactions": rows})
    else:
        _print_rows(rows, overdue_only=overdue)
    return EXIT_OK


def assign_command(
    interaction: IdArgument,
    to: Annotated[str, typer.Option("--to", help="Who answers it (a name or a unit).")],
    actor: Annotated[str, typer.Option("--actor", help="Who assigns it (audited).")] = "cli",
    config: ConfigOption = None,
    as_json: JsonOption = False,
) -> int:
    """Give an open interaction to the person who answers it (分派; audited ``inbox.assigned``)."""
    from govpub.ledger.stores import open_ledger

    config, as_json = resolve_options(config, as_json)
    matrix = load_matrix(config)
    assignee = to.strip()
    if not assignee:
        raise ConfigError("--to must name who answers the interaction", key="--to")
    with closing(open_ledger(matrix.store)) as ledger:
        item = _find(ledger, interaction)
        if not item.is_open:  # said in the editor's words; the ledger refuses it too
            raise LedgerError(f"{item.id} {item.state_label}，只有待处理或已分派的留言可以分派")
        assigned = ledger.assign_interaction(item.id, assignee=assignee, actor=actor)
    if as_json:
        emit_json(assigned.to_dict())
    else:
        sys.stdout.write(
            f"{assigned.id}：{assigned.state_label}给 {assignee}，答复期限 {assigned.due_on}\n"
        )
    return EXIT_OK


def close_command(
    interaction: IdArgument,
    reason: Annotated[str, typer.Option("--reason", help="Why (无需回复：广告、重复…).")],
    actor: Annotated[str, typer.Option("--actor", help="Who closes it (audited).")] = "cli",
    config: ConfigOption = None,
    as_json: JsonOption = False,
) -> int:
    """Close an interaction: no reply needed (with the reason), or 办结 after the reply."""
    from govpub.ledger.stores import open_ledger

    config, as_json = resolve_options(config, as_json)
    matrix = load_matrix(config)
    if not reason.strip():
        raise ConfigError("--reason must say why the interaction is closed", key="--reason")
    with closing(open_ledger(matrix.store)) as ledger:
        closed = ledger.close_interaction(_find(ledger, interaction).id, reason=reason, actor=actor)
    if as_json:
        emit_json(closed.to_dict())
    else:
        sys.stdout.write(f"{closed.id}：{closed.state_label}（{reason}）\n")
    return EXIT_OK


def approve_command(
    interaction: IdArgument,
    text: TextOption,
    key: Annotated[Path, typer.Option("--key", "-k", help="Your private key file.")],
    role: Annotated[str, typer.Option("--role", "-r", help="The role you approve as.")],
    reviewer: Annotated[str, typer.Option("--reviewer", help="Your name as in [review].")],
    config: ConfigOption = None,
) -> int:
    """Sign an approval of exactly this reply text (JSON on standard output)."""
    from govpub.inbox.replies import reply_post
    from govpub.ledger.stores import open_ledger
    from govpub.review import approve, load_private_key

    config, _ = resolve_options(config, False)
    matrix = load_matrix(config)
    with closing(open_ledger(matrix.store)) as ledger:
        item = _find(ledger, interaction)
    approval = approve(
        reply_post(item, text), reviewer=reviewer, role=role, key=load_private_key(key)
    )
    sys.stdout.write(approval.to_json())
    sys.stderr.write(f"已签署回复审批：{approval.describe()}\n")
    return EXIT_OK


def reply_command(
    interaction: IdArgument,
    text: TextOption,
    approval: Annotated[
        list[Path] | None, typer.Option("--approval", "-a", help="An approval file (repeat).")
    ] = None,
    actor: Annotated[str, typer.Option("--actor", help="Who sends it (audited).")] = "cli",
    config: ConfigOption = None,
    as_json: JsonOption = False,
) -> int:
    """Check, review, record and send a reply (exit 3 refused, 1 failed or unknown)."""
    import asyncio

    from govpub.config.secrets import ready_account
    from govpub.inbox.replies import deliver_reply, operator_ip, retry_policy, vet_reply
    from govpub.ledger.stores import open_ledger
    from govpub.platforms.base import get_adapter_class
    from govpub.platforms.interaction import InteractionCapable
    from govpub.review import load_approval

    config, as_json = resolve_options(config, as_json)
    matrix = load_matrix(config)
    approvals = [load_approval(p) for p in approval or ()]
    with closing(open_ledger(matrix.store)) as ledger:
        item = _find(ledger, interaction)
        vet_reply(matrix, item, text, approvals)
        account = ready_account(matrix.account(item.account_id))
        adapter = get_adapter_class(account.platform)(account)
        if not isinstance(adapter, InteractionCapable):
            raise ConfigError(f"platform {account.platform!r} cannot send replies", key="ID")
        intended = ledger.intend_reply(
            item.id,
            text=text,
            approvals=[a.model_dump(mode="json") for a in approvals],
            actor=actor,
        )

        async def send() -> Interaction:
            try:
                return await deliver_reply(
                    adapter,
                    ledger,
                    intended,
                    actor=actor,
                    operator_ip=operator_ip(matrix),
                    policy=retry_policy(matrix),
                )
            finally:
                await adapter.aclose()

        done = asyncio.run(send())
    if as_json:
        emit_json(done.to_dict())
    else:
        labels = {
            "sent": "已回复",
            "unknown": "结果未知（govpub inbox sync 将核对）",
            "failed": "平台拒绝",
        }
        sys.stdout.write(f"{done.id}：{labels.get(done.reply_state or '', done.reply_state)}\n")
    return EXIT_OK if done.reply_state == "sent" else EXIT_FAILED


def suggest_command(
    interaction: IdArgument,
    limit: Annotated[int, typer.Option("--limit", min=1, max=20, help="At most this many.")] = 3,
    config: ConfigOption = None,
    as_json: JsonOption = False,
) -> int:
    """Approved answers (咨询答问库) to earlier questions like this one, best first."""
    from rich.console import Console

    from govpub.inbox.answers import AnswerLibrary
    from govpub.ledger.stores import open_ledger

    config, as_json = resolve_options(config, as_json)
    matrix = load_matrix(config)
    with closing(open_ledger(matrix.store)) as ledger:
        item = _find(ledger, interaction)
        found = AnswerLibrary(ledger.answers()).suggest(item.text, limit=limit)
    if as_json:
        emit_json(
            {
                "interaction": item.id,
                "suggestions": [
                    {**s.answer.to_dict(), "score": s.score, "shared": list(s.shared)}
                    for s in found
                ],
            }
        )
        return EXIT_OK
    console = Console(soft_wrap=True)
    if not found:
        console.print("答问库中没有相近的已审核答复。")
    for s in found:
        console.print(f"[bold]{s.score:.0%}[/bold] 问：{s.answer.question}")
        console.print(f"     答：{s.answer.answer}（{'、'.join(s.answer.reviewers)} 审核）")
    return EXIT_OK


def register(app: typer.Typer) -> None:
    """Add the ``inbox`` group to ``app``."""
    group = typer.Typer(
        help="Public interaction (政民互动): collect, list, assign, reply, close.",
        no_args_is_help=True,
    )
    group.command("sync")(sync_command)
    group.command("list")(list_command)
    group.command("approve")(approve_command)
    group.command("reply")(reply_command)
    group.command("assign")(assign_command)
    group.command("close")(close_command)
    group.command("suggest")(suggest_command)
    app.add_typer(group, name="inbox")
