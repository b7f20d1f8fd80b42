"""Opinion words that are prose: a listed opinion term where it is no opinion of the account's.

The ``wording.opinion`` list (我认为, 小编, 尼玛, 崩溃了…) catches the account speaking its
own mind; the same characters are also other words and idioms (大小编钟, 笑呵呵, 说实话、办实事),
a name (扎西尼玛), a thing that fails (系统崩溃了), someone else's words reported without
quotation marks (志愿者小陈说，…; an interview's 王教授：…), a legal condition (个人认为…的，
可以投诉), or 123号's own ban on opinions quoted (不得擅自发布代表个人观点).
:func:`not_an_opinion` and :func:`opinion_forbidden` read those contexts; they are apart
from the term matcher (:mod:`.wording`) because they are language, not matching, and
grow with every red-team pass.
"""

from __future__ import annotations

from collections.abc import Callable

from govpub.compliance._text import (
    CLAUSE_MARKS,
    LABEL_COLONS,
    OPENING_QUOTES,
    SENTENCE_END,
    run_end,
    run_start,
    sentence_around,
)
from govpub.compliance.quoted_speech import REACH, own_voice
from govpub.compliance.regex_cache import regex

__all__ = ["not_an_opinion", "opinion_forbidden"]

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
# … unless the word goes on as the term's sentence would (小编号召大家, 老实说明明是): fix49;
# 小编钟爱这家老字号: 钟爱/钟情 after 小编 (大小编钟爱好者 is still 大小编钟, read before it)
_STILL_AFTER = {"小编": ("号召", "钟爱", "钟情"), "老实说": ("明明",)}
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
_TRANSCRIPT_SPEAKER = regex(rf"[^\n{LABEL_COLONS}，,。！？!?“”「」]{{1,8}}[{LABEL_COLONS}]")
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
_NAME_IN_SENTENCE = regex(
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
        char in OPENING_QUOTES or char in SENTENCE_END for char in text[label.end() : start]
    ):
        return False  # (群众说：“政策好。”我认为…: the account speaks after the quotation)
    speaker = label.group()[:-1]
    return not own_voice(speaker) and any(who in speaker for who in _TITLES + _THIRD_PARTIES)


def _clause_before(text: str, start: int) -> str:
    """The words of the clause before ``start``, back to a comma or a sentence end."""
    return text[run_start(text, start, start - 32, CLAUSE_MARKS) : start]


def _legal_condition(text: str, end: int) -> bool:
    """Whether the clause after ``end`` ends in 的， and a right or a duty follows it."""
    tail = run_end(text, end, end + 60, CLAUSE_MARKS)
    return (
        tail > end + 1
        and text[tail - 1] == "的"
        and text[tail : tail + 1] in ("，", ",")
        and text.startswith(_CONDITION_AFTER, tail + 1)
    )


def _said_by_another(text: str, start: int) -> bool:
    """Whether a named other speaker's 说，/表示： opens the sentence the term stands in."""
    head, _ = sentence_around(text, start, start, REACH)
    sentence = text[head:start]
    for pause in _SPEECH_THEN_PAUSE:
        at = sentence.find(pause)
        if at > 0:
            if any(mark in sentence[at:] for mark in OPENING_QUOTES):
                return False  # a quotation: reported_speech reads it (closed on its line)
            speaker = sentence[:at]
            return not own_voice(speaker) and any(p in speaker for p in _THIRD_PARTIES)
    return False


# -- the rule against opinions, quoted ---------------------------------------------------

# 123号 四(二) as a post quotes it: a ban, then publishing, then the term (不得擅自发布代表个人
# 观点、意见及情绪的言论; 严禁发表个人观点) — the rule restated, not an opinion (red team 43)
_OPINION_BANNED = regex(
    r"(?:不得(?!不)|严禁|禁止|不准|杜绝)[^。！？!?\n，,；;]{0,8}?"
    r"(?:发布|发表|刊发|转发|散布|传播)[^。！？!?\n，,；;]{0,4}$"
)


def opinion_forbidden(text: str, start: int, end: int) -> bool:
    """Whether an opinion term at ``text[start:end]`` (folded) is what a ban right before it
    forbids publishing: ``不得擅自发布代表个人观点`` quotes 123号; ``不得不说`` is no ban."""
    return _OPINION_BANNED.search(text, max(0, start - 16), start) is not None
