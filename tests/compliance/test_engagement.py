"""Forced engagement said in sentences (govpub.compliance.engagement)."""

from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st

from govpub import Policy, Post, check
from govpub.compliance.engagement import act_words, find_engagement_demands
from govpub.compliance.folding import fold


def _acts(folded: str) -> list[tuple[int, int, str]]:
    """Every act word in ``folded``, as the policy's term pass gives them (in order)."""
    found = []
    for word in act_words():
        at = folded.find(word)
        while at >= 0:
            found.append((at, at + len(word), word))
            at = folded.find(word, at + 1)
    return sorted(found)


def _demands(text: str) -> list[str]:
    folded = fold(text).text
    return [folded[start:end] for start, end in find_engagement_demands(folded, _acts(folded))]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a precondition after the act
        ("转发本条微博到朋友圈，截图后方可领取", ["转发本条微博到朋友圈，截图后方可"]),
        ("须下载官方app才能预约", ["下载官方app才能"]),
        # a refusal after a negated act: the negation belongs to the span
        ("未关注本号的群众不予受理", ["未关注本号的群众不予受理"]),
        ("没有下载某某app的居民，无法预约", ["没有下载某某app的居民，无法预约"]),
        # a reward, or a share paid for
        ("转发满50次送精美礼品", ["转发满50次送精美礼品"]),
        ("关注+转发，抽3位幸运粉丝", ["关注+转发，抽3位"]),
        ("转发朋友圈即可参加", ["转发朋友圈即可参加"]),
        # a demand before the act; two acts of one demand come out once
        ("请全体党员点赞转发", ["全体党员点赞"]),
        ("动员群众关注“某某发布”", ["动员群众关注"]),
        # a count of likes
        ("集齐38个赞", ["集齐38个赞"]),
        ("集满二十个赞", ["集满二十个赞"]),
    ],
)
def test_found(text: str, expected: list[str]) -> None:
    assert _demands(text) == expected


@pytest.mark.parametrize(
    "text",
    [
        # another sense of the word
        "必须关注民生热点问题",
        "各级党委政府必须关注“三农”问题",
        "必须关注本地区疫情形势",
        "必须关注并解决好群众反映的问题",
        "请各单位务必转发至所属企业",
        "现将通知转发给你们",
        "要求各单位将通知转发至工作群",
        "申报单位请下载附件中的申请表，填写后方可提交",
        "各支部要组织党员分享学习体会",
        # no condition, reward or demand
        "欢迎转发分享",
        "关注后可在线查询办理进度",
        "下载“粤省事”app即可领取电子社保卡",
        "点赞数达到50万，转发量超过10万次",
        "集满印章后可兑换纪念品",
        # forbidden or warned of in the clause
        "不得强制要求下载使用移动客户端或点赞、转发信息",
        "无须下载app，微信扫码即可办理",
        "警惕以转发抽奖为名的诈骗",
        # an activity's name in quotation marks
        "组织开展“为身边好人点赞”主题宣传活动",
    ],
)
def test_clean(text: str) -> None:
    assert _demands(text) == []


_SUBJECTS = st.sampled_from(["", "广大市民", "全市干部职工", "各村网格员", "居民朋友们"])
_DEMANDS = st.sampled_from(["务必", "必须", "全体", "动员", "组织", "要求"])
_ACTS = st.sampled_from(["点赞转发", "转发本条微博", "关注本公众号", "下载某某app", "点赞、分享"])
_FORBIDDING = st.sampled_from(["不得", "严禁", "禁止", "无须", "警惕"])


@given(subject=_SUBJECTS, demand=_DEMANDS, act=_ACTS)
def test_a_demand_before_an_act_is_found(subject: str, demand: str, act: str) -> None:
    text = f"请{subject}{demand}{act}。"
    assert len(_demands(text)) == 1


@given(forbidding=_FORBIDDING, subject=_SUBJECTS, demand=_DEMANDS, act=_ACTS)
def test_a_forbidden_demand_is_not(forbidding: str, subject: str, demand: str, act: str) -> None:
    text = f"{forbidding}{demand}{subject}{act}。"
    assert _demands(text) == []


@given(
    act=_ACTS,
    condition=st.sampled_from(["后方可办理", "才能预约", "抽5名送话费", "送精美礼品"]),
    gap=st.sampled_from(["", "，截图发至后台", "并留言"]),
)
def test_a_condition_after_an_act_is_found(act: str, condition: str, gap: str) -> None:
    assert len(_demands(f"{act}{gap}{condition}。")) == 1


@given(
    text=st.sampled_from(["转发本条微博到朋友圈，截图后方可领取", "请全体党员点赞转发"]),
    form=st.sampled_from(["traditional", "spaced", "plain"]),
)
def test_check_reads_the_folded_forms(text: str, form: str) -> None:
    written = {
        "traditional": text.replace("转发", "轉發").replace("点赞", "點讚").replace("领取", "領取"),
        "spaced": " ".join(text),
        "plain": text,
    }[form]
    result = check(Post(title="通知", body=written), Policy.default())
    assert [f.rule for f in result.findings] == ["wording.forced_engagement"]


def test_a_listed_phrase_inside_is_reported_once() -> None:
    # 转发后方可 is listed (forced_engagement.txt); the sentence around it is the same finding
    result = check(Post(title="通知", body="请全体党员转发后方可参加评优"), Policy.default())
    assert [(f.rule, f.offset) for f in result.findings] == [("wording.forced_engagement", 5)]


@pytest.mark.parametrize(
    "text",
    [
        "请全体党员干部对本条微博进行转评赞",  # 转评赞 demanded
        "请各单位动员全体职工每天为我县参赛作品投票",  # a vote for a candidate, demanded
        "各村要组织群众积极拉票",  # 拉票 organised
        "邀请3位好友助力，即可免费领取景区门票",  # a friend's 助力 paid for
        "帮你砍一刀，砍到0元即可免费领取",  # 砍一刀 paid for
        "Share this post to win a free ticket",  # share to win
        "Like and share to enter the draw",
        "不关注本号将无法查看录取结果",  # a negated follow, a refusal
        "未按要求转发的单位将予以通报批评",  # a sanction, not a document
    ],
)
def test_canvassing_and_share_to_win_are_read(text: str) -> None:
    """redteam42: the acts 投票 (for someone), 拉票, 助力 (of friends), 砍一刀, 转评赞,
    一键三连, share and like, and sanctions and refusals to view."""
    assert _demands(text)


@pytest.mark.parametrize(
    "text",
    [
        "全体代表投票表决，通过了政府工作报告",  # a congress votes: no candidate
        "各部门要组织力量助力企业复工复产",  # 助力 of companies
        "科技特派员助力乡村振兴",
        "严禁拉票贿选",
        "We would like to share the results of the survey",
        "现将有关情况通报如下，请各单位转发至所属企业",
    ],
)
def test_votes_help_and_english_words_in_their_other_senses_are_not(text: str) -> None:
    assert not _demands(text)


# -- red team 40: the like quoted, a scam warned of without quotation marks ----------------


@pytest.mark.parametrize(
    ("text", "found"),
    [
        ("集齐38个“赞”即可参加", ["集齐38个“赞"]),
        ("集齐三十八个「赞」", ["集齐三十八个「赞"]),
        ("集齐38个“好”", []),  # a quoted word, no like
    ],
)
def test_a_count_of_quoted_likes_is_found(text: str, found: list[str]) -> None:
    assert found == _demands(text)


@pytest.mark.parametrize(
    ("text", "count"),
    [
        ("转发抽奖类诈骗频发，请警惕", 0),  # the act's sentence names the scam
        ("点赞返现是骗局", 0),
        ("转发满50次送礼品，谨防上当", 0),  # (a comma ends no sentence: the warning is its)
        ("关注本号并转发，抽取3位幸运粉丝送话费。谨防假冒账号。", 1),  # the next sentence's
        # the anti-fraud app or lesson names no scam: 反诈, 防诈骗
        ("各单位要组织全体干部职工下载国家反诈中心APP", 1),
        ("请全体干部职工转发防诈骗知识，截图后方可领取", 1),
        # the scammer demands, a 反诈 notice reports it (red team 64: data/scam_actors.txt)
        ("不法分子冒充平台客服，以“补贴未到账”为由，要求消费者下载陌生APP", 0),
        ("骗子要求受害人下载会议软件共享屏幕", 0),
        ("骗子很狡猾。请全体干部职工下载国家反诈中心APP", 1),  # another sentence's
        # more scammers (review 13): gangs, impostors, self-styled agents, quoted speech
        ("诈骗团伙以“国家补贴未到账”为由，要求受害人下载陌生APP", 0),
        ("境外诈骗集团冒用政府名义，要求群众扫码并下载APP", 0),
        ("对方自称平台客服，要求您添加微信并下载APP", 0),
        ("所谓的“客服”会以补贴到账为由，要求您下载会议软件", 0),
        ("假客服以退款为由，要求消费者下载陌生APP", 0),
        ("骗子：“您好，我是京东客服。”随后要求市民下载会议软件", 0),  # 。 inside the quote
        # who is asked decides (review 15): the agency's own, whatever scammer is named ...
        ("为防范电信网络不法分子，各单位务必组织全员关注“平安南京”公众号并转发", 1),
        ("谨防不法分子冒充民警，各单位务必组织全员关注“平安南京”公众号并转发", 1),
        ("为严厉打击电信网络诈骗犯罪分子，各单位务必组织全员下载国家反诈中心APP", 1),
        ("严禁冒用单位名义，各科室务必组织全员转发", 1),
        ("假冒必究，要求顾客转发朋友圈", 1),  # (a guard after the scammer's word)
        ("所谓谣言纯属虚构，但要求顾客转发朋友圈", 1),  # (但 ends the scammer's reach)
        # ... a victim asked by the scammer, even one warned of; more actors
        ("请当心骗子冒充客服，要求您下载会议软件", 0),
        ("陌生来电以补贴到账为由，要求您下载APP并开启屏幕共享", 0),
        ("犯罪团伙假扮客服，要求您下载屏幕共享软件", 0),
        ("不法人员伪装成工作人员，要求群众扫码下载APP", 0),
    ],
)
def test_a_scam_named_after_the_act_is_no_demand(text: str, count: int) -> None:
    """``转发抽奖类诈骗``: the act's own sentence calls it a scam, no quotation marks around the
    act (:func:`warned_against` reads only quoted terms); a warning in another sentence does
    not cancel a demand."""
    assert count == len(_demands(text))


@pytest.mark.parametrize("like", ["‘赞’", "【赞】", "『赞』", '"赞"', "[赞]"])
def test_a_count_of_likes_in_any_quotation_marks(like: str) -> None:
    assert [f"集齐38个{like[:-1]}"] == _demands(f"集齐38个{like}")


@pytest.mark.parametrize("text", ["集齐38个[赞]即可领取纪念品", "集齐38个［赞］即可领取纪念品"])
def test_a_count_of_weibo_like_codes_is_read(text: str) -> None:
    """Weibo writes a like as the emoticon code ``[赞]`` (red team 59)."""
    assert check(Post(title="通知", body=text)).findings[0].rule == "wording.forced_engagement"


@pytest.mark.parametrize(
    ("text", "found"),
    [
        ("集齐38个👍", ["集齐38个 "]),  # the fold blanks the emoji
        ("集齐五个👍即可领取", ["集齐五个"]),  # and removes it between ideographs
        ("集齐 20 👍 送礼品", ["集齐 20   "]),
        ("集齐38个🎁", []),  # another pictograph counts no like
        ("集齐38个", []),
    ],
)
def test_a_count_of_thumbs_up_is_read_in_the_original(text: str, found: list[str]) -> None:
    """red team 40 (fix60b): 👍 for 赞, which the fold blanks before the terms are read."""
    folded = fold(text)

    def thumbs_up(at: int) -> bool:
        return text[folded.original(at - 1) + 1 :].lstrip().startswith("👍")

    spans = find_engagement_demands(folded.text, _acts(folded.text), thumbs_up)
    assert found == [folded.text[start:end] for start, end in spans]


def test_a_count_of_thumbs_up_warns() -> None:
    findings = check(Post(title="通知", body="转发本文，集齐38个👍可领纪念品")).findings
    assert ["wording.forced_engagement"] == [f.rule for f in findings]


@given(
    demand=_DEMANDS,
    act=st.sampled_from(["下载国家反诈中心app", "转发防诈骗知识", "转发反诈宣传视频"]),
    scam=st.sampled_from(["", "，谨防上当", "是骗局"]),
)
def test_anti_fraud_words_name_no_scam(demand: str, act: str, scam: str) -> None:
    """反诈 and 防诈骗 in what is demanded are no warning (red team 40); a scam named after
    the act still is one (谨防上当, 是骗局)."""
    found = _demands(f"请全体干部职工{demand}{act}{scam}。")
    assert len(found) == (0 if scam else 1)


# -- red team 46: a service after 后, 否则 and a refusal, a screenshot as proof, a quota of
# votes, 先关注, a shaming after a negated act ------------------------------------------------


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("关注本公众号后领取电子证照", ["关注本公众号后领取"]),
        ("请下载APP并完成注册，否则无法领取补贴", ["下载app并完成注册，否则无法"]),
        ("请转发至3个微信群并截图发给网格员", ["转发至3个微信群并截图"]),
        ("为我县选手投票拉票，每人每天投10票", ["投票拉票，每人每天投10票"]),
        ("先关注，再留言，方可参与抽奖", ["关注，再留言，方可"]),
        ("不点赞不是我县人", ["不点赞不是我县人"]),
    ],
)
def test_found_since_red_team_46(text: str, expected: list[str]) -> None:
    assert _demands(text) == expected


@pytest.mark.parametrize(
    "text",
    [
        "关注公众号后可查询办理进度",  # an offer: 后可, not 后办理
        "网络投票每人每天可投5票",  # a vote's rule allowed, not a quota set
        "一张被网友大量转发的截图显示",  # a screenshot reported
    ],
)
def test_not_found_since_red_team_46(text: str) -> None:
    assert _demands(text) == []


# -- fix46: a download as an instruction, 后 of another step, a refusal without shaming ------


@pytest.mark.parametrize(
    "text",
    [
        "下载“个人所得税”APP后查看本人收入纳税明细",  # 查看 is no service
        "市民可下载“浙里办”APP后预约办理",  # an instruction, no demand
        "群众办事前可先关注办事指南，准备好材料后办理",  # the 后 of another clause's step
        "未下载APP的群众并不是非得本人到场，可由家属代办",  # 不是…本人: no shaming
    ],
)
def test_instructions_are_no_demands(text: str) -> None:
    assert _demands(text) == []


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("须下载“浙里办”APP后预约办理", ["下载“浙里办”app后预约"]),  # demanded
        ("关注本公众号后领取电子证照", ["关注本公众号后领取"]),  # a follow: as before
        ("不转发不是本市人", ["不转发不是本市人"]),
    ],
)
def test_demands_beside_the_instructions(text: str, expected: list[str]) -> None:
    assert _demands(text) == expected


@pytest.mark.parametrize(
    "text",
    [
        "为防范不法分子，各单位务必组织全员关注本公众号并转发",
        "谨防冒充，全体党员必须转发本文到朋友圈",
        "本店正品，绝无假冒，要求每位顾客转发朋友圈",
        "我们不是骗子，全体业主必须转发到业主群",
        "打击诈骗集团，各单位务必组织职工关注本公众号并转发",
        # a scammer who is the subject, but the thing demanded is the agency's own
        "严防不法分子冒充，全体干部职工务必关注本号并转发至朋友圈",
    ],
)
def test_a_scammer_warned_of_or_denied_does_not_make_the_demand(text: str) -> None:
    """Review 13: a scammer's word after 防范, 谨防, 打击, 绝无… is what the agency warns of,
    not who demands; and a demand for the agency's own account or text (本公众号, 本文) is
    the agency's whoever the sentence names before it."""
    assert _demands(text)


@pytest.mark.parametrize(
    "text",
    [
        "为防范不法分子，要求市民下载国家反诈中心APP并注册。",
        "近期不法分子冒充公检法，请您务必下载国家反诈中心APP并转发朋友圈。",
        "为防止群众被不法分子欺骗，要求市民必须转发朋友圈。",
        "近期骗子冒充公检法，请您务必转发朋友圈。",
    ],
)
def test_a_plea_a_purpose_or_the_state_app_is_the_agencys_demand(text: str) -> None:
    """Review 16: a victim asked clears the demand only after a scam act said before it."""
    assert _demands(text)


@pytest.mark.parametrize(
    "text",
    [
        "不法分子冒充公司领导，要求员工下载陌生聊天软件并转账。",
        "为防范不法分子，提醒市民：骗子会要求您下载屏幕共享软件",
    ],
)
def test_a_scam_act_before_the_demand_makes_the_scammer_ask(text: str) -> None:
    """Review 16: 冒充 before the demand outweighs an own askee (员工)."""
    assert not _demands(text)


@pytest.mark.parametrize(
    "text",
    [
        "骗子猖獗，市民必须转发朋友圈。",
        "当前电诈犯罪团伙活跃，要求群众务必关注“平安南京”公众号。",
        "近期不法分子横行，全体市民必须转发本条消息。",
    ],
)
def test_scammers_described_are_the_agencys_reason_not_the_askers(text: str) -> None:
    """Review 16 (left by fix67): 骗子猖獗, 团伙活跃 describe the scammers; the demand after it
    is the agency's own (``data/scam_states.txt``)."""
    assert _demands(text)


@pytest.mark.parametrize(
    "text",
    [
        "近期骗子活跃，他们会要求您下载陌生APP。",
        "诈骗分子猖獗，以退款为由要求群众下载APP。",
        "近期诈骗高发，不法分子冒充客服，要求您下载屏幕共享软件。",
    ],
)
def test_scammers_described_still_ask_where_named_again(text: str) -> None:
    """A scammer described (活跃) who is named again as the demand's subject (他们) or acts
    (以…为由, 冒充) still asks: a 反诈 notice reporting the scam."""
    assert not _demands(text)


@pytest.mark.parametrize(
    ("text", "demanded"),
    [
        ("近期冒充公检法诈骗多发，要求全体职工关注“平安某市”公众号并截图上报。", True),
        ("鉴于冒充公检法诈骗仍呈高发态势，各单位要求每位职工下载注册某APP，截图上报。", True),
        ("以创建文明城市为名，要求各单位职工转发朋友圈截图。", True),
        ("不法分子冒充公司领导，要求员工转发截图。", False),
        ("骗子利用群聊，冒充公司领导，要求员工下载某APP。", False),
        ("对方自称客服，要求职工关注某公众号并截图。", False),
    ],
)
def test_a_scam_act_asks_only_with_its_actor_as_subject(text: str, demanded: bool) -> None:
    """Review 17: a scam act named as the topic (冒充公检法诈骗多发) leaves the asking to the
    agency where its own are asked; with a scammer as its subject, the scammer asks."""
    assert bool(_demands(text)) is demanded


@pytest.mark.parametrize(
    ("text", "demanded"),
    [
        ("针对不法分子冒充公检法诈骗，要求全体职工下载某APP并截图上报。", True),
        ("鉴于不法分子冒充公检法诈骗仍呈高发态势，要求每位职工下载注册某APP，截图上报。", True),
        ("近期骗子冒充客服实施诈骗，各单位要求每位职工下载注册某APP，截图上报。", True),
        ("不法分子冒充公检法实施诈骗，要求受害人下载某APP并截图上报。", False),
        ("不法分子冒充公司领导，要求员工转发截图。", False),
    ],
)
def test_a_scam_act_as_the_topic_leaves_the_asking_to_the_agency(text: str, demanded: bool) -> None:
    """Review 18: a clause opened by 针对/鉴于/近期 or naming the act as a crime's kind
    (冒充…诈骗, 高发) is the topic, whoever it names as the actor; a victim asked still makes
    the scammer ask."""
    assert bool(_demands(text)) is demanded


@pytest.mark.parametrize(
    ("text", "demanded"),
    [
        ("不法分子冒充公检法行骗猖獗，要求全体职工下载某APP并截图上报。", True),
        ("不法分子冒充客服作案频发，要求全体职工下载某APP并截图上报。", True),
        ("不法分子冒充银行客服行骗猖獗，要求辖区居民下载某APP并截图上报。", True),
        ("骗子冒充客服行骗，要求受害人下载会议软件并共享屏幕。", False),
        ("不法分子冒充公司领导，要求员工下载陌生聊天软件并转账。", False),
    ],
)
def test_a_crime_named_as_common_is_the_topic(text: str, demanded: bool) -> None:
    """Review 19: a crime said to be rife (猖獗, 频发, 增多, 案件) is the topic, and a scammer
    inside that clause asks no one; the bare act (冒充…行骗) stays the scammer's."""
    assert bool(_demands(text)) is demanded


@pytest.mark.parametrize(
    ("text", "demanded"),
    [
        ("骗子冒充公安民警称其涉嫌洗钱案件，要求家长下载某APP并截图上报。", False),
        ("不法分子冒充银行客服以账户涉及案件为由，要求市民下载某APP。", False),
        ("不法分子冒充客服作案频发，要求全体职工下载某APP并截图上报。", True),
    ],
)
def test_a_topic_word_in_the_pretext_is_no_topic(text: str, demanded: bool) -> None:
    """Review 20: 案件 after 称/涉嫌/涉及/为由 is what the scammer says, not the post's topic."""
    assert bool(_demands(text)) is demanded


@pytest.mark.parametrize(
    ("text", "demanded"),
    [
        # fix 99 (red team 80): a case report's caller, 对方 after a call or a scam act
        (
            "典型案例：孙某某接到“公安局民警”电话，称其涉嫌洗钱。对方要求孙某某下载某会议软件配合调查。",
            False,
        ),
        ("典型案例：赵某某接到陌生电话，对方称其快递丢失，要求赵某某下载某软件办理理赔。", False),
        ("王某接到一个来电，对方要求其下载某APP。", False),
        ("一名男子自称银行客服，随后对方要求李女士下载某APP。", False),
        # 对方 without a call or a scam act before it, and the agency's own demand
        ("我局与对方单位签订协议，要求全体职工下载某某APP并截图上报。", True),
        ("要求广大群众下载某某APP并截图上报。", True),
        ("请广大群众下载国家反诈中心App。", False),
    ],
)
def test_a_case_reports_caller_asks(text: str, demanded: bool) -> None:
    """Fix 99: 对方 after 电话, 来电, 自称 or 冒充 in its sentence or the one before is the
    caller a 典型案例 tells of, whoever is asked."""
    assert bool(_demands(text)) is demanded


@pytest.mark.parametrize(
    ("text", "demanded"),
    [
        ("请当心骗子冒充客服，要求李女士下载会议软件并共享屏幕。", False),
        ("不法分子冒充公检法实施诈骗，要求孙某某下载某APP。", False),
        ("不法分子冒充公检法实施诈骗，要求王先生下载某APP。", False),
        # not a masked name: the agency's own, a place, the demand's own word
        ("请当心骗子冒充客服，要求员工下载会议软件并共享屏幕。", True),
        ("不法分子冒充公检法实施诈骗，要求全体职工下载某APP。", True),
        ("近期冒充公检法诈骗多发，要求全体职工在某平台下载某APP并截图上报。", True),
    ],
)
def test_a_masked_name_is_a_victim(text: str, demanded: bool) -> None:
    """Fix 99: a victim a case names masked (孙某某, 李女士, 王先生) is asked as 受害人 is."""
    assert bool(_demands(text)) is demanded


@pytest.mark.parametrize(
    "text",
    [
        "针对冒充客服诈骗多发，要求全体职工通过某某渠道下载某APP并截图上报。",
        "针对冒充客服诈骗多发，要求全体职工打开某某网站下载某APP并截图上报。",
        "近期冒充公检法诈骗多发，要求全体职工经某某审核后下载某APP并截图上报。",
    ],
)
def test_a_thing_of_mou_is_no_masked_victim(text: str) -> None:
    """Fix 99: only a name right after the demand word is a victim (not 通过某某渠道)."""
    assert _demands(text)
