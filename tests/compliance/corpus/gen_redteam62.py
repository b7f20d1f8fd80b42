"""Regenerate redteam62_blind_live_commerce.yaml (red-team pass 62, written blind).

Live-commerce calls (小黄车, 直播间搜索, 橱窗同款, 快手小店, 视频号小商店), the share texts,
口令 and short links of the apps the docs' examples do not name (快手, 小红书, 哔哩哔哩, 得物,
唯品会, 当当, 盒马, 点淘, 团购, 大众点评, 饿了么 吃货豆, 支付宝 吱口令 and 红包码, 云闪付) in the
body, the title and an image's alt text — and the government twins that hold the same words
and must stay clean: a 助农直播 announcement, the agency's own accounts and live streams,
anti-fraud notices quoting the scams, market-supervision news, a yellow car, a museum's
橱窗, a drill's 口令, a 消费券 policy. Run from the repository root:
python tests/compliance/corpus/gen_redteam62.py
"""

from __future__ import annotations

from case_table import CaseTable
from rule_ids import LS, SC

AW = "ad.wording"
SL = "ad.spelled_link"
CODE = "￥AbCd1234XyZ￥"

TABLE = CaseTable("redteam62_blind_live_commerce")
case = TABLE.case
clean = TABLE.clean


# --- live-commerce calls: commercial wording without a link (ad.wording, warn) -------------
LIVE = "live call without a link: 123号 bans commercial ads; ad.wording as a shop search is"
case(
    "yellow-cart-order", "今晚8点准时开播，点击左下角小黄车下单，前100名送赠品。", "warn", AW, LIVE
)
case("yellow-cart-link-no", "小黄车1号链接，拍下立减20元，库存有限。", "warn", AW, LIVE)
case("yellow-cart-poke", "戳下方小黄车，先领券再下单更划算！", "warn", AW, LIVE)
case("live-room-search", "直播间搜索“高山土蜂蜜”即可下单购买。", "warn", AW, LIVE)
case("live-room-search-plain", "进入直播间搜索：蜜桔礼盒，领券下单。", "warn", AW, LIVE)
case("showcase-same", "视频同款已上橱窗，点击橱窗即可购买。", "warn", AW, LIVE)
case("showcase-same-short", "橱窗同款，点击购买，今日包邮。", "warn", AW, LIVE)
case("douyin-id-coupon", "抖音号：shop8866 进直播间领券，下单立减。", "warn", AW, LIVE)
case("kuaishou-shop-search", "快手小店搜索“山里红特产”，下单即发货。", "warn", AW, LIVE)
case("channels-shop", "视频号小商店已上架，点击进店购买同款。", "warn", AW, LIVE)
case("cart-bottom-left", "点击视频左下角购物车，即可下单同款。", "warn", AW, LIVE)
case("seckill-link", "3号链接秒杀价9.9元，直播间专属，手慢无。", "warn", AW, LIVE)
case("live-exclusive", "直播间专属价，拍下立减，先到先得。", "warn", AW, LIVE)
case("douyin-search-shop", "抖音搜索“好物严选”进店领券购买。", "warn", AW, LIVE)
case("diantao-search", "点淘搜索“助农好物”进直播间下单。", "warn", AW, LIVE)
case("eleme-chihuodou", "打开饿了么搜索“吃货豆”领红包，下单立减。", "warn", AW, LIVE)
case("dianping-search", "大众点评搜索“老街火锅”领券，到店享8折。", "warn", AW, LIVE)
case("meituan-groupbuy-search", "美团搜索“城南烧烤”，团购套餐5折抢购。", "warn", AW, LIVE)
case("yellow-cart-title", "【直播预告】小黄车下单立减30元", "warn", AW, LIVE, "title")
case("live-room-title", "直播间搜索“脐橙”下单，包邮到家", "warn", AW, LIVE, "title")
case("yellow-cart-alt", "点击左下角小黄车下单", "warn", AW, LIVE, "image.alt")
case("showcase-alt", "橱窗同款，点击购买", "warn", AW, LIVE, "image.alt")
case(
    "gov-live-with-order",
    "县长助农直播今晚开播！直播间搜索“赣南脐橙”，点击小黄车下单，全国包邮。",
    "warn",
    AW,
    "a 助农直播 by a government account that tells readers to buy: the docs do not exempt "
    "government commerce (123号 不得刊登商业广告), so the call warns, as a shop search does",
)

# --- share texts with a code (ad.share_code, block) ----------------------------------------
SHARE = "a delimited 口令 with its 复制…打开<app> trigger: block as a 淘口令"
case("dewu-code", f"复制口令{CODE}打开得物APP，查看同款球鞋", "block", SC, SHARE)
case("vip-code", f"复制这段描述{CODE}后打开唯品会，特卖3折起", "block", SC, SHARE)
case("suning-code", f"复制{CODE}打开苏宁易购，领取家电补贴", "block", SC, SHARE)
case("dangdang-code", "复制口令打开当当APP：「AbCd1234XyZ」图书满100减50", "block", SC, SHARE)
case("hema-code", f"复制{CODE}打开盒马，鲜活海鲜限时特价", "block", SC, SHARE)
case("taote-code", f"复制{CODE}打开淘特，1元抢好物", "block", SC, SHARE)
case("diantao-code", f"复制{CODE}打开点淘APP，看主播同款", "block", SC, SHARE)
case("douyin-groupbuy-code", f"复制口令{CODE}打开抖音团购，领取双人套餐券", "block", SC, SHARE)
case("meituan-groupbuy-code", f"复制{CODE}打开美团，团购套餐5折", "block", SC, SHARE)
case("dianping-code", f"复制{CODE}打开大众点评，查看优惠团购", "block", SC, SHARE)
case(
    "eleme-chihuodou-code", "饿了么吃货豆口令：AbCd1234XyZ，复制打开饿了么领取", "block", SC, SHARE
)
case("alipay-zhi-code", "吱口令：AbCd1234XyZ 复制此消息打开支付宝领红包", "block", SC, SHARE)
case(
    "alipay-zhi-hash",
    "#吱口令#长按复制此条消息，打开支付宝领红包！AbCd1234XyZ",
    "block",
    SC,
    "Alipay's own 吱口令 share text: the code after the trigger",
)
case(
    "unionpay-coupon-code", "云闪付优惠券口令：AbCd1234XyZ，复制打开云闪付领取", "block", SC, SHARE
)
case("kuaishou-shop-code", f"复制口令{CODE}打开快手小店，查看宝贝详情", "block", SC, SHARE)
case("channels-shop-code", f"复制{CODE}打开视频号小商店，购买同款", "block", SC, SHARE)
case(
    "xhs-goods-code",
    f"复制{CODE}打开小红书，购买笔记同款商品",
    "block",
    SC,
    "was clean (小红书's own note shares carry a code, 😆 AbCd1234XyZ 😆, so the docs keep 小红书 "
    "alone out of the shopping apps); since lead127 (red team 127) a random code between two ￥ "
    "blocks by its signs alone, whatever app follows",
)
case("dewu-code-title", f"复制{CODE}打开得物", "block", SC, SHARE, "title")
case("vip-code-alt", f"复制{CODE}打开唯品会", "block", SC, SHARE, "image.alt")
case(
    "hema-code-fullwidth",
    "複製￥ＡｂＣｄ１２３４ＸｙＺ￥打開盒馬",
    "block",
    SC,
    SHARE + "; full width, traditional",
)

# --- red-packet search codes ----------------------------------------------------------------
RED = "a 红包码 searched for in a payment app: its sharer earns a commission"
case("alipay-home-search", "支付宝首页搜“123456”领红包，每天都能领", "block", SC, RED)
case("alipay-redcode-word", "打开支付宝搜索红包码 52012345 领取消费红包", "block", SC, RED)
case("alipay-home-search-title", "支付宝首页搜“888666”领红包", "block", SC, RED, "title")
case("alipay-home-search-alt", "支付宝首页搜“888666”领红包", "block", SC, RED, "image.alt")
case("unionpay-search-code", "打开云闪付APP搜索“88886666”领红包", "block", SC, RED + " (云闪付)")
case(
    "alipay-search-spaced",
    "支付宝搜 5 2 0 1 3 1 4 领大额红包",
    "block",
    SC,
    RED + "; spaced digits",
)

# --- short links and share texts with them (ad.link_stripped, fixed) -----------------------
LINK = "the app's short link hides its page: stripped as a short link"
KS = "https://v.kuaishou.com/AbCd12"
XHS = "http://xhslink.com/a/AbCd12XyZ"
B23 = "https://b23.tv/AbCd12X"
case("kuaishou-share", f"{KS} 复制此消息，打开【快手】直接观看！", "fixed", LS, LINK)
case("kuaishou-share-after", f"复制此消息，打开【快手】直接观看！{KS}", "fixed", LS, LINK)
case("xhs-share", f"复制后打开【小红书】查看笔记！{XHS}", "fixed", LS, LINK)
case("bili-share", f"【哔哩哔哩】XX县助农直播回放 {B23}", "fixed", LS, LINK)
case("bili-share-bare", "【哔哩哔哩】好物推荐 b23.tv/AbCd12X", "fixed", LS, LINK + "; no scheme")
case("tb-short", "直播同款：m.tb.cn/h.AbCd12", "fixed", LS, LINK)
case("jd-short", "橱窗同款 https://u.jd.com/AbCd12", "fixed", LS, LINK)
case("dpurl", "大众点评团购：http://dpurl.cn/AbCd12", "fixed", LS, LINK)
case(
    "meituan-short",
    "美团团购 https://t.meituan.com/AbCd12",
    "fixed",
    LS,
    "t.meituan.com is 美团's share short link (UNCONFIRMED): a short link hiding a 团购 page",
)
case(
    "douyin-short",
    "https://v.douyin.com/iAbCd12/ 复制此链接，打开抖音搜索，直接观看视频！",
    "fixed",
    LS,
    LINK,
)
case("kuaishou-bare", "快手看直播 v.kuaishou.com/AbCd12", "fixed", LS, LINK + "; no scheme")
case(
    "xhs-fullwidth",
    "小红书笔记：ｘｈｓｌｉｎｋ．ｃｏｍ/ａ/AbCd12",
    "fixed",
    LS,
    LINK + "; full width",
)
case("b23-ideographic", "B站链接：b23。tv/AbCd12X", "fixed", LS, LINK + "; ideographic full stop")
case(
    "kuaishou-ideographic",
    "快手：v.kuaishou。com/AbCd12",
    "fixed",
    LS,
    LINK + "; ideographic full stop",
)
case("b23-zwsp", "https://b2\u200b3.tv/AbCd12X", "fixed", LS, LINK + "; U+200B in the host")
case("xhs-traditional", f"複製後打開【小紅書】查看筆記！{XHS}", "fixed", LS, LINK + "; traditional")
case("bili-share-title", f"哔哩哔哩直播回放 {B23}", "fixed", LS, LINK, "title")
case("kuaishou-alt", f"快手直播间 {KS}", "fixed", LS, LINK, "image.alt")
case("xhs-alt", f"复制后打开【小红书】查看笔记 {XHS}", "fixed", LS, LINK, "image.alt")
case("tb-short-title", "小黄车同款 m.tb.cn/h.AbCd12", "fixed", LS, LINK, "title")
case("jd-short-alt", "u.jd.com/AbCd12 扫码购买", "fixed", LS, LINK, "image.alt")

# --- spelled short hosts (ad.spelled_link, block) --------------------------------------------
SPELL = "a listed short host spelled out for the reader to type"
case("xhs-spelled", "复制到浏览器打开：xhslink点com/a/AbCd12", "block", SL, SPELL)
case("b23-spaced", "B站：b23 . tv/AbCd12X", "block", SL, SPELL)
case("kuaishou-bracket", "v.kuaishou[.]com/AbCd12 进直播间", "block", SL, SPELL)
case("dpurl-middot", "点评团购：dpurl·cn/AbCd12", "block", SL, SPELL)

# --- must stay clean --------------------------------------------------------------------------
GOV = "a government post"
clean(
    "gov-agri-live-notice",
    "为助力乡村振兴，12月8日19:00，副县长将在县融媒体中心视频号开展助农直播，推介本县脐橙、"
    "蜂蜜等特色农产品，欢迎收看。",
    "a 助农直播 announced as news, with no purchase call, no link, no code: an event, not an ad",
)
clean(
    "gov-agri-live-report",
    "昨晚的助农直播吸引观众12万人次，累计销售农产品3.2万单，带动200余户农户增收。",
    "a report of the 助农直播's results: figures, not a call to buy",
)
clean("hotline-12345", "如有疑问，请拨打12345政务服务便民热线。", GOV)
clean(
    "hotline-12345-alipay",
    "也可在支付宝搜索“12345”小程序反映问题。",
    "the hotline searched for by its number (docs)",
)
clean(
    "fraud-kuaishou-quote",
    "警惕！骗子发来“复制此消息，打开【快手】领取现金红包”，切勿点击。",
    "a 反诈 warning quoting a share text without a code",
)
clean(
    "fraud-copy-code-quote",
    "反诈中心提醒：骗子发来“复制口令打开某APP领红包”，均为诈骗。",
    "a 反诈 warning quoting a scam with no code",
)
clean(
    "fraud-zhi-quote",
    "骗子以“吱口令领红包”为名，诱导受害人转账，请广大市民提高警惕。",
    "a 反诈 warning naming 吱口令",
)
clean(
    "fraud-masked-code",
    "骗子常发送“复制￥××××××××￥打开得物领补贴”的消息，请勿轻信。",
    "a 反诈 warning quoting a share text with its code masked (docs: clean)",
)
clean(
    "fraud-groupbuy",
    "国家反诈中心提醒：警惕“低价团购”骗局，不要向陌生人转账。",
    "团购 in an anti-fraud warning",
)
clean(
    "fraud-live-room",
    "有骗子诱导群众在直播间搜索“内部福利”并私下转账，请勿上当。",
    "an anti-fraud notice describing a scam's 直播间搜索",
)
clean(
    "fraud-redcode",
    "警惕“支付宝首页搜索领红包”类诈骗信息，凡是要求输入验证码的都是诈骗。",
    "a 反诈 warning naming a red-packet search, without a code",
)
clean("own-douyin", "欢迎关注“XX发布”抖音号，观看新闻发布会直播。", "the agency's own 抖音 account")
clean("own-douyin-id", "抖音号：xxfabu2024，欢迎关注。", "the agency's own 抖音号, no sale")
clean(
    "own-kuaishou-bili",
    "XX发布已入驻快手、哔哩哔哩，搜索“XX发布”即可关注。",
    "the agency's own platforms",
)
clean(
    "own-bili-search",
    "在哔哩哔哩搜索“XX发布”，观看发布会回放。",
    "own account searched for by name",
)
clean("own-xhs", "关注“XX发布”小红书账号，获取最新政务信息。", "own 小红书 account")
clean(
    "own-kuaishou-share",
    "复制此消息，打开【快手】直接观看！「XX发布」的作品",
    "the agency's own 快手 video share without a link or code (docs: clean)",
)
clean(
    "own-xhs-share",
    "复制后打开【小红书】查看笔记，了解最新政策解读。",
    "a 小红书 note share without a link or code (docs: clean)",
)
clean(
    "channels-press",
    "本次新闻发布会将在“XX发布”视频号同步直播，敬请关注。",
    "视频号 live stream of a 新闻发布会",
)
clean(
    "channels-live-room",
    "省政府新闻办在官方视频号直播间同步直播发布会。",
    "直播间 of a press conference",
)
clean(
    "market-case",
    "市市场监管局查处一起直播带货虚假宣传案，当事人在直播中宣称普通食品具有治疗功效，被罚款5万元。",
    "market-supervision news naming a 直播带货 case",
)
clean(
    "market-cases-yellow-cart",
    "部分主播诱导消费者点击小黄车下单购买“三无”产品，市场监管部门已依法立案查处。",
    "market-supervision news describing the 小黄车 call it punishes",
)
clean(
    "market-regulation",
    "视频号小商店、快手小店等平台内经营者应当依法公示营业执照信息。",
    "a regulation naming the shops",
)
clean(
    "market-typical", "通报5起直播带货违法典型案例。", "a title of market-supervision news", "title"
)
clean(
    "yellow-car-taxi",
    "一辆小黄车（黄色出租车）在路口与电动车相撞，无人员伤亡。",
    "小黄车, a real yellow car",
)
clean("yellow-car-bike", "共享单车“小黄车”退出本市后，车辆已全部清运。", "小黄车, ofo's bikes")
clean("yellow-car-school", "小黄车即校车，请家长接送孩子时注意避让。", "小黄车, a school bus")
clean("museum-showcase", "博物馆展厅橱窗内陈列着汉代铜镜和唐代陶俑。", "橱窗 in a museum")
clean("notice-showcase", "本通知同时在政务公开橱窗张贴。", "政务公开橱窗")
clean("museum-showcase-same", "与橱窗展品同款的复制品由文创中心研制。", "橱窗 and 同款 in a museum")
clean("fire-drill", "消防演练口令：一、二、三，全体撤离！", "口令 in a fire drill")
clean("drill-command", "军训中，学生们听从教官口令：立正、稍息、向右看齐。", "口令 in a drill")
clean(
    "coupon-policy", "我市将发放消费券红包500万元，市民可在云闪付APP领取。", "a 消费券 红包 policy"
)
clean("coupon-search", "打开云闪付APP搜索“消费券”参与抢券。", "a 消费券 searched for by name")
clean(
    "coupon-alipay",
    "市民可在支付宝搜索“杭州消费券”领取。",
    "a government coupon searched for by name",
)
clean("lost-found", "民警帮助群众找回遗失钱包，失而复得物归原主。", "得物 inside 复得物归")
clean("bell", "钟声当当响起，新年音乐会开幕。", "当当 as a sound")
clean("hema-news", "盒马鲜生门店食品抽检结果全部合格。", "盒马 in inspection news")
clean("meituan-riders", "美团骑手权益保障座谈会在市总工会召开。", "美团 in labour news")
clean(
    "dianping-news",
    "针对大众点评等平台刷单炒信问题，市场监管部门开展专项整治。",
    "大众点评 in enforcement news",
)
clean("kuaishou-idiom", "工作人员快手快脚，半小时完成物资分装。", "快手 in an idiom")
clean("b-building", "B23栋居民请于周六前完成核酸检测登记。", "B23 as a building")
clean("vip-word", "唯品会员服务中心？", "唯品 followed by 会员 is a sentence fragment, no trigger")
clean(
    "diantao-word",
    "他在集市上淘特产，一点淘来的老物件也舍不得卖。",
    "淘特 and 点淘 inside other words",
)
clean("chihuodou-news", "饿了么推出“吃货豆”积分，消协提醒注意规则变更。", "吃货豆 in consumer news")
clean(
    "anti-fraud-douyin-code",
    "骗子冒充客服，要求受害人复制口令打开抖音团购领取退款，实为诈骗。",
    "a 反诈 warning naming 抖音团购 without a code",
)
clean(
    "press-live-link-gov",
    "直播地址：https://www.gov.cn/zhibo/2026/xwfbh.htm",
    "a live stream on gov.cn",
)
clean(
    "live-room-news",
    "在直播间里，非遗传承人现场演示竹编技艺，吸引众多网友观看。",
    "直播间 in cultural news",
)
clean(
    "coupon-red-packet-alipay-service",
    "支付宝搜索“浙里办”，即可办理社保查询。",
    "a service searched for by name (docs)",
)
clean("redpacket-policy-title", "关于发放2027年春节消费红包的通知", "a 红包 policy title", "title")
clean("drill-alt", "消防演练现场，队员听口令集合", "口令 in an alt text", "image.alt")
clean("yellow-car-alt", "路口的小黄车", "a yellow car in an alt text", "image.alt")

# --- second slice (written after the first run, probing the new readers) -------------------
case(
    "alipay-zhi-after-reward", "长按复制此条消息，打开支付宝领红包：AbCd1234XyZ", "block", SC, SHARE
)
case("cart-poke-title", "点击下方购物车，拍下立减", "warn", AW, LIVE, "title")
case("unionpay-redcode", "云闪付首页搜索 52012345 领红包", "block", SC, RED + " (云闪付, 首页)")
case("alipay-redcode-object", "支付宝搜红包码：888666 天天领", "block", SC, RED)
clean(
    "cart-market-news",
    "消费者将商品加入购物车后下单，商家擅自取消订单，被市场监管部门依法查处。",
    "a shopping cart in enforcement news: a selling cue and a warning cue in the sentence",
)
clean(
    "showcase-museum-buy", "博物馆文创商店的橱窗里陈列着新品。", "橱窗 and a shop, no call to buy"
)
clean(
    "alipay-open-pay",
    "打开支付宝扫一扫，扫描缴费通知书上的二维码即可缴纳医保费。",
    "打开支付宝 for a service",
)
clean(
    "alipay-open-code-label",
    "复制订单号（ZF2026Ab0001），打开支付宝查询缴费记录。",
    "a labelled order number near 打开支付宝",
)
clean(
    "live-room-orders",
    "助农直播间当晚下单量突破3万单。",
    "直播间 and 下单 in a report: 直播间 is no anchor",
)
clean("meituan-search-service", "打开美团搜索“社区食堂”查看营业时间。", "美团搜索 without a sale")
clean("dianping-open", "打开大众点评查看景区游客评价。", "打开大众点评 without a code")
clean("hema-open-code", "打开盒马APP后，在“我的”页面查看订单。", "打开盒马 without a code")
clean(
    "fraud-zhi-quoted-masked",
    "骗子发来“#吱口令#长按复制此条消息，打开支付宝领红包！××××”，请勿相信。",
    "a 反诈 warning quoting a 吱口令 text with its code masked",
)

# --- review of red team 62 (fix62): false findings of the new readers, found on main --------
PAY = (
    "a review of red team 62: 支付宝 and 云闪付 are no general trigger apps (a service's number "
    "is copied before opening them); their codes count only as 吱口令/口令 or in 支付宝's own "
    "长按复制…领红包 text"
)
clean(
    "fix62-alipay-social-security",
    "打开支付宝，搜索“电子社保卡”，复制业务号【SBk2026AbCd】查询。",
    PAY,
)
clean(
    "fix62-alipay-pay-id", "请复制缴费识别码（Sb2026AbCd01），打开支付宝“城市服务”完成缴费。", PAY
)
clean("fix62-alipay-tax-serial", "复制申报序号 GsDk2026Ab01 后打开支付宝搜索“个人所得税”。", PAY)
clean("fix62-alipay-acceptance", "复制受理号 SBk2026AbCd01，打开支付宝查询办理进度。", PAY)
clean("fix62-alipay-application", "打开支付宝搜索“浙里办”，输入申请号【Zlb2026AbCd】查看。", PAY)
clean("fix62-unionpay-coupon-codes", "复制券码/活动码/兑换码【XfQ2026AbCd】，打开云闪付领取。", PAY)
clean(
    "fix62-unionpay-activity",
    "打开云闪付APP，搜索“惠民消费券”，活动码【XfQ2026Ab】，每人限领一次。",
    PAY,
)
REWARD = (
    "a review of red team 62: 领红包 leads to a code only in 支付宝's own share text (吱口令 or "
    "长按复制 first); a scam warning's quote and a campaign's name are not (a quoted "
    "复制口令…打开淘宝 with a code still blocks: the whole trigger, as before)"
)
clean(
    "fix62-fraud-alipay-reward",
    "警惕！骗子常发送“打开支付宝领红包！AbCd1234XyZ”等消息，请勿点击。",
    REWARD,
)
clean(
    "fix62-fraud-taobao-reward",
    "警惕！骗子常发送“打开淘宝领红包！AbCd1234XyZ”等消息，请勿点击。",
    REWARD,
)
clean("fix62-unionpay-campaign", "打开云闪付领红包活动「XfQ2026AbCd」已于今日启动。", REWARD)
WORD = "a review of red team 62: a word that holds a new app's name (not_apps)"
clean(
    "fix62-word-dewu",
    "复制成功经验，让困难群众及时获得物资保障【MzBz2026Ab】。",
    WORD + ": 获得物资",
)
clean("fix62-word-dangdang", "复制经验做法，打造响当当的品牌【PinPai2026Ab】。", WORD + ": 响当当")
CART = (
    "a review of red team 62: a cart counts as a selling cue only beside a call to press it "
    "(点击, 左下角, 链接…), and sales figures (累计, 成交, 销售额, 12万单) make a report"
)
clean(
    "fix62-procurement-cart",
    "采购人登录政采云电子卖场，将所需商品加入购物车，确认无误后下单。",
    CART + "; a procurement guide",
)
clean(
    "fix62-procurement-market",
    "预算单位在网上超市选择商品加入购物车并提交订单，下单后供应商应在24小时内确认。",
    CART + "; a procurement guide",
)
clean(
    "fix62-festival-yellow-cart",
    "本届直播电商节，“市长带货”直播间通过小黄车累计下单12万单，销售额3000万元。",
    CART + "; festival news",
)
clean(
    "fix62-festival-cart",
    "本次直播电商节期间，市民可通过购物车下单，累计下单金额超3亿元。",
    CART + "; festival news",
)
clean(
    "fix62-festival-seckill",
    "本次活动共有2000家视频号小商店参与，直播间秒杀活动累计成交5亿元。",
    CART + "; festival news",
)
case(
    "fix62-alipay-long-press-bracket",
    "长按复制此条消息，打开支付宝领红包：【AbCd1234XyZ】",
    "block",
    SC,
    "a review of red team 62 (a guard, blocked before too): 支付宝's own text still blocks",
)
case(
    "fix62-alipay-code-name",
    "支付宝口令：AbCd1234XyZ，复制后打开支付宝",
    "block",
    SC,
    "a review of red team 62 (a guard, blocked before too): <app>口令 for 支付宝",
)


# --- final review of today's fixes (fix63): misses of fix62's readers, found on main ------------
DECOY = "the final review (fix63): a decoy 小黄车 read first no longer hides the call after it"
case(
    "fix63-decoy-yellow-cart",
    "小黄车今天我们直播间的宝宝们真的是福利满满的一天大家一定不要错过哦"
    "点击左下角小黄车今天这个价格真的是太划算了大家赶紧拍下",
    "warn",
    AW,
    DECOY,
)
OFFER = (
    "the final review (fix63): sales figures make a report only beside a live anchor, and "
    "前100单 is an offer, not a count"
)
case("fix63-first-orders-free-post", "前100单包邮，拍下立发", "warn", AW, OFFER)
case("fix63-seckill-first-orders", "今晚8点秒杀，前1000单包邮，拍下立发", "warn", AW, OFFER)
case("fix63-groupbuy-deal", "团购专享价，成交即包邮，拍下立发", "warn", AW, OFFER + ": 成交即包邮")

COPIED = (
    "the final review (fix63): a code named 口令 (or delimited, with 领红包) copied before "
    "打开支付宝/云闪付 is a share code"
)
case("fix63-alipay-named-bare", "复制口令AbCd1234XyZ打开支付宝", "block", SC, COPIED)
case("fix63-alipay-named-bracket", "复制红包口令【AbCd1234XyZ】打开支付宝领取", "block", SC, COPIED)
case("fix63-unionpay-bracket-reward", "复制【AbCd1234XyZ】打开云闪付领红包", "block", SC, COPIED)
case(
    "fix63-alipay-copy-message",
    "复制此条消息，打开支付宝领红包！AbCd1234XyZ",
    "block",
    SC,
    "the final review (fix63): Alipay's own share text without 长按 (复制此条消息 as an opener)",
)
clean(
    "fix63-unionpay-bracket-no-reward",
    "复制【XfQ2026AbCd】，打开云闪付领取。",
    "the final review (fix63): a delimited code copied before 云闪付 without the reward is a "
    "service's (a coupon taken in the app)",
)


def main() -> None:
    """Write the family file beside this script."""
    TABLE.write(
        __file__,
        "Generated by gen_redteam62.py (red-team pass 62, written blind): do not edit by hand.",
        width=100,
    )


if __name__ == "__main__":
    main()
