"""Finding links in plain text, Markdown and HTML — all three at once, in one scan.

A post's body is Markdown that may hold HTML, its summary is plain text, and a
platform may linkify anything that looks like an address.  So the text is
*folded* once (:mod:`govpub.compliance.folding`: full-width forms to ASCII,
``。``/``｡`` between host labels to dots, invisible characters removed) and one
left-to-right scan of the folded text recognises:

* HTML tags with URL attributes (``href``, ``src``, ``srcset``, ``data-src``,
  ``poster``); an ``<a>`` (or ``<iframe>``, ``<video>``…) is taken with its
  content up to the closing tag, so that stripping can keep or drop it;
* Markdown inline links and images ``[text](url "title")``, ``![alt](url)``;
* Markdown autolinks ``<https://…>`` and reference definitions ``[id]: url``;
* URLs with a scheme, with two slashes, one or none (``https:/t.cn/x`` and
  ``https:t.cn/x`` open in a browser as ``https://t.cn/x``);
* schemeless ``www.`` hosts, and **bare domains** whose last label is a
  top-level domain of the Public Suffix List (:mod:`govpub.compliance.suffixes`),
  after any character that is not part of a host — CJK text, an ASCII or a
  full-width colon (``报名网址:t.cn/…``), a quote, a bracket.

So ``ｓ．ｃｌｉｃｋ．ｔａｏｂａｏ．ｃｏｍ／t?e=…``, ``u。jd。com/…``, ``dwz｡cn/…``,
``ＨＴＴＰＳ：／／Ｕ．ＪＤ．ＣＯＭ／…`` and ``https://s.click.tao\\u200bbao.com/…``
(a zero-width space in the host, which a browser drops — UTS #46) are each one
link, found whole (issue 12).  Offsets are mapped back to the text as written:
:attr:`LinkSpan.raw` is exactly what the editor wrote, full-width and invisible
characters included, which is what stripping removes.

Chinese text has no spaces, so a bare URL ends where CJK text or full-width
sentence punctuation begins: "详见https://www.gov.cn/a.html。" gives
``https://www.gov.cn/a.html``; a host that starts right after ``://`` with CJK
characters is an internationalised domain (``http://中国政府网.政务/``).  Trailing
punctuation (``.,:;!?'*_~``) and unbalanced ``)``/``]`` are trimmed, as GFM's
autolink extension does.  An address followed by ``@`` is the user part of an
e-mail address, not a link; one preceded by ``@`` is a mail domain.

The scanner errs towards finding more: anything a platform might make into a
link should be found here (linkify-it, which the renderer uses, links bare
domains too), so that no ad link survives and no host escapes the source rules.

Modules: :mod:`.span` (the :class:`LinkSpan` record), :mod:`.scanner` (``scan_links`` and
``find_links``: the loop, HTML tags and Markdown), :mod:`.bare` (bare addresses),
:mod:`.base` (the scanner's state; folded offsets back to the text as written),
:mod:`.expressions` (the regular expressions, compiled on first use), :mod:`.addresses`
(what an address opens), :mod:`.tags` (addresses in HTML attributes), and what the check
asks of what was found: :mod:`.lookalikes` (bare hosts that are names, files or code, not
sites), :mod:`.mail` (a mail address's domain) and :mod:`.titles` (titles and alt texts).
"""

from __future__ import annotations

from govpub.compliance.links.addresses import (
    glued_web_address,
    host_span,
    intent_scheme,
    is_app_link,
    md_escapes_read,
)
from govpub.compliance.links.lookalikes import (
    abbreviation,
    capitalised_words,
    code_name,
    company_form,
    decimal_then_suffix,
    dotted_name_after,
    file_type_after,
    number_then_word,
    sent_to,
    stock_code,
    tech_name_in_code,
    token_then_acronym,
)
from govpub.compliance.links.mail import mail_with_path, mail_written_around
from govpub.compliance.links.scanner import find_links, scan_links
from govpub.compliance.links.span import LinkSpan, flatten
from govpub.compliance.links.titles import link_titles, tag_titles, tooltips

__all__ = [
    "LinkSpan",
    "abbreviation",
    "capitalised_words",
    "code_name",
    "company_form",
    "decimal_then_suffix",
    "dotted_name_after",
    "file_type_after",
    "find_links",
    "flatten",
    "glued_web_address",
    "host_span",
    "intent_scheme",
    "is_app_link",
    "link_titles",
    "mail_with_path",
    "mail_written_around",
    "md_escapes_read",
    "number_then_word",
    "scan_links",
    "sent_to",
    "stock_code",
    "tag_titles",
    "tech_name_in_code",
    "token_then_acronym",
    "tooltips",
]
