"""Running the sandbox: in a thread, on the event loop, as a process; the CLI; matrices."""

from __future__ import annotations

import json
import socket
import threading
from pathlib import Path
from typing import Any

import httpx
import pytest
from pydantic import SecretStr
from sandbox_helpers import APP_SECRET, LINK, SAFE, App, WeChat, Weibo

import govpub.platforms.base as registry
from govpub.cli import main
from govpub.errors import ConfigError
from govpub.model import Account, AccountCredentials, AccountSettings, Post
from govpub.platforms.base import Adapter, Capabilities, DeliveryContext, PublishOutcome, Rendered
from govpub.sandbox import (
    AsyncSandboxServer,
    SandboxProcess,
    SandboxServer,
    SandboxState,
    create_app,
)
from govpub.sandbox.accounts import specs_from_matrix
from govpub.testing import sandbox_matrix


def _refused(port: int, host: str = "127.0.0.1") -> bool:
    try:
        socket.create_connection((host, port), timeout=1).close()
    except OSError:
        return True
    return False


def test_server_in_a_thread_starts_serves_and_leaves_nothing_behind() -> None:
    threads = threading.active_count()
    with SandboxServer(faults="app:busy=0.1", seed=3) as server:
        assert server.url.startswith("http://127.0.0.1:")
        assert server.url + "/wechat" == server.wechat_url
        assert server.url + "/app/t" == server.app_url("t")
        assert ("app:busy=0.1", 3) == (server.state.faults.to_spec(), server.state.faults.seed)
        assert httpx.get(server.url + "/_sandbox/health").json()["ok"]
        port = server.port
    assert threads == threading.active_count()
    assert _refused(port)
    with pytest.raises(RuntimeError):
        _ = server.url


def test_server_serves_a_given_state_and_can_restart() -> None:
    state = SandboxState()
    state.register_wechat("wx1", "s1")
    server = SandboxServer(state)
    for _ in range(2):
        server.start()
        assert [{"platform": "wechat", "account": "wx1"}] == [
            {k: a[k] for k in ("platform", "account")} for a in server.control.accounts()
        ]
        server.stop()
    assert "not started" in repr(server)


def test_create_app_exposes_its_state() -> None:
    state = SandboxState()
    assert state is create_app(state).state.sandbox


@pytest.mark.skipif(not socket.has_ipv6, reason="no IPv6 on this machine")
def test_server_over_ipv6() -> None:
    try:
        server = SandboxServer(host="::1").start()
    except OSError:
        pytest.skip("cannot bind ::1 here")
    try:
        assert server.url.startswith("http://[::1]:")
        server.state.register_app("city", APP_SECRET)
        with httpx.Client(base_url=server.url) as http:
            created = App(http).post().json()
        assert created["url"].startswith("http://[::1]:")
    finally:
        server.stop()


async def test_async_server_on_the_running_loop() -> None:
    async with AsyncSandboxServer() as server:
        server.state.register_weibo("tok1", SAFE, uid="1")
        async with httpx.AsyncClient(base_url=server.url) as http:
            response = await http.post(
                "/weibo/2/statuses/share.json",
                data={"access_token": "tok1", "rip": "203.0.113.7", "status": f"通知 {LINK}"},
            )
        assert 200 == response.status_code
        port = server.port
    assert _refused(port)


def test_sandbox_process_with_a_port_file_faults_and_control(tmp_path: Path) -> None:
    with SandboxProcess(faults="wechat:busy=next", seed=9, settings={"publish_delay": 2}) as proc:
        assert proc.pid is not None
        control = proc.control
        assert "wechat:busy=next" == control.faults()["spec"]
        assert 2.0 == control.configure()["publish_delay"]
        proc.register({"platform": "wechat", "app_id": "wx1", "app_secret": "secret1"})
        with httpx.Client(base_url=proc.url) as http:
            wx = WeChat(http)
            assert -1 == wx.fetch_token()["errcode"]  # the injected busy answer
            submitted = wx.publish()
        assert 0 == submitted["errcode"]
        (record,) = control.records(platform="wechat")
        assert "pending" == record["state"]
        pid = proc.pid
    assert proc.pid is None
    with pytest.raises(ProcessLookupError):
        __import__("os").kill(pid, 0)


def test_sandbox_process_reports_a_failed_start() -> None:
    with pytest.raises(RuntimeError, match="unknown fault kind"):
        SandboxProcess(faults="wechat:explode=1").start()


# -- matrices ---------------------------------------------------------------------------


class _WeChatCredentials(AccountCredentials):
    app_id: str
    app_secret: SecretStr


class _WeiboCredentials(AccountCredentials):
    access_token: SecretStr


class _WeiboSettings(AccountSettings):
    safe_domain: str
    uid: str | None = None


class _AppCredentials(AccountCredentials):
    webhook_secret: SecretStr


def _fake_adapter(name: str, credentials: type, settings: type = AccountSettings) -> type[Adapter]:
    class Fake(Adapter):
        platform = name
        capabilities = Capabilities(label=name)
        Credentials = credentials
        Settings = settings

        @classmethod
        def render(cls, post: Post) -> Rendered:
            raise NotImplementedError

        async def publish(self, rendered: Rendered, ctx: DeliveryContext) -> PublishOutcome:
            raise NotImplementedError

    return Fake


@pytest.fixture
def platforms(monkeypatch: pytest.MonkeyPatch) -> None:
    """wechat/weibo/app adapters with the credential models of govpub's adapters."""
    fakes = {
        "wechat": _fake_adapter("wechat", _WeChatCredentials),
        "weibo": _fake_adapter("weibo", _WeiboCredentials, _WeiboSettings),
        "app": _fake_adapter("app", _AppCredentials),
    }
    monkeypatch.setattr(registry, "available_platforms", lambda: sorted(fakes))
    monkeypatch.setattr(registry, "get_adapter_class", lambda name: fakes[name])


def test_sandbox_matrix_writes_a_loadable_config_and_registers_the_accounts(
    sandbox: SandboxServer, tmp_path: Path, platforms: None
) -> None:
    made = sandbox_matrix(sandbox, tmp_path, wechat=2, weibo=2, app=2)
    matrix = made.load()
    assert 6 == len(matrix.accounts)
    assert ["wechat-001", "wechat-002", "weibo-001", "weibo-002", "app-001", "app-002"] == [
        a.id for a in matrix.accounts
    ]
    assert {"wechat", "weibo", "app"} == {a.platform for a in matrix.accounts}
    assert all(a.api_base.startswith(sandbox.url) for a in matrix.accounts)
    secrets = {
        p.name: p.read_text(encoding="utf-8").strip() for p in (tmp_path / "secrets").iterdir()
    }
    assert 6 == len(secrets)
    assert secrets["wechat-001.app_secret"] not in made.config_path.read_text(encoding="utf-8")
    registered = {a["account"] for a in sandbox.control.accounts()}
    assert {a.key.split(":", 1)[1] for a in made.accounts} == registered
    assert sorted(a.spec["platform"] for a in made.accounts) == sorted(
        s["platform"] for s in specs_from_matrix(matrix)
    )


def test_sandbox_matrix_accounts_work_against_the_sandbox(
    sandbox: SandboxServer, tmp_path: Path
) -> None:
    made = sandbox_matrix(sandbox, tmp_path, wechat=1, weibo=1, app=1)
    (wx_account,), (wb_account,), (app_account,) = (made.of(p) for p in ("wechat", "weibo", "app"))
    with httpx.Client(base_url=sandbox.url) as http:
        wx = WeChat(http, wx_account.credentials["app_id"], wx_account.credentials["app_secret"])
        assert 0 == wx.publish()["errcode"]
        assert 200 == Weibo(http, wb_account.credentials["access_token"]).share().status_code
        tenant = app_account.api_base.rsplit("/", 1)[1]
        key = __import__("base64").b64decode(app_account.credentials["webhook_secret"][6:])
        assert 201 == App(http, tenant, key).post().status_code
    assert 3 == sandbox.state.publications()["total"]


def _account(ident: str, platform: str, api_base: str | None, **parts: Any) -> Account:
    return Account(id=ident, platform=platform, name=ident, unit="u", api_base=api_base, **parts)


def test_from_matrix_registers_the_accounts_that_point_at_the_sandbox() -> None:
    class Matrix:
        accounts = (
            _account(
                "w",
                "wechat",
                "http://127.0.0.1:9/wechat",
                credentials=_WeChatCredentials(app_id="wx1", app_secret=SecretStr("s1")),
            ),
            _account(
                "b",
                "weibo",
                "http://localhost:9/weibo/",
                credentials=_WeiboCredentials(access_token=SecretStr("t1")),
                settings=_WeiboSettings(safe_domain=SAFE, uid="77"),
            ),
            _account(
                "a",
                "app",
                "http://[::1]:9/app/city",
                credentials=_AppCredentials(webhook_secret=SecretStr(APP_SECRET)),
            ),
            _account(
                "real",
                "wechat",
                "https://api.weixin.qq.com",
                credentials=_WeChatCredentials(app_id="wxreal", app_secret=SecretStr("s")),
            ),
            _account("memory", "memory", None),
        )

    state = SandboxState.from_matrix(Matrix())
    assert (["wx1"], ["77"], ["city"]) == (list(state.wechat), list(state.weibo), list(state.apps))
    assert ("s1", SAFE) == (state.wechat["wx1"].app_secret, state.weibo["77"].safe_domain)
    only = specs_from_matrix(Matrix(), base_url="http://127.0.0.1:9")
    assert ["wechat"] == [s["platform"] for s in only]


def test_from_matrix_names_the_missing_credential() -> None:
    class Matrix:
        accounts = (_account("w1", "wechat", "http://127.0.0.1:9/wechat"),)

    with pytest.raises(ConfigError) as caught:
        SandboxState.from_matrix(Matrix())
    assert "accounts.w1.credentials.app_id" == caught.value.key


# -- CLI ----------------------------------------------------------------------------------


def test_cli_sandbox_registers_the_matrix_and_prints_the_urls(
    sandbox: SandboxServer,
    tmp_path: Path,
    platforms: None,
    monkeypatch: pytest.MonkeyPatch,
    capsys: pytest.CaptureFixture[str],
) -> None:
    made = sandbox_matrix(sandbox, tmp_path, wechat=1, weibo=1, app=1, register=False)
    seen: dict[str, Any] = {}

    def fake_serve(state: SandboxState, **kwargs: Any) -> None:
        seen.update(state=state, **kwargs)
        kwargs["on_ready"]("http://127.0.0.1:4321")

    monkeypatch.setattr("govpub.sandbox.server.serve_forever", fake_serve)
    code = main(
        ["sandbox", "--config", str(made.config_path), "--faults", "app:busy=0.5", "--seed", "4"]
    )
    out = capsys.readouterr().out
    assert 0 == code
    assert "http://127.0.0.1:4321/wechat" in out
    assert "registered 3 accounts" in out
    assert "note: the matrix points at port(s)" in out
    state = seen["state"]
    assert (1, 1, 1) == (len(state.wechat), len(state.weibo), len(state.apps))
    assert ("app:busy=0.5", 4) == (state.faults.to_spec(), state.faults.seed)


def test_cli_sandbox_json_and_bad_faults(
    monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    monkeypatch.setattr(
        "govpub.sandbox.server.serve_forever",
        lambda state, **kw: kw["on_ready"]("http://[::1]:5555"),
    )
    assert 0 == main(["sandbox", "--host", "::1", "--json"])
    shown = json.loads(capsys.readouterr().out)
    assert ("http://[::1]:5555", "http://[::1]:5555/_sandbox") == (shown["url"], shown["control"])
    assert 2 == main(["sandbox", "--faults", "wechat:5xx=2"])
    assert "fault rule 1 ('wechat:5xx=2')" in capsys.readouterr().err


def test_sandbox_process_registers_the_accounts_of_its_config(
    sandbox: SandboxServer, tmp_path: Path
) -> None:
    """``govpub sandbox --config``: the matrix's sandbox accounts exist when the port file does."""
    made = sandbox_matrix(sandbox, tmp_path, wechat=2, weibo=1, app=1, register=False)
    with SandboxProcess(config_path=made.config_path) as proc:
        listed = sorted((a["platform"], a["account"]) for a in proc.control.accounts())
    expected = sorted(tuple(a.key.split(":", 1)) for a in made.accounts)
    assert expected == listed


def test_sandbox_process_exits_with_its_parent(tmp_path: Path) -> None:
    """A SandboxProcess whose owner is SIGKILLed does not linger as an orphan server."""
    import os
    import signal
    import subprocess
    import sys
    import time

    script = tmp_path / "owner.py"
    script.write_text(
        "import sys, time\n"
        "from govpub.sandbox import SandboxProcess\n"
        "proc = SandboxProcess().start()\n"
        "print(proc.pid, proc.port, flush=True)\n"
        "time.sleep(60)\n",
        encoding="utf-8",
    )
    owner = subprocess.Popen([sys.executable, str(script)], stdout=subprocess.PIPE, text=True)
    assert owner.stdout is not None
    pid, port = (int(x) for x in owner.stdout.readline().split())
    owner.send_signal(signal.SIGKILL)
    owner.wait()
    owner.stdout.close()
    deadline = time.monotonic() + 10
    while time.monotonic() < deadline:
        try:
            os.kill(pid, 0)
        except ProcessLookupError:
            break
        time.sleep(0.1)
    else:
        os.kill(pid, signal.SIGKILL)
        pytest.fail("the sandbox outlived its owner")
    assert _refused(port)
