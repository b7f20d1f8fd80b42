"""The sections of ``govpub.toml`` and how each is checked when the file is loaded.

Every section is validated at load, by every command and by
``Matrix.from_toml`` — a misspelt ``require_reveiw`` fails ``govpub accounts``
as surely as ``govpub publish``.  ``[agency]``, ``[store]`` and ``[[accounts]]``
are checked by :mod:`govpub.config.matrix` itself; each other section by the
part of govpub that reads it, without doing that part's work (the compliance
automata are not compiled, no secret is read):

* ``[policy]`` — :meth:`govpub.Policy.check_section`;
* ``[review]`` — :meth:`govpub.ReviewPolicy.from_mapping` (cheap: models and key files);
* ``[publisher]`` — :meth:`govpub.publisher.settings.PublisherSettings.check_section`;
* ``[health]`` — :meth:`govpub.health.settings.HealthSettings.check_section`;
* ``[matrix]`` — :func:`govpub.health.registry.parse_exceptions`.

A section added later registers its check here; an unknown section name is an
error with the closest known name suggested.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from govpub.errors import ConfigError
from govpub.model import Account

__all__ = ["SECTIONS", "SectionContext", "check_sections"]


@dataclass(frozen=True)
class SectionContext:
    """What a section check may need: where the file is, and the accounts already read."""

    file: str | None
    base_dir: Path
    accounts: Sequence[Account]


SectionCheck = Callable[[Mapping[str, Any], SectionContext], None]


def _policy(section: Mapping[str, Any], ctx: SectionContext) -> None:
    from govpub.compliance.policy import Policy  # noqa: PLC0415 - heavy; load on use

    Policy.check_section(section, base_dir=ctx.base_dir, file=ctx.file)


def _review(section: Mapping[str, Any], ctx: SectionContext) -> None:
    if not section:
        return  # no review configured: publishing refuses later unless require_review = false
    from govpub.review.policy import ReviewPolicy  # noqa: PLC0415

    ReviewPolicy.from_mapping(section, base_dir=ctx.base_dir, file=ctx.file)


def _publisher(section: Mapping[str, Any], ctx: SectionContext) -> None:
    from govpub.publisher.settings import PublisherSettings  # noqa: PLC0415

    PublisherSettings.check_section(section, base_dir=ctx.base_dir, file=ctx.file)


def _health(section: Mapping[str, Any], ctx: SectionContext) -> None:
    from govpub.health.settings import HealthSettings  # noqa: PLC0415

    HealthSettings.check_section(section, file=ctx.file)


def _matrix(section: Mapping[str, Any], ctx: SectionContext) -> None:
    from govpub.health.registry import parse_exceptions  # noqa: PLC0415

    parse_exceptions(section, ctx.accounts, file=ctx.file)


#: Section name → its check at load (``None``: checked by the matrix loader itself).
SECTIONS: dict[str, SectionCheck | None] = {
    "agency": None,
    "store": None,
    "accounts": None,
    "policy": _policy,
    "review": _review,
    "publisher": _publisher,
    "health": _health,
    "matrix": _matrix,
}


def check_sections(
    sections: Mapping[str, Mapping[str, Any]], ctx: SectionContext
) -> list[ConfigError]:
    """Every problem of every section with a check (all sections are checked, none stops)."""
    problems: list[ConfigError] = []
    for name, check in SECTIONS.items():
        if check is None:
            continue
        try:
            check(sections.get(name, {}), ctx)
        except ConfigError as exc:
            problems.extend(exc.problems)
    return problems
