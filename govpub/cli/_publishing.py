"""What the publishing commands share: opening a publisher, reading approvals, the actor."""

from __future__ import annotations

import getpass
import os
from collections.abc import Sequence
from pathlib import Path
from typing import TYPE_CHECKING, Any

from govpub.cli._common import load_matrix
from govpub.errors import ConfigError, ReviewError

if TYPE_CHECKING:
    from govpub.config import Matrix
    from govpub.publisher import AsyncPublisher, PublishReport
    from govpub.review import Approval

__all__ = ["actor", "exit_code_for", "open_publisher", "read_approvals"]


def actor() -> str:
    """Who is acting, for the audit trail: ``$GOVPUB_ACTOR``, else the login name."""
    try:
        return os.environ.get("GOVPUB_ACTOR") or getpass.getuser()
    except (KeyError, OSError):  # no login name in some containers
        return "cli"


def read_approvals(paths: Sequence[Path]) -> list[Approval]:
    """The approvals in ``paths``, read as ``review status`` and ``review form`` read them.

    A path that cannot be read is a usage error (``ConfigError``, exit 2); a file
    that is not a valid, untouched approval is refused by the review
    (``ReviewError``, exit 3) naming every such file and its reason id, before
    anything is stored or sent.
    """
    from govpub.review import Approval

    approvals: list[Approval] = []
    refused: list[ReviewError] = []
    for path in paths:
        try:
            data = path.read_bytes()
        except FileNotFoundError:
            raise ConfigError("approval file not found", file=str(path)) from None
        except OSError as exc:
            raise ConfigError(
                f"cannot read the approval file ({exc.strerror})", file=str(path)
            ) from None
        try:
            approvals.append(Approval.from_json(data, source=str(path)))
        except ReviewError as exc:
            refused.append(exc)
    if refused:
        lines = "\n".join(f"  - {exc}" for exc in refused)
        raise ReviewError(
            f"审批文件无法使用，未发布（共 {len(refused)} 个）：\n{lines}",
            problems=tuple(p for exc in refused for p in exc.problems),
        )
    return approvals


def open_publisher(config: Path | None, **options: Any) -> tuple[Matrix, AsyncPublisher]:
    """Load the matrix and build a publisher acting as the current user.

    Logging is set up by the root command (``-v``, ``--log-format``; ``govpub.cli._logs``).
    """
    from govpub.publisher import AsyncPublisher

    matrix = load_matrix(config)
    return matrix, AsyncPublisher(matrix, actor=actor(), **options)


def exit_code_for(report: PublishReport) -> int:
    """0 when everything meant to go out did (or waits by design), 1 otherwise."""
    if report.frozen or report.post_state == "scheduled":
        return 0
    return 0 if report.ok else 1
