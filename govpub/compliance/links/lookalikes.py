"""Bare hosts that are words: names, titles, files, code, stock codes, abbreviations.

``.wang``, ``.java``, ``.zip``, ``.sh`` and ``.office`` are top-level domains, so prose and
code are full of bare "hosts": ``Dr.Wang``, ``data.zip``, ``600519.SH``, ``CO.LTD``,
``M.Sc``, ``com.tencent.mm``.  A file's name with nothing after it is no link at all (the
scanner asks :data:`FILE_TYPES` and :func:`file_name_labels`); the others are still links —
an ad host so written is stripped — but the check asks these tests before another site's
host warns.  Apart because each is a judgement of the words, with the lists of ``data/``,
not a reading of the text's markup.
"""

from __future__ import annotations

import re
import unicodedata
from functools import cache

from govpub.compliance._data import data_words
from govpub.compliance._text import LABEL_COLONS
from govpub.compliance.folding import is_han, written_url
from govpub.compliance.lazy_pattern import LazyPattern
from govpub.compliance.regex_cache import regex

__all__ = [
    "FILE_TYPES",
    "SMALL_FILE_TYPES",
    "abbreviation",
    "capitalised_words",
    "code_name",
    "company_form",
    "decimal_then_suffix",
    "dotted_name_after",
    "file_name_labels",
    "file_type_after",
    "number_then_word",
    "sent_to",
    "stock_code",
    "tech_name_in_code",
    "token_then_acronym",
]


# Top-level domains that are also common file extensions: "data.zip" or "readme.md" alone
# (a name and the extension, no path; version numbers may stand between: "app-v2.1.0.zip")
# is a file name in prose; "x.zip/a", "www.x.zip" and "https://x.zip" are still links.
# "et": a WPS spreadsheet, as government offices write their tables ("budget.et"); "so", a
# shared library, "pub", a public key, "run", "cab", installers, "do", a Struts action,
# "properties", a Java configuration, as 网络安全 notices name them ("libssl.so.3",
# "id_rsa.pub", "login.do", "application.properties").
FILE_TYPES = frozenset(
    {
        "zip",
        "mov",
        "md",
        "py",
        "sh",
        "pl",
        "rs",
        "et",
        "so",
        "pub",
        "run",
        "cab",
        "do",
        "properties",
    }
)
# ... and those that are file types only in small letters, as an extension is written:
# "logo.ai" (Adobe Illustrator) is a file, "5G.AI" a name that linkify links.
SMALL_FILE_TYPES = frozenset({"ai"})
# A word as a name or title writes it: "Wang", "Java", "IE" (two capitals at least); the
# dots a fold reads between host labels, as written ("Python。Java").
# (and a name in mixed case, a journal's "PLoS")
_CAPITALISED = regex(r"[A-Z][A-Za-z]*[a-z][A-Za-z]*|[A-Z]{2,}")
_WORD_DOTS = regex(r"[.\u3002\uff61\uff0e]")


def file_name_labels(host: str) -> bool:
    """Whether the labels of a bare host ending in a file type are a file's name: a name, then
    version numbers, if any, before the extension ("data.zip", "app-v2.1.0.zip"; not
    "www.evil.zip")."""
    return all(label.isdigit() for label in host.split(".")[1:-1])


def capitalised_words(raw: str) -> bool:
    """Whether a bare host, as written, is capitalised words: ``Dr.Wang``, ``Python。Java``.

    Every label is a word with a capital (``Wang``, ``IE``), one at least a capitalised
    word (``Java``, not only ``CN``), and nothing follows the host: a title, a name or two
    words either side of a full stop, which ``.wang``, ``.li`` or ``.java`` happen to be
    top-level domains for.  Hosts are written in lower case (``u.jd.com``) or all in
    capitals (``U.JD.COM``); a one-letter label (``T.Cn``) is no word, unless it is one
    of an initialism's letters, two or more in a row (``U.S.News``), or a word's initial
    between two words (``Chin.J.Prev.Med``, a journal's abbreviation).  Such a host is
    still a link (an ad host written so is stripped), but another site's does not warn.
    """
    if raw.islower() or raw.isupper() or "/" in raw:  # (the common cases: one test each;
        return False  # a label with a slash, "com/s/Ab1", is no word)
    labels = _WORD_DOTS.split(raw)
    # the labels that are one capital letter, with a False either side
    initials = [False, *(len(label) == 1 and "A" <= label <= "Z" for label in labels), False]
    last = len(labels) - 1
    return all(
        _CAPITALISED.fullmatch(label)
        # (or the first of four or more labels: "N.Engl.J.Med")
        or (
            initials[i + 1]
            and (initials[i] or initials[i + 2] or 0 < i < last or (i == 0 and last >= 3))
        )
        for i, label in enumerate(labels)
    ) and any(not label.isupper() for label in labels)


# A number that ends a Chinese sentence and the capitalised word that starts an English one
# after it, read across the ideographic full stop: "18:00。Office hours" (red team 44)
_NUMBER_THEN_WORD = regex(r"\d+(?:[.\uff0e]\d+)*[\u3002\uff61][A-Z][a-z]+")


def number_then_word(raw: str) -> bool:
    """Whether a bare host, as written, is a number ending a sentence and a capitalised word
    starting the next: ``00。Office`` of ``工作时间9:00—18:00。Office hours: …``.

    A bilingual notice puts the English sentence right after the Chinese one's full stop, and
    ``.office``, ``.email`` or ``.link`` happen to be top-level domains; a host is written in
    lower case or in capitals (``163。com``, ``163。COM``).  Still a link (an ad host so
    written is stripped), but another site's does not warn.
    """
    return raw[0].isdigit() and raw[-1].islower() and _NUMBER_THEN_WORD.fullmatch(raw) is not None


# A decimal that ends a Chinese sentence and a top-level domain's name that opens the next,
# the sentence going on in Chinese: "增速3.5。CN域名注册量…" (red team 49)
_DECIMAL_THEN_SUFFIX = regex(r"\d+\.\d+[\u3002\uff61](?:[A-Z]{2,}|[a-z]{2,})")


def decimal_then_suffix(raw: str, text: str, end: int) -> bool:
    """Whether a bare host, as written, is a decimal ending a sentence and a domain suffix's
    name starting the next in Chinese: ``3.5。CN`` of ``增速3.5。CN域名注册量持续增长``.

    Labels of digits only, joined by an ASCII dot, then an ideographic full stop: a number
    (``3.5``), not a host (``163。COM`` has no decimal; ``3.5。cn/x`` has a path and stays a
    host).  Still a link (an ad host so written is stripped), but another site's does not warn
    — unless a word sends the reader there (``请访问3.5。cn``: the caller asks ``sent_to``).
    """
    return (
        raw[0].isdigit()
        and end < len(text)
        and is_han(text[end])
        and _DECIMAL_THEN_SUFFIX.fullmatch(raw) is not None
    )


# A token in capitals or digits that ends a Chinese sentence, then an acronym in capitals that
# is also a top-level domain opening the next: "推进5G。AI应用落地" (red team 81)
_TOKEN_THEN_ACRONYM = regex(r"([0-9A-Z][0-9A-Z\-]*)[\u3002\uff61]([A-Z]{2,})")
# A colon after the acronym that opens a label's value (``VIN：LSV…``, ``VIN︰LSV…``: any of
# LABEL_COLONS, review 48), not a port (``:8080``)
_LABEL_COLON = regex(f"[{LABEL_COLONS.replace(':', '')}]|:(?![0-9/])")
# A vehicle's plate (GA 36): a province's character, then a letter and five letters or digits
# (six on a new-energy plate): 京AE3342, 沪AD12345
_PROVINCES = frozenset("京津沪渝冀豫云辽黑湘皖鲁新苏浙赣鄂桂甘晋蒙陕吉闽贵粤青藏川宁琼使领")
_PLATE = regex(r"[A-Z][0-9A-Z]{5,6}")
# A label's colon right before a code: 受理编号：SL2024001
_COLON_BEFORE = LazyPattern(f"[{LABEL_COLONS}][ \t]{{0,2}}$")
_COLON_REACH = 3
# A word right before a token that sends the reader to join, download or follow a site:
# 加入AB88。VIP, 扫码下载DD88。APP, 扫码关注XY66。FM (review 48)
_JOIN_BEFORE = LazyPattern(r"(?:加入|下载|下載|关注|關注|注册|註冊|安装|安裝)[\s“”\"']{0,2}$")
_JOIN_REACH = 4
# A betting site's lure soon after the acronym: 。VIP享受返利, 。APP领红包, 。VIP送彩金
_LURE_AFTER = LazyPattern(r"[^。！？\n]{0,6}?(?:返利|返水|红包|紅包|彩金|投注|下注)")


@cache
def _prose_acronyms() -> dict[str, bool]:
    """The top-level domains of ``data/prose_acronyms.txt`` (``ai``, ``it``, ``tv``), each
    with whether betting and ad sites register under it (``vip``, ``app``, ``fm``: marked
    ``ad`` there)."""
    return {
        entry.split()[0]: entry.split()[1:] == ["ad"] for entry in data_words("prose_acronyms.txt")
    }


def token_then_acronym(raw: str, text: str, start: int, end: int) -> bool:
    """Whether a bare host, as written, is a token ending a sentence and an acronym opening
    the next in Chinese: ``5G。AI`` of ``推进5G。AI应用落地``, ``12345。IT`` of
    ``服务热线12345。IT运维`` (``start``–``end``: where ``raw`` stands in ``text``).

    One label in capitals or digits, an ideographic full stop, and one of
    ``data/prose_acronyms.txt`` in capitals, Chinese right after it (``163。COM邮箱`` is a
    host: .com is no acronym of prose) or a label's colon (``京AE3342。VIN：LSV…``, fix 127;
    not a port's, ``5G。AI:8080``) — but a site's name before a suffix ad sites register
    under (:func:`_names_a_site`: ``加入AB88。VIP享受返利``).  Still a link (an ad host so
    written is stripped), but another site's does not warn — unless a word sends the reader
    there (the caller asks ``sent_to``)."""
    if end >= len(text) or not (is_han(text[end]) or _LABEL_COLON.match(text, end)):
        return False
    match = _TOKEN_THEN_ACRONYM.fullmatch(raw)
    if match is None:
        return False
    ad_suffix = _prose_acronyms().get(match.group(2).lower())
    return ad_suffix is not None and not (
        ad_suffix and _names_a_site(match.group(1), text, start, end)
    )


def _names_a_site(token: str, text: str, start: int, end: int) -> bool:
    """Whether a token before a suffix betting and ad sites register under (.vip, .app, .fm)
    is a site's name: a word sends the reader to join, download or follow it right before
    (``加入AB88。VIP``, ``扫码下载BET。APP``) or a betting site's lure comes after
    (``8888。VIP享受返利``, ``。APP领红包``; reviews 47 and 48).  Without one it is prose, a
    technology's, a version's, a code's or a station's name (``推进5G。APP``, ``版本V2。APP``,
    ``订单号A123456。APP``, ``收听FM88。FM频率``) — and a plate (``京AE3342``) or a code after
    its label's colon (``受理编号：SL2024001``) is never one."""
    if not (
        _JOIN_BEFORE.search(text, max(0, start - _JOIN_REACH), start)
        or _LURE_AFTER.match(text, end)
    ):
        return False
    if start > 0 and text[start - 1] in _PROVINCES and _PLATE.fullmatch(token):
        return False
    return _COLON_BEFORE.search(text, max(0, start - _COLON_REACH), start) is None


@cache
def _company_forms() -> tuple[frozenset[str], frozenset[str]]:
    """The endings of company names of ``data/company_forms.txt``, and their last labels."""
    forms = frozenset(line.lower() for line in data_words("company_forms.txt"))
    return forms, frozenset(form.rpartition(".")[2] for form in forms)


def company_form(raw: str) -> bool:
    """Whether a bare host, as written, is a company name's legal form: ``CO.LTD``, ``Co.Ltd``.

    The host is one of ``data/company_forms.txt`` or ends with one after a dot
    (``ABC.CO.LTD``), and nothing follows it.  Only a host whose last label ends a
    listed form is looked up further.
    """
    forms, last_labels = _company_forms()
    if raw.isascii():  # (the common case: the last label looked up before anything is made)
        if raw.rstrip(".").rpartition(".")[2].lower() not in last_labels:
            return False
        host = raw.lower().rstrip(".")
    else:
        host = written_url(raw).lower().rstrip(".")
        if host.rpartition(".")[2] not in last_labels:
            return False
    return host in forms or any(host.endswith("." + form) for form in forms)


@cache
def _tech_names() -> frozenset[str]:
    """The technology names of ``data/tech_names.txt`` (``asp.net``, ``socket.io``)."""
    return frozenset(line.lower() for line in data_words("tech_names.txt"))


def tech_name_in_code(raw: str, text: str, start: int, end: int) -> bool:
    """Whether a bare host ``raw`` at ``text[start:end]`` is a technology's name that is a
    Markdown code span of its own (`` `ASP.NET` ``): shown as code, linked by no renderer."""
    return (
        text[start - 1 : start] == "`"
        and text[end : end + 1] == "`"
        and raw.lower() in _tech_names()
    )


@cache
def _file_type() -> re.Pattern[str]:
    """A dot and an extension of ``data/file_types.txt``, then no letter or digit."""
    lines = (line.lower() for line in data_words("file_types.txt"))
    names = "|".join(sorted((re.escape(line) for line in lines), key=len, reverse=True))
    return regex(rf"[.\u3002\uff0e\uff61](?:{names})(?![a-z0-9])", re.IGNORECASE)


@cache
def _stock_code() -> re.Pattern[str]:
    """A stock's code and its exchange (``data/stock_exchanges.txt``): ``600519.SH``."""
    codes = []
    for line in data_words("stock_exchanges.txt"):
        suffix, count, *kind = line.split()
        low, _, high = count.partition("-")
        dot = r"[.\u3002\uff0e\uff61]"
        if kind == ["letters"]:  # a ticker and its exchange, in capitals: "TSLA.US"
            codes.append(rf"[A-Z]{{{low},{high or low}}}{dot}{re.escape(suffix.upper())}")
        else:
            codes.append(rf"[0-9]{{{low},{high or low}}}{dot}(?i:{re.escape(suffix)})")
    return regex("|".join(codes))


def stock_code(raw: str) -> bool:
    """Whether a bare host, as written, is a stock's code and its exchange, nothing after:
    ``600519.SH``, ``00700.HK``, ``TSLA.US`` (``.sh``, ``.hk``, ``.us`` are top-level domains
    too)."""
    return (raw[:1].isdigit() or raw.isupper()) and _stock_code().fullmatch(
        unicodedata.normalize("NFKC", raw)
    ) is not None


def file_type_after(text: str, end: int) -> bool:
    """Whether a file's extension follows ``text[:end]`` (``report_2024.final`` + ``.pdf``):
    the bare host before it is a file's name."""
    return end < len(text) and text[end] in _FILE_DOTS and _file_type().match(text, end) is not None


_FILE_DOTS = frozenset(".\u3002\uff0e\uff61")


@cache
def _code_file_types() -> tuple[frozenset[str], frozenset[str]]:
    """The extensions of ``data/code_file_types.txt``: those read as a file's always (a name
    and one alone, ``model.pt``, ``fig3.ps``, is a file's name — still a link, so that an ad
    host is stripped, but no other site), and those read so only beside a cue (``cc``)."""
    always: set[str] = set()
    cued: set[str] = set()
    for line in data_words("code_file_types.txt"):
        extension, *how = line.lower().split()
        (cued if how == ["cue"] else always).add(extension)
    return frozenset(always), frozenset(cued)


# A C or C++ source or header file's name (url_util.cc, util.h, main.cpp), and the words for a
# file or for compiling right before or after one: what says a ".cc" name is C++, not a site.
_SOURCE_FILE = LazyPattern(r"[a-z0-9_]\.(?:cc|cpp|cxx|hpp|hh|h|c)(?![a-z0-9_])", re.IGNORECASE)
_FILE_WORD_BEFORE = LazyPattern(
    r"(?:文件|源码|源代码|代码|编译|修改|file|source|compil(?:e|es|ed|ing)|build)"
    rf"[\s{LABEL_COLONS}`'\"“”]{{0,3}}$",
    re.IGNORECASE,
)
_FILE_WORD_AFTER = LazyPattern(
    r"[\s`'\"“”]{0,3}(?:文件|中的|里的|第[0-9]+行|:[0-9]+\b|file)", re.IGNORECASE
)
_CUE_REACH = 120  # how far along the line another source file is looked for


def _source_file_cue(text: str, start: int, end: int) -> bool:
    """Whether the words around ``text[start:end]`` say it is a source file: a code span, a
    word for a file or for compiling beside it, or another source file on its line."""
    if text[start - 1 : start] == "`":
        return True
    if _FILE_WORD_BEFORE.search(text, max(0, start - 12), start) is not None:
        return True
    if _FILE_WORD_AFTER.match(text, end) is not None:
        return True
    line_start = max(text.rfind("\n", 0, start) + 1, start - _CUE_REACH)
    line_end = text.find("\n", end)
    line_end = min(len(text) if line_end == -1 else line_end, end + _CUE_REACH)
    # (not the name itself)
    return any(m.end() != end for m in _SOURCE_FILE.finditer(text, line_start, line_end))


def _code_file(raw: str, text: str, start: int, end: int) -> bool:
    """Whether a bare ``raw`` is a file's name: one name label, lower case or one capital
    first, and an extension of ``data/code_file_types.txt`` (with its cue, where it needs one)."""
    _, dot, extension = raw.rpartition(".")
    always, cued = _code_file_types()
    extension = extension.lower()
    if extension not in always and extension not in cued:
        return False  # (most hosts: one set lookup)
    if not dot or not (raw.islower() or (raw[0].isupper() and raw[1:].islower())):
        return False
    if not file_name_labels(raw.lower()) or sent_to(text, start):
        return False  # (访问 abc.cc: a site to go to, whatever file stands on the line)
    return extension in always or _source_file_cue(text, start, end)


# A word that sends the reader to a site right before a name: the name is a host to visit, not
# a file, even beside a source file's name ("修改 util.h 后，访问 abc.cc"; red team 40). Not
# 打开 or "open", which an editor does to a file as often.
def sent_to(text: str, start: int) -> bool:
    """Whether a word that sends the reader to a site stands right before ``start``
    (``访问``, ``登录``, ``详见``, ``visit``): what follows is a host to go to, whatever it
    looks like besides — a file's name (``访问 abc.cc``), a degree's (``请访问 B.Com 领取``)
    or a decimal and a suffix (``请访问3.5。cn``, fix49)."""
    return _VISIT_BEFORE.search(text, max(0, start - _VISIT_REACH), start) is not None


_VISIT_REACH = 8  # (the longest word and three marks after it)
_VISIT_BEFORE = LazyPattern(
    r"(?:访问|訪問|登录|登錄|登陆|登陸|浏览|瀏覽|前往|进入|進入|点击|點擊|网址|網址|详见|詳見|"
    r"visit|go to)"
    rf"[\s{LABEL_COLONS}`'\"“”]{{0,3}}$",
    re.IGNORECASE,
)


@cache
def _abbreviations() -> frozenset[str]:
    """The abbreviations of ``data/abbreviations.txt`` (``m.sc``, ``b.tech``)."""
    return frozenset(line.lower() for line in data_words("abbreviations.txt"))


def abbreviation(raw: str) -> bool:
    """Whether a bare host, as written, is an abbreviation in prose (``M.Sc``, ``B.Tech``):
    one of ``data/abbreviations.txt``, its first letter a capital, not all in capitals."""
    return raw[:1].isupper() and not raw.isupper() and raw.lower() in _abbreviations()


# The first label of a reverse-domain name, an Android app's or a Java package's
# ("com.tencent.mm"): a host is never named so.
_REVERSED_FIRST = frozenset({"com", "org", "net"})
# The first two labels of a reverse-domain name under a Chinese second-level domain, as the
# government's and the banks' apps are named ("cn.gov.tax.its", 个人所得税; "cn.com.cmbc…"):
# no host begins so either.
_REVERSED_CN = frozenset({"cn.gov", "cn.com", "cn.org", "cn.net", "cn.edu"})
# The labels a package's name goes on with after the host the scan ended at its last
# top-level domain ("com.tmall" of "com.tmall.wireless": .tmall is a top-level domain).
_PACKAGE_TAIL = LazyPattern(r"(?:\.[a-z_][a-z0-9_]*)+(?![a-z0-9_./-])")
# An arXiv subject class in its brackets: "[cs.CL]", "[stat.ML]", "[q-bio.GN]"
_SUBJECT_CLASS = LazyPattern(r"[a-z]+(?:-[a-z]+)?\.[A-Z]{2}")


def code_name(raw: str, text: str, start: int, end: int) -> bool:
    """Whether a bare host ``raw`` at ``text[start:end]``, with nothing after it, is a name
    from code or data that no one opens: a model's file (``model.pt``), a package's
    (``com.tencent.mm``), a configuration key set right after it (``spring.redis.host=…``), an
    arXiv subject class (``[cs.CL]``)."""
    if not raw.isascii() or "/" in raw:
        return False
    return (
        _code_file(raw, text, start, end)
        or _package_name(raw, text, end)
        or (raw.islower() and text[end : end + 1] == "=")
        or (
            text[start - 1 : start] == "["
            and text[end : end + 1] == "]"
            and _SUBJECT_CLASS.fullmatch(raw) is not None
        )
    )


def _package_name(raw: str, text: str, end: int) -> bool:
    """Whether ``raw``, with the labels in small letters that go on after it, is an app's or a
    package's reverse-domain name: ``com.tencent.mm``, and ``com.tmall.wireless``,
    ``com.smile.gifmaker`` (快手), ``cn.gov.tax.its`` (个人所得税), which the scan ends at
    ``com.tmall``, ``com.smile``, ``cn.gov.tax`` — top-level domains all (red team 58)."""
    labels = raw.split(".")
    reversed_cn = ".".join(labels[:2]) in _REVERSED_CN
    if labels[0] not in _REVERSED_FIRST and not reversed_cn:
        return False  # (most hosts: no pattern run)
    tail = _PACKAGE_TAIL.match(text, end) if len(labels) < 3 or reversed_cn else None
    if tail is not None:
        labels += tail.group()[1:].split(".")
    if len(labels) < 3:
        return False
    if reversed_cn:
        # a name the scan read whole to a top-level domain is a host under one, whatever it
        # starts with (cn.com.adshop.top, cn.edu.shop); a package goes on past it (.its)
        return tail is not None
    return len(labels[1]) > 2  # (com.cn.example: a host)


def dotted_name_after(text: str, end: int) -> bool:
    """Whether a Java-style dotted name goes on after ``text[:end]``, a bare host the scan
    ended at its last top-level domain: a dot and a class (a capital: ``java.io`` of
    ``java.io.ObjectInputStream``) or two more labels (``com.alibaba`` of
    ``com.alibaba.fastjson.JSON``), which no browser and no linkify opens.  One more label in
    small letters is not enough (``report.final.pdfx`` may be a host and a typo)."""
    return _DOTTED_NAME.match(text, end) is not None


# What goes on after a host in a Java class's or package's dotted name (dotted_name_after).
_DOTTED_NAME = LazyPattern(r"\.(?:[A-Z][A-Za-z0-9_$]*|[a-z_][a-z0-9_]*\.[A-Za-z_])")
