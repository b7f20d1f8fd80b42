"""Wording (123号 四(二)): opinion words, forced engagement, the agency's term lists."""

from __future__ import annotations

from pathlib import Path

import pytest
from check_timing import grows_linearly
from hypothesis import given, settings
from hypothesis import strategies as st

from govpub import Policy, Post, check
from govpub.compliance import opinion_prose, quoted_speech, sales_contexts, scam_warnings, wording
from govpub.compliance._text import fold_term
from govpub.compliance.opinion_prose import not_an_opinion
from govpub.compliance.wording import Engine, Term, TermMatcher, parse_term_list

ENGINES: list[Engine] = ["hyperscan", "regex", "automaton"]


def _rules(text: str, policy: Policy | None = None) -> list[tuple[str, str, int | None]]:
    return [
        (f.rule, f.severity, f.offset)
        for f in check(Post(title="通知", body=text), policy).findings
    ]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("我认为这项政策很好。", [("wording.opinion", "warn", 0)]),
        ("小编提醒：注意防暑。", [("wording.opinion", "warn", 0)]),
        ("个人觉得不错", [("wording.opinion", "warn", 0)]),
        ("今天，笔者认为……", [("wording.opinion", "warn", 3)]),
        # a demand (必须, engagement.py) around a listed phrase (转发到朋友圈才能): one finding,
        # the listed phrase's
        ("必须转发到朋友圈才能办理", [("wording.forced_engagement", "warn", 2)]),
        ("关注公众号后才能办理", [("wording.forced_engagement", "warn", 2)]),
        ("下载APP后方可办理", [("wording.forced_engagement", "warn", 0)]),
        ("不转不是中国人", [("wording.forced_engagement", "warn", 0)]),
        ("笔者以为", [("wording.opinion", "warn", 0)]),
        ("小·编带你看", [("wording.opinion", "warn", 0)]),  # one separator inside a word
        ("关于转发省政府文件的通知", []),
        ("关注公众号可查询办理进度", []),
        ("关注后方可办理业务", [("wording.forced_engagement", "warn", 0)]),
        ("市政府召开常务会议，研究部署重点工作。", []),
        ("垃圾分类工作稳步推进", []),
    ],
)
def test_builtin_lists(text: str, expected: list[tuple[str, str, int | None]]) -> None:
    assert expected == _rules(text)


def test_parse_term_list() -> None:
    text = "\ufeff# 注释\n敏感词\n\n国务院总埋 => 国务院总理\n错字\t正字\n旧称 → 新称\n"
    assert [
        ("敏感词", ""),
        ("国务院总埋", "国务院总理"),
        ("错字", "正字"),
        ("旧称", "新称"),
    ] == parse_term_list(text)


@pytest.fixture
def lists(tmp_path: Path) -> Path:
    (tmp_path / "sensitive.txt").write_text("违禁词\nBadWord\n", encoding="utf-8")
    (tmp_path / "typos.txt").write_text("国务院总埋 => 国务院总理\n", encoding="utf-8")
    return tmp_path


def test_user_lists_with_severity(lists: Path) -> None:
    policy = Policy.from_mapping(
        {
            "term_lists": [
                {"path": "sensitive.txt", "severity": "block", "name": "敏感词", "id": "sensitive"},
                {"path": str(lists / "typos.txt"), "name": "错敏字", "id": "typo"},
            ]
        },
        base_dir=lists,
    )
    result = check(
        Post(title="通知", body="含违禁词，国务院总埋，ＢＡＤＷＯＲＤ，badwords"), policy
    )
    assert [
        ("terms.sensitive", "block", 1),
        ("terms.typo", "warn", 5),
        ("terms.sensitive", "block", 11),
    ] == [(f.rule, f.severity, f.offset) for f in result.findings]
    assert "建议改为「国务院总理」" in result.findings[1].message
    assert "命中敏感词「违禁词」" == result.findings[0].message


def test_ascii_terms_match_whole_words() -> None:
    matcher = TermMatcher([Term("terms.x", "warn", "ad")])
    assert [(0, 2)] == [(s, e) for s, e, _ in matcher.find("ad shadow ads")]
    assert [(1, 3)] == [(s, e) for s, e, _ in matcher.find("看ad广告")]


def test_overlapping_terms_are_all_found() -> None:
    matcher = TermMatcher([Term("a", "warn", "国务院"), Term("b", "warn", "务院总理")])
    assert [("a", 0), ("b", 1)] == sorted((t.rule, s) for s, _, t in matcher.find("国务院总理"))


def test_one_automaton_per_policy(lists: Path) -> None:
    policy = Policy.from_mapping({"term_lists": [{"path": "sensitive.txt"}]}, base_dir=lists)
    matcher = policy.terms
    check(Post(title="通知", body="违禁词"), policy)
    check(Post(title="通知", body="违禁词"), policy)
    assert matcher is policy.terms
    assert Policy.default() is Policy.default()


@pytest.mark.parametrize(
    ("text", "starts"),
    [
        ("违禁词", [0]),
        ("👉违禁词👈违禁词", [1, 5]),  # characters outside the BMP before a term
        ("𠀀𠀁x违禁词", [3]),
        ("\u7d55\u7981违禁词", [2]),  # a byte-level match across characters is not a match
    ],
)
@pytest.mark.parametrize("engine", ENGINES)
def test_offsets_with_any_characters(text: str, starts: list[int], engine: Engine) -> None:
    matcher = TermMatcher([Term("terms.x", "warn", "违禁词")], engine=engine)
    assert starts == [s for s, _, _ in matcher.find(text)]
    for start, end, _ in matcher.find(text):
        assert "违禁词" == text[start:end]


@pytest.mark.parametrize("engine", ENGINES)
def test_no_match_straddling_code_units(engine: Engine) -> None:
    # "\u4e2d\u6587" encodes to 4e 2d 65 87; the term "\u2d65" is the middle two bytes
    matcher = TermMatcher([Term("terms.x", "warn", "\u2d65")], engine=engine)
    assert [] == list(matcher.find("\u4e2d\u6587"))
    assert [(1, 2)] == [(s, e) for s, e, _ in matcher.find("a\u2d65")]


def test_characters_and_bytes_give_the_same_matches() -> None:
    # a short list is matched character by character, a long one by UTF-16 bytes
    short = [Term("terms.x", "warn", t) for t in ("内部资料", "app", "𠀀字")]
    long = short + [Term("terms.x", "warn", chr(0x4E00 + i) + "甲") for i in range(400)]
    text = "𠀀字说内部资料，下载app后办理，apps不算"
    expected = [(0, 2, "𠀀字"), (3, 7, "内部资料"), (10, 13, "app")]
    assert expected == sorted(
        (s, e, t.term) for s, e, t in TermMatcher(short, engine="automaton").find(text)
    )
    assert expected == sorted(
        (s, e, t.term)
        for s, e, t in TermMatcher(long, engine="automaton").find(text)
        if t.term in {"内部资料", "app", "𠀀字"}
    )


_SYLLABLES = st.sampled_from(
    ["内", "部", "资料", "国务院", "务院", "ad", "app", "s", " ", "，", "𠀀"]
)


@settings(max_examples=300, deadline=None)
@given(
    terms=st.lists(st.lists(_SYLLABLES, min_size=1, max_size=3).map("".join), max_size=8),
    text=st.lists(_SYLLABLES, max_size=30).map("".join),
)
def test_every_engine_finds_what_the_automaton_finds(terms: list[str], text: str) -> None:
    # the automaton is the reference (overlapping terms, terms that are prefixes of others,
    # whole ASCII words, characters beyond the BMP); the others give the same hits in the
    # same order: by start, the shorter term first (the order wording_findings' phrases rely on)
    listed = [Term("terms.x", "warn", t) for t in terms]
    automaton = TermMatcher(listed, engine="automaton")
    assert not automaton._regex
    assert not automaton._fast

    def hits(matcher: TermMatcher) -> list[tuple[int, int, str]]:
        return [(s, e, t.term) for s, e, t in matcher.find(text)]

    expected = sorted(hits(automaton))
    expression = TermMatcher(listed, engine="regex")
    assert expression._regex
    assert hits(expression) == sorted(hits(expression), key=lambda hit: (hit[0], hit[1]))
    assert sorted(hits(expression)) == expected
    fast = TermMatcher(listed, engine="hyperscan")  # (the dev extra installs it)
    assert hits(fast) == hits(expression)


@pytest.mark.parametrize(
    ("text", "reported"),
    [
        ("群众说:“我认为公交太少”", True),  # (folded: the full-width colon is ":")
        ("“我觉得方便多了。”市民王女士说。", True),
        ("村民表示「我觉得很好」", True),
        ("我说:“我认为公交太少”", False),  # the account's own voice
        ("“我认为……”这样的句式", False),  # no speaker
        ("群众说:“好。”我认为不妥", False),  # outside the quotation
        ("群众说:“我认为\n公交太少”", False),  # not closed on its line
        ("编辑部说:“小编认为很好”", False),  # the author's persona
        ("我市市民说:“我认为公交太少”", True),  # 我市: the agency's city
        ("“我认为很好。”我说。", False),
    ],
)
def test_reported_speech(text: str, reported: bool) -> None:
    for term in ("我认为", "我觉得", "小编"):
        start = text.find(term)
        if start >= 0:
            break
    assert reported is quoted_speech.reported_speech(text, start, start + len(term))


@settings(max_examples=60, deadline=None)
@given(st.text(alphabet="“”「」:说我认为。\n表示a", max_size=300))
def test_reported_speech_never_fails(text: str) -> None:
    for start in range(len(text)):
        quoted_speech.reported_speech(text, start, min(len(text), start + 3))


@pytest.mark.parametrize(
    ("text", "found"),
    [
        ("淘宝搜索“某某旗舰店”", ["淘宝搜索"]),
        ("点击链接直接打开 或者 淘宝搜索直接打开", ["淘宝搜索"]),  # a share text's tail
        ("打开淘宝搜索“植树”了解详情", []),
        ("請加VX：abc12345", ["加vx"]),
        ("券后价9.9元", ["券后价"]),
        ("抖音搜索“北京发布”", []),
        ("增加VR体验设备", []),
        # the apps' nicknames (red team 61)
        ("某宝搜店铺“某某旗舰店”领券", ["某宝搜"]),
        ("TB搜索“某某旗舰店”下单更优惠", ["tb搜索"]),
        ("狗东搜索“某某自营店”购买", ["狗东搜索"]),
        ("PDD搜索“某某专营店”领券", ["pdd搜索"]),
        ("某宝搜索量同比增长", []),  # the search reported on
        # a public programme's name searched for (red team 64): the subsidy's entry, no shop
        ("打开京东APP搜索“以旧换新”，领取资格后下单购买", []),
        ("美团搜索“郑州消费券”领取后在商户使用", []),
        ("拼多多搜索：国补，在参与活动的商家下单即可抵扣", []),
        ("淘宝搜索“XX家电旗舰店国补”下单", ["淘宝搜索"]),  # a shop's name with the word
        ("淘宝搜索“国补好物”下单", ["淘宝搜索"]),  # not ending with it
        # review 13: a brand's programme, a shop after it, a long name hiding a shop
        ("京东搜索“美的以旧换新”领取优惠", ["京东搜索"]),
        ("淘宝搜索“小米国补”领券购买", ["淘宝搜索"]),
        ("淘宝搜索“国补”进店，全场八折", ["淘宝搜索"]),
        ("京东搜索“以旧换新”，认准本店，领券再减", ["京东搜索"]),
        ("京东搜索“以旧换新”，进入XX旗舰店领取优惠", ["京东搜索"]),
        ("京东搜索“张三电器城市家电数码手机以旧换新店”进店选购", ["京东搜索"]),
        ("淘宝搜索“XX超市消费券”领券购买", ["淘宝搜索"]),
        # ... but a place or a kind of goods before it, a zone or a subsidy after it
        ("打开京东APP搜索“国补专区”，领取补贴资格后下单。", []),
        ("市民可在美团搜索“消费券专区”领券，到店消费时使用。", []),
        ("在淘宝搜索“家电以旧换新补贴”，领取资格后下单购买。", []),
        ("在京东搜索“汽车报废更新”，领取补贴后下单购买。", []),
        ("打开京东APP搜索“家装厨卫焕新”，领券后下单购买。", []),
        ("打开京东APP搜索“上海以旧换新”，领取本市补贴资格后下单。", []),
        ("支付宝搜索“杭州文旅消费券”，领取后在参与商户使用。", []),
        # review 15: a programme search waives only its guide's words (领券, 下单, 购买) ...
        ("淘宝搜索“国补”领券，拍下立发，全国包邮，私聊有惊喜价", ["淘宝搜索"]),
        ("京东搜索“以旧换新”，领券下单，加微信返现", ["京东搜索"]),
        ("淘宝搜索“杭州国补”，领券下单，私聊返现", ["淘宝搜索"]),
        # ... a brand before a city is no place ...
        ("淘宝搜索“美的广州以旧换新”领取优惠", ["淘宝搜索"]),
        ("淘宝搜索“格力苏州以旧换新”领取优惠", ["淘宝搜索"]),
        # ... a listed place takes its suffix, appliances are kinds, 补贴 and 专区 both follow
        ("在京东搜索“南京市消费券”，领券后下单购买。", []),
        ("打开淘宝搜索“浙江省家电以旧换新”，领取资格后下单。", []),
        ("在京东搜索“空调以旧换新”，领取补贴后下单购买。", []),
        ("打开京东APP搜索“以旧换新补贴专区”，领券后下单。", []),
        ("在京东搜索“徐州国补”，领券后下单。", []),
    ],
)
def test_commercial_wording(text: str, found: list[str]) -> None:
    result = check(Post(title="通知", body=text))
    assert found == [f.message.split("「")[1].split("」")[0] for f in result.findings]
    assert all(f.rule == "ad.wording" and f.severity == "warn" for f in result.findings)


def test_auto_takes_hyperscan_and_falls_back_without_it(monkeypatch: pytest.MonkeyPatch) -> None:
    terms = [Term("terms.x", "warn", "违禁词")]
    assert TermMatcher(terms)._fast
    monkeypatch.setattr(wording, "hyperscan_module", lambda: None)
    short = TermMatcher(terms)
    long = TermMatcher(  # (terms of 151 first characters: the automaton)
        [Term("terms.x", "warn", f"词{i}") for i in range(300)]
        + [Term("terms.x", "warn", chr(0x4E00 + n) + "字") for n in range(150)]
    )
    assert (short._fast, short._regex) == (False, True)
    assert (long._fast, long._regex) == (False, False)
    assert [(1, 4)] == [(s, e) for s, e, _ in short.find("说违禁词")]
    assert [(1, 3), (1, 4)] == sorted((s, e) for s, e, _ in long.find("说词12"))  # 词1, 词12


def test_asking_for_hyperscan_without_it_says_which_extra(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(wording, "hyperscan_module", lambda: None)
    with pytest.raises(RuntimeError, match=r"govpub\[fast\]"):
        TermMatcher([Term("terms.x", "warn", "违禁词")], engine="hyperscan")


@pytest.mark.parametrize(
    ("text", "found"),
    [
        # a 反诈 or 市场监管 post quotes the words it warns of (redteam7)
        ("骗子常以“加微信领取补贴”为由，诱骗群众添加其微信。", []),
        ("警惕所谓“全网最低价”“限时秒杀”宣传。", []),
        ("“集赞送礼品”“转发后方可领取”等活动多为骗局。", []),
        ("三、“刷单返利”和“集赞领奖”\n骗子常以小额返利取得信任。", []),  # a heading
        # not to believe it, not to be fooled by it (red team 64)
        ("不要相信“私信领取优惠券，先到先得”等信息。", []),
        ("消费提示：别被“全网最低价”忽悠", []),
        # ... only beside a quotation: elsewhere they are a shop's own slogan (review 13)
        ("拒绝忽悠，全国包邮，拍下立发", ["拒绝忽悠，全国包邮，拍下立发"]),
        ("不要相信别人，全国包邮，拍下立发", ["不要相信别人，全国包邮，拍下立发"]),
        (
            "不可轻信别家“全网最低价”，本店全国包邮，拍下立发",
            ["不可轻信别家“全网最低价”，本店全国包邮，拍下立发"],
        ),
        # the sales talk itself: no quotation, no cue, a cue negated or beyond the sentence
        ("集赞满30个即可领取，转发后方可参加，谨防骗局。", ["集赞", "转发后方可"]),
        ("“全网最低价”！切勿错过，谨防假冒。", ["全网最低价"]),
        ("本店“全网最低价”，不骗人！", ["全网最低价"]),
        ("“限时秒杀”进行中，没有虚假宣传。", ["限时秒杀"]),
        ("“集赞”活动不是骗局，速来！", ["集赞"]),
        # (and the share paid for on the next line: engagement.py's)
        ("三、“集赞领奖”\n转发朋友圈即可参加。骗子才不信。", ["集赞", "转发朋友圈即可参加"]),
    ],
)
def test_quoted_as_a_warning(text: str, found: list[str]) -> None:
    result = check(Post(title="通知", body=text))
    assert found == [f.message.split("「")[1].split("」")[0] for f in result.findings]


def test_the_shipped_lists_stay_within_one_regular_expression() -> None:
    # Without Hyperscan a list of many first characters is matched by the automaton, a pass
    # of its own that made check() 20-45 % slower (red team 12B): a new term must make room.
    keys = list(Policy.default().terms._entries)
    assert len(keys) <= wording._REGEX_UP_TO
    assert len({key[0] for key in keys}) <= wording._REGEX_FIRSTS_UP_TO


def test_the_matcher_is_chosen_by_first_characters_not_by_size(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    monkeypatch.setattr(wording, "hyperscan_module", lambda: None)  # (as without govpub[fast])
    many_terms = [Term("terms.x", "warn", f"内部{n:03d}号") for n in range(600)]
    many_firsts = [Term("terms.x", "warn", chr(0x4E00 + n) + "字") for n in range(150)]
    assert TermMatcher(many_terms)._regex
    assert not TermMatcher(many_firsts)._regex
    text = "内部042号与丁字"
    assert [t.term for _, _, t in TermMatcher(many_terms).find(text)] == ["内部042号"]
    assert [t.term for _, _, t in TermMatcher(many_firsts).find(text)] == ["丁字"]


def _opinion_is_prose(text: str, term: str) -> bool:
    folded = fold_term(text)
    start = folded.index(term)
    return not_an_opinion(folded, start, start + len(term))


@pytest.mark.parametrize(
    ("text", "term"),
    [
        ("该墓葬共出土大小编钟64件", "小编"),  # 编钟
        ("进一步缩小编制规模", "小编"),
        ("部分电梯无语音播报功能", "无语"),
        ("地下车库存在空气死角", "气死"),
        ("老人们个个笑呵呵", "呵呵"),
        ("坚持说实话、办实事、求实效", "说实话"),
        ("针对网友吐槽的停车难问题", "吐槽"),  # others' complaints reported
        ("志愿者小陈说，这次服务让我觉得很有意义", "我觉得"),  # indirect speech
        ("个人认为其个人信息被违法处理的，有权投诉", "个人认为"),  # a legal condition
    ],
)
def test_opinion_words_that_are_other_words_or_others_words(text: str, term: str) -> None:
    """redteam42: a neighbour, a named other speaker or a legal condition makes the term
    no opinion of the account's."""
    assert _opinion_is_prose(text, term)


@pytest.mark.parametrize(
    ("text", "term"),
    [
        ("小编带你逛夜市", "小编"),
        ("看到这样的留言，真是无语", "无语"),
        ("又被插队了，气死我了", "气死"),
        ("今天必须吐槽一下这个天气", "吐槽"),
        ("个人认为这样做是对的，大家不必担心", "个人认为"),  # no right or duty after
        ("我想说，我觉得处理得太慢了", "我觉得"),  # the account's own 说
        ("坦白说，我觉得这个方案不行", "我觉得"),  # no speaker named
    ],
)
def test_opinion_words_in_the_accounts_voice_stay_opinions(text: str, term: str) -> None:
    assert not _opinion_is_prose(text, term)


# -- red team 43: a heading over a blank line, a quotation given as a kind of message -------


@pytest.mark.parametrize(
    ("text", "warned"),
    [
        # a Markdown heading's quotation reads on into the paragraph below it
        ("## 三、“集赞领奖”\n\n这是骗子惯用的手法。", True),
        ("## 三、“集赞领奖”\n\n活动火热进行中。", False),
        # a quotation given as a kind of message: the next sentence says what it is
        ("“转发本条消息即可领取”之类的信息屡见不鲜。一旦参与，骗子便要求转账。", True),
        ("“转发本条消息即可领取”的活动屡见不鲜。一旦参与，骗子便要求转账。", False),
        ("“转发本条消息即可领取”之类的活动很多。欢迎参与。", False),
    ],
)
def test_warned_against_headings_and_kinds(text: str, warned: bool) -> None:
    start = text.find("集赞") if "集赞" in text else text.find("转发")
    assert warned is scam_warnings.warned_against(text, start, start + 2)


@pytest.mark.parametrize(
    ("text", "term", "forbidden"),
    [
        ("不得擅自发布代表个人观点、意见及情绪的言论", "个人观点", True),  # 123号 quoted
        ("严禁发表个人观点", "个人观点", True),
        ("个人观点，仅供参考", "个人观点", False),
        ("不得不说，我觉得很好", "我觉得", False),  # 不得不: no ban
        ("不得迟到。我认为很好", "我认为", False),  # another sentence
    ],
)
def test_opinion_forbidden(text: str, term: str, forbidden: bool) -> None:
    start = text.find(term)
    assert forbidden is opinion_prose.opinion_forbidden(text, start, start + len(term))
    warns = any(f.rule == "wording.opinion" for f in check(Post(title="说明", body=text)).findings)
    assert warns is not forbidden


# -- red team 44: a pitch said to lure buyers -------------------------------------------------


@pytest.mark.parametrize(
    ("text", "warned"),
    [
        ("主播反复使用“全网最低价”等话术制造紧迫感，诱导消费者冲动下单。", True),
        ("## 套路二：“全网最低价”\n\n一些主播以此诱导消费者下单。", True),
        ("“全网最低价”，绝不诱导消费，放心购买！", False),  # the cue negated
        ("“全网最低价”限时抢购，手慢无！", False),
    ],
)
def test_warned_against_a_lure(text: str, warned: bool) -> None:
    start = text.find("全网最低价")
    assert warned is scam_warnings.warned_against(text, start, start + 5)


# -- fix 102 (red team 80): a scam's message quoted in its 【】 sign, no quotation marks -----


@pytest.mark.parametrize(
    ("text", "warned"),
    [
        # a label naming a scam's message, the message on its line
        ("骗子发来的信息：【限时秒杀】全网最低价，包邮到家。", True),
        ("诈骗短信内容：【某某商城】全网最低价，限时秒杀，点击链接领取优惠券。", True),
        ("如收到以下短信，请立即删除：【限时秒杀】全网最低价，包邮到家。", True),
        ("可疑短信：【某某商城】【限时秒杀】全网最低价", True),  # two signs
        # the label ends its line: the message below it, in a blockquote, a list
        ("骗子发来的短信原文如下：\n【限时秒杀】全网最低价，包邮到家，先到先得。", True),
        ("骗子发来的短信：\n\n> 【限时秒杀】全网最低价，包邮到家\n\n这是典型的诈骗。", True),
        ("骗子发来的短信：\n\n> 【限时秒杀】限量抢购\n> 全网最低价，包邮到家", True),
        ("以下为近期常见诈骗短信：\n1.【限时秒杀】抢购\n2.【某店】全网最低价，包邮到家", True),
        # the message, then a warning of it on its line
        ("【限时秒杀】全网最低价，包邮到家——收到这样的短信，千万别信，这是骗局！", True),
        ("#反诈# 【限时秒杀】全网最低价？当心是骗局！", True),
        # a shop's pitch in its sign, after a harmless label, a label with no scam or negated
        ("【限时秒杀】全网最低价，包邮到家，先到先得！", False),
        ("活动内容：【限时秒杀】全网最低价", False),
        ("短信内容：【某店】全网最低价", False),
        ("防骗提醒：【限时秒杀】全网最低价", False),  # no message named
        ("防诈骗提醒：本店活动内容：【某店】全网最低价", False),  # the label after its colon
        ("不是诈骗短信：【某店】全网最低价", False),
        ("活动内容如下：\n1.【限时秒杀】抢购\n2.【某店】全网最低价", False),
        ("诈骗短信如下：\n本店活动火爆\n【某店】全网最低价", False),  # a line between
        ("骗子发来的短信：\n\n> 本店活动\n> 全网最低价", False),  # a blockquote with no sign
        ("【限时秒杀】全网最低价！本店绝不骗人！", False),  # the cue negated
        ("【限时秒杀】全网最低价，谨防受骗，认准本店！", False),  # the shop speaks
        ("【限时秒杀】全网最低价，包邮到家，谨防受骗！", False),  # a shop's caution
        ("【某店】全网最低价，认准官方旗舰，谨防诈骗，以防被骗！", False),
        ("【某店】全网最低价。全场包邮。谨防诈骗。", False),  # a sentence too far
        ("诈骗短信：【某店】你好\n【某店】全网最低价", False),  # the label not above its line
    ],
)
def test_a_scam_message_in_its_sign_since_fix102(text: str, warned: bool) -> None:
    start = text.find("全网最低价")
    assert warned is scam_warnings.warned_against(text, start, start + 5)
    assert warned is not any(
        f.rule == "ad.wording" for f in check(Post(title="通知", body=text)).findings
    )


# every colon of _text.LABEL_COLONS ends a label naming a scam's message (mend 46), on its
# line or above the message
@pytest.mark.parametrize("colon", ["：", "︰", "∶", "꞉", ":"])
@pytest.mark.parametrize(
    ("form", "warned"),
    [
        ("骗子发来的短信{}【限时秒杀】全网最低价，包邮到家", True),
        ("骗子发来的短信{}\n\n> 【限时秒杀】全网最低价，包邮到家", True),
        ("商家发来的短信{}【限时秒杀】全网最低价，包邮到家", False),
    ],
)
def test_every_label_colon_ends_a_scam_messages_label(form: str, warned: bool, colon: str) -> None:
    findings = check(Post(title="通知", body=form.format(colon))).findings
    assert warned is not any(f.rule == "ad.wording" for f in findings)


# every colon of _text.LABEL_COLONS ends a transcript's speaker (mend 46)
@pytest.mark.parametrize("colon", ["：", "︰", "∶", "꞉", ":"])
@pytest.mark.parametrize(("speaker", "warned"), [("王教授", False), ("小编", True)])
def test_every_label_colon_ends_a_transcripts_speaker(
    speaker: str, warned: bool, colon: str
) -> None:
    findings = check(Post(title="通知", body=f"{speaker}{colon}我认为这个政策很好")).findings
    assert warned is any(f.rule == "wording.opinion" for f in findings)


@pytest.mark.parametrize(
    ("title", "found"),
    [("【限时秒杀】全网最低价？当心是骗局！", False), ("【限时秒杀】全网最低价，包邮到家！", True)],
)
def test_a_scam_message_in_a_title_since_fix102(title: str, found: bool) -> None:
    findings = check(Post(title=title, body="近期诈骗高发，请市民提高警惕。")).findings
    assert found is any(f.rule == "ad.wording" and f.field == "title" for f in findings)


def test_a_share_code_in_a_scam_message_still_blocks_since_fix102() -> None:
    text = "骗子发来的信息：【限时秒杀】全网最低价，复制这段话￥Kp3mZx82QwE￥打开淘宝即可抢购。"
    rules = {rule for rule, _, _ in _rules(text)}
    assert "ad.share_code" in rules
    assert "ad.wording" not in rules


def test_a_scam_message_reads_in_linear_time_since_fix102() -> None:
    unit = "骗子发来的信息：【秒杀】全网最低价\n> 全网最低价，包邮到家\n"
    assert grows_linearly(unit * 400, unit * 4_000, within=3)
    line = "【秒杀】" + "全网最低价，" * 2_000
    assert grows_linearly(line[:1_200], line, within=3)


# -- fix 106 (review 40): a shop's pitch in its sign is no quoted scam message -------------


@pytest.mark.parametrize(
    "text",
    [
        # a label with a bare 骗/可疑/钓鱼, the shop's own or negated
        "钓鱼竿活动内容：【限时秒杀】全网最低价，包邮到家，先到先得！",
        "路亚钓鱼店短信：【限时秒杀】全网最低价，包邮到家，先到先得！",
        "为防止上当受骗，本店活动如下：\n1. 【限时秒杀】全网最低价，包邮到家，先到先得！",
        "认准官方防诈骗，本店促销短信：【限时秒杀】全网最低价，包邮到家，先到先得！",
        "本店不搞诈骗，活动文案：【限时秒杀】全网最低价，包邮到家，先到先得！",
        "防骗小课堂之后，本店短信内容：【某店】全场包邮，全网最低价，先到先得",
        "可疑人员勿扰，活动信息：【限时秒杀】全网最低价，包邮到家，先到先得！",
        "本店诈骗短信防范须知：【某店】全网最低价，包邮到家",  # the shop speaks
        # the shop's own claims after its pitch: aimed at 你, at rivals, no scam named
        "【限时秒杀】全网最低价，包邮到家，先到先得！假一赔十，骗你是小狗！",
        "【限时秒杀】全网最低价，包邮到家，先到先得！认准官方旗舰店，其他都是骗子。",
        "【限时秒杀】全网最低价，包邮到家，先到先得！可疑订单一律不发货。",
        "【限时秒杀】全网最低价，包邮到家，先到先得！不要相信别家的低价。",
        "【年货节】全网最低价，包邮到家，先到先得——别信二手贩子！",
        "【限时秒杀】全网最低价，包邮到家，先到先得！下单后可删除购物车。",
        "【限时秒杀】全网最低价，包邮到家，先到先得！童叟无欺，骗一罚十。",
        "【限时秒杀】全网最低价，包邮到家，先到先得！加微信：abc12345，勿信他人。",
        "【限时秒杀】全网最低价，包邮到家，先到先得！千万别信别家的骗局。",
        "【限时秒杀】全网最低价，先到先得，不法分子冒充本店请报警。",
    ],
)
def test_a_shops_pitch_in_its_sign_warns_since_fix106(text: str) -> None:
    start = text.find("全网最低价")
    assert not scam_warnings.warned_against(text, start, start + 5)
    assert any(f.rule == "ad.wording" for f in check(Post(title="通知", body=text)).findings)


def test_a_shops_vow_after_its_engagement_pitch_warns_since_fix106() -> None:
    text = "【集赞有礼】转发本条朋友圈集满30个赞即送礼品！骗你是小狗！"
    rules = {f.rule for f in check(Post(title="通知", body=text)).findings}
    assert "wording.forced_engagement" in rules
    title = "【限时秒杀】全网最低价，先到先得？骗你不是人！"
    findings = check(Post(title=title, body="本店新品上市。")).findings
    assert any(f.rule == "ad.wording" and f.field == "title" for f in findings)


def test_a_blockquote_of_pitches_reads_in_linear_time_since_fix106() -> None:
    unit = "> 【限时秒杀】全网最低价，先到先得！\n"
    assert grows_linearly(unit * 400, unit * 4_000, within=3)
    labelled = "骗子发来的短信：\n" + unit * 4_000
    first, start = labelled.find("全网最低价"), labelled.rfind("全网最低价")
    assert scam_warnings.warned_against(labelled, first, first + 5)
    assert not scam_warnings.warned_against(labelled, start, start + 5)  # 12 lines at most


# -- fix 112 (review 41 items 5, 6): the scam message's sender named; a pitch's own claims ---


@pytest.mark.parametrize(
    ("text", "warned"),
    [
        # item 5: a government text quoting a scam SMS (clean)
        ("诈骗分子发送的短信：【某某旗舰店】限时秒杀，全网最低价，先到先得！", True),
        ("骗子短信：【限时秒杀】全网最低价，先到先得，点击链接领取优惠。", True),
        ("骗子的短信内容：【限时秒杀】全网最低价，先到先得！", True),
        ("反诈中心截获的短信原文：【限时秒杀】全网最低价，先到先得！", True),
        ("诈骗团伙群发的信息：\n【限时秒杀】全网最低价，先到先得！", True),
        ("【限时秒杀】全网最低价，先到先得！这类短信是骗子惯用的套路。", True),
        ("【限时秒杀】全网最低价，先到先得！凡是让你点链接付款的，都是骗子！", True),
        ("【限时秒杀】全网最低价，先到先得！此类信息请勿轻信，切勿相信他人发来的链接。", True),
        ("【限时秒杀】全网最低价，先到先得！收到此类短信请立即删除，切勿点击链接。", True),
        ("如收到以下短信，请立即删除：【某商城】全网最低价，包邮到家，先到先得！", True),
        # item 6: a shop's pitch and its own claims (warns)
        ("【鲜果坊】全网最低价，先到先得！假货骗局一律不存在，放心买！", False),
        ("【限时秒杀】全网最低价，先到先得！这是诈骗吗？当然不是，本店是正规商家！", False),
        ("【限时秒杀】全网最低价，先到先得！系诈骗就赔十倍！", False),
        ("【限时秒杀】全网最低价，先到先得！有人说是骗局？来直播间看看就知道！", False),
        ("【鲜果坊】全网最低价，先到先得！千万别信网上的差评，都是同行抹黑。", False),
        ("【小区团购】全网最低价，先到先得！切勿轻信其他群的低价！", False),
        ("【鲜果坊】全网最低价，先到先得！请立即删除购物车里的其他商品，抢购本品！", False),
        ("钓鱼短信防范提醒后，本群福利如下：\n1. 【限时秒杀】全网最低价，先到先得！", False),
        ("【限时秒杀】全网最低价，包邮到家，先到先得！加微信：abc12345，勿信他人。", False),
    ],
)
def test_a_scam_message_and_a_shops_claims_since_fix112(text: str, warned: bool) -> None:
    start = text.find("全网最低价")
    assert warned is scam_warnings.warned_against(text, start, start + 5)
    assert warned is not any(
        f.rule == "ad.wording" for f in check(Post(title="通知", body=text)).findings
    )


# -- fix 119 (review 43 items 4, 5): an answer read, 删除 of an app, a loss, victims; 本超市 --


@pytest.mark.parametrize(
    ("text", "warned"),
    [
        # item 4: a government anti-fraud text (clean)
        ("【限时秒杀】全网最低价，先到先得！这是诈骗吗？是的，这就是典型的诈骗短信。", True),
        ("【限时秒杀】全网最低价，先到先得！是诈骗吗？当然是！这类短信请直接忽略。", True),
        ("【限时秒杀】全网最低价，先到先得！这是诈骗吗？请看警方解读。", True),
        ("【限时秒杀】全网最低价，先到先得！如已下载不明APP，请立即删除并报警。", True),
        ("【限时秒杀】全网最低价，先到先得！如已安装此类软件，请立即删除该APP。", True),
        ("【限时秒杀】全网最低价，先到先得！请立即删除对方好友并报警。", True),
        ("【限时秒杀】全网最低价，先到先得！王女士点击钓鱼链接赔进去5万元。", True),
        ("【限时秒杀】全网最低价，先到先得！此类“低价”骗局中的商品根本不存在！", True),
        ("【限时秒杀】全网最低价，先到先得！市民若是骗局受害者，请拨打110报警。", True),
        # item 5: a shop's pitch (warns)
        (
            "【某超市】会员日全场5折，全网最低价，先到先得！请勿轻信陌生来电，本超市不会索要验证码。",
            False,
        ),
        ("【XX电器】全网最低价，先到先得！别的店说能更低的都是骗子！", False),
        ("【XX电器】全网最低价，先到先得！别的商家说能更低的都是骗子！", False),
        # twins that stay as they were (warn)
        ("【限时秒杀】全网最低价，先到先得！这是诈骗吗？当然不是，本店是正规商家！", False),
        ("【XX电器】全网最低价，先到先得！是诈骗？不存在的！", False),
        ("【XX电器】全网最低价，先到先得！骗局？不可能！", False),
        ("【XX电器】全网最低价，先到先得！请立即删除收藏夹里的旧链接，以新链接为准。", False),
        ("【鲜果坊】全网最低价，先到先得！请立即删除购物车里的其他商品，抢购本品！", False),
        ("【限时秒杀】全网最低价，先到先得！系诈骗就赔十倍！", False),
        ("【鲜果坊】全网最低价，先到先得！假货骗局一律不存在，放心买！", False),
        ("【XX电器】全网最低价，先到先得！假如是骗局，全额退款！", False),
        ("【某超市】全网最低价，先到先得！请勿轻信陌生来电，本店不会索要验证码。", False),
        ("【XX电器】全网最低价，先到先得！别家说更低的都是骗子！", False),
        ("【XX电器】全网最低价，先到先得！是骗局吗？就是这么便宜！", False),
        ("【XX电器】全网最低价，先到先得！这是诈骗吗？当然是真的优惠！", False),
        ("【XX电器】全网最低价，先到先得！有人问是骗局吗？没错，就是这么实惠！", False),
        ("【XX电器】全网最低价，先到先得！请立即删除小程序里的旧订单，重新下单！", False),
    ],
)
def test_an_answer_an_app_a_loss_and_a_shops_self_since_fix119(text: str, warned: bool) -> None:
    start = text.find("全网最低价")
    assert warned is scam_warnings.warned_against(text, start, start + 5)
    assert warned is not any(
        f.rule == "ad.wording" for f in check(Post(title="通知", body=text)).findings
    )


# -- red team 46: a headline's cry, an interview's transcript ------------------------------


@pytest.mark.parametrize(
    ("text", "term", "prose"),
    [
        ("震惊！本市一男子竟然倒车", "震惊", False),
        ("震惊了！原来电饭煲这样用", "震惊", False),
        ("凌晨的地震惊醒了部分居民", "震惊", True),
        ("村民们对这一发现感到震惊。", "震惊", True),
        ("平台无语种数量限制", "无语", True),
        ("煤气炸开了锅炉", "气炸", True),
        ("记者：您怎么看？\n王教授：我认为关键在落实", "我认为", True),
        ("群众说：“政策好。”我认为此举欠妥", "我认为", False),
    ],
)
def test_opinion_words_read_since_red_team_46(text: str, term: str, prose: bool) -> None:
    assert _opinion_is_prose(text, term) is prose


# -- fix46: 空气炸锅, 老人气愤地说, a pitch with 不得退换 ---------------------------------------


@pytest.mark.parametrize(
    ("text", "term"),
    [
        ("夏季使用空气炸锅应注意防火", "气炸"),  # 空气炸锅
        ("一位老人气愤地说，路灯坏了半年", "人气愤"),  # someone angry, reported
        ("商人气愤地向记者反映了情况", "人气愤"),
    ],
)
def test_opinion_words_that_are_other_words_since_fix46(text: str, term: str) -> None:
    assert _opinion_is_prose(text, term)


def test_someone_angry_reported_is_no_opinion() -> None:
    for text in ("一位老人气愤地说，路灯坏了半年。", "商人气愤地向记者反映了情况。"):
        assert not check(Post(title="通知", body=text)).findings
    assert check(Post(title="通知", body="插队的行为真是令人气愤。")).findings


@pytest.mark.parametrize(
    ("text", "warned"),
    [
        ("“全网最低价”，仅限今天，售出不得退换。", False),  # a pitch's terms of sale
        ("规定主播不得虚构原价、编造“全网最低价”。", True),  # a rule forbidding the claim
    ],
)
def test_bude_warns_only_of_a_claim(text: str, warned: bool) -> None:
    start = text.find("全网最低价")
    assert warned is scam_warnings.warned_against(text, start, start + 5)
    assert warned is scam_warnings.sentence_warns(text, 0, len(text))


def test_a_transcript_line_is_read_near_the_term() -> None:
    # the speaker is looked for near each term, not back to its line's start: a line of
    # 20,000 terms after one label took 27 s (a search back and a scan per term)
    text = "王教授：" + "离谱" * 20_000
    assert grows_linearly("王教授：" + "离谱" * 2_000, text, within=3)
    assert _opinion_is_prose(text[:20], "离谱")  # in the speaker's first words: theirs
    # beyond the reach, no first sentence runs that far: the term is the account's
    assert not _opinion_is_prose("王教授：" + "好" * 300 + "离谱", "离谱")


# -- red team 49: opinion terms inside ordinary words, and a market trap warned of -----------


@pytest.mark.parametrize(
    ("text", "term"),
    [
        ("领导干部要讲真话、办实事、求实效。", "讲真"),  # 讲真话
        ("坚持讲真理、讲真情。", "讲真"),
        ("对此，不得不说明以下几点。", "不得不说"),  # 说明
        ("要克服自我感觉良好的心态。", "我感觉"),  # 自我感觉
        ("尼玛县人民政府副县长扎西尼玛同志出席会议。", "尼玛"),  # a county, a name
        ("尼玛次仁说，今年收成不错。", "尼玛"),
        ("因服务器故障，系统崩溃了约两小时。", "崩溃了"),  # a thing that fails
        ("当事人本人认为行政行为侵犯其合法权益的，可以申请行政复议。", "本人认为"),
    ],
)
def test_opinion_words_that_are_other_words_since_red_team_49(text: str, term: str) -> None:
    assert _opinion_is_prose(text, term)


@pytest.mark.parametrize(
    "text",
    [
        "讲真，这次活动办得不错。",
        "不得不说，这次活动办得真好。",
        "我感觉这个政策很好。",
        "尼玛，又堵车了！",
        "你尼玛的",
        "看到这个消息我崩溃了。",
        "本人认为这个方案不好。",
    ],
)
def test_the_same_terms_in_the_accounts_voice_still_warn(text: str) -> None:
    assert [f.rule for f in check(Post(title="通知", body=text)).findings] == ["wording.opinion"]


@pytest.mark.parametrize(
    ("text", "warned"),
    [
        ("市场监管局提醒：谨防“低价秒杀”“全网最低价”等营销陷阱。", True),
        ("“全网最低价”，绝无消费陷阱，速来抢购！", False),  # a trap denied: the ad's own words
        ("消费者要谨慎对待“全网最低价”“限时秒杀”等促销宣传。", True),  # a consumer notice
        ("“全网最低价”！库存有限，谨慎下单。", False),  # 谨慎 alone: an ad's word too
    ],
)
def test_a_market_trap_is_a_warning(text: str, warned: bool) -> None:
    assert warned is not any(
        f.rule == "ad.wording" for f in check(Post(title="通知", body=text)).findings
    )


@pytest.mark.parametrize(
    ("text", "warned"),
    [
        # a 消协 report's complaint hot spot: the claim called exaggerated, untrue (red team 72)
        ("- 网络直播购物：主播夸大宣传，“全网最低价”名不副实，退换货难；", True),
        ("主播夸大宣传“全网最低价”。", True),
        ("“全网最低价”名不副实。", True),
        ("“全网最低价”绝非名不副实，拍下立发！", False),  # denied: the ad's own words
        ("“全网最低价”名副其实，拍下立发！", False),
        ("“全网最低价”，不夸大宣传，拍下立发！", False),
    ],
)
def test_a_claim_called_exaggerated_is_a_warning(text: str, warned: bool) -> None:
    assert warned is not any(
        f.rule == "ad.wording" for f in check(Post(title="通知", body=text)).findings
    )


@pytest.mark.parametrize(
    ("text", "warned"),
    [
        # a negation anywhere before the cue in its clause: the seller's boast (review 31 item 1)
        ("“全网最低价”，拒绝夸大宣传，拍下立发！", False),
        ("“全网最低价”，货真价实不搞夸大宣传！", False),
        ("“全网最低价”，告别夸大宣传！", False),
        ("“全网最低价”，远离夸大宣传！", False),
        ("“全网最低价”，没有任何夸大宣传！", False),
        ("“全网最低价”，绝不会名不副实！", False),
        ("“全网最低价”，没有任何夸大宣传、名不副实！", False),  # one denial of a list of both
        # a word a negation starts, or a negation in another clause or list item: a warning
        ("不少主播夸大宣传“全网最低价”。", True),
        ("不法商家不断夸大宣传“全网最低价”。", True),
        ("主播从未兑现承诺，夸大宣传“全网最低价”。", True),
        ("部分商家无证经营、夸大宣传“全网最低价”。", True),
        ("主播夸大宣传、“全网最低价”名不副实。", True),
        ("主播名不副实、夸大宣传“全网最低价”。", True),
        # a case act's negation of another word (未取得, 没想到, 欢迎举报) denies no claim: only a
        # denial right before the cue, a closed set of fillers between (review 33 item 3)
        ("未取得资质的主播夸大宣传，拍下立发，全场包邮", True),
        ("消费者没想到主播夸大宣传，拍下立发，全场包邮", True),
        ("欢迎举报夸大宣传，拍下立发，全场包邮", True),
        ("不少主播无视规定夸大宣传，拍下立发，全场包邮", True),
        ("“全网最低价”，我们坚决拒绝任何夸大宣传，拍下立发！", False),
        ("“全网最低价”，本店从来不搞夸大宣传，拍下立发！", False),
        ("“全网最低价”，本店零夸大宣传，拍下立发！", False),
        ("“全网最低价”，本店不做任何形式的夸大宣传，拍下立发！", False),
    ],
)
def test_a_denial_in_the_clause_makes_exaggeration_a_boast(text: str, warned: bool) -> None:
    assert warned is not any(
        f.rule == "ad.wording" for f in check(Post(title="通知", body=text)).findings
    )


@pytest.mark.parametrize(
    ("text", "term"),
    [
        ("请取最小编号的记录。", "小编"),  # 最小编号
        ("要老实说话、老实做事。", "老实说"),  # 老实说话
        ("受到群众真心点赞。", "真心点赞"),  # others' praise, reported
        ("赢得广大网友的真心点赞。", "真心点赞"),
    ],
)
def test_opinion_words_found_probing_after_red_team_49(text: str, term: str) -> None:
    assert _opinion_is_prose(text, term)


def test_praise_for_others_in_the_accounts_voice_still_warns() -> None:
    for text in ("为志愿者们的付出真心点赞！", "真心点赞！", "老实说，这次活动不错。"):
        assert [f.rule for f in check(Post(title="通知", body=text)).findings] == [
            "wording.opinion"
        ]


@pytest.mark.parametrize(
    ("text", "found"),
    [
        ("投资者买入该债券后价格下跌，损失自负。", False),  # 债券, not a coupon
        ("购买证券后价格上涨。", False),
        ("考试结束收回试卷后价格不变。", False),
        ("领券后价仅19.9元", True),
        ("券后价19.9元", True),
        ("某平台在秒杀活动中虚构原价、谎称库存有限，被罚款10万元。", False),  # a 价格违法 case
        ("本店秒杀，全场包邮，下单立减，绝不虚构原价。", True),  # 虚构 denied: the ad's words
    ],
)
def test_commercial_wording_in_financial_and_enforcement_news(text: str, found: bool) -> None:
    findings = check(Post(title="通知", body=text)).findings
    assert found is any(f.rule == "ad.wording" for f in findings)


# -- fix49: holes in red team 49's exceptions ---------------------------------------------


@pytest.mark.parametrize(
    ("text", "prose"),
    [
        ("尼玛这政策太烂了。", False),  # an ideograph beside it is no sign of a name
        ("这尼玛什么政策。", False),
        ("什么尼玛政策", False),
        ("他妈的尼玛啥玩意", False),
        ("尼玛，男，藏族，1980年生。", True),  # a person's particulars
        ("获奖者尼玛（藏族）来自那曲。", True),
        ("尼玛的家在那曲。", True),  # a Tibetan place in its sentence
        ("扎西、尼玛三名同学获奖。", True),  # a list of names
        ("心理防线崩溃了。", False),  # a mind, nobody else named
        ("看完这个政策我的防线崩溃了。", False),
        ("看到这个消息崩溃了。", False),  # perceiving, no subject: the author
        ("真的崩溃了！", False),
        ("犯罪嫌疑人心理防线崩溃了。", True),  # another person's
        ("该国股市崩溃了。", True),  # things that fail
        ("当地电网崩溃了。", True),
        ("挂号服务崩溃了一小时。", True),
        ("讲真正的中国故事", True),  # 讲真正, 讲真实, 讲真诚, 讲真本事, 讲真格
        ("讲真实的故事", True),
        ("讲真诚", True),
        ("讲真本事", True),
        ("讲真格", True),
        ("请当事人老实说明情况。", True),  # 老实说明
        ("老实说明明是你的错。", False),  # 老实说，明明…
        ("小编号优先处理。", True),  # 小编号
        ("小编号召大家积极参与。", False),  # 小编 号召: the editor calls on readers
        ("小编钟爱这家老字号。", False),  # 小编 钟爱 (red team 42's xfail, 2026-12-05)
        ("大小编钟爱好者齐聚。", True),  # 大小编钟: the bells, whatever follows
    ],
)
def test_opinion_words_since_fix49(text: str, prose: bool) -> None:
    term = next(t for t in ("尼玛", "崩溃了", "讲真", "老实说", "小编") if t in text)
    assert _opinion_is_prose(text, term) is prose


@pytest.mark.parametrize(
    ("text", "found"),
    [
        ("债券后价99元，点击下单", True),  # a price and a sale: a coupon price
        ("证券后价仅99元，限时抢购", True),
        ("试卷后价9.9元，立即购买", True),
        ("画卷后价99元，立即抢购", True),
        ("彩券后价9.9元", True),  # no 格: a price right after
        ("库券后价9.9元包邮", True),
        ("证券后价格仅99元，点击下单", True),  # 后价格, but the sentence sells
        ("投资者卖出证券后价格继续上涨的，不得要求返还。", False),
    ],
)
def test_a_coupon_price_after_another_word_since_fix49(text: str, found: bool) -> None:
    start = text.find("后价") - 1
    assert found is not sales_contexts.coupon_of_another_word(text, start, start + 3)
    findings = check(Post(title="通知", body=text)).findings
    assert found is any(f.rule == "ad.wording" for f in findings)


@pytest.mark.parametrize(
    ("text", "warned"),
    [
        # a 反诈 list: a label, the scam's words quoted, and what they are in the next sentence
        ("1. 刷单返利:“动动手指，日赚三五百”“先垫付，佣金秒返”。凡是刷单都是诈骗。", True),
        ("6. 代办考证:“包过，考前内部押题”。买卖试题属违法犯罪。", True),
        # the same quotations with no warning after them, or a sentence that says more
        ("1. 刷单返利:“动动手指，日赚三五百”“先垫付，佣金秒返”。现在就来！", False),
        ("推荐好物，“动动手指，日赚三五百”。凡是刷单都是诈骗。", False),
    ],
)
def test_quoted_examples_read_on_since_redteam66(text: str, warned: bool) -> None:
    """A sentence of quotations under a label reads on one sentence (red team 66)."""
    tail = text.index("。")
    assert warned is scam_warnings.sentence_warns(text, 0, tail)


@pytest.mark.parametrize(
    ("text", "found"),
    [
        ("典型案例：消费者在某直播间以“秒杀价”199元购买一件羽绒服，收到后发现是劣质产品。", False),
        ("今日“秒杀价”199元，快来下单！", True),
    ],
)
def test_a_typical_case_reports_the_pitch_since_redteam66(text: str, found: bool) -> None:
    """A 典型案例 names the pitch the consumer met (red team 66)."""
    assert found is any(rule == "ad.wording" for rule, _, _ in _rules(text))


@pytest.mark.parametrize(
    ("text", "warned"),
    [
        # the claim cues are a warning only said of another: a third party before them, a
        # regulator's instruction, the quotation they judge; a seller's self in the sentence
        # or no one named makes them the shop's boast (review 34 A2, A3, B1, B2)
        ("本店不需要夸大宣传，全场包邮，拍下立发。", False),
        # fix 94 (review 36): only the old denial list or a shop self denies 夸大宣传
        ("坚决反对夸大宣传，全场包邮，拍下立发，先到先得。", True),
        ("别家主播夸大宣传，本店实打实，全场包邮，拍下立发。", False),
        ("同行都在夸大宣传，我们只卖真货，全场包邮，拍下立发，先到先得。", False),
        ("主播从不夸大宣传，全场包邮，拍下立发。", False),
        ("市场监管局要求各直播间杜绝夸大宣传“全网最低价”。", True),
        ("消协倡议主播抵制夸大宣传，不得标注“全网最低价”。", True),
        ("市场监管局告诫主播不要夸大宣传“全网最低价”。", True),
        ("打着拒绝夸大宣传旗号的主播夸大宣传“全网最低价”。", True),
        ("部分主播夸大宣传，拍下立发、全场包邮等承诺难兑现。", True),
    ],
)
def test_a_claim_cue_warns_only_said_of_another(text: str, warned: bool) -> None:
    assert warned is not any(
        f.rule == "ad.wording" for f in check(Post(title="通知", body=text)).findings
    )


@pytest.mark.parametrize(
    ("text", "warned"),
    [
        # 虚假宣传 and 虚假广告 warn as before fix 88 (review 35 A1) …
        ("某企业虚假宣传“全网最低价”，消费者投诉后退款。", True),
        ("涉事企业发布虚假广告，宣称“全网最低价”，消费者投诉后退款。", True),
        ("发布虚假广告“全场包邮”，消费者投诉后退款。", True),
        # … unless the shop denies them right before (review 34 A2)
        # fix 94 (review 36): 虚假宣传 warns wherever it stands, never denied
        ("正品保障，拒绝虚假宣传、夸大宣传，全场包邮，拍下立发。", True),
        ("欢迎举报，绝无虚假宣传，全场包邮，拍下立发，先到先得。", False),
        # 夸大宣传 judges a quotation anywhere in its clause; pronouns are third parties
        ("网络直播中夸大宣传“全网最低价”的现象依然存在。", True),
        ("部分直播带货夸大宣传“全网最低价”，监管部门已责令整改。", True),
        ("其夸大宣传“全网最低价”，消费者投诉后退款。", True),
        ("当事人夸大宣传“全网最低价”，被依法查处。", True),
        ("据了解，涉事达人夸大宣传“全网最低价”，消费者投诉后退款。", True),
        # an office's 我们 is not the shop: only with a selling word in its clause (A2)
        ("我们发现，主播夸大宣传，“全网最低价”名不副实。", True),
        ("经我们核查，该商家宣称“全网最低价”属虚假宣传。", True),
        ("同行都在夸大宣传，我们只卖真货，全场包邮，拍下立发，先到先得。", False),
        # a denial of another verb between the party and the cue denies nothing (A3)
        ("主播拒绝退款还夸大宣传“全网最低价”，被消费者投诉。", True),
        ("商家从未取得资质却夸大宣传“全网最低价”，消费者投诉后退款。", True),
        # an instruction makes a denial the regulator's only as its subject or to a party, in
        # the cue's clause (B2)
        ("响应市场监管局要求，拒绝夸大宣传，全场包邮，拍下立发。", False),
        ("应市场监管要求拒绝夸大宣传，全场包邮，拍下立发。", False),
        ("平台要求，杜绝夸大宣传，全场包邮，拍下立发。", False),
        ("各平台应督促主播远离夸大宣传“全网最低价”。", True),
        ("要求商家不做夸大宣传，“全网最低价”要有依据。", True),
        # a party's own denial (B3): 零, 何必, 用不着 deny too; 本主播 and 咱 are the shop
        ("主播推荐：零夸大宣传，全场包邮，拍下立发。", False),
        # fix 94 (review 36): only the old denial list or a shop self denies 夸大宣传
        ("主播推荐：用不着夸大宣传，全场包邮，拍下立发。", True),
        # fix 94 (review 36): 咱 is not the shop's self
        ("别家主播夸大宣传，咱实打实，全场包邮，拍下立发。", True),
        ("同行都在夸大宣传，本主播只卖真货，全场包邮，拍下立发，先到先得。", False),
    ],
)
def test_a_claim_cue_said_of_another_since_review35(text: str, warned: bool) -> None:
    assert warned is not any(
        f.rule == "ad.wording" for f in check(Post(title="通知", body=text)).findings
    )
