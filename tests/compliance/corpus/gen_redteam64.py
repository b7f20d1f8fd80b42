"""Regenerate redteam64_blind_platform_guides.yaml (red-team pass 64, written blind).

Government service guides that name commercial platforms for public services — 以旧换新 and
国家补贴 through 京东/美团/淘宝闪购, 消费券 in 支付宝/云闪付/美团, 社保/医保/公积金 through
城市服务 and mini programs, 12345, 文旅 accounts on 抖音/小红书, 直播带岗, 助农 live streams,
报名 QQ groups and 咨询微信, 反诈 warnings quoting the scams, market-supervision news naming
shops, 消费提示, 快递 pick-up codes, 电子发票 and 个税APP, the agencies' own accounts, hospital
booking, weather and traffic — which must stay clean; and their twins with an ad's intent (a
shop search with a coupon, 私信 for coupons, a 淘口令 or a shop's short link inside a guide, a
shop's cart, a paid 代抢 contact), which must be caught. Written before the checker or any
other family was read. Run from the repository root:
python tests/compliance/corpus/gen_redteam64.py
"""

from __future__ import annotations

import sys
from pathlib import Path

from case_table import CaseTable
from rule_ids import LS, SC

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))
from number_makers import uscc

AW = "ad.wording"
OP = "wording.opinion"
FE = "wording.forced_engagement"
CODE = "￥AbCd1234XyZ￥"
SHOP_USCC = uscc("91330106MA2H3K4L5")

TABLE = CaseTable("redteam64_blind_platform_guides")
case = TABLE.case
clean = TABLE.clean

GUIDE = (
    "a public-service guide naming the platform a subsidy or service runs on: the search word is "
    "the programme's name, not a shop or product — no commercial ad under 123号"
)
TRADEIN = (
    "以旧换新/国补 guide: the platforms are the channels the subsidy is paid through (商务部门公布的"
    "参与平台); an editor publishes this as a service, 123号's ad ban is not about it"
)
# --- 以旧换新 / 国家补贴 guides: clean ----------------------------------------------------------
clean(
    "tradein-jd-search",
    "打开京东APP搜索“以旧换新”，选择本地补贴专区，按页面提示完成实名认证后领取补贴资格。",
    TRADEIN,
)
clean(
    "tradein-jd-search-order",
    "消费者可打开京东APP搜索“以旧换新”，进入本地补贴专区领取资格，下单购买一级能效家电时立减。",
    TRADEIN,
)
clean(
    "tradein-meituan-taobao",
    "即日起，消费者可在美团、淘宝闪购领取国家补贴资格，购买手机、平板等数码产品享受15%的补贴。",
    TRADEIN,
)
clean(
    "tradein-taobao-search",
    "打开淘宝APP搜索“国家补贴”，选择所在城市后领取家电以旧换新补贴资格，每人每类限领一次。",
    TRADEIN,
)
clean(
    "tradein-pdd-search",
    "拼多多搜索“国补”进入活动页，选择所在省份领取补贴资格，在参与活动的商家下单即可抵扣。",
    TRADEIN,
)
clean(
    "tradein-tmall-search",
    "天猫搜索“以旧换新”，领取省级补贴资格后，购买参与活动的家电产品可享受补贴。",
    TRADEIN,
)
clean(
    "tradein-suning",
    "苏宁易购APP首页点击“以旧换新”专区，领取本地补贴资格后到线下门店核销。",
    TRADEIN,
)
clean(
    "tradein-yunshanfu",
    "通过云闪付APP搜索“汽车以旧换新”，填写报废车辆信息并上传材料，审核通过后补贴直接发放至本人银行卡。",
    TRADEIN,
)
clean(
    "tradein-wechat-mp",
    "也可在微信搜一搜“XX商务”小程序，进入“以旧换新”栏目查询参与活动的企业名单。",
    TRADEIN,
)
clean(
    "tradein-steps",
    "领取流程：1.打开京东APP；2.搜索“以旧换新”；3.选择“北京补贴”；4.完成实名认证后领取资格；5.下单时自动抵扣。",
    TRADEIN,
)
clean(
    "tradein-jd-haoyun",
    "此次活动由市商务局联合京东、苏宁、国美等平台开展，消费者在京东APP搜索“家电国补”即可参与。",
    TRADEIN,
)
clean(
    "tradein-meituan-shangou",
    "美团APP搜索“国家补贴”，在美团闪购下单购买手机数码产品，每件最高补贴500元。",
    TRADEIN,
)
clean("tradein-title", "市商务局：打开京东APP搜索“以旧换新”即可领取家电补贴", TRADEIN, "title")
clean(
    "tradein-qa",
    "问：在哪里领取补贴资格？答：可通过京东、天猫、美团等平台搜索“以旧换新”领取，也可到线下门店扫码领取。",
    TRADEIN,
)
clean(
    "tradein-alipay",
    "打开支付宝搜索“以旧换新”，进入“数码产品购新补贴”页面，按提示领取补贴资格。",
    TRADEIN,
)
clean(
    "tradein-douyin-mall",
    "抖音商城搜索“国家补贴”也可领取，补贴资格仅限本人使用，不得转让。",
    TRADEIN,
)
clean(
    "tradein-recycle",
    "旧家电回收可通过“爱回收”小程序预约上门，回收凭证上传后方可申领以旧换新补贴。",
    TRADEIN,
)
clean(
    "tradein-warning-resale",
    "补贴资格仅限本人实名使用，严禁倒卖补贴资格、虚构交易套取补贴，一经查实将追回补贴资金。",
    TRADEIN,
)

# --- 以旧换新 twins with an ad's intent: caught -----------------------------------------------
case(
    "tradein-code",
    f"家电国补来啦！复制{CODE}打开淘宝，领取以旧换新补贴，手慢无！",
    "block",
    SC,
    "a 淘口令 inside a 以旧换新 text: the code opens a promoter's page whatever the sentence says",
)
case(
    "tradein-code-guide",
    f"领取步骤：复制口令{CODE}，打开淘宝APP即可进入国补专区领取补贴资格。",
    "block",
    SC,
    "a 淘口令 in a guide's steps: the sharer's code earns a commission; it cannot be cut out of prose",
)
case(
    "tradein-ujd-link",
    "领取补贴资格请点击 u.jd.com/AbC12xY 进入京东以旧换新专区。",
    "fixed",
    LS,
    "a 京东联盟 short link in a guide: an affiliate link, stripped",
)
case(
    "tradein-mtb-link",
    "国补入口：https://m.tb.cn/h.5XyZaBc 打开后领取补贴资格。",
    "fixed",
    LS,
    "a 淘宝联盟 short link in a guide: stripped as an ad link",
)
case(
    "tradein-shop-search",
    "打开京东搜索“XX电器官方旗舰店”领券下单，国补叠加店铺优惠，到手价更低！",
    "warn",
    AW,
    "a shop search with 领券下单: the search names a shop, the sentence sells (ad.wording)",
)
case(
    "tradein-shop-search-tb",
    "淘宝搜索“XX家电旗舰店”，领取国补后再领店铺券，拍下立减200元。",
    "warn",
    AW,
    "a shop search with 拍下立减: selling phrases after a shop's name",
)
case(
    "tradein-miniprogram-jd",
    "领取国补资格：#小程序://京东购物/AbCd12x",
    "block",
    SC,
    "a 京东购物 mini-program link in text: a shop's mini program, blocked as a share code",
)

# --- 消费券 guides: clean --------------------------------------------------------------------
VOUCHER = (
    "消费券 guide: the government's vouchers are issued through the platform it contracted; naming "
    "the platform and the voucher's name is a service, not an ad"
)
clean(
    "voucher-alipay", "打开支付宝搜索“杭州消费券”领取，每人每轮限领一次，领取后7日内有效。", VOUCHER
)
clean("voucher-alipay-home", "支付宝首页搜索“惠民消费券”，进入领券页面后选择券种领取。", VOUCHER)
clean("voucher-ysf", "云闪付APP首页“XX惠民券”专区每天10点开抢，数量有限，领完即止。", VOUCHER)
clean(
    "voucher-ysf-search",
    "打开云闪付APP搜索“XX惠民券”，点击领取后在线下参与商户消费时使用。",
    VOUCHER,
)
clean(
    "voucher-wechat",
    "市民可通过微信搜一搜“XX消费券”小程序参与抽签，中签后券自动发放至微信卡包。",
    VOUCHER,
)
clean(
    "voucher-meituan",
    "餐饮消费券通过美团APP发放，打开美团搜索“郑州消费券”即可领取，满100元减30元。",
    VOUCHER,
)
clean(
    "voucher-meituan-dp",
    "文旅消费券可在美团、大众点评搜索“XX文旅消费券”领取，在全市A级景区和星级酒店使用。",
    VOUCHER,
)
clean(
    "voucher-jd",
    "家电消费券通过京东APP发放，消费者搜索“XX家电消费券”领取后，在活动商户下单使用。",
    VOUCHER,
)
clean(
    "voucher-rule",
    "本轮消费券共发放2000万元，分满200减50、满100减25两档，不找零、不兑现、不可转让。",
    VOUCHER,
)
clean(
    "voucher-time",
    "第二轮消费券于5月20日10:00在云闪付APP开抢，请市民提前更新APP并完成实名认证。",
    VOUCHER,
)
clean("voucher-title", "第三轮“惠民消费券”明日开抢！支付宝搜索“XX消费券”即可领取", VOUCHER, "title")
clean(
    "voucher-warning-scalper",
    "严禁“黄牛”代抢、倒卖消费券，不要轻信“加微信代抢消费券”等信息，谨防上当受骗。",
    VOUCHER + "; a warning that quotes the scalpers' line",
)
clean(
    "voucher-merchant",
    "参与商户名单可在“XX发布”微信公众号查询，商户收款时请引导消费者使用支付宝付款核销。",
    VOUCHER,
)
clean(
    "voucher-elm",
    "外卖消费券可在饿了么APP搜索“XX消费券”领取，在本市参与活动的餐饮商户使用。",
    VOUCHER,
)
clean(
    "voucher-qa",
    "问：消费券过期了怎么办？答：过期未使用的消费券自动失效并回收，将在下一轮重新投放。",
    VOUCHER,
)

# --- 消费券 twins: caught -------------------------------------------------------------------
case(
    "voucher-scalper",
    "第三轮消费券明天10点开抢，抢不到的加微信 qiang8899 代抢消费券，每张收费5元，包成功。",
    "warn",
    AW,
    "a paid 代抢 contact added to a 消费券 post: a sales contact (加微信 + ID + a sale)",
)
case(
    "voucher-red-code",
    "领完消费券别走，打开支付宝搜索 52012345 领红包，每天可领。",
    "block",
    SC,
    "a 红包码 after 支付宝搜索 in a 消费券 post: the sharer earns a commission",
)
case(
    "voucher-t-cn",
    "消费券领取入口：t.cn/A6xYz1Q，点击即可领取。",
    "fixed",
    LS,
    "a shortener in a guide: hides its page, stripped",
)
case(
    "voucher-shop-coupon",
    "领到消费券后，再去美团搜索“XX火锅旗舰店”领券下单，券后价仅需99元！",
    "warn",
    AW,
    "a shop search in 美团 with 领券下单 and 券后价: an ad after the guide",
)

# --- 社保 / 医保 / 公积金 via 城市服务 and mini programs: clean -----------------------------------
SOCIAL = (
    "社保/医保/公积金 guide through the platforms' 城市服务 or a mini program: a government service "
    "named in the search"
)
clean(
    "social-alipay-card",
    "打开支付宝搜索“电子社保卡”，按提示完成人脸识别即可领取，可用于就医购药、查询参保信息。",
    SOCIAL,
)
clean(
    "social-wechat-card",
    "微信搜一搜“电子社保卡”，或通过微信“城市服务”领取，领取后可在定点医疗机构扫码就医。",
    SOCIAL,
)
clean("social-gjj-mp", "微信搜一搜“XX公积金”小程序，登录后可办理公积金提取、查询缴存明细。", SOCIAL)
clean(
    "social-medical-code",
    "医保电子凭证可通过微信、支付宝“城市服务”激活，也可在国家医保服务平台APP激活。",
    SOCIAL,
)
clean(
    "social-ybjf",
    "城乡居民医保缴费：打开支付宝搜索“医保缴费”，选择参保地和年度后完成缴费。",
    SOCIAL,
)
clean(
    "social-ysf-yb",
    "也可通过云闪付APP搜索“城乡居民医保”缴费，缴费成功后可在“缴费记录”中查询。",
    SOCIAL,
)
clean(
    "social-pension",
    "养老保险资格认证可通过“掌上12333”APP或微信搜索“XX人社”公众号办理，全程刷脸，无需跑腿。",
    SOCIAL,
)
clean(
    "social-wechat-pay-yb",
    "门诊结算支持医保移动支付，患者在微信“医保支付”中绑定医保电子凭证后，挂号、缴费均可直接使用医保。",
    SOCIAL,
)
clean(
    "social-gjj-alipay",
    "公积金贷款进度可在支付宝搜索“XX住房公积金”查询，也可拨打12329热线咨询。",
    SOCIAL,
)
clean(
    "social-taxi-card",
    "社保卡激活金融功能：在微信搜索“XX社保”小程序，选择“社保卡服务—金融功能激活”。",
    SOCIAL,
)
clean(
    "social-jd-health",
    "异地就医备案可通过国家医保服务平台APP、“国家异地就医备案”小程序或支付宝城市服务办理。",
    SOCIAL,
)
clean("social-title", "电子社保卡怎么领？支付宝、微信搜一搜就能办", SOCIAL, "title")
clean(
    "social-steps",
    "操作步骤：①打开微信，点击“我—服务—城市服务”；②选择“社保”；③点击“电子社保卡”，完成人脸识别即可领取。",
    SOCIAL,
)
clean(
    "social-dianzi-jiazhao",
    "电子驾驶证可在“交管12123”APP申领，也可通过支付宝搜索“交管12123”小程序申领。",
    SOCIAL,
)
clean(
    "social-medicine",
    "医保个人账户家庭共济绑定：支付宝搜索“医保共济”，添加家庭成员后即可共同使用个人账户余额。",
    SOCIAL,
)

# --- 12345 and 政务服务 mini programs: clean -----------------------------------------------------
GOVMP = "a government hotline or 政务服务 mini program named in a platform: a service, no ad"
clean("gov-12345-mp", "市民可通过微信搜索“12345热线”小程序反映诉求，也可拨打12345热线电话。", GOVMP)
clean(
    "gov-12345-alipay", "支付宝搜索“12345”，进入“12345政务服务便民热线”小程序即可在线留言。", GOVMP
)
clean("gov-zwfw-mp", "在微信中搜索“国家政务服务平台”小程序，可查询全国一体化政务服务事项。", GOVMP)
clean("gov-yueshengshi", "“粤省事”小程序已上线1800余项服务，微信搜一搜“粤省事”即可使用。", GOVMP)
clean(
    "gov-zheliban",
    "打开支付宝搜索“浙里办”，在“出生一件事”中可一次办理出生医学证明、户口登记和医保参保。",
    GOVMP,
)
clean("gov-miniprogram-link", "办事入口：#小程序://国家政务服务平台/AbCdEf1", GOVMP)
clean(
    "gov-suishenban",
    "“随申办”APP及支付宝、微信小程序均可办理居住证签注，办理结果将通过短信通知。",
    GOVMP,
)
clean(
    "gov-www-link",
    "详情请登录国家政务服务平台（https://gjzwfw.www.gov.cn/）查询，或在支付宝搜索“国家政务服务平台”。",
    GOVMP,
)

# --- 文旅 posts: clean ----------------------------------------------------------------------
CULTOUR = (
    "文旅 post pointing readers to the bureau's own accounts on a platform: 抖音搜索 and 小红书搜索 "
    "of an agency's account are no shop search"
)
clean("tour-douyin", "想了解更多景区资讯，可在抖音搜索“XX文旅”，观看景区实时直播。", CULTOUR)
clean("tour-xhs", "小红书搜索“XX文旅”关注我们，获取最新旅游攻略和景区开放信息。", CULTOUR)
clean(
    "tour-douyin-live",
    "本周六晚8点，“XX文旅”抖音号将直播非遗灯会，届时可在抖音搜索“XX文旅”进入直播间观看。",
    CULTOUR,
)
clean(
    "tour-ticket-mp",
    "景区门票实行实名预约，游客可通过微信搜一搜“XX景区预约”小程序预约，预约成功后凭身份证入园。",
    CULTOUR,
)
clean(
    "tour-meituan-ticket",
    "景区门票可在景区官方小程序、美团、携程等平台预订，节假日期间请提前预约。",
    CULTOUR,
)
clean(
    "tour-free-ticket",
    "活动期间全国游客免费游览，需提前在“XX文旅”微信公众号预约，每日限流3万人。",
    CULTOUR,
)
clean("tour-bilibili", "纪录片《XX古城》已在哔哩哔哩、腾讯视频上线，欢迎收看。", CULTOUR)
clean("tour-kuaishou", "快手搜索“XX文旅”，可观看“跟着县长游XX”系列短视频。", CULTOUR)
clean(
    "tour-ctrip-data",
    "据携程、飞猪等平台数据，国庆假期我市酒店预订量同比增长35%，民宿预订量增长52%。",
    CULTOUR + "; platform data reported",
)
clean(
    "tour-voucher-hotel",
    "文旅惠民券可在美团搜索“XX文旅惠民券”领取，用于本市星级酒店住宿，满300元减100元。",
    CULTOUR,
)
clean("tour-title", "抖音搜索“XX文旅”，带你云游千年古镇", CULTOUR, "title")
clean("tour-weibo-topic", "欢迎在微博参与话题#跟着节气游XX#，分享您镜头里的XX之美。", CULTOUR)
case(
    "tour-lottery",
    "关注“XX文旅”抖音号并转发本条视频，即可参与抽奖赢取景区门票。",
    "warn",
    FE,
    "a follow and a share for a prize: forced engagement (warn), not an ad",
)
case(
    "tour-shop-cart",
    "XX文旅直播间今晚上架景区联票，点击小黄车抢购，原价198元，直播间秒杀价99元！",
    "warn",
    AW,
    "a ticket sale with 小黄车抢购 and 秒杀价: selling in the live room",
)

# --- 就业直播带岗: clean --------------------------------------------------------------------
JOBS = (
    "直播带岗: the job fair runs in a platform's live room; the cart or mini program holds posts, "
    "not goods — a public employment service"
)
clean(
    "jobs-douyin-mp",
    "“直播带岗”在抖音直播间进行，求职者可点击小程序投递简历，企业HR在线答疑。",
    JOBS,
)
clean(
    "jobs-cart", "求职者可点击直播间左下角“小黄车”查看岗位信息并投递简历，岗位信息实时更新。", JOBS
)
clean("jobs-fengche", "快手直播带岗期间，点击直播间左下角“小风车”即可查看岗位并在线报名。", JOBS)
clean("jobs-shipinhao", "本次招聘会同步在“XX人社”视频号直播，扫描下方二维码可预约直播。", JOBS)
clean(
    "jobs-count",
    "本场直播带岗共有68家企业参与，提供岗位1200余个，直播间累计观看12.6万人次，收到简历3200份。",
    JOBS,
)
clean("jobs-kuaishou-search", "快手搜索“XX就业”进入直播间，可查看企业岗位信息。", JOBS)
clean("jobs-title", "“直播带岗”今晚7点开播！点击小黄车即可投递简历", JOBS, "title")
clean(
    "jobs-cart-below",
    "岗位链接已挂在直播间下方购物车，点击即可查看岗位详情并投递简历，不收取任何费用。",
    JOBS,
)

# --- 助农 ---------------------------------------------------------------------------------
FARM = "助农: an announcement or report of a county's 助农 live stream, no buying call"
clean(
    "farm-county-head",
    "县长直播带货助力乡村振兴，3小时直播销售农产品120万元。",
    FARM + " (a report of sales)",
)
clean(
    "farm-announce", "本周五晚7点，副县长将走进XX农产品直播间，为本地脐橙代言，助力乡村振兴。", FARM
)
clean(
    "farm-report",
    "今年以来，全县开展助农直播86场，带动农产品线上销售额达3600万元，惠及农户2100余户。",
    FARM,
)
clean(
    "farm-training",
    "县商务局举办电商直播培训班，邀请专业讲师讲授短视频拍摄、直播带货技巧，120余名农户参加。",
    FARM,
)
clean("farm-brand", "“XX蜜柚”获评国家地理标志产品，今年通过电商平台销往全国28个省份。", FARM)
clean("farm-title", "县长变身“主播”，直播带货助力乡村振兴", FARM, "title")
case(
    "farm-cart-order",
    "县长直播带货助力乡村振兴！今晚8点XX县助农直播间，点击左下角小黄车下单，脐橙产地直发，全国包邮。",
    "warn",
    AW,
    "a 助农 stream with 小黄车下单 and 包邮 in an agency post: a buying call — 123号 bans it whatever "
    "the cause; warn so a reviewer decides (docs: a live cart with a selling cue warns)",
)
case(
    "farm-search-order",
    "直播间搜索“XX脐橙”即可下单购买，前100单送2斤装。",
    "warn",
    AW,
    "直播间搜索 with 下单购买: a sale",
)
case(
    "farm-pdd-shop",
    "拼多多搜索“XX县助农旗舰店”，拍下立减10元，产地直发包邮到家。",
    "warn",
    AW,
    "a shop search in 拼多多 with 拍下立减 and 包邮: a sale, even for 助农",
)

# --- 招聘 / 报名 with QQ groups and WeChat contacts: clean --------------------------------------
SIGNUP = (
    "报名/招聘 post with the office's QQ group or WeChat contact: an office's contact, nothing sold"
)
clean("signup-qq", "报名咨询QQ群：628391045，请报考人员入群时备注“姓名+报考岗位”。", SIGNUP)
clean(
    "signup-wechat",
    "咨询微信：xxrsj12333（工作日9:00—17:00回复），咨询电话：0571-87012345。",
    SIGNUP,
)
clean(
    "signup-wechat-id",
    "报名方式：添加工作人员微信 zgzx_bm2026，发送报名表电子版，工作人员审核后通知面试时间。",
    SIGNUP,
)
clean(
    "signup-qq-email",
    "报名材料请发送至邮箱 rsk@xx.gov.cn，考试相关通知将在考生QQ群（群号：731204568）发布。",
    SIGNUP,
)
clean(
    "signup-volunteer",
    "志愿者报名请扫描下方二维码加入微信群，或添加联系人微信：zyz2026xx，备注“姓名+社区”。",
    SIGNUP,
)
clean(
    "signup-course",
    "老年大学春季班报名：关注“XX老年大学”微信公众号，在“报名入口”选择课程，报名费每学期200元。",
    SIGNUP,
)
clean(
    "signup-wechat-group",
    "考生可加入2026年事业单位招聘考生咨询QQ群：589201634，群内不收取任何费用，谨防诈骗。",
    SIGNUP,
)
clean(
    "signup-sports",
    "马拉松报名通道将于3月1日开启，跑者可通过“XX马拉松”微信公众号或小程序报名，报名费100元。",
    SIGNUP,
)
clean(
    "signup-training-free",
    "免费技能培训报名：咨询微信：jypx2026，培训合格者颁发职业技能等级证书，全程不收费。",
    SIGNUP,
)
case(
    "signup-agent",
    "事业单位考试包过班，名额有限，先到先得！加微信 kaoshi8899 咨询报名，缴费即送内部资料。",
    "block",
    ["ad.wording", "secrecy.internal"],
    "内部资料 blocks, a marking even in a sale. First run expected ad.wording too: a wrong "
    "expectation then — the docs read a 微信 contact's sale in its own sentence, and 先到先得 and "
    "包过班 stand in the one before (加微信 kaoshi8899 咨询报名，缴费即送… sells nothing of the listed "
    "words). Since red team 65 包过 is a trade's selling word and an anchor "
    "(data/trade_anchors.txt): 事业单位考试包过班，名额有限，先到先得 is a pitch of its own",
)
case(
    "signup-shebao-agent",
    "代缴社保、补缴公积金，全国可办，加微信 sb8866 私聊，价格优惠。",
    "warn",
    AW,
    "a paid agent's contact: 加微信 + ID + 私聊/价格优惠",
)

# --- 反诈 warnings quoting the scams: clean ----------------------------------------------------
FRAUD = "反诈 warning that quotes the scam's words: a warning, nothing sold"
clean(
    "fraud-link-code", "不要点击陌生链接，不要复制来路不明的口令，不要向陌生人透露验证码。", FRAUD
)
clean(
    "fraud-quote-wechat",
    "骗子常以“加微信领取补贴”为由，诱导受害人下载会议软件共享屏幕，进而转走银行卡内资金。",
    FRAUD,
)
clean(
    "fraud-quote-redpacket",
    "警惕“打开支付宝搜索红包码领红包”类信息，此类信息多为推广引流，部分存在诈骗风险。",
    FRAUD,
)
clean(
    "fraud-quote-code-masked",
    "骗子发送“复制￥××××××××￥打开淘宝领取补贴”的信息，诱导点击后填写银行卡信息。",
    FRAUD,
)
clean(
    "fraud-subsidy",
    "近期出现冒充“以旧换新”官方客服的诈骗，声称“补贴未到账，加微信办理”，国补领取从不需要添加个人微信。",
    FRAUD,
)
clean("fraud-voucher", "消费券领取全部免费，凡是要求“先交手续费再代抢消费券”的都是诈骗。", FRAUD)
clean(
    "fraud-shebao",
    "社保卡升级、医保卡冻结都是骗局，正规渠道只有支付宝、微信搜索“电子社保卡”或人社部门官方APP。",
    FRAUD,
)
clean(
    "fraud-live",
    "警惕直播间“低价秒杀”陷阱：部分主播以“全网最低价”“限时抢购”为噱头诱导消费者私下转账交易。",
    FRAUD,
)
clean(
    "fraud-refund",
    "接到自称“淘宝客服”“京东客服”的电话称商品质量问题要退款，务必通过官方APP核实，切勿点击对方发来的链接。",
    FRAUD,
)
clean(
    "fraud-private-msg",
    "不要相信“私信领取优惠券”“扫码返现”等信息，更不要向对方提供银行卡号和验证码。",
    FRAUD,
)
clean(
    "fraud-part-time",
    "“刷单返利”是诈骗！凡是要求“先垫付、再返利”的刷单兼职都是诈骗，切勿轻信。",
    FRAUD,
)
clean("fraud-title", "警惕！“加微信代抢消费券”是骗局", FRAUD, "title")
clean(
    "fraud-96110",
    "如接到96110来电，请务必接听；遇到诈骗可拨打110报警，或下载“国家反诈中心”APP举报。",
    FRAUD,
)
clean(
    "fraud-wechat-report",
    "发现可疑网站或账号，可通过反诈举报微信：xxfzzx110 或“国家反诈中心”APP举报。",
    FRAUD,
)
case(
    "fraud-quote-code-whole",
    f"骗子发送“复制{CODE}打开淘宝领取国补”的信息，请勿点击。",
    "block",
    SC,
    "a warning that quotes the code itself: the code still opens the page (docs: quote the words, not the code)",
)

# --- market-supervision news naming shops and live rooms: clean ------------------------------
MARKET = "market-supervision news: a live-commerce violation named as an offence, not sold"
clean(
    "market-case-cart",
    "经查，当事人在抖音直播间宣称商品为“全网最低价”，诱导消费者点击小黄车下单，市场监管局依法对其立案查处。",
    MARKET,
)
clean(
    "market-case-shop",
    f"XX食品专营店（统一社会信用代码：{SHOP_USCC}）在淘宝店铺销售标签不合格的预包装食品，被处以罚款2万元。",
    MARKET,
)
clean(
    "market-case-coupon",
    "该网店以“领券立减”“限时秒杀”为名虚构原价，构成价格欺诈，被责令改正并罚款。",
    MARKET,
)
clean(
    "market-case-live",
    "某主播在直播带货中虚假宣传“3天美白”，点击小黄车下单量达1.2万单，已被移送公安机关。",
    MARKET,
)
clean(
    "market-case-pdd",
    "拼多多平台“XX旗舰店”销售的电动车头盔经抽检不合格，已责令下架并通报平台。",
    MARKET,
)
clean(
    "market-double11",
    "“双十一”期间，市场监管部门约谈淘宝、京东、拼多多等平台企业，要求规范促销行为，严禁先涨价后打折。",
    MARKET,
)
clean(
    "market-sampling",
    "本次抽检涉及京东、天猫等电商平台销售的儿童玩具43批次，不合格7批次，不合格产品及店铺名单见附件。",
    MARKET,
)
clean("market-title", "直播间诱导“点击小黄车抢购”，虚构原价被罚5万元", MARKET, "title")

# --- 消费提示: clean -----------------------------------------------------------------------
TIP = "消费提示: warns readers about sales tactics, sells nothing"
clean("tip-lowest", "理性消费，谨慎对待“全网最低价”“限时秒杀”等宣传，保留购物凭证。", TIP)
clean(
    "tip-presale", "参加电商平台预售活动时，注意定金与订金的区别，“定金不退”条款需看清再下单。", TIP
)
clean(
    "tip-live",
    "直播购物要选择正规平台，不要私下转账，不要脱离平台交易，遇到纠纷可拨打12315投诉。",
    TIP,
)
clean("tip-coupon", "商家“满减”“领券”规则复杂，消费者应仔细阅读活动规则，避免冲动消费。", TIP)
clean(
    "tip-prepaid",
    "预付式消费要谨慎，办卡前查看经营者资质，不要被“充值送优惠”“限时特价”冲昏头脑。",
    TIP,
)
clean("tip-title", "消费提示：“双十一”购物别被“全网最低价”忽悠", TIP, "title")

# --- 快递 guides: clean ---------------------------------------------------------------------
PARCEL = "快递 guide: the pick-up point and code are a service, not an ad"
clean(
    "parcel-cainiao",
    "校园快递统一投放至菜鸟驿站，同学们凭取件码（如5-2-3021）到驿站自助取件。",
    PARCEL,
)
clean(
    "parcel-jd", "京东快递已在本小区设置智能快递柜，收到取件码短信后可在24小时内免费取件。", PARCEL
)
clean("parcel-code", "取件码 5-2-3021，请于今日18:00前到菜鸟驿站领取，逾期将退回。", PARCEL)
clean(
    "parcel-postal", "冬季包裹量大，邮政、顺丰、京东快递等企业已在全市增设临时投递点42个。", PARCEL
)
clean(
    "parcel-tracking", "寄递政务文书可选择中国邮政EMS，运单号可在“中国邮政”微信公众号查询。", PARCEL
)
clean(
    "parcel-jd-tracking",
    "证件已通过京东快递寄出，运单号JDX012345678901，可在京东快递小程序查询物流。",
    PARCEL,
)
clean(
    "parcel-village",
    "村级寄递物流综合服务站已覆盖全县182个行政村，村民可就近寄取京东、中通、圆通等快递。",
    PARCEL,
)
clean("parcel-title", "菜鸟驿站、京东快递春节期间照常收派", PARCEL, "title")

# --- 电子发票 and 税务: clean -----------------------------------------------------------------
TAX = "税务/电子发票 guide: the tax app and invoice services are government services"
clean(
    "tax-app",
    "2025年度个税汇算已开始，纳税人可通过“个人所得税”APP办理，也可登录自然人电子税务局网页版。",
    TAX,
)
clean("tax-app-short", "个税APP上可以查询本人的收入纳税明细，如有异议可在线申诉。", TAX)
clean(
    "tax-invoice-alipay",
    "电子发票可在支付宝“发票管家”中查看，也可通过“全国增值税发票查验平台”查验真伪。",
    TAX,
)
clean(
    "tax-invoice-jd",
    "在京东、淘宝购买商品可申请开具数电发票，开具后可在个人所得税APP“票夹”中查看。",
    TAX,
)
clean("tax-wechat-mp", "微信搜一搜“XX税务”公众号，可预约办税、查询办税进度。", TAX)
clean(
    "tax-social-pay", "灵活就业人员社保费可通过微信搜索“XX税务”小程序或支付宝“城市服务”缴纳。", TAX
)
clean("tax-title", "个税汇算开始了！手把手教你用个税APP退税", TAX, "title")

# --- the agencies' own accounts: clean -------------------------------------------------------
OWN = "the agency's own accounts named by their handles: a 政务 account, no shop"
clean("own-douyin-id", "欢迎关注“XX发布”抖音号（抖音号：xxfabu），及时获取权威信息。", OWN)
clean(
    "own-matrix",
    "本局已开通微信公众号“XX市场监管”、微博“@XX市场监管”、抖音号“XX市场监管”、快手号“XX市场监管”和视频号“XX市场监管”。",
    OWN,
)
clean("own-kuaishou-id", "快手号：xxgaj110，每周三晚8点直播反诈课堂。", OWN)
clean("own-shipinhao", "视频号“XX发布”今晚7点直播新闻发布会，敬请关注。", OWN)
clean("own-xhs", "小红书号：XXwenlv2023，分享本地旅游攻略和非遗故事。", OWN)
clean("own-bilibili", "本馆B站账号“XX博物馆”已上线文物修复系列视频，欢迎关注。", OWN)
clean("own-weibo-at", "更多信息请关注@XX发布 官方微博，或拨打12345热线咨询。", OWN)
clean("own-footer", "XX发布｜微信公众号：xxfabu｜抖音号：xxfabu｜投稿邮箱：tougao@xx.gov.cn", OWN)

# --- hospital booking: clean ---------------------------------------------------------------
HOSP = "hospital booking through the hospital's own account or a health platform: a service"
clean("hosp-wechat", "患者可通过微信公众号“XX市人民医院”预约挂号，也可拨打114预约。", HOSP)
clean("hosp-alipay", "支付宝搜索“XX市第一医院”，进入小程序即可预约挂号、缴费、查看检查报告。", HOSP)
clean("hosp-jkm", "门诊实行分时段预约，请通过“健康XX”APP或微信小程序“XX预约挂号”预约。", HOSP)
clean(
    "hosp-vaccine", "HPV疫苗预约：微信搜索“XX疾控”公众号，点击“疫苗预约”选择接种门诊和时间。", HOSP
)
clean(
    "hosp-meituan",
    "夜间购药可通过美团买药、饿了么等平台下单，24小时药店名单见附件。",
    HOSP + "; a list of the night pharmacies' channels",
)
clean("hosp-title", "微信公众号“XX医院”可预约挂号啦", HOSP, "title")

# --- weather and traffic: clean ----------------------------------------------------------
TRAFFIC = "weather/traffic notice naming ride and map apps: a service notice"
clean(
    "traffic-bike",
    "受降雪影响，美团单车、哈啰单车已在部分路段暂停投放，请市民注意出行安全。",
    TRAFFIC,
)
clean(
    "traffic-didi",
    "机场夜间到港旅客可乘坐出租车或通过滴滴、高德打车等平台约车，机场巴士运营至凌晨1点。",
    TRAFFIC,
)
clean("traffic-map", "施工期间请绕行，可通过高德地图、百度地图查询实时路况。", TRAFFIC)
clean(
    "traffic-12123", "车辆年检可通过“交管12123”APP预约，也可在支付宝搜索“交管12123”办理。", TRAFFIC
)
clean(
    "traffic-metro", "地铁乘车码可在支付宝、微信搜索“XX地铁”小程序开通，乘车时扫码进站。", TRAFFIC
)
clean(
    "traffic-weather",
    "台风“XX”预计今晚登陆，外卖、快递平台已暂停部分区域配送，请市民减少外出。",
    TRAFFIC,
)

# --- more twins with an ad's intent ----------------------------------------------------------
case(
    "ad-dm-coupon",
    "私信小编领取优惠券，先到先得，下单立减30元！",
    "warn",
    [AW, OP],
    "私信 for coupons with 先到先得/下单 (ad.wording) — and 小编, an opinion marker",
)
case(
    "ad-jd-flagship",
    "打开京东搜索“XX旗舰店”领券下单，新人专享券后价仅需59元。",
    "warn",
    AW,
    "a shop search in 京东 with 领券下单 and 券后价",
)
case(
    "ad-cart-shop",
    "XX旗舰店直播间福利来袭，点击小黄车抢购，库存有限，拍下立减！",
    "warn",
    AW,
    "a shop's live room: 小黄车 with 抢购 and 拍下",
)
case(
    "ad-ujd-guide",
    "以旧换新攻略：打开 https://u.jd.com/Xy9AbC 领取资格后下单。",
    "fixed",
    LS,
    "a shop's short link with a scheme in a guide: stripped",
)
case(
    "ad-ujd-fullwidth",
    "补贴入口：ｕ．ｊｄ．ｃｏｍ／Xy9AbC",
    "fixed",
    LS,
    "a full-width 京东联盟 short link in a guide: stripped",
)
case(
    "ad-wechat-sale",
    "正品代购，全场包邮，微信：dg2026hk，私聊有惊喜价。",
    "warn",
    AW,
    "a sales contact: 微信 + ID with 代购/私聊",
)
case(
    "ad-tb-shop", "淘宝搜索“XX特产专营店”，下单即送小礼品。", "warn", AW, "a shop search with 下单"
)
case(
    "ad-meituan-group",
    "美团搜索“XX烤肉店”，团购套餐领券再减20元。",
    "warn",
    AW,
    "美团搜索 of a restaurant with 团购 and 领券",
)
case(
    "ad-code-voucher",
    f"消费券不够用？复制{CODE}打开淘宝领大额优惠券！",
    "block",
    SC,
    "a 淘口令 in a 消费券 post",
)
case(
    "ad-red-alipay",
    "打开支付宝APP搜“520123456”领红包，每天都能领。",
    "block",
    SC,
    "a 红包码 in 支付宝",
)
case(
    "ad-wxaurl",
    "领取国补资格：https://wxaurl.cn/AbCdEf12",
    "fixed",
    LS,
    "a mini-program URL Link hides which mini program it opens: stripped",
)
case(
    "ad-yellow-cart-title",
    "点击小黄车抢购国补家电，下单立减500元",
    "warn",
    AW,
    "a selling call in a title",
    "title",
)
case(
    "ad-livecart-job-sale",
    "直播带岗间隙上架好物，点击左下角小黄车下单，全国包邮。",
    "warn",
    AW,
    "a sale in a 直播带岗 stream: the cart sells goods",
)

# --- whole posts with a title -------------------------------------------------------------
POST = "a whole post as an agency publishes it: every platform named is a channel of a service"
clean(
    "post-tradein",
    "# 我市家电以旧换新补贴申领指南\n\n"
    "为贯彻落实国家大规模设备更新和消费品以旧换新政策，市商务局联合各电商平台开展家电以旧换新活动。\n\n"
    "一、线上申领：打开京东APP搜索“以旧换新”，选择“XX补贴”专区；或打开美团APP搜索“国家补贴”，"
    "在美团闪购领取补贴资格。领取资格后，在参与活动的商家下单购买一级能效家电，可享受产品销售价格15%的补贴。\n\n"
    "二、线下申领：到参与活动的门店，使用云闪付APP扫描店内补贴二维码领取。\n\n"
    "三、注意事项：补贴资格仅限本人使用，严禁倒卖；如有疑问请拨打12345热线。",
    POST,
)
clean(
    "post-voucher",
    "# 第二轮“惠民消费券”今日开抢\n\n"
    "本轮共发放消费券1500万元，市民可于今日10:00起打开支付宝搜索“XX消费券”领取，"
    "或在云闪付APP首页“XX惠民券”专区领取。每人限领一次，领取后7日内有效。\n\n"
    "温馨提示：消费券领取全程免费，请勿相信“加微信代抢”等信息，谨防诈骗。",
    POST,
)
clean(
    "post-jobs",
    "# “春风行动”直播带岗今晚开播\n\n"
    "3月6日19:00，市人社局将在“XX人社”抖音号开展直播带岗，32家企业提供岗位860个。"
    "求职者可在抖音搜索“XX人社”进入直播间，点击左下角“小黄车”查看岗位并投递简历，也可点击直播间小程序在线报名。"
    "本场招聘不向求职者收取任何费用。\n\n咨询电话：0571-87012345",
    POST,
)
clean(
    "post-fraud",
    "# 国补来了，骗子也来了！\n\n"
    "近期，不法分子冒充电商平台客服，以“国家补贴未到账”为由，要求消费者添加个人微信、下载陌生APP。"
    "警方提示：国补资格只能在京东、淘宝、美团等平台官方页面领取，不需要添加任何个人微信；"
    "不要点击陌生链接，不要复制来路不明的口令，不要向他人透露验证码。如遇可疑情况，请拨打96110咨询。",
    POST,
)
clean(
    "post-social",
    "# 电子社保卡领取指南\n\n"
    "方式一：打开支付宝搜索“电子社保卡”，按提示完成人脸识别后即可领取。\n"
    "方式二：打开微信，点击“我—服务—城市服务—社保”，选择“电子社保卡”领取。\n"
    "方式三：下载“掌上12333”APP领取。\n\n"
    "领取后可用于就医购药、查询参保信息、办理社保业务。",
    POST,
)
clean(
    "post-farm",
    "# 县长当“主播” 助农直播卖出脐橙50吨\n\n"
    "11月20日晚，XX县副县长走进助农直播间，推介本地脐橙、香菇等特色农产品。"
    "3小时直播吸引观众28万人次，销售农产品50余吨，销售额86万元。县长直播带货助力乡村振兴，"
    "已成为我县拓宽农产品销路的重要方式。",
    POST,
)
clean(
    "post-market",
    "# 市市场监管局公布5起直播带货违法典型案例\n\n"
    "案例一：XX服饰店在快手直播间宣称“全网最低价”“最后100件”，诱导消费者点击小黄车抢购，经查构成虚假宣传，被罚款5万元。\n\n"
    "案例二：XX食品旗舰店在抖音直播中虚构原价，以“领券立减”名义误导消费者，被罚款3万元。\n\n"
    "市场监管部门提醒：理性消费，谨慎对待“全网最低价”，遇到问题可拨打12315投诉举报。",
    POST,
)
clean(
    "post-tourism",
    "# 跟着非遗游XX 文旅惠民季启动\n\n"
    "即日起至10月31日，全市45家A级景区推出门票优惠。游客可在抖音搜索“XX文旅”、小红书搜索“XX文旅”关注获取攻略，"
    "文旅惠民券可在美团搜索“XX文旅惠民券”领取。景区实行实名预约，请提前通过“XX文旅”微信公众号预约。",
    POST,
)
case(
    "post-tradein-ad",
    "# 国补叠加店铺券，到手价再降！\n\n"
    "打开京东搜索“XX电器官方旗舰店”领券下单，国补15%再叠加店铺满减。"
    f"还没领资格的，复制{CODE}打开淘宝直接领！",
    "block",
    [AW, SC],
    "a whole post that sells under the 国补 banner: a shop search with 领券下单 (warn) and a 淘口令 (block)",
)

if __name__ == "__main__":
    TABLE.write(
        __file__,
        "generated by gen_redteam64.py (red-team pass 64, written blind); do not edit by hand",
        width=100,
    )
