"""The lead or title a trade's ad copy stands under (review 14 of red team 65).

A 反诈 post lists the scam's words under a lead that warns (以下情形均为诈骗：, 识别网贷陷阱：)
or a title (警惕刷单返利诈骗): the lines under it, to the next blank line, name the scam's
words, not a pitch.  Read only for a sentence holding a trade's words
(:func:`.sales_cues.trade_words_in`).  The text is folded.
"""

from __future__ import annotations

from functools import cache

from govpub.compliance._data import data_words
from govpub.compliance.sales_contexts import sentence_warns
from govpub.compliance.sales_cues import trade_report

__all__ = ["lead_warns", "warned_above"]

_BLOCK_REACH = 300  # characters read back from a sentence for the lead of its list


def warned_above(folded: str, head: int) -> bool:
    """Whether the sentence at ``head`` stands on a line under a lead that warns: the first
    line of its block (no blank line between), read back at most :data:`_BLOCK_REACH`
    characters: ``以下情形均为诈骗：\n1.刷单返利，日赚300元；`` lists the scam's words, not a
    pitch (review 14).  The first line leads, or a later one that announces the list with
    以下 or 如下 (国家安全教育日\n近期刷单类案件多发，请注意识别以下套路：\n…: review 17);
    an ad's own line above its pitch (本店福利来啦\n谨防上当：\n…) is no lead of the block
    (review 16)."""
    start = max(0, head - _BLOCK_REACH)
    block = folded.rfind("\n\n", start, head)
    if block >= 0:
        start = block + 2
    elif start > 0 and folded[start - 1] != "\n":
        start = folded.find("\n", start, head) + 1  # (the block starts out of reach)
        if start == 0:
            return False
    line = folded.find("\n", start, head)
    if line < 0:
        return False
    return lead_warns(folded, start, line) or _announced_above(folded, line + 1, head)


_ANNOUNCING = ("以下", "如下")
# what a warning's 以下/如下 announces: the scam's ways (识别以下套路：), not the seller's
# goods or channels (以下为正品：, 认准如下渠道：: review 18)
_ANNOUNCED_SCAMS = (
    "诈骗", "套路", "骗局", "话术", "陷阱",
    "骗术", "手法", "手段", "情形", "违法", "行为", "类型",
)  # fmt: skip


def _announced_above(folded: str, start: int, head: int) -> bool:
    """Whether the nearest line of ``folded[start:head]`` (before the line of ``head``) that
    says 以下 or 如下 warns: the lead of the list below it, not the block's first line, and
    what it announces is a scam (:data:`_ANNOUNCED_SCAMS`)."""
    end = folded.rfind("\n", start, head)
    if end < 0:
        return False
    at = max(folded.rfind(word, start, end) for word in _ANNOUNCING)
    if at < 0:
        return False
    end = folded.find("\n", at, head)
    if not any(word in folded[at:end] for word in _ANNOUNCED_SCAMS):
        return False  # 谨防假货，以下为正品：: the seller's own line (review 18)
    line = max(start, folded.rfind("\n", start, at) + 1)
    return lead_warns(folded, line, end)


@cache
def _lead_warnings() -> tuple[str, ...]:
    """A lead's or a title's words of warning besides the warning cues
    (``data/trade_lead_warnings.txt``: 陷阱, 谨防, 防范…)."""
    return data_words("trade_lead_warnings.txt")


def lead_warns(folded: str, start: int, end: int) -> bool:
    """Whether the lead or title ``folded[start:end]`` warns of what it lists: a warning cue
    (骗, 警惕), a regulator's or a case's word (严禁, 破获) or a lead's own (识别网贷陷阱：,
    谨防网络赌博: review 14)."""
    lead = folded[start:end]
    return (
        sentence_warns(folded, start, end)
        or trade_report(lead)
        or any(word in lead for word in _lead_warnings())
    )
