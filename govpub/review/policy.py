"""The review policy (分级分类审核): who reviews, and which tiers each category of post needs.

Read from the ``[review]`` table of ``govpub.toml`` (``docs/review.md``)::

    [review]
    max_age = "7d"        # an approval older than this is stale (optional)
    clock_skew = "5m"     # tolerance between reviewers' clocks

    [review.roles]        # optional; when given, every role used must be declared
    editor = "编辑（初审）"

    [[review.reviewers]]
    name = "张敏"
    roles = ["editor"]
    public_key = "ed25519:…"      # or "file:keys/zhang-min.pub", relative to the config

    [review.categories.daily]
    label = "日常信息"
    tiers = [{ name = "初审", role = "editor" }, { name = "终审", role = "director" }]

A tier names a role and whether ``any`` one holder of it or ``all`` holders must
approve, and which of the five checks (五关) its approvers attest (all five
unless ``checks`` says otherwise; together the tiers must cover all five).
Tiers are approved in order — a 复审 signed before the 初审 it builds on does
not count — except within ``unordered`` groups (``unordered = true`` for the
whole category, or ``[[1, 2]]``), which is how a 突发事件 release lets the duty
officer and the leader approve in either order.  At most three tiers
(三审制; Hootsuite's limit too, reference README lesson 5).

123号 四(二) and 31号 ask for 分级分类审核、先审后发; the rules live in
:mod:`govpub.review.gate`, this module only validates and holds the data.
Every problem is a :class:`~govpub.errors.ConfigError` naming the key path,
e.g. ``review.reviewers[1].public_key``.
"""

from __future__ import annotations

import tomllib
import unicodedata
from collections.abc import Iterable, Mapping, Sequence
from datetime import datetime, timedelta
from pathlib import Path
from typing import TYPE_CHECKING, Any, Literal

from pydantic import (
    BaseModel,
    ConfigDict,
    Field,
    StrictBool,
    ValidationError,
    field_validator,
    model_validator,
)
from pydantic_core import PydanticCustomError

from govpub.errors import ConfigError
from govpub.model import Post
from govpub.review._time import parse_duration
from govpub.review.checks import CHECK_KEYS, CHECK_LABELS, CheckKey
from govpub.review.signing import key_id, parse_public_key, public_key_text

if TYPE_CHECKING:
    from govpub.config import Matrix
    from govpub.review.approval import Approval
    from govpub.review.status import ReviewStatus

__all__ = ["MAX_TIERS", "Category", "ReviewPolicy", "Reviewer", "Tier", "normalise_name"]

MAX_TIERS = 3
_CONFIG_ERROR = "review_config"


def _config_error(key: str, message: str) -> PydanticCustomError:
    return PydanticCustomError(_CONFIG_ERROR, "{message}", {"key": key, "message": message})


def normalise_name(name: str) -> str:
    """Names compare after NFKC (full-width → half-width), trimming and case folding."""
    return unicodedata.normalize("NFKC", name).strip().casefold()


def _duration(value: Any) -> Any:
    if isinstance(value, str):
        return parse_duration(value)
    return value


class _Frozen(BaseModel):
    model_config = ConfigDict(frozen=True, extra="forbid")


class Reviewer(_Frozen):
    """A person who may approve, the roles they hold, and their registered public key."""

    name: str = Field(min_length=1)
    roles: tuple[str, ...] = Field(min_length=1)
    public_key: str = Field(description="ed25519:<base64>, as `govpub review keygen` prints")
    title: str = Field(default="", description="job title (职务), shown on the review form")
    aliases: tuple[str, ...] = Field(
        default=(), description="other spellings of the name (pen names) matched against authors"
    )

    @field_validator("name")
    @classmethod
    def _trim(cls, value: str) -> str:
        if not value.strip():
            raise ValueError("name is empty")
        return value.strip()

    @field_validator("public_key")
    @classmethod
    def _key(cls, value: str) -> str:
        if value.startswith("file:"):
            raise ValueError("file: references are resolved by ReviewPolicy.from_mapping")
        return public_key_text(parse_public_key(value))

    @property
    def key_id(self) -> str:
        """The fingerprint of the registered public key."""
        return key_id(parse_public_key(self.public_key))

    def names(self) -> frozenset[str]:
        """The name and aliases, normalised for comparison with post authors."""
        return frozenset(normalise_name(n) for n in (self.name, *self.aliases) if n.strip())


class Tier(_Frozen):
    """One review step: a role, ``any``/``all`` of its holders, and the checks they attest."""

    role: str = Field(min_length=1)
    mode: Literal["any", "all"] = "any"
    name: str = Field(default="", description="e.g. 初审, 复审, 终审")
    checks: tuple[CheckKey, ...] = Field(default=CHECK_KEYS, min_length=1)


class Category(_Frozen):
    """A category of post (``post.category``) and the tiers of review it needs."""

    label: str = ""
    tiers: tuple[Tier, ...] = Field(min_length=1, max_length=MAX_TIERS)
    unordered: StrictBool | tuple[tuple[int, ...], ...] = False
    max_age: timedelta | None = None
    reprint_only: StrictBool = Field(
        default=False, description="only for reprints (posts with a source), e.g. `reprint`"
    )

    @field_validator("max_age", mode="before")
    @classmethod
    def _parse_max_age(cls, value: Any) -> Any:
        return _duration(value)

    @model_validator(mode="after")
    def _groups(self) -> Category:
        if isinstance(self.unordered, bool):
            return self
        seen: set[int] = set()
        for index, group in enumerate(self.unordered):
            key = f"unordered[{index}]"
            if len(group) < 2:
                raise _config_error(key, "a group lists at least two tier numbers")
            for number in group:
                if not 1 <= number <= len(self.tiers):
                    raise _config_error(
                        key, f"tier {number} does not exist (tiers are 1..{len(self.tiers)})"
                    )
                if number in seen:
                    raise _config_error(key, f"tier {number} is in more than one group")
                seen.add(number)
            if sorted(group) != list(range(min(group), max(group) + 1)):
                raise _config_error(key, "a group must be consecutive tiers, e.g. [2, 3]")
        return self

    def stages(self) -> tuple[tuple[int, ...], ...]:
        """Tier numbers (1-based) grouped into stages that must be approved in sequence."""
        numbers = range(1, len(self.tiers) + 1)
        if self.unordered is True:
            return (tuple(numbers),)
        groups = [] if self.unordered is False else [tuple(sorted(g)) for g in self.unordered]
        stages: list[tuple[int, ...]] = []
        for number in numbers:
            group = next((g for g in groups if number in g), (number,))
            if not stages or stages[-1] != group:
                stages.append(group)
        return tuple(stages)

    def tier(self, number: int) -> Tier:
        """The tier with this 1-based number."""
        return self.tiers[number - 1]


class ReviewPolicy(_Frozen):
    """Reviewers and the tiers each category of post needs; the review gate's rules."""

    roles: dict[str, str] = Field(default_factory=dict, description="role id → Chinese label")
    reviewers: tuple[Reviewer, ...] = Field(min_length=1)
    categories: dict[str, Category] = Field(min_length=1)
    max_age: timedelta | None = None
    clock_skew: timedelta = timedelta(minutes=5)

    @field_validator("max_age", "clock_skew", mode="before")
    @classmethod
    def _parse_durations(cls, value: Any) -> Any:
        return _duration(value)

    @model_validator(mode="after")
    def _consistent(self) -> ReviewPolicy:
        declared = set(self.roles)
        names: dict[str, int] = {}
        keys: dict[str, int] = {}
        for index, reviewer in enumerate(self.reviewers):
            where = f"reviewers[{index}]"
            if reviewer.name in names:
                raise _config_error(
                    f"{where}.name",
                    f"duplicate reviewer {reviewer.name!r} "
                    f"(first at reviewers[{names[reviewer.name]}])",
                )
            names[reviewer.name] = index
            if reviewer.public_key in keys:
                raise _config_error(
                    f"{where}.public_key",
                    f"the same key is registered for reviewers[{keys[reviewer.public_key]}]; "
                    "every reviewer needs their own key",
                )
            keys[reviewer.public_key] = index
            for role_index, role in enumerate(reviewer.roles):
                if declared and role not in declared:
                    raise _config_error(
                        f"{where}.roles[{role_index}]",
                        f"role {role!r} is not declared in [review.roles] "
                        f"({', '.join(sorted(declared))})",
                    )
        for name, category in self.categories.items():
            covered: set[str] = set()
            for index, tier in enumerate(category.tiers):
                where = f"categories.{name}.tiers[{index}]"
                if declared and tier.role not in declared:
                    raise _config_error(
                        f"{where}.role", f"role {tier.role!r} is not declared in [review.roles]"
                    )
                if not self.holders(tier.role):
                    raise _config_error(f"{where}.role", f"no reviewer holds role {tier.role!r}")
                covered.update(tier.checks)
            missing = [CHECK_LABELS[k] for k in CHECK_KEYS if k not in covered]
            if missing:
                raise _config_error(
                    f"categories.{name}.tiers",
                    f"no tier attests {'、'.join(missing)}; the tiers together must cover 五关",
                )
        return self

    # -- loading ---------------------------------------------------------------------------

    @classmethod
    def from_mapping(
        cls,
        section: Mapping[str, Any],
        *,
        base_dir: str | Path | None = None,
        file: str | None = None,
    ) -> ReviewPolicy:
        """Build the policy from the ``[review]`` table; ``file:`` key references are read
        relative to ``base_dir``.  Errors are :class:`ConfigError` with the key path."""
        if not section:
            raise ConfigError(
                "the [review] section is empty; add reviewers and categories "
                "(see examples/review-section.toml)",
                file=file,
                key="review",
            )
        data = dict(section)
        base = Path(base_dir) if base_dir is not None else Path.cwd()
        reviewers = data.get("reviewers")
        if isinstance(reviewers, list):
            data["reviewers"] = [
                _resolve_key_file(entry, index, base, file) for index, entry in enumerate(reviewers)
            ]
        try:
            return cls.model_validate(data)
        except ValidationError as exc:
            raise _as_config_error(exc, file) from None

    @classmethod
    def from_toml(cls, path: str | Path) -> ReviewPolicy:
        """Read the ``[review]`` table of a TOML file (``govpub.toml`` or a file of its own)."""
        path = Path(path)
        try:
            data = tomllib.loads(path.read_text(encoding="utf-8"))
        except FileNotFoundError:
            raise ConfigError("file not found", file=str(path)) from None
        except (OSError, UnicodeDecodeError, tomllib.TOMLDecodeError) as exc:
            raise ConfigError(f"cannot read TOML ({exc})", file=str(path)) from None
        section = data.get("review", {})
        if not isinstance(section, dict):
            raise ConfigError("expected a table", file=str(path), key="review")
        return cls.from_mapping(section, base_dir=path.parent, file=str(path))

    @classmethod
    def from_matrix(cls, matrix: Matrix) -> ReviewPolicy:
        """The policy of a loaded matrix (``matrix.review``, paths relative to its config)."""
        file = str(matrix.path) if matrix.path is not None else None
        return cls.from_mapping(matrix.review, base_dir=matrix.base_dir, file=file)

    # -- lookups ----------------------------------------------------------------------------

    def reviewer(self, name: str) -> Reviewer | None:
        """The reviewer with this name, if registered."""
        return next((r for r in self.reviewers if r.name == name), None)

    def reviewer_by_key(self, key: str) -> Reviewer | None:
        """The reviewer whose registered public key this is (``ed25519:…`` text)."""
        return next((r for r in self.reviewers if r.public_key == key), None)

    def holders(self, role: str) -> tuple[Reviewer, ...]:
        """Every reviewer holding ``role``, in config order."""
        return tuple(r for r in self.reviewers if role in r.roles)

    def role_label(self, role: str) -> str:
        """``"编辑（初审）"`` for ``"editor"`` when declared, else the id itself."""
        return self.roles.get(role, role)

    def tiers_for_role(self, category: str, role: str) -> tuple[int, ...]:
        """The 1-based numbers of the tiers of ``category`` that ``role`` approves."""
        found = self.categories.get(category)
        if found is None:
            return ()
        return tuple(i for i, tier in enumerate(found.tiers, start=1) if tier.role == role)

    # -- the gate ---------------------------------------------------------------------------

    def evaluate(
        self, post: Post, approvals: Iterable[Approval], *, now: datetime | None = None
    ) -> ReviewStatus:
        """What is satisfied, what is missing and what is wrong; never raises for review reasons."""
        from govpub.review.gate import evaluate  # noqa: PLC0415 - gate imports this module

        return evaluate(self, post, approvals, now=now)

    def verify(
        self, post: Post, approvals: Iterable[Approval], *, now: datetime | None = None
    ) -> ReviewStatus:
        """Like :meth:`evaluate`, but raise :class:`~govpub.ReviewError` listing every problem
        unless every tier is satisfied and no approval is wrong."""
        status = self.evaluate(post, approvals, now=now)
        status.raise_for_problems()
        return status


def _resolve_key_file(entry: Any, index: int, base: Path, file: str | None) -> Any:
    if not isinstance(entry, Mapping):
        return entry
    value = entry.get("public_key")
    if not isinstance(value, str) or not value.startswith("file:"):
        return entry
    key = f"review.reviewers[{index}].public_key"
    target = Path(value.removeprefix("file:")).expanduser()
    path = target if target.is_absolute() else base / target
    try:
        text = path.read_text(encoding="utf-8").strip()
    except FileNotFoundError:
        raise ConfigError(f"public key file {path} does not exist", file=file, key=key) from None
    except (OSError, UnicodeDecodeError) as exc:
        raise ConfigError(
            f"public key file {path} cannot be read ({exc})", file=file, key=key
        ) from None
    return {**entry, "public_key": text}


def _as_config_error(exc: ValidationError, file: str | None) -> ConfigError:
    """Every problem of the ``[review]`` table at once, in the configuration's one format."""
    from govpub.config.problems import did_you_mean  # noqa: PLC0415 - no cycle at import

    problems = []
    for error in exc.errors(include_url=False, include_input=False):
        loc = _key_path(error["loc"])
        kind = error["type"]
        if kind == _CONFIG_ERROR:
            ctx = error.get("ctx") or {}
            suffix = str(ctx.get("key", ""))
            key = f"review{loc}" + (f".{suffix}" if suffix else "")
            problems.append(ConfigError(str(ctx.get("message", error["msg"])), file=file, key=key))
            continue
        if kind == "missing":
            message = "required key is missing"
        elif kind == "extra_forbidden":
            message = "unknown key" + did_you_mean(str(error["loc"][-1]), _known_at(error["loc"]))
        else:
            message = "expected: " + str(error["msg"]).removeprefix("Value error, ")
        problems.append(ConfigError(message, file=file, key=f"review{loc}"))
    return ConfigError.of(problems)


def _known_at(loc: Sequence[int | str]) -> list[str]:
    """The keys allowed where an unknown one was written (for "did you mean")."""
    from govpub.config.problems import known_fields  # noqa: PLC0415 - no cycle at import

    return known_fields(ReviewPolicy, loc[:-1])


def _key_path(loc: Sequence[int | str]) -> str:
    return "".join(f"[{p}]" if isinstance(p, int) else f".{p}" for p in loc)
