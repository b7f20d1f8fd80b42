"""Regenerate redteam92_blind_shipped_markup.yaml (red-team pass 92, written blind).

Editor markup exactly as it ships: whole posts in the HTML the WeChat editor, 135编辑器, 秀米, Word
and the government CMSs (TRS, UEditor) really write — with the machine attributes they carry
(WeChat's ``data-src`` on mmbiz.qpic.cn, ``data-imgfileid``, ``data-mpvid``, a profile card's
base64 ``data-id``, a mini-program's appid; 135's ``data-tools``/``label``; 秀米's ``powered-by``
and ``data-lazy-bgimg``; Word's conditional comments, ``_Toc``/``_Hlk`` bookmarks and ``<o:p>``; a
CMS's ``id="content_…"``, tracking ids, millisecond timestamps, uuids, hashes, hidden inputs).
Since the last session every attribute value but the layout's is read as text
(docs/compliance.md, "How links and hosts are read"), so machine ids shaped like numbers must not
be read as a person's. Clean posts (about two thirds) and twins in the same markup holding
issue 12's real items (an ad link, a 淘口令, a mobile, an ID number, 机密★10年, 内部资料,
（此件不公开）) in the visible text or a shown attribute (alt/title).

Decisions taken from docs/compliance.md (each case's note repeats the one it rests on):

* A remote picture in a body (WeChat's ``<img data-src="https://mmbiz.qpic.cn/…">``) warns
  ``image.not_scanned`` — documented; a picture on a government host (a CMS's own site) does not.
  Every WeChat/135/秀米 post here holds one, so its clean verdict is that warning alone.
* A machine id that is not a person's number's shape stays clean wherever it is: a 9–10-digit
  file id, a 13-digit millisecond or 10-digit second timestamp, a 14-digit tracking id, a 19-digit
  video id, a uuid (even with all-digit groups or a tail of a letter and eleven digits), an MD5
  or SHA-1 with a mobile-shaped run inside (the doc: a hex hash of 32 characters or more), an
  appid whose hex ends in a mobile-shaped run (digits inside a longer code), base64, a TRS image
  name (W0 + date + serial), a Word bookmark, ``content_7012345``.
* A value that IS exactly a person's number (eleven digits 1[3-9]…, a checked 18-digit ID number)
  blocks in a tooltip (title, aria-label) anywhere, and in any other
  non-layout attribute of a tag the fold keeps (mend 51a: ``<section data-id="1101…">`` blocks —
  the maintainer's decision: the page's source is published); it stays clean in a layout
  attribute (``data-ratio``, ``data-w``, ``data-s``, ``data-backh``, ``data-backw``, ``class``,
  ``width``: blanked) and in the non-shown attributes of an inline ``<span>`` the fold drops.
* Hosts without a scheme in an attribute (``label="Copyright © 2016 135editor.com"``,
  ``powered-by="xiumi.us"``) are no links (only a scheme, ``//`` or ``www.`` are found there).

Written before the checker or any other family was read (issue 12, docs/compliance.md, the corpus
README, ``case_table.py``, ``number_makers.py`` and ``gen_redteam71.py`` only).

First run (blind): 104 of 370 failed, 101 on false findings, 3 on misses. Triage: (a) generator
bugs — the Word export has no picture for an alt text (the 3 misses), picture addresses put in
``data-src``/``data-headimg``/``data-cover`` of a ``<section>`` or ``<span>`` no editor writes
(15; those attributes now stay in their own tags); (b) after the sweep, ``label``/``value`` of an
inline span are not read (the doc reads only a dropped tag's ``title`` and ``aria-label``);
(c) platform ids with a card's whole shape (``CARD_LIMIT``); (d) real, strict xfails D1–D6 below —
D1 41 cases, D2 45, D3 2, D4 3, D5 1 in the first run, D6 found by the sweep. Probes after the run
(not blind) are the ``x-``, ``c-`` and ``d…`` cases. Fixed seed; run from the repository root:
python tests/compliance/corpus/gen_redteam92.py            # writes the YAML
python tests/compliance/corpus/gen_redteam92.py --sweep N  # N random cells through govpub.check
"""

from __future__ import annotations

import base64
import hashlib
import json
import random
import sys
import uuid
from collections import Counter
from pathlib import Path

from case_table import CaseTable
from rule_ids import IDN, INT, LS, MARK, MOB, NOTE, SC

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))
from number_makers import DIVISIONS, id_number, is_id_number, luhn

SEED = 92
NS = "image.not_scanned"
SL = "ad.spelled_link"
SEVERITY = {
    NS: "warn",
    "link.other_host": "warn",
    LS: "fixed",
    SL: "block",
    SC: "block",
    IDN: "block",
    MOB: "block",
    MARK: "block",
    INT: "block",
    NOTE: "block",
}
ORDER = ("block", "warn", "fixed", "clean")

# ----- value shapes -------------------------------------------------------------------------


def _digits(rng: random.Random, n: int) -> str:
    return "".join(rng.choice("0123456789") for _ in range(n))


def _mobile(rng: random.Random) -> str:
    return "1" + rng.choice("3456789") + _digits(rng, 9)


def _person_id(rng: random.Random) -> str:
    birth = f"{rng.randint(1950, 2004)}{rng.randint(1, 12):02d}{rng.randint(1, 28):02d}"
    return id_number(rng.choice(DIVISIONS) + birth + _digits(rng, 3))


def _luhn_ok(number: str) -> bool:
    return luhn(number[:-1]) == number


def _card_shaped(number: str) -> bool:
    """Whether a digit run has a card network's prefix and length (Luhn or, for 62, not)."""
    n = len(number)
    if number.startswith("62") and 16 <= n <= 19:
        return True
    nets = (
        (number.startswith("4") and n in {13, 16, 19})
        or (number[:2] in {"51", "52", "53", "54", "55"} and n == 16)
        or (2221 <= int(number[:4] or 0) <= 2720 and n == 16)
        or (number[:2] in {"34", "37"} and n == 15)
        or (3528 <= int(number[:4] or 0) <= 3589 and 16 <= n <= 19)
    )
    return nets and _luhn_ok(number)


def _safe_run(rng: random.Random, first: str, n: int) -> str:
    """A digit run of length ``n`` starting with ``first``: no card's shape, no ID number."""
    while True:
        run = first + _digits(rng, n - len(first))
        if not _card_shaped(run) and not is_id_number(run):
            return run


def _hex(rng: random.Random, n: int) -> str:
    return "".join(rng.choice("0123456789abcdef") for _ in range(n))


def _hex_with_run(rng: random.Random, n: int) -> str:
    """``n`` hex characters with a mobile-shaped run of eleven digits inside, letters around."""
    run = _mobile(rng)
    start = rng.randint(1, n - 13)
    left = _hex(rng, start - 1) + rng.choice("abcdef")
    right = rng.choice("abcdef") + _hex(rng, n - start - 12)
    return (left + run + right)[:n]


def _b62(rng: random.Random, n: int) -> str:
    alphabet = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789"
    return "".join(rng.choice(alphabet) for _ in range(n))


def mmbiz_hash(rng: random.Random) -> str:
    """An mmbiz path hash: base62 with the ``ic``/``ib``/``ia`` escapes WeChat writes."""
    parts = [_b62(rng, rng.randint(4, 9)) + rng.choice(["ic", "ib", "ia", "Z"]) for _ in range(9)]
    return "".join(parts)[: rng.randint(56, 80)]


def _uuid(rng: random.Random) -> str:
    return str(uuid.UUID(int=rng.getrandbits(128), version=4))


def _uuid_digit_groups(rng: random.Random) -> str:
    u = _uuid(rng).split("-")
    u[1] = "1" + rng.choice("3456789") + _digits(rng, 2)
    u[2] = "4" + _digits(rng, 3)
    u[3] = rng.choice("89") + _digits(rng, 3)
    return "-".join(u)


def _uuid_tail11(rng: random.Random) -> str:
    u = _uuid(rng).split("-")
    u[4] = rng.choice("abcdef") + _mobile(rng)
    return "-".join(u)


def _appid_run(rng: random.Random) -> str:
    """``wx`` + 16 hex: five ending in two letters, then a mobile-shaped run of eleven."""
    return "wx" + _hex(rng, 3) + "".join(rng.choices("abcdef", k=2)) + _mobile(rng)


def _appid_lead(rng: random.Random) -> str:
    """``wx`` + 16 hex: a mobile-shaped run of eleven first, then two letters and three more."""
    return "wx" + _mobile(rng) + "".join(rng.choices("abcdef", k=2)) + _hex(rng, 3)


def _uuid_card(rng: random.Random, prefix: str = "4") -> str:
    """A version-4 uuid whose first group ends in four digits and whose next three are digits,
    the sixteen a card's shape with Luhn (a Visa's ``4…`` by default)."""
    while True:
        body = prefix + _digits(rng, 3 - len(prefix) + 1)[: 4 - len(prefix)]
        body += _digits(rng, 4) + "4" + _digits(rng, 3) + rng.choice("89") + _digits(rng, 2)
        number = luhn(body)
        if len(number) == 16:
            break
    u = _uuid(rng).split("-")
    u[0] = _hex(rng, 2) + "".join(rng.choices("abcdef", k=2)) + number[:4]
    u[1], u[2], u[3] = number[4:8], number[8:12], number[12:16]
    return "-".join(u)


def _uuid_mobile_across(rng: random.Random) -> str:
    """A version-4 uuid whose first group ends in two letters and ``1[3-9]x`` and whose next two
    groups are digits: a mobile's 3-4-4 across its hyphens (``13dbb138-0979-4903-…``)."""
    u = _uuid(rng).split("-")
    mobile = _mobile(rng)
    u[0] = _hex(rng, 3) + "".join(rng.choices("abcdef", k=2)) + mobile[:3]
    u[1], u[2] = mobile[3:7], "4" + _digits(rng, 3)
    return "-".join(u)


def _appid_glued(rng: random.Random) -> str:
    """``wx`` + 16 hex: five ending in a digit and a letter, then a mobile-shaped run."""
    return "wx" + _hex(rng, 3) + rng.choice("0123456789") + rng.choice("abcdef") + _mobile(rng)


def _mpvid(rng: random.Random) -> str:
    """A WeChat video id: ``wxv_`` and 19 digits (first digits 1–3 as real ones have), none in
    a Diners Club range (300–305, 36, 38, 39; that shape is ``mpvid_diners``)."""
    return "wxv_" + _safe_run(rng, rng.choice(["1", "2", "31", "32", "33", "34"]), 19)


def _mpvid_diners(rng: random.Random) -> str:
    """A WeChat video id whose 19 digits start 300–305 and pass Luhn: a Diners Club shape."""
    return "wxv_" + luhn("30" + rng.choice("012345") + _digits(rng, 15))


def _objectid_tail(rng: random.Random) -> str:
    """A 24-hex object id (MongoDB's): two letters, then a mobile-shaped run to its end."""
    return _hex(rng, 11) + "".join(rng.choices("abcdef", k=2)) + _mobile(rng)


def _objectid_glued(rng: random.Random) -> str:
    """A 24-hex object id: a digit and a letter, then a mobile-shaped run to its end."""
    return _hex(rng, 11) + rng.choice("0123456789") + rng.choice("abcdef") + _mobile(rng)


def _biz_id(rng: random.Random) -> str:
    return base64.b64encode(_safe_run(rng, rng.choice("23"), 10).encode()).decode()


def _b64_blob(rng: random.Random) -> str:
    raw = bytes(rng.getrandbits(8) for _ in range(rng.randint(24, 48)))
    return base64.b64encode(raw).decode()


def _md5_run(rng: random.Random) -> str:
    return _hex_with_run(rng, 32)


def _sha1_run(rng: random.Random) -> str:
    return _hex_with_run(rng, 40)


def _md5(rng: random.Random) -> str:
    return hashlib.md5(_b62(rng, 12).encode(), usedforsecurity=False).hexdigest()


def _trs_image(rng: random.Random) -> str:
    return f"W0{rng.randint(2019, 2025)}{rng.randint(1, 12):02d}{rng.randint(1, 28):02d}{_digits(rng, 12)}.jpg"


def _mmbiz_url(rng: random.Random) -> str:
    kind = rng.choice(["png", "jpg", "gif"])
    fmt = {"jpg": "jpeg"}.get(kind, kind)
    return f"https://mmbiz.qpic.cn/mmbiz_{kind}/{mmbiz_hash(rng)}/640?wx_fmt={fmt}&amp;from=appmsg"


def _mmbiz_run_url(rng: random.Random) -> str:
    h = mmbiz_hash(rng)
    cut = rng.randint(5, len(h) - 5)
    return f"https://mmbiz.qpic.cn/mmbiz_png/{h[:cut]}x{_mobile(rng)}Z{h[cut:]}/640?wx_fmt=png"


def _mmbiz_cover(rng: random.Random) -> str:
    return f"http%3A%2F%2Fmmbiz.qpic.cn%2Fmmbiz_jpg%2F{mmbiz_hash(rng)}%2F0%3Fwx_fmt%3Djpeg"


#: benign shapes: (name, maker); each must stay clean in every attribute
BENIGN = {
    "fileid9": lambda r: _safe_run(r, r.choice("15"), 9),
    "fileid10": lambda r: _safe_run(r, "2", 10),
    "ts13_ms": lambda r: _safe_run(r, "17", 13),
    "ts10_s": lambda r: _safe_run(r, "17", 10),
    "track14": lambda r: _safe_run(r, "1" + r.choice("3456789"), 14),
    "snow19": lambda r: _safe_run(r, "1", 19),
    "snow18": lambda r: _safe_run(r, "1" + r.choice("6789"), 18),
    "mpvid": _mpvid,
    "mpvid_diners": _mpvid_diners,
    "objectid_tail": _objectid_tail,
    "uuid": _uuid,
    "uuid_digit_groups": _uuid_digit_groups,
    "uuid_tail11": _uuid_tail11,
    "md5": _md5,
    "md5_run": _md5_run,
    "sha1_run": _sha1_run,
    "appid_run": _appid_run,
    "appid_glued": _appid_glued,
    "appid_lead": _appid_lead,
    "uuid_card": _uuid_card,
    "uuid_mobile_across": _uuid_mobile_across,
    "objectid_glued": _objectid_glued,
    "biz_b64": _biz_id,
    "b64_blob": _b64_blob,
    "content_id": lambda r: f"content_{_safe_run(r, '7', 7)}",
    "trs_image": _trs_image,
    "toc": lambda r: f"_Toc{_safe_run(r, r.choice('12'), 9)}",
    "hlk": lambda r: f"_Hlk{_safe_run(r, r.choice('12'), 9)}",
    "mmbiz_url": _mmbiz_url,
    "mmbiz_run_url": _mmbiz_run_url,
    "index": lambda r: str(r.randint(0, 12)),
    "color": lambda r: r.choice(["#d9341f", "rgb(255, 129, 36)", "rgb(0,112,192)", "#3e3e3e"]),
    "ratio": lambda r: r.choice(["0.5625", "0.6666666666666666", "1.3333333333333333", "0.75"]),
    "mp_path": lambda r: f"pages/article/detail?id={_safe_run(r, '2', 10)}",
    "copyright": lambda r: "Copyright © 2016 135editor.com",
    "xiumi": lambda r: "xiumi.us",
    "tool": lambda r: r.choice(["135编辑器", "秀米", "i排版", "壹伴"]),
}
#: shapes that are a person's number (docs decide where they block)
EXACT = {"mobile_exact": (_mobile, MOB), "id_exact": (_person_id, IDN)}

# attributes: name -> kind (layout: blanked; shown: a reader sees it; other: read on kept tags)
LAYOUT = {"data-ratio", "data-w", "data-s", "data-backh", "data-backw", "class", "width", "lang"}
SHOWN = {"title", "aria-label", "label", "value"}
#: read on an inline tag the fold drops too (docs: its title and aria-label, nothing else)
TOOLTIPS = {"title", "aria-label"}
ATTRIBUTES = [
    "data-ratio",
    "data-w",
    "data-type",
    "data-s",
    "data-imgfileid",
    "data-fileid",
    "data-backh",
    "data-backw",
    "data-index",
    "data-pluginname",
    "data-id",
    "data-nickname",
    "data-alias",
    "data-signature",
    "data-from",
    "data-miniprogram-appid",
    "data-miniprogram-path",
    "data-itemshowtype",
    "data-vidtype",
    "data-mpvid",
    "data-tools",
    "data-role",
    "label",
    "data-brushtype",
    "data-color",
    "powered-by",
    "data-lazy-bgimg",
    "class",
    "lang",
    "id",
    "name",
    "data-tracking-id",
    "data-timestamp",
    "data-uuid",
    "data-hash",
    "value",
    "title",
    "width",
]


URL_ATTRIBUTES = {"data-lazy-bgimg"}  # data-src, data-headimg, data-cover: in their own tags only
URL_SHAPES = {"mmbiz_url", "mmbiz_run_url"}
HOST_SHAPES = URL_SHAPES | {"copyright", "xiumi"}


def compatible(attr: str, shape: str) -> bool:
    """Whether an editor would write ``shape`` in ``attr``: addresses only in the picture
    attributes, and no host in a tooltip (a host there is text and warns as in the body)."""
    if attr in URL_ATTRIBUTES:
        return shape in URL_SHAPES
    if shape in URL_SHAPES:
        return False
    return not (attr in {"title", "aria-label", "value"} and shape in HOST_SHAPES)


def attr_kind(name: str) -> str:
    if name in LAYOUT:
        return "layout"
    if name in SHOWN:
        return "shown"
    if name in {"id", "name", "data-value"} or name.endswith("id"):
        return "machine"  # (a program's own id since mend 52b: data/attribute_kinds.txt)
    return "other"


# ----- the real failures found (triage after the first run) --------------------------------

D1 = (
    'red team 92: WeChat\'s own video embed (`<iframe class="video_iframe" data-src='
    '"https://mp.weixin.qq.com/mp/readtemplate?…&vid=wxv_…">`, and 腾讯视频\'s `v.qq.com` player) '
    "warns link.other_host: an iframe is not in the media exception (`<img>`, `<video>`, cards), "
    "though it is shown, not followed — every WeChat post with a video warns"
)
D2 = (
    "red team 92: 秀米's lazy background picture (`<section data-lazy-bgimg=\"https://mmbiz.qpic.cn/"
    '…">`) warns link.other_host: read as an address in any attribute, not as a picture, though '
    "it is WeChat's own image CDN that the media exception exists for"
)
D3 = (
    'red team 92: a WeChat video id (`data-mpvid="wxv_"` + 19 digits) starting 300–305 that '
    "passes Luhn (one in ten) blocks personal.bank_card as a Diners Club card; the `wxv_` prefix "
    "does not make it a code (`letters alone make no code`)"
)
D4 = (
    "red team 92: a uuid whose last group is a hex letter and eleven digits 1[3-9]… blocks "
    "personal.mobile: the group is read alone, as letters before a mobile (`wx13812345678`), "
    "though a uuid is 32 hex digits, which the doc clears as a hash"
)
D5 = (
    "red team 92: a hex id under 32 characters with eleven digits 1[3-9]… after or before two "
    "letters (a mini-program's appid `wx7accf13812345678`, `wx13812345678bba28`, a 24-hex object "
    "id) blocks personal.mobile: "
    "a number is part of a longer code only with a digit two places before it "
    "(`codes._glued`; `wxf7f9e13812345678` stays clean), so the id's own hex reads as letters"
)
D6 = (
    "red team 92: a uuid's all-digit groups are read across its hyphens as a grouped number — a "
    "mobile 3-4-4 or 4-4-3 (`13dbb138-0979-4903-80f6-…`, `6e153bfa-1554-4401-805c-…`: "
    "personal.mobile) or a card (`c4eb3576-1445-4306-8062-…` JCB, `4c8da92d-3490-4432-9193-104f…` "
    "Amex: personal.bank_card; `…6228-4800-…` warns); with the tails of D4, one random "
    "version-4 uuid in about 820 blocks"
)
CARD_LIMIT_IN_IDS = CARD_LIMIT = (
    "documented: a number with a card network's prefix, length and Luhn blocks whatever its "
    "label says (docs/compliance.md, Personal data: 'A number that *is* card-shaped … blocks "
    "whatever the label says — a card is a person's …; an account published on purpose goes in "
    "the policy's public_numbers'); a platform's id in an attribute has no label to clear it"
)

#: Closed since the first run (personal/codes.py: a uuid, a hex id of 16 or 24 digits, an appid
#: and a ``wxv_`` video id are machine ids whose digits are nobody's number).
FIXED = frozenset({D1, D2, D3, D4, D5, D6, CARD_LIMIT_IN_IDS})


def still_failing(xfail: str | None) -> str | None:
    """The first run's xfail of a case, unless its pattern has been fixed since."""
    return None if xfail in FIXED else xfail


#: Since mend 52b an id's ASCII value is blanked (data/attribute_kinds.txt): a platform id with a
#: card's shape in data-mid or data-aweme-id no longer blocks (the limit cases below pass).

#: shapes the checker reads as a person's number where an attribute is read as text
SHAPE_FAILURES = {
    "mpvid_diners": D3,
    "uuid_tail11": D4,
    "appid_run": D5,
    "appid_lead": D5,
    "objectid_tail": D5,
    "uuid_card": D6,
    "uuid_mobile_across": D6,
}
TEMPLATE_FAILURES = {"wechat_video": D1, "xiumi_bg": D2}


# ----- templates ----------------------------------------------------------------------------
# Placeholders: {K} extra attributes on a kept block tag, {S} on an inline span, {TOP} a line
# at the head, {I} a paragraph in the middle, {END} a line before the signature; {IMGX} extra
# attributes on the picture (an alt text). Machine values are drawn per post.


def _wechat_notice(r: random.Random) -> str:
    return (
        '<section {K} data-role="outer" style="padding:0 8px;">{TOP}'
        '<p style="text-align:center;"><strong><span style="font-size:18px;">'
        "关于2025年春季学期义务教育阶段入学报名的通知</span></strong></p>"
        '<p style="text-indent:2em;line-height:1.75em;"><span {S} style="font-size:15px;'
        'letter-spacing:1px;">根据市教委统一部署，现将我区2025年春季学期义务教育阶段'
        "入学报名有关事项通知如下。</span></p>"
        '<p style="text-align:center;"><img class="rich_pages wxw-img" '
        f'data-src="{_mmbiz_url(r)}" data-ratio="{BENIGN["ratio"](r)}" data-s="300,640" '
        f'data-type="png" data-w="1080" data-imgfileid="{BENIGN["fileid9"](r)}" '
        f'data-backh="{r.randint(300, 500)}" data-backw="578" style="width:100%;" {{IMGX}}></p>'
        "{I}"
        '<p style="text-indent:2em;"><span leaf="">一、报名时间：3月1日至3月10日'
        "（工作日9:00—17:00）。</span></p>"
        '<p style="text-indent:2em;"><span leaf="">二、报名方式：携带户口簿、房产证明到就近'
        "学校现场报名，咨询电话：010-85912345。</span></p>{END}"
        '<p style="text-align:right;"><span>区教育委员会</span></p>'
        '<p style="text-align:right;"><span>2025年2月20日</span></p></section>'
    )


def _wechat_cards(r: random.Random) -> str:
    return (
        '<section {K} style="margin:10px 0;">{TOP}'
        '<p style="text-indent:2em;"><span {S}>为方便群众办事，区政务服务中心推出“掌上办”'
        "服务，可通过国家政务服务平台小程序在线申请，也可关注下方公众号获取办事指南。</span></p>"
        f'<p><img data-src="{_mmbiz_url(r)}" data-ratio="0.75" data-w="800" data-type="jpeg" '
        f'data-imgfileid="{BENIGN["fileid10"](r)}" class="rich_pages wxw-img" {{IMGX}}></p>'
        "{I}"
        '<mp-common-profile class="js_uneditable custom_select_card mp_profile_iframe" '
        f'data-pluginname="mpprofile" data-id="{_biz_id(r)}" '
        f'data-headimg="http://mmbiz.qpic.cn/mmbiz_png/{mmbiz_hash(r)}/0?wx_fmt=png" '
        'data-nickname="北京发布" data-alias="BeijingFabu" '
        'data-signature="北京市人民政府新闻办公室官方微信公众号" data-from="0" '
        'data-is_biz_ban="0" data-service_type="2" data-verify_status="2"></mp-common-profile>'
        f'<mp-miniprogram data-miniprogram-appid="wx{_hex(r, 16)}" '
        'data-miniprogram-path="pages/index/index" '
        'data-miniprogram-nickname="国家政务服务平台" '
        f'data-miniprogram-avatar="http://mmbiz.qpic.cn/mmbiz_png/{mmbiz_hash(r)}/640?wx_fmt=png" '
        'data-miniprogram-title="一网通办" data-miniprogram-imageurl='
        f'"http://mmbiz.qpic.cn/mmbiz_jpg/{mmbiz_hash(r)}/0?wx_fmt=jpeg" '
        'data-miniprogram-type="card" data-miniprogram-servicetype="2"></mp-miniprogram>'
        "{END}"
        '<p style="text-align:right;"><span>区政务服务和数据管理局</span></p></section>'
    )


def _wechat_table(r: random.Random) -> str:
    rows = "".join(
        f'<tr><td width="{r.randint(120, 200)}" valign="top" style="word-break:break-all;">'
        f"{name}</td><td>{r.randint(1000, 99999):,}</td><td>{r.randint(1, 199) / 10}%</td></tr>"
        for name in (
            "地区生产总值（亿元）",
            "一般公共预算收入（万元）",
            "社会消费品零售总额（万元）",
        )
    )
    return (
        '<section {K} data-role="outer">{TOP}'
        '<p style="text-indent:2em;"><span {S}>2024年，全区经济运行总体平稳、稳中有进，'
        "主要指标完成情况如下。</span></p>{I}"
        '<table data-sort="sortDisabled" style="width:100%;"><tbody>'
        '<tr class="firstRow"><th>指标</th><th>数值</th><th>同比增长</th></tr>'
        f"{rows}</tbody></table>"
        f'<p><img data-src="{_mmbiz_url(r)}" data-ratio="0.5625" data-w="1080" '
        f'data-type="png" data-imgfileid="{BENIGN["fileid9"](r)}" {{IMGX}}></p>'
        '{END}<p style="text-align:right;">区统计局</p></section>'
    )


def _wechat_video(r: random.Random) -> str:
    vid = _mpvid(r)
    return (
        '<section {K} style="margin:0 8px;">{TOP}'
        '<p style="text-indent:2em;"><span {S}>日前，区应急管理局组织开展防汛应急演练，'
        "检验预案、锻炼队伍。</span></p>{I}"
        f'<iframe class="video_iframe rich_pages" data-vidtype="2" data-mpvid="{vid}" '
        f'data-cover="{_mmbiz_cover(r)}" allowfullscreen="" frameborder="0" '
        'data-ratio="1.7777777777777777" data-w="1280" '
        'data-src="https://mp.weixin.qq.com/mp/readtemplate?t=pages/video_player_tmpl&amp;'
        f'action=mpvideo&amp;auto=0&amp;vid={vid}"></iframe>'
        f'<p><img data-src="{_mmbiz_url(r)}" data-ratio="0.6666666666666666" data-w="1080" '
        f'data-type="jpeg" data-imgfileid="{BENIGN["fileid9"](r)}" {{IMGX}}></p>'
        '{END}<p style="text-align:right;"><span>区应急管理局</span></p></section>'
    )


def _e135(r: random.Random) -> str:
    return (
        f'<section {{K}} data-tools="135编辑器" data-id="{r.randint(80000, 129999)}">'
        '<section class="_135editor" data-role="outer" label="Copyright © 2016 135editor.com" '
        'style="border:0 none;box-sizing:border-box;">{TOP}'
        '<section data-role="title" data-brushtype="text" data-color="#d9341f" '
        'style="text-align:center;"><p><strong><span style="color:#d9341f;">政策解读'
        "</span></strong></p></section>"
        '<section data-role="paragraph" class="_135editor"><p style="text-indent:2em;">'
        "<span {S}>《关于进一步优化营商环境的若干措施》日前印发，共5个方面20条措施，"
        "重点解决企业开办、项目审批中的堵点难点问题。</span></p>{I}</section>"
        '<section data-role="img" class="_135editor"><p style="text-align:center;">'
        f'<img data-src="{_mmbiz_url(r)}" data-ratio="0.5625" data-w="900" data-type="png" '
        f'data-imgfileid="{BENIGN["fileid9"](r)}" class="rich_pages" {{IMGX}}></p></section>'
        "{END}</section></section>"
    )


def _xiumi(r: random.Random, *, background: bool = False) -> str:
    bg = f' data-lazy-bgimg="{_mmbiz_url(r)}"' if background else ""
    return (
        '<section {K} powered-by="xiumi.us" style="text-align:center;">{TOP}'
        '<section style="display:inline-block;width:100%;vertical-align:top;background-size:cover;"'
        f'{bg} class="js_darkmode__1">'
        '<section powered-by="xiumi.us"><p style="white-space:normal;text-align:justify;">'
        '<span leaf="" {S}>秋冬季节是火灾易发期。请广大居民不私拉乱接电线，不在楼道停放'
        "电动自行车，发现火情立即拨打119。</span></p></section></section>{I}"
        '<section powered-by="xiumi.us"><p style="text-align:center;">'
        f'<img data-src="{_mmbiz_url(r)}" data-ratio="1.3333333333333333" data-w="750" '
        f'data-type="jpeg" data-imgfileid="{BENIGN["fileid9"](r)}" {{IMGX}}></p></section>'
        '{END}<p style="text-align:right;">区消防救援支队</p></section>'
    )


def _word(r: random.Random) -> str:
    toc = BENIGN["toc"](r)
    hlk = BENIGN["hlk"](r)
    return (
        "<!--[if gte mso 9]><xml><o:DocumentProperties><o:Author>区政府办公室</o:Author>"
        f"<o:Revision>{r.randint(2, 19)}</o:Revision><o:TotalTime>{r.randint(10, 900)}"
        "</o:TotalTime><o:Created>2025-02-18T01:23:00Z</o:Created><o:Pages>2</o:Pages>"
        f"<o:Words>{r.randint(800, 3000)}</o:Words></o:DocumentProperties></xml><![endif]-->"
        "{TOP}"
        "<p class=MsoNormal align=center style='text-align:center;mso-line-height-rule:exactly;"
        f"line-height:28.0pt'><a name=\"{toc}\"></a><b><span style='font-size:22.0pt;"
        "font-family:方正小标宋简体'>关于做好2025年度城乡居民医疗保险参保缴费工作的通知"
        "<span lang=EN-US><o:p></o:p></span></span></b></p>"
        "<p {K} class=MsoNormal style='text-indent:32.0pt;mso-char-indent-count:2.0'>"
        f"<span {{S}} style='font-family:仿宋_GB2312;mso-bookmark:{hlk}'>各街道办事处，区政府各"
        "委、办、局：</span><span lang=EN-US><o:p></o:p></span></p>"
        "<p class=MsoNormal style='text-indent:32.0pt'><span style='font-family:仿宋_GB2312'>"
        "2025年度城乡居民医疗保险个人缴费标准为每人每年<span lang=EN-US>380</span>元，"
        "集中缴费期为<span lang=EN-US>2024</span>年<span lang=EN-US>9</span>月<span "
        "lang=EN-US>1</span>日至<span lang=EN-US>12</span>月<span lang=EN-US>31</span>日。"
        "<span lang=EN-US><o:p></o:p></span></span></p>{I}{END}"
        "<p class=MsoNormal align=right style='text-align:right'><span style='font-family:"
        "仿宋_GB2312'>区医疗保障局<span lang=EN-US><o:p></o:p></span></span></p>"
    )


def _trs(r: random.Random) -> str:
    img = _trs_image(r)
    return (
        f'<div id="content_{_safe_run(r, "7", 7)}" class="TRS_Editor" '
        f'data-tracking-id="{BENIGN["track14"](r)}" data-timestamp="{BENIGN["ts13_ms"](r)}">'
        f'<input type="hidden" id="articleId" value="{_safe_run(r, "3", 7)}">'
        f'<input type="hidden" name="_csrf" value="{_md5(r)}">'
        '<div {K} class="Custom_UnionStyle">{TOP}'
        f'<p style="text-indent:2em;" data-uuid="{_uuid(r)}"><span {{S}}>为加强城市精细化管理，'
        "区城市管理委员会决定于2025年3月至6月在全区开展背街小巷环境整治提升行动。</span></p>"
        f'<p align="center"><img src="https://www.bjchy.gov.cn/xxgk/202502/{img}" '
        f'oldsrc="{img}" border="0" {{IMGX}}></p>{{I}}'
        '<p style="text-indent:2em;">整治范围涉及12个街道、186条背街小巷。</p>{END}'
        '<p align="right">区城市管理委员会</p><p align="right">2025年2月25日</p></div></div>'
    )


def _ueditor_table(r: random.Random) -> str:
    rows = "".join(
        f'<tr><td width="{r.randint(100, 260)}" valign="top" data-id="{_safe_run(r, "1", 9)}">'
        f"{name}</td><td>{r.randint(10, 9999)}</td><td>{r.randint(100, 99999)}.{r.randint(0, 99):02d}"
        "</td></tr>"
        for name in ("东城街道", "西城街道", "南苑街道", "北苑街道")
    )
    return (
        f'<div id="zoom" class="view TRS_UEDITOR trs_paper_default" data-timestamp="{BENIGN["ts10_s"](r)}">'
        '{TOP}<p {K} style="text-indent:2em;"><span {S}>现将2024年度各街道困难群众救助资金'
        "发放情况公开如下：</span></p>{I}"
        '<table border="1" cellspacing="0" cellpadding="0" data-sort="sortDisabled"><tbody>'
        '<tr class="firstRow"><td>街道</td><td>救助人次</td><td>发放金额（万元）</td></tr>'
        f"{rows}</tbody></table>"
        f'<p><img src="https://www.bjchy.gov.cn/xxgk/202502/{_trs_image(r)}" {{IMGX}}></p>'
        '{END}<p style="text-align:right;">区民政局</p></div>'
    )


#: name -> (builder, has a remote picture (warns image.not_scanned), has a kept {K} tag)
TEMPLATES = {
    "wechat_notice": (_wechat_notice, True),
    "wechat_cards": (_wechat_cards, True),
    "wechat_table": (_wechat_table, True),
    "wechat_video": (_wechat_video, True),
    "e135": (_e135, True),
    "xiumi": (_xiumi, True),
    "xiumi_bg": (lambda r: _xiumi(r, background=True), True),
    "word": (_word, False),
    "trs": (_trs, False),
    "ueditor_table": (_ueditor_table, False),
}


def render(name: str, r: random.Random, **slots: str) -> str:
    builder, _ = TEMPLATES[name]
    text = builder(r)
    for key in ("K", "S", "TOP", "I", "END", "IMGX"):
        text = text.replace("{" + key + "}", slots.get(key, ""))
    return text.replace(" >", ">").replace("  ", " ")


def baseline(name: str) -> set[str]:
    return {NS} if TEMPLATES[name][1] else set()


def verdict(rules: set[str]) -> str:
    if not rules:
        return "clean"
    return min((SEVERITY[x] for x in rules), key=ORDER.index)


# ----- twins: issue 12's items in the same markup -------------------------------------------


def items(r: random.Random) -> list[tuple[str, str, str, str]]:
    """(key, slot, html, rule): the real items, visible."""
    mob = _mobile(r)
    pid = _person_id(r)
    code = _b62(r, 11)
    return [
        ("ad_href", "I", '<p style="text-indent:2em;"><a href="https://s.click.taobao.com/t?e=m%3D2'
         f'%26s%3D{_b62(r, 20)}" target="_blank" data-linktype="2">详情请见此处</a></p>', LS),
        ("ad_short", "I", f'<p style="text-indent:2em;"><span>更多内容：t.cn/{_b62(r, 7)}</span></p>', LS),
        ("taokouling", "I", f"<p><span>【淘宝】复制这条信息￥{code}￥后打开👉手淘👈</span></p>", SC),
        ("mobile", "I", f'<p style="text-indent:2em;"><span>联系人：王老师，联系电话：{mob}</span></p>', MOB),
        ("id_number", "I", f'<p style="text-indent:2em;"><span>申请人：李某，身份证号：{pid}</span></p>', IDN),
        ("marking", "TOP", '<p style="text-align:right;"><span>机密★10年</span></p>', MARK),
        ("internal", "TOP", '<p style="text-align:left;"><strong>内部资料</strong></p>', INT),
        ("disclosure", "END", '<p style="text-indent:2em;"><span>（此件不公开）</span></p>', NOTE),
    ]  # fmt: skip


def shown_items(r: random.Random) -> list[tuple[str, str, str, str]]:
    """(key, slot, attributes, rule): the real items in an alt text or a kept tag's title."""
    return [
        ("alt_mobile", "IMGX", f'alt="联系电话{_mobile(r)}"', MOB),
        ("alt_marking", "IMGX", 'alt="机密★10年"', MARK),
        ("alt_short", "IMGX", f'alt="t.cn/{_b62(r, 7)}"', SL),
        ("title_internal", "K", 'title="内部资料"', INT),
        ("title_disclosure", "K", 'title="（此件不公开）"', NOTE),
        ("title_id", "K", f'title="身份证号{_person_id(r)}"', IDN),
    ]


# ----- cells: template x attribute x value shape x place ------------------------------------


def _decision(kind: str, attr: str, place: str, rule: str | None) -> tuple[str, bool]:  # noqa: PLR0911
    """Why a person's number in ``attr`` is read or not (the docs' decision), and whether it is."""
    if rule is None:
        return "not a person's number's shape: clean wherever it stands", False
    if kind == "layout":
        return "a layout attribute, blanked for the text rules (LAYOUT_ATTRIBUTES): clean", False
    if kind == "machine" and place == "kept" and rule == MOB:
        return (
            "a program's own id, ASCII: blanked since mend 52b (attribute_kinds.txt): clean",
            False,
        )
    if kind == "machine" and place == "kept":
        return "a checked ID number in a program's own id is read all the same: blocks", True
    if kind == "shown" and (place == "kept" or attr in TOOLTIPS):
        return "a shown attribute, read as text (a tooltip on any tag): blocks", True
    if place == "kept":
        return "a non-layout value of a kept tag is published content (mend 51a): blocks", True
    return (
        "an inline span's attribute but its title/aria-label goes with the tag the fold drops: clean",
        False,
    )


def cell(
    r: random.Random, name: str, attr: str, shape: str, place: str
) -> tuple[str, set[str], str, str | None]:
    """A post with one machine attribute: its text, expected rules, the decision applied and,
    where the first run found the checker wrong, why (an xfail)."""
    if shape in EXACT:
        maker, rule = EXACT[shape]
        value = maker(r)
    else:
        value = BENIGN[shape](r)
        rule = None
    slot = "K" if place == "kept" else "S"
    text = render(name, r, **{slot: f'{attr}="{value}"'})
    expected = baseline(name)
    kind = attr_kind(attr)
    if shape in URL_SHAPES:
        why = "a picture's address (mmbiz) in a picture attribute: a remote picture, image.not_scanned at most, never a link warning"
        expected = expected | {NS}
    else:
        why, reads = _decision(kind, attr, place, rule)
        if reads and rule is not None:
            expected = expected | {rule}
    reasons = []
    if name in TEMPLATE_FAILURES:
        reasons.append(TEMPLATE_FAILURES[name])
    if shape in URL_SHAPES:
        reasons.append(D2)
    read = kind != "layout" and (place == "kept" or attr in TOOLTIPS)
    if shape in SHAPE_FAILURES and read:
        reasons.append(SHAPE_FAILURES[shape])
    return text, expected, why, " / ".join(dict.fromkeys(reasons)) or None


def _note_base(name: str) -> str:
    if TEMPLATES[name][1]:
        return "remote mmbiz picture warns image.not_scanned (documented)"
    return "no remote picture (a gov.cn-hosted one is trusted)"


GRID = [n for n in TEMPLATES if n not in TEMPLATE_FAILURES]


def _has_picture(name: str) -> bool:
    return "{IMGX}" in TEMPLATES[name][0](random.Random(0))


def _grid(table: CaseTable, r: random.Random) -> None:
    """Clean posts, decided numbers, and twins in the templates the checker reads right."""
    names = GRID
    benign = [b for b in BENIGN if b not in SHAPE_FAILURES]
    n = 0
    for rep in range(24):
        for i, name in enumerate(names):
            attr = ATTRIBUTES[(rep * 7 + i * 3) % len(ATTRIBUTES)]
            k = rep * 5 + i
            while not compatible(attr, benign[k % len(benign)]):
                k += 1
            shape = benign[k % len(benign)]
            place = "kept" if (rep + i) % 3 else "inline"
            text, exp, why, xfail = cell(r, name, attr, shape, place)
            note = f"{name}: {attr}={shape} on a {place} tag; {why}; {_note_base(name)}"
            table.case(
                f"clean-{n:03d}",
                text,
                verdict(exp),
                sorted(exp) or None,
                note,
                xfail=still_failing(xfail),
            )
            n += 1
    # decided blocks and decided cleans: exact shapes by attribute kind and place
    picks = [
        ("data-id", "kept"), ("data-imgfileid", "kept"), ("data-tracking-id", "kept"),
        ("id", "kept"), ("value", "kept"), ("title", "inline"), ("label", "kept"),
        ("data-ratio", "kept"), ("data-w", "kept"), ("class", "kept"), ("data-backh", "kept"),
        ("data-id", "inline"), ("data-fileid", "inline"), ("data-timestamp", "inline"),
    ]  # fmt: skip
    n = 0
    for attr, place in picks:
        for shape in EXACT:
            name = names[n % len(names)]
            text, exp, why, xfail = cell(r, name, attr, shape, place)
            note = f"{name}: {attr}={shape} on a {place} tag; {why}; {_note_base(name)}"
            table.case(
                f"exact-{n:03d}",
                text,
                verdict(exp),
                sorted(exp) or None,
                note,
                xfail=still_failing(xfail),
            )
            n += 1
    # twins: the real items visible in the same markup
    n = 0
    for name in names:
        for key, slot, html, rule in items(r):
            # the item beside machine attributes shaped like numbers
            extra = f'data-imgfileid="{BENIGN["fileid9"](r)}" data-uuid="{_uuid(r)}"'
            text = render(name, r, **{slot: html, "K": extra})
            exp = baseline(name) | {rule}
            note = (
                f"{name}: {key} visible in the body, beside uuid/file-id attributes; must be "
                f"caught; {_note_base(name)}"
            )
            table.case(f"twin-{n:03d}", text, verdict(exp), sorted(exp), note)
            n += 1
    # twins in a shown attribute (alt on the picture, title on a kept tag)
    for name in names:
        for key, slot, attrs, rule in shown_items(r):
            if slot == "IMGX" and not _has_picture(name):
                continue  # a Word export here has no picture
            text = render(name, r, **{slot: attrs})
            exp = baseline(name) | {rule}
            note = (
                f"{name}: {key} in a shown attribute (alt/title: read as text); must be caught; "
                f"{_note_base(name)}"
            )
            table.case(f"shown-{n:03d}", text, verdict(exp), sorted(exp), note)
            n += 1


_VIDEO_PAGE = (
    "https://mp.weixin.qq.com/mp/readtemplate?t=pages/video_player_tmpl&amp;action=mpvideo"
)
_P = "<p>日前，区应急管理局组织开展防汛应急演练。</p>"


def _failures(table: CaseTable, r: random.Random) -> None:
    """The real failures of the first run: minimal reproductions, whole posts, and guards."""
    vid = _mpvid(r)
    hash_ = mmbiz_hash(r)
    minimal = [
        ("d1-mpvideo-iframe", f'<iframe class="video_iframe rich_pages" data-vidtype="2" '
         f'data-mpvid="{vid}" data-src="{_VIDEO_PAGE}&amp;auto=0&amp;vid={vid}" '
         f'frameborder="0"></iframe>{_P}', set(), D1,
         "WeChat's video embed as shipped: shown, not followed; a strict reviewer wants it clean"),
        ("d1-txp-iframe", '<iframe class="video_iframe" data-src="https://v.qq.com/txp/iframe/'
         f'player.html?vid=w33{_b62(r, 8).lower()}" frameborder="0"></iframe>{_P}', set(), D1,
         "腾讯视频's player embedded by the WeChat editor: a media source"),
        ("d2-xiumi-bgimg", f'<section data-lazy-bgimg="https://mmbiz.qpic.cn/mmbiz_jpg/{hash_}/640'
         f'?wx_fmt=jpeg" style="background-size:cover;">{_P}</section>', {NS}, D2,
         "秀米's lazy background picture: a remote picture (image.not_scanned), never a link"),
        ("d3-mpvid-diners", f'<iframe class="video_iframe rich_pages" data-vidtype="2" '
         f'data-mpvid="{_mpvid_diners(r)}"></iframe>{_P}', set(), D3,
         "a video id `wxv_30…` of 19 digits passing Luhn: a WeChat id, no Diners card"),
        ("d3-mpvid-diners-p", f'<p data-mpvid="{_mpvid_diners(r)}">视频</p>', set(), D3,
         "the same id on a paragraph"),
        ("d4-uuid-tail", f'<p data-uuid="{_uuid_tail11(r)}">{_P}</p>', set(), D4,
         "a uuid whose last group is a letter and a mobile-shaped run: a machine id"),
        ("d4-uuid-hidden-input", f'<input type="hidden" name="requestId" value="{_uuid_tail11(r)}">'
         f"{_P}", set(), D4, "a CMS's hidden request id (value: read as text) that is a uuid"),
        ("d5-appid-card", f'<mp-miniprogram data-miniprogram-appid="{_appid_run(r)}" '
         'data-miniprogram-path="pages/index/index" data-miniprogram-nickname="国家政务服务平台" '
         f'data-miniprogram-title="一网通办" data-miniprogram-type="card"></mp-miniprogram>{_P}',
         set(), D5, "a government mini-program card whose appid's hex ends in eleven digits"),
        ("d5-objectid", f'<section data-id="{_objectid_tail(r)}">{_P}</section>', set(), D5,
         "a 24-hex object id ending in a mobile-shaped run"),
        ("d5-appid-lead", f'<section data-miniprogram-appid="{_appid_lead(r)}">{_P}</section>',
         set(), D5, "an appid whose hex starts with a mobile-shaped run, two letters after it"),
        ("d6-uuid-mobile-344", '<section data-uuid="13dbb138-0979-4903-80f6-284286d9f558">'
         f"{_P}</section>", set(), D6, "a random uuid4 (seeded sample) read as 138-0979-4903"),
        ("d6-uuid-mobile-443", '<p data-uuid="6e153bfa-1554-4401-805c-ef0a7da01465">'
         f"{_P}</p>", set(), D6, "a random uuid4 read as 1554-4401-805"),
        ("d6-uuid-amex", '<p data-uuid="4c8da92d-3490-4432-9193-104faae55f1d">'
         f"{_P}</p>", set(), D6, "a random uuid4 read as an Amex card (15 digits, Luhn)"),
        ("d6-uuid-mobile-made", f'<div data-request-id="{_uuid_mobile_across(r)}">{_P}</div>',
         set(), D6, "a uuid made with a mobile's 3-4-4 across its first hyphens"),
        ("d6-uuid-visa", f'<section data-uuid="{_uuid_card(r)}">{_P}</section>', set(), D6,
         "a uuid whose digits across four groups are a Visa's sixteen with Luhn: a machine id"),
        ("d6-uuid-jcb", '<section data-uuid="c4eb3576-1445-4306-8062-239aa0c205af">'
         f"{_P}</section>", set(), D6, "the sweep's uuid read as a JCB card"),
        ("d6-uuid-unionpay", f'<section data-uuid="{_uuid_card(r, "62")}">{_P}</section>',
         set(), D6, "a uuid whose digits across four groups start 62: warns as a card"),
        ("d6-uuid-text", f"<p>请求编号：{_uuid_card(r)}</p>", set(), D6,
         "the same in the visible text (a request id quoted in a notice)"),
        # guards: the same places still catch what they must
        ("guard-iframe-ad", f'<iframe class="video_iframe" data-src="https://t.cn/{_b62(r, 7)}">'
         f"</iframe>{_P}", {LS}, None, "an ad host in an iframe's source is still stripped"),
        ("guard-uuid-mobile-visible", f'<p data-uuid="{_uuid(r)}">联系电话：{_mobile(r)}</p>',
         {MOB}, None, "a uuid beside a visible mobile: the mobile is caught"),
        ("guard-appid-card-shop", '<mp-miniprogram data-miniprogram-appid="wx91d27dbf599dff74" '
         'data-miniprogram-nickname="京东购物" data-miniprogram-path="pages/item/detail/detail?'
         f'sku={_digits(r, 11)}"></mp-miniprogram>{_P}', {SC}, None,
         "a shopping app's mini-program card still blocks (ad.share_code, by its name)"),
    ]  # fmt: skip
    for id_, text, exp, xfail, note in minimal:
        table.case(id_, text, verdict(exp), sorted(exp) or None, note, xfail=still_failing(xfail))
    # whole posts in the two templates that fail as a whole, and cells of the failing shapes
    n = 0
    for name, reason in TEMPLATE_FAILURES.items():
        for shape in ("ts13_ms", "uuid", "fileid9"):
            text, exp, why, xfail = cell(r, name, "data-id", shape, "kept")
            note = f"{name}: data-id={shape}; {why}; {_note_base(name)}"
            table.case(
                f"whole-{n:03d}",
                text,
                verdict(exp),
                sorted(exp) or None,
                note,
                xfail=still_failing(xfail),
            )
            n += 1
        for key, slot, html, rule in items(r)[2:6]:
            text = render(name, r, **{slot: html})
            exp = baseline(name) | {rule}
            note = f"{name}: {key} visible; must be caught; {_note_base(name)}"
            table.case(
                f"whole-{n:03d}",
                text,
                verdict(exp),
                sorted(exp),
                note,
                xfail=still_failing(reason),
            )
            n += 1
    for shape in SHAPE_FAILURES:
        for attr, place in (("data-id", "kept"), ("title", "inline"), ("data-id", "inline")):
            name = GRID[n % len(GRID)]
            text, exp, why, xfail = cell(r, name, attr, shape, place)
            note = f"{name}: {attr}={shape} on a {place} tag; {why}; {_note_base(name)}"
            table.case(
                f"whole-{n:03d}",
                text,
                verdict(exp),
                sorted(exp) or None,
                note,
                xfail=still_failing(xfail),
            )
            n += 1


_DARK = "16185602346587"  # WeChat's dark-mode attribute names carry a 14-digit stamp


def _extras(table: CaseTable, r: random.Random) -> None:
    """More markup the editors ship, probed after the first run (not blind), with the docs'
    decisions where a strict reviewer might want otherwise."""
    mob = _mobile(r)
    mm = _mmbiz_url(r)
    dark = (
        f'data-darkmode-bgcolor-{_DARK}="rgb(25, 25, 25)" '
        f'data-darkmode-original-bgcolor-{_DARK}="#fff|rgb(255,255,255)" '
        f'data-darkmode-color-{_DARK}="rgb(163, 163, 163)" '
        f'data-darkmode-original-color-{_DARK}="#fff|rgb(62,62,62)"'
    )
    rows = [
        ("x-darkmode", f'<p style="color:rgb(62,62,62);" {dark}>{_P}</p>', set(),
         "WeChat dark-mode attributes, a 14-digit stamp in their names: clean"),
        ("x-darkmode-mobile", f'<p {dark}>联系电话：{mob}</p>', {MOB},
         "a visible mobile in a dark-mode paragraph: caught"),
        ("x-yiban", '<section data-mpa-powered-by="yiban.io" data-mpa-template-id="'
         f'{r.randint(1000000, 1999999)}" data-mpa-color="#ffffff" data-mpa-category="title">{_P}'
         "</section>", set(), "壹伴's template attributes (a host without a scheme): clean"),
        ("x-mpvoice", '<mpvoice frameborder="0" class="res_iframe js_editor_audio audio_iframe" '
         'src="/cgi-bin/readtemplate?t=tmpl/audio_tmpl&amp;name=%E5%BD%95%E9%9F%B3&amp;'
         'play_length=03:12" name="录音" play_length="192000" voice_encode_fileid="'
         f'{_biz_id(r)}"></mpvoice>{_P}', set(), "a WeChat voice card (base64 file id): clean"),
        ("x-style-type", f'{_P}<mp-style-type data-value="3"></mp-style-type>', set(),
         "WeChat's closing style marker: clean"),
        ("x-word-lists", "<p class=MsoNormal><![if !supportLists]><span style='mso-list:Ignore'>"
         "一、<span style='font:7.0pt \"Times New Roman\"'>&nbsp;&nbsp; </span></span><![endif]>"
         "<a name=\"OLE_LINK1\"></a>报名时间<span lang=EN-US><o:p></o:p></span></p>", set(),
         "Word's list markers, a bookmark and <o:p>: clean"),
        ("x-word-vml", "<p class=MsoNormal><v:shape id=\"_x0000_i1025\" type=\"#_x0000_t75\" "
         "style='width:415pt'><v:imagedata src=\"file:///C:/Users/ADMINI~1/AppData/Local/Temp/"
         "msohtmlclip1/01/clip_image001.png\" o:title=\"\"/></v:shape>正文</p>", set(),
         "Word's VML picture of a local file: clean"),
        ("x-trs-download", '<p><a href="/module/download/downfile.jsp?classid=0&amp;filename='
         f'{_safe_run(r, "17", 13)}.docx">附件：报名表.docx</a></p>', set(),
         "a CMS download link whose file name is a millisecond stamp: clean"),
        ("x-crop-src", f'<img data-src="{mm}" data-croporisrc="{mm}" data-cropx1="0" '
         'data-cropx2="1080" data-cropy1="12.3" data-cropy2="620.5" data-report-img-idx="1" '
         f'data-fail="0" data-aistatus="1" data-imgqrcoded="1">{_P}', {NS},
         "a cropped WeChat picture (its original in data-croporisrc): a remote picture"),
        ("x-mp-article-link", '<p><a href="https://mp.weixin.qq.com/s?__biz='
         f'{_biz_id(r)}&amp;mid={_safe_run(r, "26", 10)}&amp;idx=1&amp;sn={_md5(r)}#rd" '
         'target="_blank" data-linktype="2" tab="innerlink" data-itemshowtype="0">往期推荐：'
         "春季植树活动</a></p>", {"link.other_host"},
         "decided by the doc: a link to another host warns (mp.weixin.qq.com is no government "
         "host; link_domains allows it) — the account's own 往期推荐 warn"),
        ("x-nonce-letter", f'<p data-nonce="c{_mobile(r)}">{_P}</p>', {MOB},
         "decided by the doc: a letter and eleven digits 1[3-9]… block (`wx13812345678`: letters "
         "alone make no code — a WeChat id is often wx and the phone)"),
        ("x-hidden-tel", f'<input type="hidden" name="tel" value="{_mobile(r)}">{_P}', {MOB},
         "a hidden input's value is read (docs: value is shown content): a mobile blocks"),
        ("x-hidden-ts", f'<input type="hidden" name="t" value="{_safe_run(r, "17", 13)}">{_P}',
         set(), "a hidden input's millisecond stamp: clean"),
        ("x-aria-span-id", f'<span aria-label="身份证号{_person_id(r)}">申请人</span>', {IDN},
         "an ID number in an inline span's aria-label (read as a tooltip): blocks"),
        ("x-word-meta-mobile", "<!--[if gte mso 9]><xml><o:DocumentProperties><o:Author>王伟 "
         f"{_mobile(r)}</o:Author><o:LastAuthor>办公室</o:LastAuthor></o:DocumentProperties></xml>"
         "<![endif]--><p class=MsoNormal>正文</p>", {MOB},
         "a mobile in Word's document properties (a conditional comment, read): blocks"),
        ("x-word-meta-marking", "<!--[if gte mso 9]><xml><o:DocumentProperties><o:Keywords>"
         "机密★10年</o:Keywords></o:DocumentProperties></xml><![endif]--><p class=MsoNormal>正文"
         "</p>", {MARK}, "a 密级 in Word's keywords property: blocks"),
        ("x-word-meta-clean", "<!--[if gte mso 9]><xml><w:WordDocument><w:View>Normal</w:View>"
         "<w:Zoom>0</w:Zoom><w:PunctuationKerning/><w:DrawingGridVerticalSpacing>7.8 磅"
         "</w:DrawingGridVerticalSpacing><w:Compatibility><w:SpaceForUL/></w:Compatibility>"
         '</w:WordDocument><w:LatentStyles DefLockedState="false" LatentStyleCount="156">'
         f"</w:LatentStyles><o:Characters>{_safe_run(r, '13', 5)}</o:Characters><o:Lines>"
         f"{r.randint(20, 90)}</o:Lines></xml><![endif]--><p class=MsoNormal>正文</p>", set(),
         "Word's settings and counts in a conditional comment: clean"),
        ("x-label-span", f'<span label="{_mobile(r)}">说明</span>', set(),
         "label of an inline span goes with the tag the fold drops (only title/aria-label read)"),
    ]  # fmt: skip
    for id_, text, exp, note in rows:
        table.case(id_, text, verdict(exp), sorted(exp) or None, note)
    # documented limits: platform ids with a card's whole shape (prefix, length, Luhn)
    visa = luhn("49" + _digits(r, 13))
    master = luhn("51" + _digits(r, 13))
    discover = luhn("65" + _digits(r, 16))
    limits = [
        (
            "c-weibo-mid-visa",
            f'<div class="weibo-embed" data-mid="{visa}">{_P}</div>',
            set(),
            CARD_LIMIT,
            "a Weibo post's mid (16 digits from 4…, Luhn by chance) in its embed",
        ),
        (
            "c-weibo-mid-master",
            f'<div class="weibo-embed" data-mid="{master}">{_P}</div>',
            set(),
            CARD_LIMIT,
            "a Weibo mid of the 51… range (Mastercard's shape)",
        ),
        (
            "c-aweme-discover",
            f'<div class="douyin-embed" data-aweme-id="{discover}">{_P}</div>',
            set(),
            CARD_LIMIT,
            "an old 抖音 video id of 19 digits from 65… (Discover's shape)",
        ),
    ]
    for id_, text, exp, xfail, note in limits:
        table.case(id_, text, verdict(exp), sorted(exp) or None, note, xfail=still_failing(xfail))
    table.case(
        "c-weibo-url",
        f'<p><a href="https://weibo.com/detail/{visa}">微博原文</a></p>',
        "warn",
        "link.other_host",
        "the same mid in a Weibo link's path: not read as a card; weibo.com warns as any other host",
    )


def build(table: CaseTable) -> None:
    r = random.Random(SEED)
    _grid(table, r)
    _failures(table, r)
    _extras(table, r)


# ----- sweep ---------------------------------------------------------------------------------


def _sweep_part(args: tuple[int, int]) -> dict[str, object]:
    from govpub import Policy, Post, check

    count, part = args
    policy = Policy.default()
    r = random.Random(SEED * 1000 + part)
    shapes = list(BENIGN) + list(EXACT)
    verdicts: Counter[str] = Counter()
    cells: Counter[str] = Counter()
    found: Counter[str] = Counter()
    samples: dict[str, list[dict[str, object]]] = {}
    for _ in range(count):
        name = r.choice(list(TEMPLATES))
        attr = r.choice(ATTRIBUTES)
        shape = r.choice(shapes) if r.random() < 0.85 else r.choice(list(EXACT))
        while not compatible(attr, shape):
            shape = r.choice(shapes)
        place = r.choice(["kept", "inline"])
        text, exp, _why, xfail = cell(r, name, attr, shape, place)
        result = check(Post(title="关于做好有关工作的通知", body=text), policy)
        got = {f.rule for f in result.findings}
        severities = [f.severity for f in result.findings] or ["clean"]
        verdicts[min(severities, key=ORDER.index)] += 1
        cells[f"{attr}|{shape}"] += 1
        wrong = [("false", x) for x in sorted(got - exp)] + [("miss", x) for x in sorted(exp - got)]
        for kind, rule in wrong:
            where = name if rule.startswith("link.") else f"{attr}|{shape}|{place}"
            key = f"{kind}|{rule}|{where}|{'explained' if xfail else 'NEW'}"
            found[key] += 1
            kept = samples.setdefault(key, [])
            if len(kept) < 2:
                hits = [f for f in result.findings if f.rule == rule]
                kept.append({"text": text, "excerpt": hits[0].excerpt if hits else ""})
    return {"verdicts": verdicts, "cells": cells, "found": found, "samples": samples}


def sweep(count: int) -> None:
    from multiprocessing import Pool

    parts = 2
    with Pool(parts) as pool:
        results = pool.map(_sweep_part, [(count // parts, p) for p in range(parts)])
    verdicts: Counter[str] = Counter()
    cells: Counter[str] = Counter()
    found: Counter[str] = Counter()
    samples: dict[str, list[dict[str, object]]] = {}
    for res in results:
        verdicts.update(res["verdicts"])  # type: ignore[arg-type]
        cells.update(res["cells"])  # type: ignore[arg-type]
        found.update(res["found"])  # type: ignore[arg-type]
        for k, v in res["samples"].items():  # type: ignore[union-attr]
            samples.setdefault(k, []).extend(v[: 2 - len(samples.get(k, []))])
    total = sum(cells.values())
    posts_wrong = sum(found.values())
    sys.stdout.write(f"{total} cells: verdicts {dict(verdicts)}; wrong findings {posts_wrong}\n")
    for key, hits in found.most_common():
        kind, rule, where, status = (
            key.split("|", 3)[0],
            key.split("|")[1],
            key.split("|")[2:-1],
            key.split("|")[-1],
        )
        denom = cells["|".join(where[:2])] if len(where) == 3 else ""
        sys.stdout.write(
            f"  {hits:6d} / {denom!s:>5}  {kind} {rule} @ {'|'.join(where)}  [{status}]\n"
        )
    out = Path("/tmp/rt92_sweep.json")
    report = {
        "count": total,
        "verdicts": verdicts,
        "found": found,
        "cells": cells,
        "samples": samples,
    }
    out.write_text(json.dumps(report, ensure_ascii=False, indent=1), encoding="utf-8")


def main() -> None:
    if len(sys.argv) > 2 and sys.argv[1] == "--sweep":
        sweep(int(sys.argv[2]))
        return
    table = CaseTable("redteam92_blind_shipped_markup")
    build(table)
    header = "red-team pass 92 (blind): editor markup as it ships; gen_redteam92.py regenerates it"
    table.write(__file__, header, width=1000)


if __name__ == "__main__":
    main()
