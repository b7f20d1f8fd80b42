"""What a check reports: :class:`Finding` and :class:`CheckResult`, and the rule catalogue.

A finding names a stable English rule id (``source.not_allowed``), a severity,
a Chinese message for the editor, a masked excerpt and its place (field and
character offset).  Severities (rules.md, header):

* ``block`` — the post must not go out as it is;
* ``warn`` — a reviewer should look (the review form shows these);
* ``fixed`` — govpub changed the post itself (an ad link stripped, a number
  masked); :attr:`CheckResult.post` is the changed post.
"""

from __future__ import annotations

from collections.abc import Iterator, Mapping
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any, Literal, get_args

from govpub.errors import PolicyError

if TYPE_CHECKING:
    from govpub.model import Post

__all__ = [
    "RULES",
    "SEVERITIES",
    "CheckResult",
    "Finding",
    "RuleInfo",
    "Severity",
]

Severity = Literal["block", "warn", "fixed"]
SEVERITIES: tuple[Severity, ...] = get_args(Severity)
_RANK = {"fixed": 0, "warn": 1, "block": 2}


@dataclass(frozen=True, slots=True)
class RuleInfo:
    """A built-in rule: its default severity, the clause it implements, one line of what."""

    severity: Severity
    clause: str
    summary: str


#: Every built-in rule id.  ``docs/compliance.md`` describes each; a test keeps them in step.
RULES: Mapping[str, RuleInfo] = {
    "source.not_allowed": RuleInfo(
        "block", "123号 四(二); 新闻信息规定 第15条", "reprint source URL not allowed"
    ),
    "source.impersonation": RuleInfo(
        "block", "123号 四(二)", "source name is a listed unit, URL is not its domain"
    ),
    "source.missing_name": RuleInfo("block", "123号 四(二) 转载时必须注明来源", "reprint, no name"),
    "source.missing_url": RuleInfo("block", "123号 四(二)", "reprint source without a URL"),
    "ad.link_stripped": RuleInfo("fixed", "123号 四(三) 不得刊登商业广告", "ad link removed"),
    "ad.url_field": RuleInfo("block", "123号 四(三)", "a URL field points at an ad link"),
    "ad.share_code": RuleInfo("block", "123号 四(三)", "淘口令-style share code in text"),
    "ad.spelled_link": RuleInfo(
        "block", "123号 四(三) 不得刊登商业广告", "ad or short host spelled out (t . cn, t点cn)"
    ),
    "ad.wording": RuleInfo(
        "warn", "123号 四(三) 不得刊登商业广告", "commercial wording (淘宝搜索, 券后价, 加vx)"
    ),
    "link.tracking_removed": RuleInfo("fixed", "123号 四(三)", "tracking parameters removed"),
    "link.other_host": RuleInfo("warn", "123号 四(二)", "link to a host that is not allowed"),
    "link.unparsable": RuleInfo("warn", "123号 四(二)", "link that no browser can open"),
    "image.ad_code": RuleInfo("block", "123号 四(三) 不得刊登商业广告", "ad link in a QR code"),
    "image.payment_code": RuleInfo("block", "123号 四(三)", "payment code in an image"),
    "image.other_host": RuleInfo("warn", "123号 四(二)", "QR code links to another host"),
    "image.other_code": RuleInfo("warn", "123号 四(三)", "QR code with an app link or bad URL"),
    "image.unreadable": RuleInfo("block", "123号 四(三)", "image that cannot be decoded"),
    "image.too_large": RuleInfo("block", "123号 四(三)", "image over the decoding bounds"),
    "image.not_scanned": RuleInfo("warn", "123号 四(三)", "image not scanned for QR codes"),
    "secrecy.marking": RuleInfo("block", "保密法; GB/T 9704-2012 §7.2.2; 19号", "密级 marking"),
    "secrecy.internal": RuleInfo("block", "19号 单项否决 泄密", "internal-use marker"),
    "secrecy.sensitive_term": RuleInfo("warn", "19号", "word that often marks restricted text"),
    "secrecy.document_hint": RuleInfo("warn", "GB/T 9704-2012 §7.2", "公文 header element"),
    "disclosure.not_public": RuleInfo(
        "block",
        "政府信息公开条例 第14–16条; 国办发〔2016〕80号 公文公开属性",
        "a note that the document is not for release (此件不予公开)",
    ),
    "disclosure.on_request": RuleInfo(
        "warn", "国办发〔2016〕80号 公文公开属性", "a note that the document is 依申请公开"
    ),
    "personal.id_number": RuleInfo("block", "个保法 第6条; GB 11643-1999", "resident ID number"),
    "personal.mobile": RuleInfo("block", "个保法 第6条", "mobile phone number"),
    "personal.bank_card": RuleInfo("block", "个保法 第6条; ISO/IEC 7812-1", "bank card number"),
    "personal.passport": RuleInfo("block", "个保法 第6条", "passport number"),
    "personal.permit": RuleInfo(
        "block", "个保法 第6条", "Hong Kong and Macau permit number (港澳通行证, 回乡证)"
    ),
    "wording.opinion": RuleInfo("warn", "123号 四(二) 不得发布个人观点", "personal opinion"),
    "wording.forced_engagement": RuleInfo(
        "warn", "123号 不得强制要求点赞、转发、下载", "forced likes, shares or downloads"
    ),
    "custom.error": RuleInfo("block", "-", "a custom rule (entry point govpub.rules) failed"),
}


@dataclass(frozen=True, slots=True)
class Finding:
    """One thing a rule found in a post.

    ``field`` is where: ``title``, ``body``, ``summary``, ``source.url``,
    ``images[2].alt``, ``cover.filename``, ``overrides.wechat.title``, ``tags[0]``…;
    ``offset`` is the character offset in that field (``None`` for whole-field
    findings).  ``excerpt`` never holds raw personal data.
    """

    rule: str
    severity: Severity
    message: str
    excerpt: str = ""
    field: str = ""
    offset: int | None = None

    def __post_init__(self) -> None:
        if self.severity not in SEVERITIES:
            raise ValueError(f"severity must be one of {SEVERITIES}, not {self.severity!r}")
        if not self.rule:
            raise ValueError("a finding needs a rule id")

    def to_dict(self) -> dict[str, Any]:
        """JSON-ready form (CLI ``--json``, review form)."""
        return {
            "rule": self.rule,
            "severity": self.severity,
            "message": self.message,
            "excerpt": self.excerpt,
            "field": self.field,
            "offset": self.offset,
        }

    def with_severity(self, severity: Severity) -> Finding:
        """The same finding at another severity (policy tightening)."""
        return Finding(self.rule, severity, self.message, self.excerpt, self.field, self.offset)


@dataclass(frozen=True, slots=True)
class CheckResult:
    """The outcome of :func:`govpub.check`.

    ``post`` is the post the publisher will send: ad links stripped, tracking
    parameters removed, personal data masked when the policy says so.  It keeps
    the id of the post that was checked.  ``source_list`` is the version of the
    reprint-source list the check used (rules.md §5: record which version
    approved a reprint).
    """

    post: Post
    findings: tuple[Finding, ...]
    source_list: str = ""

    @property
    def blocked(self) -> bool:
        """Whether any finding blocks publication."""
        return any(f.severity == "block" for f in self.findings)

    def __iter__(self) -> Iterator[Finding]:
        return iter(self.findings)

    def __len__(self) -> int:
        return len(self.findings)

    def by_severity(self) -> dict[Severity, tuple[Finding, ...]]:
        """Findings grouped ``block``, ``warn``, ``fixed`` (every key present, in that order)."""
        return {s: tuple(f for f in self.findings if f.severity == s) for s in SEVERITIES}

    def counts(self) -> dict[Severity, int]:
        """How many findings of each severity."""
        return {s: len(group) for s, group in self.by_severity().items()}

    def raise_for_blocked(self) -> None:
        """Raise :class:`~govpub.PolicyError` carrying the blocking findings, if any."""
        blocking = tuple(f for f in self.findings if f.severity == "block")
        if blocking:
            rules = "、".join(dict.fromkeys(f.rule for f in blocking))
            raise PolicyError(
                f"内容未通过合规检查：{len(blocking)} 项阻止发布（{rules}）", findings=blocking
            )

    def to_dict(self) -> dict[str, Any]:
        """JSON-ready form; ``digest`` is that of :attr:`post`, the post that will be sent."""
        return {
            "post_id": self.post.id,
            "blocked": self.blocked,
            "digest": self.post.digest(),
            "source_list": self.source_list,
            "counts": self.counts(),
            "findings": [f.to_dict() for f in self.findings],
        }


def tighter(a: Severity, b: Severity) -> Severity:
    """The stricter of two severities (``block`` > ``warn`` > ``fixed``)."""
    return a if _RANK[a] >= _RANK[b] else b


def rank(severity: Severity) -> int:
    """Order of strictness: ``fixed`` 0, ``warn`` 1, ``block`` 2."""
    return _RANK[severity]
