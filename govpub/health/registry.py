"""The matrix's registry rules, checked when the configuration loads and by ``govpub health``.

* **R-ONE-ACCOUNT** — "一个单位原则上在同一平台只开设一个政务新媒体账号"
  (国办发〔2018〕123号 四(一); rules.md §3).  More than one *active* account of a
  unit on one platform is an **error** unless ``[matrix]`` records an exception
  with a reason ("原则上" allows justified ones)::

      [[matrix.exceptions]]
      unit = "某某市公安局"
      platform = "weibo"
      accounts = ["wb-police", "wb-police-traffic"]
      reason = "交警支队经市委网信办同意单独开设（2024年备案）"

* **G-NAMES** — one unit's accounts carry different names on different
  platforms → **warning** (a reader cannot tell they are the same publisher;
  no national rule was found — govpub's own check).
* **G-CREDENTIALS** — an account whose credentials are missing or whose secret
  references cannot be resolved → **error**.

:func:`enforce_on_load` is what :meth:`govpub.Matrix.from_dict` calls (it
raises :class:`~govpub.ConfigError` naming unit, platform and accounts);
:func:`check_registry` is the non-raising report the health check shows.
A :class:`~govpub.Matrix` built directly in Python is not checked.
"""

from __future__ import annotations

import unicodedata
from collections import defaultdict
from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from typing import Any, Literal

from pydantic import SecretStr, ValidationError

from govpub.config.secrets import unresolved
from govpub.errors import ConfigError
from govpub.model import Account

__all__ = [
    "MatrixException",
    "RegistryIssue",
    "check_registry",
    "enforce_on_load",
    "parse_exceptions",
]

ONE_ACCOUNT_SOURCE = "国办发〔2018〕123号 四(一)：一个单位原则上在同一平台只开设一个政务新媒体账号"
_OPEN = ("active", "suspended")


@dataclass(frozen=True)
class MatrixException:
    """A recorded, reasoned exception to the one-account rule."""

    unit: str
    platform: str
    accounts: tuple[str, ...]
    reason: str


@dataclass(frozen=True)
class RegistryIssue:
    """One breach of a registry rule; ``error`` fails the accounts, ``warning`` warns."""

    rule: str
    severity: Literal["error", "warning"]
    message: str
    accounts: tuple[str, ...]
    unit: str | None = None
    platform: str | None = None
    source: str = ""


def parse_exceptions(
    section: Mapping[str, Any], accounts: Sequence[Account], *, file: str | None = None
) -> tuple[MatrixException, ...]:
    """Validate ``[matrix]``: only ``exceptions``, each naming real accounts and a reason."""
    unknown = sorted(set(section) - {"exceptions"})
    if unknown:
        raise ConfigError(
            "unknown key; [matrix] holds only exceptions", file=file, key=f"matrix.{unknown[0]}"
        )
    entries = section.get("exceptions", [])
    if not isinstance(entries, list):
        raise ConfigError(
            "expected an array of tables ([[matrix.exceptions]])",
            file=file,
            key="matrix.exceptions",
        )
    by_id = {a.id: a for a in accounts}
    found = []
    for index, entry in enumerate(entries):
        key = f"matrix.exceptions[{index}]"
        if not isinstance(entry, Mapping):
            raise ConfigError("expected a table", file=file, key=key)
        extra = sorted(set(entry) - {"unit", "platform", "accounts", "reason"})
        if extra:
            raise ConfigError("unknown key", file=file, key=f"{key}.{extra[0]}")
        for name in ("unit", "platform", "reason"):
            value = entry.get(name)
            if not isinstance(value, str) or not value.strip():
                raise ConfigError(
                    "required: a non-empty string"
                    + (" (why the unit needs more than one account)" if name == "reason" else ""),
                    file=file,
                    key=f"{key}.{name}",
                )
        ids = entry.get("accounts")
        if not isinstance(ids, list) or len(ids) < 2 or not all(isinstance(i, str) for i in ids):
            raise ConfigError(
                "expected a list of at least two account ids", file=file, key=f"{key}.accounts"
            )
        for position, account_id in enumerate(ids):
            account = by_id.get(account_id)
            where = f"{key}.accounts[{position}]"
            if account is None:
                raise ConfigError(
                    f"no account {account_id!r} in [[accounts]]", file=file, key=where
                )
            if (account.unit, account.platform) != (entry["unit"], entry["platform"]):
                raise ConfigError(
                    f"account {account_id!r} belongs to unit {account.unit!r} on platform "
                    f"{account.platform!r}, not {entry['unit']!r} on {entry['platform']!r}",
                    file=file,
                    key=where,
                )
        found.append(
            MatrixException(
                unit=entry["unit"],
                platform=entry["platform"],
                accounts=tuple(ids),
                reason=entry["reason"].strip(),
            )
        )
    return tuple(found)


def one_account_issues(
    accounts: Sequence[Account], exceptions: Sequence[MatrixException] = ()
) -> list[RegistryIssue]:
    """Units with more than one active account on a platform that no exception covers."""
    groups: dict[tuple[str, str], list[str]] = defaultdict(list)
    for account in accounts:
        if account.is_active:
            groups[(account.unit, account.platform)].append(account.id)
    issues = []
    for (unit, platform), ids in sorted(groups.items()):
        if len(ids) < 2:
            continue
        allowed: set[str] = set()
        for exception in exceptions:
            if (exception.unit, exception.platform) == (unit, platform):
                allowed.update(exception.accounts)
        if set(ids) <= allowed:
            continue
        issues.append(
            RegistryIssue(
                rule="R-ONE-ACCOUNT",
                severity="error",
                message=f"{unit}在平台 {platform} 上有 {len(ids)} 个在用账号（{'、'.join(ids)}），"
                "一个单位原则上在同一平台只开设一个账号；请关停多余账号，"
                "或在 [[matrix.exceptions]] 中登记例外及理由",
                accounts=tuple(ids),
                unit=unit,
                platform=platform,
                source=ONE_ACCOUNT_SOURCE,
            )
        )
    return issues


def unused_exceptions(
    accounts: Sequence[Account], exceptions: Sequence[MatrixException]
) -> list[RegistryIssue]:
    """Exceptions that no longer cover more than one active account (stale config)."""
    active = {a.id for a in accounts if a.is_active}
    issues = []
    for exception in exceptions:
        still = [i for i in exception.accounts if i in active]
        if len(still) < 2:
            issues.append(
                RegistryIssue(
                    rule="R-ONE-ACCOUNT",
                    severity="warning",
                    message=f"{exception.unit}在平台 {exception.platform} 的例外登记已不再需要"
                    f"（在用账号：{'、'.join(still) or '无'}），可从 [[matrix.exceptions]] 删除",
                    accounts=exception.accounts,
                    unit=exception.unit,
                    platform=exception.platform,
                    source=ONE_ACCOUNT_SOURCE,
                )
            )
    return issues


def _normalised(name: str) -> str:
    return "".join(unicodedata.normalize("NFKC", name).split())


def name_issues(accounts: Sequence[Account]) -> list[RegistryIssue]:
    """Units whose open accounts carry different names on different platforms."""
    by_unit: dict[str, list[Account]] = defaultdict(list)
    for account in accounts:
        if account.status in _OPEN:
            by_unit[account.unit].append(account)
    issues = []
    for unit, members in sorted(by_unit.items()):
        if len({a.platform for a in members}) < 2:
            continue
        if len({_normalised(a.name) for a in members}) < 2:
            continue
        listing = "；".join(f"{a.platform}：{a.name}" for a in members)
        issues.append(
            RegistryIssue(
                rule="G-NAMES",
                severity="warning",
                message=f"{unit}的账号在各平台名称不一致（{listing}），公众难以识别为同一主办单位",
                accounts=tuple(a.id for a in members),
                unit=unit,
                source="govpub 自有检查：同一主办单位各平台账号名称宜保持一致"
                "（无国家条文，UNCONFIRMED）",
            )
        )
    return issues


def credential_issues(
    accounts: Sequence[Account], problems: Mapping[str, ConfigError] | None = None
) -> list[RegistryIssue]:
    """Accounts whose credentials could not be resolved, are missing or are empty."""
    from govpub.platforms.base import get_adapter_class  # noqa: PLC0415 - lazy registry

    issues = []
    problems = problems or {}
    for account in accounts:
        if account.status not in _OPEN:
            continue
        reason = _credential_problem(account, problems.get(account.id), get_adapter_class)
        if reason is not None:
            issues.append(
                RegistryIssue(
                    rule="G-CREDENTIALS",
                    severity="error",
                    message=f"账号 {account.id} 的凭据无法使用：{reason}",
                    accounts=(account.id,),
                    unit=account.unit,
                    platform=account.platform,
                    source="govpub：凭据缺失或引用无法解析时无法发布",
                )
            )
    return issues


def _credential_problem(account: Account, problem: ConfigError | None, lookup: Any) -> str | None:
    if problem is not None:
        return f"{problem.key}: {problem.reason}" if problem.key else problem.reason
    try:
        adapter = lookup(account.platform)
    except ConfigError as exc:
        return f"平台 {account.platform!r} 不可用（{exc.reason}）"
    credentials = account.credentials
    if not isinstance(credentials, adapter.Credentials):
        try:
            credentials = adapter.Credentials.model_validate(credentials.model_dump())
        except ValidationError as exc:
            fields = sorted({".".join(str(p) for p in e["loc"]) for e in exc.errors()})
            return f"缺少 {', '.join(fields)}"
    empty = [
        name
        for name in type(credentials).model_fields
        if isinstance(getattr(credentials, name, None), SecretStr)
        and not unresolved(getattr(credentials, name))  # a secret not read stays unread
        and not getattr(credentials, name).get_secret_value()
    ]
    return f"{', '.join(empty)} 为空" if empty else None


def check_registry(
    accounts: Sequence[Account],
    matrix_section: Mapping[str, Any] | None = None,
    *,
    problems: Mapping[str, ConfigError] | None = None,
    file: str | None = None,
) -> list[RegistryIssue]:
    """Every registry issue of ``accounts`` (never raises for a breach; only for bad config)."""
    exceptions = parse_exceptions(matrix_section or {}, accounts, file=file)
    return [
        *one_account_issues(accounts, exceptions),
        *unused_exceptions(accounts, exceptions),
        *name_issues(accounts),
        *credential_issues(accounts, problems),
    ]


def enforce_on_load(
    accounts: Sequence[Account], matrix_section: Mapping[str, Any], *, file: str | None = None
) -> tuple[MatrixException, ...]:
    """Raise :class:`~govpub.ConfigError` when the one-account rule is broken (config load)."""
    exceptions = parse_exceptions(matrix_section, accounts, file=file)
    for issue in one_account_issues(accounts, exceptions):
        positions = [i for i, a in enumerate(accounts) if a.id in issue.accounts]
        raise ConfigError(
            f"unit {issue.unit!r} has {len(issue.accounts)} active accounts on platform "
            f"{issue.platform!r}: {', '.join(issue.accounts)} — one account per unit per platform "
            '(国办发〔2018〕123号 四(一)); close all but one (status = "closed"), or record '
            "[[matrix.exceptions]] with unit, platform, accounts and reason",
            file=file,
            key=f"accounts[{positions[-1]}]" if positions else "accounts",
        )
    return exceptions
