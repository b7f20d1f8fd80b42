"""The ``govpub.toml`` the harness writes loads back as the same accounts, secrets in files."""

from __future__ import annotations

import stat
from datetime import UTC, datetime
from pathlib import Path

from pydantic import SecretStr

from govpub.config import Matrix
from govpub.model import Account
from govpub.platforms.app import AppCredentials, AppSettings
from govpub.platforms.wechat import WechatCredentials, WechatSettings
from govpub.platforms.weibo import WeiboCredentials, WeiboSettings
from govpub.publisher.settings import PublisherSettings
from govpub.testing.crashpoints.configfile import publisher_toml, write_config


def accounts() -> list[Account]:
    common = {"name": "示例市人民政府", "unit": "示例市人民政府办公室"}
    return [
        Account(
            id="wx-1",
            platform="wechat",
            api_base="http://127.0.0.1:9/wechat",
            credentials=WechatCredentials(app_id="wx0123", app_secret=SecretStr("s" * 32)),
            settings=WechatSettings(status_poll_initial=0.02, reconcile_grace_seconds=0),
            **common,
        ),
        Account(
            id="wb-1",
            platform="weibo",
            api_base="http://127.0.0.1:9/weibo",
            credentials=WeiboCredentials(access_token=SecretStr("2.00tokentokentoken")),
            settings=WeiboSettings(
                safe_domain="www.example.gov.cn",
                uid="5000000001",
                token_expires_at=datetime(2030, 1, 1, tzinfo=UTC),
            ),
            **{**common, "unit": "示例市人民政府新闻办公室"},
        ),
        Account(
            id="app-1",
            platform="app",
            api_base="http://127.0.0.1:9/app/tenant-1",
            credentials=AppCredentials(webhook_secret=SecretStr("whsec_" + "QUJD" * 8)),
            settings=AppSettings(comments_enabled=False),
            **{**common, "unit": "示例市大数据中心"},
        ),
    ]


def test_written_accounts_load_back_unchanged(tmp_path: Path) -> None:
    path = write_config(tmp_path, accounts(), extra_toml=publisher_toml())
    matrix = Matrix.from_toml(path)
    assert accounts() == list(matrix.accounts)
    assert tmp_path / "govpub.db" == matrix.store.path
    text = path.read_text(encoding="utf-8")
    assert [] == [s for s in ("s" * 32, "tokentoken", "QUJD") if s in text]
    secret = tmp_path / "secrets" / "wx-1.app_secret"
    assert 0o600 == stat.S_IMODE(secret.stat().st_mode)


def test_the_publisher_section_skips_review_and_waits_little(tmp_path: Path) -> None:
    matrix = Matrix.from_toml(write_config(tmp_path, [], extra_toml=publisher_toml("10.0.0.1")))
    settings = PublisherSettings.from_matrix(matrix)
    assert (False, "10.0.0.1", 0.0) == (
        settings.require_review,
        settings.operator_ip,
        settings.retry.jitter,
    )
    assert settings.retry.max_wait <= 0.1
