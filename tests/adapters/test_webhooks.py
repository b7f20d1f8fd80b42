"""Standard Webhooks v1 signing and verification; the Idempotency-Key sf-string."""

from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st

from govpub.webhooks import WebhookVerificationError, sf_string, sign, signed_headers, verify

SECRET = "whsec_MfKQ9r8GKYqrTwjUPD8ILPZIo2LaLaSw"


def test_the_spec_example_signature() -> None:
    # Standard Webhooks reference library test vector (libraries/python tests).
    body = b'{"test": 2432232314}'
    expected = "v1,g0hM9SsE+OTPJTGt/tmIKtSyZlE3uFJELVlNIOLJ1OE="
    assert expected == sign(SECRET, "msg_p5jXN8AQM9LWM0D4loKWxJek", 1614265330, body)


def test_verify_accepts_any_listed_v1_signature() -> None:
    headers = signed_headers(SECRET, "msg_1", b"{}", timestamp=1_700_000_000)
    headers["webhook-signature"] = "v1,AAAA " + headers["webhook-signature"]
    assert verify(SECRET, headers, b"{}", now=1_700_000_100) == "msg_1"


@pytest.mark.parametrize(
    ("now", "body", "problem"),
    [
        (1_700_000_000 + 301, b"{}", "too old"),
        (1_700_000_000 - 301, b"{}", "too new"),
        (1_700_000_000, b"{ }", "no matching"),
    ],
)
def test_verify_refuses(now: float, body: bytes, problem: str) -> None:
    headers = signed_headers(SECRET, "msg_1", b"{}", timestamp=1_700_000_000)
    with pytest.raises(WebhookVerificationError, match=problem):
        verify(SECRET, headers, body, now=now)


def test_verify_needs_the_three_headers() -> None:
    with pytest.raises(WebhookVerificationError, match="missing"):
        verify(SECRET, {"webhook-id": "x"}, b"")


@given(st.text(alphabet=st.characters(min_codepoint=0x20, max_codepoint=0x7E), max_size=40))
def test_sf_string_round_trips(value: str) -> None:
    quoted = sf_string(value)
    assert quoted.startswith('"')
    assert quoted.endswith('"')
    inner = quoted[1:-1]
    unescaped = inner.replace('\\"', '"').replace("\\\\", "\\")
    assert value == unescaped


def test_sf_string_refuses_non_ascii() -> None:
    with pytest.raises(ValueError, match="printable ASCII"):
        sf_string("键")
