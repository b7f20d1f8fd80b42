"""The adversarial corpus (issue 12): every case of ``corpus/*.yaml`` through ``govpub.check``.

Each data file is one family of tricks — obfuscations that must be caught and
look-alikes that must stay clean. A case names the verdict (``block``, ``warn``,
``fixed``, ``clean``) and the exact set of rules its findings carry, so a case
fails on a missed item and on an extra finding alike. The format is described in
``corpus/README.md``.
"""

from __future__ import annotations

from collections import Counter
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import pytest
import yaml

from govpub import CheckResult, Policy, Post, Source, check

CORPUS = Path(__file__).with_name("corpus")
VERDICTS = ("block", "warn", "fixed", "clean")
FIELDS = ("body", "title", "summary", "author")
KEYS = {"id", "text", "expect", "rule", "note", "field", "source", "excerpt", "xfail"}


@dataclass(frozen=True)
class Case:
    """One corpus entry, validated when the files are loaded."""

    family: str
    id: str
    text: str
    expect: str
    rules: frozenset[str]
    note: str
    field: str
    source: Source | None
    excerpt: str | None
    xfail: str | None


def _case(family: str, raw: dict[str, Any]) -> Case:
    where = f"{family}: {raw.get('id', raw)!r}"
    unknown = set(raw) - KEYS
    assert not unknown, f"{where}: unknown keys {sorted(unknown)}"
    expect = raw.get("expect")
    assert expect in VERDICTS, f"{where}: expect must be one of {VERDICTS}, not {expect!r}"
    rule = raw.get("rule", [])
    rules = frozenset([rule] if isinstance(rule, str) else rule)
    assert (expect == "clean") == (not rules), f"{where}: a rule is needed unless clean"
    note = raw.get("note", "")
    assert isinstance(note, str), f"{where}: a note is text"
    assert note, f"{where}: every case says what its trick is"
    field = raw.get("field", "body")
    assert field in FIELDS, f"{where}: field must be one of {FIELDS}"
    source = raw.get("source")
    return Case(
        family=family,
        id=str(raw["id"]),
        text=str(raw.get("text", "")),
        expect=expect,
        rules=rules,
        note=note,
        field=field,
        source=Source(**source) if source else None,
        excerpt=raw.get("excerpt"),
        xfail=raw.get("xfail"),
    )


def load_corpus() -> list[Case]:
    """Every case of every family file, in file order."""
    cases = []
    for path in sorted(CORPUS.glob("*.yaml")):
        document = yaml.safe_load(path.read_text(encoding="utf-8"))
        assert document["family"] == path.stem, f"{path.name}: family must be {path.stem!r}"
        cases += [_case(path.stem, raw) for raw in document["cases"]]
    return cases


CASES = load_corpus()
POLICY = Policy.default()


def _param(case: Case) -> Any:
    marks = [pytest.mark.xfail(reason=case.xfail, strict=True)] if case.xfail else []
    return pytest.param(case, id=f"{case.family}/{case.id}", marks=marks)


def _post(case: Case) -> Post:
    fields = {"title": "关于做好有关工作的通知", case.field: case.text}
    return Post(**fields, source=case.source)


def _verdict(result: CheckResult) -> str:
    severities = {f.severity for f in result.findings}
    for verdict in VERDICTS[:3]:
        if verdict in severities:
            return verdict
    return "clean"


def _explain(case: Case, result: CheckResult) -> str:
    lines = [
        f"case {case.family}/{case.id}: {case.note}",
        f"  text {case.text!r} (field {case.field})",
        f"  expected {case.expect} with {sorted(case.rules)}",
        f"  got {_verdict(result)}:",
    ]
    lines += [f"    {f.severity} {f.rule} @{f.offset} {f.excerpt!r}" for f in result.findings]
    return "\n".join(lines)


@pytest.mark.parametrize("case", [_param(c) for c in CASES])
def test_corpus_case(case: Case) -> None:
    result = check(_post(case), POLICY)
    explained = _explain(case, result)
    assert case.expect == _verdict(result), explained
    assert case.rules == {f.rule for f in result.findings}, explained
    if case.excerpt is not None:
        excerpts = [f.excerpt for f in result.findings if f.rule in case.rules]
        assert case.excerpt in excerpts, explained


def test_corpus_is_broad() -> None:
    """At least 300 cases, unique ids, both directions in every family, few xfails."""
    assert len(CASES) >= 300
    ids = Counter((c.family, c.id) for c in CASES)
    assert [key for key, n in ids.items() if n > 1] == []
    for family in {c.family for c in CASES}:
        verdicts = {c.expect for c in CASES if c.family == family}
        assert "clean" in verdicts, family
        assert verdicts - {"clean"}, family
    assert sum(1 for c in CASES if c.xfail) <= len(CASES) // 30
