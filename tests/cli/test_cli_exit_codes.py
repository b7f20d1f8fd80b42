"""Every exit code docs/cli.md promises, for every command, run through ``govpub.cli.main``.

The table under "Exit codes › By command" in docs/cli.md is the specification:
this module reads it, and each row — (command, exit code, situation) — is a test
case that builds the situation in a fresh workspace and asserts the documented
code.  A row without a scenario here, a scenario without a row, or a command of
the CLI without a row fails, so the documentation and the code cannot drift
apart silently.  ``*`` rows are run for every command.
"""

from __future__ import annotations

import os
import re
import shutil
import signal
import socket
import sqlite3
import threading
import time
from collections.abc import Callable, Iterator
from contextlib import redirect_stdout
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import pytest
import typer.main

from govpub.cli import build_app, main
from govpub.cli._root import share_global_options
from govpub.interactions import interaction_id
from govpub.ledger import SqliteLedger
from govpub.platforms.memory import MemoryWorld

ROOT = Path(__file__).parents[2]
EXAMPLES = ROOT / "examples"
DOC = ROOT / "docs" / "cli.md"

# ------------------------------------------------------------------ the table in docs/cli.md


@dataclass(frozen=True)
class Row:
    """One row of the table: the commands it is about, the exit code, and when."""

    commands: tuple[str, ...]  # "" is `govpub` itself, "*" every command
    code: int
    when: str

    def id(self, command: str) -> str:
        return f"{command or 'govpub'}-{self.code}-{self.when[:40]}"


def read_table(text: str) -> list[Row]:
    """The rows of the "By command" table; an empty command cell continues the previous one."""
    section = text.split("### By command\n", 1)[1].split("\n#", 1)[0]
    rows: list[Row] = []
    commands: tuple[str, ...] = ()
    for line in section.splitlines():
        cells = (
            [c.strip() for c in line.strip().strip("|").split("|")] if line.startswith("|") else []
        )
        if len(cells) != 3 or cells[1] in {"exit", "---"}:
            continue
        if cells[0]:
            names = re.findall(r"`([^`]+)`", cells[0]) or [cells[0]]
            commands = tuple("" if n == "govpub" else n for n in names)
        rows.append(Row(commands, int(cells[1]), cells[2]))
    return rows


def codes_of_the_summary(text: str) -> set[int]:
    summary = text.split("## Exit codes\n", 1)[1].split("###", 1)[0]
    return {int(m) for m in re.findall(r"^\| (\d+) \|", summary, flags=re.MULTILINE)}


def cli_commands() -> dict[str, Any]:
    """Every group and command of the real CLI by path ("accounts open"), the root as ""."""
    root = typer.main.get_command(build_app())
    share_global_options(root)
    found: dict[str, Any] = {"": root}
    pending = [(name, command) for name, command in root.commands.items()]  # type: ignore[attr-defined]
    while pending:
        name, command = pending.pop()
        found[name] = command
        pending += [(f"{name} {n}", c) for n, c in getattr(command, "commands", {}).items()]
    return found


DOC_TEXT = DOC.read_text(encoding="utf-8")
ROWS = read_table(DOC_TEXT)
COMMANDS = cli_commands()
#: The commands that do something when named (a group without its own action only shows help).
RUNNABLE = sorted(
    name
    for name, command in COMMANDS.items()
    if name and (not hasattr(command, "commands") or command.invoke_without_command)
)

# ------------------------------------------------------------------ the workspace

BLOCKED = "\n本文件系内部资料，请勿外传。\n"  # an internal-use marker blocks (保密关)
LATER = "2099-01-01T09:00:00+08:00"
REVIEWERS = (("zhang-min", "editor"), ("wang-fang", "director"))


class Workspace:
    """examples/ in a temporary folder (先审后发 with the example reviewers), and variants.

    Posts: ``post.md`` (clean), ``other.md`` (another title), ``blocked.md`` (an
    internal-use marker), ``bad.md`` (broken front matter).  ``healthy.toml`` is
    the example matrix without the account that fails ``health`` on purpose.
    """

    def __init__(
        self, root: Path, monkeypatch: pytest.MonkeyPatch, request: pytest.FixtureRequest
    ) -> None:
        self.root = root
        self.monkeypatch = monkeypatch
        self.request = request
        self.keep: list[socket.socket] = []
        ignore = shutil.ignore_patterns("*.db*", "__pycache__", "*.py")
        shutil.copytree(EXAMPLES, root, dirs_exist_ok=True, ignore=ignore)
        config = (root / "govpub.toml").read_text(encoding="utf-8")
        archive = config.index('[[accounts]]\nid = "mem-archive"')
        (root / "healthy.toml").write_text(
            config[:archive] + config[config.index("# Compliance policy", archive) :],
            encoding="utf-8",
        )
        self.text = (EXAMPLES / "post.md").read_text(encoding="utf-8")
        self.post("post.md", id="p_exit")
        self.post("other.md", id="p_other", title="关于春季义务植树活动的补充通知")
        self.post("blocked.md", id="p_blocked", extra=BLOCKED)
        (root / "bad.md").write_text("---\ntitle: [unclosed\n---\n正文\n", encoding="utf-8")
        (root / "notjson.json").write_text("not json", encoding="utf-8")

    def post(self, name: str, *, id: str, title: str = "", extra: str = "", when: str = "") -> str:
        """Write a variant of the example post; its file name."""
        text = self.text.replace(
            "publish_at: 2026-03-05T09:00:00+08:00\n",
            f"id: {id}\n" + (f"publish_at: {when}\n" if when else ""),
        )
        if title:
            text = text.replace("title: 关于开展2026年春季义务植树活动的通知", f"title: {title}")
        (self.root / name).write_text(text + extra, encoding="utf-8")
        return name

    def later(self) -> str:
        """A post scheduled for 2099 (another title: a copy of post.md would be a duplicate)."""
        return self.post("later.md", id="p_later", when=LATER, title="关于植树节期间交通管制的通告")

    @property
    def world(self) -> MemoryWorld:
        return MemoryWorld.get("example")

    def ok(self, *argv: str, code: int = 0) -> Callable[[], None]:
        """A set-up step: run ``argv`` and insist on ``code``."""

        def step() -> None:
            assert code == main(list(argv)), argv

        return step

    def sign(self, name: str) -> Callable[[], None]:
        """A set-up step: both tiers of the example reviewers approve ``name``."""

        def step() -> None:
            for key, role in REVIEWERS:
                out = f"{Path(name).stem}.{role}.json"
                argv = ["review", "approve", name, "-k", f"keys/{key}.example.pem", "-r", role]
                assert 0 == main([*argv, "-o", out]), argv

        return step

    def pub(self, name: str, *options: str) -> list[str]:
        """``publish name`` with the approvals :meth:`sign` wrote."""
        stem = Path(name).stem
        return [
            "publish",
            name,
            "-a",
            f"{stem}.editor.json",
            "-a",
            f"{stem}.director.json",
            *options,
        ]

    def published(self, name: str, *, code: int = 0) -> Callable[[], None]:
        """A set-up step: sign and publish ``name``, insisting on ``code``."""
        sign, publish = self.sign(name), self.ok(*self.pub(name), code=code)
        return lambda: (sign(), publish())

    def held(self) -> Callable[[], None]:
        """A set-up step: post.md is published while frozen, so its deliveries wait."""
        steps = (
            self.ok("freeze", "--reason", "演练"),
            self.published("post.md"),
            self.ok("unfreeze"),
        )
        return lambda: [step() for step in steps]

    def workers(self) -> Callable[[], None]:
        """A set-up step: ``[publisher] dispatcher = "workers"`` (the store stays SQLite)."""

        def step() -> None:
            config = self.root / "govpub.toml"
            text = config.read_text(encoding="utf-8")
            config.write_text(text + '\n[publisher]\ndispatcher = "workers"\n', encoding="utf-8")

        return step

    def store(self) -> Callable[[], None]:
        return lambda: SqliteLedger(self.root / "govpub.db").close()

    def tamper(self) -> Callable[[], None]:
        def step() -> None:
            conn = sqlite3.connect(self.root / "govpub.db")
            conn.execute("DROP TRIGGER audit_log_no_update")
            conn.execute("UPDATE audit_log SET actor = 'mallory' WHERE seq = 1")
            conn.commit()
            conn.close()

        return step

    def said(self) -> Callable[[], None]:
        """A set-up step: the public writes one message to mem-city."""
        return lambda: self.world.say(
            "mem-city", "请问植树活动怎么报名？", message_id=INBOX_MESSAGE
        )

    def inbox(self) -> list[Any]:
        ledger = SqliteLedger(self.root / "govpub.db")
        try:
            return ledger.interactions()
        finally:
            ledger.close()

    def reply_approved(self) -> Callable[[], None]:
        """A set-up step: 张敏 approves ANSWER as the reply (written to reply.json)."""

        def step() -> None:
            from govpub.cli import main as run

            out = self.root / "reply.json"
            with out.open("w", encoding="utf-8") as handle, redirect_stdout(handle):
                assert 0 == run([*INBOX_APPROVE])

        return step

    def fail(self, operation: str, account: str = "mem-forestry") -> Callable[[], None]:
        """A set-up step: the platform refuses the next ``operation`` on ``account``."""
        return lambda: self.world.fail(operation, "rejected", account=account)  # type: ignore[arg-type]


@dataclass(frozen=True)
class Run:
    """An argv whose exit code must be the row's, and text its standard error must hold."""

    argv: list[str]
    err: str = ""


#: A step is a run (its exit code compared with the row's), or a set-up callable; a
#: callable that returns a bool must return True, one that returns an int is an exit code.
Step = Run | list[str] | Callable[[], Any]
Scenario = Callable[[Workspace], list[Step]]

APPROVE = ["review", "approve", "post.md", "-k", "keys/zhang-min.example.pem", "-r", "editor"]
SECOND = ["review", "approve", "post.md", "-k", "keys/wang-fang.example.pem", "-r", "director"]
#: The inbox: one message from the public to mem-city, its id, a reviewed answer.
INBOX_MESSAGE = "msg-exit-1"
INBOX_ID = interaction_id("memory", INBOX_MESSAGE)
ANSWER = "您好，植树活动报名方式见通知正文。"
INBOX_APPROVE = [
    *("inbox", "approve", INBOX_ID, "--text", ANSWER),
    *("-k", "keys/zhang-min.example.pem", "-r", "editor", "--reviewer", "张敏"),
]
REFUSED_BY_REVIEW = "未通过审核"
REFUSED_BY_RULES = "内容未通过合规检查"


def send_when(signum: int, ready: Callable[[], bool]) -> Callable[[], None]:
    """A set-up step: in the background, wait for ``ready()``, then send ``signum`` to us."""

    def step() -> None:
        def later() -> None:
            deadline = time.monotonic() + 30
            while not ready() and time.monotonic() < deadline:
                time.sleep(0.02)
            time.sleep(0.1)
            os.kill(os.getpid(), signum)

        threading.Thread(target=later, daemon=True).start()

    return step


def handler_installed(signum: int) -> Callable[[], bool]:
    """Whether the command has put its own handler for ``signum`` in place (asyncio's)."""
    before = signal.getsignal(signum)
    return lambda: signal.getsignal(signum) is not before


def port_taken(ws: Workspace) -> Run:
    sock = socket.socket()
    sock.bind(("127.0.0.1", 0))
    sock.listen()
    ws.keep.append(sock)  # closed with the workspace
    return Run(["sandbox", "--quiet", "--port", str(sock.getsockname()[1])], "cannot listen")


def serve_then_interrupt(ws: Workspace) -> list[Step]:
    """``govpub serve`` on a free port, interrupted once it answers."""
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        port = probe.getsockname()[1]

    def listening() -> bool:
        try:
            socket.create_connection(("127.0.0.1", port), timeout=0.2).close()
        except OSError:
            return False
        return True

    return [send_when(signal.SIGINT, listening), ["serve", "--port", str(port)]]


def without_review(ws: Workspace) -> None:
    """``noreview.toml``: the example configuration without its ``[review]`` tables."""
    kept, skipping = [], False
    for line in (ws.root / "govpub.toml").read_text(encoding="utf-8").splitlines():
        if line.startswith("["):
            skipping = line.startswith(("[review", "[[review"))
        if not skipping:
            kept.append(line)
    (ws.root / "noreview.toml").write_text("\n".join(kept) + "\n", encoding="utf-8")


async def untrue(*_args: object) -> bool:
    """The demo's story, when one of its claims does not check out."""
    return False


SCENARIOS: dict[tuple[str, str], Scenario] = {
    ("", "no command given: prints the help"): lambda ws: [[]],
    ("review", "no command given: prints the help"): lambda ws: [["review"]],
    ("audit", "no command given: prints the help"): lambda ws: [["audit"]],
    ("config", "no command given: prints the help"): lambda ws: [["config"]],
    ("store", "no command given: prints the help"): lambda ws: [["store"]],
    ("inbox", "no command given: prints the help"): lambda ws: [["inbox"]],
    # check
    (
        "check",
        "nothing blocks publication: no finding, or only warnings and automatic fixes",
    ): lambda ws: [["check", "post.md"]],
    (
        "check",
        "a finding blocks publication: a compliance rule, or what an active account's platform would refuse",
    ): lambda ws: [Run(["check", "blocked.md"])],
    ("check", "the post file is missing or is not a valid post"): lambda ws: [
        Run(["check", "missing.md"], "missing.md"),
        Run(["check", "bad.md"], "bad.md"),
    ],
    # publish
    ("publish", "every delivery was published"): lambda ws: [
        ws.sign("post.md"),
        ws.pub("post.md"),
        lambda: 2 == len(ws.world.published()),
    ],
    (
        "publish",
        "the post waits by design: scheduled for its `publish_at`, or held by `govpub freeze`",
    ): lambda ws: [
        ws.sign(ws.later()),
        ws.pub("later.md"),
        ws.ok("freeze", "--reason", "演练"),
        ws.sign("post.md"),
        ws.pub("post.md"),
        lambda: [] == ws.world.published(),
    ],
    ("publish", "`--dry-run`: checked and planned, nothing sent"): lambda ws: [
        ws.sign("post.md"),
        ws.pub("post.md", "--dry-run"),
        lambda: [] == ws.world.published(),
    ],
    (
        "publish",
        "some delivery failed or its outcome is unknown (the others went out; `govpub resume` retries)",
    ): lambda ws: [ws.sign("post.md"), ws.fail("publish"), ws.pub("post.md")],
    ("publish", "a compliance rule blocks the post; nothing is sent"): lambda ws: [
        Run(["publish", "blocked.md"], REFUSED_BY_RULES)
    ],
    (
        "publish",
        "the review gate refuses: an approval is missing, or does not cover this content; nothing is sent",
    ): lambda ws: [
        Run(["publish", "post.md"], REFUSED_BY_REVIEW),
        ws.sign("post.md"),
        Run(["publish", "other.md", *ws.pub("post.md")[2:]], REFUSED_BY_REVIEW),
        lambda: [] == ws.world.published(),
    ],
    (
        "publish",
        "the same title and body reached these accounts within `[publisher] duplicate_window`; nothing is sent (`--allow-duplicate` overrides)",
    ): lambda ws: [
        ws.published("post.md"),
        ws.sign(ws.post("again.md", id="p_again")),
        Run(ws.pub("again.md"), "--allow-duplicate"),
    ],
    ("publish", "an approval file does not exist"): lambda ws: [
        Run(["publish", "post.md", "-a", "nope.json"], "nope.json"),
    ],
    (
        "publish",
        "an approval file is not an approval exactly as signed (not JSON, a key twice, `NaN`, reformatted); nothing is sent",
    ): lambda ws: [
        Run(["publish", "post.md", "-a", "notjson.json"], "notjson.json"),
        lambda: [] == ws.world.published(),
    ],
    ("publish", "the post file is missing or is not a valid post"): lambda ws: [
        Run(["publish", "missing.md"], "missing.md"),
        Run(["publish", "bad.md"], "bad.md"),
    ],
    # posts
    ("posts", "the posts are listed, none included"): lambda ws: [
        ["posts"],
        ws.published("post.md"),
        ["posts", "--state", "done"],
    ],
    ("posts", "an unknown `--state`, or a `--since` that is not a date or time"): lambda ws: [
        Run(["posts", "--state", "bogus"], "--state"),
        Run(["posts", "--since", "spring"], "--since"),
    ],
    # status
    ("status", "every delivery is published, or the post waits by design"): lambda ws: [
        ws.published("post.md"),
        ["status", "p_exit"],
        ["status", "post.md"],
        ws.published(ws.later()),
        ["status", "p_later"],
    ],
    ("status", "some delivery failed or its outcome is unknown"): lambda ws: [
        ws.fail("publish"),
        ws.published("post.md", code=1),
        ["status", "p_exit"],
    ],
    (
        "status",
        "`POST` is neither a post file nor a post id in the ledger, or the file's post was never published",
    ): lambda ws: [
        Run(["status", "p_nope"], "p_nope"),
        Run(["status", "missing.md"], "missing.md"),
        ws.published("post.md"),
        Run(["status", "other.md"], "other.md"),
    ],
    # resume
    ("resume", "nothing to do: no delivery is unfinished"): lambda ws: [
        ["resume"],
        ws.published("post.md"),
        ["resume"],
    ],
    ("resume", "every unfinished delivery went out"): lambda ws: [
        ws.held(),
        ["resume"],
        lambda: 2 == len(ws.world.published()),
    ],
    ("resume", "some delivery failed again or its outcome is still unknown"): lambda ws: [
        ws.held(),
        ws.fail("publish"),
        ["resume"],
    ],
    ("resume", "`POST` names no post in the ledger"): lambda ws: [
        Run(["resume", "p_nope"], "p_nope")
    ],
    # retract
    (
        "retract",
        "every copy was deleted, or left to a person where the platform cannot delete (`retract_manual`)",
    ): lambda ws: [ws.published("post.md"), ["retract", "p_exit", "--reason", "更正"]],
    ("retract", "a deletion failed or its outcome is unknown"): lambda ws: [
        ws.published("post.md"),
        ws.fail("delete"),
        ["retract", "p_exit", "--reason", "更正"],
    ],
    ("retract", "`POST` names no post in the ledger"): lambda ws: [
        Run(["retract", "p_nope", "--reason", "更正"], "p_nope")
    ],
    # worker, freeze, unfreeze
    (
        "worker",
        "`--once`: the pass sent what was due and finished what was unfinished, or found nothing to do",
    ): lambda ws: [
        ["worker", "--once"],
        ws.held(),
        ["worker", "--once"],
        lambda: 2 == len(ws.world.published()),
    ],
    ("worker", "stopped by Ctrl+C or SIGTERM after passes that all succeeded"): lambda ws: [
        send_when(signal.SIGINT, handler_installed(signal.SIGINT)),
        ["worker", "--interval", "0.05"],
        send_when(signal.SIGTERM, handler_installed(signal.SIGTERM)),
        ["worker", "--interval", "0.05"],
    ],
    ("worker", "some delivery of a pass failed or its outcome is unknown"): lambda ws: [
        ws.held(),
        ws.fail("publish"),
        ["worker", "--once"],
    ],
    (
        "worker",
        '`dispatcher = "workers"` with a SQLite store: workers need a PostgreSQL `[store] url`',
    ): lambda ws: [ws.workers(), Run(["worker", "--once"], "PostgreSQL store")],
    ("freeze", "sending is stopped until `govpub unfreeze`"): lambda ws: [
        ["freeze", "--reason", "演练"]
    ],
    ("unfreeze", "sending may go on (also when nothing was frozen)"): lambda ws: [
        ["unfreeze"],
        ws.ok("freeze", "--reason", "演练"),
        ["unfreeze"],
    ],
    # review
    ("review keygen", "the key pair was written"): lambda ws: [
        ["review", "keygen", "--reviewer", "赵六", "-o", "zhao.pem"]
    ],
    (
        "review keygen",
        "the `--reviewer` name is empty, or the `--passphrase-env` variable is not set",
    ): lambda ws: [
        Run(["review", "keygen", "--reviewer", " ", "-o", "k1.pem"], "--reviewer"),
        Run(
            [
                "review",
                "keygen",
                "--reviewer",
                "赵六",
                "--passphrase-env",
                "GOVPUB_TEST_UNSET",
                "-o",
                "k2.pem",
            ],
            "GOVPUB_TEST_UNSET",
        ),
    ],
    ("review approve", "the approval was signed"): lambda ws: [[*APPROVE, "-o", "a1.json"]],
    (
        "review approve",
        "the checks find something that blocks publication; nothing is signed",
    ): lambda ws: [["review", "approve", "blocked.md", *APPROVE[3:]]],
    (
        "review approve",
        "the `[review]` section would refuse the approval (a key it does not know, a role the category does not want); nothing is signed",
    ): lambda ws: [
        ws.ok("review", "keygen", "--reviewer", "赵六", "-o", "zhao.pem"),
        Run(
            ["review", "approve", "post.md", "-k", "zhao.pem", "-r", "editor"], "key_not_registered"
        ),
        ["review", "approve", "post.md", "-k", "keys/zhang-min.example.pem", "-r", "leader"],
    ],
    (
        "review approve",
        "the key file or the post file cannot be used, or `--tier`, `--expires` or `--not-passed` means nothing",
    ): lambda ws: [
        Run(["review", "approve", "post.md", "-k", "nokey.pem", "-r", "editor"], "nokey.pem"),
        Run(["review", "approve", "post.md", "-k", "post.md", "-r", "editor"], "post.md"),
        Run(["review", "approve", "missing.md", *APPROVE[3:]], "missing.md"),
        Run([*APPROVE, "--tier", "九"], "--tier"),
        Run([*APPROVE, "--expires", "soon"], "--expires"),
        Run([*APPROVE, "--not-passed", "courage"], "--not-passed"),
    ],
    ("review status", "every tier is approved and nothing blocks publication"): lambda ws: [
        ws.sign("post.md"),
        ["review", "status", *ws.pub("post.md")[1:]],
    ],
    (
        "review status",
        "an approval is missing or does not count, or a finding blocks publication",
    ): lambda ws: [
        ["review", "status", "post.md"],
        ws.sign("post.md"),
        ["review", "status", "other.md", *ws.pub("post.md")[2:]],
        ["review", "status", "blocked.md"],
    ],
    ("review form", "the form was written, whether the review is complete or not"): lambda ws: [
        ["review", "form", "post.md", "-o", "form.html"],
        ws.sign("post.md"),
        ["review", "form", *ws.pub("post.md")[1:], "-o", "form.html"],
    ],
    # audit
    ("audit verify", "the chain is intact (and matches every `--anchor`)"): lambda ws: [
        ws.published("post.md"),
        ["audit", "verify"],
    ],
    (
        "audit verify",
        "a record was changed, removed or inserted: names the first bad one",
    ): lambda ws: [ws.published("post.md"), ws.tamper(), Run(["audit", "verify"], "第 1 条")],
    ("audit verify", "the store does not exist, or an `--anchor` is not `SEQ:HASH`"): lambda ws: [
        Run(["audit", "verify"], "store"),
        ws.store(),
        Run(["audit", "verify", "--anchor", "1:cafe"], "--anchor"),
    ],
    ("audit head", "the newest record is printed (an empty trail too)"): lambda ws: [
        ws.store(),
        ["audit", "head"],
        ws.published("post.md"),
        ["audit", "head"],
    ],
    ("audit export", "the records are written"): lambda ws: [
        ws.published("post.md"),
        ["audit", "export"],
        ["audit", "export", "-f", "csv", "-o", "a.csv"],
    ],
    (
        "audit export",
        "an unknown `--format`, or a `--since` that is neither a number nor a date",
    ): lambda ws: [
        ws.store(),
        Run(["audit", "export", "--format", "xml"], "--format"),
        Run(["audit", "export", "--since", "spring"], "--since"),
    ],
    ("store status", "every schema component of the store is up to date"): lambda ws: [
        ws.store(),
        ["store", "status"],
    ],
    (
        "store status",
        "a component is behind this govpub (not created yet, or older): run `govpub store migrate`",
    ): lambda ws: [["store", "status"]],
    (
        "store migrate",
        "the schema is up to date; what was applied is listed (nothing, when it already was)",
    ): lambda ws: [["store", "migrate"], ["store", "migrate"], ["store", "status"]],
    # inbox (政民互动)
    (
        "inbox sync",
        "every active account was read: new comments and messages stored with their deadlines, replies in flight settled",
    ): lambda ws: [ws.said(), ["inbox", "sync"], lambda: 1 == len(ws.inbox())],
    (
        "inbox sync",
        "an account could not be read (a platform error); the others were, and the error names the account",
    ): lambda ws: [
        lambda: ws.world.fail("interactions", "transient", account="mem-forestry"),
        Run(["inbox", "sync"]),
    ],
    (
        "inbox list",
        "the interactions are listed (`--overdue`: only open ones past their deadline), none included",
    ): lambda ws: [
        ["inbox", "list"],
        ws.said(),
        ws.ok("inbox", "sync"),
        ["inbox", "list", "--overdue"],
        ["inbox", "list", "--account", "mem-city", "--json"],
    ],
    ("inbox list", "`--account` names no account of the configuration"): lambda ws: [
        Run(["inbox", "list", "--account", "nobody"], "nobody")
    ],
    ("inbox approve", "the approval of exactly this reply text was signed"): lambda ws: [
        ws.said(),
        ws.ok("inbox", "sync"),
        [*INBOX_APPROVE],
    ],
    ("inbox approve", "`ID` names no interaction (or is too short, or ambiguous)"): lambda ws: [
        ws.store(),
        Run(["inbox", "approve", "itx_nothing", *INBOX_APPROVE[3:]], "itx_nothing"),
        Run(["inbox", "approve", "itx", *INBOX_APPROVE[3:]], "too short"),
    ],
    (
        "inbox reply",
        "the reply passed the checks and its review, was recorded, and is on the platform",
    ): lambda ws: [
        ws.said(),
        ws.ok("inbox", "sync"),
        ws.reply_approved(),
        ["inbox", "reply", INBOX_ID, "--text", ANSWER, "-a", "reply.json"],
        lambda: [ANSWER] == [m.reply for m in ws.world.replies],
    ],
    (
        "inbox reply",
        "the platform refused the reply, or its outcome is still unknown after this run's read-backs and re-sends (`govpub inbox sync` asks the platform before anything is sent again)",
    ): lambda ws: [
        ws.said(),
        ws.ok("inbox", "sync"),
        ws.reply_approved(),
        lambda: ws.world.fail("reply", "rejected"),
        ["inbox", "reply", INBOX_ID, "--text", ANSWER, "-a", "reply.json"],
        # unknown, read back absent, and so on for each of the run's 3 re-sends (max_resends)
        lambda: ws.world.fail("reply", "outcome_unknown", times=4),
        ["inbox", "reply", INBOX_ID, "--text", ANSWER, "-a", "reply.json"],
        ws.ok("inbox", "sync"),
        lambda: [ANSWER] == [m.reply for m in ws.world.replies],
    ],
    (
        "inbox reply",
        "a compliance rule blocks the reply, or the review refuses it (an approval is missing or covers another text); nothing is sent",
    ): lambda ws: [
        ws.said(),
        ws.ok("inbox", "sync"),
        Run(["inbox", "reply", INBOX_ID, "--text", ANSWER], "审"),
        ws.reply_approved(),
        Run(["inbox", "reply", INBOX_ID, "--text", ANSWER + "。", "-a", "reply.json"]),
        Run(["inbox", "reply", INBOX_ID, "--text", "内部资料，请勿外传。" + ANSWER]),
        lambda: [] == ws.world.replies,
    ],
    ("inbox reply", "`ID` names no interaction (or is too short, or ambiguous)"): lambda ws: [
        ws.store(),
        Run(["inbox", "reply", "itx_nothing", "--text", ANSWER], "itx_nothing"),
    ],
    (
        "inbox assign",
        "the interaction is assigned to the person named by `--to` (audited `inbox.assigned`); `inbox list` shows who has it",
    ): lambda ws: [
        ws.said(),
        ws.ok("inbox", "sync"),
        ["inbox", "assign", INBOX_ID, "--to", "李娜"],
        ["inbox", "assign", INBOX_ID, "--to", "王芳", "--json"],  # handed on while open
        lambda: ("assigned", "王芳") == (ws.inbox()[0].state, ws.inbox()[0].assignee),
        ["inbox", "list", "--open"],
    ],
    ("inbox assign", "it is no longer open: replied, closed or no reply needed"): lambda ws: [
        ws.said(),
        ws.ok("inbox", "sync"),
        ws.ok("inbox", "close", INBOX_ID, "--reason", "广告信息"),
        Run(["inbox", "assign", INBOX_ID, "--to", "李娜"], "无需回复"),
    ],
    ("inbox assign", "`ID` names no interaction, or `--to` is empty"): lambda ws: [
        ws.store(),
        Run(["inbox", "assign", "itx_nothing", "--to", "李娜"], "itx_nothing"),
        ws.said(),
        ws.ok("inbox", "sync"),
        Run(["inbox", "assign", INBOX_ID, "--to", " "], "--to"),
    ],
    (
        "inbox close",
        "the interaction is closed with its reason (无需回复, or 办结 after a reply)",
    ): lambda ws: [
        ws.said(),
        ws.ok("inbox", "sync"),
        ["inbox", "close", INBOX_ID, "--reason", "广告信息"],
    ],
    ("inbox close", "it is already closed, or its reply is still in flight"): lambda ws: [
        ws.said(),
        ws.ok("inbox", "sync"),
        ws.ok("inbox", "close", INBOX_ID, "--reason", "广告信息"),
        Run(["inbox", "close", INBOX_ID, "--reason", "again"], "already"),
    ],
    ("inbox close", "`ID` names no interaction, or `--reason` is empty"): lambda ws: [
        ws.store(),
        Run(["inbox", "close", "itx_nothing", "--reason", "x"], "itx_nothing"),
        ws.said(),
        ws.ok("inbox", "sync"),
        Run(["inbox", "close", INBOX_ID, "--reason", " "], "--reason"),
    ],
    (
        "inbox suggest",
        "the approved answers to similar questions are listed, none included",
    ): lambda ws: [
        ws.said(),
        ws.ok("inbox", "sync"),
        ["inbox", "suggest", INBOX_ID],
        ws.reply_approved(),
        ws.ok("inbox", "reply", INBOX_ID, "--text", ANSWER, "-a", "reply.json"),
        ["inbox", "suggest", INBOX_ID, "--json"],
    ],
    ("inbox suggest", "`ID` names no interaction (or is too short, or ambiguous)"): lambda ws: [
        ws.store(),
        Run(["inbox", "suggest", "itx_nothing"], "itx_nothing"),
    ],
    # accounts
    (
        "config check",
        "the configuration is valid: it is printed as in force, secrets as their references",
    ): lambda ws: [["config", "check"]],
    (
        "config check",
        "a section or key is misspelt, missing or invalid: every problem at once, with file:line and a suggestion",
    ): lambda ws: [
        lambda: bool(
            (ws.root / "govpub.toml").write_text(
                (ws.root / "govpub.toml")
                .read_text(encoding="utf-8")
                .replace("[agency]", "[agnecy]"),
                encoding="utf-8",
            )
        ),
        Run(["config", "check"], "did you mean agency?"),
    ],
    ("accounts", "the accounts are listed"): lambda ws: [["accounts"]],
    ("accounts filed", "the filing was recorded"): lambda ws: [
        ws.ok("accounts", "open", "mem-city", "--reason", "新开设"),
        ["accounts", "filed", "1"],
    ],
    ("accounts filed", "no event has that number, or `--date` is before the event"): lambda ws: [
        Run(["accounts", "filed", "999"], "#999"),
        ws.ok("accounts", "open", "mem-city", "--reason", "新开设", "--date", "2026-01-10"),
        Run(["accounts", "filed", "1", "--date", "2025-12-31"], "before the event"),
    ],
    ("accounts filings", "the events are exported"): lambda ws: [
        ["accounts", "filings"],
        ws.ok("accounts", "open", "mem-city", "--reason", "新开设"),
        ["accounts", "filings", "--format", "csv"],
    ],
    ("accounts filings", "an unknown `--format`"): lambda ws: [
        Run(["accounts", "filings", "--format", "xml"], "--format")
    ],
    # governance
    ("health", "no account fails (warnings do not count)"): lambda ws: [
        ["health", "-c", "healthy.toml"]
    ],
    ("health", "an account fails a rule"): lambda ws: [["health"]],
    ("metrics", "the figures are printed or written"): lambda ws: [
        ["metrics"],
        ["metrics", "--format", "csv", "-o", "m.csv"],
    ],
    (
        "metrics",
        "an unknown `--format`, or a `--since`/`--until` that is not a date or time",
    ): lambda ws: [
        Run(["metrics", "--format", "xml"], "--format"),
        Run(["metrics", "--since", "spring"], "since"),
        Run(["metrics", "--until", "autumn"], "until"),
    ],
    ("report", "the report is written"): lambda ws: [["report", "-o", "report.html"]],
    ("report", "a `--since`, `--until` or `--at` that is not a date or time"): lambda ws: [
        Run(["report", "-o", "r.html", flag, "spring"], flag[2:])
        for flag in ("--since", "--until", "--at")
    ],
    # sandbox
    (
        "sandbox",
        "stopped with Ctrl+C (SIGTERM ends it by the signal: a shell shows 143)",
    ): lambda ws: [
        send_when(signal.SIGINT, (ws.root / "port").exists),
        ["sandbox", "--quiet", "--port-file", "port"],
    ],
    ("sandbox", "the `--faults` spec cannot be parsed"): lambda ws: [
        Run(["sandbox", "--quiet", "--faults", "wechat:explode=2"], "explode")
    ],
    (
        "sandbox",
        "the `--host` and `--port` cannot be listened on, or the `--port-file` folder does not exist",
    ): lambda ws: [
        Run(["sandbox", "--quiet", "--host", "nonsense.invalid"], "cannot listen"),
        port_taken(ws),
        Run(["sandbox", "--quiet", "--port-file", "no/such/folder/port"], "--port-file"),
    ],
    # serve
    (
        "serve",
        "stopped with Ctrl+C (SIGTERM ends it by the signal: a shell shows 143)",
    ): serve_then_interrupt,
    ("serve", "the `--host` and `--port` cannot be listened on"): lambda ws: [
        Run(["serve", "--host", "nonsense.invalid"], "cannot listen"),
        Run(["serve", "--port", port_taken(ws).argv[-1]], "cannot listen"),
    ],
    (
        "serve",
        "the configuration has no `[review]` section: the console's users are its reviewers",
    ): lambda ws: [
        lambda: without_review(ws),
        Run(["serve", "--config", "noreview.toml", "--port", "0"], "[review]"),
    ],
    # demo
    ("demo", "the story ran and every claim it makes checked out"): lambda ws: [
        lambda: ws.request.getfixturevalue("demo_run").code
    ],
    ("demo", "a claim of the story did not check out"): lambda ws: [
        lambda: ws.monkeypatch.setattr("govpub.demo.story._story", untrue),
        ["demo", "--workspace", "demo"],
    ],
}

for verb in ("open", "change", "close", "cancel"):
    what = ["--detail", "简介更新"] if verb == "change" else []
    SCENARIOS[(f"accounts {verb}", "the event was recorded")] = (
        lambda ws, verb=verb, what=what: [["accounts", verb, "mem-city", "--reason", "测试", *what]]  # type: ignore[misc]
    )
    SCENARIOS[
        (
            f"accounts {verb}",
            "the account is neither in the configuration nor in the filings, or `--date` is not a date",
        )
    ] = lambda ws, verb=verb, what=what: [  # type: ignore[misc]
        Run(["accounts", verb, "nobody", "--reason", "测试", *what], "nobody"),
        Run(["accounts", verb, "mem-city", "--reason", "测试", "--date", "spring", *what], "date"),
    ]


# ------------------------------------------------------------------ rows for every command

#: What each runnable command needs at least to get past its argument parsing.
MINIMAL: dict[str, list[str]] = {
    "accounts": ["accounts"],
    **{
        f"accounts {v}": ["accounts", v, "mem-city", "--reason", "测试"]
        for v in ("open", "close", "cancel")
    },
    "accounts change": ["accounts", "change", "mem-city", "--reason", "测试", "--detail", "简介"],
    "accounts filed": ["accounts", "filed", "1"],
    "accounts filings": ["accounts", "filings"],
    "audit export": ["audit", "export"],
    "audit head": ["audit", "head"],
    "audit verify": ["audit", "verify"],
    "check": ["check", "post.md"],
    "config check": ["config", "check"],
    "demo": ["demo", "--workspace", "demo"],
    "freeze": ["freeze", "--reason", "演练"],
    "health": ["health"],
    "inbox approve": INBOX_APPROVE,
    "inbox assign": ["inbox", "assign", "itx_nothing", "--to", "x"],
    "inbox close": ["inbox", "close", "itx_nothing", "--reason", "x"],
    "inbox list": ["inbox", "list"],
    "inbox reply": ["inbox", "reply", "itx_nothing", "--text", "您好"],
    "inbox suggest": ["inbox", "suggest", "itx_nothing"],
    "inbox sync": ["inbox", "sync"],
    "metrics": ["metrics"],
    "posts": ["posts"],
    "publish": ["publish", "post.md"],
    "report": ["report", "-o", "report.html"],
    "resume": ["resume"],
    "retract": ["retract", "p_exit", "--reason", "更正"],
    "review approve": APPROVE,
    "review form": ["review", "form", "post.md"],
    "review keygen": ["review", "keygen", "--reviewer", "赵六", "-o", "zhao.pem"],
    "review status": ["review", "status", "post.md"],
    "sandbox": ["sandbox", "--quiet"],
    "serve": ["serve", "--port", "0"],
    "status": ["status", "p_exit"],
    "store migrate": ["store", "migrate"],
    "store status": ["store", "status"],
    "unfreeze": ["unfreeze"],
    "worker": ["worker", "--once"],
}

OUTPUT_FLAGS = ("-o", "--out", "--output")


def _flags(command: str) -> set[str]:
    return {flag for p in COMMANDS[command].params for flag in p.opts}


def _annotation(param: Any) -> Any:
    """The Python type typer gives a parameter (typer 0.29 keeps it in ``type_descriptor``)."""
    return getattr(getattr(param, "type_descriptor", None), "annotation", None)


def _usage_errors(ws: Workspace, command: str) -> list[Step]:
    steps: list[Step] = [Run([*MINIMAL[command], "--no-such-option"], "No such option")]
    params = COMMANDS[command].params
    if any(p.required for p in params):
        steps.append(Run(command.split(), "Missing"))
    numeric = [
        p for p in params if _annotation(p) in {int, float} and not getattr(p, "count", False)
    ]
    if numeric:  # the first number it takes, given a word
        param = numeric[0]
        if param.opts[0].startswith("-"):
            steps.append(Run([*MINIMAL[command], param.opts[0], "many"], "Invalid value"))
        else:  # an argument: in place of the minimal one
            steps.append(Run([*command.split(), "many"], "Invalid value"))
    return steps


def _no_configuration(ws: Workspace, command: str) -> list[Step]:
    return [(ws.root / "govpub.toml").unlink, Run(MINIMAL[command], "govpub.toml")]


def _bad_environment(ws: Workspace, command: str) -> list[Step]:
    return [
        lambda: ws.monkeypatch.setenv("GOVPUB_LOG_FORMAT", "xml"),
        Run(MINIMAL[command], "GOVPUB_LOG_FORMAT"),
        lambda: ws.monkeypatch.delenv("GOVPUB_LOG_FORMAT"),
        lambda: ws.monkeypatch.setenv("GOVPUB_VERBOSE", "loud"),
        Run(MINIMAL[command], "GOVPUB_VERBOSE"),
    ]


def _unwritable_output(ws: Workspace, command: str) -> list[Step]:
    flag = next(f for f in OUTPUT_FLAGS if f in _flags(command))
    return [
        ws.store(),
        Run([*MINIMAL[command], flag, str(ws.root)], str(ws.root)),  # a directory
        Run([*MINIMAL[command], flag, "post.md/out"], "post.md"),  # a folder that is a file
    ]


DATE_FLAGS = ("--since", "--until", "--at", "--date", "--filed", "--expires")


def _date_out_of_range(ws: Workspace, command: str) -> list[Step]:
    flag = next(f for f in DATE_FLAGS if f in _flags(command))
    steps: list[Step] = [ws.store()]
    if command == "accounts filed":  # the event must exist before its date is read
        steps.append(ws.ok("accounts", "open", "mem-city", "--reason", "新开设"))
    return [*steps, Run([*MINIMAL[command], flag, "9999-12-31"], "out of range")]


def _raising(ws: Workspace, error: BaseException) -> Callable[[], None]:
    """A set-up step: the next command fails with ``error`` as it starts (once)."""
    from govpub.cli import _logs

    real = _logs.apply
    calls = []

    def apply() -> Any:
        if not calls:
            calls.append(1)
            raise error
        return real()

    return lambda: ws.monkeypatch.setattr(_logs, "apply", apply)


def _unexpected(ws: Workspace, command: str) -> list[Step]:
    return [
        _raising(ws, RuntimeError("an injected bug")),
        Run(
            MINIMAL[command],
            "govpub: unexpected error: RuntimeError: an injected bug (run again with -v",
        ),
    ]


def _interrupted(ws: Workspace, command: str) -> list[Step]:
    return [_raising(ws, KeyboardInterrupt()), Run(MINIMAL[command])]


#: The ``*`` rows: for which commands each holds (given the doc's exceptions), and how.
ANY: dict[str, tuple[Callable[[str], bool], Callable[[Workspace, str], list[Step]]]] = {
    "`--help`: prints the command's help": (
        lambda c: True,
        lambda ws, c: [Run([*c.split(), "--help"])],
    ),
    "an unknown option, a missing argument or option, or a value of the wrong type": (
        lambda c: True,
        _usage_errors,
    ),
    "no configuration file (`--config`, `$GOVPUB_CONFIG`, `./govpub.toml`), or one that cannot be used; all but `check`, `review keygen`, `review approve`, `sandbox` and `demo` need one": (
        lambda c: True,
        _no_configuration,
    ),
    "`$GOVPUB_VERBOSE` or `$GOVPUB_LOG_FORMAT` holds a value that means nothing": (
        lambda c: True,
        _bad_environment,
    ),
    "the file given to `-o`/`--out`/`--output` cannot be written (it is a directory, or its folder cannot be made)": (
        lambda c: bool(_flags(c).intersection(OUTPUT_FLAGS)),
        _unwritable_output,
    ),
    "a date outside 1970-01-01 … 2999-12-31 (`--since`, `--until`, `--at`, `--date`, `--filed`, `--expires`)": (
        lambda c: bool(_flags(c).intersection(DATE_FLAGS)),
        _date_out_of_range,
    ),
    "an unexpected error (a bug): one line naming it; the traceback only with `-v`": (
        lambda c: True,
        _unexpected,
    ),
    "interrupted with Ctrl+C": (lambda c: True, _interrupted),
}


def _exempt(row: Row) -> set[str]:
    """Commands a ``*`` row names in its text: it says they are the exception."""
    return {name for name in re.findall(r"`([^`]+)`", row.when) if name in COMMANDS}


def _cases() -> Iterator[Any]:
    for row in ROWS:
        if row.commands == ("*",):
            applies = ANY[row.when][0] if row.when in ANY else (lambda c: True)
            for command in RUNNABLE:
                if command not in _exempt(row) and applies(command):
                    yield pytest.param(row, command, id=row.id(command))
        else:
            for command in row.commands:
                yield pytest.param(row, command, id=row.id(command))


@pytest.fixture
def workspace(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, request: pytest.FixtureRequest
) -> Iterator[Workspace]:
    ws = Workspace(tmp_path, monkeypatch, request)
    monkeypatch.chdir(tmp_path)
    yield ws
    for sock in ws.keep:
        sock.close()


@pytest.mark.parametrize(("row", "command"), list(_cases()))
def test_documented_exit_code(
    row: Row, command: str, workspace: Workspace, capsys: pytest.CaptureFixture[str]
) -> None:
    if row.commands == ("*",):
        steps = ANY[row.when][1](workspace, command)
    else:
        steps = SCENARIOS[(command, row.when)](workspace)
    checked = 0
    for step in steps:
        if isinstance(step, list | Run):
            run = step if isinstance(step, Run) else Run(step)
            code = main(run.argv)
            captured = capsys.readouterr()
            assert (row.code, run.argv) == (code, run.argv), captured.err
            assert "Traceback" not in captured.err + captured.out
            assert run.err in captured.err
            checked += 1
        else:
            result = step()
            if isinstance(result, bool):
                assert result, step
            elif isinstance(result, int):
                assert row.code == result
                checked += 1
    assert checked, "a scenario must check at least one exit code"


def test_inbox_assign_speaks_to_editors_in_chinese(
    workspace: Workspace, capsys: pytest.CaptureFixture[str]
) -> None:
    """Who has the message, in ``assign``'s answer and in ``list``; a refusal says why."""
    workspace.said()()
    workspace.ok("inbox", "sync")()
    capsys.readouterr()
    assert 0 == main(["inbox", "assign", INBOX_ID[:12], "--to", "李娜", "--actor", "王芳"])
    assert f"{INBOX_ID}：已分派给 李娜，答复期限" in capsys.readouterr().out
    workspace.monkeypatch.setenv("COLUMNS", "200")  # one line per row
    assert 0 == main(["inbox", "list", "--open"])
    assert "已分派（李娜）" in capsys.readouterr().out
    assert 0 == main(["inbox", "close", INBOX_ID, "--reason", "广告信息"])
    capsys.readouterr()
    assert 1 == main(["inbox", "assign", INBOX_ID, "--to", "王芳"])
    assert "无需回复，只有待处理或已分派的留言可以分派" in capsys.readouterr().err
    ledger = SqliteLedger(workspace.root / "govpub.db")
    try:
        (record,) = [r for r in ledger.trail.iter_records() if r.action == "inbox.assigned"]
    finally:
        ledger.close()
    assert ("王芳", {"assignee": "李娜", "from": "new"}) == (record.actor, dict(record.details))


# ------------------------------------------------------------------ the table against the CLI


def test_every_row_has_a_scenario_and_every_scenario_a_row() -> None:
    documented = {(c, r.when) for r in ROWS for c in r.commands if c != "*"}
    assert set(SCENARIOS) == documented
    assert set(ANY) == {r.when for r in ROWS if r.commands == ("*",)}


def test_every_command_has_its_own_rows() -> None:
    documented = {c for r in ROWS for c in r.commands}
    groups_without_action = {n for n in COMMANDS if n and n not in RUNNABLE}
    assert set(RUNNABLE) | groups_without_action | {"", "*"} == documented
    assert set(RUNNABLE) == set(MINIMAL)


def test_every_code_in_the_table_is_explained_above_it() -> None:
    assert codes_of_the_summary(DOC_TEXT) == {r.code for r in ROWS}


def test_the_exceptions_named_in_star_rows_are_commands() -> None:
    (row,) = [r for r in ROWS if r.commands == ("*",) and "need one" in r.when]
    assert {"check", "review keygen", "review approve", "sandbox", "demo"} == _exempt(row)
