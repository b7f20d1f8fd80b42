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
from functools import cache
from pathlib import Path
from typing import Any

import pytest
import yaml
from qrkit import code_image, encode, legacy_code_image, picture

from govpub import CheckResult, Image, Override, Policy, Post, Source, check

CORPUS = Path(__file__).with_name("corpus")
VERDICTS = ("block", "warn", "fixed", "clean")
FIELDS = ("body", "title", "summary", "author", "url", "tags", "source.name", "source.url")
# the QR-code fields and the character set each writes its text in without an ECI (code:
# zxing-cpp's writer, UTF-8 behind an ECI or Latin-1 without one)
CODE_CHARSETS = {"code": "", "gbk_code": "gbk", "sjis_code": "shift_jis", "big5_code": "cp950"}
# a picture's fields: the case's text as its alt text, file name or address (src), or as
# the content of a QR code in it
IMAGE_FIELDS = tuple(
    f"{k}.{n}" for k in ("image", "cover") for n in ("alt", "filename", "src", *CODE_CHARSETS)
)
OVERRIDE_FIELDS = ("title", "summary", "author", "body", "text", "url")  # overrides.<platform>.…
PLATFORMS = ("wechat", "weibo", "douyin", "toutiao", "app")
KEYS = {"id", "text", "expect", "rule", "note", "field", "source", "excerpt", "xfail", "title"}
CLEAN_ONLY = {"lookalikes"}  # families of look-alikes only: every case must stay clean


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
    title: str | None = None


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
    assert isinstance(note, str), f"{where}: the note is text"
    assert note, f"{where}: every case says what its trick is"
    field = raw.get("field", "body")
    assert _known_field(field), (
        f"{where}: field must be one of {FIELDS + IMAGE_FIELDS} or {OVERRIDES}"
    )
    source = raw.get("source")
    title = raw.get("title")
    assert title is None or field != "title", f"{where}: a title case has no other title"
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
        title=None if title is None else str(title),
    )


def load_corpus() -> list[Case]:
    """Every case of every family file, in file order."""
    cases = []
    for path in sorted(CORPUS.glob("*.yaml")):
        document = yaml.safe_load(path.read_text(encoding="utf-8"))
        assert document["family"] == path.stem, f"{path.name}: family must be {path.stem!r}"
        cases += [_case(path.stem, raw) for raw in document["cases"]]
    return cases


OVERRIDES = f"overrides.<{'|'.join(PLATFORMS)}>.<{'|'.join(OVERRIDE_FIELDS)}>"


def _known_field(field: str) -> bool:
    if field in FIELDS or field in IMAGE_FIELDS:
        return True
    parts = field.split(".")
    return (
        len(parts) == 3
        and parts[0] == "overrides"
        and parts[1] in PLATFORMS
        and parts[2] in OVERRIDE_FIELDS
    )


CASES = load_corpus()
POLICY = Policy.default()


def _param(case: Case) -> Any:
    marks = [pytest.mark.xfail(reason=case.xfail, strict=True)] if case.xfail else []
    return pytest.param(case, id=f"{case.family}/{case.id}", marks=marks)


@cache
def _picture(code: str | None = None, *, charset: str = "") -> bytes:
    """A plain picture, with a QR code of ``code`` in it if given (in ``charset`` without an ECI
    if given)."""
    if code is None:
        return encode(picture(64, 64))
    image = picture(300, 300)
    symbol = legacy_code_image(code, charset) if charset else code_image(code)
    image.paste(symbol.convert("RGB"), (20, 20))
    return encode(image)


def _post(case: Case) -> Post:
    fields: dict[str, Any] = {
        "title": case.title or "关于做好有关工作的通知",
        "source": case.source,
    }
    kind, _, name = case.field.partition(".")
    if case.field in IMAGE_FIELDS:
        if name == "src":  # a remote picture: not downloaded by the check
            image = Image(src=case.text)
        elif name in CODE_CHARSETS:
            image = Image(
                data=_picture(case.text, charset=CODE_CHARSETS[name]), filename="code.png"
            )
        else:
            image = Image(data=_picture(), **{name: case.text})
        fields["cover" if kind == "cover" else "images"] = image if kind == "cover" else (image,)
    elif kind == "overrides":
        platform, _, name = name.partition(".")
        fields["overrides"] = {platform: Override(**{name: case.text})}
    elif kind == "source":
        given = case.source or Source(name="中国政府网", url="https://www.gov.cn/")
        fields["source"] = given.model_copy(update={name: case.text})
    elif kind == "tags":
        fields["tags"] = (case.text,)
    else:
        fields[case.field] = case.text
    return Post(**fields)


def _place(case: Case) -> str:
    """The field a finding of the case must name: the editor is told where to look."""
    place = case.field.replace("image.", "images[0].")
    # a code's findings name the picture or the code in it (images[0].codes[0])
    if case.field == "tags":
        return "tags[0]"
    return place.rsplit(".", 1)[0] if case.field.endswith("code") else place


def _placed(case: Case, found: str) -> bool:
    """Whether a finding's field is the case's (or of its source: a reprint's own checks)."""
    place = _place(case)
    return (
        found == place
        or found.startswith((place + ".", place + "["))
        or (case.source is not None and found.startswith("source."))
        # a picture's own findings name the picture (images[0], cover)
        or (case.field in IMAGE_FIELDS and found == place.partition(".")[0])
    )


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
    misplaced = [f for f in result.findings if not _placed(case, f.field)]
    assert misplaced == [], f"{explained}\n  not placed at {_place(case)}: {misplaced}"
    if case.excerpt is not None:
        excerpts = [f.excerpt for f in result.findings if f.rule in case.rules]
        assert case.excerpt in excerpts, explained


def test_corpus_is_broad() -> None:
    """At least 300 cases, unique ids, both directions in every family, few xfails."""
    assert len(CASES) >= 300
    ids = Counter((c.family, c.id) for c in CASES)
    assert [key for key, n in ids.items() if n > 1] == []
    for family in {c.family for c in CASES} - CLEAN_ONLY:
        verdicts = {c.expect for c in CASES if c.family == family}
        assert "clean" in verdicts, f"{family}: no look-alike that must stay clean"
        assert verdicts - {"clean"}, f"{family}: nothing that must be caught"
    assert {c.expect for c in CASES if c.family in CLEAN_ONLY} == {"clean"}
    assert sum(1 for c in CASES if c.xfail) <= len(CASES) // 30
