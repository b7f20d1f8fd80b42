"""Generate redteam55_blind_app_links.yaml: app deep links, mini-program links, app short links.

Written blind (issue 12, the reference docs, docs/compliance.md and the corpus README only).
Run: python tests/compliance/corpus/gen_redteam55.py
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

import yaml

FAMILY = "redteam55_blind_app_links"
OUT = Path(__file__).with_name(f"{FAMILY}.yaml")

# docs/compliance.md, "How links and hosts are read": "A deep link that opens a shopping app
# (tbopen://, openapp.jdmobile://, pinduoduo://…) is an ad link with no web host, stripped like one".
DOC_APP = "docs: a deep link that opens a shopping app is an ad link with no web host, stripped"
# docs/compliance.md, ad hosts: "the share links of apps (b23.tv, xhslink.com, v.douyin.com)" are
# stripped as shorteners, the reader cannot see where they go; a deep link into the same apps hides
# its target as their share link does (decision of this pass).
DOC_SOCIAL = (
    "decision from the docs' share-link line (v.douyin.com, xhslink.com stripped: the reader cannot"
    " see where they go): a deep link into Douyin/Kuaishou/Xiaohongshu is stripped like their share link"
)
# docs/compliance.md: wxaurl.cn "hides which mini-program it opens — a shop as readily as a
# service — as a short link hides its page … stripped as a short link is".
DOC_URL_SCHEME = (
    "docs' wxaurl.cn line: an address that hides which mini-program it opens is stripped as a"
    " short link; weixin://dl/business/?t= is the URL Scheme twin of the URL Link"
)

SHOP_SCHEMES = {
    "taobao": "taobao://item.taobao.com/item.htm?id=612345678901",
    "tbopen": "tbopen://m.taobao.com/tbopen/index.html?action=ali.open.nav&module=h5&h5Url=https%3A%2F%2Fitem.taobao.com%2Fitem.htm%3Fid%3D612345678901",
    "tmall": "tmall://page.tm/itemDetail?id=612345678901",
    "jd": "openapp.jdmobile://virtual?params=%7B%22category%22%3A%22jump%22%2C%22des%22%3A%22productDetail%22%2C%22skuId%22%3A%22100012043978%22%7D",
    "pdd": "pinduoduo://com.xunmeng.pinduoduo/goods.html?goods_id=123456789",
}
SOCIAL_SCHEMES = {
    "douyin": "snssdk1128://aweme/detail/7234567890123456789",
    "kwai": "kwai://work/5234567890123?userId=123456",
    "xhs": "xhsdiscover://item/64a1b2c3d4e5f60718293a4b",
}
MORE_SHOP_SCHEMES = {
    "xianyu": ("fleamarket://item?id=712345678901", "闲鱼"),
    "vip": ("vipshop://showGoodsDetail?goodsId=6918123456789", "唯品会"),
    "meituan": (
        "imeituan://www.meituan.com/web?url=https%3A%2F%2Fi.meituan.com%2Fdeal%2F1.html",
        "美团",
    ),
    "eleme": ("eleme://web?url=https%3A%2F%2Fh5.ele.me%2Fshop%2F1", "饿了么"),
    "douyin-ec": ("snssdk1128://ec_goods_detail?promotion_id=3612345678901234567", "抖音商城"),
    "jd-short": (
        "openApp.jdMobile://virtual?params=%7B%22des%22%3A%22m%22%7D",
        "京东 (mixed case)",
    ),
}

SHORT = {
    "douyin": "v.douyin.com/iJkLmN8/",
    "kuaishou": "v.kuaishou.com/AbCd1x",
    "xhs": "xhslink.com/a/AbCdEf12",
    "mtb": "m.tb.cn/h.5AbCdEf",
    "etb": "e.tb.cn/h.AbCd12",
    "3cn": "3.cn/1-AbCdEf",
    "ujd": "u.jd.com/AbCdEf",
    "pdd": "p.pinduoduo.com/AbCdEf",
    "dwz": "dwz.cn/AbCd12",
    "urlcn": "url.cn/5AbCd12",
    "suo": "suo.im/5AbCd1",
}

cases: list[dict[str, Any]] = []


def add(cid: str, text: str, expect: str, rule: Any, note: str, **extra: Any) -> None:
    case: dict[str, Any] = {"id": cid, "text": text, "expect": expect}
    if rule is not None:
        case["rule"] = rule
    case["note"] = note
    case.update(extra)
    cases.append(case)


def strip(cid: str, text: str, note: str, **extra: Any) -> None:
    add(cid, text, "fixed", "ad.link_stripped", note, **extra)


def clean(cid: str, text: str, note: str, **extra: Any) -> None:
    add(cid, text, "clean", None, note, **extra)


# --- shopping and social app schemes, in every position ---------------------------------------
for name, url in {**SHOP_SCHEMES, **SOCIAL_SCHEMES}.items():
    why = DOC_SOCIAL if name in SOCIAL_SCHEMES else DOC_APP
    scheme, rest = url.split("://", 1)
    strip(f"scheme-{name}-body", f"同款商品请点击 {url} 购买。", f"{why}; bare in the body")
    strip(
        f"scheme-{name}-md",
        f"活动详情[点此打开]({url})，欢迎参与。",
        f"{why}; a Markdown link's target",
    )
    strip(
        f"scheme-{name}-href",
        f'<p>活动详情<a href="{url}">点此打开</a>。</p>',
        f"{why}; an HTML href",
    )
    strip(
        f"scheme-{name}-datahref",
        f'<p><span data-href="{url}">点此打开</span>了解更多。</p>',
        f"{why}; a data-href attribute (docs: an address with a scheme in any attribute is found)",
    )
    strip(f"scheme-{name}-title", f"春季惠民活动 {url}", f"{why}; in the title", field="title")
    strip(
        f"scheme-{name}-summary",
        f"春季惠民活动，详见 {url}",
        f"{why}; in the summary",
        field="summary",
    )
    strip(
        f"scheme-{name}-upper",
        f"同款商品请点击 {scheme.upper()}://{rest} 购买。",
        f"{why}; the scheme in capitals (schemes are case-insensitive)",
    )
    fw = "".join(chr(ord(c) + 0xFEE0) if "!" <= c <= "~" else c for c in f"{scheme}://")
    strip(
        f"scheme-{name}-fullwidth",
        f"同款商品请点击 {fw}{rest} 购买。",
        f"{why}; the scheme in full width (folded as ＨＴＴＰＳ：／／ is)",
    )
    zw = scheme[:2] + "\u200b" + scheme[2:]
    strip(
        f"scheme-{name}-zwsp",
        f"同款商品请点击 {zw}://{rest} 购买。",
        f"{why}; U+200B inside the scheme (invisible characters are removed by the fold)",
    )

for name, (url, app) in MORE_SHOP_SCHEMES.items():
    strip(f"scheme-more-{name}", f"扫码不便可点击 {url} 下单。", f"{DOC_APP}; {app}'s app scheme")
    strip(
        f"scheme-more-{name}-href",
        f'<a href="{url}">立即抢购</a>',
        f"{DOC_APP}; {app}'s app scheme in an href",
    )

# Alipay: an appId opens a mini-program whose owner the reader cannot see (the wxaurl.cn line).
strip(
    "alipays-startapp-appid",
    "办理请点击 alipays://platformapi/startapp?appId=2021001123456789&page=pages%2Fgoods%2Fgoods%3Fid%3D1 领取优惠。",
    DOC_URL_SCHEME.replace(
        "weixin://dl/business/?t= is the URL Scheme twin",
        "alipays://platformapi/startapp is Alipay's twin",
    ),
    xfail="an appId names no owner govpub can judge (a shop or 浙里办 alike) and no list of shops'"
    " Alipay appIds is shipped (WeChat's plain weixin://dl/business/?appid= is judged by the"
    " shops' appids of share_codes.toml; Alipay's would need such a list)",
)
strip(
    "alipays-startapp-ad-url",
    "点击 alipays://platformapi/startapp?appId=20000067&url=https%3A%2F%2Fm.tb.cn%2Fh.5AbCdEf 领取。",
    "docs: a link that carries an ad address is an ad link (Alipay's H5 container opening m.tb.cn)",
)

# --- Android intent: URLs ----------------------------------------------------------------------
INTENTS = {
    "taobao": "intent://item.taobao.com/item.htm?id=612345678901#Intent;scheme=taobao;package=com.taobao.taobao;end",
    "jd": "intent://virtual?params=%7B%22des%22%3A%22productDetail%22%7D#Intent;scheme=openapp.jdmobile;package=com.jingdong.app.mall;end",
    "pdd": "intent://com.xunmeng.pinduoduo/goods.html?goods_id=1#Intent;scheme=pinduoduo;package=com.xunmeng.pinduoduo;end",
    "tmall": "intent://page.tm/itemDetail?id=1#Intent;scheme=tmall;package=com.tmall.wireless;end",
}
for name, url in INTENTS.items():
    note = f"{DOC_APP}: an Android intent: URL whose scheme= opens the shopping app"
    strip(f"intent-{name}-body", f"安卓用户请点击 {url} 打开。", note)
    strip(f"intent-{name}-href", f'<a href="{url}">打开App查看</a>', note + "; in an href")
strip(
    "intent-upper",
    "安卓用户请点击 INTENT://item.taobao.com/item.htm?id=1#Intent;scheme=taobao;package=com.taobao.taobao;end 打开。",
    f"{DOC_APP}: intent: in capitals",
)

# --- WeChat mini-programs -------------------------------------------------------------------------
DOC_MP = (
    "docs: a WeChat mini-program link written as text or inserted as a card/text link blocks as a"
    " share code when its name holds a shopping app's name"
)
for name, mp in {
    "pdd": "拼多多",
    "jd": "京东购物",
    "taobao": "淘宝",
    "meituan": "美团外卖",
    "eleme": "饿了么",
    "xianyu": "闲鱼",
    "vip": "唯品会",
}.items():
    add(
        f"mp-text-{name}",
        f"同款好物：#小程序://{mp}/AbCd12x",
        "block",
        "ad.share_code",
        f"{DOC_MP}: {mp}",
    )
add(
    "mp-text-pdd-title",
    "春季惠民 #小程序://拼多多/AbCd12x",
    "block",
    "ad.share_code",
    f"{DOC_MP}; in the title",
    field="title",
)
add(
    "mp-text-pdd-fullwidth",
    "同款好物：＃小程序：／／拼多多／AbCd12x",
    "block",
    "ad.share_code",
    f"{DOC_MP}; hash, colon and slashes in full width",
)
add(
    "mp-text-jd-zwsp",
    "同款好物：#小程序://京\u200b东购物/AbCd12x",
    "block",
    "ad.share_code",
    f"{DOC_MP}; U+200B inside the name",
)
add(
    "mp-card-pdd",
    '<mp-miniprogram data-miniprogram-appid="wx32540bd863b27570" data-miniprogram-path="pages/goods/goods?goods_id=123456" data-miniprogram-nickname="拼多多" data-miniprogram-title="限时秒杀"></mp-miniprogram>',
    "block",
    ["ad.share_code", "ad.wording"],
    f"{DOC_MP}: the card's nickname. Expectation corrected after the first run: the card's title"
    " 限时秒杀 is shown to the reader and is a selling phrase (ad.wording) too",
)
add(
    "mp-textlink-jd",
    '<p>同款<a class="weapp_text_link" data-miniprogram-appid="wx91d27dbf599dff74" data-miniprogram-path="pages/item/detail/detail?sku=100012043978" data-miniprogram-nickname="京东购物" href="">点此购买</a></p>',
    "block",
    "ad.share_code",
    f"{DOC_MP}: the text link's nickname",
)
add(
    "mp-a-noclass-jd",
    '<p><a data-miniprogram-appid="wx91d27dbf599dff74" data-miniprogram-path="pages/item/detail/detail?sku=1" data-miniprogram-nickname="京东购物">点此购买</a></p>',
    "block",
    "ad.share_code",
    f"{DOC_MP}: an anchor without the weapp class (docs: the name is read on any element)",
)
add(
    "mp-card-jd-appid-only",
    '<mp-miniprogram data-miniprogram-appid="wx91d27dbf599dff74" data-miniprogram-path="pages/item/detail/detail?sku=100012043978" data-miniprogram-title="爆款直降"></mp-miniprogram>',
    "block",
    "ad.share_code",
    "a card without its nickname, the appid of 京东购物 (wx91d27dbf599dff74, widely cited,"
    " UNCONFIRMED) and a goods path: the same shop as the named card",
)
add(
    "mp-a-pdd-appid-only",
    '<p><a data-miniprogram-appid="wx32540bd863b27570" data-miniprogram-path="pages/goods/goods?goods_id=1">点此购买</a></p>',
    "block",
    "ad.share_code",
    "an anchor with the appid of 拼多多 (wx32540bd863b27570, widely cited, UNCONFIRMED) and no name",
)
strip(
    "weixin-business",
    "预约请点击 weixin://dl/business/?t=AbCdEf12345 进入。",
    DOC_URL_SCHEME,
)
strip(
    "weixin-business-href",
    '<a href="weixin://dl/business/?t=AbCdEf12345">点此进入</a>',
    DOC_URL_SCHEME + "; in an href",
)
strip(
    "weixin-business-md",
    "[点此进入](weixin://dl/business/?t=AbCdEf12345)",
    DOC_URL_SCHEME + "; a Markdown target",
)
strip(
    "weixin-business-upper",
    "预约请点击 WEIXIN://DL/BUSINESS/?t=AbCdEf12345 进入。",
    DOC_URL_SCHEME + "; in capitals",
)
# (the decision, 2026-12-05: strict xfails until the contradiction with attributes_apps was
# settled — the encrypted URL Scheme is stripped as its twin wxaurl.cn is; the plain one is
# judged by its appid)
strip(
    "weixin-business-plain-shop-appid",
    '<a href="weixin://dl/business/?appid=wx32540bd863b27570&amp;path=pages/goods/goods">抢购</a>',
    "the plain URL Scheme with 拼多多's appid (share_codes.toml): a shop's mini-program",
)
clean(
    "weixin-business-plain-service-appid",
    '<a href="weixin://dl/business/?appid=wx2b03c6e691cd7370&amp;path=pages/index/index">办理</a>',
    "the plain URL Scheme names its appid; one no shop's stays (a service's)",
)

# --- app short links, in every position --------------------------------------------------------
DOC_SHORT = "docs: shorteners and the share links of apps are stripped (ad.link_stripped)"
for name, s in SHORT.items():
    host = s.split("/", 1)[0]
    strip(f"short-{name}-bare", f"视频链接：{s} 。", f"{DOC_SHORT}; bare after a colon")
    strip(
        f"short-{name}-https-title", f"详见https://{s}", f"{DOC_SHORT}; in the title", field="title"
    )
    strip(
        f"short-{name}-summary",
        f"本期内容详见 https://{s} 。",
        f"{DOC_SHORT}; in the summary",
        field="summary",
    )
    strip(f"short-{name}-md", f"[观看视频](https://{s})", f"{DOC_SHORT}; a Markdown target")
    strip(f"short-{name}-href", f'<a href="https://{s}">观看视频</a>', f"{DOC_SHORT}; an href")
    strip(f"short-{name}-upper", f"视频链接：HTTPS://{s.upper()}", f"{DOC_SHORT}; all in capitals")
    fw = "".join(chr(ord(c) + 0xFEE0) if "!" <= c <= "~" else c for c in host)
    strip(
        f"short-{name}-fullwidth",
        f"视频链接：{fw}/{s.split('/', 1)[1]}",
        f"{DOC_SHORT}; the host in full width",
    )
    zw = host[:1] + "\u200b" + host[1:]
    strip(
        f"short-{name}-zwsp",
        f"视频链接：https://{zw}/{s.split('/', 1)[1]}",
        f"{DOC_SHORT}; U+200B in the host",
    )
strip(
    "short-douyin-share-text",
    "7.94 复制打开抖音，看看【北京发布的作品】冬季供暖政策解读 https://v.douyin.com/iJkLmN8/ fuW:/ 09/25",
    "docs: a Douyin share text stays clean but its short link is stripped",
)
strip(
    "short-xhs-share-text",
    "【北京发布的笔记】冬季供暖政策解读 http://xhslink.com/a/AbCdEf12 复制本条信息，打开【小红书】App查看精彩内容！",
    "docs: a 小红书 share text stays clean but its short link is stripped",
)
strip(
    "short-mtb-data-src",
    '<img data-src="https://m.tb.cn/h.5AbCdEf" alt="商品图">',
    f"{DOC_SHORT}; WeChat's lazy data-src",
)

# --- universal links of shops ---------------------------------------------------------------------
DOC_SHOP = "docs: a taobao.com/jd.com/yangkeduo page is an ad only with the promoter's marks; else another host (warn)"
warn = ("warn", "link.other_host")
add("ul-amtaobao-plain", "同款见 https://a.m.taobao.com/i612345678901.htm 。", *warn, DOC_SHOP)
strip(
    "ul-amtaobao-pid",
    "同款见 https://a.m.taobao.com/i612345678901.htm?pid=mm_12345678_2345678_34567890 。",
    DOC_SHOP,
)
add(
    "ul-h5taobao-plain",
    "同款见 https://h5.m.taobao.com/awp/core/detail.htm?id=612345678901 。",
    *warn,
    DOC_SHOP,
)
strip(
    "ul-h5taobao-pid",
    "同款见 https://h5.m.taobao.com/awp/core/detail.htm?id=612345678901&pid=mm_1234_5678_9012 。",
    DOC_SHOP,
)
add("ul-jd-plain", "同款见 https://item.m.jd.com/product/100012043978.html 。", *warn, DOC_SHOP)
strip(
    "ul-jd-jingfen",
    "同款见 https://item.m.jd.com/product/100012043978.html?utm_source=kong&utm_medium=jingfen 。",
    DOC_SHOP,
)
add(
    "ul-pdd-plain",
    "同款见 https://mobile.yangkeduo.com/goods.html?goods_id=123456789 。",
    *warn,
    DOC_SHOP,
)
strip(
    "ul-pdd-pid",
    "同款见 https://mobile.yangkeduo.com/goods.html?goods_id=123456789&pid=8888888_123456789 。",
    DOC_SHOP,
)
strip(
    "ul-pdd-duoduo",
    "同款见 https://mobile.yangkeduo.com/duo_coupon_landing.html?goods_id=1&duoduo_type=2 。",
    DOC_SHOP,
)
add(
    "ul-tmall-plain",
    "同款见 https://detail.m.tmall.com/item.htm?id=612345678901 。",
    *warn,
    DOC_SHOP,
)
strip(
    "ul-tmall-trackid",
    "同款见 https://detail.m.tmall.com/item.htm?id=612345678901&ali_trackid=2:mm_12345678_2345678_34567890:1700000000_123 。",
    DOC_SHOP,
)
strip(
    "ul-pdd-pid-fullwidth",
    "同款见 ｍｏｂｉｌｅ．ｙａｎｇｋｅｄｕｏ．ｃｏｍ／goods.html?goods_id=1&pid=8888888_1 。",
    DOC_SHOP + "; the host in full width",
)

# --- must stay clean ---------------------------------------------------------------------------------
DOC_GOV_MP = "docs: a government service's mini-program (#小程序://国家政务服务平台/…) stays"
for name, mp in {
    "gjzwfw": "国家政务服务平台",
    "gwy": "国务院客户端",
    "yss": "粤省事",
    "ssb": "随申办",
    "zlb": "浙里办",
    "ykb": "渝快办",
    "gs": "个人所得税",
}.items():
    clean(f"gov-mp-{name}", f"办理入口：#小程序://{mp}/AbCd12x", f"{DOC_GOV_MP}: {mp}")
clean(
    "gov-mp-title",
    "社保卡申领指南 #小程序://国家政务服务平台/AbCd12x",
    DOC_GOV_MP + "; in the title",
    field="title",
)
clean(
    "gov-mp-card",
    '<mp-miniprogram data-miniprogram-appid="wx1234567890abcdef" data-miniprogram-path="pages/index/index" data-miniprogram-nickname="国家政务服务平台" data-miniprogram-title="电子社保卡申领"></mp-miniprogram>',
    DOC_GOV_MP + "; a card",
)
clean(
    "gov-mp-textlink",
    '<p>申领请点击<a class="weapp_text_link" data-miniprogram-appid="wx1234567890abcdef" data-miniprogram-path="pages/index/index" data-miniprogram-nickname="粤省事" href="">粤省事</a>办理。</p>',
    DOC_GOV_MP + "; a text link",
)
clean(
    "gov-mp-card-unknown-appid",
    '<mp-miniprogram data-miniprogram-appid="wxabcdef1234567890" data-miniprogram-path="pages/index/index" data-miniprogram-title="办事指南"></mp-miniprogram>',
    "docs: card elements are media, not links; an unknown appid without a shop's name stays",
)
clean(
    "mp-jingdongfang",
    "招聘入口：#小程序://京东方招聘/AbCd12x",
    "docs: 京东方 is a display maker, not 京东 (not_apps)",
)
clean("weixin-prose", "本系统支持 weixin:// 协议唤起微信客户端。", "scheme named in IT prose")
clean(
    "weixin-bare-href",
    '<a href="weixin://">打开微信</a>',
    "docs: WeChat's weixin:// stays clean (attributes_apps)",
)
clean(
    "weixin-scan",
    "也可打开微信扫一扫（weixin://dl/scan）扫描下方二维码。",
    "weixin:// to WeChat's scanner, printed by agencies",
)
clean("tel-12345", "如有疑问请拨打 tel:12345 咨询。", "tel: to the 12345 hotline")
clean("tel-12345-md", "如有疑问请[拨打12345](tel:12345)。", "tel: in a Markdown link")
clean("tel-12345-href", '<a href="tel:12345">拨打12345热线</a>', "tel: in an href")
clean(
    "tel-landline-href", '<a href="tel:010-12345678">010-12345678</a>', "tel: to an office landline"
)
clean(
    "mailto-gov", "来信请发至 mailto:xinfang@beijing.gov.cn 。", "mailto: to a government address"
)
clean(
    "mailto-gov-href",
    '<a href="mailto:xinfang@sh.gov.cn?subject=%E5%92%A8%E8%AF%A2">来信咨询</a>',
    "mailto: with a subject in an href",
)
clean(
    "mailto-prose",
    "支持 mailto: 和 tel: 协议的链接可直接唤起邮件和电话。",
    "schemes named in IT prose",
)
clean("app-geshui", "请下载“个人所得税”App办理年度汇算。", "an app name in prose")
clean(
    "app-alipay-shebao",
    "在支付宝搜索“电子社保卡”即可申领。",
    "docs: a service searched for by its name stays clean",
)
clean(
    "app-wechat-search-gov",
    "微信搜索“国家政务服务平台”小程序即可办理。",
    "a government mini-program searched for by name",
)
clean(
    "app-douyin-own",
    "欢迎在抖音搜索“北京发布”关注我们。",
    "docs: own-account pointers on Douyin stay clean",
)
clean(
    "fraud-taobao-search",
    "警惕！骗子常以“打开淘宝搜索指定店铺领取补贴”为由实施诈骗，请勿轻信。",
    "docs: a phrase quoted as a warning stays clean",
)
clean(
    "fraud-taobao-unquoted",
    "近期有不法分子冒充客服，诱导群众打开淘宝后转账，请提高警惕。",
    "打开淘宝 in a fraud warning, no code and no shop search",
)
clean(
    "advisory-packages",
    "经检测，以下仿冒应用与 com.taobao.taobao、com.jingdong.app.mall、com.xunmeng.pinduoduo 包名相近，请勿安装。",
    "docs: an Android package name is no host (com. before a name of three letters or more)",
)
clean(
    "advisory-package-douyin",
    "仿冒应用包名为 com.ss.android.ugc.aweme.lite，请从官方渠道下载。",
    "docs: a package's dotted name goes on past com.ss (two more labels): no host",
)
clean(
    "advisory-package-kuaishou",
    "快手极速版的包名是 com.kuaishou.nebula，小红书的是 com.xingin.xhs。",
    "package names in an advisory",
)
clean(
    "prose-miniprogram",
    "市民可通过小程序预约办理，也可关注抖音、快手官方账号获取资讯。",
    "the words 小程序/抖音/快手 in prose",
)
clean(
    "prose-douyin-live", "本周五晚8点，我局将在抖音、快手同步直播政策解读。", "抖音/快手 in prose"
)
clean(
    "prose-mp-word", "“随申办”小程序已上线200余项服务。", "a government mini-program named in prose"
)
clean(
    "prose-scheme-list",
    "常见的唤起协议有 weixin://、alipays:// 等，仅供开发人员参考。",
    "schemes with nothing after them named in IT prose",
)
clean(
    "gov-link-https",
    "详见 https://www.gov.cn/zhengce/content/202501/content_7000000.htm 。",
    "a gov.cn link",
)
clean(
    "gov-link-app-page",
    "下载“国务院客户端”：https://www.gov.cn/app/ 。",
    "a government app's download page",
)
clean(
    "douyin-share-text",
    "7.94 复制打开抖音，看看【北京发布的作品】冬季供暖政策解读 fuW:/ 09/25",
    "docs: a Douyin share text without its link stays clean",
)
clean(
    "xhs-share-text",
    "复制这条信息，打开小红书，查看【北京发布】的笔记。",
    "docs: a 小红书 share text without a link stays clean",
)

# --- the review of red teams 55–56 (not blind): each case failed on main before its fix -------
REVIEW = "review of red teams 55–56"
strip(
    "review-datahref-entity-colon",
    '<p>同款<a data-href="tbopen&#58;//m.taobao.com/x">购买</a></p>',
    f"{DOC_APP}; the colon a character reference, decoded by the browser ({REVIEW}; main: warn link.other_host)",
)
strip(
    "review-datahref-hex-entity-colon",
    '<p>同款<a data-href="tbopen&#x3a;//m.taobao.com/x">购买</a></p>',
    f"{DOC_APP}; &#x3a; for the colon ({REVIEW}; main: warn link.other_host)",
)
strip(
    "review-datahref-named-entity-colon",
    '<p>同款<a data-href="tbopen&colon;//m.taobao.com/x">购买</a></p>',
    f"{DOC_APP}; &colon; for the colon ({REVIEW}; main: warn link.other_host)",
)
strip(
    "review-href-entity-colon",
    '<p>同款<a href="tbopen&#58;//m.taobao.com/x">购买</a></p>',
    f"{DOC_APP}; an href's colon a character reference ({REVIEW}; main: warn link.other_host)",
)
strip(
    "review-datahref-entity-slashes",
    '<p>同款<a data-href="tbopen:&#47;&#47;m.taobao.com/x">购买</a></p>',
    f"{DOC_APP}; the slashes character references ({REVIEW}; main: clean)",
)
strip(
    "review-intent-no-slashes-body",
    "打开 intent:#Intent;scheme=kwai;package=com.smile.gifmaker;end 看直播带货",
    f"{DOC_SOCIAL}; an Android intent needs no slashes ({REVIEW}; main: warn link.other_host)",
)
strip(
    "review-intent-no-slashes-datahref",
    '<p><a data-href="intent:#Intent;scheme=kwai;end">看</a></p>',
    f"{DOC_SOCIAL}; the same in data-href, as in href ({REVIEW}; main: clean)",
)
strip(
    "review-intent-package-only",
    "打开 intent://x#Intent;package=com.taobao.taobao;end 领券",
    f"{DOC_APP}; an intent naming the app by its package, no scheme ({REVIEW}; main: clean)",
)
strip(
    "review-one-slash-body",
    "点击 tbopen:/m.taobao.com/x 购买",
    f"{DOC_APP}; an app's own scheme with one slash opens it ({REVIEW}; main: warn link.other_host)",
)
strip(
    "review-no-slash-body",
    "点击 tbopen:m.taobao.com/x 购买",
    f"{DOC_APP}; with no slash ({REVIEW}; main: warn link.other_host)",
)
strip(
    "review-backslashes-body",
    "点击 tbopen:\\\\m.taobao.com/x 购买",
    f"{DOC_APP}; backslashes for the slashes ({REVIEW}; main: warn link.other_host)",
)
strip(
    "review-one-slash-datahref",
    '<p>同款<a data-href="tbopen:/m.taobao.com/x">购买</a></p>',
    f"{DOC_APP}; one slash in data-href, as in href ({REVIEW}; main: clean)",
)
strip(
    "review-no-slash-datahref",
    '<p><a data-href="kwai:work?id=1">看</a></p>',
    f"{DOC_SOCIAL}; no slash in data-href, as in href ({REVIEW}; main: clean)",
)
strip(
    "review-space-before-colon",
    "打开 kwai ://work?id=1 看看",
    f"{DOC_SOCIAL}; a space before the colon, copied all the same ({REVIEW}; main: clean)",
)
strip(
    "review-tab-in-scheme-datahref",
    '<p><a data-href="kw\tai://work?id=1">看</a></p>',
    f"{DOC_SOCIAL}; a tab inside the scheme, dropped by the URL parser ({REVIEW}; main: clean)",
)
strip(
    "review-no-slash-span-datahref",
    '<p><span data-href="kwai:work?id=1">看直播</span>了解详情</p>',
    f"{DOC_SOCIAL}; no slash in a formatting tag's data-href ({REVIEW}; main: clean)",
)
strip(
    "review-intent-span-datahref",
    '<p><span data-href="intent:#Intent;scheme=tbopen;end">点此</span>查看详情</p>',
    f"{DOC_APP}; an intent with no slashes in a formatting tag's data-href ({REVIEW}; main: clean)",
)
clean(
    "review-styled-spans",
    '<p><span style="color:red;font-size:14px">会议时间：10:30</span>，地点：会议室。</p>',
    f"styled spans with colons in their attributes stay clean ({REVIEW}; clean on main too: the guard)",
)
clean(
    "review-scheme-named-alone",
    "支持 taobao:// 协议，开发者请参考说明；会议时间 10:30。",
    f"a scheme named alone in prose stays no link ({REVIEW}; clean on main too: the guard)",
)


def main() -> None:
    ids = [c["id"] for c in cases]
    assert len(ids) == len(set(ids)), "duplicate ids"
    doc = {"family": FAMILY, "cases": cases}
    OUT.write_text(
        "# Generated by gen_redteam55.py; written blind (see the generator's docstring).\n"
        + yaml.safe_dump(doc, allow_unicode=True, sort_keys=False, width=1000),
        encoding="utf-8",
    )


if __name__ == "__main__":
    main()
