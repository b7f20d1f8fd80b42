"""The share-code rules: ``data/share_codes.toml`` read and compiled into expressions.

What a share code looks like — its delimiters and length, the triggers ("复制…打开淘宝"), the
codes' own names (淘口令), the ``[bare]``, ``[search_code]`` and ``[mini_program]`` tables,
the English triggers — is data, because the platforms change their formats and publish none
of them (:mod:`.share_codes` tells the whole story).  :class:`ShareCodeRules` and
:class:`BareCodeRules` compile it, once, into lazily compiled expressions
(:mod:`.lazy_pattern`); :func:`share_code_rules` gives the shipped rules.  Apart from the
search (:mod:`.share_codes`): building expressions from tables is a job of its own, and a
test builds other rules from other tables.
"""

from __future__ import annotations

import re
import tomllib
import unicodedata
from collections.abc import Iterator
from dataclasses import dataclass
from functools import cache
from importlib import resources
from typing import Any

from govpub.compliance._text import HTML_CELL_GAP
from govpub.compliance.folding import fold_term
from govpub.compliance.lazy_pattern import LazyPattern
from govpub.compliance.regex_cache import regex

__all__ = ["BareCodeRules", "ShareCodeRules", "share_code_rules", "token_span"]

_DATA_FILE = "share_codes.toml"
_BETWEEN = r"[^\w\s]{0,2}"  # symbols or emoji slipped between a word's characters
_NAME_REACH = 16  # how far before "口令" an app's name may start (饿·了·么, tao bao)


def _common_start(*words: str) -> str:
    """What all of ``words`` (the empty ones left out) start with; ``""`` for none."""
    present = [word for word in words if word]
    if not present:
        return ""
    first, last = min(present), max(present)
    length = 0
    while length < len(first) and first[length] == last[length]:
        length += 1
    return first[:length]


def _mini_element(attribute: str, value: str) -> LazyPattern | None:
    """A WeChat article's element (a mini-program card, a text or picture link) whose
    ``attribute`` holds ``value`` (the group ``name``); ``None`` without an attribute."""
    if not attribute:
        return None
    return LazyPattern(
        rf"<[a-z][a-z0-9\-]*\s[^<>]*?(?<=\s){re.escape(attribute)}"
        rf"\s*=\s*[\"']?(?P<name>{value})[^<>]*>"
    )


@dataclass(frozen=True)
class ShareCodeRules:
    """The share-code data: the token expression, the trigger and the window.

    Each expression is compiled when first used (:mod:`.lazy_pattern`): most posts hold
    no share code, and ``govpub check`` should not wait for what it does not run.
    """

    token: LazyPattern
    trigger: LazyPattern
    window: int
    first_characters: frozenset[str]
    # the trigger with the strong apps alone, looked for again where a weak one was found
    strong_trigger: LazyPattern | None = None
    bare: BareCodeRules | None = None
    lengths: tuple[int, int] = (0, 0)  # a code's shortest and longest, spaces not counted
    # "#小程序://<name>/<code>": the scheme as folded, the link, and a shopping app's name
    mini_scheme: str = ""
    mini_link: LazyPattern | None = None
    # the same in a WeChat article's element (a card, a text or picture link): the attribute
    # naming the mini-program, as folded, and the element
    mini_card_name: str = ""
    mini_card: LazyPattern | None = None
    # …and the attribute holding its appid, the element by it, and the shops' appids
    mini_card_appid: str = ""
    mini_card_key: str = ""  # what both attributes start with, looked for first
    mini_appid_card: LazyPattern | None = None
    mini_shop_appids: frozenset[str] = frozenset()
    # a shop's name in a mini-program's registered name: the apps' names but the spellings
    # share texts use to slip past filters (桃宝, tb, 咸鱼: no shop registers them)
    mini_app: LazyPattern | None = None
    app: LazyPattern | None = None
    # "支付宝搜索 12345678": a number to search for in the app; the apps' last characters
    search_code: LazyPattern | None = None
    search_keys: frozenset[str] = frozenset()
    # "₤AbCd12EfGh₤": a code between two currency signs no text puts around a word (no
    # trigger needed); the signs as folded
    alone: LazyPattern | None = None
    alone_signs: frozenset[str] = frozenset()
    # "￥VAQz99KzQVD￥": a long unspaced code between two price signs (``priced_length``)
    priced: LazyPattern | None = None
    # "闲鱼口令", "掏口令": the word all such names end in, and an app or prefix right before it
    app_name_word: str = ""
    app_name_before: LazyPattern | None = None
    app_name_reach: int = 16  # how far before "口令" an app's name may start (饿·了·么, tao bao)
    # "型号（CZ3457AB12）": a word right before a bracketed token that says what it is
    label_before: LazyPattern | None = None
    separators: str = " "
    # "￥VAQz99<br>KzQVD￥": an HTML line break, a separator too (written: any case)
    break_tag: LazyPattern | None = None
    # "#315Shopping#": delimiters that mark something else too (a Weibo topic), folded: a
    # token between two of them counts only when written as a random code is
    topic_signs: frozenset[str] = frozenset()
    # …of which those markup writes round words ([doge], {userId}): a digit needed too
    markup_signs: frozenset[str] = frozenset()
    # "Open the Taobao app and paste: ￥…￥": the apps' English names, and a verb and an app
    # within the gap on one line (the [trigger.english] table)
    english_app: LazyPattern | None = None
    english_trigger: LazyPattern | None = None
    english_gap: int = 0
    # a verb of the table anywhere: the cheap test before the apps' names are searched
    english_verb: LazyPattern | None = None
    # "打开🍑宝": emoji that stand for a character of an app's name, and that character (the
    # [trigger.standins] table), read only around such an emoji (:mod:`.share_codes`)
    standins: tuple[tuple[str, str], ...] = ()
    # the characters that stand beside a stand-in's character in an app's name (宝 of 桃宝,
    # 东 and 拼 of 狗东 and 拼狗狗): an emoji with none of them near names no app
    standin_partners: frozenset[str] = frozenset()
    # Alipay's own share text, "#吱口令#长按复制此条消息，打开支付宝领红包！AbCd1234XyZ": the
    # whole trigger ([bare.reward]) and its reward, the word looked for first
    reward: LazyPattern | None = None
    reward_word: str = ""
    # a code copied before "打开支付宝/云闪付", named 口令 or delimited before the reward
    # ([bare.reward] ``copied_to``): the copy verb and its 口令, the apps looked for first
    copied: LazyPattern | None = None
    copied_to: tuple[str, ...] = ()
    copied_from: str = ""  # the first characters of the copy verbs
    # "【淘宝】复制": a strong app's name in a sign, then a copy verb ([trigger] app_signs); the
    # signs' closing brackets, looked for first
    app_sign: LazyPattern | None = None
    app_sign_ends: str = ""

    def joined(self, spaced: str) -> str:
        """A spaced code without its separators (``VAQz99<br>KzQVD`` is ``VAQz99KzQVD``): what
        its length and case are judged on."""
        return self.unbroken(spaced).translate(str.maketrans("", "", self.separators))

    def unbroken(self, spaced: str) -> str:
        """A spaced code with each HTML line break in it read as the line break it shows, so
        that the tag's letters are no part of the code (``VAQz99<BR>KzQVD``)."""
        if self.break_tag is None or "<" not in spaced:
            return spaced
        return self.break_tag.sub("\n", spaced)

    @classmethod
    def from_mapping(cls, data: dict[str, Any]) -> ShareCodeRules:
        """Compile the rules from the parsed ``share_codes.toml``."""
        token, trigger = data["token"], data["trigger"]
        low, high = int(token["min_length"]), int(token["max_length"])
        body = rf"(?P<{{name}}>[a-z0-9]{{{{{low},{high}}}}})"
        # a model code may stand before the token inside the delimiters: "¥ CZ3457 AbCd1234Ef¥"
        prefix = rf"(?:{token['prefix']}\s+)?" if token.get("prefix") else ""
        delimiter = _delimiter(token)
        alternatives = [rf"{delimiter}\s*{prefix}{body.format(name='a')}\s*{delimiter}"]
        if token.get("slash"):
            # not the end of a URL path ("t.cn/abc…/"): a slash after a letter or digit
            # (nor a scheme's colon: "https:/"; a colon after a word is a label's, "领取方式：/…/"
            # — red team 84's K2)
            alternatives.append(
                rf"(?<![a-z0-9/.])(?<![a-z0-9]:)/\s*{body.format(name='b')}\s*/(?![a-z0-9])"
            )
        separators = str(token.get("separators", " "))
        if token.get("spaces"):
            # single spaces inside the code ("￥AbCd 1234Ef￥"; hyphens too: "￥AbCd-1234-EfG￥";
            # an HTML line break: "￥VAQz99<br>KzQVD￥"): its length is checked without them, and
            # how it is written decides (see find_share_codes)
            gap_class = _gap(separators, str(token.get("break_tag", "")))
            spaced = rf"[a-z0-9](?:[a-z0-9]|{gap_class}(?=[a-z0-9])){{{low - 1},{2 * high}}}"
            # (between slashes too, when they delimit: "/ A b C d 1 2 3 4 /")
            opening, closing = delimiter, delimiter
            if token.get("slash"):
                opening = rf"(?:{opening}|(?<![a-z0-9/.])(?<![a-z0-9]:)/)"
                closing = rf"(?:{closing}|/(?![a-z0-9]))"
            alternatives.append(rf"{opening}\s*(?P<c>{spaced})\s*{closing}")
        alone, alone_signs = _alone_pattern(token)
        verbs = _verbs(trigger)
        apps = _apps(trigger)
        names = list(trigger.get("names", []))  # a code's own name: a trigger alone
        gap = int(trigger["gap"])
        named = "".join(f"|{_word(n)}" for n in names)
        bare = None
        if "bare" in data:
            bare = BareCodeRules.from_mapping(data["bare"], token, trigger)
        mini: dict[str, Any] = data.get("mini_program", {})
        mini_scheme = fold_term(mini.get("scheme", ""))
        mini_link = None
        if mini_scheme:
            mini_link = LazyPattern(
                rf"#?{re.escape(mini_scheme)}(?P<name>[^/\s]{{1,{int(mini['max_name'])}}})"
                # (a product's title may stand before the code: 京东购物/春季新款外套/AbCd12x)
                rf"(?:/[^/\s]{{1,{int(mini['max_name'])}}})?/[a-z0-9]{{{int(mini['min_length'])},}}"
            )
        mini_card_name = fold_term(mini.get("card_name", ""))
        mini_card = _mini_element(mini_card_name, rf"[^\"'<>]{{1,{int(mini.get('max_name', 30))}}}")
        mini_card_appid = fold_term(mini.get("card_appid", ""))
        mini_appid_card = _mini_element(mini_card_appid, r"wx[0-9a-f]{16}")
        search: dict[str, Any] = data.get("search_code", {})
        search_code = None
        if search:
            low_digits, high_digits = int(search["min_digits"]), int(search["max_digits"])
            search_code = LazyPattern(
                rf"(?:{'|'.join(_word(a) for a in search['apps'])})(?:app)?{_BETWEEN}"
                rf"(?:{'|'.join(_word(w) for w in search.get('places', []))})?{_BETWEEN}"
                rf"(?:{'|'.join(_word(v) for v in search['verbs'])})"
                # (a word naming the number may stand after the verb: 搜索红包码 52012345)
                rf"(?:{'|'.join(_word(o) for o in search.get('objects', []))})?[^\w\n]{{0,3}}"
                # (single spaces between the digits: "8 7 6 5 4 3 2 1")
                rf"[0-9](?: ?[0-9]){{{low_digits - 1},{high_digits - 1}}}(?! ?[0-9])"
            )
        app_names: dict[str, Any] = trigger.get("app_names", {})
        app_name_before = None
        if app_names:
            before = [*apps, *(_word(p) for p in app_names.get("prefixes", []))]
            # (a few characters may stand between: 美团外卖红包口令, 闲鱼搜索口令)
            between = int(app_names.get("between", 0))
            app_name_before = LazyPattern(
                rf"(?:{'|'.join(before)})(?:{_BETWEEN}|[^\n]{{0,{between}}})$"
            )
        english_app, english_trigger, english_gap, english_verb = _english(
            trigger.get("english", {})
        )
        labels = [_word(w) for w in token.get("labels", [])]
        label_before = LazyPattern(rf"(?:{'|'.join(labels)})[^\w]{{0,2}}$") if labels else None
        return cls(
            token=LazyPattern("|".join(alternatives)),
            trigger=LazyPattern(
                rf"(?:{'|'.join(verbs)}).{{0,{gap}}}?(?:{_weak_first(trigger, apps)}){named}",
                re.DOTALL,
            ),
            strong_trigger=LazyPattern(
                rf"(?:{'|'.join(verbs)}).{{0,{gap}}}?"
                rf"(?:{'|'.join(_weak_and_strong(trigger, apps)[1])}){named}",
                re.DOTALL,
            ),
            window=int(token["window"]),
            first_characters=frozenset(fold_term(w)[0] for w in [*trigger["verbs"], *names]),
            bare=bare,
            lengths=(low, high),
            mini_scheme=mini_scheme,
            mini_link=mini_link,
            mini_card_name=mini_card_name,
            mini_card=mini_card,
            mini_card_appid=mini_card_appid,
            mini_card_key=_common_start(mini_card_name, mini_card_appid),
            mini_appid_card=mini_appid_card,
            mini_shop_appids=frozenset(mini.get("shop_appids", ())),
            mini_app=LazyPattern("|".join(_registered(trigger, mini.get("not_names", [])))),
            app=LazyPattern("|".join(apps)),
            search_code=search_code,
            # (the verbs' first characters: an app's last may be a letter, zfb)
            search_keys=frozenset(fold_term(v)[0] for v in search.get("verbs", [])),
            alone=alone,
            alone_signs=alone_signs,
            priced=_priced_pattern(token),
            app_name_word=fold_term(app_names.get("word", "")),
            app_name_before=app_name_before,
            app_name_reach=_NAME_REACH + int(app_names.get("between", 0)),
            label_before=label_before,
            separators=separators,
            break_tag=_break_tag(token),
            topic_signs=frozenset(fold_term(c) or c for c in token.get("topic_delimiters", "")),
            markup_signs=frozenset(fold_term(c) or c for c in token.get("markup_delimiters", "")),
            english_app=english_app,
            english_trigger=english_trigger,
            english_gap=english_gap,
            english_verb=english_verb,
            standins=tuple(
                (emoji, fold_term(char)) for emoji, char in trigger.get("standins", {}).items()
            ),
            standin_partners=_partners(
                trigger["apps"], {fold_term(c) for c in trigger.get("standins", {}).values()}
            ),
            **_reward_fields(data.get("bare", {}), trigger),
            **_app_sign_fields(data.get("bare", {}), trigger, apps),
        )


def _app_sign_fields(
    bare: dict[str, Any], trigger: dict[str, Any], apps: list[str]
) -> dict[str, Any]:
    """The ``[trigger] app_signs``: a strong app's name between a sign's brackets, then a
    copy verb (``【淘宝】复制``), compiled; and the signs' closing brackets, folded."""
    signs = [fold_term(sign) or sign for sign in trigger.get("app_signs", [])]
    copy = [_word(v) for v in bare.get("copy_verbs", [])]
    if not signs or not copy:
        return {}
    strong = "|".join(_weak_and_strong(trigger, apps)[1])
    # (each sign an alternative of its own: the engine skips to its opening literal)
    signed = "|".join(
        rf"{re.escape(sign[0])}[^\w\n]{{0,2}}(?:{strong})[^\w\n]{{0,2}}{re.escape(sign[1])}"
        for sign in signs
    )
    return {
        "app_sign": LazyPattern(rf"(?:{signed})[^\w\n]{{0,2}}(?:{'|'.join(copy)})"),
        "app_sign_ends": "".join(sign[1] for sign in signs),
    }


def _partners(apps: list[str], chars: set[str]) -> frozenset[str]:
    """The characters right before or after one of ``chars`` in one of ``apps`` (folded)."""
    found: set[str] = set()
    for app in apps:
        name = fold_term(app)
        for at, char in enumerate(name):
            if char in chars:
                found.update(name[max(0, at - 1) : at] + name[at + 1 : at + 2])
    return frozenset(found)


def _reward_fields(bare: dict[str, Any], trigger: dict[str, Any]) -> dict[str, Any]:
    """The fields of the ``[bare.reward]`` table (Alipay's own share text and the codes
    copied before "打开支付宝/云闪付"), compiled."""
    table: dict[str, Any] = bare.get("reward", {})
    return {
        "reward": _reward(bare, trigger),
        "reward_word": fold_term(table.get("reward", "")),
        "copied": _copied(bare, trigger),
        "copied_to": tuple(fold_term(a) for a in table.get("copied_to", [])),
        "copied_from": "".join(sorted({fold_term(v)[:1] for v in bare.get("copy_verbs", [])})),
    }


def _reward(bare: dict[str, Any], trigger: dict[str, Any]) -> LazyPattern | None:
    """The ``[bare.reward]`` table: one of its openers (吱口令, 长按复制), then within the
    ``reach`` an opening verb, one of its apps and the reward (打开支付宝领红包) — a trigger
    only whole (a review of red team 62)."""
    table: dict[str, Any] = bare.get("reward", {})
    if not table:
        return None
    openers = "|".join(_word(w) for w in table["openers"])
    opening = "|".join(_word(v) for v in trigger["verbs"] if v not in bare["copy_verbs"])
    apps = "|".join(_word(a) for a in table["apps"])
    reach, gap = int(bare["reach"]), int(bare["name_gap"])
    return LazyPattern(
        rf"(?:{openers})[^\n]{{0,{reach}}}?(?:{opening})[^\n]{{0,6}}?(?:{apps})"
        rf"[^\w]{{0,{gap}}}{_word(table['reward'])}"
    )


def _copied(bare: dict[str, Any], trigger: dict[str, Any]) -> LazyPattern | None:
    """The ``[bare.reward]`` ``copied_to`` apps: a copy verb and a 口令 named within a few
    characters, "打开<app>" within the ``reach`` after it; or a copy verb, a delimited token
    and "打开<app>" with the reward after it (the final review, fix63).  The span is the
    verb (and its 口令): the code after it is read as after any trigger."""
    table: dict[str, Any] = bare.get("reward", {})
    if not table.get("copied_to"):
        return None
    copy = "|".join(_word(v) for v in bare["copy_verbs"])
    opening = "|".join(_word(v) for v in trigger["verbs"] if v not in bare["copy_verbs"])
    apps = "|".join(_word(a) for a in table["copied_to"])
    name = _word(trigger["app_names"]["word"])
    reach, gap = int(bare["reach"]), int(bare["name_gap"])
    app = rf"(?:{opening})[^\n]{{0,6}}?(?:{apps})"
    return LazyPattern(
        rf"(?:{copy})(?:[^\n，。,]{{0,6}}?{name}(?=[^\n]{{0,{reach}}}?{app})"
        rf"|(?=[^\w\n]{{0,{gap}}}[【〔「『\[(（][^\n]{{4,{reach}}}?[】〕」』\])）]"
        rf"[^\w\n]{{0,{gap}}}{app}[^\w]{{0,{gap}}}{_word(table['reward'])}))"
    )


def _break_tag(token: dict[str, Any]) -> LazyPattern | None:
    """The ``break_tag`` key's expression, read in the text as written too (any case)."""
    tag = str(token.get("break_tag", ""))
    return LazyPattern(tag, re.IGNORECASE) if tag else None


def _gap(separators: str, break_tag: str) -> str:
    """One separator inside a spaced code: one of the ``separators``, or an HTML line break
    (``break_tag``), which a page shows as a line break is (the same test decides)."""
    single = f"[{re.escape(separators)}]"
    return f"(?:{single}|{break_tag})" if break_tag else single


def _alone_pattern(token: dict[str, Any]) -> tuple[LazyPattern | None, frozenset[str]]:
    """A code between two ``alone_delimiters`` (``₤AbCd12EfGh₤``), or after one of the
    ``alone_with_prefix`` signs and a model code (``¥ CZ3457 AbCd1234Ef¥``); and the signs,
    folded."""
    low, high = int(token["min_length"]), int(token["max_length"])
    signs = sorted({fold_term(c) or c for c in token.get("alone_delimiters", "")})
    modelled = sorted({fold_term(c) or c for c in token.get("alone_with_prefix", "")})
    if not signs:
        return None, frozenset()
    sign = f"[{re.escape(''.join(signs))}]"
    opening = sign
    if modelled and token.get("prefix"):
        opening = rf"(?:{sign}|[{re.escape(''.join(modelled))}]\s*{token['prefix']}\s+)"
        sign = f"[{re.escape(''.join(sorted({*signs, *modelled})))}]"
    code = rf"[a-z0-9]{{{low},{high}}}"
    if token.get("spaces"):  # (€AbCd 1234 Ef€: each character once, a separator maybe before)
        gap = _gap(str(token.get("separators", " ")), str(token.get("break_tag", "")))
        code = rf"[a-z0-9](?:{gap}?[a-z0-9]){{{low - 1},{high - 1}}}"
    code = rf"\s*(?P<code>{code})\s*"
    return LazyPattern(f"{opening}{code}{sign}"), frozenset([*signs, *modelled])


def _priced_pattern(token: dict[str, Any]) -> LazyPattern | None:
    """A code of ``priced_length`` or more letters and digits, nothing inside, between one of
    the ``alone_with_prefix`` signs and any sign that closes a code alone (``￥VAQz99KzQVD￥``):
    a price is shorter, or stands beside a model's name or a unit with a space between
    (review 128's F5–F7)."""
    low, high = int(token.get("priced_length", 0)), int(token["max_length"])
    priced = sorted({fold_term(c) or c for c in token.get("alone_with_prefix", "")})
    if not low or not priced:
        return None
    closing = sorted({*priced, *(fold_term(c) or c for c in token.get("alone_delimiters", ""))})
    opening, sign = re.escape("".join(priced)), re.escape("".join(closing))
    return LazyPattern(rf"[{opening}]\s*(?P<code>[a-z0-9]{{{low},{high}}})\s*[{sign}]")


@dataclass(frozen=True)
class BareCodeRules:
    """Where a code without delimiters counts (see the module), and how it must be written."""

    between: LazyPattern  # "复制 … 打开<app>", the code in the group "inside"
    before: LazyPattern  # a code right before the end of a stretch (then a trigger)
    after: LazyPattern  # a code at the start of a stretch (after a trigger)
    after_name: LazyPattern  # a code's name, then the code in the group "code"
    token: LazyPattern
    reach: int
    min_capitals: int
    # a code's name right before a code ("搜索口令：PsBcdbzfFfS"): no digit needed then
    named_before: LazyPattern | None = None
    # a code in brackets the fold does not keep, the trigger words after it (the
    # [bare.brackets] table): "$VAQz99KzQVD:// 打开淘宝" (the group "sign" set), or between
    # two spaces that may be emoji as written ("🔑VAQz99KzQVD🔑 打开淘宝APP")
    bracketed: LazyPattern | None = None
    emoji_brackets: bool = False

    @classmethod
    def from_mapping(
        cls, bare: dict[str, Any], token: dict[str, Any], trigger: dict[str, Any]
    ) -> BareCodeRules:
        """Compile the ``[bare]`` table, with the token length and words of the others."""
        low, high = int(token["min_length"]), int(token["max_length"])
        code = rf"(?<![a-z0-9])[a-z0-9]{{{low},{high}}}(?![a-z0-9])"
        copy = [_word(v) for v in bare["copy_verbs"]]
        opening = [_word(v) for v in trigger["verbs"] if v not in bare["copy_verbs"]]
        apps = _apps(trigger)
        names = [_word(n) for n in trigger.get("names", [])]
        reach, gap = int(bare["reach"]), int(bare["name_gap"])
        # words that may stand between a trigger and its code: a copy verb ("打开手机淘宝，
        # 复制AbCd1234EfG"), "APP", a search ("打开闲鱼APP，搜索口令：PsBcdbzfFfS")
        leads = "|".join([*copy, *(_word(w) for w in bare.get("lead_words", []))])
        name_word = trigger.get("app_names", {}).get("word", "")
        model = rf"(?:{token['prefix']}[^\w]{{0,{gap}}})?" if token.get("prefix") else ""
        # (and the verbs that send the reader to the app, "复制…，去某宝搜": red team 102)
        going = [*opening, *(_word(w) for w in bare.get("go_verbs", []))]
        # (and how it tells the reader to copy, between the code and the verb: "长按复制")
        copy_leads = "|".join(_word(w) for w in bare.get("copy_leads", []))
        led = rf"(?:(?:{copy_leads})[^\w]{{0,{gap}}}){{0,2}}" if copy_leads else ""
        return cls(
            between=LazyPattern(
                rf"(?:{'|'.join(copy)})(?P<inside>.{{0,{reach}}}?)(?:{'|'.join(going)})"
                rf"[^\n]{{0,6}}?(?:{'|'.join(apps)})",
                re.DOTALL,
            ),
            before=LazyPattern(rf"(?P<code>{code})[^\w]{{0,{gap}}}{model}{led}$"),
            after=LazyPattern(
                rf"[^\w]{{0,{gap}}}(?:(?:{leads})[^\w]{{0,{gap}}}){{0,2}}(?P<code>{code})"
            ),
            after_name=LazyPattern(  # (or in the next table cell: "<td>淘口令</td><td>…")
                rf"(?:{'|'.join(names) or '(?!)'})(?:[^\w]{{0,{gap}}}|{HTML_CELL_GAP})"
                rf"(?P<code>{code})"
            ),
            token=LazyPattern(code),
            reach=reach,
            min_capitals=int(bare["min_capitals"]),
            named_before=(
                LazyPattern(rf"{_word(name_word)}[^\w]{{0,{gap}}}$") if name_word else None
            ),
            bracketed=_bracketed(
                bare.get("brackets", {}), code, model=model, opening=opening, apps=apps, gap=gap
            ),
            emoji_brackets=bool(bare.get("brackets", {}).get("emoji")),
        )

    def named(self, folded: str, start: int) -> bool:
        """Whether a code's name (口令) stands right before ``start``: the name says what the
        token is, so a code of letters alone counts (``闲鱼口令：PsBcdbzfFfS``)."""
        name = self.named_before
        return name is not None and name.search(folded, max(0, start - 12), start) is not None

    def spans(self, folded: str) -> Iterator[tuple[int, int, bool]]:
        """Candidate codes in folded text, by place alone (how they are written is not known),
        each with whether the place frames it as a share code (:meth:`framed_spans`)."""
        yield from self.framed_spans(folded)
        for match in self.between.finditer(folded):
            # right before the trigger ("HUZbdB7yRgH CZ3457 复制打开淘宝")
            found = self.before.search(folded, max(0, match.start() - self.reach), match.start())
            if found is not None:
                yield (*found.span("code"), False)
            # right after it ("复制下方口令打开京东：AbCd1234EfG")
            found = self.after.match(folded, match.end())
            if found is not None:
                yield (*found.span("code"), False)
        for match in self.after_name.finditer(folded):
            yield (*match.span("code"), True)

    def framed_spans(self, folded: str) -> Iterator[tuple[int, int, bool]]:
        """Candidate codes between a copy verb and "打开<app>" (``复制4BSBN3heHFN，去某宝搜``):
        the trigger's words on both sides frame the token as a share code, so the looser
        test decides (:meth:`written_like_a_code`, ``framed``)."""
        for match in self.between.finditer(folded):
            inside_start, inside_end = match.span("inside")
            for code in self.token.finditer(folded, inside_start, inside_end):
                yield (*code.span(), True)

    def written_like_a_code(
        self, written: str, *, digits: bool = True, framed: bool = False
    ) -> bool:
        """Capitals (at least ``min_capitals``), small letters and digits, all mixed — and
        not in syllables: a name written in capitalised syllables (``XiaoMi14``,
        ``HuaWeiP60``) has a vowel in every run of small letters, a random code seldom
        (``AbCd1234EfG``, ``8Hk2LmnPQ``).  ``digits=False``: none needed (after a code's
        name: ``口令：PsBcdbzfFfS``).

        ``framed``: the token stands where only a share code does — between a share code's
        delimiters with its trigger in the sentence, between "复制" and "打开<app>", right
        after a code's name (淘口令：) — and a far weaker test decides (:func:`_framed_code`;
        no digit needed, whatever ``digits`` says): the one above misses about one random
        11-character code in five (one in fourteen of those with both cases and a digit), a
        code of one capital (``^82j4Gty6uaa^``) or a syllable in
        its small letters (``淘口令：LKBJ7VK4qiQ``: red team 102)."""
        plain = unicodedata.normalize("NFKC", written)
        capitals = sum("A" <= c <= "Z" for c in plain)
        small = _SMALL_RUN.findall(plain)
        strict = (
            capitals >= self.min_capitals
            and bool(small)
            and (not digits or any(c.isdigit() for c in plain))
            and not all(_VOWELS.intersection(run) for run in small)
        )
        return strict or (framed and _framed_code(plain))  # (framed: never the stricter)


def _framed_code(plain: str) -> bool:
    """Whether a token framed as a share code is one: written in both cases and not as words
    are.  Words, names and product models (``Welcome2024``, ``TaobaoLive``, ``iPhone15Pro``,
    ``HuaWeiP60``, ``RTX4090Ti``) are syllables — each run of small letters starts the token
    or a spaced group or follows a capital, and a vowel is at least a quarter of it — in
    at most six runs of capitals, small letters and digits.  A random code mixes them more
    (``G|94|GP|3|C|35|C|4``), or puts a run of small letters after a digit (``4|qi|Q``) or
    without vowels (``wbopk``).  No digit is needed: one random code in seven has none.
    With the strict test before it (a token either takes is a code), of 10,000 random codes
    of 11 letters and digits it misses about 530 (the strict test alone: 2,100), of those
    with both cases and a digit about 300 (the strict test alone: 714): a word's
    syllables are read generously (:data:`_VOWEL_SHARE`), for a false block of a product's
    name costs more than a code now and then missed (review 70's F1)."""
    if not any("A" <= c <= "Z" for c in plain):
        return False
    small = list(_SMALL_RUN.finditer(plain))
    if not small:
        return False
    if len(_CLASS_RUN.findall(plain)) > _WORD_RUNS:
        return True
    return not all(_a_syllable(plain, run) for run in small)


def _a_syllable(plain: str, run: re.Match[str]) -> bool:
    """Whether the run of small letters ``run`` is written as a word's syllable is (see
    :func:`_framed_code`)."""
    start = run.start()
    letters = run.group()
    before = plain[start - 1 : start]
    if len(letters) == 1 and "A" <= before <= "Z" and (start == 1 or run.end() == len(plain)):
        return True  # (a name's second letter or its last syllable's: McDonald, SketchUp)
    vowels = sum(c in _SYLLABLE_VOWELS for c in letters)
    return (
        vowels * _VOWEL_SHARE >= len(letters)
        and vowels > 0
        and (not before or "A" <= before <= "Z" or not before.isalnum())
    )


_CLASS_RUN = regex("[a-z]+|[A-Z]+|[0-9]+")
# runs of one class a word or a model has at most (M|ac|B|ook|P|ro|14, H|ua|W|ei|P|60|P|ro)
_WORD_RUNS = 8
# a syllable's letters are at most this many times its vowels (Java|S|cript, S|ketch|U|p),
# y a vowel in them (review 70's F1: JavaScript, McDonald, LinkedIn, SketchUp, MacBookPro14
# and HuaWeiP60Pro between 复制 and 打开京东 were read as codes; the count of codes missed
# is in :func:`_framed_code`)
_VOWEL_SHARE = 5
_SYLLABLE_VOWELS = frozenset("aeiouy")


def _bracketed(
    brackets: dict[str, Any],
    code: str,
    *,
    model: str,
    opening: list[str],
    apps: list[str],
    gap: int,
) -> LazyPattern | None:
    """A code in the brackets of ``brackets`` (the ``[bare.brackets]`` table), then within
    ``gap`` an opening verb and an app: a sign and an end (``$…://``) in the group "sign", or
    two white spaces (emoji as written are for the caller to tell: the fold reads each as a
    space)."""
    if not brackets:
        return None
    signs = re.escape("".join(sorted({fold_term(c) or c for c in brackets.get("signs", "")})))
    ends = "|".join(re.escape(fold_term(e) or e) for e in brackets.get("ends", []))
    sign = rf"(?P<sign>[{signs}])" if signs and ends else "(?P<sign>(?!))"
    blank = r"(?<=\s)" if brackets.get("emoji") else "(?!)"
    trigger = rf"[^\w\n]{{0,{gap}}}{model}(?:{'|'.join(opening)})[^\n]{{0,6}}?(?:{'|'.join(apps)})"
    return LazyPattern(
        rf"(?:{sign}|{blank})(?P<code>{code})(?(sign)(?:{ends or '(?!)'})|(?=\s))(?={trigger})"
    )


_SMALL_RUN = regex("[a-z]+")
_SHORT_NAME = 3  # a Latin name this short (tb, jd, pdd, elm) is matched only as a word of its own
_VOWELS = frozenset("aeiou")


def _word(word: str, guards: str = "") -> str:
    """``word`` as an expression, ``guards`` (lookarounds) after its first character."""
    folded = fold_term(word)
    first, rest = re.escape(folded[:1]), [re.escape(c) for c in folded[1:]]
    if _short(word):
        # "打开TB", not "…tbx…"
        # (spaced or dotted, "打开P D D": not a run of such letters, "a p d d s")
        sep = next((re.escape(c) for c in folded if c in " .-"), "")
        around = rf"(?<![a-z0-9]{sep})" if sep else ""
        after = rf"(?!{sep}[a-z0-9])" if sep else ""
        return rf"(?<![a-z0-9]){around}{first}{guards}{''.join(rest)}(?![a-z0-9]){after}"
    return first + guards + "".join(_BETWEEN + c for c in rest)


def _weak_and_strong(trigger: dict[str, Any], apps: list[str]) -> tuple[list[str], list[str]]:
    """The apps' expressions (``apps``, in the order of ``trigger["apps"]``) split into the
    ``weak_apps`` (``jd``, ``pdd``) and the rest: the trigger is looked for again with the
    strong ones alone from the verb of a weak one, whose full name may follow (``打开JD或淘宝``,
    ``打开PDD拼多多``)."""
    weak_names = {fold_term(w) for w in trigger.get("weak_apps", [])}
    weak: list[str] = []
    strong: list[str] = []
    for name, app in zip(trigger["apps"], apps, strict=True):
        (weak if fold_term(name) in weak_names else strong).append(app)
    return weak, strong


def _weak_first(trigger: dict[str, Any], apps: list[str]) -> str:
    """The apps' alternation with the weak ones in the group ``weak``, which marks a weaker
    trigger."""
    weak, strong = _weak_and_strong(trigger, apps)
    return "|".join([f"(?P<weak>{'|'.join(weak) or '(?!)'})", *strong])


def _apps(trigger: dict[str, Any]) -> list[str]:
    """The app names as expressions; a listed word that holds one and names something else
    (``not_apps``: 京东方, a display maker) is not that app (``京东(?!方)``, ``(?<!北)京喜``);
    nor a short Latin name before a word that makes it something else (``short_not_before``:
    ``打开MT系统``, ``打开JD文档``)."""
    apps = _excluding(trigger["apps"], trigger.get("not_apps", []))
    words = [re.escape(fold_term(w)) for w in trigger.get("short_not_before", [])]
    if not words:
        return apps
    guard = rf"(?![^\w]{{0,2}}(?:{'|'.join(words)}))"
    return [
        app + guard if _short(name) else app
        for name, app in zip(trigger["apps"], apps, strict=True)
    ]


def _short(word: str) -> bool:
    """Whether ``word`` is a short Latin name (``tb``, ``jd``, ``pdd``; spaced or dotted,
    ``p d d``, ``j.d``), matched only as a word of its own (:func:`_word`)."""
    letters = fold_term(word).translate(_NAME_SEPARATORS)
    return len(letters) <= _SHORT_NAME and letters.isascii() and letters.isalnum()


_NAME_SEPARATORS = str.maketrans("", "", " .-")


def _registered(trigger: dict[str, Any], not_names: list[str]) -> list[str]:
    """The app names a mini-program's registered name may hold, as expressions: the apps but
    ``not_names``, the spellings of share texts (``桃宝``, ``tb``), which no shop registers
    and places, things and terms hold (仙桃宝典, 结核病TB防治: red team 58)."""
    dropped = {fold_term(n) for n in not_names}
    kept = [a for a in trigger["apps"] if fold_term(a) not in dropped]
    return _excluding(kept, trigger.get("not_apps", []))


def _verbs(trigger: dict[str, Any]) -> list[str]:
    """The verbs as expressions; a listed phrase that holds one says something else
    (``not_verbs``: 复制推广, the policy idiom "replicate and spread") is not that verb."""
    return _excluding(trigger["verbs"], trigger.get("not_verbs", []))


def _excluding(words: list[str], not_words: list[str]) -> list[str]:
    """``words`` as expressions, each with a lookahead that keeps out each of the
    ``not_words`` holding it, whole (京东方: ``(?!京东方)京东``; 北京东: ``(?!(?<=北)京东)京东``;
    最美团队: ``(?!(?<=最)美团队)美团`` — 美团 before 队 alone, 打开美团体检, is still 美团)."""
    others = [fold_term(w) for w in not_words]
    out: list[str] = []
    for word in words:
        name = fold_term(word)
        guards = ""
        for other in others:
            at = other.find(name)
            if at < 0 or other == name:
                continue
            # (asked after the name's first character, so that each alternative still starts
            # with a literal the regex engine skips to: a guard first cost 5x on prose)
            behind = re.escape(other[: at + 1])
            guards += rf"(?!(?<={behind}){re.escape(other[at + 1 :])})"
        out.append(_word(word, guards))
    return out


@cache
def share_code_rules() -> ShareCodeRules:
    """The shipped rules, read and compiled on first use."""
    text = (resources.files("govpub.compliance") / "data" / _DATA_FILE).read_text("utf-8")
    return ShareCodeRules.from_mapping(tomllib.loads(text))


def _delimiter(token: dict[str, Any]) -> str:
    """The expression of one delimiter: a sign of ``delimiters`` (folded), or a reference of
    ``escaped_delimiters`` — an editor's HTML writes a sign that is markup so, ``&lt;…&gt;``."""
    signs = re.escape("".join(sorted({fold_term(c) or c for c in token["delimiters"]})))
    escaped = "".join(f"|{re.escape(e)}" for e in token.get("escaped_delimiters", []))
    return rf"(?:[{signs}]{escaped})"


def token_span(match: re.Match[str]) -> tuple[int, int]:
    """The span of the token of a match of the token expression, its delimiters left out."""
    group = next(name for name in ("a", "b", "c") if match.group(name) is not None)
    return match.span(group)


def _english(
    english: dict[str, Any],
) -> tuple[LazyPattern | None, LazyPattern | None, int, LazyPattern | None]:
    """The [trigger.english] table: the apps' English names (one expression: one pass of the
    regex engine costs less than a substring search for each), the trigger (a verb and an app
    within the gap on one line, either first), the gap, and the verbs' gate
    (:func:`_verb_gate`, searched first)."""
    apps = [fold_term(a) for a in english.get("apps", [])]
    gap = int(english.get("gap", 0))
    if not apps:
        return None, None, gap, None
    verbs = [fold_term(v) for v in english["verbs"]]
    said = "|".join(verbs)
    named = "|".join(apps)
    return (
        LazyPattern(named),
        LazyPattern(
            rf"\b(?:{said})\b[^\n]{{0,{gap}}}?\b(?:{named})\b"
            rf"|\b(?:{named})\b[^\n]{{0,{gap}}}?\b(?:{said})\b"
        ),
        gap,
        _verb_gate(verbs),
    )


def _verb_gate(verbs: list[str]) -> LazyPattern | None:
    """One expression that finds any of ``verbs``, starting with a letter they all hold
    (``p`` of copy, open, paste: ``p(?:(?<=cop)y|(?<=op)en|aste)``) — an expression whose
    alternatives start with different letters tests each at every character, one that
    starts with a literal skips to it (red team 40: the apps' names of more first letters
    cost a post 0.1 ms as one expression; a verb first keeps English text's cost to a scan)."""
    if not verbs:
        return None
    shared = next((c for c in verbs[0] if all(c in verb for verb in verbs)), None)
    if shared is None:
        return LazyPattern("|".join(re.escape(verb) for verb in verbs))
    branches = []
    for verb in verbs:
        head, _, tail = verb.partition(shared)
        behind = f"(?<={re.escape(head + shared)})" if head else ""
        branches.append(behind + re.escape(tail))
    return LazyPattern(f"{re.escape(shared)}(?:{'|'.join(branches)})")
