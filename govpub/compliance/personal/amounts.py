"""Numbers that the words and the table around them say are no personal data: amounts,
counts, serial numbers.

A unit after the number or a currency before it (``13800000000元``, ``¥4111…``), a document
number's sequence (``〔2026〕13号``), a serial label (:mod:`.labels`), or a table that gives a
unit in the column's header, the row's first cell, a 单位 column or its caption
(``| 金额（元） |``, ``单位：万元``; red teams 14 and 22).  :func:`_not_personal` is asked of every
card, mobile and legacy ID reading: a checked 18-digit ID number is read whatever the words
around it say.
"""

from __future__ import annotations

import re
import threading

from govpub.compliance._text import LABEL_COLONS
from govpub.compliance.folding import CJK_UNIFIED
from govpub.compliance.lazy_pattern import LazyPattern
from govpub.compliance.personal.hits import Kind
from govpub.compliance.personal.labels import (
    _LABEL_REACH,
    _LINES_LABEL,
    MOBILE_LENGTH,
    _over_lines_labelled,
    label_at,
    sheet_header,
)
from govpub.compliance.personal.names import person_name
from govpub.compliance.table_cells import (
    HEADER_REACH,
    PlainHeader,
    column_header,
    row_and_header,
    row_label,
    table_start,
)

# An amount or a quantity: a unit right after the number (not 元旦, 元宵, 元月).
AMOUNT_AFTER = LazyPattern(
    r"[ \u3000]*(?:万元|亿元|美元|港元|欧元|日元|英镑|元(?![旦宵月])|万|亿|块|"
    r"人次|吨|千瓦时|平方米|平方公里|公里|千米|立方米|公顷|亩|千克|公斤|%|％)"
)
# The units a table's header, a row's first cell or a word before a figure names in brackets
_UNITS = (
    "元|美元|人|人次|户|戶|吨|噸|千瓦时|千瓦時|平方米|平方公里|立方米|公顷|公頃|亩|畝|公里|"
    "千米|件|个|個|辆|輛|册|冊|头|頭|只|次|套|%|％"
)
# (and a unit in brackets after the word: 金额（元）：13812345678, 总额(万元)：…, and after
# any word: 一般公共预算收入（元）：15812345678; a count's unit after a word of quantity — 量,
# 数, 率, 额, 次, 户, 人, 计: 受理量（件）：6226 1234 5678 9010, a year's counts in a row, as a
# table's header in brackets says (red team 77) — not after a phone's or a card's label,
# 联系电话（人）：13812345678, nor 元 after one, 联系电话（元）：… (review 37))
_AMOUNT_BEFORE = LazyPattern(
    r"(?:[¥￥$＄€£]|rmb|hkd|twd|mop|usd|eur|人民币|港币|新台币|澳门元|金额|总额|"
    rf"(?<![话机号码式卡])[（(](?:单位[{LABEL_COLONS}])?[万亿]?元[）)]|"
    rf"(?<=[量数率额次户人计])[（(](?:单位[{LABEL_COLONS}])?[万亿]?(?:{_UNITS})[）)]|第)"
    rf"[为是{LABEL_COLONS}]?[ \u3000]*$"
)


# A document number (文号) is its year in brackets and a sequence number ending in 号
# (GB/T 9704-2012 7.2.4: 〔2026〕13号): the sequence is no mobile number however long it is.
_DOCUMENT_YEAR_BEFORE = LazyPattern(r"[〔\[(（【［]\s?(?:19|20)\d\d\s?[〕\])）】］]\s?$")


def _amount(folded: str, start: int, end: int) -> bool:
    return (
        AMOUNT_AFTER.match(folded, end) is not None
        or amount_before(folded, start)
        or (
            folded.startswith("号", end)
            and _DOCUMENT_YEAR_BEFORE.search(folded, max(0, start - 10), start) is not None
        )
    )


def amount_before(folded: str, start: int) -> bool:
    """Whether a currency or an amount's word right before ``start`` makes the number there an
    amount (``¥99``, ``金额：``, ``（万元）``) — not a pasted sheet's last header cell over a
    row's first: the sheet's header names its column (:func:`~.labels.sheet_header`)."""
    header = sheet_header(folded, start)
    if header is not None:
        return _amount_header(header)
    return _AMOUNT_BEFORE.search(folded, max(0, start - 8), start) is not None


_HEAD_MOST = 16  # how far into a header line whose tabs were lost its first cell is read


def _amount_header(header: PlainHeader) -> bool:
    """Whether a pasted sheet's header names its first column an amount (``发放金额（元）``):
    its first cell, or the shortest head of a line whose tabs the fold dropped that names an
    amount before any label names a number (``银行卡号发放金额（元）`` names a card's)."""
    text = header.text.strip(" \t*_")
    if not header.whole:
        return _AMOUNT_BEFORE.search(text) is not None
    for end in range(2, min(len(text), _HEAD_MOST) + 1):
        if _LINES_LABEL.search(text, 0, end) is not None or label_at(text, end) is not None:
            return False
        if _AMOUNT_BEFORE.search(text, 0, end) is not None:
            return True
    return False


def _not_personal(folded: str, start: int, end: int, kind: Kind) -> bool:
    """Whether the words around say the number is an amount, a count or a serial number;
    ``kind`` is what the number was read as (a ticket's name after it clears only a card's
    reading: :func:`_serial_named_after`)."""
    label = label_at(folded, start)
    return (
        _amount(folded, start, end)
        or label == "serial"
        # (a card's or an ID's label before it names it first: 银行卡号：2606…号问题 — red team
        # 108; 身份证号：110105491231002号信件 — review 86's L3)
        or (
            kind == "bank_card"
            and label not in ("card", "id")
            and _serial_named_after(folded, start, end)
        )
        or _measured_cell(folded, start)
        or _glued_count(folded, start, end)
    )


# A count's measure word glued to eleven digits (全年快递业务量达15823456789件, 移动电话用户达
# 15823456789户, 受理诉求：13612345678条; a 统计公报's or a 12345 review's year: red team 107
# item 4), as :data:`AMOUNT_AFTER`'s 人次 is — only glued (``13812345678 件`` may be a list's
# next word) and not where it starts a word of a contact's line: 次日, 个人, 户籍, 条件, 件事,
# 笔录, 批准, 家长, 家住, 套餐, 台湾.  A phone's label before the number keeps it a mobile
# (:func:`_glued_count`: 联系电话：13812345678件 is the number and a slip).
_COUNT_WORDS = (
    "辆次|件次|人次|架次|艘次|件|户|戶|笔|筆|次|个|個|条|條|"
    "株|宗|批|辆|輛|项|項|份|台|套|棵|起|例|家"
)
_WORD_AFTER = "日月年周晚早天后後前人体體籍口主名件事录錄准復复示长長属屬湾灣庭诉訴目额額住中如餐教"
_GLUED_COUNT = LazyPattern(rf"(?:{_COUNT_WORDS})(?![{_WORD_AFTER}])")
# A work order's or a case's number named after it: 12345热线2511203982597914号工单答复, 第…号案件
# (red team 107 item 8) — a card is no order's number.  (号 and the word: not 号码, the number
# to call; 号件, 号办件: a 政务服务 case)
_SERIAL_NAMED_AFTER = LazyPattern(
    r"[ \u3000]?(?:号|號)(?:工单|工單|办件|辦件|案件|订单|訂單|运单|運單|交办单|督办单|发票|發票)"
)
# ... and a 12345 hotline's 诉求, 问题, 来电, 来信, 来件, 投诉, 举报, 建议, 咨询, 求助, 信件 or 留言
# (您反映的2606309876543215号问题, 关于2603150000123455号诉求的答复, …号来电答复: red team 108
# item 6; 举报, the fifth of 12345's kinds, 国办发〔2020〕53号: review 86's F2), 等 or 等等
# between (…号等问题, a merged reply's usual wording: review 88's F1) — but only for a
# ticket's shape (:func:`_dated_ticket`): these words follow a card's number as well as a
# ticket's (持卡人张三，4532…号件, 我的卡是4532…号问题: review 86's L4).
_TICKET_WORDS = (
    "诉求|訴求|问题|問題|来电|來電|来信|來信|来件|來件|投诉|投訴|"
    "举报|舉報|建议|建議|咨询|諮詢|谘询|求助|信件|留言|件"
)
_TICKET_NAMED_AFTER = LazyPattern(rf"[ \u3000]?(?:号|號)等{{0,2}}(?:{_TICKET_WORDS})")
# ... and a 12345 call's, letter's or 诉求's number in brackets right after its word: 市民来电
# （2612011234567892）反映 (red team 108 item 6) — the ticket the hotline gave it, as 工单（…）
# is; the caller's number there is the caller's mobile (市民来电（8613812345678）反映).  A space
# before the bracket, 【】, and 号 inside them too: 市民来电 （…）, 来电【…】, 诉求（…号）
# (review 86's F3); a colon before the bracket or a space inside it: 市民来电：（…）, 市民来电
# （ … ） (review 88's F1).
_TICKET_WORD_BEFORE = LazyPattern(
    r"(?:来电|來電|来信|來信|诉求|訴求|来件|來件)(?:[ \u3000]|[:：])?([（(【])[ \u3000]?$"
)
_TICKET_WORD_REACH = 6
_TICKET_BRACKET_CLOSED = LazyPattern(r"[ \u3000]?(?:号|號)?[ \u3000]?([）)】])")
_CLOSING = {"（": "）", "(": ")", "【": "】"}
# A reply that merges tickets names them all with one word, after the last: 您反映的2606…号、
# 2603…号问题, 2606…、2603…号诉求 (review 86's F1), 2606…号、2603…号等问题 (the 等 of
# :data:`_TICKET_NAMED_AFTER`).  The next item of such a list: the ticket's 号 or not, a list's
# separator, and one run of digits — read on only while each is a ticket.  、 and a slash are
# a list's separators (2606…/2603…号问题); a clause's comma or semicolon and 和, 及, 以及, 与,
# 或 join two tickets only when the item before them has its own 号 or a ticket's word stands
# before the list (2606…号和2603…号问题, 2606…号；2603…号问题, 关于2606…，2603…号诉求): a card
# that ends one clause is no item of the next clause's list (打入2306…，2603…号诉求已办结:
# review 88's L1).  A line break may follow the separator, or be one, a weak one — the next
# item on its own line or a Markdown list's (2606…号、⏎2603…号问题, - 2606…号⏎- 2603…号问题:
# review 88's F1).
_LIST_SEPARATOR = "[、/／]"
_CLAUSE_SEPARATOR = "[，,；;]|以及|和|及|与|與|或"
# (the next line of such a list: its indent, a blockquote's marks and a list item's mark —
# ``-``, ``*``, ``+``, an ordinal of up to nine digits as CommonMark reads one, 100. or 1),
# or one in brackets, （1）: review 96's F2)
_LIST_ITEM_MARK = r"(?:(?:[-*+]|[0-9]{1,9}[.)])[ \u3000]|[（(][0-9]{1,3}[）)][ \u3000]?)"
_NEXT_LINE = rf"\n[ \u3000]{{0,4}}(?:>[ \u3000]?){{0,3}}[ \u3000]{{0,4}}{_LIST_ITEM_MARK}?"
# (a hotline's report notes each ticket's call in brackets after its number: 2606…（来电时间：
# 2026年6月30日）、2603…等问题 — a time or a date and nothing else, so that no word of a card's
# stands there: 2306…（卡号）、2603…号问题 stays a card; fix127c)
_CALL_NOTE = (
    r"[（(](?:来电|來電|来信|來信|受理|交办|交辦|办结|辦結)?(?:时间|時間|日期)[:：]?[ \u3000]?"
    r"[0-9年月日时時分:：.\-/ \u3000]{1,20}[）)]"
)
# (group 1: the item's 号; 2: a list's separator; 3: a line break alone; 4: the next item)
_NEXT_TICKET = LazyPattern(
    rf"[ \u3000]?(号|號)?(?:{_CALL_NOTE})?[ \u3000]?"
    rf"(?:({_LIST_SEPARATOR})|{_CLAUSE_SEPARATOR}|(?=(\n)))"
    rf"[ \u3000]?(?:{_NEXT_LINE})?[ \u3000]?([0-9]+)"
)
# ... and the item before a later one, walking back to the list's head as the card reader sees
# an item: one run, or fours with spaces or hyphens, in brackets, quotes or a Markdown link's
# words (卡号：2606 3098 7654 3210、2603…号问题, 卡号：（2606…）、…, 卡号：[2606…](#)、…:
# review 88's L2) — the label before the head names every item.
_TICKET_BEFORE = LazyPattern(
    r"(?<![0-9])([0-9]{4}(?:[ \u3000-][0-9]{4}){3}|[0-9]+)[）)】\]”\"’']?(?:\([^()\s]{0,24}\))?"
    rf"[ \u3000]?(?:号|號)?(?:{_CALL_NOTE})?[ \u3000]?"
    rf"(?:{_LIST_SEPARATOR}|{_CLAUSE_SEPARATOR}|(?=\n))"
    rf"[ \u3000]?(?:{_NEXT_LINE})?[ \u3000]?[（(【\[“\"‘']?$"
)
# (an empty line, or one of a blockquote's marks only, between an intro and its list's first
# item: 您反映的以下问题：⏎⏎1. 2606…, fix127c)
_BLANK_LINE = r"\n[ \u3000]{0,4}(?:>[ \u3000]?){0,3}(?=\n)"
# (a ticket's word that introduces the list right before its head: 您反映的, 关于, 编号为, 工单
# — or on the line above a list's items, with what they are: 您反映的⏎- 2606…, 您反映的以下
# 问题：⏎1. 2606…, review 96's F2; the topic between and a colon, 您反映的补贴未到账问题：⏎- 2606…,
# review 105's F3)
_TICKET_LIST_INTRO = LazyPattern(
    r"(?:(?:反映的|关于|關於|编号为|編號為|编号|編號|工单|工單|诉求|訴求)"
    r"(?:(?:以下|如下)?(?:问题|問題|诉求|訴求|事项|事項))?[ \u3000:：]?"
    r"|反映的[^\s，,。；;：:]{1,8}(?:问题|問題|诉求|訴求)[:：])"
    rf"(?:(?:{_BLANK_LINE}){{0,2}}{_NEXT_LINE})?[ \u3000]?$"
)
_TICKET_INTRO_REACH = 40  # (the intro's words, a line's indent, quote marks and item mark)
# The words after the last item that name a list of tickets: a ticket's word after 号 and 等
# (:data:`_TICKET_NAMED_AFTER`), or after 等 alone (2606…、2603…等问题), and a count of them
# between (…号等2件诉求, …号和…号两件诉求: review 96's F2) — a list's, not one number's: 等
# and a count say there are more.
_TICKET_COUNT = (
    r"[ \u3000]?(?:[0-9]{1,3}|[两二三四五六七八九十]{1,3})[ \u3000]?(?:件|个|個|项|項|条|條)?"
)
# Only a 诉求's, a 问题's, … word (not 件 alone: 两件, 等2件 are parcels, only 号件 a ticket) that
# ends the noun: not when the noun read on after it is a card's, an account's or a bank's —
# 等问题账户, 两个问题银行卡, 等问题储蓄卡, 等问题对公账户, 等问题的账户, 等举报线索, 等投诉较多的
# 卡片 (review 102's L1, review 105's L6) — or a person's, the word going on as 举报人, 投诉人的
# 银行卡 (review 105's L6).  The noun is read, not its first character: 等问题网上已答复, 等问题
# 电话回访, 等投诉较多， are honest sentences (review 105's F4).
_LIST_WORDS = _TICKET_WORDS.removesuffix("|件")
_CARD_NOUN = (
    r"(?:银行|銀行|储蓄|儲蓄|信用|借记|借記|社保|医保|醫保|对公|對公|资金|資金|收款|付款|个人|個人|"
    r"电子|電子)?(?:卡|账户|帳户|帐户|帳戶|账号|帐号|帳號|存折|存摺|钱包|錢包|银行|銀行)"
)
_NOUN_GOES_ON = rf"人|[ \u3000]?(?:[较較]多的?|的)?[（(]?(?:{_CARD_NOUN}|线索|線索|号码|號碼|号|號)"
# (and the total after the list, its list's word whole: 共2件诉求, （共3件问题） — not
# 共2件问题账户, whose noun goes on, nor a count alone, 共计3件, （共5件）, C、C2共2条转账记录,
# which may count cards as 等2件 may (mend123; review 130's F1); a call's note after the last
# item before the list's words: 2603…（来电时间：…）等问题 — fix127c)
_TICKET_TOTAL = (
    r"共(?:计|計)?[ \u3000]?(?:[0-9]{1,3}|[两二三四五六七八九十]{1,3})[ \u3000]?"
    rf"(?:件|个|個|项|項|条|條)?(?:{_LIST_WORDS})"
)
_LIST_NAMED_AFTER = LazyPattern(
    rf"[ \u3000]?(?:(?:(?:号|號)等{{0,2}}(?:{_TICKET_COUNT})?|等{{1,2}}(?:{_TICKET_COUNT})?|"
    rf"(?:号|號)?{_TICKET_COUNT}|(?:号|號)?(?:{_CALL_NOTE})等{{0,2}}(?:{_TICKET_COUNT})?)"
    rf"(?:{_LIST_WORDS})|(?:号|號)件|"
    rf"(?:号|號)?[ \u3000]?(?:{_TICKET_TOTAL}|[（(]{_TICKET_TOTAL}[）)]))(?!{_NOUN_GOES_ON})"
)
# The words that sum a list up after its last item, after a comma or on the next line:
# 2606…、2603…⏎以上工单已办结, …，以上工单均已办结, …号，上述诉求, 以上3件诉求 (fix127c) —
# a ticket's own word, whole (以上问题账户 is an account), not a list's word of any topic
# (以上建议, 上述问题), nor in the next sentence (。上述问题已移交…) or glued to the number
# (C、C2以上咨询): review 130's F2.
_SUMMED_BELOW = LazyPattern(
    r"[ \u3000]?(?:号|號)?[ \u3000]?(?:[，,][ \u3000]?|\n[ \u3000]{0,4}(?:>[ \u3000]?){0,3})"
    rf"(?:以上|上述)(?:{_TICKET_COUNT})?(?:工单|工單|诉求|訴求)(?!{_NOUN_GOES_ON})"
)
# A card's label, a bank's name, a holder's or a payment's word anywhere in the sentence before
# a list's head, across its commas and line breaks, keeps its first item a card: 银行卡号：张三
# 2306…、2603…号问题, 您的社保卡2306…、…, 中国工商银行 2306…、…, 退费已转账至2306…号、…
# (review 88's L1, L1b), 持卡人张三，2306…/…, 补助已发放到您的账户，2306…号⏎…, 中国工商
# 银行借记卡：⏎- 2306…号⏎- … (review 96's L1) — the list's word after its last item names the
# tickets, not the card the sentence is about.  A payment's word only with where it is paid to
# (发放到, 转账至, 至/到/入 + 账户/卡): 退款, 退费, 补贴, 发放, 到账 alone name the tickets' topic,
# 关于补贴发放的2606…、…号诉求, 您反映的补贴未到账诉求：⏎1. 2606… (review 105's F1, F3: review
# 102's L3 reversed).
_CARD_CLAUSE = LazyPattern(
    r"银行|銀行|卡号|卡號|银行卡|信用卡|储蓄卡|借记卡|社保卡|医保卡|持卡人|开户|開戶|户名|戶名|"
    r"账户|帳户|帐户|帳戶|账号|帐号|帳號|收款|付款|汇款|匯款|打款|转账|轉賬|退回|退还|退至|退到|"
    r"打入|打到|汇入|匯入|汇至|转入|轉入|转至|存入|发放到|發放到|发放至|發放至|[至到入](?:您的|你的|本人)?卡"
)
# (卡 alone only right before the head, 您的卡2306…/…: 我的卡是2606…、2603…号问题 stays the
# tickets mend113 cleared)
_CARD_RIGHT_BEFORE = LazyPattern(r"(?:卡|卡片)[:：]?[ \u3000]?$")
_SENTENCE_STOPS = "。；;！!？?"
# (in a list a ticket's word introduces, only its own clause: 银行卡已办结，您反映的2606…、…号问题
# are tickets, review 88's twin)
_CLAUSE_STOPS = "，,。；;！!？?\n"
# (... and with its intro on the line above, the clause back across its lines to a comma, a
# sentence's stop or a blank line: 持卡人：张三⏎您反映的以下问题：⏎1. 2306…, review 102's L2)
_LINES_CLAUSE_STOPS = ("，", ",", "。", "；", ";", "！", "!", "？", "?", "\n\n")
_CLAUSE_REACH = 24
_TICKET_ITEM_REACH = 60  # (16 digits in fours, brackets or a link's target, 号, a separator)
# A 12345 ticket's number: 16 digits from its date, YYMM (2606…, 2511…) — a Mastercard's
# 2221–2720 range, which passes Luhn one time in ten (red team 108 item 6)
_TICKET_LENGTH = 16
_HAN = LazyPattern(f"[{CJK_UNIFIED}]")
_DATED_TICKET = LazyPattern(r"2[2-7](?:0[1-9]|1[0-2])")
_MASTERCARD_TWO = range(2221, 2721)


def _serial_named_after(folded: str, start: int, end: int) -> bool:
    """Whether the card's reading ``start``..``end`` is an order's or a case's number its name
    after it says (:data:`_SERIAL_NAMED_AFTER`: but for a UnionPay card's 62…, ``张三 6222…号订单``,
    review 82's L7), or a 12345 ticket (:func:`_dated_ticket`) that a ticket's word names
    (:func:`_ticket_named`).
    Only one run of digits, as a ticket is printed (``2606 3098 7654 3215号问题`` is a card's
    fours), and no phone's label before it (``联系电话2606…号问题``: review 86's L1) nor before
    the list of tickets it is a later item of (``卡号：2606…、2603…号问题``), whatever word
    follows the last (``卡号：2606…、2603…号工单``: review 88's L2)."""
    digits = folded[start:end]
    # (one run of digits, as a ticket is printed: a card's fours, 2606 3098 7654 3215号问题, stay)
    if not (digits.isascii() and digits.isdigit()) or _phone_label_before(folded, start):
        return False
    head = _ticket_list_head(folded, start)
    if head != start and _labelled_list(folded, head):
        return False
    if _SERIAL_NAMED_AFTER.match(folded, end) is not None:
        return not digits.startswith("62")
    return _dated_ticket(digits) and _ticket_named(folded, start, end, head)


def _ticket_named(folded: str, start: int, end: int, head: int) -> bool:
    """Whether a ticket's word names the ticket ``start``..``end``: after it
    (:data:`_TICKET_NAMED_AFTER`), before it, the ticket in brackets (:data:`_TICKET_WORD_BEFORE`),
    or after the last of the list of tickets starting at ``head`` that it is an item of
    (:func:`_listed_ticket`), or the list's own words after it if it is the last
    (:data:`_LIST_NAMED_AFTER`, the bracket its word opened: 市民来电（2606…、2603…）反映,
    review 96's F2) — not where the clause before the list is about a card
    (:data:`_CARD_CLAUSE`: review 88's L1, L1b)."""
    if _TICKET_NAMED_AFTER.match(folded, end) is not None:
        return True
    closing = _bracket_opened(folded, head)
    if head == start and _bracket_closed(folded, end, closing):
        return True
    intro = _intro(folded, head)  # (once per item: the card's clause reads it too)
    if head != start and (
        _LIST_NAMED_AFTER.match(folded, end) is not None
        or _bracket_closed(folded, end, closing)
        or _SUMMED_BELOW.match(folded, end) is not None
    ):
        named = True  # (the list's last item)
    else:
        named = _listed_ticket(
            folded, end, introduced=intro is not None, closing=closing
        ) or _summed_list(folded, end)
    return named and not _card_clause_of(folded, head, intro)


def _bracket_opened(folded: str, start: int) -> str:
    """The closing bracket of the one a 12345 call's, letter's or 诉求's word opens right before
    ``start`` (:data:`_TICKET_WORD_BEFORE`: 市民来电（, 来电【), or ``""``."""
    opening = _TICKET_WORD_BEFORE.search(folded, max(0, start - _TICKET_WORD_REACH), start)
    return "" if opening is None else _CLOSING[opening.group(1)]


def _bracket_closed(folded: str, end: int, closing: str) -> bool:
    """Whether the bracket ``closing`` (none if ``""``) closes right after ``end``
    (:data:`_TICKET_BRACKET_CLOSED`: a space and 号 may stand before it)."""
    if not closing:
        return False
    closed = _TICKET_BRACKET_CLOSED.match(folded, end)
    return closed is not None and closed.group(1) == closing


class _ListWalks:
    """What the walks along the lists of tickets of one text found, by where each walk set out:
    every item of a list is read, and each walk from a later item goes the way an earlier
    item's went, so a list of any length is walked once (linear time; review 88's F1: a list of
    twelve tickets, read ten items on, left its first a card)."""

    __slots__ = ("heads", "named", "summed", "text")

    def __init__(self, text: str) -> None:
        self.text = text
        # (an item's end, introduced, the bracket a word opened before the list, summed
        # below): named
        self.named: dict[tuple[int, bool, str, bool], bool] = {}
        self.heads: dict[int, int] = {}  # an item's start: its list's head
        # (whether any list may be summed up below, :func:`_summed_list`: one search a text)
        self.summed = "以上" in text or "上述" in text


class _LastWalks(threading.local):
    """The last text's walks, one per thread: a field's numbers are read in turn, all in the
    one folded text — but two threads checking at once would each throw the other's walks
    away at every switch and walk every list again (review 96's S1: 69 s for two 40k posts)."""

    walks = _ListWalks("")


_LAST_WALKS = _LastWalks()


def _walks(folded: str) -> _ListWalks:
    """The walks along ``folded``'s lists (the same text object: no comparison of texts)."""
    walks = _LAST_WALKS.walks
    if walks.text is not folded:
        walks = _ListWalks(folded)
        _LAST_WALKS.walks = walks
    return walks


def _summed_list(folded: str, end: int) -> bool:
    """Whether the ticket ending at ``end`` heads a list whose items stand one a line (or are
    joined by a list's separator or their 号; a clause's comma alone joins none, ``打入2306…，
    2603…``), up to words below that sum them up (:data:`_SUMMED_BELOW`:
    ``- 2606…⏎- 2603…⏎以上工单已办结``, fix127c): the summary introduces the list from below.
    Only those words name it so (``- 2306…⏎- 2603…等问题`` with no intro above stays a card's
    line), and only a list: one number above ``以上工单`` is read as it stands."""
    return _walks(folded).summed and _listed_ticket(folded, end, introduced=True, below=True)


def _listed_ticket(
    folded: str, end: int, *, introduced: bool, closing: str = "", below: bool = False
) -> bool:
    """Whether the ticket ending at ``end`` is followed by more tickets (:data:`_NEXT_TICKET`,
    each of a dated ticket's shape, :func:`_dated_ticket`) up to one a ticket's or a work
    order's word names (``2606…号、2603…号问题``, ``2606…、2603…号诉求``): one word for all
    (review 86's F1), however many items (:class:`_ListWalks`).  Read only as far as every
    item is a ticket: a mobile, an ID number or a card of another shape ends the list unnamed
    (``2606…号、13812345678号问题``); and past a clause's comma or 和 only from an item with
    its own 号, or in a list a ticket's word ``introduced`` (``打入2306…，2603…号诉求``:
    review 88's L1).  The list's words (:data:`_LIST_NAMED_AFTER`: 等问题, 等2件诉求) or the
    bracket ``closing`` that a ticket's word opened before it name it too (review 96's F2), and
    words that sum the list up below its last item (:data:`_SUMMED_BELOW`) — with ``below``,
    only they (:func:`_summed_list`)."""
    known = _walks(folded).named
    passed: list[int] = []
    key = (introduced, closing, below)
    named = known.get((end, *key))
    while named is None:
        passed.append(end)
        item = _NEXT_TICKET.match(folded, end)
        if (
            item is None
            or not _dated_ticket(item.group(4))
            or (item.group(2) is None and item.group(1) is None and not introduced)
            # (from below, a line break joins, a clause's comma or 和 does not)
            or (below and item.group(2) is None and item.group(1) is None and not item.group(3))
        ):
            named = False
            break
        end = item.end()
        if _SUMMED_BELOW.match(folded, end) is not None or (
            not below
            and (
                _LIST_NAMED_AFTER.match(folded, end) is not None
                or _SERIAL_NAMED_AFTER.match(folded, end) is not None
                or _bracket_closed(folded, end, closing)
            )
        ):
            named = True
            break
        named = known.get((end, *key))
    for at in passed:
        known[(at, *key)] = named
    return named


def _ticket_list_head(folded: str, start: int) -> int:
    """Where the list of tickets that the ticket at ``start`` is a later item of starts (each
    item before it of a dated ticket's shape, :data:`_TICKET_BEFORE`, as the card reader sees
    it), or ``start``; however many items back (:class:`_ListWalks`)."""
    heads = _walks(folded).heads
    passed: list[int] = []
    head = heads.get(start)
    while head is None:
        passed.append(start)
        item = _TICKET_BEFORE.search(folded, max(0, start - _TICKET_ITEM_REACH), start)
        if item is None or not _dated_ticket(_digits_only(item.group(1))):
            head = start
            break
        start = item.start(1)
        head = heads.get(start)
    for at in passed:
        heads[at] = head
    return head


def _digits_only(item: str) -> str:
    return item.replace(" ", "").replace("\u3000", "").replace("-", "")


def _card_clause(folded: str, head: int) -> bool:
    """Whether the sentence before a list's ``head`` (back to its stop, across its commas and
    line breaks, within :data:`_CLAUSE_REACH`; only its clause in a list a ticket's word
    introduces, :func:`_intro`) names a card, a bank, a holder or a payment
    (:data:`_CARD_CLAUSE`), or 卡 (:data:`_CARD_RIGHT_BEFORE`) or a person's name stands right
    before the head, as a card's holder does (``张三2306…/2603…号问题``: review 96's L1) — a
    name not in a list a ticket's word introduces (``关于2606…/…``: 关于 is no name).  An
    intro on the line above the list ends its clause with its line (``补助已发放到您反映的⏎-
    2306…⏎- 2603…号问题``: its clause is the line, not the item's mark; review 96's F2), read
    back across the lines above to a comma, a sentence's stop or a blank line
    (:data:`_LINES_CLAUSE_STOPS`: ``持卡人：张三⏎您反映的以下问题：⏎1. 2306…``, review 102's L2)."""
    return _card_clause_of(folded, head, _intro(folded, head))


def _card_clause_of(folded: str, head: int, intro: re.Match[str] | None) -> bool:
    """:func:`_card_clause` of the list at ``head`` whose intro (:func:`_intro`) is ``intro``:
    its caller has read the intro already (fix127c: once per item, not twice)."""
    introduced = intro is not None
    clause_end = reach_from = head
    stops: str | tuple[str, ...] = _CLAUSE_STOPS if introduced else _SENTENCE_STOPS
    if intro is not None and (line_break := folded.find("\n", intro.start(), head)) >= 0:
        clause_end = line_break
        stops = _LINES_CLAUSE_STOPS
        reach_from = _intro_line_break(folded, intro.start(), line_break)
    reach = max(0, reach_from - _CLAUSE_REACH)
    stop = max(folded.rfind(mark, reach, clause_end) for mark in stops)
    if (
        _CARD_CLAUSE.search(folded, max(reach, stop + 1), head) is not None
        or _CARD_RIGHT_BEFORE.search(folded, max(0, head - 4), head) is not None
    ):
        return True
    return not introduced and _holder_before(folded, head)


def _intro_line_break(folded: str, intro: int, after: int) -> int:
    """The line break before the line of the intro at ``intro`` (within
    :data:`_TICKET_INTRO_REACH`; else the intro's start), or ``after``, the line break after
    it, where none is before: the clause above an intro is read back :data:`_CLAUSE_REACH` from
    its line's start, however long the line (``持卡人：张三⏎您于2026年6月30日通过12345热线反映的
    以下问题：⏎1. 2306…``, review 105's L7)."""
    before = folded.rfind("\n", max(0, intro - _TICKET_INTRO_REACH), intro)
    if before >= 0:
        return before
    return intro if intro - _TICKET_INTRO_REACH > 0 else after


def _introduced(folded: str, head: int) -> bool:
    """Whether a ticket's word introduces the list starting at ``head`` (:func:`_intro`)."""
    return _intro(folded, head) is not None


def _intro(folded: str, head: int) -> re.Match[str] | None:
    """The ticket's word that introduces the list starting at ``head``, right before it or on
    the line above its items (:data:`_TICKET_LIST_INTRO`: 您反映的, 关于, 编号为, 工单;
    您反映的以下问题：⏎1. ), or ``None``."""
    return _TICKET_LIST_INTRO.search(folded, max(0, head - _TICKET_INTRO_REACH), head)


def _holder_before(folded: str, head: int) -> bool:
    """Whether the run of Chinese characters glued before ``head`` is a person's name alone
    (two to four characters, :func:`~.names.person_name`).  Not a space apart: 王女士 2306…、
    2603…号诉求 sets a caller apart as 张某，… does, and 周报, 任务 read as names (review 130's
    L1 undid fix127c's two spaces)."""
    begin = head
    while begin > max(0, head - 5) and _HAN.match(folded, begin - 1) is not None:
        begin -= 1
    return 2 <= head - begin <= 4 and person_name(folded, begin, head)


def _labelled_list(folded: str, head: int) -> bool:
    """Whether a phone's, a card's or an ID's label stands before the list of tickets starting
    at ``head``: it names every item (``卡号：2606…、2603…号问题``, ``联系电话：2606…、…``), as
    it names one number (:func:`_not_personal`)."""
    return label_at(folded, head) in ("card", "id") or _phone_label_before(folded, head)


def _dated_ticket(digits: str) -> bool:
    """Whether ``digits`` have a dated 12345 ticket's shape: sixteen, a plausible YYMM first
    (:data:`_DATED_TICKET`) in a Mastercard's 2221–2720 — the shape red team 108 found, not a
    Visa's, a JCB's or a Discover card's (review 86's L4)."""
    return (
        len(digits) == _TICKET_LENGTH
        and _DATED_TICKET.match(digits) is not None
        and int(digits[:4]) in _MASTERCARD_TWO
    )


def _phone_label_before(folded: str, start: int) -> bool:
    """Whether a phone's, a card's or an ID's label is right before ``start``
    (:data:`~.labels._LINES_LABEL`: ``联系电话``, ``来电号码：``, ``手机：``) — but not a hotline's
    name after its number, ``12345热线2511…号工单``, which names the ticket's desk."""
    label = _LINES_LABEL.search(folded, max(0, start - _LABEL_REACH), start)
    return label is not None and not (
        label.group().startswith("热线") and folded[label.start() - 1 : label.start()].isdigit()
    )


def _glued_count(folded: str, start: int, end: int) -> bool:
    """Whether the eleven digits ``start``..``end``, written as one run, are a count: a measure
    word glued after them (:data:`_GLUED_COUNT`), a count's word before them in their clause
    (:data:`_COUNTED_BEFORE`: 达, 共, 全年, 受理…, or a column's 量) and no phone's label before
    them (``联系电话：13812345678件``, ``手机13812345678次``, ``王先生13812345678件`` and
    ``王老师13812345678笔试`` stay mobiles: review 82's L4, L5)."""
    if (
        end - start != MOBILE_LENGTH
        or not (folded[start:end].isascii() and folded[start:end].isdigit())
        or _GLUED_COUNT.match(folded, end) is None
        or _COUNTED_BEFORE.search(folded, max(0, start - _COUNTED_REACH), start) is None
    ):
        return False
    return not _over_lines_labelled(folded, start)


# A count's word before the figure, in its clause or the cell before it: "快递业务量达", "用户达",
# "全年受理诉求：", "| 快递业务量 |", "共计", "累计"
_COUNTED_BEFORE = LazyPattern(
    r"(?:达|共|累计|合计|总计|全年|完成|受理|办理|处理|发放|实现|超过|突破|增至|约|量|数)"
    r"[^。；;\n，,]{0,12}$"
)
_COUNTED_REACH = 24


# A statistics table names its unit once: in the column's header (``| 金额（元） |``,
# ``| 2025年（万元） |``, ``| 金额 |``) or in the row's first cell (``| 一般公共预算收入（元） |
# 15812345678 | 16012345678 |``, a 统计公报's or a 预算公开's table): the figures in that
# row or column are amounts and counts, not phone or card numbers (red team 14). Only a unit
# in brackets at the cell's end, or an amount's name as the whole header: "| 张三（户主） |"
# and "| 联系电话（办公室） |" name no unit.
_UNIT_HEADING = LazyPattern(
    rf"(?:^(?:金额|總額|总额|金額|数额|數額|合计|合計)|[（(](?:单位[{LABEL_COLONS}])?[万亿]?"
    rf"(?:{_UNITS})[）)])[\s*_]*$"
)
# A table's caption giving the unit of all its figures: "单位：元", "（单位：万元）" on a line
# of its own or at the end of the title right above the table.
_UNIT_CAPTION = LazyPattern(
    rf"(?:单位|單位)[{LABEL_COLONS}][ \u3000]*[万亿]?(?:{_UNITS})(?![\u3400-\u9fff])"
)
_CAPTION_REACH = 80
# A 统计公报's table gives each row's unit in a column of its own (``| 指标 | 单位 | 2025年 |``
# over ``| 一般公共预算收入 | 元 | 15812345678 |``): the header says 单位 (计量单位) and the
# row's cell under it is a unit and nothing else (red team 22).
_UNIT_COLUMN_HEADING = LazyPattern(r"^(?:计量|計量)?(?:单位|單位)$")
_UNIT_CELL = LazyPattern(rf"^[万亿千百]?(?:{_UNITS})$")
# The header of a column of figures: a year, a budget's or a statistic's figure.
_FIGURE_HEADING = LazyPattern(
    r"(?:19|20)\d\d年|数$|數$|额|額|计|計|收入|支出|预算|預算|决算|決算|增长|增長|累计|累計|金额|金額"
)


def _measured_cell(folded: str, start: int) -> bool:
    """Whether the number at ``start`` starts a table cell whose column's header or whose
    row's first cell gives a unit of measure (:data:`_UNIT_HEADING`)."""
    before = folded[max(0, start - 8) : start].rstrip(" ")
    if not before.endswith(("|", ">", "\t")):
        return False  # (most numbers start no cell: one slice and one test)
    header = column_header(folded, start)
    heading = header.strip(" \t*_") if header is not None else ""
    if heading and _LINES_LABEL.search(heading) is not None:
        return False  # (a 电话 or 卡号 column: "| 项目（元） | 电话 |")
    if heading and _UNIT_HEADING.search(heading) is not None:
        return True
    first = row_label(folded, start)
    if first is not None and _UNIT_HEADING.search(first.strip(" \t*_")) is not None:
        return True
    if _unit_in_row(folded, start):
        return True
    # a caption's unit only for a column of figures (预算数, 2025年, 合计), not for a 备注 or
    # 联系方式 column of a 补贴发放公示 under "单位：元"
    table = table_start(folded, start) if _FIGURE_HEADING.search(heading) else None
    return (
        table is not None
        and _UNIT_CAPTION.search(folded, max(0, table - _CAPTION_REACH), table) is not None
    )


def _unit_in_row(folded: str, start: int) -> bool:
    """Whether the table row whose cell ``start`` is in has, under a 单位 (计量单位) column, a
    cell holding a unit of measure and nothing else (``| 一般公共预算收入 | 元 | … |``)."""
    low = max(0, start - HEADER_REACH)
    if folded.find("单位", low, start) == -1:  # (folded: 單位 reads 单位)
        return False  # (no 单位 header above: most tables, one C search)
    headers, cells, column = row_and_header(folded, start)
    for index, (header, cell) in enumerate(zip(headers, cells, strict=False)):
        if (
            index != column
            and _UNIT_COLUMN_HEADING.search(header.strip(" \t*_")) is not None
            and _UNIT_CELL.search(cell.strip(" \t*_")) is not None
        ):
            return True
    return False
