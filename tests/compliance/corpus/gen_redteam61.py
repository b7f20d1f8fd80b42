"""Regenerate redteam61_blind_app_nicknames.yaml (red-team pass 61, written blind).

Nicknames, stand-ins and emoji for shops and apps in ad copy and share texts (某宝, TB,
🍑宝, 狗东, PDD, 拼🐶🐶, 咸🐟, 小红薯, elm, zfb…) that must be caught, and the
agricultural, local-news and technical twins that hold the same characters and letters and
must stay clean. Run from the repository root:
python tests/compliance/corpus/gen_redteam61.py
"""

from __future__ import annotations

from case_table import CaseTable
from rule_ids import LS, SC

AW = "ad.wording"
FE = "wording.forced_engagement"
CODE = "￥AbCd1234XyZ￥"

TABLE = CaseTable("redteam61_blind_app_nicknames")
case = TABLE.case
clean = TABLE.clean


def block(id_: str, text: str, note: str, field: str | None = None) -> None:
    case(id_, text, "block", SC, note, field)


# --- 淘宝 nicknames in the trigger of a delimited code -------------------------------
TAOBAO = {
    "peach-emoji": ("🍑宝", "a peach emoji for 淘 (桃 is its homophone)"),
    "mou-bao": ("某宝", "某宝, 'a certain treasure', the coy name for 淘宝"),
    "tb-upper": ("TB", "the pinyin initials of 淘宝"),
    "tb-lower": ("tb", "the pinyin initials in small letters"),
    "tao-homophone": ("桃宝", "桃 for 淘, a homophone"),
    "tao-bao-pinyin-half": ("淘bao", "half in pinyin"),
    "taobao-pinyin": ("taobao", "the whole name in pinyin"),
    "tao-scoop": ("掏宝", "掏 for 淘, a homophone"),
    "tao-latin-half": ("Tao宝", "half in pinyin, capitalised"),
    "fire-between": ("淘🔥宝", "an emoji between the two characters of 淘宝"),
    "mou-bao-spaced": ("某 宝", "某宝 spaced"),
    "tb-fullwidth": ("ＴＢ", "full-width initials"),
    "peach-emoji-app": ("🍑宝APP", "the emoji stand-in with APP"),
    "taobao-caps": ("TAOBAO", "the pinyin in capitals"),
    "tao-pottery": ("陶宝", "陶 for 淘, a homophone"),
    "peach-emoji-spaced": ("🍑 宝", "the emoji stand-in with a space"),
}
for key, (name, why) in TAOBAO.items():
    block(
        f"taobao-{key}",
        f"复制这条信息{CODE}打开{name}",
        f"淘口令 whose trigger names 淘宝 as {name}: {why}; the code opens the shop all the same",
    )
block(
    "taobao-traditional-mou-bao",
    f"複製這條信息{CODE}打開某寶",
    "the trigger in traditional characters, 某寶 for 某宝",
)
block(
    "taobao-corner-brackets-mou-bao",
    "「VAQz99KzQVD」复制后打开某宝",
    "the issue's 「…」 form with 某宝 for 淘宝",
)
block(
    "taobao-trigger-first-tb",
    "打开TB，复制口令：€Xk9mPq2LrT€ 领取隐藏券",
    "the trigger first; between two € a random code needs no trigger at all",
)
block(
    "taobao-hash-code-peach",
    "#Qw3eRt5YuI# 复制这段话，打开🍑宝即可领取",
    "code between hash signs, written as a random code is, with the emoji stand-in trigger",
)
block(
    "taobao-bare-code-mou-bao",
    "复制口令 8Hk2LmnPQ 打开某宝",
    "a code without delimiters between 复制 and 打开某宝",
)
block(
    "taobao-hand-tb",
    "复制整段话￥Zx7Cv9BnM2￥打开手机tb",
    "打开手机tb: 'open tb on your phone'",
)

# --- 京东 --------------------------------------------------------------------------------
JD = {
    "dog-east": ("狗东", "狗东, the mocking nickname of 京东"),
    "dog-emoji": ("🐶东", "a dog emoji for 狗 of 狗东"),
    "jd-upper": ("JD", "京东's own initials"),
    "jd-lower": ("jd", "the initials in small letters"),
    "mou-dong": ("某东", "某东, the coy name"),
    "jing-dong-half": ("京dong", "half in pinyin"),
    "dog-east-traditional": ("狗東", "traditional 東"),
    "jd-fullwidth": ("ＪＤ", "full-width initials"),
    "dog-east-spaced": ("狗 东", "狗东 spaced"),
    "dog-emoji-app": ("🐶东APP", "the emoji stand-in with APP"),
}
for key, (name, why) in JD.items():
    block(
        f"jd-{key}",
        f"【限时好价】复制￥Xk9mPq2LrT￥打开{name}",
        f"京东 口令 whose trigger names 京东 as {name}: {why}",
    )
block(
    "jd-brackets-dog-east",
    "【狗东】某某空气炸锅到手价99元，复制￥Qw3eRt5YuI￥后打开狗东APP",
    "a share text headed 【狗东】 as the app's own share texts are headed 【京东】",
)
block(
    "jd-bare-code-after-trigger",
    "复制后打开jd：AbCd1234EfG",
    "a bare code right after the whole trigger (京东 as jd)",
)

# --- 拼多多 --------------------------------------------------------------------------------
PDD = {
    "pdd-upper": ("PDD", "拼多多's initials (and its holding's ticker)"),
    "pdd-lower": ("pdd", "the initials in small letters"),
    "pin-xixi": ("拼夕夕", "拼夕夕: 多 split into 夕夕"),
    "pin-dogs": ("拼🐶🐶", "two dog emoji for 多多 (the app's name said with a dog's 'duo')"),
    "pin-half": ("pin多多", "half in pinyin"),
    "pdd-fullwidth": ("ＰＤＤ", "full-width initials"),
    "pin-xixi-traditional": ("拼夕夕", "拼夕夕 in a traditional trigger"),
}
for key, (name, why) in PDD.items():
    trigger = "複製" if "traditional" in key else "复制"
    opener = "打開" if "traditional" in key else "打开"
    block(
        f"pdd-{key}",
        f"{trigger}口令￥Zx7Cv9BnM2￥{opener}{name}帮我助力",
        f"拼多多 口令 whose trigger names it as {name}: {why}",
    )
block(
    "pdd-bare-code",
    "复制口令 8Hk2LmnPQ 打开PDD",
    "a bare code between 复制 and 打开PDD (the docs' 拼多多 example with the initials)",
)

# --- 闲鱼 --------------------------------------------------------------------------------
block(
    "xianyu-salty-fish-emoji-search",
    "打开咸🐟APP，搜索口令：PsBcdbzfFfS",
    "闲鱼's share text with 咸 and a fish emoji for 闲鱼; 闲鱼's codes are letters alone",
)
block(
    "xianyu-idle-fish-emoji-search",
    "打开闲🐟APP，搜索口令：PsBcdbzfFfS",
    "闲鱼 with a fish emoji for 鱼",
)
block(
    "xianyu-salty-fish-code",
    "复制￥AbCd1234XyZ￥打开咸鱼，看看我发布的宝贝",
    "咸鱼, the homophone of 闲鱼, in the trigger of a delimited code",
)
block(
    "xianyu-pinyin",
    "复制￥AbCd1234XyZ￥打开xianyu",
    "闲鱼 in pinyin",
)
block(
    "xianyu-salty-emoji-code",
    "【咸🐟】复制这条信息￥Qw3eRt5YuI￥打开咸🐟",
    "咸 and a fish emoji, with a delimited code",
)
block(
    "xianyu-fish-emoji-spaced",
    "打开 咸 🐟 APP，搜索口令：PsBcdbzfFfS",
    "the stand-in spaced out",
)

# --- other apps' nicknames -------------------------------------------------------------
block(
    "eleme-elm",
    "复制￥AbCd1234XyZ￥打开elm领外卖红包",
    "饿了么 as elm (its domain ele.me) in a 红包 share",
)
block(
    "meituan-mou-tuan",
    "复制￥Xk9mPq2LrT￥打开某团领外卖红包",
    "美团 as 某团",
)
block(
    "meituan-mt",
    "复制￥Xk9mPq2LrT￥打开mt领神券",
    "美团 as mt, its pinyin initials; 复制, a delimited code and 领神券 leave no doubt",
)
block(
    "vipshop-wph",
    "复制￥Zx7Cv9BnM2￥打开wph",
    "唯品会 as wph",
)
block(
    "zhifubao-zfb-search-code",
    "zfb搜索 520123456 领红包",
    "支付宝 as zfb in a 红包码 search (six to ten digits)",
)
block(
    "zhifubao-squeak-search-code",
    "打开吱付宝APP搜“520123456”领红包",
    "吱付宝 for 支付宝 (吱 of 吱口令) in a 红包码 search",
)
block(
    "zhifubao-squeak-code",
    "吱口令 #Qw3eRt5YuI# 复制后打开吱付宝",
    "吱口令 named, with the stand-in 吱付宝",
)
block(
    "douyin-mall-dy",
    f"复制{CODE}打开dy商城",
    "抖音商城 (the shop, which the docs count) as dy商城",
)
block(
    "douyin-mall-half-pinyin",
    f"复制{CODE}打开抖yin商城",
    "抖音商城 half in pinyin",
)

# --- short links beside nicknames: stripped -----------------------------------------------
LINKS = [
    ("peach-mtb", "🍑宝好物 https://m.tb.cn/h.AbCdE12 点开即看", "a 淘宝 short link after 🍑宝"),
    ("dog-east-3cn", "【狗东】https://3.cn/Ab-12Cd 好价速看", "a JD short link after 【狗东】"),
    ("pdd-pinduoduo", "PDD好价 p.pinduoduo.com/AbC12 速看", "a 多多进宝 link beside PDD"),
    ("salty-fish-mtb", "咸🐟上的好物 https://m.tb.cn/h.Xy3Zq9 点开看看", "闲鱼 shares use m.tb.cn"),
    (
        "little-red-potato-xhs",
        "复制整段打开小红薯 http://xhslink.com/a/AbCd12",
        "小红书 as 小红薯: the note's short link is stripped; the share text alone is clean",
    ),
    (
        "dy-douyin",
        "dy https://v.douyin.com/AbC12/ 复制此链接，打开Dou音搜索，直接观看视频",
        "a Douyin share link beside dy and Dou音",
    ),
    ("ks-kuaishou", "ks https://v.kuaishou.com/AbC12 看视频", "a Kuaishou share link beside ks"),
    ("tb-uland", "tb隐藏券 uland.taobao.com/coupon/edetail?e=AbC12", "a 淘宝联盟 coupon beside tb"),
    ("jd-ujd", "某东好价 u.jd.com/AbC12x", "a 京东联盟 link beside 某东"),
    ("elm-ele", "elm红包 https://s.click.ele.me/AbC12", "饿了么's 淘宝联盟 link beside elm"),
    ("tb-fullwidth-link", "ＴＢ同款：ｍ．ｔｂ．ｃｎ／h.AbC12", "full-width short link beside ＴＢ"),
    ("peach-zwsp-link", "🍑宝 s.click.tao\u200bbao.com/t?e=AbC", "U+200B in the host, beside 🍑宝"),
]
for key, text, note in LINKS:
    case(f"link-{key}", text, "fixed", LS, note)

# --- ad copy with nicknames: ad.wording ----------------------------------------------------
WORDING = [
    ("mou-bao-shop-search", "某宝搜店铺“某某旗舰店”领券", "a shop search in 某宝 with a coupon"),
    ("tb-shop-search", "TB搜索“某某旗舰店”下单更优惠", "a shop search in TB"),
    ("dog-east-shop-search", "狗东搜索“某某自营店”购买", "a shop search in 狗东"),
    ("pdd-shop-search", "PDD搜索“某某专营店”领券", "a shop search in PDD"),
    ("peach-shop-search", "🍑宝搜“某某旗舰店”领券更优惠", "a shop search in 🍑宝, said short"),
    (
        "tb-same-dm",
        "tb同款，需要链接的私信，包邮到家，拍下即发",
        "私信 (an anchor) with 包邮 and 拍下 in its sentence",
    ),
    ("mou-bao-coupon-price", "某宝券后价29.9元，手慢无", "券后价, a selling phrase, beside 某宝"),
    (
        "xhs-same-coupon",
        "xhs同款，私信领券，先到先得",
        "小红书 as xhs; 私信 and 领券 (anchors) with 先到先得",
    ),
    ("jd-shop-search-half", "京dong搜索“某某旗舰店”领券下单", "a shop search in 京dong"),
]
_WORDING_XFAIL = {
    "peach-shop-search": (
        "the term list reads the folded text, where the emoji is a space (宝搜“…”); emoji "
        "stand-ins are read only at a share text's trigger, where they cost nothing elsewhere"
    ),
}
for key, text, note in WORDING:
    case(f"wording-{key}", text, "warn", AW, note, xfail=_WORDING_XFAIL.get(key))
case(
    "wording-tb-same-link-dm",
    "tb同款 链接私",
    "warn",
    AW,
    "'tb 同款, 链接私(信)': the shortest ad copy there is — a product 'the same as on 淘宝' "
    "and 'DM me for the link'; an editor reads it as an ad (the docs list 同款 among a shop "
    "search's words; decided as an editor would)",
    xfail=(
        "no listed term and no anchor: 私 alone is not 私信, and 同款 beside a nickname "
        "would need a reader of its own (同款 alone is common in news: 总书记同款)"
    ),
)
case(
    "wording-pdd-cut",
    "帮我在PDD砍一刀，免费领取",
    "warn",
    [AW, FE],
    "拼多多's 砍一刀 with a reward: the docs list 砍一刀 among forced engagement's acts; that it "
    "is 拼多多's (PDD) makes it commercial too (decided as an editor would)",
    xfail=(
        "the engagement reader takes 免费领取 as a share's reward only after 即可/就能/可, "
        "and a shop's name alone is no ad wording: outside this pass's nickname readers"
    ),
)

# --- fields -------------------------------------------------------------------------------
block("field-title-mou-bao", f"复制{CODE}打开某宝领券", "in the title", "title")
block("field-alt-dog-east", "复制￥Xk9mPq2LrT￥打开狗东", "in an image's alt text", "image.alt")
block("field-summary-tb", f"复制{CODE}打开TB", "in the summary", "summary")
block(
    "field-weibo-peach",
    f"复制{CODE}打开🍑宝",
    "in the Weibo override's text",
    "overrides.weibo.text",
)
block("field-tag-pdd", "复制￥Zx7Cv9BnM2￥打开PDD", "in a tag", "tags")
block(
    "field-alt-salty-fish",
    "打开咸🐟APP，搜索口令：PsBcdbzfFfS",
    "闲鱼's search code in an alt text",
    "image.alt",
)
case(
    "field-title-link-jd",
    "某东好价 u.jd.com/AbC12x 速抢",
    "fixed",
    LS,
    "a 京东联盟 link in the title beside 某东; the title keeps its words",
    "title",
)

# ============================== must stay clean ==========================================
# peaches
clean(
    "peach-harvest",
    "🍑平谷大桃喜获丰收，桃农打开销路",
    "🍑 in a harvest report; 打开销路 is 'open a market'",
)
clean(
    "peach-baby",
    "🍑“桃宝宝”陆续上市啦！复制这份甜蜜，打开丰收的喜悦",
    "桃宝宝 (peach babies) holds 桃宝, and 复制…打开 stand by: no code, no shop",
)
clean(
    "peach-emoji-bao-baby",
    "萌娃变身“🍑宝宝”，打开🍑园大门迎接游客",
    "🍑宝 inside 🍑宝宝 (a child dressed as a peach) with 打开: no code",
)
clean(
    "peach-picking-code",
    "🍑采摘预约：打开“平谷大桃”小程序，输入预约码【PG2026A01】",
    "a booking code of capitals and digits (a project's number) in a peach-picking notice",
)
clean(
    "peach-variety",
    "桃宝1号是我县选育的晚熟桃品种，复制推广其种植模式，打开增收渠道",
    "a peach variety named 桃宝 with 复制推广 (the policy idiom) and 打开",
)
clean("peach-festival-title", "🍑第二十六届平谷桃花节开幕", "in the title", "title")
# sweet potatoes
clean(
    "sweet-potato-harvest",
    "🍠红薯丰收季，“小红薯”品种亩产超3000斤",
    "🍠 and 小红薯, a sweet-potato variety",
)
clean(
    "sweet-potato-variety-copy",
    "小红薯是我镇的特色红薯品种，复制推广“小红薯+电商”模式，打开增收新路",
    "小红薯 (the variety) with 复制推广 and 打开",
)
clean(
    "sweet-potato-open-market",
    "合作社打开小红薯销路，品种编号XHS2026A",
    "打开小红薯 (open the market for the sweet potato) beside a capitals-and-digits number",
)
clean("sweet-potato-alt", "🍠小红薯丰收，村民晾晒红薯干", "in an alt text", "image.alt")
clean(
    "sweet-potato-roast",
    "🍠烤红薯香飘街头，“红书”“红薯”傻傻分不清？",
    "红书 and 红薯 in a light feature",
)
# salted fish
clean("salted-fish-drying", "渔村咸鱼干晾晒正忙，渔民打开销路", "咸鱼干, dried fish")
clean("salted-fish-idiom", "咸鱼翻身！这个村靠特色产业打开了局面", "咸鱼翻身, an idiom")
clean(
    "salted-fish-quoted-idiom",
    "从“咸鱼”到“锦鲤”：一个村的翻身记",
    "咸鱼 quoted as a figure of speech",
)
clean(
    "salted-fish-emoji-heritage",
    "🐟咸🐟干制作技艺入选市级非遗名录",
    "a fish emoji among words about dried fish",
)
clean(
    "salted-fish-open-pack",
    "打开咸鱼干包装后请冷藏保存，复制件请妥善保管",
    "打开咸鱼… (open the dried fish's pack) and 复制 in a food-safety notice",
)
clean(
    "salted-fish-trace-code",
    "扫描包装上的追溯码（Ab12Cd34Ef）可查询咸鱼干产地",
    "a traceability code with a label before it beside 咸鱼干",
)
# dogs
clean(
    "dog-registration",
    "🐶养犬登记：请携带犬只免疫证明，打开“北京养犬”小程序办理",
    "🐶 in a pet-registration notice with 打开",
)
clean(
    "dog-east-district",
    "🐶东城区养犬登记通知：复制下方地址，打开地图导航前往",
    "🐶 before 东城区 reads 狗东 if the emoji is read as 狗; 复制 and 打开 stand by",
)
clean("dog-east-gate", "小区东门有一只流浪🐶，东门保安已联系救助站", "🐶 then 东门")
clean("dog-year", "狗年出生的宝宝可打开“育儿补贴”专栏申报", "狗 in 狗年, 宝宝 and 打开")
# idle goods
clean(
    "idle-goods-donation",
    "闲置物品捐赠活动：打开社区服务中心小程序预约，复制报名表填写",
    "闲置物品 with 打开 and 复制",
)
clean("idle-fish-pond", "公园鱼塘里的闲鱼悠然自得", "闲鱼 in its literal sense, an idle fish")
# places and words
clean("mou-east-road", "某东路与某宝塔路交叉口施工，请绕行", "某东 and 某宝 inside street names")
clean("pagoda-hill", "打开宝塔山景区预约系统，复制预约码即可入园", "宝塔, 复制 and 打开")
clean(
    "treasure-hunt-books",
    "周末到旧书市场淘宝贝，打开阅读新视野",
    "淘宝 inside 淘宝贝 (hunt for treasures)",
)
clean("left-behind-babies", "关爱留守宝贝，复制爱心，打开希望", "宝贝 with 复制 and 打开")
clean(
    "taobao-village", "全省淘宝村达到120个，复制推广“淘宝村”经验", "淘宝村 in rural revitalisation"
)
clean(
    "taobao-village-open",
    "打开淘宝村发展新思路，复制推广电商扶贫模式",
    "打开淘宝村 (open a new line of thought for Taobao villages)",
)
# letters
clean("tb-terabytes", "政务云存储容量扩至2TB，每日新增数据约3 TB", "TB as terabytes")
clean(
    "tb-terabytes-copy",
    "将数据复制到1TB移动硬盘后，打开备份软件校验",
    "复制…1TB…打开: terabytes in an IT instruction",
)
clean("tb-tuberculosis", "世界防治结核病日：结核病（TB）筛查进校园", "TB as tuberculosis")
clean(
    "tb-tuberculosis-screening",
    "TB筛查阳性者请打开“健康云”APP查看复查安排",
    "TB (tuberculosis) before 筛查 and 打开",
)
clean("tb-table-name", "数据字段存放在表tb_user和tb_order中", "tb_ as a database table prefix")
clean("jd-juris-doctor", "法律硕士（JD）项目今年招生120人", "JD as Juris Doctor")
clean("jd-degree-open", "取得JD学位后，他打开了职业发展的新空间", "JD (the degree) and 打开")
clean("dy-code-span", "计算位移：`dy = y2 - y1`", "dy in code")
clean("dy-code-block", "```python\ndx, dy = 3, 4\nprint(dx + dy)\n```", "dy in a code block")
clean("pdd-parkinson", "帕金森病痴呆（PDD）早期筛查义诊", "PDD as Parkinson's disease dementia")
clean(
    "pdd-developmental",
    "广泛性发育障碍（PDD）儿童康复救助政策解读",
    "PDD as a developmental disorder",
)
clean(
    "pdd-holdings-news",
    "拼多多母公司PDD Holdings发布季度财报",
    "PDD as the holding's name in business news",
)
clean("ks-test", "采用KS检验判断数据是否服从正态分布", "KS as Kolmogorov–Smirnov")
clean("ks-kiloseconds", "曝光时间为1.2 ks（千秒）", "ks as kiloseconds")
clean("mt-tonnes", "粮食产量达到1200万 mt", "mt as tonnes")
clean("mt-translation", "机器翻译（MT）技术助力政务外宣", "MT as machine translation")
clean("elm-tree", "The elm trees along the canal were planted in 1958.", "elm, the tree")
clean("xhs-code", "变量名xhs_count记录访问次数", "xhs in code")
clean("wph-units", "设备运行功率单位为Wph", "Wph in units")
# companies and platforms in news
clean(
    "meituan-penalty",
    "市场监管总局依法对美团作出行政处罚，罚款34.42亿元",
    "美团 in a report of a legal case",
)
clean("boe", "京东方（BOE）第8.5代生产线项目签约", "京东方, a listed company (BOE)")
clean(
    "boe-open",
    "打开京东方招聘官网，复制岗位链接即可投递",
    "京东方 after 打开 with 复制",
)
clean(
    "douyin-own-account",
    "关注我们的抖音号“XX发布”，获取最新政务信息",
    "抖音 as the platform of a government account",
)
clean(
    "douyin-search-own-account",
    "打开抖音搜索“XX发布”关注我们",
    "the docs' own-account pointer on 抖音",
)
clean(
    "douyin-music-note",
    "🎵欢迎收听“红色经典”歌曲展播",
    "🎵 (the note 抖音's logo is) in a culture post",
)
clean("platforms-rectification", "小红书、拼多多等平台开展专项整治", "platforms named in news")
clean("hungry-question", "孩子饿了么？打开冰箱前先洗手", "饿了么 as a question")
clean("quick-hand", "他是村里有名的种菜快手，打开了致富门路", "快手 as 'a quick worker'")
clean(
    "alipay-service",
    "打开支付宝首页“市民中心”办理公积金查询",
    "支付宝 as a government service's way in",
)
clean(
    "antifraud-masked-peach",
    "骗子发来“复制￥××××××××￥打开🍑宝”，切勿点击",
    "an anti-fraud notice quoting a masked code with 🍑宝",
)
clean(
    "antifraud-nicknames",
    "警惕“某宝客服”“狗东客服”来电，切勿透露验证码",
    "nicknames quoted in an anti-fraud warning",
)
clean(
    "jd-logistics-number",
    "复制快递单号JD0012345678901，打开物流查询页面",
    "a JD parcel number (JD + digits) with 复制 and 打开",
)
clean(
    "tb-tuberculosis-title",
    "终结TB行动：复制“早筛早治”经验，打开防治新局面",
    "TB (tuberculosis) with 复制 and 打开",
    "title",
)
clean(
    "mou-bao-pagoda-copy",
    "复制某宝塔景区的管理经验，打开文旅融合新局面",
    "某宝 inside 某宝塔 with 复制 and 打开",
)
clean(
    "peach-rural-store",
    "🍑宝村电商服务站开业，村民打开网上销售渠道",
    "a village named 桃宝村 (written 🍑宝村) with 打开",
)
clean(
    "dog-emoji-pairs",
    "🐶🐶们也要打疫苗！打开“犬只免疫”专栏查看接种点",
    "two dog emoji (read as 多多 for 拼🐶🐶?) in a vaccination notice",
)
clean(
    "fish-emoji-market",
    "咸🐟、闲置渔具交易市场周末开放，复制地址打开导航",
    "咸🐟 in a market notice with 复制 and 打开, no code",
)
clean(
    "little-red-book-news",
    "复制链接打开“浙里办”APP，小红薯种植补贴在线申领",
    "a government app, with 小红薯 (the crop) in the sentence",
)
clean(
    "tb-weight",
    "TB级数据的备份请复制到离线介质，打开校验工具核对",
    "TB级 (terabyte scale) with 复制 and 打开",
)

# --- second slice (not blind: written after the fix, with the checker read) ---------------
case(
    "probe-dog-emoji-bare-after",
    "打开🐶东APP，复制口令：AbCd1234EfG",
    "block",
    SC,
    "second slice: a code without delimiters after a trigger named with an emoji stand-in, "
    "three lead words between (APP, 复制, 口令)",
    xfail=(
        "without the emoji (打开狗东APP，复制口令：…) the code is read after 狗东…口令, an app's "
        "code name, which is read on the folded text only; after the trigger itself at most two "
        "lead words may stand"
    ),
)
block(
    "probe-dog-emoji-traditional",
    "複製￥AbCd1234XyZ￥打開🐶東",
    "second slice: the stand-in in a traditional trigger",
)
clean(
    "probe-pdd-file-number",
    "请复制文件编号后打开PDD文件查看（PDD2024ABC01）",
    "second slice: PDD as a file type beside a number of capitals and digits; a short Latin "
    "name is a weaker trigger, which such a token does not answer",
)
clean(
    "probe-mt-manager",
    "复制安装路径后打开MT管理器设置（MT2024ABC）",
    "second slice: MT, a file manager's name, beside a number of capitals and digits",
)
clean(
    "probe-peach-festival-code",
    "🍑桃花节：复制报名链接，打开“平谷发布”小程序报名",
    "second slice: 🍑 before 桃花节 and 复制…打开 a government mini-program, no code",
)
clean(
    "probe-fish-pond-code",
    "打开🐟塘闸门前请复制巡查记录，编号【YT2026A01】",
    "second slice: 🐟塘 (a fish pond) after 打开 and a number of capitals and digits",
)

# --- review (fix61): cases a report-only reviewer found on main after the pass -----------
# 1. a weak name first used the verb up: the full name after it was never a trigger
for id_, text, note in [
    ("review-jd-or-taobao", "打开JD或淘宝，复制【AB12CD34EF】", "JD, then 淘宝 after it"),
    ("review-tb-bracket-taobao", "打开TB（淘宝），复制【AB12CD34EF】", "TB, 淘宝 in brackets"),
    ("review-jd-jingdong-app", "打开jd京东APP，复制【AB12CD34EF】", "jd then 京东"),
    ("review-pdd-pinduoduo", "打开PDD拼多多，复制【AB12CD34EF】", "PDD then 拼多多"),
    ("review-mt-meituan-after-code", "复制【AB12CD34EF】打开mt美团", "mt then 美团, code first"),
    ("review-tb-alone-strong", "打开TB，复制【AB12CD34EF】", "TB, as strong as before red team 61"),
]:
    block(
        id_,
        text,
        f"review of red team 61: {note} — a code of capitals and digits, blocked before red "
        "team 61 and clean after it (the weak name used the verb up); fails on main 294774e",
    )
# 3. 某东/某团 in an anonymised report's places and organisations
for id_, text, note in [
    ("review-moudong-district", "打开某东区政务服务网，复制（AB2024CD01）。", "某东区, a district"),
    (
        "review-moudong-eastern-province",
        "某东部省份工作人员打开某东部平台，复制（AB2024CD01）。",
        "某东部, the east of a province",
    ),
    (
        "review-moudong-company",
        "案例：某东方公司员工复制客户信息（AB2024CD01）后打开某东方系统。",
        "某东方, a company's name",
    ),
    (
        "review-moudong-station",
        "复制下方编码，打开某东站售票处（AB2024CD01）。",
        "某东站, a railway station",
    ),
    (
        "review-moutuan-youth-league",
        "张某复制他人账号后打开某团委公众号后台，发布信息（XY2024AB01）。",
        "某团委, a Youth League committee",
    ),
    ("review-moutuan-city-committee", "打开某团市委网站，复制（Ab2024cD01）。", "某团市委"),
    ("review-moutuan-branch", "打开某团支部页面，复制（Ab2024cD01）。", "某团支部, a branch"),
    ("review-moutuan-member", "打开某团员的朋友圈，复制（Ab2024cD01）。", "某团员, a member"),
    ("review-moutuan-group-buying", "打开某团购网站，复制（AB2024CD01）。", "某团购, group buying"),
    # 4. a short Latin name before a word that makes it something else
    (
        "review-mt-translation-platform",
        "打开机器翻译（MT）平台，复制译文【Mt2024aB01】提交。",
        "MT, machine translation",
    ),
    ("review-mt-system", "复制以下内容，打开MT系统查询（Mt2024aB01）。", "an MT system"),
    ("review-elm-tree-list", "复制申请号后打开elm树保护名录【Elm2024aB01】。", "elm, the tree"),
    (
        "review-jd-document",
        "复制岗位信息，打开JD文档（Jd2024aBc01）查看岗位说明。",
        "a job description",
    ),
    (
        "review-pdd-case-library",
        "打开PDD病例库，复制病例（Pdd2024aB01）（帕金森病痴呆）。",
        "PDD, a disease's case library",
    ),
    ("review-wph-system", "打开wph系统，复制【Wph2024aB01】。", "a system called wph"),
    # 5. a stand-in emoji that makes an ordinary word, read as its character
    (
        "review-dog-emoji-east-gate",
        "养犬人请打开🐶东门社区犬只登记系统，复制【AB12345678】。",
        "🐶东门, 狗东门 a community",
    ),
    ("review-dog-east-gate", "打开狗东门社区，复制（AB2024CD01）。", "狗东门 written out"),
    (
        "review-peach-emoji-baby",
        "打开🍑宝宝成长档案，复制【AB12345678】查询。",
        "🍑宝宝, a child's nickname",
    ),
    (
        "review-salted-fish-farm",
        "打开咸🐟养殖基地溯源，复制【AB12345678】。",
        "咸🐟养殖, a fish farm",
    ),
]:
    clean(
        id_,
        text,
        f"review of red team 61: {note} — blocked on main 294774e, no app is named",
    )
for id_, text, note in [
    ("review-peach-emoji-bao-variant", "打开🍑寳，复制【Ab3dE5fG7hK】", "🍑寳 for 淘寳"),
    ("review-peach-bao-variant", "打开桃寳，复制【Ab3dE5fG7hK】", "桃寳 for 淘寳"),
    ("review-pdd-spaced", "打开P D D，复制【Ab3dE5fG7hK】", "P D D spaced"),
    ("review-pdd-hyphens", "打开P-D-D，复制【Ab3dE5fG7hK】", "P-D-D with hyphens"),
    ("review-jd-dotted", "打开J.D，复制【Ab3dE5fG7hK】", "J.D dotted"),
    ("review-pin-duoduo-spaced", "打开pin 多多，复制【Ab3dE5fG7hK】", "pin 多多 spaced"),
]:
    block(id_, text, f"review of red team 61: {note} — clean on main 294774e")
block(
    "review-peach-emoji-treasure-item",
    "打开🍑宝宝贝链接，复制【Ab3dE5fG7hK】",
    "review of red team 61: 🍑宝 then 宝贝 (a 淘宝 item), still 淘宝 beside the 桃宝宝 the review "
    "made no app — blocked on main too: it guards that exclusion",
)


def main() -> None:
    """Write the family file beside this script."""
    TABLE.write(
        __file__, "Generated by gen_redteam61.py; red-team pass 61, written blind.", width=100
    )


if __name__ == "__main__":
    main()
