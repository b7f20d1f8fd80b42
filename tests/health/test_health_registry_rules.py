"""Registry rules in both directions: on load (ConfigError) and in the health report."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest
from healthkit import NOW, account, matrix

from govpub import ConfigError, Matrix
from govpub.health import check_health, check_registry


def config(
    *accounts: dict[str, Any], exceptions: list[dict[str, Any]] | None = None
) -> dict[str, Any]:
    data: dict[str, Any] = {"accounts": list(accounts), "store": {"path": ":memory:"}}
    if exceptions is not None:
        data["matrix"] = {"exceptions": exceptions}
    return data


def entry(
    account_id: str, unit: str = "某某市公安局", name: str = "平安某某", **extra: Any
) -> dict[str, Any]:
    return {"id": account_id, "platform": "memory", "name": name, "unit": unit, **extra}


def test_two_active_accounts_of_one_unit_on_one_platform_are_refused_on_load() -> None:
    with pytest.raises(ConfigError) as caught:
        Matrix.from_dict(config(entry("wb-a"), entry("wb-b"), entry("wb-c", unit="某某市教育局")))
    error = caught.value
    assert "accounts[1]" == error.key
    for part in ("'某某市公安局'", "'memory'", "wb-a, wb-b", "[[matrix.exceptions]]"):
        assert part in error.reason


@pytest.mark.parametrize("status", ["suspended", "closed", "cancelled"])
def test_only_active_accounts_count(status: str) -> None:
    loaded = Matrix.from_dict(config(entry("wb-a"), entry("wb-b", status=status)))
    assert ["wb-a", "wb-b"] == [a.id for a in loaded]


def test_a_recorded_exception_with_a_reason_is_honoured() -> None:
    exception = {
        "unit": "某某市公安局",
        "platform": "memory",
        "accounts": ["wb-a", "wb-b"],
        "reason": "交警支队经市委网信办同意单独开设",
    }
    loaded = Matrix.from_dict(config(entry("wb-a"), entry("wb-b"), exceptions=[exception]))
    assert [] == [i for i in check_registry(loaded.accounts, loaded.extra) if i.severity == "error"]
    # a third account is not covered by an exception for two
    with pytest.raises(ConfigError, match="wb-a, wb-b, wb-c"):
        Matrix.from_dict(
            config(entry("wb-a"), entry("wb-b"), entry("wb-c"), exceptions=[exception])
        )


@pytest.mark.parametrize(
    ("exception", "key", "message"),
    [
        (
            {"unit": "某某市公安局", "platform": "memory", "accounts": ["wb-a", "wb-b"]},
            "matrix.exceptions[0].reason",
            "non-empty",
        ),
        (
            {
                "unit": "某某市公安局",
                "platform": "memory",
                "accounts": ["wb-a", "wb-x"],
                "reason": "r",
            },
            "matrix.exceptions[0].accounts[1]",
            "no account 'wb-x'",
        ),
        (
            {
                "unit": "某某市教育局",
                "platform": "memory",
                "accounts": ["wb-a", "wb-b"],
                "reason": "r",
            },
            "matrix.exceptions[0].accounts[0]",
            "belongs to unit '某某市公安局'",
        ),
        (
            {"unit": "某某市公安局", "platform": "memory", "accounts": ["wb-a"], "reason": "r"},
            "matrix.exceptions[0].accounts",
            "at least two",
        ),
        (
            {
                "unit": "某某市公安局",
                "platform": "memory",
                "accounts": ["wb-a", "wb-b"],
                "reason": "r",
                "until": 1,
            },
            "matrix.exceptions[0].until",
            "unknown key",
        ),
    ],
)
def test_a_malformed_exception_names_its_key(
    exception: dict[str, Any], key: str, message: str
) -> None:
    with pytest.raises(ConfigError) as caught:
        Matrix.from_dict(config(entry("wb-a"), entry("wb-b"), exceptions=[exception]))
    assert key == caught.value.key
    assert message in caught.value.reason


def test_unknown_matrix_keys_are_refused() -> None:
    data = config(entry("wb-a"))
    data["matrix"] = {"exceptons": []}
    with pytest.raises(ConfigError) as caught:
        Matrix.from_dict(data)
    assert "matrix.exceptons" == caught.value.key


def test_a_matrix_built_in_python_is_not_checked_but_health_reports_it(tmp_path: Path) -> None:
    built = matrix(
        tmp_path, account("wb-a", unit="某某市公安局"), account("wb-b", unit="某某市公安局")
    )
    issues = check_registry(built.accounts)
    assert [("R-ONE-ACCOUNT", "error", ("wb-a", "wb-b"), "某某市公安局", "memory")] == [
        (i.rule, i.severity, i.accounts, i.unit, i.platform) for i in issues
    ]


async def test_health_fails_every_account_of_a_duplicate_group(tmp_path: Path) -> None:
    built = matrix(
        tmp_path,
        account("wb-a", unit="某某市公安局"),
        account("wb-b", unit="某某市公安局"),
        account("edu", unit="某某市教育局"),
    )
    report = await check_health(built, at=NOW, remote=False)
    levels = {e.account_id: e.finding("R-ONE-ACCOUNT").level for e in report.accounts}  # type: ignore[union-attr]
    assert {"wb-a": "fail", "wb-b": "fail", "edu": "ok"} == levels
    assert 1 == report.exit_code


def test_names_that_differ_across_platforms_warn_and_equal_names_do_not() -> None:
    from govpub.model import Account
    from govpub.platforms.base import Adapter, Capabilities, register_adapter, unregister_adapter

    class Other(Adapter):
        platform = "other-test"
        capabilities = Capabilities(label="其他")

        @classmethod
        def render(cls, post: Any) -> Any:
            raise NotImplementedError

        async def publish(self, rendered: Any, ctx: Any) -> Any:
            raise NotImplementedError

    register_adapter(Other)
    try:
        same = [
            Account(id="a", platform="memory", name="平安 某某", unit="某某市公安局"),
            Account(id="b", platform="other-test", name="平安某某", unit="某某市公安局"),
        ]
        assert [] == check_registry(same)
        differ = [same[0], same[1].model_copy(update={"name": "某某公安"})]
        issues = check_registry(differ)
        assert [("G-NAMES", "warning", ("a", "b"))] == [
            (i.rule, i.severity, i.accounts) for i in issues
        ]
        assert "memory：平安 某某；other-test：某某公安" in issues[0].message
        # a closed account's old name does not count
        closed = [
            *same,
            Account(
                id="c", platform="other-test", name="旧名", unit="某某市公安局", status="closed"
            ),
        ]
        assert [] == check_registry(closed)
    finally:
        unregister_adapter("other-test")


def test_an_unused_exception_is_a_warning(tmp_path: Path) -> None:
    built = [
        account("wb-a", unit="某某市公安局"),
        account("wb-b", unit="某某市公安局", status="closed"),
    ]
    section = {
        "exceptions": [
            {
                "unit": "某某市公安局",
                "platform": "memory",
                "accounts": ["wb-a", "wb-b"],
                "reason": "r",
            }
        ]
    }
    issues = check_registry(built, section)
    assert [("R-ONE-ACCOUNT", "warning")] == [(i.rule, i.severity) for i in issues]


CREDENTIALS_CONFIG = """
[[accounts]]
id = "m-ok"
platform = "memory"
name = "某某发布"
unit = "某某市人民政府办公室"
credentials = {{ token = "env:GOVPUB_TEST_OK" }}

[[accounts]]
id = "m-missing"
platform = "memory"
name = "某某园林"
unit = "某某市园林绿化局"
credentials = {{ token = "{ref}" }}

[store]
path = "ledger.db"
"""


@pytest.mark.parametrize(
    ("ref", "reason"),
    [
        ("env:GOVPUB_TEST_UNSET", "environment variable GOVPUB_TEST_UNSET is not set"),
        ("file:nowhere.txt", "does not exist"),
    ],
)
async def test_unresolvable_credentials_are_a_health_failure_when_the_platforms_are_asked(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, ref: str, reason: str
) -> None:
    """Secrets are read only to ask the platforms: the matrix loads, ``--no-remote`` reads none."""
    path = tmp_path / "govpub.toml"
    path.write_text(CREDENTIALS_CONFIG.format(ref=ref), encoding="utf-8")
    monkeypatch.setenv("GOVPUB_TEST_OK", "s3cr3t-value-ok")
    matrix = Matrix.from_toml(path)
    report = await check_health(matrix, at=NOW, remote=True)
    finding = report.account("m-missing").finding("G-CREDENTIALS")
    assert finding is not None
    assert ("fail", True) == (finding.level, reason in finding.message)
    assert "accounts[1].credentials.token" in finding.message
    assert report.account("m-ok").finding("G-CREDENTIALS") is None
    assert 1 == report.exit_code
    offline = await check_health(matrix, at=NOW, remote=False)
    assert offline.account("m-missing").finding("G-CREDENTIALS") is None


def test_missing_credentials_on_a_matrix_built_in_python_are_an_error() -> None:
    from pydantic import SecretStr

    from govpub.model import Account, AccountCredentials
    from govpub.platforms.base import Adapter, Capabilities, register_adapter, unregister_adapter

    class NeedsToken(AccountCredentials):
        token: SecretStr

    class Strict(Adapter):
        platform = "strict-test"
        capabilities = Capabilities(label="严格")
        Credentials = NeedsToken

        @classmethod
        def render(cls, post: Any) -> Any:
            raise NotImplementedError

        async def publish(self, rendered: Any, ctx: Any) -> Any:
            raise NotImplementedError

    register_adapter(Strict)
    try:
        bare = Account(id="s1", platform="strict-test", name="某某", unit="某某局")
        empty = Account(
            id="s2",
            platform="strict-test",
            name="某某",
            unit="某某乙局",
            credentials=NeedsToken(token=SecretStr("")),
        )
        good = Account(
            id="s3",
            platform="strict-test",
            name="某某",
            unit="某某丙局",
            credentials=NeedsToken(token=SecretStr("x")),
        )
        issues = {i.accounts[0]: i.message for i in check_registry([bare, empty, good])}
        assert ["s1", "s2"] == sorted(issues)
        assert "缺少 token" in issues["s1"]
        assert "token 为空" in issues["s2"]
    finally:
        unregister_adapter("strict-test")
