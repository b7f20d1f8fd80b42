"""Which windows of a written number's groups may be read, from how the number is written.

Built once per written number by :func:`~.reading._all_readings`, so that a window is not
read again group by group, they say whether a window is a piece of a longer run of equal
chunks (:class:`_Chunks`, a 对公 account in fours), spans a line break or a cell border that
no label bridges (:class:`_Breaks`), or cuts a stretch of digits spaced out one by one
(:class:`_SpacedOut`).
"""

from __future__ import annotations

from govpub.compliance.grouping import WrittenNumber
from govpub.compliance.personal.labels import _over_lines_labelled
from govpub.compliance.table_cells import cell_border


class _Chunks:
    """Which readings of a written number are a piece of a longer run of equal chunks.

    A 对公 account of 19 or 20 digits is written in fours (``1001 2345 6789 0123 456``): its
    last 15 digits are a legacy ID number one time in eighty (no check character: a province
    and a date), its middle 11 a mobile number when a chunk starts with ``13``–``19``
    (``6228 1381 2345 678``).  A number is written whole in the chunks it was cut into: a
    reading whose groups are such chunks while the same chunks, with the same separator, go on
    before or after it, is no mobile or legacy ID number.  A checked 18-digit ID number and a
    card number (a network's prefix, its length and Luhn) still are: one chunk more
    (``6222 0212 3456 7894 0000``) must not hide a card.  Each group
    but the last has a key (its size, the separator after it); runs of one key are numbered
    once per written number, so each question is answered in constant time.
    """

    __slots__ = ("_run", "_sizes")

    def __init__(self, number: WrittenNumber) -> None:
        self._sizes = [len(g.digits) for g in number.groups]
        run: list[int] = []
        previous: tuple[int, str] | None = None
        for size, separator in zip(self._sizes, number.separators, strict=False):
            key = (size, separator)
            run.append(len(run) if key != previous else run[-1])
            previous = key
        self._run = run

    def piece(self, first: int, last: int) -> bool:
        """Whether groups ``first``..``last - 1`` (two or more) are such a piece."""
        run = self._run
        if last - first < 2 or run[first] != run[last - 2]:
            return False  # one group, or not chunks of one size and one separator
        before = first > 0 and run[first - 1] == run[first]
        after = (
            last < len(self._sizes)
            and run[last - 1] == run[first]
            and self._sizes[last] <= self._sizes[first]
        )
        return before or after


class _Breaks:
    """The line breaks and cell borders of a written number.  Over one, only a checked
    18-digit ID number is read unless a label says what the number is (:func:`_read`): a
    run of groups of another size over one is passed over without reading it."""

    __slots__ = ("_before", "_borders", "_folded", "_labelled", "_separators", "_start", "_tabs")

    def __init__(self, folded: str, number: WrittenNumber) -> None:
        before = [0] * len(number.groups)  # before[i]: the breaks before groups[i]
        for index in range(1, len(before)):
            before[index] = before[index - 1] + number.broken_before(index)
        self._before = before
        self._separators = number.separators
        self._folded, self._start = folded, number.start
        self._labelled: bool | None = None
        self._borders: list[int] | None = None  # (see _cut: counted at the first question)
        self._tabs: list[int] | None = None  # (see over_tab: likewise)

    def unread(self, first: int, last: int) -> bool:
        """Whether groups ``first``..``last - 1`` span a break and are not read over it: with
        no label before them, or over a table's cell border when they start or end inside a
        cell — a number split over cells is split whole (``| 310115 1975**** 4211 |
        138-XXXX-2378 |`` holds no mobile ``1975 4211 | 138``: red team 22), while a line
        may wrap anywhere (``电话：021-68541234、138⏎1654 2378``)."""
        before = self._before
        if before[last - 1] == before[first]:
            return False
        # (no label: unread whether or not a cell border cuts it, the border not looked at —
        # a column of 40,000 figures one a line asked it of every window: review 67's S1)
        return not self.labelled() or self._cut(first, last)

    def over_tab(self, first: int, last: int) -> bool:
        """Whether a tab stands among groups ``first``..``last - 1`` with no label before them:
        a pasted sheet's cell border (``03⇥4512⇥202503104171``, a seat's number and an exam's),
        which a number is read across only as a checked 18-digit ID number (the caller's test)
        — a card of the seat's and the exam number's digits is none (red team 110's A).  After
        a label one number is split over tabs as over cells (``联系电话⇥189⇥****⇥2633``)."""
        if self._tabs is None:
            tabs = [0]  # tabs[i]: the separators holding a tab before group i
            for separator in self._separators:
                tabs.append(tabs[-1] + ("\t" in separator))
            self._tabs = tabs
        return self._tabs[last - 1] != self._tabs[first] and not self.labelled()

    def lines_apart(self, first: int, last: int) -> bool:
        """:meth:`~govpub.compliance.grouping.WrittenNumber.lines_apart`, answered from the
        breaks counted once: a run of 40,000 digits spaced out (``1 1 1 …``, ``1杠1杠…``) asked
        it of a window at each group, each time over the window's groups (review 70's S1)."""
        before = self._before
        if before[last - 1] == before[first]:
            return False  # (no break inside the window)
        return (first > 0 and before[first] != before[first - 1]) or (
            last < len(before) and before[last] != before[last - 1]
        )

    def _cut(self, first: int, last: int) -> bool:
        """Whether a cell border among groups ``first``..``last - 1`` cuts a cell's number:
        the borders counted once for the whole number, each window answered at once."""
        if self._borders is None:
            borders = [0]  # borders[i]: the cell borders among the separators before group i
            for separator in self._separators:
                borders.append(borders[-1] + cell_border(separator))
            self._borders = borders
        if self._borders[last - 1] == self._borders[first]:
            return False
        before = self._before
        return (first > 0 and before[first] == before[first - 1]) or (
            last < len(before) and before[last] == before[last - 1]
        )

    def labelled(self) -> bool:
        """Whether a label says what the number is (``手机：``, ``卡号``), asked once."""
        if self._labelled is None:
            self._labelled = _over_lines_labelled(self._folded, self._start)
        return self._labelled


class _SpacedOut:
    """The stretches of a written number spaced out digit by digit, one digit a group on one
    line (``4 4 0 3 0 4 - 2 0 2 6 - 0 3 1 2``): such a stretch is read whole — no card,
    mobile or 15-digit ID number out of part of it (every window of its digits would be
    tried, and one card window in ten passes Luhn), only a checked 18-digit ID number,
    which is read whatever stands beside it (red team 24).  Built for numbers of 12 groups
    or more: a part of fewer single digits is too short for any reading."""

    __slots__ = ("_glued", "_longer")

    def __init__(self, number: WrittenNumber) -> None:
        groups = number.groups
        single = [len(g.digits) == 1 for g in groups]
        # _glued[i]: groups i - 1 and i are single digits on one line (a stretch goes on)
        self._glued = [False] + [
            single[i - 1] and single[i] and not number.broken_before(i)
            for i in range(1, len(groups))
        ]
        longer = [0]  # groups of more than one digit before each index
        for one in single:
            longer.append(longer[-1] + (not one))
        self._longer = longer

    def part(self, first: int, last: int) -> bool:
        """Whether groups ``first``..``last - 1`` are single digits that cut a stretch: a
        single digit stands beside the first or the last on its line."""
        glued = self._glued
        if self._longer[last] != self._longer[first]:
            return False
        return glued[first] or (last < len(glued) and glued[last])

    def cut_from(self, first: int, top: int) -> bool:
        """Whether every window from group ``first`` up to group ``top`` (``first + 1`` to
        ``top`` as its end) is such a part: single digits all, and a single digit before the
        first on its line — so each holds as many digits as groups."""
        return self._glued[first] and self._longer[top] == self._longer[first]
