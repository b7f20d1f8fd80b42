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


def c(id, text, expect, note, *, rule=None, title=None):
    d = {"id": id, "text": text, "expect": expect}
    if rule is None and expect != "clean":
        rule = "ad.wording"
    if rule:
        d["rule"] = rule
    d["note"] = note
    if title:
        d["title"] = title
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
NOTES: dict[int, str] = {}
TWINS: list[tuple[str, ...]] = []
for item, kind, text, *title in TWINS:
    n = sum(1 for x in cases if x["id"].startswith(f"twin{item}-"))
    c(f"twin{item}-{n + 1}", text, kind, TW + NOTES[item], title=title[0] if title else None)

head = "# fix65: every input of review 14's report on red team 65's fixes (merge efc1faf), then fix65's\n# own twins per item (twinN-..), written before they were run\n"
out = head + yaml.safe_dump(
    {"family": "fix65_review14", "cases": cases}, allow_unicode=True, sort_keys=False, width=100
)
Path(sys.argv[1]).write_text(out, encoding="utf-8")
