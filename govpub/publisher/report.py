"""What a publish, resume, retract or status call tells its caller: one row per account.

Never one boolean (reference README lesson 3): each account has its own state,
platform id, URL, attempt count and last error, so a CMS can show exactly what
happened where.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Mapping, Sequence
from datetime import datetime
from typing import Any

from pydantic import BaseModel, ConfigDict, Field

from govpub.ledger.records import DeliveryRecord, PostRecord
from govpub.model import Account

__all__ = ["STATE_LABELS", "DeliveryReport", "PublishReport"]

#: How each delivery state reads to an editor.
STATE_LABELS: Mapping[str, str] = {
    "planned": "待发送",
    "sending": "发送中",
    "accepted": "平台审核中",
    "published": "已发布",
    "failed": "失败",
    "unknown": "结果不明，待核对",
    "removed": "已被平台删除",
    "skipped": "已跳过",
    "cancelled": "已取消",
    "retracting": "撤回中",
    "retracted": "已撤回",
    "retract_manual": "需人工撤回",
    "retract_failed": "撤回失败",
}

_DELIVERED = frozenset({"published"})
_FAILED = frozenset({"failed", "unknown", "removed", "retract_failed"})


class DeliveryReport(BaseModel):
    """One account's result."""

    model_config = ConfigDict(frozen=True)

    delivery_id: str
    account_id: str
    account_name: str | None = None
    unit: str | None = None
    platform: str
    state: str
    label: str
    platform_post_id: str | None = None
    url: str | None = None
    attempts: int = 0
    error: Mapping[str, Any] | None = None
    instruction: str | None = None
    next_attempt_at: datetime | None = Field(
        default=None, description="a failure that must wait: not retried before this time"
    )

    @classmethod
    def from_record(cls, record: DeliveryRecord, account: Account | None) -> DeliveryReport:
        """Build a row from a ledger record and (if still configured) its account."""
        return cls(
            delivery_id=record.id,
            account_id=record.account_id,
            account_name=account.name if account else None,
            unit=account.unit if account else None,
            platform=record.platform,
            state=record.state,
            label=STATE_LABELS.get(record.state, record.state),
            platform_post_id=record.platform_post_id,
            url=record.url,
            attempts=record.attempts,
            error=record.last_error if record.state in _FAILED | {"retract_manual"} else None,
            instruction=record.instruction,
            next_attempt_at=record.next_attempt_at if record.state == "failed" else None,
        )


class PublishReport(BaseModel):
    """The result of one publish/resume/retract/status call for one post."""

    model_config = ConfigDict(frozen=True)

    post_id: str
    digest: str
    title: str
    post_state: str
    deliveries: tuple[DeliveryReport, ...] = ()
    findings: tuple[Mapping[str, Any], ...] = Field(
        default=(), description="compliance findings (fixed and warnings) of the post as sent"
    )
    frozen: str | None = Field(default=None, description="the freeze reason, if sending was held")
    already_submitted: bool = Field(
        default=False,
        description="the post was already in the ledger: nothing was sent twice, unfinished "
        "deliveries were continued",
    )

    @classmethod
    def build(
        cls,
        post: PostRecord,
        records: Sequence[DeliveryRecord],
        accounts: Mapping[str, Account],
        *,
        findings: Sequence[Mapping[str, Any]] = (),
        frozen: str | None = None,
        already_submitted: bool = False,
    ) -> PublishReport:
        """Assemble a report from the ledger's records."""
        return cls(
            post_id=post.id,
            digest=post.digest,
            title=post.title,
            post_state=post.state,
            deliveries=tuple(
                DeliveryReport.from_record(r, accounts.get(r.account_id)) for r in records
            ),
            findings=tuple(findings),
            frozen=frozen,
            already_submitted=already_submitted,
        )

    @property
    def counts(self) -> dict[str, int]:
        """How many deliveries are in each state."""
        return dict(Counter(d.state for d in self.deliveries))

    @property
    def ok(self) -> bool:
        """Whether every delivery that was meant to go out is published (or properly retracted)."""
        return not any(
            d.state in _FAILED or d.state in {"planned", "sending", "accepted"}
            for d in self.deliveries
        )

    def failed(self) -> list[DeliveryReport]:
        """Rows that need attention: failed, unknown, removed by the platform, retract failed."""
        return [d for d in self.deliveries if d.state in _FAILED]

    def to_dict(self) -> dict[str, Any]:
        """JSON-ready form (``--json``)."""
        data = self.model_dump(mode="json")
        data["counts"] = self.counts
        data["ok"] = self.ok
        return data
