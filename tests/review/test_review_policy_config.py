"""``[review]`` in govpub.toml: loading, and errors that name the key path."""

from __future__ import annotations

import copy
from collections.abc import Callable
from datetime import timedelta
from pathlib import Path
from typing import Any

import pytest
from reviewkit import KEYS, review_section

from govpub import ConfigError, Matrix, ReviewPolicy
from govpub.review import public_key_text


def _set(path: str, value: Any) -> Callable[[dict[str, Any]], None]:
    def apply(section: dict[str, Any]) -> None:
        target: Any = section
        parts = path.split(".")
        for part in parts[:-1]:
            target = target[int(part)] if part.isdigit() else target[part]
        last = parts[-1]
        if value is _DELETE:
            del target[int(last) if last.isdigit() else last]
        elif last.isdigit():
            target[int(last)] = value
        else:
            target[last] = value

    return apply


_DELETE = object()

ERRORS: dict[str, tuple[Callable[[dict[str, Any]], None], str, str]] = {
    "bad_key": (
        _set("reviewers.1.public_key", "ed25519:nope"),
        "review.reviewers[1].public_key",
        "base64",
    ),
    "missing_key": (
        _set("reviewers.2.public_key", _DELETE),
        "review.reviewers[2].public_key",
        "missing",
    ),
    "duplicate_name": (
        _set("reviewers.1.name", "张敏"),
        "review.reviewers[1].name",
        "duplicate reviewer",
    ),
    "shared_key": (
        _set("reviewers.1.public_key", public_key_text(KEYS["张敏"])),
        "review.reviewers[1].public_key",
        "own key",
    ),
    "undeclared_role": (
        _set("reviewers.0.roles", ["editer"]),
        "review.reviewers[0].roles[0]",
        "not declared",
    ),
    "tier_role_nobody_holds": (
        _set("categories.daily.tiers.1", {"role": "leader_x"}),
        "review.categories.daily.tiers[1].role",
        "not declared",
    ),
    "bad_mode": (
        _set("categories.daily.tiers.0.mode", "some"),
        "review.categories.daily.tiers[0].mode",
        "any",
    ),
    "four_tiers": (
        _set("categories.daily.tiers", [{"role": "editor"}] * 4),
        "review.categories.daily.tiers",
        "at most 3",
    ),
    "checks_not_covered": (
        _set("categories.reprint.tiers.0.checks", ["wording", "secrecy"]),
        "review.categories.reprint.tiers",
        "政治关",
    ),
    "unknown_check": (
        _set("categories.daily.tiers.0.checks", ["morality"]),
        "review.categories.daily.tiers[0].checks[0]",
        "political",
    ),
    "bad_duration": (_set("max_age", "a week"), "review.max_age", "duration"),
    "group_out_of_range": (
        _set("categories.emergency.unordered", [[1, 5]]),
        "review.categories.emergency.unordered[0]",
        "tier 5 does not exist",
    ),
    "unknown_key": (_set("approvers", []), "review.approvers", "unknown key"),
    "no_categories": (
        _set("categories", {}),
        "review.categories",
        "at least 1",
    ),
}


@pytest.mark.parametrize("name", sorted(ERRORS))
def test_config_errors_name_the_key(name: str) -> None:
    change, key, needle = ERRORS[name]
    section = copy.deepcopy(review_section())
    change(section)
    with pytest.raises(ConfigError) as raised:
        ReviewPolicy.from_mapping(section, file="govpub.toml")
    assert key == raised.value.key
    assert needle in str(raised.value)
    assert str(raised.value).startswith("govpub.toml: ")


def test_empty_section_is_refused_with_a_pointer_to_the_example() -> None:
    with pytest.raises(ConfigError, match=r"review-section\.toml"):
        ReviewPolicy.from_mapping({})


def test_public_key_file_reference_is_read_relative_to_base_dir(tmp_path: Path) -> None:
    (tmp_path / "keys").mkdir()
    (tmp_path / "keys" / "zhang.pub").write_text(public_key_text(KEYS["张敏"]) + "\n")
    section = review_section()
    section["reviewers"][0]["public_key"] = "file:keys/zhang.pub"
    policy = ReviewPolicy.from_mapping(section, base_dir=tmp_path)
    assert public_key_text(KEYS["张敏"]) == policy.reviewers[0].public_key

    section["reviewers"][0]["public_key"] = "file:keys/missing.pub"
    with pytest.raises(ConfigError) as raised:
        ReviewPolicy.from_mapping(section, base_dir=tmp_path)
    assert "review.reviewers[0].public_key" == raised.value.key


def test_durations_stages_and_labels() -> None:
    policy = ReviewPolicy.from_mapping(review_section())
    assert timedelta(days=7) == policy.max_age
    assert timedelta(minutes=5) == policy.clock_skew
    assert timedelta(hours=12) == policy.categories["emergency"].max_age
    assert ((1,), (2,), (3,)) == policy.categories["policy"].stages()
    assert ((1, 2),) == policy.categories["emergency"].stages()
    assert "编辑" == policy.role_label("editor")
    assert (1,) == policy.tiers_for_role("daily", "editor")


def test_partial_unordered_groups_make_stages() -> None:
    section = review_section()
    section["categories"]["policy"]["unordered"] = [[2, 3]]
    policy = ReviewPolicy.from_mapping(section)
    assert ((1,), (2, 3)) == policy.categories["policy"].stages()


def test_from_toml_and_from_matrix(tmp_path: Path) -> None:
    lines = ["[review]", 'max_age = "7d"', ""]
    for index, name in enumerate(["张敏", "王芳"]):
        role = "editor" if index == 0 else "director"
        lines += [
            "[[review.reviewers]]",
            f'name = "{name}"',
            f'roles = ["{role}"]',
            f'public_key = "{public_key_text(KEYS[name])}"',
            "",
        ]
    lines += [
        "[review.categories.daily]",
        'tiers = [{ role = "editor" }, { role = "director" }]',
    ]
    config = tmp_path / "govpub.toml"
    config.write_text("\n".join(lines) + "\n", encoding="utf-8")
    from_file = ReviewPolicy.from_toml(config)
    from_matrix = ReviewPolicy.from_matrix(Matrix.from_toml(config, environ={}))
    assert from_file == from_matrix
    assert ["张敏", "王芳"] == [r.name for r in from_file.reviewers]


def test_the_example_section_loads() -> None:
    example = Path(__file__).parents[2] / "examples" / "review-section.toml"
    policy = ReviewPolicy.from_toml(example)
    assert {"daily", "policy", "reprint", "emergency"} <= set(policy.categories)
    assert ((1, 2),) == policy.categories["emergency"].stages()
