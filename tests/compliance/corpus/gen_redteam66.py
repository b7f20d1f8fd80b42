"""Regenerate redteam66_blind_long_posts.yaml (red-team pass 66, written blind).

Long, real-looking posts of a county or city government's 政务新媒体 (600–2,500 characters,
Markdown or plain, some with HTML pieces and tables), in about 25 genres: 政府工作报告 摘要,
消费券 and 以旧换新 notices, 反诈 posts quoting scam scripts, 非法集资 warnings, 创业担保贷款
guides, 招聘公告 with QQ groups, 考务提醒, market-supervision and police case reports, 税务
guides (代开发票 as a service), 医保, 文旅 festivals with the agency's 抖音/小红书/视频号, 助农
直播 reports, 12345 年报, 垃圾分类, 农技, 征兵, 疫苗, 防汛, 直播带岗, an account's annual
review, 志愿者 groups, 公示 with masked numbers, 政府信息公开 年报, 人事任免. One long post
holds many sentences of many kinds, where a vocabulary reader fires falsely: every one of
these must stay clean. Beside them, the same posts with ONE planted violation each (an ad
contact, a 淘口令, an ad link, a real mobile, a marking…) to show a long post hides nothing.
Written before the checker or any other family was read. Run from the repository root:
python tests/compliance/corpus/gen_redteam66.py
"""

from __future__ import annotations

import sys
from pathlib import Path

from case_table import CaseTable

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))
from long_posts66 import POSTS
from number_makers import id_number, uscc

TABLE = CaseTable("redteam66_blind_long_posts")

CLEAN_NOTE = (
    "a long {genre} post of a county government's account: every sentence is its own, none sells"
)

# The one warning the docs demand of a long post, and a gap left.
WARNS = {
    "work-safety": (
        "secrecy.document_hint",
        "a long 安全生产 通报 ending with its 版记 (抄送：…): compliance.md warns of a 公文's 抄送 "
        "where no 附注 says the document is public — the blind run expected clean, a wrong expectation",
    ),
}
XFAILS = {
    "antifraud-live": (
        "ad.wording",
        "a 消费提示 opening with a streamer's cries quoted (“最后50单，拍下立减！”直播间里，主播…喊着): "
        "the warning is a paragraph later",
        "reported speech of a streamer is read as a pitch: the quotation's sentence holds no warning, the "
        "post's warning (警惕“低价秒杀”…) stands a paragraph below, and reading a streamer's quoted words "
        "as reported would also pass a 助农 account's own 点击小黄车下单 said in its host's voice",
    ),
}

for post_id, genre, text in POSTS:
    if post_id in WARNS:
        rule, note = WARNS[post_id]
        TABLE.case(post_id, text, "warn", rule, note)
    elif post_id in XFAILS:
        rule, note, why = XFAILS[post_id]
        TABLE.case(post_id, text, "clean", None, note, xfail=why)
    else:
        TABLE.clean(post_id, text, CLEAN_NOTE.format(genre=genre))

POSTS_BY_ID = {post_id: text for post_id, _genre, text in POSTS}


def planted(base: str, sentence: str) -> str:
    """``base`` with ``sentence`` set at the end of its second paragraph."""
    paragraphs = POSTS_BY_ID[base].split("\n\n")
    paragraphs[1] = paragraphs[1] + sentence
    return "\n\n".join(paragraphs)


PLANTS: list[tuple[str, str, str, str, object, str]] = [
    (
        "coupon-contact",
        "coupon",
        "另有内部渠道，加微信 quan6688 领取大额消费券，先到先得。",
        "warn",
        "ad.wording",
        "a sales contact (加微信 and an ID with 先到先得) inside a long 消费券 notice",
    ),
    (
        "tradein-code",
        "tradein",
        "复制￥Kq8Zt3PwXyA￥打开淘宝，领取家电补贴专享券。",
        "block",
        "ad.share_code",
        "a 淘口令 with its trigger inside a long 以旧换新 guide",
    ),
    (
        "festival-adlink",
        "festival",
        "门票优惠购买入口：https://s.click.taobao.com/t?e=m%3D2%26s%3Dabc123 。",
        "fixed",
        "ad.link_stripped",
        "an affiliate link inside a long 文旅 festival post",
    ),
    (
        "recruit-mobile",
        "recruit",
        "如有疑问可直接联系人事科王老师，手机13812345678。",
        "block",
        "personal.mobile",
        "a real mobile (valid prefix, unmasked) inside a long 招聘公告 whose other numbers are masked",
    ),
    (
        "report-marking",
        "gov-report",
        "\n\n机密★1年\n\n",
        "block",
        "secrecy.marking",
        "a 密级 marking on a line of its own inside a long 政府工作报告 摘要",
    ),
    (
        "notice-idnumber",
        "publicity-subsidy",
        "补充公示：张某某，身份证号" + id_number("34122119850312405") + "。",
        "block",
        "personal.id_number",
        "a full valid ID number inside a long 公示 whose other IDs are masked",
    ),
    (
        "disclosure-note",
        "appointments",
        "\n\n（此件不予公开）\n\n",
        "block",
        "disclosure.not_public",
        "a 公开属性 note on its own line inside a long 人事任免 notice",
    ),
    (
        "internal-marker",
        "hotline-annual",
        "本报告为内部资料，请勿外传。",
        "block",
        "secrecy.internal",
        "an internal-use marker inside a long 12345 年报",
    ),
    (
        "livestream-cart",
        "farm-live",
        "直播间今晚8点开播，点击左下角小黄车下单，全场包邮。",
        "warn",
        "ad.wording",
        "the live stream's own call to buy from its cart inside a long 助农 report",
    ),
    (
        "douyin-shortlink",
        "douyin-review",
        "精彩回放请戳 https://v.douyin.com/iRNBxYz/ 。",
        "fixed",
        "ad.link_stripped",
        "a short link (v.douyin.com) inside a long 政务抖音号 review",
    ),
    (
        "tax-contact",
        "tax-guide",
        "急需发票的也可找代理，代开发票，加QQ：88776655。",
        "warn",
        "ad.wording",
        "the other trade's ad contact (代开发票 and a QQ ID) inside a long 税务 guide that names 代开发票 as a service",
    ),
    (
        "loan-contact",
        "loan-guide",
        "不看征信，当天放款，微信：dk2026vip。",
        "warn",
        "ad.wording",
        "a loan ad's contact inside a long 创业担保贷款 guide",
    ),
    (
        "volunteer-engagement",
        "volunteer",
        "报名后须转发本文至朋友圈并截图，截图后方可入群。",
        "warn",
        "wording.forced_engagement",
        "a forced share with a precondition inside a long 志愿者招募",
    ),
    (
        "exam-opinion",
        "exam",
        "小编提醒：今年题目太坑了，大家要稳住。",
        "warn",
        "wording.opinion",
        "the account's own opinion (小编, 太坑) inside a long 考务提醒",
    ),
    (
        "antifraud-code",
        "antifraud",
        "复制￥Zx9Kq2Wm7Rt￥打开淘宝领取反诈宣传礼品。",
        "block",
        "ad.share_code",
        "a live 淘口令 (unmasked, its own offer) inside a long 反诈 post whose quoted scripts are masked",
    ),
]

PLANTS += [
    (
        "coupon-contact-sale",
        "coupon",
        "另有内部渠道，加微信 quan6688 代抢大额消费券，先到先得。",
        "warn",
        "ad.wording",
        "the twin of plant-coupon-contact with a sale word (代抢) beside the 加微信 contact",
    ),
    (
        "antifraud-script-pitch",
        "antifraud",
        "\n\n**刷单兼职**：“动动手指，日赚三五百，宝妈学生都能做”“先垫付，佣金秒返”。名额有限，现在就来！",
        "warn",
        "ad.wording",
        "a label and quoted 刷单 words with no warning after them, inside the 反诈 post whose own list of "
        "quoted scripts stays clean (its next sentences warn)",
    ),
    (
        "market-case-pitch",
        "market-case",
        "今日“秒杀价”199元，点击下方链接下单！",
        "warn",
        "ad.wording",
        "a quoted 秒杀价 with a call, outside any 典型案例, inside the market-supervision post",
    ),
]
GAPS = {
    "coupon-contact": "compliance.md reads 加微信 with an ID as a sale only with a sale word in its sentence "
    "(contact_sale_words.txt); 领取…消费券，先到先得 holds none — 先到先得 alone is a volunteer sign-up's "
    "word too (名额有限，先到先得). The twin plant-coupon-contact-sale (代抢) warns",
}

for plant_id, base, sentence, expect, rule, note in PLANTS:
    TABLE.case(
        f"plant-{plant_id}", planted(base, sentence), expect, rule, note, xfail=GAPS.get(plant_id)
    )

if __name__ == "__main__":
    TABLE.write(
        __file__,
        "Generated by gen_redteam66.py (red-team pass 66, written blind): long government posts.",
        width=100000,
    )
    lengths = sorted(len(text) for _i, _g, text in POSTS)
    sys.stdout.write(f"lengths {lengths[0]}..{lengths[-1]}; uscc {uscc('91331082MA2AB3CD4')}\n")
