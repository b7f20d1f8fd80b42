"""Where a GFM table starts: a header row right above a delimiter row of as many cells.

Three readers ask it — the markup reader (a table interrupts the paragraph a comment was
opened in: review 62's L8, 64's F2) and the code-span reader (no code span crosses into a
table's row: a property test's find against markdown-it) — and read it alike, as GFM 0.29
§4.10 says: the delimiter row holds a pipe and a dash run per cell (alignment colons
allowed), and the header row splits into the same number of cells at its unescaped pipes.
"""

from __future__ import annotations

from govpub.compliance.regex_cache import regex

__all__ = ["DELIMITER_ROW_FORM", "starts_table", "table_cells"]

#: A delimiter row as written ("|---|:-:|", "--|--"), for use in larger expressions.
DELIMITER_ROW_FORM = (
    r" {0,3}(?=[^\n|]*+\|)\|?[ \t]*+:?-++:?[ \t]*+(?:\|[ \t]*+:?-++:?[ \t]*+)*+\|?[ \t]*+"
)
_DELIMITER_ROW = regex(DELIMITER_ROW_FORM)


def table_cells(row: str) -> int:
    """The cells of a GFM table's row: split at each pipe no backslash escapes (in a code
    span too); a pipe at the row's start or end, spaces around, makes none.  0: no pipe (no
    row)."""
    row = row.strip(" \t")
    pipes, escaped = [], False
    for at, char in enumerate(row):
        if char == "|" and not escaped:
            pipes.append(at)
        escaped = char == "\\" and not escaped
    if not pipes:
        return 0
    leading, trailing = pipes[0] == 0, pipes[-1] == len(row) - 1 and len(row) > 1
    return len(pipes) + 1 - leading - trailing


def starts_table(header: str, delimiter: str) -> bool:
    """Whether the line ``header`` over the line ``delimiter`` starts a GFM table (each
    without its line end)."""
    if "|" not in delimiter or _DELIMITER_ROW.fullmatch(delimiter.rstrip("\r")) is None:
        return False
    cells = table_cells(header.rstrip("\r"))
    return cells > 0 and cells == table_cells(delimiter.rstrip("\r"))
