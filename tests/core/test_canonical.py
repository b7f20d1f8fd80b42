"""The strict JSON reader under everything signed or hashed: one value, one spelling."""

from __future__ import annotations

import json
from typing import Any

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from govpub._canonical import StrictJSONError, canonical_json, loads_canonical, loads_strict

_SCALARS = (
    st.none()
    | st.booleans()
    | st.integers()
    | st.floats(allow_nan=False, allow_infinity=False)
    | st.text(alphabet=st.characters(blacklist_categories=("Cs",)))
)
JSON = st.recursive(
    _SCALARS,
    lambda inner: st.lists(inner, max_size=5) | st.dictionaries(st.text(max_size=6), inner),
    max_leaves=25,
)


def _reason(text: str, *, canonical: bool = False) -> str | None:
    try:
        (loads_canonical if canonical else loads_strict)(text)
    except StrictJSONError as exc:
        return exc.reason
    return None


@settings(max_examples=150, deadline=None)
@given(value=JSON)
def test_canonical_text_round_trips(value: Any) -> None:
    text = canonical_json(value).decode("utf-8")
    assert value == loads_canonical(text)
    assert canonical_json(loads_strict(text)) == canonical_json(value)


@settings(max_examples=150, deadline=None)
@given(value=JSON, indent=st.sampled_from([None, 1]), ascii_only=st.booleans())
def test_any_other_spelling_of_a_value_is_not_canonical(
    value: Any, indent: int | None, ascii_only: bool
) -> None:
    text = json.dumps(value, indent=indent, ensure_ascii=ascii_only, sort_keys=True)
    assert value == loads_strict(text)  # strictly valid JSON …
    if text.encode("utf-8") == canonical_json(value):
        assert value == loads_canonical(text)
    else:  # … but another spelling
        assert "not_canonical" == _reason(text, canonical=True)


@settings(max_examples=100, deadline=None)
@given(
    members=st.dictionaries(st.text(max_size=6), JSON, min_size=1, max_size=4),
    data=st.data(),
)
def test_a_key_written_twice_is_refused_wherever_it_is(
    members: dict[str, Any], data: st.DataObject
) -> None:
    key = data.draw(st.sampled_from(sorted(members)))
    pairs = [*members.items(), (key, data.draw(JSON))]
    pairs = data.draw(st.permutations(pairs))
    text = "{" + ",".join(f"{json.dumps(k)}:{json.dumps(v)}" for k, v in pairs) + "}"
    wrapped = data.draw(st.sampled_from(["{}", "[{}]", '{{"outer":{}}}']))
    with pytest.raises(StrictJSONError) as raised:
        loads_strict(wrapped.format(text))
    assert ("duplicate_key", key) == (raised.value.reason, raised.value.key)


@pytest.mark.parametrize(
    ("text", "reason"),
    [
        ("NaN", "non_finite"),
        ("[Infinity]", "non_finite"),
        ('{"a":-Infinity}', "non_finite"),
        ("1e999", "non_finite"),
        ("-1e999", "non_finite"),
        ('"\\udc00"', "malformed"),
        ("[" * 50_000, "malformed"),
        ("1" * 5000, "malformed"),
        ("{", "malformed"),
        ("", "malformed"),
    ],
)
def test_what_is_not_json_has_a_reason(text: str, reason: str) -> None:
    assert reason == _reason(text)


@settings(max_examples=300, deadline=None)
@given(text=st.text(max_size=40))
def test_the_reader_refuses_with_a_reason_or_returns_writable_json(text: str) -> None:
    """Any text at all: a StrictJSONError with a reason, or a value canonical_json can write."""
    try:
        value = loads_strict(text)
    except StrictJSONError as exc:
        assert exc.reason in ("malformed", "duplicate_key", "non_finite")
        return
    canonical_json(value)
