"""Benchmark: ``govpub.check`` against the floor and against a fair naive scanner, in one run.

The workload (issue 12): real-looking posts of 20,000 characters — a government
notice in Markdown with headings, lists, dates, numbers and the usual Chinese
punctuation — each with 100 links (government sites, 稿源单位, other hosts, ad
and short links, tracking parameters; bare, Markdown, autolink, HTML, ``www.``
and schemeless forms), checked with the **shipped** lists (``Policy.default()``).
Every round uses posts it has not seen (new page ids in every URL), so no cache
of URLs carries over from one measurement to the next, as in a stream of posts.

Three sides, each over the same text:

* **the floor** — one pyahocorasick pass over the text with the shipped lists
  (the term lists, and the ad hosts, reprint-source domains and tracking
  parameters that links are matched against), results consumed and nothing
  else: the least any checker that matches those lists can do.  The pass with
  the term lists alone, a lower floor, is timed and printed too;
* **the fair scanner** — the obvious implementation of the same job, written
  sensibly: one URL regex with ``urllib.parse.urlsplit`` for hosts (ad hosts and
  allowed domains looked up by suffix in sets, ad links removed and tracking
  parameters dropped in one ``re.sub``), one regex alternation of all terms, and
  regexes for ID numbers (check digit validated), mobile numbers, bank cards
  (Luhn) and 密级 markings.  It does *less* than ``check()`` — no folding of
  full-width, traditional or invisible characters, no excerpts, no Markdown or
  HTML structure — which makes the comparison conservative;
* ``govpub.check(post, Policy.default())``.

Timing is interleaved: every round times the three sides on each post in turn
(rotating the order), and the figures are **medians of per-post ratios**, for
wall-clock time and for CPU time (``time.process_time``), so that load from
other processes on a shared machine falls on all sides alike.

Run from the repository root::

    python benchmarks/compliance.py            # prints the figures and both ratios
    python benchmarks/compliance.py --quick    # fewer rounds (used by the test suite)

The time of ``import govpub`` (a whole process, median of interleaved runs against
``python -c pass``) is measured with ``benchmarks/startup.py``'s code and printed too:
the lists and automata ``check()`` uses must be built on first use, not at import.

Targets: ``check()`` at most 3x the floor, at least 3x faster than the fair
scanner, and ``import govpub`` at most 150 ms.  The exit status is 1 when a target
is missed.
"""

from __future__ import annotations

import argparse
import importlib.util
import os
import random
import re
import statistics
import sys
import tempfile
import time
from collections.abc import Callable, Collection
from dataclasses import dataclass
from pathlib import Path
from types import ModuleType
from typing import Any
from urllib.parse import parse_qsl, urlencode, urlsplit, urlunsplit

import ahocorasick

from govpub import Policy, Post, check
from govpub.compliance.literal_scan import LiteralScanner, hyperscan_module
from govpub.compliance.policy import _builtin_ad_rules, _builtin_terms, _data_lines

ARTICLE_CHARS = 20_000
LINKS = 100
SEED = 20261202
FLOOR_TARGET = 3.0  # check() at most this many times the floor
FAIR_TARGET = 3.0  # check() at least this many times faster than the fair scanner
IMPORT_TARGET_MS = 150.0  # import govpub, a whole process (benchmarks/startup.py)

# -- real-looking posts --------------------------------------------------------------

_DEPARTMENTS = [
    "市人民政府办公室",
    "市发展和改革委员会",
    "市教育局",
    "市卫生健康委员会",
    "市生态环境局",
    "市住房和城乡建设局",
    "市农业农村局",
    "市市场监督管理局",
    "区政务服务管理局",
    "县应急管理局",
]
_SENTENCES = [
    "为深入贯彻落实党中央、国务院决策部署，进一步做好{topic}工作，现将有关事项通知如下。",
    "各地区、各部门要高度重视{topic}，切实加强组织领导，明确责任分工，确保各项措施落到实处。",
    "截至{year}年{month}月底，全市累计完成{topic}项目{num}个，完成投资{money}亿元，同比增长{pct}%。",
    "{dept}牵头，会同有关部门建立工作协调机制，定期研究解决{topic}中的重大问题。",
    "要坚持以人民为中心的发展思想，聚焦群众急难愁盼问题，持续提升{topic}的质量和水平。",
    "申报材料应于{year}年{month}月{day}日前报送{dept}，逾期不予受理。",
    "对在{topic}工作中表现突出的单位和个人，按照有关规定给予通报表扬。",
    "各县（市、区）要结合实际制定具体实施方案，细化工作任务，明确时间节点。",
    "本通知自印发之日起施行，有效期{num}年。此前有关规定与本通知不一致的，以本通知为准。",
    "咨询电话：0{area}-{tel}，工作时间：周一至周五上午9:00—12:00，下午14:00—17:30。",
    "（一）加强统筹协调。建立健全“横向到边、纵向到底”的{topic}责任体系。",
    "（二）强化资金保障。{year}年安排专项资金{money}亿元，重点支持{topic}。",
    "（三）严格监督检查。将{topic}纳入年度绩效考核，对工作不力的依规依纪严肃问责。",
    "据统计，{year}年全市{topic}覆盖人口达{num}万人，群众满意度达到{pct}%以上！",
    "会议指出，做好{topic}意义重大，要以“钉钉子”精神抓好各项任务落实。",
    "会议要求，各级各部门要增强责任感和紧迫感，确保{topic}取得实效？答案是肯定的。",
    "《{dept}关于做好{topic}工作的实施意见》已经{year}年第{num}次常务会议审议通过。",
    "下一步，{dept}将继续推进{topic}，不断提高人民群众的获得感、幸福感、安全感。",
]
_TOPICS = [
    "政务公开",
    "春季植树造林",
    "城乡居民医疗保险参保缴费",
    "安全生产大检查",
    "义务教育阶段招生入学",
    "农村人居环境整治",
    "优化营商环境",
    "老旧小区改造",
    "防汛抗旱",
    "就业创业服务",
]
_HEADINGS = ["## 一、总体要求", "## 二、重点任务", "## 三、保障措施", "## 四、工作要求"]

# (template, kind, how many of the 100 links); {n} is a page id unique to the post and the
# link.  The mix of a real notice: mostly government and 稿源单位 pages, some WeChat
# articles and other sites, a few links shared with tracking parameters, and a few ad and
# short links — the ones the check is for.
_URLS = [
    ("https://www.gov.cn/zhengce/content/2026-0{m}/{n}/content_{n}.htm", "gov", 14),
    ("https://www.beijing.gov.cn/ywdt/gzdt/2026{m}/t2026{m}_{n}.html", "gov", 10),
    ("https://fgw.sz.gov.cn/zwgk/tzgg/content/post_{n}.html", "gov", 8),
    ("https://www.zj.gov.cn/art/2026/{m}/{n}/art_1229_{n}.html?utm_source=wechat", "gov", 6),
    ("https://kjt.ah.gov.cn/public/21761/{n}.html", "gov", 7),
    ("https://www.news.cn/politics/2026-0{m}/{n}/c_{n}.htm", "news", 10),
    ("http://paper.people.com.cn/rmrb/html/2026-0{m}/{n}/nw.D110000renmrb_{n}_1-01.htm", "news", 8),
    ("https://www.qstheory.cn/dukan/qs/2026-0{m}/{n}/c_{n}.htm?spm=a.b.{n}", "news", 6),
    ("https://mp.weixin.qq.com/s/Ab{n}Cd", "other", 12),
    ("https://www.example.com/article/{n}?from=timeline", "other", 7),
    ("https://s.click.taobao.com/t?e=m%3D2%26s%3D{n}", "ad", 3),
    ("https://t.cn/A6{n}xZ", "ad", 4),
    ("https://u.jd.com/{n}Qw", "ad", 2),
    ("https://dwz.cn/{n}abc", "ad", 3),
]
_MIX = [i for i, (_, _, count) in enumerate(_URLS) for _ in range(count)]
assert len(_MIX) == 100  # noqa: S101 - the mix adds up to LINKS
_FORMS = [
    "详见{u}。",
    "[相关链接]({u})",
    "<{u}>",
    '<a href="{u}">原文</a>',
    "（来源：{u}）",
]


def _sentence(rng: random.Random) -> str:
    return rng.choice(_SENTENCES).format(
        topic=rng.choice(_TOPICS),
        dept=rng.choice(_DEPARTMENTS),
        year=rng.randint(2019, 2026),
        month=rng.randint(1, 12),
        day=rng.randint(1, 28),
        num=rng.randint(2, 999),
        money=round(rng.uniform(0.5, 99.9), 1),
        pct=round(rng.uniform(1, 99), 1),
        area=rng.randint(10, 999),
        tel=rng.randint(2_000_000, 8_999_999),
    )


def _link(rng: random.Random, index: int, page: int) -> str:
    template, kind, _ = _URLS[_MIX[index]]
    url = template.format(n=page, m=1 + index % 9)
    if kind == "ad" and index % 3 == 0:
        url = url.removeprefix("https://")  # pasted without a scheme: t.cn/A6…
    elif kind == "gov" and index % 4 == 0:
        url = url.removeprefix("https://")  # www.beijing.gov.cn/…
        if not url.startswith("www."):
            url = "https://" + url
    return rng.choice(_FORMS).format(u=url)


def make_post(seed: int, kinds: Collection[str] | None = None) -> Post:
    """A 20,000-character notice with 100 links and a few things the rules report.

    ``kinds`` keeps only the links of those kinds (``gov``, ``news``, ``other``, ``ad``;
    ``()`` none), the post filled to the same length with prose: what each kind costs
    (``compliance_steps.py --by-links``).
    """
    rng = random.Random(seed)
    links = [_link(rng, i, seed * 1000 + i) for i in range(LINKS)]
    if kinds is not None:
        links = [link if _URLS[_MIX[i]][1] in kinds else "" for i, link in enumerate(links)]
    rng.shuffle(links)
    per_link = ARTICLE_CHARS // LINKS
    pieces: list[str] = []
    heading = 0
    for index, link in enumerate(links):
        if index % 25 == 0 and heading < len(_HEADINGS):
            pieces.append("\n\n" + _HEADINGS[heading] + "\n\n")
            heading += 1
        paragraph = ""
        while len(paragraph) < per_link - len(link) - 10:
            paragraph += _sentence(rng)
        pieces.append(paragraph + link + ("\n\n" if index % 3 == 2 else ""))
    # what a reviewer would be told about: an opinion phrase, a mobile number
    pieces.insert(LINKS // 2, "\n\n我认为此项工作很有意义。联系人：王老师，电话13812345678。\n\n")
    body = "".join(pieces)
    body = body[:ARTICLE_CHARS] if len(body) > ARTICLE_CHARS else body.ljust(ARTICLE_CHARS, "。")
    return Post(title="关于做好政务公开和春季植树造林工作的通知", body=body)


# -- the floor ---------------------------------------------------------------------


def shipped_keys(policy: Policy, *, terms_only: bool = False) -> set[str]:
    """The shipped lists as keys: the term lists, and the ad hosts, reprint-source domains
    and tracking parameters that ``check()`` matches links against."""
    keys = {t.term.lower() for t in _builtin_terms()}
    if not terms_only:
        keys |= {r.host for r in _builtin_ad_rules()}
        keys |= set(policy.source_list.domains())
        keys |= {p.rstrip("*") for p in _data_lines("tracking_params.txt")}
    return keys


def floor_automaton(policy: Policy, *, terms_only: bool = False) -> ahocorasick.Automaton:
    """One automaton of the shipped lists (see :func:`shipped_keys`)."""
    automaton = ahocorasick.Automaton()
    for key in shipped_keys(policy, terms_only=terms_only):
        automaton.add_word(key, key)
    automaton.make_automaton()
    return automaton


def hyperscan_floor(policy: Policy) -> LiteralScanner | None:
    """The same keys for one Hyperscan pass (``None`` without the ``fast`` extra): a floor
    below the automaton's, printed for comparison (the target is set against the automaton)."""
    if hyperscan_module() is None:
        return None
    return LiteralScanner(sorted(k for k in shipped_keys(policy) if k))


def floor(automaton: Any, text: str) -> int:
    hits = 0
    for _ in automaton.iter(text):
        hits += 1
    return hits


# -- the fair naive scanner --------------------------------------------------------

_ID = re.compile(
    r"(?<![0-9Xx])[1-9]\d{5}(?:18|19|20)\d{2}(?:0[1-9]|1[0-2])(?:0[1-9]|[12]\d|3[01])\d{3}"
    r"[0-9Xx](?![0-9Xx])"
)
_MOBILE = re.compile(r"(?<!\d)(?:\+?86[- ]?)?1[3-9]\d(?:\d{8}|[- ]\d{4}[- ]\d{4})(?!\d)")
_CARD = re.compile(r"(?<!\d)(?:62|4\d|5[1-5])\d{14,17}(?!\d)")
_MARKING = re.compile(r"(?:绝密|机密|秘密)\s*(?:[★☆]|[*·]\s*(?:\d+|[一二三四五六七八九十]+)\s*年)")
# URLs with a scheme or "www.", and short links pasted without a scheme (t.cn/…, u.jd.com/…):
# a host ending in a common top-level domain, followed by a path
_URL = re.compile(
    r"(?:https?://|www\.|(?<![\w.@/-])(?:[a-z0-9-]+\.)+(?:cn|com|net|org|ly|im|gg)/)"
    r"[^\s<>\"'()\[\]，。、；：？！（）“”《》]*",
    re.IGNORECASE,
)
_WEIGHTS = (7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2)


def _luhn(digits: str) -> bool:
    total = 0
    for index, char in enumerate(reversed(digits)):
        value = int(char) * (2 if index % 2 else 1)
        total += value - 9 if value > 9 else value
    return total % 10 == 0


@dataclass
class FairScanner:
    """The obvious implementation of the same job, written sensibly (see the module docstring)."""

    terms: re.Pattern[str]
    ads: frozenset[str]
    allowed: frozenset[str]
    tracking: frozenset[str]

    @classmethod
    def build(cls, policy: Policy) -> FairScanner:
        terms = sorted({t.term.lower() for t in _builtin_terms()}, key=len, reverse=True)
        return cls(
            terms=re.compile("|".join(map(re.escape, terms))),
            ads=frozenset(r.host for r in _builtin_ad_rules() if not r.path and not r.query),
            allowed=frozenset(["gov.cn", *policy.source_list.domains()]),
            tracking=frozenset(_data_lines("tracking_params.txt")),
        )

    @staticmethod
    def _listed(host: str, domains: frozenset[str]) -> bool:
        labels = host.split(".")
        return any(".".join(labels[i:]) in domains for i in range(len(labels)))

    def run(self, text: str) -> tuple[list[tuple[str, int]], str]:
        findings: list[tuple[str, int]] = []

        def link(match: re.Match[str]) -> str:
            url = match.group().rstrip(".,;:!?")
            parts = urlsplit(url if "://" in url else "http://" + url)
            host = (parts.hostname or "").lower()
            if self._listed(host, self.ads):
                findings.append(("ad", match.start()))
                return match.group()[len(url) :]
            if not self._listed(host, self.allowed):
                findings.append(("other", match.start()))
            if parts.query:
                query = parse_qsl(parts.query, keep_blank_values=True)
                kept = [(k, v) for k, v in query if k not in self.tracking and k[:4] != "utm_"]
                if len(kept) != len(query):
                    findings.append(("tracking", match.start()))
                    url = urlunsplit(parts._replace(query=urlencode(kept)))
            return url + match.group()[len(url) :]

        clean = _URL.sub(link, text)
        lowered = text.lower()
        findings.extend(("term", m.start()) for m in self.terms.finditer(lowered))
        for match in _ID.finditer(text):
            digits = match.group()
            total = sum(int(d) * w for d, w in zip(digits, _WEIGHTS, strict=False))
            if "10X98765432"[total % 11] == digits[17].upper():
                findings.append(("id", match.start()))
        findings.extend(("mobile", m.start()) for m in _MOBILE.finditer(text))
        findings.extend(("card", m.start()) for m in _CARD.finditer(text) if _luhn(m.group()))
        findings.extend(("marking", m.start()) for m in _MARKING.finditer(text))
        return findings, clean


# -- timing ------------------------------------------------------------------------


@dataclass
class Sample:
    wall: float
    cpu: float


def _time(function: Callable[[], object]) -> Sample:
    cpu = time.process_time()
    wall = time.perf_counter()
    function()
    return Sample(time.perf_counter() - wall, time.process_time() - cpu)


def run(quick: bool = False) -> dict[str, float]:
    """Time the sides; return the figures (milliseconds, medians of ratios, counts)."""
    policy = Policy.default()
    floor_all = floor_automaton(policy)
    floor_terms = floor_automaton(policy, terms_only=True)
    fair = FairScanner.build(policy)
    hyperscan = hyperscan_floor(policy)
    rounds, per_round = (3, 2) if quick else (12, 4)
    # warm up every side (first-use tables, compiled expressions) on a post of its own
    warm = make_post(SEED)
    check(warm, policy)
    fair.run(warm.body)
    floor(floor_all, warm.body)
    samples: dict[str, list[Sample]] = {"floor": [], "floor_terms": [], "check": [], "fair": []}
    if hyperscan is not None:
        samples["floor_hyperscan"] = []
    ratios: dict[str, list[float]] = {}
    counts: dict[str, float] = {}
    for round_number in range(rounds):
        for index in range(per_round):
            post = make_post(SEED + 1 + round_number * per_round + index)
            text = post.body
            sides: list[tuple[str, Callable[[], object]]] = [
                ("floor", lambda text=text: floor(floor_all, text)),
                ("floor_terms", lambda text=text: floor(floor_terms, text)),
                ("check", lambda post=post: check(post, policy)),
                ("fair", lambda text=text: fair.run(text)),
            ]
            if hyperscan is not None:
                sides.append(("floor_hyperscan", lambda text=text: hyperscan.scan(text)))
            shift = (round_number * per_round + index) % len(sides)
            measured = {name: _time(function) for name, function in sides[shift:] + sides[:shift]}
            for name, sample in measured.items():
                samples[name].append(sample)
            for kind in ("wall", "cpu"):
                got = {name: getattr(sample, kind) for name, sample in measured.items()}
                pairs = [
                    ("check/floor", "check", "floor"),
                    ("check/floor_terms", "check", "floor_terms"),
                ]
                pairs += [("fair/check", "fair", "check")]
                if "floor_hyperscan" in got:
                    pairs.append(("check/floor_hyperscan", "check", "floor_hyperscan"))
                for key, numerator, denominator in pairs:
                    if got[denominator] <= 0:
                        continue  # a CPU clock too coarse to see the floor
                    ratios.setdefault(f"{key} {kind}", []).append(got[numerator] / got[denominator])
            if not counts:
                counts = _counts(post, policy, fair, floor_all)
    figures: dict[str, float] = dict(counts)
    for name, values in samples.items():
        figures[f"{name} ms"] = statistics.median(s.wall for s in values) * 1000
    for name, values in ratios.items():
        figures[name] = statistics.median(values)
    figures["samples"] = rounds * per_round
    figures.update(import_time(1 if quick else 11))
    return figures


# -- import time --------------------------------------------------------------------


def _startup() -> ModuleType:
    """``benchmarks/startup.py``, whose process timing is reused here."""
    path = Path(__file__).with_name("startup.py")
    spec = importlib.util.spec_from_file_location("govpub_startup_benchmark", path)
    if spec is None or spec.loader is None:
        raise ImportError(f"cannot load {path}")
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def import_time(rounds: int) -> dict[str, float]:
    """Median wall and CPU ms of ``import govpub`` and ``python -c pass``, whole processes."""
    startup = _startup()
    names = ("python -c pass", "import govpub")
    table = {
        name: case
        for name, case in startup.cases(startup.ROOT / "examples" / "post.md", None, None).items()
        if name in names
    }
    with tempfile.TemporaryDirectory(prefix="govpub-import-") as scratch:
        cwd = Path(scratch) / "cwd"
        cwd.mkdir()
        env = startup.child_env(str(Path(scratch) / "pycache"))
        results = startup.measure(table, rounds, env, cwd, warmups=1)
    pass_wall, pass_cpu = (statistics.median(v) * 1000 for v in results["python -c pass"])
    wall, cpu = (statistics.median(v) * 1000 for v in results["import govpub"])
    return {"import ms": wall, "import cpu ms": cpu, "pass ms": pass_wall, "pass cpu ms": pass_cpu}


def _counts(post: Post, policy: Policy, fair: FairScanner, automaton: Any) -> dict[str, float]:
    """What each side found in one post (they must agree on the ads and the term hits)."""
    result = check(post, policy)
    found, _ = fair.run(post.body)
    return {
        "chars": len(post.body),
        "check findings": len(result.findings),
        "check ads": sum(1 for f in result.findings if f.rule == "ad.link_stripped"),
        "fair ads": sum(1 for kind, _ in found if kind == "ad"),
        "check terms": sum(
            1 for f in result.findings if f.rule.startswith(("wording.", "secrecy.internal"))
        ),
        "fair terms": sum(1 for kind, _ in found if kind == "term"),
        "floor hits": floor(automaton, post.body),
    }


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=(__doc__ or "").splitlines()[0])
    parser.add_argument("--quick", action="store_true", help="fewer rounds")
    args = parser.parse_args(argv)
    load_before = os.getloadavg()[0]
    f = run(quick=args.quick)
    load_after = os.getloadavg()[0]
    lines = [
        f"posts: {f['chars']:,.0f} characters, {LINKS} links each, shipped lists; "
        f"{f['samples']:.0f} posts, each side timed once per post, interleaved",
        f"floor (one pyahocorasick pass, all shipped lists): {f['floor ms']:7.2f} ms "
        f"({f['floor hits']:.0f} hits)",
        f"floor (term lists only):                          {f['floor_terms ms']:7.2f} ms",
        *(
            [
                f"floor (one Hyperscan pass, all shipped lists):    "
                f"{f['floor_hyperscan ms']:7.2f} ms (for comparison; govpub[fast])"
            ]
            if "floor_hyperscan ms" in f
            else []
        ),
        f"govpub.check:                                     {f['check ms']:7.2f} ms "
        f"({f['check findings']:.0f} findings, {f['check ads']:.0f} ad links stripped, "
        f"{f['check terms']:.0f} term hits)",
        f"fair naive scanner:                               {f['fair ms']:7.2f} ms "
        f"({f['fair ads']:.0f} ad links removed, {f['fair terms']:.0f} term hits)",
        "medians of per-post ratios:     wall     cpu",
        f"  check / floor              {f['check/floor wall']:7.2f}x {f['check/floor cpu']:6.2f}x"
        f"   (target <= {FLOOR_TARGET:.0f}x)",
        f"  check / floor (terms only) {f['check/floor_terms wall']:7.2f}x "
        f"{f['check/floor_terms cpu']:6.2f}x",
        f"  fair / check               {f['fair/check wall']:7.2f}x {f['fair/check cpu']:6.2f}x"
        f"   (target >= {FAIR_TARGET:.0f}x)",
        *(
            [
                f"  check / Hyperscan floor    {f['check/floor_hyperscan wall']:7.2f}x "
                f"{f['check/floor_hyperscan cpu']:6.2f}x"
            ]
            if "check/floor_hyperscan wall" in f
            else []
        ),
        f"import govpub (whole process, median): {f['import ms']:5.0f} ms wall "
        f"{f['import cpu ms']:5.0f} ms cpu   (target <= {IMPORT_TARGET_MS:.0f} ms); "
        f"python -c pass {f['pass ms']:.0f} ms wall {f['pass cpu ms']:.0f} ms cpu",
        # the ratios move with load (the floor's large automaton suffers more from other
        # processes than check()'s expressions): say what the machine was doing
        f"load average (1 min) at the start and the end: {load_before:.2f}, {load_after:.2f}",
    ]
    print("\n".join(lines))
    met = (
        f["check/floor wall"] <= FLOOR_TARGET
        and f["fair/check wall"] >= FAIR_TARGET
        and f["import ms"] <= IMPORT_TARGET_MS
    )
    return 0 if met else 1


if __name__ == "__main__":
    sys.exit(main())
