"""`govpub check POST.md`: findings grouped by severity; exit 0, 3 or 2."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from govpub.cli import main

CLEAN = (
    "---\ntitle: 关于植树的通知\n---\n市政府组织开展义务植树活动，详见https://www.gov.cn/a.html。\n"
)
WARN = "---\ntitle: 通知\n---\n我认为很好。[领取](https://t.cn/x)\n"
BLOCKED = (
    "---\ntitle: 通知\nsource: {name: 新华网, url: 'https://www.gov.cn@evil.example/'}\n---\n"
    "联系电话13812345678。\n\n机密★10年\n"
)


def _write(tmp_path: Path, text: str, name: str = "post.md") -> Path:
    path = tmp_path / name
    path.write_text(text, encoding="utf-8")
    return path


def test_clean_post_exits_0(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    assert 0 == main(["check", str(_write(tmp_path, CLEAN))])
    out = capsys.readouterr().out
    assert "可以进入审核" in out
    assert "阻止 0 项" in out


def test_warnings_and_fixes_exit_0(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    assert 0 == main(["check", str(_write(tmp_path, WARN))])
    out = capsys.readouterr().out
    assert "需要复核（warn，1 项）" in out
    assert "已自动修正（fixed，1 项）" in out
    assert "wording.opinion · body 第1行第1列" in out
    assert "ad.link_stripped" in out


def test_blocked_exits_3_and_masks(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    assert 3 == main(["check", str(_write(tmp_path, BLOCKED))])
    out = capsys.readouterr().out
    assert "不能发布" in out
    for rule in (
        "source.not_allowed",
        "source.impersonation",
        "personal.mobile",
        "secrecy.marking",
    ):
        assert rule in out
    assert "13812345678" not in out
    assert "138****5678" in out


def test_colours_on_a_terminal_and_none_with_no_color(
    monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    from govpub import Post, check
    from govpub.cli import cmd_check

    post = Post(title="通知", body="机密★10年")
    result = check(post)
    cmd_check.render(result, post, "post.md", color=True)  # as on a terminal
    coloured = capsys.readouterr().out
    assert "\x1b[31m" in coloured  # the verdict and the block heading in red
    assert "\x1b[36m" in coloured  # the position in cyan
    plain_colors: list[bool | None] = []
    monkeypatch.setattr(
        cmd_check.typer, "echo", lambda *a, color=None, **k: plain_colors.append(color)
    )
    monkeypatch.setenv("NO_COLOR", "1")
    cmd_check.render(result, post, "post.md")
    assert plain_colors
    assert set(plain_colors) == {False}  # https://no-color.org


def test_json(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    path = _write(tmp_path, BLOCKED)
    assert 3 == main(["check", str(path), "--json"])
    data = json.loads(capsys.readouterr().out)
    assert (str(path), None, True, "2025") == (
        data["file"],
        data["config"],
        data["blocked"],
        data["source_list"],
    )
    assert {"source.not_allowed", "source.impersonation", "personal.mobile", "secrecy.marking"} == {
        f["rule"] for f in data["findings"]
    }
    assert 0 == main(["--json", "check", str(_write(tmp_path, CLEAN))])
    assert [] == json.loads(capsys.readouterr().out)["findings"]


def test_config_policy_is_used(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    config = _write(tmp_path, '[policy]\npersonal_data = "mask"\n', "strict.toml")
    post = _write(tmp_path, "---\ntitle: 通知\n---\n电话13812345678\n")
    assert 3 == main(["check", str(post)])
    capsys.readouterr()
    assert 0 == main(["check", str(post), "--config", str(config), "--json"])
    data = json.loads(capsys.readouterr().out)
    assert (str(config), ["fixed"]) == (data["config"], [f["severity"] for f in data["findings"]])
    assert 0 == main(["--config", str(config), "check", str(post)])


def test_env_and_local_config(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    post = _write(tmp_path, "---\ntitle: 通知\n---\n电话13812345678\n")
    _write(tmp_path, '[policy]\npersonal_data = "mask"\n', "govpub.toml")
    monkeypatch.chdir(tmp_path)
    assert 0 == main(["check", str(post)])
    other = tmp_path / "other"
    other.mkdir()
    monkeypatch.chdir(other)
    assert 3 == main(["check", str(post)])
    monkeypatch.setenv("GOVPUB_CONFIG", str(tmp_path / "govpub.toml"))
    assert 0 == main(["check", str(post)])
    capsys.readouterr()


@pytest.mark.parametrize(
    ("files", "args", "words"),
    [
        ({}, ["check", "missing.md"], "missing.md"),
        ({"post.md": "no front matter"}, ["check", "post.md"], "post.md"),
        (
            {"post.md": CLEAN, "bad.toml": '[policy]\npersonal_data = "hide"\n'},
            ["check", "post.md", "--config", "bad.toml"],
            "policy.personal_data",
        ),
        ({"post.md": CLEAN}, ["check", "post.md", "--config", "nope.toml"], "nope.toml"),
    ],
)
def test_bad_input_exits_2(  # noqa: PLR0917 - pytest passes fixtures and parameters by name
    tmp_path: Path,
    capsys: pytest.CaptureFixture[str],
    monkeypatch: pytest.MonkeyPatch,
    files: dict[str, str],
    args: list[str],
    words: str,
) -> None:
    for name, text in files.items():
        _write(tmp_path, text, name)
    monkeypatch.chdir(tmp_path)
    assert 2 == main(args)
    assert words in capsys.readouterr().err
