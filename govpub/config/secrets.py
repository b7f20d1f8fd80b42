"""Secret references (``env:NAME``, ``file:PATH``): checked when loaded, read when needed.

A credential in ``govpub.toml`` is never the secret itself but a reference to
it.  Loading the configuration checks that each reference is well formed and
keeps it as a :class:`SecretRef` — a ``SecretStr`` that reads the environment
variable or file the first time its value is asked for.  So ``govpub check``,
``review``, ``audit``, ``health --no-remote``, ``report``, ``metrics`` and
``config check`` run without any platform secret (reviewers and auditors do not
hold them), and a command that does need one — publishing to the account —
reports a missing secret naming the account and the key.

:func:`ready_credentials` reads every secret of one account and validates its
credentials model completely (e.g. an own-app ``webhook_secret`` must be a
``whsec_`` key): the publisher calls it for each account before planning.
"""

from __future__ import annotations

import os
from collections.abc import Iterable, Mapping
from pathlib import Path
from types import UnionType
from typing import Any, TypeVar, Union, get_args, get_origin

from pydantic import BaseModel, SecretStr, ValidationError

from govpub._redact import register_secret
from govpub.errors import ConfigError
from govpub.model import Account

__all__ = [
    "SecretRef",
    "check_reference",
    "is_secret_field",
    "ready_account",
    "ready_credentials",
    "resolve_secret_ref",
    "secret_problems",
    "unresolved",
]

_SCHEMES = ("env", "file")
M = TypeVar("M", bound=BaseModel)


class SecretRef(SecretStr):
    """A secret known by its reference until its value is first needed.

    ``str()`` and ``repr()`` never show the value; ``reference`` (the variable's
    name or the file's path, which are not secret) is shown by ``config check``.
    """

    def __init__(
        self,
        reference: str,
        *,
        key: str,
        file: str | None = None,
        base_dir: Path | None = None,
        environ: Mapping[str, str] | None = None,
    ) -> None:
        self.reference = reference
        self.key = key
        self.file = file
        self._base_dir = base_dir
        self._environ = environ
        self._value: str | None = None

    @property
    def _secret_value(self) -> str:  # type: ignore[override]  # pydantic only reads it
        return self.resolve()

    @property
    def resolved(self) -> bool:
        """Whether the secret has been read."""
        return self._value is not None

    def resolve(self) -> str:
        """Read the secret (once); a :class:`~govpub.ConfigError` names the key if it cannot be."""
        if self._value is None:
            self._value = resolve_secret_ref(
                self.reference,
                key=self.key,
                file=self.file,
                base_dir=self._base_dir,
                environ=self._environ,
            ).get_secret_value()
        return self._value

    def _display(self) -> str:
        return "**********"

    def __repr__(self) -> str:
        return f"SecretRef({self.reference!r})"

    def __eq__(self, other: object) -> bool:
        if isinstance(other, SecretRef):
            return (self.reference, self.key, self._base_dir) == (
                other.reference,
                other.key,
                other._base_dir,
            )
        return NotImplemented

    def __hash__(self) -> int:
        return hash((self.reference, self.key))


def unresolved(value: Any) -> bool:
    """Whether ``value`` is a secret reference not read yet (its value unknown, unchecked)."""
    return isinstance(value, SecretRef) and not value.resolved


def check_reference(value: Any, *, key: str, file: str | None = None) -> str:
    """The reference text if ``value`` is a well-formed ``env:NAME`` / ``file:PATH``."""
    if not isinstance(value, str):
        raise ConfigError(
            "expected a secret reference env:NAME or file:PATH (never the secret itself)",
            file=file,
            key=key,
        )
    scheme, colon, target = value.partition(":")
    if not colon or scheme not in _SCHEMES:
        raise ConfigError(
            "expected a secret reference env:NAME or file:PATH (never the secret itself)",
            file=file,
            key=key,
        )
    if not target.strip():
        example = "env:VARIABLE_NAME" if scheme == "env" else "file:PATH"
        raise ConfigError(f"empty {scheme}: reference; write {example}", file=file, key=key)
    return value


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
    check_reference(ref, key=key, file=file)
    scheme, _, target = ref.partition(":")
    if scheme == "env":
        value = env.get(target)
        if value is None:
            raise ConfigError(f"environment variable {target} is not set", file=file, key=key)
    else:
        secret_path = Path(target).expanduser()
        if not secret_path.is_absolute():
            secret_path = (base_dir or Path.cwd()) / secret_path
        try:
            value = _read_secret_file(secret_path)
        except FileNotFoundError:
            raise ConfigError(
                f"secret file {secret_path} does not exist", file=file, key=key
            ) from None
        except (OSError, UnicodeDecodeError) as exc:
            raise ConfigError(
                f"secret file {secret_path} cannot be read ({exc})", file=file, key=key
            ) from None
    if not value:
        raise ConfigError(f"the secret referenced by {ref!r} is empty", file=file, key=key)
    register_secret(value)
    return SecretStr(value)


def _read_secret_file(path: Path) -> str:
    """The stripped text of a secret file; read again only when the file changed.

    A matrix's accounts often share one file (``file:hook.secret`` for a thousand
    own-app accounts): a publisher reading each account's secrets before it plans would
    open it a thousand times (10 µs each, 2 % of a delivery's cost in
    ``benchmarks/overhead.py``).  The file is looked at every time (``stat``: a rotated
    secret, written anew or replaced by a rename, has a new size, change time or inode)
    and read only when that changed.  The values are the secrets the accounts hold anyway.
    """
    status = path.stat()
    stamp = (str(path), status.st_ino, status.st_size, status.st_mtime_ns, status.st_ctime_ns)
    value = _SECRET_FILES.get(stamp)
    if value is None:
        value = path.read_text(encoding="utf-8").strip()
        if len(_SECRET_FILES) >= _SECRET_FILES_SIZE:
            _SECRET_FILES.clear()
        _SECRET_FILES[stamp] = value
    return value


_SECRET_FILES: dict[tuple[str, int, int, int, int], str] = {}
_SECRET_FILES_SIZE = 256


def is_secret_field(annotation: Any) -> bool:
    """Whether a field's annotation holds a ``SecretStr`` (alone or in a union)."""
    if annotation is SecretStr:
        return True
    if get_origin(annotation) in (Union, UnionType):
        return any(is_secret_field(arg) for arg in get_args(annotation))
    return False


def ready_credentials(
    credentials: BaseModel, model: type[M], *, account: str, file: str | None = None
) -> M:
    """``credentials`` with every secret read and the whole model validated.

    All problems at once (every missing variable, every invalid value), each
    naming the key; the message names the account.  A reference is passed on
    read (a :class:`SecretRef` that keeps its value), not copied.
    """
    values: dict[str, Any] = {}
    problems: list[ConfigError] = []
    for name in type(credentials).model_fields:
        value = getattr(credentials, name, None)
        if isinstance(value, SecretRef):
            try:
                value.resolve()
            except ConfigError as exc:
                problems.append(
                    ConfigError(f"{exc.reason} (account {account})", file=exc.file, key=exc.key)
                )
                continue
        values[name] = value
    if problems:
        raise ConfigError.of(problems)
    try:
        return model.model_validate(values)
    except ValidationError as exc:
        from govpub.config.problems import validation_problems  # noqa: PLC0415 - no cycle

        raise ConfigError.of(
            [
                ConfigError(f"{p.reason} (account {account})", file=file, key=p.key)
                for p in validation_problems(exc, model, f"accounts[{account}].credentials")
            ]
        ) from None


def ready_account(account: Account) -> Account:
    """``account`` with its credentials read and validated by its platform's model.

    Raises :class:`~govpub.ConfigError` naming the account and every bad key.
    An account whose credentials hold no reference is returned as it is; so is
    one whose credentials already are its platform's model and pass its
    validation unchanged, their references now read (each keeps its value): a
    publisher keeps one ready account per account of the matrix, and a copy of
    each (seven objects) would live as long as the matrix for nothing.
    """
    from govpub.platforms.base import get_adapter_class  # noqa: PLC0415 - lazy registry

    credentials = account.credentials
    values = vars(credentials)
    if not any(isinstance(v, SecretRef) for v in values.values()):
        return account
    model = get_adapter_class(account.platform).Credentials
    ready = ready_credentials(credentials, model, account=account.id)
    if type(credentials) is model and all(getattr(ready, k) is v for k, v in values.items()):
        return account
    return account.model_copy(update={"credentials": ready})


def secret_problems(accounts: Iterable[Account]) -> dict[str, ConfigError]:
    """Account id → why its secrets cannot be used (read each account's secrets to find out)."""
    problems: dict[str, ConfigError] = {}
    for account in accounts:
        try:
            ready_account(account)
        except ConfigError as exc:
            problems[account.id] = exc
    return problems
