"""What the publishing commands share: opening a publisher, reading approvals, the actor."""

from __future__ import annotations

import getpass
import json
import os
from collections.abc import Sequence
from pathlib import Path
from typing import Any

from govpub.cli._common import load_matrix
from govpub.config import Matrix
from govpub.errors import ConfigError
from govpub.publisher import AsyncPublisher, PublishReport

__all__ = ["actor", "exit_code_for", "open_publisher", "read_approvals"]


def actor() -> str:
    """Who is acting, for the audit trail: ``$GOVPUB_ACTOR``, else the login name."""
    try:
        return os.environ.get("GOVPUB_ACTOR") or getpass.getuser()
    except (KeyError, OSError):  # no login name in some containers
        return "cli"


def read_approvals(paths: Sequence[Path]) -> list[dict[str, Any]]:
    """Approval JSON documents, as written by ``govpub review approve``."""
    documents = []
    for path in paths:
        try:
            data = json.loads(path.read_text(encoding="utf-8"))
        except FileNotFoundError:
            raise ConfigError("approval file not found", file=str(path)) from None
        except (OSError, UnicodeDecodeError, json.JSONDecodeError) as exc:
            raise ConfigError(f"not an approval JSON document ({exc})", file=str(path)) from None
        if not isinstance(data, dict):
            raise ConfigError("an approval file holds one JSON object", file=str(path))
        documents.append(data)
    return documents


def open_publisher(config: Path | None, **options: Any) -> tuple[Matrix, AsyncPublisher]:
    """Load the matrix and build a publisher acting as the current user.

    Logging is set up by the root command (``-v``, ``--log-format``; ``govpub.cli._logs``).
    """
    matrix = load_matrix(config)
    return matrix, AsyncPublisher(matrix, actor=actor(), **options)


def exit_code_for(report: PublishReport) -> int:
    """0 when everything meant to go out did (or waits by design), 1 otherwise."""
    if report.frozen or report.post_state == "scheduled":
        return 0
    return 0 if report.ok else 1
