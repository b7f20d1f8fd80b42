"""Regenerate redteam88_blind_personal_in_addresses.yaml (red-team pass 88, written blind).

Personal data inside things that look like addresses or names of things, where a link or
e-mail reader may claim the characters first: a person's mobile, ID number or bank card in an
e-mail's local part (``13812345678@163.com``), a ``mailto:``/``tel:``/``sms:`` href, a URL's query
(``?tel=…``, ``?sfzh=…``) or path (``/idcard/3101….jpg``), a Markdown link's words or an image's
alt text, a file name (``张三_3101….pdf``, ``报名表-138….docx``, a picture's ``filename``), a Weibo or
WeChat handle (``@用户138…``), a hashtag (``#138…#``), percent-encoded in a query, full width, with
zero-width characters, ``。``/``＠`` forms — in prose, a list or a table.

Look-alikes that must stay clean beside them: gov.cn pages whose paths hold 文号, dates and long
page ids (``/art/2026/3/15/art_1229_13812345.html``, ``t20260315_1381234567.html``, also an
11-digit id of a mobile's shape: docs, "Digits inside URLs are page identifiers"), 12345 热线
addresses, agency mailboxes (``service@gov.cn``), QQ mailboxes (**decision**: a QQ number alone is
no personal number in issue 12's sense — no format, no check, an account id like a Weibo uid),
统一社会信用代码 in paths, page numbers and non-personal ids in queries (``?page=13812``,
``?docid=…``, ``?id=6222…`` failing Luhn), landline and hotline ``tel:`` links, office file names
(timestamps, 文号), ``@上海发布``, ``@用户7412345678`` (a 10-digit uid), ``#12345热线#``. Shop links
with order or item numbers are judged by the ad rules (``item.jd.com`` warns as another host,
``u.jd.com`` is stripped).

``python tests/compliance/corpus/gen_redteam88.py`` writes the family; ``--sweep N [out.json]``
(with govpub importable) puts N generated posts (one in four hiding one real item) through
``govpub.check`` — and, for the posts hiding one, ``Policy(personal_data="mask")`` too, checking
that no excerpt or message shows the number whole and that the post to send holds it no more —
and counts every block, warning and miss by slot and form.

Written before the checker or any other family was read (issue 12, docs/compliance.md, the corpus
README, ``case_table.py``, ``number_makers.py`` and the layouts of ``gen_redteam71.py`` and
``gen_redteam87.py`` only). Fixed seed.

First run of the family (228 cases: 150 sampled posts of look-alikes, 60 hiding one real item, 18
single-field cases): 5 failed — 3 real items missed (a number as a URL path segment twice, an ID
number percent-encoded in a query) and 2 extra warnings (``www.<mobile>.com`` warns
link.other_host as well, (b): docs, fix 127). First sweep, 30,000 posts: 16,056 clean, 6,921
blocked, 4,918 warned, 2,105 fixed; misses only in URL paths, percent-encoded query values and 8
ID numbers under ``?id=``/``?cardNo=`` (those that pass GB 32100 by chance); no false finding on
a look-alike. A second round (``r_wide``, ``c_wide``, ``QUERY_KEYS_MORE``; written after the first
run, with ``personal/query.py`` read) added user parts, fragments, full-width and zero-width
URLs, autolinks, hrefs, more query names and grouped values. Sweep of 40,000 posts after triage
(10,090 hiding a real item: 6,559 mobiles, 2,900 ID numbers, 631 cards; 140,087 look-alike
items): 20,499 clean, 8,916 blocked, 8,050 warned, 2,535 fixed; by pattern (``PATTERNS``) — d1 4,
d2 262, d3 249, d4 136, d5 130 (excerpts showing the number), d6 205, c1 318; b1 and b2 now
expected; no false finding on any look-alike, no number left unmasked by ``mask`` when found.
After triage the sampled posts leave the triaged forms out (``SAMPLE``, ``triaged``) and ``FOUND``
holds one minimal form of each, a strict xfail, with the brief's look-alikes each alone.
"""

from __future__ import annotations

import random
import sys
from collections import Counter, defaultdict
from pathlib import Path

from case_table import CaseTable, write_sweep_report
from rule_ids import CARD, IDN, MOB, OTHER, UNPARSABLE

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))
from number_makers import DIVISIONS, full_width, id_number, luhn, uscc, zero_width

SEED = 88
FAMILY = "redteam88_blind_personal_in_addresses"
#: True while the family's sampled posts are made: the triaged forms are left out of them
SAMPLE = False
STRIP = "ad.link_stripped"

Rng = random.Random
DIGITS = "0123456789"
GOV = ("www.gov.cn", "www.sh.gov.cn", "www.beijing.gov.cn", "www.gz.gov.cn", "zwfw.hubei.gov.cn")
MAIL = ("163.com", "126.com", "139.com", "qq.com", "sina.com", "foxmail.com")
NAMES = ("张三", "李四", "王某某", "赵敏", "陈小红")
TITLES = ("关于公布2026年第一批报名结果的通知", "区政务服务中心办事指南", "关于开展专项行动的公告")


def digits(rng: Rng, n: int, first: str = DIGITS) -> str:
    return rng.choice(first) + "".join(rng.choice(DIGITS) for _ in range(n - 1))


def mobile(rng: Rng) -> str:
    return "1" + rng.choice("3456789") + digits(rng, 9)


def person_id(rng: Rng) -> str:
    birth = f"{rng.randint(1950, 2005)}{rng.randint(1, 12):02d}{rng.randint(1, 28):02d}"
    return id_number(rng.choice(DIVISIONS) + birth + digits(rng, 3))


def card(rng: Rng) -> str:
    prefix = rng.choice(["622202", "621700", "622848", "623668", "625965"])
    return luhn(prefix + digits(rng, rng.choice([16, 19]) - len(prefix) - 1))


def luhn_ok(number: str) -> bool:
    return luhn(number[:-1]) == number


def pct(text: str) -> str:
    return "".join(f"%{ord(c):02X}" for c in text)


def hyphened(kind: str, value: str) -> str:
    if kind == MOB:
        return f"{value[:3]}-{value[3:7]}-{value[7:]}"
    if kind == IDN:
        return f"{value[:6]}-{value[6:14]}-{value[14:]}"
    return "-".join(value[i : i + 4] for i in range(0, len(value), 4))


def written(rng: Rng, kind: str, value: str, forms: tuple[str, ...]) -> tuple[str, str]:
    """``value`` whole or in a variant the slot allows."""
    form = rng.choice(("plain", "plain", "plain", *forms))
    text = {
        "plain": value,
        "fw": full_width(value),
        "zw": zero_width(value, rng.choice([3, 4]), rng.choice(["\u200b", "\u2060", "\ufeff"])),
        "hy": hyphened(kind, value) if kind else value,
    }[form]
    return form, text


# ----- real items: a person's number inside an address or a name ------------------------------
# each returns (slot, form, text, rule, number)


def r_email(rng: Rng) -> tuple[str, str, str, str, str]:
    kind = rng.choice([MOB, MOB, MOB, IDN])
    value = mobile(rng) if kind == MOB else person_id(rng)
    form, local = written(rng, kind, value, ("fw", "zw", "hy"))
    host = rng.choice(MAIL)
    shape = rng.choice(["@", "@", "＠", "@。"])
    if shape == "@。":
        return "email", f"{form}+stop", f"{local}@{host.replace('.', '。')}", kind, value
    if shape == "＠":
        return "email", f"{form}+fwat", f"{local}＠{full_width(host)}", kind, value
    return "email", form, f"{local}@{host}", kind, value


def r_mailto(rng: Rng) -> tuple[str, str, str, str, str]:
    value = mobile(rng)
    host = rng.choice(MAIL)
    if rng.random() < 0.5:
        return "mailto", "md", f"[发送邮件](mailto:{value}@{host})", MOB, value
    return "mailto", "html", f'<a href="mailto:{value}@{host}">邮件咨询</a>', MOB, value


def r_tel(rng: Rng) -> tuple[str, str, str, str, str]:
    value = mobile(rng)
    scheme = rng.choice(["tel:", "tel:+86", "sms:", "tel:+86-"])
    words = rng.choice(["拨打电话", "一键拨号", "联系我们", "发短信"])
    if rng.random() < 0.5:
        return "tel", f"md {scheme}", f"[{words}]({scheme}{value})", MOB, value
    return "tel", f"html {scheme}", f'<a href="{scheme}{value}">{words}</a>', MOB, value


QUERY_KEYS = {
    MOB: ("tel", "mobile", "phone", "lxdh", "sjh", "shouji"),
    IDN: ("sfzh", "idcard", "id", "zjhm", "cardNo", "idNo"),
    CARD: ("cardno", "bankcard", "yhkh", "cardNo"),
}

#: names that say what they hold as sites write them, beyond the first round's
QUERY_KEYS_MORE = {
    MOB: ("phoneNumber", "mobileNo", "userPhone", "telNo", "contactTel", "mobile_no", "lxsj"),
    CARD: ("accountNo", "yhzh", "bankAccount"),
}


def r_query(rng: Rng) -> tuple[str, str, str, str, str]:
    kind = rng.choice([MOB, MOB, IDN, IDN, CARD])
    value = {MOB: mobile, IDN: person_id, CARD: card}[kind](rng)
    key = rng.choice(QUERY_KEYS[kind])
    enc = rng.random() < 0.2
    shown = pct(value) if enc else value
    extra = ""
    if not enc and kind in QUERY_KEYS_MORE and rng.random() < 0.25:  # the second round's
        key = rng.choice(QUERY_KEYS_MORE[kind])
        extra = " more"
    elif not enc and kind == MOB and rng.random() < 0.15:
        shown = rng.choice([f"%2B86{value}", f"+86{value}", hyphened(MOB, value)])
        extra = " grouped"
    enc_form = " pct" if enc else extra
    path = rng.choice(["cx/query.do", "bsfw/jg.html", "search", "wsbs/result"])
    url = f"https://{rng.choice(GOV)}/{path}?{key}={shown}"
    if rng.random() < 0.3:
        url = f"https://{rng.choice(GOV)}/{path}?type=2&{key}={shown}&page=1"
    if rng.random() < 0.3:
        return "query", f"md {key}{enc_form}", f"[查询结果]({url})", kind, value
    return "query", f"{key}{enc_form}", url, kind, value


def r_path(rng: Rng) -> tuple[str, str, str, str, str]:
    kind = rng.choice([IDN, IDN, MOB])
    value = person_id(rng) if kind == IDN else mobile(rng)
    name = rng.choice(NAMES)
    host = rng.choice(GOV)
    form, url = rng.choice(
        [
            ("dir", f"https://{host}/upload/idcard/{value}.jpg"),
            ("file", f"https://{host}/files/{name}_{value}.pdf"),
            ("file-", f"https://{host}/uploadfiles/报名表-{value}.docx"),
            ("dir", f"https://{host}/attach/{value}/photo.png"),
        ]
    )
    return "path", form, url, kind, value


def r_linkwords(rng: Rng) -> tuple[str, str, str, str, str]:
    kind = rng.choice([MOB, IDN])
    value = mobile(rng) if kind == MOB else person_id(rng)
    form, shown = written(rng, kind, value, ("fw", "zw"))
    name = rng.choice(NAMES)
    host = rng.choice(GOV)
    choice = rng.randrange(4)
    if choice == 0:
        return "mdtext", form, f"[{name} {shown}](https://{host}/a.html)", kind, value
    if choice == 1:
        return "alt", form, f"![{name}身份证{shown}](https://{host}/img/a.jpg)", kind, value
    if choice == 2:
        return (
            "alt",
            f"html {form}",
            f'<img src="https://{host}/b.png" alt="{name}{shown}">',
            kind,
            value,
        )
    return "mdtitle", form, f'[报名表](https://{host}/c.html "{name} {shown}")', kind, value


def r_file(rng: Rng) -> tuple[str, str, str, str, str]:
    kind = rng.choice([IDN, IDN, MOB, CARD])
    value = {MOB: mobile, IDN: person_id, CARD: card}[kind](rng)
    form, shown = written(rng, kind, value, ("fw", "hy"))
    name = rng.choice(NAMES)
    pattern = rng.choice(
        [
            "{n}_{v}.pdf",
            "报名表-{v}.docx",
            "{n}{v}.xlsx",
            "退款_{n}_{v}.xlsx",
            "{v}_{n}.jpg",
            "附件：{n}（{v}）.doc",
        ]
    )
    return "file", form, pattern.format(n=name, v=shown), kind, value


def r_handle(rng: Rng) -> tuple[str, str, str, str, str]:
    value = mobile(rng)
    form, shown = written(rng, MOB, value, ("fw", "zw"))
    pattern = rng.choice(["@用户{v}", "@{v}", "@{v} ", "微信号：{v}"])
    shape = {"@用户{v}": "@用户", "@{v}": "@", "@{v} ": "@+space", "微信号：{v}": "微信号"}[pattern]
    return "handle", f"{shape} {form}", pattern.format(v=shown), MOB, value


def r_hashtag(rng: Rng) -> tuple[str, str, str, str, str]:
    kind = rng.choice([MOB, MOB, IDN])
    value = mobile(rng) if kind == MOB else person_id(rng)
    form, shown = written(rng, kind, value, ("fw", "zw"))
    pattern = rng.choice(["#{v}#", "#寻找{n}{v}#", "#{n}联系方式{v}#"])
    return "hashtag", form, pattern.format(v=shown, n=rng.choice(NAMES)), kind, value


def r_barehost(rng: Rng) -> tuple[str, str, str, str, str]:
    value = mobile(rng)
    form, text = rng.choice(
        [("com/x", f"{value}.com/x"), ("。cn", f"{value}。cn"), ("www.", f"www.{value}.com")]
    )
    return "barehost", form, text, MOB, value


def r_wide(rng: Rng) -> tuple[str, str, str, str, str]:
    """The second round's forms: a number in a link's user part, fragment, autolink, an HTML
    href, a full-width or zero-width query, letters glued before an e-mail's number."""
    kind = rng.choice([MOB, MOB, IDN])
    value = mobile(rng) if kind == MOB else person_id(rng)
    key = rng.choice(QUERY_KEYS[kind])
    host = rng.choice(GOV)
    name = rng.choice(["zhangsan", "li", "wang.xm", "zs_"])
    form, text = rng.choice(
        [
            ("userinfo", f"https://{value}@{host}/a.html"),
            ("userinfo:", f"https://user:{value}@{host}/login"),
            ("fragment", f"https://{host}/a.html#{key}={value}"),
            (
                "fwurl",
                full_width(f"HTTPS://{host.upper()}/Q?{key.upper()}={value}")
                .replace("?", "？")
                .replace("=", "＝"),
            ),
            ("zwquery", f"https://{host}/q?{key}={zero_width(value, 4)}"),
            ("autolink", f"<https://{host}/q?{key}={value}>"),
            ("automail", f"<{value}@163.com>"),
            ("href", f'<a href="https://{host}/q?{key}={value}">查询</a>'),
            ("gluedmail", f"{name}{value}@163.com"),
            ("@name", f"@{rng.choice(NAMES)}{value}"),
        ]
    )
    return "wide", form, text, kind, value


REAL = [
    r_wide,
    r_wide,
    r_email,
    r_email,
    r_mailto,
    r_tel,
    r_query,
    r_query,
    r_path,
    r_linkwords,
    r_file,
    r_file,
    r_handle,
    r_hashtag,
    r_barehost,
]


# ----- clean items (and shop links, judged by the ad rules) -------------------------------------
# each returns (slot, form, text, rule or None)


def c_gov_page(rng: Rng) -> tuple[str, str, str, str | None]:
    host = rng.choice(GOV)
    y, m, d = 2026, rng.randint(1, 12), rng.randint(1, 28)
    choice = rng.randrange(5)
    if choice == 0:
        return (
            "govpage",
            "art8",
            f"https://{host}/art/{y}/{m}/{d}/art_{digits(rng, 4, '123456789')}_{digits(rng, 8, '123456789')}.html",
            None,
        )
    if choice == 1:
        return (
            "govpage",
            "art11",
            f"https://{host}/art/{y}/{m}/{d}/art_1229_{mobile(rng)}.html",
            None,
        )
    if choice == 2:
        return (
            "govpage",
            "t10",
            f"https://{host}/zwgk/{y}{m:02d}/t{y}{m:02d}{d:02d}_{digits(rng, 10, '123456789')}.html",
            None,
        )
    if choice == 3:
        return (
            "govpage",
            "t11",
            f"https://{host}/xxgk/{y}{m:02d}/t{y}{m:02d}{d:02d}_{mobile(rng)}.html",
            None,
        )
    return (
        "govpage",
        "content",
        f"https://{host}/zhengce/content/{y}-{m:02d}/{d:02d}/content_{digits(rng, 7, '123456789')}.htm",
        None,
    )


def c_mail(rng: Rng) -> tuple[str, str, str, str | None]:
    choice = rng.randrange(4)
    if choice == 0:
        return (
            "mail",
            "gov",
            rng.choice(["service@gov.cn", "zwgk@beijing.gov.cn", "xinfang@gz.gov.cn"]),
            None,
        )
    if choice == 1:
        return (
            "mail",
            "12345",
            rng.choice(["12345@sh.gov.cn", "sh12345@sh.gov.cn", "12345rx@gz.gov.cn"]),
            None,
        )
    if choice == 2:
        return "mail", "qq", f"{digits(rng, rng.choice([6, 8, 9, 10]), '123456789')}@qq.com", None
    return (
        "mail",
        "mailto",
        f"[来信](mailto:{rng.choice(['tousu', 'zwgk', '12345'])}@{rng.choice(GOV)[4:]})",
        None,
    )


def c_hotline(rng: Rng) -> tuple[str, str, str, str | None]:
    choice = rng.randrange(4)
    if choice == 0:
        return "hotline", "url", f"https://12345.{rng.choice(['sh', 'gz', 'wuhan'])}.gov.cn/", None
    if choice == 1:
        return "hotline", "tel12345", "[拨打12345](tel:12345)", None
    if choice == 2:
        return "hotline", "telland", f"[咨询电话](tel:021-{digits(rng, 8, '2345678')})", None
    return (
        "hotline",
        "tel95",
        f'<a href="tel:{rng.choice(["95588", "4008123123", "12315"])}">服务热线</a>',
        None,
    )


def c_code_path(rng: Rng) -> tuple[str, str, str, str | None]:
    first = rng.choice(["11", "12", "51", "52", "53", "91"]) + rng.choice(DIVISIONS)
    code = uscc(first + digits(rng, 9))
    return "codepath", first[:2], f"https://www.gsxt.gov.cn/corp-query/{code}.html", None


def c_query(rng: Rng) -> tuple[str, str, str, str | None]:
    host = rng.choice(GOV)
    choice = rng.randrange(4)
    if choice == 0:
        return "query", "page", f"https://{host}/list.html?page={digits(rng, 5, '123456789')}", None
    if choice == 1:
        return "query", "docid11", f"https://{host}/view.do?docid={mobile(rng)}", None
    if choice == 2:
        while True:
            number = "6222" + digits(rng, 12)
            if not luhn_ok(number):
                break
        return "query", "id62noluhn", f"https://{host}/detail?id={number}", None
    return "query", "date", f"https://{host}/s?time=20260315&n={digits(rng, 8, '123456789')}", None


def c_file(rng: Rng) -> tuple[str, str, str, str | None]:
    pattern = rng.choice(
        [
            "附件1：2026年第一批拟录用人员名单.xlsx",
            "沪府办发〔2026〕12号.pdf",
            f"IMG_2026{rng.randint(1, 12):02d}{rng.randint(1, 28):02d}_{rng.randint(80000, 235959):06d}.jpg",
            f"微信图片_2026{rng.randint(1, 12):02d}{rng.randint(10, 28)}{rng.randint(100000, 235959)}.jpg",
            f"公示名单-2026{rng.randint(1, 12):02d}{rng.randint(10, 28)}.docx",
        ]
    )
    return "file", "office", pattern, None


def c_handle(rng: Rng) -> tuple[str, str, str, str | None]:
    return (
        "handle",
        "clean",
        rng.choice(
            [
                "@上海发布",
                f"@用户{digits(rng, 10, '567')}",
                "#12345热线#",
                "#2026上海两会#",
                "@北京12345",
                f"#第{rng.randint(2, 9)}届进博会#",
            ]
        ),
        None,
    )


def c_shop(rng: Rng) -> tuple[str, str, str, str | None]:
    choice = rng.randrange(3)
    if choice == 0:
        return "shop", "jditem", f"https://item.jd.com/{digits(rng, 12, '1')}.html", OTHER
    if choice == 1:
        return "shop", "jditem11", f"https://item.jd.com/{mobile(rng)}.html", OTHER
    return (
        "shop",
        "ujd",
        f"https://u.jd.com/{''.join(rng.choice('AbCdEfGh23456') for _ in range(7))}",
        STRIP,
    )


def c_wide(rng: Rng) -> tuple[str, str, str, str | None]:
    host = rng.choice(GOV)
    choice = rng.randrange(4)
    if choice == 0:  # an 18-digit page id that fails the ID check
        while True:
            number = rng.choice(DIVISIONS) + "2026" + digits(rng, 8)
            if id_number(number[:17]) != number:
                break
        return "wide", "id18bad", f"https://{host}/content/{number}.html", None
    if choice == 1:
        while True:
            code = uscc(rng.choice(["12", "11", "13"]) + rng.choice(DIVISIONS) + digits(rng, 9))
            if code.isdigit() and id_number(code[:17]) != code:
                break
        return "wide", "usccquery", f"https://{host}/xxgk/org?tyshxydm={code}", None
    if choice == 2:
        return "wide", "weibouid", f"https://weibo.com/u/{digits(rng, 10, '567')}", OTHER
    return "wide", "12345mail", f"<12345@{host[4:]}>", None


CLEAN = [
    c_wide,
    c_gov_page,
    c_gov_page,
    c_mail,
    c_mail,
    c_hotline,
    c_code_path,
    c_query,
    c_file,
    c_handle,
    c_shop,
]

LEADS = {
    "email": ("报名材料请发送至邮箱", "联系邮箱：", "投稿邮箱 "),
    "mailto": ("如有疑问可", "咨询方式："),
    "tel": ("咨询请", "联系方式："),
    "query": ("查询结果见", "办理进度："),
    "path": ("附件下载：", "材料见"),
    "mdtext": ("联系人：", "详见"),
    "alt": ("", "证件照片："),
    "mdtitle": ("下载", ""),
    "file": ("附件：", "请下载", "材料名称："),
    "handle": ("欢迎关注", "转发", "请联系"),
    "wide": ("详见", "链接：", "请访问 "),
    "hashtag": ("", "话题"),
    "barehost": ("网址：", "详见"),
    "govpage": ("详见", "原文链接：", "相关链接："),
    "mail": ("来信请寄", "邮箱：", "意见建议请发送至"),
    "hotline": ("也可", "服务热线：", "网上办理："),
    "codepath": ("企业信息：", "详见"),
    "shop": ("涉案商品链接：", "投诉商品："),
}


def lead(rng: Rng, slot: str) -> str:
    return rng.choice(LEADS[slot])


PROSE = (
    "根据工作安排，现将有关事项通知如下。",
    "请各单位认真组织，按时报送。",
    "本次活动由区政务服务中心承办。",
    "如有疑问，请在工作日联系。",
)


def make_item(rng: Rng, real: bool) -> dict[str, object]:
    if real:
        slot, form, text, rule, value = rng.choice(REAL)(rng)
        # a link with www. is an address written: it warns as well (docs, fix 127)
        # and a full-width URL no browser opens warns link.unparsable (docs: "How links and
        # hosts are read": ｈｔｔｐｓ：／／www.gov.cn／… is not opened as www.gov.cn) — triage (b)
        also = OTHER if (slot, form) == ("barehost", "www.") else None
        also = UNPARSABLE if (slot, form) == ("wide", "fwurl") else also
        if SAMPLE and triaged(slot, form, value, rule):
            return make_item(rng, real)
        return {
            "also": also,
            "slot": slot,
            "form": form,
            "text": text,
            "rule": rule,
            "value": value,
            "real": True,
        }
    slot, form, text, rule = rng.choice(CLEAN)(rng)
    return {
        "slot": slot,
        "form": form,
        "text": text,
        "rule": rule,
        "value": "",
        "real": False,
        "also": None,
    }


def render(rng: Rng, items: list[dict[str, object]]) -> tuple[str, str]:
    kind = rng.choice(["prose", "list", "table"])
    if kind == "prose":
        parts = [rng.choice(PROSE)]
        parts.extend(
            f"{lead(rng, str(it['slot']))}{it['text']}{rng.choice(['。', '，', '；', ' 。'])}"
            for it in items
        )
        return kind, "".join(parts)
    if kind == "list":
        lines = [rng.choice(PROSE), ""]
        for n, it in enumerate(items, 1):
            mark = rng.choice(["-", "*", f"{n}."])
            lines.append(f"{mark} {lead(rng, str(it['slot']))}{it['text']}")
        return kind, "\n".join(lines)
    lines = [rng.choice(PROSE), "", "| 序号 | 栏目 | 链接或说明 |", "|---|---|---|"]
    for n, it in enumerate(items, 1):
        lines.append(f"| {n} | {lead(rng, str(it['slot'])) or '资料'} | {it['text']} |")
    return kind, "\n".join(lines)


def make_post(rng: Rng, real: bool) -> dict[str, object]:
    items = [make_item(rng, False) for _ in range(rng.randint(2, 5))]
    hidden = None
    if real:
        hidden = make_item(rng, True)
        items.insert(rng.randrange(len(items) + 1), hidden)
    kind, body = render(rng, items)
    rules = {str(it["rule"]) for it in items if it["rule"]} | {
        str(it["also"]) for it in items if it["also"]
    }
    severities = {
        "block" if r.startswith("personal") else "warn" if r in {OTHER, UNPARSABLE} else "fixed"
        for r in rules
    }
    expect = next((v for v in ("block", "warn", "fixed") if v in severities), "clean")
    return {
        "title": rng.choice(TITLES),
        "body": body,
        "kind": kind,
        "items": items,
        "hidden": hidden,
        "expect": expect,
        "rules": sorted(rules),
    }


# ----- single-field cases: a title, a picture's file name and alt text --------------------------


def field_cases(rng: Rng) -> list[dict[str, object]]:
    cases: list[dict[str, object]] = []
    m, i, c = mobile(rng), person_id(rng), card(rng)
    rows = [
        (
            "fn-id",
            "image.filename",
            f"张三_{i}.jpg",
            "block",
            IDN,
            "an ID number in a picture's file name",
        ),
        (
            "fn-mob",
            "image.filename",
            f"报名表-{m}.png",
            "block",
            MOB,
            "a mobile in a picture's file name",
        ),
        (
            "fn-card",
            "image.filename",
            f"退款凭证_{c}.jpg",
            "block",
            CARD,
            "a card in a picture's file name",
        ),
        (
            "fn-id-fw",
            "cover.filename",
            f"{full_width(i)}.jpg",
            "block",
            IDN,
            "a full-width ID number as a cover's file name",
        ),
        (
            "fn-clean-ts",
            "image.filename",
            "IMG_20260315_143015.jpg",
            "clean",
            None,
            "a camera's timestamp file name",
        ),
        (
            "fn-clean-wx",
            "image.filename",
            "微信图片_20260315143015.jpg",
            "clean",
            None,
            "WeChat's timestamp file name",
        ),
        (
            "fn-clean-doc",
            "image.filename",
            "沪府办发〔2026〕12号-附件1.png",
            "clean",
            None,
            "a 文号 as a file name",
        ),
        (
            "alt-mail",
            "image.alt",
            f"联系邮箱{m}@163.com",
            "block",
            MOB,
            "a mobile as an e-mail's local part in an alt text",
        ),
        (
            "alt-clean",
            "image.alt",
            "12345热线 12345@sh.gov.cn",
            "clean",
            None,
            "the hotline's mailbox in an alt text",
        ),
        (
            "title-mail",
            "title",
            f"报名请发送至{m}@163.com",
            "block",
            MOB,
            "a mobile as an e-mail's local part in the title",
        ),
        (
            "title-hashtag",
            "title",
            f"#{m}#寻人启事",
            "block",
            MOB,
            "a mobile as a hashtag in the title",
        ),
        (
            "title-file",
            "title",
            f"关于张三_{i}.pdf的说明",
            "block",
            IDN,
            "an ID number in a file name in the title",
        ),
        (
            "title-clean",
            "title",
            "关于转发沪府办发〔2026〕12号文件的通知",
            "clean",
            None,
            "a 文号 in the title",
        ),
        (
            "title-clean-art",
            "title",
            "详见https://www.sh.gov.cn/art/2026/3/15/art_1229_13812345.html",
            "clean",
            None,
            "a gov.cn page id in the title",
        ),
        ("tag-handle", "tags", f"@用户{m}", "block", MOB, "a mobile in a Weibo handle as a tag"),
        ("tag-clean", "tags", "#12345热线#", "clean", None, "the hotline's topic as a tag"),
        (
            "author-mail",
            "author",
            f"张三（{m}@139.com）",
            "block",
            MOB,
            "a mobile as an e-mail's local part in the author",
        ),
        (
            "weibo-tel",
            "overrides.weibo.text",
            f"咨询请拨 tel:{m}",
            "block",
            MOB,
            "a bare tel: URI in a Weibo text",
        ),
    ]
    for id_, field, text, expect, rule, note in rows:
        cases.append(
            {"id": id_, "field": field, "text": text, "expect": expect, "rule": rule, "note": note}
        )
    return cases


# ----- the family ---------------------------------------------------------------------------

_ID = id_number("41010519660110770")  # 410105196601107702: also a valid GB 32100 check character
_IDX = "11010519491231002X"
_M = "13812345678"
_C = "6222021234567894"
_G = "https://www.gov.cn"
_DOC_PATH = (
    "docs/compliance.md (fix 130): a mobile-shaped path segment is a page's id; only an 18-character "
    "ID number with a valid date and check character in a path is read"
)
_FW = "详见ＨＴＴＰＳ:／／ＷＷＷ．ＧＯＶ．ＣＮ／Ｑ？ＳＪＨ＝１３８１２３４５６７８"

#: after triage: one minimal form of each pattern the sweep found (id, text, expect, rule, note,
#: xfail) — (d) real: "red team 88: …"; (c) documented: the docs' reason; (b) the corrected
#: expectation, passing; and the brief's look-alikes, each alone
FOUND: list[tuple[str, str, str, object, str, str | None]] = [
    ("d1-id", f"查询结果见{_G}/search?id={_ID}", "block", IDN,
     "d1: a checked ID number that is also a valid 统一社会信用代码 by chance, as `?id=`", None),
    ("d1-q-encoded-label", f"{_G}/s?q=%E8%BA%AB%E4%BB%BD%E8%AF%81{_ID}", "block", IDN,
     "d1: the same number after the percent-encoded words 身份证 in a search query", None),
    ("d1-cardno", f"[查询]({_G}/bsfw/jg.html?cardNo={_ID})", "block", IDN,
     "d1: the same number under `cardNo` in a Markdown link", None),
    ("d2-tel", f"查询：{_G}/cx/query.do?tel={pct(_M)}", "block", MOB,
     "d2: a mobile percent-encoded digit by digit under `tel=` (the server reads 138…)", None),
    ("d2-sfzh", f"[进度]({_G}/q?sfzh={pct(_IDX)})", "block", IDN,
     "d2: an ID number percent-encoded under `sfzh=`", None),
    ("d3-user", f"登录：https://{_M}@www.gov.cn/a.html", "block", MOB,
     "d3: a mobile as a link's user part (the text shows it; the browser sends it)", None),
    ("d3-password", f"https://user:{_IDX}@www.gov.cn/login", "block", IDN,
     "d3: an ID number as a link's password", None),
    ("d4-tel", f"详见{_G}/a.html#tel={_M}", "block", MOB,
     "d4: a mobile in a fragment under `tel=` (a page's script reads it; the reader sees it)", None),
    ("d4-idcard", f"{_G}/a.html#idcard={_IDX}", "block", IDN,
     "d4: an ID number in a fragment under `idcard=`", None),
    ("d5-fw-excerpt", _FW, "block", [MOB, UNPARSABLE],
     "d5: a full-width URL with a mobile in its query: link.unparsable's excerpt must show it masked "
     "(the excerpt given is the URL masked as the editor wrote it)", None),
    ("d6-phonenumber", f"{_G}/q?phoneNumber={_M}", "block", MOB,
     "d6: `phoneNumber=`, a name saying it is a phone", None),
    ("d6-mobile-no", f"{_G}/q?mobile_no={_M}", "block", MOB,
     "d6: `mobile_no=` (`phone_no` is listed)", None),
    ("d6-mobileno", f"{_G}/q?mobileNo={_M}", "block", MOB,
     "d6: `mobileNo=`", None),
    ("d6-accountno", f"{_G}/q?accountNo={_C}", "block", CARD,
     "d6: a UnionPay card (Luhn) under `accountNo=`", None),
    ("d6-plus86", f"{_G}/q?tel=+86{_M}", "block", MOB,
     "d6: `tel=+86138…`", None),
    ("d6-hyphens", f"{_G}/q?tel=138-1234-5678", "block", MOB,
     "d6: `tel=138-1234-5678`", None),
    ("c1-dir", f"{_G}/upload/idcard/{_IDX}.jpg", "block", IDN,
     "c1: an ID number as a file name in a URL's path (fix 130: no page id)", None),
    ("c1-segment", f"{_G}/attach/{_M}/photo.png", "block", MOB,
     "c1: a mobile as a path segment", _DOC_PATH),
    ("c1-md-target", f"[报名表]({_G}/files/张三_{_IDX}.pdf)", "block", IDN,
     "c1: a name and an ID number in a Markdown link's target (a bare one ends at 张三 and blocks)",
     None),
    ("b1-www", f"网址：www.{_M}.com", "block", [MOB, OTHER],
     "b1: a mobile as a www. host: blocks, and warns as an address written (fix 127)", None),
    ("b2-fw", "详见ＨＴＴＰＳ:／／ＷＷＷ．ＧＯＶ．ＣＮ／Ｑ？ＰＡＧＥ＝２", "warn", UNPARSABLE,
     "b2: a full-width gov.cn URL no browser opens warns", None),
    ("ok-bare-path-file", f"附件：{_G}/files/张三_{_IDX}.pdf", "block", IDN,
     "a bare URL ends at 张三: the file name after it is text and blocks", None),
    ("ok-mail-mobile", f"联系邮箱：{_M}@163.com", "block", MOB, "a mobile as an e-mail's local part", None),
    ("ok-mail-id-fw", f"{full_width(_IDX)}＠ｑｑ．ｃｏｍ", "block", IDN,
     "a full-width ID number before a full-width ＠", None),
    ("ok-tel-href", f'<a href="tel:+86{_M}">拨打</a>', "block", MOB, "a tel: href with +86", None),
    ("ok-sms", f"[发短信](sms:{_M}?body=报名)", "block", MOB, "an sms: href with a body", None),
    ("ok-handle", f"欢迎关注@用户{_M}", "block", MOB, "a Weibo handle of the default kind with a mobile", None),
    ("ok-hashtag", f"#{_M}#", "block", MOB, "a mobile as a hashtag", None),
    ("ok-qq", "投稿邮箱：285123456@qq.com", "clean", None,
     "decided: a QQ number alone is no personal number in issue 12's sense", None),
    ("ok-12345", "来信请寄12345@sh.gov.cn或service@gov.cn", "clean", None, "agency mailboxes", None),
    ("ok-art", f"{_G}/art/2026/3/15/art_1229_{_M}.html", "clean", None,
     "a page id of a mobile's shape in a gov.cn path (docs: a page's id)", None),
    ("ok-t-id", f"{_G}/zwgk/202603/t20260315_1381234567.html", "clean", None, "a long page id", None),
    ("ok-page", f"{_G}/list.html?page=13812", "clean", None, "a page number", None),
    ("ok-docid", f"{_G}/view.do?docid={_M}", "clean", None, "a mobile's shape under `docid=`", None),
    ("ok-id62", f"{_G}/detail?id=6222021234567890", "clean", None, "16 digits from 62 failing Luhn under `id=`", None),
    ("ok-pct-text", "编号%31%33%38%31%32%33%34%35%36%37%38", "clean", None,
     "percent-encoded digits in plain text (docs: read as published)", None),
    ("ok-qq11", "邮箱：10012345678@qq.com", "clean", None, "11 digits from 10: no mobile's shape", None),
    ("ok-uid10", "关注@用户1381234567", "clean", None, "a Weibo default name with a 10-digit uid", None),
    ("ok-date-tag", "#20260315#发布会", "clean", None, "a date as a hashtag", None),
    ("ok-uscc-path", f"{_G}/xxgk/11100000000013127D/index.html", "clean", None,
     "a 统一社会信用代码 as a path segment", None),
    ("ok-wxid", "微信号：wxid_13812345678", "block", MOB, "a mobile inside a WeChat id", None),
    ("ok-jd-item", "投诉商品：https://item.jd.com/100012345678.html", "warn", OTHER,
     "a shop's item page: another host (docs' ad rules)", None),
    ("ok-ujd", "涉案链接：https://u.jd.com/AbC1234", "fixed", STRIP, "a 京东联盟 short link: stripped", None),
]  # fmt: skip


#: the same patterns in the address fields (id, field, text, rule, note, xfail)
FIELD_FOUND = [
    ("d2-url-field", "url", f"{_G}/cx/query.do?tel={pct(_M)}", MOB,
     "d2: the post's own url with a percent-encoded mobile under `tel=`", None),
    ("d3-source-url", "source.url", f"https://{_M}@www.gov.cn/a.html", MOB,
     "d3: a reprint's source URL with a mobile as its user part", None),
    ("ok-url-sfzh", "url", f"{_G}/q?sfzh={_IDX}", IDN,
     "an ID number under `sfzh=` in the post's url blocks (docs)", None),
]  # fmt: skip


def build_table() -> CaseTable:
    rng = random.Random(SEED)
    table = CaseTable(FAMILY)
    slots_seen: set[str] = set()
    n = 0
    while n < 150:
        post = make_post(rng, real=False)
        n += 1
        forms = ", ".join(sorted({f"{it['slot']} {it['form']}" for it in post["items"]}))
        slots_seen |= {str(it["slot"]) for it in post["items"]}
        entry: dict[str, object] = {
            "id": f"post-{n:03d}",
            "text": post["body"],
            "expect": post["expect"],
        }
        if post["rules"]:
            entry["rule"] = post["rules"]
        entry["note"] = f"{post['kind']} post of address-like items ({forms}); no personal number"
        entry["title"] = post["title"]
        table.cases.append(entry)
    global SAMPLE  # noqa: PLW0603 - the sampled posts leave the triaged forms out
    SAMPLE = True
    real_slots = [f for f in REAL if f is not r_path]  # every path form is triaged (c1)
    for m in range(1, 61):
        sub = random.Random(f"{SEED}:real:{m}")
        post = make_post(rng, real=False)
        hidden = None
        while hidden is None or (
            m <= len(real_slots) and hidden["slot"] != real_slots[m - 1](Rng(0))[0]
        ):
            hidden = make_item(sub, True)
        post["items"].insert(rng.randrange(len(post["items"]) + 1), hidden)
        kind, body = render(rng, post["items"])
        rules = sorted(
            {str(it["rule"]) for it in post["items"] if it["rule"]}
            | {str(it["also"]) for it in post["items"] if it["also"]}
        )
        entry = {"id": f"real-{m:03d}", "text": body, "expect": "block", "rule": rules}
        entry["note"] = (
            f"{kind} post hiding one real item: {hidden['slot']} {hidden['form']} ({hidden['rule']}: "
            f"a person's number inside an address or a name) among address-like look-alikes"
        )
        entry["title"] = post["title"]
        table.cases.append(entry)
    for case in field_cases(rng):
        entry = {"id": case["id"], "text": case["text"], "expect": case["expect"]}
        if case["rule"]:
            entry["rule"] = case["rule"]
        entry["note"] = case["note"]
        entry["field"] = case["field"]
        table.cases.append(entry)
    for id_, field, text, rule, note, xfail in FIELD_FOUND:
        table.case(id_, text, "block", rule, f"the sweep's pattern: {note}", field, xfail=xfail)
    for id_, text, expect, rule, note, xfail in FOUND:
        entry = {"id": id_, "text": text, "expect": expect}
        if rule is not None:
            entry["rule"] = rule
        entry["note"] = f"the sweep's pattern: {note}" if id_[:1] in "bcd" else note
        if id_ == "d5-fw-excerpt":
            entry["excerpt"] = _FW[2:].replace("１２３４", "****")
        if xfail:
            entry["xfail"] = xfail
        table.cases.append(entry)
    return table


# ----- the sweep ----------------------------------------------------------------------------


def _plain_digits(text: str) -> str:
    out = []
    for ch in text:
        if "０" <= ch <= "９":
            out.append(chr(ord(ch) - 0xFEE0))
        elif ch.isdigit() and ch.isascii():
            out.append(ch)
        elif ch in "Xx":
            out.append("X")
    return "".join(out)


def triaged(slot: str, form: str, value: str, rule: str) -> bool:
    """A form the sweep found checked wrongly (``FOUND`` holds one of each, a strict xfail):
    left out of the sampled posts."""
    return (
        slot == "path"
        or form.endswith((" pct", " more", " grouped"))
        or form.startswith(("userinfo", "fragment"))
        or (rule == IDN and slot == "query" and uscc(value[:17]) == value)
    )


PATTERNS = {
    "d1": "(d) a checked ID number that also has a valid GB 32100 check character (1 in 31) as a "
    "query value under a name that is no ID's (`?id=`, `?q=`, `?cardNo=`): passes (in text it blocks)",
    "d2": "(d) a number percent-encoded in a query value (`?tel=%31%33…`): passes",
    "d3": "(d) a number as a link's user part (`https://138…@www.gov.cn/`, `https://user:3101…@…`): passes",
    "d4": "(d) a number in a fragment under a name saying so (`#tel=138…`, `#idcard=3101…`): passes",
    "d5": "(d) a full-width URL: link.unparsable's excerpt shows the number in its query whole",
    "d6": "(d) a query name saying phone or card that the list lacks (`phoneNumber`, `mobileNo`, "
    "`mobile_no`, `telNo`, `userPhone`, `contactTel`, `lxsj`, `accountNo`, `yhzh`), or a mobile "
    "value written `+86…`/`%2B86…`/`138-1234-5678`: passes",
    "b1": "(b) `www.<mobile>.com` warns link.other_host as well (docs, fix 127: an address written)",
    "b2": "(b) a full-width URL warns link.unparsable (docs: no browser opens it)",
    "c1": "(c) a number in a URL's path — a segment or a file name (`/upload/idcard/3101….jpg`, "
    "`[表](https://…/files/张三_3101….pdf)`): docs, digits inside URLs are page identifiers",
}


def triage(key: tuple[str, ...]) -> str:  # noqa: PLR0911
    """The triaged pattern (``PATTERNS``) of a miss, a finding or a shown number; NEW if none."""
    what, form, slot = key[0], key[-1], key[-2]
    if what == "FALSE":
        slot, form = key[3], key[4]
        if (key[2], slot, form) == (OTHER, "barehost", "www."):
            return "b1"
        return "b2" if (key[2], form) == (UNPARSABLE, "fwurl") else "NEW"
    if what == "SHOWN":
        return "d5" if form == "fwurl" else "NEW"
    if what != "MISS":
        return "NEW"
    if slot == "path":
        return "c1"
    if form.endswith(" pct"):
        return "d2"
    if form.endswith((" more", " grouped")):
        return "d6"
    if form.startswith("userinfo"):
        return "d3"
    if form.startswith("fragment"):
        return "d4"
    return "d1" if slot == "query" and key[1] == IDN else "NEW"


def sweep(count: int, out: Path, part: str = "") -> None:  # noqa: PLR0912
    from govpub import Policy, Post, check

    policy = Policy.default()
    masking = Policy.from_mapping({"personal_data": "mask"}, base_dir=Path("."))
    rng = random.Random(f"{SEED}:sweep{part}")
    verdicts: Counter[str] = Counter()
    by_pattern: Counter[tuple[str, ...]] = Counter()
    samples: dict[tuple[str, ...], list[dict[str, object]]] = defaultdict(list)
    for n in range(count):
        post = make_post(rng, real=rng.random() < 0.25)
        body = str(post["body"])
        result = check(Post(title=str(post["title"]), body=body), policy)
        severities = {f.severity for f in result.findings}
        verdict = (
            "block"
            if "block" in severities
            else "warn"
            if "warn" in severities
            else "fixed"
            if severities
            else "clean"
        )
        verdicts[verdict] += 1
        keys: list[tuple[str, ...]] = []
        matched: set[int] = set()
        for f in result.findings:
            shared = [k for k, it in enumerate(post["items"]) if f.rule in {it["rule"], it["also"]}]
            if (
                f.rule in {OTHER, STRIP, UNPARSABLE} and shared
            ):  # once per host and field: any of them
                matched.update(shared)
                continue
            hit = None
            for k, it in enumerate(post["items"]):
                at = body.find(str(it["text"]))
                if (
                    f.offset is not None
                    and at >= 0
                    and at - 3 <= f.offset < at + len(str(it["text"])) + 1
                ):
                    hit = k
                    break
            if hit is not None:
                it = post["items"][hit]
                if it["rule"] == f.rule:
                    matched.add(hit)
                    continue
                key = (
                    "FALSE",
                    f.severity,
                    f.rule,
                    str(it["slot"]),
                    str(it["form"]),
                    "real" if it["real"] else "",
                )
            else:
                key = ("FALSE", f.severity, f.rule, "?", "")
            keys.append(key)
        for k, it in enumerate(post["items"]):
            if it["rule"] and k not in matched:
                keys.append(("MISS", str(it["rule"]), str(it["slot"]), str(it["form"])))
        hidden = post["hidden"]
        if hidden is not None:
            masked = check(Post(title=str(post["title"]), body=body), masking)
            value = str(hidden["value"])
            for f in masked.findings + result.findings:
                if value in _plain_digits(f.excerpt or "") or value in _plain_digits(f.message):
                    keys.append(("SHOWN", f.rule, str(hidden["slot"]), str(hidden["form"])))
                    break
            found = post["items"].index(hidden) in matched
            if (
                found
                and masked.findings
                and not masked.blocked
                and value in _plain_digits(masked.post.body)
            ):
                keys.append(
                    ("UNMASKED", str(hidden["rule"]), str(hidden["slot"]), str(hidden["form"]))
                )
        for key in keys:
            full = (triage(key), *key)
            by_pattern[full] += 1
            if len(samples[full]) < 12:
                samples[full].append(
                    {
                        "n": n,
                        "findings": [
                            (f.rule, f.severity, f.excerpt, f.message) for f in result.findings
                        ],
                        "items": post["items"],
                        "body": body,
                    }
                )
    write_sweep_report(count, verdicts, by_pattern, samples, out)


def main() -> None:
    if len(sys.argv) > 1 and sys.argv[1] == "--sweep":
        out = Path(sys.argv[3] if len(sys.argv) > 3 else "/tmp/rt88_sweep.json")
        sweep(int(sys.argv[2]), out, sys.argv[4] if len(sys.argv) > 4 else "")
        return
    header = (
        "red-team pass 88 (blind): personal data inside addresses — e-mails, URLs, file names, "
        "handles; gen_redteam88.py regenerates it"
    )
    build_table().write(__file__, header, width=1000)


if __name__ == "__main__":
    main()
