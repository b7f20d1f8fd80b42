"""淘口令 and other e-commerce share codes: ad copy that cannot be stripped from prose.

123号: 政务新媒体 "不得刊登商业广告" (rules.md §3 R-NO-ADS, §8).  A share code —
``€g1IVbaMXxxK€``, ``￥AbCd1234Ef￥``, ``「VAQz99KzQVD」`` — opens a product page
when a reader copies it and opens the shopping app; it is an ad link in disguise,
but cutting it out of a sentence would leave the sentence broken, so it blocks.

A delimited token alone is too common to block on (document numbers, codes in
brackets), so it counts only near a trigger: "复制…打开淘宝/天猫/京东", or the
code's own name ("淘口令：￥AbCd1234Ef￥"; not 口令 alone, any password).  The
delimiters, the token length, the window and the trigger words are data
(``data/share_codes.toml``), not code: the formats change, and they are not
published by the platforms (UNCONFIRMED beyond the examples in rules.md §8).
Texts are folded first (:mod:`govpub.compliance.folding`), so ``《…《``,
full-width letters, traditional characters (``復制``, ``打開``) and spaced-out
words need no patterns of their own; symbols between the characters of a
trigger word (``复·制``, ``淘♂寳``, ``淘👉宝``) are allowed.
"""

from __future__ import annotations

import re
import tomllib
from collections.abc import Iterator
from dataclasses import dataclass
from functools import cache
from importlib import resources
from typing import Any

from govpub.compliance.folding import fold_term

__all__ = ["ShareCodeRules", "find_share_codes", "share_code_rules"]

_DATA_FILE = "share_codes.toml"
_BETWEEN = r"[^\w\s]{0,2}"  # symbols or emoji slipped between a word's characters


@dataclass(frozen=True)
class ShareCodeRules:
    """The compiled share-code data: the token expression, the trigger and the window."""

    token: re.Pattern[str]
    trigger: re.Pattern[str]
    window: int
    first_characters: frozenset[str]

    @classmethod
    def from_mapping(cls, data: dict[str, Any]) -> ShareCodeRules:
        """Compile the rules from the parsed ``share_codes.toml``."""
        token, trigger = data["token"], data["trigger"]
        low, high = int(token["min_length"]), int(token["max_length"])
        body = rf"(?P<{{name}}>[a-z0-9]{{{{{low},{high}}}}})"
        delimiters = re.escape("".join(sorted({fold_term(c) or c for c in token["delimiters"]})))
        # a model code may stand before the token inside the delimiters: "¥ CZ3457 AbCd1234Ef¥"
        prefix = rf"(?:{token['prefix']}\s+)?" if token.get("prefix") else ""
        alternatives = [rf"[{delimiters}]\s*{prefix}{body.format(name='a')}\s*[{delimiters}]"]
        if token.get("slash"):
            # not the end of a URL path ("t.cn/abc…/"): a slash after a letter or digit
            alternatives.append(rf"(?<![a-z0-9:/.])/\s*{body.format(name='b')}\s*/(?![a-z0-9])")
        verbs = [_word(v) for v in trigger["verbs"]]
        apps = [_word(a) for a in trigger["apps"]]
        names = list(trigger.get("names", []))  # a code's own name: a trigger alone
        gap = int(trigger["gap"])
        alone = "".join(f"|{_word(n)}" for n in names)
        return cls(
            token=re.compile("|".join(alternatives)),
            trigger=re.compile(
                rf"(?:{'|'.join(verbs)}).{{0,{gap}}}?(?:{'|'.join(apps)}){alone}", re.DOTALL
            ),
            window=int(token["window"]),
            first_characters=frozenset(fold_term(w)[0] for w in [*trigger["verbs"], *names]),
        )


def _word(word: str) -> str:
    folded = fold_term(word)
    return _BETWEEN.join(re.escape(c) for c in folded)


@cache
def share_code_rules() -> ShareCodeRules:
    """The shipped rules, read and compiled on first use."""
    text = (resources.files("govpub.compliance") / "data" / _DATA_FILE).read_text("utf-8")
    return ShareCodeRules.from_mapping(tomllib.loads(text))


def find_share_codes(folded: str) -> Iterator[tuple[int, int]]:
    """Spans of share codes in folded text near a trigger: "copy, then open the app", or a
    code's own name (淘口令)."""
    rules = share_code_rules()
    # every trigger starts with a verb's or a name's first character: skip most texts
    if not any(c in folded for c in rules.first_characters):
        return
    triggers = [m.start() for m in rules.trigger.finditer(folded)]
    if not triggers:
        return
    for match in rules.token.finditer(folded):
        token = match.group("a") or match.group("b") or ""
        if not any("a" <= c <= "z" for c in token):
            continue
        if any(abs(t - match.start()) <= rules.window for t in triggers):
            yield match.start(), match.end()
