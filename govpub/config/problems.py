"""Turning validation errors into configuration problems: every one, named, with a suggestion.

One message format for the whole configuration (``file:line: dotted.key:
message``); pydantic's own words ("Extra inputs are not permitted") never reach
the user.  An unknown key is reported with the known key it most resembles
(``unknown key (did you mean app_secret?)``), found with :mod:`difflib` among
the fields of the model it was written in.
"""

from __future__ import annotations

import difflib
from collections.abc import Iterable, Mapping, Sequence
from typing import Any

from pydantic import BaseModel, ValidationError

from govpub.errors import ConfigError

__all__ = ["did_you_mean", "known_fields", "unknown_key", "validation_problems"]


def did_you_mean(word: str, known: Iterable[str]) -> str:
    """`` (did you mean X?)`` for the closest known word, or ``""`` when none is close."""
    close = difflib.get_close_matches(word, sorted(set(known)), n=1, cutoff=0.6)
    return f" (did you mean {close[0]}?)" if close else ""


def unknown_key(
    key: str, name: str, known: Iterable[str], *, file: str | None = None, what: str = "key"
) -> ConfigError:
    """``unknown key`` naming the key and suggesting the closest known one."""
    return ConfigError(f"unknown {what}{did_you_mean(name, known)}", file=file, key=key)


def validation_problems(
    exc: ValidationError, model: type[BaseModel] | None, prefix: str, *, file: str | None = None
) -> list[ConfigError]:
    """Every error of ``exc`` as a :class:`ConfigError` under ``prefix`` (``accounts[0]``)."""
    problems = []
    for error in exc.errors(include_url=False, include_input=False):
        loc = tuple(error["loc"])
        key = _dotted(prefix, loc)
        kind = error.get("type", "")
        if kind == "extra_forbidden":
            known = known_fields(model, loc[:-1])
            problems.append(unknown_key(key, str(loc[-1]), known, file=file))
        elif kind == "missing":
            problems.append(ConfigError("required key is missing", file=file, key=key))
        else:
            problems.append(ConfigError(_expected(error), file=file, key=key))
    return problems


def _dotted(prefix: str, loc: Sequence[Any]) -> str:
    out = prefix
    for part in loc:
        if isinstance(part, int):
            out += f"[{part}]"
        else:
            out += f".{part}" if out else str(part)
    return out


def known_fields(model: type[BaseModel] | None, path: Sequence[Any]) -> list[str]:
    """The field names of the model found at ``path`` inside ``model`` (for suggestions)."""
    current: Any = model
    for part in path:
        if isinstance(part, int) or current is None:
            continue  # a list index: the element's model was found with the list
        field = getattr(current, "model_fields", {}).get(part)
        if field is not None:  # else a dict key: the value's model was found with the dict
            current = _model_of(field.annotation)
    fields: Mapping[str, Any] = getattr(current, "model_fields", {})
    return list(fields)


def _model_of(annotation: Any) -> type[BaseModel] | None:
    if isinstance(annotation, type) and issubclass(annotation, BaseModel):
        return annotation
    for arg in getattr(annotation, "__args__", ()) or ():
        found = _model_of(arg)
        if found is not None:
            return found
    return None


def _expected(error: Mapping[str, Any]) -> str:
    message = str(error.get("msg", "invalid value")).removeprefix("Value error, ")
    return f"expected: {message[0].lower()}{message[1:]}" if message else "invalid value"
