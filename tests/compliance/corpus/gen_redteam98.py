"""Regenerate redteam98_blind_platform_formats.yaml (red-team pass 98, written blind).

The platforms' own formats: agencies write for Weibo, WeChat Official Accounts and their own
app, and paste from those platforms back into the CMS. Each item meets each platform's native
form — Weibo (``#话题#``, ``@账号`` mentions, ``[微笑]`` emoticon codes, ``网页链接``/``O网页链接``,
``L…的微博视频``, ``//@转发者:`` repost chains with the item in the first or a deeper hop,
``【标题】``, ``via``, ``#…[超话]#``, ``全文``/``展开c``), WeChat (the 公众号, 135 and 秀米 editors'
``<section style=…visibility: visible>`` nests, ``<p style><span style>``, ``&nbsp;``, ``<br  />``,
阅读原文 and 长按识别二维码, and the Markdown-ish text copied out of an article), and an app's push
text. Must catch: ad, affiliate and short links (``t.cn``, ``s.click.taobao.com``, ``m.tb.cn``,
``u.jd.com``, ``v.douyin.com``), shopping and video app deep links (``tbopen://``,
``openapp.jdmobile://``, ``pinduoduo://``, ``snssdk1128://``), WeChat's encrypted URL Scheme
``weixin://dl/business/?t=…`` (all stripped, ``fixed``), 淘口令 in ``￥…￥``, ``$…$``, ``(…)``,
``#小程序://京东购物/…`` (``ad.share_code``), a mobile bare, grouped, split by emoticon codes, as
a mention ``@139…`` or inside a ``#话题#``, an ID number, a Luhn-valid UnionPay card, ``机密★10年``,
``内部资料　注意保存``, ``（此件不公开）`` (block). Must stay clean: gov.cn, people.com.cn and
xinhuanet.com links, account mentions (``@北京发布``, ``@北京12345``), topics with years and
percentages, 12345, masked mobiles, WeChat's own ``weixin://dl/scan``, a government
mini-program ``#小程序://国家政务服务平台/…``, emoticon codes beside ordinary figures, 阅读 10万+
and 点赞 counts. A 公众号 article link (``mp.weixin.qq.com/s/…``) is no allowed host by the docs
(they list gov hosts, the 稿源单位 and configured domains), so it warns ``link.other_host``;
WeChat's share marks (``from=timeline``, ``isappinstalled``) are tracking parameters
(``link.tracking_removed``, fixed).

Written before the checker or any other family was read (issue 12, the head of
docs/compliance.md up to its corpus table, the corpus README, ``case_table.py``,
``number_makers.py`` and ``gen_redteam97.py`` for layout; a grep of docs/compliance.md for
"corpus" showed some rows of its corpus table — red teams 31 to 64, 59's Weibo and WeChat
conventions among them — before the cases were written; no case was taken from them). Fixed
seed; from the repository root:

    python tests/compliance/corpus/gen_redteam98.py            # writes the YAML
    python tests/compliance/corpus/gen_redteam98.py --sweep N  # N random item x platform posts

487 cases (368 to catch — 237 block, 123 fixed, 8 warn as documented — and 119 to stay clean),
41 strict xfails in 10 patterns (``REASONS``); the grids are thinned by rotation (each must item
in 10 of the 14 platform forms, each clean item in 5) to keep the family under 500.

First run (451 cases: the grid and the ``hand`` rows, written before any check() call): 9
failed, all (b): the clean item "a Weibo client line" held ``来自微博 weibo.com``, a bare host with a
public suffix, which warns ``link.other_host`` as the docs say (the item now names no host;
``hand-weibo-host`` keeps the warning); 0 (a), 0 (d). Every ad, short and app link in every Weibo,
WeChat-editor and app form was stripped, every 淘口令 form blocked, numbers in mentions, topics,
repost hops, emoticon splits and mini-program paths blocked, and every clean item (gov.cn/people/
xinhua links, mentions, topics with figures, 12345, masked numbers, counts, ``weixin://dl/scan``, a
government mini-program) stayed clean. A second slice of 45 (``probe-`` rows up to
``section-md-copy``, written after that run and before any other check() call): 2 failed, both (d),
``ascii-emoticon-split`` (``失主电话158[doge]5708[doge]3934``). Then,
probing with check() (still blind to the source): a third slice of 15 (``probe-`` rows from
``ascii-emoticon-id`` to ``ctl-mid-url``) found ``css-hidden-junk`` and ``weibo-mid-card``; the
sweep found the fourth slice's two patterns, and a fifth slice of 11 probes found
``nbsp-no-semicolon`` and ``emoticon-img-split`` (both then added to the sweep's separators); a
sixth of 23 (share texts of Kuaishou, Xiaohongshu, Bilibili, JD and Taobao, ``tel:``/``sms:`` links,
a mobile as a Douyin or WeChat id, the agency's account lines) passed but for ``peopleapp-host``;
a seventh of 14 found ``ad-host-after-at`` and ``code-before-star``; an eighth of 6 widened
``<br  />`` to ``br-editor-forms`` (``<br class="ProseMirror-trailingBreak">``, UEditor's
``<br data-filtered="filtered">``) and kept 秀米's and 135's ``powered-by``/``label`` clean; a ninth of 10 (the boilerplate a copied
article or post page brings: byline, page chrome, buttons, footers, 往期推荐, ``星标★``) stayed clean.
``--sweep 8000`` (seed ``98:sweep``): 1,400 wrong, all misses, none false: 291 ``<br  />``
(``br-editor-forms``), 284 ``[doge]`` (``ascii-emoticon-split``), 278 an emoticon picture
(``emoticon-img-split``), 262 a bare ``&nbsp`` (``nbsp-no-semicolon``; outside an HTML block
CommonMark prints it as text, so only the HTML forms are cases), 145 soft-wrapped lines without a
label (``number-soft-wrapped-unlabelled``; ``[电话]`` before the number is no label either) and
140 groups each after a ``<br />`` without a label (``189<br />6508<br />3711``: shown on three
lines, so left as arguable, not a case; with a label it blocks). No false finding in any sweep:
counts (``转发 139[心]评论 1234…``) and masked mobiles stayed clean with every separator.

Fix98s fixed ``ad-host-after-at`` and ``weibo-mid-card`` (``FIXED``) and decided
``peopleapp-host`` by the docs (``DECIDED``: the case warns ``link.other_host``): 35 strict
xfails in 7 patterns are left.

Fix103e fixed ``css-hidden-junk`` (``FIXED``): a field with an element the page does not show
is read again as shown (``govpub/compliance/shown_text.py``).

Fix112i fixed ``emoticon-img-remote`` (``FIXED``): Weibo's and WeChat's own emoticon pictures
(``data/emoticon_pictures.txt``) read as the code they show and warn no ``image.not_scanned``,
so the case blocks ``personal.mobile`` alone.
"""

from __future__ import annotations

import argparse
import random
import string
import sys
from collections import Counter
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

from case_table import CaseTable
from rule_ids import CARD, IDN, INT, LS, MARK, MOB, NOTE, OTHER, SC

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))
from number_makers import (
    DIVISIONS,
    id_number,
    luhn,
    luhn_uscc,
    random_digits,
)

SEED = 98
FAMILY = "redteam98_blind_platform_formats"
TRACK = "link.tracking_removed"
NOT_SCANNED = "image.not_scanned"

# a Weibo status id of 2025–26 (16 digits from 51…) that passes Luhn by chance (one in ten does)
MID = luhn("512345678901234")
ID_DIVISIONS = [d for d in DIVISIONS if not d.startswith("65")]  # 65…: a Discover's prefix


# ----- numbers and codes ---------------------------------------------------------------------


def person_id(rng: random.Random) -> str:
    year = rng.randint(1955, 2004)
    first17 = (
        f"{rng.choice(ID_DIVISIONS)}{year}{rng.randint(1, 12):02d}{rng.randint(1, 28):02d}"
        f"{random_digits(rng, 3)}"
    )
    return id_number(first17)


def mobile(rng: random.Random) -> str:
    return "1" + rng.choice("3589") + rng.choice("0123456789") + random_digits(rng, 8)


def unionpay(rng: random.Random) -> str:
    return luhn("6222" + random_digits(rng, 11))


def share_token(rng: random.Random, n: int = 11) -> str:
    """A random code as the share tools write one: capitals, small letters and digits mixed."""
    while True:
        token = "".join(rng.choice(string.ascii_letters + string.digits) for _ in range(n))
        kinds = (
            sum(c.isupper() for c in token) >= 2,
            any(c.islower() for c in token),
            any(c.isdigit() for c in token),
        )
        if all(kinds):
            return token


def path_token(rng: random.Random, n: int = 8) -> str:
    return "".join(rng.choice(string.ascii_letters + string.digits) for _ in range(n))


# ----- items ---------------------------------------------------------------------------------


@dataclass(frozen=True)
class Item:
    kind: str
    text: str  # the sentence the platform form carries
    expect: str
    rule: str | list[str] | None
    desc: str


def must_items(rng: random.Random) -> list[Item]:
    m = mobile(rng)
    m2 = mobile(rng)
    m3 = mobile(rng)
    m4 = mobile(rng)
    pid = person_id(rng)
    pid2 = person_id(rng)
    c = unionpay(rng)
    t1, t2, t3, t4 = (share_token(rng) for _ in range(4))
    return [
        Item("mobile", f"失主王先生{m}，请速与其联系", "block", MOB, "a bare mobile after a name"),
        Item("mobile-344", f"联系人：李老师 {m2[:3]} {m2[3:7]} {m2[7:]}", "block", MOB,
             "a mobile in 3-4-4 after a contact label"),
        Item("mobile-emoji", f"寻找车主{m3[:3]}[微笑]{m3[3:7]}[微笑]{m3[7:]}", "block", MOB,
             "a mobile split by Weibo emoticon codes"),
        Item("mobile-mention", f"@{m4} 你的快递已放门卫室", "block", MOB, "a mobile as a mention"),
        Item("id", f"拾到身份证一张，号码{pid}，请失主认领", "block", IDN, "an ID number in a 寻物"),
        Item("id-mention", f"@张伟{pid2} 报名信息已收到", "block", IDN, "an ID number glued to a mention"),
        Item("card", f"爱心捐款请转账至{c}（户名：王芳）", "block", CARD, "a UnionPay 16 card, Luhn-valid"),
        Item("tcn", "详情：http://t.cn/A6xYz8kQ", "fixed", LS, "a t.cn short link"),
        Item("taobao-click", "同款链接：https://s.click.taobao.com/t?e=m%3D2%26s%3DAbCd", "fixed", LS,
             "a 淘宝联盟 affiliate link"),
        Item("mtb", f"戳这里 https://m.tb.cn/h.{path_token(rng, 7)} 抢", "fixed", LS, "an m.tb.cn share link"),
        Item("ujd", f"入口：https://u.jd.com/{path_token(rng, 7)}", "fixed", LS, "a 京东联盟 short link"),
        Item("douyin", f"视频地址 https://v.douyin.com/{path_token(rng, 8)}/", "fixed", LS,
             "a Douyin share link"),
        Item("tbopen", "同款请点击 tbopen://m.taobao.com/tbopen/index.html?id=681234", "fixed", LS,
             "a Taobao app deep link"),
        Item("jdapp", "打开京东 openapp.jdmobile://virtual?params=%7B%22skuId%22%3A%22100012%22%7D",
             "fixed", LS, "a JD app deep link"),
        Item("pdd", "拼单入口 pinduoduo://com.xunmeng.pinduoduo/goods.html?goods_id=123456", "fixed",
             LS, "a Pinduoduo app deep link"),
        Item("snssdk", "抖音看直播 snssdk1128://aweme/detail/72123456", "fixed", LS,
             "a Douyin app deep link"),
        Item("wx-business", f"点击进入 weixin://dl/business/?t={path_token(rng, 11)}", "fixed", LS,
             "WeChat's encrypted URL Scheme of a mini-program"),
        Item("tkl-yuan", f"复制￥{t1}￥打开淘宝", "block", SC, "a 淘口令 in ￥…￥"),
        Item("tkl-dollar", f"${t2}$ 复制后打开淘宝", "block", SC, "a 淘口令 in $…$"),
        Item("tkl-paren", f"({t3})复制这段话打开淘宝", "block", SC, "a 淘口令 in (…)"),
        Item("mp-jd", f"#小程序://京东购物/{t4}", "block", SC, "a JD mini-program link as text"),
        Item("secret", "机密★10年", "block", MARK, "a 密级 marking"),
        Item("internal", "内部资料　注意保存", "block", INT, "an internal-use note"),
        Item("note", "（此件不公开）", "block", NOTE, "a 公开属性 note"),
    ]  # fmt: skip


def clean_items(rng: random.Random) -> list[Item]:
    return [
        Item("gov", "原文：https://www.gov.cn/zhengce/202412/content_6991234.htm", "clean", None,
             "a gov.cn link"),
        Item("people", "详见 http://politics.people.com.cn/n1/2024/1206/c1001-40123456.html", "clean",
             None, "a people.com.cn link"),
        Item("xinhua", "新华网报道 http://www.xinhuanet.com/politics/2024-12/06/c_1130123456.htm",
             "clean", None, "a xinhuanet.com link"),
        Item("masked", "失主王先生138****5678已领回背包", "clean", None, "a masked mobile"),
        Item("hotline", "如有疑问请拨打市民服务热线12345", "clean", None, "the 12345 hotline"),
        Item("topic-figures", "#2024年全市GDP增长5.2%# 全年地区生产总值4.98万亿元", "clean", None,
             "a topic with a year and a percentage"),
        Item("counts", "阅读 10万+　点赞 1234　在看 567　转发 89", "clean", None, "read and like counts"),
        Item("emoji-figures", "同比增长5.2%[赞][赞]，新增就业岗位28.6万个[鼓掌]", "clean", None,
             "emoticon codes beside figures"),
        Item("mentions", "@北京发布 @首都之窗 @北京12345 联合发布", "clean", None, "account mentions"),
        Item("mp-gov", f"#小程序://国家政务服务平台/{path_token(rng, 7)}", "clean", None,
             "a government mini-program link as text"),
        Item("wx-scan", "打开 weixin://dl/scan 扫一扫", "clean", None, "WeChat's own scan scheme"),
        Item("placeholders", "网页链接 O网页链接 L北京发布的微博视频", "clean", None,
             "Weibo's link and video placeholders"),
        Item("uscc", f"主办单位统一社会信用代码：{luhn_uscc(rng, '51')}", "clean", None,
             "an all-digit Luhn-passing USCC of a 社会团体"),
        Item("date-time", "2024年12月6日 10:30 来自微博网页版 已编辑", "clean", None,
             "a Weibo timestamp and client line"),
    ]  # fmt: skip


# ----- platform forms ------------------------------------------------------------------------

WX_SECTION = (
    '<section style="margin: 0px; padding: 0px; visibility: visible; box-sizing: border-box;">'
    '<section style="text-align: center; visibility: visible;">'
    '<p style="font-size: 15px; line-height: 1.75em; visibility: visible;">'
    '<span style="color: rgb(62, 62, 62); visibility: visible;">{s}</span></p></section></section>'
)
CONTEXTS: dict[str, Callable[[str], str]] = {
    "wb-topic": lambda s: f"#北京冬季供暖#【供暖服务提示】{s} [心] 网页链接",
    "wb-mention": lambda s: f"@北京发布 @首都之窗 {s}（来源：@北京市城市管理委）",
    "wb-repost": lambda s: (
        f"转发理由：收到[赞]//@朝阳群众小李:{s}//@北京发布:【今冬供暖】全市今日起正式供暖。O网页链接"
    ),
    "wb-repost-deep": lambda s: (
        f"已转//@市民甲:关注//@市民乙:{s}//@北京发布:【寻物启事】一市民在地铁10号线遗失背包。"
    ),
    "wb-emoji": lambda s: f"[微笑][微笑]{s}[心][心]",
    "wb-cutoff": lambda s: f"【北京发布】今天上午，市政府召开新闻发布会。{s}……全文 展开c",
    "wb-chaohua": lambda s: f"#北京发布[超话]# {s} L北京发布的微博视频 via 北京发布",
    "wx-section": lambda s: WX_SECTION.replace("{s}", s),
    "wx-nbsp": lambda s: f'<p style="text-indent: 2em;">&nbsp;&nbsp;{s}&nbsp;</p><p><br  /></p>',
    "wx-footer": lambda s: (
        f'<p>{s}</p><p style="text-align: center;"><span style="font-size: 12px;">▼长按识别二维码'
        '关注我们</span></p><p><a href="https://www.gov.cn/">阅读原文</a></p>'
    ),
    "wx-copied": lambda s: f"**供暖服务提示**\n\n{s}\n\n▼ 长按识别二维码\n\n阅读原文",
    "wx-135": lambda s: (
        '<section data-tools="135编辑器" data-id="94086"><section style="border-left: 4px solid '
        '#c00; padding-left: 8px;"><p><strong><span style="color: #c00;">温馨提示</span></strong>'
        f"</p><p>{s}</p></section></section>"
    ),
    "wx-xiumi": lambda s: (
        '<section class="_editor" data-role="paragraph"><p style="white-space: normal;">'
        f'<span style="letter-spacing: 1px;">{s}</span><br  /></p></section>'
    ),
    "app-push": lambda s: f"【北京通APP】{s} 点击查看详情>>",
}


# ----- hand rows: the platform forms' own places for an item ---------------------------------


def hand_rows(rng: random.Random) -> list[tuple[str, str, str, str | list[str] | None, str, str]]:
    """(id, text, expect, rule, note, field); field "" for the body."""
    m = mobile(rng)
    m2 = mobile(rng)
    m3 = mobile(rng)
    pid = person_id(rng)
    t1 = share_token(rng)
    t2 = share_token(rng)
    return [
        ("topic-mobile", f"#寻找失主{m}# 地铁10号线拾到背包一个", "block", MOB, "a topic holding a mobile", ""),
        ("topic-mobile-spaced", f"#寻人 {m[:3]} {m[3:7]} {m[7:]}# 请转告", "block", MOB,
         "a topic holding a 3-4-4 mobile", ""),
        ("mention-mobile-colon", f"//@{m2}:我也丢了一个", "block", MOB,
         "a mobile as the reposter's name in a chain", ""),
        ("repost-id-hop3", f"转发//@甲:转//@乙:顶//@丙:失主身份证{pid}//@北京发布:【寻物】", "block", IDN,
         "an ID number in the third hop of a repost chain", ""),
        ("emoji-split-heart", f"联系{m3[:3]}[心]{m3[3:7]}[心]{m3[7:]}", "block", MOB,
         "a mobile split by [心] codes", ""),
        ("emoji-split-text", f"{m3[:3]}[微笑]{m3[3:7]}[微笑]{m3[7:]}", "block", MOB,
         "the brief's 138[微笑]1234[微笑]5678 shape alone", ""),
        ("miniprogram-path-mobile",
         '<mp-miniprogram data-miniprogram-appid="wx1a2b3c4d5e6f7a8b" data-miniprogram-path='
         f'"pages/index/index?mobile={m}" data-miniprogram-nickname="北京通" data-miniprogram-title='
         '"办事指南"></mp-miniprogram>', "block", MOB, "a mini-program card's path query holding a mobile", ""),
        ("miniprogram-path-text", f"小程序路径：pages/index/index?mobile={m2}", "block", MOB,
         "a mini-program path written out, its query holding a mobile", ""),
        ("miniprogram-path-clean", "小程序路径：pages/index/index?id=1024&from=menu", "clean", None,
         "a mini-program path with an article id", ""),
        ("miniprogram-card-gov",
         '<mp-miniprogram data-miniprogram-appid="wx1a2b3c4d5e6f7a8b" data-miniprogram-path='
         '"pages/guide/detail?id=1024" data-miniprogram-nickname="北京通" data-miniprogram-title='
         '"供暖报修"></mp-miniprogram>', "clean", None, "a government mini-program card", ""),
        ("miniprogram-card-jd",
         '<mp-miniprogram data-miniprogram-appid="wx1a2b3c4d5e6f7a8b" data-miniprogram-path='
         '"pages/item/detail/detail?sku=100012" data-miniprogram-nickname="京东购物" '
         'data-miniprogram-title="取暖器"></mp-miniprogram>', "block", SC, "a 京东购物 mini-program card", ""),
        ("header-secret",
         '<section style="text-align: right; visibility: visible;"><p><span style="font-family: '
         '黑体;">机密★10年</span></p></section><section><p style="text-align: center;"><strong>关于做好'
         "冬季供暖工作的通知</strong></p></section>", "block", MARK, "a 密级 in a 公众号 header section", ""),
        ("header-secret-split",
         '<section style="text-align: right;"><p><span>机密</span><span style="color: red;">★</span>'
         '<span>10年</span></p></section>', "block", MARK, "a 密级 split over three spans", ""),
        ("header-internal",
         '<section style="text-align: left;"><p><span style="font-size: 12px;">内部资料&nbsp;&nbsp;注意保存'
         "</span></p></section>", "block", INT, "内部资料 in a header section with &nbsp;", ""),
        ("footer-note", "<p>北京市城市管理委员会</p><p>2024年12月6日</p><p>（此件不公开）</p>", "block",
         NOTE, "a 公开属性 note as the article's last paragraph", ""),
        ("wx-article-link", "推荐阅读：https://mp.weixin.qq.com/s/Ab3dEf9Hk2LmNoPq", "warn", OTHER,
         "a 公众号 article link: no allowed host by the docs", ""),
        ("wx-article-biz",
         "https://mp.weixin.qq.com/s?__biz=MzA3ODk0NTY3OA==&mid=2650123456&idx=1&sn=0a1b2c3d4e5f",
         "warn", OTHER, "a 公众号 article link in its long form", ""),
        ("wx-article-share-marks",
         "https://mp.weixin.qq.com/s/Ab3dEf9Hk2LmNoPq?from=timeline&isappinstalled=0", "warn",
         [OTHER, TRACK], "a 公众号 article link with WeChat's share marks", ""),
        ("gov-share-marks", "https://www.gov.cn/zhengce/202412/content_6991234.htm?from=groupmessage",
         "fixed", TRACK, "a gov.cn link with a share mark", ""),
        ("readmore-taobao", '<p><a href="https://s.click.taobao.com/t?e=m%3D2">阅读原文</a></p>', "fixed",
         LS, "阅读原文 to a 淘宝联盟 link", ""),
        ("readmore-gov", '<p><a href="https://www.gov.cn/zhengce/">阅读原文</a></p>', "clean", None,
         "阅读原文 to gov.cn", ""),
        ("wx-image", '<p><img data-src="https://mmbiz.qpic.cn/mmbiz_jpg/AbC/640?wx_fmt=jpeg" '
         'data-ratio="0.75" data-w="1080" /></p>', "warn", NOT_SCANNED,
         "a 公众号 picture on WeChat's CDN: remote, not scanned (documented)", ""),
        ("mpprofile",
         '<mpprofile class="js_uneditable custom_select_card mp_profile_iframe" data-pluginname='
         '"mpprofile" data-id="MzA3ODk0NTY3OA==" data-nickname="北京发布" data-alias="beijingfabu" '
         'data-signature="北京市人民政府新闻办公室官方微信" data-from="0"></mpprofile>', "clean", None,
         "an account card", ""),
        ("qr-prompt", "长按识别二维码，关注“北京发布”\n▼\n阅读 10万+　赞 2360　在看 315", "clean", None,
         "the footer prompts and counts", ""),
        ("douyin-share", "8.9 abc:/ 复制打开抖音，看看【北京发布的作品】冬季供暖 https://v.douyin.com/iRNBho6u/",
         "fixed", LS, "a Douyin share text of the agency's own video", ""),
        ("douyin-share-nolink", "8.9 abc:/ 复制打开抖音，看看【北京发布的作品】冬季供暖", "clean", None,
         "the same share text without its link", ""),
        ("alipays-ad",
         "alipays://platformapi/startapp?appId=20000067&url=https%3A%2F%2Fs.click.taobao.com%2Ft%3Fe%3Dm",
         "fixed", LS, "an Alipay deep link carrying a 淘宝联盟 address", ""),
        ("tb-share-text", "【淘宝】https://m.tb.cn/h.5Xyz12A CZ0001 「冬季保暖手套」点击链接直接打开", "fixed",
         LS, "a Taobao share text whose link is stripped (no 淘宝搜索 tail)", ""),
        ("tkl-trad", f"複製({t1})打開淘寶", "block", SC, "a 淘口令 in (…), traditional trigger", ""),
        ("tkl-weibo-override", f"[心]复制￥{t2}￥打开淘宝[心] #冬季好物#", "block", SC,
         "a 淘口令 in the Weibo text override", "overrides.weibo.text"),
        ("tcn-weibo-override", "#北京冬季供暖# 报修入口 http://t.cn/A6xYz8kQ [心]", "fixed", LS,
         "a t.cn link in the Weibo text override", "overrides.weibo.text"),
        ("mobile-weibo-override", f"#寻物启事# 失主{m}请到站台领取[心]", "block", MOB,
         "a mobile in the Weibo text override", "overrides.weibo.text"),
        ("clean-weibo-override", "#2024年全市GDP增长5.2%# @北京发布 网页链接 [赞][赞]", "clean", None,
         "a clean Weibo text override", "overrides.weibo.text"),
        ("topic-tag-mobile", f"寻找失主{m}", "block", MOB, "a mobile in a tag", "tags"),
        ("topic-tag-year", "2024年全市GDP增长5.2%", "clean", None, "a topic tag with figures", "tags"),
        ("via-client", "来自 iPhone 15 Pro Max · 北京", "clean", None, "a Weibo client line", ""),
        ("weibo-host", "2024年12月6日 10:30 来自微博 weibo.com 已编辑", "warn", OTHER,
         "the client line naming weibo.com: a bare host with a public suffix, another site (b: the "
         "first draft held it clean in the grid)", ""),
        ("expand-link", "今起全市供暖，报修请拨打12345。…展开c 收起d", "clean", None, "展开/收起 marks", ""),
    ]  # fmt: skip


def probe_rows(rng: random.Random) -> list[tuple[str, str, str, str | list[str] | None, str, str]]:
    """A second, harder slice: the same places, items spread over the platforms' own markup."""
    m = mobile(rng)
    m2 = mobile(rng)
    m3 = mobile(rng)
    pid = person_id(rng)
    pid2 = person_id(rng)
    c = unionpay(rng)
    t1, t2, t3, t4 = (share_token(rng) for _ in range(4))
    fours = " ".join(c[i : i + 4] for i in range(0, 16, 4))
    return [
        # must catch
        ("topic-emoji-mobile", f"#寻人启事#{m[:3]}[心]{m[3:7]}[心]{m[7:]}", "block", MOB,
         "a mobile split by [心] right after a topic", ""),
        ("ascii-emoticon-mobile", f"失主电话{m[:3]}[doge]{m[3:7]}[doge]{m[7:]}", "block", MOB,
         "a mobile split by an ASCII emoticon code after a phone word", ""),
        ("ascii-emoticon-mobile-bare", f"失主{m2[:3]}[doge]{m2[3:7]}[doge]{m2[7:]}", "block", MOB,
         "a mobile split by an ASCII emoticon code, no label", ""),
        ("emoji-run-mobile", f"{m2[:3]}[微笑][微笑]{m2[3:7]}[心][心]{m2[7:]}", "block", MOB,
         "a mobile split by runs of emoticon codes", ""),
        ("topic-id", f"#寻找失主#身份证{pid}", "block", IDN, "an ID number after a topic", ""),
        ("topic-inside-id", f"#失主{pid}#", "block", IDN, "an ID number inside a topic", ""),
        ("repost-card-fours", f"//@热心网友:捐款账号 {fours}//@北京发布:【爱心接力】", "block", CARD,
         "a card in fours in a repost hop", ""),
        ("spans-mobile", f"<p><span>{m3[:3]}</span>&nbsp;<span>{m3[3:7]}</span>&nbsp;<span>{m3[7:]}</span>"
         "</p>", "block", MOB, "a mobile over three styled spans and &nbsp;", ""),
        ("spans-id", f'<p><span style="color: red;">{pid2[:6]}</span><span>{pid2[6:14]}</span>'
         f"<span>{pid2[14:]}</span></p>", "block", IDN, "an ID number over three spans", ""),
        ("br-mobile", f"<p>联系人：王老师<br  />{m3}<br  /></p>", "block", MOB, "a mobile between <br  />s", ""),
        ("tcn-glued", "报修入口http://t.cn/A6xYz8kQ网页链接", "fixed", LS,
         "t.cn glued to ideographs and Weibo's placeholder", ""),
        ("tcn-in-topic", "#t.cn/A6xYz8kQ# 报名", "fixed", LS, "a short link inside a topic's marks", ""),
        ("tcn-mention-chain", "//@北京发布:详见 t.cn/A6xYz8kQ", "fixed", LS,
         "a bare short link in a repost hop after a colon", ""),
        ("douyin-bare", "复制此链接 v.douyin.com/iRNBho6u/ 打开抖音", "fixed", LS,
         "a Douyin share link without a scheme", ""),
        ("tbopen-href", '<p><a href="tbopen://m.taobao.com/tbopen/index.html?id=681234">同款</a></p>',
         "fixed", LS, "a Taobao deep link as an anchor's target", ""),
        ("wx-business-jd", "weixin://dl/business/?appid=wx91d27dbf599dff74&path=pages/index/index",
         "fixed", LS, "WeChat's plain URL Scheme to 京东购物's appid (the docs' shop appid)", ""),
        ("mp-pdd", f"#小程序://拼多多/{t1}", "block", SC, "a Pinduoduo mini-program link as text", ""),
        ("mp-jd-repost", f"//@好物分享:#小程序://京东购物/{t2}//@北京发布:【冬季取暖安全】", "block", SC,
         "a JD mini-program link in a repost hop", ""),
        ("tkl-topic-jd", f"#{t3}# 复制打开京东", "block", SC, "a JD 口令 between topic marks", ""),
        ("tkl-p-split", f"<p>({t4})</p><p>复制这段话打开淘宝</p>", "block", SC,
         "a 淘口令 and its trigger in two paragraphs", ""),
        ("tkl-span", f'<p>复制￥<span style="color: red;">{t4[:4]}</span>{t4[4:]}￥打开淘宝</p>', "block",
         SC, "a 淘口令 whose code a span cuts", ""),
        ("secret-heading", "【机密★10年】关于做好冬季供暖工作的通知", "block", MARK, "a 密级 as a 【】 heading", ""),
        ("secret-br", "<p>机密★<br  />10年</p>", "block", MARK, "a 密级 broken by <br  />", ""),
        ("secret-emoji", "机[微笑]密★10年", "block", MARK, "a 密级 split by an emoticon code", ""),
        ("internal-nbsp", "<p>内&nbsp;部&nbsp;资&nbsp;料</p>", "block", INT, "内部资料 spaced by &nbsp;", ""),
        ("internal-emoji", "#内部资料#请勿外传[嘘]", "block", INT, "内部资料 as a topic", ""),
        ("note-span", '<p style="visibility: visible;"><span style="visibility: visible;">（此件不公开）</span>'
         "</p>", "block", NOTE, "a 公开属性 note in WeChat's visible spans", ""),
        # a third slice, probed after the first run (still blind: check() only)
        ("ascii-emoticon-id", f"失主身份证号{pid[:6]}[doge]{pid[6:14]}[doge]{pid[14:]}", "block", IDN,
         "an ID number split by an ASCII emoticon code", ""),
        ("ascii-emoticon-good", f"{m[:3]}[good]{m[3:7]}[good]{m[7:]}", "block", MOB,
         "a mobile split by Weibo's [good]", ""),
        ("ctl-emoticon-id", f"身份证{pid[:6]}[微笑]{pid[6:14]}[微笑]{pid[14:]}", "block", IDN,
         "control: the same ID split by an ideograph code blocks", ""),
        ("ctl-emoticon-card", f"卡号{c[:4]}[心]{c[4:8]}[心]{c[8:12]}[心]{c[12:]}", "block", CARD,
         "control: a card in fours split by [心]", ""),
        ("keycap-mobile", "".join(f"{d}\ufe0f\u20e3" for d in m2), "block", MOB,
         "a mobile in keycap emoji digits", ""),
        ("mention-latin-mobile", f"@Tony{m3} 你的报名已通过", "block", MOB,
         "a mobile glued to a Latin nickname", ""),
        ("mp-text-link-id", f'<a class="weapp_text_link" data-miniprogram-path="pages/index/index?idcard='
         f'{pid2}" data-miniprogram-nickname="北京通">办事入口</a>', "block", IDN,
         "a mini-program text link whose path holds an ID number", ""),
        ("wxaurl", "立即预约：https://wxaurl.cn/AbCd1234Xy", "fixed", LS, "a mini-program URL Link", ""),
        ("css-none-mobile", f"<p>{m[:3]}<span style=\"display:none\">x</span>{m[3:]}</p>", "block", MOB,
         "a mobile with a hidden junk character inside (display:none)", ""),
        ("css-zero-mobile", f"<p>{m2[:3]}<span style=\"font-size: 0px;\">x</span>{m2[3:]}</p>", "block",
         MOB, "a mobile with a zero-size junk character inside", ""),
        ("css-zero-secret", '<p>机<span style="font-size: 0px;">x</span>密★10年</p>', "block", MARK,
         "a 密级 with a zero-size junk character inside", ""),
        ("mid-label", f"#微博辟谣# 原微博（mid：{MID}）系谣言，请勿传播", "clean", None,
         "a Weibo status id (16 digits, 51…, Luhn-valid by chance) after its label mid", ""),
        ("mid-weibo-id", f"微博ID：{MID}", "clean", None, "a Weibo status id after 微博ID", ""),
        ("ctl-mid-number", f"博文编号{MID}", "clean", None, "control: after 编号 it stays clean", ""),
        ("ctl-mid-url", f"https://m.weibo.cn/detail/{MID}", "warn", OTHER,
         "control: in its address it only warns as another site", ""),
        # a fourth slice, from the sweep: WeChat's own <br  /> and soft-wrapped lines
        ("br2-mobile", f"<p>联系电话：{m3[:3]}<br  />{m3[3:7]}<br  />{m3[7:]}</p>", "block", MOB,
         "a labelled mobile broken by the editor's <br  /> (two spaces)", ""),
        ("ctl-br1-mobile", f"<p>联系电话：{m3[:3]}<br />{m3[3:7]}<br />{m3[7:]}</p>", "block", MOB,
         "control: the same with <br /> blocks", ""),
        ("br2-id", f"<p>身份证号：{pid[:6]}<br  />{pid[6:]}</p>", "block", IDN,
         "a labelled ID number broken by <br  />", ""),
        ("ctl-br1-id", f"<p>身份证号：{pid[:6]}<br />{pid[6:]}</p>", "block", IDN, "control: <br />", ""),
        ("br2-card", f"<p>银行卡号：{c[:8]}<br  />{c[8:]}</p>", "block", CARD,
         "a labelled card broken by <br  />", ""),
        ("br2-internal", "<p>内部<br  />资料</p>", "block", INT, "内部资料 broken by <br  />", ""),
        ("ctl-br1-internal", "<p>内部<br>资料</p>", "block", INT, "control: <br> joins", ""),
        ("br2-internal-spaced", "<p>内<br  />部<br  />资<br  />料</p>", "block", INT,
         "内部资料 down the page, one character a line, <br  />", ""),
        ("br2-secret", "<p>机<br  />密★10年</p>", "block", MARK, "a 密级 broken by <br  />", ""),
        ("ctl-br1-secret", "<p>机<br />密★10年</p>", "block", MARK, "control: <br />", ""),
        ("br2-upper", "内部<BR  />资料", "block", INT, "the same in capitals", ""),
        ("wrap-mobile-3-8", f"失主王先生{m2[:3]}\n{m2[3:]}", "block", MOB,
         "an unlabelled mobile soft-wrapped 3-8 in Markdown (the page shows one line)", ""),
        ("wrap-mobile-3-4-4", f"{m2[:3]}\n{m2[3:7]}\n{m2[7:]}", "block", MOB,
         "an unlabelled mobile over three soft-wrapped lines", ""),
        ("wrap-card-fours", f"转账至{c[:4]}\n{c[4:8]}\n{c[8:12]}\n{c[12:]}", "block", CARD,
         "an unlabelled card in fours over four soft-wrapped lines", ""),
        ("ctl-wrap-id", f"失主{pid2[:6]}\n{pid2[6:14]}\n{pid2[14:]}", "block", IDN,
         "control: an unlabelled ID number over three lines blocks", ""),
        ("ctl-wrap-mobile-label", f"联系电话：{m2[:3]}\n{m2[3:7]}\n{m2[7:]}", "block", MOB,
         "control: labelled, the three lines block", ""),
        # a fifth slice, probed: entities without their semicolon, emoticons as pictures
        ("nbsp-bare-mobile", f"<p>联系电话：{m[:3]}&nbsp{m[3:7]}&nbsp{m[7:]}</p>", "block", MOB,
         "a mobile parted by `&nbsp` without its semicolon in an HTML block (browsers decode it)", ""),
        ("nbsp-bare-mobile-name", f"<p>失主王先生{m2[:3]}&nbsp{m2[3:7]}&nbsp{m2[7:]}</p>", "block", MOB,
         "the same after a name", ""),
        ("ctl-nbsp-mobile", f"<p>失主王先生{m2[:3]}&nbsp;{m2[3:7]}&nbsp;{m2[7:]}</p>", "block", MOB,
         "control: with the semicolon it blocks", ""),
        ("nbsp-bare-internal", "<p>内部&nbsp资料</p>", "block", INT, "内部资料 parted by a bare `&nbsp`", ""),
        ("nbsp-bare-secret", "<p>机密&nbsp★&nbsp10年</p>", "block", MARK, "a 密级 parted by bare `&nbsp`s", ""),
        ("img-emoticon-mobile", f'<p>联系电话：{m3[:3]}<img alt="[微笑]" src="/face/smile.png">{m3[3:7]}'
         f'<img alt="[微笑]" src="/face/smile.png">{m3[7:]}</p>', "block", MOB,
         "a mobile split by emoticons pasted from Weibo's web page as pictures", ""),
        ("img-emoticon-mobile-remote", f'失主王先生{m3[:3]}<img alt="[微笑]" title="[微笑]" '
         f'src="https://face.t.sinajs.cn/t4/appstyle/expression/ext/normal/e3/2018new_weixioa02_org.png">'
         f"{m3[3:]}", "block", MOB, "the same with Weibo's remote emoticon picture (fix112i: the "
         "platform's own emoticon, data/emoticon_pictures.txt, reads as its code; no image warning)", ""),
        ("img-emoji-mobile", f'联系电话：{m[:3]}<img class="emoji" alt="😊">{m[3:7]}<img class="emoji" '
         f'alt="😊">{m[7:]}', "block", MOB, "a mobile split by emoji pictures", ""),
        ("img-emoticon-internal", '内部<img alt="[微笑]">资料', "block", INT,
         "内部资料 split by an emoticon picture", ""),
        ("img-emoticon-secret", '机<img alt="[心]">密★10年', "block", MARK, "a 密级 split by one", ""),
        ("ctl-img-after-mobile", f'{m[:3]}{m[3:]}<img alt="[微笑]">', "block", MOB,
         "control: an emoticon picture after a whole mobile", ""),
        # a sixth slice, probed: the apps' share texts and the platforms' own contact forms
        ("douyin-id-mobile", f"抖音号：{m}", "block", MOB, "a mobile used as a Douyin id", ""),
        ("wechat-id-mobile", f"微信号：wxid_{m2}", "block", MOB, "a mobile inside a WeChat id", ""),
        ("tel-href", f'<a href="tel:{m3}">一键拨打</a>', "block", MOB, "a mobile in a tel: link", ""),
        ("sms-href", f'<a href="sms:{m}">发短信</a>', "block", MOB, "a mobile in an sms: link", ""),
        ("tel-md", f"[联系我们](tel:+86{m2})", "block", MOB, "a +86 mobile in a Markdown tel: link", ""),
        ("mp-scene-mobile", f"#小程序://北京通/pages/index/index?scene={m3}", "block", MOB,
         "a mini-program text link whose scene is a mobile", ""),
        ("gov-query-mobile", f"https://www.gov.cn/zhengce/index.htm?phone={m}", "block", MOB,
         "a gov.cn link whose query holds a mobile", ""),
        ("kuaishou-share", "https://v.kuaishou.com/AbCd12 北京发布发了一个快手作品，一起来看！", "fixed", LS,
         "a Kuaishou share text", ""),
        ("xhs-share", "http://xhslink.com/AbCd12，复制本条信息，打开【小红书】App查看精彩内容！", "fixed", LS,
         "a Xiaohongshu share text", ""),
        ("b23-share", "【冬季供暖指南-哔哩哔哩】 https://b23.tv/AbCd12", "fixed", LS, "a Bilibili share text", ""),
        ("jd-share", "【京东】https://3.cn/2-AbCdEf「取暖器」点击链接直接打开", "fixed", LS, "a JD share text", ""),
        ("tb-share-tail", "【淘宝】假一赔四 https://e.tb.cn/h.TFz1Ab?tk=AbCd3HxYz12 CZ0001 「冬季保暖手套加绒」"
         "点击链接直接打开 或者 淘宝搜索直接打开", "warn", [LS, "ad.wording"],
         "a Taobao share text with its search tail (documented: warns once the link is stripped)", ""),
        ("euro-code-codes", f"[心]€{t1}€[心]", "block", SC, "a code between € signs among emoticon codes", ""),
        ("taobao-scheme-href", '<p><a href="taobao://item.taobao.com/item.htm?id=681234">同款</a></p>', "fixed",
         LS, "a taobao:// deep link as an anchor's target", ""),
        ("tmall-scheme", "tmall://page.tm/shop?shopId=123", "fixed", LS, "a tmall:// deep link", ""),
        ("douyin-share-codes", "7.43 a@N.Sy 02/28 bNj:/ 复制打开抖音，看看【北京发布的作品】冬季供暖指南", "clean",
         None, "a Douyin share text's own tokens, no link (docs: an agency shares its own videos)", ""),
        ("wx-redirect-link", '<a href="https://mp.weixin.qq.com/s?__biz=MzA3ODk0NTY3OA==&amp;mid=2650123456'
         '&amp;idx=1&amp;sn=0a1b2c3d&amp;chksm=84a1b2c3&amp;scene=21#wechat_redirect" textvalue="往期推荐" '
         'data-itemshowtype="0" linktype="text" data-linktype="2">往期推荐</a>', "warn", OTHER,
         "a 往期推荐 link as the editor writes it", ""),
        ("account-lines", "视频号：北京发布　抖音号：beijingfabu　快手号：bjfb2024\n微信号：beijingfabu", "clean",
         None, "the agency's own account names", ""),
        ("credits", '<p style="text-align: center;"><span style="font-size: 12px;">监制：王芳 | 编辑：李娜 | '
         "校对：张伟</span></p>", "clean", None, "an article's credit line", ""),
        ("hotlines-topic", "【北京发布】#冬季供暖# 今起供暖，供热热线：96069、96116。@北京市城市管理委", "clean",
         None, "service hotlines in a Weibo post", ""),
        ("tel-hotline", '<a href="tel:12345">一键拨打12345</a>', "clean", None, "a tel: link to 12345", ""),
        ("xinhua-app", "来源：新华社客户端 https://h.xinhuaxmt.com/vh512/share/11912345", "clean", None,
         "新华社客户端's share link (a listed unit)", ""),
        ("peopleapp", "来源：人民日报客户端 https://wap.peopleapp.com/article/7612345/7456789", "clean", None,
         "人民日报客户端's share link", ""),
        ("br2-secret-star", "<p>机密<br  />★<br  />10年</p>", "block", MARK,
         "a 密级, its star on a line of its own, <br  />", ""),
        ("ctl-br1-secret-star", "<p>机密<br />★<br />10年</p>", "block", MARK, "control: <br />", ""),
        ("ascii-emoticon-trigger", f"<p>复制({t1})打开淘[doge]宝</p>", "block", SC,
         "a 淘口令 whose trigger an ASCII emoticon code splits", ""),
        ("ctl-emoticon-trigger", f"<p>复制({t1})打开淘[心]宝</p>", "block", SC, "control: [心] there blocks", ""),
        ("br-pm-internal", '<p>内部<br class="ProseMirror-trailingBreak">资料</p>', "block", INT,
         "内部资料 split by the new 公众号 editor's break", ""),
        ("br-pm-mobile", f'<p>联系电话：{m3[:3]}<br class="ProseMirror-trailingBreak">{m3[3:7]}'
         f'<br class="ProseMirror-trailingBreak">{m3[7:]}</p>', "block", MOB, "a mobile split so", ""),
        ("br-ueditor-mobile", f'<p>联系电话：{m3[:3]}<br data-filtered="filtered">{m3[3:]}</p>', "block", MOB,
         "a mobile split by UEditor's break", ""),
        ("leaf-spans-secret", '<p><span leaf="">机密</span><span textstyle="" style="color: red;">★10年</span></p>',
         "block", MARK, "a 密级 over the new editor's leaf spans", ""),
        ("xiumi-powered", '<section powered-by="xiumi.us" style="margin: 0px;"><p>今起全市供暖</p></section>',
         "clean", None, "秀米's powered-by attribute", ""),
        ("e135-label", '<section class="_135editor" data-tools="135编辑器" data-id="86318" data-role="outer" '
         'label="Powered by 135editor.com"><p>今起全市供暖</p></section>', "clean", None,
         "the 135 editor's label attribute", ""),
        # a seventh slice, probed: an ad host after a mention's @, an emoticon code before a 密级's star
        ("at-tcn", "转自@t.cn/A6xYz8kQ", "fixed", LS, "a short link right after @ (the docs: stripped)", ""),
        ("at-ujd-chain", "//@u.jd.com/Ab3dEf9:好物推荐", "fixed", LS, "an ad host as a repost hop's name", ""),
        ("at-tcn-chain-tail", "//@北京发布:转发 @t.cn/A6xYz8kQ", "fixed", LS,
         "a short link after @ in a repost hop", ""),
        ("ctl-slashes-tcn", "//t.cn/A6xYz8kQ", "fixed", LS, "control: protocol-relative it is stripped", ""),
        ("code-before-star", "机密[心]★10年", "block", MARK, "an emoticon code between 密级 and its star", ""),
        ("code-before-star-5", "秘密[微笑]★5年", "block", MARK, "the same with 秘密 and [微笑]", ""),
        ("code-before-star-long", "绝密[心]★长期", "block", MARK, "the same with 绝密★长期", ""),
        ("code-every-char", "机[心]密[心]★[心]10年", "block", MARK, "a code after every character", ""),
        ("ctl-emoji-before-star", "机密😀★10年", "block", MARK, "control: an emoji there blocks", ""),
        ("ctl-code-after-star", "机密★[心]10年", "block", MARK, "control: a code after the star blocks", ""),
        # a ninth slice, probed: the boilerplate a copied article or post page brings along
        ("wx-byline", "原创 北京发布 北京发布 2024-12-06 10:30 北京", "clean", None, "an article's byline", ""),
        ("wx-page-chrome", "预览时标签不可点\n微信扫一扫\n关注该公众号\n继续滑动看下一个\n轻触阅读原文\n北京发布"
         "\n向上滑动看下一个\n知道了", "clean", None, "the article page's own words, copied", ""),
        ("wx-page-buttons", "微信扫一扫\n使用小程序\n取消 允许\n：，。视频 小程序 赞，轻点两下取消赞 在看，轻点两下"
         "取消在看 分享 留言 收藏 听过", "clean", None, "the page's buttons, copied", ""),
        ("wb-footer", "12-06 10:30 来自 iPhone客户端 发布于 北京\n转发 1234 评论 567 赞 8.9万", "clean", None,
         "a Weibo post's footer", ""),
        ("wb-buttons", "收藏 转发 评论 赞 分享到微信 分享到QQ空间", "clean", None, "Weibo's buttons", ""),
        ("wb-video-views", "北京发布的微博视频 12.3万次观看 · 2024-12-06", "clean", None, "a video's views", ""),
        ("app-notice", "【北京通】您的社保卡已制卡完成，请携带身份证到户籍所在地社保所领取。", "clean", None,
         "an app's service notice", ""),
        ("wx-past", "往期推荐\n▶ 2024年北京市冬季供暖须知\n▶ 12345热线：供暖问题这样反映\n▶ 北京发布2024年第48周"
         "工作动态", "clean", None, "a 往期推荐 list", ""),
        ("wx-star", "点击上方蓝字关注我们\n星标★北京发布，第一时间获取权威信息", "clean", None,
         "a 星标★ prompt (a star after 星标, no 密级)", ""),
        ("wx-star-2", "设为星标★，不错过每一条推送", "clean", None, "设为星标★", ""),
        # must stay clean
        ("mention-colon", "@平安北京:提醒广大市民注意防范电信诈骗。@北京市公安局", "clean", None,
         "account mentions with colons", ""),
        ("topic-12345", "#北京12345# #接诉即办# 12345热线本周受理来电12.6万件", "clean", None,
         "topics holding 12345 and a count", ""),
        ("topic-11-digit", "#第20241206001号公告# 详见官网", "clean", None,
         "an 11-digit notice number in a topic (starts with 2)", ""),
        ("emoji-counts", "[赞]1234 [评论]56 [转发]78", "clean", None, "Weibo's count icons", ""),
        ("masked-emoji", "失主138****5678[微笑]已领回", "clean", None, "a masked mobile beside a code", ""),
        ("masked-id", "失主身份证110101********1234已核实", "clean", None, "a masked ID number", ""),
        ("emoji-date-split", "[心]2024[心]1206[心]0001[心]", "clean", None,
         "a date and serial split by codes: 12 digits, no mobile", ""),
        ("data-id-card", f'<section data-id="{c}"><p>冬季供暖</p></section>', "clean", None,
         "a Luhn-valid 16 digits as an editor's data-id (documented: ids are blanked)", ""),
        ("hotline-emoji", "[电话]12345 [电话]010-12345678", "clean", None, "hotline and landline after icons", ""),
        ("mp-gov-12345", "#小程序://北京12345/AbCd12x", "clean", None,
         "a government mini-program named with 12345", ""),
        ("wx-business-gov", "weixin://dl/business/?appid=wx1a2b3c4d5e6f7a8b&path=pages/guide/index",
         "clean", None, "WeChat's plain URL Scheme to an unknown appid", ""),
        ("news-cn", "<p>来源：新华社 https://www.news.cn/politics/20241206/abc123/c.html</p>", "clean",
         None, "a news.cn link", ""),
        ("readmore-people", '<p><a href="http://politics.people.com.cn/n1/2024/1206/c1001-40123456.html">'
         "阅读原文</a></p>", "clean", None, "阅读原文 to people.com.cn", ""),
        ("repost-plain", "//@北京发布:【今冬供暖】全市今日起正式供暖，报修请拨打12345。//@首都之窗:转发微博",
         "clean", None, "a repost chain of accounts", ""),
        ("chaohua-count", "#北京发布[超话]# 超话粉丝 12.3万 帖子 4567", "clean", None, "超话 counts", ""),
        ("weibo-video-views", "L北京发布的微博视频 1234万次播放", "clean", None, "video views", ""),
        ("section-md-copy", "▌供暖服务\n\n报修电话：12345\n\n— END —\n\n编辑：王芳　审核：李娜", "clean",
         None, "a 公众号 article copied out as text", ""),
    ]  # fmt: skip


# ----- triage --------------------------------------------------------------------------------

REASONS: dict[str, str] = {
    "ascii-emoticon-split": "a number split by a Weibo emoticon code in ASCII (`139[doge]1234[doge]5678`, "
    "`139[good]1234[good]5678`, an ID number `110105[doge]19900307[doge]1239`) passes: the app shows "
    "a little picture between the groups, as it does for `[微笑]`, which is read (the docs' limit for "
    "markings, `内部[doge]资料`, holds for digits too)",
    "css-hidden-junk": "a character the page never shows — `display:none` or `font-size: 0px` on a span "
    '— inside a mobile or a 密级 (`139<span style="display:none">x</span>12345678`, '
    '`机<span style="font-size: 0px;">x</span>密★10年`) hides it: the reader sees `13912345678` and '
    "`机密★10年`",
    "br-editor-forms": "a line break as the editors write it — the 公众号 editor's `<br  />` (two spaces "
    'before the slash; `<br  >`, `<BR  />` too), its new editor\'s `<br class="ProseMirror-trailingBreak">`, '
    'UEditor\'s `<br data-filtered="filtered">` — is not read as a break: a number or a marking it splits '
    "passes (`<p>联系电话：139<br  />1234<br  />5678</p>`, `<p>身份证号：110105<br  />199003071239</p>`, "
    '`<p>内部<br  />资料</p>`, `<p>机<br  />密★10年</p>`, `<p>内部<br class="ProseMirror-trailingBreak">资料</p>`), '
    "while `<br>`, `<br/>` and `<br />` block",
    "number-soft-wrapped-unlabelled": "a mobile or a card with no label, its groups on lines of their own "
    "in a Markdown paragraph (`失主王先生139\\n12345678`, `139\\n1234\\n5678`, "
    "`转账至6222\\n0212\\n3456\\n7894`), passes, though the page joins the lines with spaces; with "
    "a label it blocks, and an ID number so wrapped blocks",
    # (split from the above by fix98t, which reads a wrapped mobile or card after a name or a
    # contact's, payment's or owner's word, not alone: mobile_numbers' unlabelled-over-lines)
    "number-soft-wrapped-alone": "a mobile's 3-4-4 alone over three soft-wrapped lines in a "
    "Markdown paragraph (`139\\n1234\\n5678`) passes, though the page joins the lines with spaces: "
    "docs/compliance.md reads it as a short column of figures, one a line (mobile_numbers' "
    "unlabelled-over-lines, `156\\n2345\\n6789`, clean); after a name, a contact's or a payment's "
    "word it blocks",
    "nbsp-no-semicolon": "`&nbsp` without its semicolon, which browsers decode in an HTML block as a "
    "no-break space, parts a number or a marking unread (`<p>联系电话：139&nbsp1234&nbsp5678</p>`, "
    "`<p>内部&nbsp资料</p>`, `<p>机密&nbsp★&nbsp10年</p>` pass); `&nbsp;` blocks",
    "emoticon-img-split": "an emoticon pasted from Weibo's web page, or a WeChat emoji, as an inline "
    'picture (`<img alt="[微笑]" src=…>`, `<img class="emoji" alt="😊">`) between a number\'s '
    'groups or a marking\'s characters hides them (`联系电话：139<img alt="[微笑]">1234<img …>5678`, '
    '`内部<img alt="[微笑]">资料`, `机<img alt="[心]">密★10年` pass), while the same code as text, '
    "`139[微笑]1234[微笑]5678`, blocks",
    "emoticon-img-remote": "Weibo's emoticon as a remote picture between a number's groups "
    '(`183<img alt="[微笑]" src="https://face.t.sinajs.cn/…/weixioa02_org.png">75366316`) hides '
    "them: the fold reads a picture of a code as the code only when its tag holds no address (the "
    "link scanner reads a remote picture's source from the folded text: `image.not_scanned`, an ad "
    'host\'s), while `<img alt="[微笑]" src="/face/smile.png">` is read (fix98r)',
    "peopleapp-host": "人民日报客户端's share host `wap.peopleapp.com` warns `link.other_host` (and as a "
    "reprint's URL blocks `source.not_allowed`), while 新华社客户端's `xinhuaxmt.com` and 央视新闻's "
    "`cctv.com` pass: the app of a 中央新闻单位 like 新华社客户端 (UNCONFIRMED whether the 2025 list "
    "names it; the docs ship only verified domains and let the agency add the rest)",
    "ad-host-after-at": "a short or ad host with a path right after `@` — a mention's or a repost "
    "hop's place (`转自@t.cn/A6xYz8kQ`, `//@u.jd.com/Ab3dEf9:好物推荐`) — is not found, though the docs "
    "say a domain after `@` is found and an ad host so written stripped (`…转自@t.cn/x`); `//t.cn/…` "
    "alone is stripped",
    "code-before-star": "an emoticon code between a 密级's level and its star (`机密[心]★10年`, "
    "`秘密[微笑]★5年`, `机[心]密[心]★[心]10年`) passes, while an emoji there (`机密😀★10年`), a space "
    "and a code after the star (`机密★[心]10年`) block",
    "weibo-mid-card": "a Weibo status id (mid, 16 digits; 2025's start 51…, Mastercard's range; one in ten "
    "passes Luhn) after its label `mid：` or `微博ID：` blocks as a bank card; after `博文编号` it is "
    "clean, and in its address it only warns as another site",
}
FIXED: frozenset[str] = frozenset(
    {
        "ascii-emoticon-split",
        "emoticon-img-split",
        "code-before-star",
        "nbsp-no-semicolon",
        "br-editor-forms",
        "ad-host-after-at",
        "weibo-mid-card",
        "number-soft-wrapped-unlabelled",
        "css-hidden-junk",
        "emoticon-img-remote",
    }
)
# Cases a fix decided by the docs instead: the expectation becomes the verdict documented, the
# note says why, and the case is no xfail (id -> expect, rule, what the note gains).
DECIDED: dict[str, tuple[str, str, str]] = {
    "probe-peopleapp": (
        "warn",
        OTHER,
        " — decided (fix98s): warns link.other_host, as documented; the references name neither "
        "the app nor peopleapp.com (人民网's people.com.cn is another unit's), so it is not shipped "
        "and an agency that reprints from it adds it ([[policy.sources]])",
    ),
}
# The ids the first run found failing, by pattern.
FAILING: dict[str, str] = {
    **dict.fromkeys(
        [
            "probe-ascii-emoticon-mobile",
            "probe-ascii-emoticon-mobile-bare",
            "probe-ascii-emoticon-id",
            "probe-ascii-emoticon-good",
            "probe-ascii-emoticon-trigger",
        ],
        "ascii-emoticon-split",
    ),
    **dict.fromkeys(
        ["probe-css-none-mobile", "probe-css-zero-mobile", "probe-css-zero-secret"],
        "css-hidden-junk",
    ),
    "probe-peopleapp": "peopleapp-host",
    **dict.fromkeys(
        ["probe-at-tcn", "probe-at-ujd-chain", "probe-at-tcn-chain-tail"], "ad-host-after-at"
    ),
    **dict.fromkeys(
        [
            "probe-code-before-star",
            "probe-code-before-star-5",
            "probe-code-before-star-long",
            "probe-code-every-char",
        ],
        "code-before-star",
    ),
    **dict.fromkeys(["probe-mid-label", "probe-mid-weibo-id"], "weibo-mid-card"),
    **dict.fromkeys(
        [
            "probe-br2-mobile",
            "probe-br2-id",
            "probe-br2-card",
            "probe-br2-internal",
            "probe-br2-internal-spaced",
            "probe-br2-secret",
            "probe-br2-upper",
            "probe-br2-secret-star",
            "probe-br-pm-internal",
            "probe-br-pm-mobile",
            "probe-br-ueditor-mobile",
        ],
        "br-editor-forms",
    ),
    **dict.fromkeys(
        [
            "probe-nbsp-bare-mobile",
            "probe-nbsp-bare-mobile-name",
            "probe-nbsp-bare-internal",
            "probe-nbsp-bare-secret",
        ],
        "nbsp-no-semicolon",
    ),
    **dict.fromkeys(
        [
            "probe-img-emoticon-mobile",
            "probe-img-emoji-mobile",
            "probe-img-emoticon-internal",
            "probe-img-emoticon-secret",
        ],
        "emoticon-img-split",
    ),
    "probe-img-emoticon-mobile-remote": "emoticon-img-remote",
    **dict.fromkeys(
        ["probe-wrap-mobile-3-8", "probe-wrap-card-fours"], "number-soft-wrapped-unlabelled"
    ),
    "probe-wrap-mobile-3-4-4": "number-soft-wrapped-alone",
}


def still_failing(name: str) -> str | None:
    """The reason of pattern ``name``, unless a fix has made it pass (``FIXED``)."""
    return None if name in FIXED else REASONS[name]


def xfail(id_: str) -> str | None:
    if id_ in DECIDED:
        return None
    return still_failing(FAILING[id_]) if id_ in FAILING else None


# ----- the family ----------------------------------------------------------------------------


def grid(table: CaseTable, items: list[Item], prefix: str, keep: int) -> None:
    """Each item in ``keep`` of the platform forms, in rotation."""
    for item_no, item in enumerate(items):
        for c_no, (context, form) in enumerate(CONTEXTS.items()):
            if (item_no + c_no) % len(CONTEXTS) >= keep:
                continue
            id_ = f"{prefix}-{item_no:02d}-{item.kind}-{context}"
            note = f"item={item.desc}; form={context}"
            table.case(id_, form(item.text), item.expect, item.rule, note, xfail=xfail(id_))


def hand(table: CaseTable) -> None:
    for prefix, rows in (
        ("hand", hand_rows(random.Random(SEED + 2))),
        ("probe", probe_rows(random.Random(SEED + 3))),
    ):
        for id_, text, written, written_rule, note, field in rows:
            full_id = f"{prefix}-{id_}"
            expect, rule, decided = DECIDED.get(full_id, (written, written_rule, ""))
            table.case(
                full_id, text, expect, rule, note + decided, field or None, xfail=xfail(full_id)
            )


def build() -> CaseTable:
    table = CaseTable(FAMILY)
    grid(table, must_items(random.Random(SEED)), "hit", 10)
    grid(table, clean_items(random.Random(SEED + 1)), "look", 5)
    hand(table)
    return table


# The sweep's pieces: a number's groups parted by what the platforms put between them.
SEPARATORS = {
    "none": "",
    "space": " ",
    "hyphen": "-",
    "code-smile": "[微笑]",
    "code-heart": "[心]",
    "code-run": "[心][心]",
    "nbsp": "&nbsp;",
    "zwsp-ref": "&#8203;",
    "span": "</span><span>",
    "emoji": "❤️",
    "code-doge": "[doge]",
    "br-editor": "<br  />",
    "br": "<br />",
    "newline": "\n",
    "ideographic-space": "\u3000",
    "dot": "·",
    "nbsp-bare": "&nbsp",
    "img-emoticon": '<img alt="[微笑]" src="/face/smile.png">',
}
LEADS = {
    "none": "",
    "name": "失主王先生",
    "mention": "@",
    "topic": "#寻人启事#",
    "phone-icon": "[电话]",
    "label": "联系电话：",
}


def sweep_item(rng: random.Random) -> tuple[str, str, str, str, str]:
    """(kind, separator, lead, sentence, rule) of one random number in the platforms' groupings."""
    kind = rng.choice(["mobile", "id", "card", "look-masked", "look-counts"])
    sep_name = rng.choice(list(SEPARATORS))
    sep = SEPARATORS[sep_name]
    lead_name = rng.choice(list(LEADS))
    lead = LEADS[lead_name]
    if kind == "mobile":
        m = mobile(rng)
        return kind, sep_name, lead_name, lead + sep.join([m[:3], m[3:7], m[7:]]), MOB
    if kind == "id":
        n = person_id(rng)
        return kind, sep_name, lead_name, lead + sep.join([n[:6], n[6:14], n[14:]]), IDN
    if kind == "card":
        c = unionpay(rng)
        return (
            kind,
            sep_name,
            lead_name,
            lead + sep.join(c[i : i + 4] for i in range(0, 16, 4)),
            CARD,
        )
    if kind == "look-masked":
        m = mobile(rng)
        return kind, sep_name, lead_name, lead + sep.join([m[:3], "****", m[7:]]), ""
    a, b, c2 = rng.randint(10, 999), rng.randint(1000, 9999), rng.randint(1000, 9999)
    return kind, sep_name, "counts", f"转发 {a}{sep}评论 {b}{sep}赞 {c2}", ""


def sweep(count: int, seed: str) -> None:
    """``count`` random posts through ``govpub.check``: a mobile, an ID number, a card, a masked
    mobile or a post's counts, grouped with a random separator of the platforms, after a random
    lead, in a random platform form (one in three nested in a second); wrong ones grouped by
    (verdict, kind, separator, lead)."""
    from govpub import Policy, Post, check

    policy = Policy.default()
    rng = random.Random(seed)
    wrong: Counter[tuple[str, str, str, str]] = Counter()
    samples: dict[tuple[str, str, str, str], str] = {}
    forms = list(CONTEXTS)
    for _ in range(count):
        kind, sep_name, lead_name, sentence, rule = sweep_item(rng)
        text = CONTEXTS[rng.choice(forms)](sentence)
        if rng.random() < 1 / 3:
            text = CONTEXTS[rng.choice(forms)](text)
        result = check(Post(title="关于做好有关工作的通知", body=text), policy)
        rules = {f.rule for f in result.findings}
        want = {rule} if rule else set()
        expect = "block" if rule else "clean"
        got = "block" if result.blocked else ("clean" if not rules else "other")
        if got == expect and rules == want:
            continue
        verdict = "false" if rules - want else "miss"
        key = (verdict, kind, sep_name, lead_name)
        wrong[key] += 1
        samples.setdefault(key, f"{sentence!r} -> {sorted(rules)}")
    sys.stdout.write(f"{count} posts; {sum(wrong.values())} wrong\n")
    for key, n in wrong.most_common():
        sys.stdout.write(f"  {n:5d}  {' / '.join(key)}\n        {samples[key]}\n")


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--sweep", type=int, default=0)
    parser.add_argument("--seed", default=f"{SEED}:sweep", help="the sweep's seed")
    args = parser.parse_args()
    if args.sweep:
        sweep(args.sweep, args.seed)
        return
    header = "red-team pass 98 (blind): the platforms' own formats"
    build().write(__file__, header + "; gen_redteam98.py regenerates it", width=1000)


if __name__ == "__main__":
    main()
