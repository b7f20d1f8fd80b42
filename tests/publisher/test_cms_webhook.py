"""The outbound webhook: delivery events reach the CMS, signed per Standard Webhooks."""

from __future__ import annotations

import base64
import json
import secrets
from pathlib import Path

import httpx
import pytest
import respx
from conftest import Sleeps, memory_account

from govpub import ConfigError, Matrix, Post
from govpub.config import StoreConfig
from govpub.publisher import AsyncPublisher, RetryPolicy
from govpub.publisher.gate import open_gate
from govpub.publisher.settings import PublisherSettings
from govpub.webhooks import verify

SECRET = "whsec_" + base64.b64encode(secrets.token_bytes(24)).decode()
CMS = "https://cms.example.gov.cn/govpub/events"


def matrix(tmp_path: Path, **webhook: object) -> Matrix:
    (tmp_path / "cms.secret").write_text(SECRET, encoding="utf-8")
    section = {"webhook": {"url": CMS, "secret": "file:cms.secret", **webhook}}
    return Matrix(
        [memory_account("m1"), memory_account("m2")],
        store=StoreConfig(path=tmp_path / "ledger.db"),
        sections={"publisher": section},
        path=tmp_path / "govpub.toml",
    )


@respx.mock
async def test_events_reach_the_cms_signed(tmp_path: Path, post: Post, sleeps: Sleeps) -> None:
    received: list[tuple[dict[str, object], httpx.Request]] = []

    def cms(request: httpx.Request) -> httpx.Response:
        verify(SECRET, request.headers, request.content)  # raises if the signature is wrong
        received.append((json.loads(request.content), request))
        return httpx.Response(204)

    respx.post(CMS).mock(side_effect=cms)
    async with AsyncPublisher(
        matrix(tmp_path), gate=open_gate, retry=RetryPolicy.no_wait(), sleep=sleeps
    ) as pub:
        await pub.publish(post)
    types = [body["type"] for body, _ in received]
    assert 2 == types.count("govpub.delivery.published")
    assert "govpub.post.submitted" in types
    assert "govpub.delivery.sending" not in types  # not a default event
    published = [b for b, _ in received if b["type"] == "govpub.delivery.published"]
    assert {"m1", "m2"} == {b["data"]["account_id"] for b in published}  # type: ignore[index]
    ids = [r.headers["webhook-id"] for _, r in received]
    assert len(ids) == len(set(ids))


@respx.mock
async def test_a_failing_cms_never_holds_up_delivery(
    tmp_path: Path, post: Post, sleeps: Sleeps
) -> None:
    route = respx.post(CMS).mock(return_value=httpx.Response(503))
    m = matrix(tmp_path, attempts=2, events=["govpub.delivery.published"])
    async with AsyncPublisher(m, gate=open_gate, retry=RetryPolicy.no_wait(), sleep=sleeps) as pub:
        report = await pub.publish(post)
    assert {"published": 2} == report.counts
    assert 4 == route.call_count  # two events, two attempts each


def test_the_webhook_secret_must_be_a_reference(tmp_path: Path) -> None:
    bad = Matrix(
        [],
        sections={"publisher": {"webhook": {"url": CMS, "secret": SECRET}}},
        path=tmp_path / "g.toml",
    )
    with pytest.raises(ConfigError, match=r"publisher\.webhook\.secret") as info:
        PublisherSettings.from_matrix(bad)
    assert SECRET not in str(info.value)
