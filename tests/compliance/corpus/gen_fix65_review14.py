"""Write tests/compliance/corpus/fix65_review14.yaml (review 14's inputs, then fix65's twins)."""

import sys
from pathlib import Path

import yaml

I1 = "review 14 item 1: two trade words in enforcement or news text, no contact — a regulator's words (严禁, 打击, 整治, 提醒, 风险) or a programme's, not a pitch"
I2 = "review 14 item 2: a government or bank service naming one trade word beside its own WeChat contact — a service, not a sale"
I3 = "review 14 item 3: a warning in the title or lead sentence covers the quoted scam lines under it"
I4 = "review 14 item 4: a report word (赌博, 犯罪, 通报, 案件, 涉案) inside ad copy must not silence it, least of all beside 加 + an ID"
I4b = "review 14 item 4 (still flagged, good): a warning word before a pitch with a contact"
I5 = "review 14 item 5: loan, exam and job ad copy with no contact — anchors 放款, 秒批, 保过, 保录取, 泄题, 日赚"

cases = []


def c(id, text, expect, note, *, rule=None, title=None, xfail=None):
    d = {"id": id, "text": text, "expect": expect}
    if rule is None and expect != "clean":
        rule = "ad.wording"
    if rule:
        d["rule"] = rule
    d["note"] = note
    if title:
        d["title"] = title
    if xfail:
        d["xfail"] = xfail
    cases.append(d)


for i, t in enumerate(
    [
        "严禁任何单位和个人代开发票、代办证件。",
        "全市开展专项整治，严厉打击代开发票、办证刻章等行为。",
        "退役军人事务局提醒：部分游戏代练、低价充值平台存在风险。",
        "小学生沉迷手机游戏，有的花钱找人代练上分。",
        "电影《赌城风云》讲述了澳门娱乐城里百家乐赌桌旁的故事。",
        "助农贷款秒批秒到账，最快当天放款，请联系客户经理。",
        "本次以旧换新活动，由企业高价回收旧家电并上门回收，市民可拨打热线12345。",
    ],
    1,
):
    c(f"i1-{i}", t, "clean", I1)
for i, t in enumerate(
    [
        "税务局提供代开发票服务，纳税人可通过电子税务局代开发票，咨询请加微信：hzsw12345。",
        "本行普惠金融助农贷款最快当天放款，客户经理微信：zhang12345。",
        "家电以旧换新活动启动，废旧家电上门回收，联系微信：hsz12345。",
        "再生资源回收站提供上门回收服务，联系微信：zshs8899。",
        "我县开展二手车交易市场整治，规范高价回收、上门回收等经营行为，咨询微信：esc12345。",
    ],
    1,
):
    c(f"i2-{i}", t, "clean", I2)
c(
    "i3-title",
    "刷单返利，日赚300元，先垫付后返利。",
    "clean",
    I3 + " (title 警惕刷单返利诈骗)",
    title="警惕刷单返利诈骗",
)
c(
    "i3-list",
    "以下情形均为诈骗：\n1.刷单返利，日赚300元；\n2.无抵押，当天放款，秒到账；\n3.稳赚不赔，带单投资。",
    "clean",
    I3 + " (a numbered list under 以下情形均为诈骗)",
)
c(
    "i3-quoted",
    "警惕！这些都是诈骗套路。\n“刷单兼职，日赚500”\n“不看征信，秒到账”",
    "clean",
    I3 + " (quoted lines under 这些都是诈骗套路)",
)
for i, t in enumerate(
    [
        "线上娱乐城，百家乐，首充送彩金，远离赌博从我做起，加微信：yl888888",
        "代开发票，代办证件，犯罪成本低，加微信：dk123456",
        "刷单兼职，日结300，通报：加微信：sd123456",
        "高价回收购物卡，上门回收，案件不限，微信：hs123456",
        "稳赚不赔，涉案团伙带单投资，加微信：abc12345。",
    ],
    1,
):
    c(f"i4-{i}", t, "warn", I4)
c(
    "i4-good-1",
    "警方提醒：稳赚不赔？加微信wz888888带你稳赚",
    "warn",
    I4b + " (the report wrote the ID as xxx; a real ID here)",
)
c("i4-good-2", "面包过期？包过！内部押题，加微信：kj123456", "warn", I4b)
for i, t in enumerate(
    [
        "不看征信，黑户秒批，当天放款",
        "保过保录取，考前押题泄题，名额有限",
        "日赚500，手机兼职，在家兼职，名额有限先到先得",
        "网贷秒批，当天放款，不看征信，电话：0571-88888888",
    ],
    1,
):
    c(f"i5-{i}", t, "warn", I5)

TW = "fix65 twin, written before it was run: "
NOTES: dict[int, str] = {
    1: "review 14 item 1's kind (two trade words, no contact)",
    2: "review 14 item 2's kind (a service's trade word beside its WeChat contact)",
    3: "review 14 item 3's kind (a warning title or lead covers the lines under it)",
    4: "review 14 item 4's kind (a report word in ad copy; real reports stay clean)",
    5: "review 14 item 5's kind (loan, exam and job copy with no contact)",
}
TWINS: list[tuple[str, ...]] = [
    (1, "clean", "坚决打击网络赌博，取缔各类娱乐城、百家乐等非法网站。"),
    (1, "clean", "依法整治代开发票、代办证件等违法行为。"),
    (1, "clean", "公安机关提示：刷单、日赚千元的兼职多为诈骗。"),
    (1, "clean", "严禁任何人员考前押题、泄题。"),
    (1, "clean", "规范二手家电高价回收、上门回收经营行为。"),
    (1, "clean", "小说主人公在娱乐城百家乐桌前输光了积蓄。"),
    (1, "clean", "家长反映孩子花钱找人代练、低价充值游戏币。"),
    (1, "clean", "农商行助农贷款实现线上秒批、当天放款。"),
    (1, "warn", "代开发票，办证刻章，价格优惠"),
    (1, "warn", "游戏代练上分，低价充值，包月特惠"),
    (2, "clean", "办税服务厅可为自然人代开发票，咨询微信：swfw12345。"),
    (2, "clean", "农商银行小微企业贷款审批通过后当天放款，客户经理微信：nsh88888。"),
    (2, "clean", "社区再生资源回收站提供上门回收，预约微信：zshs2024。"),
    (2, "clean", "区商务局以旧换新补贴活动，旧家电上门回收，咨询微信：swj12345。"),
    (2, "clean", "政务服务中心可办理代开发票业务，咨询请加微信：zwfw8899。"),
    (2, "clean", "供销社废品回收站上门回收废旧物资，联系微信：gxs66666。"),
    (2, "clean", "邮储银行创业担保贷款最快三天放款，客户经理微信：yc123456。"),
    (2, "clean", "税务局提醒：个人出租房屋可申请代开发票，咨询微信：sw12366。"),
    (2, "warn", "专业代开发票，加微信：dk777777"),
    (2, "warn", "黑户也能下款，加微信：xd666666"),
    (3, "clean", "“无抵押，当天放款，秒到账”", "防范电信诈骗提示"),
    (3, "clean", "常见诈骗话术：\n刷单返利，日赚500元；\n黑户也能下款，秒批。"),
    (3, "clean", "以下均属诈骗：\n一、稳赚不赔，带单投资；\n二、保过保录取，考前泄题。"),
    (3, "clean", "警方提醒，骗子常说：“包过，内部押题”“代开发票，办证刻章”。"),
    (3, "clean", "线上娱乐城，百家乐，首充送彩金。", "谨防网络赌博"),
    (3, "clean", "识别网贷陷阱：\n1. 不看征信，黑户秒批；\n2. 当天放款，先交保证金。"),
    (3, "clean", "这些都是诈骗！\n刷单兼职，日赚300\n代练上分，低价充值"),
    (3, "clean", "高价回收购物卡，上门回收。", "反诈提醒"),
    (3, "warn", "刷单兼职，日赚500，名额有限先到先得", "招聘启事"),
    (3, "warn", "警惕！这些都是诈骗套路。\n\n刷单兼职，日赚500，加微信：sd888888"),
    (4, "warn", "百家乐，首充送彩金，拒绝赌博从我做起，加微信：bj888888"),
    (4, "warn", "代开发票，案件不限，加微信：fp666666"),
    (4, "warn", "刷单兼职，通报：日结500，加QQ：2846571234"),
    (4, "warn", "稳赚不赔，犯罪率低，加微信：wz666666"),
    (4, "warn", "上门回收，高价回收，涉案物品也收，微信：hs888888"),
    (4, "warn", "考前泄题，包过，犯罪不犯法，加微信：kd123456"),
    (4, "warn", "黑户秒批，当天放款，宣称稳赚，加微信：dk999999"),
    (4, "clean", "警方破获一起赌博案件，涉案网站以百家乐、娱乐城形式招揽赌客。"),
    (4, "clean", "法院判处被告人虚开发票罪，其曾在网上发布“代开发票，办证刻章”广告。"),
    (4, "clean", "市场监管局通报：某机构宣称“包过”“保录取”，已立案调查。"),
    (5, "warn", "黑户秒批，不看征信，当天放款"),
    (5, "warn", "网贷秒批，当天放款，额度高"),
    (5, "warn", "保过班，考前泄题，名额有限"),
    (5, "warn", "保录取，内部押题，先到先得"),
    (5, "warn", "日赚300，手机兼职，轻松赚钱"),
    (5, "warn", "在家兼职，日赚500，宝妈首选"),
    (5, "warn", "泄题押题，保过，限时报名"),
    (5, "clean", "教育考试院提醒：凡宣称保过、保录取的均为诈骗。"),
    (5, "clean", "严禁考前泄题，违者依法追究责任。"),
    (5, "clean", "金融监管局提示：所谓秒批、当天放款的网贷多为诈骗。"),
]
XFAILS = {
    "twin5-6": "在家兼职 is no anchor (在家兼职 月入过万 with a link is the link's finding alone:"
    " redteam65_blind_other_trades/jb-link) and 日赚 would be a 129th first character of the"
    " terms' one regular expression (tests/compliance/test_wording.py)",
}
for item, kind, text, *title in TWINS:
    n = sum(1 for x in cases if x["id"].startswith(f"twin{item}-"))
    name = f"twin{item}-{n + 1}"
    c(name, text, kind, TW + NOTES[item], title=title[0] if title else None, xfail=XFAILS.get(name))

head = "# fix65: every input of review 14's report on red team 65's fixes (merge efc1faf), then fix65's\n# own twins per item (twinN-..), written before they were run\n"
out = head + yaml.safe_dump(
    {"family": "fix65_review14", "cases": cases}, allow_unicode=True, sort_keys=False, width=100
)
target = Path(sys.argv[1]) if len(sys.argv) > 1 else Path(__file__).with_name("fix65_review14.yaml")
target.write_text(out, encoding="utf-8")
