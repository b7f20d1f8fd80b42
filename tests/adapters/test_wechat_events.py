"""The PUBLISHJOBFINISH push: parsed into (publish_id, outcome or error), applied to a delivery."""

from __future__ import annotations

import contextlib
import hashlib

import pytest
from adapter_helpers import context, golden_text, wechat_account
from hypothesis import given
from hypothesis import strategies as st

from govpub.errors import RejectedError
from govpub.platforms.base import PublishOutcome
from govpub.platforms.wechat import WechatAdapter, parse_publish_event, verify_callback_signature
from govpub.platforms.wechat.events import publish_event_fields


def test_success_push_is_a_published_outcome() -> None:
    publish_id, result = parse_publish_event(
        golden_text("wechat", "event_publishjobfinish_success.xml")
    )
    assert publish_id == "2247483655"
    assert isinstance(result, PublishOutcome)
    expected = (
        "published",
        "ARTICLE_ID_PLACEHOLDER",
        "https://mp.weixin.qq.com/s/PERMANENT_PLACEHOLDER",
    )
    assert expected == (result.state, result.platform_post_id, result.url)


def test_masssendjobfinish_name_with_publish_info_is_accepted() -> None:
    publish_id, result = parse_publish_event(
        golden_text("wechat", "event_massendjobfinish_review_rejected.xml")
    )
    assert publish_id == "100000001"
    assert isinstance(result, RejectedError)
    assert (result.code, result.details["fail_idx"]) == ("publish_status:4", [1, 2])
    assert result.platform == "wechat"
    assert result.with_context(platform="wechat", account="wx-main").account == "wx-main"


@pytest.mark.parametrize(
    ("xml", "problem"),
    [
        ("<xml><Event>subscribe</Event></xml>", "not one of"),
        ("<xml><Event>PUBLISHJOBFINISH</Event></xml>", "without PublishEventInfo"),
        (
            "<xml><Event>PUBLISHJOBFINISH</Event><PublishEventInfo>"
            "<publish_status>0</publish_status></PublishEventInfo></xml>",
            "lacks publish_id",
        ),
        ("not xml at all", "not XML"),
        (
            '<!DOCTYPE xml [<!ENTITY a "aaaa">]><xml><Event>&a;</Event></xml>',
            "DTDs",
        ),
    ],
)
def test_bad_events_are_refused_with_the_reason(xml: str, problem: str) -> None:
    with pytest.raises(ValueError, match=problem):
        publish_event_fields(xml)


@given(st.text(max_size=200))
def test_the_parser_never_fails_with_anything_but_value_error(text: str) -> None:
    with contextlib.suppress(ValueError):
        publish_event_fields(text)


async def test_accept_event_saves_the_article_for_a_later_retract() -> None:
    ctx, recorder = context(wechat_account(), steps={"publish_id": "2247483655"})
    async with WechatAdapter(wechat_account()) as adapter:
        outcome = await adapter.accept_event(
            golden_text("wechat", "event_publishjobfinish_success.xml"), ctx
        )
    assert outcome.state == "published"
    saved = dict(recorder.saved)
    assert saved["article_id"] == "ARTICLE_ID_PLACEHOLDER"
    assert saved["article_url"] == "https://mp.weixin.qq.com/s/PERMANENT_PLACEHOLDER"


async def test_accept_event_refuses_an_event_of_another_delivery() -> None:
    ctx, _ = context(wechat_account(), steps={"publish_id": "999"})
    async with WechatAdapter(wechat_account()) as adapter:
        with pytest.raises(ValueError, match="does not belong"):
            await adapter.accept_event(
                golden_text("wechat", "event_publishjobfinish_success.xml"), ctx
            )


def test_callback_signature() -> None:
    token, timestamp, nonce = "callback-token", "1700000000", "nonce123"
    signature = hashlib.sha1(
        "".join(sorted([token, timestamp, nonce])).encode(), usedforsecurity=False
    ).hexdigest()
    assert verify_callback_signature(token, timestamp, nonce, signature) is True
    assert verify_callback_signature(token, timestamp, "other", signature) is False
