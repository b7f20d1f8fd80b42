"""``govpub.toml``: one configuration model, validated completely when it is loaded.

:class:`Matrix` is what the rest of govpub reads (:mod:`govpub.config.matrix`).
Every section is checked at load by every command and by ``Matrix.from_toml``
(:mod:`govpub.config.sections`), all problems are reported at once with the
file, line and dotted key (:mod:`govpub.config.problems`, :mod:`govpub.config.lines`),
and secret references are resolved only when something needs the secret
(:mod:`govpub.config.secrets`).
"""

from govpub.config.matrix import (
    CONFIG_ENV,
    DEFAULT_CONFIG,
    DEFAULT_STORE,
    STORE_ENV,
    AgencyConfig,
    Matrix,
    StoreConfig,
    find_config,
)
from govpub.config.secrets import SecretRef, resolve_secret_ref

__all__ = [
    "CONFIG_ENV",
    "DEFAULT_CONFIG",
    "DEFAULT_STORE",
    "STORE_ENV",
    "AgencyConfig",
    "Matrix",
    "SecretRef",
    "StoreConfig",
    "find_config",
    "resolve_secret_ref",
]
