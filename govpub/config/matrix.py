"""``govpub.toml`` → :class:`Matrix`: the accounts, the store, and every other section.

Loaded once and passed explicitly.  Precedence, highest first (tested):

1. an explicit path (``Matrix.from_toml(path)``, ``govpub --config PATH``);
2. the ``GOVPUB_CONFIG`` environment variable;
3. ``govpub.toml`` in the working directory.

``GOVPUB_STORE`` overrides ``[store] path``.

**Validated completely at load.**  Every section — ``[agency]``, ``[store]``,
``[[accounts]]`` with each platform's typed credentials and settings, and the
sections of :mod:`govpub.config.sections` — is checked when the file is loaded,
whatever the command, and *all* problems are reported at once: one
:class:`~govpub.errors.ConfigError` whose ``problems`` each name the file, the
line where known, the dotted key (``accounts[2].credentials.app_secret``) and
what was expected, with the closest known key for a misspelling.

**Secrets are read when needed.**  A credential is a reference, ``env:NAME`` or
``file:PATH`` (relative to the config file), checked for form at load and kept
as a :class:`~govpub.config.secrets.SecretRef`; it is read the first time
something asks for its value (:mod:`govpub.config.secrets`).

The registry rules are checked at load (:mod:`govpub.health.registry`): more
than one active account of a unit on one platform is an error unless
``[[matrix.exceptions]]`` records why.  ``lenient=True`` (used by ``govpub
health``) leaves that rule to the health report, so that the report can show
the breach.  A ``Matrix(...)`` built directly in Python is not checked.
"""

from __future__ import annotations

import os
import re
import tomllib
from collections.abc import Collection, Iterator, Mapping
from datetime import tzinfo
from pathlib import Path
from types import MappingProxyType
from typing import Any, TypeVar

from pydantic import BaseModel, ConfigDict, Field, ValidationError, field_validator

from govpub._zone import DEFAULT_TIMEZONE, resolve_zone
from govpub.config.lines import KeyLines
from govpub.config.problems import did_you_mean, unknown_key, validation_problems
from govpub.config.secrets import SecretRef, check_reference, is_secret_field
from govpub.errors import ConfigError
from govpub.model import Account

__all__ = [
    "CONFIG_ENV",
    "DEFAULT_CONFIG",
    "DEFAULT_STORE",
    "STORE_ENV",
    "AgencyConfig",
    "Matrix",
    "StoreConfig",
    "find_config",
]

DEFAULT_CONFIG = "govpub.toml"
DEFAULT_STORE = "govpub.db"
CONFIG_ENV = "GOVPUB_CONFIG"
STORE_ENV = "GOVPUB_STORE"

_TOML_LINE = re.compile(r"at line (\d+)")


def _has_password(url: str) -> bool:
    from urllib.parse import urlsplit  # noqa: PLC0415

    try:
        parts = urlsplit(url)
    except ValueError:
        return False
    return parts.password is not None or "password=" in parts.query.lower()


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
    """Where the ledger and audit trail live: a SQLite file, or a PostgreSQL database.

    ``path`` (the default, ``govpub.db`` beside govpub.toml) suits one machine;
    ``url = "postgresql://user@host/db"`` lets workers on several machines share
    the matrix.  The URL in govpub.toml holds no password: libpq reads it from
    ``PGPASSWORD``, ``~/.pgpass`` or ``PGPASSFILE``, or the whole URL comes from
    ``GOVPUB_STORE`` in the environment (docs/scale-out.md).
    """

    model_config = ConfigDict(frozen=True, extra="forbid")

    path: Path = Path(DEFAULT_STORE)
    url: str | None = Field(default=None, pattern=r"^postgres(ql)?://")

    @property
    def kind(self) -> str:
        """``"postgresql"`` for a ``url``, ``"sqlite"`` for a ``path``."""
        return "sqlite" if self.url is None else "postgresql"

    def describe(self) -> str:
        """Where the store is, fit to print: the path, or the URL without its password."""
        if self.url is None:
            return str(self.path)
        from govpub.ledger.postgres import redact_url  # noqa: PLC0415

        return redact_url(self.url)

    def __repr__(self) -> str:
        return f"StoreConfig({self.describe()!r})"


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
    ) -> None:
        self.accounts: tuple[Account, ...] = tuple(accounts)
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
            text = raw.decode("utf-8")
            data = tomllib.loads(text)
        except UnicodeDecodeError:
            raise ConfigError("not UTF-8 text", file=str(config_path)) from None
        except tomllib.TOMLDecodeError as exc:
            match = _TOML_LINE.search(str(exc))
            raise ConfigError(
                f"invalid TOML: {exc}",
                file=str(config_path),
                line=int(match.group(1)) if match else None,
            ) from None
        except RecursionError:
            raise ConfigError("invalid TOML: nested too deeply", file=str(config_path)) from None
        try:
            return cls.from_dict(data, path=config_path, environ=env, lenient=lenient)
        except ConfigError as exc:
            raise _with_lines(exc, KeyLines.from_text(text)) from None

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

        Every problem of every section is collected and raised together.
        ``lenient``: see the module docstring.
        """
        loader = _Loader(
            file=str(path) if path is not None else None,
            base_dir=path.parent if path is not None else Path.cwd(),
            environ=os.environ if environ is None else environ,
        )
        matrix = loader.load(data, path=path, lenient=lenient)
        if loader.problems:
            raise ConfigError.of(loader.problems)
        assert matrix is not None  # noqa: S101 - no problems: everything was built
        return matrix


class _Loader:
    """One loading of ``govpub.toml``: builds what it can and collects every problem."""

    def __init__(self, *, file: str | None, base_dir: Path, environ: Mapping[str, str]) -> None:
        self.file = file
        self.base_dir = base_dir
        self.environ = environ
        self.problems: list[ConfigError] = []

    def fail(self, message: str, key: str | None = None) -> None:
        self.problems.append(ConfigError(message, file=self.file, key=key))

    def validate(self, model: type[M], data: Any, key: str) -> M | None:
        try:
            return model.model_validate(data)
        except ValidationError as exc:
            self.problems.extend(validation_problems(exc, model, key, file=self.file))
            return None

    def load(self, data: Mapping[str, Any], *, path: Path | None, lenient: bool) -> Matrix | None:
        from govpub.config.sections import SECTIONS, SectionContext, check_sections  # noqa: PLC0415
        from govpub.health.registry import enforce_on_load  # noqa: PLC0415

        for name in sorted(set(data) - set(SECTIONS)):
            self.problems.append(unknown_key(name, name, SECTIONS, file=self.file, what="section"))
        agency = self.validate(AgencyConfig, self.table(data, "agency"), "agency")
        store = self.validate(StoreConfig, self.table(data, "store"), "store")
        accounts = self.accounts(data.get("accounts", []))
        sections = {name: self.table(data, name) for name in SECTIONS if name != "accounts"}
        context = SectionContext(file=self.file, base_dir=self.base_dir, accounts=accounts)
        self.problems.extend(check_sections(sections, context))
        if not lenient and not self.problems:
            try:
                enforce_on_load(accounts, sections["matrix"], file=self.file)
            except ConfigError as exc:
                self.problems.extend(exc.problems)
        if self.problems or agency is None or store is None:
            return None
        store = self.place_store(store, self.table(data, "store"))
        if store is None:
            return None
        return Matrix(
            accounts,
            agency=agency,
            store=store,
            sections=sections,
            path=path,
        )

    def place_store(self, store: StoreConfig, table: Mapping[str, Any]) -> StoreConfig | None:
        """The store after ``GOVPUB_STORE`` (a path or a URL), its path made absolute."""
        if "path" in table and "url" in table:
            self.fail("give either path (SQLite) or url (PostgreSQL), not both", "store.url")
            return None
        if store.url is not None and _has_password(store.url):
            self.fail(
                "the URL holds a password: leave it out of govpub.toml and give it in "
                "PGPASSWORD, ~/.pgpass or PGPASSFILE (or the whole URL in GOVPUB_STORE)",
                "store.url",
            )
            return None
        override = self.environ.get(STORE_ENV)
        if override and override.startswith(("postgresql://", "postgres://")):
            return StoreConfig(url=override)
        if override:
            store = StoreConfig(path=Path(override))
        if store.url is not None:
            return store
        store_path = store.path
        if str(store_path) != ":memory:" and not store_path.is_absolute():
            store_path = self.base_dir / store_path  # ":memory:" stays: an in-memory ledger
        return StoreConfig(path=store_path)

    def table(self, data: Mapping[str, Any], name: str) -> Mapping[str, Any]:
        section = data.get(name, {})
        if not isinstance(section, dict):
            self.fail("expected a table", name)
            return {}
        return section

    def accounts(self, entries: Any) -> list[Account]:
        from govpub.platforms.base import available_platforms  # noqa: PLC0415

        if not isinstance(entries, list):
            self.fail("expected an array of tables ([[accounts]])", "accounts")
            return []
        installed = available_platforms() if entries else []  # read the entry points once
        first_seen: dict[str, int] = {}
        accounts: list[Account] = []
        for index, entry in enumerate(entries):
            key = f"accounts[{index}]"
            if not isinstance(entry, dict):
                self.fail("expected a table", key)
                continue
            base = self.validate(_AccountEntry, entry, key)
            if base is None:
                continue
            if base.id in first_seen:
                self.fail(
                    f"duplicate account id {base.id!r} "
                    f"(first used at accounts[{first_seen[base.id]}])",
                    f"{key}.id",
                )
                continue
            first_seen[base.id] = index
            account = self.account(base, key, installed)
            if account is not None:
                accounts.append(account)
        return accounts

    def account(self, base: _AccountEntry, key: str, installed: list[str]) -> Account | None:
        from govpub.platforms.base import get_adapter_class  # noqa: PLC0415

        if base.platform not in installed:
            self.fail(
                f"unknown platform {base.platform!r}{did_you_mean(base.platform, installed)}; "
                f"installed platforms: {', '.join(installed) or 'none'}",
                f"{key}.platform",
            )
            return None
        try:
            adapter = get_adapter_class(base.platform)
        except ConfigError as exc:
            self.fail(exc.reason, f"{key}.platform")
            return None
        credentials = self.validate(
            adapter.Credentials,
            self.references(base.credentials, adapter.Credentials, f"{key}.credentials"),
            f"{key}.credentials",
        )
        settings = self.validate(adapter.Settings, base.settings, f"{key}.settings")
        if credentials is None or settings is None:
            return None
        fields = base.model_dump(exclude={"credentials", "settings"})
        return self.validate(
            Account, {**fields, "credentials": credentials, "settings": settings}, key
        )

    def references(
        self, raw: Mapping[str, Any], model: type[BaseModel], key: str
    ) -> dict[str, Any]:
        """The credentials with each secret as a :class:`SecretRef` (checked for form, not read)."""
        values: dict[str, Any] = {}
        for name, value in raw.items():
            info = model.model_fields.get(name)
            secret = info is not None and is_secret_field(info.annotation)
            if secret or (isinstance(value, str) and value.startswith(("env:", "file:"))):
                try:
                    reference = check_reference(value, key=f"{key}.{name}", file=self.file)
                except ConfigError as exc:
                    self.problems.append(exc)
                    continue
                values[name] = SecretRef(
                    reference,
                    key=f"{key}.{name}",
                    file=self.file,
                    base_dir=self.base_dir,
                    environ=self.environ,
                )
            else:
                values[name] = value
        return values


def _with_lines(error: ConfigError, lines: KeyLines) -> ConfigError:
    """``error`` with the line of each problem's key in the file, where it can be found."""
    located = [
        p
        if p.line is not None or p.key is None
        else ConfigError(p.reason, file=p.file, key=p.key, line=lines.line_of(p.key))
        for p in error.problems
    ]
    return ConfigError.of(sorted(located, key=lambda p: p.line if p.line is not None else 0))


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
