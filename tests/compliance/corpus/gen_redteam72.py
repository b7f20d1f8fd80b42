"""Regenerate redteam72_blind_long_posts2.yaml (red-team pass 72, written blind).

Long posts (a title, Markdown or HTML, lists and tables; 600–2,500 characters) as agencies
publish them, after the checker learned the scripts' digit punctuation (tsheg, shad, ۔, ᠃,
، ٬ ᠂, ᠆), number labels in five languages, the serial labels of meters, samples, 献血 and
stations, and case reports with 投诉我们 / 向我们投诉 / counts of none: 政府工作报告 extracts,
统计公报, 12345 年度报告, 市场监管 典型案例 通报, 消协 年报, 双语 通知 (藏汉, 维汉, 蒙汉, 朝汉), 供电/供水
公告 with 表号 and 户号 tables, 疾控 采样 通知, 献血 倡议, 地震台网 速报 — every number in them
legitimate (landlines, 12345, masked numbers, serials, amounts, dates, percentages), and the
same posts with ONE planted violation deep inside. Written before the checker or any other
family was read (the corpus README, case_table.py, the first 40 lines of gen_redteam68.py,
the CHANGELOG and issue 12 only). Run from the repository root:
python tests/compliance/corpus/gen_redteam72.py
"""

from __future__ import annotations

import sys
from pathlib import Path

from case_table import CaseTable
from rule_ids import CARD, IDN, INT, LS, MOB

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))
from number_makers import id_number, luhn

AW = "ad.wording"

TABLE = CaseTable("redteam72_blind_long_posts2")

CITIES = ["拉萨市", "乌鲁木齐市", "呼和浩特市", "延吉市", "西宁市"]
AREA = ["0891", "0991", "0471", "0433", "0971"]
YEAR = 2026


def md_table(head: list[str], rows: list[list[str]]) -> str:
    """A Markdown table."""
    lines = ["| " + " | ".join(head) + " |", "|" + "---|" * len(head)]
    lines += ["| " + " | ".join(row) + " |" for row in rows]
    return "\n".join(lines)


def html_table(head: list[str], rows: list[list[str]]) -> str:
    """An HTML table as a CMS exports it."""
    cells = "".join(f"<th>{h}</th>" for h in head)
    body = "".join("<tr>" + "".join(f"<td>{c}</td>" for c in row) + "</tr>" for row in rows)
    return f'<table border="1"><thead><tr>{cells}</tr></thead><tbody>{body}</tbody></table>'


def table(k: int, head: list[str], rows: list[list[str]]) -> str:
    """Markdown for even variants, HTML for odd ones."""
    return md_table(head, rows) if k % 2 == 0 else html_table(head, rows)


# Each genre returns the post's paragraphs; a planted violation goes before the last two.


def gzbg(k: int) -> list[str]:
    city = CITIES[k]
    g = 5.2 + k * 0.3
    return [
        f"# {city}{YEAR}年政府工作报告（摘要）",
        f"——{YEAR}年1月{10 + k}日在{city}第十{k + 5}届人民代表大会第五次会议上",
        "## 一、过去一年工作回顾",
        f"过去一年，全市地区生产总值达到{812 + 37 * k}.{k + 3}亿元，同比增长{g:.1f}%；一般公共预算收入"
        f"{61 + k}.{2 + k}亿元，增长{3 + k}.{k}%；城乡居民人均可支配收入分别增长{4 + k * 0.2:.1f}%和"
        f"{6 + k * 0.3:.1f}%。民生支出占一般公共预算支出比重达到{76 + k}.{k + 1}%。",
        f"- 新增城镇就业{2.1 + k * 0.4}万人，城镇调查失业率控制在{5.5}%以内；\n"
        f"- 改造老旧小区{120 + 13 * k}个，惠及居民{18000 + 1234 * k}户；\n"
        f"- 新建改扩建中小学和幼儿园{11 + k}所，新增学位{9000 + 870 * k}个；\n"
        f"- 12345政务服务便民热线全年受理诉求{61.2 + k * 4.1}万件，按时办结率{99.2}%，满意率{96.5 + k * 0.3}%。",
        "## 二、今年主要目标",
        f"地区生产总值增长{5 + k * 0.1:.1f}%左右，城镇新增就业{2 + k * 0.3:.1f}万人以上，居民消费价格涨幅3%左右，"
        "粮食产量稳定在{0}万吨以上，单位地区生产总值能耗降低完成自治区下达目标。".format(31 + k),
        table(
            k,
            ["指标", f"{YEAR - 1}年完成", f"{YEAR}年目标"],
            [
                ["地区生产总值增速", f"{g:.1f}%", f"{5 + k * 0.1:.1f}%"],
                ["固定资产投资增速", f"{4 + k}.{k}%", "6%左右"],
                ["社会消费品零售总额（亿元）", f"{341 + k * 12}.{k}", f"{360 + k * 12}"],
                ["12345热线满意率", f"{96.5 + k * 0.3:.1f}%", "97%以上"],
            ],
        ),
        "## 三、重点工作",
        f"（一）持续优化营商环境。深化“高效办成一件事”改革，推出第二批{13 + k}项集成服务；"
        f"涉企投诉统一由12345热线受理，企业可拨打{AREA[k]}-12345或登录政务服务网反映问题。",
        f"（二）扎实办好民生实事。实施城市更新项目{40 + k}个，新增停车泊位{6000 + 350 * k}个，完成供水管网改造{120 + 15 * k}公里。"
        "各位代表，新的一年任务艰巨、使命光荣，让我们团结一心、开拓进取，为建设美好家园而努力奋斗！",
    ]


def tjgb(k: int) -> list[str]:
    city = CITIES[k]
    total = 15_823_456_789 + 1_000_003 * k
    return [
        f"# {city}{YEAR - 1}年国民经济和社会发展统计公报",
        f"{city}统计局　国家统计局{city}调查队　{YEAR}年3月{5 + k}日",
        "## 一、综合",
        f"初步核算，全年全市地区生产总值{700 + 41 * k}.{k + 2}亿元，按不变价格计算，比上年增长{5.1 + k * 0.2:.1f}%。"
        f"其中，第一产业增加值{38 + k}.{k}亿元，增长{3.5 + k * 0.1:.1f}%；第二产业增加值{201 + k * 9}.{k + 1}亿元，"
        f"增长{6.2 - k * 0.1:.1f}%；第三产业增加值{460 + k * 30}.{k + 4}亿元，增长{5.0 + k * 0.1:.1f}%。"
        f"三次产业结构为{5 + k % 2}.{k}:{28 + k}.{k + 1}:{66 - k}.{9 - k}。",
        f"年末全市常住人口{86 + k * 11}.{k + 2}万人，比上年末增加{0.3 + k * 0.1:.1f}万人；城镇化率{78 + k}.{k + 3}%。",
        "## 二、财政金融",
        f"全年一般公共预算收入（元）：{total:,}，比上年增长{4 + k}.{k}%。年末金融机构人民币各项存款余额"
        f"{3120 + k * 111}.{k}亿元，各项贷款余额{3980 + k * 97}.{k + 1}亿元。",
        table(
            k,
            ["指标", "绝对数", "比上年增长（%）"],
            [
                ["社会消费品零售总额（亿元）", f"{341 + k * 12}.{k}", f"{4.8 + k * 0.1:.1f}"],
                ["规模以上工业增加值", "—", f"{7.1 - k * 0.2:.1f}"],
                ["货物进出口总额（万元）", f"{1_381_234 + k * 4_321:,}", f"{12.3 - k:.1f}"],
                ["接待国内游客（万人次）", f"{4_567 + k * 89:,}", f"{15.6 + k:.1f}"],
                ["邮政业务总量（万元）", f"{139_812 + k * 1_000:,}", f"{9.4 + k * 0.2:.1f}"],
            ],
        ),
        "## 三、人民生活和社会保障",
        f"全体居民人均可支配收入{45_678 + k * 2_345:,}元，比上年增长{5.3 + k * 0.1:.1f}%。年末参加基本养老保险"
        f"{67.8 + k:.1f}万人，参加基本医疗保险{92.1 + k:.1f}万人。全年12345热线受理群众诉求{58.3 + k:.1f}万件。",
        "注：1.本公报中部分数据为初步统计数；2.地区生产总值、各产业增加值绝对数按现价计算，增长速度按不变价格计算；"
        f"3.数据咨询电话：{AREA[k]}-6{k}23456（工作日9:00—17:30）。",
    ]


def rexian(k: int) -> list[str]:
    city = CITIES[k]
    return [
        f"# {city}12345政务服务便民热线{YEAR - 1}年度运行报告",
        f"{YEAR - 1}年，{city}12345热线坚持“接诉即办、未诉先办”，全年共受理群众诉求"
        f"{1_234_567 + k * 23_456:,}件，同比增长{8.7 + k:.1f}%，日均受理{3382 + k * 64}件；其中电话渠道占"
        f"{71.2 - k:.1f}%，网站、微信、小程序等网络渠道占{28.8 + k:.1f}%。",
        "## 一、受理情况",
        table(
            k,
            ["类别", "件数", "占比"],
            [
                ["咨询", f"{612_345 + k * 1_000:,}", "49.6%"],
                ["求助", f"{301_234 + k * 900:,}", "24.4%"],
                ["投诉", f"{201_987 + k * 800:,}", "16.4%"],
                ["建议", f"{98_765 + k * 700:,}", "8.0%"],
                ["表扬", f"{20_236 + k * 50:,}", "1.6%"],
            ],
        ),
        "## 二、热点问题",
        f"1. 供暖问题{45_678 + k * 321}件，主要集中在11月开栓初期，较上年下降{12 + k}%；\n"
        f"2. 物业管理问题{38_901 + k * 210}件，涉及电梯维修、公共收益公开等；\n"
        f"3. 拖欠工资问题{9_876 + k * 43}件，已协调兑付{2_345 + k * 67}万元；\n"
        f"4. 消费维权问题{30_112 + k * 99}件，均转{city}市场监管部门（12315）处理。",
        "## 三、办理质效",
        f"全年诉求按时办结率{99.1 + k * 0.1:.1f}%，群众满意率{95.6 + k * 0.5:.1f}%，较上年提高{1.2 + k * 0.1:.1f}个百分点。"
        "对反映集中的问题，热线形成专报{0}期，推动出台政策措施{1}项。".format(24 + k, 11 + k),
        "## 四、典型诉求",
        f"市民王女士反映小区二次供水水压不足，热线当天派单至水务集团，工单号{YEAR}0{k + 1}150{k}3721，"
        "工作人员上门更换加压泵后回访，王女士表示满意。市民李先生反映人行道井盖缺失，网格员30分钟内到场设置警示并完成修复。",
        f"下一步，热线将继续畅通渠道，市民可拨打12345或{AREA[k]}-12345（外地来电）反映诉求，"
        "也可通过“我的城市”小程序提交，热线7×24小时在线。",
    ]


def shichang(k: int) -> list[str]:
    city = CITIES[k]
    return [
        f"# {city}市场监督管理局发布{YEAR}年第{k + 1}批消费维权典型案例",
        f"为进一步警示经营者依法诚信经营，引导消费者理性消费，现将近期查办的{4 + k % 2}起典型案例通报如下。",
        "## 案例一：某商贸公司销售不合格电动自行车案",
        f"{YEAR}年{k + 2}月，消费者刘某通过12315热线向我们投诉，称其在{city}某商贸公司购买的电动自行车"
        "充电时冒烟。执法人员立即立案调查，经抽检，该批次产品“充电器输出特性”项目不合格。当事人共销售该型号"
        "车辆{0}辆，货值{1}元，违法所得{2}元。依据《中华人民共和国产品质量法》，我局对当事人作出没收违法所得、"
        "罚款{3}元的行政处罚。".format(
            23 + k, 41_400 + 900 * k, 6_210 + 100 * k, 82_800 + 1_800 * k
        ),
        "## 案例二：某餐饮店虚假宣传案",
        "当事人在外卖平台店铺页面宣称其菜品“百年秘方”“全市销量第一”，无法提供证明材料。该店近三个月收到"
        f"相关投诉{3 + k}件。我局依据《反不正当竞争法》责令其停止违法行为，并处罚款{20_000 + 5_000 * k}元。",
        "## 案例三：某美容机构预付卡退费纠纷",
        f"消费者赵女士于{YEAR - 1}年办理美容预付卡，充值{8_800 + 200 * k}元，后该机构变更经营地址。赵女士向我们投诉后，"
        f"执法人员约谈经营者，督促退还剩余金额{6_350 + 150 * k}元。该机构另有{17 + k}名会员存在相同诉求，均已妥善处理。",
        table(
            k,
            ["案件", "当事人", "处罚金额（元）", "投诉量"],
            [
                ["不合格电动自行车", "某商贸有限公司", f"{82_800 + 1_800 * k:,}", f"{5 + k}"],
                ["虚假宣传", "某餐饮店（个体工商户）", f"{20_000 + 5_000 * k:,}", f"{3 + k}"],
                ["预付卡退费", "某美容服务部", "责令改正", f"{18 + k}"],
            ],
        ),
        "## 消费提示",
        "消费者在购买商品和接受服务时，应索要并保存好发票、购物小票等凭证；办理预付卡要选择信誉良好的经营者，"
        "不要一次性大额充值。如遇消费纠纷，可拨打12315热线或通过全国12315平台投诉举报。",
    ]


def xiexie(k: int) -> list[str]:
    city = CITIES[k]
    return [
        f"# {city}消费者协会{YEAR - 1}年度消费者投诉情况分析",
        f"{YEAR - 1}年，全市各级消协组织共受理消费者投诉{12_345 + k * 678:,}件，解决{11_987 + k * 650:,}件，"
        f"投诉解决率{97.1 + k * 0.2:.1f}%，为消费者挽回经济损失{1_234.56 + k * 100:.2f}万元。其中，因经营者有欺诈行为"
        f"得到加倍赔偿的投诉{38 + k}件，加倍赔偿金额{12.3 + k:.1f}万元。",
        "## 一、投诉性质",
        table(
            k,
            ["投诉性质", "件数", "比重（%）"],
            [
                ["售后服务", f"{3_456 + k * 100:,}", "28.0"],
                ["质量", f"{3_210 + k * 90:,}", "26.0"],
                ["合同", f"{2_345 + k * 80:,}", "19.0"],
                ["虚假宣传", f"{1_111 + k * 40:,}", "9.0"],
                ["安全", f"{0 + k * 3}", f"{0.0 + k * 0.1:.1f}"],
                ["其他", f"{2_223 + k * 60:,}", "18.0"],
            ],
        ),
        "## 二、投诉热点",
        f"- 预付式消费：健身、美容美发、教育培训机构“跑路”，消费者向我们投诉{1_456 + k * 33}件；\n"
        "- 网络直播购物：主播夸大宣传，“全网最低价”名不副实，退换货难；\n"
        "- 汽车消费：新能源汽车续航虚标，维修等待时间长；\n"
        "- 老年人消费：保健食品会销、“免费体检”后推销高价产品。",
        "## 三、典型案例",
        "案例1：消费者孙先生在某健身房办理年卡3,680元，两个月后健身房关门。孙先生向我们投诉，经消协调解，"
        "经营者退还剩余费用2,760元。\n"
        "案例2：消费者周女士网购一台标称“一级能效”的空调，收货后发现能效标识为三级。经调解，商家退一赔三。\n"
        "案例3：某电梯维保公司全年未收到一起投诉，但抽查发现其维保记录造假，已移交市场监管部门查处。",
        "## 四、消费提示",
        f"消费者遇到消费纠纷，可拨打消协投诉电话{AREA[k]}-96315，或通过全国12315平台、“{city}消协”微信公众号投诉。"
        "全年我会在重点商圈开展“3·15”咨询活动{0}场，发放宣传资料{1}份。".format(
            12 + k, 23_000 + k * 1_000
        ),
    ]


TIBETAN_DIGITS = str.maketrans("0123456789", "༠༡༢༣༤༥༦༧༨༩")
ARABIC_DIGITS = str.maketrans("0123456789", "٠١٢٣٤٥٦٧٨٩")
MONGOLIAN_DIGITS = str.maketrans("0123456789", "᠐᠑᠒᠓᠔᠕᠖᠗᠘᠙")


def zanghan(k: int) -> list[str]:
    land = f"0891-683{k}105"
    tland = f"༠༨༩༡་༦༨༣{str(k).translate(TIBETAN_DIGITS)}༡༠༥"
    return [
        f"# 关于开展{YEAR}年冬季牧区防灾减灾宣传活动的通知（藏汉双语）",
        "各乡（镇）人民政府、县直各有关单位：",
        f"为切实做好冬春季雪灾防范工作，县应急管理局定于{YEAR}年12月{8 + k}日至{20 + k}日在全县{12 + k}个乡镇开展"
        "防灾减灾宣传活动。现将有关事项通知如下：",
        "一、宣传内容：雪灾预警信号识别、牲畜棚圈加固、饲草料储备、被困人员自救互救知识。\n"
        f"二、宣传方式：发放藏汉双语宣传册{5_000 + k * 500}册，张贴挂图{800 + k * 20}张，开展流动宣讲{36 + k}场。\n"
        "三、工作要求：各乡镇要明确一名分管领导负责，于活动结束后3个工作日内报送总结。",
        "ལས་ཁུངས་ཁག་ལ། ལོ་"
        + str(YEAR).translate(TIBETAN_DIGITS)
        + "ལོའི་དགུན་དུས་ཀྱི་ཁ་བ་ཆེན་པོའི་སྔོན་འགོག་གི་ཤེས་བྱ་ཁྱབ་སྤེལ་བྱ་རྒྱུ། ཤང་"
        + str(12 + k).translate(TIBETAN_DIGITS)
        + "ནང་ཁྱབ་སྤེལ་བྱེད། དེབ་ཆུང་ "
        + str(5_000 + k * 500).translate(TIBETAN_DIGITS)
        + " བགོ་འགྲེམ་བྱེད།",
        f"ཁ་པར་ཨང་གྲངས་ {tland}། ཉེན་ཁ་བརྡ་ཐོ་ ༡༢༣༥༠། ཁ་པར་ ༡༢༣༤༥།",
        table(
            k,
            ["乡镇", "宣讲时间", "联系电话"],
            [
                ["城关镇", f"12月{8 + k}日", land],
                ["羊八井镇", f"12月{10 + k}日", f"0891-683{k}106"],
                ["乌玛塘乡", f"12月{12 + k}日", f"0891-683{k}107"],
            ],
        ),
        f"联系人：县应急管理局 次仁，电话：{land}；灾情报告电话：12350；政务服务热线：12345。",
        f"附件：牧区雪灾防范宣传要点（藏汉对照）\n\n县应急管理局\n{YEAR}年12月{2 + k}日",
    ]


def weihan(k: int) -> list[str]:
    land = f"0991-234{k}678"
    aland = land.translate(ARABIC_DIGITS)
    amount = 15_823_456_789 + k * 11
    a_amount = f"{amount:,}".replace(",", "٬").translate(ARABIC_DIGITS)
    return [
        f"# 关于做好{YEAR}年城乡居民医疗保险集中参保缴费工作的通告（维汉双语）",
        f"根据自治区医保局部署，{YEAR + 1}年度城乡居民基本医疗保险集中缴费期为{YEAR}年9月1日至12月31日，"
        f"个人缴费标准为每人每年{380 + k * 5}元。",
        "一、参保对象：未参加职工基本医疗保险的城乡居民，包括中小学生、学龄前儿童和灵活就业人员。\n"
        "二、缴费方式：可通过“新疆医保”小程序、银行网点、社区（村）代收点缴费。\n"
        f"三、资助政策：特困人员、低保对象个人缴费部分由医疗救助资金全额或按{70 + k}%比例资助。",
        f"{YEAR - 1}年全区城乡居民医保基金支出（元）：{amount:,}，参保率稳定在{95 + k * 0.5:.1f}%以上。",
        "ئۇقتۇرۇش: "
        + str(YEAR + 1).translate(ARABIC_DIGITS)
        + "-يىللىق شەھەر-يېزا ئاھالىلىرىنىڭ ئاساسىي داۋالاش سۇغۇرتىسى ھەققىنى تاپشۇرۇش ۋاقتى "
        + str(YEAR).translate(ARABIC_DIGITS)
        + "-يىلى ٩-ئاينىڭ ١-كۈنىدىن ١٢-ئاينىڭ ٣١-كۈنىگىچە. ھەر بىر ئادەم "
        + str(380 + k * 5).translate(ARABIC_DIGITS)
        + " يۈەن تاپشۇرىدۇ.",
        f"ئالاقە تېلېفون نومۇرى: {aland}، ١٢٣٩٣، ١٢٣٤٥. ئۆتكەن يىلى فوند چىقىمى: {a_amount} يۈەن.",
        table(
            k,
            ["街道（乡镇）", "代收点", "咨询电话"],
            [
                ["天山街道", "社区服务中心一楼", land],
                ["南门街道", "便民服务大厅3号窗口", f"0991-234{k}679"],
                ["红山街道", "党群服务中心", f"0991-234{k}680"],
            ],
        ),
        f"医保政策咨询：12393；政务服务热线：12345；区医保局咨询电话：{land}。\n\n区医疗保障局\n{YEAR}年9月{k + 1}日",
    ]


def menghan(k: int) -> list[str]:
    land = f"0471-69{k}3456"
    mland = land.translate(MONGOLIAN_DIGITS)
    return [
        f"# 关于{YEAR}年草原生态保护补助奖励资金发放情况的公示（蒙汉双语）",
        f"根据草原生态保护补助奖励政策，现将{YEAR}年度全旗禁牧补助和草畜平衡奖励资金发放情况公示如下，"
        f"公示期为{YEAR}年11月{10 + k}日至{16 + k}日（5个工作日）。",
        f"全旗共落实禁牧面积{123.4 + k:.1f}万亩、草畜平衡面积{456.7 + k:.1f}万亩，涉及牧户{3_210 + k * 45:,}户，"
        f"发放补奖资金{2_345.67 + k * 10:.2f}万元，户均{7_308 + k * 12:,}元。",
        table(
            k,
            ["苏木（镇）", "户数", "禁牧面积（亩）", "补奖金额（元）"],
            [
                ["巴彦苏木", f"{412 + k}", f"{152_340 + k * 100:,}", f"{3_012_345 + k * 1000:,}"],
                [
                    "宝日勒岱苏木",
                    f"{389 + k}",
                    f"{140_210 + k * 100:,}",
                    f"{2_812_346 + k * 1000:,}",
                ],
                ["新宝力格镇", f"{501 + k}", f"{188_760 + k * 100:,}", f"{3_776_890 + k * 1000:,}"],
            ],
        ),
        "ᠮᠠᠯᠴᠢᠨ ᠥᠷᠬᠦ "
        + str(3_210 + k * 45).translate(MONGOLIAN_DIGITS)
        + "᠂ ᠮᠥᠩᠭᠦ "
        + str(2_345 + k * 10).translate(MONGOLIAN_DIGITS)
        + " ᠲᠦᠮᠡᠨ ᠶᠤᠸᠠᠨ᠃ ᠤᠲᠠᠰᠤᠨ ᠨᠣᠮᠧᠷ: "
        + mland
        + "᠃",
        "公示期内，如对公示内容有异议，可通过以下方式反映：\n"
        f"1. 旗农牧局草原站，电话：{land}；\n2. 旗纪委监委举报电话：12388；\n3. 政务服务热线：12345。",
        "反映问题应实事求是，提倡署真实姓名。个人补奖明细已在各嘎查村务公开栏张贴，姓名及身份证号已作脱敏处理"
        "（如：1525**********0012）。",
        f"旗农牧局\n{YEAR}年11月{9 + k}日",
    ]


def chaohan(k: int) -> list[str]:
    land = f"0433-25{k}2345"
    return [
        f"# 关于开展{YEAR}年度朝鲜族传统文化进社区活动的通知（朝汉双语）",
        f"为传承弘扬朝鲜族优秀传统文化，州文化广电和旅游局定于{YEAR}年10月{1 + k}日至10月{20 + k}日开展"
        f"“朝鲜族传统文化进社区”系列活动，共计{24 + k}场。",
        "活动内容：\n- 农乐舞、长鼓舞展演；\n- 朝鲜族传统饮食制作体验（打糕、冷面、辣白菜）；\n"
        "- 秋夕民俗讲座；\n- 朝鲜语歌曲大家唱。",
        table(
            k,
            ["日期", "社区", "活动", "联系电话"],
            [
                [f"10月{1 + k}日", "河南街道丹英社区", "农乐舞展演", land],
                [f"10月{3 + k}日", "进学街道新兴社区", "打糕制作体验", f"0433-25{k}2346"],
                [f"10月{5 + k}日", "建工街道民安社区", "秋夕民俗讲座", f"0433-25{k}2347"],
            ],
        ),
        f"조선족 전통문화 지역사회 행사 안내: {YEAR}년 10월 {1 + k}일부터 10월 {20 + k}일까지 모두 {24 + k}회 "
        f"진행합니다. 문의 전화번호: {land}, 정부서비스 핫라인: 12345. 우편번호: 133000. "
        f"행사 접수번호: {YEAR}-10-{k + 1:03d}.",
        f"参加活动的居民请提前通过社区网格群报名，每场限{60 + k * 5}人。活动免费，不收取任何费用，"
        "不以任何名义推销商品。活动期间请遵守秩序，老人和儿童须有家属陪同；如遇天气变化，活动顺延，"
        "具体时间另行通知。",
        f"咨询电话：{land}（工作日8:30—16:30）\n\n州文化广电和旅游局\n{YEAR}年9月{20 + k}日",
    ]


def gongdian(k: int) -> list[str]:
    rows = []
    for i in range(4):
        huhao = f"06{k}{i}{31_234_567 + i * 1_111:08d}"[:10]
        biaohao = f"33{k}0{i}01{23_456_789 + i * 97:08d}"
        rows.append([f"{CITIES[k][:2]}路{10 + i}号楼", huhao, biaohao, f"{YEAR}-12-{10 + k}"])
    long_meter = luhn(f"621{k}0{i}0012345678"[:18])
    return [
        f"# 关于{CITIES[k]}部分区域智能电能表更换及计划停电的公告",
        f"尊敬的电力客户：为提升计量准确性，国网{CITIES[k]}供电公司定于{YEAR}年12月{10 + k}日至12月{14 + k}日对"
        "下列小区进行智能电能表轮换，更换期间将短时停电（每户约30分钟）。旧表示数将现场拍照留存，"
        "客户可在“网上国网”APP查询换表前后示数。",
        table(k, ["地址", "户号", "表号", "更换日期"], rows),
        "温馨提示：\n1. 换表工作人员均佩戴工作证，不收取任何费用；\n2. 如对电量有疑问，可凭户号拨打95598"
        "查询；\n3. 新表为费控电能表，余额不足时将提前短信提醒。",
        f"另：{CITIES[k]}某商住楼公共照明电能表表号{long_meter}的计量异常已处理，"
        "相关电费已按规定退补。",
        f"停电期间如遇紧急情况，请拨打95598供电服务热线，或联系所属供电所：{AREA[k]}-6{k}81234。",
        f"国网{CITIES[k]}供电公司\n{YEAR}年12月{5 + k}日",
    ]


def gongshui(k: int) -> list[str]:
    rows = [
        [
            f"{i + 1}",
            f"{CITIES[k][:2]}小区{i + 2}栋",
            f"SB{YEAR}{k}{i:02d}{5_678 + i}",
            f"{1_000_000 + i * 321 + k:010d}",
            f"{i * 3 + 2}",
        ]
        for i in range(5)
    ]
    return [
        f"# {CITIES[k]}自来水公司关于开展户表改造及水表抄读的公告",
        f"为解决老旧小区“水表不准、漏损严重”问题，{YEAR}年公司计划完成户表改造{8_000 + k * 500:,}户。"
        "现将第{0}批改造小区及水表信息公告如下（户号、表号请以缴费通知单为准）：".format(k + 3),
        table(k, ["序号", "小区", "表号", "户号", "待换表数"], rows),
        "改造流程：入户摸底→方案公示→停水施工→通水验收→建档立卡。改造费用由政府和供水企业承担，"
        "居民不承担任何费用。施工期间将提前24小时张贴停水通知。",
        f"{YEAR}年1—11月，公司累计抄表{1_234_567 + k * 1000:,}户次，管网漏损率由{12.3 - k * 0.2:.1f}%降至"
        f"{9.1 - k * 0.1:.1f}%，水质综合合格率100%。",
        f"用户可凭户号通过微信公众号“{CITIES[k][:2]}供水”查询水费，或拨打供水服务热线{AREA[k]}-96116。"
        "如发现冒充供水公司人员上门收费，请及时拨打110报警。",
        f"{CITIES[k]}自来水有限公司\n{YEAR}年11月{20 + k}日",
    ]


def jikong(k: int) -> list[str]:
    codes = [f"{YEAR}12{k}{i}0{1_234 + i * 7:04d}{k}" for i in range(4)]
    return [
        f"# {CITIES[k]}疾病预防控制中心关于开展{YEAR}年冬季重点人群呼吸道病原监测采样的通知",
        f"为掌握冬春季呼吸道传染病流行态势，市疾控中心定于{YEAR}年12月{1 + k}日起在{6 + k}家哨点医院和"
        f"{12 + k}所学校开展监测采样，每周采样{120 + k * 10}份，检测流感病毒、新冠病毒、呼吸道合胞病毒、肺炎支原体等。",
        "## 一、采样要求",
        "1. 采样对象为发热（腋温≥38℃）伴咳嗽或咽痛的就诊患者；\n2. 采集鼻咽拭子，置于3毫升病毒保存液中；\n"
        "3. 样本于2—8℃保存，24小时内送达市疾控中心病原微生物实验室。",
        "## 二、样本编码",
        "样本采样码由“年份+月份+哨点编号+流水号+校验位”组成，示例如下，送检单与采样管号须一致：",
        table(
            k,
            ["哨点", "采样码", "采样管号", "送检日期"],
            [
                [f"{n}医院", codes[i], f"G{k}{i}-{300 + i}", f"12月{2 + i}日"]
                for i, n in enumerate(["第一人民", "中医", "妇幼保健", "儿童"])
            ],
        ),
        "## 三、其他事项",
        f"{YEAR}年第{48 + k}周全市流感样病例占门急诊病例总数的{4.1 + k * 0.3:.1f}%，高于上周。请各哨点加强"
        "预检分诊，督促就诊者佩戴口罩。",
        f"联系人：市疾控中心传染病防制科 马医生，电话：{AREA[k]}-8{k}12345；健康咨询热线：12320。",
        f"{CITIES[k]}疾病预防控制中心\n{YEAR}年11月{28 - k}日",
    ]


def xianxue(k: int) -> list[str]:
    rows = [
        [
            f"{name}**",
            f"{YEAR - 30 + i}",
            f"{k}{i + 1}",
            f"{6 + i * 2}",
            f"{YEAR}{CODE_AREA[k]}{1_023 + i * 11 + k:06d}",
        ]
        for i, name in enumerate(["王", "扎西", "阿依", "巴特", "金"])
    ]
    return [
        f"# 热血传递温暖 爱心点亮生命——{CITIES[k]}{YEAR}年冬季无偿献血倡议书",
        "亲爱的市民朋友们：",
        f"冬季是临床用血高峰期，也是献血淡季。目前{CITIES[k]}中心血站库存仅能满足{4 + k}天临床用血，"
        "O型、B型血液偏紧。在此，我们向全市18—60周岁的健康市民发出倡议：伸出臂膀，无偿献血！",
        "## 献血须知",
        "- 年龄18—55周岁（既往无献血反应、多次献血者可延长至60周岁）；\n- 男性体重≥50千克，女性≥45千克；\n"
        "- 献血前一晚保证充足睡眠，献血前不空腹、不吃油腻食物；\n- 全血献血间隔不少于6个月。",
        "## 献血地点",
        f"1. 市中心血站（{CITIES[k][:2]}路88号），8:00—17:30；\n2. 人民广场爱心献血屋，9:00—18:00；\n"
        f"3. 万达广场献血车，周末10:00—17:00。咨询电话：{AREA[k]}-6{k}54321。",
        "## 荣誉榜（部分）",
        f"{YEAR}年荣获全国无偿献血奉献奖的部分献血者（姓名已作处理）：",
        table(k, ["献血者", "首次献血年份", "累计献血次数", "成分献血次数", "献血证号"], rows),
        "献血者及其配偶、直系亲属临床用血时，可凭献血证号在医院“一站式”直接减免用血费用。"
        "让我们携起手来，用热血传递温暖，用爱心点亮生命！",
        f"{CITIES[k]}中心血站　{CITIES[k]}红十字会\n{YEAR}年12月{1 + k}日",
    ]


CODE_AREA = ["5401", "6501", "1501", "2224", "6301"]


def dizhen(k: int) -> list[str]:
    stations = [("XZ", "LSA"), ("XJ", "WMQ"), ("NM", "HHC"), ("JL", "YNJ"), ("QH", "XNI")]
    net, sta = stations[k]
    lat = 29.65 + k * 3.1
    lon = 91.13 - k * 2.7
    rows = [
        [
            f"{net}.{sta}",
            f"{net}.{sta}0{i}",
            f"{62 + i * 15:.0f}",
            f"{0.012 + i * 0.003:.3f}",
            f"08:{15 + i}:{32 + i}.{k}",
        ]
        for i in range(4)
    ]
    return [
        f"# 中国地震台网正式测定：{YEAR}年12月{3 + k}日{CITIES[k][:2]}附近发生{4.2 + k * 0.3:.1f}级地震",
        f"中国地震台网正式测定：{YEAR}年12月{3 + k}日08时15分{30 + k}秒在{CITIES[k][:2]}附近（北纬{lat:.2f}度，"
        f"东经{lon:.2f}度）发生{4.2 + k * 0.3:.1f}级地震，震源深度{8 + k}千米。",
        "## 震中周边情况",
        f"据中国地震台网中心测算，震中5公里范围内平均海拔约{3650 - k * 500}米，20公里内共有{3 + k}个乡镇。"
        f"震中距{CITIES[k]}约{28 + k * 4}公里。据当地应急管理部门初步了解，截至发稿时未收到人员伤亡报告。",
        "## 台站记录",
        "以下为参与定位的部分台站（台站代码、台站编号、震中距、峰值加速度、初动到时）：",
        table(k, ["台站代码", "台站编号", "震中距（km）", "PGA（g）", "初动到时"], rows),
        "## 历史地震",
        f"震中周边200公里范围内，1970年以来共发生3级以上地震{112 + k * 7}次，其中5级以上{6 + k}次，最大为"
        f"{1990 + k}年{6.1 + k * 0.1:.1f}级地震。",
        "## 防震提示",
        f"地震发生时请保持冷静，就近避险；震后请勿轻信谣言，以官方发布信息为准。如有震感情况，可拨打"
        f"{AREA[k]}-6{k}12119或12345反映。（{CITIES[k][:2]}地震台网中心　{YEAR}年12月{3 + k}日）",
    ]


GENRES = {
    "gzbg": gzbg,
    "tjgb": tjgb,
    "rexian": rexian,
    "shichang": shichang,
    "xiexie": xiexie,
    "zanghan": zanghan,
    "weihan": weihan,
    "menghan": menghan,
    "chaohan": chaohan,
    "gongdian": gongdian,
    "gongshui": gongshui,
    "jikong": jikong,
    "xianxue": xianxue,
    "dizhen": dizhen,
}


def post(parts: list[str]) -> str:
    """The paragraphs of a post, blank-line separated."""
    return "\n\n".join(parts)


MOBILE = "13912345678"
PERSON_ID = id_number("54010219860315207")
PERSON_ID2 = id_number("65010219900722361")
CARD_NO = luhn("621700123456789012")
CARD_NO2 = luhn("622848001234567")

# (genre, variant, sentence, expect, rule, what): the planted violation, inserted before the
# post's last two paragraphs (deep inside: after its tables).
PLANTS: list[tuple[str, int, str, str, str, str]] = [
    (
        "gzbg",
        0,
        f"代表建议办理情况可咨询市政府办公室张主任，手机{MOBILE}。",
        "block",
        MOB,
        "an official's full mobile",
    ),
    (
        "gzbg",
        1,
        "（内部资料，注意保存）以下为会议讨论稿中的未公开数据。",
        "block",
        INT,
        "内部资料 in a report",
    ),
    (
        "tjgb",
        2,
        f"数据核对人：统计局李某，身份证号{PERSON_ID}。",
        "block",
        IDN,
        "a statistician's ID number",
    ),
    ("tjgb", 3, "详细数据表格下载：t.cn/A6xYz9Qk", "fixed", LS, "a short link to the tables"),
    (
        "rexian",
        0,
        "热线话务员王某（联系电话 139-1234-5678）获评年度服务明星。",
        "block",
        MOB,
        "a hyphenated mobile",
    ),
    (
        "rexian",
        4,
        f"市民王女士（身份证 {PERSON_ID2[:6]} {PERSON_ID2[6:14]} {PERSON_ID2[14:]}）反映的问题已办结。",
        "block",
        IDN,
        "a spaced ID number",
    ),
    (
        "shichang",
        0,
        f"当事人法定代表人陈某，身份证号码{PERSON_ID}，对处罚决定无异议。",
        "block",
        IDN,
        "a party's ID in a case report",
    ),
    (
        "shichang",
        1,
        "典型案例：厂家直供正品保障，库存有限拍下立发，私信下单再享八折包邮到家！",
        "warn",
        AW,
        "a seller's line as 典型案例",
    ),
    ("shichang", 2, f"退款已转入消费者银行卡号{CARD_NO}。", "block", CARD, "a consumer's card"),
    (
        "shichang",
        4,
        "案件详情及处罚决定书见 https://u.jd.com/AbC123x",
        "fixed",
        LS,
        "an affiliate link",
    ),
    (
        "xiexie",
        0,
        f"投诉人孙先生，电话{MOBILE}，已同意调解方案。",
        "block",
        MOB,
        "a complainant's mobile",
    ),
    (
        "xiexie",
        2,
        "典型案例：爆款羽绒服清仓价99元，拍下立发，先到先得，手慢无！",
        "warn",
        AW,
        "a seller's line as 典型案例",
    ),
    (
        "xiexie",
        3,
        f"调解款请汇至个人银行卡：{CARD_NO2[:4]} {CARD_NO2[4:8]} {CARD_NO2[8:12]} {CARD_NO2[12:]}",
        "block",
        CARD,
        "a grouped card",
    ),
    (
        "zanghan",
        0,
        "联系人：次仁，手机：13912345678。",
        "block",
        MOB,
        "a contact's mobile in a bilingual notice",
    ),
    (
        "zanghan",
        2,
        "ཁ་པར་ ༡༣༩་༡༢༣༤་༥༦༧༨། ",
        "block",
        MOB,
        "a mobile in Tibetan digits, tsheg-grouped",
    ),
    ("zanghan", 4, "此件为内部资料，请勿外传。", "block", INT, "内部资料 in a bilingual notice"),
    (
        "weihan",
        0,
        "يانفون نومۇرى: ١٣٩١٢٣٤٥٦٧٨",
        "block",
        MOB,
        "a mobile in Arabic-Indic digits after a Uyghur label",
    ),
    (
        "weihan",
        2,
        f"代收点负责人阿依古丽，身份证号{PERSON_ID2}。",
        "block",
        IDN,
        "an ID number in a bilingual notice",
    ),
    (
        "weihan",
        3,
        "缴费入口：https://dwz.cn/Ab12Xy",
        "fixed",
        LS,
        "a short link as the payment entry",
    ),
    (
        "menghan",
        1,
        f"牧户巴特尔补奖资金已打入其银行卡{CARD_NO}。",
        "block",
        CARD,
        "a herder's card",
    ),
    ("menghan", 3, "ᠤᠲᠠᠰᠤ: 139᠆1234᠆5678", "block", MOB, "a mobile with the todo hyphen"),
    ("chaohan", 0, "휴대폰 번호: 139-1234-5678", "block", MOB, "a mobile after a Korean label"),
    ("chaohan", 2, "报名请加负责人微信，手机13912345678。", "block", MOB, "an organiser's mobile"),
    (
        "gongdian",
        0,
        f"户主张某（身份证号{PERSON_ID}）已办理过户手续。",
        "block",
        IDN,
        "a householder's ID near meters",
    ),
    (
        "gongdian",
        3,
        f"表号核对联系人：电工刘师傅 {MOBILE}",
        "block",
        MOB,
        "a mobile after a 表号 sentence",
    ),
    (
        "gongshui",
        1,
        "水费缴纳请点击 https://s.click.taobao.com/t?e=m%3D2",
        "fixed",
        LS,
        "an affiliate link for paying",
    ),
    (
        "jikong",
        0,
        f"阳性样本患者李某，身份证号{PERSON_ID2}，已转定点医院。",
        "block",
        IDN,
        "a patient's ID among sample codes",
    ),
    ("jikong", 3, "（内部资料 不得外传）", "block", INT, "内部资料 in a sampling notice"),
    (
        "xianxue",
        0,
        f"献血者王某某，手机号{MOBILE}，献血证号已补发。",
        "block",
        MOB,
        "a donor's mobile after 献血证号",
    ),
    ("xianxue", 2, f"爱心献血者扎西的身份证号{PERSON_ID}已登记。", "block", IDN, "a donor's ID"),
    ("dizhen", 1, "台站值班员手机：13912345678", "block", MOB, "a duty officer's mobile"),
    (
        "dizhen",
        4,
        "更多震情信息请关注 t.cn/R2dEfGh",
        "fixed",
        LS,
        "a short link in an earthquake report",
    ),
]


def main() -> None:
    """Write the family."""
    for name, make in GENRES.items():
        for k in range(5):
            text = post(make(k))
            if not 600 <= len(text) <= 2500:
                sys.exit(f"{name}-{k}: {len(text)} characters")
            TABLE.clean(f"clean-{name}-{k}", text, f"a long {name} post, every number legitimate")
    for name, k, sentence, expect, rule, what in PLANTS:
        parts = GENRES[name](k)
        parts.insert(len(parts) - 2, sentence)
        TABLE.case(
            f"plant-{name}-{k}", post(parts), expect, rule, f"{what}, deep in a long {name} post"
        )
    # second slice (not blind, after the first run): the two fixes' twins inside long posts
    parts = xiexie(1)
    parts.insert(
        len(parts) - 2, "案例4：某网店承诺拍下立发，消费者钱女士等待半个月仍未收到货，经调解退款。"
    )
    TABLE.clean(
        "slice2-xiexie-ship-complaint",
        post(parts),
        "a complaint's account of 拍下立发: one cue, no pitch",
    )
    for k, line, what in [
        (2, "新款羽绒服爆款直降，拍下即发，手慢无！", "拍下即发 with two more cues"),
        (
            4,
            "“全网最低价”绝非名不副实，拍下立发，先到先得！",
            "名不副实 denied: the ad's own boast",
        ),
    ]:
        parts = xiexie(k)
        parts.insert(len(parts) - 2, line)
        TABLE.case(
            f"slice2-xiexie-pitch-{k}", post(parts), "warn", AW, f"{what}, deep in a 消协 report"
        )
    header = "Red-team pass 72 (blind): long posts after the day's new readers; gen_redteam72.py"
    TABLE.write(__file__, header, width=100)


if __name__ == "__main__":
    main()
