"""Compliance checks: the rules that make govpub a *government* publisher.

国办发〔2018〕123号 四(二) and 四(三): reprint only from allowed sources and name
them; no commercial ads and no links to ad pages; no personal opinion; and the
保密关 of 先审后发 — no secrecy markings, no personal data.  Everything here is
pure (no network, no file reads outside :class:`Policy` construction), so the
rules can be tested alone.  See ``docs/compliance.md``.

Modules: :mod:`.links` (finding links), :mod:`.urls` (WHATWG host parsing),
:mod:`.sources` (reprint sources), :mod:`.ads` and :mod:`.adblock` (ad links),
:mod:`.link_classes` (a link's class under the policy), :mod:`.strip` (stripping),
:mod:`.secrecy`, :mod:`.personal`, :mod:`.wording`, :mod:`.policy`, :mod:`.findings`,
:mod:`.fields` (a post's fields), :mod:`.custom` (entry-point rules) and :mod:`.check`
(the orchestrator), whose readers of findings take the run (:mod:`.run`) and the
field (:mod:`.field_view`) and live in the ``*_findings`` modules named for what they
judge (links, URL fields, wording…).
"""

from __future__ import annotations

from govpub.compliance.check import check
from govpub.compliance.findings import RULES, CheckResult, Finding, Severity
from govpub.compliance.links import find_links
from govpub.compliance.personal import mask_personal_data
from govpub.compliance.policy import Policy
from govpub.compliance.strip import strip_ad_links

__all__ = [
    "RULES",
    "CheckResult",
    "Finding",
    "Policy",
    "Severity",
    "check",
    "find_links",
    "mask_personal_data",
    "strip_ad_links",
]
