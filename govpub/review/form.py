"""The printable review form (审核表): one HTML page per post version.

Agencies keep a paper or PDF trail of 先审后发 (国办公开办函〔2021〕31号): who
checked what, when.  The form shows the post's digest (what the approvals are
bound to), the compliance findings, every tier with its approvals and the five
checks (五关), what is still missing, and a blank 签字 column for wet
signatures.  It is self-contained — inline CSS, no scripts, fonts, images or
links to load — so it prints the same offline and in ten years.  Every value
from the post or an approval is HTML-escaped.

Pure: it formats what it is given (``render_form``); the CLI reads the files
and runs the checks.
"""

from __future__ import annotations

import html
from collections.abc import Sequence
from datetime import datetime, tzinfo

from govpub.compliance import Finding
from govpub.model import Post
from govpub.review._time import format_time
from govpub.review.approval import Approval
from govpub.review.checks import CHECK_KEYS, CHECK_LABELS
from govpub.review.status import REASONS, ReviewStatus, TierStatus

__all__ = ["render_form"]

_SEVERITY = {"block": "阻止发布", "warn": "需要复核", "fixed": "已自动修正"}
_ORDER = {"block": 0, "warn": 1, "fixed": 2}
_MODE = {"any": "任一人审核", "all": "全部审核"}


_CSS = """
@page { size: A4; margin: 18mm 16mm; }
body { font-family: "SimSun", "Songti SC", "Noto Serif CJK SC", serif; font-size: 11pt;
       color: #000; margin: 0 auto; max-width: 180mm; line-height: 1.5; }
h1 { text-align: center; font-size: 18pt; margin: 0 0 4pt; letter-spacing: 2pt; }
h2 { font-size: 13pt; margin: 14pt 0 4pt; border-bottom: 1px solid #000; }
.meta { text-align: center; font-size: 9pt; color: #333; margin: 0 0 10pt; }
table { border-collapse: collapse; width: 100%; margin: 4pt 0; page-break-inside: avoid; }
th, td { border: 1px solid #000; padding: 3pt 5pt; vertical-align: top; text-align: left; }
th { background: #eee; white-space: nowrap; font-weight: normal; }
.mono { font-family: "Courier New", monospace; font-size: 9.5pt; word-break: break-all; }
.ok { font-weight: bold; }
.bad { font-weight: bold; text-decoration: underline; }
.tier { margin-top: 8pt; font-weight: bold; }
.sign { width: 22mm; }
.body { white-space: pre-wrap; border: 1px solid #000; padding: 6pt; font-size: 10.5pt; }
.note { font-size: 9pt; color: #333; margin-top: 12pt; }
@media print { .noprint { display: none; } }
"""


def _e(value: object) -> str:
    return html.escape(str(value), quote=True)


def _digest_text(digest: str) -> str:
    return " ".join(digest[i : i + 8] for i in range(0, len(digest), 8))


def _time(value: datetime | None, tz: tzinfo | None = None) -> str:
    if value is None:
        return "—"
    return format_time(value.astimezone(tz) if tz is not None else value)


def render_form(
    post: Post,
    status: ReviewStatus,
    *,
    findings: Sequence[Finding] | None = None,
    agency: str = "",
    reviewer_titles: dict[str, str] | None = None,
    file_problems: Sequence[str] = (),
    generated_at: datetime | None = None,
    tz: tzinfo | None = None,
) -> str:
    """The 审核表 of ``post`` as a complete HTML document.

    ``findings`` are the compliance findings (``None`` = checks not run);
    ``reviewer_titles`` maps reviewer names to job titles (职务);
    ``file_problems`` are approval files that could not be read at all;
    ``tz`` is the agency's zone (``[agency] timezone``): every time on the form
    is shown in it, whatever offset a reviewer's machine signed with, so that
    one paper trail reads on one clock.  ``None`` keeps each time as given.
    ``post`` should be the *checked* post: its id is the id the ledger will use.
    """
    titles = reviewer_titles or {}
    parts = [
        "<!doctype html>",
        '<html lang="zh-CN"><head><meta charset="utf-8">',
        f"<title>信息发布审核表 · {_e(post.title)}</title>",
        f"<style>{_CSS}</style></head><body>",
        f"<h1>{_e(agency)}政务新媒体信息发布审核表</h1>",
        f'<p class="meta">生成于 {_e(_time(generated_at or status.checked_at, tz))}'
        f" · 审核状态核验于 {_e(_time(status.checked_at, tz))}"
        + (f" · 时区 {_e(tz)}" if tz is not None else "")
        + "</p>",
        _post_table(post, status, tz),
        "<h2>一、合规检查</h2>",
        _findings_table(findings),
        "<h2>二、分级审核</h2>",
        *(_tier_block(tier, titles, tz) for tier in status.tiers),
        "<h2>三、审核结论</h2>",
        _conclusion(status, file_problems),
        "<h2>四、稿件内容</h2>",
        _content(post),
        '<p class="note">本表由 govpub 生成。每份审批以审核人的 Ed25519 密钥签名，并绑定上方的'
        "内容摘要（SHA-256）：稿件的任何改动都会使审批失效，须重新审核；调整发布时间不影响审批。"
        "依据：国办发〔2018〕123号 四(二)“先审后发”；国办公开办函〔2021〕31号“五关”。</p>",
        "</body></html>",
    ]
    return "\n".join(parts) + "\n"


def _post_table(post: Post, status: ReviewStatus, tz: tzinfo | None) -> str:
    category = (
        f"{status.category_label}（{status.category}）"
        if status.category_label
        else (status.category)
    )
    if post.source is None:
        source = "原创"
    else:
        source = "转载：" + " ".join(p for p in (post.source.name, post.source.url or "") if p)
    images = "、".join(
        f"{i.filename or i.src or '图片'}（{(i.sha256 or '')[:12]}）" for i in post.all_images()
    )
    rows = [
        ("标题", post.title),
        ("稿件编号", post.id),
        ("类别", category),
        ("作者", post.author or "—"),
        ("计划发布时间", _time(post.publish_at, tz) if post.publish_at else "立即发布"),
        ("来源", source),
        ("图片", images or "无"),
    ]
    body = "".join(f"<tr><th>{_e(k)}</th><td>{_e(v)}</td></tr>" for k, v in rows)
    digest = f'<tr><th>内容摘要</th><td class="mono">{_e(_digest_text(status.digest))}</td></tr>'
    return f'<table class="info">{body}{digest}</table>'


def _findings_table(findings: Sequence[Finding] | None) -> str:
    if findings is None:
        return "<p>未运行合规检查。</p>"
    if not findings:
        return "<p>未发现问题。</p>"
    head = "<tr><th>级别</th><th>规则</th><th>位置</th><th>说明</th><th>摘录</th></tr>"
    ordered = sorted(findings, key=lambda f: _ORDER.get(f.severity, 9))
    rows = "".join(
        "<tr>"
        f"<td>{_e(_SEVERITY.get(f.severity, f.severity))}</td>"
        f'<td class="mono">{_e(f.rule)}</td>'
        f'<td class="mono">{_e(f.field)}</td>'
        f"<td>{_e(f.message)}</td>"
        f"<td>{_e(f.excerpt or '')}</td>"
        "</tr>"
        for f in ordered
    )
    count = {s: sum(1 for f in findings if f.severity == s) for s in _SEVERITY}
    summary = (
        f"<p>共 {len(findings)} 项：阻止发布 {count['block']} 项，需要复核 {count['warn']} 项，"
        f"已自动修正 {count['fixed']} 项（正文为修正后的内容）。</p>"
    )
    return f"{summary}<table>{head}{rows}</table>"


def _tier_block(tier: TierStatus, titles: dict[str, str], tz: tzinfo | None) -> str:
    required = "、".join(CHECK_LABELS[k] for k in tier.checks)
    state = (
        '<span class="ok">已通过</span>' if tier.satisfied else '<span class="bad">未完成</span>'
    )
    header = (
        f'<p class="tier">第{tier.number}级 {_e(tier.name)} · '
        f"{_e(tier.role_label)} [{_e(tier.role)}] · "
        f"{_e(_MODE.get(tier.mode, tier.mode))} · 须核查：{_e(required)} · {state}</p>"
    )
    checks = "".join(f"<th>{_e(CHECK_LABELS[k])}</th>" for k in CHECK_KEYS)
    head = (
        f"<tr><th>审核人</th><th>职务</th><th>审核时间</th>{checks}"
        '<th>意见</th><th>密钥</th><th class="sign">签字</th></tr>'
    )
    rows = "".join(_approval_row(a, titles, tz) for a in tier.approvals)
    if tier.missing_reviewers:
        joiner = "、" if tier.mode == "all" else " 或 "
        waiting = joiner.join(tier.missing_reviewers)
        rows += f'<tr><td colspan="{len(CHECK_KEYS) + 6}">待审核：{_e(waiting)}</td></tr>'
    elif not tier.approvals:
        rows += f'<tr><td colspan="{len(CHECK_KEYS) + 6}">无可审核此级的审核人</td></tr>'
    return f"{header}<table>{head}{rows}</table>"


def _approval_row(approval: Approval, titles: dict[str, str], tz: tzinfo | None) -> str:
    marks = "".join(f"<td>{'✓' if getattr(approval.checks, k) else '✗'}</td>" for k in CHECK_KEYS)
    return (
        f"<tr><td>{_e(approval.reviewer)}</td><td>{_e(titles.get(approval.reviewer, ''))}</td>"
        f"<td>{_e(_time(approval.time, tz))}</td>{marks}"
        f"<td>{_e(approval.comment or '')}</td>"
        f'<td class="mono">{_e(approval.key_id)}</td><td class="sign"></td></tr>'
    )


def _conclusion(status: ReviewStatus, file_problems: Sequence[str]) -> str:
    if status.complete and not file_problems:
        return f'<p class="ok">审核完成：{len(status.tiers)} 级审核均已通过，可以发布。</p>'
    items = [f"<li>{_e(p.message)}</li>" for p in status.problems] + [
        f"<li>{_e(text)}</li>" for text in file_problems
    ]
    reasons = sorted({p.reason for p in status.problems})
    legend = "；".join(f"{r} = {REASONS.get(r, r)}" for r in reasons)
    return (
        f'<p class="bad">审核未完成，不得发布。共 {len(items)} 个问题：</p>'
        f"<ol>{''.join(items)}</ol>" + (f'<p class="note">{_e(legend)}</p>' if legend else "")
    )


def _content(post: Post) -> str:
    summary = f"<p>摘要：{_e(post.summary)}</p>" if post.summary else ""
    return f'{summary}<div class="body">{_e(post.body)}</div>'
