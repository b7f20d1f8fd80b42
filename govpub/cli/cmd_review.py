"""``govpub review``: reviewer keys, signing approvals, review status and the 审核表.

The flow (``docs/review.md``): each reviewer runs ``keygen`` once and the
administrator pastes the printed public key into ``[review]``; for each post
every reviewer runs ``approve`` with their own key (approval JSON on standard
output); ``status`` says what is still missing (exit 0 complete, 3 not yet);
``form`` prints the review form for the file.
"""

from __future__ import annotations

import os
import sys
from datetime import date, datetime, timedelta, tzinfo
from pathlib import Path
from typing import TYPE_CHECKING, Annotated, Any

import typer

from govpub.cli._common import (
    EXIT_BLOCKED,
    EXIT_OK,
    ConfigOption,
    JsonOption,
    State,
    emit_json,
    resolve_options,
)
from govpub.cli._when import check_range
from govpub.errors import ConfigError, PolicyError, ReviewError

if TYPE_CHECKING:
    from pydantic import ValidationError

    from govpub.compliance import CheckResult
    from govpub.config import Matrix
    from govpub.model import Post
    from govpub.review import Approval, ReviewPolicy
    from govpub.review.status import ReviewStatus

ApprovalsOption = Annotated[
    list[Path] | None,
    typer.Option("--approval", "-a", help="An approval file (repeat for each reviewer)."),
]
PassphraseOption = Annotated[
    str | None,
    typer.Option(
        "--passphrase-env",
        help="Name of an environment variable holding the private key's passphrase.",
        show_default=False,
    ),
]


def _passphrase(variable: str | None) -> bytes | None:
    if variable is None:
        return None
    value = os.environ.get(variable)
    if not value:
        raise ConfigError(f"environment variable {variable} is not set", key="--passphrase-env")
    return value.encode("utf-8")


def _matrix(config: Path | None) -> Matrix:
    """The matrix from ``--config``, ``$GOVPUB_CONFIG`` or ``./govpub.toml``."""
    from govpub.config import Matrix, find_config

    return Matrix.from_toml(find_config(config if config is not None else State.config))


def _optional_matrix(config: Path | None) -> Matrix | None:
    """Like :func:`_matrix`, but ``None`` when no config was named and none is found."""
    from govpub.config import find_config

    explicit = config if config is not None else State.config
    if explicit is None and not find_config(None).exists():
        return None
    return _matrix(explicit)


def _zone(matrix: Matrix | None) -> tzinfo:
    """The agency's time zone; without a config, the default ``[agency] timezone``."""
    from govpub.config import AgencyConfig

    return (matrix.agency if matrix is not None else AgencyConfig()).tz


def _policy(matrix: Matrix) -> ReviewPolicy:
    from govpub.review import ReviewPolicy

    return ReviewPolicy.from_matrix(matrix)


def _checked(post: Post, matrix: Matrix | None) -> CheckResult:
    """The compliance checks, with the matrix's ``[policy]`` (the defaults without a config).

    Reviewers approve ``result.post`` — the post as govpub will send it, ad links
    stripped and numbers masked where the policy says so — because that is what the
    publisher's gate verifies the approvals against.  That post must also fit every
    active account of the matrix (a WeChat cover, Weibo's safe domain): a post that
    publish would refuse is not signed, since fixing it would void the approvals.
    """
    from govpub.cli._preflight import with_platform_findings
    from govpub.compliance import Policy, check

    policy = Policy.from_matrix(matrix) if matrix is not None else Policy.default()
    return with_platform_findings(check(post, policy), matrix)


def _compliance_line(result: CheckResult) -> str:
    counts = result.counts()
    return (
        f"合规检查：阻止发布 {counts['block']} · 需要复核 {counts['warn']}"
        f" · 已自动修正 {counts['fixed']}"
    )


def _read_approvals(paths: list[Path] | None) -> tuple[list[Approval], list[str]]:
    from govpub.review import load_approval

    approvals: list[Approval] = []
    broken: list[str] = []
    for path in paths or ():
        try:
            approvals.append(load_approval(path))
        except ReviewError as exc:
            broken.append(str(exc))
    return approvals, broken


def _check_key(name: str) -> str:
    from govpub.review import CHECK_KEYS, CHECK_LABELS

    for key in CHECK_KEYS:
        if name in (key, CHECK_LABELS[key], CHECK_LABELS[key].removesuffix("关")):
            return key
    known = "、".join(f"{k}（{CHECK_LABELS[k]}）" for k in CHECK_KEYS)
    raise ConfigError(f"unknown check {name!r}; expected one of {known}", key="--not-passed")


def _tier_number(text: str | None, post: Post, policy: ReviewPolicy | None) -> int | None:
    if text is None:
        return None
    if text.isdigit():
        return int(text)
    category = policy.categories.get(post.category) if policy is not None else None
    if category is None:
        raise ConfigError(
            "give the tier as a number (no review policy to look up tier names)", key="--tier"
        )
    for number, tier in enumerate(category.tiers, start=1):
        if text in (tier.name, tier.role):
            return number
    names = "、".join(f"{n}={t.name or t.role}" for n, t in enumerate(category.tiers, start=1))
    raise ConfigError(f"category {post.category} has no tier {text!r} ({names})", key="--tier")


def _expires_in(text: str | None, now: datetime) -> timedelta | None:
    if text is None:
        return None
    from govpub.review._time import parse_duration

    try:
        delta: timedelta | None = parse_duration(text)
    except ValueError:
        delta = None
    except OverflowError:  # 9999999999d: more days than a timedelta holds
        delta = timedelta.max
    if delta is not None:
        try:
            check_range((now + delta).date(), text, key="--expires")
        except OverflowError:  # 99999999d: past the last date there is
            check_range(date.max, text, key="--expires")
        return delta
    try:
        until = datetime.fromisoformat(text)
    except ValueError:
        raise ConfigError(
            f"expected a duration (48h, 7d) or a time with offset, got {text!r}", key="--expires"
        ) from None
    if until.tzinfo is None:  # read on the agency's clock, like every time it is shown
        until = until.replace(tzinfo=now.tzinfo)
    check_range(until.date(), text, key="--expires")
    if until <= now:
        raise ConfigError(f"{text} is not in the future", key="--expires")
    return until - now


#: The option an approval's field comes from, to name it when the field is refused.
_OPTION_OF_FIELD = {"reviewer": "--reviewer", "role": "--role", "comment": "--comment"}


def _option_error(error: ValidationError) -> Exception:
    """A usage error naming the option whose value the approval refused (``--role ''``);
    the error itself when no option gave the field (a fault of ours, shown as one)."""
    first = error.errors()[0]
    field = str(first["loc"][0]) if first["loc"] else ""
    option = _OPTION_OF_FIELD.get(field)
    if option is None:
        return error
    return ConfigError(f"{option}: {first['msg']}", key=option)


def _reviewer_name(given: str | None, public_key: str, policy: ReviewPolicy | None) -> str:
    if given is not None:
        name = given.strip()
        if not name:
            raise ConfigError("the reviewer name is empty", key="--reviewer")
        return name
    if policy is None:
        raise ConfigError(
            "give --reviewer NAME (no govpub.toml to look the key up in)", key="--reviewer"
        )
    found = policy.reviewer_by_key(public_key)
    if found is None:
        from govpub.review.status import ReviewProblem

        text = f"密钥 {public_key} 未登记在 [review.reviewers] 中（key_not_registered）"
        raise ReviewError(text, problems=(ReviewProblem("key_not_registered", text),))
    return found.name


def _status_lines(post: Post, status: ReviewStatus, broken: list[str], tz: tzinfo) -> list[str]:
    from govpub.review._time import format_time

    label = f" {status.category_label}" if status.category_label else ""
    lines = [
        f"稿件：{post.title}（{post.id}）",
        f"类别：{status.category}{label} · 内容摘要 {status.digest}",
    ]
    for tier in status.tiers:
        mark = "✓ 已通过" if tier.satisfied else "✗ 未完成"
        lines.append(f"{tier.title}（{tier.role_label}）{mark}")
        lines.extend(
            f"    {a.reviewer} · {format_time(a.time.astimezone(tz))} · 密钥 {a.key_id}"
            + (f" · {a.comment}" if a.comment else "")
            for a in tier.approvals
        )
        if tier.missing_reviewers:
            joiner = "、" if tier.mode == "all" else " 或 "
            lines.append(f"    待审核：{joiner.join(tier.missing_reviewers)}")
    problems = [p.message for p in status.problems] + broken
    if problems:
        lines.append("问题：")
        lines.extend(f"  - {text}" for text in problems)
    if status.complete and not broken:
        lines.append(status.summary())
    else:
        lines.append(f"审核未完成：{len(problems)} 个问题，不得发布")
    return lines


def keygen(
    *,
    reviewer: Annotated[str, typer.Option("--reviewer", help="The reviewer's name.")],
    out: Annotated[
        Path | None,
        typer.Option("--out", "-o", help="Private key file (default ./govpub-review-<id>.pem)."),
    ] = None,
    roles: Annotated[
        list[str] | None, typer.Option("--role", help="Role(s) for the printed config entry.")
    ] = None,
    passphrase_env: PassphraseOption = None,
    as_json: JsonOption = False,
) -> int:
    """Make a reviewer's Ed25519 key pair: private key file (0600), public key printed."""
    from govpub.review import generate_private_key, key_id, public_key_text, write_private_key

    _, as_json = resolve_options(None, as_json)
    name = reviewer.strip()
    if not name:
        raise ConfigError("the reviewer name is empty", key="--reviewer")
    key = generate_private_key()
    path = out if out is not None else Path(f"govpub-review-{key_id(key)}.pem")
    write_private_key(path, key, password=_passphrase(passphrase_env))
    public = public_key_text(key)
    if as_json:
        emit_json(
            {
                "reviewer": name,
                "public_key": public,
                "key_id": key_id(key),
                "private_key_file": str(path),
            }
        )
        return EXIT_OK
    role_list = ", ".join(f'"{r}"' for r in (roles or ["editor"]))
    sys.stderr.write(
        f"私钥已写入 {path}（权限 0600）。请妥善保管，不要放入配置文件或代码仓库。\n"
        "将以下内容加入 govpub.toml 的 [review] 部分：\n\n"
    )
    typer.echo(
        f'[[review.reviewers]]\nname = "{name}"\nroles = [{role_list}]\n'
        f'public_key = "{public}"  # key id {key_id(key)}'
    )
    return EXIT_OK


def approve_cmd(
    post_file: Annotated[Path, typer.Argument(help="The post (Markdown with front matter).")],
    *,
    key: Annotated[Path, typer.Option("--key", "-k", help="Your private key file.")],
    role: Annotated[str, typer.Option("--role", "-r", help="The role you approve as.")],
    reviewer: Annotated[
        str | None,
        typer.Option("--reviewer", help="Your name (default: looked up by key in the config)."),
    ] = None,
    tier: Annotated[
        str | None, typer.Option("--tier", help="Tier number or name (e.g. 2 or 复审).")
    ] = None,
    comment: Annotated[str | None, typer.Option("--comment", help="审核意见.")] = None,
    expires: Annotated[
        str | None, typer.Option("--expires", help="Valid for (48h, 7d) or until a time.")
    ] = None,
    not_passed: Annotated[
        list[str] | None,
        typer.Option("--not-passed", help="A check you do not attest (e.g. legal or 法律关)."),
    ] = None,
    out: Annotated[
        Path | None, typer.Option("--out", "-o", help="Write here instead of stdout.")
    ] = None,
    passphrase_env: PassphraseOption = None,
    config: ConfigOption = None,
) -> int:
    """Sign an approval of exactly this version of the post (JSON on standard output)."""
    from pydantic import ValidationError

    from govpub.cli._postfile import read_post
    from govpub.review import approve, load_private_key, public_key_text
    from govpub.review._time import now_in

    written = read_post(post_file, config)
    private = load_private_key(key, password=_passphrase(passphrase_env))
    matrix = _optional_matrix(config)
    policy = _policy(matrix) if matrix is not None else None
    result = _checked(written, matrix)
    blocking = tuple(f for f in result.findings if f.severity == "block")
    if blocking:
        lines = "\n".join(f"  - {f.rule}：{f.message}" for f in blocking)
        raise PolicyError(
            f"未签署审批：{post_file} 有 {len(blocking)} 项问题阻止发布，请先修改"
            f"（govpub check {post_file} 查看详情）：\n{lines}",
            findings=blocking,
        )
    post = result.post
    name = _reviewer_name(reviewer, public_key_text(private), policy)
    number = _tier_number(tier, post, policy)
    if number is None and policy is not None:  # record the tier explicitly when it is clear
        candidates = policy.tiers_for_role(post.category, role)
        number = candidates[0] if len(candidates) == 1 else None
    now = now_in(_zone(matrix))
    try:
        approval = approve(
            post,
            reviewer=name,
            role=role,
            key=private,
            tier=number,
            comment=comment,
            expires_in=_expires_in(expires, now),
            checks={_check_key(n): False for n in not_passed or ()},
            now=now,
        )
    except ValidationError as error:  # an empty --role, a control character in --comment
        raise _option_error(error) from None
    if policy is not None:  # refuse now what the gate would refuse later
        status = policy.evaluate(post, [approval], now=now)
        own = tuple(p for p in status.problems if p.approval is approval)
        if own:
            lines = "\n".join(f"  - {p.message}" for p in own)
            raise ReviewError(f"未签署审批：\n{lines}", problems=own)
    if out is not None:
        out.write_text(approval.to_json(), encoding="utf-8")
    else:
        sys.stdout.write(approval.to_json())
    if post.digest() != written.digest():
        fixed = "、".join(dict.fromkeys(f.rule for f in result.findings if f.severity == "fixed"))
        sys.stderr.write(
            f"注意：审批针对合规处理后的稿件，即实际发送的内容（已自动修正：{fixed}）。\n"
        )
    sys.stderr.write(
        f"已签署：{approval.describe()}\n稿件编号：{post.id}（发布后以此编号查询、撤回）\n"
    )
    return EXIT_OK


def status_cmd(
    post_file: Annotated[Path, typer.Argument(help="The post.")],
    *,
    approvals: ApprovalsOption = None,
    config: ConfigOption = None,
    as_json: JsonOption = False,
) -> int:
    """What the review gate says: exit 0 when complete, 3 while anything is missing."""
    from govpub.cli._postfile import read_post

    config, as_json = resolve_options(config, as_json)
    matrix = _matrix(config)
    policy = _policy(matrix)
    result = _checked(read_post(post_file, config), matrix)
    loaded, broken = _read_approvals(approvals)
    status = policy.evaluate(result.post, loaded)
    complete = status.complete and not broken and not result.blocked
    if as_json:
        data: dict[str, Any] = status.to_dict()
        data["complete"] = complete
        data["unreadable_approvals"] = broken
        data["compliance"] = {
            "blocked": result.blocked,
            "counts": result.counts(),
            "findings": [f.to_dict() for f in result.findings],
        }
        emit_json(data)
    else:
        lines = _status_lines(result.post, status, broken, _zone(matrix))
        lines.insert(2, _compliance_line(result))
        if result.blocked:
            lines.append("合规检查有阻止发布的问题（govpub check 查看详情）")
        typer.echo("\n".join(lines))
    return EXIT_OK if complete else EXIT_BLOCKED


def form_cmd(
    post_file: Annotated[Path, typer.Argument(help="The post.")],
    *,
    approvals: ApprovalsOption = None,
    out: Annotated[
        Path | None, typer.Option("--out", "-o", help="HTML file (default: stdout).")
    ] = None,
    config: ConfigOption = None,
) -> int:
    """Print the review form (审核表) as one self-contained HTML page."""
    from govpub.cli._postfile import read_post
    from govpub.review._time import now_in
    from govpub.review.form import render_form

    matrix = _matrix(config)
    policy = _policy(matrix)
    result = _checked(read_post(post_file, config), matrix)
    loaded, broken = _read_approvals(approvals)
    status = policy.evaluate(result.post, loaded)
    page = render_form(
        result.post,
        status,
        findings=result.findings,
        agency=matrix.agency.name,
        reviewer_titles={r.name: r.title for r in policy.reviewers},
        file_problems=broken,
        generated_at=now_in(_zone(matrix)),
        tz=_zone(matrix),
    )
    if out is not None:
        out.write_text(page, encoding="utf-8")
        sys.stderr.write(f"审核表已写入 {out}\n")
    else:
        sys.stdout.write(page)
    return EXIT_OK


def register(app: typer.Typer) -> None:
    """Add the ``review`` group to ``app``."""
    review = typer.Typer(
        help="先审后发: reviewer keys, approvals, review status and the review form (审核表).",
        no_args_is_help=True,
    )
    review.command("keygen")(keygen)
    review.command("approve")(approve_cmd)
    review.command("status")(status_cmd)
    review.command("form")(form_cmd)
    app.add_typer(review, name="review")
