"""Payment card numbers (银行卡号) by the rules of the networks that issue them.

Why not "16–19 digits that pass Luhn": the Luhn check (ISO/IEC 7812-1) is passed by
one number in ten, so on its own it blocks order numbers, case numbers and — the
case that started issue 12 — all-digit 统一社会信用代码 of 社会团体 (``51…``),
民办非企业单位 (``52…``) and 基金会 (``53…``).  A real card number has a prefix (the
issuer identification number, IIN, ISO/IEC 7812-1) and a length that its network
fixes; an 18-digit number starting ``51`` cannot be a Mastercard, whose numbers are
16 digits.  A number is a card number here when its prefix and its length fit one
of the rules below **and** it passes Luhn.

Network rules (IIN ranges table of Wikipedia's "Payment card number" article, copy at
http://chaos.owiki.org/wiki/Payment_card_number; the same table at
https://ldapwiki.com/wiki/Issuer%20Identification%20Number):

=========================  ===================================  ==========
network                    prefixes                             lengths
=========================  ===================================  ==========
UnionPay 中国银联          62                                   16–19
Visa                       4                                    13, 16, 19
Mastercard                 51–55, 2221–2720                     16
American Express           34, 37                               15
JCB                        3528–3589                            16–19
Discover                   6011, 644–649, 65                    16–19
Diners Club International  36 (14–19); 300–305, 3095, 38–39     16–19
=========================  ===================================  ==========

Maestro (50, 56–69; 12–19 digits) is left out: its ranges cover most of the number
space and it is not issued in China.

Chinese banks also issued domestic debit cards outside those rules — under their
own ``9…``, ``8…`` and ``60…`` prefixes, or under a Visa prefix with 17 or 18
digits.  :data:`DOMESTIC` lists the ones in the MIT-licensed BIN table of GitHub
``hexindai/bcbc`` (``data/bin.csv``: prefix, bank code, card type, length), with the
bank codes used there.  **UNCONFIRMED**: the table is community-maintained and was
not checked against the issuers, nor whether these cards use Luhn — govpub
requires Luhn for them too.  Its 3-digit prefixes (``103`` ABC, ``303`` CEB) are left
out: too short to tell a card from any other number.  Every ``62…`` card of the
table is covered by the UnionPay rule.
"""

from __future__ import annotations

from dataclasses import dataclass

__all__ = ["DOMESTIC", "NETWORKS", "CardRule", "card_network", "is_card_number", "luhn_ok"]


@dataclass(frozen=True, slots=True)
class CardRule:
    """Numbers whose first digits lie in ``low``–``high`` and whose length is in ``lengths``."""

    issuer: str
    low: str
    high: str
    lengths: frozenset[int]

    def fits(self, digits: str) -> bool:
        """Whether ``digits`` has this rule's prefix and one of its lengths."""
        return len(digits) in self.lengths and self.low <= digits[: len(self.low)] <= self.high


def _rule(issuer: str, prefixes: str, lengths: range | tuple[int, ...]) -> list[CardRule]:
    rules = []
    for prefix in prefixes.split():
        low, _, high = prefix.partition("-")
        rules.append(CardRule(issuer, low, high or low, frozenset(lengths)))
    return rules


#: The international networks' prefixes and lengths (table in the module docstring).
NETWORKS: tuple[CardRule, ...] = (
    *_rule("UnionPay", "62", range(16, 20)),
    *_rule("Visa", "4", (13, 16, 19)),
    *_rule("Mastercard", "51-55 2221-2720", (16,)),
    *_rule("American Express", "34 37", (15,)),
    *_rule("JCB", "3528-3589", range(16, 20)),
    *_rule("Discover", "6011 644-649 65", range(16, 20)),
    *_rule("Diners Club", "36", range(14, 20)),
    *_rule("Diners Club", "300-305 3095 38-39", range(16, 20)),
)

#: Chinese domestic card prefixes outside the network rules (hexindai/bcbc; UNCONFIRMED).
DOMESTIC: tuple[CardRule, ...] = (
    *_rule("COMM", "405512 601428", (17,)),
    *_rule("CIB", "438588-438589 966666", (18,)),
    *_rule("CIB", "90592", (16,)),
    *_rule("BOC", "601382", (19,)),
    *_rule("ABC", "601427 95595-95599", (19,)),
    *_rule("SPABANK", "602907 998800-998802", (16,)),
    *_rule("BJBANK", "602969", (16,)),
    *_rule("JSBANK", "603265", (16,)),
    *_rule("JSBANK", "69580", (18,)),
    *_rule("HZCB", "603367", (18,)),
    *_rule("TCCB", "609120", (18,)),
    *_rule("XMCCB", "6886592", (18,)),
    *_rule("KMRCU", "18572", (18,)),
    *_rule("SPDB", "84301 84336 84342 84361 84373 84380 84385 84390", (16,)),
    *_rule("SPDB", "87000 87010 87030 87040 87050 984301 984303", (16,)),
    *_rule("CEB", "90030", (16,)),
    *_rule("GDB", "9111", (19,)),
    *_rule("CSRCB", "940030", (19,)),
    *_rule("JSB", "940031", (17,)),
    *_rule("HBC", "940032", (16,)),
    *_rule("EGBANK", "940034", (17,)),
    *_rule("GZRCU", "940035", (18,)),
    *_rule("NHB", "940037", (18,)),
    *_rule("SDEB", "940038", (16,)),
    *_rule("SJBANK", "940039", (16,)),
    *_rule("BHB", "940046", (19,)),
    *_rule("BOQH", "940068", (17,)),
    *_rule("PSBC", "955100", (19,)),
    *_rule("CMB", "95555", (16,)),
    *_rule("ICBC", "95588", (19,)),
    *_rule("ZZCCB", "96828", (16,)),
    *_rule("CITIC", "968807-968809", (16,)),
    *_rule("CQBANK", "9896", (16,)),
    *_rule("HXBANK", "999999", (16,)),
)

_RULES = NETWORKS + DOMESTIC
#: The rules by length and first digit, in their order: a number is compared with its
#: few only (a written number of thousands of digit groups asks about tens of thousands).
_BY_LENGTH_AND_DIGIT: dict[tuple[int, str], tuple[CardRule, ...]] = {
    (length, digit): tuple(
        rule for rule in _RULES if length in rule.lengths and rule.low[0] <= digit <= rule.high[0]
    )
    for length in sorted({length for rule in _RULES for length in rule.lengths})
    for digit in "0123456789"
}


def luhn_ok(digits: str) -> bool:
    """The Luhn check (ISO/IEC 7812-1, annex B) that ends every payment card number."""
    total = 0
    for index, char in enumerate(reversed(digits)):
        value = int(char)
        if index % 2 == 1:
            value *= 2
            if value > 9:
                value -= 9
        total += value
    return total % 10 == 0


def card_network(digits: str) -> str | None:
    """The network (or domestic issuer) whose prefix and length ``digits`` fits, if any."""
    for rule in _BY_LENGTH_AND_DIGIT.get((len(digits), digits[:1]), ()):
        if rule.fits(digits):
            return rule.issuer
    return None


def is_card_number(digits: str) -> bool:
    """Whether ``digits`` has a card prefix, that prefix's length, and a valid Luhn digit."""
    return card_network(digits) is not None and luhn_ok(digits)
