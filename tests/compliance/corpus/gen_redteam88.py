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
"""

from __future__ import annotations

import random
import sys
from collections import Counter, defaultdict
from pathlib import Path

from case_table import CaseTable, write_sweep_report

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))
from number_makers import DIVISIONS, full_width, id_number, luhn, uscc, zero_width

SEED = 88
FAMILY = "redteam88_blind_personal_in_addresses"
IDN = "personal.id_number"
MOB = "personal.mobile"
CARD = "personal.bank_card"
OTHER = "link.other_host"
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


def r_query(rng: Rng) -> tuple[str, str, str, str, str]:
    kind = rng.choice([MOB, MOB, IDN, IDN, CARD])
    value = {MOB: mobile, IDN: person_id, CARD: card}[kind](rng)
    key = rng.choice(QUERY_KEYS[kind])
    enc = rng.random() < 0.2
    shown = pct(value) if enc else value
    path = rng.choice(["cx/query.do", "bsfw/jg.html", "search", "wsbs/result"])
    url = f"https://{rng.choice(GOV)}/{path}?{key}={shown}"
    if rng.random() < 0.3:
        url = f"https://{rng.choice(GOV)}/{path}?type=2&{key}={shown}&page=1"
    if rng.random() < 0.3:
        return "query", f"md {key}{' pct' if enc else ''}", f"[查询结果]({url})", kind, value
    return "query", f"{key}{' pct' if enc else ''}", url, kind, value


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


REAL = [
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
        return "hotline", "tel12345", f"[拨打12345](tel:12345)", None
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


CLEAN = [
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
        return {
            "slot": slot,
            "form": form,
            "text": text,
            "rule": rule,
            "value": value,
            "real": True,
        }
    slot, form, text, rule = rng.choice(CLEAN)(rng)
    return {"slot": slot, "form": form, "text": text, "rule": rule, "value": "", "real": False}


def render(rng: Rng, items: list[dict[str, object]]) -> tuple[str, str]:
    kind = rng.choice(["prose", "list", "table"])
    if kind == "prose":
        parts = [rng.choice(PROSE)]
        for it in items:
            parts.append(
                f"{lead(rng, str(it['slot']))}{it['text']}{rng.choice(['。', '，', '；', ' 。'])}"
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
    rules = {str(it["rule"]) for it in items if it["rule"]}
    severities = {
        "block" if r.startswith("personal") else "warn" if r == OTHER else "fixed" for r in rules
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

#: after triage: one minimal form of each pattern the sweep found (id, text, expect, rule, note, xfail)
FOUND: list[tuple[str, str, str, object, str, str | None]] = []


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
    real_slots = [f for f in REAL]
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
        rules = sorted({str(it["rule"]) for it in post["items"] if it["rule"]})
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
    for id_, text, expect, rule, note, xfail in FOUND:
        entry = {"id": id_, "text": text, "expect": expect}
        if rule is not None:
            entry["rule"] = rule
        entry["note"] = f"the sweep's pattern: {note}"
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


def triage(key: tuple[str, ...]) -> str:
    """The triaged pattern of a miss or a finding (filled in after the first run)."""
    return "NEW"


def sweep(count: int, out: Path) -> None:
    from govpub import Policy, Post, check

    policy = Policy.default()
    masking = Policy.from_mapping({"personal_data": "mask"}, base_dir=Path("."))
    rng = random.Random(f"{SEED}:sweep")
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
            if masked.findings and not masked.blocked and value in _plain_digits(masked.post.body):
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
        sweep(int(sys.argv[2]), Path(sys.argv[3] if len(sys.argv) > 3 else "/tmp/rt88_sweep.json"))
        return
    header = (
        "red-team pass 88 (blind): personal data inside addresses — e-mails, URLs, file names, "
        "handles; gen_redteam88.py regenerates it"
    )
    build_table().write(__file__, header, width=1000)


if __name__ == "__main__":
    main()
