"""Regenerate redteam59_blind_platform_conventions.yaml (red-team pass 59, written blind).

Weibo and WeChat conventions (mentions, topics, emoticon codes, repost chains, link
placeholders, 公众号 boilerplate) that must stay clean, and the must-catch items
hidden in them. Run from the repository root: python tests/compliance/corpus/gen_redteam59.py
"""

from __future__ import annotations

import sys
from pathlib import Path

from case_table import CaseTable

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))
from number_makers import grouped, id_number

ID = id_number("31010419851122368")
ID2 = id_number("11010519900307123")
MOBILE = "13912345678"
CODE = "￥AbCd1234XyZ￥"
FE = "wording.forced_engagement"
CHAIN = "//@张三:转发微博 //@李四:说得好[赞] //@王五:"

TABLE = CaseTable("redteam59_blind_platform_conventions")
case = TABLE.case
clean = TABLE.clean


# --- Weibo: mentions, topics, emoticons, placeholders (clean) ---
clean(
    "mention-plain",
    "@北京发布 发布最新通知，请市民关注。",
    "a Weibo mention of an account is a name, not a link or data",
)
clean(
    "mention-digits-letters",
    "感谢@user_138 @gov2025 @北京发布 的转发。",
    "user names with digits and letters; 138 alone is no mobile",
)
clean(
    "mention-many",
    "@平安北京 @北京交警 @首都文明网 @中国政府网 联合提示：雨天路滑。",
    "several official accounts mentioned",
)
clean(
    "mention-english",
    "@CCTV @ChinaDaily @XinhuaNews 报道了此次活动。",
    "English user names are not hosts",
)
clean(
    "mention-dotted-name",
    "@北京发布.官方 转发了这条微博。",
    "a dot in a nickname before CJK is no host",
)
clean("topic-plain", "#北京暴雨# 请市民减少外出。", "a Weibo topic between hashes")
clean("topic-super", "#北京发布[超话]# 今日打卡。", "a 超话 topic with its bracketed suffix")
clean(
    "topic-with-digits", "#2026年全国两会# #两会时间# 代表委员热议民生。", "topics holding a year"
)
clean("topic-ascii", "#COVID19# #ChinaNews# 疫情防控常态化。", "ASCII topics")
clean("emoticon-codes", "今天天气真好[微笑][太阳][赞]", "Weibo emoticon codes in brackets")
clean("emoticon-heart", "致敬最美逆行者[心][心][心][抱抱]", "emoticon codes repeated")
clean("emoticon-doge", "[doge][good][ok] 安全生产无小事。", "ASCII emoticon codes")
clean("placeholder-wangye", "详情请戳：O网页链接", "Weibo's placeholder for a folded link is text")
clean("placeholder-wangye-bare", "报名方式见网页链接", "网页链接 without the O")
clean("placeholder-video", "L北京发布的微博视频 防汛演练现场直击", "Weibo's video placeholder")
clean(
    "placeholder-expand", "今年以来，全市共新建公园15个……展开c", "the 展开c of a folded long text"
)
clean(
    "placeholder-collapse",
    "全市共新建公园15个，绿化覆盖率达49.8%。收起d",
    "the 收起d of an expanded long text",
)
clean(
    "repost-reason",
    "转发理由：为城市守护者点赞！",
    "a repost reason: 点赞 as praise, no demand or reward",
)
clean("original-image", "雪后故宫美如画 原图 原图 原图", "原图 labels of pictures")
clean(
    "repost-chain-clean",
    "//@北京发布:转发微博 //@平安北京:提醒市民注意防范电信诈骗 //@中国警方在线:谨防冒充客服诈骗",
    "a three-hop chain of official accounts",
)
clean("repost-chain-emoji", "//@张三:[赞][赞] //@李四:[心] //@王五:好样的", "a chain of emoticons")
clean(
    "repost-chain-colon-fullwidth",
    "//@张三：转发 //@李四：学习了",
    "a chain with full-width colons",
)
clean(
    "repost-chain-weibo-override",
    "//@北京发布:转发微博 //@首都文明网:文明出行",
    "a chain in the Weibo text override",
    "overrides.weibo.text",
)
clean(
    "repost-chain-topic",
    "#防汛# //@北京发布:暴雨蓝色预警 //@北京气象:预计今夜有大到暴雨",
    "topic before a chain",
)
clean("weibo-from-client", "来自 iPhone客户端", "the client line of a Weibo post")
clean(
    "weibo-time-counts", "2026-12-04 09:30 转发 1203 评论 356 赞 8921", "a post's time and counts"
)
clean("weibo-counts-wan", "转发 1.2万 评论 3456 赞 10万+", "counts in 万")
clean("weibo-invite-repost", "欢迎转发扩散，让更多人知道。", "an invitation to share")
clean("weibo-at-year", "@2026北京马拉松 组委会发布公告。", "a mention starting with a year")
clean("weibo-at-hotline", "有问题请@12345市民热线", "a mention naming a hotline")
clean("weibo-at-short-digits", "@110 是报警电话，请勿占用。", "a mention of 110")
clean("weibo-superlike", "本条微博已被置顶 [置顶]", "a pinned label")
clean("weibo-dm", "私信@北京发布 反映问题", "a DM invitation")
clean("weibo-hash-number", "#第3号台风# 今年第3号台风登陆。", "a topic holding a number")
clean(
    "weibo-long-text",
    "全文：" + "全市持续开展安全生产大检查，" * 6 + "展开全文c",
    "a folded long text",
)

# --- Weibo: must-catch in chains and mentions ---
case(
    "at-mobile",
    f"有问题请@{MOBILE} 联系",
    "block",
    "personal.mobile",
    "@ before a mobile number: the number is published",
)
case(
    "at-mobile-grouped",
    "请@139 1234 5678 领取材料",
    "block",
    "personal.mobile",
    "@ before a grouped mobile",
)
case(
    "chain-hop3-ad-link",
    CHAIN + "https://s.click.taobao.com/t?e=abc123",
    "fixed",
    "ad.link_stripped",
    "an ad link in the third hop of a repost chain",
)
case(
    "chain-hop3-short",
    CHAIN + "链接 t.cn/A6xYz9k",
    "fixed",
    "ad.link_stripped",
    "a short link (t.cn) in a chain's third hop: stripped as every short link",
)
case(
    "chain-hop3-jd",
    CHAIN + "u.jd.com/AbCdE",
    "fixed",
    "ad.link_stripped",
    "a bare JD ad host after a chain colon",
)
case(
    "chain-hop3-share-code",
    CHAIN + f"{CODE}复制这段话打开淘宝",
    "block",
    "ad.share_code",
    "a 淘口令 in the third hop",
)
case(
    "chain-hop3-mobile",
    CHAIN + f"有意者联系{MOBILE}",
    "block",
    "personal.mobile",
    "a mobile number in the third hop",
)
case(
    "chain-hop3-mobile-grouped",
    CHAIN + "电话139-1234-5678",
    "block",
    "personal.mobile",
    "a hyphen-grouped mobile in the third hop",
)
case(
    "chain-hop3-marking",
    CHAIN + "机密★10年 关于某某工作的通知",
    "block",
    "secrecy.marking",
    "a 密级 marking in the third hop",
)
case(
    "chain-hop3-internal",
    CHAIN + "内部资料 不得外传",
    "block",
    "secrecy.internal",
    "an internal marking in the third hop",
)
case(
    "chain-hop3-id",
    CHAIN + f"身份证号{ID}",
    "block",
    "personal.id_number",
    "an ID number in the repost chain",
)
case(
    "chain-hop3-id-bare",
    CHAIN + ID,
    "block",
    "personal.id_number",
    "a bare ID number right after the chain colon",
)
case(
    "chain-hop3-id-grouped",
    CHAIN + grouped(ID, [6, 8], " "),
    "block",
    "personal.id_number",
    "a grouped ID number in the chain",
)
case(
    "chain-id-override",
    f"//@张三:转发 //@李四:{ID}",
    "block",
    "personal.id_number",
    "an ID number in a chain of the Weibo override",
    "overrides.weibo.text",
)
case(
    "chain-mobile-override",
    f"//@张三:转发 //@李四:[赞] //@王五:{MOBILE}",
    "block",
    "personal.mobile",
    "a mobile in a chain of the Weibo override",
    "overrides.weibo.text",
)
case(
    "chain-ad-override",
    "//@张三:转发 //@李四:[赞] //@王五:https://s.click.taobao.com/t?e=x",
    "fixed",
    "ad.link_stripped",
    "an ad link in the Weibo override's chain",
    "overrides.weibo.text",
)
case(
    "chain-fullwidth-colon-mobile",
    f"//@张三：转发 //@李四：好 //@王五：{MOBILE}",
    "block",
    "personal.mobile",
    "full-width chain colons before a mobile",
)
case(
    "chain-mention-is-mobile",
    f"//@张三:转发 //@{MOBILE}:好",
    "block",
    "personal.mobile",
    "a mobile number used as a user name in the chain",
)
case(
    "chain-share-code-bracket",
    CHAIN + "「VAQz99KzQVD」复制后打开淘宝",
    "block",
    "ad.share_code",
    "a bracketed 淘口令 in the chain",
)
case(
    "chain-wangye-then-link",
    "详情戳O网页链接 //@王五:https://s.click.taobao.com/t?e=1",
    "fixed",
    "ad.link_stripped",
    "a placeholder and a real ad link in the chain",
)
case(
    "topic-then-ad",
    "#好物推荐# https://s.click.taobao.com/t?e=abc",
    "fixed",
    "ad.link_stripped",
    "an ad link after a topic",
)
case(
    "topic-ad-host",
    "#u.jd.com/AbCdE#",
    "fixed",
    "ad.link_stripped",
    "an ad host inside a topic's hashes",
)
case(
    "emoticon-then-mobile",
    f"[微笑]联系电话{MOBILE}[微笑]",
    "block",
    "personal.mobile",
    "a mobile between emoticon codes",
)
case(
    "emoticon-split-mobile",
    "139[微笑]1234[微笑]5678",
    "block",
    "personal.mobile",
    "emoticon codes as digit separators",
)
case(
    "mention-ad-host",
    "@t.cn/A6xYz9k 点击领取",
    "fixed",
    "ad.link_stripped",
    "a short link written after @ as if a name",
)
case(
    "forced-weibo-lottery",
    "转发本条微博并@三位好友即可参与抽奖",
    "warn",
    FE,
    "a reward for a share: forced engagement (docs: 转发…即可参加, 抽奖)",
)
case(
    "forced-weibo-lottery-topic",
    "#转发抽奖# 关注@北京发布 并转发本条微博，抽3位送纪念品",
    "warn",
    FE,
    "a follow and share with a draw after it",
)
case(
    "forced-weibo-collect-likes",
    "集齐38个[赞]即可领取纪念品",
    "warn",
    FE,
    "a like count with a reward, the like as an emoticon code",
)
case(
    "forced-weibo-chain",
    "//@张三:转发 //@李四:全体干部职工务必转发本条微博",
    "warn",
    FE,
    "a demand to share inside a chain",
)
case(
    "forced-weibo-precondition",
    "转发本条微博到朋友圈，截图后方可领取",
    "warn",
    FE,
    "a share with a precondition",
)
case(
    "forced-override",
    "转发本条微博并@三位好友即可参与抽奖",
    "warn",
    FE,
    "forced engagement in the Weibo override",
    "overrides.weibo.text",
)
case(
    "chain-opinion",
    "//@张三:转发 //@李四:我认为这个政策太坑了",
    "warn",
    "wording.opinion",
    "an opinion in a chain the account reposts as its own text",
)
case(
    "weibo-video-ad",
    "L某某的微博视频 同款戳 https://s.click.taobao.com/t?e=v",
    "fixed",
    "ad.link_stripped",
    "a video placeholder and an ad link",
)
case(
    "expand-hides-mobile",
    f"全市共新建公园15个……展开c 联系人手机{MOBILE}",
    "block",
    "personal.mobile",
    "a mobile after the 展开c placeholder",
)

# --- WeChat boilerplate (clean) ---
clean("wx-blue-follow", "点击上方蓝字关注我们", "an invitation to follow, no condition or demand")
clean(
    "wx-blue-follow-name",
    "点击上方“北京发布”关注我们，获取最新资讯",
    "an invitation naming the account; 获取资讯 is no reward",
)
clean("wx-star", "点击上方蓝字关注我们 ▎设为星标，不错过每一条推送", "a star-mark invitation")
clean("wx-qr-follow", "长按识别二维码关注", "an invitation to scan and follow")
clean("wx-qr-follow-more", "▼长按识别下方二维码，关注“北京发布”▼", "with triangles")
clean("wx-read-original", "点击阅读原文，查看全文", "the read-original button label")
clean(
    "wx-read-original-gov",
    "点击阅读原文：https://www.gov.cn/zhengce/content/2026-12/01/content_1.htm",
    "read-original to gov.cn",
)
clean(
    "wx-share-like-zaikan",
    "分享、点赞、在看，让更多人看到",
    "an invitation (123号 forbids 强制要求; an invitation is not forced: docs list 欢迎点赞转发 as clean)",
)
clean("wx-zaikan-short", "点个在看你最好看", "the usual 在看 invitation")
clean(
    "wx-three-clicks",
    "觉得有用，请分享、点赞、在看三连支持一下",
    "a three-part invitation without reward or demand",
)
clean("wx-arrows", "↓↓↓ 点击下方图片了解详情 ↓↓↓", "arrows")
clean("wx-triangles", "▼\n▼\n▼\n往期回顾", "stacked triangles")
clean("wx-end", "—END—", "the end mark")
clean("wx-end-variants", "- END -\n— THE END —\n·end·", "end-mark variants")
clean("wx-editor-reviewer", "编辑：张三 审核：李四", "editor and reviewer names")
clean(
    "wx-editor-full",
    "来源：北京发布\n编辑：张三\n校对：王五\n审核：李四\n终审：赵六",
    "the full credit block",
)
clean("wx-editor-slash", "编辑/张三 责编/李四 监制/王五", "credits with slashes")
clean("wx-source", "来源：XX发布", "a source line")
clean(
    "wx-source-xinhua", "来源：新华社 综合自人民日报、央视新闻", "a source line naming news units"
)
clean("wx-reprint", "转载请注明出处", "a reprint notice")
clean(
    "wx-reprint-long",
    "本文为北京发布原创，转载请注明出处，侵权必究。",
    "a reprint notice with rights",
)
clean("wx-contribute-gov", "投稿邮箱：tougao@bjfb.gov.cn", "a gov.cn submission mail")
clean(
    "wx-contribute-163",
    "投稿邮箱：bjfb_tougao@163.com",
    "a 163 mail: a mail address is no other site",
)
clean("wx-contribute-qq", "投稿邮箱：1234567@qq.com", "a QQ mail with a 7-digit QQ number")
clean("wx-ad-gongyi", "公益广告：文明出行，从我做起", "a 公益广告 label")
clean("wx-ad-label-prose", "本文不含任何广告内容", "the word 广告 in prose")
clean(
    "wx-past-list",
    "往期推荐\n1. 北京市发布暴雨蓝色预警（12月3日）\n2. 2026年北京市政府工作报告全文（12月1日）\n3. 冬季供暖服务热线公布（11月28日）",
    "a 往期推荐 list with dates",
)
clean(
    "wx-past-list-dates",
    "往期推荐\n▶ 2026-12-03 | 关于做好冬季安全生产工作的通知\n▶ 2026-11-30 | 12345热线11月工单分析",
    "past titles with ISO dates",
)
clean("wx-reward", "喜欢作者，可以赞赏支持", "a 赞赏 mention")
clean("wx-reward-off", "本文不开通赞赏功能", "赞赏 switched off")
clean("wx-read-count", "阅读 10万+ 在看 3256", "counts")
clean(
    "wx-follow-then-query",
    "关注公众号后可查询社保缴费记录",
    "an offer after a follow (docs: 关注公众号可查询 clean)",
)
clean("wx-mini-program-text", "点击下方小程序卡片即可预约", "a mini-program invitation")
clean(
    "wx-original-label", "原创 北京发布 北京发布 2026-12-04 09:30 发表于北京", "the article header"
)
clean("wx-listen", "听全文 | 约3分钟", "a listen label")
clean("wx-more-info", "更多信息请关注“北京发布”微信公众号", "an invitation naming the account")
clean("wx-phone-hotline", "咨询电话：010-12345678 12345热线", "landline and hotline in boilerplate")
clean("wx-image-source", "图片来源：视觉中国 图/张三", "picture credits")
clean("wx-copyright", "版权归原作者所有，如有侵权请联系删除", "a copyright notice")
clean(
    "wx-end-footer",
    "—END—\n来源：北京发布\n编辑：张三 审核：李四\n转载请注明出处\n点击阅读原文，查看更多",
    "a whole footer",
)
clean("wx-scan-sign", "扫码报名 ▼", "scan to register")
clean(
    "wx-past-with-bullets",
    "往期推荐\n● 关于开展“为身边好人点赞”活动的通知（12月2日）",
    "an activity name with 点赞 in a past title",
)

# --- WeChat: must-catch twins ---
case(
    "wx-past-share-code",
    f"往期推荐\n1. 北京市发布暴雨蓝色预警（12月3日）\n2. 年货节{CODE}复制打开淘宝（12月1日）",
    "block",
    "ad.share_code",
    "a 淘口令 in a 往期推荐 title",
)
case(
    "wx-past-share-code-bracket",
    "往期推荐\n▶ 2026-12-03 | 「VAQz99KzQVD」复制后打开淘宝",
    "block",
    "ad.share_code",
    "a bracketed 淘口令 in a past title",
)
case(
    "wx-read-original-taobao",
    "点击阅读原文：https://s.click.taobao.com/t?e=abc",
    "fixed",
    "ad.link_stripped",
    "read-original pointing to s.click.taobao.com",
)
case(
    "wx-read-original-taobao-bare",
    "点击阅读原文 s.click.taobao.com/t?e=abc",
    "fixed",
    "ad.link_stripped",
    "a bare ad host after the button label",
)
case(
    "wx-read-original-md",
    "[点击阅读原文](https://s.click.taobao.com/t?e=abc)",
    "fixed",
    "ad.link_stripped",
    "read-original as a Markdown link to an ad",
)
case(
    "wx-read-original-html",
    '<a href="https://s.click.taobao.com/t?e=abc">阅读原文</a>',
    "fixed",
    "ad.link_stripped",
    "read-original as an HTML anchor to an ad",
)
case(
    "wx-read-original-short",
    "点击阅读原文：dwz.cn/AbCd",
    "fixed",
    "ad.link_stripped",
    "read-original to a short link",
)
case(
    "wx-editor-mobile",
    f"编辑：张三 {MOBILE} 审核：李四",
    "block",
    "personal.mobile",
    "a personal mobile in the editor line",
)
case(
    "wx-editor-mobile-paren",
    f"编辑：张三（{MOBILE}）",
    "block",
    "personal.mobile",
    "a mobile in brackets after the editor",
)
case(
    "wx-editor-mobile-grouped",
    "编辑：张三 139 1234 5678",
    "block",
    "personal.mobile",
    "a grouped mobile in the editor line",
)
case(
    "wx-editor-id",
    f"编辑：张三 身份证{ID2}",
    "block",
    "personal.id_number",
    "an ID number in the editor line",
)
case(
    "wx-follow-coupon",
    "关注后回复“1”领取优惠券",
    "warn",
    FE,
    "a follow with a reward after it: forced engagement (docs: a reward, 领… after the act); the coupon alone names no shop, so no ad.wording",
)
case(
    "wx-follow-reply-prize",
    "关注本号后回复“抽奖”即可参与抽奖，送精美礼品",
    "warn",
    FE,
    "a follow with a draw",
)
case(
    "wx-share-zaikan-reward",
    "分享、点赞、在看，截图发后台即可领取红包",
    "warn",
    FE,
    "the three-click invitation with a reward",
)
case(
    "wx-must-zaikan", "请全体干部职工务必点赞、在看、转发", "warn", FE, "a demand to like and share"
)
case(
    "wx-blue-follow-precondition",
    "点击上方蓝字关注我们，关注后方可报名",
    "warn",
    FE,
    "a follow made a precondition",
)
case(
    "wx-qr-follow-precondition",
    "长按识别二维码关注，未关注的不予受理",
    "warn",
    FE,
    "a refusal for a non-follower",
)
case(
    "wx-contribute-mobile-mail",
    f"投稿邮箱：{MOBILE}@163.com",
    "block",
    "personal.mobile",
    "a mobile number as a mail user name",
)
case(
    "wx-contribute-ad-mail-plus-link",
    "投稿邮箱：tougao@bjfb.gov.cn 合作：u.jd.com/AbCdE",
    "fixed",
    "ad.link_stripped",
    "an ad link next to the mail",
)
case(
    "wx-end-marking", "—END—\n机密★5年", "block", "secrecy.marking", "a marking after the end mark"
)
case(
    "wx-end-internal",
    "—END—\n（内部资料 注意保存）",
    "block",
    "secrecy.internal",
    "an internal note in the footer",
)
case(
    "wx-footer-not-public",
    "—END—\n（此件不公开）",
    "block",
    "disclosure.not_public",
    "a disclosure note in the footer",
)
case(
    "wx-source-ad-link",
    "来源：XX发布 https://s.click.taobao.com/t?e=1",
    "fixed",
    "ad.link_stripped",
    "an ad link in the source line",
)
case(
    "wx-arrow-ad-link",
    "↓↓↓\nhttps://s.click.taobao.com/t?e=abc\n↑↑↑",
    "fixed",
    "ad.link_stripped",
    "an ad link between arrows",
)
case(
    "wx-triangle-share-code",
    f"▼\n{CODE}复制打开淘宝\n▼",
    "block",
    "ad.share_code",
    "a 淘口令 between triangles",
)
case(
    "wx-reward-sales",
    "赞赏请加vx：abc12345 购买同款",
    "warn",
    "ad.wording",
    "a sales contact beside 赞赏",
)
case(
    "wx-editor-line-ad",
    "编辑：张三 同款链接：https://s.click.taobao.com/t?e=abc 审核：李四",
    "fixed",
    "ad.link_stripped",
    "an ad link inside the credit line",
)
case(
    "wx-past-mobile",
    f"往期推荐\n▶ 2026-12-03 | 失物招领，联系{MOBILE}",
    "block",
    "personal.mobile",
    "a mobile in a past title",
)
case(
    "wx-past-id",
    f"往期推荐\n▶ 2026-12-03 | 寻人启事 身份证号{ID}",
    "block",
    "personal.id_number",
    "an ID in a past title",
)
case(
    "wx-past-title-field",
    f"往期推荐：年货节{CODE}复制打开淘宝",
    "block",
    "ad.share_code",
    "a 淘口令 in the title field",
    "title",
)
case(
    "wx-summary-coupon",
    "关注后回复“1”领取优惠券",
    "warn",
    FE,
    "forced engagement in the summary",
    "summary",
)
case(
    "wx-author-mobile",
    f"张三 {MOBILE}",
    "block",
    "personal.mobile",
    "a mobile in the author field",
    "author",
)
case("wx-author-clean", "北京发布 编辑：张三", "clean", None, "a usual author field", "author")
case(
    "wx-override-footer",
    "—END—\n编辑：张三 审核：李四\n点击阅读原文",
    "clean",
    None,
    "the WeChat body override's footer",
    "overrides.wechat.body",
)
case(
    "wx-override-read-original-ad",
    "点击阅读原文：https://s.click.taobao.com/t?e=abc",
    "fixed",
    "ad.link_stripped",
    "read-original to an ad in the WeChat override",
    "overrides.wechat.body",
)

# --- more clean look-alikes ---
clean(
    "wx-reply-keyword",
    "关注后回复“社保”可查询办理指南",
    "a follow and a keyword reply for a guide: an offer, no reward",
)
clean("wx-reply-keyword-2", "后台回复“1”获取政策原文", "a keyword reply for a document, no follow")
clean(
    "wx-coupon-policy",
    "我市发放消费券1亿元，市民可通过云闪付领取",
    "a government consumption voucher",
)
clean(
    "weibo-lottery-warning",
    "“转发本条微博并@三位好友即可参与抽奖”类信息多为骗局，请警惕",
    "a warning quoting the campaign",
)
clean("weibo-no-forced", "不得强制要求群众点赞、转发", "quoting 123号")
clean("weibo-at-editor", "编辑：@张三 审核：@李四", "credits as mentions")
clean(
    "weibo-topic-emoji-chain",
    "#冬季供暖# [太阳] //@北京发布:供暖热线12345",
    "topic, emoticon, chain",
)
clean(
    "weibo-wangye-gov",
    "通知全文：O网页链接 https://www.gov.cn/zhengce/a.html",
    "a placeholder and a gov.cn link",
)
clean("weibo-at-number-short", "@1234 不是手机号", "four digits after @")
clean("weibo-at-landline", "请@010-12345678 咨询", "a landline after @")
clean("wx-editor-date", "编辑：张三 2026年12月4日 审核：李四", "a date in the credit line")
clean("wx-editor-employee", "编辑：张三（工号20261204）", "a staff number")
clean("wx-qq-group", "读者交流QQ群：123456789", "a nine-digit QQ group number")
clean(
    "wx-past-dates-numbers",
    "往期推荐\n12-03 暴雨预警\n12-01 政府工作报告\n11-28 供暖热线",
    "short dates",
)
clean(
    "weibo-repost-count-chain", "//@北京发布:转发 1203 次 //@平安北京:已阅 356", "counts in a chain"
)
clean("weibo-mention-pinyin", "@beijingfabu @bjfb2025", "pinyin user names")
clean(
    "weibo-mention-underscore", "@北京_发布 @gov_cn_bj", "underscored user names, gov_cn is no host"
)
clean("weibo-mention-dot-cn", "感谢@人民网 @新华网 @央视新闻", "mentions of 网 accounts")
clean("wx-end-divider", "———— END ————", "long dashes")
clean("wx-zaikan-tone", "点亮“在看”，为基层干部点赞！", "praise and an invitation")

# --- second slice, NOT blind: probes written after the first run, with the checker read ---
case(
    "s2-reply-mobile",
    f"回复@张三:{MOBILE}",
    "block",
    "personal.mobile",
    "a reply prefix before a mobile",
)
case(
    "s2-mention-glued-mobile",
    f"@张三{MOBILE} 转发",
    "block",
    "personal.mobile",
    "a mobile glued to a user name",
)
case(
    "s2-chain-no-space",
    f"//@张三:转发//@李四:{MOBILE}",
    "block",
    "personal.mobile",
    "hops without spaces",
)
case("s2-topic-mobile", f"#{MOBILE}#", "block", "personal.mobile", "a mobile as a topic")
case(
    "s2-chain-id-spaced",
    CHAIN + grouped(ID, [6, 8], " "),
    "block",
    "personal.id_number",
    "a grouped ID after hops",
)
case(
    "s2-emoticon-split-internal",
    "[微笑]内部[微笑]资料",
    "block",
    "secrecy.internal",
    "an emoticon code splitting 内部资料: Weibo shows it as a picture, as an emoji",
)
case(
    "s2-emoticon-split-each",
    "内[微笑]部[微笑]资[微笑]料",
    "block",
    "secrecy.internal",
    "an emoticon code between every character",
)
case(
    "s2-emoticon-split-marking",
    "机[微笑]密★5年",
    "block",
    "secrecy.marking",
    "an emoticon code inside a 密级",
)
case(
    "s2-emoticon-split-marking-override",
    "//@张三:转发 //@李四:绝[心]密★",
    "block",
    "secrecy.marking",
    "an emoticon code inside a 密级 in the Weibo text",
    "overrides.weibo.text",
)
case(
    "s2-emoticon-split-not-public",
    "（此件不[微笑]公开）",
    "block",
    "disclosure.not_public",
    "an emoticon code inside a disclosure note",
)
case(
    "s2-emoticon-ascii-split",
    "内部[doge]资料",
    "block",
    "secrecy.internal",
    "an ASCII emoticon code splitting a marking",
)
case(
    "s2-emoticon-prose",
    "本报记者[采访]了市民，[注]：数据截至11月。",
    "clean",
    None,
    "bracketed words in prose that join nothing",
)
case(
    "s2-emoticon-between-words",
    "天气晴好[太阳]出门散步[哈哈]心情愉快",
    "clean",
    None,
    "emoticon codes between ordinary words",
)
case(
    "s2-fe-zhuanpingzan",
    "转评赞+关注@北京发布，抽3人送纪念品",
    "warn",
    FE,
    "转评赞 and a follow with a draw",
)
case(
    "s2-fe-digit-friends",
    "转发本条微博并@3位好友即可参与抽奖",
    "warn",
    FE,
    "friends counted in digits",
)
case(
    "s2-fe-zaikan-count",
    "分享、点赞、在看，集齐50个在看即可领取奖品",
    "warn",
    FE,
    "the three clicks with a reward",
)
case(
    "s2-placeholder-then-short",
    "O网页链接t.cn/A6xYz9k",
    "fixed",
    "ad.link_stripped",
    "a short link glued to the placeholder",
)
case(
    "s2-editor-glued-mobile",
    f"编辑：张三{MOBILE}",
    "block",
    "personal.mobile",
    "a mobile glued to the editor's name",
)
case(
    "s2-read-original-arrows",
    "点击阅读原文↓↓↓\nu.jd.com/AbCd",
    "fixed",
    "ad.link_stripped",
    "arrows then an ad host",
)
case(
    "s2-repost-reason-ad",
    "转发理由：https://s.click.taobao.com/t?e=1",
    "fixed",
    "ad.link_stripped",
    "an ad link as the repost reason",
)
case("s2-expand-mobile", "展开c" + MOBILE, "block", "personal.mobile", "a mobile glued to 展开c")
case(
    "s2-video-short",
    "L某某的微博视频t.cn/A6xYz9k",
    "fixed",
    "ad.link_stripped",
    "a short link glued to the video placeholder",
)
case(
    "s2-topic-marking",
    "//@李四:#机密★#",
    "block",
    "secrecy.marking",
    "a marking as a topic in a chain",
)


def main() -> None:
    """Write the family file beside this script."""
    TABLE.write(
        __file__,
        "Generated by gen_redteam59.py (red-team pass 59, written blind); edit the generator.",
        width=200,
    )


if __name__ == "__main__":
    main()
