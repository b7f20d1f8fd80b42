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
Written before the checker or any other family was read (issue 12, docs/compliance.md, the corpus
README, ``case_table.py`` and the layout of ``gen_redteam71.py``/``gen_redteam81.py`` only).
"""

from __future__ import annotations

import json
import random
import sys
from collections import Counter, defaultdict
from pathlib import Path

from case_table import CaseTable

SEED = 83
OTHER = "link.other_host"
TERM = "secrecy.sensitive_term"
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
]
GOV_FRAMES = [
    "详见中国政府网（{}）。",
    "具体内容请登录{}查询。",
    "政策原文可在{}查阅",
    "网址：{}",
    "中国政府网 {} 同步发布。",
    "访问{}了解详情，",
]
MAILS = [
    "zfxxgk@beijing.gov.cn",
    "tougao@163.com",
    "xinfang@sina.com",
    "jubao123@qq.com",
    "bgs@mof.gov.cn",
    "hr2026@126.com",
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
]
DOTTED_FRAMES = ["本次培训邀请{}授课，", "参考资料（{}）", "系统版本升级为{}，", "据{}介绍，"]
ENGLISH = [
    "。Office hours: 9:00-17:00.",
    "。Welcome to Beijing.",
    "。For more information, please call 12345.",
    "。The deadline is December 20.",
    "。Thank you.",
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
]
HASHTAGS = ["#学习贯彻全会精神#", "#我为群众办实事#", "#国家安全教育日#", "#冬季安全#", "#反诈#"]
MENTIONS = ["@北京发布", "@中国政府网", "@国家应急广播", "@平安北京", "@共青团中央"]
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
]
SLOGANS = [
    "“绿水青山就是金山银山”",
    "“人民城市人民建，人民城市为人民”",
    "「安全生产，人人有责」",
    "“保守国家秘密，人人有责”",
    "“一网通办”",
    "“最多跑一次”",
]
INSTRUCTIONS = [
    "复制链接到浏览器打开",
    "打开“国家政务服务平台”App",
    "打开微信扫一扫",
    "复制上述网址在电脑端打开",
    "打开“个人所得税”App",
    "打开支付宝搜索“浙里办”",
    "复制公众号名称后打开微信搜索",
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
]
STARS = ["★", "★★★★★", "☆", "★重点工作★", "五星级★★★★★", "⭐"]


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
    return "践行" + rng.choice(SLOGANS) + "理念，", ()


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


SLOTS = {
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
    body = rng.choice(["", "\n"]).join(parts)
    return {"focus": focus, "body": body, "rules": sorted(rules), "slots": slots}


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
    per_slot = 18
    for name in SLOTS:
        for i in range(per_slot):
            post = make_post(rng, name)
            rules = post["rules"]
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
    rng = random.Random(f"{SEED}:real")
    n = 0
    while n < 40:
        post = make_post(rng)
        if post["rules"]:
            continue
        kind, text, expect, rule = REAL[n % len(REAL)]
        parts = post["body"].split("，")
        at = rng.randint(0, len(parts))
        body = "，".join([*parts[:at], text, *parts[at:]])
        table.case(
            f"real-{kind}-{n}", body, expect, rule, f"one real {kind} hidden among look-alikes"
        )
        n += 1
    return table


def sweep(count: int, out: Path) -> None:
    """``count`` generated posts through ``govpub.check``; unexpected findings by rule and slot."""
    from govpub import Policy, Post, check

    policy = Policy.default()
    rng = random.Random(f"{SEED}:sweep")
    verdicts: Counter[str] = Counter()
    by_pattern: Counter[tuple[str, str, str]] = Counter()
    samples: dict[tuple[str, str, str], list[dict]] = defaultdict(list)
    for n in range(count):
        post = make_post(rng)
        title = "关于做好有关工作的通知"
        result = check(Post(title=title, body=post["body"]), policy)
        sev = {f.severity for f in result.findings}
        verdicts["block" if "block" in sev else "warn" if "warn" in sev else "clean"] += 1
        expected = set(post["rules"])
        missing = expected - {f.rule for f in result.findings}
        for rule in missing:
            by_pattern["missing", rule, "-"] += 1
        for f in result.findings:
            if f.rule in expected and f.severity == "warn":
                continue
            slot = "?"
            text = post["body"]
            for name, value in post["slots"]:
                at = text.find(value)
                if f.offset is not None and at >= 0 and at <= f.offset < at + len(value):
                    slot = f"{name}:{value}"
                    break
            key = (f.severity, f.rule, slot)
            by_pattern[key] += 1
            if len(samples[key]) < 5:
                samples[key].append({"n": n, "excerpt": f.excerpt, "body": post["body"]})
    sys.stdout.write(f"{count} posts: {dict(verdicts)}\n")
    for key, hits in by_pattern.most_common():
        sys.stdout.write(f"  {hits:6d}  {' / '.join(key)}\n")
    report = {
        "count": count,
        "verdicts": verdicts,
        "patterns": [[*k, v] for k, v in by_pattern.most_common()],
        "samples": {" / ".join(k): v for k, v in samples.items()},
    }
    out.write_text(json.dumps(report, ensure_ascii=False, indent=1), encoding="utf-8")


def main() -> None:
    if len(sys.argv) > 1 and sys.argv[1] == "--sweep":
        sweep(int(sys.argv[2]), Path(sys.argv[3] if len(sys.argv) > 3 else "/tmp/rt83_sweep.json"))
        return
    header = "red-team pass 83 (blind): generated government prose full of look-alike words; gen_redteam83.py regenerates it"
    build_table().write(__file__, header, width=1000)


if __name__ == "__main__":
    main()
