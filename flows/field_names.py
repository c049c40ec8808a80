"""The names of the fields that organisations' records use, in the reader's language.

A data source names its fields in English ("Name", "Email"; SPEC section 3). The summary of
"See my data" shows each in the reader's language when the catalogs know it: the names below
are the ones the shipped profiles' records use, each translated in every catalog like any other
message. A field this list does not know is shown as the records name it; to add one, add it
here and run locales/update.py.
"""

from __future__ import annotations

from flows.i18n import N_, _

FIELD_NAMES = frozenset(
    {
        N_("Account number"), N_("Account type"), N_("Active since"), N_("Address"),
        N_("Balance"), N_("Bids placed"), N_("Browser"), N_("CNIC"),
        N_("Calls in October 2026"), N_("Connection"), N_("Contracts"), N_("Courses"),
        N_("Created by"), N_("Date of birth"), N_("Device"), N_("Devices"), N_("Email"),
        N_("Institution"), N_("Joined"), N_("Last IP address"), N_("Last assessment"),
        N_("Last bill"), N_("Last case"), N_("Last enquiry"), N_("Last invoice"),
        N_("Last payment"), N_("Last sign-in"), N_("Last support request"), N_("Location"),
        N_("Member since"), N_("Method"), N_("Most used cell area"), N_("Name"),
        N_("Open cases"), N_("Payment method"), N_("Phone"), N_("Plan"),
        N_("Postal address"), N_("Rewards points"), N_("Role"), N_("SMS in October 2026"),
        N_("Shop"), N_("Sign-ins in the last 30 days"), N_("Skills"), N_("Status"),
        N_("Subscription"), N_("Two-factor sign-in"), N_("Username"), N_("Verified"),
    }
)


def field_name(field: str) -> str:
    """Give a record's field name in the reader's language, or as written if unknown."""
    return _(field) if field in FIELD_NAMES else field
