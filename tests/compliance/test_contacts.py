"""Sales contacts spelled to slip past the term lists (govpub/compliance/contacts.py)."""

from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from govpub import Post, check
from govpub.compliance.contacts import (
    CONTACT_ANCHORS,
    find_id_contacts,
    find_plus_contacts,
    find_symbol_split_contacts,
)
from govpub.compliance.folding import fold, pictographs


def _wording(text: str, field: str = "body") -> list[str]:
    post = Post(**{"title": "通知", "body": "正文", field: text})
    return [f.excerpt for f in check(post).findings if f.rule == "ad.wording"]


@pytest.mark.parametrize(
    "text",
    [
        "加微🌟信购买",
        "加微🌟信：abc12345",
        "加V❤信购买",
        "加V❤️信：abc123",
        "加微❤信：abc123",
        "加❤微信：abc123",
        "微❤信号：abc12345",
        "加微⭐信购买",
        "加🌟微信购买",
        "➕V：abc12345 领取",
        "➕V",
        "感兴趣的朋友➕V",
        "➕微：abc12345",
        "有意者➕微详聊",
        "+V：abc12345 领取",
        "+V:abc12345",
        "＋V：abc12345",
        "+vx：abc12345",
        "+V 领取福利",
    ],
)
def test_a_spelled_sales_contact_warns_once(text: str) -> None:
    assert [text] == _wording(text)


@pytest.mark.parametrize(
    "text",
    [
        "联系方式：电话+微信：gov12345",  # an office's contacts
        "5G+VR应用场景不断丰富",
        "C++与Java课程",
        "+86 10 1234 5678",
        "请关注微信公众号",
        "微 信 公 众 号",  # a heading spaced out
        "请关注“北京发布”微信公众号➕微博",
        "警惕“加微❤信领红包”骗局",  # an anti-fraud notice quotes it
        "如有疑问可加微信群咨询",
    ],
)
def test_look_alikes_stay_clean(text: str) -> None:
    assert [] == _wording(text)


def test_a_contact_in_the_title_warns() -> None:
    assert ["➕V：abc12345"] == _wording("➕V：abc12345", field="title")


_EMOJI = sorted(c for c in pictographs() if c.isprintable())


@settings(max_examples=200, deadline=None)
@given(emoji=st.sampled_from(_EMOJI), before=st.sampled_from(["", "加", "详情加"]))
def test_any_pictograph_inside_weixin_is_read(emoji: str, before: str) -> None:
    """Whatever pictograph splits 微信, the fold removes it with the space it reads it as,
    and the removal is where the detector looks."""
    text = f"{before}微{emoji}信：abc12345"
    spans = list(find_symbol_split_contacts(fold(text), text))
    assert len(spans) == 1


@settings(max_examples=200, deadline=None)
@given(text=st.text(st.characters(whitelist_categories=("Lo", "Nd", "Ll", "Lu", "Zs", "Po"))))
def test_prose_without_a_plus_or_a_symbol_holds_no_contact(text: str) -> None:
    assert [] == list(find_plus_contacts(text))
    assert [] == list(find_symbol_split_contacts(fold(text), text))


@pytest.mark.parametrize(
    "text",
    [
        "正宗土蜂蜜，加V：fengmi8866，下单即发货",  # a spam spelling after 加, an ID
        "加威信：tea_2025，新茶上市",  # look-alikes of 微信
        "感兴趣的加徽信ab8899了解",
        "加 V X：cd778899，批发零售均可",  # spaced
        "有意者加wei信：gh12345",
        "需要的朋友加微信 abc12345 购买",  # plain 微信 with an ID and a sale
        "进群领福利，加扣扣群：123456789，每天都有特价商品",  # a QQ number: after 加
        "抢不到的加微信 qiang8899 代抢消费券",  # a scalper's paid service (red team 64)
    ],
)
def test_a_contact_word_with_an_id_that_sells_is_found(text: str) -> None:
    """redteam42: a WeChat or QQ word and an ID, spelled to slip past the list or with a
    sale in its sentence."""
    assert list(find_id_contacts(fold(text).text))


@pytest.mark.parametrize(
    "text",
    [
        "培训班学员请加QQ群：123456789，便于接收课程通知",  # no sale
        "咨询社保业务可添加微信号：hzrs12345，工作日在线答复",
        "本次活动联系人VX：liuxm2024，有问题随时沟通",  # no 加, no sale
        "干部要靠实干增加威信，而不是靠说空话",  # 威信, prestige: no ID
        "本次升级增加v2.0版本功能",
        "微信公众号：杭州人社",
    ],
)
def test_an_office_contact_or_prestige_is_no_sales_contact(text: str) -> None:
    assert not list(find_id_contacts(fold(text).text))


@pytest.mark.parametrize(
    "text",
    [
        "加 V❤ 信：abc12345",  # the emoji a space, spaces kept beside the letter
        "加 V ❤ 信：abc12345",
        "加V ❤ 信 领取",  # no ID: a request after it
        "加 V X 咨询",
        "加 vx群",
        "有需要的加 V 信，价格美丽",  # the clause ends after it
    ],
)
def test_a_spam_spelling_apart_after_jia_is_found(text: str) -> None:
    """redteam14 (fix60b): 加v信/加vx with spaces around the letters."""
    assert list(find_id_contacts(fold(text).text))


@pytest.mark.parametrize(
    "text", ["附加 V 信息", "参加 v 信息化培训", "加 V 信用卡", "加强 V 字型护坡", "参加 V X 大会"]
)
def test_a_letter_starting_a_word_after_jia_is_no_contact(text: str) -> None:
    assert not list(find_id_contacts(fold(text).text))


def _colons(folded: str) -> list[tuple[int, int, str]]:
    """The contact anchors in ``folded``, as the policy's term pass gives them."""
    return sorted(
        (at, at + len(word), word)
        for word in CONTACT_ANCHORS
        for at in range(len(folded))
        if folded.startswith(word, at)
    )


@pytest.mark.parametrize(
    "text",
    [
        "专业日韩代购，正品保证，微信：dg2024hk。",
        "V❤：shop5566，私聊有惊喜价。",
        "进群领福利，扣扣群：123456789，每天都有特价商品。",
        "日韩代购，微信 ：dg2024hk",  # a space before the colon
        "薇信：shop8866，正品代购",
        "wx：abc12345，私聊拿货",
        "专业日韩代购，V❤❤ ：dg2024hk",  # fix60c: three blanks before the colon
        "专业日韩代购，微信∶dg2024hk",  # fix60c: the ratio sign for a colon
    ],
)
def test_a_contact_without_jia_in_a_selling_sentence_is_found(text: str) -> None:
    """redteam42 (fix60b): read from the anchor of a contact word's colon."""
    folded = fold(text).text
    assert list(find_id_contacts(folded, _colons(folded)))
    assert [] == list(find_id_contacts(folded))  # (not read from 加)


@pytest.mark.parametrize(
    "text",
    [
        "微信公众号：北京发布",  # no ID
        "政务微信：bjzw12345，欢迎关注。",  # no selling cue
        "咨询QQ群：123456789（办事指南）",
        "市儿童福利院官方微信：etfly2024，欢迎爱心人士关注。",  # 福利 sells nothing
        "税务局微信：swj12345，解答税收优惠政策。",
        "CCTV：cctv13news，代购须谨慎",  # tv: ends a longer word
        "本周蔬菜特价供应点增至12个。",  # a cue, no contact
    ],
)
def test_an_office_contact_without_jia_is_none(text: str) -> None:
    folded = fold(text).text
    assert not list(find_id_contacts(folded, _colons(folded)))


@pytest.mark.parametrize(
    "text",
    [
        "市市场监管局举报微信：scjg12315，欢迎举报销售非正品商品行为。",  # an office's word
        "我区诚招志愿者，报名QQ群：123456789。",
        "我市启动乡村振兴合伙人计划，咨询微信：xczx2024。",  # one general cue
        "本次音乐会全场免费，预约请添加工作人员微信：whg12345。",
        "公交票价原价2元，现价1元，详询官方微信：gjjt1234。",  # two cues, an office's contact
        "欢迎关注官方微信：bjfb2024，关注领福利。",
        "谨防海外代购骗局，可联系微信：fz96110。",  # a seller's cue in a warning
    ],
)
def test_one_general_cue_an_office_or_a_warning_sells_no_contact(text: str) -> None:
    """fix60c: 正品, 诚招, 合伙人, 全场, 原价 alone are an office's words as often; two make
    a pitch (as in sales_cues), an office's contact sells nothing, a warning names the bait."""
    folded = fold(text).text
    assert not list(find_id_contacts(folded, _colons(folded)))


@pytest.mark.parametrize(
    "text",
    [
        "微信：dg2024hk，代购",  # a seller's cue alone
        "V❤：shop5566，特价清仓",
        "微信群：vipgroup88，进群领福利",  # two cues
        "微信号：dg2024hk，厂家直销，假一赔十",
    ],
)
def test_a_sellers_cue_or_two_cues_sell_a_contact(text: str) -> None:
    folded = fold(text).text
    assert list(find_id_contacts(folded, _colons(folded)))


def test_not_to_believe_others_is_a_sellers_slogan() -> None:
    """Review 13: 不要相信, 忽悠 warn only of a quotation beside them (scam_warnings)."""
    folded = fold("不要相信中间商，专业日韩代购，微信：dg2024hk").text
    assert list(find_id_contacts(folded, _colons(folded)))


def test_a_sellers_own_words_sell_a_contact_in_a_warning_sentence() -> None:
    """The final review (fix63): 警惕假货 is the seller's slogan where the sentence holds the
    seller's own words (私聊, 拿货); a warning names the bait, not them."""
    folded = fold("警惕假货，认准本店微信：abc12345，私聊拿货").text
    assert list(find_id_contacts(folded, _colons(folded)))


@pytest.mark.parametrize(
    "text",
    [
        "接警后，民警通过微信：jingmin110 联系当事人，私聊了解情况。",
        "网格员微信：wgy2024a，私聊反映诉求。",
        "社区微信：sq12345ab，私聊预约。",
    ],
)
def test_police_and_community_workers_are_offices(text: str) -> None:
    """The final review (fix63): 民警, 警官, 网格员 and 社区 answer for an office."""
    folded = fold(text).text
    assert not list(find_id_contacts(folded, _colons(folded)))


def test_a_contact_without_jia_warns_through_check() -> None:
    assert ["专业日韩代购，正品保证，微信：dg2024hk。"] == _wording(
        "专业日韩代购，正品保证，微信：dg2024hk。"
    )


# -- the other trades' selling words beside a contact (red team 65) --------------------------


@pytest.mark.parametrize(
    "text",
    [
        "无抵押 当天放款，加微信 dai8866 秒批",
        "小额贷款，不看征信，秒到账，QQ：2846571234",
        "稳赚不赔，年化15%，加微信 licai888 进群",
        "祖传秘方根治痛风，QQ：1836452790",
        "公务员考试 包过，不过退费，加微信 kao8866 报名",
        "代开发票 各类普票专票 QQ：1538462790",
        "线上娱乐城 加微信 yl8888",
        "日结 刷单 兼职，加微信 jz8866",
    ],
)
def test_a_trades_selling_word_makes_a_contact_a_sale(text: str) -> None:
    """redteam65: 放款, 稳赚, 祖传秘方, 包过, 代开发票, 娱乐城, 刷单 sell as 购 does."""
    assert _wording(text)


@pytest.mark.parametrize(
    "text",
    [
        "谨防刷单诈骗，被骗请加反诈民警微信：fzmj110",
        "警惕“稳赚不赔”骗局，可加市金融办微信 jrb12345 举报",
        "零工市场日结岗位，请加零工驿站微信 lgyz2026 了解",
        "创业担保贷款政策咨询，请加区人社局政务微信：rsj12333。",
    ],
)
def test_a_trades_word_in_a_warning_or_an_offices_contact_sells_nothing(text: str) -> None:
    """redteam65: a 反诈 notice names the scam's words; 日结 and 贷款 alone are no trade word."""
    assert not _wording(text)


# -- review 14 of red team 65's fixes ------------------------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "税务局提供代开发票服务，纳税人可通过电子税务局代开发票，咨询请加微信：hzsw12345。",
        "本行普惠金融助农贷款最快当天放款，客户经理微信：zhang12345。",
        "再生资源回收站提供上门回收服务，联系微信：zshs8899。",
        "我县开展二手车交易市场整治，规范高价回收、上门回收等经营行为，咨询微信：esc12345。",
    ],
)
def test_a_public_services_trade_word_beside_its_contact_sells_nothing(text: str) -> None:
    """review 14: 税务, 客户经理, 回收站 name a service; 整治, 规范 a regulator."""
    assert not _wording(text)


@pytest.mark.parametrize(
    "text",
    [
        "代开发票，代办证件，犯罪成本低，加微信：dk123456",
        "稳赚不赔，涉案团伙带单投资，加微信：abc12345。",
        "线上娱乐城，百家乐，首充送彩金，远离赌博从我做起，加微信：yl888888",
        "高价回收购物卡，上门回收，案件不限，微信：hs123456",
    ],
)
def test_an_ads_own_case_words_do_not_clear_its_contact(text: str) -> None:
    """review 14: 犯罪, 涉案, 赌博, 案件 are no report, and none clears 加 and an ID."""
    assert _wording(text)


def test_a_line_for_tip_offs_is_no_trades_contact() -> None:
    """review 16: 线索, 举报, 反映 beside a regulator's word make the contact a tip-off line."""
    assert not _wording("我局持续整治“刷单炒信”乱象，线索可加QQ：123456789反映。")
