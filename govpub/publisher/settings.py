"""``[publisher]`` in govpub.toml: concurrency, limits, retries, freeze exemptions."""

from __future__ import annotations

from datetime import timedelta
from typing import Any

from pydantic import BaseModel, ConfigDict, Field, ValidationError, field_validator

from govpub.config import Matrix, resolve_secret_ref
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
    retry: RetryPolicy = Field(default_factory=RetryPolicy)
    webhook: WebhookSettings | None = Field(
        default=None, description="[publisher.webhook]: delivery events to the agency's CMS"
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

    def platform_limit(self, platform: str) -> int:
        """The concurrency cap for ``platform``."""
        return self.platform_concurrency.get(platform, self.default_platform_concurrency)

    @classmethod
    def from_matrix(cls, matrix: Matrix) -> PublisherSettings:
        """Read ``[publisher]`` of the matrix's configuration (secret references resolved)."""
        file = str(matrix.path) if matrix.path else None
        section = dict(matrix.publisher)
        hook = section.get("webhook")
        if isinstance(hook, dict) and isinstance(hook.get("secret"), str):
            secret = resolve_secret_ref(
                hook["secret"], key="publisher.webhook.secret", file=file, base_dir=matrix.base_dir
            )
            section["webhook"] = {**hook, "secret": secret}
        return cls.from_mapping(section, file=file)

    @classmethod
    def from_mapping(cls, section: Any, *, file: str | None = None) -> PublisherSettings:
        """Validate a ``[publisher]`` table; errors name the key."""
        try:
            return cls.model_validate(dict(section))
        except ValidationError as exc:
            error = exc.errors(include_url=False, include_input=False)[0]
            loc = ".".join(str(p) for p in error["loc"])
            raise ConfigError(str(error["msg"]), file=file, key=f"publisher.{loc}") from None
