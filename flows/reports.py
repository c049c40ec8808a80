"""The figures a privacy officer reports: requests per week by kind, the share answered on
time, days to close, and how old the open tickets are.

Plain computation over ticket rows (kind, status, created, due, closed), so the web page's
charts and the CSV for a regulator show the same numbers. Weeks start on Monday, in
Pakistan's time zone, and are named by that Monday's date.
"""

from __future__ import annotations

import statistics
from collections import Counter
from collections.abc import Iterable, Iterator
from dataclasses import dataclass, field
from datetime import date, datetime, timedelta
from typing import Protocol
from zoneinfo import ZoneInfo

from flows.i18n import TIMEZONE

WEEKS = 12
# Open tickets by age, in days since they were opened: (label, first day, last day).
AGE_BANDS = (("0-7", 0, 7), ("8-14", 8, 14), ("15-21", 15, 21), ("22-30", 22, 30), ("31+", 31, None))
ANSWERED = ("resolved", "rejected")
CLOSED = ("resolved", "rejected", "canceled")


class Row(Protocol):
    """What a report needs of a ticket."""

    @property
    def kind(self) -> str: ...
    @property
    def status(self) -> str: ...
    @property
    def created_at(self) -> datetime: ...
    @property
    def due_at(self) -> datetime: ...
    @property
    def closed_at(self) -> datetime | None: ...


@dataclass
class Report:
    """Every figure, week by week where it has weeks."""

    weeks: list[date]
    kinds: list[str]
    requests: dict[date, Counter[str]] = field(default_factory=dict)
    answered: dict[date, int] = field(default_factory=dict)
    on_time: dict[date, int] = field(default_factory=dict)
    days_to_close: dict[date, float | None] = field(default_factory=dict)
    open_by_age: dict[str, int] = field(default_factory=dict)

    def on_time_share(self, week: date) -> float | None:
        """Give the share of the week's answered requests answered by their deadline."""
        answered = self.answered.get(week, 0)
        return self.on_time.get(week, 0) / answered if answered else None

    def csv_rows(self) -> Iterator[tuple[str, str, str, str]]:
        """Give every figure as (figure, period, series, value) rows."""
        for week in self.weeks:
            for kind in self.kinds:
                yield "requests", week.isoformat(), kind, str(self.requests[week][kind])
        for week in self.weeks:
            share = self.on_time_share(week)
            yield "answered", week.isoformat(), "all", str(self.answered[week])
            yield "answered_on_time_share", week.isoformat(), "all", "" if share is None else f"{share:.3f}"
            days = self.days_to_close[week]
            yield "median_days_to_close", week.isoformat(), "all", "" if days is None else f"{days:.1f}"
        for band, count in self.open_by_age.items():
            yield "open_by_age_days", "now", band, str(count)


def week_of(moment: datetime) -> date:
    """Give the Monday, in Pakistan, of the week a moment falls in."""
    day = moment.astimezone(ZoneInfo(TIMEZONE)).date()
    return day - timedelta(days=day.weekday())


def first_week(now: datetime, weeks: int = WEEKS) -> date:
    """Give the Monday the report starts on."""
    return week_of(now) - timedelta(weeks=weeks - 1)


def build(rows: Iterable[Row], now: datetime, kinds: Iterable[str], weeks: int = WEEKS) -> Report:
    """Work out every figure for the last `weeks` weeks up to `now`."""
    start = first_week(now, weeks)
    shown = [start + timedelta(weeks=n) for n in range(weeks)]
    report = Report(shown, list(kinds))
    report.requests = {w: Counter() for w in shown}
    report.answered = dict.fromkeys(shown, 0)
    report.on_time = dict.fromkeys(shown, 0)
    report.open_by_age = {label: 0 for label, _, _ in AGE_BANDS}
    took: dict[date, list[float]] = {w: [] for w in shown}
    for row in rows:
        _count(report, took, row, now)
    report.days_to_close = {w: statistics.median(took[w]) if took[w] else None for w in shown}
    return report


def _count(report: Report, took: dict[date, list[float]], row: Row, now: datetime) -> None:
    opened = week_of(row.created_at)
    if opened in report.requests:
        report.requests[opened][row.kind] += 1
    if row.status not in CLOSED:
        report.open_by_age[_band((now - row.created_at).days)] += 1
        return
    if row.status in ANSWERED and row.closed_at is not None:
        closed = week_of(row.closed_at)
        if closed in report.answered:
            report.answered[closed] += 1
            report.on_time[closed] += row.closed_at <= row.due_at
            took[closed].append((row.closed_at - row.created_at).total_seconds() / 86400)


def _band(days: int) -> str:
    for label, low, high in AGE_BANDS:
        if days >= low and (high is None or days <= high):
            return label
    return AGE_BANDS[0][0]
