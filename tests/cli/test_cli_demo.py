"""``govpub demo`` runs end to end and says what it covers."""

from __future__ import annotations

import pytest

from govpub.cli import main


def test_demo_delivers_to_every_demo_account(capsys: pytest.CaptureFixture[str]) -> None:
    assert 0 == main(["demo"])
    out = capsys.readouterr().out
    assert "3 条发布，无重复" in out
    assert "published" in out
