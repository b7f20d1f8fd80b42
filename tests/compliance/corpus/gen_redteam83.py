"""Regenerate redteam83_blind_words_sweep.yaml (red-team pass 83, written blind).

The false-finding hunt at scale, for WORDS (red team 81 did numbers). A seeded grammar of
government prose whose slots hold things that look like links, share codes, markings or notes
but are not: government and allowed links in every written form (``www.gov.cn``,
``http://www.beijing.gov.cn/…``, ``www。gov。cn``, full width), e-mail addresses, file names,
dotted abbreviations and names (``U.S.``, ``Ph.D.``, ``No.5``, ``v2.3.1``, ``Node.js``,
``ASP.NET``, ``5G。AI``), English sentences after 。, hashtags, @mentions, 【】 heads, ￥ amounts,
quoted slogans, 复制/打开 in ordinary instructions, and 秘密/机密/绝密/内部/不予公开/工作秘密/注意保存/
请勿外传/仅供参考 in 政务公开, 保密宣传 and 培训 prose, ``★`` as decoration and ratings.

Each slot value carries the findings the docs define for it (``ASP.NET`` warns
``link.other_host``; 不予公开 and 涉密 in prose warn ``secrecy.sensitive_term``; a host that is
no government's and no listed unit's warns ``link.other_host``); anything else is suspect.

``python tests/compliance/corpus/gen_redteam83.py`` writes the family: ~250 sampled generated
posts, ~40 posts hiding one real item (an ad short link, a 淘口令, a 机密★ marking, a 内部资料
note, a 此件不公开 note), and the false findings the sweep found (after triage).
``python tests/compliance/corpus/gen_redteam83.py --sweep N [out.json]`` (with govpub importable)
puts N generated posts through ``govpub.check`` and counts unexpected findings by rule and slot.
First run of the family (292 cases, before the sweep): all passed. Sweep after triage (grammar
widened twice): 100,000 posts, 2,340 blocked and 6,361 warned; every finding not documented for its
form is one of the ``KNOWN`` patterns (``d*`` real false findings, strict xfails below; ``c-*``
documented): d6 查阅/借阅内部资料 807 blocks, d8 quoted notes (“仅供内部参考”字样, “内部资料”四字)
1,539 blocks, d7 a star-rating line under a line ending 秘密 (4), d1 full-width scheme or slash of a
gov.cn address 542 ``link.unparsable``, d5 ``@China.org`` after another link 32, d3 an IDN
top-level domain word after ``gov.cn。`` (网站, 网址, 公司) 7.
Fix 109 fixed d3 and d5 (clean now) and decided ``https://t.cn→`` (stripped as any t.cn link);
d1 stays a strict xfail: the docs decide a full-width slash or scheme warns ``link.unparsable``
(never allowed on a folded reading; red teams 11, 63, 73, 74), a verdict for the lead to confirm.
Written before the checker or any other family was read (issue 12, docs/compliance.md, the corpus
README, ``case_table.py`` and the layout of ``gen_redteam71.py``/``gen_redteam81.py`` only).
"""

from __future__ import annotations

import random
import re
import sys
from collections import Counter, defaultdict
from pathlib import Path

from case_table import CaseTable, write_sweep_report
from rule_ids import OTHER, TERM

SEED = 83
Rng = random.Random
FW = str.maketrans({c: chr(ord(c) + 0xFEE0) for c in "abcdefghijklmnopqrstuvwxyz./:"})

# ----- slots: (value, documented rules) -------------------------------------------------------

GOV_LINKS = [
    "www.gov.cn",
    "https://www.gov.cn/zhengce/content/2026-12/05/content_7001234.htm",
    "http://www.beijing.gov.cn/zhengce/zcjd/",
    "https://www.shanghai.gov.cn/nw12344/index.html",
    "www。gov。cn",
    "www．gov．cn",
    "ｗｗｗ．ｇｏｖ．ｃｎ",
    "https://zwfw.gd.gov.cn",
    "gov.cn",
    "http://www.mof.gov.cn/zhengwuxinxi/",
    "https://www.gov.cn/hudong/",
    "www.12345.gov.cn",
    "ｈｔｔｐｓ：／／ｗｗｗ．ｇｏｖ．ｃｎ／ｚｈｅｎｇｃｅ／",
    "http://www.beijing.gov.cn。",
    "WWW.GOV.CN",
    "https://www.gov.cn/zhengce/2026-12/05/content_1.htm?id=3",
    "www.news.cn",
    "www.people.com.cn",
    "http://www.gov.cn/zhengce/",
    "https://app.www.gov.cn/govdata/",
    "www.npc.gov.cn",
    "www.court.gov.cn",
    "www.moj.gov.cn/pub/sfbgw/",
]
GOV_FRAMES = [
    "详见中国政府网（{}）。",
    "具体内容请登录{}查询。",
    "政策原文可在{}查阅",
    "网址：{}",
    "中国政府网 {} 同步发布。",
    "访问{}了解详情，",
    "（网址{}）",
    "“{}”",
    "网址:{}",
    "网站{}",
    "{}",
    "登录{}→办事服务",
]
MAILS = [
    "zfxxgk@beijing.gov.cn",
    "tougao@163.com",
    "xinfang@sina.com",
    "jubao123@qq.com",
    "bgs@mof.gov.cn",
    "hr2026@126.com",
    "Service@MOF.GOV.CN",
    "zhaopin_2026@163.com",
    "xxx@163.com",
    "tougao#163.com（请将#换成@）",
    "jb@bj.gov.cn",
    "ｔｏｕｇａｏ＠１６３．ｃｏｍ",
]
MAIL_FRAMES = ["来稿请发送至{}，", "电子邮箱：{}", "邮箱 {} 受理咨询。", "（{}）"]
FILES = [
    "附件1.docx",
    "2026年预算.xlsx",
    "申报表.doc",
    "报名表.xls",
    "实施方案.pdf",
    "附件2：汇总表.wps",
    "会议纪要.ofd",
    "名单.txt",
    "图片1.jpg",
    "宣传海报.png",
    "附件1.DOCX",
    "Report.PDF",
    "《实施细则》.pdf",
    "报名表(1).xlsx",
    "附件3-承诺书.doc",
    "2026年预算公开.zip",
    "答辩状.rar",
    "演示文稿.pptx",
    "setup.exe",
    "readme.md",
    "视频.mp4",
    "音频.mp3",
]
FILE_FRAMES = ["请下载{}填写后报送。", "见{}。", "附件：{}", "将{}发送至指定邮箱，"]
DOTTED = [
    ("U.S.", ()),
    ("Ph.D.", ()),
    ("No.5", ()),
    ("v2.3.1", ()),
    ("Node.js", ()),
    ("Vue.js", ()),
    ("e.g.", ()),
    ("i.e.", ()),
    ("Dr.Wang", ()),
    ("Mr.Li", ()),
    ("Inc.", ()),
    ("St.", ()),
    ("Fig.3", ()),
    ("Vol.12", ()),
    ("pp.15-20", ()),
    ("Windows 10", ()),
    ("Python 3.12", ()),
    ("ASP.NET", (OTHER,)),
    ("J.P.Morgan", ()),
    ("Co.,Ltd.", ()),
    ("No.1中学", ()),
    ("A.I.", ()),
    ("U.S.A.", ()),
    ("M.Sc", ()),
    ("B.Tech", ()),
    ("Prof.Zhang", ()),
    ("Chin.J.Prev.Med", ()),
    ("600519.SH", ()),
    ("00700.HK", ()),
    ("React.js", ()),
    ("Next.js", ()),
    ("Three.js", ()),
    ("D3.js", ()),
    ("Socket.IO", ()),
    ("Express.js", ()),
    ("Nuxt.js", ()),
    ("TensorFlow 2.15", ()),
    ("GB/T 9704-2012", ()),
    ("No.5号楼", ()),
    ("v1.0.0-beta", ()),
    ("Java 17.0.2", ()),
    ("HTML5", ()),
    ("Wi-Fi 6", ()),
    ("iOS 17.2", ()),
    ("Android 14", ()),
    ("macOS", ()),
    ("Office 2021", ()),
    ("Vol.3 No.2", ()),
]
DOTTED_FRAMES = ["本次培训邀请{}授课，", "参考资料（{}）", "系统版本升级为{}，", "据{}介绍，"]
ENGLISH = [
    "。Office hours: 9:00-17:00.",
    "。Welcome to Beijing.",
    "。For more information, please call 12345.",
    "。The deadline is December 20.",
    "。Thank you.",
    "。Online service is available.",
    "。Click the link below.",
    "。App Store and Google Play.",
    "。Live broadcast at 10:00.",
    "。Today is Friday.",
    "。Map of the park.",
    "。Email us.",
    "。Help desk: 010-12345678.",
    "。Shop opening hours vary.",
    "。Video is online.",
    "。News.",
    "。Info desk.",
    "。Photo by Li Ming.",
    "。Design by city lab.",
]
DECIMAL = [
    ("增长3.5%。CN", ()),
    ("推进5G。AI应用", ()),
    ("服务热线12345。IT运维", ()),
    ("版本3.0A", ()),
    ("2.5D显示", ()),
    ("1.5T磁共振", ()),
    ("4.0版", ()),
    ("3.5kg", ()),
    ("增长2.1%。AI赋能", ()),
    ("完成1.2亿元。IT系统", ()),
    ("12345。App端", ()),
    ("达到5G。NET", (OTHER,)),  # triage (b): docs, an acronym opening Chinese only
    ("共3.5万。Top10", ()),
    ("2.0。CN", (OTHER,)),  # triage (b): `CN，` opens no Chinese sentence
    ("1.5。Pro版", ()),
    ("6.0。Online", ()),
    ("3.5。cn", (OTHER,)),  # triage (b): small letters are a host (`18:00。office/x`)
]
HASHTAGS = [
    "#学习贯彻全会精神#",
    "#我为群众办实事#",
    "#国家安全教育日#",
    "#冬季安全#",
    "#反诈#",
    "#COP29#",
    "#Beijing2026#",
    "#AI#",
    "#5G#",
    "#gov.cn#",
]
MENTIONS = [
    "@北京发布",
    "@中国政府网",
    "@国家应急广播",
    "@平安北京",
    "@共青团中央",
    "@Beijing.Daily",
    "@China.org",
    "@xinhua",
    "@CCTV新闻",
]
HEADS = [
    "【权威发布】",
    "【提示】",
    "【通知】",
    "【便民服务】",
    "【注意】",
    "【政策解读】",
    "【温馨提示】",
]
AMOUNTS = [
    "￥128.00",
    "￥5,000元",
    "人民币￥3.2万元",
    "98元/人",
    "每人补贴200元",
    "票价￥60",
    "收费标准为每平方米1.5元",
    "￥3000—￥5000",
    "￥8K—￥12K",
    "￥ABC",
    "￥2,000.00元（大写：贰仟元整）",
    "￥50/人，￥30/儿童",
    "$100（约￥720）",
    "￥1.5万—￥3万",
    "￥￥",
    "€20",
    "￥128元/张，￥98元/张",
]
SLOGANS = [
    "“绿水青山就是金山银山”",
    "“人民城市人民建，人民城市为人民”",
    "「安全生产，人人有责」",
    "“保守国家秘密，人人有责”",
    "“一网通办”",
    "“最多跑一次”",
    "“复制、打开、粘贴”三步法",
    "“内部挖潜”",
    "“绝密”档案展",
    "“秘密”主题书展",
    "“机密”级别教育",
    ("“不予公开”告知书", (TERM,)),
    "“仅供参考”字样",
]
INSTRUCTIONS = [
    "复制链接到浏览器打开",
    "打开“国家政务服务平台”App",
    "打开微信扫一扫",
    "复制上述网址在电脑端打开",
    "打开“个人所得税”App",
    "打开支付宝搜索“浙里办”",
    "复制公众号名称后打开微信搜索",
    "复制链接后打开浏览器访问www.gov.cn",
    "打开淘宝了解防骗知识",
    "复制本段文字后打开“学习强国”App",
    "打开京东物流官网查询",
    "复制口令在官方平台核验",
    "打开手机淘宝联系官方客服",
    "打开拼多多查看订单状态",
]
SECRECY = [
    ("保守国家秘密", ()),
    ("健全内部控制制度", ()),
    ("依法不予公开的情形", (TERM,)),
    ("仅供参考的数据", ()),
    ("加强涉密人员管理", (TERM,)),
    ("实行秘密投票", ()),
    ("保障数据的机密性、完整性和可用性", ()),
    ("严防绝密级文件丢失", ()),
    ("内部审计", ()),
    ("内部管理", ()),
    ("请注意保存好购物凭证", ()),
    ("请勿外传验证码", ()),
    ("以上数据仅供参考", ()),
    ("商业秘密", ()),
    ("个人隐私和商业秘密", ()),
    ("国家秘密分为绝密、机密、秘密三级", ()),
    ("不得泄露工作秘密", (TERM,)),
    ("内部职工", ()),
    ("机密信息系统", ()),
    ("单位内部", ()),
    ("机密计算技术", ()),
    ("《绝密543》观影活动", ()),
    ("秘密花园", ()),
    ("内部资料室开放时间调整", ()),
    ("内部参考价", ()),
    ("仅供参考", ()),
    ("涉密", (TERM,)),
    ("此件公开发布", ()),
    ("依申请公开的政府信息", ()),  # triage (b): 依申请公开 alone on its line is a note
    ("秘密级", ()),
    ("解密", ()),
    ("国家秘密", ()),
    ("内部通报批评", ()),
    ("机密级以上", ()),
    ("绝密文件", ()),
    ("本资料仅供参考，不作为办事依据", ()),
    ("请勿外传未经核实的信息", ()),
    ("收据请注意保存", ()),
]
STARS = [
    "★",
    "★★★★★",
    "☆",
    "★重点工作★",
    "五星级★★★★★",
    "⭐",
    "★保密工作★",
    "★★★☆☆",
    "※",
    "☆☆☆",
    "★一等奖★",
    "★10年",
]


def pick(rng: Rng, items: list) -> tuple[str, tuple[str, ...]]:
    item = rng.choice(items)
    return (item, ()) if isinstance(item, str) else item


def s_gov(rng: Rng) -> tuple[str, tuple]:
    return rng.choice(GOV_FRAMES).format(rng.choice(GOV_LINKS)), ()


def s_mail(rng: Rng) -> tuple[str, tuple]:
    return rng.choice(MAIL_FRAMES).format(rng.choice(MAILS)), ()


def s_file(rng: Rng) -> tuple[str, tuple]:
    return rng.choice(FILE_FRAMES).format(rng.choice(FILES)), ()


def s_dotted(rng: Rng) -> tuple[str, tuple]:
    value, rules = rng.choice(DOTTED)
    return rng.choice(DOTTED_FRAMES).format(value), rules


def s_english(rng: Rng) -> tuple[str, tuple]:
    return "咨询时间为工作日上午" + rng.choice(ENGLISH), ()


def s_decimal(rng: Rng) -> tuple[str, tuple]:
    value, rules = rng.choice(DECIMAL)
    return "今年" + value + "，", rules


def s_hashtag(rng: Rng) -> tuple[str, tuple]:
    return rng.choice(HASHTAGS) + " ", ()


def s_mention(rng: Rng) -> tuple[str, tuple]:
    return "转自" + rng.choice(MENTIONS) + " ", ()


def s_head(rng: Rng) -> tuple[str, tuple]:
    return rng.choice(HEADS), ()


def s_amount(rng: Rng) -> tuple[str, tuple]:
    return "费用" + rng.choice(AMOUNTS) + "，", ()


def s_slogan(rng: Rng) -> tuple[str, tuple]:
    value, rules = pick(rng, SLOGANS)
    return "践行" + value + "理念，", rules


def s_instr(rng: Rng) -> tuple[str, tuple]:
    return "请" + rng.choice(INSTRUCTIONS) + "办理。", ()


def s_secrecy(rng: Rng) -> tuple[str, tuple]:
    value, rules = rng.choice(SECRECY)
    return rng.choice(["各单位要{}，", "培训内容包括{}。", "按照规定{}；", "{}。"]).format(
        value
    ), rules


def s_star(rng: Rng) -> tuple[str, tuple]:
    star = rng.choice(STARS)
    return rng.choice(["{}服务评价", "{}年度总结", "获评{}"]).format(star) + "，", ()


MD_LINKS = [
    "[中国政府网](https://www.gov.cn)",
    "[北京市人民政府](http://www.beijing.gov.cn/)",
    '<a href="https://www.gov.cn/zhengce/">政策</a>',
    "<https://www.gov.cn>",
    "[点击查看](https://www.gov.cn/zhengce/content/a.htm)",
    "WWW.BEIJING.GOV.CN",
    "www.gov.cn/fuwu/",
    "https://www.gov.cn/#/home",
    "http://www.gov.cn:80/",
]
ABBREV = [
    "Mr.Smith",
    "St.Louis",
    "Jan.1",
    "a.m.",
    "p.m.",
    "etc.",
    "vs.",
    "Jr.",
    "Ltd.",
    "Co.Ltd",
    "Fig.1a",
    "Tab.2",
    "Eq.3",
    "Art.5",
    "Sec.2",
    "Dept.of Health",
    "No.1",
    "Q&A",
    "R&D",
    "B2B",
    "O2O",
    "COVID-19",
    "H.264",
    "Wi-Fi",
    "IPv6",
    "TLS1.3",
    "PM2.5",
    "A股",
    "5A级",
    "K12",
]
EN_AFTER = [
    "Science",
    "Education",
    "Health",
    "Travel",
    "Music",
    "Art",
    "Game",
    "Club",
    "Team",
    "Work",
    "Life",
    "Show",
    "Tech",
    "Design",
    "Press",
    "Center",
    "Digital",
]
CJK_AFTER = [
    "信息公开",
    "中国",
    "在线办理",
    "公益活动",
    "政务服务",
    "移动端",
    "手机端",
    "游戏规则",
    "集团公司",
    "企业注册",
    "商城",
    "网络安全",
]
SHARE_LIKE = [
    "复制“国家反诈中心”到应用商店下载",
    "打开淘宝请认准官方页面",
    "（订单号：AB12345678CD）",
    "“￥”符号",
    "（￥）",
    "￥一元起",
    "口令为“安全第一”",
    "复制本文链接分享给身边人",
    "打开“粤省事”小程序，复制验证码",
    "输入口令“AB12CD”参与答题",
]
SECRECY2 = [
    "保守国家秘密★维护国家安全",
    "守护国家秘密☆共筑安全防线",
    "一批馆藏内部资料",
    "“绝密”",
    "机密，",
    "★★★★☆（4.5分）",
    "内部资料室",
    "查阅内部资料需审批",
    "★★★ 三星级",
    "【保密知识】绝密、机密、秘密分别保密30年、20年、10年",
    "#保守国家秘密#",
    "不得泄露国家秘密和工作秘密",
    "印有“仅供内部参考”字样的材料不得上网",
    "“内部资料”四字应当删除",
    "印有“领导参阅件”字样",
    "标有“内部资料”字样的文件",
    "含有“内部资料”标识的文件不得上网",
]


def s_md(rng: Rng) -> tuple[str, tuple]:
    return "详见" + rng.choice(MD_LINKS) + "。", ()


def s_abbrev(rng: Rng) -> tuple[str, tuple]:
    # triage (a): "{} " glued an abbreviation to the English before it (`online.Ltd.`)
    frame = rng.choice(["培训资料提到{}，", "见{}。", "（{}）", "参见 {} "])
    return frame.format(rng.choice(ABBREV)), ()


def s_en_after(rng: Rng) -> tuple[str, tuple]:
    word = rng.choice(EN_AFTER)
    return rng.choice(
        ["活动圆满结束。{} is our theme.", "展览今日开幕。{} Week 2026 opens today."]
    ).format(word), ()


def s_cjk_after(rng: Rng) -> tuple[str, tuple]:
    link = rng.choice(["www.gov.cn", "https://www.gov.cn/zhengce/", "www.beijing.gov.cn", "gov.cn"])
    return "详见" + link + "。" + rng.choice(CJK_AFTER) + "相关事项另行通知。", ()


def s_share_like(rng: Rng) -> tuple[str, tuple]:
    return rng.choice(SHARE_LIKE) + "。", ()


def s_secrecy2(rng: Rng) -> tuple[str, tuple]:
    value = rng.choice(SECRECY2)
    return value, (TERM,) if "工作秘密" in value else ()


SLOTS = {
    "md": s_md,
    "abbrev": s_abbrev,
    "en_after": s_en_after,
    "cjk_after": s_cjk_after,
    "share_like": s_share_like,
    "secrecy2": s_secrecy2,
    "gov": s_gov,
    "mail": s_mail,
    "file": s_file,
    "dotted": s_dotted,
    "english": s_english,
    "decimal": s_decimal,
    "hashtag": s_hashtag,
    "mention": s_mention,
    "head": s_head,
    "amount": s_amount,
    "slogan": s_slogan,
    "instr": s_instr,
    "secrecy": s_secrecy,
    "star": s_star,
}
PROSE = [
    "为进一步做好冬季安全生产工作，现将有关事项通知如下。",
    "各区要压实责任，确保各项措施落到实处。",
    "市民可通过12345热线反映问题。",
    "活动时间为12月10日至12月20日。",
    "本通知自发布之日起施行。",
    "欢迎广大市民积极参与。",
]


# ----- triaged patterns of the first sweep (60,000 posts) ---------------------------------------
# (d) real false findings, strict xfails below; (c) documented, an expectation of the docs below.
KNOWN = [
    ("d1-fullwidth-url", re.compile(r"[ｈＨ][ｔＴ][ｔＴ][ｐＰ]|https?：|／")),
    ("d3-idn-tld-after-stop", re.compile(r"(?i)\.gov\.cn。(?:网站|网址|公司)")),
    ("d6-read-internal-material", re.compile(r"[查借]阅内部资料")),
    ("d7-rating-line-after-secret", re.compile(r"秘密\s*\n\s*[★☆⭐]")),
    ("d8-quoted-internal-note", re.compile(r"“仅供内部参考”|“内部资料”四字")),
    ("c-star-after-secret-word", re.compile(r"秘密[★☆⭐]")),
    ("d5-mention-domain", re.compile(r"@China\.org")),
    ("c-symbol-glued-to-host", re.compile(r"https?://[\w.]+[→★☆⭐※]")),
    ("c-file-name-and-fragment", re.compile(r"\.md#")),
]


def known_pattern(text: str) -> str:
    for name, pattern in KNOWN:
        if pattern.search(text):
            return name
    return "NEW"


def make_post(rng: Rng, focus: str | None = None) -> dict:
    """One post: a title and a body of a few sentences, each with one or two slots."""
    focus = focus or rng.choice(list(SLOTS))
    slots: list[tuple[str, str]] = []
    rules: set[str] = set()
    parts: list[str] = []
    names = [focus] + [rng.choice(list(SLOTS)) for _ in range(rng.randint(0, 3))]
    for name in names:
        value, found = SLOTS[name](rng)
        slots.append((name, value))
        rules.update(found)
        parts.append(value)
        if rng.random() < 0.5:
            parts.append(rng.choice(PROSE))
    title = "关于做好有关工作的通知"
    if rng.random() < 0.2:  # a slot in the title: a title is one line of prose
        name = rng.choice(list(SLOTS))
        value, found = SLOTS[name](rng)
        value = value.replace("\n", "")
        slots.append((name, value))
        rules.update(found)
        title = value + "有关工作的通知"
    body = rng.choice(["", "\n"]).join(parts)
    return {"focus": focus, "title": title, "body": body, "rules": sorted(rules), "slots": slots}


# ----- real items hidden among the look-alikes -------------------------------------------------

REAL = [
    ("t.cn", "https://t.cn/A6xYz12b", "fixed", "ad.link_stripped"),
    ("t.cn-bare", "报名请点t.cn/A6xYz12b", "fixed", "ad.link_stripped"),
    ("ujd", "同款u.jd.com/abc123", "fixed", "ad.link_stripped"),
    ("taobao", "详情https://s.click.taobao.com/t?e=m%3D2", "fixed", "ad.link_stripped"),
    ("dwz", "dwz.cn/Ab12Cd", "fixed", "ad.link_stripped"),
    ("tkl", "￥AbCd1234XyZ￥复制这段话打开淘宝", "block", "ad.share_code"),
    ("tkl2", "【淘宝】￥Q8rT2xYz9Lm￥ 复制后打开手机淘宝", "block", "ad.share_code"),
    ("mark", "\n机密★10年\n", "block", "secrecy.marking"),
    ("mark2", "\n绝密★启用前\n", "block", "secrecy.marking"),
    ("internal", "\n（内部资料　注意保存）\n", "block", "secrecy.internal"),
    ("internal2", "\n内部资料，不得外传\n", "block", "secrecy.internal"),
    ("notpublic", "\n（此件不公开）\n", "block", "disclosure.not_public"),
]


def build_table() -> CaseTable:
    table = CaseTable("redteam83_blind_words_sweep")
    rng = random.Random(f"{SEED}:sample")
    per_slot = 13
    for name in SLOTS:
        i = 0
        while i < per_slot:
            post = make_post(rng, name)
            if known_pattern(post["title"] + "\n" + post["body"]) != "NEW":
                continue  # the triaged patterns are the hand cases below
            if post["rules"] and post["title"] != "关于做好有关工作的通知":
                continue  # triage (a): a warning in the title is not placed at the body
            i += 1
            rules = post["rules"]
            title = post["title"]
            note = "generated prose; slots: " + ", ".join(s for s, _ in post["slots"])
            if rules:
                note += f"; documented warning: {', '.join(rules)}"
                table.case(
                    f"s-{name}-{i}",
                    post["body"],
                    "warn",
                    rules if len(rules) > 1 else rules[0],
                    note,
                )
            else:
                table.clean(f"s-{name}-{i}", post["body"], note)
            if title != "关于做好有关工作的通知":
                table.cases[-1]["title"] = title
    rng = random.Random(f"{SEED}:real")
    n = 0
    while n < 40:
        post = make_post(rng)
        if post["rules"] or known_pattern(post["title"] + "\n" + post["body"]) != "NEW":
            continue  # triage (a): a real item among triaged look-alikes picked up their finding
        kind, text, expect, rule = REAL[n % len(REAL)]
        parts = post["body"].split("，")
        at = rng.randint(0, len(parts))
        body = "，".join([*parts[:at], text, *parts[at:]])
        table.case(
            f"real-{kind}-{n}", body, expect, rule, f"one real {kind} hidden among look-alikes"
        )
        n += 1
    hand_cases(table)
    return table


REAL83 = "red team 83: "
FB = [
    # (id, text, expect, rule, note, xfail)
    # d1: kept by fix 109 — the docs decide link.unparsable for these forms (see the docstring)
    (
        "fb-d1-fullwidth-gov-url",
        "详见中国政府网（ｈｔｔｐｓ：／／ｗｗｗ．ｇｏｖ．ｃｎ／ｚｈｅｎｇｃｅ／）。",
        "clean",
        None,
        "a gov.cn address typed in full width (IME full-width mode); the fold makes it https://www.gov.cn/",
        REAL83
        + "a full-width scheme or slash makes a gov.cn link link.unparsable; the ad twin is stripped",
    ),
    (
        "fb-d1-fullwidth-path",
        "政策原文见ｗｗｗ．ｇｏｖ．ｃｎ／ｚｈｅｎｇｃｅ／",
        "clean",
        None,
        "ｗｗｗ．ｇｏｖ．ｃｎ is clean (docs' table); a full-width path after it should not change the host",
        REAL83 + "a full-width slash after the host makes the gov.cn link link.unparsable",
    ),
    (
        "fb-d1-fullwidth-colon",
        "网址：https：//www.gov.cn/zhengce/",
        "clean",
        None,
        "only the colon of the scheme in full width (a common IME slip)",
        REAL83 + "https：// (full-width colon) to www.gov.cn warns link.unparsable",
    ),
    (
        "fb-d1-fullwidth-scheme-bare-host",
        "ｈｔｔｐ：／／ｗｗｗ．ｂｅｉｊｉｎｇ．ｇｏｖ．ｃｎ",
        "clean",
        None,
        "a Beijing government address wholly in full width, no path",
        REAL83 + "full-width scheme before a gov.cn host warns link.unparsable",
    ),
    (
        "fb-d3-idn-tld-after-stop",
        "欢迎访问www.gov.cn。公司、企业可在线办理。",
        "clean",
        None,
        "。 ends the sentence; 公司 opens the next one (.公司 is also an IDN top-level domain)"
        " (fixed by fix 109)",
        None,
    ),
    (
        "fb-d3-idn-tld-after-stop-end",
        "详见www.gov.cn。网站",
        "clean",
        None,
        "。 then 网站 (also an IDN top-level domain) at the end of the post (fixed by fix 109)",
        None,
    ),
    (
        "fb-d3-idn-tld-wangzhi",
        "详见www.gov.cn。网址：www.beijing.gov.cn",
        "clean",
        None,
        "。 then 网址： (.网址 is an IDN top-level domain too) (fixed by fix 109)",
        None,
    ),
    (
        "fb-d6-read-internal-material",
        "各单位查阅内部资料须经审批。",
        "clean",
        None,
        "内部资料 as the object of 查阅 (a 保密 rule about reading such material, not a marker) (fixed by fix 107)",
        None,
    ),
    (
        "fb-d6-borrow-internal-material",
        "借阅内部资料应登记。",
        "clean",
        None,
        "内部资料 as the object of 借阅, an archive's rule (fixed by fix 107)",
        None,
    ),
    (
        "fb-d7-rating-paragraph-after-slogan",
        "严守商业秘密\n\n★★★★★ 服务评价",
        "clean",
        None,
        "a slogan ending in 秘密, then a new paragraph of star ratings (fixed by fix 107)",
        None,
    ),
    (
        "fb-d7-rating-line-after-slogan",
        "保守国家秘密\n★★★★★ 服务评价",
        "clean",
        None,
        "a slogan line, then a rating line below it (fixed by fix 107)",
        None,
    ),
    (
        "fb-d8-quoted-audience",
        "杜绝“仅供内部参考”字样出现在公开文件中",
        "clean",
        None,
        "a note quoted as a word in a 保密 rule; docs: quoted as a word (印有“领导参阅件”字样) passes (fixed by fix 107)",
        None,
    ),
    (
        "fb-d8-quoted-audience-printed",
        "印有“仅供内部参考”字样的材料不得上网",
        "clean",
        None,
        "as above, with the docs' own verb 印有 (fixed by fix 107)",
        None,
    ),
    (
        "fb-d8-quoted-marker-four-chars",
        "“内部资料”四字应当删除",
        "clean",
        None,
        "a marker quoted as a word (docs: 标有“内部资料”字样 passes), named as 四字 (fixed by fix 107)",
        None,
    ),
    (
        "fb-d5-mention-domain-after-link",
        "登录www.gov.cn查询。转自@China.org 市民可通过12345热线反映问题。",
        "clean",
        None,
        "a mention whose name looks like a domain; clean alone (a domain right after @), not after a link"
        " (fixed by fix 109)",
        None,
    ),
]
DOCUMENTED = [
    (
        "doc-symbol-after-gov-host",
        "登录https://zwfw.gd.gov.cn→办事服务",
        "warn",
        OTHER,
        "an arrow glued to the host joins it (a symbol is a label character for WHATWG and linkify-it): "
        "the browser opens zwfw.gd.gov.xn--cn-…, a broken link, and the editor is asked to look",
    ),
    (
        "doc-star-after-gov-host",
        "网址：https://www.gov.cn★",
        "warn",
        OTHER,
        "as above with a decorative star: the host read is gov.xn--cn-…, not gov.cn",
    ),
    (
        "doc-symbol-after-ad-host",
        "同款https://t.cn→",
        "fixed",
        "ad.link_stripped",
        "the ad twin: a browser opens t.xn--cn-…, but the reader is shown t.cn and a linkifier that"
        " stops at the arrow opens it: stripped as any t.cn link (decided by fix 109; warned"
        " link.other_host before)",
    ),
    (
        "doc-file-name-fragment",
        "附件：readme.md#Beijing2026# 为进一步做好冬季安全生产工作。",
        "warn",
        OTHER,
        "a hashtag glued to a file name: readme.md stays a file name only standing alone (docs)",
    ),
    (
        "doc-acronym-net",
        "今年达到5G。NET，",
        "warn",
        OTHER,
        "an acronym after 。 is prose only when it opens a Chinese sentence (docs: 请访问5G。AI warns)",
    ),
    ("doc-acronym-cn-comma", "今年2.0。CN，", "warn", OTHER, "as above: CN then a comma"),
    (
        "doc-small-letters",
        "今年3.5。cn，",
        "warn",
        OTHER,
        "small letters after 。 are a host (docs: 18:00。office/x)",
    ),
    (
        "doc-rating-after-secret-word",
        "不得泄露国家秘密和工作秘密★★★★☆（4.5分）",
        "block",
        ["secrecy.marking", TERM],
        "a rating glued to 工作秘密: with a star it is a 密级 (docs, 警务工作秘密★)",
    ),
    (
        "doc-yishenqing-line",
        "各区要压实责任。\n依申请公开。\n欢迎参与。",
        "warn",
        "disclosure.on_request",
        "依申请公开 on a line of its own is the document's note (docs)",
    ),
    (
        "doc-quoted-marking-with-star",
        "保密知识：“机密★10年”表示机密级、保密期限10年",
        "block",
        "secrecy.marking",
        "a 密级 with its star quoted in a lesson blocks (docs: 印有「机密★」标识 blocks)",
    ),
    (
        "doc-star-mimi-star",
        "★机密★年度总结，",
        "block",
        "secrecy.marking",
        "docs: the star before it (★机密, ★ 秘密 ★) is a 密级",
    ),
    (
        "doc-star-neibu-star",
        "★内部★服务评价，",
        "block",
        "secrecy.internal",
        "docs: 内部★ is an internal marker",
    ),
    (
        "doc-mimi-star-word",
        "获评秘密★花园，",
        "block",
        "secrecy.marking",
        "docs: 密级 + ★; only a slogan after a kind of secret (保守国家秘密★…) is prose",
    ),
    (
        "doc-qingwu-line",
        "各区要压实责任。\n请勿外传。\n活动时间为12月10日。",
        "block",
        "secrecy.internal",
        "请勿外传 with no object, on a line of its own, is a note (docs)",
    ),
    (
        "doc-zhuyi-line",
        "本通知自发布之日起施行。\n注意保存。\n欢迎参与。",
        "block",
        "secrecy.internal",
        "注意保存 on a line of its own is a note (docs)",
    ),
    (
        "doc-gongzuo-line",
        "费用98元/人，\n工作秘密。\n活动时间为12月10日至12月20日。",
        "warn",
        TERM,
        "工作秘密 alone on a line amid the text is the word, which warns: a header only at the "
        "text's head (fixes 99 and 104; the red team's expectation, fix 99's block, changed)",
    ),
    (
        "doc-buyu-line",
        "不予公开。\n转自@中国政府网",
        "block",
        "disclosure.not_public",
        "不予公开 as a note of its own blocks (issue 12, item 4)",
    ),
    (
        "doc-neibu-gongkai-line",
        "各区要压实责任。\n内部公开。\n各区要压实责任。",
        "block",
        "disclosure.not_public",
        "内部公开 as a note: a distribution scope (docs, internal_disclosure)",
    ),
]


def hand_cases(table: CaseTable) -> None:
    """The triaged false findings (strict xfails) and the documented verdicts of the sweep."""
    for id_, text, expect, rule, note, xfail in FB:
        table.case(id_, text, expect, rule, note, xfail=xfail)
    for id_, text, expect, rule, note in DOCUMENTED:
        table.case(id_, text, expect, rule, note + " (triage (b)/(c))")


def sweep(count: int, out: Path) -> None:
    """``count`` generated posts through ``govpub.check``; unexpected findings by rule and slot."""
    from govpub import Policy, Post, check

    policy = Policy.default()
    rng = random.Random(f"{SEED}:sweep")
    verdicts: Counter[str] = Counter()
    by_pattern: Counter[tuple[str, str, str, str]] = Counter()
    samples: dict[tuple[str, str, str, str], list[dict]] = defaultdict(list)
    for n in range(count):
        post = make_post(rng)
        result = check(Post(title=post["title"], body=post["body"]), policy)
        sev = {f.severity for f in result.findings}
        verdicts["block" if "block" in sev else "warn" if "warn" in sev else "clean"] += 1
        expected = set(post["rules"])
        missing = expected - {f.rule for f in result.findings}
        for rule in missing:
            by_pattern["missing", rule, "-", "-"] += 1
            if len(samples["missing", rule, "-", "-"]) < 5:
                samples["missing", rule, "-", "-"].append(
                    {"n": n, "title": post["title"], "body": post["body"]}
                )
        for f in result.findings:
            if f.rule in expected and f.severity == "warn":
                continue
            slot = "?"
            text = post["title"] if f.field == "title" else post["body"]
            for name, value in post["slots"]:
                at = text.find(value)
                if f.offset is not None and at >= 0 and at <= f.offset < at + len(value):
                    slot = f"{name}:{value}"
                    break
            known = known_pattern(post["title"] + "\n" + post["body"])
            key = (f.severity, f.rule, slot, known)
            by_pattern[key] += 1
            if len(samples[key]) < 5:
                samples[key].append(
                    {
                        "n": n,
                        "field": f.field,
                        "excerpt": f.excerpt,
                        "title": post["title"],
                        "body": post["body"],
                    }
                )
    write_sweep_report(count, verdicts, by_pattern, samples, out)


def main() -> None:
    if len(sys.argv) > 1 and sys.argv[1] == "--sweep":
        sweep(int(sys.argv[2]), Path(sys.argv[3] if len(sys.argv) > 3 else "/tmp/rt83_sweep.json"))
        return
    header = "red-team pass 83 (blind): generated government prose full of look-alike words; gen_redteam83.py regenerates it"
    build_table().write(__file__, header, width=1000)


if __name__ == "__main__":
    main()
