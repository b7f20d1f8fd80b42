"""The approval file: round trip, refusal of tampered or malformed files, strict forms."""

from __future__ import annotations

import json
from datetime import timedelta

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st
from reviewkit import KEYS, T0

from govpub import Approval, Post, ReviewError, approve
from govpub.review import ReviewChecks, load_approval

POST = Post(id="p_file_test", title="关于春季植树的通知", body="正文。", category="daily")


def _approval(**kwargs: object) -> Approval:
    return approve(
        POST,
        reviewer="张敏",
        role="editor",
        key=KEYS["张敏"],
        now=T0,
        comment="同意发布",
        **kwargs,  # type: ignore[arg-type]
    )


def test_round_trip_keeps_every_field() -> None:
    approval = _approval(tier=1, expires_in="72h", checks={"legal": False})
    text = approval.to_json()
    again = Approval.from_json(text)
    assert approval == again
    assert text == again.to_json()
    data = json.loads(text)
    assert "2026-03-04T09:00:00+08:00" == data["time"]
    assert "2026-03-07T09:00:00+08:00" == data["expires_at"]
    assert {
        "political": True,
        "legal": False,
        "policy": True,
        "secrecy": True,
        "wording": True,
    } == data["checks"]
    assert POST.digest() == data["post_digest"]
    assert "同意发布" in text  # Chinese stays readable in the file


def test_every_check_is_written_explicitly() -> None:
    data = json.loads(_approval().to_json())
    assert ["legal", "policy", "political", "secrecy", "wording"] == sorted(data["checks"])


TAMPERING = {
    "comment": ("同意发布", "不同意发布"),
    "role": ('"editor"', '"director"'),
    "digest": (POST.digest()[:8], "00000000"),
    "checks": ('"legal": true', '"legal": false'),
    "time": ("09:00:00+08:00", "08:00:00+08:00"),
}


@pytest.mark.parametrize("field", sorted(TAMPERING))
def test_a_tampered_file_is_refused(field: str) -> None:
    old, new = TAMPERING[field]
    text = _approval().to_json()
    assert old in text
    with pytest.raises(ReviewError) as raised:
        Approval.from_json(text.replace(old, new, 1), source="a.json")
    assert "a.json" in str(raised.value)
    assert "bad_signature" in str(raised.value)
    assert "bad_signature" == raised.value.problems[0].reason
    assert "a.json" == raised.value.problems[0].source


MALFORMED = {
    "not_json": ("{", "不是有效的 JSON"),
    "array": ("[]", "JSON 对象"),
    "missing_signature": (None, "signature"),
    "duplicate_key": (None, "duplicate key"),
    "lower_case_t": (None, "canonical"),
    "zulu": (None, "time"),
    "extra_field": (None, "note"),
    "string_bool": (None, "checks.legal"),
    "padding_bits": (None, "signature"),
}


def _malformed(name: str) -> str:
    text = _approval().to_json()
    data = json.loads(text)
    if name == "missing_signature":
        del data["signature"]
    elif name == "duplicate_key":
        return text.replace('"role": "editor",', '"role": "editor",\n  "role": "editor",')
    elif name == "lower_case_t":
        data["time"] = data["time"].replace("T", "t")
    elif name == "zulu":
        data["time"] = "2026-03-04T01:00:00Z"
    elif name == "extra_field":
        data["note"] = "x"
    elif name == "string_bool":
        data["checks"]["legal"] = "true"
    elif name == "padding_bits":  # same bytes under lenient base64 decoding
        sig = data["signature"]
        data["signature"] = sig[:-3] + chr(ord(sig[-3]) ^ 1) + sig[-2:]
    return json.dumps(data, ensure_ascii=False)


@pytest.mark.parametrize("name", sorted(MALFORMED))
def test_malformed_files_are_refused_naming_the_problem(name: str) -> None:
    text, needle = MALFORMED[name]
    with pytest.raises(ReviewError) as raised:
        Approval.from_json(text if text is not None else _malformed(name), source="f.json")
    assert needle in str(raised.value)
    assert str(raised.value).startswith("f.json: ")


def test_load_approval_names_missing_file(tmp_path: object) -> None:
    from pathlib import Path

    path = Path(str(tmp_path)) / "nope.json"
    with pytest.raises(ReviewError) as raised:
        load_approval(path)
    assert str(path) in str(raised.value)


def test_approve_refuses_naive_time_and_unknown_checks() -> None:
    with pytest.raises(ValueError, match="time zone"):
        approve(POST, reviewer="张敏", role="editor", key=KEYS["张敏"], now=T0.replace(tzinfo=None))
    with pytest.raises(ValueError, match="unknown check"):
        _approval(checks={"morality": True})
    with pytest.raises(ValueError, match="positive"):
        _approval(expires_in=timedelta(0))


def test_review_checks_report_failures_in_31hao_order() -> None:
    partial = ReviewChecks.only(["secrecy", "wording"])
    assert ("political", "legal", "policy") == partial.failed()
    assert ("legal",) == partial.failed(["wording", "legal"])
    assert () == ReviewChecks.all_passed().failed()


_SIGNED = _approval(tier=1, expires_in="48h").to_json().encode("utf-8")


def test_every_single_bit_flip_in_an_approval_file_is_refused() -> None:
    """Exhaustive: each of the file's bits, flipped alone, makes the file unreadable or unsigned."""
    accepted = []
    for position in range(len(_SIGNED)):
        for bit in range(8):
            damaged = bytearray(_SIGNED)
            damaged[position] ^= 1 << bit
            try:
                Approval.from_json(bytes(damaged))
            except ReviewError:
                continue
            accepted.append((position, bit))
    assert [] == accepted


@settings(max_examples=60, deadline=None)
@given(
    comment=st.one_of(
        st.none(),
        st.text(alphabet=st.characters(blacklist_categories=("Cs", "Cc")), min_size=1, max_size=80),
    ),
    tier=st.one_of(st.none(), st.integers(1, 3)),
    hours=st.one_of(st.none(), st.integers(1, 500)),
    passed=st.sets(st.sampled_from(["political", "legal", "policy", "secrecy", "wording"])),
)
def test_round_trip_property(
    comment: str | None, tier: int | None, hours: int | None, passed: set[str]
) -> None:
    approval = approve(
        POST,
        reviewer="张敏",
        role="editor",
        key=KEYS["张敏"],
        now=T0,
        tier=tier,
        comment=comment,
        expires_in=timedelta(hours=hours) if hours else None,
        checks=ReviewChecks.only(passed),
    )
    assert approval == Approval.from_json(approval.to_json())
