"""One reader of approval files for ``publish``, ``review status`` and ``review form`` (issue 11.3).

``publish`` once read approval files with ``json.loads`` — the last of two
``post_digest`` keys won — and published a file that ``review status`` refused.
Here the same files go to all three commands, and each refuses or accepts them
alike, with the same reason id; a refused file makes ``publish`` exit 3 with
nothing stored and nothing sent.
"""

from __future__ import annotations

import json
import re
import shutil
from pathlib import Path

import pytest

from govpub.cli import main
from govpub.ledger import SqliteLedger
from govpub.platforms.memory import MemoryWorld

EXAMPLES = Path(__file__).parents[2] / "examples"

ACCOUNTS = """
[store]
path = "govpub.db"

[[accounts]]
id = "m1"
platform = "memory"
name = "某某发布"
unit = "某某市人民政府办公室"
settings = { world = "strict" }

[[accounts]]
id = "m2"
platform = "memory"
name = "某某园林"
unit = "某某市园林绿化局"
settings = { world = "strict" }
"""

#: A digest that is not the post's: what a forger would put first, hoping one reader takes it.
FORGED = "0" * 64


@pytest.fixture
def workspace(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    """Two memory accounts, the example [review] section and keys, and both approvals signed."""
    for name in ("images", "keys"):
        shutil.copytree(EXAMPLES / name, tmp_path / name)
    post = (EXAMPLES / "post.md").read_text(encoding="utf-8")
    post = post.replace("publish_at: 2026-03-05T09:00:00+08:00\n", "id: p_strict_1\n")
    (tmp_path / "post.md").write_text(post, encoding="utf-8")
    review = (EXAMPLES / "review-section.toml").read_text(encoding="utf-8")
    (tmp_path / "govpub.toml").write_text(ACCOUNTS + "\n" + review, encoding="utf-8")
    monkeypatch.chdir(tmp_path)
    for key, role, out in (
        ("zhang-min", "editor", "a1.json"),
        ("wang-fang", "director", "a2.json"),
    ):
        args = ["review", "approve", "post.md", "--key", f"keys/{key}.example.pem"]
        assert 0 == main([*args, "--role", role, "-o", out])
    return tmp_path


def _duplicate_digest(text: str) -> str:
    """The issue's file: a forged ``post_digest`` first, the signed one after it."""
    line = next(x for x in text.splitlines(keepends=True) if '"post_digest"' in x)
    forged = line.split(":")[0] + f': "{FORGED}",\n'
    return text.replace(line, forged + line, 1)


VARIANTS = {
    "duplicate_key": _duplicate_digest,
    "non_finite": lambda text: re.sub(r'"tier": \d+,', '"tier": NaN,', text, count=1),
    "not_canonical": lambda text: text.replace('"role": ', '"role":  ', 1),
    "bad_signature": lambda text: text.replace('"editor"', '"director"', 1),
}


def _nothing_stored_or_sent(workspace: Path) -> None:
    assert [] == MemoryWorld.get("strict").calls
    if (workspace / "govpub.db").exists():
        ledger = SqliteLedger(workspace / "govpub.db")
        try:
            assert [] == ledger.posts()
            assert [] == list(ledger.trail.iter_records())
        finally:
            ledger.close()


@pytest.mark.parametrize("reason", sorted(VARIANTS))
def test_publish_status_and_form_refuse_the_same_file_for_the_same_reason(
    workspace: Path, capsys: pytest.CaptureFixture[str], reason: str
) -> None:
    text = (workspace / "a1.json").read_text(encoding="utf-8")
    (workspace / "bad.json").write_bytes(VARIANTS[reason](text).encode("utf-8"))
    capsys.readouterr()

    assert 3 == main(["publish", "post.md", "-a", "bad.json", "-a", "a2.json"])
    err = capsys.readouterr().err
    assert "Traceback" not in err
    assert "bad.json: " in err
    assert f"[{reason}]" in err
    assert "未发布" in err
    _nothing_stored_or_sent(workspace)

    assert 3 == main(["review", "status", "post.md", "-a", "bad.json", "-a", "a2.json", "--json"])
    data = json.loads(capsys.readouterr().out)
    [unreadable] = data["unreadable_approvals"]
    assert "bad.json: " in unreadable
    assert f"[{reason}]" in unreadable

    assert 0 == main(["review", "form", "post.md", "-a", "bad.json", "-a", "a2.json"])
    page = capsys.readouterr().out
    assert "审核未完成，不得发布" in page
    assert f"[{reason}]" in page


def test_the_issue_file_is_refused_although_its_last_digest_is_the_signed_one(
    workspace: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    """The exact case of issue 11: with ``json.loads`` (last key wins) the file verified."""
    text = _duplicate_digest((workspace / "a1.json").read_text(encoding="utf-8"))
    assert FORGED != json.loads(text)["post_digest"]  # the lenient reader saw the signed digest
    (workspace / "dup.json").write_text(text, encoding="utf-8")
    capsys.readouterr()
    assert 3 == main(["publish", "post.md", "-a", "dup.json", "-a", "a2.json"])
    err = capsys.readouterr().err
    assert 'dup.json: 审批文件中键 "post_digest" 出现了不止一次' in err
    _nothing_stored_or_sent(workspace)


def test_publish_names_every_refused_file(
    workspace: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    for name, reason in (("x.json", "duplicate_key"), ("y.json", "not_canonical")):
        text = (workspace / ("a1.json" if name == "x.json" else "a2.json")).read_text("utf-8")
        (workspace / name).write_text(VARIANTS[reason](text), encoding="utf-8")
    capsys.readouterr()
    assert 3 == main(["publish", "post.md", "-a", "x.json", "-a", "y.json"])
    err = capsys.readouterr().err
    assert "共 2 个" in err
    assert "x.json: " in err
    assert "[duplicate_key]" in err
    assert "y.json: " in err
    assert "[not_canonical]" in err


def test_publish_json_mode_refuses_alike(
    workspace: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    text = (workspace / "a1.json").read_text(encoding="utf-8")
    (workspace / "bad.json").write_text(_duplicate_digest(text), encoding="utf-8")
    capsys.readouterr()
    assert 3 == main(["publish", "post.md", "-a", "bad.json", "-a", "a2.json", "--json"])
    captured = capsys.readouterr()
    assert "" == captured.out
    assert "[duplicate_key]" in captured.err
    _nothing_stored_or_sent(workspace)


def test_a_missing_approval_file_is_a_usage_error(
    workspace: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    capsys.readouterr()
    assert 2 == main(["publish", "post.md", "-a", "nope.json", "-a", "a2.json"])
    assert "nope.json: approval file not found" in capsys.readouterr().err
    _nothing_stored_or_sent(workspace)


def test_a_file_that_is_not_json_is_refused_by_the_review(
    workspace: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    (workspace / "a.json").write_text("not json", encoding="utf-8")
    capsys.readouterr()
    assert 3 == main(["publish", "post.md", "-a", "a.json", "-a", "a2.json"])
    assert "a.json: 审批文件不是有效的 JSON" in capsys.readouterr().err
    _nothing_stored_or_sent(workspace)


def test_a_file_copied_through_windows_publishes(
    workspace: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    """BOM, CRLF and no final newline: accepted by all three commands (docs/review.md)."""
    raw = (workspace / "a1.json").read_bytes()
    windows = b"\xef\xbb\xbf" + raw.replace(b"\n", b"\r\n").removesuffix(b"\r\n")
    (workspace / "win.json").write_bytes(windows)
    capsys.readouterr()
    assert 0 == main(["review", "status", "post.md", "-a", "win.json", "-a", "a2.json"])
    assert 0 == main(["review", "form", "post.md", "-a", "win.json", "-a", "a2.json"])
    assert "审核完成" in capsys.readouterr().out
    assert 0 == main(["publish", "post.md", "-a", "win.json", "-a", "a2.json"])
    assert 2 == len(MemoryWorld.get("strict").published())
