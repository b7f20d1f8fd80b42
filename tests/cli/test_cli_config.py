"""One configuration model, validated at load by every command; secrets read only when needed.

Issue 11: each misspelt section or key makes ``govpub accounts``, ``govpub
check`` and ``govpub config check`` exit 2 naming it (with file:line and a
suggestion); ``review approve`` and ``audit verify`` run with every platform
secret unset; a webhook secret that is not ``whsec_…`` stops ``publish`` before
anything is sent.
"""

from __future__ import annotations

import json
import shutil
from pathlib import Path

import pytest

from govpub.cli import main
from govpub.ledger import SqliteLedger
from govpub.platforms.memory import MemoryWorld

EXAMPLES = Path(__file__).parents[2] / "examples"
GOOD = (EXAMPLES / "govpub.toml").read_text(encoding="utf-8")

#: Accounts whose secrets nobody on a reviewer's or auditor's machine has.
PLATFORM_ACCOUNTS = """
[[accounts]]
id = "wx-city"
platform = "wechat"
name = "某某发布"
unit = "某某市人民政府办公室"
credentials = { app_id = "wx0123456789abcdef", app_secret = "env:GOVPUB_TEST_UNSET_WX" }

[[accounts]]
id = "app-city"
platform = "app"
name = "某某市政务客户端"
unit = "某某市人民政府办公室"
api_base = "https://app-backend.example.gov.cn/govpub"
credentials = { webhook_secret = "file:no/such/secret" }
"""


@pytest.fixture
def workspace(tmp_path: Path) -> Path:
    shutil.copytree(EXAMPLES / "secrets", tmp_path / "secrets")
    shutil.copytree(EXAMPLES / "keys", tmp_path / "keys")
    shutil.copytree(EXAMPLES / "images", tmp_path / "images")
    text = (EXAMPLES / "post.md").read_text(encoding="utf-8")
    (tmp_path / "post.md").write_text(
        text.replace("publish_at: 2026-03-05T09:00:00+08:00\n", ""), encoding="utf-8"
    )
    return tmp_path


def write(workspace: Path, text: str) -> str:
    path = workspace / "govpub.toml"
    path.write_text(text, encoding="utf-8")
    return str(path)


MISTAKES = {
    "section": (
        GOOD.replace("[agency]", "[agnecy]", 1),
        "agnecy: unknown section (did you mean agency?)",
    ),
    "policy-section": (
        GOOD + '\n[polcy]\npersonal_data = "mask"\n',
        "polcy: unknown section (did you mean policy?)",
    ),
    "publisher-key": (
        GOOD + "\n[publisher]\nrequire_reveiw = false\n",
        "publisher.require_reveiw: unknown key (did you mean require_review?)",
    ),
    "policy-key": (
        GOOD.replace("[policy]\n", '[policy]\npublic_number = ["12345"]\n', 1),
        "policy.public_number: unknown key (did you mean public_numbers?)",
    ),
    "review-array": (
        GOOD.replace("[[review.reviewers]]", "[[review.reviewer]]", 1),
        "review.reviewer: unknown key (did you mean reviewers?)",
    ),
    "credential-key": (
        GOOD.replace('credentials = { token = "file:', 'credentials = { tokn = "file:', 1),
        "accounts[0].credentials.tokn: unknown key (did you mean token?)",
    ),
    "app-secret": (
        GOOD
        + PLATFORM_ACCOUNTS.replace("app_secret =", "app_secert =").replace(
            'unit = "某某市人民政府办公室"', 'unit = "某某市园林绿化局"', 1
        ),
        "app_secert: unknown key (did you mean app_secret?)",
    ),
}


@pytest.mark.parametrize("case", sorted(MISTAKES))
@pytest.mark.parametrize("command", ["accounts", "check", "config"])
def test_a_misspelling_stops_every_command_naming_it(
    workspace: Path, capsys: pytest.CaptureFixture[str], case: str, command: str
) -> None:
    text, expected = MISTAKES[case]
    config = write(workspace, text)
    argv = {
        "accounts": ["accounts"],
        "check": ["check", str(workspace / "post.md")],
        "config": ["config", "check"],
    }[command]
    assert 2 == main([*argv, "--config", config])
    err = capsys.readouterr().err
    assert expected in err
    assert f"{config}:" in err  # file:line
    assert "Traceback" not in err
    assert "Extra inputs are not permitted" not in err


def test_config_check_prints_what_is_in_force_without_reading_a_secret(
    workspace: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    text = GOOD.replace(
        'unit = "某某市人民政府办公室"\ncredentials',
        'unit = "某某市人民政府办公室"\ncredentials',
        1,
    )
    config = write(
        workspace, text + PLATFORM_ACCOUNTS.replace("某某市人民政府办公室", "某某市档案馆")
    )
    assert 0 == main(["config", "check", "--config", config, "--json"])
    view = json.loads(capsys.readouterr().out)
    accounts = {a["id"]: a for a in view["accounts"]}
    assert "env:GOVPUB_TEST_UNSET_WX" == accounts["wx-city"]["credentials"]["app_secret"]
    assert "file:no/such/secret" == accounts["app-city"]["credentials"]["webhook_secret"]
    assert 64 == view["publisher"]["concurrency"]  # defaults filled in
    assert "sandbox-only-token" not in json.dumps(view)  # the file's secret was not read
    assert 0 == main(["config", "check", "--config", config])
    assert "配置有效" in capsys.readouterr().out


def test_reviewers_and_auditors_need_no_platform_secret(
    workspace: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    config = write(
        workspace, GOOD + PLATFORM_ACCOUNTS.replace("某某市人民政府办公室", "某某市档案馆")
    )
    post = str(workspace / "post.md")
    key = str(workspace / "keys" / "zhang-min.example.pem")
    assert 0 == main(["review", "approve", post, "--key", key, "--role", "editor", "-c", config])
    approval = capsys.readouterr().out
    assert '"post_digest"' in approval
    assert main(["check", post, "--config", config]) in (0, 3)
    capsys.readouterr()
    SqliteLedger(workspace / "govpub.db").close()  # an auditor's copy of the ledger
    assert 0 == main(["audit", "verify", "--config", config])
    assert 0 == main(["config", "check", "--config", config])
    capsys.readouterr()
    # the publisher does need them: refused before anything is planned, naming the accounts
    (workspace / "a1.json").write_text(approval, encoding="utf-8")
    director = str(workspace / "keys" / "wang-fang.example.pem")
    assert 0 == main(
        ["review", "approve", post, "--key", director, "--role", "director", "-c", config]
    )
    (workspace / "a2.json").write_text(capsys.readouterr().out, encoding="utf-8")
    signed = ["--approval", str(workspace / "a1.json"), "--approval", str(workspace / "a2.json")]
    argv = ["publish", post, *signed, "--platforms", "wechat,app", "--config", config]
    assert 2 == main(argv)
    err = capsys.readouterr().err
    assert "GOVPUB_TEST_UNSET_WX is not set (account wx-city)" in err
    assert "(account app-city)" in err
    ledger = SqliteLedger(workspace / "govpub.db")
    try:
        assert [] == ledger.posts()
    finally:
        ledger.close()


def test_a_webhook_secret_that_is_not_whsec_stops_publish_before_anything_is_sent(
    workspace: Path, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    hook = (
        "\n[publisher]\nrequire_review = false\n\n[publisher.webhook]\n"
        'url = "https://cms.example.gov.cn/hooks/govpub"\nsecret = "env:GOVPUB_TEST_HOOK"\n'
    )
    start = GOOD.index("[review]")
    config = write(workspace, GOOD[:start] + hook)
    monkeypatch.setenv("GOVPUB_TEST_HOOK", "not-a-standard-webhooks-secret")
    assert 0 == main(["config", "check", "--config", config])  # the reference is well formed
    capsys.readouterr()
    assert 2 == main(["publish", str(workspace / "post.md"), "--config", config])
    err = capsys.readouterr().err
    assert "publisher.webhook.secret" in err
    assert "whsec_" in err
    assert "Traceback" not in err
    assert [] == MemoryWorld.get("example").records
    literal = GOOD[:start] + hook.replace('"env:GOVPUB_TEST_HOOK"', '"whsec_abc"')
    config = write(workspace, literal)
    assert 2 == main(["config", "check", "--config", config])
    assert "expected a secret reference" in capsys.readouterr().err
