"""A unit's 对公 account that has a card's shape by chance (red team 19).

One account in ten passes Luhn; an overseas network's shape other than the 16 digits its
Chinese cards have, labelled as an account (``账号``) whose holder is an organisation
(``户名：某市财政局``, a 户名 column), is the account and not a card.  A UnionPay or domestic
card's shape blocks whoever holds it.  The whole reasoning is at :data:`_OVERSEAS`.
"""

from __future__ import annotations

import re

from govpub.compliance._data import data_words
from govpub.compliance._text import HTML_CELL_GAP, LABEL_COLONS
from govpub.compliance.cards import card_network
from govpub.compliance.lazy_pattern import LazyPattern
from govpub.compliance.personal.labels import _LABEL_REACH, _NAME_TO_NUMBER, _named
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
# 招商银行's 对公 accounts have 15 digits from the city's area code and a 9 (上海 1219…, 北京
# 1109…, 郑州 3719…, 洛阳 3799…: the corpus holds 110931725501219 and 1219 0885 1012 345), and
# 农业银行's older ones a two-digit branch code, a hyphen and 13 digits (大连 34-…): a 河南
# account of CMB from 037x, or an ABC one from 34 or 37, has an Amex's prefix and length, and
# passes Luhn one time in ten (red team 107's k21, k23).  Amex cards are issued in China (ICBC,
# CMB: 15 digits from 37), but a credit card is no account a unit publishes for payments under
# its own name: under an account's label and an organisation's holder the shape is the account
# (UNCONFIRMED: the banks publish no numbering rule; read from accounts published by units).
_AMEX = "American Express"
# (帐 is the variant that 帐号 is written with, and what the fold makes of the traditional 帳:
# 帳號 reads 帐号 — red team 37)
_ACCOUNT_LABEL = LazyPattern(
    r"(?<!个人)(?<!個人)(?<!个人银行)(?<!卡)(?<!私)(?:账|帐|帳|賬)(?:号|號|户|戶)(?:号码|號碼|号|號)?"
    + _NAME_TO_NUMBER
)
# A holder named outside a 户名 label (red team 107 item 3): the account's own label with the
# unit it collects for (缴款账户：某非税收入管理局，开户行：…; 捐赠账户：某慈善总会 4402…), or the
# unit named right before its bank (…汇至某某交易服务中心（开户行：…，账号：…）).
_ACCOUNT_HOLDER_WORDS = r"(?:缴款|捐赠|捐款|募捐|汇款|收款|代收|转账)(?:账|帐|帳|賬)(?:户|戶)"
# Who holds the account: a holder's label and the name after it (户名：某市财政局, 收款单位 |
# 某市财政局 |, <td>账户名称</td><td>…</td>).
_HOLDER_WORDS = (
    r"户[ \u3000]{0,2}名称?|(?:账|帐|帳)户名称?|收款(?:单位|人|方)(?:全称|名称)?|开户单位|单位名称"
)
_HOLDER = LazyPattern(
    # (a 缴款账户 or 捐赠账户 label names its holder too: red team 107)
    # (a colon, a space or a cell's border after the label: 收款人账号 is no 收款人 named 账号)
    rf"(?:{_HOLDER_WORDS}|{_ACCOUNT_HOLDER_WORDS})"
    rf"(?:[ \t{LABEL_COLONS}|]{{1,4}}|{HTML_CELL_GAP}[ \t]{{0,3}})"
    # (up to the next label: the fold drops the space between 户名：某局　账号：, as between Han
    # — and between 收款人全称：某局　收款账号：, so a label's first words end the name too)
    r"(?P<name>(?:(?!(?:[收付]款人?|银行|銀行|对公|對公|结算|結算)?(?:账|帐|帳|賬)(?:号|號|户|戶)"
    rf"|开户|開戶|卡号|卡號)[^\s|{LABEL_COLONS}<>,，;；。、]){{1,40}})"
)
_HOLDER_HEADING = LazyPattern(rf"^(?:{_HOLDER_WORDS})$")
# An organisation's name ends in what it is (某市财政局, 某某区红十字会, 社会保险基金专户, 某某小学,
# 某某国有林场); a person's (张三, 刘某某) does not.  Three characters at least: no 李会 or 王院
# either.  The kinds are ``data/organisation_endings.txt`` (red team 107 item 3).


def _organisation_source() -> str:
    """The expression of :data:`_ORGANISATION`: a name of three characters or more that ends
    in one of ``data/organisation_endings.txt``'s kinds, a bracketed note after it or not
    (``某某小学（本部）``)."""
    kinds = sorted(data_words("organisation_endings.txt"), key=len, reverse=True)
    return rf"..(?:{'|'.join(re.escape(kind) for kind in kinds)})(?:[（(][^）)]{{1,12}}[）)])?$"


_ORGANISATION = LazyPattern.built(_organisation_source)
_NAME_END = rf"\s|{LABEL_COLONS}<>,，;；。、（(）)"
_NAME = rf"[^{_NAME_END}]"
# (the holder, then the number on the same line: 捐赠账户：某慈善总会 4402…)
_HOLDER_THEN_NUMBER = LazyPattern(
    rf"{_ACCOUNT_HOLDER_WORDS}[ \t{LABEL_COLONS}]{{1,4}}(?P<name>{_NAME}{{2,40}}[^0-9{_NAME_END}])"
    r"[ \t\u3000]{0,3}$"
)
_BANK_LABEL = LazyPattern(r"开户(?:银)?行|開戶(?:銀)?行")
_NAME_BEFORE_BANK = LazyPattern(rf"(?P<name>{_NAME}{{1,40}})[\s（(，,、]{{0,2}}$")
_NAME_BEFORE_REACH = 44  # a holder's name of up to 40 characters and its bracket
_HOLDER_REACH = 240  # how far back a holder's line is looked for: a few lines of a form


def _overseas_shape(digits: str, piece: bool) -> bool:
    """Whether a card reading of ``digits`` is one a 对公 account has by chance: an overseas
    network's shape other than the 16 digits its Chinese cards have, or cut from a longer run
    — an Amex's 15 too (``4239 3700 0000 0000 002``: its last 15 from 37, a property test),
    and an Amex's 15 whole (:data:`_AMEX`)."""
    network = card_network(digits)
    if network == _AMEX:
        return True
    return network in _OVERSEAS and (piece or len(digits) != 16)


def _organisation_account(folded: str, start: int) -> bool:
    """Whether the number at ``start`` is labelled as an account whose holder is an
    organisation: the 户名 cell of its table row, or else the holder named last in the lines
    before it — after a holder's label (``户名：某市财政局``, ``缴款账户：某局``; ``收款人：张三``
    names a person) or, an organisation, right before its bank (``某中心（开户行：…``) — or a
    捐赠账户's holder right before the number (``捐赠账户：某慈善总会 4402…``, red team 107)."""
    if not _named(_ACCOUNT_LABEL, folded, start):
        held = _HOLDER_THEN_NUMBER.search(folded, max(0, start - _LABEL_REACH), start)
        return held is not None and _is_organisation(held.group("name"))
    name = _holder_cell(folded, start)
    if name is None:
        # (in the number's paragraph: a blank line parts a form's holder from a number given
        # after it, 另，学生家长张三账号：…: review 82's L8)
        blank = folded.rfind("\n\n", 0, start)
        low = max(0, start - _HOLDER_REACH, blank + 2 if blank >= 0 else 0)
        named_at = -1
        for holder in _HOLDER.finditer(folded, low, start):
            name, named_at = holder.group("name"), holder.end()
        unit = _unit_before_bank(folded, low, start)
        if unit is not None and unit[1] > named_at:
            name = unit[0]
    return name is not None and _is_organisation(name)


def _is_organisation(name: str) -> bool:
    """Whether ``name`` ends in an organisation's kind (:data:`_ORGANISATION`)."""
    return _ORGANISATION.search(name.strip(" \t*_")) is not None


def _unit_before_bank(folded: str, low: int, high: int) -> tuple[str, int] | None:
    """The last organisation named right before a 开户行 label between ``low`` and ``high``,
    and where its name ends: ``…汇至某某交易服务中心（开户行：…，账号：…）`` (red team 107); a
    person's name there (``张三（开户行：…``) or a label's words (``收款单位开户行``) is none.
    Only in the number's own clause (``high``): a sentence's or a line's end, or the bank's
    bracket closed, between them parts the unit from a number named after it
    (``某县财政局（开户行：工商银行），张三 账号：…``, review 82's L1)."""
    found = None
    for bank in _BANK_LABEL.finditer(folded, low, high):
        at = bank.start()
        name = _NAME_BEFORE_BANK.search(folded, max(low, at - _NAME_BEFORE_REACH), at)
        if (
            name is not None
            and _is_organisation(name.group("name"))
            and _CLAUSE_PARTS.search(folded, at, high) is None
            and _account_named_next(folded, at, high)
        ):
            found = (name.group("name"), name.end("name"))
    return found


def _account_named_next(folded: str, at: int, high: int) -> bool:
    """Whether the last clause between a bank's label at ``at`` and a number at ``high`` opens
    with the account's label (``…开户行：工商银行，账号：…``): one that opens with a name is that
    name's (``…开户行：工商银行，张三账号：…``, review 82's L1)."""
    comma = max(folded.rfind("，", at, high), folded.rfind(",", at, high))
    return comma == -1 or _ACCOUNT_NEXT.match(folded, comma + 1) is not None


# what parts a unit named before its bank from a number: a sentence's or a line's end, or the
# bracket the bank stands in closed
_CLAUSE_PARTS = LazyPattern(r"[。；;\n)）\]】]")
_ACCOUNT_NEXT = LazyPattern(r"[ \t]*(?:银行)?(?:账号|帐号|账户|帐户|卡号)")


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
