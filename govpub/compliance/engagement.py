"""Forced likes, shares, follows and downloads said in a post's own words.

123号 forbids 强制要求下载使用移动客户端或点赞、转发信息 and making a follow or a download
a precondition of a service (不得将下载使用或关注……作为办事服务的前置条件).
``data/forced_engagement.txt`` lists the set phrases (必须转发, 关注后方可); posts say the
same thing in sentences no list holds:

* a **precondition** after the act: 转发本条微博到朋友圈，截图后方可领取; 未关注本号的群众不予受理;
* a **reward** for it: 转发满50次送精美礼品, 关注+转发，抽3位幸运粉丝;
* a **demand** before it: 请全体干部职工完成点赞转发, 各单位要组织干部职工点赞转发;
* a **count** of likes or shares: 集齐38个赞, 点赞数达到100; 集齐38个👍 (the emoji, which the
  fold blanks, read in the text as written).

An act is found by the policy's one term pass (:func:`act_words` are internal terms of
its matcher, :data:`ACT_RULE`); the sentence around it is read only there.  It must be
the social act, not another sense of the word: 关注 names an account (关注本号, 关注“北京
发布”, 关注后…), not 关注民生; 下载 an app (下载“某某”APP), not 下载申请表; 转发 is not a
document sent on (转发给你们, 转发至所属企业); 分享 goes to a feed or a group (分享到朋友圈) or
stands beside another act (点赞、分享), not 分享经验.  The text is folded (traditional,
full-width and spaced-out forms read as simplified and plain).  Who makes a demand — the
agency, or a scammer a 反诈 notice reports — is :mod:`govpub.compliance.scam_demands`'s to say.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Iterator
from functools import cache

from govpub.compliance._data import data_words
from govpub.compliance._text import STATEMENT_END, run_end, run_start
from govpub.compliance.regex_cache import regex
from govpub.compliance.scam_demands import scam_demands

__all__ = ["ACT_RULE", "act_words", "find_engagement_demands"]

#: The rule of the internal terms that mark an act (never reported as such).
ACT_RULE = "engagement-act"


@cache
def act_words() -> tuple[str, ...]:
    """The words of the acts (``data/engagement_acts.txt``: 转发, 点赞, 关注, 投票…); 集齐 and
    its kin start a count of likes (集齐38个赞); the policy's term pass finds them."""
    return data_words("engagement_acts.txt")


_REACH_AFTER = 32  # characters read after an act for its precondition or reward
_REACH_BEFORE = 16  # characters read before an act for a demand
_REACH_CLAUSE = 48  # characters read back to the clause's start for words that forbid it
_OPENING_QUOTES = '“"「《'
# what a clause runs back to: a demand and its act stand in one clause (各单位要高度重视，组织
# 干部职工点赞转发)
_CLAUSE_BOUNDS = STATEMENT_END + "，,"

# what a followed account is called, right after 关注 (or 后: 关注后方可)
_ACCOUNTS = regex(
    r"(?:本(?:号|公众号|微博|账号|平台|抖音|头条|视频号|微信)|我们|我的|我号|官方(?:公众号|微博|账号|号|抖音|app)"
    r"|公众号|微信公众|微博|抖音|快手|视频号|头条号|账号|后)"
)
# a quoted name after 关注 is an account's (关注“北京发布”) when the quotation ends the
# phrase or names the account's kind, not a topic's (关注“三农”问题)
_QUOTED_ACCOUNT = regex(
    r"[“\"「]([^”\"」\n]{1,16})[”\"」]"
    r"(?=$|[，,。！!？?、；;：:\s并后和及+＋]|公众号|微信|微博|号|账号|app|客户端|视频号|抖音|头条|官方)"
)
# 转发 of a document: to the units below (转发给你们, 转发至所属企业), or a document's title
_DOCUMENT_AFTER = ("给", "至", "到", "《", "〈")
_DOCUMENT_WORDS = (
    "文件",
    "通知",
    "精神",
    "意见",
    "办法",
    "方案",
    "公告",
    "通报",
    "决定",
    "纪要",
    "函",
)
_DOCUMENT_BEFORE = ("现将", "予以", "批转", "印发")
_SANCTION = "通报批评"
# a clause that forbids the demand or warns of it (不得强制要求群众转发, 严禁…, 无须下载APP,
# 警惕以转发抽奖为名的诈骗): 123号's own words as a post quotes them, not a demand
_FORBIDDING = (
    "不得", "不能", "不准", "不要", "不应", "严禁", "禁止", "杜绝", "反对", "避免", "防止", "纠正",
    "整治", "不再", "无须", "无需", "不必", "不强制", "勿", "不搞", "不得以",
    # a warning of the scam that asks for it (警惕以转发抽奖为名的诈骗)
    "警惕", "谨防", "提防", "当心", "小心",
)  # fmt: skip
_JOINERS = "、+＋和并及与,，"
_DOWNLOAD = "下载"
_FIRST = "先"  # 先关注: a step of a procedure the account sets
_APP = regex(r"app|客户端|软件|小程序")

_PRECONDITION = regex(
    r"(?:方可|才能|才可|方能|才予|方予|才给|方给|才允许|才会受理|才受理|才有资格|方有资格)"
    # a refusal threatened for not doing it (下载APP并完成注册，否则无法领取补贴)
    r"|否则[^。！？!?\n]{0,10}?(?:不予|不得|不能|无法|不可|不再)"
)
# the service right after the act's 后, in the act's own clause (关注本公众号后领取; not 后可
# 查询, nor 先关注办事指南，准备好材料后办理: the 后 of another step); 查看 is no service
_SERVICE_AFTER = regex(r"后(?:领取|办理|预约|报名|申领|参加|参与)")
_REFUSAL = regex(
    r"(?:不予|不得|不能|无法|不可|不再)"
    r"(?:受理|办理|报名|预约|参加|参与|申请|领取|享受|审批|查看|查询)"
    r"|通报批评|问责|扣分"  # a sanction for not sharing (未按要求转发的…通报批评)
    # a shaming (不点赞不是我县人, as 不转不是中国人; not 并不是非得本人到场)
    r"|不是[^。！？!?\n，,]{0,4}?(?:中国|[省市县区镇乡村])人"
)
_NEGATED_ACT = ("未按要求", "没有", "未", "不", "没")
_REWARD = regex(
    r"抽奖|抽取?\s*(?:\d+|[一二三四五六七八九十百]+)\s*(?:名|位|人|个)"
    r"|(?:送|赢|领|获|兑换|奖励|返)[^。！？!?\n，,]{0,10}?"
    r"(?:礼品|奖品|红包|好礼|大奖|礼包|话费|流量|现金|奖金|积分|优惠券|代金券|纪念品|门票|会员|iphone)"
    r"|\bto win\b|\bwin an? \b|\benter (?:the|a) (?:lucky )?(?:draw|giveaway)"  # share to win
)
# proof of a share or a like demanded: a screenshot after it (转发至3个群并截图发给网格员,
# 转发朋友圈截图), not a screenshot reported (网友转发截图称)
_PROOF = regex(
    r"(?:并|后|再|然后|[，,]|朋友圈|群)\s*截图|截图(?:发|上传|上报|报送|交|给|回传|留存|保存)"
)
# a quota of votes set (每人每天投10票), not one allowed (每天可投5票)
_QUOTA = regex(
    r"每(?:人|天|日)[^可限多。！？!?\n，,]{0,6}?投\s*(?:\d+|[一二三四五六七八九十]+)\s*票"
)
# what a share or a like is paid with, without a prize named: 转发到朋友圈即可领取
_SHARE_PAID = regex(r"(?:即可|就能|就可以?|可)(?:免费)?(?:领取|参与|参加|获得|获取|抽奖|兑换)")
_PAID_ACTS = (
    "转发", "点赞", "集赞", "分享", "投票", "拉票", "助力", "砍一刀", "转评赞", "一键三连",
    "share", "like",
)  # fmt: skip
# acts that are the social one in any sense; 投票 needs a candidate (为…投票: canvassing,
# not 全体代表投票表决), 助力 a friend (邀请3位好友助力, not 助力乡村振兴)
_ALWAYS_SOCIAL = frozenset(
    ["点赞", "集赞", "拉票", "砍一刀", "转评赞", "一键三连", "share", "like"]
)
_CANVASSING = frozenset(["投票", "助力"])
_VOTE_FOR = "为"
_HELPERS = ("好友", "朋友", "亲友", "帮我", "帮忙")
_CONDITIONS = (_PRECONDITION, _REWARD)
_PAID_CONDITIONS = (_PRECONDITION, _REWARD, _SHARE_PAID, _PROOF, _QUOTA)
# (the like in quotation marks or brackets too: 集齐38个“赞”, ‘赞’, 【赞】 — red team 40;
# Weibo's emoticon code [赞], also in full width ［赞］ — red team 59)
_LIKES_COUNT = regex(r"\s*(?:\d+|[一二三四五六七八九十百千万]+)\s*个?\s*[“\"「『‘'【\[［]?赞")
# a count before a pictograph the fold blanked or removed (集齐38个👍: read in the original)
_COUNT = regex(r"\s*(?:\d+|[一二三四五六七八九十百千万]+)(?:\s*个)?")
_DEMAND = regex(
    r"(?:务必|必须|一律|强制|强行|要求|组织|动员|发动|督促|责令|人人|全员|全体|每人|每位|须)"
)
_COUNTS = ("集齐", "集满", "集够", "攒够", "凑齐")


def find_engagement_demands(
    folded: str,
    acts: Iterable[tuple[int, int, str]],
    thumbs_up: Callable[[int], bool] | None = None,
) -> Iterator[tuple[int, int]]:
    """The spans of ``folded`` that demand, reward or count an act of ``acts``.

    ``acts`` are the ``(start, end, word)`` of :func:`act_words` in ``folded``, in
    order; overlapping spans (two acts of one demand: 点赞转发) come out once.
    ``thumbs_up`` tells whether 👍 was written right after a folded offset (the fold blanks
    or removes pictographs): a count of them is a count of likes (集齐38个👍).
    """
    last_end = -1
    for start, end, word in acts:
        span = _demand_around(folded, start, end, word)
        if span is None and word in _COUNTS and thumbs_up is not None:
            counted = _thumbs_count(folded, end, thumbs_up)
            span = (start, counted) if counted is not None else None
        if span is None or span[0] < last_end:
            continue
        last_end = span[1]
        yield span


def _thumbs_count(folded: str, end: int, thumbs_up: Callable[[int], bool]) -> int | None:
    """Where a count of thumbs-up emoji after a count word ends (集齐38个👍), or ``None``."""
    count = _COUNT.match(folded, end)
    if count is None or not thumbs_up(count.end()):
        return None
    end = count.end()
    while folded[end : end + 1] == " ":  # (the blank of the emoji, and spaces around it)
        end += 1
    return end


def _demand_around(folded: str, start: int, end: int, word: str) -> tuple[int, int] | None:
    if word in _COUNTS:
        count = _LIKES_COUNT.match(folded, end)
        return (start, count.end()) if count is not None else None
    if not _is_social(folded, start, end, word):
        return None
    clause = run_start(folded, start, start - _REACH_CLAUSE, _CLAUSE_BOUNDS)
    if any(forbidding in folded[clause:start] for forbidding in _FORBIDDING):
        return None  # 不得强制要求群众转发: the rule, quoted
    if _scam_after(folded, end):
        return None  # 转发抽奖类诈骗频发，请警惕: a warning of the scam, unquoted
    condition = _condition_after(folded, start, end, word)
    if condition is not None:
        return condition
    return _demand_before(folded, max(clause, start - _REACH_BEFORE), start, end)


def _demand_before(folded: str, low: int, start: int, end: int) -> tuple[int, int] | None:
    """A demand in the act's clause before it (请全体党员点赞转发), not one that organises an
    activity the act names in quotation marks (组织开展“为身边好人点赞”活动)."""
    demand = _DEMAND.search(folded, low, start)
    if demand is None or any(mark in folded[demand.end() : start] for mark in _OPENING_QUOTES):
        return None
    stop = run_end(folded, end, end + _REACH_AFTER, STATEMENT_END)  # the act's sentence
    if scam_demands(folded, demand.start(), start, end, sentence_end=stop):
        return None  # 不法分子…要求消费者…下载陌生APP: a 反诈 notice reports the scam's demand
    return demand.start(), end


def _condition_after(folded: str, start: int, end: int, word: str) -> tuple[int, int] | None:
    """A precondition or a reward in the rest of the act's sentence (转发……截图后方可领取,
    转发满50次送精美礼品), or a refusal after a negated act (未关注本号的……不予受理)."""
    stop = run_end(folded, end, end + _REACH_AFTER, STATEMENT_END)
    patterns = _PAID_CONDITIONS if word in _PAID_ACTS else _CONDITIONS
    for pattern in patterns:
        found = pattern.search(folded, end, stop)
        if found is not None:
            return start, found.end()
    service = _SERVICE_AFTER.search(folded, end, run_end(folded, end, stop, "，,"))
    if service is not None and (word != _DOWNLOAD or _download_demanded(folded, start)):
        return start, service.end()
    for negation in _NEGATED_ACT:
        if folded.endswith(negation, 0, start):
            refused = _REFUSAL.search(folded, end, stop)
            return None if refused is None else (start - len(negation), refused.end())
    return None


@cache
def _social_places() -> tuple[str, ...]:
    """Where a share or a follow goes (``data/social_places.txt``: 朋友圈, 群, 好友…)."""
    return data_words("social_places.txt")


def _is_social(folded: str, start: int, end: int, word: str) -> bool:
    """Whether the act at ``[start, end)`` is the social one, not another sense of its word."""
    after = folded[end : end + 8]
    if word in _ALWAYS_SOCIAL or word in _CANVASSING:
        return word in _ALWAYS_SOCIAL or _canvasses(folded, start, end, word)
    if word == "关注":
        return (
            _ACCOUNTS.match(after) is not None
            or folded.endswith(_FIRST, 0, start)  # 先关注，再留言，方可参与抽奖
            or _QUOTED_ACCOUNT.match(folded, end) is not None
            or _beside_act(folded, start, end)
        )
    if word == _DOWNLOAD:
        return _APP.search(folded, end, min(len(folded), end + 14)) is not None
    to_social = any(place in after[:6] for place in _social_places())
    if word == "分享":
        return to_social or _beside_act(folded, start, end)
    if _sends_a_document(folded, start, end):
        return False
    return to_social or not after.startswith(_DOCUMENT_AFTER)


def _canvasses(folded: str, start: int, end: int, word: str) -> bool:
    """Whether 投票 is for a candidate (为我县作品投票) or 助力 a friend's (好友助力)."""
    if word == "助力":
        return any(helper in folded[max(0, start - 8) : start] for helper in _HELPERS)
    clause = folded[run_start(folded, start, start - _REACH_BEFORE, _CLAUSE_BOUNDS) : start]
    return _VOTE_FOR in clause or _beside_act(folded, start, end)


def _sends_a_document(folded: str, start: int, end: int) -> bool:
    """Whether 转发 at ``[start, end)`` sends a document on (转发给你们, 现将《…》转发,
    将通知转发至工作群): information passed down, not a post's reach."""
    before = folded[run_start(folded, start, start - _REACH_BEFORE, _CLAUSE_BOUNDS) : start]
    after = folded[end : end + 10].replace(_SANCTION, "")  # 通报批评 punishes, sends nothing
    return any(word in after or word in before for word in _DOCUMENT_WORDS) or any(
        word in before for word in _DOCUMENT_BEFORE
    )


def _beside_act(folded: str, start: int, end: int) -> bool:
    """Whether another act stands right beside this one (点赞、分享; 关注+转发)."""
    after = folded[end : end + 3].lstrip(_JOINERS)
    before = folded[max(0, start - 3) : start].rstrip(_JOINERS)
    return after.startswith(act_words()) or before.endswith(act_words())


# What names the act's sentence a scam after it (转发抽奖类诈骗, 点赞返现是骗局, …，请警惕):
# a warning of 123号's demands, which the words before the act (_FORBIDDING) do not say
# — not the anti-fraud app or lesson a post may demand (下载国家反诈中心APP, 转发防诈骗知识)
_SCAM_AFTER = regex(r"(?<![反防])(?<!反诈)(?<!防诈)[骗诈]|警惕|谨防|提防")


def _scam_after(folded: str, end: int) -> bool:
    """Whether the act's sentence after ``end`` calls it a scam or warns of it."""
    stop = run_end(folded, end, end + _REACH_AFTER, STATEMENT_END)  # (its own sentence only)
    return _SCAM_AFTER.search(folded, end, stop) is not None


def _download_demanded(folded: str, start: int) -> bool:
    """Whether a demand stands before 下载 in its clause (须下载APP后办理): without one, a
    download then a service is an instruction (可下载“浙里办”APP后预约办理), not a condition."""
    low = run_start(folded, start, start - _REACH_BEFORE, _CLAUSE_BOUNDS)
    return _DEMAND.search(folded, low, start) is not None
