"""govpub.toml: the example loads; every broken config names file and key path; precedence."""

from __future__ import annotations

import os
from pathlib import Path

import pytest

from govpub import ConfigError, Matrix
from govpub.config import find_config

EXAMPLES = Path(__file__).parents[2] / "examples"

GOOD = """
[agency]
name = "某某市人民政府办公室"

[[accounts]]
id = "a1"
platform = "memory"
name = "某某发布"
unit = "某某市人民政府办公室"

[[accounts]]
id = "a2"
platform = "memory"
name = "某某园林"
unit = "某某市园林绿化局"
credentials = { token = "env:GOVPUB_TEST_TOKEN" }
"""


def write(tmp_path: Path, text: str) -> Path:
    path = tmp_path / "govpub.toml"
    path.write_text(text, encoding="utf-8")
    return path


def test_example_matrix_loads() -> None:
    matrix = Matrix.from_toml(EXAMPLES / "govpub.toml")
    assert ["mem-city", "mem-forestry", "mem-archive"] == [a.id for a in matrix.accounts]
    assert ["mem-city", "mem-forestry"] == [a.id for a in matrix.select()]
    assert EXAMPLES / "govpub.db" == matrix.store.path
    token = matrix.account("mem-city").credentials.token  # type: ignore[attr-defined]
    assert "sandbox-only-token-memory-1" == token.get_secret_value()


def test_env_reference_is_resolved_once(tmp_path: Path) -> None:
    matrix = Matrix.from_toml(write(tmp_path, GOOD), environ={"GOVPUB_TEST_TOKEN": "s3cret-value"})
    token = matrix.account("a2").credentials.token  # type: ignore[attr-defined]
    assert "s3cret-value" == token.get_secret_value()
    assert "s3cret-value" not in repr(matrix.account("a2"))
    assert "s3cret-value" not in str(matrix.account("a2").model_dump())


BROKEN = [
    # (config text, key path in the message, words in the message)
    ('[agency\nname = "x"', None, "invalid TOML"),
    (
        '[[accounts]]\nid = "a"\nplatform = "memory"\nname = "n"\n',
        "accounts[0].unit",
        "required key is missing",
    ),
    (
        '[[accounts]]\nid = "a"\nplatform = "memory"\nname = 3\nunit = "u"\n',
        "accounts[0].name",
        "expected",
    ),
    (
        '[[accounts]]\nid = "a"\nplatform = "myspace"\nname = "n"\nunit = "u"\n',
        "accounts[0].platform",
        "unknown platform 'myspace'; installed platforms: ",
    ),
    (
        '[[accounts]]\nid = "a"\nplatform = "memory"\nname = "n"\nunit = "u"\n'
        '[[accounts]]\nid = "a"\nplatform = "memory"\nname = "m"\nunit = "u"\n',
        "accounts[1].id",
        "duplicate account id 'a' (first used at accounts[0])",
    ),
    (
        '[[accounts]]\nid = "a"\nplatform = "memory"\nname = "n"\nunit = "u"\n'
        'credentials = { token = "env:" }\n',
        "accounts[0].credentials.token",
        "empty env: reference",
    ),
    (
        '[[accounts]]\nid = "a"\nplatform = "memory"\nname = "n"\nunit = "u"\n'
        'credentials = { token = "literal-secret-in-file" }\n',
        "accounts[0].credentials.token",
        "expected a secret reference env:NAME or file:PATH",
    ),
    (
        '[[accounts]]\nid = "a"\nplatform = "memory"\nname = "n"\nunit = "u"\nsettings = { wrld = "x" }\n',
        "accounts[0].settings.wrld",
        "unknown key",
    ),
    (
        '[[accounts]]\nid = "a"\nplatform = "memory"\nname = "n"\nunit = "u"\nstatus = "paused"\n',
        "accounts[0].status",
        "expected",
    ),
    ('accounts = "x"\n', "accounts", "expected an array of tables"),
    ("[publisher]\n[extras]\n", "extras", "unknown section"),
    ("[polcy]\n", "polcy", "unknown section (did you mean policy?)"),
    ("[store]\npath = 5\n", "store.path", "expected"),
]


@pytest.mark.parametrize(("text", "key", "words"), BROKEN)
def test_broken_config_names_file_and_key(
    tmp_path: Path, text: str, key: str | None, words: str
) -> None:
    path = write(tmp_path, text)
    with pytest.raises(ConfigError) as info:
        Matrix.from_toml(path, environ={})
    error = info.value
    assert str(path) == error.file
    assert key == error.key
    assert words in str(error)
    assert str(error).startswith(str(path))


def test_literal_secret_is_not_echoed(tmp_path: Path) -> None:
    path = write(
        tmp_path,
        '[[accounts]]\nid = "a"\nplatform = "memory"\nname = "n"\nunit = "u"\n'
        'credentials = { token = "literal-secret-in-file" }\n',
    )
    with pytest.raises(ConfigError) as info:
        Matrix.from_toml(path, environ={})
    assert "literal-secret-in-file" not in str(info.value)


def test_toml_error_has_a_line(tmp_path: Path) -> None:
    with pytest.raises(ConfigError) as info:
        Matrix.from_toml(write(tmp_path, '[agency]\nname = "x"\nsite = \n'), environ={})
    assert 3 == info.value.line


def test_missing_file(tmp_path: Path) -> None:
    with pytest.raises(ConfigError, match="configuration file not found"):
        Matrix.from_toml(tmp_path / "none.toml")


def test_precedence_explicit_then_env_then_cwd(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.chdir(tmp_path)
    assert Path("govpub.toml") == find_config(None, environ={})
    assert Path("/etc/g.toml") == find_config(None, environ={"GOVPUB_CONFIG": "/etc/g.toml"})
    assert Path("x.toml") == find_config("x.toml", environ={"GOVPUB_CONFIG": "/etc/g.toml"})


def test_store_path_is_beside_the_config_and_env_overrides(tmp_path: Path) -> None:
    path = write(tmp_path, "[store]\npath = 'data/ledger.db'\n")
    assert tmp_path / "data" / "ledger.db" == Matrix.from_toml(path, environ={}).store.path
    assert tmp_path / "govpub.db" == Matrix.from_toml(write(tmp_path, ""), environ={}).store.path
    env = {"GOVPUB_STORE": "/var/lib/govpub/x.db"}
    assert Path("/var/lib/govpub/x.db") == Matrix.from_toml(path, environ=env).store.path


def test_select_and_lookup(tmp_path: Path) -> None:
    matrix = Matrix.from_toml(write(tmp_path, GOOD), environ={"GOVPUB_TEST_TOKEN": "tok-12345"})
    assert ["a2"] == [a.id for a in matrix.select(units=["某某市园林绿化局"])]
    assert ["a1"] == [a.id for a in matrix.select(ids=["a1"])]
    with pytest.raises(ConfigError, match="no account 'zz'; accounts: a1, a2"):
        matrix.account("zz")


def test_reserved_sections_are_kept(tmp_path: Path) -> None:
    path = write(
        tmp_path, "[policy]\npersonal_data = 'mask'\n[review]\n[publisher]\nconcurrency = 4\n"
    )
    matrix = Matrix.from_toml(path, environ={})
    assert {"personal_data": "mask"} == dict(matrix.policy)
    assert {"concurrency": 4} == dict(matrix.publisher)


def test_environ_defaults_to_os_environ(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("GOVPUB_TEST_TOKEN", "from-os-environ")
    matrix = Matrix.from_toml(write(tmp_path, GOOD))
    assert "from-os-environ" == matrix.account("a2").credentials.token.get_secret_value()  # type: ignore[attr-defined]
    assert os.environ["GOVPUB_TEST_TOKEN"] == "from-os-environ"


@pytest.mark.parametrize(
    ("ref", "words"),
    [
        ("env:GOVPUB_NOT_SET_ANYWHERE", "environment variable GOVPUB_NOT_SET_ANYWHERE is not set"),
        ("file:no/such/file", "does not exist"),
    ],
)
def test_a_missing_secret_loads_and_is_reported_when_it_is_needed(
    tmp_path: Path, ref: str, words: str
) -> None:
    """Lazy secrets: loading checks the reference's form; reading it names the account."""
    from govpub.config.secrets import ready_account

    path = write(
        tmp_path,
        '[[accounts]]\nid = "a"\nplatform = "memory"\nname = "n"\nunit = "u"\n'
        f'credentials = {{ token = "{ref}" }}\n',
    )
    matrix = Matrix.from_toml(path, environ={})
    with pytest.raises(ConfigError) as info:
        ready_account(matrix.account("a"))
    assert "accounts[0].credentials.token" == info.value.key
    assert words in str(info.value)
    assert "(account a)" in str(info.value)


def test_a_ready_account_is_the_matrix_account_when_its_credentials_pass_unchanged(
    tmp_path: Path,
) -> None:
    """No copy of each account for a publication: its references are read in place."""
    from govpub.config.secrets import SecretRef, ready_account

    (tmp_path / "hook.secret").write_text("whsec_" + "QUJD" * 8 + "\n", encoding="utf-8")
    path = write(
        tmp_path,
        '[[accounts]]\nid = "a"\nplatform = "app"\nname = "n"\nunit = "u"\n'
        'api_base = "https://app.example.gov.cn"\n'
        'credentials = { webhook_secret = "file:hook.secret" }\n',
    )
    account = Matrix.from_toml(path, environ={}).account("a")
    ref = account.credentials.webhook_secret  # type: ignore[attr-defined]
    assert isinstance(ref, SecretRef)
    assert not ref.resolved
    assert ready_account(account) is account
    assert ("whsec_" + "QUJD" * 8, True) == (ref.get_secret_value(), ref.resolved)


def test_a_ready_account_is_a_copy_when_its_platform_model_changes_the_credentials(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    from pydantic import SecretStr, field_validator

    from govpub.config.secrets import ready_account
    from govpub.platforms.memory import MemoryAdapter, MemoryCredentials

    class Upper(MemoryCredentials):
        @field_validator("token")
        @classmethod
        def _upper(cls, value: SecretStr | None) -> SecretStr | None:
            return None if value is None else SecretStr(value.get_secret_value().upper())

    (tmp_path / "token.txt").write_text("s3cret\n", encoding="utf-8")
    path = write(
        tmp_path,
        '[[accounts]]\nid = "a"\nplatform = "memory"\nname = "n"\nunit = "u"\n'
        'credentials = { token = "file:token.txt" }\n',
    )
    account = Matrix.from_toml(path, environ={}).account("a")
    monkeypatch.setattr(MemoryAdapter, "Credentials", Upper)
    ready = ready_account(account)
    assert (Upper, "S3CRET") == (
        type(ready.credentials),
        ready.credentials.token.get_secret_value(),
    )  # type: ignore[attr-defined]
    assert account.credentials.token.get_secret_value() == "s3cret"  # type: ignore[attr-defined]


EVERY_MISTAKE = """\
[agency]
name = "示例市"

[polcy]
personal_data = "mask"

[publisher]
require_reveiw = false

[review]
max_age = "7d"

[[review.reviewer]]
name = "张敏"

[[accounts]]
id = "wx"
platform = "wechat"
name = "示例市发布"
unit = "示例市人民政府办公室"
credentials = { app_id = "wx0123456789abcdef", app_secert = "env:WX_SECRET" }

[[accounts]]
id = "app"
platform = "app"
name = "示例市客户端"
unit = "示例市人民政府办公室"
api_base = "https://app.example.gov.cn/govpub"
credentials = { webhook_secret = "env:APP_SECRET" }
settings = { coments_enabled = true }
"""


def test_every_problem_is_reported_at_once_with_its_line_and_a_suggestion(
    tmp_path: Path,
) -> None:
    path = write(tmp_path, EVERY_MISTAKE)
    with pytest.raises(ConfigError) as info:
        Matrix.from_toml(path, environ={})
    found = {(p.key, p.line): p.reason for p in info.value.problems}
    assert "unknown section (did you mean policy?)" == found[("polcy", 4)]
    assert "unknown key (did you mean require_review?)" == found[("publisher.require_reveiw", 8)]
    assert found[("review.reviewer", 13)].startswith("unknown key (did you mean reviewers?)")
    assert (
        "unknown key (did you mean app_secret?)"
        == found[("accounts[0].credentials.app_secert", 21)]
    )
    assert "required key is missing" == found[("accounts[0].credentials.app_secret", 21)]
    assert (
        "unknown key (did you mean comments_enabled?)"
        == found[("accounts[1].settings.coments_enabled", 30)]
    )
    text = str(info.value)
    assert f"{path}:8: publisher.require_reveiw: unknown key (did you mean require_review?)" in text
    assert "Extra inputs are not permitted" not in text
    assert "WX_SECRET" not in text  # the unknown key is named, not the variable it points to


def test_a_secret_file_shared_by_accounts_is_read_once_and_again_when_it_changes(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    from govpub.config import secrets

    secret = tmp_path / "hook.secret"
    secret.write_text("whsec_" + "QUJD" * 8 + "\n", encoding="utf-8")
    reads: list[Path] = []
    real_read = Path.read_text

    def counted(self: Path, *args: object, **kwargs: object) -> str:
        reads.append(self)
        return real_read(self, *args, **kwargs)  # type: ignore[arg-type]

    monkeypatch.setattr(Path, "read_text", counted)
    values = [
        secrets.resolve_secret_ref("file:hook.secret", key="k", base_dir=tmp_path) for _ in range(5)
    ]
    assert {v.get_secret_value() for v in values} == {"whsec_" + "QUJD" * 8}
    assert reads == [secret]
    # rotated: written anew (another size), then replaced by a rename (another inode)
    secret.write_text("whsec_" + "QkNE" * 9 + "\n", encoding="utf-8")
    rotated = secrets.resolve_secret_ref("file:hook.secret", key="k", base_dir=tmp_path)
    assert rotated.get_secret_value() == "whsec_" + "QkNE" * 9
    (tmp_path / "next").write_text("whsec_" + "Q0RF" * 9 + "\n", encoding="utf-8")
    (tmp_path / "next").replace(secret)
    renamed = secrets.resolve_secret_ref("file:hook.secret", key="k", base_dir=tmp_path)
    assert renamed.get_secret_value() == "whsec_" + "Q0RF" * 9
    assert len(reads) == 3
