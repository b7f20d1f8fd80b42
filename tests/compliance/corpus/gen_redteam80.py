"""Regenerate redteam80_blind_antifraud_police.yaml (red-team pass 80, written blind).

The false-finding sweep over what police, courts and 反诈 centres publish: 反诈宣传 posts that
quote scam texts in 【】 (a placeholder, or an obviously fake host such as ``xx-etc.cc``, which
warns as another site by the docs), 刷单返利 / 冒充客服 / 虚假购物 / 杀猪盘 descriptions quoting the
bait (全网最低价, 退款, 包邮 inside a warning), the 96110 / 110 / 12381 / 12321 hotlines and the
国家反诈中心 App, 案号 and 行政处罚 文号, 悬赏通告 with a reward and a masked ID number, 寻人启事
with an agency landline, 交通违法 notices with plates and 18-digit 决定书编号, 失信被执行人 lists with
masked names and IDs, 警情通报 (张某某（男，35岁）) and 户籍/出入境 guides with blank 证件号码 fields.
About a quarter of the posts hide one real item (an unmasked ID number of a 失信 person or a
suspect, a victim's mobile or card, an unmasked 淘口令 inside a quoted scam, a real ad or short
link, 内部资料 / 警务工作秘密 / 密级 markings, a 公开属性 note). Written before the checker or any
other family was read (issue 12, docs/compliance.md, the corpus README, ``case_table.py``,
``number_makers.py`` and ``gen_redteam71.py`` for layout only). Fixed seed; run from the
repository root: python tests/compliance/corpus/gen_redteam80.py
"""

from __future__ import annotations

import random
import sys
from collections.abc import Sequence
from pathlib import Path
from typing import TypeVar

from case_table import CaseTable
from rule_ids import CARD, IDN, INT, LS, MARK, MOB, NOTE, SC, TERM

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))
from number_makers import DIVISIONS, grouped, id_number, luhn

SEED = 80
OH = "link.other_host"

RNG = random.Random(SEED)
X = TypeVar("X")

SURNAMES = "王李张刘陈杨赵黄周吴徐孙胡朱高林何郭马罗"
AGENCIES = [
    ("北京市公安局朝阳分局", "010-85953110"),
    ("上海市公安局浦东分局", "021-28951110"),
    ("杭州市公安局西湖区分局", "0571-87281110"),
    ("广州市公安局天河区分局", "020-85201110"),
    ("成都市公安局武侯区分局", "028-85071110"),
    ("南京市公安局鼓楼分局", "025-83521110"),
]
COURTS = [
    ("北京市朝阳区人民法院", "京0105"),
    ("上海市浦东新区人民法院", "沪0115"),
    ("杭州市西湖区人民法院", "浙0106"),
    ("广州市天河区人民法院", "粤0106"),
]


def pick(seq: Sequence[X]) -> X:
    return RNG.choice(seq)


def person() -> str:
    return pick(SURNAMES) + "某某"


def fresh_id() -> str:
    birth = f"{RNG.randint(1960, 2000)}{RNG.randint(1, 12):02d}{RNG.randint(1, 28):02d}"
    div = pick([d for d in DIVISIONS if not d.startswith("65")])
    return id_number(div + birth + f"{RNG.randint(0, 999):03d}")


def masked_id() -> str:
    number = fresh_id()
    return number[:6] + "********" + number[-4:]


def fresh_mobile() -> str:
    return "1" + pick("3589") + "".join(pick("0123456789") for _ in range(9))


def masked_mobile() -> str:
    number = fresh_mobile()
    return number[:3] + "****" + number[-4:]


def card19() -> str:
    return luhn("622848" + "".join(pick("0123456789") for _ in range(12)))


def plate() -> str:
    return pick(["京A·", "沪B·", "浙A·", "粤A·", "川A·"]) + f"{RNG.randint(10000, 99999)}"


def not_id_18(division: str) -> str:
    """An 18-digit 决定书编号 whose date part is no date (year 1000+), so no ID number."""
    return division + "1000" + "".join(pick("0123456789") for _ in range(8))


def lines(*parts: str) -> str:
    return "\n".join(p for p in parts if p)


T = CaseTable("redteam80_blind_antifraud_police")


# The first run's failures, all real by a strict reviewer (strict xfails; see the report).
_SMS_UNQUOTED = (
    "red team 80: a scam SMS's bait (限时秒杀, 全网最低价) quoted without quotation marks — in its "
    "【】 sign after 骗子发来的信息：, a label, a 以下…诈骗 lead, a list, a blockquote, a title or a "
    "Weibo text, the commonest ways a 反诈 post quotes one — warns ad.wording: the warning "
    "exemption (sales_contexts.warned_against) reads only a quotation closed on its line, though "
    "the sentence or lead names 骗子 or 诈骗"
)
# Fixed by fix 99 (their xfails gone, their notes kept): 警务工作秘密 as a document's header
# marking (alone on the first line, in brackets of its own, or with 注意保存 beside it) only
# warned as the sensitive term 工作秘密 — report-hit-police-secret-note, -alone, s2-mark-brackets;
# a 典型案例's caller as 对方 (after 陌生电话, or …电话… in the sentence before) asking a masked
# victim (赵某某, 孙某某) warned wording.forced_engagement, the demand read as the agency's —
# s2-demand-caller, misc-clean-fake-police.
XFAIL: dict[str, str] = {}

# The xfails fix 102 fixed (each case's note says so): a scam's message in its 【】 sign reads
# as quoted where a label names it a scam's (on its line, or ending the line above its block)
# or a warning follows it on its line (sales_contexts.warned_against, _in_a_scam_message).
_FIXED_SMS = (
    "fixed by fix 102: a scam's message in its 【】 sign without quotation marks reads as "
    "quoted, a label naming it a scam's or a warning after it on its line"
)
FIXED = dict.fromkeys(
    [
        "sms-hit-taokouling",
        "sms-clean-taokouling-masked",
        "s2-sms-label",
        "s2-sms-next-line",
        "s2-sms-blockquote",
        "s2-sms-delete",
        "s2-sms-list",
        "s3-title-unquoted",
        "s3-weibo-unquoted",
    ],
    f"{_FIXED_SMS} (was xfail: {_SMS_UNQUOTED})",
)


def add(id_, text, expect, rule, note, title, xfail=None, field=None):  # noqa: PLR0917
    assert field or 200 <= len(text) <= 1500, (id_, len(text))
    note += f"; {FIXED[id_]}" if id_ in FIXED else ""
    T.case(id_, text, expect, rule, note, field, xfail=xfail or XFAIL.get(id_))
    if field != "title":
        T.cases[-1]["title"] = title


# ----- genre 1: 反诈 tips quoting scam SMS in 【】 -------------------------------------------

SMS_PLACEHOLDER = [
    "【某某银行】尊敬的客户，您的账户积分即将清零，请点击链接（已隐去）兑换现金礼品。",
    "【ETC服务】您的ETC卡已失效，请尽快点击链接（此处为钓鱼网址，已删除）重新认证，逾期将停用。",
    "【医保局】您的医保卡已被冻结，如需解冻请联系客服专员×××，并提供银行卡号和验证码。",
    "【快递通知】您的包裹因地址不详无法派送，请回复“1”办理退款理赔，退款金额将原路返回。",
    "【某某电商】您购买的商品存在质量问题，我司将为您办理双倍退款，请添加客服处理。",
    "【社保中心】您的社保待遇资格认证未通过，请下载指定APP进行人脸识别，否则停发养老金。",
]
SMS_FAKE_HOST = [
    ("【ETC服务】您的ETC已过期失效，请登录 xx-etc.cc 重新认证，逾期停用。", "xx-etc.cc"),
    ("【积分兑换】您的话费积分即将过期，请访问 www.jifen-xx.cc 领取礼品。", "www.jifen-xx.cc"),
    ("【退款通知】您的订单退款失败，请进入 http://tuikuan-xx.cc/k 填写退款信息。", "tuikuan-xx.cc"),
]
TIP_OPENINGS = [
    "近期，我市接连发生冒充银行、快递、电商客服的电信网络诈骗案件，骗子群发短信，诱导群众点击链接、填写个人信息。",
    "近日，市反诈中心接到多起群众报警，称收到冒充政府部门、金融机构的诈骗短信，部分群众因轻信而被骗。",
    "又到年底，各类诈骗短信进入高发期。市公安局反诈中心梳理了近期常见的几类诈骗短信，提醒广大市民提高警惕。",
]
TIP_ADVICE = [
    "警方提示：正规机构不会通过短信发送链接要求您填写银行卡号、密码和验证码；凡是要求“先转账、后退款”的，都是诈骗。",
    "请牢记“三不一多”：未知链接不点击，陌生来电不轻信，个人信息不透露，转账汇款多核实。",
    "收到可疑短信，请第一时间拨打96110或110咨询，也可通过12321网络不良与垃圾信息举报受理中心举报。",
    "如接到96110的来电，请务必及时接听，这是反诈中心的预警劝阻专线；收到12381发来的预警短信，也请认真阅读。",
    "建议广大市民下载安装国家反诈中心App，开启来电预警和短信预警功能，有效识别诈骗信息。",
    "验证码是您账户的最后一道防线，注意保密，不要泄露验证码，任何索要验证码的都是骗子。",
]


def genre_sms() -> None:
    for n in range(7):
        sms = RNG.sample(SMS_PLACEHOLDER, 2)
        text = lines(
            pick(TIP_OPENINGS),
            "常见诈骗短信一：" + sms[0],
            "常见诈骗短信二：" + sms[1],
            *RNG.sample(TIP_ADVICE, 3),
            pick(AGENCIES)[0] + "反诈中心",
        )
        add(
            f"sms-clean-{n}",
            text,
            "clean",
            None,
            "反诈 tips quoting scam SMS in 【】 with the link a placeholder; hotlines, the App, "
            "注意保密 as advice",
            "警惕！这些短信都是诈骗",
        )
    for n, (sms, host) in enumerate(SMS_FAKE_HOST):
        text = lines(
            pick(TIP_OPENINGS),
            "典型诈骗短信：" + sms,
            "该网址为仿冒网站，页面与官方网站极为相似，一旦填写银行卡号和验证码，卡内资金将被迅速转走。",
            *RNG.sample(TIP_ADVICE, 3),
        )
        add(
            f"sms-fakehost-{n}",
            text,
            "warn",
            OH,
            f"a scam SMS quoting its phishing host {host}: a non-government host in a government "
            "post warns (link.other_host) by the docs, quoted or not; nothing blocks",
            "识破仿冒网站诈骗",
        )
    # hidden: a working 淘口令 inside the quoted scam text
    code = "￥Kp3mZx82QwE￥"
    text = lines(
        "近期，有不法分子在社交群内发布“低价抢购”信息，诱导群众复制口令进入虚假店铺购物。",
        f"骗子发来的信息：【限时秒杀】全网最低价，复制这段话{code}打开淘宝即可抢购，包邮到家。",
        "警方提示：所谓“全网最低价”“限时秒杀”多为诱饵，付款后对方即拉黑失联。",
        *RNG.sample(TIP_ADVICE, 2),
    )
    add(
        "sms-hit-taokouling",
        text,
        "block",
        SC,
        "an unmasked 淘口令 inside a quoted scam: the docs say a quoted code blocks, the code "
        "opens the shop for whoever copies it",
        "警惕虚假低价抢购",
    )
    text = lines(
        "近期，有不法分子在社交群内发布“低价抢购”信息，诱导群众复制口令进入虚假店铺购物。",
        "骗子发来的信息：【限时秒杀】全网最低价，复制这段话￥××××××××￥打开淘宝即可抢购，包邮到家。",
        "警方提示：所谓“全网最低价”“限时秒杀”多为诱饵，付款后对方即拉黑失联。",
        *RNG.sample(TIP_ADVICE, 2),
    )
    add(
        "sms-clean-taokouling-masked",
        text,
        "clean",
        None,
        "twin of sms-hit-taokouling with the code masked ￥××××××××￥: clean by the docs",
        "警惕虚假低价抢购",
    )
    text = lines(
        pick(TIP_OPENINGS),
        "常见诈骗短信：" + SMS_PLACEHOLDER[0],
        "更多防骗知识详见 https://t.cn/A6aBk9Xz 。",
        *RNG.sample(TIP_ADVICE, 3),
    )
    add(
        "sms-hit-shortlink",
        text,
        "fixed",
        LS,
        "a real t.cn short link pasted as the 'more' link of a 反诈 tip: stripped",
        "警惕！这些短信都是诈骗",
    )


# ----- genre 2: 刷单返利 / 冒充客服 / 虚假购物 / 杀猪盘 -----------------------------------

SCAMS = {
    "刷单返利": [
        "刷单返利类诈骗仍是发案最多的类型。骗子以“足不出户、日赚几百”“动动手指就能赚钱”为诱饵，先让受害人做几单小额任务并返还佣金，取得信任后以“连单”“卡单”为由要求加大投入，最终拒不返还。",
        "警方提示：所有刷单都是诈骗，刷单本身就是违法行为，切勿贪图小利。",
    ],
    "冒充客服": [
        "冒充电商物流客服诈骗中，骗子准确说出受害人的购物信息，谎称商品质量有问题需要退款，或快递丢失需要理赔，再以“开通退款通道”“提高信用分”为由，诱导受害人下载屏幕共享软件、提供验证码。",
        "警方提示：官方客服办理退款无需您另行操作，更不会要求转账或共享屏幕。遇到“退款”“理赔”电话，请通过官方平台核实。",
    ],
    "虚假购物": [
        "虚假购物类诈骗中，骗子在朋友圈、短视频平台发布“全网最低价”“包邮”“限量秒杀”等广告，诱导受害人添加好友、私下交易，收款后即将受害人拉黑。",
        "警方提示：网购请认准正规平台，不要脱离平台私下转账，警惕所谓“内部渠道”“超低价货源”。",
    ],
    "杀猪盘": [
        "“杀猪盘”类诈骗中，骗子通过婚恋网站、社交软件物色目标，以“高富帅”“白富美”人设建立恋爱关系，再以“内部消息”“稳赚不赔”为由，诱导受害人在虚假投资平台或博彩网站投入资金，前期小额盈利可以提现，大额投入后平台无法提现。",
        "警方提示：网上交友谈钱就要警惕，凡是带您投资、博彩的“恋人”都是骗子。",
    ],
}
CASE_STORIES = [
    "3月5日，市民{p}（女，42岁）报警称，其在网上看到“刷单返利”兼职信息后按对方要求操作，先后转账6笔共计8.6万元，后发现无法提现，方知被骗。",
    "2月下旬，{p}接到自称某电商平台客服的电话，对方称其购买的商品存在质量问题，可办理退款。{p}按照对方提示下载会议软件并开启屏幕共享，卡内3.2万元被转走。",
    "近日，{p}在短视频平台看到有人以“全网最低价”出售品牌手机，添加对方好友后支付货款4800元，对方又以“缴纳保证金”为由要求继续转账，{p}察觉异常后报警。",
    "{p}在某婚恋网站结识一名自称从事金融工作的男子，对方以带其投资为由，诱导其在某平台充值，累计投入37万元后平台无法提现，对方随即失联。",
]


def scam_post(kind: str, extra: str = "") -> str:
    body, tip = SCAMS[kind]
    return lines(
        f"【反诈课堂】{kind}类诈骗",
        body,
        "典型案例：" + pick(CASE_STORIES).format(p=person()),
        extra,
        tip,
        pick(TIP_ADVICE),
    )


def genre_scams() -> None:
    n = 0
    for kind in SCAMS:
        for _ in range(3):
            add(
                f"scam-clean-{n}",
                scam_post(kind),
                "clean",
                None,
                f"a {kind} description quoting the bait (全网最低价, 退款, 包邮, 稳赚不赔) inside a "
                "warning, a 典型案例 with a masked name",
                f"识破{kind}骗局",
            )
            n += 1
    mobile = fresh_mobile()
    add(
        "scam-hit-victim-mobile",
        scam_post("冒充客服", f"受害人{person()}（联系电话：{mobile}）提醒大家不要重蹈覆辙。"),
        "block",
        MOB,
        "a victim's full mobile number in a 冒充客服 case story",
        "识破冒充客服骗局",
    )
    card = card19()
    add(
        "scam-hit-victim-card",
        scam_post("刷单返利", f"受害人转账所用银行卡号为{grouped(card, [4, 4, 4, 4], ' ')}。"),
        "block",
        CARD,
        "a victim's UnionPay card (19 digits, Luhn) in fours in a 刷单 case story",
        "识破刷单返利骗局",
    )
    add(
        "scam-hit-jd-link",
        scam_post("虚假购物", "正规购物渠道可参考：u.jd.com/Ab3xYz9。"),
        "fixed",
        LS,
        "a bare u.jd.com affiliate link pasted as the 'regular channel' in a 虚假购物 warning",
        "识破虚假购物骗局",
    )
    add(
        "scam-fakehost-pig",
        scam_post("杀猪盘", "涉案虚假平台网址为 www.xx-touzi.cc ，该平台已被依法查封。"),
        "warn",
        OH,
        "the bogus platform's host named in a 杀猪盘 warning: another host warns by the docs",
        "识破杀猪盘骗局",
    )


# ----- genre 3: hotlines and the App ----------------------------------------------------------

HOTLINE_PARAS = [
    "96110是全国反诈预警劝阻专线。接到96110来电，说明您或家人可能正在遭遇电信网络诈骗，请务必耐心接听，听从民警劝阻。",
    "12381是工业和信息化部设立的涉诈预警劝阻短信号码，收到12381发送的预警短信，说明您近期可能接触过涉诈电话或网址。",
    "12321是网络不良与垃圾信息举报受理中心的举报电话，收到诈骗短信、骚扰电话可以拨打12321或登录其官方网站举报。",
    "如已被骗，请立即拨打110报警，并保存好转账记录、聊天记录等证据，第一时间向警方提供对方账户信息。",
    "国家反诈中心App由公安部刑侦局推出，具有来电预警、短信预警、App自检、身份核实等功能，可在各大应用商店搜索“国家反诈中心”下载。",
    "注册国家反诈中心App时请选择常住地，并如实填写相关信息，开启“来电预警”后，App会对疑似诈骗来电进行提醒。",
    "反诈咨询电话：{tel}（工作日9:00—17:00），各派出所值班电话24小时受理群众报警求助。",
]


def genre_hotlines() -> None:
    for n in range(7):
        name, tel = pick(AGENCIES)
        paras = RNG.sample(HOTLINE_PARAS, 5)
        text = lines(
            "这几个反诈号码，请一定记牢！",
            *(p.format(tel=tel) for p in paras),
            name,
        )
        add(
            f"hotline-clean-{n}",
            text,
            "clean",
            None,
            "96110/110/12381/12321, the 国家反诈中心 App (搜索 in an app store), an agency landline",
            "这几个反诈号码，请一定记牢",
        )
    name, tel = pick(AGENCIES)
    text = lines(
        "内部资料　注意保存",
        *(p.format(tel=tel) for p in HOTLINE_PARAS[:5]),
        name,
    )
    add(
        "hotline-hit-internal",
        text,
        "block",
        INT,
        "a pasted 宣讲 handout still headed 内部资料　注意保存 on its own line: one note (注意保存 "
        "beside another phrase is that phrase's)",
        "这几个反诈号码，请一定记牢",
    )


# ----- genre 4: courts and case numbers ---------------------------------------------------------


def court_notice(extra: str = "", defendant_id: str | None = None) -> tuple[str, str]:
    court, code = pick(COURTS)
    number = RNG.randint(100, 2999)
    who = person()
    ident = f"，公民身份号码{defendant_id}" if defendant_id else ""
    text = lines(
        f"{court}公告",
        f"（2026）{code}刑初{number}号",
        f"被告人{who}（男，{RNG.randint(22, 55)}岁{ident}）犯诈骗罪一案，本院依法适用普通程序，公开开庭进行了审理。",
        f"经审理查明，2025年5月至9月，被告人{who}伙同他人，以“刷单返利”为名，通过社交软件发布兼职信息，骗取被害人钱款共计人民币46.8万元。",
        f"本院认为，被告人{who}以非法占有为目的，利用电信网络诈骗他人财物，数额巨大，其行为已构成诈骗罪。依照《中华人民共和国刑法》第二百六十六条之规定，判处有期徒刑五年，并处罚金人民币五万元。",
        extra,
        f"如不服本判决，可在接到判决书的第二日起十日内，通过本院或者直接向上一级人民法院提出上诉。联系电话：010-6509{RNG.randint(1000, 9999)}。",
        "2026年3月10日",
    )
    return text, who


def fine_notice(extra: str = "") -> str:
    name, _ = pick(AGENCIES)
    who = person()
    return lines(
        "行政处罚决定书（公开版）",
        f"京公（朝）行罚决字〔2026〕{RNG.randint(1000, 9999)}号",
        f"违法行为人：{who}，男，{RNG.randint(1970, 2000)}年出生，身份证号码：{masked_id()}。",
        f"现查明，2026年1月，违法行为人{who}明知他人利用信息网络实施犯罪，仍将本人名下的银行卡出租给他人使用，获利800元。",
        "以上事实有违法行为人的陈述和申辩、银行交易流水等证据证实。",
        "根据《中华人民共和国反电信网络诈骗法》第三十一条、第四十四条之规定，决定对违法行为人处以行政拘留十日，并处罚款人民币3000元。",
        extra,
        f"{name}",
        "2026年2月20日",
    )


def genre_courts() -> None:
    for n in range(5):
        text, _ = court_notice()
        add(
            f"court-clean-{n}",
            text,
            "clean",
            None,
            "a 判决公告 with a 案号 （2026）京0105刑初123号, amounts, a court landline",
            "刑事判决公告",
        )
    for n in range(4):
        add(
            f"fine-clean-{n}",
            fine_notice(),
            "clean",
            None,
            "a 行政处罚决定书 with 京公（朝）行罚决字〔2026〕1234号 and a masked ID number (6 + 8 stars + 4)",
            "行政处罚决定书（公开版）",
        )
    text, _ = court_notice(defendant_id=fresh_id())
    add(
        "court-hit-id",
        text,
        "block",
        IDN,
        "the defendant's full ID number in a 判决公告",
        "刑事判决公告",
    )
    text, _ = court_notice(f"被害人被骗钱款转入的银行卡号：{card19()}。")
    add(
        "court-hit-card",
        text,
        "block",
        CARD,
        "a victim's 19-digit UnionPay card written whole in a 判决公告",
        "刑事判决公告",
    )
    add(
        "fine-hit-note",
        fine_notice("（此件不予公开）"),
        "block",
        NOTE,
        "a 处罚决定书 pasted with its 附注 （此件不予公开） on a line of its own",
        "行政处罚决定书（公开版）",
    )


# ----- genre 5: 悬赏通告 ---------------------------------------------------------------------


def reward_notice(ident: str) -> str:
    name, tel = pick(AGENCIES)
    who = pick(SURNAMES) + pick(["某", "某某"])
    return lines(
        "悬赏通告",
        f"2026年1月12日，{name}破获一起特大电信网络诈骗案，犯罪嫌疑人{who}在逃。为尽快将其缉拿归案，现面向社会公开悬赏征集线索。",
        f"犯罪嫌疑人{who}，男，{RNG.randint(25, 50)}岁，身份证号码：{ident}，身高约175厘米，体型偏瘦，操四川口音。",
        f"对提供有效线索协助抓获犯罪嫌疑人的，给予人民币{pick(['2万', '3万', '5万'])}元奖励。",
        "公安机关对举报人身份严格保密。窝藏、包庇犯罪嫌疑人的，将依法追究法律责任。",
        f"举报电话：110，{tel}",
        name,
        "2026年3月1日",
    )


def genre_rewards() -> None:
    for n in range(6):
        add(
            f"reward-clean-{n}",
            reward_notice(masked_id()),
            "clean",
            None,
            "a 悬赏通告 with a reward amount and the suspect's ID masked 6 + 8 stars + 4",
            "悬赏通告",
        )
    add(
        "reward-hit-full-id",
        reward_notice(fresh_id()),
        "block",
        IDN,
        "a suspect's full ID number in a 悬赏通告: the docs block a 通缉令's full ID (a number "
        "published on purpose goes in public_numbers)",
        "悬赏通告",
    )
    number = fresh_id()
    add(
        "reward-hit-undermasked",
        reward_notice(number[:14] + "**" + number[-2:]),
        "block",
        IDN,
        "a suspect's ID masked by two characters only, birth date shown: too little (docs)",
        "悬赏通告",
    )


# ----- genre 6: 寻人启事 ---------------------------------------------------------------------


def missing_notice(contact: str) -> str:
    name, tel = pick(AGENCIES)
    who = person()
    age = RNG.randint(8, 85)
    return lines(
        "寻人启事",
        f"{who}，{pick(['男', '女'])}，{age}岁，身高约{RNG.randint(120, 178)}厘米，于2026年3月{RNG.randint(1, 9)}日下午在{pick(['公园南门', '地铁站附近', '菜市场', '小区门口'])}走失。",
        "走失时上身穿深蓝色羽绒服，下身穿黑色裤子，脚穿灰色运动鞋，随身携带一个红色布袋，说话带本地口音，"
        + ("患有阿尔茨海默病，记忆力较差。" if age > 60 else "性格内向。"),
        "家属和民警已连续多日在周边道路、公园、医院、救助站寻找，并调取了沿途监控，暂未发现其下落。",
        "如有知情者或发现此人，请及时与警方联系，或就近拨打110报警。感谢广大热心群众的关注与帮助！",
        contact.format(tel=tel, name=name),
        name,
    )


def genre_missing() -> None:
    for n in range(6):
        add(
            f"missing-clean-{n}",
            missing_notice("联系电话：{tel}（{name}值班室）"),
            "clean",
            None,
            "a 寻人启事 with the agency's landline and 110",
            "寻人启事",
        )
    mobile = fresh_mobile()
    add(
        "missing-hit-mobile",
        missing_notice("联系电话：{tel}；家属" + pick(SURNAMES) + "先生：" + mobile),
        "block",
        MOB,
        "a family member's mobile beside the agency's landline",
        "寻人启事",
    )
    add(
        "missing-hit-shortlink",
        missing_notice("联系电话：{tel}。扩散请转：dwz.cn/Xk82pQ"),
        "fixed",
        LS,
        "a dwz.cn short link added for sharing the 寻人启事",
        "寻人启事",
    )
    mobile = fresh_mobile()
    add(
        "missing-hit-mobile-fullwidth",
        missing_notice(
            "联系电话：{tel}，家属手机："
            + "－".join([mobile[:3], mobile[3:7], mobile[7:]]).translate(
                {ord(c): chr(ord(c) + 0xFEE0) for c in "0123456789"}
            )
        ),
        "block",
        MOB,
        "a family member's mobile in full-width digits and full-width hyphens",
        "寻人启事",
    )


# ----- genre 7: 交通违法 notices ---------------------------------------------------------------


def traffic_notice(number: str, extra: str = "") -> str:
    name = pick(
        [
            "北京市公安局公安交通管理局朝阳交通支队",
            "上海市公安局交通警察总队",
            "杭州市公安局交通警察支队",
        ]
    )
    kinds = ["违反禁令标志指示", "机动车违反规定停放", "驾驶机动车不按规定车道行驶", "超速不足20%"]
    rows = [
        f"{plate()}　{pick(kinds)}　2026-0{RNG.randint(1, 2)}-{RNG.randint(10, 28)}"
        for _ in range(RNG.randint(3, 5))
    ]
    return lines(
        "交通违法处理公告",
        "以下机动车所有人或驾驶人因邮寄地址变更等原因，交通违法处理通知书无法送达，现予公告：",
        *rows,
        f"公安交通管理简易程序处罚决定书编号：{number}",
        "请上述车辆所有人或驾驶人自公告之日起十五日内，携带机动车行驶证、驾驶证到辖区违法处理窗口接受处理，也可通过“交管12123”App在线处理。逾期未处理的，将依法作出处理。",
        extra,
        f"咨询电话：{pick(['010-87519120', '021-63701122', '0571-87280122'])}",
        name,
    )


def genre_traffic() -> None:
    for n in range(5):
        number = not_id_18(pick(["110105", "310115", "330106"]))
        add(
            f"traffic-clean-{n}",
            traffic_notice(number),
            "clean",
            None,
            f"plates 京A·12345 and an 18-digit 决定书编号 {number} whose date part (year 1000) is "
            "no birth date: not an ID number by the docs (real birth date required)",
            "交通违法处理公告",
        )
    add(
        "traffic-clean-brief",
        traffic_notice("110105100012345678"),
        "clean",
        None,
        "the brief's 决定书编号 110105100012345678: 18 digits, a division code, but year 1000",
        "交通违法处理公告",
    )
    number = fresh_id()
    add(
        "traffic-hit-id-shaped",
        traffic_notice(number),
        "block",
        IDN,
        "a 决定书编号 that is a checked ID number (division, real date, check character): the docs "
        "say a label never hides a checked 18-digit ID number",
        "交通违法处理公告",
    )
    add(
        "traffic-hit-owner-id",
        traffic_notice(
            not_id_18("110105"),
            f"车辆所有人{person()}，身份证号：{grouped(fresh_id(), [6, 8, 4], ' ')}。",
        ),
        "block",
        IDN,
        "a car owner's ID number grouped 6-8-4 with spaces",
        "交通违法处理公告",
    )


# ----- genre 8: 失信被执行人 lists --------------------------------------------------------------


def dishonest_list(rows: list[str], extra: str = "") -> str:
    court, _ = pick(COURTS)
    return lines(
        f"{court}失信被执行人名单（第{RNG.randint(1, 12)}批）",
        "为加大执行力度，督促被执行人自觉履行生效法律文书确定的义务，根据《最高人民法院关于公布失信被执行人名单信息的若干规定》，现将本批失信被执行人名单予以公布：",
        "姓名　证件号码　执行案号　未履行金额（元）",
        *rows,
        extra,
        "上述被执行人履行义务后，可向本院申请删除失信信息。欢迎社会各界提供被执行人财产线索，举报电话：12368。",
    )


def dishonest_row(ident: str) -> str:
    _, code = pick(COURTS)
    return f"{person()}　{ident}　（2025）{code}执{RNG.randint(1000, 9999)}号　{RNG.randint(10000, 900000):,}"


def genre_dishonest() -> None:
    for n in range(6):
        rows = [dishonest_row(masked_id()) for _ in range(RNG.randint(4, 7))]
        add(
            f"dishonest-clean-{n}",
            dishonest_list(rows),
            "clean",
            None,
            "a 失信被执行人 list: masked names (某某), masked IDs, 执行案号, amounts with separators",
            "失信被执行人名单",
        )
    rows = [dishonest_row(masked_id()) for _ in range(5)]
    rows[2] = dishonest_row(fresh_id())
    add(
        "dishonest-hit-id",
        dishonest_list(rows),
        "block",
        IDN,
        "one row of a 失信 list with the ID number unmasked",
        "失信被执行人名单",
    )
    rows = [dishonest_row(masked_id()) for _ in range(5)]
    rows[4] = dishonest_row(grouped(fresh_id(), [6, 8, 4], "-"))
    add(
        "dishonest-hit-id-hyphens",
        dishonest_list(rows),
        "block",
        IDN,
        "the last row's ID number unmasked, grouped 6-8-4 with hyphens",
        "失信被执行人名单",
    )
    rows = [dishonest_row(masked_id()) for _ in range(5)]
    rows[1] = rows[1] + f"　手机{fresh_mobile()}"
    add(
        "dishonest-hit-mobile",
        dishonest_list(rows),
        "block",
        MOB,
        "a 失信 row with the person's mobile appended after 手机",
        "失信被执行人名单",
    )
    rows = [dishonest_row(masked_id()) for _ in range(4)]
    number = fresh_id()
    rows.append(dishonest_row(number[:6] + "*" * 8 + number[-4:]))
    add(
        "dishonest-clean-lastrow",
        dishonest_list(rows, "（以上信息已作脱敏处理）"),
        "clean",
        None,
        "all rows masked, with a note saying so",
        "失信被执行人名单",
    )


# ----- genre 9: 警情通报 -----------------------------------------------------------------------


def police_report(head: str = "", extra: str = "") -> str:
    name, _ = pick(AGENCIES)
    who = pick(SURNAMES) + "某某"
    return lines(
        head,
        "警情通报",
        f"2026年3月{RNG.randint(1, 9)}日{RNG.randint(8, 22)}时许，{name}接群众报警称，{pick(['某小区', '某商场', '某路口'])}附近发生一起{pick(['纠纷', '交通事故', '盗窃案件'])}。",
        f"接警后，民警迅速到场处置，经初步调查，犯罪嫌疑人{who}（男，{RNG.randint(20, 60)}岁，{pick(['本地人', '外省来京务工人员', '无业'])}）因琐事与他人发生争执，"
        "造成一人轻微伤，伤者已送医救治，无生命危险。",
        f"目前，{who}已被公安机关依法{pick(['刑事拘留', '行政拘留'])}，案件正在进一步调查中。",
        extra,
        "网络不是法外之地，请广大网民不造谣、不信谣、不传谣，相关情况以警方发布为准。",
        name,
        f"2026年3月{RNG.randint(10, 20)}日",
    )


def genre_reports() -> None:
    for n in range(7):
        add(
            f"report-clean-{n}",
            police_report(),
            "clean",
            None,
            "a 警情通报 with 张某某（男，35岁）, times and dates",
            "警情通报",
        )
    add(
        "report-hit-marking",
        police_report("机密★1年"),
        "block",
        MARK,
        "a draft pasted with its 密级 line 机密★1年 on top",
        "警情通报",
    )
    add(
        "report-hit-disclosure",
        police_report("", "（此件不公开）"),
        "block",
        NOTE,
        "a 通报 draft pasted with its 附注 （此件不公开） on a line of its own",
        "警情通报",
    )
    add(
        "report-hit-police-secret-note",
        police_report("警务工作秘密　注意保存"),
        "block",
        [INT, TERM],
        "a header line 警务工作秘密　注意保存: 注意保存 as a note on its own line blocks "
        "(secrecy.internal); 工作秘密 is a sensitive term of the docs (warn)",
        "警情通报",
    )
    add(
        "report-hit-police-secret-alone",
        police_report("警务工作秘密"),
        "block",
        [INT, TERM],
        "警务工作秘密 alone on the first line, the marking 公安 prints on a document: the docs list "
        "工作秘密 only as a sensitive term (warn) and are silent on it as a header marking; a strict "
        "reviewer blocks a document so marked (expectation: secrecy.internal + the term's warn)",
        "警情通报",
    )
    add(
        "report-warn-police-secret-prose",
        police_report("", "参与处置的民警严格遵守保密纪律，不得泄露警务工作秘密。"),
        "warn",
        TERM,
        "警务工作秘密 in a sentence: 工作秘密 is a sensitive term the docs warn on in prose",
        "警情通报",
    )


# ----- genre 10: 户籍 / 出入境 guides ------------------------------------------------------------

GUIDE_PARAS = {
    "户籍": [
        "一、办理条件：本市户籍居民因出生、迁入、变更登记等需要办理户口登记的，可持相关材料到户籍所在地派出所户籍窗口办理。",
        "二、所需材料：居民户口簿、居民身份证原件；出生登记需提供《出生医学证明》；委托他人办理的，须提交委托书及受托人身份证件。",
        "三、办理流程：窗口受理—民警审核—办结发证。材料齐全的，当场办结；需要调查核实的，自受理之日起20个工作日内办结。",
        "四、填表说明：申请人姓名：________　证件号码：________　联系电话：________　（以上栏目由申请人本人填写，请勿代签）",
        "五、办理进度查询：受理后窗口将出具受理回执，回执上载有受理编号（如：HJ2026030100123），可凭受理编号通过“公安政务服务”平台查询。",
        "六、咨询电话：{tel}，工作时间：周一至周五9:00—12:00，13:30—17:00。",
    ],
    "出入境": [
        "一、适用范围：内地居民申请普通护照、往来港澳通行证及签注、往来台湾通行证及签注，可在全国任一出入境窗口办理。",
        "二、所需材料：居民身份证原件；现役军人、国家工作人员等须提交本人所在单位出具的意见；未满16周岁的，由监护人陪同办理。",
        "三、证件号码填写：申请表中“证件号码”一栏填写申请人本人居民身份证号码，示例：证件号码：________________（18位）。",
        "四、办理时限：自受理之日起7个工作日内审批办结，可选择邮寄送达或窗口领取。受理编号可在“移民局”App中查询办理进度。",
        "五、收费标准：普通护照120元/本，往来港澳通行证卡式证件60元/张，团队旅游签注一次有效15元。",
        "六、咨询电话：12367（国家移民管理局服务热线），本地出入境接待大厅：{tel}。",
    ],
}


def guide(kind: str, extra: str = "") -> str:
    _, tel = pick(AGENCIES)
    paras = [p.format(tel=tel) for p in GUIDE_PARAS[kind]]
    return lines(f"{kind}业务办理指南", *paras, extra)


def genre_guides() -> None:
    for n in range(8):
        kind = "户籍" if n % 2 == 0 else "出入境"
        add(
            f"guide-clean-{n}",
            guide(kind),
            "clean",
            None,
            f"a {kind} service guide: 证件号码：________ left blank, a 受理编号 example, 12367, fees",
            f"{kind}业务办理指南",
        )
    add(
        "guide-hit-example-id",
        guide("户籍", f"填表示例：申请人姓名：{person()}　证件号码：{fresh_id()}"),
        "block",
        IDN,
        "a form example filled in with a real (checked) ID number: 例 marks an example, but the "
        "number is still someone's (docs)",
        "户籍业务办理指南",
    )
    add(
        "guide-hit-passport",
        guide("出入境", f"填表示例：护照号码：E{RNG.randint(10000000, 99999999)}"),
        "block",
        "personal.passport",
        "a filled-in example passport number E + 8 digits after 护照号码：",
        "出入境业务办理指南",
    )
    add(
        "guide-hit-internal",
        guide("出入境", "（内部资料，不得外传）"),
        "block",
        INT,
        "a guide pasted from the window's internal handbook with （内部资料，不得外传）: "
        "内部资料 and 不得外传, each phrase of a note one finding, one rule",
        "出入境业务办理指南",
    )


# ----- genre 11: other warnings the docs define, and more clean posts ---------------------------


def genre_misc() -> None:
    text = lines(
        "【反诈课堂】保护好个人信息",
        "个人身份证号码、银行卡号、手机验证码、人脸信息等都属于个人敏感信息，一旦泄露，可能被不法分子用于办理网络贷款、注册虚假账户。",
        "请不要在不明网站填写个人信息，不要随意晒出身份证、车票、登机牌照片；快递单据请涂抹后再丢弃。",
        "如发现个人信息被冒用，请及时拨打110报警，或向12321举报。",
        pick(TIP_ADVICE),
    )
    add(
        "misc-warn-sensitive-info",
        text,
        "warn",
        TERM,
        "个人敏感信息 in advice: 敏感信息 is a sensitive term the docs warn on (decided there, "
        "although a 反诈 reviewer would not ask for it)",
        "保护好个人信息",
    )
    text = lines(
        "【以案说法】帮信罪离你并不遥远",
        "“帮信罪”即帮助信息网络犯罪活动罪。近年来，一些在校学生、务工人员为贪图小利，出租、出售本人的银行卡、手机卡，沦为诈骗分子的“工具人”。",
        "典型案例：2025年11月，大学生赵某某在网上看到“出租银行卡日赚300元”的信息后，将本人名下3张银行卡出借他人，该卡被用于接收诈骗资金120余万元。2026年1月，赵某某被法院以帮助信息网络犯罪活动罪判处有期徒刑一年，并处罚金一万元。",
        "法官提醒：根据《中华人民共和国反电信网络诈骗法》，任何单位和个人不得非法买卖、出租、出借电话卡、银行卡。一旦被认定为帮信行为，将被依法惩戒，五年内限制办理新卡。",
        "反诈咨询请拨打96110，发现线索请拨打110举报。",
    )
    add(
        "misc-clean-helpcrime",
        text,
        "clean",
        None,
        "a 帮信罪 explainer quoting the bait “出租银行卡日赚300元” in a case, a law's name",
        "帮信罪离你并不遥远",
    )
    text = lines(
        "【反诈课堂】“网络游戏代练、低价充值”骗局",
        "骗子常在游戏群、贴吧发布“代练”“低价充值”“高价回收游戏账号”等信息，以“先付定金”“账号被冻结需解冻费”为由，诱导未成年人使用家长手机转账。",
        "典型案例：初中生李某某看到“游戏皮肤五折充值”的广告后，按对方要求扫码付款，先后转账1.3万元，对方随后将其拉黑。",
        "警方提示：家长要管好支付密码，教育孩子不要相信所谓“低价充值”“免费送皮肤”，遇到可疑情况及时拨打110或96110。",
    )
    add(
        "misc-clean-game",
        text,
        "clean",
        None,
        "代练 and 高价回收 (trade words of the docs) quoted in a warning title and lead",
        "警惕游戏代练低价充值骗局",
    )
    text = lines(
        "【反诈课堂】冒充公检法诈骗",
        "骗子冒充公安民警、检察官，称受害人涉嫌洗钱案件，出示伪造的“通缉令”“逮捕证”，要求受害人下载会议软件接受“远程审讯”，再以“资金清查”为由，要求其将存款转入所谓的“安全账户”。",
        "警方提示：公检法机关不会通过电话、视频办案，不会发送通缉令、逮捕证，更没有所谓的“安全账户”。",
        "请各位老人、家属相互提醒，接到此类电话立即挂断，并拨打110核实。",
        "典型案例：3月初，退休教师孙某某接到“公安局民警”电话，称其身份信息被冒用办理了银行卡，涉嫌洗钱。对方要求孙某某下载某会议软件配合调查，幸好社区民警及时上门劝阻，才避免了损失。",
    )
    add(
        "misc-clean-fake-police",
        text,
        "clean",
        None,
        "a scammer's demand to download a meeting app, reported (docs: a scammer's demand on a "
        "victim is the scammer's, not forced engagement)",
        "警惕冒充公检法诈骗",
    )


# ----- second slice: written after the first run (not blind: its probes widen the first run's
# three false findings and two misses, and add the genres' other look-alikes) -----------------

OPEN2 = (
    "近期，电信网络诈骗手法不断翻新，市公安局反诈中心梳理了群众反映较多的几类情形，提醒广大市民提高警惕。"
    "其中，虚假购物、冒充客服、刷单返利类案件占比较高，受害人以中青年群体和退休老人居多，"
    "单笔损失从数百元到数十万元不等。"
)
CLOSE2 = (
    "警方提示：遇到可疑情况，请立即拨打110或96110咨询，也可下载国家反诈中心App进行核验。"
    "转账汇款前请多方核实，切勿轻信陌生人。"
)


def probe(id_, middle, expect, rule, note, title="反诈提醒"):  # noqa: PLR0917
    parts = (middle, OPEN2, CLOSE2) if id_.startswith("mark-") else (OPEN2, middle, CLOSE2)
    add("s2-" + id_, lines(*parts), expect, rule, "second slice: " + note, title)


def slice2() -> None:
    mid = fresh_id()
    # scam SMS quoted without quotation marks, and with them
    probe(
        "sms-label",
        "诈骗短信内容：【某某商城】全网最低价，限时秒杀，点击链接领取优惠券。",
        "clean",
        None,
        "a scam SMS after the label 诈骗短信内容：, no quotation marks",
    )
    probe(
        "sms-next-line",
        "骗子发来的短信原文如下：\n【限时秒杀】全网最低价，包邮到家，先到先得。",
        "clean",
        None,
        "a scam SMS on the line after 原文如下：",
    )
    probe(
        "sms-quoted",
        "骗子常发送“【限时秒杀】全网最低价，包邮到家”等信息，诱导群众点击链接。",
        "clean",
        None,
        "the same words inside quotation marks with 骗子 in the sentence (docs: clean)",
    )
    probe(
        "sms-corner",
        "骗子发来的信息：「限时秒杀，全网最低价，包邮到家」。",
        "clean",
        None,
        "the SMS in 「」, quotation marks of GB/T 15834",
    )
    probe(
        "sms-blockquote",
        "骗子发来的短信：\n\n> 【限时秒杀】全网最低价，包邮到家\n\n这是典型的虚假购物诈骗。",
        "clean",
        None,
        "the SMS as a Markdown blockquote between a 骗子 line and a 诈骗 line",
    )
    probe(
        "sms-delete",
        "如收到以下短信，请立即删除：【限时秒杀】全网最低价，包邮到家。",
        "clean",
        None,
        "the SMS after a lead telling readers to delete it",
    )
    probe(
        "sms-list",
        "以下为近期常见诈骗短信：\n1.【限时秒杀】全网最低价，包邮到家\n2.【退款通知】您的订单退款失败，请联系客服办理",
        "clean",
        None,
        "a numbered list of scam SMS under a 以下…诈骗 lead",
    )
    probe(
        "sms-victim",
        "市民张某某收到一条“全网最低价、限时秒杀”的短信后点击链接购物，被骗2300元。",
        "clean",
        None,
        "a victim's account quoting the SMS after 收到 (docs: clean)",
    )
    # the caller's demand in case reports
    probe(
        "demand-scammer",
        "典型案例：骗子要求王某某下载某会议软件并开启屏幕共享，随后转走其卡内存款。",
        "clean",
        None,
        "骗子要求 + a masked name + 下载…软件: a scammer's word before the demand",
    )
    probe(
        "demand-self-styled",
        "典型案例：对方自称快递客服，要求李某某下载某APP办理理赔，李某某察觉异常后报警。",
        "clean",
        None,
        "对方自称… then 要求X某某下载 (the docs' own example of a scammer named)",
    )
    probe(
        "demand-suspect",
        "经查，犯罪嫌疑人以“刷单返利”为名，要求被害人下载某聊天软件做任务，先后骗取被害人钱款5万余元。",
        "clean",
        None,
        "犯罪嫌疑人以…为名, 要求被害人下载: police wording, 被害人 for the victim",
    )
    probe(
        "demand-man",
        "典型案例：一名自称银行工作人员的男子要求受害人下载某APP“提高额度”，受害人按其要求操作后被骗。",
        "clean",
        None,
        "自称 + 男子 + 要求受害人下载",
    )
    probe(
        "demand-caller",
        "典型案例：赵某某接到陌生电话，对方称其快递丢失，要求赵某某下载某软件办理理赔。",
        "clean",
        None,
        "陌生电话, then 对方称…，要求赵某某下载 (the caller as 对方 without a scam act)",
    )
    # markings of police documents
    probe(
        "mark-brackets",
        "（警务工作秘密）\n近期我局接报多起冒充公检法诈骗警情，现将有关情况通报如下。",
        "block",
        [INT, TERM],
        "（警务工作秘密） in brackets of its own on the first line: docs silent as a marking, a strict reviewer blocks",
    )
    probe(
        "mark-star",
        "警务工作秘密★\n近期我局接报多起冒充公检法诈骗警情，现将有关情况通报如下。",
        "block",
        [MARK, TERM],
        "警务工作秘密★: 秘密★ is a 密级 with its star (docs), 工作秘密 the sensitive term",
    )
    probe(
        "mark-internal-note",
        "内部资料　注意保存\n近期我局接报多起冒充公检法诈骗警情，现将有关情况通报如下。",
        "block",
        INT,
        "内部资料　注意保存 as a header line (docs: a note)",
    )
    probe(
        "mark-only-internal-ref",
        "（仅供内部参考）\n近期我局接报多起冒充公检法诈骗警情，现将有关情况通报如下。",
        "block",
        INT,
        "（仅供内部参考） in brackets (docs: 仅供内部参考 is a listed marker)",
    )
    probe(
        "mark-police-internal",
        "（公安内部资料，请勿外传）\n近期我局接报多起冒充公检法诈骗警情。",
        "block",
        INT,
        "（公安内部资料，请勿外传）",
    )
    probe(
        "mark-verification-advice",
        "验证码请勿外传，银行卡密码不得外传，注意保密，不要泄露验证码。",
        "clean",
        None,
        "anti-fraud advice the docs list as prose (验证码请勿外传, 注意保密，不要泄露验证码)",
    )
    # personal data a 反诈 post may paste
    card = card19()
    probe(
        "safe-account-card",
        f"骗子提供的所谓“安全账户”卡号为{grouped(card, [4, 4, 4, 4], ' ')}，请勿向该账户转账。",
        "block",
        CARD,
        "a 'safe account' card (19-digit UnionPay, Luhn) named in a warning: a card is a person's (docs)",
    )
    probe(
        "scam-mobile",
        f"诈骗分子使用的手机号码为{fresh_mobile()}，请广大市民注意识别。",
        "block",
        MOB,
        "a scammer's mobile published as a warning: docs block every mobile (public_numbers for deliberate ones)",
    )
    probe(
        "scam-mobile-masked",
        f"诈骗分子使用的手机号码为{masked_mobile()}等，请广大市民注意识别。",
        "clean",
        None,
        "the same masked 3 + 4 stars + 4",
    )
    probe(
        "sms-port",
        "诈骗短信多由10690开头的号码发送，例如1069012345678901，也有冒用95588等银行客服号码的情况。",
        "clean",
        None,
        "a 16-digit 106 SMS port and 95588: no mobile, no card network",
    )
    probe(
        "victim-tail",
        "受害人王女士（手机尾号5678）于3月2日报警，报警人李某某（联系电话138****5678）协助提供了线索。",
        "clean",
        None,
        "手机尾号 and a masked mobile in a 警情 summary",
    )
    probe(
        "officer-mobile",
        f"如需咨询，请联系社区民警刘警官，联系电话：{fresh_mobile()}（24小时）。",
        "block",
        MOB,
        "an officer's mobile as the contact (docs: an official's mobile blocks; public_numbers for one published on purpose)",
    )
    # hosts
    probe(
        "host-fullwidth-stop",
        "骗子发来的钓鱼网址为 xx-etc。cc ，页面仿冒ETC官方网站。",
        "warn",
        OH,
        "a fake host with an ideographic full stop: folded, another host (warn)",
    )
    probe(
        "host-defanged",
        "骗子发来的钓鱼网址为 hxxp://xx-etc[.]cc ，页面仿冒ETC官方网站，请勿访问。",
        "clean",
        None,
        "a defanged fake host (hxxp, [.]): docs read spelled hosts only for ad hosts; no browser opens it",
    )
    probe(
        "host-gov-lookalike",
        "骗子仿冒政府网站，网址为 www.gov-cn.cc ，与官方网站仅一字之差。",
        "warn",
        OH,
        "a gov.cn look-alike host: another host (warn)",
    )
    probe(
        "host-12321",
        "收到垃圾短信可登录 www.12321.cn 举报，或拨打12321。",
        "warn",
        OH,
        "the 12321 centre's own site is not a government host: the docs warn for any other host",
    )
    probe(
        "host-gov",
        "更多防骗知识请访问 https://www.mps.gov.cn/ 查看。",
        "clean",
        None,
        "公安部's gov.cn site",
    )
    # share codes
    probe(
        "code-quoted",
        "骗子发来“复制€g1IVbaMXxxK€打开淘宝领取返利”，诱导群众进入虚假店铺。",
        "block",
        SC,
        "a quoted 淘口令 with its trigger in a warning: docs block it (the code works)",
    )
    probe(
        "code-truncated",
        "骗子会发来一串类似“￥AbCd…￥”的淘口令，诱导群众复制后打开购物软件，进入虚假店铺下单。",
        "clean",
        None,
        "a code cut off with … described in a warning",
    )
    # traffic and identity numbers
    probe(
        "driving-licence-id",
        f"交通违法当事人{person()}，驾驶证号：{fresh_id()}，请于十五日内到违法处理窗口接受处理。",
        "block",
        IDN,
        "a 驾驶证号 (the holder's ID number) in a traffic notice",
        title="交通违法处理公告",
    )
    probe(
        "gansu-decision-luhn",
        "公安交通管理简易程序处罚决定书编号：620102100012345674，当事人请于十五日内接受处理。",
        "clean",
        None,
        "a 甘肃 (62…) 18-digit 决定书编号 that passes Luhn: UnionPay's prefix and length after 编号：, "
        "a serial label (expectation corrected after the first run: 编号 names a thing's number, "
        "its card shape read no further, docs/compliance.md and data/serial_label_stems.txt)",
        title="交通违法处理公告",
    )
    probe(
        "gansu-decision-noluhn",
        "公安交通管理简易程序处罚决定书编号：620102100012345678，当事人请于十五日内接受处理。",
        "clean",
        None,
        "the same failing Luhn, after the serial label 编号： (corrected as gansu-decision-luhn)",
        title="交通违法处理公告",
    )
    probe(
        "gansu-decision-unlabelled",
        "处罚决定书620102100012345674已依法送达，当事人请于十五日内接受处理。",
        "block",
        CARD,
        "the Luhn-passing 62… number with no serial label before it: a UnionPay shape (docs)",
        title="交通违法处理公告",
    )
    probe(
        "plate-trailer",
        "涉事车辆号牌为京A·1234挂、沪B·D12345（新能源），已依法扣留。",
        "clean",
        None,
        "trailer and new-energy plates",
        title="交通违法处理公告",
    )
    # lists and forms
    probe(
        "mask-fullwidth-stars",
        "被执行人王某某，身份证号码：110101＊＊＊＊＊＊＊＊1234，未履行金额12,345元。",
        "clean",
        None,
        "a masked ID with full-width stars",
        title="失信被执行人名单",
    )
    probe(
        "mask-x",
        "被执行人王某某，身份证号码：110101XXXXXXXX1234，未履行金额12,345元。",
        "clean",
        None,
        "a masked ID with eight X",
        title="失信被执行人名单",
    )
    probe(
        "legal-rep-id",
        f"被执行人某某商贸有限公司，法定代表人王某某（身份证号码：{mid}），未履行金额12,345元。",
        "block",
        IDN,
        "a company's legal representative's full ID number",
        title="失信被执行人名单",
    )
    probe(
        "form-boxes",
        "申请表填写示例：姓名：□□□　证件号码：□□□□□□□□□□□□□□□□□□　港澳通行证号码：C________",
        "clean",
        None,
        "blank boxes and underscores after ID and permit labels",
        title="出入境业务办理指南",
    )
    probe(
        "permit-example",
        "申请表填写示例：往来港澳通行证号码：C12345678，签注种类：团队旅游。",
        "block",
        "personal.permit",
        "a filled-in 港澳通行证 number after its label (docs: blocks)",
        title="出入境业务办理指南",
    )


# ----- third slice: other fields (title, summary, alt text, file name, a QR code, a Weibo text)
# and the genres' remaining forms; written after the second run -------------------------------


def field_probe(id_, text, field, expect, rule, note):  # noqa: PLR0917
    add("s3-" + id_, text, expect, rule, "third slice: " + note, "反诈预警", field=field)


def slice3() -> None:
    field_probe(
        "title-quoted",
        "警惕“全网最低价”“限时秒杀”骗局",
        "title",
        "clean",
        None,
        "a title quoting the bait with 警惕",
    )
    field_probe(
        "title-unquoted",
        "【限时秒杀】全网最低价？当心是骗局！",
        "title",
        "clean",
        None,
        "a title opening with the bait unquoted, then 当心是骗局",
    )
    field_probe(
        "summary-sms",
        "骗子发来的短信：“【ETC服务】您的ETC已失效，请点击链接重新认证。”请勿点击！",
        "summary",
        "clean",
        None,
        "a summary quoting a placeholder SMS",
    )
    field_probe(
        "alt-fakehost",
        "诈骗短信截图：【ETC服务】请登录xx-etc.cc重新认证",
        "image.alt",
        "warn",
        OH,
        "an alt text naming the phishing host: another host (docs: alt text is text)",
    )
    field_probe(
        "alt-clean",
        "诈骗短信截图（链接已打码）",
        "image.alt",
        "clean",
        None,
        "a screenshot's alt text",
    )
    field_probe(
        "filename-id",
        f"通缉令_{person()}_{fresh_id()}.jpg",
        "image.filename",
        "block",
        IDN,
        "a 通缉令 picture's file name holding the suspect's ID number (docs: file names block as text)",
    )
    field_probe(
        "filename-clean",
        "反诈宣传海报_96110_2026.png",
        "image.filename",
        "clean",
        None,
        "a poster's file name with 96110 and a year",
    )
    field_probe(
        "code-gov",
        "https://www.mps.gov.cn/n2254314/index.html",
        "image.code",
        "clean",
        None,
        "a poster's QR code to 公安部's gov.cn page",
    )
    field_probe(
        "code-shortlink",
        "https://t.cn/A6fZq8Xk",
        "image.code",
        "block",
        "image.ad_code",
        "a poster's QR code holding a t.cn short link (docs: cannot be stripped, blocks)",
    )
    field_probe(
        "weibo-unquoted",
        "#反诈# 【限时秒杀】全网最低价，包邮到家——收到这样的短信，千万别信，这是骗局！拨打96110咨询。",
        "overrides.weibo.text",
        "clean",
        None,
        "a Weibo text quoting the bait unquoted before 这是骗局",
    )
    field_probe(
        "weibo-quoted",
        "#反诈# 收到“【限时秒杀】全网最低价，包邮到家”这样的短信，千万别信，这是骗局！拨打96110咨询。",
        "overrides.weibo.text",
        "clean",
        None,
        "the same quoted",
    )
    add(
        "s3-missing-child-id",
        lines(
            "寻人启事",
            f"{person()}，男，9岁，身高约130厘米，于2026年3月6日放学途中走失，走失时身穿蓝色校服，背黑色书包。",
            f"家属已提供其身份证号码{id_number('110105' + '20170315' + '123')}，请各派出所协助比对。",
            "家属和民警已连续两日在学校周边、公园、商场寻找，并调取了沿途监控，暂未发现其下落。请广大市民留意身边独自行走的儿童。",
            "如有知情者，请拨打110或联系朝阳分局值班室010-85953110。感谢广大热心群众的关注与帮助！",
        ),
        "block",
        IDN,
        "third slice: a missing child's ID number in a 寻人启事",
        "寻人启事",
    )
    add(
        "s3-lead-list",
        lines(
            "【反诈课堂】以下均为刷单诈骗常见话术：",
            "1.足不出户，日赚300元，动动手指就能赚钱；",
            "2.零风险，高回报，佣金秒到账；",
            "3.先垫付后返款，连做三单返利更高。",
            "骗子往往先让受害人做几单小额任务并按时返还佣金，等受害人放松警惕后，再以“任务未完成”“系统卡单”为由要求继续垫付，直至受害人无力再转账。",
            "警方提示：所有刷单都是诈骗，凡是要求垫付资金的兼职都是骗局。遇到此类信息，请立即拨打96110咨询或110报警，"
            "不要抱有侥幸心理，更不要为了蝇头小利把自己的血汗钱搭进去。",
        ),
        "clean",
        None,
        "third slice: a 以下均为刷单诈骗常见话术 list (docs: clean)",
        "识破刷单骗局",
    )
    add(
        "s3-pig-host",
        lines(
            "【以案说法】网恋“男友”带你投资？小心杀猪盘！",
            "2025年底，市民陈某某在某交友软件上结识一名自称从事跨境电商的男子，两人以恋人相称。"
            "一个月后，对方称发现某博彩网站漏洞，稳赚不赔，诱导陈某某在 www.xx-bet.cc 注册充值。",
            "陈某某前期小额投入均可提现，随后陆续投入48万元，平台以“账户异常需缴纳保证金”为由拒绝提现，对方随即失联。",
            "警方提示：网上交友谈钱就要警惕，凡是带您投资、博彩的“恋人”都是骗子。",
        ),
        "warn",
        OH,
        "third slice: a gambling host named in a 杀猪盘 case: another host warns (docs)",
        "小心杀猪盘",
    )
    victim = id_number("11010519850312" + "573")
    add(
        "s3-undermasked-victim",
        lines(
            "警情通报",
            f"3月4日，辖区居民李某某（身份证号：{victim[:14]}**{victim[16:]}）报警称，其接到冒充银行客服的电话后，"
            "按对方要求下载屏幕共享软件，被骗5.6万元。",
            "经查，对方先以“账户异常需要注销”为由取得信任，再以“资金验证”为名诱导其将银行卡内存款分三次转入指定账户。",
            "目前，案件正在进一步侦办中。警方提示：银行客服不会要求您共享屏幕，请广大市民提高警惕，遇到可疑情况立即拨打110。",
            "市公安局",
        ),
        "block",
        IDN,
        "third slice: a victim's ID masked by two characters, birth date shown (docs: too little)",
        "警情通报",
    )


def main() -> None:
    genre_sms()
    genre_scams()
    genre_hotlines()
    genre_courts()
    genre_rewards()
    genre_missing()
    genre_traffic()
    genre_dishonest()
    genre_reports()
    genre_guides()
    genre_misc()
    slice2()
    slice3()
    header = (
        "red-team pass 80 (blind): 反诈, police and court notices; gen_redteam80.py regenerates it"
    )
    T.write(__file__, header, width=1000)


if __name__ == "__main__":
    main()
