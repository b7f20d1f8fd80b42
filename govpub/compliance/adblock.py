"""Adblock Plus filter lists (e.g. EasyList China), loaded from a file the user names.

govpub does not ship such a list: EasyList China's terms are copyleft
(GPLv3 / CC BY-SA, rules.md §8 — UNCONFIRMED which exactly), and it targets
ad-serving hosts and page elements, not affiliate links in post text.  So a
list is a complement the agency may add (``[policy] ad_filter_list``).

Of the filter syntax (https://help.eyeo.com/adblockplus/how-to-write-filters)
govpub uses the rules that name a host — the only kind that says something about
a link in a post:

* ``||host^`` and ``||host/path…`` (domain anchors, with or without ``$options``),
  and ``|http://host/…`` (address anchors) block links to that host, or to that
  host under that path prefix (``*`` and ``^`` in the path are honoured);
* ``@@`` exceptions of the same forms un-block;
* rules restricted with ``$domain=`` apply only on certain pages, and are skipped;
* element hiding (``##``, ``#@#``, ``#?#``), comments (``!``), the header
  (``[Adblock Plus …]``) and generic URL patterns (``/ad_``) are skipped — the
  count is kept, so that a list that yields nothing is noticed.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from govpub.compliance.regex_cache import regex
from govpub.compliance.urls import DomainSet, ParsedURL, normalize_domain

__all__ = ["FilterList", "parse_filter_list"]

_ANCHOR = regex(r"^\|\|(?P<host>[^/^|$*]+)(?P<rest>[/^|].*|)$")
_ADDRESS = regex(r"^\|(?:https?)://(?P<host>[^/^|$*:]+)(?P<rest>[/^|:].*|)$", re.IGNORECASE)


@dataclass(frozen=True)
class FilterList:
    """The host rules of one filter list; ``skipped`` counts the lines that were not used."""

    hosts: DomainSet = field(default_factory=DomainSet)
    paths: tuple[tuple[str, re.Pattern[str]], ...] = ()
    exception_hosts: DomainSet = field(default_factory=DomainSet)
    exception_paths: tuple[tuple[str, re.Pattern[str]], ...] = ()
    used: int = 0
    skipped: int = 0

    def blocks(self, parsed: ParsedURL) -> bool:
        """Whether a rule of the list blocks this URL and no exception allows it."""
        if self._matches(parsed, self.exception_hosts, self.exception_paths):
            return False
        return self._matches(parsed, self.hosts, self.paths)

    @staticmethod
    def _matches(
        parsed: ParsedURL, hosts: DomainSet, paths: tuple[tuple[str, re.Pattern[str]], ...]
    ) -> bool:
        if parsed.host in hosts:
            return True
        if not paths:
            return False
        target = parsed.path + ("?" + parsed.query if parsed.query else "")
        for domain, pattern in paths:
            if (parsed.host == domain or parsed.host.endswith("." + domain)) and pattern.match(
                target
            ):
                return True
        return False


def _path_pattern(rest: str) -> re.Pattern[str] | None:
    """The regex for the part of a rule after its host; ``None`` means "the whole host"."""
    rest = rest.rstrip("|")
    if rest in ("", "^", "*", "^*"):
        return None
    if rest.startswith("^"):
        rest = "/" + rest[1:]
    if rest.startswith(":"):  # a port: hosts are matched without ports
        return None
    out: list[str] = []
    for char in rest:
        if char == "*":
            out.append(".*")
        elif char == "^":
            out.append(r"(?:[^\w\-.%]|$)")
        else:
            out.append(re.escape(char))
    return regex("".join(out), re.IGNORECASE)


def parse_filter_list(text: str) -> FilterList:
    """The host rules of an Adblock Plus filter list (see the module docstring)."""
    hosts: set[str] = set()
    paths: list[tuple[str, re.Pattern[str]]] = []
    exception_hosts: set[str] = set()
    exception_paths: list[tuple[str, re.Pattern[str]]] = []
    used = skipped = 0
    for raw in text.splitlines():
        line = raw.strip()
        if not line or line.startswith(("!", "[")):
            continue
        if "##" in line or "#@#" in line or "#?#" in line or "#$#" in line:
            skipped += 1
            continue
        exception = line.startswith("@@")
        if exception:
            line = line[2:]
        rule, _, options = line.partition("$")
        if any(opt.strip().lower().startswith("domain=") for opt in options.split(",")):
            skipped += 1
            continue
        match = _ANCHOR.match(rule) or _ADDRESS.match(rule)
        if match is None or "." not in match.group("host"):  # a bare label would match a TLD
            skipped += 1
            continue
        try:
            host = normalize_domain(match.group("host"))
        except ValueError:
            skipped += 1
            continue
        pattern = _path_pattern(match.group("rest"))
        if pattern is None:
            (exception_hosts if exception else hosts).add(host)
        else:
            (exception_paths if exception else paths).append((host, pattern))
        used += 1
    return FilterList(
        DomainSet(hosts),
        tuple(paths),
        DomainSet(exception_hosts),
        tuple(exception_paths),
        used,
        skipped,
    )
