"""Translations, dates and numbers in the reader's language.

The language of the message being handled lives in a `ContextVar`, set for the duration of
one message, so concurrent conversations never see each other's language. Three languages
reply: English ("en"), Urdu in Urdu script ("ur") and Roman Urdu, Urdu in Latin letters as most
Pakistanis text it ("ur-Latn"; its catalog lives in `locales/ur_Latn`, the directory name
pybabel and gettext can parse). Strings are marked with `_()` (or `N_()` where they are
declared before a language is known) and extracted by pybabel into `locales/messages.pot`.
"""

from __future__ import annotations

import gettext as _gettext
from collections.abc import Iterator
from contextlib import contextmanager
from contextvars import ContextVar
from datetime import date, datetime
from functools import cache, lru_cache
from pathlib import Path
from zoneinfo import ZoneInfo

from babel import Locale
from babel.dates import format_date as _babel_format_date
from babel.lists import format_list as _babel_format_list

LOCALES_DIR = Path(__file__).resolve().parent.parent / "locales"
DOMAIN = "messages"
LANGUAGES = ("en", "ur", "ur-Latn")
# Each language by its own name, as the language switch offers it.
NATIVE_NAMES = {"en": "English", "ur": "اردو", "ur-Latn": "Roman Urdu"}
# Each language's catalog directory under locales/.
CATALOG_DIRS = {"en": "en", "ur": "ur", "ur-Latn": "ur_Latn"}
BABEL_LOCALES = {"en": "en_PK", "ur": "ur_PK", "ur-Latn": "en_PK"}
TIMEZONE = "Asia/Karachi"

# Unicode first-strong isolate and pop-directional isolate: a Latin run (phone number,
# reference, e-mail) inside Urdu text keeps its own direction.
FSI, PDI = "\u2068", "\u2069"
# "The first" of a month, as Urdu dates say it (یکم جنوری), and the words that join a list.
URDU_FIRST = "یکم"
_LIST_WORDS = {"ur": ("، ", " اور "), "ur-Latn": (", ", " aur ")}
_DATE_PATTERNS = {"en": "d MMMM y", "ur-Latn": "d MMM y"}

_current: ContextVar[str] = ContextVar("privacy_desk_language", default="en")


def base_language(language: str | None) -> str:
    """Map a detected or stored language to a catalog language (English when unknown)."""
    return language if language in LANGUAGES else "en"


@cache
def translations(language: str) -> _gettext.NullTranslations:
    """Load the compiled catalog of one language, once; a message it lacks is said in English."""
    path = LOCALES_DIR / CATALOG_DIRS[base_language(language)] / "LC_MESSAGES" / f"{DOMAIN}.mo"
    with path.open("rb") as compiled:
        return _gettext.GNUTranslations(compiled)


def current_language() -> str:
    """Tell the language of the message being handled."""
    return _current.get()


@contextmanager
def language(lang: str) -> Iterator[None]:
    """Speak `lang` for the duration of the block."""
    token = _current.set(base_language(lang))
    try:
        yield
    finally:
        _current.reset(token)


def _(message: str) -> str:
    """Translate a message into the current language."""
    return translations(_current.get()).gettext(message)


def ngettext(singular: str, plural: str, n: int) -> str:
    """Translate a message whose form depends on a count."""
    return translations(_current.get()).ngettext(singular, plural, n)


def N_(message: str) -> str:
    """Mark a message for extraction; translate it later with `_()`."""
    return message


def isolate(text: str) -> str:
    """Wrap a Latin run so it reads the right way round inside Urdu text."""
    if _current.get() == "ur" and text:
        return f"{FSI}{text}{PDI}"
    return text


@cache
def babel_locale(language: str) -> Locale:
    """Give the babel locale of a catalog language, parsed once."""
    return Locale.parse(BABEL_LOCALES[language])


def format_date(moment: datetime) -> str:
    """Format a date for the reader, in Pakistan's time zone."""
    return _long_date(moment.astimezone(ZoneInfo(TIMEZONE)).date(), _current.get())


# Most messages of a day show the same few dates (today's deadline): format each once.
@lru_cache(maxsize=256)
def _long_date(day: date, language: str) -> str:
    """Write a date as people write it: "1 January 2027"; in Urdu "یکم جنوری 2027"; in Roman
    Urdu "1 Jan 2027".

    Urdu says یکم for the first of a month and puts no comma before the year (babel's
    ur_PK pattern does); Roman Urdu texts name the month short and in English, as people text
    it, which also keeps an SMS within its segment.
    """
    if language == "ur":
        month = _babel_format_date(day, format="MMMM", locale=babel_locale(language))
        return f"{URDU_FIRST if day.day == 1 else day.day} {month} {day.year}"
    return _babel_format_date(day, format=_DATE_PATTERNS[language], locale=babel_locale(language))


def format_list(items: list[str]) -> str:
    """Join items as the reader's language does ("a, b and c", "a، b اور c", "a, b aur c")."""
    return _joined(tuple(items), _current.get()) if items else ""


@lru_cache(maxsize=256)
def _joined(items: tuple[str, ...], language: str) -> str:
    # Urdu joins the last two with "اور" and no comma before it (babel's ur pattern has one).
    if language in _LIST_WORDS and len(items) > 1:
        comma, last = _LIST_WORDS[language]
        return comma.join(items[:-1]) + last + items[-1]
    return _babel_format_list(list(items), locale=babel_locale(language))
