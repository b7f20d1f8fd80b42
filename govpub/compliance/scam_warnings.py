"""Sales and engagement terms quoted as the bait a warning names: no pitch.

``ad.wording`` and ``wording.forced_engagement`` terms (全网最低价, 加微信领取补贴, 集赞送礼品) are
sales talk where they invite a reader to buy or share; not where a 反诈 or 市场监管 post quotes
them as the bait it warns of: in a quotation with a warning cue around it (骗子常以“加微信领取
补贴”为由, :func:`warned_against`), in a scam's message given in its 【】 sign without quotation
marks (骗子发来的短信：【限时秒杀】全网最低价…, :mod:`.scam_messages`), or in a sentence that
warns (部分微商以“宝妈创业”为诱饵，骗取加盟费, :func:`sentence_warns`).  A shop's own 夸大宣传
denied (本店拒绝夸大宣传) is no warning.  Apart from :mod:`.sales_contexts` (a search or a
coupon that sells nothing): these read what a warning says of the words around them.
"""

from __future__ import annotations

import re
from bisect import bisect_left
from collections.abc import Callable, Iterable
from functools import cache, lru_cache

from govpub.compliance._data import data_words
from govpub.compliance._text import (
    CLAUSE_MARKS,
    CLOSING_QUOTES,
    LABEL_COLONS,
    NEGATIONS,
    OPENING_QUOTES,
    SENTENCE_END,
    alternation,
    run_end,
    run_start,
)
from govpub.compliance.case_reports import a_case
from govpub.compliance.quoted_speech import REACH, quotation_around
from govpub.compliance.regex_cache import regex
from govpub.compliance.sales_cues import speaks_as_a_shop
from govpub.compliance.scam_messages import in_a_scam_message

__all__ = ["sentence_warns", "warned_against"]


@cache
def _warning_cues() -> tuple[str, ...]:
    """The words of ``data/warning_cues.txt``, folded."""
    return data_words("warning_cues.txt")


@cache
def _other_warning_cues() -> tuple[str, ...]:
    """The warning cues but the claim cues, read per sentence by :func:`_claims_warn`."""
    return tuple(cue for cue in _warning_cues() if cue not in _CLAIM_CUES)


def warned_against(text: str, start: int, end: int) -> bool:
    """Whether a sales or engagement term at ``text[start:end]`` (folded) is quoted as a warning.

    A 反诈 or 市场监管 post quotes the words it warns of: ``骗子常以“加微信领取补贴”为由``,
    ``警惕所谓“全网最低价”宣传``, ``“集赞送礼品”等活动多为骗局``.  The term must stand in a
    quotation closed on the same line, and the sentence around the quotation must hold a
    warning cue (``data/warning_cues.txt``: 骗, 警惕, 所谓…) outside it, not negated; an
    ad's ``“全网最低价”！切勿错过`` holds none.  A quotation in a heading (a line with no
    sentence end: ``三、“集赞领奖”``) reads on into the first sentence of the next line, blank
    lines skipped (a Markdown heading's paragraph); a quotation given as a kind of message
    (``“转发…即可领取”之类的信息屡见不鲜。一旦参与，骗子便…``) reads on one sentence more.
    A scam's message given in its 【】 sign without quotation marks reads as quoted where a
    label names it as a scam's or a warning follows it (:mod:`.scam_messages`: fix 102).
    """
    quotation = quotation_around(text, start, end)
    if quotation is not None and _quotation_warned(text, *quotation):
        return True
    return in_a_scam_message(text, start, end)


def _quotation_warned(text: str, opened: int, closed: int) -> bool:
    """Whether the quotation ``text[opened:closed + 1]`` is quoted as a warning
    (:func:`warned_against`)."""
    head = run_start(text, opened, opened - REACH, SENTENCE_END)
    heading = head == 0 or text[head - 1] == "\n"
    tail = _sentence_after(text, closed + 1, heading=heading)
    after = text[closed + 1 : tail]
    if _KIND_OF_MESSAGE.search(text, opened, tail):
        after += text[tail : _sentence_after(text, tail + 1, heading=False)]
    around = text[head:opened] + "|" + after
    spans = ((head, opened), (closed + 1, closed + 1 + len(after)))
    if _holds_warning(around, lambda: _claims_warn_in(text, spans, around)):
        return True
    if _quoted_examples(text, head, tail) and _says_fraud(
        text[tail : _sentence_after(text, tail + 1, heading=False)]
    ):
        return True
    own = text[_clause_before(text, head, opened) : opened] + "|"
    own += text[closed + 1 : _clause_after(text, closed + 1, tail)]
    return any(_cue_in(own, cue) for cue in _quotation_cues())


@cache
def _quotation_cues() -> tuple[str, ...]:
    """The words of ``data/quotation_warning_cues.txt`` (不要相信, 忽悠…), folded: a warning of
    the quotation in their own clause only, a shop's slogan elsewhere (review 13)."""
    return data_words("quotation_warning_cues.txt")


def _clause_before(text: str, head: int, opened: int) -> int:
    """Where the clause that ends at the quotation opened at ``opened`` starts (not before
    ``head``), other quotations in it skipped: 不要相信“私信领券，先到先得”“扫码返现”."""
    at = opened
    while at > head:
        mark = text[at - 1]
        if mark in CLOSING_QUOTES:
            start = text.rfind(CLOSING_QUOTES[mark], head, at - 1)
            if start < 0:
                return at
            at = start
        elif mark in CLAUSE_MARKS:
            return at
        else:
            at -= 1
    return at


def _clause_after(text: str, at: int, tail: int) -> int:
    """Where the clause going on after a quotation's close at ``at`` ends (not after
    ``tail``), other quotations in it skipped: 别被“限时秒杀”“全网最低价”忽悠."""
    while at < tail:
        mark = text[at]
        if mark in OPENING_QUOTES:
            end = text.find(OPENING_QUOTES[mark], at + 1, tail)
            if end < 0:
                return at
            at = end + 1
        elif mark in CLAUSE_MARKS:
            return at
        else:
            at += 1
    return at


def sentence_warns(text: str, head: int, tail: int) -> bool:
    """Whether the sentence ``text[head:tail]`` (folded) holds a warning cue, not negated:
    selling cues there are the bait it names (部分微商以“宝妈创业”“月入过万”为诱饵，骗取
    加盟费), not a pitch (red team 46).  A sentence of quotations under a label reads on
    one sentence more (:func:`_quoted_examples`), for a fraud said of them only (凡是刷单都是
    诈骗; not 警惕错过: review 16)."""
    if _holds_warning(text[head:tail]):
        return True
    return _quoted_examples(text, head, tail) and _says_fraud(
        text[tail : _sentence_after(text, tail + 1, heading=False)]
    )


# what the sentence after a label's quotations says of them to make them a scam's words
# (凡是刷单都是诈骗, 均为诱饵), not a shop's decoy warning (警惕低价劣质, 提醒：库存有限: review 16)
_FRAUD_CUES = ("骗", "诈", "诱饵", "套路", "陷阱", "虚假", "违法", "非法")


def _says_fraud(sentence: str) -> bool:
    """Whether ``sentence`` calls what it speaks of a fraud (:data:`_FRAUD_CUES`), not negated."""
    return any(_cue_in(sentence, cue) for cue in _FRAUD_CUES)


# a sentence that is nothing but quotations, a short label and its colon before them: a
# 反诈 post's list of a scam's words (1. 刷单返利：“动动手指，日赚三五百”“先垫付，佣金秒返”。)
# says what they are in the next sentence (凡是刷单都是诈骗: red team 66)
_QUOTED_EXAMPLES = regex(
    rf"\s*[^“”「」『』{LABEL_COLONS}\n]{{1,16}}[{LABEL_COLONS}]\s*(?:[“「『][^”」』\n]*[”」』][、，,\s]*)+"
)


def _quoted_examples(text: str, head: int, tail: int) -> bool:
    """Whether the sentence ``text[head:tail]`` (folded) is a label and its quoted examples
    only (a colon first: a cheap test on most sentences)."""
    return any(text.find(colon, head, tail) >= 0 for colon in LABEL_COLONS) and (
        _QUOTED_EXAMPLES.fullmatch(text, head, tail) is not None
    )


def _holds_warning(sentence: str, claims: Callable[[], bool] | None = None) -> bool:
    """Whether ``sentence`` holds a cue of ``data/warning_cues.txt``, not negated, or reports
    a 典型案例 (:func:`.case_reports.a_case`); ``claims`` decides the claim cues where given
    (:func:`_claims_warn_in`)."""
    return (
        any(_cue_in(sentence, cue) for cue in _other_warning_cues())
        or (_claims_warn(sentence) if claims is None else claims())
        or a_case(sentence)
    )


# a quotation named as an example of a kind of message (“…”之类的信息, “…”这类短信): the
# sentences after it say what the kind is (red team 43)
_KIND_OF_MESSAGE = regex("[”」』](?:之类|这类|此类|一类)")


def _sentence_after(text: str, tail: int, *, heading: bool) -> int:
    """Where the sentence going on at ``tail`` ends; a heading's reads on into the first
    sentence below it, past blank lines."""
    if not heading:
        return run_end(text, tail, tail + REACH, SENTENCE_END)
    stop = min(len(text), tail + REACH)
    while tail < stop and (text[tail] not in SENTENCE_END or (heading and text[tail] == "\n")):
        if heading and text[tail] == "\n":
            heading = False  # a heading's quotation: into the next line that holds text
            while tail + 1 < stop and text[tail + 1] in "\n \u3000":
                tail += 1
        tail += 1
    return tail


# 夸大宣传 and 名不副实 (data/warning_cues.txt) are warning cues wherever they stand, as before
# fix 88 (review 36: a closed list of third parties is no condition for the warning; 一些保健
# 食品夸大宣传功效, 谨防夸大宣传 are a notice's).  The shop's own boast, no warning, where
# (a) the shop speaks as itself in the sentence (:func:`.sales_cues.speaks_as_a_shop`: 本店不需
# 要夸大宣传; 同行都在夸大宣传，我们只卖真货: review 34), or (b) a denial of the shop's
# (_CLAIM_DENIALS, the list before fix 88 with 并无: 无任何夸大宣传, 拒绝夸大宣传) and its fillers
# end right before the cue, or an item of a list before it denies a claim cue itself (没有任何夸
# 大宣传、名不副实: review 31), and no regulator, law or instruction in its clause makes the
# denial theirs (_INSTRUCTED: 市场监管局要求各直播间杜绝夸大宣传, 消费者应当拒绝夸大宣传; not
# one complied with, 响应市场监管局要求，拒绝夸大宣传, 积极执行平台要求杜绝夸大宣传: reviews 34,
# 35, 36).  虚假宣传 and 虚假广告 warn wherever they stand, never denied (review 36 item 1:
# 广告法严禁虚假宣传 is a notice's commonest wording).  Each cue is judged on its own (打着拒绝
# 夸大宣传旗号的主播夸大宣传“全网最低价”: review 34), in a bounded window; a sentence's facts
# (whether the shop speaks) are found once per sentence
_CLAIM_CUES = ("夸大宣传", "名不副实")
_CLAIM_LENGTH = 4  # (each of them)
_CLAIM_DENIALS = (
    "拒绝", "杜绝", "告别", "远离", "抵制", "不搞", "不做", "不玩", "不会", "不要", "不存在",
    "不是", "没有", "没搞", "并无", "无", "零", "从未", "从不", "绝不", "决不", "绝非", "并非",
    "未曾",
)  # fmt: skip
_CLAIM_FILLERS: tuple[str, ...] = (
    "任何形式的",
    "形式的",
    "任何",
    "一切",
    "丝毫",
    "半点",
    "一点",
    "那些",
    "这种",
)
_CLAIM_FILLERS += ("过", "的")
_CLAIM_DENIED = regex("(?:{})(?:{})*\\Z".format("|".join(_CLAIM_DENIALS), "|".join(_CLAIM_FILLERS)))
_CLAIM_REACH = 12  # characters before a claim cue its denial and fillers are sought in
_CLAUSE_REACH = 40  # characters before a claim cue its clause's instruction is sought in
_LIST_MARK = "、"
# what makes a denial in its clause a regulator's, a law's or an instruction's, unless
# complied with (响应…要求, 执行…要求: _COMPLIES): an instruction's verb anywhere in the clause
# before it (data/claim_instructions.txt: 要求, 呼吁, 提醒; 政府要求各商家杜绝夸大宣传), a
# regulator or a law (data/claim_regulators.txt and these: 消协, 法院, 广告法) or a modal
# (应当, 要, 须) only right before it, an adverb between (消协坚决抵制, 应当拒绝, 须杜绝) —
# never as a part of another word (法国, 方法, 想要, 应季, 须后水, 政府补贴款: review 38 C)
_LAW_WORDS = ("法", "条例", "规定", "部门", "机关", "委员会", "协会", "应当", "应", "须", "要")
_ADVERBS = (
    "坚决",
    "一律",
    "严格",
    "必须",
    "务必",
    "全面",
    "共同",
    "一起",
    "自觉",
    "主动",
    "都",
    "均",
)
_COMPLIES: tuple[str, ...] = (
    "响应",
    "按照",
    "根据",
    "依据",
    "遵守",
    "遵照",
    "依照",
    "落实",
    "配合",
    "执行",
    "按",
)
_COMPLIES += ("应市场监管", "应监管", "应平台", "应有关", "应相关", "应主管")


@cache
def _instructed() -> re.Pattern[str]:
    """An instruction's verb (data/claim_instructions.txt: 要求, 呼吁, 提醒…)."""
    return regex(alternation(list(data_words("claim_instructions.txt"))))


@cache
def _authority_right_before() -> re.Pattern[str]:
    """A regulator, a law or a modal (see :data:`_LAW_WORDS`) and adverbs ending where the
    search ends (right before a denial)."""
    words = {*data_words("claim_regulators.txt"), *_LAW_WORDS}
    return regex(f"(?:{alternation(list(words))})(?:{alternation(list(_ADVERBS))})*\\Z")


@cache
def _complied() -> re.Pattern[str]:
    """What a shop says complying with an instruction (响应, 执行…)."""
    return regex(alternation(list(_COMPLIES)))


def _cue_in(sentence: str, cue: str) -> bool:
    """Whether ``cue`` stands in ``sentence`` not negated (骗局, not 不骗人 or 不是骗局)."""
    at = sentence.find(cue)
    while at >= 0:
        if not sentence.endswith(NEGATIONS, 0, at):
            return True
        at = sentence.find(cue, at + 1)
    return False


def _claims_warn(sentence: str) -> bool:
    """Whether a claim cue (夸大宣传, 名不副实) stands in ``sentence`` as a warning: not
    negated, not denied by the shop (:func:`_shop_denies`), the shop not speaking as itself.
    Whether the shop speaks is found once, and only if a cue is left."""
    places = sorted(at for cue in _CLAIM_CUES for at in _places(sentence, cue))
    for at in places:
        if not sentence.endswith(NEGATIONS, 0, at) and not _shop_denies(sentence, at):
            return not speaks_as_a_shop(sentence)
    return False


def _claims_warn_in(text: str, spans: Iterable[tuple[int, int]], sentence: str) -> bool:
    """:func:`_claims_warn` of ``sentence``, the spans ``spans`` of ``text`` joined, each
    cue's negation and denial read in ``text`` itself (:func:`_warning_claims`), once for
    all the quotations of a long sentence (杜绝夸大宣传“私信领券1”、杜绝夸大宣传“私信领券2”、
    …: review 38 item E)."""
    found = _warning_claims(text)
    if not found:
        return False  # (the common case)
    for start, end in spans:
        at = bisect_left(found, start)
        if at < len(found) and found[at] + _CLAIM_LENGTH <= end:
            return not speaks_as_a_shop(sentence)
    return False


@lru_cache(maxsize=8)
def _warning_claims(text: str) -> tuple[int, ...]:
    """Where a claim cue stands in ``text`` not negated and not denied by the shop
    (:func:`_claims_warn` but the shop's self), in order."""
    found = []
    for cue in _CLAIM_CUES:
        at = text.find(cue)
        while at >= 0:
            if not text.endswith(NEGATIONS, 0, at) and not _shop_denies(text, at):
                found.append(at)
            at = text.find(cue, at + 1)
    return tuple(sorted(found))


def _places(sentence: str, cue: str) -> list[int]:
    """Where ``cue`` stands in ``sentence``."""
    places = []
    at = sentence.find(cue)
    while at >= 0:
        places.append(at)
        at = sentence.find(cue, at + 1)
    return places


def _shop_denies(sentence: str, at: int) -> bool:
    """Whether the claim cue at ``at`` is denied right before it (拒绝夸大宣传, 无任何夸大宣传)
    or in an item before of its list that denies a claim cue itself (没有任何夸大宣传、名不副
    实), and no regulator, law or instruction in its clause, not complied with, makes the
    denial theirs.  All of it lies in the _CLAUSE_REACH characters before the cue: read once
    for each such window (a notice repeating 杜绝夸大宣传“…”、 reads each window once)."""
    return _denied_in(sentence[max(0, at - _CLAUSE_REACH) : at])


@lru_cache(maxsize=4096)
def _denied_in(window: str) -> bool:
    """:func:`_shop_denies` of a cue right after ``window``."""
    at = len(window)
    start = max(window.rfind(mark) for mark in CLAUSE_MARKS) + 1  # (run_start, in C)
    item = window.rfind(_LIST_MARK, start, at) + 1 or start
    denied = _denied_before(window, item, at)
    while denied < 0 and item > start:
        end, item = item - 1, window.rfind(_LIST_MARK, start, item - 1) + 1 or start
        for cue in _CLAIM_CUES:
            cue_at = window.find(cue, item, end)
            if cue_at >= 0 and (denied := _denied_before(window, item, cue_at)) >= 0:
                break
    if denied < 0:
        return False
    if (
        _instructed().search(window, start, denied) is None
        and _authority_right_before().search(window, start, denied) is None
    ):
        return True
    return _complied().search(window, start, denied) is not None


def _denied_before(sentence: str, start: int, at: int) -> int:
    """Where a claim denial and fillers ending right before ``at`` start, within
    ``sentence[start:at]``; -1 if none."""
    denied = _CLAIM_DENIED.search(sentence, max(start, at - _CLAIM_REACH), at)
    return -1 if denied is None else denied.start()
