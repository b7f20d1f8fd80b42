"""Properties of the shared platform-time parser behind every ``latest_publication``."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta, timezone
from typing import Any

import pytest
from adapter_helpers import weibo_account
from hypothesis import given
from hypothesis import strategies as st

from govpub.errors import PlatformError, TransientError
from govpub.platforms._common import latest_time, platform_time
from govpub.platforms.weibo import WeiboAdapter
from govpub.platforms.weibo.timeline import CREATED_AT_FORMAT

ADAPTER = WeiboAdapter(weibo_account())
ZONES = st.builds(lambda minutes: timezone(timedelta(minutes=minutes)), st.integers(-840, 840))
MOMENTS = st.datetimes(
    min_value=datetime(1971, 1, 1),  # noqa: DTZ001 - bounds; zones come from ZONES
    max_value=datetime(2200, 1, 1),  # noqa: DTZ001
    timezones=ZONES,
)


def parse(value: Any, time_format: str | None = None) -> datetime:
    return platform_time(ADAPTER, value, endpoint="e", field="f", time_format=time_format)


@given(MOMENTS)
def test_weibo_created_at_round_trips(moment: datetime) -> None:
    text = moment.strftime(CREATED_AT_FORMAT)
    assert moment.replace(microsecond=0) == parse(text, CREATED_AT_FORMAT)


@given(MOMENTS)
def test_rfc3339_round_trips_with_its_offset(moment: datetime) -> None:
    parsed = parse(moment.isoformat())
    assert (moment, moment.utcoffset()) == (parsed, parsed.utcoffset())


@given(st.integers(1, 7_258_118_400) | st.floats(1.0, 7_258_118_400.0))
def test_unix_seconds_become_aware_utc(seconds: float) -> None:
    parsed = parse(seconds)
    assert (UTC, datetime.fromtimestamp(seconds, UTC)) == (parsed.tzinfo, parsed)


ANYTHING = st.recursive(
    st.none() | st.booleans() | st.integers() | st.floats() | st.text(),
    lambda inner: st.lists(inner, max_size=3) | st.dictionaries(st.text(), inner, max_size=3),
    max_leaves=6,
)


@given(ANYTHING, st.sampled_from([None, CREATED_AT_FORMAT]))
def test_anything_else_is_an_aware_time_or_a_platform_error(value: Any, fmt: str | None) -> None:
    try:
        parsed = parse(value, fmt)
    except TransientError as exc:
        assert "f" == exc.details["field"]
    else:
        assert parsed.utcoffset() is not None


@given(st.lists(st.integers(1, 4_000_000_000), max_size=6), st.data())
def test_latest_is_the_newest_live_entry_whatever_the_order(
    stamps: list[int], data: st.DataObject
) -> None:
    deleted = [data.draw(st.booleans()) for _ in stamps]
    entries = [{"t": stamp, "gone": gone} for stamp, gone in zip(stamps, deleted, strict=True)]
    newest = latest_time(
        ADAPTER, {"items": entries}, endpoint="e", entries="items", field="t",
        live=lambda entry: not entry["gone"],
    )  # fmt: skip
    live = [datetime.fromtimestamp(s, UTC) for s, gone in zip(stamps, deleted, strict=True)]
    expected = max((t for t, gone in zip(live, deleted, strict=True) if not gone), default=None)
    assert expected == newest


@pytest.mark.parametrize("listing", [None, {}, "[]", 3])
def test_a_listing_that_is_not_a_list_is_a_platform_error(listing: Any) -> None:
    with pytest.raises(PlatformError, match="answer without a list of items"):
        latest_time(ADAPTER, {"items": listing}, endpoint="e", entries="items", field="t")
