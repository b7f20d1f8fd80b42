"""The answer library (咨询答问库): approved answers, suggested for new messages by term overlap.

So that the same question gets the same approved answer: every reply that went out with
its approvals is kept with the question it answered (the ledger's ``answers``, written in
the transaction that records the reply as sent), and a new message is compared with the
stored questions.

The comparison uses the compliance module's one automaton
(:class:`govpub.compliance.wording.TermMatcher`, Aho-Corasick over folded text), not a
new engine: each stored question contributes its key terms — Chinese character bigrams
and ASCII words, after the compliance folding (full-width → half-width, case), without
question phrasing such as 请问、怎么、什么 — and one pass over a new message finds every
stored term in it.  The score is Dice's coefficient over key terms,
``2·|shared| / (|terms of the message| + |terms of the question|)``; suggestions below
``minimum`` (0.3) are not shown.  No segmenter is needed, and a 1,000-entry library is
still one pass per message.
"""

from __future__ import annotations

import re
from collections import defaultdict
from collections.abc import Sequence
from dataclasses import dataclass

from govpub.compliance.folding import fold_term
from govpub.compliance.wording import Term, TermMatcher
from govpub.interactions import Answer

__all__ = ["AnswerLibrary", "Suggestion", "key_terms"]

_CJK_RUN = re.compile(r"[\u3400-\u9fff]+")
_WORD = re.compile(r"[a-z0-9]{2,}")
#: Question phrasing, not subject matter: ignored on both sides.
STOP: frozenset[str] = frozenset(
    {
        "请问", "问一", "一下", "您好", "你好", "怎么", "什么", "如何", "哪里", "哪些", "多少",
        "是否", "可以", "能否", "需要", "是不", "不是", "有没", "没有", "谢谢", "时候", "我们",
        "你们", "这个", "那个", "一个", "是什", "么时",
    }
)  # fmt: skip


def key_terms(text: str) -> frozenset[str]:
    """The key terms of ``text``: folded CJK bigrams and ASCII words, minus phrasing."""
    folded = fold_term(text)
    terms: set[str] = set()
    for run in _CJK_RUN.findall(folded):
        terms.update(run[i : i + 2] for i in range(len(run) - 1))
        if len(run) == 1:
            terms.add(run)
    terms.update(_WORD.findall(folded))
    return frozenset(terms - STOP)


@dataclass(frozen=True)
class Suggestion:
    """An approved answer for a message, with how well its question matches."""

    answer: Answer
    score: float
    shared: tuple[str, ...]


class AnswerLibrary:
    """The stored answers, indexed once; :meth:`suggest` scans a message in one pass."""

    def __init__(self, answers: Sequence[Answer]) -> None:
        self._answers = {a.id: a for a in answers}
        self._sizes = {a.id: len(key_terms(a.question)) for a in answers}
        self._matcher = TermMatcher(
            Term(rule=a.id, severity="warn", term=term)
            for a in answers
            for term in key_terms(a.question)
        )

    def __len__(self) -> int:
        return len(self._answers)

    def suggest(self, text: str, *, limit: int = 3, minimum: float = 0.3) -> list[Suggestion]:
        """The best approved answers for ``text``, best first (ties: the newest first)."""
        own = key_terms(text)
        if not own:
            return []
        shared: dict[str, set[str]] = defaultdict(set)
        folded = fold_term(text)
        for _start, _end, term in self._matcher.find(folded):
            if term.term in own:
                shared[term.rule].add(term.term)
        found = []
        for answer_id, terms in shared.items():
            score = 2 * len(terms) / (len(own) + self._sizes[answer_id])
            if score >= minimum:
                answer = self._answers[answer_id]
                found.append(Suggestion(answer, round(score, 4), tuple(sorted(terms))))
        found.sort(key=lambda s: (-s.score, -s.answer.created_at.timestamp(), s.answer.id))
        return found[:limit]
