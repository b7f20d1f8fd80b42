"""govpub.check as a whole: the result object, the rebuilt post, custom rules, exports."""

from __future__ import annotations

import dataclasses
import importlib
import json
from collections.abc import Callable, Iterable, Iterator
from importlib.metadata import EntryPoint
from pathlib import Path

import pytest

import govpub
import govpub.compliance
from govpub import CheckResult, Finding, Policy, PolicyError, Post, Source, check
from govpub.compliance import RULES
from govpub.compliance.custom import custom_rules

# ``govpub.compliance.check`` is also the function's name; reach the module itself
CHECK_MODULE = importlib.import_module("govpub.compliance.check")
CUSTOM_MODULE = importlib.import_module("govpub.compliance.custom")

MIXED = Post(
    id="p_test",
    title="关于植树的通知",
    body="我认为很好。[领取](https://t.cn/x)。电话13812345678。",
    source=Source(name="新华网", url="https://www.news.cn/a?utm_source=x"),
    overrides={"wechat": {"title": "植树", "url": "https://www.gov.cn/a?spm=1"}},
)


def test_result_shape() -> None:
    result = check(MIXED)
    assert isinstance(result, CheckResult)
    assert result.blocked
    groups = result.by_severity()
    assert ["block", "warn", "fixed"] == list(groups)
    assert [("personal.mobile", "body")] == [(f.rule, f.field) for f in groups["block"]]
    assert [("wording.opinion", "body")] == [(f.rule, f.field) for f in groups["warn"]]
    assert {
        ("link.tracking_removed", "source.url"),
        ("link.tracking_removed", "overrides.wechat.url"),
        ("ad.link_stripped", "body"),
    } == {(f.rule, f.field) for f in groups["fixed"]}
    assert {"block": 1, "warn": 1, "fixed": 3} == result.counts()


def test_result_post_is_the_post_to_send() -> None:
    result = check(MIXED)
    assert "p_test" == result.post.id
    assert "我认为很好。领取。电话13812345678。" == result.post.body
    assert "https://www.news.cn/a" == result.post.source.url  # type: ignore[union-attr]
    assert "https://www.gov.cn/a" == result.post.overrides["wechat"].url
    assert "植树" == result.post.overrides["wechat"].title
    assert MIXED.body != result.post.body  # the input is untouched
    assert result.post.digest() != MIXED.digest()


def test_a_link_stripped_from_an_override_is_gone_from_what_that_platform_gets() -> None:
    post = Post(
        title="关于春季招聘会的通知",
        body="招聘会定于3月举行。",
        tags=("招聘", "https://t.cn/A6xYz9"),
        overrides={
            "wechat": {"body": "报名：https://t.cn/A6xYz9 截止3月10日", "title": "t.cn/A6xYz9"},
            "weibo": {"text": "t。cn/A6xYz9"},
        },
    )
    result = check(post)
    assert {
        ("ad.link_stripped", "tags[1]"),
        ("ad.link_stripped", "overrides.wechat.body"),
        ("ad.link_stripped", "overrides.wechat.title"),
        ("ad.link_stripped", "overrides.weibo.text"),
    } == {(f.rule, f.field) for f in result.findings}
    sent = result.post
    assert "报名： 截止3月10日" == sent.overrides["wechat"].body
    # an emptied override is no override (the platform derives it from the post); an
    # emptied tag is no tag
    assert (None, None) == (sent.overrides["wechat"].title, sent.overrides["weibo"].text)
    assert ("招聘",) == sent.tags
    assert "t.cn" not in sent.canonical_content().decode()


def test_a_source_name_that_was_only_a_link_blocks() -> None:
    post = Post(title="通知", source=Source(name="t.cn/A6xYz9", url="https://www.gov.cn/a"))
    result = check(post)
    assert {("ad.link_stripped", "fixed"), ("source.missing_name", "block")} == {
        (f.rule, f.severity) for f in result.findings
    }
    assert {"source.name"} == {f.field for f in result.findings}


def test_clean_post_is_returned_as_is() -> None:
    post = Post(title="关于植树的通知", body="市政府组织开展义务植树活动。")
    result = check(post)
    assert (post, (), False) == (result.post, result.findings, result.blocked)


def test_frozen() -> None:
    result = check(MIXED)
    with pytest.raises(dataclasses.FrozenInstanceError):
        result.findings = ()  # type: ignore[misc]
    with pytest.raises(dataclasses.FrozenInstanceError):
        result.findings[0].severity = "warn"  # type: ignore[misc]


def test_to_dict_is_json() -> None:
    data = check(MIXED).to_dict()
    assert data == json.loads(json.dumps(data, ensure_ascii=False))
    assert {"post_id", "blocked", "digest", "source_list", "counts", "findings"} == set(data)
    assert {"rule", "severity", "message", "excerpt", "field", "offset"} == set(data["findings"][0])
    assert "2025" == data["source_list"]


def test_raise_for_blocked() -> None:
    with pytest.raises(PolicyError) as info:
        check(MIXED).raise_for_blocked()
    assert ["personal.mobile"] == [f.rule for f in info.value.findings]
    check(Post(title="好")).raise_for_blocked()  # nothing blocks: no error


def test_finding_validates_severity() -> None:
    with pytest.raises(ValueError, match="severity"):
        Finding("x.y", "error", "m")  # type: ignore[arg-type]


def test_every_rule_is_in_the_catalogue_and_the_docs() -> None:
    docs = (Path(__file__).parents[2] / "docs" / "compliance.md").read_text(encoding="utf-8")
    for rule in RULES:
        assert f"`{rule}`" in docs, rule


def test_public_names() -> None:
    for name in ("check", "CheckResult", "Finding", "Policy", "find_links", "strip_ad_links"):
        assert name in govpub.__all__
        assert getattr(govpub, name) is not None
    assert govpub.check is CHECK_MODULE.check


# -- custom rules (entry-point group govpub.rules) ----------------------------------


def no_weekend_word(post: Post, policy: Policy) -> Iterator[Finding]:
    """A custom rule as a plug-in package would write it."""
    if "周末" in post.body:
        yield Finding("agency.weekend", "warn", "提到周末：电话13812345678", excerpt="13812345678")


def broken_rule(post: Post, policy: Policy) -> Iterable[Finding]:
    raise RuntimeError("boom")


def wrong_type_rule(post: Post, policy: Policy) -> Iterable[Finding]:
    return ["not a finding"]  # type: ignore[list-item]


@pytest.fixture
def entry_points(monkeypatch: pytest.MonkeyPatch) -> Iterator[list[EntryPoint]]:
    points: list[EntryPoint] = []

    def fake(group: str) -> list[EntryPoint]:
        assert "govpub.rules" == group
        return points

    custom_rules.cache_clear()
    monkeypatch.setattr(CUSTOM_MODULE, "entry_points", fake)
    yield points
    custom_rules.cache_clear()


def _point(name: str, attr: str) -> EntryPoint:
    return EntryPoint(name, f"{__name__}:{attr}", "govpub.rules")


def test_custom_rule_runs_and_its_excerpt_is_masked(entry_points: list[EntryPoint]) -> None:
    entry_points.append(_point("weekend", "no_weekend_word"))
    result = check(Post(title="通知", body="周末植树"))
    assert [("agency.weekend", "warn", "138****5678")] == [
        (f.rule, f.severity, f.excerpt) for f in result.findings
    ]
    assert "13812345678" not in result.findings[0].message


def test_custom_rules_load_once(entry_points: list[EntryPoint]) -> None:
    entry_points.append(_point("weekend", "no_weekend_word"))
    first = custom_rules()
    entry_points.clear()
    assert first is custom_rules()


@pytest.mark.parametrize(
    "point",
    [
        EntryPoint("broken", f"{__name__}:broken_rule", "govpub.rules"),
        EntryPoint("wrong", f"{__name__}:wrong_type_rule", "govpub.rules"),
        EntryPoint("missing", "no_such_module_xyz:rule", "govpub.rules"),
    ],
)
def test_a_failing_custom_rule_blocks(entry_points: list[EntryPoint], point: EntryPoint) -> None:
    entry_points.append(point)
    result = check(Post(title="通知"))
    assert [("custom.error", "block")] == [(f.rule, f.severity) for f in result.findings]
    assert point.name in result.findings[0].message


def test_custom_severity_can_be_tightened(entry_points: list[EntryPoint], tmp_path: Path) -> None:
    entry_points.append(_point("weekend", "no_weekend_word"))
    policy = Policy.from_mapping({"severity": {"agency.weekend": "block"}}, base_dir=tmp_path)
    assert check(Post(title="通知", body="周末"), policy).blocked


@pytest.mark.parametrize(
    ("given", "hint"),
    [
        ("联系电话 13812345678", "govpub.Post(title=..., body=text)"),
        ({"title": "通知", "body": "正文"}, "Post.model_validate"),
        (Path("post.md"), "govpub.load_post(path)"),
    ],
)
def test_check_names_a_value_that_is_no_post(given: object, hint: str) -> None:
    with pytest.raises(TypeError) as raised:
        check(given)  # type: ignore[arg-type]
    assert f"takes a govpub.Post, not {type(given).__name__}" in str(raised.value)
    assert hint in str(raised.value)


def test_check_names_a_policy_that_is_no_policy() -> None:
    post = Post(title="通知", body="正文")
    with pytest.raises(TypeError, match=r"policy must be a govpub.Policy or None, not dict"):
        check(post, {"personal_data": "mask"})  # type: ignore[arg-type]


@pytest.mark.parametrize(
    "function", [govpub.find_links, govpub.strip_ad_links, govpub.compliance.mask_personal_data]
)
@pytest.mark.parametrize(
    ("given", "said"), [(None, "not NoneType"), (b"t.cn/x", "not bytes: decode")]
)
def test_a_text_function_names_a_value_that_is_no_str(
    function: Callable[[str], object], given: object, said: str
) -> None:
    with pytest.raises(TypeError, match=f"{function.__name__}\\(\\) takes a str, {said}"):
        function(given)  # type: ignore[arg-type]
