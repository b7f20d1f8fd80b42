"""Generate redteam52_blind_link_grid.yaml: issue 12's link and 淘口令 forms crossed with contexts.

Written blind (issue 12, the reference docs, docs/compliance.md and the corpus README only).
The expectations are the docs' reading, not govpub's output. Regenerate with
``python tests/compliance/corpus/gen_redteam52.py``; cases a triage changed by hand are
changed here too (``_OVERRIDES``), so the file stays reproducible.
"""

from __future__ import annotations

import sys
from collections.abc import Callable, Iterator
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))
import corpus_yaml

FAMILY = "redteam52_blind_link_grid"
OUT = Path(__file__).with_name(f"{FAMILY}.yaml")

# -- links ------------------------------------------------------------------------------

# host, path: four from issue 12, two more the docs list (淘宝联盟's m.tb.cn, bit.ly)
AD_LINKS = [
    ("s.click.taobao.com", "/t?e=1"),
    ("t.cn", "/A6xYz"),
    ("u.jd.com", "/Ab12Cd"),
    ("dwz.cn", "/Ab12"),
    ("m.tb.cn", "/h.Ab12"),
    ("bit.ly", "/3xYzAb"),
]

INVISIBLE = {"200b": "\u200b", "2060": "\u2060", "feff": "\ufeff", "00ad": "\u00ad"}


def fullwidth(text: str) -> str:
    """ASCII printable characters as their full-width forms (U+FF01..U+FF5E)."""
    return "".join(chr(ord(c) + 0xFEE0) if "!" <= c <= "~" else c for c in text)


def with_dots(host: str, dot: str) -> str:
    return host.replace(".", dot)


def with_invisible(host: str, mark: str) -> str:
    """Put ``mark`` in the middle of the host's longest label."""
    labels = host.split(".")
    i = max(range(len(labels)), key=lambda k: len(labels[k]))
    label = labels[i]
    mid = max(1, len(label) // 2)
    labels[i] = label[:mid] + mark + label[mid:]
    return ".".join(labels)


def link_forms(host: str, path: str) -> Iterator[tuple[str, str, str, bool]]:
    """(form id, written link, what the trick is, has a scheme)."""
    yield "fw", fullwidth(host + path), "whole link in full-width forms", False
    for name, dot in (("ideo", "。"), ("half", "｡"), ("fwdot", "．")):
        yield f"dot-{name}", with_dots(host, dot) + path, f"{dot} between host labels", False
    for name, mark in INVISIBLE.items():
        yield (
            f"inv-{name}",
            with_invisible(host, mark) + path,
            f"U+{name.upper()} inside a host label (UTS #46 drops it)",
            False,
        )
    yield "upper", (host + path).upper(), "upper case", False
    yield "one-slash", "https:/" + host + path, "https:/ with one slash (browsers open it)", True
    yield "backslash", "https:\\\\" + host + path, "https:\\\\ (a backslash is a slash)", True
    yield "fw-scheme", "ＨＴＴＰＳ：／／" + host + path, "full-width scheme ＨＴＴＰＳ：／／", True
    # two tricks at once
    yield (
        "fw+zw",
        fullwidth(with_invisible(host, "\u200b") + path),
        "full-width and U+200B inside a label",
        False,
    )
    yield (
        "ideo+upper",
        with_dots(host, "。").upper() + path.upper(),
        "。 between labels and upper case",
        False,
    )
    yield (
        "slash+wj",
        "https:/" + with_invisible(host, "\u2060") + path,
        "https:/ and U+2060 inside a label",
        True,
    )
    yield (
        "fwscheme+half",
        "ＨＴＴＰＳ：／／" + with_dots(host, "｡") + path,
        "full-width scheme and ｡ between labels",
        True,
    )


# context id, template ({L} is the link), note, field, needs a scheme (an href target)
CONTEXTS: list[tuple[str, str, str, str, bool]] = [
    ("colon", "活动报名网址:{L}查看详情", "right after an ASCII colon", "body", False),
    ("colon-sp", "活动报名网址: {L} 查看详情", "after an ASCII colon and a space", "body", False),
    ("fwcolon", "活动报名网址：{L}查看详情", "right after a full-width colon", "body", False),
    (
        "fwcolon-sp",
        "活动报名网址： {L} 查看详情",
        "after a full-width colon and a space",
        "body",
        False,
    ),
    ("wangzhi", "请登录网址{L}报名", "right after 网址", "body", False),
    ("wangzhi-sp", "请登录网址 {L} 报名", "after 网址 and a space", "body", False),
    ("lianjie", "报名链接:{L}", "right after 链接:", "body", False),
    ("lianjie-sp", "报名链接: {L}", "after 链接: and a space", "body", False),
    ("paren", "报名入口（{L}）已开放", "inside （）", "body", False),
    ("lenticular", "报名入口【{L}】已开放", "inside 【】", "body", False),
    ("corner", "报名入口「{L}」已开放", "inside 「」", "body", False),
    ("book", "报名入口《{L}》已开放", "inside 《》", "body", False),
    ("line-start", "{L} 为报名入口\n请于本周五前完成报名", "at the start of a line", "body", False),
    ("line-end", "报名入口如下 {L}\n请于本周五前完成报名", "at the end of a line", "body", False),
    ("before-period", "报名入口为{L}。请于本周五前完成", "before 。", "body", False),
    ("before-comma", "报名入口为{L}，请于本周五前完成", "before ，", "body", False),
    ("before-bang", "报名入口为{L}！请于本周五前完成", "before ！", "body", False),
    ("md", "报名请点[这里]({L})，本周五截止", "in a Markdown link target", "body", True),
    ("href", '报名请点<a href="{L}">这里</a>，本周五截止', "in an HTML href", "body", True),
    ("title", "关于开展志愿服务报名的通知 {L}", "in the title", "title", False),
]

# government and 稿源单位 addresses in the same forms, for the clean twins
GOV_LINKS: list[tuple[str, str, str, bool]] = [
    ("gov-plain", "https://www.gov.cn/zhengce/content.htm", "plain gov.cn address", True),
    ("gov-ideo", "www。gov。cn/zhengce/", "gov.cn with 。 between labels", False),
    ("gd-half", "www｡gd｡gov｡cn/gkmlpt/", "a province under gov.cn with ｡ dots", False),
    ("gov-upper", "WWW.GOV.CN/zhengce/", "gov.cn in upper case", False),
    ("news-plain", "https://www.news.cn/politics/", "新华网 (稿源单位)", True),
    ("people-fwdot", "www．people．com．cn/", "人民网 with ． dots", False),
    ("xinhua-upper", "HTTPS://WWW.XINHUANET.COM/", "新华网 upper case with scheme", True),
    ("gov-one-slash", "https:/www.gov.cn/zhengce/", "gov.cn after https:/ (one slash)", True),
    ("gov-port", "HTTPS://WWW.GOV.CN.:8443/", "gov.cn with case, root dot and port", True),
    (
        "gov-zwsp",
        "www.go\u200bv.cn/zhengce/",
        "U+200B inside gov.cn (the browser opens gov.cn)",
        False,
    ),
]

# hosts that only look like ad hosts: another site each, so a warning (docs: link.other_host)
LOOKALIKES: list[tuple[str, str]] = [
    ("t.cnki.net/kns/", "t.cnki.net (CNKI), not t.cn"),
    ("jd.com.cn/about/", "jd.com.cn, not u.jd.com"),
    ("www.jd.com/", "a jd.com page without 京粉 marks"),
    ("u.jd.com.evil.cn/x", "u.jd.com as first labels of another host"),
    ("tt.cn/A6x", "tt.cn, not t.cn"),
    ("dwz.com.cn/x", "dwz.com.cn, not dwz.cn"),
    ("www.taobao.com/", "a taobao.com page without pid=mm_"),
    ("click.taobao.com.example.net/x", "taobao host as labels of another"),
]


def href_form(link: str, has_scheme: bool) -> str:
    return link if has_scheme else "https://" + link


def ad_cases() -> Iterator[dict[str, object]]:
    i = 0
    for host, path in AD_LINKS:
        hid = host.split(".")[0] if host != "s.click.taobao.com" else "sclick"
        if host == "m.tb.cn":
            hid = "mtb"
        for fid, link, trick, scheme in link_forms(host, path):
            for j in range(4):
                cid, tmpl, where, field, needs_scheme = CONTEXTS[(i + 5 * j) % len(CONTEXTS)]
                written = href_form(link, scheme) if needs_scheme else link
                yield {
                    "id": f"ad-{hid}-{fid}-{cid}",
                    "text": tmpl.replace("{L}", written),
                    "expect": "fixed",
                    "rule": "ad.link_stripped",
                    "note": f"{host}: {trick}, {where}; an ad or short link in text is stripped",
                    "field": field,
                }
            i += 1


def gov_cases() -> Iterator[dict[str, object]]:
    for n, (cid, tmpl, where, field, needs_scheme) in enumerate(CONTEXTS):
        for k in range(4):
            gid, link, what, scheme = GOV_LINKS[(n * 3 + k) % len(GOV_LINKS)]
            written = href_form(link, scheme) if needs_scheme else link
            yield {
                "id": f"clean-{gid}-{cid}",
                "text": tmpl.replace("{L}", written),
                "expect": "clean",
                "note": f"clean twin: {what}, {where}; an allowed host, nothing to report",
                "field": field,
            }


def lookalike_cases() -> Iterator[dict[str, object]]:
    for n, (link, what) in enumerate(LOOKALIKES):
        for k in range(2):
            cid, tmpl, where, field, needs_scheme = CONTEXTS[(n * 7 + k * 3) % len(CONTEXTS)]
            written = href_form(link, False) if needs_scheme else link
            yield {
                "id": f"other-{n}-{cid}",
                "text": tmpl.replace("{L}", written),
                "expect": "warn",
                "rule": "link.other_host",
                "note": f"look-alike: {what}, {where}; another site warns, it is no ad host",
                "field": field,
            }


# -- prose twins: 文号, product codes, file names, mail addresses, versions ----------------

PROSE_ITEMS: list[tuple[str, str, str]] = [
    ("wenhao", "国办发〔2018〕123号", "a 文号"),
    ("wenhao2", "京政办发〔2024〕5号", "a local 文号"),
    ("standard", "GB/T 9704-2012", "a standard's number"),
    ("product", "CZ3457AB12", "a product code (capitals and digits)"),
    ("docx", "实施方案.docx", "a file name"),
    ("setup", "setup.py", "a file name whose extension is a TLD (docs: stays clean)"),
    ("readme", "readme.md", "a file name whose extension is a TLD"),
    ("zip", "data.zip", "an archive name whose extension is a TLD"),
    ("mail-bj", "bgs@beijing.gov.cn", "a mail address at gov.cn"),
    ("mail-gd", "xxgk@gd.gov.cn", "a mail address at a province's gov.cn"),
    ("mail-163", "tougao@163.com", "a mail address at another host (a mail address, no site)"),
    ("version", "V3.5.2", "a version number"),
    ("stock", "600519.SH", "a stock code and its exchange"),
]

PROSE_CONTEXTS = [
    ("colon", "相关材料:{X}请查收"),
    ("fwcolon", "相关材料：{X}，请查收"),
    ("paren", "相关材料（{X}）请查收"),
    ("lenticular", "相关材料【{X}】请查收"),
    ("corner", "相关材料「{X}」请查收"),
    ("book", "相关材料《{X}》请查收"),
    ("line-start", "{X} 已印发\n请各单位遵照执行"),
    ("before-period", "相关材料为{X}。请查收"),
]


def prose_cases() -> Iterator[dict[str, object]]:
    for n, (pid, item, what) in enumerate(PROSE_ITEMS):
        for k in range(3):
            cid, tmpl = PROSE_CONTEXTS[(n + k * 3) % len(PROSE_CONTEXTS)]
            yield {
                "id": f"clean-{pid}-{cid}",
                "text": tmpl.replace("{X}", item),
                "expect": "clean",
                "note": f"clean twin: {what} in the contexts of the link rows",
            }
    # a decimal ending a sentence, then a word starting with cn: the 。 is the sentence's
    for n, text in enumerate(
        [
            "全年满意度达到93.5。cn域名注册总量同比增长",
            "本系统升级至3.5。cn及com域名均可解析",
            "增长率为12.8。CN域名管理办法同步修订",
        ]
    ):
        yield {
            "id": f"clean-decimal-cn-{n}",
            "text": text,
            "expect": "clean",
            "note": "clean twin: a decimal ends the sentence at 。 and the next one begins with cn;"
            " no label but a number before the TLD",
        }
    # file names: a gov.cn host in an image's file name is a word (docs), an ad host blocks
    yield {
        "id": "clean-filename-gov",
        "text": "www.gov.cn_banner.png",
        "field": "image.filename",
        "expect": "clean",
        "note": "clean twin: another host in a file name is a word (docs)",
    }
    yield {
        "id": "filename-ujd",
        "text": "u.jd.com.png",
        "field": "image.filename",
        "expect": "block",
        "rule": "ad.url_field",
        "note": "an ad host in a file name blocks (the file is renamed)",
    }
    yield {
        "id": "filename-tcn-fw",
        "text": "ｔ．ｃｎ_A6xYz.png",
        "field": "image.filename",
        "expect": "block",
        "rule": "ad.url_field",
        "note": "a full-width short host in a file name, underscore for the slash",
    }


# -- 淘口令 ---------------------------------------------------------------------------------

CODES = ["VAQz99KzQVD", "AbCd1234Ef", "g1IVbaMXxxK", "Xk9mPq2LrT"]

DELIMS: list[tuple[str, str, str]] = [
    ("corner", "「", "」"),
    ("dbook", "《《", "《《"),
    ("book-open", "《", "《"),
    ("yuan", "￥", "￥"),
    ("dollar", "$", "$"),
    ("euro", "€", "€"),
    ("paren", "(", ")"),
]

TRIGGERS: list[tuple[str, str, str]] = [
    # id, before the code, after the code
    ("after-copy-open", "", "复制后打开淘宝"),
    ("before-copy", "复制这段描述", "后打开手淘"),
    ("before-open", "打开淘宝，复制", ""),
    ("trad-after", "", "複製後打開淘寶"),
    ("trad-before", "打開淘寶，復制", "即可"),
    ("shoutao-after", "", "，复制后去手淘打开"),
]


def share_cases() -> Iterator[dict[str, object]]:
    n = 0
    for did, left, right in DELIMS:
        for k in range(len(TRIGGERS)):
            tid, before, after = TRIGGERS[k]
            code = CODES[n % len(CODES)]
            written = fullwidth(code) if n % 5 == 4 else code
            form = "full-width code" if written != code else "code"
            yield {
                "id": f"code-{did}-{tid}",
                "text": f"{before}{left}{written}{right}{after}",
                "expect": "block",
                "rule": "ad.share_code",
                "note": f"淘口令: {form} between {left}…{right}, trigger {before or after!s}",
            }
            n += 1
        # the same delimiters in the title
        yield {
            "id": f"code-{did}-title",
            "text": f"惊喜{left}{CODES[n % 4]}{right}复制打开淘宝",
            "field": "title",
            "expect": "block",
            "rule": "ad.share_code",
            "note": f"淘口令 between {left}…{right} with its trigger in the title",
        }
    # clean twins: the same brackets around 文号 and product codes, or a code with no trigger
    twins = [
        ("corner-notrigger", "「VAQz99KzQVD」", "clean", "a code in 「」 with no trigger: no ad"),
        ("paren-notrigger", "(Xk9mPq2LrT)", "clean", "a code in () with no trigger"),
        (
            "dollar-notrigger",
            "$AbCd1234Ef$",
            "clean",
            "$ stands before prices: not alone a delimiter",
        ),
        ("yuan-notrigger", "￥AbCd1234Ef￥", "clean", "￥ stands before prices: needs a trigger"),
        (
            "corner-wenhao",
            "「国办发〔2018〕123号」复制后打开淘宝",
            "clean",
            "a 文号 in 「」, no code",
        ),
        ("book-title", "《政府信息公开条例》复制后打开淘宝", "clean", "a book title, no code"),
        (
            "book-open-std",
            "《GB/T 9704-2012《",
            "clean",
            "a standard's number, no code, no trigger",
        ),
        (
            "label-model",
            "型号（CZ3457AB12），打开淘宝可查",
            "clean",
            "a labelled model code (型号) near a trigger",
        ),
        (
            "order-no",
            "订单号（JD2025010112）打开京东APP可查询物流",
            "clean",
            "an order number with its label (docs' example)",
        ),
        (
            "product-other-sentence",
            "采购编号【SWJ2026A001】。群众可打开淘宝查看同类产品价格",
            "clean",
            "capitals and digits in another sentence than the trigger",
        ),
        ("euro-price", "€25 起，复制后打开淘宝", "clean", "a price after €, no code"),
    ]
    for tid, text, expect, note in twins:
        yield {
            "id": f"clean-code-{tid}",
            "text": text,
            "expect": expect,
            "note": f"clean twin: {note}",
        }
    # codes between alone delimiters need no trigger
    for did, left in (("euro", "€"), ("pound", "₤")):
        yield {
            "id": f"code-{did}-alone",
            "text": f"好物推荐{left}g1IVbaMXxxK{left}",
            "expect": "block",
            "rule": "ad.share_code",
            "note": f"a random code between {left} signs needs no trigger",
        }


# -- pass 2 (still blind): more hosts, invisible characters, contexts and fields ---------

MORE_LINKS = [
    ("url.cn", "/AbC1"),
    ("suo.im", "/Ab12"),
    ("tinyurl.com", "/y3ab"),
    ("b23.tv", "/Ab12Cd"),
    ("e.tb.cn", "/h.Ab12"),
    ("uland.taobao.com", "/coupon/edetail?e=1"),
    ("union-click.jd.com", "/jdc?d=Ab12"),
    ("p.pinduoduo.com", "/Ab12"),
    ("wxaurl.cn", "/Ab12Cd"),
    ("xhslink.com", "/Ab12"),
    ("3.cn", "/Ab12-x"),
    ("v.douyin.com", "/Ab12Cd"),
    ("sohu.gg", "/Ab12"),
    ("is.gd", "/Ab12"),
]

MORE_INVISIBLE = {
    "200c": "\u200c",
    "200d": "\u200d",
    "034f": "\u034f",
    "fe0f": "\ufe0f",
    "180e": "\u180e",
    "2061": "\u2061",
    "3164": "\u3164",
    "200e": "\u200e",
}


def more_forms(host: str, path: str) -> Iterator[tuple[str, str, str, bool]]:
    """Forms pass 1 did not write, and three tricks at once."""
    for name, mark in MORE_INVISIBLE.items():
        yield (
            f"inv-{name}",
            with_invisible(host, mark) + path,
            f"U+{name.upper()} in a label",
            False,
        )
    yield (
        "dot-fe12",
        with_dots(host, "︒") + path,
        "︒ (vertical ideographic full stop) as dots",
        False,
    )
    yield "dot-fe52", with_dots(host, "﹒") + path, "﹒ (small full stop) as dots", False
    yield "fw-one-slash", "ｈｔｔｐｓ：／" + host + path, "full-width https:/ with one slash", True
    yield "one-backslash", "https:\\\\" + host + path, "https:\\\\ (two backslashes)", True
    yield "no-slash", "https:" + host + path, "https: with no slash", True
    yield (
        "mixed-case-scheme",
        "HtTpS://" + host.upper() + path,
        "mixed-case scheme, upper host",
        True,
    )
    yield "www-glued", "www.https://" + host + path, "www. glued before the scheme", True
    yield (
        "three",
        fullwidth(with_dots(with_invisible(host, "\u00ad"), "。")).upper() + path,
        "full-width, 。 dots, U+00AD and upper case",
        False,
    )
    yield (
        "three-scheme",
        "ＨＴＴＰＳ：／" + with_dots(with_invisible(host, "\ufeff"), "．") + path,
        "full-width one-slash scheme, ． dots and U+FEFF",
        True,
    )
    yield (
        "fw-path-zw",
        fullwidth(host) + "/" + path[1:] + "\u200b",
        "full-width host, ASCII path, U+200B after it",
        False,
    )


MORE_CONTEXTS: list[tuple[str, str, str, str, bool]] = [
    ("quote", "报名网址“{L}”本周五截止", "inside “”", "body", False),
    ("single-quote", "报名网址‘{L}’本周五截止", "inside ‘’", "body", False),
    ("white-corner", "报名网址『{L}』本周五截止", "inside 『』", "body", False),
    ("tortoise", "报名网址〔{L}〕本周五截止", "inside 〔〕", "body", False),
    ("angle", "报名网址〈{L}〉本周五截止", "inside 〈〉", "body", False),
    ("finger", "报名戳👉{L}", "after 👉", "body", False),
    ("arrow", "报名入口→{L}", "after →", "body", False),
    ("ideo-space", "报名网址：\u3000{L}", "after ： and an ideographic space", "body", False),
    ("next-line", "报名网址：\n{L}\n本周五截止", "alone on the line after 网址：", "body", False),
    ("bullet", "报名方式：\n1. {L}\n2. 现场报名", "in a numbered list", "body", False),
    ("dash-item", "报名方式：\n- {L}\n- 现场报名", "in a bulleted list", "body", False),
    ("table", "| 事项 | 网址 |\n| --- | --- |\n| 报名 | {L} |", "in a table cell", "body", False),
    ("bold", "报名网址：**{L}**，本周五截止", "in bold", "body", False),
    ("p-tag", "<p>报名网址：{L}</p><p>本周五截止</p>", "inside <p>", "body", False),
    ("br", "报名网址：<br>{L}<br>本周五截止", "between <br>", "body", False),
    ("md-angle", "报名请点<{L}>，本周五截止", "a Markdown autolink", "body", True),
    ("md-ref", "报名请点[这里][1]\n\n[1]: {L}", "a Markdown reference definition", "body", True),
    ("summary", "志愿服务报名 {L} 本周五截止", "in the summary", "summary", False),
    ("author", "综合办 {L}", "in the author", "author", False),
    ("tag", "志愿服务{L}", "in a tag", "tags", False),
    ("alt", "报名二维码 {L}", "in an image's alt text", "image.alt", False),
    (
        "weibo",
        "#志愿服务# 报名网址：{L} 本周五截止",
        "in a Weibo override's text",
        "overrides.weibo.text",
        False,
    ),
    (
        "wechat-title",
        "志愿服务报名 {L}",
        "in a WeChat override's title",
        "overrides.wechat.title",
        False,
    ),
    ("wangzhi-wei", "报名网址为{L}，本周五截止", "after 网址为", "body", False),
]


def wide_cases() -> Iterator[dict[str, object]]:
    """Pass 2: every pass-1 and pass-2 form in the new contexts, and the new hosts."""
    i = 0
    hosts = [*AD_LINKS, *MORE_LINKS]
    for host, path in hosts:
        hid = host.replace(".", "_").replace("-", "_")
        forms = [*link_forms(host, path), *more_forms(host, path)]
        for fid, link, trick, scheme in forms:
            for j in range(1):
                cid, tmpl, where, field, needs_scheme = MORE_CONTEXTS[
                    (i * 7 + j * 11) % len(MORE_CONTEXTS)
                ]
                written = href_form(link, scheme) if needs_scheme else link
                yield {
                    "id": f"w-{hid}-{fid}-{cid}",
                    "text": tmpl.replace("{L}", written),
                    "expect": "fixed",
                    "rule": "ad.link_stripped",
                    "note": f"pass 2, {host}: {trick}, {where}; stripped",
                    "field": field,
                }
            i += 1
    for n, (cid, tmpl, where, field, needs_scheme) in enumerate(MORE_CONTEXTS):
        for k in range(2):
            gid, link, what, scheme = GOV_LINKS[(n * 2 + k) % len(GOV_LINKS)]
            written = href_form(link, scheme) if needs_scheme else link
            yield {
                "id": f"w-clean-{gid}-{cid}",
                "text": tmpl.replace("{L}", written),
                "expect": "clean",
                "note": f"pass 2 clean twin: {what}, {where}",
                "field": field,
            }


# -- pass 3 (NOT blind: written after the first runs and the fix, around it) ---------------

TARGETS: list[tuple[str, str, str]] = [
    ("md", "报名请点[这里]({U})，本周五截止", "a Markdown link target"),
    ("md-ref", "报名请点[这里][1]\n\n[1]: {U}", "a reference definition"),
    ("href", '报名请点<a href="{U}">这里</a>，本周五截止', "an HTML href"),
    ("img", "![海报]({U})", "a Markdown image"),
    ("md-title", '报名请点[这里]({U} "报名")，本周五截止', "a Markdown target with a title"),
]

AROUND: list[tuple[str, str, str, str]] = [
    # id, address, what, expected (fixed = stripped; else clean / warn rule)
    ("www-glued", "www.https://t.cn/A6xYz", "www. glued before the scheme", "fixed"),
    ("word-glued", "m.https://u.jd.com/Ab12Cd", "a word and a dot glued before it", "fixed"),
    ("upper-glued", "WWW.HTTPS://S.CLICK.TAOBAO.COM/t?e=1", "glued, upper case", "fixed"),
    ("glued-one-slash", "www.https:/dwz.cn/Ab12", "glued, one slash", "fixed"),
    ("glued-backslash", "www.http:\\\\m.tb.cn/h.Ab12", "glued, backslashes", "fixed"),
    ("fw-glued", "ｗｗｗ．https://bit.ly/3xYzAb", "full-width www． glued", "fixed"),
    ("ideo-glued", "www。https://t.cn/A6xYz", "www。 glued", "fixed"),
    (
        "glued-fw-scheme",
        "www.ＨＴＴＰＳ：／／u.jd.com/Ab12Cd",
        "www. before a full-width scheme",
        "fixed",
    ),
    ("glued-zwsp", "www.https://t.c\u200bn/A6xYz", "glued, U+200B in the host", "fixed"),
    ("semicolon", "https;//t.cn/A6xYz", "https;// (a scheme written wrong)", "fixed"),
    ("no-colon", "https//u.jd.com/Ab12Cd", "https// without its colon", "fixed"),
    ("defanged", "hxxps://dwz.cn/Ab12", "hxxps:// (defanged)", "fixed"),
    ("encoded", "https%3A%2F%2Ft.cn%2FA6xYz", "the whole address percent-encoded", "fixed"),
    ("gov-glued", "www.https://www.gov.cn/zhengce/", "glued before a gov.cn address", "clean"),
    ("news-glued", "www.https://www.news.cn/politics/", "glued before 新华网", "clean"),
    ("relative-http", "docs/http.md", "a relative file named http", "clean"),
    ("relative-https", "https.html", "a relative page named https", "clean"),
    ("relative-dotted", "file.http:x", "a relative name with a colon, no slash", "clean"),
]


def around_fix_cases() -> Iterator[dict[str, object]]:
    for n, (aid, url, what, expect) in enumerate(AROUND):
        for k in range(2):
            tid, tmpl, where = TARGETS[(n + k * 2) % len(TARGETS)]
            case: dict[str, object] = {
                "id": f"fix-{aid}-{tid}",
                "text": tmpl.replace("{U}", url),
                "expect": expect,
                "note": f"pass 3 (not blind): {what}, in {where}",
            }
            if expect == "fixed":
                case["rule"] = "ad.link_stripped"
            yield case
    yield {
        "id": "fix-semicolon-gov-md",
        "text": "报名请点[这里](https;//www.gov.cn/zhengce/)，本周五截止",
        "expect": "warn",
        "rule": "link.unparsable",
        "note": "pass 3 (not blind): a broken scheme before gov.cn in a target warns as in text",
    }
    yield {
        "id": "fix-glued-other-md",
        "text": "报名请点[这里](www.https://t.cnki.net/kns/)，本周五截止",
        "expect": "warn",
        "rule": "link.other_host",
        "note": "pass 3 (not blind): glued before another site: that site warns",
    }


# -- output -------------------------------------------------------------------------------

_OVERRIDES: dict[str, Callable[[dict[str, object]], None]] = {}


def all_cases() -> list[dict[str, object]]:
    cases = [
        *ad_cases(),
        *wide_cases(),
        *around_fix_cases(),
        *gov_cases(),
        *lookalike_cases(),
        *prose_cases(),
        *share_cases(),
    ]
    seen: set[str] = set()
    for case in cases:
        cid = str(case["id"])
        if cid in seen:
            raise SystemExit(f"duplicate id {cid}")
        seen.add(cid)
        if cid in _OVERRIDES:
            _OVERRIDES[cid](case)
    return cases


if __name__ == "__main__":
    corpus_yaml.write(
        OUT,
        FAMILY,
        all_cases(),
        keys=("id", "text", "expect", "rule", "field", "note", "xfail"),
        bare=(),
    )
