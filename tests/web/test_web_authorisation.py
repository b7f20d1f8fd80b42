"""Every URL checks the role itself; nobody approves their own post; CSRF on every change.

Users of the demo agency: 张敏 and 李娜 are editors (初审), 王芳 is the director
(终审, so she may also publish, retract and freeze).
"""

from __future__ import annotations

import base64
from collections.abc import Callable

import pytest
from starlette.routing import Route

from govpub.demo.workspace import Workspace
from govpub.ledger.stores import open_matrix_ledger
from govpub.review import generate_private_key, load_private_key, public_key_text
from govpub.web.signin import signin_message
from tests.web.conftest import DIRECTOR, EDITOR, ORIGIN, OTHER_EDITOR, TestClient, csrf_of
from tests.web.test_web_flow import approve_as, write_post

Client = Callable[[str], tuple[TestClient, str]]


def _routes(app: object) -> list[tuple[str, str, str]]:
    found = []
    for route in app.routes:  # type: ignore[attr-defined]
        if isinstance(route, Route):
            need = getattr(route.endpoint, "need", None)
            assert need is not None, f"{route.path} is not declared through route()/open_route()"
            path = route.path.replace("{draft_id}", "d_0123456789abcdef")
            found += [
                (method, path, need) for method in sorted(route.methods or ()) if method != "HEAD"
            ]
    return found


def test_every_route_declares_who_may_use_it(app: object) -> None:
    anyone = {path for _, path, need in _routes(app) if need == "anyone"}
    assert {"/login", "/signin/challenge", "/signin/verify", "/logout"} == anyone


def test_anonymous_requests_are_refused_everywhere(app: object) -> None:
    with TestClient(app, base_url=ORIGIN, follow_redirects=False) as client:  # type: ignore[arg-type]
        csrf = csrf_of(client.get("/login").text)
        for method, path, need in _routes(app):
            if need == "anyone":
                continue
            response = client.request(
                method, path, data={"csrf": csrf} if method == "POST" else None
            )
            if method == "GET" and not path.endswith("/events"):
                assert (303, "/login") == (response.status_code, response.headers.get("location"))
            else:
                assert response.status_code == 401, (method, path)


@pytest.mark.parametrize("name", [EDITOR, OTHER_EDITOR])
def test_editors_cannot_publish_retract_freeze_or_supervise(
    signed_in: Client, workspace: Workspace, name: str
) -> None:
    client, csrf = signed_in(name)
    for method, path, need in _routes(client.app):
        if need != "publish":
            continue
        response = client.request(method, path, data={"csrf": csrf} if method == "POST" else None)
        assert response.status_code == 403, (name, method, path)


def test_an_editor_cannot_approve_the_directors_tier(
    signed_in: Client, workspace: Workspace
) -> None:
    editor, csrf = signed_in(EDITOR)
    draft = write_post(editor, csrf, workspace)
    editor.post(f"/posts/{draft}/submit", data={"csrf": csrf})
    other, csrf2 = signed_in(OTHER_EDITOR)
    headers = {"X-CSRF-Token": csrf2, "Accept": "application/json"}
    refused = other.post(f"/posts/{draft}/approve/prepare", json={"tier": 2}, headers=headers)
    assert refused.status_code == 400
    assert not (workspace.root / "web-drafts" / draft / "approvals").exists()


@pytest.mark.parametrize("writer", [EDITOR, DIRECTOR])
def test_nobody_approves_their_own_post(
    signed_in: Client, workspace: Workspace, writer: str
) -> None:
    client, csrf = signed_in(writer)
    draft = write_post(client, csrf, workspace)
    client.post(f"/posts/{draft}/submit", data={"csrf": csrf})
    assert client.get(f"/posts/{draft}/review").status_code == 403
    headers = {"X-CSRF-Token": csrf, "Accept": "application/json"}
    for tier in (1, 2):
        response = client.post(
            f"/posts/{draft}/approve/prepare", json={"tier": tier}, headers=headers
        )
        assert response.status_code == 403
    assert draft not in client.get("/review").text


def test_the_directors_tier_waits_for_the_first(signed_in: Client, workspace: Workspace) -> None:
    editor, csrf = signed_in(EDITOR)
    draft = write_post(editor, csrf, workspace)
    editor.post(f"/posts/{draft}/submit", data={"csrf": csrf})
    director, csrf2 = signed_in(DIRECTOR)
    early = approve_as(director, csrf2, workspace.keys[DIRECTOR], draft, 2)
    assert early["status"] == 409  # the gate would not count a 终审 signed before the 初审
    assert draft not in director.get("/review").text
    assert 'id="publish"' not in director.get(f"/posts/{draft}").text


def test_a_signature_by_another_key_is_refused(signed_in: Client, workspace: Workspace) -> None:
    editor, csrf = signed_in(EDITOR)
    draft = write_post(editor, csrf, workspace)
    editor.post(f"/posts/{draft}/submit", data={"csrf": csrf})
    other, csrf2 = signed_in(OTHER_EDITOR)
    headers = {"X-CSRF-Token": csrf2, "Accept": "application/json"}
    prepared = other.post(f"/posts/{draft}/approve/prepare", json={"tier": 1}, headers=headers)
    stranger = generate_private_key()
    payload = base64.b64decode(prepared.json()["payload"])
    signature = base64.b64encode(stranger.sign(payload)).decode()
    response = other.post(
        f"/posts/{draft}/approve/sign",
        json={"token": prepared.json()["token"], "signature": signature},
        headers=headers,
    )
    assert response.status_code == 403
    # the token is used up: the right signature now needs a new request
    key = load_private_key(workspace.keys[OTHER_EDITOR])
    again = other.post(
        f"/posts/{draft}/approve/sign",
        json={
            "token": prepared.json()["token"],
            "signature": base64.b64encode(key.sign(payload)).decode(),
        },
        headers=headers,
    )
    assert again.status_code == 409


def test_forms_and_script_requests_need_the_csrf_token(
    signed_in: Client, workspace: Workspace
) -> None:
    editor, csrf = signed_in(EDITOR)
    assert editor.post("/posts/new", data={"text": "---\ntitle: x\n---\n正文"}).status_code == 403
    assert editor.post("/posts/new", data={"csrf": "forged", "text": "x"}).status_code == 403
    draft = write_post(editor, csrf, workspace)
    assert editor.post(f"/posts/{draft}/submit", data={}).status_code == 403
    editor.post(f"/posts/{draft}/submit", data={"csrf": csrf})
    other, _csrf2 = signed_in(OTHER_EDITOR)
    response = other.post(
        f"/posts/{draft}/approve/prepare", json={"tier": 1}, headers={"Accept": "application/json"}
    )
    assert response.status_code == 403


def test_session_cookie_and_security_headers(app: object, workspace: Workspace) -> None:
    with TestClient(app, base_url=ORIGIN, follow_redirects=False) as client:  # type: ignore[arg-type]
        page = client.get("/login")
        cookie = page.headers["set-cookie"].lower()
        assert "httponly" in cookie
        assert "samesite=strict" in cookie
        csp = page.headers["content-security-policy"]
        assert "script-src 'self'" in csp
        assert "default-src 'none'" in csp
        assert "unsafe-inline" not in csp
        assert page.headers["x-frame-options"] == "DENY"


def test_sign_in_refusals_are_audited_and_rate_limited(app: object, workspace: Workspace) -> None:
    with TestClient(app, base_url=ORIGIN, follow_redirects=False) as client:  # type: ignore[arg-type]
        csrf = csrf_of(client.get("/login").text)
        headers = {"X-CSRF-Token": csrf, "Accept": "application/json"}
        stranger = public_key_text(generate_private_key())
        assert (
            client.post(
                "/signin/challenge", json={"public_key": stranger}, headers=headers
            ).status_code
            == 403
        )
        key = load_private_key(workspace.keys[EDITOR])
        public = public_key_text(key)
        nonce = client.post(
            "/signin/challenge", json={"public_key": public}, headers=headers
        ).json()["nonce"]
        wrong = signin_message(nonce, "http://elsewhere.example")  # signed for another console
        bad = {
            "public_key": public,
            "nonce": nonce,
            "signature": base64.b64encode(key.sign(wrong)).decode(),
        }
        assert client.post("/signin/verify", json=bad, headers=headers).status_code == 403
        good = signin_message(nonce, ORIGIN)  # the nonce was used up by the failed attempt
        replay = {**bad, "signature": base64.b64encode(key.sign(good)).decode()}
        assert client.post("/signin/verify", json=replay, headers=headers).status_code == 403
        codes = [
            client.post("/signin/verify", json=replay, headers=headers).status_code
            for _ in range(6)
        ]
        assert 429 in codes
    ledger = open_matrix_ledger(workspace.matrix, read_only=True)
    try:
        actions = [r.action for r in ledger.trail.iter_records()]
    finally:
        ledger.close()
    assert actions.count("web.signin_refused") >= 3
