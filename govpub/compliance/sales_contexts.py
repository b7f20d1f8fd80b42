"""Sales and engagement terms that are no pitch: a search with no sale, a bond, a scam warned of.

``ad.wording`` and ``wording.forced_engagement`` terms (淘宝搜索, 券后价, 全网最低价, 集赞送礼品)
are sales talk where they invite a reader to buy or share; they are not where a search names
no shop (打开淘宝搜索“植树”了解详情, :func:`no_sale`), where 券后价 starts inside another word
(债券后价格下跌, :func:`coupon_of_another_word`), or where a 反诈 post quotes them as the bait
it warns of (骗子常以“加微信领取补贴”为由, :func:`warned_against`, :func:`sentence_warns`).
Apart from the term matcher (:mod:`.wording`): these read the sentence around a hit.
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
    OPENING_QUOTES,
    SENTENCE_END,
    alternation,
    run_end,
    run_start,
)
from govpub.compliance.case_reports import a_case
from govpub.compliance.quoted_speech import REACH, quotation_around
from govpub.compliance.sales_cues import sales_cues, speaks_as_a_shop

__all__ = [
    "coupon_of_another_word",
    "no_sale",
    "searches_a_programme",
    "sentence_warns",
    "warned_against",
]

# -- a shop search without a sale ------------------------------------------------------

_SEARCH = "搜索"


@cache
def _sale_words() -> tuple[str, ...]:
    """What makes a search in a shopping app a sale (``data/search_sale_words.txt``: 店, 购,
    领券…), looked for in the rest of the sentence (淘宝搜索“某某旗舰店”领取优惠)."""
    return data_words("search_sale_words.txt")


@cache
def _search_as_a_thing() -> tuple[str, ...]:
    """Words after 搜索 that make the search a thing reported on, not an instruction
    (``data/search_as_a_thing.txt``: 量, 数据, 引擎…)."""
    return data_words("search_as_a_thing.txt")


def no_sale(text: str, start: int, end: int) -> bool:
    """Whether an ``ad.wording`` search term (淘宝搜索, 淘宝搜) names no shop or sale around it.

    ``打开淘宝搜索“植树”了解详情`` mentions the app; ``淘宝搜索“某某旗舰店”`` sends readers to
    a shop.  The other terms (券后价, 加vx) are sales talk wherever they stand.
    """
    if not text.endswith(_SEARCH, start, end):
        if not text.endswith(_SEARCH[0], start, end):
            return False
        if text.startswith(_SEARCH[1], end):
            return True  # 淘宝搜 of 淘宝搜索: the longer term decides
    if text.startswith(_search_as_a_thing(), end):
        return True  # the search itself is the subject: 淘宝搜索数据显示, 京东搜索量
    if _searches_a_programme(text, end):
        return True  # 京东APP搜索“以旧换新”…下单: the subsidy's entry, not a shop (red team 64)
    return not _sells(text, end)


@cache
def _programmes() -> tuple[str, ...]:
    """The words of ``data/service_searches.txt``, folded."""
    return data_words("service_searches.txt")


# Before the searched words: a colon or an opening quotation mark, a space (搜索“…”, 搜索：…);
# after them, where they must end: a closing mark, a comma, a space or the sentence's end
# (not 16 characters into a longer name: 搜索“张三电器城市家电数码手机以旧换新店”)
_SEARCHED = re.compile(
    rf"[{LABEL_COLONS}]? ?[“「『\"]?([^”」』\"，,。！？!?\n {LABEL_COLONS}]{{1,16}})"
    rf"(?=[”」』\"，,。！？!?\n {LABEL_COLONS}]|$)"
)
# a shop's words in the searched name (淘宝搜索“XX家电旗舰店”), which no programme holds
_SHOP_WORDS = ("店", "旗舰", "专营", "专卖", "商城", "超市")
# a programme's zone or its money after its name (国补专区, 消费券专区, 以旧换新补贴)
_ZONES = ("专区", "补贴", "活动", "入口")
# a place's name of one or two characters and its kind (深圳市, 徐州), not a shop's (电器城市,
# 超市) nor a brand's before a city (美的广州, 格力苏州: review 15); a listed place may take
# its kind after it (南京市, 浙江省)
_PLACE = re.compile(r"[\u4e00-\u9fff]{1,2}(?<![城超门])[省市区县州]")
_PLACE_KINDS = "省市区县州"


def _searches_a_programme(text: str, end: int) -> bool:
    """Whether the words searched for after ``end`` (搜索“以旧换新”, 搜索：XX消费券) are a public
    programme's name (``data/service_searches.txt``) and no shop's: an agency's guide to the
    subsidy or voucher the app hands out, not a shop search.  The name may follow a place
    and kinds of goods (南京消费券, 家电以旧换新) and lead a zone (国补专区), not follow a
    brand (美的以旧换新: the maker's trade-in); a shop's or a seller's word later in the
    sentence (进店, 认准本店, 私聊, 包邮) makes it a shop search after all (review 13), its
    guide's own 领券, 下单 and 购买 do not (review 15)."""
    match = _SEARCHED.match(text, end)
    if match is None:
        return False
    searched = match.group(1)
    if any(word in searched for word in _SHOP_WORDS):
        return False
    if not _a_programme_and_zones(searched):
        return False
    rest = text[match.end() : _sentence_end(text, match.end())]
    return not _pitch_beyond_guide(rest)


def _a_programme_and_zones(searched: str) -> bool:
    """Whether ``searched`` is a programme's name with at most two zone words after it, in
    either order (购新补贴 is a name, 国补专区 a name and its zone, 以旧换新补贴专区 a name,
    its money and its zone: review 15)."""
    for _ in range(3):
        if _a_programme(searched):
            return True
        zone = next((z for z in _ZONES if searched.endswith(z)), "")
        if not zone:
            return False
        searched = searched[: -len(zone)]
    return False


@cache
def _guide_words() -> tuple[str, ...]:
    """The words of ``data/programme_guide_words.txt`` (领取资格, 领券, 下单…), longest first."""
    return tuple(sorted(data_words("programme_guide_words.txt"), key=len, reverse=True))


@cache
def _pitch_words() -> tuple[str, ...]:
    """What keeps a programme search a pitch: a shop's words (``data/programme_shop_words.txt``),
    a seller's (``data/programme_pitch_words.txt``: 私聊, 加微信, 返现) and the selling cues
    (:func:`.sales_cues.sales_cues`: 包邮, 拍下)."""
    return _programme_shop_words() + data_words("programme_pitch_words.txt") + sales_cues()


def _pitch_beyond_guide(words: str) -> bool:
    """Whether ``words`` hold a selling word once a guide's own words (领券, 下单, 购买, 领取资格)
    are taken out: 淘宝搜索“国补”领券，拍下立发，全国包邮 is a pitch, 领券后下单购买 a guide
    (review 15).  A selling word that holds a guide's word but is not one (立即下单, 扫码购买)
    is looked for before any is taken out, and so is a set sum off (立减300元: a seller's
    price; the guide's 立减 is the subsidy paid at the till, 下单购买时立减: review 16)."""
    if any(word in words for word in _pitch_words_holding_guide_words()):
        return True
    if _SUM_OFF.search(words):
        return True
    for word in _guide_words():
        if word in words:
            words = words.replace(word, "|")
    return any(word in words for word in _pitch_words())


_SUM_OFF = re.compile("立减[0-9]")


@cache
def _pitch_words_holding_guide_words() -> tuple[str, ...]:
    """The selling words that hold a guide's word and are not one (立即下单, 扫码购买, 即可购买)."""
    guides = frozenset(_guide_words())
    return tuple(
        word
        for word in _pitch_words()
        if word not in guides and any(guide in word for guide in guides)
    )


def searches_a_programme(text: str, head: int, tail: int) -> bool:
    """Whether the sentence ``text[head:tail]`` (folded) sends readers to search a public
    programme's name (打开京东APP搜索“家装厨卫焕新”，领券后下单购买): a guide to the subsidy,
    its 领券 and 下单 no pitch (review 13)."""
    at = text.find(_SEARCH, head, tail)
    while at >= 0:
        if _pitch_beyond_guide(text[head:at]):
            return False  # (全国包邮，拍下立发，淘宝搜索“国补”: a pitch before the search)
        if _searches_a_programme(text, at + len(_SEARCH)):
            return True
        at = text.find(_SEARCH, at + len(_SEARCH), tail)
    return False


def _a_programme(searched: str) -> bool:
    """Whether ``searched`` ends with a programme's name after a place and kinds of goods."""
    name = next((p for p in _programmes() if searched.endswith(p)), None)
    return name is not None and _place_and_kinds(searched[: -len(name)])


def _place_and_kinds(words: str) -> bool:
    """Whether ``words`` before a programme's name are a place, then kinds of goods
    (``data/programme_places.txt``, ``data/programme_kinds.txt``), or nothing."""
    place = next((p for p in _programme_places() if words.startswith(p)), None)
    if place is not None:
        words = words[len(place) :]
        if words[:1] and words[0] in _PLACE_KINDS:
            words = words[1:]  # (南京市, 浙江省: review 15)
    else:
        named = _PLACE.match(words)
        words = words[named.end() :] if named is not None else words
    while words:
        kind = next((k for k in _programme_kinds() if words.startswith(k)), None)
        if kind is None:
            return False
        words = words[len(kind) :]
    return True


@cache
def _programme_places() -> tuple[str, ...]:
    """The words of ``data/programme_places.txt``, longest first."""
    return tuple(sorted(data_words("programme_places.txt"), key=len, reverse=True))


@cache
def _programme_kinds() -> tuple[str, ...]:
    """The words of ``data/programme_kinds.txt``, longest first."""
    return tuple(sorted(data_words("programme_kinds.txt"), key=len, reverse=True))


@cache
def _programme_shop_words() -> tuple[str, ...]:
    """The words of ``data/programme_shop_words.txt``."""
    return data_words("programme_shop_words.txt")


def _sentence_end(text: str, end: int) -> int:
    """Where the sentence going on at ``end`` ends, read at most 40 characters on."""
    return run_end(text, end, end + 40, SENTENCE_END)


def _sells(text: str, end: int) -> bool:
    """Whether the rest of the sentence after ``end`` holds a shop, buying or a coupon."""
    sentence = text[end : _sentence_end(text, end)]
    return any(word in sentence for word in _sale_words())


# -- a price after a coupon that is another word -----------------------------------------

# 券后价/卷后价/劵后价 after a character that makes 券 or 卷 another word: a bond or a security
# (债券后价格下跌, 证券, 国库券), a lottery ticket, an exam paper or a case file (试卷后, 案卷后),
# a roll of film — financial and court news, not a coupon price (red team 49). Not 门票券,
# 入场券 or 购书券: a shop sells tickets and books with a coupon price. Only as 后价格 in a
# sentence that sells nothing: 债券后价99元，点击下单 is a coupon price (fix49).
_NOT_A_COUPON = frozenset("债证奖彩库试案答问考画胶")


def coupon_of_another_word(text: str, start: int, end: int) -> bool:
    """Whether a price-after-coupon term at ``text[start:end]`` (folded) starts inside another
    word: ``债券后价`` of ``买入该债券后价格下跌``, ``试卷后价格`` — not ``领券后价`` or a
    price and a sale after it (``证券后价仅99元，限时抢购``)."""
    return (
        text.endswith("后价", start, end)
        and start > 0
        and text[start - 1] in _NOT_A_COUPON
        and text.startswith("格", end)
        and not _sells(text, end)
    )


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
    label names it as a scam's or a warning follows it (:func:`_in_a_scam_message`: fix 102).
    """
    quotation = quotation_around(text, start, end)
    if quotation is not None and _quotation_warned(text, *quotation):
        return True
    return _in_a_scam_message(text, start, end)


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


# -- a scam's message quoted without quotation marks (red team 80, fix 102) -------------------
#
# A 反诈 post gives a scam SMS in its 【】 sign, most often without quotation marks: after a
# label and its colon (骗子发来的信息：【限时秒杀】全网最低价…, 如收到以下短信，请立即删除：
# 【…】…), on the lines below a label that ends its line (骗子发来的短信原文如下：⏎【…】…, a
# blockquote, a numbered list's items), or opening a line a warning ends (【限时秒杀】全网最低
# 价——收到这样的短信，千万别信，这是骗局！; a title: 【限时秒杀】全网最低价？当心是骗局！).
# The message reads to the end of its line (a blockquote: its lines); the label must name a
# message (data/scam_message_words.txt) and a scam message's warning words
# (data/scam_message_cues.txt: 骗局, 诈骗短信, 骗子发来…, never a bare 骗, 可疑, 删除 or 钓鱼:
# review 40, fix 106), not negated, not aimed at 你 or at rivals
# (data/scam_message_rivals.txt: 骗你, 别家, 其他都是骗子), the shop not speaking as itself
# in it; a warning after the message must be such words in the rest of the message's
# sentence or the next one, on its line, where no shop speaks as itself (and not a caution a
# shop gives its buyers: 谨防受骗, 以防被骗).  A shop's own 【限时秒杀】全网最低价，包邮到家！,
# 活动内容：【限时秒杀】…, 钓鱼竿活动内容：【…】, 本店不搞诈骗，活动文案：【…】 and a pitch its
# own vow follows (…骗你是小狗！, …其他都是骗子。) warn as before.

_MESSAGE_REACH = 4 * REACH  # characters of a line read back for a message's sign or label
_MESSAGE_LINES = 12  # lines of a block (blank ones too) read up for the label above it
_SIGN_LENGTH = 20  # characters inside a message's 【】 sign, at most
_MARKS_LENGTH = 40  # characters of a line before a message's sign that may all be marks
_SIGN = re.compile(f"【[^【】\n]{{1,{_SIGN_LENGTH}}}】")
# a shop's caution to its buyers, no warning of the message before it (认准官方，谨防受骗;
# 以防被骗): 受骗, 被骗, 防骗, 防诈 are not read after a message
_GUARDED = re.compile("[防受被](?:诈骗|骗|诈)")
_SPACES = " \t\u3000"
_LABEL_STOPS = SENTENCE_END | frozenset(LABEL_COLONS)
# what may open a line before a message: spaces, a blockquote's >, a hashtag (#反诈#), a list
# item's number or bullet (1. 2、 （3） -)
_NUMBER = "(?:[0-9]{1,2}|[一二三四五六七八九十]{1,3})"
_ITEM = f"(?:{_NUMBER}[.、．)）]|[（(]{_NUMBER}[)）]|[-*•·])"
_LINE_MARKS = re.compile(f"(?:[{_SPACES}>]|#[^#\n]{{1,20}}#|{_ITEM})*")
_BLOCK_ROW = re.compile(f"[{_SPACES}]*(?:>|{_ITEM})")
_QUOTE_MARKS = re.compile(f"[{_SPACES}]*>[{_SPACES}>]*")
_SENTENCE_ENDS = re.compile("[" + re.escape("".join(sorted(SENTENCE_END))) + "]")
_MESSAGE_CLAUSE = re.compile("[^，,、；;：:！!？?。.\n—…]+")


@cache
def _message_words() -> tuple[str, ...]:
    """The words of ``data/scam_message_words.txt`` (短信, 信息, 原文, 以下…), folded."""
    return data_words("scam_message_words.txt")


@cache
def _message_cues() -> tuple[str, ...]:
    """The words of ``data/scam_message_cues.txt`` (骗局, 诈骗短信, 千万别信…), folded."""
    return data_words("scam_message_cues.txt")


@cache
def _message_cue_pattern() -> re.Pattern[str]:
    """Any word of ``data/scam_message_cues.txt``, by one search."""
    return re.compile(alternation(list(_message_cues())))


@cache
def _message_rivals() -> tuple[str, ...]:
    """The words of ``data/scam_message_rivals.txt`` (骗你, 别家, 其他都是…), folded."""
    return data_words("scam_message_rivals.txt")


# A cue of a shop's own claim, no warning (review 41, fix 112): denied after it in its clause
# (假货骗局一律不存在), asked (这是诈骗吗？, 有人说是骗局？), a condition of the shop's pledge
# (系诈骗就赔十倍, 如果是骗局); 删除 of anything but a message (请立即删除购物车里的其他商品).
# 他人 as the message's sender is no rival (切勿相信他人发来的链接; a shop's 勿信他人 is).
# Since fix 119 (review 43 item 4): 不存在 only right after the cue (骗局中的商品根本不存在 is
# a report of the goods), a pledge no loss (赔进去5万元), a condition no victim (若是骗局受害者),
# 删除 of an app, a contact or with a report (data/scam_deleted.txt: 请立即删除并报警), and a
# question affirmed by the sentence after it (data/scam_message_answers.txt: 是的, 当然是).
_DENIED_AFTER = re.compile("(?:一律|根本|完全|绝对|从来|压根|并|都|是){0,3}不存在")
_ASKED = ("？", "?")
_PLEDGED = re.compile("[就便则包]?赔(?![进了掉光上惨本])")
_IF = tuple(
    word + verb for word in ("若", "如果", "假如", "要是", "倘若") for verb in ("", "是", "系")
)
_VICTIM = ("受害", "被骗", "受骗", "上当")
_DELETE = "删除"


@cache
def _answers() -> tuple[str, ...]:
    """The words of ``data/scam_message_answers.txt`` (是的, 当然是, 请看警方…), folded."""
    return data_words("scam_message_answers.txt")


@cache
def _deleted() -> tuple[str, ...]:
    """The words of ``data/scam_deleted.txt`` (app, 好友, 报警…), folded."""
    return data_words("scam_deleted.txt")


_SENT_BY_OTHERS = re.compile("他人(?=发来|发送|发的|转发)")


def _warns_of_a_message(words: str) -> bool:
    """Whether a clause of ``words`` holds a scam message's warning word
    (``data/scam_message_cues.txt``) not negated, aimed at no 你 and no rival
    (``data/scam_message_rivals.txt``: 骗你是小狗, 其他都是骗子, 不要相信别家: fix 106),
    not asked, denied after it, a condition or a 删除 of no message (fix 112)."""
    if _message_cue_pattern().search(words) is None:
        return False  # (the common case: no cue at all, by one search)
    for found in _MESSAGE_CLAUSE.finditer(words):
        clause = found.group()
        if (words.startswith(_ASKED, found.end()) or clause.endswith("吗")) and not _affirmed(
            words, found.end()
        ):
            continue  # (这是诈骗吗？: asked; 这是诈骗吗？是的: affirmed, fix 119)
        if any(_message_cue_in(clause, cue) for cue in _message_cues()) and not any(
            rival in _SENT_BY_OTHERS.sub("|", clause) for rival in _message_rivals()
        ):
            return True
    return False


def _affirmed(words: str, at: int) -> bool:
    """Whether the question whose clause ends at ``at`` in ``words`` is answered yes by the
    sentence after its mark (``data/scam_message_answers.txt``: 是的, 当然是, 请看警方: fix 119)."""
    mark = _SENTENCE_ENDS.search(words, at, at + 2)
    return mark is not None and words.startswith(_answers(), mark.end())


def _message_cue_in(clause: str, cue: str) -> bool:
    """Whether ``cue`` stands in ``clause`` as a warning of a scam's message: not negated
    before it (:func:`_cue_in`) or after it, no condition of a pledge, and 删除 of a message
    or of nothing named (fix 112)."""
    at = clause.find(cue)
    while at >= 0:
        rest = clause[at + len(cue) :]
        if not (
            clause.endswith(_NEGATIONS, 0, at)
            or _DENIED_AFTER.match(rest) is not None
            or (clause.endswith(_IF, 0, at) and not rest.startswith(_VICTIM))
            or _PLEDGED.match(rest) is not None
            or (cue.endswith(_DELETE) and rest != "" and not _deletes_a_scams(rest))
        ):
            return True
        at = clause.find(cue, at + 1)
    return False


def _deletes_a_scams(rest: str) -> bool:
    """Whether what follows 删除 in its clause names a message (``data/scam_message_words.txt``)
    or what an agency has a victim delete or do (``data/scam_deleted.txt``: 该APP, 对方好友,
    并报警: fix 119)."""
    low = rest.lower()
    return any(word in rest for word in _message_words()) or any(
        _names(low, word) for word in _deleted()
    )


def _names(rest: str, word: str) -> bool:
    """Whether ``rest`` names ``word`` of ``data/scam_deleted.txt``: one that starts with 并 right
    at its start (删除并报警, not 删除收藏夹里的旧链接并举报假冒店铺), an ASCII one as a word of its
    own (该APP, not applepay), any other anywhere (review 45)."""
    if word.startswith("并"):
        return rest.startswith(word)
    if word.isascii():
        at = rest.find(word)
        while at != -1:
            end = at + len(word)
            before, after = rest[at - 1 : at], rest[end : end + 1]
            if not (before.isascii() and before.isalpha()) and not (
                after.isascii() and after.isalpha()
            ):
                return True
            at = rest.find(word, at + 1)
        return False
    return word in rest


def _in_a_scam_message(text: str, start: int, end: int) -> bool:
    """Whether ``text[start:end]`` stands in a scam's message given in its 【】 sign without
    quotation marks, a label naming it a scam's or a warning following it (fix 102)."""
    low = max(0, start - _MESSAGE_REACH)
    line = text.rfind("\n", low, start) + 1
    if line == 0 and low > 0:
        return False  # (a line too long to read back on)
    sign = text.rfind("【", line, start + 1)
    if sign < 0 or _SIGN.match(text, sign) is None:
        return _in_a_quoted_block(text, line)
    first = _signs_start(text, line, sign)
    head = first
    while head > line and text[head - 1] in _SPACES:
        head -= 1
    if head > line and text[head - 1] in LABEL_COLONS:
        return _labels_a_scam_message(text, line, head - 1)
    if first - line > _MARKS_LENGTH or _LINE_MARKS.fullmatch(text, line, first) is None:
        return _in_a_quoted_block(text, line)
    return _labelled_above(text, line) or _warned_after(text, line, end)


def _signs_start(text: str, line: int, sign: int) -> int:
    """Where the run of 【】 signs that holds the one at ``sign`` starts on its line
    (【某某商城】【限时秒杀】…)."""
    while sign > line and text[sign - 1] == "】":
        before = text.rfind("【", max(line, sign - _SIGN_LENGTH - 2), sign - 1)
        if before < 0 or _SIGN.fullmatch(text, before, sign) is None:
            break
        sign = before
    return sign


def _labels_a_scam_message(text: str, line: int, colon: int) -> bool:
    """Whether the label that ends at the colon at ``colon`` (from its line's start, its
    sentence's or another colon) names a message and a scam message's warning words
    (:func:`_warns_of_a_message`), the shop not speaking as itself in it (本店不搞诈骗，
    活动文案：, 本店诈骗短信防范须知：: fix 106)."""
    label = text[run_start(text, colon, max(line, colon - REACH), _LABEL_STOPS) : colon]
    return (
        any(word in label for word in _message_words())
        and _warns_of_a_message(label)
        and not speaks_as_a_shop(label)
    )


def _warned_after(text: str, line: int, end: int) -> bool:
    """Whether the rest of the sentence after ``end``, or the next sentence on its line,
    warns of the message (:func:`_warns_of_a_message`: 千万别信，这是骗局, not the shop's own
    骗你是小狗 or 其他都是骗子: fix 106) where no shop speaks as itself on the line."""
    tail = _message_sentence_end(text, end)
    if tail < len(text) and text[tail] != "\n":
        tail = _message_sentence_end(text, tail + 1)
    if tail < len(text) and text[tail] in _ASKED:
        tail = _message_sentence_end(text, tail + 1)  # (its answer too: fix 119)
    after = _GUARDED.sub("|", text[end : tail + 1])  # (its end mark too: asked?)
    return _warns_of_a_message(after) and not speaks_as_a_shop(text[line:tail])


def _message_sentence_end(text: str, at: int) -> int:
    """Where the sentence going on at ``at`` ends, read no further than :data:`REACH`
    (:func:`.run_end` with :data:`SENTENCE_END`, by one search)."""
    found = _SENTENCE_ENDS.search(text, at, at + REACH)
    return found.start() if found is not None else min(len(text), at + REACH)


# Where the rows above a line stop (:func:`_label_above`), per line of the text read last:
# the label's colon and its row's start, or none, and how many rows up; or, the stop not
# found, how many rows up it is not (each block's label is found once: review 40, fix 106).
_NO_LABEL = -1
_Stop = tuple[int, int, int, bool]  # (colon or _NO_LABEL, its row's start, rows up, exact)
_stops: list[tuple[str, dict[int, _Stop]]] = [("", {})]


def _stops_of(text: str) -> dict[int, _Stop]:
    """The stops found so far in ``text`` (a new table for a new text)."""
    held = _stops[0]
    if held[0] is not text:
        held = (text, {})
        _stops[0] = held
    return held[1]


def _labelled_above(text: str, line: int) -> bool:
    """Whether a label that ends its line names the message that opens the line at ``line``
    as a scam's, blank lines and the lines of its block (a blockquote, a list's items) between."""
    colon, above, _, _ = _label_above(text, line)
    return colon != _NO_LABEL and _labels_a_scam_message(text, above, colon)


def _kept_stop(kept: _Stop | None, rows: int) -> _Stop | None:
    """The stop above a line ``rows`` rows below a line whose stop was ``kept``: found, or
    farther than :data:`_MESSAGE_LINES`; none where the rows up still have to be read."""
    if kept is None or rows == 0:
        return None
    colon, above, up, exact = kept
    if exact:
        return (colon, above, rows + up, True)
    if rows + up >= _MESSAGE_LINES:
        return (_NO_LABEL, 0, rows + up, False)
    return None


def _label_above(text: str, line: int) -> _Stop:
    """The colon that ends the label row above the line at ``line`` and its row's start,
    :data:`_MESSAGE_LINES` rows up at most with blank rows and its block's rows between; or
    :data:`_NO_LABEL`.  Each line's stop is kept (:func:`_stops_of`), so that a block's lines
    read the label above once."""
    stops = _stops_of(text)
    if line in stops:
        return stops[line]
    found: _Stop = (_NO_LABEL, 0, 0, True)
    at = line
    for rows in range(1, _MESSAGE_LINES + 1):
        if at == 0:
            break
        kept = _kept_stop(stops.get(at), rows - 1)
        if kept is not None:
            found = kept
            break
        low = max(0, at - 1 - _MESSAGE_REACH)
        above = text.rfind("\n", low, at - 1) + 1
        if above == 0 and low > 0:
            break
        row = text[above : at - 1].rstrip(_SPACES)
        if row.endswith(tuple(LABEL_COLONS)):
            found = (above + len(row) - 1, above, rows, True)
            break
        if row.strip(_SPACES + ">") and _BLOCK_ROW.match(row) is None:
            break
        at = above
    else:
        found = (_NO_LABEL, 0, _MESSAGE_LINES, False)
    if found[2] > _MESSAGE_LINES:
        found = (_NO_LABEL, 0, found[2], found[3])
    stops[line] = found
    return found


def _in_a_quoted_block(text: str, line: int) -> bool:
    """Whether the line at ``line``, a blockquote's with no sign, goes on a message a label
    above its block names (骗子发来的短信：⏎⏎> 【限时秒杀】…⏎> 包邮到家…)."""
    if text.find("【", max(0, line - _MESSAGE_LINES * _MESSAGE_REACH), line) < 0:
        return False  # (no sign above: a blockquote of its own; read in C, not line by line)
    for _ in range(_MESSAGE_LINES):
        marks = _QUOTE_MARKS.match(text, line)
        if marks is None:
            return False
        if _SIGN.match(text, marks.end()) is not None:
            return _labelled_above(text, line)
        if line == 0:
            return False
        low = max(0, line - 1 - _MESSAGE_REACH)
        above = text.rfind("\n", low, line - 1) + 1
        if above == 0 and low > 0:
            return False
        line = above
    return False


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
_QUOTED_EXAMPLES = re.compile(
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
_KIND_OF_MESSAGE = re.compile("[”」』](?:之类|这类|此类|一类)")


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


# what negates a cue right before it: 不骗人, 没有虚假宣传, 不是骗局 (not 不法骗子); 未被查处
# is a seller's claim (review 20)
_NEGATIONS = ("不", "没", "无", "非", "不是", "没有", "并非", "绝非", "未被", "没被")


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
_CLAIM_DENIED = re.compile(
    "(?:{})(?:{})*\\Z".format("|".join(_CLAIM_DENIALS), "|".join(_CLAIM_FILLERS))
)
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
    return re.compile(alternation(list(data_words("claim_instructions.txt"))))


@cache
def _authority_right_before() -> re.Pattern[str]:
    """A regulator, a law or a modal (see :data:`_LAW_WORDS`) and adverbs ending where the
    search ends (right before a denial)."""
    words = {*data_words("claim_regulators.txt"), *_LAW_WORDS}
    return re.compile(f"(?:{alternation(list(words))})(?:{alternation(list(_ADVERBS))})*\\Z")


@cache
def _complied() -> re.Pattern[str]:
    """What a shop says complying with an instruction (响应, 执行…)."""
    return re.compile(alternation(list(_COMPLIES)))


def _cue_in(sentence: str, cue: str) -> bool:
    """Whether ``cue`` stands in ``sentence`` not negated (骗局, not 不骗人 or 不是骗局)."""
    at = sentence.find(cue)
    while at >= 0:
        if not sentence.endswith(_NEGATIONS, 0, at):
            return True
        at = sentence.find(cue, at + 1)
    return False


def _claims_warn(sentence: str) -> bool:
    """Whether a claim cue (夸大宣传, 名不副实) stands in ``sentence`` as a warning: not
    negated, not denied by the shop (:func:`_shop_denies`), the shop not speaking as itself.
    Whether the shop speaks is found once, and only if a cue is left."""
    places = sorted(at for cue in _CLAIM_CUES for at in _places(sentence, cue))
    for at in places:
        if not sentence.endswith(_NEGATIONS, 0, at) and not _shop_denies(sentence, at):
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
            if not text.endswith(_NEGATIONS, 0, at) and not _shop_denies(text, at):
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
