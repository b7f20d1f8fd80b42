"""Retracting one delivery (撤回): cancel what was never sent, settle what is in doubt, delete.

It runs on the delivery's :class:`~govpub.publisher.runner.DeliveryRunner`
(:meth:`~govpub.publisher.runner.DeliveryRunner.retract`), so a deletion has
the retries, the shared cool-downs and the events of a publication, and the
unit of work around it (:mod:`govpub.publisher.delivery`) holds the same call
slots: with ``platform_concurrency = 4`` no more than four deletions are in
flight either.

What the platform cannot delete, or what reconcile cannot find, becomes a task
for an editor (``retract_manual``) with an instruction in Chinese.
"""

from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any

from govpub.errors import NotSupported, PlatformError, RateLimitedError
from govpub.ledger.records import DeliveryRecord
from govpub.publisher.retry import retrying

if TYPE_CHECKING:
    from tenacity import RetryCallState

    from govpub.platforms.base import Adapter
    from govpub.publisher.runner import DeliveryRunner, Store

__all__ = ["RETRACTABLE", "cancel_unsent", "manual", "manual_instruction", "retract"]

#: States whose post may be on the platform: a retraction deletes (or asks a human to).
RETRACTABLE = frozenset({"published", "accepted", "unknown", "retract_failed", "retract_manual"})


async def cancel_unsent(store: Store, record: DeliveryRecord, *, actor: str) -> bool:
    """Cancel a delivery that was never sent; ``True`` if it was one (nothing else to do)."""
    if record.state not in ("planned", "failed"):
        return False
    await store.transition(record.id, "cancelled", actor=actor, action="delivery.cancelled")
    return True


async def retract(runner: DeliveryRunner, reason: str) -> DeliveryRecord:
    """Take the runner's delivery down from the platform; the record as it ends."""
    record = runner.record
    if await cancel_unsent(runner.store, record, actor=runner.actor) or (
        record.state not in RETRACTABLE
    ):
        return await runner.store.get(record.id)
    if record.state == "unknown":
        record = await runner.reconcile_only()
        if record.state == "unknown":
            hint = " 无法确认是否已发布：请在平台后台查找该内容，如已发布请手动删除。"
            await manual(runner, (record.instruction or "") + hint)
            return await runner.store.get(record.id)
        if record.state not in ("published", "accepted"):
            return record
    await _delete(runner, reason)
    return await runner.store.get(record.id)


async def _delete(runner: DeliveryRunner, reason: str) -> None:
    record, adapter = runner.record, runner.adapter
    await runner.move("retracting", "retracting", details={"reason": reason})

    async def before_sleep(state: RetryCallState) -> None:
        exc = state.outcome.exception() if state.outcome is not None else None
        if isinstance(exc, RateLimitedError):
            await runner.cooldowns.set(runner.scopes, state.upcoming_sleep)

    try:
        async for attempt in retrying(runner.policy, sleep=runner.sleep, before_sleep=before_sleep):
            with attempt:
                await runner.cooldowns.wait(runner.scopes)
                outcome = await adapter.delete(runner.ctx)
    except PlatformError as exc:
        await runner.store.attempt(
            record.id, operation="delete", outcome=exc.kind, error=exc.to_dict()
        )
        await runner.move("retract_failed", "retract_failed", error=exc.to_dict())
        return
    except NotSupported as exc:
        await runner.store.attempt(record.id, operation="delete", outcome="not_supported")
        await manual(
            runner,
            manual_instruction(adapter, record, exc),
            error={"kind": "not_supported", "message": str(exc)},
        )
        return
    await runner.store.attempt(record.id, operation="delete", outcome=outcome.state)
    if outcome.state in ("retracted", "already_gone"):
        await runner.move("retracted", "retracted", details=dict(outcome.details))
        return
    await manual(
        runner,
        outcome.instruction or manual_instruction(adapter, record, None),
        error={
            "kind": "manual",
            "message": f"{adapter.platform}: delete through the API was refused "
            "or is not enabled for this account",
        },
    )


async def manual(
    runner: DeliveryRunner, instruction: str, *, error: Mapping[str, Any] | None = None
) -> None:
    """The platform cannot delete (or we cannot tell): a task for an editor.

    ``error`` says why, for the report's ``error`` (and the results table);
    without one the reason is read from the ledger: an outcome reconcile could
    not settle, or a platform that asks for manual deletion.  It replaces any
    earlier error of the delivery, which would otherwise read as the cause.
    """
    current = await runner.store.get(runner.record.id)
    if error is None:
        error = (
            {
                "kind": "outcome_unknown",
                "message": "reconcile could not tell whether the post was published",
            }
            if current.state == "unknown"
            else {"kind": "manual", "message": "the platform asks for a manual deletion"}
        )
    if current.state not in ("unknown", "retracting"):
        await runner.move("retracting", "retracting")
    await runner.move(
        "retract_manual", "retract_manual", instruction=instruction.strip(), error=error
    )


def manual_instruction(adapter: Adapter, record: DeliveryRecord, exc: BaseException | None) -> str:
    """The editor's instruction for a post the platform will not delete through its API."""
    where = record.url or record.platform_post_id or "（见平台后台）"
    why = f"（{exc}）" if exc is not None else ""
    label = adapter.capabilities.label
    return f"平台不支持通过接口删除{why}：请登录{label}后台，手动删除该内容：{where}"
