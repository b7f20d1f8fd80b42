"""Regenerate redteam101_blind_service.yaml (red-team pass 101, written blind).

The service channels: agencies paste text from their other channels into posts — SMS
notification templates (``【某某市人社局】尊敬的…请于3月5日前…回T退订`` with short links), 12345
hotline replies (``工单号 … 来电人：李女士，联系电话 …``), 政务服务 online-form exports (``key：value``
lists, ``字段名=值&…`` and URL-encoded query strings, JSON-looking objects, CSV lines, ``｜`` rows),
appointment confirmations with 预约码/取件码/验证码, WeChat mini-program paths, 扫码 instructions
beside a link, 办件编号 / 受理编号 / 快递单号. Each field item (a label, a form key and a value) is
put in each of eight channel forms in rotation; link and marking items in five SMS and form shapes.

Must catch: a real mobile (plain, 3-4-4, hyphens, ``+86``), ID number or bank card in every form
(``mobile=138%201234%205678`` decided: a percent-encoded space is read as the space it is, so it
blocks), ad and short links in SMS text (after ``】``, glued to ``详情``, before ``回T退订``) and in a
form's value (stripped, fixed), ``机密★10年``, ``内部资料`` and ``不予公开`` pasted into a form dump.

Must stay clean: 工单号, 办件编号, 受理编号, 快递单号 (``SF`` and 13 digits, 顺丰's 12 digits, EMS
``EA123456789CN``), 预约码/验证码/取件码, 12345, service hotlines (``95588``, ``400-800-1234``,
``0571-12345``), amounts, dates and times in SMS forms, masked numbers (``138****5678``, ``张*三``),
order numbers of 18–19 digits failing the ID and Luhn checks, ``TD退订``, government mini-program
paths and gov.cn links.

Written before the checker or any other family was read (issue 12, docs/compliance.md up to its
corpus table, the corpus README, ``case_table.py``, ``number_makers.py`` and ``gen_redteam100.py``
for layout). Fixed seed; from the repository root:

    python tests/compliance/corpus/gen_redteam101.py            # writes the YAML
    python tests/compliance/corpus/gen_redteam101.py --sweep N  # N random item x form posts

449 cases (188 to catch — 159 block, 29 fixed — and 261 to stay clean): 10 must and 20 clean
field items in all 9 channel forms (``kv``, ``sms``, ``hotline``, a bare ``query``, ``formstr``,
``json``, ``csv``, ``pipe``, a gov.cn ``link``), 8 must and 6 clean link, marking and path
snippets in 5 SMS and form shapes, 36 ``hand`` rows, 42 ``probe`` and 21 ``probe2`` rows and 10
``found-`` reproductions, one per pattern; 54 strict xfails in 10 patterns (``REASONS``).

First run (346 cases: the grid in its first 8 forms and the ``hand`` rows, written before any
check() call): 6 failed, 0 (a), 0 (b), 6 (d) — 5 ``bare-query-escaped`` (a form's query string
pasted without a host, its separators escaped: ``mobile=138%201234%205678``, ``sjhm=%2B86…``,
a card in ``%20`` fours, ``?mobile=138+1234+5678``) and 1 ``note-in-form-value``
(``{"gkxs":"此件不公开"}``). Every plain, grouped and ``+86`` mobile, ID number and card in the
kv, SMS, hotline, form-string, JSON, CSV and ``｜`` forms was caught, every ad and short link in
SMS text and form values was stripped, every marking and 内部资料 in a form dump blocked; every
工单号, 办件编号, 受理编号, order number, waybill (``SF`` + 13, 顺丰 12, EMS), 预约码, 验证码,
取件码, hotline, amount, date, time and masked value stayed clean in every form, as did ``TD退订``.
The ``link`` form (30, added next) failed 2 (d): a card in ``%20`` fours in a gov.cn query and a
mobile under ``callerNo``. A probe slice of 42 (written after that run, probing with check()
but still blind to the source) failed 22, all (d): ``bare-query-escaped``, ``query-plus-space``,
``query-grouped-id-card``, ``query-caller-key``, ``note-in-form-value``,
``disclosure-field-form-syntax``; its look-alikes (timestamps and work orders in JSON, a
Luhn-passing order number after 工单号, tel:/sms: links, serials in a mini-program path, masked
JSON, SMS dates) stayed clean. A second slice of 21 (``probe2``: serials of 16–19 digits from
62…, 甘肃's division and a UnionPay prefix, that pass Luhn; 7 controls) failed 14, all (d) false
blocks: ``serial-key-form-syntax``, ``mp-path-query-card``, ``serial-column-plain-table``,
``banjian-word-card``. One generator bug, found before any case ran: the 19-digit serial maker
looped for ever on the prefix 6213 (its ``13`` starts a mobile, which it refuses); 6228 now.
``--sweep 3000`` (seed ``101:sweep``): 50 wrong, all misses of known patterns (31
``bare-query-escaped``, 12 ``query-grouped-id-card``, 7 ``query-caller-key``) — no false
finding on any clean item in any form.
"""

from __future__ import annotations

import argparse
import random
import sys
from collections import Counter
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from urllib.parse import quote

from case_table import CaseTable
from rule_ids import CARD, IDN, INT, LS, MARK, MOB, NOTE, SC

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))
from number_makers import DIVISIONS, id_number, is_id_number, luhn, no_mobile_inside, random_digits

SEED = 101
FAMILY = "redteam101_blind_service"
ID_DIVISIONS = [d for d in DIVISIONS if not d.startswith("65")]  # 65…: a Discover's prefix


# ----- numbers -------------------------------------------------------------------------------


def person_id(rng: random.Random) -> str:
    year = rng.randint(1955, 2004)
    first17 = (
        f"{rng.choice(ID_DIVISIONS)}{year}{rng.randint(1, 12):02d}{rng.randint(1, 28):02d}"
        f"{random_digits(rng, 3)}"
    )
    return id_number(first17)


def mobile(rng: random.Random) -> str:
    return "1" + rng.choice("3589") + rng.choice("0123456789") + random_digits(rng, 8)


def unionpay(rng: random.Random, n: int = 19) -> str:
    return luhn("6222" + random_digits(rng, n - 5))


def g344(m: str, sep: str = " ") -> str:
    return sep.join([m[:3], m[3:7], m[7:]])


def fours(n: str, sep: str = " ") -> str:
    return sep.join(n[i : i + 4] for i in range(0, len(n), 4))


def is_luhn(n: str) -> bool:
    return n.isdigit() and luhn(n[:-1]) == n


def serial(rng: random.Random, prefix: str, n: int) -> str:
    """A date-numbered serial of ``n`` digits: no ID number, no mobile inside, fails Luhn."""
    while True:
        s = prefix + random_digits(rng, n - len(prefix))
        if not is_luhn(s) and not is_id_number(s) and no_mobile_inside(s):
            return s


def token(rng: random.Random, n: int = 6) -> str:
    letters = "ABCDEFGHJKLMNPQRSTUVWXYZabcdefghijkmnpqrstuvwxyz23456789"
    return "".join(rng.choice(letters) for _ in range(n))


# ----- items ---------------------------------------------------------------------------------


@dataclass(frozen=True)
class Field:
    kind: str
    label: str  # the Chinese field name
    key: str  # the form's key
    value: str
    expect: str
    rule: str | list[str] | None
    desc: str


def must_fields(rng: random.Random) -> list[Field]:
    m = [mobile(rng) for _ in range(8)]
    pid = [person_id(rng) for _ in range(4)]
    while not pid[3].endswith("X"):
        pid[3] = person_id(rng)
    return [
        Field("mob", "手机号", "mobile", m[0], "block", MOB, "plain mobile"),
        Field("mob", "联系电话", "phone", g344(m[1]), "block", MOB, "3-4-4 spaces"),
        Field("mob", "联系方式", "tel", g344(m[2], "-"), "block", MOB, "3-4-4 hyphens"),
        Field("mob", "手机", "sjhm", "+86" + m[3], "block", MOB, "+86 glued"),
        Field("mob", "来电号码", "callerNo", m[4], "block", MOB, "hotline caller number"),
        Field("id", "身份证号", "idcard", pid[0], "block", IDN, "ID number"),
        Field("id", "证件号码", "zjhm", pid[1], "block", IDN, "ID number, 证件 label"),
        Field("id", "申请人身份证", "sfzh", pid[3], "block", IDN, "ID ending X"),
        Field("card", "银行卡号", "bankCard", unionpay(rng), "block", CARD, "UnionPay 19"),
        Field("card", "收款账号", "account", fours(unionpay(rng, 16)), "block", CARD,
              "UnionPay 16 in fours"),
    ]  # fmt: skip


def clean_fields(rng: random.Random) -> list[Field]:
    return [
        Field("serial", "工单号", "orderNo", serial(rng, "20240305", 16), "clean", None,
              "12345 work order, 16 digits"),
        Field("serial", "办件编号", "bjbh", "ZJ" + serial(rng, "2024", 14), "clean", None,
              "办件编号 with letters"),
        Field("serial", "受理编号", "slbh", serial(rng, "330106", 18), "clean", None,
              "受理编号 of 18 digits, no ID number"),
        Field("serial", "订单号", "orderId", serial(rng, "2024031", 19), "clean", None,
              "19-digit order number failing Luhn"),
        Field("waybill", "快递单号", "mailNo", "SF" + random_digits(rng, 13), "clean", None,
              "SF and 13 digits"),
        Field("waybill", "顺丰单号", "sfNo", serial(rng, "2", 12), "clean", None,
              "顺丰 12 digits"),
        Field("waybill", "EMS单号", "emsNo", "EA" + random_digits(rng, 9) + "CN", "clean", None,
              "EMS EA…CN"),
        Field("code", "预约码", "yyCode", random_digits(rng, 6), "clean", None, "6-digit 预约码"),
        Field("code", "验证码", "smsCode", random_digits(rng, 4), "clean", None, "4-digit 验证码"),
        Field("code", "取件码", "pickCode", f"5-2-{random_digits(rng, 4)}", "clean", None,
              "取件码 5-2-xxxx"),
        Field("code", "预约时段", "slot", "3月5日14:00-17:00", "clean", None, "date and time"),
        Field("hotline", "咨询电话", "hotline", "12345", "clean", None, "12345"),
        Field("hotline", "客服电话", "service", "400-800-1234", "clean", None, "400 hotline"),
        Field("hotline", "银行客服", "bankHotline", "95588", "clean", None, "95588"),
        Field("hotline", "服务热线", "rx", "0571-12345", "clean", None, "area code + 12345"),
        Field("amount", "缴费金额", "amount", "1380.00元", "clean", None, "amount"),
        Field("masked", "联系电话", "phone", "138****5678", "clean", None, "masked mobile"),
        Field("masked", "申请人", "name", "张*三", "clean", None, "masked name"),
        Field("masked", "身份证号", "idcard", "330106********1234", "clean", None, "masked ID"),
        Field("landline", "办公电话", "office", "0571-87654321", "clean", None, "landline"),
    ]  # fmt: skip


# ----- forms ---------------------------------------------------------------------------------

FORMS: dict[str, Callable[[Field], str]] = {
    "kv": lambda f: f"申请人：张*三\n{f.label}：{f.value}\n办理状态：已受理",
    "sms": lambda f: (
        f"【某某市政务服务中心】尊敬的李女士，您的{f.label}为{f.value}，"
        "请于3月5日14:00-17:00前往办理。回T退订"
    ),
    "hotline": lambda f: (
        "工单号：2024030512345670\n来电人：李女士\n"
        f"{f.label}：{f.value}\n办理情况：已转交区住建局办理。"
    ),
    "query": lambda f: f"name=%E5%BC%A0%2A%E4%B8%89&{f.key}={quote(f.value)}&step=2",
    "link": lambda f: f"在线办理：https://zwfw.zj.gov.cn/apply?{f.key}={quote(f.value)}&step=2",
    "formstr": lambda f: f"提交数据：name=李女士&{f.key}={f.value}&submit=1",
    "json": lambda f: f'{{"name":"李女士","{f.key}":"{f.value}","status":"已受理"}}',
    "csv": lambda f: f"申请人,{f.label},办理状态\n李女士,{f.value},已受理",
    "pipe": lambda f: f"申请人｜{f.label}｜办理状态\n李女士｜{f.value}｜已受理",
}


@dataclass(frozen=True)
class Snippet:
    kind: str
    text: str
    expect: str
    rule: str | list[str] | None
    desc: str


def must_snippets(rng: random.Random) -> list[Snippet]:
    t = [token(rng) for _ in range(6)]
    return [
        Snippet("short", f"t.cn/{t[0]}", "fixed", LS, "t.cn short link"),
        Snippet("short", f"dwz.cn/{t[1]}", "fixed", LS, "dwz.cn short link"),
        Snippet("short", f"https://t.cn/{t[2]}", "fixed", LS, "t.cn with scheme"),
        Snippet("ad", f"u.jd.com/{t[3]}", "fixed", LS, "京东 affiliate"),
        Snippet("ad", f"s.click.taobao.com/{t[4]}", "fixed", LS, "淘宝 affiliate"),
        Snippet("mark", "机密★10年", "block", MARK, "secrecy marking"),
        Snippet("mark", "秘密★5年", "block", MARK, "secrecy marking 秘密"),
        Snippet("int", "内部资料", "block", INT, "internal-use"),
    ]


def clean_snippets(rng: random.Random) -> list[Snippet]:
    return [
        Snippet("gov", "https://zwfw.zj.gov.cn/item/123", "clean", None, "gov.cn link"),
        Snippet("gov", "www.gov.cn/fuwu", "clean", None, "bare gov.cn"),
        Snippet("mp", "pages/index/index?id=2024030512345670", "clean", None,
                "mini-program path"),
        Snippet("mp", "#小程序://浙里办/" + token(rng), "clean", None, "government mini-program"),
        Snippet("plain", "公开", "clean", None, "公开属性 value 公开"),
        Snippet("plain", "主动公开", "clean", None, "主动公开"),
    ]  # fmt: skip


SNIPPET_FORMS: dict[str, Callable[[str], str]] = {
    "sms-tail": lambda s: f"【某某市人社局】您的社保卡已制卡完成，详情{s} 回T退订",
    "sms-after-bracket": lambda s: f"【某某市人社局】{s} 您的预约已成功，请按时办理。",
    "kv": lambda s: f"事项名称：社保卡申领\n附件：{s}\n办理状态：已受理",
    "json": lambda s: f'{{"title":"社保卡申领","remark":"{s}","status":"1"}}',
    "csv": lambda s: f"事项,备注,状态\n社保卡申领,{s},已受理",
}


# ----- hand rows -----------------------------------------------------------------------------

Row = tuple[str, str, str, "str | list[str] | None", str]


def hand_rows(rng: random.Random) -> list[Row]:
    m = [mobile(rng) for _ in range(12)]
    pid = [person_id(rng) for _ in range(4)]
    up = unionpay(rng)
    t = [token(rng) for _ in range(8)]
    return [
        ("sms-full", f"【某某市人社局】尊敬的张三，您的养老金1380.00元已于3月5日发放，"
         f"详情t.cn/{t[0]}回T退订", "fixed", LS, "SMS template, link glued to 回T"),
        ("sms-td", "【某某市医保局】您的医保卡已激活，如有疑问请拨打12345。拒收请回复R，TD退订",
         "clean", None, "TD退订 and 12345"),
        ("sms-verify", "【国家政务服务平台】验证码：482915，5分钟内有效，请勿泄露。", "clean",
         None, "a 验证码 SMS"),
        ("sms-appt", "【某某区政务服务中心】您已成功预约3月5日14:00-17:00综合窗口，预约码8391，"
         "请携带身份证原件按时办理。", "clean", None, "appointment confirmation"),
        ("sms-pickup", "【菜鸟驿站】凭取件码5-2-3012到某某小区驿站取件，快递单号SF1234567890123。",
         "clean", None, "取件码 and SF waybill"),
        ("sms-ems", "您的证件已通过EMS寄出，邮件号EA123456789CN，可拨打11183查询。", "clean",
         None, "EMS waybill and 11183"),
        ("sms-mobile", f"【某某市人社局】尊敬的张三（{m[0]}），您的社保卡已制卡完成。", "block",
         MOB, "mobile in brackets after a name"),
        ("hotline-reply", f"工单号2024030512345670，来电人：李女士，联系电话{m[1]}，反映小区"
         "停车难问题，已转区住建局办理。", "block", MOB, "12345 reply with a caller's mobile"),
        ("hotline-masked", "工单号2024030512345670，来电人：李女士，联系电话138****5678，"
         "反映小区停车难问题。", "clean", None, "hotline reply, masked"),
        ("hotline-landline", "来电人：王先生，联系电话：0571-87654321，诉求已办结。", "clean",
         None, "caller's landline"),
        ("json-full", f'{{"name":"张三","mobile":"{m[2]}","idcard":"{pid[0]}"}}', "block",
         [MOB, IDN], "JSON with a mobile and an ID"),
        ("json-nested", f'{{"applicant":{{"name":"张三","contact":{{"tel":"{m[3]}"}}}}}}',
         "block", MOB, "nested JSON"),
        ("json-escaped", f'{{\\"mobile\\":\\"{m[4]}\\"}}', "block", MOB, "escaped JSON"),
        ("json-number", f'{{"mobile":{m[5]},"age":35}}', "block", MOB, "JSON number"),
        ("url-space", f"mobile=138%20{m[6][3:7]}%20{m[6][7:]}&step=2".replace("138", m[6][:3], 1),
         "block", MOB, "URL-encoded spaces (decided: block)"),
        ("url-plus", f"?mobile={m[7][:3]}+{m[7][3:7]}+{m[7][7:]}", "block", MOB,
         "form-encoded plus as space"),
        ("url-idcard", f"https://zwfw.zj.gov.cn/apply?sfzh={pid[1]}&step=1", "block", IDN,
         "ID number in a gov.cn query"),
        ("csv-row", f"张三,{pid[2]},{m[8]},已受理", "block", [IDN, MOB], "CSV row, no header"),
        ("pipe-row", f"申请人｜身份证号｜手机号\n张三｜{pid[3]}｜{m[9]}", "block", [IDN, MOB],
         "pipe row"),
        ("kv-card", f"退费账户：{fours(up)}\n开户行：某某银行", "block", CARD, "card in a kv dump"),
        ("mp-mobile", f"pages/apply/index?mobile={m[10]}&from=sms", "block", MOB,
         "mobile in a mini-program path"),
        ("mp-shop", f"#小程序://京东购物/{t[1]}", "block", SC, "shopping mini-program"),
        ("mp-gov", f"#小程序://国家政务服务平台/{t[2]}", "clean", None, "government mini-program"),
        ("scan-gov", "请扫描下方二维码或登录https://zwfw.zj.gov.cn办理。", "clean", None,
         "扫码 beside a gov link"),
        ("scan-short", f"扫码或点击dwz.cn/{t[3]}即可预约", "fixed", LS, "扫码 beside a short link"),
        ("hotline-95588", "如有疑问请致电95588或400-800-1234，也可拨打0571-12345。", "clean",
         None, "service hotlines"),
        ("sf-12", "顺丰单号：123456789012，请注意查收。", "clean", None, "顺丰 12 digits"),
        ("form-mark", "标题=关于某某事项的通知&密级=机密★10年&submit=1", "block", MARK,
         "a marking in a form string"),
        ("form-note", '{"title":"关于某某事项的通知","gkxs":"此件不公开"}', "block", NOTE,
         "a disclosure note in JSON"),
        ("kv-note", "公开属性：不予公开\n成文日期：2024年3月5日", "block", NOTE,
         "公开属性 in a kv dump"),
        ("kv-public", "公开属性：主动公开\n成文日期：2024年3月5日", "clean", None, "主动公开"),
        ("sms-after-colon", f"【某某市人社局】报名网址:t.cn/{t[4]}，回T退订", "fixed", LS,
         "after an ASCII colon"),
        ("sms-fullwidth", f"【某某市人社局】详情ｔ．ｃｎ／{t[5]} 回T退订", "fixed", LS,
         "full-width short link"),
        ("order-18", "订单号：202403051234567890", "clean", None, "an 18-digit order number"),
        ("time-range", "办理时间：3月5日8:30-12:00，14:00-17:00，咨询电话12345。", "clean", None,
         "times"),
        ("appt-8", "您的预约码为83910275，请于2024-03-05 09:30前到达。", "clean", None,
         "8-digit 预约码"),
    ]  # fmt: skip


def probe_rows(rng: random.Random) -> list[Row]:
    """Written after the first run, probing around its failures with check() (still blind)."""
    m = [mobile(rng) for _ in range(10)]
    pid = [person_id(rng) for _ in range(4)]
    up = unionpay(rng, 16)
    up19 = unionpay(rng)
    gov = "https://zwfw.zj.gov.cn/apply"
    lu = luhn("2024030510" + random_digits(rng, 8))  # an order number that passes Luhn
    return [
        # a bare form query (no host) with escaped separators
        ("bare-query-space", f"mobile={m[0][:3]}%20{m[0][3:7]}%20{m[0][7:]}", "block", MOB,
         "bare query, %20 groups"),
        ("bare-query-plus86", f"sjhm=%2B86{m[1]}&step=2", "block", MOB, "bare query, %2B86"),
        ("bare-query-id", f"idcard={pid[0][:6]}%20{pid[0][6:14]}%20{pid[0][14:]}", "block",
         IDN, "bare query, ID in 6-8-4 %20 groups"),
        ("bare-query-card", f"account={fours(up, '%20')}", "block", CARD,
         "bare query, card in %20 fours"),
        ("bare-query-q", f"?tel={m[2][:3]}%20{m[2][3:7]}%20{m[2][7:]}", "block", MOB,
         "the docs' own `?tel=138%201234%205678`, without a host"),
        ("bare-query-plain", f"mobile={m[3]}&step=2", "block", MOB, "bare query, plain"),
        # in a link's query
        ("link-query-space", f"{gov}?phone={m[4][:3]}%20{m[4][3:7]}%20{m[4][7:]}", "block", MOB,
         "link query %20 (docs: mend 48c)"),
        ("link-query-plus", f"{gov}?mobile={m[5][:3]}+{m[5][3:7]}+{m[5][7:]}", "block", MOB,
         "link query, form-encoded + between groups"),
        ("link-query-plus86", f"{gov}?phone=%2B86+{m[6]}", "block", MOB,
         "link query, %2B86 then + as space"),
        ("link-query-card-space", f"{gov}?account={fours(up, '%20')}", "block", CARD,
         "link query, card in %20 fours"),
        ("link-query-card-hyphen", f"{gov}?account={fours(up, '-')}", "block", CARD,
         "link query, card in hyphenated fours"),
        ("link-query-card19", f"{gov}?account={up19}", "block", CARD, "link query, plain card"),
        ("link-query-id-space", f"{gov}?sfzh={pid[1][:6]}%20{pid[1][6:14]}%20{pid[1][14:]}",
         "block", IDN, "link query, ID in %20 groups"),
        ("link-query-id-hyphen", f"{gov}?sfzh={pid[2][:6]}-{pid[2][6:14]}-{pid[2][14:]}",
         "block", IDN, "link query, ID in hyphen groups"),
        # disclosure notes and fields in form syntax
        ("note-json-value", '{"title":"关于某某事项的通知","gkxs":"此件不公开"}', "block", NOTE,
         "note as a JSON value"),
        ("note-json-remark", '{"remark":"此件不予公开"}', "block", NOTE, "note as a JSON remark"),
        ("note-ascii-key", "gkxs：此件不公开", "block", NOTE, "note after an ASCII key"),
        ("note-form-string", "title=关于某某事项的通知&note=此件不公开", "block", NOTE,
         "note in a form string"),
        ("note-cn-key", "备注：此件不公开", "block", NOTE, "control: a Chinese key"),
        ("field-json", '{"公开属性":"不予公开","成文日期":"2024-03-05"}', "block", NOTE,
         "公开属性 field as JSON"),
        ("field-form-string", "公开属性=不予公开&title=x", "block", NOTE,
         "公开属性 field as key=value"),
        ("field-csv", "标题,公开属性,成文日期\n关于某某事项的通知,不予公开,2024-03-05", "block", NOTE,
         "公开属性 column in CSV"),
        ("field-pipe", "标题｜公开属性\n关于某某事项的通知｜不予公开", "block", NOTE,
         "公开属性 column in a pipe row"),
        ("field-kv", "公开属性：不予公开", "block", NOTE, "control: colon"),
        ("field-json-public", '{"公开属性":"主动公开"}', "clean", None, "主动公开 as JSON"),
        ("mark-form-string", "mj=机密★10年&title=x", "block", MARK, "marking as a value"),
        ("mark-csv", "标题,密级\n关于某某事项的通知,秘密★5年", "block", MARK, "marking in CSV"),
        ("int-json", '{"remark":"内部资料 注意保存"}', "block", INT, "内部资料 in JSON"),
        # look-alikes in the same shapes
        ("json-timestamp", '{"createTime":1709625600000,"orderNo":"2024030512345670"}', "clean",
         None, "a millisecond timestamp and a work order in JSON"),
        ("json-order-luhn", f'{{"orderNo":"{lu}"}}', "clean", None,
         "an 18-digit order number passing Luhn under orderNo"),
        ("kv-order-luhn", f"工单号：{lu}", "clean", None, "the same after 工单号"),
        ("link-query-code", f"{gov}?code=483921&mailNo=SF1234567890123", "clean", None,
         "验证码 and a waybill in a link"),
        ("tel-hotline", "[拨打12345](tel:12345)，或[95588](tel:95588)", "clean", None,
         "tel: links to hotlines"),
        ("sms-link-td", "[发送TD退订](sms:10690000?body=TD)", "clean", None,
         "an sms: link of an unsubscribe code"),
        ("mp-path-serial", "pages/detail/index?bjbh=ZJ20240305000123&slbh=330106202403050001",
         "clean", None, "serials in a mini-program path"),
        ("masked-json", '{"mobile":"138****5678","idcard":"330106********1234","name":"张*三"}',
         "clean", None, "masked values in JSON"),
        ("sms-dates", "【某某市税务局】请于2024年3月5日-3月15日（工作日9:00-17:00）办理，"
         "逾期将产生滞纳金25.50元。", "clean", None, "dates, times and an amount"),
        ("sms-sender-note", f"【某某市人社局】尊敬的张三，您的社保卡已寄出，运单号SF{random_digits(rng, 13)}，"
         "如有疑问请拨打0571-12345或12333。回T退订", "clean", None, "a full clean SMS"),
        ("mobile-yyyymmdd", "预约时间：20240305 1400-1700", "clean", None,
         "a compact date and times"),
        ("link-query-caller", f"{gov}?caller={m[8]}", "block", MOB,
         "a hotline caller's number under `caller`"),
        ("link-query-contactno", f"{gov}?contactNo={m[9]}", "block", MOB,
         "under `contactNo` (`contactTel` is read)"),
        ("hotline-caller-encoded", f"callerNo={quote(g344(m[7]))}&ticket=2024030512345670", "block",
         MOB, "hotline caller in a bare query"),
    ]  # fmt: skip


def luhn_serial(rng: random.Random, prefix: str, n: int) -> str:
    """A serial of ``n`` digits that passes Luhn from a card's prefix (甘肃's division 62…): no
    ID number, no mobile inside — a card to a reader that ignores its name."""
    while True:
        s = luhn(prefix + random_digits(rng, n - len(prefix) - 1))
        if not is_id_number(s) and no_mobile_inside(s):
            return s


def probe2_rows(rng: random.Random) -> list[Row]:
    """A second slice, after the first probes: serials that pass Luhn from 62… (甘肃's division
    code is 62, a UnionPay card's prefix) under a serial's name in the channels' shapes."""
    s16 = [luhn_serial(rng, "6201", 16) for _ in range(6)]
    s18 = [luhn_serial(rng, "620102202403", 18) for _ in range(6)]
    s19 = [luhn_serial(rng, "6228", 19) for _ in range(6)]
    return [
        # controls: a Chinese label with a colon, a Markdown table, a sentence's serial word
        ("ctl-kv-order", f"订单号：{s19[0]}", "clean", None, "control: 订单号："),
        ("ctl-kv-slbh", f"受理编号：{s18[0]}", "clean", None, "control: 受理编号："),
        ("ctl-en-order", f"Order No.: {s19[1]}", "clean", None, "control: Order No.:"),
        ("ctl-md-table", f"| 工单号 | 状态 |\n|---|---|\n| {s16[0]} | 已办结 |", "clean", None,
         "control: a Markdown table's serial column"),
        ("ctl-sms-order", f"【某某市政务服务中心】您的工单{s16[1]}已办结。回T退订", "clean",
         None, "control: 工单 in an SMS"),
        ("ctl-link-query", f"https://zwfw.gs.gov.cn/item?bjbh={s18[1]}", "clean", None,
         "control: a link's query"),
        ("ctl-card-json", f'{{"bankCard":"{unionpay(rng)}"}}', "block", CARD,
         "control: a card under a card's key"),
        # a serial's name as a form key
        ("key-json-cn", f'{{"工单号":"{s16[2]}","状态":"已办结"}}', "clean", None,
         "JSON with a Chinese serial key"),
        ("key-json-bjbh", f'{{"bjbh":"{s18[2]}","status":"1"}}', "clean", None,
         "JSON, 办件编号's pinyin key"),
        ("key-json-order", f'{{"orderNo":"{s19[2]}"}}', "clean", None, "JSON orderNo"),
        ("key-json-mail", f'{{"mailNo":"{s16[3]}"}}', "clean", None, "JSON mailNo (a waybill)"),
        ("key-form-order", f"orderNo={s19[3]}&status=1", "clean", None, "form string orderNo"),
        ("key-colon-ticket", f"ticketNo：{s16[4]}", "clean", None, "ticketNo with a colon"),
        # a mini-program path's query
        ("mp-order", f"pages/order/detail?orderNo={s19[4]}", "clean", None,
         "mini-program path, orderNo"),
        ("mp-id", f"pages/index/index?id={s19[5]}", "clean", None,
         "mini-program path, id (a link's `?id=` is clean)"),
        ("mp-gov-path", f"#小程序://浙里办/pages/index?bjbh={s18[3]}", "clean", None,
         "government mini-program link with a path"),
        # a serial column in a plain-text table
        ("csv-header", f"工单号,申请人,状态\n{s16[5]},张*三,已办结", "clean", None,
         "CSV header 工单号"),
        ("tab-header", f"办件编号\t申请人\n{s18[4]}\t张*三", "clean", None, "tab header 办件编号"),
        ("pipe-header", f"受理编号｜状态\n{s18[5]}｜已办结", "clean", None,
         "full-width bar header 受理编号"),
        # 办件 in an SMS
        ("sms-banjian", f"【甘肃政务服务网】您的办件{s18[0]}已受理。回T退订", "clean", None,
         "您的办件 + its number"),
        ("sms-banjian-brackets", f"您的办件（{s18[1]}）已办结，请登录甘肃政务服务网查看。", "clean",
         None, "办件 and its number in brackets"),
    ]  # fmt: skip


# ----- triage --------------------------------------------------------------------------------

REASONS: dict[str, str] = {
    "bare-query-escaped": "a form's query string pasted as text, without a host, is not decoded: "
    "a mobile, ID number or card whose separators are escaped passes — `mobile=138%201234%205678`, "
    "`sjhm=%2B8613812345678`, `idcard=330106%2019891128%204152`, `account=6222%202855%201048%200136`, "
    "`?mobile=138+1234+5678` (the same in a link's query, `https://…gov.cn/a?tel=138%201234%205678`, "
    "blocks; `mobile=13812345678` blocks). Decided here: an editor's paste of a form export shows "
    "the number to any reader, so it blocks",
    "query-plus-space": "in a link's query a `+` (a space in a form-encoded value) between a mobile's "
    "groups is not read as one: `https://zwfw.zj.gov.cn/a?mobile=138+1234+5678` and "
    "`?phone=%2B86+13812345678` pass (`%20` in its place blocks; the docs strip `+` only at a value's "
    "start)",
    "query-grouped-id-card": "in a link's query an ID number or a card in groups passes where a mobile "
    "in the same groups blocks: `?sfzh=320102-19740110-0737`, `?sfzh=110101%2019840717%208315`, "
    "`?account=6222-2855-1048-0136`, `?account=6222%202855%201048%200136` (ungrouped, both block; the "
    "docs name only a mobile's grouping in a query, but read text numbers in any grouping)",
    "query-caller-key": "a mobile in a link's query under a name that says a phone number but is not "
    "in the list passes: `?callerNo=…`, `?caller=…` (a 12345 reply's 来电号码), `?contactNo=…` "
    "(`contactTel`, `telNo`, `phoneNo` are read; the same `callerNo=…` as text blocks)",
    "note-in-form-value": 'a 公开属性 note as a form\'s value passes: `{"remark":"此件不公开"}`, '
    '`{"gkxs":"此件不公开"}`, `gkxs：此件不公开`, `note=此件不公开` (`{"remark":"此件不予公开"}` '
    "warns `secrecy.sensitive_term`); `备注：此件不公开` blocks, and a marking or 内部资料 as a JSON "
    "value blocks",
    "disclosure-field-form-syntax": "a 公开属性 field written in a form export's syntax only warns "
    '`secrecy.sensitive_term`: `公开属性=不予公开`, `{"公开属性":"不予公开"}`, a CSV or `｜` table '
    "with a 公开属性 column holding 不予公开 (`公开属性：不予公开` blocks)",
    "serial-key-form-syntax": "a serial's name as a form export's key does not license its number: "
    "an order, work-order, 办件 or waybill number of 16–19 digits from 62… that passes Luhn blocks as "
    'a card after `{"工单号":"…"}`, `{"bjbh":…}`, `{"orderNo":…}`, `{"mailNo":…}`, '
    "`orderNo=…&`, `ticketNo：…` (`订单号：…`, `Order No.: …`, a link's `?bjbh=…` stay clean)",
    "mp-path-query-card": "a WeChat mini-program path's query is read as prose, not as an address's: "
    "`pages/index/index?id=<19 digits from 62…, Luhn>`, `pages/order/detail?orderNo=…`, "
    "`#小程序://浙里办/pages/index?bjbh=…` block as a card (`https://…gov.cn/item?id=…` stays clean: "
    "a link's query holds a card only under a card's name)",
    "serial-column-plain-table": "a serial column of a plain-text table — a CSV, tab or `｜` header "
    "line naming 工单号, 办件编号, 受理编号 — does not license the number under it: a Luhn-passing "
    "62… serial in the next line blocks as a card (the same in a Markdown table stays clean)",
    "banjian-word-card": "办件 (a 政务服务 case) before its number is no serial's word: "
    "`您的办件620102202403624400已受理`, `您的办件（…）已办结` block as a card when the digits pass "
    "Luhn, where `您的工单…`, `您的订单…`, `您的快递…` and `办件编号…` stay clean",
}
FIXED: frozenset[str] = frozenset(
    {
        "serial-key-form-syntax",
        "mp-path-query-card",
        "serial-column-plain-table",
        "banjian-word-card",
        "bare-query-escaped",
        "query-plus-space",
        "query-grouped-id-card",
        "query-caller-key",
        "note-in-form-value",
        "disclosure-field-form-syntax",
    }
)
# The ids the first run and the probe slice found failing, by pattern.
FAILING: dict[str, str] = {
    **dict.fromkeys(
        [
            "hit-01-mob-query",
            "hit-03-mob-query",
            "hit-09-card-query",
            "hand-url-space",
            "hand-url-plus",
            "probe-bare-query-space",
            "probe-bare-query-plus86",
            "probe-bare-query-id",
            "probe-bare-query-card",
            "probe-bare-query-q",
            "probe-hotline-caller-encoded",
        ],
        "bare-query-escaped",
    ),
    **dict.fromkeys(["probe-link-query-plus", "probe-link-query-plus86"], "query-plus-space"),
    **dict.fromkeys(
        [
            "hit-09-card-link",
            "probe-link-query-card-space",
            "probe-link-query-card-hyphen",
            "probe-link-query-id-space",
            "probe-link-query-id-hyphen",
        ],
        "query-grouped-id-card",
    ),
    **dict.fromkeys(
        ["hit-04-mob-link", "probe-link-query-caller", "probe-link-query-contactno"],
        "query-caller-key",
    ),
    **dict.fromkeys(
        [
            "hand-form-note",
            "probe-note-json-value",
            "probe-note-json-remark",
            "probe-note-ascii-key",
            "probe-note-form-string",
        ],
        "note-in-form-value",
    ),
    **dict.fromkeys(
        ["probe-field-json", "probe-field-form-string", "probe-field-csv", "probe-field-pipe"],
        "disclosure-field-form-syntax",
    ),
    **{
        f"probe2-{id_}": "serial-key-form-syntax"
        for id_ in (
            "key-json-cn",
            "key-json-bjbh",
            "key-json-order",
            "key-json-mail",
            "key-form-order",
            "key-colon-ticket",
        )
    },
    **{f"probe2-{id_}": "mp-path-query-card" for id_ in ("mp-order", "mp-id", "mp-gov-path")},
    **{
        f"probe2-{id_}": "serial-column-plain-table"
        for id_ in ("csv-header", "tab-header", "pipe-header")
    },
    **{f"probe2-{id_}": "banjian-word-card" for id_ in ("sms-banjian", "sms-banjian-brackets")},
    **{f"found-{name}": name for name in REASONS},
}


def found_rows() -> list[Row]:
    """One minimal reproduction of each pattern (``found-<pattern>``)."""
    pid = id_number("11010119900307451")
    rng = random.Random(SEED + 7)
    s16 = luhn_serial(rng, "6201", 16)
    s18 = luhn_serial(rng, "620102202403", 18)
    s19 = luhn_serial(rng, "6228", 19)
    return [
        ("bare-query-escaped", "mobile=138%201234%205678", "block", MOB, "minimal"),
        ("query-plus-space", "https://zwfw.zj.gov.cn/a?mobile=138+1234+5678", "block", MOB,
         "minimal"),
        ("query-grouped-id-card",
         f"https://zwfw.zj.gov.cn/a?sfzh={pid[:6]}-{pid[6:14]}-{pid[14:]}", "block", IDN,
         "minimal"),
        ("query-caller-key", "https://zwfw.zj.gov.cn/a?caller=13812345678", "block", MOB,
         "minimal"),
        ("note-in-form-value", '{"remark":"此件不公开"}', "block", NOTE, "minimal"),
        ("disclosure-field-form-syntax", "公开属性=不予公开", "block", NOTE, "minimal"),
        ("serial-key-form-syntax", f'{{"orderNo":"{s19}"}}', "clean", None, "minimal"),
        ("mp-path-query-card", f"pages/index/index?id={s19}", "clean", None, "minimal"),
        ("serial-column-plain-table", f"工单号,状态\n{s16},已办结", "clean", None, "minimal"),
        ("banjian-word-card", f"您的办件{s18}已受理", "clean", None, "minimal"),
    ]  # fmt: skip


def still_failing(name: str) -> str | None:
    """The reason of pattern ``name``, unless a fix has made it pass (``FIXED``)."""
    return None if name in FIXED else REASONS[name]


def xfail(id_: str) -> str | None:
    return still_failing(FAILING[id_]) if id_ in FAILING else None


# ----- the family ----------------------------------------------------------------------------


def field_grid(table: CaseTable, items: list[Field], prefix: str, keep: int) -> None:
    """Each field item in ``keep`` of the channel forms, in rotation."""
    for item_no, item in enumerate(items):
        for f_no, (name, form) in enumerate(FORMS.items()):
            if (item_no + f_no) % len(FORMS) >= keep:
                continue
            id_ = f"{prefix}-{item_no:02d}-{item.kind}-{name}"
            note = f"item={item.desc}; form={name}"
            table.case(id_, form(item), item.expect, item.rule, note, xfail=xfail(id_))


def snippet_grid(table: CaseTable, items: list[Snippet], prefix: str) -> None:
    for item_no, item in enumerate(items):
        for name, form in SNIPPET_FORMS.items():
            id_ = f"{prefix}-{item_no:02d}-{item.kind}-{name}"
            note = f"item={item.desc}; form={name}"
            table.case(id_, form(item.text), item.expect, item.rule, note, xfail=xfail(id_))


def hand(table: CaseTable) -> None:
    for prefix, rows in (
        ("hand", hand_rows(random.Random(SEED + 2))),
        ("probe", probe_rows(random.Random(SEED + 5))),
        ("probe2", probe2_rows(random.Random(SEED + 6))),
        ("found", found_rows()),
    ):
        for id_, text, expect, rule, note in rows:
            full_id = f"{prefix}-{id_}"
            table.case(full_id, text, expect, rule, note, xfail=xfail(full_id))


def build() -> CaseTable:
    table = CaseTable(FAMILY)
    field_grid(table, must_fields(random.Random(SEED)), "hit", 9)
    field_grid(table, clean_fields(random.Random(SEED + 1)), "look", 9)
    snippet_grid(table, must_snippets(random.Random(SEED + 3)), "link")
    snippet_grid(table, clean_snippets(random.Random(SEED + 4)), "plain")
    hand(table)
    return table


def sweep(count: int, seed: str) -> None:
    """``count`` random posts through ``govpub.check``: a random field or snippet item of fresh
    numbers in a random form; wrong ones grouped by (verdict, kind, form)."""
    from govpub import Policy, Post, check

    policy = Policy.default()
    rng = random.Random(seed)
    wrong: Counter[tuple[str, str, str]] = Counter()
    samples: dict[tuple[str, str, str], str] = {}
    for _ in range(count):
        sub = random.Random(rng.random())
        if rng.random() < 0.7:
            item = rng.choice(must_fields(sub) + clean_fields(sub))
            form = rng.choice(list(FORMS))
            text = FORMS[form](item)
        else:
            item = rng.choice(must_snippets(sub) + clean_snippets(sub))
            form = rng.choice(list(SNIPPET_FORMS))
            text = SNIPPET_FORMS[form](item.text)
        result = check(Post(title="关于做好有关工作的通知", body=text), policy)
        rules = {f.rule for f in result.findings}
        want = set() if item.rule is None else {item.rule}
        if rules == want:
            continue
        verdict = "false" if rules - want else "miss"
        key = (verdict, item.kind, form)
        wrong[key] += 1
        samples.setdefault(key, f"{text!r} -> {sorted(rules)}")
    sys.stdout.write(f"{count} posts; {sum(wrong.values())} wrong\n")
    for key, n in wrong.most_common():
        sys.stdout.write(f"  {n:5d}  {' / '.join(key)}\n        {samples[key]}\n")


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--sweep", type=int, default=0)
    parser.add_argument("--seed", default=f"{SEED}:sweep", help="the sweep's seed")
    args = parser.parse_args()
    if args.sweep:
        sweep(args.sweep, args.seed)
        return
    header = "red-team pass 101 (blind): service channels"
    build().write(__file__, header + "; gen_redteam101.py regenerates it", width=1000)


if __name__ == "__main__":
    main()
