"""Ad copy said in selling phrases, with no link and no contact (123号 四(三): 不得刊登商业广告).

``data/ad_wording.txt`` lists set phrases (券后价, 加vx); spam says the same in phrases no
list holds: ``全国包邮，拍下立发``, ``招代理，一件代发``, ``私信领取优惠券，先到先得``.  One
selling word alone is news or a warning (偏远地区快递不包邮问题, 部分微商销售“三无”产品, 通过
私信留言); two different ones in one sentence are a pitch.

An anchor (:func:`cue_anchors`, ``data/sales_anchors.txt``: 包邮, 代发, 微商, 领券, 私信; since
red team 46 秒杀, 抢购 and 团购: 限时抢购，手慢无; 团购价88元，扫码购买; and a live stream's
places, ``data/live_anchors.txt``) is found by the policy's one
term pass (internal terms of :data:`CUE_RULE`); the sentence around it is read for the
cues of ``data/sales_cues.txt`` only there.  The text is folded.
"""

from __future__ import annotations

import re
from bisect import bisect_left, bisect_right
from collections.abc import Collection, Iterable, Iterator, Sequence
from functools import cache
from typing import NamedTuple

from govpub.compliance._data import data_words
from govpub.compliance._text import (
    CLAUSE_MARKS,
    LABEL_COLONS,
    alternation,
    run_end,
    run_start,
    sentence_around,
)
from govpub.compliance.folding import CJK_UNIFIED
from govpub.compliance.regex_cache import regex

__all__ = [
    "CUE_RULE",
    "PITCH",
    "THIRD_PARTY",
    "act_cue_count",
    "claim_cue_count",
    "cue_anchors",
    "find_sales_talk",
    "live_anchors",
    "other_cue_count",
    "report_parties",
    "sales_cues",
    "sales_selves",
    "speaks_as_a_shop",
    "trade_anchors",
    "trade_clauses",
    "trade_report",
    "trade_service",
    "trade_words_in",
]

#: The rule of the internal terms that anchor a reading (never reported as such).
CUE_RULE = "sales-cue"
_NEAR = 6  # characters each side of a live anchor read for a call (:func:`_calls`)
_ORDERS_COUNTED = regex(r"[0-9][0-9.,]*[万亿]?单")

_REACH = 40  # characters read each side of an anchor, within its sentence
PITCH = 2  # distinct cues in one sentence that make it a pitch
_CRIES = ("！", "!")  # an anchor cried out alone (秒杀！原价199元…): its pitch is the next sentence


_QUOTED = ("“”", "「」", "『』", '""')  # an anchor named in quotation marks (有的“秒杀”活动)
# what denies the sale in the anchor's clause (活动从未真正开放抢购): a report, not a pitch
_DENIED = ("从未", "并未", "未能", "没有", "并非", "从不")


def _named_or_denied(folded: str, start: int, end: int) -> bool:
    """Whether the anchor stands quoted as a word (“秒杀”) or denied in its clause."""
    around = folded[start - 1 : start] + folded[end : end + 1]
    if start > 0 and around in _QUOTED:
        return True
    head = run_start(folded, start, start - 12, CLAUSE_MARKS)
    return any(word in folded[head:start] for word in _DENIED)


@cache
def live_anchors() -> tuple[str, ...]:
    """Where a live stream sells (``data/live_anchors.txt``: 小黄车, 购物车, 橱窗, 小商店).

    Each is a selling cue of its own sentence too when a call to press it stands next to it
    (:func:`_calls`), so one more cue there makes a pitch (点击左下角小黄车下单) while the word
    alone stays news (一辆小黄车在路口…) and so does a cart with 下单 beside it (将所需商品加入
    购物车，确认无误后下单: a procurement guide; a review of red team 62)."""
    return data_words("live_anchors.txt")


@cache
def trade_anchors() -> tuple[str, ...]:
    """The other trades' selling words that start a reading of their sentence
    (``data/trade_anchors.txt``: 下款, 稳赚, 包治百病, 包过, 代开发票, 娱乐城, 刷单…;
    red team 65)."""
    return data_words("trade_anchors.txt")


@cache
def cue_anchors() -> tuple[str, ...]:
    """The selling words that start a reading of their sentence (``data/sales_anchors.txt``),
    then the live anchors and the trades' words: the policy's term pass finds them."""
    return data_words("sales_anchors.txt") + live_anchors() + trade_anchors()


@cache
def _trade_cues() -> tuple[str, ...]:
    """The trades' selling words, cues of a sentence as those of ``sales_cues.txt`` are
    (``data/contact_trade_words.txt``: 放款, 秒到账, 稳赚, 三天见效, 保录取, 彩金…)."""
    return data_words("contact_trade_words.txt")


@cache
def _trade_reports() -> tuple[str, ...]:
    """What makes a trade's words a case reported (``data/trade_reports.txt``: 破获, 约谈…)."""
    return data_words("trade_reports.txt")


@cache
def _trade_word_holders() -> tuple[str, ...]:
    """Words that hold a trade word and say something else (``data/trade_word_holders.txt``:
    面包过期 holds 包过)."""
    return data_words("trade_word_holders.txt")


def trade_words_in(sentence: str) -> int:
    """The distinct trade words of ``sentence`` (``data/contact_trade_words.txt``: 放款, 稳赚,
    祖传秘方, 包过, 代开发票, 百家乐, 刷单…: red team 65), each outside the words that hold it."""
    return sum(_stands_alone(sentence, word) for word in _trade_cues() if word in sentence)


def trade_clauses(sentence: str, gaps: Collection[int] = ()) -> int:
    """The trade words of ``sentence`` as cues: the clauses holding a distinct one.  Ad copy
    cries each word in a clause of its own (代开发票，办证刻章; 考前泄题 包过, its space folded
    away: ``gaps``, the offsets in ``sentence`` a character was removed before); news names
    them in one (严禁代开发票、代办证件, 找人代练上分, 娱乐城里百家乐赌桌旁: review 14)."""
    return len(
        {
            _clause_start(sentence, sentence.find(word), gaps)
            for word in _trade_cues()
            if word in sentence and _stands_alone(sentence, word)
        }
    )


def _clause_start(sentence: str, at: int, gaps: Collection[int]) -> int:
    """Where the clause holding ``sentence[at]`` starts: after a mark (not 、, which lists a
    case's words: 代开发票、办证刻章等行为), an emoji or a space (``gaps``)."""
    while at > 0 and at not in gaps:
        mark = sentence[at - 1]
        if not mark.isalnum() and mark != "、":
            break
        at -= 1
    return at


def _stands_alone(sentence: str, word: str) -> bool:
    """Whether ``word`` stands in ``sentence`` once outside every word holding it."""
    holders = [holder for holder in _trade_word_holders() if word in holder]
    if not holders:
        return True
    found = sentence.find(word)
    while found >= 0:
        if not any(
            sentence.startswith(holder, found - holder.index(word))
            for holder in holders
            if found >= holder.index(word)
        ):
            return True
        found = sentence.find(word, found + 1)
    return False


def trade_report(sentence: str) -> bool:
    """Whether ``sentence`` reports a case or regulates a trade (警方破获…, 被…约谈, 严禁…,
    打击…: ``data/trade_reports.txt``)."""
    return any(word in sentence for word in _trade_reports())


# a regulator's words that report a trade only in their own clause: 提醒市民远离刷单返利
# reports, 温馨提醒：稳赚不赔 only heads an ad (review 16)
_CLAUSE_REPORTS = ("提醒", "规范")
_REPORT_CLAUSE_MARKS = regex("[，,；;：:]")


# a third party named as the trade's doer (某网店以刷单方式虚增销量, 该公司…): a case told;
# an ad never names its seller so (review 17), nor is it the seller itself (本公司, 本店) or
# a bare 某 (某宝妈: review 18)
THIRD_PARTY = regex("[某该](?:网店|商家|公司|主播|店铺|直播间|经营者)")


def _reports_the_trade(sentence: str) -> bool:
    """Whether ``sentence`` reports a case or regulates a trade (:func:`trade_report`, or a
    third party named as its doer: :data:`THIRD_PARTY`, where nothing calls the reader to
    act or buy: 某店铺刷单返利，秒到账，私信领取 is a pitch, review 18), 提醒 and 规范 only in
    a clause holding a trade's word."""
    if any(word in sentence for word in _trade_reports() if word not in _CLAUSE_REPORTS):
        return True
    if (
        ("某" in sentence or "该" in sentence)
        and THIRD_PARTY.search(sentence)
        and not calls_the_reader(sentence)
    ):
        return True
    if not any(word in sentence for word in _CLAUSE_REPORTS):
        return False
    return any(
        trade_words_in(clause)
        for clause in _REPORT_CLAUSE_MARKS.split(sentence)
        if any(word in clause for word in _CLAUSE_REPORTS)
    )


# calls to join or scan besides the selling cues (该商家刷单返利，秒到账，扫码进群: review 18)
_JOIN_CALLS = ("扫码", "进群", "加群")


def calls_the_reader(sentence: str) -> bool:
    """Whether ``sentence`` calls its reader to act or buy (私信领取, 拍下, 扫码进群): then a
    third party named in it reports no case, it is the pitch's own figure (review 18)."""
    return any(call in sentence for call in _JOIN_CALLS) or act_cue_count(sentence) > 0


@cache
def _trade_services() -> tuple[str, ...]:
    """An office's or a bank's service that names a trade's word (``data/trade_services.txt``:
    税务, 客户经理, 以旧换新, 回收站…)."""
    return data_words("trade_services.txt")


def trade_service(sentence: str) -> bool:
    """Whether ``sentence`` names a public service that uses a trade's word: 税务局代开发票,
    助农贷款当天放款，请联系客户经理, 以旧换新…上门回收 (review 14)."""
    return any(word in sentence for word in _trade_services())


@cache
def _calls() -> tuple[str, ...]:
    """The calls that make a live anchor a cue (``data/live_calls.txt``): a tap (点击, 戳),
    where it is (左下角, 下方) and the cart's numbered 链接 (小黄车1号链接)."""
    return data_words("live_calls.txt")


@cache
def _reports() -> tuple[str, ...]:
    """What makes a live anchor's sentence a report of sales, not a call
    (``data/live_reports.txt``: 累计, 成交, 销售额)."""
    return data_words("live_reports.txt")


@cache
def sales_cues() -> tuple[str, ...]:
    """The words of ``data/sales_cues.txt``, folded (a contact's sentence reads them too)."""
    return data_words("sales_cues.txt")


def find_sales_talk(
    folded: str, anchors: Iterable[tuple[int, int, str]], gaps: Sequence[int] = ()
) -> Iterator[tuple[int, int, int, int]]:
    """``(start, end, head, tail)``: an anchor whose sentence ``[head, tail)`` holds at
    least two distinct selling cues, one per sentence, in text order.

    An anchor inside a sentence read already is not read again (its words were read with
    the first): 80,000 characters of 小黄车 read each anchor's sentence against every cue,
    1.3 s (a review of red team 62).  But the last such anchor whose own window reaches
    beyond is read once more, so one decoy anchor cannot hide the pitch after it
    (小黄车今天…点击左下角小黄车…赶紧拍下: the final review, fix63).  ``gaps``: the offsets a
    space stood before in the text as written (:func:`trade_clauses`)."""
    last_tail = -1
    found = False  # the last reading made a finding (its sentence yields no second one)
    inside: tuple[int, int] | None = None  # the last anchor skipped inside the last reading
    for start, end, _ in anchors:
        if start < last_tail:
            inside = (start, end)
            continue  # (one reading, and one finding, per sentence: 私信领取优惠券，全场包邮)
        if inside is not None:
            reading = _reading(folded, *inside, last_tail, gaps)
            inside = None
            if reading is not None:
                last_tail, pitch = reading.tail, reading.pitch and not found
                found = found or reading.pitch
                if pitch:
                    yield reading.span
                if start < last_tail:
                    inside = (start, end)
                    continue
        reading = _reading(folded, start, end, -1, gaps)
        if reading is not None:
            last_tail, found = reading.tail, reading.pitch
            if found:
                yield reading.span
    if inside is not None:
        reading = _reading(folded, *inside, last_tail, gaps)
        if reading is not None and reading.pitch and not found:
            yield reading.span


class _Reading(NamedTuple):
    """An anchor, its sentence ``[head, tail)`` and whether the sentence is a pitch."""

    start: int
    end: int
    head: int
    tail: int
    pitch: bool

    @property
    def span(self) -> tuple[int, int, int, int]:
        """What :func:`find_sales_talk` gives of a pitch."""
        return self.start, self.end, self.head, self.tail


# a promise to ship at once (拍下立发, 拍下即发) as a complaint or a judgment tells it:
# (a) right after one of e0785ba4's reporting verbs (_PROMISED: 商家承诺拍下立发、全场包邮, 当事人
# 标注拍下立发: review 38 item A), or (b) a third party (data/report_parties.txt: 商家, 该店, 被
# 告, 其) and a verb that reports what it said or showed (data/promise_reports.txt: 宣传, 标明,
# 称, 口播) before the anchor or in its clause, a consumer's order after it (下单, 付款, 购买,
# 支付, 订购; data/consumers.txt: 消费者, 原告, 王某; a shop's word for its buyers, data/
# shop_buyers.txt, only after a complaint's verb, data/complaint_verbs.txt: reviews 31, 34-36).
# A failure to ship after it (_NOT_SHIPPED: 未发货, 迟迟未, 拒不发货) or a report's marker in the
# sentence (_REPORT_MARKERS: 经查, 法院, 据报道; a complaint's verb not denied or praised, 投诉,
# 反映 — not 零投诉, 举报有奖) makes the whole sentence a report, as e0785ba4 read a reported
# promise (据市民反映，某店标注拍下立发，全场包邮，…).  A verb other than _PROMISED (写着, 标明,
# 表示, 口播) or a page's word as the party (_PITCH_PARTIES: 页面标注, 该款, 达人, 直播间) is a
# report only so (review 38 D).  No report where the shop speaks as itself outside quotation
# marks (本店承诺拍下立发).  Else the report explains the anchor, the cues listed with it (拍下
# 立发、全场包邮: review 38 A) and the consumer's order; every other cue still counts, an urged
# order too (网友放心下单, 赶紧下单: 主播承诺拍下立发，网友放心下单，全场包邮 is a pitch)
_SHIP_AT_ONCE = "拍下"
_PROMISED = ("宣称", "承诺", "号称", "标注", "喊着")
_PITCH_PARTIES = ("页面", "该", "达人", "直播间")
_REPORT_MARKERS = ("经查", "法院", "据报道", "判决", "立案")
_NO_COMPLAINT = ("零", "无", "没", "没人", "没有", "不怕", "欢迎")
_PRAISED = ("有奖", "好用", "必赔")
_ORDERED = regex(
    "(?<!立即)(?<!赶紧)(?<!马上)(?<!尽快)(?<!抓紧)(?<!速速)(?<!直接)(?<!放心)(?<!闭眼)(?<!快来)"
    "(?:下单|付款|购买|支付|订购)"
)
_NOT_SHIPPED = regex(
    "[未没][有见]?(?:按时|按期|及时|如期|按承诺)?(?:发货|收到)|(?:拒不|延迟|拖延)发货|才收到"
    "|[未没](?:随货)?发出|拍下不发|告知缺货|以缺货为由"
    "|逾期(?:仍|尚)?[未没]|迟迟[^，,。；;！!？?]{0,2}?[未不没]"
)
# who orders in a report: a consumer's noun (data/consumers.txt) or a surname and 某 (王某)
_SURNAMED = f"(?<![一在于向从的被为某])[{CJK_UNIFIED}]某(?![网店公司企业商平台主直品宝])"
_LIST_MARK = "、"
_QUOTE_PAIRS = {"“": "”", "「": "」"}
_FAILED = -2  # a promise a failure to ship tells: the sentence is a report, no pitch
_NO_ORDER = -3  # a promise reported with no consumer's order after it


@cache
def report_parties() -> tuple[str, ...]:
    """A third party a claim or a promise is said of (``data/report_parties.txt``: 商家, 主播,
    该店, 被告, 其, 对方…)."""
    return data_words("report_parties.txt")


@cache
def _report_party() -> re.Pattern[str]:
    """One expression of :func:`report_parties`."""
    return regex(alternation(list(report_parties())))


@cache
def _reporting_verb() -> re.Pattern[str]:
    """A verb that reports what a party said or showed (``data/promise_reports.txt``)."""
    return regex(alternation(list(data_words("promise_reports.txt"))))


@cache
def _consumer() -> re.Pattern[str]:
    """Who orders in a report (``data/consumers.txt``: 消费者, 买家, 原告…; 王某)."""
    return regex(f"{alternation(list(data_words('consumers.txt')))}|{_SURNAMED}")


@cache
def _shop_buyer() -> re.Pattern[str]:
    """A shop's word for its buyers (``data/shop_buyers.txt``: 顾客, 买家, 其…)."""
    return regex(alternation(list(data_words("shop_buyers.txt"))))


@cache
def _complaint_verb() -> re.Pattern[str]:
    """A complaint's or a finding's verb (``data/complaint_verbs.txt``: 反映, 投诉, 查明…)."""
    return regex(alternation(list(data_words("complaint_verbs.txt"))))


@cache
def sales_selves() -> tuple[str, ...]:
    """A shop's own self (``data/sales_selves.txt``: 本店, 我们, 本直播间…)."""
    return data_words("sales_selves.txt")


@cache
def _selling_words() -> tuple[str, ...]:
    """What makes 我们 a shop in its clause (``data/shop_we_words.txt``: 卖, 货, 包邮…)."""
    return data_words("shop_we_words.txt")


@cache
def _a_self() -> re.Pattern[str]:
    """One expression of :func:`sales_selves`."""
    return regex(alternation(list(sales_selves())))


_SPOKEN_TO = "向对给"  # before a self that is spoken to, an office's (消费者向我们反映)
_OFFICE_SELF = "我们"  # a self an office says too: the shop's only with a selling word
_CLAUSE = regex(f"[^{re.escape(CLAUSE_MARKS)}]+")
_OPENINGS = ("“", "「", "‘", '"')
_QUOTED_SPAN = regex('“[^”]*”|「[^」]*」|‘[^’]*’|"[^"]*"')


def speaks_as_a_shop(sentence: str) -> bool:
    """Whether a shop's own self (:func:`sales_selves`) stands in a clause of ``sentence``
    other than as who is spoken to (消费者向我们反映, 对我们投诉).  我们 is an office's too
    (我们发现, 经我们核查, 我们接到投诉: review 35 A2): the shop's only with a selling word in
    its own clause (我们只卖真货).  A self quoted (页面写明“本店承诺拍下立发”) is not the
    speaker's (review 38 B).  Each clause is read once."""
    if _a_self().search(sentence) is None:
        return False  # (the common case: no self at all)
    if any(mark in sentence for mark in _OPENINGS):
        sentence = _QUOTED_SPAN.sub("|", sentence)
    for clause in _CLAUSE.finditer(sentence):
        words = clause.group()
        for self in sales_selves():
            if (
                self in words
                and _not_spoken_to(words, self)
                and (self != _OFFICE_SELF or any(word in words for word in _selling_words()))
            ):
                return True
    return False


def _not_spoken_to(clause: str, self: str) -> bool:
    """Whether ``self`` stands in ``clause`` once not right after 向, 对 or 给."""
    at = clause.find(self)
    while at >= 0:
        if at == 0 or clause[at - 1] not in _SPOKEN_TO:
            return True
        at = clause.find(self, at + len(self))
    return False


def _promise_reported(folded: str, start: int, end: int, head: int, tail: int) -> int:
    """Whether the anchor ``folded[start:end]`` of the sentence ``folded[head:tail]`` is a
    promise to ship at once that a report tells (see above): :data:`_FAILED` if a failure
    to ship after it or a report's marker tells it (no pitch), else where the consumer's
    order after it stands or :data:`_NO_ORDER`; -1 if it is no such promise."""
    said = _promise_said(folded, start, end, head, tail)
    if said is None or speaks_as_a_shop(folded[head:tail]):
        return -1
    if _NOT_SHIPPED.search(folded, end, tail) is not None or _marked_a_report(folded[head:tail]):
        return _FAILED
    verb_at, verb_end, right_after = said
    said_by = folded[run_start(folded, verb_at, head, CLAUSE_MARKS) : verb_at]
    if not folded.endswith(_PROMISED, head, verb_end) or (
        said_by.endswith(_PITCH_PARTIES) and "在" not in said_by  # (not 在商品页面承诺)
    ):
        return -1  # (页面写着拍下立发，网友下单就发: a pitch's words, no report's)
    ordered = _ORDERED.search(folded, end, tail)
    if ordered is not None and _ordered_by_a_consumer(folded, head, ordered.start()):
        return ordered.start()
    # (宣称拍下立发、全场包邮: reported; 商家宣称：拍下立发 only with a consumer's order)
    return _NO_ORDER if right_after else -1


def _marked_a_report(sentence: str) -> bool:
    """Whether ``sentence`` holds a report's marker (:data:`_REPORT_MARKERS`) or a complaint's
    verb not denied or praised (零投诉, 没人举报, 举报有奖: a shop's boasts)."""
    if any(marker in sentence for marker in _REPORT_MARKERS):
        return True
    for verb in _complaint_verb().finditer(sentence):
        if not sentence.endswith(_NO_COMPLAINT, 0, verb.start()) and not sentence.startswith(
            _PRAISED, verb.end()
        ):
            return True
    return False


def _promise_said(
    folded: str, start: int, end: int, head: int, tail: int
) -> tuple[int, int, bool] | None:
    """Where the verb that reports the anchor ``folded[start:end]`` (拍下…) stands, and whether
    it is one of :data:`_PROMISED` right before it; None if no verb reports it."""
    if not folded.startswith(_SHIP_AT_ONCE, start, end):
        return None
    if folded.endswith(_PROMISED, run_start(folded, start, head, CLAUSE_MARKS), start):
        return start - 2, start, True
    party = _report_party().search(folded, head, start)  # (the first: a verb after any)
    said = run_end(folded, end, tail, CLAUSE_MARKS)  # (商家拍下立发只是说说: after it too)
    verb = None if party is None else _reporting_verb().search(folded, party.end(), said)
    return None if verb is None else (*verb.span(), False)


def _ordered_by_a_consumer(folded: str, head: int, at: int) -> bool:
    """Whether a consumer is named in ``folded[head:at]`` before an order at ``at``: one of
    data/consumers.txt or 王某, or a shop's word for a buyer after a complaint's verb."""
    if _consumer().search(folded, head, at) is not None:
        return True
    complained = _complaint_verb().search(folded, head, at)
    return complained is not None and _shop_buyer().search(folded, complained.end(), at) is not None


def _explained(folded: str, start: int, end: int, head: int, tail: int, *, ordered: int) -> str:
    """The sentence ``folded[head:tail]`` with what the reported promise at
    ``folded[start:end]`` explains blanked, the same length: its list (拍下立发、全场包邮: the
    anchor and the items joined to it by 、 in its clause; 宣称“拍下立发，全场包邮”: its
    quotation) and the consumer's order at ``ordered`` (if any, >= 0); every other cue stays
    (网友放心下单, 买一送一)."""
    first, last = start, end
    if folded.startswith(_LIST_MARK, end):
        last = run_end(folded, end, tail, CLAUSE_MARKS)
    elif start > head and folded[start - 1] in _QUOTE_PAIRS:
        last = max(end, folded.find(_QUOTE_PAIRS[folded[start - 1]], end, tail))
    if start > head and folded[start - 1] == _LIST_MARK:
        first = run_start(folded, start, head, CLAUSE_MARKS)
    sentence = folded[head:first] + "|" * (last - first) + folded[last:tail]
    order = _ORDERED.match(sentence, ordered - head) if ordered >= 0 else None
    if order is None:
        return sentence
    return sentence[: order.start()] + "||" + sentence[order.end() :]


def _reading(
    folded: str, start: int, end: int, read_to: int, gaps: Sequence[int] = ()
) -> _Reading | None:
    """The anchor's sentence and whether it is a pitch, or None where the anchor is quoted
    or denied or its window ends within the text read (``read_to``)."""
    if _named_or_denied(folded, start, end):
        return None
    head, tail = sentence_around(folded, start, end, _REACH)
    if tail - end <= 1 and folded[tail : tail + 1] in _CRIES:
        _, tail = sentence_around(folded, tail + 1, tail + 1, _REACH)
    if tail <= read_to:
        return None
    sentence = folded[head:tail]
    counted = sentence
    ordered = _promise_reported(folded, start, end, head, tail)
    if ordered >= 0 or ordered == _NO_ORDER:
        counted = _explained(folded, start, end, head, tail, ordered=ordered)
    pitch = (
        ordered != _FAILED and _cue_count(counted, head, gaps) >= PITCH and not _a_report(sentence)
    )
    return _Reading(start, end, head, tail, pitch)


def _cue_count(sentence: str, head: int = 0, gaps: Sequence[int] = ()) -> int:
    """The distinct selling cues of ``sentence``, a live stream's cart or showcase one of
    them where a call stands next to it."""
    if any(word in sentence for word in trade_anchors()) and _reports_the_trade(sentence):
        # (a case reported or a trade regulated, 警方破获…以百家乐等形式组织赌博: red team 65;
        # its trade's words and the words it quotes are the case's, 宣称产品“包治百病”，并引导
        # 观众“点击左下角小黄车下单”: red team 66; the rest still sells, 打击低价，全场包邮，
        # 拍下立发: review 16)
        return other_cue_count(_QUOTATION.sub("|", sentence))
    if "“" in sentence or "「" in sentence or "『" in sentence:
        sentence = _REPORTED_QUOTATION.sub(_reported, sentence)
    others = other_cue_count(sentence)
    return others - _voucher_guide_cues(sentence, others) + _trade_cue_count(sentence, head, gaps)


_QUOTATION = regex("“[^”]*”|「[^」]*」|『[^』]*』")
# a pitch a victim saw (看到“手机兼职，日赚500元”的信息, “…”的小广告): its words are reported,
# not said; only they stop counting, the rest of the sentence still may sell (review 20)
_REPORTED_QUOTATION = regex(
    "(?<=看到|收到|听信|轻信|误信)(?:“[^”]*”|「[^」]*」|『[^』]*』)"
    "|(?:“[^”]*”|「[^」]*」|『[^』]*』)(?=的?小?(?:广告|信息|宣传|短信))"
)
# what a victim did after the pitch (看到“…”的广告后转账, 下单购买…花费2万元), or what the
# agency tells readers to do about it (…的广告请立即报警, 请拨打96110咨询: review 22): reported
_VICTIM_AFTER = ("被骗", "损失", "转账", "花费", "累计", "下单购买")
_AGENCY_AFTER = ("举报", "报警", "核实", "咨询", "反映", "警惕", "删除", "别信", "不要相信", "勿信")
# a seller's call after the pitch, not denied (“…”的短信请私信客服领取: review 21)
_CALL_AFTER = regex("(?<![勿别不要])(?:私信|领取|加微信|扫码进群)")


def _reported(quotation: re.Match[str]) -> str:
    """The quotation ``quotation`` dropped (its words reported, not said) unless the sentence
    after it makes a seller's call (私信, 领取, 加微信) and tells neither what a victim did
    nor what the agency asks (报警, 举报, 咨询: review 22)."""
    after = quotation.string[quotation.end() :]
    if any(word in after for word in _VICTIM_AFTER + _AGENCY_AFTER):
        return "|"
    return "|" if _CALL_AFTER.search(after) is None else quotation.group()


def _voucher_guide_cues(sentence: str, others: int) -> int:
    """The cues a public voucher named in ``sentence`` explains, of its ``others``
    (:func:`other_cue_count`): its guide's own words
    (``data/programme_guide_words.txt``: 领券, 下单, 立减), which every 消费券 notice says
    (第二轮消费券今晚开抢，先到先得，领券后7日内有效: red team 68).  Only those words stop
    counting — 先到先得, 包邮, 拍下, 立即下单 still do — and only where nothing of a seller
    stands in the sentence: a shop or a seller's self (本店, 本门店, 直播间, 我司), a contact
    (私信, 微信, 详询0571-…), or a further cue after the call 领券下单 with no guide's marker
    (惠民券来了，领券下单更划算，手慢无: review 24 item 3)."""
    if not any(name in sentence for name in _voucher_names()):
        return 0
    if any(word in sentence for word in _voucher_sellers()) or _CONTACT_NUMBER.search(sentence):
        return 0
    guide = sum(cue in sentence for cue in _voucher_guide_words())
    if (
        _VOUCHER_CALL in sentence
        and not any(marker in sentence for marker in _voucher_guide_markers())
        and _VOUCHER_TAKER.search(sentence) is None
        and others > guide
    ):
        return 0
    return guide


# a seller's number to call (电话0571-88886666, 详询13812345678), not a 5-digit hotline (12345)
_CONTACT_NUMBER = regex(rf"(?:电话|咨询|详询)[{LABEL_COLONS}]?\s*\d[\d-]{{6,}}")
# the guide's words as a seller's call: a further cue after it sells unless a guide marks it
_VOUCHER_CALL = "领券下单"
# who takes a public voucher, as a guide says it (消费者领券下单可立减, 市民朋友均可申领); not
# 消费者 anywhere (惠民券来了，领券下单更划算，消费者手慢无: a shop's, review 27 item 4)
_VOUCHER_TAKER = regex("(?:消费者|市民)(?:朋友)?(?:均可|可)?(?:申领|领券|领取)")


@cache
def _voucher_guide_markers() -> tuple[str, ...]:
    """A voucher guide's own words (``data/voucher_guide_markers.txt``: 指定商户, 云闪付)."""
    return data_words("voucher_guide_markers.txt")


@cache
def _voucher_names() -> tuple[str, ...]:
    """The words of ``data/voucher_names.txt`` (消费券, 惠民券, 数字人民币红包…)."""
    return data_words("voucher_names.txt")


@cache
def _voucher_sellers() -> tuple[str, ...]:
    """A shop's, a seller's and a contact's words, which keep a voucher's sentence a pitch
    (``programme_shop_words.txt``, ``programme_pitch_words.txt``, ``voucher_sellers.txt``)."""
    return (
        data_words("programme_shop_words.txt")
        + data_words("programme_pitch_words.txt")
        + data_words("voucher_sellers.txt")
    )


@cache
def _voucher_guide_words() -> tuple[str, ...]:
    """The selling cues that are a programme guide's own words (领券, 下单, 立减)."""
    guide = set(data_words("programme_guide_words.txt"))
    return tuple(cue for cue in sales_cues() if cue in guide)


def other_cue_count(sentence: str) -> int:
    """The selling cues of ``sentence`` besides the trades' words: what still counts where a
    warning, a report or a service explains those (review 16)."""
    return sum(cue in sentence for cue in sales_cues()) + _live_call(sentence)


def act_cue_count(sentence: str) -> int:
    """The cues of ``sentence`` that ask the reader to act or buy (私信领, 拍下, 包邮): what
    still counts under a warning, which explains the trade's words and the pitch's claims
    (零风险, 月入, 宝妈: ``data/claim_cues.txt``, review 17)."""
    return other_cue_count(sentence) - claim_cue_count(sentence)


def claim_cue_count(sentence: str) -> int:
    """The pitch's claims in ``sentence`` (零风险, 月入, 宝妈: ``data/claim_cues.txt``), a
    part of :func:`other_cue_count` that a warning explains."""
    return sum(cue in sentence for cue in _claim_cues())


@cache
def _claim_cues() -> tuple[str, ...]:
    """The words of ``data/claim_cues.txt``."""
    return data_words("claim_cues.txt")


def _trade_cue_count(sentence: str, head: int, gaps: Sequence[int]) -> int:
    """The trade words of ``sentence`` as cues (:func:`trade_clauses`; one test when it holds
    no trade anchor: the sentences of the other anchors seldom do), none in a public
    service's sentence (助农贷款秒批秒到账…请联系客户经理: review 14)."""
    if not any(word in sentence for word in trade_anchors()) or trade_service(sentence):
        return 0
    tail = head + len(sentence)
    inside = gaps[bisect_right(gaps, head) : bisect_left(gaps, tail)]  # (sorted: one slice)
    return trade_clauses(sentence, {gap - head for gap in inside})


def _live_call(sentence: str) -> bool:
    """Whether a live anchor of ``sentence`` stands next to a call to press it
    (点击左下角小黄车, 视频号小商店已上架，点击进店; not 加入购物车 or 通过小黄车)."""
    for word in live_anchors():
        found = sentence.find(word)
        while found >= 0:
            near = sentence[max(0, found - _NEAR) : found + len(word) + _NEAR]
            if any(call in near for call in _calls()):
                return True
            found = sentence.find(word, found + len(word))
    return False


def _a_report(sentence: str) -> bool:
    """Whether ``sentence`` reports a live stream's sales (累计下单12万单, 成交5亿元, 销售额)
    rather than calls for them.  Only a sentence with a live anchor is read so (成交即包邮 and
    前100单包邮 are pitches of their own: the final review, fix63), and a count of orders
    right after 前 is an offer (前100单包邮), not a figure."""
    if not any(word in sentence for word in live_anchors()):
        return False
    if any(word in sentence for word in _reports()):
        return True
    return any(
        sentence[found.start() - 1 : found.start()] != "前"
        for found in _ORDERS_COUNTED.finditer(sentence)
    )
