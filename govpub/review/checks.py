"""The five checks (五关) every approval attests: 政治关、法律关、政策关、保密关、文字关.

Source: 国办公开办函〔2021〕31号 as restated by local governments (奈曼旗, 东胜;
reference ``rules.md`` §3 R-REVIEW, §4).  govpub keeps stable English keys in
files and code and the Chinese names on everything an editor reads.  An
approval carries all five as explicit booleans — "not mentioned" is not
"passed" — and a review tier may require only some of them (an editor's 初审
may attest 文字关 and 保密关, the leader's 终审 政治关); a category's tiers
together must require all five.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from typing import Literal

from pydantic import BaseModel, ConfigDict, StrictBool

__all__ = ["CHECK_KEYS", "CHECK_LABELS", "CheckKey", "ReviewChecks", "check_label"]

CheckKey = Literal["political", "legal", "policy", "secrecy", "wording"]

#: The five checks in the order 31号 lists them.
CHECK_KEYS: tuple[CheckKey, ...] = ("political", "legal", "policy", "secrecy", "wording")

#: key → Chinese name.
CHECK_LABELS: Mapping[str, str] = {
    "political": "政治关",
    "legal": "法律关",
    "policy": "政策关",
    "secrecy": "保密关",
    "wording": "文字关",
}


def check_label(key: str) -> str:
    """``"secrecy"`` → ``"保密关（secrecy）"``, the form used in messages."""
    return f"{CHECK_LABELS.get(key, key)}（{key}）"


class ReviewChecks(BaseModel):
    """What one reviewer attests: each of the five checks, explicitly passed or not."""

    model_config = ConfigDict(frozen=True, extra="forbid")

    political: StrictBool
    """政治关 — political direction and wording about the Party and leaders."""
    legal: StrictBool
    """法律关 — lawful content, no infringement."""
    policy: StrictBool
    """政策关 — consistent with current policy documents."""
    secrecy: StrictBool
    """保密关 — no state or work secrets, no unmasked personal data (R-SECRET, R-PERSONAL)."""
    wording: StrictBool
    """文字关 — wording, typos, names and titles (错敏字, R-SERIOUS)."""

    @classmethod
    def all_passed(cls) -> ReviewChecks:
        """Every check attested as passed."""
        return cls(**dict.fromkeys(CHECK_KEYS, True))

    @classmethod
    def only(cls, passed: Iterable[str]) -> ReviewChecks:
        """The named checks passed, the others explicitly not attested."""
        wanted = set(passed)
        unknown = wanted - set(CHECK_KEYS)
        if unknown:
            raise ValueError(
                f"unknown check(s) {sorted(unknown)}; expected some of {', '.join(CHECK_KEYS)}"
            )
        return cls(**{key: key in wanted for key in CHECK_KEYS})

    def failed(self, required: Iterable[str] = CHECK_KEYS) -> tuple[str, ...]:
        """The required checks this approval does not attest, in 31号 order."""
        needed = set(required)
        return tuple(key for key in CHECK_KEYS if key in needed and not getattr(self, key))
