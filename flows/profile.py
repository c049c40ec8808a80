"""Organisation profiles: what one organisation promises in its privacy policy, as data.

A profile is a TOML file (`policies/*.toml`) read with the standard library's `tomllib`. It
names the organisation in English and Urdu, its contacts and privacy officer, the regulator a
person may turn to, its response deadline, the rights it offers (with honest notes where it
limits one), the data it holds, its consent purposes, its marketing channels, its retention
rules, its rules for children, whether it acts as controller or processor, and where "See my
data" looks. `load_profile` checks all of it and refuses a profile with a mistake with one
`ProfileError` naming the file, the dotted key and what to do.

Every human-facing string is a table `{ en = "...", ur = "..." }` and becomes a `Text`.
"""

from __future__ import annotations

import datetime as dt
import re
import tomllib
from dataclasses import dataclass
from pathlib import Path
from typing import Any, NoReturn

from flows.canned import CannedAnswer, read_canned
from storage.datasources import DataSourceConfig

RIGHT_KINDS = (
    "access",
    "portability",
    "consent_withdrawal",
    "marketing_opt_out",
    "erasure",
    "rectification",
    "complaint",
    "restriction",
    "objection",
    "guardian_request",
)
MARKETING_CHANNELS = ("sms", "calls", "email", "whatsapp", "push")
ROLES = ("controller", "processor", "both")
DATA_SOURCE_KINDS = ("json", "http", "sql")

_PROFILE_KEY = re.compile(r"^[a-z0-9][a-z0-9-]*$")
_PURPOSE_KEY = re.compile(r"^[a-z][a-z0-9_]*$")
_CATEGORY_KEY = re.compile(r"^[A-Za-z][A-Za-z0-9 _-]*$")
_ENV_NAME = re.compile(r"^[A-Za-z_][A-Za-z0-9_]*$")
_EMAIL = re.compile(r"^[^@\s]+@[^@\s]+\.[^@\s]+$")
_URDU_LETTER = re.compile(r"[\u0600-\u06FF]")
_TEXT_HINT = '{ en = "...", ur = "..." }'


# --- values ----------------------------------------------------------------------------------


@dataclass(frozen=True, slots=True)
class Text:
    """A human-facing string in English and Urdu."""

    en: str
    ur: str

    def get(self, lang: str) -> str:
        """Give the Urdu for "ur" and the English for anything else."""
        return self.ur if lang == "ur" else self.en


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


class ProfileError(Exception):
    """A profile that cannot be used: `"<file>: <dotted.key>: <problem and what to do>"`."""

    def __init__(self, file: str, key: str, problem: str) -> None:
        self.file, self.key, self.problem = file, key, problem
        super().__init__(f"{file}: {key}: {problem}" if key else f"{file}: {problem}")


# --- reading TOML tables ---------------------------------------------------------------------


def _show(value: Any) -> str:
    """Show a TOML value in an error message as it would be written."""
    if isinstance(value, bool):
        return "true" if value else "false"
    if isinstance(value, dict):
        return "a table"
    if isinstance(value, list):
        return "an array"
    return repr(value)


class _Table:
    """One TOML table being read: knows its file and dotted key, so errors can name both."""

    def __init__(self, file: str, key: str, data: dict[str, Any]) -> None:
        self.file, self.key, self.data = file, key, data

    def at(self, key: str) -> str:
        """Give the dotted key of one of this table's entries."""
        if not key or not self.key:
            return key or self.key
        return f"{self.key}.{key}"

    def fail(self, key: str, problem: str) -> NoReturn:
        """Refuse the profile because of this entry."""
        raise ProfileError(self.file, self.at(key), problem)

    def only(self, *allowed: str) -> None:
        """Refuse keys this table does not know (usually a typo)."""
        for key in self.data:
            if key not in allowed:
                self.fail(key, f"unknown key; expected one of: {', '.join(sorted(allowed))}")

    def raw(self, key: str, hint: str, required: bool) -> Any:
        """Give an entry's value, refusing a missing required one."""
        if key not in self.data and required:
            self.fail(key, f"missing; add it as {hint}")
        return self.data.get(key)

    def string(self, key: str, required: bool = True) -> str | None:
        """Read a non-empty string."""
        value = self.raw(key, "a string in quotes", required)
        if value is None:
            return None
        if isinstance(value, dt.date):
            return value.isoformat()
        if not isinstance(value, str):
            self.fail(key, f"expected a string in quotes, got {_show(value)}")
        if not value.strip():
            self.fail(key, "must not be empty; write a value or leave the key out")
        return value.strip()

    def matching(self, key: str, pattern: re.Pattern[str], what: str) -> str | None:
        """Read an optional string that must match a pattern."""
        value = self.string(key, required=False)
        if value is not None and not pattern.match(value):
            self.fail(key, f"expected {what}, got {value!r}")
        return value

    def choice(self, key: str, allowed: tuple[str, ...]) -> str:
        """Read a required string from a fixed set."""
        value = self.string(key)
        if value not in allowed:
            self.fail(key, f"expected one of {', '.join(allowed)}, got {value!r}")
        return str(value)

    def boolean(self, key: str) -> bool:
        """Read a required true or false."""
        value = self.raw(key, "true or false", True)
        if not isinstance(value, bool):
            self.fail(key, f"expected true or false, got {_show(value)}")
        return value

    def integer(self, key: str, required: bool = True) -> int | None:
        """Read a positive whole number."""
        value = self.raw(key, "a whole number", required)
        if value is None:
            return None
        if isinstance(value, bool) or not isinstance(value, int):
            self.fail(key, f"expected a whole number, got {_show(value)}")
        if value <= 0:
            self.fail(key, f"must be a positive number, got {value}")
        return value

    def number(self, key: str, default: float) -> float:
        """Read an optional positive number (whole or decimal)."""
        value = self.raw(key, "a number", False)
        if value is None:
            return default
        if isinstance(value, bool) or not isinstance(value, (int, float)) or value <= 0:
            self.fail(key, f"expected a positive number, got {_show(value)}")
        return float(value)

    def table(self, key: str, required: bool = True) -> _Table | None:
        """Read a sub-table."""
        value = self.raw(key, f"a table [{self.at(key)}]", required)
        if value is None:
            return None
        if not isinstance(value, dict):
            self.fail(key, f"expected a table [{self.at(key)}], got {_show(value)}")
        return _Table(self.file, self.at(key), value)

    def tables(self, key: str, required: bool = True) -> list[_Table]:
        """Read an array of tables (`[[key]]`), naming each as `key[1]`, `key[2]`, ..."""
        value = self.raw(key, f"one or more [[{self.at(key)}]] tables", required)
        if value is None:
            return []
        if not isinstance(value, list) or not all(isinstance(v, dict) for v in value):
            self.fail(key, f"expected [[{self.at(key)}]] tables, got {_show(value)}")
        return [_Table(self.file, f"{self.at(key)}[{i}]", v) for i, v in enumerate(value, 1)]

    def strings(self, key: str, required: bool = True) -> list[str]:
        """Read an array of non-empty strings."""
        value = self.raw(key, 'an array of strings ["...", "..."]', required)
        if value is None:
            return []
        if not isinstance(value, list) or not all(isinstance(v, str) and v for v in value):
            self.fail(key, f'expected an array of strings ["...", "..."], got {_show(value)}')
        return value

    def text(self, key: str, required: bool = True) -> Text | None:
        """Read a `{ en = "...", ur = "..." }` table."""
        value = self.raw(key, _TEXT_HINT, required)
        if value is None:
            return None
        return _text(self, key, value)

    def texts(self, key: str) -> tuple[Text, ...]:
        """Read an optional array of `{ en, ur }` tables."""
        value = self.raw(key, f"an array of {_TEXT_HINT}", False) or []
        if not isinstance(value, list):
            self.fail(key, f"expected an array of {_TEXT_HINT}, got {_show(value)}")
        return tuple(_text(self, f"{key}[{i}]", v) for i, v in enumerate(value, 1))


def _text(table: _Table, key: str, value: Any) -> Text:
    """Check one `{ en, ur }` table: both present, non-empty, and the Urdu in Urdu script."""
    if not isinstance(value, dict):
        table.fail(key, f"expected {_TEXT_HINT}, got {_show(value)}")
    inner = _Table(table.file, table.at(key), value)
    inner.only("en", "ur")
    for lang in ("en", "ur"):
        if lang not in value:
            inner.fail(lang, f"missing; every text needs both en and ur: {_TEXT_HINT}")
    en, ur = inner.string("en"), inner.string("ur")
    assert en is not None and ur is not None
    if not _URDU_LETTER.search(ur):
        inner.fail("ur", "expected Urdu in Urdu script; write the Urdu text here")
    return Text(en, ur)


# --- sections --------------------------------------------------------------------------------

_TOP_KEYS = (
    "key", "version", "name", "response_days", "role", "role_note", "marketing_channels",
    "contact", "regulator", "rights", "categories", "purposes", "retention", "children",
    "data_source", "canned",
)


def load_profile(path: str | Path) -> Profile:
    """Read and check a profile; raise `ProfileError` naming the file, key and problem."""
    path = Path(path)
    root = _Table(str(path), "", _read_toml(path))
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
        data_source=_data_source(_sub(root, "data_source"), path.parent, categories),
        path=path,
        canned=read_canned(root.data.get("canned"), root.fail),
    )
    _check_guardian_right(root, profile)
    return profile


def _read_toml(path: Path) -> dict[str, Any]:
    """Parse the file, turning unreadable files and syntax errors into `ProfileError`."""
    try:
        with path.open("rb") as handle:
            return tomllib.load(handle)
    except OSError as exc:
        raise ProfileError(str(path), "", f"cannot read the file ({exc.strerror or exc}); "
                           "check the path and its permissions") from exc
    except tomllib.TOMLDecodeError as exc:
        raise ProfileError(str(path), "", f"not valid TOML: {exc}; fix the syntax there") from exc
    except UnicodeDecodeError as exc:
        raise ProfileError(str(path), "", "not valid UTF-8; save the file as UTF-8") from exc


def _sub(table: _Table, key: str) -> _Table:
    """Read a required sub-table."""
    sub = table.table(key)
    assert sub is not None
    return sub


def _required_text(table: _Table, key: str) -> Text:
    """Read a required `{ en, ur }` table."""
    text = table.text(key)
    assert text is not None
    return text


def _days(table: _Table, key: str) -> int:
    """Read a required positive number of days (or hours)."""
    value = table.integer(key)
    assert value is not None
    return value


def _url(table: _Table, key: str) -> str | None:
    """Read an optional http(s) address."""
    return table.matching(key, re.compile(r"^https?://\S+$"), "an address starting with https://")


def _email(table: _Table, key: str) -> str | None:
    """Read an optional email address."""
    return table.matching(key, _EMAIL, "an email address such as privacy@example.org")


def _contact(t: _Table) -> Contact:
    """Read `[contact]` and its optional `[contact.privacy_officer]`."""
    t.only("email", "phone", "address", "website", "privacy_officer")
    officer = t.table("privacy_officer", required=False)
    return Contact(
        email=_email(t, "email"),
        phone=t.string("phone", required=False),
        address=t.text("address", required=False),
        website=_url(t, "website"),
        privacy_officer=_officer(officer) if officer else None,
    )


def _officer(t: _Table) -> PrivacyOfficer:
    """Read `[contact.privacy_officer]`."""
    t.only("name", "email", "phone")
    return PrivacyOfficer(
        name=t.text("name", required=False),
        email=_email(t, "email"),
        phone=t.string("phone", required=False),
    )


def _regulator(t: _Table) -> Regulator:
    """Read `[regulator]`."""
    t.only("name", "website", "email", "phone", "note")
    return Regulator(
        name=_required_text(t, "name"),
        website=_url(t, "website"),
        email=_email(t, "email"),
        phone=t.string("phone", required=False),
        note=t.text("note", required=False),
    )


def _rights(t: _Table) -> dict[str, Right]:
    """Read `[rights.<kind>]` tables; kinds left out are not offered."""
    rights = {}
    for kind in t.data:
        if kind not in RIGHT_KINDS:
            t.fail(kind, f"unknown right; expected one of: {', '.join(RIGHT_KINDS)}")
        right = _sub(t, kind)
        right.only("offered", "note")
        rights[kind] = Right(kind, right.boolean("offered"), right.text("note", required=False))
    return rights


def _unique_key(t: _Table, pattern: re.Pattern[str], what: str, seen: set[str]) -> str:
    """Read an entry's `key`, refusing a malformed or repeated one."""
    key = t.matching("key", pattern, what)
    if key is None:
        t.fail("key", "missing; give each entry a key")
    if key in seen:
        t.fail("key", f"duplicate key {key!r}; each key may appear once")
    seen.add(key)
    return key


def _categories(root: _Table) -> tuple[Category, ...]:
    """Read the `[[categories]]` of data the organisation holds."""
    seen: set[str] = set()
    result = []
    for t in root.tables("categories"):
        t.only("key", "name", "description")
        key = _unique_key(t, _CATEGORY_KEY, "a name such as Contact or Billing", seen)
        result.append(Category(key, _required_text(t, "name"), t.text("description", False)))
    return tuple(result)


def _purposes(root: _Table) -> tuple[Purpose, ...]:
    """Read the `[[purposes]]` of processing."""
    seen: set[str] = set()
    result = []
    for t in root.tables("purposes"):
        t.only("key", "name", "description", "required_for_service")
        key = _unique_key(t, _PURPOSE_KEY, "lowercase letters, digits and _", seen)
        name, description = _required_text(t, "name"), _required_text(t, "description")
        result.append(Purpose(key, name, description, t.boolean("required_for_service")))
    return tuple(result)


def _channels(root: _Table) -> tuple[str, ...]:
    """Read `marketing_channels`, each one of the known channels, once."""
    channels = root.strings("marketing_channels")
    for i, channel in enumerate(channels):
        if channel not in MARKETING_CHANNELS:
            root.fail("marketing_channels", f"unknown channel {channel!r}; "
                      f"expected some of: {', '.join(MARKETING_CHANNELS)}")
        if channel in channels[:i]:
            root.fail("marketing_channels", f"{channel!r} is listed twice; list it once")
    return tuple(channels)


def _retention(t: _Table, categories: tuple[Category, ...]) -> Retention:
    """Read `[retention]`, its `[[retention.rules]]` and `[retention.desk]`."""
    t.only("indefinite", "kept_after_erasure", "rules", "desk")
    known = {c.key for c in categories}
    seen: set[str] = set()
    rules = tuple(_rule(r, known, seen) for r in t.tables("rules"))
    return Retention(rules, t.texts("kept_after_erasure"), t.boolean("indefinite"),
                     _desk(_sub(t, "desk")))


def _rule(t: _Table, known: set[str], seen: set[str]) -> RetentionRule:
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


def _desk(t: _Table) -> DeskRetention:
    """Read `[retention.desk]`."""
    t.only("transcript_days", "export_hours", "closed_ticket_days")
    return DeskRetention(
        transcript_days=_days(t, "transcript_days"),
        closed_ticket_days=_days(t, "closed_ticket_days"),
        export_hours=t.integer("export_hours", required=False) or 24,
    )


def _children(t: _Table) -> Children:
    """Read `[children]`."""
    t.only("minimum_age", "guardian_requests", "note")
    return Children(_days(t, "minimum_age"), t.boolean("guardian_requests"),
                    _required_text(t, "note"))


def _role(root: _Table) -> tuple[str, Text | None]:
    """Read `role`; a processor must explain in `role_note` who decides about the data."""
    role = root.choice("role", ROLES)
    note = root.text("role_note", required=False)
    if role != "controller" and note is None:
        root.fail("role_note", f"missing; a {role} must explain who decides about the data, "
                  f"as {_TEXT_HINT}")
    return role, note


def _check_guardian_right(root: _Table, profile: Profile) -> None:
    """Refuse a profile whose guardian right and children rule disagree."""
    if profile.offers("guardian_request") != profile.children.guardian_requests:
        root.fail("rights.guardian_request.offered",
                  "disagrees with children.guardian_requests; make the two the same")


# --- data source -----------------------------------------------------------------------------


def _data_source(t: _Table, folder: Path, categories: tuple[Category, ...]) -> DataSourceConfig:
    """Read `[data_source]`; relative paths are taken from the profile's folder."""
    t.only("kind", "path", "url", "token_env", "timeout_seconds", "queries", "database_url")
    kind = t.choice("kind", DATA_SOURCE_KINDS)
    timeout = t.number("timeout_seconds", 5.0)
    if kind == "json":
        return DataSourceConfig("json", path=_json_path(t, folder), timeout_seconds=timeout)
    if kind == "http":
        return _http_source(t, timeout)
    return _sql_source(t, folder, categories, timeout)


def _json_path(t: _Table, folder: Path) -> Path:
    """Read the JSON file's path, which must exist."""
    path = (folder / str(t.string("path"))).resolve()
    if not path.is_file():
        t.fail("path", f"no such file: {path}; create it or correct the path "
               "(a relative path is taken from the profile's folder)")
    return path


def _http_source(t: _Table, timeout: float) -> DataSourceConfig:
    """Read an http source; the token's environment variable is named, never the token."""
    url = _url(t, "url")
    if url is None:
        t.fail("url", "missing; add the address to GET, e.g. https://records.example.org/people")
    token_env = t.matching("token_env", _ENV_NAME, "the name of an environment variable")
    return DataSourceConfig("http", url=url, token_env=token_env, timeout_seconds=timeout)


def _sql_source(t: _Table, folder: Path, categories: tuple[Category, ...],
                timeout: float) -> DataSourceConfig:
    """Read an sql source: a database url and one query per declared category."""
    url = str(t.string("database_url"))
    if url.startswith("sqlite://"):
        url = "sqlite://" + str((folder / url.removeprefix("sqlite://")).resolve())
    elif not url.startswith(("postgres://", "postgresql://")):
        t.fail("database_url", f"expected sqlite://PATH or postgres://..., got {url!r}")
    return DataSourceConfig("sql", database_url=url, timeout_seconds=timeout,
                            queries=_queries(_sub(t, "queries"), categories))


def _queries(t: _Table, categories: tuple[Category, ...]) -> dict[str, str]:
    """Read `[data_source.queries]`: category = SQL taking `:phone`."""
    known = {c.key for c in categories}
    if not t.data:
        t.fail("", "empty; add one query per category, e.g. Contact = \"SELECT ...\"")
    queries = {}
    for category in t.data:
        if category not in known:
            t.fail(category, f"not a declared category; use one of: {', '.join(sorted(known))}")
        query = str(t.string(category))
        if ":phone" not in query:
            t.fail(category, "the query must use :phone for the person's phone number")
        queries[category] = query
    return queries
