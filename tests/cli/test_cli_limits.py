"""Hostile posts on the command line: refused with exit 2, file:line and no traceback, at once.

Run in this process through ``govpub.cli.main``: the bound is on govpub's work, not
on the interpreter's start-up.  The measured times are in docs/performance.md.
"""

from __future__ import annotations

import shutil
import time
from pathlib import Path

import pytest

from govpub.cli import main
from govpub.limits import MB

EXAMPLES = Path(__file__).parents[2] / "examples"
BOUND = 2.0  # seconds; the measured times are below 0.25 s on a busy machine
DEPTH = 500

CONFIG = """
[publisher]
require_review = false

[[accounts]]
id = "m1"
platform = "memory"
name = "某某发布"
unit = "某某市人民政府办公室"
settings = { world = "cli-limits" }
"""

DEEP = {
    "block-mappings": "x:\n"
    + "".join(" " * i + "a:\n" for i in range(1, DEPTH))
    + " " * DEPTH
    + "a: 1\n",
    "block-sequences": "x:\n"
    + "".join(" " * i + "-\n" for i in range(DEPTH))
    + " " * DEPTH
    + "- 1\n",
    "compact-sequences": "x:\n" + "- " * DEPTH + "1\n",
    "flow-sequences": "x: " + "[" * DEPTH + "]" * DEPTH + "\n",
    "flow-mappings": "x: " + "{a: " * DEPTH + "1" + "}" * DEPTH + "\n",
    "flow-unclosed": "x: " + "[{" * DEPTH + "\n",
}


@pytest.fixture
def workspace(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    (tmp_path / "govpub.toml").write_text(CONFIG, encoding="utf-8")
    monkeypatch.chdir(tmp_path)
    return tmp_path


def run(argv: list[str], capsys: pytest.CaptureFixture[str]) -> tuple[int, str, float]:
    start = time.perf_counter()
    code = main(argv)
    elapsed = time.perf_counter() - start
    return code, capsys.readouterr().err, elapsed


@pytest.mark.parametrize("style", sorted(DEEP))
def test_front_matter_500_deep_exits_2_with_file_and_line(
    workspace: Path, capsys: pytest.CaptureFixture[str], style: str
) -> None:
    path = workspace / "deep.md"
    path.write_text(f"---\ntitle: t\n{DEEP[style]}---\n正文\n", encoding="utf-8")
    code, err, elapsed = run(["check", str(path)], capsys)
    assert 2 == code
    assert "Traceback" not in err
    assert f"govpub: {path}:" in err
    assert "嵌套超过 10 层" in err
    assert "max_front_matter_depth" in err
    assert elapsed < BOUND


@pytest.fixture
def fifty_mb(workspace: Path) -> Path:
    path = workspace / "big.md"
    line = "关于开展春季植树活动的通知，请各单位认真组织落实。\n".encode()
    with path.open("wb") as file:
        file.write("---\ntitle: 大稿件\n---\n".encode())
        file.write(line * (50 * MB // len(line) + 1))
    return path


@pytest.mark.parametrize(
    "argv",
    [["check"], ["check", "--json"], ["publish", "--dry-run"]],
    ids=["check", "check-json", "publish-dry-run"],
)
def test_a_50_mb_post_exits_2_at_once(
    fifty_mb: Path, capsys: pytest.CaptureFixture[str], argv: list[str]
) -> None:
    code, err, elapsed = run([*argv, str(fifty_mb)], capsys)
    assert 2 == code
    assert "Traceback" not in err
    assert f"govpub: {fifty_mb}: 稿件过大：有 50.0 MB，上限 5 MB" in err
    assert elapsed < BOUND


def test_policy_limits_in_the_configuration_apply_to_every_command(
    workspace: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    shutil.copy(EXAMPLES / "post.md", workspace / "post.md")
    shutil.copytree(EXAMPLES / "images", workspace / "images")
    assert 0 == main(["check", "post.md"])
    assert 0 == main(["publish", "post.md", "--dry-run"])
    capsys.readouterr()
    with (workspace / "govpub.toml").open("a", encoding="utf-8") as file:
        file.write("\n[policy.limits]\nmax_images = 1\n")
    for argv in (
        ["check", "post.md"],
        ["publish", "post.md", "--dry-run"],
        ["review", "approve", "post.md", "--key", "none.pem", "--role", "editor"],
        ["status", "post.md"],
    ):
        code, err, _ = run(argv, capsys)
        assert (2, True) == (code, "(more than policy.limits.max_images = 1 images)" in err), argv


@pytest.mark.parametrize(
    ("table", "key"),
    [
        ("max_byte = 1", "policy.limits.max_byte"),
        ('max_bytes = "5MB"', "policy.limits.max_bytes"),
        ("max_front_matter_depth = 1000", "policy.limits.max_front_matter_depth"),
    ],
)
def test_a_bad_limit_is_a_configuration_error_naming_the_key(
    workspace: Path, capsys: pytest.CaptureFixture[str], table: str, key: str
) -> None:
    (workspace / "post.md").write_text("---\ntitle: t\n---\n正文\n", encoding="utf-8")
    with (workspace / "govpub.toml").open("a", encoding="utf-8") as file:
        file.write(f"\n[policy.limits]\n{table}\n")
    for argv in (["check", "post.md"], ["publish", "post.md", "--dry-run"]):
        code, err, _ = run(argv, capsys)
        assert 2 == code
        assert f"govpub.toml:13: {key}: " in err  # file:line: key, one format
