"""Hand-written inline SVG for the HTML report: update calendar, weekly bars, original vs reprint.

No JavaScript and no chart library: the report must open offline on any
supervisor's machine, and print.  Every mark carries a ``<title>`` so a
hover shows the number; every chart has ``role="img"`` and an ``aria-label``.
All text passes through :func:`html.escape`.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from datetime import date, timedelta
from html import escape

__all__ = ["CalendarRow", "calendar_svg", "ratio_svg", "weekly_svg"]

ORIGINAL = "#2f6fb2"
REPRINT = "#e08a2c"
EMPTY = "#ebedf0"
_GREENS = ("#ebedf0", "#9be9a8", "#40c463", "#30a14e", "#216e39")
_FONT = 12
_LABEL_W = 190


def _attr(value: object) -> str:
    return escape(str(value), quote=True)


@dataclass(frozen=True)
class CalendarRow:
    """One account's publications per day, and the days it counts as dormant."""

    account_id: str
    label: str
    counts: Mapping[date, int]
    level: str = "ok"


def _green(count: int) -> str:
    return _GREENS[min(count, len(_GREENS) - 1)]


def calendar_svg(rows: Sequence[CalendarRow], start: date, end: date, *, fail_days: int) -> str:
    """One row of day cells per account from ``start`` to ``end`` (inclusive).

    Runs of ``fail_days`` or more days without a publication are underlined in
    red: that is what an inspector's check inside the run would fail.
    """
    days = [start + timedelta(days=i) for i in range((end - start).days + 1)]
    cell = 14 if len(days) <= 62 else 9 if len(days) <= 120 else 5
    gap = 2 if cell > 5 else 1
    top = 28
    width = _LABEL_W + len(days) * (cell + gap) + 10
    height = top + len(rows) * (cell + 10) + 34
    out = [
        f'<svg class="chart calendar" xmlns="http://www.w3.org/2000/svg" role="img" '
        f'width="{width}" height="{height}" viewBox="0 0 {width} {height}" '
        f'aria-label="各账号更新日历 {start.isoformat()} 至 {end.isoformat()}">'
    ]
    for index, day in enumerate(days):
        if day.weekday() == 0 or index == 0:
            x = _LABEL_W + index * (cell + gap)
            out.append(
                f'<text x="{x}" y="{top - 10}" font-size="{_FONT - 2}" fill="#555">'
                f"{day.month}/{day.day}</text>"
            )
    for row_index, row in enumerate(rows):
        y = top + row_index * (cell + 10)
        colour = {"fail": "#b42318", "warn": "#b54708"}.get(row.level, "#222")
        out.append(
            f'<text x="0" y="{y + cell - 2}" font-size="{_FONT}" fill="{colour}" '
            f'data-account="{_attr(row.account_id)}">{escape(_clip(row.label, 15))}</text>'
        )
        run_start: int | None = None
        for index, slot in enumerate([*days, None]):
            count = row.counts.get(slot, 0) if slot is not None else 1
            if slot is not None:
                day = slot
                x = _LABEL_W + index * (cell + gap)
                out.append(
                    f'<rect x="{x}" y="{y}" width="{cell}" height="{cell}" rx="2" '
                    f'fill="{_green(count)}"><title>{escape(row.label)} '
                    f"{day.isoformat()}：发布 {count} 条</title></rect>"
                )
            if count == 0 and run_start is None:
                run_start = index
            elif count and run_start is not None:
                if index - run_start >= fail_days:
                    x1 = _LABEL_W + run_start * (cell + gap)
                    x2 = _LABEL_W + index * (cell + gap) - gap
                    out.append(
                        f'<line x1="{x1}" y1="{y + cell + 3}" x2="{x2}" y2="{y + cell + 3}" '
                        f'stroke="#b42318" stroke-width="2"><title>{escape(row.label)}：'
                        f"连续 {index - run_start} 天无更新</title></line>"
                    )
                run_start = None
    legend_y = height - 14
    out.append(
        f'<text x="0" y="{legend_y + 10}" font-size="{_FONT - 1}" fill="#555">当日发布条数</text>'
    )
    for i, colour in enumerate(_GREENS):
        x = _LABEL_W + i * 34
        out.append(
            f'<rect x="{x}" y="{legend_y}" width="12" height="12" rx="2" fill="{colour}"/>'
            f'<text x="{x + 15}" y="{legend_y + 10}" font-size="{_FONT - 1}" fill="#555">'
            f"{i if i < len(_GREENS) - 1 else f'{i}+'}</text>"
        )
    x = _LABEL_W + len(_GREENS) * 34 + 10
    out.append(
        f'<line x1="{x}" y1="{legend_y + 6}" x2="{x + 24}" y2="{legend_y + 6}" stroke="#b42318" '
        f'stroke-width="2"/><text x="{x + 30}" y="{legend_y + 10}" font-size="{_FONT - 1}" '
        f'fill="#555">连续 {fail_days} 天以上无更新</text>'
    )
    out.append("</svg>")
    return "".join(out)


def weekly_svg(weeks: Sequence[tuple[date, int, int]]) -> str:
    """Stacked bars per week (Monday): originals below, reprints above."""
    width, height, left, bottom, top = 720, 260, 44, 40, 16
    most = max((o + r for _, o, r in weeks), default=0)
    ticks = _ticks(max(most, 1))
    scale_max = ticks[-1]
    step = (width - left - 10) / max(len(weeks), 1)
    bar = max(min(step * 0.6, 48), 4)
    plot_h = height - bottom - top
    out = [
        f'<svg class="chart weekly" xmlns="http://www.w3.org/2000/svg" role="img" width="{width}" '
        f'height="{height}" viewBox="0 0 {width} {height}" aria-label="每周发布量（原创与转载）">'
    ]
    for tick in ticks:
        y = top + plot_h - tick / scale_max * plot_h
        out.append(
            f'<line x1="{left}" y1="{y:.1f}" x2="{width - 10}" y2="{y:.1f}" stroke="#e4e7ec"/>'
            f'<text x="{left - 6}" y="{y + 4:.1f}" font-size="{_FONT - 1}" text-anchor="end" '
            f'fill="#555">{tick}</text>'
        )
    for index, (monday, originals, reprints) in enumerate(weeks):
        x = left + index * step + (step - bar) / 2
        base = float(top + plot_h)
        for value, colour, label in ((originals, ORIGINAL, "原创"), (reprints, REPRINT, "转载")):
            h = value / scale_max * plot_h
            if value:
                out.append(
                    f'<rect x="{x:.1f}" y="{base - h:.1f}" width="{bar:.1f}" height="{h:.1f}" '
                    f'fill="{colour}"><title>{monday.isoformat()} 当周{label} {value} 条</title>'
                    "</rect>"
                )
            base -= h
        total = originals + reprints
        if total:
            out.append(
                f'<text x="{x + bar / 2:.1f}" y="{base - 4:.1f}" font-size="{_FONT - 1}" '
                f'text-anchor="middle" fill="#222">{total}</text>'
            )
        out.append(
            f'<text x="{x + bar / 2:.1f}" y="{height - bottom + 16}" font-size="{_FONT - 2}" '
            f'text-anchor="middle" fill="#555">{monday.month}/{monday.day}</text>'
        )
    out.append(
        f'<line x1="{left}" y1="{top + plot_h}" x2="{width - 10}" y2="{top + plot_h}" '
        'stroke="#98a2b3"/>' + _legend(left, height - 10) + "</svg>"
    )
    return "".join(out)


def ratio_svg(rows: Sequence[tuple[str, str, int, int]]) -> str:
    """A 100 % bar per account (and the matrix): original vs reprint, with counts."""
    width, row_h, bar_w = 760, 26, 320
    height = len(rows) * row_h + 40
    out = [
        f'<svg class="chart ratio" xmlns="http://www.w3.org/2000/svg" role="img" width="{width}" '
        f'height="{height}" viewBox="0 0 {width} {height}" aria-label="原创与转载比例">'
    ]
    for index, (key, label, originals, reprints) in enumerate(rows):
        y = 8 + index * row_h
        total = originals + reprints
        out.append(
            f'<text x="0" y="{y + 14}" font-size="{_FONT}" fill="#222" data-account="{_attr(key)}">'
            f"{escape(_clip(label, 15))}</text>"
        )
        if not total:
            out.append(
                f'<rect x="{_LABEL_W}" y="{y}" width="{bar_w}" height="18" fill="{EMPTY}"/>'
                f'<text x="{_LABEL_W + 8}" y="{y + 14}" font-size="{_FONT - 1}" fill="#555">'
                "期间无发布</text>"
            )
            continue
        w_original = bar_w * originals / total
        out.append(
            f'<rect x="{_LABEL_W}" y="{y}" width="{w_original:.1f}" height="18" fill="{ORIGINAL}">'
            f"<title>{escape(label)}：原创 {originals} 条</title></rect>"
            f'<rect x="{_LABEL_W + w_original:.1f}" y="{y}" width="{bar_w - w_original:.1f}" '
            f'height="18" fill="{REPRINT}"><title>{escape(label)}：转载 {reprints} 条</title>'
            "</rect>"
            f'<text x="{_LABEL_W + bar_w + 8}" y="{y + 14}" font-size="{_FONT - 1}" fill="#222">'
            f"原创 {originals} / 转载 {reprints}（原创 {originals / total:.0%}）</text>"
        )
    out.append(_legend(_LABEL_W, height - 8) + "</svg>")
    return "".join(out)


def _legend(x: float, y: float) -> str:
    return (
        f'<rect x="{x}" y="{y - 10}" width="12" height="12" fill="{ORIGINAL}"/>'
        f'<text x="{x + 16}" y="{y}" font-size="{_FONT - 1}" fill="#555">原创</text>'
        f'<rect x="{x + 60}" y="{y - 10}" width="12" height="12" fill="{REPRINT}"/>'
        f'<text x="{x + 76}" y="{y}" font-size="{_FONT - 1}" fill="#555">转载</text>'
    )


def _ticks(top: int) -> list[int]:
    """0 and up to four round steps that reach ``top``."""
    step = max(1, -(-top // 4))
    return list(range(0, step * -(-top // step) + 1, step))


def _clip(text: str, size: int) -> str:
    return text if len(text) <= size else text[: size - 1] + "…"
