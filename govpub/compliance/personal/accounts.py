"""A unit's 对公 account that has a card's shape by chance (red team 19).

One account in ten passes Luhn; an overseas network's shape other than the 16 digits its
Chinese cards have, labelled as an account (``账号``) whose holder is an organisation
(``户名：某市财政局``, a 户名 column), is the account and not a card.  A UnionPay or domestic
card's shape blocks whoever holds it.  The whole reasoning is at :data:`_OVERSEAS`.
"""

from __future__ import annotations

from govpub.compliance._text import HTML_CELL_GAP, LABEL_COLONS
from govpub.compliance.cards import card_network
from govpub.compliance.lazy_pattern import LazyPattern
from govpub.compliance.personal.labels import _NAME_TO_NUMBER, _named
from govpub.compliance.table_cells import row_and_header

# A unit's 对公 account (red team 19) is 12 to 22 digits numbered by its bank's own rules: ICBC's
# 19 from the branch's code (深圳 4000…), CCB's 20 from the province's (广东 44…, 河南 41…),
# written in fours.  One in ten passes Luhn by chance, and then an account from 4 has a Visa's
# prefix and one of its lengths (13, 16, 19), and four of a 20-digit account's chunks have a
# card's shape as a piece of the run (:class:`_Chunks`).  Cards issued in China under the
# overseas networks have 16 digits (UNCONFIRMED: read from issuers' card lists, not from a
# rule; Amex's 15 are left out); a 19-digit Visa shape, or an overseas network's shape cut
# out of a longer run of chunks, is an account when the number is labelled as an account
# (``账号``, ``账户``; not ``卡号``, ``个人（银行）账户`` nor ``对私账户``) and the account's holder
# named before it is an organisation (``户名：某市财政局``, ``收款单位``, a 户名 column).  A
# UnionPay or domestic card shape blocks whatever the holder is: 单位结算卡 are UnionPay
# cards, and a unit collecting on a person's card is what to stop (``public_numbers`` lets an
# account published on purpose through).
_OVERSEAS = frozenset({"Visa", "Mastercard", "JCB", "Discover", "Diners Club"})
# (帐 is the variant that 帐号 is written with, and what the fold makes of the traditional 帳:
# 帳號 reads 帐号 — red team 37)
_ACCOUNT_LABEL = LazyPattern(
    r"(?<!个人)(?<!個人)(?<!个人银行)(?<!卡)(?<!私)(?:账|帐|帳|賬)(?:号|號|户|戶)(?:号码|號碼|号|號)?"
    + _NAME_TO_NUMBER
)
# Who holds the account: a holder's label and the name after it (户名：某市财政局, 收款单位 |
# 某市财政局 |, <td>账户名称</td><td>…</td>).
_HOLDER_WORDS = (
    r"户[ \u3000]{0,2}名称?|(?:账|帐|帳)户名称?|收款(?:单位|人|方)(?:全称|名称)?|开户单位|单位名称"
)
_HOLDER = LazyPattern(
    # (a colon, a space or a cell's border after the label: 收款人账号 is no 收款人 named 账号)
    rf"(?:{_HOLDER_WORDS})(?:[ \t{LABEL_COLONS}|]{{1,4}}|{HTML_CELL_GAP}[ \t]{{0,3}})"
    # (up to the next label: the fold drops the space between 户名：某局　账号：, as between Han
    # — and between 收款人全称：某局　收款账号：, so a label's first words end the name too)
    r"(?P<name>(?:(?!(?:[收付]款人?|银行|銀行|对公|對公|结算|結算)?(?:账|帐|帳|賬)(?:号|號|户|戶)"
    rf"|开户|開戶|卡号|卡號)[^\s|{LABEL_COLONS}<>,，;；。、]){{1,40}})"
)
_HOLDER_HEADING = LazyPattern(rf"^(?:{_HOLDER_WORDS})$")
# An organisation's name ends in what it is (某市财政局, 某某区红十字会, 社会保险基金专户); a
# person's (张三, 刘某某) does not.  Three characters at least: no 李会 or 王院 either.
_ORGANISATION = LazyPattern(
    r"..(?:局|中心|公司|委员会|委|政府|办公室|办事处|街道|会|院|所|站|处|厅|部|库|社|队|"
    r"校|馆|集团|专户)(?:[（(][^）)]{1,12}[）)])?$"
)
_HOLDER_REACH = 240  # how far back a holder's line is looked for: a few lines of a form


def _overseas_shape(digits: str, piece: bool) -> bool:
    """Whether a card reading of ``digits`` is one a 对公 account has by chance: an overseas
    network's shape other than the 16 digits its Chinese cards have, or cut from a longer run
    — an Amex's 15 too (``4239 3700 0000 0000 002``: its last 15 from 37, a property test)."""
    network = card_network(digits)
    if piece:
        return network in _OVERSEAS or network == "American Express"
    return network in _OVERSEAS and len(digits) != 16


def _organisation_account(folded: str, start: int) -> bool:
    """Whether the number at ``start`` is labelled as an account whose holder is an
    organisation: the 户名 cell of its table row, or else the last holder's label in the lines
    before it, names one (``户名：某市财政局``; ``收款人：张三`` names a person)."""
    if not _named(_ACCOUNT_LABEL, folded, start):
        return False
    name = _holder_cell(folded, start)
    if name is None:
        for holder in _HOLDER.finditer(folded, max(0, start - _HOLDER_REACH), start):
            name = holder.group("name")
    return name is not None and _ORGANISATION.search(name.strip(" \t*_")) is not None


def _holder_cell(folded: str, start: int) -> str | None:
    """The cell under a 户名 (收款单位, 账户名称) column in the table row whose cell under an
    account column (``账号``, ``收款账户``) ``start`` is in: a Markdown or an HTML table's;
    ``None`` elsewhere (a form's lines, a table of two columns of labels and values)."""
    headers, cells, column = row_and_header(folded, start)
    if (
        not 0 <= column < len(headers)
        or _ACCOUNT_LABEL.search(headers[column].strip(" \t*_")) is None
    ):
        return None
    for header, cell in zip(headers, cells, strict=False):
        if _HOLDER_HEADING.search(header.strip(" \t*_")) is not None:
            return cell
    return None
