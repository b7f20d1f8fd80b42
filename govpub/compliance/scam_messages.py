"""A scam's message quoted without quotation marks: its 【】 sign, its label, a warning after it.

A 反诈 post gives a scam SMS in its 【】 sign, most often without quotation marks (red team 80,
fix 102): after a label and its colon (骗子发来的信息：【限时秒杀】全网最低价…, 如收到以下短信，
请立即删除：【…】…), on the lines below a label that ends its line (骗子发来的短信原文如下：⏎【…】…,
a blockquote, a numbered list's items), or opening a line a warning ends (【限时秒杀】全网最低价
——收到这样的短信，千万别信，这是骗局！; a title: 【限时秒杀】全网最低价？当心是骗局！).  The sales
words in it are then the bait a warning names (:mod:`.scam_warnings`), as in a quotation.  Apart
because it reads how a post sets out a message — its line, the label above its block, a
blockquote's rows — which no other warning reader needs, and its own word lists
(``data/scam_message_*.txt``).
"""

from __future__ import annotations

import re
from functools import cache

from govpub.compliance._data import data_words
from govpub.compliance._text import LABEL_COLONS, NEGATIONS, SENTENCE_END, alternation, run_start
from govpub.compliance.quoted_speech import REACH
from govpub.compliance.regex_cache import regex
from govpub.compliance.sales_cues import speaks_as_a_shop

__all__ = ["in_a_scam_message"]

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
_SIGN = regex(f"【[^【】\n]{{1,{_SIGN_LENGTH}}}】")
# a shop's caution to its buyers, no warning of the message before it (认准官方，谨防受骗;
# 以防被骗): 受骗, 被骗, 防骗, 防诈 are not read after a message
_GUARDED = regex("[防受被](?:诈骗|骗|诈)")
_SPACES = " \t\u3000"
_LABEL_STOPS = SENTENCE_END | frozenset(LABEL_COLONS)
# what may open a line before a message: spaces, a blockquote's >, a hashtag (#反诈#), a list
# item's number or bullet (1. 2、 （3） -)
_NUMBER = "(?:[0-9]{1,2}|[一二三四五六七八九十]{1,3})"
_ITEM = f"(?:{_NUMBER}[.、．)）]|[（(]{_NUMBER}[)）]|[-*•·])"
_LINE_MARKS = regex(f"(?:[{_SPACES}>]|#[^#\n]{{1,20}}#|{_ITEM})*")
_BLOCK_ROW = regex(f"[{_SPACES}]*(?:>|{_ITEM})")
_QUOTE_MARKS = regex(f"[{_SPACES}]*>[{_SPACES}>]*")
_SENTENCE_ENDS = regex("[" + re.escape("".join(sorted(SENTENCE_END))) + "]")
_MESSAGE_CLAUSE = regex("[^，,、；;：:！!？?。.\n—…]+")


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
    return regex(alternation(list(_message_cues())))


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
_DENIED_AFTER = regex("(?:一律|根本|完全|绝对|从来|压根|并|都|是){0,3}不存在")
_ASKED = ("？", "?")
_PLEDGED = regex("[就便则包]?赔(?![进了掉光上惨本])")
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


_SENT_BY_OTHERS = regex("他人(?=发来|发送|发的|转发)")


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
    before it (:data:`.NEGATIONS`, as a warning cue) or after it, no condition of a pledge, and
    删除 of a message or of nothing named (fix 112)."""
    at = clause.find(cue)
    while at >= 0:
        rest = clause[at + len(cue) :]
        if not (
            clause.endswith(NEGATIONS, 0, at)
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


def in_a_scam_message(text: str, start: int, end: int) -> bool:
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
