"""淘口令 and other e-commerce share codes: ad copy that cannot be stripped from prose.

123号: 政务新媒体 "不得刊登商业广告" (rules.md §3 R-NO-ADS, §8).  A share code —
``€g1IVbaMXxxK€``, ``￥AbCd1234Ef￥``, ``「VAQz99KzQVD」`` — opens a product page
when a reader copies it and opens the shopping app; it is an ad link in disguise,
but cutting it out of a sentence would leave the sentence broken, so it blocks.

A delimited token alone is too common to block on (document numbers, codes in
brackets), so it counts only near a trigger: "复制…打开淘宝/天猫/京东", or the
code's own name ("淘口令：￥AbCd1234Ef￥"; not 口令 alone, any password).  The
delimiters, the token length, the window and the trigger words are data
(``data/share_codes.toml``), not code: the formats change, and they are not
published by the platforms (UNCONFIRMED beyond the examples in rules.md §8).
A code without delimiters (``复制口令 8Hk2LmnPQ 打开拼多多``) looks like any word of
letters and digits, so it counts only where nothing else fits (the ``[bare]`` table):
written with capitals, small letters and digits mixed — at least two capitals, as a
random code is and a model number (``CZ3457``, ``iPhone15``), an all-capital code, a
name in capitalised syllables (``XiaoMi14``) or a 文号 is not — *and* standing between
"复制" and "打开<app>", right before or after a whole "复制…打开<app>" trigger (a model
code may stand between), or right after a code's name (``淘口令：AbCd1234EfG``).
Case is read in the text as written: the fold lowers it.

Texts are folded first (:mod:`govpub.compliance.folding`), so ``《…《``,
full-width letters, traditional characters (``復制``, ``打開``) and spaced-out
words need no patterns of their own; symbols between the characters of a
trigger word (``复·制``, ``淘♂寳``, ``淘👉宝``) are allowed.

A number to search for in 支付宝 (``支付宝搜索 12345678 领红包``, the ``[search_code]``
table) is a 红包码 whose sharer earns a commission when it is used: affiliate promotion. A
government service is searched for by its name (``支付宝搜索“浙里办”``) and a hotline has
five digits (``12345``): neither is one.

A WeChat mini-program link written as text, ``#小程序://京东购物/AbCd12x``, is a share
code when its name holds a shopping app's (the ``[mini_program]`` table); a government
service's (``#小程序://国家政务服务平台/…``) is not.

The rules are compiled from that data in :mod:`.share_code_rules`; the codes that need no
trigger are found in :mod:`.untriggered_codes`; this module finds the triggers and the
codes near them.
"""

from __future__ import annotations

import bisect
import re
import unicodedata
from collections.abc import Callable, Iterator, Sequence
from itertools import chain

from govpub.compliance.folding import Folded
from govpub.compliance.regex_cache import regex
from govpub.compliance.share_code_rules import (
    BareCodeRules,
    ShareCodeRules,
    share_code_rules,
    token_span,
)
from govpub.compliance.spans import Spans
from govpub.compliance.untriggered_codes import alone_codes, mini_programs, search_codes, whole_code

__all__ = ["ShareCodeRules", "find_share_codes", "share_code_rules"]


def find_share_codes(
    folded: str,
    written: Callable[[int, int], str] | None = None,
    *,
    signs: Sequence[int] | None = None,
    rules: ShareCodeRules | None = None,
    whole: bool = False,
    original: tuple[str, Folded] | None = None,
) -> Iterator[tuple[int, int]]:
    """Spans of share codes in folded text near a trigger: "copy, then open the app", or a
    code's own name (淘口令); or between two of the ``alone_delimiters``.  ``whole``: the
    text is all a QR code holds, so a delimited token that is the whole text, written as a
    random code is, counts without a trigger (nothing else around it to tell it from one).

    ``written(start, end)`` gives a folded span as the editor wrote it: codes without
    delimiters, and codes between those signs, are read only with it (their case tells
    them from model numbers and words).  ``signs``: where those signs stand, if the caller
    found them already (:func:`~govpub.compliance.anchors.find_anchors`).  ``rules``: other
    rules than the shipped ones (tests).  ``original``: the text as written and the fold's
    map of it, where an emoji standing for a character of an app's name is read
    (``打开🍑宝``: :func:`_standin_triggers`).
    """
    rules = rules or share_code_rules()
    yield from mini_programs(rules, folded)
    yield from search_codes(rules, folded)
    alone = list(alone_codes(rules, folded, written, signs)) or whole_code(
        rules, folded, written, whole
    )
    yield from alone
    app_named = [*_app_named_codes(rules, folded), *_reward_triggers(rules, folded)]
    english = _english_triggers(rules, folded) if written is not None else []
    # every trigger starts with a verb's or a name's first character: skip most texts
    if not app_named and not english and not any(c in folded for c in rules.first_characters):
        return
    app_named += _app_signs(rules, folded)  # (its copy verb is a verb: past that test)
    matches = list(rules.trigger.finditer(folded))
    standins = _standin_reads(rules, folded, original)
    others = [*app_named, *_standin_triggers(rules, folded, standins)]
    # a token of capitals and digits alone counts only in the sentence of a trigger that
    # names its app by more than a weak name: "复制岗位编号后打开JD文档（JD2024ABC01）"
    # is a job description's number (red team 12; JD, PDD: red team 61)
    strong = _strong_spans(rules, folded, matches)
    named = sorted({*(m.span() for m in matches), *strong, *others})
    triggers = _Triggers(named).starts
    in_order = _Triggers([*strong, *others])
    if not triggers and not english:
        return
    delimited = list(alone)
    without_trigger = Spans(alone)
    for match in rules.token.finditer(folded):
        token = match.group("a") or match.group("b") or ""
        if (
            not token
            and match.group("c") is not None
            and (
                _letter_spaced_before(rules, folded, match, triggers)
                or _spaced_code(rules, match, written, framed=_at_hand(in_order, folded, match))
            )
        ):
            token = match.group("c")
        if not any("a" <= c <= "z" for c in token):
            continue
        start, end = match.span()
        if (
            without_trigger.overlap(start, end)
            or _labelled(rules, folded, start)
            or _a_topic(rules, folded, match, written, in_order)
        ):
            continue  # (found without a trigger; a model number, a one-time code; a topic)
        # a trigger within the window (the triggers are in order: the first at or after
        # start - window is the nearest candidate)
        if (
            _near(triggers, start, rules.window)
            and (written is None or _in_a_triggers_sentence(in_order, folded, match, written))
        ) or (
            _near(english, start, rules.window)
            and written is not None
            and rules.bare is not None
            and rules.bare.written_like_a_code(written(*token_span(match)))
        ):
            delimited.append((start, end))
            yield start, end
    if rules.bare is None or written is None:
        return
    codes = Spans(delimited)
    seen: set[tuple[int, int]] = set()
    for start, end, framed in chain(
        rules.bare.spans(folded),
        _standin_codes(rules.bare, standins),
        ((*span, False) for span in _after(rules.bare, named, folded)),
        ((*span, False) for span in _bracketed(rules.bare, folded, written)),
    ):
        if (start, end) in seen or codes.overlap(start, end) or _labelled(rules, folded, start):
            continue  # (a labelled number, 复制订单号（ZF2026Ab0001）打开支付宝查询: red team 62)
        seen.add((start, end))
        after_name = rules.bare.named(folded, start)
        if rules.bare.written_like_a_code(
            written(start, end), digits=not after_name, framed=framed or after_name
        ):
            yield start, end


def _bracketed(
    bare: BareCodeRules, folded: str, written: Callable[[int, int], str]
) -> Iterator[tuple[int, int]]:
    """Codes in brackets the fold does not keep, the trigger words after them (the
    ``[bare.brackets]`` table): ``$VAQz99KzQVD:// 打开淘宝``, and ``🔑VAQz99KzQVD🔑 打开淘宝APP``
    — the fold reads each emoji as a space, so a code between two spaces counts only where
    both were emoji as written (review 62, fix98c)."""
    if bare.bracketed is None:
        return
    for match in bare.bracketed.finditer(folded):
        start, end = match.span("code")
        if match.group("sign") is not None or (
            bare.emoji_brackets
            and _emoji(written(start - 1, start))
            and _emoji(written(end, end + 1))
        ):
            yield start, end


def _emoji(written: str) -> bool:
    """Whether ``written`` is an emoji (or another pictograph): symbols only, a variation
    selector, a joiner or a skin tone with them."""
    symbols = [c for c in written if c not in _EMOJI_PARTS]
    return bool(symbols) and all(unicodedata.category(c) in _SYMBOLS for c in symbols)


_EMOJI_PARTS = frozenset("\ufe0f\ufe0e\u200d")
_SYMBOLS = frozenset({"So", "Sk"})


def _strong_spans(
    rules: ShareCodeRules, folded: str, matches: Sequence[re.Match[str]]
) -> list[tuple[int, int]]:
    """The spans of the triggers that name their app by a strong name.  A trigger stops at the
    first app after its verb: where that is a weak name (``打开JD或淘宝``, ``打开PDD拼多多``,
    ``复制【…】打开mt美团``) a strong one right after it is looked for again from the same verb,
    or the verb was used up and the strong trigger lost (a review of red team 61)."""
    strong: list[tuple[int, int]] = []
    for match in matches:
        if not match.group("weak"):
            strong.append(match.span())
        elif rules.strong_trigger is not None:
            again = rules.strong_trigger.match(folded, match.start())
            if again is not None:
                strong.append(again.span())
    return strong


_Read = tuple[str, list[int], list[int]]  # a stretch read again, each character's folded span


def _standin_triggers(
    rules: ShareCodeRules, folded: str, reads: Sequence[_Read]
) -> list[tuple[int, int]]:
    """Triggers whose app is named with an emoji standing for one of its characters
    (``打开🍑宝``, ``打开咸🐟APP``, ``打开拼🐶🐶``: the ``[trigger.standins]`` table), in the
    stretches read again around such emoji (:func:`_standin_reads`)."""
    found: set[tuple[int, int]] = set()
    for chars, starts, ends in reads:
        found.update(
            (starts[match.start()], ends[match.end() - 1])
            for match in rules.trigger.finditer(chars)
            if any(
                starts[i] == ends[i] or folded[starts[i]] != chars[i] for i in range(*match.span())
            )
        )
    return sorted(found)


def _standin_codes(
    bare: BareCodeRules | None, reads: Sequence[_Read]
) -> Iterator[tuple[int, int, bool]]:
    """Codes without delimiters between "复制" and an app named with a stand-in
    (``复制6GhdVXwqqL8打开🍑宝``: red team 102), in the stretches read again around such emoji
    (:func:`_standin_reads`), as folded spans."""
    if bare is None:
        return
    for chars, starts, ends in reads:
        for start, end, framed in bare.framed_spans(chars):
            yield starts[start], ends[end - 1], framed


def _standin_reads(
    rules: ShareCodeRules, folded: str, original: tuple[str, Folded] | None
) -> list[_Read]:
    """The stretches of ``folded`` around the emoji that stand for a character of an app's
    name (the ``[trigger.standins]`` table) read again, each emoji as its character.

    The fold reads every emoji as a space, so "打开🍑宝" is "打开宝", no app.  Only around
    each such emoji of the text as written is the folded text read again, the emoji as its
    character (blanks beside it closed up: ``咸 🐟 APP``); a text without one pays a
    substring test, which costs nothing on a text with no character beyond the BMP."""
    if original is None or not rules.standins:
        return []
    text, fold = original
    # folded offset → (offset as written, character, whether it took the emoji's place)
    put: dict[int, list[tuple[int, str, bool]]] = {}
    for emoji, char in rules.standins:
        places = []
        at = text.find(emoji)
        while at >= 0:
            places.append(at)
            at = text.find(emoji, at + len(emoji))
        for at, index in zip(places, fold.folded_indexes(places), strict=True):
            put.setdefault(index, []).append((at, char, fold.original(index) == at))
    reads: list[_Read] = []
    for low, high in _standin_ranges(rules, folded, put):
        chars, starts, ends = _read_standins(folded, low, high, put)
        reads.append(("".join(chars), starts, ends))
    return reads


_STANDIN_BEFORE = 40  # folded characters read before a stand-in for the verb (the gap: 30)
_STANDIN_AFTER = 8  # …and after it for the rest of the app's name (拼🐶🐶, 咸 🐟 APP)


def _standin_ranges(
    rules: ShareCodeRules, folded: str, put: dict[int, list[tuple[int, str, bool]]]
) -> list[tuple[int, int]]:
    """The stretches of ``folded`` to read again around the stand-ins ``put`` there: each
    from ``_STANDIN_BEFORE`` before one to ``_STANDIN_AFTER`` after, those that
    overlap merged, so that each character is read once — a text of "打开🐶" repeated read
    each verb again for each of the dozen emoji near it, 250 µs an emoji (a review of red team
    61) — and none around a stand-in with no character of an app's name beside it
    (:func:`_beside_a_partner`) or no verb's first character before it (a C-level search):
    no trigger can hold it."""
    first = regex(f"[{re.escape(''.join(sorted(rules.first_characters)))}]")
    ranges: list[tuple[int, int]] = []
    for index in sorted(put):
        low = max(0, index - _STANDIN_BEFORE)
        if (
            not _beside_a_partner(rules, folded, index, put)
            or first.search(folded, low, index) is None
        ):
            continue
        high = min(len(folded), index + _STANDIN_AFTER)
        if ranges and low <= ranges[-1][1]:
            ranges[-1] = (ranges[-1][0], max(ranges[-1][1], high))
        else:
            ranges.append((low, high))
    return ranges


def _beside_a_partner(
    rules: ShareCodeRules, folded: str, index: int, put: dict[int, list[tuple[int, str, bool]]]
) -> bool:
    """Whether a character that stands beside a stand-in's in an app's name (宝 for 🍑, 东 or
    拼 for 🐶) stands within ``_PARTNER_REACH`` of the stand-in at ``index`` (symbols may
    stand between: 🍑♂宝), or another stand-in of one beside it (拼🐶🐶)."""
    partners = rules.standin_partners
    near = folded[max(0, index - _PARTNER_REACH) : index + _PARTNER_REACH + 1]
    if not partners.isdisjoint(near) or len(put[index]) > 1:
        return True
    return any(
        char in partners for other in (index - 1, index + 1) for _, char, _ in put.get(other, ())
    )


_PARTNER_REACH = 3  # folded characters between a stand-in and the rest of its name (🍑♂ 宝)


def _read_standins(
    folded: str, low: int, high: int, put: dict[int, list[tuple[int, str, bool]]]
) -> tuple[list[str], list[int], list[int]]:
    """``folded[low:high]`` with the stand-ins' characters put where their emoji stood
    (in place of the space it folded to, or before the next character when it was
    removed) and the blanks right beside them dropped; with each character's folded span."""
    chars: list[str] = []
    starts: list[int] = []
    ends: list[int] = []
    placed: set[int] = set()  # positions in ``chars`` of the stand-ins' characters
    for index in range(low, high + 1):
        in_place = False
        for _, char, kept in sorted(put.get(index, ())):
            while chars and chars[-1].isspace() and len(chars) - 1 not in placed:
                del chars[-1], starts[-1], ends[-1]
            placed.add(len(chars))
            chars.append(char)
            starts.append(index)
            ends.append(index + 1 if kept else index)
            in_place = in_place or kept
        if index == high or in_place:
            continue
        char = folded[index]
        if char.isspace() and chars and len(chars) - 1 in placed:
            continue
        chars.append(char)
        starts.append(index)
        ends.append(index + 1)
    return chars, starts, ends


class _Triggers:
    """The spans of a text's triggers in order, those near a token found by bisection: a
    page of share codes names thousands, and asking each of every token was quadratic."""

    __slots__ = ("longest", "spans", "starts")

    def __init__(self, named: Sequence[tuple[int, int]]) -> None:
        self.spans = sorted(named)
        self.starts = [start for start, _ in self.spans]
        self.longest = max((end - start for start, end in self.spans), default=0)

    def near(self, start: int, end: int, reach: int) -> list[tuple[int, int]]:
        """The triggers that overlap ``[start, end)`` or stand within ``reach`` of it."""
        low = bisect.bisect_left(self.starts, start - reach - self.longest)
        return self.spans[low : bisect.bisect_right(self.starts, end + reach)]


def _in_a_triggers_sentence(
    named: _Triggers,
    folded: str,
    match: re.Match[str],
    written: Callable[[int, int], str],
) -> bool:
    """Whether a token written with no small letter stands in the sentence of a trigger.

    A share code is random letters of both cases; capitals and digits alone are as often a
    project's or a document's number (采购意向's ``【SWJ2026A001】``, a sentence or a table row
    away from "市民打开淘宝…搜索"), so such a token counts only with no sentence end between it
    and the trigger (``复制【ABCD1234EF】打开淘宝``; red team 43).  Any other token: the window."""
    token = written(*token_span(match))
    if any("a" <= c <= "z" for c in unicodedata.normalize("NFKC", token)):
        return True
    if _at_hand(named, folded, match):
        return True
    start, end = match.span()
    return any(
        t_start >= end and _a_sentence_of_its_own(folded, match, token, folded[end:t_start])
        for t_start, _ in named.near(start, end, _SENTENCE_REACH)
    )


def _at_hand(named: _Triggers, folded: str, match: re.Match[str]) -> bool:
    """Whether a trigger stands in the sentence of the delimited token ``match``: within
    ``_SENTENCE_REACH`` of it with no sentence end between, or around it (``复制【…】打开淘宝``).
    There the delimiters and the trigger frame the token as a share code, and a far weaker
    test than the one for a token anywhere near a trigger tells it from a word (red team 102:
    :meth:`BareCodeRules.written_like_a_code`, ``framed``)."""
    start, end = match.span()
    for t_start, t_end in named.near(start, end, _SENTENCE_REACH):
        if t_start < end and start < t_end:
            return True
        between = folded[t_end:start] if t_end <= start else folded[end:t_start]
        if len(between) <= _SENTENCE_REACH and not _SENTENCE_ENDS.intersection(between):
            return True
    return False


def _a_sentence_of_its_own(folded: str, match: re.Match[str], token: str, between: str) -> bool:
    """Whether the token is a sentence by itself, written as a random code is, and the
    trigger's sentence comes next (``「G94GP3C35C4」。复制后打开淘宝``: the copy the trigger asks
    for is that token; red team 91) — not a number at the end of a sentence of words
    (``项目编号【SWJ2026A001】。``), a project's number in a table's cell or a number shaped as
    one is, letters then a year and a serial (``【HBZC2025001】。打开淘宝APP…``: review 53).
    The sentence may end in a doubled stop or a semicolon (``」。。复制…``, ``」；复制…``) and a
    paragraph's tags may stand around it (``<p>「…」。</p><p>复制…``: left 27a)."""
    gap = _TAGS.sub("", between).strip()
    if not (
        (0 < len(gap) <= _MOST_ENDS and _CODE_ENDS.issuperset(gap)) or (not gap and "\n" in between)
    ):
        return False
    if len(_RUNS.findall(token)) < _RANDOM_RUNS or _YEAR.search(token) is not None:
        return False
    start = match.start()
    before = _TAGS.sub("", folded[max(0, start - _SENTENCE_REACH) : start]).rstrip(" \t\u3000")
    return not before or before[-1] in _CODE_ENDS or before[-1] == "\n"


_SENTENCE_ENDS = frozenset("。！？!?；;\n|")  # (a table's cell border too)
_SENTENCE_REACH = 64  # characters a token and its trigger may stand apart in one sentence
_STOPS = frozenset("。｡.!！?？")
# what may end a code's sentence of its own: a stop, doubled maybe, or a semicolon
_CODE_ENDS = _STOPS | frozenset("；;")
_MOST_ENDS = 3
# a tag of the markup (a paragraph's </p><p>): no text of the sentences around it
_TAGS = regex("<[^<>\n]{0,80}>")
# (a random code's letters and digits alternate: G|94|GP|3|C|35|C|4; a serial's do not,
# HBZC|2025|001)
_RUNS = regex(r"[A-Za-z]+|[0-9]+")
_RANDOM_RUNS = 5
_YEAR = regex(r"(?<![0-9])(?:19|20)[0-9]{2}(?![0-9])")


def _near(triggers: list[int], start: int, window: int) -> bool:
    """Whether a trigger of ``triggers`` (in order) starts within ``window`` of ``start``: the
    first at or after ``start - window`` is the nearest candidate."""
    near = bisect.bisect_left(triggers, start - window)
    return near < len(triggers) and triggers[near] <= start + window


def _english_triggers(rules: ShareCodeRules, folded: str) -> list[int]:
    """Where English triggers start ("open the Taobao app", "paste … in Tmall"): found from
    the apps' names, each a plain substring search, then a verb looked for on the line
    around (the [trigger.english] table)."""
    pattern, gap, apps = rules.english_trigger, rules.english_gap, rules.english_app
    if pattern is None or apps is None:
        return []
    if rules.english_verb is not None and rules.english_verb.search(folded) is None:
        return []  # (no verb: no trigger, whatever apps are named)
    found: set[int] = set()
    for app in apps.finditer(folded):
        at, end = app.span()
        # (not a label of a host or a path's word: s.click.taobao.com, /taobao/)
        if folded[at - 1 : at] not in _IN_ADDRESS and folded[end : end + 1] not in _IN_ADDRESS:
            low, high = max(0, at - gap - 8), min(len(folded), end + gap + 8)
            found.update(m.start() for m in pattern.finditer(folded, low, high))
    return sorted(found)


_IN_ADDRESS = frozenset("./=_-")


_LABEL_REACH = 12  # how far before a token a label may start (校验码 and two symbols)


def _app_named_codes(rules: ShareCodeRules, folded: str) -> list[tuple[int, int]]:
    """Spans of "<app>口令" (``闲鱼口令``, ``美团口令``, ``掏口令``): a code's name, found from
    the word they end in, so that the trigger's scan needs no stop at each app's first
    character (the ``[trigger.app_names]`` table)."""
    word, before = rules.app_name_word, rules.app_name_before
    if not word or before is None:
        return []
    # found from its last character: one character is found at memchr speed (0.7 µs per
    # 20,000 characters), two together 30 times slower
    last, head = word[-1], word[:-1]
    found: list[tuple[int, int]] = []
    end = folded.find(last) + 1
    while end > 0:
        at = end - len(word)
        if at >= 0 and folded.startswith(head, at):
            name = before.search(folded, max(0, at - rules.app_name_reach), at)
            if name is not None:
                found.append((name.start(), end))
        end = folded.find(last, end) + 1
    return found


def _app_signs(rules: ShareCodeRules, folded: str) -> list[tuple[int, int]]:
    """Spans of a shopping app's sign and a copy verb after it (``【淘宝】复制``: the ``[trigger]
    app_signs``), a share text's head that names its app before the code (red team 84's K1);
    read only where a sign's closing bracket stands (a substring test)."""
    sign = rules.app_sign
    if sign is None or not any(end in folded for end in rules.app_sign_ends):
        return []
    return [match.span() for match in sign.finditer(folded)]


def _reward_triggers(rules: ShareCodeRules, folded: str) -> list[tuple[int, int]]:
    """Spans of Alipay's own share text up to its reward (``#吱口令#长按复制此条消息，打开
    支付宝领红包``: the ``[bare.reward]`` table), read only where the reward's word stands (a
    substring test: most texts pay nothing); and a copy verb before "打开支付宝/云闪付" whose
    code is named 口令 or delimited before the reward (``复制口令AbCd1234XyZ打开支付宝``: its
    ``copied_to``), read only where one of those apps stands."""
    found: list[tuple[int, int]] = []
    # (one character is found at memchr speed, a word of three 10 times slower: 17 µs in a
    # post of 20,000 characters — each word's last character is looked for first)
    word = rules.reward_word
    if rules.reward is not None and word[-1:] in folded and word in folded:
        found = [match.span() for match in rules.reward.finditer(folded)]
    if rules.copied is not None and any(c in folded for c in rules.copied_from):
        for app in rules.copied_to:
            if app[-1] in folded and app in folded:
                found += [match.span() for match in rules.copied.finditer(folded)]
                break
    return found


def _a_topic(
    rules: ShareCodeRules,
    folded: str,
    match: re.Match[str],
    written: Callable[[int, int], str] | None,
    named: _Triggers,
) -> bool:
    """Whether the token ``match`` is between two ``topic_delimiters`` (``#…#``, a Weibo
    topic) and not written as a random code is (the ``[bare]`` test): ``#315Shopping#``
    is a topic, ``#AbCd1234Ef#`` a JD 口令.  With a trigger of ``named`` in its sentence
    (:func:`_at_hand`) the looser test decides (``#7vud7c8D4qr# 复制后打开淘宝``,
    ``^82j4Gty6uaa^ 复制打开淘宝``), but not between the signs markup writes round words
    (``[doge][AbCdEfGh]``)."""
    start, end = match.span()
    if (
        folded[start] not in rules.topic_signs
        or folded[end - 1] not in rules.topic_signs
        or rules.bare is None
        or written is None
    ):
        return False
    inner = folded[start + 1 : end - 1]
    lead = len(inner) - len(inner.lstrip())
    token = written(start + 1 + lead, end - 1).strip()
    # (markup's brackets hold words of every shape: [doge], {userId})
    markup = folded[start] in rules.markup_signs or folded[end - 1] in rules.markup_signs
    framed = not markup and _at_hand(named, folded, match)
    return not rules.bare.written_like_a_code(token, framed=framed)


def _labelled(rules: ShareCodeRules, folded: str, start: int) -> bool:
    """Whether a word right before the token at ``start`` says what it is: ``型号（CZ3457AB12）``,
    ``验证码【AbCd1234】`` (the ``labels`` of the ``[token]`` table)."""
    label = rules.label_before
    if label is None:
        return False
    return label.search(folded, max(0, start - _LABEL_REACH), start) is not None


def _after(
    bare: BareCodeRules, names: Sequence[tuple[int, int]], folded: str
) -> Iterator[tuple[int, int]]:
    """A code without delimiters right after a trigger or an "<app>口令", a copy verb maybe
    between (``打开手机淘宝，复制AbCd1234EfG``, ``闲鱼口令：AbCd1234EfG``)."""
    for _, end in names:
        found = bare.after.match(folded, end)
        if found is not None:
            yield found.span("code")


_RIGHT_AFTER = 2  # spaces a trigger "right after" a token may stand from it


def _letter_spaced_before(
    rules: ShareCodeRules, folded: str, match: re.Match[str], triggers: list[int]
) -> bool:
    """Whether a token with separators inside is spaced letter by letter (``W k e n z p U e U
    2 i``), of a code's length without them, between its delimiters with a trigger right
    after (``【W k e n z p U e U 2 i】复制后打开天猫``): the code spaced out, read as the same
    token unspaced is, whatever its letters (red team 78's sweep; fix 93).  Words spaced
    (``【Hello World】``, pinyin, a book title) are not."""
    end = match.end()
    after = bisect.bisect_left(triggers, end)
    if (
        after == len(triggers)
        or triggers[after] - end > _RIGHT_AFTER
        or folded[end : triggers[after]].strip()
    ):
        return False  # (no trigger right after the closing delimiter, spaces maybe between)
    spaced = match.group("c")
    if not _letter_by_letter(rules, spaced):
        return False
    low, high = rules.lengths
    return low <= (len(spaced) + 1) // 2 <= high


def _spaced_code(
    rules: ShareCodeRules,
    match: re.Match[str],
    written: Callable[[int, int], str] | None,
    *,
    framed: bool = False,
) -> bool:
    """Whether a token with spaces inside (``AbCd 1234Ef``) is a code: of a code's length
    without them, and written as a random code is (:meth:`BareCodeRules.written_like_a_code`):
    words between brackets (``《Taobao Live》``, ``(see 2024 report)``) are not.  ``framed``:
    a trigger is in its sentence, and the looser test decides, its groups read as they are
    written (``￥DT9e 4vab sbc￥复制打开淘宝``: red team 102) — not for a token spaced letter by
    letter, which counts only right before its trigger (:func:`_letter_spaced_before`)."""
    low, high = rules.lengths
    if written is None or rules.bare is None:
        return False
    if not low <= len(rules.joined(match.group("c"))) <= high:
        return False
    if framed and not _letter_by_letter(rules, match.group("c")):
        shown = rules.unbroken(written(*match.span("c")))
        return rules.bare.written_like_a_code(shown, framed=True)
    return rules.bare.written_like_a_code(rules.joined(written(*match.span("c"))))


def _letter_by_letter(rules: ShareCodeRules, spaced: str) -> bool:
    """Whether ``spaced`` is one letter, one separator, one letter … (``W k e n z p U e U 2 i``)."""
    return all(spaced[i] in rules.separators for i in range(1, len(spaced), 2))
