"""Regenerate redteam70_blind_emergency_notices.yaml (red-team pass 70, written blind).

Emergency, public-safety and epidemiological notices as agencies publish them in a hurry:
流调/行程轨迹 (病例, times, bus, flight, train and seat, plates, 核酸 sample codes), 寻人启事 and
失联 notices, 悬赏通告/通缉令, 防汛/森林防火 值班表, 台风/地震 notices, 停水停电 notices (户号, meter
numbers, 工单号), 交通管制, 失信被执行人 lists, 招领, 献血 appeals — short and long, with a
title, Markdown lists and tables; every long number there that is no personal data must stay
clean; the same genres with ONE planted leak each (a patient's or a family's full mobile,
plainly and obfuscated, a full ID number, a found card's full number, 内部资料/此件不公开, an ad
link in a 寻人 share); look-alikes both ways. Written before the checker or any other family
was read (issue 12, docs/compliance.md, the corpus README and number_makers.py only). Run from
the repository root: python tests/compliance/corpus/gen_redteam70.py
"""

from __future__ import annotations

import sys
from pathlib import Path

from case_table import CaseTable
from rule_ids import CARD, IDN, INT, LS, MOB, SC

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))
from number_makers import chunks, full_width, grouped, id_number, luhn, uscc

NOTP = "disclosure.not_public"

TABLE = CaseTable("redteam70_blind_emergency_notices")
case = TABLE.case
clean = TABLE.clean

# --- numbers -------------------------------------------------------------------------------
PATIENT_ID = id_number("65010219850312201")
FAMILY_ID = id_number("65010419900715302")
OWNER_ID = id_number("31010419851122368")
WANTED_ID = id_number("65010219780405451")
DEBTOR_ID = id_number("65010319700101123")
CARD_UP = luhn("621700123456789012")  # UnionPay, 19
CARD_UP16 = luhn("622848001234567")  # UnionPay, 16
CARD_VISA = luhn("427020123456789")  # Visa, 16
METER19_LUHN = luhn("621234567890123456")  # a meter number with a UnionPay shape
USCC_A = uscc("91650102MA7ABCDE1")
USCC_B = uscc("91650104MA78K9P2X")
ORDER_AS_ID = id_number("65010219920228003")  # an 18-digit 工单号 that is a checked ID number

MOBILES = [
    "13899125678",
    "13579904321",
    "15909912345",
    "18699001234",
    "13909916789",
    "17799123456",
    "19909917654",
    "15299883344",
]


def mobile_forms(number: str) -> dict[str, str]:
    """The ways a hurried editor writes one mobile number."""
    return {
        "plain": number,
        "hyphen": grouped(number, [3, 4, 4], "-"),
        "space": grouped(number, [3, 4, 4], " "),
        "fw": full_width(number),
        "fwhyphen": full_width(grouped(number, [3, 4, 4], "-")),
        "plus86": "+86 " + grouped(number, [3, 4, 4], " "),
        "dots": grouped(number, [3, 4, 4], "."),
    }


def masked_mobile(number: str) -> str:
    """The convention: first three and last four."""
    return number[:3] + "****" + number[7:]


def masked_id(number: str) -> str:
    """The convention: first six and last four."""
    return number[:6] + "********" + number[14:]


# --- genres: clean bodies ----------------------------------------------------------------


def liudiao(n: int, extra: str = "") -> str:
    """A 流调 notice of one case: times, buses, a flight, a train and seat, a plate."""
    return (
        f"# 关于新增1例输入性病例活动轨迹的通告（第{n}号）\n\n"
        f"病例{n}，女，现住天山区某小区，系外省返乌人员，12月3日经核酸检测发现。"
        "现将其主要活动轨迹公布如下：\n\n"
        "- 12月1日 08:30—09:15，乘坐公交K123路（南门站上车，北京路站下车）；\n"
        "- 12月1日 10:05，乘坐航班CA1234（北京首都—乌鲁木齐地窝堡），座位号32C；\n"
        "- 12月2日 14:20—18:40，乘坐G1234次列车05车12F座；\n"
        "- 12月2日 19:00，乘坐出租车（车牌号新A·12345）返回住所；\n"
        "- 12月3日 09:30，在社区核酸采样点采样（样本编号HS20261203-0456）。\n\n"
        f"{extra}"
        "请与上述轨迹有交集的市民立即向所在社区报告，并主动进行核酸检测。"
        "咨询电话：0991-2861234（区疾控中心，24小时），12345政务服务便民热线，12320卫生热线。\n"
    )


def xunren(extra: str = "", contact: str = "联系电话：0991-4681110（南湖派出所）或拨打110") -> str:
    """A 寻人启事 from a police station."""
    return (
        "## 寻人启事\n\n"
        "李某某，男，72岁，身高约170厘米，体型偏瘦，头发花白，患有阿尔茨海默病。"
        "12月4日 07:40许从沙依巴克区友好北路家中走失，走失时上身穿深蓝色羽绒服，下身穿黑色棉裤，"
        "脚穿棕色棉鞋，操本地口音。\n\n"
        f"{extra}"
        f"如有知情者，请及时与警方联系。{contact}。\n"
    )


def xuanshang(extra: str = "") -> str:
    """A 悬赏通告 for a fugitive, with the ID masked."""
    return (
        "# 悬赏通告\n\n"
        "乌公刑悬字〔2026〕12号\n\n"
        "2026年11月28日，在水磨沟区发生一起故意伤害案。经侦查，犯罪嫌疑人王某某有重大作案嫌疑。\n\n"
        f"王某某，男，1978年4月5日出生，身份证号：{masked_id(WANTED_ID)}，身高约175厘米，"
        "驾驶一辆白色小型轿车（车牌号新A·7B123）逃离。\n\n"
        f"{extra}"
        "对提供线索协助破案的，奖励人民币5万元；直接抓获的，奖励人民币10万元。"
        "举报电话：110，0991-4682110（刑侦支队值班室）。对举报人信息严格保密。\n"
    )


def zhibanbiao(rows: str = "", extra: str = "") -> str:
    """A 防汛 值班表 with landlines."""
    return (
        "# 2026年防汛抗旱值班安排表\n\n"
        "| 日期 | 带班领导 | 值班人员 | 值班电话 |\n"
        "|---|---|---|---|\n"
        "| 12月5日 | 张某某 | 刘某 | 0991-2345678 |\n"
        "| 12月6日 | 王某某 | 陈某 | 0991-2345679 |\n"
        f"{rows}"
        "| 12月7日 | 赵某某 | 孙某 | 0991-2345680 |\n\n"
        f"{extra}"
        "值班期间实行24小时值班和领导带班制度，值班人员不得脱岗。"
        "险情报告请拨打防汛值班电话0991-2345678或12345、119。\n"
    )


def dizhen(extra: str = "") -> str:
    """An earthquake quick report: magnitude, coordinates, depth, station."""
    return (
        "## 地震速报\n\n"
        "中国地震台网正式测定：12月5日 06:12在新疆克孜勒苏州阿图什市（北纬39.90度，东经76.15度）"
        "发生5.2级地震，震源深度10千米。\n\n"
        "- 震中距阿图什市约32公里，距喀什市约58公里；\n"
        "- 最近台站：喀什台（台站代码KSH，编号65017），震中距41公里；\n"
        "- 坐标：39.9°N，76.2°E；\n"
        f"{extra}"
        "目前暂无人员伤亡报告。如发现险情请拨打110、119、120或0998-2812345。\n"
    )


def tingdian(extra: str = "", order: str = "GD20261205000123") -> str:
    """A planned power-cut notice with 户号, meter and 工单号."""
    return (
        "# 计划停电通知\n\n"
        "因线路检修，12月8日 08:00—18:00对以下区域停电：\n\n"
        "1. 新市区北京南路453号至521号（10千伏北京路Ⅱ线）；\n"
        "2. 高新区长春中路以北片区。\n\n"
        f"检修工单号：{order}。用户可凭户号（如0100123456）在网上国网查询。"
        "专变用户电能表表号（14位，例如34100012345678）请留存。\n\n"
        f"{extra}"
        "如遇紧急情况请拨打95598供电服务热线或12345。\n"
    )


def tingshui(extra: str = "") -> str:
    """A water-cut notice with a table of 户号 and meter numbers."""
    return (
        "## 停水通知\n\n"
        "因主管网抢修，12月6日 22:00至12月7日 06:00下列小区停水：\n\n"
        "| 小区 | 用水户号 | 总表表号 |\n"
        "|---|---|---|\n"
        "| 幸福小区 | 2011003456 | 410120230012 |\n"
        "| 和平家园 | 2011003457 | 410120230013 |\n\n"
        f"{extra}"
        "请居民提前储水。供水服务热线：0991-96655，维修工单号：SW-2026-120600381。\n"
    )


def jiaotong(extra: str = "") -> str:
    """A traffic-control notice: expressway numbers and km markers."""
    return (
        "# 关于G30连霍高速部分路段实施交通管制的通告\n\n"
        "因降雪结冰，自12月5日 20:00起，对G30连霍高速K3421+500至K3468+200段、"
        "G216线K123+500处实施交通管制，禁止7座以上客车及危化品运输车辆通行。\n\n"
        f"{extra}"
        "请过往车辆绕行G312线。路况咨询：12122，0991-5812122。\n"
    )


def shixin(rows: str = "", extra: str = "") -> str:
    """A court's 失信被执行人 list with masked IDs and companies' codes."""
    return (
        "# 失信被执行人名单公布（第四批）\n\n"
        "| 序号 | 被执行人 | 证件号码 | 案号 | 未履行金额（元） |\n"
        "|---|---|---|---|---|\n"
        f"| 1 | 马某某 | {masked_id(DEBTOR_ID)} | (2026)新0102执123号 | 45,600 |\n"
        f"| 2 | 某商贸有限公司 | {USCC_A} | (2026)新0102执456号 | 1,230,000 |\n"
        f"{rows}"
        f"| 3 | 某建材有限公司 | {USCC_B} | (2025)新0104执恢78号 | 386,500 |\n\n"
        f"{extra}"
        "举报被执行人财产线索请拨打执行举报电话0991-6851234。\n"
    )


def zhaoling(extra: str = "", card: str = "卡号尾号5678") -> str:
    """A lost-and-found notice from a metro station."""
    return (
        "## 失物招领\n\n"
        "12月4日 17:30，地铁1号线三屯碑站工作人员拾到黑色钱包一个，内有现金若干、"
        f"中国银行借记卡一张（{card}）、身份证一张（姓名：古某某）。\n\n"
        f"{extra}"
        "请失主携带本人有效证件到三屯碑站客服中心认领，咨询电话：0991-3778899。\n"
    )


def xianxue(extra: str = "") -> str:
    """A blood-donation appeal."""
    return (
        "# 紧急献血倡议\n\n"
        "近期降温，临床用血量大增，我市O型、B型血库存告急，Rh阴性血尤其紧张。"
        "诚邀18—55周岁健康市民参与无偿献血。\n\n"
        "- 献血点：红山献血屋（每天 09:00—18:00）、友好献血屋；\n"
        "- 献血后可凭献血证（编号6501202612050123）享受用血费用减免；\n"
        f"{extra}"
        "咨询电话：0991-4815123，12320。\n"
    )


def taifeng(extra: str = "") -> str:
    """A typhoon warning: position, pressure, wind force."""
    return (
        "# 台风蓝色预警\n\n"
        "今年第22号台风“海燕”今天08时中心位于北纬21.3度、东经118.6度，中心附近最大风力12级"
        "（33米/秒），中心最低气压975百帕，预计将以每小时15—20公里的速度向西北方向移动。\n\n"
        f"{extra}"
        "请沿海渔船回港避风。海上险情请拨打12395水上遇险求救电话。\n"
    )


GENRES = {
    "liudiao": lambda extra="": liudiao(7, extra),
    "xunren": lambda extra="": xunren(extra),
    "xuanshang": lambda extra="": xuanshang(extra),
    "zhiban": lambda extra="": zhibanbiao(extra=extra),
    "dizhen": lambda extra="": dizhen(extra),
    "tingdian": lambda extra="": tingdian(extra),
    "tingshui": lambda extra="": tingshui(extra),
    "jiaotong": lambda extra="": jiaotong(extra),
    "shixin": lambda extra="": shixin(extra=extra),
    "zhaoling": lambda extra="": zhaoling(extra),
    "xianxue": lambda extra="": xianxue(extra),
    "taifeng": lambda extra="": taifeng(extra),
}

# --- must-stay-clean --------------------------------------------------------------------------
for name, make in GENRES.items():
    clean(
        f"clean-long-{name}",
        make(),
        f"a whole {name} notice as an agency writes it: every number public",
    )

# the long ones again in a second shape: extra public numbers in a line of their own
EXTRAS = {
    "liudiao": "- 12月2日 21:10，乘坐K9786次列车硬卧7车15号下铺（床位号15）；\n\n",
    "xunren": "走失人员照片见下图，监控显示其最后出现在K3路公交车站（友好路站）。\n\n",
    "xuanshang": "该车辆最后出现于G30连霍高速K3445+300处，发动机号L4B123456。\n\n",
    "zhiban": "市防指24小时值班电话：0991-2345678、0991-2345677（传真）。\n\n",
    "dizhen": "- 余震：截至08时共记录到余震23次，最大3.1级（北纬39.88度，东经76.10度）；\n",
    "tingdian": "受影响台区编号：TQ6501020123、TQ6501020124，共涉及1,286户。\n\n",
    "tingshui": "抢修单编号：QX202612060015，预计恢复时间为7日06:00。\n\n",
    "jiaotong": "管制期间，乌奎高速（G30）K3421+500收费站只出不进，详询12122。\n\n",
    "shixin": "以上名单依据最高人民法院《关于公布失信被执行人名单信息的若干规定》公布。\n\n",
    "zhaoling": "另拾到银联卡一张（户名：张某，卡号后四位1234），一并招领。\n\n",
    "xianxue": "- 献血者可在“新疆献血”小程序查询献血记录（献血码以“XJ”开头）；\n",
    "taifeng": "受其影响，12月6日起台湾海峡将有8—10级大风，阵风11—12级。\n\n",
}
for name, make in GENRES.items():
    clean(f"clean-long2-{name}", make(EXTRAS[name]), f"{name} with a line of more public numbers")

SHORT_CLEAN = [
    (
        "s-flight",
        "病例3于12月1日乘坐CA1234航班（座位号32C）抵乌，同航班乘客请主动报告。",
        "flight and seat",
    ),
    (
        "s-train",
        "病例5乘坐G1234次列车05车12F座，同车厢乘客请于24小时内报备。",
        "train, coach and seat",
    ),
    (
        "s-train-bed",
        "病例6乘坐Z70次列车08车厢15号下铺，请同车厢旅客联系社区。",
        "sleeper bed number",
    ),
    ("s-bus", "12月1日 08:30—09:15 病例乘坐公交K123路（南门—北园春）。", "bus line and times"),
    (
        "s-bus-dash",
        "轨迹：08:30-09:15 乘坐公交BRT1号线；09:20—10:05 步行至友好商场。",
        "times with both dashes",
    ),
    (
        "s-plate",
        "病例驾驶私家车（车牌号新A·12345）往返于天山区与米东区。",
        "a plate with a middle dot",
    ),
    ("s-plate2", "涉事车辆号牌：新AD12345（新能源），请知情者拨打110。", "a new-energy plate"),
    (
        "s-sample",
        "核酸样本编号HS20261203-0456，采样时间12月3日09:30。",
        "a sample code with letters",
    ),
    (
        "s-sample-digits",
        "采样管条码：2026120300456，检测机构：市疾控中心。",
        "a 13-digit sample barcode",
    ),
    (
        "s-healthcode",
        "请持绿码、48小时核酸阴性证明进入公共场所，健康码异常请拨打12345。",
        "health code words",
    ),
    ("s-12345", "如有疑问请拨打12345政务服务便民热线。", "the 12345 hotline"),
    ("s-110", "发现可疑人员请立即拨打110报警，火警119，急救120。", "110, 119, 120"),
    ("s-landline", "寻人联系电话：0991-4681110（南湖派出所）。", "a police landline"),
    (
        "s-landline-paren",
        "联系电话：（0991）4681110、4681111。",
        "a landline with the area code in brackets",
    ),
    ("s-landline-fw", "联系电话：０９９１－４６８１１１０", "a full-width landline"),
    ("s-landline8", "值班电话：021-63211234，传真：021-63211235。", "an 8-digit Shanghai landline"),
    (
        "s-masked-mob",
        f"如有线索请联系其家属李先生（{masked_mobile(MOBILES[0])}）或拨打110。",
        "a masked family mobile",
    ),
    (
        "s-masked-mob-hy",
        f"值班手机：{MOBILES[1][:3]}-****-{MOBILES[1][7:]}",
        "a masked mobile with hyphens",
    ),
    (
        "s-masked-id",
        f"被执行人马某某（身份证号{masked_id(DEBTOR_ID)}）拒不履行。",
        "a masked ID number",
    ),
    (
        "s-masked-id-stars",
        f"失主身份证号：{PATIENT_ID[:4]}**********{PATIENT_ID[14:]}",
        "an ID masked keeping four and four",
    ),
    ("s-case-no", "案号：(2026)新0102执123号，执行标的45,600元。", "a court case number"),
    ("s-case-no-fw", "案号：（2026）新0102执恢78号之一", "a case number in full-width brackets"),
    ("s-coords", "震中位于39.9°N，116.4°E，震源深度10千米。", "coordinates in degrees"),
    ("s-coords-dec", "震中坐标：北纬43.8256度，东经87.6168度。", "decimal coordinates"),
    ("s-mag", "12月5日06时12分新疆阿图什市发生5.2级地震，震源深度10千米。", "magnitude and depth"),
    ("s-station", "喀什地震台（台站编号65017）记录到最大加速度12.5cm/s²。", "a station number"),
    (
        "s-station2",
        "自动气象站编号Y3412、51463号国家基本站降雪量达12.3毫米。",
        "weather station ids",
    ),
    ("s-g15", "G15沈海高速K123+500至K130+200段封闭施工。", "an expressway and km markers"),
    ("s-g-k", "G30连霍高速K3421+500处发生多车追尾，请绕行G312。", "another km marker"),
    ("s-huhao", "用户可凭户号0100123456在网上国网查询停电信息。", "a 10-digit 户号"),
    ("s-meter12", "电能表表号：410120230012，请核对。", "a 12-digit meter number"),
    ("s-meter14", "专变用户电能表资产编号34100012345678（14位）。", "a 14-digit meter number"),
    ("s-meter13", "燃气表表号：5101234567890。", "a 13-digit gas meter number"),
    ("s-order-letters", "停电检修工单号：GD20261205000123。", "a work-order number with letters"),
    ("s-order-16", "报修受理编号：2612051234567890。", "a 16-digit dated serial"),
    ("s-95598", "停电咨询请拨打95598或0991-95598（本地）。", "the power hotline"),
    ("s-12119", "森林火警电话：12119；防火值班：0906-2123119。", "forest-fire hotlines"),
    ("s-12395", "海上遇险请拨打12395或0898-68651234。", "the maritime distress line"),
    ("s-reward", "对提供关键线索者奖励人民币50,000元，直接抓获的奖励100000元。", "reward amounts"),
    ("s-blood", "急需A型、O型Rh阴性血，献血咨询：0991-4815123。", "blood types and a hotline"),
    (
        "s-blood-cert",
        "献血证编号：6501202612050123，可在全疆通用。",
        "a blood-donation certificate number",
    ),
    (
        "s-uscc",
        f"被执行人：某商贸有限公司（统一社会信用代码{USCC_A}）。",
        "a company's credit code",
    ),
    ("s-bed", "病例住院于市第一人民医院感染科12床，主治医生王某。", "a bed number"),
    ("s-seat-row", "同航班第30排至第34排乘客为密切接触者。", "rows of seats"),
    ("s-date-time", "2026年12月05日 08:30:15发布，有效期至12月07日。", "timestamps"),
    (
        "s-typhoon",
        "台风中心位于北纬21.3度、东经118.6度，最大风力12级（33米/秒），中心气压975百帕。",
        "typhoon position",
    ),
    ("s-warn-no", "预警编号：65010041600000_20261205061200", "a warning signal's number"),
    (
        "s-people",
        "截至12月5日18时，累计转移群众13,856人，投入抢险力量1,234人次。",
        "counts with separators",
    ),
    ("s-amount11", "本次防汛累计下拨资金13800000000元。", "an 11-digit amount in 元"),
    ("s-ext", "联系电话：0991-2345678转8012。", "a landline with an extension"),
    ("s-400", "保险报案电话：400-800-1234，95518。", "a 400 number and a short hotline"),
    ("s-zipcode", "来信请寄：乌鲁木齐市天山区人民路1号，邮编830002。", "a postcode"),
    ("s-masked-card", "拾到银行卡一张，卡号6217 **** **** 1234，请失主认领。", "a masked card"),
    ("s-card-tail", "拾到工商银行卡一张，尾号8866，失主请凭身份证认领。", "a card's last four"),
    (
        "s-missing-desc",
        "失联人员：张某，男，35岁，身高175厘米，12月3日进入天山一号冰川景区后失联。",
        "a missing hiker",
    ),
    ("s-rescue", "蓝天救援队已出动32人、无人机4架，搜救热线0991-4681110。", "a rescue team"),
]
for id_, text, note in SHORT_CLEAN:
    clean(f"clean-{id_}", text, note)

# titles and summaries
clean(
    "clean-title-liudiao",
    "关于病例7（G1234次05车12F）活动轨迹的通告",
    "a title with train and seat",
    "title",
)
clean("clean-title-jiaotong", "G30连霍高速K3421+500段交通管制", "a title with a km marker", "title")
clean(
    "clean-summary-xunren",
    "寻人：72岁老人走失，有线索请拨打110或0991-4681110",
    "a summary with hotlines",
    "summary",
)
clean("clean-tag-dizhen", "5.2级地震", "a tag", "tags")

# long HTML tables
clean(
    "clean-html-zhiban",
    "<h2>森林防火值班表</h2><table><tr><th>日期</th><th>值班领导</th><th>值班电话</th></tr>"
    "<tr><td>12月5日</td><td>张某某</td><td>0906-2123119</td></tr>"
    "<tr><td>12月6日</td><td>李某某</td><td>0906-2123120</td></tr>"
    f"<tr><td>12月7日</td><td>王某某</td><td>{masked_mobile(MOBILES[2])}</td></tr></table>"
    "<p>森林火警：12119。</p>",
    "an HTML duty table: landlines and a masked mobile",
)
clean(
    "clean-html-shixin",
    "<table><tr><th>姓名</th><th>证件号码</th><th>案号</th></tr>"
    f"<tr><td>马某某</td><td>{masked_id(DEBTOR_ID)}</td><td>(2026)新0102执123号</td></tr>"
    f"<tr><td>某公司</td><td>{USCC_B}</td><td>(2025)新0104执恢78号</td></tr></table>",
    "an HTML 失信 list: a masked ID and a credit code",
)
clean(
    "clean-md-liudiao-table",
    "| 时间 | 地点 | 交通方式 |\n|---|---|---|\n"
    "| 12月1日 08:30—09:15 | 南门—北园春 | 公交K123路 |\n"
    "| 12月1日 10:05 | 首都机场—地窝堡机场 | CA1234，32C |\n"
    "| 12月2日 14:20 | 北京西—乌鲁木齐 | G1234次05车12F |\n"
    "| 12月2日 19:00 | 乌鲁木齐站—住所 | 出租车新A·12345 |\n",
    "a 流调 table of trips",
)
clean(
    "clean-md-tingshui-table",
    "| 户号 | 表号 | 工单号 |\n|---|---|---|\n"
    "| 2011003456 | 410120230012 | SW-2026-120600381 |\n"
    "| 2011003457 | 41012023001345 | SW-2026-120600382 |\n",
    "a water table of 户号, meters and orders",
)
clean(
    "clean-md-contacts",
    "**各区防汛值班电话**\n\n- 天山区：0991-2345678\n- 沙依巴克区：0991-5812345\n"
    "- 新市区：0991-3812345\n- 水磨沟区：0991-4612345\n- 全市：12345\n",
    "a list of district landlines",
)
clean(
    "clean-flight-list",
    "同航班乘客：CA1234（12月1日）、MU5681（12月2日）、CZ6902（12月3日），请主动报备。",
    "flight numbers listed",
)
clean(
    "clean-trains-list",
    "涉及车次：G1234、D2701、K9786、Z70、T197，请相关旅客自查。",
    "train numbers listed",
)


# long digests of 1,000–1,600 characters: several notices in one post
DIGESTS = {
    "a": ("dizhen", "jiaotong", "tingdian", "xianxue"),
    "b": ("liudiao", "tingshui", "taifeng"),
    "c": ("xunren", "zhaoling", "zhiban", "shixin"),
    "d": ("xuanshang", "dizhen", "tingshui", "jiaotong"),
}
for did, parts in DIGESTS.items():
    body = "# 今日应急信息汇总\n\n" + "\n---\n\n".join(GENRES[g]() for g in parts)
    body += "\n编辑：应急管理局宣传科 审核：李某某\n"
    clean(f"clean-digest-{did}", body, f"a digest of {', '.join(parts)} ({len(body)} characters)")
for did, parts, line, rule, note in [
    ("a", DIGESTS["a"], f"（现场联络：{MOBILES[5]}）", MOB, "a liaison's mobile"),
    ("b", DIGESTS["b"], "（此件不公开）", NOTP, "a 公开属性 note"),
    (
        "c",
        DIGESTS["c"],
        f"失主身份证号{grouped(OWNER_ID, [6, 8, 4], '－')}",
        IDN,
        "an owner's ID with full-width hyphens",
    ),
    ("d", DIGESTS["d"], "内部资料 请勿转发", INT, "内部资料"),
]:
    bodies = [GENRES[g]() for g in parts]
    bodies[-2] = GENRES[parts[-2]](line + "\n\n")
    body = "# 今日应急信息汇总\n\n" + "\n---\n\n".join(bodies)
    case(
        f"leak-digest-{did}",
        body,
        "block",
        rule,
        f"{note} planted in the third notice of a {len(body)}-character digest",
    )

MORE_CLEAN = [
    (
        "s-child",
        "寻人：男孩，8岁，身高约130厘米，穿红色校服（校服编号2026031）。请拨打110或0991-4681110。",
        "a child's description",
    ),
    (
        "s-fishermen",
        "12月4日“新渔12345”号渔船与岸台失联，船上3人，渔船识别号CN-650102-2026-0012。",
        "a vessel name and id",
    ),
    (
        "s-forest",
        "进入林区请勿携带火种，森林防火期为3月15日至6月15日，火警电话12119。",
        "forest-fire season",
    ),
    (
        "s-gas",
        "停气时间：12月8日 09:00—17:00，燃气户号1100234567，客服热线96777。",
        "a gas-cut notice",
    ),
    (
        "s-cenc",
        "中国地震台网（CENC）测定：M5.2，39.90°N 76.15°E，深度10km，发震时刻2026-12-05 06:12:30。",
        "an English-style quick report",
    ),
    (
        "s-evac",
        "转移安置点：第十二中学（可容纳1,200人），联系人王某某，电话0991-5812345。",
        "a shelter with a landline",
    ),
    ("s-qr-text", "扫描二维码填写行程信息，或登录https://www.gov.cn/fuwu/ 查询。", "a gov.cn link"),
    (
        "s-wanted-desc",
        "犯罪嫌疑人：王某某，男，身高175厘米，左眉有疤，口音为本地口音，案发后驾驶新A·7B123逃离。",
        "a fugitive's description",
    ),
    (
        "s-exec-amount",
        "截至目前，被执行人马某某仍未履行(2026)新0102执123号案件确定的45,600元给付义务。",
        "an unpaid amount",
    ),
    (
        "s-lost-phone",
        "拾到手机一部（华为Mate60，IMEI：861234567890123），请失主认领。",
        "a found phone's IMEI",
    ),
    (
        "s-bus-plate",
        "事发公交车为K123路（车牌新A·B1234），驾驶员已配合调查。",
        "a bus line and its plate",
    ),
    (
        "s-sos",
        "遇险请拨打110、119、120、122，或12395（水上），12119（森林火警）。",
        "every emergency number",
    ),
]
for id_, text, note in MORE_CLEAN:
    clean(f"clean-{id_}", text, note)

# --- planted leaks --------------------------------------------------------------------------
FAMILY_SENTENCES = [
    "如有线索请联系其儿子李某（{m}）或拨打110。",
    "家属联系电话：{m}。",
    "知情者请联系老人女儿，手机{m}，必有重谢。",
]
forms_cycle = ["plain", "hyphen", "space", "fw", "fwhyphen", "plus86", "dots"]
k = 0
for i, mobile in enumerate(MOBILES[:6]):
    forms = mobile_forms(mobile)
    for form in forms_cycle:
        if (i + forms_cycle.index(form)) % 2:  # about half of the grid
            continue
        sentence = FAMILY_SENTENCES[k % 3].format(m=forms[form])
        k += 1
        case(
            f"leak-xunren-mobile-{i}-{form}",
            xunren(
                contact="联系电话：0991-4681110（南湖派出所）或拨打110", extra=sentence + "\n\n"
            ),
            "block",
            MOB,
            f"a family member's full mobile ({form}) in a 寻人启事 beside the police landline",
        )

PATIENT_LINES = [
    ("plain", f"病例联系电话：{MOBILES[6]}。\n\n"),
    ("hyphen", f"该病例（手机{grouped(MOBILES[6], [3, 4, 4], '-')}）已转运至定点医院。\n\n"),
    ("fw", f"病例本人电话{full_width(MOBILES[7])}已停机。\n\n"),
    ("space", f"密接者请联系病例丈夫 {grouped(MOBILES[7], [3, 4, 4], ' ')} 核实。\n\n"),
    ("fwhyphen", f"病例手机：{full_width(grouped(MOBILES[6], [3, 4, 4], '-'))}\n\n"),
    ("plus86", f"境外输入病例，联系方式+86-{MOBILES[7]}。\n\n"),
]
for form, line in PATIENT_LINES:
    case(
        f"leak-liudiao-mobile-{form}",
        liudiao(9, line),
        "block",
        MOB,
        f"a patient's full mobile ({form}) in a 流调 notice",
    )

ID_LINES = [
    ("plain", f"病例7身份证号{PATIENT_ID}，请相关单位协助排查。\n\n"),
    ("hyphen", f"病例身份证号：{grouped(PATIENT_ID, [6, 8, 4], '-')}\n\n"),
    ("spaced", f"病例身份证号：{grouped(PATIENT_ID, [6, 4, 4, 4], ' ')}\n\n"),
    ("fw", f"病例（身份证{full_width(PATIENT_ID)}）\n\n"),
    ("fours", f"病例证件号 {chunks(PATIENT_ID, 4, ' ')}\n\n"),
]
for form, line in ID_LINES:
    case(
        f"leak-liudiao-id-{form}",
        liudiao(8, line),
        "block",
        IDN,
        f"a patient's full ID number ({form}) in a 流调 notice",
    )

for form, text in [
    ("plain", f"身份证一张（姓名：古某某，号码{OWNER_ID}）"),
    ("hyphen", f"身份证一张（{grouped(OWNER_ID, [6, 8, 4], '-')}）"),
    ("fw", f"身份证一张，号码{full_width(OWNER_ID)}"),
]:
    case(
        f"leak-zhaoling-id-{form}",
        zhaoling(extra=f"另：{text}，请失主认领。\n\n"),
        "block",
        IDN,
        f"the found ID card's full number ({form}) in a 招领 notice",
    )

for form, num in [
    ("plain", CARD_UP),
    ("fours", chunks(CARD_UP, 4, " ")),
    ("hyphen", chunks(CARD_UP16, 4, "-")),
    ("fw", full_width(CARD_UP16)),
    ("visa", chunks(CARD_VISA, 4, " ")),
]:
    case(
        f"leak-zhaoling-card-{form}",
        zhaoling(card=f"卡号{num}"),
        "block",
        CARD,
        f"the found card's full number ({form}) in a 招领 notice",
    )

MARKINGS = [
    ("neibu", "内部资料，注意保存。\n\n", INT),
    ("neibu-spaced", "内 部 资 料\n\n", INT),
    ("neibu-trad", "（內部資料 請勿外傳）\n\n", INT),
    ("butaigongkai", "（此件不公开）\n\n", NOTP),
    ("buyugongkai", "（此件不予公开）\n\n", NOTP),
    ("buduiwai", "（此件不对外）\n\n", NOTP),
]
LEAK_GENRES = ["liudiao", "zhiban", "tingdian", "shixin", "xuanshang", "dizhen"]
for j, (mid, line, rule) in enumerate(MARKINGS):
    for genre in (LEAK_GENRES[j], LEAK_GENRES[(j + 2) % len(LEAK_GENRES)]):
        case(
            f"leak-{genre}-{mid}",
            GENRES[genre](line),
            "block",
            rule,
            f"{mid} left in a {genre} notice",
        )

ADS = [
    ("tcn", "转发扩散！详情：t.cn/A6xYz12Q\n\n"),
    ("ujd", "扩散寻人，顺手领红包👉https://u.jd.com/aBcD123\n\n"),
    ("tcn-fw", "寻人详情见ｔ．ｃｎ／A6xYz12Q\n\n"),
    ("dwz", "更多线索汇总：dwz｡cn/xr2026\n\n"),
    ("taobao", "帮忙转发，s.click.taobao。com/t?e=m%3D2xr\n\n"),
]
for aid, line in ADS:
    case(
        f"leak-xunren-ad-{aid}",
        xunren(extra=line),
        "fixed",
        LS,
        f"an ad or short link ({aid}) in a 寻人 share",
    )
case(
    "leak-xunren-taokouling",
    xunren(extra="转发本条，复制￥VAQz99KzQVD￥打开淘宝领取寻人基金\n\n"),
    "block",
    SC,
    "a 淘口令 glued to a 寻人 share",
)

# 值班表 row with an official's mobile (docs: published on purpose goes in public_numbers)
for form in ("plain", "hyphen", "fw"):
    num = mobile_forms(MOBILES[3])[form]
    case(
        f"leak-zhiban-mobile-{form}",
        zhibanbiao(rows=f"| 12月6日夜 | 钱某某 | 周某 | {num} |\n"),
        "block",
        MOB,
        "an official's mobile in a 值班表 row: docs/compliance.md blocks every mobile; a number "
        "published on purpose goes in the policy's public_numbers (decided from the docs)",
    )
case(
    "leak-xianxue-mobile",
    xianxue(extra=f"- 献血者李某（{MOBILES[4]}）已完成献血，特此感谢；\n"),
    "block",
    MOB,
    "a donor's mobile in a thank-you line",
)
case(
    "leak-shixin-fullid",
    shixin(rows=f"| 2a | 杨某某 | {DEBTOR_ID} | (2026)新0102执789号 | 12,000 |\n"),
    "block",
    IDN,
    "a debtor's full ID number in a 失信 table (courts publish them masked)",
)
case(
    "leak-tingdian-mobile",
    tingdian(extra=f"抢修负责人：王师傅，{MOBILES[5]}。\n\n"),
    "block",
    MOB,
    "a repair man's mobile in a power-cut notice",
)
case(
    "leak-jiaotong-mobile",
    jiaotong(
        extra=f"事故车辆车主张某，电话{grouped(MOBILES[2], [3, 4, 4], ' ')}，请尽快联系交警。\n\n"
    ),
    "block",
    MOB,
    "a car owner's mobile in a traffic notice",
)
case(
    "leak-dizhen-mobile",
    dizhen(extra=f"- 现场联络员：刘某，手机{MOBILES[1]}；\n"),
    "block",
    MOB,
    "a liaison's mobile in an earthquake report",
)
case(
    "leak-taifeng-mobile",
    taifeng(extra=f"渔船联络人陈某 {full_width(grouped(MOBILES[0], [3, 4, 4], '-'))}。\n\n"),
    "block",
    MOB,
    "a skipper's full-width mobile in a typhoon warning",
)
case(
    "leak-tingshui-mobile",
    tingshui(extra=f"物业联系人：赵女士 {MOBILES[6]}\n\n"),
    "block",
    MOB,
    "a property manager's mobile in a water-cut notice",
)
case(
    "leak-title-mobile",
    f"寻人！家属电话{MOBILES[3]}",
    "block",
    MOB,
    "a family mobile in a title",
    "title",
)
case(
    "leak-summary-id",
    f"病例身份证号{grouped(PATIENT_ID, [6, 8, 4], ' ')}，请排查",
    "block",
    IDN,
    "a patient's ID number in a summary",
    "summary",
)
case(
    "leak-xuanshang-mobile-reward",
    xuanshang(extra=f"受害人家属另悬赏2万元，联系人：孙先生 {MOBILES[4]}。\n\n"),
    "block",
    MOB,
    "a victim's family mobile in a police reward notice",
)

# --- look-alikes both ways -----------------------------------------------------------------
clean(
    "look-order18-not-id",
    "检修工单号：202612050001234567",
    "18 digits from 20 (no province code): not an ID number",
)
clean(
    "look-order18-not-id2",
    "工单编号：650102202612051235",
    "region + 2026-12-05 + serial, its check character wrong: no ID number (first run: the blind "
    "draft wrote 650102202612051234, whose check is right and whose date is the day of the run, "
    "not a future one — a wrong expectation, kept below as look-order18-dated-today)",
)
case(
    "look-order18-dated-today",
    "工单编号：650102202612051234",
    "block",
    IDN,
    "a 工单号 of a region, the day's date and a serial that is a checked ID number (born the day it "
    "is numbered): a label never hides a checked ID number",
)
clean(
    "look-order18-tomorrow",
    f"工单编号：{id_number('65010220271205123')}",
    "a checked number dated in 2027: no birth yet",
)

case(
    "look-order18-is-id",
    f"报修工单号：{ORDER_AS_ID}",
    "block",
    IDN,
    "an 18-digit 工单号 that is a checked ID number with a real birth date: docs say a label never "
    "hides one (the editor lists it in public_numbers)",
)
clean("look-meter19", "电能表表号：0100203004005006007", "19 digits from 01: no card network")
clean("look-meter19-8", "智能水表编号：8601203004005006007", "19 digits from 86: no card network")
clean(
    "look-meter19-62luhn",
    f"电能表表号：{METER19_LUHN}",
    "a 19-digit meter number with a UnionPay shape and Luhn after 电能表表号: a device's serial, as "
    "设备号 and 户号 are (decided; blocked as a card on the first run, fixed: 表号 is a serial label)",
)
clean("look-meter19-62luhn-water", f"水表号 {METER19_LUHN}", "the same after 水表号")
clean(
    "look-meter19-62luhn-fours", f"电能表表号：{chunks(METER19_LUHN, 4, ' ')}", "the same in fours"
)
case(
    "look-meter-then-mobile",
    f"水表号：0100203004，抄表员手机{MOBILES[2]}",
    "block",
    MOB,
    "a meter's label names its own number, not a meter reader's mobile after it",
)
case(
    "look-daibiao-mobile",
    f"人大代表：{MOBILES[3]}",
    "block",
    MOB,
    "代表 holds 表 but names a person: a mobile after it is read",
)
case(
    "look-card19-found",
    f"拾到银行卡一张，卡号{METER19_LUHN}",
    "block",
    CARD,
    "the same 19 digits after 卡号: a card",
)
case(
    "look-zhiban-mobile-landline",
    f"防汛值班电话：0991-2345678，带班领导手机：{MOBILES[0]}",
    "block",
    MOB,
    "an official's mobile beside the duty landline: the landline is public, the mobile blocks "
    "(docs: a number published on purpose goes in public_numbers)",
)
clean(
    "look-zhiban-masked",
    f"带班领导：张某某（{masked_mobile(MOBILES[0])}），值班电话0991-2345678",
    "the official's mobile masked: clean",
)
case(
    "look-wanted-fullid",
    xuanshang(extra=f"（公安机关公布身份证号：{WANTED_ID}）\n\n"),
    "block",
    IDN,
    "a 通缉令's full ID number as police publish it: docs have no exemption; the agency lists it "
    "in public_numbers (decided from the docs: personal data is stopped by default)",
)
clean("look-12345-fw", "热线：１２３４５、１１０、１２０", "full-width hotlines")
clean(
    "look-landline-like-mobile",
    "联系电话：0138-1234567",
    "a landline of 0138 (four-digit area code): not a mobile",
)
clean(
    "look-sample-16",
    f"核酸采样管编号：{luhn('650120261203045')}",
    "a 16-digit sample tube number from 65 with Luhn (a Discover shape) after 采样管编号: a serial, "
    "decided clean",
)
clean(
    "look-station-11",
    "台站编号：12345678901",
    "an 11-digit station number from 12: no mobile prefix",
)
case(
    "look-undermasked-mobile",
    f"家属电话：{MOBILES[1][:7]}*{MOBILES[1][8:]}",
    "block",
    MOB,
    "a family mobile with only one digit masked (docs: under-masked blocks)",
)
clean(
    "look-masked-id-table",
    f"| 姓名 | 身份证号 |\n|---|---|\n| 马某某 | {masked_id(DEBTOR_ID)} |\n| 杨某某 | {masked_id(PATIENT_ID)} |\n",
    "masked IDs in a table",
)
clean(
    "look-plate-digits", "车牌号：新A·13812（蓝牌），车架号LSVAM4187C2123456。", "a plate and a VIN"
)
clean(
    "look-train-seat-digits",
    "G1234次05车12F、D2701次13车08A、K9786次07车015号",
    "coach and seat numbers",
)
clean(
    "look-flight-date",
    "CA1234/05DEC 乌鲁木齐—北京，MU5681/06DEC。",
    "flight numbers with airline dates",
)
case(
    "look-card-masked-and-full",
    f"拾到银行卡两张：6217 **** **** 1234；{chunks(CARD_UP16, 4, ' ')}。",
    "block",
    CARD,
    "a masked card and a full one side by side",
)
clean(
    "look-bloodcert-62",
    "献血证编号：6201202612050123",
    "a 16-digit blood certificate number from 62 (甘肃's code) without Luhn after 献血证编号",
)

# --- second slice (not blind, after the fix): the serial words of data/serial_label_stems.txt ---
SAMPLE65 = luhn("650120261203045")  # a Xinjiang-numbered code with a Discover card's shape
CARD16_62 = luhn("622848001234567")
for sid, label, number in [
    ("sample-code", "核酸采样码：", SAMPLE65),
    ("sample-tube", "采样管号：", SAMPLE65),
    ("sample-no", "样本号：", SAMPLE65),
    ("blood-code", "献血码：", SAMPLE65),
    ("blood-cert", "献血证号：", SAMPLE65),
    ("station-code", "台站代码：", SAMPLE65),
    ("meter-box", "表箱号：", CARD16_62),
    ("meter-seal", "水表表身号：", METER19_LUHN),
    ("sample-fw", "采样码：", full_width(SAMPLE65)),
    ("sample-fours", "采样码 ", chunks(SAMPLE65, 4, " ")),
]:
    clean(
        f"slice2-{sid}",
        f"{label}{number}",
        "a thing's number with a card's shape and Luhn after its serial label (data/serial_label_stems.txt)",
    )
for sid, text, rule, note in [
    (
        "sample-then-card",
        f"采样码：{SAMPLE65}，退费银行卡号{CARD16_62}",
        CARD,
        "a card after its own label",
    ),
    (
        "sample-then-mobile",
        f"采样码：{SAMPLE65}，受检者手机{MOBILES[0]}",
        MOB,
        "a mobile after its own label",
    ),
    (
        "blood-id",
        f"献血证号：{PATIENT_ID}",
        IDN,
        "a checked ID number under a serial label still blocks",
    ),
    ("donor-mobile", f"献血者手机：{MOBILES[1]}", MOB, "献血者 names a person: no serial label"),
    (
        "sample-card-nolabel",
        f"采样点退费：{CARD16_62}",
        CARD,
        "采样点 is a place, not a number's label",
    ),
]:
    case(f"slice2-{sid}", text, "block", rule, note)

TABLE.write(
    __file__,
    "generated by gen_redteam70.py (red-team pass 70, written blind); edit the generator, not this file",
    width=100,
)
