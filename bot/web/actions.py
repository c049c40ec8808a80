"""What staff do from a ticket's page: each form is one POST handed to `flows.staff_actions`,
the functions behind the Telegram commands, so the audit event is the same, with the member
as actor. A supervisor's action posted by an agent is refused (403) before anything is done;
any other refusal shows the ticket again with the reason and the words kept.
"""

from __future__ import annotations

import logging
from collections.abc import Awaitable, Callable
from typing import Any

from aiohttp import web

from bot.web.app import DESK, PREFIX, SESSION, Refused, see_other
from bot.web.pages import find, ticket_page
from flows import staff_actions
from flows.i18n import N_, _, current_language
from flows.profile import Profile
from flows.staff_actions import StaffActionError, is_supervisor
from storage import staff as staff_table
from storage.models import Staff, Ticket

logger = logging.getLogger(__name__)

SUPERVISORS_ONLY = N_("Only a supervisor may do this. Nothing was changed.")
NOT_A_MEMBER = N_("Choose a member of staff from the list.")
BAD_DAYS = N_("Give the number of days as a whole number from 1 to 90.")

Form = Any
Action = Callable[[Ticket, Form, Staff, Profile], Awaitable[Any]]


def add_routes(app: web.Application) -> None:
    """Add one POST route per action."""
    app.router.add_post("/tickets/{ref}/{action}", act)


async def act(request: web.Request) -> web.StreamResponse:
    """Do one action on a ticket and show the ticket again."""
    name = request.match_info["action"]
    action = ACTIONS.get(name)
    if action is None:
        raise web.HTTPNotFound()
    ticket = await find(request.match_info["ref"])
    member: Staff = request[SESSION].staff
    form = await request.post()
    if not _allowed(name, ticket, member):
        logger.warning("console %s on %s refused: staff %s is not a supervisor", name, ticket.ref, member.telegram_id)
        raise Refused(SUPERVISORS_ONLY, current_language())
    try:
        await action(ticket, form, member, request.config_dict[DESK].profile)
    except StaffActionError as exc:
        return await ticket_page(request, problem=exc.worded(), status=409, draft=str(form.get("text", "")))
    except _BadForm as exc:
        return await ticket_page(request, problem=_(exc.message), status=400, draft=str(form.get("text", "")))
    return see_other(f"{PREFIX}/tickets/{ticket.ref}?done={name}")


def _allowed(name: str, ticket: Ticket, member: Staff) -> bool:
    """Apply the supervisor rules of `flows.staff_actions` before acting, to answer 403."""
    if name in ("reject", "extend"):
        return is_supervisor(member)
    if name == "assign":
        holder = ticket.assignee
        return is_supervisor(member) or holder is None or holder.id == member.id
    return True


class _BadForm(Exception):
    def __init__(self, message: str) -> None:
        super().__init__(message)
        self.message = message


def _text(form: Form, key: str = "text") -> str:
    return str(form.get(key, ""))


async def _claim(ticket: Ticket, form: Form, member: Staff, profile: Profile) -> Any:
    return await staff_actions.claim(ticket.ref, member)


async def _assign(ticket: Ticket, form: Form, member: Staff, profile: Profile) -> Any:
    chosen = _text(form, "to")
    to = await staff_table.by_telegram_id(int(chosen)) if chosen.lstrip("-").isdigit() else None
    if to is None:
        raise _BadForm(NOT_A_MEMBER)
    return await staff_actions.assign(ticket.ref, to, member)


async def _reply(ticket: Ticket, form: Form, member: Staff, profile: Profile) -> Any:
    return await staff_actions.reply(ticket.ref, _text(form), member, profile)


async def _note(ticket: Ticket, form: Form, member: Staff, profile: Profile) -> Any:
    return await staff_actions.note(ticket.ref, _text(form), member)


async def _resolve(ticket: Ticket, form: Form, member: Staff, profile: Profile) -> Any:
    return await staff_actions.resolve(ticket.ref, _text(form), member, profile)


async def _reject(ticket: Ticket, form: Form, member: Staff, profile: Profile) -> Any:
    return await staff_actions.reject(ticket.ref, _text(form), member, profile)


async def _extend(ticket: Ticket, form: Form, member: Staff, profile: Profile) -> Any:
    days = _text(form, "days").strip()
    if not days.isdigit() or len(days) > 3:
        raise _BadForm(BAD_DAYS)
    return await staff_actions.extend(ticket.ref, int(days), _text(form), member)


async def _reopen(ticket: Ticket, form: Form, member: Staff, profile: Profile) -> Any:
    return await staff_actions.reopen(ticket.ref, _text(form), member, profile)


ACTIONS: dict[str, Action] = {
    "claim": _claim, "assign": _assign, "reply": _reply, "note": _note,
    "resolve": _resolve, "reject": _reject, "extend": _extend, "reopen": _reopen,
}
