"""Sales contacts written to slip past the term lists (123号 四(三): 不得刊登商业广告).

The term lists name the sales contacts plain (``加vx``, ``加微信购买``); spam breaks the
words with a symbol or writes ``加`` as a plus sign, and the fold then hides the trick or
keeps the symbol inside the term:

* **a symbol inside 微信** (``加微🌟信``, ``微❤信：abc123``): an emoji between two
  ideographs closes up like a space (the fold reads ``加微信``) and a star stays a star
  (``加微★信``: a 密级's star must stay). 微信 broken by a symbol is written only to
  slip past a filter — a government account writes its own 微信 whole — so a pictograph
  or a star inside ``微信`` (``薇信``, ``v信``) is a sales contact wherever it stands
  (``加V❤信``, where the emoji between a letter and an ideograph stays a space, is the
  listed term ``加v 信``);
* **a plus sign for 加** (``➕V``, ``+V：abc12345``, ``➕微：…``): V, VX and WX after a
  plus sign with a WeChat ID or a sales word after them; 微 or 微信 only after an emoji
  plus or where no word stands before the ``+`` (``电话+微信：gov12345`` lists an
  office's contacts).  ``5G+VR``, ``C++`` and ``+86`` are no contact.

* **a contact word and an ID** (``加V：fengmi8866``, ``加徽信ab8899``, ``加 V X：cd778899``):
  after 加, a spam spelling of 微信 (``v``, ``vx``, ``wx``, ``v信``, ``wei信`` and the look-alikes
  ``薇信``, ``威信``, ``徽信``) with a WeChat ID is a sales contact; 微信, QQ and ``扣扣`` with
  an ID only with a sale in their sentence (购, 价, 下单, 包邮…: ``加微信 abc12345 购买``, not
  a class's ``加QQ群：123456789，便于接收课程通知``).  A spam spelling spaced apart (``加 V❤ 信``,
  ``加 V X 咨询``) is read from 加 too.  Without 加, a contact word, its colon and an ID sell
  only with a seller's cue (私聊, 拿货, 代购, 特价) or two selling cues in their sentence
  (``专业日韩代购，正品保证，微信：dg2024hk``; not ``政务微信：bjzw12345``, an office's
  ``举报微信：…``, ``官方微信：…``, or a sentence that warns), read from the anchors the
  terms' one pass finds (:data:`CONTACT_ANCHORS`).

The first two look only where a cheap test says they may be: a star in the folded text, a
character the fold removed, a plus sign; most posts hold none, and their expressions
compile on first use (:mod:`.lazy_pattern`).
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Iterable, Iterator
from functools import cache

from govpub.compliance._data import data_words
from govpub.compliance._text import LABEL_COLONS, Folded, sentence_around
from govpub.compliance.holds import occurrences
from govpub.compliance.lazy_pattern import LazyPattern
from govpub.compliance.sales_cues import (
    PITCH,
    sales_cues,
    trade_report,
    trade_service,
    trade_words_in,
)
from govpub.compliance.scam_warnings import sentence_warns

__all__ = [
    "CONTACT_ANCHORS",
    "CONTACT_RULE",
    "find_id_contacts",
    "find_plus_contacts",
    "find_symbol_split_contacts",
    "may_hold_plus_contact",
]

# 微信 and its spam spellings with a star inside (the fold keeps stars: 加微★信); 加 before
# (spaces around the star too: 加 微 🌟 信 folds to 加微 ★ 信)
_STARRED = LazyPattern(r"(?:加 ?★*)?(?:[微薇v] ?★+ ?信|(?<=加)★+[微薇]信)|加★+v信")
# How near one another the stars of one spelling stand (加★微★信: a character and a space
# between), and how far before its first star (加 v ★信) and after its last one (★ 信) a
# spelling reaches.
_STAR_GAP = 4
_BEFORE_STARS = 4
_AFTER_STARS = 3


def _starred(text: str) -> Iterator[re.Match[str]]:
    """:data:`_STARRED`'s matches, as ``finditer`` over the whole text gives them, from
    searches around the stars only: its first step is optional, so the engine tried it at
    every position (≈ 1 ms in a post of 20,000 characters with a ★ anywhere).  A match
    holds stars no more than :data:`_STAR_GAP` apart and starts and ends near them: the
    stretches around clusters of stars hold every one."""
    stars = list(occurrences(text, "★"))
    low = high = -_STAR_GAP - 1
    done = 0
    for star in [*stars, len(text) + _STAR_GAP + 1]:
        if star - high > _STAR_GAP:  # (a cluster ended: read around it)
            if high >= 0:
                start = max(done, low - _BEFORE_STARS)
                for match in _STARRED.finditer(text, start, min(len(text), high + _AFTER_STARS)):
                    done = match.end()
                    yield match
            low = star
        high = star


# the pairs a removed symbol may split (加微❤信 → 加微信, removed before 信 or before 微)
_SPLIT_PAIRS = frozenset(["微信", "薇信", "加微", "加薇"])
# what a spam contact asks the reader to do right after it (➕V 领取, 加 V X 咨询)
_ASKS = "领取|领券|购买|下单|咨询|了解|详聊|私聊|拿货|进群|免费|备注"
# a plus sign and a WeChat word; what must follow it (a WeChat ID, a mobile, a sales word)
_PLUS_CONTACT = LazyPattern(
    r"(?P<sign>[+＋﹢➕])[ \t\u3000]{0,2}"
    r"(?P<word>[vｖＶ](?:[xｘＸ]|信)?|[wｗＷ][xｘＸ]|微信?|薇信?)"
    rf"(?:[ \t\u3000]{{0,2}}[{LABEL_COLONS}][ \t\u3000]{{0,2}}[A-Za-z0-9][A-Za-z0-9_\-]{{4,19}}"
    rf"|[ \t\u3000]{{0,2}}(?:{_ASKS})"
    r"|(?![A-Za-z0-9\u3400-\u9fff]))",
    re.IGNORECASE,
)
_EMOJI_PLUS = frozenset("➕")
_WORD_BEFORE = LazyPattern(r"[A-Za-z0-9\u3400-\u9fff]")


def find_symbol_split_contacts(folded: Folded, original: str) -> Iterator[tuple[int, int]]:
    """Folded spans of 微信 broken by a symbol (``加微🌟信``, ``加微❤信``), in text order."""
    text = folded.text
    spans: list[tuple[int, int]] = []
    if "★" in text:
        spans.extend(match.span() for match in _starred(text))
    if not folded.identity:
        for at in folded.removals:  # (where the fold removed characters)
            pair = text[at - 1 : at + 1]
            if pair not in _SPLIT_PAIRS or (pair[0] == "加" and text[at + 1 : at + 2] != "信"):
                continue
            removed = original[folded.original(at - 1) + 1 : folded.original(at)]
            if not any(unicodedata.category(char) in ("So", "Sk", "Sm") for char in removed):
                continue  # (spaces, invisible characters, Markdown emphasis: 微**信**)
            if pair[0] == "加":
                spans.append((at - 1, at + 2))  # 加❤微信
            else:
                spans.append((at - 2 if text[at - 2 : at - 1] == "加" else at - 1, at + 1))
    yield from sorted(set(spans))


def find_plus_contacts(original: str) -> Iterator[tuple[int, int]]:
    """Spans (in ``original``) of a plus sign written for 加 before a WeChat word
    (``➕V``, ``+V：abc12345``, ``➕微：abc12345``)."""
    for match in _PLUS_CONTACT.finditer(original):
        sign, word = match.group("sign"), match.group("word")
        if sign not in _EMOJI_PLUS:
            if match.end() == match.end("word"):
                continue  # a bare "+v" needs what an ID or a sales word adds
            if word[0] in "微薇":
                before = original[match.start() - 1 : match.start()]
                if before and _WORD_BEFORE.match(before):
                    continue  # 电话+微信：… lists contacts
        yield match.start(), match.end()


def may_hold_plus_contact(folded_text: str, original: str) -> bool:
    """Whether a text holds a plus sign :func:`find_plus_contacts` reads (one C-speed test
    each: the fold reads ``＋`` and ``﹢`` as ``+``, and the emoji ``➕`` as a space; other
    crosses, ``✚``, are not read: each test costs ≈ 3 µs on 20,000 characters)."""
    return "+" in folded_text or "➕" in original


# A WeChat or QQ word and an ID, in the folded text (lower case, ：as :, the emoji of V❤
# a space); the word is a spam spelling unless it is 微信, qq or 扣扣.  The expression
# starts with one literal, 加, that the engine finds at C speed: a search that starts at
# a set of characters costs 80 µs on 20,000 characters, a third of check().
#
# The letters of a spam spelling may stand apart (加 V❤ 信 folds to 加 v  信: the emoji a
# space, the spaces kept between a letter and an ideograph); without an ID such a spelling
# sells when a request (咨询, 领取), 群 or the clause's end follows it (加 V X 咨询, 加 vx群),
# not when the letter starts a word of its own (附加 V 信息, 参加 v 信息化培训, 加 V 信用卡).
_SPAM = r"wei ?信|v {0,3}信|v {0,2}x|w {0,2}x"
_WORDS = rf"(?P<word>微信|薇信|威信|徽信|{_SPAM}|v|qq|扣扣)(?:号|群)?"
_ID = r"[a-z0-9][a-z0-9_\-]{4,19}(?![a-z0-9_\-])"
_ENDS = r" {0,2}(?:[，,。.！!？?；;:）)\n]|$)"
_ADDED_CONTACT = LazyPattern(
    rf"加 {{0,2}}(?:{_WORDS} ?:? ?{_ID}|(?:{_SPAM}) ?(?:群| {{0,2}}(?:{_ASKS}|(?={_ENDS}))))"
)
_PLAIN_WORDS = frozenset(["微信", "qq", "扣扣"])
_SALE_REACH = 40  # characters read each side of a contact for a sale word


def find_id_contacts(
    folded_text: str, colons: Iterable[tuple[int, int, str]] = ()
) -> Iterator[tuple[int, int]]:
    """Folded spans of a WeChat or QQ word with an ID that sell: after 加 (``加V：fengmi8866``,
    ``加微信 abc12345 购买``), then without it (``代购…微信：dg2024hk``), in text order.

    A contact without 加 is read only where the terms' one pass found a contact word's end
    and its colon (``colons``: the :data:`CONTACT_ANCHORS`), never from every colon (a
    post holds about 150: a search from each cost check() 1.5 %).
    """
    yield from sorted(set(_added_contacts(folded_text)) | set(_bare_contacts(folded_text, colons)))


def _added_contacts(text: str) -> Iterator[tuple[int, int]]:
    """加 and a contact word with an ID: a spam spelling (加V：…, 加徽信…) is written to slip
    past the list; 微信 or QQ sells only with a sale in its sentence."""
    for match in _ADDED_CONTACT.finditer(text):
        if match.group("word") not in _PLAIN_WORDS or _sells(text, *match.span()):
            yield match.span()


def _sells(text: str, start: int, end: int) -> bool:
    """Whether the sentence around ``text[start:end]`` holds a sale word, or a trade's own
    selling word (放款, 包过, 代开发票…) in a sentence that does not warn."""
    head, tail, sentence = _sentence_without(text, start, end)
    return any(word in sentence for word in _sale_words()) or _trade_pitch(
        text, head, tail, added=True
    )


def _trade_pitch(text: str, head: int, tail: int, *, added: bool = False) -> bool:
    """Whether the sentence ``text[head:tail]`` names a trade's selling word
    (:func:`.sales_cues.trade_words_in`) and neither warns, nor reports a case, nor names a
    public service: a 反诈 notice names the scam's words (谨防刷单诈骗) beside a police
    contact, news the case's (某地破获考前泄题案件…QQ群：…), 税务局 its 代开发票 (review 14).
    A case's words do not clear 加 and an ID (``added``): 犯罪成本低，加微信：… (review 14),
    unless the contact takes tip-offs (整治“刷单炒信”乱象，线索可加QQ：…反映: review 16)."""
    sentence = text[head:tail]
    if trade_words_in(sentence) == 0 or sentence_warns(text, head, tail):
        return False
    if trade_report(sentence) and (not added or any(word in sentence for word in _TIP_OFFS)):
        return False
    return not trade_service(sentence) or any(cue in sentence for cue in _seller_cues())


# what makes a contact beside a regulator's word a line for tip-offs (线索可加QQ：…反映)
_TIP_OFFS = ("举报", "线索", "反映")


@cache
def _sale_words() -> tuple[str, ...]:
    """What makes a contact's sentence a sale (``data/contact_sale_words.txt``: 购, 价, 下单…)."""
    return data_words("contact_sale_words.txt")


def _sentence_without(text: str, start: int, end: int) -> tuple[int, int, str]:
    """The sentence around a contact at ``text[start:end]`` (``head``, ``tail``) and its words
    with the contact cut out (its ID holds no cue)."""
    head, tail = sentence_around(text, start, end, _SALE_REACH)
    return head, tail, text[head:start] + "|" + text[end:tail]


#: The rule of the internal terms that anchor the reading of a contact without 加.
CONTACT_RULE = "sales-contact"
#: The end of a contact word and its colon, folded (微信：, 微信号：, QQ群：, V❤： → ``v :``):
#: literals the terms' one pass finds at no cost of its own, where a search from every
#: colon would cost check() 1.5 %.
_ANCHOR_WORDS = (
    "信", "信 ", "信号", "群", "v", "v ", "v  ", "v   ", "v号", "x", "x号", "q", "q号",
    "扣", "扣号",
)  # fmt: skip
#: (and since fix60c ``v   :`` of ``V❤❤ ：`` and the ratio sign ``∶`` the fold keeps: 微信∶…)
CONTACT_ANCHORS = tuple(word + colon for word in _ANCHOR_WORDS for colon in ":∶")
# the contact word that ends at an anchor's colon (spaces before it: V❤： folds to v :)
_BARE_WORD = LazyPattern(rf"(?:微信|薇信|威信|徽信|{_SPAM}|v|qq|扣扣)(?:号|群)? {{0,3}}$")
_BARE_ID = LazyPattern(rf" ?{_ID}")
# what sells in a bare contact's sentence (fix60c): a cue that only a seller writes beside
# a contact (data/contact_seller_cues.txt: 私聊有惊喜价, 拿货, 代购, 特价清仓), or two
# different selling cues of data/sales_cues.txt and data/contact_cues.txt — one of them
# (正品, 诚招, 合伙人, 全场, 原价) is an office's word as often (欢迎举报销售非正品商品行为,
# 我区诚招志愿者, 本次音乐会全场免费): :data:`.sales_cues.PITCH` of them
_OFFICE_REACH = 6  # characters before the contact word, within its clause
_CLAUSE_MARKS = "，,；;:。！？!?\n"


@cache
def _seller_cues() -> tuple[str, ...]:
    """The cues only a seller writes beside a contact (``data/contact_seller_cues.txt``: 私聊,
    拿货, 代购…); not the words an office's contact stands beside (优惠政策, 购买社保, 福利院)."""
    return data_words("contact_seller_cues.txt")


@cache
def _contact_cues() -> tuple[str, ...]:
    """Cues of a contact's sentence besides those of ``sales_cues.txt``
    (``data/contact_cues.txt``: 领福利, 进群)."""
    return data_words("contact_cues.txt")


@cache
def _sellers_own() -> tuple[str, ...]:
    """The seller's own words (``data/contact_sellers_own.txt``: 私聊, 拿货, 惊喜价…), which a
    warning does not say of the scam it names: they sell even beside a warning cue."""
    return data_words("contact_sellers_own.txt")


@cache
def _office_words() -> tuple[str, ...]:
    """Who answers a contact named right before its word (``data/contact_offices.txt``:
    官方, 举报, 反诈, 民警…): an office, not a seller."""
    return data_words("contact_offices.txt")


def _bare_contacts(text: str, colons: Iterable[tuple[int, int, str]]) -> Iterator[tuple[int, int]]:
    """A contact word, its colon and an ID with a selling cue in their sentence (123号 四(三)):
    ``专业日韩代购，正品保证，微信：dg2024hk``, ``V❤：shop5566，私聊有惊喜价``.  An office's
    ``微信公众号：北京发布``, ``政务微信：bjzw12345``, ``咨询QQ群：123456`` sell nothing."""
    for _, end, _ in colons:
        word = _BARE_WORD.search(text, max(0, end - 10), end - 1)
        contact = _BARE_ID.match(text, end) if word is not None else None
        if word is None or contact is None:
            continue
        start = word.start()
        before = text[max(0, start - 2) : start]
        if before.endswith("加") or before == "加 ":
            continue  # (加微信：… is read from 加)
        if before[-1:].isascii() and before[-1:].isalnum():
            continue  # (tv:, dev: — a longer ASCII word)
        if _sells_plainly(text, start, contact.end()):
            yield start, contact.end()


def _sells_plainly(text: str, start: int, end: int) -> bool:
    """Whether the sentence around ``text[start:end]`` sells: a seller's cue or two selling
    cues, the contact no office's and the sentence no warning (谨防海外代购骗局) unless it
    holds the seller's own words (警惕假货，认准本店微信：…，私聊拿货)."""
    if _an_office(text, start):
        return False
    head, tail, sentence = _sentence_without(text, start, end)
    if _trade_pitch(text, head, tail):
        return True
    if not any(cue in sentence for cue in _seller_cues()):
        cues = sum(cue in sentence for cue in sales_cues())
        if cues + sum(cue in sentence for cue in _contact_cues()) < PITCH:
            return False
    return not sentence_warns(text, head, tail) or any(cue in sentence for cue in _sellers_own())


def _an_office(text: str, start: int) -> bool:
    """Whether an office's word stands in the clause right before a contact word at ``start``
    (``举报微信：``, ``官方微信：``, ``反诈QQ：``): the contact is how to reach an office."""
    before = text[max(0, start - _OFFICE_REACH) : start]
    for mark in _CLAUSE_MARKS:
        before = before[before.rfind(mark) + 1 :]
    return any(word in before for word in _office_words())
