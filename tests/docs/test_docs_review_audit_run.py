"""The Python examples in docs/review.md and docs/audit.md run as written (from the repo root)."""

from __future__ import annotations

import re
from pathlib import Path

import pytest

ROOT = Path(__file__).parents[2]
PAGES = ["docs/review.md", "docs/audit.md"]


def _blocks(page: str) -> list[str]:
    return re.findall(r"```python\n(.*?)```", (ROOT / page).read_text(encoding="utf-8"), re.S)


@pytest.mark.parametrize("page", PAGES)
def test_python_examples_run(page: str, monkeypatch: pytest.MonkeyPatch) -> None:
    blocks = _blocks(page)
    assert blocks, f"{page} has no Python example"
    monkeypatch.chdir(ROOT)
    for index, block in enumerate(blocks):
        exec(compile(block, f"{page}#{index}", "exec"), {"__name__": "__docs__"})  # noqa: S102
