"""Benchmark: ``govpub.check`` against a naive implementation, in the same run.

The workload (issue 4): a 20,000-character article with 100 links and a
5,000-term list.  The naive baseline does the same job the obvious way — one
compiled regular expression per term, links found by a regex and their hosts read
with ``urllib.parse``, domain lists searched with ``str.endswith`` in a loop —
and so does one pass over the article *per term*; govpub folds the text once,
scans links once and matches every term in one pass of an Aho-Corasick automaton.

Run from the repository root::

    python benchmarks/compliance.py            # prints both timings and the ratio
    python benchmarks/compliance.py --quick    # fewer repetitions (used by the test suite)

Both sides are warmed up and timed as the median of several runs; the policy and
the baseline's regexes are compiled once, outside the timing (a publisher builds
its policy once).  Target: govpub at least 20x faster.
"""

from __future__ import annotations

import argparse
import random
import re
import statistics
import sys
import tempfile
import time
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from urllib.parse import urlsplit

from govpub import Policy, Post, check

ARTICLE_CHARS = 20_000
LINKS = 100
TERMS = 5_000
SEED = 20250702
TARGET = 20.0

# Common characters of Chinese government prose, so that terms and text look real.
_CHARS = (
    "的一是在不了有和人这中大为上个国我以要他时来用们生到作地于出就分对成会可主发年动同工也"
    "能下过子说产种面而方后多定行学法所民得经十三之进着等部度家电力里如水化高自二理起小物现实"
    "加量都两体制机当使点从业本去把性好应开它合还因由其些然前外天政四日那社义事平形相全表间样"
    "与关各重新线内数正心反你明看原又么利比或但质气第向道命此变条只没结解问意建月公无系军很情"
    "者最立代想已通并提直题党程展五果料象员革位入常文总次品式活设及管特件长求老头基资边流路级"
    "少图山统接知较将组见计别她手角期根论运农指几九区强放决西被干做必战先回则任取据处府研"
)
_HOSTS = [
    "https://www.gov.cn/zhengce/content/2025-06/{n}/content_{n}.htm",
    "https://www.beijing.gov.cn/ywdt/gzdt/{n}.html?utm_source=wechat&id={n}",
    "https://www.news.cn/politics/2025-07/{n}/c_{n}.htm",
    "http://paper.people.com.cn/rmrb/html/2025-07/{n}/nw.D110000renmrb_{n}.htm",
    "https://s.click.taobao.com/t?e={n}abc",
    "https://t.cn/A6{n}xYz",
    "https://www.example.com/article/{n}?spm=a.b.{n}",
    "https://union-click.jd.com/jdc?d={n}",
    "https://www.qstheory.cn/dukan/qs/2025-07/{n}/c_{n}.htm",
    "https://kjt.ah.gov.cn/public/{n}.html",
]
_FORMS = ["{u}", "[相关链接]({u})", "<{u}>", '<a href="{u}">原文</a>', "详见{u}。"]


# Characters that do not occur in the prose: a sensitive-word list matches an ordinary
# article only where such a word really is (20 are planted), not at random.
_RARE = "鬼魅魑魉饕餮麒麟貔貅饔飧觊觎龃龉魍魉耄耋舐犊饕蜉蝣嶙峋崚嶒"


def make_terms(rng: random.Random) -> list[str]:
    """5,000 distinct 2–4 character terms: a common first character, then rare ones."""
    terms: set[str] = set()
    while len(terms) < TERMS:
        rest = "".join(rng.choice(_RARE) for _ in range(rng.randint(1, 3)))
        terms.add(rng.choice(_CHARS) + rest)
    return sorted(terms)


def make_article(rng: random.Random, terms: list[str]) -> str:
    """About 20,000 characters: prose with 100 links, some terms and numbers, in paragraphs."""
    links = [
        rng.choice(_FORMS).format(u=_HOSTS[i % len(_HOSTS)].format(n=1000 + i))
        for i in range(LINKS)
    ]
    pieces: list[str] = []
    size = 0
    per_link = ARTICLE_CHARS // (LINKS + 1)
    for link in [*links, ""]:
        prose = "".join(rng.choice(_CHARS) for _ in range(per_link - len(link) - 12))
        sentences = [prose[i : i + 40] for i in range(0, len(prose), 40)]
        paragraph = "，".join(sentences) + "。"
        pieces.append(paragraph + link + "\n\n")
        size += len(pieces[-1])
    text = "".join(pieces)
    text += "联系电话13812345678，我认为此项工作很好。" + "".join(rng.sample(terms, 20))
    return text[:ARTICLE_CHARS] if len(text) > ARTICLE_CHARS else text.ljust(ARTICLE_CHARS, "。")


# -- the naive baseline ------------------------------------------------------------


@dataclass
class Naive:
    """The obvious implementation: a regex per term, urllib.parse hosts, endswith loops."""

    term_patterns: list[re.Pattern[str]]
    allowed: list[str]
    ads: list[str]

    _LINK = re.compile(r"(?:https?://|www\.)[^\s<>\"'，。、；：？！（）“”]+")
    _ID = re.compile(r"(?<!\d)[1-9]\d{5}(?:18|19|20)\d{2}(?:0[1-9]|1[0-2])\d{2}\d{3}[\dXx](?!\d)")
    _MOBILE = re.compile(r"(?<!\d)1[3-9]\d{9}(?!\d)")
    _SECRET = re.compile(r"(?:绝密|机密|秘密)\s*[★☆]")

    def run(self, text: str) -> tuple[list[tuple[str, int]], str]:
        findings: list[tuple[str, int]] = []
        clean = text
        for match in self._LINK.finditer(text):
            url = match.group().rstrip(".,)")
            host = (urlsplit(url if "//" in url else "http://" + url).hostname or "").lower()
            if any(host == d or host.endswith("." + d) for d in self.ads):
                findings.append(("ad", match.start()))
                clean = clean.replace(url, "")
            elif not any(host == d or host.endswith("." + d) for d in self.allowed):
                findings.append(("other", match.start()))
        for pattern in self.term_patterns:
            findings.extend(("term", m.start()) for m in pattern.finditer(text))
        for name, pattern in (("id", self._ID), ("mobile", self._MOBILE), ("secret", self._SECRET)):
            findings.extend((name, m.start()) for m in pattern.finditer(text))
        return findings, clean


def _interleaved(
    fast: Callable[[], object], slow: Callable[[], object], rounds: int, fast_per_round: int
) -> tuple[float, float]:
    """Median times of both, measured in alternation so that both see the same machine load."""
    fast()  # warm up (caches, lazy tables)
    slow()
    fast_times: list[float] = []
    slow_times: list[float] = []
    for _ in range(rounds):
        for _ in range(fast_per_round):
            start = time.perf_counter()
            fast()
            fast_times.append(time.perf_counter() - start)
        start = time.perf_counter()
        slow()
        slow_times.append(time.perf_counter() - start)
    return statistics.median(fast_times), statistics.median(slow_times)


def run(quick: bool = False) -> dict[str, float]:
    """Time both sides; return the figures (seconds, and the ratio)."""
    rng = random.Random(SEED)
    terms = make_terms(rng)
    body = make_article(rng, terms)
    post = Post(title="关于推进政务新媒体健康有序发展的通知", body=body)
    with tempfile.TemporaryDirectory() as tmp:
        Path(tmp, "terms.txt").write_text("\n".join(terms), encoding="utf-8")
        started = time.perf_counter()
        policy = Policy.from_mapping(
            {"term_lists": [{"path": "terms.txt", "name": "敏感词", "severity": "warn"}]},
            base_dir=Path(tmp),
        )
        build = time.perf_counter() - started
    naive = Naive(
        term_patterns=[re.compile(re.escape(t)) for t in terms],
        allowed=["gov.cn", *policy.source_list.domains()],
        ads=["s.click.taobao.com", "t.cn", "union-click.jd.com", "tb.cn", "dwz.cn"],
    )
    result = check(post, policy)
    findings, _ = naive.run(body)
    govpub_time, naive_time = _interleaved(
        lambda: check(post, policy), lambda: naive.run(body), 2 if quick else 9, 5
    )
    return {
        "chars": len(body),
        "govpub_findings": len(result.findings),
        "naive_findings": len(findings),
        "govpub_terms": sum(1 for f in result.findings if f.rule == "terms.custom"),
        "naive_terms": sum(1 for kind, _ in findings if kind == "term"),
        "policy_build": build,
        "govpub": govpub_time,
        "naive": naive_time,
        "ratio": naive_time / govpub_time,
    }


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--quick", action="store_true", help="fewer repetitions")
    args = parser.parse_args(argv)
    figures = run(quick=args.quick)
    print(f"article: {figures['chars']:,.0f} characters, {LINKS} links, {TERMS:,} terms")
    print(f"policy build (once): {figures['policy_build'] * 1000:8.1f} ms")
    print(
        f"govpub.check:        {figures['govpub'] * 1000:8.2f} ms"
        f"  ({figures['govpub_findings']:.0f} findings)"
    )
    print(
        f"naive baseline:      {figures['naive'] * 1000:8.2f} ms"
        f"  ({figures['naive_findings']:.0f} findings)"
    )
    print(
        f"term hits (both must agree): govpub {figures['govpub_terms']:.0f},"
        f" naive {figures['naive_terms']:.0f}"
    )
    print(f"ratio:               {figures['ratio']:8.1f}x (target >= {TARGET:.0f}x)")
    return 0 if figures["ratio"] >= TARGET else 1


if __name__ == "__main__":
    sys.exit(main())
