"""The matrix's platform requirements as blocking findings, for ``check`` and ``review``.

``govpub check`` and ``govpub review approve`` must refuse what ``govpub
publish`` would refuse for a rendering requirement (a WeChat cover, a link on
Weibo's safe domain…): otherwise reviewers sign a post that cannot go out, and
the fix voids their approvals (issue 10, item 7).  With a matrix, the *checked*
post (what the publisher sends) goes through
:func:`govpub.platforms.preflight.preflight` for every active account; each
problem becomes a ``block`` finding ``platform.<platform>.<field>`` whose message
names the platform and the accounts.  Without a matrix nothing is added.
"""

from __future__ import annotations

from dataclasses import replace
from typing import TYPE_CHECKING

from govpub.compliance import CheckResult, Finding

if TYPE_CHECKING:
    from govpub.config import Matrix

__all__ = ["with_platform_findings"]


def with_platform_findings(result: CheckResult, matrix: Matrix | None) -> CheckResult:
    """``result`` plus a blocking finding per platform problem of ``result.post``."""
    if matrix is None:
        return result
    from govpub.platforms.preflight import preflight  # the adapters of the matrix's platforms

    extra = tuple(
        Finding(rule=p.rule, severity="block", message=p.describe(), field=p.field)
        for p in preflight(result.post, matrix.select())
    )
    return replace(result, findings=result.findings + extra) if extra else result
