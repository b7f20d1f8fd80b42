"""The own-app emulator: Standard Webhooks v1, Idempotency-Key, RFC 9457 (own-app.md §1-§5)."""

from __future__ import annotations

import base64
import json
import threading
import time
from collections.abc import Iterator

import httpx
import pytest
from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey
from cryptography.hazmat.primitives.serialization import Encoding, PublicFormat
from sandbox_helpers import APP_SECRET, App, dumps

from govpub.errors import ConfigError
from govpub.sandbox import SandboxServer, SandboxState

PROBLEM = "application/problem+json"


@pytest.fixture
def http(sandbox: SandboxServer) -> Iterator[httpx.Client]:
    sandbox.state.register_app("city", APP_SECRET)
    with httpx.Client(base_url=sandbox.url, timeout=10) as client:
        yield client


@pytest.fixture
def app(http: httpx.Client) -> App:
    return App(http)


def problem_type(response: httpx.Response) -> str:
    assert PROBLEM == response.headers["content-type"]
    body = response.json()
    assert response.status_code == body["status"]
    return str(body["type"]).rsplit("/", 1)[1]


def test_app_accepts_a_signed_post_with_an_idempotency_key(
    sandbox: SandboxServer, app: App
) -> None:
    response = app.post()
    assert 201 == response.status_code
    body = response.json()
    assert body["url"] == f"{sandbox.url}/app/city/posts/{body['id']}"
    assert body["url"] == response.headers["location"]
    (record,) = sandbox.state.records(platform="app")
    assert ("city", "p_1", body["id"]) == (record.account, record.post_id, record.platform_id)


# -- Standard Webhooks v1 -------------------------------------------------------------


@pytest.mark.parametrize(
    ("drop", "detail"),
    [
        ("webhook-id", "missing header(s): webhook-id"),
        ("webhook-timestamp", "missing header(s): webhook-timestamp"),
        ("webhook-signature", "missing header(s): webhook-signature"),
    ],
)
def test_app_refuses_a_request_without_webhook_headers(
    http: httpx.Client, app: App, drop: str, detail: str
) -> None:
    body = App.payload()
    headers = {k: v for k, v in app.headers(body).items() if k != drop}
    response = http.post(
        "/app/city/posts", content=body, headers={**headers, "Idempotency-Key": '"k1"'}
    )
    assert (401, "signature", detail) == (
        response.status_code,
        problem_type(response),
        response.json()["detail"],
    )


@pytest.mark.parametrize(
    ("skew", "accepted"), [(-298, True), (298, True), (-302, False), (302, False)]
)
def test_app_checks_the_timestamp_within_five_minutes(app: App, skew: int, accepted: bool) -> None:
    # Two seconds either side of the ±300 s limit: whole-second timestamps and a clock
    # that ticks between the request and the check must not decide the case.
    response = app.post(timestamp=int(time.time()) + skew)
    assert accepted == (201 == response.status_code), response.text


def test_app_refuses_a_wrong_signature_and_a_tampered_body(http: httpx.Client, app: App) -> None:
    wrong = App(http, key=b"x" * 32).post()
    assert (401, "no signature in webhook-signature matches") == (
        wrong.status_code,
        wrong.json()["detail"],
    )
    body = App.payload()
    headers = {**app.headers(body), "Idempotency-Key": '"k2"'}
    tampered = http.post(
        "/app/city/posts", content=body.replace("通知".encode(), "公告".encode()), headers=headers
    )
    assert 401 == tampered.status_code


def test_app_accepts_any_of_several_signatures(http: httpx.Client, app: App) -> None:
    body = App.payload()
    headers = app.headers(body)
    wrong = App(http, key=b"y" * 32).headers(body)["webhook-signature"]
    headers["webhook-signature"] = f"{wrong} v1a,bm90LWEtc2ln {headers['webhook-signature']}"
    response = http.post(
        "/app/city/posts", content=body, headers={**headers, "Idempotency-Key": '"k1"'}
    )
    assert 201 == response.status_code


def test_app_tenant_with_rotated_secrets_accepts_both(
    sandbox: SandboxServer, http: httpx.Client
) -> None:
    old, new = b"o" * 32, b"n" * 32
    secrets = ["whsec_" + base64.b64encode(k).decode() for k in (old, new)]
    sandbox.state.register_app("rotating", secrets)
    for key, idem in ((old, '"a"'), (new, '"b"')):
        assert 201 == App(http, "rotating", key).post(key=idem).status_code


def test_app_v1a_ed25519_signature_with_a_registered_public_key(
    sandbox: SandboxServer, http: httpx.Client
) -> None:
    private = Ed25519PrivateKey.generate()
    public = private.public_key().public_bytes(Encoding.Raw, PublicFormat.Raw)
    sandbox.state.register_app("asym", APP_SECRET, public_keys=[public])
    body = App.payload()
    stamp = str(int(time.time()))
    signature = base64.b64encode(private.sign(f"msg_9.{stamp}.".encode() + body)).decode()
    headers = {
        "webhook-id": "msg_9",
        "webhook-timestamp": stamp,
        "webhook-signature": f"v1a,{signature}",
        "Idempotency-Key": '"k9"',
    }
    assert 201 == http.post("/app/asym/posts", content=body, headers=headers).status_code


@pytest.mark.parametrize(
    "secret", ["not-whsec", "whsec_!!!not base64!!!", "whsec_"], ids=["prefix", "base64", "empty"]
)
def test_app_registration_refuses_a_malformed_webhook_secret(secret: str) -> None:
    with pytest.raises(ConfigError) as caught:
        SandboxState().register_app("t", secret)
    assert "webhook_secret" in str(caught.value.key)


# -- Idempotency-Key (draft-ietf-httpapi-idempotency-key-header) ----------------------


def test_app_idempotency_key_is_required(app: App) -> None:
    response = app.post(key=None)
    assert (400, "idempotency-key-missing") == (response.status_code, problem_type(response))


@pytest.mark.parametrize("key", ["k1", '""', '"a"b"', '"\\x"', '"' + "a" * 256 + '"'])
def test_app_idempotency_key_must_be_a_structured_field_string(app: App, key: str) -> None:
    response = app.post(key=key)
    assert (400, "idempotency-key-invalid") == (response.status_code, problem_type(response))


def test_app_same_key_after_completion_replays_the_stored_success(
    sandbox: SandboxServer, app: App
) -> None:
    first = app.post()
    again = app.post(msg_id="msg_retry")
    assert (201, first.json()) == (again.status_code, again.json())
    assert "true" == again.headers["idempotent-replayed"]
    assert 1 == len(sandbox.state.records())
    assert 1 == sandbox.state.counters.get("app:city")["replayed"]


def test_app_same_key_after_an_error_replays_the_stored_error(
    sandbox: SandboxServer, app: App
) -> None:
    invalid = dumps({"type": "post.published", "data": {"post_id": "p_1"}})
    first = app.post(invalid)
    assert (422, "validation") == (first.status_code, problem_type(first))
    assert "/data/title" == first.json()["errors"][0]["pointer"]
    again = app.post(invalid)
    assert (422, first.json(), "true") == (
        again.status_code,
        again.json(),
        again.headers["idempotent-replayed"],
    )


def test_app_same_key_with_another_payload_is_422(app: App) -> None:
    assert 201 == app.post(App.payload(title="第一版")).status_code
    response = app.post(App.payload(title="第二版"))
    assert (422, "idempotency-key-reused") == (response.status_code, problem_type(response))


def test_app_a_new_envelope_timestamp_is_the_same_payload(app: App) -> None:
    first = json.loads(App.payload())
    second = {**first, "timestamp": "2026-01-02T00:00:00Z"}
    assert 201 == app.post(dumps(first)).status_code
    assert 201 == app.post(dumps(second)).status_code


def test_app_same_key_while_in_progress_is_409(sandbox: SandboxServer, app: App) -> None:
    sandbox.state.set_faults("app/posts.create:slow=next@delay=0.5")
    results: list[httpx.Response] = []
    slow = threading.Thread(target=lambda: results.append(app.post()))
    slow.start()
    time.sleep(0.2)
    second = app.post(msg_id="msg_2")
    slow.join()
    assert (409, "idempotency-key-in-use") == (second.status_code, problem_type(second))
    assert 201 == results[0].status_code
    assert 201 == app.post().status_code  # completed: now a replay


def test_app_keys_are_per_tenant(sandbox: SandboxServer, http: httpx.Client) -> None:
    sandbox.state.register_app("county", APP_SECRET)
    assert 201 == App(http, "city").post(App.payload(title="市")).status_code
    assert 201 == App(http, "county").post(App.payload(title="县")).status_code


@pytest.mark.parametrize(
    ("body", "status", "kind"),
    [
        (b"not json", 400, "invalid-json"),
        (dumps([1, 2]), 400, "invalid-json"),
        (dumps({"type": "post.updated", "data": {"post_id": "p"}}), 422, "validation"),
        (dumps({"type": "post.published", "data": {"title": "t"}}), 422, "validation"),
        (
            dumps(
                {"type": "post.published", "data": {"post_id": "p", "title": "t", "body_html": 3}}
            ),
            422,
            "validation",
        ),
    ],
)
def test_app_payload_validation_is_problem_json(
    app: App, body: bytes, status: int, kind: str
) -> None:
    response = app.post(body)
    assert (status, kind) == (response.status_code, problem_type(response))


# -- other endpoints --------------------------------------------------------------------


def test_app_get_latest_list_and_delete(sandbox: SandboxServer, app: App) -> None:
    first = app.post(App.payload("p_1", "一"), key='"k1"').json()
    second = app.post(App.payload("p_2", "二"), key='"k2"').json()
    assert second["id"] == app.request("GET", "/posts/latest").json()["id"]
    got = app.request("GET", f"/posts/{first['id']}").json()
    assert ("p_1", "一", False) == (got["post_id"], got["title"], got["deleted"])
    assert [second["id"], first["id"]] == [
        p["id"] for p in app.request("GET", "/posts").json()["posts"]
    ]
    assert 204 == app.request("DELETE", f"/posts/{second['id']}").status_code
    assert 204 == app.request("DELETE", f"/posts/{second['id']}").status_code  # idempotent
    assert first["id"] == app.request("GET", "/posts/latest").json()["id"]
    assert [False, True] == [r.deleted for r in sandbox.state.records()]
    missing = app.request("DELETE", "/posts/ap_404")
    assert (404, "not-found") == (missing.status_code, problem_type(missing))


def test_app_reads_must_be_signed_too(http: httpx.Client) -> None:
    assert 401 == http.get("/app/city/posts/latest").status_code


def test_app_retracted_event_deletes_the_posts_of_that_post_id(
    sandbox: SandboxServer, app: App
) -> None:
    app.post(App.payload("p_1"), key='"k1"')
    retract = dumps({"type": "post.retracted", "data": {"post_id": "p_1"}})
    response = app.post(retract, key='"r1"')
    assert (200, "p_1") == (response.status_code, response.json()["post_id"])
    assert 0 == sandbox.state.publications()["total"]


def test_app_retired_tenant_answers_410(sandbox: SandboxServer, app: App) -> None:
    sandbox.control.patch_account("app", "city", retired=True)
    response = app.post()
    assert (410, "gone") == (response.status_code, problem_type(response))


def test_app_unknown_tenant_is_404(http: httpx.Client) -> None:
    response = App(http, "nowhere").post()
    assert (404, "not-found") == (response.status_code, problem_type(response))
