"""Regenerate redteam68_blind_own_promotion.yaml (red-team pass 68, written blind).

The government's own promotion, in the tone of the platforms: 文旅 accounts' 种草 copy
(宝藏小城, 必打卡, 冲鸭, 门票半价, 限时免费, 扫码预约, 抢票攻略, a comment-section draw), 县长/书记
助农直播 reported and announced, 消费季/消费券 (领券, 满减, 数字人民币红包), 非遗文创 展销, 招商引资
推介, 农博会, 年货节, 夜经济, 演唱会 and 赛事 ticketing (官方购票渠道, 谨防黄牛), 景区 实名预约, 图书馆
and 博物馆 活动 (扫码报名, 名额有限, 先到先得), 12345 政务号 互动 (转发扩散, 关注我们), 招聘会 (扫码投递
简历) — short and long (a title, Markdown), which must stay clean unless docs/compliance.md
says the form warns whoever writes it (a prize for a share or a follow, a precondition of a
follow, a live stream's cart call with a second selling cue); the same genres with ONE planted
violation each; look-alikes both ways (a private shop posing as a 文旅 account). Written before
the checker or any other family was read (issue 12, docs/compliance.md, the corpus README and
number_makers.py only). Run from the repository root:
python tests/compliance/corpus/gen_redteam68.py
"""

from __future__ import annotations

import sys
from pathlib import Path

from case_table import CaseTable
from rule_ids import IDN, INT, LS, MARK, MOB, SC

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))
from number_makers import id_number

AW = "ad.wording"
FE = "wording.forced_engagement"
CODE = "￥AbCd1234XyZ￥"
WINNER_ID = id_number("32010219880516302")

TABLE = CaseTable("redteam68_blind_own_promotion")
case = TABLE.case
clean = TABLE.clean

OWN = (
    "the agency's own promotion of a public good, place or event (门票, 预约, 报名, 消费券, 展会): "
    "no shop, no seller's contact, no link — docs/compliance.md's ad.wording needs a shop search, "
    "a sales contact, a selling phrase or two selling cues beside an anchor"
)
ZHUNONG_REPORT = (
    "助农直播 reported: the sales are counted (销售额, 累计, 成交 — a report, docs' "
    "`live_reports.txt`), no call to buy"
)
CART_WARN = (
    "docs/compliance.md (red team 62): a 助农 stream's `小黄车下单…包邮` warns — 'this page exempts no "
    "government commerce, and 123号 bans commercial ads whoever sells'"
)
SHARE_PRIZE = (
    "docs/compliance.md forced engagement: a share or like with a reward after it (抽奖, 抽N名, 送… "
    "a prize) warns whoever asks — `转发本条微博并@三位好友即可参与抽奖` is a listed case"
)
FOLLOW_PRIZE = (
    "docs/compliance.md forced engagement: 关注 of an account (关注我们, 关注“…”) with a reward after "
    "it (抽N位, 送门票) warns; severity warn, a reviewer decides"
)
FOLLOW_GATE = (
    "docs/compliance.md: making a follow a precondition of a service (关注公众号后才能办理, 方可) "
    "warns even from an agency (123号)"
)

# ---------------------------------------------------------------- short, must stay clean
SHORT_CLEAN = [
    # 文旅 种草
    ("wl-baozang", "#宝藏小城# 藏在山里的千年古镇，青石板路、马头墙、一碗热乎的米粉，周末冲鸭！"),
    (
        "wl-menpiao-banjia",
        "好消息！12月1日至31日，全县A级景区门票半价，持本地身份证还可免费游览县博物馆。",
    ),
    (
        "wl-xianshi-mianfei",
        "限时免费！元旦三天，XX湿地公园对全体游客免费开放，每日限流8000人，扫码预约即可入园。",
    ),
    (
        "wl-saoma-yuyue",
        "扫码预约，错峰出游。预约入口：微信搜索“XX文旅”小程序，咨询电话0571-87012345。",
    ),
    (
        "wl-qiangpiao-gonglue",
        "冰雪节抢票攻略来了！门票12月15日10:00在“XX文旅”小程序开放预约，每人限约4张，实名入园。",
    ),
    (
        "wl-pinglun-choujiang",
        "你心中XX最美的冬天是哪一幕？评论区留言，我们将抽取3位粉丝送出景区门票2张。",
    ),
    (
        "wl-xiaohongshu",
        "被问爆的雪乡民宿攻略｜住在雾凇里是什么体验？❄️ 交通、住宿、线路一篇讲清，建议收藏～",
    ),
    (
        "wl-douyin",
        "跟着局长游XX：今天带大家走进古城夜市，糖画、油茶、非遗皮影，一口气逛到深夜！#跟着局长去旅行#",
    ),
    (
        "wl-weibo-topic",
        "#冬游XX# 第九届冰雪文化旅游节今日开幕，百项活动贯穿整个雪季，欢迎八方游客！",
    ),
    (
        "wl-chongya",
        "赏枫季来啦！满山红叶已进入最佳观赏期，周末的你还不冲鸭？景区周末实行限流，请提前预约。",
    ),
    # 助农
    (
        "zn-report-sales",
        "县长走进直播间为家乡脐橙代言，3小时直播累计销售额达126万元，带动320户果农增收。",
    ),
    ("zn-report-shuji", "村党支部书记化身主播，推介高山茶叶和土蜂蜜，当晚成交订单1.2万单。"),
    ("zn-dibiao", "XX脐橙是国家地理标志农产品，果大皮薄、酸甜适口，欢迎各地客商来我县洽谈采购。"),
    ("zn-yugao", "12月12日19:00，副县长将做客“XX融媒”视频号直播间，为家乡农特产品代言，敬请关注！"),
    ("zn-youzheng", "邮政公司开通农产品寄递绿色通道，全县设立42个村级寄递服务站，农户可就近交寄。"),
    # 消费季/消费券
    (
        "xf-lingquan",
        "第二轮消费券12月8日10:00开抢，市民可通过云闪付APP搜索“XX消费券”领取，满200减50。",
    ),
    ("xf-manjian", "本轮餐饮消费券分为满100减30、满200减60两档，每人限领1张，核销有效期7天。"),
    (
        "xf-ecny",
        "数字人民币红包来了！本次共发放10万个红包，每个50元，市民可在数字人民币APP报名参与摇号。",
    ),
    ("xf-xiaofeiji", "#XX消费季# 十大主题活动、百场促销让利、千家商户参与，12月起陆续开启。"),
    (
        "xf-jiadian",
        "家电以旧换新补贴继续实施，购买一级能效空调可享受售价15%的补贴，单件最高2000元。",
    ),
    (
        "xf-tips",
        "温馨提示：消费券仅限本人使用，不得转让、倒卖，严禁商户套现，发现违规将取消参与资格。",
    ),
    # 非遗/展销
    (
        "fy-zhanxiao",
        "非遗文创展销会本周六在市民广场举行，剪纸、竹编、蓝印花布等200余种非遗产品现场展示展销。",
    ),
    ("fy-wenchuang", "博物馆新推出“青铜纹样”系列文创，冰箱贴、书签、帆布包已在馆内文创商店上架。"),
    # 招商
    ("zs-tuijie", "XX经开区招商引资推介会在深圳举行，现场签约项目18个，总投资额126亿元。"),
    (
        "zs-zhengce",
        "新引进的先进制造业项目，按设备投资额给予最高10%的补助，欢迎企业来XX投资兴业，招商热线0571-86012345。",
    ),
    # 农博会/年货节/夜经济
    (
        "nb-nongbohui",
        "第十二届农博会开幕，600余家参展企业带来3000多种名优农产品，展期4天，免费入场。",
    ),
    (
        "nh-nianhuojie",
        "年货节来了！腊味、干果、手工糍粑应有尽有，活动期间部分商户推出满减让利，欢迎市民选购。",
    ),
    (
        "ye-yejingji",
        "夜经济点亮消费新场景：美食街营业至凌晨2点，周末有乐队驻唱和灯光秀，公交夜班线加密运行。",
    ),
    # 演唱会/赛事
    (
        "yc-goupiao",
        "演唱会门票将于12月10日12:00开售，请通过官方购票渠道购买，谨防黄牛，不要轻信转让信息。",
    ),
    (
        "yc-qiangpiao",
        "马拉松报名今日启动，名额有限，抽签确定参赛资格，请通过赛事官网报名，切勿相信“代抢名额”。",
    ),
    (
        "yc-huangniu",
        "公安机关提醒：演唱会实行实名制购票入场，票证人一致方可入场，切勿从黄牛处购票。",
    ),
    # 景区预约
    ("jq-shiming", "为保障游览安全，春节期间景区实行“实名预约、限量、错峰”，单日最大承载量3万人。"),
    ("jq-xianliu", "当前景区已达最大承载量，即时启动限流措施，请尚未出发的游客合理安排行程。"),
    # 图书馆/博物馆
    ("tsg-baoming", "周六亲子阅读会开始报名啦！扫码报名，名额有限，先到先得，报满即止。"),
    (
        "bwg-jiangjie",
        "博物馆“夜游古今”特别活动，每场限30人，扫描下方二维码报名，名额有限，先到先得。",
    ),
    (
        "tsg-huanshu",
        "图书馆推出“你选书，我买单”活动，读者在合作书店选书后可直接办理借阅，无需付费。",
    ),
    # 12345/政务号
    ("zw-zhuanfa", "这份寒潮防御指南请转发扩散，提醒家中老人注意防寒保暖！"),
    ("zw-guanzhu", "关注我们，第一时间获取停水停电、道路施工等权威信息。"),
    ("zw-12345", "有诉求，找12345！拨打12345热线或登录“XX12345”小程序，24小时受理。"),
    ("zw-dianzan", "为坚守岗位的环卫工人点赞！寒潮来袭，他们依旧凌晨4点出发。"),
    ("zw-huanying", "欢迎关注、点赞、转发，让更多人了解我们的家乡！"),
    # 招聘会
    ("zp-toudi", "春风行动专场招聘会：120家企业提供3500余个岗位，求职者可现场扫码投递简历。"),
    (
        "zp-zhibodaigang",
        "人社局直播带岗今晚开播，主播将逐一介绍岗位，求职者可通过直播间下方链接投递简历。",
    ),
]

for id_, text in SHORT_CLEAN:
    clean(f"short-{id_}", text, OWN)

# ---------------------------------------------------------------- short, docs say they warn
SLANG = (
    "corrected after the first run (expected clean): yyds and 绝绝子 are on govpub's opinion list by "
    "decision (redteam4a: internet slang that reads as the editor's emotion, 123号 四(二)); "
    "docs/compliance.md's wording.opinion row now names them. Severity warn: a reviewer decides"
)
case(
    "short-wl-bidaka",
    "来XX必打卡的5个机位，第3个绝绝子！景区实行实名预约，请提前在“XX文旅”小程序预约。",
    "warn",
    "wording.opinion",
    SLANG,
)
case(
    "short-wl-yyds",
    "XX的日落yyds！本周末天气晴好，观景台17:10左右最佳，停车场车位有限，建议绿色出行。",
    "warn",
    "wording.opinion",
    SLANG,
)
case(
    "short-zn-cart-baoyou",
    "今晚8点县长直播助农！点击左下角小黄车下单，XX脐橙产地直发，全国包邮。",
    "warn",
    AW,
    CART_WARN,
)
case(
    "short-zn-zhibojian-xiadan-baoyou",
    "助农直播间下单XX高山茶，拍下即发，全国包邮！",
    "warn",
    AW,
    "two selling cues (拍下, 包邮/下单) beside the anchor 包邮 — docs: `全国包邮，拍下立发` warns; "
    "an agency's 助农 call is no exception (red team 62)",
)
case(
    "short-wl-follow-prize",
    "关注“XX文旅”并在评论区留言，抽取3位粉丝送出冰雪节门票！",
    "warn",
    FE,
    FOLLOW_PRIZE,
)
case(
    "short-wl-share-prize",
    "转发本条微博并@3位好友，即可参与抽奖，送温泉门票2张！#冬游XX#",
    "warn",
    FE,
    SHARE_PRIZE,
)
case(
    "short-wl-like-prize",
    "点赞本条视频，抽5位粉丝送景区年卡！",
    "warn",
    FE,
    "docs: a like with a reward after it (抽N名/位, 送… a prize) warns whoever asks",
)
case(
    "short-zw-follow-gate",
    "关注“XX发布”公众号后才能预约领取数字人民币红包。",
    "warn",
    FE,
    FOLLOW_GATE,
)

# ---------------------------------------------------------------- long posts (paragraph pools)
FOOTER = "\n\n---\n\n往期推荐\n\n编辑：李文　审核：王强\n\n点亮“在看”，把美好分享给更多人"

LONG = {
    "wenlv": (
        "# 宝藏小城｜这个冬天，一定要来XX看一场雪",
        [
            "说起冬天的浪漫，一定少不了一场雪。位于山区腹地的XX，海拔1200米，每年12月至次年2月"
            "都会迎来银装素裹的雪季。古镇、梯田、雾凇，每一帧都是壁纸，被网友称为“藏在深山里的"
            "宝藏小城”。",
            "## 必打卡的5个地方\n\n1. **云顶观景台**：看日出云海，建议7点前到达；\n2. **千年古镇**："
            "青石板路、马头墙，夜晚灯笼亮起氛围感拉满；\n3. **雾凇长廊**：气温低于零下5℃的清晨最容易"
            "遇见；\n4. **非遗工坊**：体验扎染、竹编，亲手做一件伴手礼；\n5. **温泉小镇**：泡着温泉看"
            "雪，太治愈了！",  # (first run: 绝绝子 here — see SLANG)
            "## 福利来啦\n\n12月1日至2026年2月28日，全县A级景区门票半价；雪季期间每周三为“市民日”，"
            "本市居民凭身份证免费游览。元旦当天XX湿地公园限时免费开放。",
            "## 预约指南\n\n景区实行实名预约、限量、错峰游览。游客可在微信搜索“XX文旅”小程序预约，"
            "每个证件每日限约1次。咨询电话：0571-87012345，投诉电话：12345。",
            "## 交通\n\n高铁XX站至古镇开通旅游专线，票价5元，首班7:00，末班19:00；自驾游客可导航至"
            "“古镇游客中心停车场”，雪天路滑请减速慢行，车上备好防滑链。",
            "你最想在哪个机位打卡？欢迎在评论区留言，我们将抽取3位粉丝，送出温泉门票2张，"
            "12月20日公布获奖名单。",
        ],
    ),
    "zhunong": (
        "# 县长当主播 脐橙“甜”出圈",
        [
            "12月10日晚，副县长张明走进“XX融媒”视频号直播间，化身“带货主播”，为家乡的XX脐橙代言。"
            "XX脐橙是国家地理标志保护产品，种植面积18万亩，年产量30万吨。",
            "“我们的脐橙果大皮薄、酸甜适口，一口下去全是汁！”直播中，张明现场剥橙、试吃，向网友"
            "介绍脐橙的种植环境和采摘标准。",
            "据统计，当晚直播持续3小时，观看人次达48万，累计销售脐橙26万斤，销售额达126万元，"
            "带动320户果农增收。",
            "近年来，我县大力发展农村电商，建成县级电商公共服务中心1个、村级服务站126个，"
            "培育本土电商主播300余名，开通农产品寄递“绿色通道”，让山里的好东西走出大山。",
            "县农业农村局负责人表示，下一步将持续打造“XX好物”区域公用品牌，完善冷链物流体系，"
            "推动更多地标农产品“触网”上行。",
        ],
    ),
    "xiaofei": (
        "# 第二轮消费券来了！领取攻略看这里",
        [
            "为促进消费回暖，激发市场活力，XX市将于12月8日启动“暖冬消费季”第二轮消费券发放，"
            "总额3000万元，涵盖餐饮、零售、文旅、家电四大类。",
            "## 领取时间\n\n12月8日、12月15日、12月22日每日10:00开放领取，数量有限，领完即止。",
            "## 领取方式\n\n市民打开云闪付APP，搜索“XX消费券”进入活动页面领取；也可在“XX发布”"
            "小程序首页点击“消费季”入口参与。",
            "## 券面额度\n\n| 类别 | 面额 | 使用门槛 |\n|---|---|---|\n| 餐饮 | 30元 | 满100元可用 |\n"
            "| 零售 | 50元 | 满200元可用 |\n| 文旅 | 100元 | 满300元可用 |\n| 家电 | 300元 | 满2000元可用 |",
            "## 温馨提示\n\n消费券自领取之日起7日内有效，逾期自动作废；每人每类限领1张，不得转让、"
            "倒卖；商户不得以虚假交易套取消费券资金，一经查实将取消参与资格。咨询电话：12345。",
            "此外，本轮同步发放数字人民币红包10万个，市民可于12月6日前在数字人民币APP报名，"
            "12月7日摇号，中签结果以短信通知。",
        ],
    ),
    "feiyi": (
        "# 非遗过大年｜第五届非遗文创展销会本周六开幕",
        [
            "由市文化广电旅游局主办的第五届非遗文创展销会将于12月13日至15日在市民广场举行，"
            "来自全市的86位非遗传承人将带来剪纸、竹编、蓝印花布、手工糍粑等200余种非遗产品。",
            "## 展会亮点\n\n- 非遗技艺现场展示，市民可零距离体验剪纸、扎染；\n- 博物馆文创专区首发"
            "“青铜纹样”系列新品；\n- 非遗美食街，一站品尝12种传统小吃；\n- 每晚19:00非遗皮影戏展演。",
            "## 参观信息\n\n时间：每日9:00—21:00；地点：市民广场（地铁2号线市民中心站B出口）；"
            "免费入场，无需预约。",
            "展销会期间，部分展位推出优惠让利，市民可使用“暖冬消费季”文旅消费券，满100元减20元。",
            "非遗是流动的文化记忆。希望大家走进展会，感受传统技艺之美，把“非遗年味”带回家。",
        ],
    ),
    "zhaoshang": (
        "# XX经开区2026年招商引资推介会成功举办",
        [
            "12月3日，XX经济技术开发区2026年（深圳）招商引资推介会举行，150余家企业代表参会。",
            "推介会上，经开区管委会负责同志围绕区位交通、产业基础、营商环境和政策支持作专题推介。"
            "经开区已形成新能源汽车零部件、电子信息、生物医药三大主导产业，2025年规上工业产值"
            "突破800亿元。",
            "## 政策支持\n\n1. 对新引进的先进制造业项目，按设备投资额给予最高10%的补助；\n2. 对总部"
            "型企业，给予最高1000万元落户奖励；\n3. 人才公寓拎包入住，子女入学统筹安排。",
            "现场签约项目18个，总投资额126亿元。欢迎广大企业家来XX投资兴业，共享发展机遇。",
            "投资咨询：经开区投资促进局，电话0571-86012345，地址：XX大道88号政务服务中心5楼。",
        ],
    ),
    "nianhuo": (
        "# 年货节开幕啦！逛吃买一站搞定",
        [
            "2026年“乐享年货节”于1月10日在会展中心开幕，展期10天，设置农产品、非遗老字号、"
            "食品百货、对口帮扶地区特产四大展区，参展企业500余家。",
            "## 逛展攻略\n\n- 1号馆：本地腊味、干果、手工糍粑；\n- 2号馆：对口帮扶地区的牦牛肉干、"
            "核桃、红枣；\n- 3号馆：中华老字号和非遗文创；\n- 室外：年味美食街、舞龙舞狮展演。",
            "活动期间，部分商户推出满减让利；市民可使用第三轮消费券，在展会内标有“消费券受理”"
            "标识的商户核销。",
            "交通提示：会展中心周边车位紧张，建议乘坐地铁1号线至会展中心站；展会期间公交增开2条"
            "接驳专线。",
            "市场监管部门将全程驻场，如遇价格欺诈、缺斤短两等问题，可拨打12315投诉。",
        ],
    ),
    "yejingji": (
        "# 夜经济｜今夜，来古城夜市“遛个弯”",
        [
            "华灯初上，古城夜市人头攒动。今年以来，我市打造10条特色夜间消费街区，夜市营业时间"
            "延长至凌晨2点。",
            "## 夜游路线推荐\n\n**线路一**：古城墙—灯光秀—美食街；**线路二**：滨江步道—音乐喷泉—"
            "夜游船；**线路三**：非遗街区—剧场—深夜书店。",
            "周五、周六晚，滨江广场有乐队驻唱和露天电影，免费观看。夜游船每晚19:00—22:00运营，"
            "船票可在“XX文旅”小程序预约。",
            "公交集团加密夜班线路6条，末班车延至23:30；城管部门设置临时停车点位2000个，夜间"
            "21:00后部分路段允许临时停车。",
            "食品安全、消防安全检查同步开展，让市民游客吃得放心、玩得安心。",
        ],
    ),
    "yanchanghui": (
        "# 演唱会购票指南｜认准官方渠道，谨防黄牛",
        [
            "12月31日跨年演唱会将在市奥体中心举行，预计观众4.5万人。为保障广大歌迷的合法权益，"
            "现将购票及观演有关事项提示如下。",
            "## 一、购票渠道\n\n门票将于12月10日12:00在官方授权票务平台开售。本次演出实行实名制"
            "购票、实名制入场，每个证件限购2张，门票售出后不退不换。",
            "## 二、谨防黄牛\n\n请勿通过社交平台、二手交易平台等非官方渠道购票，切勿轻信“内部票”"
            "“加价代抢”等信息，以免上当受骗。公安机关将依法打击倒卖门票等违法行为。",
            "## 三、交通出行\n\n演出当天，地铁3号线延长运营至次日1:00，奥体中心站临时封站时间以"
            "现场公告为准。",
            "## 四、入场须知\n\n观众须携带购票时登记的身份证件，提前2小时入场；禁止携带荧光棒以外的"
            "发光物品、自拍杆及专业摄影设备。咨询电话：0571-85012345。",
        ],
    ),
    "saishi": (
        "# 2026XX马拉松报名开启",
        [
            "2026XX马拉松将于3月22日鸣枪开跑，设全程马拉松、半程马拉松和健康跑三个项目，总规模"
            "3万人。",
            "## 报名时间\n\n12月8日10:00至12月18日18:00，报名人数超过规模时将抽签确定参赛资格，"
            "报名先后不影响中签结果。",
            "## 报名方式\n\n请通过赛事官网或“XX马拉松”官方小程序报名，赛事未授权任何第三方机构"
            "代报名，请勿轻信“代抢名额”“内部名额”等信息。",
            "## 参赛物品\n\n中签选手请于3月19日至21日凭身份证件到会展中心领取参赛包，不接受邮寄。",
            "赛事期间部分道路将实行交通管制，具体以交管部门发布的通告为准。",
        ],
    ),
    "jingqu": (
        "# 国庆假期景区预约出游提示",
        [
            "国庆假期临近，为保障游客安全有序游览，全市A级景区继续实行“限量、预约、错峰”措施。",
            "## 实名预约\n\n游客可通过“XX文旅”小程序或各景区官方公众号进行实名预约，凭身份证件"
            "入园；60岁以上老人、现役军人等可走绿色通道现场登记。",
            "## 限流措施\n\n各景区按最大承载量的75%控制接待人数，当瞬时客流接近上限时，将启动"
            "限流、分流措施，请游客服从现场工作人员引导。",
            "## 出行建议\n\n热门景区10:00—15:00为客流高峰，建议错峰出行；出发前关注景区发布的实时"
            "客流信息。",
            "游客在游览过程中遇到问题，可拨打文旅投诉热线0571-87012345或12345。",
        ],
    ),
    "tushuguan": (
        "# 周末去哪儿｜图书馆、博物馆12月活动合集",
        [
            "寒冬时节，不如走进图书馆、博物馆，给自己一个温暖的周末。本月全市公共文化场馆推出"
            "30余场免费活动。",
            "## 图书馆\n\n- **亲子阅读会**：每周六10:00，适合4—8岁儿童，每场限20组家庭；\n"
            "- **古籍修复体验课**：12月14日14:30，每场限15人。\n\n以上活动扫码报名，名额有限，"
            "先到先得。",
            "## 博物馆\n\n- **夜游古今**：12月20日19:00，每场限30人，讲解员带你夜探展厅；\n"
            "- **青铜器拓印**：适合10岁以上青少年。\n\n扫描下方二维码报名，报满即止。",
            "## 温馨提示\n\n所有活动均免费，报名成功后请按时参加；如无法参加，请提前1天取消，"
            "累计2次未到将暂停报名资格30天。",
            "活动咨询：市图书馆0571-88012345，市博物馆0571-88112345。",
        ],
    ),
    "zhengwu12345": (
        "# 12345热线11月诉求办理情况通报",
        [
            "11月，市12345政务服务便民热线共受理群众诉求8.6万件，按时办结率99.2%，满意率96.5%。",
            "## 热点诉求\n\n| 类别 | 件数 | 占比 |\n|---|---|---|\n| 供暖 | 1.8万 | 20.9% |\n"
            "| 物业 | 1.2万 | 14.0% |\n| 交通 | 0.9万 | 10.5% |",
            "入冬以来，供暖类诉求明显增多。热线对供暖不热问题实行“接诉即办”，2小时内联系、"
            "24小时内上门。",
            "群众可通过拨打12345、登录“XX12345”小程序、关注“XX12345”微信公众号等方式反映诉求。",
            "这份寒潮防御指南请转发扩散，提醒身边的老人和孩子注意防寒保暖。欢迎关注我们，"
            "获取更多权威信息。",
        ],
    ),
    "zhaopin": (
        "# 春风行动｜2026年首场大型招聘会来了",
        [
            "2月8日，“春风行动”大型招聘会将在人力资源市场举行，120家企业提供3500余个岗位，"
            "涵盖制造、物流、电商、餐饮、家政等行业。",
            "## 岗位速览\n\n- 普工：月薪5000—7000元，包食宿；\n- 电商运营：月薪6000—9000元；\n"
            "- 数控技术员：月薪7000—12000元；\n- 育婴员：月薪6000元起。",
            "## 求职方式\n\n现场求职者请携带身份证和简历；也可扫描岗位二维码在线投递简历，"
            "企业将在3个工作日内反馈。",
            "当晚19:00，人社局还将开展“直播带岗”，主播逐一介绍重点企业岗位，求职者可在直播间"
            "留言咨询。",
            "人社部门提醒：招聘会所有服务均免费，求职时请勿缴纳任何押金、培训费。咨询电话："
            "0571-89012345。",
        ],
    ),
    "nongbohui": (
        "# 第十二届农博会开幕 600余家企业参展",
        [
            "11月28日，第十二届中国（XX）农业博览会在国际会展中心开幕，展期4天，设置地标农产品、"
            "乡村振兴成果、数字农业等8个展区。",
            "本届农博会共吸引600余家企业参展，带来3000多种名优农产品，其中国家地理标志农产品86个。",
            "开幕当天，现场签约农业项目26个，签约金额58亿元；农产品现场交易额达2300万元。",
            "## 参观指南\n\n展会期间每日9:00—17:00对公众开放，免费入场，凭身份证件登记入场。",
            "农博会同步开设线上展馆，市民可通过“XX农博”小程序云上逛展。",
        ],
    ),
}

# which pool paragraphs make each long post (several per genre, in different orders)
LONG_PLANS = {
    "wenlv": [(0, 1, 2, 3, 4), (0, 2, 3), (1, 3, 4, 0), (0, 1, 3, 4)],
    "zhunong": [(0, 1, 2, 3, 4), (0, 2, 3), (1, 2, 4), (0, 2, 4)],
    "xiaofei": [(0, 1, 2, 3, 4), (0, 2, 4, 5), (0, 5, 4), (0, 1, 2, 3, 4, 5)],
    "feiyi": [(0, 1, 2, 3, 4), (0, 2, 3), (0, 1, 4)],
    "zhaoshang": [(0, 1, 2, 3, 4), (0, 2, 3, 4), (0, 1, 3)],
    "nianhuo": [(0, 1, 2, 3, 4), (0, 2, 4), (0, 1, 3)],
    "yejingji": [(0, 1, 2, 3, 4), (0, 2, 3), (0, 1, 4)],
    "yanchanghui": [(0, 1, 2, 3, 4), (0, 1, 2), (0, 2, 4)],
    "saishi": [(0, 1, 2, 3, 4), (0, 2, 4), (0, 1, 2)],
    "jingqu": [(0, 1, 2, 3, 4), (0, 2, 4), (0, 1, 3)],
    "tushuguan": [(0, 1, 2, 3, 4), (0, 1, 4), (0, 2, 3)],
    "zhengwu12345": [(0, 1, 2, 3), (0, 3, 4), (0, 1, 2, 3, 4)],
    "zhaopin": [(0, 1, 2, 3, 4), (0, 2, 4), (0, 1, 2, 3)],
    "nongbohui": [(0, 1, 2, 3, 4), (0, 2, 3), (0, 1, 4)],
}

# paragraphs whose presence changes the expectation of a whole long post
WARNS_WITH = {("wenlv", 5): None}  # the comment-section draw: no act of 123号 — stays clean


def long_post(genre: str, plan: tuple[int, ...], footer: bool) -> str:
    """A post of the genre: its title, the planned paragraphs and maybe an account's footer."""
    title, paragraphs = LONG[genre]
    body = "\n\n".join([title, *(paragraphs[i] for i in plan)])
    return body + (FOOTER if footer else "")


LONG_TEXTS: dict[str, str] = {}
for genre, plans in LONG_PLANS.items():
    for n, plan in enumerate(plans, 1):
        LONG_TEXTS[f"{genre}-{n}"] = long_post(genre, plan, footer=n % 2 == 1)

for key, text in LONG_TEXTS.items():
    assert 150 <= len(text) <= 1300, (key, len(text))
    clean(f"long-{key}", text, OWN + f"; a long post ({len(text)} characters)")

# the comment-section draw with no follow asked, inside a long post
clean(
    "long-wenlv-comment-draw",
    long_post("wenlv", (0, 1, 5), footer=True),
    OWN + "; a draw among comments asks no like, share, follow or download (docs' acts)",
)

# ---------------------------------------------------------------- long posts that warn by the docs
case(
    "long-zhunong-cart-call",
    long_post("zhunong", (0, 1), footer=False)
    + "\n\n今晚8点，副县长将再次走进直播间，点击左下角小黄车下单，产地直发，全国包邮！",
    "warn",
    AW,
    CART_WARN,
)
case(
    "long-wenlv-follow-draw",
    long_post("wenlv", (0, 1), footer=False)
    + "\n\n关注“XX文旅”公众号并转发本文，我们将抽取10位粉丝送出温泉门票！",
    "warn",
    FE,
    FOLLOW_PRIZE + "; a share too",
)
case(
    "long-xiaofei-follow-gate",
    long_post("xiaofei", (0, 1), footer=False)
    + "\n\n特别提醒：须先关注“XX发布”公众号后方可领取消费券。",
    "warn",
    FE,
    FOLLOW_GATE,
)

# ---------------------------------------------------------------- ONE planted violation each
PLANTS = [
    # (id, genre key, line, expect, rules, note)
    (
        "vx-private",
        "wenlv-1",
        "评论区：门票便宜出，加V：piao8866 私聊",
        "warn",
        AW,
        "a private seller's contact in the comments-style line: 加V： and an ID (docs: a spam spelling after 加)",
    ),
    (
        "vx-private-2",
        "yanchanghui-2",
        "网友@小鱼：有内场票，加V：yc20261231 私聊",
        "warn",
        AW,
        "a scalper's 加V contact planted under the agency's own anti-scalper guide",
    ),
    (
        "vx-private-3",
        "zhunong-1",
        "同款脐橙更便宜，加V：chengzi668 私聊拿货",
        "warn",
        AW,
        "a private seller's contact (加V, 私聊, 拿货) beside the 助农 report",
    ),
    (
        "vx-private-4",
        "nianhuo-1",
        "需要腊味礼盒的加V：lawei2026，私聊有惊喜价",
        "warn",
        AW,
        "a private seller's 加V contact in a 年货节 post",
    ),
    (
        "vx-private-5",
        "feiyi-1",
        "手工剪纸批发，加微信 jianzhi888 私聊，一件代发",
        "warn",
        AW,
        "加微信 with an ID and a sale word (一件代发)",
    ),
    (
        "taokouling",
        "xiaofei-1",
        f"同款家电更优惠：复制{CODE}打开淘宝",
        "block",
        SC,
        "a 淘口令 with its trigger",
    ),
    (
        "taokouling-2",
        "nongbohui-1",
        f"展会同款，复制{CODE}，打开京东即可下单",
        "block",
        SC,
        "a JD 口令 with its trigger",
    ),
    (
        "taokouling-3",
        "wenlv-2",
        "门票淘口令：€AbCd1234XyZ€",
        "block",
        SC,
        "a code after its name, between currency signs",
    ),
    (
        "taokouling-4",
        "nianhuo-2",
        f"年货礼盒{CODE}复制后打开淘宝",
        "block",
        SC,
        "a 淘口令 after a product name",
    ),
    (
        "ad-link",
        "feiyi-2",
        "文创同款：https://s.click.taobao.com/t?e=m%3D2abc",
        "fixed",
        LS,
        "a 淘宝联盟 affiliate link",
    ),
    (
        "ad-link-2",
        "zhunong-2",
        "脐橙礼盒购买：https://u.jd.com/AbCd12x",
        "fixed",
        LS,
        "a 京东联盟 link",
    ),
    (
        "short-link",
        "tushuguan-1",
        "报名链接：https://t.cn/A6xYz9Q",
        "fixed",
        LS,
        "a shortener link (t.cn): docs strip short links",
    ),
    ("short-link-2", "saishi-1", "报名入口 dwz.cn/AbC12x", "fixed", LS, "a bare shortener host"),
    (
        "short-link-3",
        "yejingji-1",
        "夜游船票：https://wxaurl.cn/AbCdEf12",
        "fixed",
        LS,
        "a mini-program URL Link: hides what it opens, stripped as a short link",
    ),
    (
        "share-prize",
        "wenlv-3",
        "转发本条微博并@3位好友，即可参与抽奖，送温泉门票2张！",
        "warn",
        FE,
        SHARE_PRIZE,
    ),
    (
        "share-prize-2",
        "nianhuo-3",
        "转发本文到朋友圈，截图即可抽取20位幸运粉丝送年货礼包。",
        "warn",
        FE,
        SHARE_PRIZE,
    ),
    (
        "share-prize-3",
        "yejingji-2",
        "点赞并转发本条视频，抽3人送夜游船票！",
        "warn",
        FE,
        SHARE_PRIZE,
    ),
    (
        "follow-gate",
        "jingqu-1",
        "游客须关注“XX文旅”公众号后方可预约入园。",
        "warn",
        FE,
        FOLLOW_GATE,
    ),
    (
        "follow-gate-2",
        "tushuguan-2",
        "未关注本号的读者不予报名。",
        "warn",
        FE,
        "docs: after a negated follow, a refusal (不予受理) warns",
    ),
    ("mobile", "zhaopin-1", "招聘咨询：张老师 13812345678", "block", MOB, "a real mobile"),
    ("mobile-2", "jingqu-2", "景区值班电话：139 0571 2345", "block", MOB, "a mobile grouped 3-4-4"),
    (
        "mobile-3",
        "wenlv-4",
        "民宿预订请联系老板：158－1234－5678",
        "block",
        MOB,
        "a mobile with full-width hyphens",
    ),
    ("mobile-4", "saishi-2", "领物咨询：+86 186 1234 5678", "block", MOB, "a mobile after +86"),
    (
        "mobile-5",
        "zhaoshang-1",
        "投资联络人：王经理 15012345678",
        "block",
        MOB,
        "a mobile in place of the office's landline",
    ),
    ("internal", "zhaoshang-2", "（内部资料，注意保存）", "block", INT, "内部资料 as a note"),
    (
        "internal-2",
        "xiaofei-2",
        "附：第二轮消费券发放方案（内部资料）",
        "block",
        INT,
        "内部资料 in an attachment line",
    ),
    ("internal-3", "zhengwu12345-1", "内 部 资 料 请勿外传", "block", INT, "spaced 内部资料"),
    ("internal-4", "nongbohui-2", "以上签约数据为內部資料", "block", INT, "traditional 內部資料"),
    ("marking", "zhaoshang-3", "机密★1年", "block", MARK, "a 密级 marking on its own line"),
    (
        "id-number",
        "xiaofei-3",
        f"数字人民币红包中签公示：张某 {WINNER_ID}",
        "block",
        IDN,
        "an unmasked ID number in a 公示",
    ),
    ("cart-call", "zhunong-3", "明晚直播，点击左下角小黄车下单，全国包邮！", "warn", AW, CART_WARN),
    (
        "cart-call-2",
        "nongbohui-3",
        "展会同款，点击橱窗即可购买，拍下立发。",
        "warn",
        AW,
        "a showcase call with a second selling cue (docs: 点击橱窗即可购买)",
    ),
    (
        "shop-search",
        "nianhuo-1",
        "淘宝搜索“XX腊味旗舰店”领券下单，更优惠。",
        "warn",
        AW,
        "a shop search in a shopping app with 领券下单",
    ),
    (
        "shop-search-2",
        "feiyi-3",
        "京东搜索“XX非遗文创旗舰店”即可购买同款。",
        "warn",
        AW,
        "a shop search naming a 旗舰店 and a purchase",
    ),
    (
        "quanhoujia",
        "yejingji-3",
        "夜市同款小龙虾礼盒，券后价39.9元，私信下单！",
        "warn",
        AW,
        "a selling phrase (券后价) and 私信下单",
    ),
    (
        "pitch-two-cues",
        "xiaofei-4",
        "私信领取家电优惠券，先到先得，全国包邮！",
        "warn",
        AW,
        "two selling cues beside the anchor 私信 (docs: `私信领取优惠券，先到先得`)",
    ),
    (
        "opinion",
        "zhaopin-2",
        "小编觉得这家厂的待遇真是太坑了。",
        "warn",
        "wording.opinion",
        "小编 and 太坑: an opinion the account voices",
    ),
    (
        "forced",
        "zhengwu12345-2",
        "请全体干部职工务必转发本文至朋友圈并截图上报。",
        "warn",
        FE,
        "a demand (务必, 全体) on the agency's own staff to share",
    ),
    (
        "mobile-comment",
        "yanchanghui-3",
        "网友留言：转让两张内场票，电话13912345678",
        "block",
        MOB,
        "a mobile in a comments-style line",
    ),
    (
        "ad-link-comment",
        "wenlv-2",
        "网友@阿花：同款羽绒服 https://m.tb.cn/h.AbCdEf",
        "fixed",
        LS,
        "an affiliate short link in a comments-style line",
    ),
]

for id_, key, line, expect, rule, note in PLANTS:
    case(
        f"plant-{id_}",
        LONG_TEXTS[key] + "\n\n" + line,
        expect,
        rule,
        f"one planted violation: {note}",
    )

# ---------------------------------------------------------------- look-alikes, both ways
LOOK_WARN = [
    (
        "fake-wenlv-shop",
        "XX文旅优选店，正品包邮，加微信：wly8866",
        "a private shop posing as a 文旅 account: 加微信 with an ID and selling cues (正品, 包邮)",
    ),
    (
        "fake-zhunong",
        "县长推荐同款脐橙！拍下立发，全国包邮，先到先得。",
        "a seller borrowing a 县长's name: two selling cues beside 包邮",
    ),
    (
        "fake-xiaofeiquan",
        "消费券代抢，成功率高，加V：quan6688 私聊",
        "a paid 代抢 of vouchers with a 加V contact",
    ),
    (
        "fake-piao",
        "跨年演唱会内场票，加微信 piao2026 购买，价格私聊",
        "a scalper's contact and a sale word",
    ),
    (
        "fake-nianhuo",
        "年货节爆款礼盒，限时秒杀，私信下单，全国包邮",
        "anchors 秒杀/私信/包邮 with cues: a shop's copy",
    ),
    (
        "fake-feiyi",
        "非遗手工竹编，厂家直销，一件代发，招代理，加V：zhubian99",
        "a 微商's 代发/招代理 and 加V",
    ),
    (
        "fake-nongchanpin",
        "地标农产品产地直发，全国包邮，拍下48小时内发货，下单立减10元",
        "selling cues around 包邮",
    ),
    ("fake-zhibo", "点击左下角小黄车，脐橙9.9元抢购，拍下立发", "a streamer's cart call with cues"),
    (
        "fake-douyin-search",
        "淘宝搜索“XX文旅特产店”，领券后下单更划算",
        "a shop search with 领券/下单",
    ),
]
for id_, text, note in LOOK_WARN:
    case(f"look-{id_}", text, "warn", AW, f"look-alike that sells: {note}")

LOOK_CLEAN = [
    (
        "guanfang-qudao",
        "认准官方购票渠道，谨防黄牛加价，切勿添加陌生人微信购票。",
        "an agency's warning: official channel, 黄牛, a warning of 微信 purchase",
    ),
    (
        "dibiao-zhengpin",
        "认准“XX脐橙”地理标志专用标志，谨防假冒，保护地标品牌就是保护果农利益。",
        "地理标志 protection: 认准 without a shop",
    ),
    (
        "youzheng-baoyou",
        "邮政快递进村：村级寄递点收寄农产品，运费由县财政补贴一半。",
        "a subsidy for post, no shop",
    ),
    (
        "fanzha-daiqiang",
        "警惕“代抢消费券”骗局：凡是要求添加微信、先付费的代抢都是诈骗。",
        "a 反诈 warning naming the scam",
    ),
    (
        "fanzha-piao",
        "骗子常以“低价转让演唱会门票”为由，诱导添加微信后转账，请勿轻信。",
        "a warning quoting the scam (docs: a phrase quoted as a warning)",
    ),
    (
        "shichang-jianguan",
        "市场监管局查处一起网络直播虚假宣传案：某主播宣称“全网最低价”，被罚款5万元。",
        "a case report of a streamer's claim",
    ),
    (
        "wenlv-bangdan",
        "XX入选“2025年度十大宝藏旅游小城”，古镇、梯田、雾凇被网友称为“冬日顶流”。",
        "a ranking reported",
    ),
    (
        "zhaopin-saoma",
        "现场求职者扫码投递简历后，可凭回执参加企业面试，面试结果3个工作日内通知。",
        "扫码 for a job application",
    ),
    (
        "lingquan-shiyong",
        "领券后可在全市3000余家参与商户使用，具体商户名单可在“XX发布”小程序查询。",
        "领券 alone, no second cue (docs: 扫码领券后可在商户使用)",
    ),
    (
        "dianzan-xiangcun",
        "为乡村振兴点赞！今年全县农村居民人均可支配收入增长7.2%。",
        "点赞 as praise, no condition",
    ),
]
for id_, text, note in LOOK_CLEAN:
    clean(f"look-{id_}", text, f"look-alike that sells nothing: {note}")

clean(
    "look-fake-guanfang",
    "XX文旅官方合作商家：景区门票8折，扫码进群抢购，先到先得",
    "corrected after the first run (expected warn): one selling cue (先到先得) beside the anchor 抢购, "
    "and the docs' rules read a pitch from two; 合作商家 names a merchant but the words are those "
    "of a 文旅 account's own discounted tickets (门票8折, 进群, 先到先得) — the twin with a second "
    "cue, look-fake-guanfang-2, warns",
)
case(
    "look-fake-guanfang-2",
    "XX文旅官方合作商家：景区门票8折，扫码进群抢购，先到先得，拍下立发",
    "warn",
    AW,
    "second slice (not blind): the twin of look-fake-guanfang with a second cue (拍下)",
)

# the same texts in other fields: a Weibo text override and a title
clean("field-weibo-wenlv", SHORT_CLEAN[0][1], OWN + "; in a Weibo override", "overrides.weibo.text")
clean("field-title-xiaofei", "第二轮消费券12月8日开抢！满200减50", OWN + "; as the title", "title")
clean(
    "field-summary-yanchanghui", "认准官方购票渠道，谨防黄牛", OWN + "; as the summary", "summary"
)
case(
    "field-title-fake-shop",
    "XX文旅优选店 正品包邮 加微信wly8866",
    "warn",
    AW,
    "a private shop's title posing as a 文旅 account (加微信 + ID + 正品/包邮)",
    "title",
)

# ---------------------------------------------------------------- second slice (not blind)
# Written after the first run, probing the fix: a public voucher explains its guide's words (领券,
# 下单, 立减) in its sentence, and only those (govpub.compliance.sales_cues._voucher_guide_cues).
VOUCHER = (
    "second slice (not blind): a 消费券 notice — 领券 (an anchor and a cue) and 先到先得 warned "
    "ad.wording on main; the voucher named in the sentence explains its guide's words (领券, 下单, "
    "立减: data/voucher_names.txt, programme_guide_words.txt) and only those"
)
for id_, text in [
    ("voucher-kaiqiang", "第二轮消费券12月8日10点开抢，先到先得，领完即止，领券后7日内有效。"),
    ("voucher-huimin", "惠民券今日10时开领，每人限领一张，先到先得，领券入口：“XX发布”小程序。"),
    ("voucher-ecny", "数字人民币红包明日开抢，先到先得，领券后可在全市商户使用。"),
    ("voucher-jiadian", "家电消费券领券后下单即可立减，先到先得。"),
    ("voucher-qiche", "汽车消费券领券后到4S店下单，先到先得。"),
    ("voucher-third", "第三轮消费券今晚8点开抢，数量有限，先到先得，领券后7日内有效。"),
]:
    clean(f"s2-{id_}", text, VOUCHER)
clean(
    "s2-voucher-long",
    LONG["xiaofei"][0] + "\n\n" + LONG["xiaofei"][1][0] + "\n\n## 领取时间\n\n"
    "第二轮消费券12月8日10:00开抢，先到先得，领完即止，领券后7日内有效。" + FOOTER,
    VOUCHER + "; in a long post",
)
for id_, text, why in [
    (
        "voucher-shop",
        "本店支持消费券，领券下单，先到先得。",
        "a shop's word (本店) keeps every cue",
    ),
    (
        "voucher-seller",
        "消费券可用，领券下单，私聊先到先得。",
        "a seller's word (私聊) keeps every cue",
    ),
    (
        "voucher-other-cues",
        "国补叠加，领券下单，全场包邮。",
        "全场 and 包邮 are no voucher guide's words",
    ),
    (
        "voucher-now",
        "消费券领券后立即下单，先到先得。",
        "立即下单 is no guide's exact word; 先到先得 counts",
    ),
]:
    case(
        f"s2-{id_}",
        text,
        "warn",
        AW,
        f"second slice (not blind): the voucher explains only its guide's words — {why}",
    )
for id_, text, why in [
    (
        "voucher-cried-before",
        "文旅消费券开抢啦！领券满100减30，先到先得。",
        "the voucher is named in the cried sentence before the anchor's; only the anchor's sentence is "
        "read for it, and reading back past a cry would also read a shop's 消费券可用！ before its pitch",
    ),
    (
        "voucher-unnamed",
        "市民可在云闪付APP领券，满200减50，先到先得。",
        "no voucher is named in the sentence (the notice names it a sentence or a heading before); "
        "nothing explains 领券 beside 先到先得 — the same words a shop's coupon uses",
    ),
    (
        "voucher-qianggou",
        "餐饮消费券今晚8点限时抢购，先到先得。",
        "限时抢购 of a voucher: a 消费券 explains only its guide's words (领券, 下单, 立减); 限时抢购 "
        "explained by it would clear a shop's 消费券可叠加，限时抢购，先到先得 too",
    ),
]:
    case(
        f"s2-{id_}",
        text,
        "clean",
        None,
        f"second slice (not blind): a voucher notice; {why}",
        xfail=f"ad.wording warns: {why}",
    )
for id_, text in [
    ("tone-sanlian", "喜欢的话记得一键三连哦～ #宝藏小城# #冬日限定#"),
    ("tone-guanzhu", "点个关注，带你解锁更多XX宝藏地！"),
    ("tone-jinli", "转发这条锦鲤，祝大家新年好运！"),
    ("tone-kou1", "评论区扣1，抽3位宝子送门票🎫"),
    ("tone-sixin", "姐妹们，这家民宿老板人超好，私信我要地址～"),
    ("tone-yuanwen", "点击下方“阅读原文”，预约冬游专线。"),
    ("tone-nianhuo-zhuanfa", "年货节倒计时3天！逛展攻略请收好，转发给需要的朋友吧。"),
    ("tone-xiazai", "下载“XX文旅”APP，即可预约景区门票。"),
    ("tone-zhibo-report", "我县首届直播电商节开幕，30名网红主播现场带货，当天成交额2300万元。"),
    ("tone-xiaofengche", "直播带岗：点击直播间下方“小风车”即可投递简历。"),
]:
    clean(f"s2-{id_}", text, "second slice (not blind): a platform's tone, no act the docs count")
case(
    "s2-like-count-prize",
    "点赞最高的前三条留言将获得门票。",
    "warn",
    FE,
    "second slice (not blind): docs/compliance.md — a count of likes with a reward after it is a "
    "campaign (`点赞数达到100即可领取奖品`), whoever runs it",
)

# weekly digests of three genres each, 800–1,300 characters (second slice, not blind: the blind
# long posts came out at 170–570 characters)
DIGESTS = [
    ("digest-winter", ("wenlv", "xiaofei", "yejingji")),
    ("digest-farm", ("zhunong", "nongbohui", "nianhuo")),
    ("digest-culture", ("feiyi", "tushuguan", "yanchanghui")),
    ("digest-service", ("zhengwu12345", "zhaopin", "jingqu")),
    ("digest-invest", ("zhaoshang", "saishi", "xiaofei")),
]


def digest(genres: tuple[str, ...]) -> str:
    """A weekly digest: each genre's title as a section and its first three paragraphs."""
    parts = ["# 本周政务速递"]
    for genre in genres:
        title, paragraphs = LONG[genre]
        body = "\n\n".join(p.replace("## ", "### ") for p in paragraphs[:3])
        parts.append(title.replace("# ", "## ", 1) + "\n\n" + body)
    return "\n\n".join(parts) + FOOTER


for id_, genres in DIGESTS:
    text = digest(genres)
    clean(
        f"s2-{id_}",
        text,
        f"second slice (not blind): a weekly digest of {len(text)} characters; " + OWN,
    )

TABLE.write(
    __file__,
    "Red-team pass 68 (blind): the government's own promotion — gen_redteam68.py regenerates it",
    width=100,
)
