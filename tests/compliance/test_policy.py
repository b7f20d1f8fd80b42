"""Policy configuration: what [policy] accepts, and errors that name the key."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from govpub import ConfigError, Matrix, Policy, Post, check


def test_from_toml_reads_the_policy_table(tmp_path: Path) -> None:
    (tmp_path / "terms.txt").write_text("违禁词\n", encoding="utf-8")
    config = tmp_path / "govpub.toml"
    config.write_text(
        """
[agency]
name = "某某市人民政府办公室"

[policy]
personal_data = "mask"
ad_hosts = ["ads.example.cn"]

[[policy.term_lists]]
path = "terms.txt"
severity = "block"

[policy.severity]
"wording.opinion" = "block"
""",
        encoding="utf-8",
    )
    policy = Policy.from_toml(config)
    assert "mask" == policy.personal_data
    assert policy.is_ad_link("https://ads.example.cn/x")
    result = check(Post(title="通知", body="我认为 违禁词"), policy)
    assert [("wording.opinion", "block"), ("terms.custom", "block")] == [
        (f.rule, f.severity) for f in result.findings
    ]
    # the same through the matrix, as the publisher builds it
    matrix = Matrix.from_toml(config)
    assert "mask" == Policy.from_matrix(matrix).personal_data


def test_no_policy_table_means_defaults(tmp_path: Path) -> None:
    config = tmp_path / "govpub.toml"
    config.write_text('[agency]\nname = "x"\n', encoding="utf-8")
    assert Policy.default() is Policy.from_toml(config)


ERRORS: list[tuple[dict[str, Any], str, str]] = [
    ({"personal_data": "hide"}, "policy.personal_data", "block"),
    ({"unknown_key": 1}, "policy.unknown_key", "unknown key"),
    (
        {"term_lists": [{"path": "a.txt"}, {"path": "missing.txt"}]},
        "policy.term_lists[1].path",
        "not found",
    ),
    ({"term_lists": [{"path": "a.txt", "severity": "fixed"}]}, "policy.term_lists[0].severity", ""),
    ({"term_lists": [{"path": "empty.txt"}]}, "policy.term_lists[0].path", "empty"),
    ({"term_lists": [{"path": "a.txt", "id": "Bad Id"}]}, "policy.term_lists[0].id", ""),
    (
        {"sources": [{"name": "某台", "domains": ["ok.cn", "not a domain"]}]},
        "policy.sources[0].domains[1]",
        "",
    ),
    ({"sources": [{"domains": ["ok.cn"]}]}, "policy.sources[0].name", ""),
    ({"ad_hosts": ["https://ads.example.cn/"]}, "policy.ad_hosts[0]", "bare domain"),
    ({"ad_filter_list": "nope.txt"}, "policy.ad_filter_list", "not found"),
    ({"source_list": "2016"}, "policy.source_list", "2025"),
    ({"source_list_file": "a.txt"}, "policy.source_list_version", ""),
    (
        {"source_list_file": "bad.csv", "source_list_version": "x"},
        "policy.source_list_file",
        "line 2",
    ),
    ({"severity": {"wording.opinion": "fixed"}}, "policy.severity.wording.opinion", "tighten"),
    ({"severity": {"personal.mobile": "warn"}}, "policy.severity.personal.mobile", "tighten"),
    ({"severity": {"nonsense": "block"}}, "policy.severity.nonsense", "rule id"),
]


@pytest.mark.parametrize(("section", "key", "words"), ERRORS)
def test_bad_config_names_the_key(
    tmp_path: Path, section: dict[str, Any], key: str, words: str
) -> None:
    (tmp_path / "a.txt").write_text("词\n", encoding="utf-8")
    (tmp_path / "empty.txt").write_text("# nothing\n", encoding="utf-8")
    (tmp_path / "bad.csv").write_text(
        "category,name,domains\nx,名,not a domain\n", encoding="utf-8"
    )
    with pytest.raises(ConfigError) as info:
        Policy.from_mapping(section, base_dir=tmp_path, file="govpub.toml")
    assert key == info.value.key
    assert words in info.value.reason
    assert "govpub.toml" == info.value.file


def test_tightening_is_allowed(tmp_path: Path) -> None:
    policy = Policy.from_mapping(
        {"severity": {"link.other_host": "block", "ad.link_stripped": "block"}}, base_dir=tmp_path
    )
    result = check(Post(title="通知", body="https://www.example.com/ https://t.cn/x"), policy)
    assert [("link.other_host", "block"), ("ad.link_stripped", "block")] == [
        (f.rule, f.severity) for f in result.findings
    ]
    assert "https://www.example.com/ " == result.post.body


def test_broken_toml_is_a_config_error(tmp_path: Path) -> None:
    config = tmp_path / "govpub.toml"
    config.write_text("[policy\n", encoding="utf-8")
    with pytest.raises(ConfigError, match="invalid TOML"):
        Policy.from_toml(config)
    with pytest.raises(ConfigError, match="not found"):
        Policy.from_toml(tmp_path / "missing.toml")


def test_policy_is_immutable() -> None:
    policy = Policy.default()
    with pytest.raises(AttributeError):
        policy.extra = 1  # type: ignore[attr-defined]


def test_policy_attributes_cannot_change() -> None:
    policy = Policy.default()
    with pytest.raises(AttributeError, match="immutable"):
        policy.personal_data = "mask"  # type: ignore[misc]
    with pytest.raises(AttributeError, match="immutable"):
        del policy.terms


def test_the_link_classifier_is_the_policys_and_as_immutable() -> None:
    # the checks ask policy.links; Policy's methods of the same names delegate to it
    policy = Policy.default()
    url = "https://s.click.taobao.com/t?e=1"
    assert "ad" == policy.links.classify_link(url) == policy.classify_link(url)
    assert policy.links.is_ad_link(url) is policy.is_ad_link(url) is True
    with pytest.raises(AttributeError, match="immutable"):
        policy.links = policy.links
    with pytest.raises(AttributeError, match="immutable"):
        policy.links._cache = {}


_FRESH = {"personal_data": "block"}  # not empty: a policy of its own, with empty caches
_SITES = ["https://", "http://", "ftp://", "HTTPS://", "", "//"]
_HOSTS = ["t.cn", "www.gov.cn", "s.click.taobao.com", "u.jd.com", "www.example.com", "a.b"]
_PATHS = ["/", "/x", "/t?e=1", "/a&#46;b", "/s?pid=mm_1", "/1.2", ""]


_ADDRESS = st.tuples(st.sampled_from(_SITES), st.sampled_from(_HOSTS), st.sampled_from(_PATHS))


@settings(max_examples=300, deadline=None)
@given(before=st.lists(_ADDRESS, max_size=4), address=_ADDRESS)
def test_a_site_seen_before_gives_the_answer_the_address_gives(
    before: list[tuple[str, str, str]], address: tuple[str, str, str]
) -> None:
    # addresses of a site whose host decides are classified by the site once it was seen:
    # each must get the class and host it gets from a policy that never saw the site
    seen, fresh = (Policy.from_mapping(_FRESH, base_dir=Path()) for _ in range(2))
    assert seen is not fresh
    for parts in before:
        seen.classify_link("".join(parts))
    url = "".join(address)
    assert fresh.classify_link(url) == seen.classify_link(url)
    assert fresh.link_host(url) == seen.link_host(url)
