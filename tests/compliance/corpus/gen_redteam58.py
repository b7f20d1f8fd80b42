"""Regenerate redteam58_blind_new_readers_clean.yaml (red team 58, written blind).

Whole posts rich in the words the newest readers read — radio-speech digits (幺 两 洞 拐 勾),
`〇` among digits, app deep links and mini-program appids, a marker spelled out with list
marks, U+202E runs, Cyrillic enclosing signs and Unicode digit stand-ins — that must stay
clean, and must-catch twins close to them. Numbers with check characters come from
``number_makers`` (independent of govpub).

Run: ``python tests/compliance/corpus/gen_redteam58.py`` (writes the YAML beside it).
"""

from __future__ import annotations

import sys
from pathlib import Path
from typing import Any

import yaml

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))
from number_makers import id_number, luhn

CASES: list[dict[str, Any]] = []

RADIO = str.maketrans("0123456789", "洞幺两三四五六拐八勾")
CN = str.maketrans("0123456789", "〇一二三四五六七八九")


def radio(digits: str) -> str:
    """``digits`` in radio speech (洞 幺 两 拐 勾 for 0 1 2 7 9)."""
    return digits.translate(RADIO)


def cn(digits: str) -> str:
    """``digits`` as lower-case Chinese numerals, 〇 for 0."""
    return digits.translate(CN)


def keycap(digits: str) -> str:
    return "".join(d + "\ufe0f\u20e3" for d in digits)


def circled(digits: str) -> str:
    return "".join("⓪" if d == "0" else chr(0x2460 + int(d) - 1) for d in digits)


def math_bold(digits: str) -> str:
    return "".join(chr(0x1D7CE + int(d)) for d in digits)


def arabic_indic(digits: str) -> str:
    return "".join(chr(0x0660 + int(d)) if d.isdigit() else d for d in digits)


def add(
    cid: str, text: str, note: str, expect: str = "clean", rule: Any = None, **extra: Any
) -> None:
    case: dict[str, Any] = {"id": cid, "text": text, "expect": expect}
    if rule is not None:
        case["rule"] = rule
    case["note"] = note
    case.update(extra)
    CASES.append(case)


# ---------------------------------------------------------------- shared paragraphs
LIANGHUI_LEAD = (
    "新华社北京3月5日电 第十四届全国人民代表大会第二次会议5日上午在人民大会堂开幕。"
    "国务院总理作政府工作报告，回顾过去一年工作，部署今年经济社会发展主要任务。"
)
LIANGHUI_TAIL = (
    "两会期间，代表委员们围绕高质量发展、乡村全面振兴、教育科技人才等议题积极建言献策。"
    "大会秘书处表示，将认真做好代表建议的交办和督办工作，确保件件有着落、事事有回音。"
)
TRAFFIC_LEAD = (
    "近日，市公安局刑侦支队成功侦破一起拐卖妇女儿童案件，解救被拐儿童3名，抓获犯罪嫌疑人5名。"
    "公安机关提醒广大群众，发现拐卖妇女儿童犯罪线索，请立即拨打110报警。"
)
TRAFFIC_TAIL = (
    "打击拐卖妇女儿童犯罪是公安机关的一项长期任务。全市公安机关将持续保持高压态势，"
    "坚决遏制此类犯罪多发势头，切实保障妇女儿童合法权益。市民如有政务咨询，可拨打12345政务服务便民热线。"
)
CAVE_LEAD = (
    "冬季旅游季到来，市文化和旅游局推出溶洞探秘精品线路。景区内钟乳石千姿百态，"
    "洞内常年保持在16℃左右，冬暖夏凉，是避寒休闲的好去处。"
)
CAVE_TAIL = (
    "温馨提示：洞内湿滑，请穿防滑鞋，跟随讲解员游览，不要触摸钟乳石。"
    "老人、儿童及行动不便的游客请在家人陪同下入洞。景区投诉电话请拨打12345。"
)
FORM_LEAD = (
    "为做好2026年度城乡居民医疗保险集中参保工作，现将填表事项说明如下。"
    "请参保人如实填写《城乡居民基本医疗保险参保登记表》，并在对应选项前的方框内打勾。"
)
FORM_TAIL = (
    "表格填写完毕后，由村（社区）统一收集报送乡镇（街道）社保所。"
    "如有疑问，请在工作日拨打区医保局咨询电话（021）56781234。"
)
APP_LEAD = (
    "为方便群众办事，现将常用政务服务应用下载方式汇总如下。"
    "请通过手机自带的应用市场（华为应用市场、小米应用商店、OPPO软件商店、vivo应用商店）"
    "或苹果App Store搜索下载，认准开发者为政府部门的官方应用，谨防山寨软件。"
)
APP_TAIL = (
    "请勿点击短信、陌生人发来的链接下载所谓“官方”应用。"
    "如遇冒充政府部门的诈骗，请立即拨打110报警或96110反诈专线咨询。"
)
DOC_LEAD = "XX市人民政府办公室关于做好2026年元旦春节期间有关工作的通知\n\n各区人民政府，市政府各委、办、局：\n"
DOC_TAIL = "\n\nXX市人民政府办公室\n二〇二五年十二月五日\n（此件公开发布）"


def post(*parts: str) -> str:
    return "\n\n".join(parts)


# ================================================================ 两会 coverage (clean)
add(
    "lianghui-opening-figures",
    post(
        LIANGHUI_LEAD,
        "报告提出，今年发展主要预期目标是：国内生产总值增长5%左右；城镇新增就业1200万人以上，"
        "城镇调查失业率5.5%左右；居民消费价格涨幅3%左右；粮食产量1.3万亿斤以上。"
        "报告指出，要坚持两个毫不动摇，落实两个确保，做到两个维护。",
        LIANGHUI_TAIL,
    ),
    "两个确保、两个维护 and figures: 两 as a word next to digits",
)
add(
    "lianghui-proposals-count",
    post(
        "两会期间，全国政协委员共提交提案5800余件，经审查立案5200余件；"
        "全国人大代表提出建议两千余件涉及本省。截至目前，我省承办的两千二百二十二件建议已全部办结，"
        "代表满意率达99.2%。",
        LIANGHUI_TAIL,
    ),
    "两千余件, 两千二百二十二件: 两 with 千/百 multipliers is a quantity, no digit run",
)
add(
    "lianghui-session-names",
    post(
        "第十四届全国人大二次会议和全国政协十四届二次会议（简称2024年全国两会）分别于3月5日和3月4日开幕。"
        "两会会期约一周，十四届全国人大二次会议3月11日下午闭幕，十四届全国政协二次会议3月10日上午闭幕。",
        LIANGHUI_TAIL,
    ),
    "十四届…二次会议 beside 2024 and dates",
)
add(
    "lianghui-hashtag-year",
    post(
        "#2026两会# #两会2026# 【两会热词】今天带你读懂两会“新词”。",
        "“两高”报告：最高人民法院、最高人民检察院工作报告。2025年，全国法院受理案件4600余万件，"
        "审结、执结4500余万件。“两院院士”：中国科学院院士和中国工程院院士。",
        LIANGHUI_TAIL,
    ),
    "2026两会 and 两会2026 hashtags: four digits glued to 两",
)
add(
    "lianghui-date-numerals",
    post(
        "二〇二六年三月五日上午九时，第十四届全国人民代表大会第四次会议在北京人民大会堂开幕。"
        "本次会议应出席代表2977名，实际出席2950名，出席人数符合法定人数。",
        "会议议程共十二项，其中审查二〇二六年国民经济和社会发展计划执行情况与二〇二六年计划草案，"
        "审查二〇二五年中央和地方预算执行情况与二〇二六年中央和地方预算草案。",
    ),
    "二〇二六年 dates beside digits 2977 and 2950",
)
add(
    "lianghui-liangliang",
    post(
        "代表们三三两两走出会场，接受记者采访。一位来自基层的代表说，两年来她走访了两百多户农户，"
        "带来了两份关于乡村养老的建议。",
        "“两会不是终点，而是新的起点。”她说，回去后要把两会精神带到田间地头。",
    ),
    "三三两两, 两年, 两百多, 两份: 两 in prose",
)
add(
    "lianghui-budget-table",
    "| 项目 | 2025年执行数（亿元） | 2026年预算数（亿元） | 增长 |\n|---|---|---|---|\n"
    "| 一般公共预算收入 | 2163.2 | 2250.0 | 4.0% |\n| 一般公共预算支出 | 3021.5 | 3120.8 | 3.3% |\n"
    "| 两项保障资金 | 122.7 | 130.2 | 6.1% |\n\n注：两项保障资金指城乡低保和特困人员救助供养资金。",
    "a budget table with 两项 in a row beside figures",
)
add(
    "lianghui-doc-number",
    post(
        "根据《国务院办公厅关于印发2026年全国两会建议和提案交办工作方案的通知》（国办函〔2026〕12号）要求，"
        "我市承办全国人大代表建议两件、全国政协委员提案两件，均已于6月30日前办结。",
        "办理情况：①已解决或基本解决的4件；②正在解决的0件；③列入规划逐步解决的0件。",
    ),
    "〔2026〕12号 and circled list numbers ①②③ before counts",
)
add(
    "lianghui-numeral-list",
    "两会热点一览：一、稳就业；二、促消费；三、扩投资；四、兴科技；五、强农业；六、保民生；"
    "七、优环境；八、防风险；九、惠两岸；十、护生态。以上十个方面，两会期间讨论热烈。",
    "a list numbered 一、…十、 with 两会 and 两岸",
)
add(
    "lianghui-seating",
    post(
        "代表团驻地安排：第一代表团驻京西宾馆，第二代表团驻国谊宾馆。"
        "各代表团审议时间为3月6日至3月9日，分组审议地点在驻地二楼、三楼会议室。",
        "两会报道记者证编号以“2026LH”开头，如2026LH0012，请随身佩戴。",
    ),
    "a press pass number 2026LH0012",
)
add(
    "lianghui-yi-er-san-si",
    post(
        "“一二三四五六七八九十，两会精神记心里。”在社区宣讲会上，老党员把两会精神编成了顺口溜。",
        LIANGHUI_TAIL,
    ),
    "a rhyme counting 一 to 十: ten numerals, and 两会 right after",
)
add(
    "lianghui-vote-count",
    "表决结果：赞成2857票，反对3票，弃权2票。会议表决通过了关于政府工作报告的决议。"
    "两项决议草案均以高票通过，其中第二项赞成票为两千八百四十九票。",
    "vote counts in digits and 两千八百四十九",
)
add(
    "lianghui-phone-press",
    post(
        LIANGHUI_LEAD,
        "两会新闻中心地址：北京市西城区复兴门外大街。新闻中心咨询电话：010-63098765，"
        "传真：010-63098766。两会期间每日8:00—22:00开放。",
    ),
    "a press centre's landline and fax after 两会",
)
add(
    "lianghui-yao-name",
    "来自四川的全国人大代表、“幺妹”村支书李某，两会期间带来了关于山区道路的建议。"
    "她说，村里共有两百一十二户、八百六十七人，距离县城两个多小时车程。",
    "幺妹 (a Sichuan word for the youngest daughter) with 两百一十二 and 八百六十七",
)

# ================================================================ anti-trafficking (clean)
add(
    "traffic-case-number",
    post(
        TRAFFIC_LEAD,
        "经查，2026年5月以来，犯罪嫌疑人王某某（男，42岁）伙同他人拐卖儿童两名。"
        "该案已由市公安局立案侦查，案件编号A3301002026120500012。",
        TRAFFIC_TAIL,
    ),
    "拐卖 and a police case number A33010020261205000012 (a letter and 19 digits)",
)
add(
    "traffic-turning-point",
    post(
        "数据显示，我省拐卖妇女儿童案件发案数自2013年出现拐点，此后连续12年下降，"
        "2025年立案数较2012年下降87.6%。",
        TRAFFIC_TAIL,
    ),
    "拐点 beside years and percentages",
)
add(
    "traffic-hotlines",
    post(
        TRAFFIC_LEAD,
        "举报方式：1.拨打110报警；2.拨打全国打拐办举报电话010-66262227；"
        "3.拨打12345政务服务便民热线；4.登录公安部打拐DNA系统官方网站。",
        TRAFFIC_TAIL,
    ),
    "打拐 and hotlines 110, 010-66262227, 12345 in a numbered list",
)
add(
    "traffic-court-verdict",
    post(
        "（2026）浙01刑初127号刑事判决书显示，被告人张某某犯拐卖儿童罪，判处有期徒刑十二年，"
        "并处罚金人民币两万元；被告人李某犯拐卖妇女罪，判处有期徒刑七年，并处罚金一万元。",
        "法院认为，被告人以出卖为目的，拐骗、收买、贩卖儿童两名，其行为已构成拐卖儿童罪。",
    ),
    "a case number （2026）浙01刑初127号, 两万元, 拐骗",
)
add(
    "traffic-reunion",
    post(
        "“宝贝回家”团圆活动现场，被拐32年的刘某终于与亲生父母相认。"
        "1994年6月，年仅两岁的刘某在家门口被拐走。2026年，经DNA比对，确认其身份。",
        "截至目前，公安部“团圆”行动已累计找回历年失踪被拐儿童1.1万余名。",
    ),
    "被拐 beside years and 两岁",
)
add(
    "traffic-street-corner",
    "寻人启事：2026年11月28日下午，一名7岁男童在城东路与解放路拐角处走失，身穿蓝色羽绒服。"
    "如有线索请联系城东派出所，电话0571-86543210，或拨打110。",
    "拐角 beside a date and a landline",
)
add(
    "traffic-radio-call",
    "【警情通报】12月4日22时许，指挥中心接群众报警称，在幺洞八国道拐弯处发现一名疑似被拐妇女。"
    "巡逻车洞两号立即赶往现场，经核实系迷路老人，民警将其安全送回家中。",
    "radio speech for a road and a patrol car (幺洞八国道, 洞两号): three and two numerals",
)
add(
    "traffic-stats-table",
    "| 年份 | 立案数 | 破案数 | 解救人数 |\n|---|---|---|---|\n| 2023 | 127 | 119 | 203 |\n"
    "| 2024 | 98 | 97 | 156 |\n| 2025 | 74 | 74 | 112 |\n\n打击拐卖犯罪成效显著，拐卖案件破案率连续三年保持在95%以上。",
    "a table of counts under 拐卖",
)
add(
    "traffic-crutch",
    "社区志愿者为辖区两名拄拐老人送去爱心拐杖和取暖物资。志愿服务队负责人说，"
    "今年已累计开展助老服务127次，服务时长两千余小时。",
    "拄拐, 拐杖 and 两名 in a volunteer story",
)

# ================================================================ caves and tunnels (clean)
add(
    "cave-opening-hours",
    post(
        CAVE_LEAD,
        "开放时间：8:30—17:30（16:30停止入洞）。门票价格：成人票120元/人，学生票60元/人，"
        "1.2米以下儿童免票。洞口至出口全长2.7公里，游览时间约两小时。",
        CAVE_TAIL,
    ),
    "洞口, 入洞 beside times and prices",
)
add(
    "cave-air-raid-shelter",
    post(
        "今年夏季，全市开放12处人防工程（防空洞）作为纳凉点，开放时间为6月1日至9月30日每天9:00—21:00。",
        "纳凉点地址：1.解放路防空洞（洞口位于解放路127号）；2.人民公园防空洞（洞口位于公园东门）；"
        "3.火车站地下人防工程（入口位于站前广场）。纳凉点免费开放，内设座椅、饮水机和应急药箱。",
    ),
    "防空洞 and 洞口 beside a street number",
)
add(
    "cave-tunnel-numbers",
    "施工公告：G210国道2号隧道、3号隧道于12月5日至12月20日进行维修，每日9:00—17:00实行单向通行。"
    "隧道洞口设置临时信号灯，请过往车辆减速慢行。咨询电话：0851-86901234。",
    "隧道洞口 beside a road number and a landline",
)
add(
    "cave-hole-in-one",
    "市高尔夫协会发布：在刚刚结束的业余公开赛上，选手在第7洞打出一杆进洞，第12洞、第16洞各有一名选手抓到老鹰球。"
    "本届比赛共有72洞，历时两天。",
    "golf holes 第7洞, 第12洞 and 72洞",
)
add(
    "cave-grottoes",
    post(
        "莫高窟第17窟即藏经洞，1900年被发现，出土文物5万余件。"
        "龙门石窟现存窟龛2345个，造像10万余尊。",
        "预约参观请通过景区官方网站或官方公众号，旺季每日限流6000人次。",
    ),
    "藏经洞 and counts beside 窟",
)
add(
    "cave-dong-dong",
    post(
        CAVE_LEAD,
        "织金洞洞长6.6公里，洞内最高处150米，最宽处173米。黄龙洞洞口海拔410米。"
        "九洞天景区由9个洞天组成，游览全程约3小时。",
        CAVE_TAIL,
    ),
    "织金洞洞长, 黄龙洞洞口: 洞洞 beside figures",
)
add(
    "cave-hole-count-bridge",
    "桥梁检测报告：该桥为两孔拱桥，桥洞净跨12米。检测发现1号桥洞拱圈有裂缝2条，长0.5—1.2米。"
    "建议对两个桥洞进行加固处理，预计工期两个月。",
    "桥洞 with 两孔, 两个 and figures",
)
add(
    "cave-drill-holes",
    "地质勘查项目完成钻孔27个，其中1号孔至20号孔已完成洞探，21—27号孔正在施工，"
    "累计进尺3650米。洞探发现溶洞4处，最大溶洞高约两米。",
    "洞探, 溶洞 beside hole numbers",
)
add(
    "cave-ticket-table",
    "| 景点 | 门票 | 开放时间 |\n|---|---|---|\n| 本溪水洞 | 160元 | 8:00—17:00 |\n"
    "| 芦笛岩 | 90元 | 8:00—17:30 |\n| 银子岩 | 65元 | 8:30—17:00 |\n| 七星岩 | 55元 | 8:00—17:30 |\n\n"
    "以上景区持洞穴联票可优惠两成。",
    "a price table of caves",
)
add(
    "cave-lottery-number",
    "春节期间溶洞景区推出“洞游新春”活动：游客扫码入园即可参与抽奖，中奖号码尾号为0、7、9者可获赠纪念品一份。"
    "活动时间：2026年2月17日至2月23日。",
    "洞游 and tail digits 0、7、9",
)

# ================================================================ forms: 勾选, 打勾, ☑ (clean)
add(
    "form-tick-instructions",
    post(
        FORM_LEAD,
        "填写说明：1.参保类别请勾选“城镇居民”或“农村居民”；2.缴费档次请在□一档□二档□三档中勾选一项；"
        "3.是否享受资助请打勾√；4.联系电话请填写本人常用号码。",
        FORM_TAIL,
    ),
    "勾选 and 打勾 beside numbered items and 一档/二档/三档",
)
add(
    "form-checkbox-row",
    "申请事项（请在相应方框内打“√”）：\n☑ 1.首次申领\n☐ 2.到期换领\n☐ 3.遗失补领\n☑ 4.邮寄送达\n\n"
    "申请日期：2026年12月5日",
    "☑ and ☐ before numbered items",
)
add(
    "form-tick-grid",
    "满意度调查（请打勾）：\n1. 服务态度：☑很满意 ☐满意 ☐一般\n2. 办事效率：☐很满意 ☑满意 ☐一般\n"
    "3. 环境设施：☑很满意 ☐满意 ☐一般\n\n感谢您的参与！调查编号：2026120500127",
    "a survey with ticks and a 13-digit survey number",
)
add(
    "form-gou-hua",
    "本次评审采用“勾画法”：评委在评分表中勾出认可的12项指标，每项计5分，共60分。"
    "勾选超过12项的评分表视为无效。评审结果将于12月10日在官网公示。",
    "勾画法, 勾出, 勾选 beside figures",
)
add(
    "form-tick-dates",
    "报名表“参加场次”一栏请勾选：□12月6日上午 □12月6日下午 □12月7日上午 □12月7日下午。"
    "每人限勾一场，勾选两场及以上的，按第一场安排。",
    "限勾一场, 勾选两场 beside dates",
)
add(
    "form-hook-fish",
    "渔政部门提醒：禁渔期内禁止使用多线多钩、单线多钩等钓具。每人限一竿一线一钩，钩数不得超过两枚。"
    "违者最高可处两千元罚款。举报电话：0731-84567890。",
    "钩 (the hook) and 两枚, 两千元",
)

# ================================================================ dates with 〇 beside digits (clean)
add(
    "date-cn-and-digits",
    post(
        "XX区人民政府关于2026年区级民生实事项目的公告",
        "区政府决定实施2026年区级民生实事项目12项，总投资3.2亿元。现予公告。",
        "XX区人民政府\n二〇二六年十二月五日\n（2026年12月5日印发）",
    ),
    "二〇二六年十二月五日 beside 2026年12月5日",
)
add(
    "date-doc-number-bracket",
    "X政办发〔2026〕12号\n\n各乡镇人民政府，县直各单位：\n现将《2026年度重点工作任务分解表》印发给你们，请认真贯彻落实。\n\n"
    "XX县人民政府办公室\n2026年12月5日\n\n（此件公开发布）",
    "a 文号 X政办发〔2026〕12号 and a date",
)
add(
    "date-cn-year-ranges",
    "规划期限为二〇二六年至二〇三五年，近期至二〇三〇年。规划范围面积1208平方公里，"
    "规划人口120万人，其中城镇人口102万人。",
    "two years in numerals joined by 至, beside digits",
)
add(
    "date-cn-zero-in-number",
    "本案编号：（二〇二六）第〇〇一二号。经查，当事人于二〇二六年十月一日至十月七日期间擅自占道经营，"
    "依据《城市市容和环境卫生管理条例》第三十六条规定，决定罚款两百元。",
    "（二〇二六）第〇〇一二号: 〇 in a serial with numerals only",
)
add(
    "date-digits-with-ling-zero",
    "热烈庆祝建校一〇〇周年！1926—2026，百年薪火相传。校庆大会将于2026年10月1日上午10时举行。",
    "一〇〇周年 beside year ranges",
)
add(
    "date-mixed-zero-year",
    "2〇26年全市重点项目集中开工仪式举行，共有127个项目开工，总投资1200亿元。",
    "a year written with 〇 among digits, 2〇26年: four characters",
)
add(
    "date-room-numbers",
    "考场安排：第一考场在教学楼2〇1室，第二考场在2〇2室，第三考场在3〇1室。考试时间：12月20日9:00—11:00。",
    "room numbers 2〇1, 2〇2, 3〇1",
)
add(
    "date-bus-route",
    "公交调整：1〇8路、2〇3路自12月6日起临时绕行，恢复时间另行通知。咨询电话：12345。",
    "bus lines 1〇8路, 2〇3路 beside 12345",
)

# ================================================================ amounts with 两 (clean)
add(
    "liang-amounts",
    post(
        "近日，区市场监管局对辖区农贸市场开展计量器具专项检查，发现部分商户存在短斤缺两问题。"
        "消费者购买1斤猪肉实际仅为9两，短缺1两；购买2斤苹果实际为1斤8两。",
        "执法人员对相关商户依法立案调查，其中两家商户被处以两万元罚款。消费者发现短斤缺两可拨打12315投诉举报。",
    ),
    "1两, 9两, 1斤8两, 两万元, 12315: 两 after digits as a weight",
)
add(
    "liang-tcm-recipe",
    "冬季养生小贴士（仅供参考，请遵医嘱）：黄芪一两、当归三钱、枸杞五钱、红枣十二枚，加水两升，"
    "文火煎煮四十分钟。每日一剂，分两次服用。",
    "一两, 三钱 in a herbal recipe",
)
add(
    "liang-subsidy",
    "根据《XX市2026年以旧换新补贴实施细则》，购买一级能效家电每台补贴两千元，二级能效每台补贴一千两百元，"
    "每户最多补贴两台。补贴资金共两亿两千万元，发完即止。",
    "两千元, 一千两百元, 两亿两千万元",
)
add(
    "liang-numeric-mixed",
    "截至12月4日，全市累计发放消费券2万两千张，核销率达92%，带动消费1.2亿元。"
    "第二批消费券将于12月12日10时发放，共两万张。",
    "2万两千张: a digit and 两 with 万/千",
)
add(
    "liang-tea-price",
    "茶叶市场价格监测：明前龙井每斤2800元（约每两280元），雨前龙井每斤1200元。"
    "监测点共12个，采价频次为每周两次。",
    "每两280元: 两 right before digits",
)

# ================================================================ circled list numbers and phones (clean)
add(
    "circled-office-phones",
    post(
        "冬季供暖服务热线公布",
        "①市供热办：0471-6951234\n②城区供热公司：0471-6955678\n③新城供热公司：0471-3321987\n"
        "④12345市民热线：12345\n⑤燃气抢修：0471-96777",
        "供暖期为2026年10月15日至2027年4月15日。",
    ),
    "circled list numbers before landlines, 12345 and a 5-digit hotline",
)
add(
    "circled-glued-phones",
    "办事指南：①12345②0571-87654321③0571-96345\n以上电话工作日8:30—17:00受理。",
    "circled numbers glued to hotlines with no space: ①12345②0571-…",
)
add(
    "circled-glued-12345",
    "咨询渠道：①12345②12315③12366④12333⑤12369，均为政务服务热线。",
    "five hotlines each after a circled number, glued",
)
add(
    "circled-steps",
    "办理流程：①网上申请→②材料审核（1—3个工作日）→③现场核验→④领取证照。全程网办事项共1208项，"
    "咨询请拨打0755-12345678。",
    "circled steps beside a range and a landline",
)
add(
    "circled-dense",
    "⑩⑨⑧⑦⑥⑤④③②①倒计时！2026年全民健身日活动即将开始，请市民朋友们准时参加。",
    "a countdown ⑩⑨…①: ten circled numbers in a row, eleven digits folded",
)
add(
    "circled-answer-key",
    "参考答案：1—5 ②③①④② 6—10 ③③①②④ 11—15 ①②②③④\n本次练习共15题，每题2分。",
    "an answer key of circled numbers in fives",
)
add(
    "circled-internal-control-list",
    "2026年度内部审计工作要点：①内部控制②资金管理③资料归档④合同管理⑤绩效评价。"
    "各部门于12月15日前报送自查报告。",
    "①内部控制②资金管理③资料归档: 内部 and 资料 apart, circled numbers between",
)
add(
    "parenthesized-list-phones",
    "⑴区应急管理局：0512-65123456；⑵区消防救援大队：0512-65127119；⑶区人民医院：0512-65120120。",
    "parenthesized numbers ⑴⑵⑶ before landlines",
)
add(
    "dingbat-list-phones",
    "❶报名时间：12月6日—12月10日\n❷报名地点：区人社局二楼\n❸咨询电话：021-62345678\n❹考试时间：12月20日",
    "dingbat circled numbers before dates and a landline",
)

# ================================================================ keycaps and festive posts (clean)
add(
    "keycap-new-year",
    "🎉2️⃣0️⃣2️⃣6️⃣新年快乐！🎉\n过去一年，我们一起走过了3️⃣6️⃣5️⃣天；新的一年，政务服务继续“一网通办”。"
    "有事找政府，请拨打1️⃣2️⃣3️⃣4️⃣5️⃣！",
    "keycap years, 365 and 12345 in one festive post",
)
add(
    "keycap-countdown",
    "距离2026年高考还有1️⃣8️⃣0️⃣天！\n⏰倒计时：1️⃣0️⃣0️⃣天冲刺计划已发布，请考生合理安排复习。\n"
    "咨询电话：0️⃣2️⃣1️⃣-6️⃣2️⃣3️⃣4️⃣5️⃣6️⃣7️⃣8️⃣",
    "keycap counts and a keycap landline",
)
add(
    "keycap-steps-lines",
    "办理步骤👇\n1️⃣下载“个人所得税”App\n2️⃣注册登录\n3️⃣选择“综合所得年度汇算”\n4️⃣核对收入\n5️⃣提交申报\n"
    "6️⃣查看进度\n7️⃣完成退税\n8️⃣评价服务\n9️⃣保存回执\n🔟结束\n1️⃣1️⃣咨询12366",
    "eleven keycap list numbers, one a line, and 12366",
)
add(
    "keycap-date-line",
    "📅2️⃣0️⃣2️⃣6️⃣年1️⃣2️⃣月0️⃣5️⃣日 星期六\n🌡气温：-2℃~8℃\n今日限行尾号：1和6。",
    "a keycap date 2026年12月05日",
)
add(
    "keycap-two-years",
    "2️⃣0️⃣2️⃣5️⃣ 👉 2️⃣0️⃣2️⃣6️⃣ 辞旧迎新，感谢一路同行！",
    "two keycap years side by side: eight digits",
)
add(
    "math-digits-heading",
    "𝟐𝟎𝟐𝟔年度十大民生实事\n𝟏.新建改建城市道路𝟐𝟎条；𝟐.新增公办幼儿园学位𝟑𝟔𝟎𝟎个；𝟑.改造老旧小区𝟏𝟐𝟎个。",
    "mathematical bold digits in a heading and a list",
)
add(
    "math-digits-hotline",
    "📞政务服务热线：𝟏𝟐𝟑𝟒𝟓\n📞医保热线：𝟏𝟐𝟑𝟗𝟑\n📞反诈专线：𝟗𝟔𝟏𝟏𝟎",
    "mathematical bold hotlines, one a line",
)
add(
    "fullwidth-stats",
    "全市２０２６年１－１１月实现地区生产总值１２３４．５６亿元，同比增长５．２％。",
    "full-width figures",
)

# ================================================================ app download guides (clean)
add(
    "app-tax-guide",
    post(
        APP_LEAD,
        "1.个人所得税App：在应用市场搜索“个人所得税”，开发者为国家税务总局。"
        "2.国家反诈中心App：搜索“国家反诈中心”，开发者为公安部刑事侦查局。"
        "3.随申办：搜索“随申办市民云”。4.粤省事：微信搜索“粤省事”小程序。",
        APP_TAIL,
    ),
    "an app download guide naming app stores, 搜索, developers and mini-programs",
)
add(
    "app-fanzha-promo",
    post(
        "全民反诈，你我同行！请广大市民下载安装“国家反诈中心”App，开启来电预警功能。"
        "下载方法：打开手机应用市场，搜索“国家反诈中心”，认准图标，点击安装，按提示完成注册。",
        "注册时需填写常住地、手机号码并进行实名认证。App可对涉诈电话、短信、网址和App进行预警。",
        APP_TAIL,
    ),
    "国家反诈中心 download steps",
)
add(
    "app-miniprogram-gov",
    "办理社保业务，可在微信中打开“粤省事”小程序，或直接点击：#小程序://粤省事/abc123xyz 。"
    "也可通过“国家政务服务平台”小程序办理：#小程序://国家政务服务平台/Q7mW2kPz 。",
    "government mini-programs as text links",
)
add(
    "app-miniprogram-card-gov",
    '<p>扫码或点击下方卡片进入“随申办”：</p>\n<mp-miniprogram data-miniprogram-appid="wx0123456789abcdef" '
    'data-miniprogram-path="pages/index/index" data-miniprogram-nickname="随申办"></mp-miniprogram>\n'
    "<p>服务时间：7×24小时。</p>",
    "a mini-program card of 随申办 (unknown appid, government name)",
)
add(
    "app-miniprogram-card-noname",
    '<p>点击进入：</p><mp-miniprogram data-miniprogram-appid="wx5f8e2b7a1c9d3e40" '
    'data-miniprogram-path="pages/home/home"></mp-miniprogram>',
    "a mini-program card with an unknown appid and no name",
)
add(
    "app-gov-link",
    "个人所得税年度汇算可登录国家税务总局网站 https://www.chinatax.gov.cn 了解详情，"
    "或通过个人所得税App办理。12366纳税服务热线提供咨询。",
    "a gov.cn link in an app guide",
)
add(
    "app-apple-store-link",
    "iPhone用户可在App Store下载“国家反诈中心”：https://apps.apple.com/cn/app/id1552823102",
    "an App Store link is another host, no shop: warns",
    expect="warn",
    rule="link.other_host",
)
add(
    "app-version-notes",
    post(
        "“随申办”App 7.2.0版本更新说明：1.新增“一件事”专区；2.优化电子证照亮证功能；3.修复部分已知问题。"
        "iOS需13.0及以上系统，Android需8.0及以上系统。",
        "安装包大小：iOS版127.5MB，Android版98.2MB。",
    ),
    "version numbers and sizes in an app's notes",
)
add(
    "app-store-search-words",
    "在华为应用市场搜索“浙里办”，或在苹果App Store搜索“浙里办”下载安装。"
    "注册后可办理公积金提取、社保查询等两千余项服务。",
    "搜索 an app store, not a shop",
)
add(
    "app-store-taobao-search-warning",
    "反诈提醒：近期有不法分子冒充客服，诱导受害人“打开淘宝搜索某店铺退款”。"
    "正规平台退款无需您另外下载App或点击陌生链接，请提高警惕。",
    "a fraud warning quoting 打开淘宝搜索",
)

# ================================================================ security advisories naming schemes (clean)
add(
    "advisory-schemes-prose",
    post(
        "网络安全通报：国家计算机病毒应急处理中心监测发现，一批仿冒购物类应用通过伪造URL Scheme"
        "（如 taobao://、openapp.jdmobile://、pinduoduo:// 协议）劫持用户跳转，诱导用户在仿冒页面输入账号密码。",
        "防范建议：1.仅从官方应用商店下载应用；2.不要点击来历不明的链接；3.及时更新系统补丁。",
    ),
    "schemes named alone in an advisory",
)
add(
    "advisory-package-names",
    "本次检测的违规App包括：com.example.flashloan（版本2.1.0）、com.fake.taobaohelper（版本1.0.7）。"
    "正版淘宝的包名为com.taobao.taobao，抖音为com.ss.android.ugc.aweme，请注意辨别。",
    "Android package names in an advisory",
)
add(
    "advisory-intent-prose",
    "漏洞说明：部分App在处理 intent:// 形式的链接时未校验目标组件，攻击者可借此启动未导出的Activity。"
    "该漏洞编号为CNVD-2026-12345，危害等级为高危。",
    "intent:// named in prose with a CNVD number",
)
add(
    "advisory-kwai-scheme-table",
    "| 应用 | URL Scheme | 风险 |\n|---|---|---|\n| 快手 | kwai:// | 低 |\n| 抖音 | snssdk1128:// | 低 |\n"
    "| 小红书 | xhsdiscover:// | 低 |\n\n说明：表中Scheme仅用于说明跳转机制。",
    "schemes alone in a table's cells",
)
add(
    "advisory-weixin-scheme",
    "扫码说明：政务服务二维码统一使用微信“扫一扫”识别，或在浏览器中输入 weixin://dl/scan 打开扫一扫。",
    "weixin://dl/scan",
)
add(
    "advisory-tmall-word",
    "天猫（Tmall）是阿里巴巴旗下的购物平台。本案中，被告人在天猫开设网店销售假冒注册商标的商品，"
    "销售金额两百余万元，法院以销售假冒注册商标的商品罪判处其有期徒刑三年。",
    "Tmall named in court news",
)

# ================================================================ list marks (clean)
add(
    "listmark-divisions",
    "建立省、市、县、乡、村五级书记抓乡村振兴工作机制，形成上下联动、齐抓共管的工作格局。",
    "省、市、县、乡、村: five single characters with 、",
)
add(
    "listmark-party-gov",
    "党政军民学，东西南北中，党是领导一切的。要坚持党、政、军、民、学各方面统一领导。",
    "党、政、军、民、学",
)
add(
    "listmark-nei-wai",
    "加强对内、对外宣传工作，统筹内、外两个大局，做好内宣外宣一体化。",
    "内、外 in a list",
)
add(
    "listmark-characters-lesson",
    "识字课上，老师带领学生认读“山、水、田、土、石、木、火、禾”等八个字。",
    "a list of single characters in a reading lesson",
)
add(
    "listmark-dots-menu",
    "● 内部审计 ● 资金管理 ● 资料报送 ● 档案管理",
    "bullets between words: 内部 then 审计, 资料 then 报送",
)
add(
    "listmark-ministries",
    "会议由省发展改革委、财政、人社、住建、交通、水利、农业农村、商务、文旅、卫健等部门参加。",
    "a list of departments",
)
add(
    "listmark-internal-external-data",
    "强化内部、外部数据资源的统筹管理，推进政务数据、公共数据、社会数据融合应用。",
    "内部、外部数据资源",
)
add(
    "listmark-single-chars-with-zi",
    "公文用字要做到“准、简、明、实”，不用生僻字，慎用缩略语。",
    "准、简、明、实",
)
add(
    "listmark-six-elements",
    "安全生产“六要素”：人、机、料、法、环、测，缺一不可。",
    "人、机、料、法、环、测 (料 among single characters)",
)
add(
    "listmark-black-circles",
    "垃圾分类四色桶：●可回收物 ●有害垃圾 ●厨余垃圾 ●其他垃圾。",
    "black circles between words",
)
add(
    "listmark-bu-de",
    "文明用语“十不”：不、得、随、地、吐、痰——这样的拆字宣传标语不规范，应写作“不得随地吐痰”。",
    "不、得、随、地 (a 不得 phrase spelled out, not a marker)",
)
add(
    "listmark-nei-bu-ke",
    "单位内部、部门之间、资料共享三个环节要衔接顺畅。",
    "内部、部门之间、资料: words with a list mark, no single characters",
)

# ================================================================ multilingual (clean)
add(
    "arabic-hotline",
    "مرحبا بكم في ننغشيا! رقم الخدمة الحكومية: ١٢٣٤٥\n欢迎来到宁夏！政务服务热线：12345。",
    "Arabic text with 12345 in Arabic-Indic digits",
)
add(
    "arabic-date-landline",
    "التاريخ: ٢٠٢٦/١٢/٠٥ الهاتف: ٠٩٥١-٥٠١٢٣٤٥\n日期：2026年12月5日，电话：0951-5012345。",
    "an Arabic-Indic date and landline",
)
add(
    "arabic-rlm-mixed",
    "银川市外事办公室\u200fمكتب الشؤون الخارجية\u200f 地址：银川市金凤区12号。",
    "U+200F marks in a mixed Arabic/Chinese line",
)
add(
    "arabic-rle-embedding",
    "展会名称：\u202bمعرض الصين والدول العربية ٢٠٢٦\u202c（中国—阿拉伯国家博览会2026）将于9月举行。",
    "an Arabic title in an RLE embedding",
)
add(
    "arabic-rlo-name",
    "嘉宾名单：\u202eمحمد أحمد\u202c（埃及）、王明（中国）。",
    "an Arabic name in a U+202E override, brackets after the pop",
)
add(
    "arabic-rlo-brackets",
    "阿文标识：\u202e(مرحبا)\u202c，中文：欢迎。",
    "brackets inside a U+202E run around an Arabic word",
)
add(
    "uyghur-notice",
    "ئۈرۈمچى شەھەرلىك خەلق ھۆكۈمىتى ئۇقتۇرۇشى: 2026-يىل 12-ئاينىڭ 5-كۈنى. تېلېفون: 12345\n"
    "乌鲁木齐市人民政府通知：2026年12月5日。电话：12345。",
    "Uyghur text with digits",
)
add(
    "uyghur-phone-landline",
    "مەسلىھەت تېلېفونى: 0991-2345678\n咨询电话：0991-2345678",
    "a Uyghur line with an Urumqi landline",
)
add(
    "russian-notice",
    "Уважаемые гости! Телефон горячей линии: 12345. Время работы: 9:00—17:00.\n尊敬的游客：热线电话12345。",
    "Russian text with a hotline",
)
add(
    "cyrillic-decoration",
    "҈҈҈ 新年快乐 ҈҈҈\n2026年元旦假期为1月1日至1月3日，共3天。",
    "a line of U+0488 as decoration",
)
add(
    "devanagari-digits",
    "中尼友好交流周：काठमाडौं २०२६，活动时间12月5日至12月12日。",
    "Devanagari year beside a date range",
)

# ================================================================ more whole posts (clean)
add(
    "doc-full-notice",
    DOC_LEAD
    + "一、做好节日期间值班工作。各单位要严格落实24小时值班和领导干部带班制度，值班电话保持畅通。"
    "二、做好两节期间市场保供稳价工作。三、做好安全生产工作，重点加强对隧道、桥梁、防空洞等场所的安全检查。"
    "四、做好困难群众两节慰问工作，慰问标准为每户两千元。" + DOC_TAIL,
    "a 公文 with 两节, 防空洞, 两千元, 二〇二五年十二月五日",
)
add(
    "doc-contacts-table",
    "附件：各区值班电话\n\n| 区 | 值班电话 | 传真 |\n|---|---|---|\n| 东城区 | 010-64012345 | 010-64012346 |\n"
    "| 西城区 | 010-66012345 | 010-66012346 |\n| 朝阳区 | 010-65012345 | 010-65012346 |\n| 海淀区 | 010-82012345 | 010-82012346 |",
    "a table of landlines and fax numbers",
)
add(
    "doc-radio-callsigns",
    "防汛演练脚本：指挥部：“洞幺、洞幺，我是指挥部，请报告水位。”一号站：“指挥部，洞幺收到，"
    "当前水位两拐点三米，低于警戒水位。”指挥部：“收到，继续监测。”",
    "radio speech in a drill script: 洞幺, 两拐点三",
)
add(
    "doc-radio-callsign-pairs",
    "应急通信规范：呼号按“单位代码＋序号”编排，如“洞两”“洞三”“幺洞”“幺幺”“幺两”，"
    "数字读法统一为：1读“幺”，2读“两”，7读“拐”，9读“勾”，0读“洞”。",
    "a radio procedure listing the digit words",
)
add(
    "doc-radio-table",
    "| 数字 | 读音 |\n|---|---|\n| 0 | 洞 |\n| 1 | 幺 |\n| 2 | 两 |\n| 7 | 拐 |\n| 9 | 勾 |",
    "a table of radio digit words, each in its own cell",
)
add(
    "doc-railway-trains",
    "铁路部门通知：受降雪影响，12月5日G1272次、G1274次、D2279次列车停运，"
    "旅客可拨打12306铁路客服热线咨询。",
    "train numbers and 12306",
)
add(
    "doc-plate-numbers",
    "以下车辆请于12月10日前到交警大队接受处理：浙A·12345、浙A·6789X、浙B·2D017。咨询电话：0571-87651110。",
    "licence plates beside a landline",
)
add(
    "doc-postcode-address",
    "来信请寄：XX省XX市人民路12号XX市信访局，邮编：310006。来访接待时间：工作日9:00—12:00，13:30—17:00。",
    "an address with a postcode",
)
add(
    "doc-invoice-number",
    "发票代码：144032609110，发票号码：12345678。开票日期：2026年12月5日。金额：两千元整（¥2000.00）。",
    "invoice code and number, 两千元整",
)
add(
    "doc-uscc",
    "中标单位：XX市政工程有限公司，统一社会信用代码：91330106MA2KXXXX1Q（已脱敏）。中标金额：1,234,567.00元。",
    "a masked 统一社会信用代码 and an amount",
)
add(
    "doc-masked-mobile-radio",
    "中奖名单公示：张**，手机号138****5678；李**，手机号139****1234。",
    "masked mobiles",
)
add(
    "doc-masked-cn-zeros",
    "获奖人员联系方式：王某，手机号一三八〇〇〇〇五六七八（已脱敏）。",
    "a mobile in numerals whose middle is 〇〇〇〇. Expectation corrected after the first run (it"
    " said clean): in a run of numerals 〇 is the numeral zero, so this is 13800005678, a number"
    " that exists — only 〇 among ASCII digits (138〇〇〇〇5678) can be told for a mask",
    expect="block",
    rule="personal.mobile",
)
add(
    "doc-masked-cn-stars",
    "获奖人员联系方式：王某，手机号一三八＊＊＊＊五六七八（已脱敏）。",
    "a mobile in numerals masked with full-width stars (added after the first run, the twin of"
    " doc-masked-cn-zeros)",
)
add(
    "doc-lunar-dates",
    "农历二〇二五年腊月廿二（公历2026年2月9日）起，全市开展春节前安全大检查，为期两周。",
    "a lunar date in numerals beside a Gregorian one",
)
add(
    "doc-eleven-numeral-year-range",
    "一九四九年至二〇二六年，我市地区生产总值增长了两千多倍。",
    "two years in numerals, eight numerals, with 至 between",
)
add(
    "doc-numeral-list-of-years",
    "历次人口普查年份：一九五三、一九六四、一九八二、一九九〇、二〇〇〇、二〇一〇、二〇二〇。",
    "years in numerals separated by 、: 28 numerals in groups of four",
)
add(
    "doc-numeral-list-spaces",
    "抽签结果：一 两 三 四 五 六 七 八 九 十 号选手依次出场。",
    "numerals spaced one by one, 两 among them",
)
add(
    "doc-phone-12345-words",
    "有困难，找一二三四五！市民热线“一二三四五”全天候为您服务。",
    "12345 written in numerals",
)
add(
    "doc-mixed-liang-digits",
    "本次共抽检样品两批次、12个品种、120批，合格率99.2%。",
    "两批次 before digits",
)
add(
    "doc-gou-amounts",
    "生态补偿资金按“以奖代补”方式拨付，考核优秀的乡镇获奖励20万元，良好的获奖励10万元。"
    "勾稽关系：各乡镇合计数应等于全县总数1200万元。",
    "勾稽关系 beside amounts",
)
add(
    "doc-guai-yao-names",
    "本届运动会男子100米决赛中，来自拐子湖小学的选手以12秒07夺冠，幺店子中学选手获亚军。",
    "place names 拐子湖, 幺店子 beside a time",
)
add(
    "doc-dongting",
    "洞庭湖区2026年退田还湖面积两万亩，湖区水位12.7米，较去年同期偏高0.9米。",
    "洞庭湖 beside figures",
)
add(
    "doc-dongxiao",
    "洞悉民情、洞察民意，是做好群众工作的前提。今年以来，全区开展“走千村访万户”活动127场次。",
    "洞悉, 洞察",
)
add(
    "doc-dongtou-county",
    "洞头区位于浙江省温州市，辖区面积2862平方公里，其中陆域面积153平方公里，下辖两个街道、三个镇。",
    "洞头区 beside figures",
)
add(
    "doc-kilometer-posts",
    "事故路段位于G210国道K1279+200至K1279+900处，请绕行。",
    "kilometre posts with 7 and 9 digits",
)
add(
    "doc-id-masked-stars",
    "受助人：刘某，身份证号：310104********3688，救助金额两千元。",
    "a masked ID number",
)
add(
    "doc-order-seal",
    "行政处罚决定书编号：沪市监处罚〔2026〕2712026001227号。当事人：XX商贸有限公司。",
    "a long penalty number inside 〔〕…号",
)
add(
    "doc-library-isbn",
    "推荐书目：《乡土中国》ISBN 978-7-02-012345-6；《平凡的世界》ISBN 978-7-5302-1234-5。",
    "ISBNs",
)
add(
    "doc-bidi-arabic-paragraph",
    "\u202bيُعقد منتدى التعاون الصيني العربي في يينتشوان\u202c\n中阿合作论坛在银川举办，两国代表共127人参加。",
    "an Arabic paragraph embedded with U+202B",
)
add(
    "doc-rlo-harmless",
    "趣味科普：把“上海自来水来自海上”倒过来写，\u202e上海自来水来自海上\u202c，读起来一模一样。",
    "a palindrome in a U+202E run",
)
add(
    "doc-rlo-digits-year",
    "镜像数字游戏：\u202e2026\u202c倒过来是6202。",
    "digits of a year in a U+202E run",
)
add(
    "doc-cyrillic-sign-between-words",
    "活动口号：健康҉快乐҉平安",
    "U+0489 between words of a slogan",
)
add(
    "doc-enclosing-circle-digits",
    "投票结果：1⃝号方案得票127票，2⃝号方案得票98票。",
    "combining enclosing circles on list digits",
)
add(
    "doc-superscript-area",
    "新建公园面积12000m²，绿化覆盖率达到85%，人均公园绿地面积达15.2m²。",
    "superscript two in units",
)
add(
    "doc-fraction-digits",
    "按照“1+2+N”工作体系，全市建成1个市级中心、2个分中心和127个基层站点。",
    "1+2+N",
)
add(
    "doc-time-table",
    "开放时间表\n周一至周五：9:00—17:00\n周六：9:00—12:00\n周日：休息\n联系电话：12345转2",
    "a timetable and 12345转2",
)
add(
    "doc-bank-account-public",
    "捐款账户：户名：XX市慈善总会；开户行：中国工商银行XX支行；账号：1202 0212 0900 1234 567。",
    "a 对公 account in fours (19 digits, not a card)",
)
add(
    "doc-yao-gou-words",
    "乡村夜话：幺爸说，村里的路修好了，勾起了大家对老路的回忆。两口子商量着明年开个农家乐。",
    "幺爸, 勾起, 两口子",
)
add(
    "doc-numerals-eleven-words",
    "“一二三四五六七八九十”是学前班的第一课，孩子们还学会了两位数加减法。",
    "ten numerals and 两位数",
)
add(
    "doc-liang-numerals-dense",
    "两两相加：一加一等于二，二加二等于四，两百加两百等于四百。",
    "两两 and arithmetic in words",
)
add(
    "doc-liang-yao-mixed-count",
    "第一批两百一十二名、第二批一百二十七名志愿者已上岗。",
    "counts in numerals with 百/十",
)
add(
    "doc-digit-run-codes",
    "项目编码：2026-120500-48-01-012345。备案证号：2026-330106-12-03-098765。",
    "project codes with hyphens",
)

# ================================================================ must-catch twins
MOBILE = "13807924568"
MOBILE2 = "15927081234"
ID1 = id_number("11010519491231002")
ID2 = id_number("31010419851122368")
CARD = luhn("622202120000127903")  # 19-digit UnionPay

add(
    "catch-radio-mobile-after-label",
    post(
        TRAFFIC_LEAD,
        f"民警通过电台呼叫：“嫌疑人手机{radio(MOBILE)}，请各巡逻组注意。”",
    ),
    "a mobile in radio speech (洞 拐 勾 两 幺) after 手机",
    expect="block",
    rule="personal.mobile",
)
add(
    "catch-radio-mobile-grouped",
    f"寻人启事：如有线索，请联系家属，手机：{radio(MOBILE[:3])} {radio(MOBILE[3:7])} {radio(MOBILE[7:])}。",
    "a mobile in radio speech grouped 3-4-4",
    expect="block",
    rule="personal.mobile",
)
add(
    "catch-radio-mobile-no-label",
    f"两会期间代表驻地服务联系人王某{radio(MOBILE2)}，请及时联系。",
    "a mobile in radio speech with no label (幺五勾两拐洞八幺两三四). Corrected after the first"
    " run: the text said 请勿外传, an internal-use marker, which blocked too",
    expect="block",
    rule="personal.mobile",
)
add(
    "catch-radio-id",
    f"协查通报：被拐儿童母亲身份证号{radio(ID1[:-1])}X，请各地协查。",
    "an ID number in radio speech, X at the end",
    expect="block",
    rule="personal.id_number",
)
add(
    "catch-radio-id-2",
    f"经核实，当事人身份证号码为{radio(ID2)}。",
    "an ID number in radio speech",
    expect="block",
    rule="personal.id_number",
)
add(
    "catch-radio-card",
    f"补贴发放账户：银行卡号{radio(CARD)}，户名张某。",
    "a 19-digit card in radio speech",
    expect="block",
    rule="personal.bank_card",
)
add(
    "catch-zero-among-digits",
    "联系人：李老师，手机13〇12345678，报名截止12月10日。",
    "a mobile with one 〇 among digits",
    expect="block",
    rule="personal.mobile",
)
add(
    "catch-numerals-mobile-liang",
    f"防空洞管理员电话：{cn(MOBILE).replace('二', '两')}。",
    "a mobile in numerals with 两 for 2 and 〇 for 0",
    expect="block",
    rule="personal.mobile",
)
add(
    "catch-circled-mobile",
    f"溶洞景区导游预约：{circled(MOBILE)}",
    "a mobile in circled digits",
    expect="block",
    rule="personal.mobile",
)
add(
    "catch-keycap-mobile",
    f"🎉2️⃣0️⃣2️⃣6️⃣新年快乐！订餐请联系店长{keycap(MOBILE)}",
    "a mobile in keycaps after a keycap year",
    expect="block",
    rule="personal.mobile",
)
add(
    "catch-math-mobile",
    f"咨询手机：{math_bold(MOBILE2)}",
    "a mobile in mathematical bold digits",
    expect="block",
    rule="personal.mobile",
)
add(
    "catch-arabic-indic-mobile",
    f"هاتف: {arabic_indic(MOBILE)}\n联系人手机：见上。",
    "a mobile in Arabic-Indic digits",
    expect="block",
    rule="personal.mobile",
)
add(
    "catch-circled-list-then-mobile",
    f"①市供热办：0471-6951234\n②维修师傅手机：{MOBILE}\n③12345",
    "a mobile among office lines in a circled list",
    expect="block",
    rule="personal.mobile",
)
add(
    "catch-taobao-deeplink",
    post(
        "两会同款文创产品火热销售中！",
        "同款请点击 taobao://item.taobao.com/item.htm?id=712345678901 购买。",
    ),
    "a taobao:// link in text",
    expect="fixed",
    rule="ad.link_stripped",
)
add(
    "catch-tmall-deeplink",
    "景区文创店已入驻天猫：tmall://page.tm/shop?shopId=12345678",
    "a tmall:// link",
    expect="fixed",
    rule="ad.link_stripped",
)
add(
    "catch-jd-deeplink",
    'App内打开：openapp.jdmobile://virtual?params={"category":"jump","des":"productDetail","skuId":"100012345678"}',
    "openapp.jdmobile:// with its params",
    expect="fixed",
    rule="ad.link_stripped",
)
add(
    "catch-pdd-deeplink",
    "助农好物拼团：pinduoduo://com.xunmeng.pinduoduo/goods.html?goods_id=123456789",
    "pinduoduo://",
    expect="fixed",
    rule="ad.link_stripped",
)
add(
    "catch-douyin-deeplink",
    "看直播请戳：snssdk1128://live?room_id=7312345678901234567",
    "snssdk1128:// Douyin live room",
    expect="fixed",
    rule="ad.link_stripped",
)
add(
    "catch-kwai-deeplink",
    "快手主页：kwai://profile/12345678",
    "kwai://",
    expect="fixed",
    rule="ad.link_stripped",
)
add(
    "catch-xhs-deeplink",
    "小红书笔记：xhsdiscover://item/6571234567890abcdef12345",
    "xhsdiscover://",
    expect="fixed",
    rule="ad.link_stripped",
)
add(
    "catch-intent-link",
    "安卓用户点击：intent://item.taobao.com/item.htm?id=1#Intent;scheme=taobao;package=com.taobao.taobao;end",
    "an Android intent opening Taobao",
    expect="fixed",
    rule="ad.link_stripped",
)
add(
    "catch-shop-appid-card",
    '<p>年货节好物：</p><mp-miniprogram data-miniprogram-appid="wx91d27dbf599dff74" '
    'data-miniprogram-path="pages/item/detail/detail?sku=100012345678"></mp-miniprogram>',
    "a card with 京东购物's appid and no name",
    expect="block",
    rule="ad.share_code",
)
add(
    "catch-listmark-internal",
    "2026年度工作要点（内、部、资、料）\n一、加强组织领导。二、强化责任落实。",
    "内、部、资、料 spelled out with 、",
    expect="block",
    rule="secrecy.internal",
)
add(
    "catch-listmark-dots-internal",
    "内●部●资●料\n\n两会精神学习提纲",
    "内●部●资●料",
    expect="block",
    rule="secrecy.internal",
)
add(
    "catch-listmark-budewaichuan",
    "本材料不，得，外，传。\n两会期间代表驻地安排表",
    "不，得，外，传",
    expect="block",
    rule="secrecy.internal",
)
add(
    "catch-rlo-internal",
    "会议材料\u202e料资部内\u202c：两会期间安保方案",
    "内部资料 stored backwards in a U+202E run",
    expect="block",
    rule="secrecy.internal",
)
add(
    "catch-rlo-mobile",
    f"联系人：王某\u202e{MOBILE[::-1]}\u202c",
    "a mobile stored backwards in a U+202E run",
    expect="block",
    rule="personal.mobile",
)
add(
    "catch-cyrillic-enclosed-internal",
    "内҉部҉资҉料҉\n溶洞景区安全预案",
    "内部资料 with U+0489 after every character",
    expect="block",
    rule="secrecy.internal",
)
add(
    "catch-cyrillic-enclosed-mobile",
    "导游手机：" + "".join(d + "\u0488" for d in MOBILE),
    "a mobile with U+0488 after every digit",
    expect="block",
    rule="personal.mobile",
)

# ================================================================ second slice (not blind)
# Found probing the genres after the first run, with the code read: both failed on main.
add(
    "app-miniprogram-dongcheng",
    "东城区政务服务“掌上办”，请点击#小程序://北京东城/Qw12Er34 进入，可办理社保、医保、公积金等"
    "两百余项业务。",
    "北京东城区's mini-program: 北京东城 holds 京东 and blocked as a shop's (second slice)",
)
add(
    "app-miniprogram-nanjingdonglu-card",
    '<p>南京东路街道“一网通办”服务站已上线：</p>\n<mp-miniprogram data-miniprogram-appid="wx7a1b2c3d4e5f6a7b" '
    'data-miniprogram-nickname="南京东路街道" data-miniprogram-path="pages/index/index"></mp-miniprogram>',
    "a card of 上海南京东路街道 (南京东 holds 京东; second slice)",
)
add(
    "app-miniprogram-beijingdong-station",
    "春运期间，旅客可通过#小程序://北京东站服务/Ab12Cd34 查询候车室位置，或拨打12306咨询。",
    "北京东站 holds 京东 (second slice)",
)
add(
    "catch-miniprogram-jd-beside-place",
    "北京东城区年货节：#小程序://京东购物/Ab12Cd34 同款好物限时抢购。",
    "京东购物's mini-program beside 北京东城区 still blocks (second slice twin)",
    expect="block",
    rule="ad.share_code",
)
add(
    "app-miniprogram-best-team-vote",
    "2026年度“最美团队”评选网络投票开始啦！请点击#小程序://最美团队评选/Vt2026Ab 为您支持的团队投票，"
    "每人每天可投两票，投票截止12月20日。",
    "a voting mini-program named 最美团队评选: 美团 across 最美 and 团队 (second slice)",
)
add(
    "app-miniprogram-best-team-card",
    '<p>“最美团队”风采展示：</p><mp-miniprogram data-miniprogram-nickname="XX区最美团队" '
    'data-miniprogram-path="pages/vote/index"></mp-miniprogram>',
    "a card named XX区最美团队 (second slice)",
)
add(
    "app-miniprogram-tb-day",
    "3月24日是第31个世界防治结核病日。结核病（TB）是严重危害人民健康的慢性传染病，咳嗽、咳痰两周以上"
    "应及时就诊。自测风险请点击#小程序://终结TB行动/Tb2026Ab 。",
    "a mini-program named 终结TB行动: TB (tuberculosis) is a share text's spelling of 淘宝, which no"
    " registered name holds (second slice)",
)
add(
    "app-miniprogram-xiantao-card",
    '<p>仙桃市“一网通办”办事指南：</p><mp-miniprogram data-miniprogram-nickname="仙桃宝典" '
    'data-miniprogram-path="pages/guide/index"></mp-miniprogram>',
    "a card named 仙桃宝典 (仙桃, a city in Hubei): 桃宝 is a share text's homophone of 淘宝 (second slice)",
)
add(
    "catch-meituan-miniprogram",
    "两会同款美食，请点击#小程序://美团外卖/Ab12Cd34 下单。",
    "美团外卖's mini-program still blocks (second slice twin)",
    expect="block",
    rule="ad.share_code",
)
add(
    "app-english-jd-job-description",
    "Recruitment of Foreign Experts 2026. Please open the JD (job description) and copy your application"
    " code (Hr2026Ab3x) into the online form before 20 December. Enquiries: 12345.",
    "an English recruitment post: JD is the job description, and the application code a random-looking"
    " token (second slice)",
    xfail="the English share-text reader (red team 36) takes JD for the app beside `open` and `copy`,"
    " and the code's shape for a share code's; telling the job description's JD from JD's needs the"
    " sentence read, not done in this pass",
)
add(
    "advisory-package-tmall-kuaishou",
    "经检测，以下正版应用的安装包名称为：天猫 com.tmall.wireless，快手 com.smile.gifmaker，"
    "闲鱼 com.taobao.idlefish，百度 com.baidu.searchbox。仿冒应用常使用相近的包名，请注意辨别。",
    "Android package names the scan ended at a top-level domain (.tmall, .smile, .taobao, .baidu)"
    " warned as hosts com.tmall, com.smile… (second slice)",
)
add(
    "advisory-package-gov-apps",
    "个人所得税App的安卓包名为cn.gov.tax.its，请通过应用市场核对开发者信息后安装。",
    "a government app's package cn.gov.tax.its warned as the host cn.gov.tax (second slice)",
)
add(
    "catch-package-then-ad-link",
    "天猫（包名com.tmall.wireless）活动页：https://s.click.taobao.com/t?e=m%3D2",
    "an affiliate link beside a package name is still stripped (second slice twin)",
    expect="fixed",
    rule="ad.link_stripped",
)


# ---------------------------------------------------------------- whole posts
# A case shorter than a post gets its genre's opening and closing paragraphs, plain prose
# without figures, so that every case is read as the whole post an editor sends.
PADS = {
    "lianghui": (LIANGHUI_LEAD, LIANGHUI_TAIL),
    "traffic": (TRAFFIC_LEAD, TRAFFIC_TAIL),
    "cave": (CAVE_LEAD, CAVE_TAIL),
    "form": (FORM_LEAD, FORM_TAIL),
    "app": (APP_LEAD, APP_TAIL),
    "advisory": (
        "为切实保障广大网民合法权益，网信部门会同公安、工业和信息化等部门持续开展移动应用程序专项治理，"
        "督促应用分发平台落实主体责任，对违法违规应用及时予以下架处置。",
        "网信部门提醒广大用户：请从正规渠道下载应用，谨慎授予应用权限，发现违法违规行为可向有关部门举报。",
    ),
    "listmark": (
        "会议强调，要深入学习贯彻党的二十届三中全会精神，坚持稳中求进工作总基调，"
        "完整准确全面贯彻新发展理念，扎实推动各项工作落地见效。",
        "会议要求，各级各部门要强化责任担当，细化工作措施，加强协调配合，确保各项任务按期保质完成。",
    ),
    "date": (
        "为进一步推进政务公开标准化规范化建设，现将有关事项公告如下，请社会各界知悉并监督。",
        "本公告自发布之日起施行，由本机关负责解释。欢迎社会各界对本公告内容提出意见建议。",
    ),
    "liang": (
        "为切实维护消费者合法权益，市场监管部门持续加强民生领域价格和计量监管，"
        "畅通投诉举报渠道，营造安全放心的消费环境。",
        "市场监管部门提醒广大消费者，购物时注意索要并保存好购物凭证，遇到消费纠纷及时依法维权。",
    ),
    "doc": (
        "为进一步提升政务服务效能，方便企业和群众办事，现将有关情况通报如下。",
        "下一步，我们将持续优化服务流程，主动接受社会监督，不断提升群众的获得感和满意度。",
    ),
}
PADS["circled"] = PADS["parenthesized"] = PADS["dingbat"] = PADS["doc"]
PADS["keycap"] = PADS["math"] = PADS["fullwidth"] = PADS["doc"]
PADS["arabic"] = PADS["uyghur"] = PADS["russian"] = PADS["cyrillic"] = PADS["devanagari"] = (
    "为服务中外来宾，本届博览会提供多语种信息服务，主要公告同时以中文和相关语种发布。",
    "博览会组委会欢迎各国嘉宾莅临参观，共叙友谊，共谋发展。",
)
PADS["catch"] = PADS["doc"]
CLOSING = (
    "各有关单位要高度重视，加强组织领导，明确责任分工，认真抓好贯彻落实。"
    "工作中遇到的新情况新问题，请及时向主管部门报告。广大群众如有意见建议，"
    "可通过政府门户网站互动交流栏目反映，我们将认真研究，及时回复。"
)


def padded(case: dict[str, Any]) -> dict[str, Any]:
    """``case`` with its genre's paragraphs round a text shorter than a post."""
    if len(case["text"]) >= 200:
        return case
    lead, tail = PADS[case["id"].split("-")[0]]
    text = case["text"]
    if text.lstrip().startswith("<"):
        lead, tail = f"<p>{lead}</p>", f"<p>{tail}</p>"
    text = f"{lead}\n\n{text}\n\n{tail}"
    if len(text) < 200:
        more = f"<p>{CLOSING}</p>" if tail.startswith("<p>") else CLOSING
        text = f"{text}\n\n{more}"
    return {**case, "text": text}


HERE = Path(__file__).resolve().parent


def main() -> None:
    ids = [c["id"] for c in CASES]
    assert len(ids) == len(set(ids)), "duplicate ids"
    data = {"family": "redteam58_blind_new_readers_clean", "cases": [padded(c) for c in CASES]}
    out = HERE / "redteam58_blind_new_readers_clean.yaml"
    out.write_text(
        "# Generated by gen_redteam58.py — edit the generator, not this file.\n"
        + yaml.safe_dump(data, allow_unicode=True, sort_keys=False, width=1000),
        encoding="utf-8",
    )
    sys.stdout.write(f"{len(CASES)} cases -> {out.name}\n")


if __name__ == "__main__":
    main()
