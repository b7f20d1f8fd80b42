"""Credentials that will stop working: an expiry within the horizon, or a failed re-authorisation.

Weibo server apps get no refresh token: when the access token expires a person
re-authorises in a browser (weibo.md §2: "warn well ahead (e.g. 30/7/1 days)").
The adapter reports the expiry (:meth:`~govpub.platforms.base.Adapter.credentials_expire_at`);
``[health] credential_horizon_days`` (30 by default) sets how far ahead to warn.
An account whose latest settled delivery failed with ``reauthorization_required``
or ``auth_expired`` cannot publish until someone acts — also a warning (it turns
into a dormancy failure if nobody does).
"""

from __future__ import annotations

from datetime import datetime, timedelta

from govpub.health.results import HealthFinding
from govpub.ledger import DeliveryRecord

__all__ = ["REAUTH_KINDS", "expiry_finding", "reauth_finding"]

REAUTH_KINDS = frozenset({"reauthorization_required", "auth_expired"})
_SOURCE = "govpub：凭据失效后无法发布，将导致“内容不更新”"


def expiry_finding(
    expires_at: datetime | None, at: datetime, horizon_days: int
) -> HealthFinding | None:
    """A warning when the credentials expire within ``horizon_days`` of ``at`` (or have)."""
    if expires_at is None:
        return None
    left = expires_at - at
    if left > timedelta(days=horizon_days):
        return None
    shown = expires_at.astimezone(at.tzinfo).isoformat()  # on the clock of the check (agency)
    if left <= timedelta(0):
        message = f"凭据已于 {shown} 过期，请重新授权"
    else:
        message = f"凭据将于 {shown} 过期（剩余 {left.days} 天），请提前重新授权"
    return HealthFinding(
        check="G-TOKEN-EXPIRY",
        level="warn",
        message=message,
        source=_SOURCE,
        details={"expires_at": expires_at.isoformat(), "horizon_days": horizon_days},
    )


def reauth_finding(latest: DeliveryRecord | None) -> HealthFinding | None:
    """A warning when the account's latest settled delivery failed for (re-)authorisation."""
    if latest is None or latest.state != "failed":
        return None
    error = latest.last_error or {}
    kind = error.get("kind")
    if kind not in REAUTH_KINDS:
        return None
    return HealthFinding(
        check="G-REAUTH",
        level="warn",
        message=f"最近一次投递因授权失效失败（{error.get('code') or kind}），"
        "需要重新授权后才能发布",
        source=_SOURCE,
        details={"delivery": latest.id, "post": latest.post_id, "kind": kind},
    )
