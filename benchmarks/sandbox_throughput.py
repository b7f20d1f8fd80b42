"""How fast the sandbox answers: full WeChat, Weibo and app publish flows for N accounts.

The publisher's fan-out benchmark measures govpub against a plain httpx script
*through* the sandbox; that comparison only means something if the sandbox is
not the bottleneck.  This script drives the sandbox directly and reports
requests per second::

    python benchmarks/sandbox_throughput.py --accounts 1000 --concurrency 100
    python benchmarks/sandbox_throughput.py --accounts 1000 --concurrency 100 --client httpx
    python benchmarks/sandbox_throughput.py --accounts 300 --in-thread

Each account does what an adapter does: WeChat 7 requests (stable_token,
2× uploadimg, add_material, draft/add, freepublish/submit, freepublish/get),
Weibo 1 (share), app 1 (signed POST with an Idempotency-Key).  ``--client raw``
(default) sends them over ``--concurrency`` keep-alive connections with h11,
so the number is the sandbox's; ``--client httpx`` uses one ``httpx.AsyncClient``.
"""

from __future__ import annotations

import argparse
import asyncio
import base64
import json
import resource
import time
from collections.abc import Awaitable, Callable
from typing import Any
from urllib.parse import urlsplit

import h11
import httpx

from govpub.sandbox import SandboxProcess, SandboxServer
from govpub.sandbox.ownapp import sign

PNG = b"\x89PNG\r\n\x1a\n" + b"\x00" * 2048
JPEG = b"\xff\xd8\xff\xe0" + b"\x00" * 4096
KEY = b"k" * 32
SECRET = "whsec_" + base64.b64encode(KEY).decode()
LINK = "https://www.example.gov.cn/art/2026/1/1/art_1.html"

Send = Callable[..., Awaitable[tuple[int, bytes]]]


class RawConnection:
    """One keep-alive HTTP/1.1 connection; requests are encoded by httpx, parsed by h11."""

    def __init__(self, url: str) -> None:
        self.url = url
        parts = urlsplit(url)
        self.host, self.port = parts.hostname or "127.0.0.1", parts.port or 80
        self.reader: asyncio.StreamReader | None = None
        self.writer: asyncio.StreamWriter | None = None
        self.conn = h11.Connection(h11.CLIENT)

    async def send(self, method: str, path: str, **kwargs: Any) -> tuple[int, bytes]:
        if self.reader is None or self.writer is None:
            self.reader, self.writer = await asyncio.open_connection(self.host, self.port)
        request = httpx.Request(method, self.url + path, **kwargs)
        body = request.read()
        headers = [(k, v) for k, v in request.headers.raw if k.lower() != b"transfer-encoding"]
        if not any(k.lower() == b"content-length" for k, _ in headers):
            headers.append((b"content-length", str(len(body)).encode()))
        target = request.url.raw_path
        self.writer.write(
            self.conn.send(h11.Request(method=method, target=target, headers=headers))
        )
        self.writer.write(self.conn.send(h11.Data(data=body)) + self.conn.send(h11.EndOfMessage()))
        status, chunks = 0, []
        while True:
            event = self.conn.next_event()
            if event is h11.NEED_DATA:
                self.conn.receive_data(await self.reader.read(65536))
            elif isinstance(event, h11.Response):
                status = event.status_code
            elif isinstance(event, h11.Data):
                chunks.append(bytes(event.data))
            elif isinstance(event, h11.EndOfMessage):
                self.conn.start_next_cycle()
                return status, b"".join(chunks)


def _expect(ok: bool, answer: bytes) -> None:
    if not ok:
        raise RuntimeError(f"unexpected answer: {answer[:300]!r}")


def dumps(data: Any) -> bytes:
    return json.dumps(data, ensure_ascii=False).encode()


async def wechat_flow(send: Send, n: int) -> int:
    base = "/wechat/cgi-bin"
    creds = {"grant_type": "client_credential", "appid": f"wx{n}", "secret": f"s{n}"}
    _, raw = await send("POST", f"{base}/stable_token", content=dumps(creds))
    q = {"access_token": json.loads(raw)["access_token"]}
    urls = []
    for i in range(2):
        files = {"media": (f"{i}.png", PNG, "image/png")}
        _, raw = await send("POST", f"{base}/media/uploadimg", params=q, files=files)
        urls.append(json.loads(raw)["url"])
    files = {"media": ("c.jpg", JPEG, "image/jpeg")}
    image = {**q, "type": "image"}
    _, raw = await send("POST", f"{base}/material/add_material", params=image, files=files)
    content = "".join(f'<p>第{i}段</p><img src="{u}">' for i, u in enumerate(urls))
    cover = json.loads(raw)["media_id"]
    draft = dumps(
        {"articles": [{"title": f"通知{n}", "content": content, "thumb_media_id": cover}]}
    )
    _, raw = await send("POST", f"{base}/draft/add", params=q, content=draft)
    _, raw = await send("POST", f"{base}/freepublish/submit", params=q, content=raw)
    publish = {"publish_id": json.loads(raw)["publish_id"]}
    _, raw = await send("POST", f"{base}/freepublish/get", params=q, content=dumps(publish))
    _expect(json.loads(raw).get("publish_status") == 0, raw)
    return 7


async def weibo_flow(send: Send, n: int) -> int:
    form = {"access_token": f"t{n}", "rip": "203.0.113.7", "status": f"通知{n} {LINK}"}
    status, raw = await send("POST", "/weibo/2/statuses/share.json", data=form)
    _expect(status == 200, raw)
    return 1


async def app_flow(send: Send, n: int) -> int:
    data = {"post_id": "p1", "title": "通知", "body_html": "<p>x</p>"}
    body = dumps({"type": "post.published", "data": data})
    stamp = int(time.time())
    headers = {
        "webhook-id": f"msg_{n}",
        "webhook-timestamp": str(stamp),
        "webhook-signature": sign(KEY, f"msg_{n}", stamp, body),
        "Idempotency-Key": f'"msg_{n}"',
    }
    status, raw = await send("POST", f"/app/t{n}/posts", content=body, headers=headers)
    _expect(status == 201, raw)
    return 1


async def drive(url: str, accounts: int, concurrency: int, client: str) -> tuple[int, float]:
    jobs: asyncio.Queue[tuple[Any, int]] = asyncio.Queue()
    for n in range(accounts):
        for flow in (wechat_flow, weibo_flow, app_flow):
            jobs.put_nowait((flow, n))
    total = 0
    limits = httpx.Limits(max_connections=concurrency, max_keepalive_connections=concurrency)
    async with httpx.AsyncClient(base_url=url, limits=limits, timeout=60) as http:

        async def via_httpx(method: str, path: str, **kwargs: Any) -> tuple[int, bytes]:
            response = await http.request(method, path, **kwargs)
            return response.status_code, response.content

        async def worker() -> None:
            nonlocal total
            send: Send = RawConnection(url).send if client == "raw" else via_httpx
            while not jobs.empty():
                flow, n = jobs.get_nowait()
                done = await flow(send, n)
                total += done

        started = time.perf_counter()
        await asyncio.gather(*(worker() for _ in range(concurrency)))
        return total, time.perf_counter() - started


def _peak_rss_mb(pid: int | None) -> float | None:
    """VmHWM of a process (Linux), in MB."""
    try:
        with open(f"/proc/{pid}/status", encoding="ascii") as status:
            for line in status:
                if line.startswith("VmHWM:"):
                    return int(line.split()[1]) / 1024
    except OSError:
        return None
    return None


def specs(accounts: int) -> list[dict[str, Any]]:
    out: list[dict[str, Any]] = []
    for n in range(accounts):
        out.append({"platform": "wechat", "app_id": f"wx{n}", "app_secret": f"s{n}"})
        weibo = {"access_token": f"t{n}", "safe_domain": "www.example.gov.cn", "uid": str(n)}
        out.append({"platform": "weibo", **weibo})
        out.append({"platform": "app", "tenant": f"t{n}", "webhook_secret": SECRET})
    return out


def main() -> None:
    parser = argparse.ArgumentParser(description=(__doc__ or "").split("\n")[0])
    parser.add_argument("--accounts", type=int, default=1000, help="accounts per platform")
    parser.add_argument("--concurrency", type=int, default=100)
    parser.add_argument("--client", choices=("raw", "httpx"), default="raw")
    parser.add_argument("--in-thread", action="store_true", help="sandbox in this process")
    args = parser.parse_args()
    server: Any = SandboxServer() if args.in_thread else SandboxProcess()
    with server:
        started = time.perf_counter()
        every = specs(args.accounts)
        for chunk in range(0, len(every), 3000):
            server.register(*every[chunk : chunk + 3000])
        registration = time.perf_counter() - started
        requests, elapsed = asyncio.run(
            drive(server.url, args.accounts, args.concurrency, args.client)
        )
        summary = server.control.publications()
        sandbox_peak = _peak_rss_mb(server.pid) if not args.in_thread else None
    peak = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    where = "in-thread" if args.in_thread else "separate process"
    print(
        f"sandbox ({where}), {args.accounts} accounts per platform, "
        f"{args.concurrency} connections, {args.client} client"
    )
    print(f"  registration  {registration:.2f} s")
    print(f"  {requests} requests in {elapsed:.2f} s = {requests / elapsed:.0f} requests/s")
    print(f"  publications recorded: {summary['total']}, duplicates: {len(summary['duplicates'])}")
    print(f"  peak RSS of this process: {peak:.0f} MB")
    if sandbox_peak is not None:
        print(f"  peak RSS of the sandbox process: {sandbox_peak:.0f} MB")


if __name__ == "__main__":
    main()
