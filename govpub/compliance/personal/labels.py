"""What the words right before a number (or the header of its column) say it is.

:func:`label_at` reads an ID, organisation-code, card or serial-number label (``身份证号码：``,
``统一社会信用代码``, ``卡号``, ``订单号``: :data:`_LABEL`); only ambiguous numbers ask, and a
serial label turns a card, phone or legacy-ID reading off.  :func:`_over_lines_labelled` says
whether a label (``电话``, ``手机/微信：``, ``联系人：王某``) names a number written over lines or
cells, or the list the number is a later item of.  Apart from the checks (:mod:`.kinds`):
the same words are asked about every kind.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from typing import Literal

from govpub.compliance._data import data_words
from govpub.compliance._text import HTML_CELL_GAP, LABEL_COLONS
from govpub.compliance.cards import luhn_ok
from govpub.compliance.folding import CJK_UNIFIED, fold_term
from govpub.compliance.glosses import gloss
from govpub.compliance.hmt_ids import valid_hkid, valid_tw_id
from govpub.compliance.idnumbers import valid_id15
from govpub.compliance.lazy_pattern import LazyPattern
from govpub.compliance.letter_digits import LETTERS
from govpub.compliance.regex_cache import regex
from govpub.compliance.table_cells import (
    HEADER_REACH,
    PlainHeader,
    cells_before,
    column_header,
    plain_column_header,
    table_start,
)

Label = Literal["id", "org", "card", "serial"]


# What the words right before a number say it is: ``身份证号码：``, ``统一社会信用代码``,
# ``卡号``, ``订单号``.  Only ambiguous numbers ask — an ID number that is also a
# 统一社会信用代码, a card number that is also one — and a serial-number label turns a
# card, phone or legacy-ID reading off (``订单号4111111111111111`` is an order number;
# about one random 16-digit number in fifty has a card prefix and passes Luhn).
# (证号: 登记证号, 许可证号 — a certificate's number after the certificate's name)
_SUFFIX = "号码|號碼|号|號|编号|編號|代码|代碼|码|碼|证号|證號"
_LABEL_WORDS: dict[Label, tuple[str, str]] = {  # (words, stems that need a suffix)
    "id": ("身份证|身份證|身分证|身分證|公民身份|居民身份|证件|證件", ""),
    "org": (
        "统一社会信用代码|統一社會信用代碼|信用代码|信用代碼|组织机构代码|組織機構代碼|机构代码|"
        "機構代碼|纳税人识别号|納稅人識別號|税号|稅號|注册号|註冊號|营业执照|營業執照|uscc|"
        # (执照号 310104000123456: the licence's 15-digit 注册号, a legacy ID's shape)
        "执照|執照",
        "",
    ),
    "card": ("银行卡|銀行卡|信用卡|储蓄卡|借记卡|账户|帐户|帳戶", "卡|账|帐|帳|賬"),
    "serial": (
        "订单|訂單|运单|運單|快递|快遞|物流单|交易|流水|发票|發票|合同|批次|序列|凭证|憑證|"
        "工单|受理|案件|档案|檔案|登记|登記|证书|證書|准考证|准考證|考生|备案|備案|许可证|許可證|"
        # (a 政务服务 case, 办件, before its own number: 您的办件6201…已受理 — red team 101)
        "办件|辦件|"
        # (a booking's number, 预约号 and 预约编号: 16 digits from a date, 2511…, a Mastercard's
        # 2221–2720 and Luhn one time in ten — red team 107; not 预约号码, the number to call)
        "预约编?号(?![码碼])|預約編?號(?![码碼])|"
        "会议id|会议号|會議號|房间号|房間號|入会码|"  # a video meeting's id (Zoom: 9–11 digits)
        # a Weibo status's id (its mid: 16 digits, 2025's from 51…, a Mastercard's shape, and
        # one in ten passes Luhn — red team 98), not the mid of amid, pyramid or middle
        "微博id|博文id|m(?<![a-z]m)id(?![a-z])|"
        # a code to show or type, never dialled (取件码13812345678: 11 digits may start 13–19)
        "(?:取[件货餐]|提货|预约|验证|核销|兑换)码|"
        # codes to check or scan, never dialled (缴款码, 追溯码: red team 12A)
        "(?:查询|查验|校验|随机|激活|防伪|追溯|标识|缴款|识别|券|条形?)码|"
        "registration no\\.?|application no\\.?|"  # a bilingual post's serial numbers
        # (and an English order's, parcel's, invoice's or payment's: Order ID: 6202…, red
        # team 67; not border's)
        "o(?<![a-z]o)rder (?:id|no\\.?|number)|tracking (?:id|no\\.?|number)|"
        "waybill (?:no\\.?|number)|invoice (?:no\\.?|number)|transaction (?:id|no\\.?)|"
        # No. 13812345678 alone: a designation; not after a word ("Tel No.", "手机号码 No.",
        # "联系人王五No.138…": the look-behinds; "编号 No.138…" is 编号's, with its code
        # prefix) but for what one shows to pick a thing up (请凭No.135…到窗口领取, 持 No.…:
        # fix 100, red team 81; a name before it kept the mobile: review 39)
        "n(?:(?<![a-z\u3400-\u9fff]n)(?<![a-z\u3400-\u9fff][ .]n)|(?<=[凭憑持]n)|(?<=[凭憑持] n))"
        f"o[.{LABEL_COLONS}]|№|"
        # a device's serial number (设备序列号 SN 6222…), not the sn of msn: each word starts
        # with a literal, so that the search keeps its skip to the labels' first characters
        # (a dual-SIM phone's IMEI1 and IMEI2, its Chinese name 串号/串码, a 设备号: an IMEI
        # from 35 reads as a legacy ID number of 福建 one time in thirty — red team 37)
        # (with a number's word: 设备负责人 and 电子邮件：138…@qq.com name no code)
        "s(?<![a-z]s)(?:n|/n|erial)|i(?<![a-z]i)mei[12]?|"
        # (and a postal item's 邮件号, China Post's name for a tracking number; a 设备号 with
        # every suffix, 设备代码 too, in data/serial_label_stems.txt)
        "(?:邮件|郵件)(?:号码|號碼|号|號|编号|編號|码|碼)|"
        # a site's filing number in its footer (赣公网安备 36010202000128号, 京ICP备…号): 36 + 12
        # digits pass Luhn as a Diners card one time in ten (fix 100, red team 81)
        "网安备|網安備|icp备|icp備",
        # (a 招聘公告's 报名序号, 报名号, 考号, 座位号, 岗位代码 and 职位代码: 11 digits may
        # start 13–19)
        # (single characters as one class: a search tries a class at once, alternatives in turn)
        # (户号, 燃气户号, 水费户号: a utility's account number, 10–11 digits that may start 13;
        # 票据号码, 税票号码, 终端号, 考场号, 项目代码, 办件号, 执业证号, 资格证号; 料号, a
        # part number)
        "[单單编編批文案型货貨学學工序考户戶票料串]|座位|岗位|崗位|职位|職位|报名|報名|"
        "票据|票據|终端|終端|考场|考場|项目|項目|执业|執業|资格|資格",
    ),
}
# The brackets and quotation marks a number may open right after its label: 银行卡号：（6222…）,
# 〔…〕, 【…】, 「…」, 《…》, “…”, a Markdown link's words (联系电话：[138…](…)) — the label names
# the number inside them as it names one written bare, over a line break too (red teams 71, 95).
_NUMBER_OPENERS = "（(［\\[【〔「『《〈“‘"

# A serial number's letters and segments before its last digits, after its label:
# 合同编号：HT-2026-13812345678, 检测报告编号：W2026-138…, 抽样单编号：NCP138…, 编号 No.138… —
# the 11 digits at the end of a labelled code are no mobile number.  Only after a serial
# label: unlabelled, wx13812345678 is a WeChat account made of the owner's mobile number.
# (segments joined by - / _ . or dashes, in brackets, or a year: 合同编号：（HT）…, [2026]…,
# 2026年…; the letters may hold a digit, as an Apple serial's do: 序列号：F2LX138…, review 63
# item F1)
_CODE_PREFIX = (
    rf"(?:[\s{LABEL_COLONS}#为是]{{0,3}}"
    r"(?:[a-z0-9]{1,12}[-/_.—–] ?|[（(\[【〔［][a-z0-9]{1,12}[）)\]】〕］]|(?:19|20)\d\d年)*"
    r"(?:[a-z](?:[a-z0-9]{0,4}[a-z])?)?)?"
)


# 表号 with no word before it: a meter column's header (| 户号 | 表号 |) or a line's label; the 表
# that ends a word (代表, 手表, 图表) names no meter, and the meters are named in the file (a
# literal first, then the look-behind: the search keeps its skip to the labels' first characters)
_METER_ALONE = "表(?<![\u3400-\u9fff]表)"


def _listed(name: str) -> tuple[str, ...]:
    """The words of ``data/<name>``, refused when there are none: an empty list would make an
    empty alternative of the label expression, one that matches before every number."""
    words = data_words(name)
    if not words:
        raise ValueError(f"govpub/compliance/data/{name} lists no words (a label needs one)")
    return words


def _label_source() -> str:
    """The expression of :data:`_LABEL`, its serial stems completed from
    ``data/serial_label_stems.txt`` (a meter's 表号, a sample's 采样码, a 献血证号: red team 70)."""
    more = "".join("|" + re.escape(word) for word in _listed("serial_label_stems.txt"))
    more += f"|{_METER_ALONE}"
    kinds = []
    for kind, (words, stems) in _LABEL_WORDS.items():
        serial = kind == "serial"
        suffixed = f"|(?:{stems}{more if serial else ''})(?:{_SUFFIX})" if stems else ""
        keys = _form_keys() if serial else ""
        prefix = _CODE_PREFIX if serial else ""
        kinds.append(f"(?P<{kind}>(?:(?:{words})(?:{_SUFFIX})?{suffixed}{keys}){prefix})")
    return (
        "(?:"
        + "|".join(kinds)
        # (the label may end in the brackets of a wider one: "账户（个人银行卡）：")
        # (a list announced: "涉案工单号如下：", "发票号码分别为" — red team 67; only after a
        # number's word, 号, 码, ID, No.: 案件如下 or 登记如下 announces no numbers — review 23)
        + ")[）)]?(?:(?<=[号號码碼d.o])(?:如下|分别为|分别是|依次为))?"
        # (an English gloss before the colon: 采购编号（Procurement No.）： — review 68's F2)
        + GLOSS
        # (any colon of LABEL_COLONS, as a personal label's: 订单号︰138…, fix 110; the bracket
        # the number opens, _NUMBER_OPENERS; and a table cell's border: "| 注册号 | …"; or a
        # form export's key: {"工单号":"…"}, 工单号=…, _FORM_KEY_END)
        + f"(?:{_FORM_KEY_END}|[\\s{LABEL_COLONS}#＃为是|{_NUMBER_OPENERS}]{{0,3}})"
        # (or an HTML row's label cell: "<td>订单号</td><td>13812345678</td>")
        + f"(?:{HTML_CELL_GAP}\\s{{0,3}})?$"
    )


# A form export's key ends before its value: a JSON key's closing quote and colon, the value's
# opening quote (``"工单号":"6201…"``, ``"bjbh": 620…``), or a query string's or a form's ``=``
# (``orderNo=6228…&``, ``工单号="…"``).  The key names its value as a label names the number
# after its colon (``工单号：6201…``): red team 101.  Only with the colon or ``=``: a quote
# right after a word closes a quoted one (受理渠道为"工单"6222…).
_FORM_KEY_END = rf'(?:"[ \t]{{0,2}}[{LABEL_COLONS}][ \t]{{0,2}}"?|[ \t]{{0,2}}=[ \t]{{0,2}}"?)'


def _form_keys() -> str:
    """The alternatives of a form export's English and pinyin keys for serial numbers
    (``data/serial_form_keys.txt``: ``orderno``, ``mailno``, ``bjbh``), each a whole key — not
    the end of a longer one (``emailno``, ``xbjbh``): a literal first, then the look-behind, so
    that the search keeps its skip to the labels' first characters."""
    return "".join(
        f"|{re.escape(key[0])}(?<![a-z0-9_]{re.escape(key[0])}){re.escape(key[1:])}"
        for key in _listed("serial_form_keys.txt")
    )


# (built on first need: the word list is read then, not at import)
_LABEL = LazyPattern.built(_label_source)
_LABEL_REACH = 50  # (a label with its gloss: 证书编号（Certificate No.）：)


# A Weibo status's id names a number of its own shape only, 16 digits (its mid): 微博ID：
# 13812345678 is an account's phone, and mid：6222… of 19 digits a card (review 66's L1)
_MID_WORD = regex(r"微博id|博文id|(?<![a-z])mid(?![a-z])")
_MID_SHAPE = regex(r"[0-9]{16}(?![0-9])")


def label_at(folded: str, at: int) -> Label | None:
    """What the words right before ``at`` say the number there is, or else the header of
    the table column it starts a cell of (``| 项目编号 |…| 13812345678 |``): a column of
    sample or exam numbers is named once, in its header (:func:`column_header`)."""
    # (a pasted sheet's row: the words before are its header's last cell, not this column's)
    under_sheet = sheet_header(folded, at) is not None
    match = None if under_sheet else _LABEL.search(folded, max(0, at - _LABEL_REACH), at)
    if match is not None:
        if _MID_WORD.search(match.group()) and not _MID_SHAPE.match(folded, at):
            return None  # (微博ID：13812345678 is the owner's phone: review 66's L1)
        return match.lastgroup  # type: ignore[return-value]
    if (
        _serial_list_item(folded, at)
        or _serial_range_end(folded, at)
        or _page_query(folded, at)
        or _plain_serial_column(folded, at)
    ):
        return "serial"
    header = column_header(folded, at)
    if header is None:
        letters = _code_head(folded, at)
        return None if letters == at else _code_label(folded, letters)
    match = _LABEL.search(header.strip(" \t*_"))  # (and a header in bold: **项目编号**)
    if match is None or (match.lastgroup == "serial" and _row_names_personal(folded, at)):
        return None
    return match.lastgroup  # type: ignore[return-value]


def sheet_header(folded: str, at: int) -> PlainHeader | None:
    """The header over the first column of a plain-text table (a pasted sheet:
    :func:`~govpub.compliance.table_cells.plain_column_header`) when ``at`` starts one of its
    rows, else ``None``.  The words right before such a row are the header's last cell or the
    last row's (``银行卡号⇥发放金额（元）⏎6217…``, ``联系电话⇥编号⏎138…``; the fold drops the tabs
    between words), which name another column: an expression's ``$`` matches before the line
    break, so they read as the number's label (red team 110's E) — the header names it."""
    if at == 0 or folded[at - 1] != "\n":
        return None
    return plain_column_header(folded, at)


# A mini-program page's path and its query up to a value (WeChat's and Alipay's pages live
# under ``pages/``): ``pages/index/index?id=``, ``#小程序://浙里办/pages/order/detail?a=1&orderNo=``.
# The literal ``pages/`` segment, not a word's end (``webpages/``), tells one from a path in prose
# (``a/b?x=``); bounded, read in a window before the value.
_PAGE_QUERY = LazyPattern(
    r"(?<![a-z0-9_.\-])pages/[a-z0-9_/.\-]{1,100}\?(?:[a-z0-9_]{1,40}=[^&#\s\"'<>]{0,80}&){0,8}"
    r"(?P<key>[a-z0-9_]{1,40})=\"?$"
)
_PAGE_QUERY_REACH = 600
# a value of a card's length that no phone has (16–19 digits: UnionPay's 62…, Visa's 16, …)
_CARD_LONG_VALUE = regex(r"[0-9]{16,19}(?![0-9])")


def _page_query(folded: str, at: int) -> bool:
    """Whether the number at ``at`` is a value of a card's length in a mini-program page's
    query (``pages/index/index?id=6228…``, red team 101) under a name that says no personal
    number: a card is read there only under a card's name (``?bankCard=``), as in a link's
    query (:mod:`.query`).  A mobile is read under any name (``#小程序://北京通/pages/index/
    index?scene=183…``: red team 98), an 18-digit ID number by its check digit."""
    if _CARD_LONG_VALUE.match(folded, at) is None:
        return False
    if folded.find("pages/", max(0, at - _PAGE_QUERY_REACH), at) == -1:
        return False  # (most numbers: one substring search, no expression)
    match = _PAGE_QUERY.search(folded, max(0, at - _PAGE_QUERY_REACH), at)
    if match is None:
        return False
    from govpub.compliance.personal.query import _named  # noqa: PLC0415 (query imports labels)

    return _named(match["key"]) in (None, "code")


_HEADER_PREFIX_MOST = 16  # how far into a header line whose tabs were lost its first cell is read


def _plain_serial_column(folded: str, at: int) -> bool:
    """Whether the number at ``at`` starts a cell of a plain-text table (a CSV, a tab paste, a
    ``｜`` table: :func:`~govpub.compliance.table_cells.plain_column_header`) under a serial
    column's header — ``工单号,状态⏎6201…,已办结`` names a work order as a Markdown table's
    ``| 工单号 |`` does (red team 101).  A header whose tabs the fold dropped
    (``办件编号申请人``) names the first column by its first words: the shortest head of the
    line that is a label, unless a phone's or a person's label comes first (``联系电话工单号``)."""
    header = plain_column_header(folded, at)
    if header is None:
        return False
    text = header.text.strip(" \t*_")
    if not header.whole:
        # (a row naming a personal number before the cell is nearer, as in a Markdown table:
        # 1⇥王某⇥就诊人手机号⇥139… under …⇥编号 — :func:`_row_names_personal`)
        match = _LABEL.search(text)
        return (
            match is not None
            and match.lastgroup == "serial"
            and not _row_names_personal(folded, at)
        )
    for end in range(2, min(len(text), _HEADER_PREFIX_MOST) + 1):
        if _LINES_LABEL.search(text, 0, end) is not None:
            return False
        match = _LABEL.search(text, 0, end)
        if match is not None:
            return match.lastgroup == "serial"
    return False


# What a label that names no number says: a way to reach someone, or a person (a 诉求类型
# cell's 咨询, a 受理渠道 cell's 热线, a 联系人 column), not a phone's number.
_NO_NUMBER_NAMED = regex(r"(?:联系|咨询|热线|拨打|致电)人?")
# A row label's note in brackets after it: 手机号（本人）, 联系电话（办）, 受理编号（线上）.
_CELL_NOTE = regex(r"[（(][^（()）]{1,10}[）)]$")
# A cell that is a device's name alone, an item of a list of equipment (``| 1 | 手机 | 138… |``
# under 设备编号): no person's number named — 手机号, 联系手机 and 患者手机 are (review 47's
# F6); 手机： with a colon is a label (review 48)
_DEVICE_NAMED = regex("手机|手機")
# A header that says the table lists devices: 设备编号, 报修设备, 终端, 资产 (review 48)
_DEVICES_HEADING = regex("设备|設備|器材|终端|終端|装备|裝備|仪器|儀器|资产|資產")
# A cell that names a person or a way to reach one: 姓名, 联系人, 使用人, 通讯方式, 联系电话
_PERSON_OR_CONTACT = regex("姓名|名字|人|联系|聯繫|联络|聯絡|通讯|通訊|电话|電話|手机号|手機號")
# A number written in groups, as a phone's is and a device's serial never: 138 1234 5678
_GROUPED = regex(r"[0-9]+[ \-‐‑–—][0-9]")


def _row_names_personal(folded: str, at: int) -> bool:
    """Whether the number's own table row names it a personal number in a cell before its
    own: ``| 1 | 王某 | 就诊人手机号 | 139… |`` under a column headed 编号, a 项目 column that
    says what each row's number is (red team 87).  The cell nearest the number that names a
    number decides (``| 手机号 | 快递单号 | 139… |`` is a waybill); the row's words are nearer
    than its column's, so a personal one wins over a serial header."""
    for cell in cells_before(folded, at):
        words = _CELL_NOTE.sub("", cell.strip(" \t*_"))
        label = _LABEL.search(words)
        if label is not None:
            return label.lastgroup in ("id", "card")
        named = _LINES_LABEL.search(words)
        if (
            named is not None
            and not _NO_NUMBER_NAMED.fullmatch(named.group().rstrip())
            and not (_DEVICE_NAMED.fullmatch(words) and _a_devices_serial(folded, at))
        ):
            return True
    return False


def _a_devices_serial(folded: str, at: int) -> bool:
    """Whether the number at ``at``, beside a bare 手机 cell, is a device's serial: one run of
    characters (``138 1234 5678`` is a phone's) in a list of devices (:func:`_lists_devices`;
    review 48)."""
    if _GROUPED.match(folded, at):
        return False
    start = table_start(folded, at)
    if start is None:
        return False
    text, cached, devices = _last_table[0]
    if not (text is folded and cached == start):
        devices = _lists_devices(folded, start)
        _last_table[0] = (folded, start, devices)
    return devices


#: The table :func:`_a_devices_serial` read last (the text, where the table starts, whether it
#: lists devices): each of its rows asks again, and a table is read once.
_last_table: list[tuple[str, int, bool]] = [("", -1, False)]
# how much of a table is read for a person's word: as far as a header is read above a row
# (a row further down has no column header, so never asks)
_TABLE_MOST = HEADER_REACH
_MARKDOWN_TABLE_END = regex(r"\n(?![ \t>]*\|)")  # a line that is no table's row


def _lists_devices(folded: str, start: int) -> bool:
    """Whether the table that starts at ``start`` lists devices: its header names them
    (``| 序号 | 名称 | 设备编号 |``, 报修设备) and nothing in it names a person or a way to
    reach one (姓名, 使用人, 联系人, 通讯方式, 电话, 手机号 — there 手机 says what a number is)."""
    most = min(len(folded), start + _TABLE_MOST)
    if folded.startswith("<table", start):
        header_end, end = folded.find("</tr", start, most), folded.find("</table", start, most)
    else:
        header_end = folded.find("\n", start, most)
        after = _MARKDOWN_TABLE_END.search(folded, max(header_end, start), most)
        end = -1 if after is None else after.start()
    end = most if end == -1 else end
    header_end = end if header_end == -1 else header_end
    return (
        _DEVICES_HEADING.search(folded, start, header_end) is not None
        and _PERSON_OR_CONTACT.search(folded, start, end) is None
    )


# An item of a list: a code's letters and digits, then groups of digits joined by single
# spaces or hyphens (2025 0318 0000 1234) — not a word after it (13812345678 buyer), not a
# mask (1381654*678), not a label's word before it (Order ID 6202…).
_ITEM = r"(?<![0-9a-z])(?<![0-9][ \-])[0-9a-z]+(?:(?<=[0-9])[ \-][0-9]+)*"
_SERIAL_ITEM = LazyPattern(_ITEM)
# the item before a number: an item and an enumeration's separator (、 / ；) or a line break
_SERIAL_ITEM_BEFORE = LazyPattern(f"({_ITEM})[ \t]{{0,2}}[、/；;\n][ \t]{{0,2}}$")
_SERIAL_ITEM_REACH = 40
_SERIAL_ITEMS_BACK = 8  # how many items of a list back its serial label is looked for
_SERIAL_ITEM_SHORTEST = 6


def _serial_list_item(folded: str, start: int, items: int = _SERIAL_ITEMS_BACK) -> bool:
    """Whether the number at ``start`` is a later item of a list that a serial label heads:
    one label names every order or 工单 number of a 通报 (``涉案订单号：A、B、C``, or one a
    line under ``涉案工单号如下：``), as a phone label names its list (red team 67).  Only a
    serial label's: the label's word decides, and a checked ID number is read whatever its
    label.  An item has the shape of the item before it — as many letters and digits, the
    same first four or both numbered from a date: one list's numbers come from one system —
    and is never a dated legacy ID number, so a mobile, a card or an ID number written after
    an order number (``订单号：A、13812345678``, ``6202…、6217…``, or alone on the next line) is
    read on its own (reviews 23–25 of red team 67)."""
    item = _SERIAL_ITEM_BEFORE.search(folded, max(0, start - _SERIAL_ITEM_REACH), start)
    if item is None:
        return False
    before, this = _plain(item.group(1)), _plain(_item_at(folded, start))
    return (
        len(before) >= _SERIAL_ITEM_SHORTEST
        and _one_system(before, this)
        and not valid_id15(this)
        and not _checked_hmt_id(folded, start, this)
        and _serial_list_continues(folded, item.start(), items)
    )


# the first number of a range before a number: "准考证号330185250724804至330185250818006"
_SERIAL_RANGE_BEFORE = LazyPattern(f"({_ITEM})[ \t]{{0,2}}(?:至|到|~|～|—|–)[ \t]{{0,2}}$")
_RANGE_SHARED_HEAD = 8  # the characters a range's two ends share: a region, a year, a room


def _serial_range_end(folded: str, start: int) -> bool:
    """Whether the number at ``start`` ends a range whose first number a serial label names
    (``准考证号330185250724804至330185250818006``: an exam's seats, a batch of 工单).  The two
    ends are as long and share their first eight characters — one numbering's, which a person's
    number written after a serial one never is — so the end is read as the first is, a dated
    legacy ID number's shape too (which a later item of a list never is: red team 77)."""
    item = _SERIAL_RANGE_BEFORE.search(folded, max(0, start - _SERIAL_ITEM_REACH), start)
    if item is None:
        return False
    before, this = _plain(item.group(1)), _plain(_item_at(folded, start))
    if len(before) != len(this) or before[:_RANGE_SHARED_HEAD] != this[:_RANGE_SHARED_HEAD]:
        return False
    label = _LABEL.search(folded, max(0, item.start() - _LABEL_REACH), item.start())
    return label is not None and label.lastgroup == "serial"


def _serial_list_continues(folded: str, item: int, items: int) -> bool:
    """Whether the item at ``item`` is right after a serial label or a later item of its list."""
    match = _LABEL.search(folded, max(0, item - _LABEL_REACH), item)
    if match is not None:
        return match.lastgroup == "serial"
    return items > 1 and _serial_list_item(folded, item, items - 1)


def _one_system(before: str, this: str) -> bool:
    """Whether two items look numbered by one system: as long, and the same first four or
    both numbered from a date — but for a number passing Luhn after one that does not (a
    card after an order number of its first four, 6222020000000000、6222021234567894, or a
    Mastercard of 2301… after 2412…, which reads as a date too: reviews 25, 26)."""
    if len(before) != len(this) or _luhn(this) > _luhn(before):
        return False
    return before[:_SHAPE_HEAD] == this[:_SHAPE_HEAD] or (_dated(before) and _dated(this))


# a Taiwan ID number (a letter, 1 or 2, eight digits) and a Hong Kong one with its bracketed
# check character: read whatever list it stands in, as a checked ID number is (review 26)
_TW_ID = LazyPattern("[a-z][12][0-9]{8}")
_HKID = LazyPattern("([a-z]{1,2})([0-9]{6})[(（]([0-9a])[)）]")


def _checked_hmt_id(folded: str, start: int, item: str) -> bool:
    """Whether the ``item`` at ``start`` is a checked Taiwan or Hong Kong ID number."""
    if _TW_ID.fullmatch(item) and valid_tw_id(item[0], item[1:]):
        return True
    hkid = _HKID.match(folded, start)
    return hkid is not None and valid_hkid(hkid[1], hkid[2], hkid[3])


def _luhn(item: str) -> bool:
    return item.isdigit() and luhn_ok(item)


def _item_at(folded: str, start: int) -> str:
    """The code of digits and letters at ``start`` (an item of a list)."""
    match = _SERIAL_ITEM.match(folded, start)
    return "" if match is None else match.group()


def _plain(item: str) -> str:
    """``item``'s letters and digits, without the spaces and hyphens between its groups."""
    return item.replace(" ", "").replace("-", "")


_SHAPE_HEAD = 4  # the first characters one system's numbers share (a prefix, a year, SF12)
#: How many digits a mainland mobile number has.
MOBILE_LENGTH = 11


def _dated(item: str) -> bool:
    """Whether ``item`` starts with a date of this century's first decades, ``yymmdd`` or
    ``yyyymmdd``: a serial numbered by the day (2412051234567893, 2025031800001234).  Not a
    mobile's 11 digits (13012345678 reads as 2013-01-23) nor a card of another network than
    a Mastercard of 22–27 (51–55, 62, 4, 34/37 start no year up to 2030)."""
    if len(item) == MOBILE_LENGTH and item.startswith("1"):
        return False
    for year in (2, 4):
        digits = item[: year + 4]
        if len(digits) == year + 4 and digits.isdigit() and int(digits[year - 2 : year]) <= 30:
            month, day = int(digits[year : year + 2]), int(digits[year + 2 :])
            if 1 <= month <= 12 and 1 <= day <= 31 and (year == 2 or digits[:2] == "20"):
                return True
    return False


def _code_label(folded: str, letters: int) -> Label | None:
    """``"serial"`` when the letters at ``letters`` start a code that a code's label or column
    names: ``机构代码：H13010500123``, ``| 定点药店编码 |`` over ``| P15010200456 |`` — the
    digits after the letters are the tail of a code (a 医保 code's digits may be a mobile's
    shape), as after a serial label's code prefix (:data:`_CODE_PREFIX`)."""
    match = _LABEL.search(folded, max(0, letters - _LABEL_REACH), letters)
    if match is None:
        header = column_header(folded, letters)
        match = None if header is None else _LABEL.search(header.strip(" \t*_"))
    return "serial" if match is not None and match.lastgroup in ("serial", "org") else None


_CODE_LETTERS = 6  # as many letters as a serial label's code prefix takes (_CODE_PREFIX)


def _code_head(folded: str, start: int) -> int:
    """Where the letters of a code right before ``start`` begin, a digit maybe among them
    (``F2LX`` of an Apple serial under ``| 序列号 |``: review 63 item F1), else ``start``."""
    head = start
    while head > max(0, start - _CODE_LETTERS) and folded[head - 1] in _CODE_CHARACTERS:
        head -= 1
    while head < start and not "a" <= folded[head] <= "z":
        head += 1
    return head


_CODE_CHARACTERS = frozenset("0123456789abcdefghijklmnopqrstuvwxyz")


def _code_letters(folded: str, start: int, most: int = _CODE_LETTERS) -> int:
    """Where the letters of a code right before ``start`` begin (``start`` when none): a cell
    under a serial column may start with them (``| 定点药店编码 |`` over ``| P15010200456 |``,
    a 医保 code whose digits are a mobile's shape), as the code after an inline label may."""
    letters = start
    while letters > max(0, start - most) and "a" <= folded[letters - 1] <= "z":
        letters -= 1
    return letters


# An English gloss or qualifier between a label and its colon, as bilingual posts write
# them: 护照号码（Passport No.）：, 手机（Mobile）：, Mobile (HK):, 身份证号（ID No.）：, and
# after a slash or a space, 身份证号/ID No.： (review 68's L4): the label names the number
# after it as it does without the gloss (red team 100).  The one gloss reader the
# markings' readers use too (:func:`~govpub.compliance.glosses.gloss`), given the English
# a label's gloss may be: Latin letters, spaces and a word's stops only, at most 24 of
# them, so that a note of its own (手机（本人）, 电话（1）) is no gloss; and where it ends, a
# bracket's close or what ends a label (a colon, a cell's border or tag, the line's end),
# so that a number's own letter after a label is none (护照 G 12345678, 身份证 S1010…,
# 联系人：王某 l39-…); never a table's next cell, after its border (| 订单号 | n/a | 138… |:
# glosses' bar parts a marking's gloss, a label's cell ends at it); and after a slash or a
# space never a phone's word alone, a label of its own that names the number nearer it
# (订单号/Tel：138… is a phone's, as Tel：138… is; in brackets, 订单号（Tel）：, as fix 100b
# read it).  Optional: put before a label's colon.
_GLOSS_END = rf"[ \t.]*[)）\]】|<\n{LABEL_COLONS}]"
_GLOSS_ENGLISH = (
    r"(?<!\|)(?<!\|[ \t])(?<!\|[ \t]{2})"
    r"(?:(?<=[(（\[【])|(?<=[(（\[【][ \t])"
    rf"|(?!(?:tel|phone|mobile|fax)(?:[ .]*no)?{_GLOSS_END}))"
    # (never a device's or a batch's own field: 手机 Model：, 手机（Serial No.）： name a
    # phone's model or serial, not its number — review 69's F3)
    r"(?!(?:model|type|brand|make|serial|s/?n|imei|meid|version|ver|part|batch|lot)(?![a-z]))"
    rf"[a-z][a-z .'’/&-]{{0,23}}(?={_GLOSS_END})"
)
GLOSS = gloss(_GLOSS_ENGLISH)
_GLOSS_AT = regex(GLOSS)
# what may stand before a gloss's first letter, from the label's end: its brackets, and the
# separators of glosses._APART (a bar aside: a table's border, read as one by the callers)
_GLOSS_LEAD = frozenset(" \t（([【/／-\u2013\u2014\u2015。.")
_GLOSS_LEAD_MOST = 4


def gloss_end(folded: str, at: int) -> int:
    """Where an English gloss starting at ``at`` ends (``at`` when none): a reader that looks
    forward from a label word reads past it (``身份证号（ID No.）：…``, ``身份证号/ID No.：…``)."""
    found = _GLOSS_AT.match(folded, at)
    return at if found is None else found.end()


def gloss_from_letter(folded: str, at: int) -> int:
    """Where the English gloss whose first letter stands at ``at`` ends — its bracket or
    separator (``（``, ``/``, a space) right before that letter — or ``at`` when none: a
    reader that looks forward from a label word finds the gloss's letter first."""
    start = at
    while start > max(0, at - _GLOSS_LEAD_MOST) and folded[start - 1] in _GLOSS_LEAD:
        start -= 1
    return max(at, gloss_end(folded, start)) if start < at else at


# (what may stand between a document's name and its number: a colon, a space, the next cell;
# the colons Hong Kong and Taiwan text types from Big5, ︰ and ∶, which the fold keeps —
# 聯絡電話︰0912-345-678: red team 40; all of :data:`LABEL_COLONS`, fix 103)
_NAME_TO_NUMBER = rf"{GLOSS}[\s{LABEL_COLONS}#为是（(|]{{0,3}}(?:{HTML_CELL_GAP}\s{{0,3}})?$"


def _named(name: LazyPattern, folded: str, start: int) -> bool:
    """Whether ``name`` (ending at the number) stands right before ``start``, or heads the
    table column whose cell ``start`` starts (``| 永居证号码 |``, in bold too)."""
    if name.search(folded, max(0, start - _LABEL_REACH), start) is not None:
        return True
    header = column_header(folded, start)
    return header is not None and name.search(header.strip(" \t*_")) is not None


# A number written over lines (``138⏎1234⏎5678``) is also what a short column of figures
# looks like (four 4-digit counts, one a line, pass a card check one time in seventy): such a
# reading counts only after a label saying what the number is — except a checked 18-digit ID
# number, which no column of figures comes near.
_LINES_LABEL_SOURCE = (
    r"(?:身份证|证件|号码|电话|手机|联系|咨询|热线|拨打|致电|tel|phone|mobile|℡|卡号|银行卡|信用卡|账号|账户|帐号|"
    # (and the words for them in Uyghur, Kazakh, Tibetan, Mongolian and Korean: red team 69)
    r"{scripts})"
    r"(?:人|方式|我们?)?(?:电话|手机)?(?:号码|号)?"  # 联系方式：, 联系人电话：, 联系我：
    # (and a WeChat account that is the same number: 手机/微信：, 电话（微信同号）：)
    r"(?:[/／、]微信(?:号码|号)?|[（(]微信同号[）)])?"
    # (and an English gloss: 手机（WeChat）：, 手机（Mobile/WeChat）：, review 68's L4)
    rf"{GLOSS}"
    # (the label may end in the brackets of a wider one: "账户（个人银行卡）：", "电话（手机）：")
    # (and the number may open a bracket or a quotation, or a Markdown link's words:
    # "银行卡号〔6293⏎2977…〕", "卡号：“3543⏎0454…”", "联系电话：[138⏎1234⏎5678](…)": red team 71;
    # an ASCII quote only after a colon or a space, since right after the word it closes a
    # quoted one: 受理渠道分别为"网站""电话"⏎138…, review 32)
    # (any colon of LABEL_COLONS: 联系手机∶155⏎8070 8286, 卡号︰6223…, red team 82, fix 103)
    r"[）)]?[\s{colons}#为是+|{openers}]{0,4}(?:(?<=[\s{colons}为是])\"\s{0,2})?"
    rf"(?:{HTML_CELL_GAP}\s{{0,3}})?$"  # and a table's cell before it: "| 电话 | 138 | …"
    # (or a contact's label and name before the number: "联系人：王某 138-1234-⏎5678",
    # "报名咨询：李老师 139…", the form of every 通知's last lines — a name of two to four
    # characters: 王某, 王先生, 李老师)
    # (and in a bracket after the name, a comma before it or none: "联系人：王先生，（138-1234⏎
    # 5678）", red team 95; "联系人：王先生（138-1234⏎5678）", review 61 item A11)
    rf"|(?:联系|咨询)[{CJK_UNIFIED}]{{0,4}}[{{colons}}]\s{{0,2}}[{CJK_UNIFIED}]{{2,4}}"
    r"(?:[\s,，、]{1,3}[{openers}]?|[{openers}])$"
)


def _lines_label_source() -> str:
    """The expression of :data:`_LINES_LABEL`, with the phone and contact words of the other
    scripts (``data/number_labels_scripts.txt``: red team 69) folded as the text is — the
    Mongolian ᠳ᠋ᠤᠭᠠᠷ as written holds U+180B, which the fold drops (review 29)."""
    words = "|".join(re.escape(fold_term(w)) for w in _listed("number_labels_scripts.txt"))
    source = _LINES_LABEL_SOURCE.replace("{scripts}", words, 1)
    return source.replace("{colons}", LABEL_COLONS).replace("{openers}", _NUMBER_OPENERS)


_LINES_LABEL = LazyPattern.built(_lines_label_source)


# An item of a list of numbers and the list's separator, right before the next item: one
# label names every item ("联系电话：138 l234 5678、139 O123 4567", "手机：138…或139…").
_LIST_ITEM_BEFORE = LazyPattern(
    r"[0-9a-z+][0-9a-z \t()\-]{6,24}[ \t]{0,2}(?:[、，,；;/]|或|和|及)[ \t]{0,2}$"
)
_ITEM_REACH = 40
_ITEMS_BACK = 4  # how many items of a list back a label is looked for


def _over_lines_labelled(folded: str, start: int, items: int = _ITEMS_BACK) -> bool:
    """Whether a label says what the number at ``start`` is: right before it, over the
    table's column, in a cell before it in its row (further back than ``_LABEL_REACH`` when
    its cell's tag is styled: ``<td>联系人手机</td><td style=…>138…<br>8``, red team 90's D7),
    or before the first item of the list it is a later item of."""
    if _LINES_LABEL.search(folded, max(0, start - _LABEL_REACH), start) is not None:
        return True
    if _column_labelled(folded, start) or _row_names_personal(folded, start):
        return True
    if not items or not _item_start(folded, start):
        return False  # (a later item starts with a digit: "，ISO 9001 2015" is no number)
    item = _LIST_ITEM_BEFORE.search(folded, max(0, start - _ITEM_REACH), start)
    return item is not None and _over_lines_labelled(folded, item.start(), items - 1)


def _item_start(folded: str, start: int) -> bool:
    """Whether a later item of a list may start at ``start``: a digit, or a letter written for
    one right before a digit (``、l39 1234 5678``: red team 36) — not a word (``，ISO 9001``)."""
    first = folded[start : start + 1]
    return first.isdigit() or (first in LETTERS and folded[start + 1 : start + 2].isdigit())


def _column_labelled(folded: str, start: int) -> bool:
    """Whether the number at ``start`` starts a table cell whose column's header is a label
    (:data:`_LINES_LABEL`): a Markdown table's first row, or an HTML table's first row."""
    header = column_header(folded, start)
    return header is not None and _LINES_LABEL.search(header.strip()) is not None


#: The sign a telephone's pictograph stands as in the text :func:`with_phone_signs` gives: ℡,
#: which the fold keeps as written — a phone's label, as 电话 is (:data:`_LINES_LABEL`, and
#: :mod:`.codes`' person's labels).
PHONE_SIGN = "\u2121"
# The telephone and mobile pictographs a contact line opens with (☎：, 📞 , 📱): ☎ ☏ ✆ 📞 📱 📲
# 📠, and the touch-tone and receiver signs of Unicode's pictographs (🕻 🕼 🕽 🕾 🕿 🖀 🖁).
_PHONE_PICTOGRAPHS = frozenset(
    "\u260e\u260f\u2706\U0001f4de\U0001f4f1\U0001f4f2\U0001f4e0"
    "\U0001f57b\U0001f57c\U0001f57d\U0001f57e\U0001f57f\U0001f580\U0001f581"
)


def _holds_phone_pictograph(text: str) -> bool:
    """Whether ``text`` holds one of :data:`_PHONE_PICTOGRAPHS`: fourteen substring searches
    (≈ 2 µs on a 20,000-character post) where a character class naming code points beyond
    the BMP is tested range by range at every character (≈ 260 µs)."""
    return any(pictograph in text for pictograph in _PHONE_PICTOGRAPHS)


def with_phone_signs(folded: str, original: str, to_original: Callable[[int], int]) -> str:
    """``folded`` with each telephone pictograph the fold read as a space (``☎：``, ``📞 ``,
    ``📱``: emoji are decoration to the fold) as :data:`PHONE_SIGN`, when it labels what
    follows: a reader takes ``☎：abcde13812345678`` for a phone's number as ``电话：`` —
    not one between a number's digits (``138☎1234☎5678`` stays one number over spaces).
    The same length, so every offset stays; only a text that holds one is read (issue 12)."""
    if not _holds_phone_pictograph(original):
        return folded
    chars = list(folded)
    at = folded.find(" ")
    while at != -1:
        if original[to_original(at)] in _PHONE_PICTOGRAPHS and not _after_digit(folded, at):
            chars[at] = PHONE_SIGN
        at = folded.find(" ", at + 1)
    return "".join(chars)


_SPACES_BACK = 3  # the spaces (other pictographs) looked back over for a digit


def _after_digit(folded: str, at: int) -> bool:
    """Whether a digit stands right before ``at``, a few spaces aside (``138 ☎ 1234``)."""
    low = max(0, at - _SPACES_BACK)
    before = at
    while before > low and folded[before - 1] == " ":
        before -= 1
    return before > 0 and folded[before - 1] in "0123456789"
