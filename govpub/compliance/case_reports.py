"""Whether the words after 典型案例 report a case, not a seller's label or boast.

A 市场监管 or 消保委 post tells 典型案例 (典型案例：消费者张女士在某直播间以“秒杀价”购买…:
red team 66): then the selling words it quotes are the case's, not an ad.  A seller writes the
same lead over its own pitch (典型案例：某网店正品好货，拍下立发: reviews 16, 19) or over a
claim of no complaints (零投诉, 从未被处罚, 投诉率为零: reviews 20-22).  :func:`a_case` tells
them apart by the case's act (被投诉, 被处罚, 涉嫌…) not denied, or its party where nothing
calls the reader; :func:`case_act` reads the acts, each clause once (review 23).
"""

from __future__ import annotations

import re
from functools import cache

from govpub.compliance._data import data_words
from govpub.compliance._text import alternation
from govpub.compliance.regex_cache import regex
from govpub.compliance.sales_cues import THIRD_PARTY, calls_the_reader

__all__ = ["a_case", "case_act"]

_CASE = "典型案例"
# a case's words after 典型案例: whom it befell and what was done (典型案例：消费者张女士…被…),
# whose conduct it tells (经营者张某…, 商家涉嫌…: review 17; 某网店, 该公司: review 18) or a
# 某 or 公司 a case names (某科技公司推出…, 王某…: review 19), not the seller's own (本公司,
# 本店) nor 某 before a customer (某宝妈, 某学员: review 18)
_CASE_WORDS = (
    "消费者", "当事人", "商家", "网店", "经营者", "主播",
)  # fmt: skip
_CASE_PARTY = regex("某(?!宝妈|学员|粉丝|客户)|(?<!本)公司")
# what only a case tells (被…骗, 查处, 立案): then a call in it quotes the pitch (review 19);
# not an act denied (零投诉, 从未被处罚: a seller's claim) nor 受害者 but as one who lost
# (受害者请联系 calls: review 20)
_CASE_ACTS = regex(
    "被[^，。；]{0,12}骗|查处|处罚|涉嫌|投诉|立案|受害(?:人|者)?[^，。；零无未没]{0,8}(?:被骗|损失|转账)"
)
# a case act denied (零投诉, 从来没有收到过投诉, 未曾被任何部门处罚过, 拒绝投诉, 欢迎投诉监督,
# 投诉量为0: reviews 20-22) is a seller's claim, no case: a negation anywhere before it in its
# clause (data/case_act_negations.txt) but one that belongs to another word (不少, 不法, 零售:
# data/case_act_non_negations.txt) or to the reason's verb (因无法提现向12315投诉: review 23),
# or a count of none after it (data/case_act_denials_after.txt; data/case_act_denials_next.txt
# only right after the act or its 的/率/量/记录: review 25 item 3)


@cache
def _act_negations() -> re.Pattern[str]:
    """The negations of ``data/case_act_negations.txt``, the longest first."""
    return regex(alternation(list(data_words("case_act_negations.txt"))))


@cache
def _non_negations() -> tuple[str, ...]:
    """Words a negation starts that negate no act (``data/case_act_non_negations.txt``)."""
    return data_words("case_act_non_negations.txt")


@cache
def _denials_after() -> tuple[str, ...]:
    """A count of none after an act (``data/case_act_denials_after.txt``: 为零, 全无)."""
    return data_words("case_act_denials_after.txt")


@cache
def _denials_next() -> tuple[str, ...]:
    """A count of none right after an act (``data/case_act_denials_next.txt``: 一个也没有)."""
    return data_words("case_act_denials_next.txt")


# what may stand between an act and a count of none right after it (投诉的一个也没有,
# 投诉量一个也没有, 投诉记录从未有过); further on the count may be another verb's (投诉后商家
# 一个也没有退款: review 25 item 3)
_ACT_TAIL = regex("(?:的|率|量|记录){0,2}")


# a licence the negation says is lacking (无证, 没有许可证, 未取得食品经营许可证, 无资质): the
# negation is that noun's, not the act's (无证经营被处罚 is a case: review 22)
_LICENCE_LACKED = regex(
    "(?:有|取得|持有|办理|经)?[^，。；零无未没不因被遭]{0,4}?(?:证|许可|资质|执照)"
)
# what a negation of the act itself may have before the act: 没有被, 未曾遭, 从未因…被
_DENIAL_FILLERS = "有曾会再能过"
_DENIAL_LINKED = regex("[被遭受因]|引发|引起|导致|招致")
# the act done to the doer (被, 遭, 受到, 引发) after a word of the negation's own: the negation
# is that word's (不发货被投诉, 无一例外被投诉, 拒不退款引发投诉, 零元购被投诉: review 22)
_ACT_MARK = regex("[被遭]|受到|引发|引起|导致|招致")
# a count of 不少/无数 tells a case only with a case party in its clause or an object of the
# act after it (不少消费者投诉, 不少宝妈向12315投诉, 被…处罚); alone it is a seller's boast
# (不少宝妈投诉“…日赚300元”太好赚: review 23 item 5), and the seller's self as the object
# (投诉我们, 向我们, 向客服: data/case_act_seller_selves.txt) is a boast with any party
# (无数商家投诉我们价格太低: review 24 item 4) but 我们 with a complainant (不少市民向我们投诉,
# 无数消费者投诉我们12345热线: an office's own 我们, review 25 item 2; 商家 and 公司 complain of
# a seller, and 本店, 我司, 小店 are a seller's whoever complains)
_QUANTITIES = ("不少", "无数")
_COMPLAINANTS = ("消费者", "市民", "群众", "居民")
# who complains to an office that writes 向我们 (不少家长向我们投诉: review 27 item 2); not a
# case's party by itself (不少家长投诉“日赚300元”太好赚 is a seller's dodge).  网友 stays one: an
# office hears 网友 (12345, 网信) as often as 市民, and a seller's boast with it shows in what
# it says of itself (向我们投诉价格太低: _SELF_PRAISE), not in the word (review 28 item 5)
_OFFICE_COMPLAINANTS = (
    *_COMPLAINANTS, "家长", "网友", "老年人", "老人", "游客", "旅客", "乘客", "患者", "业主",
)  # fmt: skip
# the complainant is who speaks to 向我们, right before it (不少老人朋友们都向我们投诉), not a
# word elsewhere in the clause (同行向我们投诉老人机价格太低: review 28 item 5); a run of fillers
# from a closed list may stand between (反复, 近期, 多次致电, 通过热线: review 30 item 3), never
# any words (老人机同行反复向我们 is no complainant's)
_TO_US_FILLERS = (
    "都", "也", "纷纷", "陆续", "多次", "先后", "曾", "反复", "近期", "近日", "最近", "经常",
    "频繁", "致电", "来电", "通过(?:12345|12315)?热线",
)  # fmt: skip
_TO_US_COMPLAINANT = regex(
    "(?:{})(?:朋友)?们?(?:{})*\\Z".format("|".join(_OFFICE_COMPLAINANTS), "|".join(_TO_US_FILLERS))
)
_TO_US_REACH = 24  # characters before 向我们 its complainant and fillers are sought in
# an office's own channel before 投诉我们 (拨打热线投诉我们, 通过12315投诉我们) or right after
# it, 的 between or not (投诉我们的12345热线, 投诉我们市场监管局: review 28 item 2); not a
# shop's own line further on (投诉我们订购热线, 投诉我们美容院的预约窗口), nor 12345 inside its
# phone number (客服电话4001234567: review 30 item 1); not 平台, 中心, 部门, a shop's words too
# (投诉我们中心价格太低: review 28 item 3), nor 投诉我们价格太低 (review 27 item 1); a line or
# window a shop's word names is its own before 投诉我们 too (打爆订购热线投诉我们)
_SHOP_LINES = ("订购", "客服", "售后", "预约", "咨询", "直播间")
_OFFICE_CHANNEL = regex(
    "(?<!\\d)(?:12345|12315)(?!\\d)|{}(?:热线|窗口)|市场监管|消协|消保委|消委会|"
    "(?:监管|管理|执法)局".format("".join(f"(?<!{word})" for word in _SHOP_LINES))
)
# what a seller says of itself after 投诉我们 or 向我们投诉 (价格太低, 太便宜, 服务太好): a boast
# whoever complains and whatever channel (review 27 item 1, review 28 item 5); not a complaint
# of the seller (效果不太好, 退款金额太低: 太低 only of the price, review 30 item 2), a negation
# up to three characters before 太 too (不是太好, 不怎么太好, 没那么太好: review 33 item 4)
# (its fillers are words, one per look-behind width: 不是/不算, 不怎么/没那么, 不是那么; not
# any two of their characters, 不么么: review 34 item D4)
_NOT_SO = "[不没并]"
_SO_FILLERS = ("[是算]", "(?:怎么|那么)", "是那么")
_SELF_PRAISE = regex(
    f"(?<!{_NOT_SO})"
    + "".join(f"(?<!{_NOT_SO}{filler})" for filler in _SO_FILLERS)
    + "(?:太|过于)(?:便宜|实惠|划算|好)|价(?:格|钱)?(?:太|过于)低"
)
_ACT_OBJECT = regex("[被遭]|向(?!我们|我司|本店|本公司|小店|客服)|受到|引发|引起|导致|招致")


@cache
def _seller_object() -> re.Pattern[str]:
    """The seller's self as a case act's object (投诉我们, 向本店: review 24 item 4)."""
    selves = "|".join(map(re.escape, data_words("case_act_seller_selves.txt")))
    return regex(f"(?:向|对|投诉|举报)(?:{selves})")


# a negation of one word (无, 未, 没, 不) may be the reason's, not the act's: after 因/由于
# with a verb of its own (因未收到返利投诉), or before 后/便/遂/就/才/而 and the act (没有返利
# 便投诉至12315: review 23 item 4); not 没有人 (no one), nor what a denial of the act holds
# before it (没有收到过任何投诉), nor 售后/之后/以后 (没有售后投诉)
_REASON_NEGATIONS = frozenset("无未没不")
_BECAUSE = ("因", "因为", "由于")
_DENIAL_WORDS = regex("(?:[有曾会再能过]|收到|接到|遇到|发生|任何|一起|一次|一例|一件|一单)*")
_THEN = regex("(?<![售之以然最背前])后|便|遂|就|才|(?<![因从进然])而")
# a negation then a count word (没有一位顾客用后投诉): it denies the act whatever 后 follows
# (review 24 item 4); 无人 only where the act follows at once (无人投诉, not 无人回复才投诉:
# review 24 item 5)
_NONE_COUNT = regex("一[位个名人家]")
_CLAUSE_END = regex("[，。；]")
# what may follow a count of none that ends its clause (投诉的一个也没有！), or nothing: its
# sentence-final particles first (一个也没有哦，), and half-width marks, ~ or a space too
# (一个也没有,全场包邮: review 28 item 4); not 了结 (一个也没有了结 denies the settling)
_CLAUSE_CLOSE = regex(r"[哦啦了呢呀哈嘛]*(?:[，。；！!？?…,.;~～\s]|\Z)")


class _Clause:
    """One clause of the words after 典型案例, read once however many negations and acts it
    holds: what lies ahead of a position is sought forward from the last answer, never again
    from each negation (1.64 s on 8,000 characters of 不发货被零投诉: review 23 item 6)."""

    def __init__(self, text: str, start: int, stop: int) -> None:
        self.text, self.start, self.stop = text, start, stop
        self._ahead: dict[re.Pattern[str], re.Match[str] | None] = {}
        self._party: bool | None = None
        self._office: bool | None = None
        self._self_object: re.Match[str] | None = None
        self._self_sought = False
        self._denial_after: int | None = None

    def end_ahead(self, pattern: re.Pattern[str], pos: int) -> int:
        """The end of the first ``pattern`` at or after ``pos`` in the clause (past its end if
        none); the positions asked only grow, so each stretch is searched once."""
        found = self._ahead.get(pattern)
        if pattern not in self._ahead or (found is not None and found.start() < pos):
            found = pattern.search(self.text, pos, self.stop)
            self._ahead[pattern] = found
        return self.stop + 1 if found is None else found.end()

    def has_party(self) -> bool:
        """Whether the clause names a case's party (消费者, 某…, 公司) or a complainant (市民)."""
        if self._party is None:
            words = self.text[self.start : self.stop]
            self._party = any(word in words for word in (*_CASE_WORDS, *_COMPLAINANTS)) or (
                _CASE_PARTY.search(words) is not None
            )
        return self._party

    def seller_object(self) -> re.Match[str] | None:
        """The seller's self as an act's object in the clause (投诉我们, 向本店), sought once."""
        if not self._self_sought:
            self._self_object = _seller_object().search(self.text, self.start, self.stop)
            self._self_sought = True
        return self._self_object

    def office_receives(self) -> bool:
        """Whether the clause's 我们 is an office receiving complaints, judged once per clause
        (each 不少 asks: 41.5 s at 80,000 characters, review 28 item 1)."""
        if self._office is None:
            self._office = self._office_receives()
        return self._office

    def _office_receives(self) -> bool:
        """Whether the clause's 我们 is an office's: one who complains right before 向我们, or
        before 投诉我们 with its channel before it or right after (拨打热线投诉我们, 投诉我们的
        12345热线), and no praise of itself after (投诉价格太低: reviews 25, 27, 28, 30)."""
        found = self.seller_object()
        if found is None or not found.group().endswith("我们"):
            return False
        if _SELF_PRAISE.search(self.text, found.end(), self.stop):
            return False
        if found.group().startswith("向"):
            near = max(self.start, found.start() - _TO_US_REACH)
            return _TO_US_COMPLAINANT.search(self.text[near : found.start()]) is not None
        before = self.text[self.start : found.start()]
        return any(word in before for word in _OFFICE_COMPLAINANTS) and self._office_channel(found)

    def _office_channel(self, found: re.Match[str]) -> bool:
        """Whether an office's channel stands before 投诉我们 (``found``) in the clause or
        right after it, 的 between or not; a shop's line further on is its own (review 30)."""
        if _OFFICE_CHANNEL.search(self.text, self.start, found.start()):
            return True
        after = found.end() + self.text.startswith("的", found.end())
        return _OFFICE_CHANNEL.match(self.text, after, self.stop) is not None

    def boasts(self) -> bool:
        """Whether the clause has the seller's self as an act's object (投诉我们, 向本店), not
        an office's 我们 (:meth:`office_receives`; 向本店 never is)."""
        return self.seller_object() is not None and not self.office_receives()

    def denial_after(self) -> int:
        """Where the clause's last count of none (为零, 全无) starts (-1 if none)."""
        if self._denial_after is None:
            self._denial_after = max(
                (self.text.rfind(w, self.start, self.stop) for w in _denials_after()), default=-1
            )
        return self._denial_after

    def denied_next(self, end: int) -> bool:
        """Whether a count of none (一个也没有) follows the act ending at ``end`` at once or
        after its 的/率/量/记录, and ends the clause: 投诉从未有过回应 denies the reply, not
        the complaint (review 27 item 3)."""
        tail = _ACT_TAIL.match(self.text, end, self.stop)
        at = end if tail is None else tail.end()
        for word in _denials_next():
            if self.text.startswith(word, at):
                return _CLAUSE_CLOSE.match(self.text, at + len(word), self.stop) is not None
        return False


def _denies_until(clause: _Clause, negation: re.Match[str]) -> int:
    """Up to where ``negation`` denies the acts after it in ``clause`` (an act starting before
    the position returned is denied): a negation denies an act only when it negates that act
    (从来没有收到过投诉, 拒绝投诉), not a word of its own — a lacking licence (无证), a word
    before 被/引发 (不发货被投诉), the reason's verb (因无法提现投诉, 没有返利便投诉), a count
    with a case party or object (不少消费者投诉)."""
    text, (at, end) = clause.text, negation.span()
    if text.startswith(_QUANTITIES, at):
        if clause.boasts():
            return clause.stop + 1
        if clause.has_party() or clause.office_receives():
            return end
        return clause.end_ahead(_ACT_OBJECT, end)
    if text.startswith(_non_negations(), at):
        return end
    return min(_licence_lacked_until(clause, end), _negates_until(clause, negation))


def _licence_lacked_until(clause: _Clause, end: int) -> int:
    """Where the licence the negation ending at ``end`` says is lacking ends (无证经营): the
    negation is that noun's for the acts after it (past the clause if none)."""
    licence = _LICENCE_LACKED.match(clause.text, end, clause.stop)
    return clause.stop + 1 if licence is None else licence.end()


def _negates_until(clause: _Clause, negation: re.Match[str]) -> int:
    """Up to where ``negation`` negates the acts after it, a licence aside: not past a word of
    its own before 被/引发, nor past the reason's verb (因未收到返利, 没有返利便)."""
    text, (at, end) = clause.text, negation.span()
    gap = end
    while gap < clause.stop and text[gap] in _DENIAL_FILLERS:
        gap += 1
    if _DENIAL_LINKED.match(text, gap, clause.stop):
        return clause.stop + 1
    until = clause.end_ahead(_ACT_MARK, gap)
    if negation.group() not in _REASON_NEGATIONS or _NONE_COUNT.match(text, gap, clause.stop):
        return until
    if text.startswith("人", gap):
        nobody = _DENIAL_WORDS.match(text, gap + 1, clause.stop)
        if nobody is None or _CASE_ACTS.match(text, nobody.end(), clause.stop):
            return until  # (无人投诉; 无人回复才投诉 reads on as a reason's)
    own = _DENIAL_WORDS.match(text, gap, clause.stop)
    own_word = gap if own is None else own.end()
    if _CASE_ACTS.match(text, own_word, clause.stop):
        return until  # (the act its own word: 因无投诉处罚记录)
    if text.endswith(_BECAUSE, clause.start, at):
        return min(until, own_word + 1)
    return min(until, clause.end_ahead(_THEN, own_word + 1))


def case_act(after: str) -> bool:
    """Whether ``after`` (the words after 典型案例) tells a case's act not denied: by a negation
    of it before it in its clause (:func:`_denies_until`) or a count of none after it in the
    clause (投诉率为零, 投诉量为0, 投诉全无: reviews 21, 22).  One pass over the clauses."""
    first = _CASE_ACTS.search(after)
    if first is None:
        return False
    negations = _act_negations().finditer(after)
    negation = next(negations, None)
    clause = _Clause(after, 0, -1)
    denied_until = -1
    last_end = 0
    for act in _CASE_ACTS.finditer(after, first.start()):
        if act.start() > clause.stop:
            start = max(after.rfind(mark, last_end, act.start()) for mark in "，。；") + 1
            end_mark = _CLAUSE_END.search(after, act.end())
            clause = _Clause(after, start, len(after) if end_mark is None else end_mark.start())
            denied_until = -1
            while negation is not None and negation.start() < start:
                negation = next(negations, None)
        while negation is not None and negation.end() <= act.start():
            denied_until = max(denied_until, _denies_until(clause, negation))
            negation = next(negations, None)
        last_end = act.end()
        if (
            act.start() < denied_until
            or clause.denial_after() >= act.end()
            or clause.denied_next(act.end())
        ):
            continue
        return True
    return False


def a_case(sentence: str) -> bool:
    """Whether ``sentence`` reports a 典型案例 a 市场监管 or 消保委 post names (典型案例：消费者
    张女士在某直播间以“秒杀价”购买…: red team 66): the words only as a lead followed by a
    case's act, or by its party where nothing calls the reader (典型案例：某网店正品好货，
    拍下立发 is the ad's own label: reviews 16, 19)."""
    at = sentence.find(_CASE)
    if at < 0:
        return False
    after = sentence[at + len(_CASE) :]
    if case_act(after):
        return True
    if calls_the_reader(after):
        return False
    return (
        any(word in after for word in _CASE_WORDS)
        or _CASE_PARTY.search(after) is not None
        or THIRD_PARTY.search(after) is not None
    )
