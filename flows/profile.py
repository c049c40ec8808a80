"""Organisation profiles: what one organisation promises in its privacy policy, as data.

A profile is a TOML file (`policies/*.toml`) read with the standard library's `tomllib`. It
names the organisation in English and Urdu, its contacts and privacy officer, the regulator a
person may turn to, its response deadline, the rights it offers (with honest notes where it
limits one), the data it holds, its consent purposes, its marketing channels, its retention
rules, its rules for children, whether it acts as controller or processor, and where "See my
data" looks. `load_profile` checks all of it and refuses a profile with a mistake with one
`ProfileError` naming the file, the dotted key and what to do.

Every human-facing string is a table `{ en = "...", ur = "..." }` (and, optionally, its Roman
Urdu, `ur-Latn = "..."`) and becomes a `Text`.

This module holds the values and the sections that make them; the checked TOML reader (and
`Text`) is `flows/profile_tables.py`, the `[data_source]` section `flows/profile_sources.py`. A
new section is a value and its reader (here, or in a module of its own that reads a
`profile_tables.Table`), a key in `_TOP_KEYS` and a line in `load_profile`.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from pathlib import Path

from flows.canned import CannedAnswer, read_canned
from flows.kinds import RIGHT_KINDS
from flows.profile_sources import data_source
from flows.profile_tables import _URDU_LETTER, TEXT_HINT, Table, Text, read_toml
from flows.profile_tables import ProfileError as ProfileError  # load_profile raises it
from storage.datasources import DataSourceConfig

MARKETING_CHANNELS = ("sms", "calls", "email", "whatsapp", "push")
ROLES = ("controller", "processor", "both")

_PROFILE_KEY = re.compile(r"^[a-z0-9][a-z0-9-]*$")
_PURPOSE_KEY = re.compile(r"^[a-z][a-z0-9_]*$")
_CATEGORY_KEY = re.compile(r"^[A-Za-z][A-Za-z0-9 _-]*$")
_EMAIL = re.compile(r"^[^@\s]+@[^@\s]+\.[^@\s]+$")


# --- values ----------------------------------------------------------------------------------


@dataclass(frozen=True, slots=True)
class PrivacyOfficer:
    """The person or team named for privacy questions."""

    name: Text | None
    email: str | None
    phone: str | None


@dataclass(frozen=True, slots=True)
class Contact:
    """How a person reaches the organisation."""

    email: str | None
    phone: str | None
    address: Text | None
    website: str | None
    privacy_officer: PrivacyOfficer | None


@dataclass(frozen=True, slots=True)
class Regulator:
    """The body a person may turn to when the organisation's answer does not satisfy them."""

    name: Text
    website: str | None
    email: str | None
    phone: str | None
    note: Text | None


@dataclass(frozen=True, slots=True)
class Right:
    """One right and whether the organisation offers it; `note` explains any limit honestly."""

    kind: str
    offered: bool
    note: Text | None


@dataclass(frozen=True, slots=True)
class Category:
    """A category of data the organisation holds; `key` is its name in the data source."""

    key: str
    name: Text
    description: Text | None


@dataclass(frozen=True, slots=True)
class Purpose:
    """A processing purpose; `required` ones are needed for the service and cannot be withdrawn."""

    key: str
    name: Text
    description: Text
    required: bool


@dataclass(frozen=True, slots=True)
class RetentionRule:
    """How long some categories are kept.

    `days` is None where the policy sets no fixed period: the description then says what
    applies ("while your account is active", "indefinitely").
    """

    key: str
    description: Text
    days: int | None
    categories: tuple[str, ...]


@dataclass(frozen=True, slots=True, kw_only=True)
class DeskRetention:
    """How long the help desk itself keeps transcripts, data exports and closed tickets."""

    transcript_days: int
    export_hours: int = 24
    closed_ticket_days: int


@dataclass(frozen=True, slots=True)
class Retention:
    """Retention rules, what is kept after a deletion request, and the desk's own periods."""

    rules: tuple[RetentionRule, ...]
    kept_after_erasure: tuple[Text, ...]
    indefinite: bool
    desk: DeskRetention


@dataclass(frozen=True, slots=True)
class Children:
    """The organisation's rules for children and for guardians acting for them."""

    minimum_age: int
    guardian_requests: bool
    note: Text


@dataclass(frozen=True)
class Profile:
    """Everything the desk needs to know about one organisation."""

    key: str
    version: str
    name: Text
    contact: Contact
    regulator: Regulator
    response_days: int
    rights: dict[str, Right]
    categories: tuple[Category, ...]
    purposes: tuple[Purpose, ...]
    marketing_channels: tuple[str, ...]
    retention: Retention
    children: Children
    role: str
    role_note: Text | None
    data_source: DataSourceConfig
    path: Path
    canned: tuple[CannedAnswer, ...] = ()
    # The Urdu name as it stands before a postposition ("مثالی ادارے کے پاس"); None: unchanged.
    name_ur_oblique: str | None = None

    def organisation(self, lang: str) -> str:
        """Name the organisation in a message; Urdu messages always follow it with a
        postposition (کا، کے، سے، میں), so Urdu gets the oblique form."""
        if lang == "ur":
            return self.name_ur_oblique or self.name.ur
        return self.name.get(lang)

    def right(self, kind: str) -> Right:
        """Give the right of this kind; one the profile does not mention is not offered."""
        if kind not in RIGHT_KINDS:
            kinds = ", ".join(RIGHT_KINDS)
            raise ValueError(f"unknown right kind {kind!r}; expected one of {kinds}")
        return self.rights.get(kind) or Right(kind, False, None)

    def offers(self, kind: str) -> bool:
        """Tell whether the organisation offers this right."""
        return self.right(kind).offered

    def purpose(self, key: str) -> Purpose | None:
        """Find a consent purpose by its key."""
        return next((p for p in self.purposes if p.key == key), None)

    def category(self, key: str) -> Category | None:
        """Find a data category by its key."""
        return next((c for c in self.categories if c.key == key), None)


# --- sections --------------------------------------------------------------------------------

_TOP_KEYS = (
    "key", "version", "name", "name_ur_oblique", "response_days", "role", "role_note", "marketing_channels",
    "contact", "regulator", "rights", "categories", "purposes", "retention", "children",
    "data_source", "canned",
)


def load_profile(path: str | Path) -> Profile:
    """Read and check a profile; raise `ProfileError` naming the file, key and problem."""
    path = Path(path)
    root = Table(str(path), "", read_toml(path))
    root.only(*_TOP_KEYS)
    categories = _categories(root)
    role, role_note = _role(root)
    profile = Profile(
        key=root.matching("key", _PROFILE_KEY, "lowercase letters, digits and dashes")
        or path.stem,
        version=str(root.string("version")),
        name=_required_text(root, "name"),
        contact=_contact(_sub(root, "contact")),
        regulator=_regulator(_sub(root, "regulator")),
        response_days=_days(root, "response_days"),
        rights=_rights(_sub(root, "rights")),
        categories=categories,
        purposes=_purposes(root),
        marketing_channels=_channels(root),
        retention=_retention(_sub(root, "retention"), categories),
        children=_children(_sub(root, "children")),
        role=role,
        role_note=role_note,
        data_source=data_source(_sub(root, "data_source"), path.parent, [c.key for c in categories]),
        path=path,
        name_ur_oblique=_urdu(root, "name_ur_oblique"),
        canned=read_canned(root.data.get("canned"), root.fail),
    )
    _check_guardian_right(root, profile)
    return profile


def _urdu(table: Table, key: str) -> str | None:
    """Read an optional string in Urdu script."""
    value = table.string(key, required=False)
    if value is not None and not _URDU_LETTER.search(value):
        table.fail(key, "expected Urdu in Urdu script; write the Urdu text here")
    return value


def _sub(table: Table, key: str) -> Table:
    """Read a required sub-table."""
    sub = table.table(key)
    assert sub is not None
    return sub


def _required_text(table: Table, key: str) -> Text:
    """Read a required `{ en, ur }` table."""
    text = table.text(key)
    assert text is not None
    return text


def _days(table: Table, key: str) -> int:
    """Read a required positive number of days (or hours)."""
    value = table.integer(key)
    assert value is not None
    return value


def _email(table: Table, key: str) -> str | None:
    """Read an optional email address."""
    return table.matching(key, _EMAIL, "an email address such as privacy@example.org")


def _contact(t: Table) -> Contact:
    """Read `[contact]` and its optional `[contact.privacy_officer]`."""
    t.only("email", "phone", "address", "website", "privacy_officer")
    officer = t.table("privacy_officer", required=False)
    return Contact(
        email=_email(t, "email"),
        phone=t.string("phone", required=False),
        address=t.text("address", required=False),
        website=t.url("website"),
        privacy_officer=_officer(officer) if officer else None,
    )


def _officer(t: Table) -> PrivacyOfficer:
    """Read `[contact.privacy_officer]`."""
    t.only("name", "email", "phone")
    return PrivacyOfficer(
        name=t.text("name", required=False),
        email=_email(t, "email"),
        phone=t.string("phone", required=False),
    )


def _regulator(t: Table) -> Regulator:
    """Read `[regulator]`."""
    t.only("name", "website", "email", "phone", "note")
    return Regulator(
        name=_required_text(t, "name"),
        website=t.url("website"),
        email=_email(t, "email"),
        phone=t.string("phone", required=False),
        note=t.text("note", required=False),
    )


def _rights(t: Table) -> dict[str, Right]:
    """Read `[rights.<kind>]` tables; kinds left out are not offered."""
    rights = {}
    for kind in t.data:
        if kind not in RIGHT_KINDS:
            t.fail(kind, f"unknown right; expected one of: {', '.join(RIGHT_KINDS)}")
        right = _sub(t, kind)
        right.only("offered", "note")
        rights[kind] = Right(kind, right.boolean("offered"), right.text("note", required=False))
    return rights


def _unique_key(t: Table, pattern: re.Pattern[str], what: str, seen: set[str]) -> str:
    """Read an entry's `key`, refusing a malformed or repeated one."""
    key = t.matching("key", pattern, what)
    if key is None:
        t.fail("key", "missing; give each entry a key")
    if key in seen:
        t.fail("key", f"duplicate key {key!r}; each key may appear once")
    seen.add(key)
    return key


def _categories(root: Table) -> tuple[Category, ...]:
    """Read the `[[categories]]` of data the organisation holds."""
    seen: set[str] = set()
    result = []
    for t in root.tables("categories"):
        t.only("key", "name", "description")
        key = _unique_key(t, _CATEGORY_KEY, "a name such as Contact or Billing", seen)
        result.append(Category(key, _required_text(t, "name"), t.text("description", False)))
    return tuple(result)


def _purposes(root: Table) -> tuple[Purpose, ...]:
    """Read the `[[purposes]]` of processing."""
    seen: set[str] = set()
    result = []
    for t in root.tables("purposes"):
        t.only("key", "name", "description", "required_for_service")
        key = _unique_key(t, _PURPOSE_KEY, "lowercase letters, digits and _", seen)
        name, description = _required_text(t, "name"), _required_text(t, "description")
        result.append(Purpose(key, name, description, t.boolean("required_for_service")))
    return tuple(result)


def _channels(root: Table) -> tuple[str, ...]:
    """Read `marketing_channels`, each one of the known channels, once."""
    channels = root.strings("marketing_channels")
    for i, channel in enumerate(channels):
        if channel not in MARKETING_CHANNELS:
            root.fail("marketing_channels", f"unknown channel {channel!r}; "
                      f"expected some of: {', '.join(MARKETING_CHANNELS)}")
        if channel in channels[:i]:
            root.fail("marketing_channels", f"{channel!r} is listed twice; list it once")
    return tuple(channels)


def _retention(t: Table, categories: tuple[Category, ...]) -> Retention:
    """Read `[retention]`, its `[[retention.rules]]` and `[retention.desk]`."""
    t.only("indefinite", "kept_after_erasure", "rules", "desk")
    known = {c.key for c in categories}
    seen: set[str] = set()
    rules = tuple(_rule(r, known, seen) for r in t.tables("rules"))
    return Retention(rules, t.texts("kept_after_erasure"), t.boolean("indefinite"),
                     _desk(_sub(t, "desk")))


def _rule(t: Table, known: set[str], seen: set[str]) -> RetentionRule:
    """Read one retention rule; its categories must be declared in `[[categories]]`."""
    t.only("key", "description", "days", "categories")
    key = _unique_key(t, _PURPOSE_KEY, "lowercase letters, digits and _", seen)
    cats = t.strings("categories")
    if not cats:
        t.fail("categories", "empty; list the categories this rule applies to")
    for cat in cats:
        if cat not in known:
            t.fail("categories", f"{cat!r} is not a declared category; add it to "
                   f"[[categories]] or use one of: {', '.join(sorted(known))}")
    return RetentionRule(key, _required_text(t, "description"), t.integer("days", False),
                         tuple(cats))


def _desk(t: Table) -> DeskRetention:
    """Read `[retention.desk]`."""
    t.only("transcript_days", "export_hours", "closed_ticket_days")
    return DeskRetention(
        transcript_days=_days(t, "transcript_days"),
        closed_ticket_days=_days(t, "closed_ticket_days"),
        export_hours=t.integer("export_hours", required=False) or 24,
    )


def _children(t: Table) -> Children:
    """Read `[children]`."""
    t.only("minimum_age", "guardian_requests", "note")
    return Children(_days(t, "minimum_age"), t.boolean("guardian_requests"),
                    _required_text(t, "note"))


def _role(root: Table) -> tuple[str, Text | None]:
    """Read `role`; a processor must explain in `role_note` who decides about the data."""
    role = root.choice("role", ROLES)
    note = root.text("role_note", required=False)
    if role != "controller" and note is None:
        root.fail("role_note", f"missing; a {role} must explain who decides about the data, "
                  f"as {TEXT_HINT}")
    return role, note


def _check_guardian_right(root: Table, profile: Profile) -> None:
    """Refuse a profile whose guardian right and children rule disagree."""
    if profile.offers("guardian_request") != profile.children.guardian_requests:
        root.fail("rights.guardian_request.offered",
                  "disagrees with children.guardian_requests; make the two the same")
