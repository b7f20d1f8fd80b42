"""What the text of a decoded code means: ``govpub.compliance.payloads.read_payload``."""

from __future__ import annotations

import pytest

from govpub import Policy
from govpub.compliance.payloads import code_rules, parse_code_rules, read_payload


@pytest.mark.parametrize(
    ("payload", "expected"),
    [
        # web links, judged by the policy on the host a browser opens
        ("https://s.click.taobao.com/t?e=x", [("ad", "s.click.taobao.com")]),
        ("https://m.tb.cn/h.5abc?tk=x", [("ad", "m.tb.cn")]),
        ("HTTPS://T.CN/A6XYZ", [("ad", "t.cn")]),
        ("https://www.gov.cn/zhengce/", [("allowed", "www.gov.cn")]),
        ("http://paper.people.com.cn/rmrb/", [("allowed", "paper.people.com.cn")]),
        ("https://www.example.com/x", [("other_host", "www.example.com")]),
        ("https://www.gov.cn@evil.example/", [("other_host", "evil.example")]),
        ("https://www.gov.cn.evil.example/", [("other_host", "www.gov.cn.evil.example")]),
        ("ftp://ftp.example.com/a", [("other_host", "ftp.example.com")]),
        # a bare host is opened by the scanners too
        ("m.tb.cn/h.5abc", [("ad", "m.tb.cn")]),
        ("s.click.taobao.com", [("ad", "s.click.taobao.com")]),
        ("www.gov.cn:8080/a", [("allowed", "www.gov.cn")]),
        ("www.example.com", [("other_host", "www.example.com")]),
        # payment codes
        ("wxp://f2f0abcdef", [("payment", "wxp:")]),
        ("WXP://F2F0ABCDEF", [("payment", "wxp:")]),
        ("weixin://wxpay/bizpayurl?pr=abc", [("payment", "weixin:")]),
        ("HTTPS://QR.ALIPAY.COM/FKX07101FYSJGTNCAPYW3", [("payment", "qr.alipay.com")]),
        ("https://qr.alipay.com/bax01234", [("payment", "qr.alipay.com")]),
        ("alipays://platformapi/startapp?appId=1", [("payment", "alipays:")]),
        ("alipayqr://platformapi/startapp?saId=10000007", [("payment", "alipayqr:")]),
        ("https://qr.95516.com/00010000/abc", [("payment", "qr.95516.com")]),
        # shopping apps are ads; other apps cannot be judged
        ("taobao://item.taobao.com/item.htm?id=1", [("ad", "taobao:")]),
        ("openapp.jdmobile://virtual?params=x", [("ad", "openapp.jdmobile:")]),
        ("weixin://dl/scan", [("app_link", "weixin:")]),
        ("weixin://dl/business/?appid=wx0000000000000000", [("app_link", "weixin:")]),
        ("weixin://dl/business/?t=x", [("ad", "weixin:")]),  # stripped from text too
        ("market://details?id=x", [("app_link", "market:")]),
        # what the text rules strip as an app's deep link is an ad in a code (red team 57)
        ("snssdk1128://aweme/detail/1", [("ad", "snssdk1128:")]),
        ("imeituan://www.meituan.com/x", [("ad", "imeituan:")]),
        ("intent://x#Intent;scheme=taobao;end", [("ad", "intent:")]),
        ("intent://x#Intent;scheme=weixin;end", [("app_link", "intent:")]),
        ("打开 pinduoduo://goods.html?id=1 领券", [("ad", "pinduoduo:")]),
        # harmless schemes say nothing by themselves; links inside them still count
        ("tel:12345", []),
        ("mailto:office@example.gov.cn", []),
        ("WIFI:S:gov;T:WPA;P:secret;;", []),
        ("MECARD:N:张三;URL:https://t.cn/abc;;", [("ad", "t.cn")]),
        ("BEGIN:VCARD\nURL:https://www.gov.cn/\nEND:VCARD", [("allowed", "www.gov.cn")]),
        # text: searched for links
        ("4006381333931", []),
        ("欢迎参加义务植树", []),
        ("Note: 1.5 million", []),
        ("关注我们 https://www.example.com/x 谢谢", [("other_host", "www.example.com")]),
        ("扫码领券 https://m.tb.cn/h.1 或 https://m.tb.cn/h.1", [("ad", "m.tb.cn")]),
    ],
)
def test_verdicts(payload: str, expected: list[tuple[str, str]]) -> None:
    links = read_payload(payload, Policy.default())
    assert expected == [(link.verdict, link.where) for link in links]


def test_the_post_own_host_is_allowed() -> None:
    link = "https://www.example-city.cn/a"
    assert "other_host" == read_payload(link, Policy.default())[0].verdict
    own = read_payload(link, Policy.default(), own_host="www.example-city.cn")
    assert "allowed" == own[0].verdict


def test_an_intent_is_named_by_the_app_it_opens() -> None:
    [link] = read_payload("intent://x#Intent;scheme=tmall;end", Policy.default())
    assert ("ad", "天猫 App") == (link.verdict, link.name)


def test_payment_rules_name_the_service() -> None:
    [link] = read_payload("HTTPS://QR.ALIPAY.COM/FKX0", Policy.default())
    assert "支付宝收款码" == link.name


def test_web_rules_match_at_label_boundaries() -> None:
    assert (
        "other_host" == read_payload("https://qr.alipay.com.example/x", Policy.default())[0].verdict
    )
    assert "other_host" == read_payload("https://xqr.alipay.com/x", Policy.default())[0].verdict


def test_shipped_rules_parse_and_cover_each_verdict() -> None:
    rules = code_rules()
    assert rules.knows_scheme("wxp")
    assert rules.knows_scheme("tel")
    assert not rules.knows_scheme("weixin-typo")


@pytest.mark.parametrize(
    ("row", "message"),
    [
        ("maybe,wxp,,,x,", "unknown verdict"),
        ("payment,,,,x,", "give a scheme or a host"),
        ("payment,,not a host!,,x,", "not a valid domain"),
    ],
)
def test_bad_rule_rows_name_the_line(row: str, message: str) -> None:
    with pytest.raises(ValueError, match=message) as info:
        parse_code_rules("verdict,scheme,host,path,name,note\n" + row + "\n", origin="x.csv")
    assert "x.csv, line 2" in str(info.value)
