"""Who makes a demand to like, share, follow or download: the agency, or a scammer a 反诈
notice reports.

A demand is 123号's forced engagement only when the post's author makes it.  A 反诈 notice
reports the scam's own demand (不法分子冒充客服，…要求消费者下载陌生APP: red team 64), and
an agency warns of scammers while asking its own (为防范不法分子，各单位务必组织全员关注本
公众号并转发: reviews 13, 15).  :func:`scam_demands` reads the sentence before the demand
for who asks — a plea (请), a purpose (为防范…), a scam act and its actor (冒充, 自称), the
scam as a topic (近期冒充公检法诈骗多发), who is asked (您 or 各单位) — reviews 13 to 20.
"""

from __future__ import annotations

from functools import cache

from govpub.compliance._data import data_words
from govpub.compliance._text import (
    CLAUSE_MARKS,
    CLOSING_QUOTES,
    STATEMENT_END,
    run_end,
    run_start,
)
from govpub.compliance.folding import CJK_UNIFIED
from govpub.compliance.holds import occurrences
from govpub.compliance.regex_cache import regex

__all__ = ["scam_demands"]

_REACH_SCAM = 60  # characters read back from a demand for who makes it


@cache
def _scam_actors() -> tuple[str, ...]:
    """The words of ``data/scam_actors.txt``."""
    return data_words("scam_actors.txt")


@cache
def _scam_guards() -> tuple[str, ...]:
    """The words of ``data/scam_guards.txt`` (防范, 谨防, 绝无…)."""
    return data_words("scam_guards.txt")


@cache
def _scam_states() -> tuple[str, ...]:
    """The words of ``data/scam_states.txt`` (猖獗, 活跃…): the scammers described, not acting."""
    return data_words("scam_states.txt")


@cache
def _scam_victims() -> tuple[str, ...]:
    """The words of ``data/scam_victims.txt`` (您, 受害人, 群众…): whom a scammer asks."""
    return data_words("scam_victims.txt")


@cache
def _own_askees() -> tuple[str, ...]:
    """The words of ``data/own_askees.txt`` (各单位, 全员, 职工, 每位…): whom an agency asks."""
    return data_words("own_askees.txt")


@cache
def _own_things() -> tuple[str, ...]:
    """The words of ``data/own_things.txt`` (本公众号, 本文, 我局…)."""
    return data_words("own_things.txt")


_GUARD_GAP = 2  # characters allowed between a guard and the scammer's word (防范各类不法分子)
_CLAUSE_MARKS = "，,、：:"


def scam_demands(folded: str, demand: int, start: int, end: int, *, sentence_end: int) -> bool:
    """Whether the sentence before the demand at ``demand`` names a scammer as the one who
    demands the act at ``folded[start:end]`` (不法分子冒充客服，…要求消费者下载陌生APP):
    reported, not the agency's demand.  Never for the agency's own account or text, nor the
    state's 反诈 app (关注本公众号, 转发本文, 下载国家反诈中心APP: reviews 13, 16), nor a demand
    said with 请 (请您务必…: the agency's own plea).  A scammer in the demand's own clause asks
    (骗子会要求您…); after a purpose clause (为防范…, 为防止…) the agency does (review 16);
    a scam act said before it (冒充, 假扮, 自称, 以…为由) makes the scammer the one who asks,
    whoever is asked (不法分子冒充公司领导，要求员工…: review 16); otherwise the agency's own
    (各单位, 全员, 职工, 每位: ``data/own_askees.txt``) are asked by the agency (review 15),
    and a scammer not warned of, denied or only described (为防范不法分子…; 绝无假冒; 假冒必究;
    骗子猖獗: ``data/scam_states.txt``) asks, or one named again (他们会要求您…); a 但 ends
    the scammer's reach (所谓…纯属谣言，但要求…).  A victim a case names masked (孙某某, 李女士)
    is asked as 受害人 is, and a case report's 对方 after a call or a scam act (接到陌生电话，
    对方称…，要求赵某某下载…) asks (fix 99).  The act's sentence ends at ``sentence_end``."""
    act_clause = folded[demand : run_end(folded, end, sentence_end, "，,")]
    if any(own in act_clause for own in _own_things()):
        return False
    head = _after_but(folded, _sentence_start(folded, demand, demand - _REACH_SCAM), demand)
    actors = [
        (at, actor) for actor in _scam_actors() for at in occurrences(folded, actor, head, demand)
    ]
    said = _said_in_the_demand(folded, head, demand, actors)
    if said is not None:
        return said
    asked = folded[demand:start]
    warned = any(word in asked for word in _scam_victims()) or _masked_victim(folded, demand, start)
    if _scam_act(folded, head, demand, actors, warned=warned) or _caller_asks(folded, head, demand):
        return True
    if any(own in asked for own in _own_askees()):
        return False
    return any(
        not _guarded(folded, head, at, at + len(actor))
        and not folded.startswith(_scam_states(), at + len(actor))
        and not _in_a_topic(folded, at, demand)
        for at, actor in actors
    )


# a victim a case report names masked (孙某某, 赵某, 李女士, 王先生: red team 80) right after the
# demand's word (要求孙某某…, 须赵某…), not a thing of 某 (某某软件, 某日) nor the demand's own
# second character (要求某某…)
_MASKED_NAME = regex(
    f"(?![一在于向从的被为某其求必律制行织员动促令人体位])[{CJK_UNIFIED}]某某?"
    "(?![网店公司企业商平台软件款个些种类日月年地处])"
    f"|(?![某其])[{CJK_UNIFIED}](?:女士|先生)"
)


def _masked_victim(folded: str, demand: int, start: int) -> bool:
    """Whether a masked name stands right after the demand word at ``demand`` (one character,
    须, or two, 要求), before the act at ``start`` (not 要求全体职工通过某某App…)."""
    return any(_MASKED_NAME.match(folded, at, start) is not None for at in (demand + 1, demand + 2))


# the caller a case report tells of (接到陌生电话，对方称…; 来电, 自称, 冒充: red team 80)
_CALLER = "对方"
_CALL_CUES = ("电话", "来电", "自称", "冒充", "假冒", "假扮", "伪装成")


def _caller_asks(folded: str, head: int, demand: int) -> bool:
    """Whether 对方 before the demand is a case report's caller (赵某某接到陌生电话，对方称其
    快递丢失，要求赵某某下载某软件): a call or a scam act (:data:`_CALL_CUES`) said before it,
    in its sentence or the one before (…接到“公安局民警”电话…。对方要求孙某某下载…)."""
    at = folded.rfind(_CALLER, head, demand)
    if at < 0:
        return False
    sentence = _sentence_start(folded, demand, demand - _REACH_SCAM)
    low = _sentence_start(folded, sentence - 1, sentence - 1 - _REACH_SCAM) if sentence else 0
    before = folded[low:at]
    return any(cue in before for cue in _CALL_CUES)


def _in_a_topic(folded: str, at: int, demand: int) -> bool:
    """Whether the scammer named at ``at`` is part of a topic clause (不法分子冒充银行客服行骗
    猖獗，要求辖区居民…): the crime is what the clause speaks of, the agency asks (review 19)."""
    end = run_end(folded, at, demand, CLAUSE_MARKS)
    act = _SCAM_ACT.search(folded, at, end)
    return act is not None and _a_topic(folded, _demand_clause(folded, 0, at), act.end(), demand)


def _said_in_the_demand(
    folded: str, head: int, demand: int, actors: list[tuple[int, str]]
) -> bool | None:
    """Who asks, where the words around the demand tell (review 16): the agency where it
    pleads (近期不法分子冒充公检法，请您务必…) or names its purpose (为防止群众被不法分子欺骗，
    要求市民…), a scammer standing in the demand's own clause (骗子会要求您下载…); else None."""
    clause = _demand_clause(folded, head, demand)
    if _PLEA in folded[clause:demand]:
        return False
    if any(
        at >= clause and not _guarded(folded, head, at, at + len(actor)) for at, actor in actors
    ):
        return True
    if any(word in folded[clause:demand] for word in _THEY) and any(
        not _guarded(folded, head, at, at + len(actor)) for at, actor in actors
    ):
        return True  # 近期骗子活跃，他们会要求您…: the scammers named before, asking
    if _PURPOSE.search(folded, head, demand):
        return False
    return None


_PLEA = "请"
# the scammers named before, as the subject of the demand's clause (他们会要求您…)
_THEY = ("他们", "对方")
# a purpose clause before the demand: the agency guards against the scam it names
_PURPOSE = regex("为(?:了)?(?:防范|防止|预防|打击|严防|避免|保护)")
# a scam act, its actor's deed (冒充客服, 以退款为由), not one warned of after it (假冒必究)
_SCAM_ACT = regex("(?<!被)(?:冒充|假冒|假扮|伪装成|自称|冒用|以[^，,。；;！？!?]{1,12}为[由名])")


def _demand_clause(folded: str, head: int, demand: int) -> int:
    """Where the clause holding the demand at ``demand`` starts (not before ``head``)."""
    return run_start(folded, demand, head, CLAUSE_MARKS)


def _scam_act(
    folded: str, head: int, demand: int, actors: list[tuple[int, str]], *, warned: bool
) -> bool:
    """Whether a scam act (冒充, 假扮, 自称, 以…为由) stands between ``head`` and the demand,
    not one followed by a guard (假冒必究: review 15); one warned of in its clause (谨防…冒充,
    严禁冒用, 绝无假冒) only where a victim is asked (请当心骗子冒充客服，要求您…: ``warned``).
    The act makes the scammer ask only where a victim is asked or its actor is its subject
    (不法分子冒充…, 对方自称…, 骗子利用…，冒充…); an act named as the topic (近期冒充公检法
    诈骗多发，要求全体职工…) leaves the asking to the agency (review 17)."""
    for act in _SCAM_ACT.finditer(folded, head, demand):
        if folded.startswith(_scam_guards(), act.end()):
            continue
        start = _demand_clause(folded, head, act.start())
        clause = folded[start : act.start()]
        if not warned and (
            _a_topic(folded, start, act.end(), demand)
            or not _acted_by(folded, head, start, act.start(), actors)
        ):
            continue
        if warned or not any(guard in clause for guard in _scam_guards()):
            return True
    return False


# a clause that names the scam as the topic of what follows: opened so (针对…, 鉴于…, 近期…,
# 为防范…) or the act named as a crime's kind after it (冒充客服实施诈骗, 冒充公检法诈骗仍呈
# 高发态势: review 18)
_TOPIC_OPENINGS = ("针对", "鉴于", "近期", "为防范")
_TOPIC_AFTER = ("诈骗", "多发", "高发", "猖獗", "频发", "增多", "案件")
# what the scammer says (称其涉嫌洗钱案件, 以…为由): a topic word after it is the pretext, not
# the post's topic (review 20)
_PRETEXT = regex("称|涉嫌|涉及|为由")


def _a_topic(folded: str, clause: int, act_end: int, demand: int) -> bool:
    """Whether the clause starting at ``clause`` names the scam act ending at ``act_end`` as
    its topic (:data:`_TOPIC_OPENINGS`, :data:`_TOPIC_AFTER`), whoever it names as the
    actor: the agency's own then decide who asks (review 18)."""
    if folded.startswith(_TOPIC_OPENINGS, clause):
        return True
    end = run_end(folded, act_end, demand, CLAUSE_MARKS)
    span = _PRETEXT.split(folded[act_end:end], maxsplit=1)[0]
    return any(word in span for word in _TOPIC_AFTER)


def _acted_by(folded: str, head: int, clause: int, act: int, actors: list[tuple[int, str]]) -> bool:
    """Whether a scammer is the subject of the act at ``act`` whose clause starts at
    ``clause``: one named in its clause before it (不法分子冒充…, 对方自称…), or in the
    sentence before where the act opens its clause (骗子利用…，冒充…)."""
    low = clause if act > clause else head
    if any(word in folded[low:act] for word in _THEY):
        return True
    return any(low <= at < act and not _SCAM_ACT.match(actor) for at, actor in actors)


_BUT = "但"


def _after_but(folded: str, head: int, demand: int) -> int:
    """Where the words before the demand start after the last 但 (但是, not 不但) between
    ``head`` and it: what comes before 但 is set against the demand, not its speaker."""
    at = folded.rfind(_BUT, head, demand)
    while at > head and folded[at - 1] == "不":
        at = folded.rfind(_BUT, head, at)
    return at + 1 if at >= 0 else head


def _guarded(folded: str, head: int, at: int, end: int) -> bool:
    """Whether a guard of ``data/scam_guards.txt`` ends at most :data:`_GUARD_GAP` characters
    before the scammer's word at ``folded[at:end]``, in its clause (防范不法分子, 谨防冒充),
    or stands right after it (假冒必究: review 15)."""
    if folded.startswith(_scam_guards(), end):
        return True
    before = folded[max(head, at - _GUARD_GAP - 2) : at]
    for mark in _CLAUSE_MARKS:
        before = before.rpartition(mark)[2]
    return any(
        0 <= len(before) - (found + len(guard)) <= _GUARD_GAP
        for guard in _scam_guards()
        if (found := before.rfind(guard)) >= 0
    )


def _sentence_start(folded: str, end: int, low: int) -> int:
    """Where the sentence ending at ``end`` starts, not before ``low``; a sentence's end
    inside quotation marks (“您好，我是京东客服。”) is the quoted speaker's, skipped."""
    low = max(0, low)
    at = end - 1
    while at >= low:
        char = folded[at]
        if char in CLOSING_QUOTES:
            opened = folded.rfind(CLOSING_QUOTES[char], low, at)
            if opened >= 0:
                at = opened - 1
                continue
        if char in STATEMENT_END:
            return at + 1
        at -= 1
    return low
