"""Ad copy said in selling phrases (govpub.compliance.sales_cues)."""

from __future__ import annotations

import pytest

from govpub import Post, check
from govpub.compliance.case_reports import case_act
from govpub.compliance.folding import fold
from govpub.compliance.sales_cues import cue_anchors, find_sales_talk, trade_clauses


def _pitches(text: str) -> list[str]:
    folded = fold(text).text
    anchors = sorted(
        (at, at + len(word), word)
        for word in cue_anchors()
        for at in range(len(folded))
        if folded.startswith(word, at)
    )
    return [folded[start:end] for start, end, _, _ in find_sales_talk(folded, anchors)]


@pytest.mark.parametrize(
    "text",
    [
        "五常大米10斤装，全国包邮，拍下立发。",
        "招代理，一件代发，零库存零风险，月入过万不是梦。",
        "私信领取优惠券，名额有限，先到先得！",
        "扫码领券，全场满100减50。",
        "宝妈在家做微商，轻松月入三千，诚招合伙人。",
    ],
)
def test_two_selling_cues_in_a_sentence_are_a_pitch(text: str) -> None:
    """redteam42: the pitches no listed phrase holds."""
    assert _pitches(text)


@pytest.mark.parametrize(
    "text",
    [
        "国家邮政局表示，将推动解决偏远地区快递不包邮问题。",
        "市场监管部门提醒：部分微商销售“三无”产品，消费者购买时应索要发票。",
        "如有意见建议，可通过本公众号私信留言。",
        "市民扫码领券后，可在参与活动的商户使用。",
    ],
)
def test_one_selling_word_is_news_or_a_warning(text: str) -> None:
    assert not _pitches(text)


def test_a_sentence_gives_one_finding_and_a_listed_phrase_in_it_suffices() -> None:
    once = check(Post(title="通知", body="私信领取优惠券，全场包邮。"))
    assert ["ad.wording"] == [f.rule for f in once.findings]
    listed = check(Post(title="通知", body="私信领券，下单更优惠"))
    assert ["ad.wording"] == [f.rule for f in listed.findings]


def test_a_pitch_quoted_as_a_warning_is_not_reported() -> None:
    result = check(Post(title="通知", body="警惕“一件代发，月入过万”类招聘骗局。"))
    assert not result.findings


@pytest.mark.parametrize(
    "text",
    [
        "本店爆款限时抢购，手慢无！",
        "扫码购买茶叶礼盒，团购价88元一盒。",
        "秒杀！原价199元，现价59元，仅限今天。",  # the cry reads on into its pitch
    ],
)
def test_the_anchors_of_red_team_46_are_a_pitch(text: str) -> None:
    assert _pitches(text)


@pytest.mark.parametrize(
    "text",
    [
        "有的“秒杀”活动从未真正开放抢购，消费者抢到的多是优惠券。",  # quoted, denied
        "加强社区团购价格监管。",
        "受谣言影响，部分市民抢购食盐。",
    ],
)
def test_the_anchors_of_red_team_46_in_reports(text: str) -> None:
    assert not _pitches(text)


@pytest.mark.parametrize(
    ("text", "pitch"),
    [
        # a seller's promise to ship at once anchors its sentence (red team 72)
        ("爆款羽绒服清仓价99元，拍下立发，先到先得，手慢无！", True),
        ("典型案例：爆款羽绒服清仓价99元，拍下立发，先到先得，手慢无！", True),
        ("正品保障，拍下即发！", True),
        # one cue: a complaint's account of the promise
        ("商家承诺拍下立发，消费者等待半个月仍未收到货。", False),
        # reported with an order: after 宣称/承诺/号称/标注, or beside its failure (review 31
        # item 2)
        ("商家承诺拍下立发，消费者下单付款后仍未收到货。", False),
        ("被告宣称拍下立发，原告下单后被告逾期未发货。", False),
        ("店铺标注拍下即发，下单三天后仍没发货。", False),
        ("部分商家拍下立发只是说说，消费者下单后迟迟等不到货。", False),
        ("新品上市，拍下即发，下单立减20元", True),
        ("商家承诺拍下立发，消费者下单后迟迟未发货。本店现货，拍下立发，下单包邮。", True),
        # only a failure to ship after the anchor reports it; 逾期不候, 逾期恢复原价 are a
        # seller's urgency (review 33 item 2)
        ("零风险，月入过万，扫码购买，拍下立发，逾期不候，全场包邮。", True),
        ("宝妈优先，拍下即发，逾期恢复原价，私信领取", True),
        ("逾期未发货的投诉不少，本店拍下立发，下单包邮。", True),
        ("该店页面称拍下即发，消费者付款后迟迟未发货。", False),
        ("网店称拍下即发，下单后逾期仍未发货。", False),
    ],
)
def test_ship_at_once_anchors_a_reading(text: str, pitch: bool) -> None:
    found = check(Post(title="通知", body=text)).findings
    assert pitch is any(f.rule == "ad.wording" for f in found)


@pytest.mark.parametrize(
    ("text", "pitch"),
    [
        # the shop's own guarantee: no third party promised it (review 34 A1)
        ("爆款羽绒服清仓价99元，拍下立发，48小时未发货全额退款，先到先得。", True),
        ("拍下立发，绝不迟迟不发，全场包邮，先到先得。", True),
        ("本店承诺拍下立发，全场包邮，先到先得。", True),
        ("承诺拍下立发！全场包邮，先到先得。", True),
        # a third party's promise and a consumer's order after it: 拍下 and 下单 explained,
        # whatever the verb (review 34 B3); the rest of the sentence still counts
        ("商家宣传拍下立发，消费者下单后一周才收到货。", False),
        ("商家称拍下立发，消费者下单后却被告知缺货。", False),
        ("法院审理查明，被告在店铺首页标明拍下即发，原告下单后被告拖延发货二十日。", False),
        ("该店承诺拍下立发，消费者下单后未收到货，全场包邮，私信领券。", True),
        ("不少消费者向我们反映，商家承诺拍下立发，下单后迟迟未发货。", False),  # an office's 我们
    ],
)
def test_ship_at_once_is_reported_only_of_a_third_party(text: str, pitch: bool) -> None:
    found = check(Post(title="通知", body=text)).findings
    assert pitch is any(f.rule == "ad.wording" for f in found)


def test_a_bait_named_in_its_sentence_is_not_reported() -> None:
    text = "部分微商以“宝妈创业”“月入过万”为诱饵，骗取加盟费，请提高警惕。"
    assert _pitches(text)  # two cues: the reader finds them …
    assert not check(Post(title="通知", body=text)).findings  # … and 骗取 names them bait


@pytest.mark.parametrize(
    "text",
    [
        "疫情期间部分市民抢购口罩，各药店限时限量供应。",  # 限时 is government prose
        "本市第三批消费券将于周五10点开放抢购，限时三天。",  # the anchor is no cue of itself
    ],
)
def test_qianggou_with_xianshi_in_reports(text: str) -> None:
    """fix46: the anchor 抢购 and 限时 no longer make two cues by themselves."""
    assert not _pitches(text)


@pytest.mark.parametrize(
    "text",
    [
        "点击左下角小黄车下单。",  # a live stream's cart and one more cue
        "视频同款已上橱窗，点击橱窗即可购买。",
        "视频号小商店已上架，点击进店购买同款。",
        "点击视频左下角购物车，即可下单同款。",
    ],
)
def test_a_live_streams_cart_or_showcase_is_a_cue_of_its_own(text: str) -> None:
    """red team 62: the live-commerce call, one selling cue beside the place it sells in."""
    assert _pitches(text)


@pytest.mark.parametrize(
    "text",
    [
        "一辆小黄车（黄色出租车）在路口与电动车相撞。",  # the place alone
        "博物馆展厅橱窗内陈列着汉代铜镜。",
        "视频号小商店、快手小店等平台内经营者应当依法公示营业执照信息。",
    ],
)
def test_a_live_streams_cart_or_showcase_alone_is_news(text: str) -> None:
    assert not _pitches(text)


def test_a_live_call_reported_by_market_supervision_is_not_reported() -> None:
    """The sentence holds a warning cue (诱导, 查处): the call is the offence it reports."""
    text = "部分主播诱导消费者点击小黄车下单购买“三无”产品，市场监管部门已依法立案查处。"
    assert not check(Post(title="通知", body=text)).findings


@pytest.mark.parametrize(
    "text",
    [
        "采购人登录政采云电子卖场，将所需商品加入购物车，确认无误后下单。",  # no call beside it
        "预算单位在网上超市选择商品加入购物车并提交订单，下单后供应商应在24小时内确认。",
        "本届直播电商节，“市长带货”直播间通过小黄车累计下单12万单，销售额3000万元。",
        "本次直播电商节期间，市民可通过购物车下单，累计下单金额超3亿元。",
        "本次活动共有2000家视频号小商店参与，直播间秒杀活动累计成交5亿元。",  # a report
        "点击左下角小黄车下单的订单已达3万单。",  # orders counted
    ],
)
def test_a_live_anchor_without_a_call_or_in_a_report_is_news(text: str) -> None:
    """A review of red team 62: a cart counts as a cue only beside a call to press it
    (点击, 左下角, 链接…), and a sentence of sales figures (累计, 成交, 销售额, 12万单) is a
    report."""
    assert not _pitches(text)


def test_a_sentence_read_already_is_not_read_again() -> None:
    """An anchor inside a sentence read already is skipped: one reading, one finding."""
    assert _pitches("点击小黄车下单，小黄车链接拍下立减，橱窗同款包邮。") == ["小黄车"]


def test_a_decoy_anchor_does_not_hide_the_pitch_after_it() -> None:
    """The final review (fix63): an anchor inside a sentence read already, whose own window
    reaches beyond it, is read once more (the first 小黄车 read no call; the second stands
    beside 点击左下角 and 拍下)."""
    text = (
        "小黄车今天我们直播间的宝宝们真的是福利满满的一天大家一定不要错过哦"
        "点击左下角小黄车今天这个价格真的是太划算了大家赶紧拍下"
    )
    assert _pitches(text) == ["小黄车"]


@pytest.mark.parametrize(
    "text",
    [
        "前100单包邮，拍下立发",
        "今晚8点秒杀，前1000单包邮，拍下立发",
        "团购专享价，成交即包邮，拍下立发",
    ],
)
def test_an_offer_of_orders_or_a_deal_is_no_sales_report(text: str) -> None:
    """The final review (fix63): sales figures make a report only beside a live anchor, and
    前100单 is an offer, not a count."""
    assert _pitches(text)


@pytest.mark.parametrize(
    "text",
    [
        "无抵押，免担保，当天放款，额度最高20万，黑户也能下款！",
        "稳赚不赔，年化收益15%，名额有限，先到先得！",
        "祖传秘方，包治百病，三天见效，无效退款",
        "包过！内部押题，考前泄题，不过全额退款",
        "代开发票，办证刻章，各类证件均可代办",
        "线上娱乐城，百家乐，首充送88，日赚千元",
        "游戏代练，包上王者，低价充值",
        "刷单兼职，日结300，宝妈学生均可",
        "高价回收购物卡、手机、黄金，上门回收",
    ],
)
def test_two_of_a_trades_words_are_a_pitch(text: str) -> None:
    """redteam65: the other trades' ad copy with no link and no contact."""
    assert _pitches(text)


@pytest.mark.parametrize(
    "text",
    [
        "切勿参与网络赌博，百家乐、六合彩等均属违法赌博活动。",
        "警方破获一起网络赌博案，该团伙搭建“线上娱乐城”平台，以百家乐等形式组织赌博。",
        "某直播间宣称“包过”“保录取”，被市场监管部门约谈。",
        "符合条件的高校毕业生可申请创业担保贷款，免担保、免抵押，最快当天放款。",
        "税务部门提醒：代开发票、虚开发票属于违法犯罪行为。",
    ],
)
def test_a_trades_word_alone_or_in_a_case_is_news(text: str) -> None:
    """redteam65: one trade word is news; police and market-supervision cases name two."""
    assert not _pitches(text)


def test_a_trades_pitch_quoted_in_a_warning_is_not_reported() -> None:
    """redteam65: 金融监管 quotes the ad's words beside 警惕."""
    post = Post(title="提示", body="凡是承诺“年化15%”“稳赚不赔”的理财产品，都要提高警惕。")
    assert not check(post).findings


# -- review 14 of red team 65's fixes ------------------------------------------------------


def _body(text: str, title: str = "通知") -> list[str]:
    return [f.excerpt for f in check(Post(title=title, body=text)).findings]


@pytest.mark.parametrize(
    "text",
    [
        "严禁任何单位和个人代开发票、代办证件。",
        "小学生沉迷手机游戏，有的花钱找人代练上分。",
        "电影《赌城风云》讲述了澳门娱乐城里百家乐赌桌旁的故事。",
    ],
)
def test_a_trades_words_in_one_clause_are_news(text: str) -> None:
    """review 14: news names a case's words in one clause (、, 代练上分); ad copy cries each
    in a clause of its own."""
    assert not _pitches(text)


@pytest.mark.parametrize(
    ("sentence", "gaps", "clauses"),
    [
        ("代开发票，办证刻章", (), 2),
        ("代开发票、办证刻章等行为", (), 1),
        ("找人代练上分", (), 1),
        ("考前泄题包过", (4,), 2),  # (考前泄题 包过: the space folded away)
        ("娱乐城百家乐", (3,), 2),
    ],
)
def test_a_trades_words_count_by_their_clauses(
    sentence: str, gaps: tuple[int, ...], clauses: int
) -> None:
    """review 14: a clause ends at a mark other than 、 or where a space was folded away."""
    assert trade_clauses(sentence, gaps) == clauses


def test_a_folded_space_parts_a_trades_clauses() -> None:
    """review 14: 考前泄题 包过 are two clauses of ad copy though the fold joins them."""
    assert _body("考前泄题 包过 名额有限")


@pytest.mark.parametrize(
    "text",
    [
        "全市开展专项整治，严厉打击代开发票、办证刻章等行为。",
        "退役军人事务局提醒：部分游戏代练、低价充值平台存在风险。",
        "助农贷款秒批秒到账，最快当天放款，请联系客户经理。",
        "本次以旧换新活动，由企业高价回收旧家电并上门回收，市民可拨打热线12345。",
    ],
)
def test_a_regulators_or_a_services_trade_words_are_no_pitch(text: str) -> None:
    """review 14: 严禁, 打击, 提醒 regulate; 客户经理, 以旧换新 name a public service."""
    assert not _body(text)


@pytest.mark.parametrize(
    "text",
    [
        "不看征信，黑户秒批，当天放款",
        "保过保录取，考前押题泄题，名额有限",
        "日赚500，手机兼职，在家兼职，名额有限先到先得",
    ],
)
def test_loan_exam_and_job_words_anchor_a_pitch(text: str) -> None:
    """review 14: 放款, 秒批, 保过, 保录取, 泄题, 日赚 start a reading."""
    assert _pitches(text)


@pytest.mark.parametrize(
    ("title", "text"),
    [
        ("警惕刷单返利诈骗", "刷单返利，日赚300元，先垫付后返利。"),
        ("通知", "以下情形均为诈骗：\n1.刷单返利，日赚300元；\n2.无抵押，当天放款，秒到账。"),
        ("通知", "警惕！这些都是诈骗套路。\n“刷单兼职，日赚500”\n“不看征信，秒到账”"),
        ("通知", "识别网贷陷阱：\n1. 不看征信，黑户秒批；\n2. 当天放款，先交保证金。"),
    ],
)
def test_a_warning_lead_or_title_covers_the_lines_under_it(title: str, text: str) -> None:
    """review 14: a title or a lead that warns lists the scam's words under it."""
    assert not _body(text, title)


def test_a_blank_line_ends_a_warning_leads_cover() -> None:
    """review 14: the lead covers its own block only."""
    assert _body("警惕！这些都是诈骗套路。\n\n刷单兼职，日赚500，名额有限先到先得")


@pytest.mark.parametrize(
    ("title", "text"),
    [
        ("谨防诈骗", "秒到账，稳赚不赔，私信领取，全场包邮。"),
        ("通知", "远离套路，正规平台：\n秒到账，稳赚不赔，私信领取，全场包邮，拍下立发。"),
        ("通知", "本店福利来啦\n谨防上当：\n秒到账，稳赚不赔，私信领取，全场包邮。"),
    ],
)
def test_a_warning_explains_only_the_trades_words(title: str, text: str) -> None:
    """review 16: under a warning title or lead the other cues still count; only the block's
    first line leads."""
    assert _body(text, title)


@pytest.mark.parametrize(
    "text",
    [
        "温馨提醒：全场包邮，拍下立发，私信领取，秒到账。",
        "规范经营，稳赚不赔，全场包邮，拍下立发。",
        "打击低价，全场包邮，拍下立发，刷单有礼。",
    ],
)
def test_a_report_explains_only_the_trades_words(text: str) -> None:
    """review 16: a regulator's word zeroes the trade's count, never the other cues."""
    assert _body(text)


def test_a_report_explains_what_it_quotes() -> None:
    """red team 66, review 16: the words a case report quotes are the case's."""
    assert not _body("当事人宣称产品“包治百病”，并反复引导观众“点击左下角小黄车下单”“买二送一”。")


@pytest.mark.parametrize(
    ("text", "sells"),
    [
        ("淘宝搜索“国补”，立即下单，扫码购买。", True),
        ("京东搜索“以旧换新”，领券下单，立减300元。", True),
        ("京东搜索“以旧换新”，领券后下单购买。", False),
        ("典型案例：全场包邮，拍下立发，私信领取优惠券。", True),
        ("典型案例：消费者王某看到“全场包邮，拍下立发”的广告，被骗3000元。", False),
        ("限时福利：“全场包邮，拍下立发”。警惕低价劣质，选我们没错。", True),
        ("常见话术：“全场包邮，拍下立发”。凡是此类承诺都是诈骗。", False),
    ],
)
def test_a_search_a_case_or_a_label_explains_only_its_own_words(text: str, sells: bool) -> None:
    """review 16: a programme search explains the guide's exact words, 典型案例 a case's, a
    label of quotations the quoted words where fraud is said of them."""
    assert bool(_body(text)) is sells


@pytest.mark.parametrize(
    ("text", "title", "sells"),
    [
        ("骗子常用话术如下\n1.刷单返利：零风险，月入过万，佣金秒到账；", "警惕刷单返利诈骗", False),
        ("以下均为刷单诈骗常见话术：\n1.刷单返利：零风险，月入过万，佣金秒到账；", "通知", False),
        ("以下均为刷单诈骗常见话术：\n1.刷单返利：零风险，私信领取，全场包邮；", "通知", True),
        (
            "国家安全教育日\n近期刷单类案件多发，请注意识别以下套路：\n1.刷单返利，秒到账；",
            "通知",
            False,
        ),
        ("本店福利来啦\n以下优惠请查收：\n1.秒到账，私信领取，全场包邮；", "通知", True),
        ("本店福利来啦\n谨防上当：\n秒到账，稳赚不赔，私信领取，全场包邮。", "通知", True),
    ],
)
def test_a_warning_explains_the_trades_words_and_claims(text: str, title: str, sells: bool) -> None:
    """review 17: under a warning the scam's claims (零风险, 月入) count no more than its trade
    words; calls to act or buy still do; a lead with 以下/如下 on a later line of the block
    leads the list below it."""
    assert bool(_body(text, title)) is sells


@pytest.mark.parametrize(
    ("text", "sells"),
    [
        ("典型案例：某网店以刷单方式虚增销量，秒到账返现。", False),
        ("某网店以刷单方式虚增销量，承诺秒到账返现。", False),
        ("该公司以刷单方式炒作信誉，返现秒到账。", False),
        ("刷单返现，秒到账，私信领取！", True),
        ("典型案例：秒到账返现，私信领取，全场包邮，拍下立发！", True),
    ],
)
def test_a_third_party_doer_tells_a_case(text: str, sells: bool) -> None:
    """review 17: 某网店, 该公司 name another's conduct; an ad never names its seller so."""
    assert bool(_body(text)) is sells


@pytest.mark.parametrize(
    ("text", "title", "sells"),
    [
        ("典型案例：本公司正品好货，全场包邮，拍下立发。", "通知", True),
        ("典型案例：某宝妈跟着我做，月入过万，私信领取。", "通知", True),
        ("典型案例：某商家以刷单方式虚增销量，承诺秒到账返现。", "通知", False),
        ("零风险，月入过万，宝妈优先，刷单返利，私信领取。", "谨防上当", True),
        ("1.刷单返利：零风险，月入过万，佣金秒到账；", "警惕刷单返利诈骗", False),
        (
            "本店福利来啦\n谨防假货，以下为正品：\n1.刷单返利，零风险，月入过万，私信领取；",
            "通知",
            True,
        ),
        ("反诈课堂\n骗子常用话术如下：\n1.刷单返利，零风险，月入过万；", "通知", False),
        ("某店铺刷单返利，秒到账，私信领取。", "通知", True),
        ("该商家刷单返利，秒到账，扫码进群。", "通知", True),
        ("某店铺组织刷单虚增销量，承诺秒到账返现。", "通知", False),
    ],
)
def test_an_exemption_subtracts_only_what_it_explains(text: str, title: str, sells: bool) -> None:
    """Review 18: a case needs a case's word or a third party as doer (not 某宝妈, 本公司); a
    warning explains the claims only where nothing calls; a 以下/如下 lead must announce a
    scam; a third party reports a case only where the sentence calls no reader."""
    assert bool(_body(text, title)) is sells


@pytest.mark.parametrize(
    ("text", "title", "sells"),
    [
        ("典型案例：某网店正品好货，全场包邮，拍下立发。", "通知", True),
        ("典型案例：被粉丝疯抢，正品好货，全场包邮，拍下立发。", "通知", True),
        ("典型案例：某科技公司推出“刷单返利、秒到账”活动，零风险，月入过万。", "通知", False),
        ("典型案例：王某在网上看到“刷单返利…”的信息，零风险，月入过万。", "通知", False),
        ("典型案例：李某通过网上“刷单返利”广告，被骗5万元，私信领取。", "通知", False),
        (
            "各位居民：\n近期电诈高发。\n请警惕以下情形：\n1.刷单返利，日赚300元，佣金秒到账；",
            "通知",
            False,
        ),
        ("谨防假货，以下为本店正品渠道：\n1.全场包邮，拍下立发；", "通知", True),
    ],
)
def test_a_case_is_told_by_its_act_or_by_a_party_with_no_call(
    text: str, title: str, sells: bool
) -> None:
    """Review 19: after 典型案例 a case's act (被…骗, 查处) tells a case; a party (某…, …公司,
    某网店) only where nothing calls the reader; a 以下/如下 lead announces a scam in more words
    (情形, 手法, 违法行为)."""
    assert bool(_body(text, title)) is sells


@pytest.mark.parametrize(
    ("text", "title", "sells"),
    [
        ("家长看到“包过，保录取”的宣传后转账8万元。", "通知", False),
        ("市民看到“代开发票，秒到账”的小广告后联系对方。", "通知", False),
        ("典型案例：某网店正品好货，零投诉，全场包邮，拍下立发。", "通知", True),
        ("典型案例：某网店从未被处罚，全场包邮，拍下立发。", "通知", True),
        ("典型案例：某网店正品好货，全场包邮，拍下立发，受害者请联系。", "通知", True),
        (
            "各位居民：\n近期网络赌博案件高发。\n请留意以下特征：\n1.百家乐，彩金秒到账；",
            "通知",
            False,
        ),
        ("本店福利来啦\n谨防上当，以下情形包过：\n1.包过，保录取，内部名额；", "通知", True),
        ("网络安全宣传周\n如下刷单诈骗手法请大家警惕：\n1.刷单返利，佣金秒到账；", "通知", False),
    ],
)
def test_an_exemption_never_vetoes_the_sentence(text: str, title: str, sells: bool) -> None:
    """Review 20: a victim's quoted pitch (看到“…”的宣传) is reported; a denied act (零投诉,
    从未被处罚) or 受害者请联系 tells no case; a 以下 line leads a warning's list where it or a
    line above warns, never where it holds a seller's word (正品, 本店) or a trade's own."""
    assert bool(_body(text, title)) is sells


@pytest.mark.parametrize(
    "text",
    [
        "看到“刷单返利，日赚500”的广告请立即报警。",
        "收到“不看征信，秒到账”的短信请立即拨打96110咨询。",
        "看到“包过，保录取，内部名额”的广告请及时向教育部门举报。",
        "收到“低息放款，秒到账”的短信，请不要相信，请拨打110报警。",
        "收到“不看征信，秒到账”的短信千万别信。",
        "轻信“包过，保录取”的承诺，往往人财两空。",
        "家长收到“包过，保录取”的短信请及时向教育部门反映。",
    ],
)
def test_a_quoted_pitch_the_agency_tells_readers_about_is_reported(text: str) -> None:
    """Review 22: a quoted pitch is reported unless a seller's call follows it; 请…报警, 咨询,
    举报 and 别信 are the agency's, not a call."""
    assert not _body(text)


@pytest.mark.parametrize(
    "text",
    [
        "收到“正品保障，零风险，月入过万”的短信请私信客服领取。",
        "“全场包邮，拍下立发，零风险”的广告就在这里，私信领取",
        "收到“秒到账，不看征信”的短信，请加微信办理。",
    ],
)
def test_a_quoted_pitch_with_a_sellers_call_after_it_still_sells(text: str) -> None:
    """Review 21: the seller's own quotation, a call after it."""
    assert _body(text)


@pytest.mark.parametrize(
    ("after", "told"),
    [
        # a seller's denial anywhere in the act's clause, or 拒绝/免/杜绝/欢迎 before it, or
        # 全无/为0/为〇 after it (review 22 item 2)
        ("：某网店，从来没有收到过投诉，", False),
        ("：某网店，未曾被任何部门处罚过，", False),
        ("：某网店，拒绝投诉，", False),
        ("：某网店，免投诉，", False),
        ("：某网店，杜绝投诉，", False),
        ("：某网店，投诉全无，", False),
        ("：某主播，投诉量为0，", False),
        ("：某主播，处罚记录为〇，", False),
        ("：该公司，欢迎投诉监督，", False),
        ("：某店铺，从未因质量问题被处罚，", False),
        # a negation that belongs to another word: a licence it lacks, a word of its own
        # before 被/遭/引发, or no negation at all (不少, 无数, 不久, 不慎, 不法)
        ("：某网店，无证经营被处罚，", True),
        ("：某网店，没有许可证被处罚，", True),
        ("：某网店，无资质被投诉，", True),
        ("：某网店，因无证经营涉嫌违法，", True),
        ("：某网店，不少消费者投诉，", True),
        ("：某网店，无数消费者投诉，", True),
        ("：某网店，不久即被投诉，", True),
        ("：某网店，不法商家被处罚，", True),
        ("：某网店，不发货被投诉，", True),
        ("：某网店，拒不退款引发消费者投诉，", True),
        ("：某零售店，零售店被处罚，", True),
    ],
)
def test_a_case_act_is_denied_only_by_a_negation_of_its_own(after: str, told: bool) -> None:
    """Review 22: a negation anywhere before the act in its clause denies it (从来没有收到过
    投诉), unless it negates another word (无证经营被处罚, 不发货被投诉, 不少消费者)."""
    assert case_act(after) is told


@pytest.mark.parametrize(
    ("after", "told"),
    [
        # the negation of a reason's verb: after 因/由于, or before 后/便/遂/就/才/而 and the
        # act, or 无法/无果/不满 (review 23 item 4)
        ("：李先生转账，因无法提现向12315投诉。", True),
        ("：王女士转账，因未收到返利投诉。", True),
        ("：李先生转账，不久发现没有返利便投诉至12315。", True),
        ("：赵女士由于未能提现向消协投诉。", True),
        ("：陈先生一直没拿到返利就投诉。", True),
        ("：刘女士不满退款结果投诉至12315。", True),
        ("：消费者协商无果后投诉。", True),
        # the act's own denial still denies, 因 before it or not
        ("：本店因诚信经营从未被投诉，", False),
        ("：本店因没有收到过任何投诉被评为诚信店，", False),
        ("：本店因无投诉被评为诚信店，", False),
        ("：本店因无投诉处罚记录被评为诚信店，", False),
        ("：本店从没有人向我们投诉过，", False),
        ("：本店没有售后投诉，", False),
        ("：本店欢迎向12315投诉，", False),
        ("：本店不怕顾客向12315投诉，", False),
        # 不少/无数 tell a case only with a case party or the act's object (review 23 item 5)
        ("：不少宝妈投诉“加微信领取福利，日赚300元”太好赚！", False),
        ("：无数宝妈投诉，", False),
        ("：不少宝妈向12315投诉，", True),
        ("：不少学员被同行投诉，", True),
        ("：不少消费者投诉，", True),
        ("：不少宝妈投诉某公司，", True),
    ],
)
def test_a_negation_of_the_acts_reason_tells_the_act(after: str, told: bool) -> None:
    """Review 23: a negation denies the act only when it negates that act; one of the
    reason's verb (因无法提现向12315投诉) tells it, and 不少 is no case on its own."""
    assert case_act(after) is told


@pytest.mark.parametrize(
    ("after", "told"),
    [
        # 不少/无数 with the seller's self as the act's object: a boast (review 24 item 4)
        ("：无数商家投诉我们价格太低，", False),
        ("：不少宝妈向我们投诉太好赚了，", False),
        ("：不少宝妈向客服投诉“日赚300元”太好赚，", False),
        ("：不少同行公司投诉我们价格太低，", False),
        # a count of none after the act, or a negation then a count word before it
        ("：因不满意投诉的一个也没有，", False),
        ("：没有一位顾客用后投诉，", False),
        # a 人 after the negation skips the reason check only when the act follows at once
        ("：刘先生始终无人回复才投诉，", True),
        ("：消费者拨打客服电话无人接听后向12315投诉，", True),
        ("：本店无人投诉，", False),
        # still cases
        ("：不少消费者向平台投诉，", True),
        ("：无数消费者投诉某公司，", True),
    ],
)
def test_a_case_lead_explains_case_acts_not_a_sellers_boast(after: str, told: bool) -> None:
    """Review 24 items 4-5: 不少/无数 投诉我们 is a boast, 一个也没有 and 没有一位 deny the act,
    and 无人回复才投诉 tells it (无人投诉 does not)."""
    assert case_act(after) is told


@pytest.mark.parametrize(
    ("after", "told"),
    [
        # a complainant (市民, 消费者, 群众, 居民) makes 我们 an office's, no seller's boast
        ("：不少市民向我们投诉，", True),
        ("：无数消费者投诉我们12345热线。", True),
        ("：不少居民向我们投诉，", True),
        ("：不少顾客投诉我们发货太快，", False),
        ("：无数商家投诉我们价格太低，", False),
        ("：不少市民向本店投诉价格太低，", False),
        # 投诉我们 is an office's only with its channel after it; 向我们 with one who complains,
        # 家长, 网友, 游客 too (review 27 items 1-2)
        ("：无数市民投诉我们价格太低，", False),
        ("：不少消费者投诉我们服务太好，", False),
        ("：不少家长向我们投诉。", True),
        ("：不少游客向我们投诉，", True),
        ("：不少家长投诉太好赚！", False),
        # 一个也没有, 从未有过 deny only right after the act or its 的/率/量/记录
        ("：消费者投诉后商家一个也没有退款。", True),
        ("：消费者投诉后客服一个都没有回复。", True),
        ("：消费者投诉后商家从未有过回应。", True),
        ("：投诉一例也没有，", False),
        ("：开店三年投诉量一个也没有！", False),
        ("：投诉记录从未有过，", False),
        # ... and end the clause: 投诉从未有过回应 denies the reply (review 27 item 3)
        ("：消费者投诉从未有过回应。", True),
        ("：消费者投诉一个也没有得到处理。", True),
        ("：投诉的一个也没有，", False),
        # 为零, 全无 count anywhere after the act, as before
        ("：开店三年投诉率始终为零，", False),
    ],
)
def test_an_offices_we_and_another_verbs_none_tell_the_case(after: str, told: bool) -> None:
    """Review 25 items 2-3: 投诉我们 with a complainant is an office's case, and a count of
    none that belongs to another verb (投诉后商家一个也没有退款) denies no act."""
    assert case_act(after) is told


@pytest.mark.parametrize(
    ("after", "told"),
    [
        # an office's channel anywhere in the clause, after 的 too, or its bureau (review 28
        # item 2)
        ("：无数消费者拨打热线投诉我们。", True),
        ("：不少消费者投诉我们的12345热线。", True),
        ("：不少消费者投诉我们市场监管局。", True),
        ("：不少市民通过12315投诉我们。", True),
        ("：无数消费者投诉我们的价格太低，", False),
        # 我们平台, 我们中心, 我们部门 are a shop's words (item 3)
        ("：无数消费者投诉我们中心价格太低，", False),
        ("：无数消费者投诉我们平台价格太低，", False),
        ("：不少市民投诉我们部门服务太好，", False),
        ("：不少市民投诉我们12315热线。", True),
        # a count of none ends its clause through a particle, before , . ; ~ or a space (item 4)
        ("：顾客投诉一个也没有哦，", False),
        ("：顾客投诉一个也没有啦，", False),
        ("：顾客投诉一个也没有,全场包邮", False),
        ("：顾客投诉一例也没有呢~全场包邮", False),
        ("：顾客投诉一个也没有了 全场包邮", False),
        ("：消费者投诉从未有过回应。", True),
        ("：消费者投诉一个也没有了结。", True),
        # the complainant is who speaks to 向我们 (not 老人机), and 向我们投诉 a low price is a
        # boast (item 5)
        ("：无数同行向我们投诉老人机价格太低，", False),
        ("：不少网友向我们投诉价格太低，", False),
        ("：不少家长向我们投诉价格太便宜，", False),
        ("：不少老人朋友们向我们投诉。", True),
        ("：不少网友向我们投诉。", True),
        ("：不少市民纷纷向我们投诉，", True),
        ("：不少市民向我们投诉价格欺诈，", True),
    ],
)
def test_an_offices_channel_and_complainant_are_its_own(after: str, told: bool) -> None:
    """Review 28 items 2-5: an office's channel anywhere in its clause (拨打热线投诉我们), not a
    shop's 我们中心; a count of none through a particle (一个也没有哦，); the complainant right
    before 向我们, and a price boast after it a seller's."""
    assert case_act(after) is told


@pytest.mark.parametrize(
    ("after", "told"),
    [
        # a shop's own line is no office's: its channel only before 投诉我们 or right after
        # it (的 between), 12345/12315 only as whole numbers (review 30 item 1)
        ("：无数消费者投诉我们订购热线总是占线，", False),
        ("：无数消费者投诉我们客服电话4001234567打不通，", False),
        ("：无数消费者投诉我们美容院的预约窗口太难约，", False),
        ("：不少消费者投诉我们直播间窗口秒空，", False),
        ("：不少市民投诉我们售后热线从不接听，", False),
        ("：不少市民拨打12345热线投诉我们。", True),
        ("：无数消费者打爆订购热线投诉我们，", False),
        ("：无数消费者在直播间窗口投诉我们，", False),
        ("：无数消费者拨打4001234567投诉我们，", False),
        ("：无数消费者拨打热线投诉我们。", True),
        ("：不少消费者投诉我们的12345热线。", True),
        ("：不少市民投诉我们12315热线。", True),
        ("：不少消费者投诉我们市场监管局。", True),
        # a complaint about the seller is no self-praise: 不太好, 太低 but of the price
        # (review 30 item 2)
        ("：不少消费者向我们投诉商家退款金额太低。", True),
        ("：不少消费者向我们投诉该店商品效果不太好。", True),
        ("：不少家长向我们投诉该店押金退还比例太低。", True),
        ("：不少网友向我们投诉价格太低，", False),
        ("：不少网友向我们投诉价钱太低，", False),
        ("：不少家长向我们投诉价格太便宜，", False),
        ("：不少消费者投诉我们服务太好，", False),
        # a negation up to three characters before 太 is a complaint (review 33 item 4)
        ("：不少消费者向我们投诉该店服务态度不是太好。", True),
        ("：不少消费者向我们投诉该店商品质量不怎么太好。", True),
        ("：不少消费者向我们投诉该店售后没那么太好。", True),
        ("：不少消费者向我们投诉该店客服不算太好。", True),
        ("：不少消费者投诉我们东西实在太好用，", False),
        # a run of fillers between the complainant and 向我们, from a closed list (review 30
        # item 3); none after a word that is no complainant (老人机同行)
        ("：不少消费者反复向我们投诉。", True),
        ("：不少消费者近期向我们投诉。", True),
        ("：不少游客多次致电向我们投诉。", True),
        ("：不少消费者通过热线向我们投诉。", True),
        ("：不少市民近日纷纷通过12315热线向我们投诉。", True),
        ("：不少老人机同行反复向我们投诉，", False),
        ("：无数同行向我们投诉老人机价格太低，", False),
        ("：不少宝妈近期向我们投诉太好赚了，", False),
    ],
)
def test_an_offices_channel_fillers_and_complaints_of_the_seller(after: str, told: bool) -> None:
    """Review 30: a shop's own line (订购热线, 客服电话4001234567) makes no office; 不太好 and a
    refund 太低 are complaints, no boast; fillers (反复, 多次致电, 通过热线) may stand before
    向我们."""
    assert case_act(after) is told


def test_the_lines_above_a_lead_are_judged_once_per_reading(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    """Review 22 item 5: each line above a 以下 lead is judged once per reading of a field (review
    21), by a cache that lives for that reading only (an lru_cache keyed on the whole text
    held 256 texts alive)."""
    from govpub.compliance import trade_leads

    calls: list[tuple[int, int]] = []
    real = trade_leads.lead_warns

    def counted(folded: str, start: int, end: int) -> bool:
        calls.append((start, end))
        return real(folded, start, end)

    monkeypatch.setattr(trade_leads, "lead_warns", counted)
    notes = (f"第{n}条通知。" for n in range(12))
    lines = ["各位居民：", *notes, "近期我区电诈案件高发。", "请牢记以下几点："]
    text = fold("\n".join([*lines, *("1.刷单返利，秒到账；" for _ in range(10))])).text
    heads = [at + 1 for at, char in enumerate(text) if char == "\n" and text[at + 1] == "1"]
    leads = trade_leads.BlockLeads(text)
    assert all(leads.warned_above(head) for head in heads)
    assert len(calls) == len(set(calls)) <= len(lines)
    assert trade_leads.BlockLeads(text).warned_above(heads[0])
    assert len(calls) > len(set(calls))  # a new reading judges anew: nothing held between


@pytest.mark.parametrize(
    ("text", "sells"),
    [
        ("第二轮消费券今晚8点开抢，先到先得，领券后7日内有效。", False),
        ("家电消费券领券后下单即可立减，先到先得。", False),
        ("数字人民币红包明日开抢，先到先得，领券后可在全市商户使用。", False),
        ("汽车消费券领券后到4S店下单，先到先得。", False),
        # only the guide's words are explained: the other cues still count
        ("消费券领券后立即下单，先到先得。", True),
        ("国补叠加，领券下单，全场包邮。", True),
        # a shop's or a seller's word keeps them all
        ("本店支持消费券，领券下单，先到先得。", True),
        ("消费券可用，领券下单，私聊先到先得。", True),
        # no voucher named: nothing is explained
        ("领券下单，先到先得。", True),
        # a shop, a seller's self or a contact keeps them all; so does a further cue after
        # the call 领券下单, unless a guide's marker stands (review 24 item 3)
        ("本门店参与消费券活动，领券下单，先到先得。", True),
        ("小店支持消费券，领券下单，满100立减20。", True),
        ("直播间支持以旧换新，领券下单，立减500。", True),
        ("消费券领券下单，立减50元，微信号abc12345。", True),
        ("我司门店同步国家补贴，领券下单，先到先得，详询0571-88886666。", True),
        ("惠民券来了，领券下单更划算，手慢无！", True),
        ("消费券使用指南：领券后在指定商户下单，满100立减20，先到先得，领完即止。", False),
        (
            "以旧换新国家补贴申领流程：登录云闪付领券，在参与门店下单，立减15%，每人限领一次。",
            False,
        ),
        ("国补以旧换新活动中，消费者领券下单可立减，全场家电均可参与。", False),
        # 消费者/市民 mark a guide only as who takes the voucher (review 27 item 4)
        ("惠民券来了，领券下单更划算，消费者手慢无！", True),
        ("文旅券来了，领券下单超划算，市民朋友手慢无，先到先得！", True),
        ("惠民消费券今日发放，市民朋友均可申领，领券下单，先到先得。", False),
    ],
)
def test_a_public_voucher_explains_only_its_guides_words(text: str, sells: bool) -> None:
    """red team 68: a 消费券 notice says 领券 and 下单; a voucher subtracts those, never vetoes."""
    assert bool(_pitches(text)) is sells


@pytest.mark.parametrize(
    ("text", "pitch"),
    [
        # a party named with no reporting verb, or no consumer before the order: the shop's
        # own pitch; 立即下单 and 赶紧下单 still count (review 35 B1)
        ("主播推荐：拍下立发，立即下单后秒发。", True),
        ("网红同款，拍下立发，下单后24小时内发货。", True),
        ("卖家说了，拍下立发，下单后马上发。", True),
        ("卖家承诺拍下立发，下单后48小时内发货，全场包邮，先到先得。", True),
        ("本主播承诺拍下立发，赶紧下单后马上发货。", True),
        # a report: a party, a reporting verb, a consumer before the order; pronouns and an
        # office's 我们 too (review 35 A2, A4)
        ("典型案例：消费者称，其宣传拍下立发，下单后一周才收到货。", False),
        ("典型案例：消费者王某在某网店购物。对方宣传拍下立发，王某下单后一周才收到货。", False),
        ("我们接到投诉，商家宣传拍下立发，消费者下单后一周才收到货。", False),
        ("典型案例：商家宣传拍下立发，消费者下单后一周才收到货，消费者找到我们。", False),
        # fix 97 (review 38 A): a report explains the promise's own list too (拍下立发、全场
        # 包邮、先到先得), and 一周才收到货 is a failure to ship; the cues outside it still count
        ("典型案例：商家宣传拍下立发、全场包邮、先到先得，消费者下单后一周才收到货。", False),
        ("某网店在商品页面承诺拍下立发、全场包邮，实际发货周期长达15天。", False),
        ("投诉人称，商家承诺拍下立发、包邮，但其订购后商家以缺货为由拒不发货。", False),
        ("主播承诺拍下立发，网友放心下单，全场包邮。", True),
        # a self quoted is not the speaker's (review 38 B)
        (
            "消费者李女士投诉，某网店页面写明“本店承诺拍下立发，全场包邮”，其下单后一周未收到货。",
            False,
        ),
        ("本店承诺拍下立发，消费者下单后一周内发货，全场包邮。", True),
        # a page's words make a report only with a failure or a report's marker (review 38 D)
        ("页面写着拍下立发，网友下单就发，手慢无！", True),
        ("该款口播拍下立发，网友速速下单，手慢无。", True),
        ("被告在商品页面标明拍下即发、全国包邮，原告主张被告违约，法院予以支持。", False),
    ],
)
def test_ship_at_once_is_reported_with_a_verb_and_a_consumer(text: str, pitch: bool) -> None:
    found = check(Post(title="通知", body=text)).findings
    assert pitch is any(f.rule == "ad.wording" for f in found)
