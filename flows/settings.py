"""Switching the conversation's language, at any step: the request goes on in the new one."""

from __future__ import annotations

from flows import prompts
from flows.flow import Flow
from flows.i18n import LANGUAGES, NATIVE_NAMES, _, base_language, language
from flows.messages import Option
from flows.steps import MENU, show_menu
from flows.turn import Turn
from storage import subjects

flow = Flow("language")

CHOOSE = "language:choose"
RESUME = "language_resume"


async def switch_language(turn: Turn) -> None:
    """Switch to the language the person named, or ask which one they want."""
    target = turn.understood.target_language
    if target in LANGUAGES:
        await set_language(turn, target, resume=turn.state)
        return
    if turn.state != CHOOSE:
        turn.data[RESUME] = turn.state
    turn.goto(CHOOSE)
    turn.say(_("Which language would you like?"), [Option(lang, NATIVE_NAMES[lang]) for lang in LANGUAGES])


@flow.step(CHOOSE)
async def choose(turn: Turn, choice: str | None) -> None:
    """Set the language picked, and carry on where the person was."""
    target = choice or turn.understood.target_language
    if target not in LANGUAGES:
        target = base_language(turn.understood.language)
    await set_language(turn, target, resume=turn.data.pop(RESUME, MENU))


async def set_language(turn: Turn, target: str, *, resume: str = MENU) -> None:
    """Speak `target` from now on and ask the question of the step the person was at again."""
    turn.conv.language = target
    subject_id = turn.conv.subject_id
    turn.write(subjects.language_set(subject_id, target))
    with language(target):
        if resume != MENU and await prompts.ask_again(turn, resume, _("I will speak English from now on.")):
            return
        show_menu(turn, _("I will speak English from now on. What would you like to do?"))
