"""The reference memory adapter passes the contract kit."""

from __future__ import annotations

import pytest

from govpub.model import Account
from govpub.platforms.memory import MemoryAdapter, MemorySettings
from govpub.testing.contract import AdapterContract


class TestMemoryContract(AdapterContract):
    adapter_class = MemoryAdapter
    publish_is_resumable = False  # it records every call, like a platform without step refs

    @pytest.fixture
    def contract_adapter(self) -> MemoryAdapter:
        account = Account(
            id="m1",
            platform="memory",
            name="内存账号",
            unit="测试单位",
            settings=MemorySettings(world="contract"),
        )
        return MemoryAdapter(account)
