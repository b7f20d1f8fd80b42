"""Fuzzing approval files: whatever the bytes, only ``ReviewError`` leaves the reader.

Random bytes, random JSON documents, and mutations of a real signed approval
(a byte changed, inserted or deleted; a value replaced; a key doubled) go
through :func:`govpub.review.approval_file.read_approval` — the one reader
behind ``publish``, ``review status`` and ``review form`` — and through
``govpub review status`` on the command line, which exits 0 or 3 (2 only for
a file it cannot open) and never prints a traceback.
"""

from __future__ import annotations

import json
import shutil
from pathlib import Path

import pytest
from hypothesis import HealthCheck, event, given, settings
from hypothesis import strategies as st

from govpub.cli import main
from govpub.errors import ReviewError
from govpub.review.approval_file import read_approval

EXAMPLES = Path(__file__).parents[2] / "examples"
FUZZ = settings(max_examples=200, deadline=None)


@pytest.fixture(scope="module")
def signed(tmp_path_factory: pytest.TempPathFactory) -> bytes:
    """A real approval of the example post, as ``govpub review approve`` writes it."""
    root = tmp_path_factory.mktemp("approval")
    shutil.copytree(EXAMPLES, root, dirs_exist_ok=True)
    key = str(root / "keys" / "zhang-min.example.pem")
    out = root / "a.json"
    argv = ["review", "approve", str(root / "post.md"), "--key", key, "--role", "editor"]
    assert 0 == main([*argv, "--config", str(root / "govpub.toml"), "-o", str(out)])
    return out.read_bytes()


def read(data: bytes) -> None:
    try:
        read_approval(data, source="fuzzed.json")
    except ReviewError as exc:
        event(f"refused: {exc.problems[0].reason if exc.problems else 'no reason'}")
    else:
        event("accepted")


@FUZZ
@given(data=st.binary(max_size=600))
def test_random_bytes(data: bytes) -> None:
    read(data)


json_values = st.recursive(
    st.none() | st.booleans() | st.integers() | st.floats() | st.text(max_size=20),
    lambda inner: st.lists(inner, max_size=4) | st.dictionaries(st.text(max_size=10), inner),
    max_leaves=15,
)


@FUZZ
@given(document=st.dictionaries(st.text(max_size=12), json_values, max_size=8))
def test_random_documents(document: dict[str, object]) -> None:
    read(json.dumps(document, ensure_ascii=False).encode())


@settings(
    max_examples=300, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture]
)
@given(data=st.data())
def test_mutations_of_a_signed_approval(signed: bytes, data: st.DataObject) -> None:
    position = data.draw(st.integers(0, len(signed)))
    how = data.draw(st.sampled_from(["replace", "insert", "delete", "double-key"]))
    if how == "replace" and position < len(signed):
        mutated = (
            signed[:position] + bytes([data.draw(st.integers(0, 255))]) + signed[position + 1 :]
        )
    elif how == "insert":
        mutated = signed[:position] + bytes([data.draw(st.integers(0, 255))]) + signed[position:]
    elif how == "delete":
        mutated = signed[:position] + signed[position + 1 :]
    else:
        text = signed.decode()
        line = data.draw(st.sampled_from(text.splitlines()[1:-1]))
        mutated = text.replace(line, f"{line}\n{line}", 1).encode()
    read(mutated)


@settings(
    max_examples=40, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture]
)
@given(data=st.binary(max_size=300))
def test_review_status_never_prints_a_traceback(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], signed: bytes, data: bytes
) -> None:
    shutil.copy(EXAMPLES / "post.md", tmp_path / "post.md")
    shutil.copytree(EXAMPLES / "images", tmp_path / "images", dirs_exist_ok=True)
    shutil.copytree(EXAMPLES / "secrets", tmp_path / "secrets", dirs_exist_ok=True)
    shutil.copytree(EXAMPLES / "keys", tmp_path / "keys", dirs_exist_ok=True)
    shutil.copy(EXAMPLES / "govpub.toml", tmp_path / "govpub.toml")
    (tmp_path / "a.json").write_bytes(signed[: len(data)] + data)
    argv = ["review", "status", str(tmp_path / "post.md"), "-a", str(tmp_path / "a.json")]
    code = main([*argv, "--config", str(tmp_path / "govpub.toml")])
    captured = capsys.readouterr()
    assert code in (0, 3), captured.err
    assert "Traceback" not in captured.err + captured.out
    assert "unexpected error" not in captured.err
