"""Fuzzing ``govpub.toml``: whatever the file holds, loading raises nothing but ``GovpubError``.

Three generators: arbitrary text (mostly not TOML), arbitrary TOML documents
built from random tables and values, and mutations of the real example
configuration (keys renamed, values replaced, sections dropped or duplicated)
— the last reaches deep into the section checks.  The command line never
prints a traceback: ``govpub config check`` exits 0 or 2.
"""

from __future__ import annotations

import string
import tomllib
from pathlib import Path
from typing import Any

import pytest
from hypothesis import HealthCheck, event, given, settings
from hypothesis import strategies as st

from govpub.cli import main
from govpub.config import Matrix
from govpub.errors import GovpubError

EXAMPLE = Path(__file__).parents[2] / "examples" / "govpub.toml"
BASE = tomllib.loads(EXAMPLE.read_text(encoding="utf-8"))
FUZZ = settings(
    max_examples=150,
    deadline=None,
    suppress_health_check=[HealthCheck.function_scoped_fixture, HealthCheck.too_slow],
)

KNOWN = (
    *("agency", "store", "accounts", "policy", "review", "publisher", "health", "matrix"),
    *("id", "platform", "name", "unit", "credentials", "settings", "token", "world"),
    *("require_review", "duplicate_window", "webhook", "secret", "profile", "path"),
)
keys = st.sampled_from(KNOWN) | st.text(string.ascii_lowercase + "_", min_size=1, max_size=12)
scalars = (
    st.none()
    | st.booleans()
    | st.integers(-(2**63), 2**63 - 1)
    | st.floats(allow_nan=True)
    | st.text(max_size=30)
    | st.sampled_from(["env:", "env:X", "file:", "file:nope", "memory", "wechat", "30d", "0s"])
)
values = st.recursive(
    scalars,
    lambda inner: st.lists(inner, max_size=4) | st.dictionaries(keys, inner, max_size=4),
    max_leaves=20,
)


def toml_text(data: dict[str, Any]) -> str:
    """A TOML-ish rendering (good enough to reach the loader; bad text is fine too)."""
    lines = []
    for key, value in data.items():
        lines.append(f"{key} = {toml_value(value)}")
    return "\n".join(lines) + "\n"


def toml_value(value: Any) -> str:
    if value is None:
        return '""'
    if isinstance(value, bool):
        return "true" if value else "false"
    if isinstance(value, int | float):
        return repr(value).replace("inf", "inf").replace("nan", "nan")
    if isinstance(value, str):
        return '"' + value.replace("\\\\", "\\\\\\\\").replace('"', '\\\\"') + '"'
    if isinstance(value, list):
        return "[" + ", ".join(toml_value(v) for v in value) + "]"
    return "{" + ", ".join(f"{k} = {toml_value(v)}" for k, v in value.items()) + "}"


def outcome(build: Any) -> None:
    """Run ``build``; only ``GovpubError`` may escape it (recorded for hypothesis' statistics)."""
    try:
        build()
    except GovpubError as exc:
        event(f"refused: {type(exc).__name__}")
    else:
        event("loaded")


def load(tmp_path: Path, text: str) -> None:
    path = tmp_path / "govpub.toml"
    path.write_text(text, encoding="utf-8", errors="surrogatepass")
    outcome(lambda: Matrix.from_toml(path, environ={}))


@FUZZ
@given(text=st.text(max_size=400))
def test_arbitrary_text(tmp_path: Path, text: str) -> None:
    load(tmp_path, text)


@FUZZ
@given(data=st.dictionaries(keys, values, max_size=6))
def test_arbitrary_toml_documents(tmp_path: Path, data: dict[str, Any]) -> None:
    load(tmp_path, toml_text(data))


def mutate(base: Any, draw: Any, depth: int = 0) -> Any:
    """A copy of ``base`` with some keys renamed, values replaced or dropped."""
    if isinstance(base, dict):
        out = {}
        for key, value in base.items():
            action = draw(st.sampled_from(["keep", "keep", "keep", "rename", "replace", "drop"]))
            if action == "drop":
                continue
            name = draw(keys) if action == "rename" else key
            out[name] = draw(values) if action == "replace" else mutate(value, draw, depth + 1)
        return out
    if isinstance(base, list):
        return [mutate(item, draw, depth + 1) for item in base]
    return base


@FUZZ
@given(data=st.data())
def test_mutations_of_the_example(tmp_path: Path, data: st.DataObject) -> None:
    mutated = mutate(BASE, data.draw)
    matrix_dir = tmp_path / "m"
    matrix_dir.mkdir(exist_ok=True)
    (matrix_dir / "secrets").mkdir(exist_ok=True)
    outcome(lambda: Matrix.from_dict(mutated, path=matrix_dir / "govpub.toml", environ={}))


@settings(
    max_examples=25, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture]
)
@given(data=st.dictionaries(keys, values, max_size=5))
def test_config_check_never_prints_a_traceback(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], data: dict[str, Any]
) -> None:
    path = tmp_path / "govpub.toml"
    path.write_text(toml_text(data), encoding="utf-8")
    code = main(["config", "check", "--config", str(path)])
    captured = capsys.readouterr()
    assert code in (0, 2), captured.err
    assert "Traceback" not in captured.err + captured.out
