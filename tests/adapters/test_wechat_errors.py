"""The WeChat errcode table: every code of wechat.md §5 → one error kind, with the rid."""

from __future__ import annotations

from datetime import UTC, datetime

import pytest
from adapter_helpers import golden, wechat_account

from govpub.errors import (
    AuthExpiredError,
    OutcomeUnknownError,
    PlatformError,
    QuotaExhaustedError,
    RateLimitedError,
    ReauthorizationRequired,
    RejectedError,
    TransientError,
)
from govpub.platforms.wechat import WechatAdapter
from govpub.platforms.wechat.errors import ERRCODES, error_from_payload

# Written from the reference's table, independently of the implementation's table.
EXPECTED: dict[int, type[PlatformError] | None] = {
    0: None,
    -1: TransientError,
    40001: AuthExpiredError,
    40014: AuthExpiredError,
    42001: AuthExpiredError,
    41001: RejectedError,
    40164: ReauthorizationRequired,
    40013: ReauthorizationRequired,
    40125: ReauthorizationRequired,
    40243: ReauthorizationRequired,
    41002: ReauthorizationRequired,
    41004: ReauthorizationRequired,
    50004: ReauthorizationRequired,
    50007: ReauthorizationRequired,
    89503: ReauthorizationRequired,
    89506: ReauthorizationRequired,
    89507: ReauthorizationRequired,
    45009: QuotaExhaustedError,
    45011: RateLimitedError,
    48001: ReauthorizationRequired,
    50002: ReauthorizationRequired,
    43002: RejectedError,
    44002: RejectedError,
    47001: RejectedError,
    40033: RejectedError,
    40002: RejectedError,
    40004: RejectedError,
    40005: RejectedError,
    40006: RejectedError,
    40009: RejectedError,
    40012: RejectedError,
    40137: RejectedError,
    45001: RejectedError,
    40007: RejectedError,
    45002: RejectedError,
    45003: RejectedError,
    45004: RejectedError,
    45008: RejectedError,
    45166: RejectedError,
    40114: RejectedError,
    41039: RejectedError,
    88000: RejectedError,
    # comment management (the inbox; old docs, UNCONFIRMED on a live account)
    88001: RejectedError,
    88002: RejectedError,
    88003: RejectedError,
    88004: RejectedError,
    88005: RejectedError,
    88007: RejectedError,
    88008: RejectedError,
    88010: RejectedError,
    53402: RejectedError,
    53404: RejectedError,
    53405: RejectedError,
    53406: RejectedError,
    53500: ReauthorizationRequired,
    53501: RateLimitedError,
    53502: RejectedError,
    53503: RejectedError,
    53504: RejectedError,
    53505: RejectedError,
    53600: RejectedError,
    45028: QuotaExhaustedError,
    45065: None,
    45066: RateLimitedError,
    40060: RejectedError,
    48003: ReauthorizationRequired,
    48004: ReauthorizationRequired,
    48006: QuotaExhaustedError,
    76021: RejectedError,
    76022: RejectedError,
}

NOON = datetime(2025, 1, 6, 4, 0, tzinfo=UTC)  # 12:00 in Beijing


def _adapter() -> WechatAdapter:
    return WechatAdapter(wechat_account())


def test_the_table_covers_exactly_the_reference_codes() -> None:
    assert sorted(EXPECTED) == sorted(ERRCODES)


@pytest.mark.parametrize(("code", "expected"), sorted(EXPECTED.items()))
def test_each_code_maps_to_one_kind(code: int, expected: type[PlatformError] | None) -> None:
    payload = {"errcode": code, "errmsg": f"msg rid: 6780a1b2-1c2d3e4f-{code & 0xFFFF:08x}"}
    error = error_from_payload(_adapter(), payload, endpoint="draft/add", now=NOON)
    if expected is None:
        assert error is None
        return
    assert type(error) is expected
    assert error is not None
    assert code == error.code
    assert f"6780a1b2-1c2d3e4f-{code & 0xFFFF:08x}" == error.request_id
    assert (error.platform, error.account) == ("wechat", "wx-main")


@pytest.mark.parametrize(
    ("code", "retry_after"),
    [(45009, 12 * 3600.0), (45028, 12 * 3600.0), (45011, 60.0), (53501, 60.0), (45066, 60.0)],
)
def test_quota_waits(code: int, retry_after: float) -> None:
    error = error_from_payload(_adapter(), {"errcode": code}, endpoint="x", now=NOON)
    assert error is not None
    assert retry_after == error.retry_after


def test_monthly_quota_waits_until_the_first_of_next_month() -> None:
    error = error_from_payload(_adapter(), {"errcode": 48006}, endpoint="x", now=NOON)
    assert error is not None
    assert error.retry_after == (25 * 24 + 12) * 3600.0  # Jan 6 12:00 → Feb 1 00:00


def test_system_busy_on_submit_is_an_unknown_outcome() -> None:
    payload = golden("wechat", "freepublish_submit_minus1")
    error = error_from_payload(
        _adapter(), payload, endpoint="freepublish/submit", irreversible=True
    )
    assert isinstance(error, OutcomeUnknownError)


def test_40001_from_the_token_endpoint_is_a_configuration_problem() -> None:
    payload = golden("wechat", "stable_token_40001")
    error = error_from_payload(_adapter(), payload, endpoint="stable_token", token_endpoint=True)
    assert isinstance(error, ReauthorizationRequired)
    assert "app_secret" in error.message


def test_unknown_code_is_permanent_and_flagged() -> None:
    error = error_from_payload(_adapter(), {"errcode": 99999, "errmsg": "new"}, endpoint="x")
    assert isinstance(error, RejectedError)
    assert error.details["unknown_code"] is True


def test_rid_travels_into_str() -> None:
    error = error_from_payload(
        _adapter(), golden("wechat", "draft_add_45003"), endpoint="draft/add"
    )
    assert error is not None
    assert "(rid: 6780a1b2-1c2d3e4f-5a6b7c8d)" in str(error)
    assert "[45003]" in str(error)
