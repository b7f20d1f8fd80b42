"""Canonical JSON: the one byte serialisation govpub signs and hashes, and its strict reader.

Approvals (``govpub.review``) are signed over it and audit records
(``govpub.audit``) are hash-chained over it, so both must turn the same value
into the same bytes on every machine and every Python version: UTF-8, keys
sorted, no insignificant whitespace, non-ASCII characters written as they are
(not ``\\uXXXX``), and no NaN or infinity (they are not JSON).

Reading is the other half.  Whenever two programs may read the same signed or
hashed bytes, they must read the same *value*: ``json.loads`` keeps the last of
two equal keys where SQLite's ``json_extract`` keeps the first, and it turns
``NaN``, ``Infinity`` and ``1e999`` into floats that :func:`canonical_json`
cannot write back.  :func:`loads_strict` refuses all of those, and
:func:`loads_canonical` further refuses any text that is not exactly the
canonical form of what it holds — one value, one spelling.  Each refusal is a
:class:`StrictJSONError` with a stable ``reason`` id that the review gate and
the audit verifier report as they are.
"""

from __future__ import annotations

import json
import math
from json.encoder import c_make_encoder as _c_make_encoder  # type: ignore[attr-defined]
from json.encoder import encode_basestring as _encode_string
from typing import Any, Literal

__all__ = [
    "StrictJSONError",
    "StrictReason",
    "canonical_json",
    "loads_canonical",
    "loads_strict",
    "require_canonical",
]

#: Why a text was refused: not JSON at all, a key twice, NaN/Infinity, or not the canonical form.
StrictReason = Literal["malformed", "duplicate_key", "non_finite", "not_canonical"]


class StrictJSONError(ValueError):
    """A JSON text refused by the strict reader; ``reason`` is a :data:`StrictReason`."""

    def __init__(self, reason: StrictReason, message: str, *, key: str | None = None) -> None:
        self.reason: StrictReason = reason
        self.key = key
        """The duplicated key, for ``duplicate_key``."""
        super().__init__(message)


def canonical_json(value: Any) -> bytes:
    """``value`` (JSON types only) as canonical UTF-8 bytes.

    Exactly ``json.dumps(value, ensure_ascii=False, sort_keys=True,
    separators=(",", ":"), allow_nan=False)``, encoded; with the C encoder it is
    called directly (the audit trail serialises every record: ``json.dumps``
    builds an encoder object in Python each time).
    """
    if _c_make_encoder is None:  # pragma: no cover - CPython has the C encoder
        return json.dumps(
            value, ensure_ascii=False, sort_keys=True, separators=(",", ":"), allow_nan=False
        ).encode("utf-8")
    # a new markers dict each call: the encoder's check for cycles, as json.dumps has it
    encode = _c_make_encoder(
        {}, _unserialisable, _encode_string, None, ":", ",", True, False, False
    )
    return "".join(encode(value, 0)).encode("utf-8")


def _unserialisable(value: Any) -> Any:
    """What ``json.JSONEncoder.default`` raises for a value JSON cannot hold."""
    raise TypeError(f"Object of type {type(value).__name__} is not JSON serializable")


def _no_duplicates(pairs: list[tuple[str, Any]]) -> dict[str, Any]:
    out: dict[str, Any] = {}
    for key, value in pairs:
        if key in out:
            raise StrictJSONError("duplicate_key", f"duplicate key {key!r}", key=key)
        out[key] = value
    return out


def _no_constant(name: str) -> Any:
    raise StrictJSONError("non_finite", f"{name} is not a JSON number")


def _finite(text: str) -> float:
    value = float(text)
    if not math.isfinite(value):  # 1e999: valid JSON syntax, but no finite float holds it
        raise StrictJSONError("non_finite", f"{text} is too large to be a finite number")
    return value


def loads_strict(text: str) -> Any:
    """Parse JSON refusing duplicate keys, NaN/Infinity and lone surrogates.

    Two texts with one meaning, or one text with two meanings, is a hole.  Every
    failure is a :class:`StrictJSONError` (a ``ValueError``): syntax errors and
    nesting too deep for the parser are ``malformed``.  What this returns,
    :func:`canonical_json` can always write.
    """
    return _parse(text)[0]


def loads_canonical(text: str) -> Any:
    """Parse ``text`` strictly and refuse it unless it is the canonical form of its value.

    Insignificant whitespace, ``\\u`` escapes of characters written plainly in
    canonical form, keys out of order, ``1e2`` for ``100.0`` — each is
    ``not_canonical``: a text govpub wrote never has them, so one that does was
    written by someone else.
    """
    value, again = _parse(text)
    require_canonical(text, again)
    return value


def require_canonical(text: str, canonical: bytes) -> None:
    """Refuse ``text`` (``not_canonical``) unless it is exactly the ``canonical`` bytes."""
    if canonical != text.encode("utf-8", "surrogatepass"):
        where = _first_difference(text, canonical)
        raise StrictJSONError("not_canonical", f"not canonical JSON: {where}")


def _parse(text: str) -> tuple[Any, bytes]:
    """The strictly parsed value and its canonical bytes."""
    try:
        value = json.loads(
            text,
            object_pairs_hook=_no_duplicates,
            parse_constant=_no_constant,
            parse_float=_finite,
        )
        return value, canonical_json(value)
    except StrictJSONError:
        raise
    except RecursionError:
        raise StrictJSONError("malformed", "nested too deeply") from None
    except UnicodeEncodeError:  # "\\ud800": valid JSON syntax, but not Unicode text
        raise StrictJSONError(
            "malformed", "a string holds a lone surrogate (\\uD800-\\uDFFF)"
        ) from None
    except ValueError as exc:  # JSONDecodeError, and int() of a number with too many digits
        raise StrictJSONError("malformed", str(exc)) from None


def _first_difference(text: str, canonical: bytes) -> str:
    """Where ``text`` leaves the canonical form, for the message (a short excerpt)."""
    expected = canonical.decode("utf-8", "replace")
    index = next(
        (i for i, (a, b) in enumerate(zip(text, expected, strict=False)) if a != b),
        min(len(text), len(expected)),
    )
    return f"at character {index} the canonical form has {expected[index : index + 12]!r}"
