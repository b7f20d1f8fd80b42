"""``govpub report``: one self-contained HTML page for a supervisor who never opens a terminal.

The page holds everything: inline CSS, hand-written SVG charts
(:mod:`govpub.health.charts`), no script, no font, image or style sheet from
the network — it opens offline, can be mailed and printed.  Sections: the
matrix at a glance (the health table with 通过/警告/不合格), a calendar of
updates per account, publications per week, original vs reprint, the
assessment figures per account and unit, and the rules with their sources.
Every string from the configuration or the ledger is escaped.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Sequence
from datetime import date, datetime, timedelta
from html import escape

from govpub.health.charts import CalendarRow, calendar_svg, ratio_svg, weekly_svg
from govpub.health.metrics import MetricsReport, ScopeMetrics
from govpub.health.profiles import RuleProfile
from govpub.health.results import CHECK_LABELS, LEVEL_LABELS, AccountHealth, HealthReport

__all__ = ["render_report"]

_STATUS = {"active": "在用", "suspended": "暂停", "closed": "关停", "cancelled": "注销"}
_BASIS = {"ledger": "台账", "platform": "平台", "opened": "开设日"}

_CSS = """
:root{--ok:#067647;--ok-bg:#ecfdf3;--warn:#b54708;--warn-bg:#fffaeb;--fail:#b42318;
--fail-bg:#fef3f2;--line:#e4e7ec;--muted:#667085}
*{box-sizing:border-box}
body{margin:0;padding:24px 32px 48px;color:#101828;background:#fff;line-height:1.55;
font:14px/1.55 "Noto Sans CJK SC","Source Han Sans SC","PingFang SC","Microsoft YaHei",
"WenQuanYi Micro Hei",sans-serif}
h1{font-size:24px;margin:0 0 4px}h2{font-size:18px;margin:32px 0 12px;padding-bottom:6px;
border-bottom:2px solid #1d4f91;color:#1d4f91}
.meta{color:var(--muted);margin:0 0 16px}
.cards{display:flex;flex-wrap:wrap;gap:12px;margin:16px 0}
.card{border:1px solid var(--line);border-radius:8px;padding:10px 16px;min-width:120px}
.card b{display:block;font-size:22px}.card span{color:var(--muted);font-size:12px}
.card.ok b{color:var(--ok)}.card.warn b{color:var(--warn)}.card.fail b{color:var(--fail)}
table{border-collapse:collapse;width:100%;margin:8px 0}
th,td{border:1px solid var(--line);padding:6px 8px;text-align:left;vertical-align:top}
th{background:#f2f4f7;font-weight:600;white-space:nowrap}
td.num{text-align:right;font-variant-numeric:tabular-nums}
.badge{display:inline-block;border-radius:10px;padding:0 10px;font-size:12px;font-weight:600;
white-space:nowrap}
.ok .badge,.badge.ok{background:var(--ok-bg);color:var(--ok)}
.badge.warn{background:var(--warn-bg);color:var(--warn)}
.badge.fail{background:var(--fail-bg);color:var(--fail)}
tr.fail td:first-child{border-left:4px solid var(--fail)}
tr.warn td:first-child{border-left:4px solid var(--warn)}
.id{color:var(--muted);font-size:12px}
ul.findings{padding-left:18px}ul.findings li{margin:4px 0}
.src{color:var(--muted);font-size:12px}
.chart{max-width:100%;height:auto;display:block;margin:8px 0}
.note{color:var(--muted);font-size:12px}
footer{margin-top:40px;color:var(--muted);font-size:12px;border-top:1px solid var(--line);
padding-top:8px}
@media print{body{padding:0}h2{break-after:avoid}table,svg{break-inside:avoid}}
"""


def _e(value: object) -> str:
    return escape(str(value), quote=True)


def _badge(level: str) -> str:
    return f'<span class="badge {level}">{LEVEL_LABELS[level]}</span>'


def _cell(entry: AccountHealth, *checks: str) -> str:
    found = [f for c in checks if (f := entry.finding(c)) is not None]
    if not found:
        return "—"
    worst = max(found, key=lambda f: ("ok", "warn", "fail").index(f.level))
    if worst.level == "ok":
        return _badge("ok")
    return f'{_badge(worst.level)}<br><span class="src">{_e(worst.message)}</span>'


def _health_table(report: HealthReport) -> str:
    head = (
        "<tr><th>账号</th><th>平台</th><th>主办单位</th><th>状态</th><th>最近更新</th>"
        "<th>未更新天数</th><th>互动</th><th>凭据</th><th>登记与备案</th><th>结论</th></tr>"
    )
    rows = []
    for entry in report.accounts:
        dormant = entry.finding("R-DORMANT")
        if dormant is not None and "last_update" in dormant.details:
            last = (
                f"{_e(dormant.details['last_update'])}"
                '<br><span class="src">依据'
                f"{_BASIS.get(str(dormant.details.get('basis')), '')}</span>"
            )
        else:
            last = "—"
        days = "—" if entry.days_without_update is None else str(entry.days_without_update)
        if dormant is not None and dormant.level != "ok":
            days = f"{_badge(dormant.level)} {days}"
        open_ = entry.status in ("active", "suspended")
        interaction = (
            {True: _badge("ok"), False: _badge("fail") + " 未开启", None: "未知"}[entry.interaction]
            if open_
            else "—"
        )
        status = _STATUS.get(entry.status, entry.status)
        if entry.status_reason:
            status += f'<br><span class="src">{_e(entry.status_reason)}</span>'
        rows.append(
            f'<tr class="{entry.level}" data-account="{_e(entry.account_id)}">'
            f'<td>{_e(entry.name)}<br><span class="id">{_e(entry.account_id)}</span></td>'
            f"<td>{_e(entry.platform_label or entry.platform)}</td><td>{_e(entry.unit)}</td>"
            f'<td>{status}</td><td>{last}</td><td class="num">{days}</td><td>{interaction}</td>'
            f"<td>{_cell(entry, 'G-CREDENTIALS', 'G-TOKEN-EXPIRY', 'G-REAUTH')}</td>"
            f"<td>{_cell(entry, 'R-ONE-ACCOUNT', 'G-NAMES', 'R-FILING')}</td>"
            f"<td>{_badge(entry.level)}</td></tr>"
        )
    return f'<table class="health"><thead>{head}</thead><tbody>{"".join(rows)}</tbody></table>'


def _findings_list(report: HealthReport) -> str:
    items = []
    for entry in report.accounts:
        for finding in entry.findings:
            if finding.level == "ok":
                continue
            items.append(
                f"<li>{_badge(finding.level)} <b>{_e(entry.name)}</b> · "
                f"{_e(CHECK_LABELS.get(finding.check, finding.check))}（{_e(finding.check)}）："
                f'{_e(finding.message)}<br><span class="src">依据：{_e(finding.source)}</span></li>'
            )
    items.extend(
        f"<li>{_badge(finding.level)} <b>矩阵</b> · {_e(finding.check)}：{_e(finding.message)}</li>"
        for finding in report.matrix_findings
    )
    if not items:
        return '<p class="note">所有账号均通过检查。</p>'
    return f'<ul class="findings">{"".join(items)}</ul>'


def _pct(value: float | None) -> str:
    return "—" if value is None else f"{value:.0%}"


def _num(value: float | None, digits: int = 1) -> str:
    return "—" if value is None else f"{value:.{digits}f}"


def _metrics_table(scopes: Sequence[ScopeMetrics], first: str) -> str:
    head = (
        f"<tr><th>{first}</th><th>发布</th><th>原创</th><th>转载</th><th>原创比例</th>"
        "<th>最长未更新（天）</th><th>投递成功率</th><th>发布耗时中位数（分钟）</th>"
        "<th>撤回</th><th>合规提示</th></tr>"
    )
    rows = []
    for s in scopes:
        findings = "；".join(f"{_e(rule)} {count}" for rule, count in sorted(s.findings.items()))
        name = _e(s.name) + (
            f'<br><span class="id">{_e(s.key)}</span>' if s.scope == "account" else ""
        )
        rows.append(
            f'<tr data-scope="{s.scope}" data-key="{_e(s.key)}"><td>{name}</td>'
            f'<td class="num">{s.publications}</td><td class="num">{s.originals}</td>'
            f'<td class="num">{s.reprints}</td><td class="num">{_pct(s.original_ratio)}</td>'
            f'<td class="num">{_num(s.longest_gap.days if s.longest_gap else None)}</td>'
            f'<td class="num">{_pct(s.success_rate)}</td>'
            f'<td class="num">{_num(s.median_minutes_to_publish)}</td>'
            f'<td class="num">{s.retractions}</td><td>{findings or "—"}</td></tr>'
        )
    return f'<table class="metrics"><thead>{head}</thead><tbody>{"".join(rows)}</tbody></table>'


def _interaction_table(scopes: Sequence[ScopeMetrics]) -> str:
    """政民互动 per scope: received, replied, response rate, time to reply, open, overdue."""
    head = (
        "<tr><th>账号/单位</th><th>收到留言</th><th>已回复</th><th>无需回复</th>"
        "<th>回复率</th><th>回复用时中位数（小时）</th><th>待回复</th><th>逾期</th></tr>"
    )
    rows = []
    for s in scopes:
        figures = s.interaction
        overdue = str(figures.overdue)
        if figures.overdue:
            overdue = f"{_badge('warn')} {overdue}"
        rows.append(
            f'<tr data-scope="{s.scope}" data-key="{_e(s.key)}"><td>{_e(s.name)}</td>'
            f'<td class="num">{figures.received}</td><td class="num">{figures.replied}</td>'
            f'<td class="num">{figures.no_reply_needed}</td>'
            f'<td class="num">{_pct(figures.response_rate)}</td>'
            f'<td class="num">{_num(figures.median_hours_to_reply)}</td>'
            f'<td class="num">{figures.open}</td><td class="num">{overdue}</td></tr>'
        )
    return f'<table class="interaction"><thead>{head}</thead><tbody>{"".join(rows)}</tbody></table>'


def _review_table(scope: ScopeMetrics) -> str:
    if not scope.review:
        return '<p class="note">期间发布的稿件没有记录审核签批。</p>'
    rows = "".join(
        f'<tr><td>第 {tier} 级</td><td class="num">{stats.approvals}</td>'
        f'<td class="num">{_num(stats.median_hours_from_previous)}</td>'
        f'<td class="num">{_num(stats.median_hours_before_submission)}</td></tr>'
        for tier, stats in sorted(scope.review.items())
    )
    return (
        '<table class="review"><thead><tr><th>审核层级</th><th>签批数</th>'
        "<th>距上一级签批（小时，中位数）</th><th>签批至提交发布（小时，中位数）</th></tr></thead>"
        f"<tbody>{rows}</tbody></table>"
    )


def _weeks(metrics: MetricsReport, start: date, end: date) -> list[tuple[date, int, int]]:
    monday = start - timedelta(days=start.weekday())
    totals: Counter[date] = Counter()
    reprints: Counter[date] = Counter()
    for day, count in metrics.matrix.daily.items():
        week = day - timedelta(days=day.weekday())
        totals[week] += count
        reprints[week] += metrics.matrix.daily_reprints.get(day, 0)
    weeks = []
    while monday <= end:
        weeks.append((monday, totals[monday] - reprints[monday], reprints[monday]))
        monday += timedelta(days=7)
    return weeks


def render_report(
    health: HealthReport,
    metrics: MetricsReport,
    profile: RuleProfile,
    *,
    agency: str = "",
    generated_at: datetime | None = None,
) -> str:
    """The whole report as one HTML document (UTF-8 text)."""
    tz = metrics.tz
    start = metrics.since.astimezone(tz).date()
    end = (metrics.until.astimezone(tz) - timedelta(microseconds=1)).date()
    check_day = health.at.astimezone(tz).date()
    by_id = {m.key: m for m in metrics.accounts}
    rows = [
        CalendarRow(
            account_id=e.account_id,
            label=e.name,
            counts=by_id[e.account_id].daily if e.account_id in by_id else {},
            level=e.level,
        )
        for e in health.accounts
    ]
    calendar_end = min(end, check_day) if check_day >= start else end
    counts = health.counts
    whole = metrics.matrix
    title = f"{agency or '政务新媒体矩阵'} · 运行报告 · {start.isoformat()} 至 {end.isoformat()}"
    when = (generated_at or health.at).astimezone(tz)
    parts = [
        '<!DOCTYPE html><html lang="zh-CN"><head><meta charset="utf-8">',
        '<meta name="viewport" content="width=device-width, initial-scale=1">',
        f"<title>{_e(title)}</title><style>{_CSS}</style></head><body>",
        f"<header><h1>{_e(agency or '政务新媒体矩阵')} 政务新媒体矩阵运行报告</h1>",
        f'<p class="meta">统计期间：{start.isoformat()} 至 {end.isoformat()}　'
        f"检查时间点：{_e(health.at.astimezone(tz).isoformat(timespec='minutes'))}　"
        f"检查规则：{_e(health.profile_label)}"
        f"{'' if health.remote else '　（未查询平台，仅依据台账）'}</p>",
        '<div class="cards">',
        f'<div class="card"><b>{len(health.accounts)}</b><span>账号</span></div>',
        f'<div class="card ok"><b>{counts["ok"]}</b><span>通过</span></div>',
        f'<div class="card warn"><b>{counts["warn"]}</b><span>警告</span></div>',
        f'<div class="card fail"><b>{counts["fail"]}</b><span>不合格</span></div>',
        f'<div class="card"><b>{whole.publications}</b><span>期间发布（条次）</span></div>',
        f'<div class="card"><b>{_pct(whole.original_ratio)}</b><span>原创比例</span></div>',
        "</div></header>",
        '<section id="health"><h2>一、矩阵总览（健康检查）</h2>',
        _health_table(health),
        _findings_list(health),
        "</section>",
        '<section id="calendar"><h2>二、更新日历</h2>',
        '<p class="note">每格一天，颜色越深发布越多；'
        f"红线标出连续 {profile.dormant_fail_days} 天以上无更新"
        f"（“内容不更新”单项否决口径）。</p>",
        calendar_svg(rows, start, calendar_end, fail_days=profile.dormant_fail_days),
        "</section>",
        '<section id="weekly"><h2>三、每周发布量</h2>',
        weekly_svg(_weeks(metrics, start, end)),
        "</section>",
        '<section id="original"><h2>四、原创与转载</h2>',
        ratio_svg(
            [
                *((m.key, m.name, m.originals, m.reprints) for m in metrics.accounts),
                ("matrix", "矩阵合计", whole.originals, whole.reprints),
            ]
        ),
        "</section>",
        '<section id="metrics"><h2>五、运行指标</h2><h3>按账号</h3>',
        _metrics_table(metrics.accounts, "账号"),
        "<h3>按单位</h3>",
        _metrics_table([*metrics.units, whole], "单位"),
        "<h3>审核时效</h3>",
        _review_table(whole),
        '<p class="note">发布：期间内成功发布的条次（含之后撤回的）；'
        "原创比例：无转载来源的稿件占比；"
        "最长未更新：期间内相邻两次更新的最大间隔；投递成功率：期间内已有结果的投递中发布成功的比例；"
        "发布耗时：自提交（或预定发布时间）至平台确认发布；合规提示：随稿件记录的非阻断性合规检查结果。</p>",
        "</section>",
        '<section id="interaction"><h2>六、政民互动</h2>',
        _interaction_table([*metrics.accounts, *metrics.units, whole]),
        '<p class="note">收到留言：期间内收到的评论、提及与留言；'
        "回复率：已回复 ÷（收到 − 无需回复）；"
        f"逾期：截至期末仍未回复且已超过答复期限（{profile.reply_working_days} 个工作日）。</p>",
        "</section>",
        '<section id="rules"><h2>附：检查依据</h2><ul class="findings">',
        "<li>内容更新（R-DORMANT）：检查日与最近一次更新日相差的日历天数；"
        f"{profile.dormant_warn_days} 天起警告，"
        f"{profile.dormant_fail_days} 天起不合格。</li>",
        "<li>互动功能（R-INTERACT）：未开启留言/评论即“未提供有效互动功能”，不合格。</li>",
        "<li>留言答复（R-INTERACT-REPLY）：超过答复期限"
        f"（{profile.reply_working_days} 个工作日）未答复警告，"
        f"超过 {profile.reply_limit_days} 天未答复不合格（全国时限未明确，按规则配置）。</li>",
        "<li>一个单位同一平台一个账号（R-ONE-ACCOUNT）：国办发〔2018〕123号；有登记理由的例外除外。</li>",
        "<li>备案（R-FILING）：开设、变更、关停、注销应报送备案，"
        f"{profile.filing_working_days} 个工作日内。</li>",
        *(f'<li class="src">{_e(source)}</li>' for source in profile.sources),
        "</ul></section>",
        f"<footer>由 govpub 生成于 {_e(when.isoformat(timespec='minutes'))}。"
        "本报告为单个离线文件，不加载任何外部资源。</footer></body></html>",
    ]
    return "\n".join(parts)
