"""The shipped profiles load and say what their policies say; broken profiles are refused."""

from __future__ import annotations

import json
import re
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

from flows.profile import (
    MARKETING_CHANNELS,
    RIGHT_KINDS,
    Profile,
    ProfileError,
    Text,
    load_profile,
)
from flows.profile_tables import Table

POLICIES = Path(__file__).resolve().parents[2] / "policies"
PROFILE_FILES = sorted(POLICIES.glob("*.toml"))
SEEDS = ("apni-dukan", "telenor-pk", "cloud-provider", "al-ujrat", "paktaleem")
E164 = re.compile(r"^\+[1-9][0-9]{6,14}$")


def load(key: str) -> Profile:
    """Load a shipped profile by its file name."""
    return load_profile(POLICIES / f"{key}.toml")


# --- every shipped profile -------------------------------------------------------------------


def test_a_profile_ships_for_every_seed_and_the_example() -> None:
    assert {p.stem for p in PROFILE_FILES} >= {*SEEDS, "example"}


@pytest.mark.parametrize("path", PROFILE_FILES, ids=lambda p: p.stem)
def test_every_shipped_profile_loads(path: Path) -> None:
    profile = load_profile(path)
    assert profile.key == path.stem
    assert profile.path == path
    assert profile.data_source.kind in ("json", "http", "sql")


@pytest.mark.parametrize("path", PROFILE_FILES, ids=lambda p: p.stem)
def test_every_shipped_profile_states_every_right_explicitly(path: Path) -> None:
    assert set(load_profile(path).rights) == set(RIGHT_KINDS)


@pytest.mark.parametrize("path", PROFILE_FILES, ids=lambda p: p.stem)
def test_every_right_not_offered_explains_why(path: Path) -> None:
    for right in load_profile(path).rights.values():
        assert right.offered or right.note is not None, right.kind


@pytest.mark.parametrize("path", PROFILE_FILES, ids=lambda p: p.stem)
def test_demo_records_use_phone_numbers_and_declared_categories(path: Path) -> None:
    profile = load_profile(path)
    assert profile.data_source.path is not None
    records = json.loads(profile.data_source.path.read_text(encoding="utf-8"))
    declared = {c.key for c in profile.categories}
    assert records
    for phone, categories in records.items():
        assert E164.match(phone)
        assert set(categories) <= declared, phone


@pytest.mark.parametrize("path", PROFILE_FILES, ids=lambda p: p.stem)
def test_every_profile_has_a_purpose_needed_for_the_service_and_one_that_is_not(
    path: Path,
) -> None:
    purposes = load_profile(path).purposes
    assert any(p.required for p in purposes)
    assert any(not p.required for p in purposes)


def test_reading_profiles_pulls_in_no_io_library() -> None:
    code = ("import sys, flows.profile; "
            "print(sorted({'aiohttp', 'aiosqlite', 'asyncpg', 'telegram'} & set(sys.modules)))")
    root = POLICIES.parent
    out = subprocess.run([sys.executable, "-c", code], cwd=root, capture_output=True,
                         text=True, check=True)
    assert out.stdout.strip() == "[]"


# --- the example -----------------------------------------------------------------------------


def test_the_example_offers_every_right_and_every_marketing_channel() -> None:
    profile = load("example")
    assert all(profile.offers(kind) for kind in RIGHT_KINDS)
    assert profile.marketing_channels == MARKETING_CHANNELS


def test_the_example_holds_demo_records_for_the_demo_number() -> None:
    profile = load("example")
    assert profile.data_source.path is not None
    records = json.loads(profile.data_source.path.read_text(encoding="utf-8"))
    assert {"Contact", "Account", "Billing", "Usage"} <= set(records["+923001234567"])
    assert len(records) >= 2


def test_a_relative_data_path_is_taken_from_the_profile_folder() -> None:
    assert load("example").data_source.path == POLICIES / "example-data.json"


# --- facts per seed --------------------------------------------------------------------------


def test_al_ujrat_keeps_data_indefinitely_and_says_so_when_deletion_is_asked() -> None:
    profile = load("al-ujrat")
    assert profile.retention.indefinite
    erasure = profile.right("erasure")
    assert erasure.offered and erasure.note is not None
    assert "indefinitely" in erasure.note.en
    assert "غیر معینہ" in erasure.note.ur
    assert any("indefinitely" in t.en for t in profile.retention.kept_after_erasure)


def test_al_ujrat_offers_no_standard_portability_and_no_formal_objection() -> None:
    profile = load("al-ujrat")
    assert not profile.offers("portability")
    assert not profile.offers("objection")
    assert profile.contact.email == "privacy@alujrat.com"
    assert profile.version == "2025-06-05"


def test_al_ujrat_children_rule_is_eighteen_with_guardian_supervision() -> None:
    children = load("al-ujrat").children
    assert children.minimum_age == 18
    assert children.guardian_requests
    assert "13" in children.note.en


def test_paktaleem_answers_in_thirty_days_and_is_processor_for_its_clients() -> None:
    profile = load("paktaleem")
    assert profile.response_days == 30
    assert profile.role in ("processor", "both")
    assert profile.role_note is not None and "client" in profile.role_note.en
    assert profile.children.minimum_age == 13
    assert profile.contact.email == "support@PakTaleem.com"


def test_paktaleem_offers_all_eight_rights_its_policy_lists() -> None:
    profile = load("paktaleem")
    listed = ("access", "rectification", "erasure", "restriction", "portability",
              "objection", "consent_withdrawal", "complaint")
    assert all(profile.offers(kind) for kind in listed)


def test_telenor_points_unsatisfied_complaints_to_the_pta() -> None:
    profile = load("telenor-pk")
    assert "Pakistan Telecommunication Authority" in profile.regulator.name.en
    assert profile.regulator.website == "https://complaint.pta.gov.pk"
    assert profile.contact.privacy_officer is not None
    assert profile.contact.privacy_officer.email == "privacy@telenor.com.pk"


def test_telenor_needs_guardian_consent_under_eighteen_and_limits_erasure() -> None:
    profile = load("telenor-pk")
    assert profile.children.minimum_age == 18 and profile.children.guardian_requests
    note = profile.right("erasure").note
    assert note is not None and "profiling" in note.en
    assert profile.role == "controller"


def test_apni_dukan_deletes_support_information_within_two_years_of_closing() -> None:
    profile = load("apni-dukan")
    support = [r for r in profile.retention.rules if "Support" in r.categories]
    assert [r.days for r in support] == [730]
    assert profile.retention.desk.closed_ticket_days == 730
    assert len(profile.retention.kept_after_erasure) == 5


def test_the_cloud_provider_acts_for_customer_admins_as_well_as_for_itself() -> None:
    profile = load("cloud-provider")
    assert profile.role == "both"
    assert profile.version == "2024-07-25"
    assert {c.key for c in profile.categories} >= {"Personal", "Account", "Device"}


@pytest.mark.parametrize("key", ("apni-dukan", "cloud-provider", "al-ujrat", "paktaleem"))
def test_non_telecom_profiles_say_pakistan_has_no_data_protection_authority(key: str) -> None:
    note = load(key).regulator.note
    assert note is not None and "no data protection authority" in note.en


# --- values ----------------------------------------------------------------------------------


def test_text_gives_urdu_only_for_ur() -> None:
    text = Text(en="Hello", ur="سلام")
    assert text.get("ur") == "سلام"
    assert text.get("en") == "Hello"
    assert text.get("ur-Latn") == "Hello"


def test_a_text_gives_its_roman_urdu_to_roman_urdu_readers() -> None:
    text = Table("x.toml", "", {"note": {"en": "Hello", "ur": "سلام", "ur-Latn": "Salaam"}}).text("note")
    assert text is not None
    assert (text.get("en"), text.get("ur"), text.get("ur-Latn")) == ("Hello", "سلام", "Salaam")


@pytest.mark.parametrize("roman", ("سلام", "  ", "123"))
def test_roman_urdu_in_urdu_script_or_without_letters_is_refused(roman: str) -> None:
    table = Table("x.toml", "", {"note": {"en": "Hello", "ur": "سلام", "ur-Latn": roman}})
    with pytest.raises(ProfileError) as caught:
        table.text("note")
    assert caught.value.key == "note.ur-Latn"


@pytest.mark.parametrize("key", ("apni-dukan", "cloud-provider", "paktaleem"))
def test_these_profiles_answer_roman_urdu_readers_in_roman_urdu_everywhere(key: str) -> None:
    profile = load(key)
    texts = [profile.name, profile.regulator.name, *(r.note for r in profile.rights.values()),
             *(c.name for c in profile.categories), *(c.description for c in profile.categories),
             *(p.name for p in profile.purposes), *(p.description for p in profile.purposes),
             *(r.description for r in profile.retention.rules), *profile.retention.kept_after_erasure,
             profile.children.note, profile.regulator.note, profile.role_note]
    assert all(t.ur_latn for t in texts if t is not None)


def test_a_right_the_profile_leaves_out_is_not_offered(tmp_path: Path) -> None:
    path = broken_copy(tmp_path, "[rights.restriction]\noffered = true\n", "")
    profile = load_profile(path)
    assert not profile.offers("restriction")
    assert profile.right("restriction").note is None


def test_asking_for_an_unknown_right_is_a_programming_error() -> None:
    with pytest.raises(ValueError, match="teleport"):
        load("example").right("teleport")


def test_purposes_are_found_by_key_with_whether_the_service_needs_them() -> None:
    profile = load("example")
    service, marketing = profile.purpose("service"), profile.purpose("marketing")
    assert service is not None and service.required
    assert marketing is not None and not marketing.required
    assert profile.purpose("nonsense") is None


def test_an_sql_source_takes_a_relative_sqlite_path_from_the_profile_folder(
    tmp_path: Path,
) -> None:
    source = ('[data_source]\nkind = "sql"\ndatabase_url = "sqlite://records.db"\n'
              '[data_source.queries]\nContact = "SELECT name FROM people WHERE phone = :phone"\n')
    path = broken_copy(tmp_path, EXAMPLE_SOURCE, source)
    config = load_profile(path).data_source
    assert config.database_url == f"sqlite://{tmp_path.resolve()}/records.db"
    assert config.queries == {"Contact": "SELECT name FROM people WHERE phone = :phone"}


def test_an_http_source_names_the_token_variable_never_the_token(tmp_path: Path) -> None:
    source = ('[data_source]\nkind = "http"\nurl = "https://records.example.org/people"\n'
              'token_env = "EXAMPLE_RECORDS_TOKEN"\ntimeout_seconds = 2.5\n')
    config = load_profile(broken_copy(tmp_path, EXAMPLE_SOURCE, source)).data_source
    assert (config.kind, config.token_env, config.timeout_seconds) == (
        "http", "EXAMPLE_RECORDS_TOKEN", 2.5)


# --- broken profiles -------------------------------------------------------------------------

EXAMPLE_SOURCE = '[data_source]\nkind = "json"\npath = "example-data.json"\n'


def broken_copy(tmp_path: Path, old: str, new: str) -> Path:
    """Write the example profile with one change into tmp_path, with its data file."""
    text = (POLICIES / "example.toml").read_text(encoding="utf-8")
    assert text.count(old) == 1, f"the example should contain {old!r} exactly once"
    shutil.copy(POLICIES / "example-data.json", tmp_path / "example-data.json")
    path = tmp_path / "broken.toml"
    path.write_text(text.replace(old, new), encoding="utf-8")
    return path


BROKEN = [
    ("erasure-offered-yes", "[rights.erasure]\noffered = true",
     '[rights.erasure]\noffered = "yes"', "rights.erasure.offered",
     "expected true or false, got 'yes'"),
    ("unknown-right", "[rights.access]", "[rights.teleport]\noffered = true\n\n[rights.access]",
     "rights.teleport", "unknown right"),
    ("right-without-offered", "[rights.complaint]\noffered = true", "[rights.complaint]",
     "rights.complaint.offered", "missing"),
    ("zero-response-days", "response_days = 30", "response_days = 0", "response_days",
     "positive"),
    ("response-days-in-quotes", "response_days = 30", 'response_days = "30"', "response_days",
     "whole number"),
    ("missing-version", 'version = "2026-11-01"\n', "", "version", "missing"),
    ("typo-in-top-level-key", "response_days = 30", "reponse_days = 30", "reponse_days",
     "unknown key"),
    ("unknown-marketing-channel", '"whatsapp", "push"]', '"whatsapp", "fax"]',
     "marketing_channels", "'fax'"),
    ("repeated-marketing-channel", '"whatsapp", "push"]', '"whatsapp", "sms"]',
     "marketing_channels", "twice"),
    ("duplicate-category", 'key = "Usage"', 'key = "Billing"', "categories[4].key",
     "duplicate"),
    ("retention-of-undeclared-category", 'categories = ["Usage"]',
     'categories = ["Usage", "Location"]', "retention.rules[3].categories", "'Location'"),
    ("negative-retention-days", "\ndays = 365", "\ndays = -5", "retention.rules[3].days",
     "positive"),
    ("negative-desk-transcript-days", "transcript_days = 90", "transcript_days = -5",
     "retention.desk.transcript_days", "positive"),
    ("missing-desk", "[retention.desk]\ntranscript_days = 90\nexport_hours = 24\n"
     "closed_ticket_days = 365\n", "", "retention.desk", "missing"),
    ("text-without-urdu", 'name = { en = "Example Organisation", ur = "مثالی ادارہ" }',
     'name = { en = "Example Organisation" }', "name.ur", "missing"),
    ("text-without-english", 'name = { en = "Example Organisation", ur = "مثالی ادارہ" }',
     'name = { ur = "مثالی ادارہ" }', "name.en", "missing"),
    ("urdu-in-latin-letters", 'name = { en = "Example Organisation", ur = "مثالی ادارہ" }',
     'name = { en = "Example Organisation", ur = "Misali Idara" }', "name.ur", "Urdu script"),
    ("name-as-plain-string", 'name = { en = "Example Organisation", ur = "مثالی ادارہ" }',
     'name = "Example Organisation"', "name", "expected { en"),
    ("unknown-role", 'role = "controller"', 'role = "owner"', "role", "controller, processor"),
    ("processor-without-role-note", 'role = "controller"', 'role = "processor"', "role_note",
     "missing"),
    ("purpose-without-required-flag", "required_for_service = true\n\n[[purposes]]\n"
     'key = "analytics"', '\n[[purposes]]\nkey = "analytics"',
     "purposes[1].required_for_service", "missing"),
    ("guardian-right-without-children-rule", "guardian_requests = true",
     "guardian_requests = false", "rights.guardian_request.offered", "children"),
    ("bad-contact-email", 'email = "privacy@example.org"\nphone', 'email = "privacy"\nphone',
     "contact.email", "email address"),
    ("missing-data-file", 'path = "example-data.json"', 'path = "nowhere.json"',
     "data_source.path", "no such file"),
    ("unknown-source-kind", 'kind = "json"', 'kind = "ftp"', "data_source.kind",
     "json, http, sql"),
    ("http-without-url", EXAMPLE_SOURCE, '[data_source]\nkind = "http"\n', "data_source.url",
     "missing"),
    ("token-in-place-of-variable-name", EXAMPLE_SOURCE,
     '[data_source]\nkind = "http"\nurl = "https://x.example"\ntoken_env = "abc:123/xyz"\n',
     "data_source.token_env", "environment variable"),
    ("sql-query-without-phone", EXAMPLE_SOURCE,
     '[data_source]\nkind = "sql"\ndatabase_url = "sqlite://x.db"\n'
     '[data_source.queries]\nContact = "SELECT name FROM people"\n',
     "data_source.queries.Contact", ":phone"),
    ("sql-query-for-undeclared-category", EXAMPLE_SOURCE,
     '[data_source]\nkind = "sql"\ndatabase_url = "sqlite://x.db"\n'
     '[data_source.queries]\nLoans = "SELECT * FROM loans WHERE phone = :phone"\n',
     "data_source.queries.Loans", "not a declared category"),
]


@pytest.mark.parametrize(
    ("old", "new", "key", "problem"),
    [case[1:] for case in BROKEN],
    ids=[case[0] for case in BROKEN],
)
def test_a_broken_profile_is_refused_naming_the_file_and_the_key(
    tmp_path: Path, old: str, new: str, key: str, problem: str
) -> None:
    path = broken_copy(tmp_path, old, new)
    with pytest.raises(ProfileError) as caught:
        load_profile(path)
    message = str(caught.value)
    assert message.startswith(f"{path}: {key}: "), message
    assert problem in message
    assert caught.value.key == key


def test_a_toml_syntax_error_is_refused_with_its_line(tmp_path: Path) -> None:
    path = broken_copy(tmp_path, "response_days = 30", "response_days = = 30")
    with pytest.raises(ProfileError, match=r"broken\.toml: not valid TOML: .*line 19"):
        load_profile(path)


def test_a_missing_profile_file_is_refused_naming_the_file(tmp_path: Path) -> None:
    with pytest.raises(ProfileError, match=r"nothing\.toml: cannot read the file"):
        load_profile(tmp_path / "nothing.toml")
