"""Fix 98s: red team 98's link and identifier patterns — an ad host after a mention's ``@``, a
Weibo status id after its label, 人民日报客户端's host — and the look-alikes beside them."""

from __future__ import annotations

from pathlib import Path

import pytest
from check_timing import grows_linearly

from govpub import Policy, Post, Source, check
from govpub.compliance.folding import fold
from govpub.compliance.links import mail_with_path, scan_links
from govpub.compliance.personal import labels

POLICY = Policy.default()
MID = "5123456789012346"  # a Weibo mid of 2025: 16 digits from 51, Luhn-valid by chance


def _rules(body: str) -> list[str]:
    return sorted(
        {f.rule for f in check(Post(title="关于做好有关工作的通知", body=body), POLICY).findings}
    )


def _fixed(body: str) -> str:
    return check(Post(title="关于做好有关工作的通知", body=body), POLICY).post.body


# -- ad-host-after-at: a host and a path where a mention's name stands -----------------------


@pytest.mark.parametrize(
    "body",
    [
        "转自@t.cn/A6xYz8kQ",
        "//@u.jd.com/Ab3dEf9:好物推荐",  # a repost hop's name
        "//@北京发布:转发 @t.cn/A6xYz8kQ",  # a later hop
        "转发 @t.cn/x",
        "转自＠t.cn/A6xYz8kQ",  # a full-width @
        "详见@s.click.taobao.com/t?e=1",
        "详见[中国政府网](https://www.gov.cn)。@t.cn/x",  # after a Markdown link, closed
        "@t.cn/A6xYz9k 点击领取",  # at the text's start, as before
    ],
)
def test_an_ad_host_with_a_path_after_a_mentions_at_is_stripped(body: str) -> None:
    assert ["ad.link_stripped"] == _rules(body)


def test_the_at_goes_with_the_address() -> None:
    assert "转自" == _fixed("转自@t.cn/A6xYz8kQ")
    assert "//:好物推荐" == _fixed("//@u.jd.com/Ab3dEf9:好物推荐")


@pytest.mark.parametrize(
    "body",
    [
        "转自@China.org",  # a mention: no path
        "转自@t.cn",  # an ad host's root, no path: a mention (a known limit)
        "转自@China.org/x",  # another site with a path: as a mail address's, no warning
        "转自@t.cn/电话",  # CJK text after the slash: no path
        "tougao@t.cn",  # a mail address at a shortener's domain opens no page
        "联系邮箱 kefu@t.cn。",
        "user@gov.cn",
        "@北京发布 @北京12345",
        "//@北京发布:今起全市供暖",
        "邮箱：abc@163.com/010-12345678",
    ],
)
def test_mentions_and_mail_addresses_stay_clean(body: str) -> None:
    assert [] == _rules(body)


def test_a_host_after_a_mentions_at_is_a_link_only_to_an_ad() -> None:
    text = "转自@China.org/x"
    [span] = scan_links(text)
    assert (span.url, span.start) == ("China.org/x", 2)
    assert mail_with_path(span, text)


@pytest.mark.parametrize("unit", ["转自@t.cn/x ", "转自@China.org", "@@t.cn/", "//@北京发布:@"])
def test_hosts_after_mentions_read_in_linear_time(unit: str) -> None:
    small = (unit * (8_000 // len(unit) + 1))[:8_000]
    large = (unit * (80_000 // len(unit) + 1))[:80_000]
    assert grows_linearly(small, large, within=0.05)


# -- weibo-mid-card: a Weibo status id after its label ----------------------------------------


@pytest.mark.parametrize(
    "body",
    [
        f"微博ID：{MID}",
        f"（mid：{MID}）",
        f"#微博辟谣# 原微博（mid：{MID}）系谣言，请勿传播",
        f"MID:{MID}",
        f"博文ID：{MID}",
        f"博文编号{MID}",  # (as before)
    ],
)
def test_a_weibo_mid_after_its_label_is_no_card(body: str) -> None:
    assert [] == _rules(body)


@pytest.mark.parametrize(
    ("body", "rules"),
    [
        (f"卡号：{MID}", ["personal.bank_card"]),
        (MID, ["personal.bank_card"]),
        (f"ID：{MID}", ["personal.bank_card"]),  # an id of anything: no Weibo status named
        (f"amid：{MID}", ["personal.bank_card"]),  # the mid of a word
        (f"pyramid {MID}", ["personal.bank_card"]),
        (f"middle {MID}", ["personal.bank_card"]),  # a word that starts with mid
        (f"微博ID：{MID} 手机13812345678", ["personal.mobile"]),  # the next number is read anew
        ("微博ID：110105199003071239", ["personal.id_number"]),  # a checked ID number, any label
    ],
)
def test_beside_a_weibo_mid_cards_and_phones_still_block(body: str, rules: list[str]) -> None:
    assert rules == _rules(body)


@pytest.mark.parametrize(
    ("words", "said"),
    [
        ("微博id：", "serial"),
        ("（mid：", "serial"),
        ("博文id ", "serial"),
        ("amid：", None),
        ("midway ", None),
    ],
)
def test_the_weibo_labels(words: str, said: str | None) -> None:
    folded = fold(words + MID).text
    assert said == labels.label_at(folded, len(folded) - len(MID))


# -- peopleapp-host: decided by the docs -----------------------------------------------------


def test_peopleapp_is_no_shipped_source() -> None:
    """人民日报客户端's host is not shipped: the references name neither the app nor its domain
    (人民网's people.com.cn is another unit's); the agency adds it, as docs/compliance.md says."""
    url = "https://wap.peopleapp.com/article/7612345/7456789"
    assert ["link.other_host"] == _rules(f"来源：人民日报客户端 {url}")
    assert not POLICY.allows_source(url)
    assert POLICY.allows_source("https://h.xinhuaxmt.com/vh512/share/11912345")
    reprint = Post(
        title="通知", body="今起全市供暖。", source=Source(name="人民日报客户端", url=url)
    )
    assert "source.not_allowed" in {f.rule for f in check(reprint, POLICY).findings}


def test_an_agency_adds_peopleapp(tmp_path: Path) -> None:
    section = {"sources": [{"name": "人民日报客户端", "domains": ["peopleapp.com"]}]}
    policy = Policy.from_mapping(section, base_dir=tmp_path)
    url = "https://wap.peopleapp.com/article/7612345/7456789"
    assert policy.allows_source(url)
    post = Post(title="通知", body=f"来源：人民日报客户端 {url}")
    assert () == check(post, policy).findings
