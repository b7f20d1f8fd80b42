"""A canary secret planted in config, headers, query strings and exceptions never shows."""

from __future__ import annotations

import io
import logging
from pathlib import Path

import httpx
import pytest
import structlog

from govpub import Matrix, PlatformError, TransientError
from govpub._redact import redact, redact_text
from govpub.config.secrets import ready_account
from govpub.logging import configure_logging, get_logger

CANARY = "CANARY-7f3a9c1e"
UNREGISTERED = "NEVER-REGISTERED-91b2"


@pytest.fixture
def matrix(tmp_path: Path) -> Matrix:
    """A matrix whose secret has been read, as it is once anything uses the account.

    A secret is registered for redaction the moment govpub reads it (loading
    only checks the reference); govpub cannot log a value it never read.
    """
    (tmp_path / "token.txt").write_text(CANARY + "\n", encoding="utf-8")
    config = tmp_path / "govpub.toml"
    config.write_text(
        '[[accounts]]\nid = "a"\nplatform = "memory"\nname = "n"\nunit = "u"\n'
        'credentials = { token = "file:token.txt" }\n',
        encoding="utf-8",
    )
    matrix = Matrix.from_toml(config, environ={})
    assert CANARY == ready_account(matrix.account("a")).credentials.token.get_secret_value()  # type: ignore[attr-defined]
    return matrix


@pytest.fixture
def captured() -> io.StringIO:
    stream = io.StringIO()
    configure_logging(json=True, level="DEBUG", stream=stream)
    yield stream  # type: ignore[misc]
    structlog.reset_defaults()
    for handler in list(logging.getLogger().handlers):
        if getattr(handler, "_govpub", False):
            logging.getLogger().removeHandler(handler)


async def test_canary_never_reaches_logs(matrix: Matrix, captured: io.StringIO) -> None:
    log = get_logger("govpub.test")
    account = matrix.account("a")
    log.info("govpub.test.account", account=account, credentials=account.credentials)
    log.info("govpub.test.headers", headers={"Authorization": f"Bearer {CANARY}", "X-Other": "ok"})
    log.info(
        "govpub.test.nested",
        request={"url": f"https://api.weixin.qq.com/cgi-bin/draft/add?access_token={CANARY}&x=1"},
        values=[CANARY, {"deep": {"token": "anything"}}],
    )
    log.info(
        "govpub.test.unregistered",
        url=f"https://x.example/?appsecret={UNREGISTERED}&secret={UNREGISTERED}",
    )
    try:
        raise TransientError(f"token {CANARY} rejected", platform="wechat", account="a")
    except TransientError:
        log.exception("govpub.test.failure")
    try:
        raise ValueError(f"plain error mentioning {CANARY}")
    except ValueError:
        logging.getLogger("govpub.stdlib").exception("stdlib failure")

    def handler(request: httpx.Request) -> httpx.Response:
        return httpx.Response(200, json={"ok": True})

    async with httpx.AsyncClient(transport=httpx.MockTransport(handler)) as client:
        await client.get(f"https://api.weibo.com/2/statuses/share.json?access_token={CANARY}")

    text = captured.getvalue()
    assert "govpub.test.headers" in text
    assert "HTTP Request" in text
    assert CANARY not in text
    assert UNREGISTERED not in text


def test_canary_never_in_reprs_or_strs(matrix: Matrix) -> None:
    account = matrix.account("a")
    error = PlatformError(f"bad access_token={CANARY}", platform="wechat", account="a", code=40001)
    for shown in (
        repr(matrix),
        repr(account),
        str(account),
        repr(account.credentials),
        str(account.model_dump()),
        account.model_dump_json(),
        repr(error),
        str(error),
        str(error.to_dict()),
    ):
        assert CANARY not in shown


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("GET /x?access_token=abc123&y=2", "GET /x?access_token=***&y=2"),
        ("appsecret=abc&secret=def#frag", "appsecret=***&secret=***#frag"),
        ("Authorization: Bearer eyJhbGciOi.x", "Authorization: Bearer ***"),
        (
            "webhook-signature: v1,K5oZfzN95Z9UVu1EsfQmfVNQhnkZ2pj9o9NDN/H/pI4=",
            "webhook-signature: ***",
        ),
        ("secret whsec_MfKQ9r8GKYqrTwjUPD8ILPZIo2LaLaSw", "secret ***"),
        ("nothing secret here", "nothing secret here"),
    ],
)
def test_redact_text_table(text: str, expected: str) -> None:
    assert expected == redact_text(text)


def test_redact_masks_secret_named_keys_at_any_depth() -> None:
    data = {
        "a": {"app_secret": "x", "list": [{"access_token": "y"}], "name": "ok"},
        "Signature": "z",
    }
    assert {
        "a": {"app_secret": "***", "list": [{"access_token": "***"}], "name": "ok"},
        "Signature": "***",
    } == redact(data)


def test_thousands_of_registered_secrets_stay_fast_and_exact() -> None:
    import time

    from govpub._redact import register_secret

    values = [f"tok-{n:06d}-{'x' * (n % 7)}" for n in range(5000)]
    started = time.perf_counter()
    for value in values:
        register_secret(value)
    text = f"a {values[10]} b {values[4999]}{values[20]} c tok-9"
    assert "a *** b ****** c tok-9" == redact_text(text)
    assert time.perf_counter() - started < 2.0  # one automaton, built once
    started = time.perf_counter()
    for _ in range(1000):
        redact_text("delivery dlv_0123 published to account app-001")
    assert time.perf_counter() - started < 0.5
