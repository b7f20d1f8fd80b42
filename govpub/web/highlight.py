"""Compliance findings marked in the text the editor wrote.

A :class:`~govpub.Finding` names its ``field`` and the character ``offset``
in it; :func:`marked_lines` cuts the body into lines and marks, on each line,
the excerpt found at that offset (or the whole line when the excerpt is masked
personal data, which does not appear in the text as such).  The template
escapes every piece; nothing here produces HTML.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

from govpub.compliance import Finding

__all__ = ["Piece", "marked_lines"]


@dataclass(frozen=True)
class Piece:
    """A run of text on a line, with the finding that marks it (``None``: plain)."""

    text: str
    finding: Finding | None = None


def _span(text: str, finding: Finding) -> tuple[int, int] | None:
    if finding.offset is None or not 0 <= finding.offset <= len(text):
        return None
    start = finding.offset
    excerpt = finding.excerpt.strip("…").strip()
    if excerpt and text.startswith(excerpt, start):
        return start, start + len(excerpt)
    line_start = text.rfind("\n", 0, start) + 1
    line_end = text.find("\n", start)
    return line_start, len(text) if line_end == -1 else line_end


def marked_lines(text: str, findings: Sequence[Finding], field: str = "body") -> list[list[Piece]]:
    """``text`` as lines of pieces, the spans of ``field``'s findings marked."""
    spans = sorted(
        (
            (span, finding)
            for finding in findings
            if finding.field == field and (span := _span(text, finding)) is not None
        ),
        key=lambda pair: pair[0],
    )
    marks: list[Finding | None] = [None] * len(text)
    for (start, end), finding in spans:
        for i in range(start, end):
            marks[i] = marks[i] or finding
    lines: list[list[Piece]] = [[]]
    run, current = "", None if not marks else marks[0]
    for char, mark in zip(text, marks, strict=True):
        if char == "\n":
            if run:
                lines[-1].append(Piece(run, current))
            lines.append([])
            run, current = "", mark
            continue
        if mark is not current and run:
            lines[-1].append(Piece(run, current))
            run = ""
        current = mark
        run += char
    if run:
        lines[-1].append(Piece(run, current))
    return lines
