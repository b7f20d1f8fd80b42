"""``govpub review``: keygen, approve, status (exit 0/3) and the 审核表, on the example config."""

from __future__ import annotations

import json
import re
import shutil
import stat
import tomllib
from pathlib import Path

import pytest

from govpub import Approval
from govpub.cli import main

EXAMPLES = Path(__file__).parents[2] / "examples"


@pytest.fixture
def workspace(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    """The example config with the example [review] section merged in, as the working dir."""
    for name in ("post.md", "images", "keys", "secrets"):
        source = EXAMPLES / name
        if source.is_dir():
            shutil.copytree(source, tmp_path / name)
        else:
            shutil.copy(source, tmp_path / name)
    base = (EXAMPLES / "govpub.toml").read_text(encoding="utf-8")
    if not tomllib.loads(base).get("review"):  # until the example config carries the section
        base = re.sub(r"(?m)^\[review\]\s*$", "", base) + "\n"
        base += (EXAMPLES / "review-section.toml").read_text(encoding="utf-8")
    (tmp_path / "govpub.toml").write_text(base, encoding="utf-8")
    monkeypatch.chdir(tmp_path)
    return tmp_path


def _approve(key: str, role: str, *extra: str) -> list[str]:
    return [
        "review",
        "approve",
        "post.md",
        "--key",
        f"keys/{key}.example.pem",
        "--role",
        role,
        *extra,
    ]


def test_keygen_writes_0600_key_and_prints_the_config_entry(
    workspace: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    assert 0 == main(["review", "keygen", "--reviewer", "赵六", "--role", "editor", "-o", "k.pem"])
    captured = capsys.readouterr()
    assert 0o600 == stat.S_IMODE((workspace / "k.pem").stat().st_mode)
    assert 'name = "赵六"' in captured.out
    assert 'roles = ["editor"]' in captured.out
    assert re.search(r'public_key = "ed25519:[A-Za-z0-9+/]{43}="', captured.out)
    assert "0600" in captured.err
    assert "PRIVATE KEY" not in captured.out + captured.err

    assert 2 == main(["review", "keygen", "--reviewer", "赵六", "-o", "k.pem"])
    assert "never overwritten" in capsys.readouterr().err


def test_keygen_json(workspace: Path, capsys: pytest.CaptureFixture[str]) -> None:
    assert 0 == main(["review", "keygen", "--reviewer", "赵六", "-o", "k.pem", "--json"])
    data = json.loads(capsys.readouterr().out)
    assert ("赵六", "k.pem") == (data["reviewer"], data["private_key_file"])
    assert data["public_key"].startswith("ed25519:")


def test_approve_then_status_complete(workspace: Path, capsys: pytest.CaptureFixture[str]) -> None:
    assert 0 == main([*_approve("zhang-min", "editor", "--comment", "同意"), "-o", "a1.json"])
    assert 0 == main(_approve("wang-fang", "director"))
    captured = capsys.readouterr()
    (workspace / "a2.json").write_text(captured.out, encoding="utf-8")
    second = Approval.from_json(captured.out)
    assert ("王芳", 2) == (second.reviewer, second.tier)  # name from the key, tier from the role
    assert "已签署" in captured.err

    assert 3 == main(["review", "status", "post.md", "-a", "a1.json"])
    out = capsys.readouterr().out
    assert "待审核：王芳" in out
    assert "missing_approval" in out

    assert 0 == main(["review", "status", "post.md", "-a", "a1.json", "-a", "a2.json"])
    assert "审核完成" in capsys.readouterr().out


def test_status_json_lists_unreadable_files(
    workspace: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    assert 0 == main([*_approve("zhang-min", "editor"), "-o", "a1.json"])
    text = (workspace / "a1.json").read_text(encoding="utf-8")
    (workspace / "bad.json").write_text(text.replace('"editor"', '"director"'), encoding="utf-8")
    capsys.readouterr()
    assert 3 == main(["review", "status", "post.md", "-a", "a1.json", "-a", "bad.json", "--json"])
    data = json.loads(capsys.readouterr().out)
    assert data["complete"] is False
    assert 1 == len(data["unreadable_approvals"])
    assert "bad.json" in data["unreadable_approvals"][0]
    assert "bad_signature" in data["unreadable_approvals"][0]


def test_edited_post_voids_cli_approvals(
    workspace: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    assert 0 == main([*_approve("zhang-min", "editor"), "-o", "a1.json"])
    assert 0 == main([*_approve("wang-fang", "director"), "-o", "a2.json"])
    post = workspace / "post.md"
    post.write_text(post.read_text(encoding="utf-8").replace("特此通知", "特此通告"), "utf-8")
    capsys.readouterr()
    assert 3 == main(["review", "status", "post.md", "-a", "a1.json", "-a", "a2.json"])
    assert 2 == capsys.readouterr().out.count("digest_mismatch")


def test_approve_refuses_what_the_gate_would_refuse(
    workspace: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    assert 3 == main(_approve("wang-fang", "leader"))
    captured = capsys.readouterr()
    assert "" == captured.out
    assert "role_not_held" in captured.err
    assert "王芳" in captured.err


def test_approve_with_an_unregistered_key(
    workspace: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    assert 0 == main(["review", "keygen", "--reviewer", "外人", "-o", "x.pem"])
    capsys.readouterr()
    assert 3 == main(["review", "approve", "post.md", "--key", "x.pem", "--role", "editor"])
    assert "key_not_registered" in capsys.readouterr().err
    args = ["review", "approve", "post.md", "--key", "x.pem", "--role", "editor"]
    assert 3 == main([*args, "--reviewer", "张敏"])
    assert "key_not_registered" in capsys.readouterr().err


def test_approve_without_config_needs_a_name(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    shutil.copytree(EXAMPLES / "images", tmp_path / "images")
    shutil.copy(EXAMPLES / "post.md", tmp_path / "post.md")
    key = EXAMPLES / "keys" / "zhang-min.example.pem"
    monkeypatch.chdir(tmp_path)
    args = ["review", "approve", "post.md", "--key", str(key), "--role", "editor"]
    assert 2 == main(args)
    assert "--reviewer" in capsys.readouterr().err
    for empty in ("", "   "):  # a usage error naming the option, not a crash
        assert 2 == main([*args, "--reviewer", empty])
        assert "--reviewer" in capsys.readouterr().err
    assert 0 == main([*args, "--reviewer", "张敏", "--tier", "1", "--expires", "48h"])
    approval = Approval.from_json(capsys.readouterr().out)
    assert approval.expires_at is not None
    assert 48 * 3600 == (approval.expires_at - approval.time).total_seconds()


@pytest.mark.parametrize(
    ("option", "value"),
    [("--role", ""), ("--role", "   "), ("--role", "edi\x01tor"), ("--comment", "同意\x07")],
)
def test_approve_refuses_an_empty_or_unprintable_value_naming_its_option(
    workspace: Path, capsys: pytest.CaptureFixture[str], option: str, value: str
) -> None:
    # (the CLI fuzz test found "--role ''" shown as "unexpected error: ValidationError")
    args = _approve("zhang-min", "editor", "--tier", "1")
    if option == "--role":
        args = _approve("zhang-min", value, "--tier", "1")
    else:
        args = [*args, option, value]
    assert 2 == main(args)
    err = capsys.readouterr().err
    assert option in err
    assert "unexpected error" not in err


def test_approve_options(workspace: Path, capsys: pytest.CaptureFixture[str]) -> None:
    args = _approve("zhang-min", "editor", "--tier", "初审", "--comment", "同意")
    assert 0 == main(args)
    assert 1 == Approval.from_json(capsys.readouterr().out).tier

    # daily's 初审 must attest all five checks: an approval that does not is refused at once
    assert 3 == main(_approve("zhang-min", "editor", "--not-passed", "法律关"))
    assert "check_not_passed" in capsys.readouterr().err

    assert 2 == main(_approve("zhang-min", "editor", "--not-passed", "道德关"))
    assert "unknown check" in capsys.readouterr().err
    assert 2 == main(_approve("zhang-min", "editor", "--expires", "2000-01-01T00:00:00+08:00"))
    assert "not in the future" in capsys.readouterr().err
    assert 2 == main(_approve("zhang-min", "editor", "--tier", "终终审"))
    assert "no tier" in capsys.readouterr().err


def test_not_passed_checks_are_recorded(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    shutil.copytree(EXAMPLES / "images", tmp_path / "images")
    shutil.copy(EXAMPLES / "post.md", tmp_path / "post.md")
    monkeypatch.chdir(tmp_path)
    key = str(EXAMPLES / "keys" / "zhang-min.example.pem")
    args = ["review", "approve", "post.md", "--key", key, "--role", "editor", "--reviewer", "张敏"]
    assert 0 == main([*args, "--not-passed", "法律关", "--not-passed", "policy"])
    assert ("legal", "policy") == Approval.from_json(capsys.readouterr().out).checks.failed()


def test_form_is_a_self_contained_chinese_page(
    workspace: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    assert 0 == main(
        [*_approve("zhang-min", "editor", "--comment", "<b>同意</b>"), "-o", "a1.json"]
    )
    assert 0 == main(["review", "form", "post.md", "-a", "a1.json", "-o", "form.html"])
    page = (workspace / "form.html").read_text(encoding="utf-8")
    assert page.startswith("<!doctype html>")
    assert '<html lang="zh-CN">' in page
    assert "政务新媒体信息发布审核表" in page
    assert "某某市人民政府办公室" in page
    for check in ("政治关", "法律关", "政策关", "保密关", "文字关"):
        assert check in page
    assert "张敏" in page
    assert "待审核：王芳" in page
    assert "&lt;b&gt;同意&lt;/b&gt;" in page  # escaped, never markup
    assert "<b>" not in page
    for loader in ("src=", "href=", "<script", "@import", "url("):
        assert loader not in page
    digest = Approval.from_json((workspace / "a1.json").read_text(encoding="utf-8")).post_digest
    assert " ".join(digest[i : i + 8] for i in range(0, 64, 8)) in page


def test_status_without_config_is_a_usage_error(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    monkeypatch.chdir(tmp_path)
    shutil.copytree(EXAMPLES / "images", tmp_path / "images")
    shutil.copy(EXAMPLES / "post.md", tmp_path / "post.md")
    assert 2 == main(["review", "status", "post.md"])
    assert "govpub.toml" in capsys.readouterr().err


def _append_to_post(workspace: Path, text: str) -> None:
    post = workspace / "post.md"
    post.write_text(post.read_text(encoding="utf-8") + "\n" + text + "\n", encoding="utf-8")


def test_approve_refuses_a_post_the_compliance_checks_block(
    workspace: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    _append_to_post(workspace, "联系人：张老师 13812345678")
    assert 3 == main(_approve("zhang-min", "editor"))
    captured = capsys.readouterr()
    assert "" == captured.out
    assert "personal.mobile" in captured.err
    assert "13812345678" not in captured.err


def test_approvals_cover_the_post_as_it_will_be_sent(
    workspace: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    from govpub import check, load_post

    _append_to_post(workspace, "相关商品见 [链接](https://s.click.taobao.com/t?e=abc)。")
    assert 0 == main([*_approve("zhang-min", "editor"), "-o", "a1.json"])
    assert "合规处理后的稿件" in capsys.readouterr().err
    assert 0 == main([*_approve("wang-fang", "director"), "-o", "a2.json"])
    written = load_post(workspace / "post.md")
    sent = check(written).post
    approval = Approval.from_json((workspace / "a1.json").read_text(encoding="utf-8"))
    assert sent.digest() == approval.post_digest
    assert written.digest() != approval.post_digest
    capsys.readouterr()
    assert 0 == main(["review", "status", "post.md", "-a", "a1.json", "-a", "a2.json"])
    out = capsys.readouterr().out
    assert "已自动修正 1" in out
    assert 0 == main(
        ["review", "form", "post.md", "-a", "a1.json", "-a", "a2.json", "-o", "f.html"]
    )
    page = (workspace / "f.html").read_text(encoding="utf-8")
    assert "ad.link_stripped" in page
    assert "s.click.taobao.com/t?e=abc" not in page.split("四、稿件内容")[1]


def test_status_and_form_show_warnings_for_the_reviewer(
    workspace: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    _append_to_post(workspace, "我个人认为这次活动非常好。")
    assert 0 == main([*_approve("zhang-min", "editor"), "-o", "a1.json"])
    capsys.readouterr()
    assert 3 == main(["review", "status", "post.md", "-a", "a1.json", "--json"])
    data = json.loads(capsys.readouterr().out)
    assert data["compliance"]["blocked"] is False
    assert {"wording.opinion"} == {f["rule"] for f in data["compliance"]["findings"]}
    assert 0 == main(["review", "form", "post.md", "-a", "a1.json"])
    page = capsys.readouterr().out
    assert "wording.opinion" in page
    assert "需要复核" in page
