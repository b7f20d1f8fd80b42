"""A ``govpub.toml`` for one run's world, written the way a deployment has it.

The child that publishes loads its matrix with :meth:`govpub.Matrix.from_toml`,
exactly as ``govpub publish`` does, so the harness writes a real file: every
secret in a file of its own (mode 0600) referenced as ``file:…``, the settings
that differ from the adapter's defaults, and a ``[publisher]`` section that
publishes without approvals (the harness tests delivery, not review) and
retries without long waits.
"""

from __future__ import annotations

import json
from collections.abc import Mapping, Sequence
from pathlib import Path
from typing import Any

from pydantic import SecretStr

from govpub.model import Account

__all__ = ["publisher_toml", "toml_value", "write_config"]


def publisher_toml(operator_ip: str | None = "127.0.0.1") -> str:
    """``[publisher]`` for a harness run: no review, short timeouts, retries without long waits."""
    ip = f"operator_ip = {toml_value(operator_ip)}\n" if operator_ip else ""
    return (
        "[publisher]\nrequire_review = false\n" + ip + "timeout = 5.0\n\n"
        "[publisher.retry]\n"
        "initial_wait = 0.01\nmax_wait = 0.1\njitter = 0.0\nmax_attempts = 5\n"
        "delivery_budget = 30.0\nstatus_budget = 10.0\n"
    )


def write_config(
    directory: str | Path, accounts: Sequence[Account], *, extra_toml: str = ""
) -> Path:
    """Write ``directory/govpub.toml`` (ledger ``govpub.db`` beside it) for ``accounts``."""
    root = Path(directory)
    secrets = root / "secrets"
    secrets.mkdir(parents=True, exist_ok=True)
    blocks = ['[agency]\nname = "crash-point harness"\n\n[store]\npath = "govpub.db"\n']
    for account in accounts:
        head = account.model_dump(
            include={"id", "platform", "name", "unit", "status", "api_base"}, exclude_none=True
        )
        credentials = {}
        for name in type(account.credentials).model_fields:
            value = getattr(account.credentials, name)
            if isinstance(value, SecretStr):
                path = secrets / f"{account.id}.{name}"
                path.write_text(value.get_secret_value() + "\n", encoding="utf-8")
                path.chmod(0o600)
                credentials[name] = f"file:secrets/{path.name}"
            elif value is not None:
                credentials[name] = value
        settings = account.settings.model_dump(mode="json", exclude_defaults=True)
        block = f"[[accounts]]\n{_table(head)}"
        if credentials:
            block += f"[accounts.credentials]\n{_table(credentials)}"
        if settings:
            block += f"[accounts.settings]\n{_table(settings)}"
        blocks.append(block)
    if extra_toml:
        blocks.append(extra_toml.strip() + "\n")
    path = root / "govpub.toml"
    path.write_text("\n".join(blocks), encoding="utf-8")
    return path


def toml_value(value: Any) -> str:
    """A TOML value for a JSON-like one (JSON strings are valid TOML basic strings)."""
    if isinstance(value, bool):
        return "true" if value else "false"
    if isinstance(value, int | float):
        return repr(value)
    if isinstance(value, Mapping):
        pairs = [
            f"{json.dumps(str(k))} = {toml_value(v)}" for k, v in value.items() if v is not None
        ]
        return "{" + ", ".join(pairs) + "}"
    if isinstance(value, list | tuple):
        return "[" + ", ".join(toml_value(v) for v in value) + "]"
    return json.dumps(str(value), ensure_ascii=False)


def _table(values: Mapping[str, Any]) -> str:
    return "".join(f"{k} = {toml_value(v)}\n" for k, v in values.items() if v is not None)
