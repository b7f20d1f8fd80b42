"""The configuration as it is in force — defaults filled in, secrets never shown.

``govpub config check`` prints it, ``govpub accounts`` shows its accounts.  A
secret appears as its reference (``env:WX_SECRET``, ``file:secrets/app.key`` —
names, not values), and nothing is read to produce the view: an administrator
can check a configuration on a machine that holds no platform secret.
"""

from __future__ import annotations

from collections.abc import Mapping
from pathlib import Path
from typing import Any

from pydantic import BaseModel, SecretStr

from govpub.config.matrix import Matrix
from govpub.config.secrets import SecretRef
from govpub.model import Account

__all__ = ["MASK", "account_view", "configuration_view", "masked"]

#: What a secret that was given as a value (a Python-built account) shows as.
MASK = "***"


def masked(model: BaseModel) -> dict[str, Any]:
    """A model's fields with every secret as its reference (or ``***``), nothing read."""
    out: dict[str, Any] = {}
    for name in type(model).model_fields:
        out[name] = _value(getattr(model, name, None))
    return out


def _value(value: Any) -> Any:
    shown: Any = value
    if isinstance(value, SecretRef):
        shown = value.reference
    elif isinstance(value, SecretStr):
        shown = MASK
    elif isinstance(value, BaseModel):
        shown = masked(value)
    elif isinstance(value, Mapping):
        shown = {str(k): _value(v) for k, v in value.items()}
    elif isinstance(value, list | tuple):
        shown = [_value(v) for v in value]
    elif isinstance(value, Path):
        shown = str(value)
    return shown


def account_view(account: Account) -> dict[str, Any]:
    """One account, JSON-ready: settings with their defaults, credentials as references."""
    return {
        "id": account.id,
        "platform": account.platform,
        "name": account.name,
        "unit": account.unit,
        "status": account.status,
        "status_reason": account.status_reason,
        "api_base": account.api_base,
        "credentials": masked(account.credentials),
        "settings": masked(account.settings),
    }


def configuration_view(matrix: Matrix) -> dict[str, Any]:
    """Every section as in force: validated values with their defaults; no secret read."""
    from govpub.health.settings import HealthSettings  # noqa: PLC0415 - load on use
    from govpub.publisher.settings import PublisherSettings  # noqa: PLC0415
    from govpub.review.policy import ReviewPolicy  # noqa: PLC0415

    file = str(matrix.path) if matrix.path is not None else None
    publisher = PublisherSettings.from_mapping(_publisher_refs(matrix), file=file)
    view: dict[str, Any] = {
        "file": file,
        "agency": masked(matrix.agency),
        "store": (
            {"path": str(matrix.store.path)}
            if matrix.store.url is None
            else {"url": matrix.store.describe()}  # never the password
        ),
        "accounts": [account_view(a) for a in matrix.accounts],
        "policy": _value(dict(matrix.policy)),
        "review": masked(ReviewPolicy.from_matrix(matrix)) if matrix.review else None,
        "publisher": masked(publisher),
        "health": masked(HealthSettings.from_matrix(matrix)),
        "matrix": _value(dict(matrix.extra)),
    }
    return view


def _publisher_refs(matrix: Matrix) -> dict[str, Any]:
    from govpub.publisher.settings import with_secret_ref  # noqa: PLC0415

    file = str(matrix.path) if matrix.path is not None else None
    return with_secret_ref(matrix.publisher, base_dir=matrix.base_dir, file=file)
