"""The reports' charts, drawn as SVG on the server by pygal.

No script goes with them (pygal's tooltips would load one from a CDN, and it writes its
configuration as one: both are left out) and the page shows
each as an image with its figures in a table beneath, for screen readers and for copying.
Labels are the desk's own words (kinds, weeks), and pygal escapes what it writes.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from datetime import date

import pygal
from pygal.style import Style

from bot.web.labels import kind_name, short_date
from flows import reports
from flows.i18n import _

SVG_CSP = "default-src 'none'; style-src 'unsafe-inline'; frame-ancestors 'none'"
COLOURS = ("#2f6f73", "#d08c3a", "#6b5ca5", "#b5485d", "#4f8a3c", "#3a6ea5", "#8a6d3b",
           "#7a7a7a", "#c06c84", "#355c7d")
STYLE = Style(
    background="#ffffff", plot_background="#ffffff", foreground="#2b2b2b",
    foreground_strong="#1d1d1d", foreground_subtle="#d9d9d9", colors=COLOURS,
    font_family="'DejaVu Sans', 'Noto Sans', 'Noto Naskh Arabic', sans-serif",
    title_font_size=16, label_font_size=12, major_label_font_size=12, legend_font_size=12,
    value_font_size=11,
)

_SCRIPT = re.compile(r"<script\b[^>]*>.*?</script>", re.DOTALL)

Draw = Callable[[reports.Report, list[str]], bytes]


def _week(day: date) -> str:
    return short_date(day)


def _chart(kind: type[pygal.graph.graph.Graph], **options: object) -> pygal.graph.graph.Graph:
    # The page's heading names the chart, so pygal draws no title of its own.
    settings: dict[str, object] = {
        "style": STYLE, "js": [], "width": 760, "height": 360, "disable_xml_declaration": True,
        "legend_at_bottom": True, "show_legend": True, "print_values": False, "margin": 16,
        "no_data_text": _("No data yet"), **options,
    }
    return kind(**settings)


def requests_by_kind(report: reports.Report, kinds: list[str]) -> bytes:
    """Draw requests per week, stacked by kind."""
    chart = _chart(pygal.StackedBar)
    chart.x_labels = [_week(w) for w in report.weeks]
    for kind in kinds:
        chart.add(kind_name(kind), [report.requests[w][kind] for w in report.weeks])
    return _svg(chart)


def on_time(report: reports.Report, kinds: list[str]) -> bytes:
    """Draw the share of each week's answers given by their deadline."""
    chart = _chart(pygal.Bar, range=(0, 100), show_legend=False)
    chart.x_labels = [_week(w) for w in report.weeks]
    shares = [report.on_time_share(w) for w in report.weeks]
    chart.add(_("On time"), [None if s is None else round(s * 100, 1) for s in shares])
    return _svg(chart)


def days_to_close(report: reports.Report, kinds: list[str]) -> bytes:
    """Draw the median days from request to answer, per week of answering."""
    chart = _chart(pygal.Bar, show_legend=False)
    chart.x_labels = [_week(w) for w in report.weeks]
    chart.add(_("Days"), [report.days_to_close[w] for w in report.weeks])
    return _svg(chart)


def open_by_age(report: reports.Report, kinds: list[str]) -> bytes:
    """Draw how many open tickets there are of each age."""
    chart = _chart(pygal.Bar, show_legend=False)
    chart.x_labels = list(report.open_by_age)
    chart.add(_("Open tickets"), list(report.open_by_age.values()))
    return _svg(chart)


def _svg(chart: pygal.graph.graph.Graph) -> bytes:
    rendered = chart.render()
    text = rendered if isinstance(rendered, str) else rendered.decode()
    # pygal always writes its configuration as a <script> for its tooltips; the chart needs none.
    return _SCRIPT.sub("", text).encode()


CHARTS: dict[str, Draw] = {
    "requests": requests_by_kind,
    "on-time": on_time,
    "days-to-close": days_to_close,
    "open-by-age": open_by_age,
}
