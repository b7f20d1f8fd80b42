"""A field read a second way, and what that reading adds to the field's own findings.

The shown text (:mod:`.shown_text`: hidden elements removed) and the text a page's source
ships unshown (:mod:`.source_text`: comments, a ``<style>``'s strings, ``%%…%%``) are each
another text than the field's; the same readers read it, and only what they find that the
field's own reading has not (same rule, same place as written) is the field's, told where it
was read from.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import replace

from govpub.compliance.fields import TextField
from govpub.compliance.run import Run

__all__ = ["add_second_reading"]


def add_second_reading(
    run: Run,
    spec: TextField,
    read: Callable[[Run, TextField], object],
    *,
    text: str,
    written: Callable[[int], int],
    rules: tuple[str, ...],
    told: tuple[str, str],
    known: set[tuple[str, int | None]],
) -> None:
    """``text``, another reading of the field ``spec``, read by ``read`` (the driver's readers
    of a text field) with ``told``'s remedy; each finding of ``rules`` whose rule and offset as
    written (``written`` maps an offset of ``text`` back) are not in ``known`` is added to
    ``run`` once, in reading order, ``told``'s place before its message."""
    where, remedy = told
    before = len(run.findings)
    read(run, replace(spec, text=text, editable=False, remedy=remedy))
    # (in reading order, as the field's own findings)
    found = sorted(run.findings[before:], key=lambda f: -1 if f.offset is None else f.offset)
    del run.findings[before:]
    for finding in found:
        if not finding.rule.startswith(rules):
            continue
        at = None if finding.offset is None else written(finding.offset)
        if (finding.rule, at) in known:
            continue
        known.add((finding.rule, at))
        run.findings.append(replace(finding, message=where + finding.message, offset=at))
