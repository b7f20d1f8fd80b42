"""Custom rules: callables registered under the ``govpub.rules`` entry-point group.

A rule is ``(post: Post, policy: Policy) -> Iterable[Finding]``.  A package adds
one in its ``pyproject.toml``::

    [project.entry-points."govpub.rules"]
    leader-names = "my_agency_rules:leader_names"

Rules are loaded lazily — on the first check, not at ``import govpub`` — and once.
A rule that cannot be loaded, raises, or returns something that is not a
:class:`~govpub.Finding` is reported as ``custom.error`` (block): govpub never
silently skips a check it was asked to run.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable
from functools import cache
from importlib.metadata import entry_points

from govpub.compliance.findings import Finding
from govpub.compliance.policy import Policy
from govpub.model import Post

__all__ = ["CustomRule", "custom_rules", "run_custom"]

CustomRule = Callable[[Post, Policy], Iterable[Finding]]


@cache
def custom_rules() -> tuple[tuple[str, CustomRule | BaseException], ...]:
    """The rules registered under the ``govpub.rules`` entry-point group, loaded once.

    A rule that cannot be loaded is kept as its exception: every check then
    reports ``custom.error`` (block) rather than silently skipping it.
    """
    loaded: list[tuple[str, CustomRule | BaseException]] = []
    for point in sorted(entry_points(group="govpub.rules"), key=lambda p: p.name):
        try:
            rule = point.load()
        except Exception as exc:
            loaded.append((point.name, exc))
            continue
        if not callable(rule):
            loaded.append((point.name, TypeError(f"{point.value} is not callable")))
        else:
            loaded.append((point.name, rule))
    return tuple(loaded)


def run_custom(rule: CustomRule | BaseException, post: Post, policy: Policy) -> list[Finding]:
    """The findings of one rule; raises what the rule raised, or ``TypeError``."""
    if isinstance(rule, BaseException):
        raise rule
    produced = list(rule(post, policy))
    for item in produced:
        if not isinstance(item, Finding):
            raise TypeError(f"returned {type(item).__name__}, not Finding")
    return produced
