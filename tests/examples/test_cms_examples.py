"""The CMS embedding examples work: FastAPI (async) and Django (sync), against memory accounts."""

from __future__ import annotations

import base64
import importlib.util
import json
import sys
from pathlib import Path
from types import ModuleType

import pytest

from govpub.platforms.memory import MemoryWorld
from govpub.testing.contract import tiny_png

ROOT = Path(__file__).parents[2]
CONFIG = """
[publisher]
require_review = false

[store]
path = "ledger.db"

[[accounts]]
id = "m1"
platform = "memory"
name = "某某发布"
unit = "某某市人民政府办公室"
settings = { world = "cms" }
"""


def load_example(name: str) -> ModuleType:
    spec = importlib.util.spec_from_file_location(
        f"example_{name}", ROOT / "examples" / f"{name}.py"
    )
    assert spec is not None
    assert spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    sys.modules[spec.name] = module
    spec.loader.exec_module(module)
    return module


@pytest.fixture
def config(tmp_path: Path) -> Path:
    path = tmp_path / "govpub.toml"
    path.write_text(CONFIG, encoding="utf-8")
    return path


@pytest.mark.filterwarnings("ignore:Using `httpx` with `starlette.testclient`")
def test_fastapi_endpoint_publishes_and_reports(
    config: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    pytest.importorskip("fastapi")
    from fastapi.testclient import TestClient

    monkeypatch.setenv("GOVPUB_CONFIG", str(config))
    example = load_example("cms_fastapi")
    # a real picture: check() decodes it to look for QR codes (stub bytes are unreadable)
    cover = base64.b64encode(tiny_png(16, 16, shade=200)).decode()
    story = {
        "id": "cms-1",
        "title": "关于开展春季义务植树活动的通知",
        "body": "全市组织开展春季义务植树活动。",
        "cover": {"filename": "cover.jpg", "alt": "封面", "data_base64": cover},
    }
    with TestClient(example.app) as client:
        response = client.post("/posts", json=story)
        assert 200 == response.status_code
        assert {"published": 1} == response.json()["counts"]
        assert "published" == client.get("/posts/cms-1").json()["deliveries"][0]["state"]
        assert 404 == client.get("/posts/nope").status_code
        retracted = client.delete("/posts/cms-1", params={"reason": "更正"})
        assert {"retracted": 1} == retracted.json()["counts"]
    assert [] == MemoryWorld.get("cms").published()


def test_django_view_publishes(config: Path) -> None:
    pytest.importorskip("django")
    import django
    from django.conf import settings

    if not settings.configured:
        settings.configure(GOVPUB_CONFIG=str(config), ALLOWED_HOSTS=["testserver"], DEBUG=True)
        django.setup()
    from django.test import RequestFactory

    example = load_example("cms_django")
    example._publisher.cache_clear()
    body = json.dumps(
        {"article": {"title": "春季义务植树", "body_markdown": "正文。"}, "approvals": []}
    )
    request = RequestFactory().post(
        "/govpub/posts/7/publish", data=body, content_type="application/json"
    )
    response = example.publish_article(request, 7)
    assert 200 == response.status_code
    assert {"published": 1} == json.loads(response.content)["counts"]
    status = example.post_status(RequestFactory().get("/x"), "cms-7")
    assert "已发布" == json.loads(status.content)["deliveries"][0]["label"]
    example._publisher().close()
