"""Real use of the compliance API, type-checked by ``mypy --strict`` in CI (not run by pytest)."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path
from typing import Any

import govpub


def gate(post: govpub.Post, config: Path) -> govpub.Post:
    policy: govpub.Policy = govpub.Policy.from_toml(config)
    result: govpub.CheckResult = govpub.check(post, policy)
    result.raise_for_blocked()
    warnings: tuple[govpub.Finding, ...] = result.by_severity()["warn"]
    del warnings
    return result.post


def report(post: govpub.Post) -> dict[str, Any]:
    return govpub.check(post).to_dict()


def links(text: str) -> list[str]:
    clean, removed = govpub.strip_ad_links(text, govpub.Policy.default())
    return [*govpub.find_links(clean), *removed]


def from_matrix(matrix: govpub.Matrix) -> bool:
    policy = govpub.Policy.from_mapping(matrix.policy, base_dir=matrix.base_dir)
    return policy.allows_source("https://www.gov.cn/") and not policy.is_ad_link("https://t.cn/x")


def custom_rule(post: govpub.Post, policy: govpub.Policy) -> Iterator[govpub.Finding]:
    """The shape of a rule registered under the ``govpub.rules`` entry points."""
    if policy.personal_data == "block" and "周末" in post.body:
        yield govpub.Finding("agency.weekend", "warn", "提到周末", field="body", offset=0)
