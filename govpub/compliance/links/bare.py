"""Bare addresses: the scanner's forms at a ``.`` (a host) and at a ``:`` (a scheme).

URLs with a scheme, ``www.`` hosts and bare domains whose last label is a top-level domain;
with them what goes with an address before its host — a user part up to an ``@``, a defanged
scheme (``hxxps://``), a whole address percent-encoded — and after it, trailing punctuation
trimmed as GFM's autolinks do.  The expressions for ASCII hosts first, the full ones only
where CJK text follows a host (:func:`_needs_full`, :func:`_may_end_in_cjk`).  Apart from the
markup forms (:mod:`~govpub.compliance.links.scanner`): each form here reads one run of host
characters and never scans again.
"""

from __future__ import annotations

import re
from urllib.parse import unquote

from govpub.compliance.lazy_pattern import LazyPattern
from govpub.compliance.links.addresses import address_after_colon, is_app_link, is_app_scheme
from govpub.compliance.links.base import ScannerBase
from govpub.compliance.links.expressions import LABELS, full_patterns, is_cjkl, path_pattern
from govpub.compliance.links.lookalikes import FILE_TYPES, SMALL_FILE_TYPES, file_name_labels
from govpub.compliance.links.span import NO_WORDS, LinkSpan, new_tuple
from govpub.compliance.regex_cache import regex
from govpub.compliance.suffixes import is_top_level_domain

__all__ = ["MOST_USER_PART", "USER_PART_HEAD", "BareScanner"]


_SCHEME = regex(r"(?:https?|ftp):")
# The characters of a scheme (RFC 3986: a letter, then letters, digits, "+", "-" and ".";
# the text is folded to lower case), and what an app's deep link goes on with after it.
_SCHEME_CHARS = frozenset("abcdefghijklmnopqrstuvwxyz0123456789+-.")
_APP_REST = regex(r"[!#-&(-;=?-~]*+")
# The schemes whose links may open an app besides the app's own (:func:`is_app_link`): an
# Android intent names the app it opens, WeChat's URL Scheme a mini-program.  And how far an
# app link is read at most (a browser's own limit is 2,083 characters; hostile text repeating
# ``intent://x#Intent;scheme=`` is read this far from each scheme, no further).
_OPENING_SCHEMES = frozenset({"intent", "weixin"})
_MOST_APP_REST = 2048
_TRAILING = ".,:;!?'*_~"
_PAIRS = {")": "(", "]": "["}
_TRIM_CHARS = frozenset(_TRAILING + ")]")
_HOST_CHARS = frozenset("abcdefghijklmnopqrstuvwxyz0123456789-_.")
# A mail address's user part, as written in posts (letters, digits, ``. _ % + -``; the text
# is folded to lower case), and ``:`` for a password (``user:pw@host``).
_MAIL_LOCAL = frozenset("abcdefghijklmnopqrstuvwxyz0123456789._%+-:")
# A scheme (a web one, or any with its slashes: "hxxps://", which linkifiers and readers
# pass over) or ``www.``, then a user part ending where the ``@`` is (see
# BareScanner._user_part), looked for this far back at most.  The user part holds no space,
# slash, ``?``, ``#`` or ``@`` (they end it), and none of the ASCII brackets, angle brackets
# and backticks that close a Markdown or HTML construct (``[x](https://…)。@…``: linkify-it
# leaves ``( ) [ ]`` out of a user part too).
USER_PART_HEAD = r"(?:(?:https?|ftp):|(?<![a-z0-9+.\-])[a-z][a-z0-9+.\-]{0,11}:[/\\]|www\.)"
_USER_PART = regex(rf"{USER_PART_HEAD}[/\\]{{0,2}}[^\s/\\?#@()\[\]<>`]*\Z")
# A sentence's or a clause's end in a user part: a full stop, a comma or a closing bracket that
# CJK text follows (see BareScanner._user_part)
_SENTENCE_END = regex(r"[。｡！？；，、）」』】》][\u3400-\u9fff\uf900-\ufaff]")
MOST_USER_PART = 100
# A "defanged" scheme before a bare host (hxxps://t.cn/x, hxxp:/t.cn/x, meow://t.cn/x): no
# browser opens it, but linkifiers link the host after it, and stripping the host alone
# would leave the scheme behind ("hxxps://"): it belongs to the link's construct.
_DEFANGED = regex(r"(?<![a-z0-9+.\-])[a-z][a-z0-9+.\-]{0,11}:[/\\]{1,2}\Z")
# A whole address percent-encoded in text ("https%3A%2F%2Ft.cn%2Fx", "https%253A%252F…"):
# the scheme and the escapes before its host, up to the "%" of the last one, whose "2F"
# the host scan took as the host's first characters; and what the address goes on with
# after the host (unreserved characters and escapes; the text is folded: lower case).
# (a hyphen or a dot may stand right before the scheme when no scheme's character stands
# before it: "入口-https%3A…", "链接．https%3A…" — red team 84's S2 — but not "x-https%3A…")
_ENCODED_HEAD = LazyPattern(
    r"(?<![a-z0-9+%])(?<![a-z0-9+.\-%][.\-])(?:https?|ftp)%(?:25)?3a(?:%(?:25)?(?:2f|5c)){0,2}%\Z"
)
_NO_LEAD = (-1, 0)
_MOST_EMPHASIS = 3  # underscores of an emphasis around a host (___t.cn___/x: bold italics)
# (a query or a path's slash may follow unencoded: "https%3A%2F%2Fmobile.yangkeduo.com%2F
# goods.html?goods_id=…&pid=…" — the pid makes it an ad: red team 84's P1)
_ENCODED_REST = LazyPattern(r"(?:%[0-9a-f]{2}|[a-z0-9\-._~+=&/?#])*+")


def _host_start(text: str, begin: int, index: int) -> int:
    """Where the host of the run of host characters from ``begin`` (its first dot at
    ``index``) starts.

    An emphasis opens before the host: ``_t.cn_/x`` shows ``t.cn/x``.  And no label starts
    with a hyphen or a dot: glued before a host they are none of it — ``报名网址-t.cn/x``,
    ``链接．t.cn/x`` (a full-width full stop is a dot), ``(领券).t.cn/x``,
    ``[通知](…).t.cn/x`` show the host after them, which a linkifier links after
    punctuation (red team 35; after ASCII punctuation since the session's review) — an
    emphasis too (``链接．_dwz.cn_/x``: red team 84's S2).
    """
    while begin < index and text[begin] in "_-.":
        begin += 1
    return begin


def _may_end_in_cjk(text: str, begin: int, stop: int) -> bool:
    """Whether the labels from ``begin`` run into CJK text (``gov.cn.政务``): see ``domain``."""
    labels = LABELS.match(text, begin, stop)
    return labels is not None and labels.end() < stop and is_cjkl(text[labels.end()])


def _needs_full(text: str, host_start: int, host_end: int, stop: int) -> bool:
    """Whether the full expressions could read a host differently from the plain ones.

    They differ only where CJK text follows right after ``//`` (an internationalised
    host) or after the host's last dot (an internationalised top-level domain such as
    ``.政务``).  A ``。``/``｡`` after an ASCII host ends it in both: ``www.gov.cn。公司、
    企业…`` is a sentence's end, not the host ``www.gov.cn.公司`` (fix 109).
    """
    after = text[host_end] if host_end < stop else ""
    return bool(after) and is_cjkl(after) and (host_start == host_end or text[host_end - 1] == ".")


def _may_need_full(text: str, match: re.Match[str], stop: int) -> bool:
    """:func:`_needs_full` for a plain expression's match, most answered by one comparison.

    What it looks for after the host (CJK text) is all at or above U+3000;
    most hosts end before ``/``.
    """
    host_end = match.end("host")
    if host_end >= stop or text[host_end] < "\u3000":
        return False
    return _needs_full(text, match.start("host"), host_end, stop)


def _path_after(text: str, index: int, stop: int) -> bool:
    """Whether a path follows the run of host characters at ``index`` (ASCII after its slash)."""
    end = _run_end(text, index, stop)
    return end + 1 < stop and text[end] in "/\\?#" and "!" <= text[end + 1] <= "~"


def _mention_place(text: str, at: int, index: int, stop: int) -> int:
    """Where a link starts whose host follows the ``@`` at ``at`` in a mention's place — no
    user name, scheme or ``www.`` before it (``转自@t.cn/A6xYz8kQ``, a repost hop
    ``//@u.jd.com/Ab3dEf9:``) —; -1 when no path follows the host.

    With a path it is no account's name: the reader is shown an address to open, and the
    link runs from the ``@`` (as at the text's start, ``@t.cn/x``), so that only an ad host
    makes a finding of it (:func:`.mail.mail_with_path`; red team 98).  Without one it is a
    mention (``转自@China.org``, ``@北京发布``), no link.
    """
    return at if _path_after(text, index, stop) else -1


def _trim(text: str, start: int, end: int) -> int:
    """The end of a bare URL once trailing punctuation and unbalanced brackets are dropped."""
    excess: dict[str, int] = {}
    while end > start:
        last = text[end - 1]
        if last in _TRAILING:
            end -= 1
            continue
        if last not in _PAIRS:
            break
        if last not in excess:  # counted once, so that a run of ")" costs linear time
            excess[last] = text.count(last, start, end) - text.count(_PAIRS[last], start, end)
        if excess[last] <= 0:
            break
        excess[last] -= 1
        end -= 1
    return end


class BareScanner(ScannerBase):
    """The scanner's bare addresses: a host at a ``.``, a scheme at a ``:``."""

    # "." -----------------------------------------------------------------------------
    def _host(self, index: int, floor: int, stop: int, spans: list[LinkSpan]) -> int:
        text = self.text
        begin = index
        while begin > floor and text[begin - 1] in _HOST_CHARS:
            begin -= 1
        begin = _host_start(text, begin, index)
        if begin == index:
            return 0
        lead = begin
        if begin > 0 and text[begin - 1] == "@":  # a mail domain, or a user part's end
            lead = self._user_part(begin - 1, index, stop, spans)
            if lead < 0:
                return -_run_end(text, index, stop)
        if begin >= 3 and text[begin - 1] == "/":  # (a cheap test first: most hosts stand free)
            residue = _DEFANGED.search(text, max(floor, begin - 16), begin)
            if residue is not None:
                lead = residue.start()
        # (a cheap test first: most hosts follow no "%")
        at, skip = self._encoded_lead(begin, index, floor) if text[begin - 1] == "%" else _NO_LEAD
        encoded = at >= 0
        if encoded:
            begin, lead = begin + skip, at
        if text.startswith("www.", begin):
            if _SCHEME.match(text, begin + 4):
                return 0  # "www.https://t.cn/x": the address is the one after "www."
            match = self.www(text, begin, stop)
            if match is not None and _may_need_full(text, match, stop):
                match = full_patterns()["www"].match(text, begin, stop)
            if match is not None:
                return self._bare(
                    match.start(), match.end(), stop, spans, lead=lead, encoded=encoded
                )
        return self._domain(begin, index, stop, spans, lead=lead, encoded=encoded)

    def _encoded_lead(self, begin: int, index: int, floor: int) -> tuple[int, int]:
        """Where the encoded scheme starts when the host run at ``begin`` begins inside an
        escape of a whole address percent-encoded (``https%3A%2F%2Ft.cn``: the run is
        ``2ft.cn``; encoded twice, ``252ft.cn``), and how much of the run is that escape;
        ``(-1, 0)`` when it does not (:data:`_ENCODED_HEAD`)."""
        text = self.text
        skip = 2 if text.startswith(("2f", "5c"), begin) else 0
        if not skip and text.startswith(("252f", "255c"), begin):
            skip = 4
        if begin < 7 or not skip or begin + skip >= index:
            return _NO_LEAD
        head = _ENCODED_HEAD.search(text, max(floor, begin - 32), begin)
        return _NO_LEAD if head is None else (head.start(), skip)

    def _user_part(self, at: int, index: int, stop: int, spans: list[LinkSpan]) -> int:
        """Where a link starts whose user part ends at the ``@`` at ``at``; -1 for a mail address.

        A browser opens the host after the ``@`` of an address's user part, whatever the
        part holds — CJK text, ``。``, quotes, brackets (``https://政府网@t.cn/x``,
        ``https://www.gov.cn。@t.cn/x``; WHATWG percent-encodes them), and linkifiers link
        the whole.  The host regexes stop at such characters, so the link is found here,
        from the scheme (or ``www.``) before the ``@`` on the same run of text; the link
        found before it, which ended at that character, is taken back — unless the part
        holds a sentence's or a clause's end (``。``, ``，``, ``）``… and CJK text) and no
        path follows the host: then the ``@`` is a mention's in the next sentence
        (``登录www.gov.cn查询。转自@China.org``, ``（网址www.gov.cn）转自@China.org``, clean
        as ``转自@China.org`` alone is; fix 109).  Right after a
        mail address's characters (``abc@163.com``) the ``@`` is a mail address's, and
        stays one — unless a path follows its domain (``gov.cn@t.cn/x``: no mail
        address has a path; a browser opens ``t.cn/x``): then it is a link from the
        address's start, which only an ad host makes a finding of (:func:`.mail.mail_with_path`).
        With no user name, scheme or ``www.`` before it, the ``@`` stands in a mention's place
        (:func:`_mention_place`: ``转自@t.cn/x`` is read as ``gov.cn@t.cn/x`` is).
        """
        text = self.text
        if at > 0 and (text[at - 1] not in _MAIL_LOCAL or text[at - 1] == ":"):
            found = _USER_PART.search(text, max(0, at - MOST_USER_PART), at)
            if found is None:
                return _mention_place(text, at, index, stop)
            start = found.start()
            if _SENTENCE_END.search(text, start, at) and not _path_after(text, index, stop):
                return -1  # a mention in the next sentence (登录www.gov.cn查询。转自@China.org)
        else:
            if not _path_after(text, index, stop):
                return -1  # no path, or CJK text after a slash ("abc@163.com/电话…")
            start = at
            while start > 0 and text[start - 1] in _MAIL_LOCAL:
                start -= 1
        written = start if self.identity else self.folded.original(start)
        while spans and spans[-1].start >= written:
            spans.pop()  # the scheme's link, which ended where the user part goes on
        if spans and spans[-1].end > written:
            return -1  # the scheme is inside an earlier link's construct: no user part
        return start

    def _domain(
        self,
        begin: int,
        index: int,
        stop: int,
        spans: list[LinkSpan],
        *,
        lead: int = -1,
        encoded: bool = False,
    ) -> int:
        """A bare domain (no scheme, no ``www.``) whose last label is a top-level domain.

        ``lead`` is where a scheme no browser knows starts before it (``hxxps://``): the
        link's construct starts there, so that stripping the address takes it along.
        """
        text = self.text
        if _may_end_in_cjk(text, begin, stop):
            match = full_patterns()["domain"].match(text, begin, stop)  # a CJK top-level domain?
        else:
            match = self.domain(text, begin, stop)
        if match is None:
            return -_run_end(text, index, stop)
        tld = match.group("tld")
        if is_top_level_domain(tld):
            if (
                (
                    tld in FILE_TYPES
                    or (tld in SMALL_FILE_TYPES and self._as_written(*match.span("tld")).islower())
                )
                and not match.group("rest")
                and file_name_labels(match.group("host"))
            ):
                return -_run_end(text, index, stop)  # a file name: "data.zip", "readme.md"
            if text.startswith("_", match.end()) and not encoded and not match.group("rest"):
                path = self._emphasis_path(begin, match.end(), stop)
                if path > 0:
                    return self._emphasised(begin, match.end(), path, stop, spans, lead=lead)
            return self._bare(begin, match.end(), stop, spans, lead=lead, encoded=encoded)
        # the last label is no top-level domain ("t.cn.next"): end at the last one that is
        labels = match.group("host").split(".")
        for count in range(len(labels) - 1, 1, -1):
            if is_top_level_domain(labels[count - 1]):
                end = begin + len(".".join(labels[:count]))
                return self._bare(begin, end, stop, spans, lead=lead, encoded=encoded)
        return -_run_end(text, index, stop)

    def _emphasis_path(self, begin: int, host_end: int, stop: int) -> int:
        """Where the path after an emphasis around a host ends (``_t.cn_/x``, ``__t.cn__/x``:
        a run of underscores before the host and one as long after it, then a path), ``0``
        when there is none.  The page shows ``t.cn/x`` in italics: the address is the whole,
        path and all — a pid in its query makes it an ad (red team 84's E1)."""
        text = self.text
        run = host_end
        while run < stop and run - host_end <= _MOST_EMPHASIS and text[run] == "_":
            run += 1
        size = run - host_end
        if size > _MOST_EMPHASIS or run + 1 >= stop or text[run] not in "/?#":
            return 0
        opened = begin - size
        if opened < 0 or text[opened:begin] != "_" * size or text[opened - 1 : opened] == "_":
            return 0  # (no run as long before the host)
        path = path_pattern().match(text, run, stop)
        return path.end() if path is not None and path.end() > run + 1 else 0

    def _emphasised(
        self, begin: int, host_end: int, end: int, stop: int, spans: list[LinkSpan], *, lead: int
    ) -> int:
        """A bare address with an emphasis closed between its host and its path: the link
        is the whole (stripping takes the emphasis along, :mod:`~govpub.compliance.strip`),
        its address the host and the path without the underscores between."""
        resume = self._bare(begin, end, stop, spans, lead=lead)
        path_start = host_end
        while self.text[path_start] == "_":
            path_start += 1
        shown = self._as_written(begin, host_end) + self._as_written(path_start, resume)
        spans[-1] = spans[-1]._replace(url=shown)
        return resume

    # ":" -----------------------------------------------------------------------------
    def _scheme(self, index: int, floor: int, stop: int, spans: list[LinkSpan]) -> int:
        text = self.text
        if text.startswith("http", index - 4):
            begin = index - 4
        elif text.startswith("https", index - 5):
            begin = index - 5
        elif text.startswith("ftp", index - 3):
            begin = index - 3
        elif text[index - 1 : index] in _SCHEME_CHARS or text.startswith("//", index + 1):
            return self._app_link(index, floor, stop, spans)  # ("提示:" in prose: no call)
        else:
            return 0
        if begin < floor:
            return 0
        match = self.scheme(text, begin, stop)
        if match is not None and _may_need_full(text, match, stop):
            match = full_patterns()["scheme"].match(text, begin, stop)
        if match is None or match.end() <= index + 3:
            return 0  # a scheme and its slashes alone ("以“https://”开头"): no host, no path
        return self._bare(begin, match.end(), stop, spans)

    def _app_link(self, index: int, floor: int, stop: int, spans: list[LinkSpan]) -> int:
        """An app's deep link whose scheme ends at the ``:`` at ``index`` (``tbopen://…``,
        ``openapp.jdmobile://virtual?…``, ``intent://…;scheme=taobao;…``): no web address, so
        no host and no top-level domain finds it; ``0`` for any other scheme (red team 55).

        It runs to the first space, quotation mark, angle bracket or character outside
        ASCII (Chinese text after it), :data:`_MOST_APP_REST` characters at most; a scheme
        and its slashes alone, named in prose (``支持 weixin:// 协议``), are no link.  The
        scheme is looked up before the rest is read: ``x://`` repeated reads nothing twice.
        An app's own scheme opens it with one slash or none as well (``tbopen:/m.taobao.com``,
        ``tbopen:m.taobao.com``, ``tbopen:\\m.taobao.com``), and with a space before its
        colon a reader still copies it (``kwai ://work``); an intent needs no slashes
        (``intent:#Intent;scheme=kwai;end``); WeChat's scheme is read with its two only.
        """
        text = self.text
        slashes = len(text[index + 1 : index + 3]) - len(text[index + 1 : index + 3].lstrip("/\\"))
        scheme_end = index - 1 if text[index - 1 : index] == " " else index
        begin = scheme_end
        while begin > floor and scheme_end - begin < 24 and text[begin - 1] in _SCHEME_CHARS:
            begin -= 1
        while begin < scheme_end and not text[begin].isalpha():
            begin += 1  # a scheme starts with a letter
        if begin == scheme_end or (begin > floor and text[begin - 1] in _SCHEME_CHARS):
            return 0
        scheme = text[begin:scheme_end]
        if is_app_scheme(scheme):
            pass
        elif scheme_end < index or scheme not in _OPENING_SCHEMES:
            return 0
        elif slashes < 2 and scheme != "intent":
            return 0  # (weixin:dl/… is no link WeChat opens)
        rest = _APP_REST.match(text, index + 1, min(stop, index + 1 + _MOST_APP_REST))
        end = rest.end() if rest is not None else index + 1
        # an intent or a WeChat scheme read to the cap may name what it opens past it (a
        # review): read whole, once — a link, and the scan goes on after it, so nothing in it
        # is read again — and judged by the policy as any other
        padded = end == index + 1 + _MOST_APP_REST and end < stop
        if padded and (whole := _APP_REST.match(text, end, stop)) is not None:
            end = whole.end()
        if text[end - 1] in _TRIM_CHARS:
            end = _trim(text, begin, end)
        link = text[begin:end]
        if (
            end <= index + 1 + slashes
            or (slashes < 2 and not address_after_colon(link))  # (Pinduoduo:PDD, Taobao:TB)
            or not is_app_link(link)
        ):
            return -end if padded else 0  # (read once: the scan goes on after it, no link)
        # (as written: ｔａｏｂａｏ：／／… is read as the link it imitates by the policy)
        spans.append(self.span("bare", begin, end, begin, end))
        return end

    def _bare(
        self,
        begin: int,
        end: int,
        stop: int,
        spans: list[LinkSpan],
        *,
        lead: int = -1,
        encoded: bool = False,
    ) -> int:
        if encoded:
            return self._encoded(lead, end, stop, spans)
        if self.text[end - 1] in _TRIM_CHARS:
            end = _trim(self.text, begin, end)
        start = begin if lead < 0 else lead
        if self.identity:
            raw = self.written[begin:end]
            spans.append(new_tuple(LinkSpan, ("bare", start, end, begin, end, raw, raw, *NO_WORDS)))
        else:
            spans.append(self.span("bare", start, end, begin, end))
        return max(end, begin + 1)

    def _encoded(self, begin: int, end: int, stop: int, spans: list[LinkSpan]) -> int:
        """A whole address percent-encoded in text (``https%3A%2F%2Ft.cn%2Fx``), from its
        scheme at ``begin``; its host ends at ``end``.

        No browser opens it as written (an address bar searches for it; a linkifier links
        ``2Ft.cn``), but it shows the reader an address to decode, as a spelled-out one
        does: the link is the whole, read decoded (``https://t.cn/x``), so that an ad host
        is stripped with its encoded scheme and path, and a warning names the host the
        reader is shown rather than ``2ft.cn``.
        """
        text = self.text
        rest = _ENCODED_REST.match(text, end, stop)
        end = rest.end() if rest is not None else end
        if text[end - 1] in _TRIM_CHARS:
            end = _trim(text, begin, end)
        span = self.span("bare", begin, end, begin, end)
        url = span.raw
        for _ in range(2):  # (encoded once, or twice by a redirect chain)
            if "%" not in url:
                break
            url = unquote(url)
        spans.append(span._replace(url=url))
        return end


def _run_end(text: str, index: int, stop: int) -> int:
    """The end of the run of host characters around ``index`` (nothing in it is a link)."""
    end = index + 1
    while end < stop and text[end] in _HOST_CHARS:
        end += 1
    return end
