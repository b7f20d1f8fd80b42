"""Sales terms that sell nothing where they stand: a search with no shop, a bond, a guide.

``ad.wording`` terms (淘宝搜索, 券后价) are sales talk where they invite a reader to buy; they
are not where a search names no shop (打开淘宝搜索“植树”了解详情, :func:`no_sale`) or a public
programme's name (京东APP搜索“以旧换新”，领券后下单, :func:`searches_a_programme`), or where
券后价 starts inside another word (债券后价格下跌, :func:`coupon_of_another_word`).  Apart from
the term matcher (:mod:`.wording`): these read the sentence around a hit; a term quoted as the
bait a warning names is :mod:`.scam_warnings`' to read.
"""

from __future__ import annotations

from functools import cache

from govpub.compliance._data import data_words
from govpub.compliance._text import LABEL_COLONS, SENTENCE_END, run_end
from govpub.compliance.folding import CJK_UNIFIED
from govpub.compliance.regex_cache import regex
from govpub.compliance.sales_cues import sales_cues

__all__ = ["coupon_of_another_word", "no_sale", "searches_a_programme"]

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
_SEARCHED = regex(
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
_PLACE = regex(rf"[{CJK_UNIFIED}]{{1,2}}(?<![城超门])[省市区县州]")
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


_SUM_OFF = regex("立减[0-9]")


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
