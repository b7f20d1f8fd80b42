"""What the tests of 12345 ticket lists share: dated tickets of a card's shape (Luhn-valid, so
only their list and its word tell them from cards), a card whose 2306 reads as a date, and a
post's personal findings as a set."""

from __future__ import annotations

from number_makers import luhn

from govpub import Post, check

TICKET = luhn("260630987654321")  # (a ticket from 2026-06-30: a Mastercard's shape)
OTHER = luhn("260315000012345")
CARD = luhn("230612345678901")  # (a Mastercard 2-series card whose 2306 reads as YYMM)
BLOCKED = [("personal.bank_card", "block")]


def personal_findings(text: str) -> list[tuple[str, str]]:
    """The distinct (rule, severity) pairs of the personal findings of a post of ``text``."""
    findings = check(Post(title="通知", body=text)).findings
    return sorted({(f.rule, f.severity) for f in findings if f.rule.startswith("personal.")})
