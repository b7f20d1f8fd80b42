"""The rows of a generated corpus family, and the YAML file they are written to.

The generators of the later red-team passes (59, 61, 62) build their family as a table of
rows in the corpus README's format and write it beside themselves; this is that table once,
so that a generator holds only its cases.
"""

from __future__ import annotations

import json
import sys
from collections import Counter
from collections.abc import Callable
from pathlib import Path

import yaml


class CaseTable:
    """The cases of one family, in the order they are added."""

    def __init__(self, family: str) -> None:
        self.family = family
        self.cases: list[dict[str, object]] = []

    def case(  # noqa: PLR0917 - one row of the table
        self,
        id_: str,
        text: str,
        expect: str,
        rule: object,
        note: str,
        field: str | None = None,
        *,
        xfail: str | None = None,
    ) -> None:
        """One case; ``rule`` None for a clean one, ``field`` None for the body."""
        entry: dict[str, object] = {"id": id_, "text": text, "expect": expect}
        if rule is not None:
            entry["rule"] = rule
        entry["note"] = note
        if field:
            entry["field"] = field
        if xfail:
            entry["xfail"] = xfail
        self.cases.append(entry)

    def clean(self, id_: str, text: str, note: str, field: str | None = None) -> None:
        """A look-alike that must stay clean."""
        self.case(id_, text, "clean", None, note, field)

    def write(self, generator: str, header: str, *, width: int) -> None:
        """Write ``<family>.yaml`` beside ``generator`` (its ``__file__``), under ``header``."""
        ids = [case["id"] for case in self.cases]
        if len(ids) != len(set(ids)):
            sys.exit(f"{self.family}: duplicate ids")
        document = {"family": self.family, "cases": self.cases}
        text = yaml.safe_dump(document, allow_unicode=True, sort_keys=False, width=width)
        out = Path(generator).resolve().with_name(f"{self.family}.yaml")
        out.write_text(f"# {header}\n{text}", encoding="utf-8")
        sys.stdout.write(f"{len(self.cases)} cases\n")


def write_sweep_report(
    count: int,
    verdicts: Counter[str],
    by_pattern: Counter[tuple[str, ...]],
    samples: dict[tuple[str, ...], list[dict[str, object]]],
    out: Path,
) -> None:
    """A sweep's counts by pattern on stdout and, with its samples, as JSON in ``out`` (the
    ``--sweep`` mode of the generators of red teams 81 and 83)."""
    sys.stdout.write(f"{count} posts: {dict(verdicts)}\n")
    for key, hits in by_pattern.most_common():
        sys.stdout.write(f"  {hits:6d}  {' / '.join(key)}\n")
    report = {
        "count": count,
        "verdicts": verdicts,
        "patterns": [[*k, v] for k, v in by_pattern.most_common()],
        "samples": {" / ".join(k): v for k, v in samples.items()},
    }
    out.write_text(json.dumps(report, ensure_ascii=False, indent=1), encoding="utf-8")


def write_miss_report(
    count: int,
    totals: Counter[str],
    misses: list[dict[str, object]],
    out: Path,
    *,
    key: Callable[[dict[str, object]], str] = lambda miss: str(miss["key"]),
    samples: int = 0,
) -> None:
    """A miss sweep's counts — by kind and by kind and form, each of how many planted — on
    stdout and, with its misses (and ``samples`` of each form), as JSON in ``out`` (the
    ``--sweep`` mode of the generators of red teams 82 and 84).  A planted item's key is
    ``kind|form|…``; ``key`` reads it from a miss."""
    kinds = Counter(k.split("|")[0] for k in totals.elements())
    missed_kinds = Counter(key(m).split("|")[0] for m in misses)
    by_form = Counter("|".join(key(m).split("|")[:2]) for m in misses)
    form_totals = Counter("|".join(k.split("|")[:2]) for k in totals.elements())
    document: dict[str, object] = {"count": count, "totals": totals, "misses": misses}
    if samples:
        kept: dict[str, list[dict[str, object]]] = {}
        for miss in misses:
            form = "|".join(key(miss).split("|")[:2])
            if len(kept.setdefault(form, [])) < samples:
                kept[form].append(miss)
        document["samples"] = kept
    out.write_text(json.dumps(document, ensure_ascii=False, indent=1), encoding="utf-8")
    sys.stdout.write(f"{count} posts, {len(misses)} misses\n")
    for kind, n in kinds.most_common():
        sys.stdout.write(f"{kind:9s} {missed_kinds[kind]:6d} missed of {n}\n")
    for form, n in by_form.most_common():
        sys.stdout.write(f"{n:6d} of {form_totals[form]:6d}  {form}\n")
