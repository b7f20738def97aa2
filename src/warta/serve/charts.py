"""Charts as SVG, rendered on the server: horizontal bars (e.g. top speakers) and columns over
time (quotes per week or month), each with axes, tick labels, an axis title and value labels.

All text is XML-escaped; the result is :class:`markupsafe.Markup`, ready to inline in a page.
"""

from __future__ import annotations

import math
from collections.abc import Sequence

from markupsafe import Markup, escape

FONT = 'font-family="system-ui, sans-serif"'


def nice_ticks(top: float, count: int = 5) -> list[int]:
    """Round tick values from 0 to at least ``top`` (integers, about ``count`` of them)."""
    top = max(1.0, float(top))
    raw = top / count
    mag = 10 ** math.floor(math.log10(raw)) if raw >= 1 else 1
    step = next(m * mag for m in (1, 2, 5, 10) if m * mag >= raw)
    step = max(1, int(step))
    return list(range(0, int(math.ceil(top / step)) * step + 1, step))


def _short(label: str, width: int) -> str:
    return label if len(label) <= width else label[: width - 1] + "…"


def bar_chart(
    items: Sequence[tuple[str, float]],
    *,
    title: str,
    x_label: str,
    links: Sequence[str | None] | None = None,
    width: int = 560,
    bar: int = 22,
) -> Markup:
    """Horizontal bars for ``(label, value)`` pairs, largest first as given; ``links`` (optional,
    one per item) make the labels links."""
    label_w, pad, top_h, axis_h = 170, 12, 8, 42
    plot_w = width - label_w - pad * 2 - 30
    height = top_h + len(items) * (bar + 6) + axis_h
    ticks = nice_ticks(max((v for _, v in items), default=1))
    scale = plot_w / ticks[-1]
    x0 = label_w + pad
    parts = [
        f'<svg class="chart" role="img" viewBox="0 0 {width} {height}" width="100%" '
        f'xmlns="http://www.w3.org/2000/svg" {FONT} font-size="12">',
        f"<title>{escape(title)}</title>",
    ]
    bottom = top_h + len(items) * (bar + 6)
    for t in ticks:
        x = x0 + t * scale
        parts.append(f'<line x1="{x:.1f}" y1="{top_h}" x2="{x:.1f}" y2="{bottom}" stroke="#e3e3e3"/>')
        parts.append(f'<text x="{x:.1f}" y="{bottom + 16}" text-anchor="middle" fill="#444">{t}</text>')
    for i, (label, value) in enumerate(items):
        y = top_h + i * (bar + 6)
        text = (
            f'<text x="{x0 - 8}" y="{y + bar * 0.7:.1f}" text-anchor="end" fill="#222">'
            f"<title>{escape(label)}</title>{escape(_short(label, 26))}</text>"
        )
        link = links[i] if links else None
        parts.append(f'<a href="{escape(link)}">{text}</a>' if link else text)
        w = value * scale
        parts.append(
            f'<rect class="bar" x="{x0}" y="{y}" width="{w:.1f}" height="{bar}" fill="#3b6ea8">'
            f"<title>{escape(label)}: {value:g}</title></rect>"
        )
        parts.append(f'<text x="{x0 + w + 4:.1f}" y="{y + bar * 0.7:.1f}" fill="#222">{value:g}</text>')
    parts.append(f'<line x1="{x0}" y1="{top_h}" x2="{x0}" y2="{bottom}" stroke="#555"/>')
    parts.append(f'<line x1="{x0}" y1="{bottom}" x2="{x0 + plot_w}" y2="{bottom}" stroke="#555"/>')
    parts.append(
        f'<text x="{x0 + plot_w / 2:.1f}" y="{height - 4}" text-anchor="middle" fill="#222">'
        f"{escape(x_label)}</text>"
    )
    parts.append("</svg>")
    return Markup("".join(parts))


def column_chart(
    items: Sequence[tuple[str, float]],
    *,
    title: str,
    x_label: str,
    y_label: str,
    width: int = 640,
    height: int = 240,
) -> Markup:
    """Vertical columns for ``(period, value)`` pairs in time order; period labels are thinned to
    stay readable."""
    left, right, top, bottom_h = 48, 12, 10, 58
    plot_w, plot_h = width - left - right, height - top - bottom_h
    ticks = nice_ticks(max((v for _, v in items), default=1), 4)
    scale = plot_h / ticks[-1]
    base = top + plot_h
    n = max(1, len(items))
    slot = plot_w / n
    every = max(1, math.ceil(n / 10))
    parts = [
        f'<svg class="chart" role="img" viewBox="0 0 {width} {height}" width="100%" '
        f'xmlns="http://www.w3.org/2000/svg" {FONT} font-size="11">',
        f"<title>{escape(title)}</title>",
    ]
    for t in ticks:
        y = base - t * scale
        parts.append(f'<line x1="{left}" y1="{y:.1f}" x2="{left + plot_w}" y2="{y:.1f}" stroke="#e3e3e3"/>')
        parts.append(f'<text x="{left - 6}" y="{y + 4:.1f}" text-anchor="end" fill="#444">{t}</text>')
    for i, (label, value) in enumerate(items):
        x = left + i * slot
        h = value * scale
        bw = min(max(1.0, slot * 0.76), 36.0)
        parts.append(
            f'<rect class="bar" x="{x + (slot - bw) / 2:.1f}" y="{base - h:.1f}" '
            f'width="{bw:.1f}" height="{h:.1f}" fill="#c0632b">'
            f"<title>{escape(label)}: {value:g}</title></rect>"
        )
        if i % every == 0:
            cx = x + slot / 2
            parts.append(
                f'<text x="{cx:.1f}" y="{base + 14}" text-anchor="end" fill="#444" '
                f'transform="rotate(-35 {cx:.1f} {base + 14})">{escape(label)}</text>'
            )
    parts.append(f'<line x1="{left}" y1="{top}" x2="{left}" y2="{base}" stroke="#555"/>')
    parts.append(f'<line x1="{left}" y1="{base}" x2="{left + plot_w}" y2="{base}" stroke="#555"/>')
    parts.append(
        f'<text x="{left + plot_w / 2:.1f}" y="{height - 4}" text-anchor="middle" fill="#222">'
        f"{escape(x_label)}</text>"
    )
    parts.append(
        f'<text x="12" y="{top + plot_h / 2:.1f}" text-anchor="middle" fill="#222" '
        f'transform="rotate(-90 12 {top + plot_h / 2:.1f})">{escape(y_label)}</text>'
    )
    parts.append("</svg>")
    return Markup("".join(parts))
