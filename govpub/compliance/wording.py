"""Literal term lists, all matched in one pass: one regular expression or one automaton.

Several rules are lists of literal words: personal-opinion wording (123号 四(二)
"不得擅自发布代表个人观点、意见及情绪的言论"), forced likes/shares/downloads
(123号), internal-use markers (保密关, rules.md §7), and the agency's own lists
— sensitive words and 错敏字 pairs (``错字 => 正字``) with the severity it sets.

Looping over thousands of terms with ``in`` or one regex each costs one pass per
term; an Aho-Corasick automaton (pyahocorasick) finds every occurrence of every
term in one pass over the text, whatever the number of terms.  Up to 200 terms
(the shipped lists have 80) one regular expression of them does the same pass
faster (:class:`TermMatcher`).  A policy builds its matcher once, from the
built-in lists and the configured files, and every check reuses it.  Terms and
texts are folded alike (:func:`fold_term`), so ``ＡＰＰ`` in a list matches
``app`` in a post; a term made only of ASCII letters and digits matches whole
words only (``ad`` does not match ``shadow``).
"""

from __future__ import annotations

import bisect
import re
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass
from functools import cache
from typing import Literal

import ahocorasick

from govpub.compliance._data import data_words
from govpub.compliance._text import SENTENCE_END, fold_term, sentence_around
from govpub.compliance.findings import Severity
from govpub.compliance.literal_scan import LiteralScanner, hyperscan_module, literal_scanner

__all__ = [
    "Engine",
    "Term",
    "TermMatcher",
    "alternation",
    "no_sale",
    "not_an_opinion",
    "opinion_forbidden",
    "parse_term_list",
    "reported_speech",
    "sentence_warns",
    "warned_against",
]

#: How a :class:`TermMatcher` matches: ``auto`` takes Hyperscan when it is installed
#: (:mod:`.literal_scan`), else a regular expression up to 200 terms and an automaton above.
Engine = Literal["auto", "hyperscan", "regex", "automaton"]

_PAIR = re.compile(r"\s*(?:=>|->|→|\t)\s*")
_ASCII_WORD = re.compile(r"^[a-z0-9][a-z0-9 _\-.]*$")


@dataclass(frozen=True, slots=True)
class Term:
    """A listed term and what a match means."""

    rule: str
    severity: Severity
    term: str
    suggestion: str = ""
    list_name: str = ""


def parse_term_list(text: str) -> list[tuple[str, str]]:
    """``(term, suggestion)`` pairs from a term-list file.

    One term per line; ``错字 => 正字`` (or ``->``, ``→``, a tab) gives a
    suggestion; ``#`` starts a comment line; blank lines are ignored.
    """
    out: list[tuple[str, str]] = []
    for raw in text.lstrip("\ufeff").splitlines():
        line = raw.strip()
        if not line or line.startswith("#"):
            continue
        parts = _PAIR.split(line, maxsplit=1)
        term = parts[0].strip()
        suggestion = parts[1].strip() if len(parts) > 1 else ""
        if term:
            out.append((term, suggestion))
    return out


class TermMatcher:
    """One matcher over every term of a policy; :meth:`find` scans a folded text once.

    For a long list, texts and terms go into the automaton as UTF-16 code units
    split into byte pairs (``"政务"`` → ``"\\x65\\x3f\\x52\\xa1"``).  pyahocorasick
    looks a node's transitions up one by one, so a 5,000-term list whose terms start
    with 2,000 different characters makes every character of the text cost 2,000
    comparisons at the root; split into bytes, no node has more than 256 transitions
    and the root about 80 for Chinese.  The bytes make the text twice as long,
    though, so a list with fewer first characters is matched character by
    character: the split is used only above 256 distinct first characters
    (``benchmarks/compliance.py``, docs/performance.md).

    Up to 200 terms, no automaton at all: one regular expression of the terms,
    grouped by first character and longest first, searched again one character
    after each match.  Python's regex engine skips to the terms' first characters
    at C speed; pyahocorasick steps through every character, and takes about twice
    as long on the shipped lists.

    With the ``fast`` extra installed, neither: one Hyperscan pass (:mod:`.literal_scan`)
    for any number of terms, about ten times faster than the expression on the shipped
    lists.  All three give the same matches (a property test compares them).
    """

    def __init__(self, terms: Iterable[Term], *, engine: Engine = "auto") -> None:
        grouped: dict[str, list[Term]] = {}
        for term in terms:
            key = fold_term(term.term)
            if key:
                grouped.setdefault(key, []).append(term)
        self._size = len(grouped)
        self._entries = {
            key: (len(key), _ASCII_WORD.match(key) is not None, tuple(group))
            for key, group in grouped.items()
        }
        self._pattern: re.Pattern[str] | None = None
        self._chains: dict[str, tuple[str, ...]] = {}
        # Hyperscan whenever it is installed (compiled on first use), else by size:
        # a short list is one regular expression (see the class docstring).
        if engine == "hyperscan" and hyperscan_module() is None:
            raise RuntimeError("engine='hyperscan' needs the fast extra: govpub[fast]")
        self._fast = engine == "hyperscan" or (
            engine == "auto" and self._size > 0 and hyperscan_module() is not None
        )
        self._keys = list(self._entries)
        self._scanner: LiteralScanner | None = None
        self._regex = engine == "regex" or (
            engine == "auto" and not self._fast and self._size <= _REGEX_UP_TO
        )
        # Split into bytes only when the root would have many transitions.
        self._bytes = len({key[0] for key in grouped}) > _BYTES_ABOVE
        self._automaton = ahocorasick.Automaton()
        if self._regex or self._fast:
            return
        for key, entry in self._entries.items():
            self._automaton.add_word(_encode(key) if self._bytes else key, entry)
        if grouped:
            self._automaton.make_automaton()

    def __len__(self) -> int:
        return self._size

    def _compiled(self) -> re.Pattern[str]:
        """The alternation of the terms, longest first, and each term's chain of prefixes."""
        if self._pattern is None:
            keys = sorted(self._entries, key=len, reverse=True)
            self._chains = {
                key: tuple(k for k in reversed(keys) if key.startswith(k)) for key in keys
            }
            self._pattern = re.compile(alternation(keys))
        return self._pattern

    def _find_regex(self, folded: str) -> Iterator[tuple[int, int, Term]]:
        """Every occurrence, as the automaton gives them, from searches of one expression.

        A search from ``pos`` finds the leftmost start at or after it and there the
        longest term (the alternatives go longest first); every other term that
        matches at that start is a prefix of that one.  The next search starts one
        character later, so overlapping occurrences are all found.
        """
        search = self._compiled().search
        match = search(folded)
        while match is not None:
            first = match.start()
            yield from self.occurrences(folded, first, match.group())
            match = search(folded, first + 1)

    def _find_fast(self, folded: str) -> Iterator[tuple[int, int, Term]]:
        """Every occurrence from one Hyperscan pass, in the order :meth:`_find_regex` gives."""
        if self._scanner is None:  # (the same lists in another matcher: the same database)
            self._scanner = literal_scanner(tuple(self._keys))
        return self.at_keys(folded, self._scanner.scan(folded))

    def literals(self) -> list[str] | None:
        """The folded terms for a Hyperscan pass another pass may share (:mod:`.anchors`),
        or ``None`` when this matcher does not use Hyperscan; :meth:`at_keys` reads its hits."""
        return self._keys if self._fast and self._size else None

    def at_keys(self, folded: str, hits: list[tuple[int, int]]) -> Iterator[tuple[int, int, Term]]:
        """The terms of ``(start, index into literals())`` hits, as :meth:`find` gives them:
        by start, and at one start the shorter term first."""
        keys, entries = self._keys, self._entries
        for first, index in sorted(hits, key=lambda hit: (hit[0], entries[keys[hit[1]]][0])):
            length, whole_word, group = entries[keys[index]]
            if whole_word and not _whole_word(folded, first, first + length):
                continue
            for term in group:
                yield first, first + length, term

    def alternation(self) -> str | None:
        """The expression of the terms, or ``None`` when the list is matched by the automaton.

        Another pass may run it among its own alternatives (:mod:`.anchors`): where one of
        them matches, :meth:`is_key` tells whether it was a term's.
        """
        if not self._size or not self._regex:
            return None  # (Hyperscan or the automaton: find() makes its own pass)
        return self._compiled().pattern

    def is_key(self, found: str) -> bool:
        """Whether ``found``, a match of :meth:`alternation`, is a term (folded)."""
        return found in self._chains

    def occurrences(self, folded: str, first: int, found: str) -> Iterator[tuple[int, int, Term]]:
        """The terms of a match of :meth:`alternation` at ``first``, as :meth:`find` gives them.

        ``found`` is the longest term there; every other term that starts there is a
        prefix of it (its chain, shortest first, as the automaton ends them).
        """
        entries = self._entries
        for key in self._chains[found]:
            length, whole_word, group = entries[key]
            if whole_word and not _whole_word(folded, first, first + length):
                continue
            for term in group:
                yield first, first + length, term

    def find(self, folded: str) -> Iterator[tuple[int, int, Term]]:
        """Every occurrence of every term: ``(start, end, term)`` in the folded text."""
        if not self._size:
            return
        if self._fast:
            yield from self._find_fast(folded)
            return
        if self._regex:
            yield from self._find_regex(folded)
            return
        if not self._bytes:
            for last, (length, whole_word, group) in self._automaton.iter(folded):
                first = last + 1 - length
                if whole_word and not _whole_word(folded, first, last + 1):
                    continue
                for term in group:
                    yield first, last + 1, term
            return
        encoded = _encode(folded)
        astral: list[int] = []
        if len(encoded) != 2 * len(folded):  # characters outside the BMP take two units
            astral = [m.start() + k for k, m in enumerate(_ASTRAL.finditer(folded))]
        for last, (length, whole_word, group) in self._automaton.iter(encoded):
            first_byte = last + 1 - 2 * length
            if first_byte % 2:
                continue  # straddles two code units: not a match of characters
            unit = first_byte // 2
            start = unit - bisect.bisect_left(astral, unit) if astral else unit
            end = start + length
            if whole_word and (
                (start > 0 and folded[start - 1].isascii() and folded[start - 1].isalnum())
                or (end < len(folded) and folded[end].isascii() and folded[end].isalnum())
            ):
                continue
            for term in group:
                yield start, end, term


_ASTRAL = re.compile("[\U00010000-\U0010ffff]")
_BYTES_ABOVE = 256  # distinct first characters
_REGEX_UP_TO = 200  # terms: up to this many, one regular expression beats the automaton


def alternation(keys: list[str]) -> str:
    """The terms as one expression that matches the longest term at a position.

    Grouped by first character (``我(?:认为|个人觉得)|…``): at a character that
    starts a term only that character's terms are tried, twice as fast as one flat
    alternation of every term.  Within a group the longer terms come first, and a
    one-character term is the group's optional tail.
    """
    groups: dict[str, list[str]] = {}
    for key in sorted(keys, key=len, reverse=True):
        groups.setdefault(key[0], []).append(key[1:])
    parts: list[str] = []
    for first, rests in groups.items():
        tails = "|".join(re.escape(rest) for rest in rests if rest)
        if not tails:
            parts.append(re.escape(first))
        else:
            parts.append(f"{re.escape(first)}(?:{tails}){'?' if '' in rests else ''}")
    return "|".join(parts)


def _whole_word(folded: str, start: int, end: int) -> bool:
    """An ASCII term stands alone: no ASCII letter or digit right before or after it."""
    before = folded[start - 1] if start > 0 else ""
    after = folded[end] if end < len(folded) else ""
    return not (before.isascii() and before.isalnum()) and not (after.isascii() and after.isalnum())


def _encode(text: str) -> str:
    """UTF-16 code units as pairs of byte-valued characters (see :class:`TermMatcher`)."""
    return text.encode("utf-16-be", "surrogatepass").decode("latin-1")


# -- reported speech ------------------------------------------------------------------

# Quotation marks as the fold leaves them, and the speech verbs that attribute a quotation
# (市民说：“…”, “…”王女士表示): data for :func:`reported_speech`.
_QUOTES = {"“": "”", "「": "」", "『": "』"}
_CLOSING = frozenset(_QUOTES.values())
_SPEECH_VERBS = (
    "说", "道", "讲", "问", "答", "称", "表示", "坦言", "感慨", "介绍", "告诉", "留言",
    "反映", "回忆", "提到", "谈到", "认为", "评价", "感叹", "写下", "写道",
)  # fmt: skip
# Who speaks in the account's own voice: a quotation of these is the post's opinion.
_OWN_VOICE = ("我", "小编", "笔者", "本人")
# 我 before these is the agency or the country (我市、我局、我们), not a person's voice
_OUR_UNITS = frozenset("们市省区县镇乡村局委院校国厅部办所司行会处站队")
_PERSONAS = ("小编", "笔者")  # the author's personas: a term naming one is never a citizen's
_REACH = 80  # characters looked at around a quotation, each side


def reported_speech(text: str, start: int, end: int) -> bool:
    """Whether ``text[start:end]`` (folded) stands in a quotation attributed to a speaker.

    A first-person opinion in a citizen's words (群众说：“我认为公交太少”, “我觉得方便多了。”
    市民王女士说) is news the post reports, not the account's own opinion (123号 四(二)).
    The quotation must be closed on the same line, and introduced by a colon or a speech
    verb (说、表示、留言…) or followed by one in the same sentence; a speaker in the
    account's own voice (我、小编、笔者、本人) makes it the post's opinion again, so does a
    term naming the author's persona (小编认为 inside the quotation), and an
    unattributed quotation (“我认为……”这样的句式) is not reported speech.
    """
    if any(persona in text[start:end] for persona in _PERSONAS):
        return False  # 小编、笔者: the account's persona, in a quotation or not
    quotation = _quotation(text, start, end)
    if quotation is None:
        return False
    opened, closed = quotation
    low = max(0, start - _REACH)
    # the speaker before the quotation: back to the sentence's start
    head = opened
    while head > low and text[head - 1] not in SENTENCE_END:
        head -= 1
    before = text[head:opened].rstrip(" ,，")
    if before.endswith(":") or before.endswith(_SPEECH_VERBS):
        return not _own_voice(before)
    # or after it, in the same sentence: “……”市民王女士说。
    tail = closed + 1
    stop = min(len(text), tail + _REACH)
    while tail < stop and text[tail] not in SENTENCE_END and text[tail] not in _QUOTES:
        tail += 1
    after = text[closed + 1 : tail]
    return any(verb in after for verb in _SPEECH_VERBS) and not _own_voice(after)


def _quotation(text: str, start: int, end: int) -> tuple[int, int] | None:
    """The quotation marks around ``text[start:end]``, closed on the same line, if any."""
    low = max(0, start - _REACH)
    opened = -1
    for at in range(start - 1, low - 1, -1):
        char = text[at]
        if char in _QUOTES:
            opened = at
            break
        if char in _CLOSING or char == "\n":
            return None
    if opened < 0:
        return None
    closing = _QUOTES[text[opened]]
    closed = text.find(closing, end, min(len(text), end + 4 * _REACH))
    if closed < 0 or "\n" in text[end:closed]:
        return None
    return opened, closed


def _own_voice(speaker: str) -> bool:
    """Whether the words that attribute a quotation name the account (我说, 笔者表示).

    我 before a unit is the agency's (我市市民说, 我局负责人表示): not a person's voice.
    """
    if any(voice in speaker for voice in _OWN_VOICE[1:]):
        return True
    at = speaker.find("我")
    while at >= 0:
        if speaker[at + 1 : at + 2] not in _OUR_UNITS:
            return True
        at = speaker.find("我", at + 1)
    return False


# -- opinion words that are prose -----------------------------------------------------

# What marks 尼玛 as a name right after or before it (see _CURSE below)
_NAME_AFTER = (
    "县", "乡", "镇", "村", "同志", "等", "书记", "主任", "老师", "医生", "、", "（藏", "(藏",
    "表示", "介绍", "告诉",
    "次仁", "扎西", "卓玛", "多吉", "顿珠", "罗布", "旺堆", "央宗", "拉姆", "平措", "措姆",
    "曲珍", "旺姆", "玉珍", "次旦", "卓嘎", "德吉", "欧珠", "坚参", "桑布", "加布",
)  # fmt: skip
_NAME_BEFORE = (
    "、", "扎西", "达瓦", "次仁", "多吉", "格桑", "索朗", "旦增", "丹增", "洛桑", "次旦",
    "普布", "边巴", "强巴", "顿珠", "白玛", "央金", "德吉", "拉巴", "巴桑", "罗布", "平措",
    "米玛", "嘎玛", "贡布", "益西", "旺堆", "群培", "才旦", "阿旺", "土登", "加央",
)  # fmt: skip
# A neighbour that makes an opinion term part of another word or an idiom: the characters
# right after it (大小编钟, 缩小编制, 无语音播报, 空气死角; 说实话、办实事 is a slogan) …
_PROSE_AFTER = {
    "小编": ("钟", "制", "码", "组", "号"),  # 小编号 (fix49)
    "无语": ("音", "言", "种"),
    "气死": ("角",),
    "说实话": ("、", "办实事"),
    # 讲真话、办实事; 讲真理 (red team 49); 讲真正的故事, 讲真实, 讲真本事, 讲真格 (fix49);
    # 讲真心话 is speaking from the heart, a 政务 phrase (同群众讲真心话)
    "讲真": ("话", "理", "情", "相", "心", "知", "正", "实", "诚", "本", "格"),
    "老实说": ("话", "明"),  # 老实说话、老实做事 (red team 49); 老实说明情况 (fix49)
    "不得不说": ("明", "服"),  # 对此不得不说明以下几点: 说明, a verb of its own
    "尼玛": _NAME_AFTER,  # 尼玛县, 尼玛次仁, 尼玛同志 (fix49)
}
# … unless the word goes on as the term's sentence would (小编号召大家, 老实说明明是): fix49
_STILL_AFTER = {"小编": ("号召",), "老实说": ("明明",)}
# … and right before it (笑呵呵 describes a smile, 空气死角 a corner no air reaches)
_PROSE_BEFORE = {
    "小编": ("大", "缩", "减", "最", "较"),  # 最小编号 (red team 49)
    "呵呵": ("笑", "乐"),
    "气死": ("空", "氧", "废", "毒", "沼", "燃"),
    "气炸": ("煤", "燃", "沼", "氢", "然", "瓦斯", "空"),  # (空气炸锅)
    "说实话": ("、",),
    "我感觉": ("自",),  # 克服自我感觉良好的心态 (red team 49)
    "尼玛": _NAME_BEFORE,  # 扎西尼玛, 扎西、尼玛 (fix49)
}
# Others whose words a post reports (网友吐槽, 志愿者小陈说，…): the speaker named in the
# clause or sentence before the term is not the account
_THIRD_PARTIES = (
    "网友", "网民", "市民", "群众", "居民", "村民", "游客", "乘客", "消费者", "家长",
    "志愿者", "负责人", "专家", "代表", "老师", "医生", "女士", "先生", "大爷", "大妈",
    "阿姨", "师傅", "工作人员", "有人", "被", "遭",
)  # fmt: skip
_CLAUSE_END = frozenset("，,；;：:。！？!?\n")
_SPEECH_THEN_PAUSE = tuple(
    verb + mark for verb in ("说", "表示", "坦言", "介绍") for mark in "，,:"
)
# 震惊 is the account's cry only as a headline's (震惊！, 震惊了！): 感到震惊, 地震惊醒 report
_CRIED = ("！", "!", "了！", "了!")
# 人气愤 is the account's only as 令人气愤, 让人气愤 (not 老人气愤地说, 商人气愤地反映)
_ANGERED = "人气愤"
_ANGERING = ("令", "让", "使", "叫")
# an interview's transcript: a speaker's name or title and a colon open the line
# (王教授：我认为…; 记者：…), the words are the speaker's, not the account's
_TRANSCRIPT_REACH = 200
_TRANSCRIPT_SPEAKER = re.compile(r"[^\n：:，,。！？!?“”「」]{1,8}[：:]")
_TITLES = (
    "教授", "记者", "主持人", "嘉宾", "局长", "主任", "书记", "院长", "研究员", "厅长",
    "部长", "校长", "经理", "董事长",
)  # fmt: skip
# 真心点赞 with others as its subject right before it (受到群众真心点赞, 赢得网友的真心点赞)
# reports their praise; the account's own is 为…真心点赞 (red team 49)
_PRAISED = "真心点赞"
_PRAISED_TAIL = ("的", "们", "纷纷", "都")
# 尼玛 is also the commonest Tibetan name (扎西尼玛, 尼玛次仁) and a county (尼玛县): a name
# only where something marks one (red team 49; listed since fix49, as any ideograph beside it
# let the curse through: 尼玛这政策, 什么尼玛政策) — a place or a title after it, another part
# of a Tibetan name beside it, a list of names, or a person's particulars or a Tibetan place
# in its sentence (尼玛，男，藏族; 尼玛的家在那曲). The neighbours (_NAME_AFTER, _NAME_BEFORE)
# are read through _PROSE_AFTER/_PROSE_BEFORE, the sentence here.
_CURSE = "尼玛"
_NAME_IN_SENTENCE = re.compile(
    r"藏族|同志|年生|出生|\d岁|西藏|那曲|拉萨|日喀则|昌都|林芝|山南|阿里|牧民|"
    r"[，,、（(]\s*[男女]\s*[，,、）)]"
)
_NAME_REACH = 40
# 崩溃了 is the author's feelings with the author as its subject (我崩溃了, 我的防线崩溃了), a
# mind's (心理防线崩溃了) with nobody else named, or no subject in its clause (真的崩溃了！);
# with another subject it reports a thing that fails (系统崩溃了, 股市崩溃了, 电网崩溃了) or
# someone else's breakdown (犯罪嫌疑人心理防线崩溃了). Was a list of things that fail (fix49).
_BROKE = "崩溃了"
_AUTHOR = ("我", "小编", "本人", "笔者", "俺", "咱", "整个人")
_MIND = ("心理", "情绪", "心态", "内心", "精神", "心情")
# a clause of perceiving with no subject (看到这个消息崩溃了) is the author's
_PERCEIVED = ("看到", "看完", "听到", "听完", "得知", "想到", "一看", "一听")
_OTHER_PEOPLE = ("嫌疑人", "当事人", "被告", "他", "她", "对方")
_ADVERBS = "都也就又快要已经彻底直接真的简直太完全瞬间当场再次"
# 个人认为…的，有权…: 个人 (or 本人) is the subject of a legal condition, not the author
_CONDITION_AFTER = ("有权", "可以", "可", "应当", "依法")


def not_an_opinion(text: str, start: int, end: int) -> bool:
    """Whether an opinion term at ``text[start:end]`` (folded) is no opinion of the account's.

    A neighbour makes it another word or an idiom (大小编钟, 笑呵呵, 说实话、办实事); someone
    named before it says it (网友吐槽的问题, 志愿者小陈说，这次服务让我觉得…: reported speech
    without quotation marks); 个人认为 or 本人认为 opens a legal condition (个人认为其权益受到
    侵害的，可以投诉), where 个人 is whoever the law speaks of; 尼玛 is in a name (扎西尼玛);
    or 崩溃了 is said of a thing or of someone else (系统崩溃了).
    """
    term = text[start:end]
    if term == "震惊" and not text.startswith(_CRIED, end):
        return True
    if term == _ANGERED and not text.endswith(_ANGERING, 0, start):
        return True  # 老人气愤地说: someone angry, reported
    if (
        text.startswith(_PROSE_AFTER.get(term, ()), end)
        and not text.startswith(_STILL_AFTER.get(term, ()), end)
    ) or text.endswith(_PROSE_BEFORE.get(term, ()), 0, start):
        return True
    others = _OTHERS_SAY.get(term)
    if others is not None:
        return others(_clause_before(text, start))
    if (
        (term == _CURSE and _in_a_name(text, start, end))
        or (term == _BROKE and _someone_else_broke(_clause_before(text, start)))
        or (term.startswith(("个人", "本人")) and _legal_condition(text, end))
    ):
        return True
    return _said_by_another(text, start) or _transcript_line(text, start)


def _praised_by_others(clause: str) -> bool:
    """Whether the clause before 真心点赞 ends with others as its subject (受到群众, 网友纷纷),
    not the account praising them (为志愿者们的付出)."""
    subject = clause
    while subject.endswith(_PRAISED_TAIL):
        subject = subject[: -1 if subject.endswith(("的", "们", "都")) else -2]
    return "为" not in clause and subject.endswith(_THIRD_PARTIES)


def _named_in(clause: str) -> bool:
    """Whether another party is named in the clause before 吐槽 (网友吐槽的问题)."""
    return any(party in clause for party in _THIRD_PARTIES)


# the terms others say in the post's reports, with the test of the clause before them
_OTHERS_SAY: dict[str, Callable[[str], bool]] = {
    "吐槽": _named_in,
    _PRAISED: _praised_by_others,
}


def _someone_else_broke(clause: str) -> bool:
    """Whether the clause before 崩溃了 has a subject other than the author: a thing
    (系统, 股市) or another person whose mind broke (犯罪嫌疑人心理防线), not a mind or a
    perceiving with nobody named (心理防线, 看到这个消息)."""
    subject = clause.rstrip(_ADVERBS + " ")
    if not subject or any(author in clause for author in _AUTHOR):
        return False
    if any(word in clause for word in _MIND + _PERCEIVED):
        return any(other in clause for other in _OTHER_PEOPLE + _THIRD_PARTIES)
    return True


def _in_a_name(text: str, start: int, end: int) -> bool:
    """Whether 尼玛 at ``text[start:end]`` is a name by its sentence: a person's particulars
    or a Tibetan place in it (尼玛，男，藏族; 尼玛的家在那曲).  Its neighbours (尼玛县,
    扎西尼玛, 扎西、尼玛) are read as any term's, in ``_PROSE_AFTER``/``_PROSE_BEFORE``; an
    ideograph beside it is no sign: 尼玛这政策, 什么尼玛政策 are the curse."""
    head, tail = sentence_around(text, start, end, _NAME_REACH)
    return _NAME_IN_SENTENCE.search(text, head, tail) is not None


def _transcript_line(text: str, start: int) -> bool:
    """Whether the term's line opens with another speaker's name and a colon (王教授：…).

    Looked for within ``_TRANSCRIPT_REACH`` characters: the term must stand in the speaker's
    first sentence (no sentence end between), and a search back to the start of every
    term's line made a long line quadratic (王教授：离谱… of 40,000 characters took 27 s)."""
    low = max(0, start - _TRANSCRIPT_REACH)
    newline = text.rfind("\n", low, start)
    if newline == -1 and low:
        return False  # the line starts further back than any first sentence runs
    line = newline + 1
    label = _TRANSCRIPT_SPEAKER.match(text, line, start)
    if label is None or any(
        char in _QUOTES or char in SENTENCE_END for char in text[label.end() : start]
    ):
        return False  # (群众说：“政策好。”我认为…: the account speaks after the quotation)
    speaker = label.group()[:-1]
    return not _own_voice(speaker) and any(who in speaker for who in _TITLES + _THIRD_PARTIES)


def _clause_before(text: str, start: int) -> str:
    """The words of the clause before ``start``, back to a comma or a sentence end."""
    head = start
    while head > max(0, start - 32) and text[head - 1] not in _CLAUSE_END:
        head -= 1
    return text[head:start]


def _legal_condition(text: str, end: int) -> bool:
    """Whether the clause after ``end`` ends in 的， and a right or a duty follows it."""
    tail, stop = end, min(len(text), end + 60)
    while tail < stop and text[tail] not in _CLAUSE_END:
        tail += 1
    return (
        tail > end + 1
        and text[tail - 1] == "的"
        and text[tail : tail + 1] in ("，", ",")
        and text.startswith(_CONDITION_AFTER, tail + 1)
    )


def _said_by_another(text: str, start: int) -> bool:
    """Whether a named other speaker's 说，/表示： opens the sentence the term stands in."""
    head, _ = sentence_around(text, start, start, _REACH)
    sentence = text[head:start]
    for pause in _SPEECH_THEN_PAUSE:
        at = sentence.find(pause)
        if at > 0:
            if any(mark in sentence[at:] for mark in _QUOTES):
                return False  # a quotation: reported_speech reads it (closed on its line)
            speaker = sentence[:at]
            return not _own_voice(speaker) and any(p in speaker for p in _THIRD_PARTIES)
    return False


# -- the rule against opinions, quoted ---------------------------------------------------

# 123号 四(二) as a post quotes it: a ban, then publishing, then the term (不得擅自发布代表个人
# 观点、意见及情绪的言论; 严禁发表个人观点) — the rule restated, not an opinion (red team 43)
_OPINION_BANNED = re.compile(
    r"(?:不得(?!不)|严禁|禁止|不准|杜绝)[^。！？!?\n，,；;]{0,8}?"
    r"(?:发布|发表|刊发|转发|散布|传播)[^。！？!?\n，,；;]{0,4}$"
)


def opinion_forbidden(text: str, start: int, end: int) -> bool:
    """Whether an opinion term at ``text[start:end]`` (folded) is what a ban right before it
    forbids publishing: ``不得擅自发布代表个人观点`` quotes 123号; ``不得不说`` is no ban."""
    return _OPINION_BANNED.search(text, max(0, start - 16), start) is not None


# -- a shop search without a sale ------------------------------------------------------

# What makes a search in a shopping app a sale (淘宝搜索“某某旗舰店”领取优惠), looked for in
# the rest of the sentence: a shop, buying, a coupon.
_SALE_WORDS = (
    "店", "买", "购", "下单", "领券", "优惠", "同款", "商品", "折扣", "包邮",
    "商城", "专卖", "专营", "药房", "旗舰",
    # a share text's tail ("点击链接直接打开 或者 淘宝搜索直接打开"): its link stripped, it
    # still sends readers to search the 「product」 it names
    "直接打开",
)  # fmt: skip
_SEARCH = "搜索"
# After 搜索, words that make the search a thing reported on, not an instruction
_SEARCH_AS_A_THING = (
    "量", "数据", "指数", "热度", "热词", "排行", "榜", "结果显示", "引擎", "功能", "算法", "框",
)  # fmt: skip


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
    if text.startswith(_SEARCH_AS_A_THING, end):
        return True  # the search itself is the subject: 淘宝搜索数据显示, 京东搜索量
    return not _sells(text, end)


def _sells(text: str, end: int) -> bool:
    """Whether the rest of the sentence after ``end`` holds a shop, buying or a coupon."""
    stop = min(len(text), end + 40)
    tail = end
    while tail < stop and text[tail] not in SENTENCE_END:
        tail += 1
    sentence = text[end:tail]
    return any(word in sentence for word in _SALE_WORDS)


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


# -- a quoted phrase the post warns against ----------------------------------------------


@cache
def _warning_cues() -> tuple[str, ...]:
    """The words of ``data/warning_cues.txt``, folded."""
    return data_words("warning_cues.txt")


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
    """
    quotation = _quotation(text, start, end)
    if quotation is None:
        return False
    opened, closed = quotation
    head = opened
    low = max(0, opened - _REACH)
    while head > low and text[head - 1] not in SENTENCE_END:
        head -= 1
    heading = head == 0 or text[head - 1] == "\n"
    tail = _sentence_after(text, closed + 1, heading=heading)
    after = text[closed + 1 : tail]
    if _KIND_OF_MESSAGE.search(text, opened, tail):
        after += text[tail : _sentence_after(text, tail + 1, heading=False)]
    return _holds_warning(text[head:opened] + "|" + after)


def sentence_warns(text: str, head: int, tail: int) -> bool:
    """Whether the sentence ``text[head:tail]`` (folded) holds a warning cue, not negated:
    selling cues there are the bait it names (部分微商以“宝妈创业”“月入过万”为诱饵，骗取
    加盟费), not a pitch (red team 46)."""
    return _holds_warning(text[head:tail])


def _holds_warning(sentence: str) -> bool:
    """Whether ``sentence`` holds a cue of ``data/warning_cues.txt``, not negated."""
    return any(_cue_in(sentence, cue) for cue in _warning_cues())


# a quotation named as an example of a kind of message (“…”之类的信息, “…”这类短信): the
# sentences after it say what the kind is (red team 43)
_KIND_OF_MESSAGE = re.compile("[”」』](?:之类|这类|此类|一类)")


def _sentence_after(text: str, tail: int, *, heading: bool) -> int:
    """Where the sentence going on at ``tail`` ends; a heading's reads on into the first
    sentence below it, past blank lines."""
    stop = min(len(text), tail + _REACH)
    while tail < stop and (text[tail] not in SENTENCE_END or (heading and text[tail] == "\n")):
        if heading and text[tail] == "\n":
            heading = False  # a heading's quotation: into the next line that holds text
            while tail + 1 < stop and text[tail + 1] in "\n \u3000":
                tail += 1
        tail += 1
    return tail


# what negates a cue right before it: 不骗人, 没有虚假宣传, 不是骗局 (not 不法骗子)
_NEGATIONS = ("不", "没", "无", "非", "不是", "没有", "并非", "绝非")


def _cue_in(sentence: str, cue: str) -> bool:
    """Whether ``cue`` stands in ``sentence`` not negated (骗局, not 不骗人 or 不是骗局)."""
    at = sentence.find(cue)
    while at >= 0:
        if not sentence.endswith(_NEGATIONS, 0, at):
            return True
        at = sentence.find(cue, at + 1)
    return False
