"""``govpub.toml`` → :class:`Matrix`: the accounts, the store, and the policy and review sections.

Loaded once and passed explicitly.  Precedence, highest first (tested):

1. an explicit path (``Matrix.from_toml(path)``, ``govpub --config PATH``);
2. the ``GOVPUB_CONFIG`` environment variable;
3. ``govpub.toml`` in the working directory.

``GOVPUB_STORE`` overrides ``[store] path``.  Secrets are never written in the
file: a credential is a reference, ``env:NAME`` or ``file:PATH`` (relative to the
config file), resolved once at load, held as ``SecretStr`` and registered with
the redactor so that it never reaches a log line.

Every problem is a :class:`~govpub.errors.ConfigError` naming the file, the key
path (``accounts[2].credentials.app_secret``) and what was expected.

The registry rules are checked at load (:mod:`govpub.health.registry`): more
than one active account of a unit on one platform is an error unless
``[[matrix.exceptions]]`` records why.  ``lenient=True`` (used by ``govpub
health``) records unresolvable credentials per account in
:attr:`Matrix.credential_problems` and leaves the one-account rule to the health
report, so that one bad secret does not hide the state of the whole matrix.  A
``Matrix(...)`` built directly in Python is not checked.
"""

from __future__ import annotations

import os
import re
import tomllib
from collections.abc import Collection, Iterator, Mapping
from datetime import tzinfo
from pathlib import Path
from types import MappingProxyType, UnionType
from typing import Any, TypeVar, Union, get_args, get_origin

from pydantic import BaseModel, ConfigDict, Field, SecretStr, ValidationError, field_validator

from govpub._redact import register_secret
from govpub._zone import DEFAULT_TIMEZONE, resolve_zone
from govpub.errors import ConfigError
from govpub.model import Account, AccountCredentials

__all__ = [
    "DEFAULT_CONFIG",
    "AgencyConfig",
    "Matrix",
    "StoreConfig",
    "find_config",
    "resolve_secret_ref",
]

DEFAULT_CONFIG = "govpub.toml"
DEFAULT_STORE = "govpub.db"
CONFIG_ENV = "GOVPUB_CONFIG"
STORE_ENV = "GOVPUB_STORE"

_SECTIONS = ("agency", "store", "accounts", "policy", "review", "publisher", "health", "matrix")
_TOML_LINE = re.compile(r"at line (\d+)")

M = TypeVar("M", bound=BaseModel)


class AgencyConfig(BaseModel):
    """The agency that runs the matrix (主办单位)."""

    model_config = ConfigDict(frozen=True, extra="forbid")

    name: str = ""
    site: str | None = Field(
        default=None, description="the agency's website, e.g. https://www.example.gov.cn"
    )
    supervisor: str | None = Field(
        default=None, description="the supervising unit (主管单位) for filings"
    )
    timezone: str = Field(
        default=DEFAULT_TIMEZONE,
        description="the IANA zone people read times in: approvals, the review form, CLI output",
    )

    @field_validator("timezone")
    @classmethod
    def _known_zone(cls, value: str) -> str:
        resolve_zone(value)  # a bad name fails at load, naming agency.timezone
        return value

    @property
    def tz(self) -> tzinfo:
        """The agency's time zone (stored times stay aware; this is how they are shown)."""
        return resolve_zone(self.timezone)


class StoreConfig(BaseModel):
    """Where the ledger and audit trail live."""

    model_config = ConfigDict(frozen=True, extra="forbid")

    path: Path = Path(DEFAULT_STORE)


class _AccountEntry(BaseModel):
    """The platform-independent part of an ``[[accounts]]`` entry."""

    model_config = ConfigDict(extra="forbid")

    id: str = Field(pattern=r"^[A-Za-z0-9][A-Za-z0-9_.-]{0,63}$")
    platform: str = Field(min_length=1)
    name: str = Field(min_length=1)
    unit: str = Field(min_length=1)
    status: str = "active"
    status_reason: str | None = None
    api_base: str | None = Field(default=None, pattern=r"^https?://")
    credentials: dict[str, Any] = Field(default_factory=dict)
    settings: dict[str, Any] = Field(default_factory=dict)


class Matrix:
    """The agency's matrix of accounts, loaded from ``govpub.toml``.

    Immutable once loaded.  ``policy``, ``review``, ``publisher`` and ``health``
    hold their raw sections for the parts of govpub that read them.
    """

    def __init__(
        self,
        accounts: tuple[Account, ...] | list[Account] = (),
        *,
        agency: AgencyConfig | None = None,
        store: StoreConfig | None = None,
        sections: Mapping[str, Mapping[str, Any]] | None = None,
        path: Path | None = None,
        credential_problems: Mapping[str, ConfigError] | None = None,
    ) -> None:
        self.accounts: tuple[Account, ...] = tuple(accounts)
        #: Account id → why its credentials could not be resolved (lenient loading only).
        self.credential_problems: Mapping[str, ConfigError] = MappingProxyType(
            dict(credential_problems or {})
        )
        self.agency = agency or AgencyConfig()
        self.store = store or StoreConfig()
        self.path = path
        raw = dict(sections or {})
        self.policy: Mapping[str, Any] = MappingProxyType(dict(raw.get("policy", {})))
        self.review: Mapping[str, Any] = MappingProxyType(dict(raw.get("review", {})))
        self.publisher: Mapping[str, Any] = MappingProxyType(dict(raw.get("publisher", {})))
        self.health: Mapping[str, Any] = MappingProxyType(dict(raw.get("health", {})))
        self.extra: Mapping[str, Any] = MappingProxyType(dict(raw.get("matrix", {})))
        self._by_id = {account.id: account for account in self.accounts}
        if len(self._by_id) != len(self.accounts):
            raise ConfigError(
                "duplicate account ids", file=str(path) if path else None, key="accounts"
            )

    def __repr__(self) -> str:
        where = f" from {self.path}" if self.path else ""
        return f"<Matrix {len(self.accounts)} accounts{where}>"

    def __iter__(self) -> Iterator[Account]:
        return iter(self.accounts)

    def __len__(self) -> int:
        return len(self.accounts)

    @property
    def base_dir(self) -> Path:
        """The directory relative paths of the config are resolved from."""
        return self.path.parent if self.path is not None else Path.cwd()

    def account(self, account_id: str) -> Account:
        """The account with this id; a clear error names the known ones otherwise."""
        try:
            return self._by_id[account_id]
        except KeyError:
            known = ", ".join(sorted(self._by_id)) or "none"
            raise ConfigError(
                f"no account {account_id!r}; accounts: {known}", key="accounts"
            ) from None

    def select(
        self,
        *,
        ids: Collection[str] | None = None,
        platforms: Collection[str] | None = None,
        units: Collection[str] | None = None,
        include_inactive: bool = False,
    ) -> list[Account]:
        """Accounts matching every given filter (ids, platforms, units); active ones by default."""
        wanted_ids = set(ids) if ids is not None else None
        if wanted_ids is not None:
            for account_id in wanted_ids:
                self.account(account_id)
        return [
            a
            for a in self.accounts
            if (include_inactive or a.is_active)
            and (wanted_ids is None or a.id in wanted_ids)
            and (platforms is None or a.platform in platforms)
            and (units is None or a.unit in units)
        ]

    @classmethod
    def from_toml(
        cls,
        path: str | os.PathLike[str] | None = None,
        *,
        environ: Mapping[str, str] | None = None,
        lenient: bool = False,
    ) -> Matrix:
        """Load a matrix; ``path=None`` follows the precedence in the module docstring."""
        env = os.environ if environ is None else environ
        config_path = find_config(path, environ=env)
        try:
            raw = config_path.read_bytes()
        except FileNotFoundError:
            raise ConfigError(
                "configuration file not found (give --config PATH or set GOVPUB_CONFIG)",
                file=str(config_path),
            ) from None
        except OSError as exc:
            raise ConfigError(
                f"cannot read configuration ({exc.strerror})", file=str(config_path)
            ) from None
        try:
            data = tomllib.loads(raw.decode("utf-8"))
        except UnicodeDecodeError:
            raise ConfigError("not UTF-8 text", file=str(config_path)) from None
        except tomllib.TOMLDecodeError as exc:
            match = _TOML_LINE.search(str(exc))
            raise ConfigError(
                f"invalid TOML: {exc}",
                file=str(config_path),
                line=int(match.group(1)) if match else None,
            ) from None
        return cls.from_dict(data, path=config_path, environ=env, lenient=lenient)

    @classmethod
    def from_dict(
        cls,
        data: Mapping[str, Any],
        *,
        path: Path | None = None,
        environ: Mapping[str, str] | None = None,
        lenient: bool = False,
    ) -> Matrix:
        """Build a matrix from already-parsed TOML data (``path`` anchors relative paths).

        ``lenient``: see the module docstring.
        """
        from govpub.health.registry import enforce_on_load, parse_exceptions  # noqa: PLC0415
        from govpub.platforms.base import available_platforms, get_adapter_class  # noqa: PLC0415

        env = os.environ if environ is None else environ
        file = str(path) if path is not None else None
        base_dir = path.parent if path is not None else Path.cwd()
        unknown = sorted(set(data) - set(_SECTIONS))
        if unknown:
            raise ConfigError(
                f"unknown section; expected one of: {', '.join(_SECTIONS)}",
                file=file,
                key=unknown[0],
            )
        agency = _validate(AgencyConfig, data.get("agency", {}), "agency", file)
        store = _validate(StoreConfig, data.get("store", {}), "store", file)
        store_path = Path(env[STORE_ENV]) if env.get(STORE_ENV) else store.path
        if str(store_path) != ":memory:" and not store_path.is_absolute():
            store_path = base_dir / store_path  # ":memory:" stays: an in-memory ledger for tests
        store = StoreConfig(path=store_path)

        entries = data.get("accounts", [])
        if not isinstance(entries, list):
            raise ConfigError(
                "expected an array of tables ([[accounts]])", file=file, key="accounts"
            )
        accounts: list[Account] = []
        problems: dict[str, ConfigError] = {}
        first_seen: dict[str, int] = {}
        installed = available_platforms() if entries else []  # read the entry points once
        for index, entry in enumerate(entries):
            key = f"accounts[{index}]"
            if not isinstance(entry, dict):
                raise ConfigError("expected a table", file=file, key=key)
            base = _validate(_AccountEntry, entry, key, file)
            if base.id in first_seen:
                raise ConfigError(
                    f"duplicate account id {base.id!r} "
                    f"(first used at accounts[{first_seen[base.id]}])",
                    file=file,
                    key=f"{key}.id",
                )
            first_seen[base.id] = index
            if base.platform not in installed:
                raise ConfigError(
                    f"unknown platform {base.platform!r}; "
                    f"installed platforms: {', '.join(installed) or 'none'}",
                    file=file,
                    key=f"{key}.platform",
                )
            try:
                adapter = get_adapter_class(base.platform)
            except ConfigError as exc:
                raise ConfigError(exc.reason, file=file, key=f"{key}.platform") from None
            fields = base.model_dump(exclude={"credentials", "settings"})
            fields["credentials"] = _account_credentials(
                base.credentials,
                adapter.Credentials,
                f"{key}.credentials",
                file,
                base_dir=base_dir,
                environ=env,
                problems=problems if lenient else None,
                account_id=base.id,
            )
            fields["settings"] = _validate(adapter.Settings, base.settings, f"{key}.settings", file)
            accounts.append(_validate(Account, fields, key, file))

        sections = _sections(data, file)
        if lenient:
            parse_exceptions(sections["matrix"], accounts, file=file)
        else:
            enforce_on_load(accounts, sections["matrix"], file=file)
        return cls(
            accounts,
            agency=agency,
            store=store,
            sections=sections,
            path=path,
            credential_problems=problems,
        )


def _sections(data: Mapping[str, Any], file: str | None) -> dict[str, Mapping[str, Any]]:
    """The raw sections other parts of govpub read; each must be a table."""
    sections: dict[str, Mapping[str, Any]] = {}
    for name in ("policy", "review", "publisher", "health", "matrix"):
        section = data.get(name, {})
        if not isinstance(section, dict):
            raise ConfigError("expected a table", file=file, key=name)
        sections[name] = section
    return sections


def _account_credentials(
    raw: Mapping[str, Any],
    model: type[AccountCredentials],
    key: str,
    file: str | None,
    *,
    base_dir: Path,
    environ: Mapping[str, str],
    problems: dict[str, ConfigError] | None,
    account_id: str,
) -> AccountCredentials:
    """Resolve and validate one account's credentials.

    With ``problems`` (lenient loading) a failure is recorded for the account
    and an empty, unvalidated model stands in: ``govpub health`` reports it,
    and nothing can publish with it.
    """
    try:
        resolved = _resolve_secrets(raw, model, key, file, base_dir=base_dir, environ=environ)
        return _validate(model, resolved, key, file)
    except ConfigError as exc:
        if problems is None:
            raise
        problems[account_id] = exc
        return model.model_construct()


def find_config(
    explicit: str | os.PathLike[str] | None = None, *, environ: Mapping[str, str] | None = None
) -> Path:
    """The configuration path by precedence: explicit, ``GOVPUB_CONFIG``, ``./govpub.toml``."""
    env = os.environ if environ is None else environ
    if explicit is not None:
        return Path(explicit)
    if env.get(CONFIG_ENV):
        return Path(env[CONFIG_ENV])
    return Path(DEFAULT_CONFIG)


def resolve_secret_ref(
    ref: str,
    *,
    key: str,
    file: str | None = None,
    base_dir: Path | None = None,
    environ: Mapping[str, str] | None = None,
) -> SecretStr:
    """Resolve ``env:NAME`` or ``file:PATH`` to a ``SecretStr`` (and register it for redaction)."""
    env = os.environ if environ is None else environ
    scheme, _, target = ref.partition(":")
    if scheme == "env":
        if not target:
            raise ConfigError("empty env: reference; write env:VARIABLE_NAME", file=file, key=key)
        value = env.get(target)
        if value is None:
            raise ConfigError(f"environment variable {target} is not set", file=file, key=key)
    elif scheme == "file":
        if not target:
            raise ConfigError("empty file: reference; write file:PATH", file=file, key=key)
        secret_path = Path(target).expanduser()
        if not secret_path.is_absolute():
            secret_path = (base_dir or Path.cwd()) / secret_path
        try:
            value = secret_path.read_text(encoding="utf-8").strip()
        except FileNotFoundError:
            raise ConfigError(
                f"secret file {secret_path} does not exist", file=file, key=key
            ) from None
        except (OSError, UnicodeDecodeError) as exc:
            raise ConfigError(
                f"secret file {secret_path} cannot be read ({exc})", file=file, key=key
            ) from None
    else:
        raise ConfigError("expected a secret reference env:NAME or file:PATH", file=file, key=key)
    if not value:
        raise ConfigError(f"the secret referenced by {ref!r} is empty", file=file, key=key)
    register_secret(value)
    return SecretStr(value)


def _resolve_secrets(
    raw: Mapping[str, Any],
    model: type[BaseModel],
    key: str,
    file: str | None,
    *,
    base_dir: Path,
    environ: Mapping[str, str],
) -> dict[str, Any]:
    resolved: dict[str, Any] = {}
    for name, value in raw.items():
        info = model.model_fields.get(name)
        is_secret = info is not None and _mentions_secret(info.annotation)
        if isinstance(value, str) and (is_secret or value.startswith(("env:", "file:"))):
            resolved[name] = resolve_secret_ref(
                value, key=f"{key}.{name}", file=file, base_dir=base_dir, environ=environ
            )
        elif is_secret and value is not None:
            raise ConfigError(
                "expected a secret reference env:NAME or file:PATH (never the secret itself)",
                file=file,
                key=f"{key}.{name}",
            )
        else:
            resolved[name] = value
    return resolved


def _mentions_secret(annotation: Any) -> bool:
    if annotation is SecretStr:
        return True
    if get_origin(annotation) in (Union, UnionType):
        return any(_mentions_secret(arg) for arg in get_args(annotation))
    return False


def _validate(model: type[M], data: Any, key: str, file: str | None) -> M:
    try:
        return model.model_validate(data)
    except ValidationError as exc:
        error = exc.errors(include_url=False, include_input=False)[0]
        loc = "".join(f"[{p}]" if isinstance(p, int) else f".{p}" for p in error["loc"])
        message = _expected(error)
        raise ConfigError(message, file=file, key=f"{key}{loc}") from None


def _expected(error: Mapping[str, Any]) -> str:
    kind = error.get("type", "")
    if kind == "missing":
        return "required key is missing"
    if kind == "extra_forbidden":
        return "unknown key"
    message = str(error.get("msg", "invalid value")).removeprefix("Value error, ")
    return f"expected: {message[0].lower()}{message[1:]}" if message else "invalid value"
