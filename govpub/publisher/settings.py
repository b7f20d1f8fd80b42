"""``[publisher]`` in govpub.toml: concurrency, limits, retries, freeze exemptions."""

from __future__ import annotations

from collections.abc import Mapping
from datetime import timedelta
from pathlib import Path
from typing import Any, Literal

from pydantic import BaseModel, ConfigDict, Field, SecretStr, ValidationError, field_validator

from govpub.config import Matrix, SecretRef
from govpub.config.problems import validation_problems
from govpub.config.secrets import check_reference
from govpub.errors import ConfigError
from govpub.publisher.retry import RetryPolicy
from govpub.publisher.webhook import WebhookSettings

__all__ = ["PublisherSettings"]


class PublisherSettings(BaseModel):
    """How the publisher spreads its work; every value has a stated default."""

    model_config = ConfigDict(frozen=True, extra="forbid")

    concurrency: int = Field(64, ge=1, description="deliveries in flight at once, all platforms")
    platform_concurrency: dict[str, int] = Field(
        default_factory=dict, description="per-platform caps, e.g. {wechat = 16}"
    )
    default_platform_concurrency: int = Field(32, ge=1)
    per_account: int = Field(1, ge=1, description="deliveries in flight per account")
    freeze_exempt: tuple[str, ...] = Field(
        ("emergency",), description="categories that still go out while the matrix is frozen"
    )
    operator_ip: str | None = Field(
        default=None, description="the operator's IP sent to Weibo as `rip` when none is given"
    )
    timeout: float = Field(30.0, gt=0, description="HTTP timeout per platform call, seconds")
    abandoned_call_grace: float | None = Field(
        default=None,
        ge=0,
        description="seconds a platform may go on with a call govpub gave up on (a timeout, "
        "a connection dropped after sending); the account's next call waits them out, holding "
        "its slot. Default: the timeout (a platform that has not answered in `timeout` is "
        "assumed done within twice that)",
    )
    delivery_lease: float = Field(
        300.0,
        ge=10,
        description="seconds a delivery's lease in the ledger lasts unless renewed; its holder "
        "renews it every third of that while it works, so this is how long the deliveries of a "
        "worker that died on another machine wait before another takes them over",
    )
    retry: RetryPolicy = Field(default_factory=RetryPolicy)
    webhook: WebhookSettings | None = Field(
        default=None, description="[publisher.webhook]: delivery events to the agency's CMS"
    )
    dispatcher: Literal["in-process", "workers"] = Field(
        "in-process",
        description='where deliveries run: "in-process" (this process, now) or "workers" '
        "(jobs for `govpub worker` processes; needs a PostgreSQL [store] url)",
    )
    require_review: bool = Field(
        True,
        description="refuse to publish without a [review] section (先审后发); "
        "false only for test matrices",
    )
    duplicate_window: timedelta = Field(
        timedelta(days=30),
        description="refuse a post whose title and body already reached an account this "
        'recently ("30d", "72h"; "0s" turns the guard off); --allow-duplicate overrides',
    )

    @field_validator("duplicate_window", mode="before")
    @classmethod
    def _duration(cls, value: Any) -> Any:
        if isinstance(value, str) and value.strip() in ("0", "0s", "0d", "off"):
            return timedelta(0)
        if isinstance(value, str) and value.strip()[:1].isdigit():
            from govpub.review._time import parse_duration  # noqa: PLC0415 - light, pure

            return parse_duration(value)
        return value

    @property
    def call_grace(self) -> float:
        """``abandoned_call_grace``, or the timeout when it is not set."""
        grace = self.abandoned_call_grace
        return self.timeout if grace is None else grace

    def platform_limit(self, platform: str) -> int:
        """The concurrency cap for ``platform``."""
        return self.platform_concurrency.get(platform, self.default_platform_concurrency)

    @classmethod
    def from_matrix(cls, matrix: Matrix) -> PublisherSettings:
        """Read ``[publisher]`` of the matrix's configuration, the webhook secret read and checked.

        A publisher needs the secret to sign: a missing or malformed one is a
        :class:`~govpub.ConfigError` here, before anything is sent.
        """
        file = str(matrix.path) if matrix.path else None
        settings = cls.from_mapping(
            with_secret_ref(matrix.publisher, base_dir=matrix.base_dir, file=file), file=file
        )
        if settings.webhook is not None and isinstance(settings.webhook.secret, SecretRef):
            secret = SecretStr(settings.webhook.secret.resolve())
            hook = settings.webhook.model_dump() | {"secret": secret}
            settings = settings.model_copy(
                update={"webhook": cls.from_mapping({"webhook": hook}, file=file).webhook}
            )
        return settings

    @classmethod
    def check_section(
        cls, section: Mapping[str, Any], *, base_dir: Path, file: str | None = None
    ) -> None:
        """Validate ``[publisher]`` at load: every key, the webhook secret's reference (unread)."""
        cls.from_mapping(with_secret_ref(section, base_dir=base_dir, file=file), file=file)

    @classmethod
    def from_mapping(cls, section: Any, *, file: str | None = None) -> PublisherSettings:
        """Validate a ``[publisher]`` table; every error names its key."""
        try:
            return cls.model_validate(dict(section))
        except ValidationError as exc:
            raise ConfigError.of(validation_problems(exc, cls, "publisher", file=file)) from None


def with_secret_ref(
    section: Mapping[str, Any], *, base_dir: Path, file: str | None
) -> dict[str, Any]:
    """``section`` with ``webhook.secret`` as a :class:`~govpub.config.SecretRef` (not read)."""
    data = dict(section)
    hook = data.get("webhook")
    if isinstance(hook, Mapping) and "secret" in hook:
        key = "publisher.webhook.secret"
        reference = check_reference(hook["secret"], key=key, file=file)
        data["webhook"] = {
            **hook,
            "secret": SecretRef(reference, key=key, file=file, base_dir=base_dir),
        }
    return data
