"""A post file named on the command line, read under the configuration's ``[policy.limits]``.

Every command that reads a post (``check``, ``publish``, ``review``, ``status`` of
a file…) reads it with the same limits, so a post that ``check`` accepts is
never refused by ``review approve``.  The limits must be known *before* the
post is read — that is their point — so they are read from the configuration
file on their own, ahead of the matrix (which resolves secrets and loads
adapters the post does not need yet).
"""

from __future__ import annotations

import tomllib
from pathlib import Path

from govpub.cli._common import State
from govpub.config import find_config
from govpub.errors import ConfigError
from govpub.limits import PostLimits
from govpub.model import Post
from govpub.postfile import load_post

__all__ = ["config_limits", "read_post"]


def config_limits(config: Path | None) -> PostLimits:
    """``[policy.limits]`` of the configuration in force; the defaults without one.

    A configuration that was not named and does not exist is no error here: the
    command reports it when it needs the matrix, as it always did.
    """
    explicit = config if config is not None else State.config
    path = find_config(explicit)
    try:
        data = tomllib.loads(path.read_text(encoding="utf-8"))
    except FileNotFoundError:
        if explicit is None:
            return PostLimits()
        raise ConfigError("configuration file not found", file=str(path)) from None
    except (OSError, UnicodeDecodeError) as exc:
        raise ConfigError(f"cannot read configuration ({exc})", file=str(path)) from None
    except tomllib.TOMLDecodeError as exc:
        raise ConfigError(f"invalid TOML: {exc}", file=str(path)) from None
    policy = data.get("policy", {})
    if not isinstance(policy, dict):
        raise ConfigError("expected a table", file=str(path), key="policy")
    return PostLimits.from_mapping(policy.get("limits"), file=str(path))


def read_post(path: Path, config: Path | None) -> Post:
    """:func:`govpub.load_post` under the limits of ``config`` (see :func:`config_limits`)."""
    return load_post(path, limits=config_limits(config))
