"""What the spelled-host tests ask of a body: the rules ``check()`` finds in it, and the ad
hosts the spelled-link reader reads in it (shared by the tests of fix104d and fix105c)."""

from __future__ import annotations

from govpub import Policy, Post, check
from govpub.compliance.folding import fold
from govpub.compliance.spelled_links import find_spelled_links

POLICY = Policy.default()


def rules_of(text: str) -> set[str]:
    """The rules of every finding of ``check()`` on a post whose body is ``text``."""
    return {finding.rule for finding in check(Post(title="通知", body=text)).findings}


def spelled_hosts(text: str) -> list[str]:
    """The ad hosts spelled out in ``text`` (folded), as :func:`find_spelled_links` reads them."""
    folded = fold(text).text
    return [host for _, _, host in find_spelled_links(folded, POLICY.links.is_ad_host)]
