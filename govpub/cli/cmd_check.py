"""``govpub check POST.md``: run the compliance checks on a post file and show the findings.

The policy is the ``[policy]`` table of the configuration when there is one
(``--config``, ``$GOVPUB_CONFIG``, or ``./govpub.toml`` if it exists), else the
shipped defaults.  With a configuration, the checked post must also fit every
active account of the matrix as ``publish`` would render and validate it
(:mod:`govpub.cli._preflight`): a missing WeChat cover blocks here, before review.

Exit codes (DESIGN "Command line"): 0 when nothing blocks (warnings and
automatic fixes are fine), 3 when something blocks, 2 when the post or the
configuration cannot be read.
"""

from __future__ import annotations

import os
from pathlib import Path
from typing import TYPE_CHECKING, Annotated, Any

import typer

from govpub.cli._common import (
    EXIT_BLOCKED,
    EXIT_OK,
    ConfigOption,
    JsonOption,
    emit_json,
    resolve_options,
)

if TYPE_CHECKING:
    from govpub.compliance import CheckResult, Finding
    from govpub.config import Matrix
    from govpub.model import Post

_HEADINGS = {
    "block": ("阻止发布", "red"),
    "warn": ("需要复核", "yellow"),
    "fixed": ("已自动修正", "green"),
}


def load_config(config: Path | None) -> Matrix | None:
    """The whole configuration (``--config``, ``$GOVPUB_CONFIG``, ``./govpub.toml``), if any.

    Validated completely, like every command's (a misspelt ``[polcy]`` is an error,
    never a silent fall-back to the default policy), but its secrets are not
    read: an editor checking a post does not hold the publishing credentials.
    The one-account-per-unit rule is left to ``govpub health`` (lenient).
    """
    from govpub.config import CONFIG_ENV, DEFAULT_CONFIG, Matrix

    if config is None and not os.environ.get(CONFIG_ENV) and not Path(DEFAULT_CONFIG).is_file():
        return None
    return Matrix.from_toml(config, lenient=True)


def field_text(post: Post, field: str) -> str | None:
    """The text of a field named as findings name it (``body``, ``overrides.wechat.title``)."""
    if field in ("title", "summary", "body", "author"):
        return str(getattr(post, field))
    parts = field.split(".")
    if len(parts) == 3 and parts[0] == "overrides" and parts[1] in post.overrides:
        value = getattr(post.overrides[parts[1]], parts[2], None)
        return value if isinstance(value, str) else None
    return None


def position(post: Post, finding: Finding) -> str:
    """Where a finding is, for an editor: the field, and line/column in multi-line fields."""
    if finding.offset is None:
        return finding.field or "-"
    text = field_text(post, finding.field)
    if text is None or "\n" not in text:
        return f"{finding.field} 第{finding.offset + 1}字"
    line = text.count("\n", 0, finding.offset) + 1
    column = finding.offset - (text.rfind("\n", 0, finding.offset) + 1) + 1
    return f"{finding.field} 第{line}行第{column}列"


def render(result: CheckResult, original: Post, file: str, *, color: bool | None = None) -> None:
    """Print findings grouped by severity, with excerpts.

    Plain lines styled with ANSI colours (click's, through typer), not rich: this is
    the command editors run most, and rich's console costs it 20 ms of start-up
    (docs/performance.md, "Start-up").  Colours only on a terminal (``color=None``),
    never with ``NO_COLOR`` set (https://no-color.org).
    """
    if color is None and os.environ.get("NO_COLOR"):
        color = False

    def say(text: str = "", **style: Any) -> None:
        typer.echo(typer.style(text, **style) if style and text else text, color=color)

    counts = result.counts()
    summary = (
        f"阻止 {counts['block']} 项，提醒 {counts['warn']} 项，已自动修正 {counts['fixed']} 项"
    )
    if result.blocked:
        say(f"✗ {file}：不能发布（{summary}）", fg="red", bold=True)
    else:
        say(f"✓ {file}：可以进入审核（{summary}）", fg="green", bold=True)
    for severity, group in result.by_severity().items():
        if not group:
            continue
        heading, colour = _HEADINGS[severity]
        say()
        say(f"{heading}（{severity}，{len(group)} 项）", fg=colour, bold=True)
        for number, finding in enumerate(group, 1):
            where = typer.style(f" · {position(original, finding)}", fg="cyan")
            typer.echo(f"  {number}. {typer.style(finding.rule, bold=True)}{where}", color=color)
            say(f"     {finding.message}")
            if finding.excerpt:
                say(f"     摘录：{finding.excerpt}", dim=True)
    say()
    say(f"稿源单位名单：{result.source_list} 版", dim=True)


def register(app: typer.Typer) -> None:
    """Add the ``check`` command to ``app``."""

    @app.command("check")
    def check_command(
        post_file: Annotated[Path, typer.Argument(metavar="POST.md", help="The post file.")],
        config: ConfigOption = None,
        as_json: JsonOption = False,
    ) -> int:
        """合规检查：转载来源、广告链接、保密标志、个人信息、个人观点用语。"""
        from govpub.cli._preflight import with_platform_findings
        from govpub.compliance import Policy, check
        from govpub.postfile import load_post

        config, as_json = resolve_options(config, as_json)
        matrix = load_config(config)
        policy = Policy.from_matrix(matrix) if matrix is not None else Policy.default()
        post = load_post(post_file, limits=policy.limits)
        result = with_platform_findings(check(post, policy), matrix)
        if as_json:
            data: dict[str, Any] = {
                "file": str(post_file),
                "config": str(matrix.path) if matrix is not None and matrix.path else None,
                **result.to_dict(),
            }
            emit_json(data)
        else:
            render(result, post, str(post_file))
        return EXIT_BLOCKED if result.blocked else EXIT_OK
