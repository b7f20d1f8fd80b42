"""Small clients for the sandbox tests: real HTTP over loopback, nothing mocked."""

from __future__ import annotations

import base64
import json
import time
from typing import Any

import httpx

from govpub.sandbox.ownapp import sign

PNG = b"\x89PNG\r\n\x1a\n" + b"\x00" * 64
JPEG = b"\xff\xd8\xff\xe0" + b"\x00" * 64
GIF = b"GIF89a" + b"\x00" * 64
BMP = b"BM" + b"\x00" * 64
WEBP = b"RIFF\x00\x00\x00\x00WEBP" + b"\x00" * 64

APP_KEY = b"k" * 32
APP_SECRET = "whsec_" + base64.b64encode(APP_KEY).decode()
SAFE = "www.example.gov.cn"
LINK = f"https://{SAFE}/art/2026/1/1/art_1.html"


def dumps(data: Any) -> bytes:
    """JSON as govpub sends it: raw UTF-8."""
    return json.dumps(data, ensure_ascii=False).encode()


class WeChat:
    """Calls the WeChat emulator like an adapter would."""

    def __init__(self, http: httpx.Client, app_id: str = "wx1", secret: str = "secret1") -> None:  # noqa: S107
        self.http = http
        self.app_id = app_id
        self.secret = secret
        self.token = ""

    def fetch_token(self, **extra: Any) -> dict[str, Any]:
        body = {"grant_type": "client_credential", "appid": self.app_id, "secret": self.secret}
        answer: dict[str, Any] = self.http.post(
            "/wechat/cgi-bin/stable_token", content=dumps({**body, **extra})
        ).json()
        self.token = answer.get("access_token", self.token)
        return answer

    def call(self, path: str, body: Any, *, raw: bytes | None = None) -> dict[str, Any]:
        if not self.token:
            self.fetch_token()
        response = self.http.post(
            f"/wechat/cgi-bin/{path}",
            params={"access_token": self.token},
            content=raw if raw is not None else dumps(body),
        )
        assert response.status_code == 200, response.text
        result: dict[str, Any] = response.json()
        return result

    def upload(
        self, path: str, data: bytes, filename: str = "a.png", **params: str
    ) -> dict[str, Any]:
        if not self.token:
            self.fetch_token()
        response = self.http.post(
            f"/wechat/cgi-bin/{path}",
            params={"access_token": self.token, **params},
            files={"media": (filename, data, "application/octet-stream")},
        )
        result: dict[str, Any] = response.json()
        return result

    def cover(self) -> str:
        media_id: str = self.upload("material/add_material", JPEG, "c.jpg", type="image")[
            "media_id"
        ]
        return media_id

    def article(self, **fields: Any) -> dict[str, Any]:
        base = {
            "title": "关于开展安全生产检查的通知",
            "author": "市应急管理局",
            "content": "<p>各单位：请按要求开展检查。</p>",
            "thumb_media_id": fields.pop("thumb_media_id", None) or self.cover(),
            "content_source_url": LINK,
        }
        return {**base, **fields}

    def draft(self, **fields: Any) -> str:
        answer = self.call("draft/add", {"articles": [self.article(**fields)]})
        assert "media_id" in answer, answer
        media_id: str = answer["media_id"]
        return media_id

    def publish(self, **fields: Any) -> dict[str, Any]:
        return self.call("freepublish/submit", {"media_id": self.draft(**fields)})


class Weibo:
    """Calls the Weibo emulator like an adapter would."""

    def __init__(self, http: httpx.Client, token: str = "tok1") -> None:  # noqa: S107
        self.http = http
        self.token = token

    def share(
        self,
        status: str | None = f"市政府发布通知 {LINK} ",
        *,
        pic: bytes | None = None,
        **form: str,
    ) -> httpx.Response:
        data = {"access_token": self.token, "rip": "203.0.113.7", **form}
        if status is not None:
            data["status"] = status
        files = {"pic": ("p.jpg", pic, "image/jpeg")} if pic is not None else None
        return self.http.post("/weibo/2/statuses/share.json", data=data, files=files)


def code_of(response: httpx.Response) -> int:
    """A Weibo ``error_code`` as an int, whether it came as a string or a number."""
    return int(response.json()["error_code"])


class App:
    """Signs and sends requests to the own-app emulator."""

    def __init__(self, http: httpx.Client, tenant: str = "city", key: bytes = APP_KEY) -> None:
        self.http = http
        self.tenant = tenant
        self.key = key

    def headers(
        self, body: bytes, *, msg_id: str = "msg_1", timestamp: int | None = None
    ) -> dict[str, str]:
        stamp = int(time.time()) if timestamp is None else timestamp
        return {
            "webhook-id": msg_id,
            "webhook-timestamp": str(stamp),
            "webhook-signature": sign(self.key, msg_id, stamp, body),
            "content-type": "application/json",
        }

    @staticmethod
    def payload(post_id: str = "p_1", title: str = "通知", **data: Any) -> bytes:
        return dumps(
            {
                "type": "post.published",
                "timestamp": "2026-01-01T00:00:00Z",
                "data": {"post_id": post_id, "title": title, "body_html": "<p>正文</p>", **data},
            }
        )

    def post(
        self, body: bytes | None = None, *, key: str | None = '"k1"', **sign_args: Any
    ) -> httpx.Response:
        body = body if body is not None else self.payload()
        headers = self.headers(body, **sign_args)
        if key is not None:
            headers["Idempotency-Key"] = key
        return self.http.post(f"/app/{self.tenant}/posts", content=body, headers=headers)

    def request(self, method: str, path: str, **sign_args: Any) -> httpx.Response:
        return self.http.request(
            method, f"/app/{self.tenant}{path}", headers=self.headers(b"", **sign_args)
        )
