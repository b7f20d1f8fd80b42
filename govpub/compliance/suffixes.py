"""The Public Suffix List: which labels are top-level domains, and who owns a host.

Two questions need it (rules.md §6, issue 12):

* **Is this a domain?**  A bare ``t.cn/A6x…`` or ``u。jd。com/…`` pasted into a
  post has no scheme; it is an address when its last label is a top-level domain
  that exists (``cn``, ``com``, ``政务``…) — ``report.docx`` and ``v1.2`` are not.
* **Who owns this host?**  The registrable domain (eTLD+1): ``kjt.ah.gov.cn``
  belongs to ``ah.gov.cn``, because ``gov.cn`` is a public suffix under which
  every government is its own site.

The list is the ICANN section of the Public Suffix List (publicsuffix.org, the
``publicsuffix/list`` repository), as shipped by the ``publicsuffixlist``
package, which is released whenever the list changes — so govpub maintains no
list of its own.  govpub reads that package's data file itself, on first use
(about 15 ms): the package's own parser converts every rule to punycode at
start-up, which takes ten times as long, and only these two questions are asked.
The private section (``github.io``, ``blogspot.com``…) is not used: its entries are
hosting services, not who runs a government or media site.

One addition of govpub's own: ``政务.cn`` and ``公益.cn`` (CONAC's forms under
``.cn``) are treated as public suffixes; whether the PSL lists them is
UNCONFIRMED (rules.md §6).
"""

from __future__ import annotations

import contextlib
import importlib.util
import re
from functools import cache
from pathlib import Path

import idna

from govpub.compliance.regex_cache import regex

__all__ = [
    "han_top_level_domains",
    "is_public_suffix",
    "is_top_level_domain",
    "public_suffix",
    "registrable_domain",
]

_DATA_FILE = "public_suffix_list.dat"
_BEGIN = "// ===BEGIN ICANN DOMAINS==="
_END = "// ===END ICANN DOMAINS==="
_EXTRA_RULES = ("政务.cn", "公益.cn")


def _data_text() -> str:
    spec = importlib.util.find_spec("publicsuffixlist")
    if spec is None or spec.origin is None:  # pragma: no cover - a declared dependency
        raise RuntimeError("the publicsuffixlist package is not installed")
    return (Path(spec.origin).parent / _DATA_FILE).read_text(encoding="utf-8")


def parse_rules(text: str) -> frozenset[str]:
    """The rules of the ICANN section of a ``public_suffix_list.dat`` text, lower case."""
    begin = text.find(_BEGIN)
    end = text.find(_END)
    if begin == -1 or end == -1:
        raise ValueError("not a Public Suffix List: no ICANN section markers")
    # each rule is the first word of a line that is no comment (7,000 lines: one findall)
    return frozenset(rule.lower() for rule in _RULE.findall(text, begin, end))


_RULE = regex(r"^[^\S\n]*+(?!//)(\S+)", re.MULTILINE)


@cache
def _rules() -> frozenset[str]:
    return parse_rules(_data_text()) | frozenset(_EXTRA_RULES)


@cache
def _most_labels() -> int:
    """The most labels a rule has (``*`` counts as one, ``!`` is no label): four."""
    return max(rule.lstrip("!").count(".") + 1 for rule in _rules())


@cache
def _tlds() -> frozenset[str]:
    return frozenset(rule.rsplit(".", 1)[-1].lstrip("!*") for rule in _rules()) - {""}


@cache
def _punycode_tlds() -> frozenset[str]:
    out: set[str] = set()
    for tld in _tlds():
        if not tld.isascii():
            try:
                out.add(idna.encode(tld).decode("ascii"))
            except idna.IDNAError:  # pragma: no cover - the PSL holds valid labels
                continue
    return frozenset(out)


@cache
def han_top_level_domains() -> frozenset[str]:
    """The top-level domains written in CJK ideographs (``政务``, ``中国``, ``公司``…)."""
    return frozenset(
        tld
        for tld in _tlds()
        if any("\u3400" <= c <= "\u9fff" or "\uf900" <= c <= "\ufaff" for c in tld)
    )


def is_top_level_domain(label: str) -> bool:
    """Whether ``label`` (lower case; Unicode or punycode) is a top-level domain in the PSL."""
    if label.startswith("xn--"):
        return label in _punycode_tlds()
    return label in _tlds()


def _unicode_labels(host: str) -> list[str]:
    labels = host.lower().split(".")
    if "xn--" not in host:
        return labels
    out: list[str] = []
    for label in labels:
        unicode_label = label
        if label.startswith("xn--"):
            # a punycode label that does not decode matches no rule but "*"
            with contextlib.suppress(idna.IDNAError):
                unicode_label = idna.decode(label)
        out.append(unicode_label)
    return out


def _suffix_size(labels: list[str]) -> int:
    """How many trailing labels form the public suffix (PSL algorithm, default rule ``*``)."""
    rules = _rules()
    # a suffix longer than every rule matches none: start where one may (a host of 20,000
    # labels, "a.ba.ba.b…", joined once per label was quadratic: red team 60)
    for index in range(max(0, len(labels) - _most_labels()), len(labels)):
        suffix = ".".join(labels[index:])
        if "!" + suffix in rules:
            return len(labels) - index - 1
        if suffix in rules:
            return len(labels) - index
        if index + 1 < len(labels) and "*." + ".".join(labels[index + 1 :]) in rules:
            return len(labels) - index
    return 1


def public_suffix(host: str) -> str:
    """The public suffix of an ASCII ``host``: ``kjt.ah.gov.cn`` → ``gov.cn``."""
    size = _suffix_size(_unicode_labels(host))
    return ".".join(host.lower().split(".")[-size:])


def is_public_suffix(domain: str) -> bool:
    """Whether ``domain`` is itself a public suffix (a TLD, ``gov.cn``, ``com.cn``…)."""
    return public_suffix(domain) == domain.lower()


def registrable_domain(host: str) -> str:
    """The registrable domain (eTLD+1) that owns ``host``: ``kjt.ah.gov.cn`` → ``ah.gov.cn``.

    A host that is itself a public suffix is its own owner.
    """
    labels = host.lower().split(".")
    size = _suffix_size(_unicode_labels(host))
    if size >= len(labels):
        return host.lower()
    return ".".join(labels[-size - 1 :])
