"""A post file named on the command line, read under the configuration's ``[policy.limits]``.

Every command that reads a post (``check``, ``publish``, ``review``, ``status`` of
a file…) reads it with the same limits, so a post that ``check`` accepts is
never refused by ``review approve``.  The limits must be known *before* the
post is read — that is their point — so the configuration (cheap to load: no
secret is read) is loaded first.
"""

from __future__ import annotations

from pathlib import Path

from govpub.cli._common import State
from govpub.config import Matrix, find_config
from govpub.limits import PostLimits
from govpub.model import Post
from govpub.postfile import load_post

__all__ = ["config_limits", "read_post"]


def config_limits(config: Path | None) -> PostLimits:
    """``[policy.limits]`` of the configuration in force; the defaults without one.

    The configuration is loaded and validated whole, as every command loads it
    (no secret is read); a configuration that was not named and does not exist
    is no error here: the command reports it when it needs the matrix.
    """
    explicit = config if config is not None else State.config
    if explicit is None and not find_config(None).exists():
        return PostLimits()
    return PostLimits.from_matrix(Matrix.from_toml(explicit, lenient=True))


def read_post(path: Path, config: Path | None) -> Post:
    """:func:`govpub.load_post` under the limits of ``config`` (see :func:`config_limits`)."""
    return load_post(path, limits=config_limits(config))
