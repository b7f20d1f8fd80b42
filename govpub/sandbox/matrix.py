""":func:`sandbox_matrix`: a matrix of sandbox accounts, as a deployment would have it.

``sandbox_matrix`` writes what a real deployment has — a ``govpub.toml`` whose
accounts point at the sandbox, with every secret in a file referenced as
``file:…`` — and registers the same accounts in the sandbox, so that
``Matrix.from_toml(result.config_path)`` and the sandbox agree.  It works with
an in-thread :class:`~govpub.sandbox.SandboxServer` and with a
:class:`~govpub.sandbox.SandboxProcess` alike (anything with ``url`` and
``register(*specs)``).
"""

from __future__ import annotations

import base64
import json
import secrets
from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field, replace
from pathlib import Path
from typing import Any, Protocol

__all__ = ["SandboxAccount", "SandboxLike", "SandboxMatrix", "sandbox_matrix"]

DEFAULT_PLATFORMS: Mapping[str, str] = {"wechat": "wechat", "weibo": "weibo", "app": "app"}


class SandboxLike(Protocol):
    """What :func:`sandbox_matrix` needs of a running sandbox."""

    @property
    def url(self) -> str:
        """The sandbox root URL."""
        ...

    def register(self, *specs: Mapping[str, Any]) -> list[str]:
        """Register accounts from specs."""
        ...


@dataclass(frozen=True)
class SandboxAccount:
    """One generated account: its matrix id, its sandbox key and its (plain) credentials."""

    id: str
    platform: str
    emulator: str
    key: str
    api_base: str
    credentials: Mapping[str, str]
    settings: Mapping[str, Any]
    spec: Mapping[str, Any] = field(repr=False)


@dataclass
class SandboxMatrix:
    """The written workspace: ``config_path`` (``govpub.toml``) and the accounts in it."""

    config_path: Path
    accounts: list[SandboxAccount]

    def load(self) -> Any:
        """``Matrix.from_toml(config_path)`` (needs the adapters of the platforms used)."""
        from govpub.config import Matrix  # noqa: PLC0415

        return Matrix.from_toml(self.config_path)

    def of(self, emulator: str) -> list[SandboxAccount]:
        """The accounts of one emulator (``wechat``, ``weibo`` or ``app``)."""
        return [a for a in self.accounts if a.emulator == emulator]


def _toml_value(value: Any) -> str:
    if isinstance(value, bool):
        return "true" if value else "false"
    if isinstance(value, int | float):
        return repr(value)
    return json.dumps(str(value), ensure_ascii=False)


def _table(values: Mapping[str, Any]) -> str:
    return "".join(f"{k} = {_toml_value(v)}\n" for k, v in values.items())


def sandbox_matrix(
    server: SandboxLike,
    directory: str | Path,
    *,
    wechat: int = 1,
    weibo: int = 1,
    app: int = 1,
    safe_domain: str = "www.example.gov.cn",
    agency: str = "示例市人民政府",
    unit: str = "示例市人民政府办公室",
    units: Sequence[str] | None = None,
    platform_names: Mapping[str, str] | None = None,
    settings: Mapping[str, Mapping[str, Any]] | None = None,
    register: bool = True,
    extra_toml: str = "",
) -> SandboxMatrix:
    """Write ``govpub.toml`` + secret files for N sandbox accounts per platform, and register them.

    ``platform_names`` maps the emulators (``wechat``, ``weibo``, ``app``) to the
    platform names of the installed adapters; ``settings`` adds per-emulator
    account settings (e.g. ``{"weibo": {"rip": "127.0.0.1"}}``); ``extra_toml``
    is appended verbatim (``[policy]``, ``[review]`` … sections).  ``units``
    gives account *n* of each platform the unit ``units[(n - 1) % len(units)]``
    (one account per unit and platform, as 123号 asks); otherwise all use ``unit``, and
    a unit with several accounts on one platform gets a ``[[matrix.exceptions]]`` entry
    (the configuration loader refuses such a matrix without one).
    """
    root = Path(directory)
    secret_dir = root / "secrets"
    secret_dir.mkdir(parents=True, exist_ok=True)
    names = {**DEFAULT_PLATFORMS, **(platform_names or {})}
    extra = settings or {}
    base = server.url.rstrip("/")
    width = max(3, len(str(max(wechat, weibo, app, 1))))
    accounts: list[SandboxAccount] = []
    for emulator, count in (("wechat", wechat), ("weibo", weibo), ("app", app)):
        for n in range(1, count + 1):
            made = _make_account(
                emulator, n, width, base, safe_domain, settings=dict(extra.get(emulator, {}))
            )
            accounts.append(replace(made, platform=names[emulator]))
    blocks = [
        "# written by govpub.testing.sandbox_matrix\n",
        f"[agency]\n{_table({'name': agency, 'site': f'https://{safe_domain}'})}\n",
        '[store]\npath = "govpub.db"\n\n',
    ]
    for account in accounts:
        refs = {}
        for name, value in account.credentials.items():
            if name in _SECRET_FIELDS:
                path = secret_dir / f"{account.id}.{name}"
                path.write_text(value + "\n", encoding="utf-8")
                path.chmod(0o600)
                refs[name] = f"file:secrets/{path.name}"
            else:
                refs[name] = value
        head = {
            "id": account.id,
            "platform": names[account.emulator],
            "name": f"{agency}{_LABELS[account.emulator]}{account.id.rsplit('-', 1)[1]}",
            "unit": _unit_of(account.id, units, unit),
            "api_base": account.api_base,
        }
        block = f"[[accounts]]\n{_table(head)}[accounts.credentials]\n{_table(refs)}"
        if account.settings:
            block += f"[accounts.settings]\n{_table(account.settings)}"
        blocks.append(block + "\n")
    blocks.extend(_exceptions([(a, _unit_of(a.id, units, unit)) for a in accounts]))
    if extra_toml:
        blocks.append(extra_toml.rstrip() + "\n")
    config_path = root / "govpub.toml"
    config_path.write_text("".join(blocks), encoding="utf-8")
    if register and accounts:
        server.register(*(a.spec for a in accounts))
    return SandboxMatrix(config_path=config_path, accounts=accounts)


def _exceptions(placed: Sequence[tuple[SandboxAccount, str]]) -> list[str]:
    """``[[matrix.exceptions]]`` for every unit with more than one account on a platform."""
    groups: dict[tuple[str, str], list[str]] = {}
    for account, unit in placed:
        groups.setdefault((unit, account.platform), []).append(account.id)
    return [
        "[[matrix.exceptions]]\n"
        + _table({"unit": unit, "platform": platform})
        + f"accounts = [{', '.join(_toml_value(i) for i in ids)}]\n"
        + _table({"reason": f"sandbox test matrix: {len(ids)} accounts of one unit"})
        + "\n"
        for (unit, platform), ids in groups.items()
        if len(ids) > 1
    ]


def _unit_of(account_id: str, units: Sequence[str] | None, default: str) -> str:
    if not units:
        return default
    number = int(account_id.rsplit("-", 1)[1])
    return units[(number - 1) % len(units)]


_SECRET_FIELDS = frozenset({"app_secret", "access_token", "webhook_secret"})
_LABELS: Mapping[str, str] = {"wechat": "微信公众号", "weibo": "微博", "app": "客户端"}


def _make_account(
    emulator: str, n: int, width: int, base: str, safe_domain: str, *, settings: dict[str, Any]
) -> SandboxAccount:
    ident = f"{emulator}-{n:0{width}d}"
    if emulator == "wechat":
        app_id = f"wx{secrets.token_hex(8)}"
        credentials = {"app_id": app_id, "app_secret": secrets.token_hex(16)}
        spec: dict[str, Any] = {"platform": "wechat", **credentials}
        return SandboxAccount(
            ident, "wechat", "wechat", f"wechat:{app_id}", f"{base}/wechat", credentials,
            settings, spec,
        )  # fmt: skip
    if emulator == "weibo":
        uid = str(5_000_000_000 + secrets.randbelow(1_000_000_000))
        credentials = {"access_token": f"2.00{secrets.token_urlsafe(24)}"}
        settings = {"safe_domain": safe_domain, "uid": uid, **settings}
        spec = {
            "platform": "weibo",
            "access_token": credentials["access_token"],
            "safe_domain": settings["safe_domain"],
            "uid": uid,
        }
        return SandboxAccount(
            ident, "weibo", "weibo", f"weibo:{uid}", f"{base}/weibo", credentials, settings, spec
        )
    tenant = f"tenant-{n:0{width}d}-{secrets.token_hex(3)}"
    secret = "whsec_" + base64.b64encode(secrets.token_bytes(24)).decode()
    credentials = {"webhook_secret": secret}
    spec = {"platform": "app", "tenant": tenant, "webhook_secret": secret}
    return SandboxAccount(
        ident, "app", "app", f"app:{tenant}", f"{base}/app/{tenant}", credentials, settings, spec
    )
