"""Code in the docs runs (pydantic-settings' test_docs idea): every ```python block of docs/*.md
and README.md is executed from the repository root, unless the line before it is
``<!-- skip-test -->`` (for blocks that need a real platform or a running server)."""

from __future__ import annotations

import re
from pathlib import Path

import pytest

ROOT = Path(__file__).parents[1]
BLOCK = re.compile(r"(?P<before>[^\n]*)\n```python\n(?P<code>.*?)\n```", re.DOTALL)


def blocks() -> list[tuple[str, str]]:
    found = []
    for page in sorted([ROOT / "README.md", *(ROOT / "docs").glob("*.md")]):
        text = page.read_text(encoding="utf-8")
        for number, match in enumerate(BLOCK.finditer(text)):
            if "skip-test" not in match.group("before"):
                found.append((f"{page.relative_to(ROOT)}#{number}", match.group("code")))
    return found


@pytest.mark.parametrize(("where", "code"), blocks(), ids=[w for w, _ in blocks()])
def test_docs_code_runs(where: str, code: str, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.chdir(ROOT)
    # dont_inherit: the page runs as written, without this module's `from __future__` import
    exec(compile(code, where, "exec", dont_inherit=True), {"__name__": "__docs__"})  # noqa: S102
