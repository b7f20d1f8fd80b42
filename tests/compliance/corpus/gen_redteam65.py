"""Regenerate redteam65_blind_other_trades.yaml (red-team pass 65, written blind).

The ad copy of the trades that reach government accounts through hacked accounts, careless
reprints or 合作推广 — 网贷/小额贷款, 理财/投资 (虚拟货币, 原始股), 保健品/医美, 培训/考试 (包过,
保录取, 内部押题), 代办 (代开发票, 办证刻章), 赌博/彩票 (线上娱乐城, 百家乐), 游戏充值/代练, 招聘诈骗
(日结 刷单 兼职), 二手/回收 — with contacts, links and spelled-out hosts, in the body, the title
and alt text, a little obfuscated; which must be caught. Beside them the government's own posts
of the same vocabulary (金融监管 and 反诈 warnings quoting the ads, 市场监管 通报, 教育 notices,
公安 news, 福彩/体彩 draws, 医保 and 集采, 人社 job fairs, 税务 notices, 二手车 rules, 创业担保贷款
and 普惠金融 with 额度/利率/当天放款 words, 消费提示), which must stay clean. Written before the
checker or any other family was read (issue 12, docs/compliance.md, the corpus README and
number_makers.py only); `(editor's guess)` marks an expectation the docs leave open. Run from
the repository root: python tests/compliance/corpus/gen_redteam65.py
"""

from __future__ import annotations

from case_table import CaseTable
from rule_ids import LS

AW = "ad.wording"
SL = "ad.spelled_link"
OH = "link.other_host"
PM = "personal.mobile"
ALT = "image.alt"
TITLE = "title"

TABLE = CaseTable("redteam65_blind_other_trades")
case = TABLE.case
clean = TABLE.clean

GUESS = "(editor's guess)"
CONTACT = "a sales contact (加 + a WeChat word + an ID) in a trade's ad copy: ad.wording warns"
SPAM = "a spam spelling of WeChat after 加 with an ID warns whatever follows (docs)"
BARE = (
    "a contact word, its colon and an ID with the trade's selling words in the sentence: the "
    "trade's words (放款, 包过, 代开, 百家乐…) are a sale as 代购 is " + GUESS
)
PURE = (
    "the trade's ad copy without a contact: under 123号 no government account carries it; the "
    "trade's set phrases are ad wording " + GUESS
)
LINK = (
    "a short or affiliate link in the trade's copy is stripped (fixed); the rest names no contact"
)
SPELLED = "a short host spelled out for the reader to type blocks (ad.spelled_link)"
MOBILE = (
    "a mobile number in ad copy: the number blocks as personal data and the copy warns " + GUESS
)
WARNQ = (
    "a government warning quoting the ad's words in quotation marks beside a warning cue "
    "(警惕, 骗, 所谓…): clean (docs: a phrase quoted as a warning)"
)
NEWS = "government news naming the trade's words as facts or offences, no contact, no link: clean"
GOVLOAN = (
    "a government loan programme (创业担保贷款, 普惠金融, 助学贷款) with 额度/利率/无抵押/当天放款: a public "
    "service, not an ad " + GUESS
)
XF_PHONE = "one trade word beside a phone number: a phone label is no contact anchor (电话, 手机 are every office's contacts) and one trade word alone is no pitch; the mobile blocks as personal data anyway"
OFFICE = "an office's own contact offering a public service, no sale: clean (docs: 政务微信)"


def loans() -> None:
    """网贷/小额贷款."""
    case(
        "loan-wx-id",
        "无抵押 当天放款 额度最高20万，加微信 dai8866 秒批",
        "warn",
        AW,
        CONTACT + " " + GUESS,
    )
    case("loan-v-colon", "加V：loan2026 无抵押贷款，当天到账", "warn", AW, SPAM)
    case(
        "loan-plus-v",
        "➕V：kuaidai99，征信花也能下款",
        "warn",
        AW,
        "a plus sign for 加 (docs: ➕V)",
    )
    case("loan-qq-bare", "小额贷款，不看征信，秒到账，QQ：2846571234", "warn", AW, BARE)
    case(
        "loan-fullwidth-vx",
        "加ｖｘ：ｄａｉ８８６６ 无抵押当天放款",
        "warn",
        AW,
        "full-width 加vx with an ID",
    )
    case(
        "loan-emoji-wx",
        "加微🌟信 dk5566 额度最高20万",
        "warn",
        AW,
        "微信 broken by an emoji (docs)",
    )
    case(
        "loan-spaced-vx",
        "无抵押 当天放款，加 V X 咨询",
        "warn",
        AW,
        "spaced 加 V X before a request (docs)",
    )
    case("loan-link", "贷款申请入口 https://t.cn/A6dK3x", "fixed", LS, LINK)
    case("loan-link-colon", "申请入口:t.cn/A6dK3x", "fixed", LS, LINK + "; after an ASCII colon")
    case("loan-spelled", "申请请在浏览器输入 t . cn/A6dK3x", "block", SL, SPELLED)
    case("loan-title", "无抵押当天放款 加V：dai8866", "warn", AW, SPAM + "; in the title", TITLE)
    case(
        "loan-alt",
        "加微信dai8866 无抵押贷款当天放款",
        "warn",
        AW,
        CONTACT + "; alt text " + GUESS,
        ALT,
    )
    case("loan-pure", "无抵押，免担保，当天放款，额度最高20万，黑户也能下款！", "warn", AW, PURE)
    case(
        "loan-mobile",
        "无抵押，当天放款，额度最高20万，电话13812345678",
        "block",
        [AW, PM],
        MOBILE,
        xfail=XF_PHONE,
    )
    case(
        "loan-wei-xin", "急用钱？加wei信：dk5566，当天放款", "warn", AW, "加wei信 with an ID (docs)"
    )


def invest() -> None:
    """理财/投资, 虚拟货币, 原始股."""
    case(
        "inv-wx-group",
        "稳赚不赔，年化15%，加微信 licai888 进群领取内部消息",
        "warn",
        AW,
        CONTACT + " " + GUESS,
    )
    case(
        "inv-vheart-private",
        "原始股内部认购，上市翻十倍，V❤：gu2026888 私聊",
        "warn",
        AW,
        "V❤ with an ID and 私聊 (docs)",
    )
    case("inv-qq-group", "虚拟货币带单，日收益3%，扣扣群：628451937", "warn", AW, BARE)
    case("inv-wx-colon", "保本保息 年化12% 加微信：cf99888", "warn", AW, CONTACT + " " + GUESS)
    case("inv-usdt", "USDT 搬砖 稳赚 加V：btc6688", "warn", AW, SPAM)
    case("inv-link", "理财课程免费领，点击 https://dwz.cn/aB3xY", "fixed", LS, LINK)
    case("inv-bitly", "投资入口 bit.ly/3xYzAbC", "fixed", LS, LINK)
    case("inv-pure", "稳赚不赔，年化收益15%，名额有限，先到先得！", "warn", AW, PURE)
    case("inv-title", "原始股认购 加V：gu2026888", "warn", AW, SPAM + "; title", TITLE)
    case("inv-fullwidth", "加ＶＸ：ｌｉｃａｉ８８８　稳赚不赔", "warn", AW, "full-width 加VX")
    case("inv-wei-xin-bare", "wei信：licai888，带你稳赚不赔", "warn", AW, BARE)
    case(
        "inv-private-msg",
        "私信领取理财秘籍，先到先得，年化15%稳赚",
        "warn",
        AW,
        "私信 with 领取 and 先到先得 (docs)",
    )
    case("inv-crypto-alt", "虚拟货币 稳赚 加V：btc6688", "warn", AW, SPAM + "; alt text", ALT)


def health() -> None:
    """保健品/医美."""
    case(
        "hp-wx-buy",
        "祖传秘方，根治糖尿病，加微信 zy6688 购买",
        "warn",
        AW,
        "加微信 + ID + 购买 (docs)",
    )
    case("hp-baoyou", "包治百病，三天见效，全国包邮，拍下立发", "warn", AW, "包邮 with 拍下 (docs)")
    case("hp-v-colon", "特效药 三天见效 加V：yao8899", "warn", AW, SPAM)
    case("hp-beauty", "医美 玻尿酸 特价 私聊 V❤：mei5566", "warn", AW, "V❤ with 私聊 (docs)")
    case("hp-qq-bare", "祖传秘方根治痛风，QQ：1836452790", "warn", AW, BARE)
    case(
        "hp-spaced-v",
        "减肥茶 一周瘦10斤 加 V 信 领取",
        "warn",
        AW,
        "spaced 加 V 信 before 领取 (docs)",
    )
    case(
        "hp-jd-link",
        "包治百病 https://u.jd.com/AbC123",
        "fixed",
        LS,
        LINK
        + "; one trade word left alone is no pitch (docs: one selling word alone is news; blind I expected ad.wording too, and fixed as the severity, a draft bug)",
    )
    case("hp-taobao-link", "购买链接：s.click.taobao.com/t?e=m%3D2", "fixed", LS, LINK)
    case("hp-pure", "祖传秘方，包治百病，三天见效，无效退款", "warn", AW, PURE)
    case("hp-alt", "祖传秘方 加V：yao8899", "warn", AW, SPAM + "; alt text", ALT)
    case("hp-title", "三天见效！加微信zy6688购买", "warn", AW, "加微信 + ID + 购买; title", TITLE)
    case("hp-heart-wx", "微❤信号：zy6688 祖传秘方 包邮到家", "warn", AW, "微❤信号 (docs)")
    case(
        "hp-mobile",
        "祖传秘方 根治 电话（微信同号）13912345678",
        "block",
        [AW, PM],
        MOBILE,
        xfail=XF_PHONE,
    )
    case("hp-traditional", "祖傳秘方，包治百病，加微信 zy6688 購買", "warn", AW, "traditional 購買")


def training() -> None:
    """培训/考试."""
    case(
        "tr-wx-baoguo",
        "公务员考试 包过，不过退费，加微信 kao8866 报名",
        "warn",
        AW,
        CONTACT + " " + GUESS,
    )
    case("tr-v-yati", "保录取 内部押题 加V：yati2026", "warn", AW, SPAM)
    case("tr-qq-leak", "考前泄题 答案 QQ：2946185730", "warn", AW, BARE)
    case("tr-plus-v", "四六级 包过 ➕V：cet4pass", "warn", AW, "➕V (docs)")
    case(
        "tr-qq-group-fuli",
        "内部押题 准确率99% 扣扣群：736182945 进群领福利",
        "warn",
        AW,
        "扣扣群 with 领福利 (docs)",
    )
    case(
        "tr-link",
        "学历提升 保录取 https://t.cn/A6kY9z",
        "fixed",
        LS,
        LINK
        + "; one trade word left alone is no pitch (docs: one selling word alone is news; blind I expected ad.wording too, and fixed as the severity, a draft bug)",
    )
    case("tr-spaced-vx", "考证 包过 加 V X：pass8899", "warn", AW, "spaced 加 V X (docs)")
    case("tr-pure", "包过！内部押题，考前泄题，不过全额退款", "warn", AW, PURE)
    case("tr-title", "教师资格证包过 加V：jz2026", "warn", AW, SPAM + "; title", TITLE)
    case(
        "tr-fullwidth-qq",
        "保录取　加ＱＱ：２９４６１８５７３０",
        "warn",
        AW,
        "加QQ full width " + GUESS,
    )
    case("tr-alt", "内部押题 加微信 kao8866", "warn", AW, CONTACT + "; alt " + GUESS, ALT)
    case(
        "tr-drive", "驾照 包过 不用考 微信：jiakao666 私聊", "warn", AW, "微信： + ID + 私聊 (docs)"
    )
    case("tr-mobile", "考前泄题 包过 手机：139 1234 5678", "block", [AW, PM], MOBILE)


def errands() -> None:
    """代办: 证件, 发票, 刻章."""
    case("de-wx", "代办证件 办证刻章 加微信 bz8866", "warn", AW, CONTACT + " " + GUESS)
    case("de-qq-invoice", "代开发票 各类普票专票 QQ：1538462790", "warn", AW, BARE)
    case("de-v-invoice", "代开发票 点数低 加V：fp2026", "warn", AW, SPAM)
    case("de-spaced", "办证刻章 毕业证 加 V X 咨询", "warn", AW, "spaced 加 V X (docs)")
    case("de-plus-v", "代办营业执照 当天出证 ➕V：zz8888", "warn", AW, "➕V (docs)")
    case(
        "de-spelled",
        "代开发票请输入 t . cn/A6fP2q",
        "block",
        SL,
        SPELLED + "; 代开发票 beside it " + GUESS,
    )
    case("de-bitly", "代办证件 http://bit.ly/2zZfP0", "fixed", LS, LINK)
    case("de-pure", "代开发票，办证刻章，各类证件均可代办，当天取件", "warn", AW, PURE)
    case("de-title", "代开发票 加V：fp2026", "warn", AW, SPAM + "; title", TITLE)
    case("de-wei-xin", "办证请加wei信：bz8866，价格美丽", "warn", AW, "加wei信 (docs)")
    case("de-mobile", "代开发票 手机：138-1234-5678", "block", [AW, PM], MOBILE, xfail=XF_PHONE)


def gambling() -> None:
    """赌博/彩票."""
    case("gb-v", "线上娱乐城 百家乐 首充送88 加V：yl8888", "warn", AW, SPAM)
    case("gb-wx", "稳赚计划 彩票包中 加微信 cp6688 进群", "warn", AW, CONTACT + " " + GUESS)
    case(
        "gb-qq-group",
        "百家乐 稳赚计划 QQ群：628371945 进群领福利",
        "warn",
        AW,
        "QQ群 with 领福利 (docs)",
    )
    case(
        "gb-link",
        "线上娱乐城 注册送彩金 https://t.cn/A6yL8c",
        "warn",
        [LS, AW],
        LINK
        + "; the copy left (娱乐城, 彩金) is a pitch "
        + GUESS
        + " (blind I wrote fixed, the link's severity: warn is the highest, a draft bug)",
    )
    case(
        "gb-host",
        "娱乐城网址 www.yl8888.com 百家乐 首充送88",
        "warn",
        [AW, OH],
        "a gambling host warns as another host, the copy as ad " + GUESS,
    )
    case("gb-spelled", "百家乐网址：bit 点 ly/3kP9x", "block", SL, SPELLED)
    case("gb-plus-wei", "彩票计划 包中 ➕微：cp6688", "warn", AW, "➕微 (docs)")
    case("gb-fullwidth", "百家乐　加ＶＸ：ｙｌ８８８８", "warn", AW, "full-width 加VX")
    case("gb-pure", "线上娱乐城，百家乐，首充送88，日赚千元", "warn", AW, PURE)
    case("gb-title", "百家乐稳赚计划 加V：yl8888", "warn", AW, SPAM + "; title", TITLE)
    case("gb-alt", "线上娱乐城 加微信 yl8888", "warn", AW, CONTACT + "; alt " + GUESS, ALT)
    case(
        "gb-emoji", "加微🌟信 yl8888 娱乐城 首充返利", "warn", AW, "微信 broken by an emoji (docs)"
    )


def games() -> None:
    """游戏充值/代练."""
    case("gm-v", "游戏代练 王者上分 加V：dl6688", "warn", AW, SPAM)
    case(
        "gm-wx-order",
        "游戏充值 低至5折 加微信 cz8899 下单",
        "warn",
        AW,
        "加微信 + ID + 下单 (docs)",
    )
    case("gm-qq", "代练 包上王者 QQ：2846193750", "warn", AW, BARE)
    case("gm-link", "点券充值5折 https://m.tb.cn/h.5XyZ", "fixed", LS, LINK)
    case("gm-vheart", "游戏币 回收 出售 私聊 V❤：game888", "warn", AW, "V❤ with 私聊 (docs)")
    case("gm-pure", "游戏代练，包上王者，低价充值，五折点券", "warn", AW, PURE)
    case("gm-title", "王者代练 加V：dl6688", "warn", AW, SPAM + "; title", TITLE)
    case("gm-fullwidth", "代练　加ｗｘ：ｄｌ６６８８", "warn", AW, "full-width 加wx")


def jobs() -> None:
    """招聘诈骗: 日结 刷单 兼职."""
    case(
        "jb-wx-baoma",
        "日结 刷单 兼职，宝妈学生均可，加微信 jz8866",
        "warn",
        AW,
        CONTACT + " (宝妈 is a selling cue)",
    )
    case("jb-v", "刷单兼职 日赚300 月入过万 加V：sd2026", "warn", AW, SPAM)
    case("jb-qq", "手机兼职 日结 QQ：1946382750", "warn", AW, BARE)
    case("jb-plus-v", "招兼职刷单 一单一结 ➕V：sd2026", "warn", AW, "➕V (docs)")
    case("jb-link", "在家兼职 月入过万 https://t.cn/A6jZ9w", "fixed", LS, LINK)
    case(
        "jb-qq-group",
        "兼职日结 扣扣群：582947361 进群领福利",
        "warn",
        AW,
        "扣扣群 with 领福利 (docs)",
    )
    case("jb-pure", "刷单兼职，日结300，宝妈学生均可，动动手指月入过万", "warn", AW, PURE)
    case("jb-title", "日结兼职 加V：sd2026", "warn", AW, SPAM + "; title", TITLE)
    case("jb-alt", "刷单兼职 加微信 jz8866", "warn", AW, CONTACT + "; alt " + GUESS, ALT)
    case(
        "jb-agent",
        "招代理，宝妈兼职，一件代发，月入过万",
        "warn",
        AW,
        "代发 with 招代理, 宝妈, 月入 (docs)",
    )
    case("jb-mobile", "刷单兼职日结 联系138 1234 5678", "block", [AW, PM], MOBILE, xfail=XF_PHONE)


def recycling() -> None:
    """二手/回收."""
    case("rc-wx", "高价回收 二手手机 加微信 hs6688 上门", "warn", AW, CONTACT + " " + GUESS)
    case("rc-vheart", "回收黄金 名表 奢侈品 V❤：hs888 私聊", "warn", AW, "V❤ with 私聊 (docs)")
    case("rc-baoyou", "二手苹果 特价 全国包邮 拍下立发", "warn", AW, "包邮 with 拍下 (docs)")
    case("rc-v-card", "回收购物卡 加V：ka8899", "warn", AW, SPAM)
    case("rc-link", "闲置回收 https://dwz.cn/hS8x", "fixed", LS, LINK)
    case("rc-pure", "高价回收购物卡、手机、黄金，上门回收，现金秒结", "warn", AW, PURE)
    case("rc-title", "高价回收 加V：hs888", "warn", AW, SPAM + "; title", TITLE)
    case("rc-koukou", "二手车低价出售 扣扣：2846175930 私聊", "warn", AW, "扣扣： with 私聊 (docs)")


def clean_finance() -> None:
    """金融监管, 反诈 and loans of the government."""
    clean(
        "cf-warn-quote",
        "金融监管局提示：警惕“稳赚不赔”“保本高收益”等宣传，谨防非法集资陷阱。",
        WARNQ,
    )
    clean("cf-annual", "凡是承诺“年化15%”“稳赚不赔”的理财产品，都要提高警惕。", WARNQ)
    clean("cf-bait", "非法集资往往以高额回报为诱饵，宣称稳赚不赔，实则借新还旧。", NEWS)
    clean("cf-crypto", "虚拟货币相关业务活动属于非法金融活动，群众切勿参与。", NEWS)
    clean("cf-stock", "所谓“原始股”即将上市、翻倍增值，多为诈骗。", WARNQ)
    clean("cf-month", "防范非法集资宣传月：投资有风险，不存在稳赚不赔的产品。", NEWS)
    clean(
        "cf-pboc-loan",
        "人民银行提醒：不要轻信“无抵押、当天放款”的网络贷款广告，谨防贷款诈骗。",
        WARNQ,
    )
    clean(
        "cf-case",
        "某公司以“保本保息、年化12%”为诱饵吸收公众存款，涉案金额3亿元，已被依法查处。",
        NEWS,
    )
    clean("cf-education", "投资者教育：高收益必然伴随高风险，“稳赚”承诺不可信。", WARNQ)
    clean("cf-report-wx", "举报非法集资线索，可加市金融办政务微信：jrb12345。", OFFICE)
    clean(
        "cf-gov-link",
        "详见国家金融监督管理总局网站 https://www.nfra.gov.cn/",
        "a gov.cn link: allowed",
    )
    clean("cf-title", "警惕“稳赚不赔”的投资陷阱", WARNQ + "; title", TITLE)
    clean(
        "gl-guarantee",
        "创业担保贷款：个人最高可申请30万元，小微企业最高400万元，财政按规定贴息。",
        GOVLOAN,
    )
    clean(
        "gl-same-day",
        "符合条件的高校毕业生可申请创业担保贷款，免担保、免抵押，最快当天放款。",
        GOVLOAN,
    )
    clean("gl-agri", "“鲁担惠农贷”额度最高300万元，年利率不超过4%。", GOVLOAN)
    clean("gl-inclusive", "普惠小微贷款余额同比增长23%，平均利率4.1%。", GOVLOAN)
    clean(
        "gl-farmer",
        "农户小额信用贷款无抵押、免担保，额度最高20万元，可到当地农商银行网点办理。",
        GOVLOAN,
    )
    clean(
        "gl-phone",
        "办理创业担保贷款请咨询区人社局就业科，电话0531-88889999。",
        GOVLOAN + "; a landline",
    )
    clean("gl-relending", "人民银行推出支小再贷款，额度100亿元，利率1.75%。", GOVLOAN)
    clean("gl-student", "助学贷款：每生每年最高可申请2万元，在校期间利息由财政全额补贴。", GOVLOAN)
    clean("gl-wx", "创业担保贷款政策咨询，请加区人社局政务微信：rsj12333。", OFFICE + " " + GUESS)
    clean("gl-title", "2026年创业担保贷款申请指南：额度最高30万元", GOVLOAN + "; title", TITLE)
    clean(
        "gl-quick", "“政银担”合作贷款审批提速，符合条件的经营主体最快当天放款、当天到账。", GOVLOAN
    )


def clean_fraud() -> None:
    """反诈 notices quoting the ads."""
    clean("fr-rizhi", "反诈中心提醒：“日结、刷单、兼职”广告都是诈骗，刷单就是诈骗！", WARNQ)
    clean("fr-baoma", "骗子常在群里发布“动动手指，日赚300，宝妈学生均可”的刷单兼职广告。", WARNQ)
    clean("fr-refund", "近期有不法分子冒充客服，以“加微信领取退款”为由实施诈骗。", WARNQ)
    clean("fr-share", "刷单返利类诈骗是发案最多的类型，占比超过三成。", NEWS)
    clean("fr-advance", "所有要求先垫付资金的兼职刷单都是诈骗。", NEWS)
    clean(
        "fr-loan-call",
        "接到“无抵押、低利息、当天放款”的电话要警惕，正规贷款不会要求先交保证金。",
        WARNQ,
    )
    clean(
        "fr-game",
        "警方提示：游戏代练、低价充值、账号交易是诈骗高发领域，请通过官方渠道充值。",
        NEWS,
    )
    clean(
        "fr-masked-v",
        "骗子发来的信息称“加V：xxxx，稳赚不赔”，市民李女士未予理会并报警。",
        WARNQ + "; the ID masked",
    )
    clean("fr-recharge", "游戏玩家谨防“低价代充”陷阱。", WARNQ)
    clean("fr-recycle", "老年人要警惕以“高价回收”“收藏品拍卖”为名的诈骗。", WARNQ)
    clean("fr-qq-group", "反诈宣传QQ群：736182945，欢迎市民加入学习防骗知识。", OFFICE)
    clean("fr-title", "警惕“日结刷单”兼职诈骗", WARNQ + "; title", TITLE)
    clean("fr-alt", "反诈宣传海报：刷单就是诈骗", NEWS + "; alt", ALT)
    clean("fr-school-loan", "警惕“注销校园贷”骗局：骗子冒充客服，诱导学生贷款转账。", WARNQ)


def clean_market() -> None:
    """市场监管, 消费提示, 医保."""
    clean(
        "mk-case",
        "市市场监管局查处一起保健品虚假宣传案：当事人宣称其产品“祖传秘方”“包治百病”“三天见效”，被罚款20万元。",
        NEWS,
    )
    clean("mk-beauty", "某医美机构宣传“无痛无创、永久有效”，违反《广告法》，已立案调查。", NEWS)
    clean(
        "mk-not-drug", "保健食品不是药物，不能代替药物治疗疾病，警惕“根治”“包治”等虚假宣传。", WARNQ
    )
    clean("mk-elder", "消费提示：老年人购买保健品时，不要轻信“免费体检”“专家讲座”。", WARNQ)
    clean(
        "mk-annual", "2026年全市共查处虚假违法广告案件126件，涉及医疗、药品、保健食品等领域。", NEWS
    )
    clean(
        "mk-law",
        "《广告法》第十六条规定，医疗、药品、医疗器械广告不得含有表示功效、安全性的断言或者保证。",
        NEWS,
    )
    clean("mk-hotline", "遇到消费纠纷可拨打12315或登录全国12315平台投诉。", NEWS)
    clean("mk-bluehat", "消费者购买保健食品，应查看包装上的“蓝帽子”标志和批准文号。", NEWS)
    clean("mk-prepaid", "预付式消费要谨慎，切勿轻信“充值送”“高额返现”等承诺。", WARNQ)
    clean("mk-return", "网购商品七日无理由退货，不得以“特价商品”为由拒绝。", NEWS)
    clean("mk-imei", "3·15消费提示：购买二手手机应查验IMEI，保留购物凭证。", NEWS)
    clean("mk-livestream", "某直播间宣称“包过”“保录取”，被市场监管部门约谈。", NEWS)
    clean("mk-title", "关于3起保健食品虚假宣传典型案例的通报", NEWS + "; title", TITLE)
    clean(
        "mi-vbp",
        "第十批国家药品集采结果落地，62种药品平均降价58%，患者可在定点医疗机构购买。",
        NEWS,
    )
    clean("mi-family", "医保个人账户可用于支付家庭成员在定点医药机构发生的医疗费用。", NEWS)
    clean("mi-price", "集采中选药品价格平均降幅超过50%，全市医疗机构4月1日起执行。", NEWS)
    clean("mi-chronic", "门诊慢特病患者可在定点药店购药，医保统筹基金按规定报销。", NEWS)
    clean("mi-fraud", "国家医保局提醒：警惕“免费体检”“医保卡套现”等骗保行为。", WARNQ)
    clean("mi-ecard", "医保电子凭证可在国家医保服务平台APP或微信、支付宝中激活。", NEWS)


def clean_education() -> None:
    """教育, 考试 notices."""
    clean("ed-warn", "教育局提醒：警惕校外培训机构“包过”“保录取”“内部押题”等虚假承诺。", WARNQ)
    clean("ed-leak", "凡是宣称“考前泄题”的都是诈骗，考试命题工作全程保密。", WARNQ)
    clean("ed-channel", "公务员考试不存在任何“内部渠道”，请考生不要轻信。", WARNQ)
    clean(
        "ed-schedule", "2026年下半年教师资格考试笔试报名时间为9月10日至13日，考生须按时缴费。", NEWS
    )
    clean("ed-degree", "学历提升类广告称“保录取、包拿证”，实为骗局。", WARNQ)
    clean("ed-score", "考生可通过官方渠道查询成绩，切勿相信所谓“改分”“保过”服务。", WARNQ)
    clean("ed-rule", "校外培训机构不得以“保过”“保录取”等作为招生宣传内容。", NEWS)
    clean("ed-drive", "驾驶人考试实行“随机派考”，不存在“包过”“不用考”的情况。", NEWS)
    clean("ed-qq", "新生报名QQ群：736182945，便于接收入学通知。", OFFICE)
    clean("ed-title", "关于严禁校外培训机构“包过”虚假宣传的通知", NEWS + "; title", TITLE)


def clean_police() -> None:
    """公安 news on 赌博; 福彩/体彩."""
    clean(
        "po-case",
        "警方破获一起特大网络赌博案，抓获犯罪嫌疑人26名，该团伙搭建“线上娱乐城”平台，以百家乐等形式组织赌博。",
        NEWS,
    )
    clean("po-plan", "网络赌博所谓的“稳赚计划”“必赢技巧”全部是骗局。", WARNQ)
    clean(
        "po-law", "开设赌场罪：以营利为目的，开设赌场的，处五年以下有期徒刑、拘役或者管制。", NEWS
    )
    clean("po-warn", "切勿参与网络赌博，百家乐、六合彩等均属违法赌博活动。", NEWS)
    clean("po-bonus", "“首充送88、注册送彩金”是赌博网站引人入局的惯用手段。", NEWS + " " + GUESS)
    clean("po-odds", "警方提示：网络赌博“十赌九输”，庄家可随时操控输赢。", NEWS)
    clean(
        "po-recruit", "本案中，赌博网站通过“加微信进群领福利”的方式招揽赌客。", NEWS + " " + GUESS
    )
    clean("po-launder", "某地破获一起利用境外赌博网站洗钱案件，涉案资金流水上亿元。", NEWS)
    clean("po-title", "公安机关严厉打击网络赌博“线上娱乐城”", NEWS + "; title", TITLE)
    clean(
        "lt-ssq",
        "中国福利彩票双色球第2026140期开奖公告：红球 03 08 15 22 27 31，蓝球 09。",
        "a state lottery's draw: clean",
    )
    clean(
        "lt-dlt",
        "体育彩票大乐透第26140期开奖号码：05 12 19 28 33 + 02 11。",
        "a state lottery's draw: clean",
    )
    clean("lt-welfare", "福利彩票发行收益用于扶老、助残、救孤、济困。", NEWS)
    clean("lt-minor", "购买彩票请到正规彩票销售网点，不向未成年人销售彩票。", NEWS)
    clean("lt-online", "互联网销售彩票未经批准一律违法，请勿通过网络购买彩票。", NEWS)
    clean("lt-fund", "体彩公益金资助建设全民健身路径120条。", NEWS)
    clean("lt-prize", "本期双色球一等奖开出8注，单注奖金680万元，其中我省中出1注。", NEWS)


def clean_labour_tax() -> None:
    """人社, 税务, 二手车 and 回收 rules."""
    clean(
        "hr-fair",
        "人社局举办2026年春季招聘会，岗位涵盖日结、小时工等灵活就业岗位，求职者免费入场。",
        NEWS,
    )
    clean("hr-daily", "零工市场每日发布日结岗位信息，工资当日结清。", NEWS)
    clean("hr-wage", "农民工工资专户制度要求工资按月足额发放。", NEWS)
    clean("hr-flex", "灵活就业人员可按规定参加职工养老保险。", NEWS)
    clean("hr-phone", "招聘会咨询电话：0571-87654321。", NEWS + "; a landline")
    clean("hr-trap", "求职者要警惕“先交培训费再上岗”“刷单兼职”等招聘陷阱。", WARNQ)
    clean("hr-title", "零工市场“日结”岗位信息发布（第12期）", NEWS + "; title", TITLE)
    clean(
        "tx-crime",
        "税务部门提醒：代开发票、虚开发票属于违法犯罪行为，购买、使用虚开发票将被依法追责。",
        NEWS,
    )
    clean(
        "tx-verdict",
        "某公司为他人虚开增值税专用发票，价税合计2.3亿元，主犯被判处有期徒刑十年。",
        NEWS,
    )
    clean(
        "tx-etax",
        "纳税人可通过电子税务局申请代开增值税发票，无需到办税服务厅。",
        "the tax bureau's own 代开发票 service: clean",
    )
    clean("tx-sms", "警惕“代开发票”短信，收到后请立即删除并举报。", WARNQ)
    clean(
        "tx-natural",
        "税务机关依法为自然人代开发票，需提供身份证件。",
        "the tax bureau's own 代开发票 service: clean",
    )
    clean("tx-seal", "办证刻章要到公安机关备案的刻章企业，私刻公章属于违法行为。", NEWS)
    clean("tx-title", "关于开展打击代开发票违法犯罪专项行动的通告", NEWS + "; title", TITLE)
    clean("uc-rules", "二手车交易市场经营者应当如实提供车辆信息，不得隐瞒事故车、泡水车。", NEWS)
    clean("uc-export", "市商务局发布二手车出口企业名单，共12家企业入选。", NEWS)
    clean("uc-scrap", "报废机动车回收拆解企业须取得资质认定。", NEWS)
    clean("uc-points", "再生资源回收网点布局规划公示，新增回收站点86个。", NEWS)
    clean("uc-tradein", "以旧换新：报废旧车并购买新车可申请补贴最高2万元。", NEWS)
    clean(
        "uc-link",
        "防范非法集资知识问答 https://www.gov.cn/zhengce/2026-12/01/content_1.htm",
        "a gov.cn link: allowed",
    )
    clean("uc-alt", "二手车交易市场示意图", NEWS + "; alt", ALT)


SECOND = "(second slice, written after the fix, not blind) "


def second_slice() -> None:
    """Probes around the fix: the trade words' look-alikes, cases and offices' contacts."""
    clean(
        "s2-bread",
        "面包过期了不要吃，加微信 abc12345 咨询食品安全",
        SECOND + "面包过期 holds 包过 (data/trade_word_holders.txt)",
    )
    clean(
        "s2-case-qq",
        "某地破获考前泄题案件，嫌疑人通过QQ群：736182945 出售答案",
        SECOND + "a case reported (破获: data/trade_reports.txt), not a pitch",
    )
    clean(
        "s2-gig-wx",
        "零工市场日结岗位，请加零工驿站微信 lgyz2026 了解",
        SECOND + "日结 alone is no trade word: the 零工市场's own contact",
    )
    clean(
        "s2-police-wx",
        "谨防刷单诈骗，被骗请加反诈民警微信：fzmj110",
        SECOND + "a warning beside a police contact",
    )
    clean(
        "s2-gang", "某网络赌博团伙以“百家乐”“娱乐城”名义招揽赌客，涉案金额上亿元。", SECOND + NEWS
    )
    clean(
        "s2-wage",
        "全市开展根治欠薪专项行动，农民工可加劳动监察微信 ldjc12345 反映",
        SECOND + "根治 is no trade word (根治欠薪)",
    )
    clean(
        "s2-scam-report",
        "骗子让李女士加微信 sd2026 刷单，被骗5万元。",
        SECOND + "a scam reported (骗)",
    )
    clean(
        "s2-recycle",
        "社区推出废旧家电上门回收服务，居民可预约。",
        SECOND + "one trade word alone is news",
    )
    clean("s2-lottery-wx", "购买彩票请到正规销售网点，福彩中心官方微信：fucai2026", SECOND + OFFICE)
    case(
        "s2-invoice-seal",
        "代开发票，点数低，办证刻章",
        "warn",
        AW,
        SECOND + "two trade words: a pitch",
    )
    case("s2-traditional", "祖傳秘方，包治百病", "warn", AW, SECOND + "traditional, folded")
    case("s2-spaced", "稳 赚 不 赔，先到先得", "warn", AW, SECOND + "spaced out, folded")
    case("s2-emoji", "线上娱乐城🎰百家乐🎲首充送88", "warn", AW, SECOND + "emoji between the words")
    case(
        "s2-fw-qq",
        "代开發票 加ＱＱ：１５３８４６２７９０",
        "warn",
        AW,
        SECOND + "full width and traditional",
    )
    case("s2-lottery-sell", "彩票 包中 加微信 cp6688", "warn", AW, SECOND + "包中 beside a contact")


for part in (
    loans,
    invest,
    health,
    training,
    errands,
    gambling,
    games,
    jobs,
    recycling,
    clean_finance,
    clean_fraud,
    clean_market,
    clean_education,
    clean_police,
    clean_labour_tax,
    second_slice,
):
    part()

TABLE.write(
    __file__, "red-team pass 65, written blind: gen_redteam65.py regenerates it", width=4096
)
