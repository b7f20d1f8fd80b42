"""The crash-point mixin of the contract kit, used as a third-party adapter author would.

The own-app adapter stands in for a plug-in: ``AdapterContract`` and
``CrashPointContract`` together, the fake platform an in-thread sandbox of this
test process (the forked publishers reach it over loopback), every run
publishing to the one ``contract_adapter`` account and counted by its title.
"""

from __future__ import annotations

import base64
import secrets
from collections.abc import Iterator

import pytest
from pydantic import SecretStr

from govpub.model import Account
from govpub.platforms.app import AppAdapter, AppCredentials
from govpub.testing.contract import AdapterContract
from govpub.testing.crashpoints import CrashPointContract, PreparedRun

pytest.importorskip("uvicorn")
from govpub.sandbox import SandboxServer


@pytest.fixture(scope="module")
def fake_platform() -> Iterator[SandboxServer]:
    with SandboxServer() as server:
        yield server


@pytest.fixture
def tenant(fake_platform: SandboxServer) -> tuple[str, str]:
    name = f"tenant-{secrets.token_hex(3)}"
    secret = "whsec_" + base64.b64encode(secrets.token_bytes(24)).decode()
    fake_platform.register({"platform": "app", "tenant": name, "webhook_secret": secret})
    return name, secret


class TestAppWithCrashPoints(AdapterContract, CrashPointContract):
    adapter_class = AppAdapter
    crash_workers = 2

    @pytest.fixture
    def contract_adapter(self, fake_platform: SandboxServer, tenant: tuple[str, str]) -> AppAdapter:
        name, secret = tenant
        self.fake = fake_platform
        account = Account(
            id="app-contract",
            platform="app",
            name="示例市政务客户端",
            unit="示例市大数据中心",
            api_base=fake_platform.app_url(name),
            credentials=AppCredentials(webhook_secret=SecretStr(secret)),
        )
        return AppAdapter(account)

    def crash_live_publications(self, run: PreparedRun) -> list[str]:
        records = self.fake.control.records(platform="app", live=True)
        return [str(r["platform_id"]) for r in records if r["title"] == run.post.title]
