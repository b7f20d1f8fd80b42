"""Two deliberately broken own-app adapters: the harness must catch each (negative controls).

Imported by the crash-point tests and, through ``preload``, by every child the
harness forks (the test folder is on the children's ``sys.path``).

* ``app-forgetful`` sends each attempt with a new ``Idempotency-Key``: a process
  killed after the platform stored the post, before the step was saved, sends it
  again on resume — a duplicate.
* ``app-unsure`` cannot reconcile (the base class's answer, ``unknown``): a process
  killed once the delivery is ``sending`` leaves it ``unknown`` for ever — a loss.
"""

from __future__ import annotations

import json
import secrets
from datetime import UTC, datetime

from govpub.platforms._common import dumps_utf8
from govpub.platforms.app import STEP_POST, AppAdapter
from govpub.platforms.base import (
    Adapter,
    DeliveryContext,
    PublishOutcome,
    ReconcileOutcome,
    Rendered,
    register_adapter,
)


class ForgetfulAppAdapter(AppAdapter):
    """The own app, with a fresh idempotency key per attempt (the bug the real one avoids)."""

    platform = "app-forgetful"

    async def publish(self, rendered: Rendered, ctx: DeliveryContext) -> PublishOutcome:
        self.ensure_valid(rendered)
        data = {**json.loads(rendered.body), "comments_enabled": self.app.comments_enabled}
        stamp = datetime.now(UTC).isoformat(timespec="seconds").replace("+00:00", "Z")
        body = dumps_utf8({"type": "post.published", "timestamp": stamp, "data": data})
        key = f"dlv_{secrets.token_hex(16)}"  # the bug: not ctx.key
        saved = await ctx.step(STEP_POST, lambda: self._send_post(body, key))
        return PublishOutcome(
            state="published", platform_post_id=saved.get("id"), url=saved.get("url")
        )

    async def reconcile(self, rendered: Rendered, ctx: DeliveryContext) -> ReconcileOutcome:
        outcome = await self.publish(rendered, ctx)
        return ReconcileOutcome(state="published", platform_post_id=outcome.platform_post_id)


class UnsureAppAdapter(AppAdapter):
    """The own app, without reconciliation: an interrupted delivery is never settled."""

    platform = "app-unsure"

    async def reconcile(self, rendered: Rendered, ctx: DeliveryContext) -> ReconcileOutcome:
        return await Adapter.reconcile(self, rendered, ctx)


for _cls in (ForgetfulAppAdapter, UnsureAppAdapter):
    register_adapter(_cls)
