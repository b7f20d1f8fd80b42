"""Embedding govpub in a FastAPI service (async): the CMS posts a story, govpub publishes it.

Run with ``uvicorn examples.cms_fastapi:app`` next to a ``govpub.toml``. One
``AsyncPublisher`` lives for the whole application (its HTTP connections and
token caches are shared by every request); it is opened and closed by the
lifespan handler.

``POST /posts`` takes the story as JSON (the fields of ``govpub.Post``; images as
base64) plus the reviewers' approval documents, and answers with the publish
report: 200 when every account has it, 207 when some did not, 422 when a
compliance rule refused it (with the findings), 403 when review is incomplete.
"""

from __future__ import annotations

import base64
import os
from collections.abc import AsyncIterator
from contextlib import asynccontextmanager
from typing import Any

from fastapi import FastAPI, HTTPException, Response
from pydantic import BaseModel

import govpub


class ImageIn(BaseModel):
    """An image as the CMS stores it: bytes (base64), a file name and alt text."""

    filename: str
    alt: str = ""
    data_base64: str

    def to_image(self) -> govpub.Image:
        return govpub.Image(
            data=base64.b64decode(self.data_base64), filename=self.filename, alt=self.alt
        )


class StoryIn(BaseModel):
    """What the CMS sends: the story and its approvals."""

    id: str | None = None
    title: str
    body: str
    summary: str = ""
    author: str = ""
    category: str = "daily"
    source: dict[str, str] | None = None
    url: str | None = None
    cover: ImageIn | None = None
    approvals: list[dict[str, Any]] = []

    def to_post(self) -> govpub.Post:
        fields = self.model_dump(exclude={"cover", "approvals"}, exclude_none=True)
        return govpub.Post(**fields, cover=self.cover.to_image() if self.cover else None)


@asynccontextmanager
async def lifespan(app: FastAPI) -> AsyncIterator[None]:
    matrix = govpub.Matrix.from_toml(os.environ.get("GOVPUB_CONFIG", "govpub.toml"))
    async with govpub.AsyncPublisher(matrix, actor="cms") as publisher:
        app.state.publisher = publisher
        yield


app = FastAPI(lifespan=lifespan)


@app.post("/posts")
async def publish(story: StoryIn, response: Response) -> dict[str, Any]:
    publisher: govpub.AsyncPublisher = app.state.publisher
    try:
        report = await publisher.publish(story.to_post(), story.approvals)
    except govpub.PolicyError as exc:
        findings = [getattr(f, "to_dict", lambda f=f: f)() for f in exc.findings]
        raise HTTPException(422, {"message": str(exc), "findings": findings}) from None
    except govpub.ReviewError as exc:
        problems = [getattr(p, "to_dict", lambda p=p: p)() for p in exc.problems]
        raise HTTPException(403, {"message": str(exc), "problems": problems}) from None
    except govpub.PostError as exc:
        raise HTTPException(400, {"message": str(exc)}) from None
    if not report.ok and report.frozen is None and report.post_state != "scheduled":
        response.status_code = 207
    return report.to_dict()


@app.get("/posts/{post_id}")
async def status(post_id: str) -> dict[str, Any]:
    try:
        report = await app.state.publisher.status(post_id)
    except govpub.LedgerError:
        raise HTTPException(404, {"message": f"no post {post_id}"}) from None
    return report.to_dict()


@app.delete("/posts/{post_id}")
async def retract(post_id: str, reason: str) -> dict[str, Any]:
    report = await app.state.publisher.retract(post_id, reason)
    return report.to_dict()
