"""Real use of the public API, type-checked by ``mypy --strict`` in CI (not run by pytest)."""

from __future__ import annotations

from datetime import datetime
from pathlib import Path

import govpub
from govpub.platforms.base import Adapter, RenderingProblem, get_adapter_class
from govpub.platforms.preflight import AccountProblem, preflight
from govpub.platforms.wechat import WechatAdapter


def load_and_digest(path: Path) -> str:
    post: govpub.Post = govpub.load_post(path)
    cover: govpub.Image | None = post.cover
    source: govpub.Source | None = post.source
    del cover, source
    return post.digest()


def load_within_limits(path: Path, policy: govpub.Policy) -> govpub.Post:
    """A post read under the configured limits, and a Post built in Python held to them."""
    limits: govpub.PostLimits = policy.limits
    post = govpub.load_post(path, limits=limits.model_copy(update={"max_images": 10}))
    text = govpub.Post.from_markdown("---\ntitle: t\n---\n", limits=govpub.PostLimits())
    limits.enforce(text)
    return post


def matrix_ids(path: Path) -> list[str]:
    matrix = govpub.Matrix.from_toml(path)
    return [account.id for account in matrix.select(platforms=["memory"])]


def classify(error: govpub.GovpubError) -> str:
    if isinstance(error, govpub.PlatformError):
        return f"{error.kind}:{error.code}:{error.retryable}:{error.retry_after}"
    return type(error).__name__


async def account_state(adapter: Adapter) -> str:
    """The health checks' account questions, as an adapter answers them."""
    try:
        latest: datetime | None = await adapter.latest_publication()
    except govpub.NotSupported:
        latest = None
    interaction: bool | None = adapter.interaction_enabled()
    expires: datetime | None = adapter.credentials_expire_at()
    return f"{latest}:{interaction}:{expires}"


def wechat_interaction(adapter: WechatAdapter) -> bool:
    return adapter.interaction_enabled()  # the built-in adapters always know


def fits(post: govpub.Post, matrix: govpub.Matrix) -> list[str]:
    """What every active account's platform would refuse, before anyone signs (CLI check)."""
    problems: list[AccountProblem] = preflight(post, matrix.select())
    first = matrix.select()[0]
    adapter = get_adapter_class(first.platform)
    own: list[RenderingProblem] = adapter.validate(adapter.render(post), first)
    return [p.rule for p in problems] + [p.field for p in own]
