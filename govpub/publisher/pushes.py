"""A platform's pushed result (WeChat ``PUBLISHJOBFINISH``), handed to its delivery.

If the delivery is waiting for it in this process (a runner polling an
``accepted`` delivery), the result wakes it through the limits' inbox;
otherwise the result is written to the ledger directly — unless another worker
is sending the delivery, which then learns the result itself.
"""

from __future__ import annotations

from functools import partial

from govpub.errors import PlatformError
from govpub.platforms.base import DeliveryContext, PublishOutcome, get_adapter_class
from govpub.publisher.adapters import AdapterPool
from govpub.publisher.context import Context
from govpub.publisher.throttle import SendLimits

__all__ = ["Pushes"]


class Pushes:
    """Feeds pushed results to deliveries."""

    def __init__(self, context: Context, limits: SendLimits, pool: AdapterPool) -> None:
        self.context = context
        self.limits = limits
        self.pool = pool

    async def feed(self, delivery_id: str, result: PublishOutcome | PlatformError) -> None:
        """Hand ``result`` to its delivery (see the module docstring)."""
        if self.limits.wake(delivery_id, result):
            return
        ctx = self.context
        record = await ctx.store.get(delivery_id)
        if record.state not in ("accepted", "unknown"):
            return  # a delivery another worker is sending will learn the result itself
        if isinstance(result, PlatformError):
            await ctx.store.transition(
                delivery_id,
                "failed",
                actor=ctx.actor,
                action="delivery.failed",
                error=result.to_dict(),
            )
        elif result.state == "published":
            await ctx.store.transition(
                delivery_id,
                "published",
                actor=ctx.actor,
                action="delivery.published",
                platform_post_id=result.platform_post_id,
                url=result.url,
            )

    async def accept(self, account_id: str, payload: bytes) -> str | None:
        """Feed a push for ``account_id``; its post id, or ``None`` if it matches no delivery."""
        ctx = self.context
        account = ctx.matrix.account(account_id)
        reference = get_adapter_class(account.platform).push_reference(payload)
        if reference is None:
            return None
        step, value = reference
        record = await ctx.run(ctx.ledger.find_by_step, account_id, step, value)
        if record is None or record.state not in ("accepted", "sending", "unknown"):
            return None
        delivery = DeliveryContext(
            key=record.id,
            post_id=record.post_id,
            post_digest="",
            account=account,
            steps=dict(record.steps),
            save_step=partial(ctx.store.save_step, record.id),
            operator_ip=ctx.operator_ip,
        )
        result: PublishOutcome | PlatformError
        try:
            result = await self.pool.adapter(account).accept_push(payload, delivery)
        except PlatformError as exc:
            result = exc.with_context(platform=account.platform, account=account_id)
        await self.feed(record.id, result)
        return record.post_id
