"""A number that is part of a longer code: glued to letters or digits, or a 统一社会信用代码
written in groups.

``62495013468499112M`` is a registration code whose digits alone look like a card, a hash may
hold a mobile's eleven digits, ``92 440106 470607704 R`` holds a legacy ID number's shape:
the letters and digits beside a written number are read with it (:func:`_ends_ok`,
:func:`_written_code`) before any reading of it is made.  :data:`_ALNUM` is the alphabet of
such codes in the folded text.
"""

from __future__ import annotations

import re
from dataclasses import replace

from govpub.compliance._data import data_kinds, data_words
from govpub.compliance._text import LABEL_COLONS
from govpub.compliance.folding import fold_term
from govpub.compliance.grouping import Group, WrittenNumber
from govpub.compliance.idnumbers import valid_id18
from govpub.compliance.lazy_pattern import LazyPattern
from govpub.compliance.orgcodes import registered_uscc, valid_org_code, valid_uscc
from govpub.compliance.personal.labels import PHONE_SIGN, label_at
from govpub.compliance.table_cells import cells_before, column_header, row_label

_ALNUM = frozenset("0123456789abcdefghijklmnopqrstuvwxyz")


def _glued(folded: str, letter: int, beyond: int) -> bool:
    """Whether a number touching ``folded[letter]`` is part of a longer code (``3f11010…``)."""
    if not 0 <= letter < len(folded) or folded[letter] not in _ALNUM:
        return False
    if folded[letter].isdigit():
        return True
    return 0 <= beyond < len(folded) and folded[beyond].isdigit()


def _in_code(folded: str, start: int, end: int) -> bool:
    """Whether digits ``folded[start:end]`` with the letters around them form a registration code.

    ``62495013468499112M`` is a 统一社会信用代码 whose digits alone look like a card.
    """
    last, low, high, verdict = _last_word[0]
    if last is folded and low <= start and end <= high:
        return verdict  # (the same word as the number before: read once)
    while start > 0 and folded[start - 1] in _ALNUM:
        start -= 1
    while end < len(folded) and folded[end] in _ALNUM:
        end += 1
    word = folded[start:end]
    verdict = not word.isdigit() and (
        valid_uscc(word)
        or valid_org_code(word)
        or (_digest(word) and not _holds_id_number(word))
        or (_machine_id(word) and not _holds_id_number(word) and not labelled(folded, start, end))
        or _vin(folded, start, word)
    )
    _last_word[0] = (folded, start, end, verdict)
    return verdict


#: The last word :func:`_in_code` read, ``(folded, start, end, verdict)``: the numbers of
#: one long word (``11010519491231002Xa…``, 80,000 characters) are asked in turn, and each
#: read the whole word again (quadratic: red team 60).  One tuple, replaced whole.
_last_word: list[tuple[str, int, int, bool]] = [("", 0, 0, False)]


_VIN_LENGTH = 17
_VIN_VALUES = {
    **{str(i): i for i in range(10)},
    **dict(zip("abcdefgh", range(1, 9), strict=True)),
    **dict(zip("jklmn", range(1, 6), strict=True)),
    "p": 7,
    "r": 9,
    **dict(zip("stuvwxyz", range(2, 10), strict=True)),
}
_VIN_WEIGHTS = (8, 7, 6, 5, 4, 3, 2, 10, 0, 9, 8, 7, 6, 5, 4, 3, 2)
# a VIN's label right before it (车辆识别代号：, 车架号, VIN码; any colon of LABEL_COLONS: fix 110)
_VIN_LABEL = LazyPattern(
    rf"(?:车辆识别代号|车辆识别码|识别代码|车架号|vin)(?:码|号|号码)?[\s{LABEL_COLONS}#为是（(]{{0,3}}$"
)


def _vin(folded: str, start: int, word: str) -> bool:
    """Whether ``word`` at ``start`` is a 车辆识别代号 (VIN, GB 16735 / ISO 3779): 17 letters and
    digits (no i, o, q) with a valid check character, or after a VIN's label — its last eleven
    characters may be digits from 13–19, no mobile (fix 100, red team 81)."""
    if len(word) != _VIN_LENGTH or any(c not in _VIN_VALUES for c in word):
        return False
    total = sum(_VIN_VALUES[c] * w for c, w in zip(word, _VIN_WEIGHTS, strict=True)) % 11
    if word[8] == ("x" if total == 10 else str(total)):  # (10 is written x)
        return True
    return _VIN_LABEL.search(folded, max(0, start - 10), start) is not None


_DIGEST_LENGTH = 32  # an MD5's hex digits, the shortest digest a 网络安全 notice lists


def _digest(word: str) -> bool:
    """Whether ``word`` is a hash in hex (MD5, SHA-1, SHA-256 of a sample in a 网络安全 notice):
    one SHA-1 in 150 holds 11 digits from 13–19 between two letters (red team 37).  One that
    holds a checked ID number is read all the same (:func:`_holds_id_number`, review 58)."""
    return len(word) >= _DIGEST_LENGTH and not word.strip("0123456789abcdef")


#: Lengths of the hex ids platforms and editors write: a 64-bit id (16), a MongoDB ObjectId
#: (24), a uuid without its hyphens (32) and longer digests (:func:`_digest`).
_HEX_ID_LENGTHS = frozenset({16, 24})
_APPID = LazyPattern(r"wx[0-9a-f]{16}")


def _machine_id(word: str) -> bool:
    """Whether ``word`` is a machine id in hex — a WeChat mini-program's appid (``wx`` and 16
    hex digits: ``wx7accf13812345678``), an ObjectId or a 64-bit id — holding a mobile's
    eleven digits by chance (red team 92: editors' ``data-miniprogram-appid``, CMS ids)."""
    if len(word) in _HEX_ID_LENGTHS and not word.strip("0123456789abcdef"):
        return True
    return _APPID.fullmatch(word) is not None


# (RFC 9562's layout: its version digit 1–8 and its variant digit 8, 9, a or b)
_UUID = LazyPattern(r"[0-9a-f]{8}-[0-9a-f]{4}-[1-8][0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}")
_UUID_LENGTH = 36
#: WeChat's video ids: ``wxv_`` and 19 digits (``wxv_3012345678901234566``, a Diners Club
#: card's shape; red team 92).
_VIDEO_ID = "wxv_"
_VIDEO_ID_DIGITS = 19
# A person's number named near a machine id's shape: the shape excuses nothing then
# (``手机：abcde13812345678``, ``身份证号：wxv_110105199003071239``: review 53).  Anywhere in the
# reach: a table's cell, 为 or 是, a bracket, a name may stand between (review 54).  The ASCII
# words as words (hotel, telegram, iphone name no phone), joined as a program's keys join them
# — a word of whose, labels, a number's words: userMobile, contactPhone, phoneNumber, QQhao,
# idcardNo (data/attribute_kinds.txt's kinds, as for attributes: review 58 item D) — and no
# word of the label is one when the next names a thing of it — a QR code to scan, a site's
# version or app, a call's meeting, a photo, a form (not 联系单位), a range of numbers, an
# app, a phone's model (手机扫码, 手机版, 手机端, 电话会议, 证件照, 联系单, 号码段, qq音乐,
# 手机型号, and a channel: 手机办事, 手机办理, 手机服务, review 63 item F6)
# — or a QR code before it (扫码联系我们: review 55 item 6).  ``m:`` is a mobile's
# label, not a unit after a digit (带宽100M：, review 58 item L).  The phone and contact words
# of the other scripts are data/number_labels_scripts.txt's (red team 69).
_PERSONAL_LABEL_SOURCE = (
    f"(?<!扫码)(?:{PHONE_SIGN}|手机|电话|座机|传真|联系|联络|咨询|热线|身份|证件|银行卡|卡号|账号|帐号|账户|号码|"
    "微信|扣扣|(?<![a-z])(?:{whose})?(?:{labels})(?:{labels}|{number_words})*(?![a-z])"
    rf"|(?<![a-z0-9])m(?=[{LABEL_COLONS}]){{scripts}})"
    "(?!扫|版|端|会议|照|单(?!位)|段|音乐|型号|办事|办理|服务)"
)
_ASCII_LABELS = "qq|vx|tel|telephone|phone|mobile|mob|cell|fax|contact|whatsapp|idcard"
# An id's word between the label and the shape, or the shape's own label: it names the id
# (小程序AppID：wx7accf…, 身份验证请求ID：, 文件ID, UID, 身份核验码, 动态码, 咨询小程序 right before
# the shape — not 号码's, 密码's or 二维码's 码, nor David's or Android's id, nor 小程序 in
# 手机号码（小程序同号）: review 55 item 6, review 58 items D and L, review 60; before an
# AppID's shape, with a name between too: :func:`_id_word_after`).
_ID_WORD = LazyPattern(
    r"(?<![a-z])(?:app|open|union|object|obj|device|request|req|file|msg|session|trace|uu|gu|u)?"
    r"_?id(?![a-z])|编号|(?:编|代|识别|验证|核验|校验|标识|序列|访问|授权|激活|提取|条形?|动态|邀请)[码碼]"
    rf"|小程序(?=[\s|\x00{LABEL_COLONS}]*+\Z)"  # (a cell border or a table edge between)
    # (a phone's 设备标识 or 设备标识符, the standard's name of its OAID: review 63 item F3)
    r"|(?:设备|設備)(?:标识|標識)符?"
)
# A note in brackets right after a person's label: what it says is of the label, so an id's
# word in it names no id (联系手机（UID同号）abcde…, 手机号码（动态码接收）：, as
# 手机号码（小程序同号）: review 61 item A7) — but for a bracket that ends in the id's word,
# which labels the shape anew (手机号码（appid）：wx7accf…: review 58 item D; 手机（设备ID）：,
# review 62 item F3), and 小程序 is a
# program's name, no id's word: 手机（小程序）wx7accf… is a note.
_LABEL_NOTE = LazyPattern(r"\s{0,2}[（(]([^（()）]{1,12})[）)]")
_MINI_PROGRAM = "小程序"
_LABEL_REACH = 16  # visible characters: markup between uses none of it (review 55 item 2)
# how far back markup may stretch the reach (<td style="text-align:center;width:120px">)
_MARKUP_REACHES = (64, 400)
_TAG = LazyPattern(r"<[/!a-z][^<>]*>")
_QUOTED = LazyPattern(r"=\s*[\"']([^\"'<>]*)")
# how far back the "<" of a tag the window starts in is looked for (a long style attribute)
_TAG_MOST = 2000
# A table's own tags: a cell's or a row's border, a table's edge (review 58 item K)
_CELL_BORDER = LazyPattern(r"</?t[dhr][\s>]")
_TABLE_EDGE = LazyPattern(r"</?table[\s>]")
_EDGE = "\x00"  # (a table's edge in the visible text; a cell's border is "|", as Markdown's)
# (the borders of a row's empty cells take one character of the reach: <td>2024-12-06</td>…
# between <p>联系电话：</p> and the shape's cell, review 61 item A12)
_BORDERS = LazyPattern(r"\|(?:\s*+\|)+")
# a number of a cell's own: seven digits or more, a separator maybe between each (a landline
# without its area code at the least) — not 5号楼, 2024年, a footnote's 1 (review 60), nor a
# date or an amount (2024-12-06, 12345.67: review 61 item A12) — or a short service number,
# the cell's only text (12345, 12315, 110, 95588: review 61 item B2)
_NUMBER = LazyPattern(r"[0-9](?:[\s\-.]?[0-9]){6,}")
_DATE_OR_AMOUNT = LazyPattern(
    r"(?<![0-9.])(?:(?:19|20)[0-9]{2}([\-./])[0-9]{1,2}\1[0-9]{1,2}|[0-9]+\.[0-9]{1,2})(?![0-9])"
)
_SERVICE_NUMBER = LazyPattern(r"\s*(?:1[0-9]{2}|1[0-9]{4}|9[56][0-9]{3,6})\s*")
# a person's number's label in brackets right after the shape: abcde13812345678（手机）
_BRACKET_AFTER = LazyPattern(r"\s{0,2}[（(]([^（()）<>\n]{1,10})[）)]")


def _personal_label_source() -> str:
    """The expression of :data:`_PERSONAL_LABEL`, with the other scripts' phone words and the
    whose- and number-words of a program's keys (a number's word that names an id aside)."""
    words = "".join("|" + re.escape(fold_term(w)) for w in data_words("number_labels_scripts.txt"))
    kinds = data_kinds("attribute_kinds.txt")
    number_words = (w for w in kinds["number-word"] if _ID_WORD.fullmatch(w) is None)
    return (
        _PERSONAL_LABEL_SOURCE.replace("{scripts}", words, 1)
        .replace("{whose}", "|".join(kinds["whose"]), 1)
        .replace("{labels}", _ASCII_LABELS)
        .replace("{number_words}", "|".join(number_words), 1)
    )


_PERSONAL_LABEL = LazyPattern.built(_personal_label_source)


def labelled(folded: str, start: int, end: int) -> bool:
    """Whether a person's number is named at the shape ``folded[start:end]``: shortly before it
    (手机：, 身份证号码为, 微信, markup aside), over its table column or in its row's first
    cell, or in brackets right after it (（手机）) — unless an id's own label stands before it
    (AppID：wx7accf…（微信小程序）: review 58 item J)."""
    app = _APPID.fullmatch(folded, start, end) is not None
    before = _visible_before(folded, start)
    if _names_person(before, app):
        return True
    header, row = column_header(folded, start), row_label(folded, start)
    if header is not None and _names_person(header, app):
        return True
    if row is not None and _names_person(row, app) and not _number_between(folded, start):
        return True
    after = _BRACKET_AFTER.match(folded, end)
    return after is not None and _names_person(after.group(1), app) and not _names_id(before, app)


def _names_person(words: str, app: bool = False) -> bool:
    """Whether ``words`` end in a person's number's label, no id's word after it (``app``:
    the shape is a mini-program's AppID, :func:`_id_word_after`)."""
    ends = [label.end() for label in _PERSONAL_LABEL.finditer(words)]
    return bool(ends) and not _id_word_after(words, ends, app)


def _number_between(folded: str, start: int) -> bool:
    """Whether a cell between its row's first and the one at ``start`` holds a number: the
    row's label names that one (``| 联系电话 | 0531-12345678 | wx7accf… |``: review 58 item K).
    A short service number is one under the nearest label before it, as :func:`_own_cells`
    reads it (``| 联系人 | 王先生 | 电话 | 120 | abcde… |``: review 63 item F5)."""
    cells = cells_before(folded, start)  # (nearest first, the row's first cell last)
    label = ""
    for index, cell in enumerate(reversed(cells)):  # (the row's first cell first)
        if index and _number_cell(cell, _hotline(label)):
            return True
        if cell.strip():
            label = cell
    return False


def _number_cell(cell: str, hotline: bool = False) -> bool:
    """Whether a table cell holds a number a label may name (:data:`_NUMBER`): a phone's
    seven digits or more, not a date or an amount — or, alone in it, a short service number
    under a hotline's label (``hotline``: ``| 咨询电话 | 12345 | wx7accf… |``, review 61 items
    A12 and B2; a 手机 names no 101: review 62's L1)."""
    text = _TAG.sub("", cell)
    if hotline and _SERVICE_NUMBER.fullmatch(text) is not None:
        return True
    if _NUMBER.search(text) is None:
        return False
    return _NUMBER.search(_DATE_OR_AMOUNT.sub(" ", text)) is not None


def _names_id(words: str, app: bool = False) -> bool:
    """Whether an id's word stands in ``words`` after their last person's label, if any."""
    ends = [label.end() for label in _PERSONAL_LABEL.finditer(words)]
    return _id_word_after(words, ends, app)


def _id_word_after(words: str, label_ends: list[int], app: bool) -> bool:
    """Whether an id's word stands in ``words`` after the last of their person's labels
    (``label_ends``, maybe none) — not in a note in brackets right after a label
    (:data:`_LABEL_NOTE`: 联系手机（UID同号）, review 61 item A7).  Before a mini-program's
    AppID (``app``: ``wx`` and 16 hex digits), 小程序 names it with the program's name
    between, quoted, in brackets, in a cell or as a word (微信小程序“健康码”：wx7accf…,
    微信小程序（政务服务）：, | 微信小程序 | 健康宝 |, 微信小程序 健康宝 — which the fold joins
    into one word: review 61 item B1)."""
    at = label_ends[-1] if label_ends else 0
    for end in label_ends:
        note = _LABEL_NOTE.match(words, end)
        if note is not None and _of_label(note.group(1).strip()):
            at = max(at, note.end())
    if app and _MINI_PROGRAM in words[at:]:
        return True
    return _ID_WORD.search(words, at) is not None


def _of_label(note: str) -> bool:
    """Whether ``note``, in brackets right after a person's label, is a note on it — not one
    that is an id's name, or a list of nothing else, which names the shape (手机（appid）,
    手机（设备ID）, 手机（APP ID）: review 62 item F3; 手机（设备ID/UID）, 手机（UID，设备ID）:
    review 63 item F2).  A word of relation or negation before the id's name keeps the note
    the label's (手机（同号UID）, 手机（即UID）, 手机（非设备ID）, 手机（或UID）,
    手机（接收动态码）: review 63 item L1), as 手机（UID同号） and 手机（小程序） are."""
    items = (item.strip() for item in _NOTE_ITEM_BREAK.split(note))
    return not all(item != _MINI_PROGRAM and _ID_NAME.fullmatch(item) for item in items)


# An id's name, all of a bracket's item: words of what the id is of (设备, 用户, 会员, 登录,
# 账号, App, Device…) and the id's word (:data:`_ID_WORD`) — nothing that relates the number to
# the id (同, 即, 作为, 非, 不是, 接收: review 63 item L1).
_ID_NAME = LazyPattern(
    r"(?:(?:设备|設備|用户|用戶|会员|會員|登录|登錄|账号|帳號|帐号|账户|帳戶|微信|支付宝|终端|"
    r"app|device|user|member|login|account|open|union)\s?)*"
    rf"(?:{_ID_WORD.pattern})"
)
# What divides a bracket's items: 手机（设备ID/UID）, （设备ID、UID）, （设备ID或UID）
_NOTE_ITEM_BREAK = LazyPattern(r"[，,、;；/]|或|及|和|与")


def _visible_before(folded: str, at: int) -> str:
    """The last :data:`_LABEL_REACH` characters before ``at`` as a reader sees them: tags
    (a cell's, a paragraph's, a link's, their blanked attributes) take none of the reach, but
    for an attribute's value that names a person's number (``<td data-label="手机">``); in a
    table, the shape's own cell and the cells before it in reach (:func:`_own_cells`)."""
    for reach in _MARKUP_REACHES:  # (a short window first: most shapes have text before them)
        low = max(0, at - reach)
        window = folded[low:at]
        if "<" not in window and ">" not in window:
            visible = window
            break
        cut = window.find(">")
        if low and cut != -1 and "<" not in window[:cut] and _in_tag(folded, low + cut):
            window = window[cut + 1 :]  # (the tail of a tag the window starts in)
        visible = _TAG.sub(_shown_of_tag, window)
        if len(visible) >= _LABEL_REACH or not low:
            break
    if "|" in visible or _EDGE in visible:
        visible = _own_cells(visible)
    return visible[-_LABEL_REACH:]


def _in_tag(folded: str, gt: int) -> bool:
    """Whether the ``>`` at ``gt`` ends a tag (its ``<`` within :data:`_TAG_MOST` before it),
    not prose's arrow or comparison (手机->, =>, （>18位）: review 58 item E)."""
    lt = folded.rfind("<", max(0, gt - _TAG_MOST), gt)
    return lt != -1 and _TAG.fullmatch(folded, lt, gt + 1) is not None


def _shown_of_tag(tag: re.Match[str]) -> str:
    """What of ``tag`` takes part in a label's reach: a table's edge or a cell's border, and
    the values of its attributes that name a person's number."""
    text = tag.group()
    edge = _EDGE if _TABLE_EDGE.match(text) else "|" if _CELL_BORDER.match(text) else ""
    return edge + _labelling_values(tag) if "=" in text else edge


def _own_cells(visible: str) -> str:
    """The text of a table cell and of the cells before it in the same table, back to one
    that holds a number: a label in another table, or one that named another cell's number
    (``<td>联系电话</td><td>0531-12345678</td><td>wx7accf…``), names nothing here, while a
    name may stand between (``<td>手机号码</td><td>张三</td><td>abcde…``: review 58 item K).
    Before the table's first number cell, the text right before the table counts
    (``<p>手机：</p><table>…``, ``<p>联系电话：</p><table><tr><td>王先生</td><td>abcde…``:
    review 60; without a colon, across one cell of text at most, :func:`_heads`)."""
    before, _, table = visible.rpartition(_EDGE)
    cells = table.split("|")
    own = len(cells) - 1
    prose = before.rpartition(_EDGE)[2]
    while own > 0 and not _number_cell(cells[own - 1], _hotline_before(prose, cells, own - 1)):
        own -= 1
    if own == 0 and "|" not in prose and _heads(prose, cells[:-1]):
        return _BORDERS.sub("|", prose + "|" + table)
    return _BORDERS.sub("|", "|".join(cells[max(0, own - 1) :]))


def _hotline(label: str) -> bool:
    """Whether ``label`` names a hotline or a landline, which a short service number may be
    (电话, 热线, 客服…), and no mobile (a 手机 names no 12345)."""
    return _HOTLINE_WORD.search(label) is not None and _MOBILE_WORD.search(label) is None


def _hotline_before(prose: str, cells: list[str], index: int) -> bool:
    """:func:`_hotline` of the nearest text before ``cells[index]``: a cell, or the prose
    before the table."""
    label = next((cell for cell in reversed(cells[:index]) if cell.strip()), prose)
    return _hotline(label)


# (and a telephone's pictograph, ☎, as the personal readers see it: labels.PHONE_SIGN)
_HOTLINE_WORD = LazyPattern(
    f"电话|热线|客服|咨询|投诉|举报|报警|急救|求助|服务|值班|座机|固话|hotline|tel|{PHONE_SIGN}"
)
_MOBILE_WORD = LazyPattern("手机|移动电话|mobile|cell")


def _heads(prose: str, cells: list[str]) -> bool:
    """Whether ``prose`` right before a table labels a cell after ``cells`` (none of them a
    number's): a label with its colon, across any of them (``<p>手机：</p>``, then 王先生 and
    男 before the number); a word without one, a heading, across one of text at most — a
    name (``<p>联系方式</p>`` over 商品 and SKU names no cell after them: review 61 item B4)."""
    last = prose.rstrip()[-1:]
    if last and last in LABEL_COLONS:
        return True
    return sum(1 for cell in cells if cell.strip()) <= 1


def _labelling_values(tag: re.Match[str]) -> str:
    """The values of ``tag``'s attributes that name a person's number, else nothing."""
    values = _QUOTED.findall(tag.group())
    return "".join(value for value in values if _names_person(value))


def _holds_id_number(digits_and_letters: str) -> bool:
    """Whether a machine id's shape holds 18 digits that are a valid ID number: a real
    ObjectId does about once in 10^7, so its shape excuses no such number whatever names it
    (``张三，男，abcdef110105199003071239``: review 55 item 1)."""
    for run in _ID_RUN.findall(digits_and_letters):
        if any(valid_id18(run[i : i + _ID_LENGTH]) for i in range(len(run) - _ID_LENGTH + 1)):
            return True
    return False


_ID_LENGTH = 18
_ID_RUN = LazyPattern(r"[0-9]{18,}")


def machine_numbered(folded: str, number: WrittenNumber) -> bool:
    """Whether ``number`` is a platform's id, and nothing names it a person's: in a uuid, or
    a video id's 19 digits after ``wxv_``."""
    at = number.start - len(_VIDEO_ID)
    if folded.startswith(_VIDEO_ID, max(0, at)) and at >= 0:
        digits = number.groups[0].digits
        video = len(number.groups) == 1 and len(digits) == _VIDEO_ID_DIGITS
        return video and not _holds_id_number(digits) and not labelled(folded, at, number.end)
    return in_uuid(folded, number)


def in_uuid(folded: str, number: WrittenNumber) -> bool:
    """Whether ``number`` lies in a uuid (``13dbb138-0979-4903-80f6-284286d9f558``, a CMS's
    request id): its hex groups read across their hyphens as a mobile or a card one uuid in
    about 800 (red team 92), and none of it is anyone's number."""
    if "-" not in folded[max(0, number.start - _UUID_LENGTH) : number.end + _UUID_LENGTH]:
        return False
    low = max(0, number.end - _UUID_LENGTH)
    for match in _UUID.finditer(folded, low, number.start + _UUID_LENGTH):
        if match.start() <= number.start and number.end <= match.end():
            start, end = match.span()
            return not _glued_beyond(folded, start, end) and not labelled(folded, start, end)
    return False


def _glued_beyond(folded: str, start: int, end: int) -> bool:
    """Whether the uuid's span is part of a longer run of letters and digits."""
    return (start > 0 and folded[start - 1] in _ALNUM) or (
        end < len(folded) and folded[end] in _ALNUM
    )


def _ends_ok(folded: str, number: WrittenNumber) -> tuple[bool, bool]:
    """Whether a reading may start at ``number``'s first group, and end at its last: not
    when the number is glued to a longer code (``3f11010…``, ``62495013468499112m``) —
    unless a person's label names it (``身份证号：110101199003074514a9``, ``手机：9a138…``:
    the reader sees the labelled number with a letter and a digit beside it, review 63
    item L2), as a machine id's shape under one excuses nothing (:func:`_in_code`)."""
    groups = number.groups
    left_ok = not _glued(folded, number.start - 1, number.start - 2)
    right_ok = not _glued(folded, number.end, number.end + 1)
    if not (left_ok and right_ok) and _labelled_glued(folded, number.start, number.end):
        left_ok = right_ok = True
    if number.start > 0 and folded[number.start - 1] in _ALNUM:
        left_ok = left_ok and not _in_code(folded, groups[0].start, groups[0].end)
    if number.end < len(folded) and folded[number.end] in _ALNUM:
        right_ok = right_ok and not _in_code(folded, groups[-1].start, groups[-1].end)
    return left_ok, right_ok


_GLUE_REACH = 8  # the letters and digits beside a number read as its padding, at most


def _labelled_glued(folded: str, start: int, end: int) -> bool:
    """Whether a person's label names the number ``folded[start:end]`` with the few letters
    and digits glued to it (:data:`_GLUE_REACH`; a longer run is a code whatever names it)."""
    low, high = start, end
    while low > max(0, start - _GLUE_REACH) and folded[low - 1] in _ALNUM:
        low -= 1
    while high < min(len(folded), end + _GLUE_REACH) and folded[high] in _ALNUM:
        high += 1
    if (low and folded[low - 1] in _ALNUM) or (high < len(folded) and folded[high] in _ALNUM):
        return False
    return labelled(folded, low, high)


_PADDED_ID_MOST = 20  # an ID number's 18 digits and the two glued to them, at most


def without_id_padding(folded: str, number: WrittenNumber) -> WrittenNumber:
    """``number`` without the one or two digits glued to an ID number's 18 on the side a
    letter pads, after an ID's label (``身份证号：a9110101199003074514``, ``ab12…``,
    ``…0745149a``); else ``number``.  The glued digit joins the run, 19 or 20 digits no ID
    number has, and the reader still sees the ID number after its label with ``a9`` before
    it (review 63's L2, issue 12).  Only an ID's label (``订单号：a9110…`` is an order's code),
    a run glued to a letter on one side alone with no more than :data:`_GLUE_REACH`
    characters of padding, and 18 digits that are a valid ID number — a check character and
    a real birth date.  A run of digits alone (``身份证号：9110101199003074514``) is read as
    before: nothing says which of its ends is padding."""
    pad = _id_padding(folded, number)
    if not pad:
        return number
    group = number.groups[0]
    if pad > 0:
        trimmed = Group(group.start + pad, group.end, group.digits[pad:])
        return replace(number, start=number.start + pad, groups=(trimmed,))
    trimmed = Group(group.start, group.end + pad, group.digits[:pad])
    return replace(number, end=number.end + pad, groups=(trimmed,))


def _id_padding(folded: str, number: WrittenNumber) -> int:
    """How many glued digits pad an ID number in ``number`` (:func:`without_id_padding`):
    that many before it, minus that many after it, or 0."""
    group = number.groups[0]
    pad = len(group.digits) - _ID_LENGTH
    if len(number.groups) != 1 or not 0 < pad <= _PADDED_ID_MOST - _ID_LENGTH:
        return 0
    left = _letter_at(folded, number.start - 1)
    if not group.digits.isdigit() or left == _letter_at(folded, number.end):
        return 0  # (no letter, or one on each side: a code's middle)
    digits = group.digits[pad:] if left else group.digits[:-pad]
    start = _padding_start(folded, number.start, pad) if left else number.start
    padded = (
        valid_id18(digits)
        and start is not None
        and (left or _padding_start(folded, number.end, pad, 1) is not None)
        and label_at(folded, start) == "id"
    )
    return (pad if left else -pad) if padded else 0


def _letter_at(folded: str, at: int) -> bool:
    """Whether an ASCII letter (folded: lower case) stands at ``at``."""
    return 0 <= at < len(folded) and folded[at] in _LETTERS


_LETTERS = frozenset("abcdefghijklmnopqrstuvwxyz")


def _padding_start(folded: str, edge: int, pad: int, step: int = -1) -> int | None:
    """Where the letters and digits glued to a run at ``edge`` end (``step`` -1: before it,
    where the word starts; 1: after it), when they are few — ``pad`` digits of the run and
    the rest no more than :data:`_GLUE_REACH` — else ``None`` (a longer word is a code)."""
    at, most = edge, _GLUE_REACH - pad
    while most and _alnum_beside(folded, at, step):
        at += step
        most -= 1
    return None if _alnum_beside(folded, at, step) else at


def _written_code(folded: str, number: WrittenNumber) -> bool:
    """Whether ``number``'s groups, with the letters and digits glued to it or one space or
    hyphen away, are a 统一社会信用代码 written in groups — in fours (``A131 0115 1529 5071 89``,
    ``Y133 0106 2851 8405 XW``: the digits hold a mobile's shape, ``131 0115 1529``) or in
    its parts (``92 440106 470607704 R``, ``35-610113-500612265-9``: a legacy ID number's
    shape in the middle).  Then nothing in it is personal data (red team 35).  A code of
    digits only counts written in its parts, 2-6-9-1: one run of 18 digits in 31 has a
    valid check character by chance."""
    digits = "".join(group.digits for group in number.groups)  # (an ID's "x" too)
    room = _USCC_LENGTH - len(digits)
    if room < 0:
        return False
    before = _code_runs(folded, number.start, room, -1)
    after = _code_runs(folded, number.end, room - len(before), 1)
    word = before + digits + after
    # (well formed in every part, not only its check character: a mobile with a word of
    # seven letters after it, "138 1234 5678 Wangfan", has one by chance one time in 31)
    if len(word) != _USCC_LENGTH or not registered_uscc(word):
        return False
    parts = tuple(len(group.digits) for group in number.groups)
    if parts == _USCC_PARTS:
        return True
    # (a number that is 18 characters of its own is read as before: an ID number with a
    # valid check character of GB 32100 too is one unless labelled a code, is_id18)
    return bool(before or after) and not word.isdigit()


def _code_runs(folded: str, at: int, room: int, step: int) -> str:
    """The letters and digits beside ``at`` (before it for ``step`` -1, after it for 1),
    glued or one space or hyphen away, up to ``room`` characters in all (a run is read to
    one past ``room``: longer, it is too long whatever its length, and a run of 80,000
    letters and digits read whole for each number in it was quadratic: red team 60)."""
    runs: list[str] = []
    while room > 0:
        run_end = at
        reach = room + 1
        while reach and _alnum_beside(folded, at, step):
            at += step
            reach -= 1
        run = folded[at:run_end] if step < 0 else folded[run_end:at]
        runs.append(run)
        room -= len(run)
        gap, beyond = (at - 1, at - 2) if step < 0 else (at, at + 1)
        if room <= 0 or not 0 <= beyond < len(folded):
            break
        if folded[gap] not in " -" or folded[beyond] not in _ALNUM:
            break
        at += step
    return "".join(reversed(runs) if step < 0 else runs)


def _alnum_beside(folded: str, at: int, step: int) -> bool:
    """Whether a letter or digit stands right before ``at`` (``step`` -1) or at it (1)."""
    where = at - 1 if step < 0 else at
    return 0 <= where < len(folded) and folded[where] in _ALNUM


_USCC_LENGTH = 18
_USCC_PARTS = (2, 6, 9, 1)  # 登记管理部门和机构类别, 行政区划, 主体标识 (组织机构代码), 校验码
