"""One registry of request kinds (flows/kinds.py), and every list of kinds agrees with it."""

from __future__ import annotations

from flows import kinds, menu, other_rights, requests, router, steps, turn
from flows.i18n import _, language
from flows.kinds import KINDS, MY_REQUESTS, OTHER_RIGHTS
from flows.profile import RIGHT_KINDS
from flows.understanding import INTENTS
from storage.models import TICKET_KINDS

# The kinds SPEC names (sections 5, 7 and 9), written out here on purpose: the registry is
# checked against the contract, not against itself.
SPEC_KINDS = ("access", "consent_withdrawal", "marketing_opt_out", "erasure", "rectification",
              "complaint", "restriction", "objection", "guardian_request", "handoff")
SPEC_IDENTITY = {"access", "erasure", "rectification", "consent_withdrawal", "restriction", "objection"}
SPEC_ESCALATED = {"erasure", "rectification", "complaint", "restriction", "objection",
                  "guardian_request", "handoff"}


def test_the_registry_holds_the_kinds_spec_names_with_their_identity_and_staff_rules() -> None:
    assert tuple(k.name for k in KINDS) == SPEC_KINDS
    assert {k.name for k in KINDS if k.needs_identity} == SPEC_IDENTITY
    assert {k.name for k in KINDS if k.escalated} == SPEC_ESCALATED


def test_storage_ticket_kinds_are_the_registrys_kinds_in_order() -> None:
    # storage/ may not import flows/, so its list is written out there and tied here.
    assert TICKET_KINDS == kinds.TICKET_KINDS


def test_every_list_of_kinds_in_flows_derives_from_the_registry() -> None:
    assert turn.ESCALATED_KINDS is kinds.ESCALATED_KINDS
    assert requests.KIND_NAMES is kinds.KIND_NAMES
    assert menu.INTENT_CHOICES is kinds.INTENT_ENTRIES
    assert steps.MENU_ITEMS is kinds.MENU_ITEMS
    assert RIGHT_KINDS is kinds.RIGHT_KINDS


def test_every_ticket_kind_has_a_display_name_in_both_languages() -> None:
    for kind in KINDS:
        assert kind.display_name and requests.KIND_NAMES[kind.name] == kind.display_name
        with language("ur"):
            assert _(kind.display_name) != kind.display_name, kind.name


def test_the_rights_of_a_profile_are_the_kinds_rights_with_portability_beside_access() -> None:
    assert RIGHT_KINDS == ("access", "portability", *SPEC_KINDS[1:-1])


def test_understanding_can_read_every_kind_a_person_may_ask_for_in_words() -> None:
    asked = {k.intent for k in KINDS if k.intent}
    assert asked <= set(INTENTS)
    assert set(kinds.INTENT_ENTRIES) - {"status"} == asked


def test_every_intent_starts_an_entry_of_the_desks_flows() -> None:
    for intent, entry in kinds.INTENT_ENTRIES.items():
        assert entry in router.FLOWS.entry_names, intent


def test_the_main_menu_is_each_kinds_item_once_in_order_then_my_requests() -> None:
    assert [item.entry for item in kinds.MENU_ITEMS] == [
        "access", "consent", "marketing", "erasure", "rectification", "complaint", "other",
        "human", "requests",
    ]
    assert kinds.MENU_ITEMS[-1] is MY_REQUESTS
    assert all(item.entry in router.FLOWS.entry_names for item in kinds.MENU_ITEMS)


def test_other_rights_offers_exactly_the_kinds_under_its_menu_item() -> None:
    under_other = [k.name for k in KINDS if k.menu is OTHER_RIGHTS]
    assert [key for key, _label in other_rights.RIGHTS] == under_other
    assert set(other_rights.QUESTIONS) == set(under_other)
    verified = {k for k in under_other if k in other_rights.VERIFIED}
    assert verified == {"restriction", "objection"}
    assert set(other_rights.AFTER_IDENTITY) == verified
