"""The lead or title a trade's ad copy stands under (review 14 of red team 65).

A 反诈 post lists the scam's words under a lead that warns (以下情形均为诈骗：, 识别网贷陷阱：)
or a title (警惕刷单返利诈骗): the lines under it, to the next blank line, name the scam's
words, not a pitch.  Read only for a sentence holding a trade's words
(:func:`.sales_cues.trade_words_in`).  The text is folded.
"""

from __future__ import annotations

from functools import cache

from govpub.compliance._data import data_words
from govpub.compliance.sales_cues import other_cue_count, trade_report, trade_words_in
from govpub.compliance.scam_warnings import sentence_warns

__all__ = ["BlockLeads", "lead_warns"]

_BLOCK_REACH = 300  # characters read back from a sentence for the lead of its list


_ANNOUNCING = ("以下", "如下")
# the seller's own words in a 以下/如下 line: it announces the goods or the channels
# (以下为正品：, 认准如下渠道：: review 18; 本店…以下类型为正品, 以下情形包过: review 20)
_SELLERS_LINE = ("正品", "渠道", "认准", "本店", "本公司", "官方")
# a line that calls its list a fraud: its seller's words name what the scam feigns
# (以下为假冒正品的诈骗话术：, 请认准官方渠道，以下情形均为诈骗：: review 21)
_FRAUD_NAMED = ("诈骗", "骗局", "骗子", "骗术", "话术", "套路")


def _sellers_line(line: str) -> bool:
    """Whether the 以下/如下 ``line`` is the seller's own: a seller's word and no word calling
    the list a fraud (谨防假货，以下为正品： stays the seller's: reviews 18, 20, 21)."""
    return any(word in line for word in _SELLERS_LINE) and not any(
        word in line for word in _FRAUD_NAMED
    )  # (a selling cue in a line naming a fraud, 假冒正品的诈骗话术, is named too)


class BlockLeads:
    """The leads above the sentences of one field's folded text, each line above a lead judged
    once per reading of the text (review 21: every sentence of a list read up to ~30 lines
    above again), and held no longer than the reading (review 22: a cache keyed on the whole
    text held 256 texts alive)."""

    def __init__(self, folded: str) -> None:
        self._folded = folded
        self._judged: dict[tuple[int, int, bool], bool] = {}

    def warned_above(self, head: int) -> bool:
        """Whether the sentence at ``head`` stands on a line under a lead that warns: the first
        line of its block (no blank line between), read back at most :data:`_BLOCK_REACH`
        characters: ``以下情形均为诈骗：\n1.刷单返利，日赚300元；`` lists the scam's words, not
        a pitch (review 14).  The first line leads, or a later one that announces the list
        with 以下 or 如下 (国家安全教育日\n近期刷单类案件多发，请注意识别以下套路：\n…: review
        17); an ad's own line above its pitch (本店福利来啦\n谨防上当：\n…) is no lead of the
        block (review 16)."""
        folded = self._folded
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
        return self._line_warns(start, line, rife=False) or self._announced_above(line + 1, head)

    def _announced_above(self, start: int, head: int) -> bool:
        """Whether the nearest line of ``folded[start:head]`` (before the line of ``head``)
        that says 以下 or 如下 leads a warning's list: it warns, or a line above it in the
        block does (近期我区电诈案件高发。\n请牢记以下几点：: review 20), and it holds no
        seller's word nor a trade's word after 以下 but one it calls a fraud (如下刷单诈骗手法)
        nor a selling word (:data:`_SELLERS_LINE`: review 20)."""
        folded = self._folded
        end = folded.rfind("\n", start, head)
        if end < 0:
            return False
        at = max(folded.rfind(word, start, end) for word in _ANNOUNCING)
        if at < 0:
            return False
        end = folded.find("\n", at, head)
        line = max(start, folded.rfind("\n", start, at) + 1)
        said = folded[at:end]
        fraud_named = any(word in folded[line:end] for word in _FRAUD_NAMED)
        if (
            _sellers_line(folded[line:end])
            or (trade_words_in(said) > 0 and "骗" not in said)
            or (other_cue_count(said) > 0 and not fraud_named)
        ):
            return False  # 谨防假货，以下为正品：: the seller's own line (reviews 18, 20)
        return self._block_warns(start, line, end)

    def _block_warns(self, start: int, line: int, end: int) -> bool:
        """Whether the lead ``folded[line:end]`` or a line of its block above it warns; each
        line judged once per text, not once per sentence of the list below it (review 21)."""
        if self._line_warns(line, end, rife=False):
            return True
        above = start
        while above < line:
            stop = self._folded.find("\n", above, line)
            if stop < 0:
                stop = line
            if self._line_warns(above, stop, rife=True):
                return True
            above = stop + 1
        return False

    def _line_warns(self, start: int, end: int, *, rife: bool) -> bool:
        """Whether ``folded[start:end]`` warns as a lead (or, with ``rife``, says a crime is
        rife); judged once per reading."""
        key = (start, end, rife)
        judged = self._judged.get(key)
        if judged is None:
            folded = self._folded
            judged = lead_warns(folded, start, end) or (rife and _rife(folded[start:end]))
            self._judged[key] = judged
        return judged


# a crime said to be rife (近期网络赌博案件高发。): the lines below warn of it (review 20)
_RIFE_WHAT = ("近期", "案件", "犯罪")
_RIFE = ("高发", "多发", "频发", "猖獗", "增多")


def _rife(line: str) -> bool:
    """Whether ``line`` says a crime is rife (近期…案件高发), the reason of a list below it."""
    return any(word in line for word in _RIFE) and any(word in line for word in _RIFE_WHAT)


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
