"""``govpub publish`` refusing a post a platform cannot take: the message names the file.

Issue 10, item 7: the refusal used to read ``govpub: <post>: cover: …``.  The
refusal comes before the plan, so the ledger holds no post and nothing is sent
(the WeChat endpoint below is never contacted).
"""

from __future__ import annotations

from pathlib import Path

import pytest

from govpub.cli import main
from govpub.ledger import SqliteLedger

EXAMPLES = Path(__file__).parents[2] / "examples"

CONFIG = """
[publisher]
require_review = false

[[accounts]]
id = "wx-city"
platform = "wechat"
name = "某某发布"
unit = "某某市人民政府办公室"
api_base = "http://127.0.0.1:9"
credentials = {{ app_id = "wx0123456789abcdef", app_secret = "file:secret.txt" }}
settings = {{ cover_material_type = "{material}" }}
"""

POST = """---
id: p_refused
title: 关于开展春季义务植树活动的通知
url: https://www.example.gov.cn/a.html
{cover}---
全市组织开展春季义务植树活动。
"""


@pytest.fixture
def workspace(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    (tmp_path / "secret.txt").write_text("wx-app-secret-value\n", encoding="utf-8")
    (tmp_path / "images").mkdir()
    png = (EXAMPLES / "images" / "tree-planting.png").read_bytes()
    (tmp_path / "images" / "cover.png").write_bytes(png)
    monkeypatch.chdir(tmp_path)
    return tmp_path


@pytest.mark.parametrize(
    ("material", "cover", "words"),
    [
        ("image", "", "post.md: cover: 微信公众号（wechat）：封面图缺失"),
        (
            "thumb",
            "cover: {src: images/cover.png}\n",
            "post.md: cover: 微信公众号（wechat）：封面图 images/cover.png 是 image/png",
        ),
    ],
)
def test_the_refusal_names_the_file_and_nothing_is_stored(
    workspace: Path,
    capsys: pytest.CaptureFixture[str],
    material: str,
    cover: str,
    words: str,
) -> None:
    (workspace / "govpub.toml").write_text(CONFIG.format(material=material), encoding="utf-8")
    (workspace / "post.md").write_text(POST.format(cover=cover), encoding="utf-8")
    assert 2 == main(["publish", "post.md"])
    err = capsys.readouterr().err
    assert err.startswith(f"govpub: {words}")
    assert "<post>" not in err
    ledger = SqliteLedger(workspace / "govpub.db")
    try:
        assert [] == ledger.posts()
    finally:
        ledger.close()

    assert 3 == main(["check", "post.md"])  # check says the same, before anyone reviews
    assert "platform.wechat.cover" in capsys.readouterr().out
