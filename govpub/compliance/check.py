"""``govpub.check``: every compliance rule over every field of a post, in one call.

The check runs before any review or network call and does no I/O.  For each
text field it folds the text once (:mod:`.folding`: full-width, traditional,
spaced-out and invisible-character forms read as what they imitate), scans its
links once on the folded text, runs the personal-data, secrecy and 公开属性
patterns and the policy's one Aho-Corasick automaton once, and then
builds the field as it will be sent: personal data masked (when the policy says
``mask``), ad links stripped, tracking parameters removed.  URL fields
(``source.url``, ``url``, ``overrides.*.url``, image sources) are judged whole.
QR codes and barcodes in the images are read and judged by :mod:`.image_codes`.
Custom rules from the ``govpub.rules`` entry-point group run last.

Offsets in findings are character offsets in the field as the editor wrote it.
"""

from __future__ import annotations

import bisect
import html
import logging
import re
import unicodedata
from collections.abc import Callable
from dataclasses import dataclass, field, replace
from functools import cache
from itertools import chain

from govpub._field_names import field_name
from govpub.compliance._data import data_words
from govpub.compliance._text import Folded, as_quoted, excerpt, fold
from govpub.compliance.anchors import Anchors, find_anchors
from govpub.compliance.bidi import RLO, overridden_runs
from govpub.compliance.contacts import (
    find_id_contacts,
    find_plus_contacts,
    find_symbol_split_contacts,
    may_hold_plus_contact,
)
from govpub.compliance.custom import custom_rules, run_custom
from govpub.compliance.disclosure import find_disclosure_notes
from govpub.compliance.document_elements import find_document_hints
from govpub.compliance.engagement import ACT_RULE, find_engagement_demands
from govpub.compliance.fields import TextField, rebuild_post, text_fields
from govpub.compliance.findings import CheckResult, Finding, Severity, tighter
from govpub.compliance.folding import FORMATTING_TAGS, holds_reference, written_url
from govpub.compliance.links import (
    LinkSpan,
    abbreviation,
    capitalised_words,
    code_name,
    company_form,
    decimal_then_suffix,
    dotted_name_after,
    file_type_after,
    flatten,
    is_app_link,
    link_titles,
    mail_with_path,
    mail_written_around,
    number_then_word,
    scan_links,
    sent_to,
    stock_code,
    tag_titles,
    tech_name_in_code,
)
from govpub.compliance.marking_notes import find_marking_notes, quoted_as_a_word
from govpub.compliance.mask_markup import write_masks
from govpub.compliance.personal import (
    PersonalHit,
    find_in_query,
    find_in_written_query,
    find_personal_data,
    in_query_maybe,
    mask_personal_data,
    mask_query,
)
from govpub.compliance.policy import BUILTIN_TERM_RULES, PROSE_RULE, Policy
from govpub.compliance.sales_cues import CUE_RULE, find_sales_talk
from govpub.compliance.secrecy import (
    find_internal_notes,
    find_markings,
    handled_as_a_thing,
    part_of_a_word,
    passed_on_as_prose,
    records_work,
    used_by_a_thing,
)
from govpub.compliance.share_codes import find_share_codes
from govpub.compliance.spans import Spans
from govpub.compliance.spelled_links import find_spelled_links
from govpub.compliance.strip import LinkEdit, rewrite_links
from govpub.compliance.suffixes import is_top_level_domain
from govpub.compliance.urls import display_host, meant_url, parse_url, registrable_domain
from govpub.compliance.wording import (
    Term,
    coupon_of_another_word,
    no_sale,
    not_an_opinion,
    opinion_forbidden,
    reported_speech,
    sentence_warns,
    warned_against,
)
from govpub.model import Post

__all__ = ["check"]

_log = logging.getLogger("govpub.compliance")
# the embedding, override and isolate controls and the directional marks (UAX #9)
_BIDI_CONTROLS = dict.fromkeys(
    map(ord, "\u202a\u202b\u202c\u202d\u202e\u2066\u2067\u2068\u2069\u200e\u200f\u061c")
)
_PLACEHOLDER = "\ue000"  # a private-use character: the mask until the field is rebuilt
_BLANK = "\x00"  # stands for a link address's characters in _FieldView.prose()
_URL_EXCERPT = 120


def _unparsable_message(raw: str) -> str:
    """Why a link opens nothing; where full-width or invisible characters alone broke it,
    the host it was meant for (ｗｗｗ．ｇｏｖ．ｃｎ／ａ: a browser reads ／ as part of the host)."""
    meant = _meant_host(raw)
    if meant is None:
        return "无法解析的链接：读者可能无法打开，也无法核验其域名，请修改"
    return (
        "链接含全角或不可见字符，或协议写法有误，浏览器无法打开"
        f"（应指向 {display_host(meant)}），请改正"
    )


def _meant_host(raw: str) -> str | None:
    """The host an address that opens nothing was meant to open, if it can be told.

    Full-width, invisible and look-alike characters read as what they imitate
    (:func:`written_url`: ``ht\u200btps://``, ``ｈｔｔｐｓ：／／``, ``https&#58;//``), and a
    scheme written wrong as the scheme (:func:`meant_url`: ``https;//``, ``https ://``,
    ``https%3A%2F%2F…``): what the editor's message names instead of "https".
    """
    written = written_url(raw) if not raw.isascii() or "&" in raw else raw
    meant = parse_url(written)
    if meant is None or not meant.host:
        repaired = meant_url(written)
        meant = parse_url(repaired) if repaired is not None else None
    return meant.host if meant is not None and meant.host else None


def _url_excerpt(url: str) -> str:
    """A link as a finding shows it: personal data in its query masked (``?idcard=310104****…``)."""
    return mask_query(url)[:_URL_EXCERPT]


_PERSONAL_NAMES = {
    "id_number": "居民身份证号码",
    "mobile": "手机号码",
    "bank_card": "银行卡号",
    "passport": "护照号码",
    "permit": "港澳台通行证号码",
}
# built-in wording rules: a phrase two listed terms overlap in is reported once
_WORDING_RULES = frozenset({"wording.opinion", "wording.forced_engagement"})
# internal terms that anchor a reader of their sentence (never reported themselves)
_READ_AROUND = frozenset({ACT_RULE, CUE_RULE})
# terms that are not reported in some contexts: the test of the context, per rule
_TERM_CONTEXT: dict[str, tuple[Callable[[str, int, int], bool], ...]] = {
    # a citizen's words the post reports; other words and idioms; 123号's ban on
    # opinions, quoted
    "wording.opinion": (reported_speech, not_an_opinion, opinion_forbidden),
    # a search in a shopping app that names no shop or sale; a scammer's words quoted
    "ad.wording": (no_sale, warned_against, coupon_of_another_word),
    "wording.forced_engagement": (warned_against,),  # “集赞送礼品”等活动多为骗局
}


def _names_in_prose(span: LinkSpan, text: str) -> bool:
    """A bare host that is capitalised words (``Dr.Wang``, ``Python。Java``), a number and
    an English sentence's first word (``18:00。Office hours``), a decimal and a suffix's name
    going on in Chinese (``3.5。CN域名``), a company's
    legal form (``XX科技CO.LTD``), a file's name (``report.final`` of ``report.final.pdf``),
    a technology's name in a code span (`` `ASP.NET` ``), a stock's code (``600519.SH``), a
    dotted name that goes on past its top-level domain (``java.io.ObjectInputStream``),
    a name from code (``model.pt``, ``com.tencent.mm``, ``spring.redis.host=``),
    a mail address with a path after it (``abc@163.com/010-…``) or with its "@" written
    otherwise (``tougao#163.com``): no other host."""
    return span.kind == "bare" and (
        capitalised_words(span.raw)
        or number_then_word(span.raw)
        or decimal_then_suffix(span.raw, text, span.url_end)
        or (abbreviation(span.raw) and not sent_to(text, span.url_start))
        or mail_with_path(span, text)
        or mail_written_around(span, text)
        or company_form(span.raw)
        or file_type_after(text, span.url_end)
        or dotted_name_after(text, span.url_end)
        or stock_code(span.raw)
        or tech_name_in_code(span.raw, text, span.url_start, span.url_end)
        or code_name(span.raw, text, span.url_start, span.url_end)
    )


def _in_context(rule: str, folded: str, start: int, end: int) -> bool:
    """Whether a term of ``rule`` at ``[start, end)`` stands where it is not reported."""
    return any(context(folded, start, end) for context in _TERM_CONTEXT.get(rule, ()))


_TERM_MESSAGES = {
    "wording.opinion": (
        "含个人观点或情绪化表述「{term}」：政务新媒体不得发布代表个人观点、意见及情绪的言论"
        "（国办发〔2018〕123号）"
    ),
    "wording.forced_engagement": (
        "疑似强制要求点赞、转发、关注或下载「{term}」（国办发〔2018〕123号不得强制要求）"
    ),
    "ad.wording": "疑似商业推广用语「{term}」：政务新媒体不得刊登商业广告（国办发〔2018〕123号）",
    "secrecy.internal": "含内部资料标识「{term}」，须经保密审查确认可以公开后方可发布（保密关）",
}


def _term_message(term: Term) -> str:
    template = _TERM_MESSAGES.get(term.rule)
    if template is not None:
        return template.format(term=term.term)
    message = f"命中{term.list_name}「{term.term}」"
    if term.suggestion:
        message += f"，建议改为「{term.suggestion}」"
    return message


def _said_of_a_thing(folded: Folded, start: int, end: int, term: Term) -> bool:
    """Whether an internal marker is prose about a thing: its inside (电池内部材料), a thing
    that is used (该系统仅限内部使用), a kind of record that is kept (内部资料归档), what must
    not be passed on (严禁外传谣言, 个人信息不得外传) or the word quoted (标有“内部资料”字样),
    not a marking on the text."""
    text = folded.text
    return (
        part_of_a_word(text, start, term.term)
        or (term.term == "内部使用" and used_by_a_thing(text, start))
        or records_work(text, start, term.term)
        or handled_as_a_thing(text, start, term.term)
        or passed_on_as_prose(text, start, end, term.term, joined=_joined_after(folded, end))
        or quoted_as_a_word(text, start, end)
    )


def _joined_after(folded: Folded, end: int) -> bool:
    """Whether the fold closed a gap right after ``end`` (a separator, a line break: 不得外-传⏎
    请遵照执行 reads 不得外传请遵照执行): what follows was not written as the same phrase."""
    return (
        not folded.identity
        and 0 < end < len(folded.text)
        and folded.original(end) - folded.original(end - 1) > 1
    )


_DISCLOSURE_MESSAGES = {
    "not_public": (
        "含公开属性标注「{note}」：该文件确定为不予公开，不得在政务新媒体发布"
        "（《政府信息公开条例》第十四条至第十六条；国办发〔2016〕80号 公文公开属性认定）"
    ),
    "on_request": (
        "公开属性标注为「{note}」：该文件不属于主动公开范围，发布前请确认其公开属性已调整为"
        "主动公开（国办发〔2016〕80号 公文公开属性认定）"
    ),
}


# What stands before a link's host in its address: a scheme and its slashes, or "//"
_SCHEME_HEAD = re.compile(r"(?:[a-z][a-z0-9+.\-]*:)?[/\\]{0,2}")


def _in_formatting_tag(span: LinkSpan) -> bool:
    """Whether a link's address stands in a formatting tag's attributes (``<span
    data-href=…>``), which the fold drops: no folded text lies in it, so no word or number
    read across the dropped tag (``内部<font data-url=…>资</font>料``) is inside an address."""
    return span.kind == "html" and span.tag in FORMATTING_TAGS


# the characters the fold makes "_" (the low line, full-width and small forms): a file name's
# stand-in for "/" (``_filename_links``)
_UNDERSCORE_AS_SLASH = str.maketrans(dict.fromkeys("_＿﹍﹎﹏", "/"))


@dataclass
class _FieldView:
    """One text field while it is checked: folded text, links, masks, offset mapping."""

    spec: TextField
    folded: Folded
    links: list[LinkSpan]
    masks: list[tuple[int, int, str]] = field(default_factory=list)

    def __post_init__(self) -> None:
        links = self.links
        if not self.folded.identity:  # (a formatting tag went: its address is in no folded span)
            links = [s for s in links if not _in_formatting_tag(s)]
        self._by_start = sorted(links, key=lambda s: (s.url_start, s.url_end))
        self._starts = [s.url_start for s in self._by_start]
        self._ends = [s.url_end for s in self._by_start]
        self._identity = self.folded.identity

    def span(self, start: int, end: int) -> tuple[int, int]:
        """Folded offsets → offsets in the field as written."""
        if self._identity:
            return start, end
        return self.folded.original(start), self.folded.original(end - 1) + 1

    def in_url(self, start: int, end: int) -> bool:
        """Whether a folded span overlaps a link's address (links are judged by link rules)."""
        if not self._starts:
            return False
        if not self._identity:
            start, end = self.span(start, end)
        # address ranges do not overlap: only the last one starting before end can
        at = bisect.bisect_left(self._starts, end) - 1
        return at >= 0 and start < self._ends[at]

    def within_url(self, start: int, end: int) -> bool:
        """Whether a folded span lies wholly inside one link's address."""
        if not self._starts:
            return False
        if not self._identity:
            start, end = self.span(start, end)
        at = bisect.bisect_right(self._starts, start) - 1
        return at >= 0 and end <= self._ends[at]

    def host_link(self, start: int) -> LinkSpan | None:
        """The link whose host starts at a folded offset inside its address: only a scheme
        and its slashes stand before it (``https://t·cn/x``: a host spelled with a middle
        dot, which no browser opens as ``t.cn``; red team 35)."""
        if not self._identity:
            start = self.folded.original(start)
        at = bisect.bisect_right(self._starts, start) - 1
        if at < 0:
            return None
        head = unicodedata.normalize("NFKC", self.spec.text[self._starts[at] : start]).lower()
        return self._by_start[at] if _SCHEME_HEAD.fullmatch(head) else None

    def prose(self) -> str | None:
        """The folded text with every link address blanked out (same length), or ``None``.

        Detectors that skip what lies in addresses (a page id is no phone number)
        scan this instead of asking :meth:`in_url` about every match: the regex
        engine passes over the blanks at C speed.  Only when folded offsets are the
        written ones (``None`` otherwise: the caller asks :meth:`in_url`).
        """
        if not self._identity:
            return None
        text = self.folded.text
        if not self._starts:
            return text
        pieces: list[str] = []
        append = pieces.append
        position = 0
        for url_start, end in zip(self._starts, self._ends, strict=True):
            start = url_start if url_start > position else position
            if end <= start:
                continue
            append(text[position:start])
            append(_BLANK * (end - start))
            position = end
        append(text[position:])
        return "".join(pieces)

    def plain_links(self) -> bool:
        """Whether every link address is ASCII: :meth:`prose` then blanks out no Chinese numeral
        (see :func:`~govpub.compliance.personal.find_personal_data`)."""
        return all(span.raw.isascii() for span in self.links)

    def written(self, start: int, end: int) -> str:
        """A folded span as the editor wrote it."""
        o_start, o_end = self.span(start, end)
        return self.spec.text[o_start:o_end]

    def place(self, start: int, end: int) -> tuple[int, int, str]:
        """Original start, end and the masked excerpt of a folded span."""
        o_start, o_end = self.span(start, end)
        return o_start, o_end, excerpt(self.spec.text, o_start, o_end, self.masks)


@dataclass
class _Run:
    """The state of one check: findings so far and the edits to the post."""

    post: Post
    policy: Policy
    findings: list[Finding] = field(default_factory=list)
    updates: dict[str, str] = field(default_factory=dict)
    removed_srcs: set[str] = field(default_factory=set)

    def add(
        self,
        rule: str,
        severity: Severity,
        message: str,
        *,
        excerpt: str = "",
        field: str = "",
        offset: int | None = None,
    ) -> None:
        final = tighter(severity, self.policy.severity(rule, severity))
        self.findings.append(Finding(rule, final, message, excerpt, field, offset))

    def _offsets(self, rule: str, field: str) -> list[int]:
        """Where the findings of ``rule`` in ``field`` so far start: a reader of sentences
        reports nothing a listed term over the same words reported already."""
        return [
            f.offset
            for f in self.findings
            if f.rule == rule and f.field == field and f.offset is not None
        ]

    # -- text fields ------------------------------------------------------------------

    def text_field(self, spec: TextField) -> None:
        before = len(self.findings)
        self._text_field(spec)
        # the field's findings in reading order
        self.findings[before:] = sorted(
            self.findings[before:], key=lambda f: -1 if f.offset is None else f.offset
        )

    def code_text(self, name: str, where: str, text: str) -> None:
        """The text of a code in an image, read by the text rules; ``where`` begins each message.

        Its links are found, so that the text rules read around them as in any
        text, but judged as the code's (``image.*``: they cannot be stripped from a
        picture), and nothing is masked or stripped: only a new picture changes it.
        """
        before = len(self.findings)
        self.text_field(TextField(name, text, links=True, editable=False, payload=True))
        self.findings[before:] = [
            # (no offset: a place in a code's text is not a place an editor can go to)
            replace(f, message=f"{where}{f.message}", offset=None)
            for f in self.findings[before:]
        ]

    def _text_field(self, spec: TextField) -> None:
        text = spec.text
        folded = fold(text)
        spans = scan_links(text, folded=folded) if spec.links else []
        if spec.filename and "." in folded.text:
            self._filename_links(spec, folded)
        view = _FieldView(spec, folded, flatten(spans))
        masks = self._personal_data(view)  # (and view.masks: those the excerpts hide)
        for start, end in find_markings(folded.text, filename=spec.filename):
            o_start, o_end, shown = view.place(start, end)
            self.add(
                "secrecy.marking",
                "block",
                f"含密级标志「{as_quoted(text[o_start:o_end])}」，"
                "涉密内容不得在政务新媒体发布（保密关，泄露国家秘密为单项否决）",
                excerpt=shown,
                field=spec.name,
                offset=o_start,
            )
        anchors = find_anchors(folded.text, self.policy.terms)
        notes = self._disclosure(view, anchors)
        marks = self._internal_notes(view, anchors, notes)
        if spec.header:
            for start, end, element in find_document_hints(folded.text):
                o_start, _, shown = view.place(start, end)
                self.add(
                    "secrecy.document_hint",
                    "warn",
                    f"疑似公文{element}，请确认不是内部公文原件（未公开的公文不得在政务新媒体发布）",
                    excerpt=shown,
                    field=spec.name,
                    offset=o_start,
                )
        readings = self._terms(view, notes, anchors, marks)
        self._engagement(view, readings.get(ACT_RULE, []))
        self._sales_talk(view, readings.get(CUE_RULE, []))
        self._contacts(view)
        for start, end in find_share_codes(
            folded.text, view.written, signs=anchors.signs, whole=spec.payload
        ):
            if not view.in_url(start, end):
                o_start, _, shown = view.place(start, end)
                self.add(
                    "ad.share_code",
                    "block",
                    "疑似淘口令等商品推广口令：政务新媒体不得刊登商业广告，请删除"
                    "（国办发〔2018〕123号）",
                    excerpt=shown,
                    field=spec.name,
                    offset=o_start,
                )
        spelled = self._spelled_links(view, anchors)
        if not folded.identity and RLO in text:  # (the fold removes every U+202E)
            spelled += self._reversed_links(view)
            self._reversed_text(spec)
        if view.links or "<" in text:
            self._titled_links(view)
        if view.links and spec.editable:  # (a code's links are judged as the code's)
            # a piece of a spelled-out host ("s.click.taobao" of "s.click.taobao[.]com") is
            # that host's finding, not a link of its own
            links = view.links
            if spelled:
                hosts = Spans(spelled)
                links = [s for s in links if not hosts.cover(s.url_start, s.url_end)]
            self._link_warnings(spec, links)
            self._unscanned_images(spec, links)
        if spec.editable:
            self._rebuild(spec, spans, masks)

    def _filename_links(self, spec: TextField, folded: Folded) -> None:
        """Ad and short-link hosts in an image's file name (``u.jd.com.png``): the platforms
        upload the picture under that name and a reader who saves it sees it.  A name is no
        link and cutting the host out leaves a name that still points at it: it blocks, and
        the editor renames the file.  Other hosts in a name (``www.gov.cn.png``) are words.

        A name cannot hold ``/``, so an underscore stands for it: ``t.cn_A6xyz.png`` names the
        short link ``t.cn/A6xyz`` (red team 50); no registrable host holds one."""
        if "_" in folded.text:
            folded = replace(folded, text=folded.text.replace("_", "/"))
        for span in flatten(scan_links(spec.text, folded=folded)):
            url = span.url.translate(_UNDERSCORE_AS_SLASH)
            if self.policy.classify_link(url) != "ad":
                continue
            found = self._host_read(url)
            host = display_host(found) if found else span.url
            message = f"图片文件名含广告、推广或短链接（{host}），读者保存图片时可见，请重命名"
            shown = _url_excerpt(span.raw.rstrip("_＿﹍﹎﹏"))
            self.add("ad.url_field", "block", message, excerpt=shown, field=spec.name)

    def _spelled_links(self, view: _FieldView, anchors: Anchors) -> list[tuple[int, int]]:
        """Ad hosts written for the reader to type (``t . cn/…``, ``t点cn``): they block.

        Returns their spans as written.  One that lies wholly in a link's address
        is part of that link (judged by the link rules).
        """
        text = view.spec.text
        spans: list[tuple[int, int]] = []
        for start, end, host in find_spelled_links(
            view.folded.text, self.policy.is_ad_host, candidates=anchors.spelled
        ):
            if view.within_url(start, end):
                link = self._spelled_host_link(view, start)
                if link is None:
                    continue
                # the link is the spelled host's ("https://t·cn/x"): no other host to warn of
                spans.append((link.url_start, link.url_end))
            o_start, o_end, shown = view.place(start, end)
            spans.append((o_start, o_end))
            self.add(
                "ad.spelled_link",
                "block",
                f"疑似变形书写的广告或短链接「{text[o_start:o_end].strip()}」（读作 {host}）："
                "政务新媒体不得刊登商业广告，请删除（国办发〔2018〕123号）",
                excerpt=shown,
                field=view.spec.name,
                offset=o_start,
            )
        return spans

    def _spelled_host_link(self, view: _FieldView, start: int) -> LinkSpan | None:
        """The link whose host is the spelled-out host at ``start`` inside its address, when
        it is no ad link the link rules strip already (``https://t.⇥cn/x`` in an href opens
        ``t.cn``); ``None`` for a spelled host elsewhere in an address, which is the link's."""
        link = view.host_link(start)
        if link is None or self.policy.classify_link(link.url) == "ad":
            return None
        return link

    def _ad_link_hosts(self, shown: str, folded: Folded) -> list[str]:
        """The ad hosts of the links in ``shown``, a text as a reader sees it that is no link
        (a tooltip, a run shown reversed): read as prose is."""
        return [
            self._host_read(link.url) or link.url
            for link in flatten(scan_links(shown, folded=folded))
            if self.policy.classify_link(link.url) == "ad"
        ]

    def _host_read(self, url: str) -> str | None:
        """The host ``url`` takes a reader to, or for an address written with look-alikes
        (``s&#46;click…``, ``ｕ．ｊｄ．ｃｏｍ``) the host it reads as: what a message names."""
        found = self.policy.link_host(url)
        imitated = written_url(url)
        return (self.policy.link_host(imitated) or found) if imitated != url else found

    def _reversed_links(self, view: _FieldView) -> list[tuple[int, int]]:
        """Ad addresses a right-to-left override shows the right way round (:mod:`.bidi`):
        written backwards, no link, and the reader still reads the address.  They block
        as spelled-out hosts do (what else the run says goes with them).  Returns their
        runs' spans as written."""
        spec = view.spec
        spans: list[tuple[int, int]] = []
        for start, end, shown in overridden_runs(spec.text):
            folded = fold(shown)
            hosts = self._ad_link_hosts(shown, folded)
            hosts += [h for _, _, h in find_spelled_links(folded.text, self.policy.is_ad_host)]
            if not hosts:
                continue
            spans.append((start, end))
            self.add(
                "ad.spelled_link",
                "block",
                f"疑似用从右向左覆盖字符（U+202E）倒写的广告或短链接，页面显示为「{shown.strip()}」"
                f"（读作 {display_host(hosts[0])}）：政务新媒体不得刊登商业广告，请删除"
                "（国办发〔2018〕123号）",
                excerpt=excerpt(spec.text, start, end, view.masks),
                field=spec.name,
                offset=start,
            )
        return spans

    def _reversed_text(self, spec: TextField) -> None:
        """Markings and personal data a right-to-left override shows the right way round.

        ``\u202e年1★密机`` shows ``机密★1年`` and ``\u202e87654321831`` shows a mobile
        number: each overridden run is read again, as shown, by the text rules (its ad
        addresses are :meth:`_reversed_links`').  Nothing in it is masked: a mask laid
        on characters stored backwards is not one the page shows, so personal data blocks.
        """
        where = "从右向左覆盖字符（U+202E）倒序显示的文字中："
        for start, _, shown in overridden_runs(spec.text):
            before = len(self.findings)
            self.text_field(
                TextField(
                    spec.name,
                    # the controls inside go (the fold drops them too): a run is read once,
                    # however deep its overrides nest — not once per level, which thousands
                    # of nested U+202E made quadratic and then a RecursionError
                    shown.translate(_BIDI_CONTROLS),
                    editable=False,
                    remedy="倒序显示的内容无法自动遮盖，请删除这段文字",
                )
            )
            self.findings[before:] = [
                replace(f, message=where + f.message, offset=start)
                for f in self.findings[before:]
                if not f.rule.startswith("ad.")  # (those are _reversed_links')
            ]

    def _titled_links(self, view: _FieldView) -> None:
        """Ad addresses in a link's or picture's title or alt text (``title="https://t.cn/x"``,
        ``[words](url "t.cn/x")``): shown to the reader, who types them, never a link.
        They block as spelled-out hosts do (which the field's own pass finds there)."""
        text = view.spec.text
        seen: set[tuple[int, int]] = set()  # (one tag's several addresses share its title)
        for span in view.links:
            # most links have no title, told here without a call: bare ones, "[words](url)"
            # and "<a href="url">" (the address, then '">' — nothing else in the tag)
            kind = span.kind
            if kind == "html":
                if span.url_start - span.start == _PLAIN_HREF and text.startswith(
                    '">', span.url_end
                ):
                    continue
            elif kind not in _TITLED or span.end - span.url_end <= 2:
                continue
            for title in link_titles(text, span):
                if title in seen:
                    continue
                seen.add(title)
                start, end = title
                shown = text[start:end]
                if span.kind == "html" and "&" in shown:
                    shown = html.unescape(shown)
                if not self._stripped_whole(view, span):
                    self._ad_title(view, start, end, shown)
        if "<" in text:
            # tags with no link of their own (<img src="a.png" alt="…">, <a title="…">)
            for start, end in tag_titles(text, view.links):
                if (start, end) in seen:
                    continue
                shown = text[start:end]
                self._ad_title(view, start, end, html.unescape(shown) if "&" in shown else shown)

    def _ad_title(self, view: _FieldView, start: int, end: int, shown: str) -> None:
        """Report a title or alt text at ``start``..``end`` (read as ``shown``) that names an
        ad or short host."""
        hosts = self._ad_link_hosts(shown, fold(shown))
        if hosts:
            self.add(
                "ad.spelled_link",
                "block",
                f"链接或图片的提示文字（title、alt）中含广告或短链接「{shown.strip()}」"
                f"（读作 {display_host(hosts[0])}）：政务新媒体不得刊登商业广告，请删除"
                "（国办发〔2018〕123号）",
                excerpt=excerpt(view.spec.text, start, end, view.masks),
                field=view.spec.name,
                offset=start,
            )

    def _stripped_whole(self, view: _FieldView, span: LinkSpan) -> bool:
        """Whether the link or tag of ``span`` goes when the field is rebuilt (an address of
        it is an ad): its title goes with it."""
        return view.spec.editable and any(
            other.start == span.start and self.policy.classify_link(other.url) == "ad"
            for other in view.links
        )

    def _personal_data(self, view: _FieldView) -> list[tuple[int, int, str]]:
        """Find personal data; report it; return its masks (original offsets)."""
        text = view.spec.text
        folded = view.folded
        masks: list[tuple[int, int, str]] = []
        hits: list[tuple[PersonalHit, int, int]] = []
        prose = view.prose()
        plain = prose is not None and view.plain_links()
        for hit in find_personal_data(
            folded.text, text, folded.original, view.in_url, scan=prose, plain_links=plain
        ):
            o_start, o_end = view.span(hit.start, hit.end)
            if self._is_public_number(text[o_start:o_end]):
                continue
            masks.append((o_start, o_end, hit.masked))
            hits.append((hit, o_start, o_end))
        # in a link's query (?idcard=…): reported, never masked (a masked link is broken),
        # and hidden in every excerpt
        in_links: list[tuple[PersonalHit, int, int]] = []
        for link in view.links:
            raw = link.raw
            # (as a browser sends an address with invisible or full-width characters)
            ascii_only = plain or raw.isascii()
            if ascii_only and not in_query_maybe(raw):
                continue  # find_in_query's own first test, without a generator
            for hit in find_in_query(raw) if ascii_only else find_in_written_query(raw):
                o_start, o_end = link.url_start + hit.start, link.url_start + hit.end
                if not self._is_public_number(text[o_start:o_end]):
                    in_links.append((hit, o_start, o_end))
        masks.sort()  # in text order, as excerpt() looks them up
        shown = sorted(masks + [(s, e, hit.masked) for hit, s, e in in_links])
        view.masks = shown
        for hit, o_start, o_end in hits:
            self._personal(view.spec, hit, o_start, o_end, shown)
        for hit, o_start, o_end in in_links:
            what = _PERSONAL_NAMES[hit.kind]
            self.add(
                f"personal.{hit.kind}",
                "block",
                f"链接参数中含{what}（{hit.masked}），公开发布前须删除该参数或链接"
                "（个人信息保护法 第六条）",
                excerpt=excerpt(view.spec.text, o_start, o_end, shown),
                field=view.spec.name,
                offset=o_start,
            )
        return masks

    def _disclosure(self, view: _FieldView, anchors: Anchors) -> list[tuple[int, int]]:
        """公开属性 notes (此件不予公开…); returns their folded spans."""
        spans: list[tuple[int, int]] = []
        text = view.spec.text
        for start, end, kind in find_disclosure_notes(view.folded.text, anchors=anchors.notes):
            spans.append((start, end))
            o_start, o_end, shown = view.place(start, end)
            self.add(
                f"disclosure.{kind}",
                "block" if kind == "not_public" else "warn",
                _DISCLOSURE_MESSAGES[kind].format(note=as_quoted(text[o_start:o_end])),
                excerpt=shown,
                field=view.spec.name,
                offset=o_start,
            )
        return spans

    def _internal_notes(
        self, view: _FieldView, anchors: Anchors, notes: list[tuple[int, int]]
    ) -> Spans:
        """Internal-use notes and phrases (注意保存 as a note, 内部参阅, 征求意见稿，请勿扩散);
        returns their folded spans.  A phrase inside a 公开属性 note is that note's finding
        (【此件不予公开，注意保存】 reads 注意保存 as well, as before)."""
        folded = view.folded.text
        disclosed = Spans(notes)
        phrases = [
            (s, e)
            for s, e in find_marking_notes(folded, anchors.marks, filename=view.spec.filename)
            if not disclosed.overlap(s, e)
        ]
        taken = Spans(phrases)
        found = phrases + [
            (s, e) for s, e in find_internal_notes(folded) if not taken.overlap(s, e)
        ]
        for start, end in found:
            o_start, o_end, shown = view.place(start, end)
            self.add(
                "secrecy.internal",
                "block",
                _TERM_MESSAGES["secrecy.internal"].format(term=view.spec.text[o_start:o_end]),
                excerpt=shown,
                field=view.spec.name,
                offset=o_start,
            )
        return taken

    def _terms(
        self,
        view: _FieldView,
        notes: list[tuple[int, int]],
        anchors: Anchors,
        marks: Spans,
    ) -> dict[str, list[tuple[int, int, str]]]:
        """Every term of every list, from the policy's one expression (or automaton); returns
        the anchors other readers read around, by their internal rule: the acts of
        :mod:`.engagement`, the selling words of :mod:`.sales_cues`."""
        seen: set[tuple[str, int, str]] = set()
        hits = anchors.terms
        if hits is None:
            hits = list(self.policy.terms.find(view.folded.text))
        prose = Spans((s, e) for s, e, term in hits if term.rule == PROSE_RULE)
        note_spans = Spans(notes)
        # one phrase, one finding: 必须转发到朋友圈才能 (wording), 仅供内部参考 (internal); the
        # hits come in order of their starts, so a hit overlaps an earlier one of its group
        # when it starts before the furthest end so far (one comparison, not one per finding)
        phrase_end = {True: -1, False: -1}
        # a word that asks a reviewer to look (不予公开 in an annual report's prose) is reported
        # once per field with its count, as link.other_host is once per host
        asks: dict[Term, list[tuple[int, str]]] = {}
        readings: dict[str, list[tuple[int, int, str]]] = {}  # (read after the terms)
        for start, end, term in hits:
            if term.rule in _READ_AROUND:
                readings.setdefault(term.rule, []).append((start, end, term.term))
                continue
            if (
                term.rule == PROSE_RULE
                or view.in_url(start, end)
                or _in_context(term.rule, view.folded.text, start, end)
            ):
                continue  # (in context: 群众说：“我认为……”, 打开淘宝搜索“植树”了解详情)
            if prose and term.rule in BUILTIN_TERM_RULES and prose.cover(start, end):
                continue  # ordinary prose: 内部资料性出版物, 内部使用的车辆
            if term.rule == "secrecy.internal" and (
                marks.overlap(start, end) or _said_of_a_thing(view.folded, start, end, term)
            ):
                continue  # 电池内部材料, 该系统仅限内部使用; a note (内部资料，严禁翻印) reported
            if term.rule == "secrecy.sensitive_term" and note_spans.overlap(start, end):
                continue  # the note itself is reported (disclosure.*)
            if term.rule in _WORDING_RULES or term.rule == "secrecy.internal":
                group = term.rule in _WORDING_RULES
                if start < phrase_end[group]:
                    continue
                phrase_end[group] = end
            o_start, _, shown = view.place(start, end)
            key = (term.rule, o_start, term.term)
            if key in seen:
                continue
            seen.add(key)
            if term.rule == "secrecy.sensitive_term":
                asks.setdefault(term, []).append((o_start, shown))
                continue
            self.add(
                term.rule,
                term.severity,
                _term_message(term),
                excerpt=shown,
                field=view.spec.name,
                offset=o_start,
            )
        for term, places in asks.items():
            count = f"（共 {len(places)} 处）" if len(places) > 1 else ""
            self.add(
                term.rule,
                term.severity,
                f"含「{term.term}」{count}，请确认内容可以公开（保密关）",
                excerpt=places[0][1],
                field=view.spec.name,
                offset=places[0][0],
            )
        return readings

    def _sales_talk(self, view: _FieldView, anchors: list[tuple[int, int, str]]) -> None:
        """Ad copy in selling phrases (:mod:`.sales_cues`: 全国包邮，拍下立发), where no listed
        phrase (reported already by :meth:`_terms`) stands in the same sentence."""
        if not anchors:
            return
        folded = view.folded.text
        taken = self._offsets("ad.wording", view.spec.name)
        for start, end, head, tail in find_sales_talk(folded, anchors):
            if view.in_url(start, end) or warned_against(folded, start, end):
                continue  # (所谓“私信领取福利”多为诈骗: a warning, quoted)
            if sentence_warns(folded, head, tail):
                continue  # (部分微商以“月入过万”为诱饵，骗取加盟费: the bait, named)
            o_head, o_tail = view.span(head, tail)
            if any(o_head <= at < o_tail for at in taken):
                continue  # a listed phrase in the sentence says it (私信领券，下单更优惠)
            o_start, _, shown = view.place(start, end)
            self.add(
                "ad.wording",
                "warn",
                _TERM_MESSAGES["ad.wording"].format(term=view.spec.text[o_head:o_tail].strip()),
                excerpt=shown,
                field=view.spec.name,
                offset=o_start,
            )

    def _engagement(self, view: _FieldView, acts: list[tuple[int, int, str]]) -> None:
        """Forced engagement said in a sentence of its own (:mod:`.engagement`), where no
        listed phrase (reported already by :meth:`_terms`) stands in it."""
        if not acts:
            return
        folded = view.folded.text
        listed = self._offsets("wording.forced_engagement", view.spec.name)
        for start, end in find_engagement_demands(folded, acts):
            if view.in_url(start, end) or warned_against(folded, start, end):
                continue  # (“集赞送礼品”等活动多为骗局: a warning, quoted)
            o_start, o_end, shown = view.place(start, end)
            if any(o_start <= at < o_end for at in listed):
                continue  # a listed phrase in it is reported already (转发后方可)
            self.add(
                "wording.forced_engagement",
                "warn",
                _TERM_MESSAGES["wording.forced_engagement"].format(
                    term=as_quoted(view.spec.text[o_start:o_end])
                ),
                excerpt=shown,
                field=view.spec.name,
                offset=o_start,
            )

    def _contacts(self, view: _FieldView) -> None:
        """Sales contacts spelled to slip past the term lists (:mod:`.contacts`): 微信 broken
        by a symbol (``加微🌟信``), a plus sign for 加 (``➕V：abc12345``)."""
        text = view.spec.text
        folded = view.folded.text
        spans: list[tuple[int, int]] = []
        for start, end in chain(
            find_symbol_split_contacts(view.folded, text), find_id_contacts(folded)
        ):
            if not view.in_url(start, end) and not warned_against(folded, start, end):
                spans.append(view.span(start, end))
        if may_hold_plus_contact(folded, text):
            spans.extend(
                (start, end)
                for start, end in find_plus_contacts(text)
                if not (
                    view.folded.identity
                    and (view.in_url(start, end) or warned_against(folded, start, end))
                )
            )
        if not spans:
            return
        # a listed term over the same words is reported already (加微❤信购买: 加微信购买)
        taken = self._offsets("ad.wording", view.spec.name)
        for o_start, o_end in sorted(set(spans)):
            if any(o_start - 6 <= at < o_end for at in taken):
                continue  # (a term starts in or just before the contact: its finding says it)
            taken.append(o_start)
            term = text[o_start:o_end]
            self.add(
                "ad.wording",
                "warn",
                _TERM_MESSAGES["ad.wording"].format(term=term),
                excerpt=excerpt(text, o_start, o_end, view.masks),
                field=view.spec.name,
                offset=o_start,
            )

    def _is_public_number(self, written: str) -> bool:
        numbers = self.policy.public_numbers
        if not numbers:
            return False
        key = "".join(c for c in fold(written).text if c.isalnum())
        return key in numbers or (key.startswith("86") and key[2:] in numbers)

    def _personal(
        self,
        spec: TextField,
        hit: PersonalHit,
        start: int,
        end: int,
        masks: list[tuple[int, int, str]],
    ) -> None:
        what = _PERSONAL_NAMES[hit.kind]
        if not hit.certain:
            what = "疑似" + what
        # a number written over lines, or over a table's cells, is shown on one line in the
        # message (its tags as spaces: "310104</td><td>****" → "310104 ****")
        masked = as_quoted(hit.masked.replace("\r\n", " ").replace("\n", " "))
        shown = excerpt(spec.text, start, end, masks)
        if self.policy.personal_data == "mask" and spec.editable:
            self.add(
                f"personal.{hit.kind}",
                "fixed",
                f"已遮盖{what}：{masked}（个人信息保护法 第六条，最小必要）",
                excerpt=shown,
                field=spec.name,
                offset=start,
            )
            return
        remedy = (
            '也可在配置中设置 personal_data = "mask" 自动遮盖' if spec.editable else spec.remedy
        )
        self.add(
            f"personal.{hit.kind}",
            "block" if hit.certain else "warn",
            f"含{what}（{masked}），公开发布前须删除或遮盖（个人信息保护法 第六条）；{remedy}",
            excerpt=shown,
            field=spec.name,
            offset=start,
        )

    def _link_warnings(self, spec: TextField, flat: list[LinkSpan]) -> None:
        own = parse_url(self.post.url) if self.post.url else None
        others: dict[tuple[str, bool], list[LinkSpan]] = {}  # (host, ftp)
        for span in flat:
            url = span.url
            if span.kind == "bare" and holds_reference(url):
                url = html.unescape(url)  # the page shows &#119;ww.gov.cn/a as www.gov.cn/a
            verdict = self.policy.classify_link(url)
            if verdict == "unparsable":
                self.add(
                    "link.unparsable",
                    "warn",
                    _unparsable_message(span.raw),
                    excerpt=_url_excerpt(span.raw),
                    field=spec.name,
                    offset=span.url_start,
                )
            elif (
                verdict == "other" and not _is_media(span) and not _names_in_prose(span, spec.text)
            ):
                host = self.policy.link_host(url)
                assert host is not None  # noqa: S101 - "other" is only given for parsed URLs
                if own is not None and host == own.host:
                    continue
                if (
                    span.kind == "bare"
                    and "//" not in url
                    and not is_top_level_domain(host.rpartition(".")[2])
                ):
                    # (a bare host is found by its top-level domain; one without, as written,
                    # was found as its look-alike letters read, А。Ασ → a.ao, and is no ad so
                    # read: judged as written it is no address — Russian or Greek prose)
                    continue
                if span.kind == "bare" and "//" not in url and "_" in registrable_domain(host):
                    # a registry takes letters, digits and hyphens only (the LDH rule): a bare
                    # name with "_" in its registrable part is a file's or an identifier's
                    # (ssl_lib.cc, id_rsa.pub), no site's (a sub-host may have one)
                    continue
                ftp = url.lstrip()[:4].lower() == "ftp:"
                others.setdefault((host, ftp), []).append(span)
        for (host, ftp), group in others.items():
            count = f"（共 {len(group)} 处）" if len(group) > 1 else ""
            shown = display_host(host)
            message = f"链接指向 {shown}，不是党政机关网站或稿源单位，请核实{count}"
            if ftp:  # a government FTP server is no stranger, but no reader's browser opens it
                message = (
                    f"FTP 链接（{shown}）：浏览器已不再支持 FTP，读者多半无法打开，"
                    f"请改用网页（https）链接{count}"
                )
                if self.policy.classify_link(f"https://{host}/") != "allowed":
                    message += f"；{shown} 也不是党政机关网站或稿源单位，请核实"
            self.add(
                "link.other_host",
                "warn",
                message,
                excerpt=_url_excerpt(group[0].raw),
                field=spec.name,
                offset=group[0].url_start,
            )

    def _unscanned_images(self, spec: TextField, flat: list[LinkSpan]) -> None:
        """Remote pictures written into the text from other hosts: shown to readers, never scanned.

        An image of the post (``images``, ``cover``) with the same address is
        reported there; an image from an ad host is stripped; one from a
        government or source host, a ``link_domains`` host or the post's own site
        is trusted as a link to it is.  Any other would reach readers with
        whatever QR code it holds, so it is reported as a remote image of the
        post is (``image.not_scanned``, warn by default).
        """
        post = self.post
        known = {i.src for i in (post.cover, *post.images) if i is not None and i.src}
        own = parse_url(post.url) if post.url else None
        for span in flat:
            if not _is_picture(span) or span.url in known:
                continue
            parsed = parse_url(span.url)
            if parsed is None or parsed.scheme not in ("http", "https"):
                continue  # (a data: URI is dropped by every renderer; a path is no address)
            if self.policy.classify_link(span.url) != "other":
                continue  # an ad host's is stripped; a government or source host's is trusted
            if own is not None and own.host == parsed.host:
                continue  # the agency's own site
            where = field_name(spec.name)
            self.add(
                "image.not_scanned",
                "warn",
                f"{where}中插入了远程图片（{display_host(parsed.host)}），"
                "检查时不下载，未检查其中的二维码；请下载后作为文章图片加入再检查，或由审核人员人工核对",
                excerpt=_url_excerpt(span.raw),
                field=spec.name,
                offset=span.url_start,
            )

    def _rebuild(
        self, spec: TextField, spans: list[LinkSpan], masks: list[tuple[int, int, str]]
    ) -> None:
        text = spec.text
        masking = bool(masks) and self.policy.personal_data == "mask"
        placeholder = masking and _PLACEHOLDER not in text
        if masking:
            chars = list(text)
            for start, end, masked in masks:
                for index, char in zip(range(start, end), masked, strict=True):
                    if char == "*":
                        chars[index] = _PLACEHOLDER if placeholder else "*"
            text = "".join(chars)
        edits: list[LinkEdit] = []
        if spans:
            text, edits = rewrite_links(text, self.policy, spans)
        if placeholder:
            text = (
                write_masks(text, _PLACEHOLDER)
                if spec.markdown
                else text.replace(_PLACEHOLDER, "*")
            )
        for edit in edits:
            found = self._host_read(edit.url)
            host = display_host(found) if found is not None else edit.url
            if is_app_link(edit.url):  # no web host: the app it opens
                host = f"{edit.url.split(':', 1)[0].strip()}:// 应用唤起链接"
            carried = self.policy.redirect_to_ad(edit.url) if edit.kind == "ad" else None
            target = self.policy.link_host(carried) if carried is not None else None
            if carried is not None and target != found:  # a government page's redirect to an
                # ad (not "https&#58;//t.cn/x", whose fragment "//t.cn/x" is t.cn's own address)
                host += f"，经跳转指向 {display_host(target) if target else carried}"
            if edit.kind == "ad":
                self.removed_srcs.add(edit.url)
                self.add(
                    "ad.link_stripped",
                    "fixed",
                    f"已删除广告、推广或短链接（{host}）：政务新媒体不得刊登商业广告"
                    "（国办发〔2018〕123号）",
                    excerpt=_url_excerpt(edit.url),
                    field=spec.name,
                    offset=edit.offset,
                )
            else:
                self.add(
                    "link.tracking_removed",
                    "fixed",
                    f"已去除链接中的跟踪参数（{host}）",
                    excerpt=_url_excerpt(edit.new_url),
                    field=spec.name,
                    offset=edit.offset,
                )
        if text != spec.text:
            self.updates[spec.name] = text

    # -- URL fields -------------------------------------------------------------------

    def source(self) -> None:
        source = self.post.source
        if source is None:
            return
        rules = self.policy.source_rules
        version = self.policy.source_list_version
        unit = rules.unit_named(source.name) if source.name else None
        if not source.name:
            self.add(
                "source.missing_name",
                "block",
                "转载内容必须注明来源名称（国办发〔2018〕123号：转载时必须注明来源）",
                field="source.name",
            )
        if source.url is None:
            self.add(
                "source.missing_url",
                "warn" if unit is not None else "block",
                "转载来源缺少网址，无法核验是否为党政机关网站或稿源单位，请补充原文链接",
                excerpt=source.name,
                field="source.url",
            )
            return
        parsed = parse_url(source.url)
        shown = _url_excerpt(source.url)
        allowed = self.policy.allows_source(source.url)
        if allowed and self.policy.classify_link(source.url) == "ad":
            # an allowed host's page that carries an ad address (an open redirect's target)
            carried = self.policy.redirect_to_ad(source.url)
            target = self.policy.link_host(carried) if carried is not None else None
            where = display_host(target) if target else carried
            self.add(
                "ad.url_field",
                "block",
                f"来源网址经跳转指向广告、推广或短链接（{where}），"
                "请改为原文网址（国办发〔2018〕123号）",
                excerpt=shown,
                field="source.url",
            )
        meant = _meant_host(source.url) if parsed is None else None
        if not allowed:
            if meant is not None:
                shown_meant = display_host(meant)
                why = (
                    "来源网址含全角或不可见字符，或协议写法有误，浏览器无法打开"
                    f"（应指向 {shown_meant}），无法核验"
                )
                if not self.policy.allows_source(f"https://{meant}/"):
                    why += f"；{shown_meant} 也不是党政机关网站或稿源单位"
            elif parsed is None or not parsed.is_web:
                why = "来源网址无法解析，无法核验"
            elif parsed.is_ip:
                why = f"来源网址使用 IP 地址（{parsed.host}），不是党政机关网站或稿源单位"
            else:
                owner = registrable_domain(parsed.host)
                shown_owner = f"（属于 {display_host(owner)}）" if owner != parsed.host else ""
                why = (
                    f"来源 {display_host(parsed.host)}{shown_owner} 不是党政机关网站，"
                    f"也不在稿源单位名单（{version} 版）中"
                )
            self.add(
                "source.not_allowed",
                "block",
                f"{why}：原则上只转载党委和政府网站以及稿源单位发布的信息（国办发〔2018〕123号）",
                excerpt=shown,
                field="source.url",
            )
        host = parsed.host if parsed is not None else meant  # (a broken scheme: what it meant)
        if unit is not None and (host is None or not rules.name_matches_host(unit, host)):
            domains = "、".join(display_host(d) for d in unit.domains)
            self.add(
                "source.impersonation",
                "block",
                f"来源名称「{source.name}」是稿源单位，但网址不属于该单位（应为 {domains}）",
                excerpt=shown,
                field="source.url",
            )
        self._url_tracking("source.url", source.url)

    def url_field(self, name: str, url: str | None) -> None:
        if url is None:
            return
        verdict = self.policy.classify_link(url)
        if verdict in ("unparsable", "not_web") and self._ad_link_hosts(url, fold(url)):
            verdict = "ad"  # an address that opens nothing but one it holds (javascript:…t.cn/x)
        if verdict == "ad":
            self.add(
                "ad.url_field",
                "block",
                "该网址是广告、推广或短链接，政务新媒体不得链接广告页面，请改为原始网址",
                excerpt=_url_excerpt(url),
                field=name,
            )
        elif verdict in ("unparsable", "not_web"):
            self.add(
                "link.unparsable",
                "warn",
                "无法解析的网址：读者可能无法打开，请修改",
                excerpt=_url_excerpt(url),
                field=name,
            )
        else:
            self._url_tracking(name, url)

    def _url_tracking(self, name: str, url: str) -> None:
        # ?idcard=…: the address itself carries personal data (an address field is not text:
        # a number inside a value is looked for here, q=身份证号3101…)
        for hit in find_in_query(url, inside=True):
            self.add(
                f"personal.{hit.kind}",
                "block",
                f"网址参数中含{_PERSONAL_NAMES[hit.kind]}（{hit.masked}），发布前须删除该参数"
                "（个人信息保护法 第六条）",
                excerpt=_url_excerpt(url),
                field=name,
            )
        cleaned = self.policy.strip_tracking(url)
        if cleaned != url:
            parsed = parse_url(url)
            host = display_host(parsed.host) if parsed is not None else ""
            self.add(
                "link.tracking_removed",
                "fixed",
                f"已去除网址中的跟踪参数（{host}）",
                excerpt=_url_excerpt(cleaned),
                field=name,
            )
            self.updates[name] = cleaned

    def images(self) -> set[int]:
        """Check image sources; return the indexes of body images to drop."""
        drop: set[int] = set()
        cover = self.post.cover
        if (
            cover is not None
            and cover.is_remote
            and cover.src is not None
            and self.policy.classify_link(cover.src) == "ad"
        ):
            self.add(
                "ad.url_field",
                "block",
                "封面图片地址是广告、推广或短链接，请改用本单位的图片",
                excerpt=cover.src[:_URL_EXCERPT],
                field="cover.src",
            )
        for index, image in enumerate(self.post.images):
            src = image.src
            if src is None or not image.is_remote:
                continue
            if src in self.removed_srcs:
                drop.add(index)
            elif self.policy.classify_link(src) == "ad":
                drop.add(index)
                self.add(
                    "ad.link_stripped",
                    "fixed",
                    "已删除来自广告、推广或短链接地址的图片（国办发〔2018〕123号）",
                    excerpt=src[:_URL_EXCERPT],
                    field=f"images[{index}].src",
                )
        return drop

    # -- custom rules -----------------------------------------------------------------

    def custom(self, checked: Post) -> None:
        for name, rule in custom_rules():
            try:
                produced = run_custom(rule, checked, self.policy)
            except Exception as exc:
                _log.warning("custom rule %s failed: %r", name, exc)
                self.add(
                    "custom.error",
                    "block",
                    f"自定义规则 {name} 运行出错（{type(exc).__name__}），无法确认内容合规",
                )
                continue
            for finding in produced:
                shown = mask_personal_data(finding.excerpt)
                self.add(
                    finding.rule,
                    finding.severity,
                    mask_personal_data(finding.message),
                    excerpt=shown,
                    field=finding.field,
                    offset=finding.offset,
                )


_TITLED = frozenset({"md_link", "md_image", "refdef"})  # and "html": their own test
_PLAIN_HREF = len('<a href="')


# an SVG <image> (xlink:href or href) is a picture as an <img> is: the WeChat editors'
# inline SVG shows its pictures so (and an HTML parser reads <image> as <img>)
_MEDIA_TAGS = frozenset({"img", "image", "source", "video", "audio", "picture", "track"})


def _is_media(span: LinkSpan) -> bool:
    """An image or media source: shown, not followed, so its host is no reprint question;
    also an address in a WeChat card's element (``data/card_tags.txt``).

    (Images from ad or short-link hosts are still stripped.)
    """
    return span.kind == "md_image" or (
        span.kind == "html" and (span.tag in _MEDIA_TAGS or span.tag in _card_tags())
    )


@cache
def _card_tags() -> frozenset[str]:
    """The WeChat editor's card elements, whose addresses are pictures and media."""
    return frozenset(data_words("card_tags.txt"))


def _is_picture(span: LinkSpan) -> bool:
    """A picture a reader sees (a ``<picture>``'s ``<source>`` comes with its ``<img>``)."""
    return span.kind == "md_image" or (span.kind == "html" and span.tag in ("img", "image"))


def _require_types(post: object, policy: object) -> None:
    """A clear ``TypeError`` for the commonest slips (a text, a dict, a file's path), which
    would otherwise fail deep inside a rule with a message about some attribute."""
    if not isinstance(post, Post):
        given = type(post).__name__
        if isinstance(post, str):
            hint = "wrap the text: govpub.check(govpub.Post(title=..., body=text))"
        elif isinstance(post, dict):
            hint = "validate it first: govpub.Post.model_validate(data)"
        else:
            hint = "read a post file with govpub.load_post(path)"
        raise TypeError(f"check() takes a govpub.Post, not {given}: {hint}")
    if policy is not None and not isinstance(policy, Policy):
        raise TypeError(
            f"check()'s policy must be a govpub.Policy or None, not {type(policy).__name__}: "
            "use Policy.default() or Policy.from_toml(path)"
        )


def check(post: Post, policy: Policy | None = None) -> CheckResult:
    """Run every compliance rule over ``post``; see :class:`~govpub.CheckResult`.

    Nothing is sent anywhere and nothing is read from disk: ``policy`` (default
    :meth:`Policy.default`) holds every list, compiled once.  A post over
    ``policy.limits`` (a 50 MB body) raises :class:`~govpub.PostError` before any
    rule runs: checking it would take minutes, and no platform would take it.
    """
    _require_types(post, policy)
    policy = policy if policy is not None else Policy.default()
    policy.limits.enforce(post)
    result = _check_once(post, policy)
    if policy.personal_data != "mask":
        return result
    # Masking one number can bare another that was read together with it (a mobile glued
    # to a card, 13856786222 0210 0112…: the mobile's reading took the card's first digits
    # and the card went unread).  A masked post is checked again until nothing new is found.
    for _ in range(_MASK_ROUNDS):
        if not any(f.severity == "fixed" and f.rule.startswith("personal.") for f in result):
            break
        again = _check_once(result.post, policy)
        bared = tuple(
            f
            for f in again.findings
            if f.rule.startswith("personal.") and f not in result.findings  # (a picture's again)
        )
        if not bared:
            break
        result = CheckResult(again.post, result.findings + bared, result.source_list)
    return result


#: Rounds of checking a masked post again (each one masks what the last one bared).
_MASK_ROUNDS = 3


def _check_once(post: Post, policy: Policy) -> CheckResult:
    """One pass of every rule over ``post`` (:func:`check` repeats it after masking)."""
    run = _Run(post, policy)
    run.source()
    run.url_field("url", post.url)
    for platform, override in sorted(post.overrides.items()):
        run.url_field(f"overrides.{platform}.url", override.url)
    for spec in text_fields(post):
        run.text_field(spec)
    if not run.updates.get("title", post.title).strip():
        del run.updates["title"]  # a post needs a title: this one is refused instead
        run.add(
            "ad.url_field",
            "block",
            "标题删除广告、推广或短链接后为空，请重写标题",
            excerpt=post.title[:_URL_EXCERPT],
            field="title",
        )
    if "source.name" in run.updates and not run.updates["source.name"].strip():
        del run.updates["source.name"]  # a reprint names its source (转载时必须注明来源)
        assert post.source is not None  # noqa: S101 - only a source has a name to update
        run.add(
            "source.missing_name",
            "block",
            "来源名称删除广告、推广或短链接后为空，转载内容必须注明来源名称，请填写"
            "（国办发〔2018〕123号）",
            excerpt=post.source.name[:_URL_EXCERPT],
            field="source.name",
        )
    drop = run.images()
    if post.cover is not None or post.images:  # QR codes in images; loaded only when needed
        from govpub.compliance.image_codes import code_texts, image_findings  # noqa: PLC0415

        for f in image_findings(post, run.policy, skip=frozenset(drop)):
            run.add(f.rule, f.severity, f.message, excerpt=f.excerpt, field=f.field)
        for name, where, text in code_texts(post, skip=frozenset(drop)):
            run.code_text(name, where, text)
    checked = rebuild_post(post, run.updates, drop)
    run.custom(checked)
    return CheckResult(checked, tuple(run.findings), run.policy.source_list_version)
