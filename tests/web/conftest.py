"""The web console under test: the demo agency (sandbox accounts, three reviewers) and clients.

``signed_in(name)`` is a Starlette ``TestClient`` that signed in as the browser
does — the challenge, then the nonce signed with the reviewer's key — so that
the tests exercise the real sign-in, not a shortcut into the session.
"""

from __future__ import annotations

import base64
import re
import warnings
from collections.abc import Callable, Iterator
from contextlib import ExitStack
from pathlib import Path

import pytest
from starlette.exceptions import StarletteDeprecationWarning

with warnings.catch_warnings():
    # Starlette 1.x prefers httpx2 for its TestClient; httpx is what govpub already depends on.
    warnings.simplefilter("ignore", StarletteDeprecationWarning)
    from starlette.testclient import TestClient

from govpub.demo.workspace import Workspace, build_workspace
from govpub.review import load_private_key
from govpub.sandbox import SandboxConfig, SandboxServer
from govpub.web import create_app
from govpub.web.signin import signin_message

ORIGIN = "http://testserver"
EDITOR, OTHER_EDITOR, DIRECTOR = "张敏", "李娜", "王芳"


@pytest.fixture
def sandbox() -> Iterator[SandboxServer]:
    with SandboxServer(config=SandboxConfig(seed=1), seed=1) as server:
        yield server


@pytest.fixture
def workspace(sandbox: SandboxServer, tmp_path: Path) -> Workspace:
    return build_workspace(sandbox, tmp_path / "agency")


@pytest.fixture
def app(workspace: Workspace) -> object:
    return create_app(workspace.config)


def csrf_of(page: str) -> str:
    found = re.search(r'name="csrf-token" content="([^"]+)"', page)
    assert found is not None, "no CSRF token on the page"
    return found.group(1)


def sign_in(client: TestClient, key_file: Path) -> str:
    """Sign in as the browser does; the CSRF token of the session."""
    token = csrf_of(client.get("/login").text)
    key = load_private_key(key_file)
    from govpub.review import public_key_text

    public = public_key_text(key)
    headers = {"X-CSRF-Token": token, "Accept": "application/json"}
    nonce = client.post("/signin/challenge", json={"public_key": public}, headers=headers)
    assert nonce.status_code == 200, nonce.text
    message = signin_message(nonce.json()["nonce"], ORIGIN)
    signature = base64.b64encode(key.sign(message)).decode()
    done = client.post(
        "/signin/verify",
        json={"public_key": public, "nonce": nonce.json()["nonce"], "signature": signature},
        headers=headers,
    )
    assert done.status_code == 200, done.text
    return csrf_of(client.get("/").text)  # signing in starts a new session, with a new token


@pytest.fixture
def signed_in(
    app: object, workspace: Workspace
) -> Iterator[Callable[[str], tuple[TestClient, str]]]:
    """A client per user; each keeps one event loop, where the console's jobs run."""
    with ExitStack() as stack:

        def make(name: str) -> tuple[TestClient, str]:
            client = TestClient(app, base_url=ORIGIN, follow_redirects=False)  # type: ignore[arg-type]
            stack.enter_context(client)
            return client, sign_in(client, workspace.keys[name])

        yield make
