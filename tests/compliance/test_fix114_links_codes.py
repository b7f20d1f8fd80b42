"""Fix 114: red team 84's link and 淘口令 misses (K1, K2, S1, S2, P1, E1), and their twins."""

from __future__ import annotations

import pytest

from govpub import Policy, Post, check
from govpub.compliance.links import find_links

POLICY = Policy.default()


def _rules(body: str) -> list[str]:
    return sorted(
        {f.rule for f in check(Post(title="关于开展活动的通知", body=body), POLICY).findings}
    )


def _fixed(body: str) -> str:
    return check(Post(title="关于开展活动的通知", body=body), POLICY).post.body


@pytest.mark.parametrize(
    "body",
    [
        "【淘宝】复制￥AbCd1234EfG￥",  # K1: a shopping app's sign and 复制, no 打开<app>
        "【淘宝】复制(AbCd1234EfG)",
        "【京东】复制￥AbCd1234EfG￥",
        "【天猫】复制「AbCd1234EfG」领券",
        "点击【淘宝】复制/AbCd1234EfG/",
        "领取方式：/AbCd1234EfG/长按复制此条消息，打开淘宝APP",  # K2: a slash code after a colon
        "领取方式:/AbCd1234EfG/长按复制此条消息，打开淘宝APP",
    ],
)
def test_a_share_code_after_an_app_sign_or_a_colon_blocks(body: str) -> None:
    assert _rules(body) == ["ad.share_code"]


@pytest.mark.parametrize(
    "body",
    [
        "【通知】复制（2026）12号",  # no app sign, no code
        "请复制(ABC)到表格",  # no app sign
        "【通知】复制(AbCd1234EfG)到表格",  # a sign that names no app
        "【淘宝】复制型号（CZ3457AB12）查询",  # a labelled model number
        "【京东方】复制(AbCd1234EfG)",  # 京东方 is no shop
        "【淘宝村】建设经验值得复制推广。",
        "访问https://www.gov.cn/a/b/AbCd1234EfG/index.htm查看",  # a URL's path
        "时间：/AbCd1234EfG/",  # a slash token after a colon, no trigger
    ],
)
def test_the_look_alikes_of_an_app_sign_stay_clean(body: str) -> None:
    assert _rules(body) == []


@pytest.mark.parametrize(
    "body",
    [
        "报名入口-t . cn/A6xYz12b领取",  # S1: glued after a hyphen
        "报名入口-dwz点cn/Ab12Cd34",
        "报名链接．t点cn/A6xYz12b",  # …after a full-width full stop
        "报名链接.t·cn/A6xYz12b",  # …after an ASCII one
        "入口-u[.]jd[.]com/AbC12x",
        "入口-t.\ncn/A6xYz12b",
        "入口--t . cn/A6xYz12b",
    ],
)
def test_a_spelled_host_glued_after_a_hyphen_or_a_stop_blocks(body: str) -> None:
    assert _rules(body) == ["ad.spelled_link"]


@pytest.mark.parametrize(
    "body",
    [
        "见abc-t . cn/x",  # a label that holds the hyphen: abc-t.cn is no ad host
        "时间为3-5点30分。",
        "第2-3 . 5条规定",
        "阿卜杜-热合曼·买买提",
    ],
)
def test_a_hyphen_inside_a_label_or_in_prose_stays_clean(body: str) -> None:
    assert _rules(body) == []


@pytest.mark.parametrize(
    ("body", "fixed"),
    [
        ("入口-https%3A%2F%2Fb23.tv%2FYTndSBs", "入口-"),  # S2
        ("链接．https%3A%2F%2Ft.cn%2FA6aYYDVF，", "链接．，"),
        ("链接．_dwz.cn_/gIMncAPj领取", "链接．领取"),
        (  # P1: the scheme and the first slash encoded, the query raw
            "https%3A%2F%2Fmobile.yangkeduo.com%2Fgoods.html?goods_id=123456789&pid=8888_1234567",
            "",
        ),
        ("见https%3A%2F%2Fitem.taobao.com%2Fitem.htm?id=1&pid=mm_12_34_56。", "见。"),
        (  # E1: emphasis around the host, the pid after it
            "见_mobile.yangkeduo.com_/goods.html?goods_id=123456789&pid=8888_1234567领取",
            "见领取",
        ),
        ("见 _item.taobao.com_/item.htm?id=1&pid=mm_12_34_56 领取", "见  领取"),
        ("领取 _t.cn_/A6xYz9", "领取 "),  # the path goes with the host
    ],
)
def test_encoded_and_emphasised_ad_links_are_stripped_whole(body: str, fixed: str) -> None:
    assert _rules(body) == ["ad.link_stripped"]
    assert _fixed(body) == fixed


@pytest.mark.parametrize(
    ("text", "links"),
    [
        (
            "https%3A%2F%2Fmobile.yangkeduo.com%2Fgoods.html?goods_id=1&pid=8888_1",
            ["https://mobile.yangkeduo.com/goods.html?goods_id=1&pid=8888_1"],
        ),
        ("入口-https%3A%2F%2Fb23.tv%2FYTndSBs", ["https://b23.tv/YTndSBs"]),
        ("x-https%3A%2F%2Fb23.tv%2FYTndSBs", ["2Fb23.tv"]),  # a word's hyphen: no scheme
        (
            "_mobile.yangkeduo.com_/goods.html?pid=8888_1",
            ["mobile.yangkeduo.com/goods.html?pid=8888_1"],
        ),
        ("__t.cn__/x", ["t.cn__/x"]),  # (the fold reads a double underscore as bold)
        ("t.cn_/x", ["t.cn"]),  # no emphasis opened before the host
        ("见 _u.jd.com_ 领取", ["u.jd.com"]),
    ],
)
def test_the_addresses_read(text: str, links: list[str]) -> None:
    assert find_links(text) == links


@pytest.mark.parametrize(
    "body",
    [
        "https%3A%2F%2Fwww.gov.cn%2Fzhengce%2Findex.htm?id=1",
        "详见_www.gov.cn_/zwgk/index.htm?id=1。",
        "配置文件为_config.yml，脚本为snake_case.py和__init__.py。",
        "链接．https%3A%2F%2Fwww.gov.cn%2Fa",
    ],
)
def test_gov_links_so_written_stay_clean(body: str) -> None:
    assert _rules(body) == []
