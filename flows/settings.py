"""Switching the conversation's language, at any step."""

from __future__ import annotations

from flows.i18n import LANGUAGES, NATIVE_NAMES, _, base_language, language
from flows.messages import Option
from flows.steps import show_menu, step
from flows.turn import Turn
from storage import subjects

CHOOSE = "language:choose"


def switch_language(turn: Turn) -> None:
    """Switch to the language the person named, or ask which one they want."""
    target = turn.understood.target_language
    if target in LANGUAGES:
        set_language(turn, target)
        return
    turn.goto(CHOOSE)
    turn.say(_("Which language would you like?"), [Option(lang, NATIVE_NAMES[lang]) for lang in LANGUAGES])


@step(CHOOSE)
async def choose(turn: Turn, choice: str | None) -> None:
    """Set the language picked."""
    target = choice or turn.understood.target_language
    if target not in LANGUAGES:
        target = base_language(turn.understood.language)
    set_language(turn, target)


def set_language(turn: Turn, target: str) -> None:
    """Speak `target` from now on and show the menu in it."""
    turn.conv.language = target
    subject_id = turn.conv.subject_id
    turn.write(subjects.language_set(subject_id, target))
    with language(target):
        show_menu(turn, _("I will speak English from now on. What would you like to do?"))
