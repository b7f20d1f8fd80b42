"""Local emulators of the WeChat, Weibo and own-app APIs, strict and faulty on demand.

Needs the ``sandbox`` extra (``pip install 'govpub[sandbox]'``: starlette,
uvicorn, python-multipart); ``import govpub`` never imports this package.

Typical use in a test (see ``docs/sandbox.md``)::

    from govpub.sandbox import SandboxServer

    with SandboxServer(faults="wechat:5xx=0.1", seed=7) as sandbox:
        sandbox.state.register_wechat("wx0001", "secret-0001")
        ...  # point an account's api_base at f"{sandbox.url}/wechat"
        assert sandbox.state.publications()["duplicates"] == []
"""

from __future__ import annotations

try:
    import starlette  # noqa: F401
    import uvicorn  # noqa: F401
except ImportError as exc:  # pragma: no cover - exercised only without the extra
    raise ImportError(
        f"govpub.sandbox needs the 'sandbox' extra: pip install 'govpub[sandbox]' ({exc})"
    ) from exc

from govpub.sandbox.app import create_app
from govpub.sandbox.client import SandboxControl
from govpub.sandbox.faults import FaultPlan, FaultRule, parse_faults
from govpub.sandbox.matrix import SandboxAccount, SandboxMatrix, sandbox_matrix
from govpub.sandbox.records import Record, content_digest
from govpub.sandbox.server import AsyncSandboxServer, SandboxProcess, SandboxServer
from govpub.sandbox.state import SandboxConfig, SandboxState

__all__ = [
    "AsyncSandboxServer",
    "FaultPlan",
    "FaultRule",
    "Record",
    "SandboxAccount",
    "SandboxConfig",
    "SandboxControl",
    "SandboxMatrix",
    "SandboxProcess",
    "SandboxServer",
    "SandboxState",
    "content_digest",
    "create_app",
    "parse_faults",
    "sandbox_matrix",
]
