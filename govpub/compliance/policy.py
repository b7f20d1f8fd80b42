"""The compliance policy: shipped defaults, plus what ``[policy]`` in ``govpub.toml`` adds.

A :class:`Policy` is built once and is immutable: the domain sets, the ad rules,
the Aho-Corasick automaton of every term list and the severity table are
compiled when it is built and reused by every :func:`govpub.check`.  This module
is the loader: it reads the files the configuration names (term lists, a filter
list, a replacement source list); the rules themselves do no I/O.  The questions
asked of links are answered by its :class:`~.link_classes.LinkClassifier`.

Configuration can *add to or tighten* the defaults — more allowed sources, more
ad hosts, more terms, stricter severities — but not switch a rule off.  The one
relaxation is ``personal_data = "mask"``, which masks personal data instead of
blocking (and reports it as ``fixed``).  Keys: ``docs/compliance.md``.
``[policy.limits]`` (:class:`~govpub.PostLimits`, ``docs/post-format.md``) bounds
the size of a post; those limits guard resources, not content, and may be raised.
"""

from __future__ import annotations

import tomllib
from collections.abc import Callable, Mapping, Sequence
from functools import cache, partial
from pathlib import Path
from types import MappingProxyType
from typing import TYPE_CHECKING, Any, Literal

from pydantic import BaseModel, ConfigDict, Field, ValidationError

from govpub.compliance._data import data_text
from govpub.compliance.adblock import FilterList, parse_filter_list
from govpub.compliance.ads import AdRule, AdRules, builtin_ad_rules
from govpub.compliance.contacts import CONTACT_ANCHORS, CONTACT_RULE
from govpub.compliance.engagement import ACT_RULE, act_words
from govpub.compliance.findings import RULES, Severity, rank
from govpub.compliance.link_classes import LinkClass, LinkClassifier
from govpub.compliance.marking_words import APART_RULE, apart_anchors
from govpub.compliance.sales_cues import CUE_RULE, cue_anchors
from govpub.compliance.sources import SourceList, SourceRules, SourceUnit, parse_source_csv
from govpub.compliance.urls import DomainSet, ParsedURL, TrackingTest, normalize_domain
from govpub.compliance.wording import Term, TermMatcher, parse_term_list
from govpub.errors import ConfigError
from govpub.limits import PostLimits

if TYPE_CHECKING:
    from govpub.config import Matrix

__all__ = ["BUILTIN_SOURCE_LISTS", "LinkClass", "Policy"]

#: Built-in 稿源单位 list versions and their data files (the 2021 list exists only as images).
BUILTIN_SOURCE_LISTS: Mapping[str, str] = {"2025": "reprint_sources_2025.csv"}
DEFAULT_SOURCE_LIST = "2025"


class _SourceEntry(BaseModel):
    model_config = ConfigDict(extra="forbid", frozen=True)

    name: str = Field(min_length=1)
    domains: list[str] = Field(min_length=1)
    category: str = ""


class _TermListEntry(BaseModel):
    model_config = ConfigDict(extra="forbid", frozen=True)

    path: str = Field(min_length=1)
    severity: Literal["block", "warn"] = "warn"
    name: str = ""
    id: str = Field(default="custom", pattern=r"^[a-z0-9_]{1,40}$")


class _PolicySection(BaseModel):
    """The ``[policy]`` table; unknown keys are errors (a typo must not pass silently)."""

    model_config = ConfigDict(extra="forbid", frozen=True)

    personal_data: Literal["block", "mask"] = "block"
    public_numbers: list[str] = Field(default_factory=list)
    source_list: str = DEFAULT_SOURCE_LIST
    source_list_file: str | None = None
    source_list_version: str | None = None
    sources: list[_SourceEntry] = Field(default_factory=list)
    source_domains: list[str] = Field(default_factory=list)
    link_domains: list[str] = Field(default_factory=list)
    ad_hosts: list[str] = Field(default_factory=list)
    ad_filter_list: str | None = None
    tracking_params: list[str] = Field(default_factory=list)
    term_lists: list[_TermListEntry] = Field(default_factory=list)
    severity: dict[str, Literal["block", "warn", "fixed"]] = Field(default_factory=dict)
    limits: PostLimits = Field(default_factory=PostLimits)


def _data_lines(name: str) -> list[str]:
    return [t for t, _ in parse_term_list(data_text(name))]


# (the benchmarks read the shipped rules by this name)
_builtin_ad_rules = builtin_ad_rules


@cache
def _builtin_source_list(version: str) -> SourceList:
    file = BUILTIN_SOURCE_LISTS[version]
    return SourceList(version, tuple(parse_source_csv(data_text(file), origin=file)))


def _builtin_terms() -> list[Term]:
    lists: Sequence[tuple[str, str, Severity, str]] = (
        ("opinion_words.txt", "wording.opinion", "warn", "个人观点或情绪化表述"),
        ("forced_engagement.txt", "wording.forced_engagement", "warn", "强制点赞转发关注下载"),
        ("internal_markers.txt", "secrecy.internal", "block", "内部资料标识"),
        ("sensitive_markers.txt", "secrecy.sensitive_term", "warn", "涉密提示词"),
        ("ad_wording.txt", "ad.wording", "warn", "商业推广用语"),
    )
    return [
        Term(rule, severity, term, list_name=name)
        for file, rule, severity, name in lists
        for term in _data_lines(file)
    ]


#: The rule of the phrases in which a built-in term is ordinary prose (never reported).
PROSE_RULE = "prose"
#: The rules whose terms :data:`PROSE_RULE` phrases silence.
BUILTIN_TERM_RULES = frozenset(
    {
        "wording.opinion",
        "wording.forced_engagement",
        "secrecy.internal",
        "secrecy.sensitive_term",
        "ad.wording",
    }
)


def _prose_terms() -> list[Term]:
    return [Term(PROSE_RULE, "warn", term) for term in _data_lines("prose_phrases.txt")]


def _act_terms() -> list[Term]:
    """The anchors other readers read on from, found in the terms' one pass: the acts
    :mod:`.engagement` and the selling words :mod:`.sales_cues` read the sentence around, the
    contacts without 加 :mod:`.contacts` reads on from, and
    the internal-use markers spelled apart (:mod:`.marking_words`)."""
    return (
        [Term(ACT_RULE, "warn", word) for word in act_words()]
        + [Term(CUE_RULE, "warn", word) for word in cue_anchors()]
        # a contact word's end and its colon (:mod:`.contacts`: 微信：… without 加)
        + [Term(CONTACT_RULE, "warn", word) for word in CONTACT_ANCHORS]
        # an internal-use marker spelled out with list marks (:mod:`.marking_words`)
        + [Term(APART_RULE, "block", anchor) for anchor in apart_anchors()]
    )


class Policy:
    """The compiled compliance policy; build it with :meth:`default`, :meth:`from_toml`
    or :meth:`from_mapping`, and pass it to :func:`govpub.check`.
    """

    terms: TermMatcher
    personal_data: Literal["block", "mask"]
    public_numbers: frozenset[str]
    limits: PostLimits
    #: The link questions (:mod:`.link_classes`), which the checks ask it directly.
    links: LinkClassifier
    _sources: SourceRules
    _severity: Mapping[str, Severity]

    __slots__ = (
        "_severity",
        "_sources",
        "limits",
        "links",
        "personal_data",
        "public_numbers",
        "terms",
    )

    def __init__(
        self,
        *,
        sources: SourceRules,
        source_domains: DomainSet,
        link_domains: DomainSet,
        ads: AdRules,
        tracking: TrackingTest,
        terms: TermMatcher,
        personal_data: Literal["block", "mask"] = "block",
        public_numbers: frozenset[str] = frozenset(),
        severity: Mapping[str, Severity] | None = None,
        limits: PostLimits | None = None,
    ) -> None:
        """Assemble a policy from compiled parts (use the class methods instead)."""
        init = object.__setattr__  # the policy is immutable once built
        init(self, "_sources", sources)
        init(
            self,
            "links",
            LinkClassifier(
                sources=sources,
                source_domains=source_domains,
                link_domains=link_domains,
                ads=ads,
                tracking=tracking,
            ),
        )
        init(self, "terms", terms)
        init(self, "personal_data", personal_data)
        init(self, "public_numbers", public_numbers)
        init(self, "_severity", MappingProxyType(dict(severity or {})))
        init(self, "limits", limits or PostLimits())

    def __setattr__(self, name: str, value: object) -> None:
        raise AttributeError(f"Policy is immutable (cannot set {name!r})")

    def __delattr__(self, name: str) -> None:
        raise AttributeError(f"Policy is immutable (cannot delete {name!r})")

    def __repr__(self) -> str:
        return (
            f"<Policy source_list={self.source_list_version} units={len(self.source_list)}"
            f" terms={len(self.terms)} personal_data={self.personal_data}>"
        )

    # -- construction ---------------------------------------------------------------

    @classmethod
    def default(cls) -> Policy:
        """The shipped defaults (the 2025 source list, built-in ad rules and word lists)."""
        return _default_policy()

    @classmethod
    def from_toml(cls, path: str | Path) -> Policy:
        """The policy of the ``[policy]`` table of a ``govpub.toml`` (defaults if absent)."""
        path = Path(path)
        try:
            data = tomllib.loads(path.read_text(encoding="utf-8"))
        except FileNotFoundError:
            raise ConfigError("configuration file not found", file=str(path)) from None
        except (OSError, UnicodeDecodeError) as exc:
            raise ConfigError(f"cannot read configuration ({exc})", file=str(path)) from None
        except tomllib.TOMLDecodeError as exc:
            raise ConfigError(f"invalid TOML: {exc}", file=str(path)) from None
        section = data.get("policy", {})
        if not isinstance(section, dict):
            raise ConfigError("expected a table", file=str(path), key="policy")
        return cls.from_mapping(section, base_dir=path.parent, file=str(path))

    @classmethod
    def from_matrix(cls, matrix: Matrix) -> Policy:
        """The policy of a loaded :class:`~govpub.Matrix` (its ``[policy]`` section)."""
        return cls.from_mapping(
            matrix.policy,
            base_dir=matrix.base_dir,
            file=str(matrix.path) if matrix.path is not None else None,
        )

    @classmethod
    def from_mapping(
        cls, section: Mapping[str, Any], *, base_dir: Path, file: str | None = None
    ) -> Policy:
        """Build a policy from a ``[policy]`` mapping; relative paths resolve from ``base_dir``.

        Raises :class:`~govpub.ConfigError` naming the key (``policy.term_lists[1].path``).
        """
        if not section:
            return cls.default()
        cls.check_section(section, base_dir=Path(base_dir), file=file)
        config = _PolicySection.model_validate(dict(section))
        return _Builder(config, Path(base_dir), file).build()

    @classmethod
    def check_section(
        cls, section: Mapping[str, Any], *, base_dir: Path, file: str | None = None
    ) -> None:
        """Validate a ``[policy]`` table without compiling it (run when the config is loaded).

        Every key (all unknown or invalid ones at once), the files it names and
        their contents, the domains and the severities — everything that can make
        :meth:`from_mapping` fail — but not the automata, which cannot.
        """
        if not section:
            return
        from govpub.config.problems import validation_problems  # noqa: PLC0415 - no cycle

        try:
            config = _PolicySection.model_validate(dict(section))
        except ValidationError as exc:
            raise ConfigError.of(
                validation_problems(exc, _PolicySection, "policy", file=file)
            ) from None
        builder = _Builder(config, Path(base_dir), file)
        problems: list[ConfigError] = []
        checks: list[Callable[[], object]] = [
            builder.source_list,
            builder.terms,
            builder.severity,
            lambda: builder.domains(config.source_domains, "policy.source_domains"),
            lambda: builder.domains(config.link_domains, "policy.link_domains"),
            lambda: builder.domains(config.ad_hosts, "policy.ad_hosts"),
            *(
                partial(builder.domains, entry.domains, f"policy.sources[{index}].domains")
                for index, entry in enumerate(config.sources)
            ),
        ]
        if config.ad_filter_list is not None:
            checks.append(partial(builder.read, config.ad_filter_list, "policy.ad_filter_list"))
        for check_one in checks:
            try:
                check_one()
            except ConfigError as exc:
                problems.append(exc)
        if problems:
            raise ConfigError.of(problems)

    # -- questions ------------------------------------------------------------------

    @property
    def source_list(self) -> SourceList:
        """The 稿源单位 list in force."""
        return self._sources.source_list

    @property
    def source_list_version(self) -> str:
        """Its version (``"2025"``), recorded with every check."""
        return self._sources.source_list.version

    @property
    def source_rules(self) -> SourceRules:
        """The compiled reprint-source rules."""
        return self._sources

    def allows_source(self, url: str) -> bool:
        """Whether ``url`` may be reprinted from (government host, listed or configured unit).

        Decided on the host a browser would open; an unparsable URL is never allowed.
        """
        return self.links.allows_source(url)

    def is_ad_link(self, url: str) -> bool:
        """Whether ``url`` is an ad, affiliate or short link that must be stripped."""
        return self.links.is_ad_link(url)

    def classify_link(self, url: str) -> LinkClass:
        """``ad``, ``allowed`` (source or link domain), ``other``, ``unparsable`` or ``not_web``.

        An address that carries an ad address in its query or fragment (the target
        of a redirect, :mod:`~govpub.compliance.redirects`) is ``ad``.
        """
        return self.links.classify_link(url)

    def redirect_to_ad(self, url: str) -> str | None:
        """The ad address ``url`` carries (``…?url=https://m.tb.cn/…``), if any."""
        return self.links.redirect_to_ad(url)

    def link_host(self, url: str) -> str | None:
        """The host a browser opens for ``url`` (``None`` when it cannot be parsed)."""
        return self.links.link_host(url)

    def is_ad_host(self, host: str) -> bool:
        """Whether ``host`` (lower case, dots) is, or is under, a host the ad rules list whole."""
        return self.links.is_ad_host(host)

    def is_link_domain(self, parsed: ParsedURL) -> bool:
        """Whether the host is one the agency allows links to (``link_domains``)."""
        return self.links.is_link_domain(parsed)

    def strip_tracking(self, url: str) -> str:
        """``url`` without tracking parameters (``utm_*``, ``spm``, ``pid=mm_…``, ``tk`` …)."""
        return self.links.strip_tracking(url)

    def severity(self, rule: str, default: Severity) -> Severity:
        """The severity of ``rule`` under this policy (configuration may only raise it)."""
        return self._severity.get(rule, default)


@cache
def _default_policy() -> Policy:
    return _Builder(_PolicySection(), Path.cwd(), None).build()


class _Builder:
    """Turns a validated ``[policy]`` section into a :class:`Policy`, reading named files."""

    def __init__(self, config: _PolicySection, base_dir: Path, file: str | None) -> None:
        self.config = config
        self.base_dir = base_dir
        self.file = file

    def error(self, message: str, key: str) -> ConfigError:
        return ConfigError(message, file=self.file, key=key)

    def read(self, value: str, key: str) -> str:
        path = Path(value)
        if not path.is_absolute():
            path = self.base_dir / path
        try:
            return path.read_text(encoding="utf-8-sig")
        except FileNotFoundError:
            raise self.error(f"file not found: {path}", key) from None
        except UnicodeDecodeError:
            raise self.error(f"not UTF-8 text: {path}", key) from None
        except OSError as exc:
            raise self.error(f"cannot read {path} ({exc.strerror})", key) from None

    def domains(self, values: Sequence[str], key: str) -> list[str]:
        out: list[str] = []
        for index, value in enumerate(values):
            try:
                out.append(normalize_domain(value))
            except ValueError as exc:
                raise self.error(str(exc), f"{key}[{index}]") from None
        return out

    def source_list(self) -> SourceList:
        config = self.config
        if config.source_list_file is not None:
            if not config.source_list_version:
                raise self.error(
                    'give the version of the replacement list (e.g. "2026")',
                    "policy.source_list_version",
                )
            text = self.read(config.source_list_file, "policy.source_list_file")
            try:
                units = parse_source_csv(text, origin=config.source_list_file)
            except ValueError as exc:
                raise self.error(str(exc), "policy.source_list_file") from None
            return SourceList(config.source_list_version, tuple(units))
        if config.source_list not in BUILTIN_SOURCE_LISTS:
            known = ", ".join(BUILTIN_SOURCE_LISTS)
            raise self.error(
                f"unknown built-in list {config.source_list!r}; built in: {known} "
                "(or give source_list_file and source_list_version)",
                "policy.source_list",
            )
        return _builtin_source_list(config.source_list)

    def terms(self) -> list[Term]:
        terms = _builtin_terms() + _prose_terms() + _act_terms()
        for index, entry in enumerate(self.config.term_lists):
            key = f"policy.term_lists[{index}]"
            pairs = parse_term_list(self.read(entry.path, f"{key}.path"))
            if not pairs:
                raise self.error("the term list is empty", f"{key}.path")
            name = entry.name or Path(entry.path).stem
            rule = f"terms.{entry.id}"
            terms.extend(Term(rule, entry.severity, t, s, name) for t, s in pairs)
        return terms

    def severity(self) -> dict[str, Severity]:
        out: dict[str, Severity] = {}
        for rule, wanted in self.config.severity.items():
            key = f"policy.severity.{rule}"
            info = RULES.get(rule)
            if info is None and not rule.startswith("terms.") and "." not in rule:
                raise self.error('not a rule id (e.g. "wording.opinion")', key)
            if info is not None and rank(wanted) < rank(info.severity):
                raise self.error(
                    f"can only tighten: {rule} is {info.severity!r} by default, "
                    f"{wanted!r} would loosen it",
                    key,
                )
            out[rule] = wanted
        return out

    def build(self) -> Policy:
        config = self.config
        extra_units = [
            SourceUnit(
                entry.name,
                tuple(self.domains(entry.domains, f"policy.sources[{index}].domains")),
                entry.category or "agency",
            )
            for index, entry in enumerate(config.sources)
        ]
        ad_rules = list(builtin_ad_rules())
        ad_rules += [
            AdRule(host, category="agency")
            for host in self.domains(config.ad_hosts, "policy.ad_hosts")
        ]
        filters: FilterList | None = None
        if config.ad_filter_list is not None:
            filters = parse_filter_list(self.read(config.ad_filter_list, "policy.ad_filter_list"))
        tracking = TrackingTest([*_data_lines("tracking_params.txt"), *config.tracking_params])
        numbers = frozenset(
            "".join(c for c in number if c.isdigit() or c.isalpha()).lower()
            for number in config.public_numbers
        )
        return Policy(
            sources=SourceRules(self.source_list(), extra_units),
            source_domains=DomainSet(self.domains(config.source_domains, "policy.source_domains")),
            link_domains=DomainSet(self.domains(config.link_domains, "policy.link_domains")),
            ads=AdRules(ad_rules, filters),
            tracking=tracking,
            terms=TermMatcher(self.terms()),
            personal_data=config.personal_data,
            public_numbers=numbers,
            severity=self.severity(),
            limits=config.limits,
        )
