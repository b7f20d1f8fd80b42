"""Pushed interactions into the inbox: a WeChat follower's message, an own-app message.

The agency's callback endpoint (its web server, a CMS) hands the body here after
checking where it came from — WeChat: the callback signature
(:func:`govpub.platforms.wechat.events.verify_callback_signature`); own app: the
Standard Webhooks signature, checked by :func:`receive_push` itself with the account's
``webhook_secret``.  The message is stored like a collected one (once, with its
deadline from the rule profile); ``None`` means "already in the inbox".
"""

from __future__ import annotations

from collections.abc import Mapping

from govpub.config import Matrix
from govpub.config.secrets import ready_account
from govpub.errors import ConfigError
from govpub.health.settings import HealthSettings
from govpub.inbox.deadlines import due_function
from govpub.interactions import Interaction, NewInteraction
from govpub.ledger import Ledger

__all__ = ["receive_push"]

ACTOR = "govpub inbox push"


def receive_push(
    matrix: Matrix,
    ledger: Ledger,
    account_id: str,
    body: bytes,
    *,
    headers: Mapping[str, str] | None = None,
    now: float | None = None,
) -> Interaction | None:
    """Store the message pushed to ``account_id``; ``ValueError`` (or a webhook error) if bad."""
    account = matrix.account(account_id)
    item: NewInteraction
    if account.platform == "wechat":
        from govpub.platforms.wechat.messages import message_from_callback  # noqa: PLC0415

        item = message_from_callback(account.id, body)
    elif account.platform == "app":
        from govpub.platforms.app import AppAdapter  # noqa: PLC0415
        from govpub.platforms.app_messages import message_from_push  # noqa: PLC0415

        item = message_from_push(AppAdapter(ready_account(account)), headers or {}, body, now=now)
    else:
        raise ConfigError(
            f"account {account.id!r} ({account.platform}) receives no pushed messages",
            key="account",
        )
    settings = HealthSettings.from_matrix(matrix)
    rules = settings.rule_profile(file=str(matrix.path) if matrix.path else None)
    stored = ledger.record_interactions(
        [item],
        profile=rules.name,
        due=due_function(rules, settings.calendar, settings.tz),
        actor=ACTOR,
    )
    return stored[0] if stored else None
