"""`govpub check POST.md` on a post whose images hold QR codes: exit 3, the image named."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import pytest
from qrkit import poster

from govpub.cli import main

POST = """---
title: 关于开展春季义务植树活动的通知
cover: {src: cover.jpg, alt: 植树}
---
市政府组织开展义务植树活动，详见https://www.gov.cn/a.html。

![活动海报](poster.png)
"""


@pytest.fixture
def post_dir(tmp_path: Path) -> Path:
    (tmp_path / "cover.jpg").write_bytes(poster("https://www.gov.cn/zhengce/", fmt="JPEG"))
    (tmp_path / "poster.png").write_bytes(poster("https://m.tb.cn/h.5abcdEF?tk=x"))
    (tmp_path / "post.md").write_text(POST, encoding="utf-8")
    return tmp_path


def test_an_ad_qr_code_exits_3_and_names_the_image(
    post_dir: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    assert 3 == main(["check", str(post_dir / "post.md")])
    out = capsys.readouterr().out
    assert "不能发布" in out
    assert "image.ad_code · images[0]" in out
    assert "poster.png" in out
    assert "https://m.tb.cn/h.5abcdEF?tk=x" in out
    assert "cover" not in out.split("阻止发布", 1)[1]  # the gov.cn code on the cover is fine


def test_json_names_the_field(post_dir: Path, capsys: pytest.CaptureFixture[str]) -> None:
    assert 3 == main(["check", str(post_dir / "post.md"), "--json"])
    data = json.loads(capsys.readouterr().out)
    assert [("image.ad_code", "images[0]", "https://m.tb.cn/h.5abcdEF?tk=x")] == [
        (f["rule"], f["field"], f["excerpt"]) for f in data["findings"]
    ]


def test_a_clean_code_exits_0(post_dir: Path, capsys: pytest.CaptureFixture[str]) -> None:
    (post_dir / "poster.png").write_bytes(poster("https://www.gov.cn/zhengce/b.html"))
    assert 0 == main(["check", str(post_dir / "post.md")])
    assert "可以进入审核" in capsys.readouterr().out


def test_without_the_decoders_check_says_images_were_not_scanned(post_dir: Path) -> None:
    code = (
        "import sys\n"
        "sys.modules['PIL'] = None  # importing it now fails, as in a broken install\n"
        "from govpub.cli import main\n"
        "sys.exit(main(['check', 'post.md']))\n"
    )
    run = subprocess.run(
        [sys.executable, "-c", code], cwd=post_dir, capture_output=True, text=True, check=False
    )
    assert 3 == run.returncode, run.stderr
    assert "image.not_scanned · cover" in run.stdout
    assert "image.not_scanned · images[0]" in run.stdout
    assert "未能加载图片解码组件" in run.stdout
