"""A WeChat ``PUBLISHJOBFINISH`` push settles an accepted delivery without more polling."""

from __future__ import annotations

from pathlib import Path

import pytest

from govpub import Image, Post
from govpub.publisher import AsyncPublisher, RetryPolicy

pytest.importorskip("uvicorn")
from govpub.sandbox import SandboxConfig, SandboxServer
from govpub.testing import sandbox_matrix

EVENT = """<xml>
  <ToUserName><![CDATA[gh_0123456789ab]]></ToUserName>
  <FromUserName><![CDATA[mphelper]]></FromUserName>
  <CreateTime>1767225600</CreateTime>
  <MsgType><![CDATA[event]]></MsgType>
  <Event><![CDATA[PUBLISHJOBFINISH]]></Event>
  <PublishEventInfo>
    <publish_id>{publish_id}</publish_id>
    <publish_status>0</publish_status>
    <article_id><![CDATA[ARTICLE_FROM_PUSH]]></article_id>
    <article_detail><count>1</count>
      <item><idx>1</idx><article_url><![CDATA[https://mp.weixin.qq.com/s/pushed]]></article_url></item>
    </article_detail>
  </PublishEventInfo>
</xml>"""


async def test_push_settles_an_accepted_delivery(tmp_path: Path) -> None:
    with SandboxServer(config=SandboxConfig(publish_delay=3600)) as sandbox:
        made = sandbox_matrix(
            sandbox,
            tmp_path,
            wechat=1,
            weibo=0,
            app=0,
            settings={"wechat": {"status_poll_initial": 0.05}},
            extra_toml="[publisher]\nrequire_review = false\n",
        )
        matrix = made.load()
        [account] = matrix.accounts
        cover = Image.from_path(Path(__file__).parents[2] / "examples" / "images" / "cover.jpg")
        post = Post(
            id="p-push",
            title="推送测试",
            body="正文。",
            url="https://www.example.gov.cn/a.html",
            cover=cover,
        )
        policy = RetryPolicy.no_wait().model_copy(update={"status_budget": 0.2})
        async with AsyncPublisher(matrix, retry=policy) as publisher:
            first = await publisher.publish(post)
            assert "accepted" == first.deliveries[0].state
            publish_id = publisher.ledger.get_delivery(first.deliveries[0].delivery_id).steps[
                "publish_id"
            ]
            assert (
                await publisher.accept_push(account.id, b"<xml><Event>other</Event></xml>") is None
            )
            report = await publisher.accept_push(
                account.id, EVENT.format(publish_id=publish_id).encode()
            )
    assert report is not None
    row = report.deliveries[0]
    assert ("published", "ARTICLE_FROM_PUSH", "https://mp.weixin.qq.com/s/pushed") == (
        row.state,
        row.platform_post_id,
        row.url,
    )
