"""The one reader of approvals: strict JSON, the file byte for byte, and docs/review.md's table.

docs/review.md "What a file may and may not differ in" lists changes to an
approval file and what govpub does with each; every row is checked here, and a
row without a check (or a check without a row) fails the suite.
"""

from __future__ import annotations

import json
import re
from collections.abc import Callable
from datetime import UTC, datetime, timedelta, timezone
from pathlib import Path
from typing import Any

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from reviewkit import KEYS, T0

from govpub import Approval, Post, ReviewError, approve
from govpub.publisher.gate import as_approvals
from govpub.review import REASONS, ReviewChecks, load_approval
from govpub.review.approval_file import TRANSPORT, approval_from_document, undo_transport

DOC = Path(__file__).parents[2] / "docs" / "review.md"
POST = Post(id="p_strict", title="关于春季植树的通知", body="正文。", category="daily")
APPROVAL = approve(
    POST, reviewer="张敏", role="editor", key=KEYS["张敏"], now=T0, tier=1, comment="同意发布"
)
FILE = APPROVAL.to_json().encode("utf-8")


def _reason(data: str | bytes) -> str | None:
    """``None`` when ``data`` reads back as :data:`APPROVAL`, else the refusal's reason id."""
    try:
        read = Approval.from_json(data, source="a.json")
    except ReviewError as exc:
        [problem] = exc.problems
        assert str(exc).startswith("a.json: ")
        assert str(exc).endswith(f"[{problem.reason}]")
        assert problem.reason in REASONS
        return problem.reason
    assert APPROVAL == read
    return None


def _swap_fields(text: str) -> str:
    lines = text.split("\n")
    role = next(i for i, line in enumerate(lines) if line.startswith('  "role"'))
    lines[role - 1], lines[role] = lines[role], lines[role - 1]
    return "\n".join(lines)


def _twice_digest(text: str) -> str:
    line = next(x for x in text.split("\n") if x.startswith('  "post_digest"'))
    return text.replace(line, f'  "post_digest": "{"0" * 64}",\n{line}', 1)


#: docs/review.md's rows (first column, exactly) → the change, applied to the file's bytes.
CHANGES: dict[str, Callable[[bytes], bytes]] = {
    "a UTF-8 byte order mark added at the start": lambda b: b"\xef\xbb\xbf" + b,
    "every line ending changed to CRLF": lambda b: b.replace(b"\n", b"\r\n"),
    "the final line ending removed": lambda b: b.removesuffix(b"\n"),
    "all three changes above together": lambda b: (
        b"\xef\xbb\xbf" + b.replace(b"\n", b"\r\n").removesuffix(b"\r\n")
    ),
    "one line ending changed to CRLF, the others left as LF": lambda b: b.replace(
        b"\n", b"\r\n", 1
    ),
    "an empty line added at the end": lambda b: b + b"\n",
    "a space added after a colon": lambda b: b.replace(b'"role": ', b'"role":  ', 1),
    "the file re-indented with four spaces": lambda b: (
        json.dumps(json.loads(b), ensure_ascii=False, indent=4) + "\n"
    ).encode(),
    "the file minified to one line": lambda b: json.dumps(
        json.loads(b), ensure_ascii=False, separators=(",", ":")
    ).encode(),
    "a Chinese character written as a `\\uXXXX` escape": lambda b: b.replace(
        "张".encode(), b"\\u5f20", 1
    ),
    "two fields swapped": lambda b: _swap_fields(b.decode()).encode(),
    "`post_digest` written twice (another digest first)": lambda b: _twice_digest(
        b.decode()
    ).encode(),
    "the tier written as `NaN`": lambda b: b.replace(b'"tier": 1,', b'"tier": NaN,'),
    "the tier written as `Infinity`": lambda b: b.replace(b'"tier": 1,', b'"tier": Infinity,'),
    "the tier written as `1e999`": lambda b: b.replace(b'"tier": 1,', b'"tier": 1e999,'),
    "saved as UTF-16 (the `>` redirection of Windows PowerShell 5)": lambda b: b.decode().encode(
        "utf-16"
    ),
    'the line `"expires_at": null,` removed': lambda b: b.replace(b'  "expires_at": null,\n', b""),
    "one letter of the role changed": lambda b: b.replace(b'"editor"', b'"editer"', 1),
}


def _doc_rows() -> dict[str, str]:
    text = DOC.read_text(encoding="utf-8")
    table = text.split("<!-- approval-file-table")[1].split("<!-- /approval-file-table -->")[0]
    rows = {}
    for line in table.splitlines():
        cells = [c.strip() for c in line.strip().strip("|").split("|")]
        if len(cells) == 2 and cells[1] not in ("result", "---"):  # a row of the two columns
            rows[cells[0]] = cells[1]
    return rows


def test_every_row_of_the_doc_table_is_checked_here() -> None:
    assert sorted(CHANGES) == sorted(_doc_rows())


@pytest.mark.parametrize(("change", "result"), sorted(_doc_rows().items()))
def test_each_change_in_the_doc_table_does_what_the_doc_says(change: str, result: str) -> None:
    changed = CHANGES[change](FILE)
    assert changed != FILE  # the change applies to this file
    match = re.fullmatch(r"refused, `(\w+)`", result)
    expected = None if result == "accepted" else (match.group(1) if match else result)
    assert expected == _reason(changed)


def test_the_doc_names_the_transport_changes_the_reader_undoes() -> None:
    text = DOC.read_text(encoding="utf-8")
    assert 3 == len(TRANSPORT)
    assert re.search(r"up to three\s+changes that copying a file", text)
    accepted = [row for row, result in _doc_rows().items() if result == "accepted"]
    assert 4 == len(accepted)  # each of the three, and all of them together


def test_every_reason_id_is_in_the_doc_with_its_chinese_name() -> None:
    text = DOC.read_text(encoding="utf-8")
    for reason, chinese in REASONS.items():
        assert f"| `{reason}` | {chinese} |" in text


# -- strict JSON -----------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("old", "new", "reason"),
    [
        ('"tier": 1,', '"tier": -Infinity,', "non_finite"),
        ('"comment": "同意发布"', '"comment": "\\ud800"', "malformed"),
        ('"reviewer": "张敏",', '"reviewer": "张敏",\n  "reviewer": "张敏",', "duplicate_key"),
        ('"legal": true,', '"legal": true,\n    "legal": true,', "duplicate_key"),
    ],
)
def test_strict_json_refusals_have_their_reason(old: str, new: str, reason: str) -> None:
    text = FILE.decode()
    assert old in text
    assert reason == _reason(text.replace(old, new, 1))


def test_a_duplicate_key_is_refused_even_with_equal_values_and_a_valid_signature() -> None:
    """Both values equal: json.loads reads the signed approval, and it is still refused."""
    text = FILE.decode().replace('"role": "editor",', '"role": "editor",\n  "role": "editor",')
    assert APPROVAL == Approval.model_validate(json.loads(text))
    assert "duplicate_key" == _reason(text)


def test_deep_nesting_and_huge_numbers_are_malformed_not_a_crash() -> None:
    assert "malformed" == _reason("[" * 100_000)
    assert "malformed" == _reason('{"tier": 1' + "0" * 5000 + "}")


def test_not_utf8_names_the_byte() -> None:
    with pytest.raises(ReviewError, match=r"第 3 个字节无法解码.*\[malformed\]"):
        Approval.from_json(b"{ \xff }", source="a.json")


def test_load_approval_reads_with_the_same_rules(tmp_path: Path) -> None:
    path = tmp_path / "a.json"
    path.write_bytes(CHANGES["all three changes above together"](FILE))
    assert APPROVAL == load_approval(path)
    path.write_bytes(CHANGES["a space added after a colon"](FILE))
    with pytest.raises(ReviewError) as raised:
        load_approval(path)
    assert "not_canonical" == raised.value.problems[0].reason
    assert str(path) == raised.value.problems[0].source


def test_undo_transport_leaves_mixed_line_endings_alone() -> None:
    assert "a\nb\n" == undo_transport("\ufeffa\r\nb")
    assert "a\r\nb\n" == undo_transport("a\r\nb\n")
    assert "a\rb\n" == undo_transport("a\rb\n")
    assert "" == undo_transport("")


# -- documents from Python (the publisher's gate) ---------------------------------------------


def _document(**changes: Any) -> dict[str, Any]:
    document = APPROVAL.model_dump(mode="json")
    document.update(changes)
    return document


def test_the_gate_reads_objects_documents_and_file_contents_alike() -> None:
    reordered = dict(reversed(list(_document().items())))
    read = as_approvals([APPROVAL, reordered, FILE, FILE.decode()])
    assert [APPROVAL] * 4 == read


@pytest.mark.parametrize(
    ("document", "reason", "words"),
    [
        (_document(tier=float("nan")), "non_finite", "字段 tier"),
        (_document(checks={**_document()["checks"], "legal": float("inf")}), "non_finite", "legal"),
        (_document(time=T0), "malformed", "字段 time 不是 JSON 值"),
        ({**_document(), 1: "x"}, "malformed", "[1]"),
        (_document(comment="不同意"), "bad_signature", "签名"),
    ],
)
def test_documents_are_refused_with_the_reason(
    document: dict[Any, Any], reason: str, words: str
) -> None:
    with pytest.raises(ReviewError) as raised:
        as_approvals([APPROVAL, document])
    assert reason == raised.value.problems[0].reason
    assert "approval #2" == raised.value.problems[0].source
    assert words in str(raised.value)


def test_a_document_that_leaves_out_a_null_field_is_not_canonical() -> None:
    """Validation fills ``expires_at: null`` in and the signature verifies — over a field the
    document does not hold.  The reader compares values, so the document is refused."""
    document = _document()
    del document["expires_at"]
    assert APPROVAL == Approval.model_validate(document)  # what a lenient reader would accept
    with pytest.raises(ReviewError) as raised:
        approval_from_document(document, source="d")
    assert "not_canonical" == raised.value.problems[0].reason
    assert "d: " in str(raised.value)


def test_a_scheduled_post_is_re_read_by_the_same_reader() -> None:
    """What the ledger stores (the document) reads back as the approval, with its signature."""
    stored = json.loads(json.dumps(APPROVAL.model_dump(mode="json"), sort_keys=True))
    assert [APPROVAL] == as_approvals([stored])
    masked = {**stored, "signature": "***"}  # what a redacting store once kept
    with pytest.raises(ReviewError, match="bad_signature"):
        as_approvals([masked])


# -- properties ---------------------------------------------------------------------------------

_TEXT = st.text(alphabet=st.characters(blacklist_categories=("Cs", "Cc")), min_size=1, max_size=40)


@st.composite
def approvals(draw: st.DrawFn) -> Approval:
    """Any approval ``approve`` can sign: names, comments, tiers, checks, offsets, expiry."""
    name = draw(_TEXT.map(str.strip).filter(bool))
    offset = timedelta(minutes=15 * draw(st.integers(-48, 56)))
    now = datetime(2026, 3, 4, 9, 0, tzinfo=UTC).astimezone(timezone(offset)) + timedelta(
        seconds=draw(st.integers(0, 10**7))
    )
    hours = draw(st.one_of(st.none(), st.integers(1, 5000)))
    return approve(
        Post(
            id="p_" + draw(st.from_regex(r"[A-Za-z0-9_]{1,20}", fullmatch=True)),
            title=draw(_TEXT.map(str.strip).filter(bool)),
            body=draw(_TEXT),
            category="daily",
        ),
        reviewer=name,
        role=draw(st.sampled_from(["editor", "director", "审核员"])),
        key=KEYS[draw(st.sampled_from(sorted(KEYS)))],
        tier=draw(st.one_of(st.none(), st.integers(1, 3))),
        comment=draw(st.one_of(st.none(), _TEXT)),
        expires_in=timedelta(hours=hours) if hours else None,
        checks=ReviewChecks.only(
            draw(st.sets(st.sampled_from(["political", "legal", "policy", "secrecy", "wording"])))
        ),
        now=now,
    )


@st.composite
def transported(draw: st.DrawFn, data: bytes) -> bytes:
    """``data`` after any combination of the three accepted transport changes."""
    if draw(st.booleans()):
        data = data.replace(b"\n", b"\r\n")
    if draw(st.booleans()):
        data = data.removesuffix(b"\n").removesuffix(b"\r")
    if draw(st.booleans()):
        data = b"\xef\xbb\xbf" + data
    return data


@settings(max_examples=150, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(data=st.data(), approval=approvals())
def test_any_valid_approval_round_trips_through_any_accepted_transport(
    data: st.DataObject, approval: Approval
) -> None:
    written = approval.to_json().encode("utf-8")
    copied = data.draw(transported(written))
    read = Approval.from_json(copied)
    assert approval == read
    assert approval.signed_payload() == read.signed_payload()
    assert written == read.to_json().encode("utf-8")
    assert [approval] == as_approvals([read.model_dump(mode="json")])


_ACCEPTED_VARIANTS = {
    CHANGES[name](FILE)
    for name in (
        "a UTF-8 byte order mark added at the start",
        "every line ending changed to CRLF",
        "the final line ending removed",
        "all three changes above together",
    )
}


@settings(max_examples=400, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(
    position=st.integers(0, len(FILE)),
    edit=st.sampled_from(["replace", "insert", "delete"]),
    byte=st.integers(0, 255),
)
def test_any_single_byte_edit_is_refused_or_changes_nothing_signed(
    position: int, edit: str, byte: int
) -> None:
    """Replace, insert or delete one byte: refused, or one of the accepted transport changes
    and then the identical approval, whose signature still verifies over the same payload."""
    if edit == "insert":
        changed = FILE[:position] + bytes([byte]) + FILE[position:]
    elif position == len(FILE):
        return
    elif edit == "replace":
        changed = FILE[:position] + bytes([byte]) + FILE[position + 1 :]
    else:
        changed = FILE[:position] + FILE[position + 1 :]
    try:
        read = Approval.from_json(changed)
    except ReviewError as exc:
        assert exc.problems[0].reason in REASONS
        return
    assert changed == FILE or changed in _ACCEPTED_VARIANTS
    assert APPROVAL == read
    assert APPROVAL.signed_payload() == read.signed_payload()
    assert read.signature_ok()


@settings(max_examples=200, deadline=None)
@given(position=st.integers(0, len(FILE) - 1), replacement=st.binary(min_size=1, max_size=3))
def test_a_changed_file_that_is_accepted_was_not_changed(position: int, replacement: bytes) -> None:
    """The old property, now without its whitespace loophole: accepted means byte-identical."""
    changed = FILE[:position] + replacement + FILE[position + 1 :]
    try:
        read = Approval.from_json(changed)
    except ReviewError:
        return
    assert FILE == changed
    assert APPROVAL == read
