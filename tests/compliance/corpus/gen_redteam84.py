"""Regenerate redteam84_blind_words_miss_sweep.yaml (red-team pass 84, written blind).

The miss hunt at scale for WORDS (red team 82 did it for numbers, red team 83 swept words for
false findings). A seeded grammar of government posts (通知, 公告, 活动报名, 便民提示, 政策解读,
转载 items, 微博/公众号 texts) hides ONE real item in a random slot, written in a random form:

* an ad or short link (``s.click.taobao.com``, ``u.jd.com``, ``t.cn``, ``dwz.cn``, ``url.cn``,
  ``mobile.yangkeduo.com`` with its ``pid``, ``v.douyin.com``, ``e.tb.cn``, ``m.tb.cn``, ``3.cn``…)
  with or without a scheme, in full width, with 。 ｡ ． for dots, an invisible character inside,
  ``https:/``, ``hxxps``, spaced dots, ``[.]``, ``(.)``, ``点``, over a line, in brackets, quotes,
  a Markdown link or an HTML anchor, after any colon, glued to Chinese on both sides;
* a 淘口令 (¥…¥, €…€, ￥…￥, 「…」, 《…《, (…), /…/… with a 复制/打开淘宝 trigger in many wordings);
* a secrecy marking (绝密★启用前, 机密★10年, 秘密★1年, 机密＊, 机★密, spaced, traditional, in a
  header, after a 份号, in a table cell, after a title line), an internal note (内部资料, 内部文件
  注意保存, 请勿外传) or a 公开属性 note (此件不公开, 此件不予公开, 不予公开 on its line; 此件依申请公开
  warns).

Expectations follow docs/compliance.md: a link a browser opens is stripped (``ad.link_stripped``,
fixed); a host spelled for the reader to type blocks (``ad.spelled_link``); a 淘口令 blocks
(``ad.share_code``); markings ``secrecy.marking``, internal notes ``secrecy.internal``, notes of
not-for-release ``disclosure.not_public`` (``secrecy.sensitive_term`` beside it for 不予公开).

``python tests/compliance/corpus/gen_redteam84.py`` writes the family (fixed seed): every form
once, a random fill to ~250 sampled posts, ~50 clean look-alikes, and the minimal reproductions
of the sweep's misses. ``python tests/compliance/corpus/gen_redteam84.py --sweep N [out.json]``
(with govpub importable) puts N generated posts through ``govpub.check`` and counts the posts
whose planted item got no finding of its rule, by kind × form × wrap × slot × context.
Written before the checker or any other family's YAML was read (issue 12, docs/compliance.md,
the corpus README, ``case_table.py``, ``number_makers.py``, and the layout of
``gen_redteam71.py``/``gen_redteam82.py``/``gen_redteam83.py``).

First run (blind, 302 cases): 57 failed — 22 misses of the planted item (7 real, below), 35 exact-set
or field mismatches with the item found: (a) 21 an item planted in the title but the case said body,
1 a one-sided or unbracketed note glued to a title line (now only bracketed notes go there);
(b) 33 notes expected with ``secrecy.sensitive_term`` beside ``disclosure.not_public`` (a blocking
note carries no term warning), 復製口令 taken for a trigger (口令 alone is no trigger: the docs say
so), ``m.⏎tb.cn`` stripped as ``tb.cn`` rather than spelled. No look-alike gave a finding.
Sweep (42,000 posts, the first grammar): 1,154 misses; 301 a spelled ``mobile.yangkeduo.com`` and
29 ``3.⏎cn`` (both (c), documented: kept as minimal forms, left out of the grammar), 16 a line break
cutting the pid off a yangkeduo link (a), the rest the patterns below. The grammar was then widened
twice (percent-encoded and emphasised links, ``&#58;``, spaced scheme letters, self-labelled Markdown
and HTML links, more colons and leads, ``&lt;…&gt;`` ＜…＞ ｛…｝ codes, more triggers, markings, notes,
HTML ``<p>``/``<td>``/WeChat ``<section>`` slots). Final sweep (``--sweep 60000``): 1,028 misses,
every one of ten real patterns and every post of those patterns missed (``pattern_of``): K1 【淘宝】
复制 + a delimited code, no 打开 404; T1 a marking or note alone in a GFM table cell 285; F1 份号 +
密级 on one line inside an HTML block or a cell 106; S1 a spelled host glued after ``-``/``．`` 68;
Y1 主动公开：否 in a GFM cell before another cell 57; N1 （此件不予公开 glued after a title 38; P1 a
percent-encoded scheme with a raw query (the pid lost) 31; E1 emphasis around a host whose pid is
in the path 31; S2 an encoded or emphasised link glued after ``-``/``．`` 8; K2 ``：/code/`` before
长按复制 (0 here; 4 and 1 in earlier sweeps). No other miss.
"""

from __future__ import annotations

import random
import sys
from collections import Counter
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

from case_table import CaseTable, write_miss_report
from rule_ids import MARK, TERM

SEED = 84
FAMILY = "redteam84_blind_words_miss_sweep"
STRIP = "ad.link_stripped"
SPELL = "ad.spelled_link"
CODE = "ad.share_code"
INTERNAL = "secrecy.internal"
NOTPUB = "disclosure.not_public"
ONREQ = "disclosure.on_request"
HINT = "secrecy.document_hint"

Rng = random.Random
ALNUM = "abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789"
FWMAP = {c: chr(ord(c) + 0xFEE0) for c in "!#$%&()*+,-./0123456789:;=?@ABCDEFGHIJKLMNOPQRSTUVWXYZ_abcdefghijklmnopqrstuvwxyz~"}  # fmt: skip


def fw(text: str) -> str:
    return "".join(FWMAP.get(c, c) for c in text)


def _token(rng: Rng, n: int) -> str:
    return "".join(rng.choice(ALNUM) for _ in range(n))


# ----- ad and short links ------------------------------------------------------------------


def _paths(rng: Rng) -> dict[str, str]:
    return {
        "s.click.taobao.com": f"/t?e=m%3D2%26s%3D{_token(rng, 8)}",
        "uland.taobao.com": f"/coupon/edetail?e={_token(rng, 10)}",
        "u.jd.com": f"/{_token(rng, 7)}",
        "union-click.jd.com": f"/jdc?d={_token(rng, 6)}",
        "t.cn": f"/A6{_token(rng, 6)}",
        "dwz.cn": f"/{_token(rng, 8)}",
        "url.cn": f"/{_token(rng, 6)}",
        "mobile.yangkeduo.com": f"/goods.html?goods_id={rng.randint(10**8, 10**9)}&pid=8{rng.randint(1000, 9999)}_{rng.randint(10**6, 10**7)}",
        "v.douyin.com": f"/{_token(rng, 7)}/",
        "e.tb.cn": f"/h.{_token(rng, 9)}",
        "m.tb.cn": f"/h.{_token(rng, 9)}",
        "3.cn": f"/{_token(rng, 8)}",
        "p.pinduoduo.com": f"/{_token(rng, 8)}",
        "b23.tv": f"/{_token(rng, 7)}",
        "xhslink.com": f"/{_token(rng, 6)}",
    }


HOSTS = list(_paths(random.Random(0)))
ZW = ["\u200b", "\u200c", "\u200d", "\u2060", "\ufeff", "\u00ad"]


@dataclass(frozen=True)
class LinkForm:
    name: str
    fn: Callable[[Rng, str, str], str]  # rng, host, path -> written
    rule: str = STRIP
    markup: bool = True  # may stand in a Markdown link's or an anchor's target


def _dots(sep: str) -> Callable[[Rng, str, str], str]:
    return lambda r, h, p: h.replace(".", sep) + p


def _zw(scheme: bool) -> Callable[[Rng, str, str], str]:
    def fn(rng: Rng, host: str, path: str) -> str:
        at = rng.randint(1, len(host) - 1)
        if host[at - 1] == "." and rng.random() < 0.5:
            at = max(1, at - 1)
        written = host[:at] + rng.choice(ZW) + host[at:] + path
        return ("https://" if scheme else "") + written

    return fn


def _mixed_dots(rng: Rng, host: str, path: str) -> str:
    return "".join(rng.choice("。｡．.") if c == "." else c for c in host) + path


def _wrap_path(rng: Rng, host: str, path: str) -> str:
    """The link broken over a line inside its path (the host whole)."""
    cut = rng.randint(2, max(2, len(path) - 1))
    return "https://" + host + path[:cut] + "\n" + path[cut:]


def _line_dot(rng: Rng, host: str, path: str) -> str:
    """The host broken over a line after one of its dots (spelled: a page shows a space)."""
    labels = host.split(".")
    at = rng.randint(1, len(labels) - 1)
    return ".".join(labels[:at]) + ".\n" + ".".join(labels[at:]) + path


LINK_FORMS = [
    LinkForm("https", lambda r, h, p: f"https://{h}{p}"),
    LinkForm("http", lambda r, h, p: f"http://{h}{p}"),
    LinkForm("bare", lambda r, h, p: f"{h}{p}", markup=False),
    LinkForm("upper-scheme", lambda r, h, p: f"HTTPS://{h.upper()}{p}"),
    LinkForm("fullwidth-bare", lambda r, h, p: fw(h + p), markup=False),
    LinkForm("fullwidth-scheme", lambda r, h, p: fw(f"HTTPS://{h.upper()}{p}")),
    LinkForm("fullwidth-host-only", lambda r, h, p: fw(h) + p, markup=False),
    LinkForm("ideo-stop", _dots("。"), markup=False),
    LinkForm("ideo-stop-scheme", lambda r, h, p: "https://" + h.replace(".", "。") + p),
    LinkForm("halfwidth-stop", _dots("｡"), markup=False),
    LinkForm("fullwidth-stop", _dots("．"), markup=False),
    LinkForm("mixed-stops", _mixed_dots, markup=False),
    LinkForm("zw-bare", _zw(False), markup=False),
    LinkForm("zw-scheme", _zw(True)),
    LinkForm("one-slash", lambda r, h, p: f"https:/{h}{p}"),
    LinkForm("no-slash", lambda r, h, p: f"https:{h}{p}", markup=False),
    LinkForm("backslashes", lambda r, h, p: f"http:\\\\{h}{p}", markup=False),
    LinkForm("hxxps", lambda r, h, p: f"hxxps://{h}{p}", markup=False),
    LinkForm("hxxp-one-slash", lambda r, h, p: f"hxxp:/{h}{p}", markup=False),
    LinkForm("root-dot", lambda r, h, p: f"{h}.{p}", markup=False),
    LinkForm("wrap-path", _wrap_path),
    LinkForm("zw-in-scheme", lambda r, h, p: f"ht{r.choice(ZW[:4])}tps://{h}{p}"),
    LinkForm("fw-colon-scheme", lambda r, h, p: f"https：//{h}{p}", markup=False),
    LinkForm(
        "percent-scheme",
        lambda r, h, p: f"https%3A%2F%2F{h}{p.replace('/', '%2F', 1)}",
        markup=False,
    ),
    LinkForm("upper-bare", lambda r, h, p: f"{h.upper()}{p}", markup=False),
    LinkForm("emphasis", lambda r, h, p: f"_{h}_{p}", markup=False),
    LinkForm("entity-colon", lambda r, h, p: f"https&#58;//{h}{p}", markup=False),
    LinkForm("spaced-scheme-letters", lambda r, h, p: f"h t t p s://{h}{p}", markup=False),
    LinkForm(
        "cyrillic-o-c", lambda r, h, p: h.replace("c", "с").replace("o", "о") + p, markup=False
    ),
    LinkForm("spaced-dots", _dots(" . "), SPELL, markup=False),
    LinkForm("square-dot", _dots("[.]"), SPELL, markup=False),
    LinkForm("round-dot", _dots("(.)"), SPELL, markup=False),
    LinkForm("fw-round-dot", _dots("（.）"), SPELL, markup=False),
    LinkForm("dian", _dots("点"), SPELL, markup=False),
    LinkForm("dian-trad", _dots("點"), SPELL, markup=False),
    LinkForm("dot-word", _dots(" dot "), SPELL, markup=False),
    LinkForm("middle-dot", _dots("·"), SPELL, markup=False),
    LinkForm("line-at-dot", _line_dot, SPELL, markup=False),
]
LINK_BY_NAME = {f.name: f for f in LINK_FORMS}

LINK_WRAPS = {  # name: (format, needs markup)
    "none": ("{}", False),
    "paren": ("（{}）", False),
    "ascii-paren": ("({})", False),
    "lenticular": ("【{}】", False),
    "corner": ("「{}」", False),
    "quotes": ("“{}”", False),
    "ascii-quotes": ('"{}"', False),
    "angle": ("<{}>", True),
    "md-link": ("[点击领取]({})", True),
    "html-a": ('<a href="{}">点击领取</a>', True),
    "html-a-single": ("<a href='{}' target='_blank'>领取优惠券</a>", True),
    "md-self": ("[{0}]({0})", True),
    "html-a-self": ('<a href="{0}">{0}</a>', True),
}
LINK_LEADS = ["报名网址：", "报名网址:", "链接︰", "网址∶", "详见", "请点击", "领券地址 ", "入口-",
              "链接．", "戳→", "👉", "", "地址:\u3000", "下单链接：", "网址﹕", "链接︓",
              "报名网址：\u200b", "详情请戳➡️", "（网址：", "地址是", "入口:", "官方链接>>"]  # fmt: skip
LINK_TAILS = ["领取", "，", "。", "", " ", "即可参与", "\n", "）"]

# ----- 淘口令 -------------------------------------------------------------------------------

CODE_DELIMS = {
    "yen": ("¥", "¥"),
    "fw-yen": ("￥", "￥"),
    "euro": ("€", "€"),
    "corner": ("「", "」"),
    "book-open-twice": ("《", "《"),
    "ascii-paren": ("(", ")"),
    "fw-paren": ("（", "）"),
    "slash": ("/", "/"),
    "lenticular": ("【", "】"),
    "pound": ("₤", "₤"),
    "dollar-fw": ("＄", "＄"),
    "fw-square": ("［", "］"),
    "guillemet": ("«", "»"),
    "hash": ("#", "#"),
    "escaped-angle": ("&lt;", "&gt;"),
    "fw-angle": ("＜", "＞"),
    "curly-fw": ("｛", "｝"),
}
TRIGGERS_AFTER = [
    "复制这段话打开淘宝", "复制后打开手机淘宝", "复制本条信息，打开【手机淘宝】即可查看",
    "长按复制此条消息，打开淘宝APP", "复制整段内容，打开天猫APP领取", "複製這段描述打開淘寶",
    "復制后打开京东APP", "复·制后打开淘👉宝", "，复制去打开淘宝", " 复制此口令打开天猫",
    "复制打开手机淘宝即可领券", "(复制整段话打开淘宝)", "复制这条信息，打开👉手机淘宝👈",
    "復制這條信息，打開天貓", "复制整段话 打开京东APP", "，復·製·打·開·淘·寶",
]  # fmt: skip
TRIGGERS_BEFORE = ["淘口令：", "复制淘口令", "【淘宝】复制", "複製淘口令", "京东口令："]


def make_code(rng: Rng) -> str:
    """An 11-character random code: capitals, small letters without a vowel, digits."""
    while True:
        code = "".join(
            rng.choice("BCDFGHJKLMNPQRSTVWXZbcdfghjkmnpqrstvwxz23456789") for _ in range(11)
        )
        if (
            sum(c.isupper() for c in code) >= 2
            and any(c.islower() for c in code)
            and any(c.isdigit() for c in code)
        ):
            return code


# ----- markings and notes ------------------------------------------------------------------

MARKS = [  # (name, text) — blocks secrecy.marking
    ("juemi-qiyong", "绝密★启用前"),
    ("jimi-10", "机密★10年"),
    ("mimi-1", "秘密★1年"),
    ("mimi-cn", "秘密★三年"),
    ("juemi-forever", "绝密★永久"),
    ("jimi-fw-asterisk", "机密＊10年"),
    ("jimi-fw-asterisk-bare", "机密＊"),
    ("ji-star-mi", "机★密"),
    ("ji-star-mi-star", "机⭐密★5年"),
    ("spaced", "机 密 ★ 10 年"),
    ("ideo-spaced", "机\u3000密\u3000★\u300010年"),
    ("trad", "機密★10年"),
    ("trad-jue", "絕密★永久"),
    ("zw", "机\u200b密★"),
    ("star-brackets", "秘密（★）"),
    ("star-before", "★机密"),
    ("bold", "**机密**"),
    ("middle-dot-period", "绝密·永久"),
    ("reference-mark", "机密※10年"),
    ("triangle", "机密▲5年"),
    ("brackets", "（机密）"),
    ("field", "密级：机密"),
    ("field-secret", "保密等级：秘密"),
    ("white-star", "秘密☆5年"),
    ("slash-period", "机密/5年"),
    ("alone", "机密"),
    ("english", "SECRET★5 years"),
    ("spaced-secret", "秘 密 ★ 1 年"),
    ("trad-fw-asterisk", "機密＊10年"),
    ("stars-around", "★ 秘密 ★"),
    ("exam", "绝密★启用并使用完毕前"),
    ("in-brackets-period", "（机密★10年）"),
    ("star-in-brackets-period", "机密（★10年）"),
    ("heading", "## 机密★10年"),
    ("quote", "> 秘密★1年"),
    ("lenticular-field", "【密级】机密"),
    ("fenhao-line", "000123　机密　1年"),
]
INTERNALS = [  # (name, text, extra rules)
    ("neibu-zhuyi", "内部资料　注意保存", ()),
    ("neibu-bracket", "（内部资料，注意保存）", ()),
    ("neibu-file", "内部文件　注意保存", ()),
    ("neibu-waichuan", "内部资料，请勿外传", ()),
    ("spaced", "内 部 资 料", ()),
    ("ideo-spaced", "内\u3000部\u3000资\u3000料", ()),
    ("trad", "內部資料", ()),
    ("dot-split", "内部·资料", ()),
    ("emoji-split", "内部🔒资料", ()),
    ("list-marks", "内、部、资、料", ()),
    ("lenticular", "【内部资料】", ()),
    ("pinyin", "NEIBU ZILIAO", ()),
    ("cankao", "仅供内部参考", ()),
    ("canyue", "内部参阅", ()),
    ("budewaichuan", "不得外传", ()),
    ("english", "FOR INTERNAL USE ONLY", ()),
    ("zw", "内\u200b部资料", ()),
    ("huihou", "会议材料　注意保密　会后收回", ()),
    ("neikan", "《工作通讯》（内部刊物）", ()),
    ("cijian-zhuyi", "此件注意保存", ()),
    ("lingdao", "仅供领导参阅", ()),
    ("chuanyue", "限本单位内部传阅", ()),
    ("yanjin", "内部资料，严禁外传", ()),
]
NOTES = [  # (name, text, rules) — 公开属性 notes
    ("bujian-bugongkai", "（此件不公开）", (NOTPUB,)),
    ("bujian-buyu", "（此件不予公开）", (NOTPUB,)),
    ("ascii-paren", "(此件不予公开)", (NOTPUB,)),
    ("line", "此件不予公开", (NOTPUB,)),
    ("bare-line", "不予公开。", (NOTPUB,)),
    ("field", "公开属性：不予公开", (NOTPUB,)),
    ("field-lenticular", "【公开方式】不予公开", (NOTPUB,)),
    ("spaced", "（此 件 不 予 公 开）", (NOTPUB,)),
    ("trad", "（此件不予公開）", (NOTPUB,)),
    ("buyi", "（此件不宜公开）", (NOTPUB,)),
    ("bushangwang", "（此件不上网）", (NOTPUB,)),
    ("scope", "（此件发至县团级）", (NOTPUB,)),
    ("yesno", "主动公开：否", (NOTPUB,)),
    ("zhu", "（注：此件不予公开）", (NOTPUB,)),
    ("one-side", "（此件不予公开", (NOTPUB,)),
    ("fullstop-inside", "（此件不予公开。）", (NOTPUB,)),
    ("neibu-gongkai", "（此件内部公开）", (NOTPUB,)),
    ("zw", "（此件不\u200b公开）", (NOTPUB,)),
    ("buduiwai", "（此件不对外）", (NOTPUB,)),
    (
        "with-internal",
        "【此件不予公开，注意保存】",
        (NOTPUB, INTERNAL),
    ),  # 注意保存 in brackets: a note too
    ("option", "信息公开选项：不公开", (NOTPUB,)),
    ("fangshi", "公开方式：内部", (NOTPUB,)),
    ("buzaiwang", "（此件不在政府网站公开）", (NOTPUB,)),
]
ON_REQUEST = [
    ("yishenqing", "（此件依申请公开）", (ONREQ,)),
    ("field", "公开属性：依申请公开", (ONREQ,)),
]

# ----- the posts ---------------------------------------------------------------------------

UNITS = ["区文化和旅游局", "市市场监督管理局", "街道办事处", "区人力资源和社会保障局", "县农业农村局",
         "市生态环境局", "区卫生健康委员会", "市住房和城乡建设局"]  # fmt: skip
TITLES = ["关于开展2026年消费季活动的通知", "关于举办春季招聘会的公告", "“文明城市”志愿服务活动报名",
          "冬季用电安全便民提示", "一图读懂《稳就业若干措施》", "转载：多部门联合发布节日出行提示",
          "关于征集民生实事项目意见建议的公告", "关于做好冬春季森林防火工作的通知"]  # fmt: skip
PROSE = [
    "为进一步做好相关工作，现将有关事项通知如下。",
    "各单位要压实责任，确保各项措施落到实处。",
    "市民可通过12345热线反映问题。",
    "活动时间为12月10日至12月20日。",
    "本通知自发布之日起施行。",
    "欢迎广大市民积极参与。",
    "请各单位高度重视，认真组织实施。",
    "如有疑问，请在工作日9:00至17:00来电咨询。",
]


def _prose(rng: Rng, n: int) -> str:
    return "".join(rng.sample(PROSE, n))


def _date(rng: Rng) -> str:
    return f"2026年{rng.randint(1, 12)}月{rng.randint(1, 28)}日"


# contexts of an inline item (a link or a code): {x} is the item with its lead and tail
INLINE = {
    "tongzhi": lambda r, x: (
        f"各有关单位：\n{_prose(r, 2)}报名方式：{x}\n\n{r.choice(UNITS)}\n{_date(r)}"
    ),
    "gonggao": lambda r, x: f"{_prose(r, 1)}\n一、活动内容\n{x}\n二、注意事项\n{_prose(r, 2)}",
    "baoming": lambda r, x: f"【活动报名】{_prose(r, 1)}{x}{_prose(r, 1)}",
    "bianmin": lambda r, x: f"便民提示\n{_prose(r, 1)}\n{x}\n{_prose(r, 1)}",
    "zhengce": lambda r, x: f"政策解读\n\n问：如何申请？\n答：{x}\n\n{_prose(r, 1)}",
    "zhuanzai": lambda r, x: f"{_prose(r, 2)}\n\n（来源：新华社）\n{x}",
    "weibo": lambda r, x: f"#便民服务# {_prose(r, 1)}{x} @{r.choice(UNITS)}",
    "gongzhonghao": lambda r, x: f"<p>{_prose(r, 1)}</p>\n<p>{x}</p>\n<p>{_prose(r, 1)}</p>",
    "table": lambda r, x: (
        f"{_prose(r, 1)}\n\n| 项目 | 说明 |\n|---|---|\n| 报名 | {x} |\n| 时间 | {_date(r)} |"
    ),
    "list": lambda r, x: f"{_prose(r, 1)}\n1. {x}\n2. {_prose(r, 1)}",
}
# slots of a marking or a note (a line or cell of a 公文)
LINE_SLOTS = ["header", "after-fenhao", "after-title", "table-cell", "after-date", "footer",
              "title-same-line", "html-p", "html-td", "wechat-section"]  # fmt: skip


def marking_body(rng: Rng, slot: str, text: str) -> tuple[str, str]:  # noqa: PLR0911 - one per slot
    """(title, body) of a 公文-like post with ``text`` in ``slot``."""
    title = rng.choice(TITLES)
    unit = rng.choice(UNITS)
    main = f"各有关单位：\n{_prose(rng, 2)}\n{_prose(rng, 1)}"
    tail = f"{unit}\n{_date(rng)}"
    if slot == "header":
        return title, f"{text}\n\n{title}\n{main}\n\n{tail}"
    if slot == "after-fenhao":
        return title, f"{rng.randint(0, 999999):06d}\n{text}\n\n{title}\n{main}\n\n{tail}"
    if slot == "after-title":
        return title, f"{title}\n{text}\n{main}\n\n{tail}"
    if slot == "table-cell":
        return (
            title,
            f"{main}\n\n| 文件名称 | 密级 | 备注 |\n|---|---|---|\n| {title} | {text} | 无 |\n",
        )
    if slot == "after-date":
        return title, f"{title}\n{main}\n\n{tail}\n\n{text}"
    if slot == "footer":
        return title, f"{main}\n\n{tail}\n{text}"
    if slot == "title-same-line":
        return title, f"{title}{text}\n{main}\n\n{tail}"
    if slot == "html-td":
        return title, (f"<p>{main}</p>\n<table><tr><td>{title}</td><td>{text}</td></tr></table>")
    if slot == "wechat-section":
        return title, (
            f'<section style="text-align:center;">{text}</section>\n<section>{_prose(rng, 2)}</section>'
        )
    return title, f"<p>{title}</p>\n<p>{text}</p>\n<p>{_prose(rng, 2)}</p>"


@dataclass
class Plant:
    kind: str
    form: str
    wrap: str
    slot: str
    ctx: str
    item: str
    rules: tuple[str, ...]  # the exact set expected
    key_rule: str  # the rule whose absence is a miss
    expect: str
    title: str
    body: str

    @property
    def key(self) -> str:
        return f"{self.kind}|{self.form}|{self.wrap}|{self.slot}|{self.ctx}"


def plant_link(rng: Rng, form: str | None = None, slot: str | None = None) -> Plant:
    lf = LINK_BY_NAME[form] if form else rng.choice(LINK_FORMS)
    hosts = HOSTS
    if lf.rule == SPELL or lf.name == "wrap-path":
        # documented (c), kept as minimal forms below: a spelled host is read only when the ad
        # rules list it whole, and mobile.yangkeduo.com is an ad only with its pid (which a
        # line break inside the path can cut off the link a browser opens)
        hosts = [h for h in HOSTS if h != "mobile.yangkeduo.com"]
    if lf.name == "line-at-dot":
        # two labels only: after the break a longer host's tail is a host of its own (m.⏎tb.cn
        # is stripped as tb.cn), and 3.⏎cn is a list's number (documented, below)
        hosts = ["t.cn", "dwz.cn", "url.cn", "b23.tv", "xhslink.com"]
    host = rng.choice(hosts)
    path = _paths(rng)[host]
    written = lf.fn(rng, host, path)
    wraps = [w for w, (_, markup) in LINK_WRAPS.items() if lf.markup or not markup]
    wrap = rng.choice(wraps)
    if "\n" in written and wrap != "none":
        wrap = "none"
    item = LINK_WRAPS[wrap][0].format(written)
    lead = rng.choice(LINK_LEADS)
    tail = rng.choice(LINK_TAILS)
    if lead == "" and tail == "" and wrap == "none":
        tail = "领取"
    slot = slot or rng.choice(["glued", "glued", "own-line", "title"])
    if slot == "title" and "\n" in written:
        slot = "glued"
    ctx = rng.choice(list(INLINE))
    if slot == "glued":
        x = f"{lead}{item}{tail}"
    elif slot == "own-line":
        x = f"\n{item}\n"
    else:
        x = ""
    body = INLINE[ctx](rng, x) if slot != "title" else INLINE[ctx](rng, _prose(rng, 1))
    title = rng.choice(TITLES)
    if slot == "title":
        title = f"{title}{lead}{item}"
        ctx = "title"
    expect = "fixed" if lf.rule == STRIP else "block"
    if slot in {"glued", "title"}:
        wrap = f"{wrap}:{lead!r}:{tail!r}" if slot == "glued" else f"{wrap}:{lead!r}"
    return Plant("link", lf.name, wrap, slot, ctx, f"{host}{path}", (lf.rule,), lf.rule, expect,
                 title, body)  # fmt: skip


def plant_code(rng: Rng, delim: str | None = None) -> Plant:
    delim = delim or rng.choice(list(CODE_DELIMS))
    left, right = CODE_DELIMS[delim]
    code = make_code(rng)
    token = f"{left}{code}{right}"
    where = rng.choice(["after", "after", "before", "around"])
    trigger = rng.choice(TRIGGERS_BEFORE if where == "before" else TRIGGERS_AFTER)
    if where == "after":
        form = f"{token}{trigger}"
    elif where == "before":
        form = f"{trigger}{token}"
    else:
        form = f"【淘宝】{rng.choice(['领券', '优惠'])}{token}{trigger}"
    where = f"{where}:{trigger}"
    slot = rng.choice(["glued", "own-line", "title"])
    ctx = rng.choice(list(INLINE))
    title = rng.choice(TITLES)
    if slot == "glued":
        lead = rng.choice(["点击", "戳", "", "："])
        body = INLINE[ctx](rng, f"{lead}{form}")
        where = f"{where}:{lead}"
    elif slot == "own-line":
        body = INLINE[ctx](rng, f"\n{form}\n")
    else:
        body = INLINE[ctx](rng, _prose(rng, 1))
        title = f"{title}{form}"
        ctx = "title"
    return Plant("code", delim, where, slot, ctx, code, (CODE,), CODE, "block", title, body)


def plant_line(rng: Rng, kind: str, pick: tuple | None = None, slot: str | None = None) -> Plant:
    if kind == "mark":
        name, text = pick or rng.choice(MARKS)
        rules: tuple[str, ...] = (MARK,)
    elif kind == "internal":
        name, text, _extra = pick or rng.choice(INTERNALS)
        rules = (INTERNAL,)
    else:
        name, text, rules = pick or rng.choice(NOTES)
    slot = slot or rng.choice(LINE_SLOTS)
    if slot == "title-same-line" and text[0] not in "（(【":
        slot = "after-title"  # glued to a title line only in brackets of its own (first run, (a))
    title, body = marking_body(rng, slot, text)
    if slot == "after-fenhao":
        rules = (*rules, HINT)
    expect = "block"
    if (kind, name, slot) == ("note", "bare-line", "table-cell"):
        # a bare 不予公开 alone in a cell is a table's value (a 年报's count row, a guide's rule):
        # it warns (review 43, fix 120); 此件不予公开 in a cell blocks
        rules, expect = (TERM,), "warn"
    key = rules[0]
    return Plant(kind, name, "-", slot, "gongwen", text, tuple(sorted(rules)), key, expect, title,
                 body)  # fmt: skip


KINDS = ["link", "link", "code", "mark", "internal", "note"]


def plant(rng: Rng) -> Plant:
    kind = rng.choice(KINDS)
    if kind == "link":
        return plant_link(rng)
    if kind == "code":
        return plant_code(rng)
    return plant_line(rng, kind)


# ----- clean look-alikes --------------------------------------------------------------------

CLEAN = [
    (
        "gov-link",
        "详见中国政府网https://www.gov.cn/zhengce/content/2026-01/05/content_1.htm。",
        "a gov.cn link",
    ),
    ("gov-ideo", "也可访问www。gov。cn查询", "gov.cn with ideographic stops"),
    ("gov-spelled", "请登录 www 点 gov 点 cn 查询", "a gov.cn host spelled out: not an ad host"),
    ("time-dian", "会议于下午3点30分开始，地点在三楼会议室。", "a time with 点"),
    ("clause-dot", "依据第1 . 2条的规定办理。", "a clause number with a spaced dot"),
    ("name-dot", "阿卜杜·热合曼同志获评先进个人。", "a name with a middle dot"),
    ("version", "系统版本升级为v1.2.3，请及时更新。", "a version number"),
    ("amount", "全年投入资金3.5亿元。", "an amount"),
    ("docx", "请下载附件report.docx填写后报送。", "a file name"),
    ("yen-price", "门票价格￥128元，学生半价。", "a price with ￥"),
    ("euro-price", "汇率按€25计算。", "a euro price"),
    (
        "model-near-taobao",
        "在iPhone15Pro上打开淘宝时闪退的问题已修复。",
        "a model name near 打开淘宝 without 复制",
    ),
    ("order-label", "订单号（JD2025010112），打开京东APP可查询物流。", "a labelled order number"),
    ("copy-link", "请复制链接到浏览器打开。", "复制 and 打开 without a code"),
    ("taobao-village", "我县淘宝村数量达到12个，京东物流园区建成投用。", "shop names in news"),
    ("baomi-slogan", "保守国家秘密★维护国家安全", "a 保密 slogan's star"),
    ("baomi-prose", "每位公民都有保守国家秘密的义务。", "国家秘密 in prose"),
    ("secret-10", "他守住这个秘密10年。", "a secret in a sentence"),
    ("bullet-star", "★机密文件管理培训班将于下周举行", "a bullet star before a sentence"),
    ("secret-vote", "选举采用秘密投票方式。", "秘密投票"),
    ("level-list", "国家秘密分为三级：\n- 绝密\n- 机密\n- 秘密", "a 保密 lesson's list of levels"),
    ("level-prose", "属于绝密级国家秘密的事项须严格管理。", "a level in a sentence"),
    ("field-public", "密级：公开", "a 密级 field saying public"),
    ("field-feimi", "密级：非密", "a 密级 field saying not secret"),
    ("save-receipt", "请注意保存好购物凭证，以便维权。", "注意保存 as advice"),
    ("keep-code", "注意保密，不要泄露验证码。", "注意保密 as advice"),
    ("neibu-pub", "内部资料性出版物须按规定办理准印证。", "内部资料性出版物"),
    ("battery", "电池内部材料发生热失控可能引发火灾。", "内部材料 of a thing"),
    ("upload-ban", "严禁将内部资料上传互联网。", "内部资料 as a thing handled"),
    ("rumour", "请勿扩散未经证实的消息。", "请勿扩散 as advice"),
    ("for-reference", "以上信息仅供参考。", "仅供参考"),
    ("staff-only", "本次竞聘限内部员工报名。", "内部 in prose"),
    ("code-pw", "验证码请勿外传。", "请勿外传 of a verification code"),
    ("public-note", "（此件公开发布）", "a note saying public"),
    ("active-note", "（此件主动公开）", "a note saying public"),
    ("tender", "本项目采用是否公开招标方式确定。", "是否公开招标 in a sentence"),
    ("active-prose", "各单位要主动公开财政预决算信息。", "主动公开 in a sentence"),
    ("sent-to", "通知已发至各区县。", "发至 in a sentence"),
    ("mail", "来稿请发送至tougao@example.gov.cn。", "a mail address (gov.cn)"),
    ("hashtag", "#便民服务# 社保卡办理指南", "a topic"),
    ("dr-wang", "据Dr.Wang介绍，该项目进展顺利。", "a title and a name"),
    ("java", "请升级com.alibaba.fastjson.JSON组件。", "a Java class"),
    ("tb-word", "TB是结核病的英文缩写。", "TB as a word"),
    ("jd-word", "JD即岗位说明书。", "JD as a word"),
    ("cn-list", "3. CN域名注册管理办法", "a list number before CN"),
    ("slash-word", "请选择是/否。", "a slash between words"),
    ("book-title", "学习《民法典》《个人信息保护法》相关内容。", "book titles"),
    ("corner-quote", "群众称赞「办事真方便」。", "a corner-bracket quote"),
    ("fenhao-only", "本期共印150份，发至各社区。", "copies in a sentence"),
    ("douyin-word", "欢迎关注本局抖音号，搜索“某某发布”。", "an account named, no link"),
]


# ----- the YAML -----------------------------------------------------------------------------

# (d) real misses and (c) documented limits the sweep found, triaged after the first run:
# pattern -> reason; the minimal reproductions below.
REASONS: dict[str, str] = {
    "c-list-number": "documented limit (docs/compliance.md, spelled-out hosts): a number, a dot and a"
    " space before a host's last label is a list's number (3. CN域名…); a line break after 3. reads as"
    " that space, so JD's 3.⏎cn/… is not read as spelled",
    "c-whole-host": "documented limit (docs/compliance.md, spelled-out hosts): a spelled host is read"
    " only when the ad rules list the joined host whole; mobile.yangkeduo.com is an ad only with its"
    " pid, so spelled out it is no ad host",
}
# Patterns fixed since, their reasons kept: no longer xfails, each case's note says so.
FIXED: dict[str, str] = {
    "T1": "red team 84: a marking or note alone in a Markdown (GFM) table cell is not read as a cell of"
    " its own when it is not the plain form (★机密, 机★密, 机密/5年, 此件不予公开, 不予公开。, （此件不予公开,"
    " 主动公开：否, 内部参阅, 会议材料 注意保密 会后收回); in an HTML <td> it is, and | 机密 | is",
    "Y1": "red team 84: a yes/no field 主动公开：否 in a GFM table cell with another cell after it"
    " (| 主动公开：否 | 无 |) is not read; with a cell 已发 after it, or as the row's last cell, it is",
    "F1": "red team 84: a 份号 and a 密级 on one line (000123　机密　1年) inside an HTML paragraph, a"
    " WeChat <section>, an HTML cell or a GFM table cell is not read; on a line of its own it blocks",
    "N1": "red team 84: a one-sided note （此件不予公开 glued after a title on its line only warns"
    " (secrecy.sensitive_term); closed, or on a line of its own, it blocks",
    "S1": "red team 84: a spelled-out ad host glued right after a hyphen or a full stop (入口-t . cn/…,"
    " 链接．t点cn/…, 链接.t·cn/…) is not read; after a colon, a space or a dash — it is",
    "K1": "red team 84: a delimited 淘口令 after 【淘宝】复制 (or 【京东】复制) with no 打开<app> is not"
    " found; with 打开淘宝 after it, it is",
    "K2": "red team 84: a /…/ 淘口令 right after a colon with the trigger 长按复制此条消息，打开淘宝APP is"
    " not found; without the colon, or with 复制这段话打开淘宝, it is",
    "S2": "red team 84: a link with a percent-encoded scheme (https%3A%2F%2F…) or a bare host in"
    " Markdown emphasis (_dwz.cn_/…) glued right after a hyphen or a full-width full stop is not"
    " stripped (link.other_host or nothing); after a colon it is",
    "P1": "red team 84: a link whose scheme and first slash are percent-encoded but whose query is"
    " not (https%3A%2F%2Fmobile.yangkeduo.com%2Fgoods.html?goods_id=…&pid=…) is read without its"
    " query: the pid that makes it an ad is lost and it only warns link.other_host; encoded whole,"
    " or not encoded, it is stripped",
    "E1": "red team 84: Markdown emphasis around a bare host whose ad-ness is in its query"
    " (_mobile.yangkeduo.com_/goods.html?…&pid=…) loses the path: it only warns link.other_host,"
    " while the page shows the whole address (docs: _t.cn_/x shows t.cn/x)",
}
FIXED_BY = {
    **dict.fromkeys(["T1", "Y1", "F1", "N1"], "fix 115"),
    **dict.fromkeys(["S1", "K1", "K2", "S2", "P1", "E1"], "fix 114"),
}
# Minimal reproductions of every miss pattern of the sweep (strict xfail), each beside a caught twin.
REPROS: list[tuple[str, str, str, object, str | None, str]] = [
    ("repro-s1-hyphen-spaced", "报名入口-t . cn/A6xYz12b领取", "block", SPELL, "S1",
     "spaced dots right after a hyphen"),
    ("repro-s1-hyphen-dian", "报名入口-dwz点cn/Ab12Cd34", "block", SPELL, "S1", "点 right after a hyphen"),
    ("repro-s1-fwstop-dian", "报名链接．t点cn/A6xYz12b", "block", SPELL, "S1",
     "点 right after a full-width full stop"),
    ("repro-s1-stop-middle-dot", "报名链接.t·cn/A6xYz12b", "block", SPELL, "S1",
     "a middle dot right after an ASCII full stop"),
    ("repro-s1-hyphen-brackets", "入口-u[.]jd[.]com/AbC12x", "block", SPELL, "S1",
     "[.] right after a hyphen"),
    ("repro-s1-hyphen-line", "入口-t.\ncn/A6xYz12b", "block", SPELL, "S1",
     "a line break after the dot, right after a hyphen"),
    ("twin-s1-dash", "报名入口—t点cn/A6xYz12b", "block", SPELL, None,
     "caught twin of S1: an em dash before the host"),
    ("twin-s1-colon", "报名链接：t点cn/A6xYz12b", "block", SPELL, None, "caught twin of S1: a colon"),
    ("twin-s1-hyphen-space", "报名入口- t . cn/A6xYz12b", "block", SPELL, None,
     "caught twin of S1: a space after the hyphen"),
    ("repro-k1-taobao-copy", "【淘宝】复制￥AbCd1234EfG￥", "block", CODE, "K1",
     "￥…￥ after 【淘宝】复制, no 打开"),
    ("repro-k1-paren", "【淘宝】复制(AbCd1234EfG)", "block", CODE, "K1", "(…) after 【淘宝】复制"),
    ("repro-k1-jd", "【京东】复制￥AbCd1234EfG￥", "block", CODE, "K1", "￥…￥ after 【京东】复制"),
    ("twin-k1-open", "【淘宝】复制￥AbCd1234EfG￥打开淘宝", "block", CODE, None,
     "caught twin of K1: 打开淘宝 after the code"),
    ("repro-k2-colon-slash", "领取方式：/AbCd1234EfG/长按复制此条消息，打开淘宝APP", "block", CODE, "K2",
     "/…/ code after a colon, 长按复制 trigger"),
    ("twin-k2-no-colon", "/AbCd1234EfG/长按复制此条消息，打开淘宝APP", "block", CODE, None,
     "caught twin of K2: no colon before"),
    ("twin-k2-other-trigger", "领取方式：/AbCd1234EfG/复制这段话打开淘宝", "block", CODE, None,
     "caught twin of K2: another trigger"),
    ("repro-t1-star-before", "| 文件 | 密级 |\n|---|---|\n| 通知 | ★机密 |", "block", MARK, "T1",
     "★机密 alone in a GFM cell"),
    ("repro-t1-star-inside", "| 文件 | 密级 |\n|---|---|\n| 通知 | 机★密 |", "block", MARK, "T1",
     "机★密 alone in a GFM cell"),
    ("repro-t1-slash-period", "| 文件 | 密级 |\n|---|---|\n| 通知 | 机密/5年 |", "block", MARK, "T1",
     "机密/5年 alone in a GFM cell"),
    ("repro-t1-note-line", "| 文件 | 备注 |\n|---|---|\n| 通知 | 此件不予公开 |", "block", NOTPUB, "T1",
     "此件不予公开 alone in a GFM cell (warns only)"),
    ("repro-t1-note-bare", "| 文件 | 备注 |\n|---|---|\n| 通知 | 不予公开。 |", "warn", TERM, "T1",
     "不予公开。 alone in a GFM cell (warns only)"),
    ("repro-y1-yesno-cell", "| 文件 | 备注 | 附注 |\n|---|---|---|\n| 通知 | 主动公开：否 | 无 |", "block",
     NOTPUB, "Y1", "主动公开：否 in a GFM cell, the cell 无 after it"),
    ("repro-y1-shifou-cell", "| 通知 | 是否公开：否 | 无 |", "block", NOTPUB, "Y1",
     "是否公开：否 in a GFM cell, the cell 无 after it"),
    ("twin-y1-last-cell", "| 文件 | 备注 |\n|---|---|\n| 通知 | 主动公开：否 |", "block", NOTPUB, None,
     "caught twin of Y1: the field in the row's last cell"),
    ("repro-t1-canyue", "| 文件 | 备注 |\n|---|---|\n| 经济动态 | 内部参阅 |", "block", INTERNAL, "T1",
     "内部参阅 alone in a GFM cell"),
    ("repro-t1-huihou", "| 文件 | 备注 |\n|---|---|\n| 材料 | 会议材料　注意保密　会后收回 |", "block",
     INTERNAL, "T1", "a 会后收回 note alone in a GFM cell"),
    ("twin-t1-td", "<table><tr><td>通知</td><td>★机密</td></tr></table>", "block", MARK, None,
     "caught twin of T1: the same in an HTML cell"),
    ("twin-t1-plain", "| 文件 | 密级 |\n|---|---|\n| 通知 | 机密 |", "block", MARK, None,
     "caught twin of T1: a bare 密级 in a GFM cell"),
    ("twin-t1-neibu", "| 文件 | 备注 |\n|---|---|\n| 通知 | 内部资料 |", "block", INTERNAL, None,
     "caught twin of T1: 内部资料 in a GFM cell"),
    ("repro-n1-title-one-side", "关于举办春季招聘会的公告（此件不予公开\n各有关单位：", "block", NOTPUB,
     "N1", "a one-sided note glued after the title line"),
    ("twin-n1-closed", "关于举办春季招聘会的公告（此件不予公开）\n各有关单位：", "block", NOTPUB, None,
     "caught twin of N1: the bracket closed"),
    ("repro-s2-percent-hyphen", "入口-https%3A%2F%2Fb23.tv%2FYTndSBs", "fixed", STRIP, "S2",
     "a percent-encoded scheme right after a hyphen"),
    ("repro-s2-percent-stop", "链接．https%3A%2F%2Ft.cn%2FA6aYYDVF，", "fixed", STRIP, "S2",
     "a percent-encoded scheme right after a full-width full stop"),
    ("repro-s2-emphasis-stop", "链接．_dwz.cn_/gIMncAPj领取", "fixed", STRIP, "S2",
     "emphasis around a short host right after a full-width full stop"),
    ("twin-s2-percent-colon", "链接：https%3A%2F%2Ft.cn%2FA6aYYDVF，", "fixed", STRIP, None,
     "caught twin of S2: a colon before"),
    ("repro-p1-percent-query", "https%3A%2F%2Fmobile.yangkeduo.com%2Fgoods.html?goods_id=123456789&pid=8888_1234567",
     "fixed", STRIP, "P1", "scheme and first slash encoded, the query with the pid raw"),
    ("repro-p1-percent-taobao", "https%3A%2F%2Fitem.taobao.com%2Fitem.htm?id=1&pid=mm_12_34_56", "fixed",
     STRIP, "P1", "an item.taobao.com page with pid=mm_, scheme encoded, query raw"),
    ("twin-p1-encoded-whole",
     "https%3A%2F%2Fmobile.yangkeduo.com%2Fgoods.html%3Fgoods_id%3D123456789%26pid%3D8888_1234567", "fixed",
     STRIP, None, "caught twin of P1: the query encoded too"),
    ("repro-e1-emphasis-pid", "_mobile.yangkeduo.com_/goods.html?goods_id=123456789&pid=8888_1234567",
     "fixed", STRIP, "E1", "emphasis around a yangkeduo host, the pid in the path after it"),
    ("repro-e1-emphasis-mm", "_item.taobao.com_/item.htm?id=1&pid=mm_12_34_56", "fixed", STRIP, "E1",
     "emphasis around item.taobao.com, pid=mm_ after it"),
    ("twin-e1-no-emphasis", "mobile.yangkeduo.com/goods.html?goods_id=123456789&pid=8888_1234567",
     "fixed", STRIP, None, "caught twin of E1: no emphasis"),
    ("repro-f1-p", "<p>000123　机密　1年</p>", "block", MARK, "F1", "份号 and 密级 in an HTML paragraph"),
    ("repro-f1-section", '<section style="text-align:center;">000123　机密　1年</section>', "block", MARK,
     "F1", "份号 and 密级 in a WeChat editor's section"),
    ("repro-f1-td", "<table><tr><td>通知</td><td>000123　机密　1年</td></tr></table>", "block", MARK, "F1",
     "份号 and 密级 in an HTML cell"),
    ("repro-f1-gfm", "| 文件 | 份号密级 |\n|---|---|\n| 通知 | 000123　机密　1年 |", "block", MARK, "F1",
     "份号 and 密级 in a GFM cell"),
    ("twin-f1-line", "000123　机密　1年\n\n关于做好有关工作的通知", "block", MARK, None,
     "caught twin of F1: the same on a line of its own (six digits not alone: no 份号 hint)"),
    ("repro-c-list-number", "报名入口：3.\ncn/AbCd1234", "block", SPELL, "c-list-number",
     "JD's 3.cn broken over a line after its dot"),
    ("repro-c-whole-host", "mobile点yangkeduo点com/goods.html?goods_id=123456789&pid=8888_1234567",
     "block", SPELL, "c-whole-host", "mobile.yangkeduo.com spelled out with 点, its pid after"),
]  # fmt: skip
T1_FORMS = {
    ("mark", "star-before"), ("mark", "ji-star-mi"), ("mark", "slash-period"), ("note", "line"),
    ("note", "bare-line"), ("note", "one-side"), ("internal", "canyue"), ("internal", "huihou"),
}  # fmt: skip
SPELLED = {f.name for f in LINK_FORMS if f.rule == SPELL}


def pattern_of(p: Plant) -> str | None:  # noqa: PLR0911 - one per pattern
    """The triaged miss pattern a planted post falls under, or None (it must be caught)."""
    if p.kind == "link" and p.form in SPELLED and p.slot in {"glued", "title"}:
        tail_is_ad = p.item.startswith(("e.tb.cn", "m.tb.cn"))  # tb . cn after it is read
        if p.wrap.startswith(("none:'入口-'", "none:'链接．'")) and not tail_is_ad:
            return "S1"
    glued_after_stop = p.wrap.startswith(("none:'入口-'", "none:'链接．'"))
    if p.kind == "link" and p.form in {"percent-scheme", "emphasis"}:
        if p.item.startswith("mobile.yangkeduo.com"):
            return "P1" if p.form == "percent-scheme" else "E1"
        tail_is_ad = p.item.startswith(("e.tb.cn", "m.tb.cn"))  # read as tb.cn all the same
        if glued_after_stop and p.slot in {"glued", "title"} and not tail_is_ad:
            return "S2"
    f1_slots = {"html-p", "wechat-section", "html-td", "table-cell"}
    if p.kind == "mark" and p.form == "fenhao-line" and p.slot in f1_slots:
        return "F1"
    # € and ₤ need no trigger (docs: alone_delimiters), so 【淘宝】复制€…€ is caught
    if p.kind == "code" and "【淘宝】复制" in p.wrap and p.form not in {"euro", "pound"}:
        return "K1"
    if (
        p.kind == "code"
        and p.form == "slash"
        and p.wrap.startswith("after:长按复制")
        and p.wrap.endswith(":：")
    ):
        return "K2"
    if p.slot == "table-cell" and (p.kind, p.form) in T1_FORMS:
        return "T1"
    if p.slot == "table-cell" and (p.kind, p.form) == ("note", "yesno"):
        return "Y1"
    if p.slot == "title-same-line" and (p.kind, p.form) == ("note", "one-side"):
        return "N1"
    return None


def _note(p: Plant, pattern: str | None = None) -> str:
    return (
        f"{p.kind} {p.form!r} (wrap {p.wrap}) in slot {p.slot} of a {p.ctx} post;"
        f" planted item {p.item!r}{_fixed(pattern)}"
    )


def _fixed(pattern: str | None) -> str:
    """What a case's note adds when its pattern has been fixed since the sweep."""
    return f" ({pattern}: fixed by {FIXED_BY[pattern]})" if pattern in FIXED_BY else ""


def build() -> CaseTable:
    rng = random.Random(SEED)
    table = CaseTable(FAMILY)
    plants: list[Plant] = []
    for lf in LINK_FORMS:
        plants.append(plant_link(rng, lf.name))
        plants.append(plant_link(rng, lf.name))
    for delim in CODE_DELIMS:
        plants.append(plant_code(rng, delim))
        plants.append(plant_code(rng, delim))
    plants.extend(plant_line(rng, "mark", pick) for pick in MARKS)
    plants.extend(plant_line(rng, "internal", pick) for pick in INTERNALS)
    plants.extend(plant_line(rng, "note", pick) for pick in NOTES)
    plants.extend(
        plant_line(rng, rng.choice(["mark", "internal", "note"]), slot=slot) for slot in LINE_SLOTS
    )
    while len(plants) < 250:
        plants.append(plant(rng))
    for n, p in enumerate(plants):
        id_ = f"{p.kind}-{p.form}-{n:03d}"
        rule: object = p.rules[0] if len(p.rules) == 1 else list(p.rules)
        pattern = pattern_of(p)
        xfail = REASONS.get(pattern) if pattern else None
        if (
            p.slot == "title"
        ):  # the item in the title: the case's text is the title (first run, (a))
            table.case(id_, p.title, p.expect, rule, _note(p, pattern), "title", xfail=xfail)
            continue
        table.case(id_, p.body, p.expect, rule, _note(p, pattern), xfail=xfail)
        table.cases[-1]["title"] = p.title
    for name, text, rules in ON_REQUEST:
        title, body = marking_body(rng, "after-date", text)
        table.case(f"note-on-request-{name}", body, "warn", rules[0],
                   "a 依申请公开 note warns (disclosure.on_request), it does not block")  # fmt: skip
        table.cases[-1]["title"] = title
    for id_, text, expect, rule, pattern, note in REPROS:
        table.case(id_, text, expect, rule, f"minimal form of a sweep pattern: {note}{_fixed(pattern)}",
                   xfail=REASONS.get(pattern) if pattern else None)  # fmt: skip
    for id_, text, note in CLEAN:
        table.clean(f"clean-{id_}", text, f"look-alike, must stay clean: {note}")
    return table


# ----- the sweep ----------------------------------------------------------------------------


def _check_chunk(args: tuple[int, int]) -> tuple[list[dict[str, object]], Counter[str]]:
    from govpub import Policy, Post, check

    policy = Policy.default()
    start, count = args
    rng = random.Random(f"{SEED}:sweep:{start}")
    misses: list[dict[str, object]] = []
    totals: Counter[str] = Counter()
    for _ in range(count):
        p = plant(rng)
        totals[p.key] += 1
        result = check(Post(title=p.title, body=p.body), policy)
        found = {f.rule for f in result.findings}
        pattern = pattern_of(p) or "-"
        totals[f"pattern|{pattern}"] += 1
        if p.key_rule not in found:
            misses.append({"key": p.key, "pattern": pattern, "title": p.title, "body": p.body,
                           "item": p.item, "found": sorted(found)})  # fmt: skip
    return misses, totals


def sweep(count: int, out: Path) -> None:
    from multiprocessing import Pool

    chunk = 500
    jobs = [(s, min(chunk, count - s)) for s in range(0, count, chunk)]
    with Pool() as pool:
        results = pool.map(_check_chunk, jobs)
    misses = [m for r in results for m in r[0]]
    totals: Counter[str] = Counter()
    for r in results:
        totals.update(r[1])
    patterns = Counter(str(m["pattern"]) for m in misses)
    for name in sorted({k.split("|")[1] for k in totals if k.startswith("pattern|")}):
        sys.stdout.write(
            f"pattern {name}: {patterns[name]} missed of {totals['pattern|' + name]}\n"
        )
    totals = Counter({k: v for k, v in totals.items() if not k.startswith("pattern|")})
    write_miss_report(count, totals, misses, out, samples=8)


if __name__ == "__main__":
    if len(sys.argv) > 1 and sys.argv[1] == "--sweep":
        sweep(int(sys.argv[2]), Path(sys.argv[3] if len(sys.argv) > 3 else "/tmp/rt84_sweep.json"))
    else:
        build().write(
            __file__,
            "red team 84 (blind): one planted ad link, 淘口令, marking or note in government prose,"
            " many forms — regenerate with tests/compliance/corpus/gen_redteam84.py",
            width=1000,
        )
