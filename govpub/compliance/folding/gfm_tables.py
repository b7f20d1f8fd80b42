"""Where a GFM table starts: a header row right above a delimiter row of as many cells.

Three readers ask it — the markup reader (a table interrupts the paragraph a comment was
opened in: review 62's L8, 64's F2) and the code-span reader (no code span crosses into a
table's row: a property test's find against markdown-it) — and read it alike, as govpub's
renderer does (markdown-it-py's GFM table rule, ``govpub/render/markdown.py``): the
delimiter row is a line of dashes, colons, pipes and spaces whose pieces between pipes are
dash runs (alignment colons allowed; a pipe is not needed: ``a\\|b`` over ``---`` is a table
of one column), and the header row holds a pipe and splits into the same number of cells at
its pipes that no backslash stands right before.
"""

from __future__ import annotations

from govpub.compliance.regex_cache import regex

__all__ = ["DELIMITER_ROW_FORM", "starts_table", "table_cells"]

#: A line that may be a delimiter row ("|---|:-:|", "--|--", "---"), for use in larger
#: expressions: :func:`starts_table` decides.  Not a list's "- " (a list item).
DELIMITER_ROW_FORM = r" {0,3}(?!-[ \t])[-:|][-:| \t]++"
_DELIMITER_PIECE = regex(r":?-+:?")
_DELIMITER_CHARACTERS = regex(r"[-:| \t]+")


def table_cells(row: str) -> int:
    """The cells of a GFM table's row as the renderer splits it: at each pipe not right after
    a backslash (``\\|`` and ``\\\\|`` alike: it looks one character back), in a code span
    too; a pipe at the row's start or end, spaces around, makes none.  0: no pipe (no row)."""
    row = row.strip(" \t")
    if "|" not in row:
        return 0
    pieces, previous = 1, ""
    for char in row:
        if char == "|" and previous != "\\":
            pieces += 1
        previous = char
    leading = row.startswith("|")
    trailing = row.endswith("|") and not row.endswith("\\|")
    return pieces - leading - trailing


def _delimiter_cells(line: str) -> int:
    """The columns a delimiter row sets, or 0 when ``line`` is none (markdown-it-py's test:
    only dashes, colons, pipes and spaces, not a list's "- ", each piece between pipes a dash
    run, an empty piece only first or last)."""
    body = line.lstrip(" ")
    if len(line) - len(body) > 3 or len(body) < 2:
        return 0
    if body[0] not in "|-:" or (body[0] == "-" and body[1] in " \t"):
        return 0
    if body[1] not in "|-: \t" or _DELIMITER_CHARACTERS.fullmatch(body) is None:
        return 0
    pieces = body.split("|")
    columns = 0
    for index, written in enumerate(pieces):
        piece = written.strip(" \t")
        if not piece:
            if index in {0, len(pieces) - 1}:
                continue
            return 0
        if _DELIMITER_PIECE.fullmatch(piece) is None:
            return 0
        columns += 1
    return columns


def starts_table(header: str, delimiter: str) -> bool:
    """Whether the line ``header`` over the line ``delimiter`` starts a GFM table (each
    without its line end)."""
    columns = _delimiter_cells(delimiter.rstrip("\r"))
    return columns > 0 and table_cells(header.rstrip("\r")) == columns
