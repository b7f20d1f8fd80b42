"""Quotations and who speaks them: a citizen's words a post reports are not the account's.

A first-person opinion term in quotation marks attributed to someone else (群众说：“我认为
公交太少”) is news, not the account's opinion (123号 四(二)).  This module finds the
quotation around a term (:func:`quotation_around`), tells whether the words that attribute it
name the account (:func:`own_voice`), and reads the two together
(:func:`reported_speech`).  It is apart because the other readers of a term's context
share its quotation: a warning quotes a scammer (:mod:`.scam_warnings`), a reported
speaker without quotation marks is read in :mod:`.opinion_prose`.
"""

from __future__ import annotations

from govpub.compliance._text import (
    LABEL_COLONS,
    OPENING_QUOTES,
    SENTENCE_END,
    run_end,
    run_start,
)

__all__ = ["REACH", "own_voice", "quotation_around", "reported_speech"]

# The speech verbs that attribute a quotation (市民说：“…”, “…”王女士表示): data for
# :func:`reported_speech` (the quotation marks, as the fold leaves them: _text.OPENING_QUOTES)
_CLOSING = frozenset(OPENING_QUOTES.values())
# where the words after a quotation that may name its speaker end: a sentence's end or the
# next quotation's opening mark
_SENTENCE_OR_QUOTE = SENTENCE_END | frozenset(OPENING_QUOTES)
_SPEECH_VERBS = (
    "说", "道", "讲", "问", "答", "称", "表示", "坦言", "感慨", "介绍", "告诉", "留言",
    "反映", "回忆", "提到", "谈到", "认为", "评价", "感叹", "写下", "写道",
)  # fmt: skip
# Who speaks in the account's own voice: a quotation of these is the post's opinion.
_OWN_VOICE = ("我", "小编", "笔者", "本人")
# 我 before these is the agency or the country (我市、我局、我们), not a person's voice
_OUR_UNITS = frozenset("们市省区县镇乡村局委院校国厅部办所司行会处站队")
_PERSONAS = ("小编", "笔者")  # the author's personas: a term naming one is never a citizen's
REACH = 80  # characters looked at around a quotation, each side


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
    quotation = quotation_around(text, start, end)
    if quotation is None:
        return False
    opened, closed = quotation
    # the speaker before the quotation: back to the sentence's start
    head = run_start(text, opened, start - REACH, SENTENCE_END)
    before = text[head:opened].rstrip(" ,，")
    if before.endswith(tuple(LABEL_COLONS)) or before.endswith(_SPEECH_VERBS):
        return not own_voice(before)
    # or after it, in the same sentence: “……”市民王女士说。
    tail = run_end(text, closed + 1, closed + 1 + REACH, _SENTENCE_OR_QUOTE)
    after = text[closed + 1 : tail]
    return any(verb in after for verb in _SPEECH_VERBS) and not own_voice(after)


def quotation_around(text: str, start: int, end: int) -> tuple[int, int] | None:
    """The quotation marks around ``text[start:end]``, closed on the same line, if any."""
    low = max(0, start - REACH)
    opened = -1
    for at in range(start - 1, low - 1, -1):
        char = text[at]
        if char in OPENING_QUOTES:
            opened = at
            break
        if char in _CLOSING or char == "\n":
            return None
    if opened < 0:
        return None
    closing = OPENING_QUOTES[text[opened]]
    closed = text.find(closing, end, min(len(text), end + 4 * REACH))
    if closed < 0 or "\n" in text[end:closed]:
        return None
    return opened, closed


def own_voice(speaker: str) -> bool:
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
