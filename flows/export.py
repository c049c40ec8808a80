"""A person's full copy as JSON and CSV: what the organisation holds and what the desk holds."""

from __future__ import annotations

import csv
import io
import json
import zipfile
from typing import Any

from storage import ledger, tickets
from storage.datasources import PersonRecord


async def desk_record(subject_id: int) -> dict[str, Any]:
    """Collect what the desk itself holds about a person: choices and requests."""
    entries = await ledger.history(subject_id)
    mine = await tickets.for_subject(subject_id)
    return {
        "choices": [
            {
                "kind": e.kind,
                "key": e.key,
                "state": e.state,
                "receipt": e.receipt,
                "channel": e.channel,
                "at": e.created_at.isoformat(),
            }
            for e in entries
        ],
        "requests": [
            {
                "ref": t.ref,
                "kind": t.kind,
                "status": t.status,
                "created_at": t.created_at.isoformat(),
                "due_at": t.due_at.isoformat(),
            }
            for t in mine
        ],
    }


def build_copy(phone: str, organisation: str, held: PersonRecord, desk: dict[str, Any]) -> dict[str, Any]:
    """Put the whole copy together as one JSON-ready object."""
    return {"phone": phone, "organisation": organisation, "organisation_data": held, "privacy_desk": desk}


def as_json(copy: dict[str, Any]) -> bytes:
    """Write the copy as readable JSON."""
    return json.dumps(copy, ensure_ascii=False, indent=2).encode("utf-8")


def as_zip(copy: dict[str, Any]) -> bytes:
    """Put the copy as JSON and as CSV in one file, for a link that works once."""
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w", compression=zipfile.ZIP_DEFLATED) as archive:
        archive.writestr("my-data.json", as_json(copy))
        archive.writestr("my-data.csv", as_csv(copy))
    return out.getvalue()


def as_csv(copy: dict[str, Any]) -> bytes:
    """Write the copy as CSV rows of source, category, field and value."""
    out = io.StringIO()
    writer = csv.writer(out)
    rows = [["source", "category", "field", "value"]]
    for category, fields in copy["organisation_data"].items():
        for name, value in fields.items():
            rows.append(["organisation", category, name, value])
    for choice in copy["privacy_desk"]["choices"]:
        rows.append(["privacy_desk", choice["kind"], choice["key"], f"{choice['state']} ({choice['receipt']})"])
    for request in copy["privacy_desk"]["requests"]:
        rows.append(["privacy_desk", "request", request["ref"], f"{request['kind']}: {request['status']}"])
    writer.writerows([spreadsheet_safe(cell) for cell in row] for row in rows)
    # A byte-order mark so that spreadsheet programs read the Urdu correctly.
    return ("\ufeff" + out.getvalue()).encode("utf-8")


# What a spreadsheet program takes for the start of a formula (OWASP, "CSV Injection").
_FORMULA_STARTS = ("=", "+", "-", "@", "\t", "\r")


def spreadsheet_safe(value: object) -> str:
    """Keep a cell from being run as a formula: a leading quote makes it plain text.

    The organisation's records are not ours to trust: `=HYPERLINK(...)` in a field must reach
    the person as the words it is, not as a link their spreadsheet builds and follows.
    """
    text = "" if value is None else str(value)
    return "'" + text if text.startswith(_FORMULA_STARTS) else text
