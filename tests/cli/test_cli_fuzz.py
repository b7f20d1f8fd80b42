"""Random command lines never crash the CLI: a documented exit code, and never a traceback.

Issue 11, item 6 (the command-line half).  Hypothesis draws argv from the real
command tree: a command, its required arguments and options with plausible
values (the workspace's posts, approvals and keys, post ids, account ids,
dates, formats), then more of its options — and of the global ones, before or
after the command — with plausible or hostile values (empty strings, a
directory where a file belongs, a path through a file, unknown words, odd
Unicode, huge and negative numbers), sometimes with a token dropped or an
unknown one added, with or without ``$GOVPUB_VERBOSE`` / ``$GOVPUB_LOG_FORMAT``.

Each run happens in a fresh copy of a workspace made once: examples/ (the
in-memory platform, 先审后发 with the example reviewers), approvals for two
posts, and a ledger in which one of them is published.  A run must end with an
exit code docs/cli.md documents, print no traceback and no "unexpected error" —
an unexpected error is a bug, though it prints no traceback.

``sandbox`` and ``serve`` (serve until stopped) and ``demo`` (the whole story) are left out;
``worker`` always gets ``--once``.  Their exits are in tests/cli/test_cli_exit_codes.py.

Size: ``GOVPUB_FUZZ_EXAMPLES`` runs (default 150, about 20 s on a laptop; 2000
for a long local session).  ``--hypothesis-show-statistics`` shows the exit
codes reached.
"""

from __future__ import annotations

import contextlib
import io
import os
import shutil
import tempfile
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import pytest
import typer.main
from hypothesis import HealthCheck, event, example, given, settings
from hypothesis import strategies as st

from govpub.cli import build_app, main
from govpub.cli._root import share_global_options
from govpub.platforms.memory import MemoryWorld

EXAMPLES = Path(__file__).parents[2] / "examples"
FUZZ_EXAMPLES = int(os.environ.get("GOVPUB_FUZZ_EXAMPLES", "150"))  # read before conftest clears it
DOCUMENTED = {0, 1, 2, 3, 130}  # docs/cli.md "Exit codes"; test_cli_exit_codes.py checks the table
LEFT_OUT = {"sandbox", "demo", "serve"}

# ------------------------------------------------------------------ the command tree


@dataclass(frozen=True)
class Param:
    """One parameter of a command as the fuzzer sees it."""

    flags: tuple[str, ...]  # () for a positional argument
    name: str
    takes_value: bool
    required: bool


def _tree() -> dict[str, list[Param]]:
    """Every runnable command path and its parameters (its own and the global ones)."""
    root = typer.main.get_command(build_app())
    share_global_options(root)
    found: dict[str, list[Param]] = {}
    pending: list[tuple[str, Any]] = list(root.commands.items())  # type: ignore[attr-defined]
    while pending:
        name, command = pending.pop()
        subs = getattr(command, "commands", {})
        pending += [(f"{name} {n}", c) for n, c in subs.items()]
        if name.split()[0] in LEFT_OUT or (subs and not command.invoke_without_command):
            continue
        found[name] = [
            Param(
                flags=tuple(f for f in (*p.opts, *p.secondary_opts) if f.startswith("-")),
                name=str(p.name),
                takes_value=not (getattr(p, "is_flag", False) or getattr(p, "count", False)),
                required=bool(p.required),
            )
            for p in command.params
        ]
    return found


TREE = _tree()

# ------------------------------------------------------------------ values

POSTS = ["post.md", "other.md", "blocked.md", "bad.md", "missing.md", "images/cover.jpg", "."]
PLAUSIBLE: dict[str, list[str]] = {
    "post_file": POSTS,
    "post": ["p_exit", "p_other", "post.md", "other.md", "p_nope", "missing.md", "x/y.md"],
    "account": ["mem-city", "mem-forestry", "mem-archive", "nobody"],
    "filing": ["1", "2", "999", "-1", "x"],
    "accounts": ["mem-city", "mem-city,mem-forestry", "nobody", ","],
    "platforms": ["memory", "memory,wechat", "fax"],
    "units": ["某某市园林绿化局", "nobody"],
    "approval": ["post.editor.json", "post.director.json", "other.editor.json", "notjson.json", "missing.json", "post.md"],
    "anchor": ["1:" + "0" * 64, "1:cafe", "x", "999:" + "f" * 64],
    "when": ["2026-03-01", "2026-03-01T09:00:00+08:00", "2026-13-45", "9999-12-31", "spring", "0001-01-01"],
    "since": ["2026-03-01", "2026-03-01T09:00", "1", "0", "-5", "spring", "0001-01-01", "9999-12-31"],
    "text": ["测试", "更正", "x" * 300, " ", ""],
    "config": ["govpub.toml", "govpub.toml", "missing.toml", "post.md", "."],
    "expires": ["48h", "7d", "0s", "soon", "2099-01-01", "2000-01-01"],
    "format": ["json", "csv", "table", "jsonl", "xml", "JSON"],
    "number": ["0", "0.01", "1", "-1", "nan", "inf", "1e308", "many"],
    "key": ["keys/zhang-min.example.pem", "keys/wang-fang.example.pem", "post.md", "missing.pem"],
    "log_format": ["json", "console", "json", "console", "xml"],
    "not_passed": ["legal", "法律关", "wording", "courage"],
    "out": ["out.txt", "new/dir/out.html", ".", "post.md/x", "post.editor.json"],
    "passphrase_env": ["GOVPUB_TEST_UNSET", "PATH"],
    "profile": ["national", "provincial", "nonsense"],
    "role": ["editor", "director", "leader", "duty_officer", "nobody"],
    "state": ["done", "active", "scheduled", "已完成", "done,refused", "bogus"],
    "tier": ["1", "2", "初审", "终审", "九", "0"],
    "reviewer": ["张敏", "王芳", "赵六", " "],
}  # fmt: skip
#: Which pool each parameter draws from (by its name in the command's signature).
POOL_OF = {
    "approval": "approval", "approvals": "approval", "anchors": "anchor",
    "at": "when", "when": "when", "filed": "when", "until": "when", "since": "since",
    "reason": "text", "comment": "text", "detail": "text", "name": "text", "unit": "text",
    "receipt": "text", "supervisor": "text", "config": "config", "expires": "expires",
    "fmt": "format", "interval": "number", "key": "key", "log_format": "log_format",
    "not_passed": "not_passed", "out": "out", "output": "out", "passphrase_env": "passphrase_env",
    "profile": "profile", "role": "role", "roles": "role", "states": "state", "state": "state",
    "tier": "tier", "reviewer": "reviewer",
}  # fmt: skip

# No "/" or "\\" in free text: an output path drawn from it stays inside the workspace.
HOSTILE = st.one_of(
    st.sampled_from(["", "-", "--", "..", "/", "post.md/x", "\u202e", "🙂", "0", "-1", "nan"]),
    st.text(
        st.characters(blacklist_characters="/\\\x00", blacklist_categories=("Cs",)), max_size=12
    ),
)


def value_for(draw: st.DrawFn, name: str) -> str:
    pool = PLAUSIBLE.get(POOL_OF.get(name, name))
    if pool is not None and draw(st.integers(0, 9)) < 9:
        return draw(st.sampled_from(pool))
    return draw(HOSTILE)


def with_value(draw: st.DrawFn, param: Param) -> list[str]:
    flag = [draw(st.sampled_from(param.flags))] if param.flags else []
    return [*flag, value_for(draw, param.name)] if param.takes_value else flag


@st.composite
def command_lines(draw: st.DrawFn) -> list[str]:
    command = draw(st.sampled_from(sorted(TREE)))
    params = TREE[command]
    argv = command.split()
    for param in params:  # what the command needs, mostly plausible
        if param.required or not param.flags:
            argv += with_value(draw, param)
    options = [p for p in params if p.flags]
    for param in draw(st.lists(st.sampled_from(options), max_size=4)):
        argv += with_value(draw, param)
    if draw(st.integers(0, 5)) == 0:  # now and then, spoil it
        spoil = draw(st.sampled_from(["drop", "insert"]))
        at = draw(st.integers(0, len(argv)))
        if spoil == "drop" and at < len(argv):
            del argv[at]
        else:
            argv.insert(at, draw(st.one_of(st.just("--no-such-option"), HOSTILE)))
    if command == "worker":
        argv.append("--once")
    before = draw(st.lists(st.sampled_from(["-v", "--json", "--log-format"]), max_size=2))
    lead = [
        t
        for flag in before
        for t in ([flag, value_for(draw, "log_format")] if flag == "--log-format" else [flag])
    ]
    return [*lead, *argv]


ENVIRONMENT = st.sampled_from(
    [
        *[{}] * 6,
        {"GOVPUB_VERBOSE": "1"},
        {"GOVPUB_VERBOSE": "2", "GOVPUB_LOG_FORMAT": "console"},
        {"GOVPUB_LOG_FORMAT": "json"},
        {"GOVPUB_VERBOSE": "loud"},
        {"GOVPUB_LOG_FORMAT": "xml"},
    ]
)


# ------------------------------------------------------------------ the workspace


@pytest.fixture(scope="module")
def template(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """examples/ with two posts approved by both tiers, one of them published."""
    root = tmp_path_factory.mktemp("fuzz") / "template"
    shutil.copytree(EXAMPLES, root, ignore=shutil.ignore_patterns("*.db*", "__pycache__", "*.py"))
    text = (
        (root / "post.md")
        .read_text(encoding="utf-8")
        .replace("publish_at: 2026-03-05T09:00:00+08:00\n", "")
    )
    (root / "post.md").write_text(text.replace("---\n", "---\nid: p_exit\n", 1), encoding="utf-8")
    other = text.replace("---\n", "---\nid: p_other\n", 1).replace("开展2026年春季", "补充")
    (root / "other.md").write_text(other, encoding="utf-8")
    (root / "blocked.md").write_text(text + "\n内部资料\n", encoding="utf-8")
    (root / "bad.md").write_text("---\ntitle: [\n---\n", encoding="utf-8")
    (root / "notjson.json").write_text("{", encoding="utf-8")
    with contextlib.chdir(root), contextlib.redirect_stderr(io.StringIO()):
        for post in ("post", "other"):
            for key, role in (("zhang-min", "editor"), ("wang-fang", "director")):
                argv = [
                    "review",
                    "approve",
                    f"{post}.md",
                    "-k",
                    f"keys/{key}.example.pem",
                    "-r",
                    role,
                ]
                assert 0 == main([*argv, "-o", f"{post}.{role}.json"])
        with contextlib.redirect_stdout(io.StringIO()):
            approvals = ["-a", "other.editor.json", "-a", "other.director.json"]
            assert 0 == main(["publish", "other.md", *approvals])
    return root


@contextlib.contextmanager
def workspace(template: Path, environ: dict[str, str]) -> Iterator[Path]:
    """A fresh copy of ``template`` as the working directory, ``environ`` set; all undone after."""
    saved = {name: os.environ.get(name) for name in environ}
    with tempfile.TemporaryDirectory(prefix="govpub-fuzz-") as tmp:
        root = Path(tmp) / "ws"
        shutil.copytree(template, root)
        MemoryWorld.reset_all()
        os.environ.update(environ)
        try:
            with contextlib.chdir(root):
                yield root
        finally:
            for name, value in saved.items():
                if value is None:
                    os.environ.pop(name, None)
                else:
                    os.environ[name] = value


def command_of(argv: list[str]) -> str:
    """The command an argv names, for the statistics."""
    for start in range(len(argv)):
        for width in (2, 1):
            name = " ".join(argv[start : start + width])
            if name in TREE:
                return name
    return "?"


@settings(max_examples=FUZZ_EXAMPLES, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(argv=command_lines(), environ=ENVIRONMENT)
# what it found once (OverflowError tracebacks, now exit 2): tried on every run
@example(argv=["report", "--output", "out.txt", "--until", "9999-12-31"], environ={})
@example(argv=["metrics", "--since", "0001-01-01"], environ={})
@example(argv=["report", "--output", "out.txt", "--until", "0001-01-01"], environ={})
def test_random_command_lines_exit_as_documented(
    template: Path, argv: list[str], environ: dict[str, str]
) -> None:
    out, err = io.StringIO(), io.StringIO()
    with (
        workspace(template, environ),
        contextlib.redirect_stdout(out),
        contextlib.redirect_stderr(err),
    ):
        code = main(argv)
    shown = out.getvalue() + err.getvalue()
    event(f"exit {code}")  # --hypothesis-show-statistics: how deep the runs got
    event(f"command {command_of(argv)}")
    assert code in DOCUMENTED, (argv, environ, shown[-2000:])
    assert "Traceback" not in shown, (argv, environ, shown[-4000:])
    assert "govpub: unexpected error" not in shown, (argv, environ, shown[-2000:])


def test_the_fuzzer_draws_from_the_real_tree() -> None:
    """A new command or option is fuzzed without a line here; the global options reach all."""
    assert {
        "publish",
        "check",
        "review approve",
        "accounts",
        "accounts filings",
        "audit verify",
    } <= set(TREE)
    assert not LEFT_OUT & {name.split()[0] for name in TREE}
    for name, params in TREE.items():
        assert {"-v", "--log-format"} <= {f for p in params for f in p.flags}, name
